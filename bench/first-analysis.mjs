// The first analysis after start-up: a reader pastes an article into a page (or a server analyses the first
// article it receives) right after the library has loaded. Every sample is a fresh Node process, or a fresh
// Chromium browser context, that loads one contender, sets it up, and times its first analysis of one article
// of about 1,000 words (the ECB+ document nearest 1,000 words, bench/real-news.mjs; where ../shared/data is
// absent, the generated text cut at the first paragraph end past 1,000 words, said so in the result).
// In Chromium also the page itself (build/web/index.html?blank), rows "page, cold" (?nowarm) and "page, warmed"
// (its warm-up in the worker done, web/article-analyser-worker.mjs): the article pasted 2 s after the page is
// ready (or once the warm-up is done, if later), and the time of that first analysis as the page measures it (the
// worker's round trip and the result parsed: timings.last.analyseMs; shownMs adds the rendering's script, paintedMs
// lasts until the frame that shows it has been laid out and painted: timings.last.paintedMs), with the page's
// main-thread CPU (DevTools TaskDuration) while it waited and from the paste to the result shown; then the same
// for a second paste (the article without its first paragraph), for comparison.
//   node bench/first-analysis.mjs [--reps 7] [--quick] [--where node,chromium] [--rows contenders,page]
//                                 [--web build/web] [--cpu] [--out FILE.json]
// --web DIR: ours from another build's site (e.g. build/before-web, a copy of an earlier build/web), so that two
// builds compare in the same minutes (in Chromium build/web or build/before-web, what bench/serve-bench.mjs serves).
// --cpu: in Chromium, the contenders' rows also give the CPU time of the first analysis (Linux /proc): the page's
// main thread (firstMainCpuMs) and the renderer's other threads (firstOtherCpuMs: V8's background compiles, the
// TurboFan tier-up, GC helpers). The page then waits for the driver between its set-up and its first analysis (one
// CDP round trip, a few ms in which background compiles go on), so the default rows keep the analysis right after.
// Result: {article: {source, words}, node: {ours: {firstMs, setupMs, samples}, ...},
//          chromium: {ours: ..., ..., page: {cold: {firstMs, shownMs, samples}, warmed: {...}}}}.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {countWords, makeContenders, median} from './contenders.mjs';
import {ecbDocs} from './real-news.mjs';
import {ecbText} from './ecb-text.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const CONTENDERS = ['ours', 'wink-nlp', 'compromise'];
export const TARGET_WORDS = 1000;

/** {source, words, text}: the real article of about TARGET_WORDS words, or the generated fallback. */
export function firstArticle() {
  const docs = ecbDocs();
  if (docs) {
    let best = null;
    for (const d of docs) {
      const text = ecbText(fs.readFileSync(d.file, 'utf8'));
      const words = countWords(text);
      if (!best || Math.abs(words - TARGET_WORDS) < Math.abs(best.words - TARGET_WORDS)) {
        best = {source: `ECB+ ${d.id}`, words, text};
      }
    }
    return best;
  }
  const all = fs.readFileSync(path.join(root, 'build/bench/texts/text-100k.txt'), 'utf8');
  let end = 0;
  while (end >= 0 && countWords(all.slice(0, end)) < TARGET_WORDS) end = all.indexOf('\n\n', end + 2);
  const text = end < 0 ? all : all.slice(0, end);
  return {source: 'generated (build/bench/texts/text-100k.txt; ../shared/data is absent)', words: countWords(text),
          text};
}

/** In a fresh process: load one contender, set it up, analyse the article on stdin once. */
async function child(name, web) {
  const t0 = performance.now();
  const require = createRequire(import.meta.url);
  const libs = {};
  if (name === 'ours') {
    libs.createAnalyser = (await import(pathToFileURL(path.resolve(root, web, 'article-analyser.mjs')).href))
        .createAnalyser;
  } else if (name === 'wink-nlp') {
    libs.winkNLP = require('wink-nlp');
    libs.winkModel = require('wink-eng-lite-web-model');
  } else {
    libs.compromise = (await import('compromise')).default;
  }
  const {contenders: [contender]} = await makeContenders(libs);
  const run = (text) => contender.run(text);
  const text = fs.readFileSync(0, 'utf8');
  const c1 = process.cpuUsage(), m1 = mainThreadCpuMs();
  const t1 = performance.now();
  run(text);
  const t2 = performance.now();
  const c2 = process.cpuUsage(c1), m2 = mainThreadCpuMs();
  // CPU time beside the wall-clock: on a machine shared with other work the wall-clock of one sample varies several
  // times over, the CPU time much less. firstCpuMs: the whole process (V8's background compiles too).
  process.stdout.write(JSON.stringify({setupMs: t1 - t0, firstMs: t2 - t1, firstCpuMs: (c2.user + c2.system) / 1000,
                                       firstMainCpuMs: m1 === null ? null : m2 - m1}));
}

/** The CPU time of this process's main thread so far, in ms (Linux: /proc schedstat), or null where unknown. */
function mainThreadCpuMs() {
  try {
    return Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

function inNode(article, reps, web) {
  const out = {};
  const samples = Object.fromEntries(CONTENDERS.map((c) => [c, []]));
  for (let i = 0; i < reps; ++i) {
    for (const c of CONTENDERS) {  // round-robin: a change of load hits everyone alike
      const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', c, '--web', web],
                          {input: article.text, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit']});
      if (r.status !== 0) throw new Error(`first-analysis child ${c} failed (exit ${r.status})`);
      samples[c].push(JSON.parse(r.stdout));
    }
  }
  for (const c of CONTENDERS) {
    const m = (k) => (samples[c][0][k] === null ? null : median(samples[c].map((s) => s[k])));
    out[c] = {firstMs: m('firstMs'), setupMs: m('setupMs'), firstCpuMs: m('firstCpuMs'),
              firstMainCpuMs: m('firstMainCpuMs'), samples: samples[c]};
  }
  return out;
}

/** The page in a fresh context: ready, idle for 2 s (warm-up done if warm), then the article pasted. */
async function pageSample(browser, url, article, warm) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskMs = async () => 1000 * (await cdp.send('Performance.getMetrics')).metrics
        .find((m) => m.name === 'TaskDuration').value;
    await page.goto(`${url}build/web/index.html?blank&nosw${warm ? '' : '&nowarm'}`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, {timeout: 120_000});
    const readyTask = await taskMs();
    await page.waitForTimeout(2000);
    if (warm) {
      // The worker's warm-up, then the page's own rendering warm-up (web/app.mjs, warmRendering; absent before it
      // existed: data-warm-render unset).
      await page.waitForFunction(() => document.documentElement.dataset.warm === 'done' &&
                                 document.documentElement.dataset.warmRender !== 'waiting', null, {timeout: 120_000});
    }
    const idleTask = await taskMs();
    await page.evaluate((t) => {
      const input = document.querySelector('[data-testid=input]');
      input.value = t;
      input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
    }, article.text);
    await page.waitForFunction(() => Number(document.body.dataset.resultSeq ?? 0) > 0 &&
                               document.body.dataset.state === 'ready' && window.__aa.timings.last?.paintedMs, null,
                               {timeout: 120_000});
    const shownTask = await taskMs();
    const r = await page.evaluate(() => ({last: window.__aa.timings.last, warm: window.__aa.timings.warm ?? null,
                                          warmRender: window.__aa.timings.warmRender ?? null,
                                          entities: window.__aa.state.result.entities.length}));
    // For comparison, the second analysis: the same article with its first paragraph left out (a new text).
    await page.waitForTimeout(1000);
    const secondTask = await taskMs();
    await page.evaluate((t) => {
      const input = document.querySelector('[data-testid=input]');
      input.value = t;
      input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
    }, article.text.slice(article.text.indexOf('\n\n') + 2));
    await page.waitForFunction(() => Number(document.body.dataset.resultSeq ?? 0) > 1 &&
                               document.body.dataset.state === 'ready' && window.__aa.timings.last?.paintedMs, null,
                               {timeout: 120_000});
    const second = await page.evaluate(() => window.__aa.timings.last);
    const secondShownTask = await taskMs();
    if (errors.length) throw new Error(`build/web/index.html: ${errors.join('; ')}`);
    return {firstMs: r.last.analyseMs, shownMs: r.last.totalMs, paintedMs: r.last.paintedMs, warmMs: r.warm?.ms ?? null,
            warmState: r.warm?.state ?? null, warmRenderMs: r.warmRender?.ms ?? null, entities: r.entities,
            mainIdleCpuMs: idleTask - readyTask, mainFirstCpuMs: shownTask - idleTask, secondMs: second.analyseMs,
            secondShownMs: second.totalMs, secondPaintedMs: second.paintedMs, mainSecondCpuMs: secondShownTask - secondTask};
  } finally {
    await context.close();
  }
}

/** CPU time so far (ms) of the renderer processes' main threads and of their other threads (Linux), or null. */
function rendererCpuMs() {
  const out = {main: 0, other: 0};
  try {
    for (const pid of fs.readdirSync('/proc').filter((d) => /^[0-9]+$/.test(d))) {
      let cmd;
      try {
        cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;  // gone meanwhile
      }
      if (!cmd.includes('--type=renderer')) continue;
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        try {
          const ms = Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
          out[tid === pid ? 'main' : 'other'] += ms;
        } catch {
          // a thread that ended meanwhile
        }
      }
    }
  } catch {
    return null;
  }
  return out;
}

async function inChromium(article, reps, rows, web, cpu) {
  const webParam = path.relative('build', path.normalize(web));
  if (!['web', 'before-web'].includes(webParam)) throw new Error(`--web ${web}: in Chromium build/web or build/before-web`);
  const {chromium} = await import('playwright-core');
  const {serveBench} = await import('./serve-bench.mjs');
  const {server, url} = await serveBench({memory: new Map([['first-article.json', JSON.stringify(article.text)]])});
  const browser = await chromium.launch({executablePath: process.env.AA_CHROMIUM ?? '/usr/bin/chromium',
    headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
                           '--disable-component-update', '--no-first-run']});
  const samples = Object.fromEntries(CONTENDERS.map((c) => [c, []]));
  const pageSamples = {cold: [], warmed: []};
  try {
    for (let i = 0; i < reps; ++i) {
      if (rows.includes('page')) {
        for (const row of ['cold', 'warmed']) pageSamples[row].push(await pageSample(browser, url, article, row === 'warmed'));
      }
      for (const c of rows.includes('contenders') ? CONTENDERS : []) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`${url}bench/page/first.html?contender=${encodeURIComponent(c)}&web=${webParam}${cpu ? '&cpu' : ''}`);
        await page.waitForFunction(() => window.__first, null, {timeout: 120_000});
        const r = await page.evaluate(() => window.__first);
        if (errors.length || r.error) throw new Error(`bench/page/first.html (${c}): ${r.error ?? errors.join('; ')}`);
        if (cpu) {
          const c0 = rendererCpuMs();
          r.firstMs = await page.evaluate(() => window.__run());
          const c1 = rendererCpuMs();
          r.firstMainCpuMs = c0 && c1 ? c1.main - c0.main : null;
          r.firstOtherCpuMs = c0 && c1 ? c1.other - c0.other : null;
        }
        samples[c].push(r);
        await context.close();
      }
    }
    const out = {browser: browser.version()};
    if (rows.includes('page')) {
      const med = (list, k) => median(list.map((x) => x[k]));
      out.page = Object.fromEntries(Object.entries(pageSamples).map(([row, list]) => [row, {
        firstMs: med(list, 'firstMs'), shownMs: med(list, 'shownMs'), paintedMs: med(list, 'paintedMs'),
        mainFirstCpuMs: med(list, 'mainFirstCpuMs'), mainIdleCpuMs: med(list, 'mainIdleCpuMs'),
        secondMs: med(list, 'secondMs'), secondShownMs: med(list, 'secondShownMs'),
        secondPaintedMs: med(list, 'secondPaintedMs'), mainSecondCpuMs: med(list, 'mainSecondCpuMs'), samples: list}]));
    }
    for (const c of rows.includes('contenders') ? CONTENDERS : []) {
      const m = (k) => (samples[c][0][k] == null ? null : median(samples[c].map((s) => s[k])));
      out[c] = {firstMs: m('firstMs'), setupMs: m('setupMs'), firstMainCpuMs: m('firstMainCpuMs'),
                firstOtherCpuMs: m('firstOtherCpuMs'), samples: samples[c]};
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const arg = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
  if (argv.includes('--child')) {
    await child(arg('--child'), arg('--web', 'build/web'));
  } else {
    const reps = Number(arg('--reps', argv.includes('--quick') ? '3' : '7'));
    const where = arg('--where', 'node,chromium').split(',');
    const article = firstArticle();
    const log = (s) => process.stderr.write(s + '\n');
    log(`first analysis: ${article.source}, ${article.words} words, ${reps} fresh starts per contender`);
    const result = {article: {source: article.source, words: article.words, chars: article.text.length}, reps};
    const rows = arg('--rows', 'contenders,page').split(',');
    if (where.includes('node') && rows.includes('contenders')) result.node = inNode(article, reps, arg('--web', 'build/web'));
    if (where.includes('chromium')) result.chromium = await inChromium(article, reps, rows, arg('--web', 'build/web'),
                                                                    argv.includes('--cpu'));
    const json = JSON.stringify(result, null, 2) + '\n';
    const out = arg('--out');
    if (out) fs.writeFileSync(out, json);
    else process.stdout.write(json);
  }
}
