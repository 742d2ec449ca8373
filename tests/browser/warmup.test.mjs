// The warm-up (createAnalyser's warmUp, web/article-analyser-worker.mjs): the page opened empty compiles the
// analyser's code in its worker while it waits for a text, shows nothing of it, gives way to a text pasted while
// it runs (whose result is that text's, as Node's API reads it), does not start while the page is hidden, and
// starts again when a page hidden during it is shown.
import test, {before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startServer, launch, openPage, waitForResult} from './helpers.mjs';
import {sampleText, nodeAnalyser} from './fixtures.mjs';

let server, url, browser, nodeApi;
before(async () => {
  ({server, url} = await startServer());
  browser = await launch();
  nodeApi = await nodeAnalyser();
});
after(async () => {
  nodeApi?.dispose();
  await browser?.close();
  server?.close();
});

// Before any script of the page: counts what the page posts to its workers, and (with `hidden`) makes the page
// look hidden until window.__show() is called.
async function instrumentedPage({hidden = false, pasteOnWarm = null, hideOnWarm = false} = {}) {
  const {page, log} = await openPage(browser.context);
  await page.addInitScript(({hidden, pasteOnWarm, hideOnWarm}) => {
    window.__posted = {warm: 0, analyses: 0};
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function(message, ...rest) {
      const r = post.call(this, message, ...rest);
      if (message?.warm) {
        ++window.__posted.warm;
        if (hideOnWarm && window.__posted.warm === 1) window.__hide();
        // A paste while the warm-up runs: the text, then a change of the input kind, which analyses at once
        // (a paste waits 250 ms for more typing, by which time the warm-up may be over).
        if (pasteOnWarm !== null) {
          const input = document.querySelector('[data-testid=input]');
          input.value = pasteOnWarm;
          input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
          document.getElementById('input-kind').dispatchEvent(new Event('change'));
        }
      }
      if (typeof message?.text === 'string') ++window.__posted.analyses;
      return r;
    };
    if (hidden || hideOnWarm) {
      let visible = !hidden;
      Object.defineProperty(document, 'visibilityState', {get: () => (visible ? 'visible' : 'hidden')});
      Object.defineProperty(document, 'hidden', {get: () => !visible});
      window.__show = () => {
        visible = true;
        document.dispatchEvent(new Event('visibilitychange'));
      };
      window.__hide = () => {
        visible = false;
        document.dispatchEvent(new Event('visibilitychange'));
      };
    }
  }, {hidden, pasteOnWarm, hideOnWarm});
  return {page, log};
}

const shown = (page) => page.evaluate(() => ({
  warm: document.documentElement.dataset.warm, outcome: window.__aa.timings.warm ?? null, posted: window.__posted,
  resultSeq: document.body.dataset.resultSeq ?? null, result: window.__aa.state.result, viewText: document.getElementById('view').textContent,
  status: document.getElementById('status').textContent, input: document.querySelector('[data-testid=input]').value,
}));

test('the empty page warms up in its worker and shows nothing of it', async () => {
  const {page, log} = await instrumentedPage();
  try {
    await page.goto(new URL('?blank', url).href);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, {timeout: 60_000});
    const s = await shown(page);
    console.log(`# warm-up: ${s.outcome.state} in ${Math.round(s.outcome.ms)} ms (in the worker)`);
    assert.equal(s.outcome.state, 'done');
    assert.ok(s.outcome.ms > 0);
    assert.deepEqual(s.posted, {warm: 1, analyses: 0});
    // Nothing of the warm-up's texts reaches the page.
    assert.equal(s.resultSeq, null);
    assert.equal(s.result, null);
    assert.equal(s.input, '');
    assert.doesNotMatch(s.viewText + s.status, /Okafor|Milford|pier/i);
    assert.match(s.status, /^Ready/);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.ok(log.requests.every((u) => u.startsWith(url)), `requests outside the site: ${log.requests.filter((u) => !u.startsWith(url))}`);
  } finally {
    await page.close();
  }
});

test('a text pasted while the warm-up runs goes first, and its result is its own', async () => {
  const text = sampleText;
  const {page, log} = await instrumentedPage({pasteOnWarm: text});
  try {
    await page.goto(new URL('?blank', url).href);
    await waitForResult(page, 0, 60_000);
    await page.waitForFunction(() => ['done', 'stopped'].includes(document.documentElement.dataset.warm), null,
                               {timeout: 60_000});
    const s = await shown(page);
    console.log(`# warm-up with a paste during it: ${s.outcome.state} after ${Math.round(s.outcome.ms)} ms`);
    // The warm-up stopped after the piece it was in (an analysis cannot be cut short inside WebAssembly).
    assert.equal(s.outcome.state, 'stopped');
    assert.deepEqual(s.posted, {warm: 1, analyses: 1});
    // The result shown is the pasted text's, exactly as Node's API reads it, and nothing of the warm-up's.
    const expected = nodeApi.analyse(text, {input: 'auto', offsets: 'utf16'});
    const base = await page.evaluate(() => window.__aa.state.base);
    assert.deepEqual(base, expected);
    assert.equal(s.result.text, text);
    assert.ok(s.result.entities.length > 0 && s.result.quotes.length > 0);
    assert.doesNotMatch(s.viewText, /Okafor|Milford/);
    assert.equal(s.resultSeq, '1');
    assert.deepEqual(log.errors, []);
  } finally {
    await page.close();
  }
});

test('a hidden page does not warm up until it is shown', async () => {
  const {page, log} = await instrumentedPage({hidden: true});
  try {
    await page.goto(new URL('?blank', url).href);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.waitForTimeout(2500);  // the idle callback's timeout is 2 s
    let s = await shown(page);
    assert.equal(s.warm, 'waiting');
    assert.deepEqual(s.posted, {warm: 0, analyses: 0});
    await page.evaluate(() => window.__show());
    await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, {timeout: 60_000});
    s = await shown(page);
    assert.deepEqual(s.posted, {warm: 1, analyses: 0});
    assert.equal(s.result, null);
    assert.deepEqual(log.errors, []);
  } finally {
    await page.close();
  }
});

test('a warm-up stopped by hiding the page starts again when the page is shown', async () => {
  const {page, log} = await instrumentedPage({hideOnWarm: true});
  try {
    await page.goto(new URL('?blank', url).href);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.waitForFunction(() => window.__posted.warm === 1, null, {timeout: 60_000});
    await page.waitForTimeout(2500);  // the worker has stopped after its first piece at most; nothing more posted
    let s = await shown(page);
    assert.equal(s.warm, 'waiting');
    assert.deepEqual(s.posted, {warm: 1, analyses: 0});
    await page.evaluate(() => window.__show());
    await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, {timeout: 60_000});
    s = await shown(page);
    assert.equal(s.outcome.state, 'done');
    assert.deepEqual(s.posted, {warm: 2, analyses: 0});
    assert.equal(s.result, null);
    assert.deepEqual(log.errors, []);
  } finally {
    await page.close();
  }
});

test('?nowarm: no warm-up', async () => {
  const {page} = await instrumentedPage();
  try {
    await page.goto(new URL('?blank&nowarm', url).href);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.waitForTimeout(2500);
    const s = await shown(page);
    assert.equal(s.warm, undefined);
    assert.deepEqual(s.posted, {warm: 0, analyses: 0});
  } finally {
    await page.close();
  }
});

test('<article-analyser worker warm-up>: warms up when connected, then analyses the text it is given', async () => {
  const {page, log} = await instrumentedPage();
  try {
    await page.goto(new URL('?blank&nowarm', url).href);  // the page's own analyser does not warm up
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.evaluate(async () => {
      await import('./article-analyser-element.mjs');
      const el = document.createElement('article-analyser');
      el.setAttribute('worker', '');
      el.setAttribute('warm-up', '');
      el.id = 'warm-element';
      document.body.append(el);
    });
    await page.waitForFunction(() => window.__posted.warm === 1, null, {timeout: 60_000});
    const text = sampleText;
    const result = await page.evaluate(async (t) => {
      const el = document.getElementById('warm-element');
      const r = await el.analyse(t);
      return {entities: r.entities.length, quotes: r.quotes.length, text: r.text, shown: el.textContent};
    }, text);
    const expected = nodeApi.analyse(text, {input: 'auto', offsets: 'utf16'});
    assert.equal(result.text, text);
    assert.equal(result.entities, expected.entities.length);
    assert.equal(result.quotes, expected.quotes.length);
    assert.doesNotMatch(result.shown, /Okafor|Milford/);
    assert.deepEqual(log.errors, []);
  } finally {
    await page.close();
  }
});
