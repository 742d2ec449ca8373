// An open-addressing index from 32-bit hash keys to their position in a key array, built once when a model is
// loaded and then only read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace aa::ner {

class HashIndex {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

  /// Indexes keys[0..n). Requires: the keys are distinct.
  void build(const uint32_t* keys, size_t n) {
    size_t cap = 16;
    while (cap < n * 2) cap <<= 1;
    mask_ = static_cast<uint32_t>(cap - 1);
    slots_.assign(cap, Slot{0, kNone});
    for (size_t i = 0; i < n; ++i) {
      uint32_t s = keys[i] & mask_;
      while (slots_[s].index != kNone) s = (s + 1) & mask_;
      slots_[s] = Slot{keys[i], static_cast<uint32_t>(i)};
    }
  }

  /// The position of `key` in the indexed array, or kNone.
  uint32_t find(uint32_t key) const {
    if (slots_.empty()) return kNone;
    uint32_t s = key & mask_;
    while (true) {
      const Slot& slot = slots_[s];
      if (slot.index == kNone || slot.key == key) return slot.index;
      s = (s + 1) & mask_;
    }
  }

  size_t memory_bytes() const { return slots_.size() * sizeof(Slot); }

 private:
  struct Slot {
    uint32_t key;
    uint32_t index;
  };
  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
};

}  // namespace aa::ner
