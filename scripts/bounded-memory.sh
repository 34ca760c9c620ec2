#!/usr/bin/env bash
# Streaming with bounded memory (issue #7): `stance classify` over about
# 1 GB of CSV must keep its peak RSS under 64 MB. The input is made by
# repeating the rows of corpus/nato-quotes.csv and piped straight into
# stdin (nothing of that size touches the disk); the output goes to
# /dev/null, which afile writes directly. Prints the bytes and quotes
# classified, the time, quotes per second and the peak RSS from
# /usr/bin/time -v, and fails when the RSS is 64 MB or more.
# Usage: scripts/bounded-memory.sh [MB] [CORPUS.csv] [MODEL_DIR]
# ($STANCE_BIN names another binary than bin/stance, which is then not
# rebuilt.)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1024}
corpus=${2:-corpus/nato-quotes.csv}
model=${3:-models/nato}
limit_kb=$((64 * 1024))
sh scripts/deps.sh time
bin=${STANCE_BIN:-bin/stance}
[ -n "${STANCE_BIN:-}" ] || make -s bin/stance >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tail -n +2 "$corpus" >"$tmp/body.csv"
body=$(wc -c <"$tmp/body.csv")
copies=$(((mb * 1024 * 1024 + body - 1) / body))
# Records, not lines: quoted fields may hold newlines.
nrec=$("$bin" classify -m "$model" --table "$corpus" | tail -n +2 | wc -l)
bytes=$(($(head -n 1 "$corpus" | wc -c) + copies * body))
{
	head -n 1 "$corpus"
	for ((i = 0; i < copies; i++)); do cat "$tmp/body.csv"; done
} | /usr/bin/time -v "$bin" classify -m "$model" - -o /dev/null \
	2>"$tmp/time.txt" || { cat "$tmp/time.txt" >&2; exit 1; }
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":");
	s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' \
	"$tmp/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time.txt")
rows=$((copies * nrec))
printf 'input      %d bytes (%.2f GiB), %d quotes\n' "$bytes" \
	"$(awk -v b="$bytes" 'BEGIN { print b / 1073741824 }')" "$rows"
printf 'time       %s s, %s quotes/s\n' "$secs" \
	"$(awk -v n="$rows" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')"
printf 'peak RSS   %.1f MB (limit %d MB)\n' "$(awk -v k="$rss" \
	'BEGIN { print k / 1024 }')" $((limit_kb / 1024))
if [ "$rss" -ge "$limit_kb" ]; then
	echo "bounded-memory: peak RSS over the limit" >&2
	exit 1
fi
