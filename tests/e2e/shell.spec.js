// The app shell: home, navigation, deep links under a sub-path, languages,
// keyboard, touch, layout sizes and storage trouble.
const { test, expect, press, strings } = require('./fixtures');

const en = strings.en;

test('home says what the app is for and leads to the method', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: en.home_title })).toBeVisible();
  await expect(page.getByText(en.home_intro)).toBeVisible();
  const nav = page.getByRole('navigation', { name: en.nav_label });
  await expect(nav.getByRole('link', { name: en.nav_home })).toHaveAttribute('aria-current', 'page');
  await press(page.getByRole('link', { name: en.home_method_link }));
  await expect(page.getByRole('heading', { level: 1, name: en.method_title })).toBeVisible();
  await expect(page).toHaveURL(/#\/method$/);
  await expect(nav.getByRole('link', { name: en.nav_method })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle(`${en.method_title} · ${en.app_name}`);
});

for (const base of ['/', '/rapport/']) {
  for (const lang of ['en', 'ru', 'pl']) {
    test(`under ${base} in ${lang}: every view loads, reloads and follows back and forward`, async ({ page }) => {
      const t = strings[lang];
      await page.goto(base);
      await page.getByLabel(en.language_label).selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const home = page.getByRole('heading', { level: 1, name: t.home_title });
      const method = page.getByRole('heading', { level: 1, name: t.method_title });
      await expect(home).toBeVisible();

      await press(page.getByRole('navigation', { name: t.nav_label }).getByRole('link', { name: t.nav_method }));
      await expect(method).toBeVisible();
      await page.reload();
      await expect(method).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      await page.goBack();
      await expect(home).toBeVisible();
      await page.goForward();
      await expect(method).toBeVisible();

      // A deep link opened afresh lands on its view, in the remembered language.
      const fresh = await page.context().newPage();
      await fresh.goto(`${base}#/method`);
      await expect(fresh.getByRole('heading', { level: 1, name: t.method_title })).toBeVisible();
      await expect(fresh.getByRole('cell', { name: t.level_short_partnership, exact: true })).toBeVisible();
      await fresh.close();
    });
  }
}

test('an unknown address says so and offers the way home', async ({ page }) => {
  await page.goto('/rapport/#/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: en.not_found_title })).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await press(page.getByRole('link', { name: en.not_found_home }));
  await expect(page.getByRole('heading', { level: 1, name: en.home_title })).toBeVisible();
});

test.describe('a Polish browser', () => {
  test.use({ locale: 'pl-PL' });
  test('opens in Polish until the user chooses otherwise', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: strings.pl.home_title })).toBeVisible();
    await page.getByLabel(strings.pl.language_label).selectOption('en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: en.home_title })).toBeVisible();
  });
});

test('the keyboard reaches every control and focus is visible', async ({ page }) => {
  test.skip(test.info().project.use.hasTouch, 'keyboard flow is a desktop concern');
  await page.goto('/#/method');
  await expect(page.getByRole('heading', { level: 1, name: en.method_title })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: en.skip_to_content });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/method$/);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: en.home_title })).toBeVisible();
  const order = [
    page.getByRole('link', { name: en.skip_to_content }),
    page.getByRole('link', { name: `${en.app_name} ${en.app_tagline}` }),
    page.getByRole('link', { name: en.nav_home, exact: true }),
    page.getByRole('link', { name: en.nav_method, exact: true }),
    page.getByLabel(en.language_label),
    page.getByRole('link', { name: en.home_method_link }),
  ];
  for (const target of order) {
    await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, 'focus must be visible').not.toBe('none');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: en.method_title })).toBeVisible();
});

test('every control is at least 44 px for touch', async ({ page }) => {
  for (const view of ['/', '/#/method']) {
    await page.goto(view);
    await expect(page.locator('main h1')).toBeVisible();
    const controls = page.locator('header a:not(.skip-link), header select, main .card a, main button');
    const count = await controls.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const box = await controls.nth(i).boundingBox();
      const name = await controls.nth(i).textContent();
      expect(box.height, `height of ${name}`).toBeGreaterThanOrEqual(44);
      expect(box.width, `width of ${name}`).toBeGreaterThanOrEqual(44);
    }
  }
});

test('the chart has a text alternative and a table of its numbers', async ({ page }) => {
  await page.goto('/#/method');
  const chart = page.getByRole('img', { name: en.loyalty_chart_title });
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg text', { hasText: en.loyalty_year_two })).toHaveCount(1);
  const table = page.getByRole('table', { name: en.loyalty_table_caption });
  await expect(table).toBeAttached();
  const toggle = page.getByRole('button', { name: en.chart_table_summary });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await press(toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(table).toBeVisible();
  await expect(table.getByRole('cell', { name: '33.3' })).toBeVisible();

  await page.getByLabel(en.language_label).selectOption('ru');
  const ru = strings.ru;
  await expect(page.getByRole('img', { name: ru.loyalty_chart_title })).toBeVisible();
  await expect(page.getByRole('table', { name: ru.loyalty_table_caption }).getByRole('cell', { name: '33,3' })).toBeAttached();
});

test('no sideways scrolling from a 360 px phone to a desktop', async ({ page }) => {
  for (const [width, height] of [[360, 740], [768, 1024], [1024, 768], [1440, 900]]) {
    await page.setViewportSize({ width, height });
    for (const view of ['/', '/#/method']) {
      await page.goto(view);
      await expect(page.locator('main h1')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${view} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});

test('the app still runs when the browser blocks storage', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(en.storage_unavailable);
  await page.getByLabel(en.language_label).selectOption('pl');
  await expect(page.getByRole('alert')).toHaveText(strings.pl.storage_unavailable);
  await press(page.getByRole('link', { name: strings.pl.nav_method, exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: strings.pl.method_title })).toBeVisible();
});

test('damaged saved data is set aside, never lost', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('rapport', '{"format":"rapport","version":1,"data":'));
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(en.storage_corrupt);
  expect(await page.evaluate(() => localStorage.getItem('rapport.backup'))).toBe('{"format":"rapport","version":1,"data":');
  await press(alert.getByRole('button', { name: en.dismiss }));
  await expect(alert).toHaveCount(0);
  await page.getByLabel(en.language_label).selectOption('ru');
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('rapport')));
  expect(saved).toMatchObject({ format: 'rapport', version: 1, data: { settings: { language: 'ru' } } });
});

test('work saved by a newer version is left untouched', async ({ page }) => {
  const newer = '{"format":"rapport","version":99,"data":{"future":true}}';
  await page.goto('/');
  await page.evaluate((v) => localStorage.setItem('rapport', v), newer);
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(en.storage_newer);
  await page.getByLabel(en.language_label).selectOption('pl');
  expect(await page.evaluate(() => localStorage.getItem('rapport'))).toBe(newer);
});
