/*
 * csv: the csv-spectrum suite read to exactly its expected records, and the
 * refusals, repairs and writer that csv.h promises.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "sbuf.h"
#include "testutil.h"

#define DATA "tests/data/csv/"
#define SPECTRUM DATA "spectrum/"

/* ---- the expected-parse format of tests/data/csv/README.md ---- */

struct rec {
	char **field;
	size_t *len;
	size_t n;
};

static char *unescape(const char *s, size_t n, size_t *out_len)
{
	char *o = malloc(n + 1);
	size_t i, k = 0;

	cr_assert_not_null(o);
	for (i = 0; i < n; i++) {
		if (s[i] != '\\') {
			o[k++] = s[i];
			continue;
		}
		cr_assert(i + 1 < n, "dangling backslash in expect file");
		switch (s[++i]) {
		case 'n': o[k++] = '\n'; break;
		case 'r': o[k++] = '\r'; break;
		case 't': o[k++] = '\t'; break;
		case '\\': o[k++] = '\\'; break;
		default: cr_assert_fail("bad escape '\\%c' in expect file", s[i]);
		}
	}
	o[k] = '\0';
	*out_len = k;
	return o;
}

/* Parse NAME.expect into recs; returns the number of records. */
static size_t load_expect(const char *path, struct rec **recs)
{
	size_t len, nrec = 0;
	char *buf = tu_read(path, &len), *p = buf, *end = buf + len;
	struct rec *r = NULL;

	cr_assert(len > 0 && buf[len - 1] == '\n', "%s must end in LF", path);
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p)), *f = p;
		struct rec *cur;

		r = realloc(r, (nrec + 1) * sizeof(*r));
		cr_assert_not_null(r);
		cur = &r[nrec++];
		memset(cur, 0, sizeof(*cur));
		for (;;) {
			char *tab = memchr(f, '\t', (size_t)(nl - f));
			char *stop = tab ? tab : nl;

			cur->field = realloc(cur->field,
					     (cur->n + 1) * sizeof(char *));
			cur->len = realloc(cur->len, (cur->n + 1) * sizeof(size_t));
			cr_assert(cur->field && cur->len);
			cur->field[cur->n] = unescape(f, (size_t)(stop - f),
						      &cur->len[cur->n]);
			cur->n++;
			if (!tab)
				break;
			f = tab + 1;
		}
		p = nl + 1;
	}
	free(buf);
	*recs = r;
	return nrec;
}

static void free_expect(struct rec *r, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < r[i].n; j++)
			free(r[i].field[j]);
		free(r[i].field);
		free(r[i].len);
	}
	free(r);
}

/* Read NAME.csv and compare every record, field and byte with NAME.expect. */
static void check_spectrum(const char *name)
{
	char csv[256], expect[256];
	struct rec *want;
	size_t nwant, i = 0, j;
	struct err e;
	struct csv_row row;
	struct csv_reader *r;
	int st;

	snprintf(csv, sizeof(csv), SPECTRUM "%s.csv", name);
	snprintf(expect, sizeof(expect), SPECTRUM "%s.expect", name);
	nwant = load_expect(expect, &want);
	r = csv_reader_open(csv, &e);
	cr_assert_not_null(r, "%s", e.msg);
	while ((st = csv_reader_next(r, &row, &e)) == 1) {
		cr_assert_lt(i, nwant, "%s: more records than expected", name);
		cr_assert_eq(row.n, want[i].n, "%s record %zu: %zu fields, want %zu",
			     name, i, row.n, want[i].n);
		for (j = 0; j < row.n; j++) {
			cr_assert_eq(row.len[j], want[i].len[j],
				     "%s record %zu field %zu: length %zu, want %zu "
				     "('%s' vs '%s')", name, i, j, row.len[j],
				     want[i].len[j], row.field[j], want[i].field[j]);
			cr_assert(!memcmp(row.field[j], want[i].field[j],
					  row.len[j]),
				  "%s record %zu field %zu: '%s', want '%s'", name,
				  i, j, row.field[j], want[i].field[j]);
			cr_assert_eq(row.field[j][row.len[j]], '\0');
		}
		i++;
	}
	cr_assert_eq(st, 0, "%s: %s", name, e.msg);
	cr_assert_eq(i, nwant, "%s: %zu records, want %zu", name, i, nwant);
	cr_assert_eq(csv_reader_replaced(r, NULL), 0);
	csv_reader_free(r);
	free_expect(want, nwant);
}

Test(csv, spectrum_comma_in_quotes) { check_spectrum("comma_in_quotes"); }
Test(csv, spectrum_empty) { check_spectrum("empty"); }
Test(csv, spectrum_empty_crlf) { check_spectrum("empty_crlf"); }
Test(csv, spectrum_escaped_quotes) { check_spectrum("escaped_quotes"); }
Test(csv, spectrum_json) { check_spectrum("json"); }
Test(csv, spectrum_location_coordinates) { check_spectrum("location_coordinates"); }
Test(csv, spectrum_newlines) { check_spectrum("newlines"); }
Test(csv, spectrum_newlines_crlf) { check_spectrum("newlines_crlf"); }
Test(csv, spectrum_quotes_and_newlines) { check_spectrum("quotes_and_newlines"); }
Test(csv, spectrum_simple) { check_spectrum("simple"); }
Test(csv, spectrum_simple_crlf) { check_spectrum("simple_crlf"); }
Test(csv, spectrum_utf8) { check_spectrum("utf8"); }

/* The CRLF fixtures really are CRLF (the shared copy had lost its CRs). */
Test(csv, spectrum_crlf_fixtures_have_cr)
{
	const char *names[] = { "simple_crlf", "empty_crlf", "newlines_crlf" };
	size_t i, len;

	for (i = 0; i < 3; i++) {
		char path[256], *buf;

		snprintf(path, sizeof(path), SPECTRUM "%s.csv", names[i]);
		buf = tu_read(path, &len);
		cr_assert_not_null(strstr(buf, "a,b,c\r\n"), "%s", path);
		free(buf);
	}
}

/* ---- helpers for the cases below ---- */

static struct csv_reader *open_mem(const char *s, size_t n, const char *name,
				   FILE **fp)
{
	*fp = fmemopen((void *)s, n, "rb");
	cr_assert_not_null(*fp);
	return csv_reader_fopen(*fp, name);
}

static void expect_row(struct csv_reader *r, size_t n, const char **want)
{
	struct csv_row row;
	struct err e;
	size_t i;

	cr_assert_eq(csv_reader_next(r, &row, &e), 1, "%s", e.msg);
	cr_assert_eq(row.n, n, "%zu fields, want %zu", row.n, n);
	for (i = 0; i < n; i++) {
		cr_assert_str_eq(row.field[i], want[i]);
		cr_assert_eq(row.len[i], strlen(want[i]));
	}
}

static void expect_end(struct csv_reader *r)
{
	struct csv_row row;
	struct err e;

	cr_assert_eq(csv_reader_next(r, &row, &e), 0);
	/* and it stays at the end */
	cr_assert_eq(csv_reader_next(r, &row, &e), 0);
}

/* ---- refusals ---- */

#define BAD_QUOTE DATA "bad_quote.csv"
Test(csv, unterminated_quote_names_file_and_line)
{
	struct err e;
	struct csv_row row;
	struct csv_reader *r = csv_reader_open(BAD_QUOTE, &e);

	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1); /* header */
	cr_assert_eq(csv_reader_next(r, &row, &e), 1); /* 1,"closed" */
	cr_assert_eq(csv_reader_next(r, &row, &e), -1);
	cr_assert_str_eq(e.msg, BAD_QUOTE ":3: unterminated quote in field 2");
	csv_reader_free(r);
}

#define AFTER_QUOTE DATA "after_quote.csv"
Test(csv, text_after_closing_quote_refused)
{
	struct err e;
	struct csv_row row;
	struct csv_reader *r = csv_reader_open(AFTER_QUOTE, &e);

	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_str_eq(row.field[1], "ok");
	cr_assert_eq(csv_reader_next(r, &row, &e), -1);
	cr_assert_str_eq(e.msg, AFTER_QUOTE
			 ":3: unexpected text after closing quote in field 2");
	csv_reader_free(r);
}

/* A quoted field spanning lines: the error names the line of the junk. */
Test(csv, text_after_multiline_quote_names_its_line)
{
	static const char s[] = "a,b\n1,\"x\ny\"z\n";
	FILE *fp;
	struct csv_reader *r = open_mem(s, sizeof(s) - 1, "mem.csv", &fp);
	struct csv_row row;
	struct err e;

	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_eq(csv_reader_next(r, &row, &e), -1);
	cr_assert_str_eq(e.msg,
			 "mem.csv:3: unexpected text after closing quote in field 2");
	csv_reader_free(r);
	fclose(fp);
}

Test(csv, missing_file_names_it)
{
	struct err e;

	cr_assert_null(csv_reader_open(DATA "no_such_file.csv", &e));
	cr_assert_str_eq(e.msg, DATA "no_such_file.csv: cannot open: "
			 "No such file or directory");
}

/* A file "a\n" then one field of size bytes, quoted or not, then "\n". */
static char *long_field_file(const char *dir, size_t size, int quoted)
{
	char *path = tu_path(dir, quoted ? "long_q.csv" : "long.csv");
	FILE *fp = fopen(path, "wb");
	size_t i;

	cr_assert_not_null(fp);
	fputs("a\n", fp);
	if (quoted)
		fputc('"', fp);
	for (i = 0; i < size; i++)
		fputc('x', fp);
	if (quoted)
		fputc('"', fp);
	fputs("\nshort\n", fp);
	cr_assert_eq(fclose(fp), 0);
	return path;
}

static void check_long_field(int quoted)
{
	char *dir = tu_tmpdir(), *path, want[512];
	struct csv_reader *r;
	struct csv_row row;
	struct err e;

	/* exactly CSV_FIELD_MAX bytes is allowed */
	path = long_field_file(dir, CSV_FIELD_MAX, quoted);
	r = csv_reader_open(path, &e);
	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1, "%s", e.msg);
	cr_assert_eq(row.len[0], CSV_FIELD_MAX);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1, "%s", e.msg);
	cr_assert_str_eq(row.field[0], "short");
	csv_reader_free(r);
	free(path);

	/* one more is refused, naming file, line and field */
	path = long_field_file(dir, CSV_FIELD_MAX + 1, quoted);
	r = csv_reader_open(path, &e);
	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_eq(csv_reader_next(r, &row, &e), -1);
	snprintf(want, sizeof(want), "%s:2: field 1 longer than %u bytes", path,
		 CSV_FIELD_MAX);
	cr_assert_str_eq(e.msg, want);
	csv_reader_free(r);
	free(path);
	tu_rmtree(dir);
	free(dir);
}

Test(csv, field_over_max_refused) { check_long_field(0); }
Test(csv, quoted_field_over_max_refused) { check_long_field(1); }

/*
 * A record of 16 fields of CSV_FIELD_MAX bytes is over CSV_RECORD_MAX
 * (16 MiB) whichever field takes it over, the last one included.
 */
static void check_long_record(size_t nfield)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "wide.csv");
	FILE *fp = fopen(path, "wb");
	char *field = malloc(CSV_FIELD_MAX);
	struct csv_reader *r;
	struct csv_row row;
	struct err e;
	size_t i;
	int st;

	cr_assert(fp && field);
	memset(field, 'y', CSV_FIELD_MAX);
	fputs("a\n", fp);
	for (i = 0; i < nfield; i++) {
		if (i)
			fputc(',', fp);
		fwrite(field, 1, CSV_FIELD_MAX, fp);
	}
	fputc('\n', fp);
	cr_assert_eq(fclose(fp), 0);
	r = csv_reader_open(path, &e);
	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	st = csv_reader_next(r, &row, &e);
	cr_assert_eq(st, -1, "a record of %zu x %u bytes was accepted", nfield,
		     CSV_FIELD_MAX);
	cr_assert(strstr(e.msg, ":2: record longer than"), "%s", e.msg);
	csv_reader_free(r);
	free(field);
	free(path);
	tu_rmtree(dir);
	free(dir);
}

Test(csv, record_over_max_refused) { check_long_record(17); }
Test(csv, record_over_max_refused_at_last_field) { check_long_record(16); }

/* ---- repairs ---- */

#define BAD_UTF8 DATA "bad_utf8.csv"
Test(csv, invalid_utf8_and_nul_replaced_and_counted)
{
	struct err e;
	struct csv_row row;
	struct csv_reader *r = csv_reader_open(BAD_UTF8, &e);
	long first = -1;

	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_eq(csv_reader_replaced(r, &first), 0);
	cr_assert_eq(first, 0, "no replacement yet: first line is 0");
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_str_eq(row.field[1], "bad\xef\xbf\xbd byte");
	cr_assert_eq(row.len[1], strlen("bad\xef\xbf\xbd byte"));
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	/* the NUL does not cut the field short; the lone lead byte goes */
	cr_assert_str_eq(row.field[1], "nul\xef\xbf\xbd" "byte and \xef\xbf\xbd(");
	cr_assert_eq(row.len[1], strlen(row.field[1]));
	expect_end(r);
	cr_assert_eq(csv_reader_replaced(r, &first), 3);
	cr_assert_eq(first, 3, "first replacement was on line 3, not %ld",
		     first);
	csv_reader_free(r);
}

Test(csv, utf8_repair_rejects_overlong_surrogate_and_big)
{
	struct sbuf sb = SBUF_INIT;
	/* overlong '/', a surrogate, past U+10FFFF, a truncated 3-byte form */
	static const char s[] = "\xc0\xaf|\xed\xa0\x80|\xf4\x90\x80\x80|\xe2\x82";
	size_t bad = csv_utf8_repair(&sb, s, sizeof(s) - 1);
	struct sbuf ok = SBUF_INIT;

	cr_assert_eq(bad, 2 + 3 + 4 + 2, "%zu bytes replaced", bad);
	cr_assert_null(memchr(sb.buf, '\xc0', sb.len));
	cr_assert_eq(csv_utf8_repair(&ok, "caf\xc3\xa9 \xf0\x9f\x98\x80", 10),
		     0);
	cr_assert_str_eq(ok.buf, "caf\xc3\xa9 \xf0\x9f\x98\x80");
	sbuf_release(&sb);
	sbuf_release(&ok);
}

#define BOM DATA "bom.csv"
Test(csv, bom_stripped_from_first_header_name_only)
{
	struct err e;
	struct csv_row row;
	struct csv_reader *r = csv_reader_open(BOM, &e);

	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_str_eq(row.field[0], "id");
	cr_assert_eq(row.len[0], 2);
	cr_assert_eq(csv_row_find(&row, "id"), 0);
	cr_assert_eq(csv_row_find(&row, "text"), 1);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_str_eq(row.field[1], "\xef\xbb\xbfkept");
	expect_end(r);
	csv_reader_free(r);
}

/* Spreadsheet exports quote every name: BOM, then a quoted first name. */
Test(csv, bom_before_quoted_header)
{
	static const char s[] = "\xef\xbb\xbf\"id\",\"text\"\r\n1,x\r\n";
	const char *h[] = { "id", "text" }, *r1[] = { "1", "x" };
	FILE *fp;
	struct csv_reader *r = open_mem(s, sizeof(s) - 1, "m", &fp);

	expect_row(r, 2, h);
	expect_row(r, 2, r1);
	expect_end(r);
	csv_reader_free(r);
	fclose(fp);
}

/* ---- record ends and shapes ---- */

Test(csv, lf_and_crlf_read_alike)
{
	static const char lf[] = "a,b\n1,2\n3,\n";
	static const char crlf[] = "a,b\r\n1,2\r\n3,\r\n";
	const char *h[] = { "a", "b" }, *r1[] = { "1", "2" }, *r2[] = { "3", "" };
	FILE *f1, *f2;
	struct csv_reader *a = open_mem(lf, sizeof(lf) - 1, "lf", &f1);
	struct csv_reader *b = open_mem(crlf, sizeof(crlf) - 1, "crlf", &f2);

	expect_row(a, 2, h);
	expect_row(a, 2, r1);
	expect_row(a, 2, r2);
	expect_end(a);
	expect_row(b, 2, h);
	cr_assert_eq(csv_reader_line(b), 1);
	expect_row(b, 2, r1);
	cr_assert_eq(csv_reader_line(b), 2);
	expect_row(b, 2, r2);
	cr_assert_eq(csv_reader_line(b), 3);
	expect_end(b);
	csv_reader_free(a);
	csv_reader_free(b);
	fclose(f1);
	fclose(f2);
}

Test(csv, last_record_without_newline)
{
	static const char s[] = "a,b\n1,\"two\"";
	static const char t[] = "a,b\r\nx,y";
	const char *h[] = { "a", "b" }, *r1[] = { "1", "two" },
		   *r2[] = { "x", "y" };
	FILE *f1, *f2;
	struct csv_reader *a = open_mem(s, sizeof(s) - 1, "s", &f1);
	struct csv_reader *b = open_mem(t, sizeof(t) - 1, "t", &f2);

	expect_row(a, 2, h);
	expect_row(a, 2, r1);
	expect_end(a);
	expect_row(b, 2, h);
	expect_row(b, 2, r2);
	expect_end(b);
	csv_reader_free(a);
	csv_reader_free(b);
	fclose(f1);
	fclose(f2);
}

Test(csv, record_lines_count_embedded_newlines)
{
	struct err e;
	struct csv_row row;
	struct csv_reader *r = csv_reader_open(SPECTRUM "newlines.csv", &e);
	long want[] = { 1, 2, 3, 5 };
	size_t i;

	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_str_eq(csv_reader_name(r), SPECTRUM "newlines.csv");
	for (i = 0; i < 4; i++) {
		cr_assert_eq(csv_reader_next(r, &row, &e), 1);
		cr_assert_eq(csv_reader_line(r), want[i], "record %zu at %ld",
			     i, csv_reader_line(r));
	}
	expect_end(r);
	csv_reader_free(r);
}

Test(csv, stray_quote_in_unquoted_field_kept)
{
	static const char s[] = "a,b\nsay \"hi\",5 o\"clock\n";
	const char *h[] = { "a", "b" }, *r1[] = { "say \"hi\"", "5 o\"clock" };
	FILE *fp;
	struct csv_reader *r = open_mem(s, sizeof(s) - 1, "m", &fp);

	expect_row(r, 2, h);
	expect_row(r, 2, r1);
	expect_end(r);
	csv_reader_free(r);
	fclose(fp);
}

Test(csv, empty_input_and_blank_line)
{
	static const char s[] = "a\n\nb\n";
	const char *h[] = { "a" }, *blank[] = { "" }, *b[] = { "b" };
	FILE *f1, *f2;
	struct csv_reader *r = open_mem(s, sizeof(s) - 1, "m", &f1);
	struct csv_reader *empty;
	struct csv_row row;
	struct err e;

	expect_row(r, 1, h);
	expect_row(r, 1, blank);
	expect_row(r, 1, b);
	expect_end(r);
	csv_reader_free(r);
	fclose(f1);
	/* fmemopen refuses size 0: use a one-byte buffer opened at its end */
	f2 = fmemopen((void *)s, 1, "rb");
	cr_assert_not_null(f2);
	fgetc(f2);
	empty = csv_reader_fopen(f2, "empty");
	cr_assert_eq(csv_reader_next(empty, &row, &e), 0);
	csv_reader_free(empty);
	fclose(f2);
}

/* Records longer than the reader's 64 KiB buffer, split anywhere. */
Test(csv, fields_across_buffer_boundaries)
{
	char *dir = tu_tmpdir(), *path = tu_path(dir, "big.csv");
	FILE *fp = fopen(path, "wb");
	struct csv_reader *r;
	struct csv_row row;
	struct err e;
	size_t i, n = 5000;
	int st;

	cr_assert_not_null(fp);
	fputs("id,text\r\n", fp);
	for (i = 0; i < n; i++)
		fprintf(fp, "%zu,\"line %zu, with \"\"quotes\"\"\r\nand CRLF\"\r\n",
			i, i);
	cr_assert_eq(fclose(fp), 0);
	r = csv_reader_open(path, &e);
	cr_assert_not_null(r, "%s", e.msg);
	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	for (i = 0; (st = csv_reader_next(r, &row, &e)) == 1; i++) {
		char want[128];

		snprintf(want, sizeof(want),
			 "line %zu, with \"quotes\"\r\nand CRLF", i);
		cr_assert_eq(row.n, 2);
		cr_assert_str_eq(row.field[1], want);
		cr_assert_eq(csv_reader_line(r), (long)(2 + 2 * i));
	}
	cr_assert_eq(st, 0, "%s", e.msg);
	cr_assert_eq(i, n);
	csv_reader_free(r);
	free(path);
	tu_rmtree(dir);
	free(dir);
}

/* ---- writing ---- */

Test(csv, add_field_quotes_only_when_needed)
{
	struct sbuf sb = SBUF_INIT;

	csv_add_field(&sb, "plain text", 10);
	cr_assert_str_eq(sb.buf, "plain text");
	sbuf_reset(&sb);
	csv_add_field(&sb, "a,b", 3);
	cr_assert_str_eq(sb.buf, "\"a,b\"");
	sbuf_reset(&sb);
	csv_add_field(&sb, "say \"hi\"", 8);
	cr_assert_str_eq(sb.buf, "\"say \"\"hi\"\"\"");
	sbuf_reset(&sb);
	csv_add_field(&sb, "cr\r", 3);
	cr_assert_str_eq(sb.buf, "\"cr\r\"");
	sbuf_reset(&sb);
	csv_add_field(&sb, "lf\n", 3);
	cr_assert_str_eq(sb.buf, "\"lf\n\"");
	sbuf_reset(&sb);
	csv_add_field(&sb, "", 0);
	cr_assert_eq(sb.len, 0);
	/* n bytes, not up to the NUL */
	csv_add_field(&sb, "abc,def", 3);
	cr_assert_str_eq(sb.buf, "abc");
	sbuf_release(&sb);
}

Test(csv, add_row_round_trip)
{
	static const char *const rows[][5] = {
		{ "id", "text", "note", "empty", "utf8" },
		{ "1", "a, b", "say \"hi\"", "", "\xc3\xa9t\xc3\xa9" },
		{ "2", "line\nbreak", "crlf\r\ninside", "\"", "\"\"" },
		{ "3", " spaced ", ",", "\r", "end\"" },
		{ "", "", "", "", "" },
	};
	size_t nrow = sizeof(rows) / sizeof(rows[0]), i, j;
	struct sbuf sb = SBUF_INIT;
	char *dir = tu_tmpdir(), *path = tu_path(dir, "rt.csv");
	struct csv_reader *r;
	struct csv_row row;
	struct err e;

	for (i = 0; i < nrow; i++)
		csv_add_row(&sb, rows[i], 5);
	cr_assert_eq(sb.buf[sb.len - 1], '\n');
	cr_assert_str_eq(sb.buf + sb.len - 5, ",,,,\n");
	tu_write(path, sb.buf, sb.len);
	r = csv_reader_open(path, &e);
	cr_assert_not_null(r, "%s", e.msg);
	for (i = 0; i < nrow; i++) {
		cr_assert_eq(csv_reader_next(r, &row, &e), 1, "%s", e.msg);
		cr_assert_eq(row.n, 5, "row %zu has %zu fields", i, row.n);
		for (j = 0; j < 5; j++)
			cr_assert_str_eq(row.field[j], rows[i][j],
					 "row %zu field %zu", i, j);
	}
	expect_end(r);
	csv_reader_free(r);
	sbuf_release(&sb);
	free(path);
	tu_rmtree(dir);
	free(dir);
}

Test(csv, row_find)
{
	static const char s[] = "id,text,Stance,text\n";
	FILE *fp;
	struct csv_reader *r = open_mem(s, sizeof(s) - 1, "m", &fp);
	struct csv_row row;
	struct err e;

	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	cr_assert_eq(csv_row_find(&row, "id"), 0);
	cr_assert_eq(csv_row_find(&row, "text"), 1, "first of two wins");
	cr_assert_eq(csv_row_find(&row, "Stance"), 2);
	cr_assert_eq(csv_row_find(&row, "stance"), -1, "names are exact");
	cr_assert_eq(csv_row_find(&row, "tex"), -1);
	cr_assert_eq(csv_row_find(&row, ""), -1);
	csv_reader_free(r);
	fclose(fp);
}

Test(csv, row_prob_columns)
{
	static const char s[] = "text,stance,stance_p_pro,stance_p_,"
		"sentiment_p_neg,stance_p_against,"
		"stance_p_0123456789012345678901234567890123,stance_p_neutral\n";
	FILE *fp;
	struct csv_reader *r = open_mem(s, sizeof(s) - 1, "m", &fp);
	struct csv_row row;
	struct err e;
	char label[4][32];
	int col[4], skipped, n;

	cr_assert_eq(csv_reader_next(r, &row, &e), 1);
	n = csv_row_prob_columns(&row, "stance", label, col, 4, &skipped);
	/* header order; the empty label and other tasks are not matches */
	cr_assert_eq(n, 3);
	cr_expect_str_eq(label[0], "pro");
	cr_expect_str_eq(label[1], "against");
	cr_expect_str_eq(label[2], "neutral");
	cr_expect_eq(col[0], 2);
	cr_expect_eq(col[1], 5);
	cr_expect_eq(col[2], 7);
	cr_expect_eq(skipped, 6, "the 34-byte label is left out");
	/* past max */
	n = csv_row_prob_columns(&row, "stance", label, col, 1, &skipped);
	cr_assert_eq(n, 1);
	cr_expect_eq(skipped, 5);
	cr_expect_eq(csv_row_prob_columns(&row, "sentiment", label, col, 4,
					  NULL), 1);
	csv_reader_free(r);
	fclose(fp);
}
