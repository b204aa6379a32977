// A store as a consultant's would be after a morning's work: every
// statement answered, snapshots, both fit profiles, scenarios, a workshop
// and this device's participation, for specs that open views with work in
// them (accessibility, every route).

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

/** The store, in `lang`, as local storage holds it. */
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


/**
 * Seeds local storage with `data` (by default `store(lang)`) once per
 * browser context, before the app starts: a reload then shows what the app
 * saved, not the seed.
 */
async function seed(page, lang, data = store(lang)) {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('rapport', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, data);
}

module.exports = { store, seed, WORKSHOP };
