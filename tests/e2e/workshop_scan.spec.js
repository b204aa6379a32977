// Collecting workshop results in the room: a participant finishes on a
// tablet; the consultant's camera (Chromium's fake camera, playing a video
// of the participant's own QR code) scans it, and a second showing is
// refused as a repeat; a result link opened on the consultant's device is
// added with one tap; participants see none of the consultant's views; the
// home page and the navigation lead to the workshop.
const { chromium } = require('@playwright/test');
const { test, expect, press, open, openNav, strings, watchContext, cut } = require('./fixtures');
const launchOptions = require('./chromium');
const { writeQrVideo, fakeCamera } = require('./y4m');

const en = strings.en;
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, locale: 'en-GB' };

const fill = (template, values) =>
  Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, String(v)), template);

async function createWorkshop(page) {
  await open(page, '/#/workshop');
  await page.getByLabel(en.ws_name_label).fill('Kick-off');
  await page.getByLabel(en.ws_roles_label).fill('Management, Sales');
  await press(page.getByRole('button', { name: en.ws_create }));
  return page.getByRole('textbox', { name: en.ws_join_heading }).inputValue();
}

/**
 * A participant on a tablet of their own opens `link`, answers the values
 * statements, finishes and sees their result; they never see the
 * consultant's navigation. Returns the tablet's page (still open) and the
 * result code.
 */
async function participate(browser, link, role) {
  const context = await browser.newContext({ ...TABLET, permissions: ['clipboard-read', 'clipboard-write'] });
  const tablet = await context.newPage();
  await open(tablet, link.replace(/^https?:\/\/[^/]+/, ''));
  const header = tablet.locator('header');
  await expect(header).toContainText('Kick-off');
  await expect(tablet.getByRole('navigation')).toHaveCount(0);
  await expect(header.getByRole('link')).toHaveCount(1); // the skip link only
  await expect(tablet.getByText(en.eng_working_on)).toHaveCount(0);
  await tablet.getByLabel(en.join_role_label).selectOption({ label: role });
  for (let i = 0; i < 5; i++) {
    await tablet.getByRole('group', { name: en.q_values[i] }).getByRole('radio', { name: '4', exact: true }).tap();
  }
  await tablet.getByRole('button', { name: en.join_finish }).tap();
  // Five of forty answered: the participant is asked first.
  await tablet.getByRole('button', { name: en.join_finish_anyway }).tap();
  await expect(tablet.getByRole('heading', { name: en.join_result_heading })).toBeVisible();
  await expect(tablet.getByRole('navigation')).toHaveCount(0);
  const code = await tablet.getByLabel(en.join_code_label, { exact: true }).inputValue();
  return { tablet, code };
}

test('the consultant scans a participant\'s QR code with the camera; showing it again is a repeat', async ({ page, browser }, info) => {
  test.skip(info.project.name !== 'desktop', 'the consultant\'s browser is launched below; the participant is a tablet');
  test.setTimeout(90_000);
  const link = await createWorkshop(page);
  const { tablet, code } = await participate(browser, link, 'Sales');

  // The result's QR code is large enough to scan at arm's length: at
  // least 60% of the tablet's short side, dark on white.
  const qr = tablet.getByRole('img', { name: en.join_qr_label });
  const box = await qr.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(0.6 * 768);
  await expect(qr.locator('svg rect')).toHaveAttribute('fill', '#fff');
  // Copy buttons for the code and the link.
  await tablet.getByRole('button', { name: fill(en.copy_named, { field: en.join_code_label }) }).tap();
  await expect(tablet.getByText(en.copied)).toBeVisible();
  expect(await tablet.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // A video of the participant's screen for the consultant's camera.
  const video = info.outputPath('result.y4m');
  writeQrVideo(await qr.innerHTML(), video);
  await tablet.context().close();

  // The consultant's own browser, with a camera and the workshop in its storage.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('rapport') ?? '')).toContain('Kick-off');
  const stored = await page.evaluate(() => localStorage.getItem('rapport'));
  const camera = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, ...fakeCamera(video)] });
  try {
    const context = await camera.newContext({ baseURL: info.project.use.baseURL, viewport: { width: 1280, height: 800 } });
    await context.addInitScript((value) => {
      // Only the app's own pages: the blank page a tab starts on has no
      // storage of its own.
      if (!location.protocol.startsWith('http')) return;
      if (!localStorage.getItem('rapport')) localStorage.setItem('rapport', value);
    }, stored);
    // Launched here, so watched here like every other context.
    await watchContext(context);
    const consultant = await context.newPage();
    const packs = [];
    consultant.on('request', (r) => {
      const m = r.url().match(/pack_\w+\.wasm$/);
      if (m) packs.push(m[0]);
    });
    await open(consultant, '/#/workshop');
    // The reader of QR codes comes in a pack of its own, only once the
    // camera is asked for: the workshop page does not wait for it, nor do
    // the scanner's button and the paste box, nor the team view, which come
    // once the page is shown.
    await expect(consultant.getByRole('button', { name: en.scan_start })).toBeVisible();
    await expect(consultant.getByRole('heading', { level: 2, name: en.ws_team_heading })).toBeVisible();
    expect(packs.sort()).toEqual(['pack_workshop.wasm', 'pack_workshop_collect.wasm', 'pack_workshop_team.wasm']);

    // The reader cannot come (the network dropped): the camera runs, the
    // scanner says why and offers to try again; the paste box stays.
    await cut(consultant, 'pack_workshop_scanner.wasm');
    await consultant.getByRole('button', { name: en.scan_start }).click();
    await expect(consultant.getByLabel(en.scan_video_label)).toBeVisible();
    const failed = consultant.getByRole('alert').filter({ hasText: en.scan_reader_failed });
    await expect(failed).toBeVisible();
    await expect(consultant.getByLabel(en.ws_paste_label)).toBeVisible();
    await expect(consultant.locator('.scan-outcomes li')).toHaveCount(0);
    // The network is back.
    await consultant.unroute('**/pack_workshop_scanner.wasm');
    await failed.getByRole('button', { name: en.chunk_retry }).click();
    await expect(failed).toHaveCount(0);
    const outcomes = consultant.locator('.scan-outcomes li');
    await expect(outcomes.first()).toHaveText(fill(en.scan_added, { number: 1, role: 'Sales' }), { timeout: 10_000 });
    await expect(consultant.getByRole('status').filter({ hasText: '1 result collected' })).toBeVisible();
    await expect(consultant.getByText(fill(en.ws_counts, { respondents: 1, dont_know: 0 }))).toBeVisible();
    // The same code in sight frame after frame is taken once: ten more
    // reads of the camera (each leaves a `rapport-qr-decode` measure), and
    // still one outcome.
    const reads = () => consultant.evaluate(() => performance.getEntriesByName('rapport-qr-decode').length);
    const before = await reads();
    await expect.poll(reads, { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 10);
    await expect(outcomes).toHaveCount(1);

    // Closing the scanner releases the camera.
    await consultant.getByRole('button', { name: en.scan_stop }).click();
    await expect(consultant.getByLabel(en.scan_video_label)).toBeHidden();
    expect(await consultant.locator('video').evaluate((v) => v.srcObject)).toBeNull();

    // Shown again, the same result is refused as a repeat, and the scan goes on.
    await consultant.getByRole('button', { name: en.scan_start }).click();
    await expect(outcomes.first()).toHaveText(fill(en.ws_refused_duplicate, { code: code.slice(0, 12) }), {
      timeout: 10_000,
    });
    await expect(consultant.getByRole('button', { name: en.scan_stop })).toBeVisible();
    await expect(consultant.getByText(fill(en.ws_counts, { respondents: 1, dont_know: 0 }))).toBeVisible();
    await consultant.getByRole('button', { name: en.scan_stop }).click();
    await context.close();
  } finally {
    await camera.close();
  }
});

test('a result link opened on the consultant\'s device is added with one tap', async ({ page, browser }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: the participant is a tablet');
  const link = await createWorkshop(page);
  const { tablet, code } = await participate(browser, link, 'Management');
  const resultLink = await tablet.getByLabel(en.join_link_label, { exact: true }).inputValue();
  expect(resultLink).toContain(`#/result/${code}`);

  // The participant's own device opening the link shows their result, and
  // still no consultant's navigation.
  await open(tablet, resultLink.replace(/^https?:\/\/[^/]+/, ''));
  await expect(tablet.getByText(en.result_yours)).toBeVisible();
  await expect(tablet.getByRole('navigation')).toHaveCount(0);
  await tablet.context().close();

  // On the consultant's device: who it is from, and one tap.
  await open(page, resultLink.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { level: 1, name: en.result_title })).toBeVisible();
  await expect(page.getByText(fill(en.result_from, { role: 'Management', answered: 5, total: 40 }))).toBeVisible();
  await press(page.getByRole('button', { name: en.result_add }));
  await expect(page.getByText(fill(en.result_added, { name: 'Kick-off', number: 1 }))).toBeVisible();
  await press(page.getByRole('link', { name: en.result_to_workshop }));
  await expect(page.getByText(fill(en.ws_counts, { respondents: 1, dont_know: 0 }))).toBeVisible();

  // Opened again, it is a repeat; damaged, or of a workshop not here, it says why.
  await open(page, `/#/result/${code}`);
  await expect(page.getByText(fill(en.result_collected, { name: 'Kick-off' }))).toBeVisible();
  const damaged = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
  await open(page, `/#/result/${damaged}`);
  await expect(page.getByText(en.result_damaged)).toBeVisible();
  await expect(page.getByText(fill(en.ws_refused_corrupted, { code: damaged.slice(0, 12) }))).toBeVisible();
  const other = await participate(browser, link.replace(/#\/join\/\d+/, '#/join/12345'), 'Sales');
  await other.tablet.context().close();
  await open(page, `/#/result/${other.code}`);
  await expect(page.getByText(en.result_unknown)).toBeVisible();
});

test('the home page and the navigation lead to the workshop', async ({ page }) => {
  await open(page, '/');
  const card = page.getByRole('link', { name: en.home_workshop_link });
  await expect(card).toBeVisible();
  await expect(page.getByText(en.home_workshop_desc)).toBeVisible();
  await press(card);
  await expect(page.getByRole('heading', { level: 1, name: en.ws_title })).toBeVisible();
  const nav = await openNav(page);
  await expect(nav.getByRole('link', { name: en.nav_workshop })).toHaveAttribute('aria-current', 'page');
});

test('without a camera the scanner says so and the paste box stays', async ({ page }) => {
  // The test's browser has no camera device.
  await createWorkshop(page);
  await press(page.getByRole('button', { name: en.scan_start }));
  await expect(page.getByRole('alert').filter({ hasText: /camera/i })).toBeVisible();
  await expect(page.getByLabel(en.ws_paste_label)).toBeVisible();
  await expect(page.getByRole('button', { name: en.scan_start })).toBeVisible();
});
