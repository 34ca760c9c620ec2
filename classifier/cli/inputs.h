#ifndef STANCE_CLI_INPUTS_H
#define STANCE_CLI_INPUTS_H

#include <stddef.h>

/*
 * Article inputs named on the command line: files, directories (their
 * *.txt files, in name order, hidden files skipped) and "-" for standard
 * input, read whole into memory.
 */
struct err;
struct sbuf;

#define INPUTS_FILE_MAX (256u << 20) /* 256 MiB: no article is larger */

struct inputs {
	char **path;
	size_t n, cap;
};

/* Expand args[0..nargs) into in->path. -1 with *e set. */
int inputs_expand(struct inputs *in, char *const *args, size_t nargs,
		  struct err *e);
void inputs_release(struct inputs *in);
/* Read path ("-": stdin) into sb. -1 with *e set (also past the cap). */
int inputs_read(const char *path, struct sbuf *sb, struct err *e);
/* "dir/name.txt" -> "name"; "-" -> "stdin". */
void inputs_article_name(struct sbuf *out, const char *path);

#endif
