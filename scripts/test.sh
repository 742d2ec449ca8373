#!/usr/bin/env bash
# Builds native, sanitizer (ASan+UBSan) and WASM builds and runs every test suite. Each suite's log is in
# build/test-logs/; the runners' own summary lines are repeated at the end. Exit status 1 if any suite failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
JOBS=${JOBS:-$(nproc)}
logs=build/test-logs
mkdir -p "$logs"
failed=()
started=$(date +%s)

run() {  # run NAME COMMAND...: runs a step with its output shown and logged
  local name=$1
  shift
  echo
  echo "==== $name: $*"
  if "$@" 2>&1 | tee "$logs/$name.log"; then
    return 0
  fi
  failed+=("$name")
  return 1
}

run build-native bash -c "cmake --preset native >/dev/null && cmake --build --preset native -j$JOBS" &&
  run cpp build/native/tests/aa_tests --order lex
# The scaling harness at small sizes: memory growth of every family at 80 KB and 320 KB (below ~80 KB a fixed-size
# cache dominates); time growth is checked by make bench (1.6 MB), not here: timings this small are noise.
[ -x build/native/aa-scale ] && run scale build/native/aa-scale --bytes 80000 --max-time 1000

run build-asan bash -c "cmake --preset asan >/dev/null && cmake --build --preset asan -j$JOBS" &&
  run cpp-asan env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    build/asan/tests/aa_tests --order lex

run build-wasm bash -c "cmake --preset wasm >/dev/null && cmake --build --preset wasm -j$JOBS" &&
  run node node --test --test-reporter=tap tests/js/ &&
  run browser node --test --test-reporter=tap --test-concurrency=1 tests/browser/

echo
echo "==== summary ($(( $(date +%s) - started )) s)"
for f in "$logs"/*.log; do
  name=$(basename "$f" .log)
  case "$name" in
    scale) echo "$name: $(tail -1 "$f")" ;;
    cpp|cpp-asan) echo "$name: $(grep -E '^(All tests passed|test cases:)' "$f" | tail -1)" ;;
    node|browser) echo "$name: $(grep -E '^# (tests|pass|fail|skipped|todo) ' "$f" | tr '\n' ' ')" ;;
  esac
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "make test: FAILED: ${failed[*]}"
  exit 1
fi
echo "make test: all suites passed"
