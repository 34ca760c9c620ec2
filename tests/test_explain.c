/*
 * explain: the contributions of a linear model's features, plus the
 * bias, add up to the label's score, which is the sum of the pairwise
 * decision values svmx_predict reports, oriented towards the label.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "explain.h"
#include "model.h"
#include "sbuf.h"
#include "svmx.h"
#include "train.h"

#define TINY "tests/data/cv/tiny.csv"

TestSuite(explain, .init = svmx_init); /* libsvm stays quiet */

static struct model *tiny_model(enum svmx_kernel kernel)
{
	struct train_opts o;
	struct err e;
	struct model *m;

	train_opts_default(&o);
	o.feat.lexicon = 0;
	o.feat.min_df = 1;
	o.C = 1;
	o.folds = 2;
	o.kernel = kernel;
	m = train_corpus(TINY, &o, NULL, &e);
	cr_assert_not_null(m, "%s", e.msg);
	return m;
}

/* Sum over the pairs with label of the decision value towards it. */
static double oriented_decisions(const struct svmx_model *svm,
				 const double *dec, int label)
{
	int k = svmx_nr_class(svm), p, a, b;
	double s = 0;

	for (p = 0; p < k * (k - 1) / 2; p++) {
		svmx_pair_labels(svm, p, &a, &b);
		if (a == label)
			s += dec[p];
		else if (b == label)
			s -= dec[p];
	}
	return s;
}

Test(explain, contributions_sum_to_the_decision_values)
{
	static const char *const quotes[] = {
		"We welcome joining the alliance",
		"We reject the aggressive bloc, never join",
		"The summit report was published",
		"nothing the model has seen",
	};
	struct model *m = tiny_model(SVMX_LINEAR);
	struct err e;
	struct featurizer *fz = model_featurizer(m, &e);
	struct model_prediction pred;
	struct explain_term terms[512];
	size_t q, nterm, count, i;
	int t, label;

	cr_assert_not_null(fz, "%s", e.msg);
	for (q = 0; q < sizeof(quotes) / sizeof(quotes[0]); q++) {
		model_predict(m, fz, quotes[q], strlen(quotes[q]), &pred);
		for (t = 0; t < m->ntask; t++) {
			const struct svmx_model *svm = m->task[t].svm;
			const struct feat_node *x =
				feat_vector(fz, m->vocab, quotes[q],
					    strlen(quotes[q]), &count);

			cr_assert_lt(count, 512);
			cr_assert_gt(count, 0);

			for (label = 0; label < m->task[t].nlabel; label++) {
				double bias, score, sum = 0;

				cr_assert_eq(explain_label(svm, label, x, terms,
							   &nterm, &bias, &score,
							   &e), 0, "%s", e.msg);
				for (i = 0; i < nterm; i++)
					sum += terms[i].contrib;
				cr_assert(fabs(sum + bias - score) < 1e-9);
				cr_assert(fabs(score - oriented_decisions(
						svm, pred.dec[t], label)) < 1e-9,
					  "quote %zu task %d label %d: %.17g", q,
					  t, label, score);
				for (i = 1; i < nterm; i++)
					cr_assert_geq(fabs(terms[i - 1].contrib),
						      fabs(terms[i].contrib));
			}
		}
	}
	feat_free(fz);
	model_free(m);
}

Test(explain, pair_labels_cover_every_pair_once)
{
	struct model *m = tiny_model(SVMX_LINEAR);
	int seen[3][3] = { { 0 } }, p, a, b;

	for (p = 0; p < 3; p++) {
		svmx_pair_labels(m->task[0].svm, p, &a, &b);
		cr_assert(a >= 0 && a < 3 && b >= 0 && b < 3 && a != b);
		seen[a < b ? a : b][a < b ? b : a]++;
	}
	cr_assert_eq(seen[0][1] + seen[0][2] + seen[1][2], 3);
	cr_assert(seen[0][1] == 1 && seen[0][2] == 1 && seen[1][2] == 1);
	model_free(m);
}

Test(explain, format_names_features)
{
	struct model *m = tiny_model(SVMX_LINEAR);
	struct err e;
	struct featurizer *fz = model_featurizer(m, &e);
	struct model_prediction pred;
	struct sbuf sb = SBUF_INIT;
	const char *q = "We reject the aggressive bloc";

	model_predict(m, fz, q, strlen(q), &pred);
	cr_assert_eq(explain_check(m, &e), 0, "%s", e.msg);
	cr_assert_eq(explain_format(m, 0, pred.label[0], fz, q, strlen(q), 2,
				    &sb, &e), 0);
	cr_assert_not_null(strchr(sb.buf, ';'), "two terms: %s", sb.buf);
	cr_assert_null(strchr(strchr(sb.buf, ';') + 1, ';'), "%s", sb.buf);
	sbuf_release(&sb);
	feat_free(fz);
	model_free(m);
}

/*
 * With word vectors, e:0, e:1, ... are shown as the shares of the words,
 * "e(word)"; all the shown terms, with the bias, still make the score.
 */
Test(explain, vectors_shown_by_word)
{
	struct train_opts o;
	struct err e;
	struct model *m;
	struct featurizer *fz;
	struct model_prediction pred;
	struct sbuf sb = SBUF_INIT;
	const char *q = "The alliance is good, the summit was good";
	struct explain_term terms[4096];
	const struct feat_node *x;
	size_t count, nterm;
	double bias, score, sum = 0;
	char *p;

	train_opts_default(&o);
	o.feat.lexicon = 0;
	o.feat.min_df = 1;
	o.C = 1;
	o.folds = 2;
	o.vectors_path = "tests/data/embed/tiny.tsv";
	m = train_corpus(TINY, &o, NULL, &e);
	cr_assert_not_null(m, "%s", e.msg);
	cr_assert_not_null(m->emb);
	fz = model_featurizer(m, &e);
	model_predict(m, fz, q, strlen(q), &pred);
	cr_assert_eq(explain_format(m, 0, pred.label[0], fz, q, strlen(q), 4096,
				    &sb, &e), 0, "%s", e.msg);
	cr_assert_not_null(strstr(sb.buf, "e(good) "), "%s", sb.buf);
	cr_assert_not_null(strstr(sb.buf, "e(the) "), "%s", sb.buf);
	cr_assert_null(strstr(sb.buf, "e:"), "%s", sb.buf);
	for (p = strpbrk(sb.buf, "+-"); p; p = strpbrk(p, "+-")) {
		if (p[-1] == ' ')
			sum += strtod(p, &p); /* p past the number */
		else
			p++;
	}
	x = feat_vector(fz, m->vocab, q, strlen(q), &count);
	cr_assert_lt(count, 4096);
	cr_assert_eq(explain_label(m->task[0].svm, pred.label[0], x, terms,
				   &nterm, &bias, &score, &e), 0);
	/* each shown term is rounded to 4 decimals */
	cr_assert_float_eq(sum, score - bias, 1e-4 * (double)(nterm + 2),
			   "%g against %g: %s", sum, score - bias, sb.buf);
	sbuf_release(&sb);
	feat_free(fz);
	model_free(m);
}

Test(explain, rbf_models_are_refused)
{
	struct model *m = tiny_model(SVMX_RBF);
	struct explain_term terms[4];
	struct feat_node x[1] = { { -1, 0 } };
	size_t nterm;
	double bias, score;
	struct err e;

	cr_assert_eq(explain_check(m, &e), -1);
	cr_assert_str_eq(e.msg, "task 'stance' uses the rbf kernel, which has no "
			 "weight per feature: only linear models can be explained");
	cr_assert_eq(explain_label(m->task[0].svm, 0, x, terms, &nterm, &bias,
				   &score, &e), -1);
	model_free(m);
}
