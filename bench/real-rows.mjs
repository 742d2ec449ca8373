// The benchmark's main rows: real news, each article read exactly once by every contender (no contender has seen
// its words before in the measured part), the same timing in Node (bench/node-compare.mjs) and in Chromium
// (bench/page/compare.mjs). The articles come from bench/real-news.mjs. Browser-safe (no Node imports).
import {ratios, timeUnseen} from './contenders.mjs';

export const REAL_ROWS = {
  ecb: 'ECB+ news (real, read once)',
  pages: 'real web pages (read once)',
};

/**
 * real = {ecb: [{id, text}], pages: [{name, html, text}]} (loadRealNews). Rows, into `into` under REAL_ROWS:
 *   ecb    the first 82 of the 982 (shuffled) articles are the warm-up, read in turn until each contender has
 *          run 2 s; the other 900 are read once each, in 9 samples of 100 (--quick: 3 samples of 100).
 *   pages  the same with 3 pages or a few more as the warm-up and the rest in 9 equal samples (--quick: 3; 93 pages:
 *          3 and 90); ours reads the page's
 *          HTML (structure extraction included in its time), wink-nlp and compromise read the article text ours
 *          extracts from it (they cannot read HTML), and words are counted in that text.
 */
export async function timeRealRows(contenders, real, {quick = false, log = () => {}, into, where = '',
                                                      yieldEvery} = {}) {
  const reps = quick ? 3 : 9;
  const minWarmupMs = quick ? 500 : 2000;
  {
    const warmup = real.ecb.slice(0, 82).map((a) => a.text);
    const measured = real.ecb.slice(82, 82 + reps * 100).map((a) => a.text);
    log(`${where}: ${REAL_ROWS.ecb}: ${measured.length} articles`);
    const r = await timeUnseen(contenders, measured, {warmup, reps, minWarmupMs, log, yieldEvery});
    r.ratios = ratios(r.results);
    into[REAL_ROWS.ecb] = r;
  }
  {
    // At least 3 pages of warm-up, and as many more as make the rest split evenly into the samples.
    const w = 3 + (real.pages.length - 3) % reps;
    const warmup = real.pages.slice(0, w);
    const measured = real.pages.slice(w);
    log(`${where}: ${REAL_ROWS.pages}: ${measured.length} pages`);
    const r = await timeUnseen(contenders, measured, {warmup, reps, minWarmupMs, log, yieldEvery});
    r.ratios = ratios(r.results);
    r.htmlBytes = measured.slice(0, r.measuredArticles).reduce((n, p) => n + new TextEncoder().encode(p.html).length, 0);
    into[REAL_ROWS.pages] = r;
  }
}
