#ifndef STANCE_SPEAKER_H
#define STANCE_SPEAKER_H

#include <stddef.h>

/*
 * Who said it (issue #3). Attribution follows news English: a speech verb
 * ("said", "told", "wrote", "warned", "according to", ... in any tense)
 * with its subject before or after the quotation ("..., Aleem added",
 * "said Zelenskyy", "He added: ..."), or in the sentence around a partial
 * quote. A subject is a name with titles and roles ("Kremlin spokesperson
 * Dmitry Peskov"), a possessive ("MSNBC's Zeeshan Aleem"), an organisation
 * ("the Polish prime minister's office"), a document ("the declaration",
 * credited to who issued it), a description ("the Swedish minister",
 * matched against the titles of earlier mentions) or a pronoun (the latest
 * person in subject position; "it" the latest organisation).
 *
 * Every mention of a person becomes one canonical name: the longest name
 * the article gives with the same surname, accents and case ignored
 * ("Orban" and "Viktor Orbán" are "Viktor Orbán"). Organisations lose
 * their article ("the White House" is "White House") and a country's
 * possessive becomes its adjective ("Russia's leadership" is "Russian
 * leadership"). No speaker found gives SPEAKER_UNKNOWN, never a guess
 * from another paragraph (except a quote-only paragraph that follows the
 * speaker's own paragraph, as news style uses it).
 */
#define SPEAKER_UNKNOWN "UNKNOWN"

struct article;
struct quote_list;

/*
 * Give every quote in l (from quote_find() on a) a speaker and mention;
 * drop partial quotes no speech verb introduces (scare quotes); add
 * reported speech as QUOTE_INDIRECT quotes: the clause after a speech
 * verb ("said that ...", "said he ...", "urged Turkey to ...") to the end
 * of the sentence or the first aside (", according to", ", which",
 * ", responding ..."), the clause before ", X said", "According to X,
 * ...", and headline forms ("Orban: ...", "...: Stoltenberg"). Indirect
 * speech with no speaker is not added. l ends sorted by start offset.
 */
void speaker_attribute(const struct article *a, struct quote_list *l);

/*
 * All three steps on text[0..len): article_parse(), quote_find() and
 * speaker_attribute(), appending to out. Only byte offsets, para, kind,
 * speaker and mention stay meaningful afterwards: token fields refer to
 * an article that is gone.
 */
void speaker_extract(const char *text, size_t len, struct quote_list *out);

/*
 * The word of the built-in lexicon that is not in strictly increasing
 * byte order after the one before it, or NULL when the table is sorted
 * (it is searched by bisection, so a word out of place is never found).
 */
const char *speaker_lexicon_unsorted(void);

#endif
