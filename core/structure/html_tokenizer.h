// A tolerant HTML tokenizer, after the WHATWG tokenization states (https://html.spec.whatwg.org/#tokenization),
// reduced to what reading an article needs: tags with attributes, text with character references decoded,
// comments, doctypes, CDATA sections, and the raw text of <script>, <style>, <noscript>, <template> ...
//
// It never fails: every byte sequence gives a token stream, in time linear in the input. It builds no tree (see
// html_page.cc for that) and keeps no state beyond the current position.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aa::html {

/// Looks up a named character reference by its name without '&' and ';' ("amp", "rsquo").
/// Returns its one or two code points (the second is 0 when there is one).
std::optional<std::pair<char32_t, char32_t>> find_named_reference(std::string_view name);

/// The longest legacy reference name (one that browsers also read without ';', like "amp" or "nbsp") that
/// `text` starts with; sets its code points. Returns its length, 0 if none.
size_t longest_legacy_reference(std::string_view text, char32_t& cp1, char32_t& cp2);

/// Appends `in` to `out` with character references decoded as browsers do: named (&amp; &rsquo; and, for
/// legacy names, without ';'), decimal and hex (&#8220; &#x201C;), with the Windows-1252 reading of &#128;..&#159;
/// and U+FFFD for &#0;, surrogates and values above U+10FFFF. In attribute values (`in_attribute`), a legacy
/// name without ';' followed by a letter, digit or '=' is left as it is ("?a=1&copy=2").
/// `drop_nul` removes NUL bytes (as in element text); otherwise they become U+FFFD.
/// Requires: `in` is valid UTF-8. Promises: `out` stays valid UTF-8.
void decode_references(std::string_view in, std::string& out, bool in_attribute = false, bool drop_nul = true);

/// Convenience: the decoded string.
std::string decode_references(std::string_view in);

/// The position of the first '&' or NUL byte of `s` at or after `from`, s.size() if none: where decoding has
/// something to do. Eight bytes a step (most of a page's text and attribute values holds neither);
/// find_amp_or_nul_plain, a byte at a time, is the reference it is tested against.
size_t find_amp_or_nul(std::string_view s, size_t from);
size_t find_amp_or_nul_plain(std::string_view s, size_t from);

struct Attribute {
  std::string name;   // lowercase ASCII
  std::string value;  // references decoded
};

enum class TokenType : uint8_t {
  StartTag,  // name, attributes, self_closing
  EndTag,    // name
  Text,      // text: element text with references decoded (the text of <title> and <textarea> too)
  RawText,   // text: the content of <script>, <style>, <noscript>, <template>, <iframe>, <xmp>, ... as it is
  Comment,   // text: the comment's content
  Doctype,   // text: what follows "<!DOCTYPE"
  Cdata,     // text: the content of <![CDATA[ ... ]]>
};

struct Token {
  TokenType type = TokenType::Text;
  std::string name;
  std::vector<Attribute> attributes;  // in source order; a repeated name keeps its first value only
  bool self_closing = false;
  std::string text;
  size_t offset = 0;  // byte offset in the input where the token starts

  /// The value of an attribute, or nullptr.
  const std::string* attribute(std::string_view attr_name) const;
};

/// Reads tokens one after another. The input must outlive the tokenizer; it may hold any bytes (ill-formed UTF-8
/// is passed through as it is; callers give valid UTF-8).
class Tokenizer {
 public:
  explicit Tokenizer(std::string_view input) : in_(input) {}

  /// Reads the next token into `t`, reusing its buffers. Returns false at the end of the input.
  /// After a start tag of a raw-text element (script, style, noscript, template, iframe, noembed, noframes, xmp;
  /// plaintext to the end) the next token is its RawText content (possibly empty), then its end tag;
  /// title and textarea give Text (references decoded) the same way.
  bool next(Token& t);

  /// Bytes consumed so far.
  size_t position() const { return pos_; }

 private:
  bool tag(Token& t, size_t lt);
  bool markup_declaration(Token& t, size_t lt);
  void bogus_comment(Token& t, size_t from, size_t lt);
  bool raw_text(Token& t);

  std::string_view in_;
  size_t pos_ = 0;
  std::string raw_end_;      // when not empty: the element whose raw text comes next ("script")
  bool raw_decode_ = false;  // RCDATA (title, textarea): references decoded
  // The attributes of the tokens before, emptied, whose strings keep their memory for the next tags' (a page has
  // thousands of attributes, most values longer than a string holds without allocating). At most as many as one
  // tag had (at most 257).
  std::vector<Attribute> spare_;
  Attribute take_spare();
};

}  // namespace aa::html
