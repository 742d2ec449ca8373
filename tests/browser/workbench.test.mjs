// The page as a newsroom workbench (issue 16), in headless Chromium: corrections kept across a reload and carried
// by the exported JSON into a fresh browser; spreadsheet exports; source balance; the phone layout; keyboard-only
// flow; the tooltip placed off the attribution; panel search; the not-English notice; print; the service worker.
import test, {before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {startServer, launch, openPage, waitForResult, pasteText, root} from './helpers.mjs';
import {sampleText, nodeAnalyser, handMade} from './fixtures.mjs';

let server, url, browser, page, log, nodeApi, seq = 0;
before(async () => {
  ({server, url} = await startServer());
  browser = await launch();
  ({page, log} = await openPage(browser.context));
  nodeApi = await nodeAnalyser();
  await page.goto(new URL('?blank', url).href);
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  await pasteText(page, sampleText);
  seq = await waitForResult(page, seq);
});
after(async () => {
  await browser?.close();
  server?.close();
});

const result = () => page.evaluate(() => window.__aa.state.result);
async function clickEntity(text) {
  const i = (await result()).entities.findIndex((e) => e.text === text);
  assert.ok(i >= 0, `an entity "${text}"`);
  await page.click(`#view [data-entity="${i}"]`);
  await page.waitForSelector('#edit-box[data-kind=entity]:not([hidden])');
  return i;
}
// Hovers the first line of a highlight (a quote over several lines has a bounding box wider than its first line).
async function hoverFirstLine(selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  const r = await page.$eval(selector, (e) => {
    const c = e.getClientRects()[0];
    return {x: c.left + Math.min(8, c.width / 2), y: c.top + c.height / 2};
  });
  await page.mouse.move(r.x, r.y);
}
async function settle() {
  await page.waitForFunction(() => document.body.dataset.state === 'ready' && !window.__aa.state.render?.signal.aborted);
  await page.waitForTimeout(50);
}

test('corrections: change a label, remove, tag a selection, merge, split, speaker, kind; undo and redo', async () => {
  const base = nodeApi.analyse(sampleText);
  // Change a label: every mention of the cluster follows.
  await clickEntity('Halden Mutual');
  await page.selectOption('#edit-box select[data-edit=label]', 'PERSON');
  await page.click('#edit-box [data-edit=apply-label]');
  await settle();
  let r = await result();
  assert.equal(r.entities.find((e) => e.text === 'Halden Mutual').label, 'PERSON');
  assert.equal(await page.getAttribute('#view .aa-entity[data-edited=true]', 'data-label'), 'PERSON');
  assert.equal(await page.getAttribute('body', 'data-corrections'), '1');
  // Remove one mention.
  const removedText = r.entities.find((e) => e.label === 'DATE').text;
  await clickEntity(removedText);
  await page.click('#edit-box [data-edit=remove]');
  await settle();
  r = await result();
  assert.equal(r.entities.length, base.entities.length - 1);
  // Tag a selection as a new entity.
  const target = 'Fennick Fishermen’s Cooperative';
  assert.ok(!r.entities.some((e) => e.text === target), 'not found by the analyser');
  await page.evaluate((t) => {
    const view = document.getElementById('view');
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const k = n.data.indexOf(t);
      if (k >= 0) {
        const range = document.createRange();
        range.setStart(n, k);
        range.setEnd(n, k + t.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return;
      }
    }
    throw new Error('text not found');
  }, target);
  await page.waitForSelector('#edit-box[data-kind=selection]:not([hidden])');
  await page.selectOption('#edit-box select[data-edit=new-label]', 'ORG');
  await page.click('#edit-box [data-edit=tag]');
  await settle();
  r = await result();
  const added = r.entities.find((e) => e.text === target);
  assert.equal(added?.label, 'ORG');
  assert.equal(added.original, null);
  assert.ok(await page.$$eval('#orgs button', (els) => els.some((e) => e.textContent.includes('Fennick Fishermen’s Cooperative'))));
  // Merge two people, then split a mention off again.
  const people = r.clusters.filter((c) => c.label === 'PERSON' && c.mentions.length);
  const [a, b] = [people.find((c) => c.name === 'Margaret Hollis') ?? people[0], people.find((c) => c.name === 'Grace Okonkwo') ?? people[1]];
  await clickEntity(r.entities[a.mentions[0]].text);
  await page.selectOption('#edit-box select[data-edit=merge-target]', String(r.entities[b.mentions[0]].start));
  await page.click('#edit-box [data-edit=merge]');
  await settle();
  r = await result();
  const merged = r.clusters.find((c) => c.name === b.name);
  assert.equal(merged.mentions.length, a.mentions.length + b.mentions.length);
  assert.ok(!r.clusters.some((c) => c.name === a.name && c.label === 'PERSON'));
  const clustersBefore = r.clusters.length;
  const splitText = r.entities[merged.mentions[merged.mentions.length - 1]].text;
  const splitStart = r.entities[merged.mentions[merged.mentions.length - 1]].start;
  await page.click(`#view [data-entity="${merged.mentions[merged.mentions.length - 1]}"]`);
  await page.click('#edit-box [data-edit=split]');
  await settle();
  r = await result();
  assert.equal(r.clusters.length, clustersBefore + 1);
  assert.equal(r.clusters[r.entities.find((e) => e.start === splitStart).cluster].name, splitText);
  // A quote: reassign its speaker, change its kind, clear the speaker.
  const qi = r.quotes.findIndex((q) => q.kind === 'direct');
  await hoverFirstLine(`#view [data-quote="${qi}"]`);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForSelector('#edit-box[data-kind=quote]:not([hidden])');
  const tomas = r.entities.find((e) => e.text === 'Tomas Brennan');
  await page.selectOption('#edit-box select[data-edit=speaker]', String(tomas.start));
  await page.click('#edit-box [data-edit=apply-speaker]');
  await settle();
  assert.equal(await page.getAttribute(`#view .aa-quote[data-quote="${qi}"]`, 'data-speaker'), 'Tomas Brennan');
  await page.selectOption('#edit-box select[data-edit=kind]', 'partial');
  await page.click('#edit-box [data-edit=apply-kind]');
  await settle();
  assert.equal(await page.getAttribute(`#view .aa-quote[data-quote="${qi}"]`, 'data-quote-kind'), 'partial');
  r = await result();
  assert.deepEqual(r.quotes[qi].original, {kind: 'direct', speaker: {...base.quotes[qi].speaker}});
  await page.selectOption('#edit-box select[data-edit=speaker]', 'none');
  await page.click('#edit-box [data-edit=apply-speaker]');
  await settle();
  assert.equal(await page.getAttribute(`#view .aa-quote[data-quote="${qi}"]`, 'data-speaker'), '');
  assert.equal(await page.getAttribute('body', 'data-corrections'), '8');
  // Undo twice (button and Ctrl+Z), redo once (Ctrl+Shift+Z).
  await page.click('[data-testid=undo]');
  await settle();
  assert.equal(await page.getAttribute(`#view .aa-quote[data-quote="${qi}"]`, 'data-speaker'), 'Tomas Brennan');
  await page.focus('#view');
  await page.keyboard.press('Control+z');
  await settle();
  assert.equal(await page.getAttribute(`#view .aa-quote[data-quote="${qi}"]`, 'data-quote-kind'), 'direct');
  await page.keyboard.press('Control+Shift+Z');
  await settle();
  assert.equal(await page.getAttribute(`#view .aa-quote[data-quote="${qi}"]`, 'data-quote-kind'), 'partial');
  assert.equal(await page.getAttribute('body', 'data-corrections'), '7');
  assert.equal(await page.isDisabled('[data-testid=redo]'), false);
});

let exportedPath = null;
test('corrections survive a reload and travel in the exported JSON, marked as edited with the original', async () => {
  const before = await result();
  await page.goto(url);  // without ?blank: the page opens with the text kept from the last visit
  seq = await waitForResult(page, 0);
  const after = await result();
  assert.equal(await page.inputValue('[data-testid=input]'), sampleText, 'the text is kept');
  assert.deepEqual(after.entities, before.entities);
  assert.deepEqual(after.quotes, before.quotes);
  assert.equal(await page.getAttribute('body', 'data-corrections'), '7');
  assert.match(await page.textContent('[data-testid=corrections-status]'), /7 corrections kept/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(download.suggestedFilename(), 'harbour-city-bets-1-2bn-on-tidal-barrier-as-insurers-pull-analysis-edited.json');
  exportedPath = path.join(root, 'build/test-artifacts/edited.json');
  fs.mkdirSync(path.dirname(exportedPath), {recursive: true});
  fs.copyFileSync(await download.path(), exportedPath);
  const json = JSON.parse(fs.readFileSync(exportedPath, 'utf8'));
  const base = nodeApi.analyse(sampleText);
  assert.equal(json.schema, 'article-analysis/1');
  assert.equal(json.edited.steps.length, 7);
  assert.deepEqual(json.edited.original.entities, base.entities, 'the analyser’s reading is kept');
  assert.deepEqual(json.edited.original.quotes, base.quotes);
  const halden = json.entities.find((e) => e.text === 'Halden Mutual');
  assert.deepEqual([halden.label, halden.edited, halden.original.label], ['PERSON', true, base.entities.find((e) => e.text === 'Halden Mutual').label]);
  assert.ok(json.quotes.some((q) => q.edited && q.original.kind === 'direct' && q.kind === 'partial'));
  assert.equal(json.edited.removedEntities.length, 1);
  for (const e of json.entities) assert.equal(json.text.slice(e.start, e.end), e.text);
  assert.equal(json.sourceBalance, undefined, 'the balance figures are in their CSV');
});

test('the exported JSON opened in a fresh browser brings the corrections back; clearing them is one click', async () => {
  const expected = await result();
  const other = await launch();
  try {
    const {page: p, log: l} = await openPage(other.context);
    await p.goto(new URL('?blank', url).href);
    await p.waitForFunction(() => document.body.dataset.state === 'ready');
    await p.setInputFiles('#file', exportedPath);
    await waitForResult(p, 0);
    const r = await p.evaluate(() => window.__aa.state.result);
    assert.deepEqual(r.entities, expected.entities);
    assert.deepEqual(r.quotes, expected.quotes);
    assert.equal(await p.getAttribute('body', 'data-corrections'), '7');
    assert.match(await p.textContent('#status'), /sentences/);
    await p.click('[data-testid=clear-corrections]');
    await p.waitForFunction(() => document.body.dataset.corrections === '0');
    assert.deepEqual(await p.evaluate(() => window.__aa.state.result.entities), nodeApi.analyse(sampleText, {input: 'text'}).entities);
    assert.equal(await p.isDisabled('[data-testid=clear-corrections]'), true);
    await p.goto(url);
    await waitForResult(p, 0);
    assert.equal(await p.getAttribute('body', 'data-corrections'), '0', 'cleared for good');
    assert.deepEqual(l.errors, []);
  } finally {
    await other.close();
  }
});

test('CSV exports: people, quotes and balance, named after the headline, with a header row', async () => {
  const dl = async (id) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    return {name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8')};
  };
  const people = await dl('[data-testid=export-people]');
  assert.equal(people.name, 'harbour-city-bets-1-2bn-on-tidal-barrier-as-insurers-pull-people.csv');
  assert.ok(people.text.startsWith('\ufeffname,label,titles,mentions,quotes,quoted_words,first_mention_offset,'));
  assert.match(people.text, /\r\nGrace Okonkwo,PERSON,Mayor,\d+,\d+,\d+,\d+,"[^"]*Grace Okonkwo[^"]*",female,/);
  const quotes = await dl('[data-testid=export-quotes]');
  assert.equal(quotes.name, 'harbour-city-bets-1-2bn-on-tidal-barrier-as-insurers-pull-quotes.csv');
  const lines = quotes.text.split('\r\n');
  assert.equal(lines[0], '\ufeffspeaker,source_type,kind,cue,quote,content,sentence,quoted_words,start,end,edited,no_speaker_reason');
  assert.ok(quotes.text.includes(',partial,'), 'the corrected kind is exported');
  const balance = await dl('[data-testid=export-balance]');
  assert.match(balance.text, /gender_of_quoted_people,female,\d+/);
});

test('an edit of the text (a word added at the top) keeps the corrections, moved with the text', async () => {
  const before = await result();
  await pasteText(page, `UPDATED: ${sampleText}`);
  seq = await waitForResult(page, seq);
  assert.equal(await page.getAttribute('body', 'data-corrections'), '7');
  assert.match(await page.textContent('[data-testid=corrections-status]'), /carried over/);
  const after = await result();
  const halden = after.entities.find((e) => e.text === 'Halden Mutual');
  assert.equal(halden.label, 'PERSON');
  assert.equal(halden.start, before.entities.find((e) => e.text === 'Halden Mutual').start + 'UPDATED: '.length);
  await pasteText(page, sampleText);  // back to the text the corrections were made on: they are still kept for it
  seq = await waitForResult(page, seq);
  assert.equal(await page.getAttribute('body', 'data-corrections'), '7');
});

test('source balance: quoted vs mentioned, a chart per measure, the method, "unknown" where unsure', async () => {
  await page.click('[data-testid=clear-corrections]');
  await page.waitForFunction(() => document.body.dataset.corrections === '0');
  const summary = await page.textContent('[data-testid=balance-summary]');
  assert.match(summary, /^\d+ (people|person) quoted, \d+ only mentioned; \d+ quotes?, \d+ quoted words\.$/);
  assert.equal(await page.locator('#balance svg.aa-chart').count(), 2);
  assert.match(await page.textContent('#balance svg title'), /People \d+/);
  const genders = await page.$$eval('[data-testid=balance-table] td[data-gender]', (els) => els.map((e) => e.dataset.gender));
  assert.ok(genders.length >= 3 && genders.every((g) => ['female', 'male', 'unknown'].includes(g)), genders.join());
  assert.match(await page.textContent('#balance-method'), /estimated from the text only/);
});

test('the tooltip never hides the cue or the speaker; it shows the quote’s content when there is one', async () => {
  const r = handMade(nodeApi.analyse(sampleText));
  // The partial quote's content: the clause around the quoted words (contract: quote.content).
  const p = r.quotes[1];
  const clauseStart = r.text.lastIndexOf('called the barrier', p.start);
  r.quotes[1] = {...p, content: {start: clauseStart, end: p.end, text: r.text.slice(clauseStart, p.end)}};
  delete r.quotes[0].content;  // tolerated
  await page.evaluate((x) => window.__aa.showResult(x), r);
  seq = await waitForResult(page, seq);
  for (const i of [0, 1, 2]) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await hoverFirstLine(`#view .aa-quote[data-quote="${i}"]`);
    await page.waitForSelector('.aa-tooltip:not([hidden])');
    const overlap = await page.evaluate((k) => {
      const tip = document.querySelector('.aa-tooltip').getBoundingClientRect();
      const hit = [];
      for (const n of document.querySelectorAll(`#view [data-cue-of~="${k}"], #view [data-mention-of~="${k}"]`)) {
        for (const c of n.getClientRects()) {
          if (c.left < tip.right && c.right > tip.left && c.top < tip.bottom && c.bottom > tip.top) hit.push(n.textContent);
        }
      }
      return hit;
    }, i);
    assert.deepEqual(overlap, [], `quote ${i}: the tooltip covers its attribution`);
  }
  await hoverFirstLine('#view .aa-quote[data-quote="1"]');
  assert.equal(await page.textContent('.aa-tooltip .aa-content-quote'), p.text);
  assert.equal(await page.textContent('.aa-tooltip .aa-content-clause'), r.text.slice(clauseStart, p.start));
  const weights = await page.evaluate(() => ['.aa-content-quote', '.aa-content-clause'].map((s) => getComputedStyle(document.querySelector(`.aa-tooltip ${s}`)).fontWeight));
  assert.deepEqual(weights, ['700', '400']);
  await hoverFirstLine('#view .aa-quote[data-quote="0"]');
  assert.equal(await page.locator('.aa-tooltip .aa-content-quote').count(), 0, 'a direct quote’s content is the quote: not repeated');
  await page.hover('h1');
});

test('keyboard only: skip link, arrows, Enter to edit, next mention, Escape back to the panel item', async () => {
  await page.goto(url);
  seq = await waitForResult(page, 0);
  // Tab presses from the top of the page to Download JSON, on the real analysis of the sample (was 130).
  let presses = 0;
  while (presses < 200 && !(await page.evaluate(() => document.activeElement.id === 'export-json'))) {
    await page.keyboard.press('Tab');
    ++presses;
  }
  console.log(`# keyboard: ${presses} Tab presses from the top to Download JSON on the sample`);
  assert.ok(presses < 60, `${presses} presses`);
  await page.goto(url);
  seq = await waitForResult(page, 0);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.skip), 'view');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.closest('#view') !== null && document.activeElement.tabIndex === 0), true);
  // Arrow to a person, Enter: the edit box shows it; Tab reaches its controls.
  let name = null;
  for (let i = 0; i < 40; ++i) {
    await page.keyboard.press('ArrowRight');
    name = await page.evaluate(() => (document.activeElement.dataset.label === 'PERSON' ? document.activeElement.textContent : null));
    if (name) break;
  }
  assert.ok(name, 'reached a person by arrows');
  await page.keyboard.press('Enter');
  assert.match(await page.textContent('#edit-what'), new RegExp(name));
  // From a panel item: Enter marks and focuses the first mention (the name itself, not a quote around it).
  await page.focus('#people button:has-text("Grace Okonkwo")');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => ({cls: document.activeElement.className, text: document.activeElement.textContent,
                                             speakerOutlined: document.querySelectorAll('#view .aa-speaker-active').length}));
  assert.match(focused.cls, /aa-entity/);
  assert.match(focused.text, /Okonkwo/);
  assert.equal(focused.speakerOutlined, 0, 'no quote’s speaker outlined instead');
  // Next mention (from the edit box) moves focus to the second mention.
  const first = await page.evaluate(() => document.activeElement.dataset.entity);
  await page.click('#edit-box [data-edit=next]');
  const second = await page.evaluate(() => document.activeElement.dataset.entity);
  assert.notEqual(second, first);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Okonkwo');
  // The same from the keyboard: p (previous mention) goes back to the first.
  await page.keyboard.press('p');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.entity), first);
  await page.keyboard.press('n');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.entity), second);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.startsWith('Grace Okonkwo')), true, 'Escape goes back to the panel item');
  assert.equal(await page.evaluate(() => document.activeElement.closest('#people') !== null), true);
});

test('panel search filters the lists; long lists show a "Show all"', async () => {
  await page.fill('[data-testid=panel-filter]', 'okon');
  const visible = await page.$$eval('#people li:not([hidden]) button', (els) => els.map((e) => e.textContent));
  assert.equal(visible.length, 1);
  assert.match(visible[0], /Grace Okonkwo/);
  assert.equal(await page.$$eval('#orgs li:not([hidden]) button', (els) => els.length), 0);
  await page.fill('[data-testid=panel-filter]', '');
  assert.ok(await page.$$eval('#people li:not([hidden]) button', (els) => els.length) > 3);
});

test('a phone (375 px): tabs, the results first, a panel item and back', async () => {
  const phone = await browser.context.newPage();
  await phone.setViewportSize({width: 375, height: 740});
  await phone.goto(new URL('?blank', url).href);
  await phone.waitForFunction(() => document.body.dataset.state === 'ready');
  await phone.click('#tab-input');
  await pasteText(phone, sampleText);
  await waitForResult(phone, 0);
  // Results first: after a paste the article is shown, at the top.
  assert.equal(await phone.getAttribute('body', 'data-tab'), 'article');
  const top = await phone.$eval('#view', (e) => e.getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 300, `the article starts ${top} px down`);
  assert.equal(await phone.isVisible('[data-testid=input]'), false);
  const widths = await phone.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(widths[0] <= widths[1], `no horizontal scrolling: ${widths}`);
  await phone.click('#tab-people');
  assert.equal(await phone.isVisible('#people'), true);
  assert.equal(await phone.isVisible('#view'), false);
  const peopleTop = await phone.$eval('#people', (e) => e.getBoundingClientRect().top + window.scrollY);
  console.log(`# 375 px: the article starts ${Math.round(top)} px down after a paste; the People tab's list ${Math.round(peopleTop)} px down`);
  assert.ok(peopleTop < 400, `people start ${peopleTop} px down`);
  await phone.click('#people button:has-text("Grace Okonkwo")');
  assert.equal(await phone.getAttribute('body', 'data-tab'), 'article');
  assert.equal(await phone.isVisible('[data-testid=back]'), true);
  await phone.screenshot({path: path.join(root, 'build/test-artifacts/phone-375-marked.png')});
  await phone.click('[data-testid=back]');
  assert.equal(await phone.getAttribute('body', 'data-tab'), 'people');
  assert.match(await phone.evaluate(() => document.activeElement.textContent), /Grace Okonkwo/);
  await phone.click('#tab-quotes');
  assert.equal(await phone.isVisible('#quoted'), true);
  assert.equal(await phone.isVisible('#balance'), true);
  assert.equal(await phone.isVisible('#people'), false);
  // Arrow keys move between tabs.
  await phone.focus('#tab-quotes');
  await phone.keyboard.press('ArrowRight');
  assert.equal(await phone.getAttribute('body', 'data-tab'), 'input');
  await phone.close();
});

test('a text that is not English gets a notice', async () => {
  const fr = 'Le conseil municipal a voté mercredi soir la construction d’une barrière contre les marées. « Nous avons ' +
             'attendu trop longtemps », a déclaré la maire devant les élus. Les pêcheurs de la coopérative ne sont pas ' +
             'convaincus et ils demandent une étude indépendante sur les sédiments avant la signature du contrat.';
  await pasteText(page, fr);
  seq = await waitForResult(page, seq);
  assert.equal(await page.isVisible('[data-testid=language-notice]'), true);
  assert.match(await page.textContent('[data-testid=language-notice]'), /looks French: the analyser reads English only/);
  await pasteText(page, sampleText);
  seq = await waitForResult(page, seq);
  assert.equal(await page.isVisible('[data-testid=language-notice]'), false);
});

test('print: the article with highlights and the roster, nothing of the tool', async () => {
  await page.goto(url);
  seq = await waitForResult(page, 0);
  await page.emulateMedia({media: 'print'});
  const shown = await page.evaluate(() => Object.fromEntries(['.input-pane', '#view', '#people', '.legend', '.export', '.tabs', '#edit-box', '#quoted']
    .map((s) => [s, getComputedStyle(document.querySelector(s)).display !== 'none'])));
  assert.deepEqual(shown, {'.input-pane': false, '#view': true, '#people': true, '.legend': false, '.export': false, '.tabs': false,
                           '#edit-box': false, '#quoted': true});
  assert.equal(await page.$eval('#view .aa-entity', (e) => getComputedStyle(e).printColorAdjust), 'exact');
  await page.emulateMedia({media: null});
  const pdf = await page.pdf({format: 'A4'});
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`# print: ${pages} A4 pages`);
  assert.ok(pages >= 1 && pages <= 4, `${pages} pages`);
});

test('no CSP violations, no page errors', async () => {
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.errors, []);
});

test('screenshots for docs/ at 1280 and 375 px', async () => {
  const dir = path.join(root, 'build/test-artifacts');
  const shot = await browser.context.newPage();
  await shot.emulateMedia({colorScheme: 'light'});
  await shot.setViewportSize({width: 1280, height: 900});
  await shot.goto(new URL('?blank', url).href);
  await shot.waitForFunction(() => document.body.dataset.state === 'ready');
  await shot.click('#sample');
  await waitForResult(shot, 0);
  await shot.click('#people button:has-text("Grace Okonkwo")');
  await shot.waitForTimeout(800);  // the smooth scroll to the mention
  await shot.evaluate(() => window.scrollTo({top: 0, behavior: 'instant'}));
  await shot.evaluate(() => {
    document.querySelector('#view .aa-quote[data-quote="0"]').dispatchEvent(new PointerEvent('pointerover', {bubbles: true}));
  });
  await shot.screenshot({path: path.join(dir, 'workbench-1280.png')});
  // A phone: the article first, a person picked from the People tab, the Selected sheet at the bottom.
  await shot.setViewportSize({width: 375, height: 812});
  await shot.evaluate(() => window.scrollTo({top: 0, behavior: 'instant'}));
  await shot.click('#tab-people');
  await shot.click('#people button:has-text("Tomas Brennan")');
  await shot.waitForTimeout(300);
  await shot.screenshot({path: path.join(dir, 'workbench-375.png')});
  assert.equal(await shot.isVisible('#edit-box'), true, 'the Selected sheet shows over the article on a phone');
  await shot.click('[data-edit=close]');
  assert.equal(await shot.isVisible('#edit-box'), false);
  await shot.click('#tab-quotes');
  await shot.screenshot({path: path.join(dir, 'workbench-375-quotes.png')});
  if (process.env.AA_UPDATE_SCREENSHOT) {
    fs.copyFileSync(path.join(dir, 'workbench-1280.png'), path.join(root, 'docs/workbench-1280.png'));
    fs.copyFileSync(path.join(dir, 'workbench-375.png'), path.join(root, 'docs/workbench-375.png'));
    fs.copyFileSync(path.join(dir, 'workbench-375-quotes.png'), path.join(root, 'docs/workbench-375-quotes.png'));
  }
  await shot.close();
});
