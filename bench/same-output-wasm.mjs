// The JSON of two WASM builds compared on real news (no behaviour change in a build-only change): the first N ECB+
// articles (bench/real-news.mjs order, default 300) and every real page, in UTF-16 and code-point offsets. Reads
// ../shared/data at run time and writes nothing.
//   node bench/same-output-wasm.mjs build/before-web build/web [N]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import {pathToFileURL} from 'node:url';
import {ecbDocs, pageFiles} from './real-news.mjs';
import {ecbText} from './ecb-text.mjs';
const [A, B, N = '300'] = process.argv.slice(2);
if (!A || !B) throw new Error('usage: node bench/same-output-wasm.mjs WEB_DIR_A WEB_DIR_B [N]');
if (!ecbDocs() || !pageFiles()) {
  console.log('same-output-wasm: skipped: ../shared/data (AA_DATA) is absent');
  process.exit(0);
}
const load = async (d) => (await import(pathToFileURL(path.resolve(d, 'article-analyser.mjs')).href)).createAnalyser();
const a = await load(A), b = await load(B);
const inputs = ecbDocs().slice(0, Number(N)).map((d) => [ecbText(fs.readFileSync(d.file, 'utf8')), 'text']);
for (const f of pageFiles()) inputs.push([fs.readFileSync(f.file ?? f, 'utf8'), 'html']);
let same = 0, diff = 0;
const h = crypto.createHash('sha1');
for (const [text, input] of inputs) {
  for (const offsets of ['utf16', 'codepoint']) {
    const x = JSON.stringify(a.analyse(text, {input, offsets})), y = JSON.stringify(b.analyse(text, {input, offsets}));
    h.update(x);
    if (x === y) ++same; else ++diff;
  }
}
console.log(`${inputs.length} inputs x 2 offset units: ${same} identical, ${diff} different; sha1 ${h.digest('hex').slice(0, 12)}`);
process.exit(diff ? 1 : 0);
