// The archive recipe (scripts/archive-parallel.sh, docs/archives.md): GNU parallel runs the native CLI over 1,000
// generated articles, JSON Lines in and out; every id comes out once, with the same analysis the CLI gives the
// article alone; a run cut short (a torn last line, or parallel interrupted) is resumed without analysing twice.
// Needs GNU parallel (scripts/setup.sh installs it) and the native CLI (build/native/article-analyser).
import test from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {articles} from '../../bench/corpus.mjs';
import {root} from './helpers.mjs';

const cli = path.join(root, 'build/native/article-analyser');
const script = path.join(root, 'scripts/archive-parallel.sh');
const N = 1000;

function setup() {
  assert.ok(fs.existsSync(cli), `${cli} is missing: cmake --preset native && cmake --build --preset native`);
  assert.equal(spawnSync('parallel', ['--version']).status, 0, 'GNU parallel is installed (scripts/setup.sh)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-archive-'));
  const texts = articles(N, 11);
  // Ids of both kinds, and one with characters JSON must escape.
  const ids = texts.map((_, i) => (i % 3 === 0 ? i : i === 1 ? 'a "quoted"\\id' : `doc-${i}`));
  const input = path.join(dir, 'in.jsonl');
  fs.writeFileSync(input, texts.map((text, i) => JSON.stringify({id: ids[i], text}) + '\n').join(''));
  return {dir, texts, ids, input, out: path.join(dir, 'out.jsonl')};
}

function run(input, out, extra = []) {
  return spawnSync(script, [input, out, '--jobs', '2', ...extra], {encoding: 'utf8', env: {...process.env, AA_CLI: cli}});
}

/** The lines of OUT, parsed, by id (JSON of the id as key); fails on a duplicate. */
function readOut(out) {
  const byId = new Map();
  const lines = fs.readFileSync(out, 'utf8').split('\n');
  assert.equal(lines.pop(), '', 'OUT ends with a newline');
  for (const line of lines) {
    const r = JSON.parse(line);
    const key = JSON.stringify(r.id);
    assert.ok(!byId.has(key), `id ${key} written twice`);
    byId.set(key, {line, r});
  }
  return byId;
}

function checkComplete(t, byId) {
  assert.equal(byId.size, N);
  for (const [i, id] of t.ids.entries()) {
    const got = byId.get(JSON.stringify(id));
    assert.ok(got, `id ${JSON.stringify(id)} is missing`);
    assert.equal(got.r.error, undefined);
    assert.equal(got.r.analysis.text, t.texts[i]);
  }
}

test('GNU parallel runs the CLI over 1,000 articles: every id once, each analysis as the CLI alone gives it', () => {
  const t = setup();
  try {
    const started = process.hrtime.bigint();
    const r = run(t.input, t.out);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    assert.equal(r.status, 0, r.stderr);
    const byId = readOut(t.out);
    checkComplete(t, byId);
    // Byte for byte what `article-analyser --format jsonl` prints for the article, for a spread of them.
    for (const i of [0, 1, 2, 499, 998, 999]) {
      const alone = execFileSync(cli, ['--format', 'jsonl'], {input: t.texts[i], encoding: 'utf8'});
      const key = JSON.stringify(t.ids[i]);
      assert.equal(byId.get(key).line, `{"id":${key},"analysis":${alone.trimEnd()}}`);
    }
    const bytes = fs.statSync(t.input).size;
    console.log(`# archive-parallel: ${N} articles (${(bytes / 1e6).toFixed(1)} MB) with --jobs 2 in ` +
                `${seconds.toFixed(2)} s: ${(N / seconds).toFixed(0)} articles/s`);
    // Run again on a finished OUT: nothing to do, nothing appended.
    const before = fs.readFileSync(t.out);
    const again = run(t.input, t.out);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /1000 records already in/);
    assert.ok(fs.readFileSync(t.out).equals(before));
  } finally {
    fs.rmSync(t.dir, {recursive: true, force: true});
  }
});

test('a run cut short is resumed: a torn last line is cut off and done again, the rest is not', () => {
  const t = setup();
  try {
    assert.equal(run(t.input, t.out).status, 0);
    const full = readOut(t.out);
    // Keep 400 whole lines and the first half of the next: what a kill while writing leaves.
    const lines = fs.readFileSync(t.out, 'utf8').split('\n').slice(0, 401);
    const torn = lines.pop();
    fs.writeFileSync(t.out, lines.join('\n') + '\n' + torn.slice(0, torn.length >> 1));
    const r = run(t.input, t.out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /400 records already in/);
    const resumed = readOut(t.out);
    checkComplete(t, resumed);
    for (const [key, {line}] of full) assert.equal(resumed.get(key).line, line, `id ${key}`);
  } finally {
    fs.rmSync(t.dir, {recursive: true, force: true});
  }
});

test('parallel interrupted mid-run (SIGINT), then run again: every id once', async () => {
  const t = setup();
  try {
    // Slow it down to about 60 articles/s so that the interruption falls in the middle: one job at a time, and
    // each block a separate job.
    const child = spawn(script, [t.input, t.out, '--jobs', '1', '--block', '-40'],
                        {env: {...process.env, AA_CLI: cli}, stdio: ['ignore', 'ignore', 'pipe'], detached: true});
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let waited = 0; waited < 30_000; waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
      if (fs.existsSync(t.out) && fs.statSync(t.out).size > 0) break;
    }
    process.kill(-child.pid, 'SIGINT');  // the whole process group, as Ctrl-C in a terminal
    await exited;
    const partial = fs.readFileSync(t.out, 'utf8').split('\n').length - 1;
    const r = run(t.input, t.out);
    assert.equal(r.status, 0, r.stderr);
    checkComplete(t, readOut(t.out));
    console.log(`# archive-parallel: interrupted with ${partial} lines written, resumed to ${N}`);
  } finally {
    fs.rmSync(t.dir, {recursive: true, force: true});
  }
});
