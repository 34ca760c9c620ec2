#!/bin/sh
# Extraction speed on one core (issue #3 asks for at least 50 MB/s): the
# seed article copied N times (default 4000, about 16 MB) as separate
# files in a temporary directory, extracted by one `stance extract` run.
# Prints the MB (10^6 bytes) of article text per CPU second on core 0,
# the best of five runs, with the wall time beside it; then the same for
# one long article (the seed 2000 times, 8 MB), which must reach the goal
# too (no step may be quadratic in article length, nor its memory much
# more than the text's); then one article of descriptions that later
# names resolve, the case that was once quadratic, and one sentence of
# 1 MB, once quadratic too. BIN picks the binary
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
# descriptions resolved against the people named before and after them
# ("The Russian leader noted ... Deputy Foreign Minister Alexander
# Grushko said"), 30000 times over: each resolution must not walk the
# whole article
{
	printf 'Talks\n\n'
	k=0
	while [ "$k" -lt 30000 ]; do
		printf '%s %s\n\n' \
			'The Russian leader noted that Moscow had warned against it.' \
			'Deputy Foreign Minister Alexander Grushko said that the talks were over.'
		printf '%s %s\n\n' \
			'The foreign minister of North Macedonia said his country had joined.' \
			'"We are proud," Nikola Dimitrov said on Twitter.'
		k=$((k + 1))
	done
} >"$tmp/desc.txt"
# one sentence of 1 MB without a full stop, thousands of clauses reported
# by "he said" in it (scraped text that lost its punctuation): no clause
# may be read to the sentence's end once per verb
{
	printf 'Run-on\n\n'
	k=0
	while [ "$k" -lt 20000 ]; do
		printf 'When I met Mark Rutte, he said the door was open, '
		k=$((k + 1))
	done
	printf 'and that was all.\n'
} >"$tmp/runon.txt"
bytes=$(cat "$tmp"/articles/*.txt | wc -c)
lbytes=$(wc -c <"$tmp/long.txt")
dbytes=$(wc -c <"$tmp/desc.txt")
# best_of INPUT: user+sys CPU seconds and wall seconds of the best of
# five runs on core 0 (by CPU time: the machine may be shared, and CPU
# time is what one core spends), in $best_cpu and $best_wall
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench-extract: needs $TIME (apt-get install time)" >&2; exit 1; }
best_of() {
	best_cpu=""
	for run in 1 2 3 4 5; do
		"$TIME" -f '%e %U %S' -o "$tmp/t" \
			taskset -c 0 "$BIN" extract "$1" >"$tmp/out.csv"
		read -r wall user sys <"$tmp/t"
		cpu=$(echo "$user + $sys" | bc -l)
		if [ -z "$best_cpu" ] ||
		   [ "$(echo "$cpu < $best_cpu" | bc -l)" = 1 ]; then
			best_cpu=$cpu
			best_wall=$wall
		fi
	done
}
# report INPUT BYTES WHAT: time INPUT and print its line, WHAT naming it
report() {
	best_of "$1"
	rows=$(($(wc -l <"$tmp/out.csv") - 1))
	mb=$(echo "$2 / 1000000" | bc -l)
	printf "extract: $3, %d quotes: %.2f s CPU (%.2f s wall): %.1f MB/s\n" \
		"$(printf '%.1f' "$mb")" "$rows" "$best_cpu" "$best_wall" \
		"$(echo "$mb / $best_cpu" | bc -l)"
}
report "$tmp/articles" "$bytes" "$N articles, %s MB"
report "$tmp/long.txt" "$lbytes" "one %s MB article (seed x2000)"
report "$tmp/desc.txt" "$dbytes" "one %s MB article of descriptions"
report "$tmp/runon.txt" "$(wc -c <"$tmp/runon.txt")" "one %s MB sentence"
