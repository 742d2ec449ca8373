#!/usr/bin/env python3
"""Issue 13 item 6: a small neural entity tagger (frozen GloVe word vectors + character CNN + case embedding +
one BiLSTM layer + CRF), trained on the perceptron's training sentences (aa-train --dump) and run on the dev sets
that aa-eval-ner scores (aa-eval-ner --dump). See README.md here for the commands and the results.

  nice -n 19 python3 train.py --train build/neural/train.txt --glove build/neural/glove \
      --eval build/neural/dump-s1 --out build/neural/run1 [--minutes 40] [--hidden 100]

Writes OUT/model.pt (the best epoch on the early-stop split), OUT/log.tsv (the learning curve) and
OUT/pred-SET.txt (the predicted spans of each dev set: "doc b e LABEL", token indices within the document, e
exclusive), which score.py scores beside the perceptron's.
"""
import argparse
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn

LABELS = ["PERSON", "ORG", "LOC", "NORP", "EVENT", "MISC"]
TAGS = ["O"] + [p + l for l in LABELS for p in ("B-", "I-")]
TAG_ID = {t: i for i, t in enumerate(TAGS)}
MAX_WORD = 20  # characters of a word seen by the CNN
MAX_TRAIN_LEN = 80  # longer training sentences are cut in pieces


def read_train(path):
    """[(set, weight, doc index, tokens, tags)] from aa-train --dump."""
    out, doc, cur, name, weight = [], -1, ([], []), "", 1
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#doc "):
                _, name, w = line.split(" ")
                weight, doc = int(w), doc + 1
                continue
            if not line:
                if cur[0]:
                    out.append((name, weight, doc, cur[0], cur[1]))
                cur = ([], [])
                continue
            tok, tag = line.rsplit("\t", 1)
            cur[0].append(tok)
            cur[1].append(TAG_ID[tag])
    return out


def read_eval(path):
    """Documents of aa-eval-ner --dump: {"id", "gold": [(b, e, label)], "pred": [...], "sents": [[token]]}."""
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#doc"):
                docs.append({"id": line[5:], "gold": [], "pred": [], "sents": [[]]})
            elif line.startswith("#gold ") or line.startswith("#pred "):
                _, b, e, l = line.split(" ")
                docs[-1][line[1:5]].append((int(b), int(e), l))
            elif not line:
                if docs[-1]["sents"][-1]:
                    docs[-1]["sents"].append([])
            else:
                docs[-1]["sents"][-1].append(line)
    for d in docs:
        if not d["sents"][-1]:
            d["sents"].pop()
    return docs


def case_of(w):
    if any(c.isdigit() for c in w):
        return 5
    if not any(c.isalpha() for c in w):
        return 6
    if w.islower():
        return 1
    if w.isupper():
        return 3
    if w[0].isupper() and (len(w) == 1 or w[1:].islower()):
        return 2
    return 4


class Vocab:
    def __init__(self, glove_words, train_sents):
        self.word = {w: i + 2 for i, w in enumerate(glove_words)}  # 0 pad, 1 unknown
        counts = {}
        for s in train_sents:
            for w in s[3]:
                for c in w[:MAX_WORD]:
                    counts[c] = counts.get(c, 0) + 1
        self.chars = {c: i + 2 for i, c in enumerate(sorted(c for c, n in counts.items() if n >= 5))}

    def encode(self, tokens):
        w = [self.word.get(t.lower(), 1) for t in tokens]
        c = [[self.chars.get(ch, 1) for ch in t[:MAX_WORD]] for t in tokens]
        k = [case_of(t) for t in tokens]
        return w, c, k


def batch_tensors(items):
    """items: [(w, c, k, tags)] -> padded tensors and a mask."""
    B, T = len(items), max(len(x[0]) for x in items)
    L = max(len(ch) for x in items for ch in x[1])
    W = torch.zeros(B, T, dtype=torch.long)
    C = torch.zeros(B, T, L, dtype=torch.long)
    K = torch.zeros(B, T, dtype=torch.long)
    Y = torch.zeros(B, T, dtype=torch.long)
    M = torch.zeros(B, T, dtype=torch.bool)
    for i, (w, c, k, y) in enumerate(items):
        n = len(w)
        W[i, :n] = torch.tensor(w)
        K[i, :n] = torch.tensor(k)
        if y is not None:
            Y[i, :n] = torch.tensor(y)
        M[i, :n] = True
        for j, ch in enumerate(c):
            C[i, j, : len(ch)] = torch.tensor(ch)
    lengths = torch.tensor([len(x[0]) for x in items])
    return W, C, K, Y, M, lengths


class Crf(nn.Module):
    def __init__(self, k):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(k, k))  # from, to
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))

    def nll(self, em, y, mask):
        B, T, K = em.shape
        alpha = self.start + em[:, 0]
        score = self.start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
        for t in range(1, T):
            m = mask[:, t]
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, t]
            alpha = torch.where(m.unsqueeze(1), nxt, alpha)
            s = self.trans[y[:, t - 1], y[:, t]] + em[:, t].gather(1, y[:, t : t + 1]).squeeze(1)
            score = score + s * m
        last = y.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        logz = torch.logsumexp(alpha + self.end, dim=1)
        return (logz - score).sum()

    def decode(self, em, mask):
        B, T, K = em.shape
        v = self.start + em[:, 0]
        back = []
        for t in range(1, T):
            s = v.unsqueeze(2) + self.trans.unsqueeze(0)
            best, arg = s.max(1)
            nxt = best + em[:, t]
            m = mask[:, t].unsqueeze(1)
            v = torch.where(m, nxt, v)
            back.append(torch.where(m, arg, torch.arange(K).expand(B, K)))
        v = v + self.end
        cur = v.argmax(1)
        path = [cur]
        for arg in reversed(back):
            cur = arg.gather(1, cur.unsqueeze(1)).squeeze(1)
            path.append(cur)
        path.reverse()
        return torch.stack(path, 1)


class Tagger(nn.Module):
    def __init__(self, glove, n_chars, hidden, char_dim=16, char_filters=32, case_dim=8, dropout=0.5):
        super().__init__()
        dims = glove.shape[1]
        table = np.concatenate([np.zeros((2, dims), np.float32), glove])
        self.word = nn.Embedding.from_pretrained(torch.from_numpy(table), freeze=True, padding_idx=0)
        self.unk = nn.Parameter(torch.zeros(dims))
        self.char = nn.Embedding(n_chars + 2, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, char_filters, 3, padding=1)
        self.case = nn.Embedding(7, case_dim)
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(dims + char_filters + case_dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))
        self.crf = Crf(len(TAGS))

    def emissions(self, W, C, K, lengths):
        B, T, L = C.shape
        w = self.word(W)
        w = torch.where((W == 1).unsqueeze(2), self.unk.expand_as(w), w)
        c = self.char(C.view(B * T, L)).transpose(1, 2)
        c = torch.relu(self.conv(c)).max(2).values.view(B, T, -1)
        x = self.drop(torch.cat([w, c, self.case(K)], 2))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
        return self.out(self.drop(h))


def spans(tags):
    """(b, e, label) of a BIO tag id sequence; an I- without a B- opens a span (as ner::spans_of tolerates)."""
    out, b, lab = [], None, None
    for i, t in enumerate(list(tags) + [0]):
        name = TAGS[t]
        if b is not None and (name == "O" or name.startswith("B-") or name[2:] != lab):
            out.append((b, i, lab))
            b = None
        if name != "O" and b is None:
            b, lab = i, name[2:]
    return out


def predict(model, vocab, sents, batch=64):
    """Tag id lists of token lists."""
    model.eval()
    order = sorted(range(len(sents)), key=lambda i: len(sents[i]))
    out = [None] * len(sents)
    with torch.no_grad():
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            items = [(*vocab.encode(sents[i]), None) for i in idx]
            W, C, K, _, M, lengths = batch_tensors(items)
            path = model.crf.decode(model.emissions(W, C, K, lengths), M)
            for j, i in enumerate(idx):
                out[i] = path[j, : len(sents[i])].tolist()
    return out


def f1(gold, pred):
    tp = len(gold & pred)
    return 2 * tp / max(len(gold) + len(pred), 1)


def eval_split(model, vocab, split):
    tags = predict(model, vocab, [s[3] for s in split])
    gold, pred = set(), set()
    for i, (s, t) in enumerate(zip(split, tags)):
        gold |= {(i,) + x for x in spans(s[4]) if x[2] != "MISC"}
        pred |= {(i,) + x for x in spans(t) if x[2] != "MISC"}
    return f1(gold, pred)


def predict_docs(model, vocab, docs):
    """Spans per document (token indices within the document)."""
    sents, where = [], []
    for di, d in enumerate(docs):
        off = 0
        for s in d["sents"]:
            sents.append(s)
            where.append((di, off))
            off += len(s)
    tags = predict(model, vocab, sents)
    out = [[] for _ in docs]
    for (di, off), t in zip(where, tags):
        out[di] += [(off + b, off + e, l) for b, e, l in spans(t)]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--glove", required=True, help="prefix of glove.py's output")
    ap.add_argument("--eval", required=True, help="directory of aa-eval-ner --dump")
    ap.add_argument("--out", required=True)
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--epoch-tokens", type=int, default=300000, help="tokens drawn per epoch, by set weight")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--patience", type=int, default=4)
    ap.add_argument("--minutes", type=float, default=40)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--resume", action="store_true",
                    help="continue OUT's run from its saved best model (a fresh optimiser; the log is appended to)")
    a = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()

    sents = read_train(a.train)
    # Early-stop split from the training data: every 10th news document and every 20th uner_ewt_train document.
    def held(s):
        return (s[0] == "news" and s[2] % 10 == 0) or (s[0] == "uner_ewt_train" and s[2] % 20 == 0)

    split = [s for s in sents if held(s)]
    train = [s for s in sents if not held(s)]
    pieces = []
    for s in train:  # cut long sentences
        for b in range(0, len(s[3]), MAX_TRAIN_LEN):
            pieces.append((s[0], s[1], s[2], s[3][b : b + MAX_TRAIN_LEN], s[4][b : b + MAX_TRAIN_LEN]))
    train = pieces
    glove = np.load(a.glove + ".npy")
    with open(a.glove + ".words", encoding="utf-8") as f:
        words = [w.rstrip("\n") for w in f]
    vocab = Vocab(words, train)
    n_tok = sum(len(s[3]) for s in train)
    known = sum(1 for s in train for w in s[3] if w.lower() in vocab.word)
    print(f"train: {len(train)} sentences, {n_tok} tokens ({100 * known / n_tok:.1f}% with a GloVe vector); "
          f"early-stop split: {len(split)} sentences, {sum(len(s[3]) for s in split)} tokens; "
          f"{len(vocab.chars)} characters", flush=True)
    encoded = [(*vocab.encode(s[3]), s[4]) for s in train]
    weights = np.array([s[1] for s in train], dtype=np.float64)
    lens = np.array([len(s[3]) for s in train], dtype=np.float64)
    prob = weights / weights.sum()
    mean_len = float((prob * lens).sum())

    model = Tagger(glove, len(vocab.chars), a.hidden)
    n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"model: hidden {a.hidden}, {n_params} trained parameters + {model.word.weight.numel()} frozen "
          f"word-vector values ({model.word.weight.shape[0]} rows)", flush=True)
    best, bad, seen, first = -1.0, 0, 0, 1
    if a.resume:
        model.load_state_dict(torch.load(os.path.join(a.out, "model.pt")))
        with open(os.path.join(a.out, "log.tsv")) as f:
            rows = [r.split("\t") for r in f.read().split("\n")[1:] if r]
        first, seen = len(rows) + 1, int(rows[-1][2])
        best = max(float(r[4]) for r in rows)
        t0 -= float(rows[-1][1]) * 60
        print(f"resumed after epoch {first - 1}, best early-stop F1 {best:.4f}", flush=True)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=a.lr)
    evals = {n[:-4]: read_eval(os.path.join(a.eval, n)) for n in sorted(os.listdir(a.eval)) if n.endswith(".txt")}
    rng = np.random.default_rng(a.seed + first - 1)
    log = open(os.path.join(a.out, "log.tsv"), "a" if a.resume else "w")
    if not a.resume:
        log.write("epoch\tminutes\ttokens_seen\tloss_per_token\tearly_stop_f1\n")
    for epoch in range(first, a.epochs + 1):
        model.train()
        te = time.time()
        n = int(a.epoch_tokens / mean_len)
        pick = rng.choice(len(train), size=n, replace=True, p=prob)
        pick = sorted(pick, key=lambda i: (lens[i], rng.random()))  # similar lengths together, then batches shuffled
        batches = [pick[i : i + a.batch] for i in range(0, len(pick), a.batch)]
        random.shuffle(batches)
        total, ntok = 0.0, 0
        for bi, b in enumerate(batches):
            W, C, K, Y, M, lengths = batch_tensors([encoded[i] for i in b])
            em = model.emissions(W, C, K, lengths)
            loss = model.crf.nll(em, Y, M)
            opt.zero_grad()
            (loss / len(b)).backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += loss.item()
            ntok += int(lengths.sum())
            if bi % 200 == 0:
                print(f"  epoch {epoch} batch {bi}/{len(batches)}: {ntok / (time.time() - te):.0f} tokens/s", flush=True)
        seen += ntok
        f = eval_split(model, vocab, split)
        minutes = (time.time() - t0) / 60
        print(f"epoch {epoch}: {ntok} tokens, loss/token {total / ntok:.4f}, early-stop F1 {f:.4f}, "
              f"{time.time() - te:.0f} s, {minutes:.1f} min in all", flush=True)
        log.write(f"{epoch}\t{minutes:.1f}\t{seen}\t{total / ntok:.4f}\t{f:.4f}\n")
        log.flush()
        if f > best:
            best, bad = f, 0
            torch.save(model.state_dict(), os.path.join(a.out, "model.pt"))
            for name, docs in evals.items():  # the best epoch's predictions, scored by score.py
                with open(os.path.join(a.out, f"pred-{name}.txt"), "w") as p:
                    for di, ss in enumerate(predict_docs(model, vocab, docs)):
                        for b, e, l in ss:
                            p.write(f"{di} {b} {e} {l}\n")
            print(f"  saved (best); predictions written, {time.time() - te:.0f} s", flush=True)
        else:
            bad += 1
            if bad >= a.patience:
                print("early stop", flush=True)
                break
        if minutes + (time.time() - te) / 60 > a.minutes:
            print(f"time budget of {a.minutes} min reached", flush=True)
            break
    print(f"done: best early-stop F1 {best:.4f}, {(time.time() - t0) / 60:.1f} min", flush=True)


if __name__ == "__main__":
    main()
