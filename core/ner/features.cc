#include "ner/features.h"

#include <algorithm>
#include <string>

#include "ner/hash.h"
#include "unicode.h"

namespace aa::ner {
namespace {

// Template ids. Those that read casing or shapes are offset by 64 * style, so headlines and ALL-CAPS lines
// learn their own weights for them.
enum Template : uint32_t {
  kBias = 1,
  kWord,
  kWordPrev,
  kWordNext,
  kWordPrev2,
  kWordNext2,
  kWordPrevWord,
  kWordWordNext,
  kAffix,
  // casing and shape templates (style-dependent) from here
  kWordCasing = 20,
  kShape,
  kShortShape,
  kShapePrevCur,
  kShapeCurNext,
  kShapeTri,
  kWordPrevShape,
  kShapeWordNext,
  kStart,
  kBlock,
  kGaz,
  kGazCasing,
  kGazPrev,
  kGazNext,
  kDocCase,
};

constexpr uint32_t kBoundary = 0xB0B0B0B0u;  // the value of a word or shape beyond the sentence

uint32_t styled(Template t, Style s) {
  return t + 64u * static_cast<uint32_t>(s);
}

// Lower-case function words that stay lower in title case ("Assistance to Russia for Ukraine").
bool is_small_word(std::string_view w) {
  static const char* const kSmall[] = {"a",    "an",  "and",  "as",  "at",  "but", "by",   "for",
                                       "from", "in",  "into", "nor", "of",  "on",  "onto", "or",
                                       "over", "the", "to",   "up",  "via", "vs",  "with"};
  for (const char* s : kSmall)
    if (w == s) return true;
  return false;
}

bool opens_clause(const Document& doc, const Token& t) {
  if (t.kind == TokenKind::Quote || t.kind == TokenKind::Dash) return true;
  if (t.kind != TokenKind::Punct) return false;
  std::string_view s = doc.view(t.span);
  return s == ":" || s == "(" || s == "[" || s == ";";
}

uint32_t block_code(const Document& doc, uint32_t block) {
  if (block >= doc.article.blocks.size()) return 0;
  switch (doc.article.blocks[block].kind) {
    case BlockKind::Title:
    case BlockKind::Subtitle: return 1;
    case BlockKind::Heading: return 2;
    case BlockKind::Caption: return 3;
    case BlockKind::Credit:
    case BlockKind::Byline: return 4;
    default: return 0;
  }
}

// A small open-addressing map from word hash to how often the word is capitalised / lower case in ordinary
// sentences away from their start.
class CaseCounts {
 public:
  explicit CaseCounts(size_t n) {
    size_t cap = 16;
    while (cap < n * 2) cap <<= 1;
    mask_ = cap - 1;
    slots_.assign(cap, Slot{});
  }
  void add(uint32_t key, bool upper) {
    Slot& s = slot(key);
    s.key = key;
    s.used = true;
    (upper ? s.upper : s.lower)++;
  }
  void get(uint32_t key, uint32_t& upper, uint32_t& lower) const {
    const Slot& s = const_cast<CaseCounts*>(this)->slot(key);
    upper = s.used ? s.upper : 0;
    lower = s.used ? s.lower : 0;
  }

 private:
  struct Slot {
    uint32_t key = 0, upper = 0, lower = 0;
    bool used = false;
  };
  Slot& slot(uint32_t key) {
    size_t i = key & mask_;
    while (slots_[i].used && slots_[i].key != key) i = (i + 1) & mask_;
    return slots_[i];
  }
  std::vector<Slot> slots_;
  size_t mask_;
};

bool counts_for_case(const TokenTable& t, size_t i) {
  return (t.flags[i] & kInSentence) && !(t.flags[i] & kSentenceStart) &&
         (t.styles[i] == Style::Normal || t.styles[i] == Style::Lower) &&
         (t.casings[i] == Casing::Lower || t.casings[i] == Casing::Title || t.casings[i] == Casing::Upper);
}

}  // namespace

uint32_t bias_feature() {
  return feature_hash(kBias, 0);
}

Style sentence_style(const Document& doc, const Sentence& s, const TokenTable& table) {
  size_t letters_words = 0, upper_words = 0, long_words = 0, long_caps = 0, inner_caps = 0;
  for (uint32_t i = s.first_token; i < s.last_token; ++i) {
    Casing c = table.casings[i];
    if (c == Casing::None) continue;
    ++letters_words;
    if (c != Casing::Lower && i > s.first_token && doc.view(doc.tokens[i].span) != "I") ++inner_caps;
    if (c == Casing::Upper) ++upper_words;
    std::string_view w = doc.view(doc.tokens[i].span);
    if (w.size() >= 4 || (c != Casing::Lower && !is_small_word(w))) {
      if (is_small_word(w)) continue;
      ++long_words;
      if (c != Casing::Lower) ++long_caps;
    }
  }
  if (letters_words >= 2 && upper_words * 10 >= letters_words * 9) return Style::Caps;
  uint32_t block = s.first_token < doc.tokens.size() ? doc.tokens[s.first_token].block : 0;
  uint32_t code = block_code(doc, block);
  if ((code == 1 || code == 2) && long_caps * 10 >= long_words * 7) return Style::Title;
  if (long_words >= 3 && long_caps * 20 >= long_words * 17) return Style::Title;
  if (letters_words >= 3 && inner_caps == 0) return Style::Lower;
  return Style::Normal;
}

void build_token_table(const Document& doc, const Gazetteer& gazetteer, TokenTable& t) {
  size_t n = doc.tokens.size();
  t.keys.assign(n, 0);
  t.words.assign(n, 0);
  t.shapes.assign(n, 0);
  t.short_shapes.assign(n, 0);
  t.affixes.assign(n * 7, 0);
  t.casings.assign(n, Casing::None);
  t.flags.assign(n, 0);
  t.styles.assign(n, Style::Normal);
  t.gaz.assign(n * kGazTypeCount, 0);
  std::string norm, buf;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token && i < n; ++i) {
      std::string_view form = doc.view(doc.tokens[i].span);
      norm.clear();
      append_normalized(form, norm);
      t.keys[i] = hash_bytes(norm);
      bool digits = false;
      for (char& ch : norm)
        if (ch >= '0' && ch <= '9') ch = '0', digits = true;
      t.words[i] = digits ? hash_bytes(norm) : t.keys[i];
      buf.clear();
      append_shape(form, buf, false);
      t.shapes[i] = hash_bytes(buf);
      buf.clear();
      append_shape(form, buf, true);
      t.short_shapes[i] = hash_bytes(buf);
      t.casings[i] = casing(form);
      // Affixes on code points of the normalised form: prefixes of 1..3, suffixes of 1..4 (shorter than the word).
      size_t ncp = 0, pre[4] = {0, 0, 0, 0}, suf[5] = {0, 0, 0, 0, 0};
      for (size_t k = 0; k < norm.size(); ++k) {
        if ((static_cast<unsigned char>(norm[k]) & 0xC0) == 0x80) continue;
        if (ncp >= 1 && ncp <= 3) pre[ncp] = k;
        ++ncp;
      }
      for (size_t k = norm.size(), c = 0; k > 0 && c < 4;) {
        --k;
        if ((static_cast<unsigned char>(norm[k]) & 0xC0) != 0x80) suf[++c] = k;
      }
      std::string_view nv(norm);
      for (size_t k = 1; k <= 3; ++k)
        if (ncp > k) t.affixes[i * 7 + k - 1] = hash_bytes(nv.substr(0, pre[k]), 0x1000u + uint32_t(k));
      for (size_t k = 1; k <= 4; ++k)
        if (ncp > k) t.affixes[i * 7 + 2 + k] = hash_bytes(nv.substr(suf[k]), 0x2000u + uint32_t(k));
      uint8_t f = kInSentence;
      if (i == s.first_token || opens_clause(doc, doc.tokens[i - 1])) f |= kSentenceStart;
      t.flags[i] = f;
    }
  }
  std::vector<uint8_t> scratch;
  for (const Sentence& s : doc.sentences) {
    if (s.last_token > n || s.first_token >= s.last_token) continue;
    Style style = sentence_style(doc, s, t);
    for (uint32_t i = s.first_token; i < s.last_token; ++i) t.styles[i] = style;
    gazetteer.annotate(&t.keys[s.first_token], s.last_token - s.first_token, &t.gaz[s.first_token * kGazTypeCount],
                       scratch);
  }
}

void extract_features(const Document& doc, const TokenTable& t, FeatureSet& out) {
  size_t n = doc.tokens.size();
  out.hashes.clear();
  out.offsets.assign(n + 1, 0);
  out.hashes.reserve(n * 40);

  CaseCounts counts(n);
  for (size_t i = 0; i < n; ++i)
    if (counts_for_case(t, i)) counts.add(t.keys[i], t.casings[i] != Casing::Lower);

  for (const Sentence& s : doc.sentences) {
    if (s.last_token > n) break;
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      out.offsets[i] = static_cast<uint32_t>(out.hashes.size());
      auto push = [&](uint32_t h) { out.hashes.push_back(h); };
      Style style = t.styles[i];
      uint32_t cas = static_cast<uint32_t>(t.casings[i]);
      auto word_at = [&](long j) {
        return j < long(s.first_token) || j >= long(s.last_token) ? kBoundary : t.words[j];
      };
      auto shape_at = [&](long j) {
        return j < long(s.first_token) || j >= long(s.last_token) ? kBoundary : t.short_shapes[j];
      };
      long li = i;
      uint32_t w0 = t.words[i], wp = word_at(li - 1), wn = word_at(li + 1);
      uint32_t s0 = t.short_shapes[i], sp = shape_at(li - 1), sn = shape_at(li + 1);

      push(feature_hash(kBias, 0));
      push(feature_hash(kWord, w0));
      push(feature_hash(kWordPrev, wp));
      push(feature_hash(kWordNext, wn));
      push(feature_hash(kWordPrev2, word_at(li - 2)));
      push(feature_hash(kWordNext2, word_at(li + 2)));
      push(feature_hash(kWordPrevWord, wp, w0));
      push(feature_hash(kWordWordNext, w0, wn));
      for (int k = 0; k < 7; ++k)
        if (uint32_t a = t.affixes[i * 7 + k]) push(feature_hash(kAffix, a));

      push(feature_hash(styled(kWordCasing, style), w0, cas));
      push(feature_hash(styled(kShape, style), t.shapes[i]));
      push(feature_hash(styled(kShortShape, style), s0));
      push(feature_hash(styled(kShapePrevCur, style), sp, s0));
      push(feature_hash(styled(kShapeCurNext, style), s0, sn));
      push(feature_hash(styled(kShapeTri, style), hash_combine(sp, s0), sn));
      push(feature_hash(styled(kWordPrevShape, style), wp, s0));
      push(feature_hash(styled(kShapeWordNext, style), s0, wn));
      bool start = t.flags[i] & kSentenceStart;
      push(feature_hash(styled(kStart, style), start ? 1 : 0, cas));
      push(feature_hash(styled(kBlock, style), block_code(doc, doc.tokens[i].block), cas));

      const uint8_t* g = &t.gaz[i * kGazTypeCount];
      for (uint32_t k = 0; k < kGazTypeCount; ++k) {
        if (!g[k]) continue;
        push(feature_hash(kGaz, k * 8 + g[k]));
        push(feature_hash(styled(kGazCasing, style), k * 8 + g[k], cas));
      }
      if (i > s.first_token) {
        const uint8_t* gp = &t.gaz[(i - 1) * kGazTypeCount];
        for (uint32_t k = 0; k < kGazTypeCount; ++k)
          if (gp[k]) push(feature_hash(kGazPrev, k));
      }
      if (i + 1 < s.last_token) {
        const uint8_t* gn = &t.gaz[(i + 1) * kGazTypeCount];
        for (uint32_t k = 0; k < kGazTypeCount; ++k)
          if (gn[k]) push(feature_hash(kGazNext, k));
      }

      if (t.casings[i] != Casing::None) {
        uint32_t up = 0, low = 0;
        counts.get(t.keys[i], up, low);
        if (counts_for_case(t, i)) (t.casings[i] != Casing::Lower ? up : low)--;  // not the token itself
        uint32_t bucket = (up > 0 ? 1 : 0) | (low > 0 ? 2 : 0);
        push(feature_hash(styled(kDocCase, style), bucket, cas | (start ? 8 : 0)));
      }
      out.offsets[i + 1] = static_cast<uint32_t>(out.hashes.size());
    }
  }
  // Tokens outside every sentence: empty lists (offsets[i] == offsets[i + 1]).
  for (size_t i = 1; i <= n; ++i)
    if (out.offsets[i] < out.offsets[i - 1]) out.offsets[i] = out.offsets[i - 1];
}

}  // namespace aa::ner
