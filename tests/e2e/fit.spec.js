// The cultural-fit checker as a consultant uses it with two companies:
// name them, place both on every scale by tapping, read the verdict, the
// flags with their prompts and both charts, step OCAI points, reload,
// switch language. (Typed and pasted OCAI cells, now and preferred, and the
// 10-point flags: ocai.spec.js.)
const { test, expect, press, open, reload, strings } = require('./fixtures');

const en = strings.en;
const DIMENSIONS = [
  'deal_orientation',
  'horizon',
  'gain_sharing',
  'strategy_focus',
  'bargaining',
  'market_power',
  'partner_choice',
  'stability',
  'deciding',
  'trusting',
  'disagreeing',
  'scheduling',
];

// The supplier maximises deals (1) where the client builds relationships
// (5); on the horizon they differ by 2 (2 and 4); everywhere else both say
// 3. Gaps 4 + 2 over 12 scales: fit = 100 × (1 − 0.5 ÷ 4) = 87.5, shown as
// 88, which alone would be a "go"; the deal-breaker makes it "resolve".
const ANSWERS = {
  deal_orientation: ['1', '5'],
  horizon: ['2', '4'],
};
const answersFor = (d) => ANSWERS[d] ?? ['3', '3'];

/** The radio of `company` on scale `d`, found as a user reads it. */
function radio(page, t, d, company, value) {
  return page
    .getByRole('group', { name: t[`dim_${d}`][0], exact: true })
    .getByRole('group', { name: company, exact: true })
    .getByRole('radio', { name: value, exact: true });
}

/** The values of a row's OCAI cells. */
function values(row) {
  return row.getByRole('textbox').evaluateAll((fields) => fields.map((f) => f.value));
}

async function name(page, label, value) {
  const field = page.getByLabel(label);
  await field.fill(value);
  await field.blur();
}

async function fillBoth(page, t, supplier, client) {
  for (const d of DIMENSIONS) {
    const [s, c] = answersFor(d);
    await press(radio(page, t, d, supplier, s));
    await press(radio(page, t, d, client, c));
  }
}

/** What the consultant reads: score, verdict, flags and prompts, charts. */
async function expectResult(page, t, supplier, client) {
  const summary = page.getByRole('region', { name: t.fit_score_label, exact: true });
  await expect(summary.locator('.index-value')).toHaveText('88');
  await expect(summary).toContainText(t.verdict_resolve);
  await expect(summary).toContainText(t.verdict_resolve_note);
  const flags = page.getByRole('region', { name: t.flags_heading, exact: true }).getByRole('listitem');
  await expect(flags).toHaveCount(2);
  // The deal-breaker first, with its prompt; then the amber gap.
  await expect(flags.nth(0)).toContainText(t.flag_red);
  await expect(flags.nth(0)).toContainText(t.dim_deal_orientation[0]);
  await expect(flags.nth(0)).toContainText(t.dim_deal_orientation_prompt);
  await expect(flags.nth(1)).toContainText(t.flag_amber);
  await expect(flags.nth(1)).toContainText(t.dim_horizon_prompt);
  const butterfly = page.getByRole('img', { name: t.butterfly_title });
  await expect(butterfly.locator('svg')).toHaveCount(1);
  await expect(butterfly).toContainText(supplier);
  await expect(butterfly).toContainText(client);
  const scales = (await butterfly.textContent()).replace(/\s+/g, '');
  expect(scales).toContain(t.dim_scheduling[0].replace(/\s+/g, ''));
  const kite = page.getByRole('img', { name: t.ocai_kite_title.replace('{party}', supplier), exact: true });
  await expect(kite.locator('svg')).toHaveCount(1);
  const types = (await kite.textContent()).replace(/\s+/g, '');
  for (const type of t.ocai_types) expect(types).toContain(type.replace(/\s+/g, ''));
}

test('a consultant profiles both companies by tapping and the verdict holds after a reload', async ({ page }) => {
  await open(page, '/');
  await press(page.getByRole('link', { name: en.home_fit_link }));
  await expect(page.getByRole('heading', { level: 1, name: en.fit_title })).toBeVisible();
  const summary = page.getByRole('region', { name: en.fit_score_label, exact: true });
  await expect(summary).toContainText(en.fit_none);

  await name(page, en.fit_supplier_name, 'Acme');
  await name(page, en.fit_client_name, 'Borealis');
  await fillBoth(page, en, 'Acme', 'Borealis');
  await expect(summary).toContainText('12 of 12');
  await expectResult(page, en, 'Acme', 'Borealis');

  // OCAI: three taps move Acme's market culture from empty to 15 on the
  // first aspect "now"; no other cell moves (since schema version 5 there
  // is no redistribution).
  const acme = page.getByRole('region', { name: en.ocai_profile_now.replace('{party}', 'Acme'), exact: true });
  const more = acme.getByRole('button', {
    name: en.ocai_more.replace('{type}', en.ocai_types[2]).replace('{aspect}', en.ocai_aspects[0]),
  });
  for (let i = 0; i < 3; i += 1) await press(more);
  const row = acme.getByRole('row', { name: new RegExp(`^${en.ocai_aspects[0]}`) });
  await expect.poll(() => values(row)).toEqual(['', '', '15', '']);

  await reload(page);
  await expect(page.getByLabel(en.fit_supplier_name)).toHaveValue('Acme');
  await expectResult(page, en, 'Acme', 'Borealis');
  await expect.poll(() => values(row)).toEqual(['', '', '15', '']);
  await expect(radio(page, en, 'horizon', 'Borealis', '4')).toBeChecked();

  // The client moves to 2 on deals or relationships: both now lean to
  // deals, the red flag goes, and the same fit becomes a "go".
  await press(radio(page, en, 'deal_orientation', 'Borealis', '2'));
  await expect(summary.locator('.index-value')).toHaveText('94');
  await expect(summary).toContainText(en.verdict_go);
  await expect(page.getByRole('region', { name: en.flags_heading, exact: true }).getByRole('listitem')).toHaveCount(1);
});

for (const lang of ['ru', 'pl']) {
  test(`in ${lang}, scales, verdict, flags and charts are translated`, async ({ page }) => {
    const t = strings[lang];
    await open(page, '/#/fit');
    await page.getByLabel(en.language_label).selectOption(lang);
    await expect(page.getByRole('heading', { level: 1, name: t.fit_title })).toBeVisible();
    // Unnamed companies are called by their roles.
    await fillBoth(page, t, t.fit_supplier, t.fit_client);
    await expectResult(page, t, t.fit_supplier, t.fit_client);
    await press(page.getByRole('button', { name: t.chart_table_summary }).first());
    const table = page.getByRole('table', { name: t.butterfly_table_caption });
    const row = table.getByRole('row', { name: new RegExp(`^${t.dim_deal_orientation[0]}`) });
    await expect(row.getByRole('cell')).toHaveText(['1', '5', '4', t.flag_red]);
  });
}

test('an OCAI stepper moves its own cell only, within 0 to 100, and the aspect says what it lacks or holds too many', async ({ page }) => {
  await open(page, '/#/fit');
  const supplier = page.getByRole('region', { name: en.ocai_profile_now.replace('{party}', en.fit_supplier), exact: true });
  const button = (kind, type) =>
    supplier.getByRole('button', {
      name: en[kind].replace('{type}', en.ocai_types[type]).replace('{aspect}', en.ocai_aspects[5]),
    });
  const row = supplier.getByRole('row', { name: new RegExp(`^${en.ocai_aspects[5]}`) });
  // Twenty taps of 5 reach 100, where + stops.
  for (let i = 0; i < 20; i += 1) await press(button('ocai_more', 0));
  await expect.poll(() => values(row)).toEqual(['100', '', '', '']);
  await expect(button('ocai_more', 0)).toBeDisabled();
  await expect(button('ocai_less', 1)).toBeDisabled();
  await expect(row.locator('.ocai-left')).toHaveText(en.ocai_full);
  await press(button('ocai_more', 3));
  await expect.poll(() => values(row)).toEqual(['100', '', '', '5']);
  await expect(row.locator('.ocai-sum')).toHaveText('105');
  await expect(row.locator('.ocai-left')).toHaveText(en.ocai_over.replace('{points}', '5'));
  await press(button('ocai_less', 0));
  await expect(row.locator('.ocai-left')).toHaveText(en.ocai_full);
});
