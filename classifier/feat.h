#ifndef STANCE_FEAT_H
#define STANCE_FEAT_H

#include <stddef.h>

/*
 * Features of one quote, named so that a model can be read and explained:
 *   w:STEM, w:STEM/NEG, w:STEM1 STEM2   stemmed word 1- and 2-grams; /NEG
 *                                       marks a token in a negation scope
 *   c:abc                               character n-grams inside words,
 *                                       padded by a space at each end
 *   l:pos, l:neg, l:compound, ...       sentiment-lexicon scores
 *   t:CUE, t:CUE/NEG                    cues about the target (NATO,
 *                                       membership, join, neutrality...)
 * A negation scope starts after "not", "no", "never", "cannot", "nor",
 * "without" or a word ending in "n't", and runs to the next punctuation.
 *
 * Weights: w and c are tf-idf ((1 + ln tf) x idf), each family scaled to
 * unit L2 norm; t and l keep their raw values (idf 1), in [-1, 1] or
 * small counts, so that no family drowns the others.
 */
struct err;
struct lexicon;
struct vocab;

struct feat_opts {
	char lang[32]; /* libstemmer algorithm */
	int word_max;  /* word n-grams 1..word_max (0: none) */
	int char_min, char_max; /* character n-grams (0: none) */
	int negation;  /* mark negation scopes */
	int lexicon;   /* lexicon features */
	int cues;      /* target cues */
	int min_df;    /* features in fewer training quotes are dropped */
};

void feat_opts_default(struct feat_opts *o);

enum feat_family { FEAT_WORD, FEAT_CHAR, FEAT_LEX, FEAT_CUE };

/* Same layout as libsvm's struct svm_node (svmx.c checks it). */
struct feat_node {
	int index; /* 1-based vocabulary id + 1; -1 ends a vector */
	double value;
};

struct featurizer; /* opaque: feat.c; one per thread */

/* lx may be NULL when o->lexicon is 0. NULL with *e set on a bad lang. */
struct featurizer *feat_new(const struct feat_opts *o,
			    const struct lexicon *lx, struct err *e);
void feat_free(struct featurizer *fz);

/*
 * Extract the raw features of text[0..n) (any UTF-8; invalid bytes are
 * replaced). Returns how many distinct features it has; they stay
 * readable through feat_raw_* until the next call.
 */
size_t feat_extract(struct featurizer *fz, const char *text, size_t n);
const char *feat_raw_name(const struct featurizer *fz, size_t i, size_t *len);
double feat_raw_value(const struct featurizer *fz, size_t i);
enum feat_family feat_raw_family(const struct featurizer *fz, size_t i);
/* Family of a feature name, from its prefix. */
enum feat_family feat_name_family(const char *name);

/*
 * Weight the features last extracted against a vocabulary whose values
 * are idf weights, dropping unknown names. Returns a vector sorted by
 * index and ended by index -1, owned by fz, valid until the next call.
 */
const struct feat_node *feat_vectorize(struct featurizer *fz,
				       const struct vocab *vocab,
				       size_t *count);

/*
 * feat_extract and feat_vectorize in one pass, without building feature
 * names: each feature is hashed piece by piece and looked up in vocab
 * directly. The result is identical to the two-step path; this is the
 * fast one for classification.
 */
const struct feat_node *feat_vector(struct featurizer *fz,
				    const struct vocab *vocab, const char *text,
				    size_t n, size_t *count);

/* Options as "key=value ..." text, and back (0, or -1 with *e set). */
void feat_opts_format(const struct feat_opts *o, char *buf, size_t size);
int feat_opts_parse(struct feat_opts *o, const char *text, struct err *e);

#endif
