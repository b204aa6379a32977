// Saved work that is never lost: client engagements, saves that survive an
// immediate reload, two tabs, refused files that change nothing, and an
// export from one browser imported into another.
const fs = require('node:fs');
const { test, expect, press, open, reload, strings } = require('./fixtures');

const en = strings.en;
const named = (template, name) => template.replace('{name}', name);

/** The list item of the engagement called `name`. */
function item(page, name) {
  return page
    .getByRole('region', { name: en.eng_list_heading })
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });
}

async function createEngagement(page, name) {
  await open(page, '/#/engagements');
  await page.getByLabel(en.eng_new_label).fill(name);
  await press(page.getByRole('button', { name: en.eng_create }));
  await expect(item(page, name).getByText(en.eng_is_open)).toBeVisible();
}

/** What local storage holds under the app's key. */
const stored = (page) => page.evaluate(() => localStorage.getItem('rapport'));

test('engagements are created, renamed, duplicated, deleted with undo, and the last one reopens', async ({ page }) => {
  await createEngagement(page, 'Acme');
  // The tools work on it, and say so.
  await open(page, '/#/loyalty');
  await expect(page.getByRole('link', { name: 'Acme', exact: true })).toBeVisible();
  await page.getByLabel(en.econ_currency).selectOption('PLN');
  await open(page, '/#/engagements');
  await expect(item(page, 'Acme')).toContainText(en.eng_changed.split(' {')[0]);
  await expect(item(page, en.eng_unnamed)).toContainText(en.eng_no_changes);

  await press(page.getByRole('button', { name: named(en.eng_rename_label, 'Acme') }));
  await page.getByLabel(named(en.eng_rename_field, 'Acme')).fill('Acme Holdings');
  await press(page.getByRole('button', { name: en.eng_save_name }));
  await expect(item(page, 'Acme Holdings')).toBeVisible();

  await press(page.getByRole('button', { name: named(en.eng_duplicate_label, 'Acme Holdings') }));
  const copy = named(en.eng_copy_name, 'Acme Holdings');
  await expect(item(page, copy)).toBeVisible();

  // Delete asks first, and can be undone.
  await press(page.getByRole('button', { name: named(en.eng_delete_label, copy) }));
  const confirm = page.getByRole('group', { name: named(en.eng_delete_label, copy) });
  await expect(confirm).toContainText(named(en.eng_delete_confirm, copy));
  await press(confirm.getByRole('button', { name: en.eng_delete_yes }));
  await expect(item(page, copy)).toHaveCount(0);
  await press(page.getByRole('button', { name: en.eng_undo }));
  await expect(item(page, copy)).toBeVisible();

  // The engagement last opened is the one the app reopens.
  await press(page.getByRole('button', { name: named(en.eng_open_label, copy) }));
  await expect(item(page, copy).getByText(en.eng_is_open)).toBeVisible();
  await reload(page);
  await expect(item(page, copy).getByText(en.eng_is_open)).toBeVisible();
  await open(page, '/#/loyalty');
  await expect(page.getByRole('link', { name: copy, exact: true })).toBeVisible();
  await expect(page.getByLabel(en.econ_currency)).toHaveValue('PLN');
});

test('an edit followed at once by a reload is never lost, twenty times over', async ({ page }) => {
  await open(page, '/#/assessment/values');
  for (let i = 0; i < 20; i += 1) {
    const statement = page.getByRole('group', { name: en.q_values[i % 5] });
    const level = String((i % 5) + 1);
    await press(statement.getByRole('radio', { name: level, exact: true }));
    await reload(page);
    await expect(
      page.getByRole('group', { name: en.q_values[i % 5] }).getByRole('radio', { name: level, exact: true }),
    ).toBeChecked();
  }
});

test('two tabs on the same engagement never silently overwrite each other', async ({ page, context }) => {
  await open(page, '/#/loyalty');
  const other = await context.newPage();
  await open(other, '/#/loyalty');
  const currency = (p) => p.getByLabel(en.econ_currency);

  // A change in one tab reaches the other.
  await currency(page).selectOption('PLN');
  await expect(currency(other)).toHaveValue('PLN');
  // From here the other tab's timers never fire, so its changes stay
  // unsaved while this tab saves: the race of two tabs, made certain.
  // (Playwright's clock would stop both tabs: it is per context.)
  await other.evaluate(() => {
    window.setTimeout = () => 0;
  });

  // Both change: the tab whose change is still unsaved is told, and the
  // other tab's saved work is not overwritten.
  await currency(other).selectOption('GBP');
  await currency(page).selectOption('USD');
  await expect(other.getByRole('alert')).toContainText(en.storage_conflict);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => stored(page)).toContain('"currency":"USD"');

  // The user keeps this tab's work: it is saved, and the other tab follows.
  await press(other.getByRole('alert').getByRole('button', { name: en.conflict_mine }));
  await expect(other.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => stored(page)).toContain('"currency":"GBP"');
  await expect(currency(page)).toHaveValue('GBP');

  // Or takes the other tab's: its own unsaved change is dropped, knowingly.
  await currency(other).selectOption('CHF');
  await currency(page).selectOption('EUR');
  await expect(other.getByRole('alert')).toContainText(en.storage_conflict);
  await press(other.getByRole('alert').getByRole('button', { name: en.conflict_theirs }));
  await expect(currency(other)).toHaveValue('EUR');
  await expect(other.getByRole('alert')).toHaveCount(0);
});

const envelope = (version, data) => JSON.stringify({ format: 'rapport', version, data });
const BAD_FILES = [
  ['empty', '', en.import_empty],
  ['not JSON', 'name,score\nAcme,3', en.import_not_json],
  ['truncated', envelope(2, { engagements: [] }).slice(0, 30), en.import_truncated],
  ['too deep', `{"format":"rapport","version":2,"data":{"x":${'['.repeat(40)}${']'.repeat(40)}}}`, en.import_too_deep],
  ['not Rapport', JSON.stringify({ budget: 12 }), en.import_not_rapport],
  ['newer', envelope(99, {}), en.import_newer],
  ['wrong types', envelope(2, { engagements: [{ id: 'e1', name: 7 }] }), en.import_wrong_types],
  ['out of range', envelope(2, { engagements: [{ id: 'e1', fit: { client: { profile: { horizon: 9 } } } }] }), en.import_out_of_range],
  ['too large', ' '.repeat(5 * 1024 * 1024 + 1), en.import_too_large],
];

test('each kind of bad file is refused with its own message and storage stays as it was', async ({ page }) => {
  await createEngagement(page, 'Keep me');
  await expect.poll(() => stored(page)).toContain('Keep me');
  const before = await stored(page);
  for (const [kind, text, message] of BAD_FILES) {
    await page.getByLabel(en.import_label).setInputFiles({
      name: `${kind}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(page.getByRole('alert'), kind).toHaveText(message);
    expect(await stored(page), kind).toBe(before);
  }
  await expect(item(page, 'Keep me')).toBeVisible();
});

test('a full export from one browser imports into a fresh one with everything in it', async ({ browser }) => {
  const source = await browser.newContext();
  const page = await source.newPage();
  await createEngagement(page, 'Acme');
  await open(page, '/#/assessment/strategy');
  await press(page.getByRole('group', { name: en.q_strategy[0] }).getByRole('radio', { name: '4', exact: true }));
  await open(page, '/#/assessment/results');
  await page.getByLabel(en.snapshot_name_label).fill('Kick-off');
  await press(page.getByRole('button', { name: en.snapshot_save }));
  await open(page, '/#/fit');
  await page.getByLabel(en.fit_supplier_name).fill('Acme Supplies');
  await page.getByLabel(en.fit_supplier_name).blur();
  await open(page, '/#/loyalty');
  await page.getByLabel(en.scenario_name).fill('Today');
  await press(page.getByRole('button', { name: en.scenario_save }));
  await open(page, '/#/engagements');
  // Work never exported: one reminder that says so, no week-old reminder.
  await expect(page.getByRole('note')).toHaveText(en.export_reminder_never);
  await expect(page.getByText(en.export_reminder)).toHaveCount(0);
  const download = page.waitForEvent('download');
  await press(page.getByRole('button', { name: en.export_all }));
  const file = await (await download).path();
  await expect(page.getByText(en.export_reminder_never)).toHaveCount(0);
  await expect(page.getByRole('note')).toHaveCount(0);
  const text = fs.readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'rapport', version: 5 });
  await source.close();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, '/#/engagements');
  await other.getByLabel(en.import_label).setInputFiles({ name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const preview = other.getByRole('region', { name: en.import_preview_heading.replace('{file}', 'acme.json') });
  await expect(preview).toContainText(en.import_adds.replace('{names}', 'Acme'));
  await press(preview.getByRole('button', { name: en.import_confirm }));
  await expect(other.getByRole('status')).toHaveText(en.import_done.one.replace('{n}', '1'));
  await expect(other.getByText(en.export_reminder)).toHaveCount(0);
  await expect(other.getByText(en.never_exported)).toHaveCount(0);
  await expect(item(other, 'Acme').getByText(en.eng_is_open)).toBeVisible();

  await reload(other);
  await open(other, '/#/assessment/strategy');
  await expect(other.getByRole('group', { name: en.q_strategy[0] }).getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await open(other, '/#/assessment/results');
  await expect(other.getByRole('region', { name: en.snapshots_heading })).toContainText('Kick-off');
  await open(other, '/#/fit');
  await expect(other.getByLabel(en.fit_supplier_name)).toHaveValue('Acme Supplies');
  await open(other, '/#/loyalty');
  await expect(other.getByRole('region', { name: en.scenarios_heading })).toContainText('Today');
  await fresh.close();
});
