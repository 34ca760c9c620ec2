/*
 * stance eval: score a model against a labeled CSV (issue 5), or score a
 * file `stance classify` already labeled. Per task: precision, recall and
 * F1 per label, macro-F1, accuracy, F_avg when a favour and an against
 * label exist, calibration (Brier, ECE) and the confusion matrix.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "csv.h"
#include "eval.h"
#include "err.h"
#include "metrics.h"
#include "model.h"
#include "sbuf.h"
#include "util.h"
#include "xalloc.h"

static const char usage_text[] =
"usage: stance eval -m MODEL CORPUS.csv [options]\n"
"       stance eval --classified FILE.csv [options]\n"
"\n"
"Score a model on a labeled CSV: for stance and, when the column exists,\n"
"sentiment, print precision, recall and F1 per label, macro-F1, accuracy,\n"
"F_avg = (F1 favour + F1 against) / 2 (the SemEval-2016 Task 6 score),\n"
"the Brier score and expected calibration error of the probabilities, and\n"
"the confusion matrix. With --classified, score the output of `stance\n"
"classify` instead: each task column T against its gold column gold_T\n"
"(classify renames an input column T to gold_T), with the probabilities\n"
"from its T_p_LABEL columns; no model is needed. A file with T and gold_T\n"
"but no probability columns (another tool's labels, a second annotator's)\n"
"is scored on its labels alone, in the order they first appear, without\n"
"the Brier score and ECE.\n"
"\n"
"  -m, --model DIR         model directory (default: the shipped models/nato)\n"
"      --classified        FILE is `stance classify` output\n"
"      --text-col NAME     column holding the quote (default: text)\n"
"      --stance-col NAME   gold stance column (default: the model's)\n"
"      --sentiment-col NAME  gold sentiment column (default: the model's)\n"
"      --favor LABEL       favour label of F_avg (default: pro, favor...)\n"
"      --against LABEL     against label of F_avg (default: against)\n"
"      --csv               print task,label,metric,value rows\n";

enum {
	OPT_TEXT = 256, OPT_STANCE, OPT_SENT, OPT_FAVOR, OPT_AGAINST, OPT_CSV,
	OPT_CLASSIFIED,
};

static const struct option longopts[] = {
	{ "model", required_argument, NULL, 'm' },
	{ "classified", no_argument, NULL, OPT_CLASSIFIED },
	{ "text-col", required_argument, NULL, OPT_TEXT },
	{ "stance-col", required_argument, NULL, OPT_STANCE },
	{ "sentiment-col", required_argument, NULL, OPT_SENT },
	{ "favor", required_argument, NULL, OPT_FAVOR },
	{ "against", required_argument, NULL, OPT_AGAINST },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

struct opts {
	const char *text_col, *stance_col, *sentiment_col;
	const char *favor, *against;
	int csv;
};

/* What is scored for one task: where its columns are, and the counts. */
struct task {
	int model_task;        /* index in the model (model mode) */
	int gold, pred;        /* columns; pred is -1 in model mode */
	int prob[METRICS_MAX_LABELS];
	int labels_only;       /* classified without probabilities */
	struct metrics m;
};

struct eval {
	struct task task[MODEL_MAX_TASKS];
	int ntask;
};

static int label_index(const struct metrics *m, const char *s)
{
	return cli_label_index((const char (*)[32])m->label, m->nlabel, s);
}

static void label_list(const struct metrics *m, struct sbuf *sb)
{
	int l;

	for (l = 0; l < m->nlabel; l++)
		sbuf_addf(sb, "%s%s", l ? ", " : "", m->label[l]);
}

/* The label id of row field s for task k, or -1 with *e set. */
static int gold_label(struct csv_reader *r, const struct csv_row *hdr,
		      const struct task *k, const char *s, struct err *e)
{
	struct sbuf known = SBUF_INIT;
	int l = label_index(&k->m, s);

	if (l >= 0)
		return l;
	label_list(&k->m, &known);
	err_at(e, csv_reader_name(r), csv_reader_line(r),
	       "unknown label '%s' in column '%s' (expected one of %s)", s,
	       hdr->field[k->gold], known.buf);
	sbuf_release(&known);
	return -1;
}

static const char *gold_column(const struct opts *o, const char *task,
			       const char *dflt)
{
	if (!strcmp(task, "stance") && o->stance_col)
		return o->stance_col;
	if (!strcmp(task, "sentiment") && o->sentiment_col)
		return o->sentiment_col;
	return dflt;
}

/* Model mode: find the text and gold columns; tasks without one are skipped. */
static int setup_model(struct eval *ev, const struct model *md,
		       const struct csv_row *hdr, const struct opts *o,
		       int *col_text, const char *name, struct err *e)
{
	int t;

	*col_text = csv_row_find(hdr, o->text_col);
	if (*col_text < 0)
		return err_at(e, name, 1, "no column '%s' in the header",
			      o->text_col);
	for (t = 0; t < md->ntask; t++) {
		const char *col = gold_column(o, md->task[t].name,
					      md->task[t].column);
		struct task *k = &ev->task[ev->ntask];

		k->gold = csv_row_find(hdr, col);
		if (k->gold < 0)
			continue;
		k->model_task = t;
		k->pred = -1;
		metrics_init(&k->m, md->task[t].name,
			     (const char (*)[32])md->task[t].label,
			     md->task[t].nlabel);
		ev->ntask++;
	}
	if (!ev->ntask)
		return err_at(e, name, 1,
			      "no gold label column ('%s') in the header",
			      gold_column(o, md->task[0].name,
					  md->task[0].column));
	return 0;
}

/*
 * Classified mode: a task is a column T with a gold_T column beside it
 * and its T_p_LABEL probability columns (labels in header order).
 */
static int setup_classified(struct eval *ev, const struct csv_row *hdr,
			    const char *name, struct err *e)
{
	char label[METRICS_MAX_LABELS][32];
	int prob[METRICS_MAX_LABELS];
	size_t c;
	struct sbuf want = SBUF_INIT;

	for (c = 0; c < hdr->n && ev->ntask < MODEL_MAX_TASKS; c++) {
		const char *t = hdr->field[c];
		size_t tn = hdr->len[c];
		int gold, nl = 0;
		struct task *k = &ev->task[ev->ntask];

		if (!tn || tn >= 32)
			continue;
		sbuf_reset(&want);
		sbuf_addf(&want, "gold_%s", t);
		gold = csv_row_find(hdr, want.buf);
		if (gold < 0)
			continue;
		nl = csv_row_prob_columns(hdr, t, label, prob,
					  METRICS_MAX_LABELS, NULL);
		/* no probabilities: the labels are learnt from the rows */
		k->labels_only = nl < 2;
		if (k->labels_only)
			nl = 0;
		k->gold = gold;
		k->pred = (int)c;
		memcpy(k->prob, prob, sizeof(prob));
		metrics_init(&k->m, t, (const char (*)[32])label, nl);
		ev->ntask++;
	}
	sbuf_release(&want);
	if (!ev->ntask)
		return err_at(e, name, 1,
			      "no classified task: expected columns T and gold_T "
			      "(and T_p_LABEL, as `stance classify` writes "
			      "them)");
	return 0;
}

/*
 * Labels-only mode: the id of the label in column col, added to the task's
 * labels when first met; -1 with *e set on an empty or overlong label or
 * one label too many.
 */
static int learnt_label(struct csv_reader *r, const struct csv_row *hdr,
			const struct csv_row *row, struct task *k, int col,
			struct err *e)
{
	struct metrics *m = &k->m;
	const char *s = row->field[col];
	int l = label_index(m, s);

	if (l >= 0)
		return l;
	if (!row->len[col] || row->len[col] >= sizeof(m->label[0]))
		return err_at(e, csv_reader_name(r), csv_reader_line(r),
			      "%s label in column '%s'",
			      row->len[col] ? "overlong" : "empty",
			      hdr->field[col]);
	if (m->nlabel == METRICS_MAX_LABELS)
		return err_at(e, csv_reader_name(r), csv_reader_line(r),
			      "more than %d labels in column '%s' ('%s')",
			      METRICS_MAX_LABELS, hdr->field[col], s);
	memcpy(m->label[m->nlabel], s, row->len[col] + 1);
	return m->nlabel++;
}

static int add_classified(struct eval *ev, struct csv_reader *r,
			  const struct csv_row *hdr, const struct csv_row *row,
			  struct err *e)
{
	double prob[METRICS_MAX_LABELS];
	int t, l, g, p;
	char *end;

	for (t = 0; t < ev->ntask; t++) {
		struct task *k = &ev->task[t];

		if (k->labels_only) {
			g = learnt_label(r, hdr, row, k, k->gold, e);
			p = g < 0 ? -1 : learnt_label(r, hdr, row, k, k->pred, e);
			if (p < 0)
				return -1;
			metrics_add(&k->m, g, p, NULL);
			continue;
		}
		g = gold_label(r, hdr, k, row->field[k->gold], e);
		if (g < 0)
			return -1;
		p = label_index(&k->m, row->field[k->pred]);
		if (p < 0)
			return err_at(e, csv_reader_name(r), csv_reader_line(r),
				      "predicted label '%s' in column '%s' has no "
				      "probability column", row->field[k->pred],
				      k->m.task);
		for (l = 0; l < k->m.nlabel; l++) {
			prob[l] = strtod(row->field[k->prob[l]], &end);
			if (end == row->field[k->prob[l]] || *end ||
			    !(prob[l] >= 0 && prob[l] <= 1))
				return err_at(e, csv_reader_name(r),
					      csv_reader_line(r),
					      "bad probability '%s' in column '%s'",
					      row->field[k->prob[l]],
					      hdr->field[k->prob[l]]);
		}
		metrics_add(&k->m, g, p, prob);
	}
	return 0;
}

static int add_predicted(struct eval *ev, const struct model *md,
			 struct featurizer *fz, struct csv_reader *r,
			 const struct csv_row *hdr, const struct csv_row *row,
			 int col_text, struct err *e)
{
	struct model_prediction pred;
	int t, g, g_ids[MODEL_MAX_TASKS];

	/* check every gold label before spending time on the prediction */
	for (t = 0; t < ev->ntask; t++) {
		g = gold_label(r, hdr, &ev->task[t], row->field[ev->task[t].gold],
			       e);
		if (g < 0)
			return -1;
		g_ids[t] = g;
	}
	model_predict(md, fz, row->field[col_text], row->len[col_text], &pred);
	for (t = 0; t < ev->ntask; t++) {
		int mt = ev->task[t].model_task;

		metrics_add(&ev->task[t].m, g_ids[t], pred.label[mt],
			    pred.prob[mt]);
	}
	return 0;
}

static int run(struct eval *ev, const char *path, const struct model *md,
	       struct featurizer *fz, const struct opts *o, struct err *e)
{
	struct csv_reader *r = csv_reader_open(path, e);
	struct csv_row row, hdr;
	struct cli_header hcopy = { NULL, NULL, NULL, 0 };
	size_t nhdr;
	int st, col_text = -1, ret = -1;

	if (!r)
		return -1;
	st = csv_reader_next(r, &row, e);
	if (st <= 0) {
		if (st == 0)
			err_at(e, csv_reader_name(r), 0, "empty file: no header row");
		goto out;
	}
	/* the header is needed in messages after the reader moves on: copy it */
	nhdr = row.n;
	cli_header_copy(&hcopy, &row);
	cli_header_row(&hcopy, &hdr);
	if (md ? setup_model(ev, md, &hdr, o, &col_text, path, e) :
		 setup_classified(ev, &hdr, path, e))
		goto out;
	while ((st = csv_reader_next(r, &row, e)) == 1) {
		if (row.n == 1 && row.len[0] == 0 && nhdr > 1)
			continue; /* blank line */
		if (row.n != nhdr) {
			err_at(e, csv_reader_name(r), csv_reader_line(r),
			       "%zu fields, the header has %zu", row.n, nhdr);
			goto out;
		}
		if (md ? add_predicted(ev, md, fz, r, &hdr, &row, col_text, e) :
			 add_classified(ev, r, &hdr, &row, e))
			goto out;
	}
	if (st < 0)
		goto out;
	if (ev->task[0].m.n == 0) {
		err_at(e, path, 0, "no rows after the header");
		goto out;
	}
	ret = 0;
out:
	cli_warn_reader(r);
	csv_reader_free(r);
	cli_header_free(&hcopy);
	return ret;
}

/* --favor and --against name stance labels: they must exist. */
static int check_named_labels(const struct eval *ev, const struct opts *o,
			      struct err *e)
{
	int t, fl, al;

	for (t = 0; t < ev->ntask; t++) {
		const struct metrics *m = &ev->task[t].m;

		if (strcmp(m->task, "stance") || (!o->favor && !o->against))
			continue;
		metrics_f_avg_labels(m, o->favor, o->against, &fl, &al);
		if (o->favor && fl < 0)
			return err_set(e, "no stance label '%s' (--favor)",
				       o->favor);
		if (o->against && al < 0)
			return err_set(e, "no stance label '%s' (--against)",
				       o->against);
	}
	return 0;
}

void eval_print(const struct metrics *m, int n, const char *favor,
		const char *against, int csv, FILE *fp)
{
	struct sbuf out = SBUF_INIT;
	int t;

	for (t = 0; t < n; t++) {
		int stance = !strcmp(m[t].task, "stance");
		const char *f = stance ? favor : NULL;
		const char *a = stance ? against : NULL;

		if (csv) {
			metrics_format_csv(&m[t], f, a, t == 0, &out);
		} else {
			if (t)
				sbuf_addc(&out, '\n');
			metrics_format(&m[t], f, a, &out);
		}
	}
	fwrite(out.buf, 1, out.len, fp);
	sbuf_release(&out);
}

int cmd_eval(int argc, char **argv)
{
	const char *model_dir = NULL;
	struct opts o = { .text_col = "text" };
	struct metrics all[MODEL_MAX_TASKS];
	struct eval ev;
	struct err e;
	struct model *md = NULL;
	struct featurizer *fz = NULL;
	int c, classified = 0, ret, t;

	opterr = 0; /* our own message names the command */
	while ((c = getopt_long(argc, argv, "m:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'm': model_dir = optarg; break;
		case OPT_CLASSIFIED: classified = 1; break;
		case OPT_TEXT: o.text_col = optarg; break;
		case OPT_STANCE: o.stance_col = optarg; break;
		case OPT_SENT: o.sentiment_col = optarg; break;
		case OPT_FAVOR: o.favor = optarg; break;
		case OPT_AGAINST: o.against = optarg; break;
		case OPT_CSV: o.csv = 1; break;
		case 'h': fputs(usage_text, stdout); return 0;
		default:
			return cli_usage_error("eval", "unknown or incomplete option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind != argc - 1)
		return cli_usage_error("eval", "expected one labeled CSV file");
	if (classified && model_dir)
		return cli_usage_error("eval", "--classified takes no model");
	memset(&ev, 0, sizeof(ev));
	if (!classified) {
		if (!model_dir)
			model_dir = cli_default_model(argv[0]);
		md = model_load(model_dir, &e);
		if (!md)
			return cli_fail(&e);
		fz = model_featurizer(md, &e);
		if (!fz) {
			model_free(md);
			return cli_fail(&e);
		}
	}
	ret = run(&ev, argv[optind], md, fz, &o, &e);
	if (ret == 0)
		ret = check_named_labels(&ev, &o, &e);
	if (ret < 0) {
		ret = cli_fail(&e);
	} else {
		for (t = 0; t < ev.ntask; t++)
			all[t] = ev.task[t].m;
		eval_print(all, ev.ntask, o.favor, o.against, o.csv, stdout);
		ret = 0;
	}
	feat_free(fz);
	model_free(md);
	return ret;
}
