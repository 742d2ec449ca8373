// Features of the entity tagger. The trainer and the tagger call the same code, so a model always sees the
// features it was trained on (kFeatureVersion is stored in the model and checked when it is loaded).
//
// A feature is a 32-bit hash of a template and its values (hash.h): the word and its neighbours (normalised),
// prefixes and suffixes, word shapes, casing in context (sentence start, headline or ALL-CAPS line, block kind),
// gazetteer membership of the word and its neighbours, and how the same word is cased elsewhere in the document.
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"
#include "ner/gazetteer.h"
#include "ner/word.h"

namespace aa::ner {

/// Bump whenever the features below change: models trained with other features are refused.
constexpr uint32_t kFeatureVersion = 2;

/// How a sentence is written: ordinary text, a title-case headline, an ALL-CAPS line, or all in lower case
/// (no capital after the first word but for "I": common in web text, where names are often lower case too).
enum class Style : uint8_t { Normal, Title, Caps, Lower };

/// What the features (and the rules after the tagger) need to know about each token of a document.
/// Only tokens inside doc.sentences are filled; the others keep zeros.
struct TokenTable {
  std::vector<uint32_t> keys;          // gazetteer key: hash of the normalised form
  std::vector<uint32_t> words;         // hash of the normalised form with digits as 0
  std::vector<uint32_t> shapes;        // hash of the shape (runs cut after four)
  std::vector<uint32_t> short_shapes;  // hash of the compressed shape
  std::vector<uint32_t> affixes;       // 7 per token: prefixes of 1..3 code points, suffixes of 1..4
  std::vector<Casing> casings;
  std::vector<uint8_t> flags;  // TokenTableFlag
  std::vector<Style> styles;   // the style of the token's sentence
  std::vector<uint8_t> gaz;    // kGazTypeCount per token: GazPos in the longest phrase of each list
  size_t size() const { return keys.size(); }
  uint8_t gaz_code(size_t token, GazType t) const { return gaz[token * kGazTypeCount + t]; }
};

enum TokenTableFlag : uint8_t {
  kSentenceStart = 1,  // first word of a sentence, or first after an opening quote, dash, colon or bracket
  kInSentence = 2,     // the token is in a sentence (the others are not tagged)
};

/// Fills `table` for every token of `doc`. Requires doc.tokens and doc.sentences. `scratch` is working memory.
void build_token_table(const Document& doc, const Gazetteer& gazetteer, TokenTable& table);

/// The features of every token, concatenated: token i has hashes[offsets[i] .. offsets[i + 1]).
struct FeatureSet {
  std::vector<uint32_t> hashes;
  std::vector<uint32_t> offsets;
};

/// Computes the features of every token in doc.sentences (tokens outside sentences get none).
void extract_features(const Document& doc, const TokenTable& table, FeatureSet& out);

/// The hash of the bias feature, which every token has (the trainer shifts its weights to trade precision for
/// recall).
uint32_t bias_feature();

/// The style of a run of tokens (one sentence) and its block kind.
Style sentence_style(const Document& doc, const Sentence& sentence, const TokenTable& table);

}  // namespace aa::ner
