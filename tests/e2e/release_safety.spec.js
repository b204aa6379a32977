// Saved work is never lost to another tab of a newer release, nor to text
// another tab or program damaged: two pages of one browser context.
const { test, expect, press, open, reload, strings } = require('./fixtures');

const en = strings.en;

const stored = (page, key = 'rapport') => page.evaluate((k) => localStorage.getItem(k), key);
const answer = (page, i, level) =>
  page.getByRole('group', { name: en.q_values[i] }).getByRole('radio', { name: level, exact: true });

/** What a newer release of Rapport saves: a schema version this one does not know. */
const NEWER = JSON.stringify({ format: 'rapport', version: 99, revision: 40, data: { engagements: [], future: true } });

test('a tab never writes over what a newer release saved, and offers to reload into it', async ({ page, context }) => {
  await open(page, '/#/assessment/values');
  await press(answer(page, 0, '4'));
  await expect.poll(() => stored(page)).toContain('"values.1":4');

  // Another tab, running a newer release, saves.
  const other = await context.newPage();
  await other.goto('/#/method');
  await other.evaluate((text) => localStorage.setItem('rapport', text), NEWER);

  const banner = page.getByRole('alert').filter({ hasText: en.storage_newer });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: en.storage_reload })).toBeVisible();
  // Work goes on in this tab, but nothing it does is written over the
  // newer data, not even when the page is left (which saves at once).
  await press(answer(page, 1, '2'));
  await reload(page);
  expect(await stored(page)).toBe(NEWER);
  await expect(page.getByRole('alert').filter({ hasText: en.storage_newer })).toBeVisible();
});

test('text damaged by another tab is kept as a backup before this tab saves over it', async ({ page, context }) => {
  await open(page, '/#/assessment/values');
  await press(answer(page, 0, '4'));
  await expect.poll(() => stored(page)).toContain('"values.1":4');

  const damaged = '{"format":"rapport","version":3,"data":{"engagements":[{"id":"e1"';
  const other = await context.newPage();
  await other.goto('/#/method');
  await other.evaluate((text) => localStorage.setItem('rapport', text), damaged);

  await press(answer(page, 1, '2'));
  await expect.poll(() => stored(page, 'rapport.backup')).toBe(damaged);
  await expect.poll(() => stored(page)).toContain('"values.2":2');
  const banner = page.getByRole('alert').filter({ hasText: en.storage_kept_unreadable });
  await expect(banner).toBeVisible();
  const download = page.waitForEvent('download');
  await press(banner.getByRole('button', { name: en.download_backup }));
  const file = await (await download).path();
  expect(require('node:fs').readFileSync(file, 'utf8')).toBe(damaged);
});
