#!/bin/sh
# Ablation of the feature families (issue 8): 10-fold cross-validation
# (`stance cv`, fixed seed) of the full feature set, of the full set minus
# each family, and of the word and character n-grams alone, as a table.
# The last line reads "full: stance macro-F1 0.NNN sentiment macro-F1 0.NNN".
#
#   sh scripts/ablation.sh [CORPUS.csv]   (default corpus/nato-quotes.csv)
#   STANCE=path/to/stance K=10 SEED=1 sh scripts/ablation.sh
set -eu
cd "$(dirname "$0")/.."
STANCE=${STANCE:-bin/stance}
CORPUS=${1:-corpus/nato-quotes.csv}
K=${K:-10}
SEED=${SEED:-1}
[ -x "$STANCE" ] || make -s "$STANCE" >&2

# "stance F1 sentiment F1" of one cv run with options $*, or "n/a n/a"
# when stance cv refuses an option (exit status 2).
run() {
	out=$("$STANCE" cv "$CORPUS" -k "$K" --seed "$SEED" "$@" 2>/dev/null) &&
		st=0 || st=$?
	if [ "$st" -eq 2 ]; then
		echo "n/a n/a"
		return
	fi
	[ "$st" -eq 0 ] || { echo "stance cv $* failed" >&2; exit 1; }
	printf '%s\n' "$out" | awk '
		/^stance:/ { t = "s" } /^sentiment:/ { t = "t" }
		/^  macro-F1 [0-9]/ { f[t] = $2 }
		END { printf "%.3f %.3f\n", f["s"], f["t"] }'
}

row() {
	name=$1
	shift
	if [ "$name" = "full (defaults)" ]; then
		full=$(run)
		set -- $full
	else
		set -- $(run "$@")
	fi
	printf '%-34s %8s %10s\n' "$name" "$1" "$2"
	if [ "$1" = n/a ]; then
		refused=1
	fi
}

refused=0
printf '%-34s %8s %10s\n' "features ($K-fold CV, seed $SEED)" stance sentiment
row "full (defaults)"
row "- k: cue-lexicon categories" --no-domain
row "- x: target window" --no-window
row "- m: modality x cues" --no-modality
row "- v: VADER rules" --no-vader-rules
row "- family weights" --no-family-weights
row "- t: target cue words" --no-cues
row "- l: lexicon scores (and v:)" --no-lexicon
row "- c: character n-grams" --no-chars
row "- /NEG negation scopes" --no-negation
row "- raw valence for stance" --raw-valence none
row "- e: word vectors" --no-vectors
row "n-gram baseline (w: + c: only)" --ngrams-only
if [ "$refused" = 1 ]; then
	echo "(n/a: this stance cv does not accept the option; see doc-features.md)"
fi
set -- $full
echo "full: stance macro-F1 $1 sentiment macro-F1 $2"
