// article-analyser: the document model shared by every stage.
//
// Plain structs with public fields. Every span is a half-open range [begin, end) of UTF-8 *byte* offsets into
// Document::text, always on code-point boundaries. Conversion to UTF-16 units or code points happens only when
// the result is written out (see offsets.h / json_writer.h).
//
// Data flows one way: input -> text.h (decode) -> structure.h (article blocks) -> tokenizer.h -> sentences.h ->
// entities.h -> quotes.h -> json_writer.h. Each stage reads what earlier stages wrote and appends its own part.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aa {

/// How the input is to be read.
enum class InputKind : uint8_t { Auto, Text, Html };

/// Units for offsets in the output.
enum class OffsetUnit : uint8_t { Utf16, CodePoint, Byte };

/// A half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span& a, const Span& b) { return a.begin == b.begin && a.end == b.end; }
  friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
  friend bool operator<(const Span& a, const Span& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; }
};

// ---------------------------------------------------------------------------------------------------------------
// Article structure (structure.h)

enum class BlockKind : uint8_t {
  Title,        // the headline
  Subtitle,     // standfirst / dek
  Byline,       // "By Jane Doe, Reuters"
  Date,         // the date line
  Heading,      // a section heading inside the body
  Caption,      // an image caption
  Credit,       // an image credit ("Photo: AP")
  Paragraph,    // body text
  BlockQuote,   // a quotation set apart (<blockquote>, indented paragraph); also listed among paragraphs
  Boilerplate,  // page debris: not analysed, kept for the record
};

/// A block of the article in reading order. Blocks never overlap; text between blocks is whitespace, or
/// material that belongs to no block (a dropped repeated headline, say).
struct Block {
  Span span;
  BlockKind kind = BlockKind::Paragraph;
};

struct ArticleDate {
  Span span;
  std::string iso;  // "2023-01-25", or with time "2023-03-01T15:04:00-05:00" when the text has one
};

struct Article {
  std::vector<Block> blocks;  // reading order; the lists below are views of these for the JSON
  std::optional<Span> title, subtitle, byline;
  std::optional<ArticleDate> date;
  std::vector<Span> headings, captions, credits, paragraphs, boilerplate;
};

// ---------------------------------------------------------------------------------------------------------------
// Tokens (tokenizer.h) and sentences (sentences.h)

enum class TokenKind : uint8_t {
  Word,      // letters, digits, marks; may hold inner hyphens, apostrophes (O'Brien) and dots (e.g. "Ph.D")
  Number,    // 1,000.5  3.2  4bn  1990s  2023-01-25  3:04  ’90s
  Abbrev,    // U.S.  Mr.  Jan.  J.  e.g.  (the final dot belongs to the token)
  Clitic,    // ’s  's  n't  ’re  ’ll  ’ve  ’d  ’m, split off the word before it
  Url,       // http://...  www.example.com
  Email,     // jane@example.com
  Quote,     // any quotation mark: " “ ” ‘ ’ ' « » „ ‚ ‹ › (an apostrophe that is not inside a word)
  Dash,      // — – ‒ ― --  (a lone hyphen between spaces too)
  Ellipsis,  // ... …
  Punct,     // . , ; : ! ? ( ) [ ] { } / and other punctuation
  Symbol,    // $ € £ % & + = # @ and other symbols
  Other,     // anything else (emoji, U+FFFD, control characters that are not whitespace)
};

/// Token flags (bit set).
enum TokenFlag : uint8_t {
  kSpaceBefore = 1,    // whitespace precedes the token
  kNewlineBefore = 2,  // a line break precedes the token
  kSpaceAfter = 4,     // whitespace (or the end of the text) follows the token
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::Word;
  uint8_t flags = 0;
  uint32_t block = 0;  // index into Article::blocks
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // [first_token, last_token) into Document::tokens
  uint32_t last_token = 0;
  uint32_t block = 0;  // index into Article::blocks; a sentence never crosses a block
};

// ---------------------------------------------------------------------------------------------------------------
// Entities (entities.h)

enum class Label : uint8_t { Person, Org, Gpe, Loc, Norp, Event, Date, Time, Money, Percent, Quantity };
constexpr int kLabelCount = 11;

struct Entity {
  Span span;
  Label label = Label::Person;
  int32_t cluster = -1;                      // index into Document::clusters
  float score = 1.0f;                        // 0..1
  uint32_t first_token = 0, last_token = 0;  // [first_token, last_token)
};

struct Cluster {
  int32_t id = 0;
  Label label = Label::Person;
  std::string name;                       // canonical name: the fullest form ("Ned Price", "United States")
  std::vector<uint32_t> mentions;         // indices into Document::entities, in text order
  std::vector<std::string> titles;        // "President", "spokesperson"
  uint32_t quote_count = 0;               // filled by the quote stage: quotes attributed to this cluster
  std::array<uint32_t, 5> quote_kinds{};  // of those, how many of each QuoteKind (indexed by QuoteKind)
};

// ---------------------------------------------------------------------------------------------------------------
// Quotes (quotes.h)

enum class QuoteKind : uint8_t { Direct, Partial, Scare, Indirect, Block };

struct Speaker {
  std::string name;             // canonical name, "anonymous sources", or empty when none
  int32_t cluster = -1;         // index into Document::clusters, -1 if none
  std::optional<Span> mention;  // where the speaker is named (or the pronoun / description)
  bool anonymous = false;
  // Why no speaker was found, when name is empty (a fixed code, static storage; empty when name is set):
  // "scare" (a scare quote: no one is said to have spoken it), "passive-cue" (the cue is in the passive: "he has
  // been described as"), "speaker-not-named" (a pronoun or description speaks that names no one in the text),
  // "no-cue" (no cue, colon, dash or quotation before it attributes it).
  std::string_view reason;
  bool known() const { return !name.empty(); }
};

struct Quote {
  Span span;
  QuoteKind kind = QuoteKind::Direct;
  Speaker speaker;
  std::optional<Span> cue;  // "said", "told reporters", "according to"
  float score = 0.0f;       // 0..1
  Span content;             // all the speaker is reported to have said (CONTRACT.md); contains span for marks
};

// ---------------------------------------------------------------------------------------------------------------

struct Warning {
  std::string code;  // "invalid-utf8", "unbalanced-quote", "utf16-decoded", ...
  Span span;
  std::string message;
};

struct Document {
  InputKind input_kind = InputKind::Text;  // what the input was read as (Text or Html, never Auto)
  std::string text;                        // valid UTF-8; all spans index it
  Article article;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Cluster> clusters;
  std::vector<Quote> quotes;
  std::vector<Warning> warnings;

  std::string_view view(const Span& s) const { return std::string_view(text).substr(s.begin, s.size()); }
};

const char* label_name(Label l);  // "PERSON", "ORG", ...
std::optional<Label> label_from_name(std::string_view name);
const char* quote_kind_name(QuoteKind k);  // "direct", ...
const char* block_kind_name(BlockKind k);  // "title", ...

}  // namespace aa
