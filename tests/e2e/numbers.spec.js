// Numbers as people type them, on a tablet with touch, in each language:
// a comma or a point gives the same results; text that cannot be read says
// why and which value the figures keep using, and they keep it; a language
// switch keeps what was typed; a reload shows the stored value in the
// language; an example figure's hint goes once the figure is changed.
const { test, expect, press, open, reload, strings } = require('./fixtures');
const { seed, store } = require('./seed');

test.beforeEach(() => {
  test.skip(!test.info().project.use.hasTouch, 'these flows are the tablet\'s');
});

const MARGIN = 3;
const CUSTOMERS = 0;

/** `template` with each `{name}` replaced, as `i18n::fill` does. */
const fill = (template, values) =>
  Object.entries(values).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, v), template);

/** Text as `toHaveText` compares it: every space an ordinary one. */
const spaces = (text) => text.replace(/\u00a0/g, ' ');

/**
 * The seeded store in `lang` with every loyalty effect off, so that the
 * closed form applies and can be derived by hand.
 */
function seeded(lang) {
  const data = JSON.parse(store(lang));
  for (const engagement of data.data.engagements) {
    engagement.economics.effects = { cost_savings: false, revenue_growth: false, referrals: false, price_premium: false };
  }
  return JSON.stringify(data);
}

/** A figure's text field, by its label. */
const figure = (page, t, index) => page.getByLabel(t.econ_fields[index], { exact: true });

/** The value shown for a key number, by its label. */
const keyNumber = (page, t, label) =>
  page
    .getByRole('region', { name: t.econ_numbers_heading })
    .locator('div', { has: page.getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition');

/** The stored workspace's text, once saved. */
const stored = (page) => page.evaluate(() => localStorage.getItem('rapport'));

// The seeded figures: revenue 12,500 PLN, service 60, retention 80 %,
// discount 10 %, acquisition 300, every effect off. With a margin of
// 22.5 %: m = 12,500 × 0.225 − 60 = 2,752.5; the closed form
// m·r / (1 + i − r) − AC = 2,752.5 × 0.8 / 0.3 − 300 = 7,340 − 300 = 7,040.
// With the seeded 30 %: (3,750 − 60) × 0.8 / 0.3 − 300 = 9,840 − 300 = 9,540.
const CLOSED = { en: '7,040 PLN', ru: '7 040 PLN', pl: '7040 PLN' };
const CLOSED_BEFORE = { en: '9,540 PLN', ru: '9 540 PLN', pl: '9540 PLN' };
// 22.5 as each language writes it, and the text that reads two ways
// there: in English a comma groups (22500, out of range), in Russian and
// Polish a point does; the other reading, 22.5, is a percentage.
const SHOWN = { en: '22.5', ru: '22,5', pl: '22,5' };
const TWO_WAYS = { en: '22,500', ru: '22.500', pl: '22.500' };

for (const lang of ['en', 'ru', 'pl']) {
  const t = strings[lang];

  test(`${lang}: "22,5" and "22.5" give the same results, and the example's hint goes`, async ({ page }) => {
    await seed(page, lang, seeded(lang));
    await open(page, '/#/loyalty');
    const margin = figure(page, t, MARGIN);
    const closed = keyNumber(page, t, t.econ_clv_closed);
    await expect(closed).toHaveText(CLOSED_BEFORE[lang]);
    // The seeded margin is the example's (30 %), so its hint says so.
    await expect(margin).toHaveAccessibleDescription(t.source_example);
    const results = [];
    for (const text of ['22,5', '22.5']) {
      await margin.fill(text);
      await expect(closed).toHaveText(CLOSED[lang]);
      await expect(margin).toHaveValue(text);
      await expect(margin).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect.poll(() => stored(page)).toContain('"margin":22.5');
      results.push(await page.getByRole('region', { name: t.econ_numbers_heading }).innerText());
    }
    expect(results[1]).toBe(results[0]);
    // Changed from the example: its hint has gone, and says what it was.
    await expect(margin).toHaveAccessibleDescription(spaces(fill(t.source_changed, { value: '30' })));
    // Fifteen figures are examples (all but the lecture notes' and the
    // discount's); the seed changed the revenue, this test the margin.
    await expect(page.getByText(t.source_example)).toHaveCount(13);
    // A percentage may carry its sign.
    await margin.fill(`${SHOWN[lang]} %`);
    await expect(closed).toHaveText(CLOSED[lang]);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test(`${lang}: text that cannot be read says why and which value the figures keep`, async ({ page }) => {
    await seed(page, lang, seeded(lang));
    await open(page, '/#/loyalty');
    const margin = figure(page, t, MARGIN);
    const closed = keyNumber(page, t, t.econ_clv_closed);
    await margin.fill('22,5');
    await expect(closed).toHaveText(CLOSED[lang]);
    const inUse = fill(t.number_in_use, { value: `${SHOWN[lang]} %` });
    const cases = [
      ['abc', t.error_not_number],
      // A slip after a text that read: refused, and the figures keep the
      // value the text read as before it, never a part of the new text.
      ['22,5x', t.error_not_number],
      ['150', fill(t.error_range, { min: '0', max: '100' })],
      ['', t.error_empty],
      [TWO_WAYS[lang], fill(t.number_ambiguous, { text: TWO_WAYS[lang], read: '22500', other: SHOWN[lang] })],
    ];
    for (const [text, reason] of cases) {
      await margin.fill(text);
      await expect(page.getByRole('alert')).toHaveText(spaces(`${reason} ${inUse}`));
      await expect(margin).toHaveAttribute('aria-invalid', 'true');
      await expect(margin).toHaveValue(text);
      await expect(closed).toHaveText(CLOSED[lang]);
    }
    await expect(page.locator('main')).not.toContainText('NaN');
    // A whole number of years: 2.5 is refused, never rounded.
    await figure(page, t, 12).fill('2,5');
    await expect(page.getByRole('alert').filter({ hasText: t.number_whole })).toBeVisible();
    // Nothing refused was stored.
    await expect.poll(() => stored(page)).toContain('"margin":22.5');
    expect(await stored(page)).toContain('"horizon":10');
  });

  test(`${lang}: a language switch keeps what was typed; a reload shows what was stored`, async ({ page }) => {
    await seed(page, lang, seeded(lang));
    await open(page, '/#/loyalty');
    const other = lang === 'en' ? 'pl' : 'en';
    const o = strings[other];
    // 1,234 customers in English, 1.234 of them in Russian and Polish: each
    // as the language it was typed in reads it, whatever comes after.
    const customers = lang === 'en' ? 1234 : 1.234;
    await figure(page, t, CUSTOMERS).fill('1,234');
    await figure(page, t, MARGIN).fill('22.5');
    await expect.poll(() => stored(page)).toContain(`"customers":${customers}`);
    await figure(page, t, 4).fill('abc');
    await expect(page.getByRole('alert')).toBeVisible();

    await page.getByLabel(t.language_label).selectOption(other);
    await expect(figure(page, o, CUSTOMERS)).toHaveValue('1,234');
    await expect(figure(page, o, MARGIN)).toHaveValue('22.5');
    await expect(figure(page, o, 4)).toHaveValue('abc');
    // The reason, and the value kept, in the new language: 80 %.
    await expect(page.getByRole('alert')).toHaveText(
      spaces(`${o.error_not_number} ${fill(o.number_in_use, { value: '80 %' })}`),
    );
    await expect(keyNumber(page, o, o.econ_clv_closed)).toHaveText(CLOSED[other]);
    await expect.poll(() => stored(page)).toContain(`"language":"${other}"`);
    expect(await stored(page)).toContain(`"customers":${customers}`);

    await page.getByLabel(o.language_label).selectOption(lang);
    await expect(figure(page, t, CUSTOMERS)).toHaveValue('1,234');
    await expect(figure(page, t, MARGIN)).toHaveValue('22.5');
    await expect(figure(page, t, 4)).toHaveValue('abc');

    // A reload shows the stored values as the language writes them.
    await expect.poll(() => stored(page)).toContain(`"language":"${lang}"`);
    await reload(page);
    // 1234 in English, 1.234 in Russian and Polish: written alike.
    await expect(figure(page, t, CUSTOMERS)).toHaveValue('1,234');
    await expect(figure(page, t, MARGIN)).toHaveValue(SHOWN[lang]);
    await expect(figure(page, t, 4)).toHaveValue('80');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('a threshold that cannot be read says which value the matrix uses meanwhile', async ({ page }) => {
  const t = strings.pl;
  await seed(page, 'pl');
  await open(page, '/#/accounts');
  const threshold = page.getByLabel(t.acc_threshold_revenue, { exact: true });
  // Nothing set: the median of 1 200 000, 18 000, 640 000 and 900 000 is
  // (640 000 + 900 000) / 2 = 770 000.
  await expect(threshold).toHaveValue('770\u00a0000');
  await threshold.fill('abc');
  await expect(page.getByRole('alert')).toHaveText(
    spaces(`${t.error_not_number} ${fill(t.number_in_use_default, { value: '770 000 PLN' })}`),
  );
  await threshold.fill('800.000');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => stored(page)).toContain('"thresholds":{"revenue":800000');
  await threshold.fill('abc');
  await expect(page.getByRole('alert')).toHaveText(
    spaces(`${t.error_not_number} ${fill(t.number_in_use, { value: '800 000 PLN' })}`),
  );
  await press(page.getByRole('button', { name: fill(t.acc_threshold_reset_named, { field: t.acc_fields[1] }) }));
  await expect(threshold).toHaveValue('770\u00a0000');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
