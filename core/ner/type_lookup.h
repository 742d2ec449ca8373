// A word table's value for each token, looked up once per word type of the document.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "data/tables.h"
#include "ner/features.h"

namespace aa::ner {

/// table_find(words, tokens.norm(i)) for token i (the reference, which a test checks it against), kept per word
/// type: a rule that asks a table about every token of a document asks about the same few hundred words thousands
/// of times, and each plain lookup hashes the word. For one document's TokenTable, which must outlive it. Value: an
/// enum whose values are below 65534.
template <typename Value, size_t N, size_t S>
class TypeLookup {
 public:
  TypeLookup(const Table<Value, N, S>& words, const TokenTable& tokens)
      : words_(words), tokens_(tokens), memo_(tokens.types.size(), kUnknown) {}

  std::optional<Value> operator()(size_t i) {
    if (!tokens_.typed(i)) return table_find(words_, tokens_.norm(i));
    uint16_t& m = memo_[tokens_.type_of[i]];
    if (m == kUnknown) {
      const std::optional<Value> v = table_find(words_, tokens_.norm(i));
      m = v ? static_cast<uint16_t>(static_cast<uint16_t>(*v) + 1) : 0;
    }
    if (m == 0) return std::nullopt;
    return static_cast<Value>(m - 1);
  }

 private:
  static constexpr uint16_t kUnknown = 0xFFFF;  // not looked up yet; 0: not in the table; else 1 + the value
  const Table<Value, N, S>& words_;
  const TokenTable& tokens_;
  std::vector<uint16_t> memo_;  // per type
};

}  // namespace aa::ner
