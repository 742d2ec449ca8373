// CPU time, not only wall-clock, of ours and wink-nlp on ECB+ articles read once, in Node and in Chromium: on a
// loaded machine the wall-clock of one sample varies 3x, the CPU time it took much less, so that the question
// "is our code slower in Chromium, or are the others faster there?" gets an answer (bench/README.md, "Why
// Chromium looked 2x slower than Node for us").
//   node bench/cpu-time.mjs [--where node,chromium] [--reps 9] [--web build/web] [--chromium-flag F ...]
// (--web: the build whose JS API is ours, under the repository, e.g. a copy of an earlier build/web.)
// Node: process.cpuUsage() around each sample (the whole process: V8's compile and GC threads too). Chromium: the
// page's main-thread CPU (CDP Performance.getMetrics, ThreadTime) around each sample, and the renderer process's
// (ProcessTime: its other threads too, as V8's TurboFan tier-up and GC helpers). Each sample is 100 articles, never read before by that contender, the
// contenders round-robin, after a warm-up of 2 s on the 82 warm-up articles (the same split as bench/real-rows.mjs).
// The texts stay in memory (served to the page from memory, as bench/browser-compare.mjs does).
import {createRequire} from 'node:module';
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
const chromiumFlags = argv.flatMap((a, i) => (argv[i - 1] === '--chromium-flag' ? [a] : []));

const real = loadRealNews({countWords});
if (real.missing) {
  console.log(`cpu-time: ${real.missing}: nothing to measure`);
  process.exit(0);
}
const warmup = real.ecb.slice(0, 82).map((a) => a.text);
const articles = real.ecb.slice(82, 82 + reps * 100).map((a) => a.text);
const words = [];
for (let j = 0; j < reps; ++j) words.push(articles.slice(j * 100, (j + 1) * 100).reduce((n, t) => n + countWords(t), 0));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(label, {setUp, sample, cpuMs}) {
  const names = await setUp();
  const res = Object.fromEntries(names.map((n) => [n, {wall: [], cpu: [], process: []}]));
  for (let j = 0; j < reps; ++j) {
    for (const n of names) {
      const [c0, p0] = await cpuMs();
      const wall = await sample(n, j * 100, (j + 1) * 100);
      const [c1, p1] = await cpuMs();
      res[n].wall.push(wall);
      res[n].cpu.push(c1 - c0);
      res[n].process.push(p1 - p0);
    }
  }
  const w = median(words);
  console.log(`\n${label}: ms per sample of 100 articles (median ${w} words), ${reps} samples`);
  console.log('| contender | wall, median (range) | CPU, median (range) | words/s of CPU | process CPU, median (range) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const f = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
  for (const n of names) {
    console.log(`| ${n} | ${f(res[n].wall)} | ${f(res[n].cpu)} | ${(w / median(res[n].cpu) * 1000).toFixed(0)} | ${f(res[n].process)} |`);
  }
  for (const n of names.filter((x) => x !== 'ours')) {
    console.log(`ours / ${n}: wall ${(median(res[n].wall) / median(res.ours.wall)).toFixed(2)}x, ` +
                `CPU ${(median(res[n].cpu) / median(res.ours.cpu)).toFixed(2)}x`);
  }
  return res;
}

const require = createRequire(import.meta.url);
const out = {};
if (where.includes('node')) {
  const page = await import('./page/cpu.mjs');
  const {createAnalyser} = await import(pathToFileURL(path.join(root, web, 'article-analyser.mjs')).href);
  const libs = {createAnalyser, winkNLP: require('wink-nlp'), winkModel: require('wink-eng-lite-web-model')};
  out.node = await measure(`${web}, Node ${process.version} (process.cpuUsage: all threads)`, {
    setUp: () => page.setUp(libs, warmup, articles),
    sample: async (n, b, e) => page.sample(n, b, e),
    cpuMs: async () => {
      const u = process.cpuUsage();
      return [(u.user + u.system) / 1000, (u.user + u.system) / 1000];
    },
  });
}
if (where.includes('chromium')) {
  const {chromium} = await import('playwright-core');
  const {server, url} = await serveBench({memory: new Map([['cpu-texts.json', JSON.stringify({warmup, articles})]])});
  const browser = await chromium.launch({executablePath: process.env.AA_CHROMIUM ?? '/usr/bin/chromium',
                                         headless: true, args: ['--no-sandbox', '--disable-gpu', ...chromiumFlags]});
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', {timeDomain: 'threadTicks'});
    // Any page of the server's origin will do: nothing else runs in it.
    await page.goto(`${url}bench/budget.json`);
    out.chromium = await measure(`${web}, Chromium ${browser.version()} ${chromiumFlags.join(' ')} (main-thread CPU)`, {
      setUp: () => page.evaluate(async (web) => {
        const {warmup, articles} = await (await fetch('/cpu-texts.json')).json();
        const m = await import('/bench/page/cpu.mjs');
        const {requireUrl} = await import('/bench/page/cjs.mjs');
        const libs = {createAnalyser: (await import(`/${web}/article-analyser.mjs`)).createAnalyser,
                      winkNLP: await requireUrl('/node_modules/wink-nlp/src/wink-nlp.js'),
                      winkModel: await requireUrl('/node_modules/wink-eng-lite-web-model/dist/model.js')};
        window.__cpu = m;
        return m.setUp(libs, warmup, articles);
      }, web),
      sample: (n, b, e) => page.evaluate(([n, b, e]) => window.__cpu.sample(n, b, e), [n, b, e]),
      cpuMs: async () => {
        const {metrics} = await cdp.send('Performance.getMetrics');
        return ['ThreadTime', 'ProcessTime'].map((k) => metrics.find((m) => m.name === k).value * 1000);
      },
    });
  } finally {
    await browser.close();
    server.close();
  }
}
