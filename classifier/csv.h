#ifndef STANCE_CSV_H
#define STANCE_CSV_H

#include <stddef.h>
#include <stdio.h>

#include "sbuf.h"

/*
 * RFC 4180 CSV, streamed one record at a time so memory stays flat however
 * many rows a file has. Accepted: quoted fields with doubled quotes and
 * embedded newlines (kept byte for byte, CR included), CRLF or LF record
 * ends, a last record without a newline, and a stray '"' inside an
 * unquoted field (kept literally, as real scraped files have them).
 * Refused with "path:line: ...": a quoted field that never closes, text
 * after a closing quote, a field longer than CSV_FIELD_MAX bytes, a record
 * longer than CSV_RECORD_MAX bytes or with more than CSV_MAX_FIELDS fields
 * (so memory stays bounded whatever one line holds: issue #7).
 * Invalid UTF-8 and NUL bytes are replaced by U+FFFD and counted.
 */
#define CSV_FIELD_MAX (1u << 20)  /* 1 MiB: no real quote is longer */
#define CSV_RECORD_MAX (1u << 24) /* 16 MiB for a whole record */
#define CSV_MAX_FIELDS 4096u      /* far more columns than any corpus has */

struct err;
struct csv_reader; /* opaque: csv.c */

struct csv_row {
	const char *const *field; /* NUL-terminated, valid UTF-8 */
	const size_t *len;        /* byte length of each field */
	size_t n;
};

/* Open path ("-" is stdin). NULL on failure, *e set. */
struct csv_reader *csv_reader_open(const char *path, struct err *e);
/* Read from fp, naming it name in messages; fp stays the caller's. */
struct csv_reader *csv_reader_fopen(FILE *fp, const char *name);
/*
 * 1 record read into *row, 0 at end of input, -1 bad input (*e set).
 * Row strings belong to the reader and die at the next call.
 */
int csv_reader_next(struct csv_reader *r, struct csv_row *row, struct err *e);
/* Line number (1-based) where the last record read began. */
long csv_reader_line(const struct csv_reader *r);
const char *csv_reader_name(const struct csv_reader *r);
/* Bytes replaced by U+FFFD so far, and the line of the first one (or 0). */
size_t csv_reader_replaced(const struct csv_reader *r, long *first_line);
void csv_reader_free(struct csv_reader *r);

/* Index of the column called name in a header row, or -1. */
int csv_row_find(const struct csv_row *hdr, const char *name);
/*
 * The probability columns "TASK_p_LABEL" of a header, one per label as
 * `stance classify` and `analyze` write them, in header order: the first
 * max whose LABEL is not empty and shorter than 32 bytes go to label[]
 * and col[]. Returns how many were stored. *skipped (when not NULL) gets
 * the first matching column left out (too long a label, or past max), or
 * -1.
 */
int csv_row_prob_columns(const struct csv_row *hdr, const char *task,
			 char (*label)[32], int *col, int max, int *skipped);

/* Append one field to sb, quoted when it holds , " CR or LF. */
void csv_add_field(struct sbuf *sb, const char *s, size_t n);
/*
 * csv_add_field of s[0..n) with invalid UTF-8 and NUL bytes replaced by
 * U+FFFD, so output is valid UTF-8 whatever the input; returns how many.
 */
size_t csv_add_field_repaired(struct sbuf *sb, const char *s, size_t n);
/* Append fields joined by commas and a final "\n". */
void csv_add_row(struct sbuf *sb, const char *const *field, size_t n);

/*
 * Replace invalid UTF-8 sequences and NUL bytes in s[0..n) by U+FFFD,
 * appending the result to out. Returns the number of replacements.
 */
size_t csv_utf8_repair(struct sbuf *out, const char *s, size_t n);
/* Offset of the first invalid UTF-8 or NUL byte of s[0..n), or n. */
size_t csv_utf8_first_bad(const char *s, size_t n);

#endif
