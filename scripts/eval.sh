#!/usr/bin/env bash
# Accuracy on ../shared/data (make eval). Each section skips with a message when its data is absent.
#   entities: build/native/aa-eval-ner (uner_en_ewt dev/test, the seed article, the held-out set)
#   quotes:   build/native/aa-eval-quotes, when the quote stage provides it
set -uo pipefail
cd "$(dirname "$0")/.."
DATA=${AA_DATA:-../shared/data}
SAMPLES=${AA_SAMPLES:-../shared/samples}
if [ ! -d "$DATA" ]; then
  echo "make eval: skipped: no evaluation data at $DATA (set AA_DATA=/path/to/data)"
  exit 0
fi
status=0
echo "# make eval ($(date -u +%Y-%m-%d), $(git rev-parse --short HEAD 2>/dev/null || echo 'no git'))"
if [ -x build/native/aa-eval-ner ]; then
  build/native/aa-eval-ner --data "$DATA" --samples "$SAMPLES" || status=1
else
  echo "make eval: build/native/aa-eval-ner is missing (make native)" >&2
  status=1
fi
if [ -x build/native/aa-eval-quotes ]; then
  echo
  build/native/aa-eval-quotes --data "$DATA" --samples "$SAMPLES" || status=1
fi
exit $status
