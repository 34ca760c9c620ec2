#ifndef STANCE_XALLOC_H
#define STANCE_XALLOC_H

#include <stddef.h>

/*
 * Allocation that never returns NULL: out of memory prints one line to
 * stderr and aborts (as cmark, Redis and jq do), so callers need no NULL
 * checks. xrealloc(NULL, n) allocates; a size of 0 is treated as 1 so the
 * result is always a valid, freeable pointer.
 */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
/* n zeroed bytes at a multiple of align (a power of two, >= sizeof(void *)). */
void *xcalloc_aligned(size_t align, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grow *cap (at least doubling) until it holds need elements of size sz. */
void *xgrow(void *p, size_t *cap, size_t need, size_t sz);

#endif
