// article-analyser: the command-line tool. See --help.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_set>
#include <vector>

#include "analyser.h"

namespace {

const char* kUsage =
    "usage: article-analyser [--format json|jsonl|text] [--input text|html|auto]\n"
    "                        [--offsets utf16|codepoint|byte] [FILE...]\n"
    "       article-analyser --input-format jsonl [--skip-done OUT.jsonl] [--input K] [--offsets U] [FILE...]\n"
    "       article-analyser --list-done OUT.jsonl\n"
    "\n"
    "Finds the article structure, sentences, named entities and quotations (with their speakers) in news\n"
    "articles, and writes them as JSON (schema article-analysis/1).\n"
    "\n"
    "  FILE            a text or HTML file; none or '-' reads standard input. Several files give one\n"
    "                  document each, in order.\n"
    "  --format F      json (default; indented, one document after another), jsonl (one document a line),\n"
    "                  text (the article with entities and quotes marked inline)\n"
    "  --input K       auto (default: HTML if it looks like markup), text or html\n"
    "  --offsets U     units of all offsets: utf16 (default, as JavaScript strings), codepoint or byte\n"
    "  --input-format jsonl\n"
    "                  read records instead of documents: each line of the input (FILEs or standard input) is\n"
    "                  a JSON object {\"id\": string or integer, \"text\": string}; each gives one output line\n"
    "                  {\"id\": ..., \"analysis\": {...}} (the analysis is what --format jsonl prints for the\n"
    "                  text), or {\"id\": ..., \"error\": \"...\"} when the core refuses the text. A line that\n"
    "                  is not such an object is named on standard error (FILE:LINE) and gives no output.\n"
    "  --skip-done F   with --input-format jsonl: skip the records whose id is on a complete line of F, an\n"
    "                  earlier output (to resume an interrupted run; a torn line does not count; no F yet is\n"
    "                  fine)\n"
    "  --list-done F   print the ids --skip-done F would skip, as {\"id\": ...} lines (which --skip-done reads\n"
    "                  too): a small file to send to other hosts\n"
    "  -h, --help      this help\n"
    "  --version       the version\n"
    "\n"
    "Files are read as UTF-8 (a UTF-8 byte order mark is dropped, a UTF-16 one switches to UTF-16, UTF-32 is\n"
    "refused); ill-formed bytes become U+FFFD with a warning in the output. An input (a file, standard input,\n"
    "a record's line) may have at most 268435456 bytes (256 MiB): a larger one is refused while it is read.\n"
    "--format text shows control characters as symbols (ESC as U+241B) and C1 controls as \\x80-\\x9f.\n"
    "Exit status: 0 if every input was analysed, 1 if some could not be (each named on standard error), 2 for\n"
    "a usage error.\n";

int usage_error(const std::string& msg) {
  std::cerr << "article-analyser: " << msg << "\n(see article-analyser --help)\n";
  return 2;
}

// Reads all of `fd` into `out`, at most aa::kMaxInputBytes: more is not read at all (standard input or a device
// like /dev/zero may never end). Returns false with errno set when a read fails (EIO, EISDIR, ...): iostreams
// would report such a file as empty and the tool would analyse nothing and exit 0; `too_large` is set (and true
// returned) when the input is over the limit, its size then in `out_size` (or the limit + 1 for a stream).
bool read_all(int fd, std::string& out, bool& too_large, size_t& out_size) {
  out.clear();
  too_large = false;
  struct stat st {};
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    if (static_cast<uint64_t>(st.st_size) > aa::kMaxInputBytes) {
      too_large = true;
      out_size = static_cast<size_t>(st.st_size);
      return true;
    }
    out.reserve(static_cast<size_t>(st.st_size));
  }
  char buf[1 << 16];
  for (;;) {
    size_t room = aa::kMaxInputBytes + 1 - out.size();  // one byte past the limit tells "too large"
    ssize_t n = read(fd, buf, std::min(sizeof buf, room));
    if (n > 0) {
      out.append(buf, static_cast<size_t>(n));
      if (out.size() > aa::kMaxInputBytes) {
        too_large = true;
        out_size = out.size();
        std::string().swap(out);
        return true;
      }
    } else if (n == 0) {
      return true;
    } else if (errno != EINTR) {
      return false;
    }
  }
}

// One line of `in` (without its newline) into `line`, at most aa::kMaxInputBytes bytes of it: at a longer line it
// stops there (`too_long`; skip_line reads past the rest, which on a device may never end). False at the end of
// the input. `newline`: the line ended with one (a torn last line does not).
bool read_line(std::istream& in, std::string& line, bool& too_long, bool& newline) {
  line.clear();
  too_long = newline = false;
  std::streambuf* sb = in.rdbuf();
  for (;;) {
    int c = sb->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return !line.empty();
    }
    if (c == '\n') {
      newline = true;
      return true;
    }
    line.push_back(static_cast<char>(c));
    if (line.size() > aa::kMaxInputBytes) {
      too_long = true;
      std::string().swap(line);
      return true;
    }
  }
}

// Reads past the rest of a line. True if it had a newline.
bool skip_line(std::istream& in) {
  std::streambuf* sb = in.rdbuf();
  for (int c; (c = sb->sbumpc()) != std::char_traits<char>::eof();)
    if (c == '\n') return true;
  in.setstate(std::ios::eofbit);
  return false;
}

bool is_regular_file(int fd) {
  struct stat st {};
  return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

// ---- --input-format jsonl: records {"id", "text"} in, {"id", "analysis"} out -----------------------------------

// The id as one canonical JSON token (a string or an integer), so that "7" and 7 stay different ids and the
// same id reads the same from the input and from an earlier output. Empty if `id` is neither.
std::string id_key(const nlohmann::json& id) {
  if (id.is_string() || id.is_number_integer()) return id.dump();
  return {};
}

// The id of a line this tool wrote ({"id":ID,...}): only the id is parsed, not the analysis after it.
std::string id_of_output_line(const std::string& line) {
  static const std::string kHead = "{\"id\":";
  if (line.compare(0, kHead.size(), kHead) != 0) return {};
  size_t i = kHead.size(), end = i;
  if (i < line.size() && line[i] == '"') {
    for (end = i + 1; end < line.size() && line[end] != '"'; ++end)
      if (line[end] == '\\') ++end;
    ++end;
  } else {
    while (end < line.size() && line[end] != ',' && line[end] != '}') ++end;
  }
  if (end > line.size()) return {};
  try {
    return id_key(nlohmann::json::parse(line.begin() + static_cast<std::ptrdiff_t>(i),
                                        line.begin() + static_cast<std::ptrdiff_t>(end)));
  } catch (const nlohmann::json::exception&) {
    return {};
  }
}

// Reads the ids of the complete lines of an earlier output: lines that end with a newline and are whole JSON (a
// line torn by an interrupted run is neither, and its record is analysed again). False (errno set) if the file
// cannot be read. `each` is called with each id's key.
template <typename Each>
bool for_each_done_id(const std::string& path, Each each) {
  struct stat st {};
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    errno = EISDIR;
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string line;
  bool too_long = false, newline = false;
  while (read_line(in, line, too_long, newline)) {
    if (too_long) {
      // Over the input limit, so not an output of this tool for a record it could read: not done.
      if (!skip_line(in)) break;
      continue;
    }
    if (!newline) break;  // torn
    std::string key = id_of_output_line(line);
    if (!key.empty() && nlohmann::json::accept(line)) each(key);
  }
  return !in.bad();
}

// Writes all of `data` with as few write(2) calls as the kernel allows (one, for a file or a pipe with room):
// a line is never split across buffered writes, so a run killed between lines leaves whole lines.
bool write_all(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

struct RecordRun {
  const aa::Analyser& analyser;
  const aa::Options& options;
  const aa::Writer& writer;
  const std::unordered_set<std::string>& done;
  std::string out;
  int status = 0;
  bool write_failed = false;

  // One input line; writes one output line unless the record is skipped or unreadable.
  void line(const std::string& where, const std::string& text) {
    if (text.find_first_not_of(" \t\r") == std::string::npos) return;  // blank lines are no records
    nlohmann::json record;
    std::string key;
    try {
      record = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
      return fail(where, std::string("not JSON: ") + e.what());
    }
    if (!record.is_object() || !record.contains("id") || (key = id_key(record["id"])).empty())
      return fail(where, "not a record: needs an object with \"id\" (a string or an integer) and \"text\"");
    auto t = record.find("text");
    if (t == record.end() || !t->is_string()) return fail(where, "record " + key + ": \"text\" must be a string");
    if (done.count(key) || write_failed) return;
    out = "{\"id\":" + key;
    try {
      std::string doc;
      writer.write(analyser.analyse(t->get_ref<const std::string&>(), options), doc);
      if (!doc.empty() && doc.back() == '\n') doc.pop_back();
      out += ",\"analysis\":" + doc + "}\n";
    } catch (const std::exception& e) {
      std::cerr << "article-analyser: " << where << ": record " << key << ": " << e.what() << "\n";
      out += ",\"error\":" + nlohmann::json(std::string(e.what())).dump() + "}\n";
      status = 1;
    }
    if (!write_all(STDOUT_FILENO, out)) write_failed = true;
  }

  void fail(const std::string& where, const std::string& why) {
    std::cerr << "article-analyser: " << where << ": " << why << "\n";
    status = 1;
  }
};

int run_records(const std::vector<std::string>& files, const std::string& skip_done, const aa::Options& options,
                aa::OffsetUnit unit) {
  std::unordered_set<std::string> done;
  if (!skip_done.empty() && !for_each_done_id(skip_done, [&](std::string& key) { done.insert(std::move(key)); }) &&
      errno != ENOENT) {  // no earlier output yet: nothing to skip
    std::cerr << "article-analyser: " << skip_done << ": cannot read: " << std::strerror(errno) << "\n";
    return 1;
  }
  std::unique_ptr<aa::Writer> writer = aa::make_writer("jsonl", unit);
  aa::Analyser analyser;
  RecordRun run{analyser, options, *writer, done, {}, 0, false};
  for (const std::string& name : files) {
    std::ifstream file;
    std::istream* in = &std::cin;
    std::string display = name == "-" ? "<stdin>" : name;
    if (name != "-") {
      file.open(name, std::ios::binary);
      if (!file) {
        run.fail(display, std::string("cannot read: ") + std::strerror(errno));
        continue;
      }
      in = &file;
    }
    std::string text;
    bool too_long = false, newline = false;
    bool regular = name == "-" ? is_regular_file(STDIN_FILENO) : true;
    if (name != "-") {
      struct stat st {};
      regular = stat(name.c_str(), &st) == 0 && S_ISREG(st.st_mode);
    }
    for (size_t n = 1; !run.write_failed && read_line(*in, text, too_long, newline); ++n) {
      std::string where = display + ":" + std::to_string(n);
      if (!too_long) {
        run.line(where, text);
        continue;
      }
      // Past the limit: a file's next line is found; a stream or device may never end, so it is left there.
      run.fail(where, "line too large: " + aa::input_too_large_message(aa::kMaxInputBytes, true) +
                          (regular ? "" : "; the rest of this input is not read"));
      if (!regular || !skip_line(*in)) break;
    }
    if (in->bad()) run.fail(display, "cannot read");
  }
  if (run.write_failed) {
    std::cerr << "article-analyser: cannot write standard output: " << std::strerror(errno) << "\n";
    return 1;
  }
  return run.status;
}

// --list-done FILE: the ids that --skip-done FILE would skip, as {"id":ID} lines (which --skip-done reads too):
// a small file to copy to other hosts instead of the whole earlier output.
int list_done(const std::string& path) {
  std::string out;
  bool ok = for_each_done_id(path, [&](const std::string& key) {
    out += "{\"id\":" + key + "}\n";
    if (out.size() > (1 << 16)) {
      std::cout << out;
      out.clear();
    }
  });
  if (!ok && errno != ENOENT) {
    std::cerr << "article-analyser: " << path << ": cannot read: " << std::strerror(errno) << "\n";
    return 1;
  }
  std::cout << out << std::flush;
  if (!std::cout) {
    std::cerr << "article-analyser: cannot write standard output\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::string format = "json";
  aa::Options options;
  aa::OffsetUnit unit = aa::OffsetUnit::Utf16;
  std::vector<std::string> files;
  std::string input_format = "documents", skip_done, list_done_of;
  bool only_files = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const std::string& name) -> std::string {
      auto eq = arg.find('=');
      if (eq != std::string::npos) return arg.substr(eq + 1);
      if (i + 1 >= argc) return "\x01";
      (void)name;
      return argv[++i];
    };
    if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
      files.push_back(arg);
    } else if (arg == "--") {
      only_files = true;
    } else if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--version") {
      std::cout << "article-analyser " << aa::version() << "\n";
      return 0;
    } else if (arg.rfind("--format", 0) == 0) {
      format = value("--format");
      if (format != "json" && format != "jsonl" && format != "text")
        return usage_error("--format must be json, jsonl or text, not '" + format + "'");
    } else if (arg == "--input-format" || arg.rfind("--input-format=", 0) == 0) {
      input_format = value("--input-format");
      if (input_format != "jsonl" && input_format != "documents")
        return usage_error("--input-format must be jsonl or documents, not '" + input_format + "'");
    } else if (arg == "--skip-done" || arg.rfind("--skip-done=", 0) == 0) {
      skip_done = value("--skip-done");
      if (skip_done == "\x01") return usage_error("--skip-done needs a file");
    } else if (arg == "--list-done" || arg.rfind("--list-done=", 0) == 0) {
      list_done_of = value("--list-done");
      if (list_done_of == "\x01") return usage_error("--list-done needs a file");
    } else if (arg.rfind("--input", 0) == 0) {
      std::string v = value("--input");
      if (v == "auto")
        options.input = aa::InputKind::Auto;
      else if (v == "text")
        options.input = aa::InputKind::Text;
      else if (v == "html")
        options.input = aa::InputKind::Html;
      else
        return usage_error("--input must be auto, text or html, not '" + v + "'");
    } else if (arg.rfind("--offsets", 0) == 0) {
      std::string v = value("--offsets");
      if (v == "utf16")
        unit = aa::OffsetUnit::Utf16;
      else if (v == "codepoint")
        unit = aa::OffsetUnit::CodePoint;
      else if (v == "byte")
        unit = aa::OffsetUnit::Byte;
      else
        return usage_error("--offsets must be utf16, codepoint or byte, not '" + v + "'");
    } else {
      return usage_error("unknown option '" + arg + "'");
    }
  }
  if (!list_done_of.empty()) {
    if (!files.empty() || !skip_done.empty()) return usage_error("--list-done takes no other input");
    return list_done(list_done_of);
  }
  if (files.empty()) files.push_back("-");
  if (input_format == "jsonl") {
    if (format != "json" && format != "jsonl")
      return usage_error("--input-format jsonl writes JSON Lines: leave --format out");
    return run_records(files, skip_done, options, unit);
  }
  if (!skip_done.empty()) return usage_error("--skip-done goes with --input-format jsonl");

  std::unique_ptr<aa::Writer> writer = aa::make_writer(format, unit);
  aa::Analyser analyser;
  bool progress = files.size() > 1 && isatty(STDERR_FILENO);
  int status = 0;
  std::string out;
  for (size_t f = 0; f < files.size(); ++f) {
    const std::string& name = files[f];
    std::string display = name == "-" ? "<stdin>" : name;
    if (progress) std::cerr << "\r[" << (f + 1) << "/" << files.size() << "] " << display << "\x1b[K" << std::flush;
    std::string bytes;
    bool too_large = false;
    size_t size = 0;
    if (name == "-") {
      if (!read_all(STDIN_FILENO, bytes, too_large, size)) {
        std::cerr << (progress ? "\n" : "") << "article-analyser: " << display
                  << ": cannot read standard input: " << std::strerror(errno) << "\n";
        status = 1;
        continue;
      }
    } else {
      struct stat st {};
      if (stat(name.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        std::cerr << (progress ? "\n" : "") << "article-analyser: " << display << ": cannot read: Is a directory\n";
        status = 1;
        continue;
      }
      int fd = open(name.c_str(), O_RDONLY | O_CLOEXEC);
      bool ok = fd >= 0 && read_all(fd, bytes, too_large, size);
      int err = errno;
      if (fd >= 0) close(fd);
      if (!ok) {
        std::cerr << (progress ? "\n" : "") << "article-analyser: " << display
                  << ": cannot read: " << std::strerror(err) << "\n";
        status = 1;
        continue;
      }
    }
    if (too_large) {
      bool stream = size == aa::kMaxInputBytes + 1;
      std::cerr << (progress ? "\n" : "") << "article-analyser: " << display << ": "
                << aa::input_too_large_message(stream ? aa::kMaxInputBytes : size, stream) << "\n";
      status = 1;
      continue;
    }
    try {
      aa::Document doc = analyser.analyse(aa::decode_file_bytes(bytes), options);
      out.clear();
      writer->write(doc, out);
      std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
      std::cout.flush();
    } catch (const aa::InputError& e) {
      std::cerr << (progress ? "\n" : "") << "article-analyser: " << display << ": " << e.what() << "\n";
      status = 1;
    } catch (const std::bad_alloc&) {
      std::cerr << (progress ? "\n" : "") << "article-analyser: " << display << ": out of memory\n";
      status = 1;
    } catch (const std::exception& e) {
      std::cerr << (progress ? "\n" : "") << "article-analyser: " << display << ": internal error: " << e.what()
                << "\n";
      status = 1;
    }
  }
  if (progress) std::cerr << "\r\x1b[K" << std::flush;
  if (!std::cout) {
    std::cerr << "article-analyser: cannot write standard output\n";
    return 1;
  }
  return status;
}
