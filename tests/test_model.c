/*
 * model: save and load a trained model directory, same predictions after
 * the round trip, and a loader that refuses corrupt, truncated, foreign or
 * incomplete models with the file (and line) at fault.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "model.h"
#include "sbuf.h"
#include "svmx.h"
#include "testutil.h"
#include "train.h"
#include "vocab.h"

TestSuite(model, .init = svmx_init);

#define TINY "tests/data/train/tiny.csv"
#define VADER "models/lexicons/vader_lexicon.txt"

static const char *const quotes[] = {
	"We will never join NATO.",
	"Membership in the alliance makes us safer.",
	"The committee meets on Tuesday.",
	"I am not sure that joining is a good idea, but the threat is real!",
	"",
	"\xe2\x80\x9cNATO\xe2\x80\x9d \xe2\x80\x94 why not?",
	"caf\xc3\xa9 \xff broken bytes",
};
#define NQUOTE (sizeof(quotes) / sizeof(quotes[0]))

static struct model *train_tiny(void)
{
	struct train_opts o;
	struct err e;
	struct model *m;

	train_opts_default(&o);
	o.lexicon_path = VADER;
	m = train_corpus(TINY, &o, NULL, &e);
	cr_assert_not_null(m, "%s", e.msg);
	return m;
}

/* A trained tiny model saved in a fresh directory; *root to remove. */
static char *saved_tiny(char **root)
{
	struct model *m = train_tiny();
	char *dir;
	struct err e;

	*root = tu_tmpdir();
	dir = tu_path(*root, "model");
	cr_assert_eq(model_save(m, dir, &e), 0, "%s", e.msg);
	model_free(m);
	return dir;
}

static void cleanup(char *root, char *dir)
{
	tu_rmtree(root);
	free(root);
	free(dir);
}

static struct model *load_ok(const char *dir)
{
	struct err e;
	struct model *m = model_load(dir, &e);

	cr_assert_not_null(m, "%s", e.msg);
	return m;
}

/* model_load(dir) must fail with exactly want. */
static void expect_refused(const char *dir, const char *want)
{
	struct err e;
	struct model *m = model_load(dir, &e);

	cr_assert_null(m, "loaded a model that should be refused (%s)", want);
	cr_assert_str_eq(e.msg, want);
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

/* Rewrite the "file NAME SIZE HASH" line of meta.txt for NAME's contents. */
static void rehash(const char *dir, const char *name)
{
	char *meta_path = tu_path(dir, "meta.txt"), *file = tu_path(dir, name);
	char *meta = tu_read(meta_path, NULL), *line, prefix[128];
	size_t len;
	char *body = tu_read(file, &len);
	struct sbuf out = SBUF_INIT;

	snprintf(prefix, sizeof(prefix), "file %s ", name);
	line = strstr(meta, prefix);
	cr_assert_not_null(line, "no '%s' line in meta.txt", prefix);
	sbuf_add(&out, meta, (size_t)(line - meta));
	sbuf_addf(&out, "%s%zu %016llx", prefix, len,
		  (unsigned long long)fnv1a(body, len));
	sbuf_adds(&out, strchr(line, '\n'));
	tu_write(meta_path, out.buf, out.len);
	sbuf_release(&out);
	free(meta);
	free(body);
	free(file);
	free(meta_path);
}

/* Replace the first from in dir/name by to. */
static void edit(const char *dir, const char *name, const char *from,
		 const char *to)
{
	char *path = tu_path(dir, name), *text = tu_read(path, NULL), *at;
	struct sbuf out = SBUF_INIT;

	at = strstr(text, from);
	cr_assert_not_null(at, "'%s' not in %s", from, name);
	sbuf_add(&out, text, (size_t)(at - text));
	sbuf_adds(&out, to);
	sbuf_adds(&out, at + strlen(from));
	tu_write(path, out.buf, out.len);
	sbuf_release(&out);
	free(text);
	free(path);
}

/* ---- round trip ---- */

/*
 * model_ready's joint rows (feat_dots folds the weighting into them)
 * give what each task's own svmx_predict gives on feat_vector's vector,
 * up to the rounding of sums taken in another order: with two
 * three-label tasks (six pairs, the fast loop) and with the stance task
 * alone (three pairs, the general one).
 */
Test(model, joint_weights_same_as_each_task)
{
	int variant;

	for (variant = 0; variant < 2; variant++) {
		struct train_opts o;
		struct err e;
		struct model *m;
		struct featurizer *fz;
		size_t q;

		train_opts_default(&o);
		o.lexicon_path = VADER;
		if (variant)
			o.sentiment_col = NULL;
		m = train_corpus(TINY, &o, NULL, &e);
		cr_assert_not_null(m, "%s", e.msg);
		cr_assert_not_null(m->w, "linear tasks get joint weights");
		cr_assert_eq(m->w_np, variant ? 3 : 6);
		fz = model_featurizer(m, &e);
		cr_assert_not_null(fz, "%s", e.msg);
		for (q = 0; q < NQUOTE; q++) {
			struct model_prediction joint, each;
			double *w = m->w;
			int t, i;

			model_predict(m, fz, quotes[q], strlen(quotes[q]), &joint);
			m->w = NULL; /* each task by itself */
			model_predict(m, fz, quotes[q], strlen(quotes[q]), &each);
			m->w = w;
			for (t = 0; t < m->ntask; t++) {
				cr_assert_eq(joint.label[t], each.label[t]);
				for (i = 0; i < m->task[t].nlabel; i++)
					cr_assert_float_eq(joint.prob[t][i],
							   each.prob[t][i], 1e-12,
							   "quote %zu task %d", q,
							   t);
				for (i = 0; i < m->task[t].nlabel *
					     (m->task[t].nlabel - 1) / 2; i++)
					cr_assert_float_eq(joint.dec[t][i],
							   each.dec[t][i], 1e-12);
			}
		}
		feat_free(fz);
		model_free(m);
	}
}

Test(model, save_load_same_predictions)
{
	struct model *m = train_tiny(), *back;
	char *root = tu_tmpdir(), *dir = tu_path(root, "model");
	struct featurizer *f1, *f2;
	struct err e;
	size_t q;
	int t, l;

	cr_assert_eq(model_save(m, dir, &e), 0, "%s", e.msg);
	back = load_ok(dir);
	cr_assert_eq(back->ntask, m->ntask);
	cr_assert_eq(vocab_size(back->vocab), vocab_size(m->vocab));
	cr_assert_eq(memcmp(&back->feat, &m->feat, sizeof(m->feat)), 0,
		     "feature options changed");
	for (t = 0; t < m->ntask; t++) {
		cr_assert_str_eq(back->task[t].name, m->task[t].name);
		cr_assert_str_eq(back->task[t].column, m->task[t].column);
		cr_assert_eq(back->task[t].nlabel, m->task[t].nlabel);
		cr_assert_eq(back->task[t].C, m->task[t].C);
		for (l = 0; l < m->task[t].nlabel; l++)
			cr_assert_str_eq(back->task[t].label[l], m->task[t].label[l]);
	}
	f1 = model_featurizer(m, &e);
	f2 = model_featurizer(back, &e);
	cr_assert(f1 && f2, "%s", e.msg);
	for (q = 0; q < NQUOTE; q++) {
		struct model_prediction p1, p2;

		model_predict(m, f1, quotes[q], strlen(quotes[q]), &p1);
		model_predict(back, f2, quotes[q], strlen(quotes[q]), &p2);
		for (t = 0; t < m->ntask; t++) {
			double sum = 0;
			int best = 0;

			cr_assert_eq(p1.label[t], p2.label[t],
				     "quote %zu task %d: label %d, after loading %d",
				     q, t, p1.label[t], p2.label[t]);
			for (l = 0; l < m->task[t].nlabel; l++) {
				/* SV values are saved with 8 digits (libsvm) */
				cr_assert_float_eq(p1.prob[t][l], p2.prob[t][l], 1e-6);
				sum += p2.prob[t][l];
				if (p2.prob[t][l] > p2.prob[t][best])
					best = l;
			}
			cr_assert_float_eq(sum, 1, 1e-9);
			cr_assert_eq(p2.label[t], best);
		}
	}
	feat_free(f1);
	feat_free(f2);
	model_free(m);
	model_free(back);
	cleanup(root, dir);
}

/* Loading and saving again writes the same bytes. */
Test(model, load_then_save_same_files)
{
	const char *files[] = { "meta.txt", "vocab.tsv", "lexicon.tsv",
				"stance.svm", "sentiment.svm" };
	char *root, *dir = saved_tiny(&root), *again = tu_path(root, "again");
	struct model *m = load_ok(dir);
	struct err e;
	size_t i;

	cr_assert_eq(model_save(m, again, &e), 0, "%s", e.msg);
	for (i = 0; i < 5; i++) {
		char *pa = tu_path(dir, files[i]), *pb = tu_path(again, files[i]);
		size_t la, lb;
		char *ta = tu_read(pa, &la), *tb = tu_read(pb, &lb);

		cr_assert(la == lb && !memcmp(ta, tb, la), "%s changed", files[i]);
		free(ta);
		free(tb);
		free(pa);
		free(pb);
	}
	model_free(m);
	free(again);
	cleanup(root, dir);
}

Test(model, meta_lists_version_and_files)
{
	char *root, *dir = saved_tiny(&root), *meta_path = tu_path(dir, "meta.txt");
	char *meta = tu_read(meta_path, NULL);

	cr_assert(!strncmp(meta, "format stance-model 1\n", 22), "%s", meta);
	cr_assert_not_null(strstr(meta, "\nfeatures lang=english "));
	cr_assert_not_null(strstr(meta, "\ntask stance column=stance "
				  "labels=pro,neutral,against kernel=linear "));
	cr_assert_not_null(strstr(meta, "\ntask sentiment column=sentiment "
				  "labels=positive,neutral,negative "));
	cr_assert_not_null(strstr(meta, "\nfile vocab.tsv "));
	cr_assert_not_null(strstr(meta, "\nfile lexicon.tsv "));
	cr_assert_not_null(strstr(meta, "\nfile stance.svm "));
	cr_assert_not_null(strstr(meta, "\nfile sentiment.svm "));
	free(meta);
	free(meta_path);
	cleanup(root, dir);
}

Test(model, task_find)
{
	char *root, *dir = saved_tiny(&root);
	struct model *m = load_ok(dir);

	cr_assert_eq(model_task_find(m, "stance"), 0);
	cr_assert_eq(model_task_find(m, "sentiment"), 1);
	cr_assert_eq(model_task_find(m, "topic"), -1);
	cr_assert_eq(model_task_find(m, ""), -1);
	model_free(m);
	model_free(NULL);
	cleanup(root, dir);
}

/* Saving over an existing model replaces it and leaves nothing beside it. */
Test(model, save_replaces_atomically)
{
	struct model *m = train_tiny();
	char *root = tu_tmpdir(), *dir = tu_path(root, "model");
	char *stale = tu_path(dir, "stale.txt");
	struct err e;
	struct model *back;

	cr_assert_eq(model_save(m, dir, &e), 0, "%s", e.msg);
	tu_write_str(stale, "from an older model\n");
	cr_assert_eq(model_save(m, dir, &e), 0, "%s", e.msg);
	cr_assert(!tu_exists(stale), "the old directory was not replaced");
	cr_assert_eq(tu_count_entries(root), 1, "temporary files left beside");
	cr_assert_eq(tu_count_entries(dir), 7); /* with cues.tsv and vectors.tsv */
	back = load_ok(dir);
	model_free(back);
	model_free(m);
	free(stale);
	cleanup(root, dir);
}

/* "dir/" is the same directory as "dir", also when replacing it. */
Test(model, save_twice_with_trailing_slash)
{
	struct model *m = train_tiny(), *back;
	char *root = tu_tmpdir(), *dir = tu_path(root, "model");
	char *slashed = tu_path(dir, "");
	struct err e;

	cr_assert_eq(model_save(m, slashed, &e), 0, "%s", e.msg);
	cr_assert_eq(model_save(m, slashed, &e), 0, "second save: %s", e.msg);
	cr_assert_eq(tu_count_entries(root), 1, "temporary files left beside");
	back = load_ok(slashed);
	model_free(back);
	model_free(m);
	free(slashed);
	cleanup(root, dir);
}

Test(model, save_into_missing_parent_fails)
{
	struct model *m = train_tiny();
	struct err e;

	cr_assert_eq(model_save(m, "/nonexistent-dir/model", &e), -1);
	cr_assert(!strncmp(e.msg, "/nonexistent-dir/model: ", 24), "%s", e.msg);
	model_free(m);
}

/* A corpus column name with a space survives save and load. */
Test(model, column_name_with_space_round_trips)
{
	char *root = tu_tmpdir(), *csv = tu_path(root, "c.csv");
	char *dir = tu_path(root, "model");
	struct train_opts o;
	struct err e;
	struct model *m, *back;

	tu_write_str(csv, "text,my stance\n"
		     "we join nato,pro\nwe join the alliance,pro\n"
		     "we stay out of nato,against\nwe stay out,against\n");
	train_opts_default(&o);
	o.lexicon_path = VADER;
	o.stance_col = "my stance";
	o.folds = 2;
	o.feat.min_df = 1;
	m = train_corpus(csv, &o, NULL, &e);
	cr_assert_not_null(m, "%s", e.msg);
	cr_assert_str_eq(m->task[0].column, "my stance");
	cr_assert_eq(model_save(m, dir, &e), 0, "%s", e.msg);
	back = model_load(dir, &e);
	cr_assert_not_null(back, "%s", e.msg);
	cr_assert_str_eq(back->task[0].column, "my stance");
	model_free(back);
	model_free(m);
	free(csv);
	cleanup(root, dir);
}

/* ---- refusals ---- */

static void corrupt_one_byte(const char *dir, const char *name)
{
	char *path = tu_path(dir, name), *text;
	size_t len;

	text = tu_read(path, &len);
	cr_assert_gt(len, 100);
	text[len / 2] ^= 0x01;
	tu_write(path, text, len);
	free(text);
	free(path);
}

static void expect_corrupt(const char *name)
{
	char *root, *dir = saved_tiny(&root), want[600];

	corrupt_one_byte(dir, name);
	snprintf(want, sizeof(want),
		 "%s/%s: corrupt: checksum does not match meta.txt", dir, name);
	expect_refused(dir, want);
	cleanup(root, dir);
}

Test(model, corrupt_stance_svm_refused) { expect_corrupt("stance.svm"); }
Test(model, corrupt_sentiment_svm_refused) { expect_corrupt("sentiment.svm"); }
Test(model, corrupt_vocab_refused) { expect_corrupt("vocab.tsv"); }
Test(model, corrupt_lexicon_refused) { expect_corrupt("lexicon.tsv"); }
Test(model, corrupt_vectors_refused) { expect_corrupt("vectors.tsv"); }

/*
 * The libsvm files are parsed in threads beside the lexicons: with
 * several files bad, the error is still the first in the serial order
 * (vocab, lexicon, cues, vectors, then the tasks'), whichever thread ends
 * first.
 */
Test(model, several_bad_files_report_the_first)
{
	char *root, *dir = saved_tiny(&root), want[600];

	corrupt_one_byte(dir, "sentiment.svm");
	corrupt_one_byte(dir, "stance.svm");
	snprintf(want, sizeof(want), "%s/stance.svm: corrupt: checksum does "
		 "not match meta.txt", dir);
	expect_refused(dir, want);
	corrupt_one_byte(dir, "vectors.tsv");
	snprintf(want, sizeof(want), "%s/vectors.tsv: corrupt: checksum does "
		 "not match meta.txt", dir);
	expect_refused(dir, want);
	corrupt_one_byte(dir, "lexicon.tsv");
	snprintf(want, sizeof(want), "%s/lexicon.tsv: corrupt: checksum does "
		 "not match meta.txt", dir);
	expect_refused(dir, want);
	cleanup(root, dir);
}

Test(model, truncated_file_refused)
{
	char *root, *dir = saved_tiny(&root), *path = tu_path(dir, "stance.svm");
	char want[600], *text;
	size_t len;

	text = tu_read(path, &len);
	tu_write(path, text, len - 10);
	snprintf(want, sizeof(want), "%s: truncated or changed: %zu bytes, "
		 "meta.txt says %zu", path, len - 10, len);
	expect_refused(dir, want);
	tu_write(path, text, 0);
	snprintf(want, sizeof(want), "%s: truncated or changed: 0 bytes, "
		 "meta.txt says %zu", path, len);
	expect_refused(dir, want);
	free(text);
	free(path);
	cleanup(root, dir);
}

Test(model, newer_format_version_refused)
{
	char *root, *dir = saved_tiny(&root), want[600];

	edit(dir, "meta.txt", "format stance-model 1\n", "format stance-model 2\n");
	snprintf(want, sizeof(want), "%s/meta.txt:1: model format version 2 is "
		 "not supported (this stance reads version 1): retrain it", dir);
	expect_refused(dir, want);
	cleanup(root, dir);
}

Test(model, foreign_meta_refused)
{
	char *root, *dir = saved_tiny(&root), want[600];

	edit(dir, "meta.txt", "format stance-model 1\n", "format other-model 1\n");
	snprintf(want, sizeof(want), "%s/meta.txt:1: not a stance model "
		 "(expected 'format stance-model 1')", dir);
	expect_refused(dir, want);
	cleanup(root, dir);
}

Test(model, missing_meta_refused)
{
	char *root, *dir = saved_tiny(&root), *meta = tu_path(dir, "meta.txt");
	char want[600];

	cr_assert_eq(unlink(meta), 0);
	snprintf(want, sizeof(want),
		 "%s: cannot open: No such file or directory", meta);
	expect_refused(dir, want);
	free(meta);
	cleanup(root, dir);
}

Test(model, missing_svm_file_refused)
{
	char *root, *dir = saved_tiny(&root), *svm = tu_path(dir, "sentiment.svm");
	char want[600];

	cr_assert_eq(unlink(svm), 0);
	snprintf(want, sizeof(want),
		 "%s: cannot open: No such file or directory", svm);
	expect_refused(dir, want);
	free(svm);
	cleanup(root, dir);
}

Test(model, no_such_directory_refused)
{
	expect_refused("/nonexistent-dir/model",
		       "/nonexistent-dir/model: no such model directory");
	expect_refused(TINY, TINY ": no such model directory");
}

Test(model, unlisted_file_refused)
{
	char *root, *dir = saved_tiny(&root), want[600];
	char *meta_path = tu_path(dir, "meta.txt");
	char *meta = tu_read(meta_path, NULL), *line = strstr(meta, "file stance.svm ");
	struct sbuf out = SBUF_INIT;

	cr_assert_not_null(line);
	sbuf_add(&out, meta, (size_t)(line - meta));
	sbuf_adds(&out, strchr(line, '\n') + 1);
	tu_write(meta_path, out.buf, out.len);
	snprintf(want, sizeof(want), "%s/stance.svm: not listed in meta.txt", dir);
	expect_refused(dir, want);
	sbuf_release(&out);
	free(meta);
	free(meta_path);
	cleanup(root, dir);
}

Test(model, bad_meta_lines_refused)
{
	char *root, *dir = saved_tiny(&root), want[600];
	char *meta_path = tu_path(dir, "meta.txt");
	size_t len;
	char *orig = tu_read(meta_path, &len);

	edit(dir, "meta.txt", "\nvocab ", "\nextra line\nvocab ");
	snprintf(want, sizeof(want), "%s/meta.txt:3: unknown line", dir);
	expect_refused(dir, want);

	tu_write(meta_path, orig, len);
	edit(dir, "meta.txt", "word_max=2", "word_max=9");
	snprintf(want, sizeof(want), "%s/meta.txt:2: bad value '9' for feature "
		 "option 'word_max'", dir);
	expect_refused(dir, want);

	tu_write(meta_path, orig, len);
	edit(dir, "meta.txt", "labels=pro,neutral,against", "labels=pro");
	snprintf(want, sizeof(want), "%s/meta.txt:4: a task needs at least 2 "
		 "labels", dir);
	expect_refused(dir, want);

	tu_write(meta_path, orig, len);
	edit(dir, "meta.txt", " C=", " C=-1 D=");
	snprintf(want, sizeof(want), "%s/meta.txt:4: bad C '-1'", dir);
	expect_refused(dir, want);

	tu_write(meta_path, orig, len);
	edit(dir, "meta.txt", " valence=raw", " valence=cooked");
	snprintf(want, sizeof(want), "%s/meta.txt:4: bad valence 'cooked' "
		 "(expected 'raw')", dir);
	expect_refused(dir, want);

	/* a task reading scores the featurizer would not compute */
	tu_write(meta_path, orig, len);
	edit(dir, "meta.txt", " raw_valence=1", "");
	snprintf(want, sizeof(want), "%s/meta.txt:4: task stance reads raw "
		 "valence scores, but the features line has no raw_valence=1",
		 dir);
	expect_refused(dir, want);
	free(orig);
	free(meta_path);
	cleanup(root, dir);
}

/* Line numbers in meta.txt messages count blank lines too. */
Test(model, meta_line_numbers_count_blank_lines)
{
	char *root, *dir = saved_tiny(&root), want[600];

	/* line 2 is blank, so the bad line is line 5 */
	edit(dir, "meta.txt", "\nfeatures ", "\n\nfeatures ");
	edit(dir, "meta.txt", "\ntask stance ", "\nbogus line\ntask stance ");
	snprintf(want, sizeof(want), "%s/meta.txt:5: unknown line", dir);
	expect_refused(dir, want);
	cleanup(root, dir);
}

/*
 * A file whose checksum matches but whose content is wrong (as if meta.txt
 * had been regenerated by hand) is still checked line by line.
 */
Test(model, consistent_but_bad_svm_refused)
{
	char *root, *dir = saved_tiny(&root), want[600];

	edit(dir, "stance.svm", "nr_class 3", "nr_class 2");
	rehash(dir, "stance.svm");
	snprintf(want, sizeof(want), "%s/stance.svm:3: nr_class is 2, the "
		 "model's labels say 3", dir);
	expect_refused(dir, want);
	cleanup(root, dir);
}

Test(model, consistent_but_bad_vocab_refused)
{
	char *root, *dir = saved_tiny(&root), want[600];

	edit(dir, "vocab.tsv", "1\t", "7\t");
	rehash(dir, "vocab.tsv");
	snprintf(want, sizeof(want), "%s/vocab.tsv:2: ids must run 0, 1, 2, ...",
		 dir);
	expect_refused(dir, want);
	cleanup(root, dir);
}

Test(model, consistent_but_bad_vectors_refused)
{
	char *root, *dir = saved_tiny(&root), want[600];

	edit(dir, "vectors.tsv", "\nthe\t", "\nthe\tzz");
	rehash(dir, "vectors.tsv");
	snprintf(want, sizeof(want), "%s/vectors.tsv:2: bad hex digit", dir);
	expect_refused(dir, want);
	cleanup(root, dir);
}

Test(model, vocab_size_mismatch_refused)
{
	char *root, *dir = saved_tiny(&root), *meta_path, *meta, want[600];
	unsigned long n;

	meta_path = tu_path(dir, "meta.txt");
	meta = tu_read(meta_path, NULL);
	n = strtoul(strstr(meta, "\nvocab ") + 7, NULL, 10);
	{
		char from[64], to[64];

		snprintf(from, sizeof(from), "\nvocab %lu\n", n);
		snprintf(to, sizeof(to), "\nvocab %lu\n", n + 1);
		edit(dir, "meta.txt", from, to);
	}
	snprintf(want, sizeof(want), "%s/vocab.tsv:%lu: %lu features, meta.txt "
		 "says %lu", dir, n, n, n + 1);
	expect_refused(dir, want);
	free(meta);
	free(meta_path);
	cleanup(root, dir);
}

/* ---- labels ---- */

static void sort_and_check(const char *const *in, const char *const *want,
			   int n)
{
	char label[8][32];
	int i;

	for (i = 0; i < n; i++)
		snprintf(label[i], 32, "%s", in[i]);
	model_sort_labels(label, n);
	for (i = 0; i < n; i++)
		cr_assert_str_eq(label[i], want[i], "position %d", i);
}

Test(model, sort_labels)
{
	const char *a[] = { "against", "pro", "neutral" };
	const char *a_want[] = { "pro", "neutral", "against" };
	const char *b[] = { "NONE", "AGAINST", "FAVOR" };
	const char *b_want[] = { "FAVOR", "NONE", "AGAINST" };
	const char *c[] = { "negative", "neutral", "positive" };
	const char *c_want[] = { "positive", "neutral", "negative" };
	const char *d[] = { "zeta", "against", "alpha", "pro" };
	const char *d_want[] = { "pro", "against", "alpha", "zeta" };

	sort_and_check(a, a_want, 3);
	sort_and_check(b, b_want, 3);
	sort_and_check(c, c_want, 3);
	sort_and_check(d, d_want, 4);
}

/* The shipped model (models/nato) loads and labels a quote. */
Test(model, shipped_model_loads, .timeout = 120)
{
	struct model *m = load_ok("models/nato");
	struct err e;
	struct featurizer *fz = model_featurizer(m, &e);
	struct model_prediction p;
	const char *q = "We will never join NATO.";
	int t;

	cr_assert_not_null(fz, "%s", e.msg);
	cr_assert_geq(model_task_find(m, "stance"), 0);
	model_predict(m, fz, q, strlen(q), &p);
	for (t = 0; t < m->ntask; t++)
		cr_assert(p.label[t] >= 0 && p.label[t] < m->task[t].nlabel);
	feat_free(fz);
	model_free(m);
}

/*
 * Issue #6: the shipped model's collapsed weights against libsvm itself,
 * on every quote of the shipped corpus and on the first half of each
 * (2,690 vectors): decision values within 1e-9 of svm_predict_values,
 * probabilities within 1e-9 of svm_predict_probability, and the label
 * printed is the arg-max of the probabilities printed.
 */
Test(model, shipped_model_agrees_with_libsvm_on_thousands_of_quotes,
     .timeout = 120)
{
	struct err e;
	struct model *m = model_load("models/nato", &e);
	struct featurizer *fz;
	struct csv_reader *r;
	struct csv_row row;
	struct model_prediction pred;
	double dec[MODEL_MAX_LABELS * MODEL_MAX_LABELS], prob[MODEL_MAX_LABELS];
	size_t n = 0, count, half;
	int col, t, l, p, k;

	cr_assert_not_null(m, "%s", e.msg);
	fz = model_featurizer(m, &e);
	cr_assert_not_null(fz, "%s", e.msg);
	r = csv_reader_open("corpus/nato-quotes.csv", &e);
	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	col = csv_row_find(&row, "text");
	while (csv_reader_next(r, &row, &e) == 1) {
		for (k = 0; k < 2; k++) {
			const struct feat_node *x;

			half = k ? row.len[col] / 2 : row.len[col];
			model_predict(m, fz, row.field[col], half, &pred);
			x = feat_vector(fz, m->vocab, row.field[col], half,
					&count);
			for (t = 0; t < m->ntask; t++) {
				int np = m->task[t].nlabel *
					 (m->task[t].nlabel - 1) / 2, best = 0;

				svmx_libsvm_values(m->task[t].svm, x, dec);
				for (p = 0; p < np; p++)
					cr_assert_float_eq(pred.dec[t][p], dec[p], 1e-9,
							   "quote %zu task %d pair %d",
							   n, t, p);
				svmx_libsvm_predict(m->task[t].svm, x, prob);
				for (l = 0; l < m->task[t].nlabel; l++) {
					cr_assert_float_eq(pred.prob[t][l], prob[l],
							   1e-9, "quote %zu", n);
					if (pred.prob[t][l] > pred.prob[t][best])
						best = l;
				}
				cr_assert_eq(pred.label[t], best);
			}
			n++;
		}
	}
	cr_assert_geq(n, 2000);
	csv_reader_free(r);
	feat_free(fz);
	model_free(m);
}
