// Precompressed files: tools/precompress.mjs writes FILE.br and FILE.gz (when smaller, and again only when FILE
// changed); scripts/serve.mjs sends them by Accept-Encoding with Content-Encoding, Vary, FILE's Content-Type and
// the compressed Content-Length, and the plain file to a client that accepts neither.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {acceptedEncodings, serve} from '../../scripts/serve.mjs';
import {precompressDir} from '../../tools/precompress.mjs';
import {rng} from './helpers.mjs';

function get(url, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    http.request(url, {method, headers}, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks)}));
    }).on('error', reject).end();
  });
}

function site() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-precompress-'));
  const r = rng(5);
  const words = Array.from({length: 4000}, () => ['analyse', 'the', 'article', 'quote', 'mayor'][Math.floor(r() * 5)]);
  const js = `export const words = ${JSON.stringify(words)};\n`;
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>\n'.repeat(50));
  fs.writeFileSync(path.join(dir, 'app.mjs'), js);
  // Random bytes do not compress: no .br or .gz for them.
  fs.writeFileSync(path.join(dir, 'noise.wasm'), Buffer.from(Array.from({length: 5000}, () => Math.floor(r() * 256))));
  fs.writeFileSync(path.join(dir, 'picture.png'), 'not compressible by type');
  return {dir, js};
}

test('precompress writes .br and .gz that decode to the file, skips what does not shrink, redoes what changed', () => {
  const {dir, js} = site();
  try {
    const results = precompressDir(dir);
    assert.deepEqual(results.map((x) => path.basename(x.file)).sort(), ['app.mjs', 'index.html', 'noise.wasm']);
    assert.equal(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'app.mjs.br'))).toString(), js);
    assert.equal(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'app.mjs.gz'))).toString(), js);
    const app = results.find((x) => x.file.endsWith('app.mjs'));
    assert.ok(app.brotli < app.gzip && app.gzip < app.raw, JSON.stringify(app));
    assert.ok(!fs.existsSync(path.join(dir, 'noise.wasm.br')) && !fs.existsSync(path.join(dir, 'noise.wasm.gz')));
    assert.ok(!fs.existsSync(path.join(dir, 'picture.png.br')));
    // Unchanged: not rewritten. Changed (newer than its .br): rewritten.
    const brPath = path.join(dir, 'app.mjs.br');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, 'app.mjs'), old, old);
    fs.writeFileSync(brPath, 'stale but newer');
    precompressDir(dir);
    assert.equal(fs.readFileSync(brPath, 'utf8'), 'stale but newer');
    const older = new Date(Date.now() - 120_000);
    fs.utimesSync(brPath, older, older);
    fs.writeFileSync(path.join(dir, 'app.mjs'), 'export const x = 1;\n'.repeat(100));
    precompressDir(dir);
    assert.equal(zlib.brotliDecompressSync(fs.readFileSync(brPath)).toString(), 'export const x = 1;\n'.repeat(100));
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('Accept-Encoding is read with q-values and *', () => {
  assert.deepEqual([...acceptedEncodings('gzip, deflate, br, zstd')].sort(), ['br', 'deflate', 'gzip', 'zstd']);
  assert.deepEqual([...acceptedEncodings('br;q=0, gzip;q=0.5')], ['gzip']);
  assert.deepEqual([...acceptedEncodings('')], []);
  assert.deepEqual([...acceptedEncodings(undefined)], []);
  assert.ok(acceptedEncodings('*').has('br'));
});

test('serve.mjs sends the precompressed file by Accept-Encoding, with the right headers', async () => {
  const {dir, js} = site();
  precompressDir(dir);
  const {server, url} = await serve({root: dir, port: 0});
  try {
    const br = await get(`${url}app.mjs`, {'accept-encoding': 'gzip, deflate, br'});
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.equal(Number(br.headers['content-length']), fs.statSync(path.join(dir, 'app.mjs.br')).size);
    assert.equal(zlib.brotliDecompressSync(br.body).toString(), js);
    assert.ok(br.headers['content-security-policy'].includes("default-src 'none'"));

    const gz = await get(`${url}app.mjs`, {'accept-encoding': 'gzip'});
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(gz.body).toString(), js);

    const plain = await get(`${url}app.mjs`, {'accept-encoding': 'br;q=0, identity'});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    assert.equal(Number(plain.headers['content-length']), Buffer.byteLength(js));
    assert.equal(plain.body.toString(), js);

    const head = await get(`${url}app.mjs`, {'accept-encoding': 'br'}, 'HEAD');
    assert.equal(head.body.length, 0);
    assert.equal(Number(head.headers['content-length']), fs.statSync(path.join(dir, 'app.mjs.br')).size);

    // No compressed sibling (did not shrink): the file, no Vary.
    const wasm = await get(`${url}noise.wasm`, {'accept-encoding': 'br, gzip'});
    assert.equal(wasm.headers['content-encoding'], undefined);
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.equal(wasm.headers.vary, undefined);
    assert.equal(wasm.body.length, 5000);

    // A .br older than its file (the file changed since the build) is not sent.
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, 'app.mjs.br'), old, old);
    fs.utimesSync(path.join(dir, 'app.mjs.gz'), old, old);
    const fresh = await get(`${url}app.mjs`, {'accept-encoding': 'br, gzip'});
    assert.equal(fresh.headers['content-encoding'], undefined);
    assert.equal(fresh.body.toString(), js);
  } finally {
    server.close();
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('the wasm build staged .br and .gz beside the core and the scripts', () => {
  const web = path.join(path.dirname(new URL(import.meta.url).pathname), '../../build/web');
  for (const f of ['article-analyser-core.wasm', 'article-analyser-core.mjs', 'article-analyser.mjs',
                   'article-analyser-worker.mjs', 'index.html']) {
    for (const ext of ['.br', '.gz']) {
      const c = path.join(web, f + ext);
      assert.ok(fs.existsSync(c), `${f}${ext} is staged (cmake --build --preset wasm)`);
      assert.ok(fs.statSync(c).mtimeMs >= fs.statSync(path.join(web, f)).mtimeMs, `${f}${ext} is fresh`);
    }
  }
  const wasm = fs.readFileSync(path.join(web, 'article-analyser-core.wasm'));
  assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(web, 'article-analyser-core.wasm.br'))).equals(wasm));
});
