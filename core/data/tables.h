// Lookup in the data tables that tools/gen_table.py compiles from core/data/*.tsv.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
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

inline bool bytes_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

/// FNV-1a over the bytes, 32 bits: the hash of the tables' indexes (tools/gen_table.py computes the same).
inline uint32_t key_hash(std::string_view key) {
  uint32_t h = 2166136261u;
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

/// A table as tools/gen_table.py writes it: N entries sorted bytewise by key (for range searches: begin(), end()),
/// and an index for table_find: S slots (a power of two, at most half full), each 0 or 1 + the number of an entry,
/// by linear probing from key_hash(key). A lookup is then one hash and a probe or two, where a binary search took
/// eight or more unpredictable branches (per distinct word of a document, in several stages).
template <typename Value, size_t N, size_t S>
struct Table {
  static_assert(S >= 2 * N && (S & (S - 1)) == 0, "at most half full, a power of two");
  TableEntry<Value> entries[N];
  uint16_t slots[S];
  const TableEntry<Value>* begin() const { return entries; }
  const TableEntry<Value>* end() const { return entries + N; }
  static constexpr size_t size() { return N; }
};

/// The value of `key` in the table, or nothing. `hash`: key_hash(key), for a caller that looks one key up in
/// several tables (every table's index uses the same hash).
template <typename Value, size_t N, size_t S>
std::optional<Value> table_find(const Table<Value, N, S>& table, std::string_view key, uint32_t hash) {
  for (size_t s = hash & (S - 1);; s = (s + 1) & (S - 1)) {
    uint32_t i = table.slots[s];
    if (i == 0) return std::nullopt;
    const TableEntry<Value>& e = table.entries[i - 1];
    if (bytes_equal(e.key, key)) return e.value;
  }
}
template <typename Value, size_t N, size_t S>
std::optional<Value> table_find(const Table<Value, N, S>& table, std::string_view key) {
  return table_find(table, key, key_hash(key));
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
