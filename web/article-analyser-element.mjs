// <article-analyser>: the highlighted view of an article, for embedding.
//
//   <script type="module" src="article-analyser-element.mjs"></script>
//   <article-analyser>Mayor Grace Okonkwo said: “We have run out of time.”</article-analyser>
//   <article-analyser input="html" worker><h1>Headline</h1><p>Body…</p></article-analyser>
//   el.text = '...';          // analyse this text instead (or el.analyse(text) -> Promise<result>)
//   el.result = {...};        // show a result you already have (schema article-analysis/1, utf16 offsets)
//   el.addEventListener('result', (e) => e.detail /* the result object */);
//
// Attributes: input="auto|text|html" (how to read the text; for "html" the element's own markup is the input),
// worker (analyse in a Web Worker), base="URL" (where article-analyser.mjs and the core live, default: here),
// warm-up (with worker: load the analyser at once and compile its code in the worker while the page is idle, so
// that a text set later is analysed without that delay; see WorkerAnalyser.warmUp).
// The element renders into its own light DOM (so the page's CSS can style it) and adds article-analyser.css to
// the document once.
import {createAnalyser} from './article-analyser.mjs';
import {renderArticle, attachInteractions, ensureStyles} from './aa-view.mjs';

const analysers = new Map();  // one analyser per (worker, base), shared by every element on the page
function sharedAnalyser(worker, base) {
  const key = `${worker}|${base ?? ''}`;
  if (!analysers.has(key)) {
    const options = {worker};
    if (base) {
      options.coreUrl = new URL('article-analyser-core.mjs', base).href;
      options.workerUrl = new URL('article-analyser-worker.mjs', base).href;
    }
    const p = createAnalyser(options);
    p.catch(() => analysers.delete(key));
    analysers.set(key, p);
  }
  return analysers.get(key);
}

export class ArticleAnalyserElement extends HTMLElement {
  static get observedAttributes() {
    return ['input'];
  }

  constructor() {
    super();
    this._text = null;
    this._result = null;
    this._seq = 0;
    this._detach = null;
    this._view = null;
  }

  connectedCallback() {
    ensureStyles(this.ownerDocument);
    if (!this._view) {
      // The element's own content is the article unless a text was set before it was connected.
      if (this._text === null && this._result === null) {
        this._text = this.getAttribute('input') === 'html' ? this.innerHTML : this.textContent;
      }
      this._view = this.ownerDocument.createElement('div');
      this._view.className = 'aa-view';
      this._view.setAttribute('role', 'article');
      this.replaceChildren(this._view);
      this._detach = attachInteractions(this._view, () => this._result);
    }
    if (this.hasAttribute('warm-up') && this.hasAttribute('worker')) {
      sharedAnalyser(true, this.getAttribute('base')).then((a) => a.warmUp()).catch(() => {});
    }
    if (this._result) this._show(this._result);
    else if (this._text !== null) this.analyse(this._text).catch(() => {});
  }

  disconnectedCallback() {
    this._detach?.();
    this._detach = null;
    this._view?.remove();
    this._view = null;
  }

  attributeChangedCallback() {
    if (this._view && this._text !== null) this.analyse(this._text).catch(() => {});
  }

  /** The text shown (null when a result was given directly). */
  get text() {
    return this._text;
  }
  set text(value) {
    this._text = String(value ?? '');
    this._result = null;
    if (this._view) this.analyse(this._text).catch(() => {});
  }

  /** The result shown, or null before the first one. Setting it renders that result without analysing. */
  get result() {
    return this._result;
  }
  set result(value) {
    if (!value || typeof value !== 'object' || typeof value.text !== 'string') {
      throw new TypeError('<article-analyser>.result: expected an article-analysis/1 result object');
    }
    this._text = null;
    this._result = value;
    if (this._view) this._show(value);
  }

  /** Analyses `text` and shows it; resolves to the result (also sent as a `result` event). */
  async analyse(text) {
    const seq = ++this._seq;
    this._text = String(text);
    this.setAttribute('aria-busy', 'true');
    try {
      const analyser = await sharedAnalyser(this.hasAttribute('worker'), this.getAttribute('base'));
      const input = this.getAttribute('input') ?? 'auto';
      const result = await analyser.analyse(this._text, {input, offsets: 'utf16'});
      if (seq !== this._seq) return result;  // a newer text arrived meanwhile
      this._result = result;
      if (this._view) await this._show(result);
      return result;
    } catch (e) {
      if (seq === this._seq) {
        this.removeAttribute('aria-busy');
        this.dispatchEvent(new CustomEvent('error', {detail: e}));
      }
      throw e;
    }
  }

  async _show(result) {
    const seq = this._seq;
    await renderArticle(this._view, result);
    if (seq !== this._seq) return;
    this.removeAttribute('aria-busy');
    this.dispatchEvent(new CustomEvent('result', {detail: result}));
  }
}

if (!customElements.get('article-analyser')) customElements.define('article-analyser', ArticleAnalyserElement);
