// article-analyser: the JS API. One ES module for browsers, workers and Node, no bundler needed.
//
//   import {createAnalyser} from './article-analyser.mjs';
//   const analyser = await createAnalyser();                       // or {worker: true} in a browser
//   const result = analyser.analyse(text, {input: 'auto', offsets: 'utf16'});   // plain object, schema below
//   analyser.dispose();
//
// The result is the JSON of the contract (schema "article-analysis/1"): JSON.parse of what the C++ core writes,
// so nothing from Embind ever reaches the caller. See article-analyser.d.ts for the types.

const INPUTS = ['auto', 'text', 'html'];
const OFFSETS = ['utf16', 'codepoint', 'byte'];
const here = import.meta.url;
const isNode = typeof process === 'object' && !!process.versions && !!process.versions.node &&
               typeof window === 'undefined' && typeof importScripts === 'undefined';

/** Checks the arguments of analyse() the same way on every path; returns {text, input, offsets}. */
function checkAnalyseArgs(text, options) {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new TypeError(`article-analyser: analyse(text) needs a string, got ${got}`);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError('article-analyser: analyse(text, options): options must be an object');
  }
  const input = options?.input ?? 'auto';
  const offsets = options?.offsets ?? 'utf16';
  if (!INPUTS.includes(input)) {
    throw new RangeError(`article-analyser: options.input must be one of ${INPUTS.join(', ')}, got ${String(input)}`);
  }
  if (!OFFSETS.includes(offsets)) {
    throw new RangeError(
        `article-analyser: options.offsets must be one of ${OFFSETS.join(', ')}, got ${String(offsets)}`);
  }
  return {text, input, offsets};
}

async function loadCore(options) {
  let factory = options.core;
  if (!factory) {
    const url = options.coreUrl ?? new URL('./article-analyser-core.mjs', here).href;
    factory = (await import(url)).default;
  }
  const moduleArgs = {};
  if (options.wasmBinary) {
    moduleArgs.wasmBinary = options.wasmBinary;
  } else if (isNode && !options.core) {
    // Emscripten's web loader cannot fetch file paths in Node: hand it the bytes.
    const {readFile} = await import('node:fs/promises');
    const wasmUrl = options.wasmUrl ?? new URL('./article-analyser-core.wasm', options.coreUrl ?? here);
    moduleArgs.wasmBinary = await readFile(wasmUrl);
  } else if (options.wasmUrl) {
    moduleArgs.locateFile = (name) => name.endsWith('.wasm') ? String(options.wasmUrl) : name;
  }
  try {
    return await factory(moduleArgs);
  } catch (e) {
    throw new Error(`article-analyser: the WebAssembly core failed to load: ${e?.message ?? e}`, {cause: e});
  }
}

// The lean JSON (wasm/bindings.cc): the core writes every span's "text" as "" and, when the document's text is
// the input itself, that text as null. Most of the JSON's bytes are those texts (each paragraph is there twice,
// as a paragraph and as its sentences): leaving them out spares writing, decoding and parsing them, and JS cuts
// them from one string (V8 makes a long slice a view of it, no copy). The result is the same object.
const wellFormed = typeof String.prototype.isWellFormed === 'function' ? (s) => s.isWellFormed()
                                                                        : (s) => !/[\ud800-\udfff]/.test(s);

const DIRECT_INPUT_MAX = 48 * 1024 * 1024;

function fillTexts(r, input) {
  if (r.text === null) r.text = input;
  const text = r.text;
  const cut = (span) => {
    if (span) span.text = text.slice(span.start, span.end);
  };
  const cutAll = (spans) => {
    for (let i = 0; i < spans.length; ++i) cut(spans[i]);
  };
  const a = r.article;
  cut(a.title);
  cut(a.subtitle);
  cut(a.byline);
  cut(a.date);
  cutAll(a.headings);
  cutAll(a.captions);
  cutAll(a.credits);
  cutAll(a.paragraphs);
  cutAll(a.boilerplate);
  cutAll(r.sentences);
  cutAll(r.entities);
  for (let i = 0; i < r.quotes.length; ++i) {
    const q = r.quotes[i];
    cut(q);
    cut(q.speaker.mention);
    cut(q.cue);
  }
}

/** The analyser on this thread: analyse() returns the result. */
async function createLocal(options) {
  const core = await loadCore(options);
  let native;
  try {
    native = new core.Analyser();
  } catch (e) {
    throw new Error(`article-analyser: the core failed to start: ${e?.message ?? e}`, {cause: e});
  }
  const encoder = new TextEncoder();
  return {
    version: core.version(),
    analyse(text, opts) {
      const args = checkAnalyseArgs(text, opts);
      if (!native) throw new Error('article-analyser: analyse() after dispose()');
      // TextEncoder turns lone surrogates into U+FFFD (one UTF-16 unit each), so offsets stay those of `text`.
      // With UTF-16 offsets the core leaves the spans' texts out and they are cut here (leanJson).
      const texts = args.offsets !== 'utf16' ? 'all' : wellFormed(args.text) ? 'none' : 'document';
      const coreOptions = {input: args.input, offsets: args.offsets, texts};
      // The UTF-8 goes straight into the WASM heap (at most 3 bytes a UTF-16 unit); the heap's view is taken after
      // inputBuffer, which may have grown the memory. Texts over 16 M units (or room the heap cannot give: 0) go the
      // way that needs only their real size, an encoded copy.
      const room = args.text.length * 3;
      const at = room <= DIRECT_INPUT_MAX ? native.inputBuffer(room) : 0;
      let out;
      if (at) {
        const {written} = encoder.encodeInto(args.text, core.HEAPU8.subarray(at, at + room));
        out = native.analyseInput(written, coreOptions);
      } else {
        out = native.analyse(encoder.encode(args.text), coreOptions);
      }
      if (out instanceof Error) throw new Error(`article-analyser: ${out.message}`);
      const result = JSON.parse(out);
      if (texts !== 'all') fillTexts(result, args.text);
      return result;
    },
    dispose() {
      if (native) native.delete();
      native = null;
    },
    /** Bytes of the WASM heap in use (for leak checks) and the size of WASM memory. */
    memory() {
      return {heapInUse: core.heapInUse(), memoryBytes: core.HEAP8.buffer.byteLength};
    },
  };
}

/** The analyser in a module Web Worker: analyse() returns a Promise of the result. */
async function createInWorker(options) {
  if (typeof Worker !== 'function') {
    throw new Error('article-analyser: {worker: true} needs Web Workers (a browser); in Node leave it out');
  }
  const url = options.workerUrl ?? new URL('./article-analyser-worker.mjs', here);
  const worker = new Worker(url, {type: options.workerType ?? 'module', name: 'article-analyser'});
  const pending = new Map();
  let nextId = 1;
  let failed = null;
  const failAll = (error) => {
    failed = error;
    for (const {reject} of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('message', (event) => {
    const {id, result, error, ready, version} = event.data;
    if (ready !== undefined) return;  // handled by the start-up promise below
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    if (error) {
      const e = error.name === 'TypeError' ? new TypeError(error.message) :
                error.name === 'RangeError' ? new RangeError(error.message) : new Error(error.message);
      job.reject(e);
    } else {
      job.resolve(result);
    }
    void version;
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault?.();
    failAll(new Error(`article-analyser: the worker failed: ${event.message || 'could not load the worker script'}`));
  });
  // Wait until the core is loaded in the worker, so that errors surface from createAnalyser().
  const started = await new Promise((resolve, reject) => {
    const onMessage = (event) => {
      if (event.data.ready === undefined) return;
      worker.removeEventListener('message', onMessage);
      if (event.data.ready) resolve(event.data);
      else reject(new Error(event.data.error?.message ?? 'article-analyser: the worker could not start'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (event) => reject(new Error(
        `article-analyser: the worker failed to start: ${event.message || 'could not load the worker script'}`)));
    worker.postMessage({start: {coreUrl: options.coreUrl, wasmUrl: options.wasmUrl ? String(options.wasmUrl) : undefined}});
  }).catch((e) => {
    worker.terminate();
    throw e;
  });
  return {
    version: started.version,
    analyse(text, opts) {
      let args;
      try {
        args = checkAnalyseArgs(text, opts);
      } catch (e) {
        return Promise.reject(e);
      }
      if (failed) return Promise.reject(failed);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, {resolve, reject});
        worker.postMessage({id, text: args.text, options: {input: args.input, offsets: args.offsets}});
      });
    },
    dispose() {
      worker.terminate();
      failAll(new Error('article-analyser: analyse() after dispose()'));
    },
  };
}

/**
 * Loads the WebAssembly core and returns an analyser.
 * options.worker: run in a module Web Worker (browsers); analyse() then returns a Promise.
 * options.coreUrl / wasmUrl / workerUrl: where the glue, the .wasm and the worker are (default: beside this file);
 * options.workerType: 'module' (default) or 'classic' for a bundled worker script.
 * options.wasmBinary: the .wasm bytes, if you have them. options.core: an already loaded core factory.
 */
export async function createAnalyser(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('article-analyser: createAnalyser(options): options must be an object');
  }
  return options.worker ? createInWorker(options) : createLocal(options);
}

export default createAnalyser;
