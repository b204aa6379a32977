// Packs each view's WebAssembly modules into one file (a step of
// src/wasm.mjs; see packViews).
import fs from 'node:fs';
import path from 'node:path';

/**
 * One file per view instead of dozens. wasm-split-cli writes a module per
 * split point and one per set of split points that share code, and its
 * loader fetches each on its own: the join page alone needed some eighty
 * requests, which a phone network pays for in round trips. Here each view's
 * modules (its own and every shared one it needs) are packed into
 * `pack_<view>.wasm`: a WebAssembly module with no code whose custom
 * sections, named by file, hold the modules' bytes. Being a `.wasm`, a
 * static host serves it as `application/wasm`, compressed, and brotli
 * compresses the modules together better than apart. The loader is
 * rewritten to take a module's bytes from the pack of the view being
 * loaded; modules already instantiated by another view are not
 * instantiated again (wasm-split's own memo), at the cost of their bytes
 * travelling in both packs, except where a split point is only ever loaded
 * inside another (`within`, part to view): its pack leaves out the view's
 * (and, for a part of a part, both enclosing ones').
 * The loose modules are then removed.
 *
 * The loader's shape is wasm-split-cli 0.2.4's; if it changes, the
 * patterns below stop matching and the build fails here.
 */
export function packViews(out, within = {}) {
  const linkFile = path.join(out, '__wasm_split.js');
  let link = fs.readFileSync(linkFile, 'utf8');
  const fail = (what) => {
    console.error(`wasm: __wasm_split.js is not what src/wasm.mjs expects (${what}); see packViews`);
    process.exit(1);
  };
  const views = viewFiles(link, fail);
  for (const [part, view] of Object.entries(within)) {
    if (!views.has(part) || !views.has(view)) fail(`no split point ${part} or ${view} to pack within`);
  }
  const packs = {};
  for (const [view, files] of views) {
    // A split point only ever loaded inside a view (`within`: a later
    // section, the presenter's slides, the scanner's reader, the files'
    // code) comes after that view has instantiated its modules, and the
    // loaders keep what they instantiated: those modules are never asked
    // for again, so they do not travel a second time in its pack (if one
    // were, `__packFetch` takes it from the view's pack).
    // Within a section (the scanner's reader, inside the collecting), it
    // leaves out every enclosing one's.
    const had = new Set();
    for (let outer = within[view]; outer; outer = within[outer]) {
      for (const file of views.get(outer)) had.add(file);
    }
    const sections = files.filter((file) => !had.has(file)).map((file) => {
      const name = Buffer.from(file);
      const body = fs.readFileSync(path.join(out, file));
      const payload = Buffer.concat([leb(name.length), name, body]);
      return Buffer.concat([Buffer.from([0]), leb(payload.length), payload]);
    });
    const pack = `pack_${view}.wasm`;
    fs.writeFileSync(path.join(out, pack), Buffer.concat([Buffer.from('\0asm\x01\0\0\0', 'latin1'), ...sections]));
    packs[view] = pack;
  }
  const before = link;
  link = link
    .replace(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(([\s\S]*?)\]\)\);/g, 'export const __wasm_split_load_$1 = __inPack("$1", wrapAsyncCb($2])));')
    .replace(/fetch\(new URL\("\.\/([\w.]+)", import\.meta\.url\)\)/g, '__packFetch("$1")')
    .replace(/WebAssembly\.instantiateStreaming\(src, imports\)/g, '__packInstantiate(src, imports)');
  if (link === before || /fetch\(new URL/.test(link)) fail('a loader left unpacked');
  // The shared chunks' loaders differ only by their number: hundreds of
  // them, and each view's list of them, cost every visit about 1.2 KB
  // brotli (this file went from 4.1 to 2.9 KB). Each is now made on first
  // need by `__chunks`, from the numbers a view's list names, and loads as
  // before.
  const chunkLoaders = (link.match(/const __chunk_\d+ = makeLoad/g) ?? []).length;
  let compacted = 0;
  link = link.replace(
    /const __chunk_(\d+) = makeLoad\(\(\) => \{\s*const src = __packFetch\("chunk_\1\.wasm"\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => \(__packInstantiate\(src, imports\)\);\s*\}\s*, \[\]\);/g,
    () => {
      compacted += 1;
      return '';
    },
  );
  if (compacted === 0 || compacted !== chunkLoaders) fail('a chunk loader of another shape');
  link = link.replace(/\[((?:__chunk_\d+,\s*)*__chunk_\d+)\]/g, (_, list) => `__chunks("${list.match(/\d+/g).join(',')}")`);
  if (/__chunk_\d/.test(link)) fail('a chunk named outside a list');
  const runtime = `
// Packs (src/wasm.mjs, packViews): the view being loaded, and its pack's
// modules by file name, fetched once per pack; a failed fetch is forgotten
// so that trying again fetches afresh.
const __packs = ${JSON.stringify(packs)};
const __within = ${JSON.stringify(within)};
let __view;
const __packed = {};
function __inPack(view, load) {
  return (...args) => {
    const outer = __view;
    __view = view;
    try {
      return load(...args);
    } finally {
      __view = outer;
    }
  };
}
function __packFetch(file) {
  return __fromPack(__view, file);
}
function __fromPack(view, file) {
  const pack = __packs[view];
  let modules = __packed[pack];
  if (!modules) {
    modules = __packed[pack] = fetch(new URL("./" + pack, import.meta.url))
      .then((r) => {
        if (!r.ok) throw new Error(pack + ": " + r.status);
        return r.arrayBuffer();
      })
      .then(__unpack);
    modules.catch(() => {
      if (__packed[pack] === modules) delete __packed[pack];
    });
  }
  return modules.then((m) => {
    if (m.has(file)) return m.get(file);
    if (__within[view]) return __fromPack(__within[view], file);
    throw new Error(file + " is not in " + pack);
  });
}
function __unpack(buffer) {
  const bytes = new Uint8Array(buffer);
  const modules = new Map();
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    at += 1;
    const size = leb();
    const end = at + size;
    const nameLength = leb();
    const name = new TextDecoder().decode(bytes.subarray(at, at + nameLength));
    modules.set(name, bytes.subarray(at + nameLength, end));
    at = end;
  }
  return modules;
}
async function __packInstantiate(src, imports) {
  return WebAssembly.instantiate(await src, imports);
}
// The shared chunks' loaders by number, made once each on first need.
const __chunkLoads = {};
function __chunks(list) {
  return list.split(",").map(
    (n) =>
      (__chunkLoads[n] ??= makeLoad(() => {
        const src = __packFetch("chunk_" + n + ".wasm");
        src.catch(() => {});
        return async (imports) => __packInstantiate(src, imports);
      }, [])),
  );
}
`;
  link = link.replace(/^(import [^\n]*\n)/, `$1${runtime}`);
  fs.writeFileSync(linkFile, link);
  for (const file of fs.readdirSync(out)) {
    if (/^(chunk|split)_\w+\.wasm$/.test(file)) fs.rmSync(path.join(out, file));
  }
  return packs;
}

/** An unsigned LEB128 number, as WebAssembly writes sizes. */
export function leb(n) {
  const bytes = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    bytes.push(byte);
  } while (n > 0);
  return Buffer.from(bytes);
}

/**
 * The files each split point's code is in, as wasm-split-cli's loader
 * (`link`, the text of `__wasm_split.js`) lists them: the view's own
 * module first, then each chunk it shares with others. Also read by
 * src/wasm.mjs to cut the texts by view. `fail` is told what did not match.
 */
export function viewFiles(link, fail) {
  const chunkFiles = new Map(
    [...link.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)", import\.meta\.url\)\);/g)].map(
      (m) => [m[1], m[2]],
    ),
  );
  const views = [...link.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?)\, \[([^\]]*)\]\)\);/g)];
  if (views.length === 0) fail('no view loaders');
  return new Map(
    views.map(([, view, fetcher, deps]) => {
      const own = fetcher.match(/new URL\("\.\/([\w.]+)"/);
      return [
        view,
        [
          ...(own ? [own[1]] : []),
          ...deps
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean)
            .map((d) => chunkFiles.get(d) ?? fail(`no file for ${d}`)),
        ],
      ];
    }),
  );
}
