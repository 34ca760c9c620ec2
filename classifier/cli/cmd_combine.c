/*
 * stance combine: soft voting. Several files that label the same quotes
 * (`stance classify`, `cv -o` or `analyze` output of different models)
 * become one, each task's probabilities averaged row by row and its label
 * the arg-max of the average. Two models that err on different quotes
 * often do better together than either alone (see the SemEval section of
 * the README), and this lets a user combine any models stance can train.
 *
 * The files are read in lockstep, one record of each at a time, so memory
 * does not grow with their length. Every column that is not a task's
 * label or probability must hold the same text in every file, row by
 * row: a combination of rows about different quotes is refused.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "cmds.h"
#include "csv.h"
#include "err.h"
#include "metrics.h"
#include "model.h"
#include "report.h"
#include "sbuf.h"
#include "util.h"
#include "xalloc.h"

static const char usage_text[] =
"usage: stance combine FILE.csv FILE.csv... [-o OUT.csv] [-w W1,W2,...]\n"
"\n"
"Combine the labels of several models on the same quotes (soft voting).\n"
"Each FILE is the output of `stance classify`, `stance cv -o` or `stance\n"
"analyze` (quotes.csv): for each task T, a label column T and one\n"
"probability column T_p_LABEL per label. The output has the first file's\n"
"columns, each task's probabilities replaced by their (weighted) mean over\n"
"the files and its label by the arg-max of that mean (a tie goes to the\n"
"label whose column comes first). TASK_explain columns are left out: they\n"
"explain one model. Every other column (id, text, gold labels, ...) must\n"
"be the same in every file, row by row, so that only labels of the same\n"
"quotes are combined; `cv -o` files must come from the same --seed.\n"
"\n"
"  -o, --output FILE    write here (atomically) instead of stdout\n"
"  -w, --weights LIST   one positive weight per FILE, comma-separated\n"
"                       (default: all equal)\n";

static const struct option longopts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "weights", required_argument, NULL, 'w' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/* What a column of the first file is. */
enum kind { KEY, LABEL, PROB, DROP };

struct task {
	char name[32];
	char label[METRICS_MAX_LABELS][32];
	int nlabel;
};

struct input {
	const char *path;
	struct csv_reader *r;
	struct cli_header hdr;
	int label_col[MODEL_MAX_TASKS];
	int prob_col[MODEL_MAX_TASKS][METRICS_MAX_LABELS]; /* task's label order */
	int *key_col; /* this file's column of each key column of the first */
	double w;
	struct csv_row row; /* the current record */
};

struct combine {
	struct task task[MODEL_MAX_TASKS];
	int ntask;
	enum kind *kind;  /* per column of the first file */
	int *kind_task;   /* LABEL, PROB, DROP: which task */
	int *kind_label;  /* PROB: which label */
	int *key;         /* the first file's key columns, in order */
	size_t nkey;
	struct input *in;
	int nin;
	double wsum;
};

static int find_task(const struct combine *cb, const char *name)
{
	int t;

	for (t = 0; t < cb->ntask; t++)
		if (!strcmp(cb->task[t].name, name))
			return t;
	return -1;
}

static int find_label(const struct task *k, const char *name)
{
	return cli_label_index((const char (*)[32])k->label, k->nlabel, name);
}

/*
 * What column name is, given the tasks found: LABEL (*task set), PROB
 * (*task, and *label: -1 for a label the task does not have), DROP (a
 * TASK_explain column) or KEY.
 */
static enum kind column_kind(const struct combine *cb, const char *name,
			     int *task, int *label)
{
	int t;

	*label = -1;
	*task = find_task(cb, name);
	if (*task >= 0)
		return LABEL;
	for (t = 0; t < cb->ntask; t++) {
		size_t tn = strlen(cb->task[t].name);

		if (strncmp(name, cb->task[t].name, tn))
			continue;
		*task = t;
		if (!strncmp(name + tn, "_p_", 3)) {
			*label = find_label(&cb->task[t], name + tn + 3);
			return PROB;
		}
		if (!strcmp(name + tn, "_explain"))
			return DROP;
	}
	return KEY;
}

/* The tasks of the first file: columns T with two or more T_p_LABEL. */
static int setup_first(struct combine *cb, struct input *in, struct err *e)
{
	struct csv_row hdr;
	int col[METRICS_MAX_LABELS];
	size_t c;

	cli_header_row(&in->hdr, &hdr);
	for (c = 0; c < hdr.n; c++) {
		struct task *k = &cb->task[cb->ntask];
		int n, skipped;

		if (!hdr.len[c] || hdr.len[c] >= sizeof(k->name))
			continue;
		n = csv_row_prob_columns(&hdr, hdr.field[c], k->label, col,
					 METRICS_MAX_LABELS, &skipped);
		if (n < 2)
			continue;
		if (skipped >= 0)
			return err_at(e, in->path, 1,
				      "column '%s': a label longer than 31 "
				      "bytes or more than %d labels",
				      hdr.field[skipped], METRICS_MAX_LABELS);
		if (cb->ntask == MODEL_MAX_TASKS)
			return err_at(e, in->path, 1, "more than %d tasks",
				      MODEL_MAX_TASKS);
		memcpy(k->name, hdr.field[c], hdr.len[c] + 1);
		k->nlabel = n;
		cb->ntask++;
	}
	if (!cb->ntask)
		return err_at(e, in->path, 1,
			      "no task: expected a column T and its T_p_LABEL "
			      "probability columns, as `stance classify` writes "
			      "them");
	cb->kind = xcalloc(hdr.n, sizeof(*cb->kind));
	cb->kind_task = xcalloc(hdr.n, sizeof(*cb->kind_task));
	cb->kind_label = xcalloc(hdr.n, sizeof(*cb->kind_label));
	cb->key = xcalloc(hdr.n, sizeof(*cb->key));
	for (c = 0; c < hdr.n; c++) {
		cb->kind[c] = column_kind(cb, hdr.field[c], &cb->kind_task[c],
					  &cb->kind_label[c]);
		if (cb->kind[c] == KEY)
			cb->key[cb->nkey++] = (int)c;
		else if (cb->kind[c] == LABEL)
			in->label_col[cb->kind_task[c]] = (int)c;
		else if (cb->kind[c] == PROB)
			in->prob_col[cb->kind_task[c]][cb->kind_label[c]] = (int)c;
	}
	return 0;
}

/* Map the columns of a later file onto the first file's. */
static int setup_other(struct combine *cb, struct input *in,
		       const struct input *first, struct err *e)
{
	struct csv_row hdr;
	size_t c, k;
	int t, l;

	cli_header_row(&in->hdr, &hdr);
	in->key_col = xcalloc(cb->nkey ? cb->nkey : 1, sizeof(*in->key_col));
	for (k = 0; k < cb->nkey; k++)
		in->key_col[k] = -1;
	for (t = 0; t < cb->ntask; t++) {
		in->label_col[t] = -1;
		for (l = 0; l < cb->task[t].nlabel; l++)
			in->prob_col[t][l] = -1;
	}
	for (c = 0; c < hdr.n; c++) {
		switch (column_kind(cb, hdr.field[c], &t, &l)) {
		case LABEL:
			in->label_col[t] = (int)c;
			break;
		case PROB:
			if (l < 0)
				return err_at(e, in->path, 1,
					      "column '%s': %s has no such label",
					      hdr.field[c], first->path);
			in->prob_col[t][l] = (int)c;
			break;
		case DROP:
			break;
		case KEY:
			for (k = 0; k < cb->nkey; k++)
				if (!strcmp(hdr.field[c],
					    first->hdr.field[cb->key[k]]))
					break;
			if (k == cb->nkey)
				return err_at(e, in->path, 1,
					      "column '%s' is not in %s",
					      hdr.field[c], first->path);
			in->key_col[k] = (int)c;
			break;
		}
	}
	for (k = 0; k < cb->nkey; k++)
		if (in->key_col[k] < 0)
			return err_at(e, in->path, 1, "no column '%s' (%s has it)",
				      first->hdr.field[cb->key[k]], first->path);
	for (t = 0; t < cb->ntask; t++) {
		if (in->label_col[t] < 0)
			return err_at(e, in->path, 1, "no column '%s' (%s has it)",
				      cb->task[t].name, first->path);
		for (l = 0; l < cb->task[t].nlabel; l++)
			if (in->prob_col[t][l] < 0)
				return err_at(e, in->path, 1,
					      "no column '%s_p_%s' (%s has it)",
					      cb->task[t].name,
					      cb->task[t].label[l], first->path);
	}
	return 0;
}

/* The next record of in, skipping blank lines: 1, 0 at the end, -1. */
static int next_row(struct input *in, struct err *e)
{
	int st;

	while ((st = csv_reader_next(in->r, &in->row, e)) == 1) {
		if (in->row.n == 1 && in->row.len[0] == 0 && in->hdr.n > 1)
			continue;
		if (in->row.n != in->hdr.n)
			return err_at(e, in->path, csv_reader_line(in->r),
				      "%zu fields, the header has %zu",
				      in->row.n, in->hdr.n);
		return 1;
	}
	return st;
}

/* Row i of every file is about the same quote: its key fields agree. */
static int check_keys(const struct combine *cb, const struct input *in,
		      const struct input *first, struct err *e)
{
	size_t k;

	for (k = 0; k < cb->nkey; k++) {
		int c0 = cb->key[k], c = in->key_col[k];

		if (in->row.len[c] == first->row.len[c0] &&
		    !memcmp(in->row.field[c], first->row.field[c0],
			    in->row.len[c]))
			continue;
		return err_at(e, in->path, csv_reader_line(in->r),
			      "column '%s' differs from %s line %ld: the files "
			      "must list the same quotes in the same order",
			      first->hdr.field[c0], first->path,
			      csv_reader_line(first->r));
	}
	return 0;
}

/* Add w times the probabilities of task t in in's row to sum[]. */
static int add_probs(const struct combine *cb, const struct input *in, int t,
		     double *sum, struct err *e)
{
	int l;

	for (l = 0; l < cb->task[t].nlabel; l++) {
		int c = in->prob_col[t][l];
		const char *s = in->row.field[c];
		char *end;
		double p;

		errno = 0;
		p = strtod(s, &end);
		if (end == s || *end || errno || !(p >= 0 && p <= 1))
			return err_at(e, in->path, csv_reader_line(in->r),
				      "bad probability '%s' in column '%s'", s,
				      in->hdr.field[c]);
		sum[l] += in->w * p;
	}
	return 0;
}

/* The combined row: keys from the first file, averaged tasks. */
static int combine_row(const struct combine *cb, struct sbuf *out,
		       struct err *e)
{
	double mean[MODEL_MAX_TASKS][METRICS_MAX_LABELS];
	int best[MODEL_MAX_TASKS], t, l, i, sep = 0;
	const struct input *first = &cb->in[0];
	char p[8];
	size_t c;

	for (t = 0; t < cb->ntask; t++) {
		memset(mean[t], 0, sizeof(mean[t]));
		for (i = 0; i < cb->nin; i++)
			if (add_probs(cb, &cb->in[i], t, mean[t], e))
				return -1;
		best[t] = 0;
		for (l = 0; l < cb->task[t].nlabel; l++) {
			mean[t][l] /= cb->wsum;
			if (mean[t][l] > mean[t][best[t]])
				best[t] = l;
		}
	}
	for (c = 0; c < first->hdr.n; c++) {
		if (cb->kind[c] == DROP)
			continue;
		if (sep++)
			sbuf_addc(out, ',');
		t = cb->kind_task[c];
		switch (cb->kind[c]) {
		case KEY:
			csv_add_field(out, first->row.field[c],
				      first->row.len[c]);
			break;
		case LABEL:
			sbuf_adds(out, cb->task[t].label[best[t]]);
			break;
		case PROB:
			report_format_prob(report_prob_units(
				mean[t][cb->kind_label[c]]), p);
			sbuf_add(out, p, 6);
			break;
		case DROP:
			break;
		}
	}
	sbuf_addc(out, '\n');
	return 0;
}

static void write_header(const struct combine *cb, struct sbuf *out)
{
	const struct input *first = &cb->in[0];
	size_t c;
	int sep = 0;

	for (c = 0; c < first->hdr.n; c++) {
		if (cb->kind[c] == DROP)
			continue;
		if (sep++)
			sbuf_addc(out, ',');
		csv_add_field(out, first->hdr.field[c], first->hdr.len[c]);
	}
	sbuf_addc(out, '\n');
}

/* Open every input and read its header. */
static int open_inputs(struct combine *cb, struct err *e)
{
	int i, st;

	for (i = 0; i < cb->nin; i++) {
		struct input *in = &cb->in[i];

		in->r = csv_reader_open(in->path, e);
		if (!in->r)
			return -1;
		st = csv_reader_next(in->r, &in->row, e);
		if (st <= 0)
			return st ? -1 : err_at(e, in->path, 0,
						"empty file: no header row");
		cli_header_copy(&in->hdr, &in->row);
		if (i == 0 ? setup_first(cb, in, e) :
			     setup_other(cb, in, &cb->in[0], e))
			return -1;
	}
	return 0;
}

static int run(struct combine *cb, FILE *fp, struct err *e)
{
	struct sbuf out = SBUF_INIT;
	long rows = 0;
	int i, st, ret = -1;

	if (open_inputs(cb, e))
		goto out;
	write_header(cb, &out);
	for (;;) {
		st = next_row(&cb->in[0], e);
		if (st < 0)
			goto out;
		for (i = 1; i < cb->nin; i++) {
			struct input *in = &cb->in[i];
			int sti = next_row(in, e);

			if (sti < 0)
				goto out;
			if (sti && !st) {
				err_at(e, in->path, csv_reader_line(in->r),
				       "more rows than %s (%ld)", cb->in[0].path,
				       rows);
				goto out;
			}
			if (!sti && st) {
				err_at(e, in->path, 0,
				       "ends after %ld rows, %s has more",
				       rows, cb->in[0].path);
				goto out;
			}
			if (st && check_keys(cb, in, &cb->in[0], e))
				goto out;
		}
		if (!st)
			break;
		if (combine_row(cb, &out, e))
			goto out;
		rows++;
		if (out.len >= 65536) {
			fwrite(out.buf, 1, out.len, fp);
			sbuf_reset(&out);
		}
	}
	fwrite(out.buf, 1, out.len, fp);
	ret = 0;
out:
	for (i = 0; i < cb->nin && cb->in[i].r; i++)
		cli_warn_reader(cb->in[i].r);
	sbuf_release(&out);
	return ret;
}

/* "1,2,0.5": n positive weights into in[].w. */
static int parse_weights(const char *s, struct input *in, int n)
{
	int i = 0;

	for (;;) {
		char *end;
		double w;

		errno = 0;
		w = strtod(s, &end);
		if (end == s || errno || !(w > 0) || !isfinite(w) || i == n)
			return -1;
		in[i++].w = w;
		if (*end == '\0')
			break;
		if (*end != ',')
			return -1;
		s = end + 1;
	}
	return i == n ? 0 : -1;
}

static void free_combine(struct combine *cb)
{
	int i;

	for (i = 0; i < cb->nin; i++) {
		csv_reader_free(cb->in[i].r);
		cli_header_free(&cb->in[i].hdr);
		free(cb->in[i].key_col);
	}
	free(cb->in);
	free(cb->kind);
	free(cb->kind_task);
	free(cb->kind_label);
	free(cb->key);
}

int cmd_combine(int argc, char **argv)
{
	const char *out = "-", *weights = NULL;
	struct combine cb;
	struct afile af;
	struct err e;
	FILE *fp;
	int c, i, ret, stdin_uses = 0;

	opterr = 0; /* our own message names the command */
	while ((c = getopt_long(argc, argv, "o:w:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'w': weights = optarg; break;
		case 'h': fputs(usage_text, stdout); return 0;
		default:
			return cli_usage_error("combine",
					       "unknown or incomplete option '%s'",
					       argv[optind - 1]);
		}
	}
	if (argc - optind < 2)
		return cli_usage_error("combine", "expected two or more files");
	memset(&cb, 0, sizeof(cb));
	cb.nin = argc - optind;
	cb.in = xcalloc((size_t)cb.nin, sizeof(*cb.in));
	for (i = 0; i < cb.nin; i++) {
		cb.in[i].path = argv[optind + i];
		cb.in[i].w = 1;
		stdin_uses += !strcmp(cb.in[i].path, "-");
	}
	if (stdin_uses > 1) {
		free_combine(&cb);
		return cli_usage_error("combine", "'-' (stdin) given twice");
	}
	if (weights && parse_weights(weights, cb.in, cb.nin)) {
		free_combine(&cb);
		return cli_usage_error("combine", "--weights wants %d positive "
				       "numbers, comma-separated, not '%s'",
				       cb.nin, weights);
	}
	for (i = 0; i < cb.nin; i++)
		cb.wsum += cb.in[i].w;
	fp = afile_open(&af, out, &e);
	if (!fp) {
		ret = cli_fail(&e);
	} else if (run(&cb, fp, &e) < 0) {
		afile_abort(&af);
		ret = cli_fail(&e);
	} else {
		ret = afile_commit(&af, &e) < 0 ? cli_fail(&e) : 0;
	}
	free_combine(&cb);
	return ret;
}
