// article-analyser in a module Web Worker (createAnalyser({worker: true}) starts it).
// Protocol: {start: {coreUrl, wasmUrl, wasmModule, modelUrl, modelBytes, progress}} -> {progress: {loaded, total}}...,
//           then {ready: true, version, module, model} | {ready: false, error};
//           {id, text, options} -> {id, json, lean} | {id, error: {name, message}}; json: the result as JSON;
//           lean: the spans' texts
//           are "" and a null result.text is the input, for the page to fill (fillTexts in article-analyser.mjs).
// The compiled module goes back to the page, which hands it to the next worker it starts (after an aborted
// analysis, or for another analyser) so that no worker downloads or compiles the .wasm again; so do the model's bytes.
import {compileCore, createAnalyser, loadModel} from './article-analyser.mjs';

let analyser = null;

self.addEventListener('message', async (event) => {
  const data = event.data;
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
