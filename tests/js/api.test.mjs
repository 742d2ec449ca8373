// The JS API (build/web/article-analyser.mjs) on the WASM build, in Node: shape, options, errors, lifecycle.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadApi, webDir} from './helpers.mjs';

const {createAnalyser, default: defaultExport} = await loadApi();
const analyser = await createAnalyser();
const sample = fs.readFileSync(path.join(webDir, 'sample-article.txt'), 'utf8');

test('createAnalyser is the named and the default export', () => {
  assert.equal(typeof createAnalyser, 'function');
  assert.equal(defaultExport, createAnalyser);
  assert.match(analyser.version, /^\d+\.\d+\.\d+$/);
});

test('the result is a plain object of schema article-analysis/1', () => {
  const r = analyser.analyse(sample);
  assert.equal(r.schema, 'article-analysis/1');
  assert.deepEqual(Object.keys(r), ['schema', 'input', 'text', 'article', 'sentences', 'entities', 'clusters',
                                    'quotes', 'warnings']);
  assert.deepEqual(r.input, {kind: 'text', length: sample.length, offsets: 'utf16'});
  assert.equal(r.text, sample);
  for (const key of ['sentences', 'entities', 'clusters', 'quotes', 'warnings']) assert.ok(Array.isArray(r[key]), key);
  // Plain data only: nothing from Embind (no .delete(), no class handles), survives a JSON round trip.
  assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.ok(r.sentences.length >= 30, `the sample has ${r.sentences.length} sentences`);
  assert.ok(r.article.paragraphs.length >= 15);
});

test('a quote with no speaker says why: speaker.reason, only when name is null', () => {
  const r = analyser.analyse('The so-called “peace plan” failed.\n\nShe was called “a builder of bridges who listens to everyone in the room” by colleagues.\n\n' +
                             '“We are ready for the storm,” she said.\n\n“Nothing is decided yet.”\n\n' +
                             '“It works,” Grace Okonkwo said.');
  assert.deepEqual(r.quotes.map((q) => [q.kind, q.speaker.name, q.speaker.reason]),
                   [['scare', null, 'scare'], ['partial', null, 'passive-cue'], ['direct', null, 'speaker-not-named'],
                    ['direct', null, 'no-cue'], ['direct', 'Grace Okonkwo', undefined]]);
  assert.ok(!('reason' in r.quotes[4].speaker));
  assert.deepEqual(Object.keys(r.quotes[0].speaker), ['name', 'cluster', 'mention', 'anonymous', 'reason']);
});

test('options: input text|html|auto and offsets utf16|codepoint|byte', () => {
  const html = '<!doctype html><html><body><article><h1>Storm “barrier” 😀</h1><p>Mayor Okonkwo said it.</p></article></body></html>';
  const auto = analyser.analyse(html);
  assert.equal(auto.input.kind, 'html');
  assert.ok(!auto.text.includes('<'), 'HTML input: text is the extracted article text');
  assert.equal(analyser.analyse(html, {input: 'text'}).input.kind, 'text');
  assert.equal(analyser.analyse('Just text.', {input: 'html'}).input.kind, 'html');

  const text = 'Emoji 😀 and “café” — 北京.';
  const u16 = analyser.analyse(text, {offsets: 'utf16'});
  const cp = analyser.analyse(text, {offsets: 'codepoint'});
  const bytes = analyser.analyse(text, {offsets: 'byte'});
  assert.equal(u16.input.length, text.length);
  assert.equal(cp.input.offsets, 'codepoint');
  assert.equal(cp.input.length, [...text].length);
  assert.equal(bytes.input.offsets, 'byte');
  assert.equal(bytes.input.length, Buffer.byteLength(text));
  const last = (r) => r.sentences[r.sentences.length - 1].end;
  assert.deepEqual([last(u16), last(cp), last(bytes)], [text.length, [...text].length, Buffer.byteLength(text)]);
});

test('errors are JS Errors with clear messages', () => {
  for (const bad of [42, null, undefined, {}, ['text'], Buffer.from('x')]) {
    assert.throws(() => analyser.analyse(bad), (e) => e instanceof TypeError && /needs a string/.test(e.message),
                  `analyse(${typeof bad})`);
  }
  assert.throws(() => analyser.analyse('x', {input: 'pdf'}), (e) => e instanceof RangeError && /options\.input/.test(e.message));
  assert.throws(() => analyser.analyse('x', {offsets: 'utf8'}), (e) => e instanceof RangeError && /options\.offsets/.test(e.message));
  assert.throws(() => analyser.analyse('x', 'html'), TypeError);
  // The analyser still works after errors.
  assert.equal(analyser.analyse('Still fine.').sentences.length, 1);
});

test('empty and whitespace input give empty, valid results', () => {
  for (const t of ['', ' ', '\n\n\n', '\0']) {
    const r = analyser.analyse(t);
    assert.equal(r.text, t);
    assert.equal(r.input.length, t.length);
    assert.deepEqual(r.entities, []);
  }
});

test('dispose: analyse afterwards throws, dispose twice is harmless', async () => {
  const a = await createAnalyser();
  assert.equal(a.analyse('One. Two.').sentences.length, 2);
  a.dispose();
  a.dispose();
  assert.throws(() => a.analyse('x'), /after dispose/);
});

test('worker mode needs a browser Worker: in Node it says so', async () => {
  await assert.rejects(createAnalyser({worker: true}), /Web Workers/);
  await assert.rejects(createAnalyser('worker'), TypeError);
});

test('a wrong core location fails with a message naming the problem', async () => {
  await assert.rejects(createAnalyser({wasmUrl: new URL('file:///nonexistent/core.wasm')}), /ENOENT|no such file/);
});

test('in Node the model file is read straight into the heap: same results, progress, clear errors', async (t) => {
  // createAnalyser reads a model file it has not loaded before into the core's heap (core.ModelBytes), not through
  // a JS buffer: the result must be that of the model's bytes given whole (modelBytes), and a missing, damaged or
  // truncated file must fail as clearly as before.
  const modelPath = path.join(webDir, 'entities.bin');
  const bytes = fs.readFileSync(modelPath);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-model-'));
  t.after(() => fs.rmSync(dir, {recursive: true, force: true}));
  const copy = path.join(dir, 'copy.bin');
  fs.writeFileSync(copy, bytes);
  // The .wasm from a new place too, so that both parts are fetched and the progress reports their sums.
  const wasm = path.join(dir, 'core.wasm');
  fs.copyFileSync(path.join(webDir, 'article-analyser-core.wasm'), wasm);
  const progress = [];
  const fromFile = await createAnalyser({modelUrl: copy, wasmUrl: wasm, onProgress: (p) => progress.push(p)});
  const fromBytes = await createAnalyser({modelBytes: bytes});
  assert.deepEqual(fromFile.analyse(sample), fromBytes.analyse(sample));
  assert.deepEqual(progress.at(-1), {loaded: progress.at(-1).total, total: progress.at(-1).total});
  assert.equal(progress.at(-1).total, bytes.length + fs.statSync(wasm).size);
  fromFile.dispose();
  fromBytes.dispose();
  await assert.rejects(createAnalyser({modelUrl: path.join(dir, 'missing.bin')}),
                       /the entity model failed to load: .*(ENOENT|no such file)/);
  const truncated = path.join(dir, 'truncated.bin');
  fs.writeFileSync(truncated, bytes.subarray(0, 1000));
  await assert.rejects(createAnalyser({modelUrl: truncated}), /the core failed to start: .*entity model: .*(truncated|payload length)/);
  const damaged = path.join(dir, 'damaged.bin');
  const changed = Buffer.from(bytes);
  changed[changed.length >> 1] ^= 0x40;
  fs.writeFileSync(damaged, changed);
  await assert.rejects(createAnalyser({modelUrl: damaged}), /the core failed to start: .*entity model: .*(check|damaged)/);
  const empty = path.join(dir, 'empty.bin');
  fs.writeFileSync(empty, '');
  await assert.rejects(createAnalyser({modelUrl: empty}), /the core failed to start: .*entity model/);
});

test('progress is reported when only one of the two parts is fetched', async (t) => {
  // The .wasm already compiled in this process (a new model file), or the model given as bytes (a new .wasm):
  // the one part that is fetched must still report, with its own size as the total.
  const bytes = fs.readFileSync(path.join(webDir, 'entities.bin'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-parts-'));
  t.after(() => fs.rmSync(dir, {recursive: true, force: true}));
  (await createAnalyser()).dispose();  // the default .wasm is compiled from here on
  const model = path.join(dir, 'model.bin');
  fs.writeFileSync(model, bytes);
  const modelOnly = [];
  (await createAnalyser({modelUrl: model, onProgress: (p) => modelOnly.push(p)})).dispose();
  assert.ok(modelOnly.length > 0, 'the model alone reports progress');
  assert.deepEqual(modelOnly.at(-1), {loaded: bytes.length, total: bytes.length});
  const wasm = path.join(dir, 'core.wasm');
  fs.copyFileSync(path.join(webDir, 'article-analyser-core.wasm'), wasm);
  const wasmOnly = [];
  (await createAnalyser({modelBytes: bytes, wasmUrl: wasm, onProgress: (p) => wasmOnly.push(p)})).dispose();
  assert.ok(wasmOnly.length > 0, 'the .wasm alone reports progress');
  const size = fs.statSync(wasm).size;
  assert.deepEqual(wasmOnly.at(-1), {loaded: size, total: size});
});

test('several analysers are independent', async () => {
  const [a, b] = await Promise.all([createAnalyser(), createAnalyser()]);
  const ra = a.analyse('First text. It has two sentences.');
  b.dispose();
  assert.deepEqual(a.analyse('First text. It has two sentences.'), ra);
  a.dispose();
});
