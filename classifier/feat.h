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
 *   k:CAT, k:CAT@T, k:CAT/NEG           a category of the cue lexicon
 *                                       (struct feat_cues) is present; @T:
 *                                       within the window of a target
 *                                       mention; /NEG: in a negation scope
 *   x:STEM, x:STEM/NEG                  words within the window of a target
 *                                       mention (cue category "target"),
 *                                       kept apart from the same words
 *                                       elsewhere
 *   m:MOD, m:MOD/NEG, m:MOD+CAT         modality of a sentence (oblig,
 *                                       will, can, want, if, quest), alone
 *                                       and crossed with the cue categories
 *                                       of the same sentence
 *   v:compound, v:but, v:excl, ...      VADER's rules: boosters, dampeners,
 *                                       "but" shifting weight to the second
 *                                       clause, ALL CAPS, '!' and '?'
 *   l:raw_compound, v:raw_compound, ... with raw_valence: the l: and v:
 *                                       scores that negation changes,
 *                                       computed again as if nothing were
 *                                       negated (see feat_valence_kept)
 *   e:0, e:1, ...                       the quote in a word-vector space
 *                                       (struct embed): the mean of its
 *                                       words' unit vectors, weighted by
 *                                       embed_get's frequency weights
 * A negation scope starts after "not", "no", "never", "cannot", "nor",
 * "without" or a word ending in "n't", and runs to the next punctuation.
 *
 * Weights: w, c and x are tf-idf ((1 + ln tf) x idf), each family scaled
 * to unit L2 norm; t, k, m, l, v and e keep their raw values (idf 1), in
 * [-1, 1] or presence. With family_weights, each family is then scaled
 * by a fixed weight (feat.c) so that no family drowns the others.
 */
struct err;
struct embed;
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
	int domain;    /* k: cue-lexicon categories */
	int window;    /* x: and k:CAT@T, tokens each side of a target (0: none) */
	int modality;  /* m: modality, crossed with cue categories */
	int vader;     /* v: VADER's rules (needs the lexicon) */
	int family_weights; /* scale families by feat.c's family_weight[] */
	int char_text; /* character n-grams across the whole text, not words */
	int hashtags;  /* the words of CamelCase hashtags as word unigrams */
	int embed;     /* e: word vectors (needs a struct embed) */
	int raw_valence; /* l:raw_* and v:raw_*: scores blind to negation */
};

#define FEAT_MAX_WINDOW 20

void feat_opts_default(struct feat_opts *o);
/* 1 when o's families need a cue lexicon (struct feat_cues). */
int feat_opts_need_cues(const struct feat_opts *o);

enum feat_family {
	FEAT_WORD, FEAT_CHAR, FEAT_LEX, FEAT_CUE, FEAT_DOM, FEAT_WIN,
	FEAT_MOD, FEAT_VAD, FEAT_EMB, FEAT_NFAMILY
};

/*
 * Which valence scores a task's model reads when the features have both
 * kinds (raw_valence): a task with raw set keeps l:raw_* and v:raw_* and
 * drops the scores they replace (l:compound, l:pos, l:neg, l:pos_share,
 * l:neg_share, l:negated, v:compound, v:pos, v:neg, v:after_but); any
 * other task drops l:raw_* and v:raw_*. 1 when the feature called
 * name[0..n) is kept (every feature of the other families is).
 */
int feat_valence_kept(const char *name, size_t n, int raw);

/* 1 for the tf-idf families (unit L2 norm each), 0 for raw values. */
int feat_family_tfidf(enum feat_family f);
/* 1 for the dense score families kept in a vocabulary whatever their df. */
int feat_family_dense(enum feat_family f);

/*
 * The stance-cue lexicon: "phrase<TAB>category" lines (blank lines and
 * '#' lines are comments). A phrase is 1 to FEAT_CUE_MAX_WORDS words,
 * normalised on load and stemmed by each featurizer with its own stemmer;
 * a category is letters, digits, '_' or '-', at most FEAT_CUE_MAX_CATS of
 * them. The category "target" marks the mentions of the membership in
 * question, around which the window features look. The lexicon only
 * proposes features: the SVM learns their weights.
 */
#define FEAT_CUE_MAX_WORDS 5
#define FEAT_CUE_MAX_CATS 32
struct feat_cues; /* opaque: feat.c */

/* NULL with *e set ("path:line: ...") on a missing file or a bad line. */
struct feat_cues *feat_cues_load(const char *path, struct err *e);
/* Write the entries back, in load order, in the same format. */
int feat_cues_save(const struct feat_cues *c, const char *path,
		   struct err *e);
size_t feat_cues_size(const struct feat_cues *c);
void feat_cues_free(struct feat_cues *c);

/* Same layout as libsvm's struct svm_node (svmx.c checks it). */
struct feat_node {
	int index; /* 1-based vocabulary id + 1; -1 ends a vector */
	double value;
};

struct featurizer; /* opaque: feat.c; one per thread */

/*
 * lx may be NULL when o->lexicon is 0, cues when feat_opts_need_cues(o) is
 * 0; both must outlive the featurizer. feat_new has no cue lexicon and
 * leaves out the families that need one (domain, window, modality).
 * NULL with *e set on a bad lang or a missing lexicon.
 */
struct featurizer *feat_new(const struct feat_opts *o,
			    const struct lexicon *lx, struct err *e);
struct featurizer *feat_new_with_cues(const struct feat_opts *o,
				      const struct lexicon *lx,
				      const struct feat_cues *cues,
				      struct err *e);
/*
 * With word vectors too: em may be NULL when o->embed is 0, and must then
 * outlive the featurizer; feat_new_with_cues has none and leaves the e:
 * family out.
 */
struct featurizer *feat_new_full(const struct feat_opts *o,
				 const struct lexicon *lx,
				 const struct feat_cues *cues,
				 const struct embed *em, struct err *e);
void feat_free(struct featurizer *fz);
/*
 * A node buffer that lives as long as fz, for a caller that filters fz's
 * vectors per quote (model_task_vector) without allocating each time:
 * *buf and *cap as xgrow() takes them.
 */
void feat_scratch(struct featurizer *fz, struct feat_node ***buf,
		  size_t **cap);

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

/*
 * feat_vector without the final sort: the nodes come in the order the
 * features were first met. For a dot product with dense weights (a
 * linear model) order does not matter, and sorting is a good share of
 * the cost of a short quote.
 */
const struct feat_node *feat_vector_unsorted(struct featurizer *fz,
					     const struct vocab *vocab,
					     const char *text, size_t n,
					     size_t *count);

/*
 * A linear model's dot products with feat_vector's vector, without
 * building it: the weighting is folded in. rows[index * stride + p] (p <
 * np, index = vocabulary id + 1) must hold pair p's weight of the
 * feature times its idf for the tf-idf families (feat_family_tfidf) and
 * the plain weight for the others, and rows[index * stride + np] the
 * idf. dots[0..np) get sum_f (sum of the family's terms) / its norm x
 * its family weight, which equals the dot product with feat_vector's
 * values up to rounding (a different order of the same sums).
 */
void feat_dots(struct featurizer *fz, const struct vocab *vocab,
	       const double *rows, size_t stride, int np, const char *text,
	       size_t n, double *dots);

/*
 * The e: family word by word, for explanations: with g[d] the weight a
 * linear decision gives e:d (0..embed_dim-1), the e: features of
 * text[0..n) contribute sum_d g[d] x e:d, which is the sum over the
 * words with a vector of fw x w_i (v_i . g) / (EMBED_UNIT x W) (fw the
 * family weight, w_i the word's weight, W their total): fn(arg, word,
 * len, share) is called once per occurrence of such a word, in text
 * order, with the word as the quote has it (normalised). Nothing when
 * fz has no vectors.
 */
void feat_embed_shares(struct featurizer *fz, const char *text, size_t n,
		       const double *g,
		       void (*fn)(void *arg, const char *word, size_t len,
				  double share),
		       void *arg);

/* Options as "key=value ..." text, and back (0, or -1 with *e set). */
void feat_opts_format(const struct feat_opts *o, char *buf, size_t size);
int feat_opts_parse(struct feat_opts *o, const char *text, struct err *e);

#endif
