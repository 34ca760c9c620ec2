/*
 * stance extract ARTICLE...: the quotations of news articles, who said
 * them, as CSV (issue #3).
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmds.h"
#include "csv.h"
#include "err.h"
#include "quote.h"
#include "sbuf.h"
#include "speaker.h"
#include "util.h"
#include "xalloc.h"

static const char usage_text[] =
	"usage: stance extract [-o FILE] ARTICLE...\n"
	"\n"
	"Find the quotations in news articles and say who said each one.\n"
	"An ARTICLE is a UTF-8 text file (a title, then paragraphs separated\n"
	"by blank lines), a directory (its *.txt files, in name order) or -\n"
	"for standard input.\n"
	"\n"
	"  -o, --output FILE  write the CSV to FILE, not standard output\n"
	"  -h, --help         show this help\n"
	"\n"
	"Output columns:\n"
	"  article,paragraph,start,end,kind,speaker,mention,text\n"
	"  article    the file's name without directory and .txt\n"
	"  paragraph  1 for the title, then one per block of lines\n"
	"  start,end  byte offsets of the quoted words, end excluded\n"
	"  kind       direct, partial or indirect (reported speech)\n"
	"  speaker    canonical name, or UNKNOWN\n"
	"  mention    the words that named the speaker at the attribution\n"
	"  text       the quoted words, the bytes start..end of the file\n";

static int read_all(const char *path, struct sbuf *sb, struct err *e)
{
	FILE *fp = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char buf[65536];
	struct stat st;
	size_t n;
	int ret = 0;

	if (!fp)
		return err_at(e, path, 0, "cannot open: %s", strerror(errno));
	/* one allocation of the right size for a regular file */
	if (fp != stdin && !fstat(fileno(fp), &st) && S_ISREG(st.st_mode) &&
	    st.st_size > 0)
		sbuf_grow(sb, (size_t)st.st_size);
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		sbuf_add(sb, buf, n);
	if (ferror(fp))
		ret = err_at(e, path, 0, "read error");
	if (fp != stdin)
		fclose(fp);
	return ret;
}

/* "dir/name.txt" -> "name" */
static void article_name(struct sbuf *out, const char *path)
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

/* ",N": sbuf_addf() would parse a format for every number of every row */
static void add_num(struct sbuf *out, size_t v)
{
	char buf[24];
	size_t i = sizeof(buf);

	do
		buf[--i] = (char)('0' + v % 10);
	while (v /= 10);
	buf[--i] = ',';
	sbuf_add(out, buf + i, sizeof(buf) - i);
}

#define FLUSH_AT 65536 /* bytes of CSV kept before writing them out */

/*
 * Write the rows of l to fp, through out in pieces of about FLUSH_AT
 * bytes: a long article's whole CSV would be a second copy of it in
 * memory, and fresh memory costs page faults (issue #3's speed goal).
 * -1 on a write error.
 */
static int write_rows(FILE *fp, struct sbuf *out, const char *name,
		      const char *text, const struct quote_list *l)
{
	size_t k, nlen = strlen(name);
	const struct quote *q;
	const char *spk;

	for (k = 0; k < l->n; k++) {
		if (out->len >= FLUSH_AT) {
			if (fwrite(out->buf, 1, out->len, fp) != out->len)
				return -1;
			sbuf_reset(out);
		}
		q = &l->q[k];
		spk = q->speaker ? q->speaker : SPEAKER_UNKNOWN;
		csv_add_field(out, name, nlen);
		add_num(out, q->para + 1);
		add_num(out, q->start);
		add_num(out, q->end);
		sbuf_addc(out, ',');
		sbuf_adds(out, quote_kind_name(q->kind));
		sbuf_addc(out, ',');
		csv_add_field(out, spk, strlen(spk));
		sbuf_addc(out, ',');
		csv_add_field(out, text + q->mention_start,
			      q->mention_end - q->mention_start);
		sbuf_addc(out, ',');
		csv_add_field(out, text + q->start, q->end - q->start);
		sbuf_addc(out, '\n');
	}
	if (fwrite(out->buf, 1, out->len, fp) != out->len)
		return -1;
	sbuf_reset(out);
	return 0;
}

static int extract_file(const char *path, FILE *out, struct err *e)
{
	struct sbuf text = SBUF_INIT, name = SBUF_INIT, csv = SBUF_INIT;
	struct quote_list l = QUOTE_LIST_INIT;
	int ret = -1;

	if (read_all(path, &text, e) < 0)
		goto out;
	article_name(&name, path);
	speaker_extract(text.buf, text.len, &l);
	if (write_rows(out, &csv, name.buf, text.buf, &l) < 0) {
		err_set(e, "write error: %s", strerror(errno));
		goto out;
	}
	ret = 0;
out:
	quote_list_release(&l);
	sbuf_release(&text);
	sbuf_release(&name);
	sbuf_release(&csv);
	return ret;
}

static int cmp_names(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The *.txt files of dir, sorted, as "dir/name" strings. */
static int list_dir(const char *dir, char ***out, size_t *n, struct err *e)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t cap = 0, len;
	struct sbuf sb = SBUF_INIT;

	*out = NULL;
	*n = 0;
	if (!d)
		return err_at(e, dir, 0, "cannot open directory: %s",
			      strerror(errno));
	while ((de = readdir(d))) {
		len = strlen(de->d_name);
		if (len <= 4 || strcmp(de->d_name + len - 4, ".txt") ||
		    de->d_name[0] == '.')
			continue;
		sbuf_addf(&sb, "%s/%s", dir, de->d_name);
		*out = xgrow(*out, &cap, *n + 1, sizeof(**out));
		(*out)[(*n)++] = sbuf_detach(&sb);
	}
	closedir(d);
	if (*n)
		qsort(*out, *n, sizeof(**out), cmp_names);
	return 0;
}

static int extract_path(const char *path, FILE *out, struct err *e)
{
	struct stat st;
	char **files;
	size_t n, k;
	int ret = 0;

	if (strcmp(path, "-") && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		if (list_dir(path, &files, &n, e) < 0)
			return -1;
		for (k = 0; k < n; k++) {
			if (!ret && extract_file(files[k], out, e) < 0)
				ret = -1;
			free(files[k]);
		}
		free(files);
		if (!ret && !n)
			cli_warn("%s: no *.txt files", path);
		return ret;
	}
	return extract_file(path, out, e);
}

int cmd_extract(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *output = NULL;
	struct err e = { "" };
	FILE *out = stdout;
	int c, i, ret = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		switch (c) {
		case 'o':
			output = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		default:
			return cli_usage_error("extract", "unknown option");
		}
	}
	if (optind >= argc)
		return cli_usage_error("extract", "no ARTICLE given");
	if (output && !(out = fopen(output, "w"))) {
		err_at(&e, output, 0, "cannot create: %s", strerror(errno));
		return cli_fail(&e);
	}
	fputs("article,paragraph,start,end,kind,speaker,mention,text\n", out);
	for (i = optind; i < argc && !ret; i++)
		if (extract_path(argv[i], out, &e) < 0)
			ret = 1;
	if (output) {
		if (fclose(out) != 0 && !ret) {
			err_at(&e, output, 0, "write error: %s",
			       strerror(errno));
			ret = 1;
		}
	} else if (fflush(stdout) != 0 && !ret) {
		err_set(&e, "write error on standard output");
		ret = 1;
	}
	return ret ? cli_fail(&e) : 0;
}
