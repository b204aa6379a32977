// A workshop: the consultant creates it; three participants on their own
// tablets open the join link, answer and hand back codes; the consultant
// pastes them all and reads the team's view. Pass-the-tablet gives the
// same as separate devices.
const { test, expect, press, open, strings } = require('./fixtures');

const en = strings.en;
const COMPONENTS = ['values', 'leadership', 'strategy', 'structure', 'people', 'technology', 'knowledge', 'process'];
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, locale: 'en-GB' };

// Participant A answers 2 everywhere, B 4 and C 5, except the last
// statement of process, where they answer 2, 5 and 1: the team disagrees
// on it most. Values and culture: (25 + 75 + 100) / 3 = 66.7.
const PLANS = [
  { level: '2', last: '2' },
  { level: '4', last: '5' },
  { level: '5', last: '1' },
];

async function createWorkshop(page) {
  await open(page, '/#/workshop');
  await page.getByLabel(en.ws_name_label).fill('Kick-off');
  await page.getByLabel(en.ws_roles_label).fill('Management, Sales');
  await press(page.getByRole('button', { name: en.ws_create }));
  const link = await page.getByRole('textbox', { name: en.ws_join_heading }).inputValue();
  expect(link).toContain('#/join/');
  await expect(page.getByRole('img', { name: en.ws_qr_label }).locator('svg')).toHaveCount(1);
  return link;
}

/** Answers every statement on a participant's page and returns the code. */
async function participate(page, plan, role) {
  await expect(page.getByRole('heading', { level: 1, name: en.join_title.replace('{name}', 'Kick-off') })).toBeVisible();
  if (role) await page.getByLabel(en.join_role_label).selectOption({ label: role });
  for (const c of COMPONENTS) {
    for (let i = 0; i < 5; i += 1) {
      const level = c === 'process' && i === 4 ? plan.last : plan.level;
      const radio = page.getByRole('group', { name: en[`q_${c}`][i] }).getByRole('radio', { name: level, exact: true });
      await radio.tap();
    }
  }
  await page.getByRole('button', { name: en.join_finish }).tap();
  await expect(page.getByRole('heading', { name: en.join_result_heading })).toBeVisible();
  await expect(page.getByRole('img', { name: en.join_qr_label }).locator('svg')).toHaveCount(1);
  return page.getByLabel(en.join_code_label, { exact: true }).inputValue();
}

async function expectTeam(page, count) {
  await expect(page.getByText(en.ws_counts.replace('{respondents}', count).replace('{dont_know}', '0'))).toBeVisible();
  await press(page.getByRole('button', { name: en.chart_table_summary }));
  const stats = page.getByRole('table', { name: en.ws_stats_caption });
  await expect(stats.getByRole('row', { name: new RegExp(`^${en.component_values}`) }).getByRole('cell').first()).toHaveText('66.7');
  const disputed = page.getByRole('table', { name: en.ws_disagreement_caption });
  await expect(disputed.getByRole('row').nth(1)).toContainText(en.q_process[4]);
  // The radar's polygons, redrawn apart on each change, lie exactly over
  // its frame: same place, same size.
  const radar = page.getByRole('img', { name: en.ws_team_heading });
  const polygons = page.locator('.chart-layers', { has: radar }).locator('.chart-overlay svg');
  await expect(polygons.locator('polygon')).toHaveCount(1);
  const [frame, over] = [await radar.locator('svg').boundingBox(), await polygons.boundingBox()];
  for (const side of ['x', 'y', 'width', 'height']) expect(Math.abs(over[side] - frame[side])).toBeLessThan(0.5);
}

test('three participants on their own tablets; the consultant pastes their codes', async ({ page, browser }) => {
  test.skip(test.info().project.name !== 'desktop', 'the consultant works on a laptop; participants are tablets below');
  // 120 taps in three browser contexts: twice the default time, which a
  // busy machine needs.
  test.setTimeout(60_000);
  const link = await createWorkshop(page);
  const codes = [];
  for (const [i, plan] of PLANS.entries()) {
    const context = await browser.newContext(TABLET);
    const tablet = await context.newPage();
    await tablet.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(tablet.locator('#shell')).toHaveCount(0);
    codes.push(await participate(tablet, plan, i === 0 ? 'Management' : 'Sales'));
    await context.close();
  }
  expect(new Set(codes).size).toBe(3);
  expect(codes[0].length).toBeLessThanOrEqual(120);

  // All at once, with a link, a repeat and a damaged one among them.
  const damaged = codes[0].slice(0, 10) + (codes[0][10] === 'A' ? 'B' : 'A') + codes[0].slice(11);
  await page.getByLabel(en.ws_paste_label).fill(`${codes[0]}\n${link.split('#')[0]}#/result/${codes[1]}\n${codes[2]}\n${codes[2]}\n${damaged}`);
  await press(page.getByRole('button', { name: en.ws_add }));
  const outcomes = page.getByRole('status').filter({ hasText: codes[0].slice(0, 12) });
  await expect(outcomes.getByRole('listitem')).toHaveText([
    en.ws_added.replace('{code}', codes[0].slice(0, 12)),
    en.ws_added.replace('{code}', codes[1].slice(0, 12)),
    en.ws_added.replace('{code}', codes[2].slice(0, 12)),
    en.ws_refused_duplicate.replace('{code}', codes[2].slice(0, 12)),
    en.ws_refused_corrupted.replace('{code}', damaged.slice(0, 12)),
  ]);
  await expectTeam(page, '3');

  // A respondent left out, and back.
  await press(page.getByRole('checkbox', { name: en.ws_include_label.replace('{number}', '3') }));
  await expect(page.getByText(en.ws_counts.replace('{respondents}', '2').replace('{dont_know}', '0'))).toBeVisible();
  await press(page.getByRole('checkbox', { name: en.ws_include_label.replace('{number}', '3') }));
  await expect(page.getByText(en.ws_counts.replace('{respondents}', '3').replace('{dont_know}', '0'))).toBeVisible();

  // Presenter mode, moved by the keyboard and by its buttons.
  await press(page.getByRole('link', { name: en.ws_present }));
  await expect(page.getByRole('heading', { level: 1, name: 'Kick-off' })).toBeVisible();
  await expect(page.getByText(en.present_respondents.replace('{count}', '3'))).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('img', { name: en.ws_team_heading }).locator('svg')).toHaveCount(1);
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 1, name: en.present_disputed })).toBeVisible();
  await expect(page.getByRole('table', { name: en.ws_heatmap_caption }).getByRole('row').nth(1)).toContainText(en.q_process[4]);
  await page.keyboard.press(' ');
  // How the room answered the most disputed statement: 2, 5 and 1, one each.
  const spread = page.getByRole('table', { name: en.present_spread_caption });
  const first = spread.getByRole('row').nth(1);
  await expect(first).toContainText(en.q_process[4]);
  await expect(first.getByRole('cell')).toHaveText(['', '1', '1', '0', '0', '1', '0']);
  await press(page.getByRole('button', { name: en.present_prev }));
  await expect(page.getByText(en.present_slide.replace('{n}', '3').replace('{total}', '5'))).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByText(en.present_slide.replace('{n}', '2').replace('{total}', '5'))).toBeVisible();
});

test('pass-the-tablet: participants answer in turn on one device and each starts clean', async ({ page, browser }) => {
  test.skip(test.info().project.name !== 'desktop', 'one run is enough: the tablet is emulated below');
  test.setTimeout(60_000);
  const link = await createWorkshop(page);
  const context = await browser.newContext(TABLET);
  const tablet = await context.newPage();
  await tablet.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const codes = [];
  const files = [];
  const names = [];
  for (const plan of PLANS) {
    codes.push(await participate(tablet, plan));
    // The result also leaves as a file.
    const download = await Promise.all([
      tablet.waitForEvent('download'),
      tablet.getByRole('button', { name: en.join_download }).tap(),
    ]).then(([d]) => d);
    // Named per participant: no role here, so the participant's id alone.
    names.push(download.suggestedFilename());
    files.push(await download.path());
    // Handing on asks first: the result leaves the screen for good.
    await tablet.getByRole('button', { name: en.join_next }).tap();
    await expect(tablet.getByRole('alert')).toContainText(en.join_next_confirm);
    await tablet.getByRole('button', { name: en.join_next_yes }).tap();
    // The next participant sees none of the previous answers.
    await expect(tablet.getByRole('group', { name: en.q_values[0] }).getByRole('radio', { checked: true })).toHaveCount(0);
  }
  expect(names).toHaveLength(3);
  for (const name of names) expect(name).toMatch(/^rapport-result-[0-9a-f]{8}\.txt$/);
  expect(new Set(names).size).toBe(3);
  // The files are read before the context that made them closes.
  const contents = files.map((f) => require('node:fs').readFileSync(f));
  await context.close();
  // Several result files imported at once.
  await page.getByLabel(en.ws_files_label).setInputFiles(
    contents.map((buffer, i) => ({ name: `result-${i + 1}.txt`, mimeType: 'text/plain', buffer })),
  );
  await expectTeam(page, '3');
  // The heatmap puts the most disputed statement first, answer by answer.
  const heat = page.getByRole('table', { name: en.ws_heatmap_caption });
  const first = heat.getByRole('row').nth(1);
  await expect(first.getByRole('rowheader')).toHaveText(en.q_process[4]);
  await expect(first.getByRole('cell')).toHaveText(['2', '5', '1']);
});
