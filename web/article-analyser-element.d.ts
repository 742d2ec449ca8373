// Type declarations for article-analyser-element.mjs (hand-written). Importing the module defines
// <article-analyser>; see article-analyser.d.ts for the element's interface (HTMLElementTagNameMap).
import type {AnalysisResult} from './article-analyser.js';

export class ArticleAnalyserElement extends HTMLElement {
  text: string | null;
  result: AnalysisResult | null;
  analyse(text: string): Promise<AnalysisResult>;
}
