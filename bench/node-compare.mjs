// Side by side in one Node process: our WASM build (JS API), wink-nlp and compromise on the same texts.
//   node bench/node-compare.mjs [--texts build/bench/texts] [--rows real,generated] [--out FILE.json] [--quick]
// Writes {env, setup, texts: {name: {words, bytes, results, ratios}}} as JSON (stdout if no --out).
// Rows: "real" (bench/real-news.mjs: ECB+ articles and real web pages, each read once; skipped with a message
// where ../shared/data is absent) and "generated" (the texts of bench/corpus.mjs); both by default.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {countWords, makeContenders, ratios, timeAll, timeFresh} from './contenders.mjs';
import {timeRealRows} from './real-rows.mjs';
import {loadRealNews} from './real-news.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const quick = process.argv.includes('--quick');
const textsDir = arg('--texts', path.join(root, 'build/bench/texts'));
const out = arg('--out');
const rows = arg('--rows', 'real,generated').split(',');
const require = createRequire(import.meta.url);
const log = (s) => process.stderr.write(s + '\n');

const {createAnalyser} = await import(pathToFileURL(path.join(root, 'build/web/article-analyser.mjs')).href);
const versions = {};
for (const p of ['wink-nlp', 'wink-eng-lite-web-model', 'compromise']) {
  versions[p] = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', p, 'package.json'), 'utf8')).version;
}
const {setup, contenders} = await makeContenders({
  createAnalyser,
  winkNLP: require('wink-nlp'),
  winkModel: require('wink-eng-lite-web-model'),
  compromise: (await import('compromise')).default,
  versions,
});

export const TEXTS = ['article-3k.txt', 'text-100k.txt', 'text-1m.txt'];
export const FRESH = 'articles (new each time)';
const result = {
  env: {node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadavg: os.loadavg()},
  versions,
  setup,
  texts: {},
};
if (rows.includes('real')) {
  // Real news first, before any contender has read anything else: the main rows.
  const real = loadRealNews({countWords});
  if (real.missing) {
    log(`node: real-news rows skipped: ${real.missing}; the generated rows below stand in`);
    result.realSkipped = real.missing;
  } else {
    await timeRealRows(contenders, real, {quick, log, into: result.texts, where: 'node'});
  }
}
for (const name of rows.includes('generated') ? TEXTS : []) {
  const text = fs.readFileSync(path.join(textsDir, name), 'utf8');
  log(`node: ${name}`);
  const big = text.length > 500_000;
  const r = await timeAll(contenders, text, {
    reps: quick ? 3 : big ? 5 : 9,
    warmup: quick ? 1 : big ? 2 : 5,
    minWarmupMs: quick ? 300 : 2000,
    sampleMs: big ? 1 : 200,
    maxContenderMs: quick ? 15_000 : 90_000,
    log,
  });
  r.ratios = ratios(r.results);
  result.texts[name] = r;
}
if (rows.includes('generated')) {
  // Articles never seen before (bench/corpus.mjs writes 1,000 different ones): no contender reads one twice.
  const dir = path.join(textsDir, 'articles');
  const articles = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  log(`node: ${FRESH}`);
  const r = await timeFresh(contenders, articles, {reps: quick ? 3 : 9, log});
  r.ratios = ratios(r.results);
  result.texts[FRESH] = r;
}
result.env.loadavgAfter = os.loadavg();
for (const c of contenders) c.dispose?.();
const json = JSON.stringify(result, null, 2) + '\n';
if (out) fs.writeFileSync(out, json);
else process.stdout.write(json);
