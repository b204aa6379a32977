// The download split by view (src/wasm.mjs, src/ui/chunks.rs) and one
// language at a time (src/ui/texts.rs), as a user on a flaky network meets
// them: a view's code that cannot be fetched says so in the page and comes
// when "Try again" is pressed with the network back; a language is fetched
// when chosen, keeps every piece of work, and a failed fetch leaves the
// app as it was; a first visit fetches one language's texts only.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect, press, open, openNav, strings, cut } = require('./fixtures');
const { seed } = require('./seed');

/** A frozen fixture's text (tests/fixtures). */
const fixtureText = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');

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

// A view's later sections (ui/chunks.rs, `part_point!`): each view, its
// section's chunk, what the top of the view offers to do meanwhile, and the
// section's headings once it has come.
const SECTIONS = [
  {
    lang: 'en',
    url: '/#/fit',
    pack: 'pack_fit_flags_and_ocai.wasm',
    title: 'fit_title',
    headings: ['fit_formula_heading', 'ocai_heading'],
    work: async (page, t) => {
      await page.getByLabel(t.fit_supplier_name).fill('Acme');
      return () => expect(page.getByLabel(t.fit_supplier_name)).toHaveValue('Acme');
    },
  },
  {
    lang: 'ru',
    url: '/#/loyalty',
    pack: 'pack_loyalty_charts.wasm',
    title: 'econ_title',
    headings: ['econ_charts_heading', 'scenarios_heading'],
    work: async (page, t) => {
      await page.getByLabel(t.econ_currency).selectOption('PLN');
      return () => expect(page.getByLabel(t.econ_currency)).toHaveValue('PLN');
    },
  },
  {
    lang: 'pl',
    url: '/#/assessment/results',
    pack: 'pack_assessment_results_panels.wasm',
    title: 'results_title',
    headings: ['settings_heading', 'how_scored_heading', 'snapshots_heading'],
    work: async (page, t) => {
      await expect(page.getByRole('img', { name: t.radar_title })).toBeVisible();
      return async () => {};
    },
  },
  {
    lang: 'en',
    url: '/#/accounts',
    pack: 'pack_accounts_portfolio.wasm',
    title: 'acc_title',
    headings: ['acc_money_heading'],
    work: async (page, t) => {
      await expect(page.getByRole('heading', { level: 2, name: t.acc_customers_heading })).toBeVisible();
      await expect(page.getByRole('button', { name: t.acc_edit_named.replace('{name}', 'Sklep') })).toBeVisible();
      return async () => {};
    },
  },
  {
    lang: 'ru',
    url: '/#/workshop',
    pack: 'pack_workshop_team.wasm',
    title: 'ws_title',
    headings: ['ws_team_heading'],
    work: async (page, t) => {
      await page.getByLabel(t.ws_paste_label).fill('1234');
      return () => expect(page.getByLabel(t.ws_paste_label)).toHaveValue('1234');
    },
  },
  {
    lang: 'ru',
    url: '/#/report',
    pack: 'pack_report_sections.wasm',
    title: 'report_title',
    headings: ['report_summary_heading', 'report_method_heading'],
    work: async (page, t) => {
      // The choices and the cover are here, and the cover follows them.
      await page.getByLabel(t.report_title_field).fill('Итоги года');
      await expect(page.getByRole('heading', { level: 2, name: 'Итоги года' })).toBeVisible();
      return () => expect(page.getByLabel(t.report_title_field)).toHaveValue('Итоги года');
    },
  },
  {
    lang: 'pl',
    url: '/#/workshop',
    pack: 'pack_workshop_collect.wasm',
    title: 'ws_title',
    headings: ['scan_heading', 'ws_collect_heading'],
    work: async (page, t) => {
      await expect(page.getByRole('textbox', { name: t.ws_join_heading })).toHaveValue(/join\.html#/);
      await page.getByLabel(t.ws_closes_label).fill('2031-06-30');
      return () => expect(page.getByLabel(t.ws_closes_label)).toHaveValue('2031-06-30');
    },
  },
];

for (const { lang, url, pack, title, headings, work } of SECTIONS) {
  test(`${url}'s later section comes after the view, and says so in its place when it cannot, in ${lang}`, async ({ page }) => {
    const t = strings[lang];
    await seed(page, lang);
    await cut(page, pack);
    await open(page, url);

    // The view is whole and usable above; the section says why it is not
    // there, in the page, with the header still there.
    await expect(page.getByRole('heading', { level: 1, name: t[title] })).toBeVisible();
    const kept = await work(page, t);
    // A section that shares code with it (the workshop's team view, with
    // its collecting) may have asked for that code from the same pack, and
    // then says so too.
    const alert = page.getByRole('main').getByRole('alert').filter({ hasText: t.chunk_failed });
    await expect(alert.first()).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    for (const h of headings) await expect(page.getByRole('heading', { level: 2, name: t[h] })).toHaveCount(0);

    // The network is back: "Try again" brings the section, and what was
    // done meanwhile is kept.
    await page.unroute(`**/${pack}`);
    await press(alert.first().getByRole('button', { name: t.chunk_retry }));
    if ((await alert.count()) > 0) await press(alert.first().getByRole('button', { name: t.chunk_retry }));
    for (const h of headings) await expect(page.getByRole('heading', { level: 2, name: t[h] })).toBeVisible();
    await expect(alert).toHaveCount(0);
    await kept();
  });
}

for (const lang of ['en', 'pl']) {
  test(`the engagements page's files come with their own code, and say so when it cannot come, in ${lang}`, async ({ page }) => {
    const t = strings[lang];
    const fetched = [];
    page.on('request', (r) => {
      const m = r.url().match(/pack_\w+\.wasm$/);
      if (m) fetched.push(m[0]);
    });
    await seed(page, lang, fixtureText('store-v5.json').replace('"language":"pl"', `"language":"${lang}"`));
    await open(page, '/#/engagements');
    // The list shows without the code that reads and writes files.
    await expect(page.getByRole('button', { name: t.export_all })).toBeVisible();
    expect(fetched).toEqual(['pack_engagements.wasm']);

    // The network drops: an export and an import say why they made
    // nothing, and nothing changes.
    const before = await page.evaluate(() => localStorage.getItem('rapport'));
    await cut(page, 'pack_engagements_files.wasm');
    await press(page.getByRole('button', { name: t.export_all }));
    const failed = page.getByRole('alert').filter({ hasText: t.files_code_failed });
    await expect(failed).toHaveCount(1);
    await page.getByLabel(t.import_label).setInputFiles({
      name: 'work.json',
      mimeType: 'application/json',
      buffer: Buffer.from(before),
    });
    await expect(failed).toHaveCount(2);
    expect(await page.evaluate(() => localStorage.getItem('rapport'))).toBe(before);

    // The network is back: the import tries again with the same file, and
    // the export button works.
    await page.unroute('**/pack_engagements_files.wasm');
    await press(failed.getByRole('button', { name: t.chunk_retry }));
    await expect(page.getByRole('region', { name: t.import_preview_heading.replace('{file}', 'work.json') })).toBeVisible();
    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: t.export_all }));
    const text = fs.readFileSync(await (await download).path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'rapport' });
    await expect(failed).toHaveCount(0);
  });
}

test('a first visit fetches its own language and its own view, once each', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => {
    const m = r.url().match(/(texts-[\w-]+\.json|pack_\w+\.wasm)$/);
    if (m) fetched.push(m[1]);
  });
  // Saved work of this version, in Polish (older work would also fetch
  // its migration, see below).
  await seed(page, 'pl', fixtureText('store-v5.json'));
  await open(page, '/#/fit');
  await expect(page.getByRole('heading', { level: 1, name: strings.pl.fit_title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: strings.pl.ocai_heading })).toBeVisible();
  // Preloaded with the page and used by the app: one request each; the
  // texts are the shell's and the view's, not every tool's; the code and
  // texts of the section below the scales come once the view is shown.
  expect(fetched.sort()).toEqual([
    'pack_fit.wasm',
    'pack_fit_flags_and_ocai.wasm',
    'texts-pl-fit.json',
    'texts-pl-fit_flags_and_ocai.json',
    'texts-pl.json',
  ]);

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
    'pack_fit_flags_and_ocai.wasm',
    'pack_method.wasm',
    'texts-pl-fit.json',
    'texts-pl-fit_flags_and_ocai.json',
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
  // The OCAI profiles' fields, below the scales, come with their own
  // chunk and texts, in each language.
  const ocai = (t) => expect(page.getByRole('heading', { level: 2, name: t.ocai_heading })).toBeVisible();
  await ocai(en);
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
  await ocai(ru);
  const after = await main.locator('input, select').evaluateAll((els) => els.map((e) => e.value));
  expect(after).toEqual(before);

  // The network is back: Polish comes, and is remembered.
  await page.unroute('**/texts-pl*.json');
  await page.getByRole('combobox', { name: ru.language_label }).selectOption('pl');
  await expect(page.getByRole('heading', { level: 1, name: pl.fit_title })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: pl.fit_title })).toBeVisible();
  await ocai(pl);
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

test('older saved work waits for its migration, says so when it cannot come, and opens migrated', async ({ page }) => {
  // Version 4 data, in Polish: the boot block speaks the language the
  // page picked, the app the saved one.
  const v4 = fixtureText('store-v4.json');
  await seed(page, 'pl', v4);
  await cut(page, 'pack_storage_migration.wasm');
  await page.goto('/#/engagements');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nie udało się wczytać Rapport');
  // Nothing was opened, so nothing was written or set aside.
  expect(await page.evaluate(() => localStorage.getItem('rapport'))).toBe(v4);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'rapport'))).toEqual([]);
  await page.unroute('**/pack_storage_migration.wasm');
  await press(alert.getByRole('button', { name: 'Spróbuj ponownie' }));
  await expect(page.getByRole('heading', { level: 1, name: strings.pl.eng_title })).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
  // The engagements of version 4 are here.
  const engagements = JSON.parse(v4).data.engagements.filter((e) => e.name);
  for (const e of engagements) await expect(page.getByRole('main')).toContainText(e.name);
});

test('saved work of this version opens without fetching the migration', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => {
    const m = r.url().match(/pack_\w+\.wasm$/);
    if (m) fetched.push(m[0]);
  });
  await seed(page, 'en', fixtureText('store-v5.json').replace('"language":"pl"', '"language":"en"'));
  await open(page, '/#/engagements');
  await expect(page.getByRole('heading', { level: 1, name: strings.en.eng_title })).toBeVisible();
  expect(fetched).toEqual(['pack_engagements.wasm']);
});

// Both apps' glue names the functions its module imports briefly
// (src/wasm.mjs, shortImportNames): wasm-bindgen's names carry a hash
// each, about 5 KB brotli of every visit. The apps starting at all shows
// that the module's names and the glue's agree.
test('the glue names what the module imports without wasm-bindgen\'s hashes', async ({ page, request }) => {
  await seed(page, 'en');
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: strings.en.home_title })).toBeVisible();
  const build = await page.locator('meta[name="rapport-build"]').getAttribute('content');
  for (const glue of ['rapport.js', 'participant.js']) {
    const text = await (await request.get(new URL(`${build}${glue}`, page.url()).href)).text();
    expect(text).toContain('function');
    expect(text).not.toMatch(/__wbg_\w+_[0-9a-f]{16}/);
  }
});
