#ifndef STANCE_TOK_H
#define STANCE_TOK_H

#include <stddef.h>

/*
 * Tokens of normalised text (see norm.h). Words keep inner apostrophes
 * ("don't", "russia's"); hyphens split words; numbers keep inner '.' and
 * ','; '#' and '@' stay on hashtags and mentions; '!' and '?' are tokens
 * of their own because they carry tone. Other punctuation becomes
 * TOK_PUNCT tokens: features ignore them, but they end a negation scope.
 */
enum tok_kind {
	TOK_WORD,
	TOK_NUM,
	TOK_HASHTAG,
	TOK_MENTION,
	TOK_EXCL,
	TOK_QUEST,
	TOK_PUNCT,
};

struct tok {
	size_t start, len; /* bytes into the text */
	enum tok_kind kind;
};

struct tok_list {
	struct tok *v;
	size_t n, cap;
};

#define TOK_LIST_INIT { NULL, 0, 0 }

/* Replace the contents of tl by the tokens of s[0..n). */
void tok_split(struct tok_list *tl, const char *s, size_t n);
void tok_list_release(struct tok_list *tl);

#endif
