// libFuzzer target: the plain-text structure reader (line rules, dates, headline and caption finding).
// Promises checked: no crash, no sanitizer report, the text is unchanged and every span lies in it on
// code-point boundaries, in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "analyser.h"
#include "dates.h"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

bool boundary(const std::string& t, uint32_t at) {
  return at == t.size() || (at < t.size() && (static_cast<unsigned char>(t[at]) & 0xC0) != 0x80);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const aa::Analyser analyser;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  aa::Options options;
  options.input = aa::InputKind::Text;
  aa::Document doc = analyser.analyse(in, options);
  require(doc.text == aa::sanitize_utf8(in).text);
  uint32_t end = 0;
  for (const auto& b : doc.article.blocks) {
    require(b.span.begin >= end && b.span.begin <= b.span.end && b.span.end <= doc.text.size());
    require(boundary(doc.text, b.span.begin) && boundary(doc.text, b.span.end));
    end = b.span.end;
  }
  if (doc.article.date) require(doc.article.date->span.end <= doc.text.size());
  if (auto m = aa::find_date(doc.text)) require(m->begin < m->end && m->end <= doc.text.size());
  return 0;
}
