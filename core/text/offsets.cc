#include "text/offsets.h"

#include <cstring>

namespace aa {

namespace {

// How many of the eight bytes of m have their top bit set, for m with no other bits set (a multiplication
// sums them into the top byte; a popcount is a library call where the target has no instruction for it).
uint32_t high_bits(uint64_t m) {
  return static_cast<uint32_t>(((m >> 7) * 0x0101010101010101ull) >> 56);
}

}  // namespace

uint32_t OffsetMap::units_between(uint32_t from, uint32_t to) const {
  // Every code point counts once (its lead byte: any byte but a continuation byte 10xxxxxx), and astral ones
  // (lead byte 11110xxx or above) twice in UTF-16. Eight bytes at a time, then byte by byte.
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const bool utf16 = unit_ == OffsetUnit::Utf16;
  uint32_t units = 0;
  uint32_t i = from;
  for (; i + 8 <= to; i += 8) {
    uint64_t x;
    std::memcpy(&x, text_.data() + i, 8);
    uint64_t continuation = x & ~(x << 1) & kHigh;  // bit 7 set, bit 6 clear
    units += 8 - high_bits(continuation);
    if (utf16) units += high_bits(x & (x << 1) & (x << 2) & (x << 3) & kHigh);  // bits 7 to 4 set
  }
  for (; i < to; ++i) {
    auto b = static_cast<unsigned char>(text_[i]);
    if ((b & 0xC0) != 0x80) ++units;
    if (b >= 0xF0 && utf16) ++units;
  }
  return units;
}

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {
  if (unit_ == OffsetUnit::Byte) return;
  // Checkpoint k holds the units of text_[0, k * kStride). A checkpoint may fall inside a code point; counting
  // lead bytes (not continuation bytes) keeps it exact anyway.
  // A chunk of ASCII only (most chunks of most news) is one unit a byte: convert() then needs no count.
  checkpoints_.reserve(text.size() / kStride + 1);
  ascii_.reserve(text.size() / kStride + 1);
  uint32_t units = 0;
  for (uint32_t k = 0; k * kStride <= text.size(); ++k) {
    checkpoints_.push_back(units);
    uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(text.size()), (k + 1) * kStride);
    bool ascii = is_ascii(k * kStride, end);
    ascii_.push_back(ascii);
    units += ascii ? end - k * kStride : units_between(k * kStride, end);
  }
}

bool OffsetMap::is_ascii(uint32_t from, uint32_t to) const {
  uint64_t high = 0;
  uint32_t i = from;
  for (; i + 8 <= to; i += 8) {
    uint64_t x;
    std::memcpy(&x, text_.data() + i, 8);
    high |= x;
  }
  for (; i < to; ++i) high |= static_cast<unsigned char>(text_[i]);
  return (high & 0x8080808080808080ull) == 0;
}

uint32_t OffsetMap::convert(uint32_t byte) const {
  if (unit_ == OffsetUnit::Byte) return byte;
  uint32_t k = byte / kStride;
  if (ascii_[k]) return checkpoints_[k] + (byte - k * kStride);
  return checkpoints_[k] + units_between(k * kStride, byte);
}

const char* offset_unit_name(OffsetUnit u) {
  switch (u) {
    case OffsetUnit::Utf16: return "utf16";
    case OffsetUnit::CodePoint: return "codepoint";
    case OffsetUnit::Byte: return "byte";
  }
  return "utf16";
}

}  // namespace aa
