/*
 * tok: token boundaries and kinds of normalised text, as tok.h describes.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "tok.h"

struct want {
	const char *text;
	enum tok_kind kind;
};

#define W(s) { s, TOK_WORD }
#define N(s) { s, TOK_NUM }
#define P(s) { s, TOK_PUNCT }

/* Tokens of s must be exactly want[0..n), in order, with offsets into s. */
static void expect(const char *s, const struct want *want, size_t n)
{
	struct tok_list tl = TOK_LIST_INIT;
	size_t i;

	tok_split(&tl, s, strlen(s));
	for (i = 0; i < tl.n && i < n; i++) {
		const struct tok *t = &tl.v[i];

		cr_assert_leq(t->start + t->len, strlen(s));
		cr_assert(t->len == strlen(want[i].text) &&
			  !memcmp(s + t->start, want[i].text, t->len),
			  "'%s' token %zu is '%.*s', want '%s'", s, i,
			  (int)t->len, s + t->start, want[i].text);
		cr_assert_eq(t->kind, want[i].kind,
			     "'%s' token %zu '%s' has kind %d, want %d", s, i,
			     want[i].text, t->kind, want[i].kind);
	}
	cr_assert_eq(tl.n, n, "'%s' gives %zu tokens, want %zu", s, tl.n, n);
	tok_list_release(&tl);
	cr_assert_null(tl.v);
	cr_assert_eq(tl.n, 0);
}

#define EXPECT(s, ...) do { \
	const struct want w_[] = { __VA_ARGS__ }; \
	expect(s, w_, sizeof(w_) / sizeof(w_[0])); \
} while (0)

Test(tok, plain_words)
{
	EXPECT("we will join nato", W("we"), W("will"), W("join"), W("nato"));
	EXPECT("  spaced\tout \n", W("spaced"), W("out"));
}

Test(tok, empty_and_blank_text)
{
	struct tok_list tl = TOK_LIST_INIT;

	tok_split(&tl, "", 0);
	cr_assert_eq(tl.n, 0);
	tok_split(&tl, "a b", 3);
	cr_assert_eq(tl.n, 2);
	tok_split(&tl, "   ", 3); /* replaces the contents */
	cr_assert_eq(tl.n, 0);
	tok_list_release(&tl);
}

Test(tok, inner_apostrophes_stay)
{
	EXPECT("don't join russia's bloc", W("don't"), W("join"),
	       W("russia's"), W("bloc"));
	/* quotes around a word are not part of it, and are no tokens */
	EXPECT("'nato'", W("nato"));
	EXPECT("members'", W("members"));
}

Test(tok, hyphens_split_words)
{
	EXPECT("anti-nato pro-western", W("anti"), W("nato"), W("pro"),
	       W("western"));
	EXPECT("well-known", W("well"), W("known"));
}

Test(tok, hashtags_and_mentions)
{
	const struct want w[] = {
		{ "#nato", TOK_HASHTAG }, { "#we_are_nato", TOK_HASHTAG },
		{ "@stoltenberg", TOK_MENTION }, W("and"), P("#"), P("@"),
	};

	expect("#nato #we_are_nato @stoltenberg and # @", w, 6);
}

Test(tok, numbers_keep_inner_dot_and_comma)
{
	EXPECT("3.5 percent of 1,000 and 2", N("3.5"), W("percent"), W("of"),
	       N("1,000"), W("and"), N("2"));
	/* a trailing dot or comma is punctuation, not part of the number */
	EXPECT("in 2024.", W("in"), N("2024"), P("."));
	EXPECT("1, 2", N("1"), P(","), N("2"));
}

Test(tok, excl_and_quest_are_their_own_kinds)
{
	const struct want w[] = {
		W("no"), { "!", TOK_EXCL }, { "!", TOK_EXCL }, W("why"),
		{ "?", TOK_QUEST },
	};

	expect("no!! why?", w, 5);
}

Test(tok, other_punctuation_is_punct)
{
	EXPECT("(yes), ok. \"a\": b; c/d",
	       P("("), W("yes"), P(")"), P(","), W("ok"), P("."), P("\""),
	       W("a"), P("\""), P(":"), W("b"), P(";"), W("c"), P("/"), W("d"));
}

Test(tok, unicode_letters_and_symbols)
{
	/* letters of any script make words; a symbol is one PUNCT token */
	EXPECT("caf\xc3\xa9 \xd0\xbd\xd0\xb0\xd1\x82\xd0\xbe \xe2\x9c\x93",
	       W("caf\xc3\xa9"), W("\xd0\xbd\xd0\xb0\xd1\x82\xd0\xbe"),
	       P("\xe2\x9c\x93"));
	/* a combining mark stays inside its word */
	EXPECT("e\xcc\x81t\xc3\xa9", W("e\xcc\x81t\xc3\xa9"));
}

Test(tok, invalid_bytes_do_not_stop_tokenising)
{
	struct tok_list tl = TOK_LIST_INIT;
	const char s[] = "a \xff b";

	tok_split(&tl, s, sizeof(s) - 1);
	cr_assert_eq(tl.n, 3);
	cr_assert_eq(tl.v[0].kind, TOK_WORD);
	cr_assert_eq(tl.v[1].kind, TOK_PUNCT);
	cr_assert_eq(tl.v[1].len, 1);
	cr_assert_eq(tl.v[2].kind, TOK_WORD);
	tok_list_release(&tl);
}

Test(tok, many_tokens_grow_the_list)
{
	struct tok_list tl = TOK_LIST_INIT;
	char buf[30000];
	size_t i;

	for (i = 0; i < 10000; i++)
		memcpy(buf + 3 * i, "ab ", 3);
	tok_split(&tl, buf, 30000);
	cr_assert_eq(tl.n, 10000);
	cr_assert_eq(tl.v[9999].start, 3 * 9999);
	cr_assert_eq(tl.v[9999].len, 2);
	tok_list_release(&tl);
}
