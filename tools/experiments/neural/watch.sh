#!/usr/bin/env bash
# Scores run1's predictions after each new best epoch (learning curve on the dev sets; observation only).
cd /work/wt-neural/build/neural
last=""
while true; do
  m=$(stat -c %Y run1/pred-news-dev.txt 2>/dev/null)
  if [ -n "$m" ] && [ "$m" != "$last" ]; then
    sleep 20; last=$(stat -c %Y run1/pred-news-dev.txt)
    ep=$(tail -n +2 run1/log.tsv | wc -l)
    echo "== after epoch $ep $(date -u +%H:%M)" >> curve.txt
    nice -n 19 /usr/bin/python3 /work/wt-neural/tools/experiments/neural/score.py --neural run1 --dump dump-s1 dump-s2 dump-s3 > run1/score-epoch$ep.md 2>&1
    grep -E "^###|^####|\*\*all" run1/score-epoch$ep.md >> curve.txt
  fi
  grep -q "^done" run1/train-part2.log && break
  sleep 30
done
