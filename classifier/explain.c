#include "explain.h"

#include <math.h>
#include <stdlib.h>

#include "err.h"
#include "model.h"
#include "sbuf.h"
#include "svmx.h"
#include "vocab.h"
#include "xalloc.h"

static int by_size(const void *pa, const void *pb)
{
	const struct explain_term *a = pa, *b = pb;
	double x = fabs(a->contrib), y = fabs(b->contrib);

	if (x != y)
		return x < y ? 1 : -1;
	return (a->index > b->index) - (a->index < b->index);
}

int explain_label(const struct svmx_model *m, int label,
		  const struct feat_node *x, struct explain_term *terms,
		  size_t *nterm, double *bias, double *score, struct err *e)
{
	int k = svmx_nr_class(m), npair = k * (k - 1) / 2, p, a, b;
	size_t n = 0, i;
	double s, sum = 0;

	if (svmx_model_kernel(m) != SVMX_LINEAR)
		return err_set(e, "the %s kernel has no weight per feature: "
			       "only linear models can be explained",
			       svmx_kernel_name(svmx_model_kernel(m)));
	if (label < 0 || label >= k)
		return err_set(e, "no label %d in a %d-label model", label, k);
	*bias = 0;
	for (i = 0; x[i].index != -1; i++) {
		terms[n].index = x[i].index;
		terms[n].contrib = 0;
		n++;
	}
	for (p = 0; p < npair; p++) {
		svmx_pair_labels(m, p, &a, &b);
		if (a != label && b != label)
			continue;
		s = a == label ? 1 : -1;
		*bias -= s * svmx_rho(m, p);
		for (i = 0; i < n; i++)
			terms[i].contrib += s * svmx_weight(m, p, terms[i].index) *
					    x[i].value;
	}
	/* drop features the model gives no weight, then sort what is left */
	for (i = 0, n = 0; x[i].index != -1; i++) {
		sum += terms[i].contrib;
		if (terms[i].contrib != 0)
			terms[n++] = terms[i];
	}
	qsort(terms, n, sizeof(*terms), by_size);
	*nterm = n;
	*score = sum + *bias;
	return 0;
}

int explain_check(const struct model *m, struct err *e)
{
	int t;

	for (t = 0; t < m->ntask; t++) {
		enum svmx_kernel kern = svmx_model_kernel(m->task[t].svm);

		if (kern != SVMX_LINEAR)
			return err_set(e, "task '%s' uses the %s kernel, which has "
				       "no weight per feature: only linear models "
				       "can be explained", m->task[t].name,
				       svmx_kernel_name(kern));
	}
	return 0;
}

int explain_format(const struct model *m, int t, int label,
		   struct featurizer *fz, const char *text, size_t len,
		   size_t n, struct sbuf *out, struct err *e)
{
	size_t count, nterm, i, nlen;
	const struct feat_node *x = feat_vector(fz, m->vocab, text, len, &count);
	struct explain_term *terms = xmalloc((count + 1) * sizeof(*terms));
	double bias, score;

	if (explain_label(m->task[t].svm, label, x, terms, &nterm, &bias,
			  &score, e) < 0) {
		free(terms);
		return -1;
	}
	for (i = 0; i < nterm && i < n; i++) {
		const char *name = vocab_name(m->vocab, terms[i].index - 1,
					      &nlen);

		if (i)
			sbuf_adds(out, "; ");
		sbuf_add(out, name, nlen);
		sbuf_addf(out, " %+.4f", terms[i].contrib);
	}
	free(terms);
	return 0;
}
