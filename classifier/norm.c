#include "norm.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "csv.h"

/* ASCII folded: upper case to lower, controls to ' '; NUL stays 0. */
#define FOLD(c) ((c) == 0 ? 0 : (c) < 0x20 || (c) == 0x7f ? ' ' : \
		 (c) >= 'A' && (c) <= 'Z' ? (c) - 'A' + 'a' : (c))
#define FOLD4(c) FOLD(c), FOLD((c) + 1), FOLD((c) + 2), FOLD((c) + 3)
#define FOLD16(c) FOLD4(c), FOLD4((c) + 4), FOLD4((c) + 8), FOLD4((c) + 12)
static const unsigned char ascii_fold[128] = {
	FOLD16(0), FOLD16(16), FOLD16(32), FOLD16(48),
	FOLD16(64), FOLD16(80), FOLD16(96), FOLD16(112),
};

/*
 * ASCII text: lower case, controls made spaces, NUL made U+FFFD; the
 * count of NULs, or (size_t)-1 with out as it was at the first byte
 * past ASCII (the caller then takes the Unicode path).
 */
static size_t norm_ascii(struct sbuf *out, const char *s, size_t n)
{
	size_t i, bad = 0, start = out->len, len = out->len;
	char *d;

	sbuf_grow(out, n);
	d = out->buf; /* a local: stores through char * alias out->len */
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80) {
			out->len = start;
			d[start] = '\0';
			return (size_t)-1;
		}
		c = ascii_fold[c];
		if (c == 0) {
			/* a NUL is damage, as invalid UTF-8 is: U+FFFD */
			out->len = len;
			sbuf_grow(out, 3 + n - i);
			d = out->buf;
			memcpy(d + len, "\xef\xbf\xbd", 3);
			len += 3;
			bad++;
			continue;
		}
		d[len++] = (char)c;
	}
	out->len = len;
	d[len] = '\0';
	return bad;
}

/*
 * Before utf8proc's own mapping: control characters separate words (its
 * STRIPCC would drop most of them and glue words together), and the
 * double quotation marks its LUMP table leaves alone (curly, low-9,
 * guillemets, full-width) become '"' like the rest.
 */
static utf8proc_int32_t fold_extra(utf8proc_int32_t c, void *data)
{
	(void)data;
	if ((c > 0 && c < 0x20) || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
	    c == 0x2028 || c == 0x2029)
		return ' ';
	switch (c) {
	case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x00ab:
	case 0x00bb: case 0x2033: case 0x301d: case 0x301e: case 0xff02:
		return '"';
	case 0x2039: case 0x203a:
		return '\'';
	default:
		return c;
	}
}

/*
 * The non-ASCII characters news English is full of, and what the general
 * path makes of them (checked by the tests): curly quotes, dashes, the
 * no-break space and the ellipsis. Text with no other non-ASCII character
 * skips utf8proc.
 */
static const struct {
	const char *utf8, *ascii;
} common[] = {
	{ "\xe2\x80\x98", "'" }, { "\xe2\x80\x99", "'" },
	{ "\xe2\x80\x9c", "\"" }, { "\xe2\x80\x9d", "\"" },
	{ "\xe2\x80\x93", "-" }, { "\xe2\x80\x94", "-" },
	{ "\xc2\xa0", " " }, { "\xe2\x80\xa6", "..." },
};

/* The entry of common[] at s[0..n), or -1. */
static int common_at(const char *s, size_t n)
{
	size_t k;

	for (k = 0; k < sizeof(common) / sizeof(common[0]); k++) {
		size_t len = strlen(common[k].utf8);

		if (len <= n && !memcmp(s, common[k].utf8, len))
			return (int)k;
	}
	return -1;
}

/* ASCII plus common[] only: 1, and the result appended; else 0. */
static int norm_common(struct sbuf *out, const char *s, size_t n)
{
	size_t i, start = 0, mark = out->len;
	int k;

	for (i = 0; i < n; i++) {
		if ((unsigned char)s[i] < 0x80)
			continue;
		k = common_at(s + i, n - i);
		if (k < 0) {
			sbuf_setlen(out, mark);
			return 0;
		}
		norm_ascii(out, s + start, i - start);
		sbuf_adds(out, common[k].ascii);
		i += strlen(common[k].utf8) - 1;
		start = i + 1;
	}
	norm_ascii(out, s + start, n - start);
	return 1;
}

size_t norm_text(struct sbuf *out, const char *s, size_t n)
{
	struct sbuf clean = SBUF_INIT;
	utf8proc_uint8_t *dst = NULL;
	utf8proc_ssize_t len;
	size_t bad = norm_ascii(out, s, n);

	if (bad != (size_t)-1)
		return bad;
	if (!memchr(s, '\0', n) && norm_common(out, s, n))
		return 0;
	bad = csv_utf8_repair(&clean, s, n);
	len = utf8proc_map_custom((const utf8proc_uint8_t *)clean.buf,
				  (utf8proc_ssize_t)clean.len, &dst,
				  UTF8PROC_STABLE | UTF8PROC_COMPOSE |
				  UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
				  UTF8PROC_LUMP | UTF8PROC_IGNORE |
				  UTF8PROC_STRIPCC,
				  fold_extra, NULL);
	if (len >= 0)
		sbuf_add(out, dst, (size_t)len);
	else /* cannot happen on repaired input; keep the text rather than lose it */
		sbuf_add(out, clean.buf, clean.len);
	free(dst);
	sbuf_release(&clean);
	return bad;
}
