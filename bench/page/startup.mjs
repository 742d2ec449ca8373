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
  const marks = params.has('marks') ? markCompile() : null;
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
                      secondCreateMs: t4 - t3, sinceNavigationMs: t2, ...(marks && marks(web, t0, t2))};
}

// ?marks: when each part of the same start-up ended, in ms from the import (t0): the fetches of the JS API, the glue,
// the .wasm and the model (Resource Timing: requested, first byte, last byte), the .wasm's compilation and
// instantiation (WebAssembly's promises, wrapped here before the import), and what follows the instantiation until
// createAnalyser() returns (the model's copy into the heap and its decoding, the Analyser): nothing is done twice,
// so the parts are those of the start-up the default mode times.
function markCompile() {
  const at = {};
  const wrap = (name, key) => {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then((r) => {
      at[key] ??= performance.now();
      return r;
    });
  };
  wrap('compileStreaming', 'compiled');
  wrap('compile', 'compiled');
  wrap('instantiate', 'instantiated');
  return (web, t0, t2) => {
    const out = {compiledMs: at.compiled - t0, instantiatedMs: at.instantiated - t0,
                 afterInstantiateMs: t2 - at.instantiated};
    const files = {api: 'article-analyser.mjs', glue: 'article-analyser-core.mjs', wasm: 'article-analyser-core.wasm',
                   model: 'entities.bin'};
    for (const [key, file] of Object.entries(files)) {
      const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith(web + file));
      if (!e) continue;
      out[`${key}RequestMs`] = e.requestStart - t0;
      out[`${key}FirstByteMs`] = e.responseStart - t0;
      out[`${key}LastByteMs`] = e.responseEnd - t0;
    }
    return out;
  };
}
