#include "svmx.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libsvm/svm.h>

#include "err.h"
#include "sbuf.h"
#include "xalloc.h"

/* feat_node is handed to libsvm as svm_node without copying. */
_Static_assert(sizeof(struct feat_node) == sizeof(struct svm_node) &&
	       offsetof(struct feat_node, index) ==
	       offsetof(struct svm_node, index) &&
	       offsetof(struct feat_node, value) ==
	       offsetof(struct svm_node, value),
	       "feat_node must match svm_node");

#define MAX_CLASS 64
#define MIN_PROB 1e-7 /* libsvm clips pairwise probabilities to this */

/*
 * Every model here is owned by this file, whether parsed or trained: its
 * arrays are ours (never libsvm's), so one free function fits all, and a
 * trained model does not point into its training problem.
 */
struct svmx_model {
	struct svm_model m;
	struct svm_node *pool; /* all SVs, each ended by index -1 */
	double *coef;          /* sv_coef rows, (nr_class-1) x l */
	size_t nr_feature;
	int npair;
	double *w;             /* linear: (nr_feature + 1) x npair */
};

static void print_nothing(const char *s)
{
	(void)s;
}

void svmx_init(void)
{
	svm_set_print_string_function(print_nothing);
}

const char *svmx_kernel_name(enum svmx_kernel k)
{
	switch (k) {
	case SVMX_POLY:
		return "poly";
	case SVMX_RBF:
		return "rbf";
	default:
		return "linear";
	}
}

int svmx_kernel_parse(const char *name, enum svmx_kernel *k)
{
	if (!strcmp(name, "linear"))
		*k = SVMX_LINEAR;
	else if (!strcmp(name, "poly") || !strcmp(name, "polynomial"))
		*k = SVMX_POLY;
	else if (!strcmp(name, "rbf"))
		*k = SVMX_RBF;
	else
		return -1;
	return 0;
}

static int npairs(int k)
{
	return k * (k - 1) / 2;
}

static void set_param(struct svm_parameter *sp, const struct svmx_params *par,
		      int *wlabel)
{
	int i;

	memset(sp, 0, sizeof(*sp));
	sp->svm_type = C_SVC;
	sp->kernel_type = par->kernel == SVMX_RBF ? RBF :
			  par->kernel == SVMX_POLY ? POLY : LINEAR;
	sp->degree = par->degree > 0 ? par->degree : 2;
	sp->gamma = par->gamma;
	sp->coef0 = par->coef0;
	sp->cache_size = 200;
	sp->eps = 1e-3;
	sp->C = par->C;
	sp->shrinking = 1;
	sp->probability = par->probability;
	if (par->class_weight) {
		for (i = 0; i < par->nr_class; i++)
			wlabel[i] = i;
		sp->nr_weight = par->nr_class;
		sp->weight_label = wlabel;
		sp->weight = (double *)par->class_weight;
	}
}

static void set_problem(struct svm_problem *sp, const struct svmx_problem *p)
{
	sp->l = (int)p->n;
	sp->y = p->y;
	sp->x = (struct svm_node **)p->x;
}

/* Collapse a linear model's SVs into one weight vector per pair. */
static void collapse(struct svmx_model *sm)
{
	const struct svm_model *m = &sm->m;
	int k = m->nr_class, i, j, p = 0, s;
	int start[MAX_CLASS];
	size_t dim = sm->nr_feature + 1;

	if (m->param.kernel_type != LINEAR)
		return;
	start[0] = 0;
	for (i = 1; i < k; i++)
		start[i] = start[i - 1] + m->nSV[i - 1];
	/*
	 * Laid out feature-major, w[index * npair + pair], so that one pass
	 * over a quote's features updates every pair from one cache line.
	 */
	sm->npair = npairs(k);
	sm->w = xcalloc((size_t)sm->npair * dim, sizeof(double));
	for (i = 0; i < k; i++) {
		for (j = i + 1; j < k; j++, p++) {
			double *w = sm->w + p;
			size_t np = (size_t)sm->npair;

			for (s = start[i]; s < start[i] + m->nSV[i]; s++) {
				const struct svm_node *n = m->SV[s];
				double c = m->sv_coef[j - 1][s];

				for (; n->index != -1; n++)
					w[(size_t)n->index * np] += c * n->value;
			}
			for (s = start[j]; s < start[j] + m->nSV[j]; s++) {
				const struct svm_node *n = m->SV[s];
				double c = m->sv_coef[i][s];

				for (; n->index != -1; n++)
					w[(size_t)n->index * np] += c * n->value;
			}
		}
	}
}

/* A model of ours with room for l SVs holding nnode nodes in all. */
static struct svmx_model *model_alloc(int k, int l, size_t nnode)
{
	struct svmx_model *sm = xcalloc(1, sizeof(*sm));
	struct svm_model *m = &sm->m;
	int i, np = npairs(k);

	m->nr_class = k;
	m->l = l;
	m->SV = xcalloc((size_t)l, sizeof(*m->SV));
	m->sv_coef = xcalloc((size_t)k, sizeof(*m->sv_coef));
	sm->coef = xcalloc((size_t)(k - 1) * (size_t)l, sizeof(double));
	for (i = 0; i < k - 1; i++)
		m->sv_coef[i] = sm->coef + (size_t)i * (size_t)l;
	m->rho = xcalloc((size_t)np, sizeof(double));
	m->probA = xcalloc((size_t)np, sizeof(double));
	m->probB = xcalloc((size_t)np, sizeof(double));
	m->label = xcalloc((size_t)k, sizeof(int));
	m->nSV = xcalloc((size_t)k, sizeof(int));
	sm->pool = xcalloc(nnode, sizeof(*sm->pool));
	m->free_sv = 1;
	return sm;
}

void svmx_free(struct svmx_model *sm)
{
	if (!sm)
		return;
	free(sm->m.SV);
	free(sm->m.sv_coef);
	free(sm->coef);
	free(sm->m.rho);
	free(sm->m.probA);
	free(sm->m.probB);
	free(sm->m.label);
	free(sm->m.nSV);
	free(sm->pool);
	free(sm->w);
	free(sm);
}

/* Copy libsvm's trained model (which points into the problem) into ours. */
static struct svmx_model *own_copy(const struct svm_model *lm)
{
	size_t nnode = 0, at = 0, maxidx = 0;
	int i, s, k = lm->nr_class, np = npairs(k);
	struct svmx_model *sm;
	const struct svm_node *n;

	for (s = 0; s < lm->l; s++) {
		for (n = lm->SV[s]; n->index != -1; n++)
			nnode++;
		nnode++;
	}
	sm = model_alloc(k, lm->l, nnode);
	sm->m.param = lm->param;
	sm->m.param.nr_weight = 0;
	sm->m.param.weight_label = NULL;
	sm->m.param.weight = NULL;
	for (s = 0; s < lm->l; s++) {
		sm->m.SV[s] = sm->pool + at;
		for (n = lm->SV[s]; n->index != -1; n++) {
			sm->pool[at++] = *n;
			if ((size_t)n->index > maxidx)
				maxidx = (size_t)n->index;
		}
		sm->pool[at].index = -1;
		sm->pool[at++].value = 0;
		for (i = 0; i < k - 1; i++)
			sm->m.sv_coef[i][s] = lm->sv_coef[i][s];
	}
	for (i = 0; i < np; i++) {
		sm->m.rho[i] = lm->rho[i];
		sm->m.probA[i] = lm->probA ? lm->probA[i] : 0;
		sm->m.probB[i] = lm->probB ? lm->probB[i] : 0;
	}
	if (!lm->probA) {
		free(sm->m.probA);
		free(sm->m.probB);
		sm->m.probA = sm->m.probB = NULL;
	}
	for (i = 0; i < k; i++) {
		sm->m.label[i] = lm->label[i];
		sm->m.nSV[i] = lm->nSV[i];
	}
	sm->nr_feature = maxidx;
	collapse(sm);
	return sm;
}

void svmx_problem_prepare(struct svmx_problem *p)
{
	size_t i, j, dim = 0;
	double *dense;
	const struct feat_node *a;

	free(p->dot);
	p->dot = NULL;
	if (p->n == 0 || p->n > SVMX_GRAM_MAX)
		return;
	for (i = 0; i < p->n; i++)
		for (a = p->x[i]; a->index != -1; a++)
			if ((size_t)a->index > dim)
				dim = (size_t)a->index;
	dense = xcalloc(dim + 1, sizeof(double));
	p->dot = xmalloc(p->n * p->n * sizeof(double));
	for (i = 0; i < p->n; i++) {
		for (a = p->x[i]; a->index != -1; a++)
			dense[a->index] = a->value;
		for (j = i; j < p->n; j++) {
			double s = 0;

			for (a = p->x[j]; a->index != -1; a++)
				s += dense[a->index] * a->value;
			p->dot[i * p->n + j] = p->dot[j * p->n + i] = s;
		}
		for (a = p->x[i]; a->index != -1; a++)
			dense[a->index] = 0;
	}
	free(dense);
}

/* base^times by squaring, rounding as libsvm's polynomial kernel does. */
static double powi(double base, int times)
{
	double r = 1.0;

	for (; times > 0; times /= 2) {
		if (times % 2)
			r *= base;
		base *= base;
	}
	return r;
}

/*
 * The problem as libsvm's precomputed kernel wants it: row i is
 * (0: i+1), (1: K(i,0)), ..., (n: K(i,n-1)), end. Kernel values come from
 * the dot matrix, for whichever kernel par names.
 */
static struct svm_node *gram_problem(const struct svmx_problem *p,
				     const struct svm_parameter *sp,
				     struct svm_node ***rows)
{
	size_t n = p->n, i, j;
	struct svm_node *pool = xmalloc(n * (n + 2) * sizeof(*pool));

	*rows = xmalloc(n * sizeof(**rows));
	for (i = 0; i < n; i++) {
		struct svm_node *r = pool + i * (n + 2);
		const double *d = p->dot + i * n;

		(*rows)[i] = r;
		r[0].index = 0;
		r[0].value = (double)(i + 1);
		for (j = 0; j < n; j++) {
			double k = d[j];

			if (sp->kernel_type == POLY)
				k = powi(sp->gamma * k + sp->coef0, sp->degree);
			else if (sp->kernel_type == RBF)
				k = exp(-sp->gamma * (d[i] + p->dot[j * n + j] -
						      2 * k));
			r[j + 1].index = (int)(j + 1);
			r[j + 1].value = k;
		}
		r[n + 1].index = -1;
		r[n + 1].value = 0;
	}
	return pool;
}

/* A precomputed-kernel model rebuilt over the original vectors. */
static struct svmx_model *from_gram(const struct svm_model *lm,
				    const struct svmx_problem *p,
				    int kernel_type)
{
	struct svm_model copy = *lm;
	struct svm_node **sv = xmalloc((size_t)lm->l * sizeof(*sv));
	struct svmx_model *sm;
	int s;

	for (s = 0; s < lm->l; s++)
		sv[s] = (struct svm_node *)p->x[lm->sv_indices[s] - 1];
	copy.SV = sv;
	copy.param.kernel_type = kernel_type;
	sm = own_copy(&copy);
	free(sv);
	return sm;
}

struct svmx_model *svmx_train(const struct svmx_problem *p,
			      const struct svmx_params *par, struct err *e)
{
	struct svm_parameter sp;
	struct svm_problem prob;
	struct svm_model *lm;
	struct svmx_model *sm;
	int wlabel[MAX_CLASS];
	const char *bad;

	if (par->nr_class > MAX_CLASS) {
		err_set(e, "too many classes (%d, at most %d)", par->nr_class,
			MAX_CLASS);
		return NULL;
	}
	set_param(&sp, par, wlabel);
	set_problem(&prob, p);
	bad = svm_check_parameter(&prob, &sp);
	if (bad) {
		err_set(e, "libsvm: %s", bad);
		return NULL;
	}
	if (p->dot) {
		struct svm_node *pool, **rows;
		int kernel = sp.kernel_type;

		pool = gram_problem(p, &sp, &rows);
		prob.x = rows;
		sp.kernel_type = PRECOMPUTED;
		/* probability training shuffles its folds with rand() */
		srand(par->seed);
		lm = svm_train(&prob, &sp);
		sm = from_gram(lm, p, kernel);
		svm_free_and_destroy_model(&lm);
		free(rows);
		free(pool);
		return sm;
	}
	srand(par->seed);
	lm = svm_train(&prob, &sp);
	sm = own_copy(lm);
	svm_free_and_destroy_model(&lm);
	return sm;
}

int svmx_cross_validate(const struct svmx_problem *p,
			const struct svmx_params *par, int folds,
			double *pred, struct err *e)
{
	struct svm_parameter sp;
	struct svm_problem prob;
	int wlabel[MAX_CLASS];
	const char *bad;

	set_param(&sp, par, wlabel);
	set_problem(&prob, p);
	bad = svm_check_parameter(&prob, &sp);
	if (bad)
		return err_set(e, "libsvm: %s", bad);
	if (p->dot) {
		struct svm_node *pool, **rows;

		pool = gram_problem(p, &sp, &rows);
		prob.x = rows;
		sp.kernel_type = PRECOMPUTED;
		srand(par->seed);
		svm_cross_validation(&prob, &sp, folds, pred);
		free(rows);
		free(pool);
		return 0;
	}
	srand(par->seed);
	svm_cross_validation(&prob, &sp, folds, pred);
	return 0;
}

int svmx_save(const struct svmx_model *m, const char *path, struct err *e)
{
	errno = 0;
	if (svm_save_model(path, &m->m) != 0)
		return err_at(e, path, 0, "cannot write model: %s",
			      errno ? strerror(errno) : "write error");
	return 0;
}

int svmx_nr_class(const struct svmx_model *m)
{
	return m->m.nr_class;
}

enum svmx_kernel svmx_model_kernel(const struct svmx_model *m)
{
	return m->m.param.kernel_type == RBF ? SVMX_RBF :
	       m->m.param.kernel_type == POLY ? SVMX_POLY : SVMX_LINEAR;
}

double svmx_weight(const struct svmx_model *m, int pair, int index)
{
	if (!m->w || index < 1 || (size_t)index > m->nr_feature)
		return 0;
	return m->w[(size_t)index * (size_t)m->npair + (size_t)pair];
}

double svmx_rho(const struct svmx_model *m, int pair)
{
	return m->m.rho[pair];
}

void svmx_pair_labels(const struct svmx_model *m, int pair, int *a, int *b)
{
	int k = m->m.nr_class, i, j, p = 0;

	for (i = 0; i < k; i++)
		for (j = i + 1; j < k; j++, p++)
			if (p == pair) {
				*a = m->m.label[i];
				*b = m->m.label[j];
				return;
			}
	*a = *b = -1;
}

/* Platt's sigmoid, written to avoid overflow in exp() either way. */
static double sigmoid(double dec, double a, double b)
{
	double f = dec * a + b, e;

	/* one exp(): with errno, a compiler may not merge two calls */
	if (f >= 0) {
		e = exp(-f);
		return e / (1.0 + e);
	}
	return 1.0 / (1.0 + exp(f));
}

/*
 * Couple pairwise probabilities r[i][j] (class i beats j) into class
 * probabilities p: the fixed-point iteration of Wu, Lin and Weng (2004),
 * "Probability estimates for multi-class classification by pairwise
 * coupling", section 2.2 method 2, with libsvm's stopping rule.
 */
static void couple(int k, double r[][MAX_CLASS], double *p)
{
	double q[MAX_CLASS][MAX_CLASS], qp[MAX_CLASS];
	double pqp, eps = 0.005 / k;
	int t, j, iter, max_iter = k > 100 ? k : 100;

	for (t = 0; t < k; t++) {
		p[t] = 1.0 / k;
		q[t][t] = 0;
		for (j = 0; j < k; j++) {
			if (j == t)
				continue;
			q[t][t] += r[j][t] * r[j][t];
			q[t][j] = -r[j][t] * r[t][j];
		}
	}
	for (iter = 0; iter < max_iter; iter++) {
		double worst = 0;

		pqp = 0;
		for (t = 0; t < k; t++) {
			qp[t] = 0;
			for (j = 0; j < k; j++)
				qp[t] += q[t][j] * p[j];
			pqp += p[t] * qp[t];
		}
		for (t = 0; t < k; t++)
			if (fabs(qp[t] - pqp) > worst)
				worst = fabs(qp[t] - pqp);
		if (worst < eps)
			break;
		for (t = 0; t < k; t++) {
			double d = (pqp - qp[t]) / q[t][t];

			p[t] += d;
			pqp = (pqp + d * (d * q[t][t] + 2 * qp[t])) /
			      ((1 + d) * (1 + d));
			for (j = 0; j < k; j++) {
				qp[j] = (qp[j] + d * q[t][j]) / (1 + d);
				p[j] /= 1 + d;
			}
		}
	}
}

/* dec[p] = w_p . x for every pair at once (feature-major weights). */
static void dots(const struct svmx_model *sm, const struct feat_node *x,
		 double *dec)
{
	size_t np = (size_t)sm->npair, p;

	if (np == 3) { /* three labels, the usual case: keep sums in registers */
		double a = 0, b = 0, c = 0;

		for (; x->index != -1; x++) {
			const double *w = sm->w + (size_t)x->index * 3;

			if ((size_t)x->index > sm->nr_feature)
				continue;
			a += w[0] * x->value;
			b += w[1] * x->value;
			c += w[2] * x->value;
		}
		dec[0] = a;
		dec[1] = b;
		dec[2] = c;
		return;
	}
	for (p = 0; p < np; p++)
		dec[p] = 0;
	for (; x->index != -1; x++) {
		const double *w;

		if ((size_t)x->index > sm->nr_feature)
			continue;
		w = sm->w + (size_t)x->index * np;
		for (p = 0; p < np; p++)
			dec[p] += w[p] * x->value;
	}
}

static int probabilities(const struct svmx_model *sm, const double *dec,
			 double *prob);

int svmx_predict(const struct svmx_model *sm, const struct feat_node *x,
		 double *dec, double *prob)
{
	const struct svm_model *m = &sm->m;
	int p;

	if (sm->w) {
		dots(sm, x, dec);
		for (p = 0; p < npairs(m->nr_class); p++)
			dec[p] -= m->rho[p];
	} else {
		svm_predict_values(m, (const struct svm_node *)x, dec);
	}
	return probabilities(sm, dec, prob);
}

int svmx_predict_dots(const struct svmx_model *sm, const double *dots,
		      double *dec, double *prob)
{
	int p;

	for (p = 0; p < sm->npair; p++)
		dec[p] = dots[p] - sm->m.rho[p];
	return probabilities(sm, dec, prob);
}

const double *svmx_linear_weights(const struct svmx_model *sm,
				  size_t *nr_feature, int *np)
{
	*nr_feature = sm->nr_feature;
	*np = sm->npair;
	return sm->w;
}

/* Pairwise probabilities from decision values, coupled; the arg-max. */
static int probabilities(const struct svmx_model *sm, const double *dec,
			 double *prob)
{
	const struct svm_model *m = &sm->m;
	int k = m->nr_class, i, j, p, best = 0;
	double r[MAX_CLASS][MAX_CLASS], pk[MAX_CLASS];

	for (i = 0, p = 0; i < k; i++) {
		for (j = i + 1; j < k; j++, p++) {
			double v = sigmoid(dec[p], m->probA[p], m->probB[p]);

			v = fmin(fmax(v, MIN_PROB), 1 - MIN_PROB);
			r[i][j] = v;
			r[j][i] = 1 - v;
		}
	}
	if (k == 2) {
		pk[0] = r[0][1];
		pk[1] = r[1][0];
	} else {
		couple(k, r, pk);
	}
	/* report by label value, and pick the arg-max of what is reported */
	for (i = 0; i < k; i++)
		prob[m->label[i]] = pk[i];
	for (i = 1; i < k; i++)
		if (prob[i] > prob[best])
			best = i;
	return best;
}

void svmx_libsvm_values(const struct svmx_model *m, const struct feat_node *x,
			double *dec)
{
	svm_predict_values(&m->m, (const struct svm_node *)x, dec);
}

double svmx_libsvm_predict(const struct svmx_model *m,
			   const struct feat_node *x, double *prob)
{
	double p[MAX_CLASS];
	int i;
	double label = svm_predict_probability(&m->m,
					       (const struct svm_node *)x, p);

	for (i = 0; i < m->m.nr_class; i++)
		prob[m->m.label[i]] = p[i];
	return label;
}

/* A cursor over the model text, for line-numbered messages. */
struct cur {
	const char *p, *end, *name;
	long line;
	struct err *e;
};

/*
 * Next line into *s..*s+*n (without '\n'); 0 at end of text, -1 (with
 * the error set) for a last line without its newline: libsvm ends every
 * line with one, so a missing newline means a truncated file, even when
 * the cut happens to leave a line that parses.
 */
static int next_line(struct cur *c, const char **s, size_t *n)
{
	const char *nl;

	if (c->p >= c->end)
		return 0;
	nl = memchr(c->p, '\n', (size_t)(c->end - c->p));
	c->line++;
	if (!nl)
		return err_at(c->e, c->name, c->line,
			      "truncated model: last line has no newline");
	*s = c->p;
	*n = (size_t)(nl - c->p);
	c->p = nl + 1;
	return 1;
}

/* Parse one number at *s (advancing it); the text must be NUL-free. */
/* Powers of ten that are exact doubles (fast_decimal, plain_decimal). */
static const double exact_pow10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/*
 * Decimal text of n bytes to a double without strtod, when that is exact:
 * at most 15 significant digits and a power of ten up to 10^22 are both
 * exact doubles, so one multiplication or division rounds once, as
 * strtod does (Clinger's fast path). Most of a model's numbers are
 * libsvm's 8-digit feature values. 1 and *v set, or 0: use strtod.
 */
static int fast_decimal(const char *p, size_t n, double *v)
{
	const char *end = p + n;
	unsigned long long m = 0;
	int neg = 0, digits = 0, exp10 = 0, eneg = 0, e = 0, any = 0;

	if (p < end && (*p == '-' || *p == '+'))
		neg = *p++ == '-';
	for (; p < end && *p >= '0' && *p <= '9'; p++, any = 1)
		if (m || *p != '0') {
			if (++digits > 15)
				return 0;
			m = m * 10 + (unsigned)(*p - '0');
		}
	if (p < end && *p == '.')
		for (p++; p < end && *p >= '0' && *p <= '9'; p++, any = 1) {
			if (m || *p != '0') {
				if (++digits > 15)
					return 0;
				m = m * 10 + (unsigned)(*p - '0');
			}
			exp10--;
		}
	if (!any)
		return 0;
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '-' || *p == '+'))
			eneg = *p++ == '-';
		if (p == end)
			return 0;
		for (; p < end && *p >= '0' && *p <= '9'; p++)
			if ((e = e * 10 + (*p - '0')) > 400)
				return 0;
		exp10 += eneg ? -e : e;
	}
	if (p != end || exp10 < -22 || exp10 > 22)
		return 0;
	*v = exp10 < 0 ? (double)m / exact_pow10[-exp10] :
			 (double)m * exact_pow10[exp10];
	if (neg)
		*v = -*v;
	return 1;
}

/*
 * The usual shape of a model number, "-0.0123", read in one pass: an
 * optional '-', digits, an optional '.' and digits, then a space or the
 * end, with at most 15 significant digits (exact, as fast_decimal). 1 and
 * *s past it, or 0 (nothing consumed) for anything else.
 */
static int plain_decimal(const char **s, const char *end, double *v)
{
	const char *p = *s;
	unsigned long long m = 0;
	int neg = 0, digits = 0, frac = 0, any = 0;

	if (p < end && *p == '-') {
		neg = 1;
		p++;
	}
	for (; p < end && (unsigned)(*p - '0') < 10; p++, any = 1)
		if (m || *p != '0') {
			if (++digits > 15)
				return 0;
			m = m * 10 + (unsigned)(*p - '0');
		}
	if (p < end && *p == '.')
		for (p++; p < end && (unsigned)(*p - '0') < 10; p++, any = 1) {
			if (m || *p != '0') {
				if (++digits > 15)
					return 0;
				m = m * 10 + (unsigned)(*p - '0');
			}
			if (++frac > 22)
				return 0;
		}
	if (!any || (p < end && *p != ' '))
		return 0;
	*v = (double)m / exact_pow10[frac];
	if (neg)
		*v = -*v;
	*s = p;
	return 1;
}

static int num(struct cur *c, const char **s, const char *end, double *v)
{
	char tmp[64], *stop;
	size_t n = 0;

	while (*s < end && **s == ' ')
		(*s)++;
	if (plain_decimal(s, end, v))
		return 0;
	while (*s + n < end && (*s)[n] != ' ' && n < sizeof(tmp) - 1)
		n++;
	if (n == 0 || n == sizeof(tmp) - 1)
		return err_at(c->e, c->name, c->line, "expected a number");
	if (fast_decimal(*s, n, v)) {
		*s += n;
		return 0;
	}
	memcpy(tmp, *s, n);
	tmp[n] = '\0';
	errno = 0;
	*v = strtod(tmp, &stop);
	if (*stop || errno == ERANGE || !isfinite(*v))
		return err_at(c->e, c->name, c->line, "bad number '%s'", tmp);
	*s += n;
	return 0;
}

static int int_of(struct cur *c, double v, long lo, long hi, long *out)
{
	if (v != floor(v) || v < (double)lo || v > (double)hi)
		return err_at(c->e, c->name, c->line,
			      "expected an integer in %ld..%ld", lo, hi);
	*out = (long)v;
	return 0;
}

/* "key v1 v2 ... vcount" with exactly count numbers. */
static int numbers(struct cur *c, const char *s, const char *end,
		   double *v, int count)
{
	int i;

	for (i = 0; i < count; i++)
		if (num(c, &s, end, &v[i]) < 0)
			return -1;
	while (s < end && *s == ' ')
		s++;
	if (s != end)
		return err_at(c->e, c->name, c->line, "%d values expected",
			      count);
	return 0;
}

struct header {
	int kernel, nr_class, have_rho, have_label, have_a, have_b, have_nsv;
	long total_sv, degree;
	double gamma, coef0;
	double rho[MAX_CLASS * (MAX_CLASS - 1) / 2];
	double pa[MAX_CLASS * (MAX_CLASS - 1) / 2];
	double pb[MAX_CLASS * (MAX_CLASS - 1) / 2];
	int label[MAX_CLASS], nsv[MAX_CLASS];
};

static int key_is(const char *s, size_t n, const char *key, const char **val)
{
	size_t k = strlen(key);

	if (n < k || memcmp(s, key, k) || (n > k && s[k] != ' '))
		return 0;
	*val = s + k;
	return 1;
}

static int parse_header(struct cur *c, struct header *h, int want_class)
{
	const char *s = NULL, *v, *end; /* set by next_line (-O3 warns) */
	size_t n = 0;
	double x[MAX_CLASS];
	long l = 0;
	int i, st, np = npairs(want_class);

	memset(h, 0, sizeof(*h));
	h->kernel = -1;
	while ((st = next_line(c, &s, &n)) > 0) {
		end = s + n;
		if (n && s[n - 1] == '\r')
			end--, n--;
		if (key_is(s, n, "SV", &v) && v == end)
			goto check;
		if (key_is(s, n, "svm_type", &v)) {
			if (strncmp(v, " c_svc", (size_t)(end - v)) || end - v != 6)
				return err_at(c->e, c->name, c->line,
					      "svm_type must be c_svc");
		} else if (key_is(s, n, "kernel_type", &v)) {
			if (end - v == 7 && !memcmp(v, " linear", 7))
				h->kernel = LINEAR;
			else if (end - v == 11 && !memcmp(v, " polynomial", 11))
				h->kernel = POLY;
			else if (end - v == 4 && !memcmp(v, " rbf", 4))
				h->kernel = RBF;
			else
				return err_at(c->e, c->name, c->line,
					      "unsupported kernel_type");
		} else if (key_is(s, n, "degree", &v)) {
			if (numbers(c, v, end, x, 1) < 0 ||
			    int_of(c, x[0], 1, 10, &h->degree) < 0)
				return -1;
		} else if (key_is(s, n, "gamma", &v)) {
			if (numbers(c, v, end, &h->gamma, 1) < 0)
				return -1;
		} else if (key_is(s, n, "coef0", &v)) {
			if (numbers(c, v, end, &h->coef0, 1) < 0)
				return -1;
		} else if (key_is(s, n, "nr_class", &v)) {
			if (numbers(c, v, end, x, 1) < 0 ||
			    int_of(c, x[0], 2, MAX_CLASS, &l) < 0)
				return -1;
			if (l != want_class)
				return err_at(c->e, c->name, c->line,
					      "nr_class is %ld, the model's labels say %d",
					      l, want_class);
			h->nr_class = (int)l;
		} else if (key_is(s, n, "total_sv", &v)) {
			if (numbers(c, v, end, x, 1) < 0 ||
			    int_of(c, x[0], 1, 100000000, &h->total_sv) < 0)
				return -1;
		} else if (!h->nr_class && (key_is(s, n, "rho", &v) ||
			   key_is(s, n, "label", &v) || key_is(s, n, "probA", &v) ||
			   key_is(s, n, "probB", &v) || key_is(s, n, "nr_sv", &v))) {
			return err_at(c->e, c->name, c->line,
				      "nr_class must come first");
		} else if (key_is(s, n, "rho", &v)) {
			if (numbers(c, v, end, h->rho, np) < 0)
				return -1;
			h->have_rho = 1;
		} else if (key_is(s, n, "probA", &v)) {
			if (numbers(c, v, end, h->pa, np) < 0)
				return -1;
			h->have_a = 1;
		} else if (key_is(s, n, "probB", &v)) {
			if (numbers(c, v, end, h->pb, np) < 0)
				return -1;
			h->have_b = 1;
		} else if (key_is(s, n, "label", &v)) {
			int seen[MAX_CLASS] = { 0 };

			if (numbers(c, v, end, x, want_class) < 0)
				return -1;
			for (i = 0; i < want_class; i++) {
				if (int_of(c, x[i], 0, want_class - 1, &l) < 0)
					return -1;
				if (seen[l]++)
					return err_at(c->e, c->name, c->line,
						      "label %ld repeated", l);
				h->label[i] = (int)l;
			}
			h->have_label = 1;
		} else if (key_is(s, n, "nr_sv", &v)) {
			if (numbers(c, v, end, x, want_class) < 0)
				return -1;
			for (i = 0; i < want_class; i++) {
				if (int_of(c, x[i], 0, 100000000, &l) < 0)
					return -1;
				h->nsv[i] = (int)l;
			}
			h->have_nsv = 1;
		} else {
			return err_at(c->e, c->name, c->line,
				      "unknown model line '%.*s'",
				      (int)(n > 40 ? 40 : n), s);
		}
	}
	if (st < 0)
		return -1;
	return err_at(c->e, c->name, c->line, "truncated model: no 'SV' line");
check:
	if (h->kernel < 0 || !h->nr_class || !h->total_sv || !h->have_rho ||
	    !h->have_label || !h->have_nsv)
		return err_at(c->e, c->name, c->line,
			      "incomplete header: kernel_type, nr_class, "
			      "total_sv, rho, label and nr_sv are all needed");
	if (!h->have_a || !h->have_b)
		return err_at(c->e, c->name, c->line,
			      "model has no probability estimates (probA, probB)");
	if (h->kernel != LINEAR && h->gamma <= 0)
		return err_at(c->e, c->name, c->line, "gamma must be positive");
	for (l = 0, i = 0; i < h->nr_class; i++)
		l += h->nsv[i];
	if (l != h->total_sv)
		return err_at(c->e, c->name, c->line,
			      "nr_sv adds up to %ld, total_sv is %ld", l,
			      h->total_sv);
	return 0;
}

/*
 * s..end as 1 to 18 decimal digits into *out: 1, or 0 when it is not
 * that (the caller then takes the general path). The common case of a
 * support vector's feature index, without a double in between.
 */
static int digits_of(const char *s, const char *end, long *out)
{
	long v = 0;

	if (s == end || end - s > 18)
		return 0;
	for (; s < end; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		v = v * 10 + (*s - '0');
	}
	*out = v;
	return 1;
}

/* The SV lines into sm (room made by the caller), checking everything. */
static int parse_svs(struct cur *c, struct svmx_model *sm,
		     size_t nr_feature, size_t *nnode)
{
	struct svm_model *m = &sm->m;
	const char *s = NULL, *end, *colon; /* set by next_line (-O3 warns) */
	size_t n = 0, at = 0;
	long sv = 0, idx = 0, last;
	double v;
	int i, st;

	while ((st = next_line(c, &s, &n)) > 0) {
		end = s + n;
		if (n && end[-1] == '\r')
			end--;
		if (sv >= m->l)
			return err_at(c->e, c->name, c->line,
				      "more support vectors than total_sv (%d)",
				      m->l);
		for (i = 0; i < m->nr_class - 1; i++) {
			if (num(c, &s, end, &v) < 0)
				return -1;
			m->sv_coef[i][sv] = v;
		}
		m->SV[sv] = sm->pool + at;
		last = 0;
		for (;;) {
			while (s < end && *s == ' ')
				s++;
			if (s == end)
				break;
			/* the usual "123:" read as it is scanned */
			for (colon = s, idx = 0; colon < end && colon - s < 18 &&
			     (unsigned)(*colon - '0') < 10; colon++)
				idx = idx * 10 + (*colon - '0');
			if (colon == s || colon == end || *colon != ':') {
				/* anything else: the general path */
				colon = memchr(s, ':', (size_t)(end - s));
				if (!colon)
					return err_at(c->e, c->name, c->line,
						      "expected index:value");
				if (!digits_of(s, colon, &idx)) {
					const char *t = s;

					if (num(c, &t, colon, &v) < 0 ||
					    int_of(c, v, 1, (long)nr_feature,
						   &idx) < 0)
						idx = 0;
				}
			}
			if (idx < 1 || (size_t)idx > nr_feature)
				return err_at(c->e, c->name, c->line,
					      "feature index must be 1..%zu",
					      nr_feature);
			if (idx <= last)
				return err_at(c->e, c->name, c->line,
					      "feature indices must increase");
			last = idx;
			s = colon + 1;
			if (!plain_decimal(&s, end, &v) && num(c, &s, end, &v) < 0)
				return -1;
			sm->pool[at].index = (int)idx;
			sm->pool[at].value = v;
			at++;
		}
		sm->pool[at].index = -1;
		at++;
		sv++;
	}
	if (st < 0)
		return -1;
	if (sv != m->l)
		return err_at(c->e, c->name, c->line,
			      "truncated model: %ld of %d support vectors", sv,
			      m->l);
	*nnode = at;
	return 0;
}

/* How many bytes ch in p..end: memchr's wide compares do the scanning. */
static size_t count_byte(const char *p, const char *end, int ch)
{
	size_t n = 0;

	while (p < end && (p = memchr(p, ch, (size_t)(end - p)))) {
		n++;
		p++;
	}
	return n;
}

struct svmx_model *svmx_parse(const char *buf, size_t n, const char *name,
			      int nr_class, size_t nr_feature, struct err *e)
{
	struct cur c = { buf, buf + n, name, 0, e };
	struct header *h = xmalloc(sizeof(*h));
	struct svmx_model *sm = NULL;
	struct cur sv_start;
	size_t nnode, nline;
	int i, np = npairs(nr_class);

	if (nr_class < 2 || nr_class > MAX_CLASS) {
		err_at(e, name, 0, "a model needs 2..%d labels", MAX_CLASS);
		goto out;
	}
	if (memchr(buf, '\0', n)) {
		err_at(e, name, 0, "NUL byte in model file");
		goto out;
	}
	if (parse_header(&c, h, nr_class) < 0)
		goto out;
	/*
	 * Room for the nodes: at most one per ':' plus an end marker per
	 * line; counting bytes is cheap next to parsing the numbers, which
	 * parse_svs then does once, checking everything.
	 */
	sv_start = c;
	nline = count_byte(c.p, c.end, '\n');
	nnode = 1 + count_byte(c.p, c.end, ':') + nline;
	/*
	 * One line per SV: a total_sv beyond the lines left is a truncated
	 * (or inflated) file, refused before it sizes any allocation (an
	 * inflated total_sv asked for gigabytes; found by fuzz_model).
	 */
	if ((size_t)h->total_sv > nline) {
		err_at(e, name, c.line,
		       "truncated model: total_sv is %ld, %zu lines follow",
		       h->total_sv, nline);
		goto out;
	}
	sm = model_alloc(h->nr_class, (int)h->total_sv, nnode);
	c = sv_start;
	if (parse_svs(&c, sm, nr_feature, &nnode) < 0) {
		svmx_free(sm);
		sm = NULL;
		goto out;
	}
	sm->m.param.svm_type = C_SVC;
	sm->m.param.kernel_type = h->kernel;
	sm->m.param.degree = (int)h->degree;
	sm->m.param.gamma = h->gamma;
	sm->m.param.coef0 = h->coef0;
	sm->m.param.probability = 1;
	for (i = 0; i < np; i++) {
		sm->m.rho[i] = h->rho[i];
		sm->m.probA[i] = h->pa[i];
		sm->m.probB[i] = h->pb[i];
	}
	for (i = 0; i < h->nr_class; i++) {
		sm->m.label[i] = h->label[i];
		sm->m.nSV[i] = h->nsv[i];
	}
	sm->nr_feature = nr_feature;
	collapse(sm);
out:
	free(h);
	return sm;
}
