#ifndef STANCE_CLI_FEATOPTS_H
#define STANCE_CLI_FEATOPTS_H

/*
 * The domain feature options (issue 8), shared by every command that
 * trains (`stance train`, `stance cv`) so that they accept the same
 * words: append FEATOPTS_LONGOPTS to the getopt_long table and hand each
 * option getopt returns to featopts_parse() before the command's own
 * switch. Values start at FEATOPTS_FIRST, above any command's own.
 */
struct train_opts;

#define FEATOPTS_FIRST 0x1000
enum {
	FEATOPT_NODOMAIN = FEATOPTS_FIRST, FEATOPT_NOWINDOW, FEATOPT_WINDOW,
	FEATOPT_NOMODALITY, FEATOPT_NOVADER, FEATOPT_NOWEIGHTS, FEATOPT_CUES,
	FEATOPT_NGRAMS_ONLY,
};

#define FEATOPTS_LONGOPTS \
	{ "no-domain", no_argument, NULL, FEATOPT_NODOMAIN }, \
	{ "no-window", no_argument, NULL, FEATOPT_NOWINDOW }, \
	{ "window", required_argument, NULL, FEATOPT_WINDOW }, \
	{ "no-modality", no_argument, NULL, FEATOPT_NOMODALITY }, \
	{ "no-vader-rules", no_argument, NULL, FEATOPT_NOVADER }, \
	{ "no-family-weights", no_argument, NULL, FEATOPT_NOWEIGHTS }, \
	{ "cues", required_argument, NULL, FEATOPT_CUES }, \
	{ "ngrams-only", no_argument, NULL, FEATOPT_NGRAMS_ONLY }

/* One line per option, for a command's --help. */
#define FEATOPTS_USAGE \
"      --cues PATH         stance-cue lexicon (default: stance_cues.tsv\n" \
"                          beside the sentiment lexicon)\n" \
"      --no-domain, --no-window, --no-modality, --no-vader-rules,\n" \
"      --no-family-weights leave a domain family (or the weights) out\n" \
"      --window N          target window, tokens each side (default 4)\n" \
"      --ngrams-only       word and character n-grams alone (the baseline)\n"

/*
 * Apply option c (with arg) to o. 1 when c was one of ours, 0 when it is
 * not, or 2 after a usage message naming cmd on a bad value.
 */
int featopts_parse(int c, const char *arg, struct train_opts *o,
		   const char *cmd);

#endif
