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

/// a < b bytewise (unsigned), as std::string_view's operator<, inline: keys of a search mostly differ in their
/// first bytes, where a call to memcmp costs more than the comparison (the more so in WebAssembly, whose memcmp
/// compares a byte at a time anyway).
inline bool bytes_less(std::string_view a, std::string_view b) {
  const size_t n = a.size() < b.size() ? a.size() : b.size();
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  return a.size() < b.size();
}

/// Binary search in a table sorted bytewise by key. Returns the value, or nothing.
template <typename Value, size_t N>
std::optional<Value> table_find(const TableEntry<Value> (&table)[N], std::string_view key) {
  const auto* end = table + N;
  const auto* it = std::lower_bound(
      table, end, key, [](const TableEntry<Value>& e, std::string_view k) { return bytes_less(e.key, k); });
  if (it != end && !bytes_less(key, it->key)) return it->value;
  return std::nullopt;
}

}  // namespace aa
