// Offline after the first visit, and updates that never interrupt: the
// service worker keeps every file of the build; a new release waits behind
// a banner until the user reloads, with every answer intact.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, expect, press, open, reload, strings } = require('./fixtures');

const en = strings.en;
const SITE = path.resolve(__dirname, '../../target/site');

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page and has cached the build. */
async function installed(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** The radio for `level` of the `i`-th values statement. */
const answer = (page, i, level) =>
  page.getByRole('group', { name: en.q_values[i] }).getByRole('radio', { name: level, exact: true });

test('after one visit, every view opens and works with no network', async ({ page, context }) => {
  test.skip(test.info().project.name !== 'tablet', 'offline use matters on the participants\' tablets');
  // A workshop to join, made while online.
  await open(page, '/rapport/#/workshop');
  await page.getByLabel(en.ws_name_label).fill('Offsite');
  await press(page.getByRole('button', { name: en.ws_create }));
  const link = await page.getByRole('textbox', { name: en.ws_join_heading }).inputValue();
  // Join links open the participant's page beside the app's.
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rapport\/join\.html#\/join\/\d+\?n=Offsite&r=$/);
  await installed(page);

  await context.setOffline(true);
  await reload(page);
  await expect(page.getByRole('heading', { level: 1, name: en.ws_title })).toBeVisible();
  const views = [
    ['#/', en.home_title],
    ['#/method', en.method_title],
    ['#/assessment/values', null],
    ['#/assessment/results', en.results_title],
    ['#/fit', en.fit_title],
    ['#/loyalty', en.econ_title],
    ['#/engagements', en.eng_title],
    ['#/workshop/present', null],
  ];
  for (const [hash, title] of views) {
    // Opened as a deep link: a reload of that URL with no network.
    await page.goto(`/rapport/${hash}`);
    await reload(page);
    if (title) await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  // Answers given offline are saved and survive an offline reload.
  await open(page, '/rapport/#/assessment/values');
  await press(answer(page, 0, '4'));
  await reload(page);
  await expect(answer(page, 0, '4')).toBeChecked();

  // A participant's join link, opened for the first time with no network.
  const participant = await context.newPage();
  await participant.goto(link);
  await expect(participant.getByRole('heading', { level: 1, name: en.join_title.replace('{name}', 'Offsite') })).toBeVisible();
  const statement = participant.getByRole('group', { name: en.q_values[1] }).getByRole('radio', { name: '2', exact: true });
  await press(statement);
  await participant.reload();
  await expect(
    participant.getByRole('group', { name: en.q_values[1] }).getByRole('radio', { name: '2', exact: true }),
  ).toBeChecked();
});

test('a new release waits behind a banner; reloading keeps every answer', async ({ page }) => {
  test.skip(test.info().project.name !== 'tablet', 'one run is enough: the flow is the same on a laptop');
  // The copy's own server compresses the build before it serves it.
  test.setTimeout(120_000);
  // A copy of the build on a server of its own, so the test can release a
  // new version of it.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-release-'));
  fs.cpSync(SITE, root, { recursive: true });
  const { serve } = await import('../serve.mjs');
  const server = await serve(root, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    await open(page, `${base}/#/assessment/values`);
    await installed(page);
    await press(answer(page, 0, '3'));
    await press(answer(page, 1, '5'));

    // The next release: a worker of a new build id.
    const worker = path.join(root, 'sw.js');
    const next = fs.readFileSync(worker, 'utf8').replace(/const BUILD = "([0-9a-f]+)"/, 'const BUILD = "$1-next"');
    expect(next).toContain('-next');
    fs.writeFileSync(worker, next);
    // Coming back to the app (a reload here) finds it; nothing reloads by itself.
    await reload(page);
    const banner = page.getByRole('status').filter({ hasText: en.update_ready });
    await expect(banner).toBeVisible();
    await expect(answer(page, 0, '3')).toBeChecked();
    await press(answer(page, 2, '1'));
    await expect(answer(page, 2, '1')).toBeChecked();

    // The user's choice moves the page to the new release.
    const navigated = page.waitForEvent('framenavigated');
    await press(banner.getByRole('button', { name: en.update_reload }));
    await navigated;
    // Until the new release's app has mounted, the hidden prerendered home
    // (three headings, one per language) is still in the page; and right
    // after the navigation, the new page may not have been parsed yet, so
    // "no #shell" alone can be seen before it has even come. One condition,
    // read in one go, waits for the app itself.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.readyState !== 'loading' &&
            document.getElementById('shell') === null &&
            document.querySelectorAll('main h1').length === 1,
        ),
      )
      .toBe(true);
    await expect(page.locator('main h1')).toBeVisible();
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/-next$/)]);
    await expect(page.getByRole('status').filter({ hasText: en.update_ready })).toHaveCount(0);
    for (const [i, level] of [[0, '3'], [1, '5'], [2, '1']]) await expect(answer(page, i, level)).toBeChecked();
  } finally {
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
