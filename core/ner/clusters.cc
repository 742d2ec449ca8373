#include "ner/clusters.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "data/name_gender.h"
#include "data/tables.h"
#include "ner/orgs.h"
#include "ner/word.h"
#include "text/unicode.h"

namespace aa::ner {
namespace {

enum class TitleKind : uint8_t { Title, Role };
#include "ner_titles.inc"  // kTitles
enum class NicknameKind : uint8_t { Nickname };
#include "name_nicknames.inc"  // kNicknames
enum class HonorificGender : uint8_t { Male, Female };
#include "ner_honorific_genders.inc"  // kHonorificGenders

constexpr size_t kMaxTitleTokens = 5;
// A person keeps the first few distinct titles found: the quotation stage goes through them at every mention, so
// without a bound one name after each title of the table made memory grow as mentions times titles.
constexpr size_t kMaxClusterTitles = 8;

// The normalised form of a token (the table's, when there is one: the same function of the form).
std::string norm_token(const Document& doc, uint32_t i, const TokenTable* table = nullptr) {
  std::string s = table && table->typed(i) ? std::string(table->norm(i)) : normalized(doc.view(doc.tokens[i].span));
  if (doc.tokens[i].kind == TokenKind::Abbrev && s.size() > 1 && s.back() == '.' &&
      std::count(s.begin(), s.end(), '.') == 1)
    s.pop_back();  // "Gen." -> "gen"; "U.S." keeps its dots
  return s;
}

// The gazetteer key of a token (the table's, when there is one).
uint32_t key_of_token(const Document& doc, uint32_t i, const TokenTable* table) {
  return table && table->typed(i) ? table->key(i) : token_key(doc.view(doc.tokens[i].span));
}

// The last words of the titles: a title can end right before a token only after one of them.
class TitleEnds {
 public:
  TitleEnds() {
    for (const auto& t : kTitles) {
      std::string_view p(t.key);
      size_t space = p.rfind(' ');
      words_.push_back(space == std::string_view::npos ? p : p.substr(space + 1));
    }
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  }
  bool contains(std::string_view w) const { return std::binary_search(words_.begin(), words_.end(), w); }

 private:
  std::vector<std::string_view> words_;
};

// Made once, on first use (thread-safe), and never changed: the titles are constants.
const TitleEnds& title_ends() {
  static const TitleEnds ends;
  return ends;
}

// The end of an editor's insertion inside a name: "[Prime Minister Anna] Lind" (core/ner/entities.cc).
bool editors_bracket(const Document& doc, uint32_t i) {
  return doc.view(doc.tokens[i].span) == "]";
}

// Text of tokens [b, e) as written, with runs of white space made one space, without an editor's bracket.
std::string display(const Document& doc, uint32_t b, uint32_t e) {
  std::string out;
  for (uint32_t i = b; i < e; ++i) {
    if (editors_bracket(doc, i)) continue;
    if (i > b && (doc.tokens[i].flags & kSpaceBefore)) out.push_back(' ');
    out += doc.view(doc.tokens[i].span);
  }
  return out;
}

// An entity that is part of one token ("China" in "China-Russia").
bool sub_token(const Document& doc, const Entity& e) {
  return e.span.begin != doc.tokens[e.first_token].span.begin || e.span.end != doc.tokens[e.last_token - 1].span.end;
}

std::optional<TitleKind> title_kind(const std::string& phrase) {
  return table_find(kTitles, phrase);
}

// Words of a name that do not count for its initials.
bool initials_skip(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "for" || w == "&" || w == "de" || w == "'s" || w == "on";
}

struct Group {
  Label label;
  std::vector<uint32_t> mentions;            // entity indices
  std::vector<std::string> tokens;           // normalised tokens of the fullest mention
  std::string alias;                         // canonical name from the gazetteer, if any
  int parent = -1;                           // merged into another group
  std::optional<HonorificGender> honorific;  // a surname alone after "Mr" or "Mrs": the group of that sex
};

int root(std::vector<Group>& g, int i) {
  while (g[i].parent >= 0) i = g[i].parent;
  return i;
}

/// The letters of a mention that can be initials ("EU" -> "eu", "U.N." -> "un"): upper case, 2 to 8 bytes.
bool acronym_letters(const Document& doc, const Entity& small, std::string& letters) {
  std::string_view s = doc.view(small.span);
  if (s.size() < 2 || s.size() > 8 || casing(s) != Casing::Upper) return false;
  for (char c : s)
    if (c != '.') letters.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  return true;
}

// Titles in an apposition after a mention: "Ned Price, the department's spokesman, said".
std::string title_after(const Document& doc, const Sentence& s, uint32_t end) {
  if (end >= s.last_token || doc.view(doc.tokens[end].span) != ",") return {};
  uint32_t i = end + 1;
  for (uint32_t steps = 0; i < s.last_token && steps < 6; ++steps) {
    // Try a title here.
    for (size_t len = std::min<size_t>(kMaxTitleTokens, s.last_token - i); len >= 1; --len) {
      std::string phrase;
      for (uint32_t k = i; k < i + len; ++k) {
        if (k > i) phrase.push_back(' ');
        phrase += norm_token(doc, k);
      }
      if (!title_kind(phrase)) continue;
      uint32_t after = i + static_cast<uint32_t>(len);
      std::string_view next = after < s.last_token ? doc.view(doc.tokens[after].span) : ".";
      if (next == "," || next == "." || next == "of" || next == "at" || next == "for" || next == ";" || next == ")")
        return display(doc, i, after);
    }
    std::string w = norm_token(doc, i);
    bool skippable = w == "the" || w == "a" || w == "an" || w == "former" || w == "then" || w == "current" ||
                     w == "acting" || w == "new" || w == "its" || w == "his" || w == "her" || w == "their" ||
                     doc.tokens[i].kind == TokenKind::Clitic || starts_upper(doc.view(doc.tokens[i].span));
    if (!skippable) break;
    ++i;
  }
  return {};
}

}  // namespace

namespace {

std::string title_before(const Document& doc, uint32_t token, const TokenTable* table, const TitleEnds* ends) {
  if (token == 0) return {};
  uint32_t block = doc.tokens[token].block;
  std::string best;
  std::vector<std::string> words;  // normalised tokens before `token`, nearest first
  for (uint32_t k = 1; k <= kMaxTitleTokens && k <= token; ++k) {
    uint32_t i = token - k;
    if (doc.tokens[i].block != block) break;
    words.push_back(norm_token(doc, i, table));
    if (k == 1 && ends && !ends->contains(words[0])) break;  // no title ends with this word
    std::string phrase;
    for (size_t w = words.size(); w-- > 0;) {
      phrase += words[w];
      if (w) phrase.push_back(' ');
    }
    if (title_kind(phrase)) best = display(doc, i, token);
  }
  return best;
}

}  // namespace

std::string title_before(const Document& doc, uint32_t token) {
  return title_before(doc, token, nullptr, nullptr);
}

bool is_title(std::string_view normalised_phrase) {
  return table_find(kTitles, normalised_phrase).has_value();
}

namespace {

/// The mentions grouped by name: one group per label and normalised name (or canonical name in the gazetteer).
struct Grouping {
  std::vector<Group> groups;
  std::vector<int> group_of;  // entity index -> its group
};

/// "Department of Justice" is named as "Justice Department": the key of an ORG "Department|Ministry|Office of X"
/// (X one word) becomes that of "X Department", and its tokens too (so that "the Department" ends it).
void inverted_of(std::vector<std::string>& toks, std::string& key) {
  if (toks.size() != 3 || toks[1] != "of") return;
  const std::string& head = toks[0];
  if (head != "department" && head != "ministry" && head != "office" && head != "bureau") return;
  toks = {toks[2], head};
  key = toks[0] + " " + toks[1];
}

/// Step 1: mentions with the same label and the same name (or the same canonical name) form one group.
[[gnu::noinline]] Grouping group_same_names(const Document& doc, const Gazetteer& gazetteer, const TokenTable* table) {
  Grouping out;
  std::vector<Group>& groups = out.groups;
  std::unordered_map<std::string, int> by_key;  // label, then the normalised name
  out.group_of.resize(doc.entities.size());
  std::vector<std::string> toks;
  std::vector<uint32_t> keys;
  for (uint32_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& ent = doc.entities[e];
    toks.clear();
    keys.clear();
    std::string key;
    if (sub_token(doc, ent)) {
      toks.push_back(normalized(doc.view(ent.span)));
      keys.push_back(token_key(doc.view(ent.span)));
      key = toks.back();
    }
    for (uint32_t i = ent.first_token; i < ent.last_token && !sub_token(doc, ent); ++i) {
      if (editors_bracket(doc, i)) continue;  // "Anna] Lind" is "Anna Lind"
      toks.push_back(norm_token(doc, i, table));
      keys.push_back(key_of_token(doc, i, table));
      if (i > ent.first_token) key.push_back(' ');
      key += toks.back();
    }
    std::string alias;
    if (ent.label == Label::Gpe || ent.label == Label::Loc || ent.label == Label::Norp || ent.label == Label::Org) {
      if (const std::string* c = gazetteer.canonical(phrase_key(keys.data(), keys.size()))) alias = *c;
    }
    if (!alias.empty()) key = "=" + normalized(alias);
    if (ent.label == Label::Org && alias.empty()) inverted_of(toks, key);
    std::string k = static_cast<char>('A' + static_cast<int>(ent.label)) + key;
    // "Mr Hale" and "Mrs Hale" are two people: a surname alone after an honorific that tells a sex is grouped
    // with that sex's other mentions only.
    std::optional<HonorificGender> honorific;
    if (ent.label == Label::Person && toks.size() == 1 && !sub_token(doc, ent) && ent.first_token > 0 &&
        doc.tokens[ent.first_token - 1].block == doc.tokens[ent.first_token].block)
      honorific = table_find(kHonorificGenders, norm_token(doc, ent.first_token - 1, table));
    if (honorific) k += *honorific == HonorificGender::Male ? "\x01m" : "\x01f";
    auto it = by_key.find(k);
    int g;
    if (it == by_key.end()) {
      g = static_cast<int>(groups.size());
      by_key.emplace(k, g);
      groups.push_back(Group{ent.label, {}, toks, alias, -1, honorific});
    } else {
      g = it->second;
    }
    groups[g].mentions.push_back(e);
    if (toks.size() > groups[g].tokens.size()) groups[g].tokens = toks;
    out.group_of[e] = g;
  }
  return out;
}

/// A key of tokens [b, e) of a name (each token with its length, so that no two sequences share a key).
std::string parts_key(const std::vector<std::string>& toks, size_t b, size_t e) {
  std::string k;
  for (size_t i = b; i < e; ++i) {
    uint32_t n = static_cast<uint32_t>(toks[i].size());
    k.append(reinterpret_cast<const char*>(&n), sizeof n);
    k += toks[i];
  }
  return k;
}

/// Which groups a shorter name could join, indexed (not every pair of groups compared): a person's name by every
/// part of a fuller name, an organisation's by every end of a fuller name and by the initials of one.
struct FullerNames {
  std::unordered_map<std::string, std::vector<int>> person_parts, org_ends, org_initials;
  std::unordered_map<std::string, std::vector<int>> person_last;  // persons of two words or more by the last word
  std::unordered_map<std::string, std::vector<int>> org_starts;   // companies by their first word or two
};

/// "j" or "j.": an initial.
bool initial(const std::string& w) {
  return (w.size() == 1 || (w.size() == 2 && w[1] == '.')) && w[0] >= 'a' && w[0] <= 'z';
}

/// "Tom Becker" is "Thomas J. Becker" or "Thomas Becker": the same last word, the same given name or one a
/// nickname of the other (core/data/name_nicknames.tsv), nothing but initials between.
bool same_person(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != 2 || b.size() < 2 || a.back() != b.back()) return false;
  for (size_t i = 1; i + 1 < b.size(); ++i)
    if (!initial(b[i])) return false;
  const std::string &x = a.front(), &y = b.front();
  if (x == y) return b.size() > 2;
  return table_find(kNicknames, x + " " + y).has_value() || table_find(kNicknames, y + " " + x).has_value();
}

[[gnu::noinline]] FullerNames index_fuller_names(const std::vector<Group>& groups) {
  FullerNames ix;
  auto add = [](std::vector<int>& list, int g) {
    if (list.empty() || list.back() != g) list.push_back(g);
  };
  for (int hi = 0; hi < static_cast<int>(groups.size()); ++hi) {
    const Group& h = groups[hi];
    size_t n = h.tokens.size();
    if (h.label == Label::Person) {
      for (size_t b = 0; b < n; ++b)
        for (size_t e = b + 1; e <= n; ++e)
          if (e - b < n) add(ix.person_parts[parts_key(h.tokens, b, e)], hi);
      if (n >= 2) add(ix.person_last[h.tokens.back()], hi);
    } else if (h.label == Label::Org) {
      for (size_t b = 1; b < n; ++b) add(ix.org_ends[parts_key(h.tokens, b, n)], hi);
      if (n >= 2) {
        std::string initials;
        for (const auto& w : h.tokens)
          if (!initials_skip(w) && !w.empty()) initials.push_back(w[0]);
        add(ix.org_initials[initials], hi);
      }
      // A company's short form: "Orvane" or "Orvane Health" for "Orvane Health Inc." (orgs.cc).
      if (n >= 2 && n <= 4 && company_name_end(h.tokens.back()))
        for (size_t e = 1; e <= 2 && e < n; ++e) add(ix.org_starts[parts_key(h.tokens, 0, e)], hi);
    }
  }
  return ix;
}

/// A surname after "Mrs" is not the surname of a fuller name whose given name is a man's (and the other way).
bool sex_fits(const Group& shorter, const Group& fuller) {
  if (!shorter.honorific || fuller.tokens.size() < 2) return true;
  if (fuller.honorific && fuller.honorific != shorter.honorific) return false;
  std::optional<Gender> given = find_name_gender(fuller.tokens.front());
  if (!given) return true;
  return (*given == Gender::Female) == (*shorter.honorific == HonorificGender::Female);
}

/// Step 2: shorter names join the one fuller name they are part of. Longest groups first, so "Xi" meets
/// "Xi Jinping" after "Xi Jinping" has met "President Xi Jinping".
[[gnu::noinline]] void join_shorter_names(const Document& doc, std::vector<Group>& groups) {
  std::vector<int> order(groups.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return groups[a].tokens.size() > groups[b].tokens.size(); });
  const FullerNames ix = index_fuller_names(groups);
  std::unordered_map<std::string, std::vector<int>> honorific_groups;  // a surname -> its groups after "Mr", "Mrs"
  for (int hi = 0; hi < static_cast<int>(groups.size()); ++hi)
    if (groups[hi].honorific) honorific_groups[groups[hi].tokens.front()].push_back(hi);
  std::vector<int> fits;
  for (int gi : order) {
    Group& g = groups[gi];
    if (!g.alias.empty() || (g.label != Label::Person && g.label != Label::Org)) continue;
    fits.clear();
    auto take = [&](const std::unordered_map<std::string, std::vector<int>>& index, const std::string& key) {
      auto it = index.find(key);
      if (it != index.end()) fits.insert(fits.end(), it->second.begin(), it->second.end());
    };
    std::string key = parts_key(g.tokens, 0, g.tokens.size());
    if (g.label == Label::Person) {
      take(ix.person_parts, key);
    } else {
      take(ix.org_ends, key);
      take(ix.org_starts, key);
      std::string letters;
      if (acronym_letters(doc, doc.entities[g.mentions[0]], letters)) take(ix.org_initials, letters);
    }
    int found = -1;
    bool ambiguous = false;
    std::sort(fits.begin(), fits.end());
    // "Marina Silva said ... Silva told reporters ... President Lula da Silva": of two fuller names, the one named
    // before the shorter name's first mention, if only one is.
    int named_before = -1, before_count = 0;
    size_t first_here = doc.entities[g.mentions.front()].span.begin;
    for (int hi : fits) {
      if (hi == gi || groups[hi].parent >= 0 || !sex_fits(g, groups[hi])) continue;
      if (found >= 0 && found != hi) ambiguous = true;
      if (found != hi && doc.entities[groups[hi].mentions.front()].span.begin < first_here) {
        named_before = hi;
        ++before_count;
      }
      found = hi;
    }
    if (ambiguous && before_count == 1 && g.label == Label::Person) {
      found = named_before;
      ambiguous = false;
    }
    // "Tom Lee" and "Thomas J. Lee": the fuller names with the same last word, the first kSameLast of them (a text
    // that names hundreds of people by one surname would make this quadratic), until two fit.
    if (found < 0 && g.label == Label::Person && g.tokens.size() == 2) {
      constexpr size_t kSameLast = 32;
      auto it = ix.person_last.find(g.tokens.back());
      if (it != ix.person_last.end())
        for (size_t k = 0; k < it->second.size() && k < kSameLast && !ambiguous; ++k) {
          int hi = it->second[k];
          if (hi == gi || groups[hi].parent >= 0 || !same_person(g.tokens, groups[hi].tokens) ||
              !sex_fits(g, groups[hi]))
            continue;
          if (found >= 0 && found != hi) ambiguous = true;
          found = hi;
        }
    }
    // "Mrs Hale ... Hale said": a surname alone with no fuller name joins the one group of it after an honorific.
    if (found < 0 && !ambiguous && g.label == Label::Person && g.tokens.size() == 1 && !g.honorific) {
      auto it = honorific_groups.find(g.tokens.front());
      if (it != honorific_groups.end() && it->second.size() == 1) found = it->second.front();
    }
    if (found >= 0 && !ambiguous) g.parent = found;
  }
}

/// Step 3: one cluster per root group, numbered by first mention. Returns each group's cluster (-1 if none).
[[gnu::noinline]] std::vector<int> number_clusters(Document& doc, std::vector<Group>& groups,
                                                   const std::vector<int>& group_of) {
  std::vector<int> cluster_of_root(groups.size(), -1);
  for (uint32_t e = 0; e < doc.entities.size(); ++e) {
    int r = root(groups, group_of[e]);
    if (cluster_of_root[r] < 0) {
      cluster_of_root[r] = static_cast<int>(doc.clusters.size());
      Cluster c;
      c.id = static_cast<int32_t>(doc.clusters.size());
      c.label = groups[r].label;
      doc.clusters.push_back(c);
    }
    int32_t id = cluster_of_root[r];
    doc.entities[e].cluster = id;
    doc.clusters[id].mentions.push_back(e);
  }
  return cluster_of_root;
}

/// The canonical name of a cluster: the gazetteer's, or the mention with the most tokens.
void name_cluster(const Document& doc, const Group& root_group, Cluster& c) {
  if (!root_group.alias.empty()) {
    c.name = root_group.alias;
    return;
  }
  size_t best_tokens = 0;
  for (uint32_t m : c.mentions) {
    const Entity& ent = doc.entities[m];
    uint32_t b = ent.first_token;
    // An ORG named after its country: "US" + "State Department" -> "US State Department".
    if (ent.label == Label::Org && m > 0) {
      const Entity& prev = doc.entities[m - 1];
      if ((prev.label == Label::Gpe || prev.label == Label::Norp) && prev.last_token == b &&
          doc.tokens[prev.last_token - 1].block == doc.tokens[b].block)
        b = prev.first_token;
    }
    size_t n = ent.last_token - b;
    if (n > best_tokens) {
      best_tokens = n;
      c.name = sub_token(doc, ent) ? std::string(doc.view(ent.span)) : display(doc, b, ent.last_token);
    }
  }
}

/// The sentence of a token (sentences are in order and do not overlap), or null.
const Sentence* sentence_of(const Document& doc, uint32_t token) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                             [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  if (it == doc.sentences.begin()) return nullptr;
  --it;
  return token < it->last_token && token < doc.tokens.size() ? &*it : nullptr;
}

/// The titles a person's mentions carry, before ("President Xi") or in an apposition after, each once.
void find_titles(const Document& doc, const TokenTable* table, Cluster& c) {
  for (uint32_t m : c.mentions) {
    const Entity& ent = doc.entities[m];
    std::vector<std::string> found;
    std::string before = title_before(doc, ent.first_token, table, &title_ends());
    if (!before.empty()) found.push_back(before);
    if (const Sentence* s = sentence_of(doc, ent.first_token)) {
      std::string after = title_after(doc, *s, ent.last_token);
      if (!after.empty()) found.push_back(after);
    }
    for (const auto& t : found) {
      if (c.titles.size() >= kMaxClusterTitles) break;
      std::string nt = normalized(t);
      bool seen = false;
      for (const auto& have : c.titles) seen = seen || normalized(have) == nt;
      if (!seen) c.titles.push_back(t);
    }
  }
}

}  // namespace

// Its passes are functions of their own ([[gnu::noinline]]), for WebAssembly's compilers: see company_names (orgs.cc).
void build_clusters(Document& doc, const Gazetteer& gazetteer, const TokenTable* table) {
  doc.clusters.clear();
  Grouping g = group_same_names(doc, gazetteer, table);
  join_shorter_names(doc, g.groups);
  std::vector<int> cluster_of_root = number_clusters(doc, g.groups, g.group_of);
  for (size_t r = 0; r < g.groups.size(); ++r) {
    if (g.groups[r].parent >= 0 || cluster_of_root[r] < 0) continue;
    Cluster& c = doc.clusters[cluster_of_root[r]];
    name_cluster(doc, g.groups[r], c);
    if (c.label == Label::Person) find_titles(doc, table, c);
  }
}

}  // namespace aa::ner
