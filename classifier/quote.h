#ifndef STANCE_QUOTE_H
#define STANCE_QUOTE_H

#include <stddef.h>

/*
 * Quotations in an article (issue #3). quote_find() finds the words
 * between quotation marks; speaker_attribute() (speaker.h) then says who
 * spoke them, drops marked words nobody said (scare quotes), and adds
 * reported speech. Offsets are bytes into the article text.
 */
struct article;

enum quote_kind {
	QUOTE_DIRECT,   /* one or more whole sentences in quotation marks */
	QUOTE_PARTIAL,  /* a quoted fragment inside the writer's sentence */
	QUOTE_INDIRECT  /* reported speech: "X said that ..." */
};

#define QUOTE_NONE ((size_t)-1)

struct quote {
	size_t start, end;   /* bytes [start, end) of the quoted words */
	size_t tok0, tok1;   /* their tokens [tok0, tok1) */
	size_t open, close;  /* tokens of the marks, QUOTE_NONE if missing */
	size_t para;         /* paragraph index (0 is the title) */
	enum quote_kind kind;
	int cont_prev;       /* an open quote of the paragraph before runs on */
	int cont_next;       /* left open at the end of its paragraph */
	int dash;            /* "- Words - X said.": set off by dashes;
				2: a paragraph of such speech with no
				attribution, after one; 3: one after a
				short paragraph of narration that names
				its speaker ("His colleague Sara Ahmadi,
				34, is more positive.") */
	int label;           /* 1: "MIKKO SALONEN: Words.", a transcript's
				line; 2: "A: Words.", an interview's answer;
				3: "Michal: Words.", a line under a name;
				4: "Richard Foord (Honiton and Sidmouth)
				(LD): Words.", a parliamentary record's;
				5: an embedded post signed "— Name
				(@handle) Date"; 6: "Senator SHAHEEN.
				Words.", a congressional record's; 7:
				"Question [Name, Outlet]: Words?", a
				journalist's question, which quotes no
				one; 8: a paragraph without a label that
				continues the labelled line (1, 3 or 4)
				of the paragraph before, whose speaker it
				takes; 9: a paragraph in the first person
				after one that ends in a colon, a block
				quotation whose marks were lost; 10: a
				paragraph under a heading that is a name
				and a description (quote_name_heading():
				"**Daniel Fried**, distinguished fellow
				...", an expert's section in a roundup;
				"SVETLANA IVANOVA, 58, pharmacist", an
				oral history's); 11: an
				interjection in a record, "(Markus
				Frohnmaier [AfD]: Then you are deciding
				for war!)", "(Heckling from the AfD: Quite
				right!)"; 12: a paragraph of a digest's
				post under its header "08:14 | Channel"
				(quote_post_header()) */
	int inner;           /* a quotation inside a speaker's line (a
				transcript's, a record's, its
				continuation, an interview's answer),
				found with the line: the speaker reports
				another's words ("... he told me,
				"Friends must also listen to each
				other." He was right.") */
	/*
	 * The sentence (or sentences) holding the quote, bytes [ctx_start,
	 * ctx_end), set by quote_set_context(): a partial quote's stance is
	 * read there, as the annotation guidelines read it in context.
	 */
	size_t ctx_start, ctx_end;
	/* Attribution, filled in by speaker_attribute(). */
	char *speaker;       /* canonical or "UNKNOWN"; owned; NULL before */
	size_t mention_start, mention_end; /* naming words; empty if none */
};

struct quote_list {
	struct quote *q;
	size_t n, cap;
};

#define QUOTE_LIST_INIT { NULL, 0, 0 }

/*
 * Append to out the direct and partial quotations of a: double quotation
 * marks of any style, paired per paragraph (a straight mark opens when
 * none is open); single curly or straight marks around three or more words
 * outside double quotes; apostrophes are never marks. A quote still open
 * at the end of its paragraph ends there when the next paragraph opens
 * again (cont_next/cont_prev). A lone closing mark after a comma closes a
 * quote from the paragraph start (an opening mark lost by the outlet).
 * A paragraph with no quotation marks that opens with a dash and sets
 * off a few last words with another ("- Our neutrality is not for sale -
 * Vucic said.", as Balkan wire copy marks speech) quotes the words
 * between the dashes (dash set; speaker_attribute() keeps it only when
 * those last words attribute it). A paragraph with no quotation marks
 * that opens with a label in capitals and a colon, as transcripts give
 * who speaks ("MIKKO SALONEN: We prepare the same way."), quotes the
 * words after the colon (label set; speaker_attribute() names the
 * speaker, and drops the journalists' lines). In an article with a
 * question labelled "Q:", each paragraph labelled "A:" quotes its
 * answer (label 2); where no answer is labelled (a doorstep transcript),
 * the unlabelled paragraphs after a question do, and so does a dash
 * paragraph after a dash paragraph that asks a question (an interview
 * printed as a dialogue). In an interview whose speakers are labelled by name
 * in mixed case, each label used more than once ("Michal: Yes."), the
 * words after it are a quote too (label 3); in a parliamentary record
 * (two labels with brackets: "Richard Foord (Honiton and Sidmouth)
 * (LD):", "The Secretary of State for Defence (John Healey):"), every
 * name label's (4 for those with brackets). An embedded post, its text
 * then a line "— Kaja Kallas (@kajakallas) July 10, 2024", quotes its
 * text (label 5). In a congressional record (two labels of a title in
 * mixed case, a name in capitals and a full stop: "Senator SHAHEEN.",
 * "The CHAIRMAN."), the words after each such label (label 6). In a
 * verbatim report (two labels "Name, description. –", as the European
 * Parliament prints its debates), the words after each dash (label 3). A
 * paragraph labelled as a question ("Q:", "Question [Teri Schultz,
 * Deutsche Welle]:") is the journalist's: one quote of label 7 covers
 * it, in place of any quotation inside it, so that no words in it are
 * attributed (speaker_attribute() drops it). A paragraph without a
 * label or quotation marks right after a labelled line of a transcript
 * or record goes on with it ("NATO Secretary General Mark Rutte: ...",
 * then "We also discussed ..."): label 8. A paragraph in the first
 * person, without marks or label, after a paragraph that ends in a colon
 * is a block quotation (label 9). Kind is
 * direct when the
 * quote starts
 * a paragraph or sentence, follows a colon, or is whole sentences after
 * a comma; partial otherwise. Speakers are left NULL.
 */
void quote_find(const struct article *a, struct quote_list *out);

/*
 * Where the label of a congressional record that opens paragraph p ends
 * (its full stop), or QUOTE_NONE: up to three words in mixed case ("The",
 * "Senator", "Mr.", "Ambassador"), then one to three words in capitals
 * ("SHAHEEN", "VAN HOLLEN"), the stop, and three words or more after it.
 */
size_t quote_record_caps_end(const struct article *a, size_t p);

/*
 * "KAPANADZE:" under a panel's header "Panelists: ... Nino Kapanadze,
 * Director, ...": the token where word i (in capitals, in the label of
 * paragraph p) is printed in title case after a first name, in the
 * article's first ten paragraphs or the twenty before p (each range at
 * most 2000 tokens); QUOTE_NONE if nowhere.
 */
size_t quote_surname_twin(const struct article *a, size_t i, size_t p);

/*
 * "08:14 | Zelensky / Official", "10:37 | Rybar" (a line "Forwarded
 * from Dmitry Medvedev" under it): whether paragraph p is a digest's
 * post header, a time, a bar and a channel's name in capitals; the
 * token after the bar, or QUOTE_NONE.
 */
size_t quote_post_header(const struct article *a, size_t p);

/* Whether token k is a committee's question number ("Q38", as in
 * "Q38 Chair: ..."). */
int quote_question_number(const struct article *a, size_t k);

/*
 * Where a label may start in paragraph p: past a time stamp in brackets
 * ("[00:01:08] Jamie Shea: ..."), else the paragraph's first token.
 */
size_t quote_label_start(const struct article *a, size_t p);

/*
 * Set q->ctx_start and ctx_end from a's sentences: from the start of the
 * sentence of the quote's first word to the end of that of its last,
 * widened to hold the quote itself (and its closing mark's sentence),
 * but at most 80 tokens on either side of the quote.
 */
void quote_set_context(const struct article *a, struct quote *q);
/*
 * Whether q's stance is read from its context: a partial quote is a
 * fragment of the writer's sentence ("Ukraine's path to membership is
 * 'irreversible'"), and what it is about is in the words around it.
 * Direct and reported quotes are read as they are.
 */
int quote_reads_context(const struct quote *q);

/*
 * Whether token i of a calls someone a journalist in a transcript's
 * label ("BYLINE", "HOST", "ANCHOR", "CORRESPONDENT", any case): that
 * label's lines narrate and quote no one.
 */
int quote_reporter_word(const struct article *a, size_t i);

/*
 * The colon of a transcript line's label (q->label 1): the first of
 * its paragraph (a stage direction in brackets may stand between it
 * and the words: "STUBB: (Through interpreter) The border ...").
 */
size_t quote_label_colon(const struct article *a, const struct quote *q);

/*
 * Whether the label of paragraph p, the tokens before its colon, has a
 * word of the same bytes as token w ("CLARK" of "GEN. WESLEY CLARK
 * (RET.), FORMER NATO SUPREME ALLIED COMMANDER"); brackets excepted.
 */
int quote_label_has(const struct article *a, size_t p, size_t colon,
		    size_t w);

/*
 * Whether paragraph p links another article ("Read more:", "See also:",
 * "Related: ..."): no one's words are in it.
 */
int quote_link_line(const struct article *a, size_t p);

/*
 * Whether paragraph p is a heading over one person's section: a
 * roundup's expert, a name of two to five capitalised words in bold
 * ("**Daniel Fried**,"), or an oral history's speaker, a name in
 * capitals ("SVETLANA IVANOVA, 58, pharmacist") over paragraphs in the
 * first person; then a description, without a full stop. Returns the
 * token past the name, or QUOTE_NONE.
 */
size_t quote_name_heading(const struct article *a, size_t p);

/* A zeroed quote at the end of l, with open/close set to QUOTE_NONE. */
struct quote *quote_list_add(struct quote_list *l);
/* Order by start offset, then kind, then end; linear when only a tail
 * of l is out of order. */
void quote_list_sort(struct quote_list *l);
/* Remove quote i (freeing its speaker), keeping the order of the rest. */
void quote_list_remove(struct quote_list *l, size_t i);
/* Free the quotes and their speakers; l is back to QUOTE_LIST_INIT. */
void quote_list_release(struct quote_list *l);

/* "direct", "partial" or "indirect". */
const char *quote_kind_name(enum quote_kind k);

#endif
