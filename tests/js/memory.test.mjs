// Memory stays flat: 1,000 analyses through the JS API leave the WASM heap (malloc's bytes in use) and the
// WASM memory exactly where they were after the first 50.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {loadApi, webDir} from './helpers.mjs';

const {createAnalyser} = await loadApi();

test('1,000 analyses: the WASM heap does not grow after the first 50', async () => {
  const analyser = await createAnalyser();
  const sample = fs.readFileSync(path.join(webDir, 'sample-article.txt'), 'utf8');
  const texts = [
    sample,
    sample.slice(0, 1500),
    `<!doctype html><html><body><article><h1>Title</h1><p>${sample.slice(0, 2000)}</p></article></body></html>`,
    'Emoji 😀, CJK 北京, RTL שלום, NUL \0, CRLF\r\n, lone \ud800 surrogate.',
    '',
  ];
  const run = (i) => {
    const r = analyser.analyse(texts[i % texts.length], {offsets: ['utf16', 'codepoint', 'byte'][i % 3]});
    assert.equal(r.schema, 'article-analysis/1');
    if (i % 7 === 0) assert.throws(() => analyser.analyse(i), TypeError);  // error paths must not leak either
    if (i % 11 === 0) assert.throws(() => analyser.analyse('x', {input: 'nope'}), RangeError);
  };
  for (let i = 0; i < 50; ++i) run(i);
  const after50 = analyser.memory();
  for (let i = 50; i < 1000; ++i) run(i);
  const after1000 = analyser.memory();
  assert.equal(after1000.heapInUse, after50.heapInUse, `heap in use: ${after50.heapInUse} -> ${after1000.heapInUse}`);
  assert.equal(after1000.memoryBytes, after50.memoryBytes, `WASM memory: ${after50.memoryBytes} -> ${after1000.memoryBytes}`);
  analyser.dispose();
});

test('the heap-in-use measure moves: a native Analyser that is not deleted shows up', async () => {
  // Guards the test above against a measure that cannot fail: straight on the Embind core, a leaked
  // Analyser (no .delete()) is seen, and deleting it brings the heap back.
  const {default: createCore} = await import(new URL('article-analyser-core.mjs', `file://${webDir}/`).href);
  const core = await createCore({wasmBinary: fs.readFileSync(path.join(webDir, 'article-analyser-core.wasm'))});
  const before = core.heapInUse();
  const leaked = new core.Analyser();
  assert.ok(core.heapInUse() > before, `heap in use ${before} -> ${core.heapInUse()} with a live Analyser`);
  leaked.delete();
  assert.equal(core.heapInUse(), before);
  const out = new core.Analyser();
  const json = out.analyse('x'.repeat(100000), 'auto', 'utf16');
  assert.equal(typeof json, 'string');
  // The binding's error path: a C++ exception comes back as an Error value, and frees what it allocated.
  for (let i = 0; i < 100; ++i) {
    const err = out.analyse('x'.repeat(1000), 'pdf', 'utf16');
    assert.ok(err instanceof Error, 'an Error value, not a throw');
    assert.equal(err.message, "input must be 'auto', 'text' or 'html', not 'pdf'");
    assert.match(out.analyse('x', 'text', 'utf8').message, /offsets must be/);
  }
  out.delete();
  assert.equal(core.heapInUse(), before, 'a large analysis frees everything it allocated');
});
