// The page side of bench/js-crossing.mjs: what one analysis through the JS API is made of, phase by phase, in the
// engine it runs in (Node or a Chromium page). The phases are those of analyse() in web/article-analyser.mjs, done
// here with the same core calls so that each can be timed alone, as a batch over all the articles (a batch lasts
// milliseconds, which a page's coarse performance.now() times well where one article's phase would not):
//   encode  TextEncoder.encodeInto of the text into the WASM heap (inputBuffer, as the API does)
//   call    the whole core call, analyseInput: options through Embind, the analysis, the JSON, its decoding
//   decode  TextDecoder.decode of the JSON's bytes from the WASM heap (to_js_string in wasm/bindings.cc)
//   parse   JSON.parse of the JSON
//   fill    cutting the spans' texts from the input (the API's fillTexts)
//   api     analyser.analyse(text), the public call, for reference
// The core's own share is call - decode. Browser-safe and Node-safe.

const state = {};

/**
 * core: the instantiated Emscripten module; api: an analyser of createAnalyser() on the same build; warmup and
 * texts: arrays of article texts. Each sample of run() reads its articles once per phase; the timed core calls and
 * the public analyse() have analysers of their own (each its own form cache), and a third one writes the JSONs
 * the decode and parse phases read, so that every article is unseen by the analyser that times it, as in the
 * bench's real-news rows. Then every phase runs over the warm-up articles for at least minWarmupMs.
 */
export function setUp(core, modelBytes, api, warmup, texts, minWarmupMs = 2000) {
  const model = new core.Model(modelBytes);
  state.core = core;
  state.native = new core.Analyser(model);
  state.api = api;
  state.encoder = new TextEncoder();
  state.decoder = new TextDecoder();
  state.options = {input: 'auto', offsets: 'utf16', texts: 'none'};
  const prep = new core.Analyser(model);
  const prepare = (list) => {
    const json = list.map((t) => callCore(prep, t));
    return {texts: list, json, jsonBytes: json.map((j) => state.encoder.encode(j))};
  };
  state.warm = prepare(warmup);
  state.all = prepare(texts);
  prep.delete();
  const t0 = performance.now();
  while (performance.now() - t0 < minWarmupMs) runOnce(state.warm, 0, warmup.length);
  const {jsonBytes} = state.all;
  return {articles: texts.length, textBytes: texts.reduce((n, t) => n + state.encoder.encode(t).length, 0),
          jsonBytes: jsonBytes.reduce((n, b) => n + b.length, 0),
          jsonAscii: jsonBytes.every((b) => b.every((x) => x < 0x80))};
}

function callCore(native, text) {
  const room = text.length * 3;
  const at = native.inputBuffer(room);
  const {written} = state.encoder.encodeInto(text, state.core.HEAPU8.subarray(at, at + room));
  return native.analyseInput(written, state.options);
}

function fillTexts(r, input) {  // as web/article-analyser.mjs does
  if (r.text === null) r.text = input;
  const text = r.text;
  const cut = (span) => {
    if (span) span.text = text.slice(span.start, span.end);
  };
  const cutAll = (spans) => {
    for (let i = 0; i < spans.length; ++i) cut(spans[i]);
  };
  const a = r.article;
  cut(a.title);
  cut(a.subtitle);
  cut(a.byline);
  cut(a.date);
  cutAll(a.headings);
  cutAll(a.captions);
  cutAll(a.credits);
  cutAll(a.paragraphs);
  cutAll(a.boilerplate);
  cutAll(r.sentences);
  cutAll(r.entities);
  for (let i = 0; i < r.quotes.length; ++i) {
    const q = r.quotes[i];
    cut(q);
    cut(q.speaker.mention);
    cut(q.cue);
    cut(q.content);
  }
}

let sink = 0;  // keeps results alive so that no batch is optimised away

// Each phase over articles [b, e) of a set ({texts, json, jsonBytes}).
const phases = {
  encode(set, b, e) {
    const {native, encoder, core} = state;
    for (let i = b; i < e; ++i) {
      const text = set.texts[i];
      const room = text.length * 3;
      const at = native.inputBuffer(room);
      sink += encoder.encodeInto(text, core.HEAPU8.subarray(at, at + room)).written;
    }
  },
  call(set, b, e) {
    for (let i = b; i < e; ++i) sink += callCore(state.native, set.texts[i]).length;
  },
  decode(set, b, e) {
    // The JSONs' bytes in the WASM heap, as the core leaves them (copied there before the timing: placeJson).
    for (let i = b; i < e; ++i) sink += state.decoder.decode(set.jsonBytes[i].heapView).length;
  },
  parse(set, b, e) {
    for (let i = b; i < e; ++i) sink += JSON.parse(set.json[i]).sentences.length;
  },
  parseFill(set, b, e) {
    for (let i = b; i < e; ++i) {
      const r = JSON.parse(set.json[i]);
      fillTexts(r, set.texts[i]);
      sink += r.sentences.length;
    }
  },
  api(set, b, e) {
    for (let i = b; i < e; ++i) sink += state.api.analyse(set.texts[i]).sentences.length;
  },
};

/** Places the JSONs' bytes of articles [b, e) in the WASM heap (each a view there), as decode reads them. */
function placeJson(set, b, e) {
  let total = 0;
  for (let i = b; i < e; ++i) total += set.jsonBytes[i].length;
  let p = state.native.inputBuffer(total);
  for (let i = b; i < e; ++i) {
    const bytes = set.jsonBytes[i];
    state.core.HEAPU8.set(bytes, p);
    bytes.heapView = state.core.HEAPU8.subarray(p, p + bytes.length);
    p += bytes.length;
  }
}

function runOnce(set, b, e) {
  const ms = {};
  for (const [name, f] of Object.entries(phases)) {
    if (name === 'decode') placeJson(set, b, e);
    const t0 = performance.now();
    f(set, b, e);
    ms[name] = performance.now() - t0;
  }
  return ms;
}

/** One sample: every phase over the measured articles [b, e), once each; returns {phase: ms}. */
export function sample(b, e) {
  return runOnce(state.all, b, e);
}

export function sinkValue() {
  return sink;
}
