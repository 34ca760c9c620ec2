/*
 * stance vectorize: the feature vectors a model sees, in libsvm's sparse
 * text format, so that libsvm's own tools (svm-predict) can be run on
 * exactly the same input as stance classify, to compare or to check.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "cmds.h"
#include "csv.h"
#include "err.h"
#include "feat.h"
#include "model.h"
#include "sbuf.h"
#include "util.h"

static const char usage_text[] =
"usage: stance vectorize [FILE|-] [-m MODEL] [-o OUT] [--text-col NAME]\n"
"\n"
"Write each quote's feature vector, as the model's stance task reads it\n"
"(without the scores it drops, see --raw-valence), in libsvm's format\n"
"(\"LABEL index:value ...\", indices from 1, as in the model's vocab.tsv\n"
"plus one). LABEL is the quote's gold stance as the model's label number\n"
"when the input has a 'stance' column with a known label, else 0.\n"
"svm-predict MODEL/stance.svm reads the result.\n"
"\n"
"  -m, --model DIR      model directory (default: the shipped models/nato)\n"
"      --text-col NAME  column holding the quote (default: text)\n"
"  -o, --output FILE    write here (atomically) instead of stdout\n";

enum { OPT_TEXT = 256 };

static const struct option longopts[] = {
	{ "model", required_argument, NULL, 'm' },
	{ "text-col", required_argument, NULL, OPT_TEXT },
	{ "output", required_argument, NULL, 'o' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static int gold_label(const struct model *m, const char *s)
{
	int t = model_task_find(m, "stance"), l;

	for (l = 0; t >= 0 && l < m->task[t].nlabel; l++)
		if (!strcmp(m->task[t].label[l], s))
			return l;
	return 0;
}

static int run(const struct model *m, struct featurizer *fz, const char *in,
	       const char *text_col, FILE *out, struct err *e)
{
	struct csv_reader *r = csv_reader_open(in, e);
	struct csv_row row;
	struct sbuf line = SBUF_INIT;
	int col, gold, st, ret = -1, task = model_task_find(m, "stance");
	size_t k, count, cap = 0;
	struct feat_node *buf = NULL;

	if (!r)
		return -1;
	st = csv_reader_next(r, &row, e);
	if (st == 0)
		err_at(e, csv_reader_name(r), 0, "empty file: no header row");
	if (st <= 0)
		goto out;
	col = csv_row_find(&row, text_col);
	gold = csv_row_find(&row, "stance");
	if (col < 0) {
		err_at(e, csv_reader_name(r), 1, "no column '%s' in the header",
		       text_col);
		goto out;
	}
	while ((st = csv_reader_next(r, &row, e)) == 1) {
		const struct feat_node *x;

		if ((size_t)col >= row.n)
			continue;
		x = feat_vector(fz, m->vocab, row.field[col], row.len[col],
				&count);
		/* what stance.svm reads: without the features it drops */
		if (task >= 0) {
			x = model_task_vector(m, task, x, count, &buf, &cap);
			for (count = 0; x[count].index != -1; count++)
				;
		}
		sbuf_reset(&line);
		sbuf_addf(&line, "%d", gold >= 0 && (size_t)gold < row.n ?
			  gold_label(m, row.field[gold]) : 0);
		for (k = 0; k < count; k++)
			sbuf_addf(&line, " %d:%.17g", x[k].index, x[k].value);
		sbuf_addc(&line, '\n');
		fwrite(line.buf, 1, line.len, out);
	}
	ret = st < 0 ? -1 : 0;
out:
	free(buf);
	sbuf_release(&line);
	csv_reader_free(r);
	return ret;
}

int cmd_vectorize(int argc, char **argv)
{
	const char *model_dir = NULL, *text_col = "text", *outp = "-", *in;
	struct featurizer *fz = NULL;
	struct model *m;
	struct afile af;
	struct err e;
	FILE *out;
	int c, ret = 1;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "m:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'm': model_dir = optarg; break;
		case 'o': outp = optarg; break;
		case OPT_TEXT: text_col = optarg; break;
		case 'h': fputs(usage_text, stdout); return 0;
		default:
			return cli_usage_error("vectorize",
					       "unknown or incomplete option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind < argc - 1)
		return cli_usage_error("vectorize", "expected at most one input");
	in = optind < argc ? argv[optind] : "-";
	m = model_load(model_dir ? model_dir : cli_default_model(argv[0]), &e);
	if (!m)
		return cli_fail(&e);
	fz = model_featurizer(m, &e);
	if (!fz || !(out = afile_open(&af, outp, &e)))
		goto done;
	if (run(m, fz, in, text_col, out, &e) < 0)
		afile_abort(&af);
	else if (afile_commit(&af, &e) == 0)
		ret = 0;
done:
	if (ret)
		cli_fail(&e);
	feat_free(fz);
	model_free(m);
	return ret;
}
