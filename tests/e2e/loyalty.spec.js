// The loyalty economics as a consultant uses it with a client's figures:
// change them and watch the numbers and charts, switch contested effects
// off, survive bad input, save and compare scenarios, reload, and read it
// all in Russian and Polish number formats.
const { test, expect, press, open, reload, strings } = require('./fixtures');

const en = strings.en;
const FIELD = {
  customers: 0,
  acquisition: 1,
  revenue: 2,
  retention: 4,
  discount: 11,
  horizon: 12,
};

/** A figure's text field, found by its label as the user reads it. */
const field = (page, t, index) => page.getByLabel(t.econ_fields[index], { exact: true });

/** The value shown for a key number, by its label. */
function number(page, label) {
  return page
    .getByRole('region', { name: strings.en.econ_numbers_heading })
    .locator('div', { has: page.getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition');
}

async function type(page, t, index, text) {
  const input = field(page, t, index);
  await input.fill(text);
}

test('changing the figures and switching effects off moves the numbers and charts', async ({ page }) => {
  await open(page, '/');
  await press(page.getByRole('link', { name: en.home_loyalty_link }));
  await expect(page.getByRole('heading', { level: 1, name: en.econ_title })).toBeVisible();
  // The default figures, every effect on: 1,000 customers acquired at 300,
  // revenue 1,000 at 30 % margin, service 60 falling to 33.3 % of it from
  // year 2, 5 % revenue growth, 0.1 referral worth 100, 1 % price premium a
  // year, retention 80 %, discount 10 %, 10 years. Profit per retained
  // customer in year t (tenure t − 1): 300 − 60 + 300·(1.05^(t−1) − 1)
  // + (60 − 19.98) from year 2 + 10 + 10·(t − 1): 250.00, 315.02, 340.77 …
  // 545.42; discounted by 0.8^t / 1.1^t: 181.82, 166.62, 131.09 … 22.58,
  // summing to 863.34. CLV = 863.34 − 300 = 563.34 per customer; the cohort
  // 563,343; cumulative −118,182 after year 1 and +48,440 after year 2, so
  // it breaks even in year 2.
  const clv = number(page, en.econ_clv);
  await expect(clv).toHaveText('563 EUR');
  await expect(number(page, en.econ_cohort_value)).toHaveText('563,343 EUR');
  await expect(number(page, en.econ_break_even)).toHaveText('Year 2');

  const cumulative = page.getByRole('img', { name: en.chart_cumulative_title });
  const before = await cumulative.innerHTML();
  await type(page, en, FIELD.retention, '90');
  await expect(clv).not.toHaveText('563 EUR');
  expect(await cumulative.innerHTML()).not.toBe(before);
  await expect(page.getByRole('img', { name: en.chart_sensitivity_title })).toContainText(en.mark_plus_five);
  await type(page, en, FIELD.retention, '80');
  await expect(clv).toHaveText('563 EUR');

  // Each effect switched off lowers the lifetime value.
  let previous = 563;
  for (const name of en.econ_effects) {
    await press(page.getByRole('checkbox', { name }));
    await expect(page.getByRole('checkbox', { name })).not.toBeChecked();
    await expect(clv).not.toHaveText(`${previous} EUR`);
    const now = Number((await clv.textContent()).replace(/[^0-9-]/g, ''));
    expect(now).toBeLessThan(previous);
    previous = now;
  }
  // With every effect off the margin is constant and the closed form
  // applies: 240 × 0.8 ÷ (1 + 0.1 − 0.8) − 300 = 340.
  await expect(number(page, en.econ_clv_closed)).toHaveText('340 EUR');
  await press(page.getByRole('button', { name: en.chart_table_summary }).nth(1));
  const tenure = page.getByRole('table', { name: en.chart_tenure_caption });
  const year5 = tenure.getByRole('row', { name: /^5 / });
  // Only base profit is left: revenue 1,000 × 30 % − 60 to serve.
  await expect(year5.getByRole('cell')).toHaveText(['0 EUR', '240 EUR', '0 EUR', '0 EUR', '0 EUR', '0 EUR', '240 EUR']);

  await reload(page);
  await expect(number(page, en.econ_clv_closed)).toHaveText('340 EUR');
  await expect(page.getByRole('checkbox', { name: en.econ_effects[0] })).not.toBeChecked();
});

test('bad input is named at the field and never reaches the charts', async ({ page }) => {
  await open(page, '/#/loyalty');
  // 563 EUR with the default figures: derived in the first test.
  const clv = number(page, en.econ_clv);
  await expect(clv).toHaveText('563 EUR');
  const retention = field(page, en, FIELD.retention);
  const cases = [
    ['abc', en.error_not_number],
    ['150', en.error_range.replace('{min}', '0').replace('{max}', '100')],
    ['-5', en.error_range.replace('{min}', '0').replace('{max}', '100')],
    ['', en.error_empty],
    ['1e5', en.error_not_number],
  ];
  for (const [text, message] of cases) {
    await retention.fill(text);
    // The reason, and the value the charts keep using: 80 %.
    await expect(page.getByRole('alert')).toHaveText(`${message} ${en.number_in_use.replace('{value}', '80 %')}`);
    await expect(retention).toHaveAttribute('aria-invalid', 'true');
    await expect(clv).toHaveText('563 EUR');
  }
  // Nothing bad was stored: a reload shows the last valid value.
  await reload(page);
  await expect(retention).toHaveValue('80');

  // The edges all work, and nothing shows NaN or infinity.
  for (const [index, text] of [
    [FIELD.retention, '0'],
    [FIELD.retention, '100'],
    [FIELD.horizon, '30'],
    [FIELD.revenue, '1000000000000'],
    [FIELD.customers, '1,000,000,000,000'],
  ]) {
    await type(page, en, index, text);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await expect(page.locator('main')).not.toContainText('NaN');
  await expect(page.locator('main')).not.toContainText('inf');
  await press(page.getByRole('button', { name: en.chart_table_summary }).nth(2));
  await expect(page.getByRole('table', { name: en.chart_cumulative_caption }).getByRole('row')).toHaveCount(32);
});

test('two scenarios are saved, compared and still there after a reload', async ({ page }) => {
  await open(page, '/#/loyalty');
  await page.getByLabel(en.scenario_name).fill('Today');
  await press(page.getByRole('button', { name: en.scenario_save }));
  await type(page, en, FIELD.retention, '85');
  await page.getByLabel(en.scenario_name).fill('With a loyalty programme');
  await press(page.getByRole('button', { name: en.scenario_save }));

  const panel = page.getByRole('region', { name: en.scenarios_heading });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  const chart = page.getByRole('img', { name: en.chart_compare_title });
  await expect(chart).toContainText('Today');
  await expect(chart).toContainText('With a loyalty programme');
  const table = page.getByRole('table', { name: en.chart_compare_caption });
  await expect(table.getByRole('row', { name: new RegExp(`^${en.col_retention}`) }).getByRole('cell')).toHaveText(['80 %', '85 %', '+5 %']);
  // Every input that differs is listed, with its difference.
  await expect(table.getByRole('rowheader', { name: en.compare_inputs })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`^${en.econ_fields[FIELD.retention]}`) }).getByRole('cell')).toHaveText(['80 %', '85 %', '+5 %']);

  // A taken name is not saved twice: replace it or choose another.
  await type(page, en, FIELD.retention, '86');
  await page.getByLabel(en.scenario_name).fill('today');
  await press(page.getByRole('button', { name: en.scenario_save }));
  await expect(page.getByRole('alert')).toContainText(en.scenario_name_taken.replace('{name}', 'Today'));
  await press(page.getByRole('button', { name: en.cancel }));
  await expect(panel.getByRole('listitem')).toHaveCount(2);

  await reload(page);
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  // 86 % is in no scenario: opening "Today" asks first, and can be cancelled.
  const openToday = panel.getByRole('button', { name: en.scenario_open_label.replace('{name}', 'Today') });
  await press(openToday);
  await expect(page.getByRole('alert')).toContainText(en.scenario_unsaved.replace('{name}', 'Today'));
  await press(page.getByRole('button', { name: en.cancel }));
  await expect(field(page, en, FIELD.retention)).toHaveValue('86');
  await press(openToday);
  await press(page.getByRole('button', { name: en.scenario_discard }));
  // Opening "Today" brings its figures back into the form.
  await expect(field(page, en, FIELD.retention)).toHaveValue('80');
  // Now kept in "Today": opening another asks nothing.
  await press(panel.getByRole('button', { name: en.scenario_open_label.replace('{name}', 'With a loyalty programme') }));
  await expect(field(page, en, FIELD.retention)).toHaveValue('85');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await press(openToday);
  await expect(field(page, en, FIELD.retention)).toHaveValue('80');
  await press(panel.getByRole('button', { name: en.scenario_delete_label.replace('{name}', 'Today') }));
  await expect(panel.getByRole('listitem')).toHaveCount(1);
});

for (const lang of ['ru', 'pl']) {
  test(`in ${lang}, labels and number formats follow the language`, async ({ page }) => {
    const t = strings[lang];
    await open(page, '/#/loyalty');
    await page.getByLabel(en.language_label).selectOption(lang);
    await expect(page.getByRole('heading', { level: 1, name: t.econ_title })).toBeVisible();
    const numbers = page.getByRole('region', { name: t.econ_numbers_heading });
    // Grouping with a (no-break) space, not a comma.
    await expect(numbers).toContainText(/563\s343\sEUR/);
    await expect(page.getByRole('img', { name: t.chart_costs_title })).toContainText(t.cost_lines[1]);
    // A decimal comma is read as such, and written back the same way.
    const discount = field(page, t, FIELD.discount);
    await discount.fill('12,5');
    await discount.blur();
    await expect(discount).toHaveValue('12,5');
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The horizon's unit agrees with its number (1 год, 2 года, 10 лет).
    const horizon = field(page, t, FIELD.horizon);
    const unit = page.locator('.figure', { has: horizon }).locator('.unit');
    for (const [years, form] of [['1', 'one'], ['2', 'few'], ['10', 'many']]) {
      await horizon.fill(years);
      await expect(unit).toHaveText(t.unit_years[form]);
    }
    await page.getByLabel(t.econ_currency).selectOption('PLN');
    await expect(numbers).toContainText('PLN');
    await reload(page);
    await expect(field(page, t, FIELD.discount)).toHaveValue('12,5');
  });
}
