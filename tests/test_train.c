/*
 * train: a model from the hand-written corpus tests/data/train/tiny.csv,
 * repeatable to the byte, and every refusal train.h lists, each naming
 * the corpus file (and line, where there is one).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed.h"
#include "err.h"
#include "model.h"
#include "sbuf.h"
#include "svmx.h"
#include "testutil.h"
#include "train.h"
#include "vocab.h"

TestSuite(train, .init = svmx_init);

#define TINY "tests/data/train/tiny.csv"
#define VADER "models/lexicons/vader_lexicon.txt"

static struct train_opts opts(void)
{
	struct train_opts o;

	train_opts_default(&o);
	o.lexicon_path = VADER;
	return o;
}

static struct model *train_ok(const char *path, const struct train_opts *o,
			      struct train_report *rep)
{
	struct err e;
	struct model *m = train_corpus(path, o, rep, &e);

	cr_assert_not_null(m, "%s", e.msg);
	return m;
}

Test(train, tiny_corpus_two_tasks)
{
	struct train_opts o = opts();
	struct train_report rep;
	struct model *m = train_ok(TINY, &o, &rep);
	int t, l;

	cr_assert_eq(rep.nquote, 42);
	cr_assert_eq(rep.ntask, 2);
	cr_assert_eq(m->ntask, 2);
	cr_assert_eq(rep.nfeature, vocab_size(m->vocab));
	cr_assert_gt(rep.nfeature, 100);
	cr_assert_str_eq(m->task[0].name, "stance");
	cr_assert_str_eq(m->task[0].column, "stance");
	cr_assert_str_eq(m->task[1].name, "sentiment");
	cr_assert_str_eq(m->task[1].column, "sentiment");
	cr_assert_eq(m->task[0].nlabel, 3);
	cr_assert_str_eq(m->task[0].label[0], "pro");
	cr_assert_str_eq(m->task[0].label[1], "neutral");
	cr_assert_str_eq(m->task[0].label[2], "against");
	cr_assert_str_eq(m->task[1].label[0], "positive");
	cr_assert_str_eq(m->task[1].label[1], "neutral");
	cr_assert_str_eq(m->task[1].label[2], "negative");
	cr_assert_eq(rep.task[0].count[0], 14);
	cr_assert_eq(rep.task[0].count[1], 14);
	cr_assert_eq(rep.task[0].count[2], 14);
	cr_assert_eq(rep.task[1].count[0], 15);
	cr_assert_eq(rep.task[1].count[1], 13);
	cr_assert_eq(rep.task[1].count[2], 14);
	for (t = 0; t < 2; t++) {
		cr_assert_str_eq(rep.task[t].name, m->task[t].name);
		cr_assert_gt(m->task[t].C, 0);
		cr_assert_eq(rep.task[t].C, m->task[t].C);
		cr_assert(rep.task[t].cv_macro_f1 >= 0 &&
			  rep.task[t].cv_macro_f1 <= 1);
		cr_assert(rep.task[t].cv_accuracy > 1.0 / 3,
			  "%s: CV accuracy %g is chance level", m->task[t].name,
			  rep.task[t].cv_accuracy);
		cr_assert_not_null(m->task[t].svm);
		cr_assert_eq(svmx_nr_class(m->task[t].svm), 3);
		for (l = 0; l < 3; l++)
			cr_assert_gt(rep.task[t].count[l], 0);
	}
	cr_assert_not_null(m->lex);
	model_free(m);
}

/* The model labels its own training quotes mostly right. */
Test(train, fits_its_training_data)
{
	struct train_opts o = opts();
	struct model *m;

	/* see raw_valence_scores_for_stance_only: the labels here come
	 * from probabilities, whose sigmoids 42 quotes cannot fit well */
	o.raw_valence_tasks = "";
	m = train_ok(TINY, &o, NULL);
	struct err e;
	struct featurizer *fz = model_featurizer(m, &e);
	struct model_prediction p;

	cr_assert_not_null(fz, "%s", e.msg);
	model_predict(m, fz, "We will never join NATO.", 24, &p);
	cr_assert_str_eq(m->task[0].label[p.label[0]], "against");
	model_predict(m, fz, "We should join NATO as soon as possible.", 40, &p);
	cr_assert_str_eq(m->task[0].label[p.label[0]], "pro");
	feat_free(fz);
	model_free(m);
}

/*
 * With raw_valence (the default for stance), the stance model reads the
 * lexicon and VADER scores blind to negation and the sentiment model the
 * negated ones: each task's vectors lack the other kind, its weights on
 * them are 0, a saved model says so, and the stance SVM's decision
 * values still fit the training quotes.
 */
Test(train, raw_valence_scores_for_stance_only)
{
	struct train_opts o = opts();
	struct model *m = train_ok(TINY, &o, NULL), *back;
	char *dir = tu_tmpdir(), *md = tu_path(dir, "m");
	struct featurizer *fz;
	struct model_prediction p;
	struct err e;
	size_t i, n, len, right = 0, rows = 0;
	int st = model_task_find(m, "stance"), se = model_task_find(m, "sentiment");
	int t, q, raw_seen = 0, negated_seen = 0;
	FILE *fp;
	char line[4096];

	cr_assert(m->feat.raw_valence);
	cr_assert(st >= 0 && se >= 0);
	cr_assert(m->task[st].raw_valence && !m->task[se].raw_valence);
	n = vocab_size(m->vocab);
	for (i = 0; i < n; i++) {
		const char *name = vocab_name(m->vocab, (long)i, &len);
		int raw = !strncmp(name, "l:raw_", 6) || !strncmp(name, "v:raw_", 6);
		static const char *const scored[] = {
			"l:compound", "l:pos_share", "l:neg_share", "l:pos",
			"l:neg", "l:negated", "v:compound", "v:pos", "v:neg",
			"v:after_but",
		};
		int negated = 0;

		for (q = 0; q < 10; q++)
			negated |= !strcmp(name, scored[q]);

		raw_seen += raw;
		negated_seen += negated;
		for (t = 0; t < m->ntask; t++) {
			int dropped = 0;
			size_t k;

			for (k = 0; k < m->task[t].ndrop; k++)
				dropped |= m->task[t].drop[k] == (long)i;
			if (raw || negated)
				cr_assert_eq(dropped, t == st ? negated : raw,
					     "%s, task %d", name, t);
			else
				cr_assert(!dropped, "%s", name);
			/* what a task drops weighs nothing in the joint rows */
			for (q = 0; dropped && q < 3; q++)
				cr_assert_eq(m->w[(i + 1) * m->w_stride +
						  (size_t)(m->w_off[t] + q)], 0);
		}
	}
	cr_assert_geq(raw_seen, 8);
	cr_assert_geq(negated_seen, 9);
	/* the decision values (pairs 0-1, 0-2, 1-2) fit the training quotes */
	fz = model_featurizer(m, &e);
	cr_assert_not_null(fz, "%s", e.msg);
	fp = fopen(TINY, "r");
	cr_assert_not_null(fp);
	cr_assert_not_null(fgets(line, sizeof(line), fp)); /* header */
	while (fgets(line, sizeof(line), fp)) {
		char *text = strchr(line, ',') + 1, *label = strrchr(line, ',');
		int votes[3] = { 0 }, best = 0, gold;

		*label = '\0';
		label = strrchr(text, ',');
		*label++ = '\0';
		gold = !strcmp(label, "pro") ? 0 : !strcmp(label, "neutral") ? 1 : 2;
		model_predict(m, fz, text, strlen(text), &p);
		votes[p.dec[st][0] > 0 ? 0 : 1]++;
		votes[p.dec[st][1] > 0 ? 0 : 2]++;
		votes[p.dec[st][2] > 0 ? 1 : 2]++;
		for (q = 1; q < 3; q++)
			if (votes[q] > votes[best])
				best = q;
		right += best == gold;
		rows++;
	}
	fclose(fp);
	cr_assert_eq(rows, 42);
	cr_assert_geq(right, 40, "%zu of 42", right);
	/* saved and loaded, the tasks read the same features */
	cr_assert_eq(model_save(m, md, &e), 0, "%s", e.msg);
	back = model_load(md, &e);
	cr_assert_not_null(back, "%s", e.msg);
	for (t = 0; t < m->ntask; t++) {
		cr_assert_eq(back->task[t].raw_valence, m->task[t].raw_valence);
		cr_assert_eq(back->task[t].ndrop, m->task[t].ndrop);
	}
	model_free(back);
	feat_free(fz);
	model_free(m);
	tu_rmtree(dir);
	free(md);
	free(dir);
}

/*
 * A non-linear model has no joint weights to zero: its vector path drops
 * what a task does not read, so the RBF stance model's probabilities are
 * libsvm's own on the vector without the negated scores.
 */
Test(train, rbf_task_reads_its_own_vector)
{
	struct train_opts o = opts();
	struct model *m;
	struct featurizer *fz;
	struct model_prediction p;
	struct feat_node *buf = NULL;
	const struct feat_node *x;
	double prob[MODEL_MAX_LABELS];
	struct err e;
	size_t count, cap = 0, q, l;
	const char *text[] = { "We will never join NATO, it is not good.",
			       "Membership would not be a bad idea at all." };
	int st;

	o.kernel = SVMX_RBF;
	m = train_ok(TINY, &o, NULL);
	st = model_task_find(m, "stance");
	cr_assert_null(m->w, "no joint weights for RBF");
	cr_assert_gt(m->task[st].ndrop, 0);
	fz = model_featurizer(m, &e);
	cr_assert_not_null(fz, "%s", e.msg);
	for (q = 0; q < 2; q++) {
		model_predict(m, fz, text[q], strlen(text[q]), &p);
		x = feat_vector(fz, m->vocab, text[q], strlen(text[q]), &count);
		x = model_task_vector(m, st, x, count, &buf, &cap);
		for (count = 0; x[count].index != -1; count++)
			cr_assert(feat_valence_kept(vocab_name(m->vocab,
					x[count].index - 1, &l), l, 1));
		svmx_libsvm_predict(m->task[st].svm, x, prob);
		for (l = 0; l < (size_t)m->task[st].nlabel; l++)
			cr_assert_float_eq(p.prob[st][l], prob[l], 1e-9);
	}
	free(buf);
	feat_free(fz);
	model_free(m);
}

/* Every file of two saved trainings, compared byte for byte. */
Test(train, twice_gives_identical_files)
{
	const char *files[] = { "meta.txt", "vocab.tsv", "lexicon.tsv",
				"stance.svm", "sentiment.svm", "cues.tsv",
				"vectors.tsv" };
	struct train_opts o = opts();
	char *dir = tu_tmpdir(), *a = tu_path(dir, "a"), *b = tu_path(dir, "b");
	struct model *m;
	struct err e;
	size_t i;

	m = train_ok(TINY, &o, NULL);
	cr_assert_eq(model_save(m, a, &e), 0, "%s", e.msg);
	model_free(m);
	m = train_ok(TINY, &o, NULL);
	cr_assert_eq(model_save(m, b, &e), 0, "%s", e.msg);
	model_free(m);
	cr_assert_eq(tu_count_entries(a), 7); /* with cues.tsv and vectors.tsv */
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char *pa = tu_path(a, files[i]), *pb = tu_path(b, files[i]);
		size_t la, lb;
		char *ta = tu_read(pa, &la), *tb = tu_read(pb, &lb);

		cr_assert(la > 0 && la == lb && !memcmp(ta, tb, la),
			  "%s differs between two trainings", files[i]);
		free(ta);
		free(tb);
		free(pa);
		free(pb);
	}
	tu_rmtree(dir);
	free(a);
	free(b);
	free(dir);
}

/* A corpus in a temporary file. */
struct tmpcsv {
	char *dir, *path;
};

static struct tmpcsv write_csv(const char *text)
{
	struct tmpcsv t;

	t.dir = tu_tmpdir();
	t.path = tu_path(t.dir, "corpus.csv");
	tu_write_str(t.path, text);
	return t;
}

static void drop_csv(struct tmpcsv *t)
{
	tu_rmtree(t->dir);
	free(t->path);
	free(t->dir);
}

/* Training on text must fail with "<path>" followed by want. */
static void expect_refused(const char *text, const struct train_opts *o,
			   const char *want)
{
	struct tmpcsv t = write_csv(text);
	struct err e;
	char full[600];

	cr_assert_null(train_corpus(t.path, o, NULL, &e), "trained on: %s",
		       text);
	snprintf(full, sizeof(full), "%s%s", t.path, want);
	cr_assert_str_eq(e.msg, full);
	drop_csv(&t);
}

#define ROWS \
	"1,we join,pro,positive\n" \
	"2,we stay,against,negative\n"

Test(train, empty_file_refused)
{
	struct train_opts o = opts();

	expect_refused("", &o, ": empty file: no header row");
}

Test(train, header_only_refused)
{
	struct train_opts o = opts();

	expect_refused("id,text,stance,sentiment\n", &o,
		       ": no rows after the header");
	/* blank lines are not rows either */
	expect_refused("id,text,stance,sentiment\n\n\n", &o,
		       ": no rows after the header");
}

Test(train, missing_text_column_refused)
{
	struct train_opts o = opts();

	expect_refused("id,quote,stance,sentiment\n" ROWS, &o,
		       ":1: no column 'text' in the header");
	o.text_col = "quote";
	o.stance_col = "position";
	expect_refused("id,quote,stance,sentiment\n" ROWS, &o,
		       ":1: no column 'position' in the header");
}

Test(train, missing_stance_column_refused)
{
	struct train_opts o = opts();

	expect_refused("id,text,label,sentiment\n" ROWS, &o,
		       ":1: no column 'stance' in the header");
}

Test(train, empty_label_names_line)
{
	struct train_opts o = opts();

	expect_refused("id,text,stance,sentiment\n"
		       "1,we join,pro,positive\n"
		       "2,\"a quote\nover two lines\",against,negative\n"
		       "3,we wait,,neutral\n", &o,
		       ":5: empty label in column 'stance'");
	expect_refused("id,text,stance,sentiment\n"
		       "1,we join,pro,positive\n"
		       "2,we stay,against,\n", &o,
		       ":3: empty label in column 'sentiment'");
}

Test(train, unknown_label_refused_when_labels_given)
{
	struct train_opts o = opts();

	o.stance_labels = "pro,neutral,against";
	expect_refused("id,text,stance,sentiment\n" ROWS
		       "3,maybe later,undecided,neutral\n", &o,
		       ":4: unknown label 'undecided' in column 'stance' "
		       "(expected one of pro,neutral,against)");
	/* a prefix of an allowed label is not allowed */
	expect_refused("id,text,stance,sentiment\n"
		       "1,we join,pr,positive\n", &o,
		       ":2: unknown label 'pr' in column 'stance' "
		       "(expected one of pro,neutral,against)");
	o.stance_labels = NULL;
	o.sentiment_labels = "positive,negative";
	expect_refused("id,text,stance,sentiment\n" ROWS
		       "3,maybe,pro,neutral\n", &o,
		       ":4: unknown label 'neutral' in column 'sentiment' "
		       "(expected one of positive,negative)");
}

Test(train, label_characters_checked)
{
	struct train_opts o = opts();

	expect_refused("id,text,stance,sentiment\n" ROWS
		       "3,hmm,pro or not,neutral\n", &o,
		       ":4: label 'pro or not' in column 'stance' must be "
		       "letters, digits, '-' or '_'");
}

Test(train, single_class_column_refused)
{
	struct train_opts o = opts();

	expect_refused("id,text,stance,sentiment\n"
		       "1,we join,pro,positive\n"
		       "2,we join now,pro,negative\n", &o,
		       ": column 'stance' has a single label 'pro': "
		       "nothing to learn");
	expect_refused("id,text,stance,sentiment\n"
		       "1,we join,pro,neutral\n"
		       "2,we stay,against,neutral\n", &o,
		       ": column 'sentiment' has a single label 'neutral': "
		       "nothing to learn");
}

Test(train, short_row_refused)
{
	struct train_opts o = opts();

	expect_refused("id,stance,sentiment,note,text\n" ROWS, &o,
		       ":2: 4 fields, the header has more");
}

Test(train, missing_label_field_refused)
{
	struct train_opts o = opts();

	expect_refused("text,stance\nwe join,pro\nwe stay\n", &o,
		       ":3: missing field 'stance'");
}

Test(train, too_many_labels_refused)
{
	struct train_opts o = opts();
	struct sbuf sb = SBUF_INIT;
	int i;

	sbuf_adds(&sb, "text,stance\n");
	for (i = 0; i < 17; i++)
		sbuf_addf(&sb, "quote %d,l%d\n", i, i);
	expect_refused(sb.buf, &o,
		       ":18: more than 16 labels in column 'stance'");
	sbuf_release(&sb);
}

/*
 * A 40-letter label is refused for its length; the message should say
 * so rather than blame its (valid) characters.
 */
Test(train, long_label_message_names_the_length)
{
	struct train_opts o = opts();
	struct tmpcsv t = write_csv("text,stance\nwe join,pro\n"
				    "we stay,abcdefghijabcdefghijabcdefghijabcdefghij\n");
	struct err e;

	cr_assert_null(train_corpus(t.path, &o, NULL, &e));
	cr_assert(!strncmp(e.msg, t.path, strlen(t.path)) &&
		  !strncmp(e.msg + strlen(t.path), ":3: ", 4), "%s", e.msg);
	cr_assert(strstr(e.msg, "long") || strstr(e.msg, "31"),
		  "the message does not mention the length limit: %s", e.msg);
	drop_csv(&t);
}

/* Spreadsheet exports: a UTF-8 BOM before the header and CRLF line ends. */
Test(train, bom_and_crlf_corpus)
{
	struct train_opts o = opts();
	struct tmpcsv t = write_csv("\xef\xbb\xbftext,stance\r\n"
				    "we join nato,pro\r\n"
				    "we join the alliance,pro\r\n"
				    "we stay out of nato,against\r\n"
				    "we stay out of the alliance,against\r\n");
	struct model *m;

	o.folds = 2;
	o.feat.min_df = 1;
	m = train_ok(t.path, &o, NULL);
	cr_assert_str_eq(m->task[0].label[0], "pro");
	cr_assert_str_eq(m->task[0].label[1], "against", "CR kept in a label?");
	model_free(m);
	drop_csv(&t);
}

Test(train, missing_corpus_refused)
{
	struct train_opts o = opts();
	struct err e;

	cr_assert_null(train_corpus("tests/data/train/nope.csv", &o, NULL, &e));
	cr_assert_str_eq(e.msg, "tests/data/train/nope.csv: cannot open: "
			 "No such file or directory");
}

Test(train, missing_lexicon_refused)
{
	struct train_opts o = opts();
	struct err e;

	o.lexicon_path = "tests/data/train/no_lexicon.txt";
	cr_assert_null(train_corpus(TINY, &o, NULL, &e));
	cr_assert_str_eq(e.msg, "tests/data/train/no_lexicon.txt: cannot open: "
			 "No such file or directory");
}

/*
 * The word vectors: found beside the lexicon (the shipped ones), or given
 * with vectors_path; none beside the lexicon leaves e: out; a bad file
 * is refused with its line.
 */
Test(train, word_vectors_found_given_or_left_out)
{
	struct train_opts o = opts();
	struct model *m;
	struct err e;
	char *dir = tu_tmpdir(), *lex = tu_path(dir, "lexicon.txt");
	char *bad = tu_path(dir, "bad.tsv"), want[600];

	m = train_ok(TINY, &o, NULL);
	cr_assert_eq(m->feat.embed, 1);
	cr_assert_not_null(m->emb);
	cr_assert_eq(embed_size(m->emb), 30000, "the shipped vectors");
	cr_assert_geq(vocab_find(m->vocab, "e:0", 3), 0);
	model_free(m);
	o.vectors_path = "tests/data/embed/tiny.tsv";
	m = train_ok(TINY, &o, NULL);
	cr_assert_eq(embed_dim(m->emb), 4);
	cr_assert_lt(vocab_find(m->vocab, "e:4", 3), 0);
	model_free(m);
	/* a lexicon with no vectors beside it */
	tu_write_str(lex, "good\t2\nbad\t-2\n");
	o.vectors_path = NULL;
	o.lexicon_path = lex;
	m = train_ok(TINY, &o, NULL);
	cr_assert_eq(m->feat.embed, 0, "left out, and meta.txt will say so");
	cr_assert_null(m->emb);
	cr_assert_lt(vocab_find(m->vocab, "e:0", 3), 0);
	model_free(m);
	tu_write_str(bad, "good\t7f00\nbad\t7f\n");
	o.vectors_path = bad;
	cr_assert_null(train_corpus(TINY, &o, NULL, &e));
	snprintf(want, sizeof(want), "%s:2: vector length differs from the "
		 "first line's", bad);
	cr_assert_str_eq(e.msg, want);
	tu_rmtree(dir);
	free(lex);
	free(bad);
	free(dir);
}

Test(train, unknown_language_refused)
{
	struct train_opts o = opts();
	struct err e;

	snprintf(o.feat.lang, sizeof(o.feat.lang), "elvish");
	cr_assert_null(train_corpus(TINY, &o, NULL, &e));
	cr_assert(!strncmp(e.msg, "unknown stemmer language 'elvish' (known: ",
			   42), "%s", e.msg);
}

Test(train, too_few_folds_refused)
{
	struct train_opts o = opts();
	struct err e;

	o.folds = 1;
	cr_assert_null(train_corpus(TINY, &o, NULL, &e));
	cr_assert_str_eq(e.msg, "cross-validation needs at least 2 folds");
}

/*
 * FAVOR/AGAINST/NONE (SemEval's labels; tiny_semeval.csv is tiny.csv with
 * pro, neutral, against renamed and no sentiment) work and sort FAVOR,
 * NONE, AGAINST.
 */
Test(train, semeval_labels_ordered)
{
	struct train_opts o = opts();
	struct train_report rep;
	struct model *m;

	o.stance_labels = "FAVOR,AGAINST,NONE";
	m = train_ok("tests/data/train/tiny_semeval.csv", &o, &rep);
	cr_assert_eq(m->ntask, 1);
	cr_assert_eq(m->task[0].nlabel, 3);
	cr_assert_str_eq(m->task[0].label[0], "FAVOR");
	cr_assert_str_eq(m->task[0].label[1], "NONE");
	cr_assert_str_eq(m->task[0].label[2], "AGAINST");
	cr_assert_eq(rep.task[0].count[0], 14);
	cr_assert_eq(rep.task[0].count[2], 14);
	model_free(m);
}

Test(train, sentiment_optional)
{
	struct train_opts o = opts();
	struct tmpcsv t = write_csv("text,stance\n"
				    "we join nato,pro\n"
				    "we join the alliance,pro\n"
				    "we stay out of nato,against\n"
				    "we stay out of the alliance,against\n"
				    "join now,pro\n"
				    "stay out,against\n");
	struct train_report rep;
	struct model *m;

	o.folds = 2;
	o.feat.min_df = 1;
	m = train_ok(t.path, &o, &rep);
	cr_assert_eq(m->ntask, 1);
	cr_assert_eq(rep.ntask, 1);
	cr_assert_str_eq(m->task[0].label[0], "pro");
	cr_assert_str_eq(m->task[0].label[1], "against");
	model_free(m);
	/* and can be left out when present */
	o.sentiment_col = NULL;
	m = train_ok(TINY, &o, &rep);
	cr_assert_eq(m->ntask, 1);
	model_free(m);
	drop_csv(&t);
}

Test(train, fixed_c_and_min_df)
{
	struct train_opts o = opts();
	struct train_report r1, r2;
	struct model *m;

	o.C = 2.5;
	o.feat.min_df = 1;
	m = train_ok(TINY, &o, &r1);
	cr_assert_eq(m->task[0].C, 2.5);
	cr_assert_eq(m->task[1].C, 2.5);
	cr_assert_eq(r1.task[0].C, 2.5);
	model_free(m);
	o.feat.min_df = 3;
	m = train_ok(TINY, &o, &r2);
	cr_assert_lt(r2.nfeature, r1.nfeature,
		     "min_df 3 keeps %zu features, min_df 1 %zu", r2.nfeature,
		     r1.nfeature);
	model_free(m);
}

/* Vocabulary: sorted by name, idf for w/c/x, 1 for the others (train.c). */
Test(train, vocabulary_sorted_with_idf)
{
	struct train_opts o = opts();
	struct model *m = train_ok(TINY, &o, NULL);
	size_t i, n = vocab_size(m->vocab);

	for (i = 0; i < n; i++) {
		const char *name = vocab_name(m->vocab, (long)i, NULL);
		double v = vocab_value(m->vocab, (long)i);
		enum feat_family f = feat_name_family(name);

		if (i)
			cr_assert_lt(strcmp(vocab_name(m->vocab, (long)i - 1, NULL),
					    name), 0, "vocabulary not sorted");
		if (feat_family_tfidf(f))
			cr_assert_geq(v, 1, "'%s' idf %g", name, v);
		else
			cr_assert_eq(v, 1, "'%s' weight %g", name, v);
	}
	cr_assert_geq(vocab_find(m->vocab, "w:nato", 6), 0);
	cr_assert_geq(vocab_find(m->vocab, "t:nato", 6), 0);
	model_free(m);
}

/*
 * --select-by: C chosen by the mean F1 of the named stance labels. The
 * reported CV score is that mean, never above the best label's F1 and
 * different from macro-F1 in general; labels the task lacks leave the
 * macro-F1 in charge (the same C and score as without the option).
 */
Test(train, select_by_labels_scores_c_by_their_mean_f1)
{
	struct train_opts o = opts();
	struct train_report plain, favg, none;
	struct model *m;

	m = train_ok(TINY, &o, &plain);
	model_free(m);
	o.select_labels = "pro,against";
	m = train_ok(TINY, &o, &favg);
	model_free(m);
	o.select_labels = "FAVOR,AGAINST";
	m = train_ok(TINY, &o, &none);
	model_free(m);
	cr_assert(favg.task[0].cv_macro_f1 >= 0 && favg.task[0].cv_macro_f1 <= 1);
	cr_assert_float_eq(none.task[0].cv_macro_f1, plain.task[0].cv_macro_f1,
			   1e-12);
	cr_assert_float_eq(none.task[0].C, plain.task[0].C, 1e-12);
	/* sentiment is never selected by stance labels */
	cr_assert_float_eq(favg.task[1].cv_macro_f1, plain.task[1].cv_macro_f1,
			   1e-12);
}

/*
 * --kernel auto: linear is searched first and kept unless poly or RBF
 * beats its CV score strictly, so the chosen score is never below the
 * linear one, an equal score means linear, and the model carries the
 * kernel the report names.
 */
Test(train, auto_kernel_keeps_linear_unless_beaten)
{
	struct train_opts o = opts();
	struct train_report lin, any;
	struct model *m;
	int t;

	m = train_ok(TINY, &o, &lin);
	model_free(m);
	o.auto_kernel = 1;
	m = train_ok(TINY, &o, &any);
	for (t = 0; t < 2; t++) {
		cr_assert_eq(lin.task[t].kernel, SVMX_LINEAR);
		cr_assert_geq(any.task[t].cv_macro_f1, lin.task[t].cv_macro_f1);
		if (any.task[t].cv_macro_f1 == lin.task[t].cv_macro_f1) {
			cr_assert_eq(any.task[t].kernel, SVMX_LINEAR);
			cr_assert_eq(any.task[t].C, lin.task[t].C);
		}
		cr_assert_eq(svmx_model_kernel(m->task[t].svm),
			     any.task[t].kernel);
	}
	model_free(m);
}
