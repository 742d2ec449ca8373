#include "ner/sports.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "data/tables.h"
#include "ner/orgs.h"
#include "ner/type_lookup.h"
#include "once_per_document.h"

namespace aa::ner {
namespace {

// "the Mavericks": a capitalised word right after "the" in the same block, with no capitalised word after it.
bool lone_after_the(const Document& doc, const TokenTable& table, uint32_t t) {
  if (t == 0 || table.casing(t) != Casing::Title || table.norm(t - 1) != "the" ||
      doc.tokens[t - 1].block != doc.tokens[t].block)
    return false;
  return !(t + 1 < doc.tokens.size() && doc.tokens[t + 1].block == doc.tokens[t].block &&
           table.casing(t + 1) == Casing::Title);
}

enum class SportsWord : uint8_t {
  Result,
  Versus,
  Locative,
  Plays,
  Between,
  Aux,
  AuxPlural,
  Journey,
  PlaceNoun,
  LeagueName,
  League,
  Competition,
  Link,
  Venue,
  VenueFirst,
  Weak,
  Margin,
  MarginResult,
  Count,
  RoleResult,
  RoleWeak,
  Role,
  Club,
  Transfer,
  ClubEnd,
  ClubFirst
};

bool aux(std::optional<SportsWord> w) {
  return w == SportsWord::Aux || w == SportsWord::AuxPlural;
}

bool role(std::optional<SportsWord> w) {
  return w == SportsWord::RoleResult || w == SportsWord::RoleWeak || w == SportsWord::Role;
}

#include "ner_sports.inc"  // kSportsWords

// kSportsWords per word type of one document (type_lookup.h), one for all the sports rules that ask of a document.
using SportsLookup = decltype(TypeLookup(kSportsWords, std::declval<const TokenTable&>()));

bool digits(std::string_view s, size_t b, size_t e) {
  if (e <= b || e - b > 3) return false;
  for (size_t i = b; i < e; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

/// "2-1", "3–0": a score in one token.
bool score_token(std::string_view w) {
  if (w.size() < 3 || w[0] < '0' || w[0] > '9') return false;  // (most tokens: one test, not one per byte)
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] == '-' && digits(w, 0, i) && digits(w, i + 1, w.size())) return true;
    if (w[i] == '\xE2' && w.compare(i, 3, "\xE2\x80\x93") == 0 && digits(w, 0, i) && digits(w, i + 3, w.size()))
      return true;
  }
  return false;
}

/// A small number alone in a token ("3" of "Harwich 3 Dunmore 1").
bool number_token(const Document& doc, uint32_t i) {
  std::string_view w = doc.view(doc.tokens[i].span);
  return digits(w, 0, w.size());
}

bool is_score(const Document& doc, uint32_t i) {
  return score_token(doc.view(doc.tokens[i].span));
}

/// A capitalised run of up to four words from token i in its block ("Dunstable Vale", "St. Louis"): its end.
uint32_t name_run(const Document& doc, const TokenTable& table, uint32_t i, uint32_t block_end) {
  uint32_t e = i;
  while (e < block_end && e - i < 4) {
    Casing c = table.casing(e);
    if (c == Casing::Title || c == Casing::Upper)
      ++e;
    else if (e > i && e + 1 < block_end && doc.view(doc.tokens[e].span) == "." && table.casing(e + 1) == Casing::Title)
      ++e;  // "St. Louis"
    else
      break;
  }
  return e;
}

/// The two sides of a result line, the whole block: "Norwich 2-1 Hull", "Harwich 3 Dunmore 1", "Boston 7,
/// Baltimore 3 (10 innings)". Empty spans if the block is no result line.
std::pair<std::pair<uint32_t, uint32_t>, std::pair<uint32_t, uint32_t>> result_line(const Document& doc,
                                                                                    const TokenTable& table, uint32_t b,
                                                                                    uint32_t e) {
  uint32_t a_end = name_run(doc, table, b, e);
  if (a_end == b || a_end >= e) return {};
  uint32_t i = a_end;
  bool score = is_score(doc, i);
  if (!score && !number_token(doc, i)) return {};
  ++i;
  if (!score && i < e && doc.view(doc.tokens[i].span) == ",") ++i;
  uint32_t b_end = name_run(doc, table, i, e);
  if (b_end == i) return {};
  if (score) {
    if (b_end != e) return {};
  } else if (b_end >= e || !number_token(doc, b_end)) {
    return {};
  }
  return {{b, a_end}, {i, b_end}};
}

/// "Harwich beat Dunmore", "Napoli were beaten by Udinese", "Leeds host Chelsea", "Sunderland were drawn against
/// Fulham", "Munster will meet Bordeaux": candidates k and k + 1 are the two sides of a result verb.
bool result_pair(const Document& doc, const TokenTable& table, const std::vector<Candidate>& cands, size_t k) {
  auto nameable = [](Label l) { return l == Label::Gpe || l == Label::Loc || l == Label::Person || l == Label::Org; };
  auto word = [&](uint32_t i) { return table_find(kSportsWords, table.norm(i)); };
  const Candidate& c = cands[k];
  if (k + 1 >= cands.size() || !nameable(c.label) || c.bytes.end || !nameable(cands[k + 1].label) ||
      cands[k + 1].bytes.end || doc.tokens[cands[k + 1].begin].block != doc.tokens[c.begin].block)
    return false;
  uint32_t v = c.end, other = cands[k + 1].begin;
  if (v < other && aux(word(v))) ++v;
  auto verb = v < other ? word(v) : std::nullopt;
  if (verb != SportsWord::Versus && verb != SportsWord::Plays && verb != SportsWord::Between) return false;
  ++v;
  // "beaten by", "drawn against", "away to"
  if (v < other && (word(v) == SportsWord::Link || table.norm(v) == "against")) ++v;
  return v == other;
}

/// The other side of a result noun: "a win against Sacramento", "victory over Kent", "defeat to Bath".
bool result_noun(const Document& doc, const TokenTable& table, const Candidate& c) {
  if (c.begin < 2 || doc.tokens[c.begin - 2].block != doc.tokens[c.begin].block) return false;
  std::string_view prep = table.norm(c.begin - 1), noun = table.norm(c.begin - 2);
  return (prep == "against" || prep == "over" || prep == "to" || prep == "by" || prep == "with") &&
         (noun == "win" || noun == "victory" || noun == "defeat" || noun == "draw" || noun == "loss" ||
          noun == "triumph");
}

/// A place and a plural nickname the tagger read as a person: a franchise ("Hobart Hurricanes", "Sydney Sixers"),
/// in any document. Not when the last word is a surname or a given name ("Roy Williams"), nor a given name and a word
/// in -s that the text writes alone soon after without "the" ("Patrick Mahomes" ... "Mahomes said").
bool franchise(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer, const Candidate& c) {
  if (c.label != Label::Person || c.bytes.end || c.end - c.begin < 2 || table.casing(c.end - 1) != Casing::Title)
    return false;
  std::string_view last = doc.view(doc.tokens[c.end - 1].span);
  if (last.back() != 's') return false;
  uint32_t place = gazetteer.find(phrase_key(table, c.begin, c.end - 1));
  uint32_t nickname = gazetteer.find(phrase_key(table, c.end - 1, c.end));
  if (!(place & (1u << kGazCountry | 1u << kGazCity | 1u << kGazAdmin1)) ||
      (nickname & (1u << kGazSurname | 1u << kGazPersonName | 1u << kGazFirstName)))
    return false;
  // A place that is also a given name ("Patrick", "Sydney"), and the word in -s alone soon after without "the"
  // before it ("Mahomes said"; a franchise is "the Sixers"): a player, "Patrick Mahomes".
  if (c.end - c.begin == 2 && table.gaz<kGazFirstName>(c.begin) != kPosNone) {
    constexpr uint32_t kLater = 400;  // tokens read after the name: bounded work per candidate
    uint32_t nick = table.key(c.end - 1);
    uint32_t stop = static_cast<uint32_t>(std::min<size_t>(doc.tokens.size(), c.end + kLater));
    for (uint32_t i = c.end; i < stop; ++i)
      if (table.key(i) == nick && table.casing(i) == Casing::Title && table.norm(i - 1) != "the" &&
          table.key(i - 1) != table.key(c.begin))
        return false;
  }
  return true;
}

/// Leagues and competitions by a name of two to four words ("Premier League", "Serie A", "Big Ten", "Coupe de France";
/// table classes League and Competition): ORG or EVENT in any document, as docs/annotation.md says (leagues and
/// conferences are ORG, cups and tournaments EVENT: "Champions League", "FA Cup", "Six Nations"). A candidate that ends
/// with the name takes its label ("English Premier League"), and "Women's" or "Men's" before it is part of it; a
/// candidate whose capitalised words all lie in such names gives way to them ("[La Liga]" a place, "Serie" alone,
/// "[Premier League for La Liga]" one name). Not before another capitalised word or a slash ("Big Ten Conference", "Big
/// Ten/ACC Challenge": the tagger's reading stays).
void league_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  auto capital = [&](uint32_t i) { return table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper; };
  std::vector<Candidate> names;
  std::string key;
  for (uint32_t i = 0; i + 1 < doc.tokens.size(); ++i) {
    if (!capital(i) || doc.tokens[i + 1].block != doc.tokens[i].block) continue;
    // the next word capitalised, or a short lowercase particle ("de", "del"): most words stop here
    if (!capital(i + 1) && !(table.casing(i + 1) == Casing::Lower && table.norm(i + 1).size() <= 3)) continue;
    for (uint32_t e = std::min<uint32_t>(i + 4, static_cast<uint32_t>(doc.tokens.size())); e >= i + 2; --e) {
      bool run = capital(e - 1);  // lowercase words only inside: "Coupe de France", "Copa del Rey"
      key.clear();
      for (uint32_t t = i; t < e; ++t) {
        run = run && doc.tokens[t].block == doc.tokens[i].block;
        if (t > i) key += ' ';
        key += table.norm(t);
      }
      auto w = run ? table_find(kSportsWords, key) : std::nullopt;
      if (w != SportsWord::League && w != SportsWord::Competition) continue;
      if (e < doc.tokens.size() && doc.tokens[e].block == doc.tokens[i].block &&
          (table.casing(e) == Casing::Title || doc.view(doc.tokens[e].span) == "/"))
        break;         // "Big Ten Conference", "Big Ten/ACC Challenge"
      uint32_t b = i;  // "Women's Super League"
      if (b >= 2 && table.norm(b - 1) == "'s" && (table.norm(b - 2) == "women" || table.norm(b - 2) == "men") &&
          capital(b - 2))
        b -= 2;
      names.push_back({b, e, w == SportsWord::League ? Label::Org : Label::Event, 700, {}});
      i = e - 1;
      break;
    }
  }
  if (names.empty()) return;
  std::vector<int32_t> name_at(doc.tokens.size(), -1);
  for (size_t n = 0; n < names.size(); ++n)
    for (uint32_t t = names[n].begin; t < names[n].end; ++t) name_at[t] = static_cast<int32_t>(n);
  std::vector<uint8_t> drop(cands.size(), 0), taken(names.size(), 0);
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    bool overlaps = false, covered = !c.bytes.end;
    for (uint32_t t = c.begin; t < c.end; ++t) {
      overlaps = overlaps || name_at[t] >= 0;
      covered = covered && (name_at[t] >= 0 || !capital(t));
    }
    if (!overlaps) continue;
    int32_t last = name_at[c.end - 1];
    if (!covered && last >= 0 && names[last].end == c.end && name_at[c.begin] < 0 && !c.bytes.end) {
      c.label = names[last].label;  // "English Premier League"
      taken[last] = 1;
    } else if (covered) {
      drop[k] = 1;
    } else {
      for (uint32_t t = c.begin; t < c.end; ++t)
        if (name_at[t] >= 0) taken[name_at[t]] = 1;  // a longer name crosses it: the tagger's stays
    }
  }
  std::vector<Candidate> added;
  for (size_t n = 0; n < names.size(); ++n)
    if (!taken[n]) added.push_back(names[n]);
  replace_candidates(cands, drop, added);
}

/// A capitalised word alone in its block's run of capitalised words: "Rovers equalised", "beat Rovers 2-1"; not
/// "Rovers Return" or "Dunmore Rovers" (a word before it counts only at a sentence's start).
bool lone_capitalised(const Document& doc, const TokenTable& table, uint32_t t) {
  if (table.casing(t) != Casing::Title) return false;
  bool same_before = t > 0 && doc.tokens[t - 1].block == doc.tokens[t].block;
  bool same_after = t + 1 < doc.tokens.size() && doc.tokens[t + 1].block == doc.tokens[t].block;
  if (same_before && !(table.flags(t) & kSentenceStart) && table.casing(t - 1) == Casing::Title) return false;
  return !(same_after && table.casing(t + 1) == Casing::Title);
}

/// A team's plural nickname alone after "the", after the club's full name ("the Maple Valley Mavericks" ... "the
/// Mavericks, who have played at ..."): the club, an ORG (the clusters join it to the full name). Not a company's
/// word ("Brothers", "Holdings"), a place, a group or a demonym, nor a word of a person's full name. In a sports
/// report (`bare`) also without "the", anywhere in it ("Dunmore Rovers" ... "Rovers equalised", a headline's
/// "Rovers snatch late win"), as British and Irish reports name clubs.
void team_nicknames(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer, bool bare,
                    std::vector<Candidate>& cands) {
  constexpr uint32_t kNotTeam = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1 |
                                1u << kGazRegion | 1u << kGazDemonym | 1u << kGazNorpGroup | 1u << kGazTimeWord;
  std::unordered_map<uint32_t, uint32_t> nicknames;  // the word's key -> the end of the club's first full name
  std::unordered_set<uint32_t> person_words;
  for (const Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2) continue;
    if (c.label == Label::Person)
      for (uint32_t t = c.begin; t < c.end; ++t) person_words.insert(phrase_key(table, t, t + 1));
    if (c.label != Label::Org || table.casing(c.end - 1) != Casing::Title) continue;
    std::string_view last = doc.view(doc.tokens[c.end - 1].span);
    if (last.size() < 4 || last.back() != 's' || last[last.size() - 2] == '\'' ||
        company_name_end(table.norm(c.end - 1)))
      continue;
    uint32_t key = phrase_key(table, c.end - 1, c.end);
    if (!(gazetteer.find(key) & kNotTeam)) nicknames.emplace(key, c.end);
  }
  if (nicknames.empty()) return;
  std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
  std::vector<Candidate> added;
  for (uint32_t t = bare ? 0 : 1; t < doc.tokens.size(); ++t) {
    if (bare ? !lone_capitalised(doc, table, t) : !lone_after_the(doc, table, t)) continue;
    uint32_t key = phrase_key(table, t, t + 1);
    auto it = nicknames.find(key);
    if (it == nicknames.end() || (!bare && t < it->second) || person_words.count(key)) continue;
    int32_t o = owner[t];
    if (o < 0)
      added.push_back({t, t + 1, Label::Org, 600, {}});
    else if (cands[o].begin == t && cands[o].end == t + 1 && !cands[o].bytes.end)
      cands[o].label = Label::Org;
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

/// A club's name the tagger cut before its last word, a word that ends British clubs' names (ClubEnd: "Westbridge
/// [ORG United] defender", "[GPE Kelso] [ORG Rovers] manager"): the capitalised word before it, untagged or a place
/// or person of one word, and the word make one ORG, in any document. Requires: cands sorted by position,
/// non-overlapping; keeps them so.
void clubs_cut_before_end(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<uint8_t> taken;  // made when first needed: few documents cut a club's name
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.bytes.end || c.end != c.begin + 1 || c.begin == 0 || table.casing(c.begin) != Casing::Title ||
        table_find(kSportsWords, table.norm(c.begin)) != SportsWord::ClubEnd)
      continue;
    uint32_t p = c.begin - 1;
    if (table.casing(p) != Casing::Title || table.style(p) != Style::Normal ||
        doc.tokens[p].block != doc.tokens[c.begin].block || table.norm(p) == "the")
      continue;
    bool before = k > 0 && cands[k - 1].end == c.begin && !cands[k - 1].bytes.end;
    if (before) {
      const Candidate& d = cands[k - 1];
      if (d.end - d.begin != 1 || (d.label != Label::Gpe && d.label != Label::Loc && d.label != Label::Person))
        continue;
    } else {
      if (taken.empty()) {
        taken.assign(doc.tokens.size(), 0);
        for (const Candidate& x : cands)
          for (uint32_t i = x.begin; i < x.end; ++i) taken[i] = 1;
      }
      if (taken[p]) continue;
    }
    if (drop.empty()) drop.assign(cands.size(), 0);
    drop[k] = 1;
    if (before) drop[k - 1] = 1;
    added.push_back({p, c.end, Label::Org, 700, {}});
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// A club's one-word name before a role, in any document ("Quins director of rugby Alex Marsh", "Wolves manager
/// Gary Pell"): an ORG, tagged or not, when the table (class Club) or the gazetteers' football clubs know it and no
/// place has the name.
void clubs_before_roles(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer, SportsLookup& word,
                        std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1;
  std::vector<int32_t> owner;
  std::vector<Candidate> added;
  for (uint32_t i = 0; i + 1 < doc.tokens.size(); ++i) {
    if (table.casing(i) != Casing::Title || table.casing(i + 1) != Casing::Lower ||
        doc.tokens[i + 1].block != doc.tokens[i].block)
      continue;
    auto next = word(i + 1);
    if (next != SportsWord::Role && next != SportsWord::RoleWeak && next != SportsWord::RoleResult) continue;
    uint32_t v = gazetteer.find(phrase_key(table, i, i + 1));
    bool club = word(i) == SportsWord::Club || ((v & (1u << kGazClub)) && !(v & kPlace));
    if (!club || (i > 0 && doc.tokens[i - 1].block == doc.tokens[i].block && table.casing(i - 1) == Casing::Title))
      continue;
    if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
    int32_t o = owner[i];
    if (o < 0)
      added.push_back({i, i + 1, Label::Org, 600, {}});
    else if (cands[o].begin == i && cands[o].end == i + 1 && !cands[o].bytes.end)
      cands[o].label = Label::Org;
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

// The places a club may be named after.
constexpr uint32_t kTeamPlace = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1;

// What both parts of the sports rules (sports_teams, label_sports_report) ask of a name.
struct NameFacts {
  const Document& doc;
  const TokenTable& table;
  const Gazetteer& gazetteer;

  // A place the gazetteers know.
  bool known_span(uint32_t b, uint32_t e) const { return (gazetteer.find(phrase_key(table, b, e)) & kTeamPlace) != 0; }
  // A given name.
  bool first_name(uint32_t i) const {
    return (gazetteer.find(phrase_key(table, i, i + 1)) & (1u << kGazFirstName)) != 0;
  }
  // A name of two words the tagger called a person whose first word is no given name ("Ashwell Green"): maybe a
  // place, so maybe a team. (Not when the first word is a given name that is also a place: "Marco Pellini".)
  bool no_given_name(const Candidate& c) const {
    return c.label == Label::Person && c.end - c.begin == 2 && !first_name(c.begin);
  }
  // One capitalised word in the plural the tagger called a person, no given name or surname ("Catalans",
  // "Harlequins"): maybe a team, as a place is.
  bool plural_name(const Candidate& c) const {
    if (c.label != Label::Person || c.end != c.begin + 1 || table.casing(c.begin) != Casing::Title) return false;
    std::string_view w = doc.view(doc.tokens[c.begin].span);
    return w.size() >= 4 && w.back() == 's' &&
           !(gazetteer.find(phrase_key(table, c.begin, c.end)) &
             (1u << kGazSurname | 1u << kGazPersonName | 1u << kGazFirstName));
  }
};

// The labels of a sports report, after sports_teams. A function of its own, run only for sports reports: inlined into
// sports_teams it made a 31 KB function, mostly code that most documents never run, which every first analysis
// compiled and V8 then optimised (bench/README.md, "Start-up and the first analysis, ninth session").
[[gnu::noinline]] void label_sports_report(const NameFacts& names, const std::unordered_set<uint32_t>& clubs,
                                           std::unordered_set<uint32_t> role_teams, const std::vector<uint8_t>& starts,
                                           SportsLookup& word, std::vector<Candidate>& cands);

}  // namespace

void team_sheets(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kMinPlayers = 6;
  auto title = [&](uint32_t i) { return table.casing(i) == Casing::Title; };
  auto is = [&](uint32_t i, std::string_view w) { return doc.view(doc.tokens[i].span) == w; };
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  std::vector<int32_t> at;
  for (uint32_t b = 0; b < doc.tokens.size();) {
    uint32_t e = b;
    while (e < doc.tokens.size() && doc.tokens[e].block == doc.tokens[b].block) ++e;
    uint32_t colon = b;
    while (colon < e && colon - b < 5 && title(colon)) ++colon;
    std::vector<Candidate> players;
    bool ok = colon > b && colon < e && is(colon, ":");
    // A player: one or two capitalised words (a surname, "Van Dijk"), then maybe "(Name 80)".
    auto player = [&](uint32_t i, uint32_t& end) {
      uint32_t k = i;
      while (k < e && k - i < 2 && title(k)) ++k;
      if (k == i) return false;
      players.push_back({i, k, Label::Person, 700, {}});
      end = k;
      return true;
    };
    for (uint32_t i = colon + 1; ok && i < e;) {
      uint32_t end = i;
      if (!player(i, end)) {
        ok = false;
        break;
      }
      i = end;
      if (i < e && is(i, "(")) {
        uint32_t sub_end = i + 1;
        ok = player(i + 1, sub_end) && sub_end + 1 < e && doc.tokens[sub_end].kind == TokenKind::Number &&
             is(sub_end + 1, ")");
        i = sub_end + 2;
      }
      if (ok && i < e) {
        ok = is(i, ",") || is(i, ";") || (is(i, ".") && i + 1 == e);
        ++i;
      }
    }
    if (ok && players.size() >= kMinPlayers) {
      if (at.empty()) {
        at = candidate_at(doc.tokens.size(), cands);
        drop.assign(cands.size(), 0);
      }
      drop_on(at, colon + 1, e, drop);
      added.insert(added.end(), players.begin(), players.end());
    }
    b = e;
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

namespace {

/// A quotation mark at token i: 1 an opening one (U+201C), 2 a closing one (U+201D), 3 a straight one; 0 none.
int quote_mark(const Document& doc, uint32_t i) {
  std::string_view t = doc.view(doc.tokens[i].span);
  if (t == "\"") return 3;
  if (t == "\xE2\x80\x9C") return 1;
  if (t == "\xE2\x80\x9D") return 2;
  return 0;
}

/// As dense as in a report: `evidence` (result words, scores, signs of teams) one in eight sentences at least. A long
/// forum thread or weblog that uses a few of these words in passing ("beat the deadline", "in a league of its own",
/// "his Texas guard service") is none.
bool dense(const Document& doc, size_t evidence) {
  constexpr size_t kSentencesPerEvidence = 8;
  size_t sentences = 0;
  // An interview's answers, paragraphs that open with a quotation mark (of four sentences at most: not an e-mail
  // that starts with its sender's name in quotation marks), are talk: where they hold a third of the sentences or more
  // (a feature, an interview), the density is the narrative's.
  size_t answers = 0;
  for (size_t k = 0; k < doc.sentences.size();) {
    size_t e = k, count = 0;  // the paragraph's sentences [k, e), `count` of them not empty
    while (e < doc.sentences.size() && doc.sentences[e].block == doc.sentences[k].block) {
      count += doc.sentences[e].last_token > doc.sentences[e].first_token;
      ++e;
    }
    const Sentence& first = doc.sentences[k];
    if (count <= 4 && first.last_token > first.first_token && (quote_mark(doc, first.first_token) & 1))
      answers += count;
    sentences += count;
    k = e;
  }
  if (answers * 3 >= sentences) sentences -= answers;
  return evidence * kSentencesPerEvidence >= sentences;
}

}  // namespace

namespace {

// is_sports_report with the sports words of the caller's lookup (sports_teams shares one among its passes).
bool is_sports_report(const Document& doc, const TokenTable& table, size_t known_clubs, SportsLookup& sports_word) {
  size_t results = known_clubs, scores = 0, weak = 0;
  std::unordered_map<std::string_view, uint32_t> weak_forms;
  std::unordered_map<std::string_view, uint32_t> result_forms;
  size_t unscored = known_clubs;  // the signs of a report without a score (below)
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      // A score starts with a digit (score_token): the first byte decides for most tokens, without the call.
      const Span& span = doc.tokens[i].span;
      bool digit = span.size() >= 3 && doc.text[span.begin] >= '0' && doc.text[span.begin] <= '9';
      if (digit && is_score(doc, i)) {
        ++scores;
        continue;
      }
      auto word = sports_word(i);
      // A margin: "by 22 runs", "by seven wickets", "by a point".
      bool by = i >= s.first_token + 2 && table.norm(i - 2) == "by";
      if ((word == SportsWord::Margin || word == SportsWord::MarginResult) && by) ++scores;
      if ((word == SportsWord::MarginResult && !by) || word == SportsWord::Result || word == SportsWord::Versus ||
          word == SportsWord::RoleResult) {
        ++results;
        if (++result_forms[table.norm(i)] <= 2) ++unscored;
      }
      // Each weak word up to three times: a word the text repeats more is its topic ("games" in a study of video
      // games, "series" in a review of a television series), not a report's many signs.
      if ((word == SportsWord::Weak || word == SportsWord::Plays || word == SportsWord::RoleWeak) &&
          ++weak_forms[table.norm(i)] <= 3)
        ++weak;
      // A cricket score: "312 for six", "287 for 4".
      // (In these three tests the words and casings come before number_token, which reads the token's bytes: the
      // tests run on every token and most stop at the first word.)
      if (i + 2 < s.last_token && table.norm(i + 1) == "for" && number_token(doc, i) &&
          doc.tokens[i].span.end - doc.tokens[i].span.begin >= 2 &&
          (sports_word(i + 2) == SportsWord::Count ||
           (number_token(doc, i + 2) && doc.tokens[i + 2].span.end - doc.tokens[i + 2].span.begin == 1)))
        ++scores;
      // A side bowled out: "all out for 187", "bowled out for 210".
      if (i >= s.first_token + 2 && table.norm(i - 1) == "for" && table.norm(i - 2) == "out" && number_token(doc, i))
        ++scores;
      // A result line: "Harwich 3 Dunmore 1" (a capitalised word, a small number, a capitalised word); not a date
      // ("Updated 6 May 2010", "Thu 6 May": a month after the number).
      if (i + 2 < s.last_token && table.casing(i) == Casing::Title && table.casing(i + 2) == Casing::Title &&
          number_token(doc, i + 1)) {
        if (table.gaz<kGazTimeWord>(i + 2) == kPosNone) ++scores;  // the lists' months and weekdays
      }
    }
  // Result lines with a comma: "Boston 7, Baltimore 3".
  for (uint32_t b = 0; b < doc.tokens.size();) {
    uint32_t e = b;
    while (e < doc.tokens.size() && doc.tokens[e].block == doc.tokens[b].block) ++e;
    if (result_line(doc, table, b, e).first.second > b) ++scores;
    b = e;
  }
  results += weak / 3;
  // Without a score, four signs of a report, each result word up to twice and the weak words only beside result
  // words (three weak words one sign, no more signs than there are result words): one word repeated ("was
  // defeated" six times in an election report) or a text's topic words ("series", "season", "fans" in an actor's
  // life) are not a match report.
  unscored += std::min(weak / 3, unscored - known_clubs);
  bool enough = (results >= 2 && scores >= 1) || (results >= 1 && scores >= 2) || unscored >= 4;
  return enough && dense(doc, results + scores);
}

}  // namespace

bool is_sports_report(const Document& doc, const TokenTable& table, size_t known_clubs) {
  SportsLookup sports_word(kSportsWords, table);
  return is_sports_report(doc, table, known_clubs, sports_word);
}

AA_ONCE_PER_DOCUMENT bool sports_teams(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                       std::vector<Candidate>& cands) {
  // In any document: franchises after "the" or before a plural verb ("Hobart Hurricanes have signed"; not
  // "protester Paris Kyriakides"), leagues and competitions by their names, a club's nickname after its full name.
  SportsLookup word(kSportsWords, table);  // shared by the passes below: each word type looked up once
  const NameFacts names{doc, table, gazetteer};
  for (Candidate& c : cands) {
    bool the = c.begin > 0 && table.norm(c.begin - 1) == "the";
    bool plural = c.end < doc.tokens.size() && word(c.end) == SportsWord::AuxPlural;
    if ((the || plural) && franchise(doc, table, gazetteer, c)) c.label = Label::Org;
    // "from [LOC Real Betis]", "[PERSON Sporting Lisbon]": a club's first word in another language (ClubFirst).
    if (!c.bytes.end && c.end - c.begin >= 2 && c.end - c.begin <= 3 && table.casing(c.begin) == Casing::Title &&
        (c.label == Label::Loc || c.label == Label::Gpe || c.label == Label::Person) &&
        word(c.begin) == SportsWord::ClubFirst)
      c.label = Label::Org;
  }
  league_names(doc, table, cands);
  team_nicknames(doc, table, gazetteer, false, cands);
  clubs_before_roles(doc, table, gazetteer, word, cands);
  clubs_cut_before_end(doc, table, cands);
  bool any = false;
  // Clubs the gazetteers know that are not also places ("Udinese", "Fenerbahce"): each one a result word.
  std::unordered_set<uint32_t> clubs;
  for (const Candidate& c : cands) {
    any = any || c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Person;
    if (c.bytes.end) continue;
    uint32_t key = phrase_key(table, c.begin, c.end);
    uint32_t v = gazetteer.find(key);
    bool listed = c.end == c.begin + 1 && word(c.begin) == SportsWord::Club;
    if (((v & (1u << kGazClub)) && !(v & kTeamPlace)) || listed) clubs.insert(key);
  }
  // A known place the tagger left out before a result verb or a team's role ("Gloucester ran in five tries",
  // "Denver visit Phoenix", "Bath coach Ian Corrigan"; often the first word of a report): a GPE candidate, which
  // the rules below make a club in a sports report.
  {
    std::vector<uint8_t> covered(doc.tokens.size(), 0);  // 1: inside a candidate, 2: its first token
    for (const Candidate& c : cands)
      for (uint32_t i = c.begin; i < c.end; ++i) covered[i] = i == c.begin ? 2 : 1;
    std::vector<Candidate> added;
    for (uint32_t i = 0; i + 1 < doc.tokens.size(); ++i) {
      if (covered[i] || table.casing(i) != Casing::Title ||
          (i > 0 && table.casing(i - 1) == Casing::Title && !covered[i - 1]))
        continue;
      uint32_t e = i + 1;
      if (e + 1 < doc.tokens.size() && !covered[e] && table.casing(e) == Casing::Title && names.known_span(i, e + 1))
        ++e;
      // (A club of the lists that is no place too: "Arsenal beat Wolves 2-0", and at a sentence's start before a
      // plural auxiliary, "Arsenal have signed": the club, an ORG.)
      uint32_t listed = e == i + 1 ? gazetteer.find(phrase_key(table, i, e)) : 0;
      constexpr uint32_t kBigPlace = 1u << kGazCountry | 1u << kGazCity | 1u << kGazAdmin1;  // a town may name one
      bool club = (listed & (1u << kGazClub)) && !(listed & kBigPlace);
      if (e == i + 1 && !names.known_span(i, e) && !club) continue;
      if (e >= doc.tokens.size() || doc.tokens[e].block != doc.tokens[i].block || table.casing(e) != Casing::Lower)
        continue;
      uint32_t v = e;
      if (club && (table.flags(i) & kSentenceStart) && word(e) == SportsWord::AuxPlural && e + 1 < doc.tokens.size() &&
          table.casing(e + 1) == Casing::Lower) {
        added.push_back({i, e, Label::Org, 600, {}});
        continue;
      }
      if (aux(word(v)) && v + 1 < doc.tokens.size()) ++v;
      auto w = word(v);
      bool verb = w == SportsWord::Versus || w == SportsWord::Plays || w == SportsWord::Between;
      if (verb) {  // the other side a name: "Denver visit Phoenix" (not "Come visit our site")
        uint32_t o = v + 1;
        if (o < doc.tokens.size() && (word(o) == SportsWord::Link || table.norm(o) == "against")) ++o;
        verb = o < doc.tokens.size() && covered[o] == 2;
      }
      if (verb || (v == e && role(w))) added.push_back({i, e, club ? Label::Org : Label::Gpe, 600, {}});
    }
    if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
  }
  // A place or team right before a role ("Bath coach", "Denver guard", "Kent supporters"): a team, and a sign of a
  // sports report (two before a person's name: "Bath coach Ian Corrigan"). The other side of a result noun ("a win
  // against Sacramento"): one sign.
  std::unordered_set<uint32_t> role_teams;
  size_t roles = 0, role_results = 0;
  // A place with a plural verb at a clause's start: a team in British English ("Kestrel Valley have sacked their
  // coach", "after Thistleford were relegated"); not after a preposition or "and" ("Residents of Dunmere and
  // Oakhill have protested", "Councillors in Dunmere have voted").
  std::vector<uint8_t> starts(doc.tokens.size() + 1, 0);
  for (const Sentence& s : doc.sentences) starts[s.first_token] = 1;
  auto plural_team = [&](const Candidate& c) {
    // "a point clear of Chorleigh, who were held 0-0": a place, then ", who" and a plural auxiliary.
    if (c.end + 3 < doc.tokens.size() && table.norm(c.end) == "," && table.norm(c.end + 1) == "who" &&
        word(c.end + 2) == SportsWord::AuxPlural && doc.tokens[c.end + 2].block == doc.tokens[c.begin].block)
      return true;
    if (c.end + 1 >= doc.tokens.size() || doc.tokens[c.end + 1].block != doc.tokens[c.begin].block ||
        word(c.end) != SportsWord::AuxPlural || table.casing(c.end + 1) != Casing::Lower)
      return false;
    if (c.begin == 0 || starts[c.begin] || doc.tokens[c.begin - 1].block != doc.tokens[c.begin].block) return true;
    std::string_view prev = table.norm(c.begin - 1);
    return prev == "after" || prev == "but" || prev == "while" || prev == "as" || prev == "since" || prev == "when" ||
           prev == "because" || prev == "although" || prev == "though" || prev == "until" || prev == "before" ||
           prev == "if" || prev == "\"" ||
           (prev == "and" && c.begin >= 2 && table.norm(c.begin - 2) == ",");  // ", and Fulham were keen"
  };
  // The same name untagged elsewhere with a plural verb at a clause's start ("Thistleford have won only twice"
  // where the tagger found "in Thistleford"): a GPE candidate, a team below.
  {
    std::unordered_set<uint32_t> places;
    std::vector<uint8_t> covered(doc.tokens.size(), 0);
    for (const Candidate& c : cands) {
      if (!c.bytes.end && (c.label == Label::Gpe || c.label == Label::Loc || names.no_given_name(c)))
        places.insert(phrase_key(table, c.begin, c.end));
      for (uint32_t i = c.begin; i < c.end; ++i) covered[i] = 1;
    }
    std::vector<Candidate> added;
    for (uint32_t i = 0; i < doc.tokens.size() && !places.empty(); ++i) {
      if (covered[i] || table.casing(i) != Casing::Title) continue;
      uint32_t e = i;
      while (e < doc.tokens.size() && e - i < 3 && !covered[e] && doc.tokens[e].block == doc.tokens[i].block &&
             table.casing(e) == Casing::Title)
        ++e;
      Candidate c{i, e, Label::Gpe, 600, {}};
      if (places.count(phrase_key(table, i, e)) && plural_team(c)) added.push_back(c);
      i = e - 1;
    }
    if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
  }
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.bytes.end) continue;
    if (c.label != Label::Gpe && c.label != Label::Org && c.label != Label::Loc && !names.no_given_name(c) &&
        !(c.label == Label::Person && (names.known_span(c.begin, c.end) || names.plural_name(c))))
      continue;
    if ((c.label != Label::Org || names.known_span(c.begin, c.end)) && plural_team(c)) {
      role_teams.insert(phrase_key(table, c.begin, c.end));
      ++roles;
    }
    if (c.label == Label::Loc) continue;
    if (result_noun(doc, table, c)) ++roles;
    if (c.end >= doc.tokens.size() || doc.tokens[c.end].block != doc.tokens[c.begin].block) continue;
    uint32_t r = c.end;  // the role, after a possessive too: "India's openers", "Kent's bowlers"
    if (table.norm(r) == "'s" && r + 1 < doc.tokens.size() && doc.tokens[r + 1].block == doc.tokens[r].block) ++r;
    if (table.casing(r) != Casing::Lower || !role(word(r))) continue;
    role_teams.insert(phrase_key(table, c.begin, c.end));
    ++roles;
    if (word(r) == SportsWord::RoleResult) ++role_results;  // counted by is_sports_report too
    if (k + 1 < cands.size() && cands[k + 1].begin == r + 1 && cands[k + 1].label == Label::Person) ++roles;
  }
  // Two places on both sides of a result verb in the lede, its first two sentences ("Stuttgart host Leipzig on
  // Friday"), count as two result words: previews and cup draws have no scores. (Further down a long text, "Eton v
  // Harrow" in a poet's life does not make it a sports report.)
  size_t pairs = 0;
  uint32_t lede_end = doc.sentences.size() > 1 ? doc.sentences[1].last_token
                      : doc.sentences.empty()  ? 0
                                               : doc.sentences[0].last_token;
  for (size_t k = 0; k + 1 < cands.size() && cands[k + 1].end <= lede_end; ++k) {
    auto place = [&](const Candidate& c) {
      return c.label == Label::Gpe || (gazetteer.find(phrase_key(table, c.begin, c.end)) & kTeamPlace);
    };
    auto side = [&](const Candidate& c) { return c.label != Label::Person || place(c); };
    if (result_pair(doc, table, cands, k) && (place(cands[k]) || place(cands[k + 1])) && side(cands[k]) &&
        side(cands[k + 1]))
      pairs += 2;
  }
  // Three such signs of teams (two places around a result verb in the lede and a role after a place: "Memphis
  // visit Houston ... Memphis guard Tyrone Bell") make a sports report by themselves.
  size_t signs = clubs.size() + pairs + roles;
  if (!any || !((signs >= 3 && dense(doc, signs)) || is_sports_report(doc, table, signs, word))) return false;
  label_sports_report(names, clubs, std::move(role_teams), starts, word, cands);
  return true;
}

namespace {

// The rest of sports_teams, for a document it read as a sports report (sports.h says what each rule does): `clubs`,
// `role_teams` and `starts` are what sports_teams found (known clubs, names before a team's role, sentence starts).
void label_sports_report(const NameFacts& names, const std::unordered_set<uint32_t>& clubs,
                         std::unordered_set<uint32_t> role_teams, const std::vector<uint8_t>& starts,
                         SportsLookup& word, std::vector<Candidate>& cands) {
  const Document& doc = names.doc;
  const TokenTable& table = names.table;
  const Gazetteer& gazetteer = names.gazetteer;
  // "signed the forward Caio Ribeiro from Fluminense", "interest from Newcastle": a transfer word up to 16 tokens
  // before "from" in its sentence makes the place after it the club a player comes from.
  auto transfer_from = [&](uint32_t from) {
    if (table.norm(from) != "from") return false;
    for (uint32_t i = from; i > 0 && from - i < 16 && !starts[i]; --i)
      if (word(i - 1) == SportsWord::Transfer) return true;
    return false;
  };
  // A dateline: "BALTIMORE (AP) —", "LEEDS, England —": capitals that begin a block, then a news agency in brackets, a
  // dash or a comma.
  auto dateline = [&](const Candidate& c) {
    if (c.end >= doc.tokens.size() || (c.begin > 0 && doc.tokens[c.begin - 1].block == doc.tokens[c.begin].block))
      return false;
    bool caps = true;
    for (uint32_t i = c.begin; i < c.end; ++i) caps = caps && table.casing(i) == Casing::Upper;
    std::string_view next = doc.view(doc.tokens[c.end].span);
    bool agency = next == "(" && c.end + 2 < doc.tokens.size() && doc.view(doc.tokens[c.end + 2].span) == ")";
    return caps && (agency || next == "," || next == "-" || next == "\xE2\x80\x94" || next == "\xE2\x80\x93");
  };
  // "travel to Philadelphia to face the Eagles": where the game is played.
  auto to_play = [&](const Candidate& c) {
    if (c.begin < 2 || c.end + 1 >= doc.tokens.size() || table.norm(c.begin - 1) != "to" ||
        word(c.begin - 2) != SportsWord::Between || table.norm(c.end) != "to")
      return false;
    std::string_view v = table.norm(c.end + 1);
    return v == "face" || v == "play" || v == "meet" || v == "take";
  };
  // "at State Farm Stadium in Glendale, Arizona": a state or a country after a town and a comma is where the town
  // is, not a team.
  auto town_state = [&](const Candidate& c) {
    if (c.begin < 2 || table.norm(c.begin - 1) != "," || table.casing(c.begin - 2) != Casing::Title) return false;
    constexpr uint32_t kTown = 1u << kGazCity | 1u << kGazTown;
    return (gazetteer.find(phrase_key(table, c.begin, c.end)) & (1u << kGazAdmin1 | 1u << kGazCountry)) &&
           (gazetteer.find(phrase_key(table, c.begin - 2, c.begin - 1)) & kTown) && c.end < doc.tokens.size() &&
           (table.casing(c.end) == Casing::None || table.norm(c.end) == "on" || table.norm(c.end) == "in");
  };
  auto placed = [&](const Candidate& c) {
    if (dateline(c) || to_play(c) || town_state(c)) return true;
    if (c.begin == 0 || doc.tokens[c.begin - 1].block != doc.tokens[c.begin].block) return false;
    if (table_find(kSportsWords, table.norm(c.begin - 1)) == SportsWord::Locative) return !transfer_from(c.begin - 1);
    if (c.begin < 2) return false;
    std::string_view prep = table.norm(c.begin - 1);
    // "fly back to Perpignan", "head home to Leeds"
    uint32_t v = c.begin - 2;
    if (v > 0 && (table.norm(v) == "back" || table.norm(v) == "home")) --v;
    return (prep == "to" && word(v) == SportsWord::Journey) ||
           (prep == "of" && word(c.begin - 2) == SportsWord::PlaceNoun);  // "the city of Liverpool"
  };
  auto nameable = [](Label l) { return l == Label::Gpe || l == Label::Loc || l == Label::Person || l == Label::Org; };
  // Sides of a result: a name right before or after a score ("Norwich 2-1 Hull"), or before a bare number that
  // a name follows ("Harwich 3 Dunmore 1"), or after a number that a name precedes. Their names are teams
  // wherever the document repeats them.
  std::unordered_set<uint32_t> teams = std::move(role_teams);
  // Result lines: both sides are teams, tagged or not ("Hallowby 3 Kestwick 0"); what the tagger found inside
  // a side gives way to one ORG.
  {
    std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
    std::vector<uint8_t> drop(cands.size(), 0);
    std::vector<Candidate> added;
    for (uint32_t b = 0; b < doc.tokens.size();) {
      uint32_t e = b;
      while (e < doc.tokens.size() && doc.tokens[e].block == doc.tokens[b].block) ++e;
      auto [one, two] = result_line(doc, table, b, e);
      // The line from the first side to the second side's score: a name the tagger ran on over a score
      // ("[Brackley Town 2] [Willow Park Rovers 3]") gives way too, the scores being no part of a name.
      uint32_t line_end = two.second < e && number_token(doc, two.second) ? two.second + 1 : two.second;
      bool whole = one.first < one.second && only_inside(owner, cands, one.first, line_end);
      if (whole) drop_on(owner, one.first, line_end, drop);
      for (auto [sb, se] : {one, two}) {
        if (sb == se) continue;
        if (!whole && !only_inside(owner, cands, sb, se)) continue;
        drop_on(owner, sb, se, drop);
        added.push_back({sb, se, Label::Org, 700, {}});
        teams.insert(phrase_key(table, sb, se));
      }
      b = e;
    }
    if (!added.empty()) replace_candidates(cands, drop, added);
  }
  // A sports word that starts a sentence is no part of the name after it ("Holders Ipswich face a trip").
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2 || !starts[c.begin] || table.casing(c.begin) != Casing::Title) continue;
    auto w = word(c.begin);
    if (w == SportsWord::Weak || w == SportsWord::Result) ++c.begin;
  }
  // Clubs the gazetteers know that are no places, which the tagger left out ("Millwall are away to Burnley",
  // "knocked out Wolves"): ORG.
  {
    std::vector<uint8_t> covered(doc.tokens.size(), 0);
    for (const Candidate& c : cands)
      for (uint32_t i = c.begin; i < c.end; ++i) covered[i] = 1;
    std::vector<Candidate> added;
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
      if (covered[i] || table.casing(i) != Casing::Title ||
          (i > 0 && !starts[i] && table.casing(i - 1) == Casing::Title))
        continue;
      uint32_t e = i;
      while (e < doc.tokens.size() && e - i < 3 && !covered[e] && doc.tokens[e].block == doc.tokens[i].block &&
             table.casing(e) == Casing::Title)
        ++e;
      if (e < doc.tokens.size() && doc.tokens[e].block == doc.tokens[i].block && table.casing(e) == Casing::Title) {
        i = e;
        continue;  // part of a longer name
      }
      uint32_t v = gazetteer.find(phrase_key(table, i, e));
      // First in a sentence, only before a verb of the table ("Millwall are away", not "Athletic director").
      auto next = e < doc.tokens.size() ? word(e) : std::nullopt;
      bool verb = aux(next) || next == SportsWord::Versus || next == SportsWord::Plays || next == SportsWord::Between;
      bool listed = e == i + 1 && word(i) == SportsWord::Club;  // "Harlequins reached the last eight"
      if (listed || ((v & (1u << kGazClub)) && !(v & kTeamPlace) && (!starts[i] || verb)))
        added.push_back({i, e, Label::Org, 600, {}});
      i = e - 1;
    }
    if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
  }
  // A league by its one-word name ("the Premiership", "the Championship"), with a nationality before it
  // ("Scottish Premiership"): an ORG. Not after another capitalised word ("County Championship", a competition).
  {
    std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
    std::vector<uint8_t> drop(cands.size(), 0);
    std::vector<Candidate> added;
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
      if ((table.casing(i) != Casing::Title && table.casing(i) != Casing::Upper) || word(i) != SportsWord::LeagueName)
        continue;
      if (i + 1 < doc.tokens.size() && doc.tokens[i + 1].block == doc.tokens[i].block &&
          table.casing(i + 1) == Casing::Title)
        continue;
      int32_t o = owner[i];
      if (o >= 0 && (cands[o].bytes.end || cands[o].begin != i || cands[o].end != i + 1)) continue;
      uint32_t b = i;
      bool before =
          b > 0 && doc.tokens[b - 1].block == doc.tokens[b].block && table.casing(b - 1) == Casing::Title && !starts[b];
      int32_t p = b > 0 ? owner[b - 1] : -1;
      if (before && p >= 0 && cands[p].label == Label::Norp && cands[p].end == b && !cands[p].bytes.end) {
        drop[p] = 1;  // "Scottish Premiership"
        b = cands[p].begin;
      } else if (before) {
        continue;
      }
      if (o >= 0) drop[o] = 1;
      added.push_back({b, i + 1, Label::Org, 700, {}});
    }
    if (!added.empty()) replace_candidates(cands, drop, added);
  }
  // The other side of a result noun that the tagger left out ("a 2-1 win over Stokeley"): a team.
  {
    std::vector<uint8_t> covered(doc.tokens.size(), 0);
    for (const Candidate& c : cands)
      for (uint32_t i = c.begin; i < c.end; ++i) covered[i] = 1;
    std::vector<Candidate> added;
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
      if (covered[i] || table.casing(i) != Casing::Title) continue;
      uint32_t e = i;
      while (e < doc.tokens.size() && e - i < 4 && !covered[e] && doc.tokens[e].block == doc.tokens[i].block &&
             table.casing(e) == Casing::Title)
        ++e;
      Candidate c{i, e, Label::Org, 600, {}};
      if (doc.view(doc.tokens[e - 1].span).back() != '.' && result_noun(doc, table, c)) {  // not "over No. 8 X"
        added.push_back(c);
        teams.insert(phrase_key(table, i, e));
      }
      i = e - 1;
    }
    if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
  }
  // The words of the persons named in full: players on both sides of a result in tennis, golf or boxing
  // ("Oberg beat Pellini") are no teams, nor is a full name. (A franchise is no person: "Hobart Hurricanes" ...
  // "Hobart".)
  // A club's name ending in a word that ends British clubs' names ("Stockwell Rovers", "Kelso Athletic"; table class
  // ClubEnd), which the tagger read as a person or a place: the club (below), no person's name.
  auto club_end = [&](const Candidate& c) {
    return !c.bytes.end && c.end - c.begin >= 2 && c.end - c.begin <= 3 && table.casing(c.end - 1) == Casing::Title &&
           (c.label == Label::Person || c.label == Label::Loc || c.label == Label::Gpe) &&
           word(c.end - 1) == SportsWord::ClubEnd && !names.known_span(c.begin, c.end);
  };
  std::unordered_set<uint32_t> person_words;
  for (const Candidate& c : cands)
    if (c.label == Label::Person && !c.bytes.end && c.end - c.begin >= 2 && !names.no_given_name(c) &&
        !franchise(doc, table, gazetteer, c) && !club_end(c))
      for (uint32_t i = c.begin; i < c.end; ++i) person_words.insert(phrase_key(table, i, i + 1));
  auto a_person = [&](const Candidate& c) {
    return c.label == Label::Person &&
           ((c.end - c.begin >= 2 && !names.no_given_name(c)) || person_words.count(phrase_key(table, c.begin, c.end)));
  };
  // A team's plural nickname after "the" ("the Bills' first win over the Chiefs"): a person to the tagger, or
  // nothing; an ORG. Not a family ("the Kennedys": a word of a person's full name), a place, an event or a group.
  {
    constexpr uint32_t kNotTeam = kTeamPlace | 1u << kGazRegion | 1u << kGazEvent | 1u << kGazEventWord |
                                  1u << kGazDemonym | 1u << kGazNorpGroup | 1u << kGazTimeWord;
    std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
    std::vector<Candidate> added;
    for (uint32_t t = 1; t < doc.tokens.size(); ++t) {
      std::string_view w = doc.view(doc.tokens[t].span);
      if (w.size() < 4 || w.back() != 's' || !lone_after_the(doc, table, t)) continue;
      uint32_t key = phrase_key(table, t, t + 1);
      if ((gazetteer.find(key) & kNotTeam) || person_words.count(key)) continue;
      int32_t o = owner[t];
      if (o < 0)
        added.push_back({t, t + 1, Label::Org, 600, {}});
      else if (cands[o].begin == t && cands[o].end == t + 1 && !cands[o].bytes.end && cands[o].label == Label::Person)
        cands[o].label = Label::Org;
    }
    if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
  }
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (!nameable(c.label) || c.bytes.end) continue;
    uint32_t block = doc.tokens[c.begin].block;
    bool before = c.end < doc.tokens.size() && doc.tokens[c.end].block == block &&
                  (is_score(doc, c.end) || (number_token(doc, c.end) && k + 1 < cands.size() &&
                                            cands[k + 1].begin == c.end + 1 && nameable(cands[k + 1].label)));
    bool after = c.begin > 0 && doc.tokens[c.begin - 1].block == block &&
                 (is_score(doc, c.begin - 1) || (number_token(doc, c.begin - 1) && k > 0 &&
                                                 cands[k - 1].end == c.begin - 1 && nameable(cands[k - 1].label)));
    // Both sides of a result verb.
    bool versus = result_pair(doc, table, cands, k);
    if (versus) teams.insert(phrase_key(table, cands[k + 1].begin, cands[k + 1].end));
    if (before || after || versus || result_noun(doc, table, c)) teams.insert(phrase_key(table, c.begin, c.end));
  }
  // A one-word person that the gazetteers know as a place is a club too ("Lyon came from two goals down").
  // Not in capitals ("WILLIAMS"), not a word of a person's full name in the document.
  auto known_place = [&](const Candidate& c) {
    uint32_t key = phrase_key(table, c.begin, c.end);
    return c.end == c.begin + 1 && table.casing(c.begin) == Casing::Title && !person_words.count(key) &&
           (gazetteer.find(key) & kTeamPlace);
  };
  for (Candidate& c : cands) {
    if (c.bytes.end) continue;
    if (franchise(doc, table, gazetteer, c)) {
      c.label = Label::Org;
      continue;
    }
    // Grounds: "Villa Park", "Elland Road", "Stadio Dall'Ara".
    if (nameable(c.label) && c.end - c.begin >= 2 &&
        (word(c.end - 1) == SportsWord::Venue || word(c.begin) == SportsWord::VenueFirst)) {
      c.label = Label::Loc;
      continue;
    }
    if ((dateline(c) || to_play(c)) && c.label == Label::Org && names.known_span(c.begin, c.end)) {
      c.label = Label::Gpe;  // the tagger's or a rule's club: the place of the dateline or of the game
      continue;
    }
    if (placed(c) || a_person(c)) continue;
    uint32_t key = phrase_key(table, c.begin, c.end);
    if (clubs.count(key)) {  // "Udinese" (a NORP to the tagger)
      c.label = Label::Org;
      continue;
    }
    if (c.label == Label::Gpe || (c.label == Label::Loc && names.known_span(c.begin, c.end)) ||
        (nameable(c.label) && teams.count(key)) ||
        (c.label == Label::Person && (known_place(c) || names.plural_name(c))))
      c.label = Label::Org;
  }
  for (Candidate& c : cands)
    if (club_end(c)) c.label = Label::Org;
  // A club's first word alone, which the tagger read as a person ("Harrowgate Town 2 ... But [PERSON Harrowgate]
  // were much improved"): the club, when it begins a club's name of two or three capitalised words in the document
  // and is no given name nor a word of a person's full name.
  {
    std::unordered_set<uint32_t> firsts;
    for (const Candidate& c : cands) {
      if (c.label != Label::Org || c.bytes.end || c.end - c.begin < 2 || c.end - c.begin > 3) continue;
      bool titled = true;
      for (uint32_t i = c.begin; i < c.end; ++i) titled = titled && table.casing(i) == Casing::Title;
      if (titled) firsts.insert(phrase_key(table, c.begin, c.begin + 1));
    }
    for (Candidate& c : cands) {
      if (c.label != Label::Person || c.bytes.end || c.end != c.begin + 1 || table.casing(c.begin) != Casing::Title)
        continue;
      uint32_t key = phrase_key(table, c.begin, c.end);
      if (firsts.count(key) && !person_words.count(key) && !names.first_name(c.begin)) c.label = Label::Org;
    }
    // The same word the tagger left out ("Kingsmoor had led 2-1", "Kingsmoor boss Alan Prior"): alone (no capitalised
    // word beside it) and no word the gazetteers list other than a place's ("West", "United" are).
    if (!firsts.empty()) {
      std::vector<uint8_t> covered(doc.tokens.size(), 0);
      for (const Candidate& c : cands)
        for (uint32_t i = c.begin; i < c.end; ++i) covered[i] = 1;
      std::vector<Candidate> added;
      for (uint32_t i = 0; i + 1 < doc.tokens.size(); ++i) {
        if (covered[i] || table.casing(i) != Casing::Title || table.style(i) != Style::Normal ||
            doc.tokens[i].kind != TokenKind::Word || table.casing(i + 1) != Casing::Lower ||
            (i > 0 && table.casing(i - 1) == Casing::Title && doc.tokens[i - 1].block == doc.tokens[i].block))
          continue;
        uint32_t key = phrase_key(table, i, i + 1);
        if (!firsts.count(key) || person_words.count(key) || names.first_name(i) ||
            (names.gazetteer.find(key) & ~kTeamPlace))
          continue;
        added.push_back({i, i + 1, Label::Org, 600, {}});
      }
      if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
    }
  }
  team_nicknames(doc, table, gazetteer, true, cands);
}

}  // namespace

}  // namespace aa::ner
