#include "ner/scorer.h"

#include <algorithm>

#include "ner/hash.h"

namespace aa::ner {
namespace {

constexpr uint32_t kStyles = 4;

uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

void add_vector(int32_t* acc, const int32_t* v) {
  for (int t = 0; t < kWidth; ++t) acc[t] += v[t];
}

}  // namespace

int32_t* VectorCache::find(uint64_t a, uint64_t b, bool& fresh) {
  if (slots_.empty()) grow();
  size_t mask = slots_.size() - 1;
  size_t s = mix64(a ^ mix64(b)) & mask;
  for (;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.a == a && slot.b == b) {
      fresh = false;
      return &vectors_[slot.at];
    }
    if (slot.a == 0 && slot.b == 0) break;
  }
  if (used_ >= max_ || (used_ + 1) * 2 > slots_.size()) {
    if (used_ >= max_) {  // full: start again
      std::fill(slots_.begin(), slots_.end(), Slot{});
      vectors_.clear();
      used_ = 0;
    } else {
      grow();
    }
    mask = slots_.size() - 1;
    for (s = mix64(a ^ mix64(b)) & mask; slots_[s].a != 0 || slots_[s].b != 0;) s = (s + 1) & mask;
  }
  Slot& slot = slots_[s];
  fresh = true;
  slot.a = a;
  slot.b = b;
  slot.at = static_cast<uint32_t>(vectors_.size());
  vectors_.resize(vectors_.size() + size_t(per_entry_) * kWidth, 0);
  ++used_;
  return &vectors_[slot.at];
}

void VectorCache::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& o : old) {
    if (o.a == 0 && o.b == 0) continue;
    size_t s = mix64(o.a ^ mix64(o.b)) & mask;
    while (slots_[s].a != 0 || slots_[s].b != 0) s = (s + 1) & mask;
    slots_[s] = o;
  }
}

Scorer::Scorer(const Model& model, const Document& doc, const TokenTable& table, const CaseCounts& counts,
               const ScorerLimits& limits)
    : model_(model),
      doc_(doc),
      table_(table),
      counts_(counts),
      T_(model.n_tags()),
      selves_(limits.selves, 1),
      pairs_(limits.pairs, 2),
      shapes_(limits.shapes, 1),
      contexts_(limits.contexts, 1),
      distant_(table.types.size()) {}

const int32_t* Scorer::self(uint32_t type, Style style) {
  bool fresh = false;
  int32_t* v = selves_.find(uint64_t(type) * kStyles + static_cast<uint32_t>(style) + 1, 0, fresh);
  if (!fresh) return v;
  const WordType& w = table_.types[type];
  uint32_t cas = static_cast<uint32_t>(w.casing);
  model_.add_weights(feature_hash(kBias, 0), v);
  model_.add_weights(feature_hash(kWord, w.word), v);
  uint32_t affixes[7];
  affix_hashes(table_.norm_of(w), affixes);
  for (uint32_t a : affixes)
    if (a) model_.add_weights(feature_hash(kAffix, a), v);
  model_.add_weights(feature_hash(styled(kWordCasing, style), w.word, cas), v);
  model_.add_weights(feature_hash(styled(kShape, style), w.shape), v);
  model_.add_weights(feature_hash(styled(kShortShape, style), w.short_shape), v);
  return v;
}

const int32_t* Scorer::pair(uint32_t a, uint32_t b, Style style) {
  bool fresh = false;
  int32_t* v = pairs_.find(uint64_t(a) | uint64_t(b) << 30 | uint64_t(style) << 60 | uint64_t(1) << 62, 0, fresh);
  if (!fresh) return v;
  uint32_t wa = word_of(a), wb = word_of(b);
  if (a != kBoundaryType) {  // what b gives a
    model_.add_weights(feature_hash(kWordNext, wb), v);
    model_.add_weights(feature_hash(kWordWordNext, wa, wb), v);
    model_.add_weights(feature_hash(styled(kShapeWordNext, style), shape_of(a), wb), v);
  }
  if (b != kBoundaryType) {  // what a gives b
    int32_t* vb = v + kWidth;
    model_.add_weights(feature_hash(kWordPrev, wa), vb);
    model_.add_weights(feature_hash(kWordPrevWord, wa, wb), vb);
    model_.add_weights(feature_hash(styled(kWordPrevShape, style), wa, shape_of(b)), vb);
  }
  return v;
}

const int32_t* Scorer::shapes(uint32_t a, uint32_t b, uint32_t c, Style style, const uint32_t* types, size_t k,
                              size_t n) {
  // Shape ids (20 bits each; kNoShapeId stands for the sentence boundary).
  bool cached = b != kNoShapeId && (k == 0 || a != kNoShapeId) && (k + 1 >= n || c != kNoShapeId);
  int32_t* v = uncached_;
  bool fresh = true;
  if (cached)
    v = shapes_.find(uint64_t(a) | uint64_t(b) << 20 | uint64_t(c) << 40 | uint64_t(style) << 60 | uint64_t(1) << 62, 0,
                     fresh);
  else
    std::fill(v, v + kWidth, 0);  // more distinct shapes than ids: not cached
  if (!fresh) return v;
  uint32_t sp = k > 0 ? table_.types[types[k - 1]].short_shape : kBoundary;
  uint32_t s0 = table_.types[types[k]].short_shape;
  uint32_t sn = k + 1 < n ? table_.types[types[k + 1]].short_shape : kBoundary;
  model_.add_weights(feature_hash(styled(kShapePrevCur, style), sp, s0), v);
  model_.add_weights(feature_hash(styled(kShapeCurNext, style), s0, sn), v);
  model_.add_weights(feature_hash(styled(kShapeTri, style), hash_combine(sp, s0), sn), v);
  return v;
}

const int32_t* Scorer::context(const Sentence& s, const SentenceCodes& sc, size_t k, Style style) {
  const size_t n = s.last_token - s.first_token;
  const uint32_t i = s.first_token + static_cast<uint32_t>(k);
  const Casing cas = table_.type(i).casing;
  const bool start = table_.flags(i) & kSentenceStart;
  const uint32_t block = block_code(doc_, doc_.tokens[i].block);
  const uint32_t bucket = cas != Casing::None ? counts_.bucket(table_, i) : 4;
  const uint32_t own = sc.masks[k];
  const uint32_t prev = k > 0 ? sc.masks[k - 1] : 0, next = k + 1 < n ? sc.masks[k + 1] : 0;
  const uint8_t* codes = &sc.codes[k * kGazTypeCount];
  uint64_t packed = 0;  // 3 bits per list
  for (uint32_t bits = own; bits; bits &= bits - 1) {
    uint32_t list = static_cast<uint32_t>(__builtin_ctz(bits));
    packed |= uint64_t(codes[list]) << (3 * list);
  }
  uint64_t a = packed | uint64_t(start) << 63;
  uint64_t b = uint64_t(prev) | uint64_t(next) << 21 | uint64_t(style) << 42 | uint64_t(block) << 44 |
               uint64_t(cas) << 47 | uint64_t(bucket) << 50 | uint64_t(1) << 60;
  bool fresh = false;
  int32_t* v = contexts_.find(a, b, fresh);
  if (!fresh) return v;
  uint32_t c = static_cast<uint32_t>(cas);
  model_.add_weights(feature_hash(styled(kStart, style), start ? 1 : 0, c), v);
  model_.add_weights(feature_hash(styled(kBlock, style), block, c), v);
  if (bucket < 4) model_.add_weights(feature_hash(styled(kDocCase, style), bucket, c | (start ? 8 : 0)), v);
  for (uint32_t bits = own; bits; bits &= bits - 1) {
    uint32_t list = static_cast<uint32_t>(__builtin_ctz(bits));
    model_.add_weights(feature_hash(kGaz, list * 8 + codes[list]), v);
    model_.add_weights(feature_hash(styled(kGazCasing, style), list * 8 + codes[list], c), v);
  }
  for (uint32_t bits = prev; bits; bits &= bits - 1)
    model_.add_weights(feature_hash(kGazPrev, static_cast<uint32_t>(__builtin_ctz(bits))), v);
  for (uint32_t bits = next; bits; bits &= bits - 1)
    model_.add_weights(feature_hash(kGazNext, static_cast<uint32_t>(__builtin_ctz(bits))), v);
  return v;
}

const Scorer::Distant& Scorer::distant(uint32_t type) {
  Distant& d = type == kBoundaryType ? boundary_ : distant_[type];
  if (d.prev2 == kUnknown) {
    uint32_t w = word_of(type);
    d.prev2 = model_.find_row(feature_hash(kWordPrev2, w));
    d.next2 = model_.find_row(feature_hash(kWordNext2, w));
  }
  return d;
}

void Scorer::emissions(const Sentence& s, const SentenceCodes& sc, int32_t* scores) {
  const size_t n = s.last_token - s.first_token;
  if (n == 0) return;
  const uint32_t* types = &table_.type_of[s.first_token];
  const Style style = table_.style(s.first_token);
  auto type_at = [&](long k) { return k < 0 || k >= long(n) ? kBoundaryType : types[k]; };

  int32_t acc[kWidth], carry[kWidth];
  const int32_t* first = pair(kBoundaryType, types[0], style) + kWidth;
  std::copy(first, first + kWidth, carry);
  for (size_t k = 0; k < n; ++k) {
    const long lk = static_cast<long>(k);
    std::copy(carry, carry + kWidth, acc);
    add_vector(acc, self(types[k], style));
    add_vector(acc, context(s, sc, k, style));
    uint32_t sp = k > 0 ? table_.types[types[k - 1]].shape_id : kNoShapeId;
    uint32_t sn = k + 1 < n ? table_.types[types[k + 1]].shape_id : kNoShapeId;
    add_vector(acc, shapes(sp, table_.types[types[k]].shape_id, sn, style, types, k, n));
    const int32_t* p = pair(types[k], type_at(lk + 1), style);
    add_vector(acc, p);
    std::copy(p + kWidth, p + 2 * kWidth, carry);
    if (uint32_t row = distant(type_at(lk - 2)).prev2) model_.add_row(row, acc);
    if (uint32_t row = distant(type_at(lk + 2)).next2) model_.add_row(row, acc);
    std::copy(acc, acc + T_, scores + k * T_);
  }
}

}  // namespace aa::ner
