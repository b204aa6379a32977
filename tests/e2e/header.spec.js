// The header on one line from a tablet up, in every language: the links
// inline where they fit, folded behind a Menu button where they do not
// (issue 20: "the header fits one line at 1024 px in every language or
// folds into a menu").
const { test, expect, press, open, openNav, strings } = require('./fixtures');

/** The header's parts that must share its one row, as boxes. */
async function rowBoxes(page) {
  return page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height, width: r.width };
    };
    const header = document.querySelector('header.app-header');
    const toggle = header.querySelector('.nav-toggle');
    const list = header.querySelector('.app-nav ul');
    const folded = getComputedStyle(toggle).display !== 'none';
    const parts = {
      brand: box(header.querySelector('.brand')),
      nav: box(folded ? toggle : list),
      language: box(header.querySelector('.language-switcher')),
    };
    const links = folded ? [] : [...list.querySelectorAll('a')].map(box);
    return {
      header: box(header),
      folded,
      parts,
      links,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

/** Fails unless every box overlaps every other vertically: one row. */
function expectOneRow(boxes, where) {
  for (const a of boxes) {
    for (const b of boxes) {
      expect(a.top < b.bottom && b.top < a.bottom, `${where}: ${JSON.stringify(boxes)}`).toBe(true);
    }
  }
}

// Width, height, and whether the links fit inline in each language there
// (measured: about 1,265 px in English and Polish, 1,495 px in Russian).
const sizes = [
  [768, 1024, { en: false, ru: false, pl: false }],
  [1024, 768, { en: false, ru: false, pl: false }],
  [1366, 768, { en: true, ru: false, pl: true }],
];

for (const [width, height, inline] of sizes) {
  test(`at ${width}×${height} the header is one line in every language`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page, '/');
    let shown = 'en';
    for (const lang of ['en', 'ru', 'pl']) {
      const t = strings[lang];
      await page.getByLabel(strings[shown].language_label).selectOption(lang);
      shown = lang;
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const where = `${lang} at ${width}`;
      const menu = page.getByRole('button', { name: t.nav_menu, exact: true });
      if (inline[lang]) {
        await expect(menu, where).toBeHidden();
        await expect(page.getByRole('link', { name: t.nav_method, exact: true }), where).toBeVisible();
      } else {
        await expect(menu, where).toBeVisible();
        await expect(page.getByRole('link', { name: t.nav_method, exact: true }), where).toBeHidden();
      }
      const m = await rowBoxes(page);
      expect(m.folded, where).toBe(!inline[lang]);
      expectOneRow([m.parts.brand, m.parts.nav, m.parts.language, ...m.links], where);
      // One line high: the tallest part, the header's padding (2 × 4 px)
      // and its border (1 px), with a pixel for rounding.
      const tallest = Math.max(...Object.values(m.parts).map((p) => p.height));
      expect(m.header.height, where).toBeLessThanOrEqual(tallest + 10);
      expect(m.overflow, where).toBeLessThanOrEqual(0);
    }
  });
}

test('at 1024 px the Menu button opens the links, a link navigates and closes it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, '/');
  const en = strings.en;
  const nav = page.getByRole('navigation', { name: en.nav_label });
  const menu = nav.getByRole('button', { name: en.nav_menu, exact: true });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const list = page.locator(`#${await menu.getAttribute('aria-controls')}`);
  await expect(list).toBeHidden();
  // A tap target.
  const size = await menu.boundingBox();
  expect(size.height).toBeGreaterThanOrEqual(44);
  expect(size.width).toBeGreaterThanOrEqual(44);

  await press(menu);
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(list).toBeVisible();
  await expect(nav.getByRole('link', { name: en.nav_home, exact: true })).toHaveAttribute('aria-current', 'page');
  await press(nav.getByRole('link', { name: en.nav_method, exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: en.method_title })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(list).toBeHidden();
  // The page shown is still marked in the list.
  await openNav(page);
  await expect(nav.getByRole('link', { name: en.nav_method, exact: true })).toHaveAttribute('aria-current', 'page');

  // Escape closes it and leaves focus on the button.
  await nav.getByRole('link', { name: en.nav_fit, exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(list).toBeHidden();
  await expect(menu).toBeFocused();

  // A tap outside closes it too.
  await openNav(page);
  await press(page.getByRole('heading', { level: 1, name: en.method_title }));
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  // Translated, and never printed.
  await page.getByLabel(en.language_label).selectOption('ru');
  const ru = strings.ru;
  const menuRu = page.getByRole('navigation', { name: ru.nav_label }).getByRole('button', { name: ru.nav_menu, exact: true });
  await expect(menuRu).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(menuRu).toBeHidden();
});

test('the keyboard opens the menu and walks its links', async ({ page }) => {
  test.skip(test.info().project.use.hasTouch, 'keyboard flow is a desktop concern');
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, '/');
  const en = strings.en;
  const menu = page.getByRole('button', { name: en.nav_menu, exact: true });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: en.nav_home, exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: en.nav_assessment, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/assessment\//);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});
