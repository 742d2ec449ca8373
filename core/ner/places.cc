#include "ner/places.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "data/tables.h"
#include "ner/type_lookup.h"

namespace aa::ner {
namespace {

enum class PlaceCue : uint8_t {
  Gpe,
  Loc,
  GpeOf,
  Near,
  Local,
  Street,
  NameStreet,
  StateAbbrev,
  Possessive,
  From,
  In,
  To,
  Landform,
  Ending,
  Beginning,
  Qualifier,
  Second,
  Follow,
  Feature,
  Structure,
  Facility,
  Kinds,
  Units,
  Wild
};

#include "ner_place_cues.inc"  // kPlaceCues

enum class StateCode : uint8_t { State };

#include "ner_state_codes.inc"  // kStateCodes

enum class PlaceJoiner : uint8_t { Joiner };

#include "ner_place_joiners.inc"  // kPlaceJoiners

enum class StarterKind : uint8_t { Starter };

#include "sentence_starters.inc"  // kSentenceStarters

/// The token after i in the same sentence, or -1.
long next_in_sentence(const TokenTable& table, size_t i) {
  size_t j = i + 1;
  if (j >= table.size() || !(table.flags(j) & kInSentence) || (table.flags(j) & kSentenceStart)) return -1;
  return static_cast<long>(j);
}

bool settlement_word(std::string_view w);

/// "the town of X", "the population of X": the cue's label, or Person if none.
Label cue_before(const TokenTable& table, uint32_t i, bool settlements) {
  if (i < 1 || (table.flags(i) & kSentenceStart)) return Label::Person;
  long after = next_in_sentence(table, i);
  if (after >= 0 && (table.norm(after) == "'s" || table.norm(after) == "'")) return Label::Person;  // "X's birth"
  if (table_find(kPlaceCues, table.norm(i - 1)) == PlaceCue::Near) return Label::Gpe;  // "roadworks near X"
  // "the brewery in Tadcombe": a word shaped as a settlement's name after "in" or "near" (not in a sports report,
  // where it may be a club: "a win in Frimley").
  if (settlements && (table.norm(i - 1) == "in" || table.norm(i - 1) == "near") &&
      table.casing(i - 1) == Casing::Lower && settlement_word(table.norm(i)))
    return Label::Gpe;
  // "People from X", "visitors from X" (not "a letter from X").
  if (i >= 2 && table.norm(i - 1) == "from" && !(table.flags(i - 1) & kSentenceStart) &&
      table_find(kPlaceCues, table.norm(i - 2)) == PlaceCue::From)
    return Label::Gpe;
  // "towns such as X", "cities like X", "villages including X": a place word in the plural before them.
  auto plural_place = [&](long p) {
    if (p < 0 || table.casing(p) != Casing::Lower) return Label::Person;
    std::string_view w = table.norm(p);
    if (w.size() < 4 || w.back() != 's') return Label::Person;
    std::string one = w == "cities" ? std::string("city") : std::string(w.substr(0, w.size() - 1));
    std::optional<PlaceCue> cue = table_find(kPlaceCues, one);
    return cue == PlaceCue::Gpe ? Label::Gpe : cue == PlaceCue::Loc ? Label::Loc : Label::Person;
  };
  if (i >= 3 && table.norm(i - 1) == "as" && table.norm(i - 2) == "such") {
    if (Label l = plural_place(static_cast<long>(i) - 3); l != Label::Person) return l;
  }
  if (i >= 2 && (table.norm(i - 1) == "like" || table.norm(i - 1) == "including")) {
    if (Label l = plural_place(static_cast<long>(i) - 2); l != Label::Person) return l;
  }
  // "born in X", "took place in X", "moved to X", "ferries sail to X"; "the ferry from X" (travel words of class To
  // before "from" too) and "the ferry from Oban to X".
  if (i >= 2 && !(table.flags(i - 1) & kSentenceStart)) {
    std::string_view prep = table.norm(i - 1);
    if (prep == "in" || prep == "to" || prep == "from") {
      std::optional<PlaceCue> verb = table_find(kPlaceCues, table.norm(i - 2));
      if (verb && *verb == (prep == "in" ? PlaceCue::In : PlaceCue::To)) return Label::Gpe;
      // A particle between a travel verb and "to": "drove over to X", "headed back to X".
      std::string_view particle = table.norm(i - 2);
      if (prep == "to" && i >= 3 &&
          (particle == "over" || particle == "back" || particle == "down" || particle == "up" || particle == "out" ||
           particle == "across" || particle == "on" || particle == "off" || particle == "round") &&
          table_find(kPlaceCues, table.norm(i - 3)) == PlaceCue::To)
        return Label::Gpe;
    }
    if (prep == "to" && i >= 4 && table.norm(i - 3) == "from" && table.casing(i - 2) == Casing::Title &&
        table_find(kPlaceCues, table.norm(i - 4)) == PlaceCue::To)
      return Label::Gpe;
  }
  if (i < 2 || (table.flags(i - 1) & kSentenceStart) || table.norm(i - 1) != "of") return Label::Person;
  auto cue = table_find(kPlaceCues, table.norm(i - 2));
  if (!cue || *cue == PlaceCue::Near || *cue == PlaceCue::Local || *cue == PlaceCue::From || *cue == PlaceCue::In ||
      *cue == PlaceCue::To)
    return Label::Person;
  return *cue == PlaceCue::Loc ? Label::Loc : Label::Gpe;
}

/// "X is a small fishing town in ...", "X, a village near ...", "X and other towns": the place word's label, or Person
/// if none. The place word must end the phrase ("X is a town councillor" is no place). `towns_only`: only the words
/// for a settlement (table class Gpe: "town", "city", "village"), not a feature's ("a reservoir"), and not a local
/// office after the name ("X councillor").
Label cue_after(const TokenTable& table, uint32_t i, bool towns_only) {
  long j = next_in_sentence(table, i);
  // "X and other towns", "X or other cities": a place word in the plural (the table's word and "s"; "cities").
  if (j >= 0 && (table.norm(j) == "and" || table.norm(j) == "or")) {
    long o = next_in_sentence(table, j);
    long p = o >= 0 && table.norm(o) == "other" ? next_in_sentence(table, o) : -1;
    if (p >= 0 && table.casing(p) == Casing::Lower) {
      std::string_view w = table.norm(p);
      std::string one = w == "cities" ? std::string("city") : std::string(w.substr(0, w.size() - 1));
      std::optional<PlaceCue> cue = w.size() > 3 && w.back() == 's' ? table_find(kPlaceCues, one) : std::nullopt;
      if (cue == PlaceCue::Gpe) return Label::Gpe;
      if (cue == PlaceCue::Loc) return Label::Loc;
    }
  }
  if (!towns_only && j >= 0 && table.casing(j) == Casing::Lower &&
      table_find(kPlaceCues, table.norm(j)) == PlaceCue::Local)
    return Label::Gpe;  // "X councillor Dev Amin" (not "Opposition councillor Dev Amin": a one-word person's)
  if (j < 0 || (table.norm(j) != "is" && table.norm(j) != "was" && table.norm(j) != ",")) return Label::Person;
  j = next_in_sentence(table, j);
  if (j < 0 || (table.norm(j) != "a" && table.norm(j) != "an")) return Label::Person;
  for (int words = 0; words < 4; ++words) {
    j = next_in_sentence(table, j);
    if (j < 0 || table.casing(j) != Casing::Lower) return Label::Person;
    auto cue = table_find(kPlaceCues, table.norm(j));
    if (!cue || *cue == PlaceCue::GpeOf || *cue == PlaceCue::Near || *cue == PlaceCue::Local ||
        *cue == PlaceCue::From || *cue == PlaceCue::In || *cue == PlaceCue::To || (towns_only && *cue != PlaceCue::Gpe))
      continue;
    long end = next_in_sentence(table, j);
    if (end >= 0 && table.casing(end) == Casing::Lower) {
      std::string_view w = table.norm(end);
      if (w != "in" && w != "on" && w != "of" && w != "near" && w != "and" && w != "that" && w != "which" &&
          w != "with" && w != "located" && w != "where" && w != "off")
        return Label::Person;
    }
    return *cue == PlaceCue::Loc ? Label::Loc : Label::Gpe;
  }
  return Label::Person;
}

}  // namespace

void places_called_towns(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;
  constexpr uint16_t kCalledScore = 600;
  // The tagger's region called a town, and its other mentions ("[LOC Kelso Bay] YHA", in a heading).
  std::unordered_set<uint32_t> towns;
  for (Candidate& c : cands)
    if (c.label == Label::Loc && !c.bytes.end && c.end - c.begin <= kLongest &&
        table.casing(c.end - 1) == Casing::Title && cue_after(table, c.end - 1, true) == Label::Gpe) {
      c.label = Label::Gpe;
      towns.insert(phrase_key(table, c.begin, c.end));
    }
  if (!towns.empty())
    for (Candidate& c : cands)
      if (c.label == Label::Loc && !c.bytes.end && c.end - c.begin <= kLongest &&
          towns.count(phrase_key(table, c.begin, c.end)))
        c.label = Label::Gpe;
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    uint32_t b = s.first_token;
    if (b < s.last_token && table.norm(b) == "the") ++b;  // "The Hague is a city": the name after it
    uint32_t e = b;
    while (e < s.last_token && e - b < kLongest && !taken[e] && table.casing(e) == Casing::Title &&
           (table.style(e) == Style::Normal || table.style(e) == Style::Lower) && doc.tokens[e].kind == TokenKind::Word)
      ++e;
    // Not a pronoun or another word that opens sentences ("It is a country of hard-working people", "This is a
    // city of", "My Country is a nation of").
    if (e == b || e >= s.last_token || taken[e] || table.casing(e) != Casing::Lower ||
        table_find(kSentenceStarters, table.norm(b)) || cue_after(table, e - 1, true) != Label::Gpe)
      continue;
    added.push_back({b, e, Label::Gpe, kCalledScore, {}});
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void places_served_by_titles(const TokenTable& table, const Gazetteer& gazetteer, std::vector<Candidate>& cands) {
  constexpr uint32_t kState = 1u << kGazCountry | 1u << kGazAdmin1;
  for (Candidate& c : cands) {
    if (c.label != Label::Person || c.bytes.end || c.end != c.begin + 1 || c.begin < 2 ||
        table.norm(c.begin - 1) != "for" || table.casing(c.begin - 1) != Casing::Lower ||
        table.casing(c.begin - 2) != Casing::Title || table.gaz<kGazTitle>(c.begin - 2) == kPosNone ||
        !(gazetteer.find(phrase_key(table, c.begin, c.end)) & kState))
      continue;
    c.label = Label::Gpe;
  }
}

void federal_unions(const TokenTable& table, std::vector<Candidate>& cands) {
  auto the_union = [&](const Candidate& c) {
    return c.label == Label::Org && !c.bytes.end && c.end == c.begin + 1 && c.begin >= 1 &&
           table.casing(c.begin) == Casing::Title && table.norm(c.begin) == "union" && table.norm(c.begin - 1) == "the";
  };
  bool federation = false;
  for (const Candidate& c : cands) {
    if (!the_union(c) || c.begin < 3) continue;
    uint32_t i = c.begin;
    federation = federation || (table.norm(i - 2) == "of" && table.norm(i - 3) == "states" &&
                                table.casing(i - 3) == Casing::Title && !(i >= 4 && table.norm(i - 4) == "member"));
  }
  if (!federation) return;
  for (Candidate& c : cands)  // one sense a document: "the laws of the Union" is the same country
    if (the_union(c)) c.label = Label::Gpe;
}

void places_named_as_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                            bool sports_report, std::vector<Candidate>& cands) {
  (void)doc;
  constexpr uint32_t kOrgLists =
      1u << kGazCompany | 1u << kGazOrgName | 1u << kGazClub | 1u << kGazUniversity | 1u << kGazOrgWord;
  struct Word {
    Label label;
    bool person;  // the document shows it as a person's
  };
  std::unordered_map<uint32_t, Word> words;  // key of a one-word PERSON -> the place the text calls it, if any
  // A PERSON, or an ORG of a word no list of organisations has ("roadworks near [ORG Hollerton]").
  // Outside a sports report, also a city's club the lists know ("fly to [ORG Lyon] for a wedding").
  constexpr uint32_t kTowns = 1u << kGazCity | 1u << kGazTown;
  auto one_word_person = [&](const Candidate& c) {
    if (c.bytes.end || c.end != c.begin + 1 || table.casing(c.begin) != Casing::Title) return false;
    if (c.label == Label::Person) return true;
    if (c.label != Label::Org) return false;
    uint32_t lists = gazetteer.find(phrase_key(table, c.begin, c.end));
    return !(lists & kOrgLists) || (!sports_report && (lists & kTowns));
  };
  for (const Candidate& c : cands)
    if (one_word_person(c)) words.emplace(table.key(c.begin), Word{Label::Person, false});
  if (words.empty()) return;
  // The cue may be at a mention the tagger left out (propagation finds it later): every capitalised token.
  for (uint32_t i = 0; i < table.size(); ++i) {
    if (table.casing(i) != Casing::Title || !(table.flags(i) & kInSentence)) continue;
    auto it = words.find(table.key(i));
    if (it == words.end() || it->second.label != Label::Person) continue;
    Label l = cue_before(table, i, !sports_report);
    if (l == Label::Person) l = cue_after(table, i, false);
    it->second.label = l;
  }
  for (const Candidate& c : cands) {
    if (c.bytes.end) continue;
    if (c.label == Label::Person && c.end - c.begin >= 2)  // a word of a person's full name
      for (uint32_t i = c.begin; i < c.end; ++i) {
        auto it = words.find(table.key(i));
        if (it != words.end()) it->second.person = true;
      }
    if (c.end == c.begin + 1 && c.begin > 0 && (table.flags(c.begin - 1) & kInSentence)) {
      auto it = words.find(table.key(c.begin));
      uint8_t title = table.gaz<kGazTitle>(c.begin - 1);
      if (it != words.end() && (title == kPosLast || title == kPosUnit)) it->second.person = true;  // "Mayor X"
    }
  }
  for (Candidate& c : cands) {
    if (!one_word_person(c)) continue;
    auto it = words.find(table.key(c.begin));
    if (it != words.end() && !it->second.person && it->second.label != Label::Person) c.label = it->second.label;
  }
}

namespace {

/// A word shaped as a settlement's name: an Ending ("-bury") after three letters or more, or a Beginning ("kil-")
/// before three or more (table ner_place_cues.tsv; `w` lowercase).
bool settlement_beginning(std::string_view w) {
  char key[16];
  for (size_t n = 3; n <= 6 && n + 3 <= w.size(); ++n) {
    std::copy(w.begin(), w.begin() + n, key);
    key[n] = '-';
    if (table_find(kPlaceCues, std::string_view(key, n + 1)) == PlaceCue::Beginning) return true;
  }
  return false;
}

bool settlement_word(std::string_view w) {
  char key[16];
  for (size_t n = 2; n <= 7 && n + 3 <= w.size(); ++n) {
    key[0] = '-';
    std::copy(w.end() - n, w.end(), key + 1);
    if (table_find(kPlaceCues, std::string_view(key, n + 1)) == PlaceCue::Ending) return true;
  }
  return settlement_beginning(w);
}

}  // namespace

/// Tokens [b, e) shaped as a settlement's name no gazetteer lists: one word with a settlement's ending or beginning
/// ("Wendlebury"), a qualifier and such a word ("Upper Stanton"), or such a word and a village's second word
/// ("Brockwell Green"); capitalised, in normal text, no word of a river's or a street's name.
bool settlement_name(const TokenTable& table, const Gazetteer& gazetteer, uint32_t b, uint32_t e) {
  if (e - b < 1 || e - b > 2) return false;
  for (uint32_t i = b; i < e; ++i)
    if (table.casing(i) != Casing::Title || table.style(i) != Style::Normal ||
        (gazetteer.find(phrase_key(table, i, i + 1)) & (1u << kGazLocWord)))
      return false;
  // No place, organisation or event the lists know (a surname may be a village's name: "Saltbridge").
  constexpr uint32_t kKnown = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1 |
                              1u << kGazRegion | 1u << kGazCompany | 1u << kGazClub | 1u << kGazUniversity |
                              1u << kGazOrgName | 1u << kGazEvent | 1u << kGazDemonym;
  if (gazetteer.find(phrase_key(table, b, e)) & kKnown) return false;
  if (e - b == 1) return settlement_word(table.norm(b));
  if (table_find(kPlaceCues, table.norm(b)) == PlaceCue::Qualifier) return settlement_word(table.norm(b + 1));
  return table_find(kPlaceCues, table.norm(b + 1)) == PlaceCue::Second && settlement_word(table.norm(b));
}

/// One word shaped as a town's name joined by lowercase words ("Upton-upon-Severn", "Chester-le-Street",
/// "Saint-Germain-en-Laye"): capitalised parts at both ends, each part between a joiner (ner_place_joiners.tsv) or
/// capitalised, one joiner at least.
bool joined_town(std::string_view w) {
  // Asked of every token: the first part needs a capital and three parts two hyphens (most words stop here).
  if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  size_t first = w.find('-');
  if (first == std::string_view::npos || w.find('-', first + 1) == std::string_view::npos) return false;
  size_t parts = 0, joiners = 0;
  bool last_capital = false;
  for (size_t b = 0; b <= w.size();) {
    size_t e = w.find('-', b);
    if (e == std::string_view::npos) e = w.size();
    std::string_view p = w.substr(b, e - b);
    if (p.empty()) return false;
    bool capital = p[0] >= 'A' && p[0] <= 'Z' && p.size() >= 2 && p[1] >= 'a' && p[1] <= 'z';
    if (parts == 0 && !capital) return false;
    bool joiner = !capital && table_find(kPlaceJoiners, p).has_value();
    if (!capital && !joiner) return false;
    joiners += joiner ? 1 : 0;
    last_capital = capital;
    ++parts;
    b = e + 1;
  }
  return parts >= 3 && joiners >= 1 && last_capital;
}

void route_places(const Document& doc, const TokenTable& table, bool sports_report, std::vector<Candidate>& cands) {
  if (sports_report) return;        // "moved from Chelsea to Fulham": clubs
  constexpr uint32_t kLongest = 2;  // words of one end
  constexpr uint16_t kRouteScore = 600;
  constexpr size_t kListed = 4;  // places after "to"
  std::vector<int32_t> at;
  std::unordered_set<uint32_t> keys;  // one-word PERSONs found to be places
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences)
    for (uint32_t f = s.first_token + 1; f + 3 < s.last_token; ++f) {
      // "from X to Y", or a travel word before "to": "Ferries sail to X, Y and Z" (the first name is cue_before's).
      // (The casing first, then the word once: the table only for "to".)
      if (table.casing(f) != Casing::Lower) continue;
      std::string_view w = table.norm(f);
      bool travel = w == "to" && table_find(kPlaceCues, table.norm(f - 1)) == PlaceCue::To;
      if (w != "from" && !travel) continue;
      if (at.empty()) at = candidate_at(doc.tokens.size(), cands);
      // One end starting at token b: a candidate that starts there, or capitalised words the tagger left out; its
      // end, or b if none.
      auto end_of = [&](uint32_t b) {
        if (b >= s.last_token || table.casing(b) != Casing::Title) return b;
        if (at[b] >= 0) {
          const Candidate& c = cands[at[b]];
          return c.begin == b && !c.bytes.end && c.end - c.begin <= kLongest ? c.end : b;
        }
        uint32_t e = b;
        while (e < s.last_token && e < b + kLongest && at[e] < 0 && table.casing(e) == Casing::Title) ++e;
        return e < s.last_token && table.casing(e) == Casing::Title ? b : e;
      };
      uint32_t a = f + 1, ae = end_of(a);
      if (travel)
        ae = a = f;  // no "from" end: the list starts after "to"
      else if (ae == a || ae + 1 >= s.last_token || table.norm(ae) != "to" || table.casing(ae) != Casing::Lower)
        continue;
      uint32_t b = ae + 1, be = end_of(b);
      if (be == b) continue;
      auto place = [&](uint32_t x) {
        return at[x] >= 0 && (cands[at[x]].label == Label::Gpe || cands[at[x]].label == Label::Loc);
      };
      // The other end, made a place: a one-word PERSON, or one capitalised word left out (not in capitals: "from" and
      // "to" in lower case already rule out a headline in title case).
      auto make_place = [&](uint32_t x, uint32_t xe) {
        if (xe != x + 1 || place(x)) return;
        if (at[x] >= 0 && cands[at[x]].label == Label::Person && table.typed(x))
          keys.insert(table.key(x));
        else if (at[x] < 0 && table.style(x) != Style::Caps && table.style(x) != Style::Lower)
          added.push_back({x, xe, Label::Gpe, kRouteScore, {}});
      };
      // "to" may name several places: "from Oban to Mull, Barra and Coll".
      // A list ends with "and" or "or" before its last name: "to Leeds, Sarah stayed" is no list.
      uint32_t ends[kListed][2] = {{b, be}};
      size_t n = 1, listed = 1;
      bool to_place = place(b), comma = false;
      while (n < kListed && ends[n - 1][1] + 1 < s.last_token) {
        uint32_t j = ends[n - 1][1];
        std::string_view joiner = table.norm(j);
        if (joiner != "," && joiner != "and" && joiner != "or") break;
        if (joiner == "," && j + 1 < s.last_token && (table.norm(j + 1) == "and" || table.norm(j + 1) == "or"))
          joiner = table.norm(++j);  // ", and"
        uint32_t c = j + 1, ce = end_of(c);
        if (ce == c) break;
        ends[n][0] = c;
        ends[n][1] = ce;
        ++n;
        if (joiner != ",") {
          listed = n;
          break;
        }
      }
      n = listed;
      for (size_t k = 1; k < n; ++k) {
        to_place = to_place || place(ends[k][0]);
        comma = comma || table.norm(ends[k - 1][1]) == ",";
      }
      // One end a place: the other's names are places too, and so are those listed beside a place after "to"
      // ("from Kennacraig to Islay and [GPE Jura]").
      // After a travel word, a list with a place or a comma in it ("sail to Mull, Islay and Barra"; not "flew to
      // Rome and Tom drove").
      if (travel ? !(to_place || comma) : !place(a) && !to_place) continue;
      if (!travel && !place(a)) make_place(a, ae);
      for (size_t k = 0; k < n; ++k) make_place(ends[k][0], ends[k][1]);
    }
  if (keys.empty() && added.empty()) return;
  // Not a word of a person's full name in the document ("Tom Hale ... from Hale to Leeds").
  for (const Candidate& c : cands)
    if (!c.bytes.end && c.label == Label::Person && c.end - c.begin >= 2)
      for (uint32_t i = c.begin; i < c.end; ++i) keys.erase(table.key(i));
  for (Candidate& c : cands)
    if (!c.bytes.end && c.label == Label::Person && c.end == c.begin + 1 && table.casing(c.begin) == Casing::Title &&
        keys.count(table.key(c.begin)))
      c.label = Label::Gpe;
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) { return x.begin < y.begin; });
}

void settlement_names(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer, bool sports_report,
                      std::vector<Candidate>& cands) {
  if (sports_report) return;  // a venue there is a LOC ("Headingley")
  // "Upton-upon-Severn": a town joined by lowercase words, wherever the tagger read it as another name.
  for (Candidate& c : cands)
    if (c.end == c.begin + 1 && !c.bytes.end &&
        (c.label == Label::Loc || c.label == Label::Person || c.label == Label::Org) &&
        joined_town(doc.view(doc.tokens[c.begin].span)))
      c.label = Label::Gpe;
  // A one-word person that begins as a settlement's name ("hills above [PERSON Llanberrow]"): no person's name the
  // lists or the document's full names know.
  constexpr uint32_t kNames = 1u << kGazFirstName | 1u << kGazSurname | 1u << kGazPersonName;
  std::unordered_map<uint32_t, bool> person_words;
  for (const Candidate& c : cands)
    if (c.label == Label::Person && !c.bytes.end && c.end - c.begin >= 2)
      for (uint32_t i = c.begin; i < c.end; ++i) person_words.emplace(table.key(i), true);
  for (Candidate& c : cands)
    if (c.label == Label::Person && !c.bytes.end && c.end == c.begin + 1 && table.casing(c.begin) == Casing::Title &&
        !person_words.count(table.key(c.begin)) && settlement_beginning(table.norm(c.begin)) &&
        !(gazetteer.find(phrase_key(table, c.begin, c.end)) & kNames))
      c.label = Label::Gpe;
  for (Candidate& c : cands) {
    uint32_t n = c.end - c.begin;
    // (The tagger's PERSON of two words too: "[PERSON Upper Stanton]"; its ORG of two words after "in" or "near":
    // "the only shop in [ORG Great Ashby]".)
    bool placed = c.begin > 0 && (table.norm(c.begin - 1) == "in" || table.norm(c.begin - 1) == "near");
    if ((c.label != Label::Loc && !((c.label == Label::Person || (c.label == Label::Org && placed)) && n == 2)) ||
        c.bytes.end)
      continue;
    if (settlement_name(table, gazetteer, c.begin, c.end)) c.label = Label::Gpe;
  }
  // Left out by the tagger after "in" or "near" ("the libraries in Brockwell Green", "at Victoria Hall in
  // Saltbridge"): a GPE, not before another capitalised word or a possessive.
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  std::unordered_set<uint32_t> lower_words;  // words the document writes in lower case, made when first needed
  bool lower_made = false;
  auto written_lower = [&](uint32_t key) {
    if (!lower_made) {
      for (uint32_t k = 0; k < doc.tokens.size(); ++k)
        if (table.casing(k) == Casing::Lower) lower_words.insert(table.key(k));
      lower_made = true;
    }
    return lower_words.count(key) > 0;
  };
  std::vector<Candidate> added;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (!taken[i] && (table.flags(i) & kInSentence) && joined_town(doc.view(doc.tokens[i].span))) {
      added.push_back({i, i + 1, Label::Gpe, 600, {}});  // left out by the tagger: "Flooding hit Upton-upon-Severn"
      continue;
    }
    if (i == 0 || taken[i] || (table.norm(i - 1) != "in" && table.norm(i - 1) != "near") ||
        table.casing(i - 1) != Casing::Lower || (table.flags(i) & kSentenceStart) || !(table.flags(i) & kInSentence))
      continue;
    uint32_t e = i + 1;
    if (e < doc.tokens.size() && !taken[e] && doc.tokens[e].block == doc.tokens[i].block &&
        table.casing(e) == Casing::Title)
      ++e;
    bool after =
        e < doc.tokens.size() && doc.tokens[e].block == doc.tokens[i].block &&
        (table.casing(e) == Casing::Title || table.casing(e) == Casing::Upper || table.norm(e) == "'s" || taken[e]);
    // Or one word no list knows at all, before a word of class Follow ("outside parliament in Vesterholt that",
    // "in Vesterholt on Monday"; not "written in Python and"), written nowhere in lower case.
    // Or after "near", one such word that ends the clause ("a village near Glenties.", "hotels near Carbost,").
    bool ends = e >= doc.tokens.size() || doc.tokens[e].block != doc.tokens[i].block || table.norm(e) == "," ||
                table.norm(e) == "." || table.norm(e) == ";";
    bool follows = e < doc.tokens.size() && table.casing(e) == Casing::Lower &&
                   table_find(kPlaceCues, table.norm(e)) == PlaceCue::Follow;
    bool unknown = e == i + 1 && !after && table.casing(i) == Casing::Title && table.style(i) == Style::Normal &&
                   (follows || (ends && table.norm(i - 1) == "near")) && gazetteer.find(phrase_key(table, i, e)) == 0 &&
                   !written_lower(table.key(i));
    if (!after && (unknown || settlement_name(table, gazetteer, i, e))) added.push_back({i, e, Label::Gpe, 600, {}});
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void residents_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                      std::vector<Candidate>& cands) {
  constexpr uint32_t kOrgLists =
      1u << kGazCompany | 1u << kGazOrgName | 1u << kGazClub | 1u << kGazUniversity | 1u << kGazOrgWord;
  std::vector<int32_t> at;              // made when first needed
  std::unordered_set<uint32_t> places;  // phrase keys of the names so found
  std::vector<Candidate> added;
  for (uint32_t i = 4; i + 1 < table.size(); ++i) {
    // "<PERSON> , <age> , of X": the age a number the rules read as a DATE.
    if (table.norm(i) != "of" || table.casing(i) != Casing::Lower || table.norm(i - 1) != "," ||
        table.norm(i - 3) != "," || doc.tokens[i - 2].kind != TokenKind::Number)
      continue;
    if (at.empty()) at = candidate_at(doc.tokens.size(), cands);
    int32_t age = at[i - 2], person = at[i - 4];
    if (age < 0 || cands[age].label != Label::Date || cands[age].begin != i - 2 || cands[age].end != i - 1 ||
        person < 0 || cands[person].label != Label::Person || cands[person].end != i - 3 || cands[person].bytes.end)
      continue;
    uint32_t b = i + 1;
    if (!(table.flags(b) & kInSentence) || (table.flags(b) & kSentenceStart) || table.casing(b) != Casing::Title ||
        table.style(b) != Style::Normal)
      continue;
    if (int32_t k = at[b]; k >= 0) {  // the tagger's person there, or its place of one word ("[PERSON Mallaig]")
      Candidate& c = cands[k];
      if (c.begin == b && !c.bytes.end && c.label == Label::Person &&
          !(gazetteer.find(phrase_key(table, c.begin, c.end)) & kOrgLists)) {
        c.label = Label::Gpe;
        places.insert(phrase_key(table, c.begin, c.end));
      }
      continue;
    }
    uint32_t e = b;
    while (e < table.size() && e - b < 3 && at[e] < 0 && table.casing(e) == Casing::Title &&
           table.style(e) == Style::Normal && (table.flags(e) & kInSentence) &&
           doc.tokens[e].block == doc.tokens[b].block)
      ++e;
    if (e < table.size() && (table.flags(e) & kInSentence) && !(table.flags(e) & kSentenceStart) &&
        (table.casing(e) == Casing::Title || table.casing(e) == Casing::Upper || at[e] >= 0))
      continue;  // a longer name, or one the tagger found in part
    if (gazetteer.find(phrase_key(table, b, e)) & kOrgLists) continue;
    added.push_back({b, e, Label::Gpe, 600, {}});
  }
  // The same name read as a person elsewhere ("grew up in [PERSON Mallaig]").
  if (!places.empty())
    for (Candidate& c : cands)
      if (c.label == Label::Person && !c.bytes.end && places.count(phrase_key(table, c.begin, c.end)))
        c.label = Label::Gpe;
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

namespace {

/// Two names side by side in a list: one comma, "and" or "or" between them, in one block.
bool listed(const Document& doc, const TokenTable& table, const Candidate& a, const Candidate& b) {
  if (a.bytes.end || b.bytes.end || a.end + 1 != b.begin || doc.tokens[a.begin].block != doc.tokens[b.begin].block)
    return false;
  std::string_view w = table.norm(a.end);
  return w == "," || w == "and" || w == "or";
}

}  // namespace

void names_in_lists(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  // Words before a list of places or firms ("in", "at" ...), and words that may follow such a list but rarely a
  // clause's subject ("in Leeds and Tom Hale went home": a person opening a clause).
  auto opens = [&](uint32_t i) {
    std::string_view w = table.norm(i);
    return table.casing(i) == Casing::Lower &&
           (w == "in" || w == "at" || w == "to" || w == "from" || w == "across" || w == "between" || w == "near" ||
            w == "into" || w == "throughout" || w == "around");
  };
  auto closes = [&](uint32_t i) {
    if (i >= table.size() || !(table.flags(i) & kInSentence) || (table.flags(i) & kSentenceStart)) return true;
    if (table.casing(i) == Casing::None) return true;  // punctuation
    std::string_view w = table.norm(i);
    return table.casing(i) == Casing::Lower &&
           (w == "on" || w == "in" || w == "at" || w == "for" || w == "from" || w == "to" || w == "by" || w == "with" ||
            w == "after" || w == "before" || w == "during" || w == "this" || w == "last" || w == "next" ||
            w == "since" || w == "until" || w == "over");
  };
  // "for parts of Pembrokeshire, Ceredigion and Gwynedd": one capitalised word the tagger left out between a place
  // and the next name of the list (a place, or one word read as a person) is a place, and so is that name.
  std::vector<Candidate> gaps;
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Candidate& a = cands[k];
    Candidate& b = cands[k + 1];
    uint32_t x = a.end + 1;
    if (a.label != Label::Gpe || a.bytes.end || b.bytes.end || b.begin != a.end + 3 || a.begin == 0 ||
        !(opens(a.begin - 1) || table.norm(a.begin - 1) == "of") || table.norm(a.end) != "," ||
        table.casing(x) != Casing::Title || (table.flags(x) & kSentenceStart) ||
        doc.tokens[b.begin].block != doc.tokens[a.begin].block)
      continue;
    std::string_view w = table.norm(x + 1);
    if (w != "and" && w != "or" && w != ",") continue;
    bool person = b.label == Label::Person && b.end == b.begin + 1 && table.casing(b.begin) == Casing::Title &&
                  (w != "," || closes(b.end));
    if (b.label != Label::Gpe && !(person && closes(b.end))) continue;
    b.label = Label::Gpe;
    gaps.push_back({x, x + 1, Label::Gpe, 600, {}});
  }
  // "in Kent, Hampshire and West Sussex.": one to three capitalised words the tagger left out after "and" or "or"
  // that end a list of two places or more, before punctuation or a preposition, are a place too.
  for (size_t k = 1; k < cands.size(); ++k) {
    const Candidate& a = cands[k];
    const Candidate& p = cands[k - 1];
    uint32_t n = a.end;  // "and"
    if (a.label != Label::Gpe || p.label != Label::Gpe || a.bytes.end || p.bytes.end || p.end + 1 != a.begin ||
        table.norm(p.end) != "," || n + 1 >= table.size() || (table.norm(n) != "and" && table.norm(n) != "or") ||
        doc.tokens[n + 1].block != doc.tokens[a.begin].block)
      continue;
    uint32_t b = n + 1, e = b;
    uint32_t next = k + 1 < cands.size() ? cands[k + 1].begin : static_cast<uint32_t>(table.size());
    while (e < next && e - b < 3 && table.casing(e) == Casing::Title && table.style(e) == Style::Normal &&
           !(table.flags(e) & kSentenceStart))
      ++e;
    if (e == b || e > next || (e < table.size() && table.casing(e) == Casing::Title) || !closes(e)) continue;
    if (e == next) continue;  // the tagger's name right after: not a run it left out
    gaps.push_back({b, e, Label::Gpe, 600, {}});
  }
  if (!gaps.empty()) {
    cands.insert(cands.end(), gaps.begin(), gaps.end());
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  }
  std::unordered_map<uint32_t, Label> relabelled;  // phrase key -> label
  for (size_t f = 0; f < cands.size();) {
    size_t l = f;
    while (l + 1 < cands.size() && listed(doc, table, cands[l], cands[l + 1])) ++l;
    size_t first = f, last = l;
    f = l + 1;
    if (first == last) continue;
    // A list ends with "and" or "or" ("at Harrow, John Thomas Claridge" is an apposition).
    std::string_view conj = table.norm(cands[last].begin - 1);
    if (conj != "and" && conj != "or") continue;
    // "Only Apple, Microsoft, Alphabet, Amazon and Saudi Aramco are worth more": in a list of four names or more,
    // all organisations but one the tagger read as a place (no country or state) or a person, that one is an
    // organisation too, wherever the list stands.
    if (last - first >= 3) {
      size_t orgs = 0, odd = last + 1;
      for (size_t k = first; k <= last; ++k) {
        if (cands[k].label == Label::Org)
          ++orgs;
        else
          odd = k;
      }
      if (orgs == last - first && (cands[odd].label == Label::Loc || cands[odd].label == Label::Person)) {
        cands[odd].label = Label::Org;
        relabelled.emplace(phrase_key(table, cands[odd].begin, cands[odd].end), Label::Org);
        continue;
      }
    }
    if (cands[first].begin == 0 || !opens(cands[first].begin - 1)) continue;
    Label label = Label::Person;
    bool mixed = false, persons = false;
    for (size_t k = first; k <= last; ++k) {
      Label l2 = cands[k].label;
      if (l2 == Label::Person) {
        persons = true;
      } else if (l2 == Label::Gpe || l2 == Label::Org) {
        mixed = mixed || (label != Label::Person && label != l2);
        label = l2;
      } else {
        mixed = true;
      }
    }
    if (!persons || mixed || label == Label::Person) continue;
    bool closed = closes(cands[last].end);
    for (size_t k = first; k <= last; ++k) {
      Candidate& c = cands[k];
      if (c.label != Label::Person || c.bytes.end) continue;
      bool titled = true;
      for (uint32_t i = c.begin; i < c.end; ++i) titled = titled && table.casing(i) == Casing::Title;
      // A given name, or one word, may be a person opening a clause after the list: only before a word that
      // ends it.
      bool given = c.end - c.begin == 1 || table.gaz<kGazFirstName>(c.begin) != kPosNone;
      if (!titled || c.end - c.begin > 3 || (given && k == last && !closed)) continue;
      c.label = label;
      relabelled.emplace(phrase_key(table, c.begin, c.end), label);
    }
  }
  if (relabelled.empty()) return;
  for (Candidate& c : cands) {  // the same name read as a person elsewhere
    if (c.label != Label::Person || c.bytes.end) continue;
    auto it = relabelled.find(phrase_key(table, c.begin, c.end));
    if (it != relabelled.end()) c.label = it->second;
  }
}

void towns_before_comma_states(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                               std::vector<Candidate>& cands) {
  constexpr uint32_t kState = 1u << kGazCountry | 1u << kGazAdmin1;
  auto preposition = [&](uint32_t i) {
    std::string_view w = table.norm(i);
    return table.casing(i) == Casing::Lower && (w == "in" || w == "at" || w == "from" || w == "to" || w == "near" ||
                                                w == "of" || w == "outside" || w == "around");
  };
  auto ends = [&](uint32_t i) {  // a comma, a sentence's end or punctuation after the state
    return i >= table.size() || !(table.flags(i) & kInSentence) || (table.flags(i) & kSentenceStart) ||
           table.norm(i) == "," || table.norm(i) == "." || table.norm(i) == ";";
  };
  std::unordered_set<uint32_t> towns;  // keys of the words so found
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Candidate& c = cands[k];
    const Candidate& state = cands[k + 1];
    if (c.label != Label::Person || c.bytes.end || c.end != c.begin + 1 || c.begin == 0 ||
        table.casing(c.begin) != Casing::Title || !preposition(c.begin - 1) || table.norm(c.end) != "," ||
        state.label != Label::Gpe || state.bytes.end || state.begin != c.end + 1 || !ends(state.end) ||
        doc.tokens[state.begin].block != doc.tokens[c.begin].block ||
        !(gazetteer.find(phrase_key(table, state.begin, state.end)) & kState))
      continue;
    c.label = Label::Gpe;
    towns.insert(table.key(c.begin));
  }
  if (towns.empty()) return;
  // Its other one-word person mentions, unless a word of a person's full name.
  for (const Candidate& c : cands)
    if (c.label == Label::Person && !c.bytes.end && c.end - c.begin >= 2)
      for (uint32_t i = c.begin; i < c.end; ++i) towns.erase(table.key(i));
  for (Candidate& c : cands)
    if (c.label == Label::Person && !c.bytes.end && c.end == c.begin + 1 && towns.count(table.key(c.begin)))
      c.label = Label::Gpe;
}

void names_across_particles(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  auto particle = [&](uint32_t i) {
    std::string_view w = table.norm(i);
    return table.casing(i) == Casing::Lower &&
           (w == "de" || w == "del" || w == "della" || w == "da" || w == "do" || w == "dos" || w == "das" ||
            w == "di" || w == "du" || w == "des" || w == "la" || w == "las" || w == "los" || w == "le" || w == "les" ||
            w == "van" || w == "von" || w == "der" || w == "den" || w == "ten" || w == "ter");
  };
  auto name_label = [](Label l) {
    return l == Label::Person || l == Label::Org || l == Label::Gpe || l == Label::Loc || l == Label::Event;
  };
  std::vector<uint8_t> drop;
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    // The particle inside the tagger's name ("[Ursula von] der Leyen"), or right after a person's ("[PERSON Erik] ten
    // Hag", "[PERSON Ursula] von der Leyen").
    bool inside = c.end - c.begin >= 2 && particle(c.end - 1);
    bool after = c.label == Label::Person && c.end + 1 < doc.tokens.size() && particle(c.end);
    if (c.bytes.end || !name_label(c.label) || !(inside || after) || table.casing(c.begin) != Casing::Title) continue;
    uint32_t e = c.end;
    while (e < doc.tokens.size() && e - c.end < 2 && particle(e) && doc.tokens[e].block == doc.tokens[c.begin].block)
      ++e;
    // The capitalised words after them: untagged, or the tagger's candidate that starts there.
    size_t next = k + 1;
    uint32_t f = e;
    if (next < cands.size() && cands[next].begin == e && !cands[next].bytes.end && name_label(cands[next].label)) {
      f = cands[next].end;
    } else {
      uint32_t bound = next < cands.size() ? cands[next].begin : static_cast<uint32_t>(doc.tokens.size());
      while (f < bound && f - e < 3 && table.casing(f) == Casing::Title && table.style(f) == Style::Normal &&
             (table.flags(f) & kInSentence) && doc.tokens[f].block == doc.tokens[c.begin].block)
        ++f;
      if (f == bound) continue;  // a name the tagger found right after them: another name
      next = cands.size();
    }
    if (f == e || table.casing(e) != Casing::Title) continue;
    if (next < cands.size()) {
      if (drop.empty()) drop.assign(cands.size(), 0);
      drop[next] = 1;
    }
    c.end = f;
  }
  if (drop.empty()) return;
  std::vector<Candidate> kept;
  for (size_t k = 0; k < cands.size(); ++k)
    if (!drop[k]) kept.push_back(cands[k]);
  cands = std::move(kept);
}

void capitals_named(const TokenTable& table, std::vector<Candidate>& cands) {
  std::unordered_map<uint32_t, bool> capitals;  // phrase key of a name the text calls a capital
  for (const Candidate& c : cands)
    if (c.label == Label::Loc && !c.bytes.end && c.begin >= 2 && table.norm(c.begin - 1) == "," &&
        table.norm(c.begin - 2) == "capital" && table.casing(c.begin - 2) == Casing::Lower)
      capitals.emplace(phrase_key(table, c.begin, c.end), true);
  if (capitals.empty()) return;
  for (Candidate& c : cands)
    if (c.label == Label::Loc && !c.bytes.end && capitals.count(phrase_key(table, c.begin, c.end)))
      c.label = Label::Gpe;
}

namespace {

/// A state's postal code as token i writes it, capitals ("TX") or title case ("Tx"), that names the state: not a code
/// that is also a word in that case ("IN", "OR", "Pa", "Ma", "Me", "Co").
bool state_code(const Document& doc, uint32_t i) {
  std::string_view w = doc.view(doc.tokens[i].span);
  if (w.size() != 2 || w[0] < 'A' || w[0] > 'Z') return false;
  bool upper = w[1] >= 'A' && w[1] <= 'Z';
  if (!upper && (w[1] < 'a' || w[1] > 'z')) return false;
  std::string code{w[0], static_cast<char>(upper ? w[1] : w[1] - 'a' + 'A')};
  if (!table_find(kStateCodes, code)) return false;
  static constexpr std::string_view kWords[] = {"IN", "OR", "ME", "HI", "OK"};  // capitals: words too
  static constexpr std::string_view kTitleWords[] = {"PA", "MA", "ME", "OH", "HI", "IN", "OR", "OK", "AL", "DE", "LA",
                                                     "MO", "CO", "ID", "MS", "MD", "NE", "WA", "GA", "VA", "MI"};
  for (std::string_view x : kWords)
    if (upper && code == x) return false;
  for (std::string_view x : kTitleWords)
    if (!upper && code == x) return false;
  return true;
}

}  // namespace

void state_codes(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                 std::vector<Candidate>& cands) {
  constexpr uint32_t kTown = 1u << kGazCity | 1u << kGazTown;
  // "across [LOC NSW]": a state's abbreviation that is no word is the state, wherever the tagger found it.
  for (Candidate& c : cands)
    if (c.label == Label::Loc && !c.bytes.end && c.end == c.begin + 1 &&
        table_find(kPlaceCues, table.norm(c.begin)) == PlaceCue::StateAbbrev)
      c.label = Label::Gpe;
  std::vector<Candidate> added;
  // "[PERSON Austin TX]", "[LOC Boston MA]": a listed town and a state's code the tagger took as one name: two GPEs.
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2 || c.end - c.begin > 4 ||
        (c.label != Label::Gpe && c.label != Label::Loc && c.label != Label::Person) || !state_code(doc, c.end - 1) ||
        !(gazetteer.find(phrase_key(table, c.begin, c.end - 1)) & kTown))
      continue;
    added.push_back({c.end - 1, c.end, Label::Gpe, c.score, {}});
    --c.end;
    c.label = Label::Gpe;
  }
  if (!added.empty()) {
    cands.insert(cands.end(), added.begin(), added.end());
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    added.clear();
  }
  size_t k = 0;  // the first candidate that ends after token i
  for (uint32_t i = 2; i < table.size(); ++i) {
    std::string_view w = doc.view(doc.tokens[i].span);
    if (w.size() != 2 || w[0] < 'A' || w[0] > 'Z') continue;
    if (!(table.flags(i) & kInSentence) || (table.flags(i) & kSentenceStart)) continue;
    // After a comma, a code in capitals ("Lawrence, KS"); right after the place, one in any case that is no word
    // ("San Rafael Ca", "Austin TX").
    bool comma = doc.view(doc.tokens[i - 1].span) == ",";
    bool upper = w[1] >= 'A' && w[1] <= 'Z';
    if (comma ? !(upper && table_find(kStateCodes, w)) : !state_code(doc, i)) continue;
    while (k < cands.size() && cands[k].end <= i) ++k;
    if (k < cands.size() && cands[k].begin <= i) {  // tagged already: a place alone is the state
      Candidate& c = cands[k];
      if (c.begin == i && c.end == i + 1 && !c.bytes.end && c.label == Label::Loc) c.label = Label::Gpe;
      continue;
    }
    const Candidate* place = k > 0 ? &cands[k - 1] : nullptr;
    if (!place || place->end != (comma ? i - 1 : i) || place->bytes.end ||
        (place->label != Label::Gpe && place->label != Label::Loc))
      continue;
    long next = i + 1 < table.size() && (table.flags(i + 1) & kInSentence) && !(table.flags(i + 1) & kSentenceStart)
                    ? static_cast<long>(i + 1)
                    : -1;
    // A word after it: "Boston, MA rules" (after a code in title case a lowercase word may go on: "in San Rafael Ca
    // like near the mall").
    if (next >= 0 && table.casing(next) != Casing::None && (upper || table.casing(next) != Casing::Lower)) continue;
    added.push_back({i, i + 1, Label::Gpe, place->score, {}});
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

// A place's last word after a name and "'s": Possessive, or a Second word of a village's name ("Parson's Green",
// "Land's End").
bool possessive_end(std::optional<PlaceCue> cue) {
  return cue == PlaceCue::Possessive || cue == PlaceCue::Second;
}

void possessive_places(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  // "off [PERSON Land]'s End": a one-word name, "'s" and a place's last word after it (untagged) are one LOC.
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    uint32_t e = c.end + 1;
    if (c.bytes.end || c.end != c.begin + 1 || e >= table.size() || c.label == Label::Date ||
        doc.tokens[c.end].kind != TokenKind::Clitic || table.norm(c.end) != "'s" || table.casing(e) != Casing::Title ||
        doc.tokens[e].block != doc.tokens[c.begin].block || !possessive_end(table_find(kPlaceCues, table.norm(e))))
      continue;
    if (k + 1 < cands.size() && cands[k + 1].begin <= e) continue;  // the word after is tagged already
    c.end = e + 1;
    c.label = Label::Loc;
  }
}

void possessive_repeats(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  auto possessive = [&](uint32_t i) {  // token i is the clitic "'s" glued to the word before it
    return i < doc.tokens.size() && i > 0 && doc.tokens[i].kind == TokenKind::Clitic && table.norm(i) == "'s" &&
           doc.tokens[i - 1].span.end == doc.tokens[i].span.begin;
  };
  std::unordered_map<uint32_t, Label> whole;  // key of the word before "'s" -> the label of the name read whole
  for (const Candidate& c : cands)
    if (!c.bytes.end && c.end == c.begin + 2 && possessive(c.begin + 1) &&
        (c.label == Label::Loc || c.label == Label::Gpe || c.label == Label::Org))
      whole.emplace(table.key(c.begin), c.label);
  if (whole.empty()) return;
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    if (c.bytes.end || c.label != Label::Person || c.end != c.begin + 1 || !possessive(c.end)) continue;
    if (k + 1 < cands.size() && cands[k + 1].begin <= c.end) continue;  // the "'s" is tagged already
    auto it = whole.find(table.key(c.begin));
    if (it == whole.end()) continue;
    c.end += 1;
    c.label = it->second;
  }
}

void street_names(const TokenTable& table, std::vector<Candidate>& cands) {
  // "The [GPE Marlow] Road bridge": a name and an untagged street's word right after it are the street.
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    if (c.bytes.end || c.end >= table.size() || (c.label != Label::Person && c.label != Label::Gpe)) continue;
    if ((k + 1 < cands.size() && cands[k + 1].begin <= c.end) || table.casing(c.end) != Casing::Title ||
        !(table.flags(c.end) & kInSentence) || (table.flags(c.end) & kSentenceStart))
      continue;
    if (table_find(kPlaceCues, table.norm(c.end)) == PlaceCue::Street) ++c.end;
  }
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2 || (c.label != Label::Person && c.label != Label::Gpe)) continue;
    uint32_t last = c.end - 1;
    if (table.casing(last) != Casing::Title) continue;
    std::optional<PlaceCue> cue = table_find(kPlaceCues, table.norm(last));
    // "Fenton Close", "Kellet Drive"; a given name first makes "Glenn Close" a person.
    bool named =
        cue == PlaceCue::NameStreet && !(c.label == Label::Person && table.gaz<kGazFirstName>(c.begin) != kPosNone);
    if (cue == PlaceCue::Street || named) c.label = Label::Loc;
  }
  // "a plaza on [ORG College Green]": a green, a common or a heath named after "on" is the place, as a street is.
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2 || c.label != Label::Org || c.begin == 0 ||
        table.norm(c.begin - 1) != "on" || table.casing(c.end - 1) != Casing::Title)
      continue;
    std::string_view last = table.norm(c.end - 1);
    if (last == "green" || last == "common" || last == "heath") c.label = Label::Loc;
  }
}

namespace {

/// A word before a place's name that says one goes or is there: "climbed X", "up X", "near X".
bool going_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "climbed", "climb",    "climbing", "up",    "to",      "from",   "near",   "at",     "of", "via",
      "along",   "explored", "visited",  "visit", "down",    "over",   "across", "around", "on", "below",
      "above",   "beneath",  "into",     "onto",  "towards", "toward", "past",   "under"};
  for (std::string_view x : kWords)
    if (w == x) return true;
  return false;
}

}  // namespace

void places_of_a_kind(const TokenTable& table, const Gazetteer& gazetteer, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 2;  // words of one name
  constexpr uint32_t kPersonName = 1u << kGazFirstName;
  constexpr uint16_t kKindScore = 600;  // as a name a place's word calls a place
  std::vector<int32_t> owner;           // made when first needed: most documents have no such noun
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  TypeLookup cue_of(kPlaceCues, table);  // asked of every lowercase token: once per word type
  // One name before `e`: its tokens [b, e), one candidate over them all (not a person named in full or by a given
  // name, nor a GPE or a NORP) or none; b == e if there is no such name.
  auto name_before = [&](uint32_t e) {
    uint32_t b = e;
    while (b > 0 && e - b < kLongest && table.casing(b - 1) == Casing::Title && table.style(b - 1) == Style::Normal &&
           (table.flags(b - 1) & kInSentence))
      --b;
    if (b == e) return b;
    int32_t o = owner[b];
    bool untagged = true;
    for (uint32_t t = b; t < e; ++t) untagged = untagged && owner[t] < 0;
    if (untagged) return (gazetteer.find(phrase_key(table, b, b + 1)) & kPersonName) ? e : b;
    if (o < 0 || cands[o].begin != b || cands[o].end != e || cands[o].bytes.end) return e;
    Label l = cands[o].label;
    if (l == Label::Gpe || l == Label::Norp || l == Label::Date || l == Label::Time) return e;
    if (l == Label::Person && (e - b >= 2 || (gazetteer.find(phrase_key(table, b, b + 1)) & kPersonName))) return e;
    return b;
  };
  for (uint32_t n = 3; n < table.size(); ++n) {
    if (table.casing(n) != Casing::Lower || !(table.flags(n) & kInSentence) || (table.flags(n) & kSentenceStart))
      continue;
    auto cue = cue_of(n);
    if (cue != PlaceCue::Landform && cue != PlaceCue::Kinds) continue;
    if (owner.empty()) {
      owner = candidate_at(table.size(), cands);
      drop.assign(cands.size(), 0);
    }
    uint32_t b2 = name_before(n);
    if (b2 == n || b2 < 2 || table.norm(b2 - 1) != "and") continue;
    uint32_t b1 = name_before(b2 - 1);
    if (b1 == b2 - 1 || (table.flags(b2 - 1) & kSentenceStart)) continue;
    for (auto [b, e] : {std::pair<uint32_t, uint32_t>{b1, b2 - 1}, {b2, n}}) {
      if (owner[b] >= 0 && cands[owner[b]].label == Label::Loc) continue;
      drop_on(owner, b, e, drop);
      added.push_back({b, e, Label::Loc, kKindScore, {}});
    }
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

void wild_regions(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                  std::vector<Candidate>& cands) {
  constexpr uint32_t kListed = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazTown;
  constexpr uint32_t kLongest = 2;  // words of the region's name
  constexpr uint16_t kWildScore = 600;
  std::vector<uint32_t> keys;  // the phrase keys of the names found here
  std::vector<Candidate> added;
  std::vector<int32_t> owner;  // made when first needed: most documents have no such noun
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 1; i < s.last_token; ++i) {
      if (table.casing(i) != Casing::Lower || !table.typed(i) ||
          table_find(kPlaceCues, table.norm(i)) != PlaceCue::Wild)
        continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      if (int32_t o = owner[i - 1]; o >= 0) {
        Candidate& c = cands[o];
        bool named =
            c.end == i && !c.bytes.end && c.end - c.begin <= kLongest &&
            (c.label == Label::Org || c.label == Label::Person || c.label == Label::Norp || c.label == Label::Loc ||
             (c.label == Label::Gpe && !(gazetteer.find(phrase_key(table, c.begin, c.end)) & kListed)));
        if (!named || (c.label == Label::Person && c.end - c.begin > 1)) continue;
        c.label = Label::Loc;
        keys.push_back(phrase_key(table, c.begin, c.end));
        continue;
      }
      // "the Pantanal wetlands": capitalised words the tagger left out after "the".
      uint32_t b = i;
      while (b > s.first_token + 1 && i - b < kLongest && owner[b - 1] < 0 && table.casing(b - 1) == Casing::Title &&
             table.style(b - 1) == Style::Normal)
        --b;
      if (b == i || table.norm(b - 1) != "the") continue;
      added.push_back({b, i, Label::Loc, kWildScore, {}});
      keys.push_back(phrase_key(table, b, i));
    }
  }
  if (keys.empty()) return;
  // The other mentions of the name the tagger read as a body: "at the mouth of the [ORG Amazon]".
  for (Candidate& c : cands)
    if (c.label == Label::Org && !c.bytes.end && c.end - c.begin <= kLongest &&
        std::find(keys.begin(), keys.end(), phrase_key(table, c.begin, c.end)) != keys.end())
      c.label = Label::Loc;
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void landform_names(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer, bool sports_report,
                    std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;  // words before the landform's
  constexpr uint32_t kPersonNames = 1u << kGazFirstName | 1u << kGazSurname | 1u << kGazPersonName;
  constexpr uint32_t kListed = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1 |
                               1u << kGazRegion | 1u << kGazCompany | 1u << kGazOrgName | 1u << kGazClub |
                               1u << kGazUniversity;
  auto landform = [&](uint32_t i) {
    return table.casing(i) == Casing::Title && table_find(kPlaceCues, table.norm(i)) == PlaceCue::Landform;
  };
  auto feature = [&](uint32_t i) {
    return table.casing(i) == Casing::Title && table_find(kPlaceCues, table.norm(i)) == PlaceCue::Feature;
  };
  auto titled = [&](uint32_t b, uint32_t e) {
    for (uint32_t i = b; i < e; ++i)
      if (table.casing(i) != Casing::Title || table.style(i) != Style::Normal) return false;
    return true;
  };
  // "Scarrow Pike", not "Rosamund Pike"; not a listed place or body ("Palm Beach", "Cheddar Valley Railway").
  // Not in a sports report, where "Kestrel Valley" is a club. In a sentence of many names too ("We explored Wenlow
  // Cavern and Treak Cliff Cavern", which the tagger reads as a title), not in capitals.
  auto feature_name = [&](uint32_t b, uint32_t e) {
    bool words = true;
    for (uint32_t i = b; i < e; ++i)
      words = words && table.casing(i) == Casing::Title &&
              (table.style(i) == Style::Normal || table.style(i) == Style::Title);
    return !sports_report && words && feature(e - 1) && table.gaz<kGazFirstName>(b) == kPosNone &&
           !(gazetteer.find(phrase_key(table, b, e)) & kListed);
  };
  // "the [ORG Eiffel Tower]": a building, a bridge or a monument the tagger read as a body, no list's organisation;
  // "[GPE McMurdo Station]": a facility the tagger read as a body or a settlement (a gazetteer's too).
  auto structure = [&](const Candidate& c) {
    constexpr uint32_t kBodies = 1u << kGazCompany | 1u << kGazOrgName | 1u << kGazClub | 1u << kGazUniversity;
    auto cue = table_find(kPlaceCues, table.norm(c.end - 1));
    bool building = (c.label == Label::Org && cue == PlaceCue::Structure) ||
                    ((c.label == Label::Org || c.label == Label::Gpe) && cue == PlaceCue::Facility);
    return !sports_report && building && table.casing(c.end - 1) == Casing::Title &&
           !(gazetteer.find(phrase_key(table, c.begin, c.end)) & kBodies);
  };
  // "a rather large [ORG Air Force] Base", "the [ORG Kestrel Bank] Tower": a body's name before a building's word
  // (capitalised, in running text, no name of its own after it) is the building's name, a LOC.
  auto building_after = [&](size_t k) {
    const Candidate& c = cands[k];
    uint32_t w = c.end;
    return !sports_report && c.label == Label::Org && !c.bytes.end && w < doc.tokens.size() &&
           (k + 1 == cands.size() || cands[k + 1].begin > w) && doc.tokens[w].block == doc.tokens[c.begin].block &&
           table.casing(w) == Casing::Title && table.style(w) == Style::Normal && (table.flags(w) & kInSentence) &&
           !(table.flags(w) & kSentenceStart) && table_find(kPlaceCues, table.norm(w)) == PlaceCue::Structure &&
           (w + 1 >= doc.tokens.size() || table.casing(w + 1) != Casing::Title ||
            (table.flags(w + 1) & kSentenceStart));
  };
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    if (building_after(k)) {
      c.end += 1;
      c.label = Label::Loc;
    }
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
    if (c.bytes.end || c.end - c.begin < 2) continue;
    if ((c.label == Label::Org || c.label == Label::Norp) && landform(c.end - 1) && titled(c.begin, c.end))
      c.label = Label::Loc;
    else if (structure(c) && titled(c.begin, c.end))
      c.label = Label::Loc;
    else if (c.label == Label::Person && c.end - c.begin <= kLongest + 1 && feature_name(c.begin, c.end) &&
             !(gazetteer.find(phrase_key(table, c.begin, c.begin + 1)) & kPersonNames) &&
             !(gazetteer.find(phrase_key(table, c.end - 1, c.end)) & kPersonNames))
      c.label = Label::Loc;  // not a person's name the lists know a part of: "Tadhg Beck", "Ngozi Cliff"
  }
  std::vector<Candidate> added;
  // Left out after "the" ("The" opening a sentence): "the South Downs", "the Western Isles".
  for (uint32_t i = 1; i < doc.tokens.size(); ++i) {
    if (taken[i] || table.norm(i - 1) != "the" || !titled(i, i + 1) ||
        (table.casing(i - 1) != Casing::Lower && !(table.flags(i - 1) & kSentenceStart)))
      continue;
    uint32_t e = i;
    while (e < doc.tokens.size() && e - i <= kLongest && !taken[e] && titled(e, e + 1) &&
           doc.tokens[e].block == doc.tokens[i].block)
      ++e;
    if (e - i >= 2 && landform(e - 1)) {
      added.push_back({i, e, Label::Loc, 600, {}});
      for (uint32_t k = i; k < e; ++k) taken[k] = 1;
    }
    i = e;
  }
  // Left out anywhere: "we climbed Brack Tor", "Wenlow Cavern is" (capitalised words of one sentence, not "The").
  for (uint32_t i = 1; i < doc.tokens.size(); ++i) {
    if (taken[i] || !feature(i) || !(table.flags(i) & kInSentence) || (table.flags(i) & kSentenceStart) ||
        (i + 1 < doc.tokens.size() && (table.flags(i + 1) & kInSentence) && !(table.flags(i + 1) & kSentenceStart) &&
         table.casing(i + 1) == Casing::Title))
      continue;
    uint32_t b = i;
    while (b > 0 && i - b < kLongest && !taken[b - 1] && table.casing(b - 1) == Casing::Title &&
           table.norm(b - 1) != "the" && (table.flags(b - 1) & kInSentence) && !(table.flags(b) & kSentenceStart))
      --b;
    // After a lowercase word of the sentence, or opening it in running text (no headline in title case).
    bool running =
        (table.flags(b) & kSentenceStart) ? table.style(b) == Style::Normal : table.casing(b - 1) == Casing::Lower;
    // A feature's word that is also a name of the lists ("Hill", "Beck") only after a word of going or being there
    // ("walked up Lose Hill"; not "met Tadhg Beck").
    bool named_last = gazetteer.find(phrase_key(table, i, i + 1)) & kPersonNames;
    bool going = b > 0 && table.casing(b - 1) == Casing::Lower && going_word(table.norm(b - 1));
    if (b < i && running && feature_name(b, i + 1) && (!named_last || going))
      added.push_back({b, i + 1, Label::Loc, 600, {}});
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void event_buildings(const TokenTable& table, std::vector<Candidate>& cands) {
  for (Candidate& c : cands) {
    if (c.label != Label::Event || c.bytes.end || c.begin == 0 || c.end >= table.size() ||
        table.norm(c.begin - 1) != "the" || table.casing(c.end) != Casing::Lower ||
        !(table.flags(c.end) & kInSentence) || (table.flags(c.end) & kSentenceStart))
      continue;
    std::string_view next = table.norm(c.end);
    bool office = next == "office" && c.end + 1 < table.size() &&
                  (table.norm(c.end + 1) == "building" || table.norm(c.end + 1) == "buildings");
    if (next == "complex" || next == "building" || next == "buildings" || office) c.label = Label::Loc;
  }
}

void the_outside_places(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2) continue;
    std::string_view first = doc.view(doc.tokens[c.begin].span);
    // "moved to [the Netherlands]"; an ORG after "the", or "The" inside a sentence ("told [The Washington Post]"),
    // not "The" opening one, which may be how the text names the body ("The League's policy states").
    bool opening = (table.flags(c.begin) & kSentenceStart) || c.begin == 0;
    if ((c.label == Label::Gpe && first == "the") ||
        (c.label == Label::Org && (first == "the" || (first == "The" && !opening))))
      ++c.begin;
  }
}

void counties_before_titles(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                            std::vector<Candidate>& cands) {
  for (Candidate& c : cands) {
    if (c.label != Label::Org || c.bytes.end || c.end - c.begin < 2 || c.end >= doc.tokens.size() ||
        table.gaz<kGazGpeWord>(c.end - 1) == kPosNone || table.casing(c.end - 1) != Casing::Title ||
        doc.tokens[c.end].block != doc.tokens[c.begin].block)
      continue;
    // The title after it, capitalised, maybe after one word ("Sheriff", "Fire Chief", "District Attorney").
    uint32_t n = static_cast<uint32_t>(doc.tokens.size());
    bool titled = title_prefix(table, gazetteer, c.end, std::min(n, c.end + 4)) > 0 ||
                  (c.end + 1 < n && table.casing(c.end) == Casing::Title &&
                   title_prefix(table, gazetteer, c.end + 1, std::min(n, c.end + 5)) > 0);
    if (!titled) continue;
    c.label = Label::Gpe;
  }
}

void places_in_lists(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer, bool sports_report,
                     std::vector<Candidate>& cands) {
  if (sports_report) return;
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1;
  auto place = [&](const Candidate& c) {
    bool title = true;  // a city is written so; not an acronym ("the US, EU and IAEA")
    for (uint32_t i = c.begin; i < c.end; ++i) title = title && table.casing(i) == Casing::Title;
    return c.label == Label::Org && !c.bytes.end && c.end - c.begin <= 3 && title &&
           (gazetteer.find(phrase_key(table, c.begin, c.end)) & kPlace);
  };
  for (int pass = 0; pass < 2; ++pass)
    for (size_t k = 0; k < cands.size(); ++k) {
      size_t i = pass == 0 ? k : cands.size() - 1 - k;
      Candidate& c = cands[i];
      if (!place(c)) continue;
      if ((i > 0 && cands[i - 1].label == Label::Gpe && listed(doc, table, cands[i - 1], c)) ||
          (i + 1 < cands.size() && cands[i + 1].label == Label::Gpe && listed(doc, table, c, cands[i + 1])))
        c.label = Label::Gpe;
    }
}

void places_after_units(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;      // words of one name
  constexpr uint16_t kUnitScore = 600;  // as a name a place's word calls a place
  std::vector<int32_t> owner;           // made when first needed: most documents have no such list
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  TypeLookup cue_of(kPlaceCues, table);
  for (const Sentence& s : doc.sentences)
    for (uint32_t n = s.first_token; n + 3 < s.last_token; ++n) {
      if (table.casing(n) != Casing::Lower || cue_of(n) != PlaceCue::Units) continue;
      uint32_t b = n + 1;
      if (table.norm(b) == "of") ++b;
      if (b < s.last_token && table.norm(b) == "the") ++b;
      std::vector<std::pair<uint32_t, uint32_t>> names = listed_names(table, b, s.last_token, kLongest);
      if (names.empty()) continue;
      if (owner.empty()) {
        owner = candidate_at(doc.tokens.size(), cands);
        drop.assign(cands.size(), 0);
      }
      for (auto [nb, ne] : names) {
        int32_t o = owner[nb];
        if (o >= 0 && cands[o].begin == nb && cands[o].end == ne && !cands[o].bytes.end) {
          Label l = cands[o].label;
          if (l == Label::Person || l == Label::Org || l == Label::Loc) cands[o].label = Label::Gpe;
          continue;
        }
        bool untagged = true;
        for (uint32_t t = nb; t < ne; ++t) untagged = untagged && owner[t] < 0;
        if (untagged) added.push_back({nb, ne, Label::Gpe, kUnitScore, {}});
      }
      n = names.back().second;
    }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

}  // namespace aa::ner
