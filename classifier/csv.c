#include "csv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "xalloc.h"

struct csv_reader {
	FILE *fp;
	int owns_fp;
	char *name;
	long line;       /* current physical line */
	long rec_line;   /* line where the last record began */
	int eof;
	int started;     /* a leading UTF-8 byte order mark was checked */
	struct sbuf raw;   /* one field's bytes as read */
	struct sbuf text;  /* all fields of a record, repaired, NUL-separated */
	size_t *off, *len; /* field offsets into text, lengths */
	const char **ptr;
	size_t nfield, cap_field, cap_ptr;
	size_t replaced;
	long first_bad_line;
	char buf[65536];
	size_t pos, end;
};

static struct csv_reader *reader_new(FILE *fp, const char *name, int owns)
{
	struct csv_reader *r = xcalloc(1, sizeof(*r));

	r->fp = fp;
	r->owns_fp = owns;
	r->name = xstrdup(name);
	r->line = 1;
	sbuf_init(&r->raw);
	sbuf_init(&r->text);
	return r;
}

struct csv_reader *csv_reader_open(const char *path, struct err *e)
{
	FILE *fp;

	if (!strcmp(path, "-"))
		return reader_new(stdin, "<stdin>", 0);
	fp = fopen(path, "rb");
	if (!fp) {
		err_at(e, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	return reader_new(fp, path, 1);
}

struct csv_reader *csv_reader_fopen(FILE *fp, const char *name)
{
	return reader_new(fp, name, 0);
}

void csv_reader_free(struct csv_reader *r)
{
	if (!r)
		return;
	if (r->owns_fp)
		fclose(r->fp);
	free(r->name);
	sbuf_release(&r->raw);
	sbuf_release(&r->text);
	free(r->off);
	free(r->len);
	free(r->ptr);
	free(r);
}

long csv_reader_line(const struct csv_reader *r)
{
	return r->rec_line;
}

const char *csv_reader_name(const struct csv_reader *r)
{
	return r->name;
}

size_t csv_reader_replaced(const struct csv_reader *r, long *first_line)
{
	if (first_line)
		*first_line = r->first_bad_line;
	return r->replaced;
}

/* Next byte, or EOF; -2 on a read error. */
static int next_byte(struct csv_reader *r)
{
	if (r->pos == r->end) {
		if (r->eof)
			return EOF;
		r->end = fread(r->buf, 1, sizeof(r->buf), r->fp);
		r->pos = 0;
		if (r->end == 0) {
			r->eof = 1;
			return ferror(r->fp) ? -2 : EOF;
		}
	}
	return (unsigned char)r->buf[r->pos++];
}

static int peek_byte(struct csv_reader *r)
{
	int c = next_byte(r);

	if (c >= 0)
		r->pos--;
	return c;
}

/* Byte length of a valid UTF-8 sequence at s (n bytes left), or 0. */
static size_t utf8_valid_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len, i;
	unsigned long cp;

	if (c == 0)
		return 0;
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	/* overlong forms, surrogates and code points past U+10FFFF */
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return len;
}

size_t csv_utf8_first_bad(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;

	while (i < n) {
		if (p[i] > 0 && p[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_valid_len(p + i, n - i);
		if (!k)
			return i;
		i += k;
	}
	return n;
}

size_t csv_utf8_repair(struct sbuf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, bad = 0, start = 0;

	while (i < n) {
		size_t k;

		/* ASCII other than NUL, the bulk of any text, in a tight loop */
		while (i < n && (unsigned char)(p[i] - 1) < 0x7f)
			i++;
		if (i == n)
			break;
		k = utf8_valid_len(p + i, n - i);
		if (k) {
			i += k;
			continue;
		}
		sbuf_add(out, s + start, i - start);
		sbuf_add(out, "\xef\xbf\xbd", 3);
		bad++;
		i++;
		start = i;
	}
	sbuf_add(out, s + start, n - start);
	return bad;
}

/*
 * Close the field read into r->raw: repair it into r->text. -1 (*e set)
 * past CSV_MAX_FIELDS fields or CSV_RECORD_MAX bytes in the record, the
 * limits that keep one line from taking memory without bound.
 */
static int end_field(struct csv_reader *r, struct err *e)
{
	size_t bad;

	if (r->nfield == CSV_MAX_FIELDS)
		return err_at(e, r->name, r->rec_line,
			      "more than %u fields in one record",
			      CSV_MAX_FIELDS);
	if (r->nfield == r->cap_field) {
		size_t c = r->cap_field;

		r->off = xgrow(r->off, &c, r->nfield + 1, sizeof(*r->off));
		c = r->cap_field;
		r->len = xgrow(r->len, &c, r->nfield + 1, sizeof(*r->len));
		r->cap_field = c;
	}
	r->off[r->nfield] = r->text.len;
	bad = csv_utf8_repair(&r->text, r->raw.buf, r->raw.len);
	if (bad) {
		if (!r->replaced)
			r->first_bad_line = r->rec_line;
		r->replaced += bad;
	}
	r->len[r->nfield] = r->text.len - r->off[r->nfield];
	sbuf_addc(&r->text, '\0');
	sbuf_reset(&r->raw);
	r->nfield++;
	if (r->text.len > CSV_RECORD_MAX)
		return err_at(e, r->name, r->rec_line,
			      "record longer than %u bytes", CSV_RECORD_MAX);
	return 0;
}

static int too_long(struct csv_reader *r, struct err *e)
{
	return err_at(e, r->name, r->rec_line,
		      "field %zu longer than %u bytes", r->nfield + 1,
		      CSV_FIELD_MAX);
}

static int read_error(struct csv_reader *r, struct err *e)
{
	return err_at(e, r->name, r->line, "read error: %s", strerror(errno));
}

/*
 * Append to the field the run of bytes at the read position that are
 * none of the stop bytes (up to the end of the buffer and the field
 * limit): most bytes of a field need no decision, and copying runs beats
 * a call per byte. The stop sets, as tables: NUL always stops a run.
 */
static const unsigned char stop_quoted[256] = { [0] = 1, ['"'] = 1,
						['\n'] = 1 };
static const unsigned char stop_plain[256] = { [0] = 1, [','] = 1,
					       ['\n'] = 1, ['\r'] = 1,
					       ['"'] = 1 };
static void take_run(struct csv_reader *r, const unsigned char *stop)
{
	size_t j = r->pos, room = CSV_FIELD_MAX > r->raw.len ?
				  CSV_FIELD_MAX - r->raw.len : 0;
	size_t lim = r->end - r->pos < room ? r->end : r->pos + room;

	while (j < lim && !stop[(unsigned char)r->buf[j]])
		j++;
	sbuf_add(&r->raw, r->buf + r->pos, j - r->pos);
	r->pos = j;
}

/* Quoted field: the opening quote has been read. 0 ok, -1 error. */
static int read_quoted(struct csv_reader *r, struct err *e)
{
	for (;;) {
		int c = next_byte(r);

		if (c == -2)
			return read_error(r, e);
		if (c == EOF)
			return err_at(e, r->name, r->rec_line,
				      "unterminated quote in field %zu",
				      r->nfield + 1);
		if (c == '"') {
			if (peek_byte(r) != '"')
				return 0;
			next_byte(r);
		} else if (c == '\n') {
			r->line++;
		}
		if (r->raw.len >= CSV_FIELD_MAX)
			return too_long(r, e);
		sbuf_addc(&r->raw, (char)c);
		if (c != '\n')
			take_run(r, stop_quoted);
	}
}

int csv_reader_next(struct csv_reader *r, struct csv_row *row, struct err *e)
{
	int c, quoted = 0, after_quote = 0;
	size_t i;

	r->nfield = 0;
	sbuf_reset(&r->text);
	sbuf_reset(&r->raw);
	r->rec_line = r->line;
	c = next_byte(r);
	if (!r->started) {
		r->started = 1;
		/* A UTF-8 byte order mark is not part of the first column name. */
		if (c == 0xef && r->end - r->pos >= 2 &&
		    !memcmp(r->buf + r->pos, "\xbb\xbf", 2)) {
			r->pos += 2;
			c = next_byte(r);
		}
	}
	if (c == -2)
		return read_error(r, e);
	if (c == EOF)
		return 0;
	for (;; c = next_byte(r)) {
		if (c == -2)
			return read_error(r, e);
		if (c == EOF || c == '\n' || (c == '\r' && peek_byte(r) == '\n')) {
			if (c == '\r')
				next_byte(r);
			if (c != EOF)
				r->line++;
			if (end_field(r, e) < 0)
				return -1;
			break;
		}
		if (c == ',') {
			if (end_field(r, e) < 0)
				return -1;
			quoted = after_quote = 0;
			continue;
		}
		if (after_quote)
			return err_at(e, r->name, r->line,
				      "unexpected text after closing quote in field %zu",
				      r->nfield + 1);
		if (c == '"' && !quoted && r->raw.len == 0) {
			quoted = 1;
			if (read_quoted(r, e) < 0)
				return -1;
			after_quote = 1;
			continue;
		}
		if (r->raw.len >= CSV_FIELD_MAX)
			return too_long(r, e);
		sbuf_addc(&r->raw, (char)c);
		take_run(r, stop_plain);
	}
	if (r->nfield > r->cap_ptr)
		r->ptr = xgrow(r->ptr, &r->cap_ptr, r->nfield, sizeof(*r->ptr));
	for (i = 0; i < r->nfield; i++)
		r->ptr[i] = r->text.buf + r->off[i];
	row->field = r->ptr;
	row->len = r->len;
	row->n = r->nfield;
	return 1;
}

int csv_row_find(const struct csv_row *hdr, const char *name)
{
	size_t i;

	for (i = 0; i < hdr->n; i++)
		if (!strcmp(hdr->field[i], name))
			return (int)i;
	return -1;
}

int csv_row_prob_columns(const struct csv_row *hdr, const char *task,
			 char (*label)[32], int *col, int max, int *skipped)
{
	size_t i, tn = strlen(task), ln;
	int n = 0;

	if (skipped)
		*skipped = -1;
	for (i = 0; i < hdr->n; i++) {
		if (hdr->len[i] <= tn + 3 || memcmp(hdr->field[i], task, tn) ||
		    memcmp(hdr->field[i] + tn, "_p_", 3))
			continue;
		ln = hdr->len[i] - tn - 3;
		if (ln >= 32 || n == max) {
			if (skipped && *skipped < 0)
				*skipped = (int)i;
			continue;
		}
		memcpy(label[n], hdr->field[i] + tn + 3, ln);
		label[n][ln] = '\0';
		col[n++] = (int)i;
	}
	return n;
}

void csv_add_field(struct sbuf *sb, const char *s, size_t n)
{
	size_t i, start = 0;

	if (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\n', n) &&
	    !memchr(s, '\r', n)) {
		sbuf_add(sb, s, n);
		return;
	}
	sbuf_addc(sb, '"');
	for (i = 0; i < n; i++) {
		if (s[i] == '"') {
			sbuf_add(sb, s + start, i - start + 1);
			sbuf_addc(sb, '"');
			start = i + 1;
		}
	}
	sbuf_add(sb, s + start, n - start);
	sbuf_addc(sb, '"');
}

size_t csv_add_field_repaired(struct sbuf *sb, const char *s, size_t n)
{
	struct sbuf clean = SBUF_INIT;
	size_t bad;

	if (csv_utf8_first_bad(s, n) == n) {
		csv_add_field(sb, s, n);
		return 0;
	}
	bad = csv_utf8_repair(&clean, s, n);
	csv_add_field(sb, clean.buf, clean.len);
	sbuf_release(&clean);
	return bad;
}

void csv_add_row(struct sbuf *sb, const char *const *field, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			sbuf_addc(sb, ',');
		csv_add_field(sb, field[i], strlen(field[i]));
	}
	sbuf_addc(sb, '\n');
}
