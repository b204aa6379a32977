// Shared test helpers: every page of every context fails its test on any
// console error, warning, uncaught exception, CSP violation or request to
// another origin; a press that taps on touch devices and
// clicks elsewhere; and the app's own translations, so tests name elements
// exactly as a user sees them.
const base = require('@playwright/test');

const strings = {
  en: require('../../src/i18n/locales/en.json'),
  ru: require('../../src/i18n/locales/ru.json'),
  pl: require('../../src/i18n/locales/pl.json'),
};

/** What went wrong on any page during the current test. */
const problems = [];
/** What the current test provokes on purpose (see `tolerate`). */
const tolerated = [];

/**
 * Lets the current test provoke problems matching `pattern` on purpose (a
 * test that keeps the app from loading); anything else still fails it.
 */
function tolerate(pattern) {
  tolerated.push(pattern);
}

/** Requests of `page` (a page or a context) whose URL ends with `suffix`
 * fail as if the network dropped. */
async function cut(page, suffix) {
  await page.route(`**/${suffix}`, (route) => route.abort('internetdisconnected'));
  // The browser reports the failed fetch on the console; wasm-split's
  // loader logs why. Both are what the test provokes.
  tolerate(/Failed to load resource|Failed to fetch|TypeError|net::ERR_INTERNET_DISCONNECTED/);
}

/** Fails the test on a console error or warning, an uncaught exception or
 * a request to another origin, on `page`. */
function watchPage(page) {
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    // The harness's own note where a test keeps service workers out.
    if (m.text() === 'Service Worker registration blocked by Playwright') return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      problems.push(`request to another origin: ${r.url()}`);
    }
  });
}

/** Watches every page of `context`, present and future, and reports every
 * Content-Security-Policy violation as a console error. */
async function watchContext(context) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  context.on('page', watchPage);
  for (const page of context.pages()) watchPage(page);
}

const test = base.test.extend({
  // Every test fails on what any of its pages reported, in whatever context.
  watched: [
    async ({}, use) => {
      problems.length = 0;
      tolerated.length = 0;
      await use();
      const unexpected = problems.filter((p) => !tolerated.some((t) => t.test(p)));
      base.expect(unexpected, 'console errors, warnings, uncaught exceptions, CSP violations or other origins').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context }, use) => {
    await watchContext(context);
    await use(context);
  },
  // Contexts a test opens itself (a second browser, a participant's tablet)
  // are watched the same way.
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const context = await newContext(...args);
        await watchContext(context);
        return context;
      };
      await use(browser);
    },
    { scope: 'worker' },
  ],
});

/**
 * Opens `url` and waits until the app has replaced the prerendered home
 * (src/prerender.mjs) or the "loading" line, and its view is here, so
 * that what the test sees is the app itself.
 */
async function open(page, url) {
  await page.goto(url);
  await started(page);
}

/** Reloads and waits for the app, like `open`. */
async function reload(page) {
  await page.reload();
  await started(page);
}

async function started(page) {
  await base.expect(page.locator('#shell')).toHaveCount(0);
  await base.expect(page.locator('#boot')).toHaveCount(0);
  await base.expect(page.locator('main h1')).toBeVisible();
}

/** Taps on a touch device, clicks with a mouse elsewhere. */
async function press(locator) {
  if (test.info().project.use.hasTouch) await locator.tap();
  else await locator.click();
}

/**
 * The main navigation with its links showing: where the header folds them
 * behind the Menu button (below the width at which they fit in the page's
 * language), the button is pressed first. Returns the navigation.
 */
async function openNav(page) {
  const lang = (await page.locator('html').getAttribute('lang')) || 'en';
  const t = strings[lang] || strings.en;
  const nav = page.getByRole('navigation', { name: t.nav_label });
  const menu = nav.getByRole('button', { name: t.nav_menu, exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') {
    await press(menu);
    await base.expect(menu).toHaveAttribute('aria-expanded', 'true');
  }
  await base.expect(nav.getByRole('link').first()).toBeVisible();
  return nav;
}

module.exports = { test, expect: base.expect, press, open, openNav, reload, strings, watchContext, watchPage, tolerate, cut };
