// The line rules of the structure stage (core/structure/line_rules.h), and the cases their quick rejections must not
// change: a line's metadata found wherever it stands, after separators and invisible characters.
#include <catch2/catch.hpp>

#include "structure/dates.h"
#include "structure/line_rules.h"

namespace rules = aa::rules;

namespace {

// "begin-end/kind;" for each part of split_meta_line (kind: 0 byline, 1 date, 2 boilerplate).
std::string parts(std::string_view line) {
  std::string out;
  for (const auto& p : rules::split_meta_line(line))
    out += std::to_string(p.begin) + "-" + std::to_string(p.end) + "/" + std::to_string(int(p.kind)) + ";";
  return out;
}

}  // namespace

TEST_CASE("rules: normalizes_to is normalize(line) == normalized", "[structure]") {
  const char* lines[] = {"",
                         "  ",
                         "Read More",
                         "  Read \t MORE  ",
                         "\xEF\xBB\xBFRead\xE2\x80\x8B more",
                         "\xC3\x89mile Zola",
                         "\xC4\xB0stanbul \xE2\x84\xAA",
                         "Read more:",
                         "read mor",
                         "read  more x"};
  for (const char* a : lines) {
    for (const char* b : lines) {
      CAPTURE(a, b);
      CHECK(rules::normalizes_to(a, rules::normalize(b)) == (rules::normalize(a) == rules::normalize(b)));
    }
  }
  CHECK(rules::normalizes_to("\xC3\x89MILE  ZOLA ", "\xC3\xA9mile zola"));
  CHECK_FALSE(rules::normalizes_to("\xC3\x89MILE ZOLA", "\xC3\xA9mile zol"));
  CHECK_FALSE(rules::normalizes_to("\xC3\x89MILE ZOLA", "\xC3\xA9mile zolas"));
}

TEST_CASE("rules: metadata in one line, wherever its parts start", "[structure]") {
  // A byline that runs into a date, after a dash and a byte order mark, or after a dash alone.
  CHECK(parts("-\xEF\xBB\xBF"
              "By Jane Doe January 25, 2023") == "1-15/0;16-32/1;");
  CHECK(parts("- By Jane Doe, Reuters January 25, 2023") == "2-22/0;23-39/1;");
  CHECK(parts("\xE2\x80\x94 Written by Jane Roe 2023-01-25") == "4-23/0;24-34/1;");
  // A date that runs into a byline.
  CHECK(parts("Posted on October 3, 2022 by Dan Whitfield") == "0-25/1;26-42/0;");
  // Parts between separators.
  CHECK(parts("BY JANE DOE | JAN 25, 2023 | 5 MIN READ") == "0-11/0;14-26/1;29-39/2;");
  CHECK(parts("Ian Sample Science editor | Wed 30 Mar 2022") == "0-25/0;28-43/1;");
  // One part that is only a date, or a byline, or a sentence with a date, is no meta line.
  CHECK(parts("By:2023-01-25").empty());
  CHECK(parts("January 25, 2023").empty());
  CHECK(parts("By Jane Doe").empty());
  CHECK(parts("The council met on January 25, 2023 to vote by a show of hands.").empty());
}

TEST_CASE("rules: dates need a four-digit year; date lines, their prefix", "[structure]") {
  CHECK_FALSE(aa::find_date("Jan 25, 23").has_value());
  CHECK_FALSE(aa::find_date("12/11/202").has_value());
  auto d = aa::find_date("Updated 3:04 PM EST, Wed March 1, 2023");
  REQUIRE(d);
  CHECK(d->iso == "2023-03-01T15:04:00-05:00");
  CHECK(aa::find_date("on the 25th of January, 2023 at 10:30 a.m. ET")->iso == "2023-01-25T10:30:00-05:00");
  CHECK(aa::find_date("Thursdays are long; Wednesday 1 Jun 2023")->begin == 20);
  // The longest time and weekday before a date: its year is the 25th token (find_date looks for dates only
  // that close to a four-digit number).
  auto longest = aa::find_date("x 3:04:05.123 p.m. GMT+01:00, at Wed., 25th of January., 2023 y");
  REQUIRE(longest);
  CHECK(longest->begin == 2);
  CHECK(longest->end == 61);
  CHECK(longest->iso == "2023-01-25T15:04:05+01:00");
  CHECK_FALSE(aa::find_date("3:04:05.123 p.m. GMT+01:00, at Wed., 25th of January., the 2023").has_value());
  CHECK(rules::date_line("Published on 25 Jan 2023").has_value());
  CHECK_FALSE(rules::date_line("Kept on 25 Jan 2023").has_value());
  CHECK(rules::date_line(" \xE2\x80\x94 25 Jan 2023 | 5 min read")->begin == 5);
  // A time of day after the date, as sites write it.
  CHECK(rules::date_line("04.05.2015 \xC3\xA0 13h36").has_value());
  CHECK(rules::date_line("25 Jan 2023 at 9:36 pm").has_value());
  CHECK(rules::date_line("25 Jan 2023 13:36 CET").has_value());
  CHECK_FALSE(rules::date_line("25 Jan 2023 at the town hall").has_value());
  CHECK_FALSE(rules::date_line("25 Jan 2023 13 people died").has_value());
}

TEST_CASE("rules: prefixes of bylines, credits, captions and debris", "[structure]") {
  CHECK(rules::agency_only("By The Associated Press"));
  CHECK(rules::agency_only(" AFP"));
  CHECK_FALSE(rules::agency_only("By Jane Doe, AFP"));
  CHECK_FALSE(rules::agency_only("By Jane Doe"));
  CHECK(rules::is_byline("By Jane Doe and John Roe, Reuters"));
  CHECK(rules::is_byline("Written by Jane Doe"));
  CHECK(
      rules::is_byline("\xEF\xBB\xBF"
                       "By Jane Doe"));
  CHECK_FALSE(rules::is_byline("Bystanders Jane Doe"));
  CHECK_FALSE(rules::is_byline("By the river"));
  CHECK(rules::is_credit("Photo: AP"));
  CHECK(rules::is_credit("IMAGE SOURCE: KREMLIN VIA REUTERS"));
  CHECK(rules::is_credit("AFP via Getty Images"));
  CHECK(rules::is_credit("(AP Photo/Evan Vucci)"));
  CHECK_FALSE(rules::is_credit("Photo: A crowd gathers in the square of Kyiv."));
  CHECK_FALSE(rules::is_credit("see http://example.com/a/b"));
  CHECK(rules::trailing_credit("Putin in Brasilia on Monday. Photo: AP") == size_t{29});
  CHECK(rules::has_caption_prefix("Image caption, Putin in Brasilia"));
  CHECK(
      rules::has_caption_prefix("\xE2\x80\x8B"
                                "Caption: Putin"));
  CHECK_FALSE(rules::has_caption_prefix("Caption:"));
  CHECK(rules::is_boilerplate("Read more: the council's budget"));
  CHECK(rules::is_boilerplate("Facebook Twitter Email"));
  CHECK(rules::is_boilerplate("Share"));
  CHECK(rules::is_boilerplate("Facebook"));
  CHECK_FALSE(rules::is_boilerplate("Sport"));
  CHECK(rules::is_boilerplate("Home | World | Politics"));
  CHECK(rules::is_boilerplate("Advertisement \xC2\xB7 Scroll to continue"));
  CHECK_FALSE(rules::is_boilerplate("Home|World|Politics of the day, and what it means for you."));
  CHECK(rules::is_boilerplate("!-- Google tag (gtag.js) -->"));
  CHECK(rules::is_boilerplate("<div class=ad></div>"));
  CHECK_FALSE(rules::is_boilerplate("The council met <img src=x> today to vote on the budget"));
  CHECK(rules::is_boilerplate("5 min read"));
  CHECK(rules::is_boilerplate("1 of 12"));
}

TEST_CASE("rules: a byline without 'By': names, then a journalist's role", "[structure]") {
  // Invented names. Plain text copied from a news site often sets the reporter's name and desk under the headline.
  CHECK(rules::is_named_role_byline("Morwenna Tillett, Environment Reporter"));
  CHECK(rules::is_named_role_byline("Dev Amin | Political Editor"));
  CHECK(rules::is_named_role_byline("Ana Ruiz, Staff Writer"));
  CHECK_FALSE(rules::is_named_role_byline("Ana Ruiz, Senior Analyst"));            // a quoted expert's line
  CHECK_FALSE(rules::is_named_role_byline("Reporter, Environment Reporter"));      // no name
  CHECK_FALSE(rules::is_named_role_byline("Morwenna Tillett said the Reporter"));  // a sentence
  CHECK_FALSE(rules::is_named_role_byline("Tillett, Environment Reporter"));       // one word is no full name
  CHECK(rules::is_named_role_byline("Ines Marwood, Health Editor"));               // a desk's word in the role
  CHECK_FALSE(rules::is_named_role_byline("Ines Marwood, Health Minister"));       // no journalist's job
  // The names end at the first separator of any kind; only a comma's role may be an agency.
  CHECK(rules::is_named_role_byline("Dev Amin / Political Editor"));
  CHECK(rules::is_named_role_byline("Dev Amin \xC2\xB7 Political Editor"));
  CHECK(rules::is_named_role_byline("Dev Amin \xE2\x80\xA2 Political Editor"));
  CHECK_FALSE(rules::is_named_role_byline("Dev Amin Political Editor"));              // no separator
  CHECK_FALSE(rules::is_named_role_byline("Dev Amin | Oslo, Political Editor"));      // the names end at the bar
  CHECK_FALSE(rules::is_named_role_byline("Dev Amin and Oslo, | Political Editor"));  // ... or at the comma before it
  CHECK(rules::is_named_role_byline("Dev Amin, Reuters"));
  CHECK_FALSE(rules::is_named_role_byline("Dev Amin | Reuters"));
}

TEST_CASE("rules: a day named relative to today, alone or with a time", "[structure]") {
  CHECK(rules::is_relative_day_line("Today"));
  CHECK(rules::is_relative_day_line("Yesterday, 10:15"));
  CHECK(rules::is_relative_day_line("gestern"));
  CHECK(rules::is_relative_day_line("Friday at 8:00 am"));
  CHECK_FALSE(rules::is_relative_day_line("Friday Harbour news"));
  CHECK_FALSE(rules::is_relative_day_line("Today the board voted"));
}

TEST_CASE("rules: a byline without 'By': a journalist's role, then the names", "[structure]") {
  // Invented names.
  CHECK(rules::is_role_name_byline("Health Correspondent Ines Marwood"));
  CHECK(rules::is_role_name_byline("Chief Political Correspondent Ines Marwood"));
  CHECK(rules::is_role_name_byline("Editor Tobiah Fenn"));
  CHECK_FALSE(rules::is_role_name_byline("Harbour Master Tobiah Fenn"));              // an official's title
  CHECK_FALSE(rules::is_role_name_byline("Health Correspondent"));                    // no name
  CHECK_FALSE(rules::is_role_name_byline("Health Correspondent Ines Marwood said"));  // a sentence
  CHECK_FALSE(rules::is_role_name_byline("Local News Ines Marwood"));                 // a desk is no job
}

TEST_CASE("rules: a wire credit line's reporters, without places, writers or editors", "[structure]") {
  // Invented names.
  CHECK(rules::reporting_names("Reporting by Tove Lindahl; Editing by Ines Vale") == "Tove Lindahl");
  CHECK(rules::reporting_names("Reporting by Tove Lindahl in Lisbon and Bram Okafor in Porto; Editing by Ines Vale") ==
        "Tove Lindahl and Bram Okafor");
  CHECK(rules::reporting_names("(Reporting by Tove Lindahl, Bram Okafor; Additional reporting by Ines Vale; Writing by "
                               "Ola Berge; Editing by Kari Sand)") == "Tove Lindahl, Bram Okafor and Ines Vale");
  CHECK(rules::reporting_names("Editing by Ines Vale; Reporting by Tove Lindahl").empty());  // opens with the editor
  CHECK(rules::reporting_names("Reporting by the council's own staff was late").empty());    // no name
  CHECK(rules::reporting_names("The council voted on Tuesday to close the library").empty());
}

TEST_CASE("rules: an editor's label right before a name", "[structure]") {
  CHECK(rules::after_editor_label("Photos by Ola Berge. Edited by "));
  CHECK(rules::after_editor_label("[Editor: "));
  CHECK(rules::after_editor_label(
      "\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91\xEF\xBC\x9A"));
  CHECK_FALSE(rules::after_editor_label("Political Editor "));  // a title in a byline: "editor" needs its colon
  CHECK_FALSE(rules::after_editor_label("By "));
  CHECK_FALSE(rules::after_editor_label(""));
}

// has_digit reads eight bytes at a time (a borrow trick): the same answer as a plain loop over the bytes, for every
// byte value at every position of a run longer than one word, and for random strings of every length up to 40.
TEST_CASE("line rules: has_digit agrees with a plain loop over the bytes", "[structure][rules]") {
  auto plain = [](std::string_view s) {
    for (char c : s)
      if (c >= '0' && c <= '9') return true;
    return false;
  };
  for (size_t len = 1; len <= 17; ++len)
    for (size_t at = 0; at < len; ++at)
      for (int v = 0; v < 256; ++v) {
        std::string s(len, 'a');
        s[at] = static_cast<char>(v);
        INFO("len " << len << " at " << at << " byte " << v);
        REQUIRE(aa::rules::has_digit(s) == plain(s));
        std::string t(len, static_cast<char>(0xFF));  // high bytes around the byte
        t[at] = static_cast<char>(v);
        REQUIRE(aa::rules::has_digit(t) == plain(t));
      }
  uint32_t state = 12345;
  auto next = [&] { return state = state * 1664525u + 1013904223u; };
  for (int n = 0; n < 200000; ++n) {
    std::string s(next() % 41, ' ');
    for (char& c : s) c = static_cast<char>(next() >> 24);
    REQUIRE(aa::rules::has_digit(s) == plain(s));
  }
  CHECK(aa::rules::has_digit("no digits here at all, none") == false);
  CHECK(aa::rules::has_digit("published 2015") == true);
}

// word_count_at_most stops at its cap: the same answer as word_count capped, for invented lines of every kind of
// word (ASCII, accented, other scripts, digits, punctuation between) and every cap up to past their word count.
TEST_CASE("line rules: word_count_at_most agrees with word_count capped", "[structure][rules]") {
  const std::vector<std::string> lines = {
      "",
      "   ",
      "Harbour",
      "The ferry to Tollan Quay left at 9.40, an hour late, said the operator.",
      "Zoë Brännström-Ødegaard, 34, of Nørrevik",
      "— , ; : ...",
      "a.b.c.d e-f g'h",
      "\xE6\x9D\xB1\xE4\xBA\xAC 2024 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 news",
      "Photo: Wenna Pascoe/Loftus Pictures",
      "1 of 12",
  };
  for (const std::string& line : lines)
    for (int cap = 1; cap <= 20; ++cap) {
      INFO(line << " cap " << cap);
      REQUIRE(aa::rules::word_count_at_most(line, cap) == std::min(aa::rules::word_count(line), cap));
    }
  // Random bytes of valid and invalid UTF-8 alike: a word's end never depends on what follows the cap.
  uint32_t state = 777;
  auto next = [&] { return state = state * 1664525u + 1013904223u; };
  const char alphabet[] = {'a', 'Z', '7', ' ', ',', '-', '\xC3', '\xA9', '\xE2', '\x80', '\x94'};
  for (int n = 0; n < 20000; ++n) {
    std::string s(next() % 60, ' ');
    for (char& c : s) c = alphabet[(next() >> 24) % sizeof alphabet];
    int cap = 1 + static_cast<int>((next() >> 24) % 12);
    REQUIRE(aa::rules::word_count_at_most(s, cap) == std::min(aa::rules::word_count(s), cap));
  }
}

// A credit ends with an agency's or a picture library's name in any case; the test of its last byte that spares the
// normalising of other lines keeps every such line (and the lines that end otherwise are none).
TEST_CASE("line rules: credits that end with an agency's name, in any case", "[structure][rules]") {
  for (const char* line : {"Kestrel Ward/Getty Images", "KESTREL WARD/GETTY IMAGES", "Harbour Trust via Reuters",
                           "HARBOUR TRUST VIA AP", "Port Authority via AFP", "Tamsin Vale/Shutterstock",
                           "Tamsin Vale/Alamy", "Tamsin Vale/iStock", "Orla Penhale/EPA-EFE"})
    CHECK(aa::rules::is_credit(line));
  CHECK(aa::rules::is_credit("Tamsin Vale via Getty Images"));
  CHECK_FALSE(aa::rules::is_credit("Tamsin Vale via Getty Images."));
  CHECK_FALSE(aa::rules::is_credit("The ferry left via Gull Point"));
}

// normalize lowercases a line of ASCII with single spaces at once: the same string as its reference, code point by
// code point, for invented lines and random ones of ASCII letters, white space of every kind and other scripts.
TEST_CASE("line rules: normalize agrees with its plain reference", "[structure][rules]") {
  for (const char* line : {"", " ", "Harbour Board", "  Harbour   Board ", "HARBOUR\tBOARD", "Read more: Tide tables",
                           "Zo\xC3\xAB Br\xC3\xA4nnstr\xC3\xB6m",
                           "A\xC2\xA0"
                           "B",
                           "x\r\ny", "[AT 9:40] \"QUAY\" @ ~5%",
                           "\x01\x1F"
                           "Z"}) {
    INFO(line);
    REQUIRE(aa::rules::normalize(line) == aa::rules::normalize_plain(line));
  }
  CHECK(aa::rules::normalize("Read More: TIDE") == "read more: tide");
  uint32_t state = 4242;
  auto next = [&] { return state = state * 1664525u + 1013904223u; };
  const std::vector<std::string> pieces = {"a",
                                           "Q",
                                           "z",
                                           "Z",
                                           "@",
                                           "[",
                                           "`",
                                           "{",
                                           "0",
                                           ":",
                                           " ",
                                           " ",
                                           " ",
                                           "\t",
                                           "\n",
                                           "\x0B",
                                           "\x0C",
                                           "\r",
                                           "\x1F",
                                           "\x7F",
                                           "\xC3\x89",
                                           "\xC2\xA0",
                                           "\xE2\x80\x8B",
                                           "\xEF\xBB\xBF",
                                           "\xE2\x80\x94"};
  for (int n = 0; n < 50000; ++n) {
    std::string s;
    const size_t len = next() % 30;
    for (size_t i = 0; i < len; ++i) s += pieces[(next() >> 20) % (next() % 4 == 0 ? pieces.size() : 10)];
    INFO(s);
    REQUIRE(aa::rules::normalize(s) == aa::rules::normalize_plain(s));
  }
}

// is_boilerplate rejects a short line of many words before normalising it: the same answer as its reference without
// that rejection, for invented lines of stock phrases, counters, separators and prose, and random ones of 10 to 40
// words drawn from them with invisible characters, dashes and non-ASCII spaces between.
TEST_CASE("line rules: is_boilerplate agrees with its plain reference", "[structure][rules]") {
  for (const char* line :
       {"Advertisement", "Share this article", "Facebook Twitter Email", "Home | World | Politics | Sport | Weather",
        "5 min read", "3 of 12", "Published 3 hours ago", "12 comments", "Page 1 of 2 Next",
        "Copyright 2026 The Harbour Gazette. All rights reserved.",
        "All rights reserved by the harbour board and its many partners in the region of the coast.",
        "The harbour board said on Tuesday that the new ferry would run twice a day from the spring onwards.",
        "Tide tables \xC2\xB7 Ferry times \xC2\xB7 Harbour news \xC2\xB7 Weather \xC2\xB7 Parking \xC2\xB7 Contact",
        "a - b - c - d - e - f - g - h - i - j - k - l - m - n - o - p - q - r - s"}) {
    INFO(line);
    REQUIRE(aa::rules::is_boilerplate(line) == aa::rules::is_boilerplate_plain(line));
  }
  CHECK(aa::rules::is_boilerplate("Home | World | Politics | Sport | Weather"));
  // The longest lines the short tests take: 15 words after "Copyright", 12 with "all rights reserved" or of share and
  // navigation words; one word more is prose.
  const char* longest[] = {"Copyright 2026 The Harbour Gazette and the Ferry Board of the county and its partners",
                           "Copyright 2026 the Harbour Board said its partners in the county kept all the rights",
                           "All rights reserved by the Harbour Gazette and the Ferry Board today",
                           "Home News Sport Weather Facebook Twitter Email Home News Sport Weather Email"};
  for (const char* line : longest) {
    INFO(line);
    CHECK(aa::rules::is_boilerplate_plain(line));
    CHECK(aa::rules::is_boilerplate(line));
    const std::string more = std::string(line) + " too";
    CHECK(aa::rules::is_boilerplate(more) == aa::rules::is_boilerplate_plain(more));
  }
  CHECK_FALSE(aa::rules::is_boilerplate(
      "The harbour board said on Tuesday that the new ferry would run twice a day from the spring onwards."));
  uint32_t state = 1818;
  auto next = [&] { return state = state * 1664525u + 1013904223u; };
  const std::vector<std::string> words = {"advertisement",
                                          "share",
                                          "this",
                                          "article",
                                          "Facebook",
                                          "Twitter",
                                          "Email",
                                          "Home",
                                          "News",
                                          "min",
                                          "read",
                                          "3",
                                          "of",
                                          "12",
                                          "ago",
                                          "hours",
                                          "page",
                                          "Next",
                                          "copyright",
                                          "2026",
                                          "all",
                                          "rights",
                                          "reserved",
                                          "\xC2\xA9",
                                          "|",
                                          "\xC2\xB7",
                                          "\xE2\x80\x94",
                                          "-",
                                          "/",
                                          "ferry",
                                          "harbour",
                                          "said",
                                          "the",
                                          "board",
                                          "comments",
                                          "A.",
                                          "\xE2\x80\x8B",
                                          "\xC3\x89mile",
                                          "\xEF\xBB\xBF",
                                          ">>",
                                          "continue",
                                          "reading",
                                          "main",
                                          "story"};
  const std::vector<std::string> gaps = {" ", " ", " ", "  ", "\t", "\xC2\xA0", "\xE2\x80\x8B", ""};
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const size_t count = n < 10000 ? 1 + next() % 24 : 10 + next() % 30;
    for (size_t i = 0; i < count; ++i) {
      if (i > 0) s += gaps[(next() >> 16) % gaps.size()];
      s += words[(next() >> 16) % words.size()];
    }
    INFO(s);
    REQUIRE(aa::rules::is_boilerplate(s) == aa::rules::is_boilerplate_plain(s));
  }
}

// trim returns a line that starts and ends with a printable ASCII character at once: the same view as its reference,
// code point by code point, for invented lines and random ones with white space of every kind at their ends.
TEST_CASE("line rules: trim agrees with its plain reference", "[structure][rules]") {
  for (const char* line : {"", " ", "Harbour Board", "  Harbour Board ", "\tQuay\r\n", "\xC2\xA0Quay\xE2\x80\x8B",
                           "\xEF\xBB\xBFQuay\xE2\x80\xA8", "~Quay~", "\x7FQuay", "Quay\xC2\x85"}) {
    INFO(line);
    REQUIRE(aa::rules::trim(line) == aa::rules::trim_plain(line));
    REQUIRE(aa::rules::trim(line).data() == aa::rules::trim_plain(line).data());
  }
  CHECK(aa::rules::trim(" \xC2\xA0Harbour Board\t") == "Harbour Board");
  uint32_t state = 2424;
  auto next = [&] { return state = state * 1664525u + 1013904223u; };
  const std::vector<std::string> pieces = {"a",
                                           "Q",
                                           "!",
                                           "~",
                                           "0",
                                           " ",
                                           "\t",
                                           "\n",
                                           "\x0B",
                                           "\x0C",
                                           "\r",
                                           "\x1F",
                                           "\x7F",
                                           "\x80",
                                           "\xC3",
                                           "\xC3\x89",
                                           "\xC2\xA0",
                                           "\xC2\x85",
                                           "\xE2\x80\x8B",
                                           "\xE2\x80\xA8",
                                           "\xE3\x80\x80",
                                           "\xEF\xBB\xBF",
                                           "\xE2\x80\x94"};
  for (int n = 0; n < 50000; ++n) {
    std::string s;
    const size_t len = next() % 8;
    for (size_t i = 0; i < len; ++i) s += pieces[(next() >> 20) % pieces.size()];
    INFO(s);
    const std::string_view fast = aa::rules::trim(s), plain = aa::rules::trim_plain(s);
    REQUIRE(fast == plain);
    REQUIRE(fast.data() == plain.data());
  }
}

// The last clause of a sentence is no credit; a credit phrase or an agency's slash before a full stop still is one.
TEST_CASE("line rules: a clause that ends with a full stop is a credit only after a credit phrase or with a slash",
          "[structure][rules]") {
  CHECK_FALSE(aa::rules::is_credit("officials said."));
  CHECK_FALSE(aa::rules::is_credit("Tamsin Vale via Reuters."));
  CHECK(aa::rules::is_credit("Photo: Harbour Trust."));
  CHECK(aa::rules::is_credit("HARBOUR TRUST/Tamsin Vale."));
  CHECK(aa::rules::is_credit("(Photo: Harbour Trust.)"));
  CHECK(aa::rules::trailing_credit("The ferry left Gull Point at dawn, officials said.") == std::nullopt);
}
