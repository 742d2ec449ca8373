#include "ner/adjust.h"

#include <algorithm>
#include <string>

#include "ner/clusters.h"
#include "ner/hash.h"
#include "ner/orgs.h"
#include "ner/word.h"
#include "text/tokenizer.h"

namespace aa::ner {
namespace {

constexpr uint16_t kRuleScore = 650;  // confidence of an entity these rules make

constexpr uint32_t bit(GazType t) {
  return 1u << t;
}

bool capitalised(const TokenTable& t, uint32_t i) {
  return t.casing(i) == Casing::Title || t.casing(i) == Casing::Upper;
}

/// The normalised form of token i (its type's, for tokens in sentences).
std::string_view norm_at(const Document& doc, const TokenTable& t, uint32_t i, std::string& buf) {
  if (t.typed(i)) return t.norm(i);
  buf = normalized(doc.view(doc.tokens[i].span));
  return buf;
}

/// The longest phrase starting at b, ending at or before `limit`, on one of the lists of `mask`: its length (0 if
/// none) and its lists.
uint32_t longest_on(const Gazetteer& g, const TokenTable& t, uint32_t b, uint32_t limit, uint32_t mask,
                    uint32_t& types) {
  uint32_t best = 0;
  types = 0;
  uint32_t h = kPhraseSeed;
  for (uint32_t len = 1; len <= kMaxPhraseTokens && b + len <= limit; ++len) {
    h = phrase_step(h, t.key(b + len - 1));
    uint32_t v = g.find(h);
    if (v & mask) {
      best = len;
      types = v & ~kGazPrefix;
    }
    if (!(v & kGazPrefix)) break;
  }
  return best;
}

bool sorted_by_begin(const Candidate& a, const Candidate& b) {
  return a.begin != b.begin ? a.begin < b.begin : a.bytes.begin < b.bytes.begin;
}

/// A name the tagger ran over a verb ("the [ORG American Academy of Pediatrics urged Congress] to fund it"): a name
/// ends before a lowercase word inside it that no name holds, a word of three letters or more that is no
/// preposition, article or particle of names ("Bank of the West", "Doctors without Borders", "Vincent de Paul"); the
/// words after it are left to the later rules. Not in a sentence written all in lower case.
[[gnu::noinline]] void cut_at_verbs(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  static constexpr std::string_view kJoins[] = {
      "and",  "the",   "for",  "del",     "della", "dei", "degli", "das",  "dos",  "des",     "les",
      "von",  "van",   "der",  "den",     "ten",   "ter", "und",   "upon", "with", "without", "from",
      "over", "under", "into", "against", "sans",  "bin", "ibn",   "ben",  "via",  "per",     "our",
      "its",  "their", "his",  "her",     "who",   "not", "all",   "one",  "day"};
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 3 || c.label == Label::Date || c.label == Label::Time ||
        c.label == Label::Money || c.label == Label::Percent || c.label == Label::Quantity)
      continue;
    // A firm's name that ends in a legal form or a body's word holds its lowercase trade words ("Corran Window tints
    // Ltd").
    if (c.label == Label::Org && body_name_end(table.norm_no_period(c.end - 1))) continue;
    for (uint32_t k = c.begin + 1; k + 1 < c.end; ++k) {
      if (table.casing(k) != Casing::Lower || table.style(k) != Style::Normal || doc.tokens[k].kind != TokenKind::Word)
        continue;
      std::string_view w = table.norm(k);
      if (w.size() < 3 || std::find(std::begin(kJoins), std::end(kJoins), w) != std::end(kJoins)) continue;
      c.end = k;
      break;
    }
  }
}

/// A dateline is no part of the name after it: the tagger's "[SAN FRANCISCO — Lumora]" (a name that starts a block in
/// capitals and runs across a dash) is cut at the dash, each part with the tagger's label, the dateline a GPE where
/// the gazetteers know it as a country, state or town. (Not other dashes: tokenized corpora write "Al - Qaeda".)
[[gnu::noinline]] void cut_at_dashes(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                     std::vector<Candidate>& cands) {
  auto dash = [&](uint32_t i) {
    std::string_view w = doc.view(doc.tokens[i].span);
    return w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";  // -, --, em dash, en dash
  };
  std::vector<Candidate> parts;
  for (Candidate& c : cands) {
    bool name = c.label == Label::Person || c.label == Label::Org || c.label == Label::Gpe || c.label == Label::Loc;
    if (c.bytes.end || c.end - c.begin < 3 || !name) continue;  // not dates: "1995 - 99"
    bool first = c.begin == 0 || doc.tokens[c.begin - 1].block != doc.tokens[c.begin].block;
    uint32_t d = c.begin;
    while (d < c.end && t.casing(d) == Casing::Upper) ++d;
    if (!first || d == c.begin || d + 1 >= c.end || !dash(d)) continue;
    Candidate dateline = c, rest = c;
    dateline.end = d;
    constexpr uint32_t kGpe = bit(kGazCountry) | bit(kGazCity) | bit(kGazTown) | bit(kGazAdmin1);
    if (g.find(phrase_key(t, c.begin, d)) & kGpe) dateline.label = Label::Gpe;
    rest.begin = d + 1;
    parts.push_back(dateline);
    parts.push_back(rest);
    c.end = c.begin;  // emptied: removed below
  }
  if (parts.empty()) return;
  cands.erase(std::remove_if(cands.begin(), cands.end(), [](const Candidate& c) { return c.end == c.begin; }),
              cands.end());
  cands.insert(cands.end(), parts.begin(), parts.end());
  std::sort(cands.begin(), cands.end(), sorted_by_begin);
}

/// A dateline's place is a GPE, whatever the tagger made of the capitals ("[PERSON BALTIMORE] (AP) —"): a known
/// country, state or town in capitals that begins a block before a news agency in brackets, a comma or a dash.
[[gnu::noinline]] void dateline_places(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                       std::vector<Candidate>& cands) {
  constexpr uint32_t kGpe = bit(kGazCountry) | bit(kGazCity) | bit(kGazTown) | bit(kGazAdmin1);
  for (Candidate& c : cands) {
    if (c.bytes.end || c.label == Label::Gpe || c.end >= doc.tokens.size() ||
        (c.begin > 0 && doc.tokens[c.begin - 1].block == doc.tokens[c.begin].block))
      continue;
    bool caps = true;
    for (uint32_t i = c.begin; i < c.end; ++i) caps = caps && t.casing(i) == Casing::Upper;
    std::string_view next = doc.view(doc.tokens[c.end].span);
    bool agency = next == "(" && c.end + 2 < doc.tokens.size() && doc.view(doc.tokens[c.end + 2].span) == ")";  // (AP)
    bool mark = agency || next == "," || next == "-" || next == "\xE2\x80\x94" || next == "\xE2\x80\x93";
    if (caps && mark && (g.find(phrase_key(t, c.begin, c.end)) & kGpe)) c.label = Label::Gpe;
  }
}

/// "Russian Foreign Minister Sergey Lavrov" -> NORP "Russian" + PERSON "Sergey Lavrov".
[[gnu::noinline]] void person_titles(const TokenTable& t, const Gazetteer& g, std::vector<Candidate>& cands,
                                     std::vector<Candidate>& add) {
  for (Candidate& c : cands) {
    if (c.label != Label::Person || c.bytes.end) continue;
    uint32_t types = 0;
    uint32_t place = longest_on(g, t, c.begin, c.end - 1, bit(kGazCountry) | bit(kGazDemonym), types);
    uint32_t title = title_prefix(t, g, c.begin + place, c.end);
    if (!title) {
      place = 0;
      title = title_prefix(t, g, c.begin, c.end);
    }
    if (!title) continue;
    uint32_t name = c.begin + place + title;
    if (name >= c.end || !capitalised(t, name)) continue;
    if (place)
      add.push_back({c.begin, c.begin + place, types & bit(kGazCountry) ? Label::Gpe : Label::Norp, kRuleScore, {}});
    c.begin = name;
  }
}

/// "US State Department" -> GPE "US" + ORG "State Department" (a government body named after its country).
[[gnu::noinline]] void org_countries(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                     std::vector<Candidate>& cands, std::vector<Candidate>& add) {
  for (Candidate& c : cands) {
    if (c.label != Label::Org || c.bytes.end || c.end - c.begin < 3) continue;
    uint32_t types = 0;
    uint32_t place = longest_on(g, t, c.begin, c.end - 2, bit(kGazCountry), types);
    if (!place || !capitalised(t, c.begin + place)) continue;
    uint32_t rest = c.begin + place;
    bool body = g.find(phrase_key(t, rest, c.end)) & bit(kGazOrgName);
    std::string_view last = t.norm(c.end - 1);
    // "State Department", "Foreign Ministry": a body's common name of two words; a longer one after the country is
    // the official name whole ("UK Health Security Agency"), and so is a science's service ("India Meteorological
    // Department", "Japan Meteorological Agency": no common name).
    std::string_view first = t.norm(rest);
    bool science = first.size() > 8 && first.substr(first.size() - 8) == "ological";
    body = body || (c.end - rest <= 2 && !science &&
                    (last == "department" || last == "ministry" || last == "office" || last == "agency" ||
                     last == "bureau" || last == "commission" || last == "administration"));
    // "United States Department of Labor": a body named "<head> of <field>" after its country is the official name
    // whole (docs/annotation.md), as "UK Health Security Agency" is.
    bool of_form = c.end - rest >= 3 && t.norm(rest + 1) == "of";
    if (!body || of_form) continue;
    add.push_back({c.begin, rest, Label::Gpe, kRuleScore, {}});
    c.begin = rest;
  }
}

/// "[ORG NSW Transport] Minister Jo Haylen" -> GPE "NSW": a place and a portfolio before "Minister" are the
/// minister's title, no body (the place a country, a state or initials; the portfolio one capitalised word).
[[gnu::noinline]] void portfolio_places(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                        std::vector<Candidate>& cands) {
  for (Candidate& c : cands) {
    if (c.label != Label::Org || c.bytes.end || c.end - c.begin < 2 || c.end >= doc.tokens.size() ||
        t.norm(c.end) != "minister" || !capitalised(t, c.end) || doc.tokens[c.end].block != doc.tokens[c.begin].block)
      continue;
    uint32_t types = 0;
    uint32_t place = longest_on(g, t, c.begin, c.end - 1, bit(kGazCountry) | bit(kGazAdmin1), types);
    if (!place && t.casing(c.begin) == Casing::Upper) place = 1;  // a state's initials: "NSW"
    if (!place || c.begin + place + 1 != c.end || !capitalised(t, c.end - 1)) continue;
    c.end = c.begin + place;
    c.label = Label::Gpe;
  }
}

/// "Minister for [ORG Enterprise]", "Secretary of State for [ORG Health]": a portfolio named after a minister's
/// title is part of the title, which the contract keeps outside names (a body on the lists keeps its name).
[[gnu::noinline]] void portfolios(const TokenTable& t, const Gazetteer& g, std::vector<Candidate>& cands) {
  auto portfolio = [&](const Candidate& c) {
    if (c.label != Label::Org || c.bytes.end || c.begin < 2 || c.end - c.begin > 3) return false;
    uint32_t p = c.begin - 1;
    if (t.norm(p) == "the" && p > 1) --p;
    if (t.norm(p) != "for" && t.norm(p) != "of") return false;
    std::string_view title = t.norm(p - 1);
    bool office = title == "minister" || title == "secretary" || title == "state" || title == "commissioner";
    if (!office || !capitalised(t, p - 1)) return false;
    return !(g.find(phrase_key(t, c.begin, c.end)) & bit(kGazOrgName));
  };
  cands.erase(std::remove_if(cands.begin(), cands.end(), portfolio), cands.end());
}

/// "Greater [GPE London]", "Greater [ORG Manchester Police]": "Greater" before a place, or a body named after one,
/// opens its name. Requires: cands sorted by position.
[[gnu::noinline]] void greater_places(const Document& doc, const TokenTable& t, std::vector<Candidate>& cands) {
  uint32_t prev_end = 0;
  for (Candidate& c : cands) {
    bool placed = c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Org;
    if (placed && !c.bytes.end && c.begin > prev_end && t.norm(c.begin - 1) == "greater" &&
        t.casing(c.begin - 1) == Casing::Title && doc.tokens[c.begin - 1].block == doc.tokens[c.begin].block)
      --c.begin;
    prev_end = c.end;
  }
}

/// "the BRICS summit" -> ORG "BRICS"; "the Paris summit" -> GPE "Paris".
[[gnu::noinline]] void event_hosts(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                   std::vector<Candidate>& cands) {
  for (Candidate& c : cands) {
    if (c.label != Label::Event || c.bytes.end || c.end - c.begin < 2) continue;
    std::string_view last = t.norm(c.end - 1);
    if (last != "summit" && last != "meeting" && last != "talks" && last != "conference" && last != "forum") continue;
    uint32_t b = c.begin, e = c.end - 1;
    uint32_t v = g.find(phrase_key(t, b, e)) & ~kGazPrefix;
    bool acronym = e - b == 1 && t.casing(b) == Casing::Upper;
    if ((v & bit(kGazOrgName)) || acronym) {
      c.label = Label::Org;
      c.end = e;
    } else if (v & (bit(kGazCountry) | bit(kGazCity))) {
      c.label = Label::Gpe;
      c.end = e;
    }
  }
}

/// "China-Russia", "US-China": one GPE per part, inside the token.
[[gnu::noinline]] void compounds(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                 std::vector<Candidate>& cands, std::vector<Candidate>& add) {
  // The candidate covering token i, or -1 (cands are sorted and do not overlap).
  auto cover = [&](uint32_t i) {
    auto it =
        std::upper_bound(cands.begin(), cands.end(), i, [](uint32_t x, const Candidate& c) { return x < c.begin; });
    if (it == cands.begin() || (it - 1)->end <= i) return -1;
    return static_cast<int>(it - 1 - cands.begin());
  };
  std::vector<size_t> drop;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (doc.tokens[i].kind != TokenKind::Word || !capitalised(t, i)) continue;
      std::string_view form = doc.view(doc.tokens[i].span);
      if (form.find('-') == std::string_view::npos) continue;
      int k = cover(i);
      if (k >= 0 && !(cands[k].begin == i && cands[k].end == i + 1)) continue;
      std::vector<Candidate> parts;
      size_t at = 0;
      bool all = true;
      while (at <= form.size()) {
        size_t dash = form.find('-', at);
        if (dash == std::string_view::npos) dash = form.size();
        std::string_view part = form.substr(at, dash - at);
        uint32_t key = token_key(part);
        uint32_t v = part.empty() ? 0 : g.find(&key, 1);
        if (!(v & (bit(kGazCountry) | bit(kGazCity)))) {
          all = false;
          break;
        }
        uint32_t b = doc.tokens[i].span.begin + static_cast<uint32_t>(at);
        parts.push_back({i, i + 1, Label::Gpe, kRuleScore, {b, b + static_cast<uint32_t>(part.size())}});
        at = dash + 1;
      }
      if (!all || parts.size() < 2) continue;
      if (k >= 0) drop.push_back(static_cast<size_t>(k));
      add.insert(add.end(), parts.begin(), parts.end());
    }
  }
  std::sort(drop.begin(), drop.end());
  for (size_t j = drop.size(); j-- > 0;) cands.erase(cands.begin() + static_cast<long>(drop[j]));
}

/// "the Ohio-based insurer", "a Palo Alto-based firm", "the Paris-bound train": the place inside the token, without
/// its "-based", is a GPE (a region a LOC), as compounds() marks "China-Russia"; the tagger's reading of the whole
/// token ("[LOC Ohio-based]") gives way, a longer name that holds it keeps it.
[[gnu::noinline]] void based_places(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                    std::vector<Candidate>& cands, std::vector<Candidate>& add) {
  constexpr uint32_t kBefore = 3;  // capitalised words before the token that the place may start with
  constexpr uint32_t kGpe = bit(kGazCountry) | bit(kGazCity) | bit(kGazTown) | bit(kGazAdmin1);
  std::vector<int32_t> cand_at = candidate_at(doc.tokens.size(), cands);
  std::vector<uint8_t> drop(cands.size(), 0);
  bool dropped = false;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (doc.tokens[i].kind != TokenKind::Word || !capitalised(t, i)) continue;
      std::string_view form = doc.view(doc.tokens[i].span);
      size_t dash = form.rfind('-');
      if (dash == std::string_view::npos || dash == 0) continue;
      std::string tail = normalized(form.substr(dash + 1));
      if (tail != "based" && tail != "born" && tail != "headquartered" && tail != "bound" && tail != "listed") continue;
      std::string_view place = form.substr(0, dash);
      // The longest place: the part alone, or with the capitalised words just before it ("Palo Alto").
      uint32_t keys[kBefore + 1];
      uint32_t best_b = 0, best_v = 0;
      bool found = false;
      for (uint32_t n = 0; n <= kBefore && i - n >= s.first_token; ++n) {
        uint32_t b = i - n;
        if (n > 0 && (t.casing(b) != Casing::Title || (cand_at[b] >= 0 && cand_at[b] != cand_at[i]))) break;
        for (uint32_t k = 0; k < n; ++k) keys[k] = t.key(b + k);
        keys[n] = token_key(place);
        uint32_t v = g.find(keys, n + 1);
        if (v & (kGpe | bit(kGazRegion))) {
          best_b = b;
          best_v = v;
          found = true;
        }
        if (b == s.first_token) break;
      }
      // A nationality: "the Welsh-born actress", "Irish-born" (NORP, as adjectives from places are), though a town
      // may have the name.
      uint32_t alone = token_key(place);
      bool demonym = g.find(&alone, 1) & bit(kGazDemonym);
      if (demonym) best_b = i;
      if (!found && !demonym) continue;
      int32_t k = cand_at[i];
      if (k >= 0) {
        const Candidate& c = cands[k];
        if (c.bytes.end || c.begin < best_b || c.end != i + 1) continue;  // a longer name holds it
        drop[k] = 1;
        dropped = true;
      }
      uint32_t from = doc.tokens[best_b].span.begin;
      uint32_t to = doc.tokens[i].span.begin + static_cast<uint32_t>(dash);
      Label label = demonym ? Label::Norp : best_v & kGpe ? Label::Gpe : Label::Loc;
      add.push_back({best_b, i + 1, label, kRuleScore, {from, to}});
    }
  }
  if (!dropped) return;
  std::vector<Candidate> kept;
  for (size_t k = 0; k < cands.size(); ++k)
    if (!drop[k]) kept.push_back(cands[k]);
  cands = std::move(kept);
}

/// A known place after "the" is not a person or an organisation: "the Danube", "the Gulf".
[[gnu::noinline]] void the_places(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                  std::vector<Candidate>& cands) {
  std::string buf;
  for (Candidate& c : cands) {
    if ((c.label != Label::Person && c.label != Label::Org) || c.bytes.end || c.begin == 0) continue;
    if (doc.tokens[c.begin - 1].block != doc.tokens[c.begin].block) continue;
    if (norm_at(doc, t, c.begin - 1, buf) != "the") continue;
    if (g.find(phrase_key(t, c.begin, c.end)) & bit(kGazRegion)) c.label = Label::Loc;
  }
  // "in the Highlands": a plural name after "the" that the lists hold as a town only (not a country or a state: "the
  // Bahamas"; not a city of 15,000 people or more: "the Dallas chapter", "the Athens office") is a mountain range or a
  // group of islands, a LOC.
  for (Candidate& c : cands) {
    if (c.label != Label::Gpe || c.bytes.end || c.begin == 0 || c.end != c.begin + 1) continue;
    if (doc.tokens[c.begin - 1].block != doc.tokens[c.begin].block) continue;
    if (norm_at(doc, t, c.begin - 1, buf) != "the") continue;
    std::string_view w = t.norm(c.begin);
    if (w.size() < 4 || w.back() != 's') continue;
    uint32_t v = g.find(phrase_key(t, c.begin, c.end));
    bool town = v & bit(kGazTown);
    if (town && !(v & (bit(kGazCountry) | bit(kGazAdmin1) | bit(kGazCity)))) c.label = Label::Loc;
  }
}

/// Places that are named with "the": "the West", "the Middle East", "the Balkans".
[[gnu::noinline]] void the_regions(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                   const std::vector<uint8_t>& taken, std::vector<Candidate>& add) {
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 1; i < s.last_token; ++i) {
      if (taken[i] || !capitalised(t, i) || t.style(i) != Style::Normal) continue;
      if (t.norm(i - 1) != "the") continue;
      uint32_t types = 0;
      uint32_t n = longest_on(g, t, i, s.last_token, bit(kGazRegion), types);
      if (!n) continue;
      uint32_t e = i + n;
      bool free = true;
      for (uint32_t k = i; k < e; ++k) free = free && !taken[k];
      if (!free || (e < s.last_token && capitalised(t, e))) continue;
      add.push_back({i, e, Label::Loc, kRuleScore, {}});
      i = e - 1;
    }
  }
}

/// Names the tagger left out where the gazetteers are sure, in ordinary sentences away from their start:
/// countries by an alias ("PRC companies"), named events ("a Cold War mentality"), well-known organisations
/// ("a BRICS summit"); and a capitalised name right after a title that starts with a given name
/// ("spokesperson Ned Price").
[[gnu::noinline]] void sure_names(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                  const std::vector<uint8_t>& taken, std::vector<Candidate>& add) {
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (taken[i] || !capitalised(t, i) || (t.flags(i) & kSentenceStart) || t.style(i) != Style::Normal) continue;
      uint32_t types = 0;
      uint32_t n = longest_on(g, t, i, s.last_token, bit(kGazCountry) | bit(kGazEvent) | bit(kGazOrgName), types);
      if (n) {
        uint32_t e = i + n;
        bool ok = true;
        for (uint32_t k = i; k < e; ++k) ok = ok && !taken[k] && t.casing(k) != Casing::Lower;
        // Not part of a longer capitalised name ("Cold War Museum").
        ok = ok && !(e < s.last_token && !taken[e] && t.casing(e) == Casing::Title);
        ok = ok && !(i > s.first_token && !taken[i - 1] && t.casing(i - 1) == Casing::Title);
        if (ok) {
          Label l = types & bit(kGazEvent) ? Label::Event : types & bit(kGazCountry) ? Label::Gpe : Label::Org;
          add.push_back({i, e, l, kRuleScore, {}});
          i = e - 1;
          continue;
        }
      }
      uint8_t title = i > s.first_token ? t.gaz<kGazTitle>(i - 1) : uint8_t{kPosNone};
      if ((title == kPosLast || title == kPosUnit) && t.casing(i) == Casing::Title &&
          t.gaz<kGazFirstName>(i) != kPosNone) {
        uint32_t e = i + 1;
        while (e < s.last_token && e < i + 3 && !taken[e] && t.casing(e) == Casing::Title &&
               t.gaz<kGazOrgWord>(e) == kPosNone)
          ++e;
        if (e > i + 1) {
          add.push_back({i, e, Label::Person, kRuleScore, {}});
          i = e - 1;
        }
      }
    }
  }
}

/// ALL-CAPS lines carry no case information for the tagger: well-known organisations and countries there.
[[gnu::noinline]] void caps_lines(const Document& doc, const TokenTable& t, const Gazetteer& g,
                                  const std::vector<uint8_t>& taken, std::vector<Candidate>& add) {
  for (const Sentence& s : doc.sentences) {
    if (s.first_token >= s.last_token || t.style(s.first_token) != Style::Caps) continue;
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (taken[i]) continue;
      uint32_t types = 0;
      uint32_t n = longest_on(g, t, i, s.last_token, bit(kGazOrgName) | bit(kGazCountry), types);
      if (!n) continue;
      bool free = true;
      for (uint32_t k = i; k < i + n; ++k) free = free && !taken[k];
      if (!free) continue;
      add.push_back({i, i + n, types & bit(kGazOrgName) ? Label::Org : Label::Gpe, kRuleScore, {}});
      i += n - 1;
    }
  }
}

}  // namespace

std::vector<int32_t> candidate_at(size_t tokens, const std::vector<Candidate>& cands) {
  std::vector<int32_t> at(tokens, -1);
  for (size_t k = 0; k < cands.size(); ++k)
    for (uint32_t i = cands[k].begin; i < cands[k].end; ++i) at[i] = static_cast<int32_t>(k);
  return at;
}

bool only_inside(const std::vector<int32_t>& at, const std::vector<Candidate>& cands, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t < e; ++t) {
    int32_t o = at[t];
    if (o >= 0 && (cands[o].begin < b || cands[o].end > e || cands[o].bytes.end)) return false;
  }
  return true;
}

void drop_on(const std::vector<int32_t>& at, uint32_t b, uint32_t e, std::vector<uint8_t>& drop) {
  for (uint32_t t = b; t < e; ++t)
    if (at[t] >= 0) drop[at[t]] = 1;
}

void replace_candidates(std::vector<Candidate>& cands, const std::vector<uint8_t>& drop,
                        const std::vector<Candidate>& added) {
  std::vector<Candidate> kept;
  kept.reserve(cands.size() + added.size());
  for (size_t k = 0; k < cands.size(); ++k)
    if (!drop[k]) kept.push_back(cands[k]);
  kept.insert(kept.end(), added.begin(), added.end());
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  cands = std::move(kept);
}

uint32_t title_prefix(const TokenTable& t, const Gazetteer& g, uint32_t b, uint32_t e) {
  uint32_t types = 0;
  if (b >= e) return 0;
  uint32_t n = longest_on(g, t, b, e - 1, bit(kGazTitle), types);
  // "Cllr Priya Raman": an abbreviated title the model's list lacks but the tokenizer's abbreviation table holds.
  if (!n && b + 1 < e && t.casing(b) == Casing::Title && find_abbreviation(t.norm_no_period(b)) == AbbrevClass::Title)
    n = 1;
  // "Dame Eileen Harcourt": a title of core/data/ner_titles.tsv the model's list lacks (added after it was trained).
  if (!n && b + 1 < e && t.casing(b) == Casing::Title && is_title(t.norm(b))) n = 1;
  return n;
}

namespace {

/// A pronoun in lower case is no name, whatever the gazetteer's codes say ("taken her from [GPE us]": "US").
[[gnu::noinline]] void pronouns_no_names(const TokenTable& t, std::vector<Candidate>& cands) {
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [&](const Candidate& c) {
                               if (c.bytes.end || c.end != c.begin + 1 || t.casing(c.begin) != Casing::Lower)
                                 return false;
                               std::string_view w = t.norm(c.begin);
                               return w == "us" || w == "me" || w == "him" || w == "her" || w == "it" || w == "we" ||
                                      w == "them" || w == "you" || w == "i";
                             }),
              cands.end());
}

/// A headline capitalises its names whatever its style: a name of lowercase words only there ("after [LOC record
/// river] levels", which the tagger read in a headline written in sentence case) is none.
[[gnu::noinline]] void lowercase_in_headlines(const Document& doc, const TokenTable& t, std::vector<Candidate>& cands) {
  auto headline = [&](uint32_t i) {
    BlockKind k = doc.article.blocks[doc.tokens[i].block].kind;
    return k == BlockKind::Title || k == BlockKind::Subtitle || k == BlockKind::Heading;
  };
  auto named = [](Label l) {
    return l == Label::Person || l == Label::Org || l == Label::Gpe || l == Label::Loc || l == Label::Norp ||
           l == Label::Event;
  };
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [&](const Candidate& c) {
                               if (c.bytes.end || !named(c.label) || !headline(c.begin)) return false;
                               for (uint32_t i = c.begin; i < c.end; ++i)
                                 if (t.casing(i) != Casing::Lower) return false;
                               return true;
                             }),
              cands.end());
}

/// An article opening the sentence is no part of the name after it: "[ORG A Senate] committee" (the tagger takes the
/// capitalised "A" or "An" at a sentence's start into the name) -> "A [ORG Senate] committee".
[[gnu::noinline]] void articles_outside(const TokenTable& t, std::vector<Candidate>& cands) {
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2 || c.label == Label::Date || c.label == Label::Time ||
        c.label == Label::Money || c.label == Label::Percent || c.label == Label::Quantity)
      continue;
    std::string_view w = t.norm(c.begin);
    if ((w == "a" || w == "an") && t.casing(c.begin) != Casing::Lower && (t.flags(c.begin) & kSentenceStart)) ++c.begin;
  }
}

}  // namespace

// Its passes are functions of their own ([[gnu::noinline]]), for WebAssembly's compilers: see company_names (orgs.cc).
void adjust(const Document& doc, const TokenTable& table, const Gazetteer& g, std::vector<Candidate>& cands) {
  pronouns_no_names(table, cands);
  lowercase_in_headlines(doc, table, cands);
  cut_at_dashes(doc, table, g, cands);
  cut_at_verbs(doc, table, cands);
  dateline_places(doc, table, g, cands);
  articles_outside(table, cands);
  std::vector<Candidate> add;
  person_titles(table, g, cands, add);
  org_countries(doc, table, g, cands, add);
  portfolio_places(doc, table, g, cands);
  portfolios(table, g, cands);
  greater_places(doc, table, cands);
  event_hosts(doc, table, g, cands);
  the_places(doc, table, g, cands);
  compounds(doc, table, g, cands, add);
  based_places(doc, table, g, cands, add);
  cands.insert(cands.end(), add.begin(), add.end());
  add.clear();
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  the_regions(doc, table, g, taken, add);
  for (const Candidate& c : add)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  caps_lines(doc, table, g, taken, add);
  for (const Candidate& c : add)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  sure_names(doc, table, g, taken, add);
  cands.insert(cands.end(), add.begin(), add.end());
  std::sort(cands.begin(), cands.end(), sorted_by_begin);
  // A company whose name begins with a title's word, which the tagger left outside the name ("General [Electric]",
  // "General [Mills]"): the words on the company lists are one ORG.
  uint32_t prev_end = 0;
  for (Candidate& c : cands) {
    uint32_t free_before = prev_end;
    prev_end = std::max(prev_end, c.end);
    if (c.bytes.end || c.begin == 0 || c.begin - 1 < free_before || table.casing(c.begin - 1) != Casing::Title ||
        table.norm(c.begin - 1) == "the" || doc.tokens[c.begin - 1].block != doc.tokens[c.begin].block)
      continue;
    if (g.find(phrase_key(table, c.begin - 1, c.end)) & (bit(kGazCompany) | bit(kGazOrgName))) {
      --c.begin;
      c.label = Label::Org;
    }
  }
}

std::vector<std::pair<uint32_t, uint32_t>> listed_names(const TokenTable& table, uint32_t b, uint32_t last,
                                                        uint32_t longest) {
  auto capital = [&](uint32_t k) {
    return k < last && (table.casing(k) == Casing::Title || table.casing(k) == Casing::Upper) &&
           table.style(k) == Style::Normal;
  };
  std::vector<std::pair<uint32_t, uint32_t>> names;
  bool joined = false;
  while (capital(b)) {
    uint32_t e = b;
    while (capital(e) && e - b < longest) ++e;
    names.push_back({b, e});
    b = e;
    if (joined || e >= last) break;
    std::string_view sep = table.norm(e);
    if (sep != "," && sep != "and" && sep != "or") break;
    b = e + 1;
    joined = sep != ",";
    if (!joined && b < last && (table.norm(b) == "and" || table.norm(b) == "or")) {
      joined = true;
      ++b;
    }
  }
  if (names.size() < 2 || !joined || capital(b)) names.clear();
  return names;
}

}  // namespace aa::ner
