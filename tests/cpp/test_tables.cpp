// The compiled data tables (core/data/tables.h, tools/gen_table.py): the hashed lookup finds every key and nothing else,
// as a binary search over the sorted entries does.
#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "quotes/lexicon.h"
#include "data/tables.h"

namespace aa::quotes {
namespace {
#include "quote_name_gender.inc"  // kNameGenders: the largest table
#include "quote_words.inc"        // kQuoteWords
}  // namespace
}  // namespace aa::quotes

namespace {

template <typename V, size_t N, size_t S>
std::optional<V> binary_search(const aa::Table<V, N, S>& t, std::string_view key) {
  auto it = std::lower_bound(t.begin(), t.end(), key,
                             [](const aa::TableEntry<V>& e, std::string_view k) { return e.key < k; });
  if (it != t.end() && it->key == key) return it->value;
  return std::nullopt;
}

template <typename V, size_t N, size_t S>
void check(const aa::Table<V, N, S>& t) {
  CHECK(std::is_sorted(t.begin(), t.end(), [](const auto& a, const auto& b) { return a.key < b.key; }));
  for (const auto& e : t) {
    CAPTURE(std::string(e.key));
    REQUIRE(aa::table_find(t, e.key) == e.value);
    // Neighbours of the key: shorter, longer, another last byte, another case.
    std::string k(e.key);
    for (std::string other :
         {k.substr(0, k.size() - 1), k + "s", k + '\0', std::string(1, char(k[0] ^ 0x20)) + k.substr(1)}) {
      CAPTURE(other);
      REQUIRE(aa::table_find(t, other) == binary_search(t, other));
    }
  }
  CHECK_FALSE(aa::table_find(t, "").has_value());
}

}  // namespace

TEST_CASE("tables: the hashed lookup finds what a binary search finds", "[tables]") {
  check(aa::quotes::kNameGenders);
  check(aa::quotes::kQuoteWords);
  CHECK(aa::bytes_less("a", "b"));
  CHECK(aa::bytes_less("ab", "abc"));
  CHECK_FALSE(aa::bytes_less("abc", "ab"));
  CHECK(aa::bytes_less("z", "\xC3\xA9"));  // bytes compare unsigned
  CHECK(aa::bytes_equal("abc", "abc"));
  CHECK_FALSE(aa::bytes_equal("abc", "abd"));
}
