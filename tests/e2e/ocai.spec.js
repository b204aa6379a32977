// OCAI as Cameron and Quinn designed it, as a consultant enters survey
// results on a tablet: cells typed with a decimal comma or point, stepped,
// or filled at once by pasting a 6 × 4 table; each aspect's sum and what is
// left; now and preferred on each party's kite with its table; a
// difference of 10 points or more flagged; the verdict naming the profiles
// it compares; and the engagement's name offered as the client's.
const { test, expect, press, open, reload, strings } = require('./fixtures');
const { seed } = require('./seed');

const en = strings.en;

/** `pattern` with its `{placeholders}` filled. */
function fill(pattern, values) {
  return Object.entries(values).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, v), pattern);
}

/** The panel of one profile, found by its heading. */
function panel(page, t, side, moment) {
  const party = side === 'supplier' ? t.fit_supplier : t.fit_client;
  const name = fill(moment === 'now' ? t.ocai_profile_now : t.ocai_profile_preferred, { party });
  return page.getByRole('region', { name, exact: true });
}

/** A cell's text field. */
function cell(region, t, aspect, type) {
  return region.getByRole('textbox', {
    name: fill(t.ocai_cell, { type: t.ocai_types[type], aspect: t.ocai_aspects[aspect] }),
    exact: true,
  });
}

/** An aspect's row. */
function row(region, t, aspect) {
  return region.getByRole('row', { name: new RegExp(`^${t.ocai_aspects[aspect].replace(/[()]/g, '\\$&')}`) });
}

async function type(field, text) {
  await press(field);
  await field.fill(text);
  await field.press('Tab');
}

/** Pastes `text` into `field` as a spreadsheet's copy would arrive. */
async function pasteInto(field, text) {
  await field.evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** Six rows of the same four cells, joined by `sep`. */
const block = (sep, cells) => Array(6).fill(cells.join(sep)).join('\n');

for (const lang of ['en', 'ru', 'pl']) {
  test(`in ${lang}, OCAI cells take typed decimals and pasted tables; now and preferred kites and a 10-point flag`, async ({ page }) => {
    const t = strings[lang];
    const mark = lang === 'en' ? '.' : ',';
    const num = (text) => text.replace('.', mark);
    await open(page, '/#/fit');
    if (lang !== 'en') await page.getByLabel(en.language_label).selectOption(lang);
    await expect(page.getByRole('heading', { level: 1, name: t.fit_title })).toBeVisible();

    // Typed, first aspect of the supplier's "now": a decimal point and a
    // decimal comma both read, whatever the language, and the cell keeps
    // the text as typed (as the number fields do); what is left shows as
    // the cells fill, and no other cell moves.
    const now = panel(page, t, 'supplier', 'now');
    await expect(now.getByText(t.ocai_status_empty)).toBeVisible();
    await type(cell(now, t, 0, 0), '37.5');
    await type(cell(now, t, 0, 1), '22,5');
    await expect(cell(now, t, 0, 0)).toHaveValue('37.5');
    await expect(cell(now, t, 0, 1)).toHaveValue('22,5');
    await expect(cell(now, t, 0, 2)).toHaveValue('');
    const first = row(now, t, 0);
    await expect(first.locator('.ocai-sum')).toHaveText('60');
    await expect(first.locator('.ocai-left')).toHaveText(fill(t.ocai_left, { points: '40' }));
    // A stepper moves its own cell only: market from empty to 5, then
    // typed to 25; hierarchy typed 15 completes the aspect.
    await press(now.getByRole('button', { name: fill(t.ocai_more, { type: t.ocai_types[2], aspect: t.ocai_aspects[0] }) }));
    await expect(cell(now, t, 0, 2)).toHaveValue('5');
    await expect(cell(now, t, 0, 0)).toHaveValue('37.5');
    await type(cell(now, t, 0, 2), '25');
    await type(cell(now, t, 0, 3), '15');
    await expect(first.locator('.ocai-sum')).toHaveText('100');
    await expect(first.locator('.ocai-left')).toHaveText(t.ocai_full);
    await expect(now.getByText(fill(t.ocai_status_incomplete, { count: '1', total: '6' }))).toBeVisible();
    // Text that is no number is refused with its reason; the cell keeps 15.
    await type(cell(now, t, 0, 3), 'abc');
    await expect(now.getByRole('status')).toContainText('abc');
    await expect(first.locator('.ocai-sum')).toHaveText('100');

    // Pasted into the "Paste a table" box: the supplier's preferred, a
    // decimal comma, semicolons. A bad table first: it says where, and
    // changes nothing.
    const preferred = panel(page, t, 'supplier', 'preferred');
    await press(preferred.getByText(t.ocai_paste_label, { exact: true }).first());
    const box = preferred.getByRole('textbox', { name: t.ocai_paste_label, exact: true });
    const bad = ['20;30;30;20', '20;30;30;20', '20;30;30', '20;30;30;20', '20;30;30;20', '20;30;30;20'].join('\n');
    await box.fill(bad);
    await press(preferred.getByRole('button', { name: t.ocai_paste_fill }));
    await expect(preferred.getByRole('status')).toHaveText(fill(t.ocai_block_cells, { row: '3', count: '3' }));
    await expect(cell(preferred, t, 0, 0)).toHaveValue('');
    await box.fill(block(';', ['22,5', '27,5', '30', '20']));
    await press(preferred.getByRole('button', { name: t.ocai_paste_fill }));
    await expect(preferred.getByRole('status')).toHaveText(t.ocai_paste_done);
    await expect(cell(preferred, t, 5, 0)).toHaveValue(num('22.5'));
    await expect(preferred.getByText(t.ocai_status_whole)).toBeVisible();

    // Pasted into a cell: the client's "now", tabs and decimal points,
    // fills the whole profile at once.
    const client = panel(page, t, 'client', 'now');
    await pasteInto(cell(client, t, 2, 1), block('\t', ['25', '25', '37.5', '12.5']));
    await expect(client.getByRole('status')).toHaveText(t.ocai_paste_done);
    await expect(cell(client, t, 0, 2)).toHaveValue(num('37.5'));
    await expect(cell(client, t, 5, 3)).toHaveValue(num('12.5'));
    await expect(client.getByText(t.ocai_status_whole)).toBeVisible();

    // The supplier's kite draws both series; its table holds their values.
    // Clan: now 37.5 (the one complete aspect), preferred 22.5: −15, flagged.
    const kiteName = fill(t.ocai_kite_title, { party: t.fit_supplier });
    const kite = page.getByRole('img', { name: kiteName, exact: true });
    await expect(kite.locator('svg')).toHaveCount(1);
    const drawn = (await kite.textContent()).replace(/\s+/g, '');
    expect(drawn).toContain(t.ocai_now.replace(/\s+/g, ''));
    expect(drawn).toContain(t.ocai_preferred.replace(/\s+/g, ''));
    expect(await kite.locator('svg polygon, svg path, svg polyline').count()).toBeGreaterThan(1);
    const table = page.getByRole('table', { name: fill(t.ocai_kite_caption, { party: t.fit_supplier }), exact: true });
    const clan = table.getByRole('row', { name: new RegExp(`^${t.ocai_types[0].replace(/[()]/g, '\\$&')}`) });
    await expect(clan.getByRole('cell')).toHaveText([num('37.5'), num('22.5'), `\u221215 ${t.ocai_flag_mark}`]);
    // Market: now 25, preferred 30: +5, not flagged.
    const market = table.getByRole('row', { name: new RegExp(`^${t.ocai_types[2].replace(/[()]/g, '\\$&')}`) });
    await expect(market.getByRole('cell')).toHaveText(['25', '30', '+5']);

    // The comparisons: supplier now vs client now is named in the fit's
    // summary and flags hierarchy (15 vs 12.5 is not; clan 37.5 vs 25 is).
    const versus = fill(t.ocai_versus, {
      from: fill(t.ocai_profile_now, { party: t.fit_supplier }),
      to: fill(t.ocai_profile_now, { party: t.fit_client }),
    });
    const summary = page.getByRole('region', { name: t.fit_score_label, exact: true });
    await expect(summary).toContainText(fill(t.fit_compared_ocai, { comparison: versus }));
    const compared = page.getByRole('region', { name: t.ocai_compared_heading, exact: true });
    const first_pair = compared.getByRole('listitem').first();
    await expect(first_pair).toContainText(versus);
    await expect(first_pair).toContainText(fill(t.ocai_flag_type, { type: t.ocai_types[0], difference: `\u2212${num('12.5')}` }));
    await expect(compared.getByRole('listitem')).toHaveCount(2);

    // Everything is kept across a reload (after the debounced save).
    await expect.poll(() => page.evaluate(() => localStorage.getItem('rapport') ?? '')).toContain('"preferred":[[22.5');
    await reload(page);
    await expect(cell(panel(page, t, 'supplier', 'now'), t, 0, 0)).toHaveValue(num('37.5'));
    await expect(cell(panel(page, t, 'client', 'now'), t, 5, 3)).toHaveValue(num('12.5'));
  });
}

test('a language switch keeps what was typed into an OCAI cell, read or refused, with its reason', async ({ page }) => {
  const [pl, ru] = [strings.pl, strings.ru];
  const cellName = (t, aspect, type) => fill(t.ocai_cell, { type: t.ocai_types[type], aspect: t.ocai_aspects[aspect] });
  const reason = (t, text) => fill(t.ocai_cell_invalid_empty, { cell: cellName(t, 1, 1), text });
  await open(page, '/#/fit');
  await page.getByLabel(en.language_label).selectOption('pl');
  let now = panel(page, pl, 'supplier', 'now');
  // The first aspect complete (22.5 + 27.5 + 30 + 20 = 100), so the kite
  // shows its means; a text that cannot be read in the second.
  for (const [kind, text] of [[0, '22,5'], [1, '27,5'], [2, '30'], [3, '20']]) await type(cell(now, pl, 0, kind), text);
  await type(cell(now, pl, 1, 1), '37,5x');
  await expect(now.getByRole('status')).toHaveText(reason(pl, '37,5x'));
  await expect(cell(now, pl, 1, 1)).toHaveAttribute('aria-invalid', 'true');

  // In English: the texts as typed, the reason in English, and the sum
  // and the kite's table use 22.5.
  await page.getByLabel(pl.language_label).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  now = panel(page, en, 'supplier', 'now');
  await expect(cell(now, en, 0, 0)).toHaveValue('22,5');
  await expect(cell(now, en, 1, 1)).toHaveValue('37,5x');
  await expect(cell(now, en, 1, 1)).toHaveAttribute('aria-invalid', 'true');
  await expect(now.getByRole('status')).toHaveText(reason(en, '37,5x'));
  await expect(row(now, en, 0).locator('.ocai-sum')).toHaveText('100');
  const table = page.getByRole('table', { name: fill(en.ocai_kite_caption, { party: en.fit_supplier }), exact: true });
  const clan = table.getByRole('row', { name: new RegExp(`^${en.ocai_types[0].replace(/[()]/g, '\\$&')}`) });
  await expect(clan.getByRole('cell').first()).toHaveText('22.5');

  // And again in Russian.
  await page.getByLabel(en.language_label).selectOption('ru');
  now = panel(page, ru, 'supplier', 'now');
  await expect(cell(now, ru, 0, 0)).toHaveValue('22,5');
  await expect(cell(now, ru, 1, 1)).toHaveValue('37,5x');
  await expect(now.getByRole('status')).toHaveText(reason(ru, '37,5x'));

  // A step gives the cell back to its value; a reload shows the stored
  // values in the language, the refused text gone.
  await press(now.getByRole('button', { name: fill(ru.ocai_more, { type: ru.ocai_types[1], aspect: ru.ocai_aspects[1] }) }));
  await expect(cell(now, ru, 1, 1)).toHaveValue('5');
  await expect(cell(now, ru, 1, 1)).toHaveAttribute('aria-invalid', 'false');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('rapport') ?? '')).toContain('[null,5');
  await page.getByLabel(ru.language_label).selectOption('en');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('rapport') ?? '')).toContain('"language":"en"');
  await reload(page);
  now = panel(page, en, 'supplier', 'now');
  await expect(cell(now, en, 0, 0)).toHaveValue('22.5');
  await expect(cell(now, en, 1, 1)).toHaveValue('5');
});

test("the engagement's name is offered as the client's, never over a typed one", async ({ page }) => {
  const store = JSON.stringify({
    format: 'rapport',
    version: 5,
    data: { engagements: [{ id: 'e1', name: 'Borealis' }], current: 'e1' },
  });
  await seed(page, 'en', store);
  await open(page, '/#/fit');
  const use = page.getByRole('button', { name: fill(en.fit_use_engagement, { name: 'Borealis' }) });
  await press(use);
  await expect(page.getByLabel(en.fit_client_name)).toHaveValue('Borealis');
  await expect(use).toHaveCount(0);
  // A name typed over it stays, and nothing is offered again.
  const field = page.getByLabel(en.fit_client_name);
  await field.fill('Nordic');
  await field.blur();
  await expect(use).toHaveCount(0);
  await reload(page);
  await expect(page.getByLabel(en.fit_client_name)).toHaveValue('Nordic');
});
