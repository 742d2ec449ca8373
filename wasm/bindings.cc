// Embind bindings: types in, types out; the analysis is all in core/.
//   const core = await createArticleAnalyserCore();  const a = new core.Analyser();
//   a.analyse(utf8Bytes, 'auto' | 'text' | 'html', 'utf16' | 'codepoint' | 'byte', lean)  -> JSON string | Error
// lean (the JS API's choice): 0 the contract's JSON; 1 every span's "text" is "" (the JS API cuts them from the
// document's text); 2 the same, and the document's "text" is null when it is byte for byte the input (the JS API
// then uses its own string: it asks for 2 only when that string is well-formed UTF-16, so that encoding it
// changed nothing).
// No C++ exception crosses into JS: failures come back as a JS Error value (the JS API throws it), so Embind's
// argument buffers are always freed.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <algorithm>
#include <cstdint>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>

#include "analyser.h"

namespace {

using emscripten::val;

aa::InputKind input_kind(const std::string& s) {
  if (s == "auto") return aa::InputKind::Auto;
  if (s == "text") return aa::InputKind::Text;
  if (s == "html") return aa::InputKind::Html;
  throw std::invalid_argument("input must be 'auto', 'text' or 'html', not '" + s + "'");
}

aa::OffsetUnit offset_unit(const std::string& s) {
  if (s == "utf16") return aa::OffsetUnit::Utf16;
  if (s == "codepoint") return aa::OffsetUnit::CodePoint;
  if (s == "byte") return aa::OffsetUnit::Byte;
  throw std::invalid_argument("offsets must be 'utf16', 'codepoint' or 'byte', not '" + s + "'");
}

// The JSON as a JS string by one TextDecoder.decode over its bytes in the WASM heap. (val(std::string) goes
// through Embind's std::string conversion, which walks every byte in JS twice before decoding: for a 1 MB
// article that was a third of the whole analyse() call.)
val to_js_string(const std::string& s) {
  static const val decoder = val::global("TextDecoder").new_();
  return decoder.call<val>("decode",
                           val(emscripten::typed_memory_view(s.size(), reinterpret_cast<const uint8_t*>(s.data()))));
}

class JsAnalyser {
 public:
  /// text: UTF-8 bytes (a Uint8Array from TextEncoder, or a string). Returns the JSON (lean: above) or an Error.
  val analyse(const std::string& text, const std::string& input, const std::string& offsets, int lean) const {
    return run(text, input, offsets, lean);
  }

  /// The JS API's way in, without a copy: inputBuffer(n) makes room for n bytes in the WASM heap and returns its
  /// address; JS writes the text's UTF-8 there (TextEncoder.encodeInto, no intermediate array) and calls
  /// analyseInput(written, ...), which analyses those bytes and frees the room (so the heap does not keep the
  /// largest text ever seen).
  /// 0 if the heap cannot give n bytes (JS then passes a copy of the exact size).
  uint32_t input_buffer(uint32_t n) {
    try {
      input_.resize(n);
    } catch (const std::bad_alloc&) {
      std::string().swap(input_);
      return 0;
    }
    return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(input_.data()));
  }
  val analyse_input(uint32_t n, const std::string& input, const std::string& offsets, int lean) {
    val out = run(std::string_view(input_.data(), std::min<size_t>(n, input_.size())), input, offsets, lean);
    std::string().swap(input_);
    return out;
  }

 private:
  val run(std::string_view text, const std::string& input, const std::string& offsets, int lean) const {
    std::string error;
    try {
      aa::Options options;
      options.input = input_kind(input);
      const aa::OffsetUnit unit = offset_unit(offsets);
      const aa::Document doc = analyser_.analyse(text, options);
      aa::JsonText texts = aa::JsonText::All;
      if (lean == 2 && doc.text == text)
        texts = aa::JsonText::None;
      else if (lean >= 1)
        texts = aa::JsonText::SpansEmpty;
      std::string json = aa::to_json(doc, unit, -1, texts);
      return to_js_string(json);
    } catch (const std::exception& e) {
      error = e.what();
    } catch (...) {
      error = "unknown error in the analyser";
    }
    return val::global("Error").new_(error);
  }

  aa::Analyser analyser_;
  std::string input_;
};

std::string version() {
  return aa::version();
}

// Bytes of the WASM heap in use by malloc: lets the tests prove that analyses do not leak.
double heap_in_use() {
  return static_cast<double>(mallinfo().uordblks);
}

}  // namespace

EMSCRIPTEN_BINDINGS(article_analyser) {
  emscripten::class_<JsAnalyser>("Analyser")
      .constructor<>()
      .function("analyse", &JsAnalyser::analyse)
      .function("inputBuffer", &JsAnalyser::input_buffer)
      .function("analyseInput", &JsAnalyser::analyse_input);
  emscripten::function("version", &version);
  emscripten::function("heapInUse", &heap_in_use);
}
