#!/usr/bin/env bash
# Runs every libFuzzer target of the `fuzz` build for SECONDS seconds each (default 300), niced.
#   usage: scripts/fuzz.sh [SECONDS]        (make fuzz builds the targets first)
# A dictionary tests/fuzz/<name>.dict is used when there is one.
# Targets are the executables build/fuzz/tests/fuzz/fuzz_<name>; each starts from its seed corpus
# tests/fuzz/corpus/<name>/ and the golden files of its stage (left untouched) and grows a working corpus in build/fuzz/corpus/<name>/.
# Crashes, leaks and timeouts are written to build/fuzz/artifacts/<name>/; exit status 1 if any target found one.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
bin=build/fuzz/tests/fuzz
if ! ls "$bin"/fuzz_* >/dev/null 2>&1; then
  echo "fuzz.sh: no fuzz targets in $bin: build them first (cmake --preset fuzz && cmake --build --preset fuzz)" >&2
  exit 2
fi
status=0
for target in "$bin"/fuzz_*; do
  [ -x "$target" ] && [ -f "$target" ] || continue
  name=$(basename "$target")
  name=${name#fuzz_}
  seeds=tests/fuzz/corpus/$name
  work=build/fuzz/corpus/$name
  artifacts=build/fuzz/artifacts/$name
  mkdir -p "$work" "$artifacts"
  dirs=("$work")
  dict=()
  [ -f "tests/fuzz/$name.dict" ] && dict=(-dict="tests/fuzz/$name.dict")
  [ -d "$seeds" ] && dirs+=("$seeds")
  # The golden pages are seeds too (read-only), rather than copies of them in the corpus.
  case "$name" in
    html | structure_text) dirs+=(tests/golden/structure) ;;
    pipeline) dirs+=(tests/golden/pipeline) ;;
  esac
  echo "==== fuzz_$name for ${seconds}s (corpus $work, seeds: ${dirs[*]:1})"
  if ! nice -n 10 "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=1048576 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" "${dirs[@]}"; then
    echo "fuzz_$name: found a failure; see $artifacts/" >&2
    status=1
  fi
done
exit $status
