"""Learning-curve table (run in build/neural, after watch.sh)."""
import os
rows = [l.rstrip("\n").split("\t") for l in open("run1/log.tsv")][1:]
print("| epoch | minutes | tokens seen | early-stop F1 | news dev names | news dev PER/ORG/LOC | uner dev PER/ORG/LOC | GUM dev names |")
print("|---|---|---|---|---|---|---|---|")
best = -1
for r in rows:
    f = f"run1/score-epoch{r[0]}.md"
    if float(r[4]) > best and os.path.exists(f):
        best = float(r[4])
        v = [a.split("|")[4].strip() for a in open(f) if a.startswith("| **all**")]
        vals = [v[1], v[2], v[3], v[5]]
    else:
        vals = ["not better: not kept"] + [""] * 3
    print(f"| {r[0]} | {r[1]} | {int(r[2]):,} | {r[4]} | " + " | ".join(vals) + " |")
