#ifndef STANCE_LEXICON_H
#define STANCE_LEXICON_H

#include <stddef.h>

/*
 * A sentiment lexicon: word -> valence, read from "word<TAB>valence" lines
 * (VADER's and AFINN's format; further tab-separated columns are ignored;
 * blank lines and '#' lines without a tab are comments). Words are
 * normalised (norm.h) on load so that they match normalised text.
 */
struct err;
struct lexicon; /* opaque: lexicon.c */

/* NULL with *e set ("path:line: ...") on a missing file or a bad line. */
struct lexicon *lexicon_load(const char *path, struct err *e);
struct lexicon *lexicon_new(void);
void lexicon_free(struct lexicon *lx);
size_t lexicon_size(const struct lexicon *lx);
/* 1 and *valence set when word[0..n) is in the lexicon, else 0. */
int lexicon_get(const struct lexicon *lx, const char *word, size_t n,
		double *valence);
void lexicon_put(struct lexicon *lx, const char *word, size_t n,
		 double valence);
/* Write "word<TAB>valence" lines, in load order, to path. -1 on error. */
int lexicon_save(const struct lexicon *lx, const char *path, struct err *e);

#endif
