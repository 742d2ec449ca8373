// The three contenders of the side-by-side benchmark and how they are timed; the same module runs in Node
// (bench/node-compare.mjs) and in Chromium (bench/page/compare.mjs), so both measure exactly the same work.
//
// What each one does to a text (each its own way of answering "who and what is named, what is quoted"):
//   ours        analyser.analyse(text): structure, sentences, entities, clusters, quotes with speakers, the JSON
//               written by the core and parsed into a plain object (all of the JS API's work).
//   wink-nlp    nlp.readDoc(text) with wink-eng-lite-web-model and its default pipe, then
//               doc.entities().out(its.detail) and doc.sentences().out(). wink-nlp has no quotation finder;
//               its sentence list is the nearest thing it offers.
//   compromise  nlp(text), then .people(), .places(), .organizations() and .quotations(), each .out('array').
// Browser-safe: no Node imports.

/** Words as every benchmark counts them: runs of letters or digits, with inner ' ’ . , - joined. */
export function countWords(text) {
  let n = 0;
  const re = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu;
  while (re.exec(text)) ++n;
  return n;
}

/**
 * Builds the contenders from modules the caller loaded (paths differ between Node and the page):
 *   createAnalyser  our JS API's createAnalyser
 *   winkNLP, winkModel  wink-nlp's factory and wink-eng-lite-web-model
 *   compromise      compromise's nlp()
 * Returns [{name, version, run(text) -> {entities, quotes, sentences}}] and the time each took to set up (ms).
 */
export async function makeContenders({createAnalyser, winkNLP, winkModel, compromise, versions = {}}) {
  // A contender whose module is not given is left out (bench/first-analysis.mjs loads one per process).
  const now = () => performance.now();
  const setup = {};
  const contenders = [];
  if (createAnalyser) {
    const t = now();
    const analyser = await createAnalyser();
    setup.ours = now() - t;
    contenders.push({
      name: 'ours',
      version: analyser.version,
      readsHtml: true,
      run(text, input = 'auto') {
        const r = analyser.analyse(text, {input});
        return {entities: r.entities.length, quotes: r.quotes.length, sentences: r.sentences.length};
      },
      dispose: () => analyser.dispose(),
    });
  }
  if (winkNLP) {
    const t = now();
    const wink = winkNLP(winkModel);
    const its = wink.its;
    setup['wink-nlp'] = now() - t;
    contenders.push({
      name: 'wink-nlp',
      version: versions['wink-nlp'],
      run(text) {
        const doc = wink.readDoc(text);
        const entities = doc.entities().out(its.detail);
        const sentences = doc.sentences().out();
        return {entities: entities.length, quotes: 0, sentences: sentences.length};
      },
    });
  }
  if (compromise) {
    setup.compromise = 0;  // nlp() needs no set-up beyond the import
    contenders.push({
      name: 'compromise',
      version: versions.compromise,
      run(text) {
        const doc = compromise(text);
        const people = doc.people().out('array');
        const places = doc.places().out('array');
        const orgs = doc.organizations().out('array');
        const quotes = doc.quotations().out('array');
        return {entities: people.length + places.length + orgs.length, quotes: quotes.length, sentences: 0};
      },
    });
  }
  return {setup, contenders};
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Times every contender on `text`, round-robin so that a change in machine load hits all of them alike.
 * Each contender first runs `warmup` times and for at least minWarmupMs (JIT and WASM tier-up take about a
 * second of running; the first run's time is kept as firstRunMs, the cold figure); one sample is
 * `batch` back-to-back runs, with batch chosen so that a sample lasts about sampleMs (1 for large texts);
 * `reps` samples each (fewer for a contender whose sample takes longer than maxContenderMs / reps).
 * Returns {[name]: {seconds (median per run), samples: [s per run], batch, wordsPerSecond, output, firstRunMs}}.
 */
export async function timeAll(contenders, text, opts = {}) {
  const {reps = 7, warmup = 3, minWarmupMs = 300, sampleMs = 200, maxContenderMs = 60_000, log = () => {},
         yieldEvery = async () => {}} = opts;
  const words = countWords(text);
  const plan = [];
  for (const c of contenders) {
    let runs = 0, output, firstRunMs = 0, lastRunMs = 0;
    const t0 = performance.now();
    while (runs < warmup || (performance.now() - t0 < minWarmupMs && runs < 100_000)) {
      const r0 = performance.now();
      output = c.run(text);
      lastRunMs = performance.now() - r0;
      if (runs === 0) firstRunMs = lastRunMs;
      ++runs;
    }
    // The batch size comes from the end of the warm-up (the code is compiled by then), not its average.
    const perRun = Math.max(lastRunMs, (performance.now() - t0) / runs / 4);
    const batch = Math.max(1, Math.round(sampleMs / Math.max(perRun, 1e-3)));
    const maxReps = Math.max(3, Math.floor(maxContenderMs / (perRun * batch)));
    plan.push({c, batch, reps: Math.min(reps, maxReps), samples: [], output, firstRunMs, warmupRuns: runs});
    log(`  ${c.name}: warm-up ${runs} runs, ${perRun.toFixed(2)} ms each; ${Math.min(reps, maxReps)} samples of ${batch}`);
    await yieldEvery();
  }
  const rounds = Math.max(...plan.map((p) => p.reps));
  for (let r = 0; r < rounds; ++r) {
    for (const p of plan) {
      if (p.samples.length >= p.reps) continue;
      const t0 = performance.now();
      for (let i = 0; i < p.batch; ++i) p.output = p.c.run(text);
      p.samples.push((performance.now() - t0) / 1000 / p.batch);
      await yieldEvery();
    }
  }
  const out = {};
  for (const p of plan) {
    const seconds = median(p.samples);
    out[p.c.name] = {seconds, samples: p.samples, batch: p.batch, wordsPerSecond: words / seconds, output: p.output,
                     firstRunMs: p.firstRunMs, warmupRuns: p.warmupRuns};
  }
  return {words, bytes: new TextEncoder().encode(text).length, results: out};
}

/**
 * Times every contender on articles it has never seen: the case of a newsroom batch, where no analysis can
 * profit from having read the same text before. Each contender warms up on articles [0, warmupArticles), then
 * sample j (round-robin, the same articles for everyone) reads articles [w + j * perSample, w + (j + 1) *
 * perSample) once each. Words per second per sample (the samples differ in words), median reported.
 * Returns the shape of timeAll, with `articles` (how many were read per sample) and `words` per sample (median).
 */
export async function timeFresh(contenders, articles, opts = {}) {
  const {warmupArticles = 100, perSample = 100, reps = 9, log = () => {}, yieldEvery = async () => {}} = opts;
  const samples = Math.min(reps, Math.floor((articles.length - warmupArticles) / perSample));
  if (samples < 1) throw new Error(`timeFresh: ${articles.length} articles are too few`);
  return timeUnseen(contenders, articles.slice(warmupArticles, warmupArticles + samples * perSample),
                    {warmup: articles.slice(0, warmupArticles), reps: samples, log, yieldEvery});
}

/** What a contender reads of an article: {text} (plain text) or {text, html} (a page: ours reads the HTML). */
function runOn(c, a) {
  if (typeof a === 'string') return c.run(a);
  return a.html != null && c.readsHtml ? c.run(a.html, 'html') : c.run(a.text);
}

/**
 * The general form of timeFresh. `articles` (strings, or {text, html} for pages: contenders with readsHtml get
 * the HTML, the others the text, and words are counted in the text) are split into `reps` samples of equal
 * size (the rest left out) and each is read exactly once by every contender, sample by sample, round-robin.
 * Before, each contender reads the `warmup` articles in turn, again and again until it has read each once and
 * run for minWarmupMs (JIT and WASM tier-up); no warm-up article is among the measured ones.
 * Words per second per sample, median reported (and `overall`: all words / all time). firstRunMs is the first
 * warm-up article's time; `found` sums each contender's output over the measured articles.
 */
export async function timeUnseen(contenders, articles, opts = {}) {
  const {warmup = [], reps = 9, minWarmupMs = 0, log = () => {}, yieldEvery = async () => {}} = opts;
  const textOf = (a) => (typeof a === 'string' ? a : a.text);
  const perSample = Math.floor(articles.length / reps);
  if (perSample < 1) throw new Error(`timeUnseen: ${articles.length} articles are too few for ${reps} samples`);
  const words = articles.map((a) => countWords(textOf(a)));
  const state = contenders.map((c) => ({c, samples: [], seconds: [], output: null, firstRunMs: 0, warmupRuns: 0,
                                        found: {entities: 0, quotes: 0, sentences: 0}, words: 0, time: 0}));
  for (const st of state) {
    const t0 = performance.now();
    for (let i = 0; warmup.length && (i < warmup.length || performance.now() - t0 < minWarmupMs); ++i) {
      const r0 = performance.now();
      st.output = runOn(st.c, warmup[i % warmup.length]);
      if (i === 0) st.firstRunMs = performance.now() - r0;
      st.warmupRuns = i + 1;
    }
    log(`  ${st.c.name}: warm-up ${st.warmupRuns} runs on ${warmup.length} other articles, ` +
        `${(performance.now() - t0).toFixed(0)} ms`);
    await yieldEvery();
  }
  const sampleWords = [];
  for (let j = 0; j < reps; ++j) {
    const b = j * perSample, e = b + perSample;
    let w = 0;
    for (let i = b; i < e; ++i) w += words[i];
    sampleWords.push(w);
    for (const st of state) {
      const outs = [];
      const t0 = performance.now();
      for (let i = b; i < e; ++i) outs.push(runOn(st.c, articles[i]));
      const s = (performance.now() - t0) / 1000;
      st.seconds.push(s / perSample);
      st.samples.push(w / s);
      st.words += w;
      st.time += s;
      for (const o of outs) for (const k in st.found) st.found[k] += o[k];
      st.output = outs[outs.length - 1];
      await yieldEvery();
    }
  }
  const out = {};
  for (const st of state) {
    out[st.c.name] = {seconds: median(st.seconds), samples: st.seconds, batch: perSample,
                      wordsPerSecond: median(st.samples), overallWordsPerSecond: st.words / st.time,
                      output: st.output, found: st.found, firstRunMs: st.firstRunMs, warmupRuns: st.warmupRuns};
  }
  const measured = articles.slice(0, reps * perSample);
  const bytes = measured.reduce((n, a) => n + new TextEncoder().encode(textOf(a)).length, 0) / reps;
  return {words: median(sampleWords), bytes, articles: perSample, measuredArticles: measured.length,
          totalWords: sampleWords.reduce((a, b) => a + b, 0), warmupArticles: warmup.length, results: out};
}

/** Ratios ours / theirs of words per second, per text. */
export function ratios(results) {
  const ours = results.ours.wordsPerSecond;
  const r = {};
  for (const [name, v] of Object.entries(results)) if (name !== 'ours') r[name] = ours / v.wordsPerSecond;
  return r;
}

export {median};
