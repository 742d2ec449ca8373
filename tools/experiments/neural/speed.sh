#!/usr/bin/env bash
# Speed probe of the neural tagger's inference (bench_lstm.cc, int8, random weights): native, WASM with SIMD128 and
# WASM without it, for BiLSTM widths 32, 64 and 100; three runs each. Prints the user CPU time of each run (the
# machine is shared, so wall time overstates it); tokens/s = TOKENS / (user time - Node's start-up for WASM).
#   tools/experiments/neural/speed.sh [TOKENS]      (builds into build/neural; emcc needs NODE_PATH=/usr/share/nodejs)
set -euo pipefail
cd "$(dirname "$0")/../../.."
TOKENS=${1:-200000}
mkdir -p build/neural
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
src=tools/experiments/neural/bench_lstm.cc
c++ -O3 -march=native -o build/neural/bench "$src"
emcc -O3 -msimd128 -s ALLOW_MEMORY_GROWTH=1 -s ENVIRONMENT=node -s SINGLE_FILE=1 -o build/neural/bench-simd.cjs "$src"
emcc -O3 -s ALLOW_MEMORY_GROWTH=1 -s ENVIRONMENT=node -s SINGLE_FILE=1 -o build/neural/bench-scalar.cjs "$src"
# Node's start-up and module compilation: the same program on one sentence.
for v in simd scalar; do
  for r in 1 2 3; do /usr/bin/time -f "startup-$v user %U" node build/neural/bench-$v.cjs 32 25 >/dev/null; done
done
for h in 32 64 100; do
  for r in 1 2 3; do
    /usr/bin/time -f "native $h user %U" build/neural/bench $h "$TOKENS"
    /usr/bin/time -f "wasm-simd $h user %U" node build/neural/bench-simd.cjs $h "$TOKENS"
    /usr/bin/time -f "wasm-scalar $h user %U" node build/neural/bench-scalar.cjs $h "$TOKENS"
  done
done
