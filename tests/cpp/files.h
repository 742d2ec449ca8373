// For the tests: a whole file's bytes.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace aa::test {

/// The bytes of the file at `path` ("" if it cannot be read: the caller's checks then fail on the content).
inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace aa::test
