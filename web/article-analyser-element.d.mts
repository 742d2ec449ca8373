// Declarations for article-analyser-element.mjs: TypeScript looks for .d.mts beside a .mjs; the types are in article-analyser-element.d.ts.
export * from './article-analyser-element.js';
