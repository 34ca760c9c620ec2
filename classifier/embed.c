#include "embed.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "err.h"
#include "norm.h"
#include "sbuf.h"
#include "vocab.h"
#include "xalloc.h"

struct embed {
	struct vocab *words; /* id: the row */
	signed char *rows;   /* dim bytes per word */
	size_t cap_rows;
	int dim, row_len; /* row_len: dim padded to EMBED_BLOCK */
};

void embed_free(struct embed *em)
{
	if (!em)
		return;
	vocab_free(em->words);
	free(em->rows);
	free(em);
}

size_t embed_size(const struct embed *em)
{
	return vocab_size(em->words);
}

int embed_dim(const struct embed *em)
{
	return em->dim;
}

int embed_row_len(const struct embed *em)
{
	return em->row_len;
}

const signed char *embed_get(const struct embed *em, const char *word,
			     size_t n, int *weight)
{
	long id = vocab_find(em->words, word, n);

	if (id < 0)
		return NULL;
	/* rank id + 1: (id + 1) / (id + 101), rounded */
	*weight = (int)((EMBED_WEIGHT_ONE * (id + 1) + (id + 101) / 2) /
			(id + 101));
	return em->rows + (size_t)id * (size_t)em->row_len;
}

/* The value of hex digit c, or -1. */
static int hex_value(unsigned char c)
{
	unsigned d = (unsigned)c - '0', x = ((unsigned)c | 0x20) - 'a';

	return d < 10 ? (int)d : x < 6 ? (int)x + 10 : -1;
}

/* One "word<TAB>hex" line (its end stripped) into em. NULL or why not. */
static const char *add_line(struct embed *em, const char *line, size_t len,
			    struct sbuf *norm)
{
	const char *tab = memchr(line, '\t', len), *hex;
	const unsigned char *h;
	size_t nhex, k, row;
	int added;
	long id;

	if (!tab || tab == line)
		return "expected 'word<TAB>hex digits'";
	hex = tab + 1;
	nhex = len - (size_t)(hex - line);
	if (nhex == 0 || nhex % 2 || nhex / 2 > EMBED_MAX_DIM)
		return "expected an even number of hex digits (at most 2048)";
	if (em->dim == 0) {
		em->dim = (int)(nhex / 2);
		em->row_len = (em->dim + EMBED_BLOCK - 1) / EMBED_BLOCK *
			      EMBED_BLOCK;
	} else if (nhex / 2 != (size_t)em->dim) {
		return "vector length differs from the first line's";
	}
	sbuf_reset(norm);
	norm_text(norm, line, (size_t)(tab - line));
	if (norm->len == 0)
		return "empty word";
	id = vocab_add(em->words, norm->buf, norm->len, &added);
	if (!added)
		return "word repeated (after normalisation)";
	row = (size_t)id * (size_t)em->row_len;
	em->rows = xgrow(em->rows, &em->cap_rows, row + (size_t)em->row_len, 1);
	memset(em->rows + row + em->dim, 0, (size_t)(em->row_len - em->dim));
	h = (const unsigned char *)hex;
	for (k = 0; k < (size_t)em->dim; k++) {
		int hi = hex_value(h[2 * k]), lo = hex_value(h[2 * k + 1]);

		if ((hi | lo) < 0)
			return "bad hex digit";
		em->rows[row + k] = (signed char)(hi * 16 + lo - (hi >= 8 ? 256 : 0));
	}
	return NULL;
}

struct embed *embed_parse(const char *buf, size_t n, const char *path,
			  struct err *e)
{
	struct embed *em = xcalloc(1, sizeof(*em));
	struct sbuf norm = SBUF_INIT;
	const char *p = buf, *end = buf + n;
	long lineno = 0;

	em->words = vocab_new();
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *why;
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);

		lineno++;
		if (len > 0 && p[len - 1] == '\r')
			len--;
		if (len > 0 && p[0] != '#') {
			why = add_line(em, p, len, &norm);
			if (why) {
				err_at(e, path, lineno, "%s", why);
				sbuf_release(&norm);
				embed_free(em);
				return NULL;
			}
		}
		p = nl ? nl + 1 : end;
	}
	sbuf_release(&norm);
	if (embed_size(em) == 0) {
		err_at(e, path, 0, "no word vectors");
		embed_free(em);
		return NULL;
	}
	return em;
}

struct embed *embed_load(const char *path, struct err *e)
{
	FILE *fp = fopen(path, "rb");
	struct sbuf body = SBUF_INIT;
	struct embed *em = NULL;
	char chunk[65536];
	size_t got;

	if (!fp) {
		err_at(e, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		sbuf_add(&body, chunk, got);
	if (ferror(fp))
		err_at(e, path, 0, "read error: %s", strerror(errno));
	else
		em = embed_parse(body.buf ? body.buf : "", body.len, path, e);
	fclose(fp);
	sbuf_release(&body);
	return em;
}

int embed_save(const struct embed *em, const char *path, struct err *e)
{
	static const char digit[] = "0123456789abcdef";
	struct afile af;
	FILE *fp = afile_open(&af, path, e);
	size_t i, n = embed_size(em), k;

	if (!fp)
		return -1;
	fprintf(fp, "# %zu words x %d dimensions, unit length, x127 as "
		"signed bytes in hex\n", n, em->dim);
	for (i = 0; i < n; i++) {
		size_t len;
		const char *w = vocab_name(em->words, (long)i, &len);
		const unsigned char *r = (const unsigned char *)em->rows +
					 i * (size_t)em->row_len;

		fwrite(w, 1, len, fp);
		fputc('\t', fp);
		for (k = 0; k < (size_t)em->dim; k++) {
			fputc(digit[r[k] >> 4], fp);
			fputc(digit[r[k] & 15], fp);
		}
		fputc('\n', fp);
	}
	return afile_commit(&af, e);
}
