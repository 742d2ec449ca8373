// Emission scores of the tagger, fast: the same sums as Model::emissions over sentence_features() (features.h),
// computed from caches instead of one model lookup per feature of every token.
//
// Every feature of a token depends on a few things only, and news repeats them. The weights are summed, once per
// distinct value, into dense vectors:
//   - the token's own form and the style of its sentence (word, affixes, shapes, casing);
//   - the pair of the token and its right neighbour (the word pair and word-shape pairs), with the sentence boundary
//     as a neighbour;
//   - the short shapes of the token and its neighbours;
//   - the token's context: sentence start, block, how the word is cased elsewhere, its gazetteer codes;
//   - the gazetteer lists of its neighbours (apart from the context: each of the two has far fewer distinct values
//     than their product, so that far fewer are summed for the first time);
//   - what the words one and two places before and after give it whatever its own word ("the previous word is
//     ...", the same for its cluster, "the word two places before is ..."): four vectors per form, one for each
//     place (summed once per form, where those rows were added into every new pair and every token;
//     bench/README.md);
// A token then costs nine vector additions. Integer sums in any order are the same sums, so the result does not
// depend on what is cached.
//
// The first sight of a word costs model lookups, each a few dependent memory loads: a sentence is worked through
// in chunks, whose missing vectors are collected first and their lookups made together (Model::find_rows), so that
// their loads overlap.
//
// The caches live in a FormCache. A scorer without one makes its own for the document, keyed by the document's
// type numbers. With one (an Analyser keeps one), the caches survive from one document to the next, so that a
// short article finds most of its words already summed: forms are then numbered by a dictionary of forms (exact
// byte comparison) and the caches keyed by those numbers, the short-shape hashes and the context values, which
// are all that the vectors depend on; a cached vector is thus the same sum whichever document put it there.
//
// Memory stays bounded: each cache holds at most a fixed number of entries and is emptied when full (between
// chunks); a full dictionary empties itself and the caches keyed by its numbers.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "document.h"
#include "ner/features.h"
#include "ner/model.h"

namespace aa::ner {

/// Vectors of weights, one per tag, padded to a width: the model's tag count rounded up to a multiple of 4
/// (width_for), at most kMaxWidth (a model has at most 1 + 4 * kMaxLabels tags). The padding is no wider than it
/// must be, so that the vectors a token reads take few cache lines: 13 tags (3 labels) take 16 ints, 64 bytes.
constexpr int kMaxWidth = 32;
static_assert(1 + 4 * kMaxLabels <= kMaxWidth, "tags must fit the vectors");
constexpr int width_for(int tags) {
  return tags <= 4 ? 4 : (tags + 3) / 4 * 4;
}

/// A cache from 128-bit keys (never both halves 0) to `per_entry` vectors of width() int32, open addressing, with
/// at most max_entries entries. Entries are known by their offset (at() gives the vectors); offsets stay valid
/// until the cache is emptied, which happens only in make_room(), clear() and set_width(). It grows as entries
/// come, or is allocated at its full size at once (allocate()): then it never allocates again, emptied or not
/// (unless made wider).
class VectorCache {
 public:
  VectorCache(size_t max_entries, int per_entry, int width = kMaxWidth)
      : max_(max_entries), per_entry_(per_entry), width_(width) {}
  int width() const { return width_; }
  /// Vectors of `width` ints from now on (1 to kMaxWidth); empties the cache if that changes the width.
  void set_width(int width) {
    if (width == width_) return;
    clear();
    width_ = width;
  }
  /// The offset of the key's vectors; `fresh` (and zeroed vectors) when the key was not there.
  /// Requires: room for one more entry (make_room).
  uint32_t find(uint64_t a, uint64_t b, bool& fresh) {
    size_t mask = slots_.size() - 1;
    if ((used_ + 1) * 2 <= slots_.size()) {  // the common case, inline: a hit
      for (size_t s = hash(a, b) & mask;; s = (s + 1) & mask) {
        const Slot& slot = slots_[s];
        if (slot.a == a && slot.b == b) {
          fresh = false;
          return slot.at;
        }
        if (slot.a == 0 && slot.b == 0) break;
      }
    }
    return insert(a, b, fresh);
  }
  int32_t* at(uint32_t offset) { return vectors_.get() + offset; }
  /// Empties the cache if fewer than k more entries would fit.
  void make_room(size_t k) {
    if (used_ + k > max_) clear();
  }
  /// Empties the cache, keeping its memory.
  void clear();
  /// How many times it was emptied: an offset found since the count last changed is still valid.
  uint32_t generation() const { return generation_; }
  /// Allocates the memory of max_entries entries now.
  void allocate() { reserve(max_); }
  /// Allocates the memory of min(n, max_entries) entries now (it grows past them as needed).
  void reserve(size_t n);
  size_t size() const { return used_; }
  size_t max_entries() const { return max_; }
  /// Bytes allocated.
  size_t bytes() const { return slots_.capacity() * sizeof(Slot) + capacity_ * sizeof(int32_t); }

 private:
  struct Slot {
    uint64_t a = 0, b = 0;
    uint32_t at = 0;
  };
  static size_t hash(uint64_t a, uint64_t b) {
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
  uint32_t insert(uint64_t a, uint64_t b, bool& fresh);
  void grow();
  void grow_to(size_t slots);
  /// Room for `ints` ints of vectors (at least doubling, at most the limit's), keeping those in use.
  void reserve_ints(size_t ints);
  size_t max_, used_ = 0;
  uint32_t generation_ = 0;
  int per_entry_, width_;
  std::vector<Slot> slots_;
  // The entries' vectors, one after another: size_ ints in use of capacity_. Not a std::vector, whose resize()
  // is a call and a zero fill per entry (the fill is inline here) and whose growth zero-fills what is not used yet;
  // malloc'd, so that growing is a realloc (natively, a large block's pages are remapped, not copied).
  struct Free {
    void operator()(int32_t* p) const { std::free(p); }
  };
  std::unique_ptr<int32_t[], Free> vectors_;
  size_t size_ = 0, capacity_ = 0;
};

/// Numbers for forms (byte strings), by exact comparison of their bytes: at most max_forms forms of at most
/// max_bytes bytes in all, copied into its own arena. Its memory grows as forms come (never past what the limits
/// need) and is kept when it is emptied.
class FormDictionary {
 public:
  FormDictionary(size_t max_forms, size_t max_bytes) : max_forms_(max_forms), max_bytes_(max_bytes) {}
  /// The number of `form` (hash: hash_bytes(form)), numbered from 0 in order of arrival.
  /// Requires: fits(1, form.size()).
  uint32_t intern(std::string_view form, uint32_t hash);
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  /// The number of `form` (hash: hash_bytes(form)), or kNone if it has none.
  uint32_t find(std::string_view form, uint32_t hash) const;
  /// Whether `forms` more forms of `bytes` bytes in all would fit.
  bool fits(size_t forms, size_t bytes) const {
    return entries_.size() + forms <= max_forms_ && arena_.size() + bytes <= max_bytes_;
  }
  void clear();
  size_t size() const { return entries_.size(); }
  size_t max_forms() const { return max_forms_; }
  size_t max_bytes() const { return max_bytes_; }
  size_t bytes() const {
    return slots_.capacity() * sizeof(uint32_t) + entries_.capacity() * sizeof(Entry) + arena_.capacity();
  }

 private:
  struct Entry {
    uint32_t begin, size, hash;
  };
  void grow();
  size_t max_forms_, max_bytes_;
  std::vector<uint32_t> slots_;  // 1 + number, or 0: empty
  std::vector<Entry> entries_;
  std::vector<char> arena_;
};

/// How many entries each cache may hold before it is emptied (tests make them small), and the capacity of a
/// FormCache's dictionary of forms. Each at least 1; pairs at least 2; forms at least 5. `contexts` bounds both the
/// contexts and the neighbours' gazetteer lists.
///
/// The cache grows up to these (13.2 MiB with the defaults); what the defaults cost and why they are what they are:
/// bench/README.md ("The tagger's form cache").
struct FormCacheLimits {
  size_t selves = size_t(1) << 15, pairs = size_t(1) << 13, shapes = size_t(1) << 11, contexts = size_t(1) << 12;
  size_t forms = size_t(1) << 15, form_bytes = size_t(1) << 19;
  size_t around = size_t(1) << 12;  // forms whose vectors for the words around them are kept (at least 5)
};

/// What scorers learn from one document to the next: the caches, keyed by a dictionary of forms. For one model,
/// known by its address: another model empties it, so the model must outlive the memory's use of it (a model
/// loaded where a freed one was would not be noticed). One scorer at a time uses it (it is not locked: the owner
/// does that, as the Analyser does). Its memory grows as it fills, up to what the limits need (bytes() tells how
/// much), and is kept when it is emptied: a first short article does not pay for zeroing all of it.
class FormCache : public TypeMemo {
 public:
  explicit FormCache(const FormCacheLimits& limits = {});
  /// Bytes allocated (0 before the first use).
  size_t bytes() const;
  /// How many forms the dictionary holds now.
  size_t forms() const { return forms_.size(); }
  const FormCacheLimits& limits() const { return limits_; }

  /// Before use with `model` (a Scorer does it): allocates the memory on first use; empties it if it was used
  /// with another model.
  void prepare(const Model& model);

  /// As a TypeMemo for build_token_table: what it works out for a form is kept by the same dictionary, so that a
  /// known form costs a lookup. Not while a scorer uses the memory. Both do nothing unless prepare() was called
  /// with the model of `gazetteer`; keep() empties the memory first if it is full.
  bool recall(const Gazetteer& gazetteer, WordType& w, std::string& norms, uint32_t& number) const override;
  uint32_t keep(const Gazetteer& gazetteer, const WordType& w, std::string_view norm) override;
  uint64_t round() const override { return round_; }

 private:
  friend class Scorer;
  /// What keep() keeps of a WordType.
  struct TypeFacts {
    FormFacts facts;
    uint32_t norm_begin = 0, norm_size = 0;  // in norms_
    bool known = false;
  };
  /// For a document without a memory: keyed by its type numbers (no dictionary), growing as needed (with room
  /// for `types` words and pairs from prepare() on).
  FormCache(const FormCacheLimits& limits, size_t types);
  bool serves(const Gazetteer& gazetteer) const;
  /// Empties the dictionary and what is keyed by its numbers.
  void clear_forms();
  /// The number of a form in the dictionary, with room for it in types_. Requires: forms_.fits.
  uint32_t intern(std::string_view form, uint32_t hash);

  FormCacheLimits limits_;
  bool dictionary_;  // forms numbered by `forms_` (else: by the document's type numbers)
  const Model* model_ = nullptr;
  FormDictionary forms_;
  VectorCache selves_, pairs_, shapes_, contexts_, neighbours_;
  VectorCache around_;            // by form: what it gives the words around it (Scorer::plan_around)
  size_t types_to_reserve_ = 0;   // a document's own memory: its types
  std::vector<TypeFacts> types_;  // by form number
  std::vector<char> norms_;       // the normalised forms of types_ (at most limits_.form_bytes)
  uint64_t round_ = 0;            // how often the dictionary was emptied (TypeMemo::round)
};

class Scorer {
 public:
  /// The model, document, table, counts and memory must outlive the scorer. With a memory, the scorer uses it
  /// (and nothing else may until the scorer is gone); without one, it makes its own for the document.
  Scorer(const Model& model, const Document& doc, const TokenTable& table, const CaseCounts& counts,
         const FormCacheLimits& limits = {}, FormCache* memory = nullptr);
  ~Scorer();

  /// scores[k * n_tags + t] for the tokens k of sentence s: equal to Model::emissions over the features
  /// sentence_features() gives them. `codes` from SentenceCodes::compute for s.
  void emissions(const Sentence& s, const SentenceCodes& codes, int32_t* scores);

 private:
  static constexpr uint32_t kBoundaryType = (1u << 30) - 1;
  static constexpr uint32_t kNoEntry = 0xFFFFFFFFu;
  static constexpr uint32_t kUnnumbered = 0xFFFFFFFFu;  // a type whose form has no number (yet)
  static_assert(kUnnumbered == TypeMemo::kNoNumber, "a table's memo numbers are taken as they are");

  /// The vector the weights of a feature looked up go to (the feature: keys_ at the same index).
  struct Wanted {
    VectorCache* cache;
    uint32_t offset;
  };
  /// What the tokens of the chunk being worked use.
  struct Plan {
    uint32_t self, context, neighbours, shapes, pair;  // offsets in their caches
    uint32_t before2, before1, after1, after2;         // in around_: the forms two and one places before, after
  };
  void want(uint32_t feature, VectorCache& cache, uint32_t offset) {
    keys_.push_back(feature);
    wanted_.push_back({&cache, offset});
  }
  /// Makes room in the caches and the dictionary for tokens [k0, k1) of a sentence of n tokens and numbers their
  /// forms (and those of their neighbours up to two places away). Returns the end of the chunk, at most k1 (less
  /// when their forms are too long for the dictionary).
  size_t prepare_chunk(const uint32_t* types, size_t k0, size_t k1, size_t n);
  /// A memory of the scorer's own, keyed by type numbers: for documents whose forms do not fit a memory's
  /// dictionary.
  void use_own_memory();
  /// The offsets of what tokens need in their caches; a new entry's features are wanted (want_, find_around) for
  /// resolve() to look up.
  uint32_t plan_self(uint32_t type, Style style);
  uint32_t plan_pair(uint32_t a, uint32_t b, Style style);
  uint32_t plan_shapes(const uint32_t* types, size_t k, size_t n, Style style);
  uint32_t plan_context(const Sentence& s, const SentenceCodes& codes, size_t k, Style style);
  /// The gazetteer lists of token k's neighbours in a sentence of n tokens.
  uint32_t plan_neighbours(const SentenceCodes& codes, size_t k, size_t n);
  void want_self(uint32_t at, uint32_t type, Style style);
  void want_pair(uint32_t at, uint32_t a, uint32_t b, Style style);
  void want_shapes(uint32_t at, uint32_t sp, uint32_t s0, uint32_t sn, Style style);
  void want_context(uint32_t at, uint32_t own, const uint8_t* codes, bool start, uint32_t block, uint32_t bucket,
                    Casing cas, Style style);
  void want_neighbours(uint32_t at, uint32_t prev, uint32_t next);
  /// CaseCounts::bucket for token i, worked out once per type and whether the token counts.
  uint32_t case_bucket(uint32_t i);
  /// What a type's form gives the words around it, whatever their own words: the offset in around_ of four
  /// vectors, for the word two places after it, two places before it, right after it and right before it.
  uint32_t plan_around(uint32_t type);
  uint32_t find_around(uint32_t type);
  void resolve();
  /// The scores of tokens [k0, k1) of the sentence from their plan (plan_): T tags; `before` is what the previous
  /// pair gives token k0. Returns what the last pair gives the next token.
  template <int T>
  const int32_t* add_chunk(size_t k0, size_t k1, const int32_t* before, int32_t* scores);
  /// The number of a type's form (kBoundaryType for the boundary). Requires: numbered (prepare_chunk).
  uint32_t number(uint32_t type) const { return type == kBoundaryType ? kBoundaryType : numbers_[type]; }
  uint32_t word_of(uint32_t type) const { return type == kBoundaryType ? kBoundary : table_.types[type].word; }
  uint32_t shape_of(uint32_t type) const { return type == kBoundaryType ? kBoundary : table_.types[type].short_shape; }

  const Model& model_;
  const Document& doc_;
  const TokenTable& table_;
  const CaseCounts& counts_;
  int T_, width_;  // tags, and the vectors' width
  size_t chunk_;
  std::unique_ptr<FormCache> own_;  // when the scorer was given no memory, or its forms did not fit it
  FormCache* mem_;
  std::vector<uint32_t> numbers_;  // per type: the number of its form (kUnnumbered: none yet)
  /// Per type (and the boundary last): its offset in around_ when around_ was at generation `generation`, so that a
  /// form met again in the document costs no cache lookup.
  struct Known {
    uint32_t at = kNoEntry, generation = 0;
  };
  std::vector<Known> around_of_;
  static constexpr uint8_t kNoBucket = 0xFF;
  std::vector<uint8_t> buckets_;  // per type and whether the token counts (case_bucket): kNoBucket until known
  uint32_t last_block_ = UINT32_MAX, last_block_code_ = 0;  // block_code of the last token's block
  std::vector<Wanted> wanted_;
  std::vector<uint32_t> keys_, found_, scratch_;  // keys_: the features wanted
  std::vector<Plan> plan_;
};

}  // namespace aa::ner
