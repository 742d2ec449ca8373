// Side by side in headless Chromium: bench/page/compare.html runs the same contenders and timing as the Node run
// (bench/contenders.mjs), with wink-nlp, its model and compromise loaded in the page from node_modules.
//   node bench/browser-compare.mjs [--quick] [--rows real,generated] [--out FILE.json]
// Rows as in bench/node-compare.mjs: the real news (bench/real-news.mjs, served to the page from memory; skipped
// with a message where ../shared/data is absent) and the generated texts.
import fs from 'node:fs';
import {chromium} from 'playwright-core';
import {countWords} from './contenders.mjs';
import {loadRealNews} from './real-news.mjs';
import {serveBench} from './serve-bench.mjs';

export async function browserCompare({quick = false, rows = ['real', 'generated'],
                                      log = (s) => process.stderr.write(s + '\n')} = {}) {
  const memory = new Map();
  let realSkipped = null;
  if (rows.includes('real')) {
    const real = loadRealNews({countWords});
    if (real.missing) {
      realSkipped = real.missing;
      log(`chromium: real-news rows skipped: ${real.missing}; the generated rows stand in`);
    } else {
      memory.set('real-news.json', JSON.stringify(real));
    }
  }
  const {server, url} = await serveBench({memory});
  const browser = await chromium.launch({executablePath: process.env.AA_CHROMIUM ?? '/usr/bin/chromium',
    headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
                           '--disable-component-update', '--no-first-run']});
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
      else if (m.type() === 'log') log(m.text());
    });
    await page.goto(`${url}bench/page/compare.html`);
    await page.waitForFunction(() => window.__bench, null, {timeout: 120_000});
    await page.evaluate(() => window.__bench.ready);
    if (errors.length) throw new Error(`bench page: ${errors.join('; ')}`);
    const result = await page.evaluate((o) => window.__bench.run(o), {
      quick, real: memory.has('real-news.json'), generated: rows.includes('generated')});
    result.env.browser = browser.version();
    if (realSkipped) result.realSkipped = realSkipped;
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && process.argv[1].endsWith('browser-compare.mjs')) {
  const r = process.argv.indexOf('--rows');
  const result = await browserCompare({quick: process.argv.includes('--quick'),
                                       rows: r > 0 ? process.argv[r + 1].split(',') : undefined});
  const o = process.argv.indexOf('--out');
  const json = JSON.stringify(result, null, 2) + '\n';
  if (o > 0) fs.writeFileSync(process.argv[o + 1], json);
  else process.stdout.write(json);
}
