// Hashes of a word's derived forms, computed without building the forms: a speed path of build_token_table and the
// tagger's scorer (a new word type costs its shapes, its digit-zeroed form and its affixes). Each equals hash_bytes
// (hash.h) of the string the plain functions build (word.h append_shape; affix_hashes_plain below), the references
// tests/cpp/test_ner_word_hash.cpp checks them against.
#pragma once

#include <cstdint>
#include <string_view>

namespace aa::ner {

/// hash_bytes(s, seed) of s with its ASCII digits read as '0'.
uint32_t hash_digits_zeroed(std::string_view s, uint32_t seed = 0x811C9DC5u);

/// hash_bytes of the shape append_shape(form, ..., false) appends, and of the one append_shape(form, ..., true)
/// appends, in one pass over the form.
void shape_hashes(std::string_view form, uint32_t& shape, uint32_t& short_shape);

/// affix_hashes (features.h) as it was written first: the digits zeroed in a copy of the word, then each affix
/// hashed as a substring of it. The reference of the tests.
void affix_hashes_plain(std::string_view norm, uint32_t out[7]);

}  // namespace aa::ner
