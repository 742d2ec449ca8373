// Output writers behind one interface, picked by name: "json", "jsonl", "text".
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "document.h"

namespace aa {

/// How much of the text itself the JSON carries. All: the contract. The lean forms are for a reader that holds the
/// text and cuts each span's "text" from it (the JS API, which saves the writing, decoding and parsing of what is
/// most of the JSON's bytes): every span's "text" is written "" (it is text.slice(start, end) in the JSON's unit);
/// with None the document's "text" is null too (it must then be the text the reader gave), and non-ASCII
/// characters of the other strings are written as \uXXXX escapes (the same strings, parsed), so that the JSON is
/// ASCII, which JS decodes and parses faster.
enum class JsonText : uint8_t { All, SpansEmpty, None };

/// The JSON of the contract (schema "article-analysis/1"), with offsets in `unit`. indent < 0: one line.
/// Promises: for every span, text.slice(start, end) in the chosen unit equals its "text"; output is valid UTF-8
/// and the same bytes on every platform for the same document.
std::string to_json(const Document& doc, OffsetUnit unit, int indent = -1, JsonText texts = JsonText::All);

/// The same, appended to `out` (no copy of what may be hundreds of megabytes).
void append_json(const Document& doc, OffsetUnit unit, std::string& out, int indent = -1,
                 JsonText texts = JsonText::All);

/// The article for reading in a terminal, with entities and quotes marked inline:
/// [PERSON Ned Price], and quotes as {direct <- Ned Price: “...”}.
std::string to_inline_text(const Document& doc);

class Writer {
 public:
  virtual ~Writer() = default;
  /// Appends one document.
  virtual void write(const Document& doc, std::string& out) const = 0;
};

/// "json" (indented, one document after another), "jsonl" (one document a line), "text". Null if unknown.
std::unique_ptr<Writer> make_writer(std::string_view name, OffsetUnit unit);

}  // namespace aa
