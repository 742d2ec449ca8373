// Hostile input never runs and never becomes markup: pasted text, HTML input, dropped files, the custom element
// and the CMS preview all show analysed text with textContent only.
import test, {before, after} from 'node:test';
import assert from 'node:assert/strict';
import {waitForResult, pasteText, openBlankPage, closeAll} from './helpers.mjs';

// (The source-balance charts are the page's own <svg> elements, built with createElementNS and textContent.)
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '<svg onload="window.__pwned=(window.__pwned||0)+1"><circle r=5></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<style>body{display:none}</style>',
  '"><img src=x onerror=window.__pwned=1>',
  '&lt;img src=x onerror=window.__pwned=1&gt;',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
];
const article = (p) => `Mayor Grace Okonkwo said “${p}” on Monday.\n\nThe council met ${p} in Marlow Bay.`;
const htmlPage = (p) => `<!doctype html><html><head><title>${p}</title></head><body><article><h1>Headline ${p}</h1>` +
                        `<p>Body “${p}” said Okonkwo.</p><blockquote>${p}</blockquote></article></body></html>`;

let server, url, browser, page, log, seq = 0;
before(async () => {
  ({server, url, browser, page, log} = await openBlankPage());
});
after(async () => {
  await closeAll({browser, server});
});

async function assertInert(where) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    injected: document.querySelectorAll('img, iframe, svg:not(#balance-body > figure > svg.aa-chart), math, object, embed, script:not([src]):not([type="text/plain"]), #view style, #view a, #main a').length,
    viewElements: [...new Set([...document.querySelectorAll('#view *')].map((e) => e.tagName))].sort(),
    bodyVisible: getComputedStyle(document.body).display !== 'none',
  }));
  assert.equal(state.pwned, null, `${where}: script ran`);
  assert.equal(state.injected, 0, `${where}: elements injected`);
  for (const tag of state.viewElements) assert.ok(['H2', 'H3', 'MARK', 'P', 'SPAN', 'TIME'].includes(tag), `${where}: <${tag}> in the view`);
  assert.ok(state.bodyVisible, `${where}: a style got in`);
}

test('pasted text with markup is shown as text, nothing runs', async () => {
  for (const kind of ['text', 'auto']) {
    await page.selectOption('#input-kind', kind);
    for (const p of PAYLOADS) {
      const text = article(p);
      await pasteText(page, text);
      seq = await waitForResult(page, seq);
      await assertInert(`paste (${kind}) ${p}`);
      const shown = await page.$eval('#view', (e) => e.textContent);
      assert.ok(shown.includes(p), `the payload is visible as text: ${p}`);
    }
  }
});

test('HTML input: tags are parsed by the core, text is shown as text, nothing runs', async () => {
  await page.selectOption('#input-kind', 'html');
  for (const p of PAYLOADS) {
    await pasteText(page, htmlPage(p));
    seq = await waitForResult(page, seq);
    await assertInert(`html ${p}`);
    assert.match(await page.$eval('#view', (e) => e.textContent), /Headline/);
  }
  // Back to 'auto': the change analyses the text again; wait for it, so that it cannot land in the next test (a
  // result shown there by hand would race with it: the page waited for an older sequence number and timed out).
  await page.selectOption('#input-kind', 'auto');
  seq = await waitForResult(page, seq);
});

test('a hostile result (markup in every string) renders as text', async () => {
  const p = '<img src=x onerror=window.__pwned=1>';
  const text = `${p} said ${p}.`;
  const r = {
    schema: 'article-analysis/1', input: {kind: 'text', length: text.length, offsets: 'utf16'}, text,
    article: {title: null, subtitle: null, byline: null, date: null, headings: [], captions: [], credits: [],
              paragraphs: [{start: 0, end: text.length, text}], boilerplate: []},
    sentences: [{start: 0, end: text.length, text}],
    entities: [{start: 0, end: p.length, text: p, label: '<b>PERSON</b>', cluster: 0, score: 1}],
    clusters: [{id: 0, label: 'PERSON', name: p, mentions: [0], titles: [p], quoteCount: 1}],
    quotes: [{start: text.length - p.length - 1, end: text.length - 1, text: p, kind: `direct" onmouseover="window.__pwned=1`,
              speaker: {name: p, cluster: 0, mention: {start: 0, end: p.length, text: p}, anonymous: false},
              cue: {start: p.length + 1, end: p.length + 5, text: 'said'}, score: 1}],
    warnings: [{code: p, start: 0, end: 1, message: p}],
  };
  await page.evaluate((x) => window.__aa.showResult(x), r);
  seq = await waitForResult(page, seq);
  await page.hover('#view .aa-quote');
  await assertInert('hostile result');
  assert.match(await page.textContent('.aa-tooltip'), /<img src=x/);
  assert.match(await page.textContent('#people'), /<img src=x/);
  assert.match(await page.textContent('#warnings'), /<img src=x/);
});

test('the custom element and the CMS preview keep hostile content inert', async () => {
  await page.goto(new URL('embed.html', url).href);
  await page.waitForFunction(() => customElements.get('article-analyser'));
  const p = '<img src=x onerror="window.__pwned=1">';
  await page.evaluate(async (payload) => {
    const el = document.createElement('article-analyser');
    el.id = 'hostile';
    el.setAttribute('input', 'html');
    const done = new Promise((resolve) => el.addEventListener('result', resolve, {once: true}));
    el.textContent = `<p>Text ${payload} said the mayor on Monday.</p>`;  // as text: the markup stays inert
    document.querySelector('main').append(el);
    await done;
    const el2 = document.createElement('article-analyser');
    document.querySelector('main').append(el2);
    await el2.analyse(`Plain ${payload} said Okonkwo.`);
    const pane = document.getElementById('cms-preview');
    pane.append(document.createTextNode(` ${payload} `));
    document.getElementById('cms-run').click();
  }, p);
  await page.waitForFunction(() => document.body.dataset.preview === 'done');
  const state = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    imgs: document.querySelectorAll('img').length,
    hostile: document.getElementById('hostile').textContent,
  }));
  assert.deepEqual({pwned: state.pwned, imgs: state.imgs}, {pwned: null, imgs: 0});
  assert.match(state.hostile, /Text (<|&lt;)img src=x/);  // as text, whether or not the core decoded entities
});

test('no CSP violations and no requests for the payloads', async () => {
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.requests.filter((r) => /\/x$|javascript:/.test(r)), []);
});
