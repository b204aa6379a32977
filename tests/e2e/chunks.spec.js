// The download split by view (src/wasm.mjs, src/ui/chunks.rs) and one
// language at a time (src/ui/texts.rs), as a user on a flaky network meets
// them: a view's code that cannot be fetched says so in the page and comes
// when "Try again" is pressed with the network back; a language is fetched
// when chosen, keeps every piece of work, and a failed fetch leaves the
// app as it was; a first visit fetches one language's texts only.
const { test, expect, press, open, openNav, strings, tolerate } = require('./fixtures');
const { seed } = require('./seed');

/** Requests whose URL ends with `suffix` fail as if the network dropped. */
async function cut(page, suffix) {
  await page.route(`**/${suffix}`, (route) => route.abort('internetdisconnected'));
  // The browser reports the failed fetch on the console; wasm-split's
  // loader logs why. Both are what this test provokes.
  tolerate(/Failed to load resource|Failed to fetch|TypeError|net::ERR_INTERNET_DISCONNECTED/);
}

for (const lang of ['en', 'ru']) {
  test(`a view whose code cannot be fetched offers to try again, in ${lang}`, async ({ page }) => {
    const t = strings[lang];
    await seed(page, lang);
    await open(page, '/#/');
    await cut(page, 'pack_fit.wasm');

    // Reached by navigation: the header stays, the view says what happened.
    const nav = await openNav(page);
    await press(nav.getByRole('link', { name: t.nav_fit, exact: true }));
    const alert = page.getByRole('alert').filter({ hasText: t.chunk_failed });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('navigation', { name: t.nav_label })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: t.fit_title })).toHaveCount(0);

    // Still down: trying again says so again, nothing breaks.
    await press(alert.getByRole('button', { name: t.chunk_retry }));
    await expect(alert).toBeVisible();

    // The network is back.
    await page.unroute('**/pack_fit.wasm');
    await press(alert.getByRole('button', { name: t.chunk_retry }));
    await expect(page.getByRole('heading', { level: 1, name: t.fit_title })).toBeVisible();
    await expect(alert).toHaveCount(0);
    // The seeded work is there: the supplier's name in its field.
    await expect(page.getByRole('main')).toContainText(t.fit_title);
  });
}

test('a view opened directly while its code cannot come shows the message in the page', async ({ page }) => {
  const t = strings.en;
  await cut(page, 'pack_loyalty.wasm');
  await page.goto('/#/loyalty');
  const alert = page.getByRole('alert').filter({ hasText: t.chunk_failed });
  await expect(alert).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
  await page.unroute('**/pack_loyalty.wasm');
  await press(alert.getByRole('button', { name: t.chunk_retry }));
  await expect(page.getByRole('heading', { level: 1, name: t.econ_title })).toBeVisible();
});

test('a first visit fetches its own language and its own view, once each', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => {
    const m = r.url().match(/(texts-[\w-]+\.json|pack_\w+\.wasm)$/);
    if (m) fetched.push(m[1]);
  });
  await seed(page, 'pl');
  await open(page, '/#/fit');
  await expect(page.getByRole('heading', { level: 1, name: strings.pl.fit_title })).toBeVisible();
  // Preloaded with the page and used by the app: one request each; the
  // texts are the shell's and the view's, not every tool's.
  expect(fetched.sort()).toEqual(['pack_fit.wasm', 'texts-pl-fit.json', 'texts-pl.json']);

  // Another view brings its own pack and texts only; back to the first
  // brings none.
  const nav = await openNav(page);
  await press(nav.getByRole('link', { name: strings.pl.nav_method, exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: strings.pl.method_title })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(strings.pl.method_intro);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: strings.pl.fit_title })).toBeVisible();
  expect(fetched.sort()).toEqual([
    'pack_fit.wasm',
    'pack_method.wasm',
    'texts-pl-fit.json',
    'texts-pl-method.json',
    'texts-pl.json',
  ]);
});

test('a view whose texts cannot come offers to try again, and comes with them', async ({ page }) => {
  const t = strings.en;
  await seed(page, 'en');
  await open(page, '/#/');
  await cut(page, 'texts-en-method.json');
  const nav = await openNav(page);
  await press(nav.getByRole('link', { name: t.nav_method, exact: true }));
  const alert = page.getByRole('alert').filter({ hasText: t.chunk_failed });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: t.method_title })).toHaveCount(0);
  await page.unroute('**/texts-en-method.json');
  await press(alert.getByRole('button', { name: t.chunk_retry }));
  await expect(page.getByRole('heading', { level: 1, name: t.method_title })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(t.method_intro);
});

test('switching language fetches its texts and keeps the work; a failed fetch changes nothing', async ({ page }) => {
  const en = strings.en;
  const ru = strings.ru;
  const pl = strings.pl;
  await seed(page, 'en');
  await open(page, '/#/fit');
  const select = page.getByRole('combobox', { name: en.language_label });
  const main = page.getByRole('main');
  const before = await main.locator('input, select').evaluateAll((els) => els.map((e) => e.value));
  expect(before.length).toBeGreaterThan(0);

  // Polish cannot be fetched (the shell's texts nor the view's): the app
  // stays in English and says why.
  await cut(page, 'texts-pl*.json');
  await select.selectOption('pl');
  await expect(page.getByText(en.language_failed.replace('{language}', 'Polski'))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(select).toHaveValue('en');
  await expect(page.getByRole('heading', { level: 1, name: en.fit_title })).toBeVisible();

  // Russian comes: everything speaks Russian, the work is as it was.
  await select.selectOption('ru');
  await expect(page.getByRole('heading', { level: 1, name: ru.fit_title })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const after = await main.locator('input, select').evaluateAll((els) => els.map((e) => e.value));
  expect(after).toEqual(before);

  // The network is back: Polish comes, and is remembered.
  await page.unroute('**/texts-pl*.json');
  await page.getByRole('combobox', { name: ru.language_label }).selectOption('pl');
  await expect(page.getByRole('heading', { level: 1, name: pl.fit_title })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: pl.fit_title })).toBeVisible();
  const reloaded = await main.locator('input, select').evaluateAll((els) => els.map((e) => e.value));
  expect(reloaded).toEqual(before);
});

test('a view opened while a language is on its way comes in that language, with its texts', async ({ page }) => {
  const en = strings.en;
  const pl = strings.pl;
  await seed(page, 'en');
  await open(page, '/#/fit');
  // Polish is slow to come: its files wait until the test lets them go.
  let release;
  const gate = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/texts-pl*.json', async (route) => {
    await gate;
    await route.continue();
  });
  await page.getByRole('combobox', { name: en.language_label }).selectOption('pl');
  // Meanwhile the consultant opens the method, still in English.
  const nav = await openNav(page);
  await press(nav.getByRole('link', { name: en.nav_method, exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: en.method_title })).toBeVisible();
  release();
  // Polish comes with the method's own texts, not only the fit's.
  await expect(page.getByRole('heading', { level: 1, name: pl.method_title })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(pl.method_intro);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});

test('a report in another language fetches that language', async ({ page }) => {
  await seed(page, 'en');
  await open(page, '/#/report');
  const en = strings.en;
  const ru = strings.ru;
  const choice = page.getByRole('combobox', { name: en.report_language });
  await choice.selectOption('ru');
  await expect(page.locator('article.report-document[lang="ru"]')).toContainText(ru.report_summary_heading);
  // The interface stays English.
  await expect(page.getByRole('heading', { level: 1, name: en.report_title })).toBeVisible();
});

test('a first visit whose texts cannot come says so in its language and recovers', async ({ page }) => {
  await seed(page, 'ru');
  await cut(page, 'texts-ru.json');
  await page.goto('/#/loyalty');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Не удалось загрузить Rapport');
  await expect(alert.getByRole('button', { name: 'Повторить' })).toBeVisible();
  await page.unroute('**/texts-ru.json');
  await press(alert.getByRole('button', { name: 'Повторить' }));
  await expect(page.getByRole('heading', { level: 1, name: strings.ru.econ_title })).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
});
