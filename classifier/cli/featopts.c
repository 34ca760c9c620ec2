/* The domain feature options of `stance train` and `stance cv`. */
#include "featopts.h"

#include <stdlib.h>

#include "train.h"
#include "util.h"

int featopts_parse(int c, const char *arg, struct train_opts *o,
		   const char *cmd)
{
	struct feat_opts *f = &o->feat;
	char *end;
	long v;

	switch (c) {
	case FEATOPT_NODOMAIN: f->domain = 0; return 1;
	case FEATOPT_NOWINDOW: f->window = 0; return 1;
	case FEATOPT_WINDOW:
		v = strtol(arg, &end, 10);
		if (end == arg || *end || v < 0 || v > FEAT_MAX_WINDOW)
			return cli_usage_error(cmd, "--window takes 0..%d",
					       FEAT_MAX_WINDOW);
		f->window = (int)v;
		return 1;
	case FEATOPT_NOMODALITY: f->modality = 0; return 1;
	case FEATOPT_NOVADER: f->vader = 0; return 1;
	case FEATOPT_NOWEIGHTS: f->family_weights = 0; return 1;
	case FEATOPT_CUES: o->cues_path = arg; return 1;
	case FEATOPT_NGRAMS_ONLY:
		/* what stance measured before issue 8, less l and t */
		f->lexicon = f->cues = f->domain = f->modality = f->vader = 0;
		f->window = 0;
		f->family_weights = 0;
		return 1;
	default:
		return 0;
	}
}
