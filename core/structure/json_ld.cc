// HTML, pass 2: the page's JSON-LD (schema.org NewsArticle and kin: headline, datePublished, author,
// description, articleBody), read with nlohmann::json, depth- and size-limited.
#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "structure/html_page.h"
#include "structure/html_tokenizer.h"

namespace aa::page {
namespace {

// ---------------------------------------------------------------------------------------------------------------
// Pass 2: JSON-LD.

bool article_type(const nlohmann::json& t) {
  static const char* const kTypes[] = {
      "NewsArticle",           "Article",           "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
      "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",          "LiveBlogPosting",     "Report",
      "SatiricalArticle",      "ScholarlyArticle",  "SocialMediaPosting"};
  auto one = [](const nlohmann::json& s) {
    if (!s.is_string()) return false;
    std::string v = s.get<std::string>();
    size_t slash = v.rfind('/');
    if (slash != std::string::npos) v = v.substr(slash + 1);  // "http://schema.org/NewsArticle"
    for (const char* k : kTypes)
      if (v == k) return true;
    return false;
  };
  if (t.is_array()) {
    for (const auto& x : t)
      if (one(x)) return true;
    return false;
  }
  return one(t);
}

// A string value, or the first string of an array; character references decoded (some sites write the JSON-LD
// with "&eacute;" or "&amp;" in it, as they write their HTML).
std::string json_string(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end()) return {};
  std::string v;
  if (it->is_string())
    v = it->get<std::string>();
  else if (it->is_array() && !it->empty() && it->front().is_string())
    v = it->front().get<std::string>();
  if (v.find('&') != std::string::npos) v = html::decode_references(v);
  return v;
}

// A date's value: a string, or a Unix time as a number ("datePublished": 1425376800, which normalize_date reads as
// it reads the digits of a string).
std::string json_date(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  if (it != o.end() && it->is_number_integer()) return std::to_string(it->get<int64_t>());
  return json_string(o, key);
}

// Nesting depth of JSON text (brackets outside strings), to refuse pathological input before parsing.
int json_depth(std::string_view s) {
  int depth = 0, max_depth = 0;
  bool in_str = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_str) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_str = false;
    } else if (c == '"') {
      in_str = true;
    } else if (c == '{' || c == '[') {
      max_depth = std::max(max_depth, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return max_depth;
}

// Some sites wrap JSON-LD in a comment or CDATA markers: the text without them, in one pass (erasing each one
// where it was found made a script of many "]]>" or "-->" quadratic).
std::string without_wrappers(std::string_view raw) {
  static const std::string_view kWrappers[] = {"//<![CDATA[", "//]]>", "<![CDATA[", "]]>", "<!--", "-->"};
  std::string s;
  s.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    size_t skip = 0;
    if (raw[i] == '/' || raw[i] == '<' || raw[i] == ']' || raw[i] == '-') {
      for (std::string_view w : kWrappers) {
        if (raw.compare(i, w.size(), w) == 0) {
          skip = w.size();
          break;
        }
      }
    }
    if (skip) {
      i += skip;
    } else {
      s.push_back(raw[i++]);
    }
  }
  return s;
}

// What strict JSON refuses and browsers' JSON-LD readers (and search engines) let pass, made strict in one pass: a
// raw control character inside a string (a line break in a description) becomes a space, a comma right before a
// closing bracket is dropped ({"a": 1,}), and outside strings a JavaScript comment ("// article", "/* ... */") and a
// semicolon after the value go; several values one after another ({...}{...}) become a list of them. Valid JSON is
// unchanged.
std::string lenient(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  bool in_str = false;
  int depth = 0;
  int values = 0;  // top-level values begun
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_str) {
      if (c == '\\' && i + 1 < s.size()) {
        out.push_back(c);
        c = s[++i];
      } else if (c == '"') {
        // A quotation mark inside a string that its writer did not escape ("headline": "The "big" vote"): a closing
        // one is followed by a comma, a colon, a closing bracket or the end; this one by words, escaped.
        size_t j = i + 1;
        while (j < s.size() && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t')) ++j;
        if (j < s.size() && s[j] != ',' && s[j] != ':' && s[j] != '}' && s[j] != ']' && s[j] != '/')
          out.push_back('\\');
        else
          in_str = false;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        c = ' ';
      }
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      size_t e = s.find('\n', i);
      i = e == std::string_view::npos ? s.size() : e;
      continue;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      size_t e = s.find("*/", i + 2);
      i = e == std::string_view::npos ? s.size() : e + 1;
      continue;
    } else if (c == ';' && depth == 0) {
      continue;
    } else if (c == '"') {
      in_str = true;
    } else if (c == '{' || c == '[') {
      if (depth == 0 && values++ > 0) out.push_back(',');
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth > 0) --depth;
    } else if (c == ',') {
      size_t j = i + 1;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t')) ++j;
      if (j < s.size() && (s[j] == '}' || s[j] == ']')) continue;
    }
    out.push_back(c);
  }
  if (values > 1) {
    out.insert(out.begin(), '[');
    out.push_back(']');
  }
  return out;
}

// The value of "@type" (a string or a list) names one of `kinds` ("http://schema.org/Person" counts as "Person").
bool has_type(const nlohmann::json& o, std::initializer_list<const char*> kinds) {
  auto t = o.find("@type");
  if (t == o.end()) return false;
  auto one = [&](const nlohmann::json& x) {
    if (!x.is_string()) return false;
    std::string v = x.get<std::string>();
    size_t slash = v.rfind('/');
    if (slash != std::string::npos) v = v.substr(slash + 1);
    for (const char* k : kinds)
      if (v == k) return true;
    return false;
  };
  if (t->is_array()) return std::any_of(t->begin(), t->end(), one);
  return one(*t);
}

// The objects of the page's JSON-LD that have an "@id", by it: where {"author": {"@id": ...}} points (Yoast and
// most SEO plugins put the Person beside the Article in an @graph and refer to it).
using IdIndex = std::vector<std::pair<std::string, const nlohmann::json*>>;

const nlohmann::json* by_id(const IdIndex& ids, const nlohmann::json& ref) {
  if (!ref.is_object() || ref.contains("name")) return &ref;
  auto id = ref.find("@id");
  if (id == ref.end() || !id->is_string()) return &ref;
  for (const auto& [k, o] : ids)
    if (k == id->get_ref<const std::string&>()) return o;
  return &ref;
}

// The names of an article's authors ("author", else "creator"): strings, or objects with a "name" (or a given and
// a family name), or references to such objects. An organisation listed beside people is the publisher's credit,
// not an author: people only when there are any.
std::vector<std::string> author_names(const nlohmann::json& article, const IdIndex& ids) {
  auto au = article.find("author");
  if (au == article.end() || au->is_null()) au = article.find("creator");
  if (au == article.end()) return {};
  std::vector<const nlohmann::json*> list;
  if (au->is_array()) {
    for (const auto& e : *au)
      if (list.size() < 32) list.push_back(by_id(ids, e));
  } else {
    list.push_back(by_id(ids, *au));
  }
  static constexpr std::initializer_list<const char*> kOrganisations = {"Organization", "NewsMediaOrganization",
                                                                        "Corporation", "WebSite", "Brand"};
  bool people = std::any_of(list.begin(), list.end(), [](const nlohmann::json* e) {
    return e->is_string() || (e->is_object() && !has_type(*e, kOrganisations));
  });
  // Organisations alone (the site, a newsroom) name no person: no author (annotations/pages/README.md).
  if (!people) return {};
  std::vector<std::string> names;
  for (const nlohmann::json* e : list) {
    std::string name;
    if (e->is_string()) {
      name = e->get<std::string>();
      if (name.find('&') != std::string::npos) name = html::decode_references(name);
    } else if (e->is_object()) {
      if (people && has_type(*e, kOrganisations)) continue;
      name = json_string(*e, "name");
      if (name.empty()) {
        std::string given = json_string(*e, "givenName"), family = json_string(*e, "familyName");
        if (!given.empty() && !family.empty()) name = given + " " + family;
      }
    }
    if (!name.empty() && name.rfind("http", 0) != 0) names.push_back(name);
  }
  return names;
}

}  // namespace

std::optional<LdArticle> read_json_ld(const std::vector<std::string>& scripts, std::string_view page_url) {
  std::vector<nlohmann::json> docs;
  for (const std::string& raw : scripts) {
    std::string s = lenient(without_wrappers(raw));
    if (json_depth(s) > 64) continue;
    nlohmann::json j = nlohmann::json::parse(s, nullptr, false);
    if (!j.is_discarded()) docs.push_back(std::move(j));
  }
  // Walk objects and arrays (explicit stack, depth-limited above), in document order, calling f(object, listed):
  // `listed` when the object is inside an ItemList's items (related stories, not the page's own article).
  auto walk = [&docs](auto&& f) {
    std::vector<std::pair<const nlohmann::json*, bool>> todo;
    size_t visited = 0;
    for (const nlohmann::json& j : docs) {
      todo.assign(1, {&j, false});
      while (!todo.empty() && visited < 10000) {
        auto [x, listed] = todo.back();
        todo.pop_back();
        ++visited;
        if (x->is_array()) {
          for (auto it = x->rbegin(); it != x->rend(); ++it) todo.push_back({&*it, listed});
          continue;
        }
        if (!x->is_object()) continue;
        if (f(*x, listed)) return;
        std::vector<std::pair<const nlohmann::json*, bool>> kids;
        for (auto it = x->begin(); it != x->end(); ++it)
          if (it->is_object() || it->is_array()) kids.push_back({&*it, listed || it.key() == "itemListElement"});
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) todo.push_back(*it);
      }
    }
  };
  IdIndex ids;
  walk([&ids](const nlohmann::json& x, bool) {
    auto id = x.find("@id");
    if (id != x.end() && id->is_string() && ids.size() < 256 && (x.contains("name") || x.contains("givenName")))
      ids.emplace_back(id->get<std::string>(), &x);
    return false;
  });
  // The page's article: the first article object, or among several the one whose address is the page's own
  // (its "url", "mainEntityOfPage" or "@id" is the canonical address: a page may list other stories as articles).
  auto bare_url = [](std::string_view u) {
    for (std::string_view p : {std::string_view("https://"), std::string_view("http://")})
      if (u.substr(0, p.size()) == p) u.remove_prefix(p.size());
    if (u.substr(0, 4) == "www.") u.remove_prefix(4);
    u = u.substr(0, u.find('?'));  // a fragment stays: a live blog's entries are "page#entry"
    while (!u.empty() && u.back() == '/') u.remove_suffix(1);
    return u;
  };
  const std::string_view own = bare_url(page_url);
  auto is_own = [&](const nlohmann::json& x) {
    if (own.empty()) return false;
    for (const char* key : {"url", "mainEntityOfPage", "@id"}) {
      auto it = x.find(key);
      if (it == x.end()) continue;
      const nlohmann::json* v = &*it;
      if (v->is_object()) {
        auto id = v->find("@id");
        if (id == v->end()) continue;
        v = &*id;
      }
      if (v->is_string() && bare_url(v->get_ref<const std::string&>()) == own) return true;
    }
    return false;
  };
  const nlohmann::json* chosen = nullptr;
  bool chosen_own = false;
  std::string page_published;    // of an object that is no article (htmldate reads "datePublished" anywhere)
  std::string published_before;  // page_published as it was when the chosen article was met
  int articles = 0;
  walk([&](const nlohmann::json& x, bool listed) {
    auto type = x.find("@type");
    if (!listed && type != x.end() && article_type(*type)) {
      ++articles;
      bool mine = is_own(x);
      if (!chosen || (mine && !chosen_own)) {
        chosen = &x;
        chosen_own = mine;
        published_before = page_published;
      }
      return chosen_own || own.empty() || articles >= 16;
    }
    if (!listed && page_published.empty()) page_published = json_date(x, "datePublished");
    // A video's page ("@type": "VideoObject"): when it was uploaded.
    if (!listed && page_published.empty() && type != x.end() && type->is_string() &&
        type->get_ref<const std::string&>() == "VideoObject")
      page_published = json_date(x, "uploadDate");
    return false;
  });
  std::optional<LdArticle> found;
  if (chosen) {
    const nlohmann::json& x = *chosen;
    auto type = x.find("@type");
    LdArticle a;
    a.live = type->is_string() ? type->get<std::string>().find("LiveBlogPosting") != std::string::npos
                               : type->dump().find("LiveBlogPosting") != std::string::npos;
    a.headline = json_string(x, "headline");
    if (a.headline.empty()) a.headline = json_string(x, "name");
    a.description = json_string(x, "description");
    a.published = json_date(x, "datePublished");
    if (a.published.empty()) a.published = json_date(x, "dateCreated");
    // Or the date of the page the article is the main entity of ({"@type": "NewsArticle", "mainEntityOfPage":
    // {"@type": "WebPage", "datePublished": ...}}).
    if (auto page = x.find("mainEntityOfPage"); a.published.empty() && page != x.end() && page->is_object())
      a.published = json_date(*page, "datePublished");
    a.body = json_string(x, "articleBody");
    a.authors = author_names(x, ids);
    a.page_published = published_before;
    found = std::move(a);
  }
  if (found) return found;
  if (page_published.empty()) return std::nullopt;
  LdArticle only_date;
  only_date.article = false;
  only_date.page_published = page_published;
  return only_date;
}

}  // namespace aa::page
