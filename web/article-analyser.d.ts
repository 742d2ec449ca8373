// Type declarations for article-analyser.mjs (hand-written: this is the JS contract).
// The result is the JSON of schema "article-analysis/1" (see the README); offsets index `text` in the unit
// named by input.offsets, so with 'utf16' (the default) text.slice(span.start, span.end) === span.text.

export type InputKind = 'auto' | 'text' | 'html';
export type OffsetUnit = 'utf16' | 'codepoint' | 'byte';
export type Label =
    'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'EVENT' | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY';
export type QuoteKind = 'direct' | 'partial' | 'scare' | 'indirect' | 'block';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ArticleDate extends Span {
  /** "2023-01-25", or with a time "2023-03-01T15:04:00-05:00". */
  iso: string;
}

export interface Article {
  title: Span | null;
  subtitle: Span | null;
  byline: Span | null;
  date: ArticleDate | null;
  headings: Span[];
  captions: Span[];
  credits: Span[];
  paragraphs: Span[];
  /** Removed from the analysis, kept for the record. */
  boilerplate: Span[];
}

export interface Entity extends Span {
  label: Label;
  /** Index into `clusters`, or null. */
  cluster: number | null;
  /** 0..1 */
  score: number;
  /** Everything the speaker is reported to have said: the quote itself for direct, block and scare quotes; the
   * whole reported clause around the quoted words for a partial quote; the reported clause for indirect speech. */
  content: Span;
}

export interface Cluster {
  id: number;
  label: Label;
  /** The canonical (fullest) name: "Vladimir Putin". */
  name: string;
  /** Indices into `entities`, in text order. */
  mentions: number[];
  titles: string[];
  quoteCount: number;
  /** Quotes attributed to this cluster, by kind. */
  quoteKinds?: Record<QuoteKind, number>;
}

export interface Speaker {
  /** Canonical name, "anonymous sources", or null when no speaker was found. */
  name: string | null;
  cluster: number | null;
  mention: Span | null;
  anonymous: boolean;
  /**
   * Why no speaker was found; present only when `name` is null (an extension of the contract's JSON):
   * 'scare' (a scare quote), 'passive-cue' ("he has been described as"), 'speaker-not-named' (a pronoun or
   * description that names no one in the text), 'no-cue' (no cue, colon, dash or quote run attributes it).
   */
  reason?: NoSpeakerReason;
}

export type NoSpeakerReason = 'scare' | 'passive-cue' | 'speaker-not-named' | 'no-cue';

export interface Quote extends Span {
  kind: QuoteKind;
  speaker: Speaker;
  cue: Span | null;
  /** 0..1 */
  score: number;
}

export interface Warning {
  /** "unbalanced-quote", "invalid-utf8", "utf16-decoded", ... */
  code: string;
  start: number;
  end: number;
  message: string;
}

export interface AnalysisResult {
  schema: 'article-analysis/1';
  input: {kind: 'text' | 'html'; length: number; offsets: OffsetUnit};
  /** The plain text that all offsets index; for text input, the input itself (lone surrogates become U+FFFD). */
  text: string;
  article: Article;
  sentences: Span[];
  entities: Entity[];
  clusters: Cluster[];
  quotes: Quote[];
  warnings: Warning[];
}

export interface AnalyseOptions {
  /** How to read the text: 'auto' (default) decides per document. */
  input?: InputKind;
  /** Units of every offset in the result: 'utf16' (default, JS string indices), 'codepoint' or 'byte' (UTF-8). */
  offsets?: OffsetUnit;
}

/** Options of a worker analyser's analyse(). */
export interface WorkerAnalyseOptions extends AnalyseOptions {
  /**
   * Aborts the analysis: the Promise rejects with `signal.reason` (a DOMException named "AbortError" for
   * `controller.abort()`). A waiting analysis is dropped; the running one terminates the worker, and a new one
   * starts from the already compiled module (no download, no compilation) for the analyses that follow.
   */
  signal?: AbortSignal;
}

/** How far the .wasm download has got. */
export interface LoadProgress {
  /** Bytes received so far (decoded: after any Content-Encoding). */
  loaded: number;
  /**
   * The Content-Length, or 0 when unknown: no Content-Length, or a compressed response (whose Content-Length
   * counts the compressed bytes). The last call has `loaded === total`.
   */
  total: number;
}

export interface CreateOptions {
  /** Run the analysis in a module Web Worker (browsers only); analyse() then returns a Promise. */
  worker?: boolean;
  /** URL of article-analyser-core.mjs (default: beside article-analyser.mjs). */
  coreUrl?: string;
  /** URL or path of article-analyser-core.wasm (default: beside the core). */
  wasmUrl?: string | URL;
  /** URL of the worker script (default: article-analyser-worker.mjs beside article-analyser.mjs). */
  workerUrl?: string | URL;
  /** 'module' (default) or 'classic' for a bundled worker script. */
  workerType?: 'module' | 'classic';
  /** The .wasm bytes, when you already have them. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** The compiled .wasm (from compileCore()), to start an instance without compiling. */
  wasmModule?: WebAssembly.Module;
  /**
   * URL or path of the entity model, entities.bin (default: beside the core). The .wasm carries no model: it is
   * fetched in parallel with the .wasm and cached apart from it.
   */
  modelUrl?: string | URL;
  /** The model's bytes (from loadModel(), or entities.bin), when you already have them. */
  modelBytes?: ArrayBuffer | Uint8Array;
  /**
   * Called as the .wasm and the model download (in the worker mode too), with the sums of both: first once both
   * have started, then per chunk, last with loaded === total. Not called for what is already loaded (a second
   * analyser, wasmModule, wasmBinary, modelBytes); in Node, once per file, after it is read.
   */
  onProgress?: (progress: LoadProgress) => void;
  /** An already loaded Emscripten factory (createArticleAnalyserCore), e.g. the single-file build. */
  core?: (moduleArgs?: object) => Promise<unknown>;
  /**
   * With `worker: true`: warm the analyser up (WorkerAnalyser.warmUp()) as soon as it is ready, so that the first
   * analysis does not pay for compiling the code. Ignored without a worker (it would run on the page's thread).
   */
  warmUp?: boolean;
}

/** How a warm-up ended, and its time in the worker (ms). */
export interface WarmUpOutcome {
  /**
   * 'done': the code is compiled; 'stopped': an analysis (or hiding the page) came while it ran and it stopped
   * after the piece it was in; 'skipped': it never ran (an analysis of a non-empty text was asked for first, or the
   * analyser failed or was disposed).
   */
  state: 'done' | 'stopped' | 'skipped';
  ms: number;
}

export interface Analyser {
  /** The core's version, "0.1.0". */
  readonly version: string;
  /**
   * Analyses one article. Throws TypeError for a non-string text, RangeError for unknown options, and Error
   * (message starting "article-analyser:") for input the core cannot analyse or after dispose().
   */
  analyse(text: string, options?: AnalyseOptions): AnalysisResult;
  /** Frees the WebAssembly instance's analyser. */
  dispose(): void;
  /** WASM heap bytes in use by malloc and the size of WASM memory (for leak checks). */
  memory(): {heapInUse: number; memoryBytes: number};
}

export interface WorkerAnalyser {
  readonly version: string;
  /**
   * As Analyser.analyse, run in the worker; rejects with the same errors. Analyses run one at a time, in order.
   * With `options.signal`, rejects when it is aborted (see WorkerAnalyseOptions).
   */
  analyse(text: string, options?: WorkerAnalyseOptions): Promise<AnalysisResult>;
  /**
   * Warms the analyser up: when the page is idle and visible, the worker analyses a short built-in text (its
   * results go nowhere), which compiles the code the first real analysis would otherwise compile. It never delays
   * an analysis by more than one small piece, and never starts while the page is hidden. Runs once; every call
   * returns the same Promise.
   */
  warmUp(): Promise<WarmUpOutcome>;
  /** Terminates the worker; pending analyses reject. */
  dispose(): void;
}

export function createAnalyser(options: CreateOptions & {worker: true}): Promise<WorkerAnalyser>;
export function createAnalyser(options?: CreateOptions & {worker?: false}): Promise<Analyser>;
export function createAnalyser(options?: CreateOptions): Promise<Analyser | WorkerAnalyser>;
export default createAnalyser;

/**
 * Fetches (or reads, in Node) and compiles the .wasm that createAnalyser(options) would use, once per URL: call
 * it early to have the download and compilation under way before the first createAnalyser(); later analysers in
 * the same page, worker or process reuse the compiled module. Browsers compile while downloading when the server
 * sends Content-Type: application/wasm, and compile the whole bytes otherwise.
 */
export function compileCore(options?: Pick<CreateOptions, 'coreUrl' | 'wasmUrl' | 'wasmBinary' | 'wasmModule' |
                                                      'onProgress'>): Promise<WebAssembly.Module>;

/**
 * Fetches (or reads, in Node) the entity model that createAnalyser(options) would use, once per URL, as
 * compileCore does the .wasm; resolves with its bytes.
 */
export function loadModel(options?: Pick<CreateOptions, 'coreUrl' | 'modelUrl' | 'modelBytes' | 'onProgress'>):
    Promise<Uint8Array>;

// ---- article-analyser-element.mjs -----------------------------------------------------------------------------
// Declared here so that one import of the types covers the embedding kit.
declare global {
  interface HTMLElementTagNameMap {
    'article-analyser': ArticleAnalyserElement;
  }
  interface ArticleAnalyserElement extends HTMLElement {
    /** The text shown; setting it analyses and renders it. The element's own content is used when none is set. */
    text: string | null;
    /** The result shown; setting it renders that result (utf16 offsets) without analysing. */
    result: AnalysisResult | null;
    /** Analyses and shows `text`; resolves to the result, also sent as a `result` event. */
    analyse(text: string): Promise<AnalysisResult>;
    addEventListener(type: 'result', listener: (event: CustomEvent<AnalysisResult>) => void): void;
    addEventListener(type: 'error', listener: (event: CustomEvent<Error>) => void): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject): void;
  }
}

// ---- cms-preview.mjs ------------------------------------------------------------------------------------------
export interface PreviewHighlights {
  /** One result per matched element (its text, blocks separated by a blank line). */
  readonly results: AnalysisResult[];
  /** Analyses again and re-highlights. */
  refresh(): Promise<void>;
  /** Removes the highlights (the pane's own markup stays). */
  clear(): void;
  /** Removes the highlights, stops watching, frees the analyser it created. */
  dispose(): void;
}
export interface PreviewOptions {
  /** An analyser to share (from createAnalyser); otherwise one is created. */
  analyser?: Analyser | WorkerAnalyser;
  worker?: boolean;
  /** Analyse again, debounced, when the pane's content changes. */
  watch?: boolean;
}
