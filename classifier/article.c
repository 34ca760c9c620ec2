/*
 * Paragraphs, sentences and tokens of a news article (issue #3).
 *
 * STYLE.md keeps code-point decoding in norm and tok; this module decodes
 * too, because quote and speaker work on byte offsets into the untouched
 * article (norm would move them) and need only three facts per code
 * point: space, letter or mark, upper case. ASCII takes a fast path so
 * extraction stays well above the 50 MB/s the issue asks for.
 */
#include "article.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "sbuf.h"
#include "xalloc.h"

/* Abbreviations whose full stop does not end a sentence. */
static const char *const abbrevs[] = {
	"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sgt",
	"Capt", "Sen", "Rep", "Gov", "Prof", "Rev", "Mt", "Adm", "vs", "Maj",
	"Brig", "Cmdr", "Cpl", "Pvt", "Spc", "Amb",
	/* a Filipino "Maria": "Ma. Theresa Lazaro" */
	"Ma",
	/* AP style dates: "said on Nov. 20 that" */
	"Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
	NULL
};

/* Length of the code point at s[i] (at least 1) and the code point in *cp,
 * -1 for a byte that is not valid UTF-8. */
static size_t decode(const char *s, size_t n, size_t i, int32_t *cp)
{
	utf8proc_ssize_t k;

	if ((unsigned char)s[i] < 0x80) {
		*cp = (unsigned char)s[i];
		return 1;
	}
	k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			     (utf8proc_ssize_t)(n - i), cp);
	if (k <= 0) {
		*cp = -1;
		return 1;
	}
	return (size_t)k;
}

static int is_space_cp(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v' || c == 0xa0 || (c >= 0x2000 && c <= 0x200b) ||
	       c == 0x202f || c == 0x3000 || c == 0xfeff;
}

static int is_word_cp(int32_t c)
{
	utf8proc_category_t cat;

	if (c < 0)
		return 1; /* invalid bytes stay inside words */
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       (c >= '0' && c <= '9') || c == '@' || c == '#';
	cat = utf8proc_category(c);
	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO;
}

static int is_upper_cp(int32_t c)
{
	utf8proc_category_t cat;

	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	cat = utf8proc_category(c);
	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int is_lower_cp(int32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

static int is_letter_cp(int32_t c)
{
	return is_upper_cp(c) || is_lower_cp(c) ||
	       (c >= 0x80 && utf8proc_category(c) == UTF8PROC_CATEGORY_LO);
}

static int is_apostrophe_cp(int32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0xb4;
}

/* Code point at s[i], or 0 past the end. */
static int32_t peek(const char *s, size_t n, size_t i)
{
	int32_t c;

	if (i >= n)
		return 0;
	decode(s, n, i, &c);
	return c;
}

static int is_abbrev(const char *s, size_t n)
{
	size_t k;

	for (k = 0; abbrevs[k]; k++)
		if (strlen(abbrevs[k]) == n && !memcmp(abbrevs[k], s, n))
			return 1;
	return 0;
}

/*
 * End of the word starting at s[i]: letters and digits, joined by inner
 * hyphens and apostrophes, the full stops of initials and abbreviations
 * ("W.", "U.S.", "Mr."), and the separators inside numbers ("1,340").
 */
/*
 * "Gazeta.pl", "Civil.ge", "pic.twitter.com": after a letter, full
 * stops and runs of lower-case letters that end the word, the last run
 * of two to six, make a web address, one word; where it ends, or j if
 * not one.
 */
static size_t domain_end(const char *s, size_t n, size_t j, int32_t prev)
{
	size_t m = j, t, last = 0;

	if (!((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z')))
		return j;
	while (m + 1 < n && s[m] == '.' && s[m + 1] >= 'a' && s[m + 1] <= 'z') {
		for (t = m + 1; t < n && s[t] >= 'a' && s[t] <= 'z'; t++)
			;
		if (t - m - 1 > 24 ||
		    (t < n && ((s[t] >= 'A' && s[t] <= 'Z') ||
			       (s[t] >= '0' && s[t] <= '9') ||
			       (unsigned char)s[t] >= 0x80)))
			return j;
		last = t - m - 1;
		m = t;
	}
	return last >= 2 && last <= 6 ? m : j;
}

static size_t scan_word(const char *s, size_t n, size_t i)
{
	size_t j = i, seg = i, k;
	int32_t c, prev = 0, next;

	for (;;) {
		while (j < n && ((s[j] >= 'a' && s[j] <= 'z') ||
				 (s[j] >= 'A' && s[j] <= 'Z') ||
				 (s[j] >= '0' && s[j] <= '9')))
			prev = (unsigned char)s[j++]; /* ASCII fast path */
		while (j < n) {
			k = decode(s, n, j, &c);
			if (!is_word_cp(c))
				break;
			prev = c;
			j += k;
		}
		if (j >= n)
			break;
		k = decode(s, n, j, &c);
		next = peek(s, n, j + k);
		if (c == '-' && is_word_cp(next) && next > 0) {
			j += k;
		} else if (is_apostrophe_cp(c) && is_letter_cp(prev) &&
			   is_letter_cp(next)) {
			j += k;
		} else if ((c == ',' || c == '.') && prev >= '0' &&
			   prev <= '9' && next >= '0' && next <= '9') {
			j += k;
		} else if (c == '.' && domain_end(s, n, j, prev) > j) {
			j = domain_end(s, n, j, prev); /* "Gazeta.pl" */
			break;
		} else if (c == '.' &&
			   ((j - seg == 1 && (is_upper_cp(prev) || seg > i)) ||
			    (seg == i && is_abbrev(s + i, j - i)))) {
			j += k;
			seg = j;
			if (!is_letter_cp(next))
				break;
			continue;
		} else {
			break;
		}
		seg = j;
	}
	return j;
}

static void add_tok(struct article *a, size_t start, size_t end,
		    unsigned flags, char punct)
{
	struct article_tok *t;

	if (a->ntok == a->tokcap) /* xgrow() is a call per token else */
		a->tok = xgrow(a->tok, &a->tokcap, a->ntok + 1,
			       sizeof(*a->tok));
	t = &a->tok[a->ntok++];
	t->start = (uint32_t)start;
	t->end = (uint32_t)end;
	t->poss = 0;
	t->para = (uint32_t)(a->npara - 1);
	t->sent = 0;
	t->flags = (uint16_t)flags;
	t->punct = punct;
}

/* Flags of the word s[i..j). */
static unsigned word_flags(const char *s, size_t n, size_t i, size_t j)
{
	unsigned f = ARTICLE_WORD;
	size_t p = i, letters = 0, lower = 0;
	int32_t c, first = 0;

	while (p < j) {
		if ((unsigned char)s[p] < 0x80) { /* ASCII fast path */
			c = (unsigned char)s[p++];
			if (!first && c != '@' && c != '#')
				first = c;
			lower += c >= 'a' && c <= 'z';
			letters += (c >= 'a' && c <= 'z') ||
				   (c >= 'A' && c <= 'Z');
			continue;
		}
		p += decode(s, n, p, &c);
		if (!first && c != '@' && c != '#')
			first = c;
		if (is_lower_cp(c))
			lower++;
		if (is_letter_cp(c))
			letters++;
	}
	if (is_upper_cp(first))
		f |= ARTICLE_CAP;
	if (first >= '0' && first <= '9')
		f |= ARTICLE_DIGIT;
	if (letters >= 2 && !lower)
		f |= ARTICLE_ACRONYM;
	return f;
}

/*
 * Possessive endings: "Russia's" inside the word, and "States' reckless"
 * (a bare apostrophe after s, then a lower-case word) taken into it.
 */
static size_t possessive(struct article *a, size_t j)
{
	struct article_tok *t = &a->tok[a->ntok - 1];
	const char *s = a->text;
	size_t n = a->len, k, q;
	int32_t c, c2;

	if (t->end - t->start >= 3 && (s[t->end - 1] == 's' ||
				       s[t->end - 1] == 'S')) {
		/* q: start of the code point before the final s */
		q = t->end - 1;
		do
			q--;
		while (q > t->start && (s[q] & 0xc0) == 0x80);
		decode(s, n, q, &c);
		if (is_apostrophe_cp(c)) {
			t->flags |= ARTICLE_POSS;
			t->poss = (unsigned char)(t->end - q);
			return j;
		}
	}
	if (j < n && (s[j - 1] == 's' || s[j - 1] == 'S')) {
		k = decode(s, n, j, &c);
		if (!is_apostrophe_cp(c) || c == 0xb4)
			return j;
		c2 = peek(s, n, j + k);
		if (c2 != ' ')
			return j;
		c2 = peek(s, n, j + k + 1);
		if (is_lower_cp(c2) || (c2 >= '0' && c2 <= '9')) {
			t->flags |= ARTICLE_POSS;
			t->end = (uint32_t)(j + k);
			t->poss = (unsigned char)k;
			return j + k;
		}
	}
	return j;
}

/* One punctuation token at s[i]; returns its end. */
static size_t scan_punct(struct article *a, size_t i, unsigned space)
{
	const char *s = a->text;
	size_t n = a->len, k;
	int32_t c;
	unsigned f = space;
	char p = 'o';

	k = decode(s, n, i, &c);
	switch (c) {
	case '"':
		f |= ARTICLE_DQ, p = 'q';
		break;
	case '\'': case 0xb4:
		f |= ARTICLE_SQ, p = 'q';
		break;
	case 0x201c: case 0x201e: case 0xab:
		f |= ARTICLE_DQ | ARTICLE_OPEN, p = 'q';
		break;
	case 0x201d: case 0xbb:
		f |= ARTICLE_DQ | ARTICLE_CLOSE, p = 'q';
		break;
	case 0x2018:
		f |= ARTICLE_SQ | ARTICLE_OPEN, p = 'q';
		break;
	case 0x2019:
		f |= ARTICLE_SQ | ARTICLE_CLOSE, p = 'q';
		break;
	case 0x2013: case 0x2014: case 0x2015:
		p = '-';
		break;
	case 0x2026:
		p = 'e';
		break;
	case '-':
		p = '-';
		while (i + k < n && s[i + k] == '-')
			k++;
		break;
	case '.':
		p = '.';
		if (i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
			p = 'e';
			while (i + k < n && s[i + k] == '.')
				k++;
		}
		break;
	case ',': case ';': case ':': case '!': case '?': case '(': case ')':
	case '[': case ']':
		p = (char)c;
		break;
	default:
		break;
	}
	add_tok(a, i, i + k, f, p);
	return i + k;
}

static int is_closer(const struct article_tok *t)
{
	if (t->punct == ')' || t->punct == ']')
		return 1;
	if (t->punct != 'q' || (t->flags & ARTICLE_OPEN))
		return 0;
	/* an ambiguous mark glued to the full stop closes */
	return (t->flags & ARTICLE_CLOSE) || !(t->flags & ARTICLE_SPACE);
}

static void add_sent(struct article *a, size_t tok0, size_t tok1, size_t p)
{
	size_t i;

	a->sent = xgrow(a->sent, &a->sentcap, a->nsent + 1, sizeof(*a->sent));
	a->sent[a->nsent].tok0 = tok0;
	a->sent[a->nsent].tok1 = tok1;
	a->sent[a->nsent].para = p;
	for (i = tok0; i < tok1; i++)
		a->tok[i].sent = (uint32_t)a->nsent;
	a->nsent++;
}

/*
 * "in a post on X. \"Russia ...\"": the platform's one letter keeps its
 * full stop as an initial's, but after "on" or "via" it ends the
 * sentence.
 */
static int platform_x(const struct article *a, size_t i, size_t tok0)
{
	const struct article_tok *t = &a->tok[i], *p;

	if (i == tok0 || t->end - t->start != 2 ||
	    memcmp(a->text + t->start, "X.", 2))
		return 0;
	p = &a->tok[i - 1];
	return (p->end - p->start == 2 &&
		!memcmp(a->text + p->start, "on", 2)) ||
	       (p->end - p->start == 3 && !memcmp(a->text + p->start, "via", 3));
}

/*
 * A sentence ends after . ! ? (or an ellipsis before a capital), with any
 * closing marks that follow, unless a lower-case word, a comma or a
 * semicolon comes next.
 */
/* Whether a name of one to three capitalised words and a colon start
 * at token k (before end). */
static int label_follows(const struct article *a, size_t k, size_t end)
{
	size_t j;

	for (j = k; j < end && j < k + 3 &&
		    (a->tok[j].flags & (ARTICLE_WORD | ARTICLE_CAP)) ==
			    (ARTICLE_WORD | ARTICLE_CAP);
	     j++)
		;
	return j > k && j < end && a->tok[j].punct == ':';
}

static void split_sentences(struct article *a, size_t p)
{
	struct article_para *pa = &a->para[p];
	size_t i, k, start = pa->tok0, words = 0;
	const struct article_tok *t;
	int title;

	/* "'Why is this our fight?' Warner pressed on Ukraine": a short
	 * title on one line goes on past a quoted question */
	for (i = pa->tok0; i < pa->tok1; i++)
		words += (a->tok[i].flags & ARTICLE_WORD) != 0;
	title = p == 0 && words <= 25 &&
		!memchr(a->text + pa->start, '\n', pa->end - pa->start);
	for (i = pa->tok0; i < pa->tok1; i++) {
		t = &a->tok[i];
		if (t->punct != '.' && t->punct != '!' && t->punct != '?' &&
		    t->punct != 'e' &&
		    !((t->flags & ARTICLE_CAP) && t->end - t->start == 2 &&
		      platform_x(a, i, pa->tok0)))
			continue;
		k = i + 1;
		while (k < pa->tok1 && is_closer(&a->tok[k]))
			k++;
		if (k >= pa->tok1)
			break;
		/* (and "Fico wants X. Šimečka: We are becoming ...": a
		 * title of two sentences, the second a label's) */
		if (title && ((k > i + 1 && (a->tok[i].punct == '?' ||
					     a->tok[i].punct == '!')) ||
			      (a->tok[i].punct == '.' &&
			       label_follows(a, k, pa->tok1))))
			continue;
		t = &a->tok[k];
		if ((t->flags & ARTICLE_WORD) &&
		    !(t->flags & (ARTICLE_CAP | ARTICLE_DIGIT)))
			continue;
		/* "Adam Smith, D-Wash., said": a comma goes on */
		if (t->punct == ',' || t->punct == ';')
			continue;
		if (a->tok[i].punct == 'e' && !(t->flags & ARTICLE_CAP))
			continue;
		add_sent(a, start, k, p);
		start = k;
		/* (an encyclopaedia's citation, "... Moscow".[48] Senator
		 * ...: a sentence of its own, before the next) */
		if (k + 3 < pa->tok1 && t->punct == '[' &&
		    (a->tok[k + 1].flags & ARTICLE_DIGIT) &&
		    a->tok[k + 2].punct == ']' &&
		    (a->tok[k + 3].flags & ARTICLE_CAP)) {
			add_sent(a, k, k + 3, p);
			start = k + 3;
			k += 3;
		}
		i = k - 1;
	}
	if (start < pa->tok1)
		add_sent(a, start, pa->tok1, p);
}

static void mark_headline(struct article *a, size_t p)
{
	struct article_para *pa = &a->para[p];
	size_t i, words = 0, last = pa->tok1 - 1;
	char c;

	if (memchr(a->text + pa->start, '\n', pa->end - pa->start) ||
	    a->tok[pa->tok0].sent != a->tok[pa->tok1 - 1].sent)
		return;
	for (i = pa->tok0; i < pa->tok1; i++)
		words += (a->tok[i].flags & ARTICLE_WORD) != 0;
	while (last > pa->tok0 && is_closer(&a->tok[last]))
		last--;
	c = a->tok[last].punct;
	/* "on X." and "in the U.S.": the word kept the final full stop */
	if (!c && a->text[a->tok[last].end - 1] == '.')
		c = '.';
	pa->headline = words <= 25 && c != '.' && c != '!' && c != '?' &&
		       c != 'e';
}

/*
 * A headline's semicolon joins two headlines ("NATO expansion led to
 * conflict, says Russian envoy; India calls for dialogue"): each is a
 * sentence of its own.
 */
static void split_headline(struct article *a, size_t p)
{
	const struct article_para *pa = &a->para[p];
	size_t i, start = pa->tok0;

	for (i = pa->tok0; i + 1 < pa->tok1; i++)
		if (a->tok[i].punct == ';')
			break;
	if (i + 1 >= pa->tok1)
		return;
	a->nsent--; /* the headline's one sentence */
	for (i = pa->tok0; i + 1 < pa->tok1; i++)
		if (a->tok[i].punct == ';') {
			add_sent(a, start, i + 1, p);
			start = i + 1;
		}
	add_sent(a, start, pa->tok1, p);
}

/*
 * "THE TÁNAISTE HAS insisted that ...": a lead-in set in capitals, at
 * least two words of which one is a function word, then a word in lower
 * case, is plain words, no acronyms (not "THE PRESIDENT:", a
 * transcript's label).
 */
static void lead_in(struct article *a, size_t tok0, size_t tok1)
{
	static const char *const small[] = { "the", "a", "an", "has", "have",
					     "had", "is", "was", "of", "in",
					     "on", "and", "will", NULL };
	size_t k;
	int fw = 0;

	for (k = tok0; k < tok1 && (a->tok[k].flags & ARTICLE_ACRONYM); k++)
		fw |= article_is_any(a, k, small);
	if (!fw || k - tok0 < 2 || k >= tok1 ||
	    !(a->tok[k].flags & ARTICLE_WORD) ||
	    (a->tok[k].flags & (ARTICLE_CAP | ARTICLE_DIGIT)))
		return;
	for (k = tok0; k < tok1 && (a->tok[k].flags & ARTICLE_ACRONYM); k++) {
		a->tok[k].flags &= (uint16_t)~ARTICLE_ACRONYM;
		/* (its small words after the first as if in lower case) */
		if (k > tok0 && article_is_any(a, k, small))
			a->tok[k].flags &= (uint16_t)~ARTICLE_CAP;
	}
}

static void end_para(struct article *a)
{
	struct article_para *pa;

	if (!a->npara)
		return;
	pa = &a->para[a->npara - 1];
	pa->tok1 = a->ntok;
	if (pa->tok1 == pa->tok0) { /* nothing in it: reuse the slot */
		a->npara--;
		return;
	}
	pa->start = a->tok[pa->tok0].start;
	pa->end = a->tok[pa->tok1 - 1].end;
	lead_in(a, pa->tok0, pa->tok1);
	split_sentences(a, a->npara - 1);
	mark_headline(a, a->npara - 1);
	if (pa->headline)
		split_headline(a, a->npara - 1);
}

static void begin_para(struct article *a)
{
	a->para = xgrow(a->para, &a->paracap, a->npara + 1, sizeof(*a->para));
	memset(&a->para[a->npara], 0, sizeof(*a->para));
	a->para[a->npara].tok0 = a->ntok;
	a->npara++;
}

/*
 * Whether a line ending at text[e] ends a sentence: a full stop, a
 * question or exclamation mark or a colon, perhaps inside closing
 * quotation marks.
 */
static int sentence_end_at(const char *text, size_t b, size_t e)
{
	while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' ||
			 text[e - 1] == '\r'))
		e--;
	/* closing marks: " ' and the UTF-8 of ” ’ » */
	while (e > b && (text[e - 1] == '"' || text[e - 1] == '\''))
		e--;
	if (e >= b + 3 && (unsigned char)text[e - 3] == 0xe2 &&
	    (unsigned char)text[e - 2] == 0x80 &&
	    ((unsigned char)text[e - 1] == 0x9d ||
	     (unsigned char)text[e - 1] == 0x99))
		e -= 3;
	else if (e >= b + 2 && (unsigned char)text[e - 2] == 0xc2 &&
		 (unsigned char)text[e - 1] == 0xbb)
		e -= 2;
	return e > b && (text[e - 1] == '.' || text[e - 1] == '?' ||
			 text[e - 1] == '!' || text[e - 1] == ':');
}

/*
 * How many line breaks part paragraphs: 2 when blank lines do, 1 when
 * none does. A page whose only blank line follows its headline, then
 * lines that mostly end sentences, is a scraped page whose every line
 * is a paragraph; a text wrapped at a width ends few lines so.
 */
static int para_break(const char *text, size_t len)
{
	const char *p = text, *end = text + len, *q, *after = NULL;
	int seen_text = 0, blanks = 0;
	size_t lines = 0, ends = 0;

	while (p < end && (q = memchr(p, '\n', (size_t)(end - p)))) {
		seen_text |= q > p;
		p = q + 1;
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		if (p < end && *p == '\n' && seen_text) {
			while (p < end && (*p == '\n' || *p == ' ' ||
					   *p == '\t' || *p == '\r'))
				p++;
			if (p < end && ++blanks > 1)
				return 2;
			after = p;
		}
	}
	if (!blanks)
		return 1;
	for (p = after; p < end; p = q + 1) {
		q = memchr(p, '\n', (size_t)(end - p));
		if (!q)
			q = end;
		if (q > p) {
			lines++;
			ends += (size_t)sentence_end_at(text, (size_t)(p - text),
							 (size_t)(q - text));
		}
		if (q == end)
			break;
	}
	return lines >= 4 && 2 * ends >= lines ? 1 : 2;
}

/* Length of a list item's mark at text[i] ("- ", "* ", "• "), or 0. */
static size_t bullet_at(const char *text, size_t len, size_t i)
{
	size_t n = 0;

	if (i < len && (text[i] == '-' || text[i] == '*'))
		n = 1;
	else if (i + 2 < len && !memcmp(text + i, "\xe2\x80\xa2", 3))
		n = 3;
	return n && i + n < len && (text[i + n] == ' ' || text[i + n] == '\t')
		       ? n : 0;
}

/*
 * Whether the line at text[i], inside a paragraph, is an item of a list
 * ("Key points:", then "- Mr Albanese says ..."): it starts with a
 * bullet, and so did the line before it, or that line ended in a colon.
 * Each item is then a paragraph of its own, not a run-on sentence. A
 * wrapped line that happens to start with " - " is not an item.
 */
static int list_item(const char *text, size_t len, size_t prev, size_t i)
{
	size_t e = i;

	if (!bullet_at(text, len, i))
		return 0;
	while (e > prev && (text[e - 1] == '\n' || text[e - 1] == ' ' ||
			    text[e - 1] == '\t' || text[e - 1] == '\r'))
		e--;
	return (e > prev && text[e - 1] == ':') || bullet_at(text, len, prev);
}

/* Whether text[i] starts a line, past spaces and tabs. */
static int line_start(const char *text, size_t i)
{
	while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
		i--;
	return i == 0 || text[i - 1] == '\n';
}

/*
 * Markdown's marks, which scraped pages keep: a run of asterisks for
 * emphasis ("**Popsoi:** Not today.", not a list's "* "), and a run of
 * hash signs and a space opening a heading ("## Reactions"). Read as
 * white space, so that the words are read as they would be printed.
 */
static int markdown_mark(const char *text, size_t len, size_t i, int bol)
{
	size_t k = i;

	if (i >= len)
		return 0;
	if (text[i] == '*')
		return !(bol && bullet_at(text, len, i));
	if (text[i] != '#' || !bol)
		return 0;
	while (k < len && text[k] == '#')
		k++;
	return k - i <= 6 && k < len && text[k] == ' ';
}

void article_parse(struct article *a, const char *text, size_t len)
{
	size_t i = 0, j, k, lines, brk, line0 = 0, prev;
	unsigned space;
	int32_t c;

	if (len > ARTICLE_MAX_LEN)
		len = ARTICLE_MAX_LEN;
	a->text = text;
	a->len = len;
	/* blank lines part paragraphs; without any, every line is one */
	brk = para_break(text, len);
	begin_para(a);
	while (i < len) {
		lines = 0;
		space = 0;
		while (i < len) {
			k = decode(text, len, i, &c);
			if ((c == '*' || c == '#') &&
			    markdown_mark(text, len, i, line_start(text, i))) {
				while (i < len && text[i] == c)
					i++; /* "**Popsoi:**", "## Title" */
				continue;
			}
			if (!is_space_cp(c))
				break;
			lines += c == '\n';
			space = ARTICLE_SPACE;
			i += k;
		}
		if (i >= len)
			break;
		prev = line0;
		if (lines)
			line0 = i;
		if ((lines >= brk || (lines && list_item(text, len, prev, i))) &&
		    a->ntok > a->para[a->npara - 1].tok0) {
			end_para(a);
			begin_para(a);
		}
		if (is_word_cp(c)) {
			j = scan_word(text, len, i);
			add_tok(a, i, j, word_flags(text, len, i, j) | space,
				0);
			i = possessive(a, j);
		} else {
			i = scan_punct(a, i, space);
		}
	}
	end_para(a);
}

void article_release(struct article *a)
{
	free(a->tok);
	free(a->para);
	free(a->sent);
	memset(a, 0, sizeof(*a));
}

int article_is(const struct article *a, size_t i, const char *w)
{
	const struct article_tok *t = &a->tok[i];
	size_t n = t->end - t->start, k;

	/* called for every word test of speaker.c: no strlen(), and most
	 * calls end at the first byte */
	if (!(t->flags & ARTICLE_WORD))
		return 0;
	for (k = 0; k < n; k++) {
		char x = a->text[t->start + k], y = w[k];

		if (x >= 'A' && x <= 'Z')
			x = (char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (char)(y - 'A' + 'a');
		if (x != y) /* also the end of w: words hold no NUL */
			return 0;
	}
	return w[n] == '\0';
}

int article_is_any(const struct article *a, size_t i,
		   const char *const *list)
{
	for (; *list; list++)
		if (article_is(a, i, *list))
			return 1;
	return 0;
}

size_t article_base_len(const struct article *a, size_t i)
{
	return ARTICLE_BASE_END(&a->tok[i]) - a->tok[i].start;
}

void article_fold(struct sbuf *out, const char *s, size_t n)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t r;
	size_t k;

	for (k = 0; k < n && (unsigned char)s[k] < 0x80; k++)
		;
	if (k == n) {
		sbuf_grow(out, n);
		for (k = 0; k < n; k++) {
			char c = s[k];

			sbuf_addc(out, c >= 'A' && c <= 'Z' ?
				  (char)(c - 'A' + 'a') : c);
		}
		return;
	}
	r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
			 &m, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
			 UTF8PROC_CASEFOLD);
	if (r < 0) { /* invalid UTF-8: keep the bytes as they are */
		sbuf_add(out, s, n);
		return;
	}
	sbuf_add(out, m, (size_t)r);
	free(m);
}

void article_title_case(struct sbuf *out, const char *s, size_t n)
{
	utf8proc_uint8_t buf[4];
	utf8proc_int32_t cp;
	utf8proc_ssize_t k, len;
	size_t i = 0;
	int up = 1;

	while (i < n) {
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
				     (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) { /* invalid: the byte as it is */
			sbuf_addc(out, s[i++]);
			up = 0;
			continue;
		}
		if (!up)
			cp = utf8proc_tolower(cp);
		len = utf8proc_encode_char(cp, buf);
		sbuf_add(out, buf, (size_t)len);
		up = cp == ' ' || cp == '-' || cp == '\'' || cp == 0x2019;
		i += (size_t)k;
	}
}
