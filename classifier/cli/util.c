#include "csv.h"
#include "util.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "sbuf.h"
#include "xalloc.h"

int cli_fail(const struct err *e)
{
	fprintf(stderr, "stance: %s\n", e->msg[0] ? e->msg : "failed");
	return 1;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "stance %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n(see 'stance %s --help')\n", cmd);
	return 2;
}

void cli_warn(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "stance: warning: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void cli_warn_replaced(const char *name, long line, size_t n)
{
	if (n)
		cli_warn("%s:%ld: %zu invalid UTF-8 or NUL byte(s) replaced by "
			 "U+FFFD", name, line, n);
}

void cli_warn_reader(const struct csv_reader *r)
{
	long line = 0;
	size_t n = csv_reader_replaced(r, &line);

	cli_warn_replaced(csv_reader_name(r), line, n);
}

static int readable(const char *path)
{
	return access(path, R_OK) == 0;
}

/*
 * rel (e.g. "models/nato/meta.txt") looked up beside the binary's
 * checkout (bin/../rel), then in an installed share directory, then in
 * the working directory. The directory part of the hit is returned when
 * strip is set. The result is written to path.
 */
static const char *find_shipped(const char *rel, int strip,
				char path[PATH_MAX])
{
	const char *roots[] = { "/..", "/../share/stance" };
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	size_t i;
	char *slash;

	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash)
			*slash = '\0';
		for (i = 0; slash && i < sizeof(roots) / sizeof(roots[0]); i++) {
			int k = snprintf(path, PATH_MAX, "%s%s/%s", exe,
					 roots[i], rel);

			if (k > 0 && k < PATH_MAX && readable(path))
				goto found;
		}
	}
	snprintf(path, PATH_MAX, "%s", rel);
found:
	if (strip && (slash = strrchr(path, '/')))
		*slash = '\0';
	return path;
}

const char *cli_default_model(const char *argv0)
{
	static char path[PATH_MAX];
	const char *env = getenv("STANCE_MODEL");

	(void)argv0;
	if (env && *env)
		return env;
	return find_shipped("models/nato/meta.txt", 1, path);
}

const char *cli_default_lexicon(const char *argv0)
{
	static char path[PATH_MAX];

	(void)argv0;
	return find_shipped("models/lexicons/vader_lexicon.txt", 0, path);
}

static int progress_shown;

void cli_progress(const char *what, long done, long total)
{
	int width = 30, filled;

	if (!isatty(STDERR_FILENO))
		return;
	progress_shown = 1;
	if (total > 0) {
		filled = (int)(width * done / total);
		fprintf(stderr, "\r%s [%.*s%*s] %ld/%ld", what, filled,
			"##############################", width - filled, "",
			done, total);
	} else {
		fprintf(stderr, "\r%s %ld", what, done);
	}
	fflush(stderr);
}

int cli_int_arg(const char *s, long lo, long hi, long *out)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (end == s || *end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

void cli_progress_end(void)
{
	if (progress_shown)
		fputs("\r\033[K", stderr);
	progress_shown = 0;
}

void cli_header_copy(struct cli_header *h, const struct csv_row *row)
{
	size_t i, off = 0, total = 0;

	for (i = 0; i < row->n; i++)
		total += row->len[i] + 1;
	h->n = row->n;
	h->buf = xmalloc(total ? total : 1);
	h->field = xcalloc(row->n ? row->n : 1, sizeof(*h->field));
	h->len = xcalloc(row->n ? row->n : 1, sizeof(*h->len));
	for (i = 0; i < row->n; i++) {
		memcpy(h->buf + off, row->field[i], row->len[i] + 1);
		h->field[i] = h->buf + off;
		h->len[i] = row->len[i];
		off += row->len[i] + 1;
	}
}

void cli_header_row(const struct cli_header *h, struct csv_row *row)
{
	row->field = h->field;
	row->len = h->len;
	row->n = h->n;
}

void cli_header_free(struct cli_header *h)
{
	free(h->buf);
	free(h->field);
	free(h->len);
	h->buf = NULL;
	h->field = NULL;
	h->len = NULL;
	h->n = 0;
}

int cli_label_index(const char (*label)[32], int n, const char *s)
{
	int l;

	for (l = 0; l < n; l++)
		if (!strcmp(label[l], s))
			return l;
	return -1;
}
