#ifndef STANCE_SBUF_H
#define STANCE_SBUF_H

#include <stddef.h>

/*
 * A growable byte string (git's strbuf idea). Invariant: buf is never NULL
 * and buf[len] == '\0', so buf can be handed to anything wanting a C
 * string. A fresh SBUF_INIT points at a shared empty string and owns
 * nothing; the first add allocates.
 */
struct sbuf {
	char *buf;
	size_t len, cap;
};

extern char sbuf_empty[];
#define SBUF_INIT { .buf = sbuf_empty, .len = 0, .cap = 0 }

void sbuf_init(struct sbuf *sb);
void sbuf_grow(struct sbuf *sb, size_t extra);
void sbuf_add(struct sbuf *sb, const void *p, size_t n);
void sbuf_adds(struct sbuf *sb, const char *s);
void sbuf_addc(struct sbuf *sb, char c);
void sbuf_addf(struct sbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Keep the allocation, drop the contents. */
void sbuf_reset(struct sbuf *sb);
void sbuf_setlen(struct sbuf *sb, size_t len);
/* Free and go back to SBUF_INIT. */
void sbuf_release(struct sbuf *sb);
/* Hand the string to the caller (who free()s it); sb is back to SBUF_INIT. */
char *sbuf_detach(struct sbuf *sb);

#endif
