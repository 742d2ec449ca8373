#include "ner/scorer.h"

#include <algorithm>

#include "ner/hash.h"

namespace aa::ner {
namespace {

constexpr uint32_t kStyles = 4;
constexpr size_t kChunk = 256;  // tokens whose missing vectors are looked up together

}  // namespace

uint32_t VectorCache::insert(uint64_t a, uint64_t b, bool& fresh) {
  if ((used_ + 1) * 2 > slots_.size()) grow();
  size_t mask = slots_.size() - 1;
  for (size_t s = hash(a, b) & mask;; s = (s + 1) & mask) {
    Slot& slot = slots_[s];
    if (slot.a == a && slot.b == b) {
      fresh = false;
      return slot.at;
    }
    if (slot.a == 0 && slot.b == 0) {
      fresh = true;
      slot.a = a;
      slot.b = b;
      slot.at = static_cast<uint32_t>(vectors_.size());
      vectors_.resize(vectors_.size() + size_t(per_entry_) * kWidth, 0);
      ++used_;
      return slot.at;
    }
  }
}

void VectorCache::make_room(size_t k) {
  if (used_ + k <= max_) return;
  std::fill(slots_.begin(), slots_.end(), Slot{});
  vectors_.clear();
  used_ = 0;
}

void VectorCache::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& o : old) {
    if (o.a == 0 && o.b == 0) continue;
    size_t s = hash(o.a, o.b) & mask;
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
      distant_(table.types.size()) {
  // A chunk must fit every cache: as many new entries as tokens, one more pair.
  chunk_ = std::min({kChunk, limits.selves, limits.shapes, limits.contexts, limits.pairs - 1});
  chunk_ = std::max<size_t>(chunk_, 1);
}

uint32_t Scorer::plan_self(uint32_t type, Style style) {
  bool fresh = false;
  uint32_t at = selves_.find(uint64_t(type) * kStyles + static_cast<uint32_t>(style) + 1, 0, fresh);
  if (!fresh) return at;
  const WordType& w = table_.types[type];
  uint32_t cas = static_cast<uint32_t>(w.casing);
  want(feature_hash(kBias, 0), selves_, at);
  want(feature_hash(kWord, w.word), selves_, at);
  uint32_t affixes[7];
  affix_hashes(table_.norm_of(w), affixes);
  for (uint32_t a : affixes)
    if (a) want(feature_hash(kAffix, a), selves_, at);
  want(feature_hash(styled(kWordCasing, style), w.word, cas), selves_, at);
  want(feature_hash(styled(kShape, style), w.shape), selves_, at);
  want(feature_hash(styled(kShortShape, style), w.short_shape), selves_, at);
  return at;
}

uint32_t Scorer::plan_pair(uint32_t a, uint32_t b, Style style) {
  bool fresh = false;
  uint32_t at = pairs_.find(uint64_t(a) | uint64_t(b) << 30 | uint64_t(style) << 60 | uint64_t(1) << 62, 0, fresh);
  if (!fresh) return at;
  uint32_t wa = word_of(a), wb = word_of(b);
  if (a != kBoundaryType) {  // what b gives a
    want(feature_hash(kWordNext, wb), pairs_, at);
    want(feature_hash(kWordWordNext, wa, wb), pairs_, at);
    want(feature_hash(styled(kShapeWordNext, style), shape_of(a), wb), pairs_, at);
  }
  if (b != kBoundaryType) {  // what a gives b
    want(feature_hash(kWordPrev, wa), pairs_, at + kWidth);
    want(feature_hash(kWordPrevWord, wa, wb), pairs_, at + kWidth);
    want(feature_hash(styled(kWordPrevShape, style), wa, shape_of(b)), pairs_, at + kWidth);
  }
  return at;
}

uint32_t Scorer::plan_shapes(const uint32_t* types, size_t k, size_t n, Style style) {
  // Shape ids (20 bits each; kNoShapeId stands for the sentence boundary).
  uint32_t a = k > 0 ? table_.types[types[k - 1]].shape_id : kNoShapeId;
  uint32_t b = table_.types[types[k]].shape_id;
  uint32_t c = k + 1 < n ? table_.types[types[k + 1]].shape_id : kNoShapeId;
  if (b == kNoShapeId || (k > 0 && a == kNoShapeId) || (k + 1 < n && c == kNoShapeId))
    return kNoEntry;  // more distinct shapes than ids: not cached
  bool fresh = false;
  uint32_t at = shapes_.find(
      uint64_t(a) | uint64_t(b) << 20 | uint64_t(c) << 40 | uint64_t(style) << 60 | uint64_t(1) << 62, 0, fresh);
  if (!fresh) return at;
  uint32_t sp = k > 0 ? table_.types[types[k - 1]].short_shape : kBoundary;
  uint32_t s0 = table_.types[types[k]].short_shape;
  uint32_t sn = k + 1 < n ? table_.types[types[k + 1]].short_shape : kBoundary;
  want(feature_hash(styled(kShapePrevCur, style), sp, s0), shapes_, at);
  want(feature_hash(styled(kShapeCurNext, style), s0, sn), shapes_, at);
  want(feature_hash(styled(kShapeTri, style), hash_combine(sp, s0), sn), shapes_, at);
  return at;
}

uint32_t Scorer::plan_context(const Sentence& s, const SentenceCodes& sc, size_t k, Style style) {
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
  uint32_t at = contexts_.find(a, b, fresh);
  if (!fresh) return at;
  uint32_t c = static_cast<uint32_t>(cas);
  want(feature_hash(styled(kStart, style), start ? 1 : 0, c), contexts_, at);
  want(feature_hash(styled(kBlock, style), block, c), contexts_, at);
  if (bucket < 4) want(feature_hash(styled(kDocCase, style), bucket, c | (start ? 8 : 0)), contexts_, at);
  for (uint32_t bits = own; bits; bits &= bits - 1) {
    uint32_t list = static_cast<uint32_t>(__builtin_ctz(bits));
    want(feature_hash(kGaz, list * 8 + codes[list]), contexts_, at);
    want(feature_hash(styled(kGazCasing, style), list * 8 + codes[list], c), contexts_, at);
  }
  for (uint32_t bits = prev; bits; bits &= bits - 1)
    want(feature_hash(kGazPrev, static_cast<uint32_t>(__builtin_ctz(bits))), contexts_, at);
  for (uint32_t bits = next; bits; bits &= bits - 1)
    want(feature_hash(kGazNext, static_cast<uint32_t>(__builtin_ctz(bits))), contexts_, at);
  return at;
}

void Scorer::plan_distant(uint32_t type) {
  Distant& d = distant(type);
  if (d.prev2 != kUnknown) return;
  d.prev2 = d.next2 = kPending;
  uint32_t w = word_of(type);
  want_row(feature_hash(kWordPrev2, w), &d.prev2);
  want_row(feature_hash(kWordNext2, w), &d.next2);
}

void Scorer::resolve() {
  keys_.resize(wanted_.size());
  rows_.resize(wanted_.size());
  for (size_t i = 0; i < wanted_.size(); ++i) keys_[i] = wanted_[i].key;
  model_.find_rows(keys_.data(), keys_.size(), rows_.data(), scratch_);
  for (size_t i = 0; i < wanted_.size(); ++i) {
    const Wanted& w = wanted_[i];
    if (!w.cache)
      *w.slot = rows_[i];
    else if (rows_[i])
      model_.add_row(rows_[i], w.cache->at(w.offset));
  }
  wanted_.clear();
}

void Scorer::emissions(const Sentence& s, const SentenceCodes& sc, int32_t* scores) {
  const size_t n = s.last_token - s.first_token;
  if (n == 0) return;
  const uint32_t* types = &table_.type_of[s.first_token];
  const Style style = table_.style(s.first_token);
  auto type_at = [&](long k) { return k < 0 || k >= long(n) ? kBoundaryType : types[k]; };

  int32_t carry[kWidth];  // what the previous token's pair gives the first token of a chunk
  for (size_t k0 = 0; k0 < n; k0 += chunk_) {
    const size_t k1 = std::min(n, k0 + chunk_);
    selves_.make_room(k1 - k0);
    contexts_.make_room(k1 - k0);
    shapes_.make_room(k1 - k0);
    pairs_.make_room(k1 - k0 + 1);
    // What the chunk's tokens need, and the lookups of what is missing, together.
    plan_.resize(k1 - k0);
    uint32_t first_pair = k0 == 0 ? plan_pair(kBoundaryType, types[0], style) : kNoEntry;
    for (size_t k = k0; k < k1; ++k) {
      const long lk = static_cast<long>(k);
      Plan& p = plan_[k - k0];
      p.self = plan_self(types[k], style);
      p.context = plan_context(s, sc, k, style);
      p.shapes = plan_shapes(types, k, n, style);
      p.pair = plan_pair(types[k], type_at(lk + 1), style);
      plan_distant(type_at(lk - 2));
      plan_distant(type_at(lk + 2));
    }
    resolve();
    // No cache grows or is emptied until the next chunk: pointers into them hold.
    if (first_pair != kNoEntry) {
      const int32_t* v = pairs_.at(first_pair) + kWidth;
      std::copy(v, v + kWidth, carry);
    }
    const int32_t* before = carry;
    switch (T_) {  // the tag count as a constant: the additions below become a few vector instructions
      case 5: before = add_chunk<5>(s, k0, k1, before, scores); break;
      case 9: before = add_chunk<9>(s, k0, k1, before, scores); break;
      case 13: before = add_chunk<13>(s, k0, k1, before, scores); break;
      case 17: before = add_chunk<17>(s, k0, k1, before, scores); break;
      case 21: before = add_chunk<21>(s, k0, k1, before, scores); break;
      case 25: before = add_chunk<25>(s, k0, k1, before, scores); break;
      default: before = add_chunk<29>(s, k0, k1, before, scores); break;
    }
    std::copy(before, before + kWidth, carry);
  }
}

template <int T>
const int32_t* Scorer::add_chunk(const Sentence& s, size_t k0, size_t k1, const int32_t* before, int32_t* scores) {
  const size_t n = s.last_token - s.first_token;
  const uint32_t* types = &table_.type_of[s.first_token];
  const Style style = table_.style(s.first_token);
  auto type_at = [&](long k) { return k < 0 || k >= long(n) ? kBoundaryType : types[k]; };
  for (size_t k = k0; k < k1; ++k) {
    const long lk = static_cast<long>(k);
    const Plan& p = plan_[k - k0];
    int32_t acc[T];
    const int32_t* self = selves_.at(p.self);
    const int32_t* context = contexts_.at(p.context);
    const int32_t* pair = pairs_.at(p.pair);
    if (p.shapes != kNoEntry) {
      const int32_t* shapes = shapes_.at(p.shapes);
      for (int t = 0; t < T; ++t) acc[t] = before[t] + self[t] + context[t] + shapes[t] + pair[t];
    } else {
      for (int t = 0; t < T; ++t) acc[t] = before[t] + self[t] + context[t] + pair[t];
      uint32_t sp = k > 0 ? table_.types[types[k - 1]].short_shape : kBoundary;
      uint32_t s0 = table_.types[types[k]].short_shape;
      uint32_t sn = k + 1 < n ? table_.types[types[k + 1]].short_shape : kBoundary;
      model_.add_weights(feature_hash(styled(kShapePrevCur, style), sp, s0), acc);
      model_.add_weights(feature_hash(styled(kShapeCurNext, style), s0, sn), acc);
      model_.add_weights(feature_hash(styled(kShapeTri, style), hash_combine(sp, s0), sn), acc);
    }
    before = pair + kWidth;
    if (uint32_t row = distant(type_at(lk - 2)).prev2) model_.add_row(row, acc);
    if (uint32_t row = distant(type_at(lk + 2)).next2) model_.add_row(row, acc);
    std::copy(acc, acc + T, scores + k * T);
  }
  return before;
}

}  // namespace aa::ner
