// The page: paste, type, drop or pick the sample; the analysis runs in a Web Worker and the view follows.
import {createAnalyser} from './article-analyser.mjs';
import {LABELS, LABEL_NAMES, QUOTE_KINDS, QUOTE_KIND_NAMES, renderArticle, attachInteractions, summarise, entitiesCsv,
        quotesText, countWords} from './aa-view.mjs';

const $ = (id) => document.getElementById(id);
const input = $('input'), kindSelect = $('input-kind'), view = $('view'), statusEl = $('status'), progress = $('progress');
const LARGE = 200_000;  // characters: above this, show progress and wait longer before analysing

const state = {analyser: null, result: null, seq: 0, shownSeq: 0, busy: false, queued: false, render: null, timer: 0};
const timings = {start: performance.now(), firstResult: null, last: null};
// For the browser tests and for debugging: the page's state, timings, and a way to show a result made by hand.
window.__aa = {state, timings, showResult: (result) => show(result, ++state.seq, {text: result.text, large: false, analyseMs: 0, t0: performance.now()})};

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
function setStatus(text) {
  statusEl.textContent = text;
}
function fmtBytes(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${Math.round(n / 1e3)} kB` : `${n} characters`;
}

// ---- the analyser ---------------------------------------------------------------------------------------------
// The offline single file carries the worker's code in a script element of type text/plain, which never runs.
function offlineWorkerUrl() {
  const src = document.getElementById('aa-worker-src');
  return src ? URL.createObjectURL(new Blob([src.textContent], {type: 'text/javascript'})) : undefined;
}

async function start() {
  try {
    const workerUrl = offlineWorkerUrl();
    state.analyser = await createAnalyser({worker: true, workerUrl, workerType: workerUrl ? 'classic' : 'module'});
  } catch (e) {
    // No worker (an unusual embedding): analyse on this thread rather than not at all.
    console.warn(e);
    if (document.getElementById('aa-worker-src')) throw e;
    const local = await createAnalyser();
    state.analyser = {version: local.version, analyse: async (t, o) => local.analyse(t, o)};
  }
  $('version').textContent = state.analyser.version;
  setStatus('Ready: paste an article, drop a file or load the sample.');
  document.body.dataset.state = 'ready';
  // A first visit shows what the page does: the built-in sample, analysed (?blank opens it empty).
  if (input.value) schedule(0);
  else if (!new URLSearchParams(location.search).has('blank')) await loadSample();
}

function schedule(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    state.timer = 0;
    analyseNow();
  }, delay ?? (input.value.length > LARGE ? 600 : 250));
}

async function analyseNow() {
  if (!state.analyser) return;
  if (state.busy) {  // one analysis at a time; the latest text goes next
    state.queued = true;
    return;
  }
  const text = input.value;
  const options = {input: kindSelect.value, offsets: 'utf16'};
  const seq = ++state.seq;
  state.busy = true;
  document.body.dataset.state = 'busy';
  const large = text.length > LARGE;
  if (large) {
    progress.hidden = false;
    progress.removeAttribute('value');
    setStatus(`Analysing ${fmtBytes(text.length)}…`);
  }
  const t0 = performance.now();
  let result = null;
  try {
    result = await state.analyser.analyse(text, options);
  } catch (e) {
    setStatus(`Could not analyse this text: ${e.message}`);
  }
  const analysed = performance.now();
  state.busy = false;
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
  await show(result, seq, {text, large, analyseMs: analysed - t0, t0});
}

async function show(result, seq, info) {
  state.render?.abort();
  const render = new AbortController();
  state.render = render;
  state.result = result;
  if (info.large) progress.max = 1;
  const done = await renderArticle(view, result, {
    signal: render.signal,
    onProgress: (f) => {
      if (info.large) {
        progress.value = f;
        setStatus(`Showing ${Math.round(f * 100)}% of ${fmtBytes(info.text.length)}…`);
      }
    },
  });
  if (!done || render.signal.aborted) return;
  renderPanel(result);
  progress.hidden = true;
  const total = performance.now() - info.t0;
  const words = countWords(result.text);
  setStatus(`${words.toLocaleString('en')} words, ${result.sentences.length} sentences, ${result.entities.length} entities, ` +
            `${result.quotes.length} quotes (analysed in ${Math.round(info.analyseMs)} ms, shown in ${Math.round(total)} ms).`);
  state.shownSeq = seq;
  timings.last = {analyseMs: info.analyseMs, totalMs: total, length: info.text.length};
  if (timings.firstResult === null && info.text.length) timings.firstResult = performance.now();
  document.body.dataset.resultSeq = String(seq);
  document.body.dataset.state = 'ready';
}

// ---- side panel -----------------------------------------------------------------------------------------------
function markAll(selector) {
  for (const n of view.querySelectorAll('.aa-marked')) n.classList.remove('aa-marked');
  const nodes = [...view.querySelectorAll(selector)];
  for (const n of nodes) n.classList.add('aa-marked');
  const first = nodes[0];
  if (first) {
    first.scrollIntoView({block: 'center', behavior: 'smooth'});
    const focusable = first.closest('[tabindex]') ?? first;
    focusable.focus({preventScroll: true});
  }
  return nodes.length;
}

function item(list, title, detail, onClick, data) {
  const li = el('li');
  const button = el('button', 'item');
  button.type = 'button';
  button.appendChild(el('span', 'item-name', title));
  if (detail) button.appendChild(el('span', 'item-detail', detail));
  button.addEventListener('click', onClick);
  for (const [k, v] of Object.entries(data ?? {})) button.dataset[k] = v;
  li.appendChild(button);
  list.appendChild(li);
}

function renderPanel(result) {
  const {groups, speakers} = summarise(result);
  const lists = {people: $('people'), orgs: $('orgs'), places: $('places'), other: $('other'), quoted: $('quoted'), warnings: $('warnings')};
  for (const l of Object.values(lists)) l.replaceChildren();
  for (const g of groups) {
    const list = g.label === 'PERSON' ? lists.people : g.label === 'ORG' ? lists.orgs :
                 g.label === 'GPE' || g.label === 'LOC' ? lists.places : lists.other;
    const titles = g.titles.length ? ` (${g.titles.join(', ')})` : '';
    const label = list === lists.other ? `${LABEL_NAMES[g.label] ?? g.label} · ` : '';
    item(list, g.name + titles, `${label}${g.count} mention${g.count === 1 ? '' : 's'}`,
         () => markAll(g.entities.map((i) => `[data-entity="${i}"]`).join(',')), {group: g.key, label: g.label});
  }
  for (const s of speakers) {
    const kinds = QUOTE_KINDS.filter((k) => s.kinds[k]).map((k) => `${s.kinds[k]} ${k}`).join(' · ');
    item(lists.quoted, s.name, `${kinds} · ${Math.round(s.share * 100)}% of quoted words`,
         () => markAll(s.quotes.map((i) => `[data-quote="${i}"]`).join(',')), {speaker: s.key});
  }
  for (const w of result.warnings) {
    item(lists.warnings, w.code, w.message, () => {
      const k = result.sentences.findIndex((s) => s.end > w.start);
      if (k >= 0) markAll(`[data-sentence="${k}"]`);
    }, {code: w.code});
  }
  for (const [name, list] of Object.entries(lists)) {
    if (!list.children.length) list.appendChild(el('li', 'empty', name === 'warnings' ? 'None.' : 'None found.'));
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
$('export-json').addEventListener('click', () => {
  if (!state.result) return (exportStatus.textContent = 'Nothing to export yet.');
  const blob = new Blob([JSON.stringify(state.result, null, 2) + '\n'], {type: 'application/json'});
  const a = el('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'article-analysis.json';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  exportStatus.textContent = 'Saved article-analysis.json.';
});
$('copy-csv').addEventListener('click', () => state.result && copy(entitiesCsv(state.result), `${state.result.entities.length} entities`));
$('copy-quotes').addEventListener('click', () => state.result && copy(quotesText(state.result), `${state.result.quotes.length} quotes`));

// ---- input ----------------------------------------------------------------------------------------------------
input.addEventListener('input', () => schedule());
kindSelect.addEventListener('change', () => schedule(0));

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
  schedule(0);
}
$('sample').addEventListener('click', () => loadSample().catch((e) => setStatus(`Could not load the sample: ${e.message}`)));

async function loadFile(file) {
  if (!file) return;
  if (file.size > 64 << 20) return setStatus(`${file.name} is too large (over 64 MB).`);
  const text = await file.text();
  input.value = text;
  kindSelect.value = /\.html?$/i.test(file.name) || file.type === 'text/html' ? 'html' : /\.txt$/i.test(file.name) ? 'text' : 'auto';
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

const themeButton = $('theme');
function applyTheme(theme) {
  if (theme) document.documentElement.dataset.theme = theme;
  const dark = theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  themeButton.setAttribute('aria-pressed', String(dark));
}
let savedTheme = null;
try {
  savedTheme = localStorage.getItem('aa-theme');
} catch { /* storage may be off (file://, privacy settings) */ }
applyTheme(savedTheme);
themeButton.addEventListener('click', () => {
  const dark = themeButton.getAttribute('aria-pressed') !== 'true';
  applyTheme(dark ? 'dark' : 'light');
  try {
    localStorage.setItem('aa-theme', dark ? 'dark' : 'light');
  } catch { /* not kept */ }
});

attachInteractions(view, () => state.result);
start().catch((e) => {
  setStatus(`The analyser could not start: ${e.message}`);
  document.body.dataset.state = 'failed';
});
