#!/usr/bin/env bash
# The quotes section of `make eval` (scripts/eval.sh runs it after the entity section): accuracy of the quotation
# stage on the project's own cases (tests/golden/quotes/cases.txt), the seed reading, litbank and our ECB+ news
# quote sets (annotations/quotes-news: DEV, DEV2, TEST and TEST2 apart). The seed, litbank and news parts need ../shared
# (AA_SHARED overrides) and are skipped with a message where it is absent.
# Extra arguments go to the tool (--verbose lists every miss).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x build/native/aa-eval-quotes ]; then
  cmake --preset native >/dev/null
  cmake --build --preset native --target aa-eval-quotes -j"${JOBS:-2}"
fi
build/native/aa-eval-quotes --cases tests/golden/quotes/cases.txt --shared "${AA_SHARED:-../shared}" "$@"
