// The quotation stage: quotation marks, kinds, speakers, warnings, cluster counts, and the golden cases of
// tests/golden/quotes/cases.txt.
#include <catch2/catch.hpp>
#include <chrono>

#include "analyser.h"
#include "prepare.h"
#include "quote_cases.h"
#include "quotes/context.h"
#include "quotes/marks.h"
#include "quotes/quotes.h"
#include "text/unicode.h"

namespace {

using aa::Document;
using aa::Quote;
using aa::QuoteKind;

// A tokenized document of `text` (plain text, one block a line), before the quotation stage.
using aa::test::prepare;

// Tags every occurrence of each given substring as an entity of `label`; the same string is one cluster whose
// canonical name is `name` (the string itself when empty).
void tag(Document& doc, const std::string& what, aa::Label label = aa::Label::Person, const std::string& name = "") {
  std::vector<aa::golden::TaggedEntity> tags;
  for (size_t at = doc.text.find(what); at != std::string::npos; at = doc.text.find(what, at + what.size())) {
    aa::golden::TaggedEntity e;
    e.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
    e.label = label;
    e.canonical = name.empty() ? what : name;
    tags.push_back(e);
  }
  // Entities must stay in text order across calls.
  aa::golden::add_entities(doc, tags);
  std::vector<size_t> order(doc.entities.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return doc.entities[a].span.begin < doc.entities[b].span.begin; });
  std::vector<aa::Entity> sorted;
  std::vector<uint32_t> where(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    where[order[i]] = static_cast<uint32_t>(i);
    sorted.push_back(doc.entities[order[i]]);
  }
  doc.entities = sorted;
  for (auto& c : doc.clusters) {
    for (auto& m : c.mentions) m = where[m];
    std::sort(c.mentions.begin(), c.mentions.end());
  }
}

std::vector<std::string> described(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& q : doc.quotes) out.push_back(aa::golden::describe(doc, q));
  return out;
}

std::vector<aa::quotes::MarkRole> roles_of_marks(const Document& doc, const aa::quotes::MarkPairing& p) {
  std::vector<aa::quotes::MarkRole> out;
  for (size_t t = 0; t < doc.tokens.size(); ++t)
    if (doc.tokens[t].kind == aa::TokenKind::Quote) out.push_back(p.roles[t]);
  return out;
}

}  // namespace

TEST_CASE("quotation marks: pairs, nesting, apostrophes and primes", "[quotes]") {
  using R = aa::quotes::MarkRole;
  struct Case {
    std::string text;
    std::vector<R> roles;  // of the quote-mark tokens, in order
    size_t quotes;
  };
  std::vector<Case> cases = {
      {"“He said ‘no’ twice.”", {R::Open, R::Open, R::Close, R::Close}, 1},
      {"\"It's 'fine',\" she said.", {R::Open, R::Open, R::Close, R::Close}, 1},
      {"rock ’n’ roll", {R::Apostrophe, R::Apostrophe}, 0},
      {"rock 'n' roll", {R::Apostrophe, R::Apostrophe}, 0},
      {"the students’ union", {R::Apostrophe}, 0},
      {"give ’em hell", {R::Apostrophe}, 0},
      {"He is 5'10\" tall.", {R::Prime, R::Prime}, 0},
      {"„Ja“, sagte er.", {R::Open, R::Close}, 1},
      {"»Ja«, sagte er.", {R::Open, R::Close}, 1},
      {"« Oui », dit-il.", {R::Open, R::Close}, 1},
      {"‘The students’ union decides,’ she said.", {R::Open, R::Apostrophe, R::Close}, 1},
      {"“Open and never closed", {R::Unbalanced}, 0},
      {"closed and never opened” here", {R::Unbalanced}, 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    Document doc = prepare(c.text);
    auto p = aa::quotes::pair_quote_marks(doc);
    CHECK(roles_of_marks(doc, p) == c.roles);
    CHECK(p.quotes.size() == c.quotes);
  }
}

TEST_CASE("quotation marks: a quotation continues over paragraphs that reopen it", "[quotes]") {
  Document doc = prepare("“One.\n“Two.\n“Three,” she said.\nAfter.");
  auto p = aa::quotes::pair_quote_marks(doc);
  REQUIRE(p.quotes.size() == 1);
  CHECK(p.quotes[0].multi_block);
  CHECK(doc.tokens[p.quotes[0].close].block == 2);
  CHECK(p.warnings.empty());
  // A paragraph that does not reopen ends it: the opening mark is unbalanced.
  Document broken = prepare("“One.\nTwo, she said.");
  auto q = aa::quotes::pair_quote_marks(broken);
  CHECK(q.quotes.empty());
  REQUIRE(q.warnings.size() == 1);
  CHECK(q.warnings[0].span.begin == 0);
}

TEST_CASE("quotation marks: a quotation in paragraphs per sentence closes with a wrong-facing mark", "[quotes]") {
  // News feeds converted mark by mark: opened straight, closed with “ after a comma or full stop.
  Document glued = prepare("\"We have tents, “the governor said.");
  auto g = aa::quotes::pair_quote_marks(glued);
  REQUIRE(g.quotes.size() == 1);
  CHECK(g.warnings.empty());
  // Over paragraphs with no marks, ended by “ at the end of a paragraph.
  Document runs = prepare("\"He has common sense.\nThey took him for no reason. “\nAfter.");
  auto r = aa::quotes::pair_quote_marks(runs);
  REQUIRE(r.quotes.size() == 1);
  CHECK(runs.tokens[r.quotes[0].close].block == 1);
  // Opened straight, then paragraphs with no marks, closed by a “ glued to the next word.
  Document glued_later = prepare("\"The people are real.\nThey are proud.\nThey are too poor, “she said.\nAfter.");
  auto gl = aa::quotes::pair_quote_marks(glued_later);
  REQUIRE(gl.quotes.size() == 1);
  CHECK(glued_later.tokens[gl.quotes[0].close].block == 2);
  CHECK(gl.warnings.empty());
  // A paragraph inside it that opens with a nested single mark does not end it.
  Document nested_para = prepare("“I would not go.\nHe scolded me,\n'You will be sorry.'\nI was not.”\nAfter.");
  auto np = aa::quotes::pair_quote_marks(nested_para);
  REQUIRE(np.quotes.size() == 1);
  CHECK(nested_para.tokens[np.quotes[0].close].block == 3);
  // A paragraph with no marks, then one that reopens the quotation and closes it: one quote.
  Document reopened = prepare("“One thing for me.\nWe had a game.\n“Whenever it happened, I was thrilled.”\nAfter.");
  auto o = aa::quotes::pair_quote_marks(reopened);
  REQUIRE(o.quotes.size() == 1);
  CHECK(reopened.tokens[o.quotes[0].open].block == 0);
  CHECK(reopened.tokens[o.quotes[0].close].block == 2);
  // Curly both ways, a “ glued to the next word closes when a speech verb follows.
  Document curly_cue = prepare("“Dad is ready to step in, “DiLeo said.\n“This caught us by surprise.”");
  auto cc = aa::quotes::pair_quote_marks(curly_cue);
  REQUIRE(cc.quotes.size() == 2);
  CHECK(curly_cue.tokens[cc.quotes[0].close].block == 0);
  CHECK(cc.warnings.empty());
  // Curly both ways, a “ glued to the next word after a comma still opens a nested quotation.
  Document nested = prepare("“He told me, “go,” and left,” she said.");
  auto n = aa::quotes::pair_quote_marks(nested);
  REQUIRE(n.quotes.size() == 1);
  CHECK(n.quotes[0].close + 4 == nested.tokens.size());  // the ” before "she said ."
}

TEST_CASE("quotes: spans, speakers and cues of a short article", "[quotes]") {
  Document doc = prepare(
      "US State Department spokesperson Ned Price told reporters: “We would be concerned.”\n"
      "Price added that Antony Blinken will visit Beijing.\n"
      "The troops were sent for a “special military operation” in the east.");
  tag(doc, "Ned Price");
  tag(doc, "Price", aa::Label::Person, "Ned Price");
  tag(doc, "Antony Blinken");
  // "Price" also matched inside "Ned Price": keep the longer entity only.
  std::vector<aa::Entity> kept;
  for (const auto& e : doc.entities) {
    bool inside = false;
    for (const auto& f : doc.entities) inside = inside || (f.span.contains(e.span) && f.span != e.span);
    if (!inside) kept.push_back(e);
  }
  doc.entities = kept;
  for (auto& c : doc.clusters) c.mentions.clear();
  for (uint32_t i = 0; i < doc.entities.size(); ++i) doc.clusters[doc.entities[i].cluster].mentions.push_back(i);
  aa::find_quotes(doc);
  REQUIRE(doc.quotes.size() == 3);
  const Quote& d = doc.quotes[0];
  CHECK(d.kind == QuoteKind::Direct);
  CHECK(doc.view(d.span) == "“We would be concerned.”");
  CHECK(d.speaker.name == "Ned Price");
  REQUIRE(d.speaker.mention);
  CHECK(doc.view(*d.speaker.mention) == "Ned Price");
  REQUIRE(d.cue);
  CHECK(doc.view(*d.cue) == "told reporters");
  CHECK(d.score > 0.5f);
  const Quote& i = doc.quotes[1];
  CHECK(i.kind == QuoteKind::Indirect);
  CHECK(doc.view(i.span) == "Antony Blinken will visit Beijing");
  CHECK(i.speaker.name == "Ned Price");
  CHECK(doc.view(*i.speaker.mention) == "Price");
  CHECK(doc.quotes[2].kind == QuoteKind::Scare);
  CHECK_FALSE(doc.quotes[2].speaker.known());
  // Cluster counts: Ned Price has one direct and one indirect quote.
  const aa::Cluster& price = doc.clusters[doc.quotes[0].speaker.cluster];
  CHECK(price.name == "Ned Price");
  CHECK(price.quote_count == 2);
  CHECK(price.quote_kinds[static_cast<int>(QuoteKind::Direct)] == 1);
  CHECK(price.quote_kinds[static_cast<int>(QuoteKind::Indirect)] == 1);
  // Running the stage again gives the same result (counts are reset, not added).
  auto before = described(doc);
  aa::find_quotes(doc);
  CHECK(described(doc) == before);
  CHECK(doc.clusters[doc.quotes[0].speaker.cluster].quote_count == 2);
}

TEST_CASE("quotes: a partial quote's content ends where the writer's sentence moves on", "[quotes]") {
  struct Case {
    std::string text, content;
  };
  std::vector<Case> cases = {
      // ", adding:" introduces a quotation of its own
      {"Jenna Cole revealed that she is “so excited” to join the cast, adding: “It will be great.”",
       "she is “so excited” to join the cast"},
      // a dash that opens another quotation
      {"Mark Heller said she was “ensconced in the bosom” of a clinic — “I hear she is on her way.”",
       "she was “ensconced in the bosom” of a clinic"},
      // nothing after it: the sentence's end
      {"Mark Heller called the plan “reckless” on Tuesday.", "the plan “reckless” on Tuesday"},
      // a second quoted term in the same clause is no new quotation: the clause goes on through it
      {"Lina Ostrova called the new levies “timid” and a “sensible” step for farmers.",
       "the new levies “timid” and a “sensible” step for farmers"},
      // "and enthused that ...": a second cue of the same speaker takes over
      {"Ana Ruiz described the hall as “a jewel,” and enthused that it “glows at night.”", "the hall as “a jewel,”"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    Document doc = prepare(c.text);
    tag(doc, c.text.substr(0, c.text.find(' ', c.text.find(' ') + 1)));
    aa::find_quotes(doc);
    REQUIRE_FALSE(doc.quotes.empty());
    CHECK(doc.quotes[0].kind == QuoteKind::Partial);
    CHECK(doc.view(doc.quotes[0].content) == c.content);
  }
}

TEST_CASE("quotes: joint speakers credit every cluster", "[quotes]") {
  Document doc = prepare("Sergey Lavrov and Qin Gang jointly rejected the policy “to establish a hegemony”.");
  tag(doc, "Sergey Lavrov");
  tag(doc, "Qin Gang");
  aa::find_quotes(doc);
  REQUIRE(doc.quotes.size() == 1);
  const Quote& q = doc.quotes[0];
  CHECK(q.speaker.name == "Sergey Lavrov; Qin Gang");
  CHECK(q.speaker.cluster == 0);
  CHECK(doc.view(*q.speaker.mention) == "Sergey Lavrov and Qin Gang");
  CHECK(doc.clusters[0].quote_count == 1);
  CHECK(doc.clusters[1].quote_count == 1);
  CHECK(doc.clusters[1].quote_kinds[static_cast<int>(QuoteKind::Partial)] == 1);
}

TEST_CASE("quotes: the whole pipeline writes quotes into the JSON", "[quotes]") {
  aa::Analyser analyser;
  Document doc = analyser.analyse("“We will act,” Price said. The so-called “plan” failed.\n");
  REQUIRE(doc.quotes.size() == 2);
  std::string json = aa::to_json(doc, aa::OffsetUnit::Utf16);
  CHECK(json.find("\"kind\":\"direct\"") != std::string::npos);
  CHECK(json.find("\"kind\":\"scare\"") != std::string::npos);
}

TEST_CASE("quotes: malformed input runs in bounded time and warns within limits", "[quotes]") {
  auto run = [](const std::string& text) {
    Document doc = prepare(text);
    auto start = std::chrono::steady_clock::now();
    aa::find_quotes(doc);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return std::make_pair(std::move(doc), s);
  };
  SECTION("100,000 opening marks") {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += "“a ";
    auto [doc, seconds] = run(text);
    CHECK(doc.quotes.empty());
    REQUIRE(doc.warnings.size() == 101);  // 100 one by one, then a summary
    CHECK(doc.warnings.back().message.find("99900 more") == 0);
    CHECK(seconds < 5.0);
  }
  SECTION("100,000 straight quotes with no spaces") {
    std::string text(100000, '"');
    auto [doc, seconds] = run(text);
    CHECK(doc.warnings.size() <= 101);
    CHECK(seconds < 5.0);
  }
  SECTION("a long sentence full of short quotes and cues") {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "Price said “no” and ";
    auto [doc, seconds] = run(text);
    CHECK(doc.quotes.size() >= 20000);
    CHECK(seconds < 5.0);
  }
  SECTION("unbalanced quotes never swallow the rest of the text") {
    auto [doc, seconds] = run("“We will act, Price said.\nBlinken replied: “Another.”");
    REQUIRE(doc.quotes.size() == 1);
    CHECK(doc.view(doc.quotes[0].span) == "“Another.”");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0].span.begin == 0);
  }
}

TEST_CASE("quotes: every span lies on code-point boundaries inside the text", "[quotes]") {
  Document doc = prepare("«Ça va,» dit 😀 Zoë. “Æther ‘ünïcode’ here,” Zoë said. 'a'b'c\"d\"e");
  aa::find_quotes(doc);
  auto boundary = [&](uint32_t i) {
    return i == doc.text.size() || (static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80;
  };
  for (const auto& q : doc.quotes) {
    CHECK(q.span.end <= doc.text.size());
    CHECK(boundary(q.span.begin));
    CHECK(boundary(q.span.end));
    if (q.cue) CHECK((boundary(q.cue->begin) && boundary(q.cue->end)));
    if (q.speaker.mention) CHECK((boundary(q.speaker.mention->begin) && boundary(q.speaker.mention->end)));
  }
}

TEST_CASE("quotes: golden cases (tests/golden/quotes/cases.txt)", "[quotes][golden]") {
  auto cases = aa::golden::load_cases(std::string(AA_SOURCE_DIR) + "/tests/golden/quotes/cases.txt");
  REQUIRE(cases.size() >= 60);
  for (const auto& c : cases) {
    CAPTURE(c.id, c.about, aa::golden::case_text(c));
    Document doc = aa::golden::build_document(c, true);
    aa::find_quotes(doc);
    CHECK(described(doc) == c.expect);
    CHECK(aa::golden::describe_warnings(doc) == c.warnings);
  }
}

// A photo credit's agency was the speaker of "the utility said" and its photographer of a later "he": nobody the
// article refers back to is in a credit (an editor saw "Canadian Press" credited with a utility's statement).
TEST_CASE("quotes: names in a photo credit are never a speaker", "[quotes]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Storm cuts power\n\nA worker repairs a line in Kestrelby on Tuesday. (Dara Vell/The Harbour Press)\n\n"
      "More than 40,000 homes were without power on Wednesday after the storm.\n\n"
      "The utility said crews were working through the night.\n");
  REQUIRE(doc.article.credits.size() == 1);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker.name == "The utility");
}

// The same for the byline: "By Ilse Varga, Harbour Press" made the agency the speaker of "the utility said".
TEST_CASE("quotes: names in the byline are never a speaker", "[quotes]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Storm cuts power\nBy Ilse Varga, Harbour Press\nMore than 40,000 homes were without power on Wednesday after "
      "the storm, the utility said.\n");
  REQUIRE(doc.article.byline);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker.name == "the utility");
}

// A headline's title-case words are no organisation the body refers back to: "the ferry authority said" was
// credited to "Ferry Authority Warns", three words of the headline.
TEST_CASE("quotes: title-case words of the headline are never an organisation that speaks", "[quotes]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Ferry Authority Warns of Winter Delays\n\nBoats were held in port at Wendmoor on Tuesday after a storm.\n\n"
      "The ferry authority said the crossings would resume on Thursday.\n");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker.name.find("Warns") == std::string::npos);
  CHECK(doc.quotes[0].speaker.cluster < 0);
}

// "The company" is the organisation the headline names when it is mentioned more often than the analysts' firm
// named last (session 10, an editor's round: the analysts' firm was credited with the closures).
TEST_CASE("quotes: the company is the headline's organisation, not the analysts' firm named last", "[quotes]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Kelmar Foods profits fall as shoppers cut back\n\nKelmar Foods reported a sharp fall in profits on "
      "Tuesday.\n\nThe grocer blamed energy costs and weaker sales of meat.\n\nAnalysts at Dorrit Capital said the "
      "results were weaker than expected.\n\nShares fell in early trading.\n\nThe company also confirmed that it "
      "would close nine stores.\n");
  REQUIRE(doc.quotes.size() == 2);
  CHECK(doc.quotes[1].speaker.name == "Kelmar Foods");
}

TEST_CASE("quotes: TextIndex::lower and lower_is agree with unicode::lowercase, ASCII or not", "[quotes]") {
  // The index keeps each word's lowercase from its first occurrence; unicode::lowercase of the token's text is
  // the reference. A capital I with a dot lowercases to an ASCII i, which ASCII folding alone would miss.
  Document doc = prepare("PUT it as THERE, Puts \xC4\xB0T putt Ítem as-is AS \xE2\x84\xAA it put.");
  const aa::quotes::MarkPairing marks = aa::quotes::pair_quote_marks(doc);
  const aa::quotes::TextIndex ix(doc, marks);
  const char* words[] = {"put", "puts", "it", "as", "there", "item", "k", "putt", ""};
  size_t non_ascii_equal = 0;
  for (uint32_t t = 0; t < ix.size(); ++t)
    for (const char* w : words) {
      CAPTURE(ix.text(t), w);
      REQUIRE(ix.lower(t) == aa::unicode::lowercase(ix.text(t)));
      if (auto word = ix.word_lower(t)) REQUIRE(*word == aa::unicode::lowercase(ix.text(t)));
      const bool reference = aa::unicode::lowercase(ix.text(t)) == w;
      CHECK(ix.lower_is(t, w) == reference);
      if (reference && ix.text(t).find('\xC4') != std::string_view::npos) ++non_ascii_equal;
    }
  CHECK(non_ascii_equal == 1);  // the dotted capital I is the case ASCII folding alone would miss
}

// An interview pasted as HTML: the labels in bold ("<strong>Q:</strong>", "<b>Name:</b>") are turns of a transcript,
// each a block quotation of the words after the label: "Q:" the interviewer the intro names, "A:" the interviewee
// the headline names, a name label its person (session 11: the analyser found no quotation in such a page).
TEST_CASE("quotes: an HTML interview's Q&A turns are block quotations with the label's speaker", "[quotes]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "<html><head><title>Chef Ola Brandt on her first kitchen</title></head><body><article>"
      "<h1>Chef Ola Brandt on her first kitchen</h1>"
      "<p>Ola Brandt runs the Larch Table in Kelso. She talked to Priya Nair about her first restaurant.</p>"
      "<p><strong>Q:</strong> When did you first cook for other people?</p>"
      "<p><strong>A:</strong> At fourteen, for my aunt's wedding. I burned the rice.</p>"
      "<p><b>Priya Nair:</b> What would you change now?</p>"
      "<p><b>Ola Brandt:</b> Nothing. The mistakes made the menu.</p>"
      "</article></body></html>",
      {aa::InputKind::Html});
  REQUIRE(doc.input_kind == aa::InputKind::Html);
  std::vector<const aa::Quote*> blocks;
  for (const aa::Quote& q : doc.quotes)
    if (q.kind == aa::QuoteKind::Block) blocks.push_back(&q);
  REQUIRE(blocks.size() == 4);
  CHECK(doc.view(blocks[0]->span) == "When did you first cook for other people?");
  CHECK(blocks[0]->speaker.name == "Priya Nair");
  CHECK(blocks[0]->cue);
  CHECK(doc.view(*blocks[0]->cue) == "Q:");
  CHECK(doc.view(blocks[1]->span) == "At fourteen, for my aunt's wedding. I burned the rice.");
  CHECK(blocks[1]->speaker.name == "Ola Brandt");
  CHECK(blocks[1]->speaker.cluster >= 0);
  CHECK(doc.view(blocks[1]->content) == doc.view(blocks[1]->span));
  CHECK(blocks[2]->speaker.name == "Priya Nair");
  CHECK(!blocks[2]->cue);
  REQUIRE(blocks[2]->speaker.mention);
  CHECK(doc.view(*blocks[2]->speaker.mention) == "Priya Nair");
  CHECK(blocks[3]->speaker.name == "Ola Brandt");
  // A turn's score says less for "Q:"/"A:", read from the intro, than for a name in the label.
  CHECK(blocks[1]->score < blocks[3]->score);
}

// The quotation stage skips a pass whose trigger the document lacks (QuotePasses::Gated: TextIndex's passes for
// their words, the transcripts' reader when no token can end a turn's label). QuotePasses::Every runs them all: the
// plain reference. Each invented article below holds one trigger, all of them, or none; the whole JSON of the two
// runs must be the same. (With every gated pass skipped instead, 16 of these articles change: the passes matter here.)
TEST_CASE("quotes: the gated passes give the output of every pass run", "[quotes]") {
  const std::vector<std::string> triggers = {
      "The columnist Ada Flint reports that the ferry will stop in May.",  // "reports" before "that"
      "The plan will fail, the Harbour Ledger reports.",                   // "reports" after a name
      "Analysts said the mill is worth an estimated 4 million.",           // estimate-
      "The estimates were that the lake would freeze.",
      "The coach Ivo Marsh said his side won by nine points.",  // point-
      "Mira Kosk points to the sky. Jon Abe earned 12 points that night.",
      "Nearly half of the growers said the frost came early.",  // a share with "of"
      "Nearly a third of voters said the tax was fair.",
      "Per Lumen, the studio will close in March.",  // "Per"
      "Per the Ledger, Ada Flint will resign.",
      "The white paper said the canal needs dredging.",          // "paper"
      "According to her official site, the tour ends in June.",  // "site"
      "Her web page said the shop had moved.",                   // "page"
      "The ruling that the map was fair angered Tomas Vell.",    // "ruling"
      "The judge Ana Kiel, in a ruling that surprised lawyers, sided with the town.",
      "The flood will come, the river board said on Friday, warning that roads would close.",  // ", warning"
      "The board issued a warning that the dam was weak.",
      "As Ivo Marsh puts it, the town is tired.",  // "puts", "put"
      "“We start again,” as Ivo Marsh put it.",
      "Experts suggest that the bridge is safe. The data notes that it rusts.",  // PeopleReport
      // transcripts: a letter's label with its period, colons, name labels
      "The potter Lin Sorel spoke to Dana Pike.\nQ. Why the river?\nA. It was there.\nQ. And now?\nA. I stay.",
      "The diver Mona Reyes spoke to Pavel Orr.\nQ: Why now?\nA: The sea is calm.\nQ: And next year?\nA: We will see.",
      "The skipper Lena Groot talked to Arno Sies.\nARNO SIES: Are the nets full?\nLENA GROOT: Not for long.\nARNO "
      "SIES: Why?\nLENA GROOT: The cod left.",
  };
  const std::string none =
      "Tomas Vell opened the new mill on Friday. “It is a good day for the valley,” he said. The mayor thanked the "
      "workers, and the band played until late.";
  std::vector<std::string> texts = triggers;
  texts.push_back(none);
  std::string all = none;
  for (const std::string& t : triggers) all += "\n" + t;
  texts.push_back(all);
  aa::Analyser analyser;
  for (const std::string& text : texts) {
    CAPTURE(text);
    Document gated = analyser.analyse(text);
    const std::string analysed = aa::to_json(gated, aa::OffsetUnit::Utf16);
    Document every = gated;
    aa::find_quotes(every, aa::QuotePasses::Every);
    aa::find_quotes(gated, aa::QuotePasses::Gated);
    CHECK(aa::to_json(gated, aa::OffsetUnit::Utf16) == analysed);  // the stage run again gives the same
    CHECK(aa::to_json(every, aa::OffsetUnit::Utf16) == analysed);
  }
}
