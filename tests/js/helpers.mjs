// Shared by the Node tests: the JS API as built and staged in build/web.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDir = path.join(root, 'build/web');

export async function loadApi() {
  const entry = path.join(webDir, 'article-analyser.mjs');
  if (!fs.existsSync(entry)) {
    throw new Error('build/web/article-analyser.mjs is missing: build it (cmake --preset wasm && cmake --build --preset wasm)');
  }
  return import(pathToFileURL(entry).href);
}

/** Every span of a result, each with a name saying where it came from. */
export function* allSpans(r) {
  const a = r.article;
  for (const k of ['title', 'subtitle', 'byline', 'date']) if (a[k]) yield [`article.${k}`, a[k]];
  for (const k of ['headings', 'captions', 'credits', 'paragraphs', 'boilerplate']) {
    for (const [i, s] of a[k].entries()) yield [`article.${k}[${i}]`, s];
  }
  for (const [i, s] of r.sentences.entries()) yield [`sentences[${i}]`, s];
  for (const [i, s] of r.entities.entries()) yield [`entities[${i}]`, s];
  for (const [i, q] of r.quotes.entries()) {
    yield [`quotes[${i}]`, q];
    if (q.cue) yield [`quotes[${i}].cue`, q.cue];
    yield [`quotes[${i}].content`, q.content];
    if (q.speaker?.mention) yield [`quotes[${i}].speaker.mention`, q.speaker.mention];
  }
}

/** A seeded generator (mulberry32): the same strings on every run, and the seed in any failure message. */
export {rng} from '../../bench/corpus.mjs';
