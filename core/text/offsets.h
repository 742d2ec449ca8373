// The one offset map: byte offsets into valid UTF-8 text -> UTF-16 code units, code points or bytes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "document.h"

namespace aa {

/// Converts byte offsets of `text` to the chosen unit.
/// Requires: `text` is valid UTF-8 and outlives the map; offsets passed in lie on code-point boundaries.
/// Promises: convert(0) == 0, convert(text.size()) == length(), and for UTF-16 the result is what
/// JavaScript's String.prototype.length gives for text.substr(0, byte).
class OffsetMap {
 public:
  OffsetMap(std::string_view text, OffsetUnit unit);
  uint32_t convert(uint32_t byte) const;
  uint32_t length() const { return convert(static_cast<uint32_t>(text_.size())); }
  OffsetUnit unit() const { return unit_; }

 private:
  static constexpr uint32_t kStride = 64;  // one checkpoint every kStride bytes
  std::string_view text_;
  OffsetUnit unit_;
  std::vector<uint32_t> checkpoints_;  // units before byte i * kStride (rounded down to a code-point start)
  std::vector<bool> ascii_;            // is chunk i (bytes [i * kStride, (i + 1) * kStride)) all ASCII?
  uint32_t units_between(uint32_t from, uint32_t to) const;
  bool is_ascii(uint32_t from, uint32_t to) const;  // no byte of text_[from, to) above 0x7F
};

const char* offset_unit_name(OffsetUnit u);  // "utf16", "codepoint", "byte"

}  // namespace aa
