#!/usr/bin/env python3
"""Scores the neural tagger's predictions (train.py's pred-SET.txt) beside the perceptron pipeline's (the #pred
lines of aa-eval-ner --dump, one dump per perceptron seed) on the same gold (the dump's #gold lines): exact spans,
set-based counts as aa-eval-ner counts them.

  score.py --neural build/neural/run1 --dump build/neural/dump-s1 build/neural/dump-s2 build/neural/dump-s3

Views:
  pipeline labels  the labels as each system outputs them; for the perceptron this must reproduce aa-eval-ner's
                   table exactly (printed as a check). The neural tagger has no GPE/LOC split and no DATE/number
                   rules, so for it this view is a composite: its PERSON/ORG/NORP/EVENT spans, its LOC spans as GPE
                   or LOC where the pipeline gave the same span that label (else GPE), the pipeline's rule labels
                   (DATE TIME MONEY PERCENT QUANTITY) and the pipeline's EVENT spans (on news dev nearly all award
                   shows, "Oscars", found by a rule of names.cc that the neural tagger does not have).
  names            PERSON ORG LOC(=GPE+LOC) NORP EVENT, both systems mapped the same way: the tagger's own labels.
  PER/ORG/LOC      the contract's CoNLL mapping.
"""
import argparse
import os

RULE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}


def read_dump(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#doc"):
                docs.append({"gold": set(), "pred": set()})
            elif line.startswith("#gold ") or line.startswith("#pred "):
                _, b, e, l = line.split()
                docs[-1][line[1:5]].add((int(b), int(e), l))
    return docs


def read_pred(path, n):
    out = [set() for _ in range(n)]
    with open(path) as f:
        for line in f:
            d, b, e, l = line.split()
            out[int(d)].add((int(b), int(e), l))
    return out


def counts(gold_docs, pred_docs, labels):
    """{label: [tp, gold, pred]} plus "all"."""
    c = {l: [0, 0, 0] for l in labels + ["all"]}
    for di, (g, p) in enumerate(zip(gold_docs, pred_docs)):
        g = {(di,) + x for x in g if x[2] in labels}
        p = {(di,) + x for x in p if x[2] in labels}
        for x in g:
            c[x[3]][1] += 1
            c[x[3]][0] += x in p
        for x in p:
            c[x[3]][2] += 1
    for l in labels:
        for k in range(3):
            c["all"][k] += c[l][k]
    return c


def f1(c):
    tp, g, p = c
    return 2 * tp / (g + p) if g + p else 0.0


def mapped(docs, fn):
    return [{(b, e, fn(l)) for b, e, l in d if fn(l)} for d in docs]


def names_map(l):
    return {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "NORP",
            "EVENT": "EVENT"}.get(l, "")


def conll_map(l):
    return {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}.get(l, "")


def composite(neural, pipeline):
    """The neural tagger's names with the pipeline's GPE/LOC decision and rule labels (see the module doc)."""
    out = []
    for n, p in zip(neural, pipeline):
        place = {(b, e): l for b, e, l in p if l in ("GPE", "LOC")}
        d = {(b, e, l) for b, e, l in p if l in RULE_LABELS or l == "EVENT"}
        for b, e, l in n:
            if l in ("MISC", "EVENT"):
                continue
            d.add((b, e, place.get((b, e), "GPE") if l == "LOC" else l))
        out.append(d)
    return out


def table(title, gold, systems, labels):
    """systems: [(name, [pred docs] per seed)]."""
    print(f"\n#### {title}\n")
    print("| label | gold | " + " | ".join(n for n, _ in systems) + " |")
    print("|---|---|" + "---|" * len(systems))
    for l in labels + ["all"]:
        cells = []
        for _, runs in systems:
            fs = [f1(counts(gold, r, labels)[l]) for r in runs]
            mean = sum(fs) / len(fs)
            cells.append(f"{mean:.3f}" + (f" ({min(fs):.3f}–{max(fs):.3f})" if len(fs) > 1 else ""))
        g = counts(gold, systems[0][1][0], labels)[l][1]
        name = f"**{l}**" if l == "all" else l
        print(f"| {name} | {g} | " + " | ".join(cells) + " |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--neural", required=True, nargs="+", help="train.py output directories (one per seed)")
    ap.add_argument("--dump", required=True, nargs="+", help="aa-eval-ner --dump directories, one per perceptron")
    ap.add_argument("--int8", nargs="*", default=[], help="quantize.py output directories: one more column")
    a = ap.parse_args()
    sets = [("news-dev", "News dev (ECB+ dev topics, 3 topics)"), ("ewt-dev", "uner_en_ewt dev"),
            ("heldout", "GUM dev (held out)")]
    for name, title in sets:
        if not os.path.exists(os.path.join(a.dump[0], name + ".txt")):
            continue
        dumps = [read_dump(os.path.join(d, name + ".txt")) for d in a.dump]
        gold = [d["gold"] for d in dumps[0]]
        for other in dumps[1:]:
            assert [d["gold"] for d in other] == gold, "dumps disagree on gold"
        perc = [[d["pred"] for d in dump] for dump in dumps]
        neural = [read_pred(os.path.join(r, f"pred-{name}.txt"), len(gold)) for r in a.neural]
        int8 = [read_pred(os.path.join(r, f"pred-{name}.txt"), len(gold)) for r in a.int8]

        def cols(fn):
            c = [("neural", [fn(n) for n in neural])]
            return c + ([("neural int8", [fn(n) for n in int8])] if int8 else [])

        print(f"\n### {title}")
        if name == "ewt-dev":
            table("PER/ORG/LOC (exact spans)", gold, [("perceptron pipeline", perc)] +
                  cols(lambda n: mapped(n, conll_map)), ["PER", "ORG", "LOC"])
            continue
        fine = sorted({l for d in gold for _, _, l in d}, key=lambda l: (l in RULE_LABELS, l))
        table("pipeline labels (neural: composite, see score.py)", gold,
              [("perceptron pipeline", perc)] + [(n + " + pipeline GPE/LOC, EVENT, rules", r)
                                                 for n, r in cols(lambda n: composite(n, perc[0]))], fine)
        table("names: PERSON ORG LOC(=GPE+LOC) NORP EVENT", mapped(gold, names_map),
              [("perceptron pipeline", [mapped(p, names_map) for p in perc])] + cols(lambda n: mapped(n, names_map)),
              ["PERSON", "ORG", "LOC", "NORP", "EVENT"])
        table("PER/ORG/LOC (contract mapping)", mapped(gold, conll_map),
              [("perceptron pipeline", [mapped(p, conll_map) for p in perc])] + cols(lambda n: mapped(n, conll_map)),
              ["PER", "ORG", "LOC"])


if __name__ == "__main__":
    main()
