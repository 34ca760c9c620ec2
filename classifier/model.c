#include "model.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "afile.h"
#include "err.h"
#include "embed.h"
#include "lexicon.h"
#include "sbuf.h"
#include "vocab.h"
#include "xalloc.h"

#define MODEL_FILE_MAX (1u << 30) /* 1 GiB: far above any real model */

static const char *const label_order[] = {
	"pro", "favor", "favour", "positive", "neutral", "none", "against",
	"negative",
};

static int label_rank(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof(label_order) / sizeof(label_order[0]); i++)
		if (!strcasecmp(s, label_order[i]))
			return (int)i;
	return (int)i;
}

static int cmp_label(const void *a, const void *b)
{
	int ra = label_rank(a), rb = label_rank(b);

	if (ra != rb)
		return ra - rb;
	return strcmp(a, b);
}

void model_sort_labels(char (*label)[32], int n)
{
	qsort(label, (size_t)n, sizeof(label[0]), cmp_label);
}

static uint64_t fnv1a(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

/* Read a whole file (at most MODEL_FILE_MAX bytes). -1 with *e set. */
static int slurp(const char *path, struct sbuf *sb, struct err *e)
{
	FILE *fp = fopen(path, "rb");
	char buf[65536];
	size_t n;

	if (!fp)
		return err_at(e, path, 0, "cannot open: %s", strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		if (sb->len + n > MODEL_FILE_MAX) {
			fclose(fp);
			return err_at(e, path, 0, "file too large for a model");
		}
		sbuf_add(sb, buf, n);
	}
	if (ferror(fp)) {
		fclose(fp);
		return err_at(e, path, 0, "read error");
	}
	fclose(fp);
	return 0;
}

int model_task_find(const struct model *m, const char *name)
{
	int t;

	for (t = 0; t < m->ntask; t++)
		if (!strcmp(m->task[t].name, name))
			return t;
	return -1;
}

void model_free(struct model *m)
{
	int t;

	if (!m)
		return;
	vocab_free(m->vocab);
	lexicon_free(m->lex);
	feat_cues_free(m->cues);
	embed_free(m->emb);
	for (t = 0; t < m->ntask; t++) {
		svmx_free(m->task[t].svm);
		free(m->task[t].drop);
	}
	free(m->w);
	free(m);
}

static int cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

void model_task_drops(struct model *m)
{
	size_t cap, i, n, len;
	int t;

	for (t = 0; t < m->ntask; t++) {
		struct model_task *k = &m->task[t];

		free(k->drop);
		k->drop = NULL;
		k->ndrop = cap = 0;
		if (!m->feat.raw_valence)
			continue;
		n = vocab_size(m->vocab);
		for (i = 0; i < n; i++) {
			const char *name = vocab_name(m->vocab, (long)i, &len);

			if (feat_valence_kept(name, len, k->raw_valence))
				continue;
			k->drop = xgrow(k->drop, &cap, k->ndrop + 1,
					sizeof(*k->drop));
			k->drop[k->ndrop++] = (long)i;
		}
	}
}

const struct feat_node *model_task_vector(const struct model *m, int t,
					  const struct feat_node *x,
					  size_t count, struct feat_node **buf,
					  size_t *cap)
{
	const struct model_task *k = &m->task[t];
	size_t i, n = 0;

	if (!k->ndrop)
		return x;
	*buf = xgrow(*buf, cap, count + 1, sizeof(**buf));
	for (i = 0; i < count; i++) {
		long id = (long)x[i].index - 1;

		/* drop[] is ascending: ten names in a model trained here,
		 * but a vocabulary could hold any number of them */
		if (!bsearch(&id, k->drop, k->ndrop, sizeof(*k->drop), cmp_long))
			(*buf)[n++] = x[i];
	}
	(*buf)[n].index = -1;
	(*buf)[n].value = 0;
	return *buf;
}

struct featurizer *model_featurizer(const struct model *m, struct err *e)
{
	return feat_new_full(&m->feat, m->lex, m->cues, m->emb, e);
}

void model_ready(struct model *m)
{
	const double *tw[MODEL_MAX_TASKS];
	size_t nf[MODEL_MAX_TASKS], i;
	int np[MODEL_MAX_TASKS], t, p;

	free(m->w);
	m->w = NULL;
	model_task_drops(m);
	m->w_dim = vocab_size(m->vocab) + 1;
	m->w_np = 0;
	for (t = 0; t < m->ntask; t++) {
		tw[t] = svmx_linear_weights(m->task[t].svm, &nf[t], &np[t]);
		if (!tw[t])
			return;
		m->w_off[t] = m->w_np;
		m->w_np += np[t];
		if (nf[t] + 1 > m->w_dim)
			m->w_dim = nf[t] + 1;
	}
	if (!m->ntask)
		return;
	/*
	 * A row: the weights, times the idf for the tf-idf families, then
	 * the idf (feat_dots), padded to 2, 4 or a multiple of 8 doubles so
	 * that it stays in one 64-byte line.
	 */
	m->w_stride = m->w_np + 1 <= 2 ? 2 : m->w_np + 1 <= 4 ? 4 :
		      ((size_t)m->w_np + 1 + 7) / 8 * 8;
	m->w = xcalloc_aligned(64, m->w_dim * m->w_stride * sizeof(double));
	for (i = 1; i < m->w_dim; i++) {
		double *row = m->w + i * m->w_stride, idf = 1;

		if (i <= vocab_size(m->vocab)) {
			const char *name = vocab_name(m->vocab, (long)i - 1, NULL);

			if (feat_family_tfidf(feat_name_family(name)))
				idf = vocab_value(m->vocab, (long)i - 1);
		}
		row[m->w_np] = idf;
		for (t = 0; t < m->ntask; t++)
			for (p = 0; p < np[t] && i <= nf[t]; p++)
				row[m->w_off[t] + p] =
					tw[t][i * (size_t)np[t] + (size_t)p] * idf;
	}
	/* a task's weights on what it does not read are 0, whatever the
	 * libsvm file says, as on the vector path */
	for (t = 0; t < m->ntask; t++)
		for (i = 0; i < m->task[t].ndrop; i++)
			for (p = 0; p < np[t]; p++)
				m->w[((size_t)m->task[t].drop[i] + 1) * m->w_stride +
				     (size_t)(m->w_off[t] + p)] = 0;
}

void model_predict(const struct model *m, struct featurizer *fz,
		   const char *text, size_t n, struct model_prediction *out)
{
	const struct feat_node *x;
	struct feat_node **buf;
	size_t count, *cap;
	int t;

	if (m->w) {
		double d[MODEL_MAX_TASKS * MODEL_MAX_LABELS *
			 (MODEL_MAX_LABELS - 1) / 2];

		feat_dots(fz, m->vocab, m->w, m->w_stride, m->w_np, text, n, d);
		for (t = 0; t < m->ntask; t++)
			out->label[t] = svmx_predict_dots(m->task[t].svm,
							  d + m->w_off[t],
							  out->dec[t],
							  out->prob[t]);
		return;
	}
	/* dense linear weights do not need the vector in index order */
	for (t = 0; t < m->ntask; t++)
		if (svmx_model_kernel(m->task[t].svm) != SVMX_LINEAR)
			break;
	if (t == m->ntask)
		x = feat_vector_unsorted(fz, m->vocab, text, n, &count);
	else
		x = feat_vector(fz, m->vocab, text, n, &count);
	feat_scratch(fz, &buf, &cap);
	for (t = 0; t < m->ntask; t++)
		out->label[t] = svmx_predict(m->task[t].svm,
					     model_task_vector(m, t, x, count,
							       buf, cap),
					     out->dec[t], out->prob[t]);
}

void model_predict_context(const struct model *m, struct featurizer *fz,
			   const char *text, size_t n, const char *ctx,
			   size_t nctx, int ctx_task,
			   struct model_prediction *out)
{
	struct model_prediction c;
	int t = ctx_task;

	model_predict(m, fz, text, n, out);
	if (t < 0 || !nctx)
		return;
	model_predict(m, fz, ctx, nctx, &c);
	out->label[t] = c.label[t];
	memcpy(out->prob[t], c.prob[t], sizeof(out->prob[t]));
	memcpy(out->dec[t], c.dec[t], sizeof(out->dec[t]));
}

/* ---- saving ---- */

/*
 * meta.txt values are space-separated words, so a column name is written
 * with '%', space, tab, newline and '=' as %XX (and read back by
 * unescape).
 */
static void escape(struct sbuf *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '%' || *s == ' ' || *s == '\t' || *s == '\n' ||
		    *s == '\r' || *s == '=')
			sbuf_addf(out, "%%%02X", (unsigned char)*s);
		else
			sbuf_addc(out, *s);
	}
}

/* Undo escape() in place; -1 on a malformed %XX. */
static int unescape(char *s)
{
	char *w = s;

	for (; *s; s++) {
		unsigned v;

		if (*s != '%') {
			*w++ = *s;
			continue;
		}
		if (sscanf(s + 1, "%2x", &v) != 1 || !s[1] || !s[2])
			return -1;
		*w++ = (char)v;
		s += 2;
	}
	*w = '\0';
	return 0;
}

static int write_vocab(const struct vocab *v, const char *path,
		       struct err *e)
{
	struct afile af;
	FILE *fp = afile_open(&af, path, e);
	size_t i;

	if (!fp)
		return -1;
	for (i = 0; i < vocab_size(v); i++)
		fprintf(fp, "%zu\t%s\t%.17g\n", i, vocab_name(v, (long)i, NULL),
			vocab_value(v, (long)i));
	return afile_commit(&af, e);
}

static void add_file_line(struct sbuf *meta, const char *dir,
			  const char *file, struct err *e, int *bad)
{
	struct sbuf path = SBUF_INIT, body = SBUF_INIT;

	sbuf_addf(&path, "%s/%s", dir, file);
	if (slurp(path.buf, &body, e) < 0)
		*bad = 1;
	else
		sbuf_addf(meta, "file %s %zu %016llx\n", file, body.len,
			  (unsigned long long)fnv1a(body.buf, body.len));
	sbuf_release(&path);
	sbuf_release(&body);
}

int model_save(const struct model *m, const char *dir, struct err *e)
{
	struct sbuf meta = SBUF_INIT, path = SBUF_INIT, labels = SBUF_INIT;
	struct sbuf col = SBUF_INIT;
	char *tmp = NULL, opts[256];
	struct afile af;
	FILE *fp;
	int t, i, bad = 0;

	if (afile_dir_open(dir, &tmp, e) < 0)
		return -1;
	sbuf_addf(&path, "%s/vocab.tsv", tmp);
	if (write_vocab(m->vocab, path.buf, e) < 0)
		goto fail;
	if (m->lex) {
		sbuf_reset(&path);
		sbuf_addf(&path, "%s/lexicon.tsv", tmp);
		if (lexicon_save(m->lex, path.buf, e) < 0)
			goto fail;
	}
	if (m->cues) {
		sbuf_reset(&path);
		sbuf_addf(&path, "%s/cues.tsv", tmp);
		if (feat_cues_save(m->cues, path.buf, e) < 0)
			goto fail;
	}
	if (m->emb) {
		sbuf_reset(&path);
		sbuf_addf(&path, "%s/vectors.tsv", tmp);
		if (embed_save(m->emb, path.buf, e) < 0)
			goto fail;
	}
	for (t = 0; t < m->ntask; t++) {
		sbuf_reset(&path);
		sbuf_addf(&path, "%s/%s.svm", tmp, m->task[t].name);
		if (svmx_save(m->task[t].svm, path.buf, e) < 0)
			goto fail;
	}
	feat_opts_format(&m->feat, opts, sizeof(opts));
	sbuf_addf(&meta, "format %s %d\n", MODEL_FORMAT, MODEL_VERSION);
	sbuf_addf(&meta, "features %s\n", opts);
	sbuf_addf(&meta, "vocab %zu\n", vocab_size(m->vocab));
	for (t = 0; t < m->ntask; t++) {
		const struct model_task *k = &m->task[t];

		sbuf_reset(&labels);
		for (i = 0; i < k->nlabel; i++)
			sbuf_addf(&labels, "%s%s", i ? "," : "", k->label[i]);
		sbuf_reset(&col);
		escape(&col, k->column);
		sbuf_addf(&meta,
			  "task %s column=%s labels=%s kernel=%s C=%.17g gamma=%.17g%s\n",
			  k->name, col.buf, labels.buf,
			  svmx_kernel_name(svmx_model_kernel(k->svm)), k->C,
			  k->gamma, k->raw_valence ? " valence=raw" : "");
	}
	add_file_line(&meta, tmp, "vocab.tsv", e, &bad);
	if (m->lex)
		add_file_line(&meta, tmp, "lexicon.tsv", e, &bad);
	if (m->cues)
		add_file_line(&meta, tmp, "cues.tsv", e, &bad);
	if (m->emb)
		add_file_line(&meta, tmp, "vectors.tsv", e, &bad);
	for (t = 0; t < m->ntask && !bad; t++) {
		sbuf_reset(&path);
		sbuf_addf(&path, "%s.svm", m->task[t].name);
		add_file_line(&meta, tmp, path.buf, e, &bad);
	}
	if (bad)
		goto fail;
	sbuf_reset(&path);
	sbuf_addf(&path, "%s/meta.txt", tmp);
	fp = afile_open(&af, path.buf, e);
	if (!fp)
		goto fail;
	fwrite(meta.buf, 1, meta.len, fp);
	if (afile_commit(&af, e) < 0)
		goto fail;
	if (afile_dir_commit(tmp, dir, e) < 0) {
		free(tmp);
		tmp = NULL;
		goto fail;
	}
	free(tmp);
	sbuf_release(&meta);
	sbuf_release(&path);
	sbuf_release(&labels);
	sbuf_release(&col);
	return 0;
fail:
	if (tmp)
		afile_dir_abort(tmp);
	free(tmp);
	sbuf_release(&meta);
	sbuf_release(&path);
	sbuf_release(&labels);
	sbuf_release(&col);
	return -1;
}

/* ---- loading ---- */

struct meta_file {
	char name[64];
	size_t size;
	unsigned long long hash;
	int seen;
};

struct meta {
	int have_format, have_features;
	size_t vocab;
	int nfile;
	/* vocab, lexicon, cues, vectors and a file per task */
	struct meta_file file[MODEL_MAX_TASKS + 4];
};

/* Value of " key=VALUE" in a task line, copied into out. */
static int task_field(const char *line, const char *key, char *out,
		      size_t size)
{
	size_t k = strlen(key);
	const char *p = line;

	while ((p = strstr(p, key))) {
		if ((p == line || p[-1] == ' ') && p[k] == '=') {
			size_t n = strcspn(p + k + 1, " \n");

			if (n == 0 || n >= size)
				return -1;
			memcpy(out, p + k + 1, n);
			out[n] = '\0';
			return 0;
		}
		p += k;
	}
	return -1;
}

static int parse_task(struct model *m, const char *line, const char *path,
		      long lineno, struct err *e)
{
	struct model_task *k;
	char name[32], labels[MODEL_MAX_LABELS * 33], num[64], *save, *l;
	char *end;

	if (m->ntask == MODEL_MAX_TASKS)
		return err_at(e, path, lineno, "too many tasks");
	k = &m->task[m->ntask];
	if (sscanf(line, "task %31s", name) != 1 ||
	    task_field(line, "column", k->column, sizeof(k->column)) < 0 ||
	    task_field(line, "labels", labels, sizeof(labels)) < 0 ||
	    task_field(line, "C", num, sizeof(num)) < 0)
		return err_at(e, path, lineno,
			      "expected 'task NAME column=.. labels=.. C=..'");
	snprintf(k->name, sizeof(k->name), "%s", name);
	if (unescape(k->column) < 0)
		return err_at(e, path, lineno, "bad %%XX escape in column name");
	k->C = strtod(num, &end);
	if (*end || !(k->C > 0))
		return err_at(e, path, lineno, "bad C '%s'", num);
	if (task_field(line, "gamma", num, sizeof(num)) == 0)
		k->gamma = strtod(num, NULL);
	if (task_field(line, "valence", num, sizeof(num)) == 0) {
		if (strcmp(num, "raw"))
			return err_at(e, path, lineno,
				      "bad valence '%s' (expected 'raw')", num);
		if (!m->feat.raw_valence)
			return err_at(e, path, lineno,
				      "task %s reads raw valence scores, but the "
				      "features line has no raw_valence=1", name);
		k->raw_valence = 1;
	}
	k->nlabel = 0;
	for (l = strtok_r(labels, ",", &save); l; l = strtok_r(NULL, ",", &save)) {
		if (k->nlabel == MODEL_MAX_LABELS || strlen(l) >= 32)
			return err_at(e, path, lineno, "bad label list");
		snprintf(k->label[k->nlabel++], 32, "%s", l);
	}
	if (k->nlabel < 2)
		return err_at(e, path, lineno, "a task needs at least 2 labels");
	m->ntask++;
	return 0;
}

static int parse_meta(struct model *m, struct meta *mt, char *text,
		      const char *path, struct err *e)
{
	char *line, *next;
	long lineno = 0;
	char fmt[64];
	int ver;

	/* line by line, blank lines counted, so messages point at the line */
	for (line = text; *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		lineno++;
		if (!*line)
			continue;
		if (lineno == 1) {
			if (sscanf(line, "format %63s %d", fmt, &ver) != 2 ||
			    strcmp(fmt, MODEL_FORMAT))
				return err_at(e, path, lineno,
					      "not a stance model (expected 'format %s %d')",
					      MODEL_FORMAT, MODEL_VERSION);
			if (ver != MODEL_VERSION)
				return err_at(e, path, lineno,
					      "model format version %d is not supported "
					      "(this stance reads version %d): retrain it",
					      ver, MODEL_VERSION);
			mt->have_format = 1;
		} else if (!strncmp(line, "features ", 9)) {
			if (feat_opts_parse(&m->feat, line + 9, e) < 0) {
				struct err inner = *e;

				return err_at(e, path, lineno, "%s", inner.msg);
			}
			mt->have_features = 1;
		} else if (!strncmp(line, "vocab ", 6)) {
			char *end;

			mt->vocab = strtoul(line + 6, &end, 10);
			if (*end || mt->vocab == 0)
				return err_at(e, path, lineno, "bad vocab size");
		} else if (!strncmp(line, "task ", 5)) {
			if (parse_task(m, line, path, lineno, e) < 0)
				return -1;
		} else if (!strncmp(line, "file ", 5)) {
			struct meta_file *f;

			if (mt->nfile == MODEL_MAX_TASKS + 4)
				return err_at(e, path, lineno, "too many files");
			f = &mt->file[mt->nfile];
			if (sscanf(line, "file %63s %zu %llx", f->name, &f->size,
				   &f->hash) != 3 || strchr(f->name, '/'))
				return err_at(e, path, lineno,
					      "expected 'file NAME SIZE HASH'");
			mt->nfile++;
		} else {
			return err_at(e, path, lineno, "unknown line");
		}
	}
	if (!mt->have_format || !mt->have_features || !mt->vocab ||
	    !m->ntask)
		return err_at(e, path, 0,
			      "incomplete: format, features, vocab and a task are needed");
	return 0;
}

/* Read dir/name, checking it against its meta.txt size and hash. */
static int read_checked(const char *dir, struct meta *mt, const char *name,
			struct sbuf *body, struct sbuf *path, struct err *e)
{
	int i;

	sbuf_reset(path);
	sbuf_addf(path, "%s/%s", dir, name);
	for (i = 0; i < mt->nfile; i++)
		if (!strcmp(mt->file[i].name, name))
			break;
	if (i == mt->nfile)
		return err_at(e, path->buf, 0, "not listed in meta.txt");
	sbuf_reset(body);
	if (slurp(path->buf, body, e) < 0)
		return -1;
	if (body->len != mt->file[i].size)
		return err_at(e, path->buf, 0,
			      "truncated or changed: %zu bytes, meta.txt says %zu",
			      body->len, mt->file[i].size);
	if (fnv1a(body->buf, body->len) != mt->file[i].hash)
		return err_at(e, path->buf, 0,
			      "corrupt: checksum does not match meta.txt");
	return 0;
}

static int parse_vocab(struct model *m, struct sbuf *body, size_t want,
		       const char *path, struct err *e)
{
	char *p = body->buf, *end = body->buf + body->len;
	long lineno = 0;

	m->vocab = vocab_new();
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p)), *t1, *t2, *stop;
		unsigned long id;
		double idf;
		int added;

		lineno++;
		if (!nl)
			return err_at(e, path, lineno, "truncated line");
		*nl = '\0';
		t1 = strchr(p, '\t');
		t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (!t2)
			return err_at(e, path, lineno, "expected 'id<TAB>name<TAB>idf'");
		id = strtoul(p, &stop, 10);
		if (stop != t1 || id != vocab_size(m->vocab))
			return err_at(e, path, lineno, "ids must run 0, 1, 2, ...");
		idf = strtod(t2 + 1, &stop);
		if (*stop || !isfinite(idf) || idf < 0)
			return err_at(e, path, lineno, "bad idf");
		vocab_set_value(m->vocab,
				vocab_add(m->vocab, t1 + 1, (size_t)(t2 - t1 - 1),
					  &added), idf);
		if (!added)
			return err_at(e, path, lineno, "feature repeated");
		p = nl + 1;
	}
	if (vocab_size(m->vocab) != want)
		return err_at(e, path, lineno, "%zu features, meta.txt says %zu",
			      vocab_size(m->vocab), want);
	return 0;
}

/* One task's libsvm file, read, checked and parsed (in its own thread). */
struct task_load {
	const char *dir;
	struct meta *mt;
	struct model_task *k;
	size_t nvocab;
	struct err e;
	int ok;
};

static void *load_task(void *arg)
{
	struct task_load *tl = arg;
	struct sbuf file = SBUF_INIT, body = SBUF_INIT, path = SBUF_INIT;

	sbuf_addf(&file, "%s.svm", tl->k->name);
	tl->ok = 0;
	if (read_checked(tl->dir, tl->mt, file.buf, &body, &path, &tl->e) == 0) {
		tl->k->svm = svmx_parse(body.buf, body.len, path.buf,
					tl->k->nlabel, tl->nvocab, &tl->e);
		tl->ok = tl->k->svm != NULL;
	}
	sbuf_release(&file);
	sbuf_release(&body);
	sbuf_release(&path);
	return NULL;
}

struct model *model_load(const char *dir, struct err *e)
{
	struct model *m = xcalloc(1, sizeof(*m));
	struct meta mt;
	struct sbuf path = SBUF_INIT, body = SBUF_INIT;
	struct stat st;
	struct task_load tl[MODEL_MAX_TASKS];
	pthread_t tid[MODEL_MAX_TASKS];
	int started[MODEL_MAX_TASKS] = { 0 };
	int t, ok = 0;

	memset(&mt, 0, sizeof(mt));
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		err_at(e, dir, 0, "no such model directory");
		goto fail;
	}
	sbuf_addf(&path, "%s/meta.txt", dir);
	if (slurp(path.buf, &body, e) < 0 ||
	    parse_meta(m, &mt, body.buf, path.buf, e) < 0)
		goto fail;
	if (read_checked(dir, &mt, "vocab.tsv", &body, &path, e) < 0 ||
	    parse_vocab(m, &body, mt.vocab, path.buf, e) < 0)
		goto fail;
	/*
	 * The libsvm files are most of a model's bytes: each task's is read,
	 * hashed and parsed in a thread of its own while this one reads the
	 * lexicons and vectors. Errors are reported in the serial order.
	 */
	for (t = 0; t < m->ntask; t++) {
		tl[t].dir = dir;
		tl[t].mt = &mt;
		tl[t].k = &m->task[t];
		tl[t].nvocab = vocab_size(m->vocab);
		tl[t].ok = 0;
		started[t] = pthread_create(&tid[t], NULL, load_task, &tl[t]) == 0;
		if (!started[t])
			load_task(&tl[t]);
	}
	if (m->feat.lexicon) {
		if (read_checked(dir, &mt, "lexicon.tsv", &body, &path, e) < 0)
			goto join;
		m->lex = lexicon_load(path.buf, e);
		if (!m->lex)
			goto join;
	}
	if (feat_opts_need_cues(&m->feat)) {
		if (read_checked(dir, &mt, "cues.tsv", &body, &path, e) < 0)
			goto join;
		m->cues = feat_cues_load(path.buf, e);
		if (!m->cues)
			goto join;
	}
	if (m->feat.embed) {
		if (read_checked(dir, &mt, "vectors.tsv", &body, &path, e) < 0)
			goto join;
		m->emb = embed_parse(body.buf, body.len, path.buf, e);
		if (!m->emb)
			goto join;
	}
	ok = 1;
join:
	for (t = 0; t < m->ntask; t++)
		if (started[t])
			pthread_join(tid[t], NULL);
	for (t = 0; t < m->ntask && ok; t++)
		if (!tl[t].ok) {
			if (e)
				*e = tl[t].e;
			ok = 0;
		}
	if (!ok)
		goto fail;
	sbuf_release(&path);
	sbuf_release(&body);
	model_ready(m);
	return m;
fail:
	sbuf_release(&path);
	sbuf_release(&body);
	model_free(m);
	return NULL;
}
