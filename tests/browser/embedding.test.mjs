// The embedding kit in Chromium: createAnalyser in the page and in a Web Worker, the <article-analyser> element
// (own content, .text, .result, result event) and the CMS preview highlighter.
import test, {before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startServer, launch, openPage} from './helpers.mjs';
import {sampleText, nodeAnalyser, handMade} from './fixtures.mjs';

let server, url, browser, page, log, nodeApi;
before(async () => {
  ({server, url} = await startServer());
  browser = await launch();
  ({page, log} = await openPage(browser.context));
  nodeApi = await nodeAnalyser();
  await page.goto(new URL('embed.html', url).href);
  await page.waitForFunction(() => customElements.get('article-analyser'));
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('createAnalyser() in the page and {worker: true} give the same result as Node', async () => {
  const out = await page.evaluate(async (text) => {
    const {createAnalyser} = await import('./article-analyser.mjs');
    const local = await createAnalyser();
    const worker = await createAnalyser({worker: true});
    const pending = worker.analyse(text);
    const res = {isPromise: pending instanceof Promise, local: local.analyse(text), worker: await pending,
                 version: worker.version};
    local.dispose();
    worker.dispose();
    return res;
  }, sampleText);
  const expected = nodeApi.analyse(sampleText);
  assert.equal(out.isPromise, true);
  assert.deepEqual(out.local, expected);
  assert.deepEqual(out.worker, expected);
  assert.equal(out.version, nodeApi.version);
});

test('worker mode: the spans\' texts, cut again in the page, are those of the page\'s own analysis', async () => {
  // The worker sends UTF-16 results without the spans' texts (the page cuts them from its input): check every
  // path of that, an HTML input (the text is not the input), a lone surrogate (the text is the core's, with
  // U+FFFD), other offset units (texts sent as they are) and a quote with content.
  const html = '<html><head><title>Mayor Dana Ruiz</title></head><body><article><h1>Mayor Dana Ruiz</h1>' +
               '<p>\u201cWe will rebuild,\u201d Mayor Dana Ruiz said on Monday in Leeds.</p></article></body></html>';
  const out = await page.evaluate(async ([text, html]) => {
    const {createAnalyser} = await import('./article-analyser.mjs');
    const local = await createAnalyser();
    const worker = await createAnalyser({worker: true});
    const cases = [[text, undefined], [html, {input: 'html'}], ['Ana Ruiz said \ud800 \u201cno.\u201d', undefined],
                   [text, {offsets: 'codepoint'}]];
    const res = [];
    for (const [t, o] of cases) res.push({local: local.analyse(t, o), worker: await worker.analyse(t, o)});
    local.dispose();
    worker.dispose();
    return res;
  }, [sampleText, html]);
  for (const {local, worker} of out) assert.deepEqual(worker, local);
  assert.ok(out[0].worker.quotes.some((q) => q.content && q.content.text.length > q.text.length), 'a quote with content');
  assert.equal(out[1].worker.article.title.text, 'Mayor Dana Ruiz');
  assert.ok(out[2].worker.text.includes('\ufffd'));
});

test('worker mode: errors reject with Errors, results keep their order, dispose rejects later calls', async () => {
  const out = await page.evaluate(async () => {
    const {createAnalyser} = await import('./article-analyser.mjs');
    const a = await createAnalyser({worker: true});
    const errors = [];
    for (const [t, o] of [[42, undefined], ['x', {input: 'pdf'}], ['x', {offsets: 'utf8'}]]) {
      try {
        await a.analyse(t, o);
        errors.push('no error');
      } catch (e) {
        errors.push(`${e.constructor.name}: ${e.message}`);
      }
    }
    const texts = Array.from({length: 20}, (_, i) => `Sentence number ${i}. ${'Word '.repeat(i * 50)}End.`);
    const results = await Promise.all(texts.map((t) => a.analyse(t, {offsets: 'codepoint'})));
    const inOrder = results.every((r, i) => r.text === texts[i] && r.input.offsets === 'codepoint');
    const slow = a.analyse('a'.repeat(100000));
    a.dispose();
    let after;
    try {
      await a.analyse('x');
    } catch (e) {
      after = e.message;
    }
    let pending;
    try {
      await slow;
      pending = 'resolved';
    } catch (e) {
      pending = e.message;
    }
    return {errors, inOrder, after, pending};
  });
  assert.match(out.errors[0], /^TypeError: .*needs a string/);
  assert.match(out.errors[1], /^RangeError: .*options\.input/);
  assert.match(out.errors[2], /^RangeError: .*options\.offsets/);
  assert.equal(out.inOrder, true);
  assert.match(out.after, /after dispose/);
  assert.ok(out.pending === 'resolved' || /after dispose/.test(out.pending), out.pending);
});

test('a worker that cannot load fails createAnalyser with a clear error', async () => {
  const message = await page.evaluate(async () => {
    const {createAnalyser} = await import('./article-analyser.mjs');
    try {
      await createAnalyser({worker: true, workerUrl: './no-such-worker.mjs'});
      return 'started';
    } catch (e) {
      return e.message;
    }
  });
  assert.match(message, /article-analyser: the worker failed/);
});

test('<article-analyser> renders its own content and fires a result event', async () => {
  await page.waitForFunction(() => document.getElementById('element-demo').result !== null);
  const out = await page.$eval('#element-demo', (el) => ({
    text: el.querySelector('.aa-view').textContent,
    result: el.result,
    sentences: el.querySelectorAll('.aa-sentence').length,
    busy: el.getAttribute('aria-busy'),
  }));
  const expected = nodeApi.analyse(out.result.text);
  assert.deepEqual(out.result, expected);
  assert.match(out.result.text, /^“We have run out of time/);
  assert.equal(out.sentences, new Set(expected.sentences.map((s) => s.start)).size);
  assert.equal(out.busy, null);
  for (const p of expected.article.paragraphs) assert.ok(out.text.includes(p.text));
});

test('<article-analyser>: .text analyses, .result renders a given result, events carry the result', async () => {
  const r = handMade(nodeApi.analyse(sampleText));
  const out = await page.evaluate(async (handmade) => {
    const el = document.createElement('article-analyser');
    document.querySelector('main').append(el);
    const first = new Promise((resolve) => el.addEventListener('result', (e) => resolve(e.detail), {once: true}));
    el.text = 'Councillor Aisha Rahman voted against. She said so.';
    const fromText = await first;
    const second = new Promise((resolve) => el.addEventListener('result', (e) => resolve(e.detail), {once: true}));
    el.result = handmade;
    const fromResult = await second;
    const labels = [...el.querySelectorAll('[data-label]')].map((e) => e.dataset.label);
    const kinds = [...new Set([...el.querySelectorAll('[data-quote-kind]')].map((e) => e.dataset.quoteKind))];
    let bad;
    try {
      el.result = {nope: true};
    } catch (e) {
      bad = e.constructor.name;
    }
    // Hover behaviour comes with the element.
    el.querySelector('[data-quote="0"]').dispatchEvent(new PointerEvent('pointerover', {bubbles: true}));
    const speaker = [...el.querySelectorAll('.aa-speaker-active')].map((e) => e.textContent);
    el.remove();
    return {fromText, same: fromResult === handmade || JSON.stringify(fromResult) === JSON.stringify(handmade), labels,
            kinds, bad, speaker};
  }, r);
  assert.deepEqual(out.fromText, nodeApi.analyse('Councillor Aisha Rahman voted against. She said so.'));
  assert.equal(out.same, true);
  assert.equal(out.labels.length, r.entities.length);
  assert.deepEqual(out.kinds.sort(), ['direct', 'indirect', 'partial']);
  assert.equal(out.bad, 'TypeError');
  assert.deepEqual(out.speaker, ['Grace Okonkwo']);
});

test('the CMS preview highlights in place, keeps the pane markup and text, and clears', async () => {
  const before = await page.$eval('#cms-preview', (e) => ({html: e.innerHTML, text: e.textContent}));
  await page.click('#cms-run');
  await page.waitForFunction(() => document.body.dataset.preview === 'done');
  const out = await page.evaluate(async () => {
    const pane = document.getElementById('cms-preview');
    const {collectText} = await import('./cms-preview.mjs');
    return {
      text: pane.textContent, h3: pane.querySelectorAll('h3').length, p: pane.querySelectorAll('p').length,
      analysed: collectText(pane).text, view: pane.classList.contains('aa-view'),
    };
  });
  assert.equal(out.text, before.text, 'the pane text is unchanged by highlighting');
  assert.equal(out.h3, 1);
  assert.equal(out.p, 2);
  assert.equal(out.view, true);
  assert.match(out.analysed, /^Harbour city bets \$1\.2bn on tidal barrier\n\nThe Port Authority/);
  // Whatever the core finds is wrapped exactly: every highlight's text is its span's text.
  const r = nodeApi.analyse(out.analysed, {input: 'text'});
  const marks = await page.$$eval('#cms-preview [data-entity]', (els) => els.map((e) => [Number(e.dataset.entity), e.textContent]));
  const joined = new Map();
  for (const [i, t] of marks) joined.set(i, (joined.get(i) ?? '') + t);
  assert.equal(joined.size, r.entities.length);
  for (const [i, t] of joined) assert.equal(t, r.entities[i].text);
  await page.click('#cms-clear');
  const cleared = await page.$eval('#cms-preview', (e) => ({html: e.innerHTML, marks: e.querySelectorAll('mark').length}));
  assert.equal(cleared.marks, 0);
  assert.equal(cleared.html, before.html);
});

test('the CMS preview wraps a hand-made result exactly, across nested elements', async () => {
  const out = await page.evaluate(async () => {
    const {highlightPreview} = await import('./cms-preview.mjs');
    const pane = document.createElement('div');
    pane.id = 'pane2';
    const p = document.createElement('p');
    p.append('“We must act,” said ', Object.assign(document.createElement('b'), {textContent: 'Grace'}), ' Okonkwo.');
    pane.append(p);
    document.querySelector('main').append(pane);
    const text = '“We must act,” said Grace Okonkwo.';
    const fake = {
      analyse: (t) => ({
        text: t,
        entities: [{start: 20, end: 33, text: 'Grace Okonkwo', label: 'PERSON', cluster: 0, score: 1}],
        quotes: [{start: 0, end: 14, text: '“We must act,”', kind: 'direct', speaker: {name: 'Grace Okonkwo', cluster: 0, mention: null, anonymous: false}, cue: null, score: 1}],
        sentences: [], clusters: [], warnings: [],
      }),
      dispose() {},
    };
    const h = await highlightPreview(pane, {analyser: fake});
    const ents = [...pane.querySelectorAll('[data-label=PERSON]')].map((e) => e.textContent);
    const quotes = [...pane.querySelectorAll('[data-quote-kind=direct]')].map((e) => e.textContent);
    const analysedText = h.results[0].text;
    h.dispose();
    return {ents, quotes, analysedText, same: analysedText === text, after: pane.innerHTML};
  });
  assert.equal(out.same, true, out.analysedText);
  assert.deepEqual(out.ents, ['Grace', ' Okonkwo']);
  assert.deepEqual(out.quotes, ['“We must act,”']);
  assert.equal(out.after, '<p>“We must act,” said <b>Grace</b> Okonkwo.</p>');
});

test('no CSP violations or page errors while embedding', async () => {
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.errors, []);
});
