// Names in the shapes of web text and e-mail (core/ner/web.cc). Invented text.
#include <catch2/catch.hpp>
#include <string>

#include "analyser.h"
#include "json/writers.h"

namespace {

/// The labels of every entity whose text is `text`, space-separated, or "none".
std::string labels(const aa::Document& doc, const std::string& text) {
  std::string out;
  for (const auto& e : doc.entities)
    if (doc.view(e.span) == text) out += std::string(out.empty() ? "" : " ") + aa::label_name(e.label);
  return out.empty() ? std::string("none") : out;
}

}  // namespace

TEST_CASE("web: a name written surname first before its owner's e-mail address is one PERSON", "[ner][web]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Please send the figures to \"Okafor, Grace\" <gokafor@example.org> before Friday.\n\n"
      "Copies went to \"Lindqvist , Maren\" <maren.lindqvist@example.com> as well.\n\n"
      "We met in \"Paris, Texas\" <info@example.com> last year.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels(doc, "Okafor, Grace") == "PERSON");
  CHECK(labels(doc, "Lindqvist , Maren") == "PERSON");
  CHECK(labels(doc, "Paris, Texas") == "none");  // no word of it in the address
}

TEST_CASE("web: a business named by its owner and its trade is one ORG", "[ner][web]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Ray's Pizza is just too good. Burch's Karate next door has great teachers too. Sam's restaurant review "
      "was harsh.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels(doc, "Ray's Pizza") == "ORG");
  CHECK(labels(doc, "Burch's Karate") == "ORG");
  CHECK(labels(doc, "Ray") == "none");
  CHECK(labels(doc, "Sam's restaurant") == "none");  // a lowercase trade names no business
}
