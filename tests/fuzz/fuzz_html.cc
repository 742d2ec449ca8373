// libFuzzer target: the HTML path (tokenizer, tree building, article finder) on any bytes.
// Promises checked: no crash, no sanitizer report, and the result is consistent: valid UTF-8 text, every span
// inside it on code-point boundaries, blocks in order, the JSON writer accepts it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "analyser.h"
#include "fuzz_checks.h"
#include "structure/html_tokenizer.h"

using aa::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const aa::Analyser analyser;
  std::string_view in(reinterpret_cast<const char*>(data), size);

  // The tokenizer alone: it always makes progress and ends.
  aa::html::Tokenizer tz(in);
  aa::html::Token tok;
  size_t last = 0, n = 0;
  while (tz.next(tok)) {
    require(tz.position() >= last && ++n <= size + 1);
    last = tz.position();
  }

  aa::Options options;
  options.input = aa::InputKind::Html;
  aa::Document doc = analyser.analyse(in, options);
  aa::fuzz::check_blocks(doc);
  if (doc.article.date) require(!doc.article.date->iso.empty());
  require(aa::sanitize_utf8(doc.text).warnings.empty());
  std::string json = aa::to_json(doc, aa::OffsetUnit::Utf16);
  require(!json.empty());
  return 0;
}
