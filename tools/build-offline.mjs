#!/usr/bin/env node
// Builds article-analyser-offline.html: the page as ONE self-contained file that works from file:// with no
// network. Run by the wasm build (target aa_site) after the site is staged:
//   node tools/build-offline.mjs --web build/web --core build/wasm/wasm/article-analyser-core-single.js \
//                                --out build/web/article-analyser-offline.html
// What it does to index.html:
//   - each <link rel="stylesheet"> becomes a <style> with the file's content;
//   - <script type="module" src="app.mjs"> becomes one inline module: app.mjs and the modules it imports, each
//     wrapped in a function scope (a small bundler for the import/export forms this project uses);
//   - the worker (single-file core with the .wasm inlined + article-analyser.mjs + the worker) and the sample
//     article go into <script type="text/plain"> elements, which never run; the page starts the worker from a
//     classic worker from a blob: URL (Chromium will not start a module worker from blob: on a file:// page);
//   - the CSP allows exactly these inline scripts and styles by their SHA-256 hashes, 'wasm-unsafe-eval' for the
//     core, and blob: workers; nothing may be fetched.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

function args(argv) {
  const a = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`build-offline: bad arguments near ${argv[i]}`);
    a[argv[i].slice(2)] = argv[i + 1];
  }
  for (const k of ['web', 'core', 'model', 'out']) if (!a[k]) throw new Error(`build-offline: --${k} is required`);
  return a;
}

/** Bundles an ES module and its relative imports into one script body; returns the code. */
export function bundle(entry, {classic = false} = {}) {
  const order = [];
  const sources = new Map();
  const id = (p) => `__aa_${path.basename(p, path.extname(p)).replace(/[^\w]/g, '_')}`;
  const importRe = /^import\s*\{([^}]*)\}\s*from\s*'(\.[^']+)';?[ \t]*$/gm;
  const visit = (file, stack) => {
    if (sources.has(file)) return;
    if (stack.includes(file)) throw new Error(`build-offline: import cycle at ${file}`);
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(importRe)) visit(path.resolve(path.dirname(file), m[2]), [...stack, file]);
    sources.set(file, src);
    order.push(file);
  };
  visit(path.resolve(entry), []);
  let out = '';
  for (const file of order) {
    const exported = [];
    let src = sources.get(file).replace(importRe, (m, names, spec) => {
      const target = id(path.resolve(path.dirname(file), spec));
      return `const {${names.replace(/\s+as\s+/g, ': ').replace(/\s+/g, ' ').trim()}} = ${target};`;
    });
    src = src.replace(/^export\s+(async\s+function\*?|function\*?|class|const|let)\s+([A-Za-z_$][\w$]*)/gm, (m, kw, name) => {
      exported.push(name);
      return `${kw} ${name}`;
    });
    src = src.replace(/^export\s+default\s+([A-Za-z_$][\w$]*)\s*;?[ \t]*$/gm, (m, name) => {
      exported.push(`default: ${name}`);
      return '';
    });
    // A classic script (the offline worker: module workers cannot start from blob: on a file:// page) has no
    // import.meta; the code only uses it for default URLs, which the offline page never needs.
    if (classic) src = src.replace(/import\.meta\.url/g, 'self.location.href');
    if (/^\s*(import\s|export\s)/m.test(src)) throw new Error(`build-offline: ${file}: an import/export form the bundler does not know`);
    out += `const ${id(file)} = (() => {\n${src}\nreturn {${exported.join(', ')}};\n})();\n`;
  }
  return out;
}

function checkInline(text, what) {
  if (/<\/script|<!--|<script/i.test(text)) throw new Error(`build-offline: ${what} contains "</script", "<script" or "<!--"`);
  return text;
}
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function buildOffline({web, core, model, out}) {
  let html = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
  const styleHashes = [];
  html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (m, href) => {
    const css = checkInline(fs.readFileSync(path.join(web, href), 'utf8'), href);
    styleHashes.push(sha256(css));
    return `<style data-aa-style>${css}</style>`;
  });
  const scriptHashes = [];
  let replaced = 0;
  html = html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (m, src) => {
    const code = checkInline(bundle(path.join(web, src)), src);
    scriptHashes.push(sha256(code));
    ++replaced;
    return `<script type="module">${code}</script>`;
  });
  if (replaced !== 1) throw new Error(`build-offline: expected one module script in index.html, found ${replaced}`);

  const glue = fs.readFileSync(core, 'utf8');
  if (!glue.includes('data:application/octet-stream;base64,')) throw new Error(`build-offline: ${core} is not a SINGLE_FILE build`);
  // The model (entities.bin) as base64, which the worker decodes (article-analyser-worker.mjs).
  const modelBase64 = fs.readFileSync(model).toString('base64');
  const worker = `${glue}\nglobalThis.createArticleAnalyserCore = createArticleAnalyserCore;\n` +
                 `globalThis.articleAnalyserModelBase64 = '${modelBase64}';\n` +
                 bundle(path.join(web, 'article-analyser-worker.mjs'), {classic: true});
  const sample = fs.readFileSync(path.join(web, 'sample-article.txt'), 'utf8');
  const payload = `<script type="text/plain" id="aa-worker-src">${checkInline(worker, 'the worker')}</script>\n` +
                  `<script type="text/plain" id="aa-sample-src">\n${checkInline(sample, 'the sample')}</script>\n`;
  html = html.replace('</body>', `${payload}</body>`);

  const csp = `default-src 'none'; script-src ${scriptHashes.join(' ')} 'wasm-unsafe-eval'; worker-src blob:; ` +
              `style-src ${styleHashes.join(' ')}; img-src data: blob:; base-uri 'none'; form-action 'none'`;
  const cspRe = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
  if (!cspRe.test(html)) throw new Error('build-offline: index.html has no CSP meta element');
  html = html.replace(cspRe, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  html = html.replace(/<title>([^<]*)<\/title>/, '<title>$1 (offline)</title>');
  if (/\s(src|href)="(?!#|data:)[^"]*"/.test(html.replace(/<script type="text\/plain"[\s\S]*?<\/script>/g, ''))) {
    throw new Error('build-offline: the page still refers to another file');
  }
  fs.writeFileSync(out, html);
  return {bytes: Buffer.byteLength(html)};
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  try {
    const a = args(process.argv.slice(2));
    const {bytes} = buildOffline(a);
    console.log(`build-offline: wrote ${a.out} (${(bytes / 1024).toFixed(0)} KiB)`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
