#ifndef STANCE_TRAIN_H
#define STANCE_TRAIN_H

#include <stddef.h>

#include "feat.h"
#include "svmx.h"

/*
 * Training from a labeled CSV corpus: a stance model and, when its column
 * exists, a sentiment model. Label names come from the data. Each task
 * gets class weights n / (k x n_label) so rare labels count as much as
 * common ones, and C (and gamma for RBF and poly; the kernel too with
 * auto_kernel) chosen by k-fold cross-validation over a grid, maximising
 * macro-F1 (ties go to the smaller C and the linear kernel, the simpler
 * model). Everything random is seeded: the same corpus and options give
 * byte-identical model files.
 */
struct err;
struct model;

struct train_opts {
	struct feat_opts feat;
	const char *text_col, *stance_col, *sentiment_col;
	const char *lexicon_path; /* needed when feat.lexicon */
	/*
	 * The cue lexicon of the domain, window and modality features; NULL:
	 * TRAIN_CUES_FILE in lexicon_path's directory, and when there is
	 * none there those families are left out of the model.
	 */
	const char *cues_path;
	/*
	 * The word vectors of the e: features; NULL: TRAIN_VECTORS_FILE in
	 * lexicon_path's directory, and when there is none the e: family is
	 * left out.
	 */
	const char *vectors_path;
	enum svmx_kernel kernel;
	/*
	 * Choose the kernel too: linear, polynomial of degree 2 and RBF are
	 * searched with their C (and gamma) grids by the same CV, and linear
	 * is kept unless another kernel beats it. kernel is then unused.
	 */
	int auto_kernel;
	double C;       /* > 0: use it, no grid search */
	int folds;      /* for choosing C */
	unsigned seed;
	/* comma-separated allowed labels, or NULL for whatever the data has */
	const char *stance_labels, *sentiment_labels;
	/*
	 * comma-separated stance labels whose mean F1 chooses C (SemEval's
	 * F_avg: "FAVOR,AGAINST"), or NULL for the macro-F1 of all labels
	 */
	const char *select_labels;
	/*
	 * comma-separated tasks whose model reads the valence scores blind
	 * to negation instead of the negated ones (feat_valence_kept), or
	 * "" for none; only with feat.lexicon. Default "stance".
	 */
	const char *raw_valence_tasks;
	/* called after each grid point when not NULL */
	void (*progress)(void *arg, const char *task, int done, int total);
	void *progress_arg;
};

#define TRAIN_CUES_FILE "stance_cues.tsv"
#define TRAIN_VECTORS_FILE "word_vectors.tsv"

void train_opts_default(struct train_opts *o);

/* What training chose and measured, per task. */
struct train_report {
	size_t nquote, nfeature;
	size_t nreplaced;     /* train_corpus: bytes the reader replaced */
	long first_bad_line;
	int ntask;
	struct {
		char name[32];
		enum svmx_kernel kernel;
		double C, gamma, cv_macro_f1, cv_accuracy;
		int nlabel;
		size_t count[16];
	} task[4];
};

/*
 * A labeled corpus in memory. Per task: its name ("stance",
 * "sentiment"), the column it came from, its labels in
 * model_sort_labels() order, and each row's label id.
 */
struct train_data {
	size_t n;
	char **text;
	char **id;  /* the 'id' column's values, NULL when there is none */
	long *line; /* where each row starts in the file */
	/* invalid UTF-8 and NUL bytes replaced by U+FFFD, line of the first */
	size_t nreplaced;
	long first_bad_line;
	int ntask;
	struct {
		char name[32], column[64];
		int nlabel;
		char label[16][32];
		int *y;
	} task[4];
};

/*
 * Read a labeled CSV. -1 with *e set on bad input: a missing column, an
 * empty, malformed or (with o->stance_labels etc.) unknown label, a task
 * with one label only, no rows.
 */
int train_data_read(struct train_data *d, const char *path,
		    const struct train_opts *o, struct err *e);
void train_data_release(struct train_data *d);

/*
 * Train on rows idx[0..nidx) of d (all rows when idx is NULL): the
 * vocabulary, idf, and C are fitted on those rows only, so that a held-out
 * fold never leaks into its model. Returns the model (not yet saved), or
 * NULL with *e set (e.g. a label missing from the rows given).
 */
struct model *train_model(const struct train_data *d, const size_t *idx,
			  size_t nidx, const struct train_opts *o,
			  struct train_report *rep, struct err *e);

/* train_data_read and train_model on all rows. */
struct model *train_corpus(const char *path, const struct train_opts *o,
			   struct train_report *rep, struct err *e);

#endif
