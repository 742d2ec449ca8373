// make dist (scripts/dist.sh, into a temporary DIST): the npm package and the CLI release tarball, named by the
// CMake version, with checksums; the unpacked CLI runs, analyses, and runs the archive recipe it carries.
// (The npm package in use: tests/browser/npm-package.test.mjs.)
import test from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {root} from './helpers.mjs';

const version = fs.readFileSync(path.join(root, 'CMakeLists.txt'), 'utf8').match(/project\(article_analyser VERSION ([\d.]+)/)[1];

test('make dist writes the npm package, the CLI tarball and SHA256SUMS; the CLI from the tarball works', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-dist-'));
  try {
    execFileSync(path.join(root, 'scripts/dist.sh'), {cwd: root, env: {...process.env, DIST: dist}, stdio: 'pipe'});
    const arch = execFileSync('uname', ['-m'], {encoding: 'utf8'}).trim();
    const cliName = `article-analyser-cli-${version}-linux-${arch}`;
    assert.deepEqual(fs.readdirSync(dist).sort(),
                     ['SHA256SUMS', `${cliName}.tar.gz`, `article-analyser-${version}.tgz`].sort());
    execFileSync('sha256sum', ['--check', '--quiet', 'SHA256SUMS'], {cwd: dist});

    execFileSync('tar', ['xzf', `${cliName}.tar.gz`], {cwd: dist});
    const top = path.join(dist, cliName);
    for (const f of ['bin/article-analyser', 'README.md', 'LICENSE', 'NOTICE', 'models/NOTICE', 'docs/archives.md',
                     'scripts/archive-parallel.sh']) {
      assert.ok(fs.existsSync(path.join(top, f)), `${f} is in the CLI tarball`);
    }
    const bin = path.join(top, 'bin/article-analyser');
    assert.equal(execFileSync(bin, ['--version'], {encoding: 'utf8'}), `article-analyser ${version}\n`);
    const r = JSON.parse(execFileSync(bin, [], {input: 'Mayor Grace Okonkwo said: “We are late.”', encoding: 'utf8'}));
    assert.deepEqual(r.entities.map((e) => e.text), ['Grace Okonkwo']);
    assert.match(fs.readFileSync(path.join(top, 'README.md'), 'utf8'), /GLIBC_2\.\d+/);

    // The recipe from the tarball finds the tool beside it (bin/), with nothing on PATH.
    const input = path.join(dist, 'in.jsonl');
    fs.writeFileSync(input, '{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n');
    const env = {...process.env, AA_CLI: ''};
    delete env.AA_CLI;
    execFileSync(path.join(top, 'scripts/archive-parallel.sh'), [input, path.join(dist, 'out.jsonl')],
                 {env: {...env, PATH: '/usr/bin:/bin'}, stdio: 'pipe'});
    const ids = fs.readFileSync(path.join(dist, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    assert.deepEqual(ids.sort(), ['a', 'b']);
  } finally {
    fs.rmSync(dist, {recursive: true, force: true});
  }
});
