#!/bin/sh
# Would features of the quote's syntax help? Issue #8 asks the features
# to read "who wants what"; this measures the links of the CMU Link
# Grammar parser (Debian's python3-link-grammar, LGPL-2.1), which parses
# English sentences without a trained model to download.
#
#   scripts/syntax-features.sh [CORPUS.csv]
#
# Each quote is split into sentences and parsed (first linkage, null
# links allowed). Three kinds of feature come from each parse, with
# "/NEG" when "not", "never" or "no" attaches to either word:
#   L:  every link, as stem|link type|stem ("ukraine|S|must");
#   SV: a subject and its main verb, past auxiliaries and modals
#       ("ukraine|join/NEG" for "Ukraine must never join");
#   VO: a verb or preposition and its object ("join|nato").
# They are tf-idf weighted, scaled to unit length and added at weight w
# to `stance vectorize`'s features of the shipped model (whose
# vocabulary saw every quote, the same for every row of the table). A
# linear SVM (scikit-learn, C 0.3, balanced classes) is scored by
# stance macro-F1 over 10 stratified folds, seeds 1-3. Nothing is tuned
# on these folds. Needs python3 with numpy, scipy and scikit-learn
# (apt-get installs what is missing); about 2 minutes.
set -eu
cd "$(dirname "$0")/.."
corpus=${1:-corpus/nato-quotes.csv}
BIN=${BIN:-bin/stance}
[ -x "$BIN" ] || { echo "syntax-features: build $BIN first (make)" >&2; exit 1; }
sh scripts/deps.sh sklearn linkgrammar
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BIN" vectorize "$corpus" -o "$tmp/vec.txt"
# the parser reports its locale and dictionary on stderr: only errors pass
st=0
LC_ALL=C.UTF-8 "$py" - "$corpus" "$tmp/vec.txt" 2>"$tmp/err" <<'PY' || st=$?
import csv, re, sys
import numpy as np, scipy.sparse as sp
import linkgrammar as lg
from sklearn.datasets import load_svmlight_file
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

import os
out = os.dup(1)  # the parser prints a note on its locale on stdout
os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
d = lg.Dictionary('en')
os.dup2(out, 1)
po = lg.ParseOptions()
po.max_parse_time = 2
po.linkage_limit = 50
po.min_null_count = 0
po.max_null_count = 30
NEG = {'not', "n't", 'never', 'no', 'cannot', 'nor', 'neither'}

def word(w):
    w = re.sub(r'\[.*?\]|\..*$', '', w).lower()
    for suf in ('ing', 'ed', 'es', 's'):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[:-len(suf)]
    return w

def label(k):
    m = re.search(r'[A-Z]+', k.left_label or '') or \
        re.search(r'[A-Z]+', k.right_label or '')
    return m.group(0) if m else '?'

def feats(text):
    out = []
    for s in re.split(r'(?<=[.!?])\s+', text):
        if len(s.split()) < 2:
            continue
        try:
            lk = next(iter(lg.Sentence(s.strip(), d, po).parse()), None)
        except lg.LG_TimerExhausted:
            lk = None  # a parse over its 2 seconds: no features
        if lk is None:
            continue
        links = []
        for k in lk.links():
            l, r = k.left_word, k.right_word
            if 'WALL' in l or 'WALL' in r:
                continue
            a, b = word(l), word(r)
            if a[:1].isalnum() and b[:1].isalnum():
                links.append((l, label(k), r, a, b))
        neg, nxt = set(), {}
        for (l, t, r, a, b) in links:
            if a in NEG and t in ('N', 'E', 'EN'):
                neg.add(r)
            if b in NEG and t in ('N', 'E'):
                neg.add(l)
            if t == 'D' and a == 'no':
                neg.add(r)
            if t in ('I', 'PP', 'PV', 'TO', 'P'):
                nxt.setdefault(l, r)
        def main(w):
            for _ in range(5):
                if w not in nxt:
                    break
                w = nxt[w]
            return w
        for (l, t, r, a, b) in links:
            n = '/NEG' if (l in neg or r in neg) else ''
            out.append('L:%s|%s|%s%s' % (a, t, b, n))
            if t == 'S':
                v = main(r)
                out.append('SV:%s|%s%s' % (a, word(v), '/NEG'
                           if (r in neg or v in neg) else ''))
            if t in ('O', 'MV', 'J'):
                out.append('VO:%s|%s%s' % (a, b, n))
    return out

rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
parsed = [set(feats(r['text'])) for r in rows]
X, y = load_svmlight_file(sys.argv[2])

def family(kinds):
    vocab, ri, ci = {}, [], []
    for i, fs in enumerate(parsed):
        for f in fs:
            if f.split(':')[0] in kinds:
                ri.append(i)
                ci.append(vocab.setdefault(f, len(vocab)))
    S = sp.csr_matrix((np.ones(len(ri)), (ri, ci)),
                      shape=(len(rows), len(vocab)))
    df = np.asarray((S > 0).sum(0)).ravel()
    S = S[:, df >= 2]
    idf = np.log((1 + len(rows)) / (1 + df[df >= 2])) + 1
    return normalize(S.multiply(idf).tocsr())

def score(Z):
    out = []
    for seed in (1, 2, 3):
        pred = np.zeros(len(y))
        for tr, te in StratifiedKFold(10, shuffle=True,
                                      random_state=seed).split(Z, y):
            m = LinearSVC(C=0.3, class_weight='balanced', max_iter=20000)
            pred[te] = m.fit(Z[tr], y[tr]).predict(Z[te])
        out.append(f1_score(y, pred, average='macro'))
    return out

print('%-22s %7s %7s %7s %7s' % ('features', 'seed 1', 'seed 2',
                                 'seed 3', 'mean'))
def row(name, Z):
    f = score(Z)
    print('%-22s %7.4f %7.4f %7.4f %7.4f' % ((name,) + tuple(f) +
                                             (np.mean(f),)))
row('model (vectorize)', X)
for kinds in (('L', 'SV', 'VO'), ('SV', 'VO'), ('L',)):
    S = family(kinds)
    for w in (0.5, 1.0):
        row('+ %s, w %.1f' % ('+'.join(kinds), w),
            sp.hstack([X, w * S]).tocsr())
PY
grep -v -i 'locale\|contracted word' "$tmp/err" >&2 || true
exit $st
