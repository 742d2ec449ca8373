// Declarations for article-analyser.mjs: TypeScript looks for .d.mts beside a .mjs; the types are in article-analyser.d.ts.
export * from './article-analyser.js';
export {default} from './article-analyser.js';
