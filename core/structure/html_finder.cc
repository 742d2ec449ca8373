// HTML: find the article in a web page the way a reader does, and make its text the document's text.
//
// 1. Tokenize (html.h) and build a light tree as we go: one node per element that is not inline, an explicit
//    stack of open elements (no recursion, so 10,000-deep nesting is fine), tolerant closing (implied </p>,
//    </li>, </td>; an end tag closes the nearest open element of its name, or nothing). Text is gathered into
//    blocks (a paragraph, a heading, a list item, a caption ...) with white space collapsed, <br> kept as a line
//    break (two of them end the block), <q> given quotation marks when it has none, and the datetime of <time>.
//    The text of <script>, <style>, <nav>-like furniture, forms, SVG and hidden elements is not article text.
// 2. Read the page's metadata: <title>, <meta> (og:title, article:published_time, author ...) and JSON-LD
//    (NewsArticle: headline, datePublished, author, description, articleBody).
// 3. Choose the article's body: the element marked itemprop=articleBody (or class articleBody), else the best
//    scored element, scored by its paragraphs' text (length, commas) less its link text, with bonuses for
//    <article> and article-like class names and penalties for furniture-like ones (Readability's scheme);
//    siblings that score nearly as well join it (a body split by advertisement slots).
// 4. The header: the headline (<h1>, or an element marked headline) above or at the top of the body and the
//    blocks between it and the body (standfirst, byline, date, lead image caption).
// 5. Each block gets its kind from its element (h2 -> heading, figcaption -> caption, blockquote, class
//    byline/dek/credit ...) or, failing that, from its words (line_rules.h). What the page does not show
//    but its metadata says (headline, date; the author when the page names them somewhere) is added at the top.
//    With no body in the markup, the JSON-LD articleBody is the body.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "data/tables.h"
#include "structure/dates.h"
#include "structure/html_page.h"
#include "structure/line_rules.h"
#include "structure/structure.h"
#include "text/chars.h"
#include "text/unicode.h"

namespace aa {
namespace {

using namespace page;

// ---------------------------------------------------------------------------------------------------------------
// Pass 3: choose the article and write it out.

struct OutBlock {
  std::string text;
  BlockKind kind;
  std::string iso;                // for dates
  size_t date_b = 0, date_e = 0;  // the date inside the text, for dates
  bool dated = false;             // a paragraph that opens with the article's date ("Feb. 23, 2015 -- ...")
  bool modified = false;          // a date in an update's markup (<time class=updated>): read as an update line
  bool live_entry = false;        // a live blog's entry time ("18:40"): shown, never the article's date, not counted
};

// The day of an ISO date ("2017-11-16..."), counted from 1970-01-01 (proleptic Gregorian), or kNoDay.
constexpr int64_t kNoDay = INT64_MIN;
int64_t day_number(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return kNoDay;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (iso[i] < '0' || iso[i] > '9') return kNoDay;
  auto num = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) v = v * 10 + (iso[i] - '0');
    return v;
  };
  int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

// "Updated 4:00 PM, May 8; Published 10:00 AM, May 6, 2017": in an update line, the date after a "published" or
// "posted" label that follows the update's date (which ends at `after`). When that date has no year ("Updated <time
// datetime=2015-03-05>March 5</time>; first published March 3") and the update's ISO date `update_iso` is known, the
// day and month after the label alone, in the update's year, not after the update.
// Labels in brackets after the dates ("Mar 5, 2016 (Updated) · Mar 4, 2016 (Published)"): the date before the
// publication's label, not after the update.
std::optional<DateMatch> published_after_update(std::string_view t, size_t after, std::string_view update_iso = {}) {
  if (after >= t.size()) return std::nullopt;
  // The text in brackets right after position `at` (spaces skipped), lower case; empty if none or over 24 bytes.
  auto bracket_after = [&t](size_t at) {
    while (at < t.size() && t[at] == ' ') ++at;
    size_t close = at < t.size() && t[at] == '(' ? t.find(')', at) : std::string_view::npos;
    if (close == std::string_view::npos || close - at > 25) return std::string();
    std::string inner(t.substr(at + 1, close - at - 1));
    for (char& c : inner)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return inner;
  };
  if (std::string label = bracket_after(after); !label.empty() && rules::is_update_line(label)) {
    auto m = find_date(t.substr(after));
    if (!m) return std::nullopt;
    m->begin += after;
    m->end += after;
    std::string next = bracket_after(m->end);
    bool published =
        next.rfind("published", 0) == 0 || next.rfind("posted", 0) == 0 || next.rfind("first published", 0) == 0;
    if (!published || (update_iso.size() >= 10 && m->iso.compare(0, 10, update_iso, 0, 10) > 0)) return std::nullopt;
    return m;
  }
  if (!rules::is_update_line(t)) return std::nullopt;
  std::string rest(t.substr(after));
  for (char& c : rest)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (std::string_view label : {std::string_view("published"), std::string_view("posted")}) {
    size_t at = rest.find(label);
    if (at == std::string::npos) continue;
    auto m = find_date(t.substr(after + at));
    if (!m) {
      if (update_iso.size() < 10) return std::nullopt;
      size_t from = after + at + label.size();
      std::string_view seg = t.substr(from);
      size_t lead = 0;
      while (lead < seg.size() && (seg[lead] == ' ' || seg[lead] == ':')) ++lead;
      if (seg.substr(lead, 3) == "on ") lead += 3;
      seg = seg.substr(lead);
      if (seg.empty() || seg.size() > 40) return std::nullopt;
      std::string with_year = std::string(seg) + ", " + std::string(update_iso.substr(0, 4));
      auto d = find_date(with_year);
      if (!d || d->begin != 0 || d->end != with_year.size() || d->iso.size() < 10 ||
          d->iso.compare(0, 10, update_iso, 0, 10) > 0)
        return std::nullopt;
      d->begin = from + lead;
      d->end = from + lead + seg.size();
      return d;
    }
    m->begin += after + at;
    m->end += after + at;
    return m;
  }
  return std::nullopt;
}

// "2017-11-16T14:15:00Z" -> "16 November 2017"; empty if `iso` does not start with a full date.
std::string readable_date(const std::string& iso) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return {};
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (iso[i] < '0' || iso[i] > '9') return {};
  int month = (iso[5] - '0') * 10 + (iso[6] - '0'), day = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  return std::to_string(day) + " " + kMonths[month - 1] + " " + iso.substr(0, 4);
}

// Collapses white space and drops controls: for text that comes from attributes and JSON.
std::string clean_text(std::string_view s) {
  std::string out;
  bool space = false;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = unicode::next(s, i);
    if (unicode::is_space(c) || unicode::category(c) == unicode::Category::Cc) {
      space = !out.empty();
      continue;
    }
    if (c == 0xAD || c == 0x200B || c == 0xFEFF) continue;
    if (space) out.push_back(' ');
    space = false;
    unicode::append(out, c);
  }
  return out;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool has_cjk(std::string_view s) {
  for (size_t i = 0; i < s.size();)
    if (unicode::next(s, i) >= 0x3000) return true;
  return false;
}

// CJK sites name themselves without spaces: "Headline_Channel_Site", "Headline｜Site", "Headline ＜Site＞",
// "Headline【Site】". Short trailing parts (at most 12 characters each, three at most) go.
std::string strip_cjk_site_name(std::string title) {
  if (!has_cjk(title)) return title;
  static const std::string_view kCloses[][2] = {{"\xEF\xBC\x9C", "\xEF\xBC\x9E"},   // ＜ ＞
                                                {"\xE3\x80\x90", "\xE3\x80\x91"}};  // 【 】
  for (const auto& pair : kCloses) {
    std::string_view t(title);
    if (t.size() > pair[1].size() && t.substr(t.size() - pair[1].size()) == pair[1]) {
      size_t open = t.rfind(pair[0]);
      if (open != std::string_view::npos && open > 0 && code_points(t.substr(0, open)) >= 2) {
        title.resize(open);
        while (!title.empty() && title.back() == ' ') title.pop_back();
        return title;
      }
    }
  }
  for (int n = 0; n < 3; ++n) {
    size_t best = std::string::npos, len = 0;
    for (std::string_view sep : {std::string_view("_"), std::string_view("\xEF\xBD\x9C"), std::string_view("|")}) {
      size_t p = title.rfind(sep);
      if (p != std::string::npos && (best == std::string::npos || p > best)) best = p, len = sep.size();
    }
    if (best == std::string::npos) break;
    std::string_view tail = std::string_view(title).substr(best + len);
    std::string_view head = std::string_view(title).substr(0, best);
    if (tail.empty() || code_points(tail) > 12 || tail.find(' ') != std::string_view::npos || code_points(head) < 6)
      break;
    title.resize(best);
    while (!title.empty() && title.back() == ' ') title.pop_back();
  }
  return title;
}

// The letters and digits of `s`, lower case (ASCII only): "The Town Courier" -> "thetowncourier".
std::string squeezed(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
  }
  return out;
}

// Every word of `t` starts with a capital or a digit (a site's or a section's name: "Local News", "The Town Courier"),
// separators aside.
bool capitalised(std::string_view t) {
  bool any = false;
  for (size_t i = 0; i < t.size();) {
    while (i < t.size() && t[i] == ' ') ++i;
    size_t e = t.find(' ', i);
    if (e == std::string_view::npos) e = t.size();
    std::string_view w = t.substr(i, e - i);
    i = e;
    if (w.empty()) continue;
    const char c = w[0];
    const bool upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9', lower = c >= 'a' && c <= 'z';
    if (!upper && !digit && !lower && static_cast<unsigned char>(c) < 0x80) continue;  // "&", "-"
    if (!upper && !digit) return false;  // a lower-case word, or a letter outside ASCII
    any = true;
  }
  return any;
}

// "Headline | Site" -> "Headline"; "Site - Headline" -> "Headline" when the part before the separator is (in) the
// site's name (og:site_name "The Town Courier", or the page's address: www.towncourier.example).
std::string strip_site_name(std::string title, std::string_view site_name = {}, std::string_view url = {}) {
  title = strip_cjk_site_name(std::move(title));
  static const char* const kSeps[] = {" | ",  " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                      " :: ", " \xC2\xB7 ", " \xC2\xAB ",     " / "};
  // The site's name last, and before it, up to two more short parts: a section's name or the site's ("Headline |
  // Local News | Site", "Headline | Site - Local news for Millbrook", WordPress's "Headline « Blog").
  bool stripped = false;
  for (int round = 0; round < 3; ++round) {
    bool again = false;
    for (const char* sep : kSeps) {
      size_t p = title.rfind(sep);
      std::string_view tail =
          p == std::string::npos ? std::string_view() : std::string_view(title).substr(p + std::strlen(sep));
      if (p != std::string::npos && p > 0 && rules::word_count(tail) <= (round ? 3 : 4) &&
          rules::word_count(std::string_view(title).substr(0, p)) >= 3 && (round == 0 || capitalised(tail))) {
        title.resize(p);
        again = stripped = true;
        break;
      }
    }
    if (!again) break;
  }
  if (stripped) return title;
  std::string host;
  if (size_t at = url.find("://"); at != std::string_view::npos && url.size() <= 2000) {
    std::string_view h = url.substr(at + 3);
    h = h.substr(0, h.find('/'));
    host = squeezed(h);
  }
  const std::string site = squeezed(site_name);
  // The site's name first, then a colon too: "The Town Courier: Headline" (a colon in a headline is common, so only
  // after the site's own name).
  for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", ": "}) {
    size_t p = title.find(sep);
    if (p == std::string::npos || p == 0) continue;
    std::string_view head = std::string_view(title).substr(0, p);
    std::string_view rest = std::string_view(title).substr(p + std::strlen(sep));
    std::string h = squeezed(head);
    if (rules::word_count(head) > 4 || rules::word_count(rest) < 3 || h.size() < 3) continue;
    if ((!site.empty() && site.find(h) != std::string::npos) || (!host.empty() && host.find(h) != std::string::npos))
      return std::string(rest);
  }
  // A site's name or a section first and a bar, a double colon or guillemets, which headlines seldom hold ("The Town
  // Courier | Headline", "Courier :: Headline", "Courier » Local » Headline"): the last part, when each part before
  // it is short and it is not.
  for (const char* sep : {" | ", " :: ", " \xC2\xBB "}) {
    size_t p = title.rfind(sep);
    if (p == std::string::npos || p == 0) continue;
    std::string_view rest = std::string_view(title).substr(p + std::strlen(sep));
    if (rules::word_count(rest) < 4) continue;
    bool short_parts = true;
    for (size_t b = 0; b <= p && short_parts;) {
      size_t e = title.find(sep, b);
      short_parts = rules::word_count(std::string_view(title).substr(b, e - b)) <= 4;
      b = e + std::strlen(sep);
    }
    if (short_parts) return std::string(rest);
  }
  return title;
}

std::string join_authors(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size() && i < 8; ++i) {
    if (i) out += (i + 1 == names.size() || i == 7) ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// What stands between a headline and a site name: " | ", " - ", " – ", " — ", " · ", " » ", " / ", "_"
// ... at the start of `rest` (or at its end, `before`).
bool site_separator(std::string_view rest, bool before) {
  static const std::string_view kSeps[] = {"|",  "-", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xC2\xBB", "/", "_",
                                           "::", "@", "\xEF\xBD\x9C"};
  while (!rest.empty() && (before ? rest.back() : rest.front()) == ' ')
    before ? rest.remove_suffix(1) : rest.remove_prefix(1);
  for (std::string_view sep : kSeps)
    if (rest.size() > sep.size() &&
        (before ? rest.substr(rest.size() - sep.size()) == sep : rest.substr(0, sep.size()) == sep))
      return true;
  return false;
}

// The words of a normalised title, sorted.
std::vector<std::string_view> title_words(std::string_view t) {
  std::vector<std::string_view> w;
  size_t p = 0;
  while (p < t.size() && w.size() < 64) {
    size_t e = t.find(' ', p);
    if (e == std::string_view::npos) e = t.size();
    if (e > p) w.push_back(t.substr(p, e - p));
    p = e + 1;
  }
  std::sort(w.begin(), w.end());
  return w;
}

// Both normalised (rules::normalize). The same headline: equal; one inside the other, as the whole headline
// beside a site name ("Headline | Site") or most of it; or, reworded, three quarters of the words shared
// ("Vision Pro is the Retina display moment" / "Vision Pro hands-on: the Retina display moment"). A part of the
// headline ("Open Journalism Project:" of "The Open Journalism Project: Better Student Journalism") is not it.
bool similar_titles(const std::string& x, const std::string& y) {
  if (x.empty() || y.empty()) return false;
  if (x == y) return true;
  const std::string& s = x.size() <= y.size() ? x : y;
  const std::string& l = x.size() <= y.size() ? y : x;
  if (s.size() >= 20) {
    size_t at = l.find(s);
    if (at != std::string::npos &&
        ((at == 0 && site_separator(std::string_view(l).substr(s.size()), false)) ||
         (at + s.size() == l.size() && site_separator(std::string_view(l).substr(0, at), true)) ||
         s.size() * 10 >= l.size() * 6))
      return true;
  }
  if (l.size() > 2000) return false;
  auto a = title_words(x), b = title_words(y);
  if (a.size() < 4 || b.size() < 4) return false;
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j])
      ++common, ++i, ++j;
    else if (a[i] < b[j])
      ++i;
    else
      ++j;
  }
  return common * 4 >= std::max(a.size(), b.size()) * 3;
}

// A word of a normalised title without the punctuation and quotation marks at its ends ("strike:" -> "strike",
// "‘we" -> "we").
std::string_view bare_word(std::string_view w) {
  static const std::string_view kQuotes[] = {"\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D"};
  for (bool changed = true; changed && !w.empty();) {
    changed = false;
    auto punct = [](char c) {
      return static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c));
    };
    if (punct(w.front())) w.remove_prefix(1), changed = true;
    if (!w.empty() && punct(w.back())) w.remove_suffix(1), changed = true;
    for (std::string_view q : kQuotes) {
      if (w.size() >= q.size() && w.substr(0, q.size()) == q) w.remove_prefix(q.size()), changed = true;
      if (w.size() >= q.size() && w.substr(w.size() - q.size()) == q) w.remove_suffix(q.size()), changed = true;
    }
  }
  return w;
}

// Both normalised: every word of the short title is a word of the long one, which has more ("ferry strike: 'we
// cannot wait'" of "ferry strike leaves commuters stranded: 'we cannot wait'"): a shorter wording of it.
bool shorter_wording(std::string_view short_title, std::string_view long_title) {
  std::vector<std::string_view> s = title_words(short_title), l = title_words(long_title);
  if (s.size() < 3 || l.size() <= s.size() || l.size() >= 64) return false;
  for (auto& w : l) w = bare_word(w);
  for (std::string_view w : s) {
    w = bare_word(w);
    if (!w.empty() && std::find(l.begin(), l.end(), w) == l.end()) return false;
  }
  return true;
}

class Extractor {
 public:
  Extractor(PageTree& b, Document& doc) : b_(b), doc_(doc) {}

  void run() {
    ld_ = read_json_ld(b_.meta.json_ld, b_.meta.url);
    choose_body();
    choose_header();
    keep_titled_post();
    find_live_entries();
    classify();
    add_metadata();
    write();
  }

 private:
  PageTree& b_;
  Document& doc_;
  std::optional<LdArticle> ld_;
  std::vector<std::pair<uint32_t, uint32_t>> ranges_;  // node ranges of the body (disjoint subtrees)
  std::vector<uint8_t> in_body_;                       // per node: inside one of ranges_
  std::array<uint32_t, 10> count_{};                   // out_ blocks of each kind
  std::vector<uint32_t> body_;                         // blocks of the body
  uint32_t title_block_ = kNone;
  uint32_t author_list_ = kNone;     // the list whose item gave the byline (authors as list items)
  bool author_list_names_ = false;   // its items are names alone (no "By" opened it)
  bool after_byline_label_ = false;  // the last header block was a byline's label alone ("Author", "By:")
  std::vector<uint32_t> header_;     // blocks between the headline and the body
  std::vector<OutBlock> out_;
  bool ignore_negative_ = false;
  bool body_from_ld_ = false;     // the page shows no body: the JSON-LD articleBody is it (and its author the byline)
  uint32_t titled_post_ = kNone;  // the headline's post, when the body was cut to it (keep_titled_post)
  uint32_t top_ = kNone;          // the body's element (kNone: no scored element, every block of the page)
  uint32_t live_entries_ = 0;     // <time> blocks that show a time of day alone: a live blog's entries when 3 or more
  std::string live_first_;        // the earliest of their dates (ISO)
  std::vector<uint32_t> live_dated_;  // the body's lines of a full date at a time of day: entries when 3 or more
  std::unordered_set<uint32_t> body_p_classes_;  // the classes of the body element's <p> (filled when first needed)
  std::vector<uint32_t> block_of_;
  bool prose_made_ = false;            // prose_nodes_ and prose_bytes_ are filled
  std::vector<uint32_t> prose_nodes_;  // the nodes of the page's prose paragraphs, in order
  std::vector<uint64_t> prose_bytes_;  // their bytes, summed up to each               // per node: its first block
                                       // (filled when first needed)

  std::string_view text(const HBlock& k) const { return std::string_view(b_.pool).substr(k.begin, k.end - k.begin); }
  bool dropped(const HBlock& k) const { return k.flags & (kDrop | kHead | kTitle); }
  bool in_ranges(uint32_t node) const { return in_body_[node]; }
  // Inside furniture that lies within the body (furniture around the body does not count).
  bool furniture_inside(uint32_t node) const {
    uint32_t neg = b_.nodes[node].negative;
    return neg != kNone && in_body_[neg];
  }

  float base_score(const Node& n) const {
    float s = 0;
    switch (n.tag) {
      case Tag::Div: s = 5; break;
      case Tag::Article: s = 10; break;
      case Tag::Pre:
      case Tag::Td:
      case Tag::Blockquote: s = 3; break;
      case Tag::Address:
      case Tag::Ol:
      case Tag::Ul:
      case Tag::Dl:
      case Tag::Dd:
      case Tag::Dt:
      case Tag::Li:
      case Tag::Form: s = -3; break;
      case Tag::H1:
      case Tag::H2:
      case Tag::H3:
      case Tag::H4:
      case Tag::H5:
      case Tag::H6:
      case Tag::Th: s = -5; break;
      default: break;
    }
    if (n.positive) s += 25;
    if (n.article_body) s += 50;
    if (n.negative != kNone && n.negative == static_cast<uint32_t>(&n - b_.nodes.data())) s -= 25;
    return s;
  }

  // The body by the scores below; then, if what it keeps is far smaller than the paragraphs of the page's
  // densest element, or empty, the furniture marks of that element's wrappers were wrong ("sidebar-layout",
  // "widget", "related-wrapper" around the article itself): they are cleared and the body chosen again.
  void choose_body() {
    keep_expandable_text();
    keep_prose_wrappers();
    keep_layout_wrappers();
    score_body();
    auto [dense, own] = densest_paragraphs();
    if (dense != kNone && hidden_by_wrappers(dense, own)) {
      auto& nodes = b_.nodes;
      std::vector<uint8_t> cleared(nodes.size(), 0);
      for (uint32_t x = dense; x != kNone && x != 0; x = nodes[x].parent)
        if (nodes[x].negative == x) cleared[x] = 1;
      for (uint32_t i = 1; i < nodes.size(); ++i) {
        Node& n = nodes[i];
        if (n.negative != kNone && cleared[n.negative]) n.negative = nodes[nodes[n.negative].parent].negative;
      }
      ranges_.clear();
      score_body();
    }
    keep_body(dense);
  }

  // A "read more" wrapper or collapsed part that holds 200 bytes of text or more, at most a fifth of it in links,
  // is the rest of the article, hidden until the reader expands it: not furniture. (One pass in document order:
  // what inside it pointed to it as its furniture points to what is around it.)
  void keep_expandable_text() {
    auto& nodes = b_.nodes;
    std::vector<uint8_t> cleared;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      Node& n = nodes[i];
      if (n.more && n.negative == i && n.text >= 200 && n.link * 5 <= n.text) {
        if (cleared.empty()) cleared.assign(nodes.size(), 0);
        cleared[i] = 1;
      }
    }
    if (cleared.empty()) return;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      Node& n = nodes[i];
      while (n.negative != kNone && cleared[n.negative]) n.negative = nodes[nodes[n.negative].parent].negative;
    }
  }

  // A prose paragraph: a <p> of 80 bytes or more, a tenth of it in links at most, no heading or caption.
  bool prose_paragraph(const HBlock& k) const {
    size_t len = k.end - k.begin;
    return b_.nodes[k.node].tag == Tag::P && len >= 80 && k.link * 10 <= len && !k.heading && !(k.flags & kCaption);
  }

  // An element named like furniture by its class or id alone (not an <aside>, <nav>, <footer> or <form>) that holds
  // nothing but prose paragraphs is a wrapper of the article's text whose name lies ("text-block share-quote-enabled",
  // "paragraph-wrapper ad-insertion-point"): two of them or more, or one when two siblings of its element and class
  // hold one each too (a wrapper to a paragraph). A box of the page's own (a newsletter's or a promotion's) has a
  // heading, a form, a link or a short line beside its text. One pass over the blocks and one over the nodes.
  void keep_prose_wrappers() {
    auto& nodes = b_.nodes;
    std::vector<uint8_t> prose, mixed;  // per furniture element: its prose paragraphs (at most 2); anything else
    for (const HBlock& k : b_.blocks) {
      if (k.flags & kDrop) continue;
      uint32_t f = nodes[k.node].negative;
      if (f == kNone) continue;
      if (prose.empty()) prose.assign(nodes.size(), 0), mixed.assign(nodes.size(), 0);
      if (prose_paragraph(k) && nodes[k.node].parent == f)
        prose[f] = std::min<uint8_t>(prose[f] + 1, 2);
      else
        mixed[f] = 1;
    }
    if (prose.empty()) return;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      const Node& n = nodes[i];
      // Furniture inside furniture (a form in the box): the outer one is no wrapper of prose alone.
      if (n.negative == i && n.parent != kNone && nodes[n.parent].negative != kNone)
        mixed[nodes[n.parent].negative] = 1;
    }
    auto wrapper = [&](uint32_t i) {
      const Node& n = nodes[i];
      return n.negative == i && n.tag != Tag::Nav && n.tag != Tag::Aside && n.tag != Tag::Footer &&
             n.tag != Tag::Menu && n.tag != Tag::Form && !mixed[i] && prose[i] >= 1 && !n.comments;
    };
    // Wrappers of one paragraph, counted by their parent, element and class.
    auto key = [&](uint32_t i) {
      return (uint64_t(nodes[i].parent) << 32) ^ (uint64_t(nodes[i].class_hash) * 31 + uint64_t(nodes[i].tag));
    };
    std::unordered_map<uint64_t, uint32_t> alike;
    for (uint32_t i = 1; i < nodes.size(); ++i)
      if (wrapper(i) && prose[i] == 1 && nodes[i].class_hash != 0) ++alike[key(i)];
    std::vector<uint8_t> cleared(nodes.size(), 0);
    bool any = false;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      if (!wrapper(i)) continue;
      if (prose[i] >= 2 || (nodes[i].class_hash != 0 && alike[key(i)] >= 3)) cleared[i] = 1, any = true;
    }
    if (!any) return;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      Node& n = nodes[i];
      while (n.negative != kNone && cleared[n.negative]) n.negative = nodes[nodes[n.negative].parent].negative;
    }
  }

  // A furniture-named element that holds an <h1> and more than half of the page's text is the page's layout, not
  // furniture ("container ad-wide" around the headline, the article and its rail; ASP.NET's <form>
  // around the whole page). Readability comes to the same by trying again without its class hints when what it
  // kept is short. (One pass: ancestors of each <h1> are marked once.)
  void keep_layout_wrappers() {
    auto& nodes = b_.nodes;
    const uint64_t page = nodes.empty() ? 0 : nodes[0].text;
    if (page == 0) return;
    std::vector<uint8_t> holds_h1;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      if (nodes[i].tag != Tag::H1 || nodes[i].negative == kNone) continue;
      if (holds_h1.empty()) holds_h1.assign(nodes.size(), 0);
      for (uint32_t x = i; x != kNone && x != 0 && !holds_h1[x]; x = nodes[x].parent) holds_h1[x] = 1;
    }
    if (holds_h1.empty()) return;
    std::vector<uint8_t> cleared;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      const Node& n = nodes[i];
      if (n.negative == i && holds_h1[i] && uint64_t(n.text) * 2 > page) {
        if (cleared.empty()) cleared.assign(nodes.size(), 0);
        cleared[i] = 1;
      }
    }
    if (cleared.empty()) return;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      Node& n = nodes[i];
      while (n.negative != kNone && cleared[n.negative]) n.negative = nodes[nodes[n.negative].parent].negative;
    }
  }

  // Paragraph text: a block of 25 bytes or more, mostly not links, not a heading.
  bool paragraph_text(const HBlock& k) const {
    size_t len = k.end - k.begin;
    return !dropped(k) && len >= 25 && k.link * 2 <= len && !k.heading;
  }

  // The element with the most paragraph text of its own (its <p>, <pre> and <blockquote> children, or its own
  // text), whatever its class: where an article's paragraphs stand side by side. List items and captions do not
  // count (a picture gallery's captions stand one to an item).
  std::pair<uint32_t, uint64_t> densest_paragraphs() const {
    const auto& nodes = b_.nodes;
    std::vector<uint32_t> own(nodes.size(), 0);
    uint32_t best = kNone;
    for (const HBlock& k : b_.blocks) {
      if (!paragraph_text(k)) continue;
      Tag ct = nodes[k.node].tag;
      if (ct == Tag::Li || ct == Tag::Figcaption || ct == Tag::Td || ct == Tag::Dd || (k.flags & kCaption)) continue;
      uint32_t at = (ct == Tag::P || ct == Tag::Pre || ct == Tag::Blockquote) ? nodes[k.node].parent : k.node;
      if (at == kNone || at == 0) continue;
      own[at] += k.end - k.begin;
      if (best == kNone || own[at] > own[best]) best = at;
    }
    return {best, best == kNone ? 0 : own[best]};
  }

  // The densest element lies inside furniture-named markup that wraps it (not its own: a gallery's captions side
  // by side), and the paragraph text the body keeps is less than a third of its own (500 bytes or more); or the
  // body keeps no paragraph text at all.
  bool hidden_by_wrappers(uint32_t dense, uint64_t own) const {
    uint32_t neg = b_.nodes[dense].negative;
    if (neg == kNone || own < 100) return false;
    uint64_t kept = 0;
    for (const HBlock& k : b_.blocks)
      if (paragraph_text(k) && in_ranges(k.node) && !furniture_inside(k.node) &&
          (top_ != kNone || b_.nodes[k.node].negative == kNone))
        kept += k.end - k.begin;
    if (kept == 0) return true;  // any article is better than none, even in an element named "modal-open"
    return neg != dense && own >= 500 && kept * 3 < own;
  }

  // Readability's rule: when three or more of the next four best elements score at least three quarters of the
  // best, the article is spread over them (one paragraph to a wrapper: "section > div > p" for each) and their
  // nearest ancestor that holds three of them is the body. Linear: the candidates are kept in one pass, and the
  // walk up visits each ancestor once, checking four ranges.
  uint32_t common_ancestor_of_alternatives(uint32_t top, float best, const std::vector<float>& score,
                                           const std::vector<uint8_t>& touched) const {
    if (top == kNone || best <= 0) return top;
    const auto& nodes = b_.nodes;
    std::array<uint32_t, 4> next{kNone, kNone, kNone, kNone};  // the four best after `top`, best first
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      if (!touched[i] || i == top) continue;
      for (size_t s = 0; s < next.size(); ++s) {
        if (next[s] == kNone || score[i] > score[next[s]]) {
          for (size_t m = next.size() - 1; m > s; --m) next[m] = next[m - 1];
          next[s] = i;
          break;
        }
      }
    }
    std::vector<uint32_t> alternatives;
    for (uint32_t a : next)
      if (a != kNone && score[a] >= best * 0.75f) alternatives.push_back(a);
    if (alternatives.size() < 3) return top;
    for (uint32_t x = nodes[top].parent; x != kNone && x != 0 && nodes[x].tag != Tag::Body; x = nodes[x].parent) {
      int inside = 0;
      for (uint32_t a : alternatives) inside += a >= x && a < nodes[x].end;
      if (inside >= 3) return x;
    }
    return top;
  }

  // A caption that won is one slide of a gallery whose captions are the article ("<div class=slides><figure
  // class='slide slide-0'><figcaption><p>...</p></figcaption></figure><figure class='slide slide-1'>..."): the
  // element that holds the slides, when its figure has two or more siblings of its first class word whose captions
  // hold text. Else kNone.
  uint32_t gallery_of(uint32_t top, const std::vector<uint8_t>& touched) const {
    const auto& nodes = b_.nodes;
    if (top == kNone || nodes[top].tag != Tag::Figcaption) return kNone;
    const uint32_t figure = nodes[top].parent;
    if (figure == kNone || nodes[figure].tag != Tag::Figure || nodes[figure].class_word_hash == 0) return kNone;
    const uint32_t holder = nodes[figure].parent;
    if (holder == kNone || holder == 0) return kNone;
    int slides = 0;
    for (uint32_t c = holder + 1; c < nodes[holder].end; c = nodes[c].end)
      if (c != figure && nodes[c].tag == Tag::Figure && nodes[c].class_word_hash == nodes[figure].class_word_hash &&
          nodes[c].negative == kNone)
        for (uint32_t x = c + 1; x < nodes[c].end; x = nodes[x].end)
          if (nodes[x].tag == Tag::Figcaption && touched[x]) {
            ++slides;
            break;
          }
    return slides >= 2 ? holder : kNone;
  }

  // A short <p> after the body's element `top` that is a sentence (Readability's rule: under 80 bytes, no link, a
  // full stop before a space or at its end): the article's closing line after an advertisement's slot ("Tickets go
  // on sale next summer."), not a label ("Share this story") nor a closing byline, credit or date line, which are
  // read as such after the text. (Before the body, such lines are the header's.)
  bool short_sentence(uint32_t c, uint32_t top) {
    const Node& n = b_.nodes[c];
    if (c < b_.nodes[top].end || n.tag != Tag::P || n.text == 0 || n.text >= 80 || n.link != 0) return false;
    // Marked up as the text's paragraphs are (no class, or the class of the body's own <p>), not as a part of the
    // page's template ("<p class=article-ask>What do you think? Scroll down to comment below.</p>").
    if (n.class_hash != 0) {
      if (body_p_classes_.empty())  // once: the classes of the body element's <p> children
        for (uint32_t x = top + 1; x < b_.nodes[top].end; x = b_.nodes[x].end)
          if (b_.nodes[x].tag == Tag::P && b_.nodes[x].class_hash != 0) body_p_classes_.insert(b_.nodes[x].class_hash);
      body_p_classes_.insert(0);  // (filled)
      if (!body_p_classes_.count(n.class_hash)) return false;
    }
    if (block_of_.empty()) {
      block_of_.assign(b_.nodes.size(), kNone);
      for (uint32_t i = 0; i < b_.blocks.size(); ++i)
        if (block_of_[b_.blocks[i].node] == kNone) block_of_[b_.blocks[i].node] = i;
    }
    if (block_of_[c] == kNone) return false;
    const HBlock& k = b_.blocks[block_of_[c]];
    if (dropped(k) || k.heading || k.end - k.begin != n.text) return false;
    std::string_view t = text(k);
    if (t.find(". ") == std::string_view::npos && t.back() != '.') return false;
    std::string_view first = t.substr(0, t.find(". "));  // "Story by Jane Roe. Photo by John Doe."
    while (!first.empty() && first.back() == '.') first.remove_suffix(1);
    return rules::word_count(t) >= 4 && !rules::is_byline(first) && !rules::is_credit(t) &&
           !rules::is_reporting_credit(t) && rules::reporting_names(t).empty() && !rules::is_boilerplate(t) &&
           !rules::date_line(t, date_order());
  }

  // The element's text is prose paragraphs (prose_paragraph): two or more, four fifths of its `text` bytes at least.
  // The paragraphs' nodes and a running sum of their bytes, made once, then two binary searches an element.
  bool prose_within(uint32_t c, uint32_t text) {
    if (!prose_made_) {
      prose_made_ = true;
      for (const HBlock& k : b_.blocks)
        if (!dropped(k) && prose_paragraph(k) && b_.nodes[k.node].negative == kNone &&
            (prose_nodes_.empty() || k.node > prose_nodes_.back())) {
          prose_nodes_.push_back(k.node);
          prose_bytes_.push_back((prose_bytes_.empty() ? 0 : prose_bytes_.back()) + (k.end - k.begin));
        }
    }
    auto lo = std::lower_bound(prose_nodes_.begin(), prose_nodes_.end(), c);
    auto hi = std::lower_bound(lo, prose_nodes_.end(), b_.nodes[c].end);
    if (hi - lo < 2) return false;
    const size_t i = lo - prose_nodes_.begin(), j = hi - prose_nodes_.begin();
    const uint64_t bytes = prose_bytes_[j - 1] - (i ? prose_bytes_[i - 1] : 0);
    return bytes * 5 >= uint64_t(text) * 4;
  }

  void score_body() {
    const auto& nodes = b_.nodes;
    body_p_classes_.clear();  // of the last scoring's body and furniture marks
    prose_made_ = false;
    prose_nodes_.clear();
    prose_bytes_.clear();
    std::vector<float> score(nodes.size(), 0.0f);
    std::vector<uint8_t> touched(nodes.size(), 0);
    auto add = [&](uint32_t id, float s) {
      if (id == kNone || id == 0) return;
      if (!touched[id]) {
        touched[id] = 1;
        score[id] = base_score(nodes[id]);
      }
      score[id] += s;
    };
    for (const HBlock& k : b_.blocks) {
      if (dropped(k) || nodes[k.node].negative != kNone) continue;
      std::string_view t = text(k);
      size_t len = t.size();
      Tag ct = nodes[k.node].tag;
      // A paragraph that is a link ("<p><a>Kettle, 1.7 litres, for $22</a></p>", a list of deals) counts as
      // Readability counts it: its element's link density then weighs the score down.
      if (len < 25 || (k.link * 2 > len && ct != Tag::P) || k.heading) continue;
      float s = 1.0f + static_cast<float>(std::count(t.begin(), t.end(), ',')) +
                std::min(static_cast<float>(len) / 100.0f, 3.0f);
      uint32_t l1 = (ct == Tag::P || ct == Tag::Pre || ct == Tag::Li || ct == Tag::Blockquote || ct == Tag::Td ||
                     ct == Tag::Dd || ct == Tag::Figcaption)
                        ? nodes[k.node].parent
                        : k.node;
      add(l1, s);
      uint32_t l2 = l1 != kNone ? nodes[l1].parent : kNone;
      add(l2, s / 2);
      uint32_t l3 = l2 != kNone ? nodes[l2].parent : kNone;
      add(l3, s / 6);
    }
    uint32_t top = kNone;
    float best = 0;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      if (!touched[i]) continue;
      const Node& n = nodes[i];
      float ld = n.text ? static_cast<float>(n.link) / static_cast<float>(n.text) : 0.0f;
      score[i] *= (1.0f - ld);
      if (top == kNone || score[i] > best) {
        top = i;
        best = score[i];
      }
    }
    top = common_ancestor_of_alternatives(top, best, score, touched);
    if (uint32_t g = gallery_of(top, touched); g != kNone) {
      top = g;
      best = score[g];
    }
    // An element marked as the article body wins when it holds a fair share of the text.
    uint32_t marked = kNone;
    for (uint32_t i = 1; i < nodes.size(); ++i)
      if (nodes[i].article_body && (marked == kNone || nodes[i].text > nodes[marked].text)) marked = i;
    if (marked != kNone && nodes[marked].text >= 100 &&
        (top == kNone || uint64_t(nodes[marked].text) * 10 >= uint64_t(nodes[top].text) * 3 ||
         (marked <= top && top < nodes[marked].end))) {
      // If the scored element lies inside the marked one, the marked one is the whole body.
      top = marked;
      best = touched[marked] ? score[marked] : 0.0f;
    }
    if (top == kNone) {
      // No paragraph anywhere: every block of the page that is not furniture.
      ranges_.push_back({0, static_cast<uint32_t>(nodes.size())});
    } else {
      ranges_.push_back({top, nodes[top].end});
      // Siblings that score nearly as well, or hold paragraph text with few links, join the body.
      uint32_t parent = nodes[top].parent;
      if (parent != kNone && nodes[top].article_body) {
        // A marked body split in parts (NYT: "StoryBodyCompanionColumn" between advertisements, "story-body-1",
        // "story-body-2"): its siblings marked the same way, or of its element and class, that hold text with
        // few links are its other parts.
        for (uint32_t c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
          const Node& n = nodes[c];
          if (c == top || n.negative != kNone || n.text < 25 || n.link * 3 > n.text) continue;
          if (n.article_body || (n.tag == nodes[top].tag && n.class_hash == nodes[top].class_hash))
            ranges_.push_back({c, n.end});
        }
      }
      if (parent != kNone && !nodes[top].article_body) {
        float threshold = std::max(10.0f, best * 0.2f);
        for (uint32_t c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
          if (c == top || nodes[c].negative != kNone) continue;
          const Node& n = nodes[c];
          float ld = n.text ? static_cast<float>(n.link) / static_cast<float>(n.text) : 1.0f;
          // Text with few links joins when it is a paragraph-like element (Readability's rule): a sibling
          // <div> of modules ("Mortgage & Savings", job search) must score.
          bool para_like = n.tag == Tag::P || n.tag == Tag::Pre || n.tag == Tag::Blockquote || n.tag == Tag::Ul ||
                           n.tag == Tag::Ol || n.tag == Tag::Table || n.tag == Tag::Figure;
          // A sibling of the body's element and class is another of its parts, scored or not: a numbered list's
          // items whose text is a heading and a picture ("<div class='list-item list-item--video'><h2>4. The tide
          // came in ...</h2>"), their first class word the same.
          bool same_kind = n.tag == nodes[top].tag && n.class_hash == nodes[top].class_hash;
          bool same_first_class =
              n.tag == nodes[top].tag && n.class_word_hash != 0 && n.class_word_hash == nodes[top].class_word_hash;
          bool join = (touched[c] && score[c] >= threshold) || (para_like && n.text > 80 && ld < 0.25f) ||
                      (touched[c] && same_kind) || (same_first_class && n.text > 80 && n.link * 3 <= n.text) ||
                      short_sentence(c, top);
          if (join) ranges_.push_back({c, n.end});
        }
        // A subhead among the parts that joined ("<div class=text>...</div><h3>Who pays</h3><p>...</p>") is the
        // article's: a heading sibling between the first part and the last.
        uint32_t first = top, last = top;
        for (const auto& r : ranges_) first = std::min(first, r.first), last = std::max(last, r.first);
        if (first != last) {
          const size_t joined = ranges_.size();
          for (uint32_t c = nodes[first].end; c < last; c = nodes[c].end) {
            const Node& n = nodes[c];
            const bool subhead =
                n.tag == Tag::H2 || n.tag == Tag::H3 || n.tag == Tag::H4 || n.tag == Tag::H5 || n.tag == Tag::H6;
            if (subhead && n.negative == kNone && n.text > 0 && n.text <= 200 && n.link * 2 <= n.text)
              ranges_.push_back({c, n.end});
          }
          if (ranges_.size() > joined)
            std::sort(ranges_.begin() + 1, ranges_.end());  // (the body's element stays first)
        }
      }
      if (nodes[top].tag == Tag::Td) table_column_below(top);
      // A body element that is all its wrappers hold (Medium: section > div > div > p ...) and has no sibling of
      // its own: the wrapper's siblings of the same element and class are the article's next sections.
      if (ranges_.size() == 1 && !nodes[top].article_body) {
        // (Its text less furniture's: a share bar beside the body in its wrapper does not count.)
        std::vector<uint32_t> clean(nodes.size(), 0);
        for (const HBlock& k : b_.blocks)
          if (!dropped(k) && nodes[k.node].negative == kNone) clean[k.node] += k.end - k.begin;
        for (uint32_t i = static_cast<uint32_t>(nodes.size()); i-- > 1;)
          if (nodes[i].parent != kNone) clean[nodes[i].parent] += clean[i];
        uint32_t a = top;
        while (nodes[a].parent != kNone && nodes[a].parent != 0 && clean[nodes[a].parent] == clean[a])
          a = nodes[a].parent;
        uint32_t up = nodes[a].parent;
        if (a != top && up != kNone && nodes[a].class_hash != 0) {
          size_t before = ranges_.size();
          for (uint32_t c = up + 1; c < nodes[up].end; c = nodes[c].end) {
            const Node& n = nodes[c];
            if (c == a || n.negative != kNone || n.tag != nodes[a].tag || n.class_hash != nodes[a].class_hash ||
                n.text == 0 || n.link * 2 > n.text)
              continue;
            ranges_.push_back({c, n.end});
          }
          if (ranges_.size() > before) ranges_[0] = {a, nodes[a].end};
        }
        // Else Readability's rule: the wrapper takes the body's place among its own siblings, of which those that
        // score nearly as well as the body join it: the article's next part in a sibling of the wrapper, past a box
        // of related links ("div.wrap-a > div.text" ... "div.wrap-b > div.text"). A lone paragraph there is the
        // page's own (a disclaimer above its footer), not the article's. So is a sibling whose text is prose
        // paragraphs (two or more, four fifths of its text, a tenth in links at most) however deep they lie or
        // few they are: the article's last two paragraphs in a wrapper of their own score less than a tenth of it.
        if (a != top && up != kNone && ranges_.size() == 1) {
          const float threshold = std::max(10.0f, best * 0.2f);
          for (uint32_t c = up + 1; c < nodes[up].end; c = nodes[c].end) {
            const Node& n = nodes[c];
            if (c == a || n.negative != kNone || n.text == 0 || n.tag == Tag::P) continue;
            if ((touched[c] && score[c] >= threshold && n.link * 4 < n.text) ||
                (!n.comments && n.link * 10 <= n.text && prose_within(c, n.text)))
              ranges_.push_back({c, n.end});
          }
          if (ranges_.size() > 1) ranges_[0] = {a, nodes[a].end};
        }
      }
    }
    in_body_.assign(nodes.size(), 0);
    for (const auto& r : ranges_) std::fill(in_body_.begin() + r.first, in_body_.begin() + r.second, 1);
    top_ = top;
  }

  // An old table layout: the article's cell goes on in the same column of the rows below (a story split over two
  // rows, around a picture's or an advertisement's row). Cells there that hold text with few links join the body.
  void table_column_below(uint32_t cell) {
    const auto& nodes = b_.nodes;
    const uint32_t row = nodes[cell].parent;
    if (row == kNone || nodes[row].tag != Tag::Tr) return;
    const uint32_t section = nodes[row].parent;
    if (section == kNone) return;
    auto cells = [&](uint32_t r, auto&& f) {
      int col = 0;
      for (uint32_t c = r + 1; c < nodes[r].end; c = nodes[c].end)
        if (nodes[c].tag == Tag::Td || nodes[c].tag == Tag::Th)
          if (f(c, col++)) return;
    };
    int column = -1;
    cells(row, [&](uint32_t c, int col) {
      if (c == cell) column = col;
      return c == cell;
    });
    if (column < 0) return;
    for (uint32_t r = nodes[row].end; r < nodes[section].end; r = nodes[r].end) {
      if (nodes[r].tag != Tag::Tr) continue;
      cells(r, [&](uint32_t c, int col) {
        if (col != column) return false;
        const Node& n = nodes[c];
        if (n.negative == kNone && n.text >= 80 && n.link * 4 <= n.text) ranges_.push_back({c, n.end});
        return true;
      });
    }
  }

  // The blocks of the body's ranges, less the furniture inside them.
  // The outermost furniture-named element inside the body around `node` (a gallery, not its slide); kNone when
  // it lies more than eight furniture elements deep.
  uint32_t outer_furniture(uint32_t node) const {
    uint32_t neg = b_.nodes[node].negative;
    for (int n = 0; n < 8; ++n) {
      uint32_t up = b_.nodes[neg].parent;
      if (up == kNone || b_.nodes[up].negative == kNone || !in_body_[b_.nodes[up].negative]) return neg;
      neg = b_.nodes[up].negative;
    }
    return kNone;
  }

  // An embedded post quoted in the body's text ("<div class='widget widget_social'><blockquote class=social-post>
  // <p>...</p></blockquote>"): a block quotation of 25 bytes or more, mostly not links, however its wrapper is
  // named; the article quotes it.
  bool embedded_post(const HBlock& k) const {
    size_t len = k.end - k.begin;
    return (k.flags & kQuote) && b_.nodes[k.node].tag == Tag::P && len >= 25 && k.link * 2 <= len;
  }

  void keep_body(uint32_t dense) {
    uint32_t top = top_;
    // Furniture inside the body is left out, unless that would leave out most of it, what is left is short, and
    // the page's densest paragraphs are in it (then the hints lie; 1,500 bytes of text outside it are an article
    // beside a gallery, and so are the densest paragraphs: a gallery's captions stand one to an item).
    uint64_t total = 0, furn = 0;
    std::unordered_map<uint32_t, uint32_t> blocks_in;  // furniture inside the body -> its blocks
    // Readers' comments inside the body are never its text (trafilatura removes them before it looks), unless
    // the body itself is inside them.
    const bool top_in_comments = top != kNone && b_.nodes[top].comments;
    auto comment = [&](const HBlock& k) { return !top_in_comments && b_.nodes[k.node].comments; };
    for (const HBlock& k : b_.blocks) {
      if (dropped(k) || !in_ranges(k.node) || comment(k)) continue;
      total += k.end - k.begin;
      if (furniture_inside(k.node)) {
        furn += k.end - k.begin;
        ++blocks_in[outer_furniture(k.node)];
      }
    }
    // A picture's caption alone in a furniture-named wrapper ("dnd-widget-wrapper") is the article's figure.
    auto lone_caption = [&](const HBlock& k) {
      return (k.flags & kCaption) && k.end - k.begin <= 400 && blocks_in[outer_furniture(k.node)] == 1;
    };
    ignore_negative_ =
        total > 0 && furn * 10 > total * 6 && total - furn < 1500 && (dense == kNone || furniture_inside(dense));
    bool long_text = false;  // a block of running text seen
    for (uint32_t i = 0; i < b_.blocks.size(); ++i) {
      const HBlock& k = b_.blocks[i];
      if (dropped(k) || !in_ranges(k.node) || comment(k)) continue;
      // A date line above the article's text is its date, even in furniture-like markup (<footer>).
      if (!ignore_negative_ && furniture_inside(k.node) && (long_text || !date_like(k)) && !lone_caption(k) &&
          !embedded_post(k))
        continue;
      if (k.end - k.begin >= 100 && !(k.flags & kCaption) && !k.heading) long_text = true;
      if (top == kNone && b_.nodes[k.node].negative != kNone) continue;
      body_.push_back(i);
    }
  }

  // How the page's language orders day and month in numeric dates: month first in American English, day first
  // in the other languages that name a region or are not English; unknown for plain "en".
  DateOrder date_order() const { return date_order_of_language(b_.meta.lang); }

  // A date line (rules::date_line) and a line of metadata in parts (rules::split_meta_line), their numeric dates read
  // in the page's order ("Posted on 04/03/2016" is 4 March on an en-GB page, 3 April on an en-US one).
  std::optional<DateMatch> line_date(std::string_view t) const { return rules::date_line(t, date_order()); }
  std::vector<rules::MetaPart> meta_parts(std::string_view t) const { return rules::split_meta_line(t, date_order()); }

  // A short block that shows a date: a <time>, a date-marked element or a date line.
  bool date_like(const HBlock& k) const {
    return k.end - k.begin <= 120 && (k.has_time || (k.flags & kDate) || line_date(text(k)));
  }

  // A heading that is the site's name alone, as a logo's <h1> is ("The Town Courier"): og:site_name, or the part of the
  // <title> after its last separator when the part before it has more words ("Headline | The Town Courier"). Not the
  // article's headline.
  bool site_name_alone(std::string_view t) const {
    if (t.size() > 80) return false;
    const std::string name = squeezed(t);
    if (name.size() < 3) return false;
    if (name == squeezed(b_.meta.site_name)) return true;
    const std::string_view page(b_.meta.page_title);
    for (std::string_view sep : {std::string_view(" | "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
                                 std::string_view(" \xE2\x80\x94 ")}) {
      size_t p = page.rfind(sep);
      if (p != std::string_view::npos && p > 0 && squeezed(page.substr(p + sep.size())) == name &&
          rules::word_count(page.substr(0, p)) > rules::word_count(page.substr(p + sep.size())))
        return true;
    }
    return false;
  }

  // An element marked as the headline, and not also as the byline (a header's "headline-byline" box).
  static bool headline_marked(const HBlock& k) { return (k.flags & (kHeadline | kByline)) == kHeadline; }

  bool usable(uint32_t i) const {
    const HBlock& k = b_.blocks[i];
    return !dropped(k) && b_.nodes[k.node].negative == kNone;
  }

  std::string reference_title() const {
    if (ld_ && !ld_->headline.empty()) return ld_->headline;
    if (!b_.meta.og_title.empty()) return without_site_name(b_.meta.og_title);
    if (!b_.meta.title.empty()) return b_.meta.title;
    return strip_site_name(clean_text(b_.meta.page_title), b_.meta.site_name, b_.meta.url);
  }

  // og:title less the site's own name after a separator ("Headline | The Town Courier", og:site_name "The Town
  // Courier", or a <title> of four words at most that is that name alone); other words after a separator stay.
  std::string without_site_name(const std::string& t) const {
    const std::string site = squeezed(b_.meta.site_name);
    const std::string page = rules::word_count(b_.meta.page_title) <= 4 ? squeezed(b_.meta.page_title) : std::string();
    for (std::string_view sep : {std::string_view(" | "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
                                 std::string_view(" \xE2\x80\x94 ")}) {
      size_t p = t.rfind(sep);
      if (p == std::string::npos || p == 0) continue;
      const std::string tail = squeezed(std::string_view(t).substr(p + sep.size()));
      if (tail.size() >= 3 && (tail == site || tail == page)) return t.substr(0, p);
    }
    return t;
  }

  void choose_header() {
    uint32_t first = body_.empty() ? static_cast<uint32_t>(b_.blocks.size()) : body_.front();
    std::string ref = rules::normalize(reference_title());
    // The headline: a heading of the body's first blocks, or the <h1> (or marked headline) closest above the
    // body, preferring one that matches the page's metadata title.
    uint32_t found = kNone;
    // A heading of the body's first blocks that the metadata's headline names (a blog's post title under the
    // blog's own <h1>), else the first <h1> or marked headline there.
    for (size_t n = 0; n < body_.size() && n < 4 && !ref.empty(); ++n) {
      const HBlock& k = b_.blocks[body_[n]];
      if (k.heading && k.end - k.begin < 1000 && similar_titles(rules::normalize(text(k)), ref)) {
        found = body_[n];
        break;
      }
    }
    for (size_t n = 0; n < body_.size() && n < 4 && found == kNone; ++n) {
      const HBlock& k = b_.blocks[body_[n]];
      if (k.heading == 1 || headline_marked(k)) {
        found = body_[n];
        break;
      }
      // A headline stands above the text: a heading after a paragraph of it is a box's ("Popular Video").
      if (!k.heading && k.end - k.begin >= 80 && text(k).size() >= 80) break;
    }
    if (found == kNone) {
      uint32_t h1 = kNone, matching = kNone, plain = kNone;
      for (uint32_t i = 0; i < first; ++i) {
        const HBlock& k = b_.blocks[i];
        // A block that is no heading and shows the page's headline word for word ("<div class=hed>Headline</div>",
        // the <title> "Site | Headline"): the headline, when no heading is.
        if (usable(i) && !k.heading && k.end - k.begin < 300 && !ref.empty() && rules::word_count(ref) >= 3 &&
            rules::normalize(text(k)) == ref)
          plain = i;
        if (!usable(i)) {
          // A headline inside furniture-named markup ("share-buttons-container") still names the article.
          if (!dropped(k) && k.heading == 1 && k.end - k.begin < 1000 && similar_titles(rules::normalize(text(k)), ref))
            matching = i;
          continue;
        }
        if ((k.heading == 1 || headline_marked(k)) &&
            !(site_name_alone(text(k)) && !similar_titles(rules::normalize(text(k)), ref))) {
          h1 = i;
          if (similar_titles(rules::normalize(text(k)), ref)) matching = i;
        } else if (k.heading && k.end - k.begin < 1000 && similar_titles(rules::normalize(text(k)), ref)) {
          matching = i;
        }
      }
      found = matching != kNone ? matching : h1 != kNone ? h1 : plain;
    }
    uint32_t short_copy = kNone;  // the shorter wording, no part of the header
    // A marked headline right after the <h1> that is a shorter wording of it ("<h1>Full headline ...</h1><div
    // class='headline-short'>Short headline</div>", what a small screen shows; the metadata often has it) yields
    // to the <h1>.
    if (found != kNone && found > 0 && !b_.blocks[found].heading && b_.blocks[found - 1].heading == 1 &&
        usable(found - 1) && b_.blocks[found].end - b_.blocks[found].begin < 300 &&
        b_.blocks[found - 1].end - b_.blocks[found - 1].begin < 600 &&
        shorter_wording(rules::normalize(text(b_.blocks[found])), rules::normalize(text(b_.blocks[found - 1])))) {
      short_copy = found;
      found = found - 1;
    }
    if (found != kNone && (body_.empty() || found < first)) found = cover_splash(found, first);
    title_block_ = found;
    if (found == kNone || (!body_.empty() && found >= first)) return;
    // The blocks between the headline and the body: standfirst, byline, date, lead image.
    // Furniture-named markup that holds the headline is the article's header ("banner-headline"): what else it
    // holds is usable too. A picture's caption alone in a furniture-named wrapper ("widget-image") is the lead
    // image's.
    const uint32_t title_furniture = b_.nodes[b_.blocks[found].node].negative;
    std::vector<uint32_t> blocks_in;  // per node: the page's blocks whose nearest furniture it is (made if needed)
    auto lone_caption = [&](const HBlock& k) {
      uint32_t neg = b_.nodes[k.node].negative;
      if (!(k.flags & kCaption) || k.end - k.begin > 400 || neg == kNone || b_.nodes[neg].tag == Tag::Nav) return false;
      if (blocks_in.empty()) {
        blocks_in.assign(b_.nodes.size(), 0);
        for (const HBlock& x : b_.blocks)
          if (!dropped(x) && b_.nodes[x.node].negative != kNone) ++blocks_in[b_.nodes[x.node].negative];
      }
      return blocks_in[neg] == 1;
    };
    for (uint32_t i = found + 1; i < first && header_.size() < 20; ++i) {
      if (i == short_copy) continue;
      const HBlock& k = b_.blocks[i];
      size_t len = k.end - k.begin;
      // A caption, a byline or a meta line in the furniture-named markup that holds the headline (BLOX's
      // "asset-masthead") is the header's.
      bool in_header_markup = title_furniture != kNone && b_.nodes[k.node].negative == title_furniture &&
                              ((k.flags & kCaption) || (!dropped(k) && len <= 300 && header_metadata(k)));
      // A date line between the headline and the body is the article's, even inside furniture-like markup
      // (<footer class="footer-author">); so is a byline or meta line in a <footer> there, which HTML gives a
      // section's author information (Drupal's "<footer class=node__meta>By Jane Roe, 3 March 2015").
      if (!usable(i) && (dropped(k) || !(date_like(k) || in_header_markup || lone_caption(k) || footer_meta(k))))
        continue;
      if (k.link * 2 > len && !header_metadata(k)) continue;  // links: navigation, tags
      if (len > 800) continue;
      header_.push_back(i);
    }
  }

  // A page of short posts, each an <article> of the same class with its own author-marked byline (a magazine's
  // "minutes", a blog's stream): the headline's post is the article, the others are not ("<article
  // class='post post-single'>" then "<article class='post'>" twice or more). The body keeps the headline's post.
  void keep_titled_post() {
    if (title_block_ == kNone || body_.empty()) return;
    const auto& nodes = b_.nodes;
    uint32_t post = b_.blocks[title_block_].node;
    while (post != kNone && nodes[post].tag != Tag::Article) post = nodes[post].parent;
    if (post == kNone || nodes[post].class_word_hash == 0) return;
    // The other posts: <article> elements of the body outside the headline's, of its class, with a byline.
    uint32_t others = 0, last_post = kNone;
    bool inside = false;
    for (uint32_t i : body_) {
      const HBlock& k = b_.blocks[i];
      if (k.node >= post && k.node < nodes[post].end) {
        inside = true;
        continue;
      }
      if (!(k.flags & kByline)) continue;
      uint32_t a = k.node;
      while (a != kNone && nodes[a].tag != Tag::Article) a = nodes[a].parent;
      if (a != kNone && a != last_post && nodes[a].class_word_hash == nodes[post].class_word_hash) {
        ++others;
        last_post = a;
      }
    }
    if (others < 2) return;
    std::vector<uint32_t> kept;
    if (inside) {
      for (uint32_t i : body_)
        if (b_.blocks[i].node >= post && b_.blocks[i].node < nodes[post].end) kept.push_back(i);
    } else {
      // The headline's post stands above the stream, whose blocks were taken for the body: its text from its first
      // paragraph of running text on is the body, the header's lines end there.
      for (uint32_t i = title_block_ + 1; i < b_.blocks.size() && b_.blocks[i].node < nodes[post].end; ++i) {
        const HBlock& k = b_.blocks[i];
        if (kept.empty() && !(paragraph_text(k) && k.end - k.begin >= 100)) continue;
        if (usable(i)) kept.push_back(i);
      }
      if (kept.empty()) return;
      while (!header_.empty() && header_.back() >= kept.front()) header_.pop_back();
    }
    body_ = std::move(kept);
    titled_post_ = post;
  }

  // A block that reads as a byline: "By Jane Roe", or a short author-marked element.
  bool byline_block(const HBlock& k) const {
    std::string_view t = text(k);
    return k.end - k.begin <= 200 && (rules::is_byline(t) || ((k.flags & kByline) && names_alone(t)));
  }

  // A magazine's cover-story layout: a splash with its own <h1> and byline ("By Jane Roe") above the article's
  // header, whose <h1> (the one the metadata names) has no byline before the body. The splash's headline is what
  // the reader sees first and its byline is the article's: the splash's <h1> is the headline. Else `found`.
  uint32_t cover_splash(uint32_t found, uint32_t first) const {
    for (uint32_t i = found + 1; i < first; ++i)
      if (byline_block(b_.blocks[i])) return found;
    // The splash: the last <h1> above the headline, a byline among the three blocks after it, before any heading.
    for (uint32_t s = found; s-- > 0 && found - s <= 30;) {
      const HBlock& h = b_.blocks[s];
      if (h.heading != 1) continue;
      if (!usable(s) || h.end - h.begin > 300) return found;
      for (uint32_t i = s + 1; i < found && i <= s + 3; ++i) {
        const HBlock& k = b_.blocks[i];
        if (k.heading) break;
        if (usable(i) && byline_block(k)) return s;
      }
      return found;
    }
    return found;
  }

  // A byline or a meta line ("By Jane Roe, 3 March 2015") of at most 300 bytes whose furniture is a <footer>.
  bool footer_meta(const HBlock& k) const {
    uint32_t neg = b_.nodes[k.node].negative;
    if (neg == kNone || b_.nodes[neg].tag != Tag::Footer || k.end - k.begin > 300) return false;
    std::string_view t = text(k);
    return rules::is_byline(t) || !meta_parts(t).empty();
  }

  // The words of a block that holds a co-author's author-marked element after the byline's: "and John Doe", ", John
  // Doe and Ann Lee".
  static bool co_author(std::string_view t) {
    if (t.size() > 80) return false;
    if (t.rfind("and ", 0) == 0 || t.rfind("& ", 0) == 0 || t.rfind(", ", 0) == 0)
      t.remove_prefix(t[0] == 'a' ? 4 : 2);
    else
      return false;
    std::string by = "By " + std::string(t);
    auto n = rules::is_byline(by) ? rules::byline_names(by) : std::nullopt;
    return n && n->second == by.size();
  }

  // A byline or date, by its element or its words (their names and dates are often links).
  bool header_metadata(const HBlock& k) const {
    if (k.has_time || (k.flags & (kByline | kDate))) return true;
    std::string_view t = text(k);
    if (t.size() > 300) return false;
    // A co-author's link after the byline's ("<a rel=author>Jane Roe</a> and <a rel=author>John Doe</a>").
    if ((k.inner & kByline) && co_author(t)) return true;
    // A linked name after a byline's label of its own ("<dt>By</dt><dd><a href=...>Jane Roe</a></dd>").
    if (&k > &b_.blocks.front() && byline_label(text(*(&k - 1))) && names_alone(t)) return true;
    if (name_beside_date(static_cast<uint32_t>(&k - &b_.blocks.front())) || date_then_linked_name(k, t)) return true;
    return rules::is_byline(t) || line_date(t) || !meta_parts(t).empty() || name_then_date(k, t);
  }

  void push(std::string_view t, BlockKind kind) { add_out({std::string(t), kind, {}, 0, 0}); }

  // "By JANE ROE and JOHN DOE<time datetime=...>SEPT. 19, 2016</time>" in a byline or dateline element: the date's
  // <time> runs into the last name with no space between them, so neither the names nor the date can be read from
  // the words; the <time> is where the names end. Pushes the byline and the date.
  bool byline_before_time(const HBlock& k, std::string_view t) {
    if (!k.has_time || k.datetime.empty() || k.time_begin == 0 || k.time_end > t.size() ||
        t.find_first_not_of(" \n", k.time_end) != std::string_view::npos || t.size() > 300)
      return false;
    std::string_view by = t.substr(0, k.time_begin);
    while (!by.empty() && (by.back() == ' ' || by.back() == ',' || by.back() == '|')) by.remove_suffix(1);
    std::string iso = normalize_date(k.datetime);
    if (iso.empty() || !(rules::is_byline(by) || ((k.flags & kByline) && rules::byline_names(by)))) return false;
    push(by, BlockKind::Byline);
    std::string_view d = t.substr(k.time_begin, k.time_end - k.time_begin);
    // The date the reader sees wins over a datetime of another day, as in push_date.
    if (auto m = line_date(d); m && iso.compare(0, 10, m->iso, 0, 10) != 0) iso = m->iso;
    // An empty element that the page's scripts fill in: its date shown as a reader would see it.
    std::string shown = d.empty() ? readable_date(iso) : std::string(d);
    if (shown.empty()) shown = std::string(d);
    add_out({shown, BlockKind::Date, iso, 0, shown.size()});
    return true;
  }

  // A live blog's entries: three or more <time> blocks that show a time of day alone ("18:40") over a full date in
  // their markup. Their times are the entries', the latest first, not the article's date.
  void find_live_entries() {
    for (const HBlock& k : b_.blocks) {
      if (dropped(k) || !k.has_time || k.datetime.empty() || k.end - k.begin > 24) continue;
      if (!rules::is_time_of_day_line(text(k))) continue;
      std::string iso = normalize_date(k.datetime);
      if (iso.size() < 10) continue;
      ++live_entries_;
      if (live_first_.empty() || iso < live_first_) live_first_ = iso;
    }
    // Or entries that show their full date ("7 March 2016, 09:40"), in a <time> or not: three or more short lines of
    // the body that are a date at a time of day and nothing else. (The header's date is no entry.)
    // Two such lines, the later one first, are entries too: an update log, the latest on top, whose first line is
    // no publication's date.
    std::string first, top_iso;
    bool descending = true;
    for (uint32_t i : body_) {
      const HBlock& k = b_.blocks[i];
      if (dropped(k) || k.end - k.begin > 40) continue;
      std::string_view t = text(k);
      auto m = line_date(t);
      if (!m || m->begin > 0 || m->end < t.size() || m->iso.size() <= 10) continue;
      if (live_dated_.empty())
        top_iso = m->iso;
      else if (live_dated_.size() == 1)
        descending = m->iso < top_iso;
      live_dated_.push_back(i);
      if (first.empty() || m->iso < first) first = m->iso;
    }
    if (live_dated_.size() < 2 || (live_dated_.size() == 2 && !descending))
      live_dated_.clear();
    else if (live_first_.empty() || first < live_first_)
      live_first_ = first;
  }
  bool live_blog() const { return live_entries_ >= 3 || !live_dated_.empty(); }
  bool live_entry(const HBlock& k, std::string_view t) const {
    return (live_entries_ >= 3 && k.has_time && rules::is_time_of_day_line(t)) ||
           std::binary_search(live_dated_.begin(), live_dated_.end(), index_);
  }

  // A block that may be a date: from its <time datetime>, or its words.
  bool push_date(const HBlock& k, std::string_view t, bool hinted) {
    if (live_entry(k, t)) {
      std::string iso = normalize_date(k.datetime);
      if (iso.empty())
        if (auto m = line_date(t)) iso = m->iso;
      OutBlock o{std::string(t), BlockKind::Date, iso, 0, t.size()};
      o.live_entry = true;
      add_out(std::move(o));
      return true;
    }
    std::string iso;
    size_t db = 0, de = t.size();
    if (k.has_time && !k.datetime.empty()) iso = normalize_date(k.datetime);
    if (auto m = line_date(t)) {
      // The date the reader sees wins over a <time datetime> of another day (a dateModified).
      if (iso.empty() || iso.compare(0, 10, m->iso, 0, 10) != 0) iso = m->iso;
      db = m->begin;
      de = m->end;
    } else if (!iso.empty() && k.has_time && k.time_end > k.time_begin && k.time_end <= t.size()) {
      db = k.time_begin;
      de = k.time_end;
    } else if (iso.empty() && hinted && t.size() <= 200) {
      if (auto m2 = find_date(t)) {
        iso = m2->iso;
        db = m2->begin;
        de = m2->end;
      } else if (auto m3 = find_numeric_date(t, date_order())) {  // "3/09/15 8:00am"
        iso = m3->iso;
        db = m3->begin;
        de = m3->end;
      }
    }
    if (iso.empty()) return false;
    if (auto p = published_after_update(t, de, iso)) iso = p->iso, db = p->begin, de = p->end;
    // The update's date in markup before the publication's in the block: the publication's, the next date.
    if ((k.inner & kUpdateFirst) && de < t.size())
      if (auto p = find_date(t.substr(de))) iso = p->iso, db = de + p->begin, de = de + p->end;
    // Text besides the date that is more than a prefix ("Updated", "Published") stays a paragraph.
    if (!hinted && !(k.has_time && t.size() <= 120) && !line_date(t)) return false;
    OutBlock o{std::string(t), BlockKind::Date, iso, db, de};
    // In an update's markup ("<time class=updated>"), and no publication's markup in the block; or after an update's
    // label in a block of its own ("<div>Updated</div><div>Mar 5, 2015</div>").
    o.modified = (k.flags & kModified) || ((k.inner & kModified) && !((k.flags | k.inner) & kDate)) ||
                 update_label_before(index_) || updated_before_published(index_);
    add_out(std::move(o));
    return true;
  }

  // Block i is marked "updated" alone (hAtom's word, which themes also put on the publication's time) and the next
  // block "published": the update's date first ("<time class=date-updated>Mar 5</time><time
  // class=date-published>Mar 3</time>").
  bool updated_before_published(uint32_t i) const {
    const uint32_t f = b_.blocks[i].flags | b_.blocks[i].inner;
    if (!(f & kUpdatedAlone) || (f & kPublished) || i + 1 >= b_.blocks.size()) return false;
    const HBlock& n = b_.blocks[i + 1];
    return !dropped(n) && ((n.flags | n.inner) & kPublished);
  }

  // The block before block i is an update's label alone: "Updated", "Last updated:", "Modified".
  bool update_label_before(uint32_t i) const {
    if (i == 0) return false;
    const HBlock& p = b_.blocks[i - 1];
    std::string_view t = text(p);
    return !dropped(p) && t.size() <= 24 && rules::is_update_line(t) &&
           std::none_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // The kind of a block from its element and, failing that, its words.
  void classify_block(uint32_t i, bool in_header) {
    index_ = i;
    HBlock k = b_.blocks[i];
    if (!in_header) k.flags &= ~body_marks_;
    std::string_view t = text(k);
    if (i == title_block_) {
      // The date in the headline's element after the headline, on a line of its own or in date markup
      // ("<h1>Headline<br><small>March 3, 2015</small></h1>", "<h1>Headline <span class=date>...</span></h1>"):
      // the headline and the date.
      if (auto m = find_date(t);
          m && m->begin > 0 && in_header && (t[m->begin - 1] == '\n' || k.has_time || (k.inner & kDate))) {
        std::string_view head = t.substr(0, m->begin);
        while (!head.empty() && (head.back() == ' ' || head.back() == '\n')) head.remove_suffix(1);
        std::string_view d = t.substr(m->begin);
        auto dm = line_date(d);
        if (dm && rules::word_count(head) >= 2) {
          push(head, BlockKind::Title);
          add_out({std::string(d), BlockKind::Date, dm->iso, dm->begin, dm->end});
          return;
        }
      }
      push(t, BlockKind::Title);
      return;
    }
    if (in_header && author_list_item(k, t)) return;
    const bool had_byline = has(BlockKind::Byline);
    // A date element that the page's scripts fill in, empty in the page, its date in its markup, after the words of
    // the block ("by <a>Jane Roe</a> | <span class=date data-date='2015-03-03T06:00:00-07:00'></span>"): the words
    // are read without it, and the date is shown as a reader would see it.
    // (Also a byline line above the text in the body's own element, with the headline: "<div class=story><h1>...</h1>
    // <p>By Jane Roe | <time datetime=...></time></p><p>...": no paragraph yet.)
    std::string script_date;
    auto before_time = [&] {
      std::string_view by = t.substr(0, std::min<size_t>(k.time_begin, t.size()));
      while (!by.empty() && (by.back() == ' ' || by.back() == ',' || by.back() == '|' || by.back() == '\n'))
        by.remove_suffix(1);
      return by;
    };
    const bool byline_above_text = !in_header && k.has_time && k.time_begin >= k.time_end && has(BlockKind::Title) &&
                                   !has(BlockKind::Paragraph) && !has(BlockKind::Byline) &&
                                   rules::is_byline(before_time());
    if ((in_header || byline_above_text) && k.has_time && !k.datetime.empty() && k.time_begin >= k.time_end &&
        !has(BlockKind::Date)) {
      k.has_time = false;
      script_date = normalize_date(k.datetime);
    }
    classify_header_block(k, t, in_header || (byline_above_text && !script_date.empty()));
    if (std::string shown = readable_date(script_date); !shown.empty() && !has(BlockKind::Date))
      add_out({shown, BlockKind::Date, script_date, 0, shown.size()});
    // A byline line ("By Jane Roe") from an item of a list: the list of the article's authors, whose next items are
    // co-authors (a list of names with no "By" may be anything: only its first is taken).
    // A list item that is names alone ("<ul class=authors><li><a href=...>Jane Roe</a></li><li><a ...>John Doe</a>")
    // opens the list too, when it is the header's and marked as the authors'; its other items must be names alone.
    const bool by_line = rules::is_byline(t);
    if (!had_byline && has(BlockKind::Byline) && (k.flags & kListItem) && (k.flags & kByline) &&
        (by_line || (in_header && names_alone(t))))
      for (uint32_t x = k.node; x != kNone && x != 0; x = b_.nodes[x].parent)
        if (b_.nodes[x].tag == Tag::Ul || b_.nodes[x].tag == Tag::Ol) {
          author_list_ = x;
          author_list_names_ = !by_line;
          break;
        }
  }

  // A line that is a person's names and nothing else: two words or more, all of them names ("Jane Roe").
  // A byline's label alone: a byline prefix ("By", "Written by", "Author:") or "Author(s)", with or without a colon.
  static bool byline_label(std::string_view t) {
    if (t.size() > 24) return false;
    std::string n = rules::normalize(t);
    while (!n.empty() && (n.back() == ':' || n.back() == ' ')) n.pop_back();
    if (n == "author" || n == "authors") return true;
    // A prefix is a label when a name after it makes a byline.
    return !n.empty() && rules::word_count(n) <= 3 && rules::is_byline(n + " Jane Roe") &&
           rules::byline_names(n + " Jane Roe") == std::make_optional(std::make_pair(n.size() + 1, n.size() + 9));
  }

  // A person's names alone in a block of their own, a link (to the author's page) with no byline markup, with a date
  // line in the block before or in one of the next two (a short control between them: "Follow"), as Medium-like and
  // newsletter pages lay out their author line: "<a href=/@jane>Jane Roe</a> <button>Follow</button> <span>Mar 3,
  // 2015</span>". (Unlinked, such a line beside a date is as often a place: "Porto Alegre".)
  bool name_beside_date(uint32_t i) const {
    const HBlock& k = b_.blocks[i];
    if (k.flags & (kDrop | kHead | kTitle) || k.end - k.begin > 60 || k.heading ||
        k.link * 10 < (k.end - k.begin) * 9 || !names_alone(text(k)) || rules::is_boilerplate(text(k)))
      return false;
    // A date line, or a day and a month alone ("Mar 3", as such pages show a date of the current year; a reading time
    // may follow: "Mar 3 · 4 min read").
    auto dated = [&](uint32_t j) {
      const HBlock& d = b_.blocks[j];
      if ((d.flags & (kDrop | kHead | kTitle)) || d.end - d.begin > 120) return false;
      std::string_view dt = text(d);
      if (line_date(dt)) return true;
      for (std::string_view sep :
           {std::string_view("\xC2\xB7"), std::string_view("|"), std::string_view("\xE2\x80\xA2")})
        dt = dt.substr(0, dt.find(sep));
      while (!dt.empty() && dt.back() == ' ') dt.remove_suffix(1);
      if (dt.size() > 24) return false;
      std::string with_year = std::string(dt) + ", 2000";
      auto m = find_date(with_year);
      return m && m->begin == 0 && m->end == with_year.size();
    };
    if (i > 0 && dated(i - 1)) return true;
    for (uint32_t j = i + 1; j < b_.blocks.size() && j <= i + 2; ++j) {
      if (dated(j)) return true;
      const HBlock& between = b_.blocks[j];
      if (!(between.flags & (kDrop | kHead | kTitle)) && between.end - between.begin > 30) return false;
    }
    return false;
  }

  // "Jane Roe Mar 3, 2015 4 min read", "Jane Roe, March 3, 2015": a person's names, a link (to the author's page),
  // and then a date line, in one line of at most 200 bytes (or two: "<a>Jane Roe</a><br>March 3, 2015"). Where the
  // date starts, or 0. (Unlinked, the words before a date are as often a place: "New Haven, March 3, 2015".)
  static size_t name_then_date(const HBlock& k, std::string_view t) {
    if (t.size() > 200) return 0;
    auto m = find_date(t);
    if (!m || m->begin == 0) return 0;
    std::string_view by = t.substr(0, m->begin);
    while (!by.empty() && (by.back() == ' ' || by.back() == ',' || by.back() == '\n')) by.remove_suffix(1);
    return rules::date_line(t.substr(m->begin)) && names_alone(by) && k.link * 10 >= by.size() * 9 ? m->begin : 0;
  }

  // "Mar 3, 2015 Jane Roe", "Mar 3, 2015 | Jane Roe": a date, then a person's names that are a link. Where the names
  // start, or 0.
  static size_t date_then_linked_name(const HBlock& k, std::string_view t) {
    if (t.size() > 200) return 0;
    auto m = find_date(t);
    if (!m || m->begin != 0 || m->end >= t.size()) return 0;
    size_t at = m->end;
    while (at < t.size() && (t[at] == ' ' || t[at] == '|' || t[at] == ',')) ++at;
    std::string_view by = t.substr(at);
    return names_alone(by) && k.link * 10 >= by.size() * 9 ? at : 0;
  }

  static bool names_alone(std::string_view t) {
    if (t.size() > 80 || rules::word_count(t) < 2) return false;
    std::string line = "By " + std::string(t);
    auto n = rules::byline_names(line);
    return n && n->first == 3 && n->second == line.size();
  }

  // "Jane Roe, The Town Courier": names alone, a comma and the site's own name (og:site_name, or the <title>'s last
  // part after a separator; "The" aside).
  bool names_comma_site(std::string_view t) const {
    size_t comma = t.rfind(", ");
    if (t.size() > 100 || comma == std::string_view::npos || !names_alone(t.substr(0, comma))) return false;
    auto bare = [](std::string_view s) {
      std::string q = squeezed(s);
      if (q.size() > 3 && q.compare(0, 3, "the") == 0) q.erase(0, 3);
      return q;
    };
    const std::string site = bare(t.substr(comma + 2));
    if (site.size() < 4) return false;
    if (site == bare(b_.meta.site_name)) return true;
    std::string_view title = b_.meta.page_title;
    for (std::string_view sep : {std::string_view(" | "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
                                 std::string_view(" \xE2\x80\x94 ")})
      if (size_t p = title.rfind(sep); p != std::string_view::npos && bare(title.substr(p + sep.size())) == site)
        return true;
    return false;
  }

  // An item of the authors' list after the first ("<ul class=authors><li><div rel=author>By Jane Roe</div><div
  // class=author-overlay>...links...</div></li><li><div rel=author>John Doe</div>..."): its name joins the byline,
  // whatever the items hold between the names. True when it did.
  bool author_list_item(const HBlock& k, std::string_view t) {
    // Names as text, not links: the pop-up boxes between them hold links ("Close", "More from Jane"). In a list of
    // names alone, each item is a name, linked or not.
    if (author_list_ == kNone || !(k.flags & kByline) || !(k.flags & kListItem) || t.size() > 80 ||
        (!author_list_names_ && k.link * 2 > k.end - k.begin) || (author_list_names_ && !names_alone(t)))
      return false;
    if (k.node <= author_list_ || k.node >= b_.nodes[author_list_].end) return false;
    auto by = std::find_if(out_.begin(), out_.end(), [](const OutBlock& o) { return o.kind == BlockKind::Byline; });
    if (by == out_.end()) return false;
    std::string line = "By " + std::string(t);
    auto n = rules::byline_names(line);
    if (!n || n->first != 3 || n->second < line.size() - 1) return false;
    by->text += ", " + line.substr(n->first, n->second - n->first);
    return true;
  }

  void classify_header_block(const HBlock& k, std::string_view t, bool in_header) {
    // Lines set apart by <br> that are headline, byline or date lines are blocks of their own
    // ("<b>Headline</b><br><i>By Jane Doe</i><br>April 17, 2009<br><br>Body ...").
    if (t.find('\n') != std::string_view::npos && t.size() <= 2000 && !(k.flags & (kQuote | kPre))) {
      std::vector<std::string_view> lines;
      size_t p = 0;
      while (p <= t.size()) {
        size_t e = t.find('\n', p);
        if (e == std::string_view::npos) e = t.size();
        lines.push_back(t.substr(p, e - p));
        p = e + 1;
      }
      bool meta = false;
      for (size_t n = 0; n + 1 < lines.size() && !meta; ++n)
        meta =
            line_date(lines[n]) || rules::is_byline(lines[n]) || rules::is_credit(lines[n]) || matches_title(lines[n]);
      if (meta) {
        HBlock line = k;
        line.has_time = false;
        for (size_t n = 0; n < lines.size(); ++n) {
          std::string_view l = lines[n];
          if (l.empty()) continue;
          // A linked name on a line of its own beside a date line ("<a href=/a/jane>Jane Roe</a><br>March 3, 2015"):
          // the byline (the block's links are the name's).
          if (in_header && !has(BlockKind::Byline) && k.link * 10 >= l.size() * 9 && k.link <= l.size() + 1 &&
              names_alone(l) &&
              ((n > 0 && line_date(lines[n - 1])) || (n + 1 < lines.size() && line_date(lines[n + 1])))) {
            push(l, BlockKind::Byline);
            continue;
          }
          classify_text(line, l, in_header);
        }
        return;
      }
    }
    classify_text(k, t, in_header);
  }

  // With no headline found yet, a headline-like line near the top that the page's title names.
  bool matches_title(std::string_view t) const {
    if (has(BlockKind::Title) || has(BlockKind::Paragraph) || ref_norm_.empty() || t.size() > 250) return false;
    return rules::is_headline_like(t) && similar_titles(rules::normalize(t), ref_norm_);
  }

  void classify_text(const HBlock& k, std::string_view t, bool in_header) {
    bool have_title = has(BlockKind::Title), have_sub = has(BlockKind::Subtitle), have_by = has(BlockKind::Byline),
         have_date = has(BlockKind::Date);
    // A byline's label in an element of its own, the names in the next ("<dt>Author</dt><dd>Jane Roe</dd>",
    // "<td>By</td><td>Jane Roe</td>"): the names are the byline.
    const bool label_before = after_byline_label_;
    after_byline_label_ = false;
    if (in_header && !have_by && have_title) {
      if (byline_label(t)) {
        after_byline_label_ = true;
        return;
      }
      if (label_before && names_alone(t)) {
        push(t, BlockKind::Byline);
        return;
      }
    }
    if (matches_title(t)) {
      push(t, BlockKind::Title);
      title_norm_ = rules::normalize(t);
      return;
    }
    if (have_title && (k.heading || (k.flags & kHeadline)) && rules::normalize(t) == title_norm_) return;  // repeat
    if (headline_marked(k) && !have_title) {
      push(t, BlockKind::Title);
      title_norm_ = rules::normalize(t);
      return;
    }
    if (k.flags & kCaption) {
      if (rules::is_credit(t) || (k.flags & kCredit)) {
        push(t, BlockKind::Credit);
      } else if (auto c = rules::trailing_credit(t)) {
        std::string_view cap = t.substr(0, *c);
        while (!cap.empty() && cap.back() == ' ') cap.remove_suffix(1);
        push(cap, BlockKind::Caption);
        push(t.substr(*c), BlockKind::Credit);
      } else {
        push(t, BlockKind::Caption);
      }
      return;
    }
    // A credit line of the article's own under the headline, in no figure, that reads as a byline ("<p
    // class=credits>Words by Jane Roe · Photographs by John Doe</p>", as magazines set it): the byline, below.
    const bool credit_byline =
        in_header && !have_by && !(k.flags & kFigure) && rules::is_byline(t) && !rules::is_credit(t);
    if ((k.flags & kCredit) && !credit_byline) {
      push(t, BlockKind::Credit);
      return;
    }
    if (k.flags & kQuote) {
      push(t, rules::is_boilerplate(t) ? BlockKind::Boilerplate : BlockKind::BlockQuote);
      return;
    }
    if (k.heading) {
      bool after_title = !out_.empty() && out_.back().kind == BlockKind::Title;
      // A byline set as a heading ("<h6>By Jane Doe</h6>" under the headline) is the byline.
      // So is a heading marked as the author's ("<h4 class=author>Jane Doe</h4>"), with no "By".
      if ((in_header || after_title) && !have_by &&
          (rules::is_byline(t) || ((k.flags & kByline) && t.size() < 100 && rules::byline_names(t)))) {
        push(t, BlockKind::Byline);
        return;
      }
      if ((in_header || after_title) && !have_sub && k.heading >= 2 && !rules::is_boilerplate(t))
        push(t, BlockKind::Subtitle);
      else if (in_header)
        return;  // a label between the headline and the body ("Key events"): not article text
      else
        push(t, rules::is_boilerplate(t) ? BlockKind::Boilerplate : BlockKind::Heading);
      return;
    }
    // A co-author in an element of its own after the byline's ("<span itemprop=author>Jane Roe</span>, <span
    // itemprop=author>John Doe</span>"): the byline goes on.
    if (have_by && !out_.empty() && out_.back().kind == BlockKind::Byline && t.size() <= 80) {
      // Names stacked in the byline's element, one to a line ("<div class=byline><div>Jane Roe</div><div>John
      // Doe</div>"): the next author.
      if (in_header && (k.flags & kByline) && names_alone(t) && out_.back().text.find(t) == std::string::npos) {
        out_.back().text += ", " + std::string(t);
        return;
      }
      // "<a rel=author>Jane Roe</a> in Oslo and <a rel=author>John Doe</a> in Lagos": the names without their places.
      if (t.rfind("in ", 0) == 0) {
        if (std::string r = rules::byline_with_places(out_.back().text + " " + std::string(t)); !r.empty()) {
          out_.back().text = std::move(r);
          return;
        }
      }
      std::string_view rest = t;
      if (rest.rfind(", ", 0) == 0)
        rest.remove_prefix(2);
      else if (rest.rfind("and ", 0) == 0 || rest.rfind("& ", 0) == 0)
        rest.remove_prefix(rest[0] == '&' ? 2 : 4);
      else
        rest = {};
      if (!rest.empty() && rules::is_byline("By " + std::string(rest))) {
        auto n = rules::byline_names("By " + std::string(rest));
        if (n && n->second == rest.size() + 3) {
          out_.back().text += (t[0] == ',' ? "" : " ") + std::string(t);
          return;
        }
      }
    }
    // "This entry was posted by Jane Roe on Tuesday, March 3rd, 2015 at 10:05 am and is filed under News.", a classic
    // WordPress theme's closing line: no article text; its date is the article's when no other is, its name the byline.
    if (!in_header && t.size() <= 400) {
      std::string_view from = without_this_entry(t);
      if (from.size() != t.size()) {
        const size_t off = t.size() - from.size();
        OutBlock o{std::string(t), BlockKind::Boilerplate, {}, 0, 0};
        if (auto m = find_date(from.substr(0, 160)); m && posted_on(t, off + m->begin)) {
          o.iso = m->iso;
          o.date_b = off + m->begin;
          o.date_e = off + m->end;
          o.dated = true;
        }
        size_t on = from.find(" on ");
        if (!have_by && on != std::string_view::npos && on <= 100 && rules::is_byline(from.substr(0, on)))
          insert_after_header({std::string(from.substr(0, on)), BlockKind::Byline, {}, 0, 0});
        add_out(std::move(o));
        return;
      }
    }
    // A wire service's credit line ("Reporting by Jane Roe in Lisbon; Editing by John Doe"): the article's last
    // paragraph (as the golden wire page reads it), and its reporters the byline when the header named none.
    if (!in_header && t.size() <= 300) {
      if (std::string r = rules::reporting_names(t); !r.empty()) {
        push(t, BlockKind::Paragraph);
        if (!has(BlockKind::Byline)) insert_after_header({r, BlockKind::Byline, {}, 0, 0});
        return;
      }
    }
    // A <time> (or hAtom date) that runs into a byline: "Posted <abbr class=published title=...>March 12th</abbr> by
    // Jane Roe", whose date has no year to read in the text.
    if (!have_by && !have_date && k.has_time && !k.datetime.empty() && k.time_end < t.size() && t.size() <= 300) {
      std::string_view rest = t.substr(k.time_end);
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
      if (rest.size() > 3 && (rest[0] == 'b' || rest[0] == 'B') && rest[1] == 'y' && rest[2] == ' ' &&
          rules::is_byline(rest) && !normalize_date(k.datetime).empty() &&
          push_date(k, t.substr(0, k.time_end), true)) {
        push(rest, BlockKind::Byline);
        return;
      }
    }
    // Metadata in one line: "By Jane Doe | January 8, 2024", "Posted on October 3, 2022 by Dan Whitfield".
    if (t.size() <= 300) {
      auto parts = meta_parts(t);
      if (!parts.empty()) {
        push_parts(k, t, parts);
        return;
      }
    }
    // (Also a byline line that ends in a <time> or a relative time with its date in its markup, in no marked element:
    // "<p>By Jane Roe <span class=time-ago title='March 3, 2015'>2 years ago</span></p>".)
    if (((k.flags & (kByline | kDate)) || (in_header && k.has_time)) && !have_by && !have_date &&
        byline_before_time(k, t))
      return;
    // A name and a date side by side under the headline, in no byline markup and with no separator but a comma
    // ("<span>Jane Roe</span><span>Mar 3, 2015</span><span>4 min read</span>", set apart by the page's styles; "Jane
    // Roe, March 3, 2015"): the byline and the date. A name alone beside a date line: the byline.
    if (in_header && have_title && !have_by && !k.heading && !(k.flags & (kByline | kDate))) {
      if (size_t at = have_date ? 0 : name_then_date(k, t)) {
        std::string_view by = t.substr(0, at);
        while (!by.empty() && (by.back() == ' ' || by.back() == ',' || by.back() == '\n')) by.remove_suffix(1);
        std::string_view d = t.substr(at);
        std::string iso = k.has_time && !k.datetime.empty() ? normalize_date(k.datetime) : std::string();
        auto dm = line_date(d);
        if (iso.empty() || iso.compare(0, 10, dm->iso, 0, 10) != 0) iso = dm->iso;
        push(by, BlockKind::Byline);
        add_out({std::string(d), BlockKind::Date, iso, dm->begin, dm->end});
        return;
      }
      if (name_beside_date(index_)) {
        push(t, BlockKind::Byline);
        return;
      }
      // "Mar 3, 2015 Jane Roe", the name a link (to the author's page): the date and the byline.
      if (size_t at = have_date ? 0 : date_then_linked_name(k, t)) {
        auto m = find_date(t);
        add_out({std::string(t.substr(0, m->end)), BlockKind::Date, m->iso, 0, m->end});
        push(t.substr(at), BlockKind::Byline);
        return;
      }
    }
    if ((k.flags & kDate) || (k.has_time && t.size() <= 120)) {
      if (push_date(k, t, k.flags & kDate)) return;
      // A "dateline" element that holds the byline ("By Jane Doe"), as Readability reads that class.
      if (!have_by && rules::is_byline(t)) {
        push(t, BlockKind::Byline);
        return;
      }
      if (k.flags & kDate && rules::word_count(t) <= 8) {
        push(t, BlockKind::Boilerplate);  // "2 hours ago"
        return;
      }
    }
    if (k.flags & kByline) {
      if (t.size() <= 300) {
        // "By JANE DOE JULY 29, 2016": the byline and the date, side by side in one element.
        if (!have_by && !have_date) {
          auto m = find_date(t);
          if (m && m->begin > 0 && line_date(t.substr(m->begin)) && rules::byline_names(t.substr(0, m->begin))) {
            std::string_view by = t.substr(0, m->begin);
            while (!by.empty() && (by.back() == ' ' || by.back() == ',')) by.remove_suffix(1);
            push(by, BlockKind::Byline);
            std::string_view d = t.substr(m->begin);
            auto dm = line_date(d);
            add_out({std::string(d), BlockKind::Date, dm->iso, dm->begin, dm->end});
            return;
          }
        }
        // A byline element with no name in it ("By" alone, its date, the page's tools: "Print Email"): the name is in
        // the next element.
        if (!have_by && (!rules::byline_names(t) || rules::is_boilerplate(t))) {
          push(t, BlockKind::Boilerplate);
          return;
        }
        // The byline box's other lines in the header: its date line, and page debris ("Email the author | Follow").
        if (have_by && in_header) {
          if (!have_date && line_date(t) && push_date(k, t, false)) return;
          push(t, BlockKind::Boilerplate);
          return;
        }
        // The name that begins an author's bio ("<p><b><a href=/author/...>Jane Roe</a></b> has covered ...") is a
        // paragraph's first words, no byline.
        const bool bio = &k >= b_.blocks.data() && &k < b_.blocks.data() + b_.blocks.size() &&
                         bio_subject(static_cast<uint32_t>(&k - b_.blocks.data()));
        push(t, have_by || bio ? BlockKind::Paragraph : BlockKind::Byline);
        return;
      }
    }
    if (k.flags & kDek && !have_sub && t.size() <= 600) {
      push(t, BlockKind::Subtitle);
      return;
    }
    // A date's label in a block of its own ("<div>Published</div><div>Mar 3, 2015</div>"): page debris, so that the
    // header goes on to the date after it.
    if (in_header && t.size() <= 40 && rules::is_date_label(t)) {
      push(t, BlockKind::Boilerplate);
      return;
    }
    // By its words. After an update line in the header, the publication's line is a date too (the article's: see
    // write()).
    bool after_update = have_date && in_header && date_in_header() &&
                        (rules::is_update_line(date_in_header()->text) || date_in_header()->modified) &&
                        !rules::is_update_line(t) && !update_label_before(index_);
    if ((!have_date || after_update) && line_date(t) && push_date(k, t, false)) return;
    if (rules::is_credit(t)) {
      push(t, BlockKind::Credit);
      return;
    }
    // Code set apart in the article (<pre>) is its text, however much it looks like markup or code.
    if (rules::is_boilerplate(t) && !((k.flags & kPre) && !in_header)) {
      push(t, BlockKind::Boilerplate);
      return;
    }
    if (lone_number(k, t)) {  // a counter ("137" shares, "0" comments) outside a table or list
      push(t, BlockKind::Boilerplate);
      return;
    }
    // A name and a journalist's role, or the site's name, with no "By", between the headline and the body: "Jane Roe |
    // Staff Writer", "Jane Roe, Correspondent" (as plain text reads it), "Jane Roe, The Town Courier".
    if (!have_by && (rules::is_byline(t) || (in_header && (rules::is_named_role_byline(t) ||
                                                           rules::is_role_name_byline(t) || names_comma_site(t))))) {
      push(t, BlockKind::Byline);
      return;
    }
    if (rules::has_caption_prefix(t)) {
      push(t, BlockKind::Caption);
      return;
    }
    size_t len = t.size();
    if ((k.flags & kListItem) && k.link * 2 >= len) {  // a list of links: related stories
      push(t, BlockKind::Boilerplate);
      return;
    }
    if (k.link * 10 >= len * 9 && len <= 200 && !(links_are_text_ && lone_link_paragraph(k))) {  // a lone link
      push(t, BlockKind::Boilerplate);
      return;
    }
    // A bar of links set apart by bars ("Listen | Download | Subscribe"): two thirds links or more (trafilatura's
    // link density test drops such short lines).
    if (k.link * 3 >= len * 2 && len <= 200 && t.find(" | ") != std::string_view::npos) {
      push(t, BlockKind::Boilerplate);
      return;
    }
    // "Jane Roe in Leeds contributed to this report.": a credit, not the body (annotations/pages/README.md).
    if (!in_header && rules::is_reporting_credit(t)) {
      push(t, BlockKind::Credit);
      return;
    }
    if (in_header && !have_sub && len <= 400 && rules::word_count(t) >= 4 && !rules::starts_with_dateline(t)) {
      push(t, BlockKind::Subtitle);
      return;
    }
    push(t, BlockKind::Paragraph);
  }

  static bool lone_number(const HBlock& k, std::string_view t) {
    if (t.size() > 12 || (k.flags & (kTable | kListItem))) return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; });
  }

  void push_parts(const HBlock& k, std::string_view t, const std::vector<rules::MetaPart>& parts) {
    for (const auto& p : parts) {
      std::string_view s = t.substr(p.begin, p.end - p.begin);
      if (p.kind == rules::MetaPart::Date) {
        auto m = line_date(s);
        if (m) {
          // The machine-readable datetime of a <time> in the line is more precise than its words.
          std::string iso = k.has_time && !k.datetime.empty() ? normalize_date(k.datetime) : std::string();
          if (iso.empty() || iso.compare(0, 10, m->iso, 0, 10) != 0) iso = m->iso;
          add_out({std::string(s), BlockKind::Date, iso, m->begin, m->end});
          continue;
        }
      }
      push(s, p.kind == rules::MetaPart::Byline ? (has(BlockKind::Byline) ? BlockKind::Paragraph : BlockKind::Byline)
              : p.kind == rules::MetaPart::Date ? BlockKind::Paragraph
                                                : BlockKind::Boilerplate);
    }
  }

  // "Jane Roe, John Doe, and Ann Lee" -> "Jane Roe, John Doe, Ann Lee": the names apart by ", " alone.
  static std::string name_list(std::string_view names) {
    std::string out(names);
    for (std::string_view sep :
         {std::string_view(", and "), std::string_view(" and "), std::string_view(" & "), std::string_view(" und "),
          std::string_view(" et "), std::string_view(" y "), std::string_view(" e ")})
      for (size_t p = out.find(sep); p != std::string::npos; p = out.find(sep, p + 2)) out.replace(p, sep.size(), ", ");
    return out;
  }

  bool has(BlockKind kind) const { return count_[static_cast<size_t>(kind)] > 0; }
  void add_out(OutBlock b, std::optional<size_t> at = std::nullopt) {
    // An agency alone ("AFP") or a desk ("Our Foreign Staff") is the article's source, not its author: the page
    // names none.
    if (b.kind == BlockKind::Byline && (rules::agency_only(b.text) || rules::desk_only(b.text)))
      b.kind = BlockKind::Credit;
    // "By Jane Roe in Oslo and John Doe in Lagos": the names without their places (a byline is one span of the
    // text), as a wire service's credit line is read (rules::reporting_names).
    // The line stays as it is when its names already read them all ("By Jane Roe, John Doe, Reuters").
    if (b.kind == BlockKind::Byline) {
      if (std::string r = rules::byline_with_places(b.text); !r.empty()) {
        auto n = rules::byline_names(b.text);
        if (!n || name_list(std::string_view(b.text).substr(n->first, n->second - n->first)) != name_list(r))
          b.text = std::move(r);
      }
    }
    // A slashed date with a two-digit year whose day and month both fit either way ("3/4/15") is read month first
    // (dates.h); a page whose language writes the day first means the other reading.
    if (b.kind == BlockKind::Date && b.date_e > b.date_b && b.date_e <= b.text.size() &&
        date_order() == DateOrder::DayFirst && b.iso.size() >= 10) {
      std::string_view shown = std::string_view(b.text).substr(b.date_b, b.date_e - b.date_b);
      auto month_first = find_numeric_date(shown, DateOrder::MonthFirst);
      if (month_first && !find_numeric_date(shown, DateOrder::Unknown) && b.iso.compare(0, 10, month_first->iso) == 0)
        if (auto day_first = find_numeric_date(shown, DateOrder::DayFirst)) b.iso.replace(0, 10, day_first->iso);
    }
    if (!b.live_entry) ++count_[static_cast<size_t>(b.kind)];
    if (at)
      out_.insert(out_.begin() + static_cast<long>(*at), std::move(b));
    else
      out_.push_back(std::move(b));
  }

  std::string title_norm_;
  std::string ref_norm_;  // the metadata's headline, normalised
  uint32_t index_ = 0;    // the block that classify_block reads

  // The marks of a header part (standfirst, date, byline, caption, credit, headline) that every paragraph of the
  // body carries are on the body's own element or a wrapper of it ("pane-aclu-components-description
  // description", "<article class='post status-published'>"): inside the body they name no part of the header.
  uint32_t body_marks_ = 0;
  // The body's lone-link paragraphs are its text: a list of finds or of sources, one link to a paragraph.
  bool links_are_text_ = false;

  // A <p> of 25 to 200 bytes, nine tenths of it a link or more ("<p><a>Walnut bookshelf, 5 shelves, for
  // $89</a></p>").
  bool lone_link_paragraph(const HBlock& k) const {
    size_t len = k.end - k.begin;
    return b_.nodes[k.node].tag == Tag::P && !k.heading && len >= 25 && len <= 200 && k.link * 10 >= len * 9;
  }

  // Ten or more lone-link paragraphs that hold more than half of the body's text: the article is a list of links
  // (a shopping roundup), not a page with a few "Read more" links in it (those stay out).
  bool links_are_the_text() const {
    size_t total = 0, links = 0, count = 0;
    for (uint32_t i : body_) {
      const HBlock& k = b_.blocks[i];
      if (dropped(k)) continue;
      total += k.end - k.begin;
      if (lone_link_paragraph(k)) {
        links += k.end - k.begin;
        ++count;
      }
    }
    return count >= 10 && links * 2 > total;
  }

  void classify() {
    ref_norm_ = rules::normalize(reference_title());
    constexpr uint32_t kHeaderMarks = kDek | kDate | kByline | kCaption | kCredit | kHeadline;
    uint32_t common = kHeaderMarks;
    size_t paragraphs = 0;
    for (uint32_t i : body_) {
      const HBlock& k = b_.blocks[i];
      if (!paragraph_text(k)) continue;  // headings, short lines and lines of links ("« previous | next »")
      common &= k.flags;
      ++paragraphs;
    }
    body_marks_ = paragraphs >= 2 ? common : 0;
    links_are_text_ = links_are_the_text();
    if (title_block_ != kNone) title_norm_ = rules::normalize(text(b_.blocks[title_block_]));
    if (title_block_ != kNone && (body_.empty() || title_block_ < body_.front())) classify_block(title_block_, true);
    for (uint32_t i : header_) classify_block(i, true);
    // With the headline inside the body's element ("<div class=story><h1>...</h1><p>By Jane Roe</p><p>March 3,
    // 2015</p><p>The council ..."), its short lines after the headline, before the first line of text, are the
    // header's, as they are when the header has an element of its own.
    bool header_in_body = title_block_ != kNone && header_.empty() && !body_.empty() && title_block_ >= body_.front();
    int header_lines = 0;
    for (uint32_t i : body_) {
      // Above a headline that lies inside the body: kickers and section links, not article text.
      if (title_block_ != kNone && i < title_block_) {
        const HBlock& k = b_.blocks[i];
        size_t len = k.end - k.begin;
        if (rules::word_count(text(k)) <= 6 || k.link * 2 > len) continue;
      }
      if (header_in_body && i > title_block_) {
        const HBlock& k = b_.blocks[i];
        std::string_view t = text(k);
        if (header_lines < 6 && t.size() <= 120 && !k.heading && !rules::ends_like_sentence(t) && header_metadata(k)) {
          ++header_lines;
          classify_block(i, true);
          continue;
        }
        header_in_body = false;
      }
      classify_block(i, false);
    }
    // With no body in the markup (a page built by script), the JSON-LD articleBody is the body.
    size_t body_chars = 0;
    for (const OutBlock& o : out_)
      if (o.kind == BlockKind::Paragraph || o.kind == BlockKind::BlockQuote) body_chars += o.text.size();
    if (ld_ && body_chars < 200 && ld_->body.size() > body_chars) {
      body_from_ld_ = true;
      std::vector<OutBlock> keep;
      for (OutBlock& o : out_)
        if (o.kind != BlockKind::Paragraph && o.kind != BlockKind::BlockQuote) keep.push_back(std::move(o));
      out_.clear();
      count_.fill(0);
      for (OutBlock& o : keep) add_out(std::move(o));
      if (!has(BlockKind::Subtitle) && !ld_->description.empty()) {
        std::string d = clean_text(ld_->description);
        if (!d.empty() && ld_->body.find(ld_->description.substr(0, 60)) == std::string::npos)
          insert_after_header({d, BlockKind::Subtitle, {}, 0, 0});
      }
      // Paragraphs are separated by line breaks in articleBody.
      std::string_view body(ld_->body);
      size_t p = 0;
      while (p <= body.size()) {
        size_t e = body.find('\n', p);
        if (e == std::string_view::npos) e = body.size();
        std::string para = clean_text(body.substr(p, e - p));
        if (!para.empty()) push(para, rules::is_boilerplate(para) ? BlockKind::Boilerplate : BlockKind::Paragraph);
        p = e + 1;
      }
    }
  }

  // Inserts after the headline and the header blocks that follow it.
  void insert_after_header(OutBlock b) {
    size_t at = 0;
    while (at < out_.size() &&
           (out_[at].kind == BlockKind::Title || out_[at].kind == BlockKind::Subtitle ||
            out_[at].kind == BlockKind::Byline || out_[at].kind == BlockKind::Date ||
            out_[at].kind == BlockKind::Boilerplate) &&
           !out_[at].live_entry)
      ++at;
    add_out(std::move(b), at);
  }

  // A user or blog name ("mcupdate"): Latin letters, digits and '_' only, no capital and no space. Not a person's.
  static bool handle(std::string_view a) {
    for (char c : a)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) return false;
    return true;
  }

  // A metadata author that is a desk or the site's account: an agency or a desk alone ("AFP", "Staff"), or one
  // word before the words of a role ("AOL Staff", "Metro News Desk"), which names no person.
  static bool desk_account(std::string_view a) {
    if (rules::agency_only(a) || rules::desk_only(a)) return true;
    auto n = rules::byline_names(a);
    if (!n) return false;
    std::string_view names = a.substr(n->first, n->second - n->first);
    return rules::word_count(names) == 1 && rules::word_count(a) > 1 && n->first == 0 &&
           a.find(',') == std::string_view::npos;
  }

  // A metadata author that is the site's own name, "The" aside: og:site_name, or the <title>'s last part after a
  // separator ("Headline | The Town Courier"). Publishing systems write the site's account there (meta author, a
  // JSON-LD Person); it names no person, though the page shows it in its logo and footer.
  bool site_account(std::string_view a) const {
    if (a.size() > 80) return false;
    auto bare = [](std::string_view s) {
      std::string q = squeezed(s);
      if (q.size() > 3 && q.compare(0, 3, "the") == 0) q.erase(0, 3);
      return q;
    };
    const std::string name = bare(a);
    if (name.size() < 4) return false;
    // A site whose name could be its owner's ("Runa Falk", a personal blog's) is not told from a person: only a name
    // no person has counts, one that opens with "The", one word ("Lifehacker") or an address ("Courier.example").
    auto no_person = [&](std::string_view site) {
      while (!site.empty() && site.front() == ' ') site.remove_prefix(1);
      return site.substr(0, 4) == "The " || site.substr(0, 4) == "the " || rules::word_count(site) == 1 ||
             site.find('.') != std::string_view::npos;
    };
    if (name == bare(b_.meta.site_name)) return no_person(b_.meta.site_name);
    std::string_view title = b_.meta.page_title;
    for (std::string_view sep : {std::string_view(" | "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
                                 std::string_view(" \xE2\x80\x94 ")})
      if (size_t p = title.rfind(sep);
          p != std::string_view::npos && p > 0 && bare(title.substr(p + sep.size())) == name)
        return no_person(title.substr(p + sep.size()));
    return false;
  }

  // The metadata's author is the byline only when the page shows the name somewhere (an author box, a link), or
  // shows no body of its own: a name found only in the metadata of a page that shows its article is the site's
  // bookkeeping (an editor, an account), not what readers see.
  bool shown_in_page(std::string_view a) const {
    auto same = [](char x, char y) {
      auto low = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
      return low(x) == low(y);
    };
    // Shown after an editor's label ("Edited by Jane Roe", "[Editor: Jane Roe]") only: the page's editor.
    for (const HBlock& k : b_.blocks) {
      std::string_view t = text(k);
      if ((k.flags & kDrop) || t.size() < a.size()) continue;
      for (auto it = t.begin(); (it = std::search(it, t.end(), a.begin(), a.end(), same)) != t.end(); ++it)
        if (!rules::after_editor_label(t.substr(0, static_cast<size_t>(it - t.begin())))) return true;
    }
    return false;
  }

  // Each name of a metadata author shown in the page, wherever ("By Jane Roe" shown as "Jane Roe" in an author box;
  // "Jane Roe, John Doe and Ann Lee" shown name by name): the names of the byline (byline_names: no "By", role or
  // site after a separator), split at ", ", " and " and " & ", at most 100 bytes in all.
  bool names_shown_in_page(std::string_view a) const {
    if (auto n = rules::byline_names(a)) a = a.substr(n->first, n->second - n->first);
    if (a.empty() || a.size() > 100) return false;
    size_t p = 0;
    while (p < a.size()) {
      size_t e = a.size(), len = 0;
      for (std::string_view sep : {std::string_view(", "), std::string_view(" and "), std::string_view(" & ")}) {
        size_t at = a.find(sep, p);
        if (at != std::string_view::npos && at < e) e = at, len = sep.size();
      }
      std::string_view part = a.substr(p, e - p);
      if (!part.empty() && !shown_in_page(part)) return false;
      p = e + len;
      if (len == 0) break;
    }
    return true;
  }

  // The words of `t` (letters and digits), lower case (ASCII), at most 16.
  static std::vector<std::string> lower_words(std::string_view t) {
    std::vector<std::string> out;
    std::string w;
    for (size_t i = 0; i <= t.size() && out.size() < 16; ++i) {
      unsigned char c = i < t.size() ? static_cast<unsigned char>(t[i]) : ' ';
      if (c >= 0x80 || std::isalnum(c)) {
        w.push_back(static_cast<char>(std::tolower(c)));
      } else if (!w.empty()) {
        out.push_back(std::move(w));
        w.clear();
      }
    }
    return out;
  }

  // A byline found in the page that shares no word with the metadata's author, where that author is a person the
  // page shows: a word of the byline's box that names no one ("Updated", a tool bar's "Print Email") unless it reads
  // as a byline ("By Jane Roe", another person than the metadata's, stays). The metadata's author replaces it.
  void replace_nameless_byline() {
    auto by = std::find_if(out_.begin(), out_.end(), [](const OutBlock& o) { return o.kind == BlockKind::Byline; });
    if (by == out_.end() || rules::is_byline(by->text)) return;
    std::string a = clean_text(ld_ && !ld_->authors.empty() ? join_authors(ld_->authors) : b_.meta.author);
    if (a.empty() || a.size() > 300 || handle(a) || desk_account(a) || site_account(a)) return;
    if (std::any_of(a.begin(), a.end(), [](char c) { return c >= '0' && c <= '9'; })) return;  // a user id
    auto n = rules::byline_names(a);
    if (!n) return;
    a = a.substr(n->first, n->second - n->first);
    std::vector<std::string> mine = lower_words(by->text), theirs = lower_words(a);
    for (const std::string& w : mine)
      if (std::find(theirs.begin(), theirs.end(), w) != theirs.end()) return;
    if (!names_shown_in_page(a)) return;
    by->kind = BlockKind::Boilerplate;
    --count_[static_cast<size_t>(BlockKind::Byline)];
    ++count_[static_cast<size_t>(BlockKind::Boilerplate)];
    insert_after_header({a, BlockKind::Byline, {}, 0, 0});
  }

  // What the page's metadata says and its text does not show.
  void add_metadata() {
    if (!has(BlockKind::Title)) {
      std::string t = clean_text(reference_title());
      if (!t.empty()) add_out({t, BlockKind::Title, {}, 0, 0}, 0);
    }
    replace_nameless_byline();
    if (!has(BlockKind::Byline)) {
      std::string a = ld_ && !ld_->authors.empty() ? join_authors(ld_->authors) : b_.meta.author;
      a = clean_text(a);
      // Looked for only when short (at most 100 bytes: the search costs the names' length per byte of text).
      if (!a.empty() && a.size() <= 300 && !handle(a) && !desk_account(a) && !site_account(a) &&
          (body_from_ld_ || names_shown_in_page(a)))
        insert_after_header({a, BlockKind::Byline, {}, 0, 0});
    }
    if (!has(BlockKind::Byline)) byline_after_body();
    if (!has(BlockKind::Byline)) byline_above_title();
    if (!has(BlockKind::Byline)) byline_between_body_parts();
    if (!has(BlockKind::Byline)) byline_in_marked_furniture();
    if (!has(BlockKind::Byline)) byline_signature();
    if (!has(BlockKind::Byline)) byline_from_author_address();
    if (ld_ && ld_->live && !ld_->published.empty()) {
      // A live blog's times are those of its entries; its own is in the metadata. It goes first.
      std::string raw = clean_text(ld_->published);
      std::string iso = raw.size() <= 100 ? normalize_date(raw) : std::string();
      if (!iso.empty()) {
        size_t at = 0;
        while (at < out_.size() && (out_[at].kind == BlockKind::Title || out_[at].kind == BlockKind::Subtitle ||
                                    out_[at].kind == BlockKind::Byline))
          ++at;
        add_out({raw, BlockKind::Date, iso, 0, raw.size()}, at);
      }
    } else {
      // The article's own date (JSON-LD), else the page's metadata, else a date the JSON-LD gives its page.
      std::string raw = ld_ && !ld_->published.empty() ? ld_->published : b_.meta.published;
      if (raw.empty() && ld_) raw = ld_->page_published;
      raw = clean_text(raw);
      std::string iso = raw.size() <= 100 ? normalize_date(raw) : std::string();
      // A numeric date whose day and month both fit either way ("3/4/2015"), read in the page's language's order.
      if (iso.empty() && raw.size() <= 40)
        if (auto m = find_numeric_date(raw, date_order()); m && m->begin == 0) iso = m->iso;
      OutBlock* shown = date_in_header();
      // The header shows when the article was updated; the metadata says when it was published.
      if (shown && !iso.empty() && (rules::is_update_line(shown->text) || shown->modified))
        shown->kind = BlockKind::Boilerplate, shown = nullptr;
      if (shown && iso.size() >= 10) agree_with_metadata(*shown, std::string_view(iso).substr(0, 10));
      // The metadata's day shown in a header line that is more than a date ("2017-03-10 09:58 Source: ...").
      if (!shown && iso.size() >= 10 && date_from_header_text(std::string_view(iso).substr(0, 10))) return;
      // A date the page shows above the headline or after the text, in date markup: what the reader sees wins over
      // the metadata (a timestamp in UTC that has passed midnight, a date of the page's last rebuild).
      // Only a date within a day of the metadata's: another one there is an issue's, an update's or a comment's.
      if (!shown && iso.size() >= 10) {
        date_above_title();
        if (!has(BlockKind::Date)) date_in_marked_furniture();
        if (!has(BlockKind::Date)) date_after_body();
        for (size_t i = 0; i < out_.size(); ++i) {
          if (out_[i].kind != BlockKind::Date || out_[i].live_entry) continue;
          // A time in the text that shows no day (a live blog's entry: "<time datetime=...>14:00</time>") is no
          // date the reader sees: the metadata's is.
          if (!shows_day(out_[i].text)) continue;
          int64_t a = day_number(out_[i].iso), b = day_number(iso);
          if (a != kNoDay && b != kNoDay && a - b <= 1 && b - a <= 1) return;
          out_.erase(out_.begin() + static_cast<long>(i));
          --count_[static_cast<size_t>(BlockKind::Date)];
          break;
        }
      }
      if (!shown && !iso.empty()) {
        // Shown as a reader would see it ("16 November 2017"), not as the markup's timestamp.
        std::string text = readable_date(iso);
        if (text.empty()) text = raw;
        insert_after_header({text, BlockKind::Date, iso, 0, text.size()});
      } else if (!shown) {
        date_from_header_text();
        if (!has(BlockKind::Date)) date_above_title();
        if (!has(BlockKind::Date)) date_in_marked_furniture();
        if (!has(BlockKind::Date)) date_badges();
        if (!has(BlockKind::Date)) date_after_body();
        if (!has(BlockKind::Date)) date_opening_text();
        const bool dated = std::any_of(out_.begin(), out_.end(), [](const OutBlock& o) { return o.dated; });
        if (!has(BlockKind::Date) && !dated) date_closing_line();
        if (!has(BlockKind::Date) && !dated) date_from_title_or_url();
        // Else a live blog's first entry: the earliest of their dates (the latest entry is no publication's date).
        if (!has(BlockKind::Date) && !dated && live_blog()) {
          std::string text = readable_date(live_first_);
          if (!text.empty()) insert_after_header({text, BlockKind::Date, live_first_, 0, text.size()});
        }
      }
    }
  }

  // The blocks after the body's text inside the article's element (its nearest article-like ancestor, else the
  // body element's parent): where a blog puts "Posted by Jane Doe." and the date, often in an <aside> or
  // <footer>. Calls `f` on each (at most 40) until it returns true. Linear.
  template <class F>
  void after_body(F f) const {
    if (body_.empty() || ranges_.empty()) return;
    uint32_t top = ranges_.front().first;
    uint32_t scope = top;
    for (uint32_t x = top; x != kNone && x != 0; x = b_.nodes[x].parent)
      if (b_.nodes[x].article_like) {
        scope = x;
        break;
      }
    // Else the outermost ancestor named like an article's content ("content", "post-body") within three levels above
    // the body's element and below the headline (a wrapper that holds the headline too is the page's region:
    // "main-region" around the story and its sidebar), else that element's parent.
    if (scope == top) {
      const uint32_t headline = title_block_ != kNone ? b_.blocks[title_block_].node : kNone;
      uint32_t x = b_.nodes[top].parent;
      for (int up = 0; up < 3 && x != kNone && x != 0; ++up, x = b_.nodes[x].parent) {
        if (headline != kNone && headline >= x && headline < b_.nodes[x].end) break;
        if (b_.nodes[x].positive && b_.nodes[x].tag != Tag::Main && b_.nodes[x].tag != Tag::Body) scope = x;
      }
    }
    if (scope == top && b_.nodes[top].parent != kNone && b_.nodes[top].parent != 0) scope = b_.nodes[top].parent;
    uint32_t scope_end = b_.nodes[scope].end;
    for (uint32_t i = body_.back() + 1, n = 0; i < b_.blocks.size() && n < 40; ++i, ++n) {
      const HBlock& k = b_.blocks[i];
      if (k.node < scope || k.node >= scope_end) break;
      if (titled_post_ != kNone && k.node >= b_.nodes[titled_post_].end) break;  // the stream's other posts
      // Readers' comments begin: their authors and dates are theirs. So do other stories, under their list's label
      // ("More stories", "Related"), with their teasers' bylines and dates.
      if (b_.nodes[k.node].comments && !b_.nodes[top].comments) break;
      if (k.end - k.begin <= 40 && rules::is_link_list_label(text(k))) break;
      // List items there are related stories, with their own bylines and dates. (A classic WordPress theme's
      // closing line is longer: "This entry was posted on ... You can follow any responses ...".)
      if (dropped(k) || (k.flags & kListItem)) continue;
      if (k.end - k.begin > 200 && (k.end - k.begin > 400 || without_this_entry(text(k)).size() == k.end - k.begin))
        continue;
      if (f(k)) return;
    }
  }

  // With no byline anywhere else: a short byline-marked element that names someone between the parts of the body
  // (after a first paragraph that joined the body as a sibling: "<p>Summary</p><div class=byline>Jane Roe</div>
  // <div class=transcript>..."). Readability and trafilatura take the page's first byline-marked element.
  void byline_between_body_parts() {
    if (body_.size() < 2) return;
    for (uint32_t i = body_.front() + 1, n = 0; i < body_.back() && n < 40; ++i) {
      const HBlock& k = b_.blocks[i];
      if (dropped(k) || in_ranges(k.node)) continue;
      ++n;
      if (!(k.flags & kByline) || b_.nodes[k.node].negative != kNone || k.end - k.begin >= 100) continue;
      std::string_view t = text(k);
      if (!rules::byline_names(t)) continue;
      insert_after_header({std::string(t), BlockKind::Byline, {}, 0, 0});
      return;
    }
  }

  // With no byline anywhere else: the names of an author-marked element (itemprop=author, rel=author, class
  // "author") between the headline and the body, even in furniture-named markup ("<div class='meta
  // social-share'>By <span itemprop=author>Jane Roe</span> &bull; ..."): the names alone.
  void byline_in_marked_furniture() {
    if (title_block_ == kNone || body_.empty() || title_block_ >= body_.front()) return;
    for (uint32_t i = title_block_ + 1, n = 0; i < body_.front() && n < 20; ++i, ++n) {
      const HBlock& k = b_.blocks[i];
      if (dropped(k) || k.end - k.begin > 200 || !((k.flags | k.inner) & kByline) || (k.flags & kListItem)) continue;
      // Related stories in an <aside> or a <nav> carry their own authors; an <aside> beside the body that holds no
      // heading and no list (the article's meta column: "<aside class=meta><p>By Jane Roe</p><time>...") is the
      // article's, where a "By" line names its author.
      uint32_t neg = b_.nodes[k.node].negative;
      if (neg != kNone && b_.nodes[neg].tag == Tag::Nav) continue;
      std::string_view t = text(k);
      if (neg != kNone && b_.nodes[neg].tag == Tag::Aside && !(rules::is_byline(t) && plain_aside(neg))) continue;
      if (line_date(t)) continue;  // a date in a byline box ("<span class=byline__date>Dec 1st ...")
      auto names = rules::byline_names(t);
      if (!names || rules::agency_only(t) || rules::desk_only(t)) continue;
      insert_after_header(
          {std::string(t.substr(names->first, names->second - names->first)), BlockKind::Byline, {}, 0, 0});
      return;
    }
  }

  // An <aside> between the headline and the body whose blocks (at most 8) are no headings, list items or links.
  // Looks at the 40 blocks after the headline (byline_in_marked_furniture looks at 20).
  bool plain_aside(uint32_t aside) const {
    int n = 0;
    for (uint32_t i = title_block_ + 1; i < body_.front() && i <= title_block_ + 40; ++i) {
      const HBlock& k = b_.blocks[i];
      if (k.node >= b_.nodes[aside].end) break;  // blocks are in document order: past the aside
      if (k.node < aside || dropped(k)) continue;
      if (++n > 8 || k.heading || (k.flags & kListItem) || k.link * 10 >= (k.end - k.begin) * 9) return false;
    }
    return n > 0;
  }

  // With no date anywhere else: the date in date markup between the headline and the body, even in furniture-named
  // markup ("<div class='meta social-comments'>By Jane Roe &bull; <span class=entry-date>3/16/15 12:21pm</span>"),
  // as byline_in_marked_furniture takes the names there. Not in list items, an <aside> or a <nav> (related stories).
  void date_in_marked_furniture() {
    if (title_block_ == kNone || body_.empty() || title_block_ >= body_.front()) return;
    for (uint32_t i = title_block_ + 1, n = 0; i < body_.front() && n < 20; ++i, ++n) {
      const HBlock& k = b_.blocks[i];
      if (dropped(k) || k.end - k.begin > 200 || !((k.flags | k.inner) & kDate) || (k.flags & kListItem)) continue;
      uint32_t neg = b_.nodes[k.node].negative;
      if (neg != kNone && (b_.nodes[neg].tag == Tag::Aside || b_.nodes[neg].tag == Tag::Nav)) continue;
      std::string_view t = text(k);
      std::string iso = k.has_time && !k.datetime.empty() ? normalize_date(k.datetime) : std::string();
      if (iso.empty()) {
        if (auto m = find_date(t))
          iso = m->iso;
        else if (auto m2 = find_numeric_date(t, date_order()))
          iso = m2->iso;
      }
      std::string shown = readable_date(iso);
      if (shown.empty()) continue;
      insert_after_header({shown, BlockKind::Date, iso, 0, shown.size()});
      return;
    }
  }

  // With no byline in the header or the metadata: a byline line after the text ("Posted by Jane Doe.",
  // "<span class=author>Jane Doe</span> — 2013-09-29 — in Code").
  void byline_after_body() {
    after_body([&](const HBlock& k) {
      std::string_view t = without_this_entry(text(k));
      if (t.size() != text(k).size()) t = t.substr(0, std::min<size_t>(t.size(), 120));
      // A name set apart at the start of a paragraph that goes on in lower case is the subject of an author's bio
      // ("<p><b><a href=/author/...>Jane Roe</a></b> has covered the courts since ...</p>"): no byline.
      if (bio_subject(static_cast<uint32_t>(&k - b_.blocks.data()))) return false;
      // A wire service's credit line: its reporters ("Reporting by Jane Roe in Lisbon; Editing by John Doe").
      if (std::string r = rules::reporting_names(t); !r.empty()) {
        insert_after_header({r, BlockKind::Byline, {}, 0, 0});
        return true;
      }
      // A signature after the text, a dash before the names ("— Jane Roe"), as university and blog pages sign.
      for (std::string_view dash :
           {std::string_view("\xE2\x80\x94"), std::string_view("\xE2\x80\x93"), std::string_view("--")})
        if (t.size() <= 60 && t.substr(0, dash.size()) == dash) {
          std::string_view rest = t.substr(dash.size());
          while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
          if (names_alone(rest)) {
            insert_after_header({std::string(rest), BlockKind::Byline, {}, 0, 0});
            return true;
          }
        }
      // The writer's and the photographer's credits as two short sentences ("Story by Jane Roe. Photo by John Doe."):
      // the first, the writer's, is the byline.
      if (size_t stop = t.find(". "); stop != std::string_view::npos && t.size() <= 120) {
        std::string_view first = t.substr(0, stop), rest = t.substr(stop + 2);
        while (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
        if (rules::is_byline(first) && rules::is_credit(rest)) {
          insert_after_header({std::string(first), BlockKind::Byline, {}, 0, 0});
          return true;
        }
      }
      // An author's bio ("Jane Roe is a reporter who covers ..."): a sentence, no byline (annotations/pages/README.md).
      if (!rules::is_byline(t) && rules::ends_like_sentence(t) && rules::word_count(t) >= 8) return false;
      // So is a short one, a name and words after it ("Jane Roe covers the council."): the names do not end it.
      if (!rules::is_byline(t) && rules::ends_like_sentence(t) && rules::word_count(t) >= 4) {
        auto n = rules::byline_names(t);
        if (!n || n->second + 2 < t.size()) return false;
      }
      while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
      if (!rules::is_byline(t) && !((k.flags & kByline) && rules::byline_names(t))) {
        // A meta line there: "By Jane Roe | March 3, 2015".
        for (const auto& part : meta_parts(t))
          if (part.kind == rules::MetaPart::Byline) {
            insert_after_header(
                {std::string(t.substr(part.begin, part.end - part.begin)), BlockKind::Byline, {}, 0, 0});
            return true;
          }
        // A post's meta line there: "Posted by Jane Roe at 4:12 PM", "Posted by Jane Roe on 3/3/2015", "Posted by
        // Jane Roe on March 3, 2015".
        for (std::string_view w : {std::string_view(" at "), std::string_view(" on ")}) {
          size_t at = t.find(w);
          if (at == std::string_view::npos || at + w.size() >= t.size() || !rules::is_byline(t.substr(0, at))) continue;
          std::string_view when = t.substr(at + w.size());
          auto date = find_date(when.substr(0, 60));
          if (!(when[0] >= '0' && when[0] <= '9') && !(date && date->begin == 0)) continue;
          insert_after_header({std::string(t.substr(0, at)), BlockKind::Byline, {}, 0, 0});
          return true;
        }
        return false;
      }
      insert_after_header({std::string(t), BlockKind::Byline, {}, 0, 0});
      return true;
    });
  }

  // Block i is set apart inside an element whose text goes on in the next block in lower case ("Jane Roe" of
  // "<p><b>Jane Roe</b> is a reporter who covers the courts.</p>").
  bool bio_subject(uint32_t i) const {
    if (i + 1 >= b_.blocks.size()) return false;
    const HBlock &k = b_.blocks[i], &next = b_.blocks[i + 1];
    if (!(next.node <= k.node && k.node < b_.nodes[next.node].end)) return false;
    // The next block goes on as a sentence: a word in lower case letters, a space, six words or more ("is a
    // reporter who ..."; not an address: "jane.roe@...").
    std::string_view t = text(next);
    size_t w = 0;
    while (w < t.size() && t[w] >= 'a' && t[w] <= 'z') ++w;
    return w > 0 && w < t.size() && t[w] == ' ' && rules::word_count(t) >= 6;
  }

  // With no byline anywhere else: the text's last paragraph, a dash and names alone, signs it ("— Jane Roe", "-- By
  // Jane Roe").
  void byline_signature() {
    for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
      if (it->kind == BlockKind::Boilerplate) continue;
      if (it->kind != BlockKind::Paragraph || it->text.size() > 90) return;
      std::string_view t = it->text;
      if (t.rfind("\xE2\x80\x94", 0) == 0 || t.rfind("\xE2\x80\x93", 0) == 0)
        t.remove_prefix(3);
      else if (t.rfind("--", 0) == 0)
        t.remove_prefix(2);
      else
        return;
      while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
      if (t.size() > 3 && (t[0] == 'B' || t[0] == 'b') && t[1] == 'y' && t[2] == ' ') t.remove_prefix(3);
      if (!names_alone(t)) return;
      insert_after_header({std::string(t), BlockKind::Byline, {}, 0, 0});
      return;
    }
  }

  // The nearest article-like element (<article>, class "post" ...) around the headline, or kNone.
  uint32_t title_article() const {
    if (title_block_ == kNone) return kNone;
    for (uint32_t x = b_.blocks[title_block_].node; x != kNone && x != 0; x = b_.nodes[x].parent)
      if (b_.nodes[x].article_like) return x;
    return kNone;
  }

  // Calls `f` on the blocks right above the headline, nearest first, until it returns true: inside the article's
  // element around the headline, its four blocks there (a kicker, a section link, an info bar); without such an
  // element, the two blocks right above the headline. Stops at a block longer than 120 bytes.
  template <class F>
  void above_title(F f) const {
    if (title_block_ == kNone) return;
    const uint32_t scope = title_article();
    const int limit = scope != kNone ? 4 : 2;
    for (uint32_t i = title_block_, n = 0; i > 0 && n < static_cast<uint32_t>(limit); --i) {
      const HBlock& k = b_.blocks[i - 1];
      if (dropped(k)) continue;
      if (scope != kNone && (k.node < scope || k.node >= b_.nodes[scope].end)) return;
      ++n;
      if (k.end - k.begin > 120) return;
      if (f(k, scope != kNone)) return;
    }
  }

  // With no date anywhere else: a date above the headline (a blog's date box: "Mar 14 Fri 2014 09:05" over the
  // post's title; in the article's element, a <time> or a date-marked element past a kicker or a section link).
  void date_above_title() {
    above_title([&](const HBlock& k, bool in_article) {
      std::string_view t = text(k);
      if (auto m = line_date(t)) {
        insert_after_header({std::string(t), BlockKind::Date, m->iso, m->begin, m->end});
        return true;
      }
      const bool next_to_title = &k == &b_.blocks[title_block_ - 1];
      // A section's name or a kicker before the date, in the article's element or right above the headline
      // ("Transport | March 3, 2015", "<a href=/local>Local</a> &middot; March 3, 2015"): the date. (Not in a list
      // item: a list above the headline is other stories'.)
      if ((in_article || next_to_title) && !(k.flags & kListItem)) {
        auto m = find_date(t);
        std::string_view before = m ? t.substr(0, m->begin) : std::string_view();
        if (m && m->begin > 0 && rules::word_count(before) <= 3 &&
            std::none_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            line_date(t.substr(m->begin))) {
          std::string shown = readable_date(m->iso);
          if (!shown.empty()) {
            insert_after_header({shown, BlockKind::Date, m->iso, 0, shown.size()});
            return true;
          }
        }
      }
      // A date-marked element inside the block counts (htmldate's date classes: "Jane Roe <span
      // class=publish-time>3/17/15 11:04am</span>").
      // Outside an article element, only a <time pubdate> (HTML5's mark of the article's publication time), or
      // date markup in the block right above the headline ("Business | <span class=timestamp>Tue Mar 3, 2015
      // ...</span>").
      if (!(in_article || (k.has_time && k.pubdate) || (next_to_title && ((k.flags | k.inner) & kDate))) ||
          !(date_like(k) || (k.inner & kDate)))
        return false;
      std::string iso = k.has_time && !k.datetime.empty() ? normalize_date(k.datetime) : std::string();
      if (iso.empty() && ((k.flags | k.inner) & kDate)) {
        if (auto m = find_date(t))
          iso = m->iso;
        else if (auto m2 = find_numeric_date(t, date_order()))  // "3/17/15 11:04am" (htmldate's English date)
          iso = m2->iso;
      }
      std::string shown = readable_date(iso);
      if (shown.empty()) return false;
      insert_after_header({shown, BlockKind::Date, iso, 0, shown.size()});
      return true;
    });
  }

  // With no byline anywhere else: the name in the address of a link to an author's page between the headline and the
  // body or among the four blocks above the headline, the link showing no name ("<a href=/author/jane-roe/><img
  // ...></a>", "View all posts"): "jane-roe" -> "Jane Roe".
  void byline_from_author_address() {
    if (title_block_ == kNone || b_.author_links.empty()) return;
    const uint32_t from = title_block_ > 4 ? title_block_ - 4 : 0;
    const uint32_t to = body_.empty() ? title_block_ + 8 : std::max(title_block_, body_.front());
    for (const AuthorLink& l : b_.author_links) {
      if (l.block < from || l.block > to) continue;
      std::string name = name_from_slug(l.slug);
      if (name.empty()) continue;
      // A link in the text of the body's first block, or on the name it shows, is the text's ("As <a
      // href=/author/jane-roe/>Jane Roe</a> reported ...").
      if (l.block == to && !body_.empty() && l.block < b_.blocks.size() &&
          (l.at > b_.blocks[l.block].begin || text(b_.blocks[l.block]).find(name) != std::string_view::npos))
        continue;
      insert_after_header({name, BlockKind::Byline, {}, 0, 0});
      return;
    }
  }

  // "jane-roe" -> "Jane Roe": two to four words of letters apart by '-', '_', '+' or '.' (one letter only between
  // others: an initial) that make a byline of a person's names (not a desk or an agency: "staff-reports"); or empty.
  static std::string name_from_slug(std::string_view slug) {
    std::string name;
    int parts = 0;
    for (size_t b = 0; b <= slug.size();) {
      size_t e = slug.find_first_of("-_+.", b);
      if (e == std::string_view::npos) e = slug.size();
      std::string_view w = slug.substr(b, e - b);
      if (w.empty() || w.size() > 20 || ++parts > 4) return {};
      for (char c : w)
        if (c < 'a' || c > 'z') return {};
      if (!name.empty()) name += ' ';
      name += static_cast<char>(w[0] - 'a' + 'A');
      name += w.substr(1);
      if (w.size() == 1 && (parts == 1 || e == slug.size())) return {};
      b = e + 1;
    }
    if (parts < 2) return {};
    const std::string line = "By " + name;
    auto n = rules::byline_names(line);
    if (!rules::is_byline(line) || !n || n->first != 3 || n->second != line.size() || rules::agency_only(line) ||
        rules::desk_only(line))
      return {};
    return name;
  }

  // With no date anywhere else: a date shown as badges, the day, the month and the year each a block of its own in
  // date markup (a theme's "<div class=post-date><div class=day>03</div><div class=month>Mar</div><div
  // class=year>2015</div></div>"), between the eight blocks above the headline and the body: the date they make.
  void date_badges() {
    if (title_block_ == kNone) return;
    const uint32_t from = title_block_ > 8 ? title_block_ - 8 : 0;
    const uint32_t to = body_.empty() ? title_block_ : std::max(title_block_, body_.front());
    auto badge = [&](uint32_t i) {
      const HBlock& k = b_.blocks[i];
      return i != title_block_ && !dropped(k) && ((k.flags | k.inner) & kDate) && k.end - k.begin <= 12 &&
             k.end > k.begin;
    };
    for (uint32_t i = from; i < to; ++i) {
      if (!badge(i)) continue;
      std::string joined(text(b_.blocks[i]));
      for (uint32_t j = i + 1; j < to && j < i + 4 && badge(j); ++j) {
        joined += ' ';
        joined += text(b_.blocks[j]);
        auto m = find_date(joined);
        if (!m || m->begin != 0 || m->end != joined.size()) continue;
        // Badges between the headline and the body are header blocks already (page debris): they become the date.
        const size_t n = j - i + 1;
        for (size_t o = 0; o + n <= out_.size(); ++o) {
          bool same = true;
          for (size_t q = 0; q < n && same; ++q)
            same = out_[o + q].kind == BlockKind::Boilerplate && out_[o + q].text == text(b_.blocks[i + q]);
          if (!same) continue;
          for (size_t q = 0; q < n; ++q) --count_[static_cast<size_t>(BlockKind::Boilerplate)];
          out_.erase(out_.begin() + static_cast<long>(o), out_.begin() + static_cast<long>(o + n));
          add_out({joined, BlockKind::Date, m->iso, 0, joined.size()}, o);
          return;
        }
        std::string shown = readable_date(m->iso);
        if (!shown.empty()) insert_after_header({shown, BlockKind::Date, m->iso, 0, shown.size()});
        return;
      }
    }
  }

  // With no byline anywhere else: a byline line, or a short byline-marked element that names someone, right above
  // the headline (Readability takes the page's first byline-marked element), with or without an article element
  // around them.
  void byline_above_title() {
    above_title([&](const HBlock& k, bool) {
      if (b_.nodes[k.node].negative != kNone) return false;
      std::string_view t = text(k);
      bool marked = (k.flags & kByline) && t.size() < 100 && rules::byline_names(t);
      if (!rules::is_byline(t) && !marked) return false;
      insert_after_header({std::string(t), BlockKind::Byline, {}, 0, 0});
      return true;
    });
  }

  // With no date anywhere else: the <time> or date line after the text, in the same place.
  void date_after_body() {
    after_body([&](const HBlock& k) {
      std::string_view t = text(k);
      if (!date_like(k)) {
        // A post's meta line there: "Posted in Local on March 3, 2015 | 2 Comments", "By Jane Roe | March 3, 2015",
        // "This entry was posted on Tuesday, March 3rd, 2015 at 10:05 am and is filed under News. You can ...".
        if (t.size() > 160 && t.size() != without_this_entry(t).size()) t = t.substr(0, 120);
        auto m = t.size() <= 160 ? find_date(t) : std::nullopt;
        bool meta_line = false;
        if (m)
          for (const auto& part : meta_parts(t))
            meta_line =
                meta_line || (part.kind == rules::MetaPart::Date && part.begin <= m->begin && m->end <= part.end);
        if (!m || !(meta_line || posted_on(t, m->begin))) return false;
        std::string shown = readable_date(m->iso);
        if (shown.empty()) return false;
        insert_after_header({shown, BlockKind::Date, m->iso, 0, shown.size()});
        return true;
      }
      std::string iso = k.has_time && !k.datetime.empty() ? normalize_date(k.datetime) : std::string();
      if (iso.empty()) {
        auto m = line_date(t);
        // In an element marked as the date, a sentence may hold it: "This article was published on 3 March 2015."
        if (!m && (k.flags & kDate)) m = find_date(t);
        if (!m) return false;
        iso = m->iso;
      }
      std::string shown = readable_date(iso);
      if (shown.empty()) return false;
      insert_after_header({shown, BlockKind::Date, iso, 0, shown.size()});
      return true;
    });
  }

  // "Posted in Local on March 3, 2015", "Published on ...": the line opens with "posted" or "published" and the date
  // (at `date`) follows "on".
  // "This entry was posted by Jane Roe on ...", as WordPress's classic themes close a post: the line from "posted"
  // (or "filed", "written"; not "This article was a year in the making ...", a sentence of the article).
  static std::string_view without_this_entry(std::string_view t) {
    for (std::string_view w : {std::string_view("This entry was "), std::string_view("This post was "),
                               std::string_view("This article was ")})
      if (t.substr(0, w.size()) == w) {
        std::string_view rest = t.substr(w.size());
        for (std::string_view verb :
             {std::string_view("posted "), std::string_view("filed "), std::string_view("written ")})
          if (rest.substr(0, verb.size()) == verb) return rest;
      }
    return t;
  }

  static bool posted_on(std::string_view t, size_t date) {
    std::string_view from = without_this_entry(t);
    const size_t skipped = static_cast<size_t>(from.data() - t.data());
    if (date < skipped) return false;
    date -= skipped;
    t = from;
    std::string low = rules::normalize(t.substr(0, std::min<size_t>(date, 100)));
    while (!low.empty() && low.back() == ' ') low.pop_back();
    bool opens = low.rfind("posted", 0) == 0 || low.rfind("published", 0) == 0;
    return opens && (low == "posted on" || low == "published on" ||
                     (low.size() > 3 && low.compare(low.size() - 3, 3, " on") == 0));
  }

  // With no date anywhere else: a short line at the top that holds one ("2017-03-10 09:58 Source: ...",
  // "Posted by ... on 2019-02-15, all posts") is the date line.
  // `day` (YYYY-MM-DD), if given: only a date of that day. True when a block became the date.
  bool date_from_header_text(std::string_view day = {}) {
    for (OutBlock& o : out_) {
      if (o.kind == BlockKind::BlockQuote || o.kind == BlockKind::Heading) break;
      if (o.kind == BlockKind::Title || o.kind == BlockKind::Date || o.kind == BlockKind::Caption) continue;
      size_t limit = o.kind == BlockKind::Paragraph ? 80 : 160;
      if (o.text.size() <= limit) {
        auto m = find_date(o.text);
        // A numeric date whose day and month both fit either way, in the order of the page's language ("Le
        // 04/03/2016 à 10:15").
        if (!m && date_order() != DateOrder::Unknown) m = find_numeric_date(o.text, date_order());
        // A sentence of the text that names a day ("On March 3, 2015, the board met.") tells of the day, not of the
        // article's publication.
        // So does the standfirst's ("On March 20, the council will vote ...").
        if (m && (o.kind == BlockKind::Paragraph || o.kind == BlockKind::Subtitle) &&
            rules::ends_like_sentence(o.text) &&
            (m->begin > 0 || (o.kind == BlockKind::Subtitle && rules::word_count(o.text) >= 8)) &&
            !posted_on(o.text, m->begin) && !line_date(o.text))
          m.reset();
        if (m)
          if (auto p = published_after_update(o.text, m->end)) m = p;
        if (m && (day.empty() || std::string_view(m->iso).substr(0, 10) == day)) {
          o.kind = BlockKind::Date;
          o.iso = m->iso;
          o.date_b = m->begin;
          o.date_e = m->end;
          return true;
        }
      }
      if (o.kind == BlockKind::Paragraph) break;
    }
    return false;
  }

  // With no date anywhere else: the date that opens one of the first paragraphs as a dateline ("Feb. 23, 2015 -- Peanut
  // allergies ..."): article.date points into the paragraph, which stays a paragraph.
  void date_opening_text() {
    int seen = 0;
    for (OutBlock& o : out_) {
      if (o.kind != BlockKind::Paragraph) continue;
      if (++seen > 3) return;
      std::string_view t(o.text);
      auto m = find_date(t.substr(0, std::min<size_t>(t.size(), 80)));
      // Or after a place in capitals and a comma, as press releases and wires open: "HARBOURTOWN, March 3, 2015 --",
      // "NEW HAVEN, Conn., March 3, 2015 /Newswire/ --"; or in brackets after the place: "HARBOURTOWN, Ohio (March 3,
      // 2015) --".
      const bool bracketed = m && m->begin > 0 && t[m->begin - 1] == '(' && m->end < t.size() && t[m->end] == ')';
      if (m && m->begin > 0 && !place_before_date(t.substr(0, m->begin - (bracketed ? 1 : 0)), bracketed)) m.reset();
      if (m) {
        std::string_view rest = t.substr(m->end + (bracketed ? 1 : 0));
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        if (m->begin > 0 && rest.size() > 2 && rest.front() == '/') {  // "/Newswire/ --": the release's service
          size_t close = rest.find('/', 1);
          if (close != std::string_view::npos && close <= 40) rest = rest.substr(close + 1);
          while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        }
        if (rest.rfind("--", 0) == 0 || rest.rfind("\xE2\x80\x94", 0) == 0 || rest.rfind("\xE2\x80\x93", 0) == 0 ||
            rest.rfind("- ", 0) == 0) {
          o.dated = true;
          o.iso = m->iso;
          o.date_b = m->begin;
          o.date_e = m->end;
          return;
        }
      }
      if (o.text.size() >= 100) return;  // the first real paragraph has none
    }
  }

  // The words before a date that opens a paragraph, when they are a dateline's place: a first word in capitals of
  // three or more letters, at most 40 bytes, ending with a comma ("HARBOURTOWN, ", "NEW HAVEN, Conn., ").
  static bool place_before_date(std::string_view before, bool bracketed = false) {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.size() > 40 || before.empty() || (before.back() != ',' && !bracketed) ||
        !rules::starts_with_dateline(std::string(before) + " \xE2\x80\x94"))
      return false;
    return true;
  }

  // With no date anywhere else: the text's last paragraph when it is a date line of its own ("This article was
  // published on March 3, 2015."): the date, and no longer a paragraph.
  void date_closing_line() {
    for (size_t i = out_.size(); i-- > 0;) {
      OutBlock& o = out_[i];
      if (o.kind == BlockKind::Boilerplate) continue;
      if (o.kind != BlockKind::Paragraph || o.text.size() > 120) return;
      auto m = line_date(o.text);
      if (!m || m->begin == 0) return;  // a prefix says what the date is ("Published on")
      --count_[static_cast<size_t>(BlockKind::Paragraph)];
      ++count_[static_cast<size_t>(BlockKind::Date)];
      o.kind = BlockKind::Date;
      o.iso = m->iso;
      o.date_b = m->begin;
      o.date_e = m->end;
      return;
    }
  }

  // A header line of an update's and the publication's times alone, the update first ("Updated 10:00 · Published
  // 08:00"), on a page whose address gives the day `iso`: that line is the date, the publication's time on that day.
  bool published_time_line(const std::string& iso) {
    for (OutBlock& o : out_) {
      if (o.kind == BlockKind::Paragraph || o.kind == BlockKind::BlockQuote) return false;
      if (o.kind != BlockKind::Boilerplate || o.text.size() > 60 || !rules::is_update_line(o.text)) continue;
      std::string lower = o.text;
      for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      size_t at = lower.find("published");
      if (at == std::string::npos) continue;
      size_t b = at + 9;
      while (b < o.text.size() && (o.text[b] == ' ' || o.text[b] == ':')) ++b;
      auto digit = [&o](size_t i) { return i < o.text.size() && o.text[i] >= '0' && o.text[i] <= '9'; };
      size_t h = b;
      while (digit(h) && h - b < 2) ++h;
      if (h == b || h >= o.text.size() || o.text[h] != ':' || !digit(h + 1) || !digit(h + 2) || digit(h + 3)) continue;
      int hour = std::atoi(o.text.c_str() + b), minute = std::atoi(o.text.c_str() + h + 1);
      if (hour > 23 || minute > 59) continue;
      char time[8];
      std::snprintf(time, sizeof time, "T%02d:%02d", hour, minute);
      --count_[static_cast<size_t>(o.kind)];
      ++count_[static_cast<size_t>(BlockKind::Date)];
      o.kind = BlockKind::Date;
      o.iso = iso.substr(0, 10) + time;
      o.date_b = b;
      o.date_e = h + 3;
      return true;
    }
    return false;
  }

  // With no date in the page's text or metadata: a date that is a part of the <title> ("Headline - 07.12.2017 -
  // Site"), else one in the page's address ("/2015/03/18/"), shown as a reader would see it.
  void date_from_title_or_url() {
    std::string title = clean_text(b_.meta.page_title);
    if (title.size() <= 300) {
      std::string_view t(title);
      size_t p = 0;
      while (p < t.size()) {
        size_t e = p;
        while (e < t.size() &&
               !(t[e] == '|' || (t[e] == '-' && e > 0 && t[e - 1] == ' ' && e + 1 < t.size() && t[e + 1] == ' ')))
          ++e;
        std::string_view part = t.substr(p, e - p);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        if (auto m = line_date(part); m && !part.empty()) {
          std::string shown(part);
          insert_after_header({shown, BlockKind::Date, m->iso, m->begin, m->end});
          return;
        }
        p = e + 1;
      }
    }
    std::string iso = url_date(b_.meta.url);
    if (!iso.empty() && published_time_line(iso)) return;
    if (!iso.empty()) {
      std::string text = readable_date(iso);
      insert_after_header({text, BlockKind::Date, iso, 0, text.size()});
      return;
    }
    yearless_date_from_url();
  }

  // A header line that shows a day and a month without the year ("Tuesday, March 3"), on a page whose address gives
  // the year and that month ("/2015/03/library-to-close"): the date, with the address's year.
  void yearless_date_from_url() {
    int y = 0, m = 0;
    if (!url_year_month(b_.meta.url, y, m)) return;
    for (OutBlock& o : out_) {
      if (o.kind == BlockKind::Paragraph || o.kind == BlockKind::BlockQuote) return;
      if (o.kind != BlockKind::Boilerplate || o.text.size() > 40) continue;
      // Labels in brackets after the days ("Mar 5 (Updated) · Mar 4 (Published)"): the publication's day alone.
      auto [from, to] = published_part(o.text);
      const std::string text = o.text.substr(from, to - from);
      std::string with_year = text + ", " + std::to_string(y);
      // A time after the day and month ("4 March, 10:15", "March 4, 10:15 AM"): the year goes before the time.
      if (size_t colon = text.find(':');
          colon != std::string::npos && colon > 0 && std::isdigit(static_cast<unsigned char>(text[colon - 1]))) {
        size_t t = colon - 1;
        while (t > 0 && std::isdigit(static_cast<unsigned char>(text[t - 1]))) --t;
        size_t h = t;
        while (h > 0 && (text[h - 1] == ' ' || text[h - 1] == ',')) --h;
        if (h > 0 && h < t) with_year = text.substr(0, h) + " " + std::to_string(y) + ", " + text.substr(t);
      }
      auto d = find_date(with_year);
      // The whole line with the added year is the date, and its month is the address's.
      if (!d || d->end != with_year.size() || d->begin > 0 || d->iso.size() < 10 || std::atoi(d->iso.c_str() + 5) != m)
        continue;
      --count_[static_cast<size_t>(o.kind)];
      ++count_[static_cast<size_t>(BlockKind::Date)];
      o.kind = BlockKind::Date;
      o.iso = d->iso;
      o.date_b = from;
      o.date_e = to;
      return;
    }
  }

  // In a line of dates with their labels in brackets after them ("Mar 5 (Updated) · Mar 4 (Published)"), where the
  // publication's part stands: from after the separator before it to its label. The whole line when there is none.
  static std::pair<size_t, size_t> published_part(std::string_view line) {
    std::string lower(line);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    size_t label = lower.find("(published)");
    if (label == std::string::npos || lower.find("(updated)") == std::string::npos) return {0, line.size()};
    size_t from = 0;
    for (std::string_view sep : {std::string_view(" \xC2\xB7 "), std::string_view(" | "), std::string_view("; ")})
      if (size_t p = lower.rfind(sep, label); p != std::string::npos && p + sep.size() > from) from = p + sep.size();
    size_t to = label;
    while (to > from && line[to - 1] == ' ') --to;
    return {from, to};
  }

  // The year and month of an address that has them and no day ("/2015/03/library-to-close"): false if none.
  static bool url_year_month(std::string_view url, int& y, int& m) {
    auto digit = [&](size_t i) { return i < url.size() && url[i] >= '0' && url[i] <= '9'; };
    for (size_t i = 0; i + 8 <= url.size(); ++i) {
      if (url[i] != '/' || !digit(i + 1) || !digit(i + 2) || !digit(i + 3) || !digit(i + 4) || url[i + 5] != '/')
        continue;
      if (!digit(i + 6) || !digit(i + 7) || i + 8 >= url.size() || url[i + 8] != '/' || digit(i + 9)) continue;
      y = (url[i + 1] - '0') * 1000 + (url[i + 2] - '0') * 100 + (url[i + 3] - '0') * 10 + (url[i + 4] - '0');
      m = (url[i + 6] - '0') * 10 + (url[i + 7] - '0');
      if (y >= 1990 && y <= 2099 && m >= 1 && m <= 12) return true;
    }
    return false;
  }

  // An English month's three letters at `i` in an address, lower case and followed by a separator: its number (its
  // end in `end`), or -1.
  static int month_word(std::string_view url, size_t i, size_t& end) {
    static constexpr std::string_view kMonths = "janfebmaraprmayjunjulaugsepoctnovdec";
    if (i + 4 > url.size()) return -1;
    std::string_view w = url.substr(i, 3);
    for (size_t m = 0; m < 12; ++m)
      if (kMonths.substr(m * 3, 3) == w) {
        end = i + 3;
        return static_cast<int>(m) + 1;
      }
    return -1;
  }

  // "/2015/03/18/", "/2015/3/8/", "/2015-03-18-", "/2015.03.18/", "/2015_03_18/" or "/20150318/" in an address ->
  // "2015-03-18" (htmldate's URL date: year, month and day with the same separator or none, not inside a longer
  // number; with dots or underscores only as a folder of its own, so a version number is none); empty if none.
  static std::string url_date(std::string_view url) {
    auto digit = [&](size_t i) { return i < url.size() && url[i] >= '0' && url[i] <= '9'; };
    // The number of one or two digits at `i` (its end in `end`), or -1.
    auto part = [&](size_t i, size_t& end) {
      if (!digit(i)) return -1;
      int v = url[i] - '0';
      end = i + 1;
      if (digit(end)) v = v * 10 + (url[end++] - '0');
      return digit(end) ? -1 : v;
    };
    for (size_t i = 0; i + 8 <= url.size(); ++i) {
      if (url[i] != '/' && url[i] != '-' && url[i] != '_') continue;
      if (!digit(i + 1) || !digit(i + 2) || !digit(i + 3) || !digit(i + 4) || digit(i + 5)) continue;
      char sep = url[i + 5];
      if (sep != '/' && sep != '-' && !((sep == '.' || sep == '_') && url[i] == '/')) continue;
      int y = (url[i + 1] - '0') * 1000 + (url[i + 2] - '0') * 100 + (url[i + 3] - '0') * 10 + (url[i + 4] - '0');
      size_t me = 0, de = 0;
      int m = part(i + 6, me);
      if (m < 0) m = month_word(url, i + 6, me);  // "/2016/apr/09/", as the Guardian writes them
      if (y < 1990 || y > 2099 || m < 1 || m > 12 || me >= url.size() || url[me] != sep) continue;
      int d = part(me + 1, de);
      if (d < 1 || d > 31 || ((sep == '.' || sep == '_') && de < url.size() && url[de] != '/')) continue;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
      return buf;
    }
    // "/2015/03/150303-library": the year and month as folders, then a name that opens with the same year's last two
    // digits, the month and the day.
    for (size_t i = 0; i + 16 <= url.size(); ++i) {
      if (url[i] != '/' || url[i + 5] != '/' || url[i + 8] != '/' || (url[i + 15] != '-' && url[i + 15] != '_'))
        continue;
      bool digits = true;
      for (size_t k : {1, 2, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14}) digits = digits && digit(i + k);
      if (!digits || url[i + 3] != url[i + 9] || url[i + 4] != url[i + 10] || url[i + 6] != url[i + 11] ||
          url[i + 7] != url[i + 12])
        continue;
      int y = (url[i + 1] - '0') * 1000 + (url[i + 2] - '0') * 100 + (url[i + 3] - '0') * 10 + (url[i + 4] - '0');
      int m = (url[i + 6] - '0') * 10 + (url[i + 7] - '0'), d = (url[i + 13] - '0') * 10 + (url[i + 14] - '0');
      if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) continue;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
      return buf;
    }
    // "/20150303/", "-20150303-story.html": eight digits alone between separators, a valid day of 1990-2099.
    for (size_t i = 0; i + 9 < url.size(); ++i) {
      if (url[i] != '/' && url[i] != '-' && url[i] != '_') continue;
      size_t e = i + 1;
      while (digit(e)) ++e;
      if (e - i - 1 != 8 || e >= url.size() || (url[e] != '/' && url[e] != '-' && url[e] != '_' && url[e] != '.'))
        continue;
      auto num = [&](size_t at, size_t n) {
        int v = 0;
        for (size_t k = at; k < at + n; ++k) v = v * 10 + (url[k] - '0');
        return v;
      };
      int y = num(i + 1, 4), m = num(i + 5, 2), d = num(i + 7, 2);
      if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) continue;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
      return buf;
    }
    return {};
  }

  // Does the text show a day, in words or numbers ("3 March", "3/3/15"), not only a clock ("14:00")?
  bool shows_day(std::string_view t) const {
    return line_date(t) || find_date(t) || find_numeric_date(t, date_order());
  }

  // A date among the blocks before the first paragraph.
  // The header's first date is of another day than the metadata's publication, and the header shows that day too, in
  // the same line or a date line after it ("<time>June 9, 2017</time> <time>June 8, 2017</time>", an update's and the
  // publication's dates side by side, their labels in icons or in the stylesheet): the day both give is the
  // publication's. `day` is the metadata's (YYYY-MM-DD).
  void agree_with_metadata(OutBlock& shown, std::string_view day) {
    if (shown.iso.size() < 10 || std::string_view(shown.iso).substr(0, 10) == day) return;
    // Later in the same line.
    for (size_t at = std::max(shown.date_e, shown.date_b), n = 0; at < shown.text.size() && n < 4; ++n) {
      auto m = find_date(std::string_view(shown.text).substr(at));
      if (!m) break;
      if (std::string_view(m->iso).substr(0, 10) == day) {
        shown.iso = m->iso;
        shown.date_b = at + m->begin;
        shown.date_e = at + m->end;
        return;
      }
      at += std::max<size_t>(m->end, 1);
    }
    // In a date line after it, in the header.
    bool after = false;
    for (OutBlock& o : out_) {
      if (o.kind == BlockKind::Paragraph || o.kind == BlockKind::BlockQuote) return;
      if (&o == &shown) {
        after = true;
        continue;
      }
      if (after && o.kind == BlockKind::Date && !o.live_entry && o.iso.size() >= 10 &&
          std::string_view(o.iso).substr(0, 10) == day) {
        shown.modified = true;
        return;
      }
    }
  }

  OutBlock* date_in_header() {
    for (OutBlock& o : out_) {
      if (o.kind == BlockKind::Paragraph || o.kind == BlockKind::BlockQuote) return nullptr;
      if (o.kind == BlockKind::Date && !o.iso.empty() && !o.live_entry) return &o;
    }
    return nullptr;
  }

  void write() {
    std::string out;
    Article& a = doc_.article;
    a = Article{};
    // The article's date is the header's; failing that, the first in the body (not a live blog's entry time). Of an
    // update line and a publication line in the header ("Updated: 14 July 2020", "Published: 12 July 2020"), the
    // publication's.
    const OutBlock* date_block = nullptr;
    bool header = true;
    for (const OutBlock& o : out_) {
      if (o.kind == BlockKind::Paragraph || o.kind == BlockKind::BlockQuote) header = false;
      if (o.kind != BlockKind::Date || o.iso.empty() || o.text.empty() || o.live_entry) continue;
      const bool update = rules::is_update_line(o.text) || o.modified;
      if (date_block && (!header || update)) break;
      date_block = &o;
      if (!header || !update) break;
    }
    for (const OutBlock& o : out_)
      if (!date_block && o.dated) date_block = &o;
    for (const OutBlock& o : out_) {
      if (o.text.empty()) continue;
      if (!out.empty()) out += "\n\n";
      uint32_t begin = static_cast<uint32_t>(out.size());
      out += o.text;
      Span span{begin, static_cast<uint32_t>(out.size())};
      a.blocks.push_back({span, o.kind});
      if (&o == date_block) {
        ArticleDate d;
        size_t db = std::min(o.date_b, o.text.size()), de = std::min(std::max(o.date_e, db), o.text.size());
        if (de == db) db = 0, de = o.text.size();
        d.span = {begin + static_cast<uint32_t>(db), begin + static_cast<uint32_t>(de)};
        d.iso = o.iso;
        a.date = d;
      }
    }
    doc_.text = std::move(out);
    index_blocks(a, doc_.text);
    drop_site_from_byline(a);
    drop_repeated_byline(a);
    drop_group_byline(a);
    join_dutch_co_author(a);
  }

  // "Door Jane Roe en John Doe": Dutch "en" ("and") between two names, on a Dutch page or after the Dutch "Door"
  // ("By"). Elsewhere "en" is a place's word ("Por Jane Roe en Madrid"), where the names end.
  void join_dutch_co_author(Article& a) const {
    if (!a.byline || a.byline->end > doc_.text.size()) return;
    const Block* block = nullptr;
    for (const Block& b : a.blocks)
      if (b.kind == BlockKind::Byline && b.span.begin <= a.byline->begin && a.byline->end <= b.span.end) block = &b;
    if (!block) return;
    std::string_view text = doc_.text;
    std::string_view line = text.substr(block->span.begin, block->span.end - block->span.begin);
    std::string_view lang = b_.meta.lang;
    bool dutch = lang.substr(0, 2) == "nl" || lang.substr(0, 2) == "af" || line.substr(0, 5) == "Door " ||
                 line.substr(0, 5) == "door " || line.substr(0, 5) == "DOOR ";
    std::string_view rest = text.substr(a.byline->end, block->span.end - a.byline->end);
    if (!dutch || rest.substr(0, 4) != " en ") return;
    std::string by = "By " + std::string(rest.substr(4));
    auto n = rules::byline_names(by);
    if (!n || n->first != 3 || rules::word_count(by.substr(3, n->second - 3)) < 2) return;
    a.byline->end += static_cast<uint32_t>(4 + n->second - 3);
  }

  // "Weekend Deals Team", "Metro Desk", "The Editors": a group of the site's writers, named by a last word for a group,
  // is no person (annotations/pages-mercury/README.md: a desk is no byline). One name only: "Jane Roe and the Metro
  // Desk" keeps its person.
  void drop_group_byline(Article& a) const {
    if (!a.byline || a.byline->end > doc_.text.size()) return;
    std::string_view t = std::string_view(doc_.text).substr(a.byline->begin, a.byline->end - a.byline->begin);
    if (t.size() > 60 || rules::word_count(t) < 2 || t.find_first_of(",&;") != std::string_view::npos) return;
    size_t sp = t.rfind(' ');
    std::string last = unicode::lowercase(t.substr(sp + 1));
    while (!last.empty() && (last.back() == '.' || last.back() == ':')) last.pop_back();
    if (last != "team" && last != "desk" && last != "newsroom" && last != "editors") return;
    for (std::string_view w : {std::string_view(" and "), std::string_view(" with ")})
      if (t.find(w) != std::string_view::npos) return;
    a.byline.reset();
  }

  // "Jane RoeJane Roe", "Jane Roe Jane Roe": the name twice, as a page writes it for two screen sizes (one copy
  // hidden on each, "<a class=hide-on-phone>Jane Roe</a><span class=show-on-phone>Jane Roe</span>"): the name once.
  void drop_repeated_byline(Article& a) const {
    if (!a.byline || a.byline->end > doc_.text.size() || a.byline->end - a.byline->begin < 6) return;
    std::string_view t = std::string_view(doc_.text).substr(a.byline->begin, a.byline->end - a.byline->begin);
    for (size_t gap : {size_t{0}, size_t{1}}) {
      if ((t.size() - gap) % 2 != 0) continue;
      size_t half = (t.size() - gap) / 2;
      if (gap == 1 && t[half] != ' ') continue;
      if (t.substr(0, half) == t.substr(half + gap) && rules::byline_names(t.substr(0, half))) {
        a.byline->end = a.byline->begin + static_cast<uint32_t>(half);
        return;
      }
    }
  }

  // "Jane Roe, TOWN COURIER" on towncourier.example, "Jane Doe, Town Courier" with og:site_name "The Town Courier": a
  // last part after a comma that is the site's own name is no author's name.
  void drop_site_from_byline(Article& a) const {
    if (!a.byline || a.byline->end > doc_.text.size()) return;
    std::string_view t = std::string_view(doc_.text).substr(a.byline->begin, a.byline->end - a.byline->begin);
    // The site's name and a word or two more ("Town Courier Submissions", "Town Courier Staff"): the site's own
    // account, no person. (The site's name alone is a personal site's owner.) The site's name is og:site_name, else
    // the last part of the page's <title> after " | " ("Headline | Town Courier").
    // The site's own name alone, one that no person has ("By The Town Courier", "Posted by Courier.example"): no
    // author either.
    if (site_account(t)) {
      a.byline.reset();
      return;
    }
    std::string_view site_name = b_.meta.site_name;
    if (site_name.empty()) {
      std::string_view title = b_.meta.page_title;
      for (std::string_view sep : {std::string_view(" | "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
                                   std::string_view(" \xE2\x80\x94 ")})
        if (size_t bar = title.rfind(sep);
            site_name.empty() && bar != std::string_view::npos && bar > 0 && title.size() - bar <= 60)
          site_name = title.substr(bar + sep.size());
    }
    // The paper's name after the names, set apart by nothing but its words ("By Jane Roe Town Courier Reporter" read
    // as "Jane Roe Town Courier"): the last two or three words, four letters or more, that are (in) the site's name
    // (og:site_name, else the <title>'s last part after a bar or a dash), two words or more left before them.
    {
      std::string_view named = b_.meta.site_name;
      std::string_view title = b_.meta.page_title;
      for (std::string_view sep : {std::string_view(" | "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
                                   std::string_view(" \xE2\x80\x94 ")})
        if (size_t p = title.rfind(sep); named.empty() && p != std::string_view::npos && title.size() - p <= 60)
          named = title.substr(p + sep.size());
      const std::string site = squeezed(named);
      const size_t words = static_cast<size_t>(rules::word_count(t));
      if (site.size() >= 4 && words >= 3 && t.find(',') == std::string_view::npos)
        for (size_t n = std::min<size_t>(3, words - 2); n >= 1; --n) {
          size_t at = t.size();
          for (size_t w = 0; w < n && at != std::string_view::npos; ++w) at = t.rfind(' ', at - 1);
          if (at == std::string_view::npos) continue;
          const std::string tail = squeezed(t.substr(at + 1));
          // One word only when it is the whole name: a surname may be a word of the paper's ("Post").
          if (tail.size() >= 4 && site.find(tail) != std::string::npos && (n >= 2 || tail == site)) {
            a.byline->end = a.byline->begin + static_cast<uint32_t>(at);
            t = t.substr(0, at);
            break;
          }
        }
    }
    if (site_name.size() > 4 && (site_name.substr(0, 4) == "The " || site_name.substr(0, 4) == "the "))
      site_name.remove_prefix(4);  // "The Town Courier": its account is "Town Courier Staff"
    if (const std::string site = squeezed(site_name), all = squeezed(t);
        site.size() >= 4 && all.size() > site.size() && all.compare(0, site.size(), site) == 0 &&
        rules::word_count(t) <= rules::word_count(site_name) + 2) {
      a.byline.reset();
      return;
    }
    size_t comma = t.rfind(", ");
    if (comma == std::string_view::npos || comma == 0) return;
    std::string_view tail = t.substr(comma + 2);
    const std::string name = squeezed(tail);
    if (name.size() < 3 || rules::word_count(tail) > 4) return;
    const std::string site = squeezed(b_.meta.site_name);
    std::string host;
    if (size_t at = b_.meta.url.find("://"); at != std::string::npos && b_.meta.url.size() <= 2000) {
      std::string_view h = std::string_view(b_.meta.url).substr(at + 3);
      host = squeezed(h.substr(0, h.find('/')));
    }
    if ((!site.empty() && site.find(name) != std::string::npos) ||
        (!host.empty() && host.find(name) != std::string::npos))
      a.byline->end = a.byline->begin + static_cast<uint32_t>(comma);
  }
};

}  // namespace

void structure_html(Document& doc) {
  PageTree page = read_page(doc.text);
  Extractor(page, doc).run();
}

}  // namespace aa
