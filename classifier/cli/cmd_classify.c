/*
 * stance classify: quotes in (CSV with a text column, or one per line),
 * the same rows out with stance and sentiment labels and probabilities.
 * Rows stream through one at a time, so memory does not grow with input.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "cmds.h"
#include "csv.h"
#include "err.h"
#include "explain.h"
#include "feat.h"
#include "model.h"
#include "pfor.h"
#include "report.h"
#include "sbuf.h"
#include "util.h"
#include "xalloc.h"

static const char usage_text[] =
"usage: stance classify [FILE|-] [options]\n"
"\n"
"Label each quote with stance and sentiment. Input is CSV with a header\n"
"(the quote in column 'text') or, with --lines, one quote per line.\n"
"Output is CSV: the input columns, then for each task the label and one\n"
"probability column per label. An input column already called like an\n"
"output column is renamed gold_NAME, so a labeled file can be compared.\n"
"\n"
"  -m, --model DIR      model directory (default: the shipped models/nato)\n"
"      --text-col NAME  column holding the quote (default: text)\n"
"      --context-col NAME  column holding the sentence a quote's stance\n"
"                       is read from when not empty (default: context,\n"
"                       when the header has it: `stance extract` fills it\n"
"                       for partial quotes); other tasks read the quote\n"
"      --quote-only     read every task from the quote, ignoring context\n"
"      --lines          input is plain text, one quote per line\n"
"  -o, --output FILE    write here (atomically) instead of stdout\n"
"      --table          print an aligned table for reading, not CSV\n"
"  -j, --jobs N         label on N threads (default: the number of cores);\n"
"                       the output is the same bytes for every N\n"
"      --explain N      the N features that pushed each label most, as\n"
"                       'name weight*value' (column TASK_explain, or a line\n"
"                       under each row with --table); linear models only.\n"
"                       A label's score is the sum of its one-vs-one\n"
"                       decision values, each oriented towards it\n";

enum {
	OPT_TEXT = 256, OPT_LINES, OPT_TABLE, OPT_EXPLAIN, OPT_CONTEXT,
	OPT_QUOTE_ONLY,
};

static const struct option longopts[] = {
	{ "model", required_argument, NULL, 'm' },
	{ "text-col", required_argument, NULL, OPT_TEXT },
	{ "lines", no_argument, NULL, OPT_LINES },
	{ "output", required_argument, NULL, 'o' },
	{ "table", no_argument, NULL, OPT_TABLE },
	{ "explain", required_argument, NULL, OPT_EXPLAIN },
	{ "context-col", required_argument, NULL, OPT_CONTEXT },
	{ "quote-only", no_argument, NULL, OPT_QUOTE_ONLY },
	{ "jobs", required_argument, NULL, 'j' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/*
 * Rows are classified in batches: the main thread reads a batch (input
 * fields already CSV-encoded, and the quote), the threads label and
 * format its rows (pfor.h), and the main thread writes them in input
 * order. Two batches take turns, so that the main thread reads the next
 * one while the other threads label this one. A batch holds at most
 * BATCH_ROWS rows and about BATCH_BYTES of input, so memory stays flat
 * however long the input is.
 */
#define BATCH_ROWS 1024
#define BATCH_BYTES (8u << 20)

struct item {
	size_t prefix, nprefix; /* the row's fields as CSV, in job.in */
	size_t text, ntext;     /* the quote, in job.in */
	size_t ctx, nctx;       /* its context (nctx 0: none), in job.in */
	struct sbuf out;        /* the finished output line(s) */
};

struct batch {
	struct sbuf in;
	struct item item[BATCH_ROWS];
	size_t nitem;
};

struct job {
	const struct model *m;
	int stance_t;           /* the task that reads a context, or -1 */
	struct featurizer **fz; /* one per thread */
	struct sbuf *why;       /* one per thread */
	int nthreads;
	struct sbuf line;
	struct batch b[2];
	int cur;                /* the batch being filled */
	int busy;               /* the batch being labelled, or -1 */
	struct pfor_run run;
	FILE *out;
	int table;
	long explain; /* features to show per task, 0: none */
};

static void add_output_header(struct sbuf *sb, const struct model *m,
			      long explain)
{
	int t, l;

	for (t = 0; t < m->ntask; t++) {
		sbuf_addc(sb, ',');
		sbuf_adds(sb, m->task[t].name);
		for (l = 0; l < m->task[t].nlabel; l++)
			sbuf_addf(sb, ",%s_p_%s", m->task[t].name,
				  m->task[t].label[l]);
	}
	for (t = 0; explain && t < m->ntask; t++)
		sbuf_addf(sb, ",%s_explain", m->task[t].name);
}

static int is_output_name(const struct model *m, const char *name)
{
	int t, l;
	char buf[128];

	for (t = 0; t < m->ntask; t++) {
		if (!strcmp(name, m->task[t].name))
			return 1;
		for (l = 0; l < m->task[t].nlabel; l++) {
			snprintf(buf, sizeof(buf), "%s_p_%s", m->task[t].name,
				 m->task[t].label[l]);
			if (!strcmp(name, buf))
				return 1;
		}
	}
	return 0;
}

static void table_header(struct job *j)
{
	int t;

	for (t = 0; t < j->m->ntask; t++)
		fprintf(j->out, "%-10s %5s  ", j->m->task[t].name, "p");
	fprintf(j->out, "text\n");
}

static void job_release(struct job *j)
{
	size_t i;
	int t, b;

	if (j->busy >= 0) { /* an error left a batch with the threads */
		pfor_wait(&j->run);
		j->busy = -1;
	}
	for (t = 0; t < j->nthreads; t++) {
		if (j->fz)
			feat_free(j->fz[t]);
		if (j->why)
			sbuf_release(&j->why[t]);
	}
	free(j->fz);
	free(j->why);
	for (b = 0; b < 2; b++) {
		for (i = 0; i < BATCH_ROWS; i++)
			sbuf_release(&j->b[b].item[i].out);
		sbuf_release(&j->b[b].in);
	}
	sbuf_release(&j->line);
}

/* Up to width display columns of s, cut at a character boundary. */
static void add_clipped(struct sbuf *sb, const char *s, size_t n,
			size_t width)
{
	size_t cols = 0, i = 0;

	while (i < n && cols < width) {
		size_t k = 1;

		while (i + k < n && ((unsigned char)s[i + k] & 0xc0) == 0x80)
			k++;
		if (cols == width - 1 && i + k < n) {
			sbuf_adds(sb, "\xe2\x80\xa6"); /* an ellipsis */
			return;
		}
		if (s[i] == '\n' || s[i] == '\r')
			sbuf_addc(sb, ' ');
		else
			sbuf_add(sb, s + i, k);
		i += k;
		cols++;
	}
}

/* What task k of item it read: its context for stance, if any. */
static const char *read_text(const struct job *j, const struct item *it,
			     int k, const char *text, const char *ctx)
{
	return it->nctx && k == j->stance_t ? ctx : text;
}

static size_t read_len(const struct job *j, const struct item *it, int k)
{
	return it->nctx && k == j->stance_t ? it->nctx : it->ntext;
}

/* Label row i of the batch on thread t and format its output. */
static void label_item(void *arg, int t, size_t i)
{
	struct job *j = arg;
	const struct model *m = j->m;
	struct batch *b = &j->b[j->busy];
	struct item *it = &b->item[i];
	const char *text = b->in.buf + it->text;
	const char *ctx = b->in.buf + it->ctx;
	struct model_prediction pred;
	struct sbuf *out = &it->out, *why = &j->why[t];
	char p[8];
	int k, l;

	model_predict_context(m, j->fz[t], text, it->ntext, ctx, it->nctx,
			      j->stance_t, &pred);
	sbuf_reset(out);
	if (j->table) {
		for (k = 0; k < m->ntask; k++) {
			int lab = pred.label[k];

			sbuf_addf(out, "%-10s %5.2f  ", m->task[k].label[lab],
				  pred.prob[k][lab]);
		}
		add_clipped(out, text, it->ntext, 72);
		sbuf_addc(out, '\n');
		for (k = 0; j->explain && k < m->ntask; k++) {
			sbuf_reset(why);
			explain_format(m, k, pred.label[k], j->fz[t],
				       read_text(j, it, k, text, ctx),
				       read_len(j, it, k), (size_t)j->explain,
				       why, NULL);
			sbuf_addf(out, "    %s %s: %s\n", m->task[k].name,
				  m->task[k].label[pred.label[k]], why->buf);
		}
		return;
	}
	sbuf_add(out, b->in.buf + it->prefix, it->nprefix);
	for (k = 0; k < m->ntask; k++) {
		sbuf_addc(out, ',');
		sbuf_adds(out, m->task[k].label[pred.label[k]]);
		for (l = 0; l < m->task[k].nlabel; l++) {
			report_format_prob(report_prob_units(pred.prob[k][l]), p);
			sbuf_addc(out, ',');
			sbuf_add(out, p, 6);
		}
	}
	/* explain_check() has refused models it cannot explain */
	for (k = 0; j->explain && k < m->ntask; k++) {
		sbuf_reset(why);
		explain_format(m, k, pred.label[k], j->fz[t],
			       read_text(j, it, k, text, ctx), read_len(j, it, k),
			       (size_t)j->explain, why, NULL);
		sbuf_addc(out, ',');
		csv_add_field(out, why->buf, why->len);
	}
	sbuf_addc(out, '\n');
}

/* Wait for the batch with the threads, if any, and write it in order. */
static void finish(struct job *j)
{
	struct batch *b;
	size_t i;

	if (j->busy < 0)
		return;
	pfor_wait(&j->run); /* this thread joins in */
	b = &j->b[j->busy];
	for (i = 0; i < b->nitem; i++)
		fwrite(b->item[i].out.buf, 1, b->item[i].out.len, j->out);
	b->nitem = 0;
	sbuf_reset(&b->in);
	j->busy = -1;
}

/* Hand the batch being filled to the threads and fill the other one. */
static void flush(struct job *j)
{
	finish(j);
	if (!j->b[j->cur].nitem)
		return;
	j->busy = j->cur;
	pfor_start(&j->run, j->nthreads, j->b[j->busy].nitem, label_item, j);
	j->cur ^= 1;
}

/* Label and write everything queued. */
static void drain(struct job *j)
{
	flush(j);
	finish(j);
}

/* Queue a row: its fields as CSV (j->line), its quote and its context. */
static void queue(struct job *j, const char *text, size_t n, const char *ctx,
		  size_t nctx)
{
	struct batch *b = &j->b[j->cur];
	struct item *it;

	if (b->nitem == BATCH_ROWS || b->in.len > BATCH_BYTES) {
		flush(j);
		b = &j->b[j->cur];
	}
	it = &b->item[b->nitem++];
	it->prefix = b->in.len;
	it->nprefix = j->line.len;
	sbuf_add(&b->in, j->line.buf, j->line.len);
	it->text = b->in.len;
	it->ntext = n;
	sbuf_add(&b->in, text, n);
	it->ctx = b->in.len;
	it->nctx = nctx;
	sbuf_add(&b->in, ctx, nctx);
}

/*
 * ctx_col: the context column (NULL: none); a missing one is an error
 * when ctx_named (the user named it), else there is no context.
 */
static int run_csv(struct job *j, const char *path, const char *text_col,
		   const char *ctx_col, int ctx_named, struct err *e)
{
	struct csv_reader *r = csv_reader_open(path, e);
	struct csv_row row;
	int col, ccol = -1, st, ret = -1;
	size_t i, nhdr, nrow = 0;

	if (!r)
		return -1;
	st = csv_reader_next(r, &row, e);
	if (st <= 0) {
		if (st == 0)
			err_at(e, csv_reader_name(r), 0, "empty file: no header row");
		goto out;
	}
	col = csv_row_find(&row, text_col);
	if (col < 0) {
		err_at(e, csv_reader_name(r), 1, "no column '%s' in the header",
		       text_col);
		goto out;
	}
	if (ctx_col)
		ccol = csv_row_find(&row, ctx_col);
	if (ccol < 0 && ctx_named) {
		err_at(e, csv_reader_name(r), 1, "no column '%s' in the header",
		       ctx_col);
		goto out;
	}
	nhdr = row.n;
	if (j->table) {
		table_header(j);
	} else {
		sbuf_reset(&j->line);
		for (i = 0; i < row.n; i++) {
			if (i)
				sbuf_addc(&j->line, ',');
			if (is_output_name(j->m, row.field[i]))
				sbuf_adds(&j->line, "gold_");
			csv_add_field(&j->line, row.field[i], row.len[i]);
		}
		add_output_header(&j->line, j->m, j->explain);
		sbuf_addc(&j->line, '\n');
		fwrite(j->line.buf, 1, j->line.len, j->out);
	}
	while ((st = csv_reader_next(r, &row, e)) == 1) {
		if (row.n == 1 && row.len[0] == 0 && nhdr > 1)
			continue; /* blank line */
		if (row.n != nhdr) {
			err_at(e, csv_reader_name(r), csv_reader_line(r),
			       "%zu fields, the header has %zu", row.n, nhdr);
			goto out;
		}
		sbuf_reset(&j->line);
		for (i = 0; i < row.n; i++) {
			if (i)
				sbuf_addc(&j->line, ',');
			csv_add_field(&j->line, row.field[i], row.len[i]);
		}
		queue(j, row.field[col], row.len[col],
		      ccol >= 0 ? row.field[ccol] : "",
		      ccol >= 0 ? row.len[ccol] : 0);
		nrow++;
	}
	if (st < 0)
		goto out;
	drain(j);
	if (!nrow)
		cli_warn("%s: a header and no rows: nothing to classify",
			 csv_reader_name(r));
	ret = 0;
out:
	cli_warn_reader(r);
	csv_reader_free(r);
	return ret;
}

/* Lines of a file, read in blocks (getline would take any length). */
struct lines {
	FILE *fp;
	char buf[65536];
	size_t pos, end;
};

/*
 * One line into sb, without its line end (NUL bytes and all): 1, 0 at
 * the end of the input, -1 when the line passes max bytes (reading stops
 * there, so a huge line without a newline costs no more memory than max).
 */
static int read_line(struct lines *lr, struct sbuf *sb, size_t max)
{
	int any = 0;

	sbuf_reset(sb);
	for (;;) {
		const char *nl;
		size_t n;

		if (lr->pos == lr->end) {
			lr->end = fread(lr->buf, 1, sizeof(lr->buf), lr->fp);
			lr->pos = 0;
			if (lr->end == 0)
				break;
		}
		any = 1;
		nl = memchr(lr->buf + lr->pos, '\n', lr->end - lr->pos);
		n = nl ? (size_t)(nl - lr->buf) - lr->pos : lr->end - lr->pos;
		sbuf_add(sb, lr->buf + lr->pos, n);
		lr->pos += n + (nl != NULL);
		if (sb->len > max + 1)
			return -1;
		if (nl)
			break;
	}
	if (!any)
		return 0;
	if (sb->len && sb->buf[sb->len - 1] == '\r')
		sbuf_setlen(sb, sb->len - 1);
	return sb->len > max ? -1 : 1;
}

static int run_lines(struct job *j, const char *path, struct err *e)
{
	FILE *fp = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	const char *name = fp == stdin ? "<stdin>" : path;
	struct sbuf clean = SBUF_INIT, line = SBUF_INIT;
	size_t bad = 0, b, nrow = 0;
	long lineno = 0, first_bad = 0;
	int ret = 0, st;
	struct lines *lr;

	if (!fp)
		return err_at(e, path, 0, "cannot open: %s", strerror(errno));
	lr = xcalloc(1, sizeof(*lr));
	lr->fp = fp;
	if (j->table) {
		table_header(j);
	} else {
		sbuf_reset(&j->line);
		sbuf_adds(&j->line, "text");
		add_output_header(&j->line, j->m, j->explain);
		sbuf_addc(&j->line, '\n');
		fwrite(j->line.buf, 1, j->line.len, j->out);
	}
	while ((st = read_line(lr, &line, CSV_FIELD_MAX)) != 0) {
		lineno++;
		if (st < 0) {
			ret = err_at(e, name, lineno, "line longer than %u bytes",
				     CSV_FIELD_MAX);
			break;
		}
		if (line.len == 0)
			continue;
		sbuf_reset(&clean);
		b = csv_utf8_repair(&clean, line.buf, line.len);
		if (b && !bad)
			first_bad = lineno;
		bad += b;
		sbuf_reset(&j->line);
		csv_add_field(&j->line, clean.buf, clean.len);
		queue(j, clean.buf, clean.len, "", 0);
		nrow++;
	}
	if (!ret)
		drain(j);
	if (!ret && ferror(fp))
		ret = err_at(e, name, lineno, "read error");
	cli_warn_replaced(name, first_bad, bad);
	if (!ret && !nrow)
		cli_warn("%s: no quotes in the input", name);
	sbuf_release(&line);
	sbuf_release(&clean);
	free(lr);
	if (fp != stdin)
		fclose(fp);
	return ret;
}

int cmd_classify(int argc, char **argv)
{
	const char *model_dir = NULL, *text_col = "text", *out = "-", *in;
	const char *ctx_col = "context";
	int c, lines = 0, table = 0, ret, t, nthreads = pfor_cores();
	int ctx_named = 0, quote_only = 0;
	long explain = 0, v;
	size_t i;
	static struct job j; /* large: BATCH_ROWS items */
	struct afile af;
	struct err e;
	struct model *m;

	opterr = 0; /* our own message names the command */
	while ((c = getopt_long(argc, argv, "m:o:j:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'j':
			if (cli_int_arg(optarg, 1, 256, &v) < 0)
				return cli_usage_error("classify", "-j takes 1..256");
			nthreads = (int)v;
			break;
		case 'm': model_dir = optarg; break;
		case 'o': out = optarg; break;
		case OPT_TEXT: text_col = optarg; break;
		case OPT_CONTEXT: ctx_col = optarg; ctx_named = 1; break;
		case OPT_QUOTE_ONLY: quote_only = 1; break;
		case OPT_LINES: lines = 1; break;
		case OPT_TABLE: table = 1; break;
		case OPT_EXPLAIN:
			if (cli_int_arg(optarg, 1, 1000, &explain) < 0)
				return cli_usage_error("classify",
						       "--explain takes 1..1000");
			break;
		case 'h': fputs(usage_text, stdout); return 0;
		default:
			return cli_usage_error("classify", "unknown or incomplete option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind < argc - 1)
		return cli_usage_error("classify", "expected at most one input");
	if (lines && ctx_named)
		return cli_usage_error("classify", "--context-col needs CSV "
				       "input, not --lines");
	in = optind < argc ? argv[optind] : "-";
	if (!model_dir)
		model_dir = cli_default_model(argv[0]);
	m = model_load(model_dir, &e);
	if (!m)
		return cli_fail(&e);
	memset(&j, 0, sizeof(j));
	j.m = m;
	j.stance_t = model_task_find(m, "stance");
	j.table = table;
	j.explain = explain;
	j.nthreads = nthreads;
	j.busy = -1;
	sbuf_init(&j.line);
	for (c = 0; c < 2; c++) {
		sbuf_init(&j.b[c].in);
		for (i = 0; i < BATCH_ROWS; i++)
			sbuf_init(&j.b[c].item[i].out);
	}
	if (explain && explain_check(m, &e) < 0) {
		fprintf(stderr, "stance: %s: --explain: %s\n", model_dir, e.msg);
		model_free(m);
		return 1;
	}
	j.fz = xcalloc((size_t)nthreads, sizeof(*j.fz));
	j.why = xcalloc((size_t)nthreads, sizeof(*j.why));
	for (t = 0; t < nthreads; t++) {
		sbuf_init(&j.why[t]);
		j.fz[t] = model_featurizer(m, &e);
		if (!j.fz[t]) {
			ret = cli_fail(&e);
			goto done;
		}
	}
	j.out = afile_open(&af, out, &e);
	if (!j.out) {
		ret = cli_fail(&e);
		goto done;
	}
	if (lines)
		ret = run_lines(&j, in, &e);
	else
		ret = run_csv(&j, in, text_col, quote_only ? NULL : ctx_col,
			      ctx_named && !quote_only, &e);
	if (ret < 0) {
		afile_abort(&af);
		ret = cli_fail(&e);
	} else if (afile_commit(&af, &e) < 0) {
		ret = cli_fail(&e);
	}
done:
	job_release(&j);
	model_free(m);
	return ret;
}
