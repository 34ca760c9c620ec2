/*
 * afile: all-or-nothing output files and directories.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "afile.h"
#include "err.h"
#include "testutil.h"

Test(afile, commit_replaces_atomically)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "out.csv"), *text;
	struct afile af;
	struct err e;
	FILE *fp;

	tu_write_str(path, "old contents\n");
	fp = afile_open(&af, path, &e);
	cr_assert_not_null(fp, "%s", e.msg);
	cr_assert_not_null(af.tmp, "a regular file is written beside");
	fputs("new contents\n", fp);
	fflush(fp);
	/* until the commit, readers see the old file */
	text = tu_read(path, NULL);
	cr_assert_str_eq(text, "old contents\n");
	free(text);
	cr_assert_eq(tu_count_entries(dir), 2, "the temporary file is beside");
	cr_assert_eq(afile_commit(&af, &e), 0, "%s", e.msg);
	text = tu_read(path, NULL);
	cr_assert_str_eq(text, "new contents\n");
	free(text);
	cr_assert_eq(tu_count_entries(dir), 1, "temporary file left behind");
	cr_assert_null(af.path);
	cr_assert_null(af.tmp);
	tu_rmtree(dir);
	free(path);
	free(dir);
}

Test(afile, commit_creates_new_file_with_umask_mode)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "new.txt"), *text;
	struct afile af;
	struct err e;
	struct stat st;
	FILE *fp;
	mode_t old = umask(027);
	size_t i, len;

	fp = afile_open(&af, path, &e);
	cr_assert_not_null(fp, "%s", e.msg);
	for (i = 0; i < 100000; i++) /* more than any stdio buffer */
		fprintf(fp, "%zu\n", i);
	cr_assert_eq(afile_commit(&af, &e), 0, "%s", e.msg);
	umask(old);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0640, "mode %o", st.st_mode & 0777);
	text = tu_read(path, &len);
	cr_assert_eq(len, 588890);
	cr_assert(!strncmp(text + len - 6, "99999\n", 6));
	free(text);
	tu_rmtree(dir);
	free(path);
	free(dir);
}

Test(afile, abort_leaves_no_file)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "out.csv");
	struct afile af;
	struct err e;
	FILE *fp = afile_open(&af, path, &e);

	cr_assert_not_null(fp, "%s", e.msg);
	fputs("partial", fp);
	afile_abort(&af);
	cr_assert(!tu_exists(path));
	cr_assert_eq(tu_count_entries(dir), 0, "temporary file left behind");
	tu_rmtree(dir);
	free(path);
	free(dir);
}

Test(afile, abort_leaves_existing_file_untouched)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "out.csv"), *text;
	struct afile af;
	struct err e;
	FILE *fp;

	tu_write_str(path, "keep me\n");
	fp = afile_open(&af, path, &e);
	cr_assert_not_null(fp, "%s", e.msg);
	fputs("half a new file", fp);
	fflush(fp);
	afile_abort(&af);
	text = tu_read(path, NULL);
	cr_assert_str_eq(text, "keep me\n");
	cr_assert_eq(tu_count_entries(dir), 1);
	free(text);
	tu_rmtree(dir);
	free(path);
	free(dir);
}

Test(afile, dev_full_fails_at_commit)
{
	struct afile af;
	struct err e;
	FILE *fp;

	if (access("/dev/full", W_OK) != 0)
		cr_skip_test("no writable /dev/full");
	fp = afile_open(&af, "/dev/full", &e);
	cr_assert_not_null(fp, "%s", e.msg);
	cr_assert_null(af.tmp, "a device is written directly");
	fputs("a small write sits in the buffer until the commit\n", fp);
	cr_assert_eq(afile_commit(&af, &e), -1);
	cr_assert_str_eq(e.msg, "/dev/full: write error: No space left on device");
}

Test(afile, dev_full_big_write_fails_at_commit)
{
	struct afile af;
	struct err e;
	FILE *fp;
	size_t i;

	if (access("/dev/full", W_OK) != 0)
		cr_skip_test("no writable /dev/full");
	fp = afile_open(&af, "/dev/full", &e);
	cr_assert_not_null(fp, "%s", e.msg);
	for (i = 0; i < 100000; i++) /* fails long before the commit */
		fputs("0123456789", fp);
	cr_assert_eq(afile_commit(&af, &e), -1);
	cr_assert(!strncmp(e.msg, "/dev/full: write error: ", 24), "%s", e.msg);
}

Test(afile, stdout_dash)
{
	struct afile af;
	struct err e;
	FILE *fp = afile_open(&af, "-", &e);

	cr_assert_eq(fp, stdout);
	cr_assert(af.is_stdout);
	cr_assert_null(af.tmp);
	cr_assert_eq(afile_commit(&af, &e), 0, "%s", e.msg);
}

Test(afile, directory_path_refused)
{
	char *dir = tu_tmpdir(), want[600];
	struct afile af;
	struct err e;

	cr_assert_null(afile_open(&af, dir, &e));
	snprintf(want, sizeof(want), "%s: is a directory", dir);
	cr_assert_str_eq(e.msg, want);
	tu_rmtree(dir);
	free(dir);
}

Test(afile, missing_parent_refused)
{
	struct afile af;
	struct err e;

	cr_assert_null(afile_open(&af, "/nonexistent-dir/out.csv", &e));
	cr_assert_str_eq(e.msg, "/nonexistent-dir/out.csv: cannot create output "
			 "file: No such file or directory");
}

/* ---- directories ---- */

Test(afile, dir_open_commit)
{
	char *root = tu_tmpdir(), *path = tu_path(root, "model"), *tmp = NULL;
	char *file, *text;
	struct err e;
	struct stat st;

	cr_assert_eq(afile_dir_open(path, &tmp, &e), 0, "%s", e.msg);
	cr_assert_not_null(tmp);
	cr_assert(!strncmp(tmp, path, strlen(path)), "%s is not beside %s", tmp,
		  path);
	cr_assert(stat(tmp, &st) == 0 && S_ISDIR(st.st_mode));
	cr_assert(!tu_exists(path), "nothing at the path before the commit");
	file = tu_path(tmp, "a.txt");
	tu_write_str(file, "inside\n");
	free(file);
	cr_assert_eq(afile_dir_commit(tmp, path, &e), 0, "%s", e.msg);
	cr_assert(!tu_exists(tmp));
	file = tu_path(path, "a.txt");
	text = tu_read(file, NULL);
	cr_assert_str_eq(text, "inside\n");
	cr_assert_eq(tu_count_entries(root), 1);
	free(text);
	free(file);
	free(tmp);
	tu_rmtree(root);
	free(path);
	free(root);
}

Test(afile, dir_commit_replaces_old_directory)
{
	char *root = tu_tmpdir(), *path = tu_path(root, "model"), *tmp = NULL;
	char *old_file, *new_file;
	struct err e;

	cr_assert_eq(mkdir(path, 0755), 0);
	old_file = tu_path(path, "old.txt");
	tu_write_str(old_file, "old\n");
	/* a trailing slash names the same directory */
	{
		char *slashed = tu_path(path, "");

		cr_assert_eq(afile_dir_open(slashed, &tmp, &e), 0, "%s", e.msg);
		free(slashed);
	}
	cr_assert(tu_exists(old_file), "the old model stays until the commit");
	new_file = tu_path(tmp, "new.txt");
	tu_write_str(new_file, "new\n");
	free(new_file);
	cr_assert_eq(afile_dir_commit(tmp, path, &e), 0, "%s", e.msg);
	cr_assert(!tu_exists(old_file));
	new_file = tu_path(path, "new.txt");
	cr_assert(tu_exists(new_file));
	cr_assert_eq(tu_count_entries(root), 1, "old or temporary dir left");
	free(new_file);
	free(old_file);
	free(tmp);
	tu_rmtree(root);
	free(path);
	free(root);
}

/*
 * "model/" names the same directory as "model" (afile_dir_open already
 * strips the slash): replacing an existing directory must work too, not
 * try to move the directory into itself.
 */
Test(afile, dir_commit_with_trailing_slash_replaces)
{
	char *root = tu_tmpdir(), *path = tu_path(root, "model");
	char *slashed = tu_path(path, ""), *tmp = NULL, *f;
	struct err e;
	int round;

	for (round = 0; round < 2; round++) {
		cr_assert_eq(afile_dir_open(slashed, &tmp, &e), 0, "%s", e.msg);
		f = tu_path(tmp, round ? "second.txt" : "first.txt");
		tu_write_str(f, "x");
		free(f);
		cr_assert_eq(afile_dir_commit(tmp, slashed, &e), 0,
			     "round %d: %s", round, e.msg);
		free(tmp);
		tmp = NULL;
	}
	f = tu_path(path, "second.txt");
	cr_assert(tu_exists(f), "the second directory is not in place");
	free(f);
	f = tu_path(path, "first.txt");
	cr_assert(!tu_exists(f), "the first directory was not replaced");
	free(f);
	cr_assert_eq(tu_count_entries(root), 1, "old or temporary dir left");
	cr_assert_eq(tu_count_entries(path), 1);
	tu_rmtree(root);
	free(slashed);
	free(path);
	free(root);
}

Test(afile, dir_abort_removes_everything)
{
	char *root = tu_tmpdir(), *path = tu_path(root, "model"), *tmp = NULL;
	struct err e;
	int i;

	cr_assert_eq(afile_dir_open(path, &tmp, &e), 0, "%s", e.msg);
	for (i = 0; i < 3; i++) {
		char name[16], *f;

		snprintf(name, sizeof(name), "f%d", i);
		f = tu_path(tmp, name);
		tu_write_str(f, "x");
		free(f);
	}
	afile_dir_abort(tmp);
	cr_assert(!tu_exists(tmp));
	cr_assert(!tu_exists(path));
	cr_assert_eq(tu_count_entries(root), 0);
	free(tmp);
	tu_rmtree(root);
	free(path);
	free(root);
}

Test(afile, dir_commit_over_a_file_refused)
{
	char *root = tu_tmpdir(), *path = tu_path(root, "model"), *tmp = NULL;
	char want[600], *text;
	struct err e;

	tu_write_str(path, "a file, not a model\n");
	cr_assert_eq(afile_dir_open(path, &tmp, &e), 0, "%s", e.msg);
	cr_assert_eq(afile_dir_commit(tmp, path, &e), -1);
	snprintf(want, sizeof(want), "%s: exists and is not a directory", path);
	cr_assert_str_eq(e.msg, want);
	cr_assert(!tu_exists(tmp), "temporary directory left");
	text = tu_read(path, NULL);
	cr_assert_str_eq(text, "a file, not a model\n");
	free(text);
	free(tmp);
	tu_rmtree(root);
	free(path);
	free(root);
}

Test(afile, dir_open_in_missing_parent_refused)
{
	char *tmp = NULL;
	struct err e;

	cr_assert_eq(afile_dir_open("/nonexistent-dir/model", &tmp, &e), -1);
	cr_assert(!strncmp(e.msg, "/nonexistent-dir/model: cannot create "
			   "directory beside it: ", 47), "%s", e.msg);
	cr_assert_null(tmp);
}
