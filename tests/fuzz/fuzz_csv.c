/*
 * The CSV reader on arbitrary bytes. Every record it returns must be
 * NUL-free valid UTF-8 of the stated lengths, and must survive a round
 * trip: written back with csv_add_row and read again, it gives the same
 * fields (behind a dummy header line, so that a byte order mark at the
 * start of a field is not taken for the file's).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "fuzz.h"
#include "sbuf.h"

/* A reader over a copy of data[0..n) (fmemopen refuses size 0). */
static FILE *open_bytes(const void *data, size_t n)
{
	if (n == 0)
		return fopen("/dev/null", "rb");
	return fmemopen((void *)data, n, "rb");
}

static void check_valid(const struct csv_row *row)
{
	size_t i, bad;
	struct sbuf sb = SBUF_INIT;

	for (i = 0; i < row->n; i++) {
		FUZZ_CHECK(strlen(row->field[i]) == row->len[i]);
		sbuf_reset(&sb);
		bad = csv_utf8_repair(&sb, row->field[i], row->len[i]);
		FUZZ_CHECK(bad == 0);
	}
	sbuf_release(&sb);
}

static void check_round_trip(const struct csv_row *row)
{
	struct sbuf sb = SBUF_INIT;
	struct csv_reader *r;
	struct csv_row back;
	struct err e;
	FILE *fp;
	size_t i, total = 0;

	for (i = 0; i < row->n; i++)
		total += row->len[i];
	/* repair may grow a field past the reader's limits: nothing to check */
	if (total * 2 + row->n > CSV_FIELD_MAX)
		return;
	sbuf_adds(&sb, "h\n");
	csv_add_row(&sb, row->field, row->n);
	fp = open_bytes(sb.buf, sb.len);
	FUZZ_CHECK(fp);
	r = csv_reader_fopen(fp, "round-trip");
	FUZZ_CHECK(csv_reader_next(r, &back, &e) == 1);
	FUZZ_CHECK(csv_reader_next(r, &back, &e) == 1);
	FUZZ_CHECK(back.n == row->n);
	for (i = 0; i < row->n; i++) {
		FUZZ_CHECK(back.len[i] == row->len[i]);
		FUZZ_CHECK(!memcmp(back.field[i], row->field[i], row->len[i]));
	}
	FUZZ_CHECK(csv_reader_next(r, &back, &e) == 0);
	FUZZ_CHECK(csv_reader_replaced(r, NULL) == 0);
	csv_reader_free(r);
	fclose(fp);
	sbuf_release(&sb);
}

int fuzz_csv(const uint8_t *data, size_t n)
{
	FILE *fp = open_bytes(data, n);
	struct csv_reader *r;
	struct csv_row row;
	struct err e;
	long line = 0, first;
	int st;

	FUZZ_CHECK(fp);
	r = csv_reader_fopen(fp, "fuzz.csv");
	while ((st = csv_reader_next(r, &row, &e)) == 1) {
		FUZZ_CHECK(row.n >= 1);
		FUZZ_CHECK(csv_reader_line(r) > line);
		line = csv_reader_line(r);
		check_valid(&row);
		check_round_trip(&row);
		(void)csv_row_find(&row, "text");
	}
	if (st < 0)
		FUZZ_CHECK(!strncmp(e.msg, "fuzz.csv:", 9));
	if (csv_reader_replaced(r, &first))
		FUZZ_CHECK(first >= 1);
	csv_reader_free(r);
	fclose(fp);
	return 0;
}

FUZZ_MAIN(fuzz_csv)
