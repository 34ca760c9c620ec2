#ifndef STANCE_AFILE_H
#define STANCE_AFILE_H

#include <stdio.h>

/*
 * Output that is all or nothing: afile_open writes to a temporary file
 * beside path, afile_commit flushes, syncs and renames it over path, and
 * afile_abort removes it, so a failed run never leaves a partial file or
 * replaces a good one. When path exists and is not a regular file (a
 * terminal, a pipe, /dev/full) it is written directly, since it cannot be
 * replaced; write errors are still reported. "-" means stdout.
 */
struct err;

struct afile {
	FILE *fp;
	char *path;
	char *tmp; /* NULL when writing directly */
	int is_stdout;
};

/* NULL with *e set when the temporary file cannot be created. */
FILE *afile_open(struct afile *af, const char *path, struct err *e);
/* 0, or -1 with *e set (the temporary file is then removed). */
int afile_commit(struct afile *af, struct err *e);
void afile_abort(struct afile *af);

/*
 * A directory written as a whole: afile_dir_open makes a fresh temporary
 * directory beside path, afile_dir_commit puts it in place of path (an
 * old directory there is removed only once the new one is in place).
 * *tmpdir is malloc'd. 0 or -1 with *e set.
 */
int afile_dir_open(const char *path, char **tmpdir, struct err *e);
int afile_dir_commit(const char *tmpdir, const char *path, struct err *e);
/* Remove a temporary directory and the files in it. */
void afile_dir_abort(const char *tmpdir);

#endif
