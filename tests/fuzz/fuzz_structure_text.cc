// libFuzzer target: the plain-text structure reader (line rules, dates, headline and caption finding).
// Promises checked: no crash, no sanitizer report, the text is unchanged and every span lies in it on
// code-point boundaries, in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "analyser.h"
#include "fuzz_checks.h"
#include "structure/dates.h"

using aa::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const aa::Analyser analyser;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  aa::Options options;
  options.input = aa::InputKind::Text;
  aa::Document doc = analyser.analyse(in, options);
  require(doc.text == aa::sanitize_utf8(in).text);
  aa::fuzz::check_blocks(doc);
  if (auto m = aa::find_date(doc.text)) require(m->begin < m->end && m->end <= doc.text.size());
  return 0;
}
