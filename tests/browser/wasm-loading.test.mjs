// How the JS API loads the .wasm in Chromium: compiled while it downloads when the server says application/wasm,
// still loaded when it says something else; fetched and compiled once for several analysers and for a worker
// restarted after an abort; progress reported from Content-Length, and as unknown (0) for a compressed response.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import {launch, openPage, webDir} from './helpers.mjs';

const WASM = 'article-analyser-core.wasm';
const MODEL = 'entities.bin';
// What onProgress counts: the .wasm and the model, fetched in parallel.
const wasmSize = () => fs.statSync(path.join(webDir, WASM)).size + fs.statSync(path.join(webDir, MODEL)).size;

/** A server of build/web whose .wasm is sent as `wasmType`, compressed with `encoding` (or not); counts requests. */
function server({wasmType = 'application/wasm', encoding = null} = {}) {
  const requests = [];
  const srv = http.createServer((req, res) => {
    const rel = new URL(req.url, 'http://x').pathname.replace(/^\/+/, '') || 'blank.html';
    requests.push(rel);
    if (rel === 'blank.html') {
      res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end('<!doctype html><title>blank</title>');
      return;
    }
    const file = path.join(webDir, path.basename(rel));
    if (!fs.existsSync(file)) return res.writeHead(404).end();
    let body = fs.readFileSync(file);
    const headers = {'Content-Type': rel.endsWith('.wasm') ? wasmType : 'text/javascript; charset=utf-8',
                     'Cache-Control': 'no-store'};
    if ((rel.endsWith('.wasm') || rel.endsWith('.bin')) && encoding) {
      body = encoding === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body);
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () =>
    resolve({srv, requests, url: `http://127.0.0.1:${srv.address().port}/`})));
}

/** Opens a blank page of `url` and runs `fn` (a function of the API module) in it. */
async function inPage(url, fn, arg) {
  const browser = await launch();
  try {
    const {page, log} = await openPage(browser.context);
    await page.goto(`${url}blank.html`);
    const out = await page.evaluate(async ([src, a]) => {
      const api = await import('/article-analyser.mjs');
      return (0, eval)(`(${src})`)(api, a);  // the test's function, run with the module
    }, [fn.toString(), arg]);
    assert.deepEqual(log.errors, []);
    return {out, console: log.console};
  } finally {
    await browser.close();
  }
}

const SAMPLE = 'Mayor Grace Okonkwo said: “We have run out of time.”';

test('application/wasm: two analysers, one fetch and one compile; progress from Content-Length', async () => {
  const s = await server();
  try {
    const {out} = await inPage(s.url, async (api, text) => {
      const progress = [];
      const a = await api.createAnalyser({onProgress: (p) => progress.push(p)});
      const b = await api.createAnalyser({onProgress: (p) => progress.push({second: true, ...p})});
      const same = (await api.compileCore()) === (await api.compileCore());
      return {progress, same, equal: JSON.stringify(a.analyse(text)) === JSON.stringify(b.analyse(text))};
    }, SAMPLE);
    assert.equal(s.requests.filter((r) => r === WASM).length, 1);
    assert.equal(s.requests.filter((r) => r === MODEL).length, 1);
    assert.ok(out.same);
    assert.ok(out.equal);
    const size = wasmSize();
    assert.equal(out.progress[0].total, size);  // reported once both downloads have started
    assert.ok(out.progress.every((p, i) => i === 0 || p.loaded >= out.progress[i - 1].loaded), 'loaded never goes back');
    assert.deepEqual(out.progress.at(-1), {loaded: size, total: size});
    assert.ok(out.progress.length > 2, `${out.progress.length} progress calls`);
    assert.ok(!out.progress.some((p) => p.second), 'no progress for the already compiled module');
  } finally {
    s.srv.close();
  }
});

test('a server that sends the .wasm as application/octet-stream: it still loads (compiled after download)', async () => {
  const s = await server({wasmType: 'application/octet-stream'});
  try {
    const {out} = await inPage(s.url, async (api, text) => {
      const a = await api.createAnalyser();
      return a.analyse(text).entities.map((e) => e.text);
    }, SAMPLE);
    assert.deepEqual(out, ['Grace Okonkwo']);
  } finally {
    s.srv.close();
  }
});

test('a compressed .wasm and model: total is 0 (unknown) until the last call, which has loaded === total', async () => {
  for (const encoding of ['br', 'gzip']) {
    const s = await server({encoding});
    try {
      const {out} = await inPage(s.url, async (api) => {
        const progress = [];
        await api.createAnalyser({onProgress: (p) => progress.push(p)});
        return progress;
      });
      const size = wasmSize();
      assert.ok(out.slice(0, -1).every((p) => p.total === 0), encoding);
      assert.deepEqual(out.at(-1), {loaded: size, total: size}, encoding);
    } finally {
      s.srv.close();
    }
  }
});

test('worker: an aborted analysis restarts the worker without fetching the .wasm again; queued ones go on', async () => {
  const s = await server();
  try {
    const {out} = await inPage(s.url, async (api, text) => {
      const w = await api.createAnalyser({worker: true});
      const expected = await w.analyse(text);
      const long = text.repeat(40000);
      const c1 = new AbortController();
      const c2 = new AbortController();
      const running = w.analyse(long, {signal: c1.signal});
      const queuedAborted = w.analyse(text, {signal: c2.signal});
      const queued = w.analyse(text);
      c2.abort();
      setTimeout(() => c1.abort(), 50);
      const settled = await Promise.allSettled([running, queuedAborted, queued]);
      const pre = await w.analyse(text, {signal: AbortSignal.abort()}).catch((e) => e.name);
      const custom = new AbortController();
      const reason = new Error('changed my mind');
      const p = w.analyse(long, {signal: custom.signal});
      custom.abort(reason);
      const withReason = await p.catch((e) => e === reason);
      const badSignal = await w.analyse(text, {signal: 'soon'}).catch((e) => e.name);
      const after = await w.analyse(text);
      w.dispose();
      return {
        settled: settled.map((r) => r.status === 'fulfilled' ? 'ok' : r.reason.name),
        queuedSame: settled[2].status === 'fulfilled' && JSON.stringify(settled[2].value) === JSON.stringify(expected),
        pre, withReason, badSignal, afterSame: JSON.stringify(after) === JSON.stringify(expected),
      };
    }, SAMPLE);
    assert.deepEqual(out.settled, ['AbortError', 'AbortError', 'ok']);
    assert.ok(out.queuedSame);
    assert.equal(out.pre, 'AbortError');
    assert.equal(out.withReason, true, 'rejects with signal.reason');
    assert.equal(out.badSignal, 'TypeError');
    assert.ok(out.afterSame);
    // The first worker fetched the .wasm; the two that replaced aborted ones got the compiled module.
    assert.equal(s.requests.filter((r) => r === WASM).length, 1, s.requests.join(' '));
    assert.equal(s.requests.filter((r) => r === MODEL).length, 1, s.requests.join(' '));
    assert.equal(s.requests.filter((r) => r === 'article-analyser-worker.mjs').length, 3);
  } finally {
    s.srv.close();
  }
});
