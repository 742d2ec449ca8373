// Sizes of the WebAssembly build (raw, gzip -9, brotli) against bench/budget.json.
//   node bench/sizes.mjs [--web build/web]     exit status 1 if a file is over budget or missing
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const budgetFile = path.join(root, 'bench/budget.json');

/** Sizes of every budgeted file (and the worker); {files: {name: {raw, gzip, brotli, budget, over: [...]}}, ok}. */
export function sizes(webDir = path.join(root, 'build/web')) {
  const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8')).files;
  const names = [...Object.keys(budget), 'article-analyser-worker.mjs'];
  const files = {};
  let ok = true;
  for (const name of names) {
    const p = path.join(webDir, name);
    if (!fs.existsSync(p)) {
      files[name] = {missing: true, budget: budget[name], over: ['missing']};
      ok = false;
      continue;
    }
    const bytes = fs.readFileSync(p);
    const entry = {
      raw: bytes.length,
      gzip: zlib.gzipSync(bytes, {level: 9}).length,
      brotli: zlib.brotliCompressSync(bytes, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11}}).length,
      budget: budget[name] ?? null,
      over: [],
    };
    for (const k of ['raw', 'gzip']) if (entry.budget && entry[k] > entry.budget[k]) entry.over.push(k);
    if (entry.over.length) ok = false;
    files[name] = entry;
  }
  return {files, ok};
}

if (process.argv[1] && process.argv[1].endsWith('sizes.mjs')) {
  const i = process.argv.indexOf('--web');
  const r = sizes(i > 0 ? process.argv[i + 1] : undefined);
  console.log(JSON.stringify(r, null, 2));
  process.exit(r.ok ? 0 : 1);
}
