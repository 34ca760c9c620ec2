#ifndef STANCE_SVMX_H
#define STANCE_SVMX_H

#include <stddef.h>

#include "feat.h"

/*
 * The one place that talks to libsvm (STYLE.md). It silences libsvm's
 * chatter, seeds its rand() so training is repeatable, trains and
 * cross-validates C-SVC models, writes them in libsvm's own text format,
 * and reads that format back with a parser of its own that checks every
 * count, index and number before anything reaches libsvm (svm_load_model
 * trusts its input and crashes on a truncated file).
 *
 * Prediction: a linear model is collapsed at load time into one weight
 * vector per pair of classes (w = sum of coef x SV), so a quote costs one
 * sparse dot product per pair; other kernels go through
 * svm_predict_values. Pairwise probabilities use the model's Platt
 * sigmoids (probA, probB) and are coupled as libsvm does (Wu, Lin and
 * Weng 2004), so results equal svm_predict_probability's.
 */
struct err;
struct svmx_model; /* opaque: svmx.c */

enum svmx_kernel { SVMX_LINEAR, SVMX_POLY, SVMX_RBF };

struct svmx_params {
	enum svmx_kernel kernel;
	double C, gamma, coef0;
	int degree;
	int probability;
	const double *class_weight; /* per label 0..k-1, or NULL */
	int nr_class;
	unsigned seed;
};

/*
 * A training set: labels 0..k-1 and feature vectors ended by index -1.
 * dot, when svmx_problem_prepare has filled it, holds every pairwise dot
 * product (n x n): training then runs on libsvm's precomputed-kernel path,
 * which looks kernel values up instead of recomputing sparse products, and
 * the model is rebuilt over the original vectors afterwards (the solution
 * depends on the kernel values only, so it is the same model: byte for
 * byte for the linear and polynomial kernels; for RBF, probA and probB
 * differ in the last bits, as libsvm's prediction-time RBF formula is not
 * the one its training uses).
 */
struct svmx_problem {
	size_t n;
	double *y;
	const struct feat_node **x;
	double *dot;
};

/* Problems up to this size get a precomputed dot matrix (8 n^2 bytes). */
#define SVMX_GRAM_MAX 8000

/* Fill p->dot when p->n <= SVMX_GRAM_MAX; release it with free(p->dot). */
void svmx_problem_prepare(struct svmx_problem *p);

/* Silence libsvm's printing for the whole process (call from main). */
void svmx_init(void);
const char *svmx_kernel_name(enum svmx_kernel k);
int svmx_kernel_parse(const char *name, enum svmx_kernel *k);

/* NULL with *e set when libsvm refuses the parameters. */
struct svmx_model *svmx_train(const struct svmx_problem *p,
			      const struct svmx_params *par, struct err *e);
/* k-fold cross-validated predictions into pred[0..n). -1 with *e set. */
int svmx_cross_validate(const struct svmx_problem *p,
			const struct svmx_params *par, int folds,
			double *pred, struct err *e);
/* Write in libsvm's format (svm-predict reads it). -1 with *e set. */
int svmx_save(const struct svmx_model *m, const char *path, struct err *e);
/*
 * Parse libsvm's text format from buf[0..n) (name is for messages). The
 * model must have nr_class labels 0..nr_class-1, probability estimates,
 * and feature indices in 1..nr_feature. NULL with *e set otherwise.
 */
struct svmx_model *svmx_parse(const char *buf, size_t n, const char *name,
			      int nr_class, size_t nr_feature, struct err *e);
void svmx_free(struct svmx_model *m);

int svmx_nr_class(const struct svmx_model *m);
enum svmx_kernel svmx_model_kernel(const struct svmx_model *m);
/*
 * Decision values (nr_class*(nr_class-1)/2, libsvm's pair order) and
 * probabilities (prob[label], nr_class values) for x. Returns the label
 * with the highest probability. Thread-safe on a shared model.
 */
int svmx_predict(const struct svmx_model *m, const struct feat_node *x,
		 double *dec, double *prob);
/*
 * svmx_predict for a linear model whose dot products with the collapsed
 * weights the caller has summed itself (dots[p], before rho): the same
 * dec, prob and label. For running several models over one vector.
 */
int svmx_predict_dots(const struct svmx_model *m, const double *dots,
		      double *dec, double *prob);
/*
 * A linear model's collapsed weights: row index (1..*nr_feature) holds
 * the npairs weights of that feature, at w[index * npairs]. NULL for
 * other kernels.
 */
const double *svmx_linear_weights(const struct svmx_model *m,
				  size_t *nr_feature, int *npairs);
/* Weight of feature index (1-based) in the collapsed pair p; linear only. */
double svmx_weight(const struct svmx_model *m, int pair, int index);
double svmx_rho(const struct svmx_model *m, int pair);
/*
 * The labels of pair p: libsvm numbers pairs (i, j), i < j, over its own
 * class order (first appearance in the training data, not label order),
 * and a decision value > 0 votes for *a. For explaining decisions (#5).
 */
void svmx_pair_labels(const struct svmx_model *m, int pair, int *a, int *b);
/* libsvm's own svm_predict_values (x sorted by index), for tests. */
void svmx_libsvm_values(const struct svmx_model *m, const struct feat_node *x,
			double *dec);
/* libsvm's own svm_predict_probability, for tests that compare. */
double svmx_libsvm_predict(const struct svmx_model *m,
			   const struct feat_node *x, double *prob);

#endif
