/*
 * Feature extraction on arbitrary text. The first byte picks one of a few
 * option sets (stemmer language, n-gram ranges, negation, lexicon, cues,
 * and with a cue lexicon, tests/fuzz/feat_cues.tsv, the domain, window and
 * modality families); the rest is the quote. Checked: the named path (feat_extract, then
 * feat_vectorize) and the hashed one (feat_vector) give the same vector
 * (feat.h promises identical results), sorted by index, ended by -1, with
 * finite values, and every raw feature has a non-empty name of a known
 * family. The vocabulary is built from the features of a few fixed
 * sentences, so that real names match.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "feat.h"
#include "fuzz.h"
#include "lexicon.h"
#include "vocab.h"

#define NSET 6
#define CUES "tests/fuzz/feat_cues.tsv" /* repo-relative: run from the root */

static const char *const vocab_text[] = {
	"We should join NATO as soon as possible.",
	"Membership would not make us safer; it's a provocation.",
	"Neutrality has served Finland well, said the minister.",
	"Никогда не вступим в НАТО, заявил он.",
	"L'adhésion à l'OTAN n'est pas une bonne idée.",
};

static struct {
	struct featurizer *fz;
	struct vocab *vocab;
} set[NSET];
static struct lexicon *lex;
static struct feat_cues *cues;

static void opts_for(int i, struct feat_opts *o)
{
	feat_opts_default(o);
	switch (i) {
	case 1:
		o->negation = 0;
		o->lexicon = 0;
		o->word_max = 3;
		o->char_min = 2;
		o->char_max = 3;
		break;
	case 2:
		snprintf(o->lang, sizeof(o->lang), "russian");
		o->char_min = o->char_max = 0;
		o->cues = 0;
		break;
	case 3:
		o->word_max = 0;
		o->char_min = 1;
		o->char_max = 8;
		break;
	case 4: /* the defaults: every family, with the cue lexicon */
		break;
	case 5:
		o->negation = 0;
		o->vader = 0;
		o->family_weights = 0;
		o->char_text = 1;
		o->window = 1;
		o->hashtags = 1;
		break;
	}
}

static void setup(int i)
{
	struct feat_opts o;
	struct err e;
	size_t k, f, nf, len;
	int added;

	if (!lex) {
		lex = lexicon_new();
		lexicon_put(lex, "good", 4, 1.9);
		lexicon_put(lex, "safer", 5, 1.5);
		lexicon_put(lex, "provocation", 11, -2.0);
		lexicon_put(lex, "bonne", 5, 1.0);
	}
	opts_for(i, &o);
	if (i < 4) {
		set[i].fz = feat_new(&o, o.lexicon ? lex : NULL, &e);
	} else {
		if (!cues)
			cues = feat_cues_load(CUES, &e);
		if (!cues)
			fprintf(stderr, "fuzz_feat: %s\n", e.msg);
		FUZZ_CHECK(cues);
		set[i].fz = feat_new_with_cues(&o, lex, cues, &e);
	}
	if (!set[i].fz)
		fprintf(stderr, "fuzz_feat: %s\n", e.msg);
	FUZZ_CHECK(set[i].fz);
	set[i].vocab = vocab_new();
	for (k = 0; k < sizeof(vocab_text) / sizeof(vocab_text[0]); k++) {
		nf = feat_extract(set[i].fz, vocab_text[k],
				  strlen(vocab_text[k]));
		for (f = 0; f < nf; f++) {
			const char *name = feat_raw_name(set[i].fz, f, &len);
			long id = vocab_add(set[i].vocab, name, len, &added);

			vocab_set_value(set[i].vocab, id, 1.0 + (double)(id % 3));
		}
	}
}

int fuzz_feat(const uint8_t *data, size_t n)
{
	const struct feat_node *a, *b;
	struct feat_node *copy;
	const char *text = (const char *)data + 1;
	size_t na, nb, nf, f, len, i;
	int s;

	if (n == 0)
		return 0;
	s = data[0] % NSET;
	if (!set[s].fz)
		setup(s);
	n--;
	nf = feat_extract(set[s].fz, text, n);
	for (f = 0; f < nf; f++) {
		const char *name = feat_raw_name(set[s].fz, f, &len);

		FUZZ_CHECK(name && len > 0 && strlen(name) >= len);
		FUZZ_CHECK(feat_name_family(name) ==
			   feat_raw_family(set[s].fz, f));
		FUZZ_CHECK(isfinite(feat_raw_value(set[s].fz, f)));
	}
	a = feat_vectorize(set[s].fz, set[s].vocab, &na);
	copy = malloc((na + 1) * sizeof(*copy));
	FUZZ_CHECK(copy);
	memcpy(copy, a, (na + 1) * sizeof(*copy));
	b = feat_vector(set[s].fz, set[s].vocab, text, n, &nb);
	FUZZ_CHECK(na == nb);
	for (i = 0; i < na; i++) {
		FUZZ_CHECK(copy[i].index >= 1 &&
			   (size_t)copy[i].index <= vocab_size(set[s].vocab));
		FUZZ_CHECK(i == 0 || copy[i].index > copy[i - 1].index);
		FUZZ_CHECK(isfinite(copy[i].value));
		FUZZ_CHECK(copy[i].index == b[i].index);
		FUZZ_CHECK(fabs(copy[i].value - b[i].value) <= 1e-12);
	}
	FUZZ_CHECK(copy[na].index == -1 && b[nb].index == -1);
	free(copy);
	return 0;
}

FUZZ_MAIN(fuzz_feat)
