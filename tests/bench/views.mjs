// The `views` section of `make bench`: every view of the app opened
// directly, as a first visit on a slow phone network would, with what it
// costs on the wire and how soon it can be used, against the same page as
// a static snapshot (the physical floor of that view). This is the
// yardstick for splitting the download per view: the figures are reported
// against their budgets and never asserted.
//
// Each run is a fresh browser context (cold HTTP cache, no service worker
// from an earlier visit) on the tablet with touch, under Lighthouse's
// mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, and
// the CPU throttled 4x. The bench's server sends brotli, as a static host
// does.
import resultCodes from '../e2e/result_code.js';
import { EN, TABLET, median, round } from './common.mjs';

const { resultCode } = resultCodes;

/** Lighthouse's mobile profile, as DevTools applies it per request. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const CPU_RATE = 4;

/** Runs of each kind for the join page, whose ratio has a budget, and for
 * every other view (fewer, to keep the section to a few minutes). */
const JOIN_RUNS = Number(process.env.BENCH_VIEW_RUNS ?? 7);
const OTHER_RUNS = Number(process.env.BENCH_OTHER_VIEW_RUNS ?? 3);

/** How long one throttled run may take before the bench gives up on it:
 * the whole app at 1.6 Mbit/s alone is several seconds. */
const TIMEOUT = 90_000;

/** The statements a participant answers (8 components × 5): the join
 * page's progress reads "Answered 1 of 40" once the app has the first. */
const STATEMENTS = 40;

/** A workshop's invitation as `Invitation::fragment` writes it. */
const WORKSHOP = 4242;
const JOIN = `#/join/${WORKSHOP}?n=Kick-off&r=Management,Sales`;

/** A participant's result link (a version-2 code, as a device sends it). */
const RESULT = `#/result/${resultCode(
  WORKSHOP,
  1,
  Array.from({ length: STATEMENTS }, (_, i) => (i % 5) + 1),
  { participant: 1001, attempt: 1 },
)}`;

/** Every route in src/route.rs, one page of the assessment standing for
 * all eight, by the name the figures go under. */
const VIEWS = [
  ['home', '/'],
  ['method', '/#/method'],
  ['assessment', '/#/assessment/values'],
  ['assessment_results', '/#/assessment/results'],
  ['fit', '/#/fit'],
  ['loyalty', '/#/loyalty'],
  ['accounts', '/#/accounts'],
  ['engagements', '/#/engagements'],
  ['report', '/#/report'],
  ['workshop', '/#/workshop'],
  ['present', '/#/workshop/present'],
  // Where the app writes join links: join.html (src/route.rs, JOIN_PAGE).
  ['join', `/join.html${JOIN}`],
  ['result', `/${RESULT}`],
];

/** The contexts' options: the tablet, in English (the texts the join
 * page's signal is read in). */
const CONTEXT = { ...TABLET, locale: 'en-GB' };

/**
 * Installed in every document before its own scripts: notes in
 * `window.__bench.done` the moment the view is usable, in milliseconds from
 * navigation start. `until` says which moment:
 * - `view`: the app has mounted the view (the prerendered home gone, a
 *   heading of `main` visible), at the next frame, which a page still
 *   waiting for its CSS does not get, so a snapshot is not "usable" before
 *   it can paint either;
 * - `answer`: the page has registered the join page's first answer (its
 *   progress count reads `answered`): join.html's own script counts and
 *   keeps answers given before the app has arrived, which the app then
 *   takes over (src/join/early.js), so this is the moment the answer is
 *   held, whichever of the two holds it;
 * - `checked`: the browser has checked a radio (its change event), for the
 *   join page's snapshot, where no script answers.
 */
function watch({ until, answered }) {
  const marks = {};
  window.__bench = marks;
  let framed = false;
  const viewShown = () => {
    if (framed || document.getElementById('shell')) return;
    if (![...document.querySelectorAll('main h1')].some((e) => e.checkVisibility())) return;
    framed = true;
    requestAnimationFrame(() => {
      marks.done = performance.now();
    });
  };
  const answerRegistered = () => {
    if (!marks.done && document.getElementById('join-progress-text')?.textContent === answered) {
      marks.done = performance.now();
    }
  };
  if (until === 'checked') {
    document.addEventListener(
      'change',
      () => {
        marks.done ??= performance.now();
      },
      true,
    );
    return;
  }
  const check = until === 'answer' ? answerRegistered : viewShown;
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The join page's first answer option: the first radio of the first
 * statement, found as a participant's screen reader would. */
function firstAnswer(page) {
  return page.getByRole('group', { name: EN.q_values[0] }).getByRole('radio').first();
}

/**
 * Counts the same-origin bytes a visit receives, once a response has fully
 * arrived: the page's own requests as CDP reports them (`encodedDataLength`:
 * headers and compressed body, what crossed the wire), and the service
 * worker's precache, which the app starts once the view is interactive.
 * The worker is a target of its own, outside the page's CDP session (and
 * its network emulation), so its requests are read from Playwright's
 * context events, whose sizes come from the same CDP figure.
 */
async function wireCounter(cdp, context, origin) {
  const urls = new Map();
  const finished = [];
  const worker = [];
  let pending = 0;
  let lastChange = Date.now();
  const asked = () => {
    pending += 1;
    lastChange = Date.now();
  };
  const answered = () => {
    pending -= 1;
    lastChange = Date.now();
  };
  const ours = (url) => url.startsWith(`${origin}/`);
  // CDP stamps events on a monotonic clock; a request's `wallTime` gives
  // its offset to the page's clock (`performance.timeOrigin`), so a
  // response can be told to have arrived before the view was usable.
  let wallOffset = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    wallOffset ??= e.wallTime - e.timestamp;
    if (!urls.has(e.requestId)) asked();
    urls.set(e.requestId, e.request.url);
  });
  const done = (e, bytes) => {
    const url = urls.get(e.requestId);
    if (url === undefined) return;
    urls.delete(e.requestId);
    answered();
    const at = wallOffset === null ? null : (e.timestamp + wallOffset) * 1000;
    if (bytes !== null && ours(url)) finished.push({ url, bytes, at });
  };
  cdp.on('Network.loadingFinished', (e) => done(e, e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e) => done(e, null));
  await cdp.send('Network.enable');
  context.on('request', (r) => r.serviceWorker() && asked());
  context.on('requestfailed', (r) => r.serviceWorker() && answered());
  context.on('requestfinished', (r) => {
    if (!r.serviceWorker()) return;
    worker.push(
      r
        .sizes()
        .then((sizes) => {
          const bytes = Math.max(0, sizes.responseHeadersSize + sizes.responseBodySize);
          // What it took from the HTTP cache (the hashed files the page
          // loaded) crossed no wire: left out of the list.
          return ours(r.url()) && bytes > 0 ? [{ url: r.url(), bytes, serviceWorker: true }] : [];
        })
        // A visit that does not wait for the network to go quiet closes
        // while the worker is still precaching; nobody reads those.
        .catch(() => [])
        .finally(answered),
    );
  });
  return {
    /** The page's responses that had arrived by `before` (epoch ms, the
     * page's clock), or so far. */
    files: (before = Infinity) =>
      finished.filter((f) => f.at === null || f.at <= before),
    /** Every response of the visit, the page's then the worker's. */
    all: async () => [...finished, ...(await Promise.all(worker)).flat()],
    /** Resolves once nothing has been asked or received for `quiet` ms
     * (or after `cap` ms, so a page that polls cannot hang the bench). */
    idle: async (quiet = 2000, cap = 30_000) => {
      const start = Date.now();
      while (Date.now() - start < cap && (pending > 0 || Date.now() - lastChange < quiet)) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

const bytesOf = (files) => files.reduce((n, f) => n + f.bytes, 0);

/**
 * One throttled first visit of `url` in a fresh context: milliseconds from
 * navigation start until the view is usable (see `watch`; on the join page
 * the bench taps the first answer as soon as it can be tapped), and the
 * responses received by then. With `settle`, it then waits until the
 * network is idle and also returns every response of the visit.
 */
async function timedVisit(browser, origin, url, until, settle) {
  const context = await browser.newContext(CONTEXT);
  const answered = EN.progress_overall.replace('{answered}', '1').replace('{total}', String(STATEMENTS));
  await context.addInitScript(watch, { until, answered });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const wire = await wireCounter(cdp, context, origin);
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    if (until !== 'view') await firstAnswer(page).tap({ timeout: TIMEOUT });
    const ms = await (
      await page.waitForFunction(() => window.__bench?.done, null, { polling: 50, timeout: TIMEOUT })
    ).jsonValue();
    // What had arrived when the view became usable, not when the bench
    // noticed: under 4× throttling that is a few hundred milliseconds later,
    // enough for the join page's module (which comes after the first
    // answer is possible) to be counted in some runs and not in others.
    const usableAt = await page.evaluate((done) => performance.timeOrigin + done, ms);
    const untilUsable = wire.files(usableAt);
    let all = untilUsable;
    if (settle) {
      await wire.idle();
      all = await wire.all();
    }
    return { ms, untilUsable, all };
  } finally {
    await context.close();
  }
}

/**
 * The view `url` as the app has drawn it, as a static page: loaded
 * unthrottled, its form fields' current values written into the markup
 * (the app sets them as properties, which `outerHTML` would not show),
 * then every script and every (module)preload link removed, so what is
 * left is the markup and the same CSS and icons. The prerendered home is
 * gone by then: the app removed it when it mounted.
 */
async function snapshot(browser, origin, url) {
  const context = await browser.newContext(CONTEXT);
  await context.addInitScript(watch, { until: 'view' });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.done, null, { polling: 50, timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    const html = await page.evaluate(() => {
      for (const input of document.querySelectorAll('input')) {
        if (input.type === 'radio' || input.type === 'checkbox') input.toggleAttribute('checked', input.checked);
        else if (input.type !== 'file') input.setAttribute('value', input.value);
      }
      for (const option of document.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
      for (const area of document.querySelectorAll('textarea')) area.textContent = area.value;
      return document.documentElement.outerHTML;
    });
    const still = `<!DOCTYPE html>\n${html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi, '')}`;
    if (/<script\b|rel="(?:modulepreload|preload)"/i.test(still)) throw new Error(`a script is left in the snapshot of ${url}`);
    return Buffer.from(still);
  } finally {
    await context.close();
  }
}

/** A file's name as the figures list it, from its URL. */
const fileName = (url) => decodeURIComponent(new URL(url).pathname).replace(/^\//, '') || 'index.html';

/**
 * The figures of one view: `runs` app visits interleaved with as many
 * visits of its snapshot (so a drift of the machine touches both alike),
 * medians and their ratio. The first app visit also waits for the network
 * to go quiet, for the visit's total and its list of files (the same on
 * every cold visit: every file is hashed or `no-store`).
 */
async function view(browser, origin, snapshots, [name, url], runs) {
  snapshots.set(name, await snapshot(browser, origin, `${origin}${url}`));
  const join = name === 'join';
  const app = [];
  const floor = [];
  let first = null;
  let floorBytes = null;
  for (let i = 0; i < runs; i++) {
    const visit = await timedVisit(browser, origin, `${origin}${url}`, join ? 'answer' : 'view', i === 0);
    first ??= visit;
    app.push(visit.ms);
    const still = await timedVisit(browser, origin, `${origin}/__snapshot/${name}`, join ? 'checked' : 'view', false);
    floorBytes ??= bytesOf(still.untilUsable);
    floor.push(still.ms);
  }
  const usable = new Set(first.untilUsable);
  return {
    url,
    bytes_on_wire_until_interactive: bytesOf(first.untilUsable),
    bytes_on_wire_total: bytesOf(first.all),
    files: first.all.map((f) => ({
      file: fileName(f.url),
      bytes: f.bytes,
      until_interactive: usable.has(f),
      ...(f.serviceWorker ? { by_service_worker: true } : {}),
    })),
    first_interaction_median_ms: round(median(app)),
    static_snapshot_median_ms: round(median(floor)),
    static_snapshot_bytes_on_wire: floorBytes,
    ratio: Math.round((median(app) / median(floor)) * 100) / 100,
    runs,
  };
}

/**
 * Every view, opened directly: `{ <view>: figures }`. The join page is
 * timed to the first answer registered and gets `BENCH_VIEW_RUNS` runs;
 * the others are timed to the mounted view and get `BENCH_OTHER_VIEW_RUNS`.
 * `snapshots` is the server's map of static pages, filled here.
 */
export async function views(browser, origin, snapshots) {
  const out = {
    profile: {
      latency_ms: NETWORK.latency,
      download_bytes_per_s: NETWORK.downloadThroughput,
      upload_bytes_per_s: NETWORK.uploadThroughput,
      cpu_throttling: CPU_RATE,
      viewport: `${CONTEXT.viewport.width}x${CONTEXT.viewport.height}, touch`,
    },
  };
  // `BENCH_VIEWS=join,fit` measures those views alone, while working on one.
  const only = process.env.BENCH_VIEWS?.split(',');
  for (const entry of VIEWS.filter(([name]) => !only || only.includes(name))) {
    try {
      out[entry[0]] = await view(browser, origin, snapshots, entry, entry[0] === 'join' ? JOIN_RUNS : OTHER_RUNS);
    } catch (e) {
      throw new Error(`view ${entry[0]}: ${e.message}`, { cause: e });
    }
  }
  return out;
}

/** The views' budgets, with what was measured: the join page's bytes until
 * its first answer and its ratio to the snapshot, and the largest of the
 * other views opened directly (named). */
export function viewBudgets(figures) {
  const others = VIEWS.map(([name]) => name)
    .filter((name) => name !== 'join' && figures[name])
    .map((name) => [name, figures[name].bytes_on_wire_until_interactive]);
  const [largest, bytes] = others.reduce((a, b) => (b[1] > a[1] ? b : a), [null, null]);
  return {
    join_bytes_on_wire: { budget: 150 * 1024, measured: figures.join?.bytes_on_wire_until_interactive ?? null },
    other_views_max_bytes_on_wire: { budget: 200 * 1024, measured: bytes, view: largest },
    join_first_answer_ratio: { budget: 1.5, measured: figures.join?.ratio ?? null },
  };
}
