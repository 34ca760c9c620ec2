#!/bin/bash
# SemEval-2016 Task 6 subtask A with stance's own commands (issue 5).
#
# usage: scripts/semeval2016.sh [DIR]
#
# DIR holds the NRC files trialdata-, trainingdata- and
# testdata-taskA-all-annotations.txt (tab-separated: ID, Target, Tweet,
# Stance, Opinion towards, Sentiment); it defaults to ../shared/data/
# semeval2016 beside the repository when that exists. The data is read in
# place and converted in a temporary directory, never copied into the
# project (NRC's terms forbid redistributing it).
#
# The published protocol: one model per target, trained on trial +
# training (2,914 tweets), tested on the 1,249 test tweets. Model
# selection looks at training data only: every feature set of the grid
# below is cross-validated on each target's training tweets (stratified
# folds, `stance cv`), and the set with the best mean F_avg over the five
# targets is used for all of them, as the organisers used one feature set.
# C is then chosen inside `stance train` by its own cross-validation.
# The test file is read only to score the final models. A grid entry
# with "@cues" gets each target's own cue lexicon (--cues FILE), written
# from the target's name (target_cues below). An entry "A ++ B" is an
# ensemble: a model with options A and one with B per target, their
# probabilities averaged by `stance combine` (soft voting), in the CV
# (the members' held-out predictions on the same folds) as on the test.
#
# Prints F_avg per target and pooled over all targets (the official
# score: (F1 FAVOR + F1 AGAINST) / 2 over the pooled confusion matrix),
# stance macro-F1 and sentiment macro-F1; the last line is
# "overall F_avg: NN.NN".
#
# Environment: STANCE_BIN (default bin/stance), SEMEVAL_FOLDS (10),
# SEMEVAL_OPTIONS (skip the selection and train with these options;
# "@cues" and "++" work there too),
# SEMEVAL_KEEP=1 (keep the temporary directory and say where it is).
set -eu
set -o pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
stance=${STANCE_BIN:-$root/bin/stance}
folds=${SEMEVAL_FOLDS:-10}

if [ $# -gt 1 ]; then
	echo "usage: scripts/semeval2016.sh [DIR]" >&2
	exit 2
fi
dir=${1:-$root/../shared/data/semeval2016}
for f in trialdata trainingdata testdata-taskA; do
	if [ ! -r "$dir/$f-all-annotations.txt" ]; then
		echo "semeval2016: no $dir/$f-all-annotations.txt" \
			"(usage: scripts/semeval2016.sh [DIR])" >&2
		exit 2
	fi
done
[ -x "$stance" ] || { echo "semeval2016: no $stance: run make" >&2; exit 1; }

work=$(mktemp -d)
if [ "${SEMEVAL_KEEP:-0}" = 1 ]; then
	echo "semeval2016: working files in $work" >&2
else
	trap 'rm -rf "$work"' EXIT
fi

targets=("Atheism" "Climate Change is a Real Concern" "Feminist Movement"
	 "Hillary Clinton" "Legalization of Abortion")
# Each target's own cue words, taken from its name alone (the name's
# content words and the words for their followers), for the "@cues" grid
# entries: a cue lexicon whose only category is "target", so that the
# target-window (x:), cue-category (k:) and modality (m:) families look at
# mentions of this target instead of NATO. Written from the names, not
# from the data; "|" separates phrases.
target_cues=("atheism|atheist|atheists"
	     "climate|climate change"
	     "feminist|feminists|feminism|feminist movement"
	     "hillary|clinton|hillary clinton"
	     "abortion|abortions")
# our column names, so that train, classify and eval need no options
header=id,target,text,stance,opinion,sentiment

# The rows of target $1 from TSV files $2..., with one header, as CSV.
# awk splits on tabs only (tweets have unescaped quotes but no tabs) and
# passes bytes through; stance tsv2csv repairs the two lines of invalid
# UTF-8 in the training file and warns about them once.
select_target() {
	local t=$1
	shift
	{
		head -n 1 "$1"
		for f in "$@"; do
			tail -n +2 "$f"
		done | LC_ALL=C awk -F'\t' -v t="$t" '$2 == t'
	} | "$stance" tsv2csv --header "$header" 2>>"$work/warnings"
}

for i in "${!targets[@]}"; do
	select_target "${targets[$i]}" "$dir/trialdata-all-annotations.txt" \
		"$dir/trainingdata-all-annotations.txt" >"$work/train-$i.csv"
	select_target "${targets[$i]}" \
		"$dir/testdata-taskA-all-annotations.txt" >"$work/test-$i.csv"
done
sort -u "$work/warnings" >&2
for i in "${!targets[@]}"; do
	tr '|' '\n' <<<"${target_cues[$i]}" | sed 's/$/\ttarget/' \
		>"$work/cues-$i.tsv"
done

# The options of grid entry $1 for target $2: "@cues" becomes that
# target's cue lexicon.
target_options() {
	local o=" $1 "

	o=${o// @cues / --cues $work/cues-$2.tsv }
	echo "$o"
}

# F_avg (as a fraction) of stance from `stance eval --csv` or `cv --csv`.
f_avg() {
	awk -F, '$1 == "stance" && $3 == "f_avg" { print $4 }'
}

# The members of grid entry $1 into the array members: the option sets
# that " ++ " separates (one for most entries).
split_members() {
	local s=$1

	members=()
	while [[ $s == *" ++ "* ]]; do
		members+=("${s%% ++ *}")
		s=${s#* ++ }
	done
	members+=("$s")
}

# The file of `stance cv -o` held-out predictions of option set $1 on
# target $2's training tweets, computed once per set and target, so that
# an ensemble entry reuses its members' folds (same seed, same folds).
cv_predictions() {
	local f

	f=$work/cv-$(printf '%s' "$1" | md5sum | cut -c1-12)-$2.csv
	if [ ! -e "$f" ]; then
		# shellcheck disable=SC2046,SC2086
		"$stance" cv "$work/train-$2.csv" -k "$folds" --csv \
			--no-sentiment $select $(target_options "$1" "$2") \
			-o "$f" >/dev/null
	fi
	echo "$f"
}

# Held-out F_avg of grid entry $1 on target $2: its member's cv
# predictions, or its members' averaged by `stance combine`.
entry_f_avg() {
	local m files=()

	split_members "$1"
	for m in "${members[@]}"; do
		files+=("$(cv_predictions "$m" "$2")")
	done
	if [ ${#files[@]} -gt 1 ]; then
		"$stance" combine "${files[@]}" -o "$work/combined.csv"
		files=("$work/combined.csv")
	fi
	"$stance" eval --classified "${files[0]}" --csv | f_avg
}

echo "SemEval-2016 Task 6 subtask A: one model per target, trained on trial+training"
# C by macro-F1 (the default): choosing it by F_avg instead
# (SELECT="--select-by FAVOR,AGAINST") scored 0.6583 against 0.6587 in
# 10-fold CV on the training tweets for the chosen options, so it is off.
select=${SELECT:-}
if [ -n "${SEMEVAL_OPTIONS:-}" ]; then
	options=$SEMEVAL_OPTIONS
	echo "options (SEMEVAL_OPTIONS): $options"
else
	# The grid: the defaults; without the NATO-specific families (target
	# cues, cue categories, target window: meaningless for these
	# targets); min-df 1 (tweets are short, rare words matter); the
	# organisers' n-gram ranges (word 1-3, char 2-5), with character
	# n-grams inside words or across the whole text as theirs were;
	# and the cue families pointed at each target's own name ("@cues":
	# the target's cue lexicon, see target_cues above), with and without
	# VADER's rules, and with and without the word vectors (e:), which
	# the other entries leave out (--ngrams-only does too). Those
	# entries also say --raw-valence none, so that they measure what
	# they measured before the stance model read the raw valence scores
	# by default; then the best of them with those scores. Last, each
	# @cues set without the vectors combined with its twin with them:
	# the vectors lose alone on tweets, but a model that reads them errs
	# on other tweets than one that does not, which soft voting can use.
	old="--no-vectors --raw-valence none"
	generic="--no-cues --no-domain --no-window $old"
	grid=("$old"
	      "$generic"
	      "$generic --min-df 1"
	      "$generic --min-df 1 --hashtags"
	      "$generic --word-ngrams 3 --char-ngrams 2-5 --min-df 1 --hashtags"
	      "$generic --word-ngrams 3 --char-ngrams 2-5 --min-df 1"
	      "$generic --word-ngrams 3 --char-ngrams 2-5 --char-text --min-df 1"
	      "--ngrams-only --word-ngrams 3 --char-ngrams 2-5 --min-df 1"
	      "--ngrams-only --word-ngrams 3 --char-ngrams 2-5 --char-text --min-df 1"
	      "--no-cues --min-df 1 $old @cues"
	      "--no-cues --min-df 1 --no-vader-rules $old @cues"
	      "--no-cues --min-df 1 --raw-valence none @cues"
	      "--no-cues --min-df 1 --no-vader-rules --raw-valence none @cues"
	      "--no-cues --no-domain --no-window --no-vectors --min-df 1"
	      "--no-cues --min-df 1 --no-vectors @cues"
	      "--no-cues --min-df 1 --no-vader-rules --no-vectors @cues"
	      "--no-cues --min-df 1 $old @cues ++ --no-cues --min-df 1 --raw-valence none @cues"
	      "--no-cues --min-df 1 --no-vader-rules $old @cues ++ --no-cues --min-df 1 --no-vader-rules --raw-valence none @cues")
	echo "model selection: $folds-fold CV on the training tweets of each target, mean F_avg"
	best=-1
	options=
	for opt in "${grid[@]}"; do
		sum=0
		for i in "${!targets[@]}"; do
			f=$(entry_f_avg "$opt" "$i")
			sum=$(awk -v s="$sum" -v f="$f" 'BEGIN { print s + f }')
		done
		mean=$(awk -v s="$sum" -v n="${#targets[@]}" \
			'BEGIN { printf "%.4f", s / n }')
		printf '  %s  %s\n' "$mean" "${opt:-(defaults)}"
		if awk -v m="$mean" -v b="$best" 'BEGIN { exit !(m > b) }'; then
			best=$mean
			options=$opt
		fi
	done
	echo "chosen: ${options:-(defaults)}"
fi

echo
printf '%-34s %5s %7s %9s %14s\n' target test F_avg macro-F1 sentiment-mF1
pooled=$work/pooled.csv
split_members "$options"
for i in "${!targets[@]}"; do
	preds=()
	for j in "${!members[@]}"; do
		# shellcheck disable=SC2046,SC2086
		"$stance" train "$work/train-$i.csv" -o "$work/model-$i-$j" -q \
			$select $(target_options "${members[$j]}" "$i")
		"$stance" classify -m "$work/model-$i-$j" "$work/test-$i.csv" \
			-o "$work/pred-$i-$j.csv"
		preds+=("$work/pred-$i-$j.csv")
	done
	if [ ${#preds[@]} -gt 1 ]; then
		"$stance" combine "${preds[@]}" -o "$work/pred-$i.csv"
	else
		mv "${preds[0]}" "$work/pred-$i.csv"
	fi
	if [ "$i" = 0 ]; then
		cp "$work/pred-$i.csv" "$pooled"
	else
		tail -n +2 "$work/pred-$i.csv" >>"$pooled"
	fi
	"$stance" eval --classified "$work/pred-$i.csv" --csv >"$work/eval-$i.csv"
	awk -F, -v t="${targets[$i]}" '
		$1 == "stance" && $3 == "n" { n = $4 }
		$1 == "stance" && $3 == "f_avg" { f = $4 }
		$1 == "stance" && $3 == "macro_f1" { m = $4 }
		$1 == "sentiment" && $3 == "macro_f1" { s = $4 }
		END { printf "%-34s %5d %7.2f %9.2f %14.2f\n", t, n,
		      100 * f, 100 * m, 100 * s }' "$work/eval-$i.csv"
done
"$stance" eval --classified "$pooled" --csv >"$work/eval-all.csv"
awk -F, '
	$1 == "stance" && $3 == "n" { n = $4 }
	$1 == "stance" && $3 == "f_avg" { f = $4 }
	$1 == "stance" && $3 == "macro_f1" { m = $4 }
	$1 == "sentiment" && $3 == "macro_f1" { s = $4 }
	$1 == "sentiment" && $3 == "f_avg" { pn = $4 }
	END {
		printf "%-34s %5d %7.2f %9.2f %14.2f\n", "all (pooled)", n,
		       100 * f, 100 * m, 100 * s
		printf "\nsentiment macro-F1: %.2f  F_PN: %.2f\n", 100 * s, 100 * pn
		printf "overall F_avg: %.2f\n", 100 * f
	}' "$work/eval-all.csv"
