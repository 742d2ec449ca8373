// libFuzzer target: the plain-text structure reader (line rules, dates, headline and caption finding).
// Promises checked: no crash, no sanitizer report, the text is unchanged (but a leading BOM) and every span lies in it
// on code-point boundaries, in order.
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
  // A leading UTF-8 BOM is not part of the text (Analyser::analyse drops it, as decode_file_bytes does).
  std::string_view body = in.substr(0, 3) == "\xEF\xBB\xBF" ? in.substr(3) : in;
  require(doc.text == aa::sanitize_utf8(body).text);
  aa::fuzz::check_blocks(doc);
  if (auto m = aa::find_date(doc.text)) require(m->begin < m->end && m->end <= doc.text.size());
  return 0;
}
