#ifndef STANCE_ARTICLE_H
#define STANCE_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

/*
 * A news article cut into paragraphs, sentences and tokens, the view that
 * quote.c and speaker.c read (issue #3). The input is UTF-8 plain text: a
 * title, then paragraphs separated by blank lines; a line break inside a
 * paragraph is just a space. Text with no blank line at all (as many
 * scraped articles come, one paragraph per line) has a paragraph per line. Every token keeps the byte offsets of its text
 * in the input, so spans found on tokens map back to exact substrings.
 *
 * The article does not copy the text: it points into it, and the text must
 * outlive the article. Invalid UTF-8 is not refused; its bytes become parts
 * of words.
 */

/* Token flags. */
#define ARTICLE_WORD 0x001    /* letters/digits, else punctuation */
#define ARTICLE_CAP 0x002     /* word starting with an upper-case letter */
#define ARTICLE_ACRONYM 0x004 /* two or more letters, all upper case */
#define ARTICLE_POSS 0x008    /* ends in a possessive 's or s' */
#define ARTICLE_DQ 0x010      /* a double quotation mark */
#define ARTICLE_SQ 0x020      /* a single quotation mark (not an apostrophe) */
#define ARTICLE_OPEN 0x040    /* mark that can only open (“ ‘ « „) */
#define ARTICLE_CLOSE 0x080   /* mark that can only close (” ’ ») */
#define ARTICLE_SPACE 0x100   /* white space right before the token */
#define ARTICLE_DIGIT 0x200   /* word starting with a digit */

/*
 * 20 bytes a token: an 8 MB article has 1.5 million of them, and the
 * memory they fill is most of what extraction costs on a long article
 * (first-touch page faults and cache misses, issue #3's speed goal).
 * Hence 32-bit offsets and indices (article_parse() reads at most
 * ARTICLE_MAX_LEN bytes, so all of them fit) and the possessive kept as
 * a length. They widen to size_t wherever they are read.
 */
struct article_tok {
	uint32_t start, end; /* bytes [start, end) of the token */
	uint32_t para, sent; /* indices into article.para and article.sent */
	uint16_t flags;
	unsigned char poss;  /* bytes of a possessive ending ('s, ’s, ') */
	/*
	 * Punctuation class: one of , . ; : ! ? ( ) [ ] for those marks,
	 * '-' for dashes, 'e' for an ellipsis, 'q' for quotation marks, 'o'
	 * for anything else; 0 for words.
	 */
	char punct;
};

/* End of token t without its possessive ending. */
#define ARTICLE_BASE_END(t) ((t)->end - (t)->poss)

/* Longest text article_parse() reads: indices must fit 32 bits. */
#define ARTICLE_MAX_LEN ((size_t)UINT32_MAX)

struct article_para {
	size_t start, end;  /* bytes, without the surrounding blank lines */
	size_t tok0, tok1;  /* tokens [tok0, tok1) */
	int headline;       /* one short line without a final full stop */
};

struct article_sent {
	size_t tok0, tok1;  /* tokens [tok0, tok1); never crosses paragraphs */
	size_t para;
};

/*
 * Fields are read-only for users; article_parse() fills them and
 * article_release() frees the arrays.
 */
struct article {
	const char *text;
	size_t len;
	struct article_tok *tok;
	size_t ntok, tokcap;
	struct article_para *para;
	size_t npara, paracap;
	struct article_sent *sent;
	size_t nsent, sentcap;
};

#define ARTICLE_INIT { 0 }

/*
 * Cut text[0..len) into a (which must be ARTICLE_INIT or released). The
 * text is borrowed, not copied. Only the first ARTICLE_MAX_LEN bytes are
 * read (4 GiB: no news article comes near). Cannot fail: memory
 * exhaustion aborts.
 */
void article_parse(struct article *a, const char *text, size_t len);
/* Free the arrays; a is back to ARTICLE_INIT. */
void article_release(struct article *a);

/* Nonzero when token i is a word equal to w, ignoring ASCII case. */
int article_is(const struct article *a, size_t i, const char *w);
/* Nonzero when token i is a word equal to one of the NULL-ended list. */
int article_is_any(const struct article *a, size_t i,
		   const char *const *list);
/* Byte length of token i without its possessive ending. */
size_t article_base_len(const struct article *a, size_t i);

/*
 * Append to out a comparison key for text[0..n): decomposed, accents and
 * case folded ("Orbán" and "ORBAN" give "orban"). out must be released by
 * the caller.
 */
struct sbuf;
void article_fold(struct sbuf *out, const char *s, size_t n);

/*
 * Append text[0..n) to out in title case: the first letter of each word
 * (after a space, hyphen or apostrophe) as it is, the others in lower
 * case ("VOLODYMYR ZELENSKIY" gives "Volodymyr Zelenskiy", "RINKĒVIČS"
 * "Rinkēvičs"). Invalid UTF-8 is copied as it is.
 */
void article_title_case(struct sbuf *out, const char *s, size_t n);

#endif
