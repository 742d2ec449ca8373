// Start-up time of the WebAssembly build: import the JS API, load and instantiate the .wasm, construct the
// analyser (the embedded model is loaded then). Node: a fresh process per sample. Chromium: a fresh browser
// context per sample (cold: nothing cached), then reloads in one context (warm: the browser's caches).
// --phases: each phase of start-up alone, one after the other (bench/page/startup-phases.mjs: read or fetch the .wasm,
// compile, read or fetch the model, import the glue, instantiate, decode the model, make the Analyser, first and
// second analysis of a sentence), in fresh processes and cold contexts; in Node also the fresh memory each phase
// touched (MB of minor page faults). --web DIR: another build's site (e.g.
// build/before-web, a copy of an earlier build: in Chromium it must be under build/).
// --marks: in Chromium only, the start-up as timed by default, with when each of its parts ended
// (bench/page/startup.mjs: the fetches' first and last bytes, the .wasm compiled and instantiated, the rest until the
// analyser is made).
// --restart: in Chromium, how soon a worker analyser answers again after an aborted analysis (bench/page/restart.mjs).
//   node bench/startup.mjs [--reps N] [--phases | --marks | --restart] [--web build/web] [--out FILE.json]
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {median} from './contenders.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const webDir = path.resolve(root, arg('--web', 'build/web'));

async function childPhases() {
  const {readFile} = await import('node:fs/promises');
  const {phases} = await import('./page/startup-phases.mjs');
  const read = async (url) => new Uint8Array(await readFile(url));
  const faults = () => process.resourceUsage().minorPageFault;
  process.stdout.write(JSON.stringify(await phases({dir: pathToFileURL(webDir + '/'), read, faults,
                                                   cpu: mainThreadCpuMs})) + '\n');
}

/** The CPU time of this process's main thread so far, in ms (Linux: /proc schedstat), or null where unknown. */
function mainThreadCpuMs() {
  try {
    return Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

async function child() {
  const m0 = mainThreadCpuMs();
  const t0 = performance.now();
  const {createAnalyser} = await import(pathToFileURL(path.join(webDir, 'article-analyser.mjs')).href);
  const t1 = performance.now();
  const analyser = await createAnalyser();
  const t2 = performance.now();
  const cpu = process.cpuUsage();  // every thread of the process (V8 compiles in the background), since it began
  const m2 = mainThreadCpuMs();  // the main thread's, from the import to the analyser made
  analyser.analyse('Mayor Grace Okonkwo said it was “a start”.');
  const t3 = performance.now();
  // A second analyser in the same process: what is not repeated per instance (the compilation) is not paid again.
  const second = await createAnalyser();
  const t4 = performance.now();
  second.dispose();
  process.stdout.write(JSON.stringify({importMs: t1 - t0, createMs: t2 - t1, startupMs: t2 - t0,
                                       firstAnalysisMs: t3 - t2, secondCreateMs: t4 - t3, processMs: t2,
                                       processCpuMs: (cpu.user + cpu.system) / 1000,
                                       startupMainCpuMs: m0 === null ? 0 : m2 - m0}) + '\n');
}

// Medians, and the fastest sample of each figure (`min`), which a machine shared with other work disturbs least.
function summarise(samples) {
  const out = {samples: samples.length};
  const min = {};
  for (const k of Object.keys(samples[0])) {
    out[k] = median(samples.map((s) => s[k]));
    min[k] = Math.min(...samples.map((s) => s[k]));
  }
  return {...out, min};
}

export function nodeStartup(reps = 9, {phases = false} = {}) {
  const samples = [];
  for (let i = 0; i < reps; ++i) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), phases ? '--child-phases' : '--child',
                                           '--web', webDir], {encoding: 'utf8'});
    if (r.status !== 0) throw new Error(`startup child failed: ${r.stderr}`);
    samples.push(JSON.parse(r.stdout));
  }
  return summarise(samples);
}

export async function chromiumStartup(reps = 7, {phases = false, restart = false, marks = false} = {}) {
  const {chromium} = await import('playwright-core');
  const {serveBench} = await import('./serve-bench.mjs');
  const {server, url} = await serveBench();
  const browser = await chromium.launch({executablePath: process.env.AA_CHROMIUM ?? '/usr/bin/chromium',
    headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
                           '--disable-component-update', '--no-first-run']});
  const web = path.relative(path.join(root, 'build'), webDir);
  const page_url = `${url}bench/page/${restart ? 'restart' : 'startup'}.html?web=${encodeURIComponent(web)}` +
                   (phases ? '&phases' : '') + (marks ? '&marks' : '');
  const global = restart ? '__restart' : '__startup';
  const measure = async (page) => {
    await page.waitForFunction((g) => window[g], global, {timeout: 60_000});
    return page.evaluate((g) => window[g], global);
  };
  try {
    const cold = [];
    for (let i = 0; i < reps; ++i) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(page_url);
      cold.push(await measure(page));
      await context.close();
    }
    if (phases || restart) return {cold: summarise(cold), version: browser.version()};
    const warm = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(page_url);
    await measure(page);
    for (let i = 0; i < reps; ++i) {
      await page.reload();
      warm.push(await measure(page));
    }
    await context.close();
    return {cold: summarise(cold), warm: summarise(warm), version: browser.version()};
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv.includes('--child')) {
  await child();
} else if (process.argv.includes('--child-phases')) {
  await childPhases();
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--reps');
  const reps = i > 0 ? Number(process.argv[i + 1]) : 9;
  const phases = process.argv.includes('--phases');
  const restart = process.argv.includes('--restart');
  const marks = process.argv.includes('--marks');
  const result = restart || marks ? {chromium: await chromiumStartup(reps, {restart, marks})}
                         : {node: nodeStartup(reps, {phases}), chromium: await chromiumStartup(reps, {phases})};
  const o = process.argv.indexOf('--out');
  const json = JSON.stringify(result, null, 2) + '\n';
  if (o > 0) fs.writeFileSync(process.argv[o + 1], json);
  else process.stdout.write(json);
}
