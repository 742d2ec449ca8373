#include "ecb.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "text/unicode.h"

namespace aa::corpus::ecb {
namespace {

namespace fs = std::filesystem;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// XML character data with its entities decoded (the five named ones and numeric references).
std::string decode_entities(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos) throw std::runtime_error("ECB+: '&' without ';'");
    std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "amp")
      out.push_back('&');
    else if (name == "lt")
      out.push_back('<');
    else if (name == "gt")
      out.push_back('>');
    else if (name == "quot")
      out.push_back('"');
    else if (name == "apos")
      out.push_back('\'');
    else if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      unicode::append(out,
                      static_cast<uint32_t>(std::stoul(std::string(name.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10)));
    } else {
      throw std::runtime_error("ECB+: unknown entity &" + std::string(name) + ";");
    }
    i = semi;
  }
  return out;
}

std::string attribute(std::string_view tag, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  size_t at = tag.find(key);
  if (at == std::string_view::npos) return {};
  at += key.size();
  size_t end = tag.find('"', at);
  return std::string(tag.substr(at, end - at));
}

std::u32string code_points(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(unicode::next(s, i));
  return out;
}

// Python's str.isalnum() of one code point: a letter or a number.
bool alnum(char32_t c) {
  return unicode::is_letter(c) || unicode::is_number(c);
}
// Python's str.isdigit(): not empty, every code point a decimal digit.
bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char32_t c : code_points(s))
    if (!unicode::is_digit(c)) return false;
  return true;
}
bool first_alnum(const std::string& s) {
  return !s.empty() && alnum(code_points(s).front());
}
bool last_alnum(const std::string& s) {
  return !s.empty() && alnum(code_points(s).back());
}
std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return s;
}

const std::string kLeftQuote = "\xE2\x80\x9C", kRightQuote = "\xE2\x80\x9D", kRightSingle = "\xE2\x80\x99";

const std::set<std::string>& no_space_before() {
  static const std::set<std::string> k = {",",
                                          ".",
                                          ":",
                                          ";",
                                          "?",
                                          "!",
                                          ")",
                                          "]",
                                          "}",
                                          "%",
                                          "''",
                                          kRightQuote,
                                          "'s",
                                          "n't",
                                          "'re",
                                          "'ve",
                                          "'ll",
                                          "'d",
                                          "'m",
                                          "'S",
                                          "N'T",
                                          "...",
                                          kRightSingle + "s",
                                          kRightSingle + "re",
                                          kRightSingle + "ve",
                                          kRightSingle + "ll",
                                          kRightSingle + "d",
                                          kRightSingle + "m",
                                          "n" + kRightSingle + "t"};
  return k;
}
const std::set<std::string>& no_space_after() {
  static const std::set<std::string> k = {"(", "[", "{", "$", "``", kLeftQuote, "#"};
  return k;
}
const std::set<std::string>& clitic_tails() {
  static const std::set<std::string> k = {"s", "t", "re", "ve", "ll", "d", "m", "S"};
  return k;
}

/// How a token is written: `` '' -LRB- -RRB- as the characters they stand for (straight quotes: by the caller).
std::string written(const std::string& tok) {
  if (tok == "``") return kLeftQuote;
  if (tok == "''") return kRightQuote;
  if (tok == "-LRB-") return "(";
  if (tok == "-RRB-") return ")";
  return tok;
}

}  // namespace

std::vector<Token> read_doc_file(const std::string& path) {
  std::string xml = slurp(path);
  std::vector<Token> out;
  for (size_t at = xml.find("<token"); at != std::string::npos; at = xml.find("<token", at)) {
    size_t close = xml.find('>', at);
    if (close == std::string::npos) throw std::runtime_error(path + ": unterminated <token");
    std::string_view tag(xml.data() + at, close - at);
    if (tag.size() > 6 && tag[6] != ' ' && tag[6] != '\t' && tag[6] != '\n') {  // <tokens ...>: not a token
      at = close;
      continue;
    }
    Token t;
    t.id = std::stoi(attribute(tag, "t_id"));
    t.sentence = std::stoi(attribute(tag, "sentence"));
    if (xml[close - 1] == '/') {
      at = close + 1;
    } else {
      size_t end = xml.find("</token>", close);
      if (end == std::string::npos) throw std::runtime_error(path + ": <token> without </token>");
      t.text = decode_entities(std::string_view(xml.data() + close + 1, end - close - 1));
      at = end + 8;
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::string doc_path(const std::string& root, const std::string& doc) {
  return root + "/" + doc.substr(0, doc.find('_')) + "/" + doc + ".xml";
}

std::vector<std::string> all_docs(const std::string& root) {
  std::vector<std::string> out;
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(dir.path()))
      if (f.path().extension() == ".xml") out.push_back(f.path().stem().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

int topic_of(const std::string& doc) {
  return std::stoi(doc.substr(0, doc.find('_')));
}

std::string detokenize(const std::vector<Token>& tokens, std::vector<std::pair<uint32_t, uint32_t>>& spans) {
  std::string out;
  spans.clear();
  // Sentences whose first token is a URL are written without spaces.
  std::set<int> url_sents, seen;
  for (const auto& t : tokens)
    if (seen.insert(t.sentence).second) {
      std::string first = lower_ascii(t.text);
      if (first.rfind("http", 0) == 0 || first.rfind("www", 0) == 0) url_sents.insert(t.sentence);
    }
  bool straight_open = false, joined_hyphen = false, prev_open_quote = false;
  const std::string* prev_tok = nullptr;
  int prev_sent = 0;
  const auto& nsb = no_space_before();
  const auto& nsa = no_space_after();
  const auto& tails = clitic_tails();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& tok = tokens[i].text;
    int s = tokens[i].sentence;
    std::string form = written(tok);
    if (tok == "\"") form = straight_open ? kRightQuote : kLeftQuote;
    const char* sep = " ";
    bool apostrophe = tok == kRightSingle || tok == "'";
    if (!prev_tok)
      sep = "";
    else if (s != prev_sent)
      sep = "\n\n";
    else if (url_sents.count(s))
      sep = "";
    else if (nsb.count(tok) || (tok == "\"" && straight_open))
      sep = "";
    else if (nsa.count(*prev_tok) || (*prev_tok == "\"" && prev_open_quote))
      sep = "";
    else if (apostrophe && i + 1 < tokens.size() && tails.count(tokens[i + 1].text))
      sep = "";
    else if ((*prev_tok == kRightSingle || *prev_tok == "'") && tails.count(tok))
      sep = "";
    else if (tok == ":" && all_digits(*prev_tok) && i + 1 < tokens.size() && all_digits(tokens[i + 1].text))
      sep = "";
    else if (*prev_tok == ":" && all_digits(tok) && i >= 2 && all_digits(tokens[i - 2].text))
      sep = "";
    else if (tok == "-" && last_alnum(*prev_tok) && i + 1 < tokens.size() && tokens[i + 1].sentence == s &&
             first_alnum(tokens[i + 1].text))
      sep = "";
    else if (*prev_tok == "-" && joined_hyphen)
      sep = "";
    joined_hyphen = tok == "-" && *sep == '\0';
    if (tok == "\"") {
      prev_open_quote = !straight_open;
      straight_open = !straight_open;
    } else {
      prev_open_quote = false;
    }
    out += sep;
    uint32_t b = static_cast<uint32_t>(out.size());
    out += form;
    spans.push_back({b, static_cast<uint32_t>(out.size())});
    prev_sent = s;
    prev_tok = &tok;
  }
  return out;
}

Annotations read_annotations(const std::string& path) {
  std::istringstream in(slurp(path));
  Annotations a;
  std::set<std::string> docs;
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream ls(line);
    for (std::string x; std::getline(ls, x, '\t');) f.push_back(x);
    if (f.size() != 4) throw std::runtime_error(path + ":" + std::to_string(n) + ": not 4 tab-separated fields");
    if (f[3] == "-") {
      if (docs.insert(f[0]).second) a.docs.push_back(f[0]);
      continue;
    }
    a.mentions[f[0]].push_back({std::stoi(f[1]), std::stoi(f[2]), f[3]});
  }
  return a;
}

std::set<int> dev_topics(const Annotations& train) {
  std::set<int> topics;
  for (const auto& d : train.docs) topics.insert(topic_of(d));
  std::set<int> out;
  for (int t : topics)
    if (out.size() < static_cast<size_t>(kDevTopics)) out.insert(t);
  return out;
}

Doc to_corpus_doc(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                  const std::function<std::string(const std::string&)>& map_label) {
  Doc d;
  std::map<int, std::pair<size_t, size_t>> where;  // t_id -> (sentence index, token index)
  bool straight_open = false;
  int cur = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (i == 0 || t.sentence != cur) {
      d.sentences.emplace_back();
      d.kinds.push_back(BlockKind::Paragraph);
      cur = t.sentence;
    }
    std::string form = written(t.text);
    if (t.text == "\"") {
      form = straight_open ? kRightQuote : kLeftQuote;
      straight_open = !straight_open;
    }
    where[t.id] = {d.sentences.size() - 1, d.sentences.back().tokens.size()};
    d.sentences.back().tokens.push_back(form);
  }
  for (const auto& m : mentions) {
    auto b = where.find(m.first), e = where.find(m.last);
    if (b == where.end() || e == where.end() || b->second.first != e->second.first) continue;
    std::string label = map_label(m.label);
    if (label.empty()) continue;
    d.sentences[b->second.first].spans.push_back({b->second.second, e->second.second + 1, label});
  }
  for (auto& s : d.sentences)
    std::sort(s.spans.begin(), s.spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
  return d;
}

}  // namespace aa::corpus::ecb
