// Shared by the page annotator (pages-annotate.mjs) and the page scorer (pages-eval.mjs): how a page is cut into
// text blocks, how a byte range of a page becomes text, how text is normalised, hashed and cut into shingles.
//
// A text block is a block-level element with text of its own: the text of its descendants that are not inside a
// nested block-level element (a <p> in a <li> is its own block; the <li>'s own text is what is left). Blocks are
// named by the byte range [start, end) of their element in source.html, which is what the annotations store.
import crypto from 'node:crypto';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const parse5 = require('parse5');

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'menu', 'legend', 'option', 'select', 'button', 'textarea', 'iframe', 'br'
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'iframe',
  'select', 'textarea', 'button', 'object', 'embed', 'video', 'audio', 'canvas']);

/** Maps UTF-16 offsets of the decoded page to byte offsets of its UTF-8 bytes. */
export function byteMap(text) {
  const map = new Uint32Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      b += 4;
      map[++i] = b; // the low surrogate has no byte of its own (never a block boundary)
    } else b += 3;
  }
  map[text.length] = b;
  return map;
}

/** Whitespace collapsed, trimmed. */
export const collapse = (s) => s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
/** sha1 of the collapsed text, 12 hex digits (enough to catch a block that moved). */
export const hash = (s) => crypto.createHash('sha1').update(collapse(s)).digest('hex').slice(0, 12);

/** Normalised words for shingles: lowercased, punctuation dropped; each CJK character counts as a word. */
export function words(s) {
  const out = [];
  const re = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;
  for (const m of s.normalize('NFKC').toLowerCase().matchAll(re)) out.push(m[0].replace(/’/g, "'"));
  return out;
}

/** Multiset of shingles of n words (a text shorter than n words gives one shingle of all of them). */
export function shingles(text, n = 4) {
  const w = words(text);
  const bag = new Map();
  const add = (k) => bag.set(k, (bag.get(k) || 0) + 1);
  if (w.length === 0) return bag;
  if (w.length < n) add(w.join(' '));
  for (let i = 0; i + n <= w.length; i++) add(w.slice(i, i + n).join(' '));
  return bag;
}

/** Precision, recall and F1 of the shingles of `got` against `want` (multisets). */
export function prf(got, want) {
  let inter = 0, g = 0, w = 0;
  for (const v of got.values()) g += v;
  for (const [k, v] of want) {
    w += v;
    inter += Math.min(v, got.get(k) || 0);
  }
  const p = g ? inter / g : (w ? 0 : 1);
  const r = w ? inter / w : (g ? 0 : 1);
  return {p, r, f: p + r ? (2 * p * r) / (p + r) : 0};
}

const isElement = (n) => n.tagName !== undefined;

/**
 * Parses a page and lists its text blocks in document order:
 * {id, tag, start, end (bytes), text (collapsed own text), cls (class/id hint), depth, path}.
 * Also returns `text(start, end)`: the text of any byte range that is an element or a run of text.
 */
export function pageBlocks(html) {
  const doc = parse5.parse(html, {sourceCodeLocationInfo: true});
  const map = byteMap(html);
  const blocks = [];
  const elements = []; // every element with its byte range, for locating titles and bylines
  const walk = (node, depth, pathTags) => {
    for (const child of node.childNodes || []) {
      if (!isElement(child)) continue;
      const tag = child.tagName;
      const loc = child.sourceCodeLocation;
      if (loc) {
        elements.push({tag, start: map[loc.startOffset], end: map[loc.endOffset ?? loc.startOffset], node: child});
      }
      if (SKIP.has(tag)) continue;
      const p = pathTags.concat(hintOf(child));
      if (BLOCK.has(tag) && loc) {
        const own = collapse(ownText(child));
        if (own) {
          blocks.push({
            id: blocks.length, tag, start: map[loc.startOffset], end: map[loc.endOffset ?? loc.startOffset],
            text: own, depth, path: p.slice(-4).join(' > ')
          });
        }
      }
      walk(child, depth + 1, p);
    }
    if (node.content) walk(node.content, depth, pathTags); // <template>
  };
  walk(doc, 0, []);
  return {blocks, elements, doc, map};
}

function hintOf(el) {
  let s = el.tagName;
  for (const a of el.attrs || []) {
    if (a.name === 'id' && a.value) s += '#' + a.value.trim().split(/\s+/)[0];
    if (a.name === 'class' && a.value) s += '.' + a.value.trim().split(/\s+/).slice(0, 2).join('.');
  }
  return s.slice(0, 40);
}

/** The text of a node without the text of nested block-level (or skipped) elements. */
export function ownText(node) {
  let out = '';
  for (const c of node.childNodes || []) {
    if (c.nodeName === '#text') out += c.value;
    else if (isElement(c)) {
      if (c.tagName === 'br') out += ' ';
      else if (BLOCK.has(c.tagName) || SKIP.has(c.tagName)) out += ' ';
      else out += ownText(c);
    }
  }
  return out;
}

/** All text below a node (skipped elements left out). */
export function allText(node) {
  let out = '';
  for (const c of node.childNodes || []) {
    if (c.nodeName === '#text') out += c.value;
    else if (isElement(c) && !SKIP.has(c.tagName)) {
      const inner = allText(c);
      out += BLOCK.has(c.tagName) || c.tagName === 'br' ? ' ' + inner + ' ' : inner;
    }
  }
  return out;
}

/** The text of a byte range of the page: markup stripped, character references decoded, whitespace collapsed. */
export function rangeText(bytes, start, end) {
  const frag = parse5.parseFragment(bytes.subarray(start, end).toString('utf8'));
  return collapse(allText(frag));
}
