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

/** The largest input, in UTF-8 bytes: the core's kMaxInputBytes (core/text/decode.h). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** The UTF-8 length of a string (a lone surrogate: 3 bytes, as TextEncoder writes U+FFFD), without encoding it. */
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; ++i) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) n += 4, ++i;
    else n += 3;
  }
  return n;
}

/** A value named for an error message without calling its toString() (which may be anything, or throw). */
function describe(v) {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  return `${typeof v} ${String(v)}`;
}

/** Checks the arguments of analyse() the same way on every path; returns {text, input, offsets}. */
function checkAnalyseArgs(text, options) {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new TypeError(`article-analyser: analyse(text) needs a string, got ${got}`);
  }
  // Measured before anything is encoded or copied: at most 3 bytes a UTF-16 unit, at least 1.
  if (text.length * 3 > MAX_INPUT_BYTES) {
    const bytes = text.length > MAX_INPUT_BYTES ? text.length : utf8Length(text);
    if (bytes > MAX_INPUT_BYTES) {
      throw new RangeError(`article-analyser: input too large: ${text.length > MAX_INPUT_BYTES ? 'at least ' : ''}` +
                           `${bytes} bytes of UTF-8 (the limit is ${MAX_INPUT_BYTES} bytes, ` +
                           `${MAX_INPUT_BYTES / 1048576} MiB)`);
    }
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError('article-analyser: analyse(text, options): options must be an object');
  }
  const input = options?.input ?? 'auto';
  const offsets = options?.offsets ?? 'utf16';
  if (!INPUTS.includes(input)) {
    throw new RangeError(`article-analyser: options.input must be one of ${INPUTS.join(', ')}, got ${describe(input)}`);
  }
  if (!OFFSETS.includes(offsets)) {
    throw new RangeError(
        `article-analyser: options.offsets must be one of ${OFFSETS.join(', ')}, got ${describe(offsets)}`);
  }
  return {text, input, offsets};
}

// ---- loading the core ------------------------------------------------------------------------------------------
// The .wasm is fetched and compiled once per URL in each JS realm (page or worker) and the compiled
// WebAssembly.Module is shared: a second createAnalyser() only instantiates it. Browsers compile it while it
// downloads (WebAssembly.compileStreaming, which needs the server to send Content-Type: application/wasm; with
// another type the bytes are read whole, then compiled). Node reads the file. The Emscripten glue is told to use
// the result through its instantiateWasm hook.

// A name, not a literal: bundlers for the browser would try to resolve node:fs/promises, which only Node has.
const NODE_FS = 'node:fs/promises';
const compiled = new Map();  // the .wasm's URL or path -> Promise<WebAssembly.Module>

/** Where the .wasm is: options.wasmUrl, else beside options.coreUrl, else beside this module. */
function wasmLocation(options) {
  if (options.wasmUrl) return options.wasmUrl;
  if (options.coreUrl) return new URL('./article-analyser-core.wasm', new URL(options.coreUrl, here));
  // Written out in full so that bundlers (Vite, webpack, Parcel) see the asset and copy it with the bundle.
  return new URL('./article-analyser-core.wasm', import.meta.url);
}

function callProgress(onProgress, loaded, total) {
  try {
    onProgress({loaded, total});
  } catch (e) {
    // A failing progress callback must not fail the load.
    if (typeof reportError === 'function') reportError(e);
    else console.error(e);
  }
}

/**
 * The response with its body counted as it streams: onProgress({loaded, total}) per chunk, total being the
 * Content-Length, or 0 when unknown (no Content-Length, or a compressed body, whose Content-Length counts the
 * compressed bytes while `loaded` counts decoded ones); the last call has loaded === total.
 */
function countProgress(response, onProgress) {
  const encoding = response.headers.get('Content-Encoding');
  let total = encoding && encoding !== 'identity' ? 0 : Number(response.headers.get('Content-Length')) || 0;
  let loaded = 0;
  callProgress(onProgress, loaded, total);
  if (!response.body) return response;
  const reader = response.body.getReader();
  const body = new ReadableStream({
    async pull(controller) {
      const {done, value} = await reader.read();
      if (done) {
        callProgress(onProgress, loaded, loaded);
        controller.close();
        return;
      }
      loaded += value.byteLength;
      if (loaded > total) total = 0;  // a Content-Length that was not the decoded size (a CDN's compression)
      callProgress(onProgress, loaded, total);
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, {status: response.status, headers: {'Content-Type': response.headers.get('Content-Type') ?? ''}});
}

async function fetchAndCompile(url, onProgress) {
  if (isNode) {
    const {readFile} = await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS);
    const bytes = await readFile(typeof url === 'string' && url.startsWith('file:') ? new URL(url) : url);
    if (onProgress) callProgress(onProgress, bytes.length, bytes.length);
    return WebAssembly.compile(bytes);
  }
  const response = await fetch(url, {credentials: 'same-origin'});
  if (!response.ok) throw new Error(`cannot load ${response.url || url}: HTTP ${response.status}`);
  const type = response.headers.get('Content-Type') ?? '';
  if (typeof WebAssembly.compileStreaming === 'function' && /^\s*application\/wasm\s*(;|$)/i.test(type)) {
    // The fetched response itself goes to the compiler, and the progress is counted on a copy of its body: a
    // Response made in JS from a stream (countProgress's) has no place in the browser's cache, so Chromium could
    // not keep the compiled code for the next visit (its WebAssembly code cache), and its bytes went through JS.
    const copy = onProgress ? response.clone() : null;
    const compiling = WebAssembly.compileStreaming(response);
    if (!copy) return compiling;
    const [module] = await Promise.all([compiling, drain(countProgress(copy, onProgress))]);
    return module;
  }
  // Served with another type (a misconfigured server): compileStreaming would refuse it; compile the bytes.
  const counted = onProgress ? countProgress(response, onProgress) : response;
  return WebAssembly.compile(await counted.arrayBuffer());
}

/** Reads a response's body to its end and drops it (a failed read is the compiler's to report). */
async function drain(response) {
  const reader = response.body?.getReader();
  try {
    while (reader && !(await reader.read()).done) {}
  } catch {
    // the compilation reads the same bytes and reports the failure
  }
}

/** The key of a URL or path in the caches of this realm. */
function cacheKey(url) {
  const base = typeof location === 'object' && location?.href ? location.href : here;
  return isNode && typeof url === 'string' && !url.startsWith('file:') ? url : new URL(String(url), base).href;
}

/** The compiled core for these options, compiled once per .wasm (a failed load is not remembered). */
export function compileCore(options = {}) {
  if (options.wasmModule) return Promise.resolve(options.wasmModule);
  if (options.wasmBinary) return WebAssembly.compile(options.wasmBinary);
  const key = cacheKey(wasmLocation(options));
  const url = wasmLocation(options);
  let module = compiled.get(key);
  if (!module) {
    module = fetchAndCompile(url, options.onProgress);
    compiled.set(key, module);
    module.catch(() => compiled.delete(key));
  }
  return module;
}

// ---- loading the model ----------------------------------------------------------------------------------------
// The entity model is a file of its own (entities.bin, packed: core/ner/model_pack.h): it downloads beside the
// code and is cached apart from it (it changes when the model is retrained). Fetched once per URL in each realm,
// like the .wasm, and copied into each core that uses it (Node: readModelFile).

const models = new Map();  // the model's URL or path -> Promise<Uint8Array>

/** Where the model is: options.modelUrl, else beside options.coreUrl, else beside this module. */
function modelLocation(options) {
  if (options.modelUrl) return options.modelUrl;
  if (options.coreUrl) return new URL('./entities.bin', new URL(options.coreUrl, here));
  return new URL('./entities.bin', import.meta.url);
}

async function fetchModel(url, onProgress) {
  if (isNode) {
    const {readFile} = await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS);
    const bytes = await readFile(typeof url === 'string' && url.startsWith('file:') ? new URL(url) : url);
    if (onProgress) callProgress(onProgress, bytes.length, bytes.length);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  const response = await fetch(url, {credentials: 'same-origin'});
  if (!response.ok) throw new Error(`cannot load ${response.url || url}: HTTP ${response.status}`);
  const counted = onProgress ? countProgress(response, onProgress) : response;
  return new Uint8Array(await counted.arrayBuffer());
}

/**
 * Node: the model file read into the core's heap (core.ModelBytes) on the thread pool, no JS buffer, no copy on
 * the main thread; opened while the core compiles, then read as two halves at once (bench/README.md, start-up).
 */
async function readModelFile(coreReady, url, onProgress) {
  const {open} = await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS);
  const file = await open(typeof url === 'string' && url.startsWith('file:') ? new URL(url) : url);
  let room;
  try {
    const {size} = await file.stat();
    const core = await coreReady;
    room = new core.ModelBytes(size);
    const at = room.address();
    if (!at) throw new Error(`no room for ${size} bytes in the WebAssembly heap`);
    const read = async (done, end) => {
      for (let n; done < end; done += n) {
        ({bytesRead: n} = await file.read(core.HEAPU8, at + done, end - done, done));
        if (!n) throw new Error('the file ended early');
      }
    };
    await Promise.all([read(0, size >> 1), read(size >> 1, size)]);
    if (onProgress) callProgress(onProgress, size, size);
    return room;
  } catch (e) {
    room?.delete();
    throw e;
  } finally {
    await file.close();
  }
}

/** The model's bytes for these options, fetched once per URL (a failed load is not remembered). */
export function loadModel(options = {}) {
  if (options.modelBytes) return Promise.resolve(new Uint8Array(options.modelBytes));
  const key = cacheKey(modelLocation(options));
  let bytes = models.get(key);
  if (!bytes) {
    bytes = fetchModel(modelLocation(options), options.onProgress);
    models.set(key, bytes);
    bytes.catch(() => models.delete(key));
  }
  return bytes;
}

/**
 * One onProgress for the two downloads (the .wasm and the model): per part, a callback for fetchAndCompile or
 * fetchModel (null for a part that will not be fetched: given, or already loaded in this realm). Reports the sums
 * of the fetched parts, from the moment each has reported once; total is 0 (unknown) while a part's is.
 */
function progressParts(onProgress, fetched) {
  const parts = [];  // sparse: reduce and some skip the parts not (yet) reported
  let waiting = fetched.filter(Boolean).length;
  return fetched.map((yes, i) => (onProgress && yes ? ({loaded, total}) => {
    waiting -= !parts[i];
    parts[i] = {loaded, total};
    if (!waiting) {
      callProgress(onProgress, parts.reduce((s, p) => s + p.loaded, 0),
                   parts.some((p) => !p.total) ? 0 : parts.reduce((s, p) => s + p.total, 0));
    }
  } : null));
}

// A factory passed in (the single-file build of the offline page) loads its own .wasm unless told where it is.
const selfLoading = (o) => o.core && !o.wasmUrl && !o.wasmBinary && !o.wasmModule;

async function loadCore(options) {
  // The download and compilation start first, and go on while the glue is imported.
  const module = selfLoading(options) ? null : compileCore(options);
  module?.catch(() => {});  // reported below, from the race
  let factory = options.core;
  const moduleArgs = {};
  let instantiateFailed = new Promise(() => {});
  try {
    if (!factory) {
      // A literal specifier when none is given, so that bundlers include the glue.
      factory = (await (options.coreUrl ? import(options.coreUrl) : import('./article-analyser-core.mjs'))).default;
    }
    if (module) {
      instantiateFailed = new Promise((resolve, reject) => {
        moduleArgs.instantiateWasm = (imports, receiveInstance) => {
          module.then((m) => WebAssembly.instantiate(m, imports).then((instance) => receiveInstance(instance, m)))
              .catch(reject);
          return {};  // the exports come later, through receiveInstance
        };
      });
    }
    return await Promise.race([factory(moduleArgs), instantiateFailed]);
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
    cut(q.content);
  }
}

// One instance of the core and one decoded model per .wasm and model in each realm (page, worker, Node process):
// a second createAnalyser() (a preview helper's beside the page's own, a server's per-request analysers) makes
// only its own native Analyser, sharing the decoded Model (decoding is most of start-up) and the instance's memory.
// Each Analyser keeps its own form cache (what the tagger has summed for the words it has seen; the output never
// depends on it). The Model and the instance go with the last analyser's dispose().
const shared = new Map();  // key -> {ready: Promise<{core, model}>, users}

/** The key of what createLocal loads, or null when something given (a core, bytes, a module) makes it its own. */
function sharedKey(options) {
  if (options.core || options.wasmBinary || options.wasmModule || options.modelBytes) return null;
  return `${options.coreUrl ? cacheKey(options.coreUrl) : ''}|${cacheKey(wasmLocation(options))}|` +
         cacheKey(modelLocation(options));
}

/** Loads the core and decodes the model: {core, model} (model: a core.Model, to delete with its last user). */
async function loadShared(options) {
  const wasmFetched = !selfLoading(options) && !options.wasmModule && !options.wasmBinary &&
                      !compiled.has(cacheKey(wasmLocation(options)));
  const modelFetched = !options.modelBytes && !models.has(cacheKey(modelLocation(options)));
  const [wasmProgress, modelProgress] = progressParts(options.onProgress, [wasmFetched, modelFetched]);
  // Both downloads start at once (in Node the model file is read into the core's heap: readModelFile).
  const fromFile = isNode && modelFetched;
  let model = fromFile ? null : loadModel({...options, onProgress: modelProgress});
  const coreReady = loadCore({...options, onProgress: wasmProgress});
  model ??= readModelFile(coreReady, modelLocation(options), modelProgress);
  model.catch(() => {});  // reported below
  const core = await coreReady;
  let modelBytes;
  try {
    modelBytes = await model;
  } catch (e) {
    throw new Error(`article-analyser: the entity model failed to load: ${e?.message ?? e}`, {cause: e});
  }
  let decoded;
  try {
    try {
      decoded = new core.Model(modelBytes);
    } finally {
      if (fromFile) modelBytes.delete();  // the room (core.ModelBytes)
    }
    const error = decoded.error();
    if (error) {
      decoded.delete();
      throw new Error(error);
    }
  } catch (e) {
    throw new Error(`article-analyser: the core failed to start: ${e?.message ?? e}`, {cause: e});
  }
  return {core, model: decoded};
}

/** The analyser on this thread: analyse() returns the result. */
async function createLocal(options) {
  const key = sharedKey(options);
  let entry = key === null ? null : shared.get(key);
  if (!entry) {
    entry = {ready: loadShared(options), users: 0, loaded: null};
    entry.ready.then((loaded) => (entry.loaded = loaded), () => {});
    if (key !== null) {
      shared.set(key, entry);
      entry.ready.catch(() => shared.get(key) === entry && shared.delete(key));  // a failed load is not kept
    }
  }
  ++entry.users;  // before any await: a load in progress is kept for every analyser waiting on it
  const release = () => {
    if (--entry.users > 0) return;
    if (key !== null && shared.get(key) === entry) shared.delete(key);
    // Deleted at once when loaded (every user has awaited the load, which set entry.loaded first).
    if (entry.loaded) entry.loaded.model.delete();
    else entry.ready.then(({model}) => model.delete(), () => {});
  };
  let core, native;
  try {
    let model;
    ({core, model} = await entry.ready);
    native = new core.Analyser(model);
    const error = native.error();
    if (error) {
      native.delete();
      native = null;
      throw new Error(`article-analyser: the core failed to start: ${error}`);
    }
  } catch (e) {
    release();
    throw e;
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
      // inputBuffer, which may have grown the memory. Texts over 16 M units (or room the heap cannot give: 0) go
      // through an encoded copy, which needs only their real size.
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
      if (!native) return;
      native.delete();
      native = null;
      release();
    },
    /** Bytes of the WASM heap in use (for leak checks) and the size of WASM memory. */
    memory() {
      return {heapInUse: core.heapInUse(), memoryBytes: core.HEAP8.buffer.byteLength};
    },
  };
}

// ---- the worker mode -------------------------------------------------------------------------------------------
// One analysis at a time is in the worker; the others wait here, so that aborting a waiting one costs nothing and
// aborting the running one terminates the worker and starts another (from the module the first worker compiled:
// no download, no compilation), which takes the next analysis.

const workerModules = new Map();  // where the worker's core comes from -> the WebAssembly.Module it compiled
const workerModels = new Map();   // ... -> the model's bytes it loaded

function abortError(signal) {
  if (signal.reason !== undefined) return signal.reason;
  return new DOMException('article-analyser: the analysis was aborted', 'AbortError');
}

function workerError(error) {
  const E = error?.name === 'TypeError' ? TypeError : error?.name === 'RangeError' ? RangeError : Error;
  return new E(error?.message ?? String(error));
}

/** The analyser in a module Web Worker: analyse() returns a Promise of the result. */
async function createInWorker(options) {
  if (typeof Worker !== 'function') {
    throw new Error('article-analyser: {worker: true} needs Web Workers (a browser); in Node leave it out');
  }
  const key = `${options.workerUrl ?? ''}|${options.coreUrl ?? ''}|${options.wasmUrl ?? ''}|${options.modelUrl ?? ''}`;
  const waiting = [];  // {id, text, options, resolve, reject, signal, onAbort}
  let running = null;
  let worker = null;
  let ready = false;
  let failed = null;
  let nextId = 1;
  let asked = false;  // an analysis of a non-empty text was asked for: it compiles what a warm-up would
  let warm = null;    // the warm-up: {promise, resolve, worker (while it runs in one), t0}

  const spawn = () => options.workerUrl || options.workerType === 'classic' ?
      new Worker(options.workerUrl ?? new URL('./article-analyser-worker.mjs', import.meta.url),
                 {type: options.workerType ?? 'module', name: 'article-analyser'}) :
      // Written out in full so that bundlers (Vite, webpack) see the worker and bundle it.
      new Worker(new URL('./article-analyser-worker.mjs', import.meta.url), {type: 'module', name: 'article-analyser'});

  const settle = (job) => job.signal?.removeEventListener('abort', job.onAbort);
  const endWarm = (outcome) => {
    if (!warm?.resolve) return;
    warm.resolve(outcome);
    warm.resolve = null;
    warm.worker = null;
    warm.unwatch?.();
  };
  const failAll = (error) => {
    failed = error;
    endWarm({state: 'skipped', ms: 0});
    for (const job of running ? [running, ...waiting] : waiting) {
      settle(job);
      job.reject(error);
    }
    running = null;
    waiting.length = 0;
  };
  const pump = () => {
    if (running || !ready || failed || waiting.length === 0) return;
    running = waiting.shift();
    worker.postMessage({id: running.id, text: running.text, options: running.options});
  };

  // Starts a worker; resolves with its {version} once its core is loaded.
  const start = (first) => new Promise((resolve, reject) => {
    const w = spawn();
    worker = w;
    ready = false;
    w.addEventListener('message', (event) => {
      if (w !== worker) return;
      const data = event.data;
      if (data.progress) {
        if (first && options.onProgress) callProgress(options.onProgress, data.progress.loaded, data.progress.total);
      } else if (data.ready !== undefined) {
        if (!data.ready) return reject(new Error(data.error?.message ?? 'article-analyser: the worker could not start'));
        if (data.module) workerModules.set(key, data.module);
        if (data.model) workerModels.set(key, data.model);
        ready = true;
        resolve(data);
        pump();
      } else if (data.warmed) {
        if (warm?.worker !== w) return;
        // Stopped because the page was hidden (and no analysis came): it resumes when the page is shown again.
        if (!data.warmed.done && warm.paused && !asked && !failed) {
          warm.worker = null;
          warm.ms = (warm.ms ?? 0) + data.warmed.ms;
          warm.resume();
        } else {
          endWarm({state: data.warmed.done ? 'done' : 'stopped', ms: (warm.ms ?? 0) + data.warmed.ms});
        }
      } else if (running && data.id === running.id) {
        const job = running;
        running = null;
        settle(job);
        if (data.error) job.reject(workerError(data.error));
        else {
          const result = JSON.parse(data.json);
          if (data.lean) fillTexts(result, job.text);
          job.resolve(result);
        }
        pump();
      }
    });
    w.addEventListener('error', (event) => {
      if (w !== worker) return;
      event.preventDefault?.();
      const what = event.message || 'could not load the worker script';
      if (!ready) reject(new Error(`article-analyser: the worker failed to start: ${what}`));
      else failAll(new Error(`article-analyser: the worker failed: ${what}`));
    });
    w.postMessage({start: {
      // A relative wasmUrl means what fetch() here would make of it, not what the worker's location would.
      coreUrl: options.coreUrl, wasmUrl: options.wasmUrl ? new URL(String(options.wasmUrl), location.href).href : undefined,
      wasmModule: options.wasmModule ?? workerModules.get(key), progress: first && !!options.onProgress,
      modelUrl: options.modelUrl ? new URL(String(options.modelUrl), location.href).href : undefined,
      modelBytes: options.modelBytes ?? workerModels.get(key),
    }});
  });

  const restart = () => {
    if (warm?.worker === worker) endWarm({state: 'stopped', ms: performance.now() - warm.t0});
    worker.terminate();
    start(false).catch((e) => {
      worker.terminate();
      failAll(e);
    });
  };

  // The warm-up runs in the worker once the page is idle and visible, unless an analysis was asked for first (the
  // worker side is in article-analyser-worker.mjs). A page hidden meanwhile stops it after its current piece, and it
  // starts again when the page is shown (unless an analysis came meanwhile); a hidden page waits until it is shown.
  const warmUp = () => {
    if (warm) return warm.promise;
    warm = {};
    warm.promise = new Promise((resolve) => (warm.resolve = resolve));
    const doc = typeof document === 'object' && document ? document : null;
    const hidden = () => doc?.visibilityState === 'hidden';
    const go = () => {
      if (!warm.resolve || warm.worker) return;  // over, or already running
      if (hidden()) return;  // the visibilitychange listener tries again when the page is shown
      if (failed || asked) return endWarm({state: 'skipped', ms: 0});
      if (running || waiting.length || !ready) return whenIdle();  // an empty text's analysis, or a restart: later
      warm.paused = false;
      warm.worker = worker;
      warm.t0 = performance.now();
      worker.postMessage({warm: true});
    };
    const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(go, {timeout: 2000})
                                                                        : setTimeout(go, 50));
    warm.resume = () => {
      if (!hidden()) whenIdle();  // else the visibilitychange listener does, when the page is shown
    };
    if (doc) {
      const onVisibility = () => {
        if (hidden()) {
          if (warm.worker) {
            warm.paused = true;
            warm.worker.postMessage({warmStop: true});
          }
        } else if (!warm.worker) {
          whenIdle();
        }
      };
      doc.addEventListener('visibilitychange', onVisibility);
      warm.unwatch = () => doc.removeEventListener('visibilitychange', onVisibility);
    }
    if (!hidden()) whenIdle();
    return warm.promise;
  };

  let started;
  try {
    started = await start(true);
  } catch (e) {
    worker.terminate();
    throw e;
  }
  if (options.warmUp) warmUp();
  return {
    version: started.version,
    /**
     * Compiles the analyser's code before the first analysis: runs a small built-in analysis in the worker when
     * the page is idle and visible (options.warmUp: true starts it at once). Resolves to {state, ms}: 'done',
     * 'stopped' (an analysis or a hidden page came first), or 'skipped' (an analysis had been asked for, or the
     * analyser failed or was disposed). Its results are never shown or returned.
     */
    warmUp,
    analyse(text, opts) {
      let args;
      try {
        args = checkAnalyseArgs(text, opts);
        const signal = opts?.signal;
        if (signal !== undefined && (signal === null || typeof signal.aborted !== 'boolean')) {
          throw new TypeError('article-analyser: options.signal must be an AbortSignal');
        }
        if (signal?.aborted) return Promise.reject(abortError(signal));
      } catch (e) {
        return Promise.reject(e);
      }
      if (failed) return Promise.reject(failed);
      if (args.text.length) asked = true;
      return new Promise((resolve, reject) => {
        const job = {id: nextId++, text: args.text, options: {input: args.input, offsets: args.offsets}, resolve,
                     reject, signal: opts?.signal};
        if (job.signal) {
          job.onAbort = () => {
            if (running === job) {
              running = null;
              restart();
            } else {
              const i = waiting.indexOf(job);
              if (i >= 0) waiting.splice(i, 1);
            }
            reject(abortError(job.signal));
          };
          job.signal.addEventListener('abort', job.onAbort, {once: true});
        }
        waiting.push(job);
        pump();
      });
    },
    dispose() {
      worker.terminate();
      endWarm({state: warm?.worker ? 'stopped' : 'skipped', ms: warm?.worker ? performance.now() - warm.t0 : 0});
      failAll(new Error('article-analyser: analyse() after dispose()'));
    },
  };
}

/**
 * Loads the WebAssembly core and returns an analyser.
 * options.worker: run in a module Web Worker (browsers); analyse() then returns a Promise.
 * options.coreUrl / wasmUrl / workerUrl: where the glue, the .wasm and the worker are (default: beside this file);
 * options.workerType: 'module' (default) or 'classic' for a bundled worker script.
 * options.wasmBinary: the .wasm bytes, if you have them; options.wasmModule: the compiled module.
 * options.core: an already loaded core factory.
 * options.modelUrl: where the entity model is (default: entities.bin beside the glue); options.modelBytes: its bytes.
 * options.onProgress({loaded, total}): called as the .wasm and the model download (the sums; total 0 when unknown).
 * options.warmUp: with worker, compile the code in the worker while the page is idle (analyser.warmUp()).
 */
export async function createAnalyser(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('article-analyser: createAnalyser(options): options must be an object');
  }
  return options.worker ? createInWorker(options) : createLocal(options);
}

export default createAnalyser;
