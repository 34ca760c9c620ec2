#ifndef STANCE_CLI_TRAINOPTS_H
#define STANCE_CLI_TRAINOPTS_H

/*
 * The training options, shared by every command that trains (`stance
 * train`, `stance cv`) so that a cv run measures exactly what train with
 * the same words would ship: append TRAINOPTS_LONGOPTS to the command's
 * getopt_long table, TRAINOPTS_SHORT to its short options, and hand each
 * option getopt returns to trainopts_parse() before the command's own
 * switch. Values start at TRAINOPTS_FIRST, above any command's own.
 */
struct train_opts;

#define TRAINOPTS_FIRST 0x1000
enum {
	TOPT_TEXT = TRAINOPTS_FIRST, TOPT_STANCE, TOPT_SENT, TOPT_NOSENT,
	TOPT_SLABELS, TOPT_TLABELS, TOPT_LANG, TOPT_KERNEL, TOPT_FOLDS,
	TOPT_SEED, TOPT_LEXICON, TOPT_NOLEX, TOPT_NONEG, TOPT_NOCUES,
	TOPT_NOCHARS, TOPT_WORDN, TOPT_CHARN, TOPT_MINDF, TOPT_NODOMAIN,
	TOPT_NOWINDOW, TOPT_WINDOW, TOPT_NOMODALITY, TOPT_NOVADER,
	TOPT_NOWEIGHTS, TOPT_CUES, TOPT_NGRAMS_ONLY, TOPT_CHARTEXT,
	TOPT_SELECT, TOPT_HASHTAGS, TOPT_VECTORS, TOPT_NOVECTORS,
	TOPT_RAWVAL,
};

/* -C VALUE is the one short option. */
#define TRAINOPTS_SHORT "C:"

#define TRAINOPTS_LONGOPTS \
	{ "text-col", required_argument, NULL, TOPT_TEXT }, \
	{ "stance-col", required_argument, NULL, TOPT_STANCE }, \
	{ "sentiment-col", required_argument, NULL, TOPT_SENT }, \
	{ "no-sentiment", no_argument, NULL, TOPT_NOSENT }, \
	{ "stance-labels", required_argument, NULL, TOPT_SLABELS }, \
	{ "sentiment-labels", required_argument, NULL, TOPT_TLABELS }, \
	{ "lang", required_argument, NULL, TOPT_LANG }, \
	{ "kernel", required_argument, NULL, TOPT_KERNEL }, \
	{ "folds", required_argument, NULL, TOPT_FOLDS }, \
	{ "seed", required_argument, NULL, TOPT_SEED }, \
	{ "lexicon", required_argument, NULL, TOPT_LEXICON }, \
	{ "no-lexicon", no_argument, NULL, TOPT_NOLEX }, \
	{ "no-negation", no_argument, NULL, TOPT_NONEG }, \
	{ "no-cues", no_argument, NULL, TOPT_NOCUES }, \
	{ "no-chars", no_argument, NULL, TOPT_NOCHARS }, \
	{ "word-ngrams", required_argument, NULL, TOPT_WORDN }, \
	{ "char-ngrams", required_argument, NULL, TOPT_CHARN }, \
	{ "min-df", required_argument, NULL, TOPT_MINDF }, \
	{ "no-domain", no_argument, NULL, TOPT_NODOMAIN }, \
	{ "no-window", no_argument, NULL, TOPT_NOWINDOW }, \
	{ "window", required_argument, NULL, TOPT_WINDOW }, \
	{ "no-modality", no_argument, NULL, TOPT_NOMODALITY }, \
	{ "no-vader-rules", no_argument, NULL, TOPT_NOVADER }, \
	{ "no-family-weights", no_argument, NULL, TOPT_NOWEIGHTS }, \
	{ "cues", required_argument, NULL, TOPT_CUES }, \
	{ "ngrams-only", no_argument, NULL, TOPT_NGRAMS_ONLY }, \
	{ "char-text", no_argument, NULL, TOPT_CHARTEXT }, \
	{ "select-by", required_argument, NULL, TOPT_SELECT }, \
	{ "hashtags", no_argument, NULL, TOPT_HASHTAGS }, \
	{ "vectors", required_argument, NULL, TOPT_VECTORS }, \
	{ "no-vectors", no_argument, NULL, TOPT_NOVECTORS }, \
	{ "raw-valence", required_argument, NULL, TOPT_RAWVAL }

/* The options' lines for a command's --help. */
#define TRAINOPTS_USAGE \
"      --text-col NAME     column holding the quote (default: text)\n" \
"      --stance-col NAME   stance label column (default: stance)\n" \
"      --sentiment-col NAME  sentiment label column (default: sentiment)\n" \
"      --no-sentiment      train the stance model only\n" \
"      --stance-labels L   comma-separated allowed stance labels\n" \
"      --sentiment-labels L  comma-separated allowed sentiment labels\n" \
"      --lang LANG         Snowball stemmer language (default: english)\n" \
"      --kernel K          linear (default), poly, rbf, or auto: the one\n" \
"                          the CV prefers (linear unless beaten)\n" \
"  -C VALUE                use this C instead of the grid search\n" \
"      --select-by L       choose C by the mean F1 of these stance labels\n" \
"                          (FAVOR,AGAINST: SemEval's F_avg), not macro-F1\n" \
"      --folds N           cross-validation folds for choosing C (default 5)\n" \
"      --seed N            seed for every random choice (default 1)\n" \
"      --lexicon PATH      sentiment lexicon (default: the shipped VADER)\n" \
"      --cues PATH         stance-cue lexicon (default: stance_cues.tsv\n" \
"                          beside the sentiment lexicon)\n" \
"      --no-lexicon, --no-negation, --no-cues, --no-chars, --no-domain,\n" \
"      --no-window, --no-modality, --no-vader-rules, --no-family-weights\n" \
"                          leave a feature family (or the weights) out\n" \
"      --window N          target window, tokens each side (default 4)\n" \
"      --ngrams-only       word and character n-grams alone (the baseline)\n" \
"      --word-ngrams N     word n-grams 1..N (default 2)\n" \
"      --char-ngrams A-B   character n-grams A..B (default 3-5)\n" \
"      --hashtags          the words of CamelCase hashtags as words\n" \
"      --char-text         character n-grams across the whole text (as\n" \
"                          SemEval's baseline), not inside words\n" \
"      --min-df N          drop features seen in fewer quotes (default 2)\n" \
"      --vectors PATH      word vectors of the e: features (default:\n" \
"                          word_vectors.tsv beside the sentiment lexicon)\n" \
"      --no-vectors        leave the e: word-vector features out\n" \
"      --raw-valence TASKS these tasks' models read the lexicon and VADER\n" \
"                          scores blind to negation, the others the\n" \
"                          negated ones (default: stance; none: no task)\n"

/*
 * Apply option c (with arg) to o. 1 when c was one of ours, 0 when it is
 * not, or 2 after a usage message naming cmd on a bad value.
 */
int trainopts_parse(int c, const char *arg, struct train_opts *o,
		    const char *cmd);

#endif
