#include "offsets.h"

namespace aa {

uint32_t OffsetMap::units_between(uint32_t from, uint32_t to) const {
  uint32_t units = 0;
  for (uint32_t i = from; i < to; ++i) {
    auto b = static_cast<unsigned char>(text_[i]);
    if ((b & 0xC0) != 0x80) ++units;                       // every code point counts once
    if (b >= 0xF0 && unit_ == OffsetUnit::Utf16) ++units;  // and astral ones twice in UTF-16
  }
  return units;
}

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {
  if (unit_ == OffsetUnit::Byte) return;
  // Checkpoint k holds the units of text_[0, k * kStride). A checkpoint may fall inside a code point; counting
  // lead bytes (not continuation bytes) keeps it exact anyway.
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t units = 0;
  for (uint32_t k = 0; k * kStride <= text.size(); ++k) {
    checkpoints_.push_back(units);
    uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(text.size()), (k + 1) * kStride);
    units += units_between(k * kStride, end);
  }
}

uint32_t OffsetMap::convert(uint32_t byte) const {
  if (unit_ == OffsetUnit::Byte) return byte;
  uint32_t k = byte / kStride;
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
