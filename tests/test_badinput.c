/*
 * badinput: the bad-input table of issue #7, one test per row, through the
 * CLI ($STANCE_BIN). Errors must exit non-zero with a message naming the
 * file and the line or field, leave no partial or temporary file behind,
 * and never replace an existing model or report (checked by content).
 * Handled with a warning and exit 0: a header with no rows, invalid UTF-8
 * and NUL bytes. Inputs that could take memory without bound (a 100 MiB
 * line) are generated in /tmp and the child's peak RSS is checked.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "sbuf.h"
#include "testutil.h"

#define TINY "tests/data/train/tiny.csv"
#define LEXICON "tests/data/lexicon/tiny.tsv"
#define GOOD_CSV "id,text\n1,We should join NATO.\n2,\"Never, ever.\"\n"
#define RSS_MAX_KB (64 * 1024) /* the bound for streaming */

/*
 * Run "$STANCE_BIN args" (printf-style) with stdin from /dev/null, stdout
 * and stderr kept in v->out and v->err (outside v->dir, so that the
 * directory holds only what the command made). Returns the exit status.
 */
static int run(struct env *v, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static int run(struct env *v, const char *fmt, ...)
{
	struct sbuf cmd = SBUF_INIT;
	char args[4096], o[] = "/tmp/stance-badinput-out-XXXXXX";
	char e[] = "/tmp/stance-badinput-err-XXXXXX";
	va_list ap;
	int st, fo = mkstemp(o), fe = mkstemp(e);

	cr_assert(fo >= 0 && fe >= 0);
	close(fo);
	close(fe);
	va_start(ap, fmt);
	cr_assert_lt(vsnprintf(args, sizeof(args), fmt, ap), (int)sizeof(args));
	va_end(ap);
	sbuf_addf(&cmd, "'%s' %s </dev/null >'%s' 2>'%s'", v->bin, args, o, e);
	st = system(cmd.buf);
	cr_assert(st != -1 && WIFEXITED(st), "'%s' did not exit normally",
		  cmd.buf);
	free(v->out);
	free(v->err);
	v->out = tu_read(o, &v->out_len);
	v->err = tu_read(e, NULL);
	unlink(o);
	unlink(e);
	sbuf_release(&cmd);
	return WEXITSTATUS(st);
}

/* Like run, but stdout goes to the file out (e.g. /dev/full). */
static int run_to(struct env *v, const char *out, const char *args)
{
	struct sbuf cmd = SBUF_INIT;
	char e[] = "/tmp/stance-badinput-err-XXXXXX";
	int st, fe = mkstemp(e);

	cr_assert(fe >= 0);
	close(fe);
	sbuf_addf(&cmd, "'%s' %s </dev/null >'%s' 2>'%s'", v->bin, args, out, e);
	st = system(cmd.buf);
	cr_assert(st != -1 && WIFEXITED(st));
	free(v->err);
	v->err = tu_read(e, NULL);
	unlink(e);
	sbuf_release(&cmd);
	return WEXITSTATUS(st);
}

#define assert_err_has(v, s)                                             \
	cr_assert_not_null(strstr((v)->err, (s)),                        \
			   "stderr lacks \"%s\":\n%s", (s), (v)->err)

/* Train tiny.csv into dir/NAME (fast: fixed C, no char n-grams). */
static char *train(struct env *v, const char *name)
{
	char *model = at(v, name);

	cr_assert_eq(run(v, "train -q -C 1 --no-chars --lexicon %s %s -o '%s'",
			 LEXICON, TINY, model), 0, "train: %s", v->err);
	return model;
}

/* Every file of a directory, "name\n<content>" concatenated: a snapshot. */
static char *snapshot(const char *dir)
{
	static const char *const files[] = { "meta.txt", "vocab.tsv",
		"lexicon.tsv", "stance.svm", "sentiment.svm", "quotes.csv",
		"speakers.csv", "speakers.svg" };
	struct sbuf sb = SBUF_INIT;
	size_t i;

	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char *p = tu_path(dir, files[i]);

		if (tu_exists(p)) {
			char *body = tu_read(p, NULL);

			sbuf_addf(&sb, "== %s\n%s", files[i], body);
			free(body);
		}
		free(p);
	}
	cr_assert_gt(sb.len, 0, "nothing in %s", dir);
	return sbuf_detach(&sb);
}

/* The entries of v->dir must be exactly the n names given. */
static void assert_dir_holds(const struct env *v, int n)
{
	cr_assert_eq(tu_count_entries(v->dir), n,
		     "%d entries in %s, expected %d (a temporary file left?)",
		     tu_count_entries(v->dir), v->dir, n);
}

/* Peak RSS in KiB of the children waited for so far. */
static long child_rss_kb(void)
{
	struct rusage ru;

	cr_assert_eq(getrusage(RUSAGE_CHILDREN, &ru), 0);
	return ru.ru_maxrss;
}

/* Write head, then n bytes of c, and no newline. */
static void write_long_line(const char *path, const char *head, size_t n,
			    char c)
{
	FILE *fp = fopen(path, "wb");
	char *chunk = malloc(1 << 20);
	size_t k;

	cr_assert(fp && chunk);
	memset(chunk, c, 1 << 20);
	fputs(head, fp);
	for (; n; n -= k) {
		k = n < (1u << 20) ? n : (1u << 20);
		cr_assert_eq(fwrite(chunk, 1, k, fp), k);
	}
	cr_assert_eq(fclose(fp), 0);
	free(chunk);
}

/* ---- errors ---- */

Test(badinput, empty_file, .timeout = 120)
{
	struct env v;
	char *model, *in, *out;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "empty.csv");
	out = at(&v, "out.csv");
	tu_write_str(in, "");
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "empty.csv: empty file: no header row");
	cr_assert_eq(run(&v, "train -q -C 1 '%s' -o '%s/m2'", in, v.dir), 1);
	assert_err_has(&v, "empty.csv: empty file: no header row");
	cr_assert_eq(run(&v, "summarize '%s' -o '%s/rep'", in, v.dir), 1);
	assert_err_has(&v, "empty.csv: empty file: no header row");
	assert_dir_holds(&v, 2); /* model, empty.csv */
	free(in);
	free(out);
	free(model);
	env_release(&v);
}

Test(badinput, missing_text_column, .timeout = 120)
{
	struct env v;
	char *model, *in, *out;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	tu_write_str(in, "id,quote\n1,We should join.\n");
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "in.csv:1: no column 'text' in the header");
	tu_write_str(in, "id,quote,stance\n1,We should join.,pro\n");
	cr_assert_eq(run(&v, "train -q -C 1 '%s' -o '%s/m2'", in, v.dir), 1);
	assert_err_has(&v, "in.csv:1: no column 'text' in the header");
	assert_dir_holds(&v, 2);
	free(in);
	free(out);
	free(model);
	env_release(&v);
}

Test(badinput, field_over_1mib, .timeout = 120)
{
	struct env v;
	char *model, *in, *out;
	FILE *fp;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	write_long_line(in, "id,text\n1,\"", (1u << 20) + 1, 'a');
	fp = fopen(in, "ab");
	fputs("\"\n2,fine\n", fp);
	fclose(fp);
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "in.csv:2: field 2 longer than 1048576 bytes");
	assert_dir_holds(&v, 2);
	free(in);
	free(out);
	free(model);
	env_release(&v);
}

/* 100 MiB with no newline: refused after CSV_FIELD_MAX bytes, memory flat. */
Test(badinput, line_of_100mib_csv, .timeout = 120)
{
	struct env v;
	char *model, *in, *out;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	write_long_line(in, "id,text\n1,", 100u << 20, 'a');
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "in.csv:2: field 2 longer than 1048576 bytes");
	cr_assert_lt(child_rss_kb(), RSS_MAX_KB, "peak RSS %ld KiB",
		     child_rss_kb());
	assert_dir_holds(&v, 2);
	free(in);
	free(out);
	free(model);
	env_release(&v);
}

/* A line of 100 MiB of commas: empty fields cost memory too (found here). */
Test(badinput, line_of_100mib_commas, .timeout = 120)
{
	struct env v;
	char *model, *in, *out;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	write_long_line(in, "id,text\n", 100u << 20, ',');
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "in.csv:2: more than 4096 fields in one record");
	cr_assert_lt(child_rss_kb(), RSS_MAX_KB, "peak RSS %ld KiB",
		     child_rss_kb());
	assert_dir_holds(&v, 2);
	free(in);
	free(out);
	free(model);
	env_release(&v);
}

Test(badinput, line_of_100mib_lines_mode, .timeout = 120)
{
	struct env v;
	char *model, *in, *out;
	long rss;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.txt");
	out = at(&v, "out.csv");
	write_long_line(in, "", 100u << 20, 'a');
	cr_assert_eq(run(&v, "classify --lines -m '%s' '%s' -o '%s'", model, in,
			 out), 1);
	assert_err_has(&v, "in.txt:1: line longer than 1048576 bytes");
	assert_dir_holds(&v, 2);
	rss = child_rss_kb();
	free(in);
	free(out);
	free(model);
	env_release(&v);
	cr_assert_lt(rss, RSS_MAX_KB, "classify --lines held the long line "
		     "(peak RSS %ld KiB)", rss);
}

Test(badinput, unbalanced_quotes, .timeout = 120)
{
	struct env v;
	char *model, *in, *out;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	tu_write_str(in, "id,text\n1,ok\n2,\"never closed\n3,more\n");
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "in.csv:3: unterminated quote in field 2");
	tu_write_str(in, "id,text,stance\n1,\"a\"b,pro\n");
	cr_assert_eq(run(&v, "train -q -C 1 '%s' -o '%s/m2'", in, v.dir), 1);
	assert_err_has(&v, "in.csv:2: unexpected text after closing quote in "
			   "field 2");
	assert_dir_holds(&v, 2);
	free(in);
	free(out);
	free(model);
	env_release(&v);
}

Test(badinput, unknown_label_in_corpus, .timeout = 120)
{
	struct env v;
	char *model, *in, *before, *after;
	char *tiny = tu_read(TINY, NULL);
	struct sbuf sb = SBUF_INIT;

	env_init(&v);
	model = train(&v, "model");
	before = snapshot(model);
	in = at(&v, "in.csv");
	sbuf_adds(&sb, tiny);
	sbuf_adds(&sb, "99,Maybe we join and maybe not.,perhaps,neutral\n");
	tu_write_str(in, sb.buf);
	cr_assert_eq(run(&v, "train -q -C 1 --stance-labels pro,neutral,against "
			 "'%s' -o '%s'", in, model), 1);
	assert_err_has(&v, "in.csv:44: unknown label 'perhaps' in column "
			   "'stance'");
	after = snapshot(model);
	cr_assert_str_eq(after, before, "the model changed");
	assert_dir_holds(&v, 2);
	free(before);
	free(after);
	free(tiny);
	sbuf_release(&sb);
	free(in);
	free(model);
	env_release(&v);
}

Test(badinput, single_class_label_column, .timeout = 120)
{
	struct env v;
	char *model, *in, *before, *after;

	env_init(&v);
	model = train(&v, "model");
	before = snapshot(model);
	in = at(&v, "in.csv");
	tu_write_str(in, "text,stance\nJoin now.,pro\nJoin today.,pro\n"
			 "Join soon.,pro\n");
	cr_assert_eq(run(&v, "train -q -C 1 --no-sentiment '%s' -o '%s'", in,
			 model), 1);
	assert_err_has(&v, "in.csv: column 'stance' has a single label 'pro'");
	after = snapshot(model);
	cr_assert_str_eq(after, before, "the model changed");
	assert_dir_holds(&v, 2);
	free(before);
	free(after);
	free(in);
	free(model);
	env_release(&v);
}

/* Rewrite the "file NAME ..." line of meta.txt to match NAME as it is. */
static void reseal(const char *model, const char *name)
{
	char *meta_path = tu_path(model, "meta.txt");
	char *file_path = tu_path(model, name);
	char *meta = tu_read(meta_path, NULL), *line, *save;
	size_t n;
	char *body = tu_read(file_path, &n);
	unsigned long long h = 1469598103934665603ull;
	struct sbuf out = SBUF_INIT;
	size_t i, k = strlen(name);

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)body[i];
		h *= 1099511628211ull;
	}
	for (line = strtok_r(meta, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		if (!strncmp(line, "file ", 5) && !strncmp(line + 5, name, k) &&
		    line[5 + k] == ' ')
			sbuf_addf(&out, "file %s %zu %016llx\n", name, n, h);
		else
			sbuf_addf(&out, "%s\n", line);
	}
	tu_write(meta_path, out.buf, out.len);
	sbuf_release(&out);
	free(meta);
	free(body);
	free(meta_path);
	free(file_path);
}

Test(badinput, truncated_model, .timeout = 120)
{
	struct env v;
	char *model, *in, *out, *svm;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	tu_write_str(in, GOOD_CSV);
	svm = tu_path(model, "stance.svm");
	cr_assert_eq(truncate(svm, 1000), 0);
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "model/stance.svm: truncated or changed: 1000 bytes");
	/* a size and checksum that agree: the parser itself must refuse it */
	reseal(model, "stance.svm");
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "model/stance.svm:");
	assert_err_has(&v, "truncated model");
	/* cut inside the header */
	cr_assert_eq(truncate(svm, 60), 0);
	reseal(model, "stance.svm");
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "model/stance.svm:");
	assert_dir_holds(&v, 2); /* model, in.csv */
	free(svm);
	free(in);
	free(out);
	free(model);
	env_release(&v);
}

/*
 * libsvm 3.24's svm_load_model crashes on an inflated total_sv or
 * nr_class; ours must refuse them with the file and line.
 */
Test(badinput, inflated_model_counts, .timeout = 120)
{
	static const char *const edit[][2] = {
		{ "total_sv ", "total_sv 100000000" },
		{ "nr_class ", "nr_class 1000" },
		{ "nr_sv ", "nr_sv 100000000 1 1" },
		{ "label ", "label 0 1 7" },
	};
	struct env v;
	char *model, *in, *svm, *orig;
	size_t i;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	tu_write_str(in, GOOD_CSV);
	svm = tu_path(model, "stance.svm");
	orig = tu_read(svm, NULL);
	for (i = 0; i < sizeof(edit) / sizeof(edit[0]); i++) {
		struct sbuf sb = SBUF_INIT;
		char *copy = strdup(orig), *line, *save;

		for (line = strtok_r(copy, "\n", &save); line;
		     line = strtok_r(NULL, "\n", &save))
			sbuf_addf(&sb, "%s\n",
				  strncmp(line, edit[i][0], strlen(edit[i][0])) ?
				  line : edit[i][1]);
		tu_write(svm, sb.buf, sb.len);
		reseal(model, "stance.svm");
		cr_assert_eq(run(&v, "classify -m '%s' '%s'", model, in), 1,
			     "%s accepted", edit[i][1]);
		assert_err_has(&v, "model/stance.svm:");
		sbuf_release(&sb);
		free(copy);
	}
	free(orig);
	free(svm);
	free(in);
	free(model);
	env_release(&v);
}

Test(badinput, model_of_another_format_version, .timeout = 120)
{
	struct env v;
	char *model, *in, *out, *meta, *text;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	tu_write_str(in, GOOD_CSV);
	meta = tu_path(model, "meta.txt");
	text = tu_read(meta, NULL);
	cr_assert_eq(strncmp(text, "format stance-model 1\n", 22), 0);
	text[20] = '2';
	tu_write_str(meta, text);
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 1);
	assert_err_has(&v, "model/meta.txt:1: model format version 2 is not "
			   "supported");
	assert_dir_holds(&v, 2);
	free(text);
	free(meta);
	free(in);
	free(out);
	free(model);
	env_release(&v);
}

/*
 * A directory this process cannot create files in. Tests may run as root,
 * for whom mode 0555 means nothing; then /proc/self (where nobody can
 * create a file) stands in.
 */
static char *unwritable_dir(const struct env *v)
{
	char *d = at(v, "ro"), *probe;
	int fd;

	cr_assert_eq(mkdir(d, 0555), 0);
	probe = tu_path(d, "probe");
	fd = open(probe, O_CREAT | O_WRONLY, 0644);
	if (fd >= 0) {
		close(fd);
		unlink(probe);
		free(d);
		d = strdup("/proc/self");
	}
	free(probe);
	return d;
}

Test(badinput, unwritable_output_directory, .timeout = 120)
{
	struct env v;
	char *model, *in, *ro;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	tu_write_str(in, GOOD_CSV);
	ro = unwritable_dir(&v);
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s/out.csv'", model, in,
			 ro), 1);
	assert_err_has(&v, "/out.csv: cannot create output file");
	cr_assert_eq(v.out_len, 0);
	cr_assert_eq(run(&v, "train -q -C 1 --no-chars %s -o '%s/m'", TINY, ro),
		     1);
	assert_err_has(&v, "/m: cannot create directory beside it");
	cr_assert_eq(run(&v, "analyze -m '%s' tests/data/analyze/a1.txt "
			 "-o '%s/rep'", model, ro), 1);
	assert_err_has(&v, "/rep: cannot create directory");
	if (strcmp(ro, "/proc/self"))
		cr_assert_eq(tu_count_entries(ro), 0);
	free(ro);
	free(in);
	free(model);
	env_release(&v);
}

Test(badinput, full_disk, .timeout = 120)
{
	struct env v;
	char *model, *in, args[4096];

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	tu_write_str(in, GOOD_CSV);
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o /dev/full", model, in),
		     1);
	assert_err_has(&v, "/dev/full: write error: No space left on device");
	snprintf(args, sizeof(args), "classify -m '%s' '%s'", model, in);
	cr_assert_eq(run_to(&v, "/dev/full", args), 1);
	assert_err_has(&v, "write error");
	snprintf(args, sizeof(args), "analyze -m '%s' tests/data/analyze/a1.txt",
		 model);
	cr_assert_eq(run_to(&v, "/dev/full", args), 1);
	assert_err_has(&v, "write error");
	snprintf(args, sizeof(args), "train -C 1 --no-chars %s -o '%s/m2'",
		 TINY, v.dir);
	cr_assert_eq(run_to(&v, "/dev/full", args), 1);
	assert_err_has(&v, "<stdout>: write error");
	cr_assert_eq(run(&v, "analyze -q -m '%s' tests/data/analyze/a1.txt "
			 "-o '%s/rep'", model, v.dir), 0, "%s", v.err);
	snprintf(args, sizeof(args), "summarize '%s/rep/quotes.csv'", v.dir);
	cr_assert_eq(run_to(&v, "/dev/full", args), 1);
	assert_err_has(&v, "<stdout>: write error");
	free(in);
	free(model);
	env_release(&v);
}

/* A failed run never replaces a report that is there. */
Test(badinput, existing_reports_kept, .timeout = 120)
{
	struct env v;
	char *model, *in, *bad, *out, *before, *after, *rep, *rep_before;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	bad = at(&v, "bad.csv");
	out = at(&v, "out.csv");
	rep = at(&v, "rep");
	tu_write_str(in, GOOD_CSV);
	tu_write_str(bad, "id,text\n1,fine\n2,\"never closed\n");
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 0);
	before = tu_read(out, NULL);
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, bad, out),
		     1);
	after = tu_read(out, NULL);
	cr_assert_str_eq(after, before);
	cr_assert_eq(run(&v, "analyze -q -m '%s' tests/data/analyze/a1.txt "
			 "-o '%s'", model, rep), 0, "%s", v.err);
	rep_before = snapshot(rep);
	cr_assert_eq(run(&v, "analyze -q -m '%s' tests/data/analyze/a2.txt "
			 "'%s/missing.txt' -o '%s'", model, v.dir, rep), 1);
	assert_err_has(&v, "missing.txt: cannot open");
	free(after);
	after = snapshot(rep);
	cr_assert_str_eq(after, rep_before);
	cr_assert_eq(run(&v, "summarize '%s' -o '%s'", bad, rep), 1);
	free(after);
	after = snapshot(rep);
	cr_assert_str_eq(after, rep_before);
	cr_assert_eq(tu_count_entries(rep), 3, "temporary files left in %s",
		     rep);
	assert_dir_holds(&v, 5); /* model, in, bad, out, rep */
	free(before);
	free(after);
	free(rep_before);
	free(rep);
	free(in);
	free(bad);
	free(out);
	free(model);
	env_release(&v);
}

/* ---- handled, with a warning ---- */

Test(badinput, header_with_no_rows, .timeout = 120)
{
	struct env v;
	char *model, *in, *out, *body;
	int warned;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	tu_write_str(in, "id,text\n");
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 0,
		     "%s", v.err);
	body = tu_read(out, NULL);
	cr_assert_str_eq(body, "id,text,stance,stance_p_pro,stance_p_neutral,"
			 "stance_p_against,sentiment,sentiment_p_positive,"
			 "sentiment_p_neutral,sentiment_p_negative\n");
	warned = strstr(v.err, "warning") && strstr(v.err, "in.csv");
	free(body);
	free(in);
	free(out);
	free(model);
	env_release(&v);
	cr_assert(warned, "no warning for a header with no rows");
}

Test(badinput, summarize_header_with_no_rows, .timeout = 120)
{
	struct env v;
	char *model, *rep, *in, *quotes, *nl, *path;

	env_init(&v);
	model = train(&v, "model");
	rep = at(&v, "rep");
	in = at(&v, "in.csv");
	cr_assert_eq(run(&v, "analyze -q -m '%s' tests/data/analyze/a1.txt "
			 "-o '%s'", model, rep), 0, "%s", v.err);
	path = tu_path(rep, "quotes.csv");
	quotes = tu_read(path, NULL);
	free(path);
	nl = strchr(quotes, '\n');
	nl[1] = '\0';
	tu_write_str(in, quotes);
	cr_assert_eq(run(&v, "summarize '%s'", in), 0, "%s", v.err);
	assert_err_has(&v, "warning: ");
	assert_err_has(&v, "in.csv: no rows after the header");
	free(quotes);
	free(in);
	free(rep);
	free(model);
	env_release(&v);
}

/* One warning for the whole file, naming it and the first bad line. */
static int count(const char *s, const char *what)
{
	int n = 0;

	while ((s = strstr(s, what))) {
		n++;
		s += strlen(what);
	}
	return n;
}

Test(badinput, invalid_utf8_and_nul, .timeout = 120)
{
	static const char bytes[] = "id,text\n1,fine\n2,caf\xe9 \0 nul\n"
				    "3,\xff\xfe more\n";
	struct env v;
	char *model, *in, *out, *body;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "in.csv");
	out = at(&v, "out.csv");
	tu_write(in, bytes, sizeof(bytes) - 1);
	cr_assert_eq(run(&v, "classify -m '%s' '%s' -o '%s'", model, in, out), 0,
		     "%s", v.err);
	cr_assert_eq(count(v.err, "warning"), 1, "%s", v.err);
	assert_err_has(&v, "in.csv:3: 4 invalid UTF-8 or NUL byte(s) replaced "
			   "by U+FFFD");
	body = tu_read(out, NULL);
	cr_assert_not_null(strstr(body, "caf\xef\xbf\xbd \xef\xbf\xbd nul"),
			   "%s", body);
	free(body);
	/* --lines counts the same way */
	cr_assert_eq(run(&v, "classify --lines -m '%s' '%s' -o '%s'", model, in,
			 out), 0, "%s", v.err);
	cr_assert_eq(count(v.err, "warning"), 1, "%s", v.err);
	assert_err_has(&v, "in.csv:3: 4 invalid UTF-8 or NUL byte(s)");
	free(in);
	free(out);
	free(model);
	env_release(&v);
}

/* Training reads its corpus with the same reader: one warning too. */
Test(badinput, invalid_utf8_in_training_corpus, .timeout = 120)
{
	static const char extra[] = "50,Bad \xff byte and \0 nul,pro,neutral\n";
	struct env v;
	char *in, *tiny = tu_read(TINY, NULL);
	int warned;
	FILE *fp;

	env_init(&v);
	in = at(&v, "in.csv");
	tu_write_str(in, tiny);
	fp = fopen(in, "ab");
	fwrite(extra, 1, sizeof(extra) - 1, fp);
	fclose(fp);
	cr_assert_eq(run(&v, "train -q -C 1 --no-chars '%s' -o '%s/m'", in,
			 v.dir), 0, "%s", v.err);
	warned = count(v.err, "warning") == 1 && strstr(v.err, "in.csv:44:");
	free(in);
	free(tiny);
	env_release(&v);
	cr_assert(warned, "train replaced invalid bytes without one warning "
		  "naming the line");
}

/* An article with invalid bytes: one warning naming file and line. */
Test(badinput, invalid_utf8_in_article, .timeout = 120)
{
	static const char text[] = "Title\n\nFirst paragraph.\n\n"
				   "\"We will join \xff NATO,\" Smith said.\n";
	struct env v;
	char *model, *in;
	int named;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "bad.txt");
	tu_write(in, text, sizeof(text) - 1);
	cr_assert_eq(run(&v, "analyze -q -m '%s' '%s'", model, in), 0, "%s",
		     v.err);
	cr_assert_eq(count(v.err, "warning"), 1, "%s", v.err);
	assert_err_has(&v, "bad.txt");
	named = strstr(v.err, "bad.txt:5:") != NULL;
	free(in);
	free(model);
	env_release(&v);
	cr_assert(named, "the warning does not name the first bad line");
}

/* An empty article is an empty file: an error, or at least a warning. */
Test(badinput, empty_article, .timeout = 120)
{
	struct env v;
	char *model, *in;
	int told;

	env_init(&v);
	model = train(&v, "model");
	in = at(&v, "empty.txt");
	tu_write_str(in, "");
	run(&v, "analyze -q -m '%s' '%s'", model, in);
	told = strstr(v.err, "empty.txt") != NULL;
	free(in);
	free(model);
	env_release(&v);
	cr_assert(told, "an empty article passed without a word");
}

/*
 * combine: an empty file, a broken quote, a bad probability and a file
 * without task columns are errors naming the file and line, and leave
 * nothing behind; invalid UTF-8 in both files is repaired alike, so the
 * rows still match, with one warning per file.
 */
Test(badinput, combine_bad_files, .timeout = 120)
{
	static const char good[] = "id,text,stance,stance_p_pro,stance_p_against\n"
				   "1,a,pro,0.6000,0.4000\n";
	static const char utf8[] = "id,text,stance,stance_p_pro,stance_p_against\n"
				   "1,caf\xe9,pro,0.6000,0.4000\n";
	struct env v;
	char *a, *b, *out, *body;

	env_init(&v);
	a = at(&v, "a.csv");
	b = at(&v, "b.csv");
	out = at(&v, "out.csv");
	tu_write_str(a, good);
	tu_write_str(b, "");
	cr_assert_eq(run(&v, "combine '%s' '%s' -o '%s'", a, b, out), 1);
	assert_err_has(&v, "b.csv: empty file: no header row");
	tu_write_str(b, "id,text,stance,stance_p_pro,stance_p_against\n"
			"1,\"a,pro,0.6000,0.4000\n");
	cr_assert_eq(run(&v, "combine '%s' '%s' -o '%s'", a, b, out), 1);
	assert_err_has(&v, "b.csv:2: unterminated quote in field 2");
	tu_write_str(b, "id,text,stance,stance_p_pro,stance_p_against\n"
			"1,a,pro,0.6000,1.5\n");
	cr_assert_eq(run(&v, "combine '%s' '%s' -o '%s'", a, b, out), 1);
	assert_err_has(&v, "b.csv:2: bad probability '1.5' in column "
			   "'stance_p_against'");
	tu_write_str(b, "id,text\n1,a\n");
	cr_assert_eq(run(&v, "combine '%s' '%s' -o '%s'", b, a, out), 1);
	assert_err_has(&v, "b.csv:1: no task");
	assert_dir_holds(&v, 2); /* a.csv, b.csv */
	tu_write(a, utf8, sizeof(utf8) - 1);
	tu_write(b, utf8, sizeof(utf8) - 1);
	cr_assert_eq(run(&v, "combine '%s' '%s' -o '%s'", a, b, out), 0, "%s",
		     v.err);
	cr_assert_eq(count(v.err, "warning"), 2, "%s", v.err);
	assert_err_has(&v, "b.csv:2: 1 invalid UTF-8 or NUL byte(s)");
	body = tu_read(out, NULL);
	cr_assert_str_eq(body, "id,text,stance,stance_p_pro,stance_p_against\n"
			       "1,caf\xef\xbf\xbd,pro,0.6000,0.4000\n");
	free(body);
	free(a);
	free(b);
	free(out);
	env_release(&v);
}
