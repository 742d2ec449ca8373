// Input decoding: turns whatever bytes arrive into valid UTF-8 text without losing anything.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace aa {

/// Thrown for input that cannot be analysed at all (binary data, input too large). The message is one line.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Largest input accepted, in bytes (after decoding). Larger input throws InputError.
constexpr size_t kMaxInputBytes = 256u << 20;

/// The InputError message for input of `bytes` bytes over kMaxInputBytes ("more than" when a stream was cut
/// there), in exact bytes and the limit also in MiB.
std::string input_too_large_message(size_t bytes, bool at_least);

struct DecodedText {
  std::string text;               // valid UTF-8
  std::vector<Warning> warnings;  // spans index `text`
};

/// Makes `bytes` valid UTF-8: every maximal ill-formed subsequence (as the WHATWG/Unicode decoders define it,
/// so the result equals what TextDecoder gives) becomes U+FFFD, with an "invalid-utf8" warning at its place
/// (the first 100 individually, then one summary). Everything else, NUL bytes and CR included, is kept as is.
/// Encoded surrogates (WTF-8 from lone JS surrogates) are ill-formed and become one U+FFFD each, which keeps
/// UTF-16 offsets equal to those of the original JS string.
DecodedText sanitize_utf8(std::string_view bytes);

/// Decodes the bytes of a file: a UTF-16 BOM (LE or BE) decodes UTF-16 (with a "utf16-decoded" warning);
/// a UTF-8 BOM is dropped, as TextDecoder does; a UTF-32 BOM is refused (InputError); then sanitize_utf8.
/// Throws InputError when the bytes are not text: more than 10% of the first 64 KiB are ill-formed UTF-8 or
/// control characters other than tab, line breaks and form feed (NUL bytes in text are fine in moderation).
DecodedText decode_file_bytes(std::string_view bytes);

}  // namespace aa
