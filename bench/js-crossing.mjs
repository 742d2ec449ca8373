// What an analysis through the JS API is made of, in Node and in Chromium: the text encoded into the WASM heap,
// the core call (Embind's options, the analysis, the JSON written and decoded by TextDecoder), the JSON decoded
// alone, JSON.parse, the spans' texts cut in JS, and the public analyse() beside them (bench/page/crossing.mjs says
// how each is timed). Not part of `make bench`: it answers "how much of our time in each engine is the crossing?"
// (bench/README.md).
//   node bench/js-crossing.mjs [--where node,chromium] [--reps 9] [--web build/web]
// Each sample is 100 unseen ECB+ articles (the bench's order: 82 warm-up articles, then samples of 100), every
// phase over them once; ms per sample of 100 articles, median and range over the samples. Wall-clock of one thread:
// on a loaded machine compare phases of one run (they alternate within each sample), not runs.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {countWords} from './contenders.mjs';
import {loadRealNews} from './real-news.mjs';
import {serveBench} from './serve-bench.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const where = opt('--where', 'node,chromium').split(',');
const reps = Number(opt('--reps', 9));
const web = opt('--web', 'build/web').replace(/\/+$/, '');

const real = loadRealNews({countWords});
if (real.missing) {
  console.log(`js-crossing: ${real.missing}: nothing to measure`);
  process.exit(0);
}
const warmup = real.ecb.slice(0, 82).map((a) => a.text);
const articles = real.ecb.slice(82, 82 + reps * 100).map((a) => a.text);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function report(label, info, samples) {
  console.log(`\n${label}: ${info.articles} articles, ${info.textBytes} bytes of text, ${info.jsonBytes} bytes of ` +
              `JSON (${info.jsonAscii ? 'all ASCII' : 'not all ASCII'}); ms per sample of 100 articles, ${reps} samples`);
  const names = Object.keys(samples[0]);
  const med = Object.fromEntries(names.map((n) => [n, median(samples.map((s) => s[n]))]));
  console.log('| phase | median (range) | share of analyse() |');
  console.log('| --- | ---: | ---: |');
  const row = (n, xs) => {
    const f = (x) => x.toFixed(1);
    console.log(`| ${n} | ${f(median(xs))} (${f(Math.min(...xs))}-${f(Math.max(...xs))}) | ` +
                `${(100 * median(xs) / med.api).toFixed(1)} % |`);
  };
  for (const n of names) row(n, samples.map((s) => s[n]));
  row('core (call - decode)', samples.map((s) => s.call - s.decode));
  row('fill (parseFill - parse)', samples.map((s) => s.parseFill - s.parse));
  row('crossing (encode + decode + parseFill)', samples.map((s) => s.encode + s.decode + s.parseFill));
}

if (where.includes('node')) {
  const m = await import('./page/crossing.mjs');
  const factory = (await import(pathToFileURL(path.join(root, web, 'article-analyser-core.mjs')).href)).default;
  const {createAnalyser} = await import(pathToFileURL(path.join(root, web, 'article-analyser.mjs')).href);
  const core = await factory({wasmBinary: fs.readFileSync(path.join(root, web, 'article-analyser-core.wasm'))});
  const modelBytes = new Uint8Array(fs.readFileSync(path.join(root, web, 'entities.bin')));
  const api = await createAnalyser();
  const info = m.setUp(core, modelBytes, api, warmup, articles);
  const samples = [];
  for (let j = 0; j < reps; ++j) samples.push(m.sample(j * 100, (j + 1) * 100));
  report(`${web}, Node ${process.version}`, info, samples);
}
if (where.includes('chromium')) {
  const {chromium} = await import('playwright-core');
  const {server, url} = await serveBench({memory: new Map([['crossing-texts.json', JSON.stringify({warmup, articles})]])});
  const browser = await chromium.launch({executablePath: process.env.AA_CHROMIUM ?? '/usr/bin/chromium',
                                         headless: true, args: ['--no-sandbox', '--disable-gpu']});
  try {
    const page = await browser.newPage();
    await page.goto(`${url}bench/budget.json`);  // any page of the server's origin: nothing else runs in it
    const info = await page.evaluate(async (web) => {
      const {warmup, articles} = await (await fetch('/crossing-texts.json')).json();
      const m = await import('/bench/page/crossing.mjs');
      const factory = (await import(`/${web}/article-analyser-core.mjs`)).default;
      const {createAnalyser} = await import(`/${web}/article-analyser.mjs`);
      const core = await factory();
      const modelBytes = new Uint8Array(await (await fetch(`/${web}/entities.bin`)).arrayBuffer());
      const api = await createAnalyser();
      window.__crossing = m;
      return m.setUp(core, modelBytes, api, warmup, articles);
    }, web);
    const samples = [];
    for (let j = 0; j < reps; ++j) {
      samples.push(await page.evaluate(([b, e]) => window.__crossing.sample(b, e), [j * 100, (j + 1) * 100]));
    }
    report(`${web}, Chromium ${browser.version()}`, info, samples);
  } finally {
    await browser.close();
    server.close();
  }
}
