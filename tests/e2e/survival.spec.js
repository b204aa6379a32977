// Work that must survive what happens in a real engagement, on a tablet
// with touch: a workshop's collected and excluded results through a reload
// and an export into a fresh browser; a participant's unfinished answers
// through a reload and a language switch; a typed figure through language
// switches; a full or refusing storage, reported with the way to keep a
// copy, losing nothing.
const fs = require('node:fs');
const { test, expect, press, open, reload, strings } = require('./fixtures');

const en = strings.en;
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, locale: 'en-GB' };

test.beforeEach(() => {
  test.skip(!test.info().project.use.hasTouch, 'these flows are the tablet\'s');
});

/** The counts line of the team view. */
const counts = (page, respondents) =>
  page.getByText(en.ws_counts.replace('{respondents}', respondents).replace('{dont_know}', '0'));

/** The team view's table of scores by component, as text. */
async function teamTable(page) {
  const table = page.getByRole('table', { name: en.ws_stats_caption });
  const toggle = page.getByRole('button', { name: en.chart_table_summary }).first();
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await press(toggle);
  await expect(table).toBeVisible();
  return table.innerText();
}

/** A participant on a tablet of their own: a role, two answers, the code. */
async function participant(browser, link, role, level) {
  const context = await browser.newContext(TABLET);
  const tablet = await context.newPage();
  await open(tablet, link);
  await tablet.getByLabel(en.join_role_label).selectOption({ label: role });
  for (const i of [0, 1]) {
    await press(tablet.getByRole('group', { name: en.q_values[i] }).getByRole('radio', { name: level, exact: true }));
  }
  await press(tablet.getByRole('button', { name: en.join_finish }));
  await press(tablet.getByRole('button', { name: en.join_finish_anyway }));
  const code = await tablet.getByLabel(en.join_code_label, { exact: true }).inputValue();
  await context.close();
  return code;
}

async function createWorkshop(page) {
  await open(page, '/#/workshop');
  await page.getByLabel(en.ws_name_label).fill('Kick-off');
  await page.getByLabel(en.ws_roles_label).fill('Management, Sales');
  await press(page.getByRole('button', { name: en.ws_create }));
  const link = await page.getByRole('textbox', { name: en.ws_join_heading }).inputValue();
  return link.replace(/^https?:\/\/[^/]+/, '');
}

test('a workshop with collected and excluded results survives a reload and an export into a fresh browser', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const link = await createWorkshop(page);
  const codes = [];
  for (const [role, level] of [['Management', '2'], ['Sales', '4'], ['Sales', '5']]) {
    codes.push(await participant(browser, link, role, level));
  }
  await page.getByLabel(en.ws_paste_label).fill(codes.join('\n'));
  await press(page.getByRole('button', { name: en.ws_add }));
  await expect(counts(page, '3')).toBeVisible();
  const second = page.getByRole('checkbox', { name: en.ws_include_label.replace('{number}', '2') });
  await press(second);
  await expect(counts(page, '2')).toBeVisible();
  const team = await teamTable(page);

  await reload(page);
  await expect(counts(page, '2')).toBeVisible();
  await expect(second).not.toBeChecked();
  expect(await teamTable(page)).toBe(team);

  await open(page, '/#/engagements');
  const download = page.waitForEvent('download');
  await press(page.getByRole('button', { name: en.export_all }));
  const text = fs.readFileSync(await (await download).path(), 'utf8');

  const fresh = await browser.newContext(TABLET);
  const other = await fresh.newPage();
  await open(other, '/#/engagements');
  await other.getByLabel(en.import_label).setInputFiles({ name: 'kick-off.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const preview = other.getByRole('region', { name: en.import_preview_heading.replace('{file}', 'kick-off.json') });
  await press(preview.getByRole('button', { name: en.import_confirm }));
  await expect(other.getByRole('status')).toHaveText(en.import_done.one.replace('{n}', '1'));
  await open(other, '/#/workshop');
  await expect(counts(other, '2')).toBeVisible();
  await expect(other.getByRole('checkbox', { name: en.ws_include_label.replace('{number}', '2') })).not.toBeChecked();
  expect(await teamTable(other)).toBe(team);
  await fresh.close();
});

test('a participant\'s unfinished answers survive a reload and a language switch', async ({ page }) => {
  const link = await createWorkshop(page);
  await open(page, link);
  await page.getByLabel(en.join_role_label).selectOption({ label: 'Sales' });
  const answered = [
    [en.q_values[0], strings.ru.q_values[0], '4'],
    [en.q_strategy[2], strings.ru.q_strategy[2], '2'],
    [en.q_process[4], strings.ru.q_process[4], en.dont_know],
  ];
  for (const [name, , level] of answered) {
    await press(page.getByRole('group', { name }).getByRole('radio', { name: level, exact: true }));
  }
  // The answers are saved by the app before the page is left.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('rapport'))).toContain('"participation"');
  await reload(page);
  for (const [name, , level] of answered) {
    await expect(page.getByRole('group', { name }).getByRole('radio', { name: level, exact: true })).toBeChecked();
  }
  await expect(page.getByLabel(en.join_role_label)).toHaveValue(/.+/);
  const role = await page.getByLabel(en.join_role_label).inputValue();

  await page.getByLabel(en.language_label).selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const ru = strings.ru;
  for (const [, name, level] of answered) {
    const shown = level === en.dont_know ? ru.dont_know : level;
    await expect(page.getByRole('group', { name }).getByRole('radio', { name: shown, exact: true })).toBeChecked();
  }
  await expect(page.getByLabel(ru.join_role_label)).toHaveValue(role);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(3);
});

test('a figure typed into a field survives language switches and a reload', async ({ page }) => {
  await open(page, '/#/loyalty');
  const retention = (t) => page.getByLabel(t.econ_fields[4], { exact: true });
  await retention(en).fill('85.5');
  await retention(en).blur();
  // What was typed stays as typed (it reads the same in every language).
  await page.getByLabel(en.language_label).selectOption('pl');
  await expect(retention(strings.pl)).toHaveValue('85.5');
  await page.getByLabel(strings.pl.language_label).selectOption('ru');
  await expect(retention(strings.ru)).toHaveValue('85.5');
  await page.getByLabel(strings.ru.language_label).selectOption('en');
  await expect(retention(en)).toHaveValue('85.5');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('rapport'))).toContain('"retention":85.5');
  await reload(page);
  await expect(retention(en)).toHaveValue('85.5');
  // After a reload nothing is typed: the stored value, in the language.
  await page.getByLabel(en.language_label).selectOption('pl');
  await expect(retention(strings.pl)).toHaveValue('85,5');
});

for (const [fault, message] of [['QuotaExceededError', en.storage_quota], ['SecurityError', en.storage_write_failed]]) {
  test(`a write refused with ${fault} is reported with the way to export, and nothing is lost`, async ({ page }) => {
    // Local storage refuses every write while the fault is set.
    await page.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(key, value) {
        const name = sessionStorage.getItem('fault');
        if (name && this === localStorage) throw new DOMException('refused', name);
        return set.call(this, key, value);
      };
    });
    await open(page, '/#/loyalty');
    const retention = page.getByLabel(en.econ_fields[4], { exact: true });
    await expect(retention).toHaveValue('80');
    await page.evaluate((name) => sessionStorage.setItem('fault', name), fault);
    await retention.fill('91');
    await retention.blur();
    const banner = page.getByRole('alert').filter({ hasText: message });
    await expect(banner).toBeVisible();
    await expect(retention).toHaveValue('91');
    expect((await page.evaluate(() => localStorage.getItem('rapport'))) ?? '').not.toContain('"retention":91');

    // The banner's way out: export, and the file holds the unsaved work.
    await press(banner.getByRole('link', { name: en.export_now }));
    await expect(page.getByRole('heading', { level: 1, name: en.eng_title })).toBeVisible();
    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: en.export_all }));
    const file = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
    expect(file.data.engagements[0].economics.figures.retention).toBe(91);

    // Once storage takes writes again, the work is saved.
    await page.evaluate(() => sessionStorage.removeItem('fault'));
    await open(page, '/#/loyalty');
    await retention.fill('92');
    await retention.blur();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('rapport'))).toContain('"retention":92');
  });
}
