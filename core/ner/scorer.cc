#include "ner/scorer.h"

#include <algorithm>
#include <cstring>
#include <new>

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
      const size_t ints = size_t(per_entry_) * width_;
      if (size_ + ints > capacity_) reserve_ints(size_ + ints);
      slot.at = static_cast<uint32_t>(size_);
      std::fill_n(vectors_.get() + size_, ints, 0);
      size_ += ints;
      ++used_;
      return slot.at;
    }
  }
}

void VectorCache::clear() {
  ++generation_;
  std::fill(slots_.begin(), slots_.end(), Slot{});
  size_ = 0;
  used_ = 0;
}

void VectorCache::reserve(size_t entries) {
  // find() and insert() keep the slots at most half full: with this many entries, no growing.
  entries = std::min(entries, max_);
  size_t n = 64;
  while (n < 2 * entries) n *= 2;
  if (slots_.size() < n) grow_to(n);
  if (entries * size_t(per_entry_) * width_ > capacity_) reserve_ints(entries * size_t(per_entry_) * width_);
}

void VectorCache::reserve_ints(size_t ints) {
  const size_t most = max_ * size_t(per_entry_) * width_;
  const size_t n = std::max(ints, std::min(most, 2 * capacity_));
  // Not zeroed: each entry is, when it comes. The ints in use stay where their offsets say (realloc keeps them).
  void* more;
  if (size_) {
    more = std::realloc(vectors_.get(), n * sizeof(int32_t));
    if (!more) throw std::bad_alloc();
    (void)vectors_.release();  // realloc freed or kept it
  } else {
    vectors_.reset();  // nothing in use to keep
    more = std::malloc(n * sizeof(int32_t));
    if (!more) throw std::bad_alloc();
  }
  vectors_.reset(static_cast<int32_t*>(more));
  capacity_ = n;
}

void VectorCache::grow() {
  grow_to(slots_.empty() ? 64 : slots_.size() * 2);
}

void VectorCache::grow_to(size_t n) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(n, Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& o : old) {
    if (o.a == 0 && o.b == 0) continue;
    size_t s = hash(o.a, o.b) & mask;
    while (slots_[s].a != 0 || slots_[s].b != 0) s = (s + 1) & mask;
    slots_[s] = o;
  }
}

namespace {

/// Room for `more` bytes past v.size(): at least doubling, at most `max` in all (the bound of what v may hold).
void reserve_bounded(std::vector<char>& v, size_t more, size_t max) {
  if (v.size() + more <= v.capacity()) return;
  v.reserve(std::min(max, std::max({v.size() + more, 2 * v.capacity(), size_t(4096)})));
}

}  // namespace

void FormDictionary::grow() {
  // Slots at most half full; the numbers (order of arrival) do not depend on where the slots are.
  size_t n = slots_.empty() ? 64 : 2 * slots_.size();
  slots_.assign(n, 0);
  const size_t mask = n - 1;
  for (size_t id = 0; id < entries_.size(); ++id) {
    size_t s = entries_[id].hash & mask;
    while (slots_[s] != 0) s = (s + 1) & mask;
    slots_[s] = static_cast<uint32_t>(id + 1);
  }
}

uint32_t FormDictionary::intern(std::string_view form, uint32_t hash) {
  if ((entries_.size() + 1) * 2 > slots_.size()) grow();
  const size_t mask = slots_.size() - 1;
  for (size_t s = hash & mask;; s = (s + 1) & mask) {
    uint32_t id = slots_[s];
    if (id == 0) {
      entries_.push_back({static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(form.size()), hash});
      reserve_bounded(arena_, form.size(), max_bytes_);
      arena_.insert(arena_.end(), form.begin(), form.end());
      slots_[s] = static_cast<uint32_t>(entries_.size());
      return static_cast<uint32_t>(entries_.size() - 1);
    }
    const Entry& e = entries_[id - 1];
    if (e.hash == hash && e.size == form.size() && std::memcmp(arena_.data() + e.begin, form.data(), form.size()) == 0)
      return id - 1;
  }
}

uint32_t FormDictionary::find(std::string_view form, uint32_t hash) const {
  if (slots_.empty()) return kNone;
  const size_t mask = slots_.size() - 1;
  for (size_t s = hash & mask;; s = (s + 1) & mask) {
    uint32_t id = slots_[s];
    if (id == 0) return kNone;
    const Entry& e = entries_[id - 1];
    if (e.hash == hash && e.size == form.size() && std::memcmp(arena_.data() + e.begin, form.data(), form.size()) == 0)
      return id - 1;
  }
}

void FormDictionary::clear() {
  std::fill(slots_.begin(), slots_.end(), 0);
  entries_.clear();
  arena_.clear();
}

namespace {

FormCacheLimits at_least(FormCacheLimits l) {
  l.selves = std::max<size_t>(l.selves, 1);
  l.shapes = std::max<size_t>(l.shapes, 1);
  l.contexts = std::max<size_t>(l.contexts, 1);
  l.pairs = std::max<size_t>(l.pairs, 2);
  l.forms = std::max<size_t>(l.forms, 5);
  l.around = std::max<size_t>(l.around, 5);
  l.form_bytes = std::max<size_t>(l.form_bytes, 1);
  return l;
}

}  // namespace

FormCache::FormCache(const FormCacheLimits& limits)
    : limits_(at_least(limits)),
      dictionary_(true),
      forms_(limits_.forms, limits_.form_bytes),
      selves_(limits_.selves, 1),
      pairs_(limits_.pairs, 2),
      shapes_(limits_.shapes, 1),
      contexts_(limits_.contexts, 1),
      neighbours_(limits_.contexts, 1),
      around_(limits_.around, 4) {}

FormCache::FormCache(const FormCacheLimits& limits, size_t types)
    : limits_(at_least(limits)),
      dictionary_(false),
      forms_(0, 0),
      selves_(limits_.selves, 1),
      pairs_(limits_.pairs, 2),
      shapes_(limits_.shapes, 1),
      contexts_(limits_.contexts, 1),
      neighbours_(limits_.contexts, 1),
      around_(limits_.around, 4),
      types_to_reserve_(types) {}

size_t FormCache::bytes() const {
  return forms_.bytes() + selves_.bytes() + pairs_.bytes() + shapes_.bytes() + contexts_.bytes() + neighbours_.bytes() +
         around_.bytes() + types_.capacity() * sizeof(TypeFacts) + norms_.capacity();
}

bool FormCache::serves(const Gazetteer& gazetteer) const {
  return dictionary_ && model_ && &model_->gazetteer() == &gazetteer;
}

bool FormCache::recall(const Gazetteer& gazetteer, WordType& w, std::string& norms, uint32_t& number) const {
  if (!serves(gazetteer)) return false;
  uint32_t n = forms_.find(w.form, w.form_hash);
  if (n == FormDictionary::kNone || !types_[n].known) return false;
  number = n;
  const TypeFacts& f = types_[n];
  static_cast<FormFacts&>(w) = f.facts;
  w.norm_begin = static_cast<uint32_t>(norms.size());
  w.norm_size = f.norm_size;
  norms.append(norms_.data() + f.norm_begin, f.norm_size);
  return true;
}

uint32_t FormCache::keep(const Gazetteer& gazetteer, const WordType& w, std::string_view norm) {
  if (!serves(gazetteer)) return kNoNumber;
  const size_t max_bytes = limits_.form_bytes;
  if (w.form.size() > max_bytes || norm.size() > max_bytes) return kNoNumber;  // would never fit
  if (!forms_.fits(1, w.form.size()) || norms_.size() + norm.size() > max_bytes) clear_forms();
  uint32_t n = intern(w.form, w.form_hash);
  TypeFacts& f = types_[n];
  if (f.known) return n;
  f.facts = w;
  f.norm_begin = static_cast<uint32_t>(norms_.size());
  f.norm_size = static_cast<uint32_t>(norm.size());
  f.known = true;
  reserve_bounded(norms_, norm.size(), max_bytes);
  norms_.insert(norms_.end(), norm.begin(), norm.end());
  return n;
}

void FormCache::prepare(const Model& model) {
  if (model_ == &model) return;
  const int width = width_for(model.n_tags());
  for (VectorCache* c : {&selves_, &pairs_, &shapes_, &contexts_, &neighbours_, &around_}) c->set_width(width);
  if (!dictionary_) {
    // Room for as many words and pairs as the document has types (most have fewer pairs): no growing step by step.
    selves_.reserve(types_to_reserve_);
    pairs_.reserve(types_to_reserve_);
    around_.reserve(types_to_reserve_);
  } else {
    // The memory grows as forms come, up to the limits (a first analysis does not pay for zeroing all of it), from
    // room for an article of a few thousand words (about 1.5 MiB), so that the next few articles rarely grow it.
    if (model_ == nullptr) {
      selves_.reserve(4096);
      pairs_.reserve(4096);
      around_.reserve(1024);
      contexts_.reserve(1024);
      neighbours_.reserve(1024);
      shapes_.reserve(512);
    } else {  // vectors of another model's weights
      clear_forms();
      shapes_.clear();
      contexts_.clear();
      neighbours_.clear();
    }
  }
  model_ = &model;
}

void FormCache::clear_forms() {
  ++round_;
  forms_.clear();
  selves_.clear();
  pairs_.clear();
  around_.clear();
  types_.clear();
  norms_.clear();
}

uint32_t FormCache::intern(std::string_view form, uint32_t hash) {
  uint32_t n = forms_.intern(form, hash);
  if (n >= types_.size()) {  // a new number: numbers come in order, from 0
    types_.emplace_back();
  }
  return n;
}

Scorer::Scorer(const Model& model, const Document& doc, const TokenTable& table, const CaseCounts& counts,
               const FormCacheLimits& limits, FormCache* memory)
    : model_(model),
      doc_(doc),
      table_(table),
      counts_(counts),
      T_(model.n_tags()),
      width_(width_for(T_)),
      mem_(memory) {
  if (!mem_) {
    own_.reset(new FormCache(limits, table.types.size()));
    mem_ = own_.get();
  }
  mem_->prepare(model);
  around_of_.assign(table.types.size() + 1, Known{});
  buckets_.assign(2 * table.types.size(), kNoBucket);
  // A chunk must fit every cache: as many new entries as tokens, one more pair; and the dictionary: its tokens and
  // two more on either side.
  const FormCacheLimits& l = mem_->limits_;
  // The vectors of the forms around: those of the chunk's tokens and two more on either side.
  chunk_ = std::min({kChunk, l.selves, l.shapes, l.contexts, l.pairs - 1, l.around - 4});
  if (mem_->dictionary_) {
    chunk_ = std::min(chunk_, l.forms - 4);
    // The numbers build_token_table was given by this memory, if none has changed since (else each form is
    // numbered again as a chunk first reads it).
    if (table.memo == mem_ && table.memo_round == mem_->round_ && table.memo_numbers.size() == table.types.size())
      numbers_ = table.memo_numbers;
    else
      numbers_.assign(table.types.size(), kUnnumbered);
  } else {
    numbers_.resize(table.types.size());
    for (size_t t = 0; t < numbers_.size(); ++t) numbers_[t] = static_cast<uint32_t>(t);
  }
}

Scorer::~Scorer() = default;

void Scorer::use_own_memory() {
  own_.reset(new FormCache(mem_->limits_, table_.types.size()));
  mem_ = own_.get();
  mem_->prepare(model_);
  for (size_t t = 0; t < numbers_.size(); ++t) numbers_[t] = static_cast<uint32_t>(t);
  std::fill(around_of_.begin(), around_of_.end(), Known{});  // offsets in the memory left
}

size_t Scorer::prepare_chunk(const uint32_t* types, size_t k0, size_t k1, size_t n) {
  if (mem_->dictionary_) {
    // The forms the chunk reads: its tokens' and their neighbours' up to two places away.
    const size_t b = k0 >= 2 ? k0 - 2 : 0;
    auto bytes_to = [&](size_t k) {
      size_t bytes = 0;
      for (size_t j = b, e = std::min(n, k + 2); j < e; ++j) bytes += table_.types[types[j]].form.size();
      return bytes;
    };
    FormDictionary& forms = mem_->forms_;
    size_t bytes = bytes_to(k1);
    while (bytes > forms.max_bytes() && k1 > k0 + 1) bytes = bytes_to(k1 = k0 + (k1 - k0) / 2);
    if (bytes > forms.max_bytes()) {
      use_own_memory();  // forms too long for any dictionary: the rest of the document on its own
    } else {
      const size_t e = std::min(n, k1 + 2);
      if (!forms.fits(e - b, bytes)) {
        mem_->clear_forms();
        std::fill(numbers_.begin(), numbers_.end(), kUnnumbered);
      }
      for (size_t j = b; j < e; ++j) {
        uint32_t& number = numbers_[types[j]];
        if (number == kUnnumbered) {
          const WordType& w = table_.types[types[j]];
          number = mem_->intern(w.form, w.form_hash);
        }
      }
    }
  }
  mem_->selves_.make_room(k1 - k0);
  mem_->contexts_.make_room(k1 - k0);
  mem_->neighbours_.make_room(k1 - k0);
  mem_->shapes_.make_room(k1 - k0);
  mem_->pairs_.make_room(k1 - k0 + 1);
  mem_->around_.make_room(k1 - k0 + 4);
  return k1;
}

// Each plan_ function finds its vector in a cache (the common case, kept small so that it is inlined into the loop
// of emissions()) and leaves what a new vector wants looked up to a function of its own.

inline uint32_t Scorer::plan_self(uint32_t type, Style style) {
  bool fresh = false;
  uint32_t at = mem_->selves_.find(uint64_t(number(type)) * kStyles + static_cast<uint32_t>(style) + 1, 0, fresh);
  if (fresh) want_self(at, type, style);
  return at;
}

void Scorer::want_self(uint32_t at, uint32_t type, Style style) {
  VectorCache& selves = mem_->selves_;
  const WordType& w = table_.types[type];
  uint32_t cas = static_cast<uint32_t>(w.casing);
  want(feature_hash(kBias, 0), selves, at);
  want(feature_hash(kWord, w.word), selves, at);
  uint32_t affixes[7];
  affix_hashes(table_.norm_of(w), affixes);
  for (uint32_t a : affixes)
    if (a) want(feature_hash(kAffix, a), selves, at);
  want(feature_hash(styled(kWordCasing, style), w.word, cas), selves, at);
  want(feature_hash(styled(kShape, style), w.shape), selves, at);
  want(feature_hash(styled(kShortShape, style), w.short_shape), selves, at);
  rep_features(w.rep, style, cas, [&](uint32_t f) { want(f, selves, at); });
}

inline uint32_t Scorer::plan_pair(uint32_t a, uint32_t b, Style style) {
  bool fresh = false;
  uint32_t at = mem_->pairs_.find(
      uint64_t(number(a)) | uint64_t(number(b)) << 30 | uint64_t(style) << 60 | uint64_t(1) << 62, 0, fresh);
  if (fresh) want_pair(at, a, b, style);
  return at;
}

void Scorer::want_pair(uint32_t at, uint32_t a, uint32_t b, Style style) {
  VectorCache& pairs = mem_->pairs_;
  // The pair's own features; what each word gives any neighbour is in its vectors of around_.
  uint32_t wa = word_of(a), wb = word_of(b);
  if (a != kBoundaryType)  // what b gives a
    want(feature_hash(styled(kShapeWordNext, style), shape_of(a), wb), pairs, at);
  if (b != kBoundaryType) {  // what a gives b
    want(feature_hash(kWordPrevWord, wa, wb), pairs, at + width_);
    want(feature_hash(styled(kWordPrevShape, style), wa, shape_of(b)), pairs, at + width_);
  }
}

inline uint32_t Scorer::plan_shapes(const uint32_t* types, size_t k, size_t n, Style style) {
  // The three short shapes (kBoundary beyond the sentence) are all that the features read: they are the key.
  uint32_t sp = k > 0 ? table_.types[types[k - 1]].short_shape : kBoundary;
  uint32_t s0 = table_.types[types[k]].short_shape;
  uint32_t sn = k + 1 < n ? table_.types[types[k + 1]].short_shape : kBoundary;
  bool fresh = false;
  uint32_t at = mem_->shapes_.find(uint64_t(sp) | uint64_t(s0) << 32,
                                   uint64_t(sn) | uint64_t(style) << 32 | uint64_t(1) << 62, fresh);
  if (fresh) want_shapes(at, sp, s0, sn, style);
  return at;
}

void Scorer::want_shapes(uint32_t at, uint32_t sp, uint32_t s0, uint32_t sn, Style style) {
  VectorCache& shapes = mem_->shapes_;
  want(feature_hash(styled(kShapePrevCur, style), sp, s0), shapes, at);
  want(feature_hash(styled(kShapeCurNext, style), s0, sn), shapes, at);
  want(feature_hash(styled(kShapeTri, style), hash_combine(sp, s0), sn), shapes, at);
}

inline uint32_t Scorer::case_bucket(uint32_t i) {
  // CaseCounts::bucket depends on the token's type and on whether the token itself counts: kept per type and that.
  const uint32_t type = table_.type_of[i];
  const bool counts = counts_for_case(table_, i);
  uint8_t& b = buckets_[2 * size_t(type) + counts];
  if (b == kNoBucket) b = static_cast<uint8_t>(counts_.bucket(table_, i));
  return b;
}

inline uint32_t Scorer::plan_context(const Sentence& s, const SentenceCodes& sc, size_t k, Style style) {
  const uint32_t i = s.first_token + static_cast<uint32_t>(k);
  const Casing cas = table_.type(i).casing;
  const bool start = table_.flags(i) & kSentenceStart;
  const uint32_t token_block = doc_.tokens[i].block;
  if (token_block != last_block_) {  // tokens of a block come one after another
    last_block_ = token_block;
    last_block_code_ = block_code(doc_, token_block);
  }
  const uint32_t block = last_block_code_;
  const uint32_t bucket = cas != Casing::None ? case_bucket(i) : 4;
  const uint32_t own = sc.masks[k];
  const uint8_t* codes = &sc.codes[k * kGazTypeCount];
  uint64_t packed = 0;  // 3 bits per list
  for (uint32_t bits = own; bits; bits &= bits - 1) {
    uint32_t list = static_cast<uint32_t>(__builtin_ctz(bits));
    packed |= uint64_t(codes[list]) << (3 * list);
  }
  uint64_t a = packed | uint64_t(start) << 63;
  uint64_t b = uint64_t(style) | uint64_t(block) << 2 | uint64_t(cas) << 5 | uint64_t(bucket) << 8 | uint64_t(1) << 60;
  bool fresh = false;
  uint32_t at = mem_->contexts_.find(a, b, fresh);
  if (fresh) want_context(at, own, codes, start, block, bucket, cas, style);
  return at;
}

void Scorer::want_context(uint32_t at, uint32_t own, const uint8_t* codes, bool start, uint32_t block, uint32_t bucket,
                          Casing cas, Style style) {
  VectorCache& contexts = mem_->contexts_;
  uint32_t c = static_cast<uint32_t>(cas);
  want(feature_hash(styled(kStart, style), start ? 1 : 0, c), contexts, at);
  want(feature_hash(styled(kBlock, style), block, c), contexts, at);
  if (bucket < 4) want(feature_hash(styled(kDocCase, style), bucket, c | (start ? 8 : 0)), contexts, at);
  for (uint32_t bits = own; bits; bits &= bits - 1) {
    uint32_t list = static_cast<uint32_t>(__builtin_ctz(bits));
    want(feature_hash(kGaz, list * 8 + codes[list]), contexts, at);
    want(feature_hash(styled(kGazCasing, style), list * 8 + codes[list], c), contexts, at);
  }
}

inline uint32_t Scorer::plan_neighbours(const SentenceCodes& sc, size_t k, size_t n) {
  const uint32_t prev = k > 0 ? sc.masks[k - 1] : 0, next = k + 1 < n ? sc.masks[k + 1] : 0;
  bool fresh = false;
  uint32_t at = mem_->neighbours_.find(uint64_t(prev) | uint64_t(next) << 32, uint64_t(1) << 61, fresh);
  if (fresh) want_neighbours(at, prev, next);
  return at;
}

void Scorer::want_neighbours(uint32_t at, uint32_t prev, uint32_t next) {
  VectorCache& neighbours = mem_->neighbours_;
  for (uint32_t bits = prev; bits; bits &= bits - 1)
    want(feature_hash(kGazPrev, static_cast<uint32_t>(__builtin_ctz(bits))), neighbours, at);
  for (uint32_t bits = next; bits; bits &= bits - 1)
    want(feature_hash(kGazNext, static_cast<uint32_t>(__builtin_ctz(bits))), neighbours, at);
}

inline uint32_t Scorer::plan_around(uint32_t type) {
  const Known& known = around_of_[type == kBoundaryType ? around_of_.size() - 1 : type];
  if (known.at != kNoEntry && known.generation == mem_->around_.generation()) return known.at;
  return find_around(type);
}

uint32_t Scorer::find_around(uint32_t type) {
  VectorCache& around = mem_->around_;
  bool fresh = false;
  const uint32_t at = around.find(uint64_t(number(type)) + 1, uint64_t(1) << 59, fresh);
  around_of_[type == kBoundaryType ? around_of_.size() - 1 : type] = {at, around.generation()};
  if (!fresh) return at;
  const uint32_t w = word_of(type);
  want(feature_hash(kWordPrev2, w), around, at);              // "the word two places before is w"
  want(feature_hash(kWordNext2, w), around, at + width_);     // "the word two places after is w"
  want(feature_hash(kWordPrev, w), around, at + 2 * width_);  // "the previous word is w"
  want(feature_hash(kWordNext, w), around, at + 3 * width_);  // "the next word is w"
  if (uint32_t rep = type == kBoundaryType ? 0 : table_.types[type].rep) {
    want(feature_hash(kRepPrev, rep_cluster(rep, kRepMiddle)), around, at + 2 * width_);
    want(feature_hash(kRepNext, rep_cluster(rep, kRepMiddle)), around, at + 3 * width_);
  }
  return at;
}

void Scorer::resolve() {
  found_.resize(keys_.size());
  model_.find_rows(keys_.data(), keys_.size(), found_.data(), scratch_);
  for (size_t i = 0; i < wanted_.size(); ++i) {
    const Wanted& w = wanted_[i];
    if (found_[i]) model_.add_row(found_[i], w.cache->at(w.offset));
  }
  wanted_.clear();
  keys_.clear();
}

void Scorer::emissions(const Sentence& s, const SentenceCodes& sc, int32_t* scores) {
  const size_t n = s.last_token - s.first_token;
  if (n == 0) return;
  const uint32_t* types = &table_.type_of[s.first_token];
  const Style style = table_.style(s.first_token);
  auto type_at = [&](long k) { return k < 0 || k >= long(n) ? kBoundaryType : types[k]; };

  int32_t carry[kMaxWidth];  // what the previous token's pair gives the first token of a chunk
  for (size_t k0 = 0, k1; k0 < n; k0 = k1) {
    k1 = prepare_chunk(types, k0, std::min(n, k0 + chunk_), n);
    // What the chunk's tokens need, and the lookups of what is missing, together.
    plan_.resize(k1 - k0);
    uint32_t first_pair = k0 == 0 ? plan_pair(kBoundaryType, types[0], style) : kNoEntry;
    for (size_t k = k0; k < k1; ++k) {
      const long lk = static_cast<long>(k);
      Plan& p = plan_[k - k0];
      p.self = plan_self(types[k], style);
      p.context = plan_context(s, sc, k, style);
      p.neighbours = plan_neighbours(sc, k, n);
      p.shapes = plan_shapes(types, k, n, style);
      p.pair = plan_pair(types[k], type_at(lk + 1), style);
      p.before2 = plan_around(type_at(lk - 2));
      p.after2 = plan_around(type_at(lk + 2)) + width_;
      p.before1 = plan_around(type_at(lk - 1)) + 2 * width_;
      p.after1 = plan_around(type_at(lk + 1)) + 3 * width_;
    }
    resolve();
    // No cache grows or is emptied until the next chunk: pointers into them hold.
    if (first_pair != kNoEntry) {
      const int32_t* v = mem_->pairs_.at(first_pair) + width_;
      std::copy(v, v + width_, carry);
    }
    const int32_t* before = carry;
    switch (T_) {  // the tag count as a constant: the additions below become a few vector instructions
      case 5: before = add_chunk<5>(k0, k1, before, scores); break;
      case 9: before = add_chunk<9>(k0, k1, before, scores); break;
      case 13: before = add_chunk<13>(k0, k1, before, scores); break;
      case 17: before = add_chunk<17>(k0, k1, before, scores); break;
      case 21: before = add_chunk<21>(k0, k1, before, scores); break;
      case 25: before = add_chunk<25>(k0, k1, before, scores); break;
      default: before = add_chunk<29>(k0, k1, before, scores); break;
    }
    std::copy(before, before + width_, carry);
  }
}

template <int T>
const int32_t* Scorer::add_chunk(size_t k0, size_t k1, const int32_t* before, int32_t* scores) {
  for (size_t k = k0; k < k1; ++k) {
    const Plan& p = plan_[k - k0];
    int32_t acc[T];
    const int32_t* self = mem_->selves_.at(p.self);
    const int32_t* context = mem_->contexts_.at(p.context);
    const int32_t* neighbours = mem_->neighbours_.at(p.neighbours);
    const int32_t* shapes = mem_->shapes_.at(p.shapes);
    const int32_t* pair = mem_->pairs_.at(p.pair);
    const int32_t* before2 = mem_->around_.at(p.before2);
    const int32_t* before1 = mem_->around_.at(p.before1);
    const int32_t* after1 = mem_->around_.at(p.after1);
    const int32_t* after2 = mem_->around_.at(p.after2);
    for (int t = 0; t < T; ++t)
      acc[t] = before[t] + self[t] + context[t] + neighbours[t] + shapes[t] + pair[t] + before2[t] + before1[t] +
               after1[t] + after2[t];
    before = pair + width_;
    std::copy(acc, acc + T, scores + k * T);
  }
  return before;
}

}  // namespace aa::ner
