#!/bin/sh
# Extraction speed on one core (issue #3 asks for at least 50 MB/s): the
# seed article copied N times (default 4000, about 16 MB) as separate
# files in a temporary directory, extracted by one `stance extract` run.
# Prints the MB (10^6 bytes) of article text per CPU second on core 0,
# the best of three runs, with the wall time beside it; then the same for
# one long article (the seed 2000 times), which must not be slower by much
# (no step may be quadratic in article length). BIN picks the binary
# (default bin/stance).
set -eu
cd "$(dirname "$0")/.."
BIN=${BIN:-bin/stance}
N=${1:-4000}
SEED=corpus/articles/seed.txt
[ -x "$BIN" ] || { echo "bench-extract: build $BIN first (make)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/articles"
i=0
while [ "$i" -lt "$N" ]; do
	cp "$SEED" "$tmp/articles/seed$i.txt"
	i=$((i + 1))
done
j=0
while [ "$j" -lt 2000 ]; do
	cat "$SEED"
	printf '\n\n'
	j=$((j + 1))
done >"$tmp/long.txt"
bytes=$(cat "$tmp"/articles/*.txt | wc -c)
lbytes=$(wc -c <"$tmp/long.txt")
# wall and user CPU seconds of one run, best of three by CPU time: the
# machine may be shared, and CPU time is what one core spends
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench-extract: needs $TIME (apt-get install time)" >&2; exit 1; }
best_cpu=""
for run in 1 2 3; do
	"$TIME" -f '%e %U %S' -o "$tmp/t" \
		taskset -c 0 "$BIN" extract "$tmp/articles" >"$tmp/out.csv"
	read -r wall user sys <"$tmp/t"
	cpu=$(echo "$user + $sys" | bc -l)
	if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc -l)" = 1 ]; then
		best_cpu=$cpu
		best_wall=$wall
	fi
done
"$TIME" -f '%e %U %S' -o "$tmp/t" "$BIN" extract "$tmp/long.txt" >/dev/null
read -r lwall luser lsys <"$tmp/t"
lcpu=$(echo "$luser + $lsys" | bc -l)
rows=$(($(wc -l <"$tmp/out.csv") - 1))
mb=$(echo "$bytes / 1000000" | bc -l)
lmb=$(echo "$lbytes / 1000000" | bc -l)
printf 'extract: %d articles, %.1f MB, %d quotes: %.2f s CPU (%.2f s wall): %.1f MB/s\n' \
	"$N" "$mb" "$rows" "$best_cpu" "$best_wall" \
	"$(echo "$mb / $best_cpu" | bc -l)"
printf 'extract: one %.1f MB article (seed x2000): %.2f s CPU (%.2f s wall): %.1f MB/s\n' \
	"$lmb" "$lcpu" "$lwall" "$(echo "$lmb / $lcpu" | bc -l)"
