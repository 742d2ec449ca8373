// Determinism: the same input gives byte-identical JSON from the native CLI (--format jsonl) and from the WASM
// core (the JSON string it returns, before any JS parsing), run after run, in fresh and in reused instances.
// Inputs: the pipeline golden files and generated texts (articles, HTML pages, Unicode, ill-formed UTF-8 bytes).
import test from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {loadApi, root, rng, webDir} from './helpers.mjs';
import {article} from '../../bench/corpus.mjs';

const cli = path.join(root, 'build/native/article-analyser');

async function loadCore() {
  const {default: createCore} = await import(pathToFileURL(path.join(webDir, 'article-analyser-core.mjs')).href);
  return createCore({wasmBinary: fs.readFileSync(path.join(webDir, 'article-analyser-core.wasm'))});
}

/** The entity model as the site ships it (packed, apart from the .wasm). */
const model = () => fs.readFileSync(path.join(webDir, 'entities.bin'));

/** Quotes with no speaker, one for each speaker.reason (scare, passive-cue, speaker-not-named, no-cue). */
const noSpeakerReasons = 'The so-called “peace plan” failed.\n\nShe was called “a builder of bridges who listens to everyone in the room” by colleagues.\n\n' +
    '“We are ready for the storm,” she said.\n\n“Nothing is decided yet.”\n';

/** [{name, bytes, input}]: golden inputs, then generated ones. */
function inputs() {
  const list = [];
  const golden = path.join(root, 'tests/golden/pipeline');
  for (const f of fs.readdirSync(golden).filter((f) => /\.(txt|html)$/.test(f)).sort()) {
    list.push({name: f, bytes: fs.readFileSync(path.join(golden, f)), input: f.endsWith('.html') ? 'html' : 'text'});
  }
  list.push({name: 'sample-article.txt', bytes: fs.readFileSync(path.join(webDir, 'sample-article.txt')), input: 'auto'});
  list.push({name: 'no-speaker-reasons.txt', bytes: Buffer.from(noSpeakerReasons), input: 'text'});
  const random = rng(99);
  for (let i = 0; i < 24; ++i) {
    const a = article(500 + i, 3 + (i % 12));
    const paras = a.split('\n\n');
    let text;
    switch (i % 4) {
      case 0: text = a; break;
      case 1: text = `<html><body><article><h1>${paras[0]}</h1>${paras.slice(4).map((p) => `<p>${p}</p>`).join('')}` +
                     '</article></body></html>'; break;
      case 2: text = paras.map((p) => (random() < 0.3 ? `${p} 😀 北京 שלום e\u0301 \0` : p)).join('\r\n\r\n'); break;
      default: text = a.slice(0, Math.floor(random() * a.length));
    }
    let bytes = Buffer.from(text);
    if (i % 6 === 5) bytes = Buffer.concat([bytes.subarray(0, 40), Buffer.from([0xE9, 0x80, 0xED, 0xA0, 0x80]), bytes.subarray(40)]);
    list.push({name: `generated-${i}`, bytes, input: 'auto'});
  }
  return list;
}

/** One CLI run over all the files of one input kind and unit: {name: json line}. */
function cliJson(items, input, offsets) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-determinism-'));
  try {
    const files = items.map((it, k) => {
      const f = path.join(dir, `${String(k).padStart(3, '0')}-${it.name}`);
      fs.writeFileSync(f, it.bytes);
      return f;
    });
    const out = execFileSync(cli, ['--format', 'jsonl', '--input', input, '--offsets', offsets, ...files],
                             {maxBuffer: 1 << 28}).toString('utf8');
    const lines = out.split('\n');
    assert.equal(lines.pop(), '', 'the output ends with a newline');
    assert.equal(lines.length, items.length);
    return Object.fromEntries(items.map((it, k) => [it.name, lines[k]]));
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

test('the native CLI is there (make test builds it first)', () => {
  assert.ok(fs.existsSync(cli), `${cli} is missing: cmake --preset native && cmake --build --preset native`);
});

for (const offsets of ['utf16', 'codepoint', 'byte']) {
  test(`byte-identical JSON natively and in WASM, run after run (offsets ${offsets})`, async () => {
    const all = inputs();
    const byKind = {};
    for (const it of all) (byKind[it.input] ??= []).push(it);
    const native1 = {}, native2 = {};
    for (const [input, items] of Object.entries(byKind)) {
      Object.assign(native1, cliJson(items, input, offsets));
      Object.assign(native2, cliJson([...items].reverse(), input, offsets));  // another run, another order
    }
    const coreA = await loadCore(), coreB = await loadCore();
    const a = new coreA.Analyser(model()), b = new coreB.Analyser(model());
    try {
      for (const it of all) {
        const bytes = new Uint8Array(it.bytes);
        const first = a.analyse(bytes, {input: it.input, offsets, texts: 'all'});  // the contract's JSON (not the JS API's lean one)
        assert.equal(typeof first, 'string', `${it.name}: ${first?.message}`);
        JSON.parse(first);
        assert.equal(native2[it.name], native1[it.name], `${it.name}: two CLI runs differ`);
        if (first !== native1[it.name]) {
          let k = 0;
          while (first[k] === native1[it.name][k]) ++k;
          assert.fail(`${it.name}: WASM and native JSON differ at character ${k}: ` +
                      `wasm ${JSON.stringify(first.slice(k - 20, k + 40))} vs native ${JSON.stringify(native1[it.name].slice(k - 20, k + 40))}`);
        }
        assert.equal(a.analyse(bytes, {input: it.input, offsets, texts: 'all'}), first, `${it.name}: same instance, second run`);
        assert.equal(b.analyse(bytes, {input: it.input, offsets, texts: 'all'}), first, `${it.name}: another module instance`);
      }
    } finally {
      a.delete();
      b.delete();
    }
  });
}

// The JS API asks the core for lean JSON (span texts left out, and the text itself when it is the input) and cuts
// the texts in JS: its result must be exactly the contract's JSON, parsed. The inputs here include HTML (the text
// is not the input), CRLF, NUL, astral characters and ill-formed UTF-8 (decoded by TextDecoder first, as a caller
// would), plus strings with lone surrogates, where the core's text (U+FFFD) is not the caller's string.
test('the JS API\'s result is the contract JSON, parsed, for every input and offset unit', async () => {
  const {createAnalyser} = await loadApi();
  const api = await createAnalyser();
  const core = await loadCore();
  const raw = new core.Analyser(model());
  const encoder = new TextEncoder();
  try {
    const items = inputs().map((it) => ({...it, text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(it.bytes)}));
    const r = rng(77);
    for (let i = 0; i < 12; ++i) {
      const a = article(900 + i, 4);
      const k = Math.floor(r() * a.length);
      items.push({name: `lone-surrogate-${i}`, input: 'auto',
                  text: a.slice(0, k) + (i % 2 ? '\ud83d' : '\ude00') + a.slice(k) + (i % 3 ? '' : '\ud800')});
    }
    let spans = 0;
    for (const it of items) {
      for (const offsets of ['utf16', 'codepoint', 'byte']) {
        const want = JSON.parse(raw.analyse(encoder.encode(it.text), {input: it.input, offsets, texts: 'all'}));
        const got = api.analyse(it.text, {input: it.input, offsets});
        assert.deepEqual(got, want, `${it.name} (${offsets})`);
        spans += want.sentences.length;
      }
    }
    assert.ok(spans > 1000, `only ${spans} sentences were compared`);
  } finally {
    raw.delete();
    api.dispose();
  }
});
