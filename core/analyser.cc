#include "analyser.h"

#include <mutex>
#include <utility>

#include "ner/entities.h"
#include "ner/scorer.h"
#include "quotes/quotes.h"
#include "structure/structure.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace aa {

struct Resources {
  explicit Resources(EntityModel e) : entities(std::move(e)) {}
  EntityModel entities;
};

/// What analyses leave for the next ones: the entity tagger's memory, for one analysis at a time.
struct Warm {
  std::mutex mutex;
  ner::FormCache scorer;
};

Analyser::Analyser() : Analyser(EntityModel::embedded()) {}
Analyser::Analyser(const EntityModel& entities)
    : resources_(std::make_shared<Resources>(entities)), warm_(std::make_unique<Warm>()) {}
Analyser::~Analyser() = default;
Analyser::Analyser(Analyser&&) noexcept = default;
Analyser& Analyser::operator=(Analyser&&) noexcept = default;

const char* version() {
  return AA_VERSION;
}

Document Analyser::analyse(std::string_view input, const Options& options) const {
  // A leading byte order mark is not part of the text, as when a file is decoded (decode_file_bytes): the JS API's
  // strings and the CLI's files then give the same text and offsets.
  if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
  return analyse(sanitize_utf8(input), options);
}

Document Analyser::analyse(DecodedText decoded, const Options& options) const {
  Document doc;
  doc.text = std::move(decoded.text);
  bool html = options.input == InputKind::Html || (options.input == InputKind::Auto && looks_like_html(doc.text));
  if (html) {
    doc.input_kind = InputKind::Html;
    // Decoding warnings point into the markup, which the output does not keep: say where in the input.
    for (Warning& w : decoded.warnings) {
      if (w.span.end > w.span.begin) w.message += " (at byte " + std::to_string(w.span.begin) + " of the HTML input)";
      w.span = {0, 0};
    }
    doc.warnings = std::move(decoded.warnings);
    structure_html(doc);
  } else {
    doc.input_kind = InputKind::Text;
    doc.warnings = std::move(decoded.warnings);
    structure_text(doc);
  }
  tokenize(doc);
  split_sentences(doc);
  {
    // The memory if it is free, else none (the same output, slower): a thread never waits for another.
    std::unique_lock<std::mutex> lock(warm_->mutex, std::try_to_lock);
    find_entities(resources_->entities, doc, lock.owns_lock() ? &warm_->scorer : nullptr);
  }
  find_quotes(doc);
  return doc;
}

}  // namespace aa
