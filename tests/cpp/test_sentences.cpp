// Sentence splitting: a table of paragraphs and the sentences expected in them.
#include <catch2/catch.hpp>

#include "structure/structure.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

std::vector<std::string> sentences(const std::string& text) {
  aa::Document doc;
  doc.text = text;
  aa::structure_text(doc);
  aa::tokenize(doc);
  aa::split_sentences(doc);
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.view(s.span));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences: final punctuation and capitals", "[sentences]") {
  CHECK(sentences("One two. Three four! Five? Six") == V{"One two.", "Three four!", "Five?", "Six"});
  CHECK(sentences("It rose 3.2 percent. Then it fell.") == V{"It rose 3.2 percent.", "Then it fell."});
  CHECK(sentences("Wait... what? Yes.") == V{"Wait... what?", "Yes."});
  CHECK(sentences("Really?! No.") == V{"Really?!", "No."});
  CHECK(sentences("lower case. after a stop") == V{"lower case. after a stop"});
  CHECK(sentences("It was 1999. 2000 came.") == V{"It was 1999.", "2000 came."});
}

TEST_CASE("sentences: abbreviations and initials", "[sentences]") {
  CHECK(sentences("Mr. Smith met Dr. Jones. They talked.") == V{"Mr. Smith met Dr. Jones.", "They talked."});
  CHECK(sentences("J. R. R. Tolkien wrote it. He was British.") == V{"J. R. R. Tolkien wrote it.", "He was British."});
  CHECK(sentences("The U.S. President spoke.") == V{"The U.S. President spoke."});
  CHECK(sentences("He moved to the U.S. The next day he left.") == V{"He moved to the U.S.", "The next day he left."});
  CHECK(sentences("It was Jan. 25 when Apple Inc. said so.") == V{"It was Jan. 25 when Apple Inc. said so."});
  CHECK(sentences("He works for Apple Inc. But not for long.") == V{"He works for Apple Inc.", "But not for long."});
  CHECK(sentences("Talks at 3 p.m. on Monday, e.g. here.") == V{"Talks at 3 p.m. on Monday, e.g. here."});
  CHECK(sentences("Rep. Al Vane (D-W. Va.) said no. He left.") == V{"Rep. Al Vane (D-W. Va.) said no.", "He left."});
  // A case's "v." between its parties (was split after "v.").
  CHECK(sentences("The ruling in Hale v. Dorring was overturned. It stood.") ==
        V{"The ruling in Hale v. Dorring was overturned.", "It stood."});
  CHECK(sentences("He chose option v. Then he left.") == V{"He chose option v.", "Then he left."});
}

TEST_CASE("sentences: quotes that close after the full stop", "[sentences]") {
  CHECK(sentences("“We will do this.” He said it twice.") == V{"“We will do this.”", "He said it twice."});
  CHECK(sentences("“We will do this.” he said.") == V{"“We will do this.” he said."});
  CHECK(sentences("\"Stop!\" she shouted. Everyone stopped.") == V{"\"Stop!\" she shouted.", "Everyone stopped."});
  CHECK(sentences("He said: “Go.” “Now?” she asked.") == V{"He said: “Go.”", "“Now?” she asked."});
  CHECK(sentences("(It was late.) The end.") == V{"(It was late.)", "The end."});
}

TEST_CASE("sentences: headings and lines without final punctuation end at the line", "[sentences]") {
  CHECK(sentences("Overview\nThe report said so.\nNext steps\nMore.") ==
        V{"Overview", "The report said so.", "Next steps", "More."});
}

TEST_CASE("sentences: hard-wrapped paragraphs run across line breaks", "[sentences]") {
  std::string text =
      "The committee met on Tuesday to discuss the budget for the coming\n"
      "year and agreed that spending on roads should rise by a tenth while\n"
      "the rest stays flat. Members will vote next week.\n"
      "\n"
      "The mayor welcomed the plan and said it was fair to every district\n"
      "of the city, though critics said it favoured the centre over the\n"
      "suburbs once again.\n";
  auto s = sentences(text);
  REQUIRE(s.size() == 3);
  CHECK(s[1] == "Members will vote next week.");
  CHECK(s[0].find("coming\nyear") != std::string::npos);
}

TEST_CASE("sentences: every token in exactly one sentence, spans from tokens", "[sentences]") {
  aa::Document doc;
  doc.text = "A b. C d!\n\nE “f.” G h… i.\r\nJ";
  aa::structure_text(doc);
  aa::tokenize(doc);
  aa::split_sentences(doc);
  uint32_t next = 0;
  for (const auto& s : doc.sentences) {
    CHECK(s.first_token == next);
    CHECK(s.last_token > s.first_token);
    CHECK(s.span.begin == doc.tokens[s.first_token].span.begin);
    CHECK(s.span.end == doc.tokens[s.last_token - 1].span.end);
    next = s.last_token;
  }
  CHECK(next == doc.tokens.size());
}
