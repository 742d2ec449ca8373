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
import {root, rng, webDir} from './helpers.mjs';
import {article} from '../../bench/corpus.mjs';

const cli = path.join(root, 'build/native/article-analyser');

async function loadCore() {
  const {default: createCore} = await import(pathToFileURL(path.join(webDir, 'article-analyser-core.mjs')).href);
  return createCore({wasmBinary: fs.readFileSync(path.join(webDir, 'article-analyser-core.wasm'))});
}

/** [{name, bytes, input}]: golden inputs, then generated ones. */
function inputs() {
  const list = [];
  const golden = path.join(root, 'tests/golden/pipeline');
  for (const f of fs.readdirSync(golden).filter((f) => /\.(txt|html)$/.test(f)).sort()) {
    list.push({name: f, bytes: fs.readFileSync(path.join(golden, f)), input: f.endsWith('.html') ? 'html' : 'text'});
  }
  list.push({name: 'sample-article.txt', bytes: fs.readFileSync(path.join(webDir, 'sample-article.txt')), input: 'auto'});
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
    const a = new coreA.Analyser(), b = new coreB.Analyser();
    try {
      for (const it of all) {
        const bytes = new Uint8Array(it.bytes);
        const first = a.analyse(bytes, it.input, offsets);
        assert.equal(typeof first, 'string', `${it.name}: ${first?.message}`);
        JSON.parse(first);
        assert.equal(native2[it.name], native1[it.name], `${it.name}: two CLI runs differ`);
        if (first !== native1[it.name]) {
          let k = 0;
          while (first[k] === native1[it.name][k]) ++k;
          assert.fail(`${it.name}: WASM and native JSON differ at character ${k}: ` +
                      `wasm ${JSON.stringify(first.slice(k - 20, k + 40))} vs native ${JSON.stringify(native1[it.name].slice(k - 20, k + 40))}`);
        }
        assert.equal(a.analyse(bytes, it.input, offsets), first, `${it.name}: same instance, second run`);
        assert.equal(b.analyse(bytes, it.input, offsets), first, `${it.name}: another module instance`);
      }
    } finally {
      a.delete();
      b.delete();
    }
  });
}
