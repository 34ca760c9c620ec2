#ifndef STANCE_VOCAB_H
#define STANCE_VOCAB_H

#include <stddef.h>
#include <stdint.h>

/*
 * A set of feature names, each with a dense id (0, 1, ... in insertion
 * order) and a double value the caller uses as it likes (document
 * frequency while training, idf in a trained model). Names are copied.
 */
struct vocab; /* opaque: vocab.c */

struct vocab *vocab_new(void);
void vocab_free(struct vocab *v);
size_t vocab_size(const struct vocab *v);
/* Forget every name, keeping the memory for reuse. */
void vocab_clear(struct vocab *v);
/* Id of name[0..n), or -1. */
long vocab_find(const struct vocab *v, const char *name, size_t n);
/* Id of name[0..n), adding it (value 0) when new; *added says which. */
long vocab_add(struct vocab *v, const char *name, size_t n, int *added);
const char *vocab_name(const struct vocab *v, long id, size_t *len);
double vocab_value(const struct vocab *v, long id);
void vocab_set_value(struct vocab *v, long id, double value);

/*
 * What a cache of lookups needs to know it is still right: the stamp
 * differs between any two vocabularies made by vocab_new, the generation
 * changes whenever a name is added, a value set or the set cleared.
 */
uint64_t vocab_stamp(const struct vocab *v);
uint64_t vocab_generation(const struct vocab *v);

/*
 * The hash of a name, also computable piece by piece without building the
 * name: vocab_hash_done(vocab_hash_add(vocab_hash_add(VOCAB_HASH_INIT,
 * "c:", 2), "abc", 3)) == vocab_hash("c:abc", 5). FNV-1a, then a shift
 * to spread the low bits the table indexes by.
 */
#define VOCAB_HASH_INIT 1469598103934665603ull
uint64_t vocab_hash_add(uint64_t h, const char *s, size_t n);
static inline uint64_t vocab_hash_done(uint64_t h)
{
	return h ^ (h >> 29);
}
uint64_t vocab_hash(const char *s, size_t n);

/* A name given as consecutive parts, with h = the hash of the whole. */
struct vocab_part {
	const char *s;
	size_t n;
};
long vocab_find_parts(const struct vocab *v, uint64_t h,
		      const struct vocab_part *part, int nparts);

#endif
