#ifndef STANCE_EMBED_H
#define STANCE_EMBED_H

#include <stddef.h>

/*
 * Word vectors for the e: features: word -> a unit-length vector of
 * `dim' components, each stored as a signed byte (component x 127).
 * Read from "word<TAB>hex" lines, two hex digits per component (two's
 * complement), every line of one file the same length; '#' lines and
 * blank lines are comments. Words are normalised (norm.h) on load so
 * that they match normalised text. The lines come most frequent word
 * first: a word's rank r (1, 2, ...) gives it the weight r / (r + 100),
 * Arora et al.'s smooth inverse frequency a / (a + p(w)) with a = 1e-3
 * and Zipf's p(w) = 0.1 / r, so that "the" and "of" barely count.
 */
struct err;
struct embed; /* opaque: embed.c */

#define EMBED_MAX_DIM 1024
/* A row is its unit vector x EMBED_UNIT, rounded. */
#define EMBED_UNIT 127
/* Rows are stored padded with zeros to a multiple of this many bytes. */
#define EMBED_BLOCK 16

/* NULL with *e set ("path:line: ...") on a missing file or a bad line. */
struct embed *embed_load(const char *path, struct err *e);
/* The same from buf[0..n), read from path (named in errors). */
struct embed *embed_parse(const char *buf, size_t n, const char *path,
			  struct err *e);
/* Write the entries back, in load order, in the same format. */
int embed_save(const struct embed *em, const char *path, struct err *e);
void embed_free(struct embed *em);
size_t embed_size(const struct embed *em);
int embed_dim(const struct embed *em);
/* embed_dim rounded up to a multiple of EMBED_BLOCK: a row's length. */
int embed_row_len(const struct embed *em);
/*
 * Row of word[0..n) (embed_row_len bytes, zero past embed_dim), or NULL;
 * *weight gets its weight
 * in units of 1/EMBED_WEIGHT_ONE (an integer, so sums of weighted rows
 * are exact).
 */
#define EMBED_WEIGHT_ONE 256
const signed char *embed_get(const struct embed *em, const char *word,
			     size_t n, int *weight);

#endif
