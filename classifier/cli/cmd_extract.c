/*
 * stance extract ARTICLE...: the quotations of news articles, who said
 * them, as CSV (issue #3).
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
#include "inputs.h"
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
	"by blank lines, or one per line when the file has no blank line), a\n"
	"directory (its *.txt files, in name order) or - for standard input.\n"
	"\n"
	"  -o, --output FILE  write the CSV to FILE, not standard output\n"
	"  -h, --help         show this help\n"
	"\n"
	"Output columns:\n"
	"  article,paragraph,start,end,kind,speaker,mention,text,context\n"
	"  article    the file's name without directory and .txt\n"
	"  paragraph  1 for the title, then one per block of lines\n"
	"  start,end  byte offsets of the quoted words, end excluded\n"
	"  kind       direct, partial or indirect (reported speech)\n"
	"  speaker    canonical name, or UNKNOWN\n"
	"  mention    the words that named the speaker at the attribution\n"
	"  text       the quoted words, the bytes start..end of the file\n"
	"  context    for a partial quote, the sentence holding it, which\n"
	"             `stance classify` and `analyze` read its stance from\n"
	"             (empty for other quotes)\n";

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
		csv_add_field_repaired(out, spk, strlen(spk));
		sbuf_addc(out, ',');
		csv_add_field_repaired(out, text + q->mention_start,
				       q->mention_end - q->mention_start);
		sbuf_addc(out, ',');
		csv_add_field_repaired(out, text + q->start, q->end - q->start);
		sbuf_addc(out, ',');
		if (quote_reads_context(q))
			csv_add_field_repaired(out, text + q->ctx_start,
					       q->ctx_end - q->ctx_start);
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

	if (inputs_read(path, &text, e) < 0)
		goto out;
	inputs_check_text(path, text.buf, text.len);
	inputs_article_name(&name, path);
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

int cmd_extract(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *output = NULL;
	struct err e = { "" };
	struct inputs in = { 0 };
	struct afile af;
	FILE *out;
	size_t k;
	int c, ret = 0;

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
	if (inputs_expand(&in, argv + optind, (size_t)(argc - optind), &e) < 0)
		return cli_fail(&e);
	out = afile_open(&af, output ? output : "-", &e);
	if (!out) {
		inputs_release(&in);
		return cli_fail(&e);
	}
	fputs("article,paragraph,start,end,kind,speaker,mention,text,context\n",
	      out);
	for (k = 0; k < in.n && !ret; k++)
		if (extract_file(in.path[k], out, &e) < 0)
			ret = 1;
	inputs_release(&in);
	if (ret) {
		afile_abort(&af);
		return cli_fail(&e);
	}
	if (afile_commit(&af, &e) < 0)
		return cli_fail(&e);
	return 0;
}
