#include "report.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "csv.h"
#include "sbuf.h"
#include "vocab.h"
#include "xalloc.h"

struct best {
	int p;          /* -1: none yet */
	char *article, *text;
	size_t start;
};

struct speaker {
	char *name;
	size_t n, narticle;
	unsigned char *in_article; /* by article id; grown as needed */
	size_t cap_article;
	size_t stance_n[REPORT_MAX_LABELS], sent_n[REPORT_MAX_LABELS];
	int64_t stance_p[REPORT_MAX_LABELS], sent_p[REPORT_MAX_LABELS];
	int64_t conf;   /* sum of the chosen stance label's probability */
	struct best best[REPORT_MAX_LABELS];
};

struct report {
	int nstance, nsent;
	char stance[REPORT_MAX_LABELS][32], sent[REPORT_MAX_LABELS][32];
	struct vocab *names;    /* speaker name -> index into spk */
	struct vocab *articles; /* article name -> id */
	struct speaker *spk;
	size_t nspk, cap;
	size_t nquote, nunknown;
};

struct report *report_new(const char *const *stance, int nstance,
			  const char *const *sentiment, int nsentiment)
{
	struct report *r = xcalloc(1, sizeof(*r));
	int i;

	r->nstance = nstance < REPORT_MAX_LABELS ? nstance : REPORT_MAX_LABELS;
	r->nsent = nsentiment < REPORT_MAX_LABELS ? nsentiment : REPORT_MAX_LABELS;
	for (i = 0; i < r->nstance; i++)
		snprintf(r->stance[i], 32, "%s", stance[i]);
	for (i = 0; i < r->nsent; i++)
		snprintf(r->sent[i], 32, "%s", sentiment[i]);
	r->names = vocab_new();
	r->articles = vocab_new();
	return r;
}

void report_free(struct report *r)
{
	size_t i;
	int l;

	if (!r)
		return;
	for (i = 0; i < r->nspk; i++) {
		free(r->spk[i].name);
		free(r->spk[i].in_article);
		for (l = 0; l < REPORT_MAX_LABELS; l++) {
			free(r->spk[i].best[l].article);
			free(r->spk[i].best[l].text);
		}
	}
	free(r->spk);
	vocab_free(r->names);
	vocab_free(r->articles);
	free(r);
}

int report_prob_units(double p)
{
	if (!(p > 0))
		return 0;
	if (p >= 1)
		return REPORT_PROB_SCALE;
	return (int)lround(p * REPORT_PROB_SCALE);
}

void report_format_prob(int units, char *buf)
{
	if (units < 0)
		units = 0;
	if (units > REPORT_PROB_SCALE)
		units = REPORT_PROB_SCALE;
	buf[0] = (char)('0' + units / REPORT_PROB_SCALE);
	buf[1] = '.';
	units %= REPORT_PROB_SCALE;
	buf[2] = (char)('0' + units / 1000);
	buf[3] = (char)('0' + units / 100 % 10);
	buf[4] = (char)('0' + units / 10 % 10);
	buf[5] = (char)('0' + units % 10);
	buf[6] = '\0';
}

static struct speaker *view(const struct report *r, size_t *count);
static void free_view(struct speaker *v, size_t n);

size_t report_nspeakers(const struct report *r)
{
	size_t n;
	struct speaker *v = view(r, &n);

	free_view(v, n);
	return n;
}

size_t report_nquotes(const struct report *r)
{
	return r->nquote;
}

size_t report_nunknown(const struct report *r)
{
	return r->nunknown;
}

/* Does quote q beat the best so far for its label (order-free)? */
static int beats(const struct best *b, int p, const struct report_quote *q)
{
	int c;

	if (b->p < 0 || p > b->p)
		return 1;
	if (p < b->p)
		return 0;
	c = strcmp(q->article, b->article);
	if (c)
		return c < 0;
	if (q->start != b->start)
		return q->start < b->start;
	return strcmp(q->text, b->text) < 0;
}

static struct speaker *speaker_of(struct report *r, const char *name)
{
	int added;
	long id = vocab_add(r->names, name, strlen(name), &added);
	struct speaker *s;
	int l;

	if (!added)
		return &r->spk[id];
	r->spk = xgrow(r->spk, &r->cap, r->nspk + 1, sizeof(*r->spk));
	s = &r->spk[r->nspk++];
	memset(s, 0, sizeof(*s));
	s->name = xstrdup(name);
	for (l = 0; l < REPORT_MAX_LABELS; l++)
		s->best[l].p = -1;
	return s;
}

static void mark_article(struct speaker *s, size_t id)
{
	if (id >= s->cap_article) {
		size_t old = s->cap_article;

		s->in_article = xgrow(s->in_article, &s->cap_article, id + 1, 1);
		memset(s->in_article + old, 0, s->cap_article - old);
	}
	if (!s->in_article[id]) {
		s->in_article[id] = 1;
		s->narticle++;
	}
}

void report_add(struct report *r, const struct report_quote *q)
{
	struct speaker *s;
	int l;

	r->nquote++;
	if (!strcmp(q->speaker, REPORT_UNKNOWN) || !*q->speaker) {
		r->nunknown++;
		return;
	}
	s = speaker_of(r, q->speaker);
	s->n++;
	mark_article(s, (size_t)vocab_add(r->articles, q->article,
					  strlen(q->article), NULL));
	if (q->stance >= 0 && q->stance < r->nstance) {
		s->stance_n[q->stance]++;
		s->conf += q->stance_p[q->stance];
	}
	for (l = 0; l < r->nstance; l++) {
		struct best *b = &s->best[l];

		s->stance_p[l] += q->stance_p[l];
		if (beats(b, q->stance_p[l], q)) {
			free(b->article);
			free(b->text);
			b->p = q->stance_p[l];
			b->article = xstrdup(q->article);
			b->text = xstrdup(q->text);
			b->start = q->start;
		}
	}
	if (q->sentiment >= 0 && q->sentiment < r->nsent)
		s->sent_n[q->sentiment]++;
	for (l = 0; l < r->nsent && q->sentiment_p; l++)
		s->sent_p[l] += q->sentiment_p[l];
}

void report_wilson(size_t k, size_t n, double *lo, double *hi)
{
	const double z = 1.959963984540054;
	double p, d, c, h;

	if (n == 0) {
		*lo = 0;
		*hi = 1;
		return;
	}
	p = (double)k / (double)n;
	d = 1 + z * z / (double)n;
	c = (p + z * z / (2.0 * (double)n)) / d;
	h = z * sqrt(p * (1 - p) / (double)n +
		     z * z / (4.0 * (double)n * (double)n)) / d;
	*lo = c - h < 0 ? 0 : c - h;
	*hi = c + h > 1 ? 1 : c + h;
}

/* Most counted label; ties go to the larger probability mass, then order. */
static int dominant(const struct report *r, const struct speaker *s)
{
	int l, best = 0;

	for (l = 1; l < r->nstance; l++)
		if (s->stance_n[l] > s->stance_n[best] ||
		    (s->stance_n[l] == s->stance_n[best] &&
		     s->stance_p[l] > s->stance_p[best]))
			best = l;
	return best;
}

static int by_count(const void *a, const void *b)
{
	const struct speaker *x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->name, y->name);
}

/*
 * Which speakers of the run are one person. Articles canonicalise names
 * each on their own, so across articles the same person can come out as
 * "Sauli Niinisto" and "Sauli Niinistö", "Volodymyr Zelensky" and
 * "Volodymyr Zelenskyy", or "Peskov" where an article never gave more.
 * Names are joined when
 *   - they are equal once accents and case are folded;
 *   - both are names of two or more capitalised words, at least 8
 *     letters long, one edit apart (a transliteration or a typo);
 *   - one is a single capitalised word equal to the last word of the
 *     names of exactly one group.
 * The groups depend on the set of names only, never on the order quotes
 * came in, so merged summaries stay equal to the summary of the whole.
 */
struct names {
	char **key;   /* folded name */
	size_t *up;   /* union-find parent */
	size_t n;
};

static size_t find(size_t *up, size_t i)
{
	while (up[i] != i)
		i = up[i] = up[up[i]];
	return i;
}

static void join(size_t *up, size_t a, size_t b)
{
	a = find(up, a);
	b = find(up, b);
	/* the smaller index is the root, so the result is order-free */
	if (a < b)
		up[b] = a;
	else if (b < a)
		up[a] = b;
}

static int capitalised_words(const char *name)
{
	const char *p = name;

	if (!strchr(name, ' '))
		return 0;
	for (;;) {
		unsigned char c = (unsigned char)*p;

		if (!(c >= 'A' && c <= 'Z') && c < 0x80)
			return 0;
		p = strchr(p, ' ');
		if (!p)
			return 1;
		p++;
	}
}

/* Are a and b at most one insertion, deletion or substitution apart? */
static int one_edit(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;

	if (la < lb)
		return one_edit(b, a);
	if (la - lb > 1)
		return 0;
	while (i < lb && a[i] == b[i])
		i++;
	if (la == lb)
		return !strcmp(a + i + (i < la), b + i + (i < lb));
	return !strcmp(a + i + 1, b + i);
}

static void group_names(const struct report *r, struct names *g)
{
	struct sbuf sb = SBUF_INIT;
	size_t i, j, hits, hit = 0;

	g->n = r->nspk;
	g->key = xcalloc(r->nspk + 1, sizeof(*g->key));
	g->up = xmalloc((r->nspk + 1) * sizeof(*g->up));
	for (i = 0; i < r->nspk; i++) {
		sbuf_reset(&sb);
		article_fold(&sb, r->spk[i].name, strlen(r->spk[i].name));
		g->key[i] = xstrdup(sb.buf);
		g->up[i] = i;
	}
	sbuf_release(&sb);
	for (i = 0; i < g->n; i++) {
		int ci = capitalised_words(r->spk[i].name);

		for (j = i + 1; j < g->n; j++) {
			if (!strcmp(g->key[i], g->key[j]))
				join(g->up, i, j);
			else if (ci && strlen(g->key[i]) >= 8 &&
				 capitalised_words(r->spk[j].name) &&
				 one_edit(g->key[i], g->key[j]))
				join(g->up, i, j);
		}
	}
	for (i = 0; i < g->n; i++) {
		const char *name = r->spk[i].name;

		if (strchr(name, ' ') || !(*name >= 'A' && *name <= 'Z'))
			continue;
		hits = 0;
		for (j = 0; j < g->n; j++) {
			const char *w = strrchr(g->key[j], ' ');

			if (!w || strcmp(w + 1, g->key[i]))
				continue;
			/* count groups, not names: variants of one name are one */
			if (!hits || find(g->up, j) != find(g->up, hit)) {
				hits++;
				hit = j;
			}
		}
		if (hits == 1)
			join(g->up, i, hit);
	}
}

static void names_release(struct names *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		free(g->key[i]);
	free(g->key);
	free(g->up);
}

/* The name a group is shown under: most quoted, then longest, then first. */
static int better_name(const struct speaker *a, const struct speaker *b)
{
	size_t la = strlen(a->name), lb = strlen(b->name);

	if (a->n != b->n)
		return a->n > b->n;
	if (la != lb)
		return la > lb;
	return strcmp(a->name, b->name) < 0;
}

static void merge_into(struct speaker *d, const struct speaker *s,
		       int nstance, int nsent)
{
	size_t a;
	int l;

	d->n += s->n;
	d->conf += s->conf;
	for (a = 0; a < s->cap_article; a++)
		if (s->in_article[a])
			mark_article(d, a);
	for (l = 0; l < nstance; l++) {
		struct best *b = &d->best[l];
		const struct best *o = &s->best[l];
		struct report_quote q;

		d->stance_n[l] += s->stance_n[l];
		d->stance_p[l] += s->stance_p[l];
		if (o->p < 0)
			continue;
		q.article = o->article;
		q.text = o->text;
		q.start = o->start;
		if (beats(b, o->p, &q))
			*b = *o; /* borrowed: the raw speaker owns the strings */
	}
	for (l = 0; l < nsent; l++) {
		d->sent_n[l] += s->sent_n[l];
		d->sent_p[l] += s->sent_p[l];
	}
}

/*
 * Speakers as reported: names of one person merged (group_names), most
 * quoted first, then by name. Free with free_view().
 */
static struct speaker *view(const struct report *r, size_t *count)
{
	struct speaker *v = xcalloc(r->nspk + 1, sizeof(*v));
	size_t *slot = xmalloc((r->nspk + 1) * sizeof(size_t));
	size_t *shown = xmalloc((r->nspk + 1) * sizeof(size_t));
	struct names g;
	size_t i, n = 0, root;
	int l;

	group_names(r, &g);
	for (i = 0; i < r->nspk; i++)
		shown[i] = i;
	for (i = 0; i < r->nspk; i++) {
		root = find(g.up, i);
		if (better_name(&r->spk[i], &r->spk[shown[root]]))
			shown[root] = i;
	}
	for (i = 0; i < r->nspk; i++) {
		if (find(g.up, i) != i)
			continue;
		slot[i] = n;
		v[n].name = r->spk[shown[i]].name;
		for (l = 0; l < REPORT_MAX_LABELS; l++)
			v[n].best[l].p = -1;
		n++;
	}
	for (i = 0; i < r->nspk; i++)
		merge_into(&v[slot[find(g.up, i)]], &r->spk[i], r->nstance,
			   r->nsent);
	names_release(&g);
	free(slot);
	free(shown);
	qsort(v, n, sizeof(*v), by_count);
	*count = n;
	return v;
}

static void free_view(struct speaker *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].in_article);
	free(v);
}

/* Display width of UTF-8 text, one column per code point. */
static size_t width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			w++;
	return w;
}

/* s padded or clipped (with an ellipsis) to exactly w columns. */
static void put_cell(FILE *fp, const char *s, size_t w)
{
	size_t sw = width(s), cols = 0;

	if (sw <= w) {
		fprintf(fp, "%s%*s", s, (int)(w - sw), "");
		return;
	}
	for (; *s && cols < w - 1; cols++) {
		size_t k = 1;

		while (((unsigned char)s[k] & 0xc0) == 0x80)
			k++;
		fwrite(s, 1, k, fp);
		s += k;
	}
	fputs("\xe2\x80\xa6", fp);
}

static double share(size_t k, size_t n)
{
	return n ? (double)k / (double)n : 0;
}

void report_print_table(const struct report *r, FILE *fp)
{
	size_t nv;
	struct speaker *v = view(r, &nv);
	size_t i, w = 7;
	int l;

	for (i = 0; i < nv; i++)
		if (width(v[i].name) > w)
			w = width(v[i].name);
	if (w > 32)
		w = 32;
	put_cell(fp, "speaker", w);
	fprintf(fp, "  quotes  arts");
	for (l = 0; l < r->nstance; l++)
		fprintf(fp, " %*.*s", 7, 7, r->stance[l]);
	fprintf(fp, "  %-9s %5s %-11s %5s", "dominant", "share", "   95% CI",
		"conf");
	if (r->nsent) {
		fprintf(fp, "  sentiment ");
		for (l = 0; l < r->nsent; l++)
			fprintf(fp, "%s%.3s", l ? "/" : "", r->sent[l]);
	}
	fputc('\n', fp);
	for (i = 0; i < nv; i++) {
		const struct speaker *s = &v[i];
		int d = dominant(r, s);
		double lo, hi;

		report_wilson(s->stance_n[d], s->n, &lo, &hi);
		put_cell(fp, s->name, w);
		fprintf(fp, "  %6zu  %4zu", s->n, s->narticle);
		for (l = 0; l < r->nstance; l++)
			fprintf(fp, " %7zu", s->stance_n[l]);
		fprintf(fp, "  %-9s %4.0f%% [%3.0f%%-%3.0f%%] %5.2f",
			r->stance[d], 100 * share(s->stance_n[d], s->n),
			100 * lo, 100 * hi,
			(double)s->conf / REPORT_PROB_SCALE / (double)s->n);
		if (r->nsent) {
			fprintf(fp, "  ");
			for (l = 0; l < r->nsent; l++)
				fprintf(fp, "%s%.0f", l ? "/" : "",
					100 * share(s->sent_n[l], s->n));
			fputc('%', fp);
		}
		fputc('\n', fp);
	}
	if (r->nunknown)
		fprintf(fp, "(%zu of %zu quotes have no known speaker)\n",
			r->nunknown, r->nquote);
	free_view(v, nv);
}

static void add_num(struct sbuf *sb, double x)
{
	sbuf_addf(sb, ",%.4f", x);
}

void report_write_csv(const struct report *r, FILE *fp)
{
	size_t nv;
	struct speaker *v = view(r, &nv);
	struct sbuf sb = SBUF_INIT;
	char p[8];
	size_t i;
	int l;

	sbuf_adds(&sb, "speaker,quotes,articles");
	for (l = 0; l < r->nstance; l++)
		sbuf_addf(&sb, ",stance_%s,stance_%s_share,stance_%s_mean_p",
			  r->stance[l], r->stance[l], r->stance[l]);
	sbuf_adds(&sb, ",dominant_stance,dominant_share,dominant_ci_low,"
		  "dominant_ci_high,mean_confidence");
	for (l = 0; l < r->nsent; l++)
		sbuf_addf(&sb, ",sentiment_%s,sentiment_%s_share,sentiment_%s_mean_p",
			  r->sent[l], r->sent[l], r->sent[l]);
	sbuf_adds(&sb, ",strongest_quote_p,strongest_quote_article,strongest_quote\n");
	for (i = 0; i < nv; i++) {
		const struct speaker *s = &v[i];
		int d = dominant(r, s);
		double lo, hi, n = (double)s->n;

		csv_add_field(&sb, s->name, strlen(s->name));
		sbuf_addf(&sb, ",%zu,%zu", s->n, s->narticle);
		for (l = 0; l < r->nstance; l++) {
			sbuf_addf(&sb, ",%zu", s->stance_n[l]);
			add_num(&sb, share(s->stance_n[l], s->n));
			add_num(&sb, (double)s->stance_p[l] / REPORT_PROB_SCALE / n);
		}
		report_wilson(s->stance_n[d], s->n, &lo, &hi);
		sbuf_addf(&sb, ",%s", r->stance[d]);
		add_num(&sb, share(s->stance_n[d], s->n));
		add_num(&sb, lo);
		add_num(&sb, hi);
		add_num(&sb, (double)s->conf / REPORT_PROB_SCALE / n);
		for (l = 0; l < r->nsent; l++) {
			sbuf_addf(&sb, ",%zu", s->sent_n[l]);
			add_num(&sb, share(s->sent_n[l], s->n));
			add_num(&sb, (double)s->sent_p[l] / REPORT_PROB_SCALE / n);
		}
		report_format_prob(s->best[d].p, p);
		sbuf_addf(&sb, ",%s,", p);
		csv_add_field(&sb, s->best[d].article, strlen(s->best[d].article));
		sbuf_addc(&sb, ',');
		csv_add_field(&sb, s->best[d].text, strlen(s->best[d].text));
		sbuf_addc(&sb, '\n');
		fwrite(sb.buf, 1, sb.len, fp);
		sbuf_reset(&sb);
	}
	fwrite(sb.buf, 1, sb.len, fp);
	sbuf_release(&sb);
	free_view(v, nv);
}

/* Text with XML's five special characters escaped. */
static void xml_text(FILE *fp, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		case '\'': fputs("&apos;", fp); break;
		default:
			/* control characters are not allowed in XML 1.0 */
			if ((unsigned char)*s >= 0x20 || *s == '\t')
				fputc(*s, fp);
		}
	}
}

/* Ink that reads on a label's colour: dark on the light grey only. */
static const char *ink_on(const char *colour)
{
	return strcmp(colour, "#b0b0b0") ? "#ffffff" : "#222222";
}

/* A name clipped to max code points with an ellipsis, XML-escaped. */
static void xml_clipped(FILE *fp, const char *s, size_t max)
{
	struct sbuf sb = SBUF_INIT;
	size_t cols = 0, i = 0;

	if (width(s) <= max) {
		xml_text(fp, s);
		return;
	}
	while (s[i] && cols < max - 1) {
		size_t k = 1;

		while (((unsigned char)s[i + k] & 0xc0) == 0x80)
			k++;
		sbuf_add(&sb, s + i, k);
		i += k;
		cols++;
	}
	sbuf_adds(&sb, "\xe2\x80\xa6");
	xml_text(fp, sb.buf);
	sbuf_release(&sb);
}

static const char *label_colour(const char *label, int i)
{
	static const char *const other[] = {
		"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
	};

	if (!strcasecmp(label, "pro") || !strcasecmp(label, "favor") ||
	    !strcasecmp(label, "favour") || !strcasecmp(label, "positive"))
		return "#2166ac";
	if (!strcasecmp(label, "neutral") || !strcasecmp(label, "none"))
		return "#b0b0b0";
	if (!strcasecmp(label, "against") || !strcasecmp(label, "negative"))
		return "#b2182b";
	return other[i % 6];
}

#define SVG_MAX_ROWS 40

void report_write_svg(const struct report *r, FILE *fp, const char *title)
{
	size_t nv;
	struct speaker *v = view(r, &nv);
	size_t i, rows = nv < SVG_MAX_ROWS ? nv : SVG_MAX_ROWS;
	const int left = 230, bar = 520, row = 28, top = 86;
	int height = top + (int)rows * row + 50, l;
	double x;

	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" "
		"height=\"%d\" viewBox=\"0 0 900 %d\" "
		"font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" "
		"font-size=\"13\">\n", height, height);
	fprintf(fp, "<rect width=\"900\" height=\"%d\" fill=\"#ffffff\"/>\n",
		height);
	fprintf(fp, "<text x=\"20\" y=\"30\" font-size=\"18\" "
		"font-weight=\"bold\">");
	xml_text(fp, title);
	fprintf(fp, "</text>\n<text x=\"20\" y=\"50\" fill=\"#555555\">"
		"Share of each speaker's quotes by stance; numbers are quote "
		"counts.</text>\n");
	for (l = 0, x = left; l < r->nstance; l++) {
		fprintf(fp, "<rect x=\"%.0f\" y=\"60\" width=\"14\" height=\"14\" "
			"fill=\"%s\"/><text x=\"%.0f\" y=\"72\">", x,
			label_colour(r->stance[l], l), x + 20);
		xml_text(fp, r->stance[l]);
		fprintf(fp, "</text>\n");
		x += 40 + 9.0 * (double)strlen(r->stance[l]);
	}
	fprintf(fp, "<text x=\"%d\" y=\"72\" text-anchor=\"end\" "
		"fill=\"#555555\">quotes</text>\n", 880);
	for (i = 0; i < rows; i++) {
		const struct speaker *s = &v[i];
		int y = top + (int)i * row;

		fprintf(fp, "<g>\n<title>");
		xml_text(fp, s->name);
		for (l = 0; l < r->nstance; l++)
			fprintf(fp, "%s %s %zu", l ? "," : ":", r->stance[l],
				s->stance_n[l]);
		fprintf(fp, "</title>\n<text x=\"%d\" y=\"%d\" "
			"text-anchor=\"end\">", left - 10, y + 18);
		xml_clipped(fp, s->name, 30);
		fprintf(fp, "</text>\n");
		for (l = 0, x = left; l < r->nstance; l++) {
			double w = bar * share(s->stance_n[l], s->n);
			const char *fill = label_colour(r->stance[l], l);

			if (s->stance_n[l] == 0)
				continue;
			fprintf(fp, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" "
				"height=\"22\" fill=\"%s\"/>\n", x, y + 3, w, fill);
			if (w >= 22)
				fprintf(fp, "<text x=\"%.2f\" y=\"%d\" "
					"text-anchor=\"middle\" fill=\"%s\" "
					"font-weight=\"bold\">%zu</text>\n",
					x + w / 2, y + 19, ink_on(fill),
					s->stance_n[l]);
			x += w;
		}
		fprintf(fp, "<text x=\"880\" y=\"%d\" text-anchor=\"end\">%zu"
			"</text>\n</g>\n", y + 18, s->n);
	}
	fprintf(fp, "<text x=\"20\" y=\"%d\" fill=\"#555555\">%zu speakers, "
		"%zu quotes", height - 18, nv, r->nquote);
	if (r->nunknown)
		fprintf(fp, " (%zu without a known speaker, not shown)",
			r->nunknown);
	if (nv > rows)
		fprintf(fp, "; the %zu most quoted speakers are shown", rows);
	fprintf(fp, ".</text>\n</svg>\n");
	free_view(v, nv);
}
