/*
 * cv: a fold's model is fitted on its training rows only. Every row of
 * tests/data/cv/tiny.csv carries a word of its own (zqa, zqb, ...): the
 * words of the held-out fold must not be in the vocabulary of the model
 * trained on the other folds, while the training rows' words are.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "metrics.h"
#include "model.h"
#include "svmx.h"
#include "train.h"
#include "vocab.h"

#define TINY "tests/data/cv/tiny.csv"

TestSuite(cv, .init = svmx_init); /* libsvm stays quiet */

static void tiny_opts(struct train_opts *o)
{
	train_opts_default(o);
	o->feat.lexicon = 0;
	o->feat.min_df = 1; /* every word of a training row is kept */
	o->C = 1;
	o->folds = 2;
}

/* "w:zqX", the feature of row i's own word (last word of its text). */
static void own_word(const struct train_data *d, size_t i, char *buf,
		     size_t size)
{
	const char *w = strrchr(d->text[i], ' ');

	cr_assert_not_null(w);
	snprintf(buf, size, "w:%s", w + 1);
}

Test(cv, held_out_words_stay_out_of_the_training_vocabulary)
{
	struct train_opts o;
	struct train_data d;
	struct err e;
	struct model *m;
	int fold[18], f;
	size_t idx[18], n, i;
	char name[32];

	tiny_opts(&o);
	cr_assert_eq(train_data_read(&d, TINY, &o, &e), 0, "%s", e.msg);
	cr_assert_eq(d.n, 18);
	cr_assert_eq(metrics_folds(d.task[0].y, d.n, 3, 1, fold, &e), 0);
	for (f = 0; f < 3; f++) {
		for (i = 0, n = 0; i < d.n; i++)
			if (fold[i] != f)
				idx[n++] = i;
		cr_assert_eq(n, 12);
		m = train_model(&d, idx, n, &o, NULL, &e);
		cr_assert_not_null(m, "%s", e.msg);
		for (i = 0; i < d.n; i++) {
			long id;

			own_word(&d, i, name, sizeof(name));
			id = vocab_find(m->vocab, name, strlen(name));
			if (fold[i] == f)
				cr_assert_eq(id, -1, "fold %d: held-out '%s' leaked",
					     f, name);
			else
				cr_assert_neq(id, -1, "fold %d: training '%s' missing",
					      f, name);
		}
		model_free(m);
	}
	train_data_release(&d);
}

Test(cv, folds_of_the_fixture_hold_two_of_each_stance)
{
	struct train_opts o;
	struct train_data d;
	struct err e;
	int fold[18], per[3][3] = { { 0 } }, f, l;
	size_t i;

	tiny_opts(&o);
	cr_assert_eq(train_data_read(&d, TINY, &o, &e), 0, "%s", e.msg);
	cr_assert_eq(metrics_folds(d.task[0].y, d.n, 3, 42, fold, &e), 0);
	for (i = 0; i < d.n; i++)
		per[fold[i]][d.task[0].y[i]]++;
	for (f = 0; f < 3; f++)
		for (l = 0; l < 3; l++)
			cr_assert_eq(per[f][l], 2, "fold %d, %s: %d rows", f,
				     d.task[0].label[l], per[f][l]);
	train_data_release(&d);
}
