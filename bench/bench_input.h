// The inputs of the native benchmarks (aa-bench-native, aa-bench-stages, aa-bench-ner): files read whole, and a
// text of a given size made of them.
#pragma once

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace aa::bench {

/// The bytes of a file, or nothing (with "TOOL: cannot read FILE" on stderr) if it cannot be read.
inline std::optional<std::string> read_file(const std::string& path, const char* tool) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << tool << ": cannot read " << path << "\n";
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// `mb` million bytes: the files one after another, each followed by a blank line, repeated as often as needed,
/// cut at a code-point boundary. Nothing if a file cannot be read (said on stderr).
inline std::optional<std::string> text_of_size(const std::vector<std::string>& files, double mb, const char* tool) {
  std::string corpus;
  for (const auto& f : files) {
    auto bytes = read_file(f, tool);
    if (!bytes) return std::nullopt;
    corpus += *bytes + "\n\n";
  }
  std::string text;
  size_t target = static_cast<size_t>(mb * 1e6);
  while (text.size() < target) text += corpus;
  text.resize(target);
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();
  return text;
}

}  // namespace aa::bench
