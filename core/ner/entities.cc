#include "ner/entities.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include "ner/adjust.h"
#include "ner/clusters.h"
#include "ner/decoder.h"
#include "ner/features.h"
#include "ner/lowercase.h"
#include "ner/model.h"
#include "ner/model_pack.h"
#include "ner/names.h"
#include "ner/orgs.h"
#include "ner/places.h"
#include "ner/rules.h"
#include "ner/scorer.h"
#include "ner/sports.h"
#include "ner/tags.h"
#include "ner/terms.h"
#include "ner/trace.h"
#include "ner/web.h"

namespace aa {

// Defined in the file core/data/tables.cmake generates from models/entities.bin.
extern const unsigned char kEntityModelBytes[];
extern const size_t kEntityModelSize;

using namespace ner;

namespace {

constexpr uint16_t kPropagatedScore = 600;  // a name repeated from elsewhere in the document
constexpr uint16_t kDemonymScore = 700;     // a demonym the tagger left out

/// Confidence in thousandths from a max-marginal margin: 500 at a tie, approaching 1000.
uint16_t confidence(int32_t margin, int32_t half) {
  int64_t m = margin < 0 ? 0 : margin;
  return static_cast<uint16_t>(1000 - (500 * int64_t(half)) / (m + half));
}

bool is_gpe(const Gazetteer& gaz, const TokenTable& t, uint32_t b, uint32_t e) {
  uint32_t v = gaz.find(phrase_key(t, b, e)) & ~kGazPrefix;
  constexpr uint32_t kOther = 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1;
  if (v & (1u << kGazCountry)) return true;
  // A region of the hand-written list ("Asia", "Pacific", "Red Sea", "Andes") before a town or a province of the
  // same name that the lists of places hold: the region is what a text means.
  if (v & (1u << kGazRegion)) return false;
  if (v & kOther) return true;
  return e - b >= 2 && t.gaz<kGazGpeWord>(e - 1) == kPosUnit;  // "Kherson Oblast", "Quebec City"
}

bool propagatable(Label l) {
  return l == Label::Person || l == Label::Org || l == Label::Gpe || l == Label::Loc || l == Label::Norp ||
         l == Label::Event;
}

/// A word of a person's name that can stand for the person: not an initial, a numeral ("Norton I") or a title.
bool name_part(const Document& doc, const TokenTable& t, uint32_t i) {
  if (t.casing(i) != Casing::Title) return false;
  std::string_view w = doc.view(doc.tokens[i].span);
  if (w.size() < 2 || doc.tokens[i].kind != TokenKind::Word) return false;
  return t.gaz<kGazTitle>(i) == kPosNone;
}

/// One name, one label: where the tagger gave the same name different labels in one document, all its mentions
/// take the label with the most confidence in total ("Athens" is a GPE in every sentence or in none).
[[gnu::noinline]] void vote(const TokenTable& t, std::vector<Candidate>& cands) {
  std::unordered_map<uint32_t, std::array<uint32_t, kLabelCount>> totals;
  auto key = [&](const Candidate& c) { return phrase_key(t, c.begin, c.end); };
  for (const Candidate& c : cands)
    if (propagatable(c.label) && !c.bytes.end) totals[key(c)][static_cast<int>(c.label)] += c.score;
  for (Candidate& c : cands) {
    if (!propagatable(c.label) || c.bytes.end) continue;
    const auto& tot = totals[key(c)];
    int best = static_cast<int>(c.label);
    for (int l = 0; l < kLabelCount; ++l)
      if (tot[l] > tot[best]) best = l;
    c.label = static_cast<Label>(best);
  }
}

/// Names found once are found again: untagged repeats of a tagged name, and the first or last word of a
/// person's full name ("Price" after "Ned Price"), when capitalised.
/// NORP compounds are one group: "African American", two demonyms side by side in one sentence, are one NORP.
/// Requires: cands sorted by position.
[[gnu::noinline]] void norp_compounds(const Document& doc, std::vector<Candidate>& cands) {
  size_t w = 0;
  for (size_t r = 0; r < cands.size(); ++r) {
    if (w > 0) {
      Candidate& prev = cands[w - 1];
      const Candidate& c = cands[r];
      if (prev.label == Label::Norp && c.label == Label::Norp && !prev.bytes.end && !c.bytes.end &&
          prev.end == c.begin && doc.tokens[prev.begin].block == doc.tokens[c.begin].block) {
        prev.end = c.end;
        prev.score = std::min(prev.score, c.score);
        continue;
      }
    }
    cands[w++] = cands[r];
  }
  cands.resize(w);
}

/// One entity, one label: a one-word name that is the first or last word of a person named in full earlier in the
/// document is that person, whatever the gazetteer or the tagger says of the word (Lisa Georgia ... "Georgia
/// said" is PERSON, not GPE). Requires: cands sorted by position.
/// A place written after a place and a comma ("Atlanta, Georgia") stays a place even when a person named in full
/// ends with the word (Lisa Georgia).
[[gnu::noinline]] void persons_first(const Document& doc, const TokenTable& t, std::vector<Candidate>& cands) {
  std::unordered_map<uint32_t, bool> parts;  // phrase key of a name word -> seen in a full name
  const Candidate* prev = nullptr;           // the token candidate before c
  for (Candidate& c : cands) {
    if (c.bytes.end) continue;
    bool after_place = prev && c.label == Label::Gpe && prev->label == Label::Gpe && prev->end + 1 == c.begin &&
                       doc.view(doc.tokens[prev->end].span) == ",";
    if (c.label == Label::Person && c.end - c.begin >= 2) {
      for (uint32_t part : {c.begin, c.end - 1})
        if (name_part(doc, t, part)) parts.emplace(phrase_key(t, part, part + 1), true);
    } else if (c.end - c.begin == 1 && c.label != Label::Person && propagatable(c.label) && !after_place &&
               parts.count(phrase_key(t, c.begin, c.end))) {
      c.label = Label::Person;
    }
    prev = &c;
  }
}

/// A company's short form before its founder is named: "snack maker Pelham Brands ... Pelham shareholders ...
/// Its founder, Gordon Pelham": a one-word PERSON that is the first word of a company named in full earlier (a name
/// that ends in a company's word: orgs.h company_name_end) and comes before any person named in full with the word
/// is the company, an ORG; after the person's full name it stays the person (persons_first). Not after a
/// capitalised word (a title: "Mr Pelham"). Requires: cands sorted by position.
[[gnu::noinline]] void companies_before_founders(const TokenTable& t, std::vector<Candidate>& cands) {
  std::unordered_map<uint32_t, uint32_t> company_at, person_at;  // first word's key -> first mention's token
  for (const Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2) continue;
    if (c.label == Label::Org && company_name_end(t.norm_no_period(c.end - 1)))
      company_at.emplace(phrase_key(t, c.begin, c.begin + 1), c.begin);
    if (c.label == Label::Person) person_at.emplace(phrase_key(t, c.end - 1, c.end), c.begin);
  }
  if (company_at.empty()) return;
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end != c.begin + 1 || c.label != Label::Person || t.casing(c.begin) != Casing::Title ||
        (c.begin > 0 && !(t.flags(c.begin) & kSentenceStart) &&
         (t.casing(c.begin - 1) == Casing::Title || t.gaz<kGazTitle>(c.begin - 1) != kPosNone)))
      continue;
    uint32_t key = phrase_key(t, c.begin, c.end);
    auto company = company_at.find(key);
    if (company == company_at.end() || company->second > c.begin) continue;
    auto person = person_at.find(key);
    if (person == person_at.end() || person->second > c.begin) c.label = Label::Org;
  }
}

[[gnu::noinline]] void propagate(const Document& doc, const TokenTable& t, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 8;
  std::unordered_map<uint64_t, Label> names;
  uint32_t longest = 0;
  auto key = [&](uint32_t b, uint32_t e) { return uint64_t(phrase_key(t, b, e)) << 8 | (e - b); };
  for (const Candidate& c : cands) {
    if (!propagatable(c.label) || c.bytes.end || c.end - c.begin > kLongest) continue;
    names.emplace(key(c.begin, c.end), c.label);
    longest = std::max(longest, c.end - c.begin);
    if (c.label == Label::Person && c.end - c.begin >= 2) {
      for (uint32_t part : {c.begin, c.end - 1})
        if (name_part(doc, t, part)) names.emplace(key(part, part + 1), Label::Person);
    }
  }
  if (names.empty()) return;
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token;) {
      bool matched = false;
      // Not a title, of the model's lists or of ner_titles.tsv ("Tsar Aleksei I" after "the Tsar").
      if (!taken[i] && (t.casing(i) == Casing::Title || t.casing(i) == Casing::Upper) &&
          t.gaz<kGazTitle>(i) == kPosNone && t.gaz<kGazTimeWord>(i) == kPosNone && !is_title(t.norm(i))) {
        uint32_t free_end = i;
        while (free_end < s.last_token && free_end - i < longest && !taken[free_end]) ++free_end;
        for (uint32_t e = free_end; e > i && !matched; --e) {
          auto it = names.find(key(i, e));
          if (it == names.end()) continue;
          // A name's last word written in lower case is a common word ("Emerging markets fell").
          if (e - i >= 2 && t.casing(e - 1) == Casing::Lower) continue;
          // Not a name inside a longer capitalised name ("Price" in "Price Waterhouse").
          if (e < s.last_token && t.casing(e) == Casing::Title && !taken[e] && !(t.flags(e) & kSentenceStart)) continue;
          // A title before it is no part of it ("President Xi Jinping").
          uint8_t title = i > s.first_token ? t.gaz<kGazTitle>(i - 1) : uint8_t{kPosNone};
          if (i > s.first_token && !(t.flags(i) & kSentenceStart) && t.casing(i - 1) == Casing::Title &&
              !taken[i - 1] && title != kPosLast && title != kPosUnit)
            continue;
          added.push_back({i, e, it->second, kPropagatedScore, {}});
          for (uint32_t k = i; k < e; ++k) taken[k] = 1;
          i = e;
          matched = true;
        }
      }
      if (!matched) ++i;
    }
  }
  if (added.empty()) return;
  // Sorted again, as the rules after it require ("Tom and Ann": a name found here before one that follows it).
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.bytes.begin < b.bytes.begin;
  });
}

}  // namespace

std::string_view embedded_entity_model_bytes() {
  return std::string_view(reinterpret_cast<const char*>(kEntityModelBytes), kEntityModelSize);
}

EntityModel EntityModel::from_bytes(const uint8_t* data, size_t size) {
  if (data == nullptr) return EntityModel(std::make_shared<const Model>(std::vector<uint8_t>()));
  if (ner::is_packed_model(data, size)) {
    // The unpacking checked the packed bytes' CRC and the tables' contents as it wrote them, and made the index of
    // the feature buckets; Model checks the layout.
    ner::UnpackedModel unpacked = ner::unpack_model_indexed(data, size);
    return EntityModel(std::make_shared<const Model>(std::move(unpacked.bytes), std::move(unpacked.feature_index)));
  }
  return EntityModel(std::make_shared<const Model>(std::vector<uint8_t>(data, data + size)));
}

EntityModel EntityModel::embedded() {
  if (kEntityModelSize == 0)
    throw ModelError("entity model: this library was built without one (models/entities.bin missing: make train)");
  // The bytes are part of the library: used where they lie, without the CRC (a test checks it: the tables'
  // bounds are checked all the same).
  return EntityModel(std::make_shared<const Model>(kEntityModelBytes, kEntityModelSize, Model::Check::NoCrc));
}

std::string_view EntityModel::info() const {
  return model_->info();
}

namespace {

// Blocks whose words are no entities: page debris, and on a web page the date block (the article's date from its
// header or its metadata, shown as article.date, not the article's text: issue 15). A pasted text's date line
// stays a DATE: it is the text the user gave.
bool no_entities(const Document& doc, BlockKind kind) {
  return kind == BlockKind::Boilerplate || (kind == BlockKind::Date && doc.input_kind == InputKind::Html);
}

// The tagger, sentence by sentence: emissions, Viterbi, spans mapped onto the contract's labels (LOC split into
// GPE/LOC; MISC and spans in page debris dropped), each scored by its weakest token's margin.
[[gnu::noinline]] std::vector<Candidate> tag_sentences(const Model& model, const Gazetteer& gaz, const Document& doc,
                                                       TokenTable& table, Scorer& scorer) {
  std::vector<int> label_map;
  for (const auto& name : model.labels()) {
    auto l = label_from_name(name);
    label_map.push_back(l ? static_cast<int>(*l) : -1);
  }

  const int T = model.n_tags();
  std::vector<int32_t> emissions;
  std::vector<int> tags;
  std::vector<int32_t> margins;
  DecoderScratch scratch;
  scratch.constant_trans = model.transitions();
  SentenceCodes codes;
  std::vector<Candidate> cands;
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.first_token >= sentence.last_token || sentence.last_token > doc.tokens.size()) continue;
    // A sentence, or each window of a long one (features.h).
    for (uint32_t first = sentence.first_token; first < sentence.last_token; first += kTagWindow) {
      const Sentence s = tag_window(sentence, first);
      size_t n = s.last_token - s.first_token;
      // Grown, never shrunk (no zero fill per sentence): the scorer, the decoder and margins_from write the first
      // n entries before anything reads them.
      if (emissions.size() < n * T) emissions.resize(n * T);
      codes.compute(gaz, table, s);
      store_kept_codes(table, s, codes);
      scorer.emissions(s, codes, emissions.data());
      if (tags.size() < n) tags.resize(n);
      if (margins.size() < n) margins.resize(n);
      viterbi(emissions.data(), n, T, model.transitions(), tags.data(), nullptr, scratch);
      size_t first_cand = cands.size();
      for (const TagSpan& sp : spans_of(tags.data(), n)) {
        int mapped = label_map[sp.label];
        if (mapped < 0) continue;
        uint32_t b = s.first_token + sp.begin, e = s.first_token + sp.end;
        bool boiler = false;
        for (uint32_t i = b; i < e; ++i)
          boiler = boiler || no_entities(doc, doc.article.blocks[doc.tokens[i].block].kind);
        if (boiler) continue;
        Label label = static_cast<Label>(mapped);
        if (label == Label::Loc || label == Label::Gpe) label = is_gpe(gaz, table, b, e) ? Label::Gpe : Label::Loc;
        cands.push_back({b, e, label, 0, {}});
      }
      if (cands.size() == first_cand) continue;
      // Confidence from the margins, which only the tokens of entities need.
      margins_from(emissions.data(), n, tags.data(), cands[first_cand].begin - s.first_token, margins.data(), scratch,
                   true);
      for (size_t c = first_cand; c < cands.size(); ++c) {
        int32_t m = INT32_MAX;
        for (uint32_t k = cands[c].begin; k < cands[c].end; ++k) m = std::min(m, margins[k - s.first_token]);
        cands[c].score = confidence(m, 2000);
      }
    }
  }

  return cands;
}

// Rules: a DATE/TIME/MONEY/PERCENT/QUANTITY replaces what it overlaps, unless a longer name holds it
// ("Super Tuesday" stays an EVENT). Both lists are sorted and non-overlapping: one merging pass.
[[gnu::noinline]] void merge_rule_entities(const Document& doc, const TokenTable& table,
                                           std::vector<Candidate>& cands) {
  std::vector<Candidate> merged;
  size_t ci = 0;
  for (const RuleMatch& r : find_rule_entities(doc, table)) {
    if (no_entities(doc, doc.article.blocks[doc.tokens[r.begin].block].kind)) continue;
    while (ci < cands.size() && cands[ci].end <= r.begin) merged.push_back(cands[ci++]);
    size_t cj = ci;
    bool held = false;
    for (; cj < cands.size() && cands[cj].begin < r.end; ++cj) {
      const Candidate& c = cands[cj];
      held = held || (c.begin <= r.begin && r.end <= c.end && c.end - c.begin > r.end - r.begin);
    }
    if (held) continue;
    ci = cj;
    merged.push_back({r.begin, r.end, r.label, r.score, {}});
  }
  merged.insert(merged.end(), cands.begin() + static_cast<long>(ci), cands.end());
  cands = std::move(merged);
}

// Demonyms ("Chinese companies") and religious or ethnic groups' plurals ("Sikhs") the tagger left out, but not the
// first word of a title the tagger left alone ("the American Pie actress": a capitalised word after it in running
// text, no title of office).
[[gnu::noinline]] void add_demonyms(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      // A religious or ethnic group's plural of the lists, too ("the Europeans", "Sikhs").
      bool group = table.typed(i) && (table.type(i).gaz & (1u << kGazNorpGroup)) && table.norm(i).size() > 3 &&
                   table.norm(i).back() == 's';
      if (taken[i] || (table.gaz<kGazDemonym>(i) != kPosUnit && !group) ||
          (table.casing(i) != Casing::Title && table.casing(i) != Casing::Upper) ||
          no_entities(doc, doc.article.blocks[doc.tokens[i].block].kind))
        continue;
      uint32_t n = i + 1;
      if (n < s.last_token && !taken[n] && table.casing(n) == Casing::Title && table.style(n) == Style::Normal &&
          table.gaz<kGazTitle>(n) == kPosNone)
        continue;
      cands.push_back({i, i + 1, Label::Norp, kDemonymScore, {}});
    }
}

/// One person, one span: two PERSON candidates side by side in a sentence, with only spaces between them, are one
/// name ("[Ellen] [DeGeneres]": the tagger stopped at an unusual surname that propagation then found alone); so
/// are the two sides of the end of an editor's insertion ("[Prime Minister Anna] Lind": one span, "Anna] Lind"). Not
/// two full names that each start with a given name ("Frank Lindh Ray Williams" on a signature's line: two people).
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void join_adjacent_persons(const Document& doc, const TokenTable& table,
                                             std::vector<Candidate>& cands) {
  auto full_name = [&](const Candidate& c) {
    return c.end - c.begin >= 2 && table.gaz<kGazFirstName>(c.begin) == kPosUnit;
  };
  constexpr uint32_t kLongest = 4;
  std::vector<Candidate> out;
  out.reserve(cands.size());
  for (const Candidate& c : cands) {
    if (!out.empty()) {
      Candidate& p = out.back();
      bool bracket = p.end + 1 == c.begin && doc.view(doc.tokens[p.end].span) == "]";
      if (p.label == Label::Person && c.label == Label::Person && !p.bytes.end && !c.bytes.end &&
          (p.end == c.begin || bracket) && c.end - p.begin <= kLongest + bracket && !(full_name(p) && full_name(c)) &&
          doc.tokens[p.end - 1].block == doc.tokens[c.begin].block) {
        std::string_view gap(doc.text.data() + doc.tokens[p.end - 1].span.end,
                             doc.tokens[c.begin].span.begin - doc.tokens[p.end - 1].span.end);
        if (!gap.empty() && gap.front() == ']') gap.remove_prefix(1);  // "[Prime Minister Anna] Lind"
        if (!gap.empty() && gap.find_first_not_of(' ') == std::string_view::npos) {
          p.end = c.end;
          p.score = std::min(p.score, c.score);
          continue;
        }
      }
    }
    out.push_back(c);
  }
  cands = std::move(out);
}

// The candidates as the document's entities, in text order.
[[gnu::noinline]] void write_entities(Document& doc, const std::vector<Candidate>& cands) {
  for (const Candidate& c : cands) {
    Entity e;
    e.first_token = c.begin;
    e.last_token = c.end;
    e.span = c.bytes.end ? c.bytes : Span{doc.tokens[c.begin].span.begin, doc.tokens[c.end - 1].span.end};
    e.label = c.label;
    e.score = static_cast<float>(c.score) / 1000.0f;
    doc.entities.push_back(e);
  }
}

}  // namespace

void find_entities(const EntityModel& entity_model, Document& doc) {
  find_entities(entity_model, doc, nullptr);
}

namespace {

// The steps below, each called once, are [[gnu::noinline]], as are the stages (their headers): inlined (by LTO and
// by Binaryen, see wasm/CMakeLists.txt) they made this one function of 81 KB of WebAssembly with 123 locals, which
// V8 compiles on the first analysis, on the main thread, with a baseline compiler whose cost grows with blocks
// times locals (bench/README.md, "Why lazy compilation cost ~10x eager here").
// `trace` (if not null) gets the candidates after the tagger and after each pass (ner/trace.h: error analysis).
[[gnu::noinline]] void run_passes(const EntityModel& entity_model, Document& doc, FormCache* memory,
                                  std::vector<EntityStep>* trace) {
  const Model& model = entity_model.model();
  const Gazetteer& gaz = model.gazetteer();
  doc.entities.clear();
  doc.clusters.clear();
  if (doc.tokens.empty()) return;

  TokenTable table;
  if (memory) memory->prepare(model);
  build_token_table(doc, gaz, table, false, memory);  // the gazetteer codes sentence by sentence below
  CaseCounts counts(table);
  Scorer scorer(model, doc, table, counts, {}, memory);

  std::vector<Candidate> cands = tag_sentences(model, gaz, doc, table, scorer);
  auto note = [&](std::string_view call) {
    if (!trace) return;
    EntityStep& step = trace->emplace_back();
    step.pass = std::string(call.substr(0, call.find('(')));
    for (const Candidate& c : cands) step.spans.emplace_back(c.begin, c.end, c.label);
  };
// A pass of the entity stage, and the candidates after it in the trace.
#define AA_PASS(call) \
  do {                \
    call;             \
    note(#call);      \
  } while (false)
  note("tagger");
  AA_PASS(merge_rule_entities(doc, table, cands));
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  AA_PASS(adjust(doc, table, gaz, cands));

  AA_PASS(add_demonyms(doc, table, cands));
  AA_PASS(vote(table, cands));
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  AA_PASS(person_names(doc, table, gaz, cands));
  bool sports_report = sports_teams(doc, table, gaz, cands);
  note("sports_teams");
  AA_PASS(company_names(doc, table, gaz, sports_report, cands));
  AA_PASS(imperatives_outside_names(doc, table, cands));
  AA_PASS(name_words(doc, table, cands));
  AA_PASS(states_and_laws(doc, table, gaz, cands));
  AA_PASS(persons_appointed(doc, table, gaz, cands));
  AA_PASS(local_body_places(doc, table, gaz, cands));
  AA_PASS(places_not_persons(doc, table, gaz, cands));
  if (!sports_report) AA_PASS(counties_before_titles(doc, table, gaz, cands));
  AA_PASS(places_in_lists(doc, table, gaz, sports_report, cands));
  AA_PASS(places_after_units(doc, table, cands));
  AA_PASS(dateline_places(doc, table, gaz, cands));
  AA_PASS(places_named_as_places(doc, table, gaz, sports_report, cands));
  AA_PASS(places_called_towns(doc, table, cands));
  AA_PASS(route_places(doc, table, sports_report, cands));
  AA_PASS(party_members(doc, table, gaz, cands));  // after the place rules: "a Labour councillor" is the party
  AA_PASS(parties_named_by_stance(doc, table, cands));
  AA_PASS(settlement_names(doc, table, gaz, sports_report, cands));
  AA_PASS(residents_places(doc, table, gaz, cands));
  AA_PASS(names_in_lists(doc, table, cands));
  AA_PASS(towns_before_comma_states(doc, table, gaz, cands));
  AA_PASS(names_across_particles(doc, table, cands));
  AA_PASS(capitals_named(table, cands));
  AA_PASS(state_codes(doc, table, gaz, cands));
  AA_PASS(street_names(table, cands));
  AA_PASS(possessive_places(doc, table, cands));
  AA_PASS(landform_names(doc, table, gaz, sports_report, cands));
  AA_PASS(wild_regions(doc, table, gaz, cands));
  if (!sports_report) AA_PASS(places_of_a_kind(table, gaz, cands));
  AA_PASS(the_outside_places(doc, table, cands));
  AA_PASS(event_buildings(table, cands));
  AA_PASS(inverted_names_before_email(doc, table, cands));
  AA_PASS(speaker_labels(doc, table, cands));
  AA_PASS(owner_businesses(doc, table, cands));
  AA_PASS(byline_names(doc, table, gaz, cands));
  AA_PASS(byline_roles(doc, table, gaz, cands));
  AA_PASS(norp_compounds(doc, cands));
  AA_PASS(nationalities_before_persons(doc, table, cands));
  AA_PASS(persons_first(doc, table, cands));
  AA_PASS(companies_before_founders(table, cands));
  AA_PASS(propagate(doc, table, cands));
  AA_PASS(languages_used(doc, table, cands));
  AA_PASS(federal_unions(table, cands));
  AA_PASS(studies_named(doc, table, gaz, cands));
  AA_PASS(team_sheets(doc, table, cands));
  AA_PASS(acronyms_of_terms(doc, table, cands));
  AA_PASS(question_words(table, cands));
  AA_PASS(contract_names(table, cands));
  AA_PASS(lowercase_places(doc, table, gaz, cands));
  AA_PASS(lowercase_persons(doc, table, gaz, cands));
  AA_PASS(places_by_owner(doc, table, gaz, cands));
  AA_PASS(towns_before_states(table, gaz, cands));
  AA_PASS(given_names_in_lists(doc, table, cands));
  AA_PASS(relatives_named(doc, table, cands));
  AA_PASS(month_given_names(doc, table, cands));
  AA_PASS(titled_names(doc, table, gaz, cands));
  AA_PASS(given_names_after_roles(doc, table, cands));
  AA_PASS(titles_alone(table, cands));
  AA_PASS(places_served_by_titles(table, gaz, cands));
  AA_PASS(possessors_of_persons(doc, table, gaz, cands));
  if (sports_report) AA_PASS(surnames_read_as_teams(table, cands));
  AA_PASS(seats_before_names(doc, table, cands));
  AA_PASS(given_names_after_persons(doc, table, gaz, cands));
  AA_PASS(camel_case_companies(doc, cands));
  AA_PASS(web_address_names(doc, cands));
  AA_PASS(possessive_repeats(doc, table, cands));
  AA_PASS(regnal_numerals(doc, table, cands));
  AA_PASS(case_names(doc, table, sports_report, cands));
  AA_PASS(crafts_called(doc, table, cands));
  AA_PASS(products_with_versions(doc, table, cands));
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.bytes.begin < b.bytes.begin;
  });
  AA_PASS(outlet_names(doc, table, cands));
  AA_PASS(levels_alone(doc, table, cands));
  AA_PASS(join_adjacent_persons(doc, table, cands));

#undef AA_PASS
  write_entities(doc, cands);
  build_clusters(doc, gaz, &table);
}

}  // namespace

void find_entities(const EntityModel& entity_model, Document& doc, FormCache* memory) {
  run_passes(entity_model, doc, memory, nullptr);
}

void ner::find_entities_traced(const EntityModel& model, Document& doc, std::vector<EntityStep>& trace) {
  run_passes(model, doc, nullptr, &trace);
}

}  // namespace aa
