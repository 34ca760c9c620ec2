/*
 * embed: loading "word<TAB>hex" word vectors (signed bytes, normalised
 * words, comments, CRLF), the rank weights, refusing bad lines with file
 * and line, and saving in load order.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed.h"
#include "err.h"
#include "testutil.h"

#define TINY "tests/data/embed/tiny.tsv"

static struct embed *load_ok(const char *path)
{
	struct err e;
	struct embed *em = embed_load(path, &e);

	cr_assert_not_null(em, "%s", e.msg);
	return em;
}

static const signed char *get(const struct embed *em, const char *w, int *wt)
{
	const signed char *v = embed_get(em, w, strlen(w), wt);

	cr_assert_not_null(v, "'%s' missing", w);
	return v;
}

Test(embed, load_tiny)
{
	struct embed *em = load_ok(TINY);
	const signed char *v;
	int w = -1;

	cr_assert_eq(embed_size(em), 6, "comments and blank lines skipped");
	cr_assert_eq(embed_dim(em), 4);
	v = get(em, "the", &w);
	cr_assert(v[0] == 127 && v[1] == 0 && v[2] == 0 && v[3] == 0);
	v = get(em, "bad", &w);
	cr_assert_eq(v[2], -127, "0x81 is -127 (upper-case hex too)");
	cr_assert_eq(v[3], 127);
	v = get(em, "nato", &w);
	cr_assert_eq(v[3], 64, "a CRLF line end is fine");
	v = get(em, "russia", &w);
	cr_assert_eq(v[0], -64);
	get(em, "ukraine", &w); /* "Ukraine" normalised on load */
	cr_assert_null(embed_get(em, "Ukraine", 7, &w));
	w = 42;
	cr_assert_null(embed_get(em, "th", 2, &w));
	cr_assert_eq(w, 42, "weight untouched when the word is missing");
	embed_free(em);
	embed_free(NULL);
}

/* Rank r weighs round(256 r / (r + 100)): the most frequent, least. */
Test(embed, weights_follow_rank)
{
	struct embed *em = load_ok(TINY);
	const char *words[] = { "the", "good", "bad", "nato", "russia",
				"ukraine" };
	int want[] = { 3, 5, 7, 10, 12, 14 }, w, i;

	for (i = 0; i < 6; i++) {
		get(em, words[i], &w);
		cr_assert_eq(w, want[i], "%s: weight %d", words[i], w);
	}
	embed_free(em);
}

/* One bad line after a good one in a temporary file: refused as path:2. */
static void expect_bad(const char *line, const char *why)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "v.tsv"), want[512];
	struct err e;
	FILE *fp = fopen(path, "w");

	cr_assert_not_null(fp);
	fprintf(fp, "fine\t7f00\n%s\n", line);
	fclose(fp);
	cr_assert_null(embed_load(path, &e), "accepted '%s'", line);
	snprintf(want, sizeof(want), "%s:2: %s", path, why);
	cr_assert_str_eq(e.msg, want, "for line '%s'", line);
	tu_rmtree(dir);
	free(path);
	free(dir);
}

Test(embed, bad_lines_name_file_and_line)
{
	expect_bad("word 7f00", "expected 'word<TAB>hex digits'");
	expect_bad("\t7f00", "expected 'word<TAB>hex digits'");
	expect_bad("word\t", "expected an even number of hex digits "
		   "(at most 2048)");
	expect_bad("word\t7f0", "expected an even number of hex digits "
		   "(at most 2048)");
	expect_bad("word\t7f0g", "bad hex digit");
	expect_bad("word\t7f 0", "bad hex digit");
	expect_bad("word\t7f0000", "vector length differs from the first "
		   "line's");
	expect_bad("FINE\t0000", "word repeated (after normalisation)");
}

Test(embed, empty_and_missing_files_refused)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "empty.tsv"), want[512];
	struct err e;

	tu_write_str(path, "# only a comment\n\n");
	cr_assert_null(embed_load(path, &e));
	snprintf(want, sizeof(want), "%s: no word vectors", path);
	cr_assert_str_eq(e.msg, want);
	cr_assert_null(embed_load("tests/data/embed/nope.tsv", &e));
	cr_assert_str_eq(e.msg, "tests/data/embed/nope.tsv: cannot open: "
			 "No such file or directory");
	tu_rmtree(dir);
	free(path);
	free(dir);
}

/* Saved in load order (so ranks and weights survive) and read back. */
Test(embed, save_and_reload)
{
	struct embed *em = load_ok(TINY), *back;
	char *dir = tu_tmpdir(), *path = tu_path(dir, "out.tsv"), *text;
	const char *words[] = { "the", "good", "bad", "nato", "russia",
				"ukraine" };
	struct err e;
	size_t n, i;

	cr_assert_eq(embed_save(em, path, &e), 0, "%s", e.msg);
	text = tu_read(path, &n);
	cr_assert_not_null(strstr(text, "\nthe\t7f000000\ngood\t007f0000\n"
				  "bad\t0000817f\nnato\t40404040\n"
				  "russia\tc0000000\nukraine\t00000040\n"),
			   "%s", text);
	back = load_ok(path);
	cr_assert_eq(embed_size(back), 6);
	for (i = 0; i < 6; i++) {
		int w1, w2;
		const signed char *a = get(em, words[i], &w1);
		const signed char *b = get(back, words[i], &w2);

		cr_assert_eq(memcmp(a, b, 4), 0, "%s", words[i]);
		cr_assert_eq(w1, w2, "%s", words[i]);
	}
	free(text);
	embed_free(back);
	embed_free(em);
	tu_rmtree(dir);
	free(path);
	free(dir);
}

/* The shipped vectors load: 30,000 words of 100 dimensions. */
Test(embed, shipped_vectors_load)
{
	struct embed *em = load_ok("models/lexicons/word_vectors.tsv");
	int w;

	cr_assert_eq(embed_size(em), 30000);
	cr_assert_eq(embed_dim(em), 100);
	get(em, "nato", &w);
	get(em, "membership", &w);
	embed_free(em);
}
