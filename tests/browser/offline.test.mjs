// The offline single file from file://: it starts, analyses the built-in sample, matches the module's output,
// and makes no request beyond itself and its blob: worker, under its hash-based CSP.
import test, {before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {launch, openPage, waitForResult, webDir} from './helpers.mjs';
import {sampleText, nodeAnalyser} from './fixtures.mjs';

const file = path.join(webDir, 'article-analyser-offline.html');
let browser, page, log, timing;
before(async () => {
  browser = await launch();
  ({page, log} = await openPage(browser.context));
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => ['ready', 'failed'].includes(document.body.dataset.state));
  await page.click('#sample');
  await waitForResult(page, 0);
  timing = Date.now() - t0;
});
after(async () => {
  console.log(`# offline file: load -> sample shown ${timing} ms`);
  await browser?.close();
});

test('the offline file is one self-contained file', () => {
  const html = fs.readFileSync(file, 'utf8');
  const withoutData = html.replace(/<script type="text\/plain"[\s\S]*?<\/script>/g, '');
  assert.doesNotMatch(withoutData, /\s(src|href)="(?!data:|#)/, 'no reference to another file');
  assert.match(html, /data:application\/octet-stream;base64,/, 'the .wasm is inlined');
  assert.match(html, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
});

test('from file:// it analyses the sample like the module does', async () => {
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
  assert.equal(await page.inputValue('[data-testid=input]'), sampleText);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(exported, (await nodeAnalyser()).analyse(sampleText));
  assert.equal(await page.locator('#view .aa-sentence[data-sentence="0"]').count() > 0, true);
  assert.match(await page.textContent('#status'), /sentences/);
});

test('typing works offline too', async () => {
  await page.fill('[data-testid=input]', 'Offline. Two sentences.');
  await waitForResult(page, Number(await page.evaluate(() => document.body.dataset.resultSeq)));
  assert.equal(await page.locator('#view .aa-sentence').count(), 2);
});

test('no network, no CSP violations, no errors', async () => {
  const others = log.requests.filter((r) => !r.startsWith('file://') && !r.startsWith('blob:') && !r.startsWith('data:'));
  assert.deepEqual(others, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.errors, []);
});
