#!/usr/bin/env python3
"""Tagger against tagger (issue 13 item 6, second round): the perceptron's own reading (aa-eval-ner --tagger-only
--dump: no rules, no GPE/LOC split, no DATE/number entities) beside the neural tagger's (train.py's pred-SET.txt),
on the same tokens and gold, with one scorer (score.py's exact-span, set-based counts).

  score_tagger.py --tagger build/neural/tagger-s1 build/neural/tagger-s2 build/neural/tagger-s3 \
      --neural build/neural/h64-s1 [...] [--pipeline build/neural/pipe-s1 ...] [--also "LABEL=DIR,..."] [--summary]

Views: "names" (PERSON ORG LOC(=GPE+LOC) NORP EVENT: the labels both taggers output) on news dev, GUM dev and
sports dev; PER/ORG/LOC (the contract's mapping) on uner_en_ewt dev and news dev. Each cell: the mean F1 over the
runs given (seeds), with the range. --summary prints one table: all labels and ORG per set.
"""
import argparse
import os

from score import conll_map, counts, f1, mapped, names_map, read_dump, read_pred

SETS = [("news-dev", "news dev"), ("ewt-dev", "uner_en_ewt dev"), ("heldout", "GUM dev"), ("sports-dev", "sports dev")]
NAMES = ["PERSON", "ORG", "LOC", "NORP", "EVENT"]
CONLL = ["PER", "ORG", "LOC"]


def cell(fs):
    mean = sum(fs) / len(fs)
    return f"{mean:.3f}" + (f" ({min(fs):.3f}-{max(fs):.3f})" if len(fs) > 1 else "")


def load(a, name):
    """gold docs, {system: [pred docs per run]} for one set, or None if it was not dumped."""
    if not os.path.exists(os.path.join(a.tagger[0], name + ".txt")):
        return None
    dumps = [read_dump(os.path.join(d, name + ".txt")) for d in a.tagger]
    gold = [d["gold"] for d in dumps[0]]
    systems = {"perceptron tagger": [[d["pred"] for d in dump] for dump in dumps]}
    if a.pipeline:
        pipes = [read_dump(os.path.join(d, name + ".txt")) for d in a.pipeline]
        assert all([d["gold"] for d in p] == gold for p in pipes), "pipeline dumps disagree on gold"
        systems["perceptron pipeline"] = [[d["pred"] for d in p] for p in pipes]
    for other in dumps[1:]:
        assert [d["gold"] for d in other] == gold, "dumps disagree on gold"
    also = [(x.split("=", 1)[0], x.split("=", 1)[1].split(",")) for x in a.also]
    for label, dirs in [("neural", a.neural), ("neural int8", a.int8)] + also:
        runs = [read_pred(os.path.join(r, f"pred-{name}.txt"), len(gold)) for r in dirs
                if os.path.exists(os.path.join(r, f"pred-{name}.txt"))]
        if runs:
            systems[label] = runs
    return gold, systems


def view(name):
    return (conll_map, CONLL) if name == "ewt-dev" else (names_map, NAMES)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tagger", required=True, nargs="+", help="aa-eval-ner --tagger-only --dump dirs, one a seed")
    ap.add_argument("--neural", nargs="*", default=[], help="train.py output dirs, one a seed")
    ap.add_argument("--int8", nargs="*", default=[], help="quantize.py output dirs")
    ap.add_argument("--pipeline", nargs="*", default=[], help="aa-eval-ner --dump dirs (whole pipeline), for reference")
    ap.add_argument("--also", nargs="*", default=[], help="more neural columns: LABEL=DIR[,DIR...] (one DIR a seed)")
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    loaded = {name: load(a, name) for name, _ in SETS}
    if a.summary:
        names = [n for n, _ in SETS if loaded[n]]
        systems = list(loaded[names[0]][1])
        print("| system | " + " | ".join(f"{t} all | {t} ORG" for n, t in SETS if loaded[n]) + " |")
        print("|---|" + "---|---|" * len(names))
        for s in systems:
            row = []
            for n in names:
                gold, sy = loaded[n]
                fn, labels = view(n)
                g = mapped(gold, fn)
                runs = [counts(g, mapped(r, fn), labels) for r in sy.get(s, [])]
                row += [cell([f1(c["all"]) for c in runs]), cell([f1(c["ORG"]) for c in runs])] if runs else ["-", "-"]
            print(f"| {s} ({len(loaded[names[0]][1][s])} runs) | " + " | ".join(row) + " |")
        return
    for name, title in SETS:
        if not loaded[name]:
            continue
        gold, systems = loaded[name]
        views = [view(name)] + ([(conll_map, CONLL)] if name == "news-dev" else [])
        for fn, labels in views:
            g = mapped(gold, fn)
            print(f"\n#### {title}: {' '.join(labels)} (exact spans)\n")
            print("| label | gold | " + " | ".join(systems) + " |")
            print("|---|---|" + "---|" * len(systems))
            for l in labels + ["all"]:
                cells = [cell([f1(counts(g, mapped(r, fn), labels)[l]) for r in runs]) for runs in systems.values()]
                n_gold = counts(g, mapped(next(iter(systems.values()))[0], fn), labels)[l][1]
                print(f"| {'**all**' if l == 'all' else l} | {n_gold} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
