/*
 * metrics: scores checked against confusion matrices worked out by hand,
 * calibration on rows whose Brier and ECE are easy to add up, and
 * stratified, deterministic fold assignment.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "err.h"
#include "metrics.h"
#include "sbuf.h"

static const char labels3[3][32] = { "FAVOR", "AGAINST", "NONE" };

#define near(a, b) cr_assert(fabs((a) - (b)) < 1e-12, "%.15g != %.15g", \
			     (double)(a), (double)(b))

/*
 * gold \ pred  FAVOR AGAINST NONE
 * FAVOR          3      1     1
 * AGAINST        1      4     0
 * NONE           0      2     2
 */
static void fill(struct metrics *m)
{
	static const int cell[3][3] = { { 3, 1, 1 }, { 1, 4, 0 }, { 0, 2, 2 } };
	int g, p, i;

	metrics_init(m, "stance", labels3, 3);
	for (g = 0; g < 3; g++)
		for (p = 0; p < 3; p++)
			for (i = 0; i < cell[g][p]; i++)
				metrics_add(m, g, p, NULL);
}

Test(metrics, per_label_scores_by_hand)
{
	struct metrics m;
	struct metrics_label s;

	fill(&m);
	cr_assert_eq(m.n, 14);
	metrics_label(&m, 0, &s);
	near(s.precision, 3.0 / 4);
	near(s.recall, 3.0 / 5);
	near(s.f1, 2.0 / 3);
	cr_assert_eq(s.support, 5);
	cr_assert_eq(s.predicted, 4);
	metrics_label(&m, 1, &s);
	near(s.precision, 4.0 / 7);
	near(s.recall, 4.0 / 5);
	near(s.f1, 2.0 / 3);
	metrics_label(&m, 2, &s);
	near(s.precision, 2.0 / 3);
	near(s.recall, 2.0 / 4);
	near(s.f1, 4.0 / 7);
}

Test(metrics, macro_f1_accuracy_and_f_avg_by_hand)
{
	struct metrics m;
	int fl, al;

	fill(&m);
	near(metrics_accuracy(&m), 9.0 / 14);
	near(metrics_macro_f1(&m), 40.0 / 63);
	cr_assert_eq(metrics_f_avg_labels(&m, NULL, NULL, &fl, &al), 0);
	cr_assert_eq(fl, 0);
	cr_assert_eq(al, 1);
	near(metrics_f_avg(&m, fl, al), 2.0 / 3);
	/* NONE only counts through the errors it causes */
	cr_assert_eq(metrics_f_avg_labels(&m, "none", "against", &fl, &al), 0);
	near(metrics_f_avg(&m, fl, al), (4.0 / 7 + 2.0 / 3) / 2);
	cr_assert_eq(metrics_f_avg_labels(&m, "maybe", NULL, &fl, &al), -1);
}

Test(metrics, never_predicted_label_scores_zero)
{
	struct metrics m;
	struct metrics_label s;

	metrics_init(&m, "stance", labels3, 3);
	metrics_add(&m, 0, 1, NULL);
	metrics_add(&m, 1, 1, NULL);
	metrics_label(&m, 0, &s);
	cr_assert_eq(s.precision, 0);
	cr_assert_eq(s.recall, 0);
	cr_assert_eq(s.f1, 0);
	metrics_label(&m, 2, &s); /* neither seen nor predicted */
	cr_assert_eq(s.f1, 0);
	cr_assert_eq(s.support, 0);
	near(metrics_macro_f1(&m), (2.0 / 3) / 3);
	cr_assert(isnan(metrics_brier(&m)), "no probabilities, no Brier score");
	cr_assert(isnan(metrics_ece(&m)));
}

/*
 * The majority class of SemEval-2016 (AGAINST for every tweet) scores
 * F_avg = F1(AGAINST) / 2: with 715 AGAINST among 1249 test tweets,
 * P = 715/1249, R = 1, F1 = 2P/(P+1), F_avg 0.3641...; a pooled check
 * of the arithmetic, not of the data.
 */
Test(metrics, majority_class_f_avg)
{
	struct metrics m;
	double p = 715.0 / 1249;
	size_t i;

	metrics_init(&m, "stance", labels3, 3);
	for (i = 0; i < 304; i++)
		metrics_add(&m, 0, 1, NULL);
	for (i = 0; i < 715; i++)
		metrics_add(&m, 1, 1, NULL);
	for (i = 0; i < 230; i++)
		metrics_add(&m, 2, 1, NULL);
	near(metrics_f_avg(&m, 0, 1), (2 * p / (p + 1)) / 2);
}

Test(metrics, brier_and_ece_by_hand)
{
	static const double p1[3] = { 0.7, 0.2, 0.1 }, p2[3] = { 0.6, 0.3, 0.1 };
	struct metrics m;

	metrics_init(&m, "stance", labels3, 3);
	/* right at 0.7: (0.3^2 + 0.2^2 + 0.1^2) = 0.14 */
	metrics_add(&m, 0, 0, p1);
	/* wrong at 0.6: (0.6^2 + 0.7^2 + 0.1^2) = 0.86 */
	metrics_add(&m, 1, 0, p2);
	near(metrics_brier(&m), 0.5);
	/* bins 0.7 and 0.6, one row each: (|1 - 0.7| + |0 - 0.6|) / 2 */
	near(metrics_ece(&m), 0.45);
}

Test(metrics, full_confidence_falls_in_last_bin)
{
	static const double p[3] = { 1, 0, 0 };
	struct metrics m;

	metrics_init(&m, "stance", labels3, 3);
	metrics_add(&m, 0, 0, p);
	cr_assert_eq(m.bin_n[METRICS_ECE_BINS - 1], 1);
	near(metrics_ece(&m), 0);
	near(metrics_brier(&m), 0);
}

Test(metrics, merge_equals_adding_everything)
{
	static const double p[3] = { 0.5, 0.3, 0.2 };
	struct metrics a, b, all;

	metrics_init(&a, "stance", labels3, 3);
	metrics_init(&b, "stance", labels3, 3);
	metrics_init(&all, "stance", labels3, 3);
	metrics_add(&a, 0, 0, p);
	metrics_add(&all, 0, 0, p);
	metrics_add(&b, 2, 0, p);
	metrics_add(&all, 2, 0, p);
	metrics_merge(&a, &b);
	cr_assert_eq(memcmp(a.conf, all.conf, sizeof(a.conf)), 0);
	near(metrics_brier(&a), metrics_brier(&all));
	near(metrics_ece(&a), metrics_ece(&all));
}

Test(metrics, csv_rows)
{
	struct metrics m;
	struct sbuf sb = SBUF_INIT;

	fill(&m);
	metrics_format_csv(&m, NULL, NULL, 1, &sb);
	cr_assert(!strncmp(sb.buf, "task,label,metric,value\nstance,,n,14\n"
			   "stance,,accuracy,0.642857\nstance,,macro_f1,0.634921\n"
			   "stance,,f_avg,0.666667\n", 107), "%s", sb.buf);
	cr_assert_not_null(strstr(sb.buf, "\nstance,NONE,pred:AGAINST,2\n"));
	cr_assert_null(strstr(sb.buf, "brier"), "no probabilities were given");
	sbuf_release(&sb);
}

/* 10 + 7 + 3 rows, labels interleaved so that input order is no help */
static void make_labels(int *y, size_t *n)
{
	size_t i;
	int count[3] = { 10, 7, 3 };

	*n = 0;
	for (i = 0; *n < 20; i++)
		if (count[i % 3]) {
			count[i % 3]--;
			y[(*n)++] = (int)(i % 3);
		}
}

Test(metrics, folds_are_stratified_and_balanced)
{
	int y[20], fold[20], per[3][3] = { { 0 } }, size[3] = { 0 };
	size_t n, i;
	struct err e;
	int f, l;

	make_labels(y, &n);
	cr_assert_eq(metrics_folds(y, n, 3, 7, fold, &e), 0, "%s", e.msg);
	for (i = 0; i < n; i++) {
		cr_assert(fold[i] >= 0 && fold[i] < 3);
		per[fold[i]][y[i]]++;
		size[fold[i]]++;
	}
	for (f = 0; f < 3; f++) {
		cr_assert(size[f] == 6 || size[f] == 7, "fold %d has %d", f,
			  size[f]);
		for (l = 0; l < 3; l++) {
			int want = (l == 0 ? 10 : l == 1 ? 7 : 3) / 3;

			cr_assert(per[f][l] == want || per[f][l] == want + 1,
				  "fold %d label %d: %d rows", f, l, per[f][l]);
		}
	}
}

Test(metrics, folds_depend_on_seed_only)
{
	int y[20], a[20], b[20], c[20];
	size_t n;
	struct err e;

	make_labels(y, &n);
	cr_assert_eq(metrics_folds(y, n, 4, 1, a, &e), 0);
	cr_assert_eq(metrics_folds(y, n, 4, 1, b, &e), 0);
	cr_assert_eq(memcmp(a, b, sizeof(a)), 0, "same seed, same folds");
	cr_assert_eq(metrics_folds(y, n, 4, 2, c, &e), 0);
	cr_assert_neq(memcmp(a, c, sizeof(a)), 0, "another seed, other folds");
}

Test(metrics, folds_refuse_bad_k)
{
	int y[3] = { 0, 1, 0 }, fold[3];
	struct err e;

	cr_assert_eq(metrics_folds(y, 3, 1, 1, fold, &e), -1);
	cr_assert_str_eq(e.msg, "cross-validation needs at least 2 folds");
	cr_assert_eq(metrics_folds(y, 3, 4, 1, fold, &e), -1);
	cr_assert_str_eq(e.msg, "4 folds but only 3 rows");
}
