/*
 * stance analyze: articles in; who said what about NATO membership out.
 * Each article's quotations are extracted and attributed (speaker.h),
 * classified with the model, written to OUTDIR/quotes.csv, and summarised
 * per speaker on stdout, in OUTDIR/speakers.csv and in OUTDIR/speakers.svg.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "cmds.h"
#include "csv.h"
#include "err.h"
#include "inputs.h"
#include "model.h"
#include "outputs.h"
#include "pfor.h"
#include "quote.h"
#include "report.h"
#include "sbuf.h"
#include "speaker.h"
#include "util.h"
#include "xalloc.h"

static const char usage_text[] =
"usage: stance analyze ARTICLE|DIR... [-o OUTDIR] [options]\n"
"\n"
"Extract the quotations of each article, attribute them, label their\n"
"stance and sentiment, and summarise each speaker. An ARTICLE is a UTF-8\n"
"text file (a title, then paragraphs separated by blank lines, or one\n"
"per line when the file has no blank line); a DIR means its *.txt\n"
"files; - reads standard input.\n"
"\n"
"  -o, --output DIR   also write DIR/quotes.csv, DIR/speakers.csv and\n"
"                     DIR/speakers.svg (each replaced atomically)\n"
"  -m, --model DIR    model directory (default: the shipped models/nato)\n"
"      --title TEXT   title of the chart\n"
"  -j, --jobs N       classify on N threads (default: the number of\n"
"                     cores); the output is the same for every N\n"
"  -q, --quiet        no speaker table on stdout\n"
"      --quote-only   label a partial quote's stance from its own words\n"
"                     (default: from its sentence, as the guidelines\n"
"                     read a quote in context; sentiment always reads\n"
"                     the quote's own words)\n"
"\n"
"OUTDIR/quotes.csv has a row per quote: article, paragraph, start and end\n"
"(bytes), kind (direct, partial, indirect), speaker, mention, text, the\n"
"sentence the stance label read when it is not the quote (context), then\n"
"each task's label and probabilities.\n";

static const struct option longopts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "model", required_argument, NULL, 'm' },
	{ "title", required_argument, NULL, 't' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "quote-only", no_argument, NULL, 'Q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/* Labels of task t as the array report_new wants. */
static const char *const *task_labels(const struct model *m, int t,
				      const char **buf)
{
	int l;

	for (l = 0; l < m->task[t].nlabel; l++)
		buf[l] = m->task[t].label[l];
	return buf;
}

static void quotes_header(struct sbuf *sb, const struct model *m)
{
	int t, l;

	sbuf_adds(sb, "article,paragraph,start,end,kind,speaker,mention,text,"
		  "context");
	for (t = 0; t < m->ntask; t++) {
		sbuf_addf(sb, ",%s", m->task[t].name);
		for (l = 0; l < m->task[t].nlabel; l++)
			sbuf_addf(sb, ",%s_p_%s", m->task[t].name,
				  m->task[t].label[l]);
	}
	sbuf_addc(sb, '\n');
}

/* One article of a batch: its text as read, and its quotes. */
struct art {
	struct sbuf text, name;
	struct quote_list l;
};

/* Quotes of a batch of articles, classified in parallel. */
#define BATCH_QUOTES 4096
#define BATCH_ARTICLES 256

struct run {
	const struct model *m;
	struct featurizer **fz; /* one per thread */
	int nthreads;
	struct report *rep;
	int stance_t, sent_t;
	int quote_only; /* partial quotes' stance from their own words */
	FILE *quotes; /* NULL without -o */
	struct sbuf row, spk;
	struct art art[BATCH_ARTICLES];
	size_t nart, nquote;
	struct { size_t a, k; } *item; /* quote k of article a */
	struct model_prediction *pred;
	size_t cap_item, cap_pred;
};

/* Whether q's stance is read from its sentence (quote.h). */
static int reads_context(const struct run *r, const struct quote *q)
{
	return !r->quote_only && quote_reads_context(q);
}

static void predict_item(void *arg, int t, size_t i)
{
	struct run *r = arg;
	const struct art *a = &r->art[r->item[i].a];
	const struct quote *q = &a->l.q[r->item[i].k];

	model_predict_context(r->m, r->fz[t], a->text.buf + q->start,
			      q->end - q->start, a->text.buf + q->ctx_start,
			      reads_context(r, q) ? q->ctx_end - q->ctx_start :
						    0,
			      r->stance_t, &r->pred[i]);
}

/* Count one classified quote, and write its quotes.csv row. */
static void one_quote(struct run *r, const struct art *a, const struct quote *q,
		      const struct model_prediction *pred)
{
	const struct model *m = r->m;
	const char *text = a->text.buf, *article = a->name.buf;
	struct report_quote rq;
	int units[MODEL_MAX_TASKS][MODEL_MAX_LABELS], t, l;
	const char *spk = q->speaker ? q->speaker : SPEAKER_UNKNOWN;
	char p[8];

	for (t = 0; t < m->ntask; t++)
		for (l = 0; l < m->task[t].nlabel; l++)
			units[t][l] = report_prob_units(pred->prob[t][l]);
	/* names come from the article's bytes too: valid UTF-8 for the SVG */
	sbuf_reset(&r->spk);
	csv_utf8_repair(&r->spk, spk, strlen(spk));
	spk = r->spk.buf;
	rq.article = article;
	rq.speaker = spk;
	sbuf_reset(&r->row);
	csv_utf8_repair(&r->row, text + q->start, q->end - q->start);
	rq.text = r->row.buf;
	rq.start = q->start;
	rq.stance = pred->label[r->stance_t];
	rq.stance_p = units[r->stance_t];
	rq.sentiment = r->sent_t >= 0 ? pred->label[r->sent_t] : -1;
	rq.sentiment_p = r->sent_t >= 0 ? units[r->sent_t] : NULL;
	report_add(r->rep, &rq);
	if (!r->quotes)
		return;
	sbuf_reset(&r->row);
	csv_add_field(&r->row, article, strlen(article));
	sbuf_addf(&r->row, ",%zu,%zu,%zu,%s,", q->para + 1, q->start, q->end,
		  quote_kind_name(q->kind));
	csv_add_field(&r->row, spk, strlen(spk));
	sbuf_addc(&r->row, ',');
	csv_add_field_repaired(&r->row, text + q->mention_start,
			       q->mention_end - q->mention_start);
	sbuf_addc(&r->row, ',');
	csv_add_field_repaired(&r->row, text + q->start, q->end - q->start);
	sbuf_addc(&r->row, ',');
	if (reads_context(r, q))
		csv_add_field_repaired(&r->row, text + q->ctx_start,
				       q->ctx_end - q->ctx_start);
	for (t = 0; t < m->ntask; t++) {
		sbuf_addc(&r->row, ',');
		sbuf_adds(&r->row, m->task[t].label[pred->label[t]]);
		for (l = 0; l < m->task[t].nlabel; l++) {
			report_format_prob(units[t][l], p);
			sbuf_addc(&r->row, ',');
			sbuf_add(&r->row, p, 6);
		}
	}
	sbuf_addc(&r->row, '\n');
	fwrite(r->row.buf, 1, r->row.len, r->quotes);
}

/* Classify the batch's quotes on all threads, then count them in order. */
static void flush(struct run *r)
{
	size_t i;

	r->pred = xgrow(r->pred, &r->cap_pred, r->nquote + 1, sizeof(*r->pred));
	pfor(r->nthreads, r->nquote, predict_item, r);
	for (i = 0; i < r->nquote; i++) {
		const struct art *a = &r->art[r->item[i].a];

		one_quote(r, a, &a->l.q[r->item[i].k], &r->pred[i]);
	}
	for (i = 0; i < r->nart; i++) {
		quote_list_release(&r->art[i].l);
		sbuf_reset(&r->art[i].text);
	}
	r->nart = r->nquote = 0;
}

static int analyze_file(struct run *r, const char *path, struct err *e)
{
	struct art *a;
	size_t k;

	if (r->nart == BATCH_ARTICLES || r->nquote >= BATCH_QUOTES)
		flush(r);
	a = &r->art[r->nart];
	sbuf_reset(&a->text);
	if (inputs_read(path, &a->text, e) < 0)
		return -1;
	/* the file's own bytes: offsets are the file's; output is repaired */
	inputs_check_text(path, a->text.buf, a->text.len);
	inputs_article_name(&a->name, path);
	speaker_extract(a->text.buf, a->text.len, &a->l);
	r->item = xgrow(r->item, &r->cap_item, r->nquote + a->l.n + 1,
			sizeof(*r->item));
	for (k = 0; k < a->l.n; k++) {
		r->item[r->nquote].a = r->nart;
		r->item[r->nquote++].k = k;
	}
	r->nart++;
	return 0;
}

static void run_release(struct run *r)
{
	int t;
	size_t i;

	for (t = 0; t < r->nthreads && r->fz; t++)
		feat_free(r->fz[t]);
	free(r->fz);
	for (i = 0; i < BATCH_ARTICLES; i++) {
		quote_list_release(&r->art[i].l);
		sbuf_release(&r->art[i].text);
		sbuf_release(&r->art[i].name);
	}
	free(r->item);
	free(r->pred);
	sbuf_release(&r->row);
	sbuf_release(&r->spk);
	report_free(r->rep);
}

int cmd_analyze(int argc, char **argv)
{
	const char *model_dir = NULL, *outdir = NULL;
	const char *title = "Stance toward NATO membership, by speaker";
	const char *lab[2][MODEL_MAX_LABELS];
	struct inputs in = { 0 };
	struct afile qaf;
	struct run r;
	struct err e;
	struct model *m = NULL;
	struct sbuf path = SBUF_INIT;
	int c, quiet = 0, quote_only = 0, ret = 1, nthreads = pfor_cores();
	size_t i;
	long v;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "o:m:j:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'j':
			if (cli_int_arg(optarg, 1, 256, &v) < 0)
				return cli_usage_error("analyze", "-j takes 1..256");
			nthreads = (int)v;
			break;
		case 'o': outdir = optarg; break;
		case 'm': model_dir = optarg; break;
		case 't': title = optarg; break;
		case 'q': quiet = 1; break;
		case 'Q': quote_only = 1; break;
		case 'h': fputs(usage_text, stdout); return 0;
		default:
			return cli_usage_error("analyze",
					       "unknown or incomplete option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error("analyze", "no ARTICLE or DIR given");
	memset(&r, 0, sizeof(r));
	sbuf_init(&r.row);
	sbuf_init(&r.spk);
	for (i = 0; i < BATCH_ARTICLES; i++) {
		sbuf_init(&r.art[i].text);
		sbuf_init(&r.art[i].name);
	}
	r.nthreads = nthreads;
	r.quote_only = quote_only;
	memset(&qaf, 0, sizeof(qaf));
	if (inputs_expand(&in, argv + optind, (size_t)(argc - optind), &e) < 0)
		goto fail;
	m = model_load(model_dir ? model_dir : cli_default_model(argv[0]), &e);
	if (!m)
		goto fail;
	r.m = m;
	r.stance_t = model_task_find(m, "stance");
	r.sent_t = model_task_find(m, "sentiment");
	if (r.stance_t < 0) {
		err_set(&e, "the model has no stance task");
		goto fail;
	}
	r.fz = xcalloc((size_t)r.nthreads, sizeof(*r.fz));
	for (c = 0; c < r.nthreads; c++) {
		r.fz[c] = model_featurizer(m, &e);
		if (!r.fz[c])
			goto fail;
	}
	r.rep = report_new(task_labels(m, r.stance_t, lab[0]),
			   m->task[r.stance_t].nlabel,
			   r.sent_t >= 0 ? task_labels(m, r.sent_t, lab[1]) : NULL,
			   r.sent_t >= 0 ? m->task[r.sent_t].nlabel : 0);
	if (outdir) {
		if (outputs_make_dir(outdir, &e) < 0)
			goto fail;
		sbuf_addf(&path, "%s/quotes.csv", outdir);
		r.quotes = afile_open(&qaf, path.buf, &e);
		if (!r.quotes)
			goto fail;
		sbuf_reset(&path);
		quotes_header(&path, m);
		fwrite(path.buf, 1, path.len, r.quotes);
	}
	for (i = 0; i < in.n; i++) {
		if (in.n > 1)
			cli_progress("articles", (long)i, (long)in.n);
		if (analyze_file(&r, in.path[i], &e) < 0)
			goto fail;
	}
	flush(&r);
	if (in.n > 1)
		cli_progress_end();
	if (outdir) {
		r.quotes = NULL; /* committed or aborted below, not twice */
		if (afile_commit(&qaf, &e) < 0 ||
		    outputs_write_report(r.rep, outdir, title, &e) < 0)
			goto fail;
	}
	if (!quiet)
		report_print_table(r.rep, stdout);
	if (fflush(stdout) != 0) {
		err_set(&e, "write error on standard output");
		goto fail;
	}
	ret = 0;
	goto out;
fail:
	cli_progress_end();
	if (r.quotes)
		afile_abort(&qaf);
	ret = cli_fail(&e);
out:
	sbuf_release(&path);
	run_release(&r);
	model_free(m);
	inputs_release(&in);
	return ret;
}
