// Builds the app's WebAssembly, split by view, into the staging directory
// (the first Trunk post-build step; Trunk's own Rust pipeline cannot run a
// step between cargo and wasm-bindgen, so index.html has no rust link).
//
//   cargo build            one module, with the split points of
//                          src/ui/chunks.rs marked and its relocations kept
//                          (-Clink-args=--emit-relocs, .cargo/config.toml)
//   wasm-split-cli         cuts it into the main module, one module per
//                          split point, chunks of code that several split
//                          points share, and __wasm_split.js that loads them
//   wasm-bindgen           the JavaScript glue for the main module; it keeps
//                          the linker's exports the chunks import
//   wasm-opt -Oz           every module (release only)
//
// Everything lands in one directory named for a hash of its contents
// (`app-<16 hex>/`), so every file can be cached forever and the chunks
// still find each other by the relative names wasm-split-cli gave them.
// index.html, written last, names that directory: it is the only file whose
// name stays the same, and the host and the service worker revalidate it.
import { execFile, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { leb, packViews, viewFiles } from './pack.mjs';

const dir = process.argv[2];
const release = process.argv[3] === 'release';
if (!dir) {
  console.error('usage: node src/wasm.mjs path/to/staging-dir [release|debug]');
  process.exit(2);
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });

// The same features wasm-opt must be told the module uses (Rust's wasm
// target enables them by default).
const FEATURES = [
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

run('cargo', [
  'build',
  '--target',
  'wasm32-unknown-unknown',
  '--bin',
  'rapport',
  '--features',
  'split',
  ...(release ? ['--release'] : []),
]);
// The participant's app (src/bin/participant.rs): a second, small build
// with the join page alone, unsplit; the loader picks it for a join link.
run('cargo', [
  'build',
  '--target',
  'wasm32-unknown-unknown',
  '--bin',
  'participant',
  ...(release ? ['--release'] : []),
]);
// Which texts the participant's app can show: the key methods of
// i18n::Strings that code in its linked module calls. Read from a build
// that inlines nothing (the dev profile; a release build inlines them), so
// every read of a key the module can reach keeps its method's name.
// The same for the whole app's texts by view, which need its split: a
// dev build of it, cut by wasm-split-cli as the release one is (see
// below). In a dev build that is the build itself.
if (release) {
  run('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'participant']);
  run('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'rapport', '--features', 'split']);
}
const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const built = path.join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug');
const linked = path.join(built, 'rapport.wasm');

const work = path.join(targetDir, 'wasm-split');
fs.rmSync(work, { recursive: true, force: true });
const split = path.join(work, 'split');
const out = path.join(work, 'out');
fs.mkdirSync(split, { recursive: true });
fs.mkdirSync(out, { recursive: true });

run('wasm-split-cli', [linked, split, '--out-name', 'rapport']);
run('wasm-bindgen', [
  path.join(split, 'rapport.wasm'),
  '--out-dir',
  out,
  '--target',
  'web',
  '--no-typescript',
  '--keep-lld-exports',
]);
for (const file of fs.readdirSync(split)) {
  if (file !== 'rapport.wasm') fs.copyFileSync(path.join(split, file), path.join(out, file));
}
// The linker's relocations (kept for wasm-split-cli, which this module
// does not go through) would more than double its size: dropped first.
const participant = path.join(work, 'participant.wasm');
fs.writeFileSync(participant, withoutLinkerSections(fs.readFileSync(path.join(built, 'participant.wasm'))));
run('wasm-bindgen', [participant, '--out-dir', out, '--target', 'web', '--no-typescript']);
for (const app of ['rapport', 'participant']) {
  shortImportNames(path.join(out, `${app}_bg.wasm`), path.join(out, `${app}.js`), `./${app}_bg.js`);
}
if (release) {
  // Hundreds of small modules: one wasm-opt per core at a time.
  const queue = fs.readdirSync(out).filter((f) => f.endsWith('.wasm'));
  const optimise = promisify(execFile);
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const f = path.join(out, file);
      // The producers and target-features sections are read by no browser
      // and repeated in each of a pack's dozens of modules (0.3-0.7 KB on
      // the wire per pack); wasm-bindgen, which reads target features, has
      // run already.
      await optimise('wasm-opt', ['-Oz', ...FEATURES, '--strip-producers', '--strip-target-features', f, '-o', f], { cwd: root });
    }
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, worker));
}
// The split points that are only ever loaded inside a view (or inside one
// of its sections), by that view: their packs leave out what the view's
// has (see packViews).
const WITHIN = {
  accounts_import: 'accounts',
  accounts_portfolio: 'accounts',
  assessment_results_panels: 'assessment_results',
  engagements_files: 'engagements',
  fit_flags_and_ocai: 'fit',
  loyalty_charts: 'loyalty',
  present_slides: 'present',
  report_sections: 'report',
  workshop_collect: 'workshop',
  workshop_scanner: 'workshop_collect',
  workshop_team: 'workshop',
};
const packs = packViews(out, WITHIN);
if (release) {
  for (const file of fs.readdirSync(out).filter((f) => f.endsWith('.js'))) {
    const f = path.join(out, file);
    run('esbuild', [f, '--minify', '--format=esm', `--outfile=${f}`, '--allow-overwrite', '--log-level=warning', '--log-override:duplicate-object-key=silent']);
  }
}

// Each language's texts, fetched when the app first speaks it (one language
// per visit; i18n::install checks what it reads against the build's keys).
// The languages are the locale files the build script checks. Shipped as
// the messages alone, in the order of i18n::KEYS (the keys in byte order,
// as the build script's map holds them): the keys are a fifth of the bytes.
const locales = path.join(root, 'src', 'i18n', 'locales');
// The whole app's texts come in parts (i18n::install_part): the shell's,
// the messages the main module's code can read, and one per view, those
// its own module and the chunks it shares can read and the shell cannot.
// A view's code is fetched with its texts beside it, so a first visit
// fetches the texts of the view it opens, not of every tool (the whole
// file is 14 KB brotli in English, 19 KB in Russian; the shell's part 1.3
// KB). Seen from a dev build cut by wasm-split-cli, where every key's
// method keeps its name: in the release build they are inlined into the
// code that reads them. Where code sits can differ between the two builds,
// but not which split point can reach it.
let keyDir = split;
if (release) {
  keyDir = path.join(work, 'keys');
  fs.mkdirSync(keyDir);
  run('wasm-split-cli', [path.join(targetDir, 'wasm32-unknown-unknown', 'debug', 'rapport.wasm'), keyDir, '--out-name', 'rapport']);
}
const keysIn = (file) => keyMethods(fs.readFileSync(path.join(keyDir, file)));
const shellKeys = keysIn('rapport.wasm');
const viewKeys = new Map();
const keyLink = fs.readFileSync(path.join(keyDir, '__wasm_split.js'), 'utf8');
for (const [view, viewModules] of viewFiles(keyLink, (what) => {
  console.error(`wasm: the dev build's __wasm_split.js is not what src/wasm.mjs expects (${what})`);
  process.exit(1);
})) {
  const keys = new Set(viewModules.flatMap((file) => [...keysIn(file)]).filter((key) => !shellKeys.has(key)));
  if (!(view in packs)) {
    console.error(`wasm: the dev build has a split point ${view} that the release build lacks`);
    process.exit(1);
  }
  viewKeys.set(view, keys);
}
// A split point that is part of a view rather than a view (the
// presenter's team slides) reads its texts from the view's file: the view
// has them before the part is asked for, and a language switch fetches the
// open view's texts alone. A view's later sections (`part_point!` in
// ui/chunks.rs) are not here: each reads its own file, fetched beside its
// chunk, so opening the view downloads none of their texts.
const PARTS = { present_slides: 'present' };
for (const [part, view] of Object.entries(PARTS)) {
  if (!viewKeys.has(part) || !viewKeys.has(view)) {
    console.error(`wasm: no split point ${part} or ${view} for PARTS`);
    process.exit(1);
  }
  for (const key of viewKeys.get(part)) viewKeys.get(view).add(key);
}
const missing = Object.keys(packs).filter((view) => !viewKeys.has(view));
if (shellKeys.size === 0 || missing.length > 0) {
  console.error(`wasm: the main module reads no texts, or the dev build lacks split points: ${missing.join(', ')}`);
  process.exit(1);
}
if (release) fs.rmSync(keyDir, { recursive: true, force: true });
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const messages = (all, keep) => JSON.stringify(Object.keys(all).sort(byteOrder).map((key) => (keep(key) ? all[key] : null)));
// And the participant's: only the messages its app reads, null for the
// others (i18n::install_some reads them as empty). Seen from the linked
// module, not the source, so a key the join page starts to read is in the
// file by the next build.
const joinKeys = keyMethods(fs.readFileSync(path.join(targetDir, 'wasm32-unknown-unknown', 'debug', 'participant.wasm')));
for (const file of fs.readdirSync(locales).filter((f) => f.endsWith('.json'))) {
  const all = JSON.parse(fs.readFileSync(path.join(locales, file), 'utf8'));
  const read = [joinKeys, shellKeys, ...viewKeys.values()].flatMap((keys) => [...keys]);
  const unknown = read.filter((key) => !(key in all));
  if (joinKeys.size === 0 || unknown.length > 0) {
    console.error(`wasm: the participant's module reads no texts, or keys ${file} lacks: ${unknown.join(', ')}`);
    process.exit(1);
  }
  const code = path.basename(file, '.json');
  fs.writeFileSync(path.join(out, `texts-${code}.json`), messages(all, (key) => shellKeys.has(key)));
  // One per split point, even one whose code reads no texts of its own
  // (the scanner's reader): what a view asks for is always there.
  for (const [view, keys] of viewKeys) {
    fs.writeFileSync(path.join(out, `texts-${code}-${view}.json`), messages(all, (key) => keys.has(key)));
  }
  fs.writeFileSync(path.join(out, `texts-join-${file}`), messages(all, (key) => joinKeys.has(key)));
}

const files = fs.readdirSync(out).sort();
const hash = crypto.createHash('sha256');
for (const file of files) hash.update(file).update(fs.readFileSync(path.join(out, file)));
const name = `app-${hash.digest('hex').slice(0, 16)}`;
for (const old of fs.readdirSync(dir).filter((f) => /^app-[0-9a-f]{16}$/.test(f))) {
  fs.rmSync(path.join(dir, old), { recursive: true, force: true });
}
fs.mkdirSync(path.join(dir, name));
for (const file of files) fs.copyFileSync(path.join(out, file), path.join(dir, name, file));

// The loader: the glue's module, the main module and the texts of the
// language the head script picked are fetched at once (preloads), then the
// app starts; `rapport::start` waits for the document. If the module cannot
// be fetched, the boot block says so and "Try again" reloads the page.
// There are two apps, the whole one and the participant's, each its own
// glue and module (rapport.js and rapport_bg.wasm, participant.js and
// participant_bg.wasm); a small inline script picks one.
// How an envelope of this build's version begins (storage::CURRENT_PREFIX),
// for the loader's guess of which app a join link gets.
const prefixMatch = fs
  .readFileSync(path.join(root, 'src', 'storage.rs'), 'utf8')
  .match(/pub const CURRENT_PREFIX: &str = r#"(.*)"#;/);
if (!prefixMatch) {
  console.error('wasm: no CURRENT_PREFIX in src/storage.rs');
  process.exit(1);
}
const currentPrefix = prefixMatch[1];
const indexFile = path.join(dir, 'index.html');
let html = fs.readFileSync(indexFile, 'utf8');
const base = `./${name}/`;
const loader = [
  `<meta name="rapport-build" content="${base}">`,
  // Which app the page starts, and what comes with its module rather than
  // after it: the texts of the head script's language and, for the whole
  // app, the pack of the view the address names (the first segment of the
  // route, as src/route.rs reads it; the home has none). A join link gets
  // the participant's app where it can keep the saved work by its part
  // (storage::part_will_do, the same test: nothing saved, or an envelope of
  // this version); anything else, or storage the page cannot read, the
  // whole app. The choice is left on the root element for the module
  // script below.
  `<script>(function () {
  // The head script is sending this page to the other one.
  if (document.documentElement.hasAttribute('data-leaving')) return;
  var packs = ${JSON.stringify(Object.keys(packs))};
  var preload = function (file, module) {
    var link = document.createElement('link');
    link.rel = module ? 'modulepreload' : 'preload';
    if (!module) link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = '${base}' + file;
    document.head.appendChild(link);
  };
  // The one way to preload a file of this build: join.html's head script
  // (src/join/choose.js) uses it for the participant's module.
  window.rapportPreload = preload;
  var route = location.hash.slice(1).replace(/^[/]/, '').split('?')[0].toLowerCase().split('/');
  var view = route[0] === 'assessment' && route[1] === 'results' ? 'assessment_results'
    : route[0] === 'workshop' && route[1] === 'present' ? 'present' : route[0];
  var part = false;
  try {
    var saved = localStorage.getItem('rapport');
    part = saved === null || saved.indexOf(${JSON.stringify(currentPrefix)}) === 0;
  } catch (e) {}
  var app = view === 'join' && part ? 'participant' : 'rapport';
  document.documentElement.setAttribute('data-app', app);
  preload(app + '.js', true);
  // The participant's module (133 KB) waits: src/join/choose.js preloads
  // it (rapportPreload) where the questionnaire must wait for the app, and
  // where the page shows the questionnaire at once, the module script below
  // fetches it once that has painted, so its bytes never hold up the first
  // answer.
  if (app === 'rapport') preload(app + '_bg.wasm');
  var lang = document.documentElement.lang;
  preload('texts-' + (app === 'participant' ? 'join-' : '') + lang + '.json');
  if (app === 'rapport' && packs.indexOf(view) >= 0) {
    preload('pack_' + view + '.wasm');
    preload('texts-' + lang + '-' + view + '.json');
  }
})();</script>`,
  `<script type="module">
const root = document.documentElement;
if (!root.hasAttribute('data-leaving')) try {
  const app = root.getAttribute('data-app') === 'participant' ? 'participant' : 'rapport';
  const { default: init } = await import('${base}' + app + '.js');
  // A join page that shows its questionnaire before the app (data-early,
  // set by src/join/choose.js in the head; src/join/early.js keeps every
  // answer) fetches the participant's module after that questionnaire has
  // painted: until then the module would share the wire with the page's
  // own CSS. A tab opened in the background paints nothing, so it waits
  // for nothing. Painted means the browser's first contentful paint: the
  // frame is drawn by then (a frame and a task after it), but the paint is
  // reported later, a busy device much later; where the browser reports
  // paints, the module waits for it, a second at the most.
  if (app === 'participant') {
    if (document.readyState === 'loading') await new Promise((go) => addEventListener('DOMContentLoaded', go, { once: true }));
    if (root.hasAttribute('data-early') && !document.hidden) {
      await new Promise((go) => requestAnimationFrame(() => setTimeout(go)));
      const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
      if (!painted() && typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).includes('paint')) {
        await new Promise((go) => {
          const done = () => { observer.disconnect(); clearTimeout(timer); go(); };
          const observer = new PerformanceObserver(() => { if (painted()) done(); });
          const timer = setTimeout(done, 1000);
          observer.observe({ type: 'paint', buffered: true });
        });
      }
    }
  }
  await init({ module_or_path: '${base}' + app + '_bg.wasm' });
} catch (e) {
  // The prerendered home, if it shows, stays: it is the best this visit
  // can offer. Elsewhere the boot block says what happened.
  root.setAttribute('data-boot', 'failed');
  const retry = () => location.reload();
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', () => { document.getElementById('boot-retry').onclick = retry; });
  else document.getElementById('boot-retry').onclick = retry;
  throw e;
}</script>`,
].join('\n');
if (!html.includes('</head>')) {
  console.error('wasm: no </head> in index.html');
  process.exit(1);
}
html = html.replace('</head>', `${loader}\n</head>`);
fs.writeFileSync(indexFile, html);

/**
 * The keys whose `rapport::i18n::Strings` method a linked module (`bytes`,
 * with its `name` section) holds: the texts its code can read.
 */
function keyMethods(bytes) {
  const keys = new Set();
  const method = /^_ZN7rapport4i18n7Strings(\d+)/;
  for (const name of functionNames(bytes)) {
    const m = name.match(method);
    if (m) keys.add(name.substr(m[0].length, Number(m[1])));
  }
  return keys;
}

/** The function names of a module's `name` section. */
function functionNames(bytes) {
  const names = [];
  for (const section of sections(bytes)) {
    if (section.name !== 'name') continue;
    const read = reader(bytes, section.body);
    while (read.at < section.end) {
      const sub = bytes[read.at++];
      const subEnd = read.leb() + read.at;
      if (sub === 1) {
        for (let count = read.leb(); count > 0; count--) {
          read.leb();
          names.push(read.name());
        }
      }
      read.at = subEnd;
    }
  }
  return names;
}

/**
 * Gives the functions a module (`wasmFile`) imports from its glue
 * (`jsFile`, whose import object names them `module`) short names, in
 * both. wasm-bindgen names each after its binding and a hash of it
 * (`__wbg_new_768d622088c2205b`): some 260 names, written in the module's
 * import section and again as the glue's keys, whose hashes no compressor
 * can shorten: 5 KB brotli of every visit. Imports from other modules
 * (wasm-split's loaders, a namespace whose names are fixed) keep theirs.
 * The build fails if a name is not a key of the glue's import object
 * exactly once.
 */
function shortImportNames(wasmFile, jsFile, module) {
  const fail = (what) => {
    console.error(`wasm: ${path.basename(wasmFile)} and ${path.basename(jsFile)}: ${what}; see shortImportNames`);
    process.exit(1);
  };
  const bytes = fs.readFileSync(wasmFile);
  const section = [...sections(bytes)].find((s) => s.id === 2);
  if (!section) fail('no import section');
  const read = reader(bytes, section.body);
  const vec = (name) => Buffer.concat([leb(Buffer.byteLength(name)), Buffer.from(name)]);
  // a, b, …, Z, then aa, ba, …, ZZ, aaa, …: JavaScript names, never
  // `__proto__`.
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (n) => {
    let name = letters[n % letters.length];
    for (let rest = Math.floor(n / letters.length); rest > 0; rest = Math.floor((rest - 1) / letters.length)) {
      name += letters[(rest - 1) % letters.length];
    }
    return name;
  };
  const renamed = new Map();
  const entries = [];
  for (let count = read.leb(); count > 0; count--) {
    const from = read.name();
    const name = read.name();
    const desc = read.at;
    const limits = () => {
      const flags = bytes[read.at++];
      read.leb();
      if (flags & 1) read.leb();
    };
    const kind = bytes[read.at++];
    if (kind === 0) read.leb(); // a function: its type
    else if (kind === 1) (read.at++, limits()); // a table: its type, limits
    else if (kind === 2) limits(); // a memory
    else if (kind === 3) read.at += 2; // a global: its type, mutability
    else fail(`an import of kind ${kind}`);
    if (from === module && !renamed.has(name)) renamed.set(name, short(renamed.size));
    entries.push(Buffer.concat([vec(from), vec(from === module ? renamed.get(name) : name), bytes.subarray(desc, read.at)]));
  }
  if (read.at !== section.end || renamed.size === 0) fail('an import section of another shape');
  const body = Buffer.concat([leb(entries.length), ...entries]);
  let js = fs.readFileSync(jsFile, 'utf8');
  for (const [name, to] of renamed) {
    // The import object's keys, one per line: `        __wbg_…: function(`.
    const key = new RegExp(`^( {8})${name.replace(/\$/g, '\\$')}: `, 'gm');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) fail(`${name} is a key of the glue's imports ${found} times`);
    js = js.replace(key, `$1${to}: `);
  }
  fs.writeFileSync(jsFile, js);
  fs.writeFileSync(
    wasmFile,
    Buffer.concat([bytes.subarray(0, section.start), Buffer.from([2]), leb(body.length), body, bytes.subarray(section.end)]),
  );
}

/**
 * `bytes` (a WebAssembly module) without the custom sections the linker
 * writes for `--emit-relocs` (`linking`, `reloc.*`) and wasm-split's
 * marker section; every other section as it was.
 */
function withoutLinkerSections(bytes) {
  const dropped = (name) => name === 'linking' || name.startsWith('reloc.') || name === '__wasm_split_unstable';
  const kept = [...sections(bytes)].filter((s) => s.id !== 0 || !dropped(s.name));
  return Buffer.concat([bytes.subarray(0, 8), ...kept.map((s) => bytes.subarray(s.start, s.end))]);
}

/**
 * Each section of a module (`bytes`): its id, a custom section's name,
 * and where it starts, where its contents (after the name) start and where
 * it ends.
 */
function* sections(bytes) {
  const read = reader(bytes, 8);
  while (read.at < bytes.length) {
    const start = read.at;
    const id = bytes[read.at++];
    const end = read.leb() + read.at;
    const name = id === 0 ? read.name('latin1') : '';
    yield { id, name, start, body: read.at, end };
    read.at = end;
  }
}

/** Reads unsigned LEB128 numbers and names (a size, then the bytes) from
 * `bytes`, from `at` on. */
function reader(bytes, at) {
  return {
    at,
    leb() {
      let value = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = bytes[this.at++];
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
    },
    name(encoding = 'utf8') {
      const size = this.leb();
      this.at += size;
      return bytes.subarray(this.at - size, this.at).toString(encoding);
    },
  };
}
