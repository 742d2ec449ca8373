#!/usr/bin/env bash
# Speed of the entity stage on one core (tokenizer + sentences + entities, and entities alone), on a few MB built
# from the sample articles. For scripts/bench.sh (make bench) to call; runs on its own too.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
cmake --preset native >/dev/null
cmake --build --preset native -j"$JOBS" --target aa-bench-ner >/dev/null
inputs=(tests/golden/pipeline/*.txt)
[ -f ../shared/samples/seed-article.txt ] && inputs+=(../shared/samples/seed-article.txt)
echo "== entity stage (build/native/aa-bench-ner)"
build/native/aa-bench-ner --mb "${MB:-4}" --repeat "${REPEAT:-5}" "${inputs[@]}"
echo "model: $(stat -c %s models/entities.bin) bytes, $(gzip -9 -c models/entities.bin | wc -c) gzipped"
