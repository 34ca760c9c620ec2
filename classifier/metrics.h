#ifndef STANCE_METRICS_H
#define STANCE_METRICS_H

#include <stddef.h>

/*
 * Scores of a classifier against gold labels (issue 5): a confusion
 * matrix fed one prediction at a time, from which come per-label
 * precision, recall and F1, macro-F1, accuracy, and the SemEval-2016
 * Task 6 metric F_avg = (F1 of a favour label + F1 of an against label)
 * / 2. When predictions come with probabilities it also keeps what the
 * calibration scores need: the Brier score and the expected calibration
 * error. Stratified k-fold assignment lives here too, so that `stance cv`
 * and the tests share one definition of a fold.
 *
 * Conventions, the ones scikit-learn and the SemEval scorer use:
 * precision is 0 for a label never predicted, recall 0 for a label never
 * seen, F1 = 2PR / (P + R) and 0 when P + R = 0. Macro-F1 averages over
 * every label of the task, seen or not.
 */
struct err;
struct sbuf;

#define METRICS_MAX_LABELS 16
#define METRICS_ECE_BINS 10 /* equal-width confidence bins, as Guo et al. 2017 */

/* A value type: embed it, metrics_init() it, nothing to release. */
struct metrics {
	char task[32];
	int nlabel;
	char label[METRICS_MAX_LABELS][32];
	size_t n;
	size_t conf[METRICS_MAX_LABELS][METRICS_MAX_LABELS]; /* [gold][pred] */
	/* calibration, over the rows added with probabilities */
	size_t nprob;
	double brier_sum;
	size_t bin_n[METRICS_ECE_BINS];
	double bin_conf[METRICS_ECE_BINS], bin_right[METRICS_ECE_BINS];
};

/* Empty scores for a task with labels label[0..nlabel), nlabel <= 16. */
void metrics_init(struct metrics *m, const char *task,
		  const char (*label)[32], int nlabel);
/*
 * Count one row: gold and predicted label ids in 0..nlabel. prob, when
 * not NULL, holds the nlabel probabilities the prediction came with, and
 * pred should be their arg-max (svmx_predict guarantees it): the
 * confidence used for calibration is prob[pred].
 */
void metrics_add(struct metrics *m, int gold, int pred, const double *prob);
/* Add src's counts into dst; both must have the same labels. */
void metrics_merge(struct metrics *dst, const struct metrics *src);

struct metrics_label {
	double precision, recall, f1;
	size_t support;   /* gold rows with this label */
	size_t predicted; /* rows predicted as this label */
};

void metrics_label(const struct metrics *m, int l, struct metrics_label *out);
double metrics_f1(const struct metrics *m, int l);
double metrics_macro_f1(const struct metrics *m);
double metrics_accuracy(const struct metrics *m);
/* (F1 of favor + F1 of against) / 2, the SemEval-2016 Task 6 score. */
double metrics_f_avg(const struct metrics *m, int favor, int against);
/* Index of the label called name (case-insensitive), or -1. */
int metrics_label_find(const struct metrics *m, const char *name);
/*
 * The favour and against labels of m: the ones named (when not NULL),
 * else the first of pro/favor/favour/positive and of against/negative.
 * 0 when both exist (and differ), -1 otherwise.
 */
int metrics_f_avg_labels(const struct metrics *m, const char *favor,
			 const char *against, int *fl, int *al);
/*
 * Brier score: the mean over rows of sum over labels of (p - [gold])^2,
 * Brier's original multi-class form, 0 (perfect) to 2. NAN without
 * probabilities.
 */
double metrics_brier(const struct metrics *m);
/*
 * Expected calibration error: rows binned by confidence prob[pred] into
 * METRICS_ECE_BINS equal-width bins; sum over bins of (bin size / n) x
 * |accuracy - mean confidence|. NAN without probabilities.
 */
double metrics_ece(const struct metrics *m);

/*
 * The scores as text appended to out. Readable: a per-label table, the
 * summary line, calibration and the confusion matrix. CSV: rows of
 * "task,label,metric,value" (label empty for whole-task metrics;
 * confusion counts are label=GOLD, metric=pred:PREDICTED). favor and
 * against are as for metrics_f_avg_labels; F_avg is left out when the
 * labels are not there. header: start the CSV with its header row.
 */
void metrics_format(const struct metrics *m, const char *favor,
		    const char *against, struct sbuf *out);
void metrics_format_csv(const struct metrics *m, const char *favor,
			const char *against, int header, struct sbuf *out);

/*
 * Stratified k-fold assignment: fold[i] in 0..k-1 for rows 0..n-1 with
 * labels y[i] (>= 0). Each label's rows are shuffled (a generator seeded
 * by seed, nothing global) and dealt to the folds in turn, the dealing
 * carrying on from one label to the next, so every fold gets each label
 * in proportion and fold sizes differ by at most one. The same y, k and
 * seed always give the same folds. -1 with *e set when k < 2 or k > n.
 */
int metrics_folds(const int *y, size_t n, int k, unsigned seed, int *fold,
		  struct err *e);

#endif
