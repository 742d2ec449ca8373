// WASM memory: the heap in use (malloc) and the size of WASM memory after the first analysis, after 50 and after
// 1,000 analyses of different generated articles in one instance, then after 50 and 1,000 analyses of the same
// articles read a second time, then in fresh instances the WASM memory needed for the 1 MB and 10 MB texts. The
// first reading fills the tagger's form cache with the articles' words, up to its limits (core/ner/scorer.h); on
// the second the heap must not grow after the first 50 (a leak is what would), as tests/js/memory.test.mjs enforces.
//   node bench/wasm-memory.mjs [--out FILE.json]
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {articles} from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const {createAnalyser} = await import(pathToFileURL(path.join(root, 'build/web/article-analyser.mjs')).href);
const mb = (b) => b / 2 ** 20;

const analyser = await createAnalyser();
const start = analyser.memory();
const texts = articles(1000, 21);
texts.sort((a, b) => b.length - a.length);  // the largest first: growth, if any, happens early
const marks = {}, again = {};
for (let i = 0; i < texts.length; ++i) {
  analyser.analyse(texts[i], {input: 'auto'});
  if (i === 0 || i === 49 || i === 999) marks[i + 1] = analyser.memory();
}
for (let i = 0; i < texts.length; ++i) {
  analyser.analyse(texts[i], {input: 'auto'});
  if (i === 49 || i === 999) again[i + 1] = analyser.memory();
}
analyser.dispose();
const result = {
  start: {heapInUseBytes: start.heapInUse, memoryMB: mb(start.memoryBytes)},
  after1: {heapInUseBytes: marks[1].heapInUse, memoryMB: mb(marks[1].memoryBytes)},
  after50: {heapInUseBytes: marks[50].heapInUse, memoryMB: mb(marks[50].memoryBytes)},
  after1000: {heapInUseBytes: marks[1000].heapInUse, memoryMB: mb(marks[1000].memoryBytes)},
  again50: {heapInUseBytes: again[50].heapInUse, memoryMB: mb(again[50].memoryBytes)},
  again1000: {heapInUseBytes: again[1000].heapInUse, memoryMB: mb(again[1000].memoryBytes)},
  flatAfter50: again[1000].heapInUse === again[50].heapInUse && again[1000].memoryBytes === again[50].memoryBytes,
  forText: {},
};
for (const name of ['text-1m.txt', 'text-10m.txt']) {
  const a = await createAnalyser();
  a.analyse(fs.readFileSync(path.join(root, 'build/bench/texts', name), 'utf8'));
  result.forText[name] = {memoryMB: mb(a.memory().memoryBytes), heapInUseAfterBytes: a.memory().heapInUse};
  a.dispose();
}
const o = process.argv.indexOf('--out');
const json = JSON.stringify(result, null, 2) + '\n';
if (o > 0) fs.writeFileSync(process.argv[o + 1], json);
else process.stdout.write(json);
