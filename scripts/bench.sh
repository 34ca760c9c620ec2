#!/usr/bin/env bash
# Speed against the tools users would pick instead (issue #6), in one run
# on one machine: stance classify (stance and sentiment, probabilities,
# CSV out) on 1 thread and on all cores, fasttext predict-prob with a
# model trained on the same corpus (stance only), and svm-predict -b 1
# (libsvm's own tool, stance only) on exactly the features stance uses
# (stance vectorize) with the same model file; then the shipped model's
# training time and article extraction speed. Peak RSS from
# /usr/bin/time -v. Installs fasttext, libsvm-tools and python3 (to write
# fasttext's input files) when missing.
# Usage: scripts/bench.sh [N_QUOTES]   (default 200000)
#        REPEAT=N scripts/bench.sh     (runs per timed tool, fastest kept; 3)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200000}
svm_n=${SVM_N:-2000} # svm-predict sums over every SV: a sample is enough
missing=""
command -v fasttext >/dev/null || missing="$missing fasttext"
command -v svm-predict >/dev/null || missing="$missing libsvm-tools"
command -v python3 >/dev/null || missing="$missing python3"
[ -x /usr/bin/time ] || missing="$missing time"
if [ -n "$missing" ]; then
	apt-get update -qq && apt-get install -y -qq $missing >/dev/null
fi
make -s bin/stance >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cores=$(nproc)

# Inputs: the corpus rows repeated to n quotes; fasttext's files from the
# same rows (training on the corpus once, predicting the n quotes).
python3 - "$n" "$svm_n" "$tmp" <<'PY'
import csv, sys
n, svm_n, tmp = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rows = list(csv.DictReader(open("corpus/nato-quotes.csv", newline="")))
flat = lambda s: " ".join(s.split())
with open(tmp + "/train.txt", "w") as f:
    for r in rows:
        f.write("__label__%s %s\n" % (r["stance"], flat(r["text"])))
with open(tmp + "/in.csv", "w", newline="") as f, \
     open(tmp + "/in.txt", "w") as g, \
     open(tmp + "/sample.csv", "w", newline="") as h:
    w, s = csv.writer(f), csv.writer(h)
    w.writerow(["id", "text"])
    s.writerow(["id", "text"])
    for i in range(n):
        t = flat(rows[i % len(rows)]["text"])
        w.writerow([i, t])
        g.write(t + "\n")
        if i < svm_n:
            s.writerow([i, t])
PY

# measure NAME QUOTES CMD...: seconds and peak RSS (MB), the fastest of
# REPEAT runs (default 3): on a shared machine the slower runs measure
# the neighbours.
measure() {
	local name=$1 quotes=$2 i secs rss best="" best_rss=""
	shift 2
	for ((i = 0; i < ${REPEAT:-3}; i++)); do
		/usr/bin/time -v "$@" >/dev/null 2>"$tmp/time.txt" || {
			cat "$tmp/time.txt" >&2
			exit 1
		}
		secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":");
			s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' \
			"$tmp/time.txt")
		rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' \
			"$tmp/time.txt")
		if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$secs
			best_rss=$rss
		fi
	done
	printf '%-44s %8d %9.2f %10.0f %9s\n' "$name" "$quotes" "$best" \
		"$(awk -v q="$quotes" -v s="$best" 'BEGIN { print q / (s > 0 ? s : 0.001) }')" \
		"$best_rss"
	echo "$name|$quotes|$best" >>"$tmp/results"
}

rate() { awk -F'|' -v k="$1" '$1 == k { print $2 / ($3 > 0 ? $3 : 0.001) }' "$tmp/results"; }

fasttext supervised -input "$tmp/train.txt" -output "$tmp/ft" -epoch 25 \
	-wordNgrams 2 -thread 1 -seed 1 -verbose 0 >/dev/null
bin/stance vectorize -m models/nato "$tmp/sample.csv" -o "$tmp/sample.libsvm"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
printf '%-44s %8s %9s %10s %9s\n' tool quotes seconds quotes/s "RSS (MB)"
# Every tool writes its output to stdout, which measure() sends to
# /dev/null: the disk is nobody's speed. The outputs of -j 1 and -j N
# are compared in runs of their own.
measure "stance classify -j 1 (stance+sentiment)" "$n" \
	bin/stance classify -j 1 -m models/nato "$tmp/in.csv"
measure "stance classify -j $cores (stance+sentiment)" "$n" \
	bin/stance classify -j "$cores" -m models/nato "$tmp/in.csv"
bin/stance classify -j 1 -m models/nato "$tmp/in.csv" -o "$tmp/out1.csv"
bin/stance classify -j "$cores" -m models/nato "$tmp/in.csv" -o "$tmp/outN.csv"
cmp -s "$tmp/out1.csv" "$tmp/outN.csv" || { echo "bench: -j 1 and -j $cores differ" >&2; exit 1; }
measure "fasttext predict-prob (stance only)" "$n" \
	fasttext predict-prob "$tmp/ft.bin" "$tmp/in.txt" 3
measure "svm-predict -b 1 (stance only)" "$svm_n" \
	svm-predict -b 1 "$tmp/sample.libsvm" models/nato/stance.svm "$tmp/svm.out"

s1=$(rate "stance classify -j 1 (stance+sentiment)")
sn=$(rate "stance classify -j $cores (stance+sentiment)")
ft=$(rate "fasttext predict-prob (stance only)")
sv=$(rate "svm-predict -b 1 (stance only)")
awk -v a="$s1" -v b="$ft" -v c="$sv" -v d="$sn" -v k="$cores" 'BEGIN {
	printf "ratios: stance -j 1 / fasttext %.2fx; stance -j 1 / svm-predict %.0fx; -j %d / -j 1 %.2fx\n", a / b, a / c, k, d / a }'

start=$(date +%s.%N)
bin/stance train -q corpus/nato-quotes.csv -o "$tmp/model"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "training the shipped model (grid search and final fit, 2 tasks): %.1f s\n", e - s }'
if [ -x scripts/bench-extract.sh ]; then
	bash scripts/bench-extract.sh | sed 's/^/extraction: /'
fi
