// Features of the entity tagger. The trainer and the tagger compute the same features (kFeatureVersion is stored in
// the model and checked when it is loaded): the trainer through sentence_features() below, the tagger through the
// Scorer (scorer.h), which sums the same weights with per-document caches and is tested against it.
//
// A feature is a 32-bit hash of a template and its values (hash.h): the word and its neighbours (normalised),
// prefixes and suffixes, word shapes, casing in context (sentence start, headline or ALL-CAPS line, block kind),
// gazetteer membership of the word and its neighbours, and how the same word is cased elsewhere in the document.
//
// What the tagger knows about words is kept per word type (each distinct form of a document is worked out once:
// news repeats its words), and per token only its type and a word of flags: memory grows with the document's
// vocabulary and 8 bytes per token, not with the features of every token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "ner/gazetteer.h"
#include "ner/hash.h"
#include "ner/word.h"
#include "ner/wordrep.h"

namespace aa::ner {

/// Bump whenever the features below change: models trained with other features are refused.
/// (The word-representation features below fire only for a model with word representations, format 3: a model
/// without them has the features of version 3.)
/// 3: no word-and-next-word pair (kWordWordNext): the largest template of the model (57,779 features, a tenth of
/// its bytes) and worth nothing on the dev sets once retrained without it (models/README.md, "The model's size").
constexpr uint32_t kFeatureVersion = 3;

/// How a sentence is written: ordinary text, a title-case headline, an ALL-CAPS line, or all in lower case
/// (no capital after the first word but for "I": common in web text, where names are often lower case too).
enum class Style : uint8_t { Normal, Title, Caps, Lower };

/// One distinct form of a document (a word type).
/// What a word type's form alone tells (with the gazetteer): all an Analyser's memory keeps of a form
/// (TypeMemo::keep), so that one copy carries it both ways.
struct FormFacts {
  uint32_t key = 0;          // gazetteer key: hash of the normalised form
  uint32_t word = 0;         // hash of the normalised form with digits as 0
  uint32_t shape = 0;        // hash of the shape (runs cut after four)
  uint32_t short_shape = 0;  // hash of the compressed shape
  uint32_t gaz = 0;          // gazetteer value of the word alone (GazType bits | kGazPrefix)
  uint16_t rep = 0;          // its word representation (wordrep.h): 0 for none, else kRepPresent | path
  Casing casing = Casing::None;
  bool cap = false;    // starts with an upper-case letter
  bool small = false;  // a lower-case function word that stays lower in title case ("of", "the")
};

struct WordType : FormFacts {
  std::string_view form;  // as written, a view of Document::text
  uint32_t form_hash = 0;
  uint32_t norm_begin = 0, norm_size = 0;  // the normalised form, in TokenTable::norms
};

enum TokenTableFlag : uint8_t {
  kSentenceStart = 1,  // first word of a sentence, or first after an opening quote, dash, colon or bracket
  kInSentence = 2,     // the token is in a sentence (the others are not tagged)
};

/// The gazetteer lists whose codes stay known per token after tagging (the rules after the tagger read them).
constexpr int kept_gaz_slot(GazType t) {
  return t == kGazTitle       ? 0
         : t == kGazTimeWord  ? 1
         : t == kGazDemonym   ? 2
         : t == kGazGpeWord   ? 3
         : t == kGazFirstName ? 4
         : t == kGazOrgWord   ? 5
                              : -1;
}

class TypeMemo;

/// What the features (and the rules after the tagger) need to know about each token of a document.
/// Only tokens inside doc.sentences are filled; the others have no type (key 0, casing None, no flags).
struct TokenTable {
  static constexpr uint32_t kNoType = 0xFFFFFFFFu;
  std::vector<WordType> types;
  std::string norms;              // the normalised forms of the types, one after another
  std::vector<uint32_t> type_of;  // per token: index into types, or kNoType
  std::vector<uint32_t> info;     // per token: flags (2 bits), style (2 bits), codes of the kept lists (3 bits each)
  /// The memory build_token_table used (none: nullptr), its round at the end and, per type, its number for the
  /// type's form (TypeMemo::kNoNumber for none): the tagger's scorer reuses them instead of looking each form up again.
  const TypeMemo* memo = nullptr;
  uint64_t memo_round = 0;
  std::vector<uint32_t> memo_numbers;

  size_t size() const { return type_of.size(); }
  bool typed(size_t i) const { return type_of[i] != kNoType; }
  const WordType& type(size_t i) const { return types[type_of[i]]; }
  uint32_t key(size_t i) const { return typed(i) ? type(i).key : 0; }
  Casing casing(size_t i) const { return typed(i) ? type(i).casing : Casing::None; }
  /// Inline (the rules call it ~8,000 times an article), without substr's range check: the rules call it at ~350
  /// places, and each copy of that check is code the first analysis compiles (the types' forms are in `norms` by
  /// construction).
  std::string_view norm(size_t i) const {
    return typed(i) ? std::string_view(norms.data() + type(i).norm_begin, type(i).norm_size) : std::string_view();
  }
  /// norm(i) without a final full stop ("Calif.", "Inc."), as the word tables of names.cc and orgs.cc list words.
  std::string_view norm_no_period(size_t i) const {
    std::string_view w = norm(i);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    return w;
  }
  std::string_view norm_of(const WordType& w) const {
    return std::string_view(norms).substr(w.norm_begin, w.norm_size);
  }
  uint8_t flags(size_t i) const { return info[i] & 3; }
  Style style(size_t i) const { return static_cast<Style>((info[i] >> 2) & 3); }
  /// The position (GazPos) of token i in the longest phrase of list T covering it; only the kept lists.
  template <GazType T>
  uint8_t gaz(size_t i) const {
    static_assert(kept_gaz_slot(T) >= 0, "this list's codes are not kept per token (features.h)");
    return (info[i] >> (4 + 3 * kept_gaz_slot(T))) & 7;
  }
};

/// The gazetteer phrase key of tokens [b, e) (as phrase_key over their keys).
inline uint32_t phrase_key(const TokenTable& table, uint32_t b, uint32_t e) {
  uint32_t h = kPhraseSeed;
  for (uint32_t i = b; i < e; ++i) h = phrase_step(h, table.key(i));
  return h;
}

/// A memory of word types across documents, which build_token_table consults for each form it meets first in a
/// document: what the form alone tells (WordType but its form and places) is worked out once and then recalled.
/// The memory is a speed layer only: with it the table is the same as without it, the plain path (tested in
/// tests/cpp/test_warm.cpp). The tagger's FormCache (scorer.h) is one.
class TypeMemo {
 public:
  virtual ~TypeMemo() = default;
  /// If the form w.form (hash w.form_hash) is known for `gazetteer`: fills the rest of w, appends its normalised
  /// form to `norms` (w.norm_begin/norm_size point there) and returns true.
  /// `number` is then the memory's own number for the form (kNoNumber for none), which its owner may use later.
  virtual bool recall(const Gazetteer& gazetteer, WordType& w, std::string& norms, uint32_t& number) const = 0;
  /// Keeps w, whose normalised form is `norm`, for `gazetteer` (or not: a memory may decline); returns its number
  /// for the form (kNoNumber for none).
  virtual uint32_t keep(const Gazetteer& gazetteer, const WordType& w, std::string_view norm) = 0;
  /// Changes whenever the numbers given before stop being valid (the memory emptied).
  virtual uint64_t round() const = 0;
  static constexpr uint32_t kNoNumber = 0xFFFFFFFFu;
};

/// Fills `table` for every token of `doc`: types, flags, styles and, if `codes`, the codes of the kept lists
/// (else they stay 0 until store_kept_codes() is called for each sentence). Requires doc.tokens and doc.sentences.
/// With a memory (`memo`), the types of forms it knows are recalled from it, and the others kept in it: the same
/// table, cheaper.
[[gnu::noinline]] void build_token_table(const Document& doc, const Gazetteer& gazetteer, TokenTable& table,
                                         bool codes = true, TypeMemo* memo = nullptr);

/// For the tokens of one sentence: codes[k * kGazTypeCount + t] as Gazetteer::annotate gives them (all lists),
/// and masks[k] = the lists t with a code for token k. Reuses the unigram lookups cached in the table's types.
struct SentenceCodes {
  std::vector<uint8_t> codes;
  std::vector<uint32_t> masks;
  std::vector<uint32_t> keys, firsts;
  std::vector<uint8_t> scratch;
  void compute(const Gazetteer& gazetteer, const TokenTable& table, const Sentence& s);
};

/// The tagger reads at most kTagWindow tokens at a time: a longer sentence (only broken or hostile input has one:
/// a run of punctuation, text with no sentence end) is read in consecutive windows of that many tokens, each as if
/// it were a sentence of its own (features, gazetteer codes, Viterbi). Its buffers (about 250 bytes a token: codes,
/// emissions, Viterbi's table) then stay bounded, whatever the input, and are reused from one window to the next.
constexpr uint32_t kTagWindow = 1024;

/// The window of sentence s that starts at token `first` (s.first_token, then each kTagWindow tokens on).
inline Sentence tag_window(const Sentence& s, uint32_t first) {
  Sentence w = s;
  w.first_token = first;
  w.last_token = s.last_token - first > kTagWindow ? first + kTagWindow : s.last_token;
  return w;
}

/// Stores the codes of the kept lists of sentence s (from SentenceCodes::compute) in the table.
void store_kept_codes(TokenTable& table, const Sentence& s, const SentenceCodes& codes);

/// How often each word (by gazetteer key) is capitalised and in lower case in ordinary sentences away from their
/// start, in the whole document: the document-level casing feature.
class CaseCounts {
 public:
  explicit CaseCounts(const TokenTable& table);
  /// 1: capitalised elsewhere, 2: lower case elsewhere (token i itself not counted), 3: both.
  uint32_t bucket(const TokenTable& table, size_t i) const;

 private:
  struct Slot {
    uint32_t key = 0, upper = 0, lower = 0;
    bool used = false;
  };
  const Slot& slot(uint32_t key) const;
  Slot& slot(uint32_t key);
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

/// Whether token i counts for CaseCounts.
inline bool counts_for_case(const TokenTable& t, size_t i) {
  uint8_t f = t.flags(i);
  Style st = t.style(i);
  Casing c = t.casing(i);
  return (f & kInSentence) && !(f & kSentenceStart) && (st == Style::Normal || st == Style::Lower) &&
         (c == Casing::Lower || c == Casing::Title || c == Casing::Upper);
}

/// The features of every token, concatenated: token i has hashes[offsets[i] .. offsets[i + 1]).
struct FeatureSet {
  std::vector<uint32_t> hashes;
  std::vector<uint32_t> offsets;
  /// If set before extraction: templates[f] = the template of hashes[f], styled (Template + 64 * style), for tools
  /// that measure what each template is worth (aa-train --model-report).
  bool record_templates = false;
  std::vector<uint16_t> templates;
};

/// Appends the features of the tokens of sentence s to out (out.offsets gets one entry per token, after an
/// initial 0 that the caller puts). `codes` from SentenceCodes::compute for s.
void sentence_features(const Document& doc, const TokenTable& table, const CaseCounts& counts, const Sentence& s,
                       const SentenceCodes& codes, FeatureSet& out);

/// Computes the features of every token in doc.sentences (tokens outside sentences get none), for the trainer.
void extract_features(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer, FeatureSet& out);

/// The hash of the bias feature, which every token has (the trainer shifts its weights to trade precision for
/// recall).
uint32_t bias_feature();

/// The style of a run of tokens (one sentence) and its block kind. Requires the types of its tokens.
Style sentence_style(const Document& doc, const Sentence& sentence, const TokenTable& table);

// ---- the feature templates, shared by sentence_features and the Scorer ----------------------------------------

/// Template ids. Those that read casing or shapes are offset by 64 * style, so headlines and ALL-CAPS lines
/// learn their own weights for them.
enum Template : uint32_t {
  kBias = 1,
  kWord,
  kWordPrev,
  kWordNext,
  kWordPrev2,
  kWordNext2,
  kWordPrevWord,
  kWordWordNext,  // not computed since feature version 3 (the id stays, so that the others keep their hashes)
  kAffix,
  kRep,      // the word's cluster (wordrep.h) at each granularity
  kRepPrev,  // the previous word's cluster (kRepMiddle)
  kRepNext,  // the next word's
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
  kRepCasing,  // the word's cluster (kRepMiddle) and its casing
};

constexpr uint32_t kBoundary = 0xB0B0B0B0u;  // the value of a word or shape beyond the sentence

constexpr uint32_t styled(Template t, Style s) {
  return t + 64u * static_cast<uint32_t>(s);
}

/// The features of a word's own representation `rep` (FormFacts::rep; none if 0), each given to push().
template <class Push>
void rep_features(uint32_t rep, Style style, uint32_t casing, Push&& push) {
  if (!rep) return;
  push(feature_hash(kRep, rep_cluster(rep, kRepCoarse)));
  push(feature_hash(kRep, rep_cluster(rep, kRepMiddle)));
  push(feature_hash(kRep, rep_cluster(rep, kRepFine)));
  push(feature_hash(styled(kRepCasing, style), rep_cluster(rep, kRepMiddle), casing));
}

/// The affix hashes of a normalised word, its digits read as 0: prefixes of 1..3 code points, then suffixes of
/// 1..4 (each only when shorter than the word; 0 otherwise).
void affix_hashes(std::string_view norm, uint32_t out[7]);

/// The block code of a block (1 title/subtitle, 2 heading, 3 caption, 4 credit/byline, 0 other).
uint32_t block_code(const Document& doc, uint32_t block);

}  // namespace aa::ner
