// The npm package as a newsroom developer gets it: packed (npm pack of the staged directory, as `make dist` does),
// installed from the tarball into an empty project (offline), then used from Node, from TypeScript, from a page
// with an import map, and from a page bundled by esbuild, in headless Chromium.
import test from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {stage} from '../../scripts/dist-package.mjs';
import {serve} from '../../scripts/serve.mjs';
import {launch, openPage, root, webDir} from './helpers.mjs';

const version = fs.readFileSync(path.join(root, 'CMakeLists.txt'), 'utf8').match(/project\(article_analyser VERSION ([\d.]+)/)[1];
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'],
                                        {cwd, encoding: 'utf8', env: {...process.env, npm_config_update_notifier: 'false'}});
const SAMPLE = 'Mayor Grace Okonkwo said: “We have run out of time to be cautious.” The Harbour Authority disagreed.';

let tmp, app, files;

test.before(() => {
  assert.ok(fs.existsSync(path.join(webDir, 'article-analyser-core.wasm')), 'build/web is built (make wasm)');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-npm-'));
  const staged = path.join(tmp, 'stage');
  stage({web: webDir, out: staged, version});
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], staged));
  files = packed[0].files.map((f) => f.path).sort();
  app = path.join(tmp, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({name: 'newsroom-tool', private: true, type: 'module'}));
  npm(['install', '--offline', '--ignore-scripts', path.join(tmp, packed[0].filename)], app);
});

test.after(() => fs.rmSync(tmp, {recursive: true, force: true}));

test('the tarball holds the API, worker, element, preview, core, types, README, licences and changelog', () => {
  for (const f of ['package.json', 'README.md', 'LICENSE', 'NOTICE', 'models/NOTICE', 'CHANGELOG.md',
                   'article-analyser.mjs', 'article-analyser.d.ts', 'article-analyser.d.mts', 'article-analyser-worker.mjs',
                   'article-analyser-core.mjs', 'article-analyser-core.wasm', 'entities.bin', 'article-analyser-element.mjs',
                   'article-analyser-element.d.ts', 'cms-preview.mjs', 'cms-preview.d.ts', 'aa-view.mjs',
                   'article-analyser.css']) {
    assert.ok(files.includes(f), `${f} is in the package`);
  }
  // Not the page, the offline file or precompressed copies.
  assert.deepEqual(files.filter((f) => /index\.html|app\.mjs|offline|\.br$|\.gz$|sample/.test(f)), []);
  const pkg = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/article-analyser/package.json'), 'utf8'));
  assert.equal(pkg.version, version);
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.type, 'module');
  assert.deepEqual(Object.keys(pkg.exports['.']), ['types', 'browser', 'worker', 'node', 'default']);
  assert.equal(pkg.exports['./element'].types, './article-analyser-element.d.ts');
  assert.ok(pkg.sideEffects.includes('./article-analyser-element.mjs'));
  assert.ok(!pkg.sideEffects.includes('./article-analyser.mjs'));
  assert.match(pkg.engines.node, />=\s*18/);
  assert.equal(Object.keys(pkg.dependencies ?? {}).length, 0);
  // The repository's own package.json is not the published one.
  assert.equal(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).private, true);
});

test('Node: import {createAnalyser} from "article-analyser" in the installed project', () => {
  fs.writeFileSync(path.join(app, 'node-use.mjs'), `
    import {createAnalyser, compileCore} from 'article-analyser';
    import {createRequire} from 'node:module';
    const pkg = createRequire(import.meta.url)('article-analyser/package.json');
    const a = await createAnalyser();
    const r = a.analyse(${JSON.stringify(SAMPLE)});
    const b = await createAnalyser();
    const same = (await compileCore()) === (await compileCore());
    console.log(JSON.stringify({version: a.version, pkg: pkg.version, same, equal: JSON.stringify(b.analyse(r.text)) === JSON.stringify(r),
      people: r.clusters.filter((c) => c.label === 'PERSON').map((c) => c.name), quotes: r.quotes.map((q) => q.speaker.name)}));
  `);
  const out = JSON.parse(execFileSync(process.execPath, ['node-use.mjs'], {cwd: app, encoding: 'utf8'}));
  assert.equal(out.version, version);
  assert.equal(out.pkg, version);
  assert.ok(out.same, 'compileCore() gives the same module twice');
  assert.ok(out.equal, 'a second analyser gives the same result');
  assert.deepEqual(out.people, ['Grace Okonkwo']);
  assert.deepEqual(out.quotes, ['Grace Okonkwo']);
});

test('TypeScript: the package types resolve through "exports" (nodenext and bundler) and reject a wrong use', () => {
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  fs.writeFileSync(path.join(app, 'use.ts'), `
    import {createAnalyser, compileCore, type AnalysisResult, type LoadProgress} from 'article-analyser';
    const seen: LoadProgress[] = [];
    const module: WebAssembly.Module = await compileCore();
    const a = await createAnalyser({worker: true, wasmModule: module, onProgress: (p) => seen.push(p)});
    const r: AnalysisResult = await a.analyse('x', {signal: new AbortController().signal, offsets: 'byte'});
    const el = document.createElement('article-analyser');
    const shown: AnalysisResult | null = el.result;
    export {r, shown};
  `);
  fs.writeFileSync(path.join(app, 'wrong.ts'), `
    import {createAnalyser} from 'article-analyser';
    const a = await createAnalyser({worker: true});
    await a.analyse('x', {signal: 'soon'});
  `);
  const base = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom'];
  for (const [mod, res] of [['nodenext', 'nodenext'], ['esnext', 'bundler']]) {
    const flags = [...base, '--module', mod, '--moduleResolution', res];
    const ok = spawnSync(process.execPath, [tsc, ...flags, 'use.ts'], {cwd: app, encoding: 'utf8'});
    assert.equal(ok.status, 0, `${res}: ${ok.stdout}${ok.stderr}`);
    const bad = spawnSync(process.execPath, [tsc, ...flags, 'wrong.ts'], {cwd: app, encoding: 'utf8'});
    assert.notEqual(bad.status, 0, `${res}: a string is not an AbortSignal`);
    assert.match(bad.stdout, /signal|AbortSignal/);
  }
});

/** Runs page.mjs's checks in a page; returns window.__out. */
async function runPage(url, serveRoot, csp) {
  const {server, url: base} = await serve({root: serveRoot, port: 0, csp});
  const browser = await launch();
  try {
    const {page, log} = await openPage(browser.context);
    await page.goto(new URL(url, base).href);
    await page.waitForFunction(() => window.__out || window.__error, null, {timeout: 60_000});
    const out = await page.evaluate(() => window.__out ?? {error: window.__error});
    assert.equal(out.error, undefined, out.error);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    return {out, requests: log.requests.map((r) => new URL(r).pathname)};
  } finally {
    await browser.close();
    server.close();
  }
}

// The page's checks, the same for the import map and the esbuild bundle: the local and the worker analyser,
// progress, abort, and the custom element.
const PAGE_MODULE = `
import {createAnalyser} from 'article-analyser';
import 'article-analyser/element';
const SAMPLE = ${JSON.stringify(SAMPLE)};
try {
  const local = await createAnalyser();
  const expected = local.analyse(SAMPLE);
  const progress = [];
  const worker = await createAnalyser({worker: true, onProgress: (p) => progress.push(p)});
  const viaWorker = await worker.analyse(SAMPLE);
  // Abort the running analysis of a long text: it rejects with an AbortError, the next one still works.
  const long = SAMPLE.repeat(20000);
  const controller = new AbortController();
  const running = worker.analyse(long, {signal: controller.signal});
  setTimeout(() => controller.abort(), 50);
  const aborted = await running.then(() => 'resolved', (e) => e.name);
  const after = await worker.analyse(SAMPLE);
  const el = document.querySelector('article-analyser');
  const shown = el.result ?? await new Promise((resolve) => el.addEventListener('result', (e) => resolve(e.detail)));
  window.__out = {
    version: worker.version, people: expected.clusters.filter((c) => c.label === 'PERSON').map((c) => c.name),
    workerSame: JSON.stringify(viaWorker) === JSON.stringify(expected), aborted,
    afterSame: JSON.stringify(after) === JSON.stringify(expected), progress,
    marks: document.querySelectorAll('article-analyser mark.aa-entity').length, shownPeople: shown.entities.length,
  };
} catch (e) {
  window.__error = String(e?.stack ?? e);
}
`;

function checkPage(out) {
  assert.equal(out.version, version);
  assert.deepEqual(out.people, ['Grace Okonkwo']);
  assert.ok(out.workerSame, 'the worker gives the local result');
  assert.equal(out.aborted, 'AbortError');
  assert.ok(out.afterSame, 'the restarted worker gives the same result');
  assert.ok(out.marks >= 2, `the element highlighted ${out.marks} entities`);
  // The worker downloads the .wasm and the model, and counts both.
  const wasm = fs.statSync(path.join(webDir, 'article-analyser-core.wasm')).size +
               fs.statSync(path.join(webDir, 'entities.bin')).size;
  assert.ok(out.progress.length >= 2, 'progress was reported');
  assert.deepEqual(out.progress.at(-1), {loaded: wasm, total: wasm});
  assert.ok(out.progress.every((p, i) => i === 0 || p.loaded >= out.progress[i - 1].loaded));
}

test('Chromium: a page that imports the installed package through an import map (no bundler)', async () => {
  const importMap = JSON.stringify({imports: {
    'article-analyser': '/node_modules/article-analyser/article-analyser.mjs',
    'article-analyser/element': '/node_modules/article-analyser/article-analyser-element.mjs',
    'article-analyser/': '/node_modules/article-analyser/',
  }});
  fs.writeFileSync(path.join(app, 'index.html'), `<!doctype html><meta charset="utf-8"><title>import map</title>
<script type="importmap">${importMap}</script>
<script type="module" src="page.mjs"></script>
<article-analyser>Mayor Grace Okonkwo met the Harbour Authority in Lisbon.</article-analyser>
`);
  fs.writeFileSync(path.join(app, 'page.mjs'), PAGE_MODULE);
  // The page's policy, plus the inline import map by its hash.
  const hash = crypto.createHash('sha256').update(importMap).digest('base64');
  const csp = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'; worker-src 'self'; ` +
              "connect-src 'self'; style-src 'self'; img-src 'self' data:";
  const {out, requests} = await runPage('/index.html', app, csp);
  checkPage(out);
  assert.ok(requests.includes('/node_modules/article-analyser/article-analyser-core.wasm'));
  assert.ok(requests.includes('/node_modules/article-analyser/entities.bin'));
});

test('Chromium: a page bundled by esbuild from the installed package (the documented recipe)', async () => {
  fs.mkdirSync(path.join(app, 'src'), {recursive: true});
  fs.writeFileSync(path.join(app, 'src/app.mjs'), PAGE_MODULE);
  const pub = path.join(app, 'public');
  const esbuild = path.join(root, 'node_modules/.bin/esbuild');
  const pkgDir = path.join(app, 'node_modules/article-analyser');
  execFileSync(esbuild, ['src/app.mjs', 'node_modules/article-analyser/article-analyser-worker.mjs', '--bundle',
                         '--format=esm', '--outdir=public/js', '--entry-names=[name]', '--out-extension:.js=.mjs',
                         '--log-level=warning'], {cwd: app, encoding: 'utf8'});
  for (const f of ['article-analyser-core.wasm', 'entities.bin', 'article-analyser.css']) {
    fs.copyFileSync(path.join(pkgDir, f), path.join(pub, 'js', f));
  }
  fs.writeFileSync(path.join(pub, 'index.html'), `<!doctype html><meta charset="utf-8"><title>esbuild</title>
<script type="module" src="js/app.mjs"></script>
<article-analyser>Mayor Grace Okonkwo met the Harbour Authority in Lisbon.</article-analyser>
`);
  const {out, requests} = await runPage('/index.html', pub);
  checkPage(out);
  // Everything came from the bundle: the app, the worker, the .wasm, the model and the stylesheet, nothing else.
  assert.deepEqual([...new Set(requests)].sort(),
                   ['/index.html', '/js/app.mjs', '/js/article-analyser-core.wasm', '/js/article-analyser-worker.mjs',
                    '/js/article-analyser.css', '/js/entities.bin'].sort());
});
