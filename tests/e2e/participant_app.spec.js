// The participant's app (src/ui/participant_app.rs, its own build
// src/bin/participant.rs, picked by the page's loader in src/wasm.mjs): a
// join link on a device whose saved work is of this version, or empty,
// fetches the participant's app and no consultant's code, keeps its answers by its part of the store and leaves the rest of
// the store as it was; any other address loads the whole app, with the
// answers kept. A device with older saved work gets the whole app for the
// join link, which migrates it first.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect, press, open, strings, tolerate } = require('./fixtures');
const { seed } = require('./seed');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');
const LINK = '/#/join/31?n=Kick-off&r=Sales,Service';

/** The modules, packs and texts the page fetches, as they are requested. */
function fetchedBy(page) {
  const fetched = [];
  page.on('request', (r) => {
    const m = r.url().match(/(texts-[\w-]+\.json|\w+\.wasm)$/);
    if (m) fetched.push(m[1]);
  });
  return fetched;
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('rapport')));

for (const lang of ['en', 'pl']) {
  test(`in ${lang}, a join link fetches the participant's app only and leaves the consultant's work as it was`, async ({ page }) => {
    const t = strings[lang];
    const consultants = JSON.parse(fixture('store-v5.json'));
    consultants.data.settings.language = lang;
    await seed(page, lang, JSON.stringify(consultants));
    const fetched = fetchedBy(page);
    await open(page, LINK);
    await expect(page.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', 'Kick-off') })).toBeVisible();
    expect(fetched.sort()).toEqual(['participant_bg.wasm', `texts-join-${lang}.json`]);

    await page.getByLabel(t.join_role_label).selectOption({ label: 'Service' });
    await press(page.getByRole('group', { name: t.q_values[0] }).getByRole('radio', { name: '4', exact: true }));
    await expect.poll(async () => (await stored(page)).data.participation?.answers?.answers?.['values.1']).toBe(4);
    const after = await stored(page);
    expect(after.version).toBe(consultants.version);
    expect(after.revision).toBeGreaterThan(consultants.revision);
    expect(after.data.participation).toMatchObject({ workshop: 31, name: 'Kick-off', role: 2 });
    // Everything else is the consultant's, as it was.
    for (const field of ['engagements', 'current', 'last_exported', 'settings']) {
      expect(after.data[field]).toEqual(consultants.data[field]);
    }

    // Another address is the whole app's: the page loads it, the consultant's
    // engagements are there, and the answers are kept.
    await page.evaluate(() => {
      location.hash = '#/engagements';
    });
    await expect(page.getByRole('heading', { level: 1, name: t.eng_title })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Acme Retail');
    expect(fetched).toContain('rapport_bg.wasm');
    expect((await stored(page)).data.participation.answers.answers['values.1']).toBe(4);
  });
}

test('a join link on a device with older saved work gets the whole app, which migrates it and keeps the answers', async ({ page }) => {
  const t = strings.en;
  await seed(page, 'en', fixture('store-v4.json').replace('"language":"pl"', '"language":"en"'));
  const fetched = fetchedBy(page);
  await open(page, LINK);
  await expect(page.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', 'Kick-off') })).toBeVisible();
  expect(fetched).toContain('rapport_bg.wasm');
  expect(fetched).toContain('pack_join.wasm');
  // Migrating is the whole app's, in a chunk of its own.
  expect(fetched).toContain('pack_storage_migration.wasm');
  expect(fetched).not.toContain('participant_bg.wasm');
  await press(page.getByRole('group', { name: t.q_values[1] }).getByRole('radio', { name: '2', exact: true }));
  await expect.poll(async () => (await stored(page)).data.participation?.answers?.answers?.['values.2']).toBe(2);
  const after = await stored(page);
  expect(after.version).toBe(5);
  expect(after.data.engagements.length).toBeGreaterThan(0);
});

// On hotel Wi-Fi a participant's first visit may lose the app or its
// texts: the page says so in the participant's language, and "Try again"
// brings the questionnaire once the network is back.
for (const file of ['texts-join-ru.json', 'participant_bg.wasm']) {
  test(`a participant's first visit whose ${file} cannot come says so and recovers`, async ({ page }) => {
    const t = strings.ru;
    const consultants = JSON.parse(fixture('store-v5.json'));
    consultants.data.settings.language = 'ru';
    await seed(page, 'ru', JSON.stringify(consultants));
    await page.route(`**/${file}`, (route) => route.abort('internetdisconnected'));
    tolerate(/Failed to load resource|Failed to fetch|TypeError|net::ERR_INTERNET_DISCONNECTED|WebAssembly/);
    await page.goto(LINK);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Не удалось загрузить Rapport');
    await page.unroute(`**/${file}`);
    await press(alert.getByRole('button', { name: 'Повторить' }));
    await expect(page.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', 'Kick-off') })).toBeVisible();
    await expect(page.locator('#boot')).toHaveCount(0);
    expect((await stored(page)).data.engagements).toEqual(consultants.data.engagements);
  });
}
