#include "ecb_quotes.h"

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "text/unicode.h"

namespace aa::ecb {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

std::string unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos) {
      out += s[i];
      continue;
    }
    std::string_view e = s.substr(i + 1, semi - i - 1);
    if (e == "amp")
      out += '&';
    else if (e == "lt")
      out += '<';
    else if (e == "gt")
      out += '>';
    else if (e == "quot")
      out += '"';
    else if (e == "apos")
      out += '\'';
    else if (!e.empty() && e[0] == '#') {
      bool hex = e.size() > 1 && (e[1] == 'x' || e[1] == 'X');
      append_utf8(out, static_cast<uint32_t>(std::stoul(std::string(e.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10)));
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

std::string attribute(std::string_view tag, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  size_t p = tag.find(key);
  if (p == std::string_view::npos) return "";
  p += key.size();
  size_t q = tag.find('"', p);
  return std::string(tag.substr(p, q - p));
}

std::u32string decode(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out += unicode::next(s, i);
  return out;
}
bool isalnum_py(const std::string& s, bool last) {  // Python's s[-1:].isalnum() / s[:1].isalnum()
  if (s.empty()) return false;
  std::u32string u = decode(s);
  char32_t c = last ? u.back() : u.front();
  return unicode::is_letter(c) || unicode::is_number(c);
}
bool isdigit_py(const std::string& s) {  // Python's str.isdigit()
  if (s.empty()) return false;
  for (char32_t c : decode(s))
    if (!unicode::is_digit(c)) return false;
  return true;
}
std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::vector<Token> read_tokens(const std::string& path) {
  std::string xml = read_file(path);
  std::vector<Token> out;
  for (size_t p = xml.find("<token "); p != std::string::npos; p = xml.find("<token ", p + 1)) {
    size_t gt = xml.find('>', p);
    if (gt == std::string::npos) break;
    std::string_view tag(xml.data() + p, gt - p);
    Token t;
    t.id = std::stoi(attribute(tag, "t_id"));
    t.sentence = std::stoi(attribute(tag, "sentence"));
    if (xml[gt - 1] != '/') {
      size_t end = xml.find("</token>", gt);
      t.text = unescape(std::string_view(xml).substr(gt + 1, end - gt - 1));
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::string detokenize(const std::vector<Token>& tokens, std::vector<Span>& spans) {
  static const std::set<std::string> kNoSpaceBefore = {",",
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
                                                       "\xE2\x80\x9D",
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
                                                       "\xE2\x80\x99s",
                                                       "\xE2\x80\x99re",
                                                       "\xE2\x80\x99ve",
                                                       "\xE2\x80\x99ll",
                                                       "\xE2\x80\x99" "d",
                                                       "\xE2\x80\x99m",
                                                       "n\xE2\x80\x99t"};
  static const std::set<std::string> kNoSpaceAfter = {"(", "[", "{", "$", "``", "\xE2\x80\x9C", "#"};
  static const std::set<std::string> kCliticTails = {"s", "t", "re", "ve", "ll", "d", "m", "S"};
  const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D", apos = "\xE2\x80\x99";
  std::set<int> url_sents, seen;
  for (const Token& t : tokens) {
    if (!seen.insert(t.sentence).second) continue;
    std::string f = lower_ascii(t.text);
    if (f.rfind("http", 0) == 0 || f.rfind("www", 0) == 0) url_sents.insert(t.sentence);
  }
  std::string out;
  spans.clear();
  bool straight_open = false, joined_hyphen = false, prev_open_quote = false, first = true;
  int prev_sent = 0;
  std::string prev_tok;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& tok = tokens[i].text;
    int s = tokens[i].sentence;
    std::string form = tok;
    if (tok == "``")
      form = open;
    else if (tok == "''")
      form = close;
    else if (tok == "-LRB-")
      form = "(";
    else if (tok == "-RRB-")
      form = ")";
    if (tok == "\"") form = straight_open ? close : open;
    std::string sep;
    bool next_same = i + 1 < tokens.size();
    if (first) {
      sep = "";
    } else if (s != prev_sent) {
      sep = "\n\n";
    } else if (url_sents.count(s)) {
      sep = "";
    } else if (kNoSpaceBefore.count(tok) || (tok == "\"" && straight_open)) {
      sep = "";
    } else if (kNoSpaceAfter.count(prev_tok) || (prev_tok == "\"" && prev_open_quote)) {
      sep = "";
    } else if ((tok == apos || tok == "'") && next_same && kCliticTails.count(tokens[i + 1].text)) {
      sep = "";
    } else if ((prev_tok == apos || prev_tok == "'") && kCliticTails.count(tok)) {
      sep = "";
    } else if (tok == ":" && isdigit_py(prev_tok) && next_same && isdigit_py(tokens[i + 1].text)) {
      sep = "";
    } else if (prev_tok == ":" && isdigit_py(tok) && i >= 2 && isdigit_py(tokens[i - 2].text)) {
      sep = "";
    } else if (tok == "-" && isalnum_py(prev_tok, true) && next_same && tokens[i + 1].sentence == s &&
               isalnum_py(tokens[i + 1].text, false)) {
      sep = "";
    } else if (prev_tok == "-" && joined_hyphen) {
      sep = "";
    } else {
      sep = " ";
    }
    joined_hyphen = tok == "-" && sep.empty();
    if (tok == "\"") {
      prev_open_quote = !straight_open;
      straight_open = !straight_open;
    } else {
      prev_open_quote = false;
    }
    out += sep;
    uint32_t begin = static_cast<uint32_t>(out.size());
    out += form;
    spans.push_back({begin, static_cast<uint32_t>(out.size())});
    prev_sent = s;
    prev_tok = tok;
    first = false;
  }
  return out;
}

std::vector<GoldDoc> read_set(const std::string& tsv, const std::string& ecb_root) {
  std::vector<GoldDoc> docs;
  std::map<std::string, size_t> index;
  std::map<std::string, std::map<int, size_t>> ids;  // doc -> t_id -> token index
  std::map<std::string, std::vector<Span>> spans;
  std::istringstream in(read_file(tsv));
  std::string line;
  auto doc_of = [&](const std::string& id) -> GoldDoc& {
    auto it = index.find(id);
    if (it != index.end()) return docs[it->second];
    std::string topic = id.substr(0, id.find('_'));
    std::vector<Token> toks = read_tokens(ecb_root + "/" + topic + "/" + id + ".xml");
    GoldDoc d;
    d.id = id;
    d.text = detokenize(toks, spans[id]);
    for (size_t i = 0; i < toks.size(); ++i) ids[id][toks[i].id] = i;
    index[id] = docs.size();
    docs.push_back(std::move(d));
    return docs.back();
  };
  auto range = [&](const std::string& doc, const std::string& r, bool& has) -> Span {
    has = r != "-";
    if (!has) return {};
    size_t dash = r.find('-');
    int a = std::stoi(r.substr(0, dash)), b = std::stoi(r.substr(dash + 1));
    auto& m = ids.at(doc);
    if (!m.count(a) || !m.count(b)) throw std::runtime_error(doc + ": no token " + r);
    return {spans[doc][m[a]].begin, spans[doc][m[b]].end};
  };
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream ls(line);
    std::string x;
    while (std::getline(ls, x, '\t')) f.push_back(x);
    if (f.size() < 8) throw std::runtime_error(tsv + ": a line with fewer than 8 fields");
    GoldDoc& d = doc_of(f[0]);
    if (f[2] == "-") continue;  // the document was annotated
    GoldQuote q;
    bool has = false;
    q.kind = f[2];
    q.span = range(f[0], f[3], has);
    q.content = range(f[0], f[4], has);
    q.speaker = range(f[0], f[5], q.has_speaker);
    q.cue = range(f[0], f[6], q.has_cue);
    q.speaker_name = f[7];
    d.quotes.push_back(q);
  }
  return docs;
}

}  // namespace aa::ecb
