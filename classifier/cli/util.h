#ifndef STANCE_CLI_UTIL_H
#define STANCE_CLI_UTIL_H

#include <stdio.h>

struct err;

/* "stance: <msg>" on stderr; returns 1 (the failure exit status). */
int cli_fail(const struct err *e);
/* "stance <cmd>: <fmt>" on stderr; returns 2 (the usage exit status). */
int cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A whole decimal integer s in lo..hi into *out: 0, or -1. */
int cli_int_arg(const char *s, long lo, long hi, long *out);
/* "stance: warning: <fmt>" on stderr. */
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The warning for n > 0 bytes of input replaced by U+FFFD, first at line. */
void cli_warn_replaced(const char *name, long line, size_t n);
/* That warning for what a CSV reader replaced, if anything. */
struct csv_reader;
void cli_warn_reader(const struct csv_reader *r);

/*
 * A copy of a CSV header row that outlives the reader's next record
 * (messages and output need the column names after the reader moves on).
 */
struct csv_row;
struct cli_header {
	char *buf;
	const char **field;
	size_t *len;
	size_t n;
};
void cli_header_copy(struct cli_header *h, const struct csv_row *row);
/* The copy as a csv_row, for csv_row_find and csv_row_prob_columns. */
void cli_header_row(const struct cli_header *h, struct csv_row *row);
void cli_header_free(struct cli_header *h);

/* Index of label s among label[0..n), or -1. */
int cli_label_index(const char (*label)[32], int n, const char *s);

/* Where the shipped model lives: $STANCE_MODEL, else models/nato beside
 * the binary's repository, else the installed share directory. */
const char *cli_default_model(const char *argv0);

/* The shipped sentiment lexicon, found like the default model. */
const char *cli_default_lexicon(const char *argv0);

/* Progress on stderr only when it is a terminal; done and total counts. */
void cli_progress(const char *what, long done, long total);
void cli_progress_end(void);

#endif
