// Lookup in the data tables that tools/gen_table.py compiles from core/data/*.tsv.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace aa {

template <typename Value>
struct TableEntry {
  std::string_view key;
  Value value;
};

/// The hash of the tables' index: 32-bit FNV-1a over the key's bytes (tools/gen_table.py computes the same).
inline uint32_t table_hash(std::string_view key) {
  uint32_t h = 2166136261u;
  for (unsigned char c : key) h = (h ^ c) * 16777619u;
  return h;
}

/// A compiled table: N entries sorted bytewise by key (iterate them, or binary-search them for prefixes), and an
/// open-addressing index of S slots (a power of two, at least 2N) for exact lookups: slot table_hash(key) &
/// (S - 1), then the next ones, hold entry index + 1 until a 0. A lookup is one hash and about one comparison,
/// where a binary search made eight or more (the lookups are in the hot loops of every stage).
template <typename Value, size_t N, size_t S>
struct Table {
  static_assert(S >= 2 * N && (S & (S - 1)) == 0, "the index needs a power of two of at least 2N slots");
  TableEntry<Value> entries[N];
  uint32_t slots[S];

  const TableEntry<Value>* begin() const { return entries; }
  const TableEntry<Value>* end() const { return entries + N; }
  static constexpr size_t size() { return N; }
};

/// The value of `key` in the table, or nothing.
template <typename Value, size_t N, size_t S>
std::optional<Value> table_find(const Table<Value, N, S>& table, std::string_view key) {
  for (size_t i = table_hash(key) & (S - 1);; i = (i + 1) & (S - 1)) {
    uint32_t e = table.slots[i];
    if (e == 0) return std::nullopt;
    const TableEntry<Value>& entry = table.entries[e - 1];
    if (entry.key == key) return entry.value;
  }
}

}  // namespace aa
