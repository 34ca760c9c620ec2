/* stance train: a labeled CSV corpus in, a model directory out. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmds.h"
#include "err.h"
#include "featopts.h"
#include "model.h"
#include "train.h"
#include "util.h"

static const char usage_text[] =
"usage: stance train CORPUS.csv -o MODEL_DIR [options]\n"
"\n"
"Train a stance model and, when the corpus has the column, a sentiment\n"
"model. C is chosen by cross-validation unless -C is given.\n"
"\n"
"  -o, --output DIR        model directory to write (replaced atomically)\n"
"      --text-col NAME     column holding the quote (default: text)\n"
"      --stance-col NAME   stance label column (default: stance)\n"
"      --sentiment-col NAME  sentiment label column (default: sentiment)\n"
"      --no-sentiment      train the stance model only\n"
"      --stance-labels L   comma-separated allowed stance labels\n"
"      --sentiment-labels L  comma-separated allowed sentiment labels\n"
"      --lang LANG         Snowball stemmer language (default: english)\n"
"      --kernel K          linear (default), poly or rbf\n"
"  -C VALUE                use this C instead of the grid search\n"
"      --folds N           cross-validation folds for choosing C (default 5)\n"
"      --seed N            seed for every random choice (default 1)\n"
"      --lexicon PATH      sentiment lexicon (default: the shipped VADER)\n"
"      --no-lexicon, --no-negation, --no-cues, --no-chars\n"
"                          leave a feature family out\n"
"      --word-ngrams N     word n-grams 1..N (default 2)\n"
"      --char-ngrams A-B   character n-grams A..B (default 3-5)\n"
"      --min-df N          drop features seen in fewer quotes (default 2)\n"
FEATOPTS_USAGE
"  -q, --quiet             print nothing on success\n";

enum {
	OPT_TEXT = 256, OPT_STANCE, OPT_SENT, OPT_NOSENT, OPT_SLABELS,
	OPT_TLABELS, OPT_LANG, OPT_KERNEL, OPT_FOLDS, OPT_SEED, OPT_LEXICON,
	OPT_NOLEX, OPT_NONEG, OPT_NOCUES, OPT_NOCHARS, OPT_WORDN, OPT_CHARN,
	OPT_MINDF,
};

static const struct option longopts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "text-col", required_argument, NULL, OPT_TEXT },
	{ "stance-col", required_argument, NULL, OPT_STANCE },
	{ "sentiment-col", required_argument, NULL, OPT_SENT },
	{ "no-sentiment", no_argument, NULL, OPT_NOSENT },
	{ "stance-labels", required_argument, NULL, OPT_SLABELS },
	{ "sentiment-labels", required_argument, NULL, OPT_TLABELS },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "kernel", required_argument, NULL, OPT_KERNEL },
	{ "folds", required_argument, NULL, OPT_FOLDS },
	{ "seed", required_argument, NULL, OPT_SEED },
	{ "lexicon", required_argument, NULL, OPT_LEXICON },
	{ "no-lexicon", no_argument, NULL, OPT_NOLEX },
	{ "no-negation", no_argument, NULL, OPT_NONEG },
	{ "no-cues", no_argument, NULL, OPT_NOCUES },
	{ "no-chars", no_argument, NULL, OPT_NOCHARS },
	{ "word-ngrams", required_argument, NULL, OPT_WORDN },
	{ "char-ngrams", required_argument, NULL, OPT_CHARN },
	{ "min-df", required_argument, NULL, OPT_MINDF },
	FEATOPTS_LONGOPTS,
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static int int_arg(const char *s, long lo, long hi, long *out)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (end == s || *end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

static void show_progress(void *arg, const char *task, int done, int total)
{
	(void)arg;
	cli_progress(task, done, total);
}

int cmd_train(int argc, char **argv)
{
	struct train_opts o;
	struct train_report rep;
	struct err e;
	struct model *m;
	const char *out = NULL;
	int c, quiet = 0, t, l;
	long v, v2;
	char *end;

	train_opts_default(&o);
	o.lexicon_path = cli_default_lexicon(argv[0]);
	opterr = 0; /* our own message names the command */
	while ((c = getopt_long(argc, argv, "o:C:qh", longopts, NULL)) != -1) {
		int st = featopts_parse(c, optarg, &o, "train");

		if (st == 1)
			continue;
		if (st)
			return st;
		switch (c) {
		case 'o': out = optarg; break;
		case OPT_TEXT: o.text_col = optarg; break;
		case OPT_STANCE: o.stance_col = optarg; break;
		case OPT_SENT: o.sentiment_col = optarg; break;
		case OPT_NOSENT: o.sentiment_col = NULL; break;
		case OPT_SLABELS: o.stance_labels = optarg; break;
		case OPT_TLABELS: o.sentiment_labels = optarg; break;
		case OPT_LANG:
			if (strlen(optarg) >= sizeof(o.feat.lang))
				return cli_usage_error("train", "language name too long");
			snprintf(o.feat.lang, sizeof(o.feat.lang), "%s", optarg);
			break;
		case OPT_KERNEL:
			if (svmx_kernel_parse(optarg, &o.kernel) < 0)
				return cli_usage_error("train",
					"unknown kernel '%s' (linear, poly, rbf)", optarg);
			break;
		case 'C':
			o.C = strtod(optarg, &end);
			if (*end || !(o.C > 0))
				return cli_usage_error("train", "bad C '%s'", optarg);
			break;
		case OPT_FOLDS:
			if (int_arg(optarg, 2, 100, &v) < 0)
				return cli_usage_error("train", "--folds takes 2..100");
			o.folds = (int)v;
			break;
		case OPT_SEED:
			if (int_arg(optarg, 0, 0x7fffffff, &v) < 0)
				return cli_usage_error("train", "bad --seed '%s'", optarg);
			o.seed = (unsigned)v;
			break;
		case OPT_LEXICON: o.lexicon_path = optarg; break;
		case OPT_NOLEX: o.feat.lexicon = 0; break;
		case OPT_NONEG: o.feat.negation = 0; break;
		case OPT_NOCUES: o.feat.cues = 0; break;
		case OPT_NOCHARS: o.feat.char_min = o.feat.char_max = 0; break;
		case OPT_WORDN:
			if (int_arg(optarg, 0, 3, &v) < 0)
				return cli_usage_error("train", "--word-ngrams takes 0..3");
			o.feat.word_max = (int)v;
			break;
		case OPT_CHARN:
			if (sscanf(optarg, "%ld-%ld", &v, &v2) != 2 || v < 1 ||
			    v2 < v || v2 > 8)
				return cli_usage_error("train",
					"--char-ngrams takes A-B with 1 <= A <= B <= 8");
			o.feat.char_min = (int)v;
			o.feat.char_max = (int)v2;
			break;
		case OPT_MINDF:
			if (int_arg(optarg, 1, 1000000, &v) < 0)
				return cli_usage_error("train", "bad --min-df '%s'", optarg);
			o.feat.min_df = (int)v;
			break;
		case 'q': quiet = 1; break;
		case 'h': fputs(usage_text, stdout); return 0;
		default:
			return cli_usage_error("train", "unknown or incomplete option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind != argc - 1)
		return cli_usage_error("train", "expected one corpus file");
	if (!out)
		return cli_usage_error("train", "-o MODEL_DIR is required");
	if (isatty(STDERR_FILENO))
		o.progress = show_progress;
	m = train_corpus(argv[optind], &o, &rep, &e);
	cli_progress_end();
	if (!m)
		return cli_fail(&e);
	if (model_save(m, out, &e) < 0) {
		model_free(m);
		return cli_fail(&e);
	}
	if (!quiet) {
		printf("%s: %zu quotes, %zu features\n", out, rep.nquote,
		       rep.nfeature);
		for (t = 0; t < rep.ntask; t++) {
			printf("  %-9s C=%g  %d-fold CV macro-F1 %.3f accuracy %.3f  (",
			       rep.task[t].name, rep.task[t].C, o.folds,
			       rep.task[t].cv_macro_f1, rep.task[t].cv_accuracy);
			for (l = 0; l < rep.task[t].nlabel; l++)
				printf("%s%s %zu", l ? ", " : "",
				       m->task[t].label[l], rep.task[t].count[l]);
			printf(")\n");
		}
	}
	model_free(m);
	/* the model is saved, but a report lost to a full disk is an error */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "stance: <stdout>: write error: %s\n",
			strerror(errno));
		return 1;
	}
	return 0;
}
