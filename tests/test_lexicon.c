/*
 * lexicon: loading "word<TAB>valence" files (normalised words, comments,
 * blank lines, extra columns, CRLF), refusing bad lines with file and
 * line, and saving in load order.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lexicon.h"
#include "testutil.h"

#define TINY "tests/data/lexicon/tiny.tsv"
#define BAD "tests/data/lexicon/bad.tsv"

static double get(const struct lexicon *lx, const char *w)
{
	double v = 12345;

	cr_assert_eq(lexicon_get(lx, w, strlen(w), &v), 1, "'%s' missing", w);
	return v;
}

Test(lexicon, load_tiny)
{
	struct err e;
	struct lexicon *lx = lexicon_load(TINY, &e);
	double v = 42;

	cr_assert_not_null(lx, "%s", e.msg);
	cr_assert_eq(lexicon_size(lx), 6, "comments and blank lines skipped");
	cr_assert_eq(get(lx, "good"), 1.9, "extra columns ignored");
	cr_assert_eq(get(lx, "bad"), -2.5);
	cr_assert_eq(get(lx, ":)"), 2.0);
	cr_assert_eq(get(lx, "crlf"), -0.5, "a CRLF line end is fine");
	cr_assert_eq(lexicon_get(lx, "ugly", 4, &v), 0);
	cr_assert_eq(v, 42, "valence untouched when the word is missing");
	cr_assert_eq(lexicon_get(lx, "goo", 3, &v), 0);
	lexicon_free(lx);
}

/* Words are normalised on load so that normalised text finds them. */
Test(lexicon, words_normalised_on_load)
{
	struct err e;
	struct lexicon *lx = lexicon_load(TINY, &e);
	double v;

	cr_assert_not_null(lx, "%s", e.msg);
	cr_assert_eq(get(lx, "great"), 3.1);
	cr_assert_eq(lexicon_get(lx, "Great", 5, &v), 0);
	cr_assert_eq(get(lx, "\xc3\xa9tat"), 0.25); /* ÉTAT -> état */
	lexicon_free(lx);
}

Test(lexicon, bad_line_names_file_and_line)
{
	struct err e;

	cr_assert_null(lexicon_load(BAD, &e));
	cr_assert_str_eq(e.msg, BAD ":3: expected 'word<TAB>valence'");
}

Test(lexicon, missing_file_refused)
{
	struct err e;

	cr_assert_null(lexicon_load("tests/data/lexicon/nope.tsv", &e));
	cr_assert_str_eq(e.msg, "tests/data/lexicon/nope.tsv: cannot open: "
			 "No such file or directory");
}

/* One bad second line in a temporary file: refused as path:2. */
static void expect_bad_line(const char *line)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "lx.tsv"), want[512];
	struct err e;
	FILE *fp = fopen(path, "w");

	cr_assert_not_null(fp);
	fprintf(fp, "fine\t1\n%s\n", line);
	fclose(fp);
	cr_assert_null(lexicon_load(path, &e), "accepted '%s'", line);
	snprintf(want, sizeof(want), "%s:2: expected 'word<TAB>valence'", path);
	cr_assert_str_eq(e.msg, want, "for line '%s'", line);
	tu_rmtree(dir);
	free(path);
	free(dir);
}

Test(lexicon, bad_values_refused)
{
	expect_bad_line("word\tabc");
	expect_bad_line("word\t1.5x");
	expect_bad_line("word\t");
	expect_bad_line("\t1.0");
	expect_bad_line("word\tinf");
	expect_bad_line("word\tnan");
	expect_bad_line("word\t1e999");
	expect_bad_line("word 1.0");
	expect_bad_line("   ");
}

Test(lexicon, no_entries_refused)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "empty.tsv"), want[512];
	struct err e;

	tu_write_str(path, "# only a comment\n\n");
	cr_assert_null(lexicon_load(path, &e));
	snprintf(want, sizeof(want), "%s: no entries", path);
	cr_assert_str_eq(e.msg, want);
	tu_rmtree(dir);
	free(path);
	free(dir);
}

Test(lexicon, put_adds_and_replaces)
{
	struct lexicon *lx = lexicon_new();

	cr_assert_eq(lexicon_size(lx), 0);
	lexicon_put(lx, "join", 4, 1.5);
	lexicon_put(lx, "veto", 4, -2);
	lexicon_put(lx, "join", 4, 0.5);
	cr_assert_eq(lexicon_size(lx), 2);
	cr_assert_eq(get(lx, "join"), 0.5, "the last value wins");
	cr_assert_eq(get(lx, "veto"), -2);
	lexicon_free(lx);
	lexicon_free(NULL);
}

Test(lexicon, save_and_reload_in_load_order)
{
	struct err e;
	struct lexicon *lx = lexicon_load(TINY, &e), *back;
	char *dir = tu_tmpdir(), *path = tu_path(dir, "out.tsv"), *text;

	cr_assert_not_null(lx, "%s", e.msg);
	lexicon_put(lx, "third", 5, 1.0 / 3);
	cr_assert_eq(lexicon_save(lx, path, &e), 0, "%s", e.msg);
	text = tu_read(path, NULL);
	cr_assert_str_eq(text,
			 "good\t1.8999999999999999\n"
			 "bad\t-2.5\n"
			 "great\t3.1000000000000001\n"
			 "\xc3\xa9tat\t0.25\n"
			 ":)\t2\n"
			 "crlf\t-0.5\n"
			 "third\t0.33333333333333331\n");
	back = lexicon_load(path, &e);
	cr_assert_not_null(back, "%s", e.msg);
	cr_assert_eq(lexicon_size(back), 7);
	cr_assert_eq(get(back, "third"), 1.0 / 3, "valences survive exactly");
	cr_assert_eq(get(back, "good"), 1.9);
	free(text);
	lexicon_free(back);
	lexicon_free(lx);
	tu_rmtree(dir);
	free(path);
	free(dir);
}

Test(lexicon, save_to_missing_directory_fails)
{
	struct lexicon *lx = lexicon_new();
	struct err e;

	lexicon_put(lx, "a", 1, 1);
	cr_assert_eq(lexicon_save(lx, "/nonexistent-dir/x.tsv", &e), -1);
	cr_assert(!strncmp(e.msg, "/nonexistent-dir/x.tsv: ", 24), "%s", e.msg);
	cr_assert(!tu_exists("/nonexistent-dir"));
	lexicon_free(lx);
}

/* The shipped VADER lexicon loads and knows a few words. */
Test(lexicon, vader_loads)
{
	struct err e;
	struct lexicon *lx = lexicon_load("models/lexicons/vader_lexicon.txt",
					  &e);

	cr_assert_not_null(lx, "%s", e.msg);
	cr_assert_gt(lexicon_size(lx), 7000);
	cr_assert_gt(get(lx, "good"), 0);
	cr_assert_lt(get(lx, "bad"), 0);
	lexicon_free(lx);
}
