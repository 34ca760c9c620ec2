/* The training options of `stance train` and `stance cv`. */
#include "trainopts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svmx.h"
#include "train.h"
#include "util.h"

int trainopts_parse(int c, const char *arg, struct train_opts *o,
		    const char *cmd)
{
	struct feat_opts *f = &o->feat;
	char *end;
	long v, v2;

	switch (c) {
	case TOPT_TEXT: o->text_col = arg; return 1;
	case TOPT_STANCE: o->stance_col = arg; return 1;
	case TOPT_SENT: o->sentiment_col = arg; return 1;
	case TOPT_NOSENT: o->sentiment_col = NULL; return 1;
	case TOPT_SLABELS: o->stance_labels = arg; return 1;
	case TOPT_TLABELS: o->sentiment_labels = arg; return 1;
	case TOPT_LANG:
		if (strlen(arg) >= sizeof(f->lang))
			return cli_usage_error(cmd, "language name too long");
		snprintf(f->lang, sizeof(f->lang), "%s", arg);
		return 1;
	case TOPT_KERNEL:
		o->auto_kernel = !strcmp(arg, "auto");
		if (!o->auto_kernel && svmx_kernel_parse(arg, &o->kernel) < 0)
			return cli_usage_error(cmd,
				"unknown kernel '%s' (linear, poly, rbf, auto)",
				arg);
		return 1;
	case 'C':
		o->C = strtod(arg, &end);
		if (end == arg || *end || !(o->C > 0))
			return cli_usage_error(cmd, "bad C '%s'", arg);
		return 1;
	case TOPT_FOLDS:
		if (cli_int_arg(arg, 2, 100, &v) < 0)
			return cli_usage_error(cmd, "--folds takes 2..100");
		o->folds = (int)v;
		return 1;
	case TOPT_SEED:
		if (cli_int_arg(arg, 0, 0x7fffffff, &v) < 0)
			return cli_usage_error(cmd, "bad --seed '%s'", arg);
		o->seed = (unsigned)v;
		return 1;
	case TOPT_LEXICON: o->lexicon_path = arg; return 1;
	case TOPT_NOLEX: f->lexicon = 0; return 1;
	case TOPT_NONEG: f->negation = 0; return 1;
	case TOPT_NOCUES: f->cues = 0; return 1;
	case TOPT_NOCHARS: f->char_min = f->char_max = 0; return 1;
	case TOPT_WORDN:
		if (cli_int_arg(arg, 0, 3, &v) < 0)
			return cli_usage_error(cmd, "--word-ngrams takes 0..3");
		f->word_max = (int)v;
		return 1;
	case TOPT_CHARN:
		if (sscanf(arg, "%ld-%ld", &v, &v2) != 2 || v < 1 || v2 < v ||
		    v2 > 8)
			return cli_usage_error(cmd,
				"--char-ngrams takes A-B with 1 <= A <= B <= 8");
		f->char_min = (int)v;
		f->char_max = (int)v2;
		return 1;
	case TOPT_MINDF:
		if (cli_int_arg(arg, 1, 1000000, &v) < 0)
			return cli_usage_error(cmd, "bad --min-df '%s'", arg);
		f->min_df = (int)v;
		return 1;
	case TOPT_NODOMAIN: f->domain = 0; return 1;
	case TOPT_NOWINDOW: f->window = 0; return 1;
	case TOPT_WINDOW:
		if (cli_int_arg(arg, 0, FEAT_MAX_WINDOW, &v) < 0)
			return cli_usage_error(cmd, "--window takes 0..%d",
					       FEAT_MAX_WINDOW);
		f->window = (int)v;
		return 1;
	case TOPT_NOMODALITY: f->modality = 0; return 1;
	case TOPT_NOVADER: f->vader = 0; return 1;
	case TOPT_NOWEIGHTS: f->family_weights = 0; return 1;
	case TOPT_CUES: o->cues_path = arg; return 1;
	case TOPT_CHARTEXT: f->char_text = 1; return 1;
	case TOPT_SELECT: o->select_labels = arg; return 1;
	case TOPT_HASHTAGS: f->hashtags = 1; return 1;
	case TOPT_VECTORS: o->vectors_path = arg; f->embed = 1; return 1;
	case TOPT_NOVECTORS: f->embed = 0; return 1;
	case TOPT_RAWVAL:
		o->raw_valence_tasks = strcmp(arg, "none") ? arg : "";
		return 1;
	case TOPT_NGRAMS_ONLY:
		/* what stance measured before issue 8, less l and t */
		f->lexicon = f->cues = f->domain = f->modality = f->vader = 0;
		f->embed = 0;
		f->window = 0;
		f->family_weights = 0;
		return 1;
	default:
		return 0;
	}
}
