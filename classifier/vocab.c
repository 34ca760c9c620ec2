#include "vocab.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "sbuf.h"
#include "xalloc.h"

struct entry {
	size_t off, len;
	uint64_t hash;
	double value;
};

struct vocab {
	struct entry *e;
	size_t n, cap;
	long *slot; /* open addressing: entry id or -1 */
	size_t nslot;
	struct sbuf names;
	uint64_t stamp; /* unique to this vocabulary */
	uint64_t gen;   /* changes counted: see vocab_generation() */
};

static _Atomic uint64_t next_stamp = 1;

uint64_t vocab_stamp(const struct vocab *v)
{
	return v->stamp;
}

uint64_t vocab_generation(const struct vocab *v)
{
	return v->gen;
}

uint64_t vocab_hash_add(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

uint64_t vocab_hash(const char *s, size_t n)
{
	return vocab_hash_done(vocab_hash_add(VOCAB_HASH_INIT, s, n));
}

struct vocab *vocab_new(void)
{
	struct vocab *v = xcalloc(1, sizeof(*v));

	v->nslot = 1024;
	v->slot = xmalloc(v->nslot * sizeof(*v->slot));
	memset(v->slot, 0xff, v->nslot * sizeof(*v->slot));
	sbuf_init(&v->names);
	v->stamp = atomic_fetch_add_explicit(&next_stamp, 1,
					     memory_order_relaxed);
	return v;
}

void vocab_free(struct vocab *v)
{
	if (!v)
		return;
	free(v->e);
	free(v->slot);
	sbuf_release(&v->names);
	free(v);
}

size_t vocab_size(const struct vocab *v)
{
	return v->n;
}

static size_t probe(const struct vocab *v, const char *name, size_t n,
		    uint64_t h)
{
	size_t i = (size_t)h & (v->nslot - 1);

	for (;; i = (i + 1) & (v->nslot - 1)) {
		long id = v->slot[i];
		const struct entry *en;

		if (id < 0)
			return i;
		en = &v->e[id];
		if (en->hash == h && en->len == n &&
		    !memcmp(v->names.buf + en->off, name, n))
			return i;
	}
}

long vocab_find_parts(const struct vocab *v, uint64_t h,
		      const struct vocab_part *part, int nparts)
{
	size_t i = (size_t)h & (v->nslot - 1), len = 0;
	int k;

	for (k = 0; k < nparts; k++)
		len += part[k].n;
	for (;; i = (i + 1) & (v->nslot - 1)) {
		long id = v->slot[i];
		const struct entry *en;
		const char *p;

		if (id < 0)
			return -1;
		en = &v->e[id];
		if (en->hash != h || en->len != len)
			continue;
		p = v->names.buf + en->off;
		for (k = 0; k < nparts; k++) {
			if (memcmp(p, part[k].s, part[k].n))
				break;
			p += part[k].n;
		}
		if (k == nparts)
			return id;
	}
}

long vocab_find(const struct vocab *v, const char *name, size_t n)
{
	return v->slot[probe(v, name, n, vocab_hash(name, n))];
}

static void rehash(struct vocab *v)
{
	size_t i;

	free(v->slot);
	v->nslot *= 2;
	v->slot = xmalloc(v->nslot * sizeof(*v->slot));
	memset(v->slot, 0xff, v->nslot * sizeof(*v->slot));
	for (i = 0; i < v->n; i++) {
		size_t j = (size_t)v->e[i].hash & (v->nslot - 1);

		while (v->slot[j] >= 0)
			j = (j + 1) & (v->nslot - 1);
		v->slot[j] = (long)i;
	}
}

long vocab_add(struct vocab *v, const char *name, size_t n, int *added)
{
	uint64_t h = vocab_hash(name, n);
	size_t i = probe(v, name, n, h);
	struct entry *en;

	if (v->slot[i] >= 0) {
		if (added)
			*added = 0;
		return v->slot[i];
	}
	v->e = xgrow(v->e, &v->cap, v->n + 1, sizeof(*v->e));
	en = &v->e[v->n];
	en->off = v->names.len;
	en->len = n;
	en->hash = h;
	en->value = 0;
	sbuf_add(&v->names, name, n);
	sbuf_addc(&v->names, '\0');
	v->slot[i] = (long)v->n;
	v->n++;
	v->gen++;
	if (v->n * 2 > v->nslot)
		rehash(v);
	if (added)
		*added = 1;
	return (long)v->n - 1;
}

const char *vocab_name(const struct vocab *v, long id, size_t *len)
{
	if (len)
		*len = v->e[id].len;
	return v->names.buf + v->e[id].off;
}

double vocab_value(const struct vocab *v, long id)
{
	return v->e[id].value;
}

void vocab_set_value(struct vocab *v, long id, double value)
{
	v->e[id].value = value;
	v->gen++;
}

void vocab_clear(struct vocab *v)
{
	v->n = 0;
	v->gen++;
	sbuf_reset(&v->names);
	memset(v->slot, 0xff, v->nslot * sizeof(*v->slot));
}
