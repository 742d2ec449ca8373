// Word forms for the entity tagger: the normalised key of a word (for features and gazetteer lookups), its
// shape and its casing. The trainer, the gazetteer compiler and the tagger all use these, so a word is seen the
// same way everywhere.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace aa::ner {

enum class Casing : uint8_t {
  None,   // no letters ("1990", ",")
  Lower,  // "price"
  Title,  // "Price", "McDonald" (first letter upper, not all upper)
  Upper,  // "US", "KREMLIN"
  Mixed,  // "iPhone", "eBay"
};

/// The normalised key of a word: lowercase (simple Unicode mapping), Latin-1 and Latin Extended-A letters
/// folded to ASCII ("Brasília" -> "brasilia", "Łódź" -> "lodz"), typographic apostrophes and quotes to ' and
/// hyphens to -. Requires valid UTF-8. Appends to `out`.
void append_normalized(std::string_view form, std::string& out);
std::string normalized(std::string_view form);

/// The shape of a word: upper-case letters -> X, lower-case -> x, digits -> d, other characters kept.
/// `compress`: runs of one class are written once ("McDonald" -> "XxXx"); otherwise runs are cut after four
/// ("McDonald" -> "XxXxxxx", "Washington" -> "Xxxxx"). Appends to `out`.
void append_shape(std::string_view form, std::string& out, bool compress);

Casing casing(std::string_view form);

/// True if the first code point is an upper-case letter.
bool starts_upper(std::string_view form);

}  // namespace aa::ner
