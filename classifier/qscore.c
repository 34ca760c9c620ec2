/*
 * Scoring quote extraction against gold files (issue #3). Data sets are
 * small (tens of articles), so matching is quadratic per article and
 * nothing is indexed.
 */
#include "qscore.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "csv.h"
#include "err.h"
#include "sbuf.h"
#include "xalloc.h"

enum { K_DIRECT, K_PARTIAL, K_INDIRECT, K_ALL, K_N };
static const char *const kind_names[K_N] = {
	"direct", "partial", "indirect", "all"
};

struct item {
	char *article, *text, *speaker;
	int kind;           /* K_DIRECT..K_INDIRECT, or -1 */
	char **word;        /* folded words, sorted */
	size_t nword;
	int used;           /* matched in the current pass */
};

struct set {
	struct item *it;
	size_t n, cap;
};

struct qscore {
	struct set gold, pred;
};

struct tally {
	size_t gold, pred, match, spk, spk_var;
};

struct pair {
	size_t g, p;
	double score;
};

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The folded words of s, as the article tokenizer cuts them. */
static void words_of(struct item *it)
{
	struct article a = ARTICLE_INIT;
	struct sbuf sb = SBUF_INIT;
	size_t k, cap = 0;

	article_parse(&a, it->text, strlen(it->text));
	for (k = 0; k < a.ntok; k++) {
		if (!(a.tok[k].flags & ARTICLE_WORD))
			continue;
		sbuf_reset(&sb);
		article_fold(&sb, it->text + a.tok[k].start,
			     a.tok[k].end - a.tok[k].start);
		it->word = xgrow(it->word, &cap, it->nword + 1,
				 sizeof(*it->word));
		it->word[it->nword++] = xstrdup(sb.buf);
	}
	if (it->nword > 1)
		qsort(it->word, it->nword, sizeof(*it->word), cmp_str);
	sbuf_release(&sb);
	article_release(&a);
}

static int kind_of(const char *s)
{
	int k;

	for (k = 0; k < K_ALL; k++)
		if (!strcmp(s, kind_names[k]))
			return k;
	return -1;
}

static void add_item(struct set *set, const char *article, const char *text,
		     const char *speaker, const char *kind)
{
	struct item *it;

	set->it = xgrow(set->it, &set->cap, set->n + 1, sizeof(*set->it));
	it = &set->it[set->n++];
	memset(it, 0, sizeof(*it));
	it->article = xstrdup(article);
	it->text = xstrdup(text);
	it->speaker = xstrdup(speaker);
	it->kind = kind_of(kind);
	words_of(it);
}

struct qscore *qscore_new(void)
{
	return xcalloc(1, sizeof(struct qscore));
}

static void set_release(struct set *set)
{
	size_t k, w;

	for (k = 0; k < set->n; k++) {
		for (w = 0; w < set->it[k].nword; w++)
			free(set->it[k].word[w]);
		free(set->it[k].word);
		free(set->it[k].article);
		free(set->it[k].text);
		free(set->it[k].speaker);
	}
	free(set->it);
}

void qscore_free(struct qscore *s)
{
	if (!s)
		return;
	set_release(&s->gold);
	set_release(&s->pred);
	free(s);
}

/*
 * Read a CSV with the named columns; article is fixed (gold files) or
 * read from the "article" column (predictions).
 */
static int read_csv(struct set *set, const char *path, const char *article,
		    const char *text_col, struct err *e)
{
	struct csv_reader *r = csv_reader_open(path, e);
	struct csv_row row;
	int ia = -1, it, is, ik, got, ret = -1;

	if (!r)
		return -1;
	got = csv_reader_next(r, &row, e);
	if (got <= 0) {
		if (got == 0)
			err_at(e, path, 1, "no header");
		goto out;
	}
	it = csv_row_find(&row, text_col);
	is = csv_row_find(&row, "speaker");
	ik = csv_row_find(&row, "kind");
	if (!article)
		ia = csv_row_find(&row, "article");
	if (it < 0 || is < 0 || ik < 0 || (!article && ia < 0)) {
		err_at(e, path, 1, "expected columns '%s', 'speaker', 'kind'%s",
		       text_col, article ? "" : ", 'article'");
		goto out;
	}
	while ((got = csv_reader_next(r, &row, e)) == 1) {
		if ((size_t)it >= row.n || (size_t)is >= row.n ||
		    (size_t)ik >= row.n || (!article && (size_t)ia >= row.n)) {
			err_at(e, path, csv_reader_line(r), "too few fields");
			goto out;
		}
		add_item(set, article ? article : row.field[ia],
			 row.field[it], row.field[is], row.field[ik]);
	}
	ret = got;
out:
	csv_reader_free(r);
	return ret;
}

int qscore_add_gold(struct qscore *s, const char *path, struct err *e)
{
	const char *base = strrchr(path, '/');
	size_t n;
	char *name;
	int ret;

	base = base ? base + 1 : path;
	n = strlen(base);
	if (n > 9 && !strcmp(base + n - 9, ".gold.csv"))
		n -= 9;
	else if (n > 4 && !strcmp(base + n - 4, ".csv"))
		n -= 4;
	name = xstrndup(base, n);
	ret = read_csv(&s->gold, path, name, "quote", e);
	free(name);
	return ret;
}

int qscore_add_pred(struct qscore *s, const char *path, struct err *e)
{
	return read_csv(&s->pred, path, NULL, "text", e);
}

/* Size of the multiset intersection of two sorted word lists. */
static size_t overlap(const struct item *a, const struct item *b)
{
	size_t i = 0, j = 0, n = 0;
	int c;

	while (i < a->nword && j < b->nword) {
		c = strcmp(a->word[i], b->word[j]);
		if (!c)
			n++, i++, j++;
		else if (c < 0)
			i++;
		else
			j++;
	}
	return n;
}

static int cmp_pair(const void *x, const void *y)
{
	const struct pair *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->g != b->g)
		return a->g < b->g ? -1 : 1;
	return (a->p > b->p) - (a->p < b->p);
}

static void fold(struct sbuf *sb, const char *s)
{
	sbuf_reset(sb);
	article_fold(sb, s, strlen(s));
}

static const char *surname(const char *s)
{
	const char *sp = strrchr(s, ' ');

	return sp ? sp + 1 : s;
}

/* At most one insertion, deletion or substitution apart. */
static int one_edit(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), i = 0;

	if (na < nb) {
		const char *t = a;

		a = b, b = t;
		na = strlen(a), nb = strlen(b);
	}
	if (na - nb > 1)
		return 0;
	while (i < nb && a[i] == b[i])
		i++;
	if (na == nb)
		return !strcmp(a + i + (i < na), b + i + (i < nb));
	return !strcmp(a + i + 1, b + i);
}

/* A person's name: every word capitalised ("Office of the ..." is not). */
static int name_like(const char *s)
{
	int start = 1;

	for (; *s; s++) {
		if (start && *s >= 'a' && *s <= 'z')
			return 0;
		start = *s == ' ';
	}
	return 1;
}

/* Speaker agreement: 2 same string, 1 same person spelt otherwise. */
static int same_speaker(const char *gold, const char *pred)
{
	struct sbuf g = SBUF_INIT, p = SBUF_INIT;
	const char *sg, *sp;
	int r = 0;

	fold(&g, gold);
	fold(&p, pred);
	if (!strcmp(g.buf, p.buf)) {
		r = 2;
		goto out;
	}
	if (!strcmp(p.buf, "unknown") || !strcmp(g.buf, "unknown") ||
	    !name_like(gold) || !name_like(pred))
		goto out;
	sg = surname(g.buf);
	sp = surname(p.buf);
	if (!strcmp(sg, sp) ||
	    ((strlen(sg) >= 5 || strlen(sp) >= 5) && one_edit(sg, sp)))
		r = 1;
out:
	sbuf_release(&g);
	sbuf_release(&p);
	return r;
}

static int in_kind(const struct item *it, int kind)
{
	return kind == K_ALL || it->kind == kind;
}

/* Match the quotes of one article and one kind; log misses if asked. */
static void match_article(struct qscore *s, const char *article, int kind,
			  struct tally *t, struct sbuf *log)
{
	struct pair *pr = NULL;
	size_t npr = 0, cap = 0, g, p, ov, k;
	struct item *gi, *pi;
	int sp;

	for (g = 0; g < s->gold.n; g++)
		s->gold.it[g].used = 0;
	for (p = 0; p < s->pred.n; p++)
		s->pred.it[p].used = 0;
	for (g = 0; g < s->gold.n; g++) {
		gi = &s->gold.it[g];
		if (strcmp(gi->article, article) || !in_kind(gi, kind))
			continue;
		t->gold++;
		for (p = 0; p < s->pred.n; p++) {
			pi = &s->pred.it[p];
			if (strcmp(pi->article, article) || !in_kind(pi, kind))
				continue;
			ov = overlap(gi, pi);
			if (!ov || 2 * ov < gi->nword || 2 * ov < pi->nword)
				continue;
			pr = xgrow(pr, &cap, npr + 1, sizeof(*pr));
			pr[npr].g = g;
			pr[npr].p = p;
			pr[npr].score = (double)ov / (double)(gi->nword >
				pi->nword ? gi->nword : pi->nword);
			npr++;
		}
	}
	for (p = 0; p < s->pred.n; p++)
		t->pred += !strcmp(s->pred.it[p].article, article) &&
			   in_kind(&s->pred.it[p], kind);
	if (npr > 1)
		qsort(pr, npr, sizeof(*pr), cmp_pair);
	for (k = 0; k < npr; k++) {
		gi = &s->gold.it[pr[k].g];
		pi = &s->pred.it[pr[k].p];
		if (gi->used || pi->used)
			continue;
		gi->used = pi->used = 1;
		t->match++;
		sp = same_speaker(gi->speaker, pi->speaker);
		t->spk += sp == 2;
		t->spk_var += sp >= 1;
		if (log && sp < 2)
			sbuf_addf(log, "%s\t%s\tspeaker%s\tgold '%s' got '%s'"
				  "\t%s\n", article, kind_names[kind],
				  sp ? " (lenient match)" : "", gi->speaker,
				  pi->speaker, gi->text);
	}
	for (g = 0; log && g < s->gold.n; g++) {
		gi = &s->gold.it[g];
		if (!gi->used && !strcmp(gi->article, article) &&
		    in_kind(gi, kind))
			sbuf_addf(log, "%s\t%s\tmissed\t%s\t%s\n", article,
				  kind_names[kind], gi->speaker, gi->text);
	}
	for (p = 0; log && p < s->pred.n; p++) {
		pi = &s->pred.it[p];
		if (!pi->used && !strcmp(pi->article, article) &&
		    in_kind(pi, kind))
			sbuf_addf(log, "%s\t%s\textra\t%s\t%s\n", article,
				  kind_names[kind], pi->speaker, pi->text);
	}
	free(pr);
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

void qscore_report(struct qscore *s, struct sbuf *out, int verbose)
{
	struct tally t[K_N];
	char **arts = NULL;
	size_t narts = 0, cap = 0, k, j;
	int kind;
	double pr, rc, f1;

	memset(t, 0, sizeof(t));
	for (k = 0; k < s->gold.n; k++) {
		for (j = 0; j < narts; j++)
			if (!strcmp(arts[j], s->gold.it[k].article))
				break;
		if (j < narts)
			continue;
		arts = xgrow(arts, &cap, narts + 1, sizeof(*arts));
		arts[narts++] = s->gold.it[k].article;
	}
	if (narts > 1)
		qsort(arts, narts, sizeof(*arts), cmp_str);
	for (k = 0; k < narts; k++)
		for (kind = 0; kind < K_N; kind++)
			match_article(s, arts[k], kind, &t[kind],
				      verbose && kind != K_ALL ? out : NULL);
	sbuf_addf(out, "%-9s %5s %5s %5s %6s %6s %6s %7s %9s\n", "kind",
		  "gold", "pred", "match", "P", "R", "F1", "speaker",
		  "(lenient)");
	for (kind = 0; kind < K_N; kind++) {
		pr = ratio(t[kind].match, t[kind].pred);
		rc = ratio(t[kind].match, t[kind].gold);
		f1 = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0.0;
		sbuf_addf(out, "%-9s %5zu %5zu %5zu %6.3f %6.3f %6.3f %7.3f "
			  "  (%5.3f)\n", kind_names[kind], t[kind].gold,
			  t[kind].pred, t[kind].match, pr, rc, f1,
			  ratio(t[kind].spk, t[kind].match),
			  ratio(t[kind].spk_var, t[kind].match));
	}
	sbuf_addf(out, "(%zu articles)\n", narts);
	/* the strict measure is the issue's; the lenient one only shows
	 * how many misses are spellings the article never prints */
	sbuf_addf(out, "speaker: accuracy on matched quotes, same name up to "
		  "case and accents\n(lenient): diagnostic only, also the "
		  "same surname or surnames one letter apart\n");
	free(arts);
}
