#ifndef STANCE_REPORT_H
#define STANCE_REPORT_H

#include <stddef.h>
#include <stdio.h>

/*
 * Per-speaker summaries of classified quotes (issue #4): counts and
 * shares per stance and sentiment label, mean probabilities, the dominant
 * stance with a Wilson 95% interval for its share, the number of articles
 * a speaker appears in, and the quote that shows the dominant stance most
 * strongly.
 *
 * A summary depends on the set of quotes only, never on their order, so
 * summaries merge: the summary of a concatenation of quote files equals
 * the summary of the whole. To make that exact, probabilities are kept in
 * units of 1e-4 (what quotes.csv prints) and summed as integers, and
 * every tie is broken on the quotes' own content.
 */
#define REPORT_MAX_LABELS 16
#define REPORT_PROB_SCALE 10000 /* probabilities are stored x 10^4 */
#define REPORT_UNKNOWN "UNKNOWN"

struct report; /* opaque: report.c */

struct report_quote {
	const char *article; /* article name */
	const char *speaker; /* canonical speaker */
	const char *text;
	size_t start;        /* byte offset in the article, for tie-breaks */
	int stance;          /* label index */
	const int *stance_p; /* per label, x 10^4 */
	int sentiment;       /* label index, or -1 when there is none */
	const int *sentiment_p;
};

/* Labels are copied. nsentiment may be 0 (a stance-only model). */
struct report *report_new(const char *const *stance, int nstance,
			  const char *const *sentiment, int nsentiment);
void report_free(struct report *r);
/* Count one quote. Quotes of REPORT_UNKNOWN are counted apart. */
void report_add(struct report *r, const struct report_quote *q);

/* Probability p in [0, 1] in report units (rounded to 1e-4). */
int report_prob_units(double p);
/* Append units as "0.1234" to a buffer of at least 8 bytes. */
void report_format_prob(int units, char *buf);

size_t report_nspeakers(const struct report *r);
size_t report_nquotes(const struct report *r);
size_t report_nunknown(const struct report *r);

/* One row per speaker, most quoted first (then by name). */
void report_print_table(const struct report *r, FILE *fp);
/* speakers.csv: header and one row per speaker. */
void report_write_csv(const struct report *r, FILE *fp);
/* A self-contained SVG: stance shares per speaker, stacked bars. */
void report_write_svg(const struct report *r, FILE *fp, const char *title);

/* Wilson score interval for k successes in n trials at 95%. */
void report_wilson(size_t k, size_t n, double *lo, double *hi);

#endif
