// Highlights entities and quotes in place, inside an existing preview pane (a CMS article preview, say): the
// pane keeps its own markup; text nodes are split and wrapped in the same <mark> elements as the page uses.
//
//   import {highlightPreview} from './cms-preview.mjs';
//   const preview = await highlightPreview('#preview', {watch: true});   // selector (or element) in
//   preview.results      // one result per matched element, highlights out
//   preview.clear();     // removes the highlights;  preview.dispose() also stops watching
//
// The text analysed is the pane's text with a blank line between block elements, so the core sees paragraphs.
// Nothing is ever parsed as HTML: the pane's own nodes are moved, never re-serialised.
import {createAnalyser} from './article-analyser.mjs';
import {attachInteractions, ensureStyles} from './aa-view.mjs';

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
                       'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
                       'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

/** The pane's text and where each text node sits in it: {text, pieces: [{node, start}]}. */
export function collectText(root) {
  let text = '';
  const pieces = [];
  const breakBlock = () => {
    if (text && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
  };
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        // Source formatting (indentation between tags) is not text; a space between inline elements is.
        if (!n.data || (/^\s*$/.test(n.data) && /[\n\r]/.test(n.data))) continue;
        pieces.push({node: n, start: text.length});
        text += n.data;
      } else if (n.nodeType === Node.ELEMENT_NODE && !SKIP.has(n.tagName)) {
        const block = BLOCK.has(n.tagName);
        if (block) breakBlock();
        walk(n);
        if (block) breakBlock();
      }
    }
  };
  walk(root);
  // The breaks added after the last block belong to no node.
  const last = pieces.length ? pieces[pieces.length - 1].start + pieces[pieces.length - 1].node.data.length : 0;
  return {text: text.slice(0, last), pieces};
}

function wrapSpans(root, result, pieces) {
  const quotes = result.quotes.map((q, i) => ({...q, i})).filter((q) => q.end > q.start);
  const entities = result.entities.map((e, i) => ({...e, i})).filter((e) => e.end > e.start);
  const at = (list, pos) => {  // the outermost span covering [pos, pos+1)
    let best = null;
    for (const s of list) if (s.start <= pos && pos < s.end && (!best || s.start < best.start)) best = s;
    return best;
  };
  for (const {node, start} of pieces) {
    const end = start + node.data.length;
    const cuts = new Set([start, end]);
    for (const s of [...quotes, ...entities]) {
      if (s.start > start && s.start < end) cuts.add(s.start);
      if (s.end > start && s.end < end) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    // Split from the end so earlier offsets stay valid; then wrap each part that lies in a span.
    const parts = [];
    let rest = node;
    for (let k = points.length - 2; k >= 1; --k) parts.unshift({node: rest.splitText(points[k] - start), from: points[k]});
    parts.unshift({node: rest, from: start});
    for (const part of parts) {
      const q = at(quotes, part.from), e = at(entities, part.from);
      if (!q && !e) continue;
      let target = part.node;
      if (e) {
        const m = document.createElement('mark');
        m.className = 'aa-entity';
        m.dataset.entity = e.i;
        m.dataset.label = e.label;
        m.dataset.cluster = e.cluster ?? '';
        target.replaceWith(m);
        m.appendChild(target);
        target = m;
      }
      if (q) {
        const m = document.createElement('mark');
        m.className = `aa-quote aa-quote-${q.kind}`;
        m.dataset.quote = q.i;
        m.dataset.quoteKind = q.kind;
        m.dataset.speaker = q.speaker?.name ?? '';
        target.replaceWith(m);
        m.appendChild(target);
      }
    }
  }
}

/** Removes the highlights added to `root` and joins the text nodes back. */
export function clearHighlights(root) {
  for (const m of root.querySelectorAll('mark.aa-entity, mark.aa-quote')) m.replaceWith(...m.childNodes);
  root.normalize();
  root.classList.remove('aa-view');
}

/**
 * Analyses every element matching `target` (a selector, an element or a list of elements) and highlights it.
 * options.analyser: an analyser from createAnalyser() to use; options.worker: start one in a worker;
 * options.watch: analyse again (debounced) when the pane's content changes.
 */
export async function highlightPreview(target, options = {}) {
  const roots = typeof target === 'string' ? [...document.querySelectorAll(target)] :
                target instanceof Element ? [target] : [...target];
  if (!roots.length) throw new Error(`highlightPreview: nothing matches ${typeof target === 'string' ? target : 'the target'}`);
  ensureStyles(roots[0].ownerDocument);
  const own = !options.analyser;
  const analyser = options.analyser ?? await createAnalyser({worker: !!options.worker});
  const state = {results: [], observers: [], detach: [], timer: 0};
  const run = async () => {
    for (const o of state.observers) o.disconnect();
    state.results = [];
    for (const root of roots) {
      clearHighlights(root);
      const {text, pieces} = collectText(root);
      const result = await analyser.analyse(text, {input: 'text', offsets: 'utf16'});
      wrapSpans(root, result, pieces);
      root.classList.add('aa-view');
      state.results.push(result);
      root.dispatchEvent(new CustomEvent('result', {detail: result}));
    }
    for (const o of state.observers) for (const root of roots) o.observe(root, {childList: true, subtree: true, characterData: true});
  };
  roots.forEach((root, k) => state.detach.push(attachInteractions(root, () => state.results[k])));
  if (options.watch) {
    state.observers.push(new MutationObserver(() => {
      clearTimeout(state.timer);
      state.timer = setTimeout(() => run().catch((e) => console.error(e)), 400);
    }));
  }
  await run();
  return {
    get results() {
      return state.results;
    },
    refresh: run,
    clear() {
      for (const root of roots) clearHighlights(root);
    },
    dispose() {
      clearTimeout(state.timer);
      for (const o of state.observers) o.disconnect();
      for (const d of state.detach) d();
      for (const root of roots) clearHighlights(root);
      if (own) analyser.dispose();
    },
  };
}
