// Embind bindings: types in, types out; the analysis is all in core/.
//   const core = await createArticleAnalyserCore();  const a = new core.Analyser(modelBytes);
// modelBytes: the entity model (a Uint8Array of build/web/entities.bin, packed or plain): the .wasm carries none, so
// that the model downloads in parallel with the code and is cached apart from it. Several analysers of one instance
// share one decoded model: const m = new core.Model(modelBytes); new core.Analyser(m) (each), m.delete().
//   a.analyse(utf8Bytes, {input, offsets, texts})  -> JSON string | Error
// The options are one object (a value_object, every field required):
//   input    'auto' | 'text' | 'html'
//   offsets  'utf16' | 'codepoint' | 'byte'
//   texts    what of the text the JSON carries (the JS API's choice): 'all' the contract's JSON; 'document' every
//            span's "text" is "" (the JS API cuts them from the document's text); 'none' the same, and the
//            document's "text" is null when it is byte for byte the input (the JS API then uses its own string: it
//            asks for 'none' only when that string is well-formed UTF-16, so that encoding it changed nothing).
// No C++ exception crosses into JS: failures come back as a JS Error value (the JS API throws it), so Embind's
// argument buffers are always freed.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "analyser.h"
#include "ner/entities.h"

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

aa::JsonText json_text(const std::string& s) {
  if (s == "all") return aa::JsonText::All;
  if (s == "document") return aa::JsonText::SpansEmpty;
  if (s == "none") return aa::JsonText::None;
  throw std::invalid_argument("texts must be 'all', 'document' or 'none', not '" + s + "'");
}

// The JSON as a JS string by one TextDecoder.decode over its bytes in the WASM heap. (val(std::string) goes
// through Embind's std::string conversion, which walks every byte in JS twice before decoding: for a 1 MB
// article that was a third of the whole analyse() call.)
val to_js_string(const std::string& s) {
  static const val decoder = val::global("TextDecoder").new_();
  return decoder.call<val>("decode",
                           val(emscripten::typed_memory_view(s.size(), reinterpret_cast<const uint8_t*>(s.data()))));
}

/// The options of analyse() and analyseInput() (see the top of the file).
struct JsOptions {
  std::string input, offsets, texts;
};

/// Room in the heap for a model's bytes, for a reader that writes them there itself: in Node the JS API reads the
/// model file straight into it (one read, on Node's thread pool), so that no JS buffer holds the bytes and no copy
/// of them into the heap runs on the main thread (a copy into fresh pages: ~3 ms of start-up's ~24, bench/README.md).
///   const room = new core.ModelBytes(n); fill core.HEAPU8 at room.address() .. + n; new core.Model(room);
///   room.delete()
/// address() is 0 if the heap cannot give n bytes. Not zero-filled: the reader writes every byte.
class JsModelBytes {
 public:
  explicit JsModelBytes(uint32_t n) : data_(new (std::nothrow) uint8_t[n == 0 ? 1 : n]), size_(data_ ? n : 0) {}
  uint32_t address() const { return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(data_.get())); }
  const uint8_t* data() const { return data_.get(); }
  size_t size() const { return size_; }

 private:
  std::unique_ptr<uint8_t[]> data_;
  size_t size_;
};

/// The decoded entity model, made once and shared by every Analyser given it: `new core.Model(bytes)`, then
/// `new core.Analyser(model)` as often as needed (each Analyser holds its own reference, so the model may be
/// deleted before them; its memory goes with the last of them). Immutable: nothing here is global.
class JsModel {
 public:
  /// model: a Uint8Array (or ArrayBuffer) of the model file, packed or plain; copied into the heap by one
  /// TypedArray.set (Embind's std::string conversion copied it byte by byte in JS: ~100 ms of start-up for 4.4 MB),
  /// into memory that is not zero-filled first (as convertJSArrayToNumberVector's vector would be: a pass over
  /// 3.6 MB for nothing, since set() writes every byte).
  /// Or model: a ModelBytes (above) holding them already, decoded where they are.
  /// If the bytes are not a usable model, error() says why.
  explicit JsModel(const val& model) {
    try {
      if (model.instanceof (val::module_property("ModelBytes"))) {
        const JsModelBytes& room = *model.as<JsModelBytes*>(emscripten::allow_raw_pointers());
        if (!room.data()) throw std::invalid_argument("entity model: no bytes (the heap could not hold them)");
        model_.emplace(aa::EntityModel::from_bytes(room.data(), room.size()));
        return;
      }
      const val bytes = model.instanceof (val::global("ArrayBuffer")) ? val::global("Uint8Array").new_(model) : model;
      const size_t size = bytes["length"].as<size_t>();
      const std::unique_ptr<uint8_t[]> data(new uint8_t[size]);
      val(emscripten::typed_memory_view(size, data.get())).call<void>("set", bytes);
      model_.emplace(aa::EntityModel::from_bytes(data.get(), size));  // a handle: copies share the model
    } catch (const std::exception& e) {
      error_ = e.what();
    }
  }
  /// "" when the model loaded, else why not.
  std::string error() const { return error_; }
  const std::optional<aa::EntityModel>& model() const { return model_; }

 private:
  std::optional<aa::EntityModel> model_;
  std::string error_;
};

class JsAnalyser {
 public:
  /// model: a Model (above: decoded once, shared), or the model's bytes (a Uint8Array or ArrayBuffer, decoded for
  /// this Analyser alone). If it is not a usable model, error() says why (and analyse() returns that Error).
  explicit JsAnalyser(const val& model) {
    if (model.instanceof (val::module_property("Model"))) {
      start(*model.as<JsModel*>(emscripten::allow_raw_pointers()));
    } else {
      start(JsModel(model));
    }
  }
  /// "" when the analyser started, else why not.
  std::string error() const { return error_; }

  /// text: UTF-8 bytes (a Uint8Array from TextEncoder, or a string). Returns the JSON (lean: above) or an Error.
  val analyse(const std::string& text, const JsOptions& options) const { return run(text, options); }

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
  val analyse_input(uint32_t n, const JsOptions& options) {
    val out = run(std::string_view(input_.data(), std::min<size_t>(n, input_.size())), options);
    std::string().swap(input_);
    return out;
  }

 private:
  void start(const JsModel& model) {
    error_ = model.error();
    if (!model.model()) return;
    try {
      analyser_ = std::make_unique<aa::Analyser>(*model.model());  // shares the decoded model (a shared_ptr inside)
    } catch (const std::exception& e) {
      error_ = e.what();
    }
  }

  val run(std::string_view text, const JsOptions& js) const {
    if (!analyser_) return val::global("Error").new_(error_);
    std::string error;
    try {
      aa::Options options;
      options.input = input_kind(js.input);
      const aa::OffsetUnit unit = offset_unit(js.offsets);
      const aa::Document doc = analyser_->analyse(text, options);
      aa::JsonText texts = json_text(js.texts);
      if (texts == aa::JsonText::None && doc.text != text) texts = aa::JsonText::SpansEmpty;
      std::string json = aa::to_json(doc, unit, -1, texts);
      return to_js_string(json);
    } catch (const std::bad_alloc&) {
      // Said plainly, with the size: "std::bad_alloc" told nothing (README, "Limits": memory per input byte).
      error = "out of memory: analysing " + std::to_string(text.size()) +
              " bytes needs more memory than the WebAssembly heap could grow to";
    } catch (const std::exception& e) {
      error = e.what();
    } catch (...) {
      error = "unknown error in the analyser";
    }
    return val::global("Error").new_(error);
  }

  std::unique_ptr<aa::Analyser> analyser_;
  std::string error_;
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
  emscripten::value_object<JsOptions>("AnalyseOptions")
      .field("input", &JsOptions::input)
      .field("offsets", &JsOptions::offsets)
      .field("texts", &JsOptions::texts);
  emscripten::class_<JsModelBytes>("ModelBytes").constructor<uint32_t>().function("address", &JsModelBytes::address);
  emscripten::class_<JsModel>("Model").constructor<const val&>().function("error", &JsModel::error);
  emscripten::class_<JsAnalyser>("Analyser")
      .constructor<const val&>()
      .function("error", &JsAnalyser::error)
      .function("analyse", &JsAnalyser::analyse)
      .function("inputBuffer", &JsAnalyser::input_buffer)
      .function("analyseInput", &JsAnalyser::analyse_input);
  emscripten::function("version", &version);
  emscripten::function("heapInUse", &heap_in_use);
}
