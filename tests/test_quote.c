/*
 * quote: quotation marks paired into direct and partial quotes with exact
 * byte offsets (issue #3), and the article tokenizer under them.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "quote.h"
#include "sbuf.h"

#define DATA "tests/data/quote/"

struct found {
	struct article a;
	struct quote_list l;
	const char *text;
};

static void find(struct found *f, const char *text)
{
	memset(f, 0, sizeof(*f));
	f->text = text;
	article_parse(&f->a, text, strlen(text));
	quote_find(&f->a, &f->l);
}

static void done(struct found *f)
{
	quote_list_release(&f->l);
	article_release(&f->a);
}

/* The quote whose text is exactly s, or NULL. */
static const struct quote *with_text(const struct found *f, const char *s)
{
	size_t k, n = strlen(s);

	for (k = 0; k < f->l.n; k++)
		if (f->l.q[k].end - f->l.q[k].start == n &&
		    !memcmp(f->text + f->l.q[k].start, s, n))
			return &f->l.q[k];
	return NULL;
}

static char *slurp(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long len;

	cr_assert_not_null(fp, "cannot open %s", path);
	fseek(fp, 0, SEEK_END);
	len = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)len + 1);
	cr_assert_eq(fread(buf, 1, (size_t)len, fp), (size_t)len);
	buf[len] = '\0';
	fclose(fp);
	*n = (size_t)len;
	return buf;
}

Test(quote, paragraphs_sentences_and_headlines)
{
	const char *t = "Bush backs Kiev\n\nMr. Bush said U.S. troops "
			"stay. He left.\nThen he spoke.\n\n  \nLast one.";
	struct article a = ARTICLE_INIT;

	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 3);
	cr_assert(a.para[0].headline);
	cr_assert_not(a.para[1].headline);
	cr_assert_eq(a.nsent, 5); /* "Mr." and "U.S." end no sentence */
	cr_assert(article_is(&a, a.sent[1].tok0, "mr."));
	article_release(&a);
}

/* A scraped page whose only blank line follows its headline, then one
 * paragraph a line: each line that ends a sentence is a paragraph; a
 * text wrapped at a width, ending few lines so, is one paragraph. */
Test(quote, a_scraped_page_with_one_blank_line)
{
	const char *t = "Lamola: Africa will not take sides\n\nPolitics\n"
			"\u201cWe are not here,\u201d Lamola said.\n"
			"Lavrov repeated Moscow's position.\n"
			"Kyiv responded within hours.\n"
			"Read also: Lamola defends BRICS ties\n";
	struct article a = ARTICLE_INIT;

	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 6, "%zu paragraphs", a.npara);
	article_release(&a);
	t = "Title\n\nThe minister said on\nMonday that the door\nwas "
	    "open and that\nthe talks would go on.\n";
	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 2, "%zu paragraphs", a.npara);
	article_release(&a);
}

/* A web address is one word ("Gazeta.pl", "pic.twitter.com"), no
 * sentence's end; a full stop before a lower-case word that follows a
 * space is not one. */
Test(quote, web_addresses_are_words)
{
	const char *t = "Title\n\nHe told Gazeta.pl that pic.twitter.com/x "
			"was down. It was.";
	struct article a = ARTICLE_INIT;
	size_t k, n = 0;

	article_parse(&a, t, strlen(t));
	for (k = 0; k < a.ntok; k++)
		n += article_is(&a, k, "gazeta.pl") ||
		     article_is(&a, k, "pic.twitter.com");
	cr_assert_eq(n, 2);
	cr_assert_eq(a.nsent, 3, "%zu sentences", a.nsent);
	article_release(&a);
}

/* A short title goes on past a quoted question ("'Why is this our
 * fight?' Warner pressed ..."): one sentence, a headline; a body
 * paragraph still ends its sentence there. */
Test(quote, a_title_goes_on_past_a_quoted_question)
{
	const char *t = "'Why is this our fight?' Warner pressed on Ukraine"
			"\n\n\"Why is this our fight?\" Ellison asked. He "
			"sat down.";
	struct article a = ARTICLE_INIT;

	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 2);
	cr_assert(a.para[0].headline);
	/* the title one; the body three, split after its question */
	cr_assert_eq(a.nsent, 4, "%zu sentences", a.nsent);
	cr_assert_eq(a.sent[1].tok0, a.para[1].tok0);
	article_release(&a);
	/* nor does a title split before a label ("X. Name: words") */
	t = "Fico wants a declaration. \xc5\xa0ime\xc4\x8dka: We are his "
	    "shadow\n\nText here.";
	article_parse(&a, t, strlen(t));
	cr_assert(a.para[0].headline);
	article_release(&a);
}

/* "on X." is the platform, whose full stop ends the sentence; "George
 * W. Bush" keeps his initial. */
Test(quote, a_post_on_x_ends_its_sentence)
{
	const char *t = "Title\n\nShe wrote in a post on X. \"Russia gets "
			"no veto,\" she wrote. George W. Bush agreed.";
	struct article a = ARTICLE_INIT;
	struct quote_list l = QUOTE_LIST_INIT;

	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.nsent, 4, "%zu sentences", a.nsent); /* title too */
	quote_find(&a, &l);
	cr_assert_eq(l.n, 1);
	cr_assert_eq(l.q[0].kind, QUOTE_DIRECT);
	quote_list_release(&l);
	article_release(&a);
}

/* Inside guillemets, other double marks quote within the quotation. */
Test(quote, marks_nested_in_guillemets)
{
	const char *t = "Title\n\n\xc2\xab" "First an \xe2\x80\x9e" "honest "
			"debate\xe2\x80\x9c, then \"over\"\xc2\xbb, Dodon "
			"wrote. \"Yes,\" he added.";
	struct article a = ARTICLE_INIT;
	struct quote_list l = QUOTE_LIST_INIT;

	article_parse(&a, t, strlen(t));
	quote_find(&a, &l);
	cr_assert_eq(l.n, 2, "%zu quotes", l.n);
	cr_assert_eq(l.q[0].end - l.q[0].start,
		     strlen("First an \xe2\x80\x9e" "honest debate\xe2\x80\x9c, "
			    "then \"over\""));
	quote_list_release(&l);
	article_release(&a);
}

/* A line that links another article quotes no one; "ALSO:" in a
 * newsletter is the newsletter's item. */
Test(quote, link_lines_quote_no_one)
{
	const char *t = "Title\n\nRead also: \"We will not allow war\". What "
			"Sandu promised\n\nRelated: Sandu says \"no\" to "
			"talks\n\nALSO: Erdogan said Ankara would back "
			"\"whatever brings peace\".";
	struct article a = ARTICLE_INIT;
	struct quote_list l = QUOTE_LIST_INIT;

	article_parse(&a, t, strlen(t));
	quote_find(&a, &l);
	cr_assert_eq(l.n, 1, "%zu quotes", l.n);
	cr_assert_eq(l.q[0].para, 3);
	quote_list_release(&l);
	article_release(&a);
}

/* Swedish and Finnish marks: the closing mark opens too (\u201d...\u201d). */
Test(quote, swedish_marks_open_with_the_closing_mark)
{
	const char *t = "Title\n\nHe said Ukraine's future \xe2\x80\x9dlies in "
			"Nato\xe2\x80\x9d. \xe2\x80\x9dNot now,\xe2\x80\x9d she "
			"said.";
	struct article a = ARTICLE_INIT;
	struct quote_list l = QUOTE_LIST_INIT;

	article_parse(&a, t, strlen(t));
	quote_find(&a, &l);
	cr_assert_eq(l.n, 2, "%zu quotes", l.n);
	cr_assert_eq(l.q[0].end - l.q[0].start, strlen("lies in Nato"));
	cr_assert_eq(l.q[0].kind, QUOTE_PARTIAL);
	cr_assert_eq(l.q[1].kind, QUOTE_DIRECT);
	quote_list_release(&l);
	article_release(&a);
}

/* A headline's single marks closing on a word in s' ("us'") with no
 * other mark after it. */
Test(quote, single_marks_closing_on_a_word_in_s_at_the_end)
{
	const char *t = "Sandu says neutrality 'is not protecting us' as debate "
			"reopens\n\nText.";
	struct article a = ARTICLE_INIT;
	struct quote_list l = QUOTE_LIST_INIT;

	article_parse(&a, t, strlen(t));
	quote_find(&a, &l);
	cr_assert_eq(l.n, 1, "%zu quotes", l.n);
	cr_assert_eq(l.q[0].end - l.q[0].start, strlen("is not protecting us"));
	quote_list_release(&l);
	article_release(&a);
}

/*
 * A full stop before a comma ends no sentence ("Adam Smith, D-Wash.,
 * said"), nor the one of an AP month ("on Nov. 20").
 */
Test(quote, full_stop_before_a_comma_goes_on)
{
	const char *t = "Title\n\nAdam Smith, D-Wash., said on Nov. 20 it. "
			"Then; he left. They, too, went.";
	struct article a = ARTICLE_INIT;

	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.nsent, 4, "%zu sentences", a.nsent); /* title too */
	cr_assert(article_is(&a, a.sent[2].tok0, "then"));
	cr_assert(article_is(&a, a.sent[3].tok0, "they"));
	article_release(&a);
}

/*
 * A list's items inside a paragraph ("Key points:" then "- ...") are
 * paragraphs of their own; a wrapped line that starts with " - " is not.
 */
Test(quote, list_items_are_paragraphs)
{
	const char *t = "Title\n\nKey points:\n- Mr Albanese says no\n"
			"\xe2\x80\xa2 The Opposition says yes\n\nHe said it was "
			"over\n- and then left.";
	struct article a = ARTICLE_INIT;

	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 5, "%zu paragraphs", a.npara);
	cr_assert(article_is(&a, a.para[1].tok0, "key"));
	cr_assert(article_is(&a, a.para[2].tok0 + 1, "mr"));
	cr_assert(article_is(&a, a.para[3].tok0 + 1, "the"));
	cr_assert(article_is(&a, a.para[4].tok0, "he"));
	article_release(&a);
}

/*
 * Markdown's emphasis and headings are read as white space: "**Popsoi:**"
 * is the word and its colon, "## Reactions" a heading's word; a list's
 * "* " still marks an item, and a hashtag stays one word.
 */
Test(quote, markdown_marks_are_white_space)
{
	const char *t = "# Title\n\n**Popsoi:** Not *today*.\n\nKey points:\n"
			"* one item\n* #NATO two";
	struct article a = ARTICLE_INIT;

	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 5, "%zu paragraphs", a.npara);
	cr_assert(article_is(&a, a.para[0].tok0, "title"));
	cr_assert(article_is(&a, a.para[1].tok0, "popsoi"));
	cr_assert_eq(a.tok[a.para[1].tok0 + 1].punct, ':');
	cr_assert(article_is(&a, a.para[1].tok0 + 3, "today"));
	cr_assert_eq(a.tok[a.para[1].tok0 + 4].punct, '.');
	cr_assert(article_is(&a, a.para[3].tok0 + 1, "one"));
	cr_assert_eq(a.para[4].tok1 - a.para[4].tok0, 3);
	article_release(&a);
}

/* A headline's semicolon parts two headlines: two sentences. */
Test(quote, headline_semicolon_parts_two_sentences)
{
	const char *t = "War was caused, says envoy; India calls for talks\n\n"
			"He said it; then left.";
	struct article a = ARTICLE_INIT;

	article_parse(&a, t, strlen(t));
	cr_assert(a.para[0].headline);
	cr_assert_eq(a.nsent, 3, "%zu sentences", a.nsent);
	cr_assert(article_is(&a, a.sent[1].tok0, "india"));
	cr_assert_eq(a.tok[a.sent[1].tok0].sent, 1);
	cr_assert(article_is(&a, a.sent[2].tok0, "he"));
	article_release(&a);
}

Test(quote, one_paragraph_per_line_without_blank_lines)
{
	/* scraped text: no blank line anywhere, a paragraph per line; the
	 * blank lines before and after the text do not count */
	const char *t = "\n \nBush backs Kiev\nMr. Bush said troops stay.\r\n"
			"He left.\nLast one.\n\n";
	struct article a = ARTICLE_INIT;

	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 4);
	cr_assert(a.para[0].headline);
	cr_assert(article_is(&a, a.para[1].tok0, "mr."));
	cr_assert(article_is(&a, a.para[3].tok0, "last"));
	article_release(&a);
	/* one blank line anywhere: lines inside a paragraph are wrapping */
	t = "Bush backs Kiev\n\nMr. Bush said troops\nstay.\nHe left.";
	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 2);
	article_release(&a);
	/* a last word that kept the full stop ends the paragraph too */
	t = "Bush backs Kiev\n\nHe wrote on X.\n\nIn the U.S.";
	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 3);
	cr_expect(a.para[0].headline);
	cr_expect_not(a.para[1].headline);
	cr_expect_not(a.para[2].headline);
	article_release(&a);
	/* a line of spaces and tabs is a blank line */
	t = "Bush backs Kiev\n \t\r\nMr. Bush said troops\nstay.";
	article_parse(&a, t, strlen(t));
	cr_assert_eq(a.npara, 2);
	article_release(&a);
}

Test(quote, apostrophes_are_not_marks)
{
	const char *t = "Russia’s and NATO's allies' views, the States' "
			"reckless bid and Orbán’s plan.";
	struct article a = ARTICLE_INIT;
	size_t k;

	article_parse(&a, t, strlen(t));
	for (k = 0; k < a.ntok; k++)
		cr_assert_neq(a.tok[k].punct, 'q', "token %zu is a mark", k);
	cr_assert(a.tok[0].flags & ARTICLE_POSS);
	cr_assert_eq(article_base_len(&a, 0), strlen("Russia"));
	article_release(&a);
}

Test(quote, straight_and_curly_double_quotes)
{
	struct found f;
	const struct quote *q;

	find(&f, "“We stay,” he said. \"We go,\" she said.");
	cr_assert_eq(f.l.n, 2);
	q = with_text(&f, "We stay");
	cr_assert_not_null(q, "the comma before the mark is not quoted");
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert_eq(q->start, strlen("“"));
	cr_assert_not_null(with_text(&f, "We go"));
	done(&f);
}

Test(quote, single_curly_quotes_quote_clauses_not_terms)
{
	struct found f;

	find(&f, "‘We will never give up this fight,’ he said of the "
		 "‘open doors’ formula.");
	cr_assert_eq(f.l.n, 1, "a two-word term is a scare quote");
	cr_assert_not_null(with_text(&f, "We will never give up this fight"));
	done(&f);
}

Test(quote, nested_single_marks_stay_inside)
{
	struct found f;

	find(&f, "\"If we cannot enter NATO's 'open door,' then we must "
		 "work,\" said Zelenskyy.");
	cr_assert_eq(f.l.n, 1);
	cr_assert_not_null(with_text(&f, "If we cannot enter NATO's 'open "
				     "door,' then we must work"));
	done(&f);
}

Test(quote, split_by_attribution_gives_two_quotes)
{
	struct found f;

	find(&f, "\"It may sound cruel,\" Aleem added. \"But it is "
		 "true.\"");
	cr_assert_eq(f.l.n, 2);
	cr_assert_not_null(with_text(&f, "It may sound cruel"));
	cr_assert_not_null(with_text(&f, "But it is true."));
	cr_assert_eq(f.l.q[1].kind, QUOTE_DIRECT);
	done(&f);
}

Test(quote, partial_quote_inside_a_sentence)
{
	struct found f;
	const struct quote *q;

	find(&f, "He said the summit will \"address Russia's invasion\" "
		 "next week.");
	q = with_text(&f, "address Russia's invasion");
	cr_assert_not_null(q);
	cr_assert_eq(q->kind, QUOTE_PARTIAL);
	done(&f);
}

Test(quote, colon_makes_a_direct_quote)
{
	struct found f;

	find(&f, "He added: \"A journey that started 27 years ago.\"");
	cr_assert_eq(f.l.n, 1);
	cr_assert_eq(f.l.q[0].kind, QUOTE_DIRECT);
	done(&f);
}

/*
 * After a comma, whole sentences (a capital to a full stop) are direct,
 * a fragment ("and nothing ...", "Absurd" before the writer's full
 * stop with a name in it) stays partial.
 */
Test(quote, whole_sentences_after_a_comma_are_direct)
{
	struct found f;

	find(&f, "As one diplomat put it, \"Nobody dragged us. We ran.\" "
		 "\"We will win,\" he said, \"and nothing will stop us.\" "
		 "She called the plan, \"Putin's Pact\" for the region.");
	cr_assert_eq(with_text(&f, "Nobody dragged us. We ran.")->kind,
		     QUOTE_DIRECT);
	cr_assert_eq(with_text(&f, "and nothing will stop us.")->kind,
		     QUOTE_PARTIAL);
	cr_assert_eq(with_text(&f, "Putin's Pact")->kind, QUOTE_PARTIAL);
	done(&f);
}

/*
 * Balkan wire copy marks speech with dashes: "- Words. - X said." The
 * words between the dashes are a quote, set apart (dash); not a short
 * list item, nor one with too many words after its last dash. A term in
 * marks inside the speech ("no") is part of it.
 */
Test(quote, speech_set_off_by_dashes)
{
	struct found f;

	find(&f, "- Our neutrality is not for sale. We chose - Vucic said."
		 "\n\n- Sweden - joined in 2024\n\n- He said \"no\" to it - "
		 "Vucic said.\n\n- One two three - and then very many more "
		 "words came after the last dash here.");
	cr_assert_eq(f.l.n, 2);
	cr_assert_not_null(with_text(&f, "Our neutrality is not for sale. "
					 "We chose"));
	cr_assert(with_text(&f, "Our neutrality is not for sale. We chose")
			  ->dash);
	cr_assert_eq(with_text(&f, "Our neutrality is not for sale. We chose")
			     ->kind,
		     QUOTE_DIRECT);
	cr_assert_not_null(with_text(&f, "He said \"no\" to it"));
	cr_assert_null(with_text(&f, "no"));
	done(&f);
}

/* Spanish papers set the attribution inside the marks between dashes
 * close to it: "«X —the president added— is Y»", "«X —he stressed—. Y»":
 * two quotes. */
Test(quote, spanish_dashes_inside_the_marks)
{
	struct found f;

	find(&f, "Title\n\n\xc2\xab" "Ukraine's membership \xe2\x80\x94the "
		 "president added\xe2\x80\x94 is a question of when\xc2\xbb.\n\n"
		 "\xc2\xab" "We will not veto anyone \xe2\x80\x94the minister "
		 "stressed\xe2\x80\x94. Spain has always defended it\xc2\xbb.\n");
	cr_assert_not_null(with_text(&f, "Ukraine's membership"));
	cr_assert_eq(with_text(&f, "is a question of when")->kind,
		     QUOTE_PARTIAL);
	cr_assert_not_null(with_text(&f, "We will not veto anyone"));
	cr_assert_eq(with_text(&f, "Spain has always defended it")->kind,
		     QUOTE_DIRECT);
	done(&f);

	/* (an aside of up to ten words: "—Albares stated on his arrival
	 * at NATO headquarters—,") */
	find(&f, "Title\n\n\xc2\xab" "Ukraine has its place \xe2\x80\x94"
		 "Albares stated on his arrival at NATO headquarters\xe2\x80\x94"
		 ", and no one can veto it\xc2\xbb.\n");
	cr_assert_not_null(with_text(&f, "Ukraine has its place"));
	cr_assert_not_null(with_text(&f, "and no one can veto it"));
	done(&f);
}

/* A fragment in lower case after a label's colon is partial
 * ("Macron: « an investment in our own security »"); a sentence after a
 * colon is direct. */
Test(quote, a_fragment_after_a_colon_is_partial)
{
	struct found f;

	find(&f, "Title\n\nMacron: \"an investment in our own security\"\n\n"
		 "He said: \"We will stay.\"\n");
	cr_assert_eq(with_text(&f, "an investment in our own security")->kind,
		     QUOTE_PARTIAL);
	cr_assert_eq(with_text(&f, "We will stay.")->kind, QUOTE_DIRECT);
	done(&f);
}

/*
 * Nordic and Russian papers open speech with a dash and close it with a
 * comma and the attribution: "- It is important, she says." The words
 * before the last comma are a quote (the speaker module keeps it only
 * when a verb of speech follows); not when more than eight words come
 * after that comma.
 */
Test(quote, dash_then_a_comma_and_the_attribution)
{
	struct found f;

	find(&f, "\xe2\x80\x93 " "It is important that parliament gets the full "
		 "picture, she says.\n\nThe writer goes on.\n\n\xe2\x80\x93 "
		 "One two three four, and then "
		 "very many more words came after the last comma here.");
	cr_assert_eq(f.l.n, 1);
	cr_assert(with_text(&f, "It is important that parliament gets the "
				"full picture")->dash);
	done(&f);
}

/* A Lithuanian dashed speech closes with a comma and a dash, and its
 * attribution may be long when a verb of speech opens it (", – says
 * Jadvyga Malinovska (74) from a village near Salcininkai."). */
Test(quote, dash_comma_dash_and_a_long_attribution)
{
	struct found f;

	find(&f, "Title\n\n\xe2\x80\x93 The fence is there, but the sky is "
		 "open, \xe2\x80\x93 says Jadvyga Malinovska (74) from a "
		 "village near Salcininkai.\n\n\xe2\x80\x93 We are here, "
		 "\xe2\x80\x93 the group of nine people from the small "
		 "village near the border wrote.");
	cr_assert_eq(f.l.n, 1);
	cr_assert(with_text(&f, "The fence is there, but the sky is open")
			  ->dash);
	done(&f);
}

/* A paragraph of dashed speech with no attribution after one whose
 * attribution a dash set off: more of the same speech (dash 2). */
Test(quote, a_dashed_speech_goes_on_in_the_next_paragraph)
{
	struct found f;

	find(&f, "Title\n\n\xe2\x80\x93 Our position is clear \xe2\x80\x93 "
		 "Vucic said.\n\n\xe2\x80\x93 We respect our neighbours. "
		 "But we have not forgotten.\n\nHe left.");
	cr_assert_eq(f.l.n, 2);
	cr_assert_eq(with_text(&f, "We respect our neighbours. But we have "
				   "not forgotten.")->dash, 2);
	done(&f);
}

/*
 * "NEW DELHI: External affairs minister ... said": a label in capitals
 * opening the first paragraph, the only one in the article, is a
 * dateline; two such labels are a transcript. A quotation after a
 * list's bullet ("* \"...,\" X said") opens its paragraph: direct.
 */
Test(quote, dateline_label_and_bulleted_quotes)
{
	struct found f;

	find(&f, "India not part of any bloc\n\nNEW DELHI: The minister said "
		 "India would not join.\n\n* \"Ukraine's future is in NATO,\" "
		 "Jens Stoltenberg said.");
	cr_assert_eq(f.l.n, 1);
	cr_assert_eq(with_text(&f, "Ukraine's future is in NATO")->kind,
		     QUOTE_DIRECT);
	done(&f);
	find(&f, "Title\n\nMIKKO SALONEN: We prepare the same way every "
		 "day.\n\nANNA VIRTANEN: We do not know what comes next.");
	cr_assert_eq(f.l.n, 2);
	done(&f);
}

/*
 * An interview whose speakers are labelled by name in mixed case: a
 * label used on more than one paragraph ("Michal:") quotes the words
 * after it (label 3), and so, once the article is such a transcript,
 * does a full name's label used once ("Fiona Hill, Former Adviser:");
 * a label word of another kind ("Background:") does not, nor a full
 * name's label in an article with no label used twice. A time stamp
 * may come before the label ("[00:01:08] Jamie Shea:").
 */
Test(quote, lines_under_names)
{
	struct found f;

	find(&f, "Title\n\nDER SPIEGEL: Will Ukraine join?\n\nMichal: Yes, it "
		 "will join.\n\nFiona Hill, Former Adviser: Not this year, I "
		 "think.\n\n[00:01:08] Michal: The question is when.\n\n"
		 "Background: Earlier, Rutte spoke.\n\nBackground: He spoke "
		 "again.");
	cr_assert_not_null(with_text(&f, "Yes, it will join."));
	cr_assert_eq(with_text(&f, "Yes, it will join.")->label, 3);
	cr_assert_not_null(with_text(&f, "The question is when."));
	cr_assert_not_null(with_text(&f, "Not this year, I think."));
	cr_assert_null(with_text(&f, "He spoke again."));
	done(&f);
	find(&f, "Title\n\nFiona Hill, Former Adviser: Not this year, I "
		 "think.\n\nKey Points: Nothing was decided today.");
	cr_assert_eq(f.l.n, 0);
	done(&f);
}

/*
 * A parliamentary record (two labels with brackets): every label quotes
 * the words after it, once used or not; those with brackets are label 4,
 * a plain name's label 3.
 */
Test(quote, parliamentary_record_labels)
{
	struct found f;

	find(&f, "Title\n\nThe Secretary of State for Defence (John Healey): "
		 "Ukraine's future lies in NATO.\n\nRichard Foord (Honiton and "
		 "Sidmouth) (LD): We need a timetable now.\n\nMr Speaker: Order, "
		 "order now.\n\nA (B): no");
	cr_assert_eq(with_text(&f, "Ukraine's future lies in NATO.")->label, 4);
	cr_assert_eq(with_text(&f, "We need a timetable now.")->label, 4);
	cr_assert_eq(with_text(&f, "Order, order now.")->label, 3);
	cr_assert_eq(f.l.n, 3);
	done(&f);
}

/* An embedded post quotes its text, up to its picture's link (label 5). */
Test(quote, embedded_posts)
{
	struct found f;

	find(&f, "Title\n\nGood day for Ukraine. pic.twitter.com/ab12\n\u2014 "
		 "Radek Sikorski \xf0\x9f\x87\xb5\xf0\x9f\x87\xb1 (@sikorskiradek) "
		 "July 10, 2024\n\nNo handle here at all.\n\u2014 Some One, "
		 "July 10");
	cr_assert_eq(f.l.n, 1);
	cr_assert_eq(with_text(&f, "Good day for Ukraine.")->label, 5);
	cr_assert_eq(with_text(&f, "Good day for Ukraine.")->kind,
		     QUOTE_DIRECT);
	done(&f);
}

/*
 * An attribution set off by dashes inside one pair of marks splits the
 * quotation in two; a dash inside a sentence of the quotation does not.
 */
Test(quote, dashed_attribution_inside_marks)
{
	struct found f;

	find(&f, "Title\n\n\"We ask for clarity, \u2013 Zelensky said. \u2013 "
		 "Ukraine has earned it.\"\n\n\"The decision \u2013 made in "
		 "Vilnius \u2013 was final,\" he said.");
	cr_assert_eq(f.l.n, 3);
	cr_assert_not_null(with_text(&f, "We ask for clarity"));
	cr_assert_eq(with_text(&f, "Ukraine has earned it.")->kind,
		     QUOTE_DIRECT);
	cr_assert_not_null(with_text(&f, "The decision \u2013 made in "
				     "Vilnius \u2013 was final"));
	done(&f);
}

/* "> Words": a block quotation without marks quotes its words. */
Test(quote, block_quotations)
{
	struct found f;

	find(&f, "Title\n\nStubb said:\n\n> Every year we wait, Russia "
		 "learns.\n\n> Hi there\n\n3 > 2 is true here.");
	cr_assert_eq(f.l.n, 1);
	cr_assert_eq(with_text(&f, "Every year we wait, Russia learns.")->kind,
		     QUOTE_DIRECT);
	done(&f);
}

/* Names in capitals, as wire services label quotes, in title case. */
Test(quote, title_case_of_a_label)
{
	struct sbuf sb = SBUF_INIT;
	const char *in = "VOLODYMYR ZELENSKIY RINK\xc4\x92VI\xc4\x8cS "
			 "JEAN-PIERRE O'NEILL";

	article_title_case(&sb, in, strlen(in));
	cr_assert_str_eq(sb.buf, "Volodymyr Zelenskiy Rink\xc4\x93vi\xc4\x8ds "
				 "Jean-Pierre O'Neill");
	sbuf_reset(&sb);
	article_title_case(&sb, "AB\xff", 3); /* invalid UTF-8 kept */
	cr_assert_str_eq(sb.buf, "Ab\xff");
	sbuf_release(&sb);
}

/*
 * Transcripts: "MIKKO SALONEN: Words." quotes the words after a label
 * in capitals; not a journalist's line ("ROB SCHMITZ, BYLINE:", then
 * "SCHMITZ:"), a one-word label no earlier label ended in, or a line
 * with quotation marks of its own.
 */
Test(quote, transcript_lines_under_labels_in_capitals)
{
	struct found f;

	find(&f, "ROB SCHMITZ, BYLINE: A gray morning outside Helsinki."
		 "\n\nMIKKO SALONEN: We prepare the same way.\n\nSCHMITZ: "
		 "Not everyone here agrees.\n\nSALONEN: We are not alone "
		 "now.\n\nUPDATE: The talks are over.\n\nKOLBE: She said "
		 "\"maybe\" twice.");
	cr_assert_not_null(with_text(&f, "We prepare the same way."));
	cr_assert(with_text(&f, "We prepare the same way.")->label);
	cr_assert_eq(with_text(&f, "We prepare the same way.")->kind,
		     QUOTE_DIRECT);
	cr_assert_not_null(with_text(&f, "We are not alone now."));
	cr_assert_null(with_text(&f, "A gray morning outside Helsinki."));
	cr_assert_null(with_text(&f, "Not everyone here agrees."));
	cr_assert_null(with_text(&f, "The talks are over."));
	cr_assert_eq(f.l.n, 3); /* and "maybe" */
	done(&f);
}

/* Interviews: "A:" answers are quotes, but only where "Q:" asks. */
Test(quote, interview_answers_after_questions)
{
	struct found f;

	find(&f, "Q: Should Ukraine join?\n\nA: Its place is in NATO.\n\n"
		 "Answer: We will see.");
	cr_assert_eq(f.l.n, 3);
	cr_assert_eq(with_text(&f, "Should Ukraine join?")->label, 7);
	cr_assert_eq(with_text(&f, "Its place is in NATO.")->label, 2);
	cr_assert_eq(with_text(&f, "Its place is in NATO.")->kind,
		     QUOTE_DIRECT);
	cr_assert_not_null(with_text(&f, "We will see."));
	done(&f);
	find(&f, "Poll results\n\nA: Forty per cent said yes.");
	cr_assert_eq(f.l.n, 0);
	done(&f);
}

Test(quote, reopened_mark_inside_a_quote_starts_another)
{
	struct found f;

	find(&f, "“That is a misperception. “I strongly believe it. "
		 "Period.”");
	cr_assert_eq(f.l.n, 2);
	cr_assert_not_null(with_text(&f, "That is a misperception."));
	cr_assert_not_null(with_text(&f, "I strongly believe it. Period."));
	done(&f);
}

Test(quote, lost_opening_mark_quotes_from_paragraph_start)
{
	struct found f;

	find(&f, "Today NATO has welcomed us, today we stand by our allies, "
		 "\"he wrote on Facebook.");
	cr_assert_eq(f.l.n, 1);
	cr_assert_not_null(with_text(&f, "Today NATO has welcomed us, today "
				     "we stand by our allies"));
	done(&f);
}

Test(quote, quote_running_over_paragraphs_gives_one_per_paragraph)
{
	struct found f;
	size_t n;
	char *t = slurp(DATA "run_on.txt", &n);
	const struct quote *a, *b;

	find(&f, t);
	a = with_text(&f, "We had a thorough meeting with the prime minister "
		      "of Sweden.");
	b = with_text(&f, "As a result of that meeting, our foreign "
		      "ministers signed a memorandum.");
	cr_assert_not_null(a);
	cr_assert_not_null(b);
	cr_assert(a->cont_next);
	cr_assert(b->cont_prev);
	cr_assert_eq(b->para, a->para + 1);
	done(&f);
	free(t);
}

Test(quote, headline_single_quotes)
{
	struct found f;
	size_t n;
	char *t = slurp(DATA "headline.txt", &n);
	const struct quote *q;

	find(&f, t);
	q = with_text(&f, "We Understand That We Cannot Enter");
	cr_assert_not_null(q);
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert_eq(q->para, 2);
	done(&f);
	free(t);
}

/*
 * A congressional record: "Senator SHAHEEN." and "The CHAIRMAN." label
 * the words after their full stop (label 6) once two such labels are
 * there; a sentence "The EU." alone in a story labels nothing.
 */
Test(quote, congressional_record_labels)
{
	struct found f;
	const struct quote *q;

	find(&f, "HEARING\n\nThe CHAIRMAN. The committee will come to "
		 "order.\n\nSenator SHAHEEN. Thank you, Mr. Chairman, for "
		 "this.\n\nMr. VAN HOLLEN. I have one question only.\n");
	q = with_text(&f, "The committee will come to order.");
	cr_assert_not_null(q);
	cr_assert_eq(q->label, 6);
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	q = with_text(&f, "Thank you, Mr. Chairman, for this.");
	cr_assert_not_null(q);
	cr_assert_eq(q->label, 6);
	cr_assert_not_null(with_text(&f, "I have one question only."));
	cr_assert_eq(quote_record_caps_end(&f.a, 1), f.a.para[1].tok0 + 2);
	done(&f);

	find(&f, "Title\n\nThe EU. It is a union of many states.\n");
	cr_assert_eq(f.l.n, 0);
	done(&f);
}

/* British single marks: "reckless'" reads like a plural's possessive,
 * but the mark that opens after it shows it closed a quotation. */
Test(quote, single_marks_closing_after_s)
{
	struct found f;
	const struct quote *q;

	find(&f, "Title\n\nHe said the pledge was 'reckless' and accused "
		 "the Government of 'sleepwalking into war' without a vote."
		 "\n\nHe said the allies' 'open door' policy was 'the right "
		 "one for all of us'.\n");
	cr_assert_null(with_text(&f, "reckless"), "one word is a term");
	cr_assert_not_null(with_text(&f, "sleepwalking into war"));
	q = with_text(&f, "the right one for all of us");
	cr_assert_not_null(q);
	cr_assert_eq(q->kind, QUOTE_PARTIAL);
	cr_assert_eq(f.l.n, 2, "%zu", f.l.n);
	done(&f);

	find(&f, "Title\n\nShe called the plans 'the most reckless of "
		 "ideas' and then 'a gift to Moscow and its allies'.\n");
	cr_assert_not_null(with_text(&f, "the most reckless of ideas"));
	cr_assert_not_null(with_text(&f, "a gift to Moscow and its allies"));
	done(&f);

	/* and curly marks: "weeks’ of" closed the first quotation */
	find(&f, "Title\n\nHe said troops would be \xe2\x80\x98ready to "
		 "deploy within weeks\xe2\x80\x99 of a ceasefire. A minister "
		 "said the government would \xe2\x80\x98not die in a "
		 "ditch\xe2\x80\x99 over it.\n");
	cr_assert_not_null(with_text(&f, "ready to deploy within weeks"));
	cr_assert_not_null(with_text(&f, "not die in a ditch"));
	cr_assert_eq(f.l.n, 2, "%zu", f.l.n);
	done(&f);
}

/*
 * A press conference: labels of up to five capitalised words; a
 * journalist's question under "Question [Name, Outlet]:" is one quote of
 * label 7 in place of the quotations inside it; an unlabelled paragraph
 * after a labelled line goes on with it (label 8), but not a bracket, a
 * question or a paragraph with a label of its own.
 */
Test(quote, press_conference_labels)
{
	struct found f;
	const struct quote *q;

	find(&f, "Press conference\n\nNATO Spokesperson Allison Hart: Good "
		 "afternoon to you all.\n\nNATO Secretary General Mark "
		 "Rutte: Thank you, Allison. Allies agreed today.\n\nWe "
		 "also discussed deterrence at length.\n\n(Applause)\n\n"
		 "Question [Teri Schultz, Deutsche Welle]: Several allies "
		 "say it is not on the table. Isn't \"irreversible\" just a "
		 "word?\n\nNATO Secretary General Mark Rutte: No, it is "
		 "not.\n\nNATO Spokesperson Allison Hart: Next question, "
		 "please.\n\nIs there another one from the room?\n");
	q = with_text(&f, "Good afternoon to you all.");
	cr_assert_not_null(q);
	cr_assert_eq(q->label, 3);
	q = with_text(&f, "We also discussed deterrence at length.");
	cr_assert_not_null(q);
	cr_assert_eq(q->label, 8);
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	q = with_text(&f, "Several allies say it is not on the table. Isn't "
			  "\"irreversible\" just a word?");
	cr_assert_not_null(q);
	cr_assert_eq(q->label, 7);
	cr_assert_null(with_text(&f, "irreversible"));
	cr_assert_not_null(with_text(&f, "No, it is not."));
	cr_assert_eq(f.l.n, 6, "no bracket, no unlabelled question: %zu",
		     f.l.n); /* five lines and the question */
	done(&f);
}

/*
 * An interview printed without labels: after an introduction ("spoke
 * to"), a paragraph that is a question, then its answer in the first
 * person (label 2); an explainer's questions and answers are no one's.
 */
Test(quote, interviews_without_labels)
{
	struct found f;
	const struct quote *q;
	size_t k, n;

	find(&f, "Title\n\nThe minister spoke to our reporter.\n\nIs "
		 "neutrality still right?\n\nWe have never believed in "
		 "simple answers.\n\nWill you join a bloc?\n\nIndia will "
		 "not join any bloc. We talk to everyone.\n\nSome say you "
		 "sit on the fence.\n\nI would say we sit at the table.\n");
	q = with_text(&f, "We have never believed in simple answers.");
	cr_assert_not_null(q);
	cr_assert_eq(q->label, 2);
	cr_assert_not_null(with_text(&f, "India will not join any bloc. We "
					 "talk to everyone."));
	cr_assert_not_null(with_text(&f, "I would say we sit at the table."));
	/* (the questions are the interviewer's lines, label 7, which
	 * quote no one) */
	q = with_text(&f, "Is neutrality still right?");
	cr_assert_not_null(q);
	cr_assert_eq(q->label, 7);
	for (k = 0, n = 0; k < f.l.n; k++)
		n += f.l.q[k].label != 7;
	cr_assert_eq(n, 3, "no question, no remark: %zu", n);
	done(&f);

	find(&f, "Explainer\n\nWhat is Article 5?\n\nWe all know it as "
		 "the clause of common defence.\n\nWho decides?\n\nOur "
		 "allies decide together.\n");
	cr_assert_eq(f.l.n, 0, "no interview: %zu", f.l.n);
	done(&f);
}

Test(quote, kind_names)
{
	cr_assert_str_eq(quote_kind_name(QUOTE_DIRECT), "direct");
	cr_assert_str_eq(quote_kind_name(QUOTE_PARTIAL), "partial");
	cr_assert_str_eq(quote_kind_name(QUOTE_INDIRECT), "indirect");
}

Test(quote, empty_and_unbalanced_input)
{
	struct found f;

	find(&f, "");
	cr_assert_eq(f.l.n, 0);
	cr_assert_eq(f.a.npara, 0);
	done(&f);
	find(&f, "\"\" and \" , \"");
	cr_assert_eq(f.l.n, 0);
	done(&f);
}

/*
 * A quote's context is its own sentence: not the sentence before it in
 * the paragraph, nor the one after; a quote over two sentences gets both.
 */
Test(quote, context_is_the_sentence_holding_the_quote)
{
	static const char text[] =
		"Title\n\nMoscow objected. The minister said the door must stay "
		"\"wide open\" for Kyiv. Talks resume on Monday. He added: \"We "
		"will wait. We are patient.\" Then he left.\n";
	struct found f;
	const struct quote *q;
	size_t k;

	find(&f, text);
	q = with_text(&f, "wide open");
	cr_assert_not_null(q);
	quote_set_context(&f.a, (struct quote *)q);
	cr_assert_eq(q->ctx_end - q->ctx_start,
		     strlen("The minister said the door must stay \"wide open\" "
			    "for Kyiv."));
	cr_assert(!strncmp(text + q->ctx_start, "The minister said", 17));
	q = with_text(&f, "We will wait. We are patient.");
	cr_assert_not_null(q);
	quote_set_context(&f.a, (struct quote *)q);
	cr_assert(q->ctx_start <= q->start && q->ctx_end >= q->end);
	cr_assert(!strncmp(text + q->ctx_start, "He added", 8), "%.*s",
		  (int)(q->ctx_end - q->ctx_start), text + q->ctx_start);
	cr_assert_geq(strstr(text, "Then") - text, (long)q->ctx_end,
		      "the next sentence is out");
	/* every quote holds its context's bounds */
	for (k = 0; k < f.l.n; k++) {
		quote_set_context(&f.a, &f.l.q[k]);
		cr_assert(f.l.q[k].ctx_start <= f.l.q[k].start &&
			  f.l.q[k].ctx_end >= f.l.q[k].end);
	}
	done(&f);
}
