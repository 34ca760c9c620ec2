/*
 * svmx: training on a small separable 3-class problem built here,
 * probabilities equal to libsvm's own, the precomputed-kernel path giving
 * the same model, and a parser that refuses every kind of broken model
 * file with its name and line.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "feat.h"
#include "sbuf.h"
#include "svmx.h"
#include "testutil.h"

/* libsvm prints while it trains; main() silences it, so do the tests */
TestSuite(svmx, .init = svmx_init);

#define NCLASS 3
#define PER_CLASS 30
#define NPOINT (NCLASS * PER_CLASS)
#define NFEAT 10

/* A small deterministic generator, so every run sees the same data. */
static unsigned long long rng_state;

static void rng_seed(unsigned long long s)
{
	rng_state = s * 6364136223846793005ull + 1442695040888963407ull;
}

static double rng_unit(void)
{
	rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
	return (double)(rng_state >> 11) / 9007199254740992.0;
}

struct data {
	struct svmx_problem p;
	struct feat_node *pool;
	const struct feat_node *x[NPOINT];
	double y[NPOINT];
};

/*
 * Class c has feature c+1 in [1, 2]; the other features of 1..NFEAT are
 * present at random with small values, so the classes are separable but
 * the vectors are sparse and varied. Points are shuffled so that labels
 * first appear in the order 2, 0, 1 (libsvm's label array is not 0, 1, 2).
 */
static void make_data(struct data *d)
{
	size_t i, k = 0;
	int order[NPOINT];

	memset(d, 0, sizeof(*d));
	rng_seed(7);
	d->pool = calloc(NPOINT * (NFEAT + 1), sizeof(*d->pool));
	cr_assert_not_null(d->pool);
	for (i = 0; i < NPOINT; i++)
		order[i] = (int)(i % NCLASS);
	order[0] = 2;
	order[2] = 0;
	for (i = 3; i < NPOINT; i++) { /* shuffle the tail */
		size_t j = 3 + (size_t)(rng_unit() * (double)(i - 2));
		int t = order[i];

		order[i] = order[j];
		order[j] = t;
	}
	for (i = 0; i < NPOINT; i++) {
		int c = order[i], f;

		d->x[i] = d->pool + k;
		d->y[i] = c;
		for (f = 1; f <= NFEAT; f++) {
			double v;

			if (f == c + 1)
				v = 1 + rng_unit();
			else if (rng_unit() < 0.4)
				v = 0.3 * rng_unit();
			else
				continue;
			d->pool[k].index = f;
			d->pool[k++].value = v;
		}
		d->pool[k++].index = -1;
	}
	d->p.n = NPOINT;
	d->p.x = d->x;
	d->p.y = d->y;
	d->p.dot = NULL;
}

static void free_data(struct data *d)
{
	free(d->p.dot);
	free(d->pool);
}

static struct svmx_params params(enum svmx_kernel k)
{
	struct svmx_params par;

	memset(&par, 0, sizeof(par));
	par.kernel = k;
	par.C = 1;
	par.gamma = 0.5;
	par.coef0 = 1;
	par.degree = 3;
	par.probability = 1;
	par.nr_class = NCLASS;
	par.seed = 1;
	return par;
}

static struct svmx_model *train(const struct data *d,
				const struct svmx_params *par)
{
	struct err e;
	struct svmx_model *m = svmx_train(&d->p, par, &e);

	cr_assert_not_null(m, "%s", e.msg);
	return m;
}

/* A random sparse vector over indices 1..NFEAT+2 (some beyond any SV). */
static void random_vector(struct feat_node *x)
{
	int f, k = 0;

	for (f = 1; f <= NFEAT + 2; f++) {
		if (rng_unit() < 0.5)
			continue;
		x[k].index = f;
		x[k++].value = 4 * rng_unit() - 1;
	}
	x[k].index = -1;
	x[k].value = 0;
}

/* svmx_predict against libsvm's svm_predict_probability on many vectors. */
static void compare_with_libsvm(const struct svmx_model *m, int nvec)
{
	struct feat_node x[NFEAT + 3];
	double dec[NCLASS * (NCLASS - 1) / 2], p1[NCLASS], p2[NCLASS];
	int i, c;

	rng_seed(99);
	for (i = 0; i < nvec; i++) {
		int label, best = 0;
		double sum = 0;

		random_vector(x);
		if (i == 0)
			x[0].index = -1; /* the empty vector too */
		label = svmx_predict(m, x, dec, p1);
		svmx_libsvm_predict(m, x, p2);
		for (c = 0; c < NCLASS; c++) {
			cr_assert(fabs(p1[c] - p2[c]) <= 1e-9,
				  "vector %d class %d: svmx %.17g libsvm %.17g", i,
				  c, p1[c], p2[c]);
			sum += p1[c];
			if (p1[c] > p1[best])
				best = c;
		}
		cr_assert_float_eq(sum, 1, 1e-9);
		cr_assert_eq(label, best, "label %d is not the arg-max %d", label,
			     best);
	}
}

/* ---- training and prediction ---- */

Test(svmx, separable_training_points_classified)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	struct svmx_model *m;
	double dec[3], prob[3];
	size_t i;

	make_data(&d);
	m = train(&d, &par);
	cr_assert_eq(svmx_nr_class(m), NCLASS);
	cr_assert_eq(svmx_model_kernel(m), SVMX_LINEAR);
	for (i = 0; i < NPOINT; i++) {
		int label = svmx_predict(m, d.x[i], dec, prob);

		cr_assert_eq(label, (int)d.y[i], "point %zu: %d, want %d", i, label,
			     (int)d.y[i]);
		cr_assert_gt(prob[label], 0.5);
	}
	svmx_free(m);
	free_data(&d);
}

Test(svmx, probabilities_equal_libsvm_linear)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	struct svmx_model *m;

	make_data(&d);
	m = train(&d, &par);
	compare_with_libsvm(m, 500);
	svmx_free(m);
	free_data(&d);
}

Test(svmx, probabilities_equal_libsvm_linear_weighted)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	const double w[NCLASS] = { 0.5, 2, 1 };
	struct svmx_model *m;

	make_data(&d);
	par.class_weight = w;
	par.C = 0.3;
	m = train(&d, &par);
	compare_with_libsvm(m, 300);
	svmx_free(m);
	free_data(&d);
}

Test(svmx, probabilities_equal_libsvm_rbf_and_poly)
{
	struct data d;
	struct svmx_params rbf = params(SVMX_RBF), poly = params(SVMX_POLY);
	struct svmx_model *m;

	make_data(&d);
	m = train(&d, &rbf);
	cr_assert_eq(svmx_model_kernel(m), SVMX_RBF);
	compare_with_libsvm(m, 300);
	svmx_free(m);
	m = train(&d, &poly);
	cr_assert_eq(svmx_model_kernel(m), SVMX_POLY);
	compare_with_libsvm(m, 300);
	svmx_free(m);
	free_data(&d);
}

Test(svmx, probabilities_equal_libsvm_precomputed_path)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR), rbf = params(SVMX_RBF);
	struct svmx_model *m;

	make_data(&d);
	svmx_problem_prepare(&d.p);
	cr_assert_not_null(d.p.dot);
	m = train(&d, &par);
	compare_with_libsvm(m, 500);
	svmx_free(m);
	m = train(&d, &rbf);
	compare_with_libsvm(m, 300);
	svmx_free(m);
	free_data(&d);
}

/* Two classes take libsvm's k == 2 shortcut rather than coupling. */
Test(svmx, two_classes)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	struct svmx_model *m;
	struct feat_node x[NFEAT + 3];
	double dec[1], p1[2], p2[2];
	size_t i;
	int k;

	make_data(&d);
	for (i = 0; i < NPOINT; i++)
		d.y[i] = d.y[i] == 2 ? 1 : 0;
	par.nr_class = 2;
	m = train(&d, &par);
	cr_assert_eq(svmx_nr_class(m), 2);
	rng_seed(5);
	for (k = 0; k < 200; k++) {
		random_vector(x);
		svmx_predict(m, x, dec, p1);
		svmx_libsvm_predict(m, x, p2);
		cr_assert(fabs(p1[0] - p2[0]) <= 1e-9 && fabs(p1[1] - p2[1]) <= 1e-9);
		cr_assert_float_eq(p1[0] + p1[1], 1, 1e-12);
	}
	svmx_free(m);
	free_data(&d);
}

/* Linear decision values are w . x - rho with the collapsed weights. */
Test(svmx, linear_weights_and_rho_give_decision_values)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	struct svmx_model *m;
	struct feat_node x[NFEAT + 3];
	double dec[3], prob[3];
	int k, p;

	make_data(&d);
	m = train(&d, &par);
	rng_seed(11);
	for (k = 0; k < 50; k++) {
		random_vector(x);
		svmx_predict(m, x, dec, prob);
		for (p = 0; p < 3; p++) {
			double s = -svmx_rho(m, p);
			const struct feat_node *n;

			for (n = x; n->index != -1; n++)
				s += svmx_weight(m, p, n->index) * n->value;
			cr_assert_float_eq(dec[p], s, 1e-12);
		}
	}
	cr_assert_eq(svmx_weight(m, 0, 0), 0);
	cr_assert_eq(svmx_weight(m, 0, 100000), 0);
	svmx_free(m);
	free_data(&d);
}

static char *save_to(const struct svmx_model *m, const char *dir,
		     const char *name, size_t *len)
{
	char *path = tu_path(dir, name), *text;
	struct err e;

	cr_assert_eq(svmx_save(m, path, &e), 0, "%s", e.msg);
	text = tu_read(path, len);
	free(path);
	return text;
}

/* Models trained directly and on the precomputed-kernel path. */
static void train_both(enum svmx_kernel k, int degree, char **ta, size_t *la,
		       char **tb, size_t *lb)
{
	struct data d;
	struct svmx_params par = params(k);
	struct svmx_model *a, *b;
	char *dir = tu_tmpdir();

	par.degree = degree;
	make_data(&d);
	a = train(&d, &par);
	svmx_problem_prepare(&d.p);
	cr_assert_not_null(d.p.dot);
	b = train(&d, &par);
	*ta = save_to(a, dir, "direct.svm", la);
	*tb = save_to(b, dir, "gram.svm", lb);
	cr_assert_gt(*la, 100);
	svmx_free(a);
	svmx_free(b);
	free_data(&d);
	tu_rmtree(dir);
	free(dir);
}

/* svmx.h: the precomputed-kernel path gives the very same model file. */
static void check_same_model(enum svmx_kernel k, int degree)
{
	char *ta, *tb;
	size_t la, lb;

	train_both(k, degree, &ta, &la, &tb, &lb);
	cr_assert(la == lb && !memcmp(ta, tb, la),
		  "%s (degree %d): the two training paths give different "
		  "model files", svmx_kernel_name(k), degree);
	free(ta);
	free(tb);
}

Test(svmx, precomputed_path_same_model_linear)
{
	check_same_model(SVMX_LINEAR, 3);
}

/* train.c trains polynomial models with degree 2 */
Test(svmx, precomputed_path_same_model_poly2)
{
	check_same_model(SVMX_POLY, 2);
}

Test(svmx, precomputed_path_same_model_poly3)
{
	check_same_model(SVMX_POLY, 3);
}

/*
 * RBF: libsvm's solver computes K from |x|^2 + |y|^2 - 2xy, as the dot
 * matrix does, so support vectors, coefficients and rho are identical;
 * but the held-out decision values behind probA/probB come from
 * k_function, which sums squared differences, so those two lines may
 * differ in the last bits. Everything else must match exactly.
 */
Test(svmx, precomputed_path_same_model_rbf)
{
	char *ta, *tb, *pa, *pb, *sa = NULL, *sb = NULL;
	size_t la, lb;

	train_both(SVMX_RBF, 3, &ta, &la, &tb, &lb);
	for (pa = strtok_r(ta, "\n", &sa), pb = strtok_r(tb, "\n", &sb);
	     pa && pb;
	     pa = strtok_r(NULL, "\n", &sa), pb = strtok_r(NULL, "\n", &sb)) {
		if (!strncmp(pa, "probA ", 6) || !strncmp(pa, "probB ", 6)) {
			char *ea = pa + 5, *eb = pb + 5;
			int i;

			cr_assert(!strncmp(pa, pb, 6));
			for (i = 0; i < 3; i++) {
				double x = strtod(ea, &ea), y = strtod(eb, &eb);

				cr_assert(fabs(x - y) <= 1e-12 * fabs(x),
					  "%s vs %s", pa, pb);
			}
			continue;
		}
		cr_assert_str_eq(pa, pb);
	}
	cr_assert(!pa && !pb, "different numbers of lines");
	free(ta);
	free(tb);
}

Test(svmx, cross_validation_same_on_both_paths)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	double a[NPOINT], b[NPOINT];
	struct err e;
	size_t i, right = 0;

	make_data(&d);
	par.probability = 0;
	cr_assert_eq(svmx_cross_validate(&d.p, &par, 5, a, &e), 0, "%s", e.msg);
	svmx_problem_prepare(&d.p);
	cr_assert_eq(svmx_cross_validate(&d.p, &par, 5, b, &e), 0, "%s", e.msg);
	for (i = 0; i < NPOINT; i++) {
		cr_assert_eq(a[i], b[i], "point %zu: %g vs %g", i, a[i], b[i]);
		right += a[i] == d.y[i];
	}
	cr_assert_geq(right, NPOINT - 3, "separable data: %zu right", right);
	free_data(&d);
}

Test(svmx, training_is_repeatable)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	struct svmx_model *a, *b;
	char *dir = tu_tmpdir(), *ta, *tb;
	size_t la, lb;

	make_data(&d);
	a = train(&d, &par);
	b = train(&d, &par);
	ta = save_to(a, dir, "a.svm", &la);
	tb = save_to(b, dir, "b.svm", &lb);
	cr_assert(la == lb && !memcmp(ta, tb, la));
	free(ta);
	free(tb);
	svmx_free(a);
	svmx_free(b);
	free_data(&d);
	tu_rmtree(dir);
	free(dir);
}

Test(svmx, bad_parameters_refused)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	struct err e;

	make_data(&d);
	par.C = 0;
	cr_assert_null(svmx_train(&d.p, &par, &e));
	cr_assert(!strncmp(e.msg, "libsvm: ", 8), "%s", e.msg);
	par = params(SVMX_RBF);
	par.gamma = -1;
	cr_assert_null(svmx_train(&d.p, &par, &e));
	cr_assert(!strncmp(e.msg, "libsvm: ", 8), "%s", e.msg);
	par = params(SVMX_LINEAR);
	par.nr_class = 65;
	cr_assert_null(svmx_train(&d.p, &par, &e));
	cr_assert_str_eq(e.msg, "too many classes (65, at most 64)");
	free_data(&d);
}

Test(svmx, kernel_names)
{
	enum svmx_kernel k;

	cr_assert_eq(svmx_kernel_parse("linear", &k), 0);
	cr_assert_eq(k, SVMX_LINEAR);
	cr_assert_eq(svmx_kernel_parse("rbf", &k), 0);
	cr_assert_eq(k, SVMX_RBF);
	cr_assert_eq(svmx_kernel_parse("poly", &k), 0);
	cr_assert_eq(k, SVMX_POLY);
	cr_assert_eq(svmx_kernel_parse("sigmoid", &k), -1);
	cr_assert_eq(svmx_kernel_parse("", &k), -1);
	cr_assert_str_eq(svmx_kernel_name(SVMX_LINEAR), "linear");
	cr_assert_str_eq(svmx_kernel_name(SVMX_RBF), "rbf");
	cr_assert_str_eq(svmx_kernel_name(SVMX_POLY), "poly");
}

Test(svmx, save_to_missing_directory_fails)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	struct svmx_model *m;
	struct err e;

	make_data(&d);
	m = train(&d, &par);
	cr_assert_eq(svmx_save(m, "/nonexistent-dir/m.svm", &e), -1);
	cr_assert(!strncmp(e.msg, "/nonexistent-dir/m.svm: ", 24), "%s", e.msg);
	svmx_free(m);
	free_data(&d);
	svmx_free(NULL);
}

/* ---- svmx_parse ---- */

/* A saved linear (or other) model's text; free() it. */
static char *model_text(enum svmx_kernel k, size_t *len)
{
	struct data d;
	struct svmx_params par = params(k);
	struct svmx_model *m;
	char *dir = tu_tmpdir(), *text;

	make_data(&d);
	m = train(&d, &par);
	text = save_to(m, dir, "m.svm", len);
	svmx_free(m);
	free_data(&d);
	tu_rmtree(dir);
	free(dir);
	return text;
}

/* Parse a saved model, save it again: the same bytes, libsvm's answers. */
static void check_parse_round_trip(enum svmx_kernel k)
{
	size_t len, len2;
	char *text = model_text(k, &len), *dir = tu_tmpdir(), *again;
	struct err e;
	struct svmx_model *m = svmx_parse(text, len, "m.svm", NCLASS, NFEAT, &e);

	cr_assert_not_null(m, "%s: %s", svmx_kernel_name(k), e.msg);
	cr_assert_eq(svmx_nr_class(m), NCLASS);
	cr_assert_eq(svmx_model_kernel(m), k);
	again = save_to(m, dir, "again.svm", &len2);
	cr_assert(len == len2 && !memcmp(text, again, len),
		  "%s: parse then save changed the file", svmx_kernel_name(k));
	compare_with_libsvm(m, 200);
	svmx_free(m);
	free(again);
	free(text);
	tu_rmtree(dir);
	free(dir);
}

Test(svmx, parse_round_trip_linear) { check_parse_round_trip(SVMX_LINEAR); }
Test(svmx, parse_round_trip_rbf) { check_parse_round_trip(SVMX_RBF); }
/* svm_save_model writes "kernel_type polynomial" */
Test(svmx, parse_round_trip_poly) { check_parse_round_trip(SVMX_POLY); }

/* The parsed model predicts what the trained one does (up to %.8g). */
Test(svmx, parsed_model_predicts_like_trained)
{
	struct data d;
	struct svmx_params par = params(SVMX_LINEAR);
	struct svmx_model *m, *back;
	char *dir = tu_tmpdir(), *text;
	size_t len, i;
	struct err e;
	double dec[3], p1[3], p2[3];

	make_data(&d);
	m = train(&d, &par);
	text = save_to(m, dir, "m.svm", &len);
	back = svmx_parse(text, len, "m.svm", NCLASS, NFEAT, &e);
	cr_assert_not_null(back, "%s", e.msg);
	for (i = 0; i < NPOINT; i++) {
		int c;

		cr_assert_eq(svmx_predict(m, d.x[i], dec, p1),
			     svmx_predict(back, d.x[i], dec, p2));
		for (c = 0; c < 3; c++)
			cr_assert_float_eq(p1[c], p2[c], 1e-6);
	}
	svmx_free(m);
	svmx_free(back);
	free(text);
	free_data(&d);
	tu_rmtree(dir);
	free(dir);
}

/* The message must be "name:LINE: ..." with LINE > 0. */
static void expect_named(const struct err *e, const char *name)
{
	size_t n = strlen(name);
	char *end;
	long line;

	cr_assert(!strncmp(e->msg, name, n) && e->msg[n] == ':',
		  "message does not name the file: %s", e->msg);
	line = strtol(e->msg + n + 1, &end, 10);
	cr_assert(end > e->msg + n + 1 && *end == ':' && line > 0,
		  "message has no line number: %s", e->msg);
}

/*
 * Parse text with from replaced by to (from NULL: as is); expect NULL and
 * "m.svm:LINE: want..." (line 0: any line, want anywhere in the message).
 */
static void expect_refused(const char *text, const char *from, const char *to,
			   int nr_class, size_t nr_feature, long line,
			   const char *want)
{
	struct sbuf sb = SBUF_INIT;
	const char *at = from ? strstr(text, from) : text;
	struct err e;
	struct svmx_model *m;
	char full[600];

	cr_assert_not_null(at, "'%s' not in the model text", from);
	sbuf_add(&sb, text, (size_t)(at - text));
	if (from) {
		sbuf_adds(&sb, to);
		sbuf_adds(&sb, at + strlen(from));
	} else {
		sbuf_adds(&sb, text);
	}
	m = svmx_parse(sb.buf, sb.len, "m.svm", nr_class, nr_feature, &e);
	cr_assert_null(m, "accepted with '%s' -> '%s'", from, to);
	expect_named(&e, "m.svm");
	if (line > 0) {
		/* "m.svm:LINE: " then a message that starts with want */
		snprintf(full, sizeof(full), "m.svm:%ld: %s", line, want);
		cr_assert(!strncmp(e.msg, full, strlen(full)),
			  "message '%s' does not start with '%s'", e.msg, full);
	} else {
		cr_assert_not_null(strstr(e.msg, want), "%s", e.msg);
	}
	sbuf_release(&sb);
}

/* Line number (1-based) of the line that starts with prefix. */
static long line_of(const char *text, const char *prefix)
{
	const char *p = text;
	long line = 1;

	for (;;) {
		if (!strncmp(p, prefix, strlen(prefix)))
			return line;
		p = strchr(p, '\n');
		cr_assert_not_null(p, "no line '%s'", prefix);
		p++;
		line++;
	}
}

/* The header line "key ..." of text, without its newline; free() it. */
static char *header_line(const char *text, const char *key)
{
	const char *p = strstr(text, key);
	size_t n;

	cr_assert_not_null(p);
	n = strcspn(p, "\n");
	return strndup(p, n);
}

Test(svmx, parse_refuses_truncation_at_every_line)
{
	size_t len, i;
	char *text = model_text(SVMX_LINEAR, &len);
	struct err e;

	for (i = 0; i + 1 < len; i++) {
		struct svmx_model *m;

		if (text[i] != '\n')
			continue;
		/* the first i+1 bytes: whole lines only */
		m = svmx_parse(text, i + 1, "m.svm", NCLASS, NFEAT, &e);
		cr_assert_null(m, "accepted the first %zu of %zu bytes", i + 1, len);
		svmx_free(m);
		expect_named(&e, "m.svm");
	}
	free(text);
}

/*
 * Cut anywhere, even inside a line: a model file always ends with a
 * newline, and a partial last line must not pass for a whole one.
 */
Test(svmx, parse_refuses_truncation_inside_a_line)
{
	size_t len, i, accepted = 0, first = 0;
	char *text = model_text(SVMX_LINEAR, &len);
	struct err e;

	for (i = 1; i < len; i++) {
		struct svmx_model *m;

		if (text[i - 1] == '\n')
			continue; /* whole lines: the test above */
		m = svmx_parse(text, i, "m.svm", NCLASS, NFEAT, &e);
		if (m && !accepted++)
			first = i;
		svmx_free(m);
	}
	cr_assert_eq(accepted, 0,
		     "%zu truncations accepted, the first at %zu of %zu bytes "
		     "(inside the last support vector line)", accepted, first,
		     len);
	free(text);
}

Test(svmx, parse_refuses_inflated_total_sv)
{
	size_t len;
	char *text = model_text(SVMX_LINEAR, &len);
	char *tsv = header_line(text, "total_sv "), *nsv = header_line(text, "nr_sv ");
	char more[64], more_nsv[256];
	long total = atol(tsv + 9), first = atol(nsv + 6);
	long sv_line = line_of(text, "SV");

	snprintf(more, sizeof(more), "total_sv %ld", total + 1);
	expect_refused(text, tsv, more, NCLASS, NFEAT, sv_line, "");
	/* total_sv and nr_sv agree but the SV lines fall one short */
	snprintf(more_nsv, sizeof(more_nsv), "nr_sv %ld%s", first + 1,
		 strchr(nsv + 6, ' '));
	{
		struct sbuf sb = SBUF_INIT;
		const char *at = strstr(text, tsv);
		struct err e;

		sbuf_add(&sb, text, (size_t)(at - text));
		sbuf_adds(&sb, more);
		sbuf_adds(&sb, at + strlen(tsv));
		at = strstr(sb.buf, nsv);
		{
			struct sbuf sb2 = SBUF_INIT;

			sbuf_add(&sb2, sb.buf, (size_t)(at - sb.buf));
			sbuf_adds(&sb2, more_nsv);
			sbuf_adds(&sb2, at + strlen(nsv));
			cr_assert_null(svmx_parse(sb2.buf, sb2.len, "m.svm", NCLASS,
						  NFEAT, &e));
			expect_named(&e, "m.svm");
			cr_assert_not_null(strstr(e.msg, "truncated model"), "%s",
					   e.msg);
			sbuf_release(&sb2);
		}
		sbuf_release(&sb);
	}
	free(tsv);
	free(nsv);
	free(text);
}

Test(svmx, parse_refuses_nr_class_mismatch)
{
	size_t len;
	char *text = model_text(SVMX_LINEAR, &len);
	long line = line_of(text, "nr_class");

	expect_refused(text, NULL, NULL, 2, NFEAT, line,
		       "nr_class is 3, the model's labels say 2");
	expect_refused(text, NULL, NULL, 4, NFEAT, line,
		       "nr_class is 3, the model's labels say 4");
	free(text);
}

Test(svmx, parse_refuses_index_out_of_range)
{
	size_t len;
	char *text = model_text(SVMX_LINEAR, &len);
	struct err e;

	/* every class's feature 1..3 is in some SV: 2 features is too few */
	cr_assert_null(svmx_parse(text, len, "m.svm", NCLASS, 2, &e));
	expect_named(&e, "m.svm");
	cr_assert_not_null(strstr(e.msg, "feature index must be 1..2"), "%s",
			   e.msg);
	expect_refused(text, " 1:", " 0:", NCLASS, NFEAT, 0,
		       "feature index must be 1..10");
	expect_refused(text, " 1:", " -3:", NCLASS, NFEAT, 0,
		       "feature index must be 1..10");
	expect_refused(text, " 1:", " 1.5:", NCLASS, NFEAT, 0,
		       "feature index must be 1..10");
	free(text);
}

Test(svmx, parse_refuses_decreasing_indices)
{
	size_t len;
	char *text = model_text(SVMX_LINEAR, &len);
	long sv = line_of(text, "SV");
	/* find an SV line with two nodes and swap their indices */
	const char *p = strstr(text, "\nSV\n") + 4;
	struct sbuf sb = SBUF_INIT;
	struct err e;
	long line = sv + 1;

	for (;; line++) {
		const char *nl = strchr(p, '\n'), *c1 = memchr(p, ':', (size_t)(nl - p));
		const char *c2 = c1 ? memchr(c1 + 1, ':', (size_t)(nl - c1 - 1)) : NULL;

		if (c2) {
			const char *s1 = c1, *s2 = c2;

			while (s1[-1] != ' ')
				s1--;
			while (s2[-1] != ' ')
				s2--;
			sbuf_add(&sb, text, (size_t)(s1 - text));
			sbuf_add(&sb, s2, (size_t)(c2 - s2));       /* 2nd index */
			sbuf_add(&sb, c1, (size_t)(s2 - c1));       /* 1st value */
			sbuf_add(&sb, s1, (size_t)(c1 - s1));       /* 1st index */
			sbuf_adds(&sb, c2);                         /* rest */
			break;
		}
		p = nl + 1;
	}
	cr_assert_eq(sb.len, len);
	cr_assert_null(svmx_parse(sb.buf, sb.len, "m.svm", NCLASS, NFEAT, &e));
	{
		char want[128];

		snprintf(want, sizeof(want),
			 "m.svm:%ld: feature indices must increase", line);
		cr_assert_str_eq(e.msg, want);
	}
	/* a repeated index is not increasing either: "a:x a:y" */
	{
		const char *c1 = strchr(strstr(text, "\nSV\n") + 4, ':'), *s1 = c1;
		const char *s2 = strchr(c1, ' ') + 1, *c2 = strchr(s2, ':');
		struct sbuf r = SBUF_INIT;
		char want[128];

		while (s1[-1] != ' ')
			s1--;
		cr_assert(c2 && c2 < strchr(c1, '\n'), "first SV has one node");
		sbuf_add(&r, text, (size_t)(s2 - text));
		sbuf_add(&r, s1, (size_t)(c1 - s1));
		sbuf_adds(&r, c2);
		cr_assert_null(svmx_parse(r.buf, r.len, "m.svm", NCLASS, NFEAT,
					  &e));
		snprintf(want, sizeof(want),
			 "m.svm:%ld: feature indices must increase", sv + 1);
		cr_assert_str_eq(e.msg, want);
		sbuf_release(&r);
	}
	sbuf_release(&sb);
	free(text);
}

Test(svmx, parse_refuses_missing_probabilities)
{
	size_t len;
	char *text = model_text(SVMX_LINEAR, &len);
	char *pa = header_line(text, "probA "), *pb = header_line(text, "probB ");
	char *pa_nl = malloc(strlen(pa) + 2), *pb_nl = malloc(strlen(pb) + 2);
	long sv = line_of(text, "SV");

	sprintf(pa_nl, "%s\n", pa);
	sprintf(pb_nl, "%s\n", pb);
	expect_refused(text, pa_nl, "", NCLASS, NFEAT, sv - 1,
		       "model has no probability estimates (probA, probB)");
	expect_refused(text, pb_nl, "", NCLASS, NFEAT, sv - 1,
		       "model has no probability estimates (probA, probB)");
	/* a short probA line is refused where it stands */
	expect_refused(text, pa, "probA 0.5 0.5", NCLASS, NFEAT,
		       line_of(text, "probA"), "");
	free(pa);
	free(pb);
	free(pa_nl);
	free(pb_nl);
	free(text);
}

Test(svmx, parse_refuses_garbage_numbers)
{
	size_t len;
	char *text = model_text(SVMX_LINEAR, &len);
	char *rho = header_line(text, "rho "), bad[512];
	long sv = line_of(text, "SV");
	const char *first_sv = strstr(text, "\nSV\n") + 4;
	char coef[64];

	snprintf(bad, sizeof(bad), "rho nan%s", strchr(rho + 4, ' '));
	expect_refused(text, rho, bad, NCLASS, NFEAT, line_of(text, "rho"),
		       "bad number 'nan'");
	snprintf(bad, sizeof(bad), "rho 1.2.3%s", strchr(rho + 4, ' '));
	expect_refused(text, rho, bad, NCLASS, NFEAT, line_of(text, "rho"),
		       "bad number '1.2.3'");
	expect_refused(text, "total_sv ", "total_sv x", NCLASS, NFEAT,
		       line_of(text, "total_sv"), "");
	expect_refused(text, "nr_class 3", "nr_class 3.5", NCLASS, NFEAT,
		       line_of(text, "nr_class"), "expected an integer in 2..64");
	/* the first coefficient of the first SV line */
	snprintf(coef, sizeof(coef), "\nSV\n%.*s", (int)strcspn(first_sv, " "),
		 first_sv);
	expect_refused(text, coef, "\nSV\nabc", NCLASS, NFEAT, sv + 1,
		       "bad number 'abc'");
	expect_refused(text, coef, "\nSV\n1e999", NCLASS, NFEAT, sv + 1,
		       "bad number '1e999'");
	/* a value after a colon */
	expect_refused(text, ":", ":0.5x", NCLASS, NFEAT, 0,
		       "bad number '0.5x");
	expect_refused(text, "kernel_type linear", "kernel_type sigmoid", NCLASS,
		       NFEAT, line_of(text, "kernel_type"),
		       "unsupported kernel_type");
	expect_refused(text, "svm_type c_svc", "svm_type nu_svc", NCLASS, NFEAT,
		       1, "svm_type must be c_svc");
	expect_refused(text, "label ", "labelx ", NCLASS, NFEAT,
		       line_of(text, "label"), "unknown model line");
	free(rho);
	free(text);
}

Test(svmx, parse_refuses_bad_labels_and_nul)
{
	size_t len;
	char *text = model_text(SVMX_LINEAR, &len);
	char *label = header_line(text, "label ");
	long line = line_of(text, "label");
	struct err e;
	char *copy;

	expect_refused(text, label, "label 0 0 1", NCLASS, NFEAT, line,
		       "label 0 repeated");
	expect_refused(text, label, "label 0 1 3", NCLASS, NFEAT, line,
		       "expected an integer in 0..2");
	expect_refused(text, label, "label 0 1", NCLASS, NFEAT, line, "");
	expect_refused(text, label, "label 0 1 2 0", NCLASS, NFEAT, line,
		       "3 values expected");
	copy = malloc(len);
	memcpy(copy, text, len);
	copy[len / 2] = '\0';
	cr_assert_null(svmx_parse(copy, len, "m.svm", NCLASS, NFEAT, &e));
	cr_assert_str_eq(e.msg, "m.svm: NUL byte in model file");
	cr_assert_null(svmx_parse(text, 0, "m.svm", NCLASS, NFEAT, &e));
	cr_assert(!strncmp(e.msg, "m.svm", 5), "%s", e.msg);
	free(copy);
	free(label);
	free(text);
}
