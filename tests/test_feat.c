/*
 * feat: the named features of feat.h (word n-grams with negation scopes,
 * character n-grams, lexicon scores, target cues), their weighting by
 * feat_vectorize, and the option text round trip.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "embed.h"
#include "feat.h"
#include "lexicon.h"
#include "sbuf.h"
#include "vocab.h"

#define ABSENT (-12345.0)

/*
 * Options with only the families named in "wcltkxmve" switched on (x: a
 * window of 2), and the family weights with 'f'.
 */
static struct feat_opts opts(const char *families)
{
	struct feat_opts o;

	feat_opts_default(&o);
	if (!strchr(families, 'w'))
		o.word_max = 0;
	if (!strchr(families, 'c'))
		o.char_min = o.char_max = 0;
	o.lexicon = strchr(families, 'l') != NULL;
	o.cues = strchr(families, 't') != NULL;
	o.domain = strchr(families, 'k') != NULL;
	o.window = strchr(families, 'x') ? 2 : 0;
	o.modality = strchr(families, 'm') != NULL;
	o.vader = strchr(families, 'v') != NULL;
	o.family_weights = strchr(families, 'f') != NULL;
	o.embed = strchr(families, 'e') != NULL;
	o.raw_valence = strchr(families, 'r') != NULL;
	return o;
}

static struct featurizer *fz_new(const struct feat_opts *o,
				 const struct lexicon *lx)
{
	struct err e;
	struct featurizer *fz = feat_new(o, lx, &e);

	cr_assert_not_null(fz, "%s", e.msg);
	return fz;
}

static size_t extract(struct featurizer *fz, const char *text)
{
	return feat_extract(fz, text, strlen(text));
}

/* Raw value of the feature called name after the last extract, or ABSENT. */
static double val(const struct featurizer *fz, size_t n, const char *name)
{
	size_t i, len;

	for (i = 0; i < n; i++) {
		const char *s = feat_raw_name(fz, i, &len);

		if (len == strlen(name) && !memcmp(s, name, len))
			return feat_raw_value(fz, i);
	}
	return ABSENT;
}

/* How many features have a name containing sub. */
static size_t count_with(const struct featurizer *fz, size_t n,
			 const char *sub)
{
	size_t i, len, k = 0;

	for (i = 0; i < n; i++) {
		const char *s = feat_raw_name(fz, i, &len);

		k += strstr(s, sub) != NULL;
	}
	return k;
}

#define HAS(fz, n, name) \
	cr_assert_neq(val(fz, n, name), ABSENT, "no feature '%s'", name)
#define HASNT(fz, n, name) \
	cr_assert_eq(val(fz, n, name), ABSENT, "unexpected feature '%s'", name)

/* ---- negation ---- */

Test(feat, negation_scope_marks_words_until_punctuation)
{
	struct feat_opts o = opts("w");
	struct featurizer *fz;
	size_t n;

	o.word_max = 1;
	fz = fz_new(&o, NULL);
	n = extract(fz, "we will not join nato .");
	HAS(fz, n, "w:we");
	HAS(fz, n, "w:will");
	HAS(fz, n, "w:not");
	HAS(fz, n, "w:join/NEG");
	HAS(fz, n, "w:nato/NEG");
	HASNT(fz, n, "w:join");
	HASNT(fz, n, "w:nato");
	HASNT(fz, n, "w:not/NEG");
	cr_assert_eq(n, 5, "punctuation makes no word feature");

	n = extract(fz, "we will not join nato. we join nato");
	HAS(fz, n, "w:join/NEG");
	cr_assert_eq(val(fz, n, "w:join"), 1, "the scope ended at '.'");
	cr_assert_eq(val(fz, n, "w:nato"), 1);
	cr_assert_eq(val(fz, n, "w:we"), 2);
	feat_free(fz);
}

Test(feat, negation_scope_ends_at_comma_excl_quest)
{
	struct feat_opts o = opts("w");
	struct featurizer *fz;
	size_t n;

	o.word_max = 1;
	fz = fz_new(&o, NULL);
	n = extract(fz, "not now, join nato");
	HAS(fz, n, "w:now/NEG");
	HAS(fz, n, "w:join");
	HASNT(fz, n, "w:join/NEG");
	n = extract(fz, "never! join");
	HAS(fz, n, "w:join");
	n = extract(fz, "why not? join");
	HAS(fz, n, "w:join");
	feat_free(fz);
}

Test(feat, negators_listed_in_the_header)
{
	const char *neg[] = { "not", "no", "never", "cannot", "nor", "without",
			      "don't", "isn't", "won't" };
	struct feat_opts o = opts("w");
	struct featurizer *fz;
	size_t i, n;

	o.word_max = 1;
	fz = fz_new(&o, NULL);
	for (i = 0; i < sizeof(neg) / sizeof(neg[0]); i++) {
		char text[64];

		snprintf(text, sizeof(text), "%s nato", neg[i]);
		n = extract(fz, text);
		cr_assert_neq(val(fz, n, "w:nato/NEG"), ABSENT,
			      "'%s' did not open a scope", neg[i]);
	}
	n = extract(fz, "now nato");
	HAS(fz, n, "w:nato");
	n = extract(fz, "Don\xe2\x80\x99t join"); /* curly apostrophe, upper case */
	HAS(fz, n, "w:join/NEG");
	feat_free(fz);
}

Test(feat, negation_off_marks_nothing)
{
	struct feat_opts o = opts("wt");
	struct featurizer *fz;
	size_t n;

	o.negation = 0;
	fz = fz_new(&o, NULL);
	n = extract(fz, "we will not join nato");
	cr_assert_eq(count_with(fz, n, "/NEG"), 0);
	HAS(fz, n, "w:join");
	HAS(fz, n, "t:nato");
	feat_free(fz);
}

/* ---- word n-grams ---- */

Test(feat, bigrams_within_phrases_only)
{
	struct feat_opts o = opts("w");
	struct featurizer *fz = fz_new(&o, NULL);
	size_t n = extract(fz, "join nato now. later");

	HAS(fz, n, "w:join nato");
	HAS(fz, n, "w:nato now");
	HASNT(fz, n, "w:now later");
	HASNT(fz, n, "w:now .");
	HAS(fz, n, "w:later");
	cr_assert_eq(n, 6, "4 unigrams and 2 bigrams, got %zu", n);
	/* bigrams join stems, and carry no /NEG mark */
	n = extract(fz, "not joining alliances");
	HAS(fz, n, "w:join allianc");
	HAS(fz, n, "w:not join");
	feat_free(fz);
}

Test(feat, word_max_one_gives_unigrams_only)
{
	struct feat_opts o = opts("w");
	struct featurizer *fz;
	size_t n;

	o.word_max = 1;
	fz = fz_new(&o, NULL);
	n = extract(fz, "join nato now");
	cr_assert_eq(n, 3);
	cr_assert_eq(count_with(fz, n, " "), 0);
	feat_free(fz);
}

Test(feat, word_max_three_gives_trigrams)
{
	struct feat_opts o = opts("w");
	struct featurizer *fz;
	size_t n;

	o.word_max = 3;
	fz = fz_new(&o, NULL);
	n = extract(fz, "we join nato, now");
	HAS(fz, n, "w:we join nato");
	HAS(fz, n, "w:we join");
	HAS(fz, n, "w:join nato");
	HASNT(fz, n, "w:join nato now");
	cr_assert_eq(n, 7, "4 unigrams, 2 bigrams, 1 trigram; got %zu", n);
	feat_free(fz);
}

Test(feat, word_max_zero_gives_no_words)
{
	struct feat_opts o = opts("t");
	struct featurizer *fz = fz_new(&o, NULL);
	size_t n = extract(fz, "join nato now");

	cr_assert_eq(count_with(fz, n, "w:"), 0);
	HAS(fz, n, "t:nato");
	feat_free(fz);
}

Test(feat, counts_and_special_tokens)
{
	struct feat_opts o = opts("w");
	struct featurizer *fz;
	size_t n;

	o.word_max = 1;
	fz = fz_new(&o, NULL);
	n = extract(fz, "NATO nato Nato! #NATO @nato 3.5 ?");
	cr_assert_eq(val(fz, n, "w:nato"), 3);
	HAS(fz, n, "w:!");
	HAS(fz, n, "w:?");
	HAS(fz, n, "w:#nato");
	HAS(fz, n, "w:@nato");
	HAS(fz, n, "w:3.5");
	feat_free(fz);
}

/* ---- character n-grams ---- */

Test(feat, char_ngrams_padded_per_word)
{
	const char *want[] = { "c: na", "c:nat", "c:ato", "c:to ", "c: nat",
			       "c:nato", "c:ato ", "c: nato", "c:nato " };
	struct feat_opts o = opts("c");
	struct featurizer *fz = fz_new(&o, NULL);
	size_t n = extract(fz, "NATO!"), i;

	cr_assert_eq(n, 9, "got %zu features", n);
	for (i = 0; i < 9; i++)
		HAS(fz, n, want[i]);
	for (i = 0; i < n; i++)
		cr_assert_eq(feat_raw_family(fz, i), FEAT_CHAR);
	n = extract(fz, "ab ab");
	cr_assert_eq(val(fz, n, "c: ab"), 2);
	cr_assert_eq(val(fz, n, "c: ab "), 2);
	HASNT(fz, n, "c:ab a");
	feat_free(fz);
}

Test(feat, char_ngrams_count_code_points)
{
	struct feat_opts o = opts("c");
	struct featurizer *fz = fz_new(&o, NULL);
	size_t n = extract(fz, "\xc3\x89T\xc3\x89"), i; /* ÉTÉ -> été */

	/* " été " is 5 code points: 3 + 2 + 1 n-grams of 3..5 */
	cr_assert_eq(n, 6, "got %zu features", n);
	HAS(fz, n, "c: \xc3\xa9t");
	HAS(fz, n, "c:\xc3\xa9t\xc3\xa9");
	HAS(fz, n, "c: \xc3\xa9t\xc3\xa9 ");
	for (i = 0; i < n; i++) {
		struct sbuf sb = SBUF_INIT;
		size_t len;
		const char *s = feat_raw_name(fz, i, &len);

		cr_assert_eq(csv_utf8_repair(&sb, s, len), 0,
			     "feature '%s' cuts a character", s);
		sbuf_release(&sb);
	}
	feat_free(fz);
}

Test(feat, char_ngrams_off)
{
	struct feat_opts o = opts("w");
	struct featurizer *fz = fz_new(&o, NULL);
	size_t n = extract(fz, "nato membership");

	cr_assert_eq(count_with(fz, n, "c:"), 0);
	feat_free(fz);
}

/* ---- lexicon ---- */

static struct lexicon *small_lexicon(void)
{
	struct lexicon *lx = lexicon_new();

	lexicon_put(lx, "good", 4, 2);
	lexicon_put(lx, "bad", 3, -2);
	return lx;
}

Test(feat, lexicon_features_present_and_signed)
{
	struct lexicon *lx = small_lexicon();
	struct feat_opts o = opts("l");
	struct featurizer *fz = fz_new(&o, lx);
	size_t n = extract(fz, "membership is good");
	double c;

	c = val(fz, n, "l:compound");
	cr_assert(c > 0 && c <= 1, "compound %g", c);
	cr_assert_gt(val(fz, n, "l:pos"), 0);
	cr_assert_leq(val(fz, n, "l:pos"), 1);
	HASNT(fz, n, "l:neg");
	HASNT(fz, n, "l:negated");
	for (size_t i = 0; i < n; i++)
		cr_assert_eq(feat_raw_family(fz, i), FEAT_LEX);

	n = extract(fz, "membership is bad");
	c = val(fz, n, "l:compound");
	cr_assert(c < 0 && c >= -1, "compound %g", c);
	cr_assert_gt(val(fz, n, "l:neg"), 0);
	HASNT(fz, n, "l:pos");

	n = extract(fz, "good and bad");
	cr_assert_eq(val(fz, n, "l:pos_share"), 0.5);
	cr_assert_eq(val(fz, n, "l:neg_share"), 0.5);
	feat_free(fz);
	lexicon_free(lx);
}

Test(feat, lexicon_negated_word_flips)
{
	struct lexicon *lx = small_lexicon();
	struct feat_opts o = opts("l");
	struct featurizer *fz = fz_new(&o, lx);
	size_t n = extract(fz, "membership is not good");

	cr_assert_eq(val(fz, n, "l:negated"), 1);
	cr_assert_lt(val(fz, n, "l:compound"), 0);
	feat_free(fz);
	lexicon_free(lx);
}

Test(feat, lexicon_absent_without_lexicon_words_or_option)
{
	struct lexicon *lx = small_lexicon();
	struct feat_opts o = opts("wl");
	struct featurizer *fz = fz_new(&o, lx);
	size_t n = extract(fz, "nato membership");

	cr_assert_eq(count_with(fz, n, "l:"), 0);
	feat_free(fz);
	o.lexicon = 0;
	fz = fz_new(&o, lx);
	n = extract(fz, "good good good");
	cr_assert_eq(count_with(fz, n, "l:"), 0);
	cr_assert_gt(n, 0);
	feat_free(fz);
	lexicon_free(lx);
}

Test(feat, lexicon_hashtag_counts)
{
	struct lexicon *lx = small_lexicon();
	struct feat_opts o = opts("l");
	struct featurizer *fz = fz_new(&o, lx);
	size_t n = extract(fz, "#Good");

	cr_assert_gt(val(fz, n, "l:pos"), 0);
	feat_free(fz);
	lexicon_free(lx);
}

/* ---- cues ---- */

Test(feat, cue_features)
{
	struct feat_opts o = opts("t");
	struct featurizer *fz = fz_new(&o, NULL);
	size_t n = extract(fz, "Joining the Alliance, joining NATO");

	HAS(fz, n, "t:join");
	HAS(fz, n, "t:allianc");
	HAS(fz, n, "t:nato");
	cr_assert_eq(val(fz, n, "t:join"), 1, "presence, not count");
	cr_assert_eq(n, 3);
	for (size_t i = 0; i < n; i++)
		cr_assert_eq(feat_raw_family(fz, i), FEAT_CUE);
	n = extract(fz, "the weather is fine");
	cr_assert_eq(n, 0);
	n = extract(fz, "we cannot join nato");
	HAS(fz, n, "t:join/NEG");
	HAS(fz, n, "t:nato/NEG");
	HASNT(fz, n, "t:join");
	feat_free(fz);
	o.cues = 0;
	o.word_max = 1;
	fz = fz_new(&o, NULL);
	n = extract(fz, "joining nato");
	cr_assert_eq(count_with(fz, n, "t:"), 0);
	feat_free(fz);
}

/* ---- general ---- */

Test(feat, family_of_names)
{
	cr_assert_eq(feat_name_family("w:nato"), FEAT_WORD);
	cr_assert_eq(feat_name_family("w:join nato"), FEAT_WORD);
	cr_assert_eq(feat_name_family("c: na"), FEAT_CHAR);
	cr_assert_eq(feat_name_family("l:compound"), FEAT_LEX);
	cr_assert_eq(feat_name_family("t:nato/NEG"), FEAT_CUE);
}

Test(feat, empty_and_invalid_text)
{
	struct lexicon *lx = small_lexicon();
	struct feat_opts o = opts("wclt");
	struct featurizer *fz = fz_new(&o, lx);
	size_t n, i;

	cr_assert_eq(feat_extract(fz, "", 0), 0);
	cr_assert_eq(extract(fz, " .,; "), 0);
	n = feat_extract(fz, "nato \xff\0join", 11);
	HAS(fz, n, "w:nato");
	for (i = 0; i < n; i++) {
		struct sbuf sb = SBUF_INIT;
		size_t len;
		const char *s = feat_raw_name(fz, i, &len);

		cr_assert_eq(csv_utf8_repair(&sb, s, len), 0, "'%s'", s);
		sbuf_release(&sb);
	}
	feat_free(fz);
	lexicon_free(lx);
	feat_free(NULL);
}

Test(feat, extract_forgets_the_previous_text)
{
	struct feat_opts o = opts("w");
	struct featurizer *fz = fz_new(&o, NULL);
	size_t n;

	extract(fz, "alpha beta gamma");
	n = extract(fz, "delta");
	cr_assert_eq(n, 1);
	HAS(fz, n, "w:delta");
	HASNT(fz, n, "w:alpha");
	feat_free(fz);
}

Test(feat, bad_language_refused)
{
	struct feat_opts o = opts("w");
	struct err e;

	snprintf(o.lang, sizeof(o.lang), "elvish");
	cr_assert_null(feat_new(&o, NULL, &e));
	cr_assert(!strncmp(e.msg, "unknown stemmer language 'elvish'", 33),
		  "%s", e.msg);
}

/* ---- feat_vectorize ---- */

Test(feat, vectorize_sorted_normalised_unknown_dropped)
{
	struct lexicon *lx = small_lexicon();
	struct feat_opts o = opts("wclt");
	struct featurizer *fz;
	struct vocab *v = vocab_new();
	const struct feat_node *x;
	size_t n, count, i, known = 0;
	double sum[4] = { 0, 0, 0, 0 };
	const char *text = "nato nato join good alliance";

	o.word_max = 1;
	fz = fz_new(&o, lx);
	n = extract(fz, text);
	/* every other feature, in reverse order, with varied idf */
	for (i = n; i-- > 0;) {
		size_t len;
		const char *s = feat_raw_name(fz, i, &len);

		if (i % 2 && strcmp(s, "w:nato") && strcmp(s, "w:join"))
			continue;
		vocab_set_value(v, vocab_add(v, s, len, NULL),
				1 + (double)(i % 5) / 4);
		known++;
	}
	vocab_set_value(v, vocab_add(v, "w:unseen", 8, NULL), 3);
	vocab_set_value(v, vocab_find(v, "w:nato", 6), 1.5);
	vocab_set_value(v, vocab_find(v, "w:join", 6), 1.5);
	x = feat_vectorize(fz, v, &count);
	cr_assert_eq(count, known, "%zu nodes, %zu known names", count, known);
	cr_assert_eq(x[count].index, -1);
	for (i = 0; i < count; i++) {
		size_t len;
		const char *name;
		enum feat_family f;
		double raw;

		cr_assert(x[i].index >= 1 && (size_t)x[i].index <= vocab_size(v));
		if (i)
			cr_assert_gt(x[i].index, x[i - 1].index, "not sorted");
		name = vocab_name(v, x[i].index - 1, &len);
		cr_assert_str_neq(name, "w:unseen");
		raw = val(fz, n, name);
		cr_assert_neq(raw, ABSENT, "'%s' not in the text", name);
		f = feat_name_family(name);
		if (f == FEAT_LEX || f == FEAT_CUE)
			cr_assert_eq(x[i].value, raw, "'%s' keeps its raw value",
				     name);
		else
			cr_assert_gt(x[i].value, 0);
		sum[f] += x[i].value * x[i].value;
	}
	cr_assert_float_eq(sum[FEAT_WORD], 1, 1e-12, "w norm^2 %g", sum[FEAT_WORD]);
	cr_assert_float_eq(sum[FEAT_CHAR], 1, 1e-12, "c norm^2 %g", sum[FEAT_CHAR]);
	/* tf 2 against tf 1 at the same idf: (1 + ln 2) to 1 */
	{
		long a = vocab_find(v, "w:nato", 6) + 1, b = vocab_find(v, "w:join", 6) + 1;
		double wa = 0, wb = 0;

		for (i = 0; i < count; i++) {
			if (x[i].index == a)
				wa = x[i].value;
			if (x[i].index == b)
				wb = x[i].value;
		}
		cr_assert(wa > 0 && wb > 0);
		cr_assert_float_eq(wa / wb, 1 + log(2), 1e-12, "ratio %g", wa / wb);
	}
	/* nothing known: an empty vector, still terminated */
	vocab_clear(v);
	vocab_add(v, "w:other", 7, NULL);
	x = feat_vectorize(fz, v, &count);
	cr_assert_eq(count, 0);
	cr_assert_eq(x[0].index, -1);
	vocab_free(v);
	feat_free(fz);
	lexicon_free(lx);
}

/* ---- options text ---- */

Test(feat, opts_default_text)
{
	struct feat_opts o;
	char buf[256];

	feat_opts_default(&o);
	feat_opts_format(&o, buf, sizeof(buf));
	cr_assert_str_eq(buf, "lang=english word_max=2 char_min=3 char_max=5 "
			 "negation=1 lexicon=1 cues=1 min_df=2 domain=1 "
			 "window=4 modality=1 vader=1 family_weights=1 embed=1");
}

Test(feat, opts_round_trip)
{
	struct feat_opts o, back;
	struct err e;
	char buf[256];

	feat_opts_default(&o);
	snprintf(o.lang, sizeof(o.lang), "russian");
	o.word_max = 3;
	o.char_min = 2;
	o.char_max = 6;
	o.negation = 0;
	o.lexicon = 0;
	o.cues = 0;
	o.min_df = 17;
	feat_opts_format(&o, buf, sizeof(buf));
	memset(&back, 0x55, sizeof(back));
	cr_assert_eq(feat_opts_parse(&back, buf, &e), 0, "%s", e.msg);
	cr_assert_str_eq(back.lang, "russian");
	cr_assert_eq(back.word_max, 3);
	cr_assert_eq(back.char_min, 2);
	cr_assert_eq(back.char_max, 6);
	cr_assert_eq(back.negation, 0);
	cr_assert_eq(back.lexicon, 0);
	cr_assert_eq(back.cues, 0);
	cr_assert_eq(back.min_df, 17);
}

Test(feat, opts_parse_fills_defaults)
{
	struct feat_opts o, d;
	struct err e;

	feat_opts_default(&d);
	cr_assert_eq(feat_opts_parse(&o, "", &e), 0);
	cr_assert_str_eq(o.lang, d.lang);
	cr_assert_eq(o.word_max, d.word_max);
	cr_assert_eq(o.min_df, d.min_df);
	cr_assert_eq(feat_opts_parse(&o, "  cues=0\tmin_df=5\n", &e), 0, "%s",
		     e.msg);
	cr_assert_eq(o.cues, 0);
	cr_assert_eq(o.min_df, 5);
	cr_assert_eq(o.negation, d.negation);
	cr_assert_eq(o.char_max, d.char_max);
}

static void expect_parse_error(const char *text, const char *want)
{
	struct feat_opts o;
	struct err e;

	cr_assert_eq(feat_opts_parse(&o, text, &e), -1, "accepted '%s'", text);
	cr_assert_str_eq(e.msg, want, "for '%s'", text);
}

Test(feat, opts_parse_errors)
{
	expect_parse_error("word_max", "feature option 'word_max' is not key=value");
	expect_parse_error("lang=english colour=red",
			   "unknown feature option 'colour'");
	expect_parse_error("word_max=9", "bad value '9' for feature option 'word_max'");
	expect_parse_error("word_max=-1", "bad value '-1' for feature option 'word_max'");
	expect_parse_error("negation=yes", "bad value 'yes' for feature option 'negation'");
	expect_parse_error("min_df=0", "bad value '0' for feature option 'min_df'");
	expect_parse_error("char_min=", "bad value '' for feature option 'char_min'");
	expect_parse_error("cues=1x", "bad value '1x' for feature option 'cues'");
	expect_parse_error("lang=abcdefghijabcdefghijabcdefghijab",
			   "bad value 'abcdefghijabcdefghijabcdefghijab' for "
			   "feature option 'lang'");
}

/* ---- the stance-cue lexicon and the domain families (issue 8) ---- */

#define CUES "tests/data/feat/cues.tsv"

static struct feat_cues *cues_load(void)
{
	struct err e;
	struct feat_cues *c = feat_cues_load(CUES, &e);

	cr_assert_not_null(c, "%s", e.msg);
	return c;
}

static struct featurizer *fz_cues(const struct feat_opts *o,
				  const struct lexicon *lx,
				  const struct feat_cues *c)
{
	struct err e;
	struct featurizer *fz = feat_new_with_cues(o, lx, c, &e);

	cr_assert_not_null(fz, "%s", e.msg);
	return fz;
}

#define VECTORS "tests/data/embed/tiny.tsv"

static struct embed *vectors_load(void)
{
	struct err e;
	struct embed *em = embed_load(VECTORS, &e);

	cr_assert_not_null(em, "%s", e.msg);
	return em;
}

static struct featurizer *fz_full(const struct feat_opts *o,
				  const struct lexicon *lx,
				  const struct feat_cues *c,
				  const struct embed *em)
{
	struct err e;
	struct featurizer *fz = feat_new_full(o, lx, c, em, &e);

	cr_assert_not_null(fz, "%s", e.msg);
	return fz;
}

Test(feat, cue_lexicon_loads_phrases)
{
	struct feat_cues *c = cues_load();

	cr_assert_eq(feat_cues_size(c), 6);
	feat_cues_free(c);
	feat_cues_free(NULL);
}

static void cue_error(const char *path, const char *want)
{
	struct err e;

	cr_assert_null(feat_cues_load(path, &e), "%s loaded", path);
	cr_assert_str_eq(e.msg, want);
}

Test(feat, cue_lexicon_errors_name_file_and_line)
{
	cue_error("tests/data/feat/cues_notab.tsv",
		  "tests/data/feat/cues_notab.tsv:2: expected "
		  "'phrase<TAB>category'");
	cue_error("tests/data/feat/cues_badcat.tsv",
		  "tests/data/feat/cues_badcat.tsv:1: bad category 'tar get' "
		  "(letters, digits, '_' or '-', at most 31 bytes)");
	cue_error("tests/data/feat/cues_long.tsv",
		  "tests/data/feat/cues_long.tsv:1: a phrase is 1 to 5 words");
	cue_error("tests/data/feat/cues_twice.tsv",
		  "tests/data/feat/cues_twice.tsv:2: phrase 'nato' listed twice");
	cue_error("tests/data/feat/cues_num.tsv",
		  "tests/data/feat/cues_num.tsv:1: phrase 'no 3 words' is not "
		  "words only");
	cue_error("tests/data/feat/cues_empty.tsv",
		  "tests/data/feat/cues_empty.tsv: no entries");
}

Test(feat, cue_lexicon_missing_file)
{
	struct err e;

	cr_assert_null(feat_cues_load("tests/data/feat/nonesuch.tsv", &e));
	cr_assert(strstr(e.msg, "tests/data/feat/nonesuch.tsv") &&
		  strstr(e.msg, "cannot open"), "%s", e.msg);
}

Test(feat, cue_families_need_the_lexicon)
{
	struct feat_opts o = opts("wk");
	struct err e;

	cr_assert_null(feat_new_with_cues(&o, NULL, NULL, &e));
	cr_assert(strstr(e.msg, "cue lexicon"), "%s", e.msg);
}

Test(feat, domain_cue_categories_and_negation)
{
	struct feat_cues *c = cues_load();
	struct feat_opts o = opts("k");
	struct featurizer *fz = fz_cues(&o, NULL, c);
	size_t n;

	n = extract(fz, "Ukraine will join NATO, a red line");
	HAS(fz, n, "k:target");
	HAS(fz, n, "k:against");
	HASNT(fz, n, "k:target/NEG");
	/* a negated cue gives the negated feature, not the plain one */
	n = extract(fz, "Ukraine will never join");
	HAS(fz, n, "k:target/NEG");
	HASNT(fz, n, "k:target");
	/* phrases match stemmed words: "welcomed" is "welcome" */
	n = extract(fz, "we welcomed the open doors");
	cr_assert_eq(val(fz, n, "k:pro"), 1, "presence, not a count");
	cr_assert_eq(count_with(fz, n, "k:"), 1);
	feat_free(fz);
	feat_cues_free(c);
}

Test(feat, window_features_only_near_a_target)
{
	struct feat_cues *c = cues_load();
	struct feat_opts o = opts("kx");
	struct featurizer *fz = fz_cues(&o, NULL, c);
	size_t n;

	/* window 2: "threat" is 2 tokens after "nato", "real" 3 */
	n = extract(fz, "nato is threat real");
	HAS(fz, n, "k:against@T");
	HAS(fz, n, "x:is");
	HAS(fz, n, "x:threat");
	HASNT(fz, n, "x:real");
	HASNT(fz, n, "x:nato");
	/* a cue outside the window gives no windowed feature */
	n = extract(fz, "a threat to us all, they say, is nato");
	HAS(fz, n, "k:against");
	HASNT(fz, n, "k:against@T");
	HASNT(fz, n, "x:threat");
	HAS(fz, n, "x:is");
	HASNT(fz, n, "x:say");
	/* nor does one in another sentence */
	n = extract(fz, "threat. nato");
	HAS(fz, n, "k:against");
	HASNT(fz, n, "k:against@T");
	/* negation reaches windowed words */
	n = extract(fz, "we will not join nato soon");
	HAS(fz, n, "x:soon/NEG");
	HAS(fz, n, "x:will");
	feat_free(fz);
	feat_cues_free(c);
}

Test(feat, modality_crossed_with_cues)
{
	struct feat_cues *c = cues_load();
	struct feat_opts o = opts("m");
	struct featurizer *fz = fz_cues(&o, NULL, c);
	size_t n;

	n = extract(fz, "Ukraine must never join NATO.");
	HAS(fz, n, "m:oblig/NEG");
	HAS(fz, n, "m:oblig/NEG+target");
	HASNT(fz, n, "m:oblig");
	n = extract(fz, "We should welcome them. Is it a threat?");
	HAS(fz, n, "m:oblig+pro");
	HASNT(fz, n, "m:oblig+against");
	HAS(fz, n, "m:quest+against");
	n = extract(fz, "if they join, we cannot stay");
	HAS(fz, n, "m:if+target");
	HAS(fz, n, "m:can/NEG+target");
	feat_free(fz);
	feat_cues_free(c);
}

Test(feat, vader_rules)
{
	struct lexicon *lx = small_lexicon();
	struct feat_opts o = opts("lv");
	struct featurizer *fz = fz_new(&o, lx);
	size_t n;
	double plain, boosted;

	n = extract(fz, "it is good");
	plain = val(fz, n, "v:compound");
	cr_assert_gt(plain, 0);
	HASNT(fz, n, "v:but");
	n = extract(fz, "it is very good");
	boosted = val(fz, n, "v:compound");
	cr_assert_gt(boosted, plain, "a booster adds");
	HAS(fz, n, "v:boost");
	n = extract(fz, "it is good!!");
	cr_assert_gt(val(fz, n, "v:compound"), plain, "'!' amplifies");
	cr_assert_float_eq(val(fz, n, "v:excl"), 0.5, 1e-12);
	n = extract(fz, "It is GOOD");
	cr_assert_gt(val(fz, n, "v:compound"), plain, "caps emphasise");
	HAS(fz, n, "v:caps");
	/* "but" shifts the weight to the second clause */
	n = extract(fz, "it is good but bad");
	cr_assert_lt(val(fz, n, "v:compound"), 0);
	HAS(fz, n, "v:but");
	cr_assert_lt(val(fz, n, "v:after_but"), 0);
	n = extract(fz, "it is not good");
	cr_assert_lt(val(fz, n, "v:compound"), 0, "negation flips");
	feat_free(fz);
	lexicon_free(lx);
}

/*
 * raw_valence: the l: and v: scores again as if nothing were negated,
 * and which of the two kinds a task keeps.
 */
Test(feat, raw_valence_ignores_negation)
{
	struct lexicon *lx = small_lexicon();
	struct feat_opts o = opts("lvr");
	struct featurizer *fz = fz_new(&o, lx);
	size_t n;

	n = extract(fz, "it is not good");
	cr_assert_lt(val(fz, n, "l:compound"), 0, "negation flips");
	cr_assert_gt(val(fz, n, "l:raw_compound"), 0, "raw: it does not");
	cr_assert_lt(val(fz, n, "v:compound"), 0);
	cr_assert_gt(val(fz, n, "v:raw_compound"), 0);
	cr_assert_float_eq(val(fz, n, "l:raw_pos_share"), 1, 1e-12);
	/* without negation the two kinds agree */
	n = extract(fz, "it is good but bad");
	cr_assert_float_eq(val(fz, n, "l:raw_compound"),
			   val(fz, n, "l:compound"), 1e-12);
	cr_assert_float_eq(val(fz, n, "v:raw_after_but"),
			   val(fz, n, "v:after_but"), 1e-12);
	feat_free(fz);
	o.raw_valence = 0;
	fz = fz_new(&o, lx);
	n = extract(fz, "it is not good");
	HASNT(fz, n, "l:raw_compound");
	HASNT(fz, n, "v:raw_compound");
	feat_free(fz);
	lexicon_free(lx);
	/* a raw task keeps the raw scores and drops the negated ones */
	cr_assert(feat_valence_kept("l:raw_pos", 9, 1));
	cr_assert(!feat_valence_kept("l:raw_pos", 9, 0));
	cr_assert(!feat_valence_kept("l:negated", 9, 1));
	cr_assert(!feat_valence_kept("v:after_but", 11, 1));
	cr_assert(feat_valence_kept("v:after_but", 11, 0));
	cr_assert(feat_valence_kept("v:but", 5, 1), "not a score of negation");
	cr_assert(feat_valence_kept("w:raw_x", 7, 0), "another family");
}

/* Map mode (feat_vector) and collect mode agree on every family. */
Test(feat, vector_equals_extract_vectorize_all_families)
{
	struct lexicon *lx = small_lexicon();
	struct feat_cues *c = cues_load();
	struct embed *em = vectors_load();
	struct feat_opts o = opts("wcltkxmvfer");
	struct featurizer *fz = fz_full(&o, lx, c, em);
	struct vocab *v = vocab_new();
	const char *texts[] = {
		"Ukraine must never join NATO, it is a red line! Bad Russia's",
		"We welcome the open door. Is NATO a threat? It is GOOD but bad",
		"nato nato join join",
	};
	size_t t, i, n, k1, k2;

	for (t = 0; t < 3; t++) {
		n = extract(fz, texts[t]);
		for (i = 0; i < n; i++) {
			size_t len;
			const char *s = feat_raw_name(fz, i, &len);

			vocab_set_value(v, vocab_add(v, s, len, NULL),
					1 + (double)(i % 3) / 2);
		}
	}
	for (t = 0; t < 3; t++) {
		struct feat_node a[512];
		const struct feat_node *x;

		extract(fz, texts[t]);
		x = feat_vectorize(fz, v, &k1);
		cr_assert_lt(k1, 512);
		memcpy(a, x, (k1 + 1) * sizeof(*x));
		x = feat_vector(fz, v, texts[t], strlen(texts[t]), &k2);
		cr_assert_eq(k1, k2, "%s", texts[t]);
		for (i = 0; i < k1; i++) {
			cr_assert_eq(a[i].index, x[i].index);
			cr_assert_float_eq(a[i].value, x[i].value, 1e-12);
		}
	}
	vocab_free(v);
	feat_free(fz);
	embed_free(em);
	feat_cues_free(c);
	lexicon_free(lx);
}

/* feat_vector(text) against v equals feat_extract + feat_vectorize. */
static void same_as_two_step(struct featurizer *fz, const struct vocab *v,
			     const char *text)
{
	static struct feat_node a[4096];
	const struct feat_node *x;
	size_t i, k1, k2;

	extract(fz, text);
	x = feat_vectorize(fz, v, &k1);
	cr_assert_lt(k1, 4096);
	memcpy(a, x, (k1 + 1) * sizeof(*x));
	x = feat_vector(fz, v, text, strlen(text), &k2);
	cr_assert_eq(k1, k2, "%s: %zu features, %zu by feat_vector", text, k1,
		     k2);
	for (i = 0; i < k1; i++) {
		cr_assert_eq(a[i].index, x[i].index, "%s", text);
		cr_assert_eq(a[i].value, x[i].value, "%s", text);
	}
}

/* Every feature name of text into v, with values from 1 up. */
static void add_names(struct featurizer *fz, struct vocab *v,
		      const char *text, size_t from, size_t step)
{
	size_t i, n = extract(fz, text);

	for (i = from; i < n; i += step) {
		size_t len;
		const char *s = feat_raw_name(fz, i, &len);

		vocab_set_value(v, vocab_add(v, s, len, NULL),
				1 + (double)(i % 5) / 4);
	}
}

/*
 * feat_vector keeps the ids of the target per token: a changed target,
 * another target, or more distinct tokens than the cache holds must
 * never give a stale id.
 */
Test(feat, vector_cache_follows_its_target)
{
	struct lexicon *lx = small_lexicon();
	struct feat_cues *c = cues_load();
	struct feat_opts o = opts("wcltkxmvfr");
	struct featurizer *fz = fz_cues(&o, lx, c);
	struct vocab *v1 = vocab_new(), *v2 = vocab_new();
	const char *t = "Ukraine must never join NATO, it is a red line! "
			"We welcome the open door but NATO is GOOD";
	struct sbuf big = SBUF_INIT;
	int q, w;

	add_names(fz, v1, t, 0, 2); /* half the names */
	add_names(fz, v2, t, 1, 3);
	same_as_two_step(fz, v1, t);
	same_as_two_step(fz, v1, t); /* now from the cache */
	same_as_two_step(fz, v2, t); /* another target */
	add_names(fz, v1, t, 1, 2); /* the first target grows */
	same_as_two_step(fz, v1, t);
	vocab_set_value(v1, 0, 7.5); /* and changes a value */
	same_as_two_step(fz, v1, t);
	/* 40,000 distinct tokens: the cache empties between quotes */
	for (q = 0; q < 400; q++) {
		sbuf_reset(&big);
		sbuf_adds(&big, "nato must never join ");
		for (w = 0; w < 100; w++)
			sbuf_addf(&big, "w%dx%d ", q, w);
		if (q < 3)
			add_names(fz, v1, big.buf, 0, 1);
		same_as_two_step(fz, v1, big.buf);
	}
	same_as_two_step(fz, v1, t);
	sbuf_release(&big);
	vocab_free(v1);
	vocab_free(v2);
	feat_free(fz);
	feat_cues_free(c);
	lexicon_free(lx);
}

/*
 * feat_dots against the dot products of feat_vector's vector with the
 * same weights, for rows made as the model makes them (weights times the
 * idf for the tf-idf families, then the idf).
 */
static void check_dots(struct featurizer *fz, const struct vocab *v,
		       const double *w, const double *rows, size_t stride,
		       int np, const char *text)
{
	double dots[8], want[8] = { 0 };
	const struct feat_node *x;
	size_t k;
	int p;

	feat_dots(fz, v, rows, stride, np, text, strlen(text), dots);
	x = feat_vector(fz, v, text, strlen(text), &k);
	for (; x->index != -1; x++)
		for (p = 0; p < np; p++)
			want[p] += w[(size_t)x->index * (size_t)np + (size_t)p] *
				   x->value;
	for (p = 0; p < np; p++)
		cr_assert_float_eq(dots[p], want[p], 1e-12, "%s: pair %d: %.17g, "
				   "want %.17g", text, p, dots[p], want[p]);
}

/* Rows for check_dots from weights w (np per index) and v's values. */
static double *dots_rows(const struct vocab *v, const double *w, int np,
			 size_t stride)
{
	size_t n = vocab_size(v), i;
	double *rows = calloc((n + 1) * stride, sizeof(double));
	int p;

	cr_assert_not_null(rows);
	for (i = 1; i <= n; i++) {
		const char *name = vocab_name(v, (long)i - 1, NULL);
		double idf = feat_family_tfidf(feat_name_family(name)) ?
			     vocab_value(v, (long)i - 1) : 1;

		rows[i * stride + (size_t)np] = idf;
		for (p = 0; p < np; p++)
			rows[i * stride + (size_t)p] =
				w[i * (size_t)np + (size_t)p] * idf;
	}
	return rows;
}

Test(feat, dots_equal_vector_dot_products)
{
	struct lexicon *lx = small_lexicon();
	struct feat_cues *c = cues_load();
	struct embed *em = vectors_load();
	const char *texts[] = {
		/* n-grams repeated across words and within one */
		"banana bandana banana! NATO nato, never join NATO the good",
		"We welcome the open door. Is NATO a threat? It is GOOD but bad",
		"anana ban bandanas",
	};
	int variant;

	for (variant = 0; variant < 2; variant++) {
		struct feat_opts o = opts("wcltkxmvfer");
		struct featurizer *fz;
		struct vocab *v = vocab_new();
		double *w, *rows, *rows2;
		size_t i, n, t;
		int np = variant ? 3 : 6, r;

		o.char_text = variant; /* the path without token sums */
		fz = fz_full(&o, lx, c, em);
		for (t = 0; t < 3; t++)
			add_names(fz, v, texts[t], 0, 1);
		n = vocab_size(v);
		w = malloc((n + 1) * (size_t)np * sizeof(double));
		cr_assert_not_null(w);
		for (i = 0; i < (n + 1) * (size_t)np; i++)
			w[i] = (double)((i * 7919) % 201) / 100 - 1;
		rows = dots_rows(v, w, np, 8);
		for (r = 0; r < 2; r++) /* again: from the token sums */
			for (t = 0; t < 3; t++)
				check_dots(fz, v, w, rows, 8, np, texts[t]);
		for (i = 0; i < (n + 1) * (size_t)np; i++)
			w[i] = -w[i] / 2;
		rows2 = dots_rows(v, w, np, 8); /* other rows: sums made anew */
		for (t = 0; t < 3; t++)
			check_dots(fz, v, w, rows2, 8, np, texts[t]);
		free(rows);
		free(rows2);
		free(w);
		vocab_free(v);
		feat_free(fz);
	}
	embed_free(em);
	feat_cues_free(c);
	lexicon_free(lx);
}

/* ---- word vectors (e:) ---- */

/*
 * e:d is the weighted mean of the words' vectors: from tiny.tsv, "the",
 * "good" and "bad" weigh 3, 5 and 7 (test_embed checks that), their rows
 * are unit vectors x 127, so "the good bad good" gives (3, 2 x 5, -7, 7)
 * / 20.
 */
Test(feat, vector_features_weighted_mean)
{
	struct embed *em = vectors_load();
	struct feat_opts o = opts("e");
	struct featurizer *fz = fz_full(&o, NULL, NULL, em);
	double want[4] = { 0.15, 0.5, -0.35, 0.35 }, got, first[4];
	size_t n;
	int d;
	char name[16];

	n = extract(fz, "The GOOD, bad... good unknown");
	cr_assert_eq(n, 4, "one feature per dimension, nothing else");
	for (d = 0; d < 4; d++) {
		snprintf(name, sizeof(name), "e:%d", d);
		got = val(fz, n, name);
		cr_assert_float_eq(got, want[d], 1e-15, "%s: %g", name, got);
		first[d] = got;
	}
	/* the same words in any order: the same bits */
	n = extract(fz, "good unknown bad good the");
	for (d = 0; d < 4; d++) {
		snprintf(name, sizeof(name), "e:%d", d);
		cr_assert_eq(val(fz, n, name), first[d], "%s", name);
	}
	feat_free(fz);
	embed_free(em);
}

Test(feat, vector_features_apostrophes_hashtags_unknown)
{
	struct embed *em = vectors_load();
	struct feat_opts o = opts("e");
	struct featurizer *fz = fz_full(&o, NULL, NULL, em);
	size_t n;

	n = extract(fz, "Russia's");
	cr_assert_eq(n, 1, "a zero component is no feature");
	cr_assert_eq(val(fz, n, "e:0"), -64.0 / 127,
		     "\"russia's\" uses \"russia\"");
	n = extract(fz, "#Ukraine");
	cr_assert_eq(n, 1);
	cr_assert_eq(val(fz, n, "e:3"), 64.0 / 127,
		     "a hashtag's word has its vector");
	cr_assert_eq(extract(fz, "don't whatever"), 0,
		     "no known word: no e: features");
	cr_assert_eq(extract(fz, ""), 0);
	feat_free(fz);
	embed_free(em);
}

static void sum_share(void *arg, const char *word, size_t len, double share)
{
	double *acc = arg;

	(void)word;
	(void)len;
	acc[0] += share;
	acc[1] += 1;
}

/* The words' shares add up to g . e:, whatever the family weight. */
Test(feat, vector_shares_add_up_to_the_family)
{
	struct embed *em = vectors_load();
	const double g[4] = { 0.5, -2, 1.25, 3 };
	const char *text = "The GOOD, bad... good russia's unknown";
	int weighted, d;

	for (weighted = 0; weighted < 2; weighted++) {
		struct feat_opts o = opts(weighted ? "wef" : "we");
		struct featurizer *fz = fz_full(&o, NULL, NULL, em);
		double want = 0, got[2] = { 0, 0 }, fw = weighted ? 3 : 1;
		size_t n = extract(fz, text);
		char name[16];

		for (d = 0; d < 4; d++) {
			snprintf(name, sizeof(name), "e:%d", d);
			if (val(fz, n, name) != ABSENT)
				want += g[d] * val(fz, n, name) * fw;
		}
		feat_embed_shares(fz, text, strlen(text), g, sum_share, got);
		cr_assert_eq(got[1], 5, "one call per word with a vector");
		cr_assert_float_eq(got[0], want, 1e-12, "%g against %g", got[0],
				   want);
		feat_free(fz);
	}
	embed_free(em);
}

Test(feat, vector_features_need_vectors)
{
	struct embed *em = vectors_load();
	struct feat_opts o = opts("we");
	struct featurizer *fz;
	struct err e;

	cr_assert_null(feat_new_full(&o, NULL, NULL, NULL, &e));
	cr_assert_str_eq(e.msg, "the e: features need word vectors");
	/* feat_new and feat_new_with_cues have none: the family is left out */
	fz = fz_new(&o, NULL);
	cr_assert_eq(count_with(fz, extract(fz, "good bad"), "e:"), 0);
	feat_free(fz);
	fz = fz_full(&o, NULL, NULL, em);
	cr_assert_eq(count_with(fz, extract(fz, "good bad"), "e:"), 3);
	cr_assert_eq(feat_name_family("e:12"), FEAT_EMB);
	cr_assert(feat_family_dense(FEAT_EMB), "kept whatever its df");
	feat_free(fz);
	embed_free(em);
}

Test(feat, opts_new_keys_absent_mean_off)
{
	struct feat_opts o;
	struct err e;

	cr_assert_eq(feat_opts_parse(&o, "lang=english cues=1", &e), 0);
	cr_assert_eq(o.domain, 0);
	cr_assert_eq(o.window, 0);
	cr_assert_eq(o.modality, 0);
	cr_assert_eq(o.vader, 0);
	cr_assert_eq(o.family_weights, 0);
	cr_assert_eq(o.embed, 0);
	cr_assert_eq(feat_opts_parse(&o, "domain=1 window=3 modality=1 "
				     "vader=1 family_weights=1 embed=1", &e), 0);
	cr_assert_eq(o.domain + o.modality + o.vader + o.family_weights +
		     o.embed, 5);
	cr_assert_eq(o.window, 3);
	cr_assert_eq(feat_opts_parse(&o, "window=99", &e), -1);
}

Test(feat, char_text_ngrams_cross_words_and_keep_options)
{
	struct feat_opts o = opts("c"), back;
	struct featurizer *fz;
	struct err e;
	char buf[512];
	size_t n;

	o.char_text = 1;
	fz = fz_new(&o, NULL);
	n = extract(fz, "Go  NATO!");
	/* across the space (runs made one) and into the '!' */
	HAS(fz, n, "c:go n");
	HAS(fz, n, "c:to! ");
	HASNT(fz, n, "c:go  n");
	cr_assert_eq(val(fz, n, "c: go"), 1);
	feat_free(fz);
	feat_opts_format(&o, buf, sizeof(buf));
	cr_assert_not_null(strstr(buf, " char_text=1"), "%s", buf);
	cr_assert_eq(feat_opts_parse(&back, buf, &e), 0, "%s", e.msg);
	cr_assert_eq(back.char_text, 1);
	/* a model without the key keeps words-only n-grams */
	o.char_text = 0;
	feat_opts_format(&o, buf, sizeof(buf));
	cr_assert_null(strstr(buf, "char_text"), "%s", buf);
}

Test(feat, hashtag_words_as_unigrams)
{
	struct feat_opts o = opts("w");
	struct featurizer *fz;
	size_t n;

	o.hashtags = 1;
	o.word_max = 1;
	fz = fz_new(&o, NULL);
	n = extract(fz, "Vote! #StopHillary2016 #NATOMembers #prolife");
	HAS(fz, n, "w:stop");
	HAS(fz, n, "w:hillari");
	HAS(fz, n, "w:2016");
	HAS(fz, n, "w:nato");
	HAS(fz, n, "w:member");
	/* one-piece tags are their own token already */
	HASNT(fz, n, "w:prolif");
	HAS(fz, n, "w:#prolif");
	feat_free(fz);
	o.hashtags = 0;
	fz = fz_new(&o, NULL);
	n = extract(fz, "#StopHillary2016");
	HASNT(fz, n, "w:stop");
	feat_free(fz);
}
