#!/usr/bin/env node
// Writes FILE.br (brotli, quality 11, the slowest and smallest) and FILE.gz (gzip -9) beside each static file a
// server may send compressed, so that no server compresses at request time (scripts/serve.mjs sends them with
// Content-Encoding). Run by the wasm build after the site is staged, and by scripts/dist.sh for the package:
//   node tools/precompress.mjs DIR        every .wasm .bin (the model) .mjs .js .css .html .txt .json .svg file directly in DIR
// A compressed file is rewritten only when older than its source, and not written at all when it would not be
// smaller (a stale one is then removed). Prints one line per file: raw, gzip and brotli sizes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const COMPRESSIBLE = new Set(['.wasm', '.bin', '.mjs', '.js', '.css', '.html', '.txt', '.json', '.svg']);

function fresh(out, st) {
  try {
    return fs.statSync(out).mtimeMs >= st.mtimeMs;
  } catch {
    return false;
  }
}

function write(out, bytes, rawSize) {
  if (bytes.length >= rawSize) {
    fs.rmSync(out, {force: true});
    return null;
  }
  fs.writeFileSync(out, bytes);
  return bytes.length;
}

/** Compresses one file; returns {file, raw, gzip, brotli} (null where not smaller; sizes of files kept). */
export function precompressFile(file) {
  const st = fs.statSync(file);
  const result = {file, raw: st.size, gzip: null, brotli: null};
  const br = `${file}.br`, gz = `${file}.gz`;
  if (fresh(br, st) && fresh(gz, st)) {
    result.brotli = fs.statSync(br).size;
    result.gzip = fs.statSync(gz).size;
    return result;
  }
  const raw = fs.readFileSync(file);
  const text = path.extname(file) !== '.wasm';
  result.brotli = write(br, zlib.brotliCompressSync(raw, {params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
    [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
  }}), raw.length);
  result.gzip = write(gz, zlib.gzipSync(raw, {level: 9}), raw.length);
  return result;
}

/** Compresses every compressible file directly in `dir`; returns their results. */
export function precompressDir(dir) {
  return fs.readdirSync(dir, {withFileTypes: true})
      .filter((e) => e.isFile() && COMPRESSIBLE.has(path.extname(e.name).toLowerCase()))
      .map((e) => precompressFile(path.join(dir, e.name)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node tools/precompress.mjs DIR...');
    process.exit(2);
  }
  const kib = (n) => (n === null ? '-' : `${(n / 1024).toFixed(1)} KiB`);
  for (const dir of dirs) {
    for (const r of precompressDir(dir)) {
      console.log(`precompress: ${path.relative(process.cwd(), r.file)}: ${kib(r.raw)}, gzip ${kib(r.gzip)}, ` +
                  `brotli ${kib(r.brotli)}`);
    }
  }
}
