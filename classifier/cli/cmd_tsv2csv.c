/*
 * stance tsv2csv: tab-separated text in, RFC 4180 CSV out, so that data
 * published as TSV (SemEval-2016 Task 6, issue 5) goes through the same
 * train, classify and eval commands as our own corpus. Fields are split
 * on tabs only: quotes in a TSV field are text, not delimiters (SemEval
 * tweets have unescaped '"'). Invalid UTF-8 is repaired as the CSV reader
 * repairs it, with the same warning.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "cmds.h"
#include "csv.h"
#include "err.h"
#include "sbuf.h"
#include "util.h"
#include "xalloc.h"

static const char usage_text[] =
"usage: stance tsv2csv [FILE|-] [-o OUT] [--header NAMES]\n"
"\n"
"Convert tab-separated lines (the first one a header) to CSV. Fields are\n"
"split on tabs only; a trailing CR is dropped; every line must have as\n"
"many fields as the header; invalid UTF-8 becomes U+FFFD.\n"
"\n"
"  -o, --output FILE    write here (atomically) instead of stdout\n"
"      --header NAMES   comma-separated column names replacing the\n"
"                       file's own (as many as it has)\n";

static const struct option longopts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "header", required_argument, NULL, 'H' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/* Split s on sep into field[] (pointers into s, which is cut). */
static size_t split(char *s, char sep, char ***field, size_t *cap)
{
	size_t n = 0;

	for (;;) {
		char *end = strchr(s, sep);

		*field = xgrow(*field, cap, n + 1, sizeof(**field));
		(*field)[n++] = s;
		if (!end)
			return n;
		*end = '\0';
		s = end + 1;
	}
}

static int convert(FILE *in, const char *name, FILE *out,
		   const char *header, struct err *e)
{
	struct sbuf clean = SBUF_INIT, row = SBUF_INIT;
	char *line = NULL, **field = NULL, **names = NULL, *hdup = NULL;
	size_t cap = 0, fcap = 0, ncap = 0, nf, nhdr = 0, nnames = 0, bad = 0, b;
	ssize_t n;
	long lineno = 0, first_bad = 0;
	int ret = 0;

	if (header) {
		hdup = xstrdup(header);
		nnames = split(hdup, ',', &names, &ncap);
	}
	while ((n = getline(&line, &cap, in)) != -1) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (n == 0 && lineno > 1)
			continue;
		sbuf_reset(&clean);
		b = csv_utf8_repair(&clean, line, (size_t)n);
		if (b && !bad)
			first_bad = lineno;
		bad += b;
		nf = split(clean.buf, '\t', &field, &fcap);
		if (lineno == 1) {
			nhdr = nf;
			if (header && nnames != nhdr) {
				ret = err_at(e, name, 1,
					     "%zu fields, but --header names %zu",
					     nhdr, nnames);
				break;
			}
			if (header)
				memcpy(field, names, nhdr * sizeof(*field));
		} else if (nf != nhdr) {
			ret = err_at(e, name, lineno, "%zu fields, the header has %zu",
				     nf, nhdr);
			break;
		}
		sbuf_reset(&row);
		csv_add_row(&row, (const char *const *)field, nf);
		fwrite(row.buf, 1, row.len, out);
	}
	if (!ret && ferror(in))
		ret = err_at(e, name, lineno, "read error");
	if (!ret && lineno == 0)
		ret = err_at(e, name, 0, "empty file: no header row");
	cli_warn_replaced(name, first_bad, bad);
	free(line);
	free(field);
	free(names);
	free(hdup);
	sbuf_release(&clean);
	sbuf_release(&row);
	return ret;
}

int cmd_tsv2csv(int argc, char **argv)
{
	const char *out = "-", *path;
	const char *header = NULL;
	struct afile af;
	struct err e;
	FILE *in, *fp;
	int c, ret;

	opterr = 0; /* our own message names the command */
	while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'H': header = optarg; break;
		case 'h': fputs(usage_text, stdout); return 0;
		default:
			return cli_usage_error("tsv2csv", "unknown or incomplete option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind < argc - 1)
		return cli_usage_error("tsv2csv", "expected at most one input");
	path = optind < argc ? argv[optind] : "-";
	in = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!in) {
		err_at(&e, path, 0, "cannot open: %s", strerror(errno));
		return cli_fail(&e);
	}
	fp = afile_open(&af, out, &e);
	if (!fp) {
		ret = cli_fail(&e);
	} else if (convert(in, in == stdin ? "<stdin>" : path, fp, header,
			   &e) < 0) {
		afile_abort(&af);
		ret = cli_fail(&e);
	} else {
		ret = afile_commit(&af, &e) < 0 ? cli_fail(&e) : 0;
	}
	if (in != stdin)
		fclose(in);
	return ret;
}
