#include "norm.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "csv.h"

static size_t norm_ascii(struct sbuf *out, const char *s, size_t n)
{
	size_t i;

	sbuf_grow(out, n);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		else if (c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
			 c == '\v')
			c = ' ';
		else if (c < 0x20 || c == 0x7f)
			continue;
		out->buf[out->len++] = (char)c;
	}
	out->buf[out->len] = '\0';
	return 0;
}

/* Line breaks and tabs separate words; utf8proc would drop some of them. */
static utf8proc_int32_t space_controls(utf8proc_int32_t c, void *data)
{
	(void)data;
	if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
	    c == 0x85 || c == 0x2028 || c == 0x2029)
		return ' ';
	return c;
}

size_t norm_text(struct sbuf *out, const char *s, size_t n)
{
	struct sbuf clean = SBUF_INIT;
	utf8proc_uint8_t *dst = NULL;
	utf8proc_ssize_t len;
	size_t i, bad;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			break;
	if (i == n)
		return norm_ascii(out, s, n);
	bad = csv_utf8_repair(&clean, s, n);
	len = utf8proc_map_custom((const utf8proc_uint8_t *)clean.buf,
				  (utf8proc_ssize_t)clean.len, &dst,
				  UTF8PROC_STABLE | UTF8PROC_COMPOSE |
				  UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
				  UTF8PROC_LUMP | UTF8PROC_IGNORE |
				  UTF8PROC_STRIPCC,
				  space_controls, NULL);
	if (len >= 0)
		sbuf_add(out, dst, (size_t)len);
	else /* cannot happen on repaired input; keep the text rather than lose it */
		sbuf_add(out, clean.buf, clean.len);
	free(dst);
	sbuf_release(&clean);
	return bad;
}
