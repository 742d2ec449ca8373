// Corrections an editor makes to a result, kept as a list of steps (each a list of operations) applied to the
// analyser's reading. Operations name what they change by offsets in the text, not by index, so they apply again
// to a fresh analysis of the same text and survive a reload or a re-import.
//
//   {op: 'label',  at, label}             an entity's label (every mention of its cluster)
//   {op: 'remove', at}                    remove one entity mention
//   {op: 'add',    start, end, label}     tag a span as a new entity (a cluster of its own)
//   {op: 'merge',  at, into}              the cluster of the entity at `at` joins the cluster of the one at `into`
//   {op: 'split',  at}                    the entity at `at` leaves its cluster for a new one
//   {op: 'speaker', quote, to}            a quote's speaker: the cluster of the entity at `to`; to = null: no
//                                         speaker; to = 'anonymous': an anonymous source
//   {op: 'kind',   quote, kind}           a quote's kind
// `at`, `into`, `to` are entity start offsets; `quote` is a quote's start offset (utf16).
//
// applyCorrections(result, steps) returns a new result, the same object the analyser returns, in which changed
// entities and quotes carry `edited: true` and `original` (their first reading; null for a new entity) and the
// top-level `edited` keeps the steps and the analyser's whole reading (entities, clusters, quotes).

export const CORRECTIONS_VERSION = 1;
const CLUSTERED = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT']);

/** A short, stable hash of a string (FNV-1a, two 32-bit lanes): the key corrections are kept under. */
export function textHash(s) {
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; ++i) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

function speakerOf(q) {
  const s = q.speaker ?? {};
  const sp = {name: s.name ?? null, cluster: s.cluster ?? null, mention: s.mention ?? null, anonymous: !!s.anonymous};
  if (s.reason && !s.name) sp.reason = s.reason;  // why there is none (kept until the speaker is corrected)
  return sp;
}

/** Applies `steps` ([{ops: [...]}]) to `base`; returns {result, applied, skipped} (counts of operations). */
export function applyCorrections(base, steps) {
  if (!steps?.length) return {result: base, applied: 0, skipped: 0};
  const clusters = (base.clusters ?? []).map((c) => ({label: c.label, name: c.name, titles: c.titles ?? [], orig: c.id, named: true}));
  const ents = (base.entities ?? []).map((e, i) => ({
    e: {...e}, cl: e.cluster != null ? clusters[e.cluster] : null, orig: base.entities[i], edited: false, removed: false,
  }));
  const quotes = (base.quotes ?? []).map((q) => ({
    q: {...q, speaker: speakerOf(q)}, cl: q.speaker?.cluster != null ? clusters[q.speaker.cluster] : null,
    orig: q, edited: false,
  }));
  const entAt = (at) => ents.find((x) => !x.removed && x.e.start === at);
  const quoteAt = (at) => quotes.find((x) => x.q.start === at);
  const newCluster = (x) => {
    const c = {label: x.e.label, name: x.e.text, titles: [], orig: null, named: true};
    clusters.push(c);
    return c;
  };
  const text = base.text ?? '';
  let applied = 0, skipped = 0;
  for (const step of steps) {
    for (const op of step.ops ?? []) {
      let ok = true;
      switch (op.op) {
        case 'label': {
          const x = entAt(op.at);
          if (!x || !op.label) { ok = false; break; }
          const group = x.cl ? ents.filter((y) => !y.removed && y.cl === x.cl) : [x];
          for (const y of group) { y.e.label = op.label; y.edited = true; }
          if (x.cl) x.cl.label = op.label;
          break;
        }
        case 'remove': {
          const x = entAt(op.at);
          if (!x) { ok = false; break; }
          x.removed = true;
          break;
        }
        case 'add': {
          const {start, end, label} = op;
          if (!(start >= 0 && end > start && end <= text.length) || !label ||
              ents.some((y) => !y.removed && y.e.start < end && y.e.end > start)) { ok = false; break; }
          const x = {e: {start, end, text: text.slice(start, end), label, cluster: null, score: 1}, cl: null, orig: null,
                     edited: true, removed: false};
          // A name tagged again joins the cluster of the same name and label, if there is one.
          const same = ents.find((y) => !y.removed && y.cl && y.e.label === label && (y.cl.name === x.e.text || y.e.text === x.e.text));
          x.cl = same ? same.cl : CLUSTERED.has(label) ? newCluster(x) : null;
          ents.push(x);
          break;
        }
        case 'merge': {
          const x = entAt(op.at), into = entAt(op.into);
          if (!x || !into || x === into) { ok = false; break; }
          const target = into.cl ?? (into.cl = newCluster(into));
          const from = x.cl;
          const group = from ? ents.filter((y) => !y.removed && y.cl === from) : [x];
          if (from === target) { ok = false; break; }
          for (const y of group) { y.cl = target; y.e.label = target.label; y.edited = true; }
          into.edited = true;
          for (const qx of quotes) if (from && qx.cl === from) { qx.cl = target; qx.edited = true; }
          if (from) target.titles = [...new Set([...target.titles, ...from.titles])];
          break;
        }
        case 'split': {
          const x = entAt(op.at);
          if (!x || !x.cl) { ok = false; break; }
          x.cl = newCluster(x);
          x.edited = true;
          break;
        }
        case 'speaker': {
          const qx = quoteAt(op.quote);
          if (!qx) { ok = false; break; }
          if (op.to === null || op.to === 'anonymous') {
            qx.cl = null;
            qx.q.speaker = {name: op.to ? 'anonymous source' : null, cluster: null, mention: null, anonymous: !!op.to};
          } else {
            const x = entAt(op.to);
            if (!x) { ok = false; break; }
            qx.cl = x.cl ?? (x.cl = newCluster(x));
            qx.q.speaker = {name: null, cluster: null, mention: {start: x.e.start, end: x.e.end, text: x.e.text}, anonymous: false};
          }
          qx.edited = true;
          break;
        }
        case 'kind': {
          const qx = quoteAt(op.quote);
          if (!qx || !['direct', 'partial', 'indirect', 'block', 'scare'].includes(op.kind)) { ok = false; break; }
          qx.q.kind = op.kind;
          qx.edited = true;
          break;
        }
        default:
          ok = false;
      }
      if (ok) ++applied; else ++skipped;
    }
  }

  // Number what is left: entities by position, clusters in order of first mention.
  const kept = ents.filter((x) => !x.removed).sort((a, b) => a.e.start - b.e.start);
  const used = [];
  const ids = new Map();
  for (const x of kept) {
    if (x.cl && !ids.has(x.cl)) { ids.set(x.cl, used.length); used.push(x.cl); }
  }
  // Keep the analyser's numbering where it can: clusters that existed, in their order, then new ones.
  used.sort((a, b) => (a.orig ?? 1e9) - (b.orig ?? 1e9) || ids.get(a) - ids.get(b));
  used.forEach((c, i) => ids.set(c, i));
  const outClusters = used.map((c, id) => ({id, label: c.label, name: c.name, mentions: [], titles: c.titles, quoteCount: 0}));
  const entities = kept.map((x, i) => {
    const e = {...x.e, cluster: x.cl ? ids.get(x.cl) : null};
    if (x.cl) outClusters[e.cluster].mentions.push(i);
    const changed = x.orig === null || x.orig.label !== e.label || (x.orig.cluster ?? null) !== (x.cl?.orig ?? null) ||
                    (x.cl && x.cl.orig === null);
    if (x.edited && changed) {
      e.edited = true;
      e.original = x.orig === null ? null : {label: x.orig.label, cluster: x.orig.cluster ?? null};
    }
    return e;
  });
  const outQuotes = quotes.map((qx) => {
    const q = {...qx.q, speaker: {...qx.q.speaker}};
    if (qx.cl && ids.has(qx.cl)) {
      const id = ids.get(qx.cl);
      q.speaker.cluster = id;
      q.speaker.name = outClusters[id].name;
      outClusters[id].quoteCount++;
    } else if (qx.cl) {  // its speaker's every mention was removed: keep the name, lose the link
      q.speaker.cluster = null;
      q.speaker.name = q.speaker.name ?? qx.cl.name;
    }
    const o = qx.orig;
    if (qx.edited && (o.kind !== q.kind || JSON.stringify(speakerOf(o)) !== JSON.stringify(q.speaker))) {
      q.edited = true;
      q.original = {kind: o.kind, speaker: speakerOf(o)};
    }
    return q;
  });
  const removed = ents.filter((x) => x.removed && x.orig).map((x) => x.orig);
  const result = {
    ...base, entities, clusters: outClusters, quotes: outQuotes,
    edited: {
      version: CORRECTIONS_VERSION, by: 'article-analyser page', steps,
      removedEntities: removed,
      original: {entities: base.entities, clusters: base.clusters, quotes: base.quotes},
    },
  };
  return {result, applied, skipped};
}

/**
 * Carries steps over an edit of the text: offsets before the edited region stay, offsets after it shift, and an
 * operation that touches the edited region is dropped. Returns {steps, dropped}.
 */
export function remapSteps(steps, oldText, newText) {
  let p = 0;
  const max = Math.min(oldText.length, newText.length);
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) ++p;
  let q = 0;
  while (q < max - p && oldText.charCodeAt(oldText.length - 1 - q) === newText.charCodeAt(newText.length - 1 - q)) ++q;
  const editEnd = oldText.length - q, delta = newText.length - oldText.length;
  const map = (o) => (o < p ? o : o >= editEnd ? o + delta : null);
  let dropped = 0;
  const out = [];
  for (const step of steps) {
    const ops = [];
    for (const op of step.ops ?? []) {
      const next = {...op};
      let ok = true;
      for (const k of ['at', 'into', 'quote', 'start']) {
        if (typeof op[k] === 'number') {
          next[k] = map(op[k]);
          if (next[k] === null) ok = false;
        }
      }
      if (typeof op.to === 'number') {
        next.to = map(op.to);
        if (next.to === null) ok = false;
      }
      if (typeof op.end === 'number') {
        // A span ends before the edit (end <= p) or starts after it.
        next.end = op.end <= p ? op.end : op.start >= editEnd ? op.end + delta : null;
        if (next.end === null) ok = false;
      }
      if (ok) ops.push(next); else ++dropped;
    }
    if (ops.length) out.push({...step, ops});
  }
  return {steps: out, dropped};
}

/** The steps carried by an exported JSON (null if it holds none). */
export function stepsFromExport(json) {
  const steps = json?.edited?.steps;
  return Array.isArray(steps) ? steps.filter((s) => Array.isArray(s?.ops)) : null;
}

/**
 * Where corrections are kept: localStorage, one key per text hash ("aa-corrections:<hash>"); an in-memory map
 * when storage is off (file://, privacy settings). {load(hash), save(hash, steps), clear(hash)}.
 * Storage stays bounded: the corrections of the KEPT_TEXTS texts saved most recently are kept, older ones are
 * dropped when a save passes that number, and when storage is full the oldest are dropped until the save fits
 * (an edited result's JSON export carries its corrections for good: stepsFromExport).
 */
export const KEPT_TEXTS = 200;
const STORE_PREFIX = 'aa-corrections:';

export function correctionStore(storage = globalThis.localStorage) {
  const memory = new Map();
  const key = (h) => `${STORE_PREFIX}${h}`;
  // Every kept entry but `except`, oldest first (by its "saved" time; an entry that cannot be read first of all).
  const keptOldestFirst = (except) => {
    const out = [];
    const n = storage?.length ?? 0;
    for (let i = 0; i < n; ++i) {
      const k = storage.key(i);
      if (!k?.startsWith(STORE_PREFIX) || k === except) continue;
      const saved = /"saved":"([^"]*)"/.exec(storage.getItem(k)?.slice(0, 200) ?? '')?.[1] ?? '';
      out.push({k, saved});
    }
    return out.sort((a, b) => (a.saved < b.saved ? -1 : a.saved > b.saved ? 1 : 0)).map((e) => e.k);
  };
  const put = (k, value) => {
    let old = null;
    for (;;) {
      try {
        storage.setItem(k, value);
        break;
      } catch (e) {
        old ??= keptOldestFirst(k);
        if (!old.length) throw e;
        storage.removeItem(old.shift());  // full: the oldest corrections make room
      }
    }
    const kept = keptOldestFirst(k);
    for (let i = 0; i < kept.length - (KEPT_TEXTS - 1); ++i) storage.removeItem(kept[i]);
  };
  return {
    load(h) {
      try {
        const raw = storage?.getItem(key(h));
        if (raw) {
          const v = JSON.parse(raw);
          if (v?.version === CORRECTIONS_VERSION && Array.isArray(v.steps)) return v.steps;
        }
      } catch { /* storage off or a bad entry: nothing kept */ }
      return memory.get(h) ?? [];
    },
    save(h, steps) {
      memory.set(h, steps);
      try {
        if (!storage) return false;
        if (steps.length) put(key(h), JSON.stringify({version: CORRECTIONS_VERSION, saved: new Date().toISOString(), steps}));
        else storage.removeItem(key(h));
        return true;
      } catch {
        return false;
      }
    },
    clear(h) {
      return this.save(h, []);
    },
  };
}

/**
 * Undo and redo over the steps of one text: {steps, push(ops, label), undo(), redo(), canUndo, canRedo, reset(steps)}.
 */
export function history(initial = []) {
  let done = [...initial], undone = [];
  return {
    get steps() { return done; },
    get canUndo() { return done.length > 0; },
    get canRedo() { return undone.length > 0; },
    push(ops, label) {
      done = [...done, {ops, label, at: new Date().toISOString()}];
      undone = [];
    },
    undo() {
      if (!done.length) return null;
      const s = done[done.length - 1];
      done = done.slice(0, -1);
      undone = [...undone, s];
      return s;
    },
    redo() {
      if (!undone.length) return null;
      const s = undone[undone.length - 1];
      undone = undone.slice(0, -1);
      done = [...done, s];
      return s;
    },
    reset(steps = []) {
      done = [...steps];
      undone = [];
    },
  };
}
