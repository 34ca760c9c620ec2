#!/usr/bin/env bash
# Classification speed and memory: builds inputs of about 10,000 and
# 100,000 quotes by repeating the rows of corpus/nato-quotes.csv, classifies
# each with the shipped model (CSV out, stance and sentiment with
# probabilities), and prints quotes per second and peak RSS from
# /usr/bin/time -v. Flat memory shows as the same peak RSS for both sizes.
# Usage: scripts/bench-classify.sh [CORPUS.csv] [MODEL_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-corpus/nato-quotes.csv}
model=${2:-models/nato}
sh scripts/deps.sh time
make -s bin/stance >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Records, not lines: quoted fields may hold newlines; --table prints one
# line per record.
nrec=$(bin/stance classify -m "$model" --table "$corpus" | tail -n +2 | wc -l)
tail -n +2 "$corpus" >"$tmp/body.csv"
printf '%-9s %9s %10s %14s\n' quotes seconds quotes/s "peak RSS (MB)"
for want in 10000 100000; do
	copies=$(((want + nrec - 1) / nrec))
	{
		head -n 1 "$corpus"
		for _ in $(seq "$copies"); do cat "$tmp/body.csv"; done
	} >"$tmp/in.csv"
	/usr/bin/time -v bin/stance classify -m "$model" "$tmp/in.csv" \
		-o "$tmp/out.csv" 2>"$tmp/time.txt"
	secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":");
		s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' \
		"$tmp/time.txt")
	rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' \
		"$tmp/time.txt")
	rows=$((copies * nrec))
	printf '%-9s %9s %10s %14s\n' "$rows" "$secs" \
		"$(awk -v n="$rows" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')" "$rss"
done
