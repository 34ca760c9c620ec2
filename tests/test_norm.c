/*
 * norm: what norm.h promises about normalised text: NFKC, case folding,
 * lumped quotes and dashes, controls to spaces, repaired UTF-8, and an
 * ASCII fast path with the same result as the general one.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "norm.h"
#include "sbuf.h"

/* norm_text of s as a fresh string; *bad gets the replacement count. */
static char *norm(const char *s, size_t n, size_t *bad)
{
	struct sbuf sb = SBUF_INIT;
	size_t b = norm_text(&sb, s, n);

	if (bad)
		*bad = b;
	return sbuf_detach(&sb);
}

static void expect(const char *in, const char *want)
{
	size_t bad;
	char *got = norm(in, strlen(in), &bad);

	cr_assert_str_eq(got, want, "norm('%s') = '%s', want '%s'", in, got,
			 want);
	cr_assert_eq(bad, 0, "norm('%s') replaced %zu bytes", in, bad);
	free(got);
}

Test(norm, ascii_lower_case)
{
	expect("NATO Membership NOW", "nato membership now");
	expect("already lower 123 !?#@", "already lower 123 !?#@");
	expect("", "");
}

Test(norm, unicode_case_folding)
{
	expect("\xc3\x89TAT", "\xc3\xa9tat");           /* ÉTAT -> état */
	expect("Stra\xc3\x9f" "e", "strasse");          /* ß folds to ss */
	expect("\xd0\x9d\xd0\x90\xd0\xa2\xd0\x9e",       /* НАТО -> нато */
	       "\xd0\xbd\xd0\xb0\xd1\x82\xd0\xbe");
	expect("\xce\xa3\xce\x9f\xce\xa3", "\xcf\x83\xce\xbf\xcf\x83"); /* ΣΟΣ */
}

Test(norm, nfkc_and_nfc)
{
	expect("\xef\xac\x81nal", "final");              /* ﬁ ligature */
	expect("\xef\xbc\xae\xef\xbc\xa1\xef\xbc\xb4\xef\xbc\xaf", "nato"); /* fullwidth */
	expect("x\xc2\xb2", "x2");                       /* superscript two */
	/* e + combining acute composes to é (NFC, as libstemmer wants) */
	expect("e\xcc\x81t\xc3\xa9", "\xc3\xa9t\xc3\xa9");
}

Test(norm, curly_single_quotes_folded)
{
	expect("it\xe2\x80\x99s", "it's");               /* ’ */
	expect("\xe2\x80\x98yes\xe2\x80\x99", "'yes'"); /* ‘ ’ */
}

Test(norm, curly_double_quotes_folded)
{
	expect("\xe2\x80\x9cNATO\xe2\x80\x9d", "\"nato\""); /* “ ” */
}

Test(norm, dashes_and_minus_folded)
{
	expect("a\xe2\x80\x94" "b", "a-b");                 /* em dash */
	expect("a\xe2\x80\x93" "b", "a-b");                 /* en dash */
	expect("a\xe2\x80\x90" "b", "a-b");                 /* hyphen */
	expect("\xe2\x88\x92" "5", "-5");                   /* minus sign */
}

Test(norm, exotic_spaces_and_ignorables)
{
	expect("a\xc2\xa0" "b", "a b");                     /* no-break space */
	expect("a\xe2\x80\x83" "b", "a b");                 /* em space */
	expect("a\xe2\x80\x8b" "b\xc2\xad" "c", "abc");     /* ZWSP, soft hyphen */
}

Test(norm, line_breaks_and_tabs_become_spaces)
{
	expect("a\tb\nc\rd\fe\vf", "a b c d e f");
	/* the same on the non-ASCII path, with NEL and LS/PS */
	expect("\xc3\xa9\tb\nc\r\nd\xc2\x85" "e\xe2\x80\xa8" "f\xe2\x80\xa9g",
	       "\xc3\xa9 b c  d e f g");
}

/* norm.h: "turns control characters into spaces", not only whitespace. */
Test(norm, other_control_chars_become_spaces)
{
	expect("a\x01" "b", "a b");
	expect("a\x1b" "b", "a b");
	expect("\xc3\xa9\x01" "b", "\xc3\xa9 b");
}

Test(norm, invalid_utf8_replaced_and_counted)
{
	static const char in[] = "ok\xff\xfe then \xc3(";
	size_t bad;
	char *got = norm(in, sizeof(in) - 1, &bad);

	cr_assert_str_eq(got, "ok\xef\xbf\xbd\xef\xbf\xbd then \xef\xbf\xbd(");
	cr_assert_eq(bad, 3);
	free(got);
	got = norm("\xe2\x82", 2, &bad); /* truncated at the end */
	cr_assert_eq(bad, 2);
	cr_assert_str_eq(got, "\xef\xbf\xbd\xef\xbf\xbd");
	free(got);
}

Test(norm, appends_to_existing_text)
{
	struct sbuf sb = SBUF_INIT;

	sbuf_adds(&sb, "keep:");
	norm_text(&sb, "ABC", 3);
	norm_text(&sb, " \xc3\x89", 3);
	cr_assert_str_eq(sb.buf, "keep:abc \xc3\xa9");
	cr_assert_eq(sb.len, strlen(sb.buf));
	sbuf_release(&sb);
}

/*
 * The ASCII fast path must give what utf8proc gives: put every ASCII byte
 * between 'x' and 'y', once alone (fast path) and once after an 'é' (general
 * path), and compare both the text and the replacement count.
 */
Test(norm, ascii_fast_path_matches_general_path)
{
	int c;

	for (c = 0; c < 128; c++) {
		char a[3] = { 'x', (char)c, 'y' };
		char u[5] = { '\xc3', '\xa9', 'x', (char)c, 'y' };
		size_t ba, bu;
		char *na = norm(a, 3, &ba), *nu = norm(u, 5, &bu);

		cr_assert(!strncmp(nu, "\xc3\xa9", 2));
		cr_assert_str_eq(nu + 2, na,
				 "byte 0x%02x: fast path '%s', general path '%s'",
				 c, na, nu + 2);
		cr_assert_eq(ba, bu, "byte 0x%02x: fast path replaced %zu, "
			     "general path %zu", c, ba, bu);
		free(na);
		free(nu);
	}
}
