// For the tests that run the command-line tool as a process (AA_CLI, from tests/CMakeLists.txt): a temporary
// directory for their files (removed when the test binary exits), and a run with stdin, stdout and stderr
// through files. Each run goes through `timeout 300`, so a hang fails the test (exit 124) instead of stalling.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "files.h"

namespace aa::test {

struct CliRun {
  int status;
  std::string out, err;
};

inline std::string temp_dir() {
  static const struct Dir {
    std::string path;
    Dir() {
      char tmpl[] = "/tmp/aa-cli-test-XXXXXX";
      path = mkdtemp(tmpl);
    }
    ~Dir() { std::filesystem::remove_all(path); }
  } dir;
  return dir.path;
}

inline std::string write_file(const std::string& name, const std::string& content) {
  std::string path = temp_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

/// Runs the CLI with `args` (shell words, already quoted); stdin is `input`, or /dev/null when `no_stdin`.
inline CliRun run_cli(const std::string& args, const std::string& input = "", bool no_stdin = false) {
  std::string in = no_stdin ? std::string("/dev/null") : write_file("stdin.txt", input);
  std::string out = temp_dir() + "/out.txt", err = temp_dir() + "/err.txt";
  std::string cmd = "timeout 300 " + std::string(AA_CLI) + " " + args + " <" + in + " >" + out + " 2>" + err;
  int rc = std::system(cmd.c_str());
  return {WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, slurp(out), slurp(err)};
}

}  // namespace aa::test
