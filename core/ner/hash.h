// Feature and phrase hashing for the entity tagger: 32-bit, platform-independent (plain uint32_t arithmetic, so
// the native build, the WASM build and the trainer compute the same values).
#pragma once

#include <cstdint>
#include <string_view>

namespace aa::ner {

/// MurmurHash3's finaliser: a bijective mix of 32 bits.
constexpr uint32_t mix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}

/// FNV-1a over the bytes of `s`, continued from `h`, then mixed.
constexpr uint32_t hash_bytes(std::string_view s, uint32_t h = 0x811C9DC5u) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x01000193u;
  }
  return mix32(h);
}

/// Combines a hash with another value (order matters).
constexpr uint32_t hash_combine(uint32_t h, uint32_t v) {
  return mix32(h ^ (v + 0x9E3779B9u + (h << 6) + (h >> 2)));
}

/// The hash of a feature: template id and up to two values.
constexpr uint32_t feature_hash(uint32_t templ, uint32_t a) {
  return hash_combine(mix32(templ * 0x9E3779B1u + 0x7F4A7C15u), a);
}
constexpr uint32_t feature_hash(uint32_t templ, uint32_t a, uint32_t b) {
  return hash_combine(feature_hash(templ, a), b);
}

/// splitmix64: advances `state` and returns the next of a fully specified 64-bit sequence (std:: distributions
/// differ between libraries), for the trainer's shuffles and the tests' repeatable random cases.
constexpr uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/// Phrase hashing for the gazetteers: start with kPhraseSeed, then phrase_step once per normalised token.
constexpr uint32_t kPhraseSeed = 0x2545F491u;
constexpr uint32_t phrase_step(uint32_t h, uint32_t token_hash) {
  return hash_combine(h, token_hash);
}

}  // namespace aa::ner
