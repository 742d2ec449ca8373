// The peers on our evaluation data (make eval): compromise's people(), places() and organizations() on
// uner_en_ewt dev and test, scored like aa-eval-ner scores us: documents built from the gold tokens (tokens joined
// by single spaces, sentences by a newline, as tools/corpus make_document does), exact spans, PER/ORG/LOC.
// wink-nlp's English lite model finds no people, organisations or places (its entity types are CARDINAL, DATE,
// DURATION, EMAIL, EMOJI, EMOTICON, HASHTAG, MENTION, MONEY, ORDINAL, PERCENT, TIME and URL: the model's README),
// so it has no row here.
//
//   node tools/eval/peers.mjs [--data ../shared/data] [--ours FILE]
// --ours: aa-eval-ner's output, whose uner_en_ewt tables are then printed beside compromise's.
// A compromise match is mapped to the gold tokens it overlaps, without punctuation-only tokens at its ends (its
// offsets include the punctuation after a word: "New York ." for "New York").
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const dataDir = path.resolve(option('--data', path.join(root, '../shared/data')));
const oursFile = option('--ours', null);

let nlp;
try {
  const require = createRequire(path.join(root, 'package.json'));
  nlp = (await import(require.resolve('compromise'))).default;
} catch {
  console.log('\npeers: skipped (node_modules/compromise is missing: run npm ci)');
  process.exit(0);
}
const compromiseVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/compromise/package.json'), 'utf8')).version;

/** Reads a CoNLL-style file as tools/corpus read_conll does (IOB2; "# newdoc" ends a document). */
function readConll(file) {
  const docs = [];
  let doc = [], tokens = [], tags = [];
  const endSentence = () => {
    if (tokens.length) doc.push({tokens, spans: spansFromTags(tags)});
    tokens = [];
    tags = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (let line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.startsWith('-DOCSTART-') || line.startsWith('# newdoc')) {
      endDoc();
      continue;
    }
    if (line.startsWith('#') && (line.length === 1 || line[1] === ' ')) continue;
    const tabs = line.includes('\t');
    const fields = tabs ? line.split('\t') : line.split(' ').filter((f) => f);
    if (!line.trim()) {
      endSentence();
      continue;
    }
    if (fields.length < 2) continue;
    const ud = fields.length >= 4 && /^[0-9]+$/.test(fields[0]);
    const token = ud ? fields[1] : fields[0];
    const tag = ud ? fields[2] : fields[fields.length - 1];
    if (!token) continue;
    tokens.push(token);
    tags.push(tag);
  }
  endDoc();
  return docs;
}

function spansFromTags(tags) {
  const spans = [];
  let cur = null;
  tags.forEach((t, i) => {
    if (t.length < 3 || t[1] !== '-' || t.slice(2) === 'O') {
      if (cur) spans.push(cur), (cur = null);
      return;
    }
    const p = t[0], label = t.slice(2);
    const cont = cur && cur.label === label && (p === 'I' || p === 'L' || p === 'E');
    if (!cont) {
      if (cur) spans.push(cur);
      cur = {begin: i, end: i + 1, label};
    } else {
      cur.end = i + 1;
    }
    if (p === 'L' || p === 'E' || p === 'U' || p === 'S') spans.push(cur), (cur = null);
  });
  if (cur) spans.push(cur);
  return spans;
}

const punctuationOnly = (s) => /^[\p{P}\p{S}]+$/u.test(s);

/** Scores compromise on the documents; counts per label. */
function score(docs) {
  const counts = {};
  const c = (l) => (counts[l] ??= {tp: 0, pred: 0, gold: 0});
  let tokensTotal = 0;
  const started = process.hrtime.bigint();
  for (const doc of docs) {
    // The text and the character range of every token (in UTF-16 units, as compromise counts).
    let text = '';
    const where = [];  // [start, end, sentence, index]
    doc.forEach((s, si) => {
      if (si > 0) text += '\n';
      s.tokens.forEach((t, k) => {
        if (k > 0) text += ' ';
        where.push([text.length, text.length + t.length, si, k]);
        text += t;
      });
    });
    tokensTotal += where.length;
    const gold = new Set();
    doc.forEach((s, si) => {
      for (const sp of s.spans)
        if (sp.label === 'PER' || sp.label === 'ORG' || sp.label === 'LOC') gold.add(`${sp.label} ${si} ${sp.begin} ${sp.end}`);
    });
    const pred = new Set();
    const found = nlp(text);
    for (const [method, label] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']]) {
      for (const m of found[method]().json({offset: true, terms: false})) {
        const start = m.offset.start, end = m.offset.start + m.offset.length;
        let toks = where.filter(([b, e]) => b < end && e > start);
        while (toks.length > 1 && punctuationOnly(text.slice(toks[0][0], toks[0][1]))) toks = toks.slice(1);
        while (toks.length > 1 && punctuationOnly(text.slice(toks.at(-1)[0], toks.at(-1)[1]))) toks = toks.slice(0, -1);
        if (!toks.length || toks[0][2] !== toks.at(-1)[2]) continue;  // across sentences: no gold span can match
        pred.add(`${label} ${toks[0][2]} ${toks[0][3]} ${toks.at(-1)[3] + 1}`);
      }
    }
    for (const g of gold) {
      c(g.split(' ')[0]).gold++;
      if (pred.has(g)) c(g.split(' ')[0]).tp++;
    }
    for (const p of pred) c(p.split(' ')[0]).pred++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {counts, tokens: tokensTotal, seconds};
}

const prf = ({tp, pred, gold}) => {
  const p = pred ? tp / pred : 0, r = gold ? tp / gold : 0;
  return {p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0};
};

/** Our uner_en_ewt tables from aa-eval-ner's output: {dev: {PER: {p, r, f}, ...}, test: {...}}. */
function readOurs(file) {
  const ours = {};
  let split = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const head = line.match(/^### uner_en_ewt (dev|test)\b/);
    if (head) {
      split = head[1];
      ours[split] = {};
      continue;
    }
    if (line.startsWith('###')) split = null;
    const row = line.match(/^\| \**(PER|ORG|LOC|all)\** \| \**([0-9.]+)\** \| \**([0-9.]+)\** \| \**([0-9.]+)\**/);
    if (split && row) ours[split][row[1]] = {p: +row[2], r: +row[3], f: +row[4]};
  }
  return ours;
}

const ours = oursFile && fs.existsSync(oursFile) ? readOurs(oursFile) : {};
console.log(`\n## Peers on the same data (compromise ${compromiseVersion}: people(), organizations(), places())`);
console.log('\nwink-nlp (wink-eng-lite-web-model): no row: its English lite model has no person, organisation or ' +
  'place entities\n(its entity types: CARDINAL, DATE, DURATION, EMAIL, EMOJI, EMOTICON, HASHTAG, MENTION, MONEY, ' +
  'ORDINAL, PERCENT, TIME, URL).');
for (const split of ['dev', 'test']) {
  const file = path.join(dataDir, `ner/uner_en_ewt/en_ewt-ud-${split}.iob2`);
  if (!fs.existsSync(file)) {
    console.log(`\nuner_en_ewt ${split}: skipped (${file} not found)`);
    continue;
  }
  const docs = readConll(file);
  const {counts, tokens, seconds} = score(docs);
  const all = {tp: 0, pred: 0, gold: 0};
  for (const l of ['PER', 'ORG', 'LOC']) for (const k of ['tp', 'pred', 'gold']) all[k] += counts[l]?.[k] ?? 0;
  const have = ours[split];
  console.log(`\n### uner_en_ewt ${split}: compromise${have ? ' beside ours' : ''} (PER/ORG/LOC, exact spans; ` +
    `${docs.length} documents, ${tokens} tokens; compromise took ${seconds.toFixed(1)} s)\n`);
  console.log(`| label | compromise P | compromise R | compromise F1 | gold | predicted |${have ? ' ours F1 |' : ''}`);
  console.log(`|---|---|---|---|---|---|${have ? '---|' : ''}`);
  for (const l of ['PER', 'ORG', 'LOC', 'all']) {
    const c = l === 'all' ? all : counts[l] ?? {tp: 0, pred: 0, gold: 0};
    const {p, r, f} = prf(c);
    const b = l === 'all' ? '**' : '';
    const mine = have?.[l] ? ` ${b}${have[l].f.toFixed(3)}${b} |` : have ? ' |' : '';
    console.log(`| ${b}${l}${b} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${b}${f.toFixed(3)}${b} | ${c.gold} | ${c.pred} |${mine}`);
  }
}
