#include "ner/web.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "data/tables.h"
#include "ner/word.h"

namespace aa::ner {
namespace {

constexpr uint16_t kEmailNameScore = 700;

enum class BusinessWord : uint8_t { Business };

#include "ner_business_words.inc"  // kBusinessWords

/// Replaces the candidates that overlap one of `added` (sorted, non-overlapping) by them.
void replace_overlapping(std::vector<Candidate>& cands, const std::vector<Candidate>& added) {
  std::vector<Candidate> kept;
  size_t a = 0;
  for (const Candidate& c : cands) {
    while (a < added.size() && added[a].end <= c.begin) ++a;
    bool overlaps = a < added.size() && c.begin < added[a].end && added[a].begin < c.end;
    if (!overlaps) kept.push_back(c);
  }
  kept.insert(kept.end(), added.begin(), added.end());
  std::sort(kept.begin(), kept.end(), [](const Candidate& x, const Candidate& y) { return x.begin < y.begin; });
  cands = std::move(kept);
}

bool is_punct(const Document& doc, long i, std::string_view p) {
  return i >= 0 && doc.view(doc.tokens[i].span) == p;
}

/// A word after "Rosco's" that is no noun of Rosco's: the possessive stands alone ("at Rosco's for lunch").
bool no_possessed_noun(std::string_view norm) {
  return norm == "for" || norm == "in" || norm == "at" || norm == "on" || norm == "and" || norm == "or" ||
         norm == "with" || norm == "tonight" || norm == "tomorrow" || norm == "today" || norm == "yesterday" ||
         norm == "again" || norm == "all" || norm == "around" || norm == "every" || norm == "last" || norm == "next" ||
         norm == "this" || norm == "before" || norm == "after" || norm == "instead" || norm == "online" ||
         norm == "myself" || norm == "because" || norm == "but";
}

/// A verb of buying before "from": "ordered from Hennessy's" names the shop.
bool bought(std::string_view norm) {
  return norm == "bought" || norm == "buy" || norm == "buying" || norm == "ordered" || norm == "order" ||
         norm == "ordering" || norm == "purchased" || norm == "hired" || norm == "rented";
}

/// A verb of buying up to three words before token `from` ("from"), in its sentence: "ordered the parts from".
bool bought_before(const TokenTable& table, uint32_t from) {
  for (uint32_t k = from; k > 0 && k + 3 >= from; --k) {
    if (!(table.flags(k - 1) & kInSentence) || (table.flags(k) & kSentenceStart)) return false;
    if (bought(table.norm(k - 1))) return true;
  }
  return false;
}

/// A word the gazetteer's lists of places hold.
bool listed_place(const TokenTable& table, const Gazetteer& gazetteer, uint32_t i) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1 | 1u << kGazRegion;
  return gazetteer.find(phrase_key(table, i, i + 1)) & kPlace;
}

/// A verb after "Corley's" that "'s" (is, has) cannot be followed by: the possessive is the business, the subject.
bool verb_after_possessive(std::string_view norm) {
  return norm == "is" || norm == "was" || norm == "has" || norm == "does" || norm == "did" || norm == "refused" ||
         norm == "sells" || norm == "sold" || norm == "charges" || norm == "charged";
}

}  // namespace

void places_by_owner(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                     std::vector<Candidate>& cands) {
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    // "I ordered the parts from [LOC Quickserve]": a one-word place no list knows, where goods come from, is the
    // shop.
    if ((c.label == Label::Loc || c.label == Label::Gpe) && !c.bytes.end && c.end == c.begin + 1 && c.begin >= 2 &&
        table.casing(c.begin) == Casing::Title && table.norm(c.begin - 1) == "from" &&
        !listed_place(table, gazetteer, c.begin) && bought_before(table, c.begin - 1)) {
      c.label = Label::Org;
      continue;
    }
    // The tagger's place with its "'s" before such a verb: "[LOC Hancock's] is one of four fabric stores".
    if (c.label == Label::Loc && !c.bytes.end && c.end - c.begin >= 2 && c.end - c.begin <= 3 &&
        c.end < doc.tokens.size() && table.norm(c.end - 1) == "'s" && (table.flags(c.end) & kInSentence) &&
        !(table.flags(c.end) & kSentenceStart) && table.casing(c.end) == Casing::Lower &&
        verb_after_possessive(table.norm(c.end))) {
      c.label = Label::Org;
      continue;
    }
    if ((c.label != Label::Person && c.label != Label::Org) || c.bytes.end || c.end - c.begin > 2 ||
        c.end + 1 >= doc.tokens.size() || table.norm(c.end) != "'s" || !(table.flags(c.end) & kInSentence))
      continue;
    uint32_t n = c.end + 1;
    std::string_view before =
        c.begin > 0 && (table.flags(c.begin) & kInSentence) && !(table.flags(c.begin) & kSentenceStart)
            ? table.norm(c.begin - 1)
            : std::string_view();
    // The business as the subject ("Corley's is", "when Tresize's refused"), or where goods come from.
    // (After "is", "was", "has" not a given name's: "Tom's is bigger than mine" speaks of Tom's thing.)
    std::string_view verb = table.norm(n);
    bool linking = verb == "is" || verb == "was" || verb == "has";
    bool firm = (table.flags(n) & kInSentence) && !(table.flags(n) & kSentenceStart) &&
                table.casing(n) == Casing::Lower && verb_after_possessive(verb) &&
                !(linking && table.gaz<kGazFirstName>(c.end - 1) != kPosNone);
    // "ordered the parts from Brightwell's": a verb of buying up to three words before "from", in the sentence.
    if (before == "from" && !firm) firm = bought_before(table, c.begin - 1);
    if (firm) {
      c.end = n;
      c.label = Label::Org;
      continue;
    }
    if (c.label != Label::Person || (before != "at" && before != "to" && before != "near"))
      continue;  // not "from Tom's": his column, his book
    bool next_is_place = k + 1 < cands.size() && cands[k + 1].begin == n &&
                         (cands[k + 1].label == Label::Gpe || cands[k + 1].label == Label::Date ||
                          cands[k + 1].label == Label::Time);  // "at Rosco's Denver", "at Rosco's last night"
    if (k + 1 < cands.size() && cands[k + 1].begin <= n && !next_is_place) continue;
    // "donated to Goldwater's 1964 campaign": a number after the possessive opens what the person owns.
    if (doc.tokens[n].kind == TokenKind::Number) continue;
    bool alone = !(table.flags(n) & kInSentence) || (table.flags(n) & kSentenceStart) ||
                 (doc.tokens[n].kind != TokenKind::Word && doc.tokens[n].kind != TokenKind::Quote) || next_is_place ||
                 (table.casing(n) == Casing::Lower && no_possessed_noun(table.norm(n)));
    if (!alone) continue;
    c.end = n;  // the name and its "'s"
    c.label = Label::Loc;
  }
}

namespace {

bool compass_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"central", "northern", "southern", "eastern", "western",
                                                "north",   "south",    "east",     "west",    "upper",
                                                "lower",   "mid",      "inner",    "outer",   "greater"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

void towns_before_states(const TokenTable& table, const Gazetteer& gazetteer, std::vector<Candidate>& cands) {
  constexpr uint32_t kState = 1u << kGazCountry | 1u << kGazAdmin1;
  constexpr uint32_t kTown = 1u << kGazCity | 1u << kGazTown;
  std::vector<Candidate> added;
  for (Candidate& c : cands) {
    if (c.bytes.end || (c.label != Label::Gpe && c.label != Label::Loc) || c.end - c.begin < 2 || c.end - c.begin > 4)
      continue;
    bool names = true;
    for (uint32_t i = c.begin; i < c.end; ++i) names = names && table.casing(i) == Casing::Title;
    uint32_t last = c.end - 1;
    uint32_t word = table.type(last).gaz;  // "Bay", "Island": place words, no state
    if (!names || !(word & kState) || (word & (1u << kGazLocWord | 1u << kGazGpeWord)) ||
        (gazetteer.find(phrase_key(table, c.begin, c.end)) & ~kGazPrefix))
      continue;
    if (!(gazetteer.find(phrase_key(table, c.begin, last)) & kTown)) continue;
    // A compass word is the part of the state, not a town of that name ("Central Iowa", "Northern Nevada").
    if (last == c.begin + 1 && compass_word(table.norm(c.begin))) continue;
    added.push_back({last, c.end, Label::Gpe, c.score, {}});
    c.end = last;
    c.label = Label::Gpe;
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void web_address_names(const Document& doc, std::vector<Candidate>& cands) {
  static constexpr std::string_view kEnds[] = {".com", ".co.uk", ".org", ".net", ".io", ".org.uk", ".ie", ".co"};
  std::vector<Candidate> added;
  size_t k = 0;  // the first candidate that does not end before token i
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::Url && t.kind != TokenKind::Word) continue;
    std::string_view w = doc.view(t.span);
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') continue;  // "Booking.com" (the capital first: most words stop here)
    size_t dot = w.find('.');
    if (dot == std::string_view::npos || dot < 2) continue;
    bool ends = false;
    for (std::string_view e : kEnds) ends = ends || w.substr(dot) == e;
    if (!ends) continue;  // no path, no "www.", one name before the domain's end
    bool name = true;
    for (size_t c = 0; c < dot && name; ++c)
      name =
          (w[c] >= 'A' && w[c] <= 'Z') || (w[c] >= 'a' && w[c] <= 'z') || (w[c] >= '0' && w[c] <= '9') || w[c] == '-';
    if (!name) continue;
    // Acting as a source (docs/annotation.md: outlets acting as sources are ORGs): "told X", "Sources tell X", "X
    // reports", "X first reported"; not a site one goes to ("Go to Goldstar.com", "booked through X").
    auto word = [&](long j) {
      return j >= 0 && j < static_cast<long>(doc.tokens.size()) && doc.tokens[j].block == t.block
                 ? doc.view(doc.tokens[j].span)
                 : std::string_view();
    };
    std::string_view before = word(static_cast<long>(i) - 1), after = word(static_cast<long>(i) + 1);
    if (after == "first" || after == "also") after = word(static_cast<long>(i) + 2);
    bool source = before == "told" || before == "tell" || before == "tells" ||
                  (before == "to" && word(static_cast<long>(i) - 2) == "according") || after == "reports" ||
                  after == "reported" || after == "said" || after == "says" || after == "wrote" || after == "writes";
    if (!source) continue;
    while (k < cands.size() && cands[k].end <= i) ++k;
    if (k < cands.size() && cands[k].begin <= i) {  // tagged: a name of this token alone is the firm
      Candidate& c = cands[k];
      if (c.begin == i && c.end == i + 1 && !c.bytes.end && c.label != Label::Org) c.label = Label::Org;
      continue;
    }
    added.push_back({i, i + 1, Label::Org, kEmailNameScore, {}});
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void given_names_after_persons(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                               std::vector<Candidate>& cands) {
  constexpr uint32_t kNotPerson = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1 |
                                  1u << kGazRegion | 1u << kGazCompany | 1u << kGazOrgName | 1u << kGazClub |
                                  1u << kGazUniversity | 1u << kGazDemonym | 1u << kGazTimeWord;
  std::unordered_set<uint32_t> lower;  // words the document writes in lower case, made when first needed
  bool lower_made = false;
  std::vector<Candidate> added;
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    uint32_t n = c.end, g = c.end + 1;
    if (c.label != Label::Person || c.bytes.end || g >= doc.tokens.size() || table.norm(n) != "and" ||
        table.casing(n) != Casing::Lower || table.casing(g) != Casing::Title || table.style(g) != Style::Normal ||
        doc.tokens[g].block != doc.tokens[c.begin].block || (k + 1 < cands.size() && cands[k + 1].begin <= g + 1))
      continue;
    // One word, not before another capitalised word or a possessive ("Josh and Priya's tent" is fine, but not
    // "and Priya Shah", which the tagger would have found).
    if (g + 1 < doc.tokens.size() && (table.flags(g + 1) & kInSentence) && !(table.flags(g + 1) & kSentenceStart) &&
        (table.casing(g + 1) == Casing::Title || table.casing(g + 1) == Casing::Upper))
      continue;
    // A name the lists have as a given name or a person's, or one no list knows ("Priya", "Aoife": the lists are
    // mostly of English and American names); not a place, an organisation, a nationality or a weekday.
    uint32_t lists = gazetteer.find(phrase_key(table, g, g + 1)) & ~kGazPrefix;
    if ((lists & kNotPerson) || table.gaz<kGazTitle>(g) != kPosNone) continue;  // not "and Minister of Defence"
    if (!lower_made) {
      for (uint32_t i = 0; i < doc.tokens.size(); ++i)
        if (table.casing(i) == Casing::Lower) lower.insert(table.key(i));
      lower_made = true;
    }
    if (lower.count(table.key(g))) continue;
    added.push_back({g, g + 1, Label::Person, c.score, {}});
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void camel_case_companies(const Document& doc, std::vector<Candidate>& cands) {
  // Prefixes of people's names written with a capital inside ("McDonald", "MacLeod", "DeShawn", "VanDyke").
  static constexpr std::string_view kPrefixes[] = {"mac", "fitz", "van", "von", "del", "dal", "der", "den", "ten"};
  for (Candidate& c : cands) {
    if (c.label != Label::Person || c.bytes.end || c.end != c.begin + 1) continue;
    std::string_view w = doc.view(doc.tokens[c.begin].span);
    if (w.size() < 6 || w[0] < 'A' || w[0] > 'Z') continue;
    size_t inner = 0;  // the one capital inside, after lower-case letters only
    bool letters = true;
    for (size_t i = 1; i < w.size() && letters; ++i) {
      if (w[i] >= 'A' && w[i] <= 'Z') {
        if (inner) letters = false;
        inner = i;
      } else if (w[i] < 'a' || w[i] > 'z') {
        letters = false;
      }
    }
    if (!letters || inner < 3 || inner + 3 > w.size()) continue;  // "DeShawn", "LeBron": two letters before
    std::string prefix(w.substr(0, inner));
    prefix[0] = static_cast<char>(prefix[0] - 'A' + 'a');  // the only capital: letters checked above
    bool name_prefix = false;
    for (std::string_view p : kPrefixes) name_prefix = name_prefix || prefix == p;
    if (!name_prefix) c.label = Label::Org;
  }
}

void given_names_in_lists(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kGiven = 1u << kGazFirstName, kFamily = 1u << kGazSurname;
  auto given = [&](uint32_t i) {
    uint32_t g = table.type(i).gaz;
    return table.casing(i) == Casing::Title && (g & kGiven) && !(g & kFamily);
  };
  std::vector<Candidate> added;
  for (Candidate& c : cands) {
    if (c.label != Label::Person || c.bytes.end || c.end - c.begin != 3 ||
        doc.view(doc.tokens[c.begin + 1].span) != "," || !given(c.begin) || !given(c.begin + 2))
      continue;
    added.push_back({c.begin + 2, c.end, Label::Person, c.score, {}});
    c.end = c.begin + 1;
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

void inverted_names_before_email(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<Candidate> added;
  for (size_t e = 0; e < doc.tokens.size(); ++e) {
    if (doc.tokens[e].kind != TokenKind::Email) continue;
    long i = static_cast<long>(e) - 1;
    if (is_punct(doc, i, "<")) --i;
    if (i >= 0 && doc.tokens[i].kind == TokenKind::Quote) --i;
    // The given name (one or two capitalised words), a comma, the surname (one or two).
    auto name_end = i + 1;
    auto capitalised = [&](long k) {
      return k >= 0 && (table.flags(k) & kInSentence) && table.casing(k) == Casing::Title &&
             doc.tokens[k].kind == TokenKind::Word;
    };
    long k = i;
    while (k > i - 2 && capitalised(k)) --k;
    if (k == i || !is_punct(doc, k, ",")) continue;
    long first_begin = k + 1;
    long j = k - 1;
    while (j > k - 3 && capitalised(j)) --j;
    if (j == k - 1) continue;
    long begin = j + 1;
    // One of its words is in the address: the header names the address's owner.
    std::string address = normalized(doc.view(doc.tokens[e].span));
    address = address.substr(0, address.find('@'));
    bool owner = false;
    for (long w = begin; w < name_end && !owner; ++w)
      owner = w != k && table.norm(w).size() >= 3 && address.find(table.norm(w)) != std::string::npos;
    if (!owner || first_begin >= name_end) continue;
    added.push_back(
        {static_cast<uint32_t>(begin), static_cast<uint32_t>(name_end), Label::Person, kEmailNameScore, {}});
  }
  if (!added.empty()) replace_overlapping(cands, added);
}

void owner_businesses(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<Candidate> added;
  size_t k = 0;  // the first candidate that does not end before the possessive
  for (uint32_t p = 1; p + 1 < doc.tokens.size(); ++p) {
    // The possessive: one token, or an apostrophe set apart and "s" ("Ray 's Pizza", text from tokens).
    uint32_t w = p + 1;
    if (doc.tokens[p].kind == TokenKind::Quote && table.norm(p) == "'" && doc.view(doc.tokens[w].span) == "s" &&
        !(doc.tokens[w].flags & kSpaceBefore))
      ++w;
    else if (table.norm(p) != "'s")  // a clitic; a word of its own in text from tokens
      continue;
    if (w >= doc.tokens.size()) continue;
    if (!(table.flags(w) & kInSentence) || (table.flags(w) & kSentenceStart) || !(table.flags(p - 1) & kInSentence))
      continue;
    if (table.casing(w) != Casing::Title) continue;  // "Sam's restaurant" names none
    if (!table_find(kBusinessWords, table.norm(w))) continue;
    if (table.casing(p - 1) != Casing::Title) continue;
    // The owner's name: the PERSON that ends at the possessive, or the capitalised word before it.
    while (k < cands.size() && cands[k].end < p) ++k;
    uint32_t begin = p - 1;
    if (k < cands.size() && cands[k].end == p) {
      if (cands[k].label != Label::Person || cands[k].bytes.end) continue;
      begin = cands[k].begin;
    } else if (k < cands.size() && cands[k].begin < p) {
      continue;
    }
    uint32_t end = w + 1;
    while (end < doc.tokens.size() && (table.flags(end) & kInSentence) && !(table.flags(end) & kSentenceStart) &&
           table.casing(end) == Casing::Title)
      ++end;  // "Ray's Pizza Kitchen"
    added.push_back({begin, end, Label::Org, kEmailNameScore, {}});
    p = end - 1;
  }
  if (!added.empty()) replace_overlapping(cands, added);
}

void speaker_labels(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;  // words of a label
  // The labels: a paragraph's first words, in capitals, before a colon.
  struct Turn {
    uint32_t begin, end;
  };
  std::vector<Turn> labels;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (t > 0 && doc.tokens[t - 1].block == doc.tokens[t].block) continue;
    if (doc.article.blocks[doc.tokens[t].block].kind != BlockKind::Paragraph) continue;
    uint32_t e = t;
    while (e < doc.tokens.size() && e - t < kLongest && doc.tokens[e].block == doc.tokens[t].block &&
           doc.tokens[e].kind == TokenKind::Word && table.casing(e) == Casing::Upper &&
           doc.tokens[e].span.end - doc.tokens[e].span.begin >= 2 && table.gaz<kGazTitle>(e) == kPosNone)
      ++e;
    if (e == t || e >= doc.tokens.size() || doc.tokens[e].block != doc.tokens[t].block ||
        doc.view(doc.tokens[e].span) != ":")
      continue;
    labels.push_back({t, e});
  }
  if (labels.size() < 2) return;  // a transcript has turns
  // Full names: a given name first, two or three words; their last words name the same speakers alone.
  std::unordered_set<uint32_t> surnames;  // (a set: a transcript may have thousands of turns)
  std::vector<Candidate> added;
  for (const Turn& l : labels)
    if (l.end - l.begin >= 2 && (table.type(l.begin).gaz & (1u << kGazFirstName))) {
      surnames.insert(table.key(l.end - 1));
      added.push_back({l.begin, l.end, Label::Person, kEmailNameScore, {}});
    }
  // One word: a full name's last word, or a given name alone ("MAYA:", "THEO:", a podcast's hosts), whose other
  // mentions in the turns, read as a place or a body, are the speaker too ("I'm [ORG Maya]").
  std::unordered_set<uint32_t> given;
  for (const Turn& l : labels) {
    if (l.end != l.begin + 1) continue;
    bool first_name = table.type(l.begin).gaz & (1u << kGazFirstName);
    if (surnames.count(table.key(l.begin)) || first_name)
      added.push_back({l.begin, l.end, Label::Person, kEmailNameScore, {}});
    if (first_name && !surnames.count(table.key(l.begin))) given.insert(table.key(l.begin));
  }
  if (added.empty()) return;
  std::sort(added.begin(), added.end(), [](const Candidate& x, const Candidate& y) { return x.begin < y.begin; });
  replace_overlapping(cands, added);
  if (given.empty()) return;
  for (Candidate& c : cands)
    if (c.end == c.begin + 1 && !c.bytes.end && c.label != Label::Person && c.label != Label::Norp &&
        given.count(table.key(c.begin)))
      c.label = Label::Person;
}

}  // namespace aa::ner
