// HTML, pass 2: the page's JSON-LD (schema.org NewsArticle and kin: headline, datePublished, author,
// description, articleBody), read with nlohmann::json, depth- and size-limited.
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "structure/html_page.h"

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

std::string json_string(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && it->front().is_string()) return it->front().get<std::string>();
  return {};
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

}  // namespace

std::optional<LdArticle> read_json_ld(const std::vector<std::string>& scripts) {
  std::string page_published;  // of an object that is no article (htmldate reads "datePublished" anywhere)
  for (const std::string& raw : scripts) {
    std::string s = without_wrappers(raw);
    if (json_depth(s) > 64) continue;
    nlohmann::json j = nlohmann::json::parse(s, nullptr, false);
    if (j.is_discarded()) continue;
    // Walk objects and arrays (explicit stack, depth-limited above) for the first article.
    std::vector<const nlohmann::json*> todo{&j};
    size_t visited = 0;
    while (!todo.empty() && visited < 10000) {
      const nlohmann::json* x = todo.back();
      todo.pop_back();
      ++visited;
      if (x->is_array()) {
        for (auto it = x->rbegin(); it != x->rend(); ++it) todo.push_back(&*it);
        continue;
      }
      if (!x->is_object()) continue;
      auto type = x->find("@type");
      if (type != x->end() && article_type(*type)) {
        LdArticle a;
        a.live = type->is_string() ? type->get<std::string>().find("LiveBlogPosting") != std::string::npos
                                   : type->dump().find("LiveBlogPosting") != std::string::npos;
        a.headline = json_string(*x, "headline");
        if (a.headline.empty()) a.headline = json_string(*x, "name");
        a.description = json_string(*x, "description");
        a.published = json_string(*x, "datePublished");
        if (a.published.empty()) a.published = json_string(*x, "dateCreated");
        a.body = json_string(*x, "articleBody");
        if (auto au = x->find("author"); au != x->end()) {
          std::vector<const nlohmann::json*> list;
          if (au->is_array())
            for (const auto& e : *au) list.push_back(&e);
          else
            list.push_back(&*au);
          for (const nlohmann::json* e : list) {
            std::string name = e->is_string() ? e->get<std::string>() : e->is_object() ? json_string(*e, "name") : "";
            if (!name.empty() && name.rfind("http", 0) != 0) a.authors.push_back(name);
          }
        }
        a.page_published = page_published;
        return a;
      }
      if (page_published.empty()) page_published = json_string(*x, "datePublished");
      for (auto it = x->begin(); it != x->end(); ++it)
        if (it->is_object() || it->is_array()) todo.push_back(&*it);
    }
  }
  if (page_published.empty()) return std::nullopt;
  LdArticle only_date;
  only_date.article = false;
  only_date.page_published = page_published;
  return only_date;
}

}  // namespace aa::page
