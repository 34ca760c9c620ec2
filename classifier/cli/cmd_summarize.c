/*
 * stance summarize: per-speaker summaries from classified quote CSVs
 * (quotes.csv from `stance analyze -o`). Summaries depend on the set of
 * quotes only, so files from many runs or machines merge: summarising
 * their concatenation, in any order, gives the summary of the whole.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "csv.h"
#include "err.h"
#include "outputs.h"
#include "report.h"
#include "sbuf.h"
#include "util.h"

static const char usage_text[] =
"usage: stance summarize QUOTES.csv... [-o OUTDIR]\n"
"\n"
"Summarise each speaker of classified quote files (the quotes.csv that\n"
"'stance analyze -o' writes; - reads standard input): the speaker table on\n"
"stdout and, with -o, OUTDIR/speakers.csv and OUTDIR/speakers.svg.\n"
"\n"
"  -o, --output DIR   write speakers.csv and speakers.svg there\n"
"      --title TEXT   title of the chart\n"
"  -q, --quiet        no speaker table on stdout\n";

static const struct option longopts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "title", required_argument, NULL, 't' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/* Column layout of one quotes file, checked against the first file's. */
struct layout {
	int c_article, c_start, c_speaker, c_text, c_stance, c_sentiment;
	int nstance, nsent;
	char stance[REPORT_MAX_LABELS][32], sent[REPORT_MAX_LABELS][32];
	int stance_p[REPORT_MAX_LABELS], sent_p[REPORT_MAX_LABELS];
};

static int read_layout(const struct csv_row *h, struct layout *lay,
		       const char *name, struct err *e)
{
	static const char *const need[] = { "article", "speaker", "text",
					    "stance" };
	size_t i;

	memset(lay, 0, sizeof(*lay));
	for (i = 0; i < sizeof(need) / sizeof(need[0]); i++)
		if (csv_row_find(h, need[i]) < 0)
			return err_at(e, name, 1, "no column '%s' in the header "
				      "(is this a quotes.csv from 'stance analyze'?)",
				      need[i]);
	lay->c_article = csv_row_find(h, "article");
	lay->c_start = csv_row_find(h, "start");
	lay->c_speaker = csv_row_find(h, "speaker");
	lay->c_text = csv_row_find(h, "text");
	lay->c_stance = csv_row_find(h, "stance");
	lay->c_sentiment = csv_row_find(h, "sentiment");
	lay->nstance = csv_row_prob_columns(h, "stance", lay->stance,
					    lay->stance_p, REPORT_MAX_LABELS,
					    NULL);
	lay->nsent = lay->c_sentiment < 0 ? 0 :
		     csv_row_prob_columns(h, "sentiment", lay->sent,
					  lay->sent_p, REPORT_MAX_LABELS, NULL);
	if (lay->nstance < 2)
		return err_at(e, name, 1, "no stance_p_LABEL columns");
	return 0;
}

static int same_labels(const struct layout *a, const struct layout *b)
{
	int l;

	if (a->nstance != b->nstance || a->nsent != b->nsent)
		return 0;
	for (l = 0; l < a->nstance; l++)
		if (strcmp(a->stance[l], b->stance[l]))
			return 0;
	for (l = 0; l < a->nsent; l++)
		if (strcmp(a->sent[l], b->sent[l]))
			return 0;
	return 1;
}

static int label_index(char (*label)[32], int n, const char *s)
{
	int l;

	for (l = 0; l < n; l++)
		if (!strcmp(label[l], s))
			return l;
	return -1;
}

static int prob_field(const struct csv_row *row, int col, int *units,
		      const char *name, long line, struct err *e)
{
	char *end;
	double p = strtod(row->field[col], &end);

	if (end == row->field[col] || *end || !(p >= 0 && p <= 1))
		return err_at(e, name, line, "bad probability '%s'",
			      row->field[col]);
	*units = report_prob_units(p);
	return 0;
}

static int add_row(struct report *rep, const struct layout *lay,
		   const struct csv_row *row, const char *name, long line,
		   struct err *e)
{
	int sp[REPORT_MAX_LABELS], tp[REPORT_MAX_LABELS], l;
	struct report_quote q;

	memset(&q, 0, sizeof(q));
	q.article = row->field[lay->c_article];
	q.speaker = row->field[lay->c_speaker];
	q.text = row->field[lay->c_text];
	q.start = lay->c_start >= 0 ? strtoul(row->field[lay->c_start], NULL, 10) : 0;
	q.stance = label_index((char (*)[32])lay->stance, lay->nstance,
			       row->field[lay->c_stance]);
	if (q.stance < 0)
		return err_at(e, name, line, "unknown label '%s' in column 'stance'",
			      row->field[lay->c_stance]);
	for (l = 0; l < lay->nstance; l++)
		if (prob_field(row, lay->stance_p[l], &sp[l], name, line, e) < 0)
			return -1;
	q.stance_p = sp;
	q.sentiment = -1;
	if (lay->nsent) {
		q.sentiment = label_index((char (*)[32])lay->sent, lay->nsent,
					  row->field[lay->c_sentiment]);
		if (q.sentiment < 0)
			return err_at(e, name, line,
				      "unknown label '%s' in column 'sentiment'",
				      row->field[lay->c_sentiment]);
		for (l = 0; l < lay->nsent; l++)
			if (prob_field(row, lay->sent_p[l], &tp[l], name, line,
				       e) < 0)
				return -1;
		q.sentiment_p = tp;
	}
	report_add(rep, &q);
	return 0;
}

/* Add every row of path to *rep (created from the first file's labels). */
static int read_quotes(const char *path, struct report **rep,
		       struct layout *first, struct err *e)
{
	struct csv_reader *r = csv_reader_open(path, e);
	struct csv_row row;
	struct layout lay;
	const char *name;
	int st, ret = -1;
	size_t nhdr, nrow = 0;

	if (!r)
		return -1;
	name = csv_reader_name(r);
	st = csv_reader_next(r, &row, e);
	if (st == 0)
		err_at(e, name, 0, "empty file: no header row");
	if (st <= 0 || read_layout(&row, &lay, name, e) < 0)
		goto out;
	nhdr = row.n;
	if (!*rep) {
		const char *s[REPORT_MAX_LABELS], *t[REPORT_MAX_LABELS];
		int l;

		for (l = 0; l < lay.nstance; l++)
			s[l] = lay.stance[l];
		for (l = 0; l < lay.nsent; l++)
			t[l] = lay.sent[l];
		*rep = report_new(s, lay.nstance, t, lay.nsent);
		*first = lay;
	} else if (!same_labels(first, &lay)) {
		err_at(e, name, 1, "labels differ from the first file's: "
		       "these quotes come from another model");
		goto out;
	}
	while ((st = csv_reader_next(r, &row, e)) == 1) {
		if (row.n == 1 && row.len[0] == 0)
			continue;
		if (row.n != nhdr) {
			err_at(e, name, csv_reader_line(r),
			       "%zu fields, the header has %zu", row.n, nhdr);
			goto out;
		}
		if (add_row(*rep, &lay, &row, name, csv_reader_line(r), e) < 0)
			goto out;
		nrow++;
	}
	ret = st < 0 ? -1 : 0;
	/* not an error: a run may have found no quotes (issue #7) */
	if (!ret && !nrow)
		cli_warn("%s: no rows after the header", name);
out:
	cli_warn_reader(r);
	csv_reader_free(r);
	return ret;
}

int cmd_summarize(int argc, char **argv)
{
	const char *outdir = NULL;
	const char *title = "Stance toward NATO membership, by speaker";
	struct report *rep = NULL;
	struct layout first;
	struct err e;
	int c, i, quiet = 0, ret = 1;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': outdir = optarg; break;
		case 't': title = optarg; break;
		case 'q': quiet = 1; break;
		case 'h': fputs(usage_text, stdout); return 0;
		default:
			return cli_usage_error("summarize",
					       "unknown or incomplete option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error("summarize", "no QUOTES.csv given");
	for (i = optind; i < argc; i++)
		if (read_quotes(argv[i], &rep, &first, &e) < 0)
			goto fail;
	if (outdir && outputs_write_report(rep, outdir, title, &e) < 0)
		goto fail;
	if (!quiet) {
		report_print_table(rep, stdout);
		/* a table lost to a full disk or closed pipe is a failure */
		if (fflush(stdout) != 0 || ferror(stdout)) {
			err_set(&e, "<stdout>: write error: %s", strerror(errno));
			goto fail;
		}
	}
	ret = 0;
	goto out;
fail:
	ret = cli_fail(&e);
out:
	report_free(rep);
	return ret;
}
