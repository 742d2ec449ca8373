// The first analysis after start-up in a fresh browser context (bench/first-analysis.mjs): the article is fetched
// first (not timed), then one contender is loaded and set up (setupMs), then its first analysis timed (firstMs).
import {makeContenders} from '../contenders.mjs';
import {requireUrl} from './cjs.mjs';

async function main() {
  const name = new URLSearchParams(location.search).get('contender');
  const text = await (await fetch('/first-article.json')).json();
  const t0 = performance.now();
  const libs = {};
  if (name === 'ours') {
    libs.createAnalyser = (await import('../../build/web/article-analyser.mjs')).createAnalyser;
  } else if (name === 'wink-nlp') {
    libs.winkNLP = await requireUrl('/node_modules/wink-nlp/src/wink-nlp.js');
    libs.winkModel = await requireUrl('/node_modules/wink-eng-lite-web-model/dist/model.js');
  } else if (name === 'compromise') {
    libs.compromise = (await import('compromise')).default;
  } else {
    throw new Error(`unknown contender ${name}`);
  }
  const {contenders: [contender]} = await makeContenders(libs);
  const t1 = performance.now();
  const output = contender.run(text);
  const t2 = performance.now();
  return {setupMs: t1 - t0, firstMs: t2 - t1, output};
}

main().then((r) => (window.__first = r), (e) => (window.__first = {error: String(e)}));
