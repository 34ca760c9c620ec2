/* stance train: a labeled CSV corpus in, a model directory out. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmds.h"
#include "err.h"
#include "trainopts.h"
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
TRAINOPTS_USAGE
"  -q, --quiet             print nothing on success\n";


static const struct option longopts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	TRAINOPTS_LONGOPTS,
	{ NULL, 0, NULL, 0 },
};

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

	train_opts_default(&o);
	o.lexicon_path = cli_default_lexicon(argv[0]);
	opterr = 0; /* our own message names the command */
	while ((c = getopt_long(argc, argv, "o:qh" TRAINOPTS_SHORT, longopts,
				NULL)) != -1) {
		int st = trainopts_parse(c, optarg, &o, "train");

		if (st == 1)
			continue;
		if (st)
			return st;
		switch (c) {
		case 'o': out = optarg; break;
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
	cli_warn_replaced(argv[optind], rep.first_bad_line, rep.nreplaced);
	if (model_save(m, out, &e) < 0) {
		model_free(m);
		return cli_fail(&e);
	}
	if (!quiet) {
		printf("%s: %zu quotes, %zu features\n", out, rep.nquote,
		       rep.nfeature);
		for (t = 0; t < rep.ntask; t++) {
			printf("  %-9s ", rep.task[t].name);
			/* linear, the default, keeps its old report line */
			if (rep.task[t].kernel != SVMX_LINEAR)
				printf("%s gamma=%g ",
				       svmx_kernel_name(rep.task[t].kernel),
				       rep.task[t].gamma);
			printf("C=%g  %d-fold CV macro-F1 %.3f "
			       "accuracy %.3f  (", rep.task[t].C, o.folds,
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
