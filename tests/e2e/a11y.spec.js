// Accessibility: axe-core scans every view in every language, with work
// filled in (answers, both fit profiles, scenarios, snapshots, a workshop
// with a collected result), and finds no WCAG 2.2 A or AA violation.
//
// The scan runs in the desktop project only: axe reads the DOM, the
// accessible names and the computed colours, which are the same at the
// tablet's size; the tablet project already drives the same views by touch
// in the other specs, and a second full scan would double the suite's
// longest test for no new finding.
const { AxeBuilder } = require('@axe-core/playwright');
const { test, expect, press, open, strings } = require('./fixtures');

// WCAG 2.0, 2.1 and 2.2 at levels A and AA. `wcag21a` is listed too: it
// holds label-content-name-mismatch (an aria-label must contain the text
// the button shows), which a review found on the Russian engagements page.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COMPONENTS = ['values', 'leadership', 'strategy', 'structure', 'people', 'technology', 'knowledge', 'process'];
const DIMENSIONS = [
  'deal_orientation', 'horizon', 'gain_sharing', 'strategy_focus', 'bargaining', 'market_power',
  'partner_choice', 'stability', 'deciding', 'trusting', 'disagreeing', 'scheduling',
];
const WORKSHOP = 7;

/** Every statement answered: a spread of levels and one "don't know". */
function answers(shift = 0) {
  const out = {};
  COMPONENTS.forEach((c, i) => {
    for (let n = 1; n <= 5; n += 1) {
      out[`${c}.${n}`] = c === 'knowledge' && n === 3 ? 'dont_know' : { level: ((i + n + shift) % 5) + 1 };
    }
  });
  return { answers: out, weights: { people: 2 }, targets: { values: 90 } };
}

function party(name, points, first) {
  const profile = Object.fromEntries(DIMENSIONS.map((d, i) => [d, points[i]]));
  const rest = [25, 25, 25, 25];
  return { name, profile, ocai: { aspects: [first, rest, rest, rest, rest, rest] } };
}

const FIGURES = {
  acquisition_cost: 300, cross_selling_cost: 40, customers: 1000, discount: 10, horizon: 10,
  later_cost_share: 50, margin: 30, premium_growth: 1, promotion_cost: 30, referral_value: 100,
  referrals: 0.1, repairs_cost: 25, retention: 80, revenue: 12500, revenue_growth: 5,
  service_cost: 60, service_cost_later: 33.3,
};
const EFFECTS = { cost_savings: true, revenue_growth: true, referrals: true, price_premium: true };

/** A store as a consultant's would be after a morning's work, in `lang`. */
function store(lang) {
  const engagement = {
    id: 'e1',
    name: 'Acme',
    changed: '2026-11-20T10:15',
    assessment: {
      current: answers(),
      snapshots: [
        { id: 1, date: '2026-10-01', name: 'Kick-off', answers: answers(2) },
        { id: 2, date: '2026-11-01', name: 'Review', answers: answers(1) },
      ],
    },
    fit: {
      supplier: party('Acme', [1, 2, 2, 2, 3, 3, 3, 3, 1, 1, 5, 5], [40, 20, 20, 20]),
      client: party('Zakłady Północne', [5, 4, 4, 3, 3, 4, 3, 2, 5, 5, 1, 1], [10, 30, 30, 30]),
    },
    economics: {
      currency: 'PLN',
      figures: FIGURES,
      effects: EFFECTS,
      scenarios: [
        { id: 1, name: 'Today', figures: FIGURES, effects: EFFECTS },
        { id: 2, name: 'Loyalty programme', figures: { ...FIGURES, retention: 85 }, effects: { ...EFFECTS, referrals: false } },
      ],
    },
    workshops: [{ id: WORKSHOP, name: 'Kick-off', roles: ['Management', 'Sales'], entries: [] }],
    accounts: {
      customers: [
        { i: 1, n: 'Huta', r: 1200000, m: { p: 22.5 }, c: 90000, y: 12, g: 4.5 },
        { i: 2, n: 'Sklep', r: 18000, m: { a: 3600 }, c: 5200 },
        { i: 3, n: 'Budimex', r: 640000, m: { p: -3 }, c: 41000, g: 35 },
        { i: 4, n: 'Orlen', r: 900000, m: { p: 30 }, c: 150000 },
      ],
      current_levels: { all: 'reactive' },
      key: [{ customer: 1, level: 'proactive', bonds: { financial: 'exists', social: 'planned', structural: 'none' }, manager: 'Anna', trained: true }],
      general_manager: 'Piotr',
    },
  };
  const other = { ...engagement, id: 'e2', name: 'Zakłady Północne', workshops: [] };
  return JSON.stringify({
    format: 'rapport',
    version: 2,
    revision: 1,
    data: {
      settings: { language: lang },
      current: 'e1',
      last_exported: '2026-11-01',
      engagements: [engagement, other],
      participation: { workshop: WORKSHOP, name: 'Kick-off', roles: ['Management', 'Sales'], role: 2, answers: answers(3) },
    },
  });
}

/** Opens every <details>, so the tables behind "Show the numbers" are scanned too. */
async function expandAll(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

/** Scans the page as it is and fails with each violation's rule, nodes and fix. */
async function scan(page, view) {
  await expandAll(page);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
  // Soft, so one run reports every view's violations, not only the first.
  expect.soft(found, `axe violations on ${view}`).toEqual([]);
}

for (const lang of ['en', 'ru', 'pl']) {
  test(`every view has no WCAG 2.2 AA violation in ${lang}`, async ({ page }) => {
    test.skip(test.info().project.name !== 'desktop', 'one scan is enough: see the note at the top');
    test.setTimeout(180_000);
    const t = strings[lang];
    await page.addInitScript((data) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('rapport', data);
        sessionStorage.setItem('seeded', '1');
      }
    }, store(lang));

    await open(page, '/#/');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1, name: t.home_title })).toBeVisible();
    await scan(page, `${lang} home`);

    await open(page, '/#/method');
    await expect(page.getByRole('heading', { level: 1, name: t.method_title })).toBeVisible();
    await scan(page, `${lang} method`);

    await open(page, '/#/assessment/knowledge');
    await expect(page.getByRole('heading', { level: 1, name: t.assessment_title })).toBeVisible();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(5);
    await scan(page, `${lang} assessment questions`);

    await open(page, '/#/assessment/results');
    await expect(page.getByRole('heading', { level: 1, name: t.results_title })).toBeVisible();
    await expect(page.getByRole('img', { name: t.radar_title }).locator('svg')).toHaveCount(1);
    await scan(page, `${lang} assessment results`);

    await open(page, '/#/fit');
    await expect(page.getByRole('heading', { level: 1, name: t.fit_title })).toBeVisible();
    await expect(page.getByText(t.flag_red).first()).toBeVisible();
    await scan(page, `${lang} cultural fit`);

    await open(page, '/#/loyalty');
    await expect(page.getByRole('heading', { level: 1, name: t.econ_title })).toBeVisible();
    await expect(page.getByRole('img', { name: t.chart_tenure_title }).locator('svg')).toHaveCount(1);
    await scan(page, `${lang} loyalty economics`);

    await open(page, '/#/accounts');
    await expect(page.getByRole('heading', { level: 1, name: t.acc_title })).toBeVisible();
    await expect(page.getByRole('img', { name: t.acc_whale_title }).locator('svg')).toHaveCount(1);
    await scan(page, `${lang} key accounts`);
    // A customer's form with a message at a field is a view of its own.
    await press(page.getByRole('button', { name: t.acc_edit_named.replace('{name}', 'Sklep') }));
    await page.getByLabel(t.acc_fields[1], { exact: true }).fill('abc');
    await press(page.getByRole('button', { name: t.acc_save }));
    await expect(page.getByText(t.error_not_number)).toBeVisible();
    await scan(page, `${lang} key accounts, a customer with a bad value`);

    await open(page, '/#/engagements');
    await expect(page.getByRole('heading', { level: 1, name: t.eng_title })).toBeVisible();
    await scan(page, `${lang} engagements`);
    // The deletion's confirmation is a view of its own.
    await press(page.getByRole('button', { name: t.eng_delete_label.replace('{name}', 'Zakłady Północne') }));
    await expect(page.getByRole('button', { name: t.eng_delete_yes })).toBeVisible();
    await scan(page, `${lang} engagements, confirming a deletion`);

    // The workshop before any result, the participant's join link and
    // result, then the workshop with that result collected.
    await open(page, '/#/workshop');
    await expect(page.getByRole('heading', { level: 1, name: t.ws_title })).toBeVisible();
    const link = await page.getByRole('textbox', { name: t.ws_join_heading }).inputValue();
    await scan(page, `${lang} workshop`);

    await open(page, link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(page.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', 'Kick-off') })).toBeVisible();
    await scan(page, `${lang} join link`);
    await press(page.getByRole('button', { name: t.join_finish }));
    await expect(page.getByRole('heading', { name: t.join_result_heading })).toBeVisible();
    const code = await page.getByLabel(t.join_code_label, { exact: true }).inputValue();
    await scan(page, `${lang} participant's result`);

    await open(page, '/#/workshop');
    await page.getByLabel(t.ws_paste_label).fill(code);
    await press(page.getByRole('button', { name: t.ws_add }));
    await expect(page.getByText(t.ws_counts.replace('{respondents}', '1').replace('{dont_know}', '1'))).toBeVisible();
    await scan(page, `${lang} workshop with a result`);

    await press(page.getByRole('link', { name: t.ws_present }));
    await expect(page.getByText(t.present_slide.replace('{n}', '1').replace('{total}', '3'))).toBeVisible();
    await scan(page, `${lang} presenter, slide 1`);
    for (const n of ['2', '3']) {
      await press(page.getByRole('button', { name: t.present_next }));
      await expect(page.getByText(t.present_slide.replace('{n}', n).replace('{total}', '3'))).toBeVisible();
      await scan(page, `${lang} presenter, slide ${n}`);
    }

    await open(page, '/#/no/such/page');
    await scan(page, `${lang} page not found`);
  });
}
