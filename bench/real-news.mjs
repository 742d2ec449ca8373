// Real news for the benchmark, read from ../shared/data (AA_DATA overrides) and never written anywhere:
//   ECB+       the 982 news articles of ner/ecbplus/ECB+, each text rebuilt from its tokens (bench/ecb-text.mjs,
//              the port of ../annot/ecb.py's detokenize()), in a fixed order shuffled by the SHA-1 of the name
//              (the corpus is stored topic by topic; a newsroom's stream is not).
//   pages      the real web pages of pages/readability-test-pages (source.html of at least 8 KB: the smaller ones
//              are Readability's hand-made fixtures of a few lines), as HTML, with the article text our analyser
//              extracts from each (the text wink-nlp and compromise are given: they cannot read HTML).
// Where the data is absent, loadRealNews() says why ({missing}) and the bench keeps its generated corpus.
//
//   node bench/real-news.mjs --check-ecb [--python python3] [--ecb-py ../annot/ecb.py]
//        checks on every document that the port gives the same text as `python3 ecb.py text DOC`
//   node bench/real-news.mjs --stats     words per document (ECB+ texts and the pages' extracted texts)
import crypto from 'node:crypto';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {ecbText} from './ecb-text.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
export const DATA = process.env.AA_DATA ?? path.join(root, '../shared/data');
const ECB_DIR = 'ner/ecbplus/ECB+';
const PAGES_DIR = 'pages/readability-test-pages';
const MIN_PAGE_BYTES = 8000;

const sha1 = (s) => crypto.createHash('sha1').update(s).digest('hex');
const shuffled = (names) => names.map((n) => [sha1(n), n]).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((x) => x[1]);

/** The ECB+ documents' names and XML paths, shuffled (see above); null when absent. */
export function ecbDocs(data = DATA) {
  const dir = path.join(data, ECB_DIR);
  if (!fs.existsSync(dir)) return null;
  const docs = new Map();
  for (const topic of fs.readdirSync(dir)) {
    const t = path.join(dir, topic);
    if (!fs.statSync(t).isDirectory()) continue;
    for (const f of fs.readdirSync(t)) if (f.endsWith('.xml')) docs.set(f.slice(0, -4), path.join(t, f));
  }
  return shuffled([...docs.keys()]).map((id) => ({id, file: docs.get(id)}));
}

/** The real pages (source.html of at least MIN_PAGE_BYTES), shuffled; null when absent. */
export function pageFiles(data = DATA) {
  const dir = path.join(data, PAGES_DIR);
  if (!fs.existsSync(dir)) return null;
  const names = fs.readdirSync(dir).filter((n) => {
    const f = path.join(dir, n, 'source.html');
    return fs.existsSync(f) && fs.statSync(f).size >= MIN_PAGE_BYTES;
  });
  return shuffled(names).map((name) => ({name, file: path.join(dir, name, 'source.html')}));
}

/**
 * The article text our analyser extracts from each page, computed in a child process (so that the process that
 * times the contenders has not read the pages before). Returns [{name, html, text}] in the order given.
 */
function extractPages(pages) {
  const r = spawnSync(process.execPath, [path.join(here, 'real-news.mjs'), '--extract-pages'],
                      {input: JSON.stringify(pages.map((p) => p.file)), encoding: 'utf8',
                       maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'inherit']});
  if (r.status !== 0) throw new Error(`real-news.mjs --extract-pages failed (exit ${r.status})`);
  const texts = JSON.parse(r.stdout);
  return pages.map((p, i) => ({name: p.name, html: fs.readFileSync(p.file, 'utf8'), text: texts[i]}));
}

/**
 * {ecb: [{id, text}], pages: [{name, html, text}]} or {missing: 'why'} when ../shared/data is absent.
 * Pages from which our analyser extracts fewer than 50 words are left out (nothing to compare on).
 */
export function loadRealNews({data = DATA, countWords} = {}) {
  const docs = ecbDocs(data), pages = pageFiles(data);
  if (!docs || !pages) {
    return {missing: `${path.join(data, docs ? PAGES_DIR : ECB_DIR)} is absent (set AA_DATA to the data folder)`};
  }
  const ecb = docs.map((d) => ({id: d.id, text: ecbText(fs.readFileSync(d.file, 'utf8'))}));
  const extracted = extractPages(pages).filter((p) => !countWords || countWords(p.text) >= 50);
  return {ecb, pages: extracted};
}

async function main(argv) {
  if (argv.includes('--extract-pages')) {
    const files = JSON.parse(fs.readFileSync(0, 'utf8'));
    const {createAnalyser} = await import(pathToFileURL(path.join(root, 'build/web/article-analyser.mjs')).href);
    const analyser = await createAnalyser();
    const texts = files.map((f) => analyser.analyse(fs.readFileSync(f, 'utf8'), {input: 'html'}).text);
    analyser.dispose();
    process.stdout.write(JSON.stringify(texts));
    return 0;
  }
  if (argv.includes('--check-ecb')) {
    const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
    const ecbPy = path.resolve(opt('--ecb-py', path.join(root, '../annot/ecb.py')));
    const python = opt('--python', 'python3');
    const docs = ecbDocs();
    if (!docs) throw new Error(`${path.join(DATA, ECB_DIR)} is absent`);
    // One Python process runs ecb.py's own cmd_text() over all documents, each printed alone and collected, so
    // every text is exactly what `python3 ecb.py text DOC` prints (a spot check below runs that command itself).
    const script = `import sys, io, json, contextlib, argparse
sys.path.insert(0, ${JSON.stringify(path.dirname(ecbPy))})
import ${path.basename(ecbPy, '.py')} as ecb
out = {}
for d in json.load(sys.stdin):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        ecb.cmd_text(argparse.Namespace(docs=[d]))
    out[d] = buf.getvalue()
sys.stdout.buffer.write(json.dumps(out).encode())`;
    const env = {...process.env, AA_ECB: path.join(DATA, ECB_DIR)};
    const r = spawnSync(python, ['-c', script], {input: JSON.stringify(docs.map((d) => d.id)), encoding: 'utf8',
                                                 maxBuffer: 1 << 30, env, stdio: ['pipe', 'pipe', 'inherit']});
    if (r.status !== 0) throw new Error(`${python} failed (exit ${r.status})`);
    const want = JSON.parse(r.stdout);
    let same = 0;
    const differ = [];
    for (const d of docs) {
      const got = ecbText(fs.readFileSync(d.file, 'utf8')) + '\n';
      if (got === want[d.id]) ++same;
      else differ.push(d.id);
    }
    const spot = docs.filter((_, i) => i % 100 === 0);
    let spotSame = 0;
    for (const d of spot) {
      const p = spawnSync(python, [ecbPy, 'text', d.id], {encoding: 'utf8', env});
      if (p.status === 0 && p.stdout === want[d.id]) ++spotSame;
      else differ.push(`${d.id} (ecb.py text itself)`);
    }
    console.log(`ECB+ texts: ${same} of ${docs.length} documents identical to ecb.py's detokenize(); ` +
                `\`${python} ${path.relative(process.cwd(), ecbPy)} text DOC\` run for ${spot.length} of them: ` +
                `${spotSame} identical`);
    if (differ.length) console.log(`differ: ${differ.slice(0, 20).join(', ')}${differ.length > 20 ? ', ...' : ''}`);
    return differ.length ? 1 : 0;
  }
  if (argv.includes('--stats')) {
    const {countWords} = await import('./contenders.mjs');
    const real = loadRealNews({countWords});
    if (real.missing) {
      console.log(`real news: ${real.missing}`);
      return 0;
    }
    const stats = (name, xs) => {
      const w = xs.map((x) => countWords(x.text)).sort((a, b) => a - b);
      const sum = w.reduce((a, b) => a + b, 0);
      console.log(`${name}: ${w.length} texts, ${sum} words, median ${w[w.length >> 1]}, min ${w[0]}, ` +
                  `max ${w[w.length - 1]}, >= 1000 words: ${w.filter((x) => x >= 1000).length}`);
    };
    stats('ECB+', real.ecb);
    stats('pages (extracted text)', real.pages);
    return 0;
  }
  console.error('usage: node bench/real-news.mjs --check-ecb | --stats');
  return 2;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
