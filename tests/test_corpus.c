/*
 * corpus: the shipped data files agree with each other. The second
 * reading (corpus/second-reading.csv) copies each quote's text and gold
 * labels from corpus/nato-quotes.csv beside its own labels; its agreement
 * figures mean something only while those copies are exact.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "xalloc.h"

#define CORPUS "corpus/nato-quotes.csv"
#define SECOND "corpus/second-reading.csv"

struct quote {
	char *id, *text, *stance, *sentiment;
};

/* The column called name in header h; it must exist. */
static int column(const struct csv_row *h, const char *name)
{
	int c = csv_row_find(h, name);

	cr_assert_geq(c, 0, "no column '%s'", name);
	return c;
}

static size_t read_corpus(struct quote **out)
{
	struct err e;
	struct csv_reader *r = csv_reader_open(CORPUS, &e);
	struct csv_row row;
	struct quote *q = NULL;
	size_t n = 0, cap = 0;
	int id, text, stance, sentiment;

	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	id = column(&row, "id");
	text = column(&row, "text");
	stance = column(&row, "stance");
	sentiment = column(&row, "sentiment");
	while (csv_reader_next(r, &row, &e) == 1) {
		q = xgrow(q, &cap, n + 1, sizeof(*q));
		q[n].id = xstrdup(row.field[id]);
		q[n].text = xstrdup(row.field[text]);
		q[n].stance = xstrdup(row.field[stance]);
		q[n].sentiment = xstrdup(row.field[sentiment]);
		n++;
	}
	csv_reader_free(r);
	*out = q;
	return n;
}

static const struct quote *find(const struct quote *q, size_t n,
				const char *id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(q[i].id, id))
			return &q[i];
	return NULL;
}

static int one_of(const char *s, const char *a, const char *b, const char *c)
{
	return !strcmp(s, a) || !strcmp(s, b) || !strcmp(s, c);
}

Test(corpus, second_reading_copies_the_corpus_exactly)
{
	struct quote *q;
	size_t n = read_corpus(&q), rows = 0, i;
	struct err e;
	struct csv_reader *r = csv_reader_open(SECOND, &e);
	struct csv_row row;
	char **seen = NULL;
	size_t cap = 0;
	int id, text, st, se, gst, gse;

	cr_assert_eq(n, 1345);
	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	id = column(&row, "id");
	text = column(&row, "text");
	st = column(&row, "stance");
	se = column(&row, "sentiment");
	gst = column(&row, "gold_stance");
	gse = column(&row, "gold_sentiment");
	while (csv_reader_next(r, &row, &e) == 1) {
		const struct quote *g = find(q, n, row.field[id]);
		long line = csv_reader_line(r);

		cr_assert_not_null(g, "line %ld: id %s not in the corpus", line,
				   row.field[id]);
		cr_assert_str_eq(row.field[text], g->text, "line %ld", line);
		cr_assert_str_eq(row.field[gst], g->stance, "line %ld", line);
		cr_assert_str_eq(row.field[gse], g->sentiment, "line %ld", line);
		cr_assert(one_of(row.field[st], "pro", "neutral", "against"),
			  "line %ld: stance '%s'", line, row.field[st]);
		cr_assert(one_of(row.field[se], "positive", "neutral",
				 "negative"),
			  "line %ld: sentiment '%s'", line, row.field[se]);
		for (i = 0; i < rows; i++)
			cr_assert_str_neq(seen[i], row.field[id],
					  "line %ld: id read twice", line);
		seen = xgrow(seen, &cap, rows + 1, sizeof(*seen));
		seen[rows++] = xstrdup(row.field[id]);
	}
	cr_assert_eq(rows, 120);
	csv_reader_free(r);
	for (i = 0; i < rows; i++)
		free(seen[i]);
	free(seen);
	for (i = 0; i < n; i++) {
		free(q[i].id);
		free(q[i].text);
		free(q[i].stance);
		free(q[i].sentiment);
	}
	free(q);
}
