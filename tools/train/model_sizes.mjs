// Sizes of a packed entity model (core/ner/model_pack.h) stream by stream: raw bytes and brotli (quality 11, as
// bench/sizes.mjs measures the wire), each stream compressed alone, and the whole file.
//   node tools/train/model_sizes.mjs build/web/entities.bin [more.bin ...]
import fs from 'node:fs';
import zlib from 'node:zlib';

const kNames = ['meta', 'feature buckets', 'feature key high', 'feature key low', 'feature counts', 'tags',
  'weight high', 'weight low', 'phrase buckets', 'phrase key high', 'phrase key low', 'phrase value high',
  'phrase value low', 'rep keys', 'rep path high', 'rep path low'];
const brotli = (b) => zlib.brotliCompressSync(b, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11}}).length;

for (const file of process.argv.slice(2)) {
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8).toString('latin1') !== 'AANERPAK') throw new Error(`${file}: not a packed model`);
  let at = 20;
  const u32 = () => { const v = bytes.readUInt32LE(at); at += 4; return v; };
  const n = u32();
  const rows = [];
  for (let i = 0; i < n; ++i) {
    const len = u32();
    const s = bytes.subarray(at, at + len);
    at += len;
    rows.push({stream: kNames[i] ?? `stream ${i}`, raw: len, brotli: len ? brotli(s) : 0});
  }
  const sum = (k, f = () => true) => rows.filter(f).reduce((a, r) => a + r[k], 0);
  const isFeat = (r) => /^(feature|tags|weight)/.test(r.stream);
  const isPhrase = (r) => /^phrase/.test(r.stream);
  console.log(`${file}: ${bytes.length} B, brotli ${brotli(bytes)} B (whole file)`);
  console.log('| stream | raw | brotli alone |\n| --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.stream} | ${r.raw} | ${r.brotli} |`);
  console.log(`| features (weights table) | ${sum('raw', isFeat)} | ${sum('brotli', isFeat)} |`);
  console.log(`| gazetteer phrases | ${sum('raw', isPhrase)} | ${sum('brotli', isPhrase)} |`);
  console.log(`| sum of streams | ${sum('raw')} | ${sum('brotli')} |`);
}
