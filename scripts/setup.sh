#!/usr/bin/env bash
# Installs what the build and the tests need, only what is missing. Safe to run again and again.
#   Debian packages: cmake, g++, python3, emscripten, nlohmann-json3-dev, catch2, chromium, unicode-data, nodejs/npm,
#                    parallel
#   npm packages:    npm ci (package-lock.json is committed)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_cmd cmake || need+=(cmake)
have_cmd g++ || need+=(g++)
have_cmd make || need+=(make)
[ -x /usr/bin/python3 ] || have_cmd python3 || need+=(python3)
have_cmd emcc || need+=(emscripten)
[ -f /usr/include/nlohmann/json.hpp ] || need+=(nlohmann-json3-dev)
[ -f /usr/include/catch2/catch.hpp ] || need+=(catch2)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/share/unicode/UnicodeData.txt ] || need+=(unicode-data)
have_cmd node || need+=(nodejs)
have_cmd npm || need+=(npm)
have_cmd clang++ || need+=(clang)
have_cmd parallel || need+=(parallel)  # GNU parallel: the archive recipe and its test (docs/archives.md)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Node packages (test and benchmark tools): only when the lockfile changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
