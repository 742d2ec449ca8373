// article-analyser in a module Web Worker (createAnalyser({worker: true}) starts it).
// Protocol: {start: {coreUrl, wasmUrl, wasmModule, modelUrl, modelBytes, progress}} -> {progress: {loaded, total}}...,
//           then {ready: true, version, module, model} | {ready: false, error};
//           {id, text, options} -> {id, json, lean} | {id, error: {name, message}}; json: the result as JSON;
//           lean: the spans' texts
//           are "" and a null result.text is the input, for the page to fill (fillTexts in article-analyser.mjs);
//           {warm: true} -> {warmed: {done, pieces, ms}} (the warm-up below: nothing of its results is sent);
//           {warmStop: true} (the page was hidden): the warm-up stops after the piece it is in.
// The compiled module goes back to the page, which hands it to the next worker it starts (after an aborted
// analysis, or for another analyser) so that no worker downloads or compiles the .wasm again; so do the model's bytes.
import {compileCore, createAnalyser, loadModel} from './article-analyser.mjs';

let analyser = null;

// ---- the warm-up (createAnalyser's warmUp option) ---------------------------------------------------------------
// V8 compiles a WebAssembly function when it is first called (lazily, with Liftoff), on the thread that calls it:
// without a warm-up the reader's first analysis pays for compiling the ~430 KB of code it runs. The warm-up
// analyses these short invented texts, one piece at a time, while the page is idle, and throws the results away;
// the compiled code stays with the module. A piece cannot be interrupted (an analysis is one call into the
// WebAssembly), so the pieces are small, the first compiling most of what a text needs, and any analysis that
// arrives stops the warm-up after the piece it is in: what that piece compiled, the analysis would have compiled.
const WARM_PIECES = [
  {input: 'auto', text: 'Harbour council votes to rebuild the old pier\n\nBy Jane Ellison\n\nMarch 3, 2025\n\n' +
    'MILFORD \u2014 The Milford Harbour Council voted on Tuesday to rebuild the old pier, ending a dispute that began ' +
    'in 2019.\n\n\u201cWe have waited long enough,\u201d said Mayor Daniel Okafor. \u201cThe pier belongs to everyone in ' +
    'this town.\u201d\n\nOkafor told reporters the work would cost about $4 million, and that the Coastal Trust had ' +
    'been consulted. Its director, Maria Santos, said the plan ignored the risk of storms: "Nobody asked us," she ' +
    'said.\n\nA spokesman for the European Commission in Brussels declined to comment.\n'},
  {input: 'auto', text: '<!doctype html><html><head><title>Pier vote | Milford Gazette</title></head><body>' +
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council backs the pier</h1>' +
    '<p class="byline">By Jane Ellison</p><time datetime="2025-03-03">3 March 2025</time>' +
    '<p>\u201cIt is done at last,\u201d said Daniel Okafor, the mayor of Milford, after the vote on Tuesday.</p>' +
    '<figure><img src="pier.jpg" alt=""><figcaption>The old pier. Photo: Tom Reid/Milford Gazette</figcaption>' +
    '</figure><h2>What comes next</h2><p>Work starts in May, according to Harbour Works Ltd.</p></article>' +
    '<footer>\u00a9 Milford Gazette</footer></body></html>'},
];
let warmStop = false;
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

async function warmUp() {
  const t0 = performance.now();
  let pieces = 0;
  warmStop = false;
  try {
    const a = await analyser;
    for (const piece of WARM_PIECES) {
      await breathe();  // an analysis posted meanwhile is handled here, and sets warmStop
      if (warmStop) break;
      JSON.stringify(a.analyse(piece.text, {input: piece.input, offsets: 'utf16'}));
      ++pieces;
    }
  } catch {
    // A warm-up that fails is no warm-up; the analyses that follow report their own errors.
  }
  self.postMessage({warmed: {done: pieces === WARM_PIECES.length, pieces, ms: performance.now() - t0}});
}

self.addEventListener('message', async (event) => {
  const data = event.data;
  if (data.warm) {
    warmUp();
    return;
  }
  if (data.warmStop) {
    warmStop = true;
    return;
  }
  if (data.start) {
    const options = {coreUrl: data.start.coreUrl, wasmUrl: data.start.wasmUrl, wasmModule: data.start.wasmModule,
                     modelUrl: data.start.modelUrl, modelBytes: data.start.modelBytes};
    if (data.start.progress) options.onProgress = (progress) => self.postMessage({progress});
    // The offline page runs this file bundled with the single-file core, which it exposes as a global.
    if (typeof globalThis.createArticleAnalyserCore === 'function') options.core = globalThis.createArticleAnalyserCore;
    // ... and the model, as base64 (tools/build-offline.mjs).
    if (!options.modelBytes && typeof globalThis.articleAnalyserModelBase64 === 'string') {
      options.modelBytes = Uint8Array.from(atob(globalThis.articleAnalyserModelBase64), (c) => c.charCodeAt(0));
    }
    analyser = createAnalyser(options);
    try {
      const a = await analyser;
      const module = options.core && !options.wasmModule ? undefined : await compileCore(options);
      const model = await loadModel(options);
      self.postMessage({ready: true, version: a.version, module, model});
    } catch (e) {
      self.postMessage({ready: false, error: {name: e.name, message: e.message}});
    }
    return;
  }
  warmStop = true;  // an analysis goes before the rest of the warm-up
  try {
    if (!analyser) throw new Error('article-analyser: the worker was not started');
    const result = (await analyser).analyse(data.text, data.options);
    // With UTF-16 offsets every span's text is a slice of the document's text, and that text is the page's own
    // input unless it was HTML or had lone surrogates: the page cuts the slices again (fillTexts) from the string
    // it holds, so they are not cloned across (each paragraph would cross twice, as a paragraph and as its
    // sentences; on 1 MB that clone held the page's main thread for hundreds of milliseconds).
    // And the result crosses as JSON text: the page's JSON.parse of it is several times quicker than the
    // structured clone of ~100k small objects, which also ran on the page's main thread.
    const lean = data.options?.offsets === 'utf16';
    if (lean) {
      dropSpanTexts(result);
      if (result.text === data.text) result.text = null;
    }
    self.postMessage({id: data.id, json: JSON.stringify(result), lean});
  } catch (e) {
    self.postMessage({id: data.id, error: {name: e?.name ?? 'Error', message: e?.message ?? String(e)}});
  }
});

// Every span's text (an object with a numeric start and a string text) becomes "", as the lean JSON writes it.
function dropSpanTexts(value) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; ++i) dropSpanTexts(value[i]);
  } else if (value !== null && typeof value === 'object') {
    if (typeof value.start === 'number' && typeof value.text === 'string') value.text = '';
    for (const key in value) {
      const v = value[key];
      if (v !== null && typeof v === 'object') dropSpanTexts(v);
    }
  }
}
