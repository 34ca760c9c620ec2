/*
 * Finding quoted words (issue #3). Marks are paired one paragraph at a
 * time because news style closes every quotation before a paragraph ends
 * and, for a quotation running on, leaves the closing mark off and opens
 * the next paragraph again.
 */
#include "quote.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "xalloc.h"

/*
 * Single-quoted spans shorter than this are scare quotes or terms
 * ("the formula of 'open doors'"), not quotations; headlines quote whole
 * clauses in single marks.
 */
#define SQ_MIN_WORDS 3

/* Tokens of context kept on each side of a quote, at most. */
#define CTX_SIDE 80

struct quote *quote_list_add(struct quote_list *l)
{
	struct quote *q;

	l->q = xgrow(l->q, &l->cap, l->n + 1, sizeof(*l->q));
	q = &l->q[l->n++];
	memset(q, 0, sizeof(*q));
	q->open = q->close = QUOTE_NONE;
	return q;
}

static int cmp_quote(const void *x, const void *y)
{
	const struct quote *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return (a->end > b->end) - (a->end < b->end);
}

/*
 * Lists arrive as a sorted run with quotes appended (reported speech
 * after the marked quotes), so sort only what follows the sorted prefix
 * and merge the two from the back, with a copy of the tail only: linear
 * in a long article instead of a full qsort() of its tens of thousands
 * of quotes, and no second copy of the list.
 */
void quote_list_sort(struct quote_list *l)
{
	size_t k = 1, m, i, j, o;
	struct quote *tail;

	while (k < l->n && cmp_quote(&l->q[k - 1], &l->q[k]) <= 0)
		k++;
	if (k >= l->n)
		return;
	m = l->n - k;
	qsort(l->q + k, m, sizeof(*l->q), cmp_quote);
	if (cmp_quote(&l->q[k - 1], &l->q[k]) <= 0)
		return;
	tail = xmalloc(m * sizeof(*tail));
	memcpy(tail, l->q + k, m * sizeof(*tail));
	/* i: sorted prefix left, j: tail left, o: slots left to fill */
	for (i = k, j = m, o = l->n; j > 0; o--) {
		if (i > 0 && cmp_quote(&l->q[i - 1], &tail[j - 1]) > 0)
			l->q[o - 1] = l->q[--i];
		else
			l->q[o - 1] = tail[--j];
	}
	free(tail);
}

void quote_list_remove(struct quote_list *l, size_t i)
{
	free(l->q[i].speaker);
	memmove(&l->q[i], &l->q[i + 1], (l->n - i - 1) * sizeof(*l->q));
	l->n--;
}

void quote_list_release(struct quote_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->q[i].speaker);
	free(l->q);
	memset(l, 0, sizeof(*l));
}

void quote_set_context(const struct article *a, struct quote *q)
{
	size_t t0, t1;

	q->ctx_start = q->start;
	q->ctx_end = q->end;
	if (q->tok1 <= q->tok0 || q->tok1 > a->ntok)
		return;
	t0 = a->sent[a->tok[q->tok0].sent].tok0;
	t1 = a->sent[a->tok[q->tok1 - 1].sent].tok1;
	/* a sentence of thousands of words (text without full stops) gives
	 * each quote the words around it, not all of it */
	if (q->tok0 - t0 > CTX_SIDE)
		t0 = q->tok0 - CTX_SIDE;
	if (t1 - q->tok1 > CTX_SIDE)
		t1 = q->tok1 + CTX_SIDE;
	if (a->tok[t0].start < q->ctx_start)
		q->ctx_start = a->tok[t0].start;
	if (a->tok[t1 - 1].end > q->ctx_end)
		q->ctx_end = a->tok[t1 - 1].end;
}

int quote_reads_context(const struct quote *q)
{
	return q->kind == QUOTE_PARTIAL &&
	       (q->ctx_start < q->start || q->ctx_end > q->end);
}

const char *quote_kind_name(enum quote_kind k)
{
	switch (k) {
	case QUOTE_DIRECT:
		return "direct";
	case QUOTE_PARTIAL:
		return "partial";
	case QUOTE_INDIRECT:
		return "indirect";
	}
	return "?";
}

static int ends_sentence(char p)
{
	return p == '.' || p == '!' || p == '?' || p == 'e' || p == ':';
}

static int ends_full(char p)
{
	return p == '.' || p == '!' || p == '?';
}

/* Direct when nothing of the writer's sentence comes before the mark. */
static enum quote_kind kind_at(const struct article *a, size_t open,
			       size_t para_tok0)
{
	const struct article_tok *t;

	if (open == QUOTE_NONE || open <= para_tok0)
		return QUOTE_DIRECT;
	t = &a->tok[open - 1];
	/* 'she said—and here she paused—"is open ...": after a dash, a
	 * quotation that goes on in lower case resumes the sentence */
	if (t->punct == '-' && open + 1 < a->ntok &&
	    (a->tok[open + 1].flags & ARTICLE_WORD) &&
	    !(a->tok[open + 1].flags & (ARTICLE_CAP | ARTICLE_DIGIT)))
		return QUOTE_PARTIAL;
	/* 'Macron: « an investment in our own security »': a fragment
	 * in lower case after a label's colon */
	if (t->punct == ':' && open + 1 < a->ntok &&
	    (a->tok[open + 1].flags & ARTICLE_WORD) &&
	    !(a->tok[open + 1].flags & (ARTICLE_CAP | ARTICLE_DIGIT)))
		return QUOTE_PARTIAL;
	if (ends_sentence(t->punct) || t->punct == '(' || t->punct == '[' ||
	    t->punct == '-')
		return QUOTE_DIRECT;
	/* "in a post on X. \"...\"": a sentence ended on a word */
	if (t->sent != a->tok[open].sent && (t->flags & ARTICLE_WORD))
		return QUOTE_DIRECT;
	/* a list's bullet ("* \"...,\" X said") opens the paragraph */
	if (open - 1 == para_tok0 && t->punct == 'o')
		return QUOTE_DIRECT;
	/* "Nov. 21, 2025\n\"Ukraine is not ...\"": a quotation that opens
	 * a line in capitals, under a date */
	if (memchr(a->text + t->end, '\n', a->tok[open].start - t->end) &&
	    open + 1 < a->ntok && (a->tok[open + 1].flags & ARTICLE_CAP))
		return QUOTE_DIRECT;
	if (t->punct == 'q' && !(t->flags & ARTICLE_OPEN))
		return QUOTE_DIRECT; /* right after another quotation */
	return QUOTE_PARTIAL;
}

/*
 * Add the words between tokens w0 and w1 (exclusive ends) as a quote,
 * without the comma that English puts inside the closing mark.
 */
static struct quote *emit(const struct article *a, struct quote_list *out,
			  size_t open, size_t close, size_t w0, size_t w1,
			  size_t p)
{
	struct quote *q;
	size_t k;
	char c;

	while (w1 > w0) {
		c = a->tok[w1 - 1].punct;
		if (c != ',' && c != ';' && c != ':' && c != '-')
			break;
		w1--;
	}
	while (w0 < w1 && a->tok[w0].punct == '-')
		w0++;
	for (k = w0; k < w1 && !(a->tok[k].flags & ARTICLE_WORD); k++)
		;
	if (k == w1)
		return NULL; /* no words: "" or " , " */
	q = quote_list_add(out);
	q->open = open;
	q->close = close;
	q->tok0 = w0;
	q->tok1 = w1;
	q->start = a->tok[w0].start;
	q->end = a->tok[w1 - 1].end;
	q->para = p;
	q->kind = kind_at(a, open, a->para[p].tok0);
	/* 'As X put it, "Nobody dragged us in. We ran."': whole sentences
	 * after a comma, from a capital to a full stop */
	if (q->kind == QUOTE_PARTIAL && open != QUOTE_NONE &&
	    a->tok[open - 1].punct == ',' && (a->tok[w0].flags & ARTICLE_CAP) &&
	    w1 - w0 >= 3 && (ends_full(a->tok[w1 - 1].punct) ||
			     (close != QUOTE_NONE && close + 1 < a->ntok &&
			      a->tok[close + 1].para == p &&
			      ends_full(a->tok[close + 1].punct))))
		q->kind = QUOTE_DIRECT;
	return q;
}

/*
 * How many words tokens [t0, t1) hold, or 0 when a quotation mark is
 * among them (a line with marks is paired by its marks, not its label).
 */
/* How many words tokens [t0, t1) hold, marks or not. */
static size_t words_in(const struct article *a, size_t t0, size_t t1)
{
	size_t words = 0;

	for (; t0 < t1; t0++)
		words += (a->tok[t0].flags & ARTICLE_WORD) != 0;
	return words;
}

static size_t plain_words(const struct article *a, size_t t0, size_t t1)
{
	size_t i, words = 0;

	for (i = t0; i < t1; i++) {
		if (a->tok[i].punct == 'q')
			return 0;
		words += (a->tok[i].flags & ARTICLE_WORD) != 0;
	}
	return words;
}

/* A labelled line: the words [w0, w1) of paragraph p, direct, with the
 * label that says who speaks (quote.h). */
static struct quote *emit_line(const struct article *a,
			       struct quote_list *out, size_t w0, size_t w1,
			       size_t p, int label)
{
	struct quote *q = emit(a, out, QUOTE_NONE, QUOTE_NONE, w0, w1, p);

	if (q) {
		q->kind = QUOTE_DIRECT;
		q->label = label;
	}
	return q;
}

/* A straight mark closes when glued to the word before it. */
static int looks_closing(const struct article *a, size_t i, size_t tok1)
{
	const struct article_tok *t = &a->tok[i];

	if ((t->flags & ARTICLE_OPEN) || i == a->para[t->para].tok0)
		return 0;
	/* Swedish and Finnish open with the closing mark too (”...”):
	 * after a space and right before a word, it opens */
	if (t->flags & ARTICLE_CLOSE)
		return !((t->flags & ARTICLE_SPACE) && i + 1 < tok1 &&
			 (a->tok[i + 1].flags & ARTICLE_WORD) &&
			 !(a->tok[i + 1].flags & ARTICLE_SPACE));
	if (t->flags & ARTICLE_SPACE)
		return 0;
	return i + 1 >= tok1 || (a->tok[i + 1].flags & ARTICLE_SPACE) ||
	       !(a->tok[i + 1].flags & ARTICLE_WORD);
}

static int next_para_reopens(const struct article *a, size_t p)
{
	const struct article_tok *t;

	if (p + 1 >= a->npara)
		return 0;
	t = &a->tok[a->para[p + 1].tok0];
	return (t->flags & ARTICLE_DQ) && !(t->flags & ARTICLE_CLOSE);
}

/*
 * "“We are asking for clarity, – Zelensky said. – Ukraine has earned
 * it.”": Ukrainian and Russian wire copy sets the attribution off by
 * dashes inside one pair of marks. Whether the marks at open and close
 * hold such an aside: a comma or full stop and a spaced dash (*d1), two
 * to six words, a full stop or comma and a spaced dash (*d2).
 */
static int inner_attribution(const struct article *a, size_t open,
			     size_t close, size_t *d1, size_t *d2)
{
	size_t k, j, words;

	for (k = open + 2; k + 4 < close; k++) {
		if (a->tok[k].punct != '-' ||
		    !(a->tok[k].flags & ARTICLE_SPACE) ||
		    (a->tok[k - 1].punct != ',' && a->tok[k - 1].punct != '.'))
			continue;
		for (j = k + 1, words = 0; j < close && words < 7 &&
					   (a->tok[j].flags & ARTICLE_WORD);
		     j++)
			words++;
		if (words >= 2 && words <= 6 && j + 2 < close &&
		    (a->tok[j].punct == '.' || a->tok[j].punct == ',') &&
		    a->tok[j + 1].punct == '-' &&
		    (a->tok[j + 2].flags & ARTICLE_WORD)) {
			*d1 = k;
			*d2 = j + 1;
			return 1;
		}
	}
	/* Spanish: "«Ukraine's membership —the president added— is a
	 * question of when»", "«We will not veto anyone —the minister
	 * stressed—. Spain has ...»": dashes set close to the aside */
	for (k = open + 2; k + 4 < close; k++) {
		if (a->tok[k].punct != '-' ||
		    !(a->tok[k].flags & ARTICLE_SPACE) ||
		    !(a->tok[k - 1].flags & ARTICLE_WORD) ||
		    !(a->tok[k + 1].flags & ARTICLE_WORD) ||
		    (a->tok[k + 1].flags & ARTICLE_SPACE))
			continue;
		/* (up to ten words: "—Albares stated on his arrival at
		 * NATO headquarters—", set close as only an aside is) */
		for (j = k + 1, words = 0; j < close && words < 11 &&
					   (a->tok[j].flags & ARTICLE_WORD);
		     j++)
			words++;
		if (words < 2 || words > 10 || j + 2 >= close ||
		    a->tok[j].punct != '-' || (a->tok[j].flags & ARTICLE_SPACE))
			return 0;
		*d1 = k;
		*d2 = a->tok[j + 1].punct == '.' || a->tok[j + 1].punct == ',' ?
			      j + 1 : j;
		return (a->tok[*d2 + 1].flags & ARTICLE_WORD) != 0;
	}
	return 0;
}

/* Whether token i is the guillemet g (0xab "«" or 0xbb "»"). */
static int guillemet(const struct article *a, size_t i, unsigned g)
{
	const unsigned char *s =
		(const unsigned char *)a->text + a->tok[i].start;

	return a->tok[i].end - a->tok[i].start == 2 && s[0] == 0xc2 &&
	       s[1] == g;
}

/* The last closing guillemet of tokens [tok0, tok1), or QUOTE_NONE. */
static size_t last_guillemet(const struct article *a, size_t tok0,
			     size_t tok1)
{
	while (tok1-- > tok0)
		if (guillemet(a, tok1, 0xbb))
			return tok1;
	return QUOTE_NONE;
}

/* Pair the double marks of paragraph p; returns whether the paragraph
 * left a quotation open into the next one. */
static int pair_double(const struct article *a, size_t p, int cont,
		       struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	size_t i, open = QUOTE_NONE, first = out->n, d1, d2;
	size_t gclose = QUOTE_NONE;
	int gknown = 0;
	const struct article_tok *t;
	struct quote *q;

	for (i = pa->tok0; i < pa->tok1; i++) {
		t = &a->tok[i];
		if (!(t->flags & ARTICLE_DQ))
			continue;
		/* «... an „honest debate“, then ...»: inside guillemets,
		 * other double marks are a quotation within it */
		if (open != QUOTE_NONE && guillemet(a, open, 0xab) &&
		    !guillemet(a, i, 0xbb)) {
			if (!gknown) { /* once per paragraph */
				gclose = last_guillemet(a, pa->tok0, pa->tok1);
				gknown = 1;
			}
			if (gclose != QUOTE_NONE && i < gclose)
				continue;
		}
		if (open == QUOTE_NONE) {
			if (!looks_closing(a, i, pa->tok1)) {
				open = i;
				continue;
			}
			/* a closing mark whose opening mark is missing */
			if (out->n == first && i > pa->tok0)
				emit(a, out, QUOTE_NONE, i, pa->tok0, i, p);
			continue;
		}
		if (inner_attribution(a, open, i, &d1, &d2)) {
			q = emit(a, out, open, d1, open + 1, d1, p);
			if (q && cont && open == pa->tok0)
				q->cont_prev = 1;
			emit(a, out, d2, i, d2 + 1, i, p);
			open = QUOTE_NONE;
			continue;
		}
		q = emit(a, out, open, i, open + 1, i, p);
		if (q && cont && open == pa->tok0)
			q->cont_prev = 1;
		open = QUOTE_NONE;
		/* “A. “B”: an opening mark inside a quotation starts one */
		if ((t->flags & ARTICLE_OPEN) && i > pa->tok0 &&
		    ends_sentence(a->tok[i - 1].punct))
			open = i;
	}
	if (open == QUOTE_NONE)
		return 0;
	if (next_para_reopens(a, p)) {
		q = emit(a, out, open, QUOTE_NONE, open + 1, pa->tok1, p);
		if (q) {
			q->cont_next = 1;
			q->cont_prev = cont && open == pa->tok0;
		}
		return 1;
	}
	if (out->n == first && open > pa->tok0 &&
	    a->tok[open - 1].punct == ',' &&
	    !(a->tok[open].flags & ARTICLE_OPEN)) {
		/* `..., "he wrote`: the outlet lost the opening mark */
		emit(a, out, QUOTE_NONE, open, pa->tok0, open, p);
		return 0;
	}
	emit(a, out, open, QUOTE_NONE, open + 1, pa->tok1, p);
	return 0;
}

static int sq_opens(const struct article *a, size_t i, size_t tok1)
{
	const struct article_tok *t = &a->tok[i];

	if (!(t->flags & ARTICLE_SQ) || (t->flags & ARTICLE_CLOSE))
		return 0;
	return i + 1 < tok1 && (a->tok[i + 1].flags & ARTICLE_WORD) &&
	       !(a->tok[i + 1].flags & ARTICLE_SPACE);
}

static int sq_closes(const struct article *a, size_t i, size_t tok1)
{
	const struct article_tok *t = &a->tok[i];

	if (!(t->flags & ARTICLE_SQ) || (t->flags & ARTICLE_OPEN))
		return 0;
	return !(t->flags & ARTICLE_SPACE) &&
	       (i + 1 >= tok1 || (a->tok[i + 1].flags & ARTICLE_SPACE) ||
		!(a->tok[i + 1].flags & ARTICLE_WORD));
}

/* The first word in s' (a straight or right single mark read as a
 * plural's possessive: "weeks’ of") among tokens [i, j), or
 * QUOTE_NONE. */
static size_t s_quote_close(const struct article *a, size_t i, size_t j)
{
	const struct article_tok *t;

	for (; i < j; i++) {
		t = &a->tok[i];
		if (!(t->flags & ARTICLE_POSS))
			continue;
		if ((t->poss == 1 && a->text[t->end - 1] == '\'') ||
		    (t->poss == 3 &&
		     !memcmp(a->text + t->end - 3, "\xe2\x80\x99", 3)))
			return i;
	}
	return QUOTE_NONE;
}

/* Single marks around whole clauses, outside double-quoted spans. */
static void pair_single(const struct article *a, size_t p,
			struct quote_list *out, size_t first)
{
	const struct article_para *pa = &a->para[p];
	size_t i, j, k, words, dq = first, ndq = out->n;
	struct quote *q;

	for (i = pa->tok0; i < pa->tok1; i++) {
		if (!sq_opens(a, i, pa->tok1))
			continue;
		/* inside a double-quoted span? (those of the paragraph,
		 * in order: one pass over them for all its marks) */
		while (dq < ndq && out->q[dq].end <= a->tok[i].start)
			dq++;
		if (dq < ndq && a->tok[i].start >= out->q[dq].start)
			continue;
		words = 0;
		for (j = i + 1; j < pa->tok1; j++) {
			if (a->tok[j].flags & ARTICLE_DQ)
				break;
			if (sq_closes(a, j, pa->tok1))
				break;
			/* "was 'reckless' and accused it of 'sleepwalking
			 * into war'": another mark opens, so the word in s'
			 * before it closed the first ("reckless'" is read
			 * as a plural's possessive) */
			if (j > i + 1 && sq_opens(a, j, pa->tok1) &&
			    (k = s_quote_close(a, i + 1, j)) != QUOTE_NONE) {
				j = k;
				break;
			}
			words += (a->tok[j].flags & ARTICLE_WORD) != 0;
		}
		/* "says neutrality 'is not protecting us' as ...": no mark
		 * closes it, but a word in s' does ("us'" read as a
		 * plural's possessive) */
		if (j >= pa->tok1 &&
		    (k = s_quote_close(a, i + 1, pa->tok1)) != QUOTE_NONE &&
		    k + 1 < pa->tok1 &&
		    (a->tok[k + 1].flags & ARTICLE_SPACE))
			j = k;
		if (j < pa->tok1 && !(a->tok[j].flags & ARTICLE_SQ)) {
			/* closed inside token j, a word in s' */
			for (k = i + 1, words = 0; k <= j; k++)
				words += (a->tok[k].flags & ARTICLE_WORD) != 0;
			q = words >= SQ_MIN_WORDS ?
				    emit(a, out, i, QUOTE_NONE, i + 1, j + 1, p) :
				    NULL;
			if (q)
				q->end = ARTICLE_BASE_END(&a->tok[j]);
			i = j;
			continue;
		}
		if (j >= pa->tok1 || !(a->tok[j].flags & ARTICLE_SQ))
			continue;
		if (words >= SQ_MIN_WORDS)
			emit(a, out, i, j, i + 1, j, p);
		i = j;
	}
}

/* A dash with white space on both sides, not a hyphen inside a word. */
static int spaced_dash(const struct article *a, size_t i, size_t tok1)
{
	return a->tok[i].punct == '-' && (a->tok[i].flags & ARTICLE_SPACE) &&
	       i + 1 < tok1 && (a->tok[i + 1].flags & ARTICLE_SPACE);
}

/*
 * "- We are not waiting for anyone - Lukowski said on TV. - If Ukraine
 * joins, our task changes.": the speech resumes after the attribution's
 * full stop with a spaced dash. The first spaced dash after the opening
 * one ends the first quote (dash set), the attribution up to its full
 * stop has two to eight words, and the rest of the paragraph after the
 * next spaced dash is the second quote (the speaker module gives it the
 * first one's speaker). Whether paragraph p was read so.
 */
static int dash_resumes(const struct article *a, size_t p,
			struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	size_t i, j1 = QUOTE_NONE, words = 0;
	struct quote *q;

	for (i = pa->tok0 + 2; i < pa->tok1 && j1 == QUOTE_NONE; i++)
		if (spaced_dash(a, i, pa->tok1))
			j1 = i;
	if (j1 == QUOTE_NONE || j1 < pa->tok0 + 4)
		return 0;
	for (i = j1 + 1; i < pa->tok1 && a->tok[i].punct != '.'; i++)
		words += (a->tok[i].flags & ARTICLE_WORD) != 0;
	if (words < 2 || words > 8 || i + 4 >= pa->tok1 ||
	    !spaced_dash(a, i + 1, pa->tok1))
		return 0;
	q = emit(a, out, pa->tok0, j1, pa->tok0 + 1, j1, p);
	if (q)
		q->dash = 1;
	q = emit(a, out, i + 1, QUOTE_NONE, i + 2, pa->tok1, p);
	if (q)
		q->kind = QUOTE_DIRECT;
	return 1;
}

/* Words that open the speech's own clause after a comma, never a
 * dashed speech's attribution ("..., and Moscow knows it."). */
static const char *const not_first[] = { "of", "and", "but", "or", "in",
					 "as", "if", "not", "which", "who",
					 "that", "because", "so", NULL };

/* Verbs of speech that open or close a dashed speech's attribution
 * ("..., says Johanna Lindqvist, head of security at the port."). */
static const char *const dash_says[] = { "says", "said", "adds", "added",
					 "writes", "wrote", "tells", "told",
					 "explains", "explained", "notes",
					 "noted", "stresses", "stressed",
					 "continues", "replies", "replied",
					 "according", "admits", "admitted",
					 "insists", "insisted", "warns",
					 "warned", "argues", "argued",
					 "repeats", "repeated", "recalls",
					 "recalled",
					 "believes", "thinks", "concludes",
					 "concluded", "emphasises",
					 "emphasizes", "points", "pointed",
					 "sighs", "laughs", "smiles", NULL };

/* Verbs that carry a dashed speech on past its attribution's comma
 * ("– All we want, she says, is what Sweden got."). */
static const char *const dash_goes_on[] = { "is", "are", "was", "were",
					    "will", "would", "can", "must",
					    "has", "have", "had", NULL };

/* Whether a verb of speech is among the three tokens after token i. */
static int says_after(const struct article *a, size_t i, size_t end)
{
	size_t k;

	for (k = i + 1; k < end && k <= i + 3; k++)
		if (article_is_any(a, k, dash_says))
			return 1;
	return 0;
}

/*
 * "– A grey zone is exactly what Putin wants, he says. A neutral Ukraine
 * would be ...", "– The Nordic countries can make a lot of noise, she
 * says. – But in the end ...": a dashed speech whose attribution (two to
 * four words after a comma, up to a full stop, not opening with "of",
 * "and"...) comes mid-paragraph, the speech going on after it, perhaps
 * after another dash. The first part closes at the comma (dash set),
 * the rest is a second quote of the same speech. Whether paragraph p
 * was read so.
 */
static int dash_mid_attribution(const struct article *a, size_t p,
				struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	size_t i, e, words, s;
	struct quote *q;

	for (i = pa->tok0 + 1; i + 3 < pa->tok1; i++) {
		/* ("- ... - Łukowski said. - ...": dash_resumes()'s) */
		if (spaced_dash(a, i, pa->tok1))
			return 0;
		if (a->tok[i].punct != ',' || i < pa->tok0 + 3)
			continue;
		for (e = i + 1, words = 0;
		     e < pa->tok1 && (a->tok[e].flags & ARTICLE_WORD); e++)
			words++;
		if (words < 2 || words > 4 || e + 2 >= pa->tok1 ||
		    article_is_any(a, i + 1, not_first) ||
		    !says_after(a, i, e))
			return 0; /* (the first comma decides) */
		/* "– Sweden is safer today, says Jonson, and that is
		 * because ...": the speech goes on in lower case after the
		 * attribution's comma (a partial second piece) */
		/* (or goes on with its verb: "– But this, says Sandvik,
		 * is what it costs to be a serious ally.") */
		if (a->tok[e].punct == ',' &&
		    (article_is(a, e + 1, "and") || article_is(a, e + 1, "but") ||
		     article_is(a, e + 1, "because") ||
		     article_is(a, e + 1, "so") ||
		     article_is_any(a, e + 1, dash_goes_on)) &&
		    a->tok[pa->tok1 - 1].punct == '.') {
			q = emit(a, out, pa->tok0, i, pa->tok0 + 1, i, p);
			if (q)
				q->dash = 1;
			q = emit(a, out, QUOTE_NONE, QUOTE_NONE, e + 1,
				 pa->tok1, p);
			if (q)
				q->kind = QUOTE_PARTIAL;
			return 1;
		}
		/* ("..., says Commodore Markus Aaltonen, commander of
		 * the Coastal Fleet. – We used to plan alone.": a post
		 * after the name, then the speech after its dash) */
		if (a->tok[e].punct == ',' && says_after(a, i, e)) {
			size_t f;

			for (f = e + 1; f < pa->tok1 && f < e + 14 &&
					((a->tok[f].flags & ARTICLE_WORD) ||
					 a->tok[f].punct == ',' ||
					 a->tok[f].punct == '(' ||
					 a->tok[f].punct == ')');
			     f++)
				;
			if (f < pa->tok1 && a->tok[f].punct == '.' &&
			    spaced_dash(a, f + 1, pa->tok1))
				e = f;
		}
		if (a->tok[e].punct != '.')
			return 0;
		s = spaced_dash(a, e + 1, pa->tok1) ? e + 2 : e + 1;
		if (s + 1 >= pa->tok1 || !(a->tok[s].flags & ARTICLE_CAP))
			return 0;
		q = emit(a, out, pa->tok0, i, pa->tok0 + 1, i, p);
		if (q)
			q->dash = 1;
		q = emit(a, out, s > e + 1 ? e + 1 : QUOTE_NONE, QUOTE_NONE, s,
			 pa->tok1, p);
		if (q)
			q->kind = QUOTE_DIRECT;
		return 1;
	}
	return 0;
}

/* Whether two capitalised words, a name in full, stand among the first
 * six tokens of paragraph p's last sentence ("His colleague Sara
 * Ahmadi, 34, is more positive."). */
static int name_opens_last_sentence(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t s0, k;

	s0 = a->sent[a->tok[pa->tok1 - 1].sent].tok0;
	if (s0 < pa->tok0)
		s0 = pa->tok0;
	for (k = s0 + 1; k < pa->tok1 && k < s0 + 6; k++)
		if ((a->tok[k].flags & ARTICLE_CAP) &&
		    (a->tok[k - 1].flags & ARTICLE_CAP) &&
		    (a->tok[k].flags & ARTICLE_WORD) &&
		    (a->tok[k - 1].flags & ARTICLE_WORD) &&
		    !(a->tok[k].flags & ARTICLE_ACRONYM))
			return 1;
	return 0;
}

/*
 * "- Our military neutrality is not for sale - Vucic said.": a paragraph
 * opening with a dash, no quotation marks, and at most eight words after
 * its last spaced dash, or after its last comma.
 */
static void pair_dash(const struct article *a, size_t p,
		      struct quote_list *out, int marks_ok)
{
	const struct article_para *pa = &a->para[p];
	size_t i, j = QUOTE_NONE, words = 0;
	int counting = 1;
	struct quote *q;

	if (pa->tok1 - pa->tok0 < 6 || a->tok[pa->tok0].punct != '-' ||
	    !(a->tok[pa->tok0 + 1].flags & ARTICLE_SPACE))
		return;
	for (i = pa->tok0 + 1; i < pa->tok1; i++) {
		/* (marks_ok: the marks hold only terms, as „irreversible“) */
		if (a->tok[i].punct == 'q' && !marks_ok)
			return;
		if (spaced_dash(a, i, pa->tok1)) {
			j = i;
			words = 0;
			counting = 1;
		} else if (a->tok[i].punct == ',' && j != QUOTE_NONE) {
			/* "— Peskov said in October, asked about ...": the
			 * attribution is the words up to its comma */
			counting = 0;
		} else if (counting) {
			words += (a->tok[i].flags & ARTICLE_WORD) != 0;
		}
	}
	if ((j == QUOTE_NONE || a->tok[j - 1].punct == '.') &&
	    dash_mid_attribution(a, p, out))
		return;
	/* "– It is important that parliament gets the full picture, she
	 * says.": Nordic and Russian papers close the speech with a comma
	 * and the attribution (the speaker module drops it when no verb
	 * of speech follows) */
	if (j == QUOTE_NONE && a->tok[pa->tok1 - 1].punct == '.') {
		words = 0;
		for (i = pa->tok1 - 1; i > pa->tok0 + 4 && words <= 8; i--) {
			if (a->tok[i].punct == ',')
				break;
			/* (a party's letter in brackets counts for
			 * nothing: "Maria Malmer Stenergard (M) to
			 * Ekot") */
			if (a->tok[i].punct == ')' && i > pa->tok0 + 7 &&
			    a->tok[i - 2].punct == '(') {
				i -= 2;
				continue;
			}
			words += (a->tok[i].flags & ARTICLE_WORD) != 0;
		}
		if (a->tok[i].punct == ',' && words >= 2 &&
		    !article_is_any(a, i + 1, not_first))
			j = i;
		/* "..., says Aron Emilsson, the Sweden Democrats' foreign
		 * policy spokesperson.": the attribution before its
		 * apposition */
		if (j != QUOTE_NONE && (article_is(a, j + 1, "the") ||
					article_is(a, j + 1, "a") ||
					article_is(a, j + 1, "an"))) {
			/* (past "(S)": "says Morgan Johansson (S), the
			 * party's ...") */
			i = j - 1;
			if (i > pa->tok0 + 7 && a->tok[i].punct == ')' &&
			    a->tok[i - 2].punct == '(')
				i -= 3;
			for (words = 0;
			     i > pa->tok0 + 4 && words <= 4 &&
			     (a->tok[i].flags & ARTICLE_WORD);
			     i--)
				words++;
			if (a->tok[i].punct == ',' && words >= 2 && words <= 4)
				j = i;
		}
		/* (and an apposition of a post with no article: "...,
		 * says Johanna Lindqvist, head of security at the Port
		 * of Gothenburg.": the comma before the verb) */
		if (j != QUOTE_NONE && !says_after(a, j, pa->tok1)) {
			for (i = j - 1, words = 0;
			     i > pa->tok0 + 4 && words <= 5 &&
			     a->tok[i].punct != ',';
			     i--)
				words += (a->tok[i].flags & ARTICLE_WORD) != 0;
			if (a->tok[i].punct == ',' && words >= 2 &&
			    says_after(a, i, j))
				j = i;
		}
	}
	/* "..., Häkkänen said on Monday during a visit to the Coastal
	 * Fleet at the Pansio naval base.", "..., says Steinar Pedersen
	 * (H), group leader for ..., when Nordlys reaches him by phone.":
	 * a longer attribution, from the last comma before a verb of
	 * speech */
	/* (and "..., says the chair of the city board, Sanna Koivisto
	 * (sd.).": not the last comma's) */
	if ((j == QUOTE_NONE ||
	     (a->tok[j].punct == ',' && !says_after(a, j, pa->tok1))) &&
	    a->tok[pa->tok1 - 1].punct == '.') {
		for (i = pa->tok1 - 2; i > pa->tok0 + 2 && pa->tok1 - i < 40 &&
				       a->tok[i].punct != 'q' &&
				       !spaced_dash(a, i, pa->tok1);
		     i--)
			if (a->tok[i].punct == ',' &&
			    says_after(a, i, pa->tok1) &&
			    !article_is_any(a, i + 1, not_first)) {
				j = i;
				words = 1;
				break;
			}
	}
	if (j != QUOTE_NONE && dash_resumes(a, p, out))
		return;
	/* "– We respect the decisions of our neighbours. ..." with no
	 * attribution, right after a paragraph of speech whose attribution
	 * a dash or a comma set off ("– ... – Vucic said.", "– ..., says
	 * Ida Vestergaard."): more of the same speech */
	if (j == QUOTE_NONE && out->n > 0 && out->q[out->n - 1].dash &&
	    out->q[out->n - 1].para + 1 == p &&
	    out->q[out->n - 1].close != QUOTE_NONE &&
	    (a->tok[out->q[out->n - 1].close].punct == '-' ||
	     a->tok[out->q[out->n - 1].close].punct == ',') &&
	    a->tok[pa->tok1 - 1].punct == '.') {
		q = emit(a, out, pa->tok0, QUOTE_NONE, pa->tok0 + 1,
			 pa->tok1, p);
		if (q)
			q->dash = 2;
		return;
	}
	/* "His colleague Sara Ahmadi, 34, is more positive." then "– My
	 * parents fled a war. ...": speech with no attribution after a
	 * short paragraph of narration with no quotation (the speaker
	 * module keeps it only when that paragraph's last sentence opens
	 * with a person named in full) */
	/* (a dash of typesetting, not a list's hyphen, after narration
	 * that is no list item itself) */
	/* (its last comma no attribution: "..., then fine.") */
	if ((j == QUOTE_NONE ||
	     (a->tok[j].punct == ',' && !says_after(a, j, pa->tok1))) &&
	    p > 1 && a->tok[pa->tok1 - 1].punct == '.' &&
	    a->text[a->tok[pa->tok0].start] != '-' &&
	    a->tok[a->para[p - 1].tok0].punct != '-' &&
	    !a->para[p - 1].headline &&
	    a->para[p - 1].tok1 > a->para[p - 1].tok0 &&
	    a->para[p - 1].tok1 - a->para[p - 1].tok0 <= 30 &&
	    a->tok[a->para[p - 1].tok1 - 1].punct == '.' &&
	    (out->n == 0 || out->q[out->n - 1].para + 1 < p) &&
	    plain_words(a, pa->tok0 + 1, pa->tok1) >= 4 &&
	    name_opens_last_sentence(a, p - 1)) {
		q = emit(a, out, pa->tok0, QUOTE_NONE, pa->tok0 + 1,
			 pa->tok1, p);
		if (q)
			q->dash = 3;
		return;
	}
	/* (a longer attribution after its dash when it opens with a
	 * verb of speech: ", – says Jadvyga Malinovska (74) from a
	 * village near Šalčininkai.") */
	if (j == QUOTE_NONE || j < pa->tok0 + 4 || words == 0 ||
	    (words > 8 && !(words <= 30 && a->tok[j].punct == '-' &&
			    article_is_any(a, j + 1, dash_says))))
		return;
	q = emit(a, out, pa->tok0, j, pa->tok0 + 1, j, p);
	if (q)
		q->dash = 1;
}

/*
 * pair_dash() with marks allowed, on paragraph p whose quotations
 * (terms) were out->q[first, n) before out->n was set back to first:
 * when a dashed speech is found, those outside it are added back.
 */
static void pair_dash_keeping(const struct article *a, size_t p,
			      struct quote_list *out, size_t first, size_t n)
{
	struct quote keep[8];
	size_t nk = n - first, m, k, e;
	int inside;

	memcpy(keep, &out->q[first], nk * sizeof(*keep));
	pair_dash(a, p, out, 1);
	for (e = out->n, m = 0; e > first && m < nk; m++) {
		for (inside = 0, k = first; k < e && !inside; k++)
			inside = keep[m].start >= out->q[k].start &&
				 keep[m].end <= out->q[k].end;
		if (!inside)
			*quote_list_add(out) = keep[m];
	}
}

/*
 * A dialogue set off by dashes, as Russian papers print interviews: a
 * paragraph opening with a spaced dash, after a paragraph that opens with
 * one and ends in a question mark, is the answer (label 2: the person
 * interviewed), unless a spaced dash inside it opens an attribution
 * ("..., — the minister recalled."), which pair_dash() reads.
 */
static int dash_question(const struct article *a, size_t p);
static int first_person(const struct article *a, size_t p);

static void pair_dash_answer(const struct article *a, size_t p,
			     struct quote_list *out)
{
	const struct article_para *pa = &a->para[p], *pq;
	size_t i;

	if (p == 0 || pa->tok1 - pa->tok0 < 3 ||
	    a->tok[pa->tok0].punct != '-' ||
	    !(a->tok[pa->tok0 + 1].flags & ARTICLE_SPACE))
		return;
	pq = &a->para[p - 1];
	for (i = pa->tok0 + 1; i < pa->tok1; i++)
		if (a->tok[i].punct == 'q' || spaced_dash(a, i, pa->tok1))
			return;
	/* "Nodar, 67, walks us along his orchard." then "— This is
	 * where the wire was ...", then "— When did you ...?": the first
	 * answer of a dialogue is the person the paragraph before it
	 * brings in (label 9, as a block quotation) */
	if (pq->tok1 > pq->tok0 && a->tok[pq->tok0].punct != '-' &&
	    p + 1 < a->npara && dash_question(a, p + 1) &&
	    first_person(a, p)) {
		emit_line(a, out, pa->tok0 + 1, pa->tok1, p, 9);
		return;
	}
	if (!dash_question(a, p - 1))
		return;
	emit_line(a, out, pa->tok0 + 1, pa->tok1, p, 2);
}

/* Whether paragraph p is a question set off by a dash. */
static int dash_question(const struct article *a, size_t p)
{
	const struct article_para *pq = &a->para[p];

	return pq->tok1 - pq->tok0 >= 3 && a->tok[pq->tok0].punct == '-' &&
	       a->tok[pq->tok1 - 1].punct == '?';
}

/* Whether tokens i and j are the same bytes. */
static int same_word(const struct article *a, size_t i, size_t j)
{
	size_t n = a->tok[i].end - a->tok[i].start;

	return a->tok[j].end - a->tok[j].start == n &&
	       !memcmp(a->text + a->tok[i].start, a->text + a->tok[j].start,
		       n);
}

size_t quote_label_colon(const struct article *a, const struct quote *q)
{
	size_t k;

	/* (not a time stamp's: "[00:01:27] MIKKO HEINONEN:") */
	for (k = quote_label_start(a, q->para); k + 1 < q->tok0; k++)
		if (a->tok[k].punct == ':')
			return k;
	return q->tok0 - 1;
}

int quote_label_has(const struct article *a, size_t p, size_t colon,
		    size_t w)
{
	size_t k;
	int open = 0;

	for (k = a->para[p].tok0; k < colon; k++) {
		open = a->tok[k].punct == '(' ? 1 :
		       a->tok[k].punct == ')' ? 0 : open;
		if (!open && (a->tok[k].flags & ARTICLE_WORD) &&
		    same_word(a, k, w))
			return 1;
	}
	return 0;
}

int quote_reporter_word(const struct article *a, size_t i)
{
	/* (and a reporter's voice over pictures or piece to camera:
	 * "LINDSEY HILSUM (VOICEOVER):") */
	static const char *const words[] = { "byline", "host", "anchor",
					     "correspondent", "editor",
					     "voiceover",
					     "voice-over", "presenter", NULL };

	return article_is_any(a, i, words);
}

/*
 * Where the label in capitals that opens paragraph p ends (its colon),
 * or QUOTE_NONE: at most sixteen tokens, words in capitals, commas,
 * brackets and full stops; a bracket may hold up to three words in any
 * case ("GEN. WESLEY CLARK (RET.), FORMER NATO SUPREME ALLIED
 * COMMANDER:", "VOLODYMYR ZELENSKYY, UKRAINIAN PRESIDENT (through
 * translator):"). *words counts its words outside brackets, *reporter
 * says whether it names a journalist ("ROB SCHMITZ, BYLINE", "MARY
 * LOUISE KELLY, HOST").
 */
static size_t caps_label_end(const struct article *a, size_t p,
			     size_t *words, int *reporter)
{
	const struct article_para *pa = &a->para[p];
	size_t i, inner = 0, desc = 0, t0 = quote_label_start(a, p);
	int open = 0, after = 0;

	*words = 0;
	*reporter = 0;
	/* (past a podcast's time stamp: "[00:01:27] [CLIP] ...") */
	for (i = t0; i < pa->tok1 && i - t0 < 16; i++) {
		const struct article_tok *t = &a->tok[i];

		if (t->punct == ':')
			return *words && !open ? i : QUOTE_NONE;
		/* "ANAHIT MKRTCHYAN, student, Yerevan (via interpreter):": a
		 * name in capitals, then a description in any case after
		 * its comma (at most four words) */
		if (t->punct == ',' && !open && *words >= 2)
			after = 1;
		if (after && !open && (t->flags & ARTICLE_WORD) &&
		    !(t->flags & ARTICLE_ACRONYM)) {
			if (++desc > 4)
				return QUOTE_NONE;
			continue;
		}
		/* and "[CLIP] HERBERT KICKL (translated):" */
		if (t->punct == '(' || t->punct == ')' || t->punct == '[' ||
		    t->punct == ']') {
			if (open == (t->punct == '(' || t->punct == '['))
				return QUOTE_NONE;
			open = t->punct == '(' || t->punct == '[';
			inner = 0;
			continue;
		}
		if (open) {
			/* (six after a full name: "OLEKSANDR MEREZHKO
			 * (Ukrainian MP, Servant of the People):") */
			if ((t->flags & ARTICLE_WORD) &&
			    ++inner > (*words >= 2 ? 6 : 4))
				return QUOTE_NONE;
			if (t->flags & ARTICLE_WORD)
				*reporter |= quote_reporter_word(a, i) ||
					     (article_is(a, i, "camera") &&
					      i > 0 &&
					      article_is(a, i - 1, "to"));
			/* ("(in Russian, via interpreter)") */
			if (!(t->flags & ARTICLE_WORD) && t->punct != '.' &&
			    t->punct != ',')
				return QUOTE_NONE;
			continue;
		}
		if ((t->flags & ARTICLE_WORD) ? !(t->flags & ARTICLE_ACRONYM) :
		    (t->punct != ',' && t->punct != '.'))
			return QUOTE_NONE;
		if (t->flags & ARTICLE_WORD) {
			++*words;
			*reporter |= quote_reporter_word(a, i);
		}
	}
	return QUOTE_NONE;
}

/*
 * "NEW DELHI: External affairs minister S Jaishankar on Friday said":
 * a label in capitals that opens the first paragraph after the
 * headlines, in an article with no other such label, is a dateline,
 * not a transcript's speaker.
 */
static int dateline_label(const struct article *a, size_t p)
{
	size_t k, w;
	int r;

	for (k = 0; k < p; k++)
		if (!a->para[k].headline)
			return 0;
	for (k = p + 1; k < a->npara; k++)
		if (caps_label_end(a, k, &w, &r) != QUOTE_NONE)
			return 0;
	return 1;
}

/*
 * Whether token w is "with" after a programme's capitalised name ("Face
 * the Nation with"; not "interviews with") or "by" after "hosted".
 */
static int host_before(const struct article *a, size_t w)
{
	return w > 0 &&
	       ((article_is(a, w, "with") &&
		(a->tok[w - 1].flags & ARTICLE_CAP)) ||
		(article_is(a, w, "by") && article_is(a, w - 1, "hosted")));
}

/*
 * "... on Face the Nation with Margaret Brennan", then "MARGARET
 * BRENNAN:": whether the label's last word, before colon, is the name
 * that follows "with" or "by" (perhaps after a first name) in the first
 * three paragraphs, where a transcript names its programme's host.
 */
static int host_label(const struct article *a, size_t colon)
{
	size_t w = colon - 1, n, k, e;
	const struct article_tok *t = &a->tok[w];

	if (a->npara == 0 || !(t->flags & ARTICLE_WORD))
		return 0;
	n = t->end - t->start;
	e = a->para[a->npara < 3 ? a->npara - 1 : 2].tok1;
	for (k = 2; k < e && k < 2000; k++) {
		if (a->tok[k].end - a->tok[k].start != n ||
		    strncasecmp(a->text + a->tok[k].start,
				a->text + t->start, n) ||
		    !(a->tok[k].flags & ARTICLE_CAP) ||
		    (a->tok[k].flags & ARTICLE_ACRONYM))
			continue;
		if (host_before(a, k - 1) ||
		    ((a->tok[k - 1].flags & ARTICLE_CAP) && host_before(a, k - 2)))
			return 1;
	}
	return 0;
}

/* Whether the quotes from first on are all of three words or fewer. */
static int only_terms(const struct article *a, const struct quote_list *out,
		      size_t first)
{
	size_t k;

	for (k = first; k < out->n; k++)
		if (words_in(a, out->q[k].tok0, out->q[k].tok1) > 3)
			return 0;
	return 1;
}

/* Whether two transcript lines (label 1) came in the ten paragraphs
 * before paragraph p. */
static int transcript_before(const struct article *a,
			     const struct quote_list *out, size_t p)
{
	size_t k, n = 0;

	(void)a;
	for (k = out->n; k-- > 0 && p - out->q[k].para <= 10;)
		if (out->q[k].label == 1 && ++n == 2)
			return 1;
	return 0;
}

/*
 * "MIKKO SALONEN: We prepare the same way.": a transcript's line, a
 * paragraph opening with a label in capitals and a colon, no quotation
 * marks, and at least three words after it. A label of one word only
 * when a transcript line of the 300 paragraphs before had a label
 * ending in it ("SALONEN:" after "MIKKO SALONEN:"); never a
 * journalist's, whose lines narrate ("ROB SCHMITZ, BYLINE:", then
 * "SCHMITZ:").
 */
/* Whether word i, in capitals, is printed in title case in the 300
 * paragraphs before paragraph p ("Bridget" for "BRIDGET"; bounded, as a
 * phone-in of thousands of callers is read once per caller). */
static int title_twin(const struct article *a, size_t i, size_t p)
{
	size_t k, n = a->tok[i].end - a->tok[i].start;
	size_t e = a->para[p].tok0;

	if (n < 3)
		return 0;
	for (k = a->para[p > 300 ? p - 300 : 0].tok0; k < e; k++)
		if ((a->tok[k].flags & ARTICLE_CAP) &&
		    !(a->tok[k].flags & ARTICLE_ACRONYM) &&
		    a->tok[k].end - a->tok[k].start == n &&
		    !strncasecmp(a->text + a->tok[k].start,
				 a->text + a->tok[i].start, n))
			return 1;
	return 0;
}

/* The paragraphs whose label in capitals names a journalist, in
 * order: found once per article, as pair_label() asks of the 300
 * before each short label. */
struct reporter_labels {
	size_t *p;
	size_t n;
};

static void reporter_labels_find(const struct article *a,
				 struct reporter_labels *r)
{
	size_t p, w;
	int rep;

	r->p = NULL;
	r->n = 0;
	for (p = 0; p < a->npara; p++)
		if (caps_label_end(a, p, &w, &rep) != QUOTE_NONE && rep) {
			if (!r->p)
				r->p = xmalloc(a->npara * sizeof(*r->p));
			r->p[r->n++] = p;
		}
}

/* The first of r's paragraphs at or after paragraph p. */
static size_t reporter_labels_from(const struct reporter_labels *r, size_t p)
{
	size_t lo = 0, hi = r->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (r->p[mid] < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t quote_surname_twin(const struct article *a, size_t i, size_t p)
{
	size_t k, e, n = a->tok[i].end - a->tok[i].start, from, head;

	if (n < 3 || a->npara == 0)
		return QUOTE_NONE;
	/* (each range at most 2000 tokens: a label asks once) */
	e = a->para[p].tok0;
	from = a->para[p > 20 ? p - 20 : 0].tok0;
	if (e > 2000 && from < e - 2000)
		from = e - 2000;
	head = a->para[a->npara > 10 ? 10 : a->npara - 1].tok0;
	if (head > 2000)
		head = 2000;
	for (k = 1; k < e; k++) {
		if (k == head && k < from)
			k = from; /* (past the first ten paragraphs) */
		if (a->tok[k].end - a->tok[k].start == n &&
		    (a->tok[k].flags & ARTICLE_CAP) &&
		    !(a->tok[k].flags & ARTICLE_ACRONYM) &&
		    !strncasecmp(a->text + a->tok[k].start,
				 a->text + a->tok[i].start, n) &&
		    (a->tok[k - 1].flags & ARTICLE_CAP) &&
		    (a->tok[k - 1].flags & ARTICLE_WORD) &&
		    !(a->tok[k - 1].flags & ARTICLE_ACRONYM) &&
		    a->tok[k - 1].para == a->tok[k].para)
			return k;
	}
	return QUOTE_NONE;
}

static void pair_label(const struct article *a, size_t p,
		       struct quote_list *out, int marks_ok,
		       const struct reporter_labels *reps)
{
	const struct article_para *pa = &a->para[p];
	size_t colon, i, words, w2, c2, p2, k, j, from, words_after, last;
	int reporter, r2, seen = 0;

	colon = caps_label_end(a, p, &words, &reporter);
	if (colon == QUOTE_NONE || reporter || dateline_label(a, p) ||
	    host_label(a, colon))
		return;
	/* "HISTORIC MISTAKE: – We gave them no path, says Jens
	 * Stoltenberg.": a caption's rubric before a dashed speech, no
	 * speaker's label */
	if (colon + 1 < pa->tok1 && a->tok[colon + 1].punct == '-')
		for (i = colon + 2; i + 1 < pa->tok1; i++)
			if (a->tok[i].punct == ',' &&
			    (article_is(a, i + 1, "says") ||
			     article_is(a, i + 1, "said")))
				return;
	/* "PRESIDENT ALEXANDER STUBB: (Through interpreter) The border
	 * ...": a stage direction in brackets is not said */
	from = colon + 1;
	if (from < pa->tok1 && a->tok[from].punct == '(')
		for (i = from + 1; i < pa->tok1 && i < from + 6; i++)
			if (a->tok[i].punct == ')') {
				from = i + 1;
				break;
			}
	/* (marks_ok: its scare quotes were set aside); "RUTTE: Thank
	 * you." in a transcript whose lines came before */
	words_after = marks_ok ? words_in(a, from, pa->tok1) :
				 plain_words(a, from, pa->tok1);
	if (words_after < 3 &&
	    !(words_after > 0 && transcript_before(a, out, p)))
		return;
	/* a journalist's names ("SCIUTTO:", "PATON WALSH:"): every word
	 * is in a reporter's label of the 300 paragraphs before */
	for (j = words <= 3 ? reporter_labels_from(reps, p > 300 ? p - 300 : 0) :
			      reps->n;
	     j < reps->n && reps->p[j] < p; j++) {
		p2 = reps->p[j];
		c2 = caps_label_end(a, p2, &w2, &r2);
		for (k = pa->tok0; k < colon; k++)
			if ((a->tok[k].flags & ARTICLE_WORD) &&
			    !quote_label_has(a, p2, c2, k))
				break;
		if (k == colon)
			return;
	}
	/* the same person: the latest transcript line within 300
	 * paragraphs whose label ends in the same word (the word before
	 * a bracket: "MIRZOYAN (through interpreter):") */
	/* (and "STEFANCHUK [through an interpreter]:") */
	last = colon - 1;
	if (a->tok[last].punct == ')' || a->tok[last].punct == ']')
		while (last > pa->tok0 && a->tok[last].punct != '(' &&
		       a->tok[last].punct != '[')
			last--;
	if (last > pa->tok0 &&
	    (a->tok[last].punct == '(' || a->tok[last].punct == '['))
		last--;
	for (k = out->n; words == 1 && k-- > 0;) {
		const struct quote *o = &out->q[k];

		if (p - o->para > 300)
			break;
		if (o->label == 1 &&
		    quote_label_has(a, o->para, quote_label_colon(a, o),
				    last)) {
			seen = 1;
			break;
		}
	}
	/* "BRIDGET (NENAGH):" after "Bridget is on the line from
	 * Nenagh": a caller's first name, with a place, that the article
	 * prints in title case */
	if (words == 1 && !seen && last + 1 < colon &&
	    a->tok[last + 1].punct == '(' && title_twin(a, last, p))
		seen = 1;
	/* ("KAPANADZE:" after "Nino Kapanadze" in the panel's header) */
	if (words == 1 && !seen &&
	    quote_surname_twin(a, last, p) != QUOTE_NONE)
		seen = 1;
	if (words == 1 && !seen)
		return;
	emit_line(a, out, from, pa->tok1, p, 1);
}

int quote_question_number(const struct article *a, size_t k)
{
	const struct article_tok *t = &a->tok[k];
	size_t i;

	if (t->end - t->start < 2 || t->end - t->start > 5 ||
	    a->text[t->start] != 'Q')
		return 0;
	for (i = t->start + 1; i < t->end; i++)
		if (a->text[i] < '0' || a->text[i] > '9')
			return 0;
	return 1;
}

size_t quote_post_header(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t k = pa->tok0;

	if (pa->tok1 < k + 5 || pa->tok1 > k + 16 ||
	    !(a->tok[k].flags & ARTICLE_DIGIT) || a->tok[k + 1].punct != ':' ||
	    !(a->tok[k + 2].flags & ARTICLE_DIGIT) ||
	    a->text[a->tok[k + 3].start] != '|' ||
	    a->tok[k + 3].end - a->tok[k + 3].start != 1 ||
	    !(a->tok[k + 4].flags & ARTICLE_CAP))
		return QUOTE_NONE;
	return k + 4;
}

size_t quote_label_start(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t k = pa->tok0;

	if (k + 4 < pa->tok1 && a->tok[k].punct == '[' &&
	    (a->tok[k + 1].flags & ARTICLE_DIGIT)) {
		for (k++; k < pa->tok1 && k - pa->tok0 < 8 &&
			  ((a->tok[k].flags & ARTICLE_DIGIT) ||
			   a->tok[k].punct == ':');
		     k++)
			;
		k = k < pa->tok1 && a->tok[k].punct == ']' ? k + 1 : pa->tok0;
	}
	/* "[00:01:27] [CLIP] VIKTOR ORBÁN (via interpreter):": a tag in
	 * capitals before the label */
	if (k + 4 < pa->tok1 && a->tok[k].punct == '[' &&
	    (a->tok[k + 1].flags & ARTICLE_ACRONYM) &&
	    !(a->tok[k + 1].flags & ARTICLE_DIGIT) &&
	    a->tok[k + 2].punct == ']')
		k += 3;
	/* "Q40 Mrs Brandreth:": a committee's numbered question */
	if (k + 3 < pa->tok1 && quote_question_number(a, k) &&
	    (a->tok[k + 1].flags & ARTICLE_CAP))
		k++;
	return k;
}

/*
 * "Michal: Yes.", "Fiona Hill, Former White House Adviser: Not a formal
 * one.": where a label of names that opens paragraph p ends (its
 * colon), or QUOTE_NONE. One to three capitalised words, perhaps a
 * comma and a description (ten tokens in all), none of them a label
 * word of another kind ("Source:", "Update:"). *last is set to the name's
 * last word.
 */
static size_t name_label_end(const struct article *a, size_t p, size_t *last)
{
	static const char *const particles[] = { "von", "van", "der",
						 "den", "de", "da", "di",
						 "du", "del", "della", "la",
						 "le", "bin", "al", NULL };
	static const char *const not_names[] = {
		"q", "a", "question", "answer", "source", "quote", "details",
		"background", "update", "updates", "note", "read", "related",
		"watch", "listen", "correction", "photo", "video", "context",
		"analysis", "breaking", "latest", "more", "also", "editor",
		"recall", "reference", "summary", NULL
	};
	const struct article_para *pa = &a->para[p];
	size_t i, t0 = quote_label_start(a, p), words = 0,
		  name_end = QUOTE_NONE;

	/* (a transcript's line without a full stop reads as a heading:
	 * "Ivo Daalder: If I could just jump in —"; the title never) */
	if (p == 0 || (pa->headline && p < 2))
		return QUOTE_NONE;
	/* most paragraphs have no colon near their start: no string
	 * comparisons for them */
	for (i = t0; i < pa->tok1 && i - t0 < 10 && a->tok[i].punct != ':';
	     i++)
		;
	if (i == pa->tok1 || i - t0 >= 10)
		return QUOTE_NONE;
	for (i = t0; i < pa->tok1 && i - t0 < 10; i++) {
		const struct article_tok *t = &a->tok[i];

		if (t->punct == ':') {
			if (!words)
				return QUOTE_NONE;
			*last = name_end == QUOTE_NONE ? i - 1 : name_end;
			return i;
		}
		if (t->punct == ',' && name_end == QUOTE_NONE && words) {
			name_end = i - 1; /* then a description */
			continue;
		}
		/* "R.A.:", "J. K.:": initials' full stops */
		if (t->punct == '.' && i > t0 &&
		    (a->tok[i - 1].flags & ARTICLE_WORD) &&
		    a->tok[i - 1].end - a->tok[i - 1].start == 1)
			continue;
		/* "President von der Leyen:": a surname's particles
		 * between capitalised words */
		if ((t->flags & ARTICLE_WORD) && !(t->flags & ARTICLE_CAP) &&
		    name_end == QUOTE_NONE && words && i + 1 < pa->tok1 &&
		    article_is_any(a, i, particles) &&
		    ((a->tok[i + 1].flags & ARTICLE_CAP) ||
		     article_is_any(a, i + 1, particles)))
			continue;
		if (!(t->flags & ARTICLE_WORD) ||
		    (name_end == QUOTE_NONE &&
		     (!(t->flags & ARTICLE_CAP) || ++words > 5 ||
		      article_is_any(a, i, not_names))))
			return QUOTE_NONE;
	}
	return QUOTE_NONE;
}

/*
 * Whether the name label of paragraph p ends in a word that another
 * paragraph's name label, within 300 paragraphs, also ends in: an
 * interview or transcript gives each speaker several lines.
 */
static int name_label_repeats(const struct article *a, size_t p, size_t last)
{
	size_t q, l2, lo = p > 300 ? p - 300 : 0;
	size_t hi = p + 300 < a->npara ? p + 301 : a->npara;

	for (q = lo; q < hi; q++)
		if (q != p && name_label_end(a, q, &l2) != QUOTE_NONE &&
		    same_word(a, l2, last))
			return 1;
	return 0;
}

/*
 * A parliamentary record's label ("Richard Foord (Honiton and Sidmouth)
 * (LD):", "The Secretary of State for Defence (John Healey):"): words
 * (and commas between them), one or two groups in brackets, and the
 * colon, which is returned;
 * QUOTE_NONE if paragraph p does not open with one.
 */
static size_t record_label_end(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t i = pa->tok0, k, groups = 0, words = 0;

	/* (a line without a full stop reads as a heading: "The Minister
	 * of State, ... (Stephen Doughty): I beg to move,") */
	if (p == 0 || (pa->headline && p < 2))
		return QUOTE_NONE;
	/* most paragraphs have no bracket near their start */
	for (k = i; k < pa->tok1 && k - pa->tok0 < 14 &&
		    a->tok[k].punct != '(';
	     k++)
		;
	if (k == pa->tok1 || k - pa->tok0 >= 14)
		return QUOTE_NONE;
	for (; i < pa->tok1 && i - pa->tok0 < 14; i++) {
		const struct article_tok *t = &a->tok[i];

		if (t->punct == '(')
			break;
		if (t->punct == '.' && words)
			continue; /* "Hon.", "Dr." */
		/* "The Minister of State, Foreign, Commonwealth and
		 * Development Office (Baroness Chapman of Darlington)" */
		if (t->punct == ',' && words)
			continue;
		if (!(t->flags & ARTICLE_WORD) ||
		    (!(t->flags & ARTICLE_CAP) && !article_is(a, i, "of") &&
		     !article_is(a, i, "for") && !article_is(a, i, "and") &&
		     !article_is(a, i, "the")))
			return QUOTE_NONE;
		words++;
	}
	if (!words || i >= pa->tok1 || a->tok[i].punct != '(')
		return QUOTE_NONE;
	while (i < pa->tok1 && a->tok[i].punct == '(' && groups < 2) {
		/* (and "(ALLIANCE 90/THE GREENS)": a slash) */
		for (k = i + 1; k < pa->tok1 && k - i <= 7 &&
				((a->tok[k].flags & ARTICLE_WORD) ||
				 a->text[a->tok[k].start] == '/');
		     k++)
			;
		if (k == i + 1 || k >= pa->tok1 || a->tok[k].punct != ')')
			return QUOTE_NONE;
		i = k + 1;
		groups++;
	}
	return i + 2 < pa->tok1 && a->tok[i].punct == ':' ? i : QUOTE_NONE;
}

size_t quote_record_caps_end(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t i = pa->tok0, titles = 0, caps = 0, words = 0, k;

	if (pa->headline || pa->tok1 < pa->tok0 + 5)
		return QUOTE_NONE;
	for (; i < pa->tok1 && !caps && titles < 3; i++) {
		const struct article_tok *t = &a->tok[i];

		if (!(t->flags & ARTICLE_WORD) || !(t->flags & ARTICLE_CAP))
			return QUOTE_NONE;
		if (t->flags & ARTICLE_ACRONYM)
			break;
		titles++;
		if (i + 1 < pa->tok1 && a->tok[i + 1].punct == '.' &&
		    t->end - t->start <= 3)
			i++; /* "Mr.", "Dr." */
	}
	for (; i < pa->tok1 && caps < 3 &&
	       (a->tok[i].flags & ARTICLE_ACRONYM);
	     i++)
		caps++;
	if (!titles || !caps || i >= pa->tok1 || a->tok[i].punct != '.')
		return QUOTE_NONE;
	for (k = i + 1; k < pa->tok1; k++)
		words += (a->tok[k].flags & ARTICLE_WORD) != 0;
	return words >= 3 ? i : QUOTE_NONE;
}

/* Whether the first ten paragraphs say "Congressional Record". */
static int names_congressional_record(const struct article *a)
{
	size_t i, t1 = a->npara > 10 ? a->para[10].tok0 : a->ntok;

	for (i = 0; i + 1 < t1; i++)
		if (article_is(a, i, "congressional") &&
		    article_is(a, i + 1, "record"))
			return 1;
	return 0;
}

/*
 * "Senator SHAHEEN. Thank you, Mr. Chairman.": in a congressional
 * record (record_caps set), a paragraph with no quotation marks after
 * such a label quotes the words after its full stop (label 6).
 */
static void pair_record_caps(const struct article *a, size_t p,
			     struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	size_t dot = quote_record_caps_end(a, p);

	if (dot == QUOTE_NONE || !plain_words(a, dot + 1, pa->tok1))
		return;
	emit_line(a, out, dot + 1, pa->tok1, p, 6);
}

/*
 * A verbatim report's label, as the European Parliament prints its
 * debates: a name (up to four capitalised words), perhaps a comma and a
 * description without full stops ("Kaja Kallas, Vice-President of the
 * Commission / High Representative ..."), then a full stop and a spaced
 * dash ("President. – The debate is closed."). The dash's token, or
 * QUOTE_NONE.
 */
static size_t verbatim_label_end(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t i, names = 0;

	if (pa->headline)
		return QUOTE_NONE;
	for (i = pa->tok0; i < pa->tok1 && names < 5 &&
			   (a->tok[i].flags & ARTICLE_WORD) &&
			   (a->tok[i].flags & ARTICLE_CAP);
	     i++)
		names++;
	if (!names || names > 4 || i >= pa->tok1)
		return QUOTE_NONE;
	if (a->tok[i].punct == ',')
		for (i++; i < pa->tok1 && i - pa->tok0 < 40 &&
			  a->tok[i].punct != '.' && a->tok[i].punct != 'q';
		     i++)
			;
	if (i + 3 >= pa->tok1 || a->tok[i].punct != '.' ||
	    !spaced_dash(a, i + 1, pa->tok1))
		return QUOTE_NONE;
	return i + 1;
}

/*
 * "Michael Gahler, on behalf of the PPE Group. – (DE) Madam President,
 * ...": in a verbatim report (two or more such labels), the words after
 * the dash and a language tag in brackets (label 3: the name before the
 * comma or the full stop speaks).
 */
static void pair_verbatim(const struct article *a, size_t p,
			  struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	size_t d = verbatim_label_end(a, p), from;

	if (d == QUOTE_NONE)
		return;
	from = d + 1;
	if (from + 2 < pa->tok1 && a->tok[from].punct == '(' &&
	    a->tok[from + 2].punct == ')')
		from += 3;
	if (plain_words(a, from, pa->tok1) < 2)
		return;
	emit_line(a, out, from, pa->tok1, p, 3);
}

/* Whether some paragraph's name label is used again: a transcript. */
static int is_transcript(const struct article *a)
{
	size_t p, last;

	for (p = 0; p < a->npara; p++)
		if (name_label_end(a, p, &last) != QUOTE_NONE &&
		    name_label_repeats(a, p, last))
			return 1;
	return 0;
}

/*
 * "Michal: Russia is already provoked ...": in an interview or
 * transcript whose speakers are named in mixed case, a paragraph with
 * no quotation marks after such a label quotes the words after its
 * colon (label 3; speaker_attribute() keeps the line only when the
 * label names a person, and drops an interviewer's). In a parliamentary
 * record (record set) every label counts, the bracketed ones as label 4.
 * transcript: 1 or 0 once known, -1 until a label needs it (most
 * articles have none, and need not scan for one).
 */
/* Whether tokens [t0, colon) are initials only ("R.A.", "J. K."). */
static int initials_label(const struct article *a, size_t t0, size_t colon)
{
	size_t i, k, letters = 0;
	const char *s;

	for (i = t0; i < colon; i++) {
		if (a->tok[i].punct == '.')
			continue;
		if (!(a->tok[i].flags & ARTICLE_WORD))
			return 0;
		s = a->text + a->tok[i].start;
		for (k = 0; a->tok[i].start + k < a->tok[i].end; k++)
			if (s[k] >= 'A' && s[k] <= 'Z')
				letters++;
			else if (s[k] != '.')
				return 0;
	}
	return letters >= 2 && letters <= 4;
}

static void pair_name_label(const struct article *a, size_t p,
			    struct quote_list *out, int record, int *transcript,
			    int marks_ok)
{
	const struct article_para *pa = &a->para[p];
	size_t colon, last, i, names = 0;
	int reporter;

	colon = name_label_end(a, p, &last);
	if (record && colon == QUOTE_NONE) {
		colon = record_label_end(a, p);
		last = colon;
	}
	/* labels in capitals are pair_label()'s (but for initials:
	 * "R.A.:"), journalists' none */
	if (colon == QUOTE_NONE ||
	    (caps_label_end(a, p, &i, &reporter) != QUOTE_NONE &&
	     !initials_label(a, pa->tok0, colon)))
		return;
	for (i = pa->tok0; i < colon; i++)
		if (quote_reporter_word(a, i))
			return;
	/* (marks_ok: its scare quotes were set aside) */
	if ((marks_ok ? words_in(a, colon + 1, pa->tok1) :
			plain_words(a, colon + 1, pa->tok1)) < 2)
		return;
	/* in a transcript, a full name's label used once counts too
	 * ("Dmitry Peskov: Colleagues, one more question.") */
	if (!record && !name_label_repeats(a, p, last)) {
		for (i = quote_label_start(a, p); i <= last; i++)
			names += (a->tok[i].flags & ARTICLE_WORD) != 0;
		if (names < 2)
			return;
		if (*transcript < 0)
			*transcript = is_transcript(a);
		if (!*transcript)
			return;
	}
	emit_line(a, out, colon + 1, pa->tok1, p,
		  record && last == colon ? 4 : 3);
}

/*
 * "> Every year we wait, Russia learns that patience pays.": a
 * paragraph set off as a block quotation (a newsletter's or a forum's
 * "> "), without quotation marks, quotes its words; the paragraph
 * before says who (speaker_attribute()).
 */
static void pair_blockquote(const struct article *a, size_t p,
			    struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	struct quote *q;

	if (a->text[pa->start] != '>' || pa->tok1 < pa->tok0 + 4)
		return;
	if (plain_words(a, pa->tok0 + 1, pa->tok1) < 3)
		return;
	q = emit(a, out, QUOTE_NONE, QUOTE_NONE, pa->tok0 + 1, pa->tok1, p);
	if (q)
		q->kind = QUOTE_DIRECT;
}

/*
 * Where the signature line of an embedded post starts in paragraph p
 * ("— Kaja Kallas (@kajakallas) July 10, 2024": a dash opening a line,
 * one to four names, perhaps flags, and a handle in brackets), the dash;
 * QUOTE_NONE if there is none.
 */
static size_t post_signature(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t d, k, names;
	uint32_t b;

	for (d = pa->tok0 + 1; d + 4 < pa->tok1; d++) {
		if (a->tok[d].punct != '-')
			continue;
		for (b = a->tok[d].start; b > 0 && (a->text[b - 1] == ' ' ||
						    a->text[b - 1] == '\t');
		     b--)
			;
		if (b == 0 || a->text[b - 1] != '\n')
			continue;
		for (k = d + 1, names = 0; k < pa->tok1 && names < 5 &&
					   (a->tok[k].flags & ARTICLE_CAP);
		     k++)
			names++;
		while (k < pa->tok1 && a->tok[k].punct == 'o')
			k++; /* flags */
		if (names >= 1 && names <= 4 && k + 2 < pa->tok1 &&
		    a->tok[k].punct == '(' && a->text[a->tok[k + 1].start] == '@' &&
		    a->tok[k + 2].punct == ')')
			return d;
	}
	return QUOTE_NONE;
}

/*
 * An embedded post, as scraped pages print it: its text, a link to its
 * picture ("pic.twitter.com/..."), and the signature line (label 5;
 * speaker_attribute() names the person it signs).
 */
static void pair_post(const struct article *a, size_t p,
		      struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	size_t d = post_signature(a, p), end, k, words = 0;

	if (d == QUOTE_NONE)
		return;
	for (end = pa->tok0; end < d; end++) {
		if (a->tok[end].punct == 'q')
			return;
		/* ("pic.twitter.com/...", one word as web addresses are) */
		if (a->tok[end].end - a->tok[end].start > 12 &&
		    !strncmp(a->text + a->tok[end].start, "pic.twitter.", 12))
			break;
		if (a->tok[end].end - a->tok[end].start > 4 &&
		    !strncmp(a->text + a->tok[end].start, "http", 4))
			break;
	}
	for (k = pa->tok0; k < end; k++)
		words += (a->tok[k].flags & ARTICLE_WORD) != 0;
	if (words < 3)
		return;
	emit_line(a, out, pa->tok0, end, p, 5);
}

/*
 * Whether paragraph p opens with word w (lower case: any case in the
 * text) and a colon, perhaps with a group in brackets between them
 * ("Question [Teri Schultz, Deutsche Welle]:"), or, for a capital
 * letter, its full stop ("Q. Why?", "A. Because.", a token of its
 * own): how many tokens the label takes, 0 if it does not.
 */
static size_t opens_with_label(const struct article *a, size_t p,
			       const char *w)
{
	size_t t0 = a->para[p].tok0, t1 = a->para[p].tok1, k;
	const struct article_tok *t = &a->tok[t0];

	if (t0 + 2 >= t1)
		return 0;
	if (article_is(a, t0, w) && a->tok[t0 + 1].punct == ':')
		return 2;
	if ((a->tok[t0 + 1].punct == '[' || a->tok[t0 + 1].punct == '(') &&
	    article_is(a, t0, w)) {
		for (k = t0 + 2; k < t1 && k < t0 + 14 &&
				 a->tok[k].punct != ']' &&
				 a->tok[k].punct != ')';
		     k++)
			;
		if (k + 2 < t1 && k < t0 + 14 && a->tok[k + 1].punct == ':')
			return k + 2 - t0;
	}
	if (!w[1] && (t->flags & ARTICLE_CAP) && t->end - t->start == 2 &&
	    (a->text[t->start] | 0x20) == w[0] && a->text[t->start + 1] == '.')
		return 1;
	return 0;
}

/*
 * An interview's answers ("Q: ..." then "A: Ukraine's place is in
 * NATO."): in an article with a question so labelled, a paragraph
 * opening with "A:" or "Answer:" and no quotation marks quotes the
 * words after the colon (label 2; speaker_attribute() gives them to
 * the person interviewed).
 */
static void pair_answer(const struct article *a, size_t p,
			struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	size_t n;

	n = opens_with_label(a, p, "a");
	if (!n)
		n = opens_with_label(a, p, "answer");
	if (!n || !plain_words(a, pa->tok0 + n, pa->tok1))
		return;
	emit_line(a, out, pa->tok0 + n, pa->tok1, p, 2);
}

/*
 * A doorstep or press conference transcript labels only the questions
 * ("Question: ..."): a paragraph after one, up to the next, with no
 * label and no quotation marks, is the answer (label 2).
 */
static int opens_label(const struct article *a, size_t p);

static void pair_unlabelled_answer(const struct article *a, size_t p,
				   struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	size_t i;

	if (pa->headline || pa->tok1 - pa->tok0 < 2)
		return;
	/* (a colon in the answer's sentence, not a label's: "I would
	 * only say: do not wait") */
	for (i = pa->tok0; i < pa->tok1; i++)
		if (a->tok[i].punct == 'q' ||
		    (a->tok[i].punct == ':' && opens_label(a, p)))
			return;
	emit_line(a, out, pa->tok0, pa->tok1, p, 2);
}

/* Whether bold marks "**" open right before byte s, or close at byte
 * e (the parser skips them). */
static int bold_opens(const struct article *a, size_t s)
{
	return s >= 2 && a->text[s - 1] == '*' && a->text[s - 2] == '*';
}

static int bold_closes(const struct article *a, size_t e)
{
	return e + 2 <= a->len && a->text[e] == '*' && a->text[e + 1] == '*';
}

/* Whether paragraph p is set in bold ("**...**") or in italics
 * ("*...*"), as a Q&A prints its questions. */
static int bold_para(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t s, e;

	if (pa->tok1 <= pa->tok0)
		return 0;
	s = a->tok[pa->tok0].start;
	e = a->tok[pa->tok1 - 1].end;
	return (bold_opens(a, s) && bold_closes(a, e)) ||
	       (s >= 1 && a->text[s - 1] == '*' && e < a->len &&
		a->text[e] == '*');
}

/* A paragraph that is one question, no label and no quotation marks;
 * or the interviewer's remark in bold ("**Moscow says you have made
 * Finland a target.**"). */
static int bare_question(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t i;

	if (p >= 2 && pa->tok1 - pa->tok0 >= 4 && pa->tok1 - pa->tok0 <= 80 &&
	    bold_para(a, p)) {
		for (i = pa->tok0; i < pa->tok1; i++)
			if (a->tok[i].punct == 'q' || a->tok[i].punct == ':')
				return 0;
		return 1;
	}

	/* (a question in bold below the title reads as a heading: it is
	 * the host's question all the same) */
	if ((pa->headline && p < 2) || pa->tok1 - pa->tok0 < 4 ||
	    pa->tok1 - pa->tok0 > 80 || a->tok[pa->tok1 - 1].punct != '?')
		return 0;
	for (i = pa->tok0; i < pa->tok1; i++)
		if (a->tok[i].punct == 'q' || a->tok[i].punct == ':' ||
		    (a->tok[i].punct == '?' && i + 1 < pa->tok1))
			return 0;
	return 1;
}

/* The words of the first person. */
static const char *const first_person_words[] = { "i", "we", "our", "us",
						   "my", NULL };

/* Whether paragraph p speaks in the first person ("I", "we", "our"). */
static int first_person(const struct article *a, size_t p)
{
	size_t i;

	for (i = a->para[p].tok0; i < a->para[p].tok1; i++)
		if (article_is_any(a, i, first_person_words))
			return 1;
	return 0;
}

/*
 * An interview printed without labels: an introduction that says so
 * ("spoke to", "an interview"), then at least two questions, each a
 * paragraph of its own, each answered in the first person by the
 * paragraph after it.
 */
static int bare_interview(const struct article *a)
{
	size_t p, i, n = 0, all = 0, q0 = QUOTE_NONE;

	/* (two answers in the first person, or four questions each
	 * followed by an answer: "Because you cannot say ...") */
	for (p = 0; p < a->npara; p++)
		if (bare_question(a, p) && p + 1 < a->npara &&
		    !bare_question(a, p + 1) && !a->para[p + 1].headline) {
			all++;
			n += first_person(a, p + 1);
			if (q0 == QUOTE_NONE)
				q0 = p;
		}
	if (n < 2 && all < 4)
		return 0;
	/* the introduction, before the first question */
	for (p = 0; p < q0; p++)
		for (i = a->para[p].tok0; i + 1 < a->para[p].tok1; i++)
			if (!a->para[p].headline &&
			    ((article_is(a, i, "spoke") &&
			      article_is(a, i + 1, "to")) ||
			     article_is(a, i, "interview") ||
			     /* "Here is part of her conversation with
			      * Köksal." */
			     article_is(a, i, "conversation")))
				return 1;
	return 0;
}

/*
 * "We also discussed ...": paragraph p, with no label and no quotation
 * marks, after a paragraph whose labelled line (a transcript's, a line
 * under a name, a record's) runs to its end, goes on with it (label 8),
 * unless it has a label of its own (a colon in its first 16 tokens),
 * opens with anything but a word ("(Applause)", "**Question?**") or
 * asks a question (the interviewer's, unlabelled).
 */
/*
 * Whether paragraph p opens with a label: a colon among its first 16
 * tokens after capitalised words (and digits, brackets) alone.
 */
static int opens_label(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t i;
	int open = 0;

	for (i = pa->tok0; i < pa->tok1 && i - pa->tok0 < 16; i++) {
		if (a->tok[i].punct == ':')
			return 1;
		/* (any words in brackets: "REPORTER (voice-over):") */
		if (a->tok[i].punct == '(' || a->tok[i].punct == ')')
			open = a->tok[i].punct == '(';
		if (!open && (a->tok[i].flags & ARTICLE_WORD) &&
		    !(a->tok[i].flags & (ARTICLE_CAP | ARTICLE_DIGIT)))
			return 0;
	}
	return 0;
}

static size_t question_label(const struct article *a, size_t p);

/* Whether paragraph p speaks of the interview or its editing ("The
 * interview was conducted by ...", "edited for length"). */
static int editor_note(const struct article *a, size_t p)
{
	size_t k;

	for (k = a->para[p].tok0; k < a->para[p].tok1; k++)
		if (article_is(a, k, "interview") || article_is(a, k, "edited") ||
		    article_is(a, k, "condensed"))
			return 1;
	return 0;
}

/* Whether every word of tokens [i, j) is in capitals ("STATEMENT OF
 * HON. KURT VOLKER"). */
static int all_caps_words(const struct article *a, size_t i, size_t j)
{
	for (; i < j; i++)
		if ((a->tok[i].flags & ARTICLE_WORD) &&
		    !(a->tok[i].flags & (ARTICLE_ACRONYM | ARTICLE_DIGIT)))
			return 0;
	return 1;
}

/* Whether the first three words of paragraph p hold a word of the
 * label of the labelled line that the quotes at the end of out go on
 * from. */
static int third_person_of_label(const struct article *a, size_t p,
				 const struct quote_list *out)
{
	size_t k = out->n, i, w;
	const struct quote *o;

	/* (at most 200 paragraphs back: a long run of them is read
	 * once per paragraph) */
	/* (past quotations inside the lines, or read out between them) */
	while (k > 0 &&
	       (out->q[k - 1].label == 8 || out->q[k - 1].label == 11 ||
		!out->q[k - 1].label) &&
	       out->n - k < 200)
		k--;
	if (k == 0 || out->q[k - 1].label == 8)
		return 0;
	o = &out->q[k - 1];
	if (o->tok0 == a->para[o->para].tok0)
		return 0; /* no label */
	/* the label's last word, its surname ("Stubb:", "... (Stephen
	 * Doughty):"), not its titles ("The Minister of State") */
	/* (past an aside in brackets: "STEFANCHUK [in English]:") */
	for (w = quote_label_colon(a, o); w > a->para[o->para].tok0 &&
					  !(a->tok[w].flags & ARTICLE_WORD);
	     w--)
		if (a->tok[w].punct == ']' || a->tok[w].punct == ')')
			while (w > a->para[o->para].tok0 &&
			       a->tok[w].punct != '[' && a->tok[w].punct != '(')
				w--;
	if (!(a->tok[w].flags & ARTICLE_WORD))
		return 0;
	/* (a label in capitals too: "STEFANCHUK:", then "Ruslan
	 * Stefanchuk in his office ...") */
	for (i = a->para[p].tok0; i < a->para[p].tok1 &&
				  i < a->para[p].tok0 + 3; i++)
		if ((a->tok[i].flags & ARTICLE_WORD) &&
		    a->tok[i].end - a->tok[i].start ==
			    a->tok[w].end - a->tok[w].start &&
		    !strncasecmp(a->text + a->tok[i].start,
				 a->text + a->tok[w].start,
				 a->tok[w].end - a->tok[w].start))
			return 1;
	return 0;
}

/* The last quote of out that is no quotation inside a line (there is
 * one: out->n > 0). */
static const struct quote *last_line(const struct quote_list *out)
{
	size_t k = out->n - 1;

	while (k > 0 && (out->q[k].inner || out->q[k].label == 11))
		k--;
	return &out->q[k];
}

/*
 * Whether paragraph p is a record's interjection, all in brackets:
 * "(Applause from the CDU/CSU and the SPD)", "(Markus Frohnmaier
 * [AfD]: Then you are deciding for war!)", "(Laughter)".
 */
static int interjection(const struct article *a, size_t p)
{
	static const char *const words[] = { "applause", "laughter",
					     "heckling", "interjection",
					     "cheers", "murmurs", "shouts",
					     NULL };
	const struct article_para *pa = &a->para[p];
	size_t k;

	if (pa->tok1 < pa->tok0 + 3 || a->tok[pa->tok0].punct != '(' ||
	    a->tok[pa->tok1 - 1].punct != ')')
		return 0;
	for (k = pa->tok0 + 1; k + 1 < pa->tok1; k++)
		if (a->tok[k].punct == ')')
			return 0; /* two brackets: no one paragraph's */
	for (k = pa->tok0 + 1; k + 1 < pa->tok1; k++)
		if (a->tok[k].punct == ':' || article_is_any(a, k, words))
			return 1;
	return 0;
}

/*
 * A record's interjections with words (label 11): in paragraph p (an
 * interjection()), each part between its brackets and spaced dashes
 * whose colon follows "Name [Party]" or "Heckling from the X" gives
 * the words after that colon.
 */
static void pair_interjections(const struct article *a, size_t p,
			       struct quote_list *out)
{
	const struct article_para *pa = &a->para[p];
	size_t s0 = pa->tok0 + 1, end = pa->tok1 - 1, k, colon;

	while (s0 < end) {
		colon = QUOTE_NONE;
		for (k = s0; k < end && !(a->tok[k].punct == '-' &&
					  (a->tok[k].flags & ARTICLE_SPACE));
		     k++)
			if (a->tok[k].punct == ':' && colon == QUOTE_NONE)
				colon = k;
		if (colon != QUOTE_NONE && colon > s0 && colon + 1 < k)
			emit_line(a, out, colon + 1, k, p, 11);
		s0 = k + 1;
	}
}

/* Whether paragraph p is only a stage direction of one word in
 * brackets: "[Applause]", "(Laughter)", "[Crosstalk]". */
static int stage_direction(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t n = pa->tok1 - pa->tok0, k;

	/* (one word: not "(SOUNDBITE OF MUSIC)", which ends a show) */
	if (n != 3 ||
	    !(a->tok[pa->tok0].punct == '[' || a->tok[pa->tok0].punct == '(') ||
	    !(a->tok[pa->tok1 - 1].punct == ']' ||
	      a->tok[pa->tok1 - 1].punct == ')'))
		return 0;
	for (k = pa->tok0 + 1; k + 1 < pa->tok1; k++)
		if (!(a->tok[k].flags & ARTICLE_WORD))
			return 0;
	return 1;
}

/* "Now, I know the question many of you came to hear me answer. If
 * the door was open for Sweden, is it open for Ukraine?": a speech
 * that has gone on over paragraphs (prev, label 8) asks its own
 * question in the first person, and its next paragraph, with no
 * label, answers it; no interviewer's. */
static int speech_asks(const struct article *a, size_t p,
		       const struct quote *prev)
{
	size_t q = p + 1;

	while (q < a->npara && stage_direction(a, q))
		q++;
	return prev->label == 8 && first_person(a, p) && q < a->npara &&
	       !a->para[q].headline && !opens_label(a, q) &&
	       question_label(a, q) == 0 && first_person(a, q);
}

/* "Finally, Mr. Speaker, I include in the Record a letter ... from
 * Ukraine's Ambassador, Olha Stefanishyna:": a sentence of eight words
 * or more ending in a colon, which the article reads as a heading. */
static int colon_sentence(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];

	return pa->tok1 > pa->tok0 && a->tok[pa->tok1 - 1].punct == ':' &&
	       words_in(a, pa->tok0, pa->tok1) >= 8;
}

/*
 * "..., wrote to me last month. I include a portion of his letter:"
 * then the letter's paragraphs, each opening with its marks: a speech
 * goes on past what it reads out. The speaker's line before those
 * paragraphs (at most six back from p), when it ends in a colon and
 * every paragraph between it and p is such a quotation; or NULL.
 */
static const struct quote *line_before_reading(const struct article *a,
					       size_t p,
					       const struct quote_list *out)
{
	size_t k = out->n, j, q;
	const struct quote *line;

	while (k > 0 && !out->q[k - 1].label && !out->q[k - 1].inner) {
		const struct quote *o = &out->q[k - 1];

		if (o->open == QUOTE_NONE || o->open != a->para[o->para].tok0 ||
		    p - o->para > 6)
			return NULL;
		k--;
	}
	if (k == 0 || k == out->n)
		return NULL;
	line = &out->q[k - 1];
	if (line->para >= p || a->tok[a->para[line->para].tok1 - 1].punct != ':')
		return NULL;
	for (q = line->para + 1; q < p; q++) {
		for (j = k; j < out->n && out->q[j].para != q; j++)
			;
		if (j == out->n)
			return NULL;
	}
	return line;
}

/* "And look at Georgia. Same promise, same summit. Is anyone in this
 * studio going to argue that promise made Georgia safer?": a speaker's
 * next paragraph, opening with "And", "But" or "So", of two sentences
 * or more, that ends in a question of its own. */
static int goes_on_asking(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];

	return pa->tok1 > pa->tok0 + 2 &&
	       (article_is(a, pa->tok0, "and") || article_is(a, pa->tok0, "but") ||
		article_is(a, pa->tok0, "so")) &&
	       a->tok[pa->tok0].sent != a->tok[pa->tok1 - 1].sent;
}

static void pair_label_cont(const struct article *a, size_t p,
			    struct quote_list *out, int marks_ok)
{
	const struct article_para *pa = &a->para[p];
	const struct quote *prev = last_line(out);

	/* an interview's answer (label 2) goes on only into a paragraph
	 * that a question follows: not into the closing narration */
	if (prev->label == 2 && prev->para == p - 1 &&
	    !(p + 1 < a->npara &&
	      (question_label(a, p + 1) || bold_para(a, p + 1))))
		return;
	size_t pp = p - 1;
	const struct quote *read;
	/* "– You see, I get applause from the wrong side again.": a
	 * speaker's reply to an interjection opens with a dash */
	size_t from = pa->tok0 + 1 < pa->tok1 &&
			      a->tok[pa->tok0].punct == '-' &&
			      (a->tok[pa->tok0 + 1].flags & ARTICLE_WORD) ?
		      pa->tok0 + 1 :
		      pa->tok0;

	/* (past "[Applause]" between the two, and a record's
	 * "(Applause from the SPD – Heckling from the AfD: ...)") */
	while (pp > 0 && (stage_direction(a, pp) || interjection(a, pp)))
		pp--;
	/* (and past a letter the speaker read out) */
	if ((prev->para != pp || !prev->label) &&
	    (read = line_before_reading(a, p, out)) != NULL) {
		prev = read;
		pp = read->para;
	}
	/* (the line may end in a comma that the quote left out: "I beg
	 * to move,") */
	if (p == 0 || prev->para != pp ||
	    !(prev->tok1 == a->para[pp].tok1 ||
	      (prev->tok1 + 1 == a->para[pp].tok1 &&
	       (a->tok[prev->tok1].punct == ',' ||
		a->tok[prev->tok1].punct == ':'))) ||
	    (prev->label != 1 && prev->label != 2 && prev->label != 3 &&
	     prev->label != 4 && prev->label != 6 && prev->label != 8) ||
	    (pa->headline && !colon_sentence(a, p)) ||
	    (!(a->tok[pa->tok0].flags & ARTICLE_WORD) &&
	     !(from > pa->tok0 && pp + 1 < p)) ||
	    a->tok[pa->tok0].start != pa->start ||
	    (a->tok[pa->tok1 - 1].punct == '?' && !speech_asks(a, p, prev) &&
	     !goes_on_asking(a, p)))
		return;
	/* a label of its own ("SCIUTTO: ..."), not the speech's colon
	 * ("And on the polls: yes, ...") */
	/* (nor a quotation's paragraph, unless its marks are only
	 * terms: marks_ok) */
	/* (nor an interviewer's question set apart in bold or italics) */
	if (opens_label(a, p) || bold_para(a, p) ||
	    (marks_ok ? words_in(a, pa->tok0, pa->tok1) :
			plain_words(a, pa->tok0, pa->tok1)) < 3)
		return;
	/* nor a heading in capitals ("STATEMENT OF DR. EMMA ASHFORD, ...")
	 * or a record's next label ("Senator PAUL. ...") */
	if (all_caps_words(a, pa->tok0, pa->tok1) ||
	    quote_record_caps_end(a, p) != QUOTE_NONE)
		return;
	/* "Alexander Stubb, 57, was Finland's foreign minister ..." after
	 * "Stubb: ..." lines: the speaker's name in the third person is
	 * the writer's note on them */
	if (third_person_of_label(a, p, out))
		return;
	/* "Gen. Rajmund Andrzejczak (born 1967) served as ...": the
	 * article's last paragraph, opening with a name, in no one's
	 * first person */
	if (p + 1 == a->npara && !first_person(a, p) && pa->tok1 > pa->tok0 + 2 &&
	    (a->tok[pa->tok0].flags & ARTICLE_CAP) &&
	    (a->tok[pa->tok0 + 1].flags & ARTICLE_CAP) &&
	    ((a->tok[pa->tok0 + 2].flags & ARTICLE_CAP) ||
	     a->tok[pa->tok0 + 1].punct == '.'))
		return;
	/* "The interview was conducted by ...": the article's last line,
	 * no one's first person, is the editor's note */
	if (p + 1 == a->npara && !first_person(a, p) &&
	    editor_note(a, p))
		return;
	emit_line(a, out, from, pa->tok1, p, 8);
}

/*
 * "Here's Slovakia's prime minister, Robert Fico, who has never hidden
 * his scepticism:" then "Ukraine in Nato means a third world war. I
 * will not support it.": a live blog's block quotation, its marks lost
 * in scraping; paragraph p, in the first person, without marks or a
 * label, after a paragraph that ends in a colon (label 9: the person
 * named last in that paragraph speaks).
 */
static void pair_after_colon(const struct article *a, size_t p,
			     struct quote_list *out)
{
	const struct article_para *pa = &a->para[p], *pb;
	size_t i;

	/* (a line ending in a colon reads as a heading: it is none) */
	if (p < 2 || pa->headline || pa->tok1 <= pa->tok0)
		return;
	pb = &a->para[p - 1];
	/* the block's second paragraph in the first person: more of it
	 * (label 9 again, the speaker of the paragraph before) */
	if (out->n > 0 && out->q[out->n - 1].label == 9 &&
	    out->q[out->n - 1].para + 1 == p && !opens_label(a, p) &&
	    plain_words(a, pa->tok0, pa->tok1) >= 3 && first_person(a, p) &&
	    a->tok[pa->tok0].punct != 'q') {
		emit_line(a, out, pa->tok0, pa->tok1, p, 9);
		return;
	}
	if (pb->tok1 <= pb->tok0 || a->tok[pb->tok1 - 1].punct != ':')
		return;
	/* a label's colon, not the speech's own ("I tell him: be a
	 * doctor") */
	if (opens_label(a, p) || plain_words(a, pa->tok0, pa->tok1) < 3 ||
	    !first_person(a, p))
		return;
	/* "As we leave, Nodar calls after us from the gate:", then "—
	 * My grandson ...": the speech after its dash */
	i = a->tok[pa->tok0].punct == '-' && pa->tok1 > pa->tok0 + 1 ?
		    pa->tok0 + 1 : pa->tok0;
	emit_line(a, out, i, pa->tok1, p, 9);
}

/* How many tokens a question's label opening paragraph p takes, or 0. */
static size_t question_label(const struct article *a, size_t p)
{
	size_t n = opens_with_label(a, p, "q");

	return n ? n : opens_with_label(a, p, "question");
}

/*
 * "Read also: «We will not allow war ...». What Sandu promised ...",
 * "Read more:", "See also:", "Related:": a line that links another
 * article.
 */
static int link_line(const struct article *a, size_t p)
{
	/* (and "More on this topic:", "More from Bloomberg Opinion:") */
	static const char *const first[] = { "read", "see", "related",
					     "more", NULL };
	size_t t0 = a->para[p].tok0, k;

	if (t0 >= a->para[p].tok1 || !(a->tok[t0].flags & ARTICLE_CAP) ||
	    a->tok[t0].end - a->tok[t0].start > 7)
		return 0; /* (a flag and a length before any word) */
	/* "Also read:", not a newsletter's "ALSO: Erdoğan said ..." */
	if (article_is(a, t0, "also") && t0 + 1 < a->para[p].tok1 &&
	    (article_is(a, t0 + 1, "read") || article_is(a, t0 + 1, "see")))
		t0++;
	if (!article_is_any(a, t0, first))
		return 0;
	for (k = t0 + 1; k < a->para[p].tok1 &&
			 k < t0 + (article_is(a, t0, "more") ? 5 : 3);
	     k++)
		if (a->tok[k].punct == ':' ||
		    /* "READ ALSO - « ... »: how Finland changed ..." */
		    (a->tok[k].punct == '-' && article_is(a, k - 1, "also")))
			return 1;
	return 0;
}

int quote_link_line(const struct article *a, size_t p)
{
	return link_line(a, p);
}

static size_t bold_name_heading(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t i, words = 0;

	/* (the parser skips the marks: they stand before the first
	 * token) */
	if (pa->tok1 <= pa->tok0 || !bold_opens(a, a->tok[pa->tok0].start) ||
	    a->tok[pa->tok1 - 1].punct == '.')
		return QUOTE_NONE;
	for (i = pa->tok0; i < pa->tok1 && i < pa->tok0 + 8; i++) {
		const struct article_tok *t = &a->tok[i];

		if (t->punct == '.' && words)
			continue; /* "John E. Herbst" */
		if (!(t->flags & ARTICLE_WORD) || !(t->flags & ARTICLE_CAP))
			break;
		words++;
		/* the bold closes right after the name */
		if (bold_closes(a, t->end))
			return words >= 2 && words <= 5 && i + 1 < pa->tok1 &&
					       a->tok[i + 1].punct == ',' ?
				       i + 1 :
				       QUOTE_NONE;
	}
	return QUOTE_NONE;
}

/* Whether token i is a word in capitals: no digit, no lower-case ASCII
 * letter. */
static int upper_word(const struct article *a, size_t i)
{
	size_t k;

	if (!(a->tok[i].flags & ARTICLE_WORD) ||
	    (a->tok[i].flags & ARTICLE_DIGIT))
		return 0;
	for (k = a->tok[i].start; k < a->tok[i].end; k++)
		if (a->text[k] >= 'a' && a->text[k] <= 'z')
			return 0;
	return 1;
}

/*
 * "SVETLANA IVANOVA, 58, pharmacist" over paragraphs in the first
 * person: an oral history's heading, a name of two to four words in
 * capitals, a comma and a description, short and without a full stop,
 * a colon or marks. The token past the name, or QUOTE_NONE.
 */
static size_t caps_name_heading(const struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t i, k;

	if (p == 0 || pa->tok1 <= pa->tok0 || pa->tok1 - pa->tok0 > 16 ||
	    a->tok[pa->tok1 - 1].punct == '.' || p + 1 >= a->npara ||
	    !first_person(a, p + 1))
		return QUOTE_NONE;
	for (i = pa->tok0; i < pa->tok1 && i < pa->tok0 + 5 && upper_word(a, i);
	     i++)
		;
	if (i - pa->tok0 < 2 || i - pa->tok0 > 4 || i >= pa->tok1 ||
	    a->tok[i].punct != ',')
		return QUOTE_NONE;
	for (k = i; k < pa->tok1; k++)
		if (a->tok[k].punct == ':' || a->tok[k].punct == 'q')
			return QUOTE_NONE;
	return i;
}

size_t quote_name_heading(const struct article *a, size_t p)
{
	size_t e = bold_name_heading(a, p);

	return e != QUOTE_NONE ? e : caps_name_heading(a, p);
}

/* Whether paragraph p has "I", "we", "our", "us" or "my" outside
 * the marks of the n quotes q. */
static int first_person_outside(const struct article *a, size_t p,
				const struct quote *q, size_t n)
{
	size_t i, k;

	for (i = a->para[p].tok0; i < a->para[p].tok1; i++) {
		for (k = 0; k < n && !(q[k].open <= i &&
				       (q[k].close == QUOTE_NONE ?
					i < q[k].tok1 : i <= q[k].close));
		     k++)
			;
		if (k == n && article_is_any(a, i, first_person_words))
			return 1;
	}
	return 0;
}

/*
 * "When I met President Erdoğan in Vilnius, he told me, "Friends must
 * also listen to each other." He was right about that.": a speaker's
 * transcript line, or the paragraph that goes on with it, holding
 * another's quotation. The quotations out->q[first..] found in
 * paragraph p stay, marked inner, after the speaker's line, when each
 * lies inside the paragraph and most of its words are outside them.
 */
static void pair_line_holding(const struct article *a, size_t p,
			      struct quote_list *out, size_t first,
			      int record, int *transcript, int answer,
			      const struct reporter_labels *reps)
{
	const struct article_para *pa = &a->para[p];
	struct quote held[4];
	size_t n = out->n, k, inside = 0;

	if (n - first > 4 || pa->headline)
		return;
	/* (the cheap tests first: only a paragraph that opens with a
	 * label, goes on with a labelled line or answers a question can
	 * be a speaker's line) */
	for (k = first; k > 0 && out->q[k - 1].inner; k--)
		;
	if (!answer && !opens_label(a, p) &&
	    !(k > 0 && out->q[k - 1].label && out->q[k - 1].label != 7 &&
	      out->q[k - 1].label != 11))
		return;
	for (k = first; k < n; k++) {
		const struct quote *q = &out->q[k];

		if (q->cont_prev || q->cont_next || q->open == QUOTE_NONE ||
		    q->open <= pa->tok0 || q->label)
			return;
		inside += words_in(a, q->tok0, q->tok1);
	}
	/* (the speaker's own words, in the first person outside the
	 * marks: not a newsletter's rubric in capitals over a story,
	 * "STOCKHOLM'S PATIENCE: Swedish Prime Minister Ulf Kristersson
	 * isn't panicking. "We have done what we promised," he told ...") */
	/* (or a transcript's line, among others) */
	/* (or the paragraph after a transcript's line, going on with it:
	 * "MS. LEAVITT: ..." then "The President is going to Ankara ...
	 * As Mark Rutte told him, "..."") */
	for (k = first; k > 0 && out->q[k - 1].inner; k--)
		;
	if (2 * inside >= words_in(a, pa->tok0, pa->tok1) ||
	    !(first_person_outside(a, p, &out->q[first], n - first) ||
	      transcript_before(a, out, p) ||
	      (!opens_label(a, p) && k > 0 && out->q[k - 1].label == 1 &&
	       out->q[k - 1].para + 1 == p)))
		return;
	memcpy(held, &out->q[first], (n - first) * sizeof(*held));
	out->n = first;
	/* (answer: an interview's answer without a label, after its
	 * question) */
	if (answer)
		emit_line(a, out, pa->tok0, pa->tok1, p, 2);
	if (out->n == first)
		pair_label(a, p, out, 1, reps);
	/* ("[00:13:24] MIKKO HEINONEN: ...") */
	if (out->n == first)
		pair_name_label(a, p, out, record, transcript, 1);
	if (out->n == first && first > 0)
		pair_label_cont(a, p, out, 1);
	if (out->n == first) { /* no speaker's line: as found */
		out->n = n;
		return;
	}
	for (k = 0; k < n - first; k++) {
		struct quote *q = quote_list_add(out);

		*q = held[k];
		q->inner = 1;
	}
}

void quote_find(const struct article *a, struct quote_list *out)
{
	size_t p, first, n;
	int cont = 0, qa = 0, record = 0, transcript = -1, answers = 0;
	int record_caps = 0, verbatim = 0, expert = 0;
	int asked = 0, bare;
	size_t answered = QUOTE_NONE, post = QUOTE_NONE;
	struct reporter_labels reps;

	reporter_labels_find(a, &reps);
	for (p = 0; p < a->npara && !qa; p++)
		qa = question_label(a, p);
	for (p = 0; p < a->npara && qa && !answers; p++)
		answers = opens_with_label(a, p, "a") ||
			  opens_with_label(a, p, "answer");
	/* a parliamentary record: two labels with a constituency, a
	 * party or a name in brackets; every label of it is a speaker's */
	for (p = 0; p < a->npara && record < 2; p++)
		record += record_label_end(a, p) != QUOTE_NONE;
	record = record >= 2;
	/* a congressional record: two labels "Senator SHAHEEN." */
	for (p = 0; p < a->npara && record_caps < 2; p++)
		record_caps += quote_record_caps_end(a, p) != QUOTE_NONE;
	/* (or one, a member's extension of remarks, under the record's
	 * name) */
	record_caps = record_caps >= 2 ||
		      (record_caps == 1 && names_congressional_record(a));
	/* a verbatim report: two labels "Name, description. –" */
	for (p = 0; p < a->npara && verbatim < 2; p++)
		verbatim += verbatim_label_end(a, p) != QUOTE_NONE;
	verbatim = verbatim >= 2;
	bare = !qa && bare_interview(a);
	for (p = 0; p < a->npara; p++) {
		first = out->n;
		cont = pair_double(a, p, cont, out);
		pair_single(a, p, out, first);
		/* 'MEINL-REISINGER: ... someone shouting "treason" every
		 * time.': a transcript line's scare quotes are its own */
		if (out->n > first && !a->para[p].headline &&
		    only_terms(a, out, first)) {
			n = out->n;
			out->n = first;
			pair_label(a, p, out, 1, &reps);
			/* and 'Stubb: „Finlandisation“ is not a compliment' */
			if (out->n == first)
				pair_name_label(a, p, out, record,
						&transcript, 1);
			/* and an answer's next paragraph: 'And let's be
			 * clear about what "irreversible" means.' */
			if (out->n == first && first > 0)
				pair_label_cont(a, p, out, 1);
			/* and a dashed speech: "– If the word „irreversible“
			 * survives, ..., – the expert said." (the quotations
			 * outside the speech, in its attribution, stay) */
			if (out->n == first && n - first <= 8)
				pair_dash_keeping(a, p, out, first, n);
			if (out->n == first) /* no speaker's line: as found */
				out->n = n;
		}
		if (out->n > first && p > 0)
			pair_line_holding(a, p, out, first, record,
					  &transcript,
					  bare && bare_question(a, p - 1) &&
						  !bare_question(a, p),
					  &reps);
		/* an interview's question without a label (in bold, or a
		 * paragraph that asks): the interviewer's, no one's quote */
		if (bare && bare_question(a, p)) {
			out->n = first;
			emit_line(a, out, a->para[p].tok0, a->para[p].tok1, p,
				  7);
		}
		if (link_line(a, p)) {
			/* another article's headline quotes no one here */
			out->n = first;
			cont = 0;
			continue;
		}
		if (qa && (n = question_label(a, p)) != 0) {
			/* the journalist's question: nothing in it is
			 * attributed */
			out->n = first;
			emit_line(a, out, a->para[p].tok0 + n,
				  a->para[p].tok1, p, 7);
		}
		/* "– Then say it to the Americans as well." after an
		 * interjection: the speech's reply, no dashed speech */
		if (out->n == first && first > 0 && (record || record_caps) &&
		    p > 0 && a->para[p].tok1 > a->para[p].tok0 &&
		    a->tok[a->para[p].tok0].punct == '-' &&
		    interjection(a, p - 1))
			pair_label_cont(a, p, out, 0);
		if (out->n == first)
			pair_dash_answer(a, p, out);
		if (out->n == first)
			pair_dash(a, p, out, 0);
		/* (and "STEFANOU: We were alone because —", short and
		 * unstopped as a heading is, inside a transcript) */
		if (out->n == first && (!a->para[p].headline ||
					(p > 0 && transcript_before(a, out, p))))
			pair_label(a, p, out, 0, &reps);
		if (out->n == first)
			pair_name_label(a, p, out, record, &transcript, 0);
		if (out->n == first && record_caps)
			pair_record_caps(a, p, out);
		if (out->n == first && verbatim)
			pair_verbatim(a, p, out);
		if (out->n == first)
			pair_blockquote(a, p, out);
		if (out->n == first)
			pair_post(a, p, out);
		if (out->n == first && qa)
			pair_answer(a, p, out);
		/* an interview without labels: the paragraph after a
		 * question is the answer, and so is one in the first person
		 * after a short remark of the interviewer's that follows an
		 * answer ("Some commentators say ...") */
		if (bare && out->n == first && p > 0 && !bare_question(a, p) &&
		    (bare_question(a, p - 1) ||
		     (p >= 2 && answered == p - 2 && first_person(a, p) &&
		      !first_person(a, p - 1) &&
		      a->para[p - 1].tok1 - a->para[p - 1].tok0 <= 40))) {
			pair_unlabelled_answer(a, p, out);
			if (out->n > first)
				answered = p;
		}
		if (out->n == first && first > 0)
			pair_label_cont(a, p, out, 0);
		if (out->n == first && (record || record_caps) &&
		    interjection(a, p))
			pair_interjections(a, p, out);
		if (out->n == first)
			pair_after_colon(a, p, out);
		/* a section under a name heading (an expert's, an oral
		 * history's): its plain paragraphs are theirs, up to the
		 * next heading */
		if (quote_name_heading(a, p) != QUOTE_NONE) {
			expert = 1;
		} else if (expert && out->n == first && !a->para[p].headline &&
			   plain_words(a, a->para[p].tok0, a->para[p].tok1) >=
				   3 &&
			   !link_line(a, p)) {
			emit_line(a, out, a->para[p].tok0, a->para[p].tok1, p,
				  10);
		}
		/* a digest's post under its header "08:14 | Channel": its
		 * plain paragraphs are the channel's, up to the next header
		 * or an editor's note in brackets */
		if (quote_post_header(a, p) != QUOTE_NONE) {
			post = p;
			out->n = first;
		} else if (post != QUOTE_NONE &&
			   (a->para[p].headline ||
			    (a->para[p].tok1 > a->para[p].tok0 &&
			     a->tok[a->para[p].tok0].punct == '['))) {
			post = QUOTE_NONE; /* ("Also noted", "[...]") */
		} else if (post != QUOTE_NONE && out->n == first &&
			   !a->para[p].headline &&
			   (a->tok[a->para[p].tok0].flags & ARTICLE_WORD) &&
			   !opens_label(a, p) &&
			   plain_words(a, a->para[p].tok0, a->para[p].tok1) >=
				   3) {
			emit_line(a, out, a->para[p].tok0, a->para[p].tok1, p,
				  12);
		}
		if (qa && !answers) {
			if (question_label(a, p))
				asked = 1;
			/* not a moderator's question ("Any more?") */
			else if (out->n == first && asked &&
				 a->para[p].tok1 > a->para[p].tok0 &&
				 a->tok[a->para[p].tok1 - 1].punct != '?')
				pair_unlabelled_answer(a, p, out);
		}
	}
	free(reps.p);
	quote_list_sort(out);
}
