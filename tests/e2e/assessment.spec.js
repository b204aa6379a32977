// The readiness assessment as a workshop participant and a consultant use
// it: answer every statement by tapping, read the results and charts,
// reload, switch language, save and compare snapshots.
const { test, expect, press, open, reload, strings } = require('./fixtures');

const en = strings.en;
const COMPONENTS = ['values', 'leadership', 'strategy', 'structure', 'people', 'technology', 'knowledge', 'process'];

// The answers given: values and culture all 2 (score 25), process four 5s
// and one "don't know" (score 100 from 4 of 5), every other component all 4
// (score 75). Equal weights: (25 + 6 × 75 + 100) / 8 = 71.875, shown as 72,
// in the "developing" band; values and culture is the weakest.
function answerFor(component, index) {
  if (component === 'values') return '2';
  if (component === 'process') return index === 2 ? 'dont_know' : '5';
  return '4';
}

/** Text without white space: a long axis name is drawn on two lines. */
const flat = (text) => text.replace(/\s+/g, '');

/** The statement's fieldset, found by its text as the user reads it. */
function statement(page, t, component, index) {
  return page.getByRole('group', { name: t[`q_${component}`][index] });
}

/** Taps one answer of a statement and checks it took. */
async function answer(page, t, component, index) {
  const value = answerFor(component, index);
  const name = value === 'dont_know' ? t.dont_know : value;
  const radio = statement(page, t, component, index).getByRole('radio', { name, exact: true });
  await press(radio);
  await expect(radio).toBeChecked();
}

/** Answers all 40 statements, component by component, as a participant. */
async function answerEverything(page, t) {
  for (const [i, component] of COMPONENTS.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: t[`component_${component}`], exact: true })).toBeVisible();
    const first = statement(page, t, component, 0);
    await expect(first.getByText(t.item_unanswered)).toBeVisible();
    for (let index = 0; index < 5; index += 1) await answer(page, t, component, index);
    await expect(first.getByText(t.item_unanswered)).toHaveCount(0);
    const next = COMPONENTS[i + 1];
    if (next) {
      await press(page.getByRole('link', { name: t.next_component.replace('{name}', t[`component_${next}`]) }));
    }
  }
}

/** The results a consultant reads: index, band, weakest component, charts. */
async function expectResults(page, t) {
  await expect(page.getByRole('heading', { level: 1, name: t.results_title })).toBeVisible();
  const summary = page.getByRole('region', { name: t.index_label });
  await expect(summary.locator('.index-value')).toHaveText('72');
  await expect(summary).toContainText(t.band_developing);
  const weakest = page.getByRole('note');
  await expect(weakest.getByRole('heading', { name: t.weakest_heading })).toBeVisible();
  await expect(weakest).toContainText(t.component_values);
  // The charts carry their axes in the user's language.
  const radar = page.getByRole('img', { name: t.radar_title });
  await expect(radar.locator('svg')).toHaveCount(1);
  const axes = flat(await radar.textContent());
  for (const c of COMPONENTS) expect(axes).toContain(flat(t[`component_${c}`]));
  const gaps = page.getByRole('img', { name: t.gaps_title });
  await expect(gaps).toContainText(t.component_values);
  await expect(gaps.locator('svg')).toHaveCount(1);
}

test('a participant answers every statement by tapping and the results hold after a reload', async ({ page }) => {
  await open(page, '/');
  await press(page.getByRole('link', { name: en.home_assessment_link }));
  await expect(page.getByRole('heading', { level: 1, name: en.assessment_title })).toBeVisible();
  await expect(page.getByText(en.progress_overall.replace('{answered}', '0').replace('{total}', '40'))).toBeVisible();

  await answerEverything(page, en);
  await expect(page.getByText(en.progress_overall.replace('{answered}', '40').replace('{total}', '40'))).toBeVisible();
  // The profile beside the statements is drawn as the answers come in.
  await expect(page.getByRole('img', { name: en.profile_so_far })).toContainText(en.component_process);
  // A reload straight after the last tap keeps it: leaving the page saves.
  await press(statement(page, en, 'process', 4).getByRole('radio', { name: '4', exact: true }));
  await reload(page);
  await expect(statement(page, en, 'process', 4).getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await press(statement(page, en, 'process', 4).getByRole('radio', { name: '5', exact: true }));

  await press(page.getByRole('link', { name: en.see_results }));
  await expectResults(page, en);
  // "Don't know" is uncertainty, not a low score: process is 4 of 5 answered.
  await press(page.getByRole('button', { name: en.chart_table_summary }).first());
  const table = page.getByRole('table', { name: en.radar_table_caption });
  const processRow = table.getByRole('row', { name: new RegExp(`^${en.component_process}`) });
  await expect(processRow.getByRole('cell').nth(0)).toHaveText('100.0');
  await expect(processRow.getByRole('cell').nth(1)).toHaveText('4 of 5');

  await reload(page);
  await expectResults(page, en);
  await press(page.getByRole('link', { name: en.back_to_questions }));
  await expect(statement(page, en, 'values', 0).getByRole('radio', { name: '2', exact: true })).toBeChecked();
});

for (const lang of ['ru', 'pl']) {
  test(`in ${lang}, statements, labels and chart axes are translated`, async ({ page }) => {
    const t = strings[lang];
    await open(page, '/#/assessment/values');
    await page.getByLabel(en.language_label).selectOption(lang);
    await expect(page.getByRole('heading', { level: 1, name: t.assessment_title })).toBeVisible();
    await answerEverything(page, t);
    await press(page.getByRole('link', { name: t.see_results }));
    await expectResults(page, t);
    // Numbers follow the language: one decimal with a comma.
    await press(page.getByRole('button', { name: t.chart_table_summary }).first());
    const table = page.getByRole('table', { name: t.radar_table_caption });
    await expect(table.getByRole('row', { name: new RegExp(`^${t.component_process}`) }).getByRole('cell').first()).toHaveText('100,0');
  });
}

test('an unanswered statement stays visibly unanswered and progress counts per component', async ({ page }) => {
  await open(page, '/#/assessment/strategy');
  await answer(page, en, 'strategy', 0);
  const nav = page.getByRole('navigation', { name: en.components_nav_label });
  await expect(nav.getByRole('link', { name: new RegExp(en.component_strategy) })).toContainText('1 of 5');
  await expect(nav.getByRole('link', { name: new RegExp(en.component_strategy) })).toHaveAttribute('aria-current', 'page');
  await expect(statement(page, en, 'strategy', 1).getByText(en.item_unanswered)).toBeVisible();
  await expect(statement(page, en, 'strategy', 0).getByText(en.item_unanswered)).toHaveCount(0);
  // Free navigation: jump straight to the last component and back.
  await press(nav.getByRole('link', { name: new RegExp(en.component_process) }));
  await expect(page.getByRole('heading', { level: 2, name: en.component_process, exact: true })).toBeVisible();
  await press(nav.getByRole('link', { name: new RegExp(en.component_strategy) }));
  await expect(statement(page, en, 'strategy', 0).getByRole('radio', { name: '4', exact: true })).toBeChecked();
});

test('with nothing answered the results say so instead of showing a score', async ({ page }) => {
  await open(page, '/#/assessment/results');
  await expect(page.getByRole('heading', { level: 1, name: en.results_title })).toBeVisible();
  await expect(page.getByText(en.index_none).first()).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByText('NaN')).toHaveCount(0);
});

test('weights and targets change the index and the priorities', async ({ page }) => {
  await open(page, '/#/assessment/values');
  for (let i = 0; i < 5; i += 1) await answer(page, en, 'values', i);
  await open(page, '/#/assessment/leadership');
  for (let i = 0; i < 5; i += 1) await answer(page, en, 'leadership', i);
  await open(page, '/#/assessment/results');
  const value = page.getByRole('region', { name: en.index_label }).locator('.index-value');
  await expect(value).toHaveText('50'); // (25 + 75) / 2
  await page.getByRole('combobox', { name: en.weight_for.replace('{name}', en.component_leadership) }).selectOption({ label: '3.0' });
  await expect(value).toHaveText('63'); // (25 + 3 × 75) / 4 = 62.5
  // Leadership at 75 against a target of 70 has no gap, so only values and
  // culture remains a priority.
  await page.getByRole('combobox', { name: en.target_for.replace('{name}', en.component_leadership) }).selectOption('70');
  await press(page.getByRole('button', { name: en.chart_table_summary }).nth(1));
  const priorities = page.getByRole('table', { name: en.gaps_table_caption });
  await expect(priorities.getByRole('row')).toHaveCount(2);
  await reload(page);
  await expect(value).toHaveText('63');
});

test('two snapshots are saved, listed and compared', async ({ page }) => {
  await open(page, '/#/assessment/values');
  for (let i = 0; i < 5; i += 1) await answer(page, en, 'values', i);
  await open(page, '/#/assessment/results');
  await page.getByLabel(en.snapshot_name_label).fill('Before');
  await press(page.getByRole('button', { name: en.snapshot_save }));
  // Saving says so beside the button, naming the snapshot.
  await expect(page.locator('.saved-note[role="status"]')).toContainText(
    `${en.snapshot_saved.split('{name}')[0]}`,
  );
  await expect(page.locator('.saved-note[role="status"]')).toContainText('Before');
  await open(page, '/#/assessment/values');
  await press(statement(page, en, 'values', 0).getByRole('radio', { name: '5', exact: true }));
  await open(page, '/#/assessment/results');
  await page.getByLabel(en.snapshot_name_label).fill('After');
  await press(page.getByRole('button', { name: en.snapshot_save }));
  const list = page.getByRole('region', { name: en.snapshots_heading });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Before');
  await expect(list).toContainText('After');
  await reload(page);
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Earlier defaults to the oldest snapshot; pick "After" as the later one.
  const later = page.getByLabel(en.compare_later);
  const after = await later.locator('option', { hasText: 'After' }).getAttribute('value');
  await later.selectOption(after);
  await expect(page.getByRole('img', { name: en.compare_heading })).toContainText('Before');
  const deltas = page.getByRole('table', { name: en.delta_table_caption });
  // Values and culture: 25 before, (100 + 4 × 25) / 5 = 40 after.
  const row = deltas.getByRole('row', { name: new RegExp(`^${en.component_values}`) });
  await expect(row.getByRole('cell')).toHaveText(['25.0', '40.0', '+15.0']);

  await press(list.getByRole('button', { name: /Before/ }));
  await expect(list.getByRole('listitem')).toHaveCount(1);
});

test('two snapshots of the same day and name are told apart in the list, the pickers and the legend', async ({ page }) => {
  await open(page, '/#/assessment/values');
  for (let i = 0; i < 5; i += 1) await answer(page, en, 'values', i);
  await open(page, '/#/assessment/results');
  const list = page.getByRole('region', { name: en.snapshots_heading });
  for (let n = 1; n <= 2; n += 1) {
    await page.getByLabel(en.snapshot_name_label).fill('Review');
    await press(page.getByRole('button', { name: en.snapshot_save }));
    await expect(list.getByRole('listitem')).toHaveCount(n);
  }
  await expect(list.getByRole('listitem').nth(0)).toContainText('Review (1)');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Review (2)');
  // Compared with each other: one legend entry each, never merged.
  const later = page.getByLabel(en.compare_later);
  const second = await later.locator('option', { hasText: 'Review (2)' }).getAttribute('value');
  await later.selectOption(second);
  const chart = page.getByRole('img', { name: en.compare_heading });
  await expect(chart.locator('svg text', { hasText: 'Review (1)' })).toHaveCount(1);
  await expect(chart.locator('svg text', { hasText: 'Review (2)' })).toHaveCount(1);
});
