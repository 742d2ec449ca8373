// The static server for the browser benchmarks: the repository root, restricted to what the bench pages load
// (bench/, build/web/ and a copy of an earlier one in build/before-web/, build/bench/texts/, node_modules/). Unlike scripts/serve.mjs it sends no CSP: the
// benchmark page evaluates wink-nlp's CommonJS sources with `new Function` (bench/page/cjs.mjs).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALLOWED = ['bench/', 'build/web/', 'build/before-web/', 'build/bench/texts/', 'node_modules/'];  // before-web: a copy of an earlier build, to compare
const TYPES = {'.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8'};

/**
 * Starts the server on a free port of 127.0.0.1; resolves to {server, url}. `memory` maps a path (no leading
 * slash) to a body served from memory as JSON: how the real-news texts reach the page without a copy on disk.
 */
export function serveBench({memory = new Map()} = {}) {
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = path.posix.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (memory.has(rel)) {
      res.writeHead(200, {'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store'});
      res.end(memory.get(rel));
      return;
    }
    const file = path.join(root, rel);
    if (!ALLOWED.some((p) => rel.startsWith(p)) || !file.startsWith(root + path.sep)) {
      res.writeHead(404).end('not found\n');
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found\n');
        return;
      }
      res.writeHead(200, {'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
                          'Cache-Control': 'no-cache'});
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({server, url: `http://127.0.0.1:${server.address().port}/`}));
  });
}
