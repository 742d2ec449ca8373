// article-analyser in a module Web Worker (createAnalyser({worker: true}) starts it).
// Protocol: {start: {coreUrl, wasmUrl, wasmModule, modelUrl, modelBytes, progress}} -> {progress: {loaded, total}}...,
//           then {ready: true, version, module, model} | {ready: false, error};
//           {id, text, options} -> {id, result} | {id, error: {name, message}}.
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
    self.postMessage({id: data.id, result});
  } catch (e) {
    self.postMessage({id: data.id, error: {name: e?.name ?? 'Error', message: e?.message ?? String(e)}});
  }
});
