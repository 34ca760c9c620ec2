/*
 * stance cv: stratified k-fold cross-validation of the whole training
 * pipeline (issue 5). Each fold's model comes from train_model() on the
 * other folds' rows only, so its vocabulary, idf and C never see the
 * held-out quotes; the held-out predictions of all folds are pooled and
 * scored as `stance eval` scores a model.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "afile.h"
#include "cmds.h"
#include "csv.h"
#include "err.h"
#include "eval.h"
#include "metrics.h"
#include "model.h"
#include "report.h"
#include "sbuf.h"
#include "train.h"
#include "trainopts.h"
#include "util.h"
#include "xalloc.h"

static const char usage_text[] =
"usage: stance cv CORPUS.csv [-k FOLDS] [options]\n"
"\n"
"Cross-validate training on a labeled CSV: the rows are split into K folds\n"
"stratified on the stance label; for each fold a model is trained (features,\n"
"idf and C fitted on the other folds only, exactly as `stance train` does)\n"
"and labels the held-out fold. The pooled predictions are scored as\n"
"`stance eval` scores them. The same seed gives the same folds and numbers.\n"
"\n"
"  -k, --k FOLDS           number of folds, 2..100 (default 10)\n"
"      --seed N            seed for the folds and training (default 1)\n"
"      --csv               print task,label,metric,value rows\n"
"  -o, --predictions FILE  also write each quote's held-out labels and\n"
"                          probabilities (line, fold, id, text, gold_T, T,\n"
"                          T_p_LABEL...: `stance eval --classified` reads it)\n"
"      --favor LABEL, --against LABEL\n"
"                          stance labels of F_avg (default: pro, favor...\n"
"                          and against)\n"
"training options, as for `stance train`:\n"
TRAINOPTS_USAGE;

enum { OPT_CSV = 256, OPT_FAVOR, OPT_AGAINST };

/* The held-out predictions of every row, for --predictions. */
struct held_out {
	int label[MODEL_MAX_TASKS];
	double prob[MODEL_MAX_TASKS][MODEL_MAX_LABELS];
};

static const struct option longopts[] = {
	{ "k", required_argument, NULL, 'k' },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "favor", required_argument, NULL, OPT_FAVOR },
	{ "against", required_argument, NULL, OPT_AGAINST },
	{ "predictions", required_argument, NULL, 'o' },
	{ "help", no_argument, NULL, 'h' },
	TRAINOPTS_LONGOPTS,
	{ NULL, 0, NULL, 0 },
};

struct cv_opts {
	struct train_opts train;
	int k, csv;
	const char *favor, *against, *predictions;
};

/*
 * The training options mirror cmd_train.c's, so that a cv run measures
 * exactly what `stance train` with the same options would ship.
 * 0, 1 for --help, or the usage exit status 2.
 */
static int parse(int argc, char **argv, struct cv_opts *o)
{
	int c, st;
	long v;

	while ((c = getopt_long(argc, argv, "k:o:h" TRAINOPTS_SHORT, longopts,
				NULL)) != -1) {
		st = trainopts_parse(c, optarg, &o->train, "cv");
		if (st == 1)
			continue;
		if (st)
			return st;
		switch (c) {
		case 'k':
			if (cli_int_arg(optarg, 2, 100, &v) < 0)
				return cli_usage_error("cv", "-k takes 2..100");
			o->k = (int)v;
			break;
		case OPT_CSV: o->csv = 1; break;
		case 'o': o->predictions = optarg; break;
		case OPT_FAVOR: o->favor = optarg; break;
		case OPT_AGAINST: o->against = optarg; break;
		case 'h': fputs(usage_text, stdout); return 1;
		default:
			return cli_usage_error("cv", "unknown or incomplete option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind != argc - 1)
		return cli_usage_error("cv", "expected one corpus file");
	return 0;
}

/*
 * Train on every fold but f, label fold f, and count the predictions in
 * pooled[] (and this fold's own scores in fold_m[]); *rep says what the
 * training folds' own CV chose. -1 with *e set.
 */
static int run_fold(const struct train_data *d, const int *fold, int f,
		    const struct train_opts *o, struct metrics *pooled,
		    struct metrics *fold_m, struct held_out *held,
		    struct train_report *rep, struct err *e)
{
	size_t *train = xmalloc(d->n * sizeof(size_t)), ntrain = 0, i;
	struct model *m;
	struct featurizer *fz = NULL;
	struct model_prediction pred;
	int t, ret = -1;

	for (i = 0; i < d->n; i++)
		if (fold[i] != f)
			train[ntrain++] = i;
	m = train_model(d, train, ntrain, o, rep, e);
	if (!m)
		goto out;
	fz = model_featurizer(m, e);
	if (!fz)
		goto out;
	for (t = 0; t < d->ntask; t++)
		metrics_init(&fold_m[t], d->task[t].name,
			     (const char (*)[32])d->task[t].label,
			     d->task[t].nlabel);
	for (i = 0; i < d->n; i++) {
		if (fold[i] != f)
			continue;
		model_predict(m, fz, d->text[i], strlen(d->text[i]), &pred);
		/* train_model keeps d's label order, so ids compare directly */
		for (t = 0; t < d->ntask; t++) {
			metrics_add(&fold_m[t], d->task[t].y[i], pred.label[t],
				    pred.prob[t]);
			held[i].label[t] = pred.label[t];
			memcpy(held[i].prob[t], pred.prob[t],
			       sizeof(held[i].prob[t]));
		}
	}
	for (t = 0; t < d->ntask; t++)
		metrics_merge(&pooled[t], &fold_m[t]);
	ret = 0;
out:
	feat_free(fz);
	model_free(m);
	free(train);
	return ret;
}

/*
 * --predictions: one row per quote, in corpus order, with the columns
 * `stance classify` writes for a labeled file (gold_T beside T and its
 * T_p_LABEL), after the row's line in the corpus and its fold (1..k).
 */
static int write_held_out(const struct train_data *d, const int *fold,
			  const struct held_out *held, struct afile *af,
			  struct err *e)
{
	struct sbuf line = SBUF_INIT;
	FILE *fp = af->fp;
	size_t i;
	int t, l;
	char p[8];

	sbuf_adds(&line, d->id ? "line,fold,id,text" : "line,fold,text");
	for (t = 0; t < d->ntask; t++)
		sbuf_addf(&line, ",gold_%s", d->task[t].name);
	for (t = 0; t < d->ntask; t++) {
		sbuf_addf(&line, ",%s", d->task[t].name);
		for (l = 0; l < d->task[t].nlabel; l++)
			sbuf_addf(&line, ",%s_p_%s", d->task[t].name,
				  d->task[t].label[l]);
	}
	sbuf_addc(&line, '\n');
	fwrite(line.buf, 1, line.len, fp);
	for (i = 0; i < d->n; i++) {
		sbuf_reset(&line);
		sbuf_addf(&line, "%ld,%d,", d->line[i], fold[i] + 1);
		if (d->id) {
			csv_add_field(&line, d->id[i], strlen(d->id[i]));
			sbuf_addc(&line, ',');
		}
		csv_add_field(&line, d->text[i], strlen(d->text[i]));
		for (t = 0; t < d->ntask; t++)
			sbuf_addf(&line, ",%s",
				  d->task[t].label[d->task[t].y[i]]);
		for (t = 0; t < d->ntask; t++) {
			sbuf_addf(&line, ",%s",
				  d->task[t].label[held[i].label[t]]);
			for (l = 0; l < d->task[t].nlabel; l++) {
				report_format_prob(report_prob_units(
					held[i].prob[t][l]), p);
				sbuf_addc(&line, ',');
				sbuf_add(&line, p, 6);
			}
		}
		sbuf_addc(&line, '\n');
		fwrite(line.buf, 1, line.len, fp);
	}
	sbuf_release(&line);
	return afile_commit(af, e);
}

/* Mean and standard deviation of the per-fold macro-F1 of one task. */
static void fold_spread(const double *f1, int k, double *mean, double *sd)
{
	double s = 0, ss = 0;
	int i;

	for (i = 0; i < k; i++)
		s += f1[i];
	*mean = s / k;
	for (i = 0; i < k; i++)
		ss += (f1[i] - *mean) * (f1[i] - *mean);
	*sd = k > 1 ? sqrt(ss / (k - 1)) : 0;
}

/*
 * With --kernel auto, how often each task's inner CV chose each kernel:
 * the outer figures are those of this selection procedure, not of one
 * kernel, so say which kernels it ended up using.
 */
static void print_kernels(const struct train_data *d, int chosen[][3])
{
	static const enum svmx_kernel kn[] = {
		SVMX_LINEAR, SVMX_POLY, SVMX_RBF,
	};
	int t, i;

	printf("kernels chosen by the training folds' CV:");
	for (t = 0; t < d->ntask; t++) {
		printf("  %s", d->task[t].name);
		for (i = 0; i < 3; i++)
			printf(" %s %d", svmx_kernel_name(kn[i]),
			       chosen[t][kn[i]]);
	}
	printf("\n");
}

int cmd_cv(int argc, char **argv)
{
	struct cv_opts o = { .k = 10 };
	struct train_data d;
	struct metrics pooled[MODEL_MAX_TASKS], fold_m[MODEL_MAX_TASKS];
	struct train_report rep;
	int chosen[MODEL_MAX_TASKS][3] = { { 0 } };
	double *fold_f1 = NULL, mean, sd;
	struct held_out *held = NULL;
	struct afile af;
	int *fold = NULL, f, t, st, ret = 1, opened = 0;
	struct err e;

	train_opts_default(&o.train);
	o.train.lexicon_path = cli_default_lexicon(argv[0]);
	opterr = 0; /* our own message names the command */
	st = parse(argc, argv, &o);
	if (st)
		return st == 1 ? 0 : st;
	if (o.predictions && !strcmp(o.predictions, "-"))
		return cli_usage_error("cv", "-o needs a file: the scores go to "
				       "stdout");
	if (train_data_read(&d, argv[optind], &o.train, &e) < 0)
		return cli_fail(&e);
	/* opened now, so that a bad path fails before the folds run */
	if (o.predictions && !afile_open(&af, o.predictions, &e)) {
		train_data_release(&d);
		return cli_fail(&e);
	}
	opened = o.predictions != NULL;
	cli_warn_replaced(argv[optind], d.first_bad_line, d.nreplaced);
	fold = xmalloc(d.n * sizeof(int));
	held = xcalloc(d.n, sizeof(*held));
	fold_f1 = xcalloc((size_t)o.k * MODEL_MAX_TASKS, sizeof(double));
	/* stratified on the stance label, task 0 */
	if (metrics_folds(d.task[0].y, d.n, o.k, o.train.seed, fold, &e) < 0) {
		cli_fail(&e);
		goto out;
	}
	for (t = 0; t < d.ntask; t++)
		metrics_init(&pooled[t], d.task[t].name,
			     (const char (*)[32])d.task[t].label,
			     d.task[t].nlabel);
	for (f = 0; f < o.k; f++) {
		if (isatty(STDERR_FILENO))
			cli_progress("fold", f, o.k);
		if (run_fold(&d, fold, f, &o.train, pooled, fold_m, held, &rep,
			     &e) < 0) {
			cli_progress_end();
			/* say which fold: a rare label may be missing from it */
			fprintf(stderr, "stance: fold %d of %d: %s\n", f + 1, o.k,
				e.msg);
			goto out;
		}
		for (t = 0; t < d.ntask; t++) {
			fold_f1[f * MODEL_MAX_TASKS + t] =
				metrics_macro_f1(&fold_m[t]);
			chosen[t][rep.task[t].kernel]++;
		}
	}
	cli_progress_end();
	if (o.predictions) {
		opened = 0; /* committed or removed by write_held_out */
		if (write_held_out(&d, fold, held, &af, &e) < 0) {
			cli_fail(&e);
			goto out;
		}
	}
	if (!o.csv) {
		printf("%d-fold cross-validation of %s (stratified on %s, seed %u)\n\n",
		       o.k, argv[optind], d.task[0].column, o.train.seed);
	}
	eval_print(pooled, d.ntask, o.favor, o.against, o.csv, stdout);
	if (!o.csv) {
		printf("\nmacro-F1 per fold, mean and sd:");
		for (t = 0; t < d.ntask; t++) {
			double f1[100];

			for (f = 0; f < o.k; f++)
				f1[f] = fold_f1[f * MODEL_MAX_TASKS + t];
			fold_spread(f1, o.k, &mean, &sd);
			printf("  %s %.4f (%.4f)", d.task[t].name, mean, sd);
		}
		printf("\n");
		if (o.train.auto_kernel)
			print_kernels(&d, chosen);
	}
	ret = 0;
out:
	if (opened)
		afile_abort(&af);
	free(fold);
	free(held);
	free(fold_f1);
	train_data_release(&d);
	return ret;
}
