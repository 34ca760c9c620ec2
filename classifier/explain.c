#include "explain.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed.h"
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

/* A line of the explanation: a feature, or a word's share of e:. */
struct shown {
	const char *name; /* not NUL-terminated */
	size_t len;
	int word;         /* 1: the share of word name[0..len) */
	double contrib;
};

struct shown_list {
	struct shown *v;
	size_t n, cap;
};

static void add_shown(struct shown_list *l, const char *name, size_t len,
		      int word, double contrib)
{
	size_t i;

	if (word)
		for (i = 0; i < l->n; i++)
			if (l->v[i].word && l->v[i].len == len &&
			    !memcmp(l->v[i].name, name, len)) {
				l->v[i].contrib += contrib;
				return;
			}
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n].name = name;
	l->v[l->n].len = len;
	l->v[l->n].word = word;
	l->v[l->n++].contrib = contrib;
}

static void add_word(void *arg, const char *word, size_t len, double share)
{
	add_shown(arg, word, len, 1, share);
}

static int by_contrib(const void *pa, const void *pb)
{
	const struct shown *a = pa, *b = pb;
	double x = fabs(a->contrib), y = fabs(b->contrib);
	size_t n = a->len < b->len ? a->len : b->len;
	int c;

	if (x != y)
		return x < y ? 1 : -1;
	if (a->word != b->word)
		return a->word - b->word;
	c = memcmp(a->name, b->name, n);
	return c ? c : (a->len > b->len) - (a->len < b->len);
}

/*
 * The weight the score of label gives feature index (1-based) of a linear
 * model: the sum over the pairs with label, oriented towards it.
 */
static double label_weight(const struct svmx_model *m, int label, int index)
{
	int k = svmx_nr_class(m), p, a, b;
	double w = 0;

	for (p = 0; p < k * (k - 1) / 2; p++) {
		svmx_pair_labels(m, p, &a, &b);
		if (a == label)
			w += svmx_weight(m, p, index);
		else if (b == label)
			w -= svmx_weight(m, p, index);
	}
	return w;
}

int explain_format(const struct model *m, int t, int label,
		   struct featurizer *fz, const char *text, size_t len,
		   size_t n, struct sbuf *out, struct err *e)
{
	size_t count, nterm, i, nlen;
	const struct feat_node *x = feat_vector(fz, m->vocab, text, len, &count);
	struct explain_term *terms = xmalloc((count + 1) * sizeof(*terms));
	struct shown_list shown = { NULL, 0, 0 };
	double bias, score, *g = NULL;
	int d, dim = m->emb ? embed_dim(m->emb) : 0;

	if (explain_label(m->task[t].svm, label, x, terms, &nterm, &bias,
			  &score, e) < 0) {
		free(terms);
		return -1;
	}
	/*
	 * e:0, e:1, ... mean nothing to a reader: their contributions are
	 * shown as the shares of the quote's words, "e(word)", which add up
	 * to the same (feat_embed_shares).
	 */
	for (i = 0; i < nterm; i++) {
		const char *name = vocab_name(m->vocab, terms[i].index - 1,
					      &nlen);

		if (dim && feat_name_family(name) == FEAT_EMB)
			continue;
		add_shown(&shown, name, nlen, 0, terms[i].contrib);
	}
	if (dim) {
		char key[16];

		g = xcalloc((size_t)dim, sizeof(double));
		for (d = 0; d < dim; d++) {
			long id;

			snprintf(key, sizeof(key), "e:%d", d);
			id = vocab_find(m->vocab, key, strlen(key));
			if (id >= 0)
				g[d] = label_weight(m->task[t].svm, label,
						    (int)id + 1);
		}
		feat_embed_shares(fz, text, len, g, add_word, &shown);
	}
	qsort(shown.v, shown.n, sizeof(*shown.v), by_contrib);
	for (i = 0; i < shown.n && i < n; i++) {
		if (i)
			sbuf_adds(out, "; ");
		if (shown.v[i].word)
			sbuf_adds(out, "e(");
		sbuf_add(out, shown.v[i].name, shown.v[i].len);
		if (shown.v[i].word)
			sbuf_adds(out, ")");
		sbuf_addf(out, " %+.4f", shown.v[i].contrib);
	}
	free(shown.v);
	free(g);
	free(terms);
	return 0;
}
