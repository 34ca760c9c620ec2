#ifndef STANCE_NORM_H
#define STANCE_NORM_H

#include <stddef.h>

#include "sbuf.h"

/*
 * Text normalisation before tokenising and stemming: invalid UTF-8 and
 * NUL bytes are replaced by U+FFFD (never an error), control characters
 * become spaces, then utf8proc applies NFKC, Unicode case folding and
 * "lumping" (curly and other quotation marks to ' and ", the dashes and
 * minus signs to -, exotic spaces to a space) and drops default-ignorable
 * code points. ASCII input, the common case, takes a fast path with the
 * same result.
 *
 * The result is appended to out: NFC, lower case, as libstemmer expects.
 * Returns the number of invalid or NUL bytes that were replaced.
 */
size_t norm_text(struct sbuf *out, const char *s, size_t n);

#endif
