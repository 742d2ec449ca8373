// article-analyser: the command-line tool. See --help.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "analyser.h"

namespace {

const char* kUsage =
    "usage: article-analyser [--format json|jsonl|text] [--input text|html|auto]\n"
    "                        [--offsets utf16|codepoint|byte] [FILE...]\n"
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
    "  -h, --help      this help\n"
    "  --version       the version\n"
    "\n"
    "Files are read as UTF-8 (a UTF-16 byte order mark switches to UTF-16); ill-formed bytes become U+FFFD\n"
    "with a warning in the output. Exit status: 0 if every input was analysed, 1 if some could not be (each\n"
    "named on standard error), 2 for a usage error.\n";

int usage_error(const std::string& msg) {
  std::cerr << "article-analyser: " << msg << "\n(see article-analyser --help)\n";
  return 2;
}

// Reads all of `fd` into `out`. Returns false with errno set when a read fails (EIO, EISDIR, ...): iostreams
// would report such a file as empty and the tool would analyse nothing and exit 0.
bool read_all(int fd, std::string& out) {
  out.clear();
  struct stat st {};
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) out.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n > 0) {
      out.append(buf, static_cast<size_t>(n));
    } else if (n == 0) {
      return true;
    } else if (errno != EINTR) {
      return false;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::string format = "json";
  aa::Options options;
  aa::OffsetUnit unit = aa::OffsetUnit::Utf16;
  std::vector<std::string> files;
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
  if (files.empty()) files.push_back("-");

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
    if (name == "-") {
      if (!read_all(STDIN_FILENO, bytes)) {
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
      bool ok = fd >= 0 && read_all(fd, bytes);
      int err = errno;
      if (fd >= 0) close(fd);
      if (!ok) {
        std::cerr << (progress ? "\n" : "") << "article-analyser: " << display
                  << ": cannot read: " << std::strerror(err) << "\n";
        status = 1;
        continue;
      }
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
