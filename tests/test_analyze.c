/*
 * analyze and summarize end to end, through the binary (STANCE_BIN):
 * the seed article's speakers and counts against its gold file, reports
 * that a CSV reader and an XML parser read back, and the merge property
 * on a set of articles split in two.
 */
#include <criterion/criterion.h>
#include <libxml/parser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "sbuf.h"
#include "testutil.h"

#define SEED "corpus/articles/seed.txt"
#define SEED_GOLD "corpus/articles/seed.gold.csv"
#define ARTICLES "tests/data/analyze"

static const char *bin(void)
{
	const char *b = getenv("STANCE_BIN");

	return b && *b ? b : "bin/stance";
}

/* Run "$STANCE_BIN ARGS" through the shell; its exit status. */
static int run(const char *fmt, ...)
{
	char cmd[4096];
	int n, st;
	va_list ap;

	n = snprintf(cmd, sizeof(cmd), "%s ", bin());
	va_start(ap, fmt);
	vsnprintf(cmd + n, sizeof(cmd) - (size_t)n, fmt, ap);
	va_end(ap);
	st = system(cmd);
	cr_assert_neq(st, -1);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

/* Rows of a CSV file, each checked to have the header's field count. */
static size_t csv_rows(const char *path, const char *col, const char *want,
		       size_t *matches)
{
	struct err e;
	struct csv_reader *r = csv_reader_open(path, &e);
	struct csv_row row;
	size_t n = 0, nhdr;
	int st, c;

	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	nhdr = row.n;
	c = col ? csv_row_find(&row, col) : -1;
	if (matches)
		*matches = 0;
	while ((st = csv_reader_next(r, &row, &e)) == 1) {
		cr_assert_eq(row.n, nhdr, "%s:%ld: %zu fields, header %zu", path,
			     csv_reader_line(r), row.n, nhdr);
		if (c >= 0 && matches && !strcmp(row.field[c], want))
			(*matches)++;
		n++;
	}
	cr_assert_eq(st, 0, "%s", e.msg);
	csv_reader_free(r);
	return n;
}

/* A numeric column of speakers.csv for one speaker, or -1. */
static long speaker_field(const char *path, const char *speaker,
			  const char *col)
{
	struct err e;
	struct csv_reader *r = csv_reader_open(path, &e);
	struct csv_row row;
	long found = -1;
	int cs, cq;

	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cs = csv_row_find(&row, "speaker");
	cq = csv_row_find(&row, col);
	cr_assert(cs >= 0 && cq >= 0);
	while (csv_reader_next(r, &row, &e) == 1)
		if (!strcmp(row.field[cs], speaker))
			found = atol(row.field[cq]);
	csv_reader_free(r);
	return found;
}

Test(analyze, seed_article_gives_the_gold_speakers_and_counts)
{
	char *dir = tu_tmpdir(), *spk = tu_path(dir, "speakers.csv");
	struct err e;
	struct csv_reader *g;
	struct csv_row row;
	char names[32][64];
	long want[32];
	size_t ng = 0, i;
	int cs;

	cr_assert_eq(run("analyze -q %s -o %s", SEED, dir), 0);
	/* gold: count quotes per speaker */
	g = csv_reader_open(SEED_GOLD, &e);
	cr_assert_not_null(g, "%s", e.msg);
	cr_assert_eq(csv_reader_next(g, &row, &e), 1);
	cs = csv_row_find(&row, "speaker");
	while (csv_reader_next(g, &row, &e) == 1) {
		for (i = 0; i < ng && strcmp(names[i], row.field[cs]); i++)
			;
		if (i == ng) {
			snprintf(names[ng], sizeof(names[ng]), "%s", row.field[cs]);
			want[ng++] = 0;
		}
		want[i]++;
	}
	csv_reader_free(g);
	cr_assert_geq(ng, 5);
	for (i = 0; i < ng; i++)
		cr_expect_eq(speaker_field(spk, names[i], "quotes"), want[i],
			     "%s: %ld quotes, gold %ld", names[i],
			     speaker_field(spk, names[i], "quotes"), want[i]);
	cr_assert_eq(csv_rows(spk, NULL, NULL, NULL), ng,
		     "speakers other than the gold file's");
	tu_rmtree(dir);
	free(spk);
	free(dir);
}

Test(analyze, reports_read_back)
{
	char *dir = tu_tmpdir(), *q = tu_path(dir, "quotes.csv");
	char *s = tu_path(dir, "speakers.csv"), *svg = tu_path(dir, "speakers.svg");
	size_t unknown;
	xmlDocPtr doc;

	cr_assert_eq(run("analyze -q %s %s -o %s", ARTICLES, SEED, dir), 0);
	cr_assert_geq(csv_rows(q, "speaker", "UNKNOWN", &unknown), 25);
	cr_assert_geq(csv_rows(s, NULL, NULL, NULL), 8);
	doc = xmlReadFile(svg, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
			  XML_PARSE_NOWARNING);
	cr_assert_not_null(doc, "%s is not well-formed XML", svg);
	cr_assert_str_eq((const char *)xmlDocGetRootElement(doc)->name, "svg");
	xmlFreeDoc(doc);
	tu_rmtree(dir);
	free(q);
	free(s);
	free(svg);
	free(dir);
}

/* The kind, speaker, mention and text columns of extract output, joined. */
static char *extract_columns(const char *path)
{
	struct err e;
	struct csv_reader *r = csv_reader_open(path, &e);
	struct csv_row row;
	struct sbuf sb = SBUF_INIT;
	size_t c;

	cr_assert_not_null(r, "%s", e.msg);
	while (csv_reader_next(r, &row, &e) == 1)
		for (c = 4; c < row.n; c++)
			sbuf_addf(&sb, "%s%c", row.field[c],
				  c + 1 < row.n ? '|' : '\n');
	csv_reader_free(r);
	return sbuf_detach(&sb);
}

/* Scraped text puts a paragraph on each line, with no blank lines. */
Test(analyze, one_paragraph_per_line_finds_the_same_quotes)
{
	char *dir = tu_tmpdir(), *flat = tu_path(dir, "seed.txt");
	char *o1 = tu_path(dir, "a.csv"), *o2 = tu_path(dir, "b.csv");
	char *text = tu_read(SEED, NULL), *w = text, *a, *b;
	const char *p;

	/* drop every blank line */
	for (p = text; *p; p++)
		if (!(*p == '\n' && w > text && w[-1] == '\n'))
			*w++ = *p;
	*w = '\0';
	cr_assert_null(strstr(text, "\n\n"));
	tu_write_str(flat, text);
	cr_assert_eq(run("extract %s -o %s", SEED, o1), 0);
	cr_assert_eq(run("extract %s -o %s", flat, o2), 0);
	a = extract_columns(o1);
	b = extract_columns(o2);
	cr_expect_str_eq(b, a);
	cr_expect_gt(strlen(a), 1000);
	free(a);
	free(b);
	free(text);
	tu_rmtree(dir);
	free(flat);
	free(o1);
	free(o2);
	free(dir);
}

/* score-extract reads analyze's quotes.csv: extraction and label scores */
Test(analyze, score_extract_scores_its_labels)
{
	char *dir = tu_tmpdir(), *q = tu_path(dir, "quotes.csv");
	char *o = tu_path(dir, "score.txt"), *text;
	const char *p;
	unsigned scored = 0, left = 0;

	cr_assert_eq(run("analyze -q %s -o %s", SEED, dir), 0);
	cr_assert_eq(run("score-extract -p %s -x corpus/nato-quotes.csv %s "
			 ">%s", q, SEED_GOLD, o), 0);
	text = tu_read(o, NULL);
	cr_expect(strstr(text, "all          18    18    18  1.000"), "%s",
		  text);
	p = strstr(text, "against the gold labels (");
	cr_assert_not_null(p, "%s", text);
	cr_assert_eq(sscanf(p, "against the gold labels (%u quotes left out",
			    &left), 1, "%s", text);
	p = strstr(text, "stance: ");
	cr_assert_not_null(p, "%s", text);
	cr_assert_eq(sscanf(p, "stance: %u quotes", &scored), 1);
	/* the seed's quotes that are also training quotes are left out */
	cr_expect(left > 0 && left + scored == 18, "%u + %u", left, scored);
	cr_expect(strstr(text, "sentiment: "), "%s", text);
	/* a missing corpus fails, naming it */
	cr_expect_eq(run("score-extract -p %s -x %s/none.csv %s 2>%s", q, dir,
			 SEED_GOLD, o), 1);
	free(text);
	text = tu_read(o, NULL);
	cr_expect(strstr(text, "none.csv"), "%s", text);
	free(text);
	tu_rmtree(dir);
	free(q);
	free(o);
	free(dir);
}

static char *slurp_in(const char *dir, const char *name)
{
	char *p = tu_path(dir, name), *text = tu_read(p, NULL);

	free(p);
	return text;
}

Test(analyze, summaries_of_halves_merge_into_the_whole)
{
	char *whole = tu_tmpdir(), *h1 = tu_tmpdir(), *h2 = tu_tmpdir();
	char *merged = tu_tmpdir(), *a, *b;
	const char *f[] = { "speakers.csv", "speakers.svg" };
	size_t i;

	cr_assert_eq(run("analyze -q %s -o %s", ARTICLES, whole), 0);
	cr_assert_eq(run("analyze -q %s/a1.txt %s/a3.txt -o %s", ARTICLES,
			 ARTICLES, h1), 0);
	cr_assert_eq(run("analyze -q %s/a2.txt %s/a4.txt -o %s", ARTICLES,
			 ARTICLES, h2), 0);
	/* the second half first: order must not matter */
	cr_assert_eq(run("summarize -q %s/quotes.csv %s/quotes.csv -o %s", h2,
			 h1, merged), 0);
	for (i = 0; i < 2; i++) {
		a = slurp_in(whole, f[i]);
		b = slurp_in(merged, f[i]);
		cr_assert_str_eq(a, b, "%s differs", f[i]);
		free(a);
		free(b);
	}
	/* and summarize of the whole run's quotes agrees with analyze */
	cr_assert_eq(run("summarize -q %s/quotes.csv -o %s", whole, merged), 0);
	a = slurp_in(whole, "speakers.csv");
	b = slurp_in(merged, "speakers.csv");
	cr_assert_str_eq(a, b);
	free(a);
	free(b);
	/* one speaker across articles: "Peskov" alone joins "Dmitry Peskov" */
	a = tu_path(whole, "speakers.csv");
	cr_assert_eq(speaker_field(a, "Dmitry Peskov", "quotes"), 4);
	cr_assert_eq(speaker_field(a, "Dmitry Peskov", "articles"), 3);
	cr_assert_eq(speaker_field(a, "Peskov", "quotes"), -1);
	free(a);
	tu_rmtree(whole);
	tu_rmtree(h1);
	tu_rmtree(h2);
	tu_rmtree(merged);
	free(whole);
	free(h1);
	free(h2);
	free(merged);
}

Test(analyze, output_path_that_is_a_file_fails_and_keeps_it)
{
	char *dir = tu_tmpdir(), *f = tu_path(dir, "report");
	char *text;

	tu_write_str(f, "keep me\n");
	cr_assert_eq(run("analyze -q %s -o %s 2>/dev/null", SEED, f), 1);
	text = tu_read(f, NULL);
	cr_assert_str_eq(text, "keep me\n");
	cr_assert_eq(tu_count_entries(dir), 1, "something was left behind");
	free(text);
	tu_rmtree(dir);
	free(f);
	free(dir);
}

Test(analyze, missing_article_names_the_file)
{
	char *dir = tu_tmpdir(), *err = tu_path(dir, "err"), *text;

	cr_assert_eq(run("analyze -q no/such/article.txt 2>%s", err), 1);
	text = tu_read(err, NULL);
	cr_assert_not_null(strstr(text, "no/such/article.txt: cannot open"),
			   "%s", text);
	free(text);
	tu_rmtree(dir);
	free(err);
	free(dir);
}

Test(summarize, refuses_files_of_different_models)
{
	char *dir = tu_tmpdir(), *a = tu_path(dir, "a.csv");
	char *b = tu_path(dir, "b.csv"), *err = tu_path(dir, "err"), *text;

	tu_write_str(a, "article,speaker,text,stance,stance_p_pro,stance_p_against\n"
		     "x,A B,t,pro,0.9,0.1\n");
	tu_write_str(b, "article,speaker,text,stance,stance_p_FAVOR,stance_p_AGAINST\n"
		     "x,A B,t,FAVOR,0.9,0.1\n");
	cr_assert_eq(run("summarize -q %s %s 2>%s", a, b, err), 1);
	text = tu_read(err, NULL);
	cr_assert_not_null(strstr(text, "b.csv:1: labels differ"), "%s", text);
	free(text);
	cr_assert_eq(run("summarize %s", a), 0);
	tu_rmtree(dir);
	free(a);
	free(b);
	free(err);
	free(dir);
}

Test(summarize, refuses_a_file_that_is_not_quotes)
{
	char *dir = tu_tmpdir(), *a = tu_path(dir, "a.csv");
	char *err = tu_path(dir, "err"), *text;

	tu_write_str(a, "id,text\n1,hello\n");
	cr_assert_eq(run("summarize %s 2>%s", a, err), 1);
	text = tu_read(err, NULL);
	cr_assert_not_null(strstr(text, "a.csv:1: no column 'article'"), "%s",
			   text);
	tu_write_str(a, "article,speaker,text,stance,stance_p_pro,stance_p_against\n"
		     "x,A B,t,maybe,0.9,0.1\n");
	cr_assert_eq(run("summarize %s 2>%s", a, err), 1);
	free(text);
	text = tu_read(err, NULL);
	cr_assert_not_null(strstr(text, "a.csv:2: unknown label 'maybe'"), "%s",
			   text);
	free(text);
	tu_rmtree(dir);
	free(a);
	free(err);
	free(dir);
}

/*
 * Issue #6: -j N changes the speed, never the bytes. The corpus is over
 * one batch of rows (1,024), so rows cross batches and threads.
 */
Test(jobs, classify_and_analyze_same_bytes_for_any_thread_count,
     .timeout = 120)
{
	char *dir = tu_tmpdir(), *a, *b, *p1, *p2;
	const char *jobs[] = { "2", "3" };
	size_t i;

	p1 = tu_path(dir, "j1.csv");
	cr_assert_eq(run("classify -j 1 corpus/nato-quotes.csv -o %s", p1), 0);
	a = tu_read(p1, NULL);
	for (i = 0; i < 2; i++) {
		p2 = tu_path(dir, "jn.csv");
		cr_assert_eq(run("classify -j %s corpus/nato-quotes.csv -o %s",
				 jobs[i], p2), 0);
		b = tu_read(p2, NULL);
		cr_assert(!strcmp(a, b), "classify -j %s differs from -j 1",
			  jobs[i]);
		free(b);
		free(p2);
	}
	free(a);
	cr_assert_eq(run("analyze -q -j 1 %s %s -o %s/a1", ARTICLES, SEED, dir), 0);
	cr_assert_eq(run("analyze -q -j 2 %s %s -o %s/a2", ARTICLES, SEED, dir), 0);
	p2 = tu_path(dir, "a1/quotes.csv");
	a = tu_read(p2, NULL);
	free(p2);
	p2 = tu_path(dir, "a2/quotes.csv");
	b = tu_read(p2, NULL);
	cr_assert_str_eq(a, b, "analyze -j 2 differs from -j 1");
	free(a);
	free(b);
	free(p2);
	free(p1);
	tu_rmtree(dir);
	free(dir);
}

/* Field col of data row k (0-based) of a CSV file, copied into buf. */
static void cell(const char *path, size_t k, const char *col, char *buf,
		 size_t n)
{
	struct err e;
	struct csv_reader *r = csv_reader_open(path, &e);
	struct csv_row row;
	size_t i;
	int c;

	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	c = csv_row_find(&row, col);
	cr_assert_geq(c, 0, "%s: no column %s", path, col);
	for (i = 0; i <= k; i++)
		cr_assert_eq(csv_reader_next(r, &row, &e), 1, "%s: no row %zu",
			     path, k);
	snprintf(buf, n, "%s", row.field[c]);
	csv_reader_free(r);
}

/* The probability columns of a task in data row k, joined. */
static void probs(const char *path, size_t k, const char *task, char *buf,
		  size_t n)
{
	static const char *const label[2][3] = {
		{ "pro", "neutral", "against" },
		{ "positive", "neutral", "negative" },
	};
	int t = strcmp(task, "stance") != 0, l;
	char name[64], v[32];

	buf[0] = '\0';
	for (l = 0; l < 3; l++) {
		snprintf(name, sizeof(name), "%s_p_%s", task, label[t][l]);
		cell(path, k, name, v, sizeof(v));
		strncat(buf, v, n - strlen(buf) - 1);
		strncat(buf, " ", n - strlen(buf) - 1);
	}
}

/*
 * A partial quote's stance is read from its sentence, its sentiment from
 * its own words; quotes.csv shows the sentence (context); --quote-only
 * reads the words alone for both. Checked against classify on the same
 * texts with the same (shipped) model.
 */
Test(analyze, partial_quote_stance_reads_its_sentence)
{
	static const char sentence[] = "The minister said Ukraine's path to "
		"membership is \"irreversible\" and the door stays open.";
	char *dir = tu_tmpdir(), *art = tu_path(dir, "a.txt");
	char *q = tu_path(dir, "out/quotes.csv"), *lines = tu_path(dir, "l.txt");
	char *cl = tu_path(dir, "c.csv"), buf[512], want[128], got[128];
	size_t partial, direct;

	snprintf(buf, sizeof(buf), "Title\n\n%s\n\n\"We will never accept "
		 "this,\" Peskov said.\n", sentence);
	tu_write_str(art, buf);
	snprintf(buf, sizeof(buf), "%s\nirreversible\n", sentence);
	tu_write_str(lines, buf);
	cr_assert_eq(run("analyze -q '%s' -o '%s/out'", art, dir), 0);
	cr_assert_eq(run("classify --lines '%s' -o '%s'", lines, cl), 0);
	cell(q, 0, "kind", buf, sizeof(buf));
	partial = strcmp(buf, "partial") ? 1 : 0;
	direct = 1 - partial;
	cell(q, partial, "kind", buf, sizeof(buf));
	cr_assert_str_eq(buf, "partial");
	cell(q, partial, "text", buf, sizeof(buf));
	cr_assert_str_eq(buf, "irreversible");
	cell(q, partial, "context", buf, sizeof(buf));
	cr_assert_str_eq(buf, sentence);
	cell(q, direct, "context", buf, sizeof(buf));
	cr_assert_str_eq(buf, "", "a direct quote reads its own words");
	probs(q, partial, "stance", got, sizeof(got));
	probs(cl, 0, "stance", want, sizeof(want));
	cr_assert_str_eq(got, want, "stance of the sentence");
	probs(q, partial, "sentiment", got, sizeof(got));
	probs(cl, 1, "sentiment", want, sizeof(want));
	cr_assert_str_eq(got, want, "sentiment of the quote's words");
	/* --quote-only: the words alone, no context */
	cr_assert_eq(run("analyze -q --quote-only '%s' -o '%s/out'", art, dir),
		     0);
	cell(q, partial, "context", buf, sizeof(buf));
	cr_assert_str_eq(buf, "");
	probs(q, partial, "stance", got, sizeof(got));
	probs(cl, 1, "stance", want, sizeof(want));
	cr_assert_str_eq(got, want, "stance of the quote's words");
	tu_rmtree(dir);
	free(art);
	free(q);
	free(lines);
	free(cl);
	free(dir);
}

/*
 * extract then classify gives the labels analyze gives: classify reads
 * the stance of a row from its context column (what extract writes for
 * partial quotes); --quote-only changes partial quotes' stance alone; a
 * context column named but missing is an error naming the file.
 */
Test(analyze, extract_then_classify_labels_as_analyze_does)
{
	char *dir = tu_tmpdir(), *x = tu_path(dir, "x.csv");
	char *c = tu_path(dir, "c.csv"), *qo = tu_path(dir, "qo.csv");
	char *q = tu_path(dir, "out/quotes.csv"), got[128], want[128];
	char kind[32];
	size_t n, k, changed = 0;
	int t;

	cr_assert_eq(run("extract %s -o '%s'", SEED, x), 0);
	cr_assert_eq(run("classify '%s' -o '%s'", x, c), 0);
	cr_assert_eq(run("classify --quote-only '%s' -o '%s'", x, qo), 0);
	cr_assert_eq(run("analyze -q %s -o '%s/out'", SEED, dir), 0);
	n = csv_rows(q, NULL, NULL, NULL);
	cr_assert_eq(csv_rows(c, NULL, NULL, NULL), n);
	cr_assert_geq(n, 10);
	for (k = 0; k < n; k++)
		for (t = 0; t < 2; t++) {
			const char *task = t ? "sentiment" : "stance";

			probs(c, k, task, got, sizeof(got));
			probs(q, k, task, want, sizeof(want));
			cr_assert_str_eq(got, want, "row %zu %s", k, task);
			probs(qo, k, task, want, sizeof(want));
			cell(x, k, "kind", kind, sizeof(kind));
			if (strcmp(got, want)) {
				cr_assert_str_eq(task, "stance");
				cr_assert_str_eq(kind, "partial", "row %zu", k);
				changed++;
			}
		}
	cr_assert_gt(changed, 0, "no partial quote read its sentence");
	cr_assert_eq(run("classify --context-col nope '%s' -o '%s' 2>/dev/null",
			 x, c), 1);
	tu_rmtree(dir);
	free(x);
	free(c);
	free(qo);
	free(q);
	free(dir);
}
