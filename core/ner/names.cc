#include "ner/names.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "data/tables.h"
#include "ner/clusters.h"
#include "ner/orgs.h"
#include "once_per_document.h"
#include "text/tokenizer.h"

namespace aa::ner {
namespace {

enum class NameWord : uint8_t {
  Event,
  Award,
  StateAbbrev,
  NotName,
  Compound,
  PersonBefore,
  Storm,
  Prize,
  CeremonyWord,
  PrizeWord,
  EventEnd,
  Quantifier,
  LocalBody,
  LocalLevel,
  Outlet,
  OutletWord,
  MediaNoun,
  Craft,
  County,
  Gpe,
  Kin,
  Region,
  DiseaseNoun,
  Eponym,
  Language,
  LanguageToo,
  PostNominal,
  Imperative,
  Work,
  PersonNoun,
  Relatives,
  Honorific,
  MonthName,
  Relative,
  Ruler,
  Grade,
  GradeNoun,
  Mission
};

#include "ner_name_words.inc"  // kNameWords

constexpr uint16_t kNameWordScore = 700;

std::optional<NameWord> name_word(const TokenTable& table, uint32_t i) {
  return table_find(kNameWords, table.norm_no_period(i));
}

bool capital(const TokenTable& table, uint32_t i) {
  return table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper;
}

/// "81st", "2007": a number that can come before an event's name.
bool ordinal_or_year(std::string_view w) {
  size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  if (d == 0) return false;
  std::string_view rest = w.substr(d);
  return (rest.empty() && d == 4) || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

/// "two", "3", "several": a count before an award ceremony's word makes it prizes ("won three Grammys").
bool count_word(std::string_view w) {
  static constexpr std::string_view kCounts[] = {"two",      "three",    "four", "five",   "six",    "seven",
                                                 "eight",    "nine",     "ten",  "eleven", "twelve", "several",
                                                 "multiple", "numerous", "many", "his",    "her",    "their"};
  for (std::string_view c : kCounts)
    if (w == c) return true;
  size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  return d > 0 && d < 4 && d == w.size();
}

struct Named {
  uint32_t begin = 0, end = 0;
  Label label = Label::Event;
  bool prizes = false;  // the words name prizes ("two Academy Awards"): no entity, the tagger's EVENT dropped
};

/// The event named at token i: "Oscars", "Tony Awards", with "81st (annual)" or a year before. Empty if none.
Named event_at(const Document& doc, const TokenTable& table, const Sentence& s, uint32_t i) {
  std::optional<NameWord> w = name_word(table, i);
  uint32_t b = i;
  if (w == NameWord::Event && capital(table, i)) {
    // one word
  } else if (w == NameWord::Storm && table.casing(i) == Casing::Title && i + 1 < s.last_token &&
             table.casing(i + 1) == Casing::Title && !name_word(table, i + 1)) {
    uint32_t e = i + 2;  // "Tropical Storm Wanda": the word before stays with it
    if (b > s.first_token && table.norm(b - 1) == "tropical" && table.casing(b - 1) == Casing::Title) --b;
    return {b, e, Label::Event};
  } else if (w == NameWord::Award) {
    // capitalised words before it: "Academy", "Tony", "Screen Actors Guild"
    while (b > s.first_token && i - b < 3 && capital(table, b - 1) && table.norm(b - 1) != "the" &&
           !name_word(table, b - 1))
      --b;
    if (b == i) return {};
  } else {
    return {};
  }
  if (w != NameWord::Storm && b > s.first_token && count_word(table.norm(b - 1))) return {b, i + 1, Label::Event, true};
  if (b > s.first_token && table.norm(b - 1) == "annual") --b;
  if (b > s.first_token && ordinal_or_year(doc.view(doc.tokens[b - 1].span))) --b;
  if (doc.view(doc.tokens[b].span) == "annual") ++b;  // "annual" without a number stays outside
  return {b, i + 1, Label::Event};
}

}  // namespace

namespace {

bool double_quote(std::string_view w) {
  return w == "\"" || w == "``" || w == "''" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
}

/// Titles of works in quotation marks ("the drama “Australia”", "starring in “Australia,”"): docs/annotation.md
/// leaves them unmarked. A place the tagger found that is the whole quotation (capitalised words, a comma or period
/// at most before the closing mark) is dropped (drop[k] = 1), and after a noun for a work ("the novel “Anna Karenina
/// Revisited”", "the film “Paris, Texas”": ner_name_words.tsv Work) every name inside. Not a name in a longer quotation
/// ("the “Iran Cartoon” association", "“Protector of Mexico”"), nor an e-mail's display name ("“Ann Lee” <ann@...>").
void quoted_titles(const Document& doc, const TokenTable& table, const Sentence& s, const std::vector<int32_t>& owner,
                   const std::vector<Candidate>& cands, std::vector<uint8_t>& drop) {
  constexpr uint32_t kLongest = 6;
  for (uint32_t i = s.first_token; i + 2 < s.last_token; ++i) {
    if (!double_quote(doc.view(doc.tokens[i].span))) continue;
    uint32_t b = i + 1, e = b;
    while (e < s.last_token && e - b <= kLongest && !double_quote(doc.view(doc.tokens[e].span))) ++e;
    if (e >= s.last_token || e - b > kLongest || e == b) continue;
    uint32_t words_end = e;
    std::string_view last = doc.view(doc.tokens[e - 1].span);
    if (last == "," || last == ".") --words_end;
    bool title = words_end > b && capital(table, b);
    for (uint32_t k = b; k < words_end && title; ++k) {
      std::string_view n = table.norm(k);
      title = capital(table, k) || n == "of" || n == "the" || n == "a" || n == "and" || n == "in" || n == "on" ||
              n == "from" || n == "to";
    }
    // After a noun for a work ("the novel “X”", "his album, “X”"): every name inside the marks goes.
    uint32_t n = i > s.first_token && table.norm(i - 1) == "," ? i - 1 : i;
    bool work = n > s.first_token && table.casing(n - 1) == Casing::Lower && table.typed(n - 1) &&
                name_word(table, n - 1) == NameWord::Work;
    // A work's title may hold punctuation ("“Paris, Texas”", "“Jaws: The Return”").
    bool work_title = work && capital(table, b);
    for (uint32_t k = b; k < words_end && work_title; ++k)
      work_title = capital(table, k) || table.casing(k) == Casing::None || table.norm(k).size() <= 4;
    if (work_title) {
      for (uint32_t k = b; k < e; ++k)
        if (int32_t o = owner[k]; o >= 0 && cands[o].begin >= b && cands[o].end <= e && !cands[o].bytes.end)
          drop[o] = 1;
      i = e;
      continue;
    }
    int32_t o = owner[b];
    bool email = e + 1 < s.last_token && doc.view(doc.tokens[e + 1].span) == "<";  // "“Ann Lee” <ann@...>"
    if (title && !email && o >= 0 && cands[o].begin == b && cands[o].end == words_end && !cands[o].bytes.end &&
        (cands[o].label == Label::Gpe || cands[o].label == Label::Loc))
      drop[o] = 1;
    i = e;  // the closing mark opens nothing
  }
}

/// A work's title in a review's headline or heading ("Review: The Ferryman's Last Crossing, Corran Theatre"): the
/// contract has no label for works, so the words after "Review:" up to a comma or the line's end, and the same words
/// wherever the text repeats them, hold no name (candidates wholly inside are dropped: drop[k] = 1). Not where those
/// words are one candidate whole ("Review: Tom Hale, Corran Theatre", a comic's show by the comic's name).
/// A work's title without marks right after a noun for a work and its determiner ("written for the film Barbie", "his
/// album Midnights"): a name of one word the tagger found there is the title, unmarked (docs/annotation.md); a
/// person's name of two words or more stays ("the series Tom Hale created").
void bare_titles(const TokenTable& table, const Sentence& s, const std::vector<int32_t>& owner,
                 const std::vector<Candidate>& cands, std::vector<uint8_t>& drop) {
  for (uint32_t i = s.first_token + 2; i < s.last_token; ++i) {
    int32_t o = owner[i];
    if (o < 0 || cands[o].begin != i || cands[o].bytes.end || cands[o].end != i + 1 ||
        table.casing(i - 1) != Casing::Lower || !table.typed(i - 1) || name_word(table, i - 1) != NameWord::Work)
      continue;
    std::string_view d = table.norm(i - 2);
    if (d != "the" && d != "a" && d != "his" && d != "her" && d != "their" && d != "its" && d != "new" && d != "hit")
      continue;
    Label l = cands[o].label;
    if (l == Label::Person || l == Label::Gpe || l == Label::Loc || l == Label::Org) drop[o] = 1;
  }
}

void reviewed_titles(const Document& doc, const TokenTable& table, const std::vector<int32_t>& owner,
                     const std::vector<Candidate>& cands, std::vector<uint8_t>& drop) {
  constexpr uint32_t kLongest = 8;
  // Each title is looked for in the whole text: at most a few titles (a page of reviews has a handful), so that a
  // text of many "Review:" headings stays linear.
  constexpr int kMostTitles = 8;
  int titles = 0;
  for (const Sentence& s : doc.sentences) {
    if (titles == kMostTitles) break;
    uint32_t f = s.first_token;
    if (f + 3 > s.last_token || table.norm(f) != "review" || doc.view(doc.tokens[f + 1].span) != ":") continue;
    if (doc.tokens[f].block >= doc.article.blocks.size()) continue;
    BlockKind kind = doc.article.blocks[doc.tokens[f].block].kind;
    if (kind != BlockKind::Title && kind != BlockKind::Heading) continue;
    uint32_t b = f + 2, e = b;
    while (e < s.last_token && e - b < kLongest && table.norm(e) != "," && doc.tokens[e].block == doc.tokens[f].block)
      ++e;
    if (e == b || (e < s.last_token && table.norm(e) != "," && doc.tokens[e].block == doc.tokens[f].block)) continue;
    int32_t whole = owner[b];
    if (whole >= 0 && cands[whole].begin == b && cands[whole].end == e) continue;
    ++titles;
    // Every mention of those words, the headline's first.
    for (uint32_t i = 0; i + (e - b) <= doc.tokens.size(); ++i) {
      bool same = true;
      for (uint32_t k = 0; k < e - b && same; ++k) same = table.key(i + k) == table.key(b + k) && table.typed(i + k);
      if (!same) continue;
      for (uint32_t k = i; k < i + (e - b); ++k)
        if (int32_t o = owner[k]; o >= 0 && cands[o].begin >= i && cands[o].end <= i + (e - b)) drop[o] = 1;
      i += e - b - 1;
    }
  }
}

/// Does token i end a cue of speech after which an outlet may follow: "told", "said on", "speaking to", "according
/// to", "in an interview with", "wrote in"?
bool outlet_cue(const TokenTable& table, const Sentence& s, uint32_t i) {
  std::string_view w = table.norm(i);
  if (w == "told") return true;
  if (i == s.first_token) return false;
  std::string_view p = table.norm(i - 1);
  if (w == "to") return p == "speaking" || p == "talking" || p == "spoke" || p == "according";
  if (w == "with") return p == "interview" || p == "interviews";
  if (w == "on")  // "said on CNN", "in a post on X", "wrote on Facebook"
    return p == "said" || p == "says" || p == "appeared" || p == "speaking" || p == "interview" || p == "post" ||
           p == "posted" || p == "wrote" || p == "writing" || p == "video" || p == "statement";
  if (w == "in") return p == "wrote" || p == "writing" || p == "published" || p == "interview" || p == "quoted";
  return false;
}

/// A verb of reporting after an outlet's name ("Variety reported", "People said").
bool reporting_verb(std::string_view w) {
  return w == "said" || w == "says" || w == "reported" || w == "reports" || w == "wrote" || w == "writes" ||
         w == "revealed" || w == "published" || w == "quoted" || w == "asked";
}

}  // namespace

void outlet_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<int32_t> owner;  // made when first needed
  std::vector<uint8_t> drop(cands.size(), 0);
  std::vector<Candidate> added;
  auto media_noun = [&](uint32_t i) {
    return table.casing(i) == Casing::Lower && name_word(table, i) == NameWord::MediaNoun;
  };
  std::string key;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i + 1 < s.last_token; ++i) {
      // Without a cue, a capitalised "The" before an outlet's name of the table that is no common word too ("The
      // Economist printed a correction", "The Lancet published the trial"; not "The Times", "The Sun", nor a place
      // before a media noun, "The Berlin daily Der Tagesspiegel").
      bool cue = table.casing(i) == Casing::Lower && outlet_cue(table, s, i);
      bool the = !cue && doc.view(doc.tokens[i].span) == "The";
      if (!cue && !the) continue;
      uint32_t b = i + 1;
      if (cue && (table.norm(b) == "the" || (table.norm(b) == "a" && table.casing(b) == Casing::Lower))) ++b;
      // "told Portuguese newspaper A Bola", "told the weekly Die Zeit": the name after a media noun.
      bool media = false;
      if (!the && b + 1 < s.last_token && capital(table, b) && media_noun(b + 1)) {
        media = true;
        b += 2;
      } else if (!the && b < s.last_token && media_noun(b)) {
        media = true;
        ++b;
      }
      uint32_t e = b;
      while (e < s.last_token && e - b < 4 && capital(table, e) && table.gaz<kGazTimeWord>(e) == kPosNone) ++e;
      if (e == b || (e < s.last_token && capital(table, e))) continue;
      if (the ||
          (!media && !(e < s.last_token && media_noun(e)))) {  // "told Time magazine": the name before a media noun
        key.clear();
        for (uint32_t k = b; k < e; ++k) key.append(k > b ? " " : "").append(table.norm_no_period(k));
        auto w = table_find(kNameWords, key);
        if (w != NameWord::Outlet && (the || w != NameWord::OutletWord)) continue;
      }
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      bool held = false, same = false;
      for (uint32_t k = b; k < e; ++k) {
        int32_t o = owner[k];
        held = held || (o >= 0 && (cands[o].begin < b || cands[o].end > e || cands[o].bytes.end));
        same = same || (o >= 0 && cands[o].begin == b && cands[o].end == e && cands[o].label == Label::Org);
      }
      if (held || same) continue;
      for (uint32_t k = b; k < e; ++k)
        if (owner[k] >= 0) drop[owner[k]] = 1;
      added.push_back({b, e, Label::Org, kNameWordScore, {}});
      i = e - 1;
    }
  }
  // A common word that names an outlet elsewhere, alone at a sentence's start and before no verb of reporting, is
  // no name ("People in the town were angry" after "told People").
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.end != c.begin + 1 || c.bytes.end || c.label != Label::Org || table.casing(c.begin) != Casing::Title ||
        !(table.flags(c.begin) & kSentenceStart) || name_word(table, c.begin) != NameWord::OutletWord)
      continue;
    if (c.end < doc.tokens.size() && (reporting_verb(table.norm(c.end)) || media_noun(c.end))) continue;
    drop[k] = 1;
  }
  replace_candidates(cands, drop, added);
}

void local_body_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                       std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1;
  for (Candidate& c : cands) {
    if (c.bytes.end || (c.label != Label::Org && c.label != Label::Loc) || c.end >= doc.tokens.size() ||
        doc.tokens[c.end].block != doc.tokens[c.begin].block)
      continue;
    uint32_t e = c.end;
    while (e < doc.tokens.size() && e - c.end < 2 && table.casing(e) == Casing::Lower &&
           name_word(table, e) == NameWord::LocalLevel)
      ++e;
    bool names = true;
    for (uint32_t i = c.begin; i < c.end; ++i) names = names && table.casing(i) == Casing::Title;
    if (!names) continue;
    // "[LOC Cuyahoga] counties", "[LOC Aceh] province": a LOC before a lowercase unit is that unit, a GPE. (Not
    // "district": a city's district is a neighbourhood, a LOC: "the Exarchia district".)
    if (c.label == Label::Loc && e > c.end && table.norm(c.end) != "district" &&
        (e >= doc.tokens.size() || table.casing(e) != Casing::Lower || name_word(table, e) != NameWord::LocalBody)) {
      c.label = Label::Gpe;
      continue;
    }
    if (e >= doc.tokens.size() || table.casing(e) != Casing::Lower || name_word(table, e) != NameWord::LocalBody)
      continue;
    if (gazetteer.find(phrase_key(table, c.begin, c.end)) & kPlace) c.label = Label::Gpe;
  }
  // "the village of [LOC Mundakkai]": villages and towns are GPEs (docs/annotation.md), a one-word PERSON there too.
  for (Candidate& c : cands) {
    bool one_person = c.label == Label::Person && c.end == c.begin + 1;
    if (c.bytes.end || (c.label != Label::Loc && !one_person) || c.begin < 2 || table.norm(c.begin - 1) != "of")
      continue;
    std::string_view unit = table.norm(c.begin - 2);
    if (unit == "village" || unit == "town" || unit == "city" || unit == "county") c.label = Label::Gpe;
  }
  // Counties of the UK and Ireland are GPEs ("[LOC Cumbria]"), and so are countries and cities by names the
  // gazetteers lack ("[LOC Turkey]", "[LOC Soviet Union]"); regions that are no state LOCs ("the [GPE Lake
  // District]"): table classes County, Gpe and Region.
  std::string key;
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin > 3 || (c.label != Label::Loc && c.label != Label::Gpe && c.label != Label::Org))
      continue;
    key.clear();
    for (uint32_t i = c.begin; i < c.end; ++i) key.append(i > c.begin ? " " : "").append(table.norm_no_period(i));
    auto w = table_find(kNameWords, key);
    if (w == NameWord::County && (c.label == Label::Loc || (c.label == Label::Org && c.end - c.begin >= 2)))
      c.label = Label::Gpe;
    else if (w == NameWord::Gpe && c.label == Label::Loc)
      c.label = Label::Gpe;
    else if (w == NameWord::Region && c.label == Label::Gpe)
      c.label = Label::Loc;
  }
  // "covers Monmouthshire, [ORG Powys] and Wrexham": a county read as a one-word ORG (a county alone may be its
  // cricket club) is a GPE when a place of the list stands right before or after it (a comma, "and" or "or" between).
  {
    std::vector<int32_t> at = candidate_at(doc.tokens.size(), cands);
    auto separator = [&](uint32_t i) {
      std::string_view w = table.norm(i);
      return w == "," || w == "and" || w == "or";
    };
    auto place_at = [&](int64_t i) {
      return i >= 0 && i < int64_t(doc.tokens.size()) && at[i] >= 0 && cands[at[i]].label == Label::Gpe;
    };
    for (Candidate& c : cands) {
      if (c.bytes.end || c.label != Label::Org || c.end != c.begin + 1 ||
          table_find(kNameWords, table.norm_no_period(c.begin)) != NameWord::County)
        continue;
      bool before = c.begin >= 2 && separator(c.begin - 1) && place_at(int64_t(c.begin) - 2);
      bool after = c.end + 1 < doc.tokens.size() && separator(c.end) && place_at(int64_t(c.end) + 1);
      if (before || after) c.label = Label::Gpe;
    }
  }
  // "of [LOC Wexcombe], Northamptonshire", "in Brackmoor, Calif.": a town before a comma and its county, state or
  // country is a GPE, the tagger's LOC or, after a preposition, the capitalised words it left out.
  bool region_after_comma = false;  // "..., Northamptonshire": else nothing to do
  for (const Candidate& c : cands)
    region_after_comma = region_after_comma || (c.label == Label::Gpe && c.begin > 0 && table.norm(c.begin - 1) == ",");
  if (region_after_comma) {
    std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
    std::vector<Candidate> added;
    std::vector<uint32_t> towns;
    auto region = [&](const Candidate& g) {
      if (g.bytes.end || g.label != Label::Gpe || g.end - g.begin > 3) return false;
      if (g.end < doc.tokens.size() && (table.casing(g.end) == Casing::Title || table.norm(g.end) == "'s"))
        return false;  // "the Gulf of Aden, Yemen's agency"
      key.clear();
      for (uint32_t i = g.begin; i < g.end; ++i) key.append(i > g.begin ? " " : "").append(table.norm_no_period(i));
      auto w = table_find(kNameWords, key);
      return w == NameWord::County || w == NameWord::Gpe || w == NameWord::StateAbbrev ||
             (gazetteer.find(phrase_key(table, g.begin, g.end)) & (1u << kGazAdmin1 | 1u << kGazCountry));
    };
    for (uint32_t i = 1; i + 2 < doc.tokens.size(); ++i) {
      if (table.casing(i) != Casing::Title || table.casing(i - 1) == Casing::Title) continue;
      int32_t o = owner[i];
      uint32_t e = i;
      if (o >= 0) {
        if (cands[o].begin != i || cands[o].label != Label::Loc || cands[o].bytes.end) continue;
        e = cands[o].end;
        bool titled = true;  // a town's name, not "Gulf of Aden"
        for (uint32_t t = i; t < e; ++t) titled = titled && table.casing(t) == Casing::Title;
        if (!titled) continue;
        // A region of the lists opening a list of places is no town of the next one: "in Eastern Europe, Poland and".
        if (gazetteer.find(phrase_key(table, i, e)) & (1u << kGazRegion)) continue;
      } else {
        std::string_view p = table.norm(i - 1);
        if (p != "of" && p != "in" && p != "from" && p != "near") continue;
        while (e < doc.tokens.size() && e - i < 3 && owner[e] < 0 && table.casing(e) == Casing::Title) ++e;
      }
      if (e + 1 >= doc.tokens.size() || table.norm(e) != "," || owner[e + 1] < 0 ||
          cands[owner[e + 1]].begin != e + 1 || !region(cands[owner[e + 1]]) ||
          doc.tokens[e + 1].block != doc.tokens[i].block)
        continue;
      if (o >= 0)
        cands[o].label = Label::Gpe;
      else
        added.push_back({i, e, Label::Gpe, kNameWordScore, {}});
      towns.push_back(phrase_key(table, i, e));
      i = e;
    }
    if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
    for (Candidate& c : cands)  // the town's other mentions: "sold his house in [LOC Wexcombe]"
      if (c.label == Label::Loc && !c.bytes.end &&
          std::find(towns.begin(), towns.end(), phrase_key(table, c.begin, c.end)) != towns.end())
        c.label = Label::Gpe;
  }
  // "[LOC Marrow] and [GPE Tallis] counties": the first of two places joined before a unit is one too.
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Candidate& a = cands[k];
    const Candidate& b = cands[k + 1];
    if (a.bytes.end || a.label != Label::Loc || b.label != Label::Gpe || b.bytes.end || b.begin != a.end + 1 ||
        table.norm(a.end) != "and" || b.end >= doc.tokens.size() || table.casing(b.end) != Casing::Lower ||
        name_word(table, b.end) != NameWord::LocalLevel || table.norm(b.end) == "district")
      continue;
    a.label = Label::Gpe;
  }
}

/// "Sen. Ann Lowe, R-Houston, said": a party's letter, a hyphen and the lawmaker's home town (state papers write the
/// town, not the state: is_party_designation knows the states), set off by commas right after a person's name, is no
/// entity of its own (docs/annotation.md), though no list knows the town.
bool party_and_home(const Document& doc, const TokenTable& table, const std::vector<Candidate>& cands,
                    const std::vector<int32_t>& owner, const Sentence& s, uint32_t i) {
  std::string_view t = doc.view(doc.tokens[i].span);
  if (t.size() < 4 || (t[0] != 'D' && t[0] != 'R' && t[0] != 'I') || t[1] != '-' || t[2] < 'A' || t[2] > 'Z')
    return false;
  for (size_t k = 3; k < t.size(); ++k)
    if (t[k] < 'a' || t[k] > 'z') return false;
  if (i < s.first_token + 2 || i + 1 >= s.last_token || table.norm(i - 1) != "," ||
      (table.norm(i + 1) != "," && table.norm(i + 1) != ")"))
    return false;
  int32_t o = owner[i - 2];
  return o >= 0 && cands[o].label == Label::Person && cands[o].end == i - 1 && !cands[o].bytes.end;
}

/// A word that names a language or a people ("Tamil", "Bengali") named in a list beside a word that names only a
/// language, or before "languages": "in Hindi, Tamil and Bengali", "Tamil and other languages". The contract has
/// no label for languages (docs/annotation.md).
bool listed_with_language(const TokenTable& table, const Sentence& s, uint32_t i) {
  for (int step : {-1, 1}) {
    uint32_t j = i;
    for (int gap = 0; gap < 3; ++gap) {
      if ((step < 0 && j == s.first_token) || (step > 0 && j + 1 >= s.last_token)) break;
      j += step;
      std::string_view w = table.norm(j);
      if (w == "," || w == "and" || w == "or" || (w == "other" && step > 0)) continue;
      if (name_word(table, j) == NameWord::Language || (step > 0 && w == "languages")) return true;
      break;
    }
  }
  return false;
}

/// A people's adjective that also names a language, used as the language (ner_name_words.tsv LanguageToo): before
/// "speaking" or "speakers" ("Flemish speaking families"), or after a verb of speaking or learning, "in", "into",
/// "of" or an adjective of skill ("speak English", "learned Dutch", "a word of English", "good English") at the end
/// of its phrase: before punctuation, the sentence's end or a word that opens no noun ("and", "to", "at" ...). Before
/// a noun it names the people ("Portuguese sailors", "in Portuguese waters"). As the subject of "is the ... language"
/// or "is ... spoken" within a few lowercase words ("Welsh is the first language", "Flemish is widely spoken").
bool used_as_language(const TokenTable& table, const Sentence& s, uint32_t i) {
  static constexpr std::string_view kBefore[] = {"speak",    "speaks",  "spoke",   "spoken",   "speaking", "learn",
                                                 "learns",   "learned", "learnt",  "learning", "study",    "studied",
                                                 "studying", "teach",   "teaches", "taught",   "teaching", "in",
                                                 "into",     "of",      "fluent",  "good",     "broken",   "perfect"};
  static constexpr std::string_view kAfter[] = {"and", "or", "but", "to",  "as",   "at",       "with",    "for", "by",
                                                "in",  "is", "was", "too", "well", "fluently", "because", "so"};
  auto one_of = [](std::string_view w, auto& list) {
    for (std::string_view x : list)
      if (w == x) return true;
    return false;
  };
  if (i + 1 < s.last_token) {
    std::string_view next = table.norm(i + 1);
    if (next == "speaking" || next == "speakers" || next == "speaker") return true;
    if (next == "is" || next == "was") {  // "Welsh is the first language", "Flemish is widely spoken"
      for (uint32_t j = i + 2; j < s.last_token && j < i + 8; ++j) {
        std::string_view w = table.norm(j);
        if (w == "language" || w == "spoken") return true;
        if (w.empty() || !((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= '0' && w[0] <= '9'))) break;
      }
    }
  }
  if (i == s.first_token || !one_of(table.norm(i - 1), kBefore)) return false;
  if (i + 1 >= s.last_token) return true;
  std::string_view next = table.norm(i + 1);
  bool word = !next.empty() && ((next[0] >= 'a' && next[0] <= 'z') || (next[0] >= '0' && next[0] <= '9') ||
                                static_cast<unsigned char>(next[0]) >= 0x80);
  return !word || one_of(next, kAfter);
}

bool imperative_word(const TokenTable& table, uint32_t i) {
  return table.casing(i) == Casing::Title && table.typed(i) && name_word(table, i) == NameWord::Imperative;
}

bool unlisted_place_word(const TokenTable& table, uint32_t i) {
  std::optional<NameWord> w = name_word(table, i);
  return w == NameWord::Gpe || w == NameWord::County;
}

void imperatives_outside_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<uint8_t> starts(doc.tokens.size() + 1, 0);
  for (const Sentence& s : doc.sentences) starts[s.first_token] = 1;
  bool dropped = false;
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2 || !imperative_word(table, c.begin)) continue;
    bool start = starts[c.begin] || (c.begin > 0 && doc.tokens[c.begin - 1].kind == TokenKind::Quote);
    if (!start) continue;
    ++c.begin;
    if (c.begin < c.end && table.casing(c.begin) == Casing::Lower && table.norm(c.begin) == "the") ++c.begin;
    if (c.begin == c.end) dropped = true;
  }
  if (dropped)
    cands.erase(std::remove_if(cands.begin(), cands.end(), [](const Candidate& c) { return c.begin == c.end; }),
                cands.end());
}

AA_ONCE_PER_DOCUMENT void name_words(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  // Candidates by token: the one that covers each token, or -1.
  std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
  std::vector<uint8_t> drop(cands.size(), 0);
  std::vector<Candidate> added;
  reviewed_titles(doc, table, owner, cands, drop);
  for (const Sentence& s : doc.sentences) {
    quoted_titles(doc, table, s, owner, cands, drop);
    bare_titles(table, s, owner, cands, drop);
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      // "the Artemis II mission", "the Juno probe": a person's name right before a lowercase word for a craft or a
      // mission (Craft, Mission) is the craft's or the mission's, no person; unmarked (docs/annotation.md).
      if (table.typed(i) && table.casing(i) == Casing::Lower && i > s.first_token && owner[i - 1] >= 0) {
        std::optional<NameWord> w = name_word(table, i);
        const Candidate& c = cands[owner[i - 1]];
        if ((w == NameWord::Craft || w == NameWord::Mission) && c.end == i && c.label == Label::Person && !c.bytes.end)
          drop[owner[i - 1]] = 1;
      }
      // Every word of the table is capitalised here but "awards" ("Tony awards"): most tokens stop at the casing.
      if (!table.typed(i) || (!capital(table, i) && table.norm(i) != "awards")) continue;
      auto [b, e, label, prizes] = event_at(doc, table, s, i);
      if (e > b && prizes) {  // the tagger's EVENT inside goes
        for (uint32_t k = b; k < e; ++k) {
          int32_t o = owner[k];
          if (o >= 0 && cands[o].label == Label::Event && cands[o].begin >= b && cands[o].end <= e) drop[o] = 1;
        }
        i = e - 1;
        continue;
      }
      if (e > b) {
        // Candidates inside [b, e) give way; one that reaches out of it holds the words ("the Oscars Committee").
        bool held = false;
        for (uint32_t k = b; k < e; ++k) {
          int32_t o = owner[k];
          held = held || (o >= 0 && (cands[o].begin < b || cands[o].end > e || cands[o].bytes.end));
        }
        if (held) continue;
        for (uint32_t k = b; k < e; ++k)
          if (owner[k] >= 0) drop[owner[k]] = 1;
        added.push_back({b, e, label, kNameWordScore, {}});
        i = e - 1;
        continue;
      }
      std::optional<NameWord> w = name_word(table, i);
      if (w == NameWord::Prize && table.casing(i) == Casing::Title) {
        int32_t o = owner[i];
        if (o >= 0 && (cands[o].begin != i || cands[o].end != i + 1 || cands[o].bytes.end)) continue;  // "Tony Blair"
        uint32_t j = i + 1;
        if (j + 1 < s.last_token && doc.view(doc.tokens[j].span) == "-") ++j;  // "Oscar - hosting"
        auto next = j < s.last_token && table.casing(j) == Casing::Lower ? name_word(table, j) : std::nullopt;
        std::string_view before = i > s.first_token ? table.norm(i - 1) : std::string_view();
        if (next == NameWord::CeremonyWord) {
          if (o >= 0) drop[o] = 1;
          added.push_back({i, i + 1, Label::Event, kNameWordScore, {}});
        } else if (o >= 0 && (next == NameWord::PrizeWord || before == "a" || before == "an" || before == "won") &&
                   cands[o].label != Label::Gpe && cands[o].label != Label::Loc) {
          drop[o] = 1;
        }
        continue;
      }
      // "Sen. Ann Lowe, D-Minn., said": a party and a state after a lawmaker's name is no entity of its own
      // (docs/annotation.md).
      // "the James Webb Space Telescope": a craft or instrument named after a person is no person, and like ships
      // and products no entity (docs/annotation.md); the tagger's name that ends with the word goes.
      if (w == NameWord::Craft && table.casing(i) == Casing::Title) {
        int32_t o = owner[i];
        if (o >= 0 && cands[o].end == i + 1 && cands[o].begin < i && !cands[o].bytes.end &&
            cands[o].label != Label::Event)
          drop[o] = 1;
        // "[PERSON James Webb] Space Telescope": the person the tagger found before untagged capitalised words.
        uint32_t b = i;
        while (b > s.first_token && i - b < 3 && owner[b - 1] < 0 && table.casing(b - 1) == Casing::Title) --b;
        if (o < 0 && b > s.first_token && owner[b - 1] >= 0) {
          const Candidate& p = cands[owner[b - 1]];
          if (p.end == b && p.label == Label::Person && !p.bytes.end) drop[owner[b - 1]] = 1;
        }
        continue;
      }
      // "[ORG Council] backs bridge plan", "Police said": a local body's common noun alone, capitalised only because
      // it opens the sentence, names no organisation (the tagger's document features lend it a name's weight when
      // the text also names "Westvale District Council").
      bool opening_body = w == NameWord::LocalBody && i == s.first_token && table.casing(i) == Casing::Title &&
                          i + 1 < s.last_token && table.casing(i + 1) == Casing::Lower &&
                          doc.tokens[i + 1].kind == TokenKind::Word;  // not "Navy's frigate"
      // "Guinea pigs", "plaster of Paris": a place's name inside a common noun of the table (Compound).
      auto compound = [&] {
        int32_t o = owner[i];
        if (o < 0 || cands[o].begin != i || cands[o].end != i + 1 || cands[o].bytes.end) return false;
        std::string key;
        if (i + 1 < s.last_token && table.casing(i + 1) == Casing::Lower) {
          key.append(table.norm(i)).append(" ").append(table.norm(i + 1));
          if (table_find(kNameWords, key) == NameWord::Compound) return true;
        }
        if (i < s.first_token + 2 || table.casing(i - 1) != Casing::Lower || table.casing(i - 2) != Casing::Lower)
          return false;
        key.assign(table.norm(i - 2)).append(" ").append(table.norm(i - 1)).append(" ").append(table.norm(i));
        return table_find(kNameWords, key) == NameWord::Compound;
      };
      if (w == NameWord::NotName || w == NameWord::Language || opening_body || compound() ||
          (w == NameWord::LanguageToo && listed_with_language(table, s, i)) ||
          is_party_designation(doc.view(doc.tokens[i].span)) || party_and_home(doc, table, cands, owner, s, i)) {
        int32_t o = owner[i];
        // "D-W. Va.": the designation goes on with the state's second word.
        uint32_t end = i + 1;
        if (i + 1 < s.last_token && doc.view(doc.tokens[i].span).size() == 4 &&
            name_word(table, i + 1) == NameWord::StateAbbrev)
          end = i + 2;
        if (o >= 0 && cands[o].begin == i && cands[o].end == end && !cands[o].bytes.end &&
            cands[o].label != Label::Event)
          drop[o] = 1;
        if (end == i + 2 && owner[i + 1] >= 0 && owner[i + 1] != o) {
          const Candidate& c = cands[owner[i + 1]];
          if (c.begin == i + 1 && c.end == end && !c.bytes.end) drop[owner[i + 1]] = 1;
        }
        if (end == i + 2) ++i;  // the state's word is part of the designation
        continue;
      }
      if (w != NameWord::StateAbbrev || !capital(table, i)) continue;
      std::string_view text = doc.view(doc.tokens[i].span);
      if (text.empty() || text.back() != '.') continue;  // "Calif.", "B.C.": not the words "Miss", "Ill"
      int32_t o = owner[i];
      if (o >= 0) {
        Candidate& c = cands[o];
        if (c.begin == i && c.end == i + 1 && !c.bytes.end && (c.label == Label::Loc || c.label == Label::Gpe))
          c.label = Label::Gpe;
      } else if (i >= s.first_token + 2 && doc.view(doc.tokens[i - 1].span) == "," && owner[i - 2] >= 0 &&
                 (cands[owner[i - 2]].label == Label::Gpe || cands[owner[i - 2]].label == Label::Loc)) {
        added.push_back({i, i + 1, Label::Gpe, kNameWordScore, {}});  // "Sacramento, Calif."
      }
    }
  }
  // A named competition: "FA Youth Cup", "College Football Playoff" (an ORG or a place to the tagger).
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    if (drop[k] || c.bytes.end || c.end - c.begin < 2 || table.casing(c.end - 1) != Casing::Title) continue;
    // (A person's of three words or more too: "[PERSON Henley Royal Regatta]".)
    bool person = c.label == Label::Person && c.end - c.begin >= 3;
    if ((c.label == Label::Org || c.label == Label::Loc || c.label == Label::Gpe || person) &&
        name_word(table, c.end - 1) == NameWord::EventEnd)
      c.label = Label::Event;
  }
  // A tournament named after a place or a nationality ("the Madrid Open", "the Australian Open", "the Scottish Cup"):
  // the place (tagged, or a capitalised word of the place lists the tagger left out) and a capitalised competition's
  // last word right after it are one EVENT (docs/annotation.md: named games and tournaments). Not before another
  // capitalised word ("Madrid Open Day"), not a word that opens the sentence.
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token + 1; i < s.last_token; ++i) {
      if (table.casing(i) != Casing::Title || owner[i] >= 0 || name_word(table, i) != NameWord::EventEnd ||
          (i + 1 < s.last_token && capital(table, i + 1)))
        continue;
      uint32_t p = i - 1;
      std::string_view gap(doc.text.data() + doc.tokens[p].span.end, doc.tokens[i].span.begin - doc.tokens[p].span.end);
      if (gap != " ") continue;
      int32_t o = owner[p];
      if (o >= 0) {
        Candidate& c = cands[o];
        if (!drop[o] && !c.bytes.end && c.end == i &&
            (c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Norp)) {
          c.end = i + 1;
          c.label = Label::Event;
        }
        continue;
      }
      constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazCity | 1u << kGazAdmin1 | 1u << kGazDemonym;
      if (p > s.first_token && table.casing(p) == Casing::Title && table.typed(p) && (table.type(p).gaz & kPlace))
        added.push_back({p, i + 1, Label::Event, kNameWordScore, {}});
    }
  // A grade of a commodity ("Brent crude", "WTI futures"): no entity (products and goods are unmarked,
  // docs/annotation.md); nor the word alone elsewhere in the document once it named the grade ("expected Brent to
  // average $86"; a person's full name that holds the word gives it back later, propagate).
  {
    std::vector<uint32_t> grades;
    for (size_t k = 0; k < cands.size(); ++k) {
      const Candidate& c = cands[k];
      if (drop[k] || c.bytes.end || c.end >= doc.tokens.size() || table.casing(c.end) != Casing::Lower ||
          name_word(table, c.end) != NameWord::GradeNoun)
        continue;
      // "[GPE U.S.] West Texas Intermediate", "[ORG U.S. West Texas Intermediate]": the place before it stays.
      auto grade = [&](uint32_t i) {
        return name_word(table, i) == NameWord::Grade ||
               (i + 3 == c.end && table.norm(i) == "west" && table.norm(i + 1) == "texas" &&
                table.norm(i + 2) == "intermediate");
      };
      uint32_t b = c.begin;
      while (b < c.end && !grade(b)) ++b;
      if (b == c.end) continue;
      if (b == c.begin) {
        drop[k] = 1;
      } else {
        Candidate& p = cands[k];
        if (b == p.begin + 1 && (table.type(p.begin).gaz & 1u << kGazCountry)) p.label = Label::Gpe;
        p.end = b;
      }
      grades.push_back(phrase_key(table, b, c.end));
    }
    if (!grades.empty())
      for (size_t k = 0; k < cands.size(); ++k) {
        const Candidate& c = cands[k];
        if (!drop[k] && !c.bytes.end &&
            std::find(grades.begin(), grades.end(), phrase_key(table, c.begin, c.end)) != grades.end())
          drop[k] = 1;
      }
  }
  // A place and a local body in lowercase ("Leeds city council", "Manchester council", "Kent police"): the
  // lowercase words name no organisation (docs/annotation.md); the place is a GPE.
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    if (drop[k] || c.bytes.end || c.end - c.begin < 2 || table.casing(c.end - 1) != Casing::Lower ||
        !table.typed(c.end - 1) || name_word(table, c.end - 1) != NameWord::LocalBody)
      continue;
    uint32_t e = c.end - 1;
    while (e > c.begin && table.casing(e - 1) == Casing::Lower && table.typed(e - 1) &&
           name_word(table, e - 1) == NameWord::LocalLevel)
      --e;
    bool names = e > c.begin;
    for (uint32_t i = c.begin; i < e; ++i)
      names = names && (table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper);  // "US army"
    if (!names) continue;
    c.end = e;
    // "the Indian navy": a nationality's adjective is a NORP, the place's own name a GPE.
    uint32_t gaz = table.type(c.begin).gaz;
    bool demonym = e == c.begin + 1 && (gaz & 1u << kGazDemonym) && !(gaz & 1u << kGazCountry);
    c.label = demonym ? Label::Norp : Label::Gpe;
  }
  // "Parkinson's disease", "Down's syndrome": a person's name in a disease's is no mention of the person; nor is an
  // eponym's of the table, an ORG to the tagger too.
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.bytes.end || (c.label != Label::Person && c.label != Label::Org) || c.end != c.begin + 1 ||
        c.end >= doc.tokens.size() || table.norm(c.end) != "'s")
      continue;
    // "early Alzheimer's", "Crohn's": a disease's eponym needs no noun after it (not before a name: "Alzheimer's
    // Research UK").
    bool eponym = name_word(table, c.begin) == NameWord::Eponym &&
                  (c.end + 1 >= doc.tokens.size() || table.casing(c.end + 1) != Casing::Title);
    if (!eponym && (c.label != Label::Person || c.end + 1 >= doc.tokens.size() ||
                    table.casing(c.end + 1) != Casing::Lower || name_word(table, c.end + 1) != NameWord::DiseaseNoun))
      continue;
    drop[k] = 1;
  }
  // A storm's name alone is the storm ("Phailin's winds"), whatever the tagger made of it.
  std::vector<uint32_t> storms;
  for (const Candidate& a : added)
    if (a.end - a.begin >= 2 && name_word(table, a.end - 2) == NameWord::Storm)
      storms.push_back(phrase_key(table, a.end - 1, a.end));
  // So is the name after its kind's initials ("T C Phailin", "TC Phailin": a tropical cyclone).
  auto initials = [&](uint32_t b, uint32_t e) {
    for (uint32_t i = b; i < e; ++i)
      if (table.casing(i) != Casing::Upper || doc.tokens[i].span.size() > 2) return false;
    return true;
  };
  if (!storms.empty())
    for (Candidate& c : cands)
      if (!c.bytes.end && c.end - c.begin <= 3 && initials(c.begin, c.end - 1) &&
          std::find(storms.begin(), storms.end(), phrase_key(table, c.end - 1, c.end)) != storms.end())
        c.label = Label::Event;
  if (added.empty() && std::find(drop.begin(), drop.end(), 1) == drop.end()) return;
  replace_candidates(cands, drop, added);
}

namespace {

/// A lowercase word that may follow a person's name after an honorific: a small word or a verb ("Mrs Tresillian from
/// next door", "Dr Vanstone about the rash", "Ms Pryor agreed").
bool after_person_name(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "from",  "and",    "or",     "said",   "says",    "was",    "is",      "has",     "had",       "who",    "at",
      "in",    "on",     "of",     "with",   "to",      "for",    "about",   "came",    "told",      "asked",  "will",
      "would", "could",  "can",    "did",    "does",    "agreed", "replied", "added",   "explained", "wrote",  "called",
      "went",  "looked", "smiled", "nodded", "laughed", "took",   "gave",    "sat",     "stood",     "walked", "but",
      "as",    "when",   "by",     "'s",     "again",   "too",    "later",   "herself", "himself"};
  for (std::string_view x : kWords)
    if (w == x) return true;
  return false;
}

/// A title ("President", "Chinese President") or a PersonBefore word ends right before token i, in its sentence.
bool person_context_before(const TokenTable& table, const Sentence& s, uint32_t i) {
  if (i <= s.first_token) return false;
  uint8_t title = table.gaz<kGazTitle>(i - 1);
  if (title == kPosLast || title == kPosUnit) return true;
  // A role in lower case and a comma: "said Kaalund's chief executive, [LOC Mette Holm]".
  if (i >= s.first_token + 2 && table.norm(i - 1) == "," && table.casing(i - 2) == Casing::Lower) {
    uint8_t role = table.gaz<kGazTitle>(i - 2);
    if (role == kPosLast || role == kPosUnit) return true;
  }
  return table.typed(i - 1) && name_word(table, i - 1) == NameWord::PersonBefore;
}

}  // namespace

void levels_alone(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [&](const Candidate& c) {
                               return !c.bytes.end && c.end == c.begin + 1 && c.end < doc.tokens.size() &&
                                      table.casing(c.begin) == Casing::Title &&
                                      name_word(table, c.begin) == NameWord::LocalLevel &&
                                      table.casing(c.end) == Casing::Lower &&
                                      name_word(table, c.end) == NameWord::LocalBody;
                             }),
              cands.end());
}

void nationalities_before_persons(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;
  constexpr uint32_t kGiven = 1u << kGazFirstName | 1u << kGazPersonName;
  // Words that make the capitalised words after a nationality a body, a place, an event or a title, not a person.
  constexpr uint32_t kNotName = 1u << kGazOrgWord | 1u << kGazLocWord | 1u << kGazGpeWord | 1u << kGazEventWord |
                                1u << kGazTitle | 1u << kGazDemonym | 1u << kGazCompany | 1u << kGazClub |
                                1u << kGazUniversity | 1u << kGazOrgName | 1u << kGazTimeWord | 1u << kGazCountry |
                                1u << kGazAdmin1 | 1u << kGazRegion | 1u << kGazEvent;
  std::vector<int32_t> owner;  // built on the first nationality only: most documents have none before a name
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i + 2 < s.last_token; ++i) {
      if (table.casing(i) != Casing::Title || table.gaz<kGazDemonym>(i) != kPosUnit || table.style(i) != Style::Normal)
        continue;
      uint32_t n = i + 1, j = n;
      while (j < s.last_token && j - n < kLongest && table.casing(j) == Casing::Title && table.typed(j) &&
             !(table.type(j).gaz & kNotName) && !body_name_word(table.norm_no_period(j)) &&
             doc.tokens[j].block == doc.tokens[i].block)
        ++j;
      if (j - n < 2 || (j < s.last_token && capital(table, j)) || !(table.type(n).gaz & kGiven)) continue;
      if (owner.empty()) {
        owner = candidate_at(doc.tokens.size(), cands);
        drop.assign(cands.size(), 0);
      }
      int32_t o = owner[i];
      // (An organisation's reading, or words the tagger left out, only when the last word is a family name of the
      // lists: not "American Bird Conservancy".)
      bool surname = table.type(j - 1).gaz & (1u << kGazSurname | 1u << kGazPersonName);
      bool whole = o >= 0 && cands[o].begin == i && cands[o].end == j && !cands[o].bytes.end &&
                   cands[o].label != Label::Event && (cands[o].label != Label::Org || surname);
      bool split =
          !whole && surname && (o < 0 || (cands[o].begin == i && cands[o].end == n && cands[o].label == Label::Norp));
      for (uint32_t k = n; split && k < j; ++k) split = owner[k] < 0;
      if (!whole && !split) continue;
      if (whole) drop[o] = 1;
      if (whole || o < 0) added.push_back({i, n, Label::Norp, kNameWordScore, {}});
      added.push_back({n, j, Label::Person, kNameWordScore, {}});
      i = j - 1;
    }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

void person_names(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                  std::vector<Candidate>& cands) {
  // Letters after a person's name are no part of it ("Judge [Rosalind Kettering] KC", "[Ann Lowe] QC").
  for (Candidate& c : cands)
    if (!c.bytes.end && c.label == Label::Person && c.end - c.begin >= 3 && table.casing(c.end - 1) == Casing::Upper &&
        table_find(kNameWords, table.norm_no_period(c.end - 1)) == NameWord::PostNominal)
      --c.end;
  // A word for a relative is no part of a name ("[LOC Aunt Vera]", "[PERSON Grandpa Joe]"): the person is the
  // capitalised words after it.
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2 || c.end - c.begin > 3 || table.casing(c.begin) != Casing::Title ||
        (c.label != Label::Person && c.label != Label::Loc && c.label != Label::Gpe && c.label != Label::Org))
      continue;
    bool titled = true;
    for (uint32_t i = c.begin + 1; i < c.end; ++i) titled = titled && table.casing(i) == Casing::Title;
    if (titled && table.typed(c.begin) && name_word(table, c.begin) == NameWord::Kin) {
      ++c.begin;
      c.label = Label::Person;
    }
  }
  constexpr uint32_t kShortest = 2, kLongest = 4;
  constexpr uint32_t kNotPerson = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1 |
                                  1u << kGazRegion | 1u << kGazOrgName | 1u << kGazCompany | 1u << kGazClub |
                                  1u << kGazUniversity | 1u << kGazEvent;
  auto nameable = [](Label l) {
    return l == Label::Person || l == Label::Org || l == Label::Gpe || l == Label::Loc || l == Label::Norp;
  };
  // A verb in -ing, a quantifier or a noun for a person that starts a sentence or a quotation is no first name
  // ("Beating Napoli is never easy", "Many Kent supporters", "Resident Ivy Marsh said"): the name starts after it.
  // Not an -ing word or a noun the name lists know ("Irving Berlin", "Fleming Jones", "Walker Hale").
  {
    std::vector<uint8_t> starts(doc.tokens.size() + 1, 0);
    for (const Sentence& s : doc.sentences) starts[s.first_token] = 1;
    constexpr uint32_t kNameLists = 1u << kGazFirstName | 1u << kGazSurname | 1u << kGazPersonName;
    for (Candidate& c : cands) {
      if (c.bytes.end || c.label != Label::Person || c.end - c.begin < 2 || table.casing(c.begin) != Casing::Title)
        continue;
      std::string_view w = table.norm(c.begin);
      bool start = starts[c.begin] || (c.begin > 0 && (doc.view(doc.tokens[c.begin - 1].span) == "\"" ||
                                                       doc.view(doc.tokens[c.begin - 1].span) == "\xE2\x80\x9C"));
      bool verb = w.size() > 5 && w.substr(w.size() - 3) == "ing" &&
                  !(gazetteer.find(phrase_key(table, c.begin, c.begin + 1)) & kNameLists);
      std::optional<NameWord> nw = table.typed(c.begin) ? name_word(table, c.begin) : std::nullopt;
      bool noun = nw == NameWord::PersonNoun && !(gazetteer.find(phrase_key(table, c.begin, c.begin + 1)) & kNameLists);
      if (start && (verb || nw == NameWord::Quantifier || noun)) ++c.begin;
    }
  }
  auto words = [&](uint32_t b, uint32_t e) {
    for (uint32_t i = b; i < e; ++i)
      if (table.casing(i) != Casing::Title) return false;
    return true;
  };
  // The multi-word names tagged in the document: key -> a person's context seen before one of its mentions.
  std::unordered_map<uint64_t, bool> names;
  auto key = [&](uint32_t b, uint32_t e) { return uint64_t(phrase_key(table, b, e)) << 8 | (e - b); };
  for (const Candidate& c : cands) {
    uint32_t n = c.end - c.begin;
    if (c.bytes.end || !nameable(c.label) || n < kShortest || n > kLongest || !words(c.begin, c.end)) continue;
    if (gazetteer.find(phrase_key(table, c.begin, c.end)) & kNotPerson) continue;
    // (A name that ends in an organisation's word is none: "official [ORG Home Office] figures".)
    if (c.label == Label::Org && table.gaz<kGazOrgWord>(c.end - 1) != kPosNone) continue;
    names.emplace(key(c.begin, c.end), false);
  }
  // One-word persons ("Xi said"): after a person's context, untagged capitalised words that start or end with
  // one of them are that person's full name ("President Xi Jinping", which the tagger left out).
  std::unordered_map<uint32_t, bool> persons;
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands) {
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
    if (!c.bytes.end && c.label == Label::Person && c.end == c.begin + 1 && table.casing(c.begin) == Casing::Title)
      persons.emplace(phrase_key(table, c.begin, c.end), true);
  }
  // Every place in the text where such a name follows a person's context, tagged or not.
  bool any = false;
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token + 1; i < s.last_token; ++i) {
      if (table.casing(i) != Casing::Title || !person_context_before(table, s, i)) continue;
      for (uint32_t e = i + kShortest; e <= i + kLongest && e <= s.last_token; ++e) {
        auto it = names.find(key(i, e));
        if (it != names.end()) {
          it->second = true;
          any = true;
        }
      }
      if (taken[i]) continue;
      uint32_t e = i;
      while (e < s.last_token && e < i + 3 && !taken[e] && table.casing(e) == Casing::Title &&
             table.gaz<kGazOrgWord>(e) == kPosNone)
        ++e;
      if (e - i < kShortest || (e < s.last_token && table.casing(e) == Casing::Title)) continue;
      // Or two words right after a PersonBefore word or a role in lower case ("by designer Meera Lal", "said chief
      // executive Orla Farrant", untagged), no place's word last ("the town's mayor Harbour Street").
      uint8_t role = table.gaz<kGazTitle>(i - 1);
      bool named = e == i + 2 && table.casing(i - 1) == Casing::Lower && table.typed(i - 1) &&
                   (name_word(table, i - 1) == NameWord::PersonBefore || role == kPosLast || role == kPosUnit) &&
                   !(table.type(e - 1).gaz & (1u << kGazLocWord | 1u << kGazGpeWord)) &&
                   !(gazetteer.find(phrase_key(table, i, e)) & kNotPerson);
      if (named || persons.count(phrase_key(table, i, i + 1)) || persons.count(phrase_key(table, e - 1, e))) {
        added.push_back({i, e, Label::Person, kNameWordScore, {}});
        i = e - 1;
      }
    }
  // "Margrethe Vestergaard, the Commission's executive vice-president for competition, told": two or three
  // capitalised words the tagger left out, opening the sentence, then a comma, "the", "a" or "an" and a role's last
  // word in lower case before the next comma: a person's name (not a body's or a place's the lists know).
  for (const Candidate& c : added)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  // Also right after a quotation that opens the sentence: "“We think ...,” Kaiann Drance, Apple's vice president of
  // marketing, said" (a possessive's owner, capitalised, in place of "the").
  auto opens_after_quote = [&](const Sentence& s, uint32_t i) {
    return i >= s.first_token + 2 && doc.tokens[i - 1].kind == TokenKind::Quote &&
           (table.norm(i - 2) == "," || table.norm(i - 2) == "?" || table.norm(i - 2) == "!");
  };
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i < s.last_token && i < s.first_token + 80; ++i) {
      if (i != s.first_token && !opens_after_quote(s, i)) continue;
      uint32_t e = i;
      while (e < s.last_token && e < i + 3 && !taken[e] && table.casing(e) == Casing::Title &&
             table.style(e) == Style::Normal && table.gaz<kGazOrgWord>(e) == kPosNone)
        ++e;
      if (e - i < kShortest || e + 2 >= s.last_token || table.norm(e) != ",") continue;
      std::string_view det = table.norm(e + 1), first = table.norm(i);
      bool owner = i != s.first_token && e + 3 < s.last_token && table.casing(e + 1) == Casing::Title &&
                   table.norm(e + 2) == "'s";
      if (((det != "the" && det != "a" && det != "an") && !owner) || first == "the" || first == "a" || first == "an" ||
          first == "this" || first == "its" || first == "his" || first == "her" || first == "their" || first == "our")
        continue;
      bool office = false;
      for (uint32_t k = e + 2; k < s.last_token && k < e + 10 && table.norm(k) != "," && !office; ++k) {
        uint8_t role = table.gaz<kGazTitle>(k);
        office = table.casing(k) == Casing::Lower && (role == kPosLast || role == kPosUnit);
      }
      if (office && !(gazetteer.find(phrase_key(table, i, e)) & kNotPerson))
        added.push_back({i, e, Label::Person, kNameWordScore, {}});
    }
  // After an honorific ("Mrs", "Dr.", "Ms"), capitalised, in running text: one to three capitalised words the tagger
  // left out, no capitalised word after them, are a person's name ("it was only Mrs Tresillian from next door").
  for (const Candidate& a : added)
    for (uint32_t k = a.begin; k < a.end; ++k) taken[k] = 1;
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i + 1 < s.last_token; ++i) {
      if (table.casing(i) != Casing::Title || table.style(i) != Style::Normal || !table.typed(i) ||
          name_word(table, i) != NameWord::Honorific)
        continue;
      uint32_t e = i + 1;
      while (e < s.last_token && e < i + 4 && !taken[e] && table.casing(e) == Casing::Title &&
             table.gaz<kGazOrgWord>(e) == kPosNone && table.gaz<kGazTitle>(e) == kPosNone)
        ++e;  // not a title: "Mr. Chief Justice" addresses the office
      if (e == i + 1 || (e < s.last_token && (table.casing(e) == Casing::Title || taken[e])) ||
          (gazetteer.find(phrase_key(table, i + 1, e)) & kNotPerson))
        continue;
      // A person's name ends a phrase or goes on with a small word or a verb of the story; a brand named so goes on
      // with its product ("Dr Martens boots", "Mr Men books").
      if (e < s.last_token && table.casing(e) == Casing::Lower && doc.tokens[e].kind == TokenKind::Word &&
          !after_person_name(table.norm(e)))
        continue;
      added.push_back({i + 1, e, Label::Person, kNameWordScore, {}});
      i = e - 1;
    }
  if (any) {
    for (Candidate& c : cands) {
      uint32_t n = c.end - c.begin;
      if (c.bytes.end || !nameable(c.label) || n < kShortest || n > kLongest) continue;
      auto it = names.find(key(c.begin, c.end));
      if (it != names.end() && it->second) c.label = Label::Person;
    }
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

namespace {

enum class PartyMember : uint8_t { Member, Party, Lead, Adjective, Stance };

#include "ner_party_members.inc"  // kPartyMembers

enum class CapitalKind : uint8_t { Capital };

#include "ner_capitals.inc"  // kCapitals

}  // namespace

namespace {
/// Whether tokens [b, e) are, all of them, one state or country of the gazetteers.
bool state_or_country(const TokenTable& table, const Gazetteer& gaz, uint32_t b, uint32_t e) {
  return gaz.find(phrase_key(table, b, e)) & (1u << kGazAdmin1 | 1u << kGazCountry);
}
}  // namespace

void party_members(const Document& doc, const TokenTable& table, const Gazetteer& gaz, std::vector<Candidate>& cands) {
  std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (table.casing(i) != Casing::Title || (table.style(i) != Style::Normal && table.style(i) != Style::Lower))
        continue;
      auto kind = table_find(kPartyMembers, table.norm(i));
      if (!kind || kind == PartyMember::Stance) continue;
      // "a Liberal Democrat", "the Liberal Democrats won three": a member's noun of two words (table class Lead
      // first), which the tagger read as the party, is a NORP, in the plural too, as "Conservatives" and "Democrats"
      // are (docs/annotation.md; not "the Press Democrat", a newspaper).
      if (int32_t o = owner[i]; kind == PartyMember::Member && o >= 0 && cands[o].label == Label::Org &&
                                cands[o].begin + 1 == i && cands[o].end == i + 1 && !cands[o].bytes.end &&
                                table_find(kPartyMembers, table.norm(i - 1)) == PartyMember::Lead) {
        cands[o].label = Label::Norp;
        continue;
      }
      // "a Washington Democrat", "the Ohio Republican": a state or a country and a member's noun, which the tagger
      // read as one name, are the place, a GPE, and the member, a NORP (docs/annotation.md).
      if (int32_t o = owner[i]; kind == PartyMember::Member && o >= 0 && cands[o].end == i + 1 && cands[o].begin < i &&
                                i - cands[o].begin <= 3 && !cands[o].bytes.end &&
                                (cands[o].label == Label::Org || cands[o].label == Label::Person) &&
                                state_or_country(table, gaz, cands[o].begin, i)) {
        added.push_back({i, i + 1, Label::Norp, cands[o].score, {}});
        cands[o].end = i;
        cands[o].label = Label::Gpe;
        continue;
      }
      if (kind == PartyMember::Lead) continue;
      // "Conservative politicians": an adjective of a party only before a lowercase word, and not opening the
      // sentence ("Conservative estimates").
      if (kind == PartyMember::Adjective &&
          ((table.flags(i) & kSentenceStart) || i + 1 >= s.last_token || table.casing(i + 1) != Casing::Lower))
        continue;
      // Alone: not a word of a longer name ("Democrats Abroad", "Young Republicans").
      // (A plural acronym after it is no part of a name: "Labour MPs", "Tory MEPs".)
      auto plural_acronym = [&](uint32_t j) {
        std::string_view w = doc.view(doc.tokens[j].span);
        if (w.size() < 3 || w.back() != 's') return false;
        for (size_t n = 0; n + 1 < w.size(); ++n)
          if (w[n] < 'A' || w[n] > 'Z') return false;
        return true;
      };
      if (i + 1 < s.last_token && table.casing(i + 1) == Casing::Title && owner[i + 1] < 0 && !plural_acronym(i + 1))
        continue;
      if (i > s.first_token && !(table.flags(i - 1) & kSentenceStart) && table.casing(i - 1) == Casing::Title &&
          owner[i - 1] < 0)
        continue;
      int32_t o = owner[i];
      // A party's one-word name is the party, an ORG, also before its members' nouns ("Labour MPs", "a Labour
      // spokesman"); untagged at a sentence's start it may be the common noun ("Labour costs rose").
      Label label = kind == PartyMember::Party ? Label::Org : Label::Norp;
      // ("Labour leader Ivana Bacik said", "Labour MPs voted": a role after it names the party there too.)
      auto role_after = [&] {
        if (i + 1 >= s.last_token) return false;
        std::string_view w = table.norm_no_period(i + 1);
        uint8_t role = table.gaz<kGazTitle>(i + 1);
        return role == kPosLast || role == kPosUnit || plural_acronym(i + 1) || w == "mp" || w == "td" || w == "msp" ||
               w == "mep" || w == "councillor" || w == "councillors";
      };
      if (o < 0) {
        if (kind == PartyMember::Party && (table.flags(i) & kSentenceStart) && !role_after()) continue;
        added.push_back({i, i + 1, label, kNameWordScore, {}});
      } else if (cands[o].begin == i && cands[o].end == i + 1 && !cands[o].bytes.end) {
        cands[o].label = label;
      }
    }
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void parties_named_by_stance(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;  // words of the party's name
  std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 2; i < s.last_token; ++i) {
      if (table.norm(i) != "party" || table.casing(i) != Casing::Lower) continue;
      // The name: capitalised words right before "party", after a lowercase word of politics ("the ruling Velora
      // party"); nothing else in the sentence says what it is.
      uint32_t b = i;
      while (b > s.first_token + 1 && i - b < kLongest && table.casing(b - 1) == Casing::Title &&
             !(table.flags(b - 1) & kSentenceStart))
        --b;
      if (b == i || table.casing(b - 1) != Casing::Lower ||
          table_find(kPartyMembers, table.norm(b - 1)) != PartyMember::Stance)
        continue;
      bool member_word = false;  // "the ruling Conservative party": the party's adjective, as it was read
      for (uint32_t w = b; w < i; ++w) member_word = member_word || table_find(kPartyMembers, table.norm(w));
      if (member_word) continue;
      int32_t o = owner[b];
      if (o < 0) {
        bool free = true;
        for (uint32_t w = b; w < i; ++w) free = free && owner[w] < 0;
        if (free) added.push_back({b, i, Label::Org, kNameWordScore, {}});
      } else if (cands[o].begin == b && cands[o].end == i && !cands[o].bytes.end && cands[o].label != Label::Norp &&
                 cands[o].label != Label::Gpe) {
        cands[o].label = Label::Org;
      }
    }
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void places_not_persons(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                        std::vector<Candidate>& cands) {
  constexpr uint32_t kState = 1u << kGazCountry | 1u << kGazAdmin1;
  // "a [PERSON Texas Ranger]": a member of a body named by its state or country after "a" is no person's name; the
  // place in it is the GPE (docs/annotation.md: "a [Texas] Ranger"), and its other mentions are no person's.
  for (Candidate& c : cands) {
    if (c.label != Label::Person || c.bytes.end || c.end - c.begin < 2 || c.end - c.begin > 3 || c.begin == 0 ||
        (table.casing(c.begin - 1) != Casing::Lower && !(table.flags(c.begin - 1) & kSentenceStart)) ||
        !(table.flags(c.begin - 1) & kInSentence) || table.casing(c.end - 1) != Casing::Title)
      continue;
    std::string_view article = table.norm(c.begin - 1);
    if ((article != "a" && article != "an") || !(gazetteer.find(phrase_key(table, c.begin, c.end - 1)) & kState))
      continue;
    c.end -= 1;
    c.label = Label::Gpe;
  }
  constexpr uint32_t kBigPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity;
  constexpr uint32_t kPersonName = 1u << kGazFirstName | 1u << kGazSurname;
  std::unordered_map<uint32_t, bool> words;  // key of a one-word PERSON that is a big place -> still a place
  for (const Candidate& c : cands) {
    if (c.label != Label::Person || c.bytes.end || c.end != c.begin + 1 || table.casing(c.begin) != Casing::Title)
      continue;
    uint32_t v = gazetteer.find(phrase_key(table, c.begin, c.end));
    if ((v & kBigPlace) && !(v & kPersonName) && table_find(kCapitals, table.norm(c.begin)))
      words.emplace(table.key(c.begin), true);
  }
  if (words.empty()) return;
  for (const Candidate& c : cands) {
    if (c.bytes.end) continue;
    if (c.label == Label::Person && c.end - c.begin >= 2)  // a word of a person's full name
      for (uint32_t i = c.begin; i < c.end; ++i) {
        auto it = words.find(table.key(i));
        if (it != words.end()) it->second = false;
      }
    if (c.end == c.begin + 1 && c.begin > 0 && (table.flags(c.begin - 1) & kInSentence)) {
      uint8_t title = table.gaz<kGazTitle>(c.begin - 1);
      auto it = words.find(table.key(c.begin));
      if (it != words.end() && (title == kPosLast || title == kPosUnit)) it->second = false;  // "Mr. Tallinn"
    }
  }
  for (Candidate& c : cands) {
    if (c.label != Label::Person || c.bytes.end || c.end != c.begin + 1) continue;
    auto it = words.find(table.key(c.begin));
    if (it != words.end() && it->second) c.label = Label::Gpe;
  }
}

// Every name of a byline is a person: "By Tom Hale and Priya Nair" (the structure stage has cut the byline to its
// names). A part between "and", "&", "/" or commas of two to four capitalised words (initials allowed) with no word
// of a company's name or a place is a PERSON, whether the tagger left it untagged or read it as an organisation or
// a place ("By Morwenna Tillett": a given name it has never seen); a part with such a word is left as it is (an
// agency: "Associated Press").
void byline_roles(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                  std::vector<Candidate>& cands) {
  constexpr uint32_t kListed = 1u << kGazOrgName | 1u << kGazCompany;
  if (!doc.article.byline || doc.article.byline->empty()) return;
  // A role of the titles' list (core/data/ner_titles.tsv: "Reporter", "Correspondent"), in the model's gazetteer.
  auto role = [&](uint32_t i) {
    uint8_t title = table.gaz<kGazTitle>(i);
    return title == kPosUnit || title == kPosLast;
  };
  auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), doc.article.byline->begin,
                                [](const Token& t, uint32_t at) { return t.span.begin < at; });
  if (first == doc.tokens.end()) return;
  uint32_t block = first->block;
  std::vector<Candidate> kept;
  kept.reserve(cands.size());
  for (const Candidate& c : cands) {
    bool drop = c.label == Label::Org && !c.bytes.end && doc.tokens[c.begin].block == block && c.begin > 0 &&
                table.norm(c.begin - 1) == "," && c.end < doc.tokens.size() && doc.tokens[c.end].block == block &&
                table.casing(c.end) == Casing::Title && role(c.end) &&
                (c.end + 1 >= doc.tokens.size() || doc.tokens[c.end + 1].block != block) &&
                !(gazetteer.find(phrase_key(table, c.begin, c.end)) & kListed);
    if (!drop) kept.push_back(c);
  }
  cands = std::move(kept);
}

void byline_names(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                  std::vector<Candidate>& cands) {
  constexpr uint32_t kNotPerson = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazOrgWord | 1u << kGazOrgName;
  if (!doc.article.byline || doc.article.byline->empty()) return;
  Span by = *doc.article.byline;
  uint32_t first = UINT32_MAX, last = 0;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].span.begin < by.begin) continue;
    if (doc.tokens[i].span.end > by.end) break;
    if (!(table.flags(i) & kInSentence)) return;
    first = std::min(first, i);
    last = i + 1;
  }
  if (first >= last) return;
  std::vector<uint8_t> owned(last - first, 0);
  for (const Candidate& c : cands)
    for (uint32_t i = std::max(c.begin, first); i < std::min(c.end, last); ++i) owned[i - first] = 1;
  // The candidate that covers exactly tokens [b, e), or none.
  auto exactly = [&](uint32_t b, uint32_t e) -> Candidate* {
    for (Candidate& c : cands)
      if (c.begin == b && c.end == e && !c.bytes.end) return &c;
    return nullptr;
  };
  auto separator = [&](uint32_t i) {
    std::string_view w = doc.view(doc.tokens[i].span);
    return w == "and" || w == "&" || w == "/" || w == ",";
  };
  std::vector<Candidate> added;
  for (uint32_t b = first; b < last;) {
    uint32_t e = b;
    while (e < last && !separator(e)) ++e;
    bool names = e - b >= 2 && e - b <= 4;
    bool untagged = true;
    for (uint32_t i = b; i < e && names; ++i) {
      names = table.casing(i) == Casing::Title || (table.casing(i) == Casing::Upper && doc.tokens[i].span.size() <= 2);
      untagged = untagged && !owned[i - first];
    }
    Candidate* read = untagged ? nullptr : exactly(b, e);
    bool misread = read && (read->label == Label::Org || read->label == Label::Gpe || read->label == Label::Loc);
    for (uint32_t i = b; i < e && names && (untagged || misread); ++i)  // "Harbour Press Agency": no person
      names = !company_name_end(table.norm_no_period(i)) && !(gazetteer.find(phrase_key(table, i, i + 1)) & kNotPerson);
    if (names && untagged) added.push_back({b, e, Label::Person, kNameWordScore, {}});
    if (names && misread) read->label = Label::Person;
    b = e + 1;
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void relatives_named(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 2;  // words of each name
  auto capital = [&](uint32_t k, uint32_t last) {
    return k < last && table.casing(k) == Casing::Title && table.style(k) == Style::Normal;
  };
  std::vector<int32_t> owner;  // made when first needed: few documents name relatives in a list
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 1; i < s.last_token; ++i) {
      // The list's first name, right after the plural word or its comma.
      if (!capital(i, s.last_token)) continue;
      uint32_t r = table.norm(i - 1) == "," && i >= s.first_token + 2 ? i - 2 : i - 1;
      if (table.casing(r) != Casing::Lower || !table.typed(r) || name_word(table, r) != NameWord::Relatives) continue;
      std::vector<std::pair<uint32_t, uint32_t>> names = listed_names(table, i, s.last_token, kLongest);
      if (names.empty()) continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      for (auto [nb, ne] : names) {
        int32_t o = owner[nb];
        if (o < 0) {
          bool free = true;
          for (uint32_t k = nb; k < ne; ++k) free = free && owner[k] < 0;
          if (free) added.push_back({nb, ne, Label::Person, kNameWordScore, {}});
          continue;
        }
        Candidate& c = cands[o];
        if (c.begin == nb && c.end == ne && !c.bytes.end &&
            (c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Org || c.label == Label::Norp))
          c.label = Label::Person;
      }
      i = names.back().second;
    }
  }
  // One relative named in an apposition: "His mother, Abena, said", "her husband, Tom Hale, who ..." (a possessive
  // or "the" before the word, one to three capitalised words between commas, or before "said").
  for (const Sentence& s : doc.sentences)
    for (uint32_t r = s.first_token + 1; r + 3 < s.last_token; ++r) {
      if (table.norm(r + 1) != "," || table.casing(r) != Casing::Lower || !table.typed(r) ||
          name_word(table, r) != NameWord::Relative || !capital(r + 2, s.last_token))
        continue;
      std::string_view d = table.norm(r - 1);
      if (d != "his" && d != "her" && d != "their" && d != "my" && d != "our" && d != "the" && d != "late" && d != "'s")
        continue;
      uint32_t b = r + 2, e = b;
      while (e < s.last_token && e - b < 3 && capital(e, s.last_token)) ++e;
      if (e < s.last_token && table.norm(e) != "," && table.norm(e) != "." && table.norm(e) != "said") continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      int32_t o = owner[b];
      if (o < 0) {
        bool free = true;
        for (uint32_t k = b; k < e; ++k) free = free && owner[k] < 0;
        if (free) added.push_back({b, e, Label::Person, kNameWordScore, {}});
      } else if (Candidate& c = cands[o];
                 c.begin == b && c.end == e && !c.bytes.end &&
                 (c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Org || c.label == Label::Norp)) {
        c.label = Label::Person;
      }
      r = e;
    }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void titled_names(const Document& doc, const TokenTable& table, const Gazetteer& gaz, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;  // words of the name
  constexpr uint32_t kNotPerson = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazRegion |
                                  1u << kGazCompany | 1u << kGazOrgName | 1u << kGazClub | 1u << kGazUniversity |
                                  1u << kGazEvent;
  constexpr uint32_t kPersonNames = 1u << kGazFirstName | 1u << kGazSurname | 1u << kGazPersonName;
  std::vector<int32_t> owner;  // made when first needed
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i + 2 < s.last_token; ++i) {
      uint8_t title = table.gaz<kGazTitle>(i);
      if ((title != kPosUnit && title != kPosLast) || table.casing(i) != Casing::Title ||
          table.style(i) != Style::Normal || table.casing(i + 1) != Casing::Title)
        continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      uint32_t e = i + 1;
      while (e < s.last_token && e - i <= kLongest && owner[e] < 0 && table.casing(e) == Casing::Title &&
             table.style(e) == Style::Normal && doc.tokens[e].kind == TokenKind::Word &&
             table.gaz<kGazTitle>(e) == kPosNone && table.gaz<kGazOrgWord>(e) == kPosNone &&
             !body_name_word(table.norm_no_period(e)))
        ++e;
      // Two or three words, then no capitalised word (the name goes on past them) and no possessive.
      if (e - i < 3 || e - i > kLongest + 1 || (e < s.last_token && table.casing(e) == Casing::Title) ||
          (e < s.last_token && (table.norm(e) == "'s" || table.norm(e) == "'")) ||
          (owner[i] >= 0 && cands[owner[i]].end > i + 1) || (gaz.find(phrase_key(table, i + 1, e)) & kNotPerson) ||
          !(gaz.find(phrase_key(table, e - 1, e)) & kPersonNames))  // "Doctor Who Live" is none
        continue;
      added.push_back({i + 1, e, Label::Person, kNameWordScore, {}});
      i = e - 1;
    }
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void given_names_after_roles(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<int32_t> owner;  // made when first needed
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 2; i < s.last_token; ++i) {
      // i: the tagger's person; i - 1: a capitalised word it left out; i - 2: a role in lower case.
      if (table.casing(i - 1) != Casing::Title || table.style(i - 1) != Style::Normal ||
          table.casing(i - 2) != Casing::Lower || !person_context_before(table, s, i - 1) ||
          table.gaz<kGazTitle>(i - 1) != kPosNone || table.gaz<kGazOrgWord>(i - 1) != kPosNone ||
          table.gaz<kGazDemonym>(i - 1) != kPosNone)
        continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      int32_t o = owner[i];
      if (o < 0 || owner[i - 1] >= 0) continue;
      Candidate& c = cands[o];
      if (c.begin != i || c.bytes.end || c.label != Label::Person || c.end - c.begin > 2) continue;
      c.begin = i - 1;
      owner[i - 1] = o;
    }
  }
}

void titles_alone(const TokenTable& table, std::vector<Candidate>& cands) {
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [&](const Candidate& c) {
                               return !c.bytes.end && c.end == c.begin + 1 && c.begin > 0 &&
                                      table.norm(c.begin - 1) == "the" && table.casing(c.begin) == Casing::Title &&
                                      (c.label == Label::Person || c.label == Label::Org || c.label == Label::Gpe ||
                                       c.label == Label::Loc) &&
                                      is_title(table.norm(c.begin));
                             }),
              cands.end());
}

void possessors_of_persons(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                           std::vector<Candidate>& cands) {
  constexpr uint32_t kBigPlace = 1u << kGazCountry | 1u << kGazAdmin1;  // not a city (a team named like one)
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Candidate& a = cands[k];
    const Candidate& b = cands[k + 1];
    if (a.label != Label::Person || b.label != Label::Person || a.bytes.end || b.bytes.end || a.end - a.begin > 2 ||
        b.end - b.begin < 2 || b.begin != a.end + 1 || doc.tokens[b.begin].block != doc.tokens[a.begin].block)
      continue;
    // "'s", or an apostrophe right after a name in -s ("Mercedes' George Russell").
    std::string_view clitic = table.norm(a.end);
    bool possessive =
        (doc.tokens[a.end].kind == TokenKind::Clitic && clitic == "'s") ||
        ((clitic == "'" || clitic == "\xE2\x80\x99") && doc.tokens[a.end].span.begin == doc.tokens[a.end - 1].span.end);
    if (!possessive) continue;
    a.label = (gazetteer.find(phrase_key(table, a.begin, a.end)) & kBigPlace) ? Label::Gpe : Label::Org;
  }
}

void surnames_read_as_teams(const TokenTable& table, std::vector<Candidate>& cands) {
  std::unordered_map<uint32_t, bool> surnames;  // last words of full persons' names
  for (const Candidate& c : cands)
    if (c.label == Label::Person && !c.bytes.end && c.end - c.begin >= 2 && table.casing(c.end - 1) == Casing::Title)
      surnames.emplace(table.key(c.end - 1), true);
  if (surnames.empty()) return;
  for (Candidate& c : cands)
    if (c.label == Label::Org && !c.bytes.end && c.end == c.begin + 1 && table.casing(c.begin) == Casing::Title &&
        surnames.count(table.key(c.begin)))
      c.label = Label::Person;
}

void month_given_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<uint8_t> drop;
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Candidate& m = cands[k];
    Candidate& p = cands[k + 1];
    if (m.label != Label::Date || p.label != Label::Person || m.bytes.end || p.bytes.end || m.end != m.begin + 1 ||
        p.begin != m.end || table.casing(m.begin) != Casing::Title ||
        name_word(table, m.begin) != NameWord::MonthName || table.casing(p.begin) != Casing::Title ||
        doc.tokens[p.begin].block != doc.tokens[m.begin].block)
      continue;
    // "in April Hale said", "by May Smith had gone" are dates; a given name follows a noun ("the playwright"), a
    // comma or nothing.
    if (m.begin > 0 && !(table.flags(m.begin) & kSentenceStart)) {
      static constexpr std::string_view kDateBefore[] = {
          "in",      "on",   "of",    "since", "from",       "until",  "till",  "to",     "through", "during", "before",
          "after",   "by",   "and",   "or",    "last",       "next",   "this",  "that",   "early",   "late",   "mid",
          "between", "each", "every", "until", "throughout", "around", "about", "within", "for",     "than",   "but"};
      std::string_view w = table.norm(m.begin - 1);
      bool date_before = table.casing(m.begin - 1) != Casing::Lower;
      for (std::string_view d : kDateBefore) date_before = date_before || w == d;
      if (date_before && w != ",") continue;
    }
    if (drop.empty()) drop.assign(cands.size(), 0);
    p.begin = m.begin;
    drop[k] = 1;
    ++k;
  }
  if (!drop.empty()) replace_candidates(cands, drop, {});
}

void seats_before_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  auto lawmaker = [&](uint32_t i) {
    std::string_view w = table.norm_no_period(i);
    return w == "mp" || w == "msp" || w == "mla" || w == "mep" || w == "td" || w == "senator" || w == "congressman" ||
           w == "congresswoman" || w == "representative" || w == "member";
  };
  auto title = [&](uint32_t i) { return table.casing(i) == Casing::Title && table.style(i) == Style::Normal; };
  std::vector<int32_t> owner;  // made when first needed: few documents name a seat so
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (uint32_t f = 1; f + 3 < doc.tokens.size(); ++f) {
    if ((table.norm(f) != "for" && table.norm(f) != "from") || !lawmaker(f - 1) || !title(f + 1)) continue;
    if (owner.empty()) {
      owner = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    uint32_t block = doc.tokens[f].block, e = f + 1;
    while (e < doc.tokens.size() && e - f <= 6 && title(e) && doc.tokens[e].block == block) ++e;
    // The person's name: its last two capitalised words, a given name first (or three, a middle name between); the
    // seat before it.
    uint32_t k = 0;
    for (uint32_t n : {2u, 3u}) {
      if (e >= f + 1 + n + 1 && table.gaz<kGazFirstName>(e - n) != kPosNone) {
        k = e - n;
        break;
      }
    }
    if (k == 0) continue;
    // Only the tagger's names that lie inside the run: one over the seat and the name, or the name alone.
    bool inside = true;
    for (uint32_t i = f + 1; i < e && inside; ++i) {
      int32_t o = owner[i];
      inside = o < 0 || (cands[o].begin >= f + 1 && cands[o].end <= e && !cands[o].bytes.end);
    }
    if (!inside) continue;
    drop_on(owner, f + 1, e, drop);
    added.push_back({f + 1, k, Label::Gpe, kNameWordScore, {}});
    added.push_back({k, e, Label::Person, kNameWordScore, {}});
    f = e - 1;
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

namespace {

/// "I", "IV", "XIV": a Roman numeral of a ruler (one to 39), in capitals.
bool roman_numeral(std::string_view w) {
  static constexpr std::string_view kUnits[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  size_t x = 0;
  while (x < w.size() && x < 3 && w[x] == 'X') ++x;
  std::string_view rest = w.substr(x);
  if (w.empty() || (x == 0 && rest.empty())) return false;
  for (std::string_view u : kUnits)
    if (rest == u) return true;
  return false;
}

}  // namespace

void regnal_numerals(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<int32_t> owner;  // made when first needed: few documents name a ruler
  for (Candidate& c : cands) {
    uint32_t n = c.end;
    // The numeral after one space, in the name's sentence: not across a line break ("Patty<br>I have the keys": a
    // signature, then the pronoun).
    if (c.bytes.end || n >= doc.tokens.size() || doc.tokens[n].block != doc.tokens[c.begin].block ||
        doc.tokens[n].span.begin != doc.tokens[n - 1].span.end + 1 || doc.text[doc.tokens[n - 1].span.end] != ' ' ||
        (table.flags(n) & kSentenceStart) || !roman_numeral(doc.view(doc.tokens[n].span)) || !capital(table, n - 1))
      continue;
    bool ruler = c.begin > 0 && doc.tokens[c.begin - 1].block == doc.tokens[c.begin].block &&
                 capital(table, c.begin - 1) && name_word(table, c.begin - 1) == NameWord::Ruler;
    if (c.label != Label::Person && !(ruler && c.end == c.begin + 1)) continue;
    // "I" is also the pronoun ("the day I met Tom I was reading"): the numeral only after a ruler's title or before
    // a comma, a bracket, a colon or the sentence's end ("Osric I, built"), or before a lowercase word where the
    // one-word name opens the sentence or follows "under" ("Edgar I ruled for years", "under Edgar I the fleet
    // grew"; not "I told Tom I was late").
    if (doc.view(doc.tokens[n].span) == "I" && !ruler) {
      std::string_view next = n + 1 < doc.tokens.size() && doc.tokens[n + 1].block == doc.tokens[n].block
                                  ? doc.view(doc.tokens[n + 1].span)
                                  : std::string_view(".");
      bool subject = c.end == c.begin + 1 && n + 1 < doc.tokens.size() && table.casing(n + 1) == Casing::Lower &&
                     !(table.flags(n + 1) & kSentenceStart) &&
                     ((table.flags(c.begin) & kSentenceStart) ||
                      (c.begin > 0 && table.norm(c.begin - 1) == "under" && !(table.flags(c.begin) & kSentenceStart)));
      if (!subject && next != "," && next != ")" && next != ";" && next != ":" && next != "." && next != "'s" &&
          next != "’s")
        continue;
    }
    if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
    if (owner[n] >= 0) continue;
    c.end = n + 1;
    c.label = Label::Person;
  }
}

void case_names(const Document& doc, const TokenTable& table, bool sports_report, std::vector<Candidate>& cands) {
  if (sports_report) return;
  // Words of a court in the sentence make a "v" without its period a case's.
  auto court_word = [](std::string_view w) {
    return w == "court" || w == "courts" || w == "ruling" || w == "ruled" || w == "case" || w == "judge" ||
           w == "judges" || w == "justices" || w == "appeal" || w == "lawsuit" || w == "judgment" || w == "judgement" ||
           w == "verdict" || w == "precedent" || w == "overturned" || w == "cited";
  };
  std::vector<uint8_t> drop;
  std::vector<int32_t> owner;
  for (const Sentence& s : doc.sentences) {
    bool court = false;  // computed when first needed
    bool court_known = false;
    for (uint32_t i = s.first_token + 1; i + 1 < s.last_token; ++i) {
      std::string_view w = doc.view(doc.tokens[i].span);
      if (w != "v." && w != "v") continue;
      if (table.casing(i - 1) != Casing::Title && table.casing(i - 1) != Casing::Upper) continue;
      if (table.casing(i + 1) != Casing::Title && table.casing(i + 1) != Casing::Upper) continue;
      if (w == "v") {
        if (!court_known) {
          for (uint32_t k = s.first_token; k < s.last_token && !court; ++k) court = court_word(table.norm(k));
          court_known = true;
        }
        if (!court) continue;
      }
      if (owner.empty()) {
        owner = candidate_at(doc.tokens.size(), cands);
        drop.assign(cands.size(), 0);
      }
      for (int32_t o : {owner[i - 1], owner[i], owner[i + 1]}) {
        if (o < 0 || cands[o].bytes.end) continue;
        Label l = cands[o].label;
        if (l == Label::Person || l == Label::Org || l == Label::Gpe || l == Label::Loc) drop[o] = 1;
      }
    }
  }
  if (drop.empty()) return;
  size_t k = 0;
  for (size_t c = 0; c < cands.size(); ++c)
    if (!drop[c]) cands[k++] = cands[c];
  cands.resize(k);
}

void languages_used(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<int32_t> owner;  // made when first needed
  std::vector<uint8_t> drop;
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (table.casing(i) != Casing::Title || name_word(table, i) != NameWord::LanguageToo ||
          !used_as_language(table, s, i))
        continue;
      if (owner.empty()) {
        owner = candidate_at(doc.tokens.size(), cands);
        drop.assign(cands.size(), 0);
      }
      int32_t o = owner[i];
      if (o >= 0 && cands[o].begin == i && cands[o].end == i + 1 && !cands[o].bytes.end) drop[o] = 1;
    }
  if (drop.empty()) return;
  size_t k = 0;
  for (size_t c = 0; c < cands.size(); ++c)
    if (!drop[c]) cands[k++] = cands[c];
  cands.resize(k);
}

void states_and_laws(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                     std::vector<Candidate>& cands) {
  constexpr uint32_t kState = 1u << kGazAdmin1 | 1u << kGazCountry;
  auto same_block = [&](uint32_t a, uint32_t b) { return doc.tokens[a].block == doc.tokens[b].block; };
  auto capital_word = [&](uint32_t i, std::string_view w) {
    return table.norm(i) == w && (table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper);
  };
  std::vector<uint8_t> drop;
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    if (c.bytes.end || c.label == Label::Person) continue;
    // "[LOC State of Minnesota]", "STATE OF [ORG OREGON]": "State" or "Commonwealth", "of" and a state or a country.
    bool led = c.end - c.begin >= 3 && (capital_word(c.begin, "state") || capital_word(c.begin, "commonwealth")) &&
               table.norm(c.begin + 1) == "of";
    bool after = !led && c.begin >= 2 && same_block(c.begin - 2, c.begin) && table.norm(c.begin - 1) == "of" &&
                 (capital_word(c.begin - 2, "state") || capital_word(c.begin - 2, "commonwealth")) &&
                 (k == 0 || cands[k - 1].end <= c.begin - 2);
    if (led || after) {
      uint32_t place = led ? c.begin + 2 : c.begin;
      if (c.end - place <= 3 && (gazetteer.find(phrase_key(table, place, c.end)) & kState)) {
        if (after) c.begin -= 2;
        c.label = Label::Gpe;
      }
      continue;
    }
    // "the [ORG Student Futures] Act", "[ORG Clean Water Act]": a law's name.
    bool before_act = c.end < doc.tokens.size() && same_block(c.end - 1, c.end) &&
                      table.casing(c.end) == Casing::Title && table.norm(c.end) == "act" &&
                      (k + 1 == cands.size() || cands[k + 1].begin > c.end);
    bool ends_act = c.end - c.begin >= 2 && table.casing(c.end - 1) == Casing::Title && table.norm(c.end - 1) == "act";
    if ((before_act || ends_act) && c.label == Label::Org) {
      if (drop.empty()) drop.assign(cands.size(), 0);
      drop[k] = 1;
    }
  }
  if (drop.empty()) return;
  size_t n = 0;
  for (size_t k = 0; k < cands.size(); ++k)
    if (!drop[k]) cands[n++] = cands[k];
  cands.resize(n);
}

void persons_appointed(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                       std::vector<Candidate>& cands) {
  constexpr uint32_t kState = 1u << kGazCountry | 1u << kGazAdmin1;
  std::vector<int32_t> owner;  // made when first needed
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token + 1; i < s.last_token; ++i) {
      std::string_view verb = table.norm(i - 1);
      if ((verb != "appointed" && verb != "appoints" && verb != "appoint") || table.casing(i - 1) != Casing::Lower ||
          table.casing(i) != Casing::Title || table.style(i) != Style::Normal || table.gaz<kGazTitle>(i) != kPosNone ||
          (i + 1 < s.last_token && (table.casing(i + 1) == Casing::Title || table.casing(i + 1) == Casing::Upper)))
        continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      int32_t o = owner[i];
      if (o < 0) {
        added.push_back({i, i + 1, Label::Person, kNameWordScore, {}});
        continue;
      }
      Candidate& c = cands[o];
      if (c.begin == i && c.end == i + 1 && !c.bytes.end && (c.label == Label::Gpe || c.label == Label::Loc) &&
          !(gazetteer.find(phrase_key(table, i, i + 1)) & kState))
        c.label = Label::Person;
    }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void crafts_called(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3, kModifiers = 4;
  std::unordered_set<uint32_t> crafts;
  for (const Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin > kLongest || c.end + 3 >= doc.tokens.size()) continue;
    uint32_t block = doc.tokens[c.begin].block;
    std::string_view verb = table.norm(c.end), article = table.norm(c.end + 1);
    if ((verb != "is" && verb != "was") || (article != "a" && article != "an" && article != "the")) continue;
    for (uint32_t k = c.end + 2; k < doc.tokens.size() && k < c.end + 3 + kModifiers; ++k) {
      if (doc.tokens[k].block != block || doc.tokens[k].kind != TokenKind::Word) break;
      if (table.casing(k) != Casing::Lower || name_word(table, k) != NameWord::Craft) continue;
      // The noun ends the phrase: not "a satellite town", "a probe into".
      bool last = k + 1 >= doc.tokens.size() || doc.tokens[k + 1].block != block ||
                  doc.tokens[k + 1].kind != TokenKind::Word || table.norm(k + 1) == "that" ||
                  table.norm(k + 1) == "which" || table.norm(k + 1) == "launched" || table.norm(k + 1) == "built";
      if (last) crafts.insert(phrase_key(table, c.begin, c.end));
      break;
    }
  }
  if (crafts.empty()) return;
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [&](const Candidate& c) {
                               return !c.bytes.end && c.end - c.begin <= kLongest &&
                                      (c.label == Label::Person || c.label == Label::Org || c.label == Label::Gpe ||
                                       c.label == Label::Loc || c.label == Label::Event) &&
                                      crafts.count(phrase_key(table, c.begin, c.end));
                             }),
              cands.end());
}

}  // namespace aa::ner
