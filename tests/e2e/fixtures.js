// Shared test helpers: a page that fails the test on any console error,
// warning or uncaught exception; a press that taps on touch devices and
// clicks elsewhere; and the app's own translations, so tests name elements
// exactly as a user sees them.
const base = require('@playwright/test');

const strings = {
  en: require('../../src/i18n/locales/en.json'),
  ru: require('../../src/i18n/locales/ru.json'),
  pl: require('../../src/i18n/locales/pl.json'),
};

/**
 * Collects `page`'s console errors and warnings and uncaught exceptions
 * into `problems` (a new list unless one is given), which the test then
 * expects to be empty: for pages a test opens in contexts of its own.
 */
function watch(page, problems = []) {
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  return problems;
}

const test = base.test.extend({
  page: async ({ page }, use) => {
    const problems = watch(page);
    await use(page);
    base.expect(problems, 'console errors, warnings or uncaught exceptions').toEqual([]);
  },
});

/**
 * Opens `url` and waits until the app has replaced the prerendered home
 * (src/prerender.mjs), so that what the test sees is the app itself.
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
  await base.expect(page.locator('main h1')).toBeVisible();
}

/** Taps on a touch device, clicks with a mouse elsewhere. */
async function press(locator) {
  if (test.info().project.use.hasTouch) await locator.tap();
  else await locator.click();
}

module.exports = { test, expect: base.expect, press, open, reload, strings, watch };
