#include "inputs.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv.h"
#include "err.h"
#include "sbuf.h"
#include "util.h"
#include "xalloc.h"

static void push(struct inputs *in, char *path)
{
	in->path = xgrow(in->path, &in->cap, in->n + 1, sizeof(*in->path));
	in->path[in->n++] = path;
}

static int cmp_names(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static int add_dir(struct inputs *in, const char *dir, struct err *e)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	struct sbuf sb = SBUF_INIT;
	size_t first = in->n, len;

	if (!d)
		return err_at(e, dir, 0, "cannot open directory: %s",
			      strerror(errno));
	while ((de = readdir(d))) {
		len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len <= 4 ||
		    strcmp(de->d_name + len - 4, ".txt"))
			continue;
		sbuf_addf(&sb, "%s%s%s", dir,
			  dir[strlen(dir) - 1] == '/' ? "" : "/", de->d_name);
		push(in, sbuf_detach(&sb));
	}
	closedir(d);
	qsort(in->path + first, in->n - first, sizeof(*in->path), cmp_names);
	if (in->n == first)
		return err_at(e, dir, 0, "no *.txt articles in this directory");
	return 0;
}

int inputs_expand(struct inputs *in, char *const *args, size_t nargs,
		  struct err *e)
{
	struct stat st;
	size_t i;

	for (i = 0; i < nargs; i++) {
		if (strcmp(args[i], "-") && stat(args[i], &st) == 0 &&
		    S_ISDIR(st.st_mode)) {
			if (add_dir(in, args[i], e) < 0)
				return -1;
		} else {
			push(in, xstrdup(args[i]));
		}
	}
	return 0;
}

void inputs_release(struct inputs *in)
{
	size_t i;

	for (i = 0; i < in->n; i++)
		free(in->path[i]);
	free(in->path);
	memset(in, 0, sizeof(*in));
}

int inputs_read(const char *path, struct sbuf *sb, struct err *e)
{
	FILE *fp = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	const char *name = fp == stdin ? "<stdin>" : path;
	char buf[65536];
	size_t n;
	int ret = 0;

	if (!fp)
		return err_at(e, path, 0, "cannot open: %s", strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		if (sb->len + n > INPUTS_FILE_MAX) {
			ret = err_at(e, name, 0, "larger than %u MiB: not an article",
				     INPUTS_FILE_MAX >> 20);
			break;
		}
		sbuf_add(sb, buf, n);
	}
	if (!ret && ferror(fp))
		ret = err_at(e, name, 0, "read error: %s", strerror(errno));
	if (fp != stdin)
		fclose(fp);
	return ret;
}

void inputs_check_text(const char *path, const char *text, size_t len)
{
	size_t at, k, line = 1, bad = 0;
	const char *name = strcmp(path, "-") ? path : "<stdin>";

	if (len == 0) {
		cli_warn("%s: empty article", name);
		return;
	}
	at = csv_utf8_first_bad(text, len);
	if (at == len)
		return;
	for (k = 0; k < at; k++)
		line += text[k] == '\n';
	for (k = at; k < len; k = csv_utf8_first_bad(text + k + 1, len - k - 1) +
			       k + 1)
		bad++;
	cli_warn("%s:%zu: %zu invalid UTF-8 or NUL byte(s), replaced by U+FFFD "
		 "in the output", name, line, bad);
}

void inputs_article_name(struct sbuf *out, const char *path)
{
	const char *base = strrchr(path, '/');
	size_t n;

	base = base ? base + 1 : path;
	if (!strcmp(path, "-"))
		base = "stdin";
	n = strlen(base);
	if (n > 4 && !strcmp(base + n - 4, ".txt"))
		n -= 4;
	sbuf_reset(out);
	sbuf_add(out, base, n);
}
