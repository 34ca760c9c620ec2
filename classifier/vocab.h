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

uint64_t vocab_hash(const char *s, size_t n);

#endif
