// HTML, pass 1: tokens -> nodes and blocks (see html_finder.cc for the whole reader).
//
// Tokenize (html_tokenizer.h) and build a light tree as we go: one node per element that is not inline, an
// explicit stack of open elements (no recursion, so 10,000-deep nesting is fine), tolerant closing (implied </p>,
//    </li>, </td>; an end tag closes the nearest open element of its name, or nothing). Text is gathered into
//    blocks (a paragraph, a heading, a list item, a caption ...) with white space collapsed, <br> kept as a line
//    break (two of them end the block), <q> given quotation marks when it has none, and the datetime of <time>.
//    The text of <script>, <style>, <nav>-like furniture, forms, SVG and hidden elements is not article text.
#include "structure/html_page.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>

#include "data/tables.h"
#include "structure/dates.h"
#include "structure/html_tokenizer.h"
#include "structure/line_rules.h"
#include "text/chars.h"
#include "text/unicode.h"

namespace aa::page {

#include "structure_html_hints.inc"

enum class MetaKey : uint8_t {
  Title,
  Headline,
  Description,
  Url,
  Published,
  Author,
  SiteName,
  PublishedRecord,
  Language
};

#include "structure_meta_keys.inc"

namespace {

struct TagName {
  std::string_view name;  // (a view, not a char pointer: the binary search compares without strlen)
  Tag tag;
};

// Sorted by name.
const TagName kTags[] = {
    {"a", Tag::A},
    {"abbr", Tag::Inline},
    {"address", Tag::Address},
    {"amp-ad", Tag::DropAll},
    {"amp-analytics", Tag::DropAll},
    {"amp-consent", Tag::DropAll},
    {"amp-embed", Tag::DropAll},
    {"amp-geo", Tag::DropAll},
    {"amp-pixel", Tag::DropAll},
    {"amp-sidebar", Tag::DropAll},
    {"amp-social-share", Tag::DropAll},
    {"amp-sticky-ad", Tag::DropAll},
    {"area", Tag::Void},
    {"article", Tag::Article},
    {"aside", Tag::Aside},
    {"audio", Tag::Audio},
    {"b", Tag::Inline},
    {"base", Tag::Void},
    {"bdi", Tag::Inline},
    {"bdo", Tag::Inline},
    {"big", Tag::Inline},
    {"blockquote", Tag::Blockquote},
    {"body", Tag::Body},
    {"br", Tag::Br},
    {"button", Tag::Button},
    {"canvas", Tag::Canvas},
    {"caption", Tag::Caption},
    {"center", Tag::Center},
    {"cite", Tag::Inline},
    {"code", Tag::Inline},
    {"col", Tag::Void},
    {"data", Tag::Inline},
    {"dd", Tag::Dd},
    {"del", Tag::Inline},
    {"details", Tag::Details},
    {"dfn", Tag::Inline},
    {"dialog", Tag::Dialog},
    {"div", Tag::Div},
    {"dl", Tag::Dl},
    {"dt", Tag::Dt},
    {"em", Tag::Inline},
    {"embed", Tag::Void},
    {"fieldset", Tag::Fieldset},
    {"figcaption", Tag::Figcaption},
    {"figure", Tag::Figure},
    {"font", Tag::Inline},
    {"footer", Tag::Footer},
    {"form", Tag::Form},
    {"h1", Tag::H1},
    {"h2", Tag::H2},
    {"h3", Tag::H3},
    {"h4", Tag::H4},
    {"h5", Tag::H5},
    {"h6", Tag::H6},
    {"head", Tag::Head},
    {"header", Tag::Header},
    {"hgroup", Tag::Hgroup},
    {"hr", Tag::Hr},
    {"html", Tag::Html},
    {"i", Tag::Inline},
    {"iframe", Tag::Iframe},
    {"img", Tag::Img},
    {"input", Tag::Input},
    {"ins", Tag::Inline},
    {"kbd", Tag::Inline},
    {"keygen", Tag::Void},
    {"label", Tag::Inline},
    {"legend", Tag::Legend},
    {"li", Tag::Li},
    {"link", Tag::Void},
    {"main", Tag::Main},
    {"mark", Tag::Inline},
    {"math", Tag::Math},
    {"menu", Tag::Menu},
    {"meta", Tag::Meta},
    {"nav", Tag::Nav},
    {"nobr", Tag::Inline},
    {"noembed", Tag::DropAll},
    {"noframes", Tag::DropAll},
    {"noscript", Tag::Noscript},
    {"object", Tag::Object},
    {"ol", Tag::Ol},
    {"option", Tag::Option},
    {"p", Tag::P},
    {"param", Tag::Void},
    {"plaintext", Tag::Pre},
    {"pre", Tag::Pre},
    {"q", Tag::Q},
    {"s", Tag::Inline},
    {"samp", Tag::Inline},
    {"script", Tag::Script},
    {"section", Tag::Section},
    {"select", Tag::Select},
    {"small", Tag::Inline},
    {"source", Tag::Void},
    {"span", Tag::Inline},
    {"strike", Tag::Inline},
    {"strong", Tag::Inline},
    {"style", Tag::Style},
    {"sub", Tag::Inline},
    {"summary", Tag::Summary},
    {"sup", Tag::Inline},
    {"svg", Tag::Svg},
    {"table", Tag::Table},
    {"tbody", Tag::Tbody},
    {"td", Tag::Td},
    {"template", Tag::Template},
    {"textarea", Tag::Textarea},
    {"tfoot", Tag::Tfoot},
    {"th", Tag::Th},
    {"thead", Tag::Thead},
    {"time", Tag::Time},
    {"title", Tag::Title},
    {"tr", Tag::Tr},
    {"track", Tag::Void},
    {"tt", Tag::Inline},
    {"u", Tag::Inline},
    {"ul", Tag::Ul},
    {"var", Tag::Inline},
    {"video", Tag::Video},
    {"wbr", Tag::Void},
    {"xmp", Tag::Pre},
};

// The run of kTags whose names start with each letter (the table is sorted by name): a lookup compares a few
// lengths and at most a handful of names, where a binary search over the whole table compared seven names.
struct FirstLetterRuns {
  std::array<uint8_t, 27> begin{};  // begin['z' - 'a' + 1] is the end of the table
  FirstLetterRuns() {
    constexpr size_t n = sizeof kTags / sizeof kTags[0];
    static_assert(n < 256, "the runs are bytes");
    size_t at = 0;
    for (int c = 0; c < 26; ++c) {
      begin[c] = static_cast<uint8_t>(at);
      while (at < n && kTags[at].name[0] == 'a' + c) ++at;
    }
    begin[26] = static_cast<uint8_t>(n);
  }
};

Tag tag_of(std::string_view name) {
  static const FirstLetterRuns runs;
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return Tag::Other;
  int c = name[0] - 'a';
  for (size_t i = runs.begin[c]; i < runs.begin[c + 1]; ++i)
    if (kTags[i].name.size() == name.size() && kTags[i].name == name) return kTags[i].tag;
  return Tag::Other;
}

bool is_void(Tag t) {
  return t == Tag::Br || t == Tag::Hr || t == Tag::Img || t == Tag::Input || t == Tag::Meta || t == Tag::Void;
}
bool is_inline(Tag t) {
  return t == Tag::A || t == Tag::Inline || t == Tag::Q || t == Tag::Time;
}
int heading_level(Tag t) {
  return (t >= Tag::H1 && t <= Tag::H6) ? static_cast<int>(t) - static_cast<int>(Tag::H1) + 1 : 0;
}
// Elements that end the current block of text when they open or close.
bool breaks_block(Tag t) {
  return !is_inline(t) && t != Tag::Other && t != Tag::Br && t != Tag::Img && t != Tag::Input && t != Tag::Void &&
         t != Tag::Meta;
}
// Opening one of these closes an open <p> (WHATWG "close a p element").
bool closes_p(Tag t) {
  switch (t) {
    case Tag::Address:
    case Tag::Article:
    case Tag::Aside:
    case Tag::Blockquote:
    case Tag::Center:
    case Tag::Details:
    case Tag::Dialog:
    case Tag::Div:
    case Tag::Dl:
    case Tag::Fieldset:
    case Tag::Figcaption:
    case Tag::Figure:
    case Tag::Footer:
    case Tag::Form:
    case Tag::Header:
    case Tag::Hgroup:
    case Tag::Hr:
    case Tag::Main:
    case Tag::Menu:
    case Tag::Nav:
    case Tag::Ol:
    case Tag::P:
    case Tag::Pre:
    case Tag::Section:
    case Tag::Summary:
    case Tag::Table:
    case Tag::Ul:
    case Tag::Li:
    case Tag::Dd:
    case Tag::Dt:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6: return true;
    default: return false;
  }
}
// Content never read as article text.
bool drops_content(Tag t) {
  switch (t) {
    case Tag::Script:
    case Tag::Style:
    case Tag::Noscript:
    case Tag::Template:
    case Tag::Textarea:
    case Tag::Select:
    case Tag::Option:
    case Tag::Button:
    case Tag::Svg:
    case Tag::Math:
    case Tag::Iframe:
    case Tag::Object:
    case Tag::Canvas:
    case Tag::Video:
    case Tag::Audio:
    case Tag::Dialog:
    case Tag::DropAll: return true;
    default: return false;
  }
}
// Page furniture by its element: left out unless it holds the article.
bool furniture(Tag t) {
  return t == Tag::Nav || t == Tag::Aside || t == Tag::Footer || t == Tag::Menu || t == Tag::Form;
}

struct Open {
  uint32_t node;       // own node, or the parent's when the element is inline
  uint32_t container;  // the innermost open element that breaks blocks
  uint32_t flags;
  Tag tag;
  uint8_t heading;  // 1..6 inside <hN>
  bool own_node;
  uint32_t introduced;                   // inline elements: the byline or date hint they add to their parent's
  std::string name;                      // for Tag::Other, to match its end tag
  bool time = false;                     // a <time>, or hAtom's <abbr class=published title=DATE>: its text is a date
  bool published_time = false;           // a <time> marked as the publication's has opened inside it
  size_t hidden_by_class_at = SIZE_MAX;  // hidden by a class name alone ("hidden"): where its start tag is
};

std::string ascii_lower(std::string_view s) {
  std::string o(s);
  for (char& c : o)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return o;
}

// A hash of a class value's first word ("list-item" of "list-item list-item--video"; 0: none), FNV-1a over
// its bytes in one pass (every element's class is read, so no search of the value and no string).
uint32_t first_word_hash(std::string_view v) {
  size_t i = 0;
  while (i < v.size() && chars::is_html_space(v[i])) ++i;
  if (i == v.size()) return 0;
  uint32_t h = 2166136261u;
  for (; i < v.size() && !chars::is_html_space(v[i]); ++i) h = (h ^ static_cast<unsigned char>(v[i])) * 16777619u;
  return h | 1u;
}

// Words of class and id values: split at anything but letters and digits and at lower-to-upper case changes;
// each word and each pair of neighbours joined is looked up.
// An id made from a heading's words ("sharing-with-a-single-developer", a section's anchor) names no part of
// the page: its words are no hints.
bool slug_id(std::string_view v) {
  int dashes = 0;
  for (char c : v) {
    if (c == '-' || c == '_')
      ++dashes;
    else if (!(c >= 'a' && c <= 'z') && static_cast<unsigned char>(c) < 0x80)
      return false;  // digits, capitals, spaces: a component's name or a generated id
  }
  return dashes >= 3;
}

void class_hints(std::string_view value, uint32_t& hints) {
  // The words lowercased one after another in `lower` (camelCase split), each known by where it ends: no string
  // per word or pair (a page has thousands of class values). At most 26 words: 25 stop the scan, and the one in
  // progress then ends too.
  constexpr size_t kMaxWords = 26;
  std::string lower;
  lower.reserve(value.size());
  size_t ends[kMaxWords];
  size_t n = 0, begin = 0;  // words; where the current word began in `lower`
  auto end_word = [&]() {
    if (lower.size() > begin) ends[n++] = lower.size();
    begin = lower.size();
  };
  char prev = 0;
  for (char c : value) {
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    if (!alpha && !digit) {
      end_word();
    } else {
      if (c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z') end_word();
      lower.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    }
    prev = c;
    if (n > 24) break;
  }
  end_word();
  const std::string_view all(lower);
  for (size_t i = 0; i < n; ++i) {
    const size_t b = i ? ends[i - 1] : 0;
    if (auto h = table_find(kHtmlHints, all.substr(b, ends[i] - b))) hints |= 1u << static_cast<int>(*h);
    // The word and the next one together: contiguous in `lower`.
    if (i + 1 < n)
      if (auto h = table_find(kHtmlHints, all.substr(b, ends[i + 1] - b))) hints |= 1u << static_cast<int>(*h);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Pass 1: tokens -> nodes and blocks.

class Builder : public PageTree {
 public:
  // Elements hidden by a class name alone that span more than half of the page's markup (where their start tags
  // are; at most 8): read_page reads such a page again with them shown when it shows almost nothing else.
  std::vector<size_t> wide_hidden;
  // The start tags of elements to show whatever their class names say (the second reading's `wide_hidden`).
  std::vector<size_t> shown;

  void run(std::string_view html) {
    page_size_ = html.size();
    nodes.push_back(Node{});  // the document
    nodes[0].tag = Tag::Html;
    stack_.push_back({0, 0, 0, Tag::Html, 0, true, 0, {}});
    html::Tokenizer tz(html);
    html::Token t;
    while (tz.next(t)) {
      offset_ = t.offset;
      switch (t.type) {
        case html::TokenType::StartTag: start(t); break;
        case html::TokenType::EndTag: end(t.name); break;
        case html::TokenType::Text:
        case html::TokenType::Cdata: text(t.text); break;
        case html::TokenType::RawText: raw(t.text); break;
        case html::TokenType::Comment:
        case html::TokenType::Doctype: break;
      }
    }
    flush();
    offset_ = html.size();
    while (stack_.size() > 1) pop();
    close_node(0);
  }

 private:
  size_t page_size_ = 0;
  size_t offset_ = 0;  // where the token being read starts
  std::vector<Open> stack_;
  std::array<uint32_t, static_cast<size_t>(Tag::kCount)> open_count_{};
  std::unordered_map<std::string, uint32_t> other_count_;
  // The block being gathered.
  bool in_block_ = false;
  HBlock cur_;
  bool space_ = false;  // white space pending
  // An inline element of a byline or date block ended: the next text, if it starts with a capital or a digit right
  // after a small letter or a digit, is another word ("<span>Jane Roe</span><span>March 3, 2015</span>": set apart
  // by the page's styles, not by white space).
  bool gap_ = false;
  // Where the pool stood when an inline element of the current block last closed (SIZE_MAX: none yet): a <span>, <a>
  // or <time> that opens right there, with no white space between them (`sibling_`), is set apart by the page's
  // styles ("<span>Jane Roe</span><span>Mar 3, 2015</span><span>4 min read</span>", as Medium-like pages lay out their
  // author line). Its text is another word when it starts a date, or is a number or a capital after a number; text
  // right after the inline element's end is another word when it starts a date ("<a>Jane Roe</a>Mar 3, 2015").
  // Elsewhere the words may be one: "<a>Mill</a><a>Street</a>" reads "MillStreet" to a script, and the page's
  // reference text keeps it so.
  size_t inline_closed_at_ = SIZE_MAX;
  bool sibling_ = false;
  // <q> elements open in the current block: where their text starts.
  struct QOpen {
    size_t block_seq;
    size_t at;
  };
  std::vector<QOpen> q_;
  size_t block_seq_ = 0;
  // <time> open in the current block.
  bool time_open_ = false;
  std::string time_attr_;
  bool time_pubdate_ = false;        // the open <time> has a pubdate attribute
  bool time_relative_only_ = false;  // its date counts only if its text is a relative time
  size_t time_at_ = 0;
  bool in_ld_json_ = false;
  bool body_seen_ = false;

  const Open& top() const { return stack_.back(); }

  void close_node(uint32_t id) {
    Node& n = nodes[id];
    n.end = static_cast<uint32_t>(nodes.size());
    if (n.parent != kNone) {
      nodes[n.parent].text += n.text;
      nodes[n.parent].link += n.link;
    }
  }

  void pop() {
    Open& o = stack_.back();
    if (o.tag == Tag::Other) {
      auto it = other_count_.find(o.name);
      if (it != other_count_.end() && it->second > 0) --it->second;
    } else {
      --open_count_[static_cast<size_t>(o.tag)];
    }
    if (o.tag == Tag::Q) close_q();
    if (o.time) close_time();
    if (is_inline(o.tag) && in_block_ && (cur_.flags & (kByline | kDate))) gap_ = true;
    if (is_inline(o.tag) && in_block_) inline_closed_at_ = pool.size();
    // The end of an inline byline or date that began the block ends the block.
    if (o.introduced && in_block_ && (cur_.flags & o.introduced)) flush();
    if (o.own_node) close_node(o.node);
    if (o.hidden_by_class_at != SIZE_MAX && (offset_ - o.hidden_by_class_at) * 2 > page_size_ && wide_hidden.size() < 8)
      wide_hidden.push_back(o.hidden_by_class_at);
    stack_.pop_back();
  }

  // Pops up to and including the nearest open element with this tag, looking at most `limit` elements down
  // (so that stray tags cost O(1)). Returns whether one was found.
  bool close_nearest(Tag tag, size_t limit, std::initializer_list<Tag> boundaries = {}) {
    if (open_count_[static_cast<size_t>(tag)] == 0) return false;
    size_t n = stack_.size();
    for (size_t k = n - 1, seen = 0; k > 0 && seen < limit; --k, ++seen) {
      if (stack_[k].tag == tag) {
        flush();
        while (stack_.size() > k) pop();
        return true;
      }
      for (Tag b : boundaries)
        if (stack_[k].tag == b) return false;
    }
    return false;
  }

  // What an element's attributes say about it.
  struct AttributeHints {
    uint32_t hints = 0;
    bool hidden = false, ld_json = false, article_like = false;
    bool aria_hidden = false;                // aria-hidden="true": hidden from screen readers, shown on the screen
    bool hidden_by_class = false;            // hidden by its class or id words alone (the Hidden hint)
    bool property = false, content = false;  // has itemprop or property; has content
    bool data = false;                       // has a data-* attribute
    uint32_t class_hash = 0;
    uint32_t class_word_hash = 0;
  };

  void start(const html::Token& t) {
    Tag tag = tag_of(t.name);
    if (tag == Tag::Html) {
      const std::string* lang = t.attribute("lang");
      if (lang && meta.lang.empty() && lang->size() <= 35) meta.lang = ascii_lower(*lang);
      return;
    }
    // The head ends at the first element that belongs in the body.
    if (open_count_[static_cast<size_t>(Tag::Head)] > 0 && tag != Tag::Meta && tag != Tag::Title &&
        tag != Tag::Script && tag != Tag::Style && tag != Tag::Void && tag != Tag::Noscript && tag != Tag::Template)
      close_nearest(Tag::Head, SIZE_MAX);
    if (tag == Tag::Body && body_seen_) return;  // a second <body>: its content simply follows
    if (tag == Tag::Body) body_seen_ = true;
    if (tag == Tag::Meta) {
      read_meta(t);
      return;
    }
    if (tag == Tag::Void && t.name.size() == 4 && ascii_lower(t.name) == "link") {
      const std::string* rel = t.attribute("rel");
      const std::string* href = t.attribute("href");
      if (rel && href && meta.url.empty() && ascii_lower(*rel) == "canonical" && href->size() <= 2000) meta.url = *href;
    }
    if (tag == Tag::Br) {
      line_break();
      return;
    }
    close_implied(tag);
    if (breaks_block(tag)) flush();
    const Open& parent = top();
    AttributeHints ah = read_attributes(t, tag);
    // Microdata or RDFa on an element that is no <meta>: <span itemprop="datePublished" content="2015-03-03">March
    // 3rd</span>, <span property="dc:date dc:created" content="...">: a date as the head's would give it.
    if (ah.property && ah.content) read_meta(t, true);
    // The value of a <time> in microdata is its datetime ("<time itemprop=datePublished datetime=...>", often left
    // empty for a script to fill in); HTML5's pubdate marks the article's publication time the same way. Not in a
    // list item or furniture (other stories' dates).
    if (tag == Tag::Time && (ah.property || t.attribute("pubdate")) && !(parent.flags & kListItem) &&
        nodes[parent.node].negative == kNone)
      if (const std::string* dt = t.attribute("datetime")) read_meta(t, true, dt);
    // So is the title of another element in microdata that has no content ("<abbr itemprop=datePublished
    // title='2015-03-03T10:00:00Z'>3 days ago</abbr>"), in the same places.
    if (tag != Tag::Time && ah.property && !ah.content && !(parent.flags & kListItem) &&
        nodes[parent.node].negative == kNone)
      if (const std::string* title = t.attribute("title");
          title && title->size() <= 40 && title->find_first_of("0123456789") != std::string::npos)
        read_meta(t, true, title);
    if (tag == Tag::A && author_links.size() < 16 && !(parent.flags & (kDrop | kHead)))
      if (const std::string* href = t.attribute("href")) {
        std::string slug = author_slug(*href);
        if (!slug.empty())
          author_links.push_back(
              {static_cast<uint32_t>(blocks.size()), static_cast<uint32_t>(pool.size()), std::move(slug)});
      }
    // Hints on the page's outer elements say little (body class="has-sidebar ...").
    if (tag == Tag::Main || tag == Tag::Article || tag == Tag::Body || tag == Tag::Other)
      ah.hints &= ~(hint_bit(HtmlHint::Negative) | hint_bit(HtmlHint::Comments));
    // Nor is the whole page's <body> the article's body ("<body class='site-story body--wide'>" reads "storybody").
    if (tag == Tag::Body) ah.hints &= ~hint_bit(HtmlHint::ArticleBody);
    bool negative =
        (ah.hints & (hint_bit(HtmlHint::Negative) | hint_bit(HtmlHint::More) | hint_bit(HtmlHint::Comments))) &&
        !(ah.hints & hint_bit(HtmlHint::ArticleBody));
    if (ah.hints & hint_bit(HtmlHint::Plain)) ah.hints &= ~(hint_bit(HtmlHint::Hidden) | hint_bit(HtmlHint::Dek));
    if ((ah.hints & hint_bit(HtmlHint::Hidden)) && !ah.hidden &&
        std::find(shown.begin(), shown.end(), t.offset) == shown.end()) {
      ah.hidden = true;
      ah.hidden_by_class = true;
    }
    // A site's logo link inside a marked headline is the sticky header's way home, not a word of the headline
    // ("<span class='headline'><a class='logo'>Home</a>Headline</span>" would read "HomeHeadline").
    if (tag == Tag::A && (ah.hints & hint_bit(HtmlHint::Logo)) && (parent.flags & kHeadline)) ah.hidden = true;
    // aria-hidden text is shown to the eye and hidden from screen readers (whose copy, "Author: Jane Roe.", is then
    // in visually hidden markup): a byline's or a date's is what the reader sees. Elsewhere it is mostly icons and
    // repeated controls, dropped.
    constexpr uint32_t kMetaHints =
        hint_bit(HtmlHint::Byline) | hint_bit(HtmlHint::Date) | hint_bit(HtmlHint::Published);
    if (ah.aria_hidden && !((parent.flags & (kByline | kDate)) || (ah.hints & kMetaHints) || tag == Tag::Time))
      ah.hidden = true;
    // "<time class='entry-date published'>...</time><time class='updated'>...</time>": a theme's stylesheet shows
    // the updated time beside the published one only for an updated post ("updated" alone, hAtom's, is the
    // publication time itself: kept).
    if (tag == Tag::Time) {
      if (ah.hints & hint_bit(HtmlHint::Published)) {
        stack_.back().published_time = true;
      } else if (parent.published_time && (ah.hints & hint_bit(HtmlHint::Updated))) {
        ah.hidden = true;
      }
    }
    uint32_t flags = flags_of(t, tag, parent.flags, ah);
    uint8_t heading = parent.heading;
    if (int h = heading_level(tag)) heading = static_cast<uint8_t>(h);
    if (tag == Tag::Script) in_ld_json_ = ah.ld_json;

    // Inline elements that are furniture ("<a class=share>") are simply not text.
    if (is_inline(tag) && negative) flags |= kDrop;
    // An inline byline or date beside another one ("<span class=byline>...</span> &bull; <span class=date>")
    // starts a block of its own.
    constexpr uint32_t kMeta = kByline | kDate;
    uint32_t introduced = is_inline(tag) ? flags & kMeta & ~parent.flags : 0;
    if (introduced && in_block_ && (introduced & ~cur_.flags) && ((cur_.flags & kMeta) || separators_only())) flush();
    // "<span class=updated>Mar 5</span> <span class=published>Mar 3</span>": the update's date first in the block.
    if ((flags & kPublished) && !(flags & (kUpdatedAlone | kModified)) && in_block_ &&
        (cur_.inner & (kUpdatedAlone | kModified)) && !(cur_.inner & kPublished))
      cur_.inner |= kUpdateFirst;

    if (is_void(tag)) return;  // hr and img break blocks (above) and hold nothing
    // The start of an inline element in a byline or date block parts words as its end does ("By Jane
    // Roe<span class=role>Staff Writer</span>": the role is set apart by its style, not by a space).
    if (is_inline(tag) && in_block_ && (cur_.flags & (kByline | kDate))) gap_ = true;
    if (in_block_ && !space_ && inline_closed_at_ == pool.size() &&
        (t.name == "span" || t.name == "a" || t.name == "time"))
      sibling_ = true;
    // So does one after a short label that ends in a colon ("<span>Author:</span><a>Jane Roe</a>").
    if (is_inline(tag) && in_block_ && pool.size() > cur_.begin && pool.size() - cur_.begin <= 24 && pool.back() == ':')
      gap_ = true;
    push_open(t, tag, flags, heading, introduced, ah, negative);
  }

  // The end tags that the start of `tag` implies (a <p> closes an open <p>, a <li> the previous <li>, ...).
  void close_implied(Tag tag) {
    if (closes_p(tag)) close_nearest(Tag::P, 64, {Tag::Button, Tag::Table, Tag::Td, Tag::Th, Tag::Caption});
    if (tag == Tag::Li) close_nearest(Tag::Li, 64, {Tag::Ul, Tag::Ol, Tag::Menu});
    if (tag == Tag::Dd || tag == Tag::Dt) {
      if (!close_nearest(Tag::Dd, 8, {Tag::Dl})) close_nearest(Tag::Dt, 8, {Tag::Dl});
    }
    if (heading_level(tag) && heading_level(top().tag)) close_nearest(top().tag, 1);
    if (tag == Tag::Td || tag == Tag::Th) {
      if (!close_nearest(Tag::Td, 16, {Tag::Table, Tag::Tr})) close_nearest(Tag::Th, 16, {Tag::Table, Tag::Tr});
    }
    if (tag == Tag::Tr) close_nearest(Tag::Tr, 16, {Tag::Table});
    if (tag == Tag::A) close_nearest(Tag::A, 16);
    if (tag == Tag::Option) close_nearest(Tag::Option, 4);
  }

  // The word after "/author/", "/authors/", "/by/", "/staff/" (or "/writers/", "/contributors/", "/journalists/",
  // "/reporters/") in a link's address, lower case, up to the next '/', '?' or '#'
  // ("https://courier.example/author/jane-roe/" -> "jane-roe", "/author/Jane%20Roe/" -> "jane-roe"), or empty.
  static std::string author_slug(std::string_view href) {
    if (href.size() > 300) return {};
    std::string v = ascii_lower(href);
    size_t at = std::string::npos;
    for (std::string_view key :
         {std::string_view("/author/"), std::string_view("/authors/"), std::string_view("/by/"),
          std::string_view("/staff/"), std::string_view("/writers/"), std::string_view("/contributors/"),
          std::string_view("/journalists/"), std::string_view("/reporters/")})
      if (size_t p = v.find(key); p != std::string::npos) {
        at = p + key.size();
        break;
      }
    if (at == std::string::npos) return {};
    size_t end = v.find_first_of("/?#", at);
    if (end == std::string::npos) end = v.size();
    if (end - at > 60 ||
        (end < v.size() && v[end] == '/' && end + 1 < v.size() && v[end + 1] != '?' && v[end + 1] != '#'))
      return {};  // deeper in the author's pages ("/author/jane-roe/page/2/")
    std::string slug = v.substr(at, end - at);
    // A space written "%20" ("/author/Jane%20Roe/"): a separator as '-' is.
    for (size_t p; (p = slug.find("%20")) != std::string::npos;) slug.replace(p, 3, "-");
    return slug;
  }

  // A link to a writer's profile by handle, as blogging platforms make them ("/@jane-roe",
  // "https://substack.com/@janeroe" in lower case): the address's path opens with "/@"; not a video or short-post
  // site's channel.
  static bool profile_link(std::string_view v) {
    if (v.size() > 300) return false;
    std::string_view host;
    if (size_t scheme = v.find("://"); scheme != std::string_view::npos && scheme < 8) {
      size_t slash = v.find('/', scheme + 3);
      if (slash == std::string_view::npos) return false;
      host = v.substr(scheme + 3, slash - scheme - 3);
      v.remove_prefix(slash);
    }
    if (v.size() < 3 || v[0] != '/' || v[1] != '@') return false;
    for (std::string_view site :
         {std::string_view("youtube."), std::string_view("tiktok."), std::string_view("threads.")})
      if (host.find(site) != std::string_view::npos) return false;
    return true;
  }

  // class/id and data-testid, data-component, data-hook (the hints table), itemprop, itemtype, role, rel, hidden,
  // aria-hidden, style and a script's type.
  static AttributeHints read_attributes(const html::Token& t, Tag tag) {
    AttributeHints ah;
    for (const html::Attribute& a : t.attributes) {
      const std::string_view n = a.name;  // (compared with literals inline, not by std::string::compare)
      if (n == "class" || (n == "id" && !slug_id(a.value))) {
        class_hints(a.value, ah.hints);
        if (n == "class") {
          ah.class_hash = static_cast<uint32_t>(std::hash<std::string>()(a.value)) | 1u;
          ah.class_word_hash = first_word_hash(a.value);
        }
      } else if (n == "data-testid" || n == "data-component" || n == "data-hook") {
        // Sites built on components name their parts there ("byline", "timestamp"), often with no class.
        class_hints(a.value, ah.hints);
      } else if (n == "itemprop") {
        ah.property = true;
        // One or more property names, apart by spaces ("author name", "author creator").
        std::string all = ascii_lower(a.value);
        for (size_t b = 0, e = 0; b < all.size(); b = e + 1) {
          e = all.find(' ', b);
          if (e == std::string::npos) e = all.size();
          std::string_view v(all.data() + b, e - b);
          if (v == "articlebody") ah.hints |= hint_bit(HtmlHint::ArticleBody);
          if (v == "headline") ah.hints |= hint_bit(HtmlHint::Headline);
          if (v == "author" || v == "creator") ah.hints |= hint_bit(HtmlHint::Byline);
          if (v == "datepublished") ah.hints |= hint_bit(HtmlHint::Published);
          if (v == "datemodified") ah.hints |= hint_bit(HtmlHint::Modified);
          if (v == "description" || v == "alternativeheadline") ah.hints |= hint_bit(HtmlHint::Dek);
          if (v == "caption") ah.hints |= hint_bit(HtmlHint::Caption);
        }
      } else if (n == "itemtype") {
        if (a.value.find("Article") != std::string::npos || a.value.find("BlogPosting") != std::string::npos)
          ah.article_like = true;
        // A schema.org ImageObject: a picture with its caption ("<aside itemtype=.../ImageObject><img><p>The
        // town hall at night. (Photo: ...)</p></aside>"), a figure of the article however it is marked up.
        if (a.value.find("ImageObject") != std::string::npos) ah.hints |= hint_bit(HtmlHint::Caption);
      } else if (n == "role") {
        std::string v = ascii_lower(a.value);
        if (v == "navigation" || v == "banner" || v == "contentinfo" || v == "complementary" || v == "menu" ||
            v == "menubar" || v == "dialog" || v == "search" || v == "alert")
          ah.hints |= hint_bit(HtmlHint::Negative);
        if (v == "main" || v == "article") ah.hints |= hint_bit(HtmlHint::Positive);
      } else if (n == "rel") {
        if (ascii_lower(a.value) == "author") ah.hints |= hint_bit(HtmlHint::Byline);
      } else if (n == "href" && tag == Tag::A) {
        // A link to an author's page ("/author/jane-roe/"), as WordPress and most systems make them.
        std::string v = ascii_lower(a.value);
        if (v.find("/author/") != std::string::npos || v.find("/authors/") != std::string::npos || profile_link(v))
          ah.hints |= hint_bit(HtmlHint::Byline);
      } else if (n == "hidden") {
        ah.hidden = true;
      } else if (n == "aria-hidden") {
        if (ascii_lower(a.value) == "true") ah.aria_hidden = true;
      } else if (n == "style") {
        std::string v = ascii_lower(a.value);
        v.erase(std::remove_if(v.begin(), v.end(), [](char c) { return chars::is_html_space(c); }), v.end());
        if (v.find("display:none") != std::string::npos || v.find("visibility:hidden") != std::string::npos)
          ah.hidden = true;
      } else if (n == "type" && tag == Tag::Script) {
        if (ascii_lower(a.value).find("ld+json") != std::string::npos) ah.ld_json = true;
      } else if (n == "property") {
        ah.property = true;
      } else if (n == "content") {
        ah.content = true;
      } else if (n.size() > 5 && n.compare(0, 5, "data-") == 0) {
        ah.data = true;
      }
    }
    // A header part's element named for the article ("article-byline", "article-date"): the part, not a wrapper of
    // the article's text (its Positive word would draw the body's choice to a byline line).
    constexpr uint32_t kParts = hint_bit(HtmlHint::Byline) | hint_bit(HtmlHint::Date) | hint_bit(HtmlHint::Published);
    if ((ah.hints & kParts) && !(ah.hints & hint_bit(HtmlHint::ArticleBody))) ah.hints &= ~hint_bit(HtmlHint::Positive);
    return ah;
  }

  // The flags an element passes to what it holds: its parent's, and what its tag and hints add.
  static uint32_t flags_of(const html::Token& t, Tag tag, uint32_t parent_flags, const AttributeHints& ah) {
    uint32_t flags = parent_flags;
    const uint32_t hints = ah.hints;
    if (drops_content(tag) || ah.hidden) flags |= kDrop;
    if (tag == Tag::Head) flags |= kHead;
    if (tag == Tag::Title) flags |= kTitle;
    if (tag == Tag::A && t.attribute("href")) flags |= kLink;
    if (tag == Tag::Pre) flags |= kPre;
    if (tag == Tag::Blockquote || (hints & hint_bit(HtmlHint::PullQuote))) flags |= kQuote;
    if (tag == Tag::Figcaption || (hints & hint_bit(HtmlHint::Caption))) flags |= kCaption;
    if (hints & hint_bit(HtmlHint::Credit)) flags |= kCredit;
    // An author's name inside a figure is the picture's credit, not the article's byline (trafilatura drops it);
    // an <author> element, which no standard defines but pages use, is a byline.
    if ((hints & hint_bit(HtmlHint::Byline)) || (tag == Tag::Other && t.name == "author"))
      flags |= (parent_flags & kFigure) ? kCredit : kByline;
    // An update's date ("<time class='entry-date updated'>"), unless the element is also the publication's
    // ("published updated", as WordPress marks a post never updated): not the article's date.
    if ((hints & hint_bit(HtmlHint::Modified)) && !(hints & hint_bit(HtmlHint::Published)))
      flags = (flags & ~kDate) | kModified;
    else if (hints & (hint_bit(HtmlHint::Date) | hint_bit(HtmlHint::Published)))
      flags |= kDate;
    if (hints & hint_bit(HtmlHint::Published))
      flags |= kPublished;
    else if ((hints & hint_bit(HtmlHint::Updated)) && !(hints & hint_bit(HtmlHint::Modified)))
      flags |= kUpdatedAlone;
    if (hints & hint_bit(HtmlHint::Dek)) flags |= kDek;
    if (hints & hint_bit(HtmlHint::Headline)) flags |= kHeadline;
    if (tag == Tag::Li) flags |= kListItem;
    if (tag == Tag::Figure) flags |= kFigure;
    if (tag == Tag::Table) flags |= kTable;
    return flags;
  }

  // The elements whose title may hold a date: <abbr>, <span>, <p>, <div>. (Compared as views: once per start tag.)
  static bool may_hold_title_date(std::string_view name) {
    return name == "span" || name == "p" || name == "div" || name == "abbr";
  }

  // A numeric date that opens the title of a relative time, read in the order of the page's language ("<span
  // title='04/03/2016 10:15'>hace 3 horas</span>" on a Spanish page: 4 March), in ISO form; empty on a page whose
  // language gives no order when day and month both fit either way. Checked at the element's end, as above.
  std::string numeric_title_date(const html::Token& t) const {
    if (!may_hold_title_date(t.name)) return {};
    DateOrder order = date_order_of_language(meta.lang);
    if (order == DateOrder::Unknown) return {};
    const std::string* title = t.attribute("title");
    if (!title || title->size() > 100) return {};
    auto m = find_numeric_date(*title, order);
    return m && m->begin == 0 && m->iso.size() >= 10 ? m->iso : std::string();
  }

  // hAtom's publication date: <abbr class="published" title="2008-03-12T14:00:00-05:00">March 12th</abbr> (the
  // machine-readable date in the title, as htmldate reads it); also the "timeago" plugin's <abbr> or <span
  // class="timeago" title="2016-04-09T08:00:00Z">5 days ago</span>. The title, or null.
  // `relative_only` is set where the title is the date only if the element's text is a relative time (checked at its
  // end): "<span title='Friday, 4 March 2016 10:15'>3 hours ago</span>", whatever its class or none.
  // (A paragraph or a division's title, "<p title='2016-03-04T08:00:00Z'>3 hours ago</p>", only so.)
  static const std::string* hatom_published(const html::Token& t, bool& relative_only) {
    relative_only = false;
    if (!may_hold_title_date(t.name)) return nullptr;
    const std::string_view name = t.name;
    bool block = name == "p" || name == "div";
    const std::string* title = t.attribute("title");
    if (!title || title->size() > 100) return nullptr;
    const std::string* cls = t.attribute("class");
    auto opens_with_date = [](const std::string& d) {
      bool iso = d.size() >= 10;
      for (size_t i = 0; i < 10 && iso; ++i) iso = (i == 4 || i == 7) ? d[i] == '-' : (d[i] >= '0' && d[i] <= '9');
      if (iso) return true;
      auto m = find_date(d);
      return m && m->begin == 0 && m->iso.size() >= 10;
    };
    if (!cls || block) {
      relative_only = opens_with_date(*title);
      return relative_only ? title : nullptr;
    }
    std::string c = ascii_lower(*cls);
    // ("ago": "<span class='time-ago' title='March 3, 2015'>2 years ago</span>", a relative time whose title is the
    // date.)
    if (title->find_first_of("0123456789") == std::string::npos) return nullptr;
    for (std::string_view word :
         {std::string_view("published"), std::string_view("timeago"), std::string_view("ago")}) {
      if (word == "published" && t.name != "abbr") continue;
      for (size_t p = 0; (p = c.find(word, p)) != std::string::npos; p += word.size())
        if ((p == 0 || c[p - 1] == ' ' || c[p - 1] == '-') &&
            (p + word.size() == c.size() || c[p + word.size()] == ' '))
          return title;
    }
    // A date's element whose title holds the full date ("<span class='post-date' title='March 3, 2015 8:00 am'>2
    // years ago</span>"): a word of its class names a date or time, and the title opens with a date.
    bool dated_class = false;
    for (size_t p = 0; p < c.size() && !dated_class;) {
      size_t e = c.find_first_of(" -_", p);
      if (e == std::string::npos) e = c.size();
      std::string_view w = std::string_view(c).substr(p, e - p);
      dated_class = w == "date" || w == "time" || w == "timestamp" || w == "datetime" || w == "pubdate";
      p = e + 1;
    }
    if (!dated_class) {
      relative_only = opens_with_date(*title);
      return relative_only ? title : nullptr;
    }
    const std::string& d = *title;
    bool iso = d.size() >= 10;
    for (size_t i = 0; i < 10 && iso; ++i) iso = (i == 4 || i == 7) ? d[i] == '-' : (d[i] >= '0' && d[i] <= '9');
    if (iso) return title;
    if (auto m = find_date(d); m && m->begin == 0) return title;
    return nullptr;
  }

  // The ISO date a time-ago script keeps in a data attribute ("<time data-published='2017-05-06 09:13:00Z'>4 hours
  // ago</time>", "<span class=timestamp data-timestamp='...'>"): the value, if it starts with a full date or is a Unix
  // time, or null.
  static const std::string* data_datetime(const html::Token& t) {
    for (const char* name : {"data-published", "data-timestamp", "data-datetime", "data-date", "data-time",
                             "data-publish-date", "data-pubdate", "data-published-at", "data-source"}) {
      const std::string* v = t.attribute(name);
      if (!v || v->size() < 10 || v->size() > 40) continue;
      const std::string& d = *v;
      bool iso = true;
      for (size_t i = 0; i < 10 && iso; ++i) iso = (i == 4 || i == 7) ? d[i] == '-' : (d[i] >= '0' && d[i] <= '9');
      // Or a Unix time in seconds or milliseconds ("1425376800"), which normalize_date reads.
      bool unix_time = d.size() == 10 || d.size() == 13;
      for (size_t i = 0; i < d.size() && unix_time; ++i) unix_time = d[i] >= '0' && d[i] <= '9';
      if (iso || unix_time) return v;
      // Or the date in words, the whole value ("data-datetime='3 March 2015'" under "2 hours ago").
      if (auto m = find_date(d); m && m->begin == 0 && m->end == d.size()) return v;
    }
    return nullptr;
  }

  // Opens the element: a node of the page's tree for a block element, and an entry on the stack.
  void push_open(const html::Token& t, Tag tag, uint32_t flags, uint8_t heading, uint32_t introduced,
                 const AttributeHints& ah, bool negative) {
    const Open& parent = top();
    bool positive = ah.hints & (hint_bit(HtmlHint::Positive) | hint_bit(HtmlHint::ArticleBody));
    Open o{parent.node, parent.container, flags, tag, heading, false, introduced, {}};
    if (!is_inline(tag)) {
      Node n;
      n.parent = parent.node;
      n.tag = tag;
      n.positive = positive;
      n.article_body = ah.hints & hint_bit(HtmlHint::ArticleBody);
      n.article_like = ah.article_like || tag == Tag::Article;
      n.class_hash = ah.class_hash;
      n.class_word_hash = ah.class_word_hash;
      n.negative = nodes[parent.node].negative;
      n.more = ah.hints & hint_bit(HtmlHint::More);
      n.comments = nodes[parent.node].comments ||
                   ((ah.hints & hint_bit(HtmlHint::Comments)) && !(ah.hints & hint_bit(HtmlHint::ArticleBody)));
      if (negative || (furniture(tag) && !(ah.hints & hint_bit(HtmlHint::PullQuote))))
        n.negative = static_cast<uint32_t>(nodes.size());
      o.node = static_cast<uint32_t>(nodes.size());
      o.own_node = true;
      nodes.push_back(n);
      if (breaks_block(tag)) o.container = o.node;
    }
    if (tag == Tag::Other) {
      o.name = t.name;
      ++other_count_[t.name];
    } else {
      ++open_count_[static_cast<size_t>(tag)];
    }
    if (ah.hidden_by_class) o.hidden_by_class_at = t.offset;
    stack_.push_back(std::move(o));
    if (tag == Tag::Q) open_q();
    // (AMP's <amp-timeago datetime=...>3 hours ago</amp-timeago> is a <time>.)
    if (tag == Tag::Time || (tag == Tag::Other && t.name == "amp-timeago")) {
      const std::string* dt = t.attribute("datetime");
      if (!dt) dt = data_datetime(t);
      stack_.back().time = true;
      open_time(dt ? *dt : std::string(), t.attribute("pubdate") != nullptr);
    } else if (const std::string* data = (ah.hints & (hint_bit(HtmlHint::Date) | hint_bit(HtmlHint::Published)))
                                             ? data_datetime(t)
                                             : nullptr) {
      stack_.back().time = true;
      open_time(*data);
    } else if (bool relative_only = false; const std::string* title = hatom_published(t, relative_only)) {
      stack_.back().time = true;
      open_time(*title, false, relative_only);
    } else if (std::string iso = numeric_title_date(t); !iso.empty()) {
      stack_.back().time = true;
      open_time(std::move(iso), false, true);
    } else if (const std::string* data = ah.data ? data_datetime(t) : nullptr) {
      // Elsewhere a data attribute's date counts under a relative time ("<span data-time=...>3 hours ago</span>").
      stack_.back().time = true;
      open_time(*data, false, true);
    }
    // Foreign elements that close themselves ("<path/>" inside <svg>) hold nothing.
    if (t.self_closing && tag == Tag::Other && (flags & kDrop)) end(t.name);
  }

  void end(const std::string& name) {
    Tag tag = tag_of(name);
    if (tag == Tag::Br) {  // "</br>" is read as "<br>"
      line_break();
      return;
    }
    if (tag == Tag::Html || tag == Tag::Body) return;  // content after </body> is still the body's
    if (tag == Tag::Other) {
      auto it = other_count_.find(name);
      if (it == other_count_.end() || it->second == 0) return;
      for (size_t k = stack_.size() - 1; k > 0; --k) {
        if (stack_[k].tag == Tag::Other && stack_[k].name == name) {
          flush_if_needed(k);
          while (stack_.size() > k) pop();
          return;
        }
      }
      return;
    }
    if (open_count_[static_cast<size_t>(tag)] == 0) return;
    for (size_t k = stack_.size() - 1; k > 0; --k) {
      if (stack_[k].tag == tag) {
        // A date element that is a block of its own ("<div class=date data-datetime=...>2 hours ago</div>") gives
        // its date to its text before its end closes the block.
        for (size_t i = k; i < stack_.size(); ++i)
          if (stack_[i].time) {
            close_time();
            break;
          }
        flush_if_needed(k);
        while (stack_.size() > k) pop();
        return;
      }
    }
  }

  // Closing elements from stack index k up: flush if any of them breaks blocks.
  void flush_if_needed(size_t k) {
    for (size_t i = k; i < stack_.size(); ++i)
      if (breaks_block(stack_[i].tag)) {
        flush();
        return;
      }
  }

  // <meta>: its key (property, name, itemprop or http-equiv; each word of a space-separated list) looked up in
  // core/data/structure_meta_keys.tsv; the first value of each field wins. `dates_only`: only a date is read (an
  // element of the body with a content attribute).
  // `value`, if given: the value instead of the content attribute (a <time>'s datetime); a <time pubdate> with no
  // property is read as the article's publication time.
  // The string value of "pub_date" in a record of JSON (Parse.ly's older tag: <meta name="parsely-page"
  // content='{"title": "...", "pub_date": "2015-03-03T08:00:00Z", ...}'>), or nothing. The key's first occurrence,
  // its value up to the next quotation mark (a date has no escapes).
  static std::string record_pub_date(std::string_view record) {
    static constexpr std::string_view kKey = "\"pub_date\"";
    size_t k = record.find(kKey);
    if (k == std::string_view::npos) return {};
    size_t i = k + kKey.size();
    while (i < record.size() && (record[i] == ' ' || record[i] == ':')) ++i;
    if (i >= record.size() || record[i] != '"') return {};
    size_t e = record.find('"', i + 1);
    if (e == std::string_view::npos || e - i - 1 > 40) return {};
    return std::string(record.substr(i + 1, e - i - 1));
  }

  void read_meta(const html::Token& t, bool dates_only = false, const std::string* value = nullptr) {
    const std::string* content = value ? value : t.attribute("content");
    // Some pages write a <meta>'s value in a value attribute (<meta name="article:published_time" value="...">), as
    // microdata's <data value> does (Mercury's saved pages all do): read for a date only. Its titles and names, beside
    // a headline and a byline the page shows, are more often a social card's wording than the page's.
    if (!content && (content = t.attribute("value"))) dates_only = true;
    if (!content) return;
    const std::string* attr = nullptr;
    for (const char* k : {"property", "name", "itemprop", "http-equiv"})
      if ((attr = t.attribute(k))) break;
    if (!attr && value) {
      if (meta.published.empty()) meta.published = *value;
      return;
    }
    if (!attr || attr->size() > 200) return;
    std::string keys = ascii_lower(*attr);
    auto set = [&](std::string& field) {
      if (field.empty()) field = *content;
    };
    size_t p = 0;
    while (p < keys.size()) {
      size_t e = keys.find(' ', p);
      if (e == std::string::npos) e = keys.size();
      auto kind = table_find(kMetaKeys, std::string_view(keys).substr(p, e - p));
      p = e + 1;
      if (!kind || (dates_only && *kind != MetaKey::Published)) continue;
      switch (*kind) {
        case MetaKey::Title: set(meta.og_title); break;
        case MetaKey::Headline: set(meta.title); break;
        case MetaKey::Description: set(meta.description); break;
        case MetaKey::Url:
          if (content->size() <= 2000) meta.url = *content;
          break;
        case MetaKey::Published: set(meta.published); break;
        case MetaKey::PublishedRecord:
          if (meta.published.empty()) meta.published = record_pub_date(*content);
          break;
        case MetaKey::SiteName: set(meta.site_name); break;
        case MetaKey::Language:  // only when <html> names none
          if (meta.lang.empty() && content->size() <= 35) meta.lang = ascii_lower(*content);
          break;
        case MetaKey::Author:
          if (content->rfind("http", 0) != 0 && content->rfind("@", 0) != 0) set(meta.author);
          break;
      }
    }
  }

  void raw(const std::string& s) {
    if (top().tag == Tag::Script && in_ld_json_ && meta.json_ld.size() < 8 && s.size() < (4u << 20))
      meta.json_ld.push_back(s);
  }

  // --- text gathering ---

  void text(std::string_view s) {
    const Open& o = top();
    if (o.flags & kTitle) {
      if (!(o.flags & kDrop) && meta.page_title.size() < 2000)
        meta.page_title.append(s.data(), std::min<size_t>(s.size(), 2000));
      return;
    }
    if (o.flags & kHead) {
      // Text in the head that is not white space starts the body.
      bool blank = std::all_of(s.begin(), s.end(), [](char c) { return chars::is_html_space(c); });
      if (blank) return;
      close_nearest(Tag::Head, SIZE_MAX);
    }
    if (top().flags & kDrop) return;
    append(s);
  }

  void begin_block() {
    if (in_block_) return;
    in_block_ = true;
    ++block_seq_;
    const Open& o = top();
    cur_ = HBlock{};
    cur_.node = o.container;
    cur_.flags = o.flags;
    cur_.heading = o.heading;
    cur_.begin = static_cast<uint32_t>(pool.size());
    space_ = false;
    gap_ = false;
    sibling_ = false;
    inline_closed_at_ = SIZE_MAX;
  }

  void append(std::string_view s) {
    bool pre = top().flags & kPre;
    bool link = top().flags & kLink;
    size_t before = pool.size();
    size_t i = 0;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      // White space: ASCII, no-break space (U+00A0) and the other spaces of Unicode.
      size_t k = i;
      char32_t cp = c < 0x80 ? (++k, char32_t(c)) : unicode::next(s, k);
      if (cp == 0xAD || cp == 0x200B || cp == 0xFEFF || cp == 0) {  // soft hyphen, zero-width space, BOM
        i = k;
        continue;
      }
      if (pre && (cp == '\n' || cp == '\r')) {
        begin_block();
        if (!(cp == '\n' && i > 0 && s[i - 1] == '\r')) pool.push_back('\n');
        space_ = false;
        i = k;
        continue;
      }
      if (cp < 0x80 ? chars::is_html_space(static_cast<char>(cp)) : unicode::is_space(cp)) {
        if (in_block_ && pool.size() > cur_.begin) space_ = true;
        i = k;
        continue;
      }
      begin_block();
      cur_.inner |= top().flags & (kDate | kByline | kModified | kUpdatedAlone | kPublished);
      if (space_ && pool.size() > cur_.begin && pool.back() != '\n') pool.push_back(' ');
      if (gap_ && !space_ && pool.size() > cur_.begin && ((cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))) {
        char prev = pool.back();
        if ((prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9') || prev == ':')
          pool.push_back(' ');  // "By:" + name
      }
      // Another word after an inline element (see inline_closed_at_).
      const bool after_inline = inline_closed_at_ == pool.size();
      if ((sibling_ || after_inline) && !space_ && pool.size() > cur_.begin && pool.back() != ' ' &&
          ((cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))) {
        char prev = pool.back();
        bool digits = sibling_ && (prev >= '0' && prev <= '9');
        bool letter_or_digit =
            (prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z') || (prev >= '0' && prev <= '9');
        auto date = digits || !letter_or_digit ? std::nullopt : find_date(s.substr(i, 48));
        if (digits || (date && date->begin == 0)) pool.push_back(' ');
      }
      space_ = false;
      gap_ = false;
      sibling_ = false;
      // The printable ASCII that follows is appended with this character in one go (none of it is white space
      // or a character dropped above).
      while (k < s.size() && static_cast<unsigned char>(s[k]) > 0x20 && static_cast<unsigned char>(s[k]) < 0x80) ++k;
      pool.append(s.data() + i, k - i);
      i = k;
    }
    if (link && in_block_) cur_.link += static_cast<uint32_t>(pool.size() - before);
  }

  void line_break() {
    if (!in_block_ || pool.size() == cur_.begin || (top().flags & kDrop)) return;
    if (pool.back() == '\n') {
      // Two line breaks end the paragraph.
      pool.pop_back();
      flush();
      return;
    }
    pool.push_back('\n');
    space_ = false;
  }

  static bool separator_at(std::string_view s, size_t i, size_t& len) {
    if (s[i] == '|' || s[i] == ' ' || s[i] == '\n') {
      len = 1;
      return true;
    }
    if (s.substr(i, 3) == "\xE2\x80\xA2") {  // bullet
      len = 3;
      return true;
    }
    if (s.substr(i, 2) == "\xC2\xB7") {  // middle dot
      len = 2;
      return true;
    }
    return false;
  }

  bool separators_only() const {
    std::string_view s(pool);
    size_t len = 0;
    for (size_t i = cur_.begin; i < s.size(); i += len)
      if (!separator_at(s, i, len)) return false;
    return true;
  }

  void flush() {
    if (!in_block_) return;
    in_block_ = false;
    time_open_ = false;
    // Separators left at either end ("Jane Doe \u2022", "| 5 min read") are not text.
    size_t lead = 0, len = 0;
    while (cur_.begin + lead < pool.size() && separator_at(pool, cur_.begin + lead, len)) lead += len;
    if (lead) {
      pool.erase(cur_.begin, lead);
      cur_.time_begin = cur_.time_begin > lead ? cur_.time_begin - static_cast<uint32_t>(lead) : 0;
      cur_.time_end = cur_.time_end > lead ? cur_.time_end - static_cast<uint32_t>(lead) : 0;
    }
    for (;;) {
      std::string_view v(pool);
      if (v.size() <= cur_.begin) break;
      if (v.back() == ' ' || v.back() == '\n' || v.back() == '|') {
        pool.pop_back();
      } else if (v.size() >= cur_.begin + 3 && v.substr(v.size() - 3) == "\xE2\x80\xA2") {
        pool.resize(pool.size() - 3);
      } else if (v.size() >= cur_.begin + 2 && v.substr(v.size() - 2) == "\xC2\xB7") {
        pool.resize(pool.size() - 2);
      } else {
        break;
      }
    }
    cur_.end = static_cast<uint32_t>(pool.size());
    if (cur_.end == cur_.begin) return;
    cur_.link = std::min(cur_.link, cur_.end - cur_.begin);
    nodes[cur_.node].text += cur_.end - cur_.begin;
    nodes[cur_.node].link += cur_.link;
    blocks.push_back(std::move(cur_));
  }

  // Where the next text of the current block will start (after a pending space).
  size_t next_text_at() const { return pool.size() + ((space_ && in_block_ && pool.size() > cur_.begin) ? 1 : 0); }

  void open_q() { q_.push_back({in_block_ ? block_seq_ : block_seq_ + 1, next_text_at()}); }

  void close_q() {
    if (q_.empty()) return;
    QOpen q = q_.back();
    q_.pop_back();
    if (!in_block_ || q.block_seq != block_seq_ || q.at < cur_.begin || q.at >= pool.size()) return;
    size_t at = q.at;
    if (pool[at] == ' ') ++at;
    if (at >= pool.size()) return;
    std::string_view content(pool.data() + at, pool.size() - at);
    size_t k = 0;
    if (chars::is_line_quote_mark(unicode::next(content, k))) return;  // it has its own marks
    bool inner = q_.size() % 2 == 1;
    const char* open = inner ? "\xE2\x80\x98" : "\xE2\x80\x9C";
    const char* close = inner ? "\xE2\x80\x99" : "\xE2\x80\x9D";
    pool.insert(at, open);
    pool += close;
    if (time_open_ && time_at_ >= at) time_at_ += 3;
  }

  void open_time(std::string datetime, bool pubdate = false, bool relative_only = false) {
    if (cur_.has_time && in_block_) return;
    time_open_ = true;
    time_attr_ = std::move(datetime);
    time_pubdate_ = pubdate;
    time_relative_only_ = relative_only;
    time_at_ = next_text_at();
  }

  void close_time() {
    // An empty date element that scripts fill in, right after the block that an inline byline ended, in the same
    // element ("<p><span class=author>By Jane Roe</span> | <span class=date data-date=...></span></p>"): that
    // block's date, with no text of its own.
    if (time_open_ && time_relative_only_) {
      // A title's date counts only under a relative time ("3 hours ago"), which gives no date of its own.
      size_t from = std::max<size_t>(time_at_, in_block_ ? cur_.begin : pool.size());
      std::string_view shown = from < pool.size() ? std::string_view(pool).substr(from) : std::string_view();
      if (shown.empty() || !(rules::is_relative_time_line(shown) || rules::is_relative_day_line(shown))) {
        time_open_ = false;
        return;
      }
    }
    // So is an empty one right after a block of its own ("<p class=byline>By Jane Roe</p><time datetime=...></time>"),
    // its sibling, nothing between them; not in a list item or furniture (other stories' dates).
    if (time_open_ && !in_block_ && !time_attr_.empty() && !blocks.empty() && !blocks.back().has_time &&
        blocks.back().end == pool.size() &&
        (blocks.back().node == top().container ||
         (nodes[blocks.back().node].parent == top().container && !(top().flags & kListItem) &&
          nodes[top().container].negative == kNone))) {
      HBlock& b = blocks.back();
      b.has_time = true;
      b.datetime = time_attr_;
      b.time_begin = b.time_end = b.end - b.begin;
      time_open_ = false;
      return;
    }
    if (!time_open_ || !in_block_ || cur_.has_time) return;
    time_open_ = false;
    size_t at = std::max<size_t>(time_at_, cur_.begin);
    if (at < pool.size() && pool[at] == ' ') ++at;
    if (at >= pool.size() && time_attr_.empty()) return;
    cur_.has_time = true;
    cur_.datetime = time_attr_;
    cur_.pubdate = time_pubdate_;
    cur_.time_begin = static_cast<uint32_t>(std::min(at, pool.size()) - cur_.begin);
    cur_.time_end = static_cast<uint32_t>(pool.size() - cur_.begin);
  }
};

}  // namespace

PageTree read_page(std::string_view html) {
  Builder b;
  b.run(html);
  // A wrapper hidden by its class name that spans most of the page's markup, on a page that shows almost no text
  // outside it (under 1,000 bytes), is the page's layout that a script shows ("<div class=hidden>" around the
  // whole page, left unclosed): read the page again with it shown. Browsers' readers look at styles, not class
  // names, and keep such text too. At most one more pass.
  if (!b.wide_hidden.empty() && b.nodes[0].text < 1000) {
    Builder again;
    again.shown = std::move(b.wide_hidden);
    again.run(html);
    return std::move(static_cast<PageTree&>(again));
  }
  return std::move(static_cast<PageTree&>(b));
}

}  // namespace aa::page
