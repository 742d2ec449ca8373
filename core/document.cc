#include "document.h"

namespace aa {

namespace {
constexpr const char* kLabelNames[kLabelCount] = {"PERSON", "ORG",  "GPE",   "LOC",     "NORP",    "EVENT",
                                                  "DATE",   "TIME", "MONEY", "PERCENT", "QUANTITY"};
}

const char* label_name(Label l) {
  return kLabelNames[static_cast<int>(l)];
}

std::optional<Label> label_from_name(std::string_view name) {
  for (int i = 0; i < kLabelCount; ++i)
    if (name == kLabelNames[i]) return static_cast<Label>(i);
  return std::nullopt;
}

const char* quote_kind_name(QuoteKind k) {
  switch (k) {
    case QuoteKind::Direct: return "direct";
    case QuoteKind::Partial: return "partial";
    case QuoteKind::Scare: return "scare";
    case QuoteKind::Indirect: return "indirect";
    case QuoteKind::Block: return "block";
  }
  return "direct";
}

const char* block_kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::Title: return "title";
    case BlockKind::Subtitle: return "subtitle";
    case BlockKind::Byline: return "byline";
    case BlockKind::Date: return "date";
    case BlockKind::Heading: return "heading";
    case BlockKind::Caption: return "caption";
    case BlockKind::Credit: return "credit";
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::BlockQuote: return "blockquote";
    case BlockKind::Boilerplate: return "boilerplate";
  }
  return "paragraph";
}

}  // namespace aa
