#!/usr/bin/env bash
# Proves "no behaviour change": builds the CLI of BASE_REV (in a temporary git worktree) and of the current tree,
# runs both over every golden input (tests/golden/**) and the benchmark corpora (bench/corpus.mjs, fixed seeds,
# written once to build/same-output/texts) in every --offsets unit and in --format json and text, and compares
# the outputs (and exit status, standard error) byte for byte; each input x unit x format is one "input" (the 1000
# generated articles run as one invocation). Prints "N inputs, N identical"; exits 1 on any difference.
#
#   scripts/same-output.sh BASE_REV          e.g. scripts/same-output.sh 5717bcc
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
base=${1:?usage: scripts/same-output.sh BASE_REV}
jobs=${JOBS:-2}
work="$root/build/same-output"
base_sha=$(git rev-parse --verify "$base^{commit}")
mkdir -p "$work"

# ---- the two CLIs -------------------------------------------------------------------------------------------
# The base CLI is kept in build/same-output/base-<sha>/ once built (a commit's output never changes); its
# sources are checked out in a temporary worktree, removed afterwards.
base_build="$work/base-$base_sha"
old="$base_build/article-analyser"
if [ ! -x "$old" ]; then
  base_src="$work/base-src"
  if [ -d "$base_src" ]; then git worktree remove --force "$base_src" >/dev/null 2>&1 || rm -rf "$base_src"; fi
  git worktree prune
  git worktree add --detach "$base_src" "$base_sha" >/dev/null
  trap 'git -C "$root" worktree remove --force "$base_src" >/dev/null 2>&1 || true' EXIT
  echo "building $base ($base_sha) in $base_build"
  cmake -S "$base_src" -B "$base_build" -DCMAKE_BUILD_TYPE=Release -DAA_BUILD_TESTS=OFF >/dev/null
  nice cmake --build "$base_build" -j"$jobs" --target article-analyser >/dev/null
fi
echo "building the current tree in build/native"
if [ ! -f build/native/CMakeCache.txt ]; then cmake --preset native >/dev/null; fi
nice cmake --build --preset native -j"$jobs" --target article-analyser >/dev/null
new="$root/build/native/article-analyser"

# ---- the inputs ---------------------------------------------------------------------------------------------
texts="$work/texts"
node bench/corpus.mjs --out "$texts" >/dev/null
inputs=()
while IFS= read -r f; do inputs+=("$f"); done < <(find tests/golden -type f \( -name '*.txt' -o -name '*.html' \) | sort)
for f in article-3k.txt text-100k.txt text-1m.txt text-10m.txt page-1m.html; do inputs+=("$texts/$f"); done
articles=("$texts"/articles/*.txt)

# ---- compare ------------------------------------------------------------------------------------------------
total=0
same=0
out="$work/out"
mkdir -p "$out"
compare() {  # compare LABEL ARGS... : runs both CLIs with ARGS, compares stdout and exit status
  local label=$1
  shift
  total=$((total + 1))
  local rc_old=0 rc_new=0
  "$old" "$@" >"$out/old" 2>"$out/old.err" || rc_old=$?
  "$new" "$@" >"$out/new" 2>"$out/new.err" || rc_new=$?
  if [ "$rc_old" = "$rc_new" ] && cmp -s "$out/old" "$out/new" && cmp -s "$out/old.err" "$out/new.err"; then
    same=$((same + 1))
  else
    echo "DIFFERENT: $label (exit $rc_old vs $rc_new)"
    cmp "$out/old" "$out/new" | head -1 || true
  fi
}
for unit in utf16 codepoint byte; do
  for format in json text; do
    for f in "${inputs[@]}"; do compare "$f --offsets $unit --format $format" --offsets "$unit" --format "$format" "$f"; done
    compare "${#articles[@]} articles --offsets $unit --format $format" --offsets "$unit" --format "$format" \
      "${articles[@]}"
  done
done
rm -rf "$out"
echo "$total inputs, $same identical"
[ "$total" = "$same" ]
