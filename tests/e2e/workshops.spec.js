// Several workshops in one engagement, on a tablet with touch, in each
// language: create a second, copy its join link, rename it, close it (a
// pasted result and an opened result link are refused, saying it is
// closed; a participant opening its link is told so), reopen it, and
// delete it only after a confirmation.
const { test, expect, press, open, strings } = require('./fixtures');
const { seed } = require('./seed');
const { resultCode } = require('./result_code');

const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, locale: 'en-GB' };
const digits = (level) => Array.from({ length: 40 }, () => level);
const named = (template, name) => template.replace('{name}', name);
/** A template's text before its first placeholder. */
const lead = (template) => template.split('{')[0].trim();

for (const lang of ['en', 'ru', 'pl']) {
  test(`in ${lang}, an engagement holds two workshops to rename, close, reopen and delete`, async ({ page, browser }) => {
    test.skip(!test.info().project.use.hasTouch, 'the consultant on a tablet');
    test.setTimeout(90_000);
    const t = strings[lang];
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await seed(page, lang);
    await open(page, '/#/workshop');
    // The seeded workshop is open, with its name and roles.
    await expect(page.getByRole('heading', { level: 2, name: 'Kick-off' })).toBeVisible();
    await expect(page.getByText(t.ws_roles_list.replace('{roles}', 'Management, Sales'))).toBeVisible();

    // A second workshop, opened once created.
    await page.getByLabel(t.ws_name_label).fill('Review');
    await page.getByLabel(t.ws_roles_label).fill('Board');
    await press(page.getByRole('button', { name: t.ws_create_another }));
    await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
    const list = page.getByRole('list').filter({ has: page.getByText('Kick-off', { exact: true }) });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').nth(1)).toContainText(t.ws_respondents_count.replace('{count}', '0'));

    // Its join link in full, copied by the Copy button.
    const field = page.getByRole('textbox', { name: t.ws_join_heading });
    const link = await field.inputValue();
    expect(link).toMatch(/#\/join\/\d+\?n=Review&r=Board$/);
    const box = await field.boundingBox();
    expect(await field.evaluate((f) => f.scrollHeight <= f.clientHeight + 1), 'the whole link shows').toBe(true);
    expect(box.width).toBeGreaterThan(200);
    await press(page.getByRole('button', { name: t.copy_named.replace('{field}', t.ws_join_heading) }));
    await expect(page.getByText(t.copied, { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const id = Number(link.match(/#\/join\/(\d+)/)[1]);

    // Renamed.
    await press(page.getByRole('button', { name: named(t.ws_rename_label, 'Review') }));
    await page.getByLabel(named(t.ws_rename_field, 'Review')).fill('Sales review');
    await press(page.getByRole('button', { name: t.eng_save_name }));
    await expect(page.getByRole('heading', { level: 2, name: 'Sales review' })).toBeVisible();
    await expect(field).toHaveValue(/n=Sales%20review&r=Board$/);

    // Closed: the link now carries the day, and results are refused.
    await press(page.getByRole('button', { name: named(t.ws_close_label, 'Sales review') }));
    await expect(page.getByText(lead(t.ws_closed_notice))).toBeVisible();
    await expect(field).toHaveValue(/&c=\d{4}-\d{2}-\d{2}$/);
    const closedLink = await field.inputValue();
    const code = resultCode(id, 1, digits(4));
    await page.getByLabel(t.ws_paste_label).fill(code);
    await press(page.getByRole('button', { name: t.ws_add }));
    await expect(page.getByRole('status').getByRole('listitem')).toHaveText(t.ws_refused_closed.replace('{code}', code.slice(0, 12)));
    await expect(list.getByRole('listitem').nth(1)).toContainText(t.ws_respondents_count.replace('{count}', '0'));
    // A result link opened on this device is refused the same way.
    await open(page, `/#/result/${code}`);
    await expect(page.getByRole('alert')).toHaveText(named(t.result_closed, 'Sales review'));
    await expect(page.getByRole('button', { name: t.result_add })).toHaveCount(0);

    // A participant opening the closed workshop's link is told so.
    const context = await browser.newContext({ ...TABLET });
    const tablet = await context.newPage();
    await open(tablet, closedLink.replace(/^https?:\/\/[^/]+/, ''));
    await tablet.getByLabel(strings.en.language_label).selectOption(lang);
    await expect(tablet.getByRole('status')).toContainText(lead(t.join_closed));
    await expect(tablet.getByRole('button', { name: t.join_finish })).toHaveCount(0);
    await context.close();

    // Reopened, it takes the result.
    await open(page, '/#/workshop');
    await press(page.getByRole('button', { name: named(t.ws_reopen_label, 'Sales review') }));
    await expect(page.getByText(t.ws_taking_results, { exact: true }).first()).toBeVisible();
    await expect(field).toHaveValue(/r=Board$/);
    await page.getByLabel(t.ws_paste_label).fill(code);
    await press(page.getByRole('button', { name: t.ws_add }));
    await expect(page.getByRole('status').getByRole('listitem')).toHaveText(t.ws_added.replace('{code}', code.slice(0, 12)));
    await expect(list.getByRole('listitem').nth(1)).toContainText(t.ws_respondents_count.replace('{count}', '1'));

    // The first one opened again keeps its own (none).
    await press(page.getByRole('button', { name: named(t.ws_open_label, 'Kick-off') }));
    await expect(page.getByRole('heading', { level: 2, name: 'Kick-off' })).toBeVisible();
    await expect(page.getByText(t.ws_none_yet)).toBeVisible();

    // Deleted only after the confirmation; Cancel keeps it.
    const remove = page.getByRole('button', { name: named(t.ws_delete_label, 'Sales review') });
    await press(remove);
    const confirm = page.getByRole('group', { name: named(t.ws_delete_label, 'Sales review') });
    await expect(confirm).toContainText(t.ws_delete_confirm.replace('{name}', 'Sales review').replace('{count}', '1'));
    await press(confirm.getByRole('button', { name: t.cancel }));
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await press(remove);
    await press(confirm.getByRole('button', { name: t.eng_delete_yes }));
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: 'Kick-off' })).toBeVisible();
    // And it stays deleted once saved.
    await expect
      .poll(async () => JSON.parse(await page.evaluate(() => localStorage.getItem('rapport'))).data.engagements[0].workshops.length)
      .toBe(1);
  });
}
