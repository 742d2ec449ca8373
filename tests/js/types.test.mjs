// The hand-written TypeScript declarations compile against a typical use (tests/js/types/usage.ts), and a wrong
// use is rejected, so the declarations say something.
import test from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {root} from './helpers.mjs';

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const FLAGS = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
               '--lib', 'es2022,dom'];

function compile(file) {
  return spawnSync(process.execPath, [tsc, ...FLAGS, file], {encoding: 'utf8', cwd: root});
}

test('the declarations compile with a typical use', () => {
  assert.ok(fs.existsSync(tsc), 'typescript is installed (npm ci)');
  const r = compile(path.join(root, 'tests/js/types/usage.ts'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('the declarations reject a wrong use', () => {
  const dir = fs.mkdtempSync(path.join(root, 'build/tmp-types-'));
  const file = path.join(dir, 'wrong.ts');
  const api = path.relative(dir, path.join(root, 'build/web/article-analyser.mjs')).replace(/\\/g, '/');
  fs.writeFileSync(file, `import {createAnalyser} from '${api.startsWith('.') ? api : `./${api}`}';\n` +
                         `const a = await createAnalyser();\nconst n: number = a.analyse('x', {offsets: 'utf8'});\n`);
  try {
    const r = compile(file);
    assert.notEqual(r.status, 0);
    assert.match(r.stdout, /TS2322|TS2820|offsets|utf8/);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
