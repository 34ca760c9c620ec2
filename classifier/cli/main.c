/*
 * stance: find who said what about NATO membership and label each quote's
 * stance and sentiment. Like git.c, main() looks the subcommand up in a
 * table and hands it the rest of argv.
 */
#include <stdio.h>
#include <string.h>

#include "cmds.h"
#include "svmx.h"

#define STANCE_VERSION "0.1.0"

struct cmd {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

static const struct cmd cmds[] = {
	{ "analyze", cmd_analyze, "articles in; quotes, speakers and their stance out" },
	{ "summarize", cmd_summarize, "per-speaker summary of classified quote CSVs" },
	{ "train", cmd_train, "train stance and sentiment models from a labeled CSV" },
	{ "classify", cmd_classify, "label quotes (CSV or lines) with stance and sentiment" },
	{ "extract", cmd_extract, "find quotations in articles and attribute their speakers" },
	{ "score-extract", cmd_score_extract, "score extract output against gold quote files" },
	{ "eval", cmd_eval, "score a model (or classify output) against gold labels" },
	{ "cv", cmd_cv, "cross-validate training: k folds, pooled held-out scores" },
	{ "combine", cmd_combine, "average several models' probabilities of the same quotes" },
	{ "vectorize", cmd_vectorize, "feature vectors in libsvm's format, for svm-predict" },
	{ "tsv2csv", cmd_tsv2csv, "convert tab-separated data (SemEval-2016) to CSV" },
};

static void usage(FILE *fp)
{
	size_t i;

	fprintf(fp, "usage: stance <command> [options] [args]\n\ncommands:\n");
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		fprintf(fp, "  %-13s  %s\n", cmds[i].name, cmds[i].summary);
	fprintf(fp, "\n'stance <command> --help' describes a command's options.\n");
}

int main(int argc, char **argv)
{
	size_t i;

	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") ||
	    !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("stance %s\n", STANCE_VERSION);
		return 0;
	}
	svmx_init();
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (!strcmp(argv[1], cmds[i].name))
			return cmds[i].run(argc - 1, argv + 1);
	fprintf(stderr, "stance: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return 2;
}
