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
 */
export async function renderArticle(container, result, options = {}) {
  if (result?.input?.offsets && result.input.offsets !== 'utf16') {
    throw new Error('article-analyser view: render a result with utf16 offsets');
  }
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
        'data-speaker-cluster': q.speaker?.cluster ?? '',
        'aria-description': `${QUOTE_KIND_NAMES[q.kind] ?? q.kind}${speaker ? `, ${speaker}` : ', no speaker found'}`,
      });
    },
    (s) => {
      const e = s.e;
      const c = e.cluster != null ? clusters[e.cluster] : null;
      return el('mark', 'aa-entity', {
        'data-entity': s.i, 'data-label': e.label, 'data-cluster': e.cluster ?? '',
        'aria-description': `${LABEL_NAMES[e.label] ?? e.label}${c ? `: ${c.name}, ${c.mentions.length} mention${c.mentions.length === 1 ? '' : 's'}` : ''}`,
      });
    },
    (s) => el('span', s.kind === 'cue' ? 'aa-cue' : 'aa-mention',
              {[s.kind === 'cue' ? 'data-cue-of' : 'data-mention-of']: s.quotes.join(' ')}),
  ];
  const cursors = levels.map(() => 0);
  const firstPart = new Set();  // quotes and entities whose first element is placed: later parts not tab stops
  const blocks = articleBlocks(result).filter((b) => options.showBoilerplate || b.kind !== 'boilerplate');

  const frag = document.createDocumentFragment();
  container.replaceChildren();
  container.classList.add('aa-view');
  let lastYield = performance.now();

  for (let bi = 0; bi < blocks.length; ++bi) {
    const b = blocks[bi];
    const blockEl = el(BLOCK_TAGS[b.kind] ?? 'p', `aa-block aa-${b.kind}`, {'data-block': b.kind});
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
          node.tabIndex = 0;
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
    frag.appendChild(blockEl);
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

/** Describes a quote's speaker for people: "Grace Okonkwo", "anonymous sources", "no speaker found". */
export function speakerText(q) {
  if (q.speaker?.name) return q.speaker.name;
  return q.speaker?.anonymous ? 'anonymous source' : 'no speaker found';
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
    tip.hidden = false;
    const r = node.getBoundingClientRect();
    const w = tip.offsetWidth, h = tip.offsetHeight;
    const vw = doc.documentElement.clientWidth;
    const left = Math.max(4, Math.min(r.left, vw - w - 4));
    const top = r.bottom + 6 + h > doc.documentElement.clientHeight ? r.top - h - 6 : r.bottom + 6;
    tip.style.setProperty('left', `${left}px`);
    tip.style.setProperty('top', `${Math.max(4, top)}px`);
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
  container.addEventListener('focusin', onOver);
  container.addEventListener('focusout', onFocusOut);
  container.addEventListener('keydown', onKey);
  return () => {
    clearQuote();
    clearCluster();
    container.removeEventListener('pointerover', onOver);
    container.removeEventListener('pointerleave', onLeave);
    container.removeEventListener('focusin', onOver);
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
      speakers.set(key, {key, name: speakerText(q), cluster: sp.cluster ?? null, known: !!sp.name, kinds, total: 0,
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
