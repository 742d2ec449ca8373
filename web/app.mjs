// The page: paste, type, drop or pick the sample; the analysis runs in a Web Worker and the view follows. An editor
// can correct what the analyser found (kept per text, undo/redo, carried in the exports), see the source balance,
// export spreadsheets and print. Analysed text only ever enters the page as text nodes.
import {createAnalyser} from './article-analyser.mjs';
import {LABELS, LABEL_NAMES, QUOTE_KINDS, QUOTE_KIND_NAMES, renderArticle, attachInteractions, summarise, entitiesCsv,
        quotesText, countWords, speakerText, ensureRendered, renderAll} from './aa-view.mjs';
import {applyCorrections, textHash, correctionStore, history, stepsFromExport, remapSteps} from './corrections.mjs';
import {sourceBalance, barChart, METHOD_NOTE, SOURCE_TYPES, SOURCE_TYPE_NAMES, GENDERS} from './balance.mjs';
import {peopleCsv, quotesCsv, balanceCsv, fileName} from './exports.mjs';
import {guessLanguage, LANGUAGE_NAMES} from './language.mjs';

const $ = (id) => document.getElementById(id);
const input = $('input'), kindSelect = $('input-kind'), view = $('view'), statusEl = $('status'), progress = $('progress');
const LARGE = 200_000;  // characters: above this, show progress and wait longer before analysing
const CANCEL_ABOVE = 20_000;  // characters: a new text cancels an analysis of more than this in flight
const LIST_MAX = 40;  // panel items shown per list before "Show all"

const state = {
  analyser: null, base: null, result: null, seq: 0, shownSeq: 0, busy: false, queued: false, render: null, timer: 0,
  hash: null, history: history(), selected: null, returnTo: null, inflight: null, restarting: null, spare: null,
  resultsFirst: false,
};
const store = correctionStore();
const timings = {start: performance.now(), ready: null, firstResult: null, last: null, loadProgress: []};
// For the browser tests and for debugging: the page's state, timings, and a way to show a result made by hand.
window.__aa = {
  state, timings, renderAll: () => renderAll(view),
  showResult: (result) => show(result, ++state.seq, {text: result.text, large: false, analyseMs: 0, t0: performance.now()}),
};

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
function button(text, onClick, data) {
  const b = el('button', '', text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  for (const [k, v] of Object.entries(data ?? {})) b.dataset[k] = v;
  return b;
}
function setStatus(text) {
  statusEl.textContent = text;
}
function fmtBytes(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${Math.round(n / 1e3)} kB` : `${n} characters`;
}
const narrow = matchMedia('(max-width: 720px)');

// ---- the analyser ---------------------------------------------------------------------------------------------
// The offline single file carries the worker's code in a script element of type text/plain, which never runs.
function offlineWorkerUrl() {
  const src = document.getElementById('aa-worker-src');
  return src ? URL.createObjectURL(new Blob([src.textContent], {type: 'text/javascript'})) : undefined;
}

// The module's download: a bar with the bytes when the loader reports them (onProgress), else indeterminate.
function onLoadProgress({loaded, total} = {}) {
  if (state.analyser) return;
  timings.loadProgress.push({loaded, total, t: Math.round(performance.now())});
  progress.hidden = false;
  if (total > 0) {
    progress.max = total;
    progress.value = Math.min(loaded, total);
    setStatus(`Loading the analyser: ${fmtBytes(loaded).replace(' characters', ' bytes')} of ${fmtBytes(total).replace(' characters', ' bytes')}…`);
    document.body.dataset.loadProgress = String(Math.round((100 * loaded) / total));
  }
}

async function makeAnalyser({warmUp = false} = {}) {
  try {
    const workerUrl = offlineWorkerUrl();
    return await createAnalyser({worker: true, workerUrl, workerType: workerUrl ? 'classic' : 'module', onProgress: onLoadProgress,
                                 warmUp});
  } catch (e) {
    // No worker (an unusual embedding): analyse on this thread rather than not at all.
    console.warn(e);
    if (document.getElementById('aa-worker-src')) throw e;
    const local = await createAnalyser({onProgress: onLoadProgress});
    return {version: local.version, analyse: async (t, o) => local.analyse(t, o), dispose: () => local.dispose()};
  }
}

async function start() {
  progress.hidden = false;
  progress.removeAttribute('value');  // indeterminate until the loader reports bytes
  // The first analyser warms up in its worker while the page waits for a text (?nowarm: not; the bench's
  // "page, cold" row): the code the first analysis runs is then compiled before the editor pastes. A text that
  // comes first goes first, and the warm-up, which shows nothing, stops or does not start.
  const params = new URLSearchParams(location.search);
  state.analyser = await makeAnalyser({warmUp: !params.has('nowarm')});
  timings.ready = performance.now();
  if (state.analyser.warmUp && !params.has('nowarm')) {
    document.documentElement.dataset.warm = 'waiting';
    state.analyser.warmUp().then((outcome) => {
      timings.warm = {...outcome, at: performance.now()};
      document.documentElement.dataset.warm = outcome.state;
      // Then the page's own first rendering, on this thread (after the worker's: the two never compete).
      scheduleWarmRendering();
    });
  }
  progress.hidden = true;
  $('version').textContent = state.analyser.version;
  setStatus('Ready: paste an article, drop a file or load the sample.');
  document.body.dataset.state = 'ready';
  // A first visit shows what the page does: the built-in sample, analysed (?blank opens it empty). A text typed
  // or pasted while the analyser loaded, or kept from the last visit, goes first.
  if (input.value) {
    schedule(0);
  } else if (!params.has('blank') && await restoreDraft()) {
    schedule(0);
  } else if (!params.has('blank')) {
    state.resultsFirst = true;
    await loadSample();
  }
}

function schedule(delay) {
  clearTimeout(state.timer);
  if (state.busy && state.inflight && state.inflight.text.length > CANCEL_ABOVE && input.value !== state.inflight.text) {
    cancelInFlight('a new text');
  }
  state.timer = setTimeout(() => {
    state.timer = 0;
    analyseNow();
  }, delay ?? (input.value.length > LARGE ? 600 : 250));
}

// Stops the analysis in flight: through its AbortSignal when the API takes one, else (or if the worker does not
// answer within 300 ms) by ending the worker and starting a new one.
function cancelInFlight(why) {
  const job = state.inflight;
  if (!job || job.cancelled) return;
  job.cancelled = true;
  job.controller.abort();
  setStatus(`Stopped the analysis (${why}).`);
  const t0 = performance.now();
  const settled = job.promise.then(() => true, () => true);
  const timeout = new Promise((r) => setTimeout(() => r(false), 300));
  Promise.race([settled, timeout]).then((done) => {
    // For the tests and the curious: how the last cancellation went.
    timings.cancel = {path: done ? 'settled' : 'restart', ms: Math.round(performance.now() - t0), at: t0};
    if (done) {
      // The analyser honoured the signal: the analysis ended there and its rejection has freed the page.
      timings.cancel.readyMs = timings.cancel.ms;
      return;
    }
    if (state.restarting) return;
    const old = state.analyser;
    state.restarting = (async () => {
      try { old?.dispose?.(); } catch { /* already gone */ }
      state.analyser = null;
      timings.restarts = (timings.restarts ?? 0) + 1;
      // A spare analyser started with the long analysis takes over at once; otherwise a new one loads.
      const spare = state.spare;
      state.spare = null;
      state.analyser = (spare && await spare.catch(() => null)) ?? await makeAnalyser();
    })().finally(() => {
      state.restarting = null;
      timings.cancel.restartedMs = Math.round(performance.now() - t0);
      if (state.queued || input.value !== job.text) {
        state.queued = false;
        analyseNow();
      }
    });
    // The page is free at once; a text that comes while the new worker starts waits for it (analyseNow queues it).
    state.busy = false;
    state.inflight = null;
    $('cancel').hidden = true;
    progress.hidden = true;
    if (input.value === job.text && !state.timer) {
      state.shownSeq = state.seq;
      document.body.dataset.state = 'ready';
    }
    timings.cancel.readyMs = Math.round(performance.now() - t0);
  });
}
$('cancel').addEventListener('click', () => cancelInFlight('stopped'));

async function analyseNow() {
  if (!state.analyser || state.restarting) {
    state.queued = true;
    if (!state.analyser && !state.restarting) return;  // start() schedules when ready
    return;
  }
  if (state.busy) {  // one analysis at a time; the latest text goes next
    state.queued = true;
    return;
  }
  const text = input.value;
  const options = {input: kindSelect.value, offsets: 'utf16'};
  const seq = ++state.seq;
  const controller = new AbortController();
  state.busy = true;
  document.body.dataset.state = 'busy';
  const large = text.length > LARGE;
  if (large) {
    progress.hidden = false;
    progress.removeAttribute('value');
    setStatus(`Analysing ${fmtBytes(text.length)}…`);
  }
  // A long analysis may be cancelled (a new paste, Stop): a spare analyser loads meanwhile, in its own worker, so
  // that a cancellation does not wait for a new one to load and compile.
  if (text.length > LARGE && !state.spare) {
    state.spare = makeAnalyser().catch(() => null);
  }
  const t0 = performance.now();
  let result = null;
  const promise = state.analyser.analyse(text, {...options, signal: controller.signal});
  const job = {text, controller, promise, cancelled: false};
  state.inflight = job;
  // Stop shows for an analysis that takes a while (not as a flash for a quick one).
  if (text.length > CANCEL_ABOVE) {
    setTimeout(() => {
      if (state.inflight === job && !job.cancelled) $('cancel').hidden = false;
    }, 400);
  }
  try {
    result = await promise;
  } catch (e) {
    if (!job.cancelled) setStatus(`Could not analyse this text: ${e.message}`);
  }
  if (job.cancelled) {
    // cancelInFlight() restarts the worker if need be and analyses the latest text; an aborted promise that
    // settles here just makes room for it.
    if (!state.restarting) {
      state.busy = false;
      state.inflight = null;
      $('cancel').hidden = true;
      progress.hidden = true;
      if (input.value !== text || state.queued) {
        state.queued = false;
        analyseNow();
      } else {
        state.shownSeq = state.seq;
        document.body.dataset.state = 'ready';
      }
    }
    return;
  }
  const analysed = performance.now();
  state.busy = false;
  state.inflight = null;
  $('cancel').hidden = true;
  if (state.queued) {
    state.queued = false;
    if (input.value !== text || kindSelect.value !== options.input) {
      analyseNow();
      return;
    }
  }
  if (!result) {
    state.shownSeq = seq;
    progress.hidden = true;
    document.body.dataset.state = 'ready';
    return;
  }
  await show(result, seq, {text, large, analyseMs: analysed - t0, t0, key: `${options.input}:${textHash(text)}`});
}

// ---- showing a result (with its corrections) ------------------------------------------------------------------
async function show(base, seq, info) {
  if (info.large) await new Promise((r) => setTimeout(r, 0));  // the result's arrival was one long task already
  const previous = state.base && state.history.steps.length ? {key: state.hash, text: state.base.text, steps: state.history.steps,
                                                                kind: state.base.input?.kind} : null;
  state.base = base;
  state.hash = info.key ?? `r:${textHash(base.text ?? '')}`;
  let steps = store.load(state.hash);
  let carried = null;
  // An edit of a corrected text (a typo fixed) keeps the corrections: their offsets follow the edit.
  if (!steps.length && previous && previous.key !== state.hash && previous.kind === base.input?.kind &&
      state.hash.split(':')[0] === previous.key.split(':')[0]) {
    const r = remapSteps(previous.steps, previous.text ?? '', base.text ?? '');
    if (r.steps.length) {
      steps = r.steps;
      store.save(state.hash, steps);
      carried = r;
    }
  }
  state.history.reset(steps);
  const shown = await display(info);
  if (!shown) return;
  const total = performance.now() - info.t0;
  const r = state.result;
  // Words in the status: the exact count for ordinary articles, whitespace-separated runs for long ones (the exact
  // Unicode-aware count takes ~100 ms a megabyte on the main thread).
  const words = r.text.length > LARGE ? (r.text.match(/\S+/g) ?? []).length : countWords(r.text);
  setStatus(`${words.toLocaleString('en')} words, ${r.sentences.length} sentences, ${r.entities.length} entities, ` +
            `${r.quotes.length} quotes (analysed in ${Math.round(info.analyseMs)} ms, shown in ${Math.round(total)} ms).`);
  state.shownSeq = seq;
  const last = {analyseMs: info.analyseMs, totalMs: total, paintedMs: null, length: info.text.length, shownAt: performance.now()};
  timings.last = last;
  // Until painted: the frame that shows the result is laid out and painted after this task; a task queued from
  // that frame's requestAnimationFrame runs once it has been (the result is then on screen).
  requestAnimationFrame(() => setTimeout(() => {
    last.paintedMs = performance.now() - info.t0;
    document.body.dataset.paintedSeq = String(seq);
  }, 0));
  if (timings.firstResult === null && info.text.length) {
    timings.firstResult = performance.now();
    setTimeout(serviceWorker, 1000);  // once the first result is shown: its precaching never competes with it
  }
  languageNotice(r.text);
  if (carried) {
    $('corrections-status').textContent = `Corrections carried over to the edited text` +
        `${carried.dropped ? ` (${carried.dropped} touched the edited words and were dropped)` : ''}.`;
  }
  if (state.resultsFirst && narrow.matches) selectTab('article', false);
  state.resultsFirst = false;
  document.body.dataset.resultSeq = String(seq);
  if (!state.busy) document.body.dataset.state = 'ready';  // another analysis may have started while this showed
}

// Applies the corrections to the analyser's reading and renders the article and the panel.
async function display(info = {}) {
  const {result, skipped} = applyCorrections(state.base, state.history.steps);
  state.result = result;
  state.render?.abort();
  const render = new AbortController();
  state.render = render;
  const large = (result.text ?? '').length > LARGE;
  if (large) progress.max = 1;
  const focusedKey = view.contains(document.activeElement) ? itemKey(document.activeElement) : null;
  const done = await renderArticle(view, result, {
    signal: render.signal, lazy: true, roving: true,
    onProgress: (f) => {
      if (info.large) {
        progress.value = f;
        setStatus(`Showing ${Math.round(f * 100)}% of ${fmtBytes(info.text.length)}…`);
      }
    },
  });
  if (!done || render.signal.aborted) return false;
  initRoving(focusedKey);
  // The panel and the balance after the article, each in its own task: a long article never blocks the page long.
  const breathe = () => new Promise((r) => setTimeout(r, 0));
  if (large) await breathe();
  if (render.signal.aborted) return false;
  renderPanel(result);
  if (large) await breathe();
  if (render.signal.aborted) return false;
  renderBalance(result);
  progress.hidden = true;
  updateEditTools(skipped);
  renderEditBox({viewRebuilt: true});
  return true;
}

// Corrections: one step (a list of operations) at a time, saved at once.
function correct(ops, label) {
  if (!state.base) return;
  state.history.push(ops, label);
  saveCorrections(`${label}.`);
}
function saveCorrections(message) {
  const ok = store.save(state.hash, state.history.steps);
  display().then(() => {
    $('corrections-status').textContent = `${message}${ok ? '' : ' (not kept after a reload: this browser does not allow storage here)'}`;
  });
}
function updateEditTools(skipped = 0) {
  const n = state.history.steps.length;
  $('undo').disabled = !state.history.canUndo;
  $('redo').disabled = !state.history.canRedo;
  $('clear-corrections').disabled = n === 0;
  $('clear-corrections').textContent = n ? `Clear corrections (${n})` : 'Clear corrections';
  document.body.dataset.corrections = String(n);
  if (!n) $('corrections-status').textContent = '';
  else $('corrections-status').textContent = `${n} correction${n === 1 ? '' : 's'} kept for this text` +
      `${skipped ? `; ${skipped} no longer appl${skipped === 1 ? 'ies' : 'y'} to this reading` : ''}.`;
}
$('undo').addEventListener('click', () => {
  const s = state.history.undo();
  if (s) saveCorrections(`Undone: ${s.label ?? 'correction'}.`);
});
$('redo').addEventListener('click', () => {
  const s = state.history.redo();
  if (s) saveCorrections(`Redone: ${s.label ?? 'correction'}.`);
});
$('clear-corrections').addEventListener('click', () => {
  state.history.reset([]);
  store.clear(state.hash);
  display().then(() => ($('corrections-status').textContent = 'Corrections cleared: the analyser’s reading is back.'));
});
document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLInputElement || t instanceof HTMLSelectElement) return;
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) { e.preventDefault(); $('undo').click(); }
  else if ((key === 'z' && e.shiftKey) || key === 'y') { e.preventDefault(); $('redo').click(); }
});

// ---- the article: one tab stop, arrow keys between highlights --------------------------------------------------
function itemKey(node) {
  const m = node?.closest?.('[data-entity], [data-quote]');
  if (!m || !view.contains(m)) return null;
  const r = state.result;
  if (m.dataset.entity !== undefined) return {type: 'entity', start: r.entities[m.dataset.entity]?.start};
  return {type: 'quote', start: r.quotes[m.dataset.quote]?.start};
}
function nodeFor(key) {
  if (!key || !state.result) return null;
  const list = key.type === 'entity' ? state.result.entities : state.result.quotes;
  const i = list.findIndex((x) => x.start === key.start);
  if (i < 0) return null;
  ensureRendered(view, key.start);
  return view.querySelector(key.type === 'entity' ? `[data-entity="${i}"]` : `[data-quote="${i}"]`);
}
const stops = () => [...view.querySelectorAll('[tabindex]')];
function setRoving(node) {
  for (const n of view.querySelectorAll('[tabindex="0"]')) n.tabIndex = -1;
  if (node) {
    node.tabIndex = 0;
    view.tabIndex = -1;
  } else {
    view.tabIndex = 0;
  }
}
function initRoving(focusedKey) {
  const keep = focusedKey ? nodeFor(focusedKey) : null;
  setRoving(keep ?? stops()[0] ?? null);
  if (keep) keep.focus({preventScroll: true});
}
function moveTo(node) {
  if (!node) return;
  if (!node.hasAttribute('tabindex')) node.tabIndex = -1;
  setRoving(node);
  node.focus({preventScroll: true});
  node.scrollIntoView({block: 'nearest'});
}
view.addEventListener('keydown', (e) => {
  const keys = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last'};
  if (e.key === 'Escape') {
    if (state.returnTo?.isConnected) {
      e.preventDefault();
      backToList();
    }
    return;
  }
  if (e.key === 'Enter' && e.target !== view) {
    select(itemKey(e.target));
    return;
  }
  // n and p: the next and previous mention of the focused name.
  if ((e.key === 'n' || e.key === 'p') && !e.altKey && !e.ctrlKey && !e.metaKey) {
    const key = itemKey(e.target);
    if (key?.type === 'entity') {
      e.preventDefault();
      state.selected = key;
      gotoMention(e.key === 'n' ? 1 : -1);
    }
    return;
  }
  if (!(e.key in keys) || e.altKey || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  const cur = e.target.closest?.('[tabindex]');
  // Render the next chunk before moving past the end of the rendered ones.
  const block = cur?.closest?.('[data-end]');
  if (block && keys[e.key] === 1) ensureRendered(view, Number(block.dataset.end));
  if (keys[e.key] === 'last') renderAll(view);
  const all = stops().filter((n) => n !== view);
  if (!all.length) return;
  let i = all.indexOf(cur);
  if (keys[e.key] === 'first') i = 0;
  else if (keys[e.key] === 'last') i = all.length - 1;
  else i = i < 0 ? 0 : Math.max(0, Math.min(all.length - 1, i + keys[e.key]));
  moveTo(all[i]);
  select(itemKey(all[i]), {focus: false});
});
view.addEventListener('focusin', (e) => {
  const stop = e.target.closest?.('[tabindex]');
  if (stop && stop !== view) setRoving(stop);
});
view.addEventListener('click', (e) => {
  if (document.getSelection()?.toString()) return;  // a selection to tag, not a click
  const key = itemKey(e.target);
  if (key) select(key, {focus: false});
});

function backToList() {
  const target = state.returnTo;
  if (!target?.isConnected) return;
  const tab = target.closest('[data-panel]')?.dataset.panel;
  if (narrow.matches && tab) selectTab(tab, false);
  $('back').hidden = true;
  target.focus();
  target.scrollIntoView({block: 'nearest'});
}
$('back').addEventListener('click', backToList);

// ---- skip links -----------------------------------------------------------------------------------------------
for (const a of document.querySelectorAll('a[data-skip]')) {
  a.addEventListener('click', (e) => {
    e.preventDefault();
    if (a.dataset.skip === 'view') {
      if (narrow.matches) selectTab('article', false);
      const stop = view.querySelector('[tabindex="0"]') ?? view;
      stop.focus();
    } else {
      if (narrow.matches) selectTab('people', false);
      $('panel').focus();
    }
  });
}

// ---- phone tabs -----------------------------------------------------------------------------------------------
const tabs = [...document.querySelectorAll('[role=tab]')];
function selectTab(name, focus = true) {
  document.body.dataset.tab = name;
  for (const t of tabs) {
    const on = t.dataset.tab === name;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    if (on && focus) t.focus();
  }
  if (narrow.matches) window.scrollTo(0, 0);
}
for (const t of tabs) {
  t.addEventListener('click', () => selectTab(t.dataset.tab));
  t.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(t);
    const j = e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i + tabs.length - 1) % tabs.length :
              e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (j < 0) return;
    e.preventDefault();
    selectTab(tabs[j].dataset.tab);
  });
}

// ---- side panel -----------------------------------------------------------------------------------------------
function markAll(nodes, from) {
  for (const n of view.querySelectorAll('.aa-marked')) n.classList.remove('aa-marked');
  for (const n of nodes) n.classList.add('aa-marked');
  const first = nodes[0];
  if (first) {
    if (narrow.matches) selectTab('article', false);
    state.returnTo = from ?? null;
    $('back').hidden = !(from && narrow.matches);
    if (from) $('back').textContent = `← Back to ${from.closest('[data-panel]')?.dataset.panel === 'quotes' ? 'quotes' : 'people'}`;
    first.scrollIntoView({block: 'center', behavior: narrow.matches ? 'auto' : 'smooth'});
    moveTo(first);
  }
  return nodes.length;
}
function entityNodes(indices) {
  const r = state.result;
  if (indices.length) ensureRendered(view, r.entities[indices[0]].start);
  const nodes = [];
  for (const i of indices) {
    const n = view.querySelector(`[data-entity="${i}"]`);
    if (n) nodes.push(n);
  }
  return nodes;
}
function quoteNodes(indices) {
  const r = state.result;
  if (indices.length) ensureRendered(view, r.quotes[indices[0]].start);
  return indices.flatMap((i) => [...view.querySelectorAll(`[data-quote="${i}"]`)]).slice(0, 200);
}

// Panel items are kept as data and only the ones shown become buttons: a 1 MB article names a thousand people.
const panelItems = {};
function item(list, title, detail, onClick, data) {
  const name = Object.keys(lists).find((k) => lists[k] === list);
  panelItems[name].push({title, detail, onClick, data, filter: title.toLowerCase()});
}
function itemElement(spec) {
  const li = el('li');
  const b = el('button', 'item');
  b.type = 'button';
  b.appendChild(el('span', 'item-name', spec.title));
  if (spec.detail) b.appendChild(el('span', 'item-detail', spec.detail));
  b.addEventListener('click', () => spec.onClick(b));
  for (const [k, v] of Object.entries(spec.data ?? {})) b.dataset[k] = v;
  li.dataset.filter = spec.filter;
  li.appendChild(b);
  return li;
}

const lists = {people: $('people'), orgs: $('orgs'), places: $('places'), other: $('other'), quoted: $('quoted'), warnings: $('warnings')};
function renderPanel(result) {
  const {groups, speakers} = summarise(result);
  for (const name of Object.keys(lists)) panelItems[name] = [];
  expanded.clear();
  for (const g of groups) {
    const list = g.label === 'PERSON' ? lists.people : g.label === 'ORG' ? lists.orgs :
                 g.label === 'GPE' || g.label === 'LOC' ? lists.places : lists.other;
    const titles = g.titles.length ? ` (${g.titles.join(', ')})` : '';
    const label = list === lists.other ? `${LABEL_NAMES[g.label] ?? g.label} · ` : '';
    const edited = g.entities.some((i) => result.entities[i].edited);
    item(list, g.name + titles, `${label}${g.count} mention${g.count === 1 ? '' : 's'}${edited ? ' · corrected' : ''}`, (b) => {
      select({type: 'entity', start: result.entities[g.entities[0]].start}, {focus: false});
      markAll(entityNodes(g.entities), b);
    }, {group: g.key, label: g.label});
  }
  for (const s of speakers) {
    const kinds = QUOTE_KINDS.filter((k) => s.kinds[k]).map((k) => `${s.kinds[k]} ${k}`).join(' · ');
    item(lists.quoted, s.name, `${kinds} · ${Math.round(s.share * 100)}% of quoted words`, (b) => {
      select({type: 'quote', start: result.quotes[s.quotes[0]].start}, {focus: false});
      markAll(quoteNodes(s.quotes), b);
    }, {speaker: s.key});
  }
  for (const w of result.warnings) {
    item(lists.warnings, w.code, w.message, (b) => {
      ensureRendered(view, w.start);
      const k = result.sentences.findIndex((s) => s.end > w.start);
      if (k >= 0) markAll([...view.querySelectorAll(`[data-sentence="${k}"]`)], b);
    }, {code: w.code});
  }
  $('other-count').textContent = `(${panelItems.other.length})`;
  applyFilter();
}

// Search and long lists: the filter keeps what matches; each list shows LIST_MAX items and a "Show all" (all of
// them when printing).
const filterInput = $('panel-filter');
const expanded = new Set();
let printing = false;
function applyFilter() {
  const q = filterInput.value.trim().toLowerCase();
  for (const [name, list] of Object.entries(lists)) {
    const items = panelItems[name] ?? [];
    const matching = items.filter((x) => !q || x.filter.includes(q));
    const shown = expanded.has(name) || printing ? matching : matching.slice(0, LIST_MAX);
    const frag = document.createDocumentFragment();
    for (const x of shown) frag.appendChild(itemElement(x));
    if (!items.length) frag.appendChild(el('li', 'empty', name === 'warnings' ? 'None.' : 'None found.'));
    if (matching.length > shown.length) {
      const li = el('li', 'more');
      li.appendChild(button(`Show all ${matching.length}`, () => {
        expanded.add(name);
        applyFilter();
        list.children[LIST_MAX]?.querySelector('button')?.focus();
      }, {more: name}));
      frag.appendChild(li);
    }
    list.replaceChildren(frag);
    if (name === 'other' && q && matching.length) list.closest('details').open = true;
  }
}
window.addEventListener('beforeprint', () => {
  printing = true;
  applyFilter();
});
window.addEventListener('afterprint', () => {
  printing = false;
  applyFilter();
});
filterInput.addEventListener('input', applyFilter);

// ---- source balance -------------------------------------------------------------------------------------------
$('balance-method').textContent = METHOD_NOTE;
function renderBalance(result, body = $('balance-body')) {
  const b = sourceBalance(result);
  body.replaceChildren();
  const summary = el('p', 'balance-summary',
                     `${b.quotedPeople} ${b.quotedPeople === 1 ? 'person' : 'people'} quoted, ${b.mentionedOnly} only mentioned; ` +
                     `${b.totalQuotes} quote${b.totalQuotes === 1 ? '' : 's'}, ${b.totalWords} quoted words.`);
  summary.dataset.testid = 'balance-summary';
  body.appendChild(summary);
  if (!b.totalQuotes) return;
  const rows = SOURCE_TYPES.filter((t) => b.byType[t].quotes).map((t) => ({
    key: t, label: SOURCE_TYPE_NAMES[t], value: b.byType[t].words,
    note: `(${b.byType[t].quotes} quote${b.byType[t].quotes === 1 ? '' : 's'})`,
  }));
  const fig1 = el('figure', 'chart');
  fig1.appendChild(el('figcaption', '', 'Quoted words by source'));
  fig1.appendChild(barChart('Quoted words by source', rows));
  body.appendChild(fig1);
  const quoted = b.people.filter((p) => p.quoted);
  if (quoted.length) {
    const fig2 = el('figure', 'chart');
    fig2.appendChild(el('figcaption', '', 'Quoted people by estimated gender'));
    fig2.appendChild(barChart('Quoted people by estimated gender', GENDERS.map((g) => ({
      key: g, label: g, value: b.byGender[g].people, note: `(${b.byGender[g].words} words)`,
    }))));
    body.appendChild(fig2);
    const table = el('table', 'balance-table');
    table.dataset.testid = 'balance-table';
    const head = table.appendChild(el('thead')).appendChild(el('tr'));
    for (const h of ['Person', 'Quotes', 'Words', 'Gender (est.)']) head.appendChild(el('th', '', h)).scope = 'col';
    const tbody = table.appendChild(el('tbody'));
    for (const p of quoted) {
      const tr = tbody.appendChild(el('tr'));
      tr.dataset.cluster = String(p.cluster);
      tr.appendChild(el('th', '', p.name)).scope = 'row';
      tr.appendChild(el('td', '', String(p.quotes)));
      tr.appendChild(el('td', '', String(p.words)));
      const g = tr.appendChild(el('td', '', p.gender));
      g.title = p.basis;
      g.dataset.gender = p.gender;
    }
    body.appendChild(table);
  }
}

// ---- the edit box: what is selected and what can be done to it -------------------------------------------------
function select(key, {focus = false} = {}) {
  state.selected = key;
  renderEditBox();
  if (focus) $('edit-box').focus();
}
function labelSelect(current) {
  const s = el('select');
  for (const l of LABELS) {
    const o = s.appendChild(el('option', '', `${LABEL_NAMES[l]} (${l})`));
    o.value = l;
    o.selected = l === current;
  }
  return s;
}
function labelled(text, control) {
  const l = el('label', 'edit-field', `${text} `);
  l.appendChild(control);
  return l;
}
function clusterOptions(result, exclude) {
  const out = [];
  const seen = new Set();
  result.entities.forEach((e) => {
    if (e.cluster == null || seen.has(e.cluster) || e.cluster === exclude) return;
    if (!['PERSON', 'ORG', 'NORP', 'GPE'].includes(e.label)) return;
    seen.add(e.cluster);
    const c = result.clusters[e.cluster];
    out.push({at: result.entities[c.mentions[0]].start, name: c.name, label: c.label});
  });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

function renderEditBox({viewRebuilt = false} = {}) {
  const box = $('edit-box'), what = $('edit-what'), controls = $('edit-controls');
  controls.replaceChildren();
  const r = state.result;
  // Right after the view is rebuilt no selection can be in it (its nodes are new), and asking the selection lays
  // the page out (Blink computes the visible selection): the view's whole first layout would be forced here, in the
  // middle of the script, and done again in the next frame for what the script writes after it.
  const sel = viewRebuilt ? null : window.getSelection();
  const range = sel && sel.rangeCount && !sel.isCollapsed ? sel.getRangeAt(0) : null;
  const span = range && view.contains(range.commonAncestorContainer) ? rangeOffsets(range) : null;
  if (span && r) {
    box.hidden = false;
    box.dataset.kind = 'selection';
    what.textContent = `Selected words: “${r.text.slice(span.start, span.end)}”`;
    const ls = labelSelect('PERSON');
    ls.dataset.edit = 'new-label';
    controls.append(labelled('Tag as', ls), button('Tag', () => {
      correct([{op: 'add', start: span.start, end: span.end, label: ls.value}], `Tagged “${r.text.slice(span.start, span.end)}” as ${ls.value}`);
      sel.removeAllRanges();
    }, {edit: 'tag'}));
    return;
  }
  const key = state.selected;
  if (!key || !r) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  if (key.type === 'entity') {
    const i = r.entities.findIndex((e) => e.start === key.start);
    if (i < 0) { box.hidden = true; return; }
    const e = r.entities[i];
    const c = e.cluster != null ? r.clusters[e.cluster] : null;
    const mentions = c ? c.mentions : r.entities.map((x, j) => (x.label === e.label && x.text === e.text ? j : -1)).filter((j) => j >= 0);
    const pos = mentions.indexOf(i);
    box.dataset.kind = 'entity';
    what.textContent = `“${e.text}”: ${LABEL_NAMES[e.label] ?? e.label}${c ? `, one of ${mentions.length} mention${mentions.length === 1 ? '' : 's'} of ${c.name}` : ''}` +
                       `${e.edited ? ' (corrected' + (e.original ? `; the analyser said ${e.original.label}` : '; added by hand') + ')' : ''}.`;
    const nav = el('div', 'edit-row');
    const go = (d) => gotoMention(d);
    nav.append(button('Previous mention', () => go(-1), {edit: 'prev'}), el('span', 'edit-pos', `${pos + 1} of ${mentions.length}`),
               button('Next mention', () => go(1), {edit: 'next'}));
    const ls = labelSelect(e.label);
    ls.dataset.edit = 'label';
    const row1 = el('div', 'edit-row');
    row1.append(labelled('Label', ls), button('Change label', () => {
      if (ls.value !== e.label) correct([{op: 'label', at: e.start, label: ls.value}], `“${c?.name ?? e.text}” is now ${ls.value}`);
    }, {edit: 'apply-label'}));
    const row2 = el('div', 'edit-row');
    row2.append(button('Remove this mention', () => correct([{op: 'remove', at: e.start}], `Removed “${e.text}”`), {edit: 'remove'}));
    if (mentions.length > 1) {
      row2.append(button(`Remove all ${mentions.length}`, () => correct(mentions.map((j) => ({op: 'remove', at: r.entities[j].start})),
                                                                        `Removed ${mentions.length} mentions of “${c?.name ?? e.text}”`), {edit: 'remove-all'}));
    }
    controls.append(nav, row1, row2);
    if (c) {
      const others = clusterOptions(r, e.cluster);
      if (others.length) {
        const ms = el('select');
        ms.dataset.edit = 'merge-target';
        for (const o of others) {
          const opt = ms.appendChild(el('option', '', `${o.name} (${o.label})`));
          opt.value = String(o.at);
        }
        const row3 = el('div', 'edit-row');
        row3.append(labelled(`Same as`, ms), button('Merge', () => {
          const target = others.find((o) => String(o.at) === ms.value);
          correct([{op: 'merge', at: e.start, into: Number(ms.value)}], `Merged “${c.name}” into “${target?.name}”`);
        }, {edit: 'merge'}));
        controls.append(row3);
      }
      if (mentions.length > 1) {
        const row4 = el('div', 'edit-row');
        row4.append(button('Not the same person: split this mention off', () => correct([{op: 'split', at: e.start}],
                                                                                        `Split “${e.text}” from “${c.name}”`), {edit: 'split'}));
        controls.append(row4);
      }
    }
    return;
  }
  const i = r.quotes.findIndex((q) => q.start === key.start);
  if (i < 0) { box.hidden = true; return; }
  const q = r.quotes[i];
  box.dataset.kind = 'quote';
  const words = q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text;
  what.textContent = `${QUOTE_KIND_NAMES[q.kind] ?? q.kind} ${words}: ${speakerText(q)}` +
                     `${q.edited ? ` (corrected; the analyser said ${q.original.kind}, ${q.original.speaker.name ?? 'no speaker'})` : ''}.`;
  const ks = el('select');
  ks.dataset.edit = 'kind';
  for (const k of QUOTE_KINDS) {
    const o = ks.appendChild(el('option', '', QUOTE_KIND_NAMES[k]));
    o.value = k;
    o.selected = k === q.kind;
  }
  const row1 = el('div', 'edit-row');
  row1.append(labelled('Kind', ks), button('Change kind', () => {
    if (ks.value !== q.kind) correct([{op: 'kind', quote: q.start, kind: ks.value}], `Quote is now ${ks.value}`);
  }, {edit: 'apply-kind'}));
  const ss = el('select');
  ss.dataset.edit = 'speaker';
  const none = ss.appendChild(el('option', '', 'No speaker'));
  none.value = 'none';
  const anon = ss.appendChild(el('option', '', 'Anonymous source'));
  anon.value = 'anonymous';
  anon.selected = !!q.speaker?.anonymous;
  none.selected = !q.speaker?.name && !q.speaker?.anonymous;
  for (const o of clusterOptions(r, null)) {
    const opt = ss.appendChild(el('option', '', `${o.name} (${o.label})`));
    opt.value = String(o.at);
    opt.selected = q.speaker?.cluster != null && r.clusters[q.speaker.cluster]?.name === o.name;
  }
  const row2 = el('div', 'edit-row');
  row2.append(labelled('Speaker', ss), button('Set speaker', () => {
    const to = ss.value === 'none' ? null : ss.value === 'anonymous' ? 'anonymous' : Number(ss.value);
    correct([{op: 'speaker', quote: q.start, to}], to === null ? 'Speaker cleared' : `Speaker set to ${ss.selectedOptions[0].textContent}`);
  }, {edit: 'apply-speaker'}));
  controls.append(row1, row2);
}

$('edit-close').addEventListener('click', () => {
  const back = state.selected ? nodeFor(state.selected) : null;
  state.selected = null;
  getSelection()?.removeAllRanges();
  renderEditBox();
  back?.focus({preventScroll: true});
});
// On phones the Selected box is a sheet at the bottom of the screen, over whichever tab is shown; on wider screens
// it heads the panel.
const editBox = $('edit-box'), editHome = editBox.parentElement, editNext = editBox.nextElementSibling;
function placeEditBox() {
  if (narrow.matches && editBox.parentElement !== document.body) document.body.appendChild(editBox);
  else if (!narrow.matches && editBox.parentElement !== editHome) editHome.insertBefore(editBox, editNext);
}
narrow.addEventListener('change', placeEditBox);
placeEditBox();

// The next (d = 1) or previous (d = -1) mention of the selected entity's name, wrapping round.
function gotoMention(d) {
  const r = state.result, key = state.selected;
  if (!r || key?.type !== 'entity') return false;
  const i = r.entities.findIndex((e) => e.start === key.start);
  if (i < 0) return false;
  const e = r.entities[i];
  const mentions = e.cluster != null ? r.clusters[e.cluster].mentions
                                     : r.entities.map((x, j) => (x.label === e.label && x.text === e.text ? j : -1)).filter((j) => j >= 0);
  const pos = mentions.indexOf(i);
  const j = mentions[(pos + d + mentions.length) % mentions.length];
  const node = entityNodes([j])[0];
  if (!node) return false;
  markAll([node], state.returnTo);
  select({type: 'entity', start: r.entities[j].start});
  return true;
}

// Offsets in the text of a DOM range inside the view (blocks carry data-start; their text nodes are the text).
function rangeOffsets(range) {
  const at = (node, offset) => {
    const block = (node.nodeType === 1 ? node : node.parentElement)?.closest('[data-start]');
    if (!block || !view.contains(block)) return null;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let pos = Number(block.dataset.start);
    if (node.nodeType !== 3) {
      // A position between children: count the text before that child.
      const child = node.childNodes[offset];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (child && (child === t || child.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)) return pos;
        pos += t.data.length;
      }
      return pos;
    }
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t === node) return pos + offset;
      pos += t.data.length;
    }
    return null;
  };
  let start = at(range.startContainer, range.startOffset), end = at(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const text = state.result.text;
  while (start < end && /\s/.test(text[start])) ++start;  // a double-click takes the space after a word
  while (end > start && /\s/.test(text[end - 1])) --end;
  return end > start && end - start <= 200 ? {start, end} : null;
}
let selTimer = 0;
document.addEventListener('selectionchange', () => {
  clearTimeout(selTimer);
  selTimer = setTimeout(() => {
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed && sel.rangeCount && view.contains(sel.getRangeAt(0).commonAncestorContainer)) renderEditBox();
    else if ($('edit-box').dataset.kind === 'selection' && !$('edit-box').contains(document.activeElement)) renderEditBox();
  }, 120);
});

// ---- not English ----------------------------------------------------------------------------------------------
function languageNotice(text) {
  const g = guessLanguage(text ?? '');
  const notice = $('notice');
  notice.hidden = g.english;
  notice.dataset.lang = g.lang ?? '';
  if (!g.english) {
    notice.textContent = `This text looks ${LANGUAGE_NAMES[g.lang] ?? 'not English'}: the analyser reads English only, ` +
                         'so it will miss names and find few or no speakers.';
  }
}

// ---- exports --------------------------------------------------------------------------------------------------
const exportStatus = $('export-status');
async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    exportStatus.textContent = `Copied ${what} to the clipboard.`;
  } catch (e) {
    exportStatus.textContent = `Could not copy (${e.message}); the browser may need permission.`;
  }
}
function download(text, name, type) {
  const blob = new Blob([text], {type});
  const a = el('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  exportStatus.textContent = `Saved ${name}.`;
}
const need = (f) => () => (state.result ? f(state.result) : (exportStatus.textContent = 'Nothing to export yet.'));
// The JSON: exactly the analyser's output (the CLI's document, byte for byte) when nothing was corrected; with
// corrections, the corrected reading, each change marked "edited" with its "original", and the analyser's whole
// reading under "edited.original". Opening that file here again brings the corrections back. The source-balance
// figures go in the balance CSV.
$('export-json').addEventListener('click', need((r) => {
  const edited = state.history.steps.length > 0;
  download(JSON.stringify(edited ? r : state.base, null, 2) + '\n',
           edited ? fileName(r, 'analysis-edited', 'json') : 'article-analysis.json', 'application/json');
}));
// A UTF-8 byte order mark so that spreadsheets read accents and curly quotes right.
$('export-people').addEventListener('click', need((r) => download(`\ufeff${peopleCsv(r)}`, fileName(r, 'people', 'csv'), 'text/csv')));
$('export-quotes').addEventListener('click', need((r) => download(`\ufeff${quotesCsv(r)}`, fileName(r, 'quotes', 'csv'), 'text/csv')));
$('export-balance').addEventListener('click', need((r) => download(`\ufeff${balanceCsv(r)}`, fileName(r, 'source-balance', 'csv'), 'text/csv')));
$('copy-csv').addEventListener('click', need((r) => copy(entitiesCsv(r), `${r.entities.length} entities`)));
$('copy-quotes').addEventListener('click', need((r) => copy(quotesText(r), `${r.quotes.length} quotes`)));
$('print').addEventListener('click', () => window.print());
window.addEventListener('beforeprint', () => renderAll(view));

// ---- input ----------------------------------------------------------------------------------------------------
// The text is kept for the next visit (in this browser only), so a reload does not lose it: in IndexedDB, whose
// writes do not block the page (a megabyte in localStorage would stall it for most of a second); localStorage
// for ordinary texts when IndexedDB is unavailable.
const DRAFT_MAX = 16_000_000;
function draftDb() {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const req = indexedDB.open('article-analyser', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
let dbPromise = null;
async function kv(mode, fn) {
  dbPromise ??= draftDb();
  const db = await dbPromise;
  return new Promise((resolve, reject) => {
    const tx = db.transaction('kv', mode);
    const req = fn(tx.objectStore('kv'));
    tx.oncomplete = () => resolve(req?.result);
    tx.onerror = () => reject(tx.error);
  });
}
function saveDraft() {
  const draft = {text: input.value.length <= DRAFT_MAX ? input.value : '', kind: kindSelect.value};
  kv('readwrite', (st) => st.put(draft, 'draft')).catch(() => {
    try {
      if (draft.text.length <= 200_000) localStorage.setItem('aa-draft', JSON.stringify(draft));
    } catch { /* storage off or full: not kept */ }
  });
}
async function restoreDraft() {
  let d = null;
  try {
    d = await kv('readonly', (st) => st.get('draft'));
  } catch {
    try { d = JSON.parse(localStorage.getItem('aa-draft') ?? 'null'); } catch { /* nothing kept */ }
  }
  if (d && typeof d.text === 'string' && d.text && !input.value) {
    input.value = d.text;
    kindSelect.value = ['auto', 'text', 'html'].includes(d.kind) ? d.kind : 'auto';
    return true;
  }
  return false;
}
let draftTimer = 0;
input.addEventListener('input', (e) => {
  if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') state.resultsFirst = true;
  schedule();
  clearTimeout(draftTimer);
  draftTimer = setTimeout(saveDraft, 500);
});
kindSelect.addEventListener('change', () => {
  saveDraft();
  schedule(0);
});

async function loadSample() {
  const inline = document.getElementById('aa-sample-src');
  let text;
  if (inline) {
    text = inline.textContent.replace(/^\n/, '');
  } else {
    const response = await fetch(new URL('sample-article.txt', import.meta.url));
    if (!response.ok) throw new Error(`sample-article.txt: HTTP ${response.status}`);
    text = await response.text();
  }
  input.value = text;
  kindSelect.value = 'auto';
  saveDraft();
  schedule(0);
}
$('sample').addEventListener('click', () => {
  state.resultsFirst = true;
  loadSample().catch((e) => setStatus(`Could not load the sample: ${e.message}`));
});

// An exported JSON brings its text and its corrections back; other files are read as text or HTML.
async function loadFile(file) {
  if (!file) return;
  if (file.size > 64 << 20) return setStatus(`${file.name} is too large (over 64 MB).`);
  const text = await file.text();
  state.resultsFirst = true;
  if (/\.json$/i.test(file.name) || file.type === 'application/json') {
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON after all: read it as text */ }
    if (json && json.schema === 'article-analysis/1' && typeof json.text === 'string') {
      input.value = json.text;
      kindSelect.value = 'text';
      const steps = stepsFromExport(json) ?? [];
      store.save(`text:${textHash(json.text)}`, steps);
      saveDraft();
      setStatus(`Opened ${file.name}${steps.length ? ` with ${steps.length} correction${steps.length === 1 ? '' : 's'}` : ''}.`);
      schedule(0);
      return;
    }
  }
  input.value = text;
  kindSelect.value = /\.html?$/i.test(file.name) || file.type === 'text/html' ? 'html' : /\.txt$/i.test(file.name) ? 'text' : 'auto';
  saveDraft();
  setStatus(`Opened ${file.name}.`);
  schedule(0);
}
$('file').addEventListener('change', (e) => loadFile(e.target.files[0]).catch((err) => setStatus(err.message)));
const dropzone = $('dropzone');
for (const type of ['dragenter', 'dragover']) {
  dropzone.addEventListener(type, (e) => {
    e.preventDefault();
    dropzone.classList.add('dragging');
  });
}
dropzone.addEventListener('dragleave', () => dropzone.classList.remove('dragging'));
dropzone.addEventListener('drop', (e) => {
  e.preventDefault();
  dropzone.classList.remove('dragging');
  loadFile(e.dataTransfer?.files?.[0]).catch((err) => setStatus(err.message));
});
// A file dropped elsewhere must not navigate away from the page.
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => e.preventDefault());

// ---- legend, toggles, theme -----------------------------------------------------------------------------------
function toggle(fieldset, cls, key, text, swatchClass) {
  const label = el('label', 'toggle');
  const box = el('input');
  box.type = 'checkbox';
  box.checked = true;
  box.dataset.toggle = key;
  box.addEventListener('change', () => view.classList.toggle(cls, !box.checked));
  label.appendChild(box);
  const swatch = el('span', `aa-swatch ${swatchClass}`);
  swatch.dataset.swatch = key;
  swatch.setAttribute('aria-hidden', 'true');
  label.appendChild(swatch);
  label.appendChild(document.createTextNode(` ${text}`));
  fieldset.appendChild(label);
}
for (const l of LABELS) toggle($('label-toggles'), `aa-hide-${l}`, l, `${LABEL_NAMES[l]} (${l})`, 'swatch-entity');
for (const k of QUOTE_KINDS) toggle($('kind-toggles'), `aa-hide-q-${k}`, k, QUOTE_KIND_NAMES[k], 'swatch-quote');
$('show-labels').addEventListener('change', (e) => view.classList.toggle('aa-show-labels', e.target.checked));
$('show-sentences').addEventListener('change', (e) => view.classList.toggle('aa-show-sentences', e.target.checked));

// The theme button names the theme it switches to.
const themeButton = $('theme');
function applyTheme(theme) {
  if (theme) document.documentElement.dataset.theme = theme;
  const dark = theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  themeButton.textContent = dark ? 'Light theme' : 'Dark theme';
  themeButton.dataset.current = dark ? 'dark' : 'light';
}
let savedTheme = null;
try {
  savedTheme = localStorage.getItem('aa-theme');
} catch { /* storage may be off (file://, privacy settings) */ }
applyTheme(savedTheme);
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => applyTheme(document.documentElement.dataset.theme));
themeButton.addEventListener('click', () => {
  const next = themeButton.dataset.current === 'dark' ? 'light' : 'dark';
  applyTheme(next);
  try {
    localStorage.setItem('aa-theme', next);
  } catch { /* not kept */ }
});

// ---- warming the rendering while the page waits ----------------------------------------------------------------
// The first result the page showed cost 5-10 times the next one (bench/README.md, "The page's first rendering"):
// the first layout of the new view waited on the font look-ups of text laid out for the first time (the charts'
// SVG text above all: ~300 ms of one layout, 14 ms of it CPU, on a loaded machine), and the rendering's JavaScript
// ran cold. While the page waits for a text, once the worker's warm-up is over and the page is idle and visible,
// the page renders this invented article's reading once, out of sight (an inert, aria-hidden host off screen,
// removed in the same task, so nothing of it is ever painted), with the code and styles a real result uses: the
// article view, the panel's items, the source balance's charts and table and the edit box's controls, and lays
// it out once. It posts nothing to the worker and touches none of the page's state.
const WARM_TEMPLATE = 'Harbour council votes to rebuild the old pier\n\nBy [Jane Ellison|PERSON|0]\n\n' +
  'MILFORD \u2014 The [Milford Harbour Council|ORG|1] voted on [Tuesday|DATE] to rebuild the old pier, ending a ' +
  'dispute that began in [2019|DATE].\n\n{\u201cWe have waited long enough,\u201d|direct|2} said Mayor ' +
  '[Daniel Okafor|PERSON|2]. {\u201cThe pier belongs to everyone in this town.\u201d|direct|2}\n\n' +
  '[Okafor|PERSON|2] said the work would cost [$4 million|MONEY], {that the [Coastal Trust|ORG|3] had been ' +
  'consulted|indirect|2}. Its director, [Maria Santos|PERSON|4], said the plan ignored the risk of storms: ' +
  '{"Nobody asked us,"|partial|4} she said.\n\nA spokesman for the [European Commission|ORG|5] in ' +
  '[Brussels|GPE|6] declined to comment; {\u201cofficial\u201d|scare|-1} figures show [12%|PERCENT] fewer visitors.\n';

/** The reading of WARM_TEMPLATE, in the JSON's shape: [text|LABEL|cluster] an entity, {text|kind|speaker} a quote. */
function warmResult() {
  let text = '';
  const entities = [], quotes = [], open = [];
  for (let i = 0; i < WARM_TEMPLATE.length; ++i) {
    const ch = WARM_TEMPLATE[i];
    if (ch === '[') {
      const end = WARM_TEMPLATE.indexOf(']', i);
      const [words, label, cluster] = WARM_TEMPLATE.slice(i + 1, end).split('|');
      entities.push({start: text.length, end: text.length + words.length, text: words, label,
                     cluster: cluster === undefined ? null : Number(cluster), score: 0.9});
      text += words;
      i = end;
    } else if (ch === '{') {
      open.push(text.length);
    } else if (ch === '}' || (ch === '|' && open.length)) {
      const end = WARM_TEMPLATE.indexOf('}', i);
      const [kind, speaker] = WARM_TEMPLATE.slice(i + 1, end).split('|');
      const start = open.pop();
      quotes.push({start, end: text.length, text: text.slice(start, text.length), kind, score: 0.9, cue: null,
                   content: {start, end: text.length, text: text.slice(start, text.length)},
                   speaker: {name: null, cluster: Number(speaker) >= 0 ? Number(speaker) : null, mention: null,
                             anonymous: false}});
      i = end;
    } else {
      text += ch;
    }
  }
  const clusterIds = [...new Set(entities.map((e) => e.cluster).filter((c) => c !== null))].sort((a, b) => a - b);
  const clusters = clusterIds.map((id) => {
    const mentions = entities.flatMap((e, k) => (e.cluster === id ? [k] : []));
    const first = entities[mentions[0]];
    return {id, label: first.label, name: first.text, mentions, titles: id === 2 ? ['Mayor'] : [], quoteCount: 0};
  });
  for (const q of quotes) {
    const c = clusters[q.speaker.cluster];
    if (!c) {
      q.speaker.reason = 'scare';
      continue;
    }
    c.quoteCount++;
    q.speaker.name = c.name;
    const m = entities[c.mentions.find((k) => entities[k].start >= q.end) ?? c.mentions[0]];
    q.speaker.mention = {start: m.start, end: m.end, text: m.text};
    const at = text.indexOf('said', q.end);
    if (at >= 0) q.cue = {start: at, end: at + 4, text: 'said'};
  }
  const paragraphs = [], sentences = [];
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n\n', at);
    if (end < 0) end = text.length - 1;
    paragraphs.push({start: at, end, text: text.slice(at, end)});
    sentences.push({start: at, end, text: text.slice(at, end)});
    at = end + 2;
  }
  const [title, byline, ...rest] = paragraphs;
  return {schema: 'article-analysis/1', text, input: {kind: 'text', offsets: 'utf16'}, language: 'en',
          article: {title, subtitle: null, byline: entities[0], date: null, headings: [], captions: [], credits: [],
                    paragraphs: rest, boilerplate: []},
          sentences, entities, clusters, quotes, warnings: [{code: 'unbalanced-quote', start: 0, end: 1, message: 'warm-up'}]};
}

function warmRendering() {
  const t0 = performance.now();
  const result = applyCorrections(warmResult(), []).result;
  const hosts = [];
  const host = (parent, tag, className) => {
    const h = el(tag, `warm-render ${className ?? ''}`.trim());
    h.setAttribute('aria-hidden', 'true');
    h.inert = true;
    parent.appendChild(h);
    hosts.push(h);
    return h;
  };
  try {
    const article = host(view.parentElement, 'article', 'aa-view');
    renderArticle(article, result, {roving: true});
    // As wide as the real ones: the charts' SVG text is drawn at the size the SVG is scaled to, and each new size
    // of a font costs the renderer a synchronous request to the browser process (Linux: its render style).
    article.style.setProperty('width', `${view.clientWidth || 640}px`);
    const side = host($('panel'), 'div');
    side.style.setProperty('width', `${$('balance-body').clientWidth || 320}px`);
    const {groups, speakers} = summarise(result);
    const ul = side.appendChild(el('ul', 'items'));
    for (const g of groups) ul.appendChild(itemElement({title: g.name, detail: `${g.count} mentions`, filter: '', onClick() {}}));
    for (const sp of speakers) ul.appendChild(itemElement({title: sp.name, detail: `${sp.total} quotes`, filter: '', onClick() {}}));
    renderBalance(result, side.appendChild(el('div')));
    const box = side.appendChild(el('section', 'edit-box'));
    box.append(el('p', 'edit-what', `“${result.entities[1].text}”: ${LABEL_NAMES.ORG}.`));
    const row = box.appendChild(el('div', 'edit-controls')).appendChild(el('div', 'edit-row'));
    row.append(labelled('Label', labelSelect('ORG')), button('Change label', () => {}), el('span', 'edit-pos', '1 of 2'));
    countWords(result.text);
    guessLanguage(result.text);
    article.getBoundingClientRect();  // one layout: the text of every part shaped with its fonts
  } finally {
    for (const h of hosts) h.remove();
  }
  return performance.now() - t0;
}

/** Warms the rendering once the page is idle and visible and no text has come; `<html data-warm-render>`. */
function scheduleWarmRendering() {
  const root = document.documentElement;
  root.dataset.warmRender = 'waiting';
  const idle = (f) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f, {timeout: 2000}) : setTimeout(f, 50));
  const attempt = () => {
    if (state.seq || input.value || state.result) {
      root.dataset.warmRender = 'skipped';  // a text came first: its own rendering does what this would
      return;
    }
    if (document.visibilityState === 'hidden') {
      document.addEventListener('visibilitychange', () => idle(attempt), {once: true});
      return;
    }
    try {
      timings.warmRender = {ms: warmRendering(), at: performance.now()};
      root.dataset.warmRender = 'done';
    } catch (e) {
      console.warn('warming the rendering:', e);
      root.dataset.warmRender = 'failed';
    }
  };
  idle(attempt);
}

// ---- offline after the first visit ----------------------------------------------------------------------------
// sw.js caches the page and the analyser. Off for the offline single file (file://), with
// <meta name="aa-service-worker" content="off"> (which also removes one registered before) or ?nosw.
let swStarted = false;
function serviceWorker() {
  if (swStarted) return;
  swStarted = true;
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol) || document.getElementById('aa-worker-src')) return;
  const off = document.querySelector('meta[name=aa-service-worker]')?.content === 'off' ||
              new URLSearchParams(location.search).has('nosw');
  if (off) {
    navigator.serviceWorker.getRegistrations().then((rs) => rs.forEach((r) => r.unregister())).catch(() => {});
    return;
  }
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url), {scope: './'}).catch((e) => console.warn('service worker:', e.message));
}

attachInteractions(view, () => state.result);
start().catch((e) => {
  progress.hidden = true;
  setStatus(`The analyser could not start: ${e.message}`);
  document.body.dataset.state = 'failed';
});
