#include "lexicon.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "err.h"
#include "norm.h"
#include "sbuf.h"
#include "vocab.h"
#include "xalloc.h"

struct lexicon {
	struct vocab *words; /* value: valence */
};

struct lexicon *lexicon_new(void)
{
	struct lexicon *lx = xcalloc(1, sizeof(*lx));

	lx->words = vocab_new();
	return lx;
}

void lexicon_free(struct lexicon *lx)
{
	if (!lx)
		return;
	vocab_free(lx->words);
	free(lx);
}

size_t lexicon_size(const struct lexicon *lx)
{
	return vocab_size(lx->words);
}

int lexicon_get(const struct lexicon *lx, const char *word, size_t n,
		double *valence)
{
	long id = vocab_find(lx->words, word, n);

	if (id < 0)
		return 0;
	*valence = vocab_value(lx->words, id);
	return 1;
}

void lexicon_put(struct lexicon *lx, const char *word, size_t n,
		 double valence)
{
	vocab_set_value(lx->words, vocab_add(lx->words, word, n, NULL),
			valence);
}

/* "word<TAB>number[<TAB>...]": 0 and the parts set, or -1. */
static int parse_line(char *line, char **word, size_t *wlen, double *val)
{
	char *tab = strchr(line, '\t'), *end;

	if (!tab || tab == line)
		return -1;
	*word = line;
	*wlen = (size_t)(tab - line);
	errno = 0;
	*val = strtod(tab + 1, &end);
	if (errno || end == tab + 1 || !isfinite(*val) ||
	    (*end && *end != '\t' && *end != '\n' && *end != '\r'))
		return -1;
	return 0;
}

struct lexicon *lexicon_load(const char *path, struct err *e)
{
	FILE *fp = fopen(path, "r");
	struct lexicon *lx;
	struct sbuf norm = SBUF_INIT;
	char *line = NULL, *word;
	size_t cap = 0, wlen;
	long lineno = 0;
	double val;

	if (!fp) {
		err_at(e, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	lx = lexicon_new();
	while (getline(&line, &cap, fp) != -1) {
		lineno++;
		/* '#' starts a comment unless the line is an entry ("#fail") */
		if ((line[0] == '#' && !strchr(line, '\t')) || line[0] == '\n' ||
		    (line[0] == '\r' && line[1] == '\n'))
			continue;
		if (parse_line(line, &word, &wlen, &val) < 0) {
			err_at(e, path, lineno, "expected 'word<TAB>valence'");
			goto fail;
		}
		sbuf_reset(&norm);
		norm_text(&norm, word, wlen);
		lexicon_put(lx, norm.buf, norm.len, val);
	}
	if (ferror(fp)) {
		err_at(e, path, lineno, "read error");
		goto fail;
	}
	if (lexicon_size(lx) == 0) {
		err_at(e, path, 0, "no entries");
		goto fail;
	}
	free(line);
	sbuf_release(&norm);
	fclose(fp);
	return lx;
fail:
	free(line);
	sbuf_release(&norm);
	fclose(fp);
	lexicon_free(lx);
	return NULL;
}

int lexicon_save(const struct lexicon *lx, const char *path, struct err *e)
{
	struct afile af;
	FILE *fp = afile_open(&af, path, e);
	size_t i, len;

	if (!fp)
		return -1;
	for (i = 0; i < vocab_size(lx->words); i++) {
		const char *w = vocab_name(lx->words, (long)i, &len);

		fprintf(fp, "%s\t%.17g\n", w, vocab_value(lx->words, (long)i));
	}
	return afile_commit(&af, e);
}
