// End-to-end tests of real user flows against the release build, served as
// a static host serves it (its _headers with the CSP applied, compressed) at
// the domain root and under /rapport/ (tests/serve.mjs). The browser is
// Debian's Chromium; Playwright never downloads one.
const path = require('node:path');
const { defineConfig } = require('@playwright/test');
const chromium = require('./chromium');

const PORT = Number(process.env.E2E_PORT || 4173);
const SITE = path.resolve(__dirname, '../../target/site');

module.exports = defineConfig({
  testDir: __dirname,
  testMatch: /.*\.spec\.js$/,
  outputDir: path.resolve(__dirname, '../../target/playwright'),
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromium,
    locale: 'en-GB',
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'tablet',
      use: { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true },
    },
  ],
  webServer: {
    command: `node ${path.resolve(__dirname, '../serve.mjs')} "${SITE}" ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
