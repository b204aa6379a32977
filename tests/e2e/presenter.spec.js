// The presenter on a projector: at 1280×720, 1366×768 and 1920×1080 it
// shows the slide alone (no header, navigation, language picker or
// footer), every slide fits the screen without scrolling with its controls
// on it, the keys a clicker sends step through the slides, the join
// slide's count follows results collected on the same device, and the
// team's slides, which come in a chunk of their own, say so when it cannot
// come and recover when it can.
const { test, expect, press, open, strings, cut } = require('./fixtures');
const { store, seed, WORKSHOP } = require('./seed');
const { resultCode } = require('./result_code');

const en = strings.en;
const SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
];

/** 40 answers at `level`, the last (process 5) at `last`. */
const digits = (level, last) => Array.from({ length: 40 }, (_, i) => (i === 39 ? last : level));

/** The seeded store with three results in the workshop. */
function withResults(lang) {
  const data = JSON.parse(store(lang));
  data.data.engagements[0].workshops[0].entries = [
    { code: resultCode(WORKSHOP, 1, digits(2, 2)) },
    { code: resultCode(WORKSHOP, 2, digits(4, 5)) },
    { code: resultCode(WORKSHOP, 2, digits(5, 1)) },
  ];
  return JSON.stringify(data);
}

/** Whether the page scrolls either way, and what of the slide is cut off. */
async function fits(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const slide = document.querySelector('.present-slide');
    const fill = document.querySelector('.present-fill');
    return {
      scrolls: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth,
      slideCut: slide.scrollHeight > slide.clientHeight + 1,
      fillCut: fill ? fill.scrollHeight > fill.clientHeight + 1 || fill.scrollWidth > fill.clientWidth + 1 : false,
    };
  });
}

test('the presenter fills a projector screen with one slide and its controls', async ({ page }) => {
  test.skip(test.info().project.use.hasTouch, 'a laptop on a projector');
  test.setTimeout(90_000);
  await seed(page, 'en', withResults('en'));
  await open(page, '/#/workshop/present');
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    // Home goes back to the first slide.
    await page.keyboard.press('Home');
    await expect(page.getByRole('heading', { level: 1, name: 'Kick-off' })).toBeVisible();
    // Nothing of the app around the slide.
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.locator('.app-footer')).toHaveCount(0);
    await expect(page.getByLabel(en.language_label)).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: en.nav_label })).toHaveCount(0);
    for (let n = 1; n <= 5; n += 1) {
      const counter = page.getByText(en.present_slide.replace('{n}', n).replace('{total}', '5'));
      await expect(counter).toBeVisible();
      expect(await fits(page), `slide ${n} at ${width}×${height}`).toEqual({ scrolls: false, slideCut: false, fillCut: false });
      const controls = page.getByRole('navigation', { name: en.ws_present }).locator('button, a');
      for (const control of await controls.all()) {
        const box = await control.boundingBox();
        const name = await control.textContent();
        expect(box.y + box.height, `${name} on slide ${n} at ${width}×${height}`).toBeLessThanOrEqual(height);
        expect(box.x + box.width, `${name} on slide ${n} at ${width}×${height}`).toBeLessThanOrEqual(width);
        expect(Math.min(box.width, box.height), `${name} is a tap target`).toBeGreaterThanOrEqual(44);
      }
      // What a clicker sends, in turn.
      await page.keyboard.press(['PageDown', 'ArrowRight', ' ', 'ArrowDown', 'PageDown'][n - 1]);
    }
    // At the last slide, forward stays there; back steps back.
    await expect(page.getByText(en.present_slide.replace('{n}', '5').replace('{total}', '5'))).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(page.getByText(en.present_slide.replace('{n}', '4').replace('{total}', '5'))).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByText(en.present_slide.replace('{n}', '3').replace('{total}', '5'))).toBeVisible();
  }
  // The radar slide's legend names the range once.
  await page.keyboard.press('ArrowLeft');
  const radar = page.getByRole('img', { name: en.ws_team_heading });
  await expect(radar.locator('text', { hasText: en.col_range })).toHaveCount(1);
  // The way out goes back to the workshop, with the app around it.
  await press(page.getByRole('link', { name: en.present_exit }));
  await expect(page.getByRole('heading', { level: 1, name: en.ws_title })).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(1);
});

test('the join slide counts results as this device collects them', async ({ page, context }) => {
  test.skip(test.info().project.use.hasTouch, 'a laptop on a projector');
  await seed(page, 'en', withResults('en'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, '/#/workshop/present');
  const count = (n) => page.getByText(en.present_respondents.replace('{count}', n), { exact: true });
  await expect(count('3')).toBeVisible();
  await expect(page.getByRole('img', { name: en.ws_qr_label }).locator('svg')).toHaveCount(1);
  await expect(page.locator('.present-join .join-link')).toContainText(`#/join/${WORKSHOP}?n=Kick-off`);

  // The consultant collects a fourth result in another tab of the same
  // browser (not seeded again); the projector's slide follows.
  const desk = await context.newPage();
  await open(desk, '/#/workshop');
  await desk.getByLabel(en.ws_paste_label).fill(resultCode(WORKSHOP, 1, digits(3, 3)));
  await press(desk.getByRole('button', { name: en.ws_add }));
  await expect(desk.getByText(en.ws_counts.replace('{respondents}', '4').replace('{dont_know}', '0'))).toBeVisible();
  await expect(count('4')).toBeVisible();
  await expect(page.getByText(en.present_slide.replace('{n}', '1').replace('{total}', '5'))).toBeVisible();
});

for (const lang of ['en', 'pl']) {
  test(`the join slide shows without the team slides' code, which says so when it cannot come, in ${lang}`, async ({ page }) => {
    const t = strings[lang];
    const fetched = [];
    page.on('request', (r) => {
      const m = r.url().match(/pack_\w+\.wasm$/);
      if (m) fetched.push(m[0]);
    });
    await cut(page, 'pack_present_slides.wasm');
    await seed(page, lang, withResults(lang));
    await open(page, '/#/workshop/present');

    // The first slide is whole: its QR code and count, and no word of the
    // slides still to come.
    await expect(page.getByRole('heading', { level: 1, name: 'Kick-off' })).toBeVisible();
    await expect(page.getByText(t.present_respondents.replace('{count}', '3'), { exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: t.ws_qr_label }).locator('svg')).toHaveCount(1);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText(t.chunk_failed)).toBeHidden();
    expect(fetched).toContain('pack_present.wasm');
    // Asked for once the presenter is built, which on a busy machine can
    // come after the first slide has been checked.
    await expect.poll(() => fetched).toContain('pack_present_slides.wasm');

    // The second slide says why it cannot show, in the slide, with the
    // controls still there; back on the first, the message is gone.
    const next = page.getByRole('button', { name: t.present_next });
    await press(next);
    const alert = page.getByRole('alert').filter({ hasText: t.chunk_failed });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: t.ws_team_heading })).toHaveCount(0);
    await press(page.getByRole('button', { name: t.present_prev }));
    await expect(page.getByRole('heading', { level: 1, name: 'Kick-off' })).toBeVisible();
    await expect(alert).toBeHidden();

    // The network is back: "Try again" brings the team's slides.
    await page.unroute('**/pack_present_slides.wasm');
    await press(next);
    await press(alert.getByRole('button', { name: t.chunk_retry }));
    await expect(page.getByRole('heading', { level: 1, name: t.ws_team_heading })).toBeVisible();
    await expect(page.getByRole('img', { name: t.ws_team_heading }).locator('svg')).toHaveCount(1);
    await expect(alert).toHaveCount(0);
    await press(next);
    await expect(page.getByRole('heading', { level: 1, name: t.present_disputed })).toBeVisible();
  });
}
