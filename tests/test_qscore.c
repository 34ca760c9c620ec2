/*
 * qscore: extraction scores against gold files (matching, kinds, speaker
 * accuracy) and the label scores of matched quotes, with --exclude and
 * the errors a bad file gets, on small hand-made files.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "qscore.h"
#include "sbuf.h"
#include "testutil.h"

#define GOLD_HDR "quote,speaker,mention,kind,stance,sentiment\n"
#define PRED_HDR "article,kind,speaker,text,stance,stance_p_pro," \
	"stance_p_neutral,stance_p_against\n"

/* Three gold quotes of article "a": two direct, one indirect. */
static const char gold_a[] = GOLD_HDR
	"Ukraine will never join the alliance,Jane Roe,Roe,direct,"
	"against,negative\n"
	"We welcome the membership bid today,John Doe,Doe,direct,pro,"
	"positive\n"
	"the talks would resume in the spring,John Doe,he,indirect,neutral,"
	"neutral\n";

struct fx {
	char *dir, *gold, *pred;
	struct qscore *s;
	struct sbuf out;
	struct err e;
};

static void fx_open(struct fx *f, const char *gold, const char *pred)
{
	memset(f, 0, sizeof(*f));
	f->dir = tu_tmpdir();
	f->gold = tu_path(f->dir, "a.gold.csv");
	f->pred = tu_path(f->dir, "pred.csv");
	tu_write_str(f->gold, gold);
	tu_write_str(f->pred, pred);
	f->s = qscore_new();
	cr_assert_eq(qscore_add_gold(f->s, f->gold, &f->e), 0, "%s", f->e.msg);
}

static void fx_close(struct fx *f)
{
	qscore_free(f->s);
	sbuf_release(&f->out);
	tu_rmtree(f->dir);
	free(f->gold);
	free(f->pred);
	free(f->dir);
}

/* Read the predictions and report; both must succeed. */
static const char *fx_report(struct fx *f, int verbose)
{
	cr_assert_eq(qscore_add_pred(f->s, f->pred, &f->e), 0, "%s", f->e.msg);
	cr_assert_eq(qscore_report(f->s, &f->out, verbose, &f->e), 0, "%s",
		     f->e.msg);
	return f->out.buf;
}

/* The report line of one kind, as qscore prints it. */
static void row_of(char *buf, size_t n, const char *kind, int gold, int pred,
		   int match, double spk, double lenient)
{
	double p = pred ? (double)match / pred : 0, r = (double)match / gold;

	snprintf(buf, n, "%-9s %5d %5d %5d %6.3f %6.3f %6.3f %7.3f   (%5.3f)",
		 kind, gold, pred, match, p, r, p + r > 0 ? 2 * p * r / (p + r)
		 : 0.0, spk, lenient);
}

Test(qscore, extraction_counts_kinds_and_speakers)
{
	struct fx f;
	char want[128];
	const char *out;

	/* one direct right, one direct with a surname-only speaker, the
	 * indirect quote missed, one extra direct quote */
	fx_open(&f, gold_a,
		"article,kind,speaker,text\n"
		"a,direct,Jane Roe,Ukraine will never join the alliance\n"
		"a,direct,Doe,We welcome the membership bid\n"
		"a,direct,Jane Roe,something else entirely was said here\n"
		"b,direct,X,an article without a gold file\n");
	out = fx_report(&f, 0);
	row_of(want, sizeof(want), "direct", 2, 3, 2, 0.5, 1.0);
	cr_expect(strstr(out, want), "want '%s' in:\n%s", want, out);
	row_of(want, sizeof(want), "indirect", 1, 0, 0, 0.0, 0.0);
	cr_expect(strstr(out, want), "want '%s' in:\n%s", want, out);
	row_of(want, sizeof(want), "all", 3, 3, 2, 0.5, 1.0);
	cr_expect(strstr(out, want), "want '%s' in:\n%s", want, out);
	cr_expect(strstr(out, "(1 articles)"));
	/* extract output has no labels: no label scores */
	cr_expect_null(strstr(out, "labels of"), "%s", out);
	fx_close(&f);
}

/* Two people are one speaker in either order ("A and B", "B and A"). */
Test(qscore, joint_speakers_in_either_order)
{
	struct fx f;
	char want[128];

	fx_open(&f, GOLD_HDR
		"Ukraine will never join the alliance,Jane Roe and John Doe,"
		"they,direct,against,negative\n"
		"We welcome the membership bid today,Jane Roe and John Doe,"
		"they,direct,pro,positive\n",
		"article,kind,speaker,text\n"
		"a,direct,John Doe and Jane Roe,Ukraine will never join the "
		"alliance\n"
		"a,direct,John Doe and Jim Roe,We welcome the membership bid "
		"today\n");
	fx_report(&f, 0);
	row_of(want, sizeof(want), "all", 2, 2, 2, 0.5, 0.5);
	cr_expect(strstr(f.out.buf, want), "want '%s' in:\n%s", want,
		  f.out.buf);
	fx_close(&f);
}

Test(qscore, half_the_words_of_each_to_match)
{
	struct fx f;
	char want[128];

	/* shares 3 of the gold quote's 6 words but is 8 words long */
	fx_open(&f, gold_a,
		"article,kind,speaker,text\n"
		"a,direct,Jane Roe,Ukraine will never say a word about it\n");
	fx_report(&f, 0);
	row_of(want, sizeof(want), "all", 3, 1, 0, 0.0, 0.0);
	cr_expect(strstr(f.out.buf, want), "want '%s' in:\n%s", want,
		  f.out.buf);
	fx_close(&f);
}

Test(qscore, labels_of_matched_quotes_scored)
{
	struct fx f;
	const char *out;

	fx_open(&f, gold_a, PRED_HDR
		"a,direct,Jane Roe,Ukraine will never join the alliance,"
		"against,0.1,0.2,0.7\n"
		"a,direct,John Doe,We welcome the membership bid today,"
		"against,0.3,0.2,0.5\n"
		"a,indirect,John Doe,the talks would resume in the spring,"
		"neutral,0.2,0.6,0.2\n"
		"a,direct,Nobody,an extra quote with no gold,pro,0.9,0.05,"
		"0.05\n");
	out = fx_report(&f, 1);
	cr_expect(strstr(out, "labels of the matched quotes"), "%s", out);
	cr_expect(strstr(out, "stance: 3 quotes"), "%s", out);
	/* 2 of 3 right; the extra quote is not scored */
	cr_expect(strstr(out, "accuracy 0.6667"), "%s", out);
	cr_expect(strstr(out, "pro          0       0       1"), "%s", out);
	cr_expect(strstr(out, "against      0       0       1"), "%s", out);
	/* (0.01+0.04+0.09 + 0.49+0.04+0.25 + 0.04+0.16+0.04) / 3 */
	cr_expect(strstr(out, "Brier 0.3867"), "%s", out);
	/* by kind: one of the two direct quotes right, the indirect one;
	 * macro-F1 over all three labels, as everywhere */
	cr_expect(strstr(out, "direct         2              0.2222   0.5000\n"),
		  "%s", out);
	cr_expect(strstr(out, "indirect       1              0.3333   1.0000\n"),
		  "%s", out);
	cr_assert(strstr(out, "kind      quotes"), "%s", out);
	cr_expect_null(strstr(strstr(out, "kind      quotes"), "partial"),
		       "no partial quote, no row: %s", out);
	/* per gold speaker: Jane Roe right; John Doe's two quotes (gold
	 * pro, neutral) predicted against, neutral: a tie that the summed
	 * probabilities give to neutral (0.8 against 0.7), one of his gold
	 * labels; his shares are off by 1/2, 0, 1/2: mean 1/3, and 1/6 over
	 * the two speakers. No speaker has three quotes. */
	cr_expect(strstr(out, "stance     all               2     2 (1.000)"
			 "       0.167\n"), "%s", out);
	cr_expect_null(strstr(out, "3+ quotes"), "%s", out);
	/* the gold files have sentiment, the predictions do not */
	cr_expect_null(strstr(out, "sentiment:"), "%s", out);
	cr_expect(strstr(out, "a\tstance\tgold 'pro' got 'against'\tWe welcome"),
		  "%s", out);
	fx_close(&f);
}

Test(qscore, exclude_leaves_training_quotes_out_of_the_labels)
{
	struct fx f;
	char *excl;

	fx_open(&f, gold_a, PRED_HDR
		"a,direct,Jane Roe,Ukraine will never join the alliance,"
		"against,0.1,0.2,0.7\n"
		"a,direct,John Doe,We welcome the membership bid today,"
		"against,0.3,0.2,0.5\n");
	excl = tu_path(f.dir, "train.csv");
	tu_write_str(excl, "id,text,stance\n"
		     "1,\"We welcome the membership bid, today!\",pro\n"
		     "2,Something unrelated to any gold quote,neutral\n");
	cr_assert_eq(qscore_add_exclude(f.s, excl, &f.e), 0, "%s", f.e.msg);
	fx_report(&f, 0);
	cr_expect(strstr(f.out.buf, "(1 quotes left out: in the --exclude "
			 "corpus)"), "%s", f.out.buf);
	cr_expect(strstr(f.out.buf, "stance: 1 quotes"), "%s", f.out.buf);
	cr_expect(strstr(f.out.buf, "accuracy 1.0000"), "%s", f.out.buf);
	/* the extraction table still counts both */
	cr_expect(strstr(f.out.buf, "all           3     2     2"), "%s",
		  f.out.buf);
	free(excl);
	fx_close(&f);
}

Test(qscore, gold_label_the_predictions_do_not_know_names_the_line)
{
	struct fx f;

	fx_open(&f, GOLD_HDR
		"Ukraine will never join the alliance,Jane Roe,Roe,direct,"
		"against,negative\n"
		"We welcome the membership bid today,John Doe,Doe,direct,maybe,"
		"positive\n", PRED_HDR
		"a,direct,John Doe,We welcome the membership bid today,"
		"against,0.3,0.2,0.5\n");
	cr_assert_eq(qscore_add_pred(f.s, f.pred, &f.e), 0, "%s", f.e.msg);
	cr_assert_eq(qscore_report(f.s, &f.out, 0, &f.e), -1);
	cr_expect(strstr(f.e.msg, "a.gold.csv:3:"), "%s", f.e.msg);
	cr_expect(strstr(f.e.msg, "'maybe'"), "%s", f.e.msg);
	fx_close(&f);
}

Test(qscore, bad_predictions_name_file_and_line)
{
	static const char *const bad[] = {
		/* a label without its probability column */
		PRED_HDR "a,direct,X,some words here,favor,0.3,0.2,0.5\n",
		/* not a probability */
		PRED_HDR "a,direct,X,some words here,pro,0.3,high,0.5\n",
		PRED_HDR "a,direct,X,some words here,pro,1.5,0,0\n",
		/* too few fields */
		PRED_HDR "a,direct,X,some words here,pro,0.3\n",
	};
	struct fx f;
	size_t k;

	for (k = 0; k < sizeof(bad) / sizeof(*bad); k++) {
		fx_open(&f, gold_a, bad[k]);
		cr_expect_eq(qscore_add_pred(f.s, f.pred, &f.e), -1,
			     "case %zu accepted", k);
		cr_expect(strstr(f.e.msg, "pred.csv:2:"), "case %zu: %s", k,
			  f.e.msg);
		fx_close(&f);
	}
}

Test(qscore, missing_columns_and_mismatched_label_sets)
{
	struct fx f;
	char *other;

	fx_open(&f, gold_a, "article,kind,text\na,direct,words\n");
	cr_expect_eq(qscore_add_pred(f.s, f.pred, &f.e), -1);
	cr_expect(strstr(f.e.msg, "pred.csv:1:"), "%s", f.e.msg);
	cr_expect(strstr(f.e.msg, "'speaker'"), "%s", f.e.msg);
	fx_close(&f);

	fx_open(&f, gold_a, PRED_HDR "a,direct,X,some words,pro,1,0,0\n");
	cr_assert_eq(qscore_add_pred(f.s, f.pred, &f.e), 0, "%s", f.e.msg);
	other = tu_path(f.dir, "other.csv");
	tu_write_str(other, "article,kind,speaker,text,stance,stance_p_yes,"
		     "stance_p_no\na,direct,X,some words,yes,1,0\n");
	cr_expect_eq(qscore_add_pred(f.s, other, &f.e), -1);
	cr_expect(strstr(f.e.msg, "labels differ"), "%s", f.e.msg);
	free(other);
	fx_close(&f);
}

Test(qscore, invalid_utf8_replaced_and_reported)
{
	struct fx f;
	const char *file;
	long line;
	size_t n;

	fx_open(&f, gold_a, "article,kind,speaker,text\n"
		"a,direct,Jane Roe,Ukraine will never join the alliance\n"
		"a,direct,X,caf\xe9 and \xff words\n");
	cr_expect_eq(qscore_replaced(f.s, 0, &file, &line, &n), 0,
		     "the gold file is clean");
	fx_report(&f, 0);
	cr_assert_eq(qscore_replaced(f.s, 0, &file, &line, &n), 1);
	cr_expect(strstr(file, "pred.csv"), "%s", file);
	cr_expect_eq(line, 3);
	cr_expect_eq(n, 2);
	cr_expect_eq(qscore_replaced(f.s, 1, &file, &line, &n), 0);
	fx_close(&f);
}

Test(qscore, a_second_prediction_file_without_probabilities)
{
	struct fx f;
	char *other;

	fx_open(&f, gold_a, PRED_HDR
		"a,direct,Jane Roe,Ukraine will never join the alliance,"
		"against,0.1,0.2,0.7\n");
	cr_assert_eq(qscore_add_pred(f.s, f.pred, &f.e), 0, "%s", f.e.msg);
	other = tu_path(f.dir, "other.csv");
	tu_write_str(other, "article,kind,speaker,text,stance\n"
		     "a,direct,John Doe,We welcome the membership bid today,"
		     "pro\n");
	cr_assert_eq(qscore_add_pred(f.s, other, &f.e), 0, "%s", f.e.msg);
	cr_assert_eq(qscore_report(f.s, &f.out, 0, &f.e), 0, "%s", f.e.msg);
	cr_expect(strstr(f.out.buf, "stance: 2 quotes"), "%s", f.out.buf);
	cr_expect(strstr(f.out.buf, "accuracy 1.0000"), "%s", f.out.buf);
	/* its labels must still be the model's */
	tu_write_str(other, "article,kind,speaker,text,stance\n"
		     "a,direct,John Doe,We welcome the membership bid today,"
		     "favor\n");
	qscore_free(f.s);
	sbuf_release(&f.out);
	f.s = qscore_new();
	cr_assert_eq(qscore_add_gold(f.s, f.gold, &f.e), 0, "%s", f.e.msg);
	cr_assert_eq(qscore_add_pred(f.s, f.pred, &f.e), 0, "%s", f.e.msg);
	cr_assert_eq(qscore_add_pred(f.s, other, &f.e), 0, "%s", f.e.msg);
	cr_expect_eq(qscore_report(f.s, &f.out, 0, &f.e), -1);
	cr_expect(strstr(f.e.msg, "other.csv:2:"), "%s", f.e.msg);
	cr_expect(strstr(f.e.msg, "'favor'"), "%s", f.e.msg);
	free(other);
	fx_close(&f);
}
