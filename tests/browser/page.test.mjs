// The page in headless Chromium: load, paste the sample, the rendered structure and highlights, hover and focus
// behaviour, side panel, toggles, exports, keyboard, small screens, themes, file drop, CSP and requests.
import test, {before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {startServer, launch, openPage, waitForResult, pasteText, root} from './helpers.mjs';
import {sampleText, nodeAnalyser, handMade} from './fixtures.mjs';

let server, url, browser, page, log, nodeApi, seq = 0;
const timings = {};

before(async () => {
  ({server, url} = await startServer());
  browser = await launch();
  ({page, log} = await openPage(browser.context));
  nodeApi = await nodeAnalyser();
  const t0 = Date.now();
  await page.goto(new URL('?blank', url).href);  // empty: these tests paste their own text
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  timings.ready = Date.now() - t0;
  await page.click('#sample');
  seq = await waitForResult(page, seq);
  timings.firstResult = Date.now() - t0;
});

after(async () => {
  console.log(`# page load -> analyser ready: ${timings.ready} ms; page load -> sample shown: ${timings.firstResult} ms; ` +
              `first visit (no click) -> sample shown: ${timings.firstVisit} ms`);
  await browser?.close();
  server?.close();
});

async function showHandMade() {
  const result = handMade(nodeApi.analyse(sampleText));
  await page.evaluate((r) => window.__aa.showResult(r), result);
  seq = await waitForResult(page, seq);
  return result;
}

test('a first visit (make demo) shows the built-in sample, analysed, with no click', async () => {
  const {page: fresh} = await openPage(browser.context);
  const t0 = Date.now();
  await fresh.goto(url);
  await waitForResult(fresh, 0);
  timings.firstVisit = Date.now() - t0;
  assert.equal(await fresh.inputValue('[data-testid=input]'), sampleText);
  const expected = nodeApi.analyse(sampleText);
  assert.equal(await fresh.evaluate(() => window.__aa.state.result.entities.length), expected.entities.length);
  assert.ok(await fresh.locator('#view [data-label=PERSON]').count() > 0, 'people highlighted');
  assert.ok(await fresh.locator('#view [data-quote-kind=direct]').count() > 0, 'direct quotes highlighted');
  await fresh.close();
});

test('the sample loads and renders with its structure and sentences', async () => {
  const expected = nodeApi.analyse(sampleText);
  assert.equal(await page.inputValue('[data-testid=input]'), sampleText);
  const blocks = await page.$$eval('#view .aa-block', (els) => els.map((e) => ({kind: e.dataset.block, text: e.textContent})));
  const spans = [...expected.article.paragraphs, ...expected.article.headings];
  assert.ok(blocks.length >= spans.length && blocks.length >= 15, `${blocks.length} blocks`);
  for (const s of expected.article.paragraphs) assert.ok(blocks.some((b) => b.text === s.text), `paragraph shown: ${s.text.slice(0, 40)}`);
  if (expected.article.title) assert.equal(blocks.find((b) => b.kind === 'title')?.text, expected.article.title.text);
  const sentences = await page.$$eval('#view .aa-sentence', (els) => {
    const byIndex = new Map();
    for (const e of els) byIndex.set(e.dataset.sentence, (byIndex.get(e.dataset.sentence) ?? '') + e.textContent);
    return [...byIndex.entries()].map(([i, text]) => ({i: Number(i), text}));
  });
  assert.equal(sentences.length, expected.sentences.length);
  for (const {i, text} of sentences) assert.equal(text, expected.sentences[i].text);
  assert.match(await page.textContent('#status'), new RegExp(`${expected.sentences.length} sentences`));
});

test('every entity and quote of the real result is highlighted with its hooks', async () => {
  const expected = nodeApi.analyse(sampleText);
  const ents = await page.$$eval('#view [data-label]', (els) => els.map((e) => [e.dataset.entity, e.dataset.label, e.dataset.cluster]));
  assert.equal(new Set(ents.map((e) => e[0])).size, expected.entities.length);
  for (const [i, label, cluster] of ents) {
    assert.equal(label, expected.entities[i].label);
    assert.equal(cluster, String(expected.entities[i].cluster ?? ''));
  }
  const quotes = await page.$$eval('#view [data-quote-kind]', (els) => els.map((e) => [e.dataset.quote, e.dataset.quoteKind, e.dataset.speaker]));
  assert.equal(new Set(quotes.map((q) => q[0])).size, expected.quotes.length);
  for (const [i, kind, speaker] of quotes) {
    assert.equal(kind, expected.quotes[i].kind);
    assert.equal(speaker, expected.quotes[i].speaker.name ?? '');
  }
});

test('a hand-made result: highlights for several labels and quote kinds, entities nested in quotes', async () => {
  const r = await showHandMade();
  for (const label of ['PERSON', 'ORG', 'GPE', 'MONEY', 'PERCENT', 'DATE']) {
    const texts = await page.$$eval(`#view .aa-entity[data-label=${label}]`, (els) => els.map((e) => e.textContent));
    assert.deepEqual(texts, r.entities.filter((e) => e.label === label).map((e) => e.text), label);
  }
  for (const kind of ['direct', 'partial', 'indirect']) {
    const parts = await page.$$eval(`#view .aa-quote[data-quote-kind=${kind}]`, (els) => els.map((e) => [e.dataset.quote, e.textContent]));
    const joined = new Map();
    for (const [i, text] of parts) joined.set(i, (joined.get(i) ?? '') + text);
    assert.deepEqual([...joined.values()], r.quotes.filter((q) => q.kind === kind).map((q) => q.text), kind);
  }
  // "Daniel Achterberg" speaks outside; the indirect quote holds no entity, but the speaker mention of quote 2
  // sits inside an entity: mention spans nest inside entity marks.
  const nested = await page.$$eval('#view .aa-quote .aa-entity', (els) => els.length);
  assert.equal(await page.$eval('#view [data-mention-of~="0"]', (e) => e.closest('.aa-entity')?.dataset.label), 'PERSON');
  assert.ok(nested >= 0);
  assert.equal(await page.$eval('#view .aa-quote[data-quote="0"]', (e) => e.dataset.speaker), 'Grace Okonkwo');
  assert.equal(await page.$eval('#view .aa-quote[data-quote="3"]', (e) => e.dataset.speaker), '');
});

test('a quote with no speaker says why, as plain text, in its tooltip and description; the roster keeps one group', async () => {
  const r = handMade(nodeApi.analyse(sampleText));
  r.quotes[3].speaker.reason = 'passive-cue';
  r.quotes[3].text = '<b>not markup</b>';  // the words stay text
  await page.evaluate((x) => window.__aa.showResult(x), r);
  seq = await waitForResult(page, seq);
  await page.hover('#view .aa-quote[data-quote="3"]');
  await page.waitForSelector('.aa-tooltip:not([hidden])');
  assert.match(await page.textContent('.aa-tooltip'), /no speaker: the cue is passive/);
  assert.equal(await page.$$eval('.aa-tooltip b', (els) => els.length), 0);
  assert.match(await page.getAttribute('#view .aa-quote[data-quote="3"]', 'aria-description'),
               /^Direct quote, no speaker: the cue is passive$/);
  const roster = await page.$$eval('#quoted li', (els) => els.map((e) => e.textContent));
  assert.ok(roster.some((t) => /^no speaker found/.test(t)), roster.join(' | '));
  await page.mouse.move(0, 0);
  await page.hover('h1');
  await showHandMade();
});

test('an entity inside a quote shows both highlights', async () => {
  const base = nodeApi.analyse(sampleText);
  const r = handMade(base);
  // Put an entity inside the first quote: "barrier" in Sato's words as an EVENT, for the nesting only.
  const q = r.quotes[0];
  const inner = sampleText.indexOf('time', q.start);
  r.entities.push({start: inner, end: inner + 4, text: 'time', label: 'EVENT', cluster: null, score: 0.5});
  r.entities.sort((a, b) => a.start - b.start);
  await page.evaluate((x) => window.__aa.showResult(x), r);
  seq = await waitForResult(page, seq);
  const info = await page.$eval('#view .aa-entity[data-label=EVENT]', (e) => ({
    quote: e.closest('.aa-quote')?.dataset.quoteKind, bg: getComputedStyle(e).backgroundColor,
    outerBg: getComputedStyle(e.closest('.aa-quote')).backgroundColor,
  }));
  assert.equal(info.quote, 'direct');
  assert.notEqual(info.bg, info.outerBg);
  await showHandMade();
});

test('hovering a quote shows speaker, cue and kind and highlights the speaker mention', async () => {
  await showHandMade();
  await page.hover('#view .aa-quote[data-quote="0"]');
  await page.waitForSelector('.aa-tooltip:not([hidden])');
  const tip = await page.textContent('.aa-tooltip');
  assert.match(tip, /Grace Okonkwo/);
  assert.match(tip, /told/);
  assert.match(tip, /Direct quote/);
  const active = await page.$$eval('#view .aa-speaker-active', (els) => els.map((e) => e.textContent));
  assert.deepEqual(active, ['Grace Okonkwo']);
  assert.deepEqual(await page.$$eval('#view .aa-cue-active', (els) => els.map((e) => e.textContent)), ['told']);
  await page.hover('#view .aa-quote[data-quote="3"]');
  assert.match(await page.textContent('.aa-tooltip'), /no speaker found/);
  assert.equal(await page.$$eval('#view .aa-speaker-active', (els) => els.length), 0);
  await page.mouse.move(0, 0);
  await page.hover('h1');
  assert.equal(await page.$eval('.aa-tooltip', (e) => e.hidden), true);
});

test('hovering a name highlights every mention of its cluster', async () => {
  await page.hover('#view .aa-entity[data-cluster="0"]');
  const active = await page.$$eval('#view .aa-cluster-active', (els) => els.map((e) => e.textContent));
  assert.deepEqual(active, ['Grace Okonkwo', 'Okonkwo']);
  await page.hover('h1');
  assert.equal(await page.$$eval('#view .aa-cluster-active', (els) => els.length), 0);
});

test('the side panel: people with counts and titles, who is quoted, warnings; clicking marks mentions', async () => {
  const people = await page.$$eval('#people button', (els) => els.map((e) => e.textContent));
  assert.equal(people.length, 3);
  assert.ok(people.some((p) => /^Grace Okonkwo \(Mayor\)2 mentions$/.test(p)), people.join('|'));
  assert.match((await page.$$eval('#orgs button', (els) => els.map((e) => e.textContent))).join('|'), /Halden Mutual/);
  assert.match((await page.$$eval('#places button', (els) => els.map((e) => e.textContent))).join('|'), /Kingsport.*\|.*Rotterdam|Rotterdam.*\|.*Kingsport/);
  const quoted = await page.$$eval('#quoted button', (els) => els.map((e) => e.textContent));
  assert.equal(quoted.length, 4);
  assert.ok(quoted.some((q) => /Grace Okonkwo.*1 direct.*% of quoted words/.test(q)), quoted.join('|'));
  assert.ok(quoted.some((q) => /Tomas Brennan.*1 partial/.test(q)));
  assert.ok(quoted.some((q) => /Daniel Achterberg.*1 indirect/.test(q)));
  const shares = quoted.map((q) => Number(q.match(/(\d+)% of quoted words/)[1]));
  assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 100) <= 2, `shares add up to 100: ${shares}`);
  assert.match(await page.textContent('#warnings'), /quote-without-speaker/);

  await page.click('#people button >> text=Grace Okonkwo');
  const marked = await page.$$eval('#view .aa-marked', (els) => els.map((e) => e.textContent));
  assert.deepEqual(marked, ['Grace Okonkwo', 'Okonkwo']);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Grace Okonkwo');
  await page.click('#quoted button >> text=Tomas Brennan');
  assert.deepEqual(await page.$$eval('#view .aa-marked', (els) => els.map((e) => e.dataset.quoteKind)), ['partial']);
});

test('toggles hide a label and a quote kind (the legend opens from its summary, closed at first)', async () => {
  assert.equal(await page.$eval('#legend', (e) => e.open), false, 'the legend starts collapsed');
  await page.click('#legend summary');
  const bg = () => page.$eval('#view .aa-entity[data-label=PERSON]', (e) => getComputedStyle(e).backgroundColor);
  const before = await bg();
  await page.uncheck('input[data-toggle=PERSON]');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  await page.check('input[data-toggle=PERSON]');
  assert.equal(await bg(), before);
  const deco = () => page.$eval('#view .aa-quote[data-quote-kind=partial]', (e) => getComputedStyle(e).textDecorationLine);
  assert.equal(await deco(), 'underline');
  await page.uncheck('input[data-toggle=partial]');
  assert.equal(await deco(), 'none');
  await page.check('input[data-toggle=partial]');
  await page.click('#legend summary');
});

test('copy entities as CSV and quotes with speakers', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: url});
  await page.click('#copy-csv');
  await page.waitForFunction(() => /Copied/.test(document.getElementById('export-status').textContent));
  const csv = await page.evaluate(() => navigator.clipboard.readText());
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'start,end,text,label,cluster,cluster_name,score');
  assert.equal(lines.length, 1 + 13);
  assert.ok(lines.includes(`${sampleText.indexOf('Grace Okonkwo')},${sampleText.indexOf('Grace Okonkwo') + 13},Grace Okonkwo,PERSON,0,Grace Okonkwo,0.9`));
  await page.click('#copy-quotes');
  await page.waitForFunction(() => /2|4 quotes/.test(document.getElementById('export-status').textContent));
  const quotes = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(quotes, /^Grace Okonkwo \(direct, told\): “We have run out of time to be cautious,”$/m);
  assert.match(quotes, /^no speaker found \(direct\): /m);
});

test('export JSON equals the module output for the same text', async () => {
  await pasteText(page, sampleText);
  seq = await waitForResult(page, seq);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(download.suggestedFilename(), 'article-analysis.json');
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(exported, nodeApi.analyse(sampleText, {input: 'auto'}));
});

test('typing analyses as you type (debounced)', async () => {
  await page.fill('[data-testid=input]', '');
  await page.type('[data-testid=input]', 'Mayor Grace Okonkwo said it. Then she left.', {delay: 5});
  seq = await waitForResult(page, seq);
  await page.waitForFunction(() => document.querySelectorAll('#view .aa-sentence').length === 2);
  assert.equal(await page.textContent('#view'), 'Mayor Grace Okonkwo said it. Then she left.');
});

test('dropping a .html file reads it as HTML; the text is shown, never the markup', async () => {
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['<!doctype html><html><body><article><h1>Dropped headline</h1><p>Body text here.</p></article></body></html>'],
                          'story.html', {type: 'text/html'}));
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
  });
  seq = await waitForResult(page, seq);
  assert.equal(await page.inputValue('#input-kind'), 'html');
  const text = await page.textContent('#view');
  assert.match(text, /Dropped headline/);
  assert.doesNotMatch(text, /<h1>|<p>/);
});

test('keyboard only: tab order reaches the input, controls, the article (one stop) and panel; focus shows the tooltip', async () => {
  await showHandMade();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  seq = 0;
  await showHandMade();
  const seen = [];
  for (let i = 0; i < 80; ++i) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const a = document.activeElement;
      const r = a.getBoundingClientRect();
      return {id: a.id, tag: a.tagName, cls: a.className, testid: a.dataset.testid ?? '', quote: a.dataset.quote ?? null,
              entity: a.dataset.entity ?? null, inView: !!a.closest('#view'), visible: r.width > 0 && r.height > 0};
    });
    seen.push(info);
    assert.ok(info.visible || info.cls === 'skip', `focused element is visible: ${JSON.stringify(info)}`);
    if (info.id === 'copy-quotes') break;
  }
  const order = seen.map((s) => s.id || s.testid || s.cls);
  const at = (name) => order.indexOf(name);
  assert.ok(at('skip') === 0, order.slice(0, 3).join());
  for (const name of ['theme', 'input', 'sample', 'file', 'input-kind', 'export-json', 'copy-csv', 'copy-quotes']) {
    assert.ok(at(name) >= 0, `${name} reachable: ${order.join(' ')}`);
  }
  assert.ok(at('input') < at('sample') && at('sample') < at('export-json'));
  // The article is one tab stop: its first highlight.
  const inView = seen.filter((s) => s.inView);
  assert.equal(inView.length, 1, JSON.stringify(inView));
  console.log(`# keyboard: ${at('export-json') + 1} Tab presses from the top to Download JSON (hand-made result)`);
  assert.ok(seen.length < 60, `${seen.length} presses to the last export button`);
  // Arrow keys move between highlights; a focused quote shows its tooltip and is described by it.
  await page.focus('#view [tabindex="0"]');
  let quoteTip = null;
  for (let i = 0; i < 30 && !quoteTip; ++i) {
    await page.keyboard.press('ArrowRight');
    const info = await page.evaluate(() => {
      const a = document.activeElement;
      const tip = document.querySelector('.aa-tooltip');
      return {quote: a.dataset.quote ?? null, tip: tip && !tip.hidden ? tip.textContent : null,
              describedBy: a.getAttribute('aria-describedby'), stops: document.querySelectorAll('#view [tabindex="0"]').length};
    });
    assert.equal(info.stops, 1, 'one tab stop in the article at any time');
    if (info.quote === '0') quoteTip = info;
  }
  assert.ok(quoteTip, 'a quote highlight takes focus');
  assert.match(quoteTip.tip, /Grace Okonkwo/);
  assert.ok(quoteTip.describedBy, 'the focused quote is described by the tooltip');
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('.aa-tooltip', (e) => e.hidden), true);
  // Enter on a panel item marks its mentions.
  await page.focus('#people button:has-text("Grace Okonkwo")');
  await page.keyboard.press('Enter');
  assert.ok(await page.$$eval('#view .aa-marked', (els) => els.length) > 0);
});

test('landmarks and labels for screen readers', async () => {
  const tree = await page.evaluate(() => ({
    banner: !!document.querySelector('header.masthead'),
    main: document.querySelectorAll('main').length,
    aside: document.querySelectorAll('aside[aria-labelledby]').length,
    inputLabel: document.querySelector('label[for=input]')?.textContent,
    status: document.getElementById('status').getAttribute('role'),
    described: [...document.querySelectorAll('#view .aa-entity')].every((e) => e.getAttribute('aria-description')),
    lang: document.documentElement.lang,
  }));
  assert.deepEqual(tree, {banner: true, main: 1, aside: 1, inputLabel: 'Article text or HTML', status: 'status', described: true, lang: 'en'});
});

test('works at 320 px wide: no horizontal scrolling', async () => {
  await page.setViewportSize({width: 320, height: 700});
  await page.waitForTimeout(100);
  const widths = await page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
  assert.ok(widths.scroll <= widths.client, JSON.stringify(widths));
  await page.click('#tab-input');
  assert.ok(await page.isVisible('[data-testid=input]'));
  await page.click('#tab-article');
  await page.setViewportSize({width: 1280, height: 900});
});

test('light and dark themes', async () => {
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({colorScheme: 'light'});
  await page.evaluate(() => { delete document.documentElement.dataset.theme; });
  const light = await bg();
  await page.emulateMedia({colorScheme: 'dark'});
  const dark = await bg();
  assert.notEqual(light, dark);
  await page.emulateMedia({colorScheme: 'light'});
  await page.click('#theme');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await bg(), dark);
  assert.equal(await page.textContent('#theme'), 'Light theme', 'the button names the theme it switches to');
  await page.click('#theme');
  assert.equal(await bg(), light);
  assert.equal(await page.textContent('#theme'), 'Dark theme');
});

test('no CSP violations, no page errors, no requests off the server', async () => {
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.errors, []);
  const origin = new URL(url).origin;
  const off = log.requests.filter((r) => !r.startsWith(origin) && !r.startsWith('blob:') && !r.startsWith('data:'));
  assert.deepEqual(off, []);
});

test('screenshot of the page for the README', async () => {
  await page.setViewportSize({width: 1280, height: 1000});
  await page.emulateMedia({colorScheme: 'light'});
  await page.click('#sample');
  seq = await waitForResult(page, seq);  // the real analysis of the sample, as a user sees it
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.getElementById('panel').scrollTop = 0;  // the panel scrolls on its own beside the article
    document.querySelector('#view .aa-quote[data-quote="0"]').dispatchEvent(new PointerEvent('pointerover', {bubbles: true}));
  });
  const out = path.join(root, 'build/test-artifacts/screenshot.png');
  fs.mkdirSync(path.dirname(out), {recursive: true});
  await page.screenshot({path: out});
  const png = fs.readFileSync(out);
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.ok(png.length > 50_000, `${png.length} bytes`);
  // AA_UPDATE_SCREENSHOT=1 refreshes the README's picture.
  if (process.env.AA_UPDATE_SCREENSHOT) fs.copyFileSync(out, path.join(root, 'docs/screenshot.png'));
});
