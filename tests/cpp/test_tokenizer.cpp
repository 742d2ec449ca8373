// Tokenizer: table of input -> expected tokens ("text/Kind" joined by spaces).
#include <catch2/catch.hpp>

#include "text/tokenizer.h"

namespace {

const char* kind_name(aa::TokenKind k) {
  static const char* names[] = {"Word",  "Number", "Abbrev",   "Clitic", "Url",    "Email",
                                "Quote", "Dash",   "Ellipsis", "Punct",  "Symbol", "Other"};
  return names[static_cast<int>(k)];
}

std::string show(const std::string& s) {
  std::vector<aa::Token> toks;
  aa::tokenize(s, {0, static_cast<uint32_t>(s.size())}, 0, toks);
  std::string out;
  for (const auto& t : toks) {
    if (!out.empty()) out += ' ';
    out += s.substr(t.span.begin, t.span.size()) + "/" + kind_name(t.kind);
  }
  return out;
}

}  // namespace

TEST_CASE("tokenizer: words, numbers, money and percentages", "[tokenizer]") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"The cost: $4bn.", "The/Word cost/Word :/Punct $/Symbol 4bn/Number ./Punct"},
      {"1,000.5 units, 3.2% up", "1,000.5/Number units/Word ,/Punct 3.2/Number %/Symbol up/Word"},
      {"1,00 and 12,3456", "1/Number ,/Punct 00/Number and/Word 12/Number ,/Punct 3456/Number"},
      {"€20m or £1.5 billion", "€/Symbol 20m/Number or/Word £/Symbol 1.5/Number billion/Word"},
      {"on 2023-01-25 at 3:04", "on/Word 2023-01-25/Number at/Word 3:04/Number"},
      {"13/11/2019 and 24/7", "13/11/2019/Number and/Word 24/7/Number"},
      {"the 1990s and 3rd", "the/Word 1990s/Number and/Word 3rd/Number"},
      {"in the ’90s", "in/Word the/Word ’90s/Number"},
      {"state-of-the-art COVID-19 F-16", "state-of-the-art/Word COVID-19/Word F-16/Word"},
      {"AT&T and S&P", "AT&T/Word and/Word S&P/Word"},
      {"café naïve Zürich", "café/Word naïve/Word Zürich/Word"},
      {"e\xCC\x81t\xC3\xA9", "e\xCC\x81t\xC3\xA9/Word"},  // combining acute stays in the word
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(show(c.in) == c.out);
  }
}

TEST_CASE("tokenizer: abbreviations, initials and acronyms", "[tokenizer]") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"U.S. officials", "U.S./Abbrev officials/Word"},
      {"the U.K.", "the/Word U.K./Abbrev"},
      {"Mr. Smith and Gov. Newsom", "Mr./Abbrev Smith/Word and/Word Gov./Abbrev Newsom/Word"},
      {"Jan. 25", "Jan./Abbrev 25/Number"},
      {"J. R. R. Tolkien", "J./Abbrev R./Abbrev R./Abbrev Tolkien/Word"},
      {"e.g. this, i.e. that", "e.g./Abbrev this/Word ,/Punct i.e./Abbrev that/Word"},
      {"at 3 p.m. today", "at/Word 3/Number p.m./Abbrev today/Word"},
      {"Apple Inc. said", "Apple/Word Inc./Abbrev said/Word"},
      {"No. 5 but say no.", "No./Abbrev 5/Number but/Word say/Word no/Word ./Punct"},
      {"a gen. rule", "a/Word gen/Word ./Punct rule/Word"},  // lowercase: not the title "Gen."
      {"Ph.D. students", "Ph.D./Abbrev students/Word"},
      {"Washington, D.C. yesterday", "Washington/Word ,/Punct D.C./Abbrev yesterday/Word"},
      {"the end.", "the/Word end/Word ./Punct"},
      // a party and a state after a lawmaker's name keep the state's period, a state written out does not take one
      {"Sen. Ann Lowe (D-Minn.) said", "Sen./Abbrev Ann/Word Lowe/Word (/Punct D-Minn./Abbrev )/Punct said/Word"},
      {"Rep. Al Vane (R-N.Y.)", "Rep./Abbrev Al/Word Vane/Word (/Punct R-N.Y./Abbrev )/Punct"},
      // a two-word state written with a space ("D-W. Va."): the party's letter, a hyphen and the state's initial
      {"Rep. Al Vane (D-W. Va.) said",
       "Rep./Abbrev Al/Word Vane/Word (/Punct D-W./Abbrev Va./Abbrev )/Punct said/Word"},
      {"a d-minn. x and a co-op.", "a/Word d-minn/Word ./Punct x/Word and/Word a/Word co-op/Word ./Punct"},
      {"She moved to Texas. He stayed.", "She/Word moved/Word to/Word Texas/Word ./Punct He/Word stayed/Word ./Punct"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(show(c.in) == c.out);
  }
}

// GUM's genres (session 15): "c." (circa) before a year or a number keeps its period, as "ca." does, so that no
// sentence ends after it ("(c. 1818 – 1880)"); a lowercase letter's period elsewhere stays a full stop.
TEST_CASE("tokenizer: c. (circa) before a number is an abbreviation", "[tokenizer][gum15]") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"(c. 1818 – 1880)", "(/Punct c./Abbrev 1818/Number –/Dash 1880/Number )/Punct"},
      {"from c. 500 BC", "from/Word c./Abbrev 500/Number BC/Word"},
      {"in part c. The next", "in/Word part/Word c/Word ./Punct The/Word next/Word"},
      {"options a, b and c.", "options/Word a/Word ,/Punct b/Word and/Word c/Word ./Punct"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(show(c.in) == c.out);
  }
}

TEST_CASE("tokenizer: possessives, contractions and apostrophes", "[tokenizer]") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"China’s plan", "China/Word ’s/Clitic plan/Word"},
      {"China's plan", "China/Word 's/Clitic plan/Word"},
      {"don't can’t won't", "do/Word n't/Clitic ca/Word n’t/Clitic wo/Word n't/Clitic"},
      {"we're they’ve I'm he'd she'll",
       "we/Word 're/Clitic they/Word ’ve/Clitic I/Word 'm/Clitic he/Word 'd/Clitic "
       "she/Word 'll/Clitic"},
      {"O'Brien's", "O'Brien/Word 's/Clitic"},
      {"Qur'an o'clock y'all", "Qur'an/Word o'clock/Word y'all/Word"},
      {"the students’ union", "the/Word students/Word ’/Quote union/Word"},
      {"rock ’n’ roll", "rock/Word ’/Quote n/Word ’/Quote roll/Word"},
      {"1990's", "1990/Number 's/Clitic"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(show(c.in) == c.out);
  }
}

TEST_CASE("tokenizer: quotes, dashes, ellipses and punctuation", "[tokenizer]") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"“Yes,” he said.", "“/Quote Yes/Word ,/Punct ”/Quote he/Word said/Word ./Punct"},
      {"\"no\" 'maybe'", "\"/Quote no/Word \"/Quote '/Quote maybe/Word '/Quote"},
      {"«non» „ja“ ‘so’", "«/Quote non/Word »/Quote „/Quote ja/Word “/Quote ‘/Quote so/Word ’/Quote"},
      {"5'10\" tall", "5/Number '/Quote 10/Number \"/Quote tall/Word"},
      {"wait—what – now -- ok", "wait/Word —/Dash what/Word –/Dash now/Word --/Dash ok/Word"},
      {"well... and… so", "well/Word .../Ellipsis and/Word …/Ellipsis so/Word"},
      {"(a) [b] {c}?!", "(/Punct a/Word )/Punct [/Punct b/Word ]/Punct {/Punct c/Word }/Punct ?/Punct !/Punct"},
      {"#tag @user 50°", "#/Symbol tag/Word @/Symbol user/Word 50/Number °/Symbol"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(show(c.in) == c.out);
  }
}

TEST_CASE("tokenizer: URLs and e-mail addresses", "[tokenizer]") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"see https://example.com/a?b=1.", "see/Word https://example.com/a?b=1/Url ./Punct"},
      {"(http://x.org/wiki/A_(b))", "(/Punct http://x.org/wiki/A_(b)/Url )/Punct"},
      {"www.reuters.com, or", "www.reuters.com/Url ,/Punct or/Word"},
      {"visit bbc.co.uk now", "visit/Word bbc.co.uk/Url now/Word"},
      {"Amazon.com said", "Amazon.com/Url said/Word"},
      {"mail jane.doe@example.co.uk.", "mail/Word jane.doe@example.co.uk/Email ./Punct"},
      {"not a@b", "not/Word a/Word @/Symbol b/Word"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(show(c.in) == c.out);
  }
}

TEST_CASE("tokenizer: emoji, controls and other scripts", "[tokenizer]") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"hi 👩‍👩‍👧 🇫🇷 👍🏽!",
       "hi/Word 👩‍👩‍👧/Symbol 🇫🇷/Symbol 👍🏽/Symbol !/Punct"},
      {"北京 и Москва", "北京/Word и/Word Москва/Word"},
      {"שלום עולם", "שלום/Word עולם/Word"},
      {"bad \xEF\xBF\xBD byte", "bad/Word \xEF\xBF\xBD/Symbol byte/Word"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(show(c.in) == c.out);
  }
  // NUL and zero-width space separate tokens and belong to none.
  CHECK(show(std::string("a\0b", 3)) == std::string("a/Word b/Word"));
  CHECK(show("a\xE2\x80\x8B"
             "b") == "a/Word b/Word");
}

TEST_CASE("tokenizer: flags say where white space and line breaks are", "[tokenizer]") {
  std::string s = "A b,\nc";
  std::vector<aa::Token> toks;
  aa::tokenize(s, {0, static_cast<uint32_t>(s.size())}, 7, toks);
  REQUIRE(toks.size() == 4);
  CHECK(toks[0].flags == (aa::kSpaceBefore | aa::kNewlineBefore | aa::kSpaceAfter));
  CHECK(toks[1].flags == aa::kSpaceBefore);
  CHECK(toks[2].flags == aa::kSpaceAfter);
  CHECK(toks[3].flags == (aa::kSpaceBefore | aa::kNewlineBefore | aa::kSpaceAfter));
  for (const auto& t : toks) CHECK(t.block == 7);
}

TEST_CASE("tokenizer: a range tokenizes only inside it", "[tokenizer]") {
  std::string s = "skip this. Keep these words. skip";
  std::vector<aa::Token> toks;
  aa::tokenize(s, {11, 28}, 0, toks);
  REQUIRE(toks.size() == 4);
  CHECK(toks.front().span.begin == 11);
  CHECK(toks.back().span.end == 28);
}

TEST_CASE("tokenizer: a party designation after a lawmaker's name", "[tokenizer]") {
  for (const char* yes : {"D-Minn.", "R-Calif.", "I-Vt.", "R-Texas", "D-Ohio", "D-N.Y.", "R-W.Va.", "R-S.C.", "D-W."}) {
    CAPTURE(yes);
    CHECK(aa::is_party_designation(yes));
  }
  // other letters, no state, a state word without its period or with one it never takes, lowercase, compounds
  for (const char* no : {"X-Minn.", "D-Minn", "D-Texas.", "D-Day", "R-Rated", "D-Link", "d-minn.", "D-", "D-N.Y",
                         "D-NY.", "I-95", "F-16", "R-Abc.Def.", "D-n.y."}) {
    CAPTURE(no);
    CHECK_FALSE(aa::is_party_designation(no));
  }
}
