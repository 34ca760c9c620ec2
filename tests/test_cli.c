/*
 * cli: stance train and stance classify end to end, through the binary
 * named by $STANCE_BIN (make test sets it), in temporary directories.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "csv.h"
#include "err.h"
#include "sbuf.h"
#include "testutil.h"

#define TINY "tests/data/train/tiny.csv"

/* Everything one test needs: a scratch directory and the binary. */
/*
 * Run a shell command line with STANCE_BIN set (so scripts find the
 * binary) and stdin from in (or /dev/null); keep stdout and stderr in
 * v->out and v->err. Returns the exit status.
 */
static int run_sh(struct env *v, const char *line, const char *in)
{
	struct sbuf cmd = SBUF_INIT;
	char *o = at(v, ".stdout"), *e = at(v, ".stderr");
	int st;

	sbuf_addf(&cmd, "STANCE_BIN='%s' %s <'%s' >'%s' 2>'%s'", v->bin, line,
		  in ? in : "/dev/null", o, e);
	st = system(cmd.buf);
	cr_assert(st != -1 && WIFEXITED(st), "'%s' did not exit normally",
		  cmd.buf);
	free(v->out);
	free(v->err);
	v->out = tu_read(o, &v->out_len);
	v->err = tu_read(e, NULL);
	unlink(o);
	unlink(e);
	free(o);
	free(e);
	sbuf_release(&cmd);
	return WEXITSTATUS(st);
}

/* run_sh of "$STANCE_BIN args". */
static int run(struct env *v, const char *args, const char *in)
{
	struct sbuf cmd = SBUF_INIT;
	int st;

	sbuf_addf(&cmd, "'%s' %s", v->bin, args);
	st = run_sh(v, cmd.buf, in);
	sbuf_release(&cmd);
	return st;
}

/* Train tiny.csv into dir/model; returns that path (malloc'd). */
/*
 * Trained without the raw valence scores: on these 42 quotes libsvm's
 * inner 5-fold CV fits one stance pair's Platt sigmoid the wrong way
 * round with them (the decision values still fit every quote), and the
 * label is the arg-max of the probabilities. test_train checks the raw
 * scores on their own.
 */
static char *train_model(struct env *v)
{
	char *model = at(v, "model"), args[512];

	snprintf(args, sizeof(args), "train %s -o '%s' -q --raw-valence none",
		 TINY, model);
	cr_assert_eq(run(v, args, NULL), 0, "train failed: %s", v->err);
	cr_assert_eq(v->out_len, 0, "-q printed: %s", v->out);
	return model;
}

/* The parsed output CSV: rows of fields, copied. */
struct table {
	size_t nrow, ncol;
	char ***cell;
};

static struct table parse_csv(const char *text, size_t len)
{
	FILE *fp = fmemopen((void *)text, len ? len : 1, "rb");
	struct csv_reader *r;
	struct csv_row row;
	struct table t = { 0, 0, NULL };
	struct err e;
	int st;

	cr_assert_not_null(fp);
	if (!len)
		fgetc(fp);
	r = csv_reader_fopen(fp, "<output>");
	while ((st = csv_reader_next(r, &row, &e)) == 1) {
		size_t i;

		if (t.nrow == 0)
			t.ncol = row.n;
		cr_assert_eq(row.n, t.ncol, "output row %zu has %zu fields, "
			     "header %zu", t.nrow, row.n, t.ncol);
		t.cell = realloc(t.cell, (t.nrow + 1) * sizeof(*t.cell));
		t.cell[t.nrow] = calloc(row.n, sizeof(char *));
		for (i = 0; i < row.n; i++)
			t.cell[t.nrow][i] = strdup(row.field[i]);
		t.nrow++;
	}
	cr_assert_eq(st, 0, "output is not valid CSV: %s", e.msg);
	cr_assert_eq(csv_reader_replaced(r, NULL), 0, "output is not UTF-8");
	csv_reader_free(r);
	fclose(fp);
	return t;
}

static void free_table(struct table *t)
{
	size_t i, j;

	for (i = 0; i < t->nrow; i++) {
		for (j = 0; j < t->ncol; j++)
			free(t->cell[i][j]);
		free(t->cell[i]);
	}
	free(t->cell);
}

static size_t col(const struct table *t, const char *name)
{
	size_t j;

	for (j = 0; j < t->ncol; j++)
		if (!strcmp(t->cell[0][j], name))
			return j;
	cr_assert_fail("no column '%s' in the output", name);
	return 0;
}

/*
 * For each task, the label column is the arg-max of its probability
 * columns (printed with 4 decimals, so within rounding) and they sum to 1.
 */
static void check_predictions(const struct table *t)
{
	static const char *const task[] = { "stance", "sentiment" };
	static const char *const label[2][3] = {
		{ "pro", "neutral", "against" },
		{ "positive", "neutral", "negative" },
	};
	size_t r;
	int k, l;

	cr_assert_gt(t->nrow, 1, "no rows");
	for (r = 1; r < t->nrow; r++) {
		for (k = 0; k < 2; k++) {
			double p[3], sum = 0, max = -1;
			const char *got = t->cell[r][col(t, task[k])];
			int which = -1;

			for (l = 0; l < 3; l++) {
				char name[64], *end;

				snprintf(name, sizeof(name), "%s_p_%s", task[k],
					 label[k][l]);
				p[l] = strtod(t->cell[r][col(t, name)], &end);
				cr_assert(*end == '\0' && p[l] >= 0 && p[l] <= 1,
					  "row %zu: bad probability '%s'", r,
					  t->cell[r][col(t, name)]);
				sum += p[l];
				if (p[l] > max)
					max = p[l];
				if (!strcmp(got, label[k][l]))
					which = l;
			}
			cr_assert_geq(which, 0, "row %zu: unknown %s label '%s'", r,
				      task[k], got);
			cr_assert(fabs(sum - 1) <= 1e-3, "row %zu %s: sum %g", r,
				  task[k], sum);
			cr_assert(p[which] >= max - 1e-4,
				  "row %zu %s: label '%s' (p=%g) is not the "
				  "arg-max (%g)", r, task[k], got, p[which], max);
		}
	}
}

static const char *const out_cols[] = {
	"stance", "stance_p_pro", "stance_p_neutral", "stance_p_against",
	"sentiment", "sentiment_p_positive", "sentiment_p_neutral",
	"sentiment_p_negative",
};

/* Header = the given input columns, then the eight output columns. */
static void check_header(const struct table *t, const char *const *in,
			 size_t nin)
{
	size_t j;

	cr_assert_eq(t->ncol, nin + 8, "header has %zu columns", t->ncol);
	for (j = 0; j < nin; j++)
		cr_assert_str_eq(t->cell[0][j], in[j]);
	for (j = 0; j < 8; j++)
		cr_assert_str_eq(t->cell[0][nin + j], out_cols[j]);
}

#define INPUT \
	"id,text,note\n" \
	"1,\"We will never join NATO, ever.\",a\n" \
	"2,Membership in the alliance makes us safer.,\"b, with comma\"\n" \
	"3,\"A quote with \"\"quotes\"\"\nand a line break\",c\n" \
	"4,,empty text\n" \
	"5,The committee meets on Tuesday.,e\n"

Test(cli, train_then_classify_csv, .timeout = 120)
{
	struct env v;
	char *model, *in, args[1024];
	const char *hdr[] = { "id", "text", "note" };
	struct table t;

	env_init(&v);
	model = train_model(&v);
	cr_assert(tu_exists(model));
	in = at(&v, "in.csv");
	tu_write_str(in, INPUT);
	snprintf(args, sizeof(args), "classify -m '%s' '%s'", model, in);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	cr_assert_str_eq(v.err, "", "unexpected stderr: %s", v.err);
	t = parse_csv(v.out, v.out_len);
	check_header(&t, hdr, 3);
	cr_assert_eq(t.nrow, 6);
	cr_assert_str_eq(t.cell[1][1], "We will never join NATO, ever.");
	cr_assert_str_eq(t.cell[2][2], "b, with comma");
	cr_assert_str_eq(t.cell[3][1], "A quote with \"quotes\"\nand a line break");
	cr_assert_str_eq(t.cell[4][1], "");
	cr_assert_str_eq(t.cell[5][0], "5");
	check_predictions(&t);
	free_table(&t);
	/* the same from stdin */
	snprintf(args, sizeof(args), "classify -m '%s' -", model);
	cr_assert_eq(run(&v, args, in), 0, "%s", v.err);
	t = parse_csv(v.out, v.out_len);
	cr_assert_eq(t.nrow, 6);
	free_table(&t);
	free(in);
	free(model);
	env_release(&v);
}

/* A labeled file keeps its labels as gold_stance and gold_sentiment. */
Test(cli, labeled_input_gets_gold_columns, .timeout = 120)
{
	struct env v;
	char *model, args[1024];
	const char *hdr[] = { "id", "text", "gold_stance", "gold_sentiment" };
	struct table t;
	size_t r, right = 0;

	env_init(&v);
	model = train_model(&v);
	snprintf(args, sizeof(args), "classify -m '%s' %s", model, TINY);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	t = parse_csv(v.out, v.out_len);
	check_header(&t, hdr, 4);
	cr_assert_eq(t.nrow, 43);
	cr_assert_str_eq(t.cell[1][2], "pro");
	cr_assert_str_eq(t.cell[1][3], "positive");
	cr_assert_str_eq(t.cell[42][2], "against");
	check_predictions(&t);
	for (r = 1; r < t.nrow; r++)
		right += !strcmp(t.cell[r][2], t.cell[r][4]);
	cr_assert_geq(right, 30, "only %zu of 42 training quotes right", right);
	free_table(&t);
	free(model);
	env_release(&v);
}

Test(cli, lines_input, .timeout = 120)
{
	struct env v;
	char *model, *in, args[1024];
	const char *hdr[] = { "text" };
	struct table t;

	env_init(&v);
	model = train_model(&v);
	in = at(&v, "in.txt");
	tu_write_str(in, "We will never join NATO.\n\nA quote, with a comma\r\n"
		     "Say \"yes\" to the alliance\nlast line without newline");
	snprintf(args, sizeof(args), "classify -m '%s' --lines '%s'", model, in);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	t = parse_csv(v.out, v.out_len);
	check_header(&t, hdr, 1);
	cr_assert_eq(t.nrow, 5, "blank lines are skipped: %zu rows", t.nrow);
	cr_assert_str_eq(t.cell[1][0], "We will never join NATO.");
	cr_assert_str_eq(t.cell[2][0], "A quote, with a comma");
	cr_assert_str_eq(t.cell[3][0], "Say \"yes\" to the alliance");
	cr_assert_str_eq(t.cell[4][0], "last line without newline");
	check_predictions(&t);
	free_table(&t);
	/* from stdin */
	snprintf(args, sizeof(args), "classify -m '%s' --lines", model);
	cr_assert_eq(run(&v, args, in), 0, "%s", v.err);
	t = parse_csv(v.out, v.out_len);
	cr_assert_eq(t.nrow, 5);
	free_table(&t);
	free(in);
	free(model);
	env_release(&v);
}

Test(cli, text_col_option, .timeout = 120)
{
	struct env v;
	char *model, *in, args[1024], want[600];
	const char *hdr[] = { "quote", "who" };
	struct table t;

	env_init(&v);
	model = train_model(&v);
	in = at(&v, "in.csv");
	tu_write_str(in, "quote,who\nWe will never join NATO.,a minister\n");
	snprintf(args, sizeof(args), "classify -m '%s' --text-col quote '%s'",
		 model, in);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	t = parse_csv(v.out, v.out_len);
	check_header(&t, hdr, 2);
	cr_assert_eq(t.nrow, 2);
	cr_assert_str_eq(t.cell[1][1], "a minister");
	check_predictions(&t);
	free_table(&t);
	/* without the option there is no text column */
	snprintf(args, sizeof(args), "classify -m '%s' '%s'", model, in);
	cr_assert_eq(run(&v, args, NULL), 1);
	snprintf(want, sizeof(want), "%s:1: no column 'text'", in);
	cr_assert_not_null(strstr(v.err, want), "stderr: %s", v.err);
	cr_assert_eq(v.out_len, 0, "output despite the error: %s", v.out);
	free(in);
	free(model);
	env_release(&v);
}

Test(cli, invalid_utf8_warns_and_succeeds, .timeout = 120)
{
	struct env v;
	char *model, *in, args[1024], want[600];
	struct table t;

	env_init(&v);
	model = train_model(&v);
	in = at(&v, "in.csv");
	tu_write_str(in, "id,text\n1,fine\n2,bad \xff byte and \xc3(\n3,nul\n");
	snprintf(args, sizeof(args), "classify -m '%s' '%s'", model, in);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	snprintf(want, sizeof(want), "%s:3: 2 invalid UTF-8", in);
	cr_assert_not_null(strstr(v.err, "warning"), "stderr: %s", v.err);
	cr_assert_not_null(strstr(v.err, want), "stderr: %s", v.err);
	t = parse_csv(v.out, v.out_len); /* checks the output is UTF-8 */
	cr_assert_eq(t.nrow, 4);
	cr_assert_str_eq(t.cell[2][1], "bad \xef\xbf\xbd byte and \xef\xbf\xbd(");
	check_predictions(&t);
	free_table(&t);
	/* --lines warns the same way */
	snprintf(args, sizeof(args), "classify -m '%s' --lines '%s'", model, in);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	cr_assert_not_null(strstr(v.err, want), "stderr: %s", v.err);
	free(in);
	free(model);
	env_release(&v);
}

Test(cli, missing_text_column_exits_1, .timeout = 120)
{
	struct env v;
	char *model, *in, args[1024], want[600];

	env_init(&v);
	model = train_model(&v);
	in = at(&v, "in.csv");
	tu_write_str(in, "id,quote\n1,We join\n");
	snprintf(args, sizeof(args), "classify -m '%s' '%s'", model, in);
	cr_assert_eq(run(&v, args, NULL), 1);
	snprintf(want, sizeof(want), "%s:1: no column 'text'", in);
	cr_assert_not_null(strstr(v.err, want), "stderr: %s", v.err);
	free(in);
	free(model);
	env_release(&v);
}

Test(cli, bad_options_exit_2)
{
	struct env v;

	env_init(&v);
	cr_assert_eq(run(&v, "classify --bogus", NULL), 2);
	cr_assert_not_null(strstr(v.err, "classify"), "stderr: %s", v.err);
	cr_assert_eq(run(&v, "classify -m", NULL), 2, "-m without a value");
	cr_assert_eq(run(&v, "classify a.csv b.csv", NULL), 2);
	cr_assert_eq(run(&v, "train --bogus " TINY " -o x", NULL), 2);
	cr_assert_eq(run(&v, "train " TINY, NULL), 2, "train without -o");
	cr_assert_not_null(strstr(v.err, "-o"), "stderr: %s", v.err);
	cr_assert_eq(run(&v, "train -o x", NULL), 2, "train without a corpus");
	cr_assert_eq(run(&v, "train " TINY " -o x --folds 1", NULL), 2);
	cr_assert_eq(run(&v, "train " TINY " -o x --kernel sigmoid", NULL), 2);
	cr_assert_eq(run(&v, "train " TINY " -o x -C -1", NULL), 2);
	cr_assert_eq(run(&v, "no-such-command", NULL), 2);
	cr_assert_eq(run(&v, "", NULL), 2);
	cr_assert(!tu_exists("x"), "a model was written despite usage errors");
	env_release(&v);
}

/*
 * cv --kernel auto: each training fold chooses its own kernel, and cv
 * says how often each was chosen (one choice per fold and task).
 */
Test(cli, cv_kernel_auto_counts_the_kernels_chosen, .timeout = 120)
{
	struct env v;
	const char *line;
	int a, b, c, d, e, f;

	env_init(&v);
	cr_assert_eq(run(&v, "cv " TINY " -k 3 --kernel auto", NULL), 0,
		     "%s", v.err);
	line = strstr(v.out, "kernels chosen by the training folds' CV:");
	cr_assert_not_null(line, "stdout: %s", v.out);
	cr_assert_eq(sscanf(line, "kernels chosen by the training folds' CV:"
			    "  stance linear %d poly %d rbf %d"
			    "  sentiment linear %d poly %d rbf %d",
			    &a, &b, &c, &d, &e, &f), 6, "%s", line);
	cr_assert_eq(a + b + c, 3);
	cr_assert_eq(d + e + f, 3);
	/* a fixed kernel has nothing to report */
	cr_assert_eq(run(&v, "cv " TINY " -k 3", NULL), 0, "%s", v.err);
	cr_assert_null(strstr(v.out, "kernels chosen"));
	env_release(&v);
}


/*
 * cv --predictions: every quote once, in corpus order, with its fold and
 * held-out labels; `eval --classified` on the file gives the very scores
 * cv printed.
 */
Test(cli, cv_predictions_rescore_to_the_same_figures, .timeout = 120)
{
	struct env v;
	char *pred, args[1024], *cv_out, *text;
	const char *hdr[] = { "line", "fold", "id", "text", "gold_stance",
			      "gold_sentiment" };
	struct table t;
	size_t r, len;

	env_init(&v);
	pred = at(&v, "pred.csv");
	snprintf(args, sizeof(args), "cv %s -k 3 --csv -o '%s'", TINY, pred);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	cv_out = strdup(v.out);
	snprintf(args, sizeof(args), "eval --classified --csv '%s'", pred);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	/* the label-level rows agree (Brier and ECE see the file's rounded
	 * probabilities, so only label-level rows are compared) */
	for (r = 0; r < 3; r++) {
		static const char *const key[] = { "stance,,macro_f1,",
			"stance,,accuracy,", "sentiment,,macro_f1," };
		const char *a = strstr(cv_out, key[r]), *b = strstr(v.out, key[r]);

		cr_assert(a && b, "%s missing", key[r]);
		cr_assert_eq(strcspn(a, "\n"), strcspn(b, "\n"));
		cr_assert(!strncmp(a, b, strcspn(a, "\n")), "%s", key[r]);
	}
	text = tu_read(pred, &len);
	t = parse_csv(text, len);
	check_header(&t, hdr, 6);
	cr_assert_eq(t.nrow, 43);
	for (r = 1; r < t.nrow; r++) {
		cr_assert_eq(atol(t.cell[r][0]), (long)r + 1, "corpus line");
		cr_assert(atoi(t.cell[r][1]) >= 1 && atoi(t.cell[r][1]) <= 3);
		cr_assert_eq(atol(t.cell[r][2]), (long)r, "id");
	}
	cr_assert_str_eq(t.cell[1][4], "pro");
	cr_assert_str_eq(t.cell[42][4], "against");
	free_table(&t);
	free(text);
	/* the scores own stdout; a path that cannot be written fails
	 * before any fold is trained */
	cr_assert_eq(run(&v, "cv " TINY " -k 3 -o -", NULL), 2);
	cr_assert_not_null(strstr(v.err, "-o needs a file"), "%s", v.err);
	cr_assert_eq(run(&v, "cv " TINY " -k 3 -o /nonexistent/dir/p.csv",
			 NULL), 1);
	cr_assert_not_null(strstr(v.err, "/nonexistent/dir/p.csv"), "%s",
			   v.err);
	cr_assert_eq(v.out_len, 0, "no scores after a failed start");
	free(cv_out);
	free(pred);
	env_release(&v);
}
/*
 * combine: two models' outputs on the same quotes become one whose
 * probabilities are the mean of theirs (within the 4-decimal rounding)
 * and whose labels are its arg-max; a file combined with itself is
 * itself; a failed combination keeps the old output.
 */
Test(cli, combine_averages_two_models, .timeout = 120)
{
	static const char *const task[] = { "stance", "sentiment" };
	struct env v;
	char *ma, *mb, *a, *b, *c, args[2048], *ta, *tb, *tc, *before;
	struct table x, y, z;
	size_t la, lb, lc, r, j;

	env_init(&v);
	ma = train_model(&v);
	mb = at(&v, "model-b");
	a = at(&v, "a.csv");
	b = at(&v, "b.csv");
	c = at(&v, "c.csv");
	snprintf(args, sizeof(args), "train %s -o '%s' -q --raw-valence none "
		 "--no-vectors --no-lexicon", TINY, mb);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	snprintf(args, sizeof(args), "classify -m '%s' %s -o '%s'", ma, TINY, a);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	snprintf(args, sizeof(args), "classify -m '%s' %s -o '%s'", mb, TINY, b);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	snprintf(args, sizeof(args), "combine '%s' '%s' -o '%s'", a, b, c);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	ta = tu_read(a, &la);
	tb = tu_read(b, &lb);
	tc = tu_read(c, &lc);
	x = parse_csv(ta, la);
	y = parse_csv(tb, lb);
	z = parse_csv(tc, lc);
	cr_assert_neq(strcmp(ta, tb), 0, "the two models agree to the digit");
	cr_assert_eq(z.nrow, x.nrow);
	cr_assert_eq(z.ncol, x.ncol);
	check_predictions(&z);
	for (r = 1; r < z.nrow; r++)
		for (j = 0; j < z.ncol; j++) {
			const char *name = z.cell[0][j];
			int k, is_prob = 0;

			for (k = 0; k < 2; k++)
				is_prob |= !strncmp(name, task[k], strlen(task[k])) &&
					   !strncmp(name + strlen(task[k]), "_p_", 3);
			if (!is_prob)
				continue;
			cr_assert(fabs(atof(z.cell[r][j]) -
				       (atof(x.cell[r][col(&x, name)]) +
					atof(y.cell[r][col(&y, name)])) / 2) <= 6e-5,
				  "row %zu %s: %s is not the mean of %s and %s", r,
				  name, z.cell[r][j], x.cell[r][col(&x, name)],
				  y.cell[r][col(&y, name)]);
		}
	snprintf(args, sizeof(args), "eval --classified '%s'", c);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	cr_assert_not_null(strstr(v.out, "macro-F1"), "%s", v.out);
	/* a file with itself */
	snprintf(args, sizeof(args), "combine '%s' '%s'", a, a);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	cr_assert_str_eq(v.out, ta);
	/* b cut short: an error naming it, and c.csv as it was */
	tu_write(b, tb, (size_t)(strchr(strchr(tb, '\n') + 1, '\n') + 1 - tb));
	before = tu_read(c, NULL);
	snprintf(args, sizeof(args), "combine '%s' '%s' -o '%s'", a, b, c);
	cr_assert_eq(run(&v, args, NULL), 1);
	cr_assert_not_null(strstr(v.err, "ends after 1 rows"), "%s", v.err);
	cr_assert_not_null(strstr(v.err, b), "%s", v.err);
	free(tc);
	tc = tu_read(c, NULL);
	cr_assert_str_eq(tc, before);
	free_table(&x);
	free_table(&y);
	free_table(&z);
	free(ta);
	free(tb);
	free(tc);
	free(before);
	free(ma);
	free(mb);
	free(a);
	free(b);
	free(c);
	env_release(&v);
}

/*
 * scripts/semeval2016.sh end to end on files in SemEval's format made
 * from tiny.csv (tests/data/semeval: the five targets, each with the 42
 * quotes): the grid with its ensemble entries runs and prints its last
 * line; an ensemble given in SEMEVAL_OPTIONS trains both members, and
 * each target's predictions are `combine` of the members' (the working
 * files are kept to check that).
 */
Test(cli, semeval_script_runs_its_grid_and_ensembles, .timeout = 120)
{
	struct env v;
	char *last, *work, *end, args[2048], *want, *got;
	double f_avg;
	int lines = 0;
	const char *p;

	env_init(&v);
	cr_assert_eq(run_sh(&v, "SEMEVAL_FOLDS=3 bash scripts/semeval2016.sh "
			    "tests/data/semeval", NULL), 0, "%s", v.err);
	for (p = v.out; (p = strstr(p, " ++ ")); p++)
		lines++;
	cr_assert_geq(lines, 2, "no ensemble entry in the grid: %s", v.out);
	cr_assert_not_null(strstr(v.out, "\nchosen: "), "%s", v.out);
	last = strstr(v.out, "\noverall F_avg: ");
	cr_assert_not_null(last, "%s", v.out);
	cr_assert_eq(sscanf(last, "\noverall F_avg: %lf", &f_avg), 1);
	cr_assert(f_avg >= 0 && f_avg <= 100, "%s", last);
	cr_assert_eq(strchr(last + 1, '\n'), v.out + v.out_len - 1,
		     "not the last line: %s", last);
	cr_assert_eq(run_sh(&v, "SEMEVAL_FOLDS=3 SEMEVAL_KEEP=1 SEMEVAL_OPTIONS="
			    "'-C 1 --no-vectors ++ -C 1' bash "
			    "scripts/semeval2016.sh tests/data/semeval", NULL),
		     0, "%s", v.err);
	cr_assert_not_null(strstr(v.out, "options (SEMEVAL_OPTIONS): -C 1 "
				  "--no-vectors ++ -C 1"), "%s", v.out);
	work = strstr(v.err, "working files in ");
	cr_assert_not_null(work, "%s", v.err);
	work = strdup(work + strlen("working files in "));
	end = strchr(work, '\n');
	if (end)
		*end = '\0';
	snprintf(args, sizeof(args), "combine '%s/pred-3-0.csv' "
		 "'%s/pred-3-1.csv'", work, work);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	snprintf(args, sizeof(args), "%s/pred-3.csv", work);
	want = strdup(v.out);
	got = tu_read(args, NULL);
	cr_assert_str_eq(got, want, "pred-3.csv is not its members' combination");
	free(got);
	free(want);
	tu_rmtree(work);
	free(work);
	env_release(&v);
}

Test(cli, output_to_unwritable_dir_exits_1_and_leaves_nothing, .timeout = 120)
{
	struct env v;
	char *model, *in, args[1024];

	env_init(&v);
	model = train_model(&v);
	in = at(&v, "in.csv");
	tu_write_str(in, INPUT);
	snprintf(args, sizeof(args),
		 "classify -m '%s' -o /nonexistent-dir/out.csv '%s'", model, in);
	cr_assert_eq(run(&v, args, NULL), 1);
	cr_assert_not_null(strstr(v.err, "/nonexistent-dir/out.csv"), "stderr: %s",
			   v.err);
	cr_assert_eq(v.out_len, 0);
	cr_assert(!tu_exists("/nonexistent-dir"));
	free(in);
	free(model);
	env_release(&v);
}

/* A run that fails half way leaves an existing -o file as it was. */
Test(cli, failed_run_keeps_existing_output, .timeout = 120)
{
	struct env v;
	char *model, *in, *out, args[1024], want[600], *text;

	env_init(&v);
	model = train_model(&v);
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	tu_write_str(in, "id,text\n1,We join\n2,too,many,fields\n");
	tu_write_str(out, "previous results\n");
	snprintf(args, sizeof(args), "classify -m '%s' -o '%s' '%s'", model, out,
		 in);
	cr_assert_eq(run(&v, args, NULL), 1);
	snprintf(want, sizeof(want), "%s:3: ", in);
	cr_assert_not_null(strstr(v.err, want), "stderr: %s", v.err);
	text = tu_read(out, NULL);
	cr_assert_str_eq(text, "previous results\n");
	free(text);
	cr_assert_eq(tu_count_entries(v.dir), 3, "a temporary file was left");
	/* and a good run replaces it */
	tu_write_str(in, "id,text\n1,We join\n");
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	cr_assert_eq(v.out_len, 0, "-o output went to stdout");
	text = tu_read(out, NULL);
	cr_assert(!strncmp(text, "id,text,stance,", 15), "%s", text);
	free(text);
	free(out);
	free(in);
	free(model);
	env_release(&v);
}

Test(cli, unknown_language_clear_error, .timeout = 120)
{
	struct env v;
	char *model, args[1024];

	env_init(&v);
	model = at(&v, "model");
	snprintf(args, sizeof(args), "train %s -o '%s' --lang klingon", TINY,
		 model);
	cr_assert_eq(run(&v, args, NULL), 1);
	cr_assert_not_null(strstr(v.err, "unknown stemmer language 'klingon' "
				  "(known: "), "stderr: %s", v.err);
	cr_assert_not_null(strstr(v.err, "english"), "stderr: %s", v.err);
	cr_assert(!tu_exists(model), "a model was written");
	cr_assert_eq(tu_count_entries(v.dir), 0, "temporary files left");
	/* classify has no --lang: a usage error */
	cr_assert_eq(run(&v, "classify --lang klingon", NULL), 2);
	free(model);
	env_release(&v);
}

Test(cli, train_errors_exit_1, .timeout = 120)
{
	struct env v;
	char *model = NULL, *in, args[1024], want[600];

	env_init(&v);
	model = at(&v, "model");
	in = at(&v, "c.csv");
	tu_write_str(in, "id,text,stance\n1,we join,pro\n2,we stay,\n");
	snprintf(args, sizeof(args), "train '%s' -o '%s'", in, model);
	cr_assert_eq(run(&v, args, NULL), 1);
	snprintf(want, sizeof(want), "stance: %s:3: empty label in column "
		 "'stance'\n", in);
	cr_assert_str_eq(v.err, want);
	cr_assert(!tu_exists(model));
	snprintf(args, sizeof(args), "train /nonexistent/c.csv -o '%s'", model);
	cr_assert_eq(run(&v, args, NULL), 1);
	cr_assert_not_null(strstr(v.err, "/nonexistent/c.csv: cannot open"));
	free(in);
	free(model);
	env_release(&v);
}

/* --no-vectors leaves e: out; --vectors names its file when it is bad. */
Test(cli, train_vectors_options, .timeout = 120)
{
	struct env v;
	char *model, *path, *meta, args[1024];

	env_init(&v);
	model = at(&v, "model");
	snprintf(args, sizeof(args), "train %s -o '%s' --no-vectors", TINY,
		 model);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	cr_assert_eq(tu_count_entries(model), 6, "no vectors.tsv");
	path = tu_path(model, "meta.txt");
	meta = tu_read(path, NULL);
	cr_assert_null(strstr(meta, "embed="), "%s", meta);
	free(meta);
	free(path);
	snprintf(args, sizeof(args), "train %s -o '%s' --vectors "
		 "tests/data/embed/nope.tsv", TINY, model);
	cr_assert_eq(run(&v, args, NULL), 1);
	cr_assert_str_eq(v.err, "stance: tests/data/embed/nope.tsv: cannot open: "
			 "No such file or directory\n");
	cr_assert_eq(tu_count_entries(model), 6, "the old model is kept");
	free(model);
	env_release(&v);
}

/* Training prints what it chose, and replaces an existing model dir. */
Test(cli, train_summary_and_replace, .timeout = 120)
{
	struct env v;
	char *model, *stale, args[1024], want[600];

	env_init(&v);
	model = at(&v, "model");
	snprintf(args, sizeof(args), "train %s -o '%s'", TINY, model);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	snprintf(want, sizeof(want), "%s: 42 quotes, ", model);
	cr_assert(!strncmp(v.out, want, strlen(want)), "stdout: %s", v.out);
	cr_assert_not_null(strstr(v.out, "(pro 14, neutral 14, against 14)"),
			   "stdout: %s", v.out);
	cr_assert_not_null(strstr(v.out, "(positive 15, neutral 13, negative 14)"),
			   "stdout: %s", v.out);
	stale = tu_path(model, "stale.txt");
	tu_write_str(stale, "x");
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	cr_assert(!tu_exists(stale), "the old model directory was not replaced");
	cr_assert_eq(tu_count_entries(v.dir), 1, "temporary directories left");
	cr_assert_eq(tu_count_entries(model), 7); /* with cues.tsv and vectors.tsv */
	free(stale);
	free(model);
	env_release(&v);
}

Test(cli, missing_model_exits_1)
{
	struct env v;

	env_init(&v);
	cr_assert_eq(run(&v, "classify -m /nonexistent-dir/model " TINY, NULL), 1);
	cr_assert_not_null(strstr(v.err, "/nonexistent-dir/model: no such model "
				  "directory"), "stderr: %s", v.err);
	cr_assert_eq(v.out_len, 0);
	env_release(&v);
}

Test(cli, empty_input_exits_1, .timeout = 120)
{
	struct env v;
	char *model, *in, args[1024], want[600];

	env_init(&v);
	model = train_model(&v);
	in = at(&v, "empty.csv");
	tu_write_str(in, "");
	snprintf(args, sizeof(args), "classify -m '%s' '%s'", model, in);
	cr_assert_eq(run(&v, args, NULL), 1);
	snprintf(want, sizeof(want), "%s: empty file", in);
	cr_assert_not_null(strstr(v.err, want), "stderr: %s", v.err);
	free(in);
	free(model);
	env_release(&v);
}

Test(cli, table_output, .timeout = 120)
{
	struct env v;
	char *model, *in, args[1024];
	size_t lines = 0;
	const char *p;

	env_init(&v);
	model = train_model(&v);
	in = at(&v, "in.csv");
	tu_write_str(in, INPUT);
	snprintf(args, sizeof(args), "classify -m '%s' --table '%s'", model, in);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	for (p = v.out; *p; p++)
		lines += *p == '\n';
	cr_assert_eq(lines, 6, "a header and 5 rows, got:\n%s", v.out);
	cr_assert(!strncmp(v.out, "stance", 6), "%s", v.out);
	cr_assert_not_null(strstr(v.out, "We will never join NATO, ever."));
	/* the line break inside quote 3 is shown as a space */
	cr_assert_not_null(strstr(v.out, "quotes\" and a line"), "%s", v.out);
	free(in);
	free(model);
	env_release(&v);
}

/* No -m: the shipped model (models/nato beside the binary's checkout). */
Test(cli, default_model_works, .timeout = 120)
{
	struct env v;
	char *in, args[1024];
	const char *hdr[] = { "id", "text", "note" };
	struct table t;

	env_init(&v);
	in = at(&v, "in.csv");
	tu_write_str(in, INPUT);
	snprintf(args, sizeof(args), "classify '%s'", in);
	cr_assert_eq(run(&v, args, NULL), 0, "%s", v.err);
	t = parse_csv(v.out, v.out_len);
	check_header(&t, hdr, 3);
	cr_assert_eq(t.nrow, 6);
	check_predictions(&t);
	free_table(&t);
	free(in);
	env_release(&v);
}
