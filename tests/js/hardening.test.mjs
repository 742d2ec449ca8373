// Issue 17 through the JS API: one input limit measured before anything is copied, clear option errors, the same
// decoding as the CLI (a byte order mark is dropped by both), and the WASM heap reused after a large input.
import test from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadApi, root} from './helpers.mjs';

const {createAnalyser} = await loadApi();
const analyser = await createAnalyser();
const LIMIT = 256 * 1024 * 1024;
const cli = path.join(root, 'build/native/article-analyser');

test('over-limit strings are refused with the size message before being encoded or copied', () => {
  const before = analyser.memory();
  const ascii = 'a'.repeat(LIMIT + 1);
  assert.throws(() => analyser.analyse(ascii), (e) => e instanceof RangeError &&
      e.message === `article-analyser: input too large: at least ${LIMIT + 1} bytes of UTF-8 (the limit is ${LIMIT} bytes, 256 MiB)`);
  // 90 M CJK units: 270 M bytes of UTF-8, under the limit in units, over it in bytes.
  const cjk = '中'.repeat(90 * 1024 * 1024);
  assert.throws(() => analyser.analyse(cjk), (e) => e instanceof RangeError &&
      e.message.startsWith(`article-analyser: input too large: ${cjk.length * 3} bytes of UTF-8`));
  const after = analyser.memory();
  assert.equal(after.memoryBytes, before.memoryBytes, 'no WASM memory was taken for them');
  assert.equal(after.heapInUse, before.heapInUse);
  assert.equal(analyser.analyse('Ann Lee said yes.').schema, 'article-analysis/1');
});

test('an option value with its own toString() is named by its type, not by what toString() says', () => {
  const sneaky = {toString: () => 'html'};
  assert.throws(() => analyser.analyse('x', {input: sneaky}),
                (e) => e instanceof RangeError && /options\.input must be one of auto, text, html, got an object$/.test(e.message));
  const throwing = {toString() { throw new Error('boom'); }};
  assert.throws(() => analyser.analyse('x', {offsets: throwing}),
                (e) => e instanceof RangeError && /got an object$/.test(e.message));
  assert.throws(() => analyser.analyse('x', {offsets: 'UTF16'}), (e) => /got "UTF16"$/.test(e.message));
});

test('a byte order mark: the CLI on the file and the JS API on the string give the same JSON', () => {
  const text = '\uFEFFMayor Grace Okonkwo said “yes, it is done”. Then she left for Paris.';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bom-'));
  try {
    const file = path.join(dir, 'bom.txt');
    fs.writeFileSync(file, text, 'utf8');  // EF BB BF first
    assert.deepEqual([...fs.readFileSync(file).subarray(0, 3)], [0xEF, 0xBB, 0xBF]);
    const native = JSON.parse(execFileSync(cli, ['--format', 'jsonl', file]).toString('utf8'));
    const js = analyser.analyse(fs.readFileSync(file, 'utf8'));  // Node keeps U+FEFF in the string
    assert.equal(js.text, text.slice(1));
    assert.deepEqual(js, native);
    for (const e of js.entities) assert.equal(js.text.slice(e.start, e.end), e.text);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('after a large input the WASM heap is given back to malloc and reused: a second one grows nothing', () => {
  const a = analyser;
  a.analyse('Warm-up text. Ann Lee said yes.');
  const start = a.memory();
  const big = 'Mayor Ann Lee said “the river is high” on Monday. '.repeat(100_000);  // 5 MB
  a.analyse(big);
  const first = a.memory();
  a.analyse(big.replace(/Monday/g, 'Friday'));
  const second = a.memory();
  assert.equal(first.heapInUse, start.heapInUse, 'every byte of the analysis was freed');
  assert.equal(second.heapInUse, start.heapInUse);
  assert.equal(second.memoryBytes, first.memoryBytes, 'the second large input reused the memory of the first');
  // Memory per analysis: a small multiple of the input (README, "Limits").
  assert.ok(first.memoryBytes - start.memoryBytes < 64 * Buffer.byteLength(big),
            `WASM memory grew ${first.memoryBytes - start.memoryBytes} bytes for ${Buffer.byteLength(big)}`);
});
