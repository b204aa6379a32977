// Every route, as a user reaches it from a bookmark or a link: opened
// directly under the sub-path a static host serves the app from, reloaded,
// in each language, with work in it; on each, every control is at least
// 44 px and nothing scrolls sideways, at the project's size and, on the
// tablet (the touch project), in both orientations.
const { test, expect, press, open, openNav, reload, strings } = require('./fixtures');
const { seed } = require('./seed');

const BASE = '/rapport/';

/**
 * The controls a finger must hit. Radios and checkboxes are measured by the
 * label around them (`.choice`, `.switch`), which is what a tap lands on.
 */
const CONTROLS = [
  'header a:not(.skip-link)',
  'header select',
  'main a.card',
  'main .card a',
  'main button:visible',
  'main select',
  'main input:not([type="radio"]):not([type="checkbox"]):not([type="file"])',
  'main .choice',
  'main .switch',
  'main .engagement-bar a',
].join(', ');

/** Controls smaller than 44 × 44 px, measured in one round trip. */
async function smallControls(page) {
  const boxes = await page.locator(CONTROLS).evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const { width, height } = el.getBoundingClientRect();
        return { name: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 60), width, height };
      }),
  );
  expect(boxes.length, 'controls found').toBeGreaterThan(0);
  return boxes.filter(({ width, height }) => width < 44 || height < 44);
}

/** Opens every table behind "Show the numbers", then measures overflow. */
async function sidewaysOverflow(page, t) {
  for (const toggle of await page.getByRole('button', { name: t.chart_table_summary }).all()) {
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.dispatchEvent('click');
  }
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const lang of ['en', 'ru', 'pl']) {
  test(`every route under ${BASE} opens directly and reloads in ${lang}`, async ({ page }) => {
    test.setTimeout(240_000);
    const t = strings[lang];
    const touch = test.info().project.use.hasTouch;
    await seed(page, lang);

    // The join link comes from the workshop page; a result code from the
    // participant's own result, on the same device.
    await open(page, `${BASE}#/workshop`);
    const join = (await page.getByRole('textbox', { name: t.ws_join_heading }).inputValue()).replace(/^.*#/, '#');
    await open(page, `${BASE}${join}`);
    await press(page.getByRole('button', { name: t.join_finish }));
    const code = await page.getByLabel(t.join_code_label, { exact: true }).inputValue();

    const routes = [
      ['#/', t.home_title],
      ['#/method', t.method_title],
      ['#/assessment/values', t.assessment_title],
      ['#/assessment/results', t.results_title],
      ['#/fit', t.fit_title],
      ['#/loyalty', t.econ_title],
      ['#/accounts', t.acc_title],
      ['#/engagements', t.eng_title],
      ['#/report', t.report_title],
      ['#/workshop', t.ws_title],
      ['#/workshop/present', 'Kick-off'],
      [join, t.join_title.replace('{name}', 'Kick-off')],
      [`#/result/${code}`, t.result_title],
      ['#/no/such/page', t.not_found_title],
    ];
    for (const [route, heading] of routes) {
      const h1 = page.getByRole('heading', { level: 1, name: heading, exact: true });
      await open(page, `${BASE}${route}`);
      await expect(h1, `${route} opened`).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await reload(page);
      await expect(h1, `${route} reloaded`).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // A join link's page is join.html, beside the app's (src/route.rs).
      expect(new URL(page.url()).pathname).toBe(route.startsWith('#/join/') ? `${BASE}join.html` : BASE);

      // The project's own size, and on the tablet its other orientation.
      const sizes = touch ? [[1024, 768], [768, 1024]] : [[page.viewportSize().width, page.viewportSize().height]];
      for (const [width, height] of sizes) {
        await page.setViewportSize({ width, height });
        await expect(h1).toBeVisible();
        expect.soft(await smallControls(page), `${route} at ${width}×${height}: controls under 44 px`).toEqual([]);
        expect.soft(await sidewaysOverflow(page, t), `${route} at ${width}×${height}: sideways scroll`).toBeLessThanOrEqual(0);
      }
    }
  });
}

for (const lang of ['en', 'ru', 'pl']) {
  test(`every view is reached by navigation and back in ${lang}`, async ({ page }) => {
    const t = strings[lang];
    await seed(page, lang);
    await open(page, `${BASE}#/`);
    const views = [
      [t.nav_assessment, t.assessment_title],
      [t.nav_fit, t.fit_title],
      [t.nav_loyalty, t.econ_title],
      [t.nav_accounts, t.acc_title],
      [t.nav_workshop, t.ws_title],
      [t.nav_report, t.report_title],
      [t.nav_engagements, t.eng_title],
      [t.nav_method, t.method_title],
      [t.nav_home, t.home_title],
    ];
    let previous = t.home_title;
    for (const [link, heading] of views) {
      const nav = await openNav(page);
      await press(nav.getByRole('link', { name: link, exact: true }));
      await expect(page.getByRole('heading', { level: 1, name: heading, exact: true }), link).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Back returns to the view before, its code already here.
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: previous, exact: true }), `back from ${link}`).toBeVisible();
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
      previous = heading;
    }
  });
}
