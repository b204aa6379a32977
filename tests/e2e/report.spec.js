// The report for the client: every section's key figures in each language,
// the choices saved per engagement, a report language other than the
// interface's, printing (no navigation; a PDF of several pages holding
// every heading and the eight components; asked for before the sections'
// chunk has come, the dialog waits for them) and the downloads of charts and
// tables (valid SVG with escaped text, PNG at 2× on white, CSV for a
// Russian spreadsheet).
const fs = require('node:fs');
const { PDFParse } = require('pdf-parse');
const { test, expect, press, open, openNav, reload, strings, cut } = require('./fixtures');
const { resultCode } = require('./result_code');
const { seed: seedStore } = require('./seed');

const COMPONENTS = ['values', 'leadership', 'strategy', 'structure', 'people', 'technology', 'knowledge', 'process'];
const WORKSHOP = 7;
const ESCAPED = 'Growth <&> "Q1"';

/**
 * Every statement of a component answered at one level: values 5 (100
 * points), leadership 4 (75), strategy 2 (25), the other five 3 (50).
 * Index: (100 + 75 + 25 + 5 × 50) / 8 = 56.25, shown as 56, band emerging.
 * Gaps to the default target 80: strategy 55, then 30 for each component at
 * 50 in Gordon's order (structure, people…), leadership 5.
 */
function answers() {
  const level = { values: 5, leadership: 4, strategy: 2 };
  const out = {};
  for (const c of COMPONENTS) for (let n = 1; n <= 5; n += 1) out[`${c}.${n}`] = level[c] ?? 3;
  return { answers: out, weights: {}, targets: {} };
}

const FIGURES = {
  acquisition_cost: 300, cross_selling_cost: 40, customers: 1000, discount: 10, horizon: 10,
  later_cost_share: 50, margin: 30, premium_growth: 1, promotion_cost: 30, referral_value: 100,
  referrals: 0.1, repairs_cost: 25, retention: 80, revenue: 1000, revenue_growth: 5,
  service_cost: 60, service_cost_later: 33.3,
};
const EFFECTS = { cost_savings: true, revenue_growth: true, referrals: true, price_premium: true };

/** Six participants of two roles, every statement answered 1–5. */
function codes() {
  return Array.from({ length: 6 }, (_, p) =>
    resultCode(WORKSHOP, (p % 2) + 1, Array.from({ length: 40 }, (_, i) => ((p + i) % 5) + 1)));
}

/**
 * A version 3 store (no report choices yet, so the migration to version 4
 * runs in the browser): an engagement with the assessment and a snapshot,
 * a workshop of six, both fit profiles with a deal-breaker, and three
 * scenarios, one of them named with characters SVG must escape.
 */
function store(lang) {
  return JSON.stringify({
    format: 'rapport',
    version: 3,
    revision: 1,
    data: {
      settings: { language: lang },
      current: 'e1',
      last_exported: '2026-11-01',
      engagements: [{
        id: 'e1',
        name: 'Acme',
        changed: '2026-11-20T10:15',
        assessment: {
          current: answers(),
          snapshots: [{ id: 1, date: '2026-10-01', name: 'Kick-off', answers: { answers: {}, weights: {}, targets: {} } }],
        },
        fit: {
          // Deal orientation 1 against 5 is a deal-breaker; trusting 2
          // against 3 a gap of 1. Fit 100 × (1 − 2.5 / 4) = 37.5, shown 38.
          supplier: { name: 'Acme', profile: { deal_orientation: 1, trusting: 2 }, ocai: { aspects: Array(6).fill([40, 20, 20, 20]) } },
          client: { name: 'Zakłady Północne', profile: { deal_orientation: 5, trusting: 3 }, ocai: { aspects: Array(6).fill([10, 30, 30, 30]) } },
        },
        economics: {
          currency: 'PLN',
          figures: FIGURES,
          effects: EFFECTS,
          scenarios: [
            { id: 1, name: 'Today', figures: FIGURES, effects: EFFECTS },
            { id: 2, name: 'Loyalty programme', figures: { ...FIGURES, retention: 85 }, effects: EFFECTS },
            { id: 3, name: ESCAPED, figures: { ...FIGURES, retention: 90 }, effects: EFFECTS },
          ],
        },
        workshops: [{
          id: WORKSHOP,
          name: 'Kick-off',
          roles: ['Management', 'Sales'],
          entries: codes().map((code) => ({ code, excluded: false })),
        }],
        // Four customers, one losing money: 1,200,000 × 22.5 % − 90,000,
        // 3,600 − 5,200, 640,000 × −3 % − 41,000 and 900,000 × 30 % − 150,000.
        accounts: {
          customers: [
            { i: 1, n: 'Huta', r: 1200000, m: { p: 22.5 }, c: 90000, y: 12, g: 4.5 },
            { i: 2, n: 'Sklep', r: 18000, m: { a: 3600 }, c: 5200 },
            { i: 3, n: 'Budimex', r: 640000, m: { p: -3 }, c: 41000, g: 35 },
            { i: 4, n: 'Orlen', r: 900000, m: { p: 30 }, c: 150000 },
          ],
        },
      }],
    },
  });
}

/** Seeds this spec's store once per test (a reload keeps what the app saved). */
const seed = (page, lang) => seedStore(page, lang, store(lang));

const fill = (template, values) =>
  Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, v), template);

/** Text as extracted from a PDF: any run of white space is one space. */
const flat = (text) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** What the report's saved choices are, once the save has happened. */
function savedReport(page) {
  return page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('rapport'));
    return { version: stored.version, report: stored.data.engagements[0].report };
  });
}

for (const lang of ['en', 'ru', 'pl']) {
  test(`the report holds every section's key figures and prints them, in ${lang}`, async ({ page }) => {
    test.setTimeout(90_000);
    const t = strings[lang];
    await seed(page, lang);

    // The CLV as the loyalty tool shows it, for the summary to repeat.
    await open(page, '/#/loyalty');
    const clv = (await page.locator('.key-numbers .clv dd').textContent()).trim();

    // Reached by name from the home page.
    await open(page, '/#/');
    await press(page.getByRole('link', { name: t.home_report_link }));
    await expect(page.getByRole('heading', { level: 1, name: t.report_title })).toBeVisible();
    const report = page.locator('article.report-document');
    await expect(report).toHaveAttribute('lang', lang);

    // Cover.
    await expect(report.getByRole('heading', { name: t.report_default_title })).toBeVisible();
    await expect(report.getByText(fill(t.report_for, { client: 'Acme' }))).toBeVisible();

    // Executive summary.
    const figure = (cls) => report.locator(`.report-figures .${cls} dd`);
    await expect(figure('readiness')).toHaveText(`56 · ${t.band_emerging}`);
    await expect(figure('weakest')).toHaveText(t.component_strategy);
    await expect(figure('fit')).toHaveText(`38 · ${t.verdict_resolve}`);
    await expect(figure('red-flags')).toHaveText(t.dim_deal_orientation[0]);
    await expect(figure('clv')).toHaveText(clv);
    const first = report.locator('.report-summary ol.priorities > li');
    await expect(first).toHaveCount(3);
    for (const [i, c] of ['strategy', 'structure', 'people'].entries()) {
      await expect(first.nth(i).locator('strong')).toHaveText(t[`component_${c}`]);
    }

    // Readiness: the radar, its scores (strategy 25.0), recommendations
    // for the eight assessed components.
    const section = (name) => report.locator('section.report-section', {
      has: page.getByRole('heading', { level: 2, name, exact: true }),
    });
    const readiness = section(t.results_title);
    await expect(readiness.getByRole('img', { name: t.radar_title }).locator('svg')).toHaveCount(1);
    const decimal = lang === 'en' ? '.' : ',';
    await expect(readiness.locator('tr', { hasText: t.component_strategy }).first().locator('td').first())
      .toHaveText(`25${decimal}0`);
    await expect(readiness.locator('dl.recommendations dt')).toHaveCount(8);

    // Workshop: six respondents, nobody's "don't know".
    const workshop = section(t.ws_title);
    await expect(workshop.getByText(fill(t.ws_counts, { respondents: '6', dont_know: '0' }))).toBeVisible();
    await expect(workshop.getByRole('img', { name: t.ws_team_heading }).locator('svg')).toHaveCount(1);

    // Cultural fit: the verdict, the butterfly, the deal-breaker's prompt.
    const fit = section(t.fit_title);
    await expect(fit.locator('.report-verdict strong'))
      .toHaveText(fill(t.report_fit_score, { score: '38', verdict: t.verdict_resolve }));
    await expect(fit.getByRole('img', { name: t.butterfly_title }).locator('svg')).toHaveCount(1);
    await expect(fit.locator('.flag.red')).toHaveCount(1);
    // OCAI (since schema version 5): a kite per party, now and preferred
    // (the version 3 splits are the "now" profiles), and the profiles the
    // verdict compares named.
    for (const party of ['Acme', 'Zakłady Północne']) {
      await expect(fit.getByRole('img', { name: fill(t.ocai_kite_title, { party }), exact: true }).locator('svg')).toHaveCount(1);
    }
    const versus = fill(t.ocai_versus, {
      from: fill(t.ocai_profile_now, { party: 'Acme' }),
      to: fill(t.ocai_profile_now, { party: 'Zakłady Północne' }),
    });
    await expect(fit).toContainText(fill(t.fit_compared_ocai, { comparison: versus }));

    // Loyalty economics: the key numbers, five charts and the three
    // scenarios compared.
    const economics = section(t.econ_title);
    await expect(economics.locator('.key-numbers .clv dd')).toHaveText(clv);
    await expect(economics.locator('.chart-grid figure')).toHaveCount(5);
    const compared = economics.getByRole('img', { name: t.report_scenarios_caption });
    await expect(compared.locator('svg')).toHaveCount(1);
    for (const name of ['Today', 'Loyalty programme', ESCAPED]) {
      await expect(economics.getByRole('columnheader', { name, exact: true })).toHaveCount(1);
    }

    // Key accounts: the customers counted, the whale curve drawn.
    const accounts = section(t.acc_title);
    const four = lang === 'en' ? t.acc_count.other : t.acc_count.few; // 2–4: few in ru and pl
    await expect(accounts.getByText(fill(four, { n: 4 }), { exact: true })).toBeVisible();
    await expect(accounts.getByRole('img', { name: t.acc_whale_title }).locator('svg')).toHaveCount(1);

    // Method and sources, with the contested claims flagged.
    const method = section(t.report_method_heading);
    await expect(method.getByRole('heading', { name: t.report_sources_heading, exact: true })).toBeVisible();
    await expect(method.locator('.report-contested li')).toHaveCount(2);

    // In print media: no navigation, no buttons, the report itself.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.getByRole('button', { name: t.report_print })).toBeHidden();
    await expect(page.getByRole('heading', { name: t.report_summary_heading })).toBeVisible();

    // The PDF: several pages, every heading, the eight components, and the
    // running footer's page numbers.
    const pdf = await page.pdf({ format: 'A4' });
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text, pages } = await parser.getText();
    await parser.destroy();
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const printed = flat(text);
    const headings = [t.report_summary_heading, t.results_title, t.ws_title, t.fit_title, t.econ_title, t.acc_title, t.report_method_heading];
    for (const heading of headings) expect(printed).toContain(flat(heading));
    for (const c of COMPONENTS) expect(printed).toContain(flat(t[`component_${c}`]));
    expect(printed).toContain(`2 / ${pages.length}`);
    expect(printed).not.toContain(flat(t.nav_home));
  });
}

test('sections are ticked per engagement and the choice is saved', async ({ page }) => {
  const t = strings.en;
  await seed(page, 'en');
  await open(page, '/#/report');
  const heading = page.getByRole('heading', { level: 2, name: t.fit_title, exact: true });
  await expect(heading).toBeVisible();
  await press(page.getByRole('checkbox', { name: t.fit_title }));
  await expect(heading).toHaveCount(0);
  await page.getByLabel(t.report_title_field).fill('Where Acme stands');
  await page.getByLabel(t.report_consultant).fill('Anna Nowak');
  await expect(page.getByRole('heading', { level: 2, name: 'Where Acme stands' })).toBeVisible();
  await expect(page.getByText(fill(t.report_by, { name: 'Anna Nowak' }))).toBeVisible();
  await page.getByLabel(t.report_snapshot).selectOption({ label: `1 Oct 2026 · Kick-off` });
  // Stored as version 5 (since the OCAI's now and preferred profiles)
  // once the debounced save has run.
  await expect.poll(() => savedReport(page)).toEqual({
    version: 5,
    report: {
      title: 'Where Acme stands',
      consultant: 'Anna Nowak',
      organisation: '',
      language: null,
      snapshot: 1,
      left_out: ['fit'],
    },
  });
  await reload(page);
  await expect(page.getByRole('checkbox', { name: t.fit_title })).not.toBeChecked();
  await expect(heading).toHaveCount(0);
  await expect(page.getByLabel(t.report_snapshot)).toHaveValue('1');
  await press(page.getByRole('checkbox', { name: t.fit_title }));
  await expect(heading).toBeVisible();
});

test('the report can be written in another language than the interface', async ({ page }) => {
  const [en, ru] = [strings.en, strings.ru];
  await seed(page, 'en');
  await open(page, '/#/report');
  await page.getByLabel(en.report_language).selectOption('ru');
  const report = page.locator('article.report-document');
  await expect(report).toHaveAttribute('lang', 'ru');
  await expect(report.getByRole('heading', { level: 2, name: ru.report_summary_heading })).toBeVisible();
  await expect(report.locator('.report-figures .weakest dd')).toHaveText(ru.component_strategy);
  // The interface stays in English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect((await openNav(page)).getByRole('link', { name: en.nav_report })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: en.report_title })).toBeVisible();
});

test('printing asked for before the sections have come waits for them, and prints once', async ({ page }) => {
  const t = strings.pl;
  await seed(page, 'pl');
  // The print dialog, counted instead of opened.
  await page.addInitScript(() => {
    window.printed = 0;
    window.print = () => {
      window.printed += 1;
    };
  });
  await cut(page, 'pack_report_sections.wasm');
  await open(page, '/#/report');
  const print = page.getByRole('button', { name: t.report_print });
  const alert = page.getByRole('main').getByRole('alert').filter({ hasText: t.chunk_failed });
  await expect(alert).toBeVisible();
  await press(print);
  await expect(print).toHaveAttribute('aria-busy', 'true');
  expect(await page.evaluate(() => window.printed)).toBe(0);

  // The network is back: the sections come, then the dialog, once.
  await page.unroute('**/pack_report_sections.wasm');
  await press(alert.getByRole('button', { name: t.chunk_retry }));
  await expect(page.getByRole('heading', { level: 2, name: t.report_method_heading })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
  await expect(print).not.toHaveAttribute('aria-busy', 'true');

  // With the report whole, the button prints at once.
  await press(print);
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(2);
});

test('charts download as SVG and PNG, tables as CSV for a Russian spreadsheet', async ({ page }) => {
  const t = strings.ru;
  await seed(page, 'ru');
  await open(page, '/#/report');
  const downloads = (name) => page.getByRole('group', { name: fill(t.report_downloads, { name }) });
  const save = async (name, button) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(downloads(name).getByRole('button', { name: button, exact: true })),
    ]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  };

  // SVG: a file of its own; the scenario's name escaped, never raw markup.
  const svg = await save(t.report_scenarios_caption, t.report_svg);
  expect(svg.name).toMatch(/^rapport-.*\.svg$/);
  const markup = svg.bytes.toString('utf8');
  expect(markup).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="\d+" height="\d+"/);
  expect(markup.trimEnd()).toMatch(/<\/svg>$/);
  expect(markup).toContain('Growth &lt;&amp;&gt;');
  expect(markup).not.toContain('<&>');

  // PNG: the radar (640 × 520) at twice its size, white in the corner.
  const png = await save(t.radar_title, t.report_png);
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1280, 1040]);
  const corner = await page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, png.bytes.toString('base64'));
  expect(corner).toEqual([255, 255, 255, 255]);

  // CSV: the radar's table, with the BOM, `;` and decimal commas.
  const csv = await save(t.radar_title, t.report_csv);
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0].split(';')[0]).toBe(t.col_component);
  const strategy = lines.find((l) => l.startsWith(`${t.component_strategy};`));
  expect(strategy.split(';')[1]).toBe('25,0');
  expect(lines.join('\n')).not.toMatch(/\d\.\d/);

  // A table outside a chart: the means per role, one row per role.
  const roles = await save(t.ws_roles_caption, t.report_csv);
  const rows = roles.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(rows).toHaveLength(3);
  expect(rows[1]).toMatch(/^Management;\d+,\d;/);
});
