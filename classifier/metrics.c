#include "metrics.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "err.h"
#include "sbuf.h"
#include "xalloc.h"

void metrics_init(struct metrics *m, const char *task,
		  const char (*label)[32], int nlabel)
{
	int l;

	memset(m, 0, sizeof(*m));
	snprintf(m->task, sizeof(m->task), "%s", task);
	m->nlabel = nlabel < METRICS_MAX_LABELS ? nlabel : METRICS_MAX_LABELS;
	for (l = 0; l < m->nlabel; l++)
		snprintf(m->label[l], sizeof(m->label[l]), "%s", label[l]);
}

static int bin_of(double conf)
{
	int b = (int)(conf * METRICS_ECE_BINS);

	/* a confidence of exactly 1 belongs to the last bin */
	if (b >= METRICS_ECE_BINS)
		b = METRICS_ECE_BINS - 1;
	return b < 0 ? 0 : b;
}

void metrics_add(struct metrics *m, int gold, int pred, const double *prob)
{
	int l, b;
	double s = 0;

	if (gold < 0 || gold >= m->nlabel || pred < 0 || pred >= m->nlabel)
		return;
	m->conf[gold][pred]++;
	m->n++;
	if (!prob)
		return;
	for (l = 0; l < m->nlabel; l++) {
		double d = prob[l] - (l == gold);

		s += d * d;
	}
	m->brier_sum += s;
	m->nprob++;
	b = bin_of(prob[pred]);
	m->bin_n[b]++;
	m->bin_conf[b] += prob[pred];
	m->bin_right[b] += pred == gold;
}

void metrics_merge(struct metrics *dst, const struct metrics *src)
{
	int i, j;

	for (i = 0; i < dst->nlabel; i++)
		for (j = 0; j < dst->nlabel; j++)
			dst->conf[i][j] += src->conf[i][j];
	dst->n += src->n;
	dst->nprob += src->nprob;
	dst->brier_sum += src->brier_sum;
	for (i = 0; i < METRICS_ECE_BINS; i++) {
		dst->bin_n[i] += src->bin_n[i];
		dst->bin_conf[i] += src->bin_conf[i];
		dst->bin_right[i] += src->bin_right[i];
	}
}

void metrics_label(const struct metrics *m, int l, struct metrics_label *out)
{
	size_t tp = m->conf[l][l];
	int i;

	out->support = out->predicted = 0;
	for (i = 0; i < m->nlabel; i++) {
		out->support += m->conf[l][i];
		out->predicted += m->conf[i][l];
	}
	out->precision = out->predicted ? (double)tp / (double)out->predicted : 0;
	out->recall = out->support ? (double)tp / (double)out->support : 0;
	out->f1 = out->precision + out->recall > 0 ?
		  2 * out->precision * out->recall /
		  (out->precision + out->recall) : 0;
}

double metrics_f1(const struct metrics *m, int l)
{
	struct metrics_label s;

	metrics_label(m, l, &s);
	return s.f1;
}

double metrics_macro_f1(const struct metrics *m)
{
	double sum = 0;
	int l;

	if (m->nlabel == 0)
		return 0;
	for (l = 0; l < m->nlabel; l++)
		sum += metrics_f1(m, l);
	return sum / m->nlabel;
}

double metrics_accuracy(const struct metrics *m)
{
	size_t right = 0;
	int l;

	for (l = 0; l < m->nlabel; l++)
		right += m->conf[l][l];
	return m->n ? (double)right / (double)m->n : 0;
}

double metrics_f_avg(const struct metrics *m, int favor, int against)
{
	return (metrics_f1(m, favor) + metrics_f1(m, against)) / 2;
}

int metrics_label_find(const struct metrics *m, const char *name)
{
	int l;

	for (l = 0; l < m->nlabel; l++)
		if (!strcasecmp(m->label[l], name))
			return l;
	return -1;
}

static int find_first(const struct metrics *m, const char *const *names)
{
	int l;

	for (; *names; names++)
		if ((l = metrics_label_find(m, *names)) >= 0)
			return l;
	return -1;
}

int metrics_f_avg_labels(const struct metrics *m, const char *favor,
			 const char *against, int *fl, int *al)
{
	static const char *const favors[] = {
		"pro", "favor", "favour", "positive", NULL
	};
	static const char *const againsts[] = { "against", "negative", NULL };

	*fl = favor ? metrics_label_find(m, favor) : find_first(m, favors);
	*al = against ? metrics_label_find(m, against) : find_first(m, againsts);
	return *fl >= 0 && *al >= 0 && *fl != *al ? 0 : -1;
}

double metrics_brier(const struct metrics *m)
{
	return m->nprob ? m->brier_sum / (double)m->nprob : NAN;
}

double metrics_ece(const struct metrics *m)
{
	double ece = 0;
	int b;

	if (!m->nprob)
		return NAN;
	for (b = 0; b < METRICS_ECE_BINS; b++)
		if (m->bin_n[b])
			ece += fabs(m->bin_right[b] - m->bin_conf[b]) /
			       (double)m->nprob;
	return ece;
}

/* Width of the label column: the longest label, at least "label". */
static int label_width(const struct metrics *m)
{
	int l, w = 5;

	for (l = 0; l < m->nlabel; l++)
		if ((int)strlen(m->label[l]) > w)
			w = (int)strlen(m->label[l]);
	return w;
}

static void format_confusion(const struct metrics *m, int w, struct sbuf *out)
{
	int g, p, cw[METRICS_MAX_LABELS];

	sbuf_addf(out, "  confusion (rows gold, columns predicted):\n  %-*s", w,
		  "");
	for (p = 0; p < m->nlabel; p++) {
		cw[p] = (int)strlen(m->label[p]);
		if (cw[p] < 6)
			cw[p] = 6;
		sbuf_addf(out, " %*s", cw[p], m->label[p]);
	}
	sbuf_addc(out, '\n');
	for (g = 0; g < m->nlabel; g++) {
		sbuf_addf(out, "  %-*s", w, m->label[g]);
		for (p = 0; p < m->nlabel; p++)
			sbuf_addf(out, " %*zu", cw[p], m->conf[g][p]);
		sbuf_addc(out, '\n');
	}
}

void metrics_format(const struct metrics *m, const char *favor,
		    const char *against, struct sbuf *out)
{
	int l, w = label_width(m), fl, al;
	struct metrics_label s;

	sbuf_addf(out, "%s: %zu quotes\n", m->task, m->n);
	sbuf_addf(out, "  %-*s  precision  recall      f1  support\n", w, "label");
	for (l = 0; l < m->nlabel; l++) {
		metrics_label(m, l, &s);
		sbuf_addf(out, "  %-*s  %9.4f  %6.4f  %6.4f  %7zu\n", w,
			  m->label[l], s.precision, s.recall, s.f1, s.support);
	}
	sbuf_addf(out, "  macro-F1 %.4f  accuracy %.4f", metrics_macro_f1(m),
		  metrics_accuracy(m));
	if (metrics_f_avg_labels(m, favor, against, &fl, &al) == 0)
		sbuf_addf(out, "  F_avg(%s,%s) %.4f", m->label[fl], m->label[al],
			  metrics_f_avg(m, fl, al));
	sbuf_addc(out, '\n');
	if (m->nprob)
		sbuf_addf(out, "  Brier %.4f  ECE %.4f (%d bins)\n",
			  metrics_brier(m), metrics_ece(m), METRICS_ECE_BINS);
	format_confusion(m, w, out);
}

static void csv_line(struct sbuf *out, const char *task, const char *label,
		     const char *metric, const char *value)
{
	sbuf_addf(out, "%s,%s,%s,%s\n", task, label, metric, value);
}

static void csv_real(struct sbuf *out, const struct metrics *m,
		     const char *label, const char *metric, double v)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%.6f", v);
	csv_line(out, m->task, label, metric, buf);
}

static void csv_count(struct sbuf *out, const struct metrics *m,
		      const char *label, const char *metric, size_t v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%zu", v);
	csv_line(out, m->task, label, metric, buf);
}

/*
 * Task and label names are letters, digits, '-' and '_' (train.c refuses
 * others), so no field here needs CSV quoting.
 */
void metrics_format_csv(const struct metrics *m, const char *favor,
			const char *against, int header, struct sbuf *out)
{
	int l, p, fl, al;
	struct metrics_label s;
	char metric[48];

	if (header)
		sbuf_adds(out, "task,label,metric,value\n");
	csv_count(out, m, "", "n", m->n);
	csv_real(out, m, "", "accuracy", metrics_accuracy(m));
	csv_real(out, m, "", "macro_f1", metrics_macro_f1(m));
	if (metrics_f_avg_labels(m, favor, against, &fl, &al) == 0)
		csv_real(out, m, "", "f_avg", metrics_f_avg(m, fl, al));
	if (m->nprob) {
		csv_real(out, m, "", "brier", metrics_brier(m));
		csv_real(out, m, "", "ece", metrics_ece(m));
	}
	for (l = 0; l < m->nlabel; l++) {
		metrics_label(m, l, &s);
		csv_real(out, m, m->label[l], "precision", s.precision);
		csv_real(out, m, m->label[l], "recall", s.recall);
		csv_real(out, m, m->label[l], "f1", s.f1);
		csv_count(out, m, m->label[l], "support", s.support);
		for (p = 0; p < m->nlabel; p++) {
			snprintf(metric, sizeof(metric), "pred:%s", m->label[p]);
			csv_count(out, m, m->label[l], metric, m->conf[l][p]);
		}
	}
}

/* splitmix64 (Vigna): a small, well-mixed generator with no global state. */
static uint64_t next_rand(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

int metrics_folds(const int *y, size_t n, int k, unsigned seed, int *fold,
		  struct err *e)
{
	uint64_t state = seed;
	size_t *order, i, j, at = 0, deal = 0;
	int maxy = -1, l;

	if (k < 2)
		return err_set(e, "cross-validation needs at least 2 folds");
	if ((size_t)k > n)
		return err_set(e, "%d folds but only %zu rows", k, n);
	for (i = 0; i < n; i++)
		if (y[i] > maxy)
			maxy = y[i];
	order = xmalloc(n * sizeof(*order));
	/* each label's rows in input order, the labels one after the other */
	for (l = 0; l <= maxy; l++) {
		size_t first = at;

		for (i = 0; i < n; i++)
			if (y[i] == l)
				order[at++] = i;
		/* Fisher-Yates on this label's rows */
		for (i = at - first; i > 1; i--) {
			size_t t;

			j = (size_t)(next_rand(&state) % i);
			t = order[first + i - 1];
			order[first + i - 1] = order[first + j];
			order[first + j] = t;
		}
		for (i = first; i < at; i++)
			fold[order[i]] = (int)(deal++ % (size_t)k);
	}
	/* rows with a negative label (none expected) still get a fold */
	for (i = 0; i < n; i++)
		if (y[i] < 0)
			fold[i] = (int)(deal++ % (size_t)k);
	free(order);
	return 0;
}
