/*
 * report: per-speaker summaries. The property the reduce step relies on
 * (a summary depends on the set of quotes, not their order or split) is
 * tested directly, as are the Wilson interval, the probability units and
 * the three outputs.
 */
#include <criterion/criterion.h>
#include <libxml/parser.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "sbuf.h"

static const char *const stance[] = { "pro", "neutral", "against" };
static const char *const sent[] = { "positive", "neutral", "negative" };

struct q {
	const char *article, *speaker, *text;
	size_t start;
	int stance, sp[3], sentiment, tp[3];
};

static const struct q quotes[] = {
	{ "a1", "Dmitry Peskov", "NATO expansion is a threat", 10, 2,
	  { 500, 1500, 8000 }, 2, { 100, 900, 9000 } },
	{ "a1", "Jens Stoltenberg", "The door is open", 50, 0,
	  { 9000, 800, 200 }, 0, { 8000, 1500, 500 } },
	{ "a2", "Peskov", "We will respond", 5, 2,
	  { 1000, 2000, 7000 }, 2, { 500, 3500, 6000 } },
	{ "a2", "Jens Stoltenberg", "The summit is in July", 80, 1,
	  { 2000, 6000, 2000 }, 1, { 3000, 6000, 1000 } },
	{ "a3", "Sauli Niinisto", "Finland will join", 7, 0,
	  { 7000, 2000, 1000 }, 0, { 6000, 3000, 1000 } },
	{ "a3", "UNKNOWN", "nobody said this", 90, 1,
	  { 3000, 4000, 3000 }, 1, { 3000, 4000, 3000 } },
	/* the same probability as quote 0, so the tie-break decides */
	{ "a0", "Dmitry Peskov", "A tie on probability", 3, 2,
	  { 500, 1500, 8000 }, 1, { 2000, 6000, 2000 } },
};
#define NQ (sizeof(quotes) / sizeof(quotes[0]))

static void add(struct report *r, const struct q *x)
{
	struct report_quote rq = {
		.article = x->article, .speaker = x->speaker, .text = x->text,
		.start = x->start, .stance = x->stance, .stance_p = x->sp,
		.sentiment = x->sentiment, .sentiment_p = x->tp,
	};

	report_add(r, &rq);
}

/* The three outputs of a report built from quotes in the given order. */
static char *outputs(const size_t *order, size_t n)
{
	struct report *r = report_new(stance, 3, sent, 3);
	char *buf = NULL;
	size_t len = 0, i;
	FILE *fp = open_memstream(&buf, &len);

	for (i = 0; i < n; i++)
		add(r, &quotes[order[i]]);
	report_write_csv(r, fp);
	report_print_table(r, fp);
	report_write_svg(r, fp, "t");
	fclose(fp);
	report_free(r);
	return buf;
}

Test(report, summary_does_not_depend_on_quote_order)
{
	size_t fwd[NQ], rev[NQ], mix[NQ], i;
	char *a, *b, *c;

	for (i = 0; i < NQ; i++) {
		fwd[i] = i;
		rev[i] = NQ - 1 - i;
		mix[i] = (i * 3) % NQ; /* NQ = 7 is prime: a permutation */
	}
	a = outputs(fwd, NQ);
	b = outputs(rev, NQ);
	c = outputs(mix, NQ);
	cr_assert_str_eq(a, b);
	cr_assert_str_eq(a, c);
	free(a);
	free(b);
	free(c);
}

static char *field(const char *csv, int row, int col)
{
	const char *p = csv;
	int r, k;
	size_t n;
	char *out;

	for (r = 0; r < row; r++)
		p = strchr(p, '\n') + 1;
	for (k = 0; k < col; k++)
		p = strchr(p, ',') + 1;
	n = strcspn(p, ",\n");
	out = strndup(p, n);
	return out;
}

Test(report, one_word_names_merge_into_the_full_name)
{
	size_t order[NQ], i;
	char *out, *f;

	for (i = 0; i < NQ; i++)
		order[i] = i;
	out = outputs(order, NQ);
	/* Peskov (a2) merged into Dmitry Peskov: 3 quotes, 3 articles */
	f = field(out, 1, 0);
	cr_assert_str_eq(f, "Dmitry Peskov");
	free(f);
	f = field(out, 1, 1);
	cr_assert_str_eq(f, "3");
	free(f);
	f = field(out, 1, 2);
	cr_assert_str_eq(f, "3");
	free(f);
	cr_assert_null(strstr(out, "\nPeskov,"));
	/* UNKNOWN is counted apart, not a speaker */
	cr_assert_null(strstr(out, "\nUNKNOWN,"));
	cr_assert_not_null(strstr(out, "(1 of 7 quotes have no known speaker)"));
	free(out);
}

Test(report, strongest_quote_tie_goes_to_content_order)
{
	size_t order[NQ], i;
	char *out;

	for (i = 0; i < NQ; i++)
		order[i] = NQ - 1 - i;
	out = outputs(order, NQ);
	/* quotes 0 and 6 tie at 0.8000 against; article "a0" sorts first */
	cr_assert_not_null(strstr(out, ",0.8000,a0,A tie on probability\n"),
			   "%s", out);
	free(out);
}

Test(report, dominant_share_and_wilson_interval)
{
	size_t order[NQ], i;
	char *out, *f;

	for (i = 0; i < NQ; i++)
		order[i] = i;
	out = outputs(order, NQ);
	/* Dmitry Peskov: 3 of 3 against -> Wilson 95% [0.4385, 1] */
	f = field(out, 1, 12);
	cr_assert_str_eq(f, "against");
	free(f);
	f = field(out, 1, 14);
	cr_assert_str_eq(f, "0.4385");
	free(f);
	f = field(out, 1, 15);
	cr_assert_str_eq(f, "1.0000");
	free(f);
	free(out);
}

Test(report, wilson_known_values)
{
	double lo, hi;

	report_wilson(0, 0, &lo, &hi);
	cr_assert(lo == 0 && hi == 1);
	/* 5 of 10: 0.2366 .. 0.7634 (the textbook example) */
	report_wilson(5, 10, &lo, &hi);
	cr_assert(fabs(lo - 0.2366) < 1e-4 && fabs(hi - 0.7634) < 1e-4,
		  "%f %f", lo, hi);
	report_wilson(10, 10, &lo, &hi);
	cr_assert(fabs(lo - 0.7225) < 1e-4 && fabs(hi - 1) < 1e-9, "%f %f", lo, hi);
}

Test(report, probability_units_round_trip)
{
	char buf[8];

	cr_assert_eq(report_prob_units(0.12345), 1235);
	cr_assert_eq(report_prob_units(-1), 0);
	cr_assert_eq(report_prob_units(1.5), REPORT_PROB_SCALE);
	report_format_prob(1235, buf);
	cr_assert_str_eq(buf, "0.1235");
	report_format_prob(REPORT_PROB_SCALE, buf);
	cr_assert_str_eq(buf, "1.0000");
	report_format_prob(7, buf);
	cr_assert_str_eq(buf, "0.0007");
}

Test(report, svg_is_well_formed_and_escapes_names)
{
	struct report *r = report_new(stance, 3, sent, 3);
	struct q odd = quotes[1];
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	xmlDocPtr doc;

	odd.speaker = "AT&T <\"Board\"> of 'Directors' with a very long name indeed";
	add(r, &odd);
	add(r, &quotes[0]);
	report_write_svg(r, fp, "Title & <more>");
	fclose(fp);
	doc = xmlReadMemory(buf, (int)len, "speakers.svg", NULL,
			    XML_PARSE_NONET | XML_PARSE_NOERROR |
			    XML_PARSE_NOWARNING);
	cr_assert_not_null(doc, "SVG is not well-formed XML:\n%s", buf);
	cr_assert_str_eq((const char *)xmlDocGetRootElement(doc)->name, "svg");
	cr_assert_not_null(strstr(buf, "AT&amp;T &lt;&quot;Board&quot;&gt;"));
	xmlFreeDoc(doc);
	free(buf);
	report_free(r);
}

Test(report, stance_only_model)
{
	struct report *r = report_new(stance, 3, NULL, 0);
	struct report_quote rq = {
		.article = "a", .speaker = "X Y", .text = "t", .start = 0,
		.stance = 0, .stance_p = quotes[1].sp, .sentiment = -1,
		.sentiment_p = NULL,
	};
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	report_add(r, &rq);
	report_write_csv(r, fp);
	fclose(fp);
	cr_assert_null(strstr(buf, "sentiment"));
	cr_assert_eq(report_nspeakers(r), 1);
	cr_assert_eq(report_nquotes(r), 1);
	free(buf);
	report_free(r);
}

/* Speakers named in the order given; the CSV's speaker,quotes columns. */
static char *merged_names(const char *const *names, size_t n)
{
	struct report *r = report_new(stance, 3, sent, 3);
	char *buf = NULL, *out, *p;
	size_t len = 0, i;
	FILE *fp = open_memstream(&buf, &len);
	struct sbuf sb = SBUF_INIT;

	for (i = 0; i < n; i++) {
		struct q x = quotes[1];

		x.speaker = names[i];
		x.start = i;
		add(r, &x);
	}
	report_write_csv(r, fp);
	fclose(fp);
	/* keep "speaker,quotes" of each row */
	for (p = strchr(buf, '\n') + 1; *p; p = strchr(p, '\n') + 1) {
		size_t k = strcspn(p, ",");

		sbuf_add(&sb, p, k + 1 + strcspn(p + k + 1, ","));
		sbuf_addc(&sb, ';');
	}
	out = sbuf_detach(&sb);
	free(buf);
	report_free(r);
	return out;
}

Test(report, spellings_of_one_person_merge_across_articles)
{
	static const char *const names[] = {
		"Sauli Niinistö", "Sauli Niinisto", "Sauli Niinisto",
		"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskyy",
		"Dmitry Peskov", "Dmitry Medvedev", "NATO", "Nato",
	};
	char *got = merged_names(names, sizeof(names) / sizeof(names[0]));

	cr_assert_str_eq(got, "Sauli Niinisto,3;Volodymyr Zelenskyy,3;"
			 "NATO,2;Dmitry Medvedev,1;Dmitry Peskov,1;", "%s", got);
	free(got);
}

Test(report, a_surname_shared_by_two_people_stays_apart)
{
	static const char *const names[] = {
		"Alexander Stubb", "Peter Stubb", "Stubb",
	};
	char *got = merged_names(names, 3);

	cr_assert_str_eq(got, "Alexander Stubb,1;Peter Stubb,1;Stubb,1;", "%s",
			 got);
	free(got);
}
