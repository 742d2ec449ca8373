// Type declarations for cms-preview.mjs (hand-written).
import type {AnalysisResult, PreviewHighlights, PreviewOptions} from './article-analyser.js';
export type {PreviewHighlights, PreviewOptions};

/** Highlights entities and quotes in place in every element matching `target`. */
export function highlightPreview(target: string | Element | Iterable<Element>, options?: PreviewOptions):
    Promise<PreviewHighlights>;
/** Removes the highlights that highlightPreview added to `root`. */
export function clearHighlights(root: Element): void;
/** The text analysed for `root` and where each of its text nodes starts in it. */
export function collectText(root: Element): {text: string; pieces: {node: Text; start: number}[]};
export type {AnalysisResult};
