// A static file server that behaves like the hosts Rapport is deployed to:
// it applies the build's `_headers` (as Netlify and Cloudflare Pages do:
// the CSP, caching) and compresses with brotli or gzip as the browser
// accepts. The same build is served at the root and under /rapport/.
// Used by the end-to-end tests and `make bench`.
//
//   node tests/serve.mjs <site-dir> <port>
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest']);
/** Sub-paths the same build is also served under. */
const PREFIXES = ['/rapport'];

/** The rules of a `_headers` file: [{ path, headers: [[name, value]] }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
    } else if (rules.length) {
      const i = line.indexOf(':');
      rules[rules.length - 1].headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const compressedCache = new Map();

/** `body` compressed as a static host stores it, once per file version. */
function compressed(file, body, encoding) {
  const key = cacheKey(file, body, encoding);
  if (!compressedCache.has(key)) {
    compressedCache.set(
      key,
      encoding === 'br'
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(body, { level: 9 }),
    );
  }
  return compressedCache.get(key);
}

/**
 * Compresses every file under `root` before the first request, as a static
 * host stores them: brotli at quality 11 takes seconds for the module, which
 * would otherwise fall on whichever test asks first.
 */
async function warm(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (COMPRESSIBLE.has(path.extname(file))) files.push(file);
    }
  };
  walk(root);
  // Identical copies (the root and /rapport/) are compressed once.
  const byContent = new Map();
  await Promise.all(
    files.map(async (file) => {
      const body = fs.readFileSync(file);
      for (const encoding of ['br', 'gzip']) {
        const key = `${encoding} ${body.length} ${path.basename(file)}`;
        if (!byContent.has(key)) {
          byContent.set(
            key,
            new Promise((resolve, reject) => {
              const done = (error, out) => (error ? reject(error) : resolve(out));
              if (encoding === 'br') {
                zlib.brotliCompress(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }, done);
              } else {
                zlib.gzip(body, { level: 9 }, done);
              }
            }),
          );
        }
        compressedCache.set(cacheKey(file, body, encoding), await byContent.get(key));
      }
    }),
  );
}

function cacheKey(file, body, encoding) {
  return `${encoding} ${file} ${fs.statSync(file).mtimeMs} ${body.length}`;
}

function matches(rule, pathname) {
  if (rule.endsWith('*')) return pathname.startsWith(rule.slice(0, -1));
  return rule === pathname;
}

/**
 * Starts serving `root` on `port` (0: any free port).
 */
export async function serve(root, port = 0) {
  await warm(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    let base = root;
    for (const prefix of PREFIXES) {
      if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
        if (fs.existsSync(path.join(root, prefix))) base = path.join(root, prefix);
        pathname = pathname.slice(prefix.length) || '/';
      }
    }
    let file = path.join(base, pathname);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    const rulesFile = path.join(base, '_headers');
    if (fs.existsSync(rulesFile)) {
      for (const rule of parseHeaders(fs.readFileSync(rulesFile, 'utf8'))) {
        if (!matches(rule.path, pathname)) continue;
        for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
      }
    }
    let body = fs.readFileSync(file);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(path.extname(file))) {
      headers.vary = 'Accept-Encoding';
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      if (encoding) {
        body = compressed(file, body, encoding);
        headers['content-encoding'] = encoding;
      }
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, port] = process.argv.slice(2);
  serve(path.resolve(root), Number(port ?? 4173)).then((server) => {
    process.stdout.write(`serving ${root} on http://127.0.0.1:${server.address().port}\n`);
  });
}
