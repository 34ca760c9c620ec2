#ifndef STANCE_STEM_H
#define STANCE_STEM_H

#include <stddef.h>

/*
 * Snowball stemming through libstemmer, with a cache so that each distinct
 * word is stemmed once. A stemmer is not thread-safe: use one per thread.
 * Input must be normalised (norm.h): NFC, lower case, UTF-8.
 */
struct err;
struct stem; /* opaque: stem.c */

/*
 * A stemmer for lang: any name or ISO code libstemmer accepts ("english",
 * "en", "russian", ...). NULL with *e set ("unknown stemmer language 'x'
 * (known: ...)") when libstemmer has no such algorithm.
 */
struct stem *stem_new(const char *lang, struct err *e);
/*
 * The stem of word[0..n). *out_len gets its length. The string belongs to
 * the stemmer and stays valid until the next stem_word call.
 */
const char *stem_word(struct stem *st, const char *word, size_t n,
		      size_t *out_len);
/* The NULL-terminated list of libstemmer's algorithm names. */
const char **stem_languages(void);
void stem_free(struct stem *st);

#endif
