/*
 * Scoring quote extraction against gold files (issue #3). Data sets are
 * small (tens of articles), so matching is quadratic per article and
 * nothing is indexed.
 */
#include "qscore.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "csv.h"
#include "err.h"
#include "metrics.h"
#include "sbuf.h"
#include "xalloc.h"

enum { K_DIRECT, K_PARTIAL, K_INDIRECT, K_ALL, K_N };
static const char *const kind_names[K_N] = {
	"direct", "partial", "indirect", "all"
};

/* The label tasks scored on matched quotes, when both sides have them. */
enum { T_STANCE, T_SENTIMENT, T_N };
static const char *const task_names[T_N] = { "stance", "sentiment" };

struct item {
	char *article, *text, *speaker;
	int kind;           /* K_DIRECT..K_INDIRECT, or -1 */
	char **word;        /* folded words, sorted */
	size_t nword;
	int used;           /* matched in the current pass */
	int seen;           /* gold: in an --exclude corpus */
	char *label[T_N];   /* the task columns, NULL when absent */
	double *prob[T_N];  /* pred: T_p_LABEL columns, NULL when absent */
	const char *file;   /* where the row was read (for errors) */
	long line;
};

struct set {
	struct item *it;
	size_t n, cap;
};

/* A task's labels, from the first prediction file's T_p_LABEL columns. */
struct tlabels {
	int n;              /* 0: the predictions carry no probabilities */
	char label[METRICS_MAX_LABELS][32];
};

struct qscore {
	struct set gold, pred, excl;
	struct tlabels tl[T_N];
	char **files;       /* the paths read, owned; items point into them */
	size_t nfiles, fcap;
	struct replaced {   /* files with invalid UTF-8 replaced */
		const char *file;
		long line;
		size_t n;
	} *rep;
	size_t nrep, rcap;
};

struct tally {
	size_t gold, pred, match, spk, spk_var;
};

struct pair {
	size_t g, p;
	double score;
};

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The folded words of s, as the article tokenizer cuts them. */
static void words_of(struct item *it)
{
	struct article a = ARTICLE_INIT;
	struct sbuf sb = SBUF_INIT;
	size_t k, cap = 0;

	article_parse(&a, it->text, strlen(it->text));
	for (k = 0; k < a.ntok; k++) {
		if (!(a.tok[k].flags & ARTICLE_WORD))
			continue;
		sbuf_reset(&sb);
		article_fold(&sb, it->text + a.tok[k].start,
			     a.tok[k].end - a.tok[k].start);
		it->word = xgrow(it->word, &cap, it->nword + 1,
				 sizeof(*it->word));
		it->word[it->nword++] = xstrdup(sb.buf);
	}
	if (it->nword > 1)
		qsort(it->word, it->nword, sizeof(*it->word), cmp_str);
	sbuf_release(&sb);
	article_release(&a);
}

static int kind_of(const char *s)
{
	int k;

	for (k = 0; k < K_ALL; k++)
		if (!strcmp(s, kind_names[k]))
			return k;
	return -1;
}

static struct item *add_item(struct set *set, const char *article,
			     const char *text, const char *speaker,
			     const char *kind)
{
	struct item *it;

	set->it = xgrow(set->it, &set->cap, set->n + 1, sizeof(*set->it));
	it = &set->it[set->n++];
	memset(it, 0, sizeof(*it));
	it->article = xstrdup(article ? article : "");
	it->text = xstrdup(text);
	it->speaker = xstrdup(speaker ? speaker : "");
	it->kind = kind ? kind_of(kind) : -1;
	words_of(it);
	return it;
}

struct qscore *qscore_new(void)
{
	return xcalloc(1, sizeof(struct qscore));
}

static void set_release(struct set *set)
{
	size_t k, w;
	int t;

	for (k = 0; k < set->n; k++) {
		for (w = 0; w < set->it[k].nword; w++)
			free(set->it[k].word[w]);
		for (t = 0; t < T_N; t++) {
			free(set->it[k].label[t]);
			free(set->it[k].prob[t]);
		}
		free(set->it[k].word);
		free(set->it[k].article);
		free(set->it[k].text);
		free(set->it[k].speaker);
	}
	free(set->it);
}

void qscore_free(struct qscore *s)
{
	size_t k;

	if (!s)
		return;
	set_release(&s->gold);
	set_release(&s->pred);
	set_release(&s->excl);
	for (k = 0; k < s->nfiles; k++)
		free(s->files[k]);
	free(s->files);
	free(s->rep);
	free(s);
}

static const char *keep_name(struct qscore *s, const char *path)
{
	s->files = xgrow(s->files, &s->fcap, s->nfiles + 1,
			 sizeof(*s->files));
	return s->files[s->nfiles++] = xstrdup(path);
}

static void note_replaced(struct qscore *s, const struct csv_reader *r,
			  const char *file)
{
	long line = 0;
	size_t n = csv_reader_replaced(r, &line);

	if (!n)
		return;
	s->rep = xgrow(s->rep, &s->rcap, s->nrep + 1, sizeof(*s->rep));
	s->rep[s->nrep].file = file;
	s->rep[s->nrep].line = line;
	s->rep[s->nrep++].n = n;
}

int qscore_replaced(const struct qscore *s, size_t k, const char **file,
		    long *line, size_t *n)
{
	if (k >= s->nrep)
		return 0;
	*file = s->rep[k].file;
	*line = s->rep[k].line;
	*n = s->rep[k].n;
	return 1;
}

/* Where each column is; -1 when absent. */
struct cols {
	int text, speaker, kind, article;
	int label[T_N];
	int nprob[T_N];     /* this file's T_p_LABEL columns (0: none) */
	int prob[T_N][METRICS_MAX_LABELS];
};

/*
 * A task's T_p_LABEL columns, in header order, into *tl (the first file
 * sets the labels; a later file must name the same ones).
 */
static int prob_cols(const struct csv_row *hdr, int t, struct tlabels *tl,
		     int *col, const char *path, struct err *e)
{
	struct tlabels got;
	int skipped;

	memset(&got, 0, sizeof(got));
	got.n = csv_row_prob_columns(hdr, task_names[t], got.label, col,
				     METRICS_MAX_LABELS, &skipped);
	if (skipped >= 0)
		return err_at(e, path, 1, "column '%s': too long a label or "
			      "too many labels", hdr->field[skipped]);
	if (got.n < 2)
		return 0; /* no probabilities: the task is not scored */
	if (tl->n && memcmp(tl, &got, sizeof(got)))
		return err_at(e, path, 1, "its %s labels differ from the "
			      "first prediction file's", task_names[t]);
	*tl = got;
	return got.n;
}

/* The value of column c, or NULL when the column is absent. */
static const char *field(const struct csv_row *row, int c)
{
	return c >= 0 ? row->field[c] : NULL;
}

/* Read one row's labels (and the prediction's probabilities). */
static int row_labels(struct qscore *s, struct item *it,
		      const struct csv_row *row, const struct cols *cl,
		      int pred, struct err *e)
{
	const struct tlabels *tl;
	char *end;
	int t, l, known;

	for (t = 0; t < T_N; t++) {
		if (cl->label[t] < 0)
			continue;
		it->label[t] = xstrdup(row->field[cl->label[t]]);
		tl = &s->tl[t];
		if (!pred || !cl->nprob[t])
			continue;
		known = 0;
		it->prob[t] = xcalloc((size_t)tl->n, sizeof(double));
		for (l = 0; l < tl->n; l++) {
			const char *v = row->field[cl->prob[t][l]];

			it->prob[t][l] = strtod(v, &end);
			if (end == v || *end || !(it->prob[t][l] >= 0.0) ||
			    it->prob[t][l] > 1.0)
				return err_at(e, it->file, it->line,
					      "column '%s_p_%s': not a "
					      "probability: '%s'",
					      task_names[t], tl->label[l], v);
			known |= !strcmp(tl->label[l], it->label[t]);
		}
		if (!known)
			return err_at(e, it->file, it->line,
				      "%s label '%s' is not among its "
				      "probability columns", task_names[t],
				      it->label[t]);
	}
	return 0;
}

enum { R_GOLD, R_PRED, R_EXCL };

/*
 * Read a CSV into the set of its role: gold files have a fixed article
 * and a "quote" column, predictions an "article" and a "text" column, an
 * excluded corpus only "text". The stance and sentiment columns are
 * optional; a prediction's probabilities come as T_p_LABEL columns.
 */
static int read_csv(struct qscore *s, int role, const char *path,
		    const char *article, struct err *e)
{
	struct set *set = role == R_GOLD ? &s->gold :
			  role == R_PRED ? &s->pred : &s->excl;
	struct csv_reader *r = csv_reader_open(path, e);
	const char *file;
	struct csv_row row;
	struct cols cl;
	struct item *it;
	int got, ret = -1, t, l, need;

	if (!r)
		return -1;
	file = keep_name(s, csv_reader_name(r));
	memset(&cl, -1, sizeof(cl));
	got = csv_reader_next(r, &row, e);
	if (got <= 0) {
		if (got == 0)
			err_at(e, path, 1, "no header");
		goto out;
	}
	cl.text = csv_row_find(&row, role == R_GOLD ? "quote" : "text");
	if (role != R_EXCL) {
		cl.speaker = csv_row_find(&row, "speaker");
		cl.kind = csv_row_find(&row, "kind");
		for (t = 0; t < T_N; t++)
			cl.label[t] = csv_row_find(&row, task_names[t]);
	}
	if (role == R_PRED)
		cl.article = csv_row_find(&row, "article");
	if (cl.text < 0 || (role != R_EXCL && (cl.speaker < 0 ||
	    cl.kind < 0)) || (role == R_PRED && cl.article < 0)) {
		err_at(e, path, 1, "expected columns %s",
		       role == R_GOLD ? "'quote', 'speaker', 'kind'" :
		       role == R_PRED ? "'text', 'speaker', 'kind', "
					"'article'" : "'text'");
		goto out;
	}
	for (t = 0; t < T_N; t++) {
		cl.nprob[t] = role != R_PRED ? 0 :
			      prob_cols(&row, t, &s->tl[t], cl.prob[t], path, e);
		if (cl.nprob[t] < 0)
			goto out;
	}
	while ((got = csv_reader_next(r, &row, e)) == 1) {
		need = cl.text;
		if (cl.speaker > need)
			need = cl.speaker;
		if (cl.kind > need)
			need = cl.kind;
		if (cl.article > need)
			need = cl.article;
		for (t = 0; t < T_N; t++) {
			if (cl.label[t] > need)
				need = cl.label[t];
			for (l = 0; l < cl.nprob[t]; l++)
				if (cl.prob[t][l] > need)
					need = cl.prob[t][l];
		}
		if ((size_t)need >= row.n) {
			err_at(e, path, csv_reader_line(r), "too few fields");
			goto out;
		}
		it = add_item(set, role == R_PRED ? row.field[cl.article] :
			      article, row.field[cl.text],
			      field(&row, cl.speaker), field(&row, cl.kind));
		it->file = file;
		it->line = csv_reader_line(r);
		if (row_labels(s, it, &row, &cl, role == R_PRED, e) < 0)
			goto out;
	}
	ret = got;
out:
	note_replaced(s, r, file);
	csv_reader_free(r);
	return ret;
}

int qscore_add_gold(struct qscore *s, const char *path, struct err *e)
{
	const char *base = strrchr(path, '/');
	size_t n;
	char *name;
	int ret;

	base = base ? base + 1 : path;
	n = strlen(base);
	if (n > 9 && !strcmp(base + n - 9, ".gold.csv"))
		n -= 9;
	else if (n > 4 && !strcmp(base + n - 4, ".csv"))
		n -= 4;
	name = xstrndup(base, n);
	ret = read_csv(s, R_GOLD, path, name, e);
	free(name);
	return ret;
}

int qscore_add_pred(struct qscore *s, const char *path, struct err *e)
{
	return read_csv(s, R_PRED, path, NULL, e);
}

int qscore_add_exclude(struct qscore *s, const char *path, struct err *e)
{
	return read_csv(s, R_EXCL, path, NULL, e);
}

static size_t overlap(const struct item *a, const struct item *b)
{
	size_t i = 0, j = 0, n = 0;
	int c;

	while (i < a->nword && j < b->nword) {
		c = strcmp(a->word[i], b->word[j]);
		if (!c)
			n++, i++, j++;
		else if (c < 0)
			i++;
		else
			j++;
	}
	return n;
}

static int cmp_pair(const void *x, const void *y)
{
	const struct pair *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->g != b->g)
		return a->g < b->g ? -1 : 1;
	return (a->p > b->p) - (a->p < b->p);
}

static void fold(struct sbuf *sb, const char *s)
{
	sbuf_reset(sb);
	article_fold(sb, s, strlen(s));
}

static const char *surname(const char *s)
{
	const char *sp = strrchr(s, ' ');

	return sp ? sp + 1 : s;
}

/* At most one insertion, deletion or substitution apart. */
static int one_edit(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), i = 0;

	if (na < nb) {
		const char *t = a;

		a = b, b = t;
		na = strlen(a), nb = strlen(b);
	}
	if (na - nb > 1)
		return 0;
	while (i < nb && a[i] == b[i])
		i++;
	if (na == nb)
		return !strcmp(a + i + (i < na), b + i + (i < nb));
	return !strcmp(a + i + 1, b + i);
}

/* A person's name: every word capitalised ("Office of the ..." is not). */
static int name_like(const char *s)
{
	int start = 1;

	for (; *s; s++) {
		if (start && *s >= 'a' && *s <= 'z')
			return 0;
		start = *s == ' ';
	}
	return 1;
}

/* "A and B" against "B and A": two people in either order. */
static int same_pair(const char *g, const char *p)
{
	const char *a = strstr(g, " and "), *b = strstr(p, " and ");
	size_t ga, pa;

	if (!a || !b || strstr(a + 5, " and ") || strstr(b + 5, " and "))
		return 0;
	ga = (size_t)(a - g);
	pa = (size_t)(b - p);
	return strlen(a + 5) == pa && !strncmp(a + 5, p, pa) &&
	       strlen(b + 5) == ga && !strncmp(b + 5, g, ga);
}

/* Speaker agreement: 2 same string (two people in either order), 1 same
 * person spelt otherwise. */
static int same_speaker(const char *gold, const char *pred)
{
	struct sbuf g = SBUF_INIT, p = SBUF_INIT;
	const char *sg, *sp;
	int r = 0;

	fold(&g, gold);
	fold(&p, pred);
	if (!strcmp(g.buf, p.buf) || same_pair(g.buf, p.buf)) {
		r = 2;
		goto out;
	}
	if (!strcmp(p.buf, "unknown") || !strcmp(g.buf, "unknown") ||
	    !name_like(gold) || !name_like(pred))
		goto out;
	sg = surname(g.buf);
	sp = surname(p.buf);
	if (!strcmp(sg, sp) ||
	    ((strlen(sg) >= 5 || strlen(sp) >= 5) && one_edit(sg, sp)))
		r = 1;
out:
	sbuf_release(&g);
	sbuf_release(&p);
	return r;
}

static int in_kind(const struct item *it, int kind)
{
	return kind == K_ALL || it->kind == kind;
}

/* One gold speaker's labels, gold and predicted, as summaries count. */
struct spk {
	char *key;          /* folded gold name */
	size_t n[T_N];
	size_t gold[T_N][METRICS_MAX_LABELS], pred[T_N][METRICS_MAX_LABELS];
	double psum[T_N][METRICS_MAX_LABELS]; /* predicted probabilities */
};

/* The labels of matched quotes, scored per task (the "all" pass only). */
struct lscore {
	int on[T_N];        /* both sides have the task */
	struct metrics m[T_N];
	struct metrics by_kind[T_N][K_ALL]; /* by the gold quote's kind */
	size_t seen;        /* matched gold quotes left out: --exclude */
	struct sbuf *log;   /* disagreements, when verbose */
	struct spk *spk;    /* per gold speaker, for the summaries' error */
	size_t nspk, spkcap;
};

/* Count a matched quote's labels for its gold speaker. */
static void spk_add(struct lscore *ls, const char *speaker, int t, int g,
		    int p, const double *prob, int nlabel)
{
	struct sbuf key = SBUF_INIT;
	struct spk *sp = NULL;
	size_t k;
	int l;

	fold(&key, speaker);
	for (k = 0; k < ls->nspk && !sp; k++)
		if (!strcmp(ls->spk[k].key, key.buf))
			sp = &ls->spk[k];
	if (!sp) {
		ls->spk = xgrow(ls->spk, &ls->spkcap, ls->nspk + 1,
				sizeof(*ls->spk));
		sp = &ls->spk[ls->nspk++];
		memset(sp, 0, sizeof(*sp));
		sp->key = sbuf_detach(&key);
	}
	sbuf_release(&key);
	sp->n[t]++;
	sp->gold[t][g]++;
	sp->pred[t][p]++;
	for (l = 0; prob && l < nlabel; l++)
		sp->psum[t][l] += prob[l];
}

/* Score a matched pair's labels; log a disagreement if asked. */
static int score_labels(struct lscore *ls, const struct item *gi,
			const struct item *pi, struct err *e)
{
	int t, g, p;

	if (gi->seen) {
		ls->seen++;
		return 0;
	}
	for (t = 0; t < T_N; t++) {
		if (!ls->on[t] || !gi->label[t] || !pi->label[t])
			continue;
		g = metrics_label_find(&ls->m[t], gi->label[t]);
		p = metrics_label_find(&ls->m[t], pi->label[t]);
		if (g < 0)
			return err_at(e, gi->file, gi->line, "%s label '%s' "
				      "is not one the predictions know",
				      task_names[t], gi->label[t]);
		if (p < 0) /* a file without the probability columns */
			return err_at(e, pi->file, pi->line, "%s label '%s' "
				      "is not one of the first prediction "
				      "file's", task_names[t], pi->label[t]);
		metrics_add(&ls->m[t], g, p, pi->prob[t]);
		spk_add(ls, gi->speaker, t, g, p, pi->prob[t],
			ls->m[t].nlabel);
		if (gi->kind >= 0)
			metrics_add(&ls->by_kind[t][gi->kind], g, p,
				    pi->prob[t]);
		if (ls->log && g != p)
			sbuf_addf(ls->log, "%s\t%s\tgold '%s' got '%s'\t%s\n",
				  gi->article, task_names[t], gi->label[t],
				  pi->label[t], gi->text);
	}
	return 0;
}

/*
 * Match the quotes of one article and one kind; log misses if asked;
 * with ls (the "all" pass), score the matched quotes' labels.
 */
static int match_article(struct qscore *s, const char *article, int kind,
			 struct tally *t, struct sbuf *log, struct lscore *ls,
			 struct err *e)
{
	struct pair *pr = NULL;
	size_t npr = 0, cap = 0, g, p, ov, k;
	struct item *gi, *pi;
	int sp;

	for (g = 0; g < s->gold.n; g++)
		s->gold.it[g].used = 0;
	for (p = 0; p < s->pred.n; p++)
		s->pred.it[p].used = 0;
	for (g = 0; g < s->gold.n; g++) {
		gi = &s->gold.it[g];
		if (strcmp(gi->article, article) || !in_kind(gi, kind))
			continue;
		t->gold++;
		for (p = 0; p < s->pred.n; p++) {
			pi = &s->pred.it[p];
			if (strcmp(pi->article, article) || !in_kind(pi, kind))
				continue;
			ov = overlap(gi, pi);
			if (!ov || 2 * ov < gi->nword || 2 * ov < pi->nword)
				continue;
			pr = xgrow(pr, &cap, npr + 1, sizeof(*pr));
			pr[npr].g = g;
			pr[npr].p = p;
			pr[npr].score = (double)ov / (double)(gi->nword >
				pi->nword ? gi->nword : pi->nword);
			npr++;
		}
	}
	for (p = 0; p < s->pred.n; p++)
		t->pred += !strcmp(s->pred.it[p].article, article) &&
			   in_kind(&s->pred.it[p], kind);
	if (npr > 1)
		qsort(pr, npr, sizeof(*pr), cmp_pair);
	for (k = 0; k < npr; k++) {
		gi = &s->gold.it[pr[k].g];
		pi = &s->pred.it[pr[k].p];
		if (gi->used || pi->used)
			continue;
		gi->used = pi->used = 1;
		t->match++;
		sp = same_speaker(gi->speaker, pi->speaker);
		t->spk += sp == 2;
		t->spk_var += sp >= 1;
		if (log && sp < 2)
			sbuf_addf(log, "%s\t%s\tspeaker%s\tgold '%s' got '%s'"
				  "\t%s\n", article, kind_names[kind],
				  sp ? " (lenient match)" : "", gi->speaker,
				  pi->speaker, gi->text);
		if (ls && score_labels(ls, gi, pi, e) < 0) {
			free(pr);
			return -1;
		}
	}
	for (g = 0; log && g < s->gold.n; g++) {
		gi = &s->gold.it[g];
		if (!gi->used && !strcmp(gi->article, article) &&
		    in_kind(gi, kind))
			sbuf_addf(log, "%s\t%s\tmissed\t%s\t%s\n", article,
				  kind_names[kind], gi->speaker, gi->text);
	}
	for (p = 0; log && p < s->pred.n; p++) {
		pi = &s->pred.it[p];
		if (!pi->used && !strcmp(pi->article, article) &&
		    in_kind(pi, kind))
			sbuf_addf(log, "%s\t%s\textra\t%s\t%s\n", article,
				  kind_names[kind], pi->speaker, pi->text);
	}
	free(pr);
	return 0;
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

/* Mark the gold quotes an excluded corpus holds (the matching rule). */
static void mark_seen(struct qscore *s)
{
	size_t g, x, ov;
	struct item *gi, *xi;

	for (g = 0; g < s->gold.n; g++) {
		gi = &s->gold.it[g];
		for (x = 0; x < s->excl.n && !gi->seen; x++) {
			xi = &s->excl.it[x];
			ov = overlap(gi, xi);
			gi->seen = ov && 2 * ov >= gi->nword &&
				   2 * ov >= xi->nword;
		}
	}
}

static void lscore_release(struct lscore *ls)
{
	size_t k;

	for (k = 0; k < ls->nspk; k++)
		free(ls->spk[k].key);
	free(ls->spk);
}

static void lscore_init(struct lscore *ls, const struct qscore *s)
{
	int t, k;

	memset(ls, 0, sizeof(*ls));
	for (t = 0; t < T_N; t++) {
		ls->on[t] = s->tl[t].n > 0;
		if (!ls->on[t])
			continue;
		metrics_init(&ls->m[t], task_names[t],
			     (const char (*)[32])s->tl[t].label, s->tl[t].n);
		for (k = 0; k < K_ALL; k++)
			metrics_init(&ls->by_kind[t][k], task_names[t],
				     (const char (*)[32])s->tl[t].label,
				     s->tl[t].n);
	}
}

/* Macro-F1 and accuracy of each task for each kind of quote. */
static void by_kind_report(const struct lscore *ls, struct sbuf *out)
{
	int t, k;

	sbuf_addf(out, "\n%-9s %6s", "kind", "quotes");
	for (t = 0; t < T_N; t++)
		if (ls->on[t] && ls->m[t].n)
			sbuf_addf(out, "  %9s macro-F1 accuracy", task_names[t]);
	sbuf_addf(out, "\n");
	for (k = 0; k < K_ALL; k++) {
		const struct metrics *m0 = NULL;

		for (t = 0; t < T_N && !m0; t++)
			if (ls->on[t] && ls->m[t].n)
				m0 = &ls->by_kind[t][k];
		if (!m0 || !m0->n)
			continue;
		sbuf_addf(out, "%-9s %6zu", kind_names[k], m0->n);
		for (t = 0; t < T_N; t++)
			if (ls->on[t] && ls->m[t].n)
				sbuf_addf(out, "  %18.4f %8.4f",
					  metrics_macro_f1(&ls->by_kind[t][k]),
					  metrics_accuracy(&ls->by_kind[t][k]));
		sbuf_addf(out, "\n");
	}
}

/*
 * How far per-speaker summaries are from the gold labels: for speakers
 * with at least min quotes, how often the dominant label (most quotes,
 * ties to the larger summed probability, as `summarize` decides) is one
 * of the gold speaker's most frequent labels, and the mean absolute
 * difference between predicted and gold label shares.
 */
static void spk_line(const struct lscore *ls, int t, size_t min,
		     const char *name, struct sbuf *out)
{
	size_t k, nsp = 0, agree = 0, gmax;
	double err = 0.0;
	int l, d, nl = ls->m[t].nlabel;
	const struct spk *sp;

	for (k = 0; k < ls->nspk; k++) {
		sp = &ls->spk[k];
		if (sp->n[t] < min || !sp->n[t])
			continue;
		nsp++;
		for (d = 0, gmax = 0, l = 0; l < nl; l++) {
			if (sp->pred[t][l] > sp->pred[t][d] ||
			    (sp->pred[t][l] == sp->pred[t][d] &&
			     sp->psum[t][l] > sp->psum[t][d]))
				d = l;
			if (sp->gold[t][l] > gmax)
				gmax = sp->gold[t][l];
		}
		agree += sp->gold[t][d] == gmax;
		for (l = 0; l < nl; l++) {
			double gs = (double)sp->gold[t][l] / (double)sp->n[t];
			double ps = (double)sp->pred[t][l] / (double)sp->n[t];

			err += (gs > ps ? gs - ps : ps - gs) / nl;
		}
	}
	if (!nsp)
		return;
	sbuf_addf(out, "%-10s %-10s %8zu %5zu (%5.3f) %11.3f\n",
		  task_names[t], name, nsp, agree, (double)agree / (double)nsp,
		  err / (double)nsp);
}

static void spk_report(const struct lscore *ls, struct sbuf *out)
{
	int t;

	sbuf_addf(out, "\nper gold speaker, as summaries count them "
		  "(dominant: the predicted dominant label is a gold one):\n"
		  "%-10s %-10s %8s %13s %11s\n", "task", "speakers", "count",
		  "dominant", "share error");
	for (t = 0; t < T_N; t++) {
		if (!ls->on[t] || !ls->m[t].n)
			continue;
		spk_line(ls, t, 1, "all", out);
		spk_line(ls, t, 3, "3+ quotes", out);
	}
}

static void lscore_report(const struct lscore *ls, size_t nexcl,
			  struct sbuf *out)
{
	int t, head = 0;

	for (t = 0; t < T_N; t++) {
		if (!ls->on[t] || !ls->m[t].n)
			continue;
		if (!head++) {
			sbuf_addf(out, "\nlabels of the matched quotes "
				  "(all kinds) against the gold labels");
			if (nexcl)
				sbuf_addf(out, " (%zu quotes left out: in "
					  "the --exclude corpus)", ls->seen);
			sbuf_addf(out, "\n");
		} else {
			sbuf_addf(out, "\n");
		}
		metrics_format(&ls->m[t], NULL, NULL, out);
	}
	if (head) {
		by_kind_report(ls, out);
		spk_report(ls, out);
	}
}

int qscore_report(struct qscore *s, struct sbuf *out, int verbose,
		  struct err *e)
{
	struct lscore ls;
	struct tally t[K_N];
	char **arts = NULL;
	size_t narts = 0, cap = 0, k, j;
	int kind;
	double pr, rc, f1;

	memset(t, 0, sizeof(t));
	for (k = 0; k < s->gold.n; k++) {
		for (j = 0; j < narts; j++)
			if (!strcmp(arts[j], s->gold.it[k].article))
				break;
		if (j < narts)
			continue;
		arts = xgrow(arts, &cap, narts + 1, sizeof(*arts));
		arts[narts++] = s->gold.it[k].article;
	}
	if (narts > 1)
		qsort(arts, narts, sizeof(*arts), cmp_str);
	mark_seen(s);
	lscore_init(&ls, s);
	ls.log = verbose ? out : NULL;
	for (k = 0; k < narts; k++)
		for (kind = 0; kind < K_N; kind++)
			if (match_article(s, arts[k], kind, &t[kind],
					  verbose && kind != K_ALL ? out : NULL,
					  kind == K_ALL ? &ls : NULL, e) < 0) {
				lscore_release(&ls);
				free(arts);
				return -1;
			}
	sbuf_addf(out, "%-9s %5s %5s %5s %6s %6s %6s %7s %9s\n", "kind",
		  "gold", "pred", "match", "P", "R", "F1", "speaker",
		  "(lenient)");
	for (kind = 0; kind < K_N; kind++) {
		pr = ratio(t[kind].match, t[kind].pred);
		rc = ratio(t[kind].match, t[kind].gold);
		f1 = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0.0;
		sbuf_addf(out, "%-9s %5zu %5zu %5zu %6.3f %6.3f %6.3f %7.3f "
			  "  (%5.3f)\n", kind_names[kind], t[kind].gold,
			  t[kind].pred, t[kind].match, pr, rc, f1,
			  ratio(t[kind].spk, t[kind].match),
			  ratio(t[kind].spk_var, t[kind].match));
	}
	sbuf_addf(out, "(%zu articles)\n", narts);
	/* the strict measure is the issue's; the lenient one only shows
	 * how many misses are spellings the article never prints */
	sbuf_addf(out, "speaker: accuracy on matched quotes, same name up to "
		  "case and accents\n(lenient): diagnostic only, also the "
		  "same surname or surnames one letter apart\n");
	lscore_report(&ls, s->excl.n, out);
	lscore_release(&ls);
	free(arts);
	return 0;
}
