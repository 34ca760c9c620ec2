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
/*
 * Warn (once) about an empty article, and about invalid UTF-8 or NUL
 * bytes with the line of the first; such bytes are kept in the text (so
 * offsets stay those of the file) and replaced in the CSV written.
 */
void inputs_check_text(const char *path, const char *text, size_t len);
/* "dir/name.txt" -> "name"; "-" -> "stdin". */
void inputs_article_name(struct sbuf *out, const char *path);

#endif
