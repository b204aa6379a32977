// `make bench`: prints Rapport's size and speed figures as JSON.
//
// Sizes: raw, gzip and brotli of every file in dist/, and what a first visit
// really transfers (the files the browser asks for, compressed). Speed: the
// median time from navigation to the first rendered view (Chrome's first
// contentful paint) over fresh page loads in headless Chromium at 1x and 4x
// CPU throttling, for the app and, in the same run, for a static page with
// the same header and home text (the physical floor). Interactions: the
// median time from a tap to the updated view, at 4x. Views (views.mjs):
// every view of the app opened directly on a cold cache, under Lighthouse's
// mobile profile (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, 4x
// CPU) on the tablet: the bytes on the wire until the view can be used and
// once the network is idle (service worker precache included), with the
// files; the median time from navigation to the view mounted (on the join
// page: to the first answer registered by the app, the bench tapping it as
// soon as it can); and, interleaved in the same run, the same times for a
// static snapshot of the view (the app's DOM without its scripts, at
// `/__snapshot/<view>`), with the ratio. Timings are measured here and never
// asserted in tests.
//
// The server compresses like a static host: brotli (quality 11) to a
// browser that accepts it, else gzip, else raw, for text and WebAssembly;
// each body is compressed once. `BENCH_ONLY=views,first_visit` (the names
// in `main`) runs single figures; `BENCH_VIEWS=join,fit` limits the views,
// whose runs are `BENCH_VIEW_RUNS` (join page, 7) and
// `BENCH_OTHER_VIEW_RUNS` (the others, 3).
import { chromium } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import launchOptions from '../e2e/chromium.js';
import y4m from '../e2e/y4m.js';
import resultCodes from '../e2e/result_code.js';
import os from 'node:os';
import { EN, TABLET, median, round } from './common.mjs';
import { views, viewBudgets } from './views.mjs';

const SITE = path.resolve(process.argv[2] ?? 'target/site');
const DIST = distDir();
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const RATES = [1, 4];
const { resultCode } = resultCodes;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The build the size figures list: `BENCH_DIST` if set, else `dist/` here
 * (`make bench` runs from the repository), else the `dist/` beside the
 * site given (`…/target/site` → `…/dist`), so the bench also runs from a
 * checkout without a build of its own against another one's site.
 */
function distDir() {
  const candidates = [process.env.BENCH_DIST, 'dist', path.join(SITE, '..', '..', 'dist')].filter(Boolean);
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  if (!found) throw new Error(`no build (index.html) in any of ${candidates.join(', ')}; set BENCH_DIST`);
  return path.resolve(found);
}

/** Bodies a static host would send, by the SHA-256 of the raw bytes. */
const ENCODINGS = new Map();

/**
 * `bytes` raw, gzip (level 9) and brotli (quality 11), as a static host
 * precompresses them. Computed once per content: the size figures and the
 * server share them, so what the figures report is what the browser gets,
 * and the 2 MB WebAssembly is compressed once, not once per request.
 */
function encodings(bytes) {
  const key = crypto.createHash('sha256').update(bytes).digest('hex');
  if (!ENCODINGS.has(key)) {
    ENCODINGS.set(key, {
      raw: bytes,
      gzip: zlib.gzipSync(bytes, { level: 9 }),
      br: zlib.brotliCompressSync(bytes, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }),
    });
  }
  return ENCODINGS.get(key);
}

function compressed(bytes) {
  const e = encodings(bytes);
  return { raw: e.raw.length, gzip: e.gzip.length, brotli: e.br.length };
}

function walk(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) return walk(path.join(dir, entry.name), rel);
    return [rel];
  });
}

function sum(rows) {
  return rows.reduce(
    (acc, r) => ({ raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip, brotli: acc.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The floor: the prerendered English home from the built index.html, as a
 * static page with the same CSS and no script, so it always says exactly
 * what the app's first view says.
 */
function floorPage() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const start = html.indexOf('<div class="shell" lang="en">');
  const end = html.indexOf('<div class="shell" lang="ru">');
  if (start < 0 || end < 0) throw new Error('no prerendered English home in dist/index.html');
  const t = EN;
  const css = walk(DIST).find((f) => f.endsWith('.css'));
  return `<!DOCTYPE html>
<html lang="en" data-shell="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.app_tagline)} · ${escape(t.app_name)}</title>
<link rel="stylesheet" href="/${css}"><link rel="icon" href="data:,"></head>
<body><div id="shell">${html.slice(start, end)}</div></body></html>`;
}

/** Types a static host compresses: text and WebAssembly, not PNG (which is
 * compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.wasm']);

/** Whether an `Accept-Encoding` header accepts `coding` (and not with q=0). */
function accepts(header, coding) {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';').map((p) => p.trim());
    return name === coding && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

/**
 * Sends `bytes` as a static host does: brotli to a browser that takes it,
 * else gzip, else raw, with `Vary` so a cache keeps them apart. PNG and
 * other binary types always go raw.
 */
function send(req, res, bytes, ext, cacheControl) {
  const headers = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': cacheControl,
  };
  let body = bytes;
  if (COMPRESSIBLE.has(ext)) {
    const e = encodings(bytes);
    const wanted = req.headers['accept-encoding'];
    headers.vary = 'Accept-Encoding';
    if (accepts(wanted, 'br')) [body, headers['content-encoding']] = [e.br, 'br'];
    else if (accepts(wanted, 'gzip')) [body, headers['content-encoding']] = [e.gzip, 'gzip'];
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Each file of the site as read once: the site does not change during a run. */
const SITE_FILES = new Map();

function siteFile(file) {
  if (!SITE_FILES.has(file)) SITE_FILES.set(file, fs.readFileSync(file));
  return SITE_FILES.get(file);
}

/**
 * The site as a static host serves it, plus the bench's static pages: the
 * home floor at `/__floor/` and each view's snapshot (`snapshots`, filled by
 * views.mjs) at `/__snapshot/<view>`. Any other path under `/__snapshot/`
 * is the site's file of that name, so a snapshot's relative links (the
 * CSS, the icons) load exactly the files the app loads.
 */
function serve(floor, snapshots) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/__floor/') {
      send(req, res, Buffer.from(floor), '.html', 'no-store');
      return;
    }
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.startsWith('/__snapshot/')) {
      const name = pathname.slice('/__snapshot/'.length);
      if (snapshots.has(name)) {
        send(req, res, snapshots.get(name), '.html', 'no-store');
        return;
      }
      pathname = `/${name}`;
    }
    let file = path.join(SITE, pathname);
    if (!file.startsWith(SITE)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // Hashed assets may be cached for good, as static hosts serve them;
    // the page itself never is. Fresh contexts start with empty caches, so
    // only measurements that reuse a context see a cache.
    const hashed = /\/app-[0-9a-f]{16}\/|-[0-9a-f]{16}(_bg)?\.(wasm|js|css|svg)$/.test(file);
    send(req, res, siteFile(file), path.extname(file), hashed ? 'public, max-age=31536000, immutable' : 'no-store');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Milliseconds from navigation to the page's first contentful paint, as
 * Chrome reports it: nothing is injected into the page while it loads. For
 * the app the run also waits until the app itself has mounted (the
 * prerendered home is gone and a heading is visible), so an app that failed
 * to start could not look fast.
 */
async function firstView(browser, url, rate, isApp) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url);
  const options = { polling: 250, timeout: 30_000 };
  if (isApp) {
    await page.waitForFunction(
      () =>
        !document.getElementById('shell') &&
        [...document.querySelectorAll('main h1')].some((e) => e.checkVisibility()),
      null,
      options,
    );
  }
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    null,
    options,
  );
  const ms = await handle.jsonValue();
  await context.close();
  return ms;
}

/**
 * Milliseconds from a tap to every element of `watched` (CSS selectors) being
 * updated in the DOM, at the tablet size with touch and `rate`x CPU
 * throttling, measured two ways: from the moment the page receives the
 * tap's click (the app's own work, which the budgets are about), and from
 * the click event's time stamp (adding the browser's input pipeline, whose
 * floor on an empty page `inputFloor` measures). `prepare` runs untimed;
 * `target(page, i)` is the control the i-th tap hits (or `act(page, i)` does
 * the i-th change, timed from its `event`), and every change must change
 * what the watched elements show.
 */
async function tapToUpdate(browser, origin, rate, { route, watched, prepare, target, act, taps, event = 'click', store }) {
  const context = await browser.newContext(TABLET);
  // A store to start from, written once before the app first loads.
  if (store) await context.addInitScript((value) => localStorage.setItem('rapport', value), store);
  const page = await context.newPage();
  await page.goto(`${origin}/${route}`);
  for (const selector of watched) await page.locator(selector).first().waitFor();
  if (prepare) await prepare(page);
  await page.evaluate(([selectors, event]) => {
    window.latencies = [];
    let stamp = null;
    let received = null;
    let pending = new Set();
    // A capture listener on the document runs before any of the app's.
    document.addEventListener(
      event,
      (e) => {
        stamp = e.timeStamp;
        received = performance.now();
        pending = new Set(selectors);
      },
      true,
    );
    for (const selector of selectors) {
      new MutationObserver(() => {
        if (received === null || !pending.delete(selector) || pending.size > 0) return;
        const now = performance.now();
        window.latencies.push([now - received, now - stamp]);
        received = null;
      }).observe(document.querySelector(selector), { childList: true, subtree: true, characterData: true });
    }
  }, [watched, event]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (let i = 0; i < taps; i++) {
    if (act) await act(page, i);
    else await target(page, i).tap();
    await page.waitForFunction((n) => window.latencies.length >= n, i + 1, { polling: 'raf' });
  }
  const latencies = await page.evaluate(() => window.latencies);
  await context.close();
  return {
    taps: latencies.length,
    cpu_throttling: rate,
    from_event_received: stats(latencies.map((l) => l[0])),
    from_event_timestamp: stats(latencies.map((l) => l[1])),
  };
}

/** Tapping answers of the questionnaire until the radar beside it updates. */
function tapToRadar(browser, origin, rate, taps) {
  return tapToUpdate(browser, origin, rate, {
    route: '#/assessment/values',
    watched: ['.profile-radar .chart-svg'],
    taps,
    // Each tap moves the component's mean score, so the radar must change:
    // the first round answers 3, 5, 1, 4, 2 in turn; every later round gives
    // each statement the next level up (5 wraps to 1).
    target: (page, i) => {
      const level = ((BASE_LEVELS[i % 5] + Math.floor(i / 5)) % 5) + 1;
      return page.locator('fieldset.item').nth(i % 5).locator(`input[value="${level}"]`);
    },
  });
}

/**
 * Tapping the supplier's answers until the verdict (the summary) and the
 * butterfly chart update. The client answers 1 on every scale first; the
 * supplier then goes round the twelve scales with 2, 3, 4, 5, 2 … so every
 * tap changes a gap and with it the score.
 */
function tapToVerdict(browser, origin, rate, taps) {
  const client = (page) => page.locator('fieldset.party-scale').filter({ hasText: 'Client' });
  const supplier = (page) => page.locator('fieldset.party-scale').filter({ hasText: 'Supplier' });
  return tapToUpdate(browser, origin, rate, {
    route: '#/fit',
    watched: ['.fit aside', '.fit aside .chart-svg'],
    taps,
    prepare: async (page) => {
      for (let i = 0; i < 12; i++) await client(page).nth(i).locator('input[value="1"]').tap();
    },
    target: (page, i) => {
      const value = 2 + (Math.floor(i / 12) % 4);
      return supplier(page).nth(i % 12).locator(`input[value="${value}"]`);
    },
  });
}

/**
 * Typing a new retention rate until the charts it moves are updated, with
 * a 30-year horizon: from the field's `input` event to the last of them in
 * the DOM. The rate alternates between 70 and 90 via values in between.
 */
function inputToCharts(browser, origin, rate, changes) {
  const field = (page) => page.locator('#figure-retention');
  return tapToUpdate(browser, origin, rate, {
    route: '#/loyalty',
    // Retention moves the cost, cumulative-profit and sensitivity charts;
    // profit per retained customer and cost to serve do not depend on it.
    watched: [1, 3, 5].map((n) => `.chart-grid > :nth-child(${n}) .chart-svg`),
    taps: changes,
    event: 'input',
    prepare: async (page) => {
      await page.locator('#figure-horizon').fill('30');
      await page.waitForFunction(() => document.querySelectorAll('.chart-grid svg').length === 5);
    },
    act: (page, i) => field(page).fill(String(70 + (i % 5) * 5)),
  });
}

/** A deterministic stream of numbers in [0, 1) (xorshift), so every run
 * benchmarks the same customers. */
function randoms(seed) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1_000_000) / 1_000_000;
  };
}

/** `n` customers as a client's CRM would hold them: revenue spread over
 * three orders of magnitude, margins from −5 % to 45 %, cost to serve from
 * 2 % to 40 % of revenue, some with growth. */
function customers(n) {
  const next = randoms(0x2545f491);
  return Array.from({ length: n }, (_, i) => {
    const revenue = Math.round(1000 * Math.exp(next() * 7) * 100) / 100;
    const margin = Math.round((next() * 50 - 5) * 10) / 10;
    const cost = Math.round(revenue * (0.02 + next() * 0.38));
    const growth = next() < 0.3 ? Math.round(next() * 60 - 10) : null;
    return { name: `Klient ${i + 1}`, revenue, margin, cost, growth };
  });
}

/** The customers as a Polish spreadsheet exports them: a BOM, `;`, decimal
 * commas and digits grouped by no-break spaces. */
function customersCsv(n) {
  const number = (v) => v.toLocaleString('pl-PL', { maximumFractionDigits: 2 }).replace(/\s/g, '\u00a0');
  const lines = customers(n).map(
    (c) => `${c.name};${number(c.revenue)};${number(c.margin)};${number(c.cost)};${c.growth === null ? '' : number(c.growth)}`,
  );
  return `\ufeff${['Klient;Przychód;Marża %;Koszt obsługi;Wzrost %', ...lines].join('\r\n')}\r\n`;
}

/** A store whose one engagement holds `n` customers in the key-account tool. */
function customersStore(n) {
  const list = customers(n).map((c, i) => ({
    i: i + 1,
    n: c.name,
    r: c.revenue,
    m: { p: c.margin },
    c: c.cost,
    ...(c.growth === null ? {} : { g: c.growth }),
  }));
  return JSON.stringify({
    format: 'rapport',
    version: 4,
    revision: 1,
    data: { settings: { language: 'en' }, engagements: [{ id: 'e1', name: 'Big client', accounts: { customers: list } }], current: 'e1' },
  });
}

/**
 * Importing a file of 5,000 customers, timed in two parts at the tablet size
 * and `rate`x CPU: from the file input's change event to the preview's
 * counts (read, parse, check every line), and from the tap on "Add to the
 * list" until the types, the customer count, the matrix and the whale curve
 * show all 5,000 (classified and drawn). A fresh context per run.
 */
async function importAndClassify(browser, origin, rate, runs, { rehearsed = true } = {}) {
  const csv = Buffer.from(customersCsv(5000));
  const read = [];
  const classify = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(TABLET);
    const page = await context.newPage();
    await page.goto(`${origin}/#/accounts`);
    await page.locator('#acc-import-file').waitFor();
    // A consultant takes seconds to find the client's file; by then the
    // tool has rehearsed the import while idle and fetched the review of a
    // file (ui/accounts/rehearsal.rs).
    // The cold figure chooses the file as soon as the input shows.
    if (rehearsed) {
      await page.waitForFunction(() => performance.getEntriesByName('rapport-import-rehearsed').length > 0, null, { timeout: 30_000 });
    }
    await page.evaluate(() => {
      const marks = {};
      window.marks = marks;
      document.addEventListener('change', (e) => {
        if (e.target.id === 'acc-import-file') marks.chosen = performance.now();
      }, true);
      document.addEventListener('click', () => {
        if (marks.previewed) marks.confirmed = performance.now();
      }, true);
      new MutationObserver(() => {
        if (marks.chosen && !marks.previewed && document.querySelector('.import-preview [role="status"]')) {
          marks.previewed = performance.now();
        }
        if (marks.confirmed && !marks.classified) {
          const count = document.querySelector('.accounts > section > p[role="status"]')?.textContent ?? '';
          const dots = [...document.querySelectorAll('.chart-stack .chart-svg path')].reduce((n, p) => n + (p.getAttribute('d').match(/M/g)?.length ?? 0), 0);
          const whale = document.querySelectorAll('.whale-table tbody tr').length;
          if (count.includes('5,000') && dots > 100 && whale > 5) marks.classified = performance.now();
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.locator('#acc-import-file').setInputFiles({ name: 'klienci.csv', mimeType: 'text/csv', buffer: csv });
    await page.waitForFunction(() => window.marks.previewed, null, { polling: 'raf', timeout: 60_000 });
    await page.locator('.import-preview button').first().tap();
    await page.waitForFunction(() => window.marks.classified, null, { polling: 'raf', timeout: 60_000 });
    const m = await page.evaluate(() => window.marks);
    read.push(m.previewed - m.chosen);
    classify.push(m.classified - m.confirmed);
    await context.close();
  }
  const total = read.map((r, i) => r + classify[i]);
  return {
    customers: 5000,
    file_bytes: csv.length,
    cpu_throttling: rate,
    runs,
    read_and_preview: stats(read),
    confirm_to_types_and_charts: stats(classify),
    total: stats(total),
  };
}

/**
 * Typing a new cost-to-serve threshold with 5,000 customers until the
 * matrix's overlay (thresholds, quadrant names) and its table of types are
 * updated. The points layer and the whale curve do not depend on the
 * thresholds, so they are not redrawn (which is the design).
 */
function thresholdToMatrix(browser, origin, rate, changes) {
  return tapToUpdate(browser, origin, rate, {
    route: '#/accounts',
    store: customersStore(5000),
    // The table is rebuilt, so its figure's table box (which stays) is watched.
    watched: ['.chart-stack .chart-overlay', '.chart-stack ~ .chart-table'],
    taps: changes,
    event: 'input',
    prepare: (page) => page.waitForFunction(() => document.querySelectorAll('.chart-stack svg').length === 2),
    // Steps of 40 000 move the line by several pixels on a scale to about
    // 450 000, so every change redraws the overlay and moves customers.
    act: (page, i) => page.locator('#acc-threshold-cost').fill(String(20000 + (i % 8) * 40000)),
  });
}

const COMPONENT_KEYS = ['values', 'leadership', 'strategy', 'structure', 'people', 'technology', 'knowledge', 'process'];
const DIMENSION_KEYS = [
  'deal_orientation', 'horizon', 'gain_sharing', 'strategy_focus', 'bargaining', 'market_power',
  'partner_choice', 'stability', 'deciding', 'trusting', 'disagreeing', 'scheduling',
];

/**
 * A large saved store as the app writes it: 50 engagements, each with every
 * statement answered, 5 snapshots, both culture profiles complete and 3
 * loyalty scenarios.
 */
function bigStore() {
  const answers = (seed) => {
    const out = {};
    COMPONENT_KEYS.forEach((c, ci) => {
      for (let i = 1; i <= 5; i++) {
        const n = (seed + ci * 5 + i) % 6;
        out[`${c}.${i}`] = n;
      }
    });
    return { answers: out, weights: { values: 2, strategy: 1.5 }, targets: { people: 70 } };
  };
  const figures = (retention) => ({
    customers: 1000, acquisition_cost: 300, revenue: 1000, margin: 30, retention, service_cost: 60,
    service_cost_later: 33.3, revenue_growth: 5, referrals: 0.1, referral_value: 100, premium_growth: 1,
    discount: 10, horizon: 30, cross_selling_cost: 40, promotion_cost: 30, repairs_cost: 25, later_cost_share: 50,
  });
  const effects = { cost_savings: true, revenue_growth: true, referrals: true, price_premium: false };
  const profile = (seed) => Object.fromEntries(DIMENSION_KEYS.map((d, i) => [d, ((seed + i) % 5) + 1]));
  const ocai = { aspects: Array.from({ length: 6 }, () => [40, 20, 25, 15]) };
  const engagements = Array.from({ length: 50 }, (_, e) => ({
    id: `e${e + 1}`,
    name: `Client ${e + 1} — Zakłady Północne S.A.`,
    changed: '2026-11-20T10:15',
    assessment: {
      current: answers(e),
      snapshots: Array.from({ length: 5 }, (_, s) => ({
        id: s + 1,
        date: `2026-0${s + 1}-15`,
        name: `Workshop ${s + 1}`,
        answers: answers(e + s + 1),
      })),
    },
    fit: {
      supplier: { name: 'Acme Supplies', profile: profile(e), ocai },
      client: { name: `Client ${e + 1}`, profile: profile(e + 2), ocai },
    },
    economics: {
      currency: 'PLN',
      figures: figures(80),
      effects,
      scenarios: [75, 80, 85].map((r, i) => ({ id: i + 1, name: `Retention ${r}`, figures: figures(r), effects })),
    },
  }));
  return JSON.stringify({
    format: 'rapport',
    version: 3,
    revision: 1,
    data: { settings: { language: 'en' }, engagements, current: 'e1', last_exported: '2026-11-20' },
  });
}

/**
 * The big store's size, and the time the app takes to read it at start-up
 * (its own `rapport-open` measure: reading, migrating and checking the
 * store) at `rate`x CPU throttling. A store this large belongs to a
 * returning user, whose browser has the app cached, so the median is over
 * `runs` reloads in one context after a first, cold load (reported too).
 */
async function bigStoreLoad(browser, origin, rate, runs) {
  const store = bigStore();
  const context = await browser.newContext();
  await context.addInitScript((value) => {
    localStorage.setItem('rapport', value);
  }, store);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const load = async () => {
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('rapport-open')[0]?.duration,
      null,
      { polling: 100, timeout: 30_000 },
    );
    const ms = await handle.jsonValue();
    // The list is a view of its own, whose code may still be coming.
    await page.locator('.engagement').nth(49).waitFor({ timeout: 30_000 }).catch(() => {});
    const listed = await page.locator('.engagement').count();
    if (listed !== 50) throw new Error(`the big store showed ${listed} engagements`);
    return ms;
  };
  await page.goto(`${origin}/#/engagements`);
  const cold = await load();
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    times.push(await load());
  }
  await context.close();
  const bytes = Buffer.byteLength(store, 'utf8');
  return {
    engagements: 50,
    bytes,
    share_of_5_mb: round((bytes / 5e6) * 1000) / 1000,
    cpu_throttling: rate,
    cold_load_ms: round(cold),
    runs,
    load_median_ms: round(median(times)),
    load_max_ms: round(Math.max(...times)),
  };
}

/**
 * Opening the report of a full engagement: every statement answered, 5
 * snapshots, a workshop of 30 respondents, both culture profiles and their
 * OCAI splits, 3 scenarios. The store is read untimed; each run goes from
 * the home page to `#/report` and times, in the page, from the hash change
 * to the report complete in the DOM (its last section, method and sources,
 * comes after every chart), at `rate`x CPU throttling.
 */
async function reportOpen(browser, origin, rate, runs) {
  const work = JSON.parse(bigStore());
  const engagement = work.data.engagements[0];
  let seed = 11;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const workshop = 4242;
  engagement.workshops = [{
    id: workshop,
    name: 'Kick-off',
    roles: ['Management', 'Sales', 'Service'],
    entries: Array.from({ length: 30 }, () => ({
      code: resultCode(workshop, (next() % 3) + 1, Array.from({ length: 40 }, () => (next() % 5) + 1)),
      excluded: false,
    })),
  }];
  work.data.engagements = [engagement];
  const context = await browser.newContext(TABLET);
  await context.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('rapport', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(work));
  const page = await context.newPage();
  await page.goto(`${origin}/#/report`);
  await page.locator('#report-method-heading').waitFor();
  const counted = await page.locator('.report-document .ws-counts').textContent();
  if (!counted.startsWith('30')) throw new Error(`the report's workshop counted: ${counted}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => { location.hash = '#/'; });
    await page.locator('.page.home h1').waitFor();
    times.push(await page.evaluate(() => new Promise((resolve) => {
      const main = document.querySelector('main');
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (document.getElementById('report-method-heading')) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(main, { childList: true, subtree: true });
      location.hash = '#/report';
    })));
  }
  const charts = await page.locator('.report-document .chart-svg svg').count();
  await context.close();
  return { runs, cpu_throttling: rate, respondents: 30, charts, ...stats(times) };
}

/**
 * The team view of 200 respondents, nearly all incomplete and 30 of them
 * replaced by a later result: they are pasted in untimed, then each
 * tap leaves the first respondent out or brings them back, which
 * aggregates all 200 × 40 answers again and redraws the team view (stats,
 * radar, heatmap, roles). Milliseconds from the tap to the view in the DOM.
 */
function teamView200(browser, origin, rate, taps) {
  return tapToUpdate(browser, origin, rate, {
    route: '#/workshop',
    watched: ['.page.workshop'],
    taps,
    prepare: async (page) => {
      await page.locator('#ws-name').fill('Bench');
      await page.locator('#ws-roles').fill('Management, Sales, Service');
      await page.locator('form.snapshot-form button[type="submit"]').click();
      const link = await page.locator('#join-link').inputValue();
      const id = Number(link.split('#/join/')[1].split('?')[0]);
      let seed = 7;
      const next = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed;
      };
      // 200 participants' devices (about one answer in seven left open, so
      // nearly every result is incomplete), then 30 of them sending again
      // after reopening their answers: their second result replaces the
      // first, so the team still counts 200.
      const answers = () => Array.from({ length: 40 }, () => next() % 7);
      const first = Array.from({ length: 200 }, (_, p) =>
        resultCode(id, next() % 4, answers(), { participant: 1000 + p, attempt: 1 }),
      );
      const again = Array.from({ length: 30 }, (_, p) =>
        resultCode(id, next() % 4, answers(), { participant: 1000 + p * 6, attempt: 2 }),
      );
      const codes = [...first, ...again];
      await page.locator('#paste-codes').fill(codes.join('\n'));
      await page.locator('form.collect-form button[type="submit"]').click();
      await page.locator('.heatmap').waitFor();
      const counted = await page.locator('.ws-counts').textContent();
      if (!counted.startsWith('200')) throw new Error(`the team view counted: ${counted}`);
    },
    target: (page) => page.locator('.switches input[type="checkbox"]').first(),
  });
}

/**
 * Reading QR codes from the camera: the time the scanner takes per frame
 * (drawing the 640 × 480 frame, making it grey and decoding; the app's own
 * User Timing measure `rapport-qr-decode`) at `rate`x CPU throttling, over
 * `frames` frames of Chromium's fake camera playing a participant's
 * result QR code. A participant finishes on a tablet first; the
 * consultant's browser, launched with the fake camera and that workshop in
 * its storage, scans until the result is added and `frames` are measured.
 */
async function qrDecode(browser, origin, rate, frames) {
  const consultant = await browser.newContext();
  const page = await consultant.newPage();
  await page.goto(`${origin}/#/workshop`);
  await page.locator('#ws-name').fill('Bench');
  await page.locator('#ws-roles').fill('Management, Sales');
  await page.locator('form.snapshot-form button[type="submit"]').click();
  const link = await page.locator('#join-link').inputValue();
  await page.waitForFunction(() => (localStorage.getItem('rapport') ?? '').includes('Bench'));
  const stored = await page.evaluate(() => localStorage.getItem('rapport'));
  await consultant.close();

  const participant = await browser.newContext(TABLET);
  const tablet = await participant.newPage();
  await tablet.goto(link);
  await tablet.locator('.join button.primary').tap();
  // Nothing answered: the participant is asked first, and finishes anyway.
  await tablet.locator('.join .notice-actions button').last().tap();
  const svg = await tablet.locator('.join .qr').innerHTML();
  await participant.close();
  const video = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-')), 'result.y4m');
  y4m.writeQrVideo(svg, video);

  const camera = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, ...y4m.fakeCamera(video)] });
  try {
    const context = await camera.newContext(TABLET);
    await context.addInitScript((value) => {
      if (!localStorage.getItem('rapport')) localStorage.setItem('rapport', value);
    }, stored);
    const scanning = await context.newPage();
    await scanning.goto(`${origin}/#/workshop`);
    await scanning.locator('.scanner button.primary').waitFor();
    const cdp = await context.newCDPSession(scanning);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await scanning.locator('.scanner button.primary').tap();
    await scanning.locator('.scan-outcomes li').first().waitFor({ timeout: 30_000 });
    const added = await scanning.locator('.scan-outcomes li:not(.refused)').count();
    if (added !== 1) throw new Error('the scanner did not add the participant\'s result');
    await scanning.waitForFunction(
      (n) => performance.getEntriesByName('rapport-qr-decode').length >= n,
      frames,
      { polling: 250, timeout: 120_000 },
    );
    const [times, size] = await scanning.evaluate(() => {
      const v = document.querySelector('.scan-view video');
      return [performance.getEntriesByName('rapport-qr-decode').map((e) => e.duration), `${v.videoWidth}x${v.videoHeight}`];
    });
    await context.close();
    return { frames: times.length, frame_size: size, cpu_throttling: rate, ...stats(times) };
  } finally {
    await camera.close();
  }
}

/** The first round's levels, less one, for the five statements. */
const BASE_LEVELS = [2, 4, 0, 3, 1];

/**
 * The browser's own input pipeline: milliseconds from a tap's click time
 * stamp to a listener running, on a page with two radios and no script.
 */
async function inputFloor(browser, rate, taps) {
  const context = await browser.newContext(TABLET);
  const page = await context.newPage();
  await page.setContent(
    '<meta name="viewport" content="width=device-width"><label><input type=radio name=a value=1>1</label> <label><input type=radio name=a value=2>2</label>',
  );
  await page.evaluate(() => {
    window.latencies = [];
    document.addEventListener('click', (e) => window.latencies.push(performance.now() - e.timeStamp), true);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (let i = 0; i < taps; i++) {
    await page.locator(`input[value="${1 + (i % 2)}"]`).tap();
    await page.waitForFunction((n) => window.latencies.length >= n, i + 1, { polling: 'raf' });
  }
  const latencies = await page.evaluate(() => window.latencies);
  await context.close();
  return stats(latencies);
}

/** Median, 90th percentile and maximum of `values`, rounded. */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median_ms: round(median(sorted)),
    p90_ms: round(sorted[Math.floor(sorted.length * 0.9)]),
    max_ms: round(sorted[sorted.length - 1]),
  };
}

/**
 * A repeat visit with the network off, served by the service worker: the
 * bytes that still reach the network (none, if the worker does its job),
 * the bytes the worker serves, and the median time from navigation to the
 * app having opened its storage (User Timing `rapport-open-end`), at
 * `rate`x CPU throttling.
 */
async function offlineRepeatVisit(browser, origin, rate, runs) {
  const context = await browser.newContext({ ...TABLET, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${origin}/#/assessment/values`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { polling: 100 });
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  let network = 0;
  let fromWorker = 0;
  page.on('response', async (r) => {
    const size = (await r.body().catch(() => Buffer.alloc(0))).length;
    if (r.fromServiceWorker()) fromWorker += size;
    else network += size;
  });
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('rapport-open-end').length > 0, null, {
      polling: 50,
    });
    times.push(await page.evaluate(() => performance.getEntriesByName('rapport-open-end')[0].startTime));
  }
  await context.close();
  return {
    cpu_throttling: rate,
    runs,
    network_bytes_per_visit: Math.round(network / runs),
    served_by_worker_bytes_per_visit: Math.round(fromWorker / runs),
    app_started_median_ms: round(median(times)),
  };
}

async function firstVisit(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = new Set();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && r.status() === 200) paths.add(url.pathname);
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('main h1')].some((e) => e.checkVisibility()),
    null,
    { polling: 250 },
  );
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...paths].map((p) => {
    const rel = p.endsWith('/') ? `${p}index.html` : p;
    return { file: rel.replace(/^\//, ''), ...compressed(fs.readFileSync(path.join(SITE, rel))) };
  });
  return { files, total: sum(files) };
}

async function main() {
  const distFiles = walk(DIST).map((f) => ({ file: f, ...compressed(fs.readFileSync(path.join(DIST, f))) }));
  const snapshots = new Map();
  const server = await serve(floorPage(), snapshots);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(launchOptions);
  try {
    // `BENCH_ONLY=import,threshold` (any of the names below, comma
    // separated) runs those figures alone, while working on one of them.
    if (process.env.BENCH_ONLY) {
      const only = {
        import: () => importAndClassify(browser, origin, 4, 5),
        import_cold: () => importAndClassify(browser, origin, 4, 5, { rehearsed: false }),
        threshold: () => thresholdToMatrix(browser, origin, 4, 30),
        team: () => teamView200(browser, origin, 4, 30),
        radar: () => tapToRadar(browser, origin, 4, 40),
        verdict: () => tapToVerdict(browser, origin, 4, 36),
        loyalty: () => inputToCharts(browser, origin, 4, 30),
        store: () => bigStoreLoad(browser, origin, 4, 9),
        qr: () => qrDecode(browser, origin, 4, 40),
        // With the views' budgets, for whoever works on the split alone.
        views: async () => {
          const figures = await views(browser, origin, snapshots);
          return { ...figures, budgets: viewBudgets(figures) };
        },
        first_visit: () => firstVisit(browser, origin),
      };
      const out = {};
      for (const name of process.env.BENCH_ONLY.split(',')) out[name] = await only[name]();
      console.log(JSON.stringify(out, null, 2));
      return;
    }
    const visit = await firstVisit(browser, origin);
    const startup = {};
    for (const rate of RATES) {
      const app = [];
      const floor = [];
      // Interleaved, so that any drift of the machine touches both alike.
      for (let i = 0; i < RUNS; i++) {
        app.push(await firstView(browser, `${origin}/`, rate, true));
        floor.push(await firstView(browser, `${origin}/__floor/`, rate, false));
      }
      startup[`cpu_${rate}x`] = {
        runs: RUNS,
        app_median_ms: round(median(app)),
        static_floor_median_ms: round(median(floor)),
        ratio: round((median(app) / median(floor)) * 100) / 100,
      };
    }
    const tapRadar = await tapToRadar(browser, origin, 4, 40);
    const tapVerdict = await tapToVerdict(browser, origin, 4, 36);
    const inputCharts = await inputToCharts(browser, origin, 4, 30);
    const team = await teamView200(browser, origin, 4, 30);
    const store = await bigStoreLoad(browser, origin, 4, 9);
    const floorInput = await inputFloor(browser, 4, 40);
    const offline = await offlineRepeatVisit(browser, origin, 4, 9);
    const decode = await qrDecode(browser, origin, 4, 40);
    const reportView = await reportOpen(browser, origin, 4, 15);
    const accountsImport = await importAndClassify(browser, origin, 4, 5);
    const accountsImportCold = await importAndClassify(browser, origin, 4, 5, { rehearsed: false });
    const accountsThreshold = await thresholdToMatrix(browser, origin, 4, 30);
    const perView = await views(browser, origin, snapshots);
    const report = {
      dist: { files: distFiles, total: sum(distFiles) },
      first_visit: visit,
      startup_to_first_view: startup,
      views: perView,
      assessment_tap_to_radar: tapRadar,
      fit_tap_to_verdict_and_butterfly: tapVerdict,
      loyalty_input_to_charts_30_years: inputCharts,
      workshop_team_view_200_respondents: team,
      saved_work_50_engagements: store,
      browser_input_floor_at_4x: floorInput,
      repeat_visit_offline_served_by_worker: offline,
      workshop_scan_qr_decode_per_frame: decode,
      report_open_full_engagement: reportView,
      accounts_import_and_classify_5000: accountsImport,
      accounts_import_and_classify_5000_file_chosen_at_once: accountsImportCold,
      accounts_threshold_to_matrix_5000: accountsThreshold,
      budgets: {
        first_visit_gzip_bytes: { budget: 120 * 1024, measured: visit.total.gzip },
        startup_ratio_at_4x: { budget: 1.5, measured: startup.cpu_4x.ratio },
        assessment_tap_to_radar_median_ms_at_4x: {
          budget: 16,
          measured: tapRadar.from_event_received.median_ms,
        },
        fit_tap_to_verdict_median_ms_at_4x: {
          budget: 16,
          measured: tapVerdict.from_event_received.median_ms,
        },
        saved_work_bytes_50_engagements: { budget: 5e6, measured: store.bytes },
        saved_work_load_median_ms_at_4x: { budget: 50, measured: store.load_median_ms },
        workshop_team_view_200_median_ms_at_4x: {
          budget: 16,
          measured: team.from_event_received.median_ms,
        },
        workshop_team_view_200_p90_ms_at_4x: {
          budget: 20,
          measured: team.from_event_received.p90_ms,
        },
        qr_decode_640x480_median_ms_at_4x: { budget: 50, measured: decode.median_ms },
        report_open_median_ms_at_4x: { budget: 300, measured: reportView.median_ms },
        loyalty_input_to_charts_median_ms_at_4x: {
          budget: 16,
          measured: inputCharts.from_event_received.median_ms,
        },
        accounts_import_and_classify_5000_median_ms_at_4x: {
          budget: 200,
          measured: accountsImport.total.median_ms,
        },
        accounts_threshold_redraw_5000_median_ms_at_4x: {
          budget: 16,
          measured: accountsThreshold.from_event_received.median_ms,
        },
        ...viewBudgets(perView),
      },
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
