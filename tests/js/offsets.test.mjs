// Property-style offset tests on the WASM build: for many generated strings (emoji, ZWJ sequences, flags,
// combining marks, CJK, RTL, NUL, CRLF, lone CR, U+2028, lone surrogates, quotes, HTML), every span of every kind
// satisfies text.slice(start, end) === span.text in UTF-16 units, and the same holds in code points and bytes.
import test from 'node:test';
import assert from 'node:assert/strict';
import {loadApi, allSpans, rng} from './helpers.mjs';

const {createAnalyser} = await loadApi();
const analyser = await createAnalyser();

const FRAGMENTS = [
  'the', 'Mayor', 'Grace Okonkwo', 'said', 'U.S.', 'Mr.', 'Dr. Sato', 'Jan. 5', '$4bn', '3.2%', '1,000.5', "don't",
  'China’s', 'e-mail', 'jane@example.com', 'https://example.com/a?b=c', '...', '…', '—', '–', '.', ',', '?', '!',
  ':', ';', '(', ')', '“', '”', '‘', '’', '"', "'", '«', '»', '„', ' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n',
  '\r\n\r\n', '\r', '\u2028', '\u2029', '\0', '😀', '👩‍👩‍👧', '🇬🇧', '👍🏽', 'e\u0301', 'a\u0308\u0304', 'café', 'naïve',
  '北京', '東京都', '한국어', 'שלום', 'مرحبا', '\u200f', '\u200b', '\ufeff', '\ud800', '\udc00', '\udbff', 'x\ud83d',
  '\ufffd', 'ǅ', 'ß', 'İstanbul', '\u00a0', '\u3000', '𝔘𝔫𝔦', '<p>', '</p>', '<b>', '&amp;', '&nbsp;', '<br>',
];

function generate(next, maxParts) {
  const n = 1 + Math.floor(next() * maxParts);
  let s = '';
  for (let i = 0; i < n; ++i) s += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
  return s;
}

// What the core sees: TextEncoder turns each lone surrogate into U+FFFD (one UTF-16 unit, so offsets hold), and a
// leading byte order mark is dropped, as the CLI drops it from a file (tests/js/hardening.test.mjs).
const wellFormed = (s) =>
  s.replace(/^\ufeff/, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

function checkUtf16(text, r, label) {
  if (r.input.kind === 'text') {
    assert.equal(r.text, wellFormed(text), `${label}: text is the input`);
    assert.equal(r.input.length, wellFormed(text).length, `${label}: length`);
  }
  for (const [where, span] of allSpans(r)) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start <= span.end &&
              span.end <= r.text.length, `${label}: ${where} [${span.start}, ${span.end}) inside the text`);
    assert.equal(r.text.slice(span.start, span.end), span.text, `${label}: ${where}`);
  }
  for (const w of r.warnings) assert.ok(w.start <= w.end && w.end <= r.text.length, `${label}: warning ${w.code}`);
}

test('utf16 offsets: text.slice(start, end) === span.text for 1500 generated texts', () => {
  const next = rng(20240314);
  let spans = 0;
  for (let i = 0; i < 1500; ++i) {
    const text = generate(next, i < 1000 ? 40 : 400);
    const r = analyser.analyse(text, {input: 'text'});
    checkUtf16(text, r, `case ${i} ${JSON.stringify(text).slice(0, 120)}`);
    spans += [...allSpans(r)].length;
  }
  assert.ok(spans > 3000, `checked ${spans} spans`);
});

test('utf16 offsets hold for HTML input and auto detection too', () => {
  const next = rng(7);
  for (let i = 0; i < 300; ++i) {
    const body = generate(next, 60);
    const text = i % 2 ? `<!doctype html><html><body><article><h1>${generate(next, 6)}</h1><p>${body}</p></article></body></html>` : body;
    const r = analyser.analyse(text, {input: i % 3 === 0 ? 'html' : 'auto'});
    checkUtf16(text, r, `html case ${i} ${JSON.stringify(text).slice(0, 120)}`);
  }
});

test('codepoint and byte offsets index the text in their units', () => {
  const next = rng(99);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', {ignoreBOM: true});  // keep a U+FEFF that starts a span
  for (let i = 0; i < 400; ++i) {
    const text = generate(next, 60);
    const cp = analyser.analyse(text, {offsets: 'codepoint', input: 'text'});
    const points = Array.from(cp.text);
    assert.equal(cp.input.length, points.length);
    for (const [where, s] of allSpans(cp)) assert.equal(points.slice(s.start, s.end).join(''), s.text, `cp case ${i}: ${where}`);
    const by = analyser.analyse(text, {offsets: 'byte', input: 'text'});
    const bytes = encoder.encode(by.text);
    assert.equal(by.input.length, bytes.length);
    for (const [where, s] of allSpans(by)) assert.equal(decoder.decode(bytes.subarray(s.start, s.end)), s.text, `byte case ${i}: ${where}`);
  }
});

test('a hand-checked case: emoji, combining mark, CRLF and NUL keep their places', () => {
  const text = 'He said “hi” 😀.\r\nCafe\u0301 is \0 open.';
  const r = analyser.analyse(text, {input: 'text'});
  assert.deepEqual(r.sentences.map((s) => [s.start, s.end, s.text]),
                   [[0, 16, 'He said “hi” 😀.'], [18, text.length, 'Cafe\u0301 is \0 open.']]);
});
