// Malformed and extreme input through the JS API (createAnalyser, the WASM build), all in ONE analyser instance:
// each input gets a correct result or a clear Error, and the next analysis in the same instance still works.
// Every result is checked against the contract: text.slice(start, end) === span.text for every span.
// (A JS string holds UTF-16, not bytes: "binary" and "ill-formed UTF-8" arrive as what TextDecoder makes of
// them, and ill-formed UTF-16 is a lone surrogate. Unreadable files are the CLI's business: tests/cpp.)
import test from 'node:test';
import assert from 'node:assert/strict';
import {allSpans, loadApi, rng} from './helpers.mjs';

const {createAnalyser} = await loadApi();
const analyser = await createAnalyser();

function checked(text, options) {
  const r = analyser.analyse(text, options);
  assert.equal(r.schema, 'article-analysis/1');
  assert.equal(r.input.length, r.text.length);
  for (const [where, s] of allSpans(r)) {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= r.text.length, `${where} [${s.start}, ${s.end})`);
    if (r.text.slice(s.start, s.end) !== s.text) assert.fail(`${where}: slice is not the span's text`);
  }
  for (const w of r.warnings) assert.ok(w.start <= w.end && w.end <= r.text.length, `warning ${w.code}`);
  return r;
}

function stillWorks() {
  const r = checked('Still working. Yes.');
  assert.equal(r.text, 'Still working. Yes.');
  assert.equal(r.sentences.length, 2);
}

test('empty and white space only', () => {
  for (const t of ['', ' ', '\n\n\r\n\t  \n', ' '.repeat(100_000), '\u00A0\u2003\u3000']) {
    const r = checked(t);
    assert.equal(r.text, t);
    assert.deepEqual([r.sentences, r.entities, r.quotes, r.article.paragraphs], [[], [], [], []]);
    assert.equal(r.article.title, null);
    stillWorks();
  }
});

test('10 MB on one line', () => {
  const unit = 'The minister said the plan would cost $4bn, or 3.2% more. ';
  const line = unit.repeat(Math.ceil(10_000_000 / unit.length));
  const r = checked(line);
  assert.equal(r.text, line);
  assert.ok(r.sentences.length > 100_000, `${r.sentences.length} sentences`);
  stillWorks();
});

test('1 MB without spaces', () => {
  for (const c of ['x', '.', '-', '😀']) {
    const blob = c.repeat(1_000_000 / c.length);
    const r = checked(blob);
    assert.equal(r.text, blob);
    assert.ok(r.sentences.length <= 1);
    stillWorks();
  }
});

test('binary bytes decoded as text: U+FFFD and control characters', () => {
  const random = rng(42);
  const bytes = Uint8Array.from({length: 65536}, () => Math.floor(random() * 256));
  const text = new TextDecoder().decode(bytes);
  const r = checked(text);
  assert.equal(r.text, text);
  const png = new TextDecoder().decode(Uint8Array.from([0x89, 0x50, 0x4E, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]));
  assert.equal(checked(png).text, png);
  stillWorks();
});

test('ill-formed UTF-16 (lone surrogates) becomes U+FFFD, one unit each, offsets unchanged', () => {
  const text = 'Lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800, paired 😀, at the end \uD83D';
  const r = checked(text);
  assert.equal(r.text.length, text.length);
  assert.equal(r.text, text.toWellFormed());
  assert.equal([...r.text.matchAll(/\uFFFD/g)].length, 5);
  stillWorks();
});

test('ill-formed UTF-8 as TextDecoder gives it: U+FFFD where the bytes were', () => {
  const bytes = Uint8Array.from([...Buffer.from('Café '), 0xE9, 0x20, 0xC0, 0xAF, 0x20, 0xED, 0xA0, 0x80, 0x20,
                                 0xF0, 0x9F, 0x98]);
  const text = new TextDecoder().decode(bytes);
  const r = checked(text);
  assert.equal(r.text, text);
  assert.equal([...r.text.matchAll(/\uFFFD/g)].length, 7);
  stillWorks();
});

test('a byte order mark, and UTF-16 misread as single bytes (NULs between letters)', () => {
  // The BOM is dropped, as the CLI drops it from a file (tests/js/hardening.test.mjs compares the two).
  const bom = '\uFEFFMayor Grace Okonkwo said “yes”. Then she left.';
  const r = checked(bom);
  assert.equal(r.text, bom.slice(1));
  assert.equal(r.sentences.length, 2);
  const misread = [...'Council votes. Barrier approved.'].map((c) => c + '\0').join('');
  assert.equal(checked(misread).text, misread);
  stillWorks();
});

test('NUL characters are kept', () => {
  const text = 'One\0two. Three\0 four.\0' + 'A line of ordinary text with a NUL\0 in it.\n'.repeat(200);
  const r = checked(text);
  assert.equal(r.text, text);
  assert.ok(r.sentences.length >= 200);
  assert.equal(checked('\0'.repeat(10_000)).text, '\0'.repeat(10_000));
  stillWorks();
});

test('100,000 quotation marks', () => {
  const marks = ['“', '"', "'", '”'];
  const quotes = Array.from({length: 100_000}, (_, i) => marks[i % 4]).join('');
  const mixed = Array.from({length: 20_000}, (_, i) => (i % 2 ? '“Word," she said. ' : '"Open ')).join('');
  for (const text of [quotes, mixed]) {
    const r = checked(text);
    assert.equal(r.text, text);
    assert.ok(r.quotes.length <= 100_000);
  }
  stillWorks();
});

test('50,000 nested tags, closed and unclosed', () => {
  const nested = '<html><body>' + '<div><span>'.repeat(50_000) + '<p>Deep text here.</p>';
  const unclosed = '<!doctype html><p>' + '<b><i><a href="x">'.repeat(50_000) + 'Unclosed at the end.';
  for (const [page, needle] of [[nested, 'Deep text here.'], [unclosed, 'Unclosed at the end.']]) {
    for (const input of ['auto', 'html']) {
      const r = checked(page, {input});
      assert.equal(r.input.kind, 'html');
      assert.ok(r.text.includes(needle), `${input}: ${JSON.stringify(r.text.slice(0, 80))}`);
      assert.ok(!r.text.includes('<'));
    }
    // The same markup read as plain text is kept as it is.
    assert.equal(checked(page, {input: 'text'}).text, page);
  }
  stillWorks();
});

test('input over 256 MB is a clear Error, and the instance goes on', () => {
  const huge = 'a'.repeat(256 * 1024 * 1024 + 1);
  assert.throws(() => analyser.analyse(huge), (e) => e instanceof Error && /^article-analyser: input too large/.test(e.message));
  stillWorks();
});
