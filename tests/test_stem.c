/*
 * stem: Snowball stems through the cache, for English and Russian, every
 * language libstemmer lists, the unknown-language message, and a cache
 * that stays right when it is emptied and refilled.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "stem.h"

static void expect_stem(struct stem *st, const char *word, const char *want)
{
	size_t len;
	const char *s = stem_word(st, word, strlen(word), &len);

	cr_assert_not_null(s);
	cr_assert(len == strlen(want) && !memcmp(s, want, len),
		  "stem('%s') = '%.*s', want '%s'", word, (int)len, s, want);
	cr_assert_eq(s[len], '\0', "stems are NUL-terminated");
}

Test(stem, english_stems)
{
	struct err e;
	struct stem *st = stem_new("english", &e);

	cr_assert_not_null(st, "%s", e.msg);
	expect_stem(st, "running", "run");
	expect_stem(st, "memberships", "membership");
	expect_stem(st, "membership", "membership");
	expect_stem(st, "joined", "join");
	expect_stem(st, "joining", "join");
	expect_stem(st, "neutrality", "neutral");
	expect_stem(st, "nato", "nato");
	expect_stem(st, "", "");
	stem_free(st);
}

/*
 * Russian stems from Snowball's own test vocabulary
 * (snowballstem/snowball-data, russian/diffs.txt).
 */
Test(stem, russian_stems)
{
	struct err e;
	struct stem *st = stem_new("russian", &e);

	cr_assert_not_null(st, "%s", e.msg);
	expect_stem(st, "\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0",
		    "\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82"); /* августа */
	expect_stem(st, "\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xb8\xd1\x82"
		    "\xd0\xb5\xd1\x82\xd0\xb0",
		    "\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xb8\xd1\x82"
		    "\xd0\xb5\xd1\x82"); /* авторитета -> авторитет */
	expect_stem(st, "\xd0\xb0\xd1\x80\xd0\xbc\xd0\xb8\xd0\xb8",
		    "\xd0\xb0\xd1\x80\xd0\xbc"); /* армии -> арм */
	expect_stem(st, "\xd0\xb0\xd0\xbc\xd0\xb5\xd1\x80\xd0\xb8\xd0\xba\xd0\xb0"
		    "\xd0\xbd\xd1\x81\xd0\xba\xd0\xb8\xd0\xbc",
		    "\xd0\xb0\xd0\xbc\xd0\xb5\xd1\x80\xd0\xb8\xd0\xba\xd0\xb0"
		    "\xd0\xbd\xd1\x81\xd0\xba"); /* американским -> американск */
	expect_stem(st, "\xd0\xb0\xd0\xbd\xd0\xb0\xd0\xbb\xd0\xb8\xd0\xb7\xd0\xb8"
		    "\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb",
		    "\xd0\xb0\xd0\xbd\xd0\xb0\xd0\xbb\xd0\xb8\xd0\xb7\xd0\xb8"
		    "\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0"); /* анализировал */
	stem_free(st);
}

Test(stem, iso_codes_accepted)
{
	const char *codes[] = { "en", "ru", "de", "fr" };
	struct err e;
	size_t i;

	for (i = 0; i < 4; i++) {
		struct stem *st = stem_new(codes[i], &e);

		cr_assert_not_null(st, "stem_new('%s'): %s", codes[i], e.msg);
		stem_free(st);
	}
}

Test(stem, every_listed_language_accepted)
{
	const char **l = stem_languages();
	struct err e;
	int n = 0, english = 0;

	cr_assert_not_null(l);
	for (; *l; l++, n++) {
		struct stem *st = stem_new(*l, &e);
		size_t len;

		cr_assert_not_null(st, "listed language '%s' refused: %s", *l,
				   e.msg);
		cr_assert_not_null(stem_word(st, "test", 4, &len));
		english += !strcmp(*l, "english");
		stem_free(st);
	}
	cr_assert_geq(n, 10, "only %d languages listed", n);
	cr_assert_eq(english, 1);
}

Test(stem, unknown_language_lists_known_ones)
{
	const char **l;
	struct err e;
	const char *want = "unknown stemmer language 'klingon' (known: ";

	cr_assert_null(stem_new("klingon", &e));
	cr_assert(!strncmp(e.msg, want, strlen(want)), "%s", e.msg);
	cr_assert_eq(e.msg[strlen(e.msg) - 1], ')', "%s", e.msg);
	for (l = stem_languages(); *l; l++)
		cr_assert_not_null(strstr(e.msg, *l), "'%s' missing from: %s",
				   *l, e.msg);
	cr_assert_null(stem_new("", &e));
	cr_assert_not_null(strstr(e.msg, "unknown stemmer language ''"));
}

Test(stem, free_null_is_noop)
{
	stem_free(NULL);
}

/* Only word[0..n) counts: the cache keys on those bytes, not a C string. */
Test(stem, length_not_nul_delimits_word)
{
	struct err e;
	struct stem *st = stem_new("english", &e);
	size_t len;
	const char *s;

	cr_assert_not_null(st, "%s", e.msg);
	s = stem_word(st, "runningXYZ", 7, &len);
	cr_assert(len == 3 && !memcmp(s, "run", 3));
	s = stem_word(st, "running", 7, &len);
	cr_assert(len == 3 && !memcmp(s, "run", 3));
	s = stem_word(st, "runningmates", 12, &len);
	cr_assert(len != 3 || memcmp(s, "run", 3), "a longer key hit 'running'");
	stem_free(st);
}

Test(stem, same_word_twice_same_stem)
{
	struct err e;
	struct stem *st = stem_new("english", &e);
	size_t l1, l2;
	char *first;
	const char *s;

	cr_assert_not_null(st, "%s", e.msg);
	s = stem_word(st, "alliances", 9, &l1);
	first = strndup(s, l1);
	s = stem_word(st, "alliances", 9, &l2); /* from the cache now */
	cr_assert_eq(l1, l2);
	cr_assert(!memcmp(s, first, l1));
	cr_assert_str_eq(first, "allianc");
	free(first);
	stem_free(st);
}

/* Words longer than the cache keeps are stemmed all the same. */
Test(stem, long_words_stemmed_uncached)
{
	struct err e;
	struct stem *st = stem_new("english", &e);
	char word[200], want[200];
	size_t len, i;
	const char *s;

	cr_assert_not_null(st, "%s", e.msg);
	for (i = 0; i < 2; i++) {
		memset(word, 0, sizeof(word));
		memset(word, 'k', 120);
		strcat(word, "memberships");
		memset(want, 0, sizeof(want));
		memset(want, 'k', 120);
		strcat(want, "membership");
		s = stem_word(st, word, strlen(word), &len);
		cr_assert(len == strlen(want) && !memcmp(s, want, len),
			  "got '%.*s'", (int)len, s);
	}
	stem_free(st);
}

/* The i-th word of a long list of distinct, stemmable words. */
static void nth_word(size_t i, char *buf, size_t size)
{
	static const char *const suffix[] = { "ing", "s", "ed", "ness", "ly",
					      "ations", "ers", "" };
	char letters[16];
	size_t k = 0, x = i;

	do {
		letters[k++] = (char)('b' + x % 20);
		x /= 20;
	} while (x);
	letters[k] = '\0';
	snprintf(buf, size, "pa%sro%s", letters, suffix[i % 8]);
}

/*
 * More distinct words than the cache holds (32768): it is emptied and
 * refilled several times. Each word is looked up twice, the second time
 * after some others, and once more at the end; every answer must equal
 * what a second stemmer gave on its first (uncached) sight of the word.
 */
#define NWORD 80000
Test(stem, cache_overflow_keeps_stems_right, .timeout = 120)
{
	struct err e;
	struct stem *a = stem_new("english", &e), *b = stem_new("english", &e);
	char **want = calloc(NWORD, sizeof(char *));
	char word[64];
	size_t i, len;
	const char *s;

	cr_assert(a && b && want);
	for (i = 0; i < NWORD; i++) {
		nth_word(i, word, sizeof(word));
		s = stem_word(b, word, strlen(word), &len);
		want[i] = strndup(s, len);
	}
	/* distinct words, some of which the stemmer really changes */
	nth_word(8, word, sizeof(word));
	cr_assert_str_eq(word, "pajroing");
	cr_assert_str_eq(want[8], "pajro");
	expect_stem(a, "running", "run");
	for (i = 0; i < NWORD; i++) {
		size_t j, k, look[2] = { i, i >= 7 ? i - 7 : i };

		for (k = 0; k < 2; k++) {
			j = look[k];
			nth_word(j, word, sizeof(word));
			s = stem_word(a, word, strlen(word), &len);
			cr_assert(len == strlen(want[j]) &&
				  !memcmp(s, want[j], len),
				  "word %zu '%s': '%.*s', want '%s'", j, word,
				  (int)len, s, want[j]);
		}
	}
	expect_stem(a, "running", "run");
	expect_stem(a, "memberships", "membership");
	for (i = NWORD; i-- > 0;) {
		nth_word(i, word, sizeof(word));
		s = stem_word(a, word, strlen(word), &len);
		cr_assert(len == strlen(want[i]) && !memcmp(s, want[i], len),
			  "word %zu '%s' on the last pass", i, word);
	}
	for (i = 0; i < NWORD; i++)
		free(want[i]);
	free(want);
	stem_free(a);
	stem_free(b);
}
