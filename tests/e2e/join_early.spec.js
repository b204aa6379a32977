// join.html: the questionnaire a join link opens shows and takes answers
// before the participant's app has arrived (src/prerender.mjs draws it,
// src/join/choose.js decides when, src/join/early.js answers on it), and
// the app takes those answers over (model::workshop::EarlyAnswers). The
// page shows exactly what the app then shows; nothing answered early is
// lost, not to a reload nor to a download that fails; and a device that
// already holds answers for the workshop waits for the app, which resumes
// them.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect, press, strings, tolerate } = require('./fixtures');
const { seed } = require('./seed');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');
const LINK = '/join.html#/join/31?n=Kick-off&r=Sales,Service';

/** Holds back the participant's module until the returned function is
 * called: what shows meanwhile is the page's own. */
async function holdApp(page) {
  let release;
  const gate = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/participant_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** A device in `lang` with the consultant's work and no participation. */
async function device(page, lang) {
  const store = JSON.parse(fixture('store-v5.json'));
  store.data.settings.language = lang;
  store.data.participation = null;
  await seed(page, lang, JSON.stringify(store));
  return store;
}

/** The visible text of the page's header, main and footer. */
const texts = (page) =>
  page.evaluate(() =>
    ['header', 'main', 'footer'].map((tag) => {
      const shown = [...document.querySelectorAll(tag)].filter((e) => e.checkVisibility());
      return shown.map((e) => e.innerText.replace(/\s+/g, ' ').trim()).join('|');
    }),
  );

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('rapport')));
const statement = (page, t, component, n) => page.getByRole('group', { name: t[`q_${component}`][n - 1] });
const answer = (page, t, component, n, value) =>
  statement(page, t, component, n).getByRole('radio', { name: value, exact: true });

for (const lang of ['en', 'ru', 'pl']) {
  test(`in ${lang}, the questionnaire shows before the app arrives, as the app then shows it`, async ({ page }) => {
    const t = strings[lang];
    await device(page, lang);
    const release = await holdApp(page);
    await page.goto(LINK);
    const title = page.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', 'Kick-off') });
    await expect(title).toBeVisible();
    await expect(page.locator('#shell')).toHaveCount(1);
    await expect(page.getByRole('radio')).toHaveCount(40 * 6);
    await expect(page.getByLabel(t.join_role_label).locator('option')).toHaveText([t.option_none, 'Sales', 'Service']);
    const early = await texts(page);
    release();
    await expect(page.locator('#shell')).toHaveCount(0);
    await expect(title).toBeVisible();
    expect(await texts(page)).toEqual(early);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}

test('answers given before the app arrives are kept through a reload and taken by the app', async ({ page }) => {
  const t = strings.en;
  const consultants = await device(page, 'en');
  const release = await holdApp(page);
  await page.goto(LINK);
  await page.getByLabel(t.join_role_label).selectOption({ label: 'Service' });
  await press(answer(page, t, 'values', 1, '4'));
  await press(answer(page, t, 'values', 2, t.dont_know));
  await press(answer(page, t, 'process', 5, '2'));
  await press(answer(page, t, 'values', 1, '5'));
  const progress = page.locator('#join-progress-text');
  await expect(progress).toHaveText(t.progress_overall.replace('{answered}', '3').replace('{total}', '40'));
  await expect(statement(page, t, 'values', 1)).not.toContainText(t.item_unanswered);
  await expect(statement(page, t, 'values', 3)).toContainText(t.item_unanswered);
  // Nothing is saved before the app: the page keeps its record in the tab.
  expect((await stored(page)).data.participation).toBeNull();

  await page.reload();
  await expect(answer(page, t, 'values', 1, '5')).toBeChecked();
  await expect(answer(page, t, 'values', 2, t.dont_know)).toBeChecked();
  await expect(answer(page, t, 'process', 5, '2')).toBeChecked();
  await expect(page.getByLabel(t.join_role_label)).toHaveValue('2');
  await expect(progress).toHaveText(t.progress_overall.replace('{answered}', '3').replace('{total}', '40'));

  // The participant is further down the page when the app comes: it keeps
  // their place rather than scrolling back to the first unanswered.
  await answer(page, t, 'process', 5, '2').scrollIntoViewIfNeeded();
  const place = await page.evaluate(() => scrollY);
  expect(place).toBeGreaterThan(1000);
  release();
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(answer(page, t, 'values', 1, '5')).toBeChecked();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(Math.abs((await page.evaluate(() => scrollY)) - place)).toBeLessThan(5);
  await expect(answer(page, t, 'values', 2, t.dont_know)).toBeChecked();
  await expect(page.getByLabel(t.join_role_label)).toHaveValue('2');
  await expect(progress).toHaveText(t.progress_overall.replace('{answered}', '3').replace('{total}', '40'));
  await expect
    .poll(async () => (await stored(page)).data.participation?.answers?.answers)
    .toEqual({ 'values.1': 5, 'values.2': 0, 'process.5': 2 });
  const after = await stored(page);
  expect(after.data.participation).toMatchObject({ workshop: 31, role: 2, code: null });
  expect(after.data.engagements).toEqual(consultants.data.engagements);
  expect(await page.evaluate(() => sessionStorage.getItem('rapport-early'))).toBeNull();

  // The app goes on from there: one more answer, and the result.
  await press(answer(page, t, 'values', 3, '3'));
  await expect(progress).toHaveText(t.progress_overall.replace('{answered}', '4').replace('{total}', '40'));
});

test('a download that fails keeps the questionnaire and its answers, and "Try again" brings the app with them', async ({ page }) => {
  const t = strings.ru;
  await device(page, 'ru');
  await page.route('**/participant_bg.wasm', (route) => route.abort('internetdisconnected'));
  tolerate(/Failed to load resource|Failed to fetch|TypeError|net::ERR_INTERNET_DISCONNECTED|WebAssembly/);
  await page.goto(LINK);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Не удалось загрузить Rapport');
  // The questionnaire is still there to answer.
  await press(answer(page, t, 'strategy', 2, '1'));
  await expect(page.locator('#join-progress-text')).toHaveText(
    t.progress_overall.replace('{answered}', '1').replace('{total}', '40'),
  );
  await page.unroute('**/participant_bg.wasm');
  await press(alert.getByRole('button', { name: 'Повторить' }));
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(answer(page, t, 'strategy', 2, '1')).toBeChecked();
  await expect
    .poll(async () => (await stored(page)).data.participation?.answers?.answers)
    .toEqual({ 'strategy.2': 1 });
});

test('the app\'s module is asked for once the questionnaire has painted, and with the page where the page must wait for it', async ({ page }) => {
  const t = strings.en;
  await device(page, 'en');
  // The module would share the wire with the page's CSS: src/wasm.mjs's
  // module script fetches it after the first paint, never by a preload.
  const seen = [];
  await page.route('**/participant_bg.wasm', async (route) => {
    seen.push(
      await page.evaluate(() => ({
        painted: performance.getEntriesByName('first-contentful-paint').length,
        radios: document.querySelectorAll('#shell input[type=radio]').length,
      })),
    );
    await route.continue();
  });
  const preloaded = () => page.locator('link[rel=preload][href$="/participant_bg.wasm"]');
  await page.goto(LINK);
  await expect(page.locator('#shell')).toHaveCount(0);
  expect(seen).toEqual([{ painted: 1, radios: 40 * 6 }]);
  expect(await preloaded().count()).toBe(0);

  // Answers held for the workshop: nothing shows before the app, which is
  // preloaded with the page (src/join/choose.js).
  await press(answer(page, t, 'people', 4, '3'));
  await expect.poll(async () => (await stored(page)).data.participation?.answers?.answers).toEqual({ 'people.4': 3 });
  await page.unroute('**/participant_bg.wasm');
  await page.reload();
  await expect(answer(page, t, 'people', 4, '3')).toBeChecked();
  expect(await preloaded().count()).toBe(1);
});

test('a device holding answers for the workshop waits for the app, which resumes them', async ({ page }) => {
  const t = strings.en;
  await device(page, 'en');
  await page.goto(LINK);
  await expect(page.locator('#shell')).toHaveCount(0);
  await press(answer(page, t, 'people', 4, '3'));
  await expect.poll(async () => (await stored(page)).data.participation?.answers?.answers).toEqual({ 'people.4': 3 });

  const release = await holdApp(page);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  release();
  await expect(answer(page, t, 'people', 4, '3')).toBeChecked();
  await expect(page.locator('#join-progress-text')).toHaveText(
    t.progress_overall.replace('{answered}', '1').replace('{total}', '40'),
  );
});

test('what the link carries shows as text, and a workshop that has closed waits for the app', async ({ page }) => {
  const t = strings.en;
  await device(page, 'en');
  const release = await holdApp(page);
  const name = '<img src=x onerror=alert(1)> & "Co"';
  await page.goto(`/join.html#/join/32?n=${encodeURIComponent(name)}&r=${encodeURIComponent('<b>Sales</b>')},R%26D&c=2999-01-31`);
  await expect(page.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', name) })).toBeVisible();
  await expect(page.locator('header')).toContainText(name);
  await expect(page.locator('main img, main b')).toHaveCount(0);
  await expect(page.getByLabel(t.join_role_label).locator('option')).toHaveText([t.option_none, '<b>Sales</b>', 'R&D']);
  await expect(page.locator('main')).toContainText(t.join_closes.replace('{date}', '31 Jan 2999'));
  const early = await texts(page);
  release();
  await expect(page.locator('#shell')).toHaveCount(0);
  expect(await texts(page)).toEqual(early);

  // Closed: the app says so; the page does not offer answers meanwhile.
  const closed = await page.context().newPage();
  const open = await holdApp(closed);
  await closed.goto('/join.html#/join/33?n=Old&r=&c=2001-01-01');
  await expect(closed.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(closed.getByRole('radio')).toHaveCount(0);
  open();
  await expect(closed.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', 'Old') })).toBeVisible();
  await expect(closed.getByRole('radio')).toHaveCount(0);
});

test('a link the app cannot read waits for the app, which says so', async ({ page }) => {
  const t = strings.en;
  await device(page, 'en');
  const release = await holdApp(page);
  // A stray second "#": the app reads the invitation from the first.
  await page.goto('/join.html#/join/31?n=Kick-off&r=Sales,Service#');
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  release();
  await expect(page.getByRole('alert')).toHaveText(t.join_bad_link);
});

test('a join link to index.html opens join.html, and join.html sends any other route to index.html', async ({ page }) => {
  const t = strings.en;
  await device(page, 'en');
  await page.goto('/#/join/31?n=Kick-off&r=Sales,Service');
  await expect(page).toHaveURL(/\/join\.html#\/join\/31\?n=Kick-off&r=Sales,Service$/);
  await expect(page.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', 'Kick-off') })).toBeVisible();
  await page.goto('/join.html#/engagements');
  await expect(page).toHaveURL(/\/#\/engagements$/);
  await expect(page.getByRole('heading', { level: 1, name: t.eng_title })).toBeVisible();
  // Under a sub-path too.
  await page.goto('/rapport/#/join/31?n=Kick-off');
  await expect(page).toHaveURL(/\/rapport\/join\.html#\/join\/31\?n=Kick-off$/);
  await expect(page.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', 'Kick-off') })).toBeVisible();
});

test('a keyboard user answering before the app arrives keeps their place when it does', async ({ page }) => {
  test.skip(test.info().project.use.hasTouch, 'a keyboard on the desktop');
  const t = strings.en;
  await device(page, 'en');
  const release = await holdApp(page);
  await page.goto(LINK);
  // "Skip to content" moves focus and keeps the join link in the address.
  await page.getByRole('link', { name: t.skip_to_content }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe(new URL(LINK, 'http://x').hash);
  const radio = answer(page, t, 'values', 2, '3');
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  release();
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(answer(page, t, 'values', 2, '3')).toBeFocused();
  await expect(answer(page, t, 'values', 2, '3')).toBeChecked();
  // On from there by keyboard, as anywhere in the app.
  await page.keyboard.press('ArrowRight');
  await expect(answer(page, t, 'values', 2, '4')).toBeChecked();
  await expect(page.locator('#join-progress-text')).toHaveText(t.progress_overall.replace('{answered}', '1').replace('{total}', '40'));
});
