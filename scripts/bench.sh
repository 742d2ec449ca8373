#!/usr/bin/env bash
# make bench: speed, size and memory, side by side with wink-nlp and compromise (bench/run.mjs does the work).
#   scripts/bench.sh [--quick] [--only sizes,native,memory,node,browser,startup,ner,scale]
# (scale: the scaling harness, tests/scale/scale.cc natively and bench/scale-wasm.mjs in WASM, at 1.6 MB and 4x)
# Needs the native and wasm builds (make bench builds them first) and node_modules (npm ci). Builds the native
# benchmark tools, then prints the tables and writes build/bench/results.json (and results.md).
# Exit status 1 if a file of the WASM build is over its budget (bench/budget.json) or a section failed.
# Timing is only as good as the machine is quiet: the load average is printed and recorded with the results.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
for f in build/native/article-analyser build/web/article-analyser.mjs node_modules/wink-nlp/package.json; do
  if [ ! -e "$f" ]; then
    echo "bench.sh: $f is missing: run make bench (it builds native and wasm and installs node_modules)" >&2
    exit 2
  fi
done
cmake --build --preset native --target article-analyser aa-scale aa-bench-native aa-bench-stages bench_html -j"${JOBS:-2}" >/dev/null
exec node bench/run.mjs "$@"
