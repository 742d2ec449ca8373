// A worker analyser restarted after an aborted analysis (bench/startup.mjs --restart): the running analysis cannot
// be interrupted inside WebAssembly, so aborting it terminates the worker and starts another from the module and
// the model bytes the first one posted back (web/article-analyser.mjs, createInWorker). Timed: the worker's first
// start (createMs), a short analysis on it (warm), then, after aborting a long analysis 30 ms in, the same short
// analysis (restartMs: the new worker's start and that analysis), and the one after it (afterMs).
// Result in window.__restart.
const params = new URLSearchParams(location.search);
const web = `/build/${params.get('web') ?? 'web'}/`;
const {createAnalyser} = await import(`${web}article-analyser.mjs`);
const short = 'Mayor Grace Okonkwo said it was “a start”.';
const long = Array.from({length: 400}, (_, i) => `Paragraph ${i}: the council of Milford met on Tuesday. ` +
                        '“We will rebuild the pier,” said Mayor Daniel Okafor.').join('\n\n');
const t0 = performance.now();
const analyser = await createAnalyser({worker: true});
const t1 = performance.now();
await analyser.analyse(short);
const t2 = performance.now();
const controller = new AbortController();
const aborted = analyser.analyse(long, {signal: controller.signal}).catch((e) => e.name);
await new Promise((resolve) => setTimeout(resolve, 30));
controller.abort();
const t3 = performance.now();
await analyser.analyse(short);
const t4 = performance.now();
await analyser.analyse(short);
const t5 = performance.now();
window.__restart = {createMs: t1 - t0, firstShortMs: t2 - t1, restartMs: t4 - t3, afterMs: t5 - t4,
                    aborted: (await aborted) === 'AbortError' ? 1 : 0};
analyser.dispose();
