/*
 * stance score-extract -p PRED.csv GOLD...: how well `stance extract`
 * finds and attributes the quotes of gold files (issue #3).
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmds.h"
#include "err.h"
#include "qscore.h"
#include "sbuf.h"
#include "util.h"
#include "xalloc.h"

static const char usage_text[] =
	"usage: stance score-extract [-v] -p PRED.csv [-x CORPUS.csv] GOLD...\n"
	"\n"
	"Compare `stance extract` output with gold quote files and print, per\n"
	"kind and for all kinds, quote precision, recall and F1 and the\n"
	"speaker accuracy on matched quotes. A GOLD is a *.gold.csv file\n"
	"(columns quote,speaker,kind,...; the article is its name without\n"
	".gold.csv) or a directory of them. A predicted quote matches a gold\n"
	"quote of the same article when they share at least half of the words\n"
	"of each. speaker: same speaker up to case and accents (the measure\n"
	"to judge by); (lenient), a diagnostic only: also the same surname,\n"
	"or surnames one letter apart.\n"
	"\n"
	"When PRED.csv also has labels and their probabilities (`stance\n"
	"analyze -o DIR` writes them to DIR/quotes.csv) and the gold files\n"
	"the same columns, the stance and sentiment of the matched quotes are\n"
	"scored as `stance eval` scores a model.\n"
	"\n"
	"  -p, --pred FILE     the extract or analyze CSV (- for standard input)\n"
	"  -x, --exclude FILE  leave out of the label scores the gold quotes\n"
	"                      this corpus CSV holds (its 'text' column; the\n"
	"                      same matching rule): quotes the model trained on\n"
	"  -v, --verbose       list missed, extra and wrongly attributed quotes\n"
	"                      and wrong labels\n"
	"  -h, --help          show this help\n";

static int cmp_names(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static int add_gold_dir(struct qscore *s, const char *dir, struct err *e)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0, len, k;
	struct sbuf sb = SBUF_INIT;
	int ret = 0;

	if (!d)
		return err_at(e, dir, 0, "cannot open directory: %s",
			      strerror(errno));
	while ((de = readdir(d))) {
		len = strlen(de->d_name);
		if (len <= 9 || strcmp(de->d_name + len - 9, ".gold.csv"))
			continue;
		sbuf_addf(&sb, "%s/%s", dir, de->d_name);
		names = xgrow(names, &cap, n + 1, sizeof(*names));
		names[n++] = sbuf_detach(&sb);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof(*names), cmp_names);
	for (k = 0; k < n; k++) {
		if (!ret && qscore_add_gold(s, names[k], e) < 0)
			ret = -1;
		free(names[k]);
	}
	free(names);
	if (!ret && !n)
		return err_at(e, dir, 0, "no *.gold.csv files");
	return ret;
}

int cmd_score_extract(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "pred", required_argument, NULL, 'p' },
		{ "exclude", required_argument, NULL, 'x' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *pred = NULL, *excl[16];
	int nexcl = 0;
	struct err e = { "" };
	struct qscore *s;
	struct sbuf out = SBUF_INIT;
	struct stat st;
	int c, i, verbose = 0, ret = 0;
	const char *name;
	long line;
	size_t k, n;

	optind = 1;
	while ((c = getopt_long(argc, argv, "p:x:vh", opts, NULL)) != -1) {
		switch (c) {
		case 'p':
			pred = optarg;
			break;
		case 'x':
			if (nexcl == (int)(sizeof(excl) / sizeof(*excl)))
				return cli_usage_error("score-extract",
						       "too many --exclude");
			excl[nexcl++] = optarg;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		default:
			return cli_usage_error("score-extract",
					       "unknown option");
		}
	}
	if (!pred)
		return cli_usage_error("score-extract", "no -p PRED.csv given");
	if (optind >= argc)
		return cli_usage_error("score-extract", "no GOLD given");
	s = qscore_new();
	for (i = optind; i < argc && !ret; i++) {
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			ret = add_gold_dir(s, argv[i], &e);
		else
			ret = qscore_add_gold(s, argv[i], &e);
	}
	if (!ret)
		ret = qscore_add_pred(s, pred, &e);
	for (i = 0; i < nexcl && !ret; i++)
		ret = qscore_add_exclude(s, excl[i], &e);
	for (k = 0; qscore_replaced(s, k, &name, &line, &n); k++)
		cli_warn_replaced(name, line, n);
	if (!ret)
		ret = qscore_report(s, &out, verbose, &e);
	if (!ret)
		fputs(out.buf, stdout);
	sbuf_release(&out);
	qscore_free(s);
	return ret ? cli_fail(&e) : 0;
}
