#include "train.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv.h"
#include "embed.h"
#include "err.h"
#include "lexicon.h"
#include "model.h"
#include "sbuf.h"
#include "vocab.h"
#include "xalloc.h"

void train_opts_default(struct train_opts *o)
{
	memset(o, 0, sizeof(*o));
	feat_opts_default(&o->feat);
	o->text_col = "text";
	o->stance_col = "stance";
	o->sentiment_col = "sentiment";
	o->kernel = SVMX_LINEAR;
	o->folds = 5;
	o->seed = 1;
	o->raw_valence_tasks = "stance";
}

void train_data_release(struct train_data *d)
{
	size_t i;
	int t;

	for (i = 0; i < d->n; i++) {
		free(d->text[i]);
		if (d->id)
			free(d->id[i]);
	}
	free(d->text);
	free(d->id);
	for (t = 0; t < 4; t++)
		free(d->task[t].y);
	free(d->line);
	memset(d, 0, sizeof(*d));
}

static int label_ok(const char *s)
{
	if (!*s || strlen(s) >= 32)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
			return 0;
	return 1;
}

static int in_list(const char *list, const char *s)
{
	size_t n = strlen(s);
	const char *p = list;

	while (*p) {
		size_t k = strcspn(p, ",");

		if (k == n && !memcmp(p, s, n))
			return 1;
		p += k;
		if (*p == ',')
			p++;
	}
	return 0;
}

/* Id of label s among label[0..*n), adding it when new. */
static int label_id(char (*label)[32], int *n, const char *s)
{
	int i;

	for (i = 0; i < *n; i++)
		if (!strcmp(label[i], s))
			return i;
	if (*n == MODEL_MAX_LABELS)
		return -1;
	snprintf(label[*n], 32, "%s", s);
	return (*n)++;
}

/* Put labels in model_sort_labels order and renumber the rows. */
static void order_labels(char (*label)[32], int nlabel, int *y, size_t n)
{
	char sorted[MODEL_MAX_LABELS][32];
	int map[MODEL_MAX_LABELS], i, j;
	size_t q;

	memcpy(sorted, label, sizeof(sorted));
	model_sort_labels(sorted, nlabel);
	for (i = 0; i < nlabel; i++)
		for (j = 0; j < nlabel; j++)
			if (!strcmp(label[i], sorted[j]))
				map[i] = j;
	for (q = 0; q < n; q++)
		y[q] = map[y[q]];
	memcpy(label, sorted, sizeof(sorted));
}

int train_data_read(struct train_data *d, const char *path,
		    const struct train_opts *o, struct err *e)
{
	struct csv_reader *r;
	struct csv_row row;
	int col_text, col_id, col[MODEL_MAX_TASKS], t, ret = -1, st;
	const char *allowed[MODEL_MAX_TASKS];
	size_t cap = 0;

	memset(d, 0, sizeof(*d));
	r = csv_reader_open(path, e);
	if (!r)
		return -1;
	st = csv_reader_next(r, &row, e);
	if (st <= 0) {
		if (st == 0)
			err_at(e, path, 0, "empty file: no header row");
		goto out;
	}
	col_text = csv_row_find(&row, o->text_col);
	if (col_text < 0) {
		err_at(e, path, 1, "no column '%s' in the header", o->text_col);
		goto out;
	}
	col_id = csv_row_find(&row, "id");
	col[0] = csv_row_find(&row, o->stance_col);
	if (col[0] < 0) {
		err_at(e, path, 1, "no column '%s' in the header", o->stance_col);
		goto out;
	}
	d->ntask = 1;
	snprintf(d->task[0].name, 32, "stance");
	snprintf(d->task[0].column, 64, "%s", o->stance_col);
	allowed[0] = o->stance_labels;
	col[1] = o->sentiment_col ? csv_row_find(&row, o->sentiment_col) : -1;
	if (col[1] >= 0) {
		d->ntask = 2;
		snprintf(d->task[1].name, 32, "sentiment");
		snprintf(d->task[1].column, 64, "%s", o->sentiment_col);
		allowed[1] = o->sentiment_labels;
	}
	while ((st = csv_reader_next(r, &row, e)) == 1) {
		long line = csv_reader_line(r);

		if (row.n == 1 && row.len[0] == 0)
			continue; /* blank line */
		if ((size_t)col_text >= row.n) {
			err_at(e, path, line, "%zu fields, the header has more",
			       row.n);
			goto out;
		}
		d->text = xgrow(d->text, &cap, d->n + 1, sizeof(char *));
		for (t = 0; t < d->ntask; t++) {
			const char *v;
			int id;

			d->task[t].y = xrealloc(d->task[t].y, (d->n + 1) * sizeof(int));
			if ((size_t)col[t] >= row.n) {
				err_at(e, path, line, "missing field '%s'",
				       d->task[t].column);
				goto out;
			}
			v = row.field[col[t]];
			if (!*v) {
				err_at(e, path, line, "empty label in column '%s'",
				       d->task[t].column);
				goto out;
			}
			if (strlen(v) >= 32) {
				err_at(e, path, line,
				       "label '%.40s...' in column '%s' is too long "
				       "(at most 31 bytes)", v, d->task[t].column);
				goto out;
			}
			if (!label_ok(v)) {
				err_at(e, path, line,
				       "label '%s' in column '%s' must be letters, digits, '-' or '_'",
				       v, d->task[t].column);
				goto out;
			}
			if (allowed[t] && !in_list(allowed[t], v)) {
				err_at(e, path, line,
				       "unknown label '%s' in column '%s' (expected one of %s)",
				       v, d->task[t].column, allowed[t]);
				goto out;
			}
			id = label_id(d->task[t].label, &d->task[t].nlabel, v);
			if (id < 0) {
				err_at(e, path, line, "more than %d labels in column '%s'",
				       MODEL_MAX_LABELS, d->task[t].column);
				goto out;
			}
			d->task[t].y[d->n] = id;
		}
		d->line = xrealloc(d->line, (d->n + 1) * sizeof(long));
		d->line[d->n] = line;
		if (col_id >= 0) {
			d->id = xrealloc(d->id, (d->n + 1) * sizeof(char *));
			d->id[d->n] = (size_t)col_id < row.n ?
				      xstrndup(row.field[col_id], row.len[col_id]) :
				      xstrdup("");
		}
		d->text[d->n++] = xstrndup(row.field[col_text], row.len[col_text]);
	}
	if (st < 0)
		goto out;
	if (d->n == 0) {
		err_at(e, path, 0, "no rows after the header");
		goto out;
	}
	for (t = 0; t < d->ntask; t++)
		if (d->task[t].nlabel < 2) {
			err_at(e, path, 0,
			       "column '%s' has a single label '%s': nothing to learn",
			       d->task[t].column, d->task[t].label[0]);
			goto out;
		}
	for (t = 0; t < d->ntask; t++)
		order_labels(d->task[t].label, d->task[t].nlabel, d->task[t].y,
			     d->n);
	ret = 0;
out:
	d->nreplaced = csv_reader_replaced(r, &d->first_bad_line);
	csv_reader_free(r);
	if (ret < 0)
		train_data_release(d);
	return ret;
}

struct name_df {
	const char *name;
	double df;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct name_df *)a)->name,
		      ((const struct name_df *)b)->name);
}

/*
 * The vocabulary: every feature in at least min_df quotes (lexicon
 * features always), sorted by name so ids do not depend on corpus order,
 * with smoothed idf = ln((1 + n) / (1 + df)) + 1.
 */
static struct vocab *build_vocab(struct featurizer *fz,
				 const struct train_data *d, const size_t *idx,
				 size_t n, int min_df)
{
	struct vocab *df = vocab_new(), *v = vocab_new();
	struct name_df *keep;
	size_t i, j, nkeep = 0;

	for (i = 0; i < n; i++) {
		const char *text = d->text[idx[i]];
		size_t nf = feat_extract(fz, text, strlen(text));

		for (j = 0; j < nf; j++) {
			size_t len;
			const char *name = feat_raw_name(fz, j, &len);
			long id = vocab_add(df, name, len, NULL);

			vocab_set_value(df, id, vocab_value(df, id) + 1);
		}
	}
	keep = xmalloc((vocab_size(df) + 1) * sizeof(*keep));
	for (i = 0; i < vocab_size(df); i++) {
		const char *name = vocab_name(df, (long)i, NULL);
		double dfv = vocab_value(df, (long)i);

		if (dfv >= min_df || feat_family_dense(feat_name_family(name))) {
			keep[nkeep].name = name;
			keep[nkeep++].df = dfv;
		}
	}
	qsort(keep, nkeep, sizeof(*keep), by_name);
	for (i = 0; i < nkeep; i++) {
		long id = vocab_add(v, keep[i].name, strlen(keep[i].name), NULL);
		enum feat_family f = feat_name_family(keep[i].name);
		double idf = log((1.0 + (double)n) / (1.0 + keep[i].df)) + 1;

		vocab_set_value(v, id, feat_family_tfidf(f) ? idf : 1);
	}
	free(keep);
	vocab_free(df);
	return v;
}

/*
 * The mean F1 of the labels marked in use (all when use is NULL): the
 * macro-F1, or SemEval's F_avg when only its favour and against labels
 * are marked.
 */
static double macro_f1(const double *pred, const double *gold, size_t n,
		       int k, const int *use, double *accuracy)
{
	size_t tp[MODEL_MAX_LABELS] = { 0 }, fp[MODEL_MAX_LABELS] = { 0 },
	       fn[MODEL_MAX_LABELS] = { 0 }, i, right = 0;
	double sum = 0;
	int l, used;

	for (i = 0; i < n; i++) {
		int p = (int)pred[i], g = (int)gold[i];

		if (p == g) {
			tp[g]++;
			right++;
		} else {
			if (p >= 0 && p < k)
				fp[p]++;
			fn[g]++;
		}
	}
	for (l = 0, used = 0; l < k; l++) {
		double d = 2.0 * (double)tp[l] + (double)fp[l] + (double)fn[l];

		if (use && !use[l])
			continue;
		used++;
		sum += d > 0 ? 2.0 * (double)tp[l] / d : 0;
	}
	*accuracy = (double)right / (double)n;
	return used ? sum / used : 0;
}

static const double c_grid[] = { 0.03, 0.1, 0.3, 1, 3, 10 };
static const double gamma_grid[] = { 0.1, 0.3, 1, 3 };

/* What the grid search found best so far. */
struct grid_best {
	enum svmx_kernel kernel;
	double C, gamma, f1, accuracy;
};

/*
 * Cross-validate every C (and gamma, but for the linear kernel) of
 * kernel kn, keeping in *best whatever beats it strictly: ties keep the
 * point tried first, the smaller C and, with --kernel auto, the linear
 * kernel (tried first), whose fast prediction path is worth keeping
 * when the others only match it. *done counts the grid points.
 */
static int search_kernel(const struct svmx_problem *prob,
			 const struct model_task *k, struct svmx_params *par,
			 enum svmx_kernel kn, const struct train_opts *o,
			 const int *sel, struct grid_best *best, int *done,
			 int total, double *pred, struct err *e)
{
	int gi, ci, ngamma, nc;
	double f1, acc;

	ngamma = kn == SVMX_LINEAR ? 1 :
		 (int)(sizeof(gamma_grid) / sizeof(gamma_grid[0]));
	nc = o->C > 0 ? 1 : (int)(sizeof(c_grid) / sizeof(c_grid[0]));
	par->kernel = kn;
	for (gi = 0; gi < ngamma; gi++) {
		for (ci = 0; ci < nc; ci++) {
			par->C = o->C > 0 ? o->C : c_grid[ci];
			par->gamma = kn == SVMX_LINEAR ? 0 : gamma_grid[gi];
			if (svmx_cross_validate(prob, par, o->folds, pred,
						e) < 0)
				return -1;
			f1 = macro_f1(pred, prob->y, prob->n, k->nlabel, sel,
				      &acc);
			if (f1 > best->f1 + 1e-12) {
				best->kernel = kn;
				best->C = par->C;
				best->gamma = par->gamma;
				best->f1 = f1;
				best->accuracy = acc;
			}
			++*done;
			if (o->progress)
				o->progress(o->progress_arg, k->name, *done,
					    total);
		}
	}
	return 0;
}

/* Grid points search_kernel() tries for kernel kn. */
static int grid_size(enum svmx_kernel kn, const struct train_opts *o)
{
	int nc = o->C > 0 ? 1 : (int)(sizeof(c_grid) / sizeof(c_grid[0]));

	if (kn == SVMX_LINEAR)
		return nc;
	return nc * (int)(sizeof(gamma_grid) / sizeof(gamma_grid[0]));
}

/*
 * Choose the kernel (with --kernel auto), C and gamma by
 * cross-validation, then train with probabilities. Called on the
 * training folds of `stance cv`, this is the inner loop of a nested
 * cross-validation: the outer figure stays honest.
 */
static int train_task(const struct svmx_problem *prob, struct model_task *k,
		      const struct train_opts *o, struct train_report *rep,
		      int t, struct err *e)
{
	static const enum svmx_kernel all[] = {
		SVMX_LINEAR, SVMX_POLY, SVMX_RBF,
	};
	double weight[MODEL_MAX_LABELS], *pred;
	size_t count[MODEL_MAX_LABELS] = { 0 }, i;
	struct svmx_params par;
	struct grid_best best = { .f1 = -1 };
	const enum svmx_kernel *kern = o->auto_kernel ? all : &o->kernel;
	int nkern = o->auto_kernel ? (int)(sizeof(all) / sizeof(all[0])) : 1;
	int l, ki, done = 0, total = 0, sel[MODEL_MAX_LABELS], have_sel = 0;

	/* --select-by: C by the mean F1 of some stance labels (F_avg) */
	for (l = 0; l < k->nlabel; l++) {
		sel[l] = o->select_labels && in_list(o->select_labels, k->label[l]);
		have_sel |= sel[l];
	}
	for (i = 0; i < prob->n; i++)
		count[(int)prob->y[i]]++;
	for (l = 0; l < k->nlabel; l++)
		weight[l] = count[l] ? (double)prob->n /
			    ((double)k->nlabel * (double)count[l]) : 1;
	memset(&par, 0, sizeof(par));
	par.degree = 2;
	par.coef0 = 1;
	par.class_weight = weight;
	par.nr_class = k->nlabel;
	par.seed = o->seed;
	for (ki = 0; ki < nkern; ki++)
		total += grid_size(kern[ki], o);
	pred = xmalloc(prob->n * sizeof(double));
	for (ki = 0; ki < nkern; ki++)
		if (search_kernel(prob, k, &par, kern[ki], o,
				  t == 0 && have_sel ? sel : NULL, &best, &done,
				  total, pred, e) < 0) {
			free(pred);
			return -1;
		}
	free(pred);
	par.kernel = best.kernel;
	par.C = best.C;
	par.gamma = best.gamma;
	par.probability = 1;
	k->svm = svmx_train(prob, &par, e);
	if (!k->svm)
		return -1;
	k->C = best.C;
	k->gamma = best.gamma;
	if (rep) {
		snprintf(rep->task[t].name, sizeof(rep->task[t].name), "%s",
			 k->name);
		rep->task[t].kernel = best.kernel;
		rep->task[t].C = best.C;
		rep->task[t].gamma = best.gamma;
		rep->task[t].cv_macro_f1 = best.f1;
		rep->task[t].cv_accuracy = best.accuracy;
		rep->task[t].nlabel = k->nlabel;
		for (l = 0; l < k->nlabel; l++)
			rep->task[t].count[l] = count[l];
	}
	return 0;
}

/*
 * Where a resource is: given (its option), else file in the directory of
 * the sentiment lexicon, where the shipped ones live, when it exists
 * there (its path built in *path); NULL when neither.
 */
static const char *resource_path(const struct train_opts *o,
				 const char *given, const char *file,
				 struct sbuf *path)
{
	const char *slash;

	if (given)
		return given;
	if (!o->lexicon_path)
		return NULL;
	slash = strrchr(o->lexicon_path, '/');
	if (slash)
		sbuf_add(path, o->lexicon_path,
			 (size_t)(slash - o->lexicon_path) + 1);
	sbuf_addf(path, "%s", file);
	return access(path->buf, F_OK) == 0 ? path->buf : NULL;
}

/*
 * The cue lexicon (o->cues_path or TRAIN_CUES_FILE) and the word vectors
 * (o->vectors_path or TRAIN_VECTORS_FILE), found by resource_path. When
 * there is none, *none is set and the families that need it are left
 * out (meta.txt says so, and the model stays self-consistent). NULL with
 * *e set on a bad file.
 */
static struct feat_cues *load_cues(const struct train_opts *o, int *none,
				   struct err *e)
{
	struct sbuf path = SBUF_INIT;
	const char *p = resource_path(o, o->cues_path, TRAIN_CUES_FILE, &path);
	struct feat_cues *c = p ? feat_cues_load(p, e) : NULL;

	*none = !p;
	sbuf_release(&path);
	return c;
}

static struct embed *load_vectors(const struct train_opts *o, int *none,
				  struct err *e)
{
	struct sbuf path = SBUF_INIT;
	const char *p = resource_path(o, o->vectors_path, TRAIN_VECTORS_FILE,
				      &path);
	struct embed *em = p ? embed_load(p, e) : NULL;

	*none = !p;
	sbuf_release(&path);
	return em;
}

/*
 * x[i] = the vector of row i (at pool + start[i]) as task t reads it: in
 * place when the task drops nothing, else copied into *tpool without the
 * features it drops.
 */
static void task_vectors(const struct model *m, int t,
			 const struct feat_node *pool, const size_t *start,
			 size_t n, struct feat_node **tpool, size_t *tcap,
			 struct feat_node **x)
{
	struct feat_node *buf = NULL;
	const struct feat_node *v;
	size_t i, cnt, bcap = 0, total = 0, *off;

	if (!m->task[t].ndrop) {
		for (i = 0; i < n; i++)
			x[i] = (struct feat_node *)pool + start[i];
		return;
	}
	off = xmalloc((n + 1) * sizeof(*off));
	for (i = 0; i < n; i++) {
		const struct feat_node *row = pool + start[i];

		for (cnt = 0; row[cnt].index != -1; cnt++)
			;
		v = model_task_vector(m, t, row, cnt, &buf, &bcap);
		for (cnt = 0; v[cnt].index != -1; cnt++)
			;
		*tpool = xgrow(*tpool, tcap, total + cnt + 1, sizeof(**tpool));
		memcpy(*tpool + total, v, (cnt + 1) * sizeof(*v));
		off[i] = total;
		total += cnt + 1;
	}
	for (i = 0; i < n; i++)
		x[i] = *tpool + off[i];
	free(off);
	free(buf);
}

struct model *train_model(const struct train_data *d, const size_t *idx,
			  size_t nidx, const struct train_opts *o,
			  struct train_report *rep, struct err *e)
{
	struct model *m = xcalloc(1, sizeof(*m));
	struct featurizer *fz = NULL;
	struct svmx_problem prob;
	struct feat_node *pool = NULL, **x = NULL, *tpool = NULL;
	size_t i, total = 0, cap = 0, tcap = 0, cnt, *start = NULL, *all = NULL;
	int t, l;

	memset(&prob, 0, sizeof(prob));
	if (rep)
		memset(rep, 0, sizeof(*rep));
	m->feat = o->feat;
	if (o->folds < 2) {
		err_set(e, "cross-validation needs at least 2 folds");
		goto fail;
	}
	if (!idx) {
		all = xmalloc((d->n + 1) * sizeof(size_t));
		for (i = 0; i < d->n; i++)
			all[i] = i;
		idx = all;
		nidx = d->n;
	}
	m->ntask = d->ntask;
	for (t = 0; t < d->ntask; t++) {
		struct model_task *k = &m->task[t];
		size_t seen[MODEL_MAX_LABELS] = { 0 };

		snprintf(k->name, sizeof(k->name), "%s", d->task[t].name);
		snprintf(k->column, sizeof(k->column), "%s", d->task[t].column);
		k->nlabel = d->task[t].nlabel;
		memcpy(k->label, d->task[t].label, sizeof(k->label));
		for (i = 0; i < nidx; i++)
			seen[d->task[t].y[idx[i]]]++;
		for (l = 0; l < k->nlabel; l++)
			if (seen[l] < 2) {
				err_set(e, "label '%s' of '%s' has %zu training quote(s): "
					"at least 2 are needed", k->label[l], k->column,
					seen[l]);
				goto fail;
			}
	}
	if (m->feat.lexicon) {
		m->lex = lexicon_load(o->lexicon_path, e);
		if (!m->lex)
			goto fail;
	}
	if (feat_opts_need_cues(&m->feat)) {
		int none;

		m->cues = load_cues(o, &none, e);
		if (none)
			m->feat.domain = m->feat.window = m->feat.modality = 0;
		else if (!m->cues)
			goto fail;
	}
	if (m->feat.embed) {
		int none;

		m->emb = load_vectors(o, &none, e);
		if (none)
			m->feat.embed = 0;
		else if (!m->emb)
			goto fail;
	}
	m->feat.raw_valence = 0;
	for (t = 0; t < m->ntask && m->feat.lexicon && m->feat.negation; t++)
		if (o->raw_valence_tasks &&
		    in_list(o->raw_valence_tasks, m->task[t].name))
			m->task[t].raw_valence = m->feat.raw_valence = 1;
	fz = feat_new_full(&m->feat, m->lex, m->cues, m->emb, e);
	if (!fz)
		goto fail;
	m->vocab = build_vocab(fz, d, idx, nidx, m->feat.min_df);
	model_task_drops(m);
	/* all vectors in one pool: the problem points into it */
	start = xmalloc((nidx + 1) * sizeof(size_t));
	for (i = 0; i < nidx; i++) {
		const char *text = d->text[idx[i]];
		const struct feat_node *v;

		feat_extract(fz, text, strlen(text));
		v = feat_vectorize(fz, m->vocab, &cnt);
		pool = xgrow(pool, &cap, total + cnt + 1, sizeof(*pool));
		memcpy(pool + total, v, (cnt + 1) * sizeof(*pool));
		start[i] = total;
		total += cnt + 1;
	}
	x = xmalloc((nidx + 1) * sizeof(*x));
	prob.n = nidx;
	prob.x = (const struct feat_node **)x;
	prob.y = xmalloc((nidx + 1) * sizeof(double));
	for (t = 0; t < m->ntask; t++) {
		/* each task's vectors hold the features it reads: the
		 * problem (and its dot products) is made again only when they
		 * differ from the previous task's */
		if (!t || m->task[t].raw_valence != m->task[t - 1].raw_valence) {
			task_vectors(m, t, pool, start, nidx, &tpool, &tcap, x);
			free(prob.dot);
			prob.dot = NULL;
			svmx_problem_prepare(&prob);
		}
		for (i = 0; i < nidx; i++)
			prob.y[i] = d->task[t].y[idx[i]];
		if (train_task(&prob, &m->task[t], o, rep, t, e) < 0)
			goto fail;
	}
	if (rep) {
		rep->nquote = nidx;
		rep->nfeature = vocab_size(m->vocab);
		rep->ntask = m->ntask;
	}
	model_ready(m);
	goto out;
fail:
	model_free(m);
	m = NULL;
out:
	free(prob.y);
	free(prob.dot);
	free(x);
	free(pool);
	free(tpool);
	free(start);
	free(all);
	feat_free(fz);
	return m;
}

struct model *train_corpus(const char *path, const struct train_opts *o,
			   struct train_report *rep, struct err *e)
{
	struct train_data d;
	struct model *m;

	if (train_data_read(&d, path, o, e) < 0)
		return NULL;
	m = train_model(&d, NULL, 0, o, rep, e);
	if (m && rep) {
		rep->nreplaced = d.nreplaced;
		rep->first_bad_line = d.first_bad_line;
	}
	train_data_release(&d);
	return m;
}
