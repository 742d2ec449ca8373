// Start-up in the browser: from the moment this module runs, import the JS API, fetch and instantiate the
// .wasm and construct the analyser (which loads the embedded model). Result in window.__startup.
// ?phases: each phase alone instead (bench/page/startup-phases.mjs). ?web=before-web: build/before-web/ instead of
// build/web/ (a copy of an earlier build, to compare).
const params = new URLSearchParams(location.search);
const web = `/build/${params.get('web') ?? 'web'}/`;
if (params.has('phases')) {
  const {phases} = await import('./startup-phases.mjs');
  const read = async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer());
  window.__startup = await phases({dir: new URL(web, location.href), read});
} else {
  const t0 = performance.now();
  const {createAnalyser} = await import(`${web}article-analyser.mjs`);
  const t1 = performance.now();
  const analyser = await createAnalyser();
  const t2 = performance.now();
  analyser.analyse('Mayor Grace Okonkwo said it was “a start”.');
  const t3 = performance.now();
  const second = await createAnalyser();  // what is not repeated per instance is not paid again
  const t4 = performance.now();
  second.dispose();
  window.__startup = {importMs: t1 - t0, createMs: t2 - t1, startupMs: t2 - t0, firstAnalysisMs: t3 - t2,
                      secondCreateMs: t4 - t3, sinceNavigationMs: t2};
}
