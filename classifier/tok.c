#include "tok.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "xalloc.h"

/* Decode one code point at s[i]; *len gets its byte length (>= 1). */
static utf8proc_int32_t decode(const char *s, size_t n, size_t i, size_t *len)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	if ((unsigned char)s[i] < 0x80) {
		*len = 1;
		return (unsigned char)s[i];
	}
	k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			     (utf8proc_ssize_t)(n - i), &c);
	if (k <= 0) {
		*len = 1;
		return 0xfffd;
	}
	*len = (size_t)k;
	return c;
}

static int is_word_cp(utf8proc_int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       (c >= '0' && c <= '9') || c == '_';
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

static int is_space_cp(utf8proc_int32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	return utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

static int word_at(const char *s, size_t n, size_t i)
{
	size_t k;

	return i < n && is_word_cp(decode(s, n, i, &k));
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static void push(struct tok_list *tl, size_t start, size_t len,
		 enum tok_kind kind)
{
	tl->v = xgrow(tl->v, &tl->cap, tl->n + 1, sizeof(*tl->v));
	tl->v[tl->n].start = start;
	tl->v[tl->n].len = len;
	tl->v[tl->n].kind = kind;
	tl->n++;
}

/* ASCII letters, digits and '_' (is_word_cp's ASCII part), by table. */
#define WB(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || \
	       ((c) >= '0' && (c) <= '9') || (c) == '_')
#define WB4(c) WB(c), WB((c) + 1), WB((c) + 2), WB((c) + 3)
#define WB16(c) WB4(c), WB4((c) + 4), WB4((c) + 8), WB4((c) + 12)
static const unsigned char word_byte[256] = {
	WB16(0), WB16(16), WB16(32), WB16(48),
	WB16(64), WB16(80), WB16(96), WB16(112),
};

static int ascii_word(unsigned char c)
{
	return word_byte[c];
}

/* End of the word starting at i: word code points, inner apostrophes. */
static size_t word_end(const char *s, size_t n, size_t i, int number)
{
	size_t k;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (ascii_word(c)) { /* the bulk of a word, in a tight loop */
			for (i++; i < n && ascii_word((unsigned char)s[i]); i++)
				;
			continue;
		}
		if (c >= 0x80) {
			if (!is_word_cp(decode(s, n, i, &k)))
				break;
			i += k;
		} else if (!number && c == '\'' && word_at(s, n, i + 1)) {
			i++;
		} else if (number && (c == '.' || c == ',') &&
			   i + 1 < n && is_digit(s[i + 1])) {
			i++;
		} else {
			break;
		}
	}
	return i;
}

void tok_split(struct tok_list *tl, const char *s, size_t n)
{
	size_t i = 0, k, end;

	tl->n = 0;
	while (i < n) {
		utf8proc_int32_t c;

		if (s[i] == ' ') { /* the common case first */
			i++;
			continue;
		}
		c = decode(s, n, i, &k);
		if (is_space_cp(c)) {
			i += k;
		} else if (is_digit(s[i])) {
			end = word_end(s, n, i, 1);
			push(tl, i, end - i, TOK_NUM);
			i = end;
		} else if (is_word_cp(c)) {
			end = word_end(s, n, i, 0);
			push(tl, i, end - i, TOK_WORD);
			i = end;
		} else if ((c == '#' || c == '@') && word_at(s, n, i + 1)) {
			end = word_end(s, n, i + 1, 0);
			push(tl, i, end - i, c == '#' ? TOK_HASHTAG : TOK_MENTION);
			i = end;
		} else if (c == '!' || c == '?') {
			push(tl, i, 1, c == '!' ? TOK_EXCL : TOK_QUEST);
			i++;
		} else {
			/* hyphens and apostrophes between words only split */
			if (c != '-' && c != '\'')
				push(tl, i, k, TOK_PUNCT);
			i += k;
		}
	}
}

void tok_list_release(struct tok_list *tl)
{
	free(tl->v);
	tl->v = NULL;
	tl->n = tl->cap = 0;
}
