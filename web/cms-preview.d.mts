// Declarations for cms-preview.mjs: TypeScript looks for .d.mts beside a .mjs; the types are in cms-preview.d.ts.
export * from './cms-preview.js';
