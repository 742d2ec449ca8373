// The page side of bench/cpu-time.mjs: the contenders set up once, then one sample at a time on demand, so that
// the driver can read the page's main-thread CPU time (CDP Performance.getMetrics, ThreadTime) around each.
// Browser-safe and Node-safe: bench/cpu-time.mjs imports it in Node too.
import {makeContenders} from '../contenders.mjs';

const state = {contenders: [], articles: []};

/** libs as makeContenders takes them; each contender reads the warm-up articles in turn for at least minWarmupMs. */
export async function setUp(libs, warmup, articles, minWarmupMs = 2000) {
  const {contenders} = await makeContenders(libs);
  state.contenders = contenders;
  state.articles = articles;
  for (const c of contenders) {
    const t0 = performance.now();
    for (let i = 0; i < warmup.length || performance.now() - t0 < minWarmupMs; ++i) c.run(warmup[i % warmup.length]);
  }
  return contenders.map((c) => c.name);
}

/** Reads articles [b, e) with contender `name` once each; returns the wall time in ms. */
export function sample(name, b, e) {
  const c = state.contenders.find((x) => x.name === name);
  const t0 = performance.now();
  for (let i = b; i < e; ++i) c.run(state.articles[i]);
  return performance.now() - t0;
}
