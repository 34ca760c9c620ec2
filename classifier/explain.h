#ifndef STANCE_EXPLAIN_H
#define STANCE_EXPLAIN_H

#include <stddef.h>

#include "feat.h"

/*
 * Why a linear model chose a label (issue 5, `classify --explain`).
 *
 * libsvm decides between k labels by one-vs-one votes: pair (a, b) has
 * the decision value w_ab . x - rho_ab, positive for a. The score of a
 * label L here is the sum of the decision values of the k - 1 pairs
 * involving L, each oriented towards L (negated when L is the pair's
 * second label):
 *     score(L) = sum over b != L of s_Lb (w_Lb . x - rho_Lb)
 * so feature f contributes c_f = sum over b of s_Lb w_Lb[f] x_f and
 *     score(L) = sum over f of c_f + bias,  bias = -sum over b of s_Lb rho_Lb.
 * A positive c_f pushed the quote towards L against the other labels, a
 * negative one away from it. With two labels this is the one decision
 * value itself (or its negation).
 *
 * Kernels other than linear have no weight per feature: they are refused.
 */
struct err;
struct featurizer;
struct model;
struct sbuf;
struct svmx_model;

struct explain_term {
	int index;      /* feature index, 1-based (vocabulary id + 1) */
	double contrib; /* weight x value, towards the label */
};

/*
 * Contributions of the features of x (a feat_vectorize() vector) to the
 * score of label, written to terms[0..count of x), sorted by |contrib|
 * descending (ties by index); *nterm is how many (features with a zero
 * contribution are left out). *bias and *score as above. -1 with *e set
 * when the model is not linear or label is out of range.
 */
int explain_label(const struct svmx_model *m, int label,
		  const struct feat_node *x, struct explain_term *terms,
		  size_t *nterm, double *bias, double *score, struct err *e);

/* 0 when every task of m can be explained, else -1 with *e set. */
int explain_check(const struct model *m, struct err *e);

/*
 * The n largest contributions to the score of label in task t for the
 * quote text[0..len) (fz from model_featurizer(m)), appended to out as
 * "NAME +0.1234; NAME -0.0567; ..." (feature names as in feat.h).
 * -1 with *e set as explain_label.
 */
int explain_format(const struct model *m, int t, int label,
		   struct featurizer *fz, const char *text, size_t len,
		   size_t n, struct sbuf *out, struct err *e);

#endif
