// article-analyser: the highlighted view of a result, shared by the page, the <article-analyser> element and
// the CMS preview script. DOM built with createElement/textContent only: analysed text is never parsed as HTML.
//
// Hooks: entity highlights  <mark class="aa-entity" data-label data-cluster data-entity>
//        quote highlights   <mark class="aa-quote" data-quote data-quote-kind data-speaker>
//        speaker mentions   <span class="aa-mention" data-mention-of="<quote indices>">, cues <span class="aa-cue">
//        sentences          <span class="aa-sentence" data-sentence>; blocks carry data-block="title|paragraph|..."

export const LABELS = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY'];
export const LABEL_NAMES = {
  PERSON: 'Person', ORG: 'Organisation', GPE: 'Country, city, state', LOC: 'Other place', NORP: 'Group',
  EVENT: 'Event', DATE: 'Date', TIME: 'Time', MONEY: 'Money', PERCENT: 'Percentage', QUANTITY: 'Quantity',
};
export const QUOTE_KINDS = ['direct', 'partial', 'indirect', 'block', 'scare'];
export const QUOTE_KIND_NAMES = {
  direct: 'Direct quote', partial: 'Partial quote', indirect: 'Indirect (reported) speech', block: 'Block quote',
  scare: 'Scare quote',
};

const BLOCK_TAGS = {
  title: 'h2', subtitle: 'p', byline: 'p', date: 'p', heading: 'h3', caption: 'p', credit: 'p', paragraph: 'p',
  boilerplate: 'p',
};

function el(tag, className, attrs) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  return e;
}

/** Adds article-analyser.css (beside this module) to the document once, unless the page already has it. */
export function ensureStyles(doc = document) {
  if (doc.querySelector('link[data-aa-style], style[data-aa-style], link[href$="article-analyser.css"]')) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('article-analyser.css', import.meta.url).href;
  link.dataset.aaStyle = '';
  doc.head.appendChild(link);
}

/** The article's blocks in reading order: [{start, end, kind, iso?}]; the whole text if the core found none. */
export function articleBlocks(result) {
  const a = result.article ?? {};
  const blocks = [];
  const add = (span, kind) => {
    if (span && span.end > span.start) blocks.push({start: span.start, end: span.end, kind, iso: span.iso});
  };
  add(a.title, 'title');
  add(a.subtitle, 'subtitle');
  // article.byline spans the names ("Jane Doe") and article.date the date itself ("14 March 2024"); their blocks
  // are the whole lines ("By Jane Doe, Reuters", "Published 14 March 2024"): the sentences over them, since a
  // sentence never crosses a block.
  const line = (span) => {
    let {start, end} = span;
    for (const s of result.sentences ?? []) {
      if (s.start < span.end && s.end > span.start) {
        start = Math.min(start, s.start);
        end = Math.max(end, s.end);
      }
    }
    return {...span, start, end};
  };
  if (a.byline) add(line(a.byline), 'byline');
  if (a.date) add(line(a.date), 'date');
  for (const [list, kind] of [['headings', 'heading'], ['captions', 'caption'], ['credits', 'credit'],
                              ['paragraphs', 'paragraph'], ['boilerplate', 'boilerplate']]) {
    for (const s of a[list] ?? []) add(s, kind);
  }
  blocks.sort((x, y) => x.start - y.start || y.end - x.end);
  const out = [];
  for (const b of blocks) {
    if (out.length && b.start < out[out.length - 1].end) continue;  // blocks never overlap; keep the first
    out.push(b);
  }
  if (!out.length && result.text) out.push({start: 0, end: result.text.length, kind: 'paragraph'});
  return out;
}

// One level of nesting: spans sorted by start; at each point the covering span that starts first (then the
// longest) is the active one.
function level(spans) {
  return spans.filter((s) => s.end > s.start).sort((x, y) => x.start - y.start || y.end - x.end);
}

function speakerMarks(result) {
  // Speaker mentions and cues, merged by position: one element can serve several quotes.
  const byPos = new Map();
  (result.quotes ?? []).forEach((q, i) => {
    for (const [span, kind] of [[q.speaker?.mention, 'mention'], [q.cue, 'cue']]) {
      if (!span || span.end <= span.start) continue;
      const key = `${kind}:${span.start}:${span.end}`;
      if (!byPos.has(key)) byPos.set(key, {start: span.start, end: span.end, kind, quotes: []});
      byPos.get(key).quotes.push(i);
    }
  });
  return [...byPos.values()];
}

/**
 * Renders `result` (utf16 offsets) into `container`, replacing its content. Big results render in slices so the
 * page stays responsive: returns a Promise that resolves when done. options.onProgress(fraction),
 * options.signal (AbortSignal) stops a stale render; options.showBoilerplate renders boilerplate blocks.
 * options.lazy: blocks render by chunks of CHUNK_BLOCKS, the first ones at once and the others when they come
 * near the screen (an IntersectionObserver), so a 1 MB article costs what is on screen; ensureRendered()
 * renders a chunk on demand (to jump to a mention) and renderAll() everything (to print).
 * options.roving: highlights are not tab stops (tabindex -1): the page makes the article one tab stop itself.
 */
export const CHUNK_BLOCKS = 40;
const lazyState = new WeakMap();

export async function renderArticle(container, result, options = {}) {
  if (result?.input?.offsets && result.input.offsets !== 'utf16') {
    throw new Error('article-analyser view: render a result with utf16 offsets');
  }
  lazyState.get(container)?.observer?.disconnect();
  lazyState.delete(container);
  const text = result.text ?? '';
  const clusters = result.clusters ?? [];
  const levels = [
    level((result.sentences ?? []).map((s, i) => ({start: s.start, end: s.end, i}))),
    level((result.quotes ?? []).map((q, i) => ({start: q.start, end: q.end, i, q}))),
    level((result.entities ?? []).map((e, i) => ({start: e.start, end: e.end, i, e}))),
    level(speakerMarks(result)),
  ];
  const makers = [
    (s) => el('span', 'aa-sentence', {'data-sentence': s.i}),
    (s) => {
      const q = s.q;
      const speaker = q.speaker?.name ?? '';
      return el('mark', `aa-quote aa-quote-${q.kind}`, {
        'data-quote': s.i, 'data-quote-kind': q.kind, 'data-speaker': speaker,
        'data-speaker-cluster': q.speaker?.cluster ?? '', 'data-edited': q.edited ? 'true' : undefined,
        'aria-description': `${QUOTE_KIND_NAMES[q.kind] ?? q.kind}, ${speakerText(q)}${q.edited ? ', corrected' : ''}`,
      });
    },
    (s) => {
      const e = s.e;
      const c = e.cluster != null ? clusters[e.cluster] : null;
      return el('mark', 'aa-entity', {
        'data-entity': s.i, 'data-label': e.label, 'data-cluster': e.cluster ?? '',
        'data-edited': e.edited ? 'true' : undefined,
        'aria-description': `${LABEL_NAMES[e.label] ?? e.label}${c ? `: ${c.name}, ${c.mentions.length} mention${c.mentions.length === 1 ? '' : 's'}` : ''}${e.edited ? ', corrected' : ''}`,
      });
    },
    (s) => el('span', s.kind === 'cue' ? 'aa-cue' : 'aa-mention',
              {[s.kind === 'cue' ? 'data-cue-of' : 'data-mention-of']: s.quotes.join(' ')}),
  ];
  const firstPart = new Set();  // quotes and entities whose first element is placed: later parts not tab stops
  const blocks = articleBlocks(result).filter((b) => options.showBoilerplate || b.kind !== 'boilerplate');
  const tabIndex = options.roving ? -1 : 0;

  // One block into its element; `cursors` (one per level) only move forward.
  const renderBlock = (b, cursors) => {
    const blockEl = el(BLOCK_TAGS[b.kind] ?? 'p', `aa-block aa-${b.kind}`, {'data-block': b.kind, 'data-start': b.start, 'data-end': b.end});
    const host = b.kind === 'date' && b.iso ? blockEl.appendChild(el('time', '', {datetime: b.iso})) : blockEl;
    // Spans of each level that overlap this block, and the segment boundaries they make.
    const inBlock = levels.map((spans, li) => {
      while (cursors[li] < spans.length && spans[cursors[li]].end <= b.start) ++cursors[li];
      const list = [];
      for (let k = cursors[li]; k < spans.length && spans[k].start < b.end; ++k) if (spans[k].end > b.start) list.push(spans[k]);
      return list;
    });
    const cuts = new Set([b.start, b.end]);
    for (const list of inBlock) {
      for (const s of list) {
        if (s.start > b.start && s.start < b.end) cuts.add(s.start);
        if (s.end > b.start && s.end < b.end) cuts.add(s.end);
      }
    }
    const points = [...cuts].sort((x, y) => x - y);
    const active = inBlock.map(() => []);
    const next = inBlock.map(() => 0);
    const open = [null, null, null, null];  // {span, el} per level
    for (let p = 0; p + 1 < points.length; ++p) {
      const from = points[p], to = points[p + 1];
      const current = inBlock.map((list, li) => {
        while (next[li] < list.length && list[next[li]].start <= from) active[li].push(list[next[li]++]);
        active[li] = active[li].filter((s) => s.end > from);
        return active[li].length ? active[li][0] : null;  // sorted by start then length: the outermost
      });
      let changed = 0;
      while (changed < 4 && (open[changed]?.span ?? null) === current[changed]) ++changed;
      for (let li = changed; li < 4; ++li) open[li] = null;
      for (let li = changed; li < 4; ++li) {
        const s = current[li];
        if (!s) continue;
        const node = makers[li](s);
        if ((li === 1 || li === 2) && !firstPart.has(`${li}:${s.i}`)) {
          firstPart.add(`${li}:${s.i}`);
          node.tabIndex = tabIndex;
        }
        let parent = host;
        for (let k = li - 1; k >= 0; --k) if (open[k]) { parent = open[k].el; break; }
        parent.appendChild(node);
        open[li] = {span: s, el: node};
      }
      let parent = host;
      for (let k = 3; k >= 0; --k) if (open[k]) { parent = open[k].el; break; }
      parent.appendChild(document.createTextNode(text.slice(from, to)));
    }
    return blockEl;
  };

  container.replaceChildren();
  container.classList.add('aa-view');

  if (options.lazy && blocks.length > 3 * CHUNK_BLOCKS) {
    // Chunks of blocks; each remembers where the cursors stand at its first block.
    const chunks = [];
    const cursors = levels.map(() => 0);
    for (let k = 0; k < blocks.length; k += CHUNK_BLOCKS) {
      const first = blocks[k];
      levels.forEach((spans, li) => {
        while (cursors[li] < spans.length && spans[cursors[li]].end <= first.start) ++cursors[li];
      });
      const wrapper = el('div', 'aa-chunk', {'data-chunk': chunks.length});
      const part = blocks.slice(k, k + CHUNK_BLOCKS);
      chunks.push({el: wrapper, blocks: part, cursors: [...cursors], done: false,
                   start: part[0].start, end: part[part.length - 1].end});
    }
    let perChar = 0;  // pixels of height per character, measured on the first chunk
    const fill = (c) => {
      if (c.done) return;
      c.done = true;
      const cur = [...c.cursors];
      const frag = document.createDocumentFragment();
      for (const b of c.blocks) frag.appendChild(renderBlock(b, cur));
      c.el.replaceChildren(frag);
      c.el.style.removeProperty('min-height');
      c.el.classList.add('aa-chunk-done');
      state.observer?.unobserve(c.el);
    };
    const state = {chunks, fill, observer: null};
    lazyState.set(container, state);
    const frag = document.createDocumentFragment();
    for (const c of chunks) frag.appendChild(c.el);
    container.appendChild(frag);
    fill(chunks[0]);
    const h = chunks[0].el.getBoundingClientRect().height;
    perChar = h / Math.max(1, chunks[0].end - chunks[0].start);
    for (const c of chunks.slice(1)) c.el.style.setProperty('min-height', `${Math.round(perChar * (c.end - c.start))}px`);
    if (typeof IntersectionObserver === 'function') {
      state.observer = new IntersectionObserver((entries) => {
        for (const en of entries) if (en.isIntersecting) fill(chunks[Number(en.target.dataset.chunk)]);
      }, {rootMargin: '1500px 0px'});
      for (const c of chunks.slice(1)) state.observer.observe(c.el);
    } else {
      for (const c of chunks) fill(c);
    }
    options.onProgress?.(1);
    return true;
  }

  const cursors = levels.map(() => 0);
  const frag = document.createDocumentFragment();
  let lastYield = performance.now();
  for (let bi = 0; bi < blocks.length; ++bi) {
    frag.appendChild(renderBlock(blocks[bi], cursors));
    if (performance.now() - lastYield > 30 && bi + 1 < blocks.length) {
      container.appendChild(frag);
      options.onProgress?.((bi + 1) / blocks.length);
      await new Promise((r) => setTimeout(r, 0));
      if (options.signal?.aborted) return false;
      lastYield = performance.now();
    }
  }
  container.appendChild(frag);
  options.onProgress?.(1);
  return true;
}

/** A lazily rendered view: renders the chunk that holds `offset` now (no-op when everything is rendered). */
export function ensureRendered(container, offset) {
  const s = lazyState.get(container);
  if (!s) return;
  const c = s.chunks.find((x) => offset < x.end) ?? s.chunks[s.chunks.length - 1];
  if (c) s.fill(c);
}
/** A lazily rendered view: renders every chunk now (before printing, or to search the whole DOM). */
export function renderAll(container) {
  const s = lazyState.get(container);
  if (s) for (const c of s.chunks) s.fill(c);
}

/** Why a quote has no speaker (speaker.reason of the JSON), in words. */
export const NO_SPEAKER_REASONS = {
  'scare': 'a scare quote, no one is said to have spoken it',
  'passive-cue': 'the cue is passive',
  'speaker-not-named': 'the one who speaks is not named',
  'no-cue': 'no cue names one',
};

/**
 * Describes a quote's speaker for people: "Grace Okonkwo", "anonymous sources", "no speaker: the cue is passive",
 * "no speaker found" (no reason given).
 */
export function speakerText(q) {
  if (q.speaker?.name) return q.speaker.name;
  if (q.speaker?.anonymous) return 'anonymous source';
  const why = q.speaker?.reason;
  return why ? `no speaker: ${NO_SPEAKER_REASONS[why] ?? why}` : 'no speaker found';
}

/**
 * Hover and focus behaviour: a quote shows its speaker, cue and kind in a tooltip and highlights the speaker's
 * mention; a name highlights every mention of its cluster. Returns a function that removes the listeners.
 */
export function attachInteractions(container, getResult) {
  const doc = container.ownerDocument;
  const tip = el('div', 'aa-tooltip', {role: 'tooltip', id: `aa-tip-${Math.random().toString(36).slice(2)}`});
  tip.hidden = true;
  doc.body.appendChild(tip);
  let activeQuote = null, activeCluster = null, describedBy = null;

  const setClass = (selector, cls, on) => {
    for (const n of container.querySelectorAll(selector)) n.classList.toggle(cls, on);
  };
  const clearQuote = () => {
    if (activeQuote === null) return;
    setClass(`[data-quote="${activeQuote}"]`, 'aa-active', false);
    setClass(`[data-mention-of~="${activeQuote}"]`, 'aa-speaker-active', false);
    setClass(`[data-cue-of~="${activeQuote}"]`, 'aa-cue-active', false);
    describedBy?.removeAttribute('aria-describedby');
    describedBy = null;
    activeQuote = null;
    tip.hidden = true;
  };
  const clearCluster = () => {
    if (activeCluster === null) return;
    setClass(`.aa-entity[data-cluster="${activeCluster}"]`, 'aa-cluster-active', false);
    activeCluster = null;
  };
  const showQuote = (node) => {
    const i = Number(node.dataset.quote);
    if (activeQuote === i) return;
    clearQuote();
    const q = getResult()?.quotes?.[i];
    if (!q) return;
    activeQuote = i;
    setClass(`[data-quote="${i}"]`, 'aa-active', true);
    setClass(`[data-mention-of~="${i}"]`, 'aa-speaker-active', true);
    setClass(`[data-cue-of~="${i}"]`, 'aa-cue-active', true);
    const rows = [['Speaker', speakerText(q)], ['Cue', q.cue?.text ?? '—'], ['Kind', QUOTE_KIND_NAMES[q.kind] ?? q.kind]];
    tip.replaceChildren();
    const dl = tip.appendChild(el('dl'));
    for (const [k, v] of rows) {
      dl.appendChild(el('dt')).textContent = k;
      dl.appendChild(el('dd')).textContent = v;
    }
    // What the speaker is reported to have said (contract: quote.content), when it is more than the quoted
    // words: the clause faint, the quoted words strong.
    const text = getResult()?.text ?? '';
    const c = q.content;
    if (c && c.end > c.start && (c.start !== q.start || c.end !== q.end) && text) {
      dl.appendChild(el('dt')).textContent = 'Content';
      const dd = dl.appendChild(el('dd', 'aa-content'));
      const cut = (a, b) => text.slice(Math.max(a, c.start), Math.min(b, c.end));
      const clip = (s, fromEnd) => (s.length > 160 ? (fromEnd ? `…${s.slice(-160)}` : `${s.slice(0, 160)}…`) : s);
      const before = cut(c.start, q.start), inner = cut(Math.max(q.start, c.start), Math.min(q.end, c.end)), after = cut(q.end, c.end);
      if (before) dd.appendChild(el('span', 'aa-content-clause')).textContent = clip(before, true);
      if (inner) dd.appendChild(el('strong', 'aa-content-quote')).textContent = clip(inner, false);
      if (after) dd.appendChild(el('span', 'aa-content-clause')).textContent = clip(after, false);
    }
    tip.hidden = false;
    // Placed below (or above) everything the quote involves: its parts, its cue and its speaker's mention, so the
    // tooltip never hides the attribution.
    let top = Infinity, bottom = -Infinity, leftmost = Infinity;
    const vh = doc.documentElement.clientHeight;
    for (const n of container.querySelectorAll(`[data-quote="${i}"], [data-cue-of~="${i}"], [data-mention-of~="${i}"]`)) {
      for (const r of n.getClientRects()) {
        if (r.bottom < -vh || r.top > 2 * vh) continue;  // parts far off screen do not count
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      }
    }
    const r = node.getBoundingClientRect();
    if (!Number.isFinite(top)) { top = r.top; bottom = r.bottom; }
    leftmost = r.left;
    const w = tip.offsetWidth, h = tip.offsetHeight;
    const vw = doc.documentElement.clientWidth;
    const left = Math.max(4, Math.min(leftmost, vw - w - 4));
    let y;
    if (bottom + 6 + h <= vh) y = bottom + 6;
    else if (top - h - 6 >= 0) y = top - h - 6;
    else y = r.bottom + 6 + h <= vh ? r.bottom + 6 : Math.max(4, r.top - h - 6);
    tip.style.setProperty('left', `${left}px`);
    tip.style.setProperty('top', `${Math.max(4, y)}px`);
    const focusable = container.querySelector(`[data-quote="${i}"][tabindex]`);
    if (focusable) {
      focusable.setAttribute('aria-describedby', tip.id);
      describedBy = focusable;
    }
  };
  const showCluster = (node) => {
    const c = node.dataset.cluster;
    if (c === '' || c === undefined) return clearCluster();
    if (activeCluster === c) return;
    clearCluster();
    activeCluster = c;
    setClass(`.aa-entity[data-cluster="${c}"]`, 'aa-cluster-active', true);
  };
  const update = (target) => {
    const q = target instanceof Element ? target.closest('.aa-quote') : null;
    const e = target instanceof Element ? target.closest('.aa-entity') : null;
    if (q && container.contains(q)) showQuote(q); else clearQuote();
    if (e && container.contains(e)) showCluster(e); else clearCluster();
  };
  const onOver = (ev) => update(ev.target);
  // A focused name shows its cluster only: the quote around it is not what the reader asked for.
  const onFocusIn = (ev) => {
    const t = ev.target;
    if (t instanceof Element && t.matches('.aa-entity') && container.contains(t)) {
      clearQuote();
      showCluster(t);
    } else {
      update(t);
    }
  };
  const onLeave = () => {
    if (container.contains(doc.activeElement)) update(doc.activeElement); else { clearQuote(); clearCluster(); }
  };
  const onFocusOut = (ev) => {
    if (!container.contains(ev.relatedTarget)) { clearQuote(); clearCluster(); }
  };
  const onKey = (ev) => {
    if (ev.key === 'Escape') { clearQuote(); clearCluster(); }
  };
  container.addEventListener('pointerover', onOver);
  container.addEventListener('pointerleave', onLeave);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  container.addEventListener('keydown', onKey);
  return () => {
    clearQuote();
    clearCluster();
    container.removeEventListener('pointerover', onOver);
    container.removeEventListener('pointerleave', onLeave);
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('focusout', onFocusOut);
    container.removeEventListener('keydown', onKey);
    tip.remove();
  };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu;
export function countWords(s) {
  return (s.match(WORD) ?? []).length;
}

/**
 * What the side panel and the exports show: entity groups by cluster, and who is quoted.
 * groups: [{key, label, name, titles, count, entities: [indices]}] (largest first); entities with no cluster are
 * grouped by label and text. speakers: [{key, name, cluster, kinds: {direct, ...}, total, words, share, quotes}].
 */
export function summarise(result) {
  const entities = result.entities ?? [];
  const clusters = result.clusters ?? [];
  const groups = new Map();
  entities.forEach((e, i) => {
    const c = e.cluster != null ? clusters[e.cluster] : null;
    const key = c ? `c${e.cluster}` : `t${e.label}:${e.text}`;
    if (!groups.has(key)) {
      groups.set(key, {key, cluster: c ? e.cluster : null, label: c?.label ?? e.label, name: c?.name ?? e.text,
                       titles: c?.titles ?? [], count: 0, entities: []});
    }
    const g = groups.get(key);
    g.count++;
    g.entities.push(i);
  });
  const groupList = [...groups.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

  const speakers = new Map();
  let totalWords = 0;
  (result.quotes ?? []).forEach((q, i) => {
    const sp = q.speaker ?? {};
    const key = sp.cluster != null ? `c${sp.cluster}` : sp.name ? `n${sp.name}` : sp.anonymous ? 'anon' : 'none';
    if (!speakers.has(key)) {
      const kinds = Object.fromEntries(QUOTE_KINDS.map((k) => [k, 0]));
      // One group for every quote with no speaker, whatever the reason.
      const name = key === 'none' ? 'no speaker found' : speakerText(q);
      speakers.set(key, {key, name, cluster: sp.cluster ?? null, known: !!sp.name, kinds, total: 0,
                         words: 0, share: 0, quotes: []});
    }
    const s = speakers.get(key);
    const words = countWords(q.text);
    s.kinds[q.kind] = (s.kinds[q.kind] ?? 0) + 1;
    s.total++;
    s.words += words;
    s.quotes.push(i);
    totalWords += words;
  });
  const speakerList = [...speakers.values()].sort((a, b) => b.words - a.words || b.total - a.total);
  for (const s of speakerList) s.share = totalWords ? s.words / totalWords : 0;
  return {groups: groupList, speakers: speakerList, quotedWords: totalWords};
}

function csvCell(v) {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;  // a spreadsheet would read it as a formula
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The entity table as CSV (RFC 4180, CRLF): start,end,text,label,cluster,cluster_name,score. */
export function entitiesCsv(result) {
  const clusters = result.clusters ?? [];
  const rows = [['start', 'end', 'text', 'label', 'cluster', 'cluster_name', 'score']];
  for (const e of result.entities ?? []) {
    rows.push([e.start, e.end, e.text, e.label, e.cluster ?? '', e.cluster != null ? clusters[e.cluster]?.name : '', e.score]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The quotes with their speakers, one a line: `Speaker (kind, cue): text`. */
export function quotesText(result) {
  return (result.quotes ?? []).map((q) => {
    const cue = q.cue?.text ? `, ${q.cue.text}` : '';
    return `${speakerText(q)} (${q.kind}${cue}): ${q.text.replace(/\s+/g, ' ')}`;
  }).join('\n') + ((result.quotes ?? []).length ? '\n' : '');
}
