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
const { test, expect, press, open, strings, tolerate } = require('./fixtures');
const { seed } = require('./seed');

// WCAG 2.0, 2.1 and 2.2 at levels A and AA. `wcag21a` is listed too: it
// holds label-content-name-mismatch (an aria-label must contain the text
// the button shows), which a review found on the Russian engagements page.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
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
    await seed(page, lang);

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
    // The weights and snapshots below come in a chunk of their own.
    await expect(page.getByRole('heading', { level: 2, name: t.snapshots_heading })).toBeVisible();
    await scan(page, `${lang} assessment results`);

    await open(page, '/#/fit');
    await expect(page.getByRole('heading', { level: 1, name: t.fit_title })).toBeVisible();
    await expect(page.getByText(t.flag_red).first()).toBeVisible();
    await scan(page, `${lang} cultural fit`);

    await open(page, '/#/loyalty');
    await expect(page.getByRole('heading', { level: 1, name: t.econ_title })).toBeVisible();
    await expect(page.getByRole('img', { name: t.chart_tenure_title }).locator('svg')).toHaveCount(1);
    await scan(page, `${lang} loyalty economics`);
    // A figure that cannot be read, with its reason and the value in use.
    await page.getByLabel(t.econ_fields[3], { exact: true }).fill('abc');
    await expect(page.getByRole('alert')).toContainText(t.error_not_number);
    await scan(page, `${lang} loyalty economics, a figure that cannot be read`);

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
    // The collecting and the team view below come in chunks of their own.
    await expect(page.getByLabel(t.ws_paste_label)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t.ws_team_heading })).toBeVisible();
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
    await expect(page.getByText(t.present_slide.replace('{n}', '1').replace('{total}', '5'))).toBeVisible();
    await scan(page, `${lang} presenter, slide 1`);
    for (const n of ['2', '3', '4', '5']) {
      await press(page.getByRole('button', { name: t.present_next }));
      await expect(page.getByText(t.present_slide.replace('{n}', n).replace('{total}', '5'))).toBeVisible();
      await scan(page, `${lang} presenter, slide ${n}`);
    }

    // Two workshops, the second closed, with its deletion being confirmed;
    // then a participant opening the closed one's link. Deleting it opens
    // the first again, which the report below shows.
    await open(page, '/#/workshop');
    await page.getByLabel(t.ws_name_label).fill('Review');
    await press(page.getByRole('button', { name: t.ws_create_another }));
    await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
    await press(page.getByRole('button', { name: t.ws_close_label.replace('{name}', 'Review') }));
    await expect(page.getByRole('textbox', { name: t.ws_join_heading })).toHaveValue(/&c=/);
    const closed = await page.getByRole('textbox', { name: t.ws_join_heading }).inputValue();
    await press(page.getByRole('button', { name: t.ws_delete_label.replace('{name}', 'Review') }));
    await expect(page.getByRole('button', { name: t.eng_delete_yes })).toBeVisible();
    await scan(page, `${lang} two workshops, one closed, confirming a deletion`);
    await press(page.getByRole('button', { name: t.eng_delete_yes }));
    await expect(page.getByRole('heading', { level: 2, name: 'Kick-off' })).toBeVisible();
    await open(page, closed.replace(/^https?:\/\/[^/]+/, ''));
    await expect(page.getByRole('status').first()).toContainText(t.join_closed.split('{')[0].trim());
    await scan(page, `${lang} a closed workshop's join link`);

    // The report, with the workshop's result, every section ticked, and
    // each chart and table offering its downloads.
    await open(page, '/#/report');
    await expect(page.getByRole('heading', { level: 1, name: t.report_title })).toBeVisible();
    await expect(page.getByRole('img', { name: t.radar_title }).locator('svg')).toHaveCount(1);
    await scan(page, `${lang} report`);

    await open(page, '/#/no/such/page');
    await scan(page, `${lang} page not found`);
  });
}

// join.html's questionnaire before the app has arrived (src/join/early.js),
// with an answer and a role given: a participant may use it for a second or
// two on a slow network, so it is scanned as the app's pages are.
for (const lang of ['en', 'ru', 'pl']) {
  test(`the questionnaire before the app has no WCAG 2.2 AA violation in ${lang}`, async ({ page }) => {
    test.skip(test.info().project.name !== 'desktop', 'one scan is enough: see the note at the top');
    const t = strings[lang];
    await page.addInitScript((code) => localStorage.setItem('rapport', JSON.stringify({ format: 'rapport', version: 5, revision: 1, data: { settings: { language: code } } })), lang);
    // The app never comes in this test, so its texts' preload goes unused.
    tolerate(/was preloaded using link preload but not used/);
    await page.route('**/participant_bg.wasm', () => {});
    await page.goto('/join.html#/join/31?n=Kick-off&r=Sales,Service&c=2999-01-31');
    await expect(page.getByRole('heading', { level: 1, name: t.join_title.replace('{name}', 'Kick-off') })).toBeVisible();
    await page.getByLabel(t.join_role_label).selectOption({ label: 'Service' });
    await press(page.getByRole('group', { name: t.q_values[0] }).getByRole('radio', { name: '4', exact: true }));
    await expect(page.locator('#shell')).toHaveCount(1);
    await scan(page, `${lang} join page before the app`);
  });
}
