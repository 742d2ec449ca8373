// Lookup in the data tables that tools/gen_table.py compiles from core/data/*.tsv.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>

namespace aa {

template <typename Value>
struct TableEntry {
  // A string_view, not a const char*: its length is known at compile time, so that a comparison in the search
  // is one memcmp and no strlen (the lookups are in the hot loops of the structure, quote and entity stages).
  std::string_view key;
  Value value;
};

/// Binary search in a table sorted bytewise by key. Returns the value, or nothing.
template <typename Value, size_t N>
std::optional<Value> table_find(const TableEntry<Value> (&table)[N], std::string_view key) {
  const auto* end = table + N;
  const auto* it =
      std::lower_bound(table, end, key, [](const TableEntry<Value>& e, std::string_view k) { return e.key < k; });
  if (it != end && it->key == key) return it->value;
  return std::nullopt;
}

}  // namespace aa
