// The text of an ECB+ document as the analyser sees it, rebuilt from its tokens: a port of detokenize() in
// ../annot/ecb.py (the annotation workflow's `ecb.py text DOC`), rule for rule, so that the bench reads exactly
// the texts the stand-off annotations index. `node bench/real-news.mjs --check-ecb` checks it against the
// Python on every document. Browser-safe (no Node imports); the texts themselves are never written anywhere.

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '?', '!', ')', ']', '}', '%', "''", '”', "'s", "n't", "'re",
  "'ve", "'ll", "'d", "'m", "'S", "N'T", '...', '\u2019s', '\u2019re', '\u2019ve', '\u2019ll', '\u2019d', '\u2019m',
  'n\u2019t']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '``', '“', '#']);
const CLITIC_TAILS = new Set(['s', 't', 're', 've', 'll', 'd', 'm', 'S']);
const MAP = new Map([['``', '\u201c'], ["''", '\u201d'], ['-LRB-', '('], ['-RRB-', ')']]);

// Python's str.isdigit(): every character has Numeric_Type Decimal (\p{Nd}) or Digit (the superscript,
// subscript, circled and similar digits listed here), and the string is not empty.
const DIGIT = /^[\p{Nd}\u00B2\u00B3\u00B9\u1369-\u1371\u19DA\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247C\u2488-\u2490\u24EA\u24F5-\u24FD\u24FF\u2776-\u277E\u2780-\u2788\u278A-\u2792\u{10A40}-\u{10A43}\u{10E60}-\u{10E68}\u{11052}-\u{1105A}\u{1F100}-\u{1F10A}]+$/u;
const isDigit = (s) => DIGIT.test(s);
// Python's str.isalnum() on one character: a letter (L*) or a number (N*).
const isAlnum = (s) => /^[\p{L}\p{N}]+$/u.test(s);
// Python's s[-1:] and s[:1]: the last and first code point (not UTF-16 unit).
const lastChar = (s) => {
  if (!s) return '';
  const c = s.codePointAt(s.length - 1);
  return c >= 0xdc00 && c <= 0xdfff && s.length > 1 ? s.slice(-2) : s.slice(-1);
};
const firstChar = (s) => (s ? String.fromCodePoint(s.codePointAt(0)) : '');
const cpLength = (s) => {
  let n = 0;
  for (const _ of s) ++n;
  return n;
};

/**
 * Text of a document and each token's [start, end) in it (code points), from [[t_id, sentence, token], ...] in
 * document order. Sentences become paragraphs (blank line between); a sentence whose first token is a URL is
 * written without spaces; `` and '' become curly double quotes; straight double quotes open or close by
 * alternation within a document; a hyphen between two word tokens is joined ("90 - day" -> "90-day").
 */
export function detokenize(tokens) {
  const out = [], spans = [];
  let pos = 0;
  let prevSent = null, prevTok = null;
  let straightOpen = false, joinedHyphen = false, prevOpenQuote = false;
  const urlSents = new Set();
  const seen = new Set();
  for (const [, s, tok] of tokens) {
    if (seen.has(s)) continue;
    seen.add(s);
    const first = tok.toLowerCase();
    if (first.startsWith('http') || first.startsWith('www')) urlSents.add(s);
  }
  for (let i = 0; i < tokens.length; ++i) {
    const [, s, tok] = tokens[i];
    let form = MAP.get(tok) ?? tok;
    if (tok === '"') form = straightOpen ? '\u201d' : '\u201c';
    let sep;
    if (prevSent === null) sep = '';
    else if (s !== prevSent) sep = '\n\n';
    else if (urlSents.has(s)) sep = '';
    else if (NO_SPACE_BEFORE.has(tok) || (tok === '"' && straightOpen)) sep = '';
    else if (NO_SPACE_AFTER.has(prevTok) || (prevTok === '"' && prevOpenQuote)) sep = '';
    else if ((tok === '\u2019' || tok === "'") && i + 1 < tokens.length && CLITIC_TAILS.has(tokens[i + 1][2])) sep = '';
    else if ((prevTok === '\u2019' || prevTok === "'") && CLITIC_TAILS.has(tok)) sep = '';
    else if (tok === ':' && isDigit(prevTok) && i + 1 < tokens.length && isDigit(tokens[i + 1][2])) sep = '';
    else if (prevTok === ':' && isDigit(tok) && i >= 2 && isDigit(tokens[i - 2][2])) sep = '';
    else if (tok === '-' && prevTok && isAlnum(lastChar(prevTok)) && i + 1 < tokens.length &&
             tokens[i + 1][1] === s && isAlnum(firstChar(tokens[i + 1][2]))) sep = '';
    else if (prevTok === '-' && joinedHyphen) sep = '';
    else sep = ' ';
    joinedHyphen = tok === '-' && sep === '';
    if (tok === '"') {
      prevOpenQuote = !straightOpen;
      straightOpen = !straightOpen;
    } else {
      prevOpenQuote = false;
    }
    out.push(sep);
    pos += sep.length;  // '', ' ' or '\n\n': one unit per code point
    const n = cpLength(form);
    spans.push([pos, pos + n]);
    out.push(form);
    pos += n;
    prevSent = s;
    prevTok = tok;
  }
  return {text: out.join(''), spans};
}

const ENTITY = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};
const unescapeXml = (s) => s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
               : ENTITY[e]);

/**
 * The tokens of an ECB+ document's XML, as ecb.py's read_doc() reads them: the <token t_id sentence ...>
 * elements, [t_id, sentence, text] in document order (an element with no text gives '').
 * (XML line ends are normalised to \n as an XML parser does; the files have no CDATA or comments in tokens.)
 */
export function readEcbTokens(xml) {
  xml = xml.replace(/\r\n?/g, '\n');
  const tokens = [];
  const re = /<token\s([^>]*?)(?:\/>|>([^<]*)<\/token>)/g;
  let m;
  while ((m = re.exec(xml))) {
    const attr = (name) => {
      const a = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(m[1]);
      if (!a) throw new Error(`ECB+ token without ${name}: ${m[0].slice(0, 80)}`);
      return parseInt(a[1] ?? a[2], 10);
    };
    tokens.push([attr('t_id'), attr('sentence'), unescapeXml(m[2] ?? '')]);
  }
  return tokens;
}

/** The document's text from its XML (readEcbTokens, then detokenize). */
export const ecbText = (xml) => detokenize(readEcbTokens(xml)).text;
