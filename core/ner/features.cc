#include "ner/features.h"

#include <algorithm>
#include <string>

#include "ner/hash.h"
#include "ner/scorer.h"
#include "ner/word_hash.h"
#include "text/unicode.h"

namespace aa::ner {
namespace {

// Lower-case function words that stay lower in title case ("Assistance to Russia for Ukraine").
bool is_small_word(std::string_view w) {
  if (w.size() > 4 || w.empty() || w[0] < 'a' || w[0] > 'w') return false;  // most words, at once
  static constexpr std::string_view kSmall[] = {"a",    "an",  "and",  "as",  "at",  "but", "by",   "for",
                                                "from", "in",  "into", "nor", "of",  "on",  "onto", "or",
                                                "over", "the", "to",   "up",  "via", "vs",  "with"};
  for (std::string_view s : kSmall)
    if (w == s) return true;
  return false;
}

bool opens_clause(const Document& doc, const Token& t) {
  if (t.kind == TokenKind::Quote || t.kind == TokenKind::Dash) return true;
  if (t.kind != TokenKind::Punct) return false;
  std::string_view s = doc.view(t.span);
  return s == ":" || s == "(" || s == "[" || s == ";";
}

/// Byte equality, inline (most forms are a few bytes long: a call to memcmp costs more than the comparison).
bool same(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

/// An index from a token's form to its type: open addressing over the type numbers.
class TypeIndex {
 public:
  uint32_t find_or_add(std::string_view form, uint32_t hash, std::vector<WordType>& types, bool& added) {
    if ((types.size() + 1) * 2 > slots_.size()) grow(types);
    size_t mask = slots_.size() - 1;
    for (size_t s = hash & mask;; s = (s + 1) & mask) {
      uint32_t id = slots_[s];
      if (id == 0) {
        slots_[s] = static_cast<uint32_t>(types.size()) + 1;
        added = true;
        return static_cast<uint32_t>(types.size());
      }
      const WordType& w = types[id - 1];
      if (w.form_hash == hash && same(w.form, form)) {
        added = false;
        return id - 1;
      }
    }
  }

 private:
  void grow(const std::vector<WordType>& types) {
    std::vector<uint32_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
    size_t mask = slots_.size() - 1;
    for (uint32_t id : old) {
      if (!id) continue;
      size_t s = types[id - 1].form_hash & mask;
      while (slots_[s]) s = (s + 1) & mask;
      slots_[s] = id;
    }
  }
  std::vector<uint32_t> slots_;
};

}  // namespace

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

uint32_t bias_feature() {
  return feature_hash(kBias, 0);
}

void affix_hashes_plain(std::string_view normalised, uint32_t out[7]) {
  // Affixes on code points of the normalised form with digits as 0: prefixes of 1..3, suffixes of 1..4 (shorter
  // than the word).
  std::string zeroed(normalised);
  for (char& ch : zeroed)
    if (ch >= '0' && ch <= '9') ch = '0';
  std::string_view norm(zeroed);
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
  for (int k = 0; k < 7; ++k) out[k] = 0;
  for (size_t k = 1; k <= 3; ++k)
    if (ncp > k) out[k - 1] = hash_bytes(norm.substr(0, pre[k]), 0x1000u + uint32_t(k));
  for (size_t k = 1; k <= 4; ++k)
    if (ncp > k) out[2 + k] = hash_bytes(norm.substr(suf[k]), 0x2000u + uint32_t(k));
}

uint32_t hash_digits_zeroed(std::string_view s, uint32_t h) {
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    h = (h ^ (c >= '0' && c <= '9' ? uint32_t('0') : c)) * 0x01000193u;
  }
  return mix32(h);
}

void affix_hashes(std::string_view norm, uint32_t out[7]) {
  // As affix_hashes_plain (the reference), without the copy: the digits are zeroed as the bytes are hashed (a digit
  // is one byte, so the code points start where they did), and the code points are counted up to five only (the
  // affixes ask whether the word has more than 1..4).
  size_t ncp = 0, pre[4] = {0, 0, 0, 0}, suf[5] = {0, 0, 0, 0, 0};
  for (size_t k = 0; k < norm.size() && ncp < 5; ++k) {
    if ((static_cast<unsigned char>(norm[k]) & 0xC0) == 0x80) continue;
    if (ncp >= 1 && ncp <= 3) pre[ncp] = k;
    ++ncp;
  }
  for (size_t k = norm.size(), c = 0; k > 0 && c < 4;) {
    --k;
    if ((static_cast<unsigned char>(norm[k]) & 0xC0) != 0x80) suf[++c] = k;
  }
  for (int k = 0; k < 7; ++k) out[k] = 0;
  for (size_t k = 1; k <= 3; ++k)
    if (ncp > k) out[k - 1] = hash_digits_zeroed(norm.substr(0, pre[k]), 0x1000u + uint32_t(k));
  for (size_t k = 1; k <= 4; ++k)
    if (ncp > k) out[2 + k] = hash_digits_zeroed(norm.substr(suf[k]), 0x2000u + uint32_t(k));
}

Style sentence_style(const Document& doc, const Sentence& s, const TokenTable& table) {
  size_t letters_words = 0, upper_words = 0, long_words = 0, long_caps = 0, inner_caps = 0;
  for (uint32_t i = s.first_token; i < s.last_token; ++i) {
    const WordType& t = table.type(i);
    Casing c = t.casing;
    if (c == Casing::None) continue;
    ++letters_words;
    if (c != Casing::Lower && i > s.first_token && t.form != "I") ++inner_caps;
    if (c == Casing::Upper) ++upper_words;
    if (t.form.size() >= 4 || (c != Casing::Lower && !t.small)) {
      if (t.small) continue;
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

namespace {

bool valid(const Document& doc, const Sentence& s) {
  return s.first_token < s.last_token && s.last_token <= doc.tokens.size();
}

}  // namespace

void build_token_table(const Document& doc, const Gazetteer& gazetteer, TokenTable& t, bool codes, TypeMemo* memo) {
  size_t n = doc.tokens.size();
  t.types.clear();
  t.norms.clear();
  t.type_of.assign(n, TokenTable::kNoType);
  t.info.assign(n, 0);
  t.memo = memo;
  t.memo_numbers.clear();
  uint64_t round = memo ? memo->round() : 0;
  TypeIndex index;
  for (const Sentence& s : doc.sentences) {
    if (!valid(doc, s)) continue;
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      std::string_view form = doc.view(doc.tokens[i].span);
      uint32_t h = hash_bytes(form);
      bool added = false;
      uint32_t id = index.find_or_add(form, h, t.types, added);
      t.type_of[i] = id;
      uint8_t f = kInSentence;
      if (i == s.first_token || opens_clause(doc, doc.tokens[i - 1])) f |= kSentenceStart;
      t.info[i] = f;
      if (!added) continue;
      WordType w;
      w.form = form;
      w.form_hash = h;
      uint32_t number = TypeMemo::kNoNumber;
      if (memo && memo->recall(gazetteer, w, t.norms, number)) {
        t.types.push_back(w);
        t.memo_numbers.push_back(number);
        continue;
      }
      w.norm_begin = static_cast<uint32_t>(t.norms.size());
      append_normalized(form, t.norms);
      w.norm_size = static_cast<uint32_t>(t.norms.size() - w.norm_begin);
      std::string_view norm = std::string_view(t.norms).substr(w.norm_begin, w.norm_size);
      w.key = hash_bytes(norm);
      bool digits = false;
      for (char ch : norm) digits = digits || (ch >= '0' && ch <= '9');
      w.word = digits ? hash_digits_zeroed(norm) : w.key;
      shape_hashes(form, w.shape, w.short_shape);  // hash_bytes of append_shape's two shapes (word_hash.h)
      w.casing = casing(form);
      w.cap = starts_upper(form);
      w.small = is_small_word(form);
      w.gaz = gazetteer.find(phrase_step(kPhraseSeed, w.key));
      w.rep = static_cast<uint16_t>(gazetteer.word_rep(w.key));
      if (memo) {
        number = memo->keep(gazetteer, w, norm);
        if (memo->round() != round) {  // the memory emptied to keep it: the numbers before are no more
          std::fill(t.memo_numbers.begin(), t.memo_numbers.end(), TypeMemo::kNoNumber);
          round = memo->round();
        }
        t.memo_numbers.push_back(number);
      }
      t.types.push_back(w);
    }
  }
  t.memo_round = round;
  SentenceCodes sc;
  for (const Sentence& s : doc.sentences) {
    if (!valid(doc, s)) continue;
    Style style = sentence_style(doc, s, t);
    for (uint32_t i = s.first_token; i < s.last_token; ++i) t.info[i] |= static_cast<uint32_t>(style) << 2;
    if (!codes) continue;
    for (uint32_t first = s.first_token; first < s.last_token; first += kTagWindow) {
      const Sentence w = tag_window(s, first);
      sc.compute(gazetteer, t, w);
      store_kept_codes(t, w, sc);
    }
  }
}

void store_kept_codes(TokenTable& t, const Sentence& s, const SentenceCodes& sc) {
  static constexpr GazType kKept[] = {kGazTitle, kGazTimeWord, kGazDemonym, kGazGpeWord, kGazFirstName, kGazOrgWord};
  for (uint32_t i = s.first_token, k = 0; i < s.last_token; ++i, ++k) {
    uint32_t v = t.info[i] & 15;
    if (sc.masks[k]) {
      const uint8_t* c = &sc.codes[k * kGazTypeCount];
      for (GazType g : kKept) v |= uint32_t(c[g]) << (4 + 3 * kept_gaz_slot(g));
    }
    t.info[i] = v;
  }
}

void SentenceCodes::compute(const Gazetteer& gazetteer, const TokenTable& t, const Sentence& s) {
  size_t n = s.last_token - s.first_token;
  keys.resize(n);
  firsts.resize(n);
  for (size_t k = 0; k < n; ++k) {
    const WordType& w = t.type(s.first_token + k);
    keys[k] = w.key;
    firsts[k] = w.gaz;
  }
  codes.resize(n * kGazTypeCount);
  masks.resize(n);
  gazetteer.annotate(keys.data(), n, codes.data(), scratch, firsts.data(), masks.data());
}

CaseCounts::CaseCounts(const TokenTable& t) {
  size_t cap = 16;
  while (cap < t.types.size() * 2) cap <<= 1;
  mask_ = cap - 1;
  slots_.assign(cap, Slot{});
  for (size_t i = 0; i < t.size(); ++i) {
    if (!counts_for_case(t, i)) continue;
    Slot& s = slot(t.key(i));
    s.key = t.key(i);
    s.used = true;
    (t.casing(i) != Casing::Lower ? s.upper : s.lower)++;
  }
}

const CaseCounts::Slot& CaseCounts::slot(uint32_t key) const {
  size_t i = key & mask_;
  while (slots_[i].used && slots_[i].key != key) i = (i + 1) & mask_;
  return slots_[i];
}

CaseCounts::Slot& CaseCounts::slot(uint32_t key) {
  return const_cast<Slot&>(static_cast<const CaseCounts*>(this)->slot(key));
}

uint32_t CaseCounts::bucket(const TokenTable& t, size_t i) const {
  const Slot& s = slot(t.key(i));
  uint32_t up = s.used ? s.upper : 0, low = s.used ? s.lower : 0;
  if (counts_for_case(t, i)) (t.casing(i) != Casing::Lower ? up : low)--;  // not the token itself
  return (up > 0 ? 1 : 0) | (low > 0 ? 2 : 0);
}

void sentence_features(const Document& doc, const TokenTable& t, const CaseCounts& counts, const Sentence& s,
                       const SentenceCodes& sc, FeatureSet& out) {
  for (uint32_t i = s.first_token; i < s.last_token; ++i) {
    out.offsets[i] = static_cast<uint32_t>(out.hashes.size());
    uint32_t templ = 0;  // the template of what push() is given (for out.templates)
    auto push = [&](uint32_t h) {
      out.hashes.push_back(h);
      if (out.record_templates) out.templates.push_back(static_cast<uint16_t>(templ));
    };
    // The feature of template `id` and its values.
    auto add = [&](uint32_t id, auto... values) {
      templ = id;
      push(feature_hash(id, values...));
    };
    const WordType& ty = t.type(i);
    Style style = t.style(i);
    uint32_t cas = static_cast<uint32_t>(ty.casing);
    auto word_at = [&](long j) {
      return j < long(s.first_token) || j >= long(s.last_token) ? kBoundary : t.type(j).word;
    };
    auto shape_at = [&](long j) {
      return j < long(s.first_token) || j >= long(s.last_token) ? kBoundary : t.type(j).short_shape;
    };
    long li = i;
    uint32_t w0 = ty.word, wp = word_at(li - 1), wn = word_at(li + 1);
    uint32_t s0 = ty.short_shape, sp = shape_at(li - 1), sn = shape_at(li + 1);

    add(kBias, 0);
    add(kWord, w0);
    add(kWordPrev, wp);
    add(kWordNext, wn);
    add(kWordPrev2, word_at(li - 2));
    add(kWordNext2, word_at(li + 2));
    add(kWordPrevWord, wp, w0);
    uint32_t affixes[7];
    affix_hashes(t.norm_of(ty), affixes);
    for (int k = 0; k < 7; ++k)
      if (uint32_t a = affixes[k]) add(kAffix, a);
    templ = kRep;
    rep_features(ty.rep, style, cas, push);
    if (i > s.first_token && t.type(i - 1).rep) add(kRepPrev, rep_cluster(t.type(i - 1).rep, kRepMiddle));
    if (i + 1 < s.last_token && t.type(i + 1).rep) add(kRepNext, rep_cluster(t.type(i + 1).rep, kRepMiddle));

    add(styled(kWordCasing, style), w0, cas);
    add(styled(kShape, style), ty.shape);
    add(styled(kShortShape, style), s0);
    add(styled(kShapePrevCur, style), sp, s0);
    add(styled(kShapeCurNext, style), s0, sn);
    add(styled(kShapeTri, style), hash_combine(sp, s0), sn);
    add(styled(kWordPrevShape, style), wp, s0);
    add(styled(kShapeWordNext, style), s0, wn);
    bool start = t.flags(i) & kSentenceStart;
    add(styled(kStart, style), start ? 1 : 0, cas);
    add(styled(kBlock, style), block_code(doc, doc.tokens[i].block), cas);

    size_t k0 = i - s.first_token;
    const uint8_t* g = &sc.codes[k0 * kGazTypeCount];
    for (uint32_t k = 0; k < kGazTypeCount; ++k) {
      if (!g[k]) continue;
      add(kGaz, k * 8 + g[k]);
      add(styled(kGazCasing, style), k * 8 + g[k], cas);
    }
    if (i > s.first_token) {
      const uint8_t* gp = &sc.codes[(k0 - 1) * kGazTypeCount];
      for (uint32_t k = 0; k < kGazTypeCount; ++k)
        if (gp[k]) add(kGazPrev, k);
    }
    if (i + 1 < s.last_token) {
      const uint8_t* gn = &sc.codes[(k0 + 1) * kGazTypeCount];
      for (uint32_t k = 0; k < kGazTypeCount; ++k)
        if (gn[k]) add(kGazNext, k);
    }

    if (ty.casing != Casing::None) {
      uint32_t bucket = counts.bucket(t, i);
      add(styled(kDocCase, style), bucket, cas | (start ? 8 : 0));
    }
    out.offsets[i + 1] = static_cast<uint32_t>(out.hashes.size());
  }
}

void extract_features(const Document& doc, const TokenTable& t, const Gazetteer& gazetteer, FeatureSet& out) {
  size_t n = doc.tokens.size();
  out.hashes.clear();
  out.offsets.assign(n + 1, 0);
  CaseCounts counts(t);
  SentenceCodes codes;
  for (const Sentence& s : doc.sentences) {
    if (!valid(doc, s)) continue;
    for (uint32_t first = s.first_token; first < s.last_token; first += kTagWindow) {
      const Sentence w = tag_window(s, first);
      codes.compute(gazetteer, t, w);
      sentence_features(doc, t, counts, w, codes, out);
    }
  }
  // Tokens outside every sentence: empty lists (offsets[i] == offsets[i + 1]).
  for (size_t i = 1; i <= n; ++i)
    if (out.offsets[i] < out.offsets[i - 1]) out.offsets[i] = out.offsets[i - 1];
}

}  // namespace aa::ner
