#!/usr/bin/env node
// Stages the npm package in a directory, from the built site (build/web) and the repository, and writes its
// package.json. scripts/dist.sh runs it, then `npm pack` in that directory:
//   node scripts/dist-package.mjs --web build/web --out build/dist/package --version 0.1.0
// The repository's own package.json stays private (it only lists the tools of the tests and the bench); the
// published one is this generated file.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The files of the package, from build/web (the JS API, worker, element, preview helper, core and types). */
export const WEB_FILES = [
  'article-analyser.mjs', 'article-analyser.d.ts', 'article-analyser.d.mts',
  'article-analyser-worker.mjs',
  'article-analyser-core.mjs', 'article-analyser-core.wasm', 'entities.bin',
  'article-analyser-element.mjs', 'article-analyser-element.d.ts', 'article-analyser-element.d.mts',
  'cms-preview.mjs', 'cms-preview.d.ts', 'cms-preview.d.mts',
  'aa-view.mjs', 'article-analyser.css',
];

/** Where each file of the repository goes in the package. */
export const REPO_FILES = {
  'docs/npm-package.md': 'README.md',
  'LICENSE': 'LICENSE',
  'NOTICE': 'NOTICE',
  'models/NOTICE': 'models/NOTICE',
  'CHANGELOG.md': 'CHANGELOG.md',
};

export function packageJson(version) {
  const repo = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const types = (d) => ({types: `./${d}`});
  return {
    name: 'article-analyser',
    version,
    description: 'Article structure, named entities and quotations with their speakers in news articles: a ' +
                 'WebAssembly core with a JS API, a Web Worker and a custom element, for browsers and Node',
    keywords: ['nlp', 'named-entity-recognition', 'quotations', 'news', 'journalism', 'webassembly'],
    license: 'MIT AND CC-BY-SA-4.0',
    type: 'module',
    // One ES module for every environment: it reads the .wasm with fetch in browsers and workers and with fs
    // in Node, and bundlers see the .wasm and the worker through new URL(..., import.meta.url).
    main: './article-analyser.mjs',
    module: './article-analyser.mjs',
    types: './article-analyser.d.ts',
    exports: {
      '.': {
        ...types('article-analyser.d.ts'),
        browser: './article-analyser.mjs',
        worker: './article-analyser.mjs',
        node: './article-analyser.mjs',
        default: './article-analyser.mjs',
      },
      './worker': './article-analyser-worker.mjs',
      './element': {...types('article-analyser-element.d.ts'), browser: './article-analyser-element.mjs',
                    default: './article-analyser-element.mjs'},
      './cms-preview': {...types('cms-preview.d.ts'), browser: './cms-preview.mjs', default: './cms-preview.mjs'},
      './core': './article-analyser-core.mjs',
      './core.wasm': './article-analyser-core.wasm',
      './entities.bin': './entities.bin',
      './article-analyser.css': './article-analyser.css',
      './*.mjs': './*.mjs',
      './*.wasm': './*.wasm',
      './package.json': './package.json',
    },
    files: [...WEB_FILES, 'models/NOTICE', 'NOTICE', 'CHANGELOG.md'],
    // Importing these does something (defines <article-analyser>, listens for worker messages, styles): a
    // bundler must keep them even if nothing they export is used. The API module itself has no side effects.
    sideEffects: ['./article-analyser-element.mjs', './article-analyser-worker.mjs', './*.css'],
    engines: repo.engines,
  };
}

export function stage({web, out, version}) {
  fs.rmSync(out, {recursive: true, force: true});
  fs.mkdirSync(path.join(out, 'models'), {recursive: true});
  for (const f of WEB_FILES) {
    const from = path.join(web, f);
    if (!fs.existsSync(from)) throw new Error(`dist: ${from} is missing: build the site (make wasm)`);
    fs.copyFileSync(from, path.join(out, f));
  }
  for (const [from, to] of Object.entries(REPO_FILES)) fs.copyFileSync(path.join(root, from), path.join(out, to));
  fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(packageJson(version), null, 2) + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) a[argv[i].replace(/^--/, '')] = argv[i + 1];
  if (!a.web || !a.out || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(a.version ?? '')) {
    console.error('usage: node scripts/dist-package.mjs --web DIR --out DIR --version X.Y.Z');
    process.exit(2);
  }
  stage(a);
}
