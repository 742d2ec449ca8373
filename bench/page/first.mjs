// The first analysis after start-up in a fresh browser context (bench/first-analysis.mjs): the article is fetched
// first (not timed), then one contender is loaded and set up (setupMs), then its first analysis timed (firstMs).
// ?web=before-web: ours from build/before-web/ (a copy of an earlier build) instead of build/web/. ?cpu: the first
// analysis waits for the driver instead (window.__run(), after window.__first says the set-up is done), so that
// the driver can read the renderer's CPU time around it (bench/first-analysis.mjs --cpu).
import {makeContenders} from '../contenders.mjs';
import {requireUrl} from './cjs.mjs';

async function main() {
  const params = new URLSearchParams(location.search);
  const name = params.get('contender');
  const text = await (await fetch('/first-article.json')).json();
  const t0 = performance.now();
  const libs = {};
  if (name === 'ours') {
    libs.createAnalyser = (await import(`/build/${params.get('web') ?? 'web'}/article-analyser.mjs`)).createAnalyser;
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
  if (params.has('cpu')) {
    window.__run = () => {
      const t2 = performance.now();
      contender.run(text);
      return performance.now() - t2;
    };
    return {setupMs: t1 - t0};
  }
  const output = contender.run(text);
  const t2 = performance.now();
  return {setupMs: t1 - t0, firstMs: t2 - t1, output};
}

main().then((r) => (window.__first = r), (e) => (window.__first = {error: String(e)}));
