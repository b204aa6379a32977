// The last Trunk post-build step: makes the build work offline and locks it
// down with a Content-Security-Policy.
// - sw.js: the service worker (from src/sw.js) with this build's id (a hash
//   of every file) and the list of every file to precache.
// - The CSP: scripts only from the site itself plus the SHA-256 of each
//   inline script (Trunk's loader changes every build, the head script
//   picks the prerendered home), styles likewise; written into index.html
//   as a <meta> for hosts without headers (GitHub Pages) and into _headers,
//   with caching rules, for hosts that read it (Netlify, Cloudflare Pages).
//   A <meta> policy cannot carry frame-ancestors, so only _headers has it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node src/offline.mjs path/to/staging-dir');
  process.exit(2);
}
const root = path.dirname(new URL(import.meta.url).pathname);
// The site's pages: index.html, and join.html, which a join link opens.
const pages = ['index.html', 'join.html']
  .map((name) => path.join(dir, name))
  .filter((file) => fs.existsSync(file));
const texts = pages.map((file) => fs.readFileSync(file, 'utf8'));

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// One policy for every page (a host's _headers has one rule for all):
// the inline scripts and styles of both.
const inline = (tag) => [
  ...new Set(
    texts.flatMap((html) =>
      [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => sha256(m[1])),
    ),
  ),
];

const scripts = inline('script');
const styles = inline('style');
const policy = (withFrameAncestors) =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(withFrameAncestors ? ["frame-ancestors 'none'"] : []),
  ].join('; ');

pages.forEach((file, i) => {
  let html = texts[i];
  if (html.includes('http-equiv="Content-Security-Policy"')) return;
  // Right after the charset, before any script the policy must govern.
  html = html.replace(
    /<meta charset="utf-8"\s*\/?>/,
    (m) => `${m}<meta http-equiv="Content-Security-Policy" content="${policy(false)}">`,
  );
  if (!html.includes('http-equiv="Content-Security-Policy"')) {
    console.error(`offline: no <meta charset="utf-8"> in ${file}`);
    process.exit(1);
  }
  fs.writeFileSync(file, html);
});

// Every file of the build, as URLs relative to index.html.
function list(folder, prefix = '') {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) return list(path.join(folder, entry.name), `${rel}/`);
    return [rel];
  });
}
const files = list(dir)
  .filter((f) => f !== 'sw.js' && f !== '_headers')
  .sort();
const hash = crypto.createHash('sha256');
for (const file of files) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
const build = hash.digest('hex').slice(0, 16);

const template = fs.readFileSync(path.join(root, 'sw.js'), 'utf8');
const worker = template
  .replace("'__BUILD__'", JSON.stringify(build))
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
fs.writeFileSync(path.join(dir, 'sw.js'), worker);

// Hashed names (Trunk's -<16 hex> suffix, and everything in the build's
// app-<16 hex>/ directory) never change content: cache them for a year. The page, the worker and the unhashed files are revalidated.
// Every file gets its own rule, so no two rules set the same header (hosts
// join such values rather than choose one).
const hashed = (f) => /^app-[0-9a-f]{16}\/|-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(f);
const cache = (f) => (hashed(f) ? 'public, max-age=31536000, immutable' : 'no-cache');
const headers = [
  '/*',
  `  Content-Security-Policy: ${policy(true)}`,
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: no-referrer',
  '  Permissions-Policy: camera=(self), microphone=(), geolocation=()',
  ...['', 'sw.js', ...files].flatMap((f) => [`/${f}`, `  Cache-Control: ${cache(f)}`]),
  '',
].join('\n');
fs.writeFileSync(path.join(dir, '_headers'), headers);
