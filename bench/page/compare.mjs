// The benchmark page: the same contenders and the same timing as bench/node-compare.mjs, in the browser.
// window.__bench.ready resolves once the three libraries are loaded; window.__bench.run(options) times them on
// the texts and resolves to the same shape of result as the Node run.
import {makeContenders, ratios, timeAll, timeFresh} from '../contenders.mjs';
import {createAnalyser} from '../../build/web/article-analyser.mjs';
import compromise from 'compromise';
import {requireUrl} from './cjs.mjs';
import {timeRealRows} from '../real-rows.mjs';

const logEl = document.getElementById('log');
const log = (s) => {
  logEl.textContent += s + '\n';
  console.log(s);
};
const version = async (p) => (await (await fetch(`/node_modules/${p}/package.json`)).json()).version;

async function load() {
  const t0 = performance.now();
  const winkNLP = await requireUrl('/node_modules/wink-nlp/src/wink-nlp.js');
  const winkModel = await requireUrl('/node_modules/wink-eng-lite-web-model/dist/model.js');
  const loadWink = performance.now() - t0;
  const versions = {};
  for (const p of ['wink-nlp', 'wink-eng-lite-web-model', 'compromise']) versions[p] = await version(p);
  const made = await makeContenders({createAnalyser, winkNLP, winkModel, compromise, versions});
  made.setup['wink-nlp (fetch + evaluate)'] = loadWink;
  return {...made, versions};
}

const ready = load();
const FRESH = 'articles (new each time)';

// real: time the real-news rows first (bench/real-rows.mjs; the texts are served at /real-news.json by
// bench/browser-compare.mjs); generated: the generated texts and articles after them.
async function run({texts = ['article-3k.txt', 'text-100k.txt', 'text-1m.txt'], quick = false, real = false,
                    generated = true} = {}) {
  const {contenders, setup, versions} = await ready;
  const result = {env: {userAgent: navigator.userAgent, cpus: navigator.hardwareConcurrency}, versions, setup,
                  texts: {}};
  const yieldEvery = () => new Promise((resolve) => setTimeout(resolve, 0));
  if (real) {
    const news = await (await fetch('/real-news.json')).json();
    await timeRealRows(contenders, news, {quick, log, into: result.texts, where: 'chromium', yieldEvery});
  }
  if (!generated) return result;
  for (const name of texts) {
    const text = await (await fetch(`/build/bench/texts/${name}`)).text();
    log(`chromium: ${name}`);
    const big = text.length > 500_000;
    const r = await timeAll(contenders, text, {
      reps: quick ? 3 : big ? 5 : 9,
      warmup: quick ? 1 : big ? 2 : 5,
      minWarmupMs: quick ? 300 : 2000,
      sampleMs: big ? 1 : 200,
      maxContenderMs: quick ? 15_000 : 90_000,
      log,
      yieldEvery: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
    r.ratios = ratios(r.results);
    result.texts[name] = r;
  }
  // Articles never seen before: no contender reads one twice (bench/corpus.mjs writes 1,000 different ones).
  const count = quick ? 400 : 1000;
  const articles = await Promise.all(Array.from({length: count}, async (_, i) =>
    (await fetch(`/build/bench/texts/articles/${String(i).padStart(4, '0')}.txt`)).text()));
  log(`chromium: ${FRESH}`);
  const r = await timeFresh(contenders, articles, {reps: quick ? 3 : 9, log,
                                                     yieldEvery: () => new Promise((resolve) => setTimeout(resolve, 0))});
  r.ratios = ratios(r.results);
  result.texts[FRESH] = r;
  return result;
}

window.__bench = {ready: ready.then(() => true), run};
