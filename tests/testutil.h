/*
 * Helpers shared by the Criterion tests: temporary files and directories
 * under /tmp, whole-file reads and writes. Everything is static inline so
 * that a test file using only some of them still builds with -Werror.
 * The helpers abort the test (cr_assert) when the system call they wrap
 * fails, since nothing after it could be trusted.
 */
#ifndef STANCE_TESTUTIL_H
#define STANCE_TESTUTIL_H

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A fresh directory /tmp/stance-test-XXXXXX; the caller free()s the name. */
static inline char *tu_tmpdir(void)
{
	char *d = strdup("/tmp/stance-test-XXXXXX");

	cr_assert_not_null(d);
	cr_assert_not_null(mkdtemp(d), "mkdtemp failed");
	return d;
}

/* "dir/name" in a malloc'd string. */
static inline char *tu_path(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);

	cr_assert_not_null(p);
	snprintf(p, n, "%s/%s", dir, name);
	return p;
}

static inline void tu_write(const char *path, const void *buf, size_t n)
{
	FILE *fp = fopen(path, "wb");

	cr_assert_not_null(fp, "cannot write %s", path);
	cr_assert_eq(fwrite(buf, 1, n, fp), n);
	cr_assert_eq(fclose(fp), 0);
}

static inline void tu_write_str(const char *path, const char *s)
{
	tu_write(path, s, strlen(s));
}

/* The whole file, NUL-terminated, *n its length (n may be NULL); free() it. */
static inline char *tu_read(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, k;

	cr_assert_not_null(fp, "cannot read %s", path);
	for (;;) {
		if (cap - len < 65536) {
			cap = cap ? cap * 2 : 65536;
			buf = realloc(buf, cap + 1);
			cr_assert_not_null(buf);
		}
		k = fread(buf + len, 1, cap - len, fp);
		len += k;
		if (k == 0)
			break;
	}
	cr_assert(!ferror(fp));
	fclose(fp);
	buf[len] = '\0';
	if (n)
		*n = len;
	return buf;
}

static inline int tu_exists(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0;
}

/* Number of entries (besides . and ..) in a directory. */
static inline int tu_count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	cr_assert_not_null(d, "cannot open directory %s", dir);
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

/* Remove a directory tree (files and subdirectories, no symlink games). */
static inline void tu_rmtree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	if (!d) {
		unlink(dir);
		return;
	}
	while ((de = readdir(d))) {
		char *p;
		struct stat st;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		p = tu_path(dir, de->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			tu_rmtree(p);
		else
			unlink(p);
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

/*
 * A CLI end-to-end test's world: a fresh temporary directory and the
 * binary under test ($STANCE_BIN, else bin/stance), with the output of
 * the last run kept by the test's own run helper.
 */
struct env {
	char *dir;
	const char *bin;
	char *out, *err; /* of the last run */
	size_t out_len;
};

static inline void env_init(struct env *v)
{
	v->bin = getenv("STANCE_BIN");
	if (!v->bin || !*v->bin)
		v->bin = "bin/stance";
	cr_assert(access(v->bin, X_OK) == 0, "no executable '%s' (STANCE_BIN)",
		  v->bin);
	v->dir = tu_tmpdir();
	v->out = v->err = NULL;
}

static inline void env_release(struct env *v)
{
	free(v->out);
	free(v->err);
	tu_rmtree(v->dir);
	free(v->dir);
}

/* "dir/name" in the test's directory (malloc'd). */
static inline char *at(const struct env *v, const char *name)
{
	return tu_path(v->dir, name);
}

#endif
