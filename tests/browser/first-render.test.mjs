// The page's first rendering (web/app.mjs, warmRendering): while the page waits for a text it lays out an invented
// reading once, off screen, and removes it. It must leave nothing behind, and the first real result must be
// rendered completely and exactly as on a page that never warmed up (?nowarm): every highlight, the panel's lists,
// the balance, and an edit box that works when opened.
import test, {before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startServer, launch, openPage, pasteText, waitForResult} from './helpers.mjs';
import {sampleText, nodeAnalyser} from './fixtures.mjs';

let server, url, browser, expected;
before(async () => {
  ({server, url} = await startServer());
  browser = await launch();
  const api = await nodeAnalyser();
  expected = api.analyse(sampleText, {input: 'auto', offsets: 'utf16'});
  api.dispose();
});
after(async () => {
  await browser?.close();
  server?.close();
});

// What the page shows of a result: the view's markup, the panel's lists and the balance, as text and structure.
const snapshot = (page) => page.evaluate(() => ({
  view: document.getElementById('view').innerHTML,
  panel: ['people', 'orgs', 'places', 'other', 'quoted', 'warnings'].map((id) => document.getElementById(id).textContent),
  balance: document.getElementById('balance-body').innerHTML,
  entities: [...document.querySelectorAll('#view [data-entity]')].map((n) => Number(n.dataset.entity)),
  quotes: [...document.querySelectorAll('#view [data-quote]')].map((n) => Number(n.dataset.quote)),
  result: window.__aa.state.result,
}));

async function firstPaste(query) {
  const {page, log} = await openPage(browser.context);
  await page.goto(new URL(query, url).href);
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  return {page, log};
}

test('the rendering warm-up leaves nothing behind, and the first result is complete and as on a cold page', async () => {
  const warm = await firstPaste('?blank');
  const cold = await firstPaste('?blank&nowarm');
  try {
    const {page, log} = warm;
    await page.waitForFunction(() => document.documentElement.dataset.warmRender === 'done', null, {timeout: 60_000});
    const idle = await page.evaluate(() => ({
      hosts: document.querySelectorAll('.warm-render').length, text: document.body.textContent,
      view: document.getElementById('view').childElementCount, balance: document.getElementById('balance-body').childElementCount,
      people: document.getElementById('people').childElementCount, editHidden: document.getElementById('edit-box').hidden,
      resultSeq: document.body.dataset.resultSeq ?? null, ms: window.__aa.timings.warmRender.ms,
    }));
    console.log(`# rendering warm-up: ${Math.round(idle.ms)} ms on the main thread`);
    assert.equal(idle.hosts, 0);
    assert.doesNotMatch(idle.text, /Okafor|Milford|Ellison|Santos|Coastal Trust/);
    assert.deepEqual([idle.view, idle.balance, idle.people, idle.editHidden, idle.resultSeq], [0, 0, 0, true, null]);
    assert.equal(await cold.page.evaluate(() => document.documentElement.dataset.warmRender ?? null), null);

    for (const p of [warm.page, cold.page]) {
      await pasteText(p, sampleText);
      await waitForResult(p);
    }
    const w = await snapshot(warm.page), c = await snapshot(cold.page);
    // The analyser's reading, complete: every entity and quote highlighted, in order.
    assert.deepEqual(w.result.entities, expected.entities);
    assert.deepEqual(w.result.quotes, expected.quotes);
    assert.deepEqual([...new Set(w.entities)], expected.entities.map((_, i) => i));
    assert.deepEqual([...new Set(w.quotes)], expected.quotes.map((_, i) => i));
    for (const cl of expected.clusters.filter((x) => x.label === 'PERSON')) assert.ok(w.panel[0].includes(cl.name), cl.name);
    assert.match(w.balance, /aa-chart/);
    // Rendered exactly as the page that never warmed up renders it.
    assert.equal(w.view, c.view);
    assert.deepEqual(w.panel, c.panel);
    assert.equal(w.balance, c.balance);

    // The edit box works when opened: an entity picked in the article, its label shown, a correction applied.
    const i = expected.entities.findIndex((e) => e.label === 'PERSON');
    await page.click(`#view [data-entity="${i}"]`);
    await page.waitForFunction(() => !document.getElementById('edit-box').hidden);
    assert.equal(await page.inputValue('[data-edit=label]'), 'PERSON');
    await page.selectOption('[data-edit=label]', 'ORG');
    await page.click('[data-edit=apply-label]');
    await page.waitForFunction(() => document.body.dataset.corrections === '1');
    assert.equal(await page.getAttribute(`#view [data-entity="${i}"]`, 'data-label'), 'ORG');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.ok(log.requests.every((r) => r.startsWith(url)), 'no request leaves the site');
  } finally {
    await warm.page.close();
    await cold.page.close();
  }
});
