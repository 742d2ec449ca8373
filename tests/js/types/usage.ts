// Compiled (not run) by tests/js/types.test.mjs against the hand-written declarations in build/web: the way
// an embedder's TypeScript would use the kit. A declaration that drifts from this use fails the test.
import {createAnalyser, type AnalysisResult, type Quote} from '../../../build/web/article-analyser.mjs';
import createDefault from '../../../build/web/article-analyser.mjs';
import {highlightPreview} from '../../../build/web/cms-preview.mjs';
import '../../../build/web/article-analyser-element.mjs';

export async function use(): Promise<number> {
  const a = await createAnalyser();
  const r: AnalysisResult = a.analyse('x', {input: 'auto', offsets: 'codepoint'});
  const w = await createDefault({worker: true, warmUp: true});
  const warmed: 'done' | 'stopped' | 'skipped' = (await w.warmUp()).state;
  const r2: AnalysisResult = await w.analyse('x', {input: 'html'});
  const q: Quote | undefined = r2.quotes[0];
  const kind: 'direct' | 'partial' | 'scare' | 'indirect' | 'block' | undefined = q?.kind;
  const el = document.createElement('article-analyser');
  el.addEventListener('result', (e) => console.log(e.detail.sentences.length));
  el.result = r;
  const p = await highlightPreview('#preview', {watch: true, analyser: a});
  a.dispose();
  return (r.entities[0]?.cluster ?? 0) + p.results.length + (kind ? 1 : 0) + (warmed === 'done' ? 1 : 0) + a.memory().heapInUse;
}
