#include "stem.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "sbuf.h"
#include "xalloc.h"

/*
 * The cache is a fixed-size open-addressing table of word -> stem; when
 * it fills up it is simply emptied, which keeps memory bounded on an
 * endless stream while hitting on the few thousand words real text uses.
 */
#define CACHE_SLOTS 65536 /* power of two */
#define CACHE_MAX (CACHE_SLOTS / 2)
#define WORD_MAX 64       /* longer words are stemmed uncached */

struct slot {
	uint32_t hash;
	uint32_t word_off, word_len, stem_off, stem_len;
	int used;
};

struct stem {
	struct sb_stemmer *sb;
	struct slot *slot;
	size_t nused;
	struct sbuf pool; /* words and stems the slots point into */
	struct sbuf tmp;
};

const char **stem_languages(void)
{
	return sb_stemmer_list();
}

struct stem *stem_new(const char *lang, struct err *e)
{
	struct sb_stemmer *sb = sb_stemmer_new(lang, "UTF_8");
	struct stem *st;

	if (!sb) {
		struct sbuf known = SBUF_INIT;
		const char **l;

		for (l = sb_stemmer_list(); *l; l++)
			sbuf_addf(&known, "%s%s", l == sb_stemmer_list() ? "" : ", ", *l);
		err_set(e, "unknown stemmer language '%s' (known: %s)", lang,
			known.buf);
		sbuf_release(&known);
		return NULL;
	}
	st = xcalloc(1, sizeof(*st));
	st->sb = sb;
	st->slot = xcalloc(CACHE_SLOTS, sizeof(*st->slot));
	sbuf_init(&st->pool);
	sbuf_init(&st->tmp);
	return st;
}

void stem_free(struct stem *st)
{
	if (!st)
		return;
	sb_stemmer_delete(st->sb);
	free(st->slot);
	sbuf_release(&st->pool);
	sbuf_release(&st->tmp);
	free(st);
}

static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static const char *run_stemmer(struct stem *st, const char *word, size_t n,
			       size_t *out_len)
{
	const sb_symbol *r = sb_stemmer_stem(st->sb, (const sb_symbol *)word,
					     (int)n);

	if (!r) { /* libstemmer's only failure is out of memory */
		xmalloc(SIZE_MAX);
		return NULL;
	}
	*out_len = (size_t)sb_stemmer_length(st->sb);
	return (const char *)r;
}

const char *stem_word(struct stem *st, const char *word, size_t n,
		      size_t *out_len)
{
	uint32_t h, i;
	struct slot *sl;
	const char *r;

	if (n > WORD_MAX)
		return run_stemmer(st, word, n, out_len);
	h = hash_bytes(word, n);
	for (i = h & (CACHE_SLOTS - 1);; i = (i + 1) & (CACHE_SLOTS - 1)) {
		sl = &st->slot[i];
		if (!sl->used)
			break;
		if (sl->hash == h && sl->word_len == n &&
		    !memcmp(st->pool.buf + sl->word_off, word, n)) {
			*out_len = sl->stem_len;
			return st->pool.buf + sl->stem_off;
		}
	}
	r = run_stemmer(st, word, n, out_len);
	if (st->nused >= CACHE_MAX) {
		memset(st->slot, 0, CACHE_SLOTS * sizeof(*st->slot));
		st->nused = 0;
		sbuf_reset(&st->pool);
		for (i = h & (CACHE_SLOTS - 1); st->slot[i].used;
		     i = (i + 1) & (CACHE_SLOTS - 1))
			;
		sl = &st->slot[i];
	}
	/* r dies at the next stemmer call; the pool copy is what we return */
	sl->used = 1;
	sl->hash = h;
	sl->word_off = (uint32_t)st->pool.len;
	sl->word_len = (uint32_t)n;
	sbuf_add(&st->pool, word, n);
	sl->stem_off = (uint32_t)st->pool.len;
	sl->stem_len = (uint32_t)*out_len;
	sbuf_add(&st->pool, r, *out_len);
	sbuf_addc(&st->pool, '\0');
	st->nused++;
	return st->pool.buf + sl->stem_off;
}
