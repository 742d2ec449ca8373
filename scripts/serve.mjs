#!/usr/bin/env node
// A tiny static server for the page (make demo) and the browser tests. No dependencies.
//   node scripts/serve.mjs [--root build/web] [--port 8080] [--host 127.0.0.1]
// --port 0 picks a free port. Prints "serving ROOT at http://HOST:PORT/" once listening.
// Serves files under ROOT only (no traversal, no symlinks out of it), with the page's CSP on every response.
// Precompressed files (FILE.br, FILE.gz beside FILE, written by tools/precompress.mjs at build time) are sent
// when the request's Accept-Encoding allows them (brotli first), with Content-Encoding, Vary: Accept-Encoding,
// FILE's own Content-Type and the compressed Content-Length; a compressed file older than FILE is ignored.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
                   "connect-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
                   "manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

const ENCODINGS = [['br', '.br'], ['gzip', '.gz']];

/** The encodings an Accept-Encoding header accepts (q > 0), lower case. */
export function acceptedEncodings(header) {
  const ok = new Set();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';').map((x) => x.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  if (ok.has('*')) for (const [enc] of ENCODINGS) ok.add(enc);
  return ok;
}

/** The file to send for `real` and its Content-Encoding: a fresh precompressed sibling if accepted, else real. */
function pickEncoding(real, st, acceptEncoding) {
  const ok = acceptedEncodings(acceptEncoding);
  for (const [enc, ext] of ENCODINGS) {
    if (!ok.has(enc)) continue;
    try {
      const cst = fs.statSync(real + ext);
      if (cst.isFile() && cst.mtimeMs >= st.mtimeMs) return {file: real + ext, encoding: enc};
    } catch {
      // none: try the next
    }
  }
  return {file: real, encoding: null};
}

function parseArgs(argv) {
  const args = {root: 'build/web', port: 8080, host: '127.0.0.1'};
  for (let i = 0; i < argv.length; ++i) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--root') args.root = value;
    else if (flag === '--port') args.port = Number(value);
    else if (flag === '--host') args.host = value;
    else throw new Error(`serve.mjs: unknown argument ${argv[i]} (use --root DIR --port N --host ADDR)`);
    if (value === undefined) throw new Error(`serve.mjs: ${flag} needs a value`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error('serve.mjs: bad --port');
  return args;
}

/** Starts the server; resolves to {server, url}. `csp` replaces the page's policy (tests of other pages). */
export function serve({root, port = 0, host = '127.0.0.1', log = () => {}, csp = CSP}) {
  const base = fs.realpathSync(path.resolve(root));
  const server = http.createServer((req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', undefined, {Allow: 'GET, HEAD'});
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (rel.includes('\0')) return send(400, 'bad request\n');
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(base, '.' + path.posix.normalize(rel));
    let real;
    try {
      real = fs.realpathSync(file);
    } catch {
      return send(404, 'not found\n');
    }
    if (real !== base && !real.startsWith(base + path.sep)) return send(404, 'not found\n');
    fs.stat(real, (err, st) => {
      if (err || !st.isFile()) return send(404, 'not found\n');
      const {file, encoding} = pickEncoding(real, st, req.headers['accept-encoding']);
      fs.readFile(file, (err2, body) => {
        if (err2) return send(500, 'read error\n');
        log(`${req.method} ${rel} 200${encoding ? ` (${encoding})` : ''}`);
        const extra = {'Content-Length': String(body.length)};
        if (encoding) extra['Content-Encoding'] = encoding;
        // Vary on every file that has a compressed sibling, so that a cache never hands br to a client without it.
        if (encoding || ENCODINGS.some(([, ext]) => fs.existsSync(real + ext))) extra.Vary = 'Accept-Encoding';
        send(200, body, TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream', extra);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve({server, url: `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}/`});
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (!fs.existsSync(path.join(args.root, 'index.html'))) {
      console.error(`serve.mjs: ${args.root}/index.html not found: build the site first (make wasm)`);
      process.exit(1);
    }
    const {url} = await serve(args);
    console.log(`serving ${args.root} at ${url}  (Ctrl-C to stop)`);
  } catch (e) {
    console.error(e.code === 'EADDRINUSE' ? `serve.mjs: port in use: ${e.message}` : e.message);
    process.exit(1);
  }
}
