// Memory stays flat: 1,000 analyses of 1,000 different texts through the JS API leave the WASM heap (malloc's
// bytes in use) and the WASM memory exactly where they were after the first 50. The tagger's form cache grows as
// it meets new words, up to its limits (core/ner/scorer.h), so the texts are first read once: after that the cache
// holds their words, or has been full and emptied (its memory then at its full size), and a leak is what is left.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {loadApi, rng, webDir} from './helpers.mjs';
import {articles} from '../../bench/corpus.mjs';

const {createAnalyser} = await loadApi();

test('1,000 analyses of 1,000 different texts (read once before): the WASM heap does not grow after the first 50', async () => {
  const analyser = await createAnalyser();
  const sample = fs.readFileSync(path.join(webDir, 'sample-article.txt'), 'utf8');
  const texts = variedTexts(sample);
  assert.equal(new Set(texts).size, texts.length, 'the texts are all different');
  const run = (i) => {
    const text = texts[i];
    const r = analyser.analyse(text, {input: i % 9 === 4 ? 'text' : 'auto', offsets: ['utf16', 'codepoint', 'byte'][i % 3]});
    assert.equal(r.schema, 'article-analysis/1');
    if (r.input.kind === 'text') assert.equal(r.text, text.toWellFormed());
    if (i % 7 === 0) assert.throws(() => analyser.analyse(i), TypeError);  // error paths must not leak either
    if (i % 11 === 0) assert.throws(() => analyser.analyse('x', {input: 'nope'}), RangeError);
  };
  for (let i = 0; i < 1000; ++i) run(i);  // the form cache meets the texts' words
  for (let i = 0; i < 50; ++i) run(i);
  const after50 = analyser.memory();
  for (let i = 50; i < 1000; ++i) run(i);
  const after1000 = analyser.memory();
  assert.equal(after1000.heapInUse, after50.heapInUse, `heap in use: ${after50.heapInUse} -> ${after1000.heapInUse}`);
  assert.equal(after1000.memoryBytes, after50.memoryBytes, `WASM memory: ${after50.memoryBytes} -> ${after1000.memoryBytes}`);
  analyser.dispose();
});

/**
 * 1,000 different texts: generated articles of 3 to 20 paragraphs (bench/corpus.mjs), as plain text, as HTML
 * pages, cut at odd places, with emoji, CJK, RTL, NUL, CRLF and lone surrogates mixed in, and short oddities.
 * The largest comes first, so that the WASM memory reaches its size within the first 50 analyses.
 */
function variedTexts(sample) {
  const random = rng(2024);
  const list = articles(1000, 13);
  const texts = list.map((a, i) => {
    const paras = a.split('\n\n');
    switch (i % 8) {
      case 0: return a;
      case 1: return `<!doctype html><html><head><title>${paras[0]}</title></head><body><nav>Home | World</nav>` +
                     `<article><h1>${paras[0]}</h1><p class="byline">${paras[2]}</p>` +
                     paras.slice(4).map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`).join('') +
                     '</article><footer>© Example</footer></body></html>';
      case 2: return a.slice(0, Math.floor(random() * a.length));
      case 3: return paras.map((p, k) => (k % 3 === 1 ? `${p} 😀 北京 שלום é\0` : p)).join('\r\n\r\n');
      case 4: return `<p>${paras[4]}</p>` + a;  // markup at the start: auto may read it as HTML
      case 5: return paras.slice(0, 3).join('\n') + `\ud800 ${i} \udfff`;
      case 6: return `${i}: ` + '“'.repeat(i % 17) + paras[4] + '”'.repeat(i % 5);
      default: return `${sample.slice(0, 200 + i)}\n\n${a}`;
    }
  });
  texts[0] = list.slice(0, 12).join('\n') + sample;  // the largest
  texts[10] = '';
  texts[20] = ' \n\t ';
  return texts;
}

test('the heap-in-use measure moves: a native Analyser that is not deleted shows up', async () => {
  // Guards the test above against a measure that cannot fail: straight on the Embind core, a leaked
  // Analyser (no .delete()) is seen, and deleting it brings the heap back.
  const {default: createCore} = await import(new URL('article-analyser-core.mjs', `file://${webDir}/`).href);
  const core = await createCore({wasmBinary: fs.readFileSync(path.join(webDir, 'article-analyser-core.wasm'))});
  const before = core.heapInUse();
  const model = fs.readFileSync(path.join(webDir, 'entities.bin'));
  const leaked = new core.Analyser(model);
  assert.ok(core.heapInUse() > before, `heap in use ${before} -> ${core.heapInUse()} with a live Analyser`);
  leaked.delete();
  assert.equal(core.heapInUse(), before);
  const out = new core.Analyser(model);
  assert.equal(out.error(), '');
  // A damaged model: the analyser says why (no C++ exception crosses into JS) and analyse() returns that Error.
  const damaged = new core.Analyser(model.subarray(0, 1000));
  assert.match(damaged.error(), /entity model: .*truncated|payload length/);
  assert.ok(damaged.analyse('x', {input: 'auto', offsets: 'utf16', texts: 'all'}) instanceof Error);
  damaged.delete();
  const json = out.analyse('x'.repeat(100000), {input: 'auto', offsets: 'utf16', texts: 'all'});
  assert.equal(typeof json, 'string');
  // The binding's error path: a C++ exception comes back as an Error value, and frees what it allocated.
  for (let i = 0; i < 100; ++i) {
    const err = out.analyse('x'.repeat(1000), {input: 'pdf', offsets: 'utf16', texts: 'none'});
    assert.ok(err instanceof Error, 'an Error value, not a throw');
    assert.equal(err.message, "input must be 'auto', 'text' or 'html', not 'pdf'");
    assert.match(out.analyse('x', {input: 'text', offsets: 'utf8', texts: 'all'}).message, /offsets must be/);
    assert.match(out.analyse('x', {input: 'text', offsets: 'utf16', texts: 'lean'}).message, /texts must be/);
  }
  out.delete();
  assert.equal(core.heapInUse(), before, 'a large analysis frees everything it allocated');
});

test('one decoded Model shared by several Analysers of an instance: decoded once, freed with its last user', async () => {
  const {default: createCore} = await import(new URL('article-analyser-core.mjs', `file://${webDir}/`).href);
  const core = await createCore({wasmBinary: fs.readFileSync(path.join(webDir, 'article-analyser-core.wasm'))});
  const bytes = fs.readFileSync(path.join(webDir, 'entities.bin'));
  const opts = {input: 'auto', offsets: 'utf16', texts: 'all'};
  const text = 'Mayor Grace Okonkwo said the plan for Lagos was “a start”, the BBC reported on Monday.';
  // An Analyser with its own copy of the model; the heap measured after its first analysis has made what the
  // core makes once per instance (a first analysis allocates a few static tables).
  const alone = new core.Analyser(bytes);
  const expected = alone.analyse(text, opts);
  const withOwnCopy = core.heapInUse();
  alone.delete();
  const before = core.heapInUse();
  const ownCopy = withOwnCopy - before;

  const model = new core.Model(bytes);
  assert.equal(model.error(), '');
  const decoded = core.heapInUse() - before;
  assert.ok(decoded > 1_000_000, `the decoded model takes ${decoded} bytes of heap`);
  const a = new core.Analyser(model);
  const b = new core.Analyser(model);
  assert.equal(a.error(), '');
  assert.equal(b.error(), '');
  // Two Analysers of one Model cost less than one with its own copy: the model is not decoded again.
  const both = core.heapInUse() - before;
  assert.ok(both - decoded < ownCopy / 4, `two analysers add ${both - decoded} bytes; one with its own model ${ownCopy}`);
  assert.equal(a.analyse(text, opts), expected);
  assert.equal(b.analyse(text, opts), expected);
  // The Model may go first: the Analysers keep it; its memory goes with the last of them.
  model.delete();
  assert.equal(b.analyse(text, opts), expected);
  a.delete();
  assert.equal(b.analyse(text, opts), expected);
  assert.ok(core.heapInUse() - before > 1_000_000, 'the model is still there for the last Analyser');
  b.delete();
  assert.equal(core.heapInUse(), before, 'the model is freed with its last user');

  // A damaged model: the Model says why, and an Analyser given it too (analyse() returns that Error).
  const damaged = new core.Model(bytes.subarray(0, 1000));
  assert.match(damaged.error(), /entity model: .*truncated|payload length/);
  const c = new core.Analyser(damaged);
  assert.equal(c.error(), damaged.error());
  assert.ok(c.analyse('x', opts) instanceof Error);
  c.delete();
  damaged.delete();
  assert.equal(core.heapInUse(), before);
});

test('analysers of one process share one instance and one decoded model, freed with the last of them', async () => {
  const text = 'Mayor Grace Okonkwo said the plan for Lagos was “a start”, the BBC reported on Monday.';
  const a = await createAnalyser();
  const withA = a.memory().heapInUse;
  const expected = a.analyse(text);
  const afterAnalysis = a.memory().heapInUse;
  const b = await createAnalyser();
  // One instance: each sees the other's memory. The second analyser adds its own state, not a decoded model
  // (the decoded model takes about 3.9 MB of heap: the test below).
  assert.equal(b.memory().heapInUse, a.memory().heapInUse, 'one instance');
  const added = b.memory().heapInUse - afterAnalysis;
  assert.ok(added > 0 && added < 1_000_000, `the second analyser adds ${added} bytes`);
  assert.deepEqual(b.analyse(text), expected);
  b.dispose();
  assert.equal(a.memory().heapInUse, afterAnalysis, 'the second analyser freed its own state');
  assert.deepEqual(a.analyse(text), expected);
  a.dispose();
  const left = a.memory().heapInUse;
  assert.ok(withA - left > 3_500_000, `the last dispose() freed the decoded model: ${withA} -> ${left} bytes`);
  // After the last user the next analyser starts a new instance (the old one is not kept alive).
  const c = await createAnalyser();
  assert.equal(c.memory().heapInUse, withA, 'a new instance, in the state the first one started in');
  assert.deepEqual(c.analyse(text), expected);
  c.dispose();
});
