#!/usr/bin/env python3
"""The trained tagger with int8 weights: every weight matrix and the word-vector table rounded to int8 with one
scale per row (biases and the CRF stay float), then the dev sets predicted again, for score.py. Shows what the
int8 model of the size and speed figures loses, and prints its size.

  quantize.py --run build/neural/run1 --train build/neural/train.txt --glove build/neural/glove \
      --eval build/neural/dump-s1 --out build/neural/run1-int8
"""
import argparse
import os

import numpy as np
import torch

import train as T


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--train", required=True)
    ap.add_argument("--glove", required=True)
    ap.add_argument("--eval", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--hidden", type=int, default=100)
    a = ap.parse_args()
    torch.set_num_threads(1)
    os.makedirs(a.out, exist_ok=True)
    sents = T.read_train(a.train)
    glove = np.load(a.glove + ".npy")
    with open(a.glove + ".words", encoding="utf-8") as f:
        words = [w.rstrip("\n") for w in f]
    # The vocabulary exactly as train.py built it (characters from the training part).
    held = lambda s: (s[0] == "news" and s[2] % 10 == 0) or (s[0] == "uner_ewt_train" and s[2] % 20 == 0)
    train = [s for s in sents if not held(s)]
    pieces = []
    for s in train:
        for b in range(0, len(s[3]), T.MAX_TRAIN_LEN):
            pieces.append((s[0], s[1], s[2], s[3][b : b + T.MAX_TRAIN_LEN], s[4][b : b + T.MAX_TRAIN_LEN]))
    vocab = T.Vocab(words, pieces)
    model = T.Tagger(glove, len(vocab.chars), a.hidden)
    model.load_state_dict(torch.load(os.path.join(a.run, "model.pt")))
    int8_bytes, float_bytes = 0, 0
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name == "word.weight":
                continue  # below, with float16 scales
            if p.dim() >= 2 and not name.startswith("crf"):
                flat = p.view(p.shape[0], -1)
                scale = flat.abs().max(1, keepdim=True).values.clamp(min=1e-8) / 127
                flat.copy_(torch.round(flat / scale) * scale)
                int8_bytes += p.numel()
                float_bytes += 4 * p.shape[0]  # the scales
            else:
                float_bytes += 4 * p.numel()
        w = model.word.weight
        scale = w.abs().max(1, keepdim=True).values.clamp(min=1e-8) / 127
        w.copy_(torch.round(w / scale) * scale)
        int8_bytes += w.numel()
        float_bytes += 2 * w.shape[0]  # float16 scales
    print(f"int8 model: {int8_bytes} int8 values + {float_bytes} bytes of scales, biases and CRF = "
          f"{int8_bytes + float_bytes} bytes ({model.word.weight.numel()} of the values are word vectors)")
    for n in sorted(os.listdir(a.eval)):
        if not n.endswith(".txt"):
            continue
        docs = T.read_eval(os.path.join(a.eval, n))
        with open(os.path.join(a.out, f"pred-{n[:-4]}.txt"), "w") as p:
            for di, ss in enumerate(T.predict_docs(model, vocab, docs)):
                for b, e, l in ss:
                    p.write(f"{di} {b} {e} {l}\n")
    print("predictions written to", a.out)


if __name__ == "__main__":
    main()
