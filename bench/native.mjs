// Native figures: the tokenizer + sentence splitter and the full analysis in-process (aa-bench-native), the CLI
// end to end on 10 MB and with --format jsonl over 1,000 articles, and peak RSS (/usr/bin/time) for 1 MB and 10 MB.
//   node bench/native.mjs [--quick] [--out FILE.json]
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {countWords, median} from './contenders.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'build/native/article-analyser');
const benchBin = path.join(root, 'build/native/aa-bench-native');
const stagesBin = path.join(root, 'build/native/aa-bench-stages');
const htmlBin = path.join(root, 'build/native/bench_html');
const texts = path.join(root, 'build/bench/texts');

function run(cmd, args, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {maxBuffer: 1 << 30, ...opts});
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')}...: exit ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  }
  return {seconds, stdout: r.stdout, stderr: r.stderr};
}

/** Peak resident set size in MB of `cmd args`, output thrown away (GNU time's %M, in KB). */
function peakRss(cmd, args) {
  const r = run('/usr/bin/time', ['-f', '%M', cmd, ...args], {stdio: ['ignore', 'ignore', 'pipe']});
  const kb = Number(String(r.stderr).trim().split('\n').pop());
  return {mb: kb / 1024, seconds: r.seconds};
}

export function nativeBench({quick = false} = {}) {
  for (const f of [cli, benchBin, stagesBin, htmlBin]) if (!fs.existsSync(f)) throw new Error(`${f} is missing: build the native preset`);
  const reps = quick ? 3 : 5;
  const ten = path.join(texts, 'text-10m.txt');
  const one = path.join(texts, 'text-1m.txt');
  const tenBytes = fs.statSync(ten).size;
  const tenWords = countWords(fs.readFileSync(ten, 'utf8'));

  // In-process: tokens + sentences, and the full analysis with JSON (no I/O).
  const inproc = JSON.parse(run(benchBin, ['--mb', String(tenBytes / 1e6), '--repeat', String(reps), '--json', ten])
                                .stdout);
  const tok = {
    mbPerSecond: inproc.bytes / 1e6 / inproc.tokensSentencesSeconds,
    tokensPerSecond: inproc.tokens / inproc.tokensSentencesSeconds,
    seconds: inproc.tokensSentencesSeconds,
  };
  const full = {
    mbPerSecond: inproc.bytes / 1e6 / inproc.fullSeconds,
    tokensPerSecond: inproc.tokens / inproc.fullSeconds,
    wordsPerSecond: tenWords / inproc.fullSeconds,
    seconds: inproc.fullSeconds,
  };

  // The CLI as a user runs it: read, decode, analyse, write JSON lines (to /dev/null), process start included.
  const devnull = fs.openSync('/dev/null', 'w');
  const cliTimes = [];
  for (let i = 0; i < reps; ++i) {
    cliTimes.push(run(cli, ['--format', 'jsonl', ten], {stdio: ['ignore', devnull, 'pipe']}).seconds);
  }
  const cliSeconds = median(cliTimes);
  const cli10 = {bytes: tenBytes, seconds: cliSeconds, mbPerSecond: tenBytes / 1e6 / cliSeconds,
                 tokensPerSecond: inproc.tokens / cliSeconds, wordsPerSecond: tenWords / cliSeconds};

  // --format jsonl over 1,000 articles in one process.
  const files = fs.readdirSync(path.join(texts, 'articles')).filter((f) => f.endsWith('.txt')).sort()
                    .map((f) => path.join(texts, 'articles', f));
  let artBytes = 0, artWords = 0;
  for (const f of files) {
    const t = fs.readFileSync(f, 'utf8');
    artBytes += Buffer.byteLength(t);
    artWords += countWords(t);
  }
  const lines = run(cli, ['--format', 'jsonl', ...files]).stdout.toString().split('\n').filter(Boolean).length;
  if (lines !== files.length) throw new Error(`jsonl: ${lines} lines for ${files.length} articles`);
  const artTimes = [];
  for (let i = 0; i < reps; ++i) {
    artTimes.push(run(cli, ['--format', 'jsonl', ...files], {stdio: ['ignore', devnull, 'pipe']}).seconds);
  }
  const artSeconds = median(artTimes);
  const jsonl = {articles: files.length, bytes: artBytes, words: artWords, seconds: artSeconds,
                 articlesPerSecond: files.length / artSeconds, mbPerSecond: artBytes / 1e6 / artSeconds,
                 wordsPerSecond: artWords / artSeconds};
  fs.closeSync(devnull);

  // Each stage on its own (which one to look at when a target is missed): the 1 MB text and a 1 MB HTML page.
  const stages = {};
  for (const [name, args] of [['text-1m.txt', []], ['page-1m.html', ['--html']]]) {
    stages[name] = JSON.parse(run(stagesBin, ['--repeat', String(reps), ...args, path.join(texts, name)]).stdout);
  }

  // The HTML path on a generated 2 MB news page (bench/bench_html.cc): its lines are "  name  X MB/s  (T ms)".
  const htmlOut = String(run(htmlBin, ['--repeat', String(quick ? 3 : 7)]).stdout);
  const html = {page: htmlOut.split('\n')[0].trim(), mbPerSecond: {}};
  for (const m of htmlOut.matchAll(/^\s+(.+?)\s+([\d.]+) MB\/s/gm)) html.mbPerSecond[m[1]] = Number(m[2]);
  if (Object.keys(html.mbPerSecond).length !== 3) throw new Error(`bench_html printed: ${htmlOut}`);

  const rss = {
    'cli 1 MB': peakRss(cli, ['--format', 'jsonl', one]).mb,
    'cli 10 MB': peakRss(cli, ['--format', 'jsonl', ten]).mb,
    'cli 1,000 articles': peakRss(cli, ['--format', 'jsonl', ...files]).mb,
    'cli empty input': peakRss(cli, ['--format', 'jsonl', '/dev/null']).mb,
  };
  return {input10mb: {bytes: inproc.bytes, tokens: inproc.tokens, sentences: inproc.sentences, words: tenWords,
                      jsonBytes: inproc.jsonBytes},
          tokensSentences: tok, fullInProcess: full, cli10mb: cli10, jsonl1000: jsonl, peakRssMb: rss, stages, html};
}

if (process.argv[1] && process.argv[1].endsWith('native.mjs')) {
  const result = nativeBench({quick: process.argv.includes('--quick')});
  const o = process.argv.indexOf('--out');
  const json = JSON.stringify(result, null, 2) + '\n';
  if (o > 0) fs.writeFileSync(process.argv[o + 1], json);
  else process.stdout.write(json);
}
