#ifndef STANCE_MODEL_H
#define STANCE_MODEL_H

#include <stddef.h>

#include "feat.h"
#include "svmx.h"

/*
 * A trained model on disk is one directory:
 *   meta.txt        format version, feature options, tasks and their
 *                   labels, and the size and FNV-1a hash of every file
 *   vocab.tsv       "id<TAB>name<TAB>idf", ids 0..n-1 in order
 *   lexicon.tsv     the sentiment lexicon the features used
 *   cues.tsv        the stance-cue lexicon, when the features use one
 *   vectors.tsv     the word vectors of the e: features, when used
 *   TASK.svm        one libsvm model per task (stance, sentiment), in
 *                   libsvm's own text format (svm-predict reads it)
 * It is written to a temporary directory and renamed into place, and the
 * loader checks the version, every size and hash, and every number before
 * using any of it, so a truncated, corrupt or mismatched model is refused
 * with a message naming the file and line.
 */
#define MODEL_FORMAT "stance-model"
#define MODEL_VERSION 1
#define MODEL_MAX_TASKS 4
#define MODEL_MAX_LABELS 16

struct err;
struct embed;
struct lexicon;
struct vocab;

struct model_task {
	char name[32];        /* "stance", "sentiment" */
	char column[64];      /* the corpus column it was trained on */
	int nlabel;
	char label[MODEL_MAX_LABELS][32];
	double C, gamma;
	struct svmx_model *svm;
	/*
	 * Reads the valence scores blind to negation (feat_valence_kept;
	 * "valence=raw" in meta.txt). drop[0..ndrop): the vocabulary ids
	 * the task does not read, ascending (model_task_drops).
	 */
	int raw_valence;
	long *drop;
	size_t ndrop;
};

struct model {
	struct feat_opts feat;
	struct vocab *vocab;   /* values: idf */
	struct lexicon *lex;   /* NULL when feat.lexicon is 0 */
	struct feat_cues *cues; /* NULL unless feat_opts_need_cues(&feat) */
	struct embed *emb;      /* NULL unless feat.embed */
	int ntask;
	struct model_task task[MODEL_MAX_TASKS];
	/*
	 * When every task is linear: their collapsed weights side by side,
	 * row index (1..w_dim - 1) at w[index * w_stride]: w_np weights
	 * (task t's from w_off[t]), times the feature's idf for the tf-idf
	 * families, then the idf; so that one pass over a quote's features
	 * serves all tasks, weighting and all (model_ready, feat_dots). Rows
	 * are padded so none straddles two cache lines.
	 */
	double *w;
	size_t w_dim, w_stride;
	int w_np, w_off[MODEL_MAX_TASKS];
};

/* NULL with *e set ("dir/file:line: ..."). */
struct model *model_load(const char *dir, struct err *e);
/* Write m to dir atomically (see above). -1 with *e set. */
int model_save(const struct model *m, const char *dir, struct err *e);
void model_free(struct model *m);
/*
 * Precompute what model_predict uses (the joint linear weights).
 * model_load calls it; a model assembled in memory must call it once its
 * tasks are set, or model_predict takes the slower way to the same
 * results.
 */
void model_ready(struct model *m);
/*
 * Fill each task's drop[] from the vocabulary and its raw_valence (none
 * unless m->feat.raw_valence). model_ready calls it.
 */
void model_task_drops(struct model *m);
/*
 * x[0..count) without the features task t does not read, in order and
 * ended by index -1: x itself when there are none, else a copy in *buf
 * (grown as needed; the caller frees it).
 */
const struct feat_node *model_task_vector(const struct model *m, int t,
					  const struct feat_node *x,
					  size_t count, struct feat_node **buf,
					  size_t *cap);
/* Index of the task called name, or -1. */
int model_task_find(const struct model *m, const char *name);

/* A featurizer for this model (one per thread). NULL with *e set. */
struct featurizer *model_featurizer(const struct model *m, struct err *e);

struct model_prediction {
	int label[MODEL_MAX_TASKS];
	double prob[MODEL_MAX_TASKS][MODEL_MAX_LABELS];
	double dec[MODEL_MAX_TASKS][MODEL_MAX_LABELS * (MODEL_MAX_LABELS - 1) / 2];
};

/* Label text with every task; fz must come from model_featurizer(m). */
void model_predict(const struct model *m, struct featurizer *fz,
		   const char *text, size_t n, struct model_prediction *out);
/*
 * model_predict, except that task ctx_task (when >= 0 and nctx > 0)
 * reads ctx[0..nctx) instead of the text: a partial quote's stance is
 * read in its sentence, its other labels from its own words.
 */
void model_predict_context(const struct model *m, struct featurizer *fz,
			   const char *text, size_t n, const char *ctx,
			   size_t nctx, int ctx_task,
			   struct model_prediction *out);

/*
 * Labels in a stable, readable order: the usual stance and sentiment
 * names first (pro, favor, positive, neutral, none, against, negative),
 * then any others alphabetically. Sorts label[0..n) in place.
 */
void model_sort_labels(char (*label)[32], int n);

#endif
