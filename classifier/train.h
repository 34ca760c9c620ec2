#ifndef STANCE_TRAIN_H
#define STANCE_TRAIN_H

#include <stddef.h>

#include "feat.h"
#include "svmx.h"

/*
 * Training from a labeled CSV corpus: a stance model and, when its column
 * exists, a sentiment model. Label names come from the data. Each task
 * gets class weights n / (k x n_label) so rare labels count as much as
 * common ones, and C (and gamma for RBF) chosen by k-fold
 * cross-validation over a grid, maximising macro-F1 (ties go to the
 * smaller C, the simpler model). Everything random is seeded: the same
 * corpus and options give byte-identical model files.
 */
struct err;
struct model;

struct train_opts {
	struct feat_opts feat;
	const char *text_col, *stance_col, *sentiment_col;
	const char *lexicon_path; /* needed when feat.lexicon */
	enum svmx_kernel kernel;
	double C;       /* > 0: use it, no grid search */
	int folds;      /* for choosing C */
	unsigned seed;
	/* comma-separated allowed labels, or NULL for whatever the data has */
	const char *stance_labels, *sentiment_labels;
	/* called after each grid point when not NULL */
	void (*progress)(void *arg, const char *task, int done, int total);
	void *progress_arg;
};

void train_opts_default(struct train_opts *o);

/* What training chose and measured, per task. */
struct train_report {
	size_t nquote, nfeature;
	int ntask;
	struct {
		char name[32];
		double C, gamma, cv_macro_f1, cv_accuracy;
		int nlabel;
		size_t count[16];
	} task[4];
};

/*
 * Read the corpus, train, and return the model (not yet saved). NULL with
 * *e set on bad input: a missing column, an empty or unknown label, a task
 * with one label only, no rows.
 */
struct model *train_corpus(const char *path, const struct train_opts *o,
			   struct train_report *rep, struct err *e);

#endif
