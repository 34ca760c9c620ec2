/*
 * Attribution of quotations and reported speech (issue #3).
 *
 * The work is done on "cues": a speech verb, "according to", "in his
 * opinion", a speaker's possessive before a speech noun ("Orban's
 * invitation") or a passive "was announced by". Each cue gets a subject
 * noun phrase, which is resolved in two passes: names, organisations and
 * documents first, in text order; then pronouns and descriptions, which
 * need to know who was mentioned before them. Quotes take the cue right
 * after their closing mark, the cue before their colon, or (for partial
 * quotes) the nearest cue of their sentence; reported speech is the clause
 * a cue introduces. The lexicons are one sorted table, looked up once
 * per token with bsearch(), so that extraction stays fast (issue #3 asks
 * for 50 MB/s).
 */
#include "speaker.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "quote.h"
#include "sbuf.h"
#include "xalloc.h"

#define N(x) (sizeof(x) / sizeof((x)[0]))
#define CLAUSE_MAX 200 /* tokens: the longest reported clause read */
#define NONE ((size_t)-1)
/* ctx.inq[] of a quotation's opening and closing marks (1 inside) */
#define INQ_OPEN 2
#define INQ_CLOSE 3

/* Verb classes: what may follow the verb as reported speech. */
enum {
	V_SAY = 1, /* a bare clause or "that ..." */
	V_TELL,    /* an object, then "that ..." */
	V_THAT,    /* "that ..." only */
	V_OBJ,     /* an object and the rest: "urged Turkey to ..." */
	V_CALL,    /* "called on X to ..." only */
	V_READ,    /* "the statement read": documents only, no clause */
	V_QUOTE    /* "quoted X as saying" */
};
#define V_CLASS 0xff
#define V_NOUNLIKE 0x100 /* also a noun: needs a named subject right before */

struct lexword {
	const char *word;
	unsigned lists; /* LEX_* bits */
	int cls;        /* verb class and V_NOUNLIKE, or 0 */
};

struct demonym {
	const char *adj;     /* lower case */
	const char *country;
};

static const struct demonym demonyms[] = {
	{ "albanian", "Albania" },
	{ "american", "America" },
	{ "armenian", "Armenia" },
	{ "australian", "Australia" },
	{ "austrian", "Austria" },
	{ "azerbaijani", "Azerbaijan" },
	{ "belarusian", "Belarus" },
	{ "belgian", "Belgium" },
	{ "bosnian", "Bosnia" },
	{ "brazilian", "Brazil" },
	{ "british", "Britain" },
	{ "bulgarian", "Bulgaria" },
	{ "canadian", "Canada" },
	{ "chinese", "China" },
	{ "croatian", "Croatia" },
	{ "czech", "Czechia" },
	{ "danish", "Denmark" },
	{ "dutch", "Netherlands" },
	{ "egyptian", "Egypt" },
	{ "estonian", "Estonia" },
	{ "european", "Europe" },
	{ "finnish", "Finland" },
	{ "french", "France" },
	{ "georgian", "Georgia" },
	{ "german", "Germany" },
	{ "greek", "Greece" },
	{ "hungarian", "Hungary" },
	{ "icelandic", "Iceland" },
	{ "indian", "India" },
	{ "iranian", "Iran" },
	{ "iraqi", "Iraq" },
	{ "irish", "Ireland" },
	{ "israeli", "Israel" },
	{ "italian", "Italy" },
	{ "japanese", "Japan" },
	{ "korean", "Korea" },
	{ "kosovar", "Kosovo" },
	{ "latvian", "Latvia" },
	{ "lithuanian", "Lithuania" },
	{ "macedonian", "Macedonia" },
	{ "mexican", "Mexico" },
	{ "moldovan", "Moldova" },
	{ "montenegrin", "Montenegro" },
	{ "norwegian", "Norway" },
	{ "pakistani", "Pakistan" },
	{ "polish", "Poland" },
	{ "portuguese", "Portugal" },
	{ "romanian", "Romania" },
	{ "russian", "Russia" },
	{ "serbian", "Serbia" },
	{ "slovak", "Slovakia" },
	{ "slovenian", "Slovenia" },
	{ "spanish", "Spain" },
	{ "swedish", "Sweden" },
	{ "swiss", "Switzerland" },
	{ "syrian", "Syria" },
	{ "turkish", "Turkey" },
	{ "ukrainian", "Ukraine" },
};

/*
 * Capitals and the adjective of their country, for "In Moscow, the
 * foreign ministry said" (adj: the demonym; country: the capital).
 */
static const struct demonym capitals[] = {
	{ "turkish", "ankara" },     { "serbian", "belgrade" },
	{ "german", "berlin" },      { "slovak", "bratislava" },
	{ "hungarian", "budapest" }, { "danish", "copenhagen" },
	{ "finnish", "helsinki" },   { "ukrainian", "kiev" },
	{ "ukrainian", "kyiv" },     { "british", "london" },
	{ "belarusian", "minsk" },   { "russian", "moscow" },
	{ "norwegian", "oslo" },     { "french", "paris" },
	{ "latvian", "riga" },       { "swedish", "stockholm" },
	{ "estonian", "tallinn" },   { "georgian", "tbilisi" },
	{ "lithuanian", "vilnius" }, { "polish", "warsaw" },
};

/*
 * U.S. states as a party tag abbreviates them ("R-Ky.", "D-N.Y.", AP
 * style, or "R-KY", postal), lower case without full stops, for "the
 * Kentucky Republican" after "Sen. Mitch McConnell, R-Ky.".
 */
static const struct us_state {
	const char *name, *ap, *postal; /* name: lower case, no spaces */
} us_states[] = {
	{ "alabama", "ala", "al" },
	{ "alaska", "alaska", "ak" },
	{ "arizona", "ariz", "az" },
	{ "arkansas", "ark", "ar" },
	{ "california", "calif", "ca" },
	{ "colorado", "colo", "co" },
	{ "connecticut", "conn", "ct" },
	{ "delaware", "del", "de" },
	{ "florida", "fla", "fl" },
	{ "georgia", "ga", "ga" },
	{ "hawaii", "hawaii", "hi" },
	{ "idaho", "idaho", "id" },
	{ "illinois", "ill", "il" },
	{ "indiana", "ind", "in" },
	{ "iowa", "iowa", "ia" },
	{ "kansas", "kan", "ks" },
	{ "kentucky", "ky", "ky" },
	{ "louisiana", "la", "la" },
	{ "maine", "maine", "me" },
	{ "maryland", "md", "md" },
	{ "massachusetts", "mass", "ma" },
	{ "michigan", "mich", "mi" },
	{ "minnesota", "minn", "mn" },
	{ "mississippi", "miss", "ms" },
	{ "missouri", "mo", "mo" },
	{ "montana", "mont", "mt" },
	{ "nebraska", "neb", "ne" },
	{ "nevada", "nev", "nv" },
	{ "newhampshire", "nh", "nh" },
	{ "newjersey", "nj", "nj" },
	{ "newmexico", "nm", "nm" },
	{ "newyork", "ny", "ny" },
	{ "northcarolina", "nc", "nc" },
	{ "northdakota", "nd", "nd" },
	{ "ohio", "ohio", "oh" },
	{ "oklahoma", "okla", "ok" },
	{ "oregon", "ore", "or" },
	{ "pennsylvania", "pa", "pa" },
	{ "rhodeisland", "ri", "ri" },
	{ "southcarolina", "sc", "sc" },
	{ "southdakota", "sd", "sd" },
	{ "tennessee", "tenn", "tn" },
	{ "texas", "texas", "tx" },
	{ "utah", "utah", "ut" },
	{ "vermont", "vt", "vt" },
	{ "virginia", "va", "va" },
	{ "washington", "wash", "wa" },
	{ "westvirginia", "wva", "wv" },
	{ "wisconsin", "wis", "wi" },
	{ "wyoming", "wyo", "wy" },
};

enum {
	LEX_roles = 1u << 0,
	LEX_orgs = 1u << 1,
	LEX_docs = 1u << 2,
	LEX_possnouns = 1u << 3,
	LEX_countries = 1u << 4,
	LEX_demonyms = 1u << 5,
	LEX_extra_demonyms = 1u << 6,
	LEX_function_words = 1u << 7,
	LEX_time_words = 1u << 8,
	LEX_fstop_words = 1u << 9,
	LEX_adverbs = 1u << 10,
	LEX_clause_words = 1u << 11,
	LEX_poss_dets = 1u << 12,
	LEX_after_inverted = 1u << 13,
	LEX_not_participles = 1u << 14,
	LEX_aux = 1u << 15,  /* auxiliaries and modals: "said allies were" */
	LEX_many = 1u << 16, /* "Analysts say": many people, none named */
	LEX_particles = 1u << 17, /* of surnames: "von der Leyen" */
	LEX_compass = 1u << 18, /* "North Macedonia", "South Africa" */
	LEX_phrasal = 1u << 19, /* "made clear that", "expressed hope that" */
	LEX_subord = 1u << 20,  /* "after", "because": a subordinate clause */
	LEX_honorific = 1u << 21, /* "Mr", "Ms.", "Dr": a courtesy, no post */
	LEX_rank = 1u << 22,    /* "Gen.", "Lt.": a rank, which no post
				 * contradicts */
};

/* Every lexicon word with its lists and verb class, sorted. */
static const struct lexword lexicon[] = {
	{ "a", LEX_function_words | LEX_clause_words, 0 },
	{ "about", LEX_function_words | LEX_fstop_words, 0 },
	{ "academic", LEX_roles, 0 },
	{ "academy", LEX_orgs, 0 },
	{ "according", LEX_function_words | LEX_not_participles, 0 },
	{ "accountant", LEX_roles, 0 },
	{ "accuse", 0, V_OBJ },
	{ "accused", 0, V_OBJ },
	{ "accuses", 0, V_OBJ },
	{ "accusing", 0, V_OBJ },
	{ "acknowledge", 0, V_SAY },
	{ "acknowledged", 0, V_SAY },
	{ "acknowledges", 0, V_SAY },
	{ "acknowledging", 0, V_SAY },
	{ "across", LEX_function_words, 0 },
	{ "acting", LEX_roles, 0 },
	{ "activist", LEX_roles, 0 },
	{ "add", 0, V_SAY },
	{ "added", 0, V_SAY },
	{ "adding", 0, V_SAY },
	{ "additionally", LEX_adverbs, 0 },
	{ "adds", 0, V_SAY },
	{ "adm.", LEX_roles | LEX_rank, 0 },
	{ "administration", LEX_orgs, 0 },
	{ "admiral", LEX_roles | LEX_rank, 0 },
	{ "admit", 0, V_SAY },
	{ "admits", 0, V_SAY },
	{ "admitted", 0, V_SAY },
	{ "admitting", 0, V_SAY },
	{ "adviser", LEX_roles, 0 },
	{ "advisor", LEX_roles, 0 },
	{ "affairs", LEX_roles, 0 },
	{ "affirmed", 0, V_THAT },
	{ "affirms", 0, V_THAT },
	{ "afghanistan", LEX_countries, 0 },
	{ "africa", LEX_countries, 0 },
	{ "after",
	  LEX_function_words | LEX_fstop_words | LEX_after_inverted |
	  LEX_subord, 0 },
	{ "afterward", LEX_adverbs, 0 },
	{ "afterwards", LEX_adverbs, 0 },
	{ "again", LEX_adverbs, 0 },
	{ "against", LEX_function_words, 0 },
	{ "agency", LEX_orgs, 0 },
	{ "agreed", LEX_phrasal, 0 },
	{ "ahead", LEX_fstop_words | LEX_after_inverted, 0 },
	{ "aide", LEX_roles, 0 },
	{ "albania", LEX_countries, 0 },
	{ "albanian", LEX_demonyms, 0 },
	{ "algeria", LEX_countries, 0 },
	{ "all", LEX_function_words | LEX_clause_words, 0 },
	{ "alliance", LEX_orgs, 0 },
	{ "allies", LEX_orgs, 0 },
	{ "along", LEX_function_words, 0 },
	{ "already", LEX_function_words | LEX_adverbs, 0 },
	{ "also", LEX_function_words | LEX_adverbs, 0 },
	{ "although", LEX_function_words | LEX_subord, 0 },
	{ "ambassador", LEX_roles, 0 },
	{ "america", LEX_countries, 0 },
	{ "american", LEX_demonyms, 0 },
	{ "americans", LEX_many, 0 },
	{ "amid", LEX_function_words, 0 },
	{ "among", LEX_function_words, 0 },
	{ "amsterdam", LEX_countries, 0 },
	{ "an", LEX_function_words | LEX_clause_words, 0 },
	{ "analyst", LEX_roles, 0 },
	{ "analysts", LEX_many, 0 },
	{ "anchor", LEX_roles, 0 },
	{ "and", LEX_function_words | LEX_fstop_words, 0 },
	{ "andorra", LEX_countries, 0 },
	{ "angola", LEX_countries, 0 },
	{ "ankara", LEX_countries, 0 },
	{ "announce", 0, V_SAY },
	{ "announced", 0, V_SAY },
	{ "announces", 0, V_SAY },
	{ "announcing", 0, V_SAY },
	{ "another", LEX_function_words, 0 },
	{ "answered", 0, V_THAT },
	{ "any", LEX_clause_words, 0 },
	{ "anything", LEX_not_participles, 0 },
	{ "ap", LEX_particles, 0 },
	{ "appeal", LEX_possnouns, 0 },
	{ "april", LEX_time_words, 0 },
	{ "arab", LEX_extra_demonyms, 0 },
	{ "are", LEX_function_words | LEX_aux, 0 },
	{ "argentina", LEX_countries, 0 },
	{ "argue", 0, V_SAY },
	{ "argued", 0, V_SAY },
	{ "argues", 0, V_SAY },
	{ "arguing", 0, V_SAY },
	{ "armenia", LEX_countries, 0 },
	{ "armenian", LEX_demonyms, 0 },
	{ "army", LEX_orgs, 0 },
	{ "around", LEX_function_words, 0 },
	{ "as", LEX_function_words | LEX_fstop_words | LEX_after_inverted, 0 },
	{ "ashgabat", LEX_countries, 0 },
	{ "asia", LEX_countries, 0 },
	{ "ask", 0, V_OBJ },
	{ "asked", 0, V_OBJ },
	{ "asking", 0, V_OBJ },
	{ "asks", 0, V_OBJ },
	{ "assembly", LEX_orgs, 0 },
	{ "assert", 0, V_SAY },
	{ "asserted", 0, V_SAY },
	{ "asserting", 0, V_SAY },
	{ "asserts", 0, V_SAY },
	{ "assess", 0, V_THAT },
	{ "assessed", 0, V_THAT },
	{ "assesses", 0, V_THAT },
	{ "assessing", 0, V_THAT },
	{ "association", LEX_orgs, 0 },
	{ "assure", 0, V_TELL },
	{ "assured", 0, V_TELL },
	{ "assures", 0, V_TELL },
	{ "assuring", 0, V_TELL },
	{ "astana", LEX_countries, 0 },
	{ "at", LEX_function_words | LEX_fstop_words | LEX_after_inverted, 0 },
	{ "athens", LEX_countries, 0 },
	{ "atlantic", LEX_extra_demonyms, 0 },
	{ "august", LEX_time_words, 0 },
	{ "australia", LEX_countries, 0 },
	{ "australian", LEX_demonyms, 0 },
	{ "austria", LEX_countries, 0 },
	{ "austrian", LEX_demonyms, 0 },
	{ "author", LEX_roles, 0 },
	{ "authorities", LEX_orgs, 0 },
	{ "authors", LEX_roles, 0 },
	{ "averred", 0, V_SAY },
	{ "azerbaijan", LEX_countries, 0 },
	{ "azerbaijani", LEX_demonyms, 0 },
	{ "back", LEX_function_words | LEX_adverbs, 0 },
	{ "backbencher", LEX_roles, 0 },
	{ "bahrain", LEX_countries, 0 },
	{ "baku", LEX_countries, 0 },
	{ "balkan", LEX_extra_demonyms, 0 },
	{ "balkans", LEX_countries, 0 },
	{ "baltic", LEX_countries | LEX_extra_demonyms, 0 },
	{ "bangladesh", LEX_countries, 0 },
	{ "bank", LEX_orgs, 0 },
	{ "baroness", LEX_roles | LEX_honorific, 0 },
	{ "be", LEX_function_words, 0 },
	{ "because", LEX_function_words | LEX_fstop_words | LEX_subord, 0 },
	{ "been", LEX_function_words, 0 },
	{ "before",
	  LEX_function_words | LEX_fstop_words | LEX_after_inverted |
	  LEX_subord, 0 },
	{ "behind", LEX_function_words, 0 },
	{ "beijing", LEX_countries, 0 },
	{ "being", LEX_function_words, 0 },
	{ "belarus", LEX_countries, 0 },
	{ "belarusian", LEX_demonyms, 0 },
	{ "belgian", LEX_demonyms, 0 },
	{ "belgium", LEX_countries, 0 },
	{ "belgrade", LEX_countries, 0 },
	{ "below", LEX_function_words, 0 },
	{ "beneath", LEX_function_words, 0 },
	{ "berlin", LEX_countries, 0 },
	{ "bern", LEX_countries, 0 },
	{ "beside", LEX_function_words, 0 },
	{ "between", LEX_function_words, 0 },
	{ "beyond", LEX_function_words, 0 },
	{ "bih", LEX_countries, 0 },
	{ "bin", LEX_particles, 0 },
	{ "bint", LEX_particles, 0 },
	{ "bishkek", LEX_countries, 0 },
	{ "blasted", 0, V_CALL },
	{ "bloc", LEX_orgs, 0 },
	{ "blogger", LEX_roles, 0 },
	{ "bloggers", LEX_roles | LEX_many, 0 },
	{ "boasted", 0, V_SAY },
	{ "bosnia", LEX_countries, 0 },
	{ "bosnian", LEX_demonyms, 0 },
	{ "both", LEX_function_words | LEX_clause_words, 0 },
	{ "bragged", 0, V_SAY },
	{ "branded", 0, V_CALL },
	{ "bratislava", LEX_countries, 0 },
	{ "brazil", LEX_countries, 0 },
	{ "brazilian", LEX_demonyms, 0 },
	{ "brig.", LEX_roles | LEX_rank, 0 },
	{ "brigadier", LEX_roles | LEX_rank, 0 },
	{ "bring", LEX_not_participles, 0 },
	{ "britain", LEX_countries, 0 },
	{ "british", LEX_demonyms, 0 },
	{ "britons", LEX_many, 0 },
	{ "brother", LEX_roles, 0 },
	{ "brussels", LEX_countries, 0 },
	{ "bucha", LEX_countries, 0 },
	{ "bucharest", LEX_countries, 0 },
	{ "budapest", LEX_countries, 0 },
	{ "building", LEX_not_participles, 0 },
	{ "bulgaria", LEX_countries, 0 },
	{ "bulgarian", LEX_demonyms, 0 },
	{ "bundestag", LEX_orgs, 0 },
	{ "bureau", LEX_orgs, 0 },
	{ "businessman", LEX_roles, 0 },
	{ "businesswoman", LEX_roles, 0 },
	{ "but", LEX_function_words | LEX_fstop_words, 0 },
	{ "by", LEX_function_words, 0 },
	{ "cabinet", LEX_orgs, 0 },
	{ "call", LEX_possnouns, V_CALL|V_NOUNLIKE },
	{ "called", 0, V_CALL },
	{ "calling", 0, V_CALL },
	{ "calls", 0, V_CALL|V_NOUNLIKE },
	{ "camp", LEX_orgs, 0 },
	{ "can", LEX_function_words | LEX_aux, 0 },
	{ "canada", LEX_countries, 0 },
	{ "canadian", LEX_demonyms, 0 },
	{ "canberra", LEX_countries, 0 },
	{ "candidate", LEX_roles, 0 },
	{ "capt.", LEX_roles | LEX_rank, 0 },
	{ "captain", LEX_roles | LEX_rank, 0 },
	{ "carpenter", LEX_roles, 0 },
	{ "cashier", LEX_roles, 0 },
	{ "caution", 0, V_SAY },
	{ "cautioned", 0, V_SAY },
	{ "cautioning", 0, V_SAY },
	{ "cautions", 0, V_SAY },
	{ "ceiling", LEX_not_participles, 0 },
	{ "center", LEX_orgs, 0 },
	{ "centre", LEX_orgs, 0 },
	{ "ceo", LEX_roles, 0 },
	{ "chair", LEX_roles, 0 },
	{ "chairman", LEX_roles, 0 },
	{ "chairperson", LEX_roles, 0 },
	{ "chairwoman", LEX_roles, 0 },
	{ "chamber", LEX_orgs, 0 },
	{ "chancellery", LEX_orgs, 0 },
	{ "chancellor", LEX_roles, 0 },
	{ "channel", LEX_orgs, 0 },
	{ "chanted", 0, V_THAT },
	{ "chanting", 0, V_THAT },
	{ "chided", 0, V_CALL },
	{ "chief", LEX_roles, 0 },
	{ "chief-of-staff", LEX_roles, 0 },
	{ "chile", LEX_countries, 0 },
	{ "china", LEX_countries, 0 },
	{ "chinese", LEX_demonyms, 0 },
	{ "chisinau", LEX_countries, 0 },
	{ "claim", LEX_possnouns, V_SAY|V_NOUNLIKE },
	{ "claimed", 0, V_SAY },
	{ "claiming", 0, V_SAY },
	{ "claims", LEX_possnouns, V_SAY|V_NOUNLIKE },
	{ "clarified", 0, V_THAT },
	{ "clarifies", 0, V_THAT },
	{ "clarify", 0, V_THAT },
	{ "clarifying", 0, V_THAT },
	{ "clip", LEX_docs, 0 },
	{ "cllr", LEX_roles, 0 },
	{ "cmdr.", LEX_roles | LEX_rank, 0 },
	{ "co-leader", LEX_roles, 0 },
	{ "coalition", LEX_orgs, 0 },
	{ "col.", LEX_roles | LEX_rank, 0 },
	{ "colleague", LEX_roles, 0 },
	{ "college", LEX_orgs, 0 },
	{ "colombia", LEX_countries, 0 },
	{ "colonel", LEX_roles | LEX_rank, 0 },
	{ "commander", LEX_roles, 0 },
	{ "comment", 0, V_SAY|V_NOUNLIKE },
	{ "commentator", LEX_roles, 0 },
	{ "commentators", LEX_many, 0 },
	{ "commented", 0, V_SAY },
	{ "commenting", 0, V_SAY },
	{ "comments", LEX_possnouns, V_SAY|V_NOUNLIKE },
	{ "commission", LEX_orgs, 0 },
	{ "commissioner", LEX_roles, 0 },
	{ "committee", LEX_orgs, 0 },
	{ "commodore", LEX_roles | LEX_rank, 0 },
	{ "communique", LEX_docs, 0 },
	{ "communiqué", LEX_docs, 0 },
	{ "complain", 0, V_THAT },
	{ "complained", 0, V_THAT },
	{ "complaining", 0, V_THAT },
	{ "complains", 0, V_THAT },
	{ "concede", 0, V_THAT },
	{ "conceded", 0, V_THAT },
	{ "concedes", 0, V_THAT },
	{ "conceding", 0, V_THAT },
	{ "concerning", LEX_not_participles, 0 },
	{ "conclude", 0, V_SAY },
	{ "concluded", 0, V_SAY },
	{ "concludes", 0, V_SAY },
	{ "concluding", 0, V_SAY },
	{ "condemned", 0, V_CALL },
	{ "confide", 0, V_SAY },
	{ "confided", 0, V_SAY },
	{ "confides", 0, V_SAY },
	{ "confirm", 0, V_SAY },
	{ "confirmed", 0, V_SAY },
	{ "confirming", 0, V_SAY },
	{ "confirms", 0, V_SAY },
	{ "congressman", LEX_roles, 0 },
	{ "congresswoman", LEX_roles, 0 },
	{ "considered", 0, V_THAT },
	{ "considers", 0, V_THAT },
	{ "contend", 0, V_THAT },
	{ "contended", 0, V_THAT },
	{ "contending", 0, V_THAT },
	{ "contends", 0, V_THAT },
	{ "continued", 0, V_SAY|V_NOUNLIKE },
	{ "continues", 0, V_SAY|V_NOUNLIKE },
	{ "copenhagen", LEX_countries, 0 },
	{ "corporal", LEX_roles | LEX_rank, 0 },
	{ "correspondent", LEX_roles, 0 },
	{ "could", LEX_function_words | LEX_adverbs | LEX_aux, 0 },
	{ "coun", LEX_roles, 0 },
	{ "council", LEX_orgs, 0 },
	{ "councillor", LEX_roles, 0 },
	{ "councillors", LEX_roles | LEX_many, 0 },
	{ "councilor", LEX_roles, 0 },
	{ "counter", 0, V_SAY },
	{ "countered", 0, V_SAY },
	{ "counterpart", LEX_roles, 0 },
	{ "counters", 0, V_SAY },
	{ "countries", LEX_orgs, 0 },
	{ "court", LEX_orgs, 0 },
	{ "cover", LEX_function_words, 0 },
	{ "cpl.", LEX_roles | LEX_rank, 0 },
	{ "crimea", LEX_countries, 0 },
	{ "criticised", 0, V_CALL },
	{ "criticises", 0, V_CALL },
	{ "criticized", 0, V_CALL },
	{ "criticizes", 0, V_CALL },
	{ "critics", LEX_many, 0 },
	{ "croatia", LEX_countries, 0 },
	{ "croatian", LEX_demonyms, 0 },
	{ "cuba", LEX_countries, 0 },
	{ "cyprus", LEX_countries, 0 },
	{ "czech", LEX_demonyms, 0 },
	{ "czechia", LEX_countries, 0 },
	{ "da", LEX_particles, 0 },
	{ "damascus", LEX_countries, 0 },
	{ "dame", LEX_roles | LEX_honorific, 0 },
	{ "danish", LEX_demonyms, 0 },
	{ "das", LEX_particles, 0 },
	{ "datin", LEX_roles | LEX_honorific, 0 },
	{ "dato", LEX_roles | LEX_honorific, 0 },
	{ "datuk", LEX_roles | LEX_honorific, 0 },
	{ "daughter", LEX_roles, 0 },
	{ "davos", LEX_countries, 0 },
	{ "de", LEX_particles, 0 },
	{ "december", LEX_time_words, 0 },
	{ "declaration", LEX_docs, 0 },
	{ "declare", 0, V_SAY },
	{ "declared", 0, V_SAY },
	{ "declares", 0, V_SAY },
	{ "declaring", 0, V_SAY },
	{ "declined", LEX_phrasal, 0 },
	{ "defence", LEX_roles, 0 },
	{ "defended", 0, V_CALL },
	{ "defends", 0, V_CALL },
	{ "defense", LEX_roles, 0 },
	{ "del", LEX_particles, 0 },
	{ "delegation", LEX_orgs, 0 },
	{ "della", LEX_particles, 0 },
	{ "demand", LEX_possnouns, V_THAT|V_NOUNLIKE },
	{ "demanded", 0, V_THAT },
	{ "demanding", 0, V_THAT },
	{ "demands", LEX_possnouns, V_THAT|V_NOUNLIKE },
	{ "democrats", LEX_many, 0 },
	{ "den", LEX_particles, 0 },
	{ "denied", 0, V_THAT },
	{ "denies", 0, V_THAT },
	{ "denmark", LEX_countries, 0 },
	{ "denounce", 0, V_CALL },
	{ "denounced", 0, V_CALL },
	{ "denounces", 0, V_CALL },
	{ "deny", 0, V_THAT },
	{ "denying", 0, V_THAT },
	{ "department", LEX_orgs, 0 },
	{ "deputy", LEX_roles, 0 },
	{ "der", LEX_particles, 0 },
	{ "describe", 0, V_CALL },
	{ "described", 0, V_CALL },
	{ "describes", 0, V_CALL },
	{ "describing", 0, V_CALL },
	{ "despite", LEX_function_words, 0 },
	{ "di", LEX_particles, 0 },
	{ "did", LEX_function_words | LEX_adverbs, 0 },
	{ "diplomat", LEX_roles, 0 },
	{ "diplomats", LEX_many, 0 },
	{ "director", LEX_roles, 0 },
	{ "directorate", LEX_orgs, 0 },
	{ "dismissed", 0, V_CALL },
	{ "dismisses", 0, V_CALL },
	{ "do", LEX_function_words | LEX_adverbs, 0 },
	{ "doctor", LEX_roles, 0 },
	{ "document", LEX_docs, 0 },
	{ "does", LEX_function_words | LEX_adverbs, 0 },
	{ "donbas", LEX_countries, 0 },
	{ "dos", LEX_particles, 0 },
	{ "dozen", LEX_function_words, 0 },
	{ "dozens", LEX_function_words, 0 },
	{ "dr", LEX_roles | LEX_honorific, 0 },
	{ "dr.", LEX_roles | LEX_honorific, 0 },
	{ "driver", LEX_roles, 0 },
	{ "du", LEX_particles, 0 },
	{ "dublin", LEX_countries, 0 },
	{ "duma", LEX_orgs, 0 },
	{ "during",
	  LEX_function_words | LEX_fstop_words | LEX_after_inverted |
	  LEX_not_participles,
	  0 },
	{ "dushanbe", LEX_countries, 0 },
	{ "dutch", LEX_demonyms, 0 },
	{ "e.u.", LEX_extra_demonyms, 0 },
	{ "each", LEX_function_words | LEX_clause_words, 0 },
	{ "earlier", LEX_function_words | LEX_time_words | LEX_adverbs, 0 },
	{ "east", LEX_compass, 0 },
	{ "eastern", LEX_extra_demonyms, 0 },
	{ "economist", LEX_roles, 0 },
	{ "eduskunta", LEX_orgs, 0 },
	{ "egypt", LEX_countries, 0 },
	{ "egyptian", LEX_demonyms, 0 },
	{ "eight", LEX_function_words, 0 },
	{ "eighteen", LEX_function_words, 0 },
	{ "eighty", LEX_function_words, 0 },
	{ "either", LEX_clause_words, 0 },
	{ "elaborated", 0, V_SAY },
	{ "elaborates", 0, V_SAY },
	{ "electrician", LEX_roles, 0 },
	{ "eleven", LEX_function_words, 0 },
	{ "elsewhere", LEX_adverbs, 0 },
	{ "embassy", LEX_orgs, 0 },
	{ "emir", LEX_roles, 0 },
	{ "emphasise", 0, V_SAY },
	{ "emphasised", 0, V_SAY },
	{ "emphasises", 0, V_SAY },
	{ "emphasising", 0, V_SAY },
	{ "emphasize", 0, V_SAY },
	{ "emphasized", 0, V_SAY },
	{ "emphasizes", 0, V_SAY },
	{ "emphasizing", 0, V_SAY },
	{ "engineer", LEX_roles, 0 },
	{ "england", LEX_countries, 0 },
	{ "entourage", LEX_orgs, 0 },
	{ "entrepreneur", LEX_roles, 0 },
	{ "envoy", LEX_roles, 0 },
	{ "estimated", 0, V_THAT },
	{ "estonia", LEX_countries, 0 },
	{ "estonian", LEX_demonyms, 0 },
	{ "ethiopia", LEX_countries, 0 },
	{ "eu", LEX_extra_demonyms, 0 },
	{ "euro-atlantic", LEX_extra_demonyms, 0 },
	{ "europe", LEX_countries, 0 },
	{ "european", LEX_demonyms, 0 },
	{ "europeans", LEX_many, 0 },
	{ "even", LEX_function_words, 0 },
	{ "evening", LEX_not_participles, 0 },
	{ "every", LEX_function_words | LEX_clause_words, 0 },
	{ "everything", LEX_not_participles, 0 },
	{ "executive", LEX_roles, 0 },
	{ "expert", LEX_roles, 0 },
	{ "experts", LEX_many, 0 },
	{ "explain", 0, V_SAY },
	{ "explained", 0, V_SAY },
	{ "explaining", 0, V_SAY },
	{ "explains", 0, V_SAY },
	{ "express", LEX_phrasal, 0 },
	{ "expressed", LEX_phrasal, 0 },
	{ "expresses", LEX_phrasal, 0 },
	{ "external", LEX_roles, 0 },
	{ "farmer", LEX_roles, 0 },
	{ "father", LEX_roles, 0 },
	{ "february", LEX_time_words, 0 },
	{ "federation", LEX_orgs, 0 },
	{ "fellow", LEX_roles, 0 },
	{ "few", LEX_function_words | LEX_clause_words, 0 },
	{ "fifteen", LEX_function_words, 0 },
	{ "fifty", LEX_function_words, 0 },
	{ "finally", LEX_function_words, 0 },
	{ "finance", LEX_roles, 0 },
	{ "find", 0, V_THAT },
	{ "finds", 0, V_THAT },
	{ "finland", LEX_countries, 0 },
	{ "finnish", LEX_demonyms, 0 },
	{ "finns", LEX_many, 0 },
	{ "fired", LEX_phrasal, 0 },
	{ "first", LEX_roles | LEX_function_words | LEX_adverbs, 0 },
	{ "fisherman", LEX_roles, 0 },
	{ "five", LEX_function_words, 0 },
	{ "folketing", LEX_orgs, 0 },
	{ "folketinget", LEX_orgs, 0 },
	{ "following", LEX_not_participles, 0 },
	{ "for", LEX_function_words | LEX_fstop_words, 0 },
	{ "force", LEX_orgs, 0 },
	{ "forces", LEX_orgs, 0 },
	{ "foreign", LEX_roles, 0 },
	{ "former", LEX_roles, 0 },
	{ "forty", LEX_function_words, 0 },
	{ "found", 0, V_THAT },
	{ "foundation", LEX_orgs, 0 },
	{ "four", LEX_function_words, 0 },
	{ "fourteen", LEX_function_words, 0 },
	{ "france", LEX_countries, 0 },
	{ "french", LEX_demonyms, 0 },
	{ "friday", LEX_time_words, 0 },
	{ "friend", LEX_roles, 0 },
	{ "from", LEX_function_words | LEX_fstop_words, 0 },
	{ "frontbencher", LEX_roles, 0 },
	{ "fumed", 0, V_SAY },
	{ "further", LEX_adverbs, 0 },
	{ "gen.", LEX_roles | LEX_rank, 0 },
	{ "general", LEX_roles, 0 },
	{ "general-secretary", LEX_roles, 0 },
	{ "geneva", LEX_countries, 0 },
	{ "georgia", LEX_countries, 0 },
	{ "georgian", LEX_demonyms, 0 },
	{ "georgians", LEX_many, 0 },
	{ "german", LEX_demonyms, 0 },
	{ "germans", LEX_many, 0 },
	{ "germany", LEX_countries, 0 },
	{ "goes", LEX_phrasal, 0 },
	{ "gov.", LEX_roles, 0 },
	{ "governing", LEX_roles, 0 },
	{ "government", LEX_orgs, 0 },
	{ "governor", LEX_roles, 0 },
	{ "grandfather", LEX_roles, 0 },
	{ "grandmother", LEX_roles, 0 },
	{ "greece", LEX_countries, 0 },
	{ "greek", LEX_demonyms, 0 },
	{ "grumbled", 0, V_SAY },
	{ "had",
	  LEX_function_words | LEX_fstop_words | LEX_adverbs | LEX_aux, 0 },
	{ "hail", 0, V_THAT },
	{ "hailed", 0, V_THAT },
	{ "hailing", 0, V_THAT },
	{ "hails", 0, V_THAT },
	{ "hammered", LEX_phrasal, 0 },
	{ "has",
	  LEX_function_words | LEX_fstop_words | LEX_adverbs | LEX_aux, 0 },
	{ "have", LEX_function_words | LEX_adverbs | LEX_aux, 0 },
	{ "he", LEX_function_words | LEX_clause_words, 0 },
	{ "head", LEX_roles, 0 },
	{ "helsinki", LEX_countries, 0 },
	{ "her", LEX_function_words | LEX_clause_words | LEX_poss_dets, 0 },
	{ "here", LEX_function_words, 0 },
	{ "herzegovina", LEX_countries, 0 },
	{ "high", LEX_roles, 0 },
	{ "highlight", 0, V_THAT },
	{ "highlighted", 0, V_THAT },
	{ "highlighting", 0, V_THAT },
	{ "highlights", 0, V_THAT },
	{ "him", LEX_function_words, 0 },
	{ "hinted", 0, V_THAT },
	{ "his", LEX_function_words | LEX_clause_words | LEX_poss_dets, 0 },
	{ "historian", LEX_roles, 0 },
	{ "hon", LEX_roles | LEX_honorific, 0 },
	{ "hon.", LEX_roles | LEX_honorific, 0 },
	{ "honorable", LEX_roles | LEX_honorific, 0 },
	{ "honourable", LEX_roles | LEX_honorific, 0 },
	{ "host", LEX_roles, 0 },
	{ "house", LEX_orgs, 0 },
	{ "how", LEX_function_words, 0 },
	{ "however", LEX_function_words, 0 },
	{ "hundred", LEX_function_words, 0 },
	{ "hundreds", LEX_function_words, 0 },
	{ "hungarian", LEX_demonyms, 0 },
	{ "hungarians", LEX_many, 0 },
	{ "hungary", LEX_countries, 0 },
	{ "husband", LEX_roles, 0 },
	{ "i", LEX_function_words | LEX_clause_words, 0 },
	{ "ibn", LEX_particles, 0 },
	{ "iceland", LEX_countries, 0 },
	{ "icelandic", LEX_demonyms, 0 },
	{ "if", LEX_function_words | LEX_fstop_words | LEX_subord, 0 },
	{ "in", LEX_function_words | LEX_fstop_words | LEX_after_inverted, 0 },
	{ "including", LEX_not_participles, 0 },
	{ "india", LEX_countries, 0 },
	{ "indian", LEX_demonyms, 0 },
	{ "indonesia", LEX_countries, 0 },
	{ "inform", 0, V_TELL },
	{ "informed", 0, V_TELL },
	{ "informing", 0, V_TELL },
	{ "informs", 0, V_TELL },
	{ "initiative", LEX_orgs, 0 },
	{ "inside", LEX_function_words, 0 },
	{ "insist", 0, V_SAY },
	{ "insisted", 0, V_SAY },
	{ "insisting", 0, V_SAY },
	{ "insists", 0, V_SAY },
	{ "instead", LEX_function_words, 0 },
	{ "institute", LEX_orgs, 0 },
	{ "interior", LEX_roles, 0 },
	{ "interjected", 0, V_SAY },
	{ "interlocutor", LEX_roles, 0 },
	{ "interrupted", 0, V_SAY },
	{ "into", LEX_function_words, 0 },
	{ "invitation", LEX_possnouns, 0 },
	{ "iran", LEX_countries, 0 },
	{ "iranian", LEX_demonyms, 0 },
	{ "iraq", LEX_countries, 0 },
	{ "iraqi", LEX_demonyms, 0 },
	{ "ireland", LEX_countries, 0 },
	{ "irish", LEX_demonyms, 0 },
	{ "is",
	  LEX_function_words | LEX_fstop_words | LEX_adverbs | LEX_aux, 0 },
	{ "israel", LEX_countries, 0 },
	{ "israeli", LEX_demonyms, 0 },
	{ "istanbul", LEX_countries, 0 },
	{ "it", LEX_function_words | LEX_clause_words, 0 },
	{ "italian", LEX_demonyms, 0 },
	{ "italy", LEX_countries, 0 },
	{ "its", LEX_function_words | LEX_clause_words | LEX_poss_dets, 0 },
	{ "january", LEX_time_words, 0 },
	{ "japan", LEX_countries, 0 },
	{ "japanese", LEX_demonyms, 0 },
	{ "jerusalem", LEX_countries, 0 },
	{ "joked", 0, V_SAY },
	{ "jokes", 0, V_SAY | V_NOUNLIKE },
	{ "jordan", LEX_countries, 0 },
	{ "journal", LEX_orgs, 0 },
	{ "journalist", LEX_roles, 0 },
	{ "judge", 0, V_THAT },
	{ "judged", 0, V_THAT },
	{ "judges", 0, V_THAT },
	{ "july", LEX_time_words, 0 },
	{ "june", LEX_time_words, 0 },
	{ "just", LEX_function_words | LEX_adverbs, 0 },
	{ "kazakhstan", LEX_countries, 0 },
	{ "kharkiv", LEX_countries, 0 },
	{ "kiev", LEX_countries, 0 },
	{ "king", LEX_roles | LEX_not_participles, 0 },
	{ "kingdom", LEX_countries, 0 },
	{ "knesset", LEX_orgs, 0 },
	{ "korea", LEX_countries, 0 },
	{ "korean", LEX_demonyms, 0 },
	{ "kosovar", LEX_demonyms, 0 },
	{ "kosovo", LEX_countries, 0 },
	{ "kremlin", LEX_orgs, 0 },
	{ "kurdi", LEX_extra_demonyms, 0 },
	{ "kurdish", LEX_extra_demonyms, 0 },
	{ "kuwait", LEX_countries, 0 },
	{ "kyiv", LEX_countries, 0 },
	{ "labeled", 0, V_CALL },
	{ "labelled", 0, V_CALL },
	{ "lady", LEX_roles | LEX_honorific, 0 },
	{ "lambasted", 0, V_CALL },
	{ "lament", 0, V_THAT },
	{ "lamented", 0, V_THAT },
	{ "lamenting", 0, V_THAT },
	{ "laments", 0, V_THAT },
	{ "last", LEX_function_words | LEX_adverbs, 0 },
	{ "later", LEX_function_words | LEX_time_words | LEX_adverbs, 0 },
	{ "latvia", LEX_countries, 0 },
	{ "latvian", LEX_demonyms, 0 },
	{ "lauded", 0, V_CALL },
	{ "lawmaker", LEX_roles, 0 },
	{ "lawmakers", LEX_roles | LEX_many, 0 },
	{ "lawyer", LEX_roles, 0 },
	{ "leader", LEX_roles, 0 },
	{ "leaders", LEX_roles, 0 },
	{ "leadership", LEX_orgs, 0 },
	{ "lebanon", LEX_countries, 0 },
	{ "lecturer", LEX_roles, 0 },
	{ "legislators", LEX_roles | LEX_many, 0 },
	{ "letter", LEX_docs, 0 },
	{ "libya", LEX_countries, 0 },
	{ "lieutenant", LEX_roles, 0 },
	{ "likewise", LEX_adverbs, 0 },
	{ "lisbon", LEX_countries, 0 },
	{ "lista", LEX_orgs, 0 },
	{ "lithuania", LEX_countries, 0 },
	{ "lithuanian", LEX_demonyms, 0 },
	{ "ljubljana", LEX_countries, 0 },
	{ "london", LEX_countries, 0 },
	{ "long", LEX_adverbs, 0 },
	{ "lord", LEX_roles | LEX_honorific, 0 },
	{ "lt.", LEX_roles | LEX_rank, 0 },
	{ "luxembourg", LEX_countries, 0 },
	{ "lviv", LEX_countries, 0 },
	{ "macedonia", LEX_countries, 0 },
	{ "macedonian", LEX_demonyms, 0 },
	{ "madam", LEX_roles | LEX_honorific, 0 },
	{ "made", LEX_phrasal, 0 },
	{ "madrid", LEX_countries, 0 },
	{ "maintain", 0, V_THAT },
	{ "maintained", 0, V_THAT },
	{ "maintains", 0, V_THAT },
	{ "maj.", LEX_roles | LEX_rank, 0 },
	{ "make", LEX_phrasal, 0 },
	{ "makes", LEX_phrasal, 0 },
	{ "making", LEX_phrasal, 0 },
	{ "malta", LEX_countries, 0 },
	{ "man", LEX_roles, 0 },
	{ "many", LEX_function_words | LEX_clause_words, 0 },
	{ "march", LEX_time_words, 0 },
	{ "mariupol", LEX_countries, 0 },
	{ "may",
	  LEX_function_words | LEX_time_words | LEX_adverbs | LEX_aux, 0 },
	{ "mayor", LEX_roles, 0 },
	{ "me", LEX_function_words, 0 },
	{ "meanwhile", LEX_function_words, 0 },
	{ "mechanic", LEX_roles, 0 },
	{ "meeting", LEX_not_participles, 0 },
	{ "member", LEX_roles, 0 },
	{ "members", LEX_roles | LEX_orgs, 0 },
	{ "memorandum", LEX_docs, 0 },
	{ "men", LEX_many, 0 },
	{ "mentioned", 0, V_THAT },
	{ "mentions", 0, V_THAT },
	{ "mep", LEX_roles, 0 },
	{ "meps", LEX_roles | LEX_many, 0 },
	{ "merely", LEX_adverbs, 0 },
	{ "mexican", LEX_demonyms, 0 },
	{ "mexico", LEX_countries, 0 },
	{ "might", LEX_function_words | LEX_adverbs | LEX_aux, 0 },
	{ "military", LEX_orgs, 0 },
	{ "minister", LEX_roles, 0 },
	{ "ministers", LEX_roles, 0 },
	{ "ministry", LEX_orgs, 0 },
	{ "minsk", LEX_countries, 0 },
	{ "mission", LEX_orgs, 0 },
	{ "mocked", 0, V_CALL },
	{ "mocking", 0, V_CALL },
	{ "mocks", 0, V_CALL },
	{ "moldova", LEX_countries, 0 },
	{ "moldovan", LEX_demonyms, 0 },
	{ "monaco", LEX_countries, 0 },
	{ "monday", LEX_time_words, 0 },
	{ "mongolia", LEX_countries, 0 },
	{ "montenegrin", LEX_demonyms, 0 },
	{ "montenegro", LEX_countries, 0 },
	{ "month", LEX_time_words, 0 },
	{ "more", LEX_function_words, 0 },
	{ "morning", LEX_not_participles, 0 },
	{ "morocco", LEX_countries, 0 },
	{ "moscow", LEX_countries, 0 },
	{ "most", LEX_function_words | LEX_clause_words, 0 },
	{ "mother", LEX_roles, 0 },
	{ "mp", LEX_roles, 0 },
	{ "mps", LEX_roles | LEX_many, 0 },
	{ "mr", LEX_roles | LEX_honorific, 0 },
	{ "mr.", LEX_roles | LEX_honorific, 0 },
	{ "mrs", LEX_roles | LEX_honorific, 0 },
	{ "mrs.", LEX_roles | LEX_honorific, 0 },
	{ "ms", LEX_roles | LEX_honorific, 0 },
	{ "ms.", LEX_roles | LEX_honorific, 0 },
	{ "munich", LEX_countries, 0 },
	{ "mused", 0, V_SAY },
	{ "muses", 0, V_SAY },
	{ "must", LEX_function_words | LEX_aux, 0 },
	{ "my", LEX_function_words, 0 },
	{ "nations", LEX_orgs, 0 },
	{ "nato", LEX_orgs, 0 },
	{ "naturally", LEX_function_words, 0 },
	{ "near", LEX_function_words, 0 },
	{ "neighbor", LEX_roles, 0 },
	{ "neighbour", LEX_roles, 0 },
	{ "neither", LEX_clause_words, 0 },
	{ "netherlands", LEX_countries, 0 },
	{ "never", LEX_adverbs, 0 },
	{ "nevertheless", LEX_adverbs, 0 },
	{ "new", LEX_function_words, 0 },
	{ "news", LEX_orgs, 0 },
	{ "next", LEX_function_words, 0 },
	{ "nicosia", LEX_countries, 0 },
	{ "nigeria", LEX_countries, 0 },
	{ "nine", LEX_function_words, 0 },
	{ "nineteen", LEX_function_words, 0 },
	{ "ninety", LEX_function_words, 0 },
	{ "no", LEX_function_words | LEX_clause_words, 0 },
	{ "none", LEX_clause_words, 0 },
	{ "nonetheless", LEX_adverbs, 0 },
	{ "nordic", LEX_extra_demonyms, 0 },
	{ "north", LEX_compass, 0 },
	{ "norway", LEX_countries, 0 },
	{ "norwegian", LEX_demonyms, 0 },
	{ "not", LEX_function_words | LEX_adverbs, 0 },
	{ "notably", LEX_adverbs, 0 },
	{ "note", LEX_phrasal, 0 },
	{ "noted", 0, V_SAY },
	{ "notes", 0, V_SAY|V_NOUNLIKE },
	{ "nothing", LEX_clause_words | LEX_not_participles, 0 },
	{ "noting", 0, V_SAY },
	{ "notwithstanding", LEX_not_participles, 0 },
	{ "november", LEX_time_words, 0 },
	{ "now", LEX_function_words | LEX_adverbs, 0 },
	{ "nurse", LEX_roles, 0 },
	{ "observed", 0, V_SAY },
	{ "observers", LEX_many, 0 },
	{ "observes", 0, V_SAY },
	{ "october", LEX_time_words, 0 },
	{ "odesa", LEX_countries, 0 },
	{ "odessa", LEX_countries, 0 },
	{ "of", LEX_function_words, 0 },
	{ "office", LEX_orgs, 0 },
	{ "officer", LEX_roles, 0 },
	{ "official", LEX_roles, 0 },
	{ "officials", LEX_roles | LEX_many, 0 },
	{ "on", LEX_function_words | LEX_fstop_words | LEX_after_inverted, 0 },
	{ "once", LEX_function_words | LEX_adverbs | LEX_subord, 0 },
	{ "one", LEX_function_words, 0 },
	{ "only", LEX_function_words | LEX_adverbs, 0 },
	{ "onto", LEX_function_words, 0 },
	{ "opined", 0, V_SAY },
	{ "opines", 0, V_SAY },
	{ "opponents", LEX_many, 0 },
	{ "opposition", LEX_orgs, 0 },
	{ "or", LEX_function_words, 0 },
	{ "organisation", LEX_orgs, 0 },
	{ "organization", LEX_orgs, 0 },
	{ "oslo", LEX_countries, 0 },
	{ "other", LEX_function_words, 0 },
	{ "otherwise", LEX_function_words, 0 },
	{ "ottawa", LEX_countries, 0 },
	{ "our", LEX_function_words | LEX_clause_words | LEX_poss_dets, 0 },
	{ "outside", LEX_function_words, 0 },
	{ "over", LEX_function_words | LEX_fstop_words, 0 },
	{ "pakistan", LEX_countries, 0 },
	{ "pakistani", LEX_demonyms, 0 },
	{ "palestine", LEX_countries, 0 },
	{ "paris", LEX_countries, 0 },
	{ "parliament", LEX_orgs, 0 },
	{ "party", LEX_orgs, 0 },
	{ "pensioner", LEX_roles, 0 },
	{ "people", LEX_many, 0 },
	{ "photo", LEX_function_words, 0 },
	{ "pleaded", 0, V_CALL },
	{ "pleads", 0, V_CALL },
	{ "pledge", 0, V_THAT|V_NOUNLIKE },
	{ "pledged", 0, V_THAT },
	{ "pledges", 0, V_THAT|V_NOUNLIKE },
	{ "pledging", 0, V_THAT },
	{ "plumber", LEX_roles, 0 },
	{ "podgorica", LEX_countries, 0 },
	{ "point", LEX_phrasal, 0 },
	{ "pointed", LEX_phrasal, 0 },
	{ "points", LEX_phrasal, 0 },
	{ "poland", LEX_countries, 0 },
	{ "poles", LEX_many, 0 },
	{ "polish", LEX_demonyms, 0 },
	{ "politician", LEX_roles, 0 },
	{ "pope", LEX_roles, 0 },
	{ "portugal", LEX_countries, 0 },
	{ "portuguese", LEX_demonyms, 0 },
	{ "post", LEX_docs, 0 },
	{ "posted", 0, V_THAT },
	{ "prague", LEX_countries, 0 },
	{ "praised", 0, V_CALL },
	{ "predict", 0, V_SAY },
	{ "predicted", 0, V_SAY },
	{ "predicting", 0, V_SAY },
	{ "predicts", 0, V_SAY },
	{ "premier", LEX_roles, 0 },
	{ "presenter", LEX_roles, 0 },
	{ "presidency", LEX_orgs, 0 },
	{ "president", LEX_roles, 0 },
	{ "president-elect", LEX_roles, 0 },
	{ "presidential", LEX_orgs, 0 },
	{ "presidents", LEX_roles, 0 },
	{ "press", LEX_orgs, 0 },
	{ "previously", LEX_adverbs, 0 },
	{ "priest", LEX_roles, 0 },
	{ "prime", LEX_roles, 0 },
	{ "prince", LEX_roles, 0 },
	{ "princess", LEX_roles, 0 },
	{ "pristina", LEX_countries, 0 },
	{ "privately", LEX_adverbs, 0 },
	{ "proclaim", 0, V_THAT },
	{ "proclaimed", 0, V_THAT },
	{ "proclaiming", 0, V_THAT },
	{ "proclaims", 0, V_THAT },
	{ "prof", LEX_roles | LEX_honorific, 0 },
	{ "prof.", LEX_roles | LEX_honorific, 0 },
	{ "professor", LEX_roles, 0 },
	{ "programmer", LEX_roles, 0 },
	{ "promise", 0, V_THAT|V_NOUNLIKE },
	{ "promised", 0, V_THAT },
	{ "promises", 0, V_THAT|V_NOUNLIKE },
	{ "promising", 0, V_THAT },
	{ "proposal", LEX_possnouns, 0 },
	{ "protesters", LEX_many, 0 },
	{ "publicly", LEX_adverbs, 0 },
	{ "put", LEX_phrasal, 0 },
	{ "pvt.", LEX_roles | LEX_rank, 0 },
	{ "qatar", LEX_countries, 0 },
	{ "queen", LEX_roles, 0 },
	{ "quickly", LEX_adverbs, 0 },
	{ "quipped", 0, V_SAY },
	{ "quoted", 0, V_QUOTE },
	{ "quoting", 0, V_QUOTE },
	{ "rada", LEX_orgs, 0 },
	{ "read", LEX_function_words, V_READ },
	{ "readout", LEX_docs, 0 },
	{ "reads", 0, V_READ },
	{ "reaffirm", 0, V_THAT },
	{ "reaffirmed", 0, V_THAT },
	{ "reaffirming", 0, V_THAT },
	{ "reaffirms", 0, V_THAT },
	{ "reassured", 0, V_TELL },
	{ "recall", 0, V_SAY },
	{ "recalled", 0, V_SAY },
	{ "recalling", 0, V_SAY },
	{ "recalls", 0, V_SAY },
	{ "recently", LEX_adverbs, 0 },
	{ "reckoned", 0, V_SAY },
	{ "recommend", 0, V_THAT },
	{ "recommended", 0, V_THAT },
	{ "recommends", 0, V_THAT },
	{ "regarding", LEX_not_participles, 0 },
	{ "reiterate", 0, V_SAY },
	{ "reiterated", 0, V_SAY },
	{ "reiterates", 0, V_SAY },
	{ "reiterating", 0, V_SAY },
	{ "rejected", 0, V_CALL },
	{ "remark", 0, V_SAY|V_NOUNLIKE },
	{ "remarked", 0, V_SAY },
	{ "remarks", LEX_possnouns, 0 },
	{ "reminded", 0, V_TELL },
	{ "rep.", LEX_roles, 0 },
	{ "repeated", 0, V_SAY },
	{ "repeatedly", LEX_adverbs, 0 },
	{ "repeats", 0, V_SAY },
	{ "replied", 0, V_SAY },
	{ "replies", 0, V_SAY|V_NOUNLIKE },
	{ "reply", 0, V_SAY|V_NOUNLIKE },
	{ "replying", 0, V_SAY },
	{ "report", LEX_docs, V_SAY|V_NOUNLIKE },
	{ "reported", 0, V_SAY },
	{ "reportedly", LEX_adverbs, 0 },
	{ "reporting", 0, V_SAY },
	{ "reports", 0, V_SAY|V_NOUNLIKE },
	{ "representative", LEX_roles, 0 },
	{ "reps.", LEX_roles, 0 },
	{ "republic", LEX_orgs, 0 },
	{ "republicans", LEX_many, 0 },
	{ "researcher", LEX_roles, 0 },
	{ "reservist", LEX_roles, 0 },
	{ "resident", LEX_roles, 0 },
	{ "residents", LEX_many, 0 },
	{ "resolution", LEX_docs, 0 },
	{ "respond", 0, V_SAY },
	{ "responded", 0, V_SAY },
	{ "responding", 0, V_SAY },
	{ "responds", 0, V_SAY },
	{ "retiree", LEX_roles, 0 },
	{ "retort", 0, V_SAY },
	{ "retorted", 0, V_SAY },
	{ "retorts", 0, V_SAY },
	{ "rev", LEX_roles | LEX_honorific, 0 },
	{ "rev.", LEX_roles | LEX_honorific, 0 },
	{ "reveal", 0, V_THAT },
	{ "revealed", 0, V_THAT },
	{ "revealing", 0, V_THAT },
	{ "reveals", 0, V_THAT },
	{ "reverend", LEX_roles | LEX_honorific, 0 },
	{ "reykjavik", LEX_countries, 0 },
	{ "riga", LEX_countries, 0 },
	{ "riigikogu", LEX_orgs, 0 },
	{ "riksdag", LEX_orgs, 0 },
	{ "ring", LEX_not_participles, 0 },
	{ "riyadh", LEX_countries, 0 },
	{ "romania", LEX_countries, 0 },
	{ "romanian", LEX_demonyms, 0 },
	{ "rome", LEX_countries, 0 },
	{ "rt", LEX_roles | LEX_honorific, 0 },
	{ "rt.", LEX_roles | LEX_honorific, 0 },
	{ "rule", LEX_phrasal, 0 },
	{ "ruled", LEX_phrasal, 0 },
	{ "ruler", LEX_roles, 0 },
	{ "rules", LEX_phrasal, 0 },
	{ "ruling", LEX_roles | LEX_docs, 0 },
	{ "russia", LEX_countries, 0 },
	{ "russian", LEX_demonyms, 0 },
	{ "russians", LEX_many, 0 },
	{ "saeima", LEX_orgs, 0 },
	{ "said", 0, V_SAY },
	{ "sarajevo", LEX_countries, 0 },
	{ "saturday", LEX_time_words, 0 },
	{ "say", 0, V_SAY },
	{ "saying", 0, V_SAY },
	{ "says", 0, V_SAY },
	{ "sayyid", LEX_roles | LEX_honorific, 0 },
	{ "scandinavian", LEX_extra_demonyms, 0 },
	{ "scholar", LEX_roles, 0 },
	{ "scientist", LEX_roles, 0 },
	{ "scoffed", 0, V_SAY },
	{ "scoffs", 0, V_SAY },
	{ "scotland", LEX_countries, 0 },
	{ "second", LEX_function_words, 0 },
	{ "secretariat", LEX_orgs, 0 },
	{ "secretary", LEX_roles, 0 },
	{ "secretary-general", LEX_roles, 0 },
	{ "seimas", LEX_orgs, 0 },
	{ "sejm", LEX_orgs, 0 },
	{ "sen.", LEX_roles, 0 },
	{ "senator", LEX_roles, 0 },
	{ "senators", LEX_roles | LEX_many, 0 },
	{ "sens.", LEX_roles, 0 },
	{ "seoul", LEX_countries, 0 },
	{ "separately", LEX_adverbs, 0 },
	{ "september", LEX_time_words, 0 },
	{ "serb", LEX_extra_demonyms, 0 },
	{ "serbia", LEX_countries, 0 },
	{ "serbian", LEX_demonyms, 0 },
	{ "sergeant", LEX_roles | LEX_rank, 0 },
	{ "seri", LEX_roles | LEX_honorific, 0 },
	{ "service", LEX_orgs, 0 },
	{ "services", LEX_orgs, 0 },
	{ "seven", LEX_function_words, 0 },
	{ "seventeen", LEX_function_words, 0 },
	{ "seventy", LEX_function_words, 0 },
	{ "several", LEX_function_words | LEX_clause_words, 0 },
	{ "seyed", LEX_roles | LEX_honorific, 0 },
	{ "seyyed", LEX_roles | LEX_honorific, 0 },
	{ "sgt.", LEX_roles | LEX_rank, 0 },
	{ "shadow", LEX_roles, 0 },
	{ "shall", LEX_function_words, 0 },
	{ "she", LEX_function_words | LEX_clause_words, 0 },
	{ "sheikh", LEX_roles, 0 },
	{ "shopkeeper", LEX_roles, 0 },
	{ "shot", LEX_phrasal, 0 },
	{ "should", LEX_function_words | LEX_aux, 0 },
	{ "shouted", 0, V_SAY },
	{ "side", LEX_orgs, 0 },
	{ "sighed", 0, V_SAY },
	{ "signaled", 0, V_SAY },
	{ "signalled", 0, V_SAY },
	{ "similarly", LEX_adverbs, 0 },
	{ "simply", LEX_adverbs, 0 },
	{ "since", LEX_function_words | LEX_fstop_words | LEX_subord, 0 },
	{ "sing", LEX_not_participles, 0 },
	{ "sir", LEX_roles | LEX_honorific, 0 },
	{ "sister", LEX_roles, 0 },
	{ "six", LEX_function_words, 0 },
	{ "sixteen", LEX_function_words, 0 },
	{ "sixty", LEX_function_words, 0 },
	{ "skopje", LEX_countries, 0 },
	{ "slammed", 0, V_CALL },
	{ "slovak", LEX_demonyms, 0 },
	{ "slovakia", LEX_countries, 0 },
	{ "slovenia", LEX_countries, 0 },
	{ "slovenian", LEX_demonyms, 0 },
	{ "snapped", LEX_phrasal, 0 },
	{ "sneered", 0, V_SAY },
	{ "so", LEX_function_words, 0 },
	{ "society", LEX_orgs, 0 },
	{ "sofia", LEX_countries, 0 },
	{ "soldier", LEX_roles, 0 },
	{ "some", LEX_function_words | LEX_clause_words, 0 },
	{ "something", LEX_not_participles, 0 },
	{ "son", LEX_roles, 0 },
	{ "source", LEX_roles, 0 },
	{ "sources", LEX_many, 0 },
	{ "south", LEX_compass, 0 },
	{ "soviet", LEX_extra_demonyms, 0 },
	{ "spain", LEX_countries, 0 },
	{ "spanish", LEX_demonyms, 0 },
	{ "spc.", LEX_roles | LEX_rank, 0 },
	{ "speaker", LEX_roles, 0 },
	{ "special", LEX_roles, 0 },
	{ "specified", 0, V_THAT },
	{ "specifies", 0, V_THAT },
	{ "spokesman", LEX_roles, 0 },
	{ "spokespeople", LEX_roles, 0 },
	{ "spokesperson", LEX_roles, 0 },
	{ "spokeswoman", LEX_roles, 0 },
	{ "spring", LEX_not_participles, 0 },
	{ "srpska", LEX_countries, 0 },
	{ "staff", LEX_orgs, 0 },
	{ "state", LEX_roles, 0 },
	{ "stated", 0, V_SAY },
	{ "statement", LEX_docs | LEX_possnouns, 0 },
	{ "statements", LEX_docs | LEX_possnouns, 0 },
	{ "states", LEX_orgs, V_SAY|V_NOUNLIKE },
	{ "stating", 0, V_SAY },
	{ "still", LEX_function_words | LEX_adverbs, 0 },
	{ "stockholm", LEX_countries, 0 },
	{ "storting", LEX_orgs, 0 },
	{ "stortinget", LEX_orgs, 0 },
	{ "strasbourg", LEX_countries, 0 },
	{ "stress", 0, V_SAY|V_NOUNLIKE },
	{ "stressed", 0, V_SAY },
	{ "stresses", 0, V_SAY },
	{ "stressing", 0, V_SAY },
	{ "string", LEX_not_participles, 0 },
	{ "student", LEX_roles, 0 },
	{ "subsequently", LEX_adverbs, 0 },
	{ "such", LEX_function_words | LEX_clause_words, 0 },
	{ "suggest", 0, V_THAT },
	{ "suggested", 0, V_THAT },
	{ "suggesting", 0, V_THAT },
	{ "suggests", 0, V_THAT },
	{ "summit", LEX_orgs, 0 },
	{ "sunday", LEX_time_words, 0 },
	{ "supporters", LEX_many, 0 },
	{ "sweden", LEX_countries, 0 },
	{ "swedes", LEX_many, 0 },
	{ "swedish", LEX_demonyms, 0 },
	{ "swiss", LEX_demonyms, 0 },
	{ "switzerland", LEX_countries, 0 },
	{ "syria", LEX_countries, 0 },
	{ "syrian", LEX_demonyms, 0 },
	{ "taiwan", LEX_countries, 0 },
	{ "tallinn", LEX_countries, 0 },
	{ "tanaiste", LEX_roles, 0 },
	{ "taoiseach", LEX_roles, 0 },
	{ "tashkent", LEX_countries, 0 },
	{ "taunted", 0, V_CALL },
	{ "tbilisi", LEX_countries, 0 },
	{ "td", LEX_roles, 0 },
	{ "teacher", LEX_roles, 0 },
	{ "team", LEX_orgs, 0 },
	{ "tehran", LEX_countries, 0 },
	{ "tell", 0, V_TELL },
	{ "telling", 0, V_TELL },
	{ "tells", 0, V_TELL },
	{ "ten", LEX_function_words | LEX_particles, 0 },
	{ "ter", LEX_particles, 0 },
	{ "termed", 0, V_CALL },
	{ "than", LEX_fstop_words, 0 },
	{ "that", LEX_function_words | LEX_fstop_words, 0 },
	{ "the", LEX_function_words | LEX_clause_words, 0 },
	{ "their", LEX_function_words | LEX_clause_words | LEX_poss_dets, 0 },
	{ "them", LEX_function_words, 0 },
	{ "then", LEX_function_words | LEX_adverbs, 0 },
	{ "there", LEX_function_words | LEX_clause_words, 0 },
	{ "these", LEX_function_words | LEX_clause_words, 0 },
	{ "they", LEX_function_words | LEX_clause_words, 0 },
	{ "thing", LEX_not_participles, 0 },
	{ "third", LEX_function_words, 0 },
	{ "thirteen", LEX_function_words, 0 },
	{ "thirty", LEX_function_words, 0 },
	{ "this", LEX_function_words | LEX_clause_words, 0 },
	{ "those", LEX_function_words | LEX_clause_words, 0 },
	{ "though", LEX_function_words | LEX_subord, 0 },
	{ "thousand", LEX_function_words, 0 },
	{ "thousands", LEX_function_words, 0 },
	{ "threaten", 0, V_THAT },
	{ "threatened", 0, V_THAT },
	{ "threatening", 0, V_THAT },
	{ "threatens", 0, V_THAT },
	{ "three", LEX_function_words, 0 },
	{ "through", LEX_function_words | LEX_fstop_words, 0 },
	{ "throughout", LEX_function_words, 0 },
	{ "thundered", 0, V_SAY },
	{ "thursday", LEX_time_words, 0 },
	{ "times", LEX_orgs, 0 },
	{ "tirana", LEX_countries, 0 },
	{ "to", LEX_function_words | LEX_fstop_words, 0 },
	{ "today", LEX_function_words | LEX_time_words | LEX_adverbs, 0 },
	{ "tokyo", LEX_countries, 0 },
	{ "told", 0, V_TELL },
	{ "tomorrow", LEX_function_words | LEX_time_words, 0 },
	{ "top", LEX_roles, 0 },
	{ "toward", LEX_function_words, 0 },
	{ "towards", LEX_function_words, 0 },
	{ "transatlantic", LEX_extra_demonyms, 0 },
	{ "treaty", LEX_orgs, 0 },
	{ "trustee", LEX_roles, 0 },
	{ "tuesday", LEX_time_words, 0 },
	{ "turkey", LEX_countries, 0 },
	{ "turkish", LEX_demonyms, 0 },
	{ "turks", LEX_many, 0 },
	{ "tweet", LEX_docs, V_SAY|V_NOUNLIKE },
	{ "tweeted", 0, V_SAY },
	{ "tweeting", 0, V_SAY },
	{ "tweets", 0, V_SAY|V_NOUNLIKE },
	{ "twelve", LEX_function_words, 0 },
	{ "twenty", LEX_function_words, 0 },
	{ "two", LEX_function_words, 0 },
	{ "tánaiste", LEX_roles, 0 },
	{ "türkiye", LEX_countries, 0 },
	{ "u.s.", LEX_extra_demonyms, 0 },
	{ "uk", LEX_extra_demonyms, 0 },
	{ "ukraine", LEX_countries, 0 },
	{ "ukrainian", LEX_demonyms, 0 },
	{ "ukrainians", LEX_many, 0 },
	{ "un", LEX_extra_demonyms, 0 },
	{ "under", LEX_function_words, 0 },
	{ "underline", 0, V_THAT },
	{ "underlined", 0, V_THAT },
	{ "underlines", 0, V_THAT },
	{ "underlining", 0, V_THAT },
	{ "underscore", 0, V_THAT },
	{ "underscored", 0, V_THAT },
	{ "underscores", 0, V_THAT },
	{ "underscoring", 0, V_THAT },
	{ "union", LEX_orgs, 0 },
	{ "united", LEX_countries, 0 },
	{ "university", LEX_orgs, 0 },
	{ "until", LEX_function_words | LEX_subord, 0 },
	{ "updated", LEX_function_words, 0 },
	{ "upon", LEX_function_words, 0 },
	{ "urge", 0, V_OBJ },
	{ "urged", 0, V_OBJ },
	{ "urges", 0, V_OBJ },
	{ "urging", 0, V_OBJ },
	{ "us", LEX_extra_demonyms | LEX_function_words, 0 },
	{ "valletta", LEX_countries, 0 },
	{ "van", LEX_particles, 0 },
	{ "venezuela", LEX_countries, 0 },
	{ "veteran", LEX_roles, 0 },
	{ "via", LEX_fstop_words, 0 },
	{ "vice", LEX_roles, 0 },
	{ "vice-president", LEX_roles, 0 },
	{ "video", LEX_docs, 0 },
	{ "vienna", LEX_countries, 0 },
	{ "vietnam", LEX_countries, 0 },
	{ "vilnius", LEX_countries, 0 },
	{ "voiced", LEX_phrasal, 0 },
	{ "volunteer", LEX_roles, 0 },
	{ "von", LEX_particles, 0 },
	{ "vow", 0, V_SAY|V_NOUNLIKE },
	{ "vowed", 0, V_SAY },
	{ "vowing", 0, V_SAY },
	{ "vows", 0, V_SAY|V_NOUNLIKE },
	{ "waiter", LEX_roles, 0 },
	{ "waitress", LEX_roles, 0 },
	{ "wales", LEX_countries, 0 },
	{ "warn", 0, V_SAY },
	{ "warned", 0, V_SAY },
	{ "warning", LEX_possnouns, V_SAY|V_NOUNLIKE },
	{ "warnings", LEX_possnouns, 0 },
	{ "warns", 0, V_SAY },
	{ "warsaw", LEX_countries, 0 },
	{ "was",
	  LEX_function_words | LEX_fstop_words | LEX_adverbs | LEX_aux, 0 },
	{ "washington", LEX_countries, 0 },
	{ "we", LEX_function_words | LEX_clause_words, 0 },
	{ "website", LEX_docs, 0 },
	{ "wednesday", LEX_time_words, 0 },
	{ "week", LEX_time_words, 0 },
	{ "welcomed", 0, V_CALL },
	{ "welcomes", 0, V_CALL },
	{ "went", LEX_phrasal, 0 },
	{ "were", LEX_function_words | LEX_adverbs | LEX_aux, 0 },
	{ "west", LEX_compass, 0 },
	{ "western", LEX_extra_demonyms, 0 },
	{ "what", LEX_function_words, 0 },
	{ "when",
	  LEX_function_words | LEX_fstop_words | LEX_after_inverted |
	  LEX_subord, 0 },
	{ "where", LEX_function_words | LEX_fstop_words, 0 },
	{ "which",
	  LEX_function_words | LEX_fstop_words | LEX_after_inverted,
	  0 },
	{ "while",
	  LEX_function_words | LEX_fstop_words | LEX_after_inverted |
	  LEX_subord, 0 },
	{ "who",
	  LEX_function_words | LEX_fstop_words | LEX_after_inverted,
	  0 },
	{ "whom", LEX_function_words | LEX_fstop_words, 0 },
	{ "whose", LEX_function_words | LEX_fstop_words, 0 },
	{ "why", LEX_function_words, 0 },
	{ "wife", LEX_roles, 0 },
	{ "will",
	  LEX_function_words | LEX_fstop_words | LEX_adverbs | LEX_aux, 0 },
	{ "wing", LEX_not_participles, 0 },
	{ "with", LEX_function_words | LEX_fstop_words, 0 },
	{ "within", LEX_function_words, 0 },
	{ "without", LEX_function_words, 0 },
	{ "witnesses", LEX_many, 0 },
	{ "woman", LEX_roles, 0 },
	{ "women", LEX_many, 0 },
	{ "words", LEX_possnouns, 0 },
	{ "worker", LEX_roles, 0 },
	{ "would",
	  LEX_function_words | LEX_fstop_words | LEX_adverbs | LEX_aux, 0 },
	{ "write", 0, V_SAY },
	{ "writes", 0, V_SAY },
	{ "writing", 0, V_SAY },
	{ "written", 0, V_THAT },
	{ "wrote", 0, V_SAY },
	{ "year", LEX_time_words, 0 },
	{ "yelled", 0, V_SAY },
	{ "yemen", LEX_countries, 0 },
	{ "yerevan", LEX_countries, 0 },
	{ "yes", LEX_function_words, 0 },
	{ "yesterday", LEX_function_words | LEX_time_words | LEX_adverbs, 0 },
	{ "yet", LEX_function_words, 0 },
	{ "you", LEX_function_words | LEX_clause_words, 0 },
	{ "your", LEX_function_words, 0 },
	{ "zagreb", LEX_countries, 0 },
	{ "zu", LEX_particles, 0 },
};

enum cue_type {
	CUE_VERB,      /* a speech verb */
	CUE_ACCORDING, /* "according to X" */
	CUE_POSSNOUN,  /* "X's invitation" */
	CUE_OPINION,   /* "in his opinion," */
	CUE_PASSIVE,   /* "this was announced by X" */
	CUE_LABEL      /* "Stoltenberg: \"...\"", "\"...\" — Olaf Scholz" */
};

enum np_kind {
	NP_NONE, NP_PERSON, NP_ORG, NP_DOC, NP_DESC, NP_HE, NP_IT, NP_THEY,
	NP_HIS_OFFICE /* "his office": the office of the person he is */
};

struct cue {
	size_t pos;      /* the verb, "according", the speech noun */
	size_t first;    /* first token of the whole attribution */
	size_t np0, np1; /* subject tokens; np0 == np1 when none */
	size_t c0, c1;   /* reported clause; c0 == c1 when none */
	size_t from;     /* cue whose subject this one shares, or NONE */
	int type, cls;
	int immediate;   /* the clause starts right after the verb */
	int fronted;     /* subject after a comma: the clause may precede */
	int attached;    /* attributes a quotation */
	int kind;        /* enum np_kind of the subject */
	const char *speaker; /* owned by ctx.str; NULL until resolved */
	size_t ms, me;   /* mention bytes */
};

struct canon {
	char *key;  /* folded surname */
	unsigned long hash; /* of key */
	char *name; /* fullest name seen, its most frequent spelling */
	size_t ntok;
	int nonascii;
	size_t count;   /* times name was seen as spelt */
	char *alt;      /* another spelling as full as name, or NULL */
	size_t alt_count;
	char **role;    /* folded role words of all its titled mentions */
	size_t nrole, rolecap;
	/*
	 * Two people of one surname ("Ian Borg", "Alex Borg"): the first
	 * is the hash's entry, the others its siblings, chained by next
	 * (NONE at the end); last is the one the latest full name of the
	 * chain named, whom a surname alone means while names are read.
	 */
	size_t next, last;
	int sibling;
};

/* A person's name in the text with the titles written before it. */
struct mention {
	size_t tt0, t0, t1; /* titles [tt0, t0), name [t0, t1) */
	size_t canon;
};

/* Someone in subject position, for pronouns. */
struct event {
	size_t pos;
	const char *name;
	int person;
};

struct ctx {
	const struct article *a;
	/*
	 * Per-token arrays, kept narrow because a long article has millions
	 * of tokens and fresh memory is what it costs (issue #3's speed
	 * goal): lexicon index + 1 (0: none), and inside quotation marks.
	 */
	uint16_t *lx;
	unsigned char *inq;
	/* per paragraph, whether all its words are quoted: 0 not known
	 * yet, 1 no, 2 yes (quote_only() asks once per paragraph) */
	unsigned char *qonly;
	/* the words of countries' two-word names ("Sri Lanka"), marked
	 * once per article: no one's name */
	unsigned char *cty2;
	struct cue *cue;
	size_t ncue, cuecap;
	struct canon *canon;
	size_t ncanon, canoncap;
	size_t *slot;   /* hash index of canon: 1 + index, 0 empty */
	size_t nslot;   /* a power of two, at least twice ncanon */
	struct mention *men;
	size_t nmen, mencap;
	struct event *ev;
	size_t nev, evcap;
	char **str;
	size_t nstr, strcap;
	const char *last_doc;
	struct sbuf key;
	/* countries the article names "the Hungarian government" and "the
	 * Finnish presidential office" for; filled by scan_bodies() */
	const struct demonym *gov[8], *pres[8];
	size_t ngov, npres;
	int nato; /* the article names NATO: "the alliance" is NATO */
	/* the last initials initials_person() looked up ("RA") and
	 * whom they named, so that a long interview reads the names
	 * once, not once per answer */
	char ini_memo[8];
	const char *ini_name;
	/* the surnames caps_full_name() looked up and what it found
	 * (NULL: nothing), so that a transcript asks once per person */
	char cfn_word[8][32];
	const char *cfn_name[8];
	size_t ncfn;
	int eu;   /* the article names the EU ("the bloc" is the EU): 1,
		     0, or -1 until a bloc asks */
	/* a list of quotations under name lines ("Mark Rutte, NATO
	 * Secretary-General", then his quotations): 1, 0, or -1 until a
	 * quotation asks */
	int headed;
	/* what the article tells of people's sex: "Mr."/"Ms." before a
	 * name, a "he" or "she" resolved to them ('m', 'f', 'x' both) */
	const char *gname[64];
	char gsex[64];
	size_t ng;
};

/* ---- lexicon look-ups ---- */

static int cmp_demonym(const void *k, const void *e)
{
	return strcmp(*(const char *const *)k,
		      ((const struct demonym *)e)->adj);
}

/* Lower-case ASCII copy of token i without its possessive; "" if long. */
static const char *lower(const struct ctx *c, size_t i, char *buf, size_t cap)
{
	const struct article_tok *t = &c->a->tok[i];
	size_t n = ARTICLE_BASE_END(t) - t->start, k;

	if (!(t->flags & ARTICLE_WORD) || n >= cap) {
		buf[0] = '\0';
		return buf;
	}
	for (k = 0; k < n; k++) {
		char ch = c->a->text[t->start + k];

		buf[k] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
	}
	buf[n] = '\0';
	return buf;
}

/* strcmp() without the call: lexicon words are a few bytes long. */
static int cmp_word(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

/* Binary search of lexicon[lo, hi) for k. */
static const struct lexword *find_word_in(const char *k, size_t lo, size_t hi)
{
	size_t mid;
	int d;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		d = cmp_word(k, lexicon[mid].word);
		if (!d)
			return &lexicon[mid];
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

_Static_assert(N(lexicon) < UINT16_MAX, "lexicon indices are 16 bits");

const char *speaker_lexicon_unsorted(void)
{
	size_t k;

	for (k = 1; k < N(lexicon); k++)
		if (strcmp(lexicon[k - 1].word, lexicon[k].word) >= 0)
			return lexicon[k].word;
	return NULL;
}

/*
 * Every token's lexicon entry. This runs once per token and was the
 * largest cost of extraction, so the sorted lexicon is first cut by
 * first byte (words starting with b are lexicon[first[b], first[b + 1]),
 * a pass over ~800 words per article), and a token whose first letter
 * starts no word is never copied or searched.
 */
/* Whether s[0..n) holds a byte past ASCII and no ASCII lower case. */
static int all_caps_high(const char *s, size_t n)
{
	int high = 0;

	for (; n--; s++) {
		if (*s >= 'a' && *s <= 'z')
			return 0;
		high |= (unsigned char)*s >= 0x80;
	}
	return high;
}

static void look_up_words(struct ctx *c)
{
	size_t first[257], i, k, n, b;
	char buf[32];
	const struct lexword *w;
	const struct article_tok *t;
	const char *s;

	for (b = 0, k = 0; b < 256; b++) {
		while (k < N(lexicon) && (unsigned char)lexicon[k].word[0] < b)
			k++;
		first[b] = k;
	}
	first[256] = N(lexicon);
	c->lx = xcalloc(c->a->ntok + 1, sizeof(*c->lx));
	for (i = 0; i < c->a->ntok; i++) {
		t = &c->a->tok[i];
		n = ARTICLE_BASE_END(t) - t->start;
		if (!(t->flags & ARTICLE_WORD) || !n || n >= sizeof(buf))
			continue;
		s = c->a->text + t->start;
		b = (unsigned char)s[0];
		if (b >= 'A' && b <= 'Z')
			b += 'a' - 'A';
		if (first[b] == first[b + 1])
			continue;
		for (k = 0; k < n; k++)
			buf[k] = s[k] >= 'A' && s[k] <= 'Z' ?
				 (char)(s[k] - 'A' + 'a') : s[k];
		buf[n] = '\0';
		if ((w = find_word_in(buf, first[b], first[b + 1])))
			c->lx[i] = (uint16_t)(w - lexicon + 1);
		/* "TÁNAISTE": capitals past ASCII, folded in full */
		else if ((t->flags & ARTICLE_CAP) && all_caps_high(s, n)) {
			sbuf_reset(&c->key);
			article_fold(&c->key, s, n);
			b = (unsigned char)c->key.buf[0];
			if (c->key.len && first[b] < first[b + 1] &&
			    (w = find_word_in(c->key.buf, first[b],
					      first[b + 1])))
				c->lx[i] = (uint16_t)(w - lexicon + 1);
		}
	}
}

#define LX(c, i) (&lexicon[(c)->lx[i] - 1])
#define IN(c, i, list) ((c)->lx[i] && (LX(c, i)->lists & LEX_##list))

static int verb_class(const struct ctx *c, size_t i)
{
	if (!c->lx[i] || (c->a->tok[i].flags & ARTICLE_POSS))
		return 0;
	return LX(c, i)->cls;
}

static const struct demonym *demonym_of(const struct ctx *c, size_t i)
{
	char buf[32];
	const char *k;

	if (!IN(c, i, demonyms))
		return NULL;
	k = lower(c, i, buf, sizeof(buf));
	return bsearch(&k, demonyms, N(demonyms), sizeof(*demonyms),
		       cmp_demonym);
}

static const struct article_tok *T(const struct ctx *c, size_t i)
{
	return &c->a->tok[i];
}

static int is_word(const struct ctx *c, size_t i)
{
	return (T(c, i)->flags & ARTICLE_WORD) != 0;
}

static int is_cap(const struct ctx *c, size_t i)
{
	return (T(c, i)->flags & ARTICLE_CAP) != 0;
}

/* Whether a line ends between token i and the one before it. */
static int line_break_before(const struct ctx *c, size_t i)
{
	return i > 0 && memchr(c->a->text + T(c, i - 1)->end, '\n',
			       T(c, i)->start - T(c, i - 1)->end) != NULL;
}

static int is_lowerword(const struct ctx *c, size_t i)
{
	return is_word(c, i) && !(T(c, i)->flags & (ARTICLE_CAP |
						    ARTICLE_DIGIT));
}

static int is(const struct ctx *c, size_t i, const char *w)
{
	return article_is(c->a, i, w);
}

static int is_closing_mark(const struct ctx *c, size_t i)
{
	if (T(c, i)->punct != 'q' || c->inq[i] == INQ_OPEN)
		return 0;
	return c->inq[i] == INQ_CLOSE || !(T(c, i)->flags & ARTICLE_OPEN);
}

static int is_lexicon(const struct ctx *c, size_t i)
{
	return IN(c, i, roles) || IN(c, i, orgs) || IN(c, i, docs) ||
	       IN(c, i, countries) || demonym_of(c, i) ||
	       IN(c, i, extra_demonyms) || IN(c, i, function_words) ||
	       IN(c, i, time_words) || verb_class(c, i);
}

/*
 * A lower-case particle of a surname ("von der Leyen", "Van der Bellen",
 * "de Gaulle"): one of a short list, followed within its sentence by at
 * most one more particle and then a capitalised word outside the
 * lexicons. It is then part of the name, so that the name keeps it and
 * its surname is not a name of its own.
 */
static int is_particle_word(const struct ctx *c, size_t i)
{
	char f = c->a->text[T(c, i)->start];

	/* as written: a particle is lower case ("Van" opens a name) */
	return IN(c, i, particles) && f >= 'a' && f <= 'z';
}

static int is_particle(const struct ctx *c, size_t i)
{
	size_t j = i + 1;
	const struct article_tok *t;

	if (!is_particle_word(c, i))
		return 0;
	if (j < c->a->ntok && is_particle_word(c, j))
		j++;
	if (j >= c->a->ntok || T(c, j)->sent != T(c, i)->sent)
		return 0;
	t = T(c, j);
	return (t->flags & (ARTICLE_WORD | ARTICLE_CAP)) ==
	       (ARTICLE_WORD | ARTICLE_CAP) && !(t->flags & ARTICLE_ACRONYM) &&
	       !is_lexicon(c, j);
}

/* "Then-President", "ex-Minister": a title word after "then-" or "ex-" */
static int hyphen_title(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);
	const char *w = c->a->text + t->start;
	size_t n = ARTICLE_BASE_END(t) - t->start;

	/* and "Vice-Chancellor Andreas Babler" */
	return (n > 5 && w[4] == '-' && !strncasecmp(w, "then-", 5)) ||
	       (n > 3 && w[2] == '-' && !strncasecmp(w, "ex-", 3)) ||
	       (n > 5 && w[4] == '-' && !strncasecmp(w, "vice-", 5));
}

/*
 * "R-S.C.", "D-N.Y.", "I-Vt.": a U.S. legislator's party and state, set
 * off by commas after the name.
 */
static int party_tag(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);
	const char *w = c->a->text + t->start;

	return t->end - t->start >= 3 && (w[0] == 'R' || w[0] == 'D' ||
					   w[0] == 'I') &&
	       w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z';
}

/*
 * "J.D. Vance": two or three initials with their full stops before a
 * name word (not "U.S.", "U.K.", "E.U.", "U.N.").
 */
static int initials(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);
	const char *w = c->a->text + t->start;
	size_t n = t->end - t->start, k;

	if (i + 1 >= c->a->ntok || T(c, i + 1)->sent != t->sent)
		return 0;
	/* "Vice President JD Vance": two capitals without full stops,
	 * after a title or opening the sentence, no word of the lexicon */
	if (n == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' &&
	    w[1] <= 'Z' && !is_lexicon(c, i) &&
	    (i == 0 || T(c, i - 1)->sent != t->sent ||
	     (IN(c, i - 1, roles) && is_cap(c, i - 1)))) {
		t = T(c, i + 1);
		return (t->flags & (ARTICLE_WORD | ARTICLE_CAP)) ==
		       (ARTICLE_WORD | ARTICLE_CAP) &&
		       !(t->flags & ARTICLE_ACRONYM) && !is_lexicon(c, i + 1) &&
		       !IN(c, i + 1, adverbs);
	}
	if (n != 4 && n != 6)
		return 0;
	for (k = 0; k < n; k += 2)
		if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.')
			return 0;
	if (n == 4 && (w[0] == 'U' || w[0] == 'E') &&
	    (w[2] == 'S' || w[2] == 'K' || w[2] == 'U' || w[2] == 'N'))
		return 0;
	t = T(c, i + 1);
	return (t->flags & (ARTICLE_WORD | ARTICLE_CAP)) ==
	       (ARTICLE_WORD | ARTICLE_CAP) && !(t->flags & ARTICLE_ACRONYM) &&
	       !is_lexicon(c, i + 1);
}

/* "al-Sharaa", "el-Sisi": an Arabic article joined to a name. */
static int article_name(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);
	const char *w = c->a->text + t->start;

	return (t->flags & ARTICLE_WORD) && t->end - t->start >= 5 &&
	       (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && w[2] == '-' &&
	       w[3] >= 'A' && w[3] <= 'Z';
}

/* A word that can be part of a person's name. */
static int first_name_country(const struct ctx *c, size_t i)
{
	const struct article_tok *n;

	char f = c->a->text[T(c, i)->start];

	if ((f != 'J' && f != 'I' && f != 'C') ||
	    !(is(c, i, "jordan") || is(c, i, "israel") || is(c, i, "chad")) ||
	    i + 2 >= c->a->ntok || (T(c, i)->flags & ARTICLE_POSS) ||
	    (i > 0 && T(c, i - 1)->sent == T(c, i)->sent &&
	     (is(c, i - 1, "of") || is(c, i - 1, "in") || is(c, i - 1, "to") ||
	      is(c, i - 1, "from") || is(c, i - 1, "the") ||
	      is(c, i - 1, "and"))))
		return 0;
	n = T(c, i + 1);
	return n->sent == T(c, i)->sent &&
	       (n->flags & (ARTICLE_WORD | ARTICLE_CAP | ARTICLE_ACRONYM)) ==
		       (ARTICLE_WORD | ARTICLE_CAP) &&
	       !is_lexicon(c, i + 1) && !is_cap(c, i + 2);
}

/* Whether capitalised word i is the place of a peer's title, up to
 * three words after "Lord Robertson of". */
static int peer_place(const struct ctx *c, size_t i)
{
	size_t k;

	for (k = i; k >= 3 && i - k < 3; k--) {
		if (IN(c, k - 3, honorific) && is(c, k - 1, "of") &&
		    is_cap(c, k - 2))
			return 1;
		if (!is_cap(c, k - 1) || !is_word(c, k - 1))
			return 0;
	}
	return 0;
}

static int first_person(const struct ctx *c, size_t i);

/* Whether word i opens with two or more capitals and a hyphen. */
static int acronym_hyphen(const struct ctx *c, size_t i)
{
	const char *w = c->a->text + T(c, i)->start;
	size_t n = T(c, i)->end - T(c, i)->start, k;

	for (k = 0; k < n && w[k] >= 'A' && w[k] <= 'Z'; k++)
		;
	return k >= 2 && k + 1 < n && w[k] == '-';
}

/*
 * Marks in c->cty2 the words of countries' two-word names the lexicon
 * of single words cannot hold ("Ambassador to Sri Lanka Gennady
 * Bezdetko", "Việt Nam"): no one's name. One pass per article, as
 * is_name_tok() asks of every word many times.
 */
static void mark_two_word_countries(struct ctx *c)
{
	static const char *const pairs[][2] = {
		{ "sri", "lanka" },	 { "viet", "nam" },
		{ "vi\xe1\xbb\x87t", "nam" }, { "costa", "rica" },
		{ "el", "salvador" },	 { "san", "marino" },
		{ "hong", "kong" },	 { "saudi", "arabia" },
		{ "new", "zealand" },	 { "puerto", "rico" },
		{ "cabo", "verde" },
	};
	size_t i, k;

	c->cty2 = xcalloc(c->a->ntok + 1, 1);
	for (i = 0; i + 1 < c->a->ntok; i++) {
		/* (the cheap tests first: a capital of the first words'
		 * and a short word) */
		const char *w = c->a->text + T(c, i)->start;

		if (!(T(c, i)->flags & ARTICLE_CAP) ||
		    T(c, i)->end - T(c, i)->start > 6 ||
		    !strchr("SVCEHNP", w[0]) ||
		    !(T(c, i + 1)->flags & ARTICLE_CAP) ||
		    T(c, i + 1)->sent != T(c, i)->sent)
			continue;
		for (k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
			if (is(c, i, pairs[k][0]) && is(c, i + 1, pairs[k][1])) {
				c->cty2[i] = c->cty2[i + 1] = 1;
				break;
			}
	}
}

static int is_name_tok(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);

	if ((t->flags & (ARTICLE_WORD | ARTICLE_CAP)) !=
	    (ARTICLE_WORD | ARTICLE_CAP) || (t->flags & ARTICLE_ACRONYM))
		return (t->flags & ARTICLE_ACRONYM) ? initials(c, i) :
		       is_particle(c, i) ||
		       (t->end - t->start >= 5 &&
			c->a->text[t->start + 2] == '-' && article_name(c, i));
	/* "Then-President George W. Bush", "ex-Prime Minister": a title */
	if (hyphen_title(c, i))
		return 0;
	/* "officials I've spoken to", "I'm": the first person; "RBC-
	 * Ukraine", "TVN-24": an outlet's initials, then a word (a byte
	 * first: most names are neither) */
	if ((c->a->text[t->start] == 'I' || c->a->text[t->start] == 'W') &&
	    first_person(c, i))
		return 0;
	if (t->end - t->start > 3 && c->a->text[t->start + 1] >= 'A' &&
	    c->a->text[t->start + 1] <= 'Z' && acronym_hyphen(c, i))
		return 0;
	/* "North Macedonia", "South Africa": part of the country's name */
	if (IN(c, i, compass) && i + 1 < c->a->ntok &&
	    T(c, i + 1)->sent == t->sent && IN(c, i + 1, countries))
		return 0;
	if (c->cty2[i])
		return 0;
	/* "Sgt. 1st Class Marcus Hale": a rank's words */
	if (i > 0 && (T(c, i - 1)->flags & ARTICLE_DIGIT) && is(c, i, "class"))
		return 0;
	/* "Baroness Ashton of Upholland", "Lord Robertson of Port
	 * Ellen": a peer's place, no name */
	if (peer_place(c, i))
		return 0;
	/* "Jordan Bardella", "Israel Katz": a country that is also a
	 * first name, before a surname the lexicon does not know */
	if (IN(c, i, countries) && first_name_country(c, i))
		return 1;
	/* "Prime Minister Luís Montenegro": a country as the surname
	 * after a first name the lexicon does not know */
	if (IN(c, i, countries) && i > 0 && T(c, i - 1)->sent == t->sent &&
	    is_word(c, i - 1) && is_cap(c, i - 1) &&
	    !(T(c, i - 1)->flags & ARTICLE_ACRONYM) &&
	    !is_lexicon(c, i - 1) && !IN(c, i - 1, adverbs) &&
	    !(T(c, i - 1)->flags & ARTICLE_POSS) &&
	    i - 1 > c->a->para[t->para].tok0 &&
	    (is_lexicon(c, i - 2) || is_lowerword(c, i - 2)) &&
	    !IN(c, i - 2, function_words))
		return 1;
	/* "Separately, Kremlin spokesman ...": an adverb, capitalised */
	return !is_lexicon(c, i) && !IN(c, i, adverbs);
}

static int is_he(const struct ctx *c, size_t i)
{
	return is(c, i, "he") || is(c, i, "she") || is(c, i, "him") ||
	       is(c, i, "his") || is(c, i, "her");
}

static int is_it(const struct ctx *c, size_t i)
{
	return is(c, i, "it") || is(c, i, "its");
}

static int is_they(const struct ctx *c, size_t i)
{
	return is(c, i, "they") || is(c, i, "them") || is(c, i, "their") ||
	       is(c, i, "we") || is(c, i, "i");
}

/* "I", "we", "I've", "we'd": the first person */
static int first_person(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);
	const char *w = c->a->text + t->start;
	size_t n = t->end - t->start;

	if (is(c, i, "i") || is(c, i, "we"))
		return 1;
	if ((n > 2 && (w[0] == 'I' && (w[1] == '\'' ||
					!strncmp(w + 1, "\xe2\x80\x99", 3)))) ||
	    (n > 3 && (w[0] == 'w' || w[0] == 'W') && w[1] == 'e' &&
	     (w[2] == '\'' || !strncmp(w + 2, "\xe2\x80\x99", 3))))
		return 1;
	return 0;
}

static int is_pronoun(const struct ctx *c, size_t i)
{
	return is_he(c, i) || is_it(c, i) || is_they(c, i);
}

/* "a", "an" or "one" before an unnamed source ("one official said") */
static int is_indef(const struct ctx *c, size_t i)
{
	return is(c, i, "a") || is(c, i, "an") || is(c, i, "one") ||
	       is(c, i, "another");
}

static int is_det(const struct ctx *c, size_t i)
{
	return is(c, i, "the") || is(c, i, "a") || is(c, i, "an") ||
	       IN(c, i, poss_dets);
}

/* A word of a subject noun phrase, read backwards from its verb. */
/* Whether token i is the number 10 (of "No 10"). */
static int is_ten(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);

	return (t->flags & ARTICLE_DIGIT) && t->end - t->start == 2 &&
	       !memcmp(c->a->text + t->start, "10", 2);
}

/* "60-year-old": an age describes someone. */
static int age_word(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);

	return (t->flags & ARTICLE_DIGIT) && t->end - t->start > 9 &&
	       !memcmp(c->a->text + t->end - 9, "-year-old", 9);
}

static int is_np_word(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);

	if (!(t->flags & ARTICLE_WORD))
		return 0;
	if (is_particle(c, i) || article_name(c, i))
		return 1;
	/* "No 10", "Number 10": Downing Street */
	if (is_ten(c, i) && i > 0 && is_cap(c, i - 1) &&
	    (is(c, i - 1, "no") || is(c, i - 1, "number")))
		return 1;
	/* "US officials": the country, not the pronoun */
	if ((t->flags & ARTICLE_ACRONYM) && IN(c, i, extra_demonyms) &&
	    !c->a->para[t->para].headline)
		return 1;
	if (IN(c, i, function_words) || IN(c, i, time_words) ||
	    IN(c, i, adverbs))
		return (t->flags & ARTICLE_CAP) && i + 1 < c->a->ntok &&
		       is_ten(c, i + 1) && is(c, i, "no");
	if (age_word(c, i))
		return 1;
	/* "The United States said": a body's word, though "states" is
	 * also a verb */
	if ((t->flags & ARTICLE_CAP) || (t->flags & ARTICLE_POSS))
		return !verb_class(c, i) || IN(c, i, orgs);
	return IN(c, i, roles) || IN(c, i, orgs) || IN(c, i, docs);
}

static const char *keep(struct ctx *c, char *s)
{
	c->str = xgrow(c->str, &c->strcap, c->nstr + 1, sizeof(*c->str));
	c->str[c->nstr++] = s;
	return s;
}

static const char *keep_span(struct ctx *c, size_t start, size_t end)
{
	return keep(c, xstrndup(c->a->text + start, end - start));
}

/* ---- names ---- */

static size_t sent0(const struct ctx *c, size_t i)
{
	return c->a->sent[T(c, i)->sent].tok0;
}

/* End of the sentence holding token i; i itself past the last token. */
static size_t sent1(const struct ctx *c, size_t i)
{
	if (i >= c->a->ntok)
		return i;
	return c->a->sent[T(c, i)->sent].tok1;
}

static int headline(const struct ctx *c, size_t i)
{
	return c->a->para[T(c, i)->para].headline;
}

/* Longest run of name words ending at i (inclusive): its first token. */
static size_t run_start(const struct ctx *c, size_t i, size_t lo)
{
	while (i > lo && is_name_tok(c, i - 1) &&
	       !(T(c, i - 1)->flags & ARTICLE_POSS) && i - 1 >= lo)
		i--;
	return i;
}

static void fold_key(struct ctx *c, size_t i)
{
	sbuf_reset(&c->key);
	article_fold(&c->key, c->a->text + T(c, i)->start,
		     ARTICLE_BASE_END(T(c, i)) - T(c, i)->start);
}

static unsigned long hash(const char *s)
{
	unsigned long h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

/* Slot of key in the hash index: where it is, or the empty slot where
 * it would go. Linear probing; the index is never more than half full. */
static size_t canon_slot(const struct ctx *c, const char *key,
			 unsigned long h)
{
	size_t i = h & (c->nslot - 1), k;

	while ((k = c->slot[i]) &&
	       (c->canon[k - 1].hash != h || strcmp(c->canon[k - 1].key, key)))
		i = (i + 1) & (c->nslot - 1);
	return i;
}

/* A hash index, not a scan: an article may name thousands of people. */
static size_t canon_find(const struct ctx *c, const char *key)
{
	size_t i;

	if (!c->nslot)
		return NONE;
	i = canon_slot(c, key, hash(key));
	return c->slot[i] ? c->slot[i] - 1 : NONE;
}

static void canon_index(struct ctx *c, size_t k)
{
	size_t j;

	if (2 * (c->ncanon + 1) > c->nslot) {
		free(c->slot);
		c->nslot = c->nslot ? 2 * c->nslot : 64;
		c->slot = xcalloc(c->nslot, sizeof(*c->slot));
		for (j = 0; j < k; j++)
			if (!c->canon[j].sibling)
				c->slot[canon_slot(c, c->canon[j].key,
						   c->canon[j].hash)] = j + 1;
	}
	c->slot[canon_slot(c, c->canon[k].key, c->canon[k].hash)] = k + 1;
}

/*
 * Another sighting of an entry's name as full as its own: the spelling
 * seen most often wins ("Jens Stoltenberg" three times over one "Jen
 * Stoltenberg"), the first on a tie; a third spelling is not counted.
 */
static void canon_count(struct canon *e, const char *s, size_t n)
{
	char *t;
	size_t tc;

	if (strlen(e->name) == n && !memcmp(e->name, s, n)) {
		e->count++;
		return;
	}
	if (!e->alt) {
		e->alt = xstrndup(s, n);
		e->alt_count = 1;
		return;
	}
	if (strlen(e->alt) != n || memcmp(e->alt, s, n))
		return;
	if (++e->alt_count > e->count) {
		t = e->name, e->name = e->alt, e->alt = t;
		tc = e->count, e->count = e->alt_count, e->alt_count = tc;
	}
}

static int has_nonascii(const char *s, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if ((unsigned char)s[k] >= 0x80)
			return 1;
	return 0;
}

/* The first word of name (up to a space), its length in *n. */
static const char *first_word(const char *name, size_t *n)
{
	const char *sp = strchr(name, ' ');

	*n = sp ? (size_t)(sp - name) : strlen(name);
	return name;
}

/*
 * Whether full names a and b (of one surname) may be one person: the
 * same first word, an initial of it ("J. Smith"), the shorter's first
 * word among the longer's words ("Sir Keir Starmer"), or first words
 * of five letters or more two letters apart at most (transliterations:
 * "Volodymyr", "Volodimir"). "Ian Borg" and "Alex Borg" are two.
 */
static int one_person(const char *a, const char *b)
{
	size_t na, nb, k, d = 0;
	const char *fa = first_word(a, &na), *fb = first_word(b, &nb), *w;

	if (na == nb && !strncasecmp(fa, fb, na))
		return 1;
	if ((na <= 2 && fa[na - 1] == '.' && *fa == *fb) ||
	    (nb <= 2 && fb[nb - 1] == '.' && *fa == *fb))
		return 1;
	for (w = strlen(a) > strlen(b) ? a : b; w; w = strchr(w, ' ')) {
		w += *w == ' ';
		if (strlen(a) > strlen(b) ? !strncasecmp(w, fb, nb) &&
						     (w[nb] == ' ' || !w[nb]) :
					    !strncasecmp(w, fa, na) &&
						     (w[na] == ' ' || !w[na]))
			return 1;
	}
	if (na < 5 || nb < 5 || (na > nb ? na - nb : nb - na) > 2)
		return 0;
	for (k = 0; k < na && k < nb; k++)
		d += fa[k] != fb[k];
	return d + (na > nb ? na - nb : nb - na) <= 2;
}

static size_t canon_new(struct ctx *c, const char *s, size_t n,
			size_t ntok, int na, int sibling)
{
	size_t k;
	struct canon *e;

	c->canon = xgrow(c->canon, &c->canoncap, c->ncanon + 1,
			 sizeof(*c->canon));
	k = c->ncanon++;
	e = &c->canon[k];
	e->key = xstrdup(c->key.buf);
	e->hash = hash(e->key);
	e->name = xstrndup(s, n);
	e->ntok = ntok;
	e->nonascii = na;
	e->count = 1;
	e->alt = NULL;
	e->alt_count = 0;
	e->role = NULL;
	e->nrole = e->rolecap = 0;
	e->next = NONE;
	e->last = k;
	e->sibling = sibling;
	if (!sibling)
		canon_index(c, k);
	return k;
}

/* Record the name [t0, t1) under its surname; keep the fullest. */
static size_t canon_add(struct ctx *c, size_t t0, size_t t1)
{
	const char *s = c->a->text + T(c, t0)->start;
	size_t n = ARTICLE_BASE_END(T(c, t1 - 1)) - T(c, t0)->start, k, j;
	size_t sib;
	int na = has_nonascii(s, n);
	struct canon *e;
	char *full;

	fold_key(c, t1 - 1);
	k = canon_find(c, c->key.buf);
	if (k == NONE)
		return canon_new(c, s, n, t1 - t0, na, 0);
	/* a surname alone: whom the latest full name of it named */
	if (t1 - t0 < 2 && c->canon[k].next != NONE)
		return c->canon[k].last;
	/* a full name: the person of the chain it may be, or another */
	if (t1 - t0 >= 2 && c->canon[k].ntok >= 2) {
		full = xstrndup(s, n);
		for (j = k, sib = 0;
		     j != NONE && sib < 16 && !one_person(c->canon[j].name, full);
		     j = c->canon[j].next, sib++)
			;
		free(full);
		/* (sixteen people of one surname at most: past that, the
		 * first, as a list of thousands is no article's) */
		if (j == NONE && sib >= 16)
			j = k;
		if (j == NONE) {
			j = canon_new(c, s, n, t1 - t0, na, 1);
			for (e = &c->canon[k]; e->next != NONE;
			     e = &c->canon[e->next])
				;
			e->next = j;
			c->canon[k].last = j;
			return j;
		}
		c->canon[k].last = j;
		k = j;
	}
	e = &c->canon[k];
	/* accents show the outlet had the real spelling: prefer them */
	if (t1 - t0 > e->ntok || (t1 - t0 == e->ntok && na && !e->nonascii)) {
		free(e->name);
		free(e->alt);
		e->name = xstrndup(s, n);
		e->ntok = t1 - t0;
		e->nonascii = na;
		e->count = 1;
		e->alt = NULL;
		e->alt_count = 0;
	} else if (t1 - t0 == e->ntok && na == e->nonascii) {
		canon_count(e, s, n);
	}
	return k;
}

static size_t mention_from(const struct ctx *c, size_t i);

/* The person of entry k's chain whose name is name, or NONE. */
static size_t canon_named(const struct ctx *c, size_t k, const char *name)
{
	for (; k != NONE; k = c->canon[k].next)
		if (!strcmp(c->canon[k].name, name))
			return k;
	return NONE;
}

/*
 * Of primary entry k's chain of people with one surname, the one the
 * run [t0, t1) names: the mention's own when a mention starts at t0;
 * a full name by its first word; a surname alone, the person of the
 * latest full name before it (or else the first after it).
 */
static size_t canon_at(struct ctx *c, size_t k, size_t t0, size_t t1)
{
	size_t m = mention_from(c, t0), j, n;
	char *full;

	if (m < c->nmen && c->men[m].t0 == t0 && c->men[m].t1 == t1)
		return c->men[m].canon;
	if (t1 - t0 >= 2) {
		full = xstrndup(c->a->text + T(c, t0)->start,
				ARTICLE_BASE_END(T(c, t1 - 1)) -
					T(c, t0)->start);
		for (j = k; j != NONE && !one_person(c->canon[j].name, full);
		     j = c->canon[j].next)
			;
		free(full);
		return j != NONE ? j : k;
	}
	for (j = m, n = 0; j-- > 0 && n++ < 1000;)
		if (c->men[j].t1 - c->men[j].t0 >= 2 &&
		    !strcmp(c->canon[c->men[j].canon].key, c->canon[k].key))
			return c->men[j].canon;
	for (j = m, n = 0; j < c->nmen && n++ < 1000; j++)
		if (c->men[j].t1 - c->men[j].t0 >= 2 &&
		    !strcmp(c->canon[c->men[j].canon].key, c->canon[k].key))
			return c->men[j].canon;
	return k;
}

/* Canonical name for the run [t0, t1). */
/*
 * "Zelensky" in an article that names "Volodymyr Zelenskyy" (or the
 * other way round): two transliterations of one surname, a final "y"
 * apart. The person named in full under the other spelling of the key
 * c->key holds, or NONE.
 */
static size_t spelling_variant(struct ctx *c)
{
	char buf[64];
	size_t n = strlen(c->key.buf), k;

	if (n < 5 || n + 2 > sizeof(buf))
		return NONE;
	memcpy(buf, c->key.buf, n + 1);
	if (buf[n - 1] == 'y' && buf[n - 2] == 'y')
		buf[n - 1] = '\0'; /* Zelenskyy: Zelensky */
	else if (buf[n - 1] == 'y')
		buf[n] = 'y', buf[n + 1] = '\0'; /* Zelensky: Zelenskyy */
	else
		return NONE;
	k = canon_find(c, buf);
	return k != NONE && c->canon[k].ntok >= 2 ? k : NONE;
}

static const char *canon_name(struct ctx *c, size_t t0, size_t t1)
{
	size_t k, v;

	fold_key(c, t1 - 1);
	k = canon_find(c, c->key.buf);
	if ((k == NONE || c->canon[k].ntok < 2) &&
	    (v = spelling_variant(c)) != NONE)
		return c->canon[v].name;
	if (k != NONE && c->canon[k].next != NONE)
		return c->canon[canon_at(c, k, t0, t1)].name;
	if (k != NONE)
		return c->canon[k].name;
	return keep_span(c, T(c, t0)->start, ARTICLE_BASE_END(T(c, t1 - 1)));
}

/* Is the surname at token i a person named in full somewhere? */
static int known_person(struct ctx *c, size_t i)
{
	size_t k;

	fold_key(c, i);
	k = canon_find(c, c->key.buf);
	return k != NONE && c->canon[k].ntok >= 2;
}

static int is_title_word(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);

	if (!(t->flags & ARTICLE_WORD))
		return 0;
	return IN(c, i, roles) || IN(c, i, orgs) || IN(c, i, countries) ||
	       demonym_of(c, i) || IN(c, i, extra_demonyms) ||
	       (t->flags & (ARTICLE_ACRONYM | ARTICLE_POSS)) ||
	       is(c, i, "of") || is(c, i, "the");
}

/*
 * Whether paragraph p, short and without a full stop, is a label line
 * ("Source: Zelensky at a press conference with Dutch Prime Minister
 * Dick Schoof") rather than a headline that capitalises every word
 * ("Zelensky: Ukraine Will Not Accept Membership"): one word and a
 * colon, then words in sentence case; or, below the title, a name of
 * two or three words and a comma ("Matthew Miller, Department
 * Spokesperson, Washington, DC").
 */
static int label_line(const struct ctx *c, size_t p)
{
	size_t k, t0 = c->a->para[p].tok0;

	/* a briefing's "Matthew Miller, Department Spokesperson, ...":
	 * a name and a comma under the title */
	for (k = t0; p > 0 && k < c->a->para[p].tok1 && k - t0 < 4 &&
		     is_name_tok(c, k);
	     k++)
		;
	if (p > 0 && k - t0 >= 2 && k - t0 <= 3 && k < c->a->para[p].tok1 &&
	    T(c, k)->punct == ',')
		return 1;
	if (t0 + 2 >= c->a->para[p].tok1 || !is_word(c, t0) ||
	    T(c, t0 + 1)->punct != ':')
		return 0;
	for (k = t0 + 2; k < c->a->para[p].tok1; k++)
		if (is_lowerword(c, k) && !IN(c, k, function_words))
			return 1;
	return 0;
}

/*
 * Collect the names of people: runs of capitalised words outside the
 * lexicons, at most four long, in body paragraphs and label lines
 * (headlines capitalise everything). Each run outside quotations is also a mention, with the
 * titles before it, for descriptions and pronouns to find.
 */
/*
 * "Speaking ahead of the meeting, Foreign Secretary Yvette Cooper
 * said:": a short line the parser took for a heading that introduces
 * the quotation under it, its names a text's, not a headline's: below
 * the title, lower-case words in it, a colon at its end.
 */
static int colon_intro(const struct ctx *c, size_t p)
{
	const struct article_para *pa = &c->a->para[p];
	size_t k;

	size_t lower = 0;

	if (p == 0 || pa->tok1 < pa->tok0 + 3 ||
	    T(c, pa->tok1 - 1)->punct != ':')
		return 0;
	/* (a verb of speech, or a sentence's lower-case words: "Orbán
	 * also tied the issue to the election, a theme of his videos:") */
	for (k = pa->tok0; k < pa->tok1; k++)
		if (is_lowerword(c, k) &&
		    (verb_class(c, k) || ++lower >= 5))
			return 1;
	return 0;
}

/* Whether a post's "for", "of" or "on" and the capitalised words of
 * its field stand right before token i ("Minister for European and
 * Euro-Atlantic Integration"): at most six words back. */
static int field_before(const struct ctx *c, size_t i)
{
	size_t k;

	/* (not past a field that ends in a post's own word: "Ministry
	 * of Foreign Affairs Phạm Thu Hằng") */
	if (i >= 1 && IN(c, i - 1, roles) && is_cap(c, i - 1) &&
	    !is_lexicon(c, i))
		return 0;

	for (k = i; k > 1 && i - k < 7; k--) {
		/* (and "Committee on Foreign Policy and Interparliamentary
		 * Cooperation Oleksandr Merezhko") */
		if ((is(c, k - 1, "for") || is(c, k - 1, "of") ||
		     is(c, k - 1, "on")) &&
		    (IN(c, k - 2, roles) || IN(c, k - 2, orgs)) &&
		    is_cap(c, k - 2))
			return k < i;
		if (!is_word(c, k - 1) ||
		    !(is_cap(c, k - 1) || is(c, k - 1, "and")))
			return 0;
	}
	return 0;
}

static void collect_names(struct ctx *c)
{
	const struct article *a = c->a;
	size_t i, j, tt0, k, f;
	struct mention *m;

	for (i = 0; i < a->ntok; i++) {
		if (!is_name_tok(c, i) ||
		    (headline(c, i) && !label_line(c, T(c, i)->para) &&
		     !colon_intro(c, T(c, i)->para)))
			continue;
		/* "Prime Minister's Questions", "the President's Office": a
		 * post's possessive, then what is the post's, no one's name */
		if (i >= 1 && (T(c, i - 1)->flags & ARTICLE_POSS) &&
		    IN(c, i - 1, roles)) {
			while (i + 1 < a->ntok && is_name_tok(c, i + 1))
				i++;
			continue;
		}
		/* "the Latvian Institute of International Affairs": the
		 * rest of a body's name, no one's */
		if (i >= 2 && IN(c, i - 2, orgs) && is_cap(c, i - 2) &&
		    (is(c, i - 1, "of") || is(c, i - 1, "for"))) {
			while (i + 1 < a->ntok && is_name_tok(c, i + 1))
				i++;
			continue;
		}
		j = i + 1;
		f = 0; /* particles: "Abdullah bin Zayed Al Nahyan" */
		/* (not over a line break: "As It Happens\nSheena Goodyear") */
		while (j < a->ntok && !(T(c, j - 1)->flags & ARTICLE_POSS) &&
		       is_name_tok(c, j) && T(c, j)->sent == T(c, i)->sent &&
		       !line_break_before(c, j)) {
			f += is_lowerword(c, j) && IN(c, j, particles);
			j++;
		}
		/* "Social Democrat Ralf Stegner", "Republican Don Bacon":
		 * a party's member before the name, no part of it */
		if (j - i - f >= 3 && is_cap(c, i) &&
		    (is(c, i, "republican") || is(c, i, "democrat")))
			i++;
		else if (j - i - f >= 4 && is_cap(c, i + 1) &&
			 (is(c, i + 1, "democrat") ||
			  is(c, i + 1, "democrats")))
			i += 2;
		if (j - i - f > 4) {
			i = j - 1;
			continue;
		}
		/* "the Austrian Armed Forces", "the Freedom Party": a
		 * body's name, no one's, when a word of one word follows */
		if (j == i + 1 && j < a->ntok && is_cap(c, j) &&
		    IN(c, j, orgs) && T(c, j)->sent == T(c, i)->sent &&
		    !(T(c, i)->flags & ARTICLE_POSS))
			continue;
		/* "Minister for Housing Darragh O'Brien": the post's
		 * field, then the name */
		/* (and "Speaker of the Chamber of Deputies Tomio
		 * Okamura": a body's) */
		/* (and "Russian Ambassador in Cairo Georgy Borisenko": a
		 * post's seat) */
		if (j - i - f >= 3 && i >= 2 &&
		    (is(c, i - 1, "for") || is(c, i - 1, "of") ||
		     is(c, i - 1, "in") || is(c, i - 1, "to")) &&
		    (IN(c, i - 2, roles) || IN(c, i - 2, orgs)) &&
		    is_cap(c, i - 2))
			i++;
		/* "Minister for European and Euro-Atlantic Integration Taras
		 * Kachka": a longer field, its last word before the name */
		else
			while (j - i - f >= 3 && i >= 4 && !is_lexicon(c, i) &&
			       field_before(c, i))
				i++;
		/* "The mayor of Joensuu, Kari Karjalainen,", "Rand Paul,
		 * Republican of Kentucky,": one word after a post or a party
		 * and "of" is a place, no one's name */
		if (j == i + 1 && i >= 2 && is(c, i - 1, "of") &&
		    (IN(c, i - 2, roles) || is(c, i - 2, "republican") ||
		     is(c, i - 2, "democrat")))
			continue;
		/* "Rassemblement National deputy Jean-Philippe Tanguy": a
		 * party's name before a role, no one's */
		for (f = j; f < a->ntok && f - j < 3 && is_lowerword(c, f) &&
			    IN(c, f, roles);
		     f++)
			;
		if (f > j && f < a->ntok && is_name_tok(c, f) &&
		    !(T(c, j - 1)->flags & ARTICLE_POSS)) {
			i = j - 1;
			continue;
		}
		k = canon_add(c, i, j);
		if (!c->inq[i]) {
			tt0 = i;
			while (tt0 > sent0(c, i) && i - tt0 < 8 &&
			       (is_title_word(c, tt0 - 1) ||
				/* "Special Representative in BiH",
				 * "Ambassador to BiH": a post's place */
				(tt0 - 1 > sent0(c, i) && tt0 < i &&
				 (is(c, tt0 - 1, "in") ||
				  is(c, tt0 - 1, "to")) &&
				 IN(c, tt0, countries) &&
				 IN(c, tt0 - 2, roles))))
				tt0--;
			/* ... and that name is one of the titles, after
			 * up to two adjectives ("SVP national councillor
			 * Franz Gruter") */
			if (tt0 < i && is_lowerword(c, tt0) &&
			    IN(c, tt0, roles)) {
				for (f = tt0; f > sent0(c, i) && tt0 - f < 2 &&
					      is_lowerword(c, f - 1) &&
					      !IN(c, f - 1, function_words) &&
					      !verb_class(c, f - 1);
				     f--)
					;
				if (f > sent0(c, i) && is_name_tok(c, f - 1))
					tt0 = f;
				while (tt0 > sent0(c, i) && i - tt0 < 8 &&
				       is_name_tok(c, tt0 - 1) &&
				       !(T(c, tt0 - 1)->flags & ARTICLE_POSS))
					tt0--;
			}
			c->men = xgrow(c->men, &c->mencap, c->nmen + 1,
				       sizeof(*c->men));
			m = &c->men[c->nmen++];
			m->tt0 = tt0;
			m->t0 = i;
			m->t1 = j;
			m->canon = k;
		}
		i = j - 1;
	}
}

/*
 * Names written family name first ("Lin Jian", "Yoon Suk Yeol", "Kim
 * Tae-hyo") are mentioned again by their first word ("Lin said"), and
 * some people by a middle name ("Lula" of "Luiz Inácio Lula da Silva",
 * "Løkke" of "Lars Løkke Rasmussen"). A one-word name that is the first
 * word of exactly one fuller name, or a middle word of one of three
 * words or more, and the last word of none, takes that name. In the
 * other order the same rule reads a feature's "Olga said" after "Olga
 * Smirnova" as her. Two fuller names that start alike ("Kim Tae-hyo",
 * "Kim Jong Un") leave the word as it is.
 */
static void first_word_names(struct ctx *c)
{
	size_t *claim, k, j, n0 = c->ncanon;
	const char *sp, *w;
	struct canon *e;

	claim = xcalloc(n0 ? n0 : 1, sizeof(*claim));
	for (k = 0; k < n0; k++) {
		if (c->canon[k].ntok < 2 ||
		    !(sp = strchr(c->canon[k].name, ' ')))
			continue;
		/* the first word, and the middle words of a name of three
		 * or more ("Lula" of "Luiz Inácio Lula da Silva") */
		for (w = c->canon[k].name; sp; w = sp + 1,
		    sp = strchr(w, ' ')) {
			sbuf_reset(&c->key);
			article_fold(&c->key, w, (size_t)(sp - w));
			j = canon_find(c, c->key.buf);
			if (j == NONE || c->canon[j].ntok != 1 ||
			    (w != c->canon[k].name && c->canon[k].ntok < 3))
				continue;
			/* 0: unclaimed, k + 1: claimed by k, NONE: by
			 * two */
			claim[j] = claim[j] && claim[j] != k + 1 ? NONE :
								     k + 1;
		}
	}
	for (j = 0; j < n0; j++) {
		if (!claim[j] || claim[j] == NONE)
			continue;
		e = &c->canon[j];
		free(e->name);
		free(e->alt);
		e->name = xstrdup(c->canon[claim[j] - 1].name);
		e->ntok = c->canon[claim[j] - 1].ntok;
		e->alt = NULL;
		e->alt_count = 0;
	}
	free(claim);
}

/* Whether role word i, folded, is among person e's role words. */
static int canon_has_role(struct ctx *c, const struct canon *e, size_t i)
{
	size_t r;

	fold_key(c, i);
	for (r = 0; r < e->nrole; r++)
		if (!strcmp(e->role[r], c->key.buf))
			return 1;
	return 0;
}

static void add_role(struct ctx *c, struct canon *e, size_t j)
{
	if (!IN(c, j, roles) || IN(c, j, honorific) || IN(c, j, rank) ||
	    canon_has_role(c, e, j))
		return;
	e->role = xgrow(e->role, &e->rolecap, e->nrole + 1, sizeof(*e->role));
	e->role[e->nrole++] = xstrdup(c->key.buf);
}

/*
 * Each person's role words over all their titled mentions ("Deputy
 * Foreign Minister Alexander Grushko": minister), folded and distinct,
 * so that other_titles() need not walk every mention of the article,
 * and those of an apposition right after the name. Honorifics and
 * ranks are no post: "Mr Martin" may still be "the Tanaiste".
 */
static void canon_roles(struct ctx *c)
{
	size_t k, j;
	const struct mention *m;
	struct canon *e;

	for (k = 0; k < c->nmen; k++) {
		size_t t1;

		m = &c->men[k];
		e = &c->canon[m->canon];
		for (j = m->tt0; j < m->t0; j++)
			add_role(c, e, j);
		/* (past an age: "Johann Gruber, 66, a retired colonel of
		 * the Austrian Armed Forces") */
		t1 = m->t1;
		if (t1 + 3 < c->a->ntok && T(c, t1)->punct == ',' &&
		    (T(c, t1 + 1)->flags & ARTICLE_DIGIT) &&
		    T(c, t1 + 2)->punct == ',')
			t1 += 2;
		/* "Ukraine's foreign minister, Andrii Sybiha,": the
		 * description before the comma too */
		if (m->tt0 == m->t0 && m->t0 >= 2 &&
		    T(c, m->t0 - 1)->punct == ',' && IN(c, m->t0 - 2, roles))
			for (j = m->t0 - 1; j-- > 0 && m->t0 - j < 8 &&
					    is_word(c, j) &&
					    T(c, j)->sent == T(c, m->t0)->sent;)
				add_role(c, e, j);
		/* "Gen. Christopher Cavoli, NATO's Supreme Allied Commander
		 * Europe,": the apposition's roles are his too, and a
		 * relative clause's that says what he is ("who became
		 * Finland's president"), not what he does ("who chairs
		 * the foreign affairs committee") */
		if (t1 + 2 < c->a->ntok && T(c, t1)->punct == ',' &&
		    T(c, t1)->sent == T(c, m->t0)->sent &&
		    (!is(c, t1 + 1, "who") || IN(c, t1 + 2, aux) ||
		     is(c, t1 + 2, "became") ||
		     is(c, t1 + 2, "becomes") ||
		     is(c, t1 + 2, "serves") ||
		     is(c, t1 + 2, "served")))
			/* (not the titles of the next person: "a
			 * question from ..., Calum Miller, Foreign Office
			 * minister Stephen Doughty wrote") */
			for (j = t1 + 1; j < c->a->ntok && j < t1 + 10 &&
					    is_word(c, j) &&
					    T(c, j)->sent == T(c, m->t0)->sent &&
					    !(k + 1 < c->nmen &&
					      j >= c->men[k + 1].tt0 &&
					      c->canon[c->men[k + 1].canon]
							      .ntok >= 2);
			     j++)
				add_role(c, e, j);
	}
}

/* ---- noun phrases ---- */

static int is_adverb(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);
	size_t n = t->end - t->start;

	if (!is_lowerword(c, i))
		return 0;
	if (IN(c, i, adverbs))
		return 1;
	return n > 4 && !memcmp(c->a->text + t->end - 2, "ly", 2);
}

/* Two name words end right before token k, within the sentence. */
static int full_name_before(const struct ctx *c, size_t s0, size_t k)
{
	return k >= s0 + 2 && is_name_tok(c, k - 1) && is_name_tok(c, k - 2);
}

/* "one official", "one senior European diplomat": "one", up to two
 * words, then a role */
static int one_role(const struct ctx *c, size_t i, size_t e)
{
	size_t k;

	if (!is(c, i, "one"))
		return 0;
	for (k = i + 1; k < e && k <= i + 3 && is_word(c, k); k++)
		if (IN(c, k, roles))
			return 1;
	return 0;
}

/*
 * Is token i the "to" of "a source close to", the "with" of "people
 * familiar with", the "on" of "people briefed on" or the "of" of "aware
 * of" (a role or a plural of people, the adjective, i)?
 */
static int close_to(const struct ctx *c, size_t s0, size_t i)
{
	return i >= s0 + 2 && (IN(c, i - 2, roles) || IN(c, i - 2, many)) &&
	       ((is(c, i, "to") && is(c, i - 1, "close")) ||
		(is(c, i, "with") && is(c, i - 1, "familiar")) ||
		(is(c, i, "on") && is(c, i - 1, "briefed")) ||
		(is(c, i, "in") && is(c, i - 1, "involved")) ||
		(is(c, i, "of") && is(c, i - 1, "aware")));
}

/*
 * "people familiar with the talks": the "with" (the "to", "on" or "of"
 * of close_to()) up to three words of its object before token j, or
 * NONE.
 */
static size_t close_before(const struct ctx *c, size_t s0, size_t j)
{
	size_t k;

	for (k = j; k-- > s0 && j - k <= 4;) {
		if (!is_word(c, k))
			return NONE;
		if (j - k >= 2 && close_to(c, s0, k))
			return k;
	}
	return NONE;
}

/* A plural word: ends in one "s" ("leaders", not "boss"). */
static int plural(const struct ctx *c, size_t i)
{
	const char *w = c->a->text + T(c, i)->start;
	size_t n = ARTICLE_BASE_END(T(c, i)) - T(c, i)->start;

	return n > 3 && (w[n - 1] == 's' || w[n - 1] == 'S') &&
	       w[n - 2] != 's' && w[n - 2] != 'S';
}

/* "two people familiar with ...", "two EU diplomats": a count, then
 * people, perhaps after one word that says which */
static int counted_people(const struct ctx *c, size_t i, size_t e)
{
	return i + 1 < e && (is(c, i, "two") || is(c, i, "three") ||
			     is(c, i, "several") ||
			     /* "14 senators", not "2025 talks" */
			     ((T(c, i)->flags & ARTICLE_DIGIT) &&
			      T(c, i)->end - T(c, i)->start <= 3)) &&
	       (IN(c, i + 1, many) || IN(c, i + 1, roles) ||
		(i + 2 < e && is_word(c, i + 1) &&
		 !IN(c, i + 1, function_words) && plural(c, i + 2) &&
		 (IN(c, i + 2, many) || IN(c, i + 2, roles))) ||
		/* "two senior EU diplomats" */
		(i + 3 < e && is_word(c, i + 1) && is_word(c, i + 2) &&
		 !IN(c, i + 1, function_words) &&
		 !IN(c, i + 2, function_words) && plural(c, i + 3) &&
		 (IN(c, i + 3, many) || IN(c, i + 3, roles))));
}

/*
 * "two senior EU diplomats": up to three words describing the people
 * before token j (lower-case or names), after a number that counts
 * them; where the number is, or NONE.
 */
static size_t counted_before(const struct ctx *c, size_t s0, size_t j,
			     size_t e)
{
	size_t k;

	for (k = j; k > s0 && j - k < 3 && is_word(c, k - 1) &&
		    !IN(c, k - 1, function_words) && !verb_class(c, k - 1);
	     k--)
		;
	return k < j && k > s0 && counted_people(c, k - 1, e) ? k - 1 : NONE;
}

/* "A bipartisan group of" before the people at token j: where the
 * group's description starts, else j */
static size_t group_of(const struct ctx *c, size_t s0, size_t j)
{
	size_t k;

	if (j < s0 + 3 || !is(c, j - 1, "of") || !is(c, j - 2, "group") ||
	    !is_lowerword(c, j - 2))
		return j;
	for (k = j - 2; k > s0 && j - k < 5 && is_lowerword(c, k - 1) &&
		    !IN(c, k - 1, function_words) && !verb_class(c, k - 1);
	     k--)
		;
	return k > s0 && is_det(c, k - 1) ? k - 1 : j;
}

/*
 * "Zelensky (pictured) said", "the North Atlantic Treaty Organization
 * (NATO) said", "Jim Risch (R-Idaho) urged": where an aside of a few
 * words in brackets that ends right before token i starts, else i.
 */
static size_t before_aside(const struct ctx *c, size_t s0, size_t i)
{
	size_t k;

	/* "Lars Lokke Rasmussen - who has long championed Kyiv's bid -
	 * said": a relative clause between dashes */
	if (i > s0 + 4 && T(c, i - 1)->punct == '-') {
		for (k = i - 2; k > s0 + 1 && i - k < 16 &&
				T(c, k)->punct != '-' && T(c, k)->punct != 'q';
		     k--)
			;
		if (k > s0 + 1 && k < i - 2 && T(c, k)->punct == '-' &&
		    (is(c, k + 1, "who") || is(c, k + 1, "whose")))
			return k;
	}
	/* "The Russian Embassy in Lebanon, in a statement posted on its
	 * Telegram channel, said": a phrase of how it spoke between
	 * commas */
	if (i > s0 + 5 && T(c, i - 1)->punct == ',') {
		for (k = i - 2; k > s0 + 1 && i - k < 14 && is_word(c, k); k--)
			;
		if (k > s0 + 1 && k < i - 3 && T(c, k)->punct == ',' &&
		    (is(c, k + 1, "in") || is(c, k + 1, "on") ||
		     is(c, k + 1, "via") || is(c, k + 1, "through")) &&
		    (is(c, k + 2, "a") || is(c, k + 2, "an") ||
		     is(c, k + 2, "its") || is(c, k + 2, "his") ||
		     is(c, k + 2, "her") || is(c, k + 2, "their")) &&
		    IN(c, k + 3, docs) && is_word(c, k - 1))
			return k;
	}
	if (i <= s0 + 2 || T(c, i - 1)->punct != ')')
		return i;
	/* words, and the full stops of "(R-Ga.)", the commas and
	 * slashes of "(Greens/EFA, DE)" */
	for (k = i - 2; k > s0 && i - k <= 8 &&
			(is_word(c, k) || T(c, k)->punct == '.' ||
			 (T(c, k)->punct == ',' && i - k <= 4) ||
			 c->a->text[T(c, k)->start] == '/' ||
			 c->a->text[T(c, k)->start] == '&');
	     k--)
		;
	return k > s0 && k < i - 2 && T(c, k)->punct == '(' ? k : i;
}

/* A month, in full or as AP abbreviates it ("Dec.") */
static int month_word(const struct ctx *c, size_t i)
{
	static const char *const abbr[] = { "jan.", "feb.", "aug.", "sept.",
					     "sep.", "oct.", "nov.", "dec." };
	size_t k;

	if (IN(c, i, time_words))
		return 1;
	for (k = 0; k < sizeof(abbr) / sizeof(abbr[0]); k++)
		if (is(c, i, abbr[k]))
			return 1;
	return 0;
}

/*
 * "The mayor of the Norwegian border town of Kirkenes": a lower-case
 * role after a determiner (or opening the sentence), then plain words,
 * before the "of" at token of; where the description starts, or NONE.
 */
static size_t role_before_of(const struct ctx *c, size_t s0, size_t of)
{
	size_t k;

	for (k = of; k > s0 && of - k < 8; k--) {
		if (IN(c, k - 1, roles) && is_lowerword(c, k - 1)) {
			if (k - 1 == s0)
				return s0;
			return is_det(c, k - 2) ? k - 2 : NONE;
		}
		if (!is_word(c, k - 1) || verb_class(c, k - 1) ||
		    IN(c, k - 1, aux) || is(c, k - 1, "who"))
			return NONE;
	}
	return NONE;
}

/*
 * The subject before verb v, read backwards over adverbs ("has long
 * demanded"), a date ("on Friday said"), and appositive commas
 * ("Russian President, Dmitry Medvedev, said"). Sets [*np0, *np1) and
 * returns whether it starts at a clean boundary (sentence start, comma,
 * quotation mark, "that"), or -1 when there is no subject.
 */
static int is_aux(const struct ctx *c, size_t i);
static int ing_word(const struct ctx *c, size_t i);
static int in_a_document(const struct ctx *c, size_t i);
static int past_word(const struct ctx *c, size_t i);
static int squeeze(const struct ctx *c, size_t t0, size_t t1, char *buf,
		   size_t cap);
static int ed_word(const struct ctx *c, size_t i);

/*
 * "the foreign ministers of Estonia, Latvia and Lithuania": whether the
 * country at token k is an item of a list of countries after "of" that
 * ends, with "and", before token end.
 */
static int country_list_of(const struct ctx *c, size_t s0, size_t k,
			   size_t end)
{
	size_t j;

	for (j = k; j > s0 && k - j < 12; j--) {
		if (is(c, j - 1, "of"))
			break;
		if (!IN(c, j - 1, countries) && T(c, j - 1)->punct != ',')
			return 0;
	}
	if (j == s0 || !is(c, j - 1, "of"))
		return 0;
	for (j = k + 1; j < end && j - k < 12; j++)
		if (is(c, j, "and"))
			return j + 1 < end && IN(c, j + 1, countries);
	return 0;
}

/*
 * "Irakli Kobakhidze, who stepped down in October, and ...": where the
 * relative clause whose closing comma is token i opens (the comma before
 * "who" or "whose"), or NONE.
 */
static size_t comma_who(const struct ctx *c, size_t s0, size_t i)
{
	size_t k;

	if (T(c, i)->punct != ',')
		return NONE;
	for (k = i; k > s0 + 1 && i - k < 30 && T(c, k - 1)->punct != 'q';
	     k--)
		if (T(c, k - 1)->punct == ',' &&
		    (is(c, k, "who") || is(c, k, "whose")))
			return k - 1;
	return NONE;
}

/*
 * "One senior official from a Nordic country", "an official from a
 * Western European ally": a post, "from" or "in", an article and up to
 * three words of a place or a kind of one (capitalised peoples and
 * quarters too), ending at token j: the token after the post, or NONE.
 */
static size_t from_a_place(const struct ctx *c, size_t s0, size_t j)
{
	size_t k;

	if (j < s0 + 5 || !is_lowerword(c, j - 1) ||
	    IN(c, j - 1, function_words))
		return NONE;
	for (k = j; k > s0 + 3 && j - k < 3 && is_word(c, k - 1) &&
		    !is_det(c, k - 1) && !IN(c, k - 1, function_words) &&
		    !verb_class(c, k - 1) &&
		    (is_lowerword(c, k - 1) || demonym_of(c, k - 1) ||
		     IN(c, k - 1, extra_demonyms) || IN(c, k - 1, compass));
	     k--)
		;
	if (k == j || k < s0 + 3 || !is_det(c, k - 1) ||
	    !(is(c, k - 2, "from") || is(c, k - 2, "in")) ||
	    !IN(c, k - 3, roles))
		return NONE;
	return k - 2;
}

/* Whether token i is a list's bullet, "•". */
static int bullet(const struct ctx *c, size_t i)
{
	return T(c, i)->end - T(c, i)->start == 3 &&
	       !memcmp(c->a->text + T(c, i)->start, "\xe2\x80\xa2", 3);
}

static int back_np(const struct ctx *c, size_t v, size_t *np0, size_t *np1,
		   int *comma_before)
{
	size_t s0 = sent0(c, v), i = v, j, end, k, f, g, e1, nk;
	int trailing = 0;

	/* (a list's item: its bullet opens no subject) */
	if (s0 < v && bullet(c, s0))
		s0++;

	*comma_before = 0;
	i = before_aside(c, s0, i);
	/* "Nordic foreign ministers meeting in Oslo said": where they
	 * were, after the people */
	if (i >= s0 + 4 && is_cap(c, i - 1) && is_word(c, i - 1) &&
	    (is(c, i - 2, "in") || is(c, i - 2, "at")) &&
	    (ing_word(c, i - 3) || is(c, i - 3, "meeting")) &&
	    is_np_word(c, i - 4))
		i -= 3;
	/* "Antoni Macierewicz, however, accused": an adverb's commas */
	if (i >= s0 + 4 && T(c, i - 1)->punct == ',' &&
	    (is_adverb(c, i - 2) || is(c, i - 2, "however") ||
	     is(c, i - 2, "meanwhile") || is(c, i - 2, "though") ||
	     is(c, i - 2, "too")) &&
	    T(c, i - 3)->punct == ',')
		i -= 3;
	/* "Ecolo co-president Samuel Cogolati, on the contrary, called":
	 * a short phrase of plain words between commas */
	if (i >= s0 + 5 && T(c, i - 1)->punct == ',' &&
	    (is(c, i - 4, "on") || is(c, i - 4, "in") || is(c, i - 4, "by")) &&
	    T(c, i - 5)->punct == ',' && is_lowerword(c, i - 3) &&
	    is_lowerword(c, i - 2) && !verb_class(c, i - 2) &&
	    !verb_class(c, i - 3))
		i -= 5;
	/* "The Chancellery of the President, for its part, claims" */
	if (i >= s0 + 6 && T(c, i - 1)->punct == ',' && is(c, i - 2, "part") &&
	    IN(c, i - 3, poss_dets) && is(c, i - 4, "for") &&
	    T(c, i - 5)->punct == ',')
		i -= 5;
	/* "Gorbachev himself told": the pronoun that stresses him;
	 * "Kobakhidze and Papuashvili both said" */
	if (i > s0 + 1 && ((T(c, i - 1)->end - T(c, i - 1)->start >= 6 &&
			    (is(c, i - 1, "himself") ||
			     is(c, i - 1, "herself") ||
			     is(c, i - 1, "itself"))) ||
			   ((is(c, i - 1, "both") || is(c, i - 1, "all")) &&
			    is_word(c, i - 2) && !IN(c, i - 2, function_words))))
		i--;
	while (i > s0 && is_adverb(c, i - 1))
		i--;
	/* "European officials I've spoken to say", "Diplomats we spoke
	 * with said": the people, before the writer's relative clause */
	if (i >= s0 + 4 && (is(c, i - 1, "to") || is(c, i - 1, "with")) &&
	    (is(c, i - 2, "spoken") || is(c, i - 2, "spoke") ||
	     is(c, i - 2, "talked"))) {
		k = is(c, i - 3, "have") || is(c, i - 3, "had") ? i - 4 : i - 3;
		if (k > s0 && first_person(c, k) && is_np_word(c, k - 1))
			i = k;
	}
	/* "Putin himself has said" */
	if (i < v && i > s0 + 1 && (is(c, i - 1, "himself") ||
				    is(c, i - 1, "herself")))
		i--;
	i = before_aside(c, s0, i); /* "Karl Nehammer (ÖVP) has said" */
	/* "on Monday evening": the part of the day after its day */
	if (i >= s0 + 3 && IN(c, i - 2, time_words) &&
	    (is(c, i - 1, "morning") || is(c, i - 1, "afternoon") ||
	     is(c, i - 1, "evening") || is(c, i - 1, "night")) &&
	    (is(c, i - 3, "on") || is(c, i - 3, "last")))
		i--;
	if (i >= s0 + 2 && IN(c, i - 1, time_words) &&
	    (is(c, i - 2, "on") || is(c, i - 2, "last"))) {
		i -= 2;
		while (i > s0 && is_adverb(c, i - 1))
			i--;
		i = before_aside(c, s0, i); /* "(R-Idaho) on Tuesday" */
	}
	/* "NATO leaders meeting in Ankara on Wednesday reaffirmed": where
	 * they were, after the people, once the time is past */
	if (i >= s0 + 4 && i < v && is_cap(c, i - 1) && is_word(c, i - 1) &&
	    (is(c, i - 2, "in") || is(c, i - 2, "at")) &&
	    (ing_word(c, i - 3) || is(c, i - 3, "meeting")) &&
	    is_np_word(c, i - 4))
		i -= 3;
	/* "Zelensky on Dec. 3 called", "on 3 December" */
	if (i >= s0 + 3 && is(c, i - 3, "on") &&
	    (((T(c, i - 1)->flags & ARTICLE_DIGIT) && month_word(c, i - 2)) ||
	     (month_word(c, i - 1) && (T(c, i - 2)->flags & ARTICLE_DIGIT)))) {
		i -= 3;
		while (i > s0 && is_adverb(c, i - 1))
			i--;
	}
	if (i > s0 && T(c, i - 1)->punct == ',') {
		trailing = 1;
		i--;
		/* "Sen. Thom Tillis, R-N.C., who co-chairs the group,
		 * told", "X, who ..., said": a relative clause after the
		 * subject (or its tag) */
		for (k = i; k > s0 + 2 && i - k < 16 &&
			    T(c, k - 1)->punct != ',' &&
			    T(c, k - 1)->punct != 'q';
		     k--)
			;
		if (k > s0 + 2 && k < i && T(c, k - 1)->punct == ',' &&
		    (is(c, k, "who") || is(c, k, "whose")))
			i = k - 1;
		/* "Mary Elise Sarotte, a historian at Johns Hopkins
		 * University who has written a book ..., told": the
		 * apposition up to its relative clause */
		for (k = i; k > s0 + 3 && i - k < 24 &&
			    T(c, k - 1)->punct != ',' &&
			    T(c, k - 1)->punct != 'q';
		     k--)
			;
		if (k > s0 + 3 && T(c, k - 1)->punct == ',' &&
		    is_name_tok(c, k - 2) &&
		    (is(c, k, "a") || is(c, k, "an") || is(c, k, "the")))
			for (f = k + 2; f < i; f++)
				if (is(c, f, "who")) {
					i = f;
					break;
				}
		/* '"...," Wi Sung-lac, President Lee Jae-myung's national
		 * security adviser, told': a name, then an apposition of
		 * titles, plain words and a role, no verb; or "By
		 * contrast, Aram Sargsian, the leader of the new Republic
		 * Party, said": "the" and a post first, and what it heads */
		/* (and "Ana Moraru, 19, a student at Alecu Russo State
		 * University, said": past the age) */
		nk = k >= s0 + 4 && (T(c, k - 2)->flags & ARTICLE_DIGIT) &&
				     T(c, k - 3)->punct == ',' &&
				     is_name_tok(c, k - 4) ?
			     k - 2 :
			     k;
		/* (and "Michael R. Turner (United States), Head of the US
		 * Delegation, urged": past a country's tag) */
		if (nk == k && k >= s0 + 5 && T(c, k - 2)->punct == ')')
			for (f = k - 3; f > s0 + 1 && k - f < 8 &&
					T(c, f)->punct != '(' &&
					(is_word(c, f) ||
					 T(c, f)->punct == ',');
			     f--)
				if (T(c, f - 1)->punct == '(' &&
				    is_name_tok(c, f - 2)) {
					nk = f; /* the name ends at f - 2 */
					break;
				}
		if (nk >= s0 + 2 && k + 1 < i && T(c, k - 1)->punct == ',' &&
		    is_name_tok(c, nk - 2) &&
		    ((IN(c, i - 1, roles) && is_lowerword(c, i - 1)) ||
		     (k + 2 < i && is_det(c, k) && IN(c, k + 1, roles) &&
		      is_lowerword(c, k + 1)) ||
		     /* "Head of the US Delegation", "CEO of investment
		      * company Dragon Capital" */
		     (k + 2 < i && IN(c, k, roles) && is_cap(c, k) &&
		      is(c, k + 1, "of")))) {
			for (f = is_det(c, k) && IN(c, k + 1, roles) ? k + 2 :
								       k;
			     f < i && is_word(c, f) && !verb_class(c, f) &&
			     !is_aux(c, f) && !is(c, f, "who") &&
			     !is(c, f, "which");
			     f++)
				;
			j = run_start(c, nk - 2, s0);
			/* (past a middle initial: "Michael R. Turner") */
			if (j > s0 + 2 && T(c, j - 1)->punct == '.' &&
			    T(c, j - 2)->end - T(c, j - 2)->start == 1 &&
			    is_name_tok(c, j - 2))
				j = run_start(c, j - 2, s0);
			/* (and its courtesy title: "Dr. Haig Avedisian") */
			if (j > s0 + 1 && T(c, j - 1)->punct == '.' &&
			    IN(c, j - 2, honorific))
				j -= 2;
			else if (j > s0 && IN(c, j - 1, honorific) &&
				 is_cap(c, j - 1))
				j--;
			/* (a first name alone with an age: "Julia, 29, a
			 * nurse from Villach, said") */
			if (f == i && (j < nk - 2 || (nk < k && j == nk - 2)) &&
			    (j == s0 || T(c, j - 1)->punct == 'q' ||
			     T(c, j - 1)->punct == ',')) {
				*np0 = j;
				*np1 = nk - 1;
				*comma_before = j > s0;
				return 1;
			}
		}

	}
	/* "Sen. Lindsey Graham, R-S.C., said": the name before the tag */
	if (trailing) {
		k = i;
		while (k > s0 + 2 && T(c, k - 1)->punct == '.')
			k--; /* the tag's own full stop ("S.C.,") */
		/* (and a town of two words: "R-San Antonio,") */
		if (k > s0 + 3 && !party_tag(c, k - 1) && is_cap(c, k - 1) &&
		    party_tag(c, k - 2))
			k--;
		if (k > s0 + 2 && party_tag(c, k - 1) &&
		    T(c, k - 2)->punct == ',') {
			i = k - 2;
			trailing = 0;
		}
		/* "Linda Hoffmann, 67, of Papillion, said": the town,
		 * then the age */
		for (k = i; k > s0 + 3 && i - k < 4 && is_cap(c, k - 1) &&
			    is_word(c, k - 1);
		     k--)
			;
		if (k < i && k > s0 + 3 && is(c, k - 1, "of") &&
		    T(c, k - 2)->punct == ',' &&
		    ((T(c, k - 3)->flags & ARTICLE_DIGIT) ||
		     is_name_tok(c, k - 3)))
			i = k - 2;
		/* "Nino Gelashvili, a 34-year-old schoolteacher from
		 * Kutaisi, said": the post, not where it is held */
		for (k = i; k > s0 + 4 && i - k < 3 && is_cap(c, k - 1) &&
			    is_word(c, k - 1);
		     k--)
			;
		if (k < i && k > s0 + 4 && is(c, k - 1, "from") &&
		    is_lowerword(c, k - 2) && !IN(c, k - 2, function_words))
			i = k - 1;
		/* "On Monday, Nino Gelashvili, a schoolteacher, said": a
		 * name in full and an apposition of plain words no
		 * lexicon need know */
		for (k = i; k > s0 + 3 && i - k < 5 && is_word(c, k - 1) &&
			    (is_lowerword(c, k - 1) || age_word(c, k - 1)) &&
			    !is_det(c, k - 1) &&
			    !IN(c, k - 1, function_words) &&
			    !verb_class(c, k - 1) && !is_aux(c, k - 1);
		     k--)
			;
		/* ("Albin Kurti, the head of the provisional institutions
		 * in Pristina, wrote": "the", a post and its place) */
		if (k == i) {
			for (g = i; g > s0 + 3 && i - g < 12 &&
				    is_word(c, g - 1) &&
				    !(is_lowerword(c, g - 1) &&
				      (verb_class(c, g - 1) ||
				       is_aux(c, g - 1)));
			     g--)
				;
			if (g + 1 < i && g > s0 + 2 && is(c, g, "the") &&
			    IN(c, g + 1, roles) && is_lowerword(c, g + 1) &&
			    T(c, g - 1)->punct == ',' &&
			    is_name_tok(c, g - 2))
				k = g + 1;
		}
		/* ("Mehmet Yildiz, 61, a retired teacher, told me": an
		 * age between) */
		g = k > s0 + 5 && (T(c, k - 3)->flags & ARTICLE_DIGIT) &&
			    T(c, k - 4)->punct == ',' ? k - 2 : k;
		if (k < i && k > s0 + 3 && (is(c, k - 1, "a") ||
					    is(c, k - 1, "an") ||
					    is(c, k - 1, "the")) &&
		    T(c, g - 2)->punct == ',' && is_name_tok(c, g - 3)) {
			f = run_start(c, g - 3, s0);
			if (g - 2 - f >= 2 && f > s0 &&
			    (T(c, f - 1)->punct == ',' ||
			     T(c, f - 1)->punct == 'q' ||
			     is(c, f - 1, "after") || is(c, f - 1, "when") ||
			     is(c, f - 1, "because") || is(c, f - 1, "since") ||
			     is(c, f - 1, "while") || is(c, f - 1, "before"))) {
				*np0 = f;
				*np1 = g - 2;
				*comma_before = 1;
				return 1;
			}
		}
		/* "Erik Lindqvist, 54, said": the name before the age */
		if (i > s0 + 2 && (T(c, i - 1)->flags & ARTICLE_DIGIT) &&
		    T(c, i - 2)->punct == ',' && is_name_tok(c, i - 3)) {
			i -= 2;
			trailing = 0;
		}
	}
	end = i;
	if (i > s0 && is_pronoun(c, i - 1) && !trailing) {
		*np0 = i - 1;
		*np1 = i;
		/* "..., she said": the clause may come before */
		*comma_before = i - 1 > s0 && T(c, i - 2)->punct == ',';
		return 1;
	}
	j = i;
	/* "the host of a prime-time talk show told": a post of a thing
	 * named by lower-case words */
	if (j == end && j > s0 + 3 && is_lowerword(c, j - 1) &&
	    !is_np_word(c, j - 1)) {
		for (k = j; k > s0 + 2 && j - k < 6 && is_word(c, k - 1) &&
			    !is(c, k - 1, "of") && !verb_class(c, k - 1) &&
			    !is_aux(c, k - 1) &&
			    /* "the head of Spanish diplomacy" */
			    (!is_cap(c, k - 1) || demonym_of(c, k - 1));
		     k--)
			;
		if (k > s0 + 1 && is(c, k - 1, "of") &&
		    (f = role_before_of(c, s0, k - 1)) != NONE &&
		    (f == s0 || T(c, f - 1)->punct == 'q' ||
		     T(c, f - 1)->punct == ',')) {
			*np0 = f;
			*np1 = end;
			*comma_before = f > s0 && T(c, f - 1)->punct == ',';
			return 1;
		}
	}
	/* "a source in Russian diplomatic circles told": a post, then
	 * where it is held in words no lexicon knows */
	if (j == end && j > s0 + 3 && is_lowerword(c, j - 1) &&
	    !is_np_word(c, j - 1) && !IN(c, j - 1, function_words)) {
		for (k = j; k > s0 + 2 && j - k < 4 && is_word(c, k - 1) &&
			    ((is_lowerword(c, k - 1) &&
			      !IN(c, k - 1, function_words)) ||
			     demonym_of(c, k - 1)) &&
			    !verb_class(c, k - 1) && !is_aux(c, k - 1);
		     k--)
			;
		if (k < j && (is(c, k - 1, "in") || is(c, k - 1, "from")) &&
		    IN(c, k - 2, roles) && is_lowerword(c, k - 2)) {
			for (f = k - 2; f > s0 && k - 2 - f < 3 &&
					(is_det(c, f - 1) ||
					 (is_lowerword(c, f - 1) &&
					  !IN(c, f - 1, function_words) &&
					  !verb_class(c, f - 1)));
			     f--)
				;
			if (f == s0 || T(c, f - 1)->punct == 'q' ||
			    T(c, f - 1)->punct == ',') {
				*np0 = f;
				*np1 = end;
				*comma_before = f > s0 &&
						T(c, f - 1)->punct == ',';
				return 1;
			}
		}
	}
	/* "Chancellor Christian Stocker of the conservative ÖVP has
	 * insisted": the person before "of the", a word in lower case
	 * and a party's name */
	if (j == end && j > s0 + 5 && is_cap(c, j - 1) && is_word(c, j - 1)) {
		for (k = j - 1; k > s0 + 3 && j - 1 - k < 3 &&
				is_lowerword(c, k - 1) &&
				!IN(c, k - 1, function_words) &&
				!verb_class(c, k - 1);
		     k--)
			;
		if (k < j - 1 && is(c, k - 1, "the") && is(c, k - 2, "of") &&
		    full_name_before(c, s0, k - 2))
			j = end = k - 2;
	}
	/* "Marcin Zaborowski of the GLOBSEC think tank told": a body
	 * named in lower-case words after a person and "of the" */
	if (j == end && j > s0 + 4 && is_lowerword(c, j - 1) &&
	    !is_np_word(c, j - 1)) {
		for (k = j; k > s0 + 3 && j - k < 6 && is_word(c, k - 1) &&
			    !is(c, k - 1, "the") && !verb_class(c, k - 1) &&
			    !is_aux(c, k - 1) && !IN(c, k - 1, function_words);
		     k--)
			;
		if (k < j && k > s0 + 3 && is(c, k - 1, "the") &&
		    is(c, k - 2, "of") && full_name_before(c, s0, k - 2))
			j = end = k - 2;
	}
	while (j > s0) {
		const struct article_tok *t = T(c, j - 1);

		if (is_np_word(c, j - 1)) {
			j--;
		} else if (j < end && is_cap(c, j - 1) &&
			   strchr("FST", c->a->text[T(c, j - 1)->start]) &&
			   (is(c, j - 1, "first") || is(c, j - 1, "second") ||
			    is(c, j - 1, "third")) && IN(c, j, roles)) {
			j--; /* "Second Deputy Prime Minister Yolanda Díaz" */
		} else if (is(c, j - 1, "of") && j < end &&
			   full_name_before(c, s0, j - 1)) {
			j--; /* "Jeanne Shaheen of New Hampshire" */
			end = j;
		} else if (j < end && j - 1 > s0 && is_cap(c, j) &&
			   is_cap(c, j - 2) && IN(c, j - 2, orgs) &&
			   is(c, j - 1, "for")) {
			j--; /* "the Institute for Policy Studies" */
		} else if (j < end && j - 1 > s0 &&
			   c->a->text[t->start] == '/' &&
			   (T(c, j)->flags & ARTICLE_ACRONYM) &&
			   (T(c, j - 2)->flags & ARTICLE_ACRONYM)) {
			j--; /* "The HR/VP" */
		} else if ((is(c, j - 1, "of") || is(c, j - 1, "and")) &&
			   j < end && j - 1 > s0 &&
			   /* not "a video of Secretary General Mark
			    * Rutte saying": the person is the subject */
			   !(IN(c, j - 2, docs) && is(c, j - 1, "of") &&
			     (IN(c, j, roles) || is_name_tok(c, j))) &&
			   (is_np_word(c, j - 2) ||
			    (is(c, j - 1, "and") &&
			     before_aside(c, s0, j - 1) < j - 1))) {
			j--;

		} else if (is(c, j - 1, "of") && j < end &&
			   (k = role_before_of(c, s0, j - 1)) != NONE) {
			j = k; /* "The mayor of the ... town of Kirkenes" */
			break;
		} else if (j < end && j > s0 + 2 &&
			   T(c, j - 2)->end - T(c, j - 2)->start >= 9 &&
			   is(c, j - 1, "to") &&
			   (is(c, j - 2, "travelling") ||
			    is(c, j - 2, "traveling")) &&
			   IN(c, j - 3, roles) && !is_name_tok(c, j)) {
			/* "A senior British official travelling to
			 * Ankara": the official, not the place */
			j -= 2;
		} else if ((is(c, j - 1, "in") || is(c, j - 1, "to") ||
			    is(c, j - 1, "from") ||
			    /* "a historian at Johns Hopkins University",
			     * "the SNP's spokesperson at Westminster" */
			    (is(c, j - 1, "at") &&
			     (trailing || (j - 1 > s0 && is_lowerword(c, j - 2) &&
					   IN(c, j - 2, roles))))) &&
			   j < end && j - 1 > s0 &&
			   (IN(c, j - 2, orgs) || IN(c, j - 2, roles) ||
			    IN(c, j - 2, many) || is(c, j - 2, "some") ||
			    is(c, j - 2, "others") || is(c, j - 2, "many"))) {
			j--; /* "the embassy in Stockholm", "envoy to NATO" */
			/* "sources in Athens", "two diplomats in Brussels" */
			if (!is_np_word(c, j - 1)) {
				j--;
				if (j > s0 && counted_people(c, j - 1, end))
					j--;
			}
		} else if (j < end && close_to(c, s0, j - 1)) {
			j -= 2; /* "a source close to Erdogan" */
		} else if ((t->punct == '(' || t->punct == ')') && j < end) {
			j--;
		} else if (t->punct == ',' && j < end && j - 1 > s0 &&
			   IN(c, j - 2, roles)) {
			j--; /* "President, Dmitry Medvedev" */
		} else if (t->punct == ',' && j < end && j > s0 + 2 &&
			   IN(c, j - 2, countries) &&
			   country_list_of(c, s0, j - 2, end)) {
			j--; /* "the ministers of Estonia, Latvia and ..." */
		} else if (is_det(c, j - 1) && j < end) {
			/* "the envoy to the Western Balkans", "a diplomat
			 * from a southern member state" */
			/* (and "analyst at the Institute" in apposition) */
			/* (and "Sources at the Foreign Ministry") */
			if (j - 1 > s0 + 1 && (is(c, j - 2, "in") ||
					       is(c, j - 2, "to") ||
					       is(c, j - 2, "from") ||
					       ((trailing ||
						 IN(c, j - 3, many) ||
						 (IN(c, j - 3, roles) &&
						  is_lowerword(c, j - 3))) &&
						is(c, j - 2, "at"))) &&
			    (IN(c, j - 3, orgs) || IN(c, j - 3, roles) ||
			     (IN(c, j - 3, many) && j - 3 == s0))) {
				j -= 2;
				continue;
			}
			/* "the Institute for Strategic Studies under the
			 * President": a body's name that says whose it is */
			if (j - 1 > s0 + 1 && is(c, j - 2, "under") &&
			    is_cap(c, j - 3) && is_word(c, j - 3) &&
			    is_cap(c, j)) {
				j -= 2;
				continue;
			}
			/* "Some Republicans on the Hill say": many, none
			 * named */
			if (j - 1 > s0 + 1 && is(c, j - 2, "on") &&
			    IN(c, j - 3, many)) {
				j -= 2;
				continue;
			}
			/* "Some in the West say": no one named */
			if (j - 1 >= s0 + 2 && (is(c, j - 2, "in") ||
						is(c, j - 2, "from")) &&
			    (is(c, j - 3, "some") || is(c, j - 3, "others"))) {
				j -= 3;
				break;
			}
			/* "..., one of the officials said" */
			if (j - 1 >= s0 + 2 && is(c, j - 2, "of") &&
			    is(c, j - 3, "one")) {
				j -= 3;
				break;
			}
			/* "a source close to the government" */
			if (j - 1 > s0 && close_to(c, s0, j - 2)) {
				j -= 3;
				continue;
			}
			/* "Bjørnar Moxnes of the Red Party": the person, not
			 * the party, named before "of"; "the foreign
			 * minister of the Netherlands", "The Embassy of
			 * the Russian Federation": all of it */
			if (j - 1 > s0 + 1 && is(c, j - 2, "of") &&
			    (full_name_before(c, s0, j - 2) ||
			     IN(c, j - 3, roles) ||
			     (IN(c, j - 3, orgs) && is_cap(c, j - 3)))) {
				j -= 2;
				if (full_name_before(c, s0, j))
					end = j;
				continue;
			}
			j--;
			break;
		} else if (j < end && j - 1 > s0 + 2 &&
			   is_lowerword(c, j - 1) &&
			   !IN(c, j - 1, function_words) &&
			   is_det(c, j - 2) &&
			   (is(c, j - 3, "from") || is(c, j - 3, "in") ||
			    (is(c, j - 3, "of") && j + 1 == end &&
			     is_cap(c, j))) &&
			   IN(c, j - 4, roles)) {
			j -= 3; /* "a diplomat from a southern member state",
				 * "chairwoman of the liberal NEOS" */
		} else if (j == end && (k = from_a_place(c, s0, j)) != NONE) {
			j = k; /* "an official from a Western European ally" */
		} else if ((k = close_before(c, s0, j)) != NONE) {
			/* "two people familiar with the talks", "Two EU
			 * diplomats involved in the talks" */
			j = k - 2;
			if (j > s0 && counted_people(c, j - 1, end))
				j--;
			else if (j > s0 + 1 && is_np_word(c, j - 1) &&
				 counted_people(c, j - 2, end))
				j -= 2;
		} else if (j == end && IN(c, j - 1, many) &&
			   !(T(c, j - 1)->flags & ARTICLE_POSS)) {
			/* "..., several EU diplomats told": the many, then
			 * what counts them */
			j--;
			while (j > s0 && is_np_word(c, j - 1))
				j--;
			if (j > s0 && counted_people(c, j - 1, end))
				j = group_of(c, s0, j - 1);
			/* "two senior (EU) diplomats said" */
			else if ((k = counted_before(c, s0, j, end)) != NONE)
				j = group_of(c, s0, k);
			/* "one of the diplomats said" */
			else if (j >= s0 + 3 && is(c, j - 1, "the") &&
				 is(c, j - 2, "of") && is(c, j - 3, "one"))
				j -= 3;
			break;
		} else {
			break;
		}
	}
	/* '"...," principal deputy national security adviser Kim
	 * Tae-hyo told': lower-case words of a title before its role word,
	 * from a clean start */
	if (j > s0 && j < end &&
	    ((is_lowerword(c, j) && (IN(c, j, roles) || IN(c, j, docs))) ||
	     /* "a senior Turkish official", "a senior NATO diplomat" */
	     (is_cap(c, j) && is_lowerword(c, end - 1) &&
	      IN(c, end - 1, roles)))) {
		for (k = j; k > s0 && j - k < 4 && is_lowerword(c, k - 1) &&
			    (!IN(c, k - 1, function_words) ||
			     is(c, k - 1, "first") || is(c, k - 1, "last")) &&
			    !verb_class(c, k - 1) && !is_aux(c, k - 1) &&
			    !IN(c, k - 1, time_words) && !ing_word(c, k - 1) &&
			    !ed_word(c, k - 1) && !is_det(c, k - 1);
		     k--)
			;
		/* '"...," the first post read', "..., a senior official
		 * said", "two senior diplomats said" */
		if (k < j && k > s0 &&
		    (is_det(c, k - 1) || counted_people(c, k - 1, end)) &&
		    (k - 1 == s0 || T(c, k - 2)->punct == 'q' ||
		     T(c, k - 2)->punct == ','))
			k--;
		if (k < j && (k == s0 || T(c, k - 1)->punct == 'q' ||
			      T(c, k - 1)->punct == ','))
			j = k;
	}
	/* "Irakli Kobakhidze, who ..., and parliamentary speaker Shalva
	 * Papuashvili both said": two people, the first with a relative
	 * clause */
	for (g = j; g > s0 + 4 && j - g < 3 && is_lowerword(c, g - 1) &&
		    !IN(c, g - 1, function_words) && !verb_class(c, g - 1);
	     g--)
		; /* "and parliamentary speaker" */
	if (g >= s0 + 4 && j < end && is(c, g - 1, "and") &&
	    (k = comma_who(c, s0, g - 2)) != NONE && k > s0 &&
	    is_name_tok(c, k - 1) && full_name_before(c, s0, k)) {
		for (f = run_start(c, k - 1, s0); f > s0 && is_word(c, f - 1) &&
			    (is_cap(c, f - 1) || IN(c, f - 1, roles));
		     f--)
			;
		if (f == s0 || T(c, f - 1)->punct == 'q' ||
		    T(c, f - 1)->punct == ',') {
			*np0 = f;
			*np1 = end;
			return 1;
		}
	}
	while (j < end && (is(c, j, "of") || is(c, j, "and") ||
			   T(c, j)->punct == ',' || T(c, j)->punct == ')' ||
			   T(c, j)->punct == '('))
		j++;
	if (j >= end)
		return -1;
	*np0 = j;
	*np1 = end;
	/* "..., Irakli Kobakhidze, the prime minister, told", "Li
	 * Andersson, a former leader of the Left Alliance, warned", "Antti
	 * Häkkänen, Finland's defence minister, told": the name the
	 * description is in apposition to is the subject */
	if (trailing && j >= s0 + 2 &&
	    (is(c, j, "the") || is(c, j, "a") || is(c, j, "an") ||
	     (T(c, j)->flags & ARTICLE_POSS) ||
	     /* "Abdulaziz Sager, chairman of the Gulf Research Center," */
	     (is_lowerword(c, j) && IN(c, j, roles)) ||
	     /* "Rand Paul, Republican of Kentucky," */
	     is(c, j, "republican") || is(c, j, "democrat")) &&
	    T(c, j - 1)->punct == ',' && is_name_tok(c, j - 2) &&
	    !(T(c, j - 2)->flags & ARTICLE_POSS)) {
		k = run_start(c, j - 2, s0);
		e1 = j - 1;
		/* "Sen. Jack Reed of Rhode Island, the committee's top
		 * Democrat, said": a full name before "of" and a place */
		if (k > s0 + 3 && is(c, k - 1, "of") && is_name_tok(c, k - 2) &&
		    run_start(c, k - 2, s0) < k - 2) {
			e1 = k - 1;
			k = run_start(c, k - 2, s0);
		}
		/* "Local official Ihor Terekhov, the city's mayor, said":
		 * titles before the name too */
		for (f = k; f > s0 && is_word(c, f - 1) &&
			    (is_cap(c, f - 1) || IN(c, f - 1, roles));
		     f--)
			;
		/* ... or after a rubric ("Driving the news: Sen. ...") */
		/* (a surname alone when it opens the sentence: "Kallas,
		 * a former Estonian prime minister, said") */
		/* ... or after a conjunction ("His comments came after
		 * Albin Kurti, the head of ..., wrote") */
		if ((e1 - k >= 2 ||
		     (e1 - k == 1 && f == k && k == s0 && !is_lexicon(c, k))) &&
		    (f == s0 || T(c, f - 1)->punct == 'q' ||
		     T(c, f - 1)->punct == ',' ||
		     T(c, f - 1)->punct == ':' ||
		     (e1 - k >= 2 &&
		      (is(c, f - 1, "after") || is(c, f - 1, "when") ||
		       is(c, f - 1, "because") || is(c, f - 1, "since") ||
		       is(c, f - 1, "while") || is(c, f - 1, "before"))))) {
			/* (with a courtesy title: "Dr Ian Chong") */
			*np0 = f + 1 == k && IN(c, f, honorific) ? f : k;
			*np1 = e1;
			*comma_before = k > s0 && T(c, k - 1)->punct == ',';
			return 1;
		}
	}
	/* "The diplomat, a former foreign minister, acknowledged": the
	 * description the apposition follows */
	if (trailing && j > s0 + 2 && (is(c, j, "a") || is(c, j, "an")) &&
	    T(c, j - 1)->punct == ',' && is_lowerword(c, j - 2) &&
	    IN(c, j - 2, roles)) {
		for (k = j - 2; k > s0 && j - 2 - k < 3 && is_lowerword(c, k - 1) &&
				!IN(c, k - 1, function_words) &&
				!verb_class(c, k - 1);
		     k--)
			;
		if (k > s0 && is_det(c, k - 1) &&
		    (k - 1 == s0 || T(c, k - 2)->punct == ',' ||
		     T(c, k - 2)->punct == 'q')) {
			*np0 = k - 1;
			*np1 = j - 1;
			*comma_before = k - 1 > s0;
			return 1;
		}
	}
	if (j == s0 || T(c, j - 1)->punct == ',' || T(c, j - 1)->punct == 'q' ||
	    T(c, j - 1)->punct == '.' || T(c, j - 1)->punct == ':' ||
	    T(c, j - 1)->punct == '(' || is(c, j - 1, "that")) {
		*comma_before = j > s0 && T(c, j - 1)->punct == ',';
		return 1;
	}
	/* "A video viewed two million times on TikTok claims": the
	 * document, not the place it was seen */
	if (!trailing && j > s0 + 2 &&
	    T(c, j - 1)->end - T(c, j - 1)->start == 2 &&
	    (is(c, j - 1, "on") || is(c, j - 1, "at")))
		for (k = j - 1; k > s0 + 1 && j - k < 10; k--)
			if (IN(c, k - 1, docs) && is_lowerword(c, k - 1) &&
			    is_det(c, k - 2)) {
				*np0 = k - 2;
				*np1 = k;
				return 1;
			}
	/* "Erdogan's communications director, Fahrettin Altun, said": the
	 * name in apposition is the subject */
	for (k = j + 1; trailing && k + 1 < end; k++)
		if (T(c, k)->punct == ',' && is_name_tok(c, end - 1))
			return 1;
	return trailing ? 0 : 1;
}

static int org_within(const struct ctx *c, size_t k, size_t e);

/* Whether the bracket opening at token j (before e) is a group's and a
 * country's tag: "(EPP, LT)", "(Greens/EFA, DE)", "(R-Ga.)", at most
 * seven tokens of words, commas, slashes and full stops, two or more
 * ("(ÖVP)", "(M)" are read where the name is). */
static int tag_bracket(const struct ctx *c, size_t j, size_t e)
{
	size_t k;

	for (k = j + 1; k < e && k - j <= 7; k++) {
		if (T(c, k)->punct == ')')
			return k > j + 2;
		if (!is_word(c, k) && T(c, k)->punct != ',' &&
		    T(c, k)->punct != '.' && c->a->text[T(c, k)->start] != '/' &&
		    c->a->text[T(c, k)->start] != '&')
			return 0;
	}
	return 0;
}

/*
 * A noun phrase after token i (inverted "said the alliance's
 * secretary-general", "according to a Kremlin statement"): words up to a
 * preposition, relative or verb; commas only before a capital when
 * allow_comma. Returns its end (i when empty).
 */
static size_t fwd_np(const struct ctx *c, size_t i, int allow_comma)
{
	size_t e = sent1(c, i), j = i;

	if (i >= e)
		return i;
	/* "said its spokesman Dmitry Peskov": a possessive before a
	 * post */
	if (is_pronoun(c, i) &&
	    !(IN(c, i, poss_dets) && i + 2 < e && IN(c, i + 1, roles) &&
	      is_name_tok(c, i + 2)))
		return i + 1;
	if (!is_word(c, i) || (!is_cap(c, i) && !is_det(c, i) &&
			       !IN(c, i, poss_dets) &&
			       !one_role(c, i, e) && !counted_people(c, i, e) &&
			       !is_particle(c, i) &&
			       !IN(c, i, roles) && !IN(c, i, orgs) &&
			       !IN(c, i, docs) &&
			       !(T(c, i)->flags & ARTICLE_POSS)))
		return i;
	while (j < e && j - i < 14) {
		const struct article_tok *t = T(c, j);

		if (t->flags & ARTICLE_WORD) {
			if (j + 2 < e && close_to(c, i, j + 1)) {
				j += 2; /* "a source close to the government" */
				continue;
			}
			/* "said Marcin Zaborowski of the GLOBSEC think
			 * tank": the person, named before "of" */
			/* (and "said political scientist Jan Kubáček of
			 * Masaryk University") */
			if (j + 1 < e && is(c, j, "of") &&
			    full_name_before(c, i, j) &&
			    (is_det(c, j + 1) ||
			     org_within(c, j + 1, j + 5 < e ? j + 5 : e)))
				break;
			/* "the Department of Foreign Affairs and Trade": a
			 * body's name goes on past "and" between capitals */
			if (j > i + 2 && j + 1 < e && is(c, j, "and") &&
			    is_cap(c, j - 1) && is_cap(c, j + 1) &&
			    is_word(c, j + 1) && org_within(c, i, j)) {
				j++;
				continue;
			}
			/* "the Austrian Society for European Politics" */
			if (j > i && j + 1 < e && (is(c, j, "for") ||
						   is(c, j, "of")) &&
			    is_lowerword(c, j) && is_cap(c, j - 1) &&
			    !IN(c, j - 1, roles) && is_word(c, j + 1) &&
			    is_cap(c, j + 1)) {
				j++;
				continue;
			}
			/* "a French diplomat posted in the Caucasus", "a
			 * Western diplomat based in Kyiv" */
			if (j > i && j + 2 < e && IN(c, j - 1, roles) &&
			    (is(c, j, "posted") || is(c, j, "based") ||
			     is(c, j, "stationed")) &&
			    is(c, j + 1, "in") &&
			    (is_cap(c, j + 2) || is(c, j + 2, "the"))) {
				j += 2;
				continue;
			}
			/* "a senior official in Ankara" */
			if (j > i && j + 1 < e && is(c, j, "in") &&
			    IN(c, j - 1, roles) &&
			    is_cap(c, j + 1) &&
			    !(T(c, j + 1)->flags & ARTICLE_POSS)) {
				j += 2;
				continue;
			}
			/* a verb ends the noun phrase, but "the report" is
			 * a noun */
			if (is_lowerword(c, j) &&
			    (IN(c, j, fstop_words) ||
			     (verb_class(c, j) &&
			      !((verb_class(c, j) & V_NOUNLIKE) && j > i &&
				is_det(c, j - 1)))))
				break;
			if (j > i && IN(c, j, time_words))
				break;
			j++;
		} else if (t->punct == '(' && j > i &&
			   full_name_before(c, i, j) && tag_bracket(c, j, e)) {
			break; /* "said Rasa Juknevičienė (EPP, LT)" */
		} else if ((t->punct == '(' || t->punct == ')') && j > i) {
			j++;
		} else if (j > i && j + 1 < e &&
			   c->a->text[t->start] == '/' &&
			   (T(c, j - 1)->flags & ARTICLE_ACRONYM) &&
			   (T(c, j + 1)->flags & ARTICLE_ACRONYM)) {
			j++; /* "said CDU/CSU parliamentary group leader" */
		} else if (t->punct == ',' && j > i && j + 1 < e &&
			   party_tag(c, j + 1) && full_name_before(c, i, j)) {
			break; /* "said Sen. Lisa Murkowski, R-Alaska, who" */
		} else if (t->punct == ',' && allow_comma && j + 1 < e &&
			   is_cap(c, j + 1)) {
			j++;
		} else {
			break;
		}
	}
	while (j > i && (T(c, j - 1)->punct == ',' ||
			 T(c, j - 1)->punct == '('))
		j--;
	return j;
}

/*
 * A description opening the sentence, up to two plain adjectives after
 * its article ("A senior NATO diplomat"): its end, or s0.
 */
static size_t desc_np(const struct ctx *c, size_t s0)
{
	size_t e = sent1(c, s0), j = s0 + 1, k;

	/* "One senior European official, who ..., said" too, and "Two
	 * officials from NATO member states, who ..., said" */
	if (s0 >= e || !(is_det(c, s0) || is(c, s0, "one") ||
			 is(c, s0, "another") || counted_people(c, s0, e)))
		return s0;
	for (k = 0; k < 2 && j < e && is_lowerword(c, j) &&
	     (!is_lexicon(c, j) || is(c, j, "second") || is(c, j, "third"));
	     k++)
		j++; /* "A third diplomat" too */
	while (j < e && is_np_word(c, j))
		j++;
	/* "The representative of the United Kingdom, recalling ...,
	 * said": a post of a country */
	if (j > s0 + 1 && j + 1 < e && IN(c, j - 1, roles) &&
	    is(c, j, "of")) {
		for (k = j + 1; k < e && k < j + 6 &&
				(is_cap(c, k) || is(c, k, "the")) &&
				is_word(c, k);
		     k++)
			;
		if (k > j + 1 && is_cap(c, k - 1) && k < e &&
		    T(c, k)->punct == ',')
			j = k;
	}
	/* "A senior official from a southern member state, who ...": a
	 * place or a side after the role, up to the comma */
	if (j > s0 + 1 && j < e && IN(c, j - 1, roles) &&
	    (is(c, j, "from") || is(c, j, "in") || is(c, j, "at"))) {
		for (k = j + 1; k < e && k - j < 8 && is_word(c, k); k++)
			;
		if (k > j + 1 && k < e && T(c, k)->punct == ',')
			j = k;
	}
	return j;
}

/* A conjunction that may open a sentence before its subject. */
static int opening_conj(const struct ctx *c, size_t i)
{
	return is(c, i, "but") || is(c, i, "and") || is(c, i, "yet");
}

static size_t after_dateline(const struct ctx *c, size_t i, size_t end);

/*
 * Where the sentence from s0 starts its subject: past a dateline
 * ("KYIV, Ukraine (AP) —"), an opening "But" and an adverb with its
 * comma ("Separately, Kremlin spokesman ...").
 */
static size_t subject_start(const struct ctx *c, size_t s0)
{
	size_t e = sent1(c, s0), j = after_dateline(c, s0, e);

	/* "Driving the news: Sen. Jim Risch ...": a short rubric and its
	 * colon opening the paragraph, before a capitalised word */
	if (j == s0 && s0 == c->a->para[T(c, s0)->para].tok0) {
		size_t k;

		for (k = j; k < e && k - j < 6 &&
			    ((is_word(c, k) && !verb_class(c, k) &&
			      !is_aux(c, k)) ||
			     (k > j && T(c, k)->punct == ','));
		     k++)
			;
		if (k > j && k + 1 < e && T(c, k)->punct == ':' &&
		    is_word(c, k + 1) && is_cap(c, k + 1))
			j = k + 1;
	}
	/* "Speaking to IRNA on the sidelines of the meeting, Ebrahim
	 * Rezaei, the spokesman ..., said": an opening participle, its
	 * phrase and its comma */
	/* (and "Reached by telephone, Vaud UDC Grand Councillor
	 * Pierre-Alain Rochat ... accused": a past participle and "by") */
	if (j == s0 && j + 3 < e && is_cap(c, j) &&
	    T(c, j)->end - T(c, j)->start > 5 &&
	    ((!strncasecmp(c->a->text + T(c, j)->end - 3, "ing", 3) &&
	      (verb_class(c, j) || is(c, j, "speaking") ||
	       is(c, j, "talking") || is(c, j, "addressing") ||
	       is(c, j, "answering") || is(c, j, "responding") ||
	       is(c, j, "briefing"))) ||
	     (ed_word(c, j) && is(c, j + 1, "by")))) {
		size_t k;

		for (k = j + 1; k < e && k - j < 16 && T(c, k)->punct != ',' &&
			    T(c, k)->punct != 'q';
		     k++)
			;
		if (k + 1 < e && T(c, k)->punct == ',' && is_word(c, k + 1) &&
		    is_cap(c, k + 1))
			j = k + 1;
	}
	if (j < e && opening_conj(c, j))
		j++; /* "But former minister Ursula Plassnik, writing ..." */
	if (j + 1 < e && IN(c, j, adverbs) && T(c, j + 1)->punct == ',')
		j += 2;
	/* "For his part, Tsahkna praised ...", "In turn, the minister",
	 * "Elsewhere in his remarks, the Iranian foreign minister": a
	 * short opening phrase of lower-case words and its comma */
	if (j + 3 < e && IN(c, j, adverbs) && !IN(c, j, aux) &&
	    (is(c, j + 1, "in") || is(c, j + 1, "on") ||
	     is(c, j + 1, "at")))
		j++;
	if (j + 2 < e && IN(c, j, function_words) &&
	    (is(c, j, "for") || is(c, j, "in") || is(c, j, "on") ||
	     is(c, j, "at"))) {
		size_t k;

		/* and "In Kyiv, Foreign Minister Andrii Sybiha ...", "On
		 * the state-run Rossiya-1 channel, presenter Vladimir
		 * Solovyov ..." */
		for (k = j + 1; k < e && k - j < 6 &&
			    (is_lowerword(c, k) || IN(c, k, countries) ||
			     (k > j + 1 && is_word(c, k) && is_cap(c, k)));
		     k++)
			;
		if (k > j + 1 && k + 1 < e && T(c, k)->punct == ',' &&
		    is_word(c, k + 1) &&
		    (is_cap(c, k + 1) ||
		     /* not "In a statement, the ministry said": the
		      * document a later "the statement said" is */
		     (is(c, k + 1, "the") && !in_a_document(c, j)) ||
		     (k + 2 < e && is_lowerword(c, k + 1) &&
		      IN(c, k + 1, roles) && is_name_tok(c, k + 2))))
			j = k + 1;
		else if (j > s0 && IN(c, j - 1, adverbs))
			j--;
	}
	return j;
}

/* The sentence's own subject, for participles with none ("NATO allies
 * confined themselves to stating that ..."). */
static size_t head_np(const struct ctx *c, size_t s0)
{
	size_t e = sent1(c, s0), j = subject_start(c, s0), k;

	if (j < e && is_det(c, j))
		j++;
	/* "Mr Stoltenberg, however, said" */
	if (j + 1 < e && (is(c, j, "mr") || is(c, j, "mr.")) &&
	    is_cap(c, j + 1))
		j++;
	/* "People Before Profit TD Paul Murphy": a capitalised function
	 * word inside a run of capitalised words */
	for (k = j; j < e && (is_np_word(c, j) ||
			      ((is(c, j, "of") ||
				/* "Minister for Housing Darragh O'Brien" */
				(is(c, j, "for") && j > k && is_cap(c, j - 1) &&
				 IN(c, j - 1, roles))) &&
			       j + 1 < e && is_np_word(c, j + 1)) ||
			      (j > k && is_cap(c, j) && j + 1 < e &&
			       is_cap(c, j + 1) && is_np_word(c, j + 1)));
	     j++)
		;
	/* "Hungary's pro-government daily Magyar Nemzet": words that
	 * describe, between a possessive and a name */
	if (j > s0 && j < e && (T(c, j - 1)->flags & ARTICLE_POSS)) {
		for (k = j; k < e && k - j < 3 && is_lowerword(c, k) &&
			    !IN(c, k, function_words) && !verb_class(c, k) &&
			    !is_aux(c, k);
		     k++)
			;
		if (k > j && k < e && is_name_tok(c, k))
			for (j = k; j < e && is_np_word(c, j); j++)
				;
	}
	/* "Bosniak member of the presidency Denis Becirovic"; not
	 * "Yoshihiko Noda of the Constitutional Democratic Party", a
	 * person named before "of" */
	while (j > s0 && j + 2 < e && is(c, j, "of") && is(c, j + 1, "the") &&
	       is_np_word(c, j + 2) && !full_name_before(c, s0, j)) {
		j += 2;
		while (j < e && is_np_word(c, j))
			j++;
	}
	/* "The Ukrainian Embassy in Tokyo, in a post on X, thanked": a
	 * body's seat before the comma */
	if (j > s0 && j + 2 < e && is(c, j, "in") && IN(c, j - 1, orgs) &&
	    is_cap(c, j + 1) && is_word(c, j + 1) &&
	    T(c, j + 2)->punct == ',')
		j += 2;
	return j;
}

/* ---- reported clauses ---- */

/* An auxiliary or modal verb: what a bare noun subject is followed by. */
static int is_aux(const struct ctx *c, size_t i)
{
	return IN(c, i, aux) && !(T(c, i)->flags & ARTICLE_POSS);
}

static int s_verb(const struct ctx *c, size_t i);

static int clause_start(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);

	if (!(t->flags & ARTICLE_WORD))
		return 0;
	if (IN(c, i, clause_words))
		return 1;
	/* "said New Delhi made a choice": a place, not the adjective */
	if (is(c, i, "new") && is_cap(c, i) && i + 1 < c->a->ntok &&
	    is_name_tok(c, i + 1))
		return 1;
	if (IN(c, i, time_words) || IN(c, i, function_words))
		return 0;
	/* "repeated Budapest's opposition on the same day": a possessive
	 * and its noun, no verb, is an object; "said Russia's position
	 * was clear" a clause */
	if ((t->flags & ARTICLE_POSS) && !headline(c, i)) {
		size_t k, e = sent1(c, i);

		for (k = i + 1; k < e && k < i + 8 && is_word(c, k); k++)
			if (is_aux(c, k) || past_word(c, k) ||
			    verb_class(c, k) ||
			    /* "Ukraine's future lies in NATO" */
			    (k == i + 2 && s_verb(c, k) &&
			     !plural(c, i + 1)))
				return 1;
		return 0;
	}
	/* "said allies were divided": a bare noun, then its verb; in a
	 * headline, without it ("says door open to Georgia") */
	if (is_lowerword(c, i) && i + 1 < c->a->ntok &&
	    T(c, i + 1)->sent == t->sent &&
	    (is_aux(c, i + 1) || (headline(c, i) && is_word(c, i + 1))))
		return 1;
	/* "said patrols continued daily": a bare plural, then its past */
	if (is_lowerword(c, i) && plural(c, i) && i + 1 < c->a->ntok &&
	    T(c, i + 1)->sent == t->sent && past_word(c, i + 1) &&
	    !IN(c, i, function_words))
		return 1;
	/* "said giving up on membership would reward aggression": a
	 * gerund subject, then its verb */
	if (ing_word(c, i)) {
		size_t k, e = sent1(c, i);

		for (k = i + 1; k < e && k < i + 8 && is_word(c, k); k++)
			if (is_aux(c, k))
				return 1;
	}
	/* "says cross-border contacts with Russia have dried up": a bare
	 * noun, a preposition and its object, then the verb */
	if (is_lowerword(c, i) && !IN(c, i, function_words)) {
		size_t k = i + 1, e = sent1(c, i);

		if (k < e && is_lowerword(c, k) && !IN(c, k, function_words) &&
		    !verb_class(c, k))
			k++;
		if (k < e && (is(c, k, "with") || is(c, k, "of") ||
			      is(c, k, "from") || is(c, k, "between")))
			for (k++; k < e && k < i + 8 && is_word(c, k) &&
				  !is(c, k, "who") && !is(c, k, "which") &&
				  !is(c, k, "that");
			     k++)
				if (is_aux(c, k))
					return 1;
	}
	return (t->flags & (ARTICLE_CAP | ARTICLE_DIGIT)) != 0;
}

static int ing_word(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);

	return is_lowerword(c, i) && t->end - t->start > 5 &&
	       !memcmp(c->a->text + t->end - 3, "ing", 3) &&
	       !IN(c, i, not_participles) && !IN(c, i, function_words);
}

/* A word of more than four letters in "-ed" ("encouraged", "Closed"). */
static int ed_word(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);

	return t->end - t->start > 4 &&
	       !memcmp(c->a->text + t->end - 2, "ed", 2);
}

/* A past tense: a lower-case word in "-ed", or "did", "was", "were",
 * "had". */
static int past_word(const struct ctx *c, size_t i)
{
	if (!is_lowerword(c, i))
		return 0;
	return is(c, i, "did") || is(c, i, "was") || is(c, i, "were") ||
	       is(c, i, "had") || ed_word(c, i);
}

/* A lower-case word of four letters or more in "-s", not "-ss" or
 * "-us": perhaps a verb's third person ("blames", "urges"). */
static int s_verb(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);
	const char *w = c->a->text + t->start;
	size_t n = t->end - t->start;

	/* (not "news", as in "a regular news conference") */
	return is_lowerword(c, i) && n >= 4 && w[n - 1] == 's' &&
	       w[n - 2] != 's' && w[n - 2] != 'u' &&
	       !IN(c, i, function_words) && !(n == 4 && is(c, i, "news"));
}

static int past_within(const struct ctx *c, size_t c0, size_t c1)
{
	for (; c0 < c1; c0++)
		if (past_word(c, c0))
			return 1;
	return 0;
}

/* Whether token i's paragraph ends without a full stop, as a
 * standfirst under a byline does. */
static int unstopped_para(const struct ctx *c, size_t i)
{
	const struct article_para *pa = &c->a->para[T(c, i)->para];
	char p;

	if (pa->tok1 <= pa->tok0)
		return 0;
	p = T(c, pa->tok1 - 1)->punct;
	return is_word(c, pa->tok1 - 1) && p != '.' && p != '!' && p != '?';
}

/*
 * End of the reported clause starting at c0: the end of the sentence or
 * the first aside the writer adds (", according to", ", which", ", as",
 * ", responding ...", "when talking", ", and analysts argued").
 */
static size_t cut_clause(const struct ctx *c, size_t c0, size_t e)
{
	size_t k, n, j;

	/* no reported clause runs on for more than CLAUSE_MAX tokens; a
	 * sentence of thousands (text without full stops) is not read to
	 * its end once per verb of speech in it */
	if (e > c0 + CLAUSE_MAX)
		e = c0 + CLAUSE_MAX;

	for (k = c0; k < e; k++) {
		const struct article_tok *t = T(c, k);

		if ((t->punct == ';' || t->punct == ':') && !c->inq[k])
			return k;
		if ((is(c, k, "when") || is(c, k, "while")) && k + 1 < e &&
		    ing_word(c, k + 1))
			return k;
		/* "said Ukraine's future lies in the alliance but declined
		 * to offer a timeline": the speaker's next act, in the
		 * past, after a clause in the present; and "said the
		 * Conservatives supported the deployment but questioned
		 * how it would be paid for": a past tense that asks,
		 * whatever the clause's tense */
		if (k > c0 && k + 1 < e && is(c, k, "but") && !c->inq[k] &&
		    past_word(c, k + 1) &&
		    (!past_within(c, c0, k) ||
		     (k + 2 < e &&
		      (is(c, k + 2, "how") || is(c, k + 2, "whether") ||
		       is(c, k + 2, "why") || is(c, k + 2, "what")))))
			return k;
		/* "said X and insisted that Y": the speaker's next verb
		 * of speech starts a clause of its own */
		if (k > c0 && k + 1 < e && verb_class(c, k + 1) &&
		    (is(c, k, "and") || is(c, k, "but")) && !c->inq[k] &&
		    is_lowerword(c, k + 1) &&
		    (past_word(c, k + 1) || is(c, k + 1, "said") ||
		     is(c, k + 1, "told") || is(c, k + 1, "wrote") ||
		     /* "says X and assures that Y" */
		     (s_verb(c, k + 1) && k + 2 < e &&
		      is(c, k + 2, "that"))))
			return k;
		/* 'were "for Europeans to decide," adding that ...': the
		 * comma inside the quotation ends the clause as well */
		if (k > c0 && k + 1 < e && is_closing_mark(c, k) &&
		    T(c, k - 1)->punct == ',' && ing_word(c, k + 1) &&
		    verb_class(c, k + 1))
			return k + 1;
		/* "Macron says NATO path 'irreversible' as allies gather in
		 * Paris": a headline's time clause is the writer's (not
		 * "as soon as", "as a member", "as well as") */
		if (k > c0 + 2 && k + 2 < e && headline(c, k) &&
		    is(c, k, "as") && !c->inq[k] &&
		    (is_word(c, k - 1) || T(c, k - 1)->punct == 'q') &&
		    !is(c, k - 1, "such") && !is(c, k - 1, "well") &&
		    !is(c, k - 1, "same") && !is(c, k - 1, "so") &&
		    is_word(c, k + 1) && !is(c, k + 1, "a") &&
		    !is(c, k + 1, "an") && !is(c, k + 1, "part") &&
		    !is(c, k + 1, "soon") && !is(c, k + 1, "long") &&
		    !is(c, k + 1, "well") && !is(c, k + 1, "much") &&
		    !is(c, k + 1, "possible") && !is(c, k + 1, "early"))
			return k;
		if (t->punct != ',' || c->inq[k] || k + 1 >= e)
			continue;
		n = k + 1;
		/* "Kobakhidze says X 'remains', blames West for stalled
		 * bid": a headline's second verb, in "-s", has the same
		 * subject and a clause of its own */
		if (headline(c, k) && n + 1 < e && s_verb(c, n) &&
		    (verb_class(c, n) || is_cap(c, n + 1) ||
		     is(c, n + 1, "the")))
			return k;
		/* ", with Kremlin spokesman Dmitry Peskov saying that": a
		 * speaker of its own */
		if (is(c, n, "with"))
			for (j = n + 1; j < e && j < n + 9 && is_word(c, j);
			     j++)
				if (ing_word(c, j) && verb_class(c, j))
					return k;
		if (is(c, n, "according") || is(c, n, "which") ||
		    is(c, n, "who") || is(c, n, "as") || ing_word(c, n))
			return k;
		/* ", while Moscow insists ...": the writer's contrast with
		 * a speaker of its own (not ", while others preferred") */
		/* (and in a headline or standfirst, any ", while ...":
		 * "..., while the government's coalition partners remain
		 * wary") */
		if ((is(c, n, "while") || is(c, n, "whereas")) &&
		    (headline(c, k) || unstopped_para(c, k)))
			return k;
		if (is(c, n, "while") || is(c, n, "whereas"))
			for (j = n + 2; j < e && j < n + 6 && is_word(c, j);
			     j++)
				if (is_lowerword(c, j) &&
				    (verb_class(c, j) & V_CLASS) == V_SAY &&
				    !ing_word(c, j))
					return k;
		/* ", even as his government continues ...": the writer's */
		if (is(c, n, "even") && n + 1 < e &&
		    (is(c, n + 1, "as") || is(c, n + 1, "though")))
			return k;
		/* ", hours after the alliance agreed ...": the writer's time */
		if (n + 1 < e && (is(c, n, "hours") || is(c, n, "days") ||
				  is(c, n, "minutes") || is(c, n, "shortly")))
			n++;
		if (is(c, n, "after") || is(c, n, "before"))
			return k;
		n = k + 1;
		/* not ", and that patrols continued daily": a second
		 * clause of the same verb */
		if ((is(c, n, "and") || is(c, n, "but")) &&
		    !(n + 1 < e && is(c, n + 1, "that"))) {
			for (j = n + 1; j < e && j <= n + 3; j++)
				if (is_lowerword(c, j) && verb_class(c, j))
					return k;
			/* ", and NATO Secretary General Mark Rutte urged" */
			j = n + 1 < e && is_det(c, n + 1) ? n + 2 : n + 1;
			for (; j < e && j < n + 9 && is_np_word(c, j); j++)
				;
			/* and ", and a Scottish Labour frontbencher told
			 * me": a verb of speech in its past */
			if (j > n + 2 && j < e && is_lowerword(c, j) &&
			    verb_class(c, j) &&
			    (past_word(c, j) || is(c, j, "told") ||
			     is(c, j, "said") || is(c, j, "wrote")))
				return k;
		}
		/* ", a target he described as \"...\"": the writer's aside
		 * with a verb of speech of its own */
		n = k + 1;
		if (n < e && is_det(c, n))
			n++;
		if (n < e && is_lowerword(c, n) && !verb_class(c, n) &&
		    !is_pronoun(c, n))
			n++;
		if (n > k + 1 && n + 1 < e && is_he(c, n) &&
		    verb_class(c, n + 1))
			return k;
		n = k + 1;
		/* "urges NATO to stop expanding, says bloc should ...": the
		 * same subject's next verb of speech */
		if (is_lowerword(c, n) && verb_class(c, n) == V_SAY &&
		    n + 1 < e && is_word(c, n + 1))
			return k;
		/* ", Zelenskyy said", ", the BBC reported", ", the head
		 * of state replied" */
		if (is_det(c, n))
			n++;
		for (j = n; j < e && j < n + 6 &&
			    (is_np_word(c, j) ||
			     (is(c, j, "of") && j > n && j + 1 < e &&
			      is_np_word(c, j + 1)));
		     j++)
			;
		if (j > n && j < e && verb_class(c, j))
			return k;
	}
	return e;
}

static size_t trim_clause(const struct ctx *c, size_t c0, size_t c1)
{
	size_t k, marks;

	while (c1 > c0) {
		char p = T(c, c1 - 1)->punct;

		/* "... the declaration.[46]": a citation */
		if (p == ']' && c1 >= c0 + 3 && T(c, c1 - 3)->punct == '[' &&
		    (T(c, c1 - 2)->flags & ARTICLE_DIGIT)) {
			c1 -= 3;
			continue;
		}
		if (p != '.' && p != ',' && p != ';' && p != ':' && p != '-' &&
		    p != 'q')
			break;
		if (p == 'q') {
			/* "will join 'very soon'": keep the mark that closes */
			for (marks = 0, k = c0; k + 1 < c1; k++)
				marks += T(c, k)->punct == 'q';
			if (marks % 2)
				break;
		}
		c1--;
	}
	return c1;
}

static size_t count_words(const struct ctx *c, size_t c0, size_t c1,
			  size_t *quoted)
{
	size_t k, n = 0;

	*quoted = 0;
	for (k = c0; k < c1; k++) {
		if (!is_word(c, k))
			continue;
		n++;
		*quoted += c->inq[k] != 0;
	}
	return n;
}

/*
 * "urged Turkey to ...", "accused Stockholm of being ...": after its
 * object, a reported clause goes on with "to", "of", "that", "against"
 * or "from"; "warns NATO over Georgia membership" reports no words.
 */
/*
 * "NATO leaders gather in Türkiye ..., writes Karim Abdel-Hadi": a
 * standfirst in the first paragraphs that ends on "writes" and a name
 * the article never names again is the writer's byline.
 */
static int has_quote_mark(const struct ctx *c, size_t c0, size_t c1);

static int standfirst_byline(const struct ctx *c, const struct cue *cu)
{
	size_t p = T(c, cu->pos)->para, k, n = 0, last, len;

	if (p > 3 || !is(c, cu->pos, "writes") || cu->np0 != cu->pos + 1 ||
	    !(cu->np1 == c->a->para[p].tok1 ||
	      (cu->np1 + 1 == c->a->para[p].tok1 &&
	       T(c, cu->np1)->punct == '.')) ||
	    has_quote_mark(c, c->a->para[p].tok0, cu->np1))
		return 0;
	/* (a name in capitals, its surname nowhere else) */
	last = cu->np1 - 1;
	if (cu->np1 < cu->np0 + 2 || !is_cap(c, cu->np0) || !is_cap(c, last))
		return 0;
	len = T(c, last)->end - T(c, last)->start;
	for (k = 0; k < c->a->ntok; k++)
		if (k != last && T(c, k)->end - T(c, k)->start >= len &&
		    !memcmp(c->a->text + T(c, k)->start,
			    c->a->text + T(c, last)->start, len))
			n++;
	return n == 0;
}

/*
 * Whether [k, j) is "in a statement", "in an interview", "on its
 * website": where the words were given, between a verb and its "that".
 */
static int in_a_doc(const struct ctx *c, size_t k, size_t j)
{
	if (j < k + 2 || j > k + 4 || !(is(c, k, "in") || is(c, k, "on")))
		return 0;
	if (!IN(c, j - 1, docs) && !is(c, j - 1, "interview") &&
	    !is(c, j - 1, "website"))
		return 0;
	for (k++; k < j - 1; k++)
		if (!is_det(c, k) && !IN(c, k, poss_dets) &&
		    !is_lowerword(c, k))
			return 0;
	return 1;
}

static int object_clause(const struct ctx *c, const struct cue *cu)
{
	size_t k;

	/* not the "of" of another verb: "urges NATO invitation as
	 * Kremlin warns of ..." */
	/* not "asked the Office of X to comment": a request for words,
	 * none reported */
	for (k = cu->c0; k + 1 < cu->c1 && k < cu->c0 + 12; k++)
		if (is(c, k, "to") &&
		    (is(c, k + 1, "comment") || is(c, k + 1, "respond") ||
		     is(c, k + 1, "reply")))
			return 0;
	for (k = cu->c0; k < cu->c1 && !verb_class(c, k); k++)
		if (is(c, k, "to") || is(c, k, "of") || is(c, k, "that") ||
		    is(c, k, "against") || is(c, k, "from"))
			return 1;
	return 0;
}

/*
 * Whether [k, e) up to its first punctuation has a word that makes it a
 * clause: an auxiliary or modal ("was", "would") or a past tense
 * ("encouraged").
 */
static int finite_within(const struct ctx *c, size_t k, size_t e)
{
	if (e > k + CLAUSE_MAX)
		e = k + CLAUSE_MAX;
	for (; k < e && is_word(c, k); k++)
		if (is_aux(c, k) || (is_lowerword(c, k) && ed_word(c, k)) ||
		    /* "he remembers", "she thinks": a present tense after
		     * a subject pronoun */
		    (k + 1 < e && (is(c, k, "he") || is(c, k, "she")) &&
		     s_verb(c, k + 1)))
			return 1;
	return 0;
}

/*
 * "asserted his support for ...", "announced its candidacy for ...": a
 * possessive, a noun and a preposition are the verb's object, not a
 * clause ("said his country must ..." goes on with a verb).
 */
static int object_np(const struct ctx *c, size_t c0, size_t c1)
{
	static const char *const abstract[] = { "importance", "need",
						 "necessity", "significance",
						 "role", "value" };
	size_t k = c0 + 2, j;

	/* "emphasizing the importance of diversifying ...", "stressed
	 * the need for unity": an object, when no verb follows (not "said
	 * the need for reform was urgent") */
	if (k < c1 && is(c, c0, "the") && (is(c, k, "of") || is(c, k, "for")))
		for (j = 0; j < N(abstract); j++)
			if (is(c, c0 + 1, abstract[j]))
				return !finite_within(c, k, c1);

	if (k >= c1 || !IN(c, c0, poss_dets) || !is_lowerword(c, c0 + 1) ||
	    (T(c, c0 + 1)->flags & ARTICLE_POSS))
		return 0;
	/* (and an adjective first: "declared its permanent neutrality in
	 * a constitutional law") */
	if (k + 1 < c1 && is_lowerword(c, k) && !IN(c, k, function_words) &&
	    !verb_class(c, k) && !is_aux(c, k) && !s_verb(c, k) &&
	    !ed_word(c, k) && !(T(c, k)->flags & ARTICLE_POSS) &&
	    IN(c, k + 1, function_words) && !is(c, k + 1, "that"))
		k++;
	return is(c, k, "for") || is(c, k, "of") || is(c, k, "to") ||
	       is(c, k, "with") || is(c, k, "on") || is(c, k, "in") ||
	       is(c, k, "at") || is(c, k, "about") || is(c, k, "over");
}

/*
 * "a day earlier that", "two weeks ago that": a time phrase right after
 * the verb, then "that"; the index of "that", or NONE.
 */
static size_t time_then_that(const struct ctx *c, size_t k, size_t e)
{
	size_t j;
	int time = 0;

	for (j = k; j < e && j < k + 5; j++) {
		if (is(c, j, "that"))
			return time ? j : NONE;
		if (IN(c, j, time_words) || is(c, j, "day") ||
		    is(c, j, "days") || is(c, j, "weeks") ||
		    is(c, j, "months") || is(c, j, "ago") ||
		    /* "said at the weekend that" */
		    is(c, j, "weekend") || is(c, j, "week") ||
		    is(c, j, "morning") || is(c, j, "evening") ||
		    /* "wrote on Facebook that", "on social media" */
		    (j == k + 1 && is(c, k, "on") &&
		     ((is_cap(c, j) && is_word(c, j)) || is(c, j, "social"))) ||
		    (j == k + 2 && is(c, j, "media")))
			time = 1;
		else if (!is(c, j, "a") && !is(c, j, "an") &&
			 !is(c, j, "the") && !is(c, j, "last") &&
			 !(j == k && (is(c, j, "at") || is(c, j, "on") ||
				      is(c, j, "over"))) &&
			 !is(c, j, "this") && !is(c, j, "two") &&
			 !is(c, j, "three") && !is(c, j, "few") &&
			 !(T(c, j)->flags & ARTICLE_DIGIT))
			return NONE;
	}
	return NONE;
}

/* "won't", "can’t", "Doesn't": a verb's negated contraction. */
static int negated_aux(const struct ctx *c, size_t k)
{
	const struct article_tok *t = T(c, k);
	const char *e = c->a->text + t->end;
	size_t n = t->end - t->start;

	return (n >= 4 && !memcmp(e - 3, "n't", 3)) ||
	       (n >= 6 && !memcmp(e - 5, "n\xe2\x80\x99t", 5));
}

/*
 * "recalled the defence cooperation declaration that Croatia ...
 * signed": a document, its article first, then "that" opening a
 * relative clause: the verb's object, no clause of its own.
 */
static int doc_then_that(const struct ctx *c, size_t c0, size_t c1)
{
	size_t j;

	if (!is_det(c, c0))
		return 0;
	for (j = c0 + 2; j < c1 && j <= c0 + 4 && is_word(c, j); j++)
		if (is(c, j, "that"))
			return IN(c, j - 1, docs) && is_lowerword(c, j - 1);
	return 0;
}

/*
 * Whether the bare words [c0, c1) after a speech verb are only its
 * objects ("warned Stockholm and Helsinki on Monday", "Warns NATO over
 * Georgia Membership"): no auxiliary or word ending in "-ed", no
 * lower-case word but function and time words, and at least one
 * function word joining the names.
 */
static int names_only(const struct ctx *c, size_t c0, size_t c1)
{
	size_t k;
	int joined = 0;

	/* "Kremlin warns Finland over NATO troops": a name, then what it
	 * is warned over, with no verb of its own */
	for (k = c0; k < c1 && is_cap(c, k) && is_word(c, k); k++)
		;
	if (k > c0 && k + 1 < c1 &&
	    (is(c, k, "over") || is(c, k, "about") ||
	     /* (not "warned Georgia against pursuing ...", as "urged X
	      * not to") */
	     (is(c, k, "against") && !ing_word(c, k + 1)))) {
		for (; k < c1; k++)
			if (is_aux(c, k) || (is_word(c, k) && ed_word(c, k)) ||
			    (is_lowerword(c, k) && verb_class(c, k)))
				return 0;
		return 1;
	}

	for (k = c0; k < c1; k++) {
		if (!is_word(c, k))
			continue;
		/* "Says NATO Doors Closed to Ukraine": a past participle;
		 * "Says Island Won't Wait ... for Turkey", "Does Not": a
		 * verb's contraction or "do" */
		if (is_aux(c, k) || ed_word(c, k) || negated_aux(c, k) ||
		    is(c, k, "does") || is(c, k, "do") || is(c, k, "did"))
			return 0;
		if (IN(c, k, function_words))
			joined = 1;
		else if (is_lowerword(c, k) && !IN(c, k, time_words))
			return 0;
	}
	return joined;
}

/*
 * The end of the object of "told" at k: a run of capitalised words
 * ("Reuters", "The Associated Press") or one lower-case word
 * ("reporters"); k when there is none.
 */
static size_t told_whom(const struct ctx *c, size_t k, size_t e)
{
	size_t j = k, p;

	/* "tells me he remembers ...", "told us that" */
	if (k < e && (is(c, k, "me") || is(c, k, "us")))
		j = k + 1;
	else if (k < e && is_lowerword(c, k) && !IN(c, k, function_words) &&
	    !IN(c, k, time_words))
		j = k + 1;
	else {
		/* "told the BBC that" */
		if (j + 1 < e && is(c, j, "the") && is_cap(c, j + 1))
			j++;
		while (j < e && is_word(c, j) && is_cap(c, j) && j - k < 5)
			j++;
		/* "told European allies it could ...": the people after
		 * their adjective */
		if (j > k && j < e && is_lowerword(c, j) && plural(c, j) &&
		    !IN(c, j, function_words) && !verb_class(c, j) &&
		    !IN(c, j, time_words))
			j++;
	}
	/* "told reporters in Canberra the ...", "told CNN on Sunday" */
	if (j > k && j + 1 < e && (is(c, j, "in") || is(c, j, "at")) &&
	    is_cap(c, j + 1)) {
		for (p = j + 1; p < e && is_cap(c, p) && p - j < 4; p++)
			;
		return p;
	}
	if (j > k && j + 1 < e && is(c, j, "on") && IN(c, j + 1, time_words))
		return j + 2;
	return j;
}

/* "promised", "pledged": like "told", an object, then a bare clause */
static int is_promise(const struct ctx *c, size_t v)
{
	return is(c, v, "promised") || is(c, v, "promise") ||
	       is(c, v, "promises") || is(c, v, "pledged");
}

/* A subordinator ("after", "when", "because" ...) between s0 and the
 * subject at np0, with no comma anywhere before np0. */
static int subordinate_opening(const struct ctx *c, size_t s0, size_t np0)
{
	size_t k;
	int sub = 0;

	if (np0 > s0 + CLAUSE_MAX)
		return 0; /* not in a sentence of thousands of words */
	for (k = s0; k < np0; k++) {
		if (T(c, k)->punct == ',' || c->inq[k])
			return 0; /* "After the summit, Stoltenberg said" */
		if (IN(c, k, subord))
			sub = 1;
	}
	return sub;
}

/*
 * "has repeated the word at every opportunity", "stressed the need":
 * verbs of speech that mostly take an object, so that what follows them
 * without "that" is a clause only when it holds a verb.
 */
static int takes_object(const struct ctx *c, size_t v)
{
	static const char *const verbs[] = {
		"repeated", "repeats", "reiterated", "reiterates", "echoed",
		"echoes", "stressed", "stresses", "emphasised", "emphasized",
		"underlined", "underlines", "highlighted", "highlights",
		"confirmed", "confirms", "denied", "denies", NULL
	};

	return article_is_any(c->a, v, verbs);
}

/* Whether [k, e) holds a verb: an auxiliary, a past tense, a verb the
 * lexicon knows or a word in -s after a noun. */
/*
 * "said, as cited by Interfax, that", "answered, as he always does,
 * that": whether the words from token i close with a comma and "that"
 * within twelve tokens, an aside before the verb's clause.
 */
static int aside_then_that(const struct ctx *c, size_t i, size_t e)
{
	size_t k;

	for (k = i; k + 1 < e && k < i + 12; k++)
		if (T(c, k)->punct == ',')
			return is(c, k + 1, "that");
	return 0;
}

static int verb_within(const struct ctx *c, size_t k, size_t e)
{
	for (; k < e; k++)
		if (is_aux(c, k) || past_word(c, k) ||
		    (is_lowerword(c, k) && verb_class(c, k)) ||
		    (s_verb(c, k) && k > 0 && is_word(c, k - 1) &&
		     !is_det(c, k - 1)))
			return 1;
	return 0;
}

/*
 * "..., warning the Prime Minister risks dragging Britain into war": a
 * verb in -s right after a capitalised word or a post, within six words
 * of token k.
 */
static int subject_s_verb(const struct ctx *c, size_t k, size_t e)
{
	size_t j;

	for (j = k + 1; j < e && j < k + 6 && is_word(c, j); j++)
		if (s_verb(c, j) && !verb_class(c, j) &&
		    (is_cap(c, j - 1) || IN(c, j - 1, roles)))
			return 1;
	return 0;
}

/* Whether tokens [i, j) are at most two adverbs or words of time
 * ("separately", "afterwards", "on Tuesday" is told_whom()'s). */
static int adverbs_to(const struct ctx *c, size_t i, size_t j)
{
	if (i > j || j - i > 2)
		return 0;
	for (; i < j; i++)
		if (!is_adverb(c, i) && !IN(c, i, time_words))
			return 0;
	return 1;
}

/*
 * After the quotation that opens at token q, ', and that' or ' but
 * that' (within the sentence ending at e): the token after "that", or
 * NONE.
 */
static size_t then_that(const struct ctx *c, size_t q, size_t e)
{
	size_t j = q + 1;

	while (j < e && j < q + CLAUSE_MAX && c->inq[j] &&
	       T(c, j)->punct != 'q')
		j++;
	if (j >= e || T(c, j)->punct != 'q')
		return NONE;
	j++;
	if (j < e && T(c, j)->punct == ',')
		j++;
	/* not '"...," and that was the end of the debate' */
	if (j + 2 < e && (is(c, j, "and") || is(c, j, "but")) &&
	    is(c, j + 1, "that") && !is_aux(c, j + 2) &&
	    !past_word(c, j + 2) && !s_verb(c, j + 2))
		return j + 2;
	return NONE;
}

/*
 * "A Nordic diplomat in Brussels", "an official at the Finnish foreign
 * ministry": an indefinite post, "in", "at" or "from" and up to five
 * words of a place, ending at token e and opening the sentence or
 * following a comma: where it starts, or NONE.
 */
static size_t post_in_place(const struct ctx *c, size_t s0, size_t e)
{
	size_t k, p;

	for (p = e; p > s0 && e - p < 6 && is_word(c, p - 1) &&
		    !(is(c, p - 1, "in") || is(c, p - 1, "at") ||
		      is(c, p - 1, "from")) &&
		    !verb_class(c, p - 1) && !is_aux(c, p - 1);
	     p--)
		;
	if (p == e || p < s0 + 3 || !is_word(c, p - 1) ||
	    !(is(c, p - 1, "in") || is(c, p - 1, "at") ||
	      is(c, p - 1, "from")) ||
	    !IN(c, p - 2, roles) || !is_lowerword(c, p - 2))
		return NONE;
	for (k = p - 2; k > s0 && p - k < 5 && is_word(c, k - 1) &&
		    !is_det(c, k - 1) && !IN(c, k - 1, function_words) &&
		    !verb_class(c, k - 1);
	     k--)
		;
	if (k == s0 || !is_indef(c, k - 1) ||
	    !(k - 1 == s0 || T(c, k - 2)->punct == ','))
		return NONE;
	return k - 1;
}

/*
 * "declares the country's permanent neutrality and prohibits ...": an
 * object after "the", whose first verb follows "and", is no clause.
 */
static int object_then_verb(const struct ctx *c, size_t k, size_t e)
{
	size_t j;

	if (!is(c, k, "the"))
		return 0;
	for (j = k + 1; j < e && j < k + 12 && is_word(c, j); j++)
		if (!(T(c, j)->flags & ARTICLE_POSS) &&
		    (is_aux(c, j) || past_word(c, j) || s_verb(c, j) ||
		     (is_lowerword(c, j) && verb_class(c, j))))
			return is(c, j - 1, "and") || is(c, j - 1, "or");
	return 0;
}

/* Whether "that" follows token i within six plain words ("so often in
 * recent weeks that"). */
static int so_that(const struct ctx *c, size_t i, size_t e)
{
	size_t j;

	for (j = i + 1; j < e && j < i + 7 && is_word(c, j); j++) {
		if (is(c, j, "that"))
			return 1;
		if (is_aux(c, j) || (is_lowerword(c, j) && verb_class(c, j)))
			return 0;
	}
	return 0;
}

/* Find the clause a verb cue introduces, if any. */
static void verb_clause(struct ctx *c, struct cue *cu)
{
	size_t v = cu->pos, e = sent1(c, v), k = v + 1, lim, j;
	int cls = cu->cls & V_CLASS, bare = 0;

	if (k >= e || cls == V_READ || cls == V_QUOTE || cu->np0 >= k)
		return; /* inverted: the subject follows the verb */
	/* "has repeated the sentence so often that it is starting to
	 * sound like a mantra": "so ... that" is a result, no clause of
	 * the verb's */
	for (j = k + 1; j < e && j < k + 10 && is_word(c, j); j++)
		if (T(c, j)->end - T(c, j)->start == 2 &&
		    c->a->text[T(c, j)->start] == 's' && is(c, j, "so") &&
		    j + 2 < e && is_lowerword(c, j + 1) && !c->inq[j] &&
		    so_that(c, j + 1, e))
			return;
	/* "explaining why he will refuse": a question's subject, not
	 * its answer */
	if (is(c, k, "why") && (cls & V_CLASS) == V_SAY)
		return;
	/* "rules out troops": what is ruled out is no clause */
	if (is(c, k, "out") &&
	    (is(c, v, "rules") || is(c, v, "ruled") || is(c, v, "rule")))
		return;
	if (cls == V_CALL) {
		if (!is(c, k, "on") && !is(c, k, "upon"))
			return;
		cu->c0 = k + 1;
		cu->immediate = 1;
	} else if (is(c, k, "that")) {
		cu->c0 = k + 1;
		cu->immediate = 1;
	} else if (cls == V_OBJ) {
		/* "urged Hungary to ...", "urged allies to ..." */
		if (!clause_start(c, k) && !(is_lowerword(c, k) &&
					     !IN(c, k, function_words) &&
					     !IN(c, k, time_words)))
			return;
		cu->c0 = k;
		cu->immediate = 1;
	} else if (k + 3 < e && IN(c, k, poss_dets) && is_lowerword(c, k + 1) &&
		   is(c, k + 2, "that") &&
		   (!verb_class(c, k + 1) ||
		    (verb_class(c, k + 1) & V_NOUNLIKE))) {
		cu->c0 = k + 3; /* "reiterated his view that ..." */
		cu->immediate = 1;
	} else if (cls == V_SAY && (j = time_then_that(c, k, e)) != NONE) {
		cu->c0 = j + 1; /* "said a day earlier that ..." */
		cu->immediate = 1;
	} else if (cls == V_SAY && k + 2 < e && is(c, k, "on") &&
		   IN(c, k + 1, time_words) && is_pronoun(c, k + 2)) {
		cu->c0 = k + 2; /* "said on Sunday she would ..." (not "on
				 * September 12, at a meeting") */
		cu->immediate = 1;
		bare = 1;
	} else if (cls == V_SAY && clause_start(c, k) &&
		   !object_then_verb(c, k, e)) {
		cu->c0 = k;
		cu->immediate = 1;
		bare = 1;
	} else if (cls == V_SAY && cu->np0 > sent0(c, v) &&
		   cu->np1 == v && is(c, cu->np0 - 1, "which") &&
		   (is_aux(c, k) || s_verb(c, k))) {
		/* "..., which she says is the most Estonian thing about
		 * her": the relative clause's verb and what follows */
		cu->c0 = k;
		cu->immediate = 1;
	} else if (cls == V_SAY && k + 1 < e && IN(c, k, time_words) &&
		   is_cap(c, k) && clause_start(c, k + 1)) {
		cu->c0 = k + 1; /* "said Thursday his country has ..." */
		cu->immediate = 1;
		bare = 1;
	} else if (cls == V_SAY && (is(c, v, "warned") || is(c, v, "warns") ||
				    is(c, v, "cautioned")) &&
		   (j = told_whom(c, k, e)) > k && j + 1 < e &&
		   (is(c, j, "to") || (is(c, j, "not") && is(c, j + 1, "to")))) {
		cu->c0 = k; /* "warned readers not to underestimate it", as
			     * "urged allies to ..." */
		cu->immediate = 1;
	} else if ((cls == V_TELL || (cls == V_THAT && is_promise(c, v))) &&
		   (j = told_whom(c, k, e)) > k &&
		   j < e && clause_start(c, j) && finite_within(c, j, e)) {
		cu->c0 = j; /* "told reporters the government had ..." */
		cu->immediate = 1;
	} else if (cls == V_SAY && ing_word(c, v) && v > sent0(c, v) &&
		   T(c, v - 1)->punct == ',' && is_word(c, k) &&
		   (finite_within(c, k, e) || subject_s_verb(c, k, e))) {
		/* "..., saying vague promises only encouraged Moscow": a
		 * participle after a comma reports the clause after it
		 * (not "..., saying goodbye to reporters") */
		cu->c0 = k;
		cu->immediate = 1;
	} else {
		/* "told U.S. President Donald Trump in a phone call on
		 * Wednesday that": a longer object for "told" */
		lim = k + (cls == V_TELL ? 14 : 10);
		lim = lim < e ? lim : e;
		/* "arguing over a clause in a draft that would ...": what
		 * they argue over, whose "that" opens no clause of theirs */
		if (k < e && (is(c, k, "over") || is(c, k, "about")))
			lim = k;
		for (j = k; j < lim; j++) {
			/* "told Trump in a phone call, according to a
			 * statement from ..., that": past the aside */
			if (T(c, j)->punct == ',' && j + 2 < e &&
			    is(c, j + 1, "according") && is(c, j + 2, "to")) {
				size_t a = j + 3;

				while (a < e && a < j + 16 &&
				       T(c, a)->punct != ',' &&
				       T(c, a)->punct != 'q')
					a++;
				if (a < e && T(c, a)->punct == ',') {
					lim = a + 1 + (lim - j);
					lim = lim < e ? lim : e;
					j = a;
					continue;
				}
			}
			if (is(c, j, "that")) {
				cu->c0 = j + 1;
				/* "told Parliament on Tuesday that": only
				 * the object and a time before the clause;
				 * "said separately that": an adverb */
				if ((cls == V_TELL &&
				     adverbs_to(c, told_whom(c, k, e), j)) ||
				    adverbs_to(c, k, j) || in_a_doc(c, k, j))
					cu->immediate = 1;
				break;
			}
			if (T(c, j)->punct == '.' || T(c, j)->punct == ';' ||
			    T(c, j)->punct == ':' || T(c, j)->punct == 'q')
				break;
			/* "..., Marles says, as Washington pushes Kyiv
			 * towards a deal that would ...": the writer's
			 * clause, whose "that" is not the verb's */
			if (T(c, j)->punct == ',' && j + 1 < e &&
			    (is(c, j + 1, "as") || is(c, j + 1, "while") ||
			     is(c, j + 1, "when") || is(c, j + 1, "amid") ||
			     is(c, j + 1, "but") || is(c, j + 1, "even")) &&
			    !aside_then_that(c, j + 1, e))
				break;
			/* a verb, but not a noun like it ("in a phone
			 * call"), nor one inside an aside that closes on
			 * ", that" ("claimed, in a message posted on
			 * Telegram, that") */
			if (verb_class(c, j) &&
			    !(T(c, k)->punct == ',' && j < k + 12 &&
			      aside_then_that(c, k + 1, e)) &&
			    !((verb_class(c, j) & V_NOUNLIKE) && j > k &&
			      (is_det(c, j - 1) ||
			       (is_lowerword(c, j - 1) &&
				!IN(c, j - 1, function_words)))))
				break;
		}
		/* said, on Monday, he would ... */
		if (cu->c0 == 0 && cls == V_SAY && T(c, k)->punct == ',') {
			for (j = k + 1; j < lim && T(c, j)->punct != ','; j++)
				;
			if (j < lim && j + 1 < e && clause_start(c, j + 1))
				cu->c0 = j + 1;
		}
		if (cu->c0 == 0)
			return;
	}
	/* 'told reporters that "nothing is ruled out" and that Britain
	 * would lead': the quotation is the partial quote, the clause
	 * after "and that" the reported words */
	if (cu->c0 < e && T(c, cu->c0)->punct == 'q' && cu->immediate &&
	    (j = then_that(c, cu->c0, e)) != NONE)
		cu->c0 = j;
	if (cu->c0 >= e || T(c, cu->c0)->punct == 'q' || c->inq[cu->c0]) {
		cu->c0 = cu->c1 = 0;
		return;
	}
	cu->c1 = trim_clause(c, cu->c0, cut_clause(c, cu->c0, e));
	/* "A woman who said she was a retired teacher asked whether":
	 * the relative clause ends before the main clause's verb */
	if (cu->np1 + 1 == v && is(c, v - 1, "who"))
		for (j = cu->c0 + 2; j < cu->c1; j++)
			if (is_lowerword(c, j) && verb_class(c, j) &&
			    past_word(c, j) && !is_aux(c, j - 1)) {
				cu->c1 = j;
				break;
			}
	/* "Mark Rutte, who said last month that the door was open,
	 * welcomed the vote": a relative clause between commas ends
	 * at the comma before the main clause's verb */
	for (j = v; j > cu->np1 && v - j < 3 &&
		    (is_aux(c, j - 1) || is_adverb(c, j - 1));
	     j--)
		;
	if (j >= 2 && is(c, j - 1, "who") && T(c, j - 2)->punct == ',')
		for (j = cu->c0 + 1; j + 1 < cu->c1; j++)
			if (T(c, j)->punct == ',' && !c->inq[j] &&
			    (past_word(c, j + 1) || is_aux(c, j + 1) ||
			     s_verb(c, j + 1) || is(c, j + 1, "went"))) {
				cu->c1 = j;
				break;
			}
	/* "Fifteen years after NATO promised Georgia it would ..., the
	 * prospect looks ...": a subordinate clause ends at its comma */
	if (cu->np0 < v && subordinate_opening(c, sent0(c, v), cu->np0))
		for (j = cu->c0; j < cu->c1; j++)
			if (T(c, j)->punct == ',' && !c->inq[j]) {
				cu->c1 = j;
				break;
			}
	if (cu->c1 <= cu->c0 || (cls == V_OBJ && !object_clause(c, cu)) ||
	    (cls == V_SAY && cu->immediate && object_np(c, cu->c0, cu->c1)) ||
	    (bare && takes_object(c, v) && !verb_within(c, cu->c0, cu->c1)) ||
	    (bare && names_only(c, cu->c0, cu->c1)) ||
	    (bare && doc_then_that(c, cu->c0, cu->c1)) ||
	    (bare && (is(c, cu->c0, "this") || is(c, cu->c0, "it")) &&
	     cu->c0 + 1 < cu->c1 && !is_aux(c, cu->c0 + 1) &&
	     IN(c, cu->c0 + 1, function_words)))
		cu->c0 = cu->c1 = 0; /* "He noted this during a briefing" */
}

/* ---- cues ---- */

static struct cue *new_cue(struct ctx *c, size_t pos, int type)
{
	struct cue *cu;

	c->cue = xgrow(c->cue, &c->cuecap, c->ncue + 1, sizeof(*c->cue));
	cu = &c->cue[c->ncue++];
	memset(cu, 0, sizeof(*cu));
	cu->pos = cu->first = pos;
	cu->from = NONE;
	cu->type = type;
	return cu;
}

static int speech_noun_after(const struct ctx *c, size_t i)
{
	return i + 1 < sent1(c, i) && IN(c, i + 1, possnouns);
}

/* Is [i, f) only subject words ("the alliance's secretary-general"),
 * not a clause ("Stockholm of being too soft")? */
static int plain_np(const struct ctx *c, size_t i, size_t f)
{
	for (; i < f; i++)
		if (!is_np_word(c, i) && !is_det(c, i) && !is(c, i, "of") &&
		    /* "said a senior diplomat": a word describing the
		     * post that ends the phrase */
		    !(is_lowerword(c, i) && !IN(c, i, function_words) &&
		      !verb_class(c, i) && !ing_word(c, i) &&
		      IN(c, f - 1, roles) && f - i <= 3))
			return 0;
	return 1;
}

/* Does [i, f) name a speaker: a capital, a role word or a body's word
 * ("said a spokesperson for the alliance")? */
static int names_someone(const struct ctx *c, size_t i, size_t f)
{
	for (; i < f; i++)
		if ((is_cap(c, i) && !IN(c, i, function_words)) ||
		    IN(c, i, roles) || IN(c, i, orgs))
			return 1;
	return 0;
}

/*
 * A verb with no subject of its own shares one only after a comma or a
 * conjunction ("..., adding that", "and called"), as a participle or an
 * infinitive ("to proclaim"), not after a common noun ("analysts argued").
 */
static int shares_subject(const struct ctx *c, size_t v)
{
	size_t s0 = sent0(c, v), i = v;

	while (i > s0 && is_adverb(c, i - 1))
		i--;
	if (i == s0 || ing_word(c, v))
		return 1;
	return T(c, i - 1)->punct == ',' || is(c, i - 1, "and") ||
	       is(c, i - 1, "but") || is(c, i - 1, "to") ||
	       is(c, i - 1, "or");
}

/*
 * "said Ulf Kristersson, Sweden's prime minister": a name, then a comma
 * and titles that name no one; the subject is the name alone. Else np1.
 */
static size_t appositive_end(const struct ctx *c, size_t np0, size_t np1)
{
	size_t k;

	if (is_name_tok(c, np1 - 1))
		return np1;
	for (k = np0 + 1; k < np1; k++)
		if (T(c, k)->punct == ',')
			return is_name_tok(c, k - 1) ? k : np1;
	return np1;
}

/*
 * Where the attribution starts when words before its subject np0 belong
 * to it, so that a quotation right before them is attributed: "a
 * spokesperson for the Foreign Office said" (the subject is the body
 * after "for"; up to two words before "for": "a senior spokesman for"),
 * or "a senior government source said" (up to two lower-case words
 * after "a"). np0 when no such words come before it.
 */
static size_t attribution_start(const struct ctx *c, size_t s0, size_t np0)
{
	size_t k;

	if (np0 >= s0 + 3 && is(c, np0 - 1, "for") && IN(c, np0 - 2, roles)) {
		for (k = np0 - 2; k > s0 && np0 - 1 - k <= 2; k--)
			if (is(c, k - 1, "a") || is(c, k - 1, "an") ||
			    is(c, k - 1, "the"))
				return k - 1;
		return np0;
	}
	/* "a senior government source", "a diplomatic source": the
	 * description's own words (indefinite() names them) */
	for (k = np0; k > s0 && np0 - k < 2 && is_lowerword(c, k - 1) &&
	     !is_det(c, k - 1) && !verb_class(c, k - 1) &&
	     !IN(c, k - 1, function_words); k--)
		;
	if (k > s0 && is_indef(c, k - 1)) /* "one official" */
		return k - 1;
	return np0;
}

/* Subject of verb cue cu; returns 0 when the verb is no cue after all. */
static size_t mention_from(const struct ctx *c, size_t i);

/*
 * "Main opposition Republican People's Party (CHP) leader Özgür Özel
 * criticized ..., arguing that": the person whose name ends the
 * sentence's subject, right before its verb, with no comma before it;
 * NONE if there is none before token v.
 */
static size_t subject_person(const struct ctx *c, size_t s0, size_t v)
{
	size_t k, j, t1;

	for (k = mention_from(c, s0); k < c->nmen && c->men[k].t0 < v; k++) {
		t1 = c->men[k].t1;
		if (t1 >= v || !is_lowerword(c, t1) ||
		    !(ed_word(c, t1) || past_word(c, t1) || verb_class(c, t1)))
			continue;
		for (j = s0; j < c->men[k].t0; j++)
			if (T(c, j)->punct == ',' || T(c, j)->punct == 'q' ||
			    (is_lowerword(c, j) && (verb_class(c, j) ||
						    is_aux(c, j))))
				return NONE;
		return k;
	}
	return NONE;
}

/*
 * "..., said Ukraine in NATO would mean ...": an auxiliary within six
 * words from token g, before any punctuation or relative word, makes
 * the noun phrase before g a clause's subject, not an inverted speaker.
 */
static int aux_ahead(const struct ctx *c, size_t g, size_t e)
{
	size_t k;

	for (k = g; k < e && k < g + 6 && is_word(c, k) &&
		    !is(c, k, "that") && !is(c, k, "who") && !is(c, k, "which");
	     k++)
		if (is_aux(c, k))
			return 1;
	return 0;
}

/*
 * "..., the head of the Munich Security Conference, Christoph Heusgen,
 * said": where a post between commas right before the name at np0
 * starts (a determiner or a possessive, then words with a post among
 * them and no verb), else np0.
 */
static size_t post_before_name(const struct ctx *c, size_t s0, size_t np0)
{
	size_t k;
	int role = 0;

	if (np0 < s0 + 4 || T(c, np0 - 1)->punct != ',')
		return np0;
	for (k = np0 - 1; k > s0 && np0 - 1 - k < 12 && is_word(c, k - 1) &&
			  !verb_class(c, k - 1) && !is_aux(c, k - 1);
	     k--)
		role |= IN(c, k - 1, roles);
	if (!role || k <= s0 || k == np0 - 1 || T(c, k - 1)->punct != ',' ||
	    !(is_det(c, k) || (T(c, k)->flags & ARTICLE_POSS)))
		return np0;
	return k;
}

/*
 * "An EU official who deals with Hungary said", "One EU official who
 * deals with Hungary shrugged": a sentence opening with "a", "an" or
 * "one", a post, "who" and at most eight words without punctuation up
 * to verb v; the token of "who", or NONE.
 */
static int seat_word(const struct ctx *c, size_t i);

/* Whether tokens [i, j) are all words. */
static int words_only(const struct ctx *c, size_t i, size_t j)
{
	for (; i < j; i++)
		if (!is_word(c, i))
			return 0;
	return 1;
}

static size_t who_clause_subject(const struct ctx *c, size_t s0, size_t v)
{
	size_t k, w;

	/* ("A senior EU diplomat who has sat across the table from him
	 * for a decade called") */
	if (v < s0 + 5 || v - s0 > 18 || !is_indef(c, s0))
		return NONE;
	for (k = s0 + 1; k < v && !is(c, k, "who"); k++)
		if (!is_word(c, k))
			return NONE;
	/* (and "A Smer MP who ...": a seat's word in capitals) */
	if (k >= v || k < s0 + 2 || v - k > 13 || !IN(c, k - 1, roles) ||
	    !(is_lowerword(c, k - 1) || seat_word(c, k - 1)) ||
	    plural(c, k - 1))
		return NONE;
	for (w = k; k < v; k++)
		if (!is_word(c, k))
			return NONE;
	return w;
}

/*
 * '"...," continued the diplomat', '"...," the diplomat continued': the
 * verb or its subject right after a quotation's closing mark and comma,
 * where a word that is also a noun ("continued", "notes") is the verb.
 */
static int after_quote_comma(const struct ctx *c, const struct cue *cu,
			     size_t v)
{
	size_t s = cu->np0 < v ? cu->np0 : v;

	if (s > 0 && cu->np0 < v && is_det(c, s - 1))
		s--;
	/* ('»,' or ',"') */
	return s >= 2 &&
	       ((T(c, s - 1)->punct == ',' && is_closing_mark(c, s - 2)) ||
		(is_closing_mark(c, s - 1) && T(c, s - 2)->punct == ',')) &&
	       (cu->np0 < v ? cu->np1 == v : 1);
}

/*
 * "In Brussels, a NATO official ...": after a short phrase of place or
 * time opening sentence s0 ("In Brussels", "On Monday") and its comma,
 * before token v, the token after the comma; s0 when there is none.
 */
static size_t place_opening(const struct ctx *c, size_t s0, size_t v)
{
	size_t k;

	if (!(is(c, s0, "in") || is(c, s0, "on") || is(c, s0, "at")))
		return s0;
	for (k = s0 + 1; k < v && k < s0 + 6 && is_word(c, k); k++)
		;
	return k > s0 + 1 && k + 1 < v && T(c, k)->punct == ',' ? k + 1 : s0;
}

static int verb_subject(struct ctx *c, struct cue *cu)
{
	size_t v = cu->pos, s0 = sent0(c, v), e = sent1(c, v), np0, np1, f, g;
	int comma, r, found = 0; /* the subject is found */

	/* "NATO's promise", "a call": nouns */
	if (v > s0 && ((T(c, v - 1)->flags & ARTICLE_POSS) || is_det(c, v - 1)))
		return 0;
	/* inverted: ..." said Zelenskyy / ..., said the secretary-general
	 * (never "..., told the BBC" or "..., dismissed the statement":
	 * what follows is the verb's object) */
	if (v > s0 &&
	    ((cu->cls & V_CLASS) != V_TELL ||
	     /* '« ... », assured the minister': the one who assures,
	      * right after the words */
	     ((is(c, v, "assured") || is(c, v, "assures")) &&
	      (is_closing_mark(c, v - 1) ||
	       (v - 1 > s0 && is_closing_mark(c, v - 2))))) &&
	    (cu->cls & V_CLASS) != V_CALL &&
	    /* not '"...," saying Seoul should ...': a participle */
	    !ing_word(c, v) &&
	    (is_closing_mark(c, v - 1) ||
	     (T(c, v - 1)->punct == ',' && v - 1 > s0) ||
	     /* '„...” – said Krzysztof Bosak': a dash after the words;
	      * and '– The door is open – said Georgiev.': the dash that
	      * closes a dashed speech */
	     (T(c, v - 1)->punct == '-' && v - 1 > s0 &&
	      (is_closing_mark(c, v - 2) || c->inq[v - 1] ||
	       c->inq[v - 2])))) {
		size_t n0 = v + 1;

		f = fwd_np(c, n0, 1);
		/* "said national councillor Nadine Brunold": a word in
		 * lower case before the post */
		if (f == n0) {
			for (g = n0; g < e && g < n0 + 2 && is_lowerword(c, g) &&
				     !IN(c, g, function_words) &&
				     !verb_class(c, g) && !IN(c, g, roles);
			     g++)
				;
			if (g > n0 && g < e && IN(c, g, roles) &&
			    fwd_np(c, g, 1) > g)
				f = fwd_np(c, g, 1);
			/* (not the party after it: "(GLP/ZH)") */
			for (g = n0; g < f; g++)
				if (T(c, g)->punct == '(') {
					f = g;
					break;
				}
		}
		/* "said a spokesman for the alliance": the body, as when
		 * the words come before the verb (attribution_start) */
		if (f > n0 && f + 1 < e && is(c, f, "for") &&
		    IN(c, f - 1, roles)) {
			g = fwd_np(c, f + 1, 0);
			if (g > f + 1 && (g >= e || T(c, g)->punct == '.')) {
				n0 = f + 1;
				f = g;
			}
		}
		/* '..., assured the Minister for Europe and Foreign
		 * Affairs, Jean-Noël Barrot.': a post's title, then the
		 * name in full that ends the sentence */
		if (f > n0 && is_det(c, n0) && f + 3 < e &&
		    (is(c, f, "for") || is(c, f, "of"))) {
			for (g = f + 1; g < e && g < f + 8 && is_word(c, g) &&
					(is_cap(c, g) || is(c, g, "and") ||
					 is(c, g, "the"));
			     g++)
				;
			if (g + 2 < e && T(c, g)->punct == ',' &&
			    is_name_tok(c, g + 1)) {
				size_t k;

				for (k = g + 1; k < e && is_name_tok(c, k); k++)
					;
				if (k >= g + 3 &&
				    (k >= e || T(c, k)->punct == '.')) {
					n0 = g + 1;
					f = k;
				}
			}
		}
		/* "says one ambassador to NATO.", "confides an official in
		 * one large capital,": the post, with whom or where it is
		 * held */
		if (f > n0 && f + 1 < e &&
		    (is(c, f, "to") || is(c, f, "in") || is(c, f, "at")) &&
		    IN(c, f - 1, roles) && is_lowerword(c, f - 1)) {
			for (g = f + 1; g < e && g - f < 6 && is_word(c, g) &&
					!verb_class(c, g);
			     g++)
				;
			if (g > f + 1 && (g >= e || T(c, g)->punct == '.' ||
					  T(c, g)->punct == ','))
				f = g;
		}
		/* ", said Mark Rutte, NATO's secretary-general and a
		 * former Dutch prime minister.": a name, then a comma and
		 * a description that ends the sentence */
		for (g = n0; g < f && is_name_tok(c, g); g++)
			;
		if (g - n0 >= 2 && g < e && T(c, g)->punct == ',' &&
		    !is_closing_mark(c, v - 1) && known_person(c, g - 1)) {
			size_t k;

			for (k = g + 1; k < e && k < g + 14 && is_word(c, k) &&
					!verb_class(c, k) && !is_aux(c, k);
			     k++)
				;
			if (k > g + 1 && (k >= e || T(c, k)->punct == '.'))
				f = g;
		}
		/* "wrote the report's authors, Ivan Krastev and Mark
		 * Leonard.": two people named in full */
		if (f > n0 + 1 && f + 3 < e && is(c, f, "and") &&
		    is_name_tok(c, f - 1) && is_name_tok(c, f - 2)) {
			for (g = f + 1; g < e && is_name_tok(c, g); g++)
				;
			if (g >= f + 3 && (g >= e || T(c, g)->punct == '.'))
				f = g;
		}
		/* "..., says Foreign Minister Lars Løkke Rasmussen (M).":
		 * the name before a party's letter in brackets; "...,
		 * says Ulf Kristersson (M) to Aftonbladet.": the outlet
		 * after it */
		g = f;
		if (g + 1 < e && is(c, g, "to") && is_cap(c, g + 1)) {
			size_t o;

			for (o = g + 1; o < e && is_word(c, o) && is_cap(c, o) &&
				      o - g < 5;
			     o++)
				;
			if (o >= e || T(c, o)->punct == '.')
				g = o;
		}
		/* (and "says Morgan Johansson (S), the party's ...",
		 * "says ... Stenergard (M) to Ekot") */
		if (f > n0 + 3 && T(c, f - 1)->punct == ')' &&
		    T(c, f - 3)->punct == '(' && is_word(c, f - 2) &&
		    (g >= e || T(c, g)->punct == '.' ||
		     (T(c, g)->punct == ',' && g + 1 < e &&
		      is_word(c, g + 1)) ||
		     IN(c, g, after_inverted)))
			f -= 3;
		/* "said national councillor Nadine Brunold (GLP/ZH), who
		 * ...": a party and a canton in the brackets */
		else if (f > n0 + 5 && T(c, f - 1)->punct == ')' &&
			 T(c, f - 5)->punct == '(' && is_word(c, f - 4) &&
			 is_word(c, f - 2) &&
			 c->a->text[T(c, f - 3)->start] == '/' &&
			 (g >= e || T(c, g)->punct == '.' ||
			  T(c, g)->punct == ','))
			f -= 5;
		if (f > n0 && (is_closing_mark(c, v - 1) ||
				is_closing_mark(c, v - 2) ||
				(names_someone(c, n0, f) &&
				 plain_np(c, n0, f) &&
				 (g >= e || T(c, g)->punct == '.' ||
				  T(c, g)->punct == ';' ||
				  (T(c, g)->punct == ',' && g + 1 < e &&
				   is_word(c, g + 1)) ||
				  (IN(c, g, after_inverted) &&
				   !aux_ahead(c, g, e)))))) {
			cu->np0 = n0;
			cu->np1 = appositive_end(c, n0, f);
			cu->fronted = T(c, v - 1)->punct == ',';
			found = 1;
		}
	}
	/* "who has repeatedly said": past the auxiliary and adverbs (and
	 * a year: "who in 1998 called") */
	for (g = v; !found && g > s0 + 3 && v - g < 3 &&
		    (is_aux(c, g - 1) || is_adverb(c, g - 1));
	     g--)
		;
	if (!found && g > s0 + 4 && (T(c, g - 1)->flags & ARTICLE_DIGIT) &&
	    is(c, g - 2, "in") && is(c, g - 3, "who"))
		g -= 2;
	/* "A woman who said she was a retired teacher asked": a
	 * description right before "who", no comma */
	if (!found && g >= s0 + 3 && g == v && is(c, g - 1, "who") &&
	    is_lowerword(c, g - 2) && IN(c, g - 2, roles) &&
	    is_indef(c, g - 3)) {
		cu->np0 = g - 3;
		cu->np1 = g - 1;
		cu->first = g - 3;
		found = 1;
	}
	/* "It was the 47-year-old who told parliament": a cleft's
	 * subject */
	if (!found && g == v && g >= s0 + 4 && g - s0 <= 9 &&
	    is(c, g - 1, "who") && is(c, s0, "it") &&
	    (is(c, s0 + 1, "was") || is(c, s0 + 1, "is")) &&
	    words_only(c, s0 + 2, g - 1)) {
		cu->np0 = s0 + 2;
		cu->np1 = g - 1;
		cu->first = s0 + 2;
		found = 1;
	}
	/* "An EU official who deals with Hungary said": an unnamed
	 * source (its post) before a relative clause, no commas */
	if (!found && (f = who_clause_subject(c, s0, v)) != NONE) {
		cu->np0 = s0;
		cu->np1 = f;
		cu->first = s0;
		found = 1;
	}
	if (!found && g >= s0 + 3 && is(c, g - 1, "who") &&
	    T(c, g - 2)->punct == ',') {
		/* "President Volodymyr Zelenskyy, who called the decision
		 * \"absurd\"": the person the relative clause is about;
		 * "Sen. Josh Hawley, R-Mo., who argued": past the tag */
		f = g - 2;
		while (f > s0 + 2 && T(c, f - 1)->punct == '.')
			f--;
		f = f > s0 + 2 && party_tag(c, f - 1) &&
				    T(c, f - 2)->punct == ',' ? f - 2 : g - 2;
		r = is_name_tok(c, f - 1) ? back_np(c, f, &np0, &np1, &comma) :
					    0;
		/* "The 46-year-old, who has repeatedly said ...": an age
		 * for someone named before */
		if (r <= 0 && f == s0 + 2 && age_word(c, f - 1) &&
		    is(c, s0, "the")) {
			np0 = s0;
			np1 = f;
			r = 1;
		}
		if (r > 0) {
			cu->np0 = np0;
			cu->np1 = np1;
			found = 1;
		}
	}
	/* "A Nordic diplomat in Brussels, who ..., said": a post and its
	 * place before the relative clause */
	if (!found && g >= s0 + 6 && T(c, g - 2)->punct == ',' &&
	    is(c, g - 1, "who") &&
	    (f = post_in_place(c, s0, g - 2)) != NONE) {
		cu->np0 = f;
		cu->np1 = g - 2;
		found = 1;
	}
	if (!found && v >= s0 + 3 &&
	    (is(c, v - 1, "that") ||
	     (is(c, v - 1, "which") && T(c, v - 2)->punct == ','))) {
		/* "the NATO summit declaration that called China a
		 * \"decisive enabler\"": the document the clause is about */
		f = is(c, v - 1, "that") ? v - 2 : v - 3;
		if (f > s0 && IN(c, f, docs) && is_lowerword(c, f)) {
			for (g = f; g > s0 && is_np_word(c, g - 1); g--)
				;
			if (g > s0 && is_det(c, g - 1))
				g--;
			cu->np0 = g;
			cu->np1 = f + 1;
			cu->first = g;
			found = 1;
		}
	}
	/* "..., while the latter argued that": no noun, but a subject */
	if (!found && v >= s0 + 2 &&
	    T(c, v - 1)->end - T(c, v - 1)->start == 6 &&
	    (is(c, v - 1, "latter") || is(c, v - 1, "former")) &&
	    is(c, v - 2, "the")) {
		cu->np0 = v - 2;
		cu->np1 = v;
		cu->first = v - 2;
		found = 1;
	}
	if (!found && v == s0 + 1 && is(c, s0, "one")) {
		cu->np0 = s0; /* "Two diplomats spoke. One said ..." */
		cu->np1 = v;
		cu->first = s0;
		found = 1;
	}
	if (!found && v >= s0 + 4 && is(c, v - 3, "one") &&
	    is(c, v - 2, "of") && is(c, v - 1, "them") &&
	    is_closing_mark(c, v - 4)) {
		cu->np0 = v - 3; /* '"...," one of them said' */
		cu->np1 = v;
		cu->first = v - 3;
		found = 1;
	}
	/* "..., with opposition lawmakers accusing the coalition of":
	 * the participle's own subject, after "with" */
	if (!found && ing_word(c, v) && v >= s0 + 3) {
		for (f = v; f > s0 && v - f < 4 && is_word(c, f - 1) &&
			    !is(c, f - 1, "with");
		     f--)
			;
		if (f > s0 && f < v && is(c, f - 1, "with") &&
		    (IN(c, v - 1, many) || IN(c, v - 1, roles)) &&
		    plural(c, v - 1)) {
			cu->np0 = f;
			cu->np1 = v;
			cu->first = f;
			found = 1;
		}
	}
	if (!found && v >= s0 + 2 && counted_people(c, v - 2, v)) {
		/* "Two diplomats said", "A group of 14 senators said";
		 * "..., two diplomats said": after the words they report */
		cu->np0 = group_of(c, s0, v - 2);
		cu->np1 = v;
		cu->first = cu->np0;
		cu->fronted = cu->np0 > s0 && T(c, cu->np0 - 1)->punct == ',';
		found = 1;
	}
	/* "The representative of the United Kingdom, recalling that the
	 * Alliance had declared ..., said": the subject before an aside
	 * that opens with a participle, not a name inside the aside */
	if (!found && v > s0 + 4 && T(c, v - 1)->punct == ',') {
		f = desc_np(c, s0);
		if (f > s0 + 1 && f + 2 < v && T(c, f)->punct == ',' &&
		    ing_word(c, f + 1) && is_lowerword(c, f + 1) &&
		    (IN(c, f - 1, roles) || is_cap(c, f - 1))) {
			cu->np0 = s0;
			cu->np1 = f;
			cu->first = s0;
			found = 1;
		}
	}
	if (!found) {
		r = back_np(c, v, &np0, &np1, &comma);
		if (r <= 0) {
			/* "Zoran Zayev, prime minister of ..., hailed";
			 * "A senior diplomat, speaking on ..., said" */
			size_t d0 = s0;

			/* ("Meanwhile, Mikheil Kavelashvili, speaking
			 * ...,": after an opening adverb's comma) */
			if (s0 + 3 < v && (IN(c, s0, adverbs) ||
					   is(c, s0, "meanwhile")) &&
			    T(c, s0 + 1)->punct == ',')
				d0 = s0 + 2;
			f = head_np(c, d0);
			if (!(f > d0 && f < e && is_name_tok(c, f - 1)))
				f = desc_np(c, d0);
			/* "In Brussels, a NATO official, who spoke on
			 * condition of anonymity, said": after the place */
			if (f == s0 && (d0 = place_opening(c, s0, v)) != s0)
				f = desc_np(c, d0);
			r = -1;
			/* ("A senior official in Kallas's team, speaking
			 * ...,": a body's word ends it) */
			/* ("The Federal Council, which recommends ...,
			 * argues": a body's name in capitals too) */
			if (f > d0 && f < e && T(c, f)->punct == ',' &&
			    (is_name_tok(c, f - 1) || IN(c, f - 1, roles) ||
			     IN(c, f - 1, orgs))) {
				np0 = d0 > s0 ? d0 : subject_start(c, s0);
				np1 = f;
				r = 1;
				comma = 0;
				/* "Sen. Mike Lee of Utah, who did not
				 * sign, called": the person, not the state */
				for (g = np0 + 2; g < np1; g++)
					if (is(c, g, "of") &&
					    full_name_before(c, s0, g)) {
						np1 = g;
						break;
					}
			}
		}
		if (r >= 0) {
			cu->np0 = np0;
			cu->np1 = np1;
			cu->first = attribution_start(c, s0, np0);
			/* "The door remains open, the head of the Munich
			 * Security Conference, Christoph Heusgen, said": the
			 * post set before the name between commas */
			if (comma && cu->first == np0)
				cu->first = post_before_name(c, s0, np0);
			/* "The door remains open, said a spokesperson for
			 * the alliance": the comma before "a spokesperson" */
			cu->fronted = comma ||
				      (cu->first < np0 && cu->first > s0 &&
				       T(c, cu->first - 1)->punct == ',');
		}
	}
	/* "a warning" is a noun, but "..., warning that" a participle;
	 * "Small states, he argued, ..." are states, "Stubb notes" a verb */
	if ((cu->cls & V_NOUNLIKE) && !after_quote_comma(c, cu, v) &&
	    !(v > s0 && T(c, v - 1)->punct == ',' && v + 1 < e &&
	      (is(c, v + 1, "that") || subject_s_verb(c, v + 1, e)) &&
	      ing_word(c, v)) &&
	    /* "A video viewed ... on TikTok claims that": a document's
	     * verb, its "that" after it */
	    !(v + 1 < e && is(c, v + 1, "that") && cu->np1 > cu->np0 &&
	      cu->np1 < v && IN(c, cu->np1 - 1, docs)) &&
	    (cu->np0 == cu->np1 ||
	     /* "the Gulf states were": a noun before its verb */
	     (v + 1 < e && is_aux(c, v + 1)) ||
	     /* "Bulgaria continues to support": a verb going on with
	      * another */
	     (v + 1 < e && (is(c, v + 1, "to") || ing_word(c, v + 1))) ||
	     /* "the 2008 Bucharest promise": an article or a year
	      * before its subject */
	     (cu->np0 > s0 && (is_det(c, cu->np0 - 1) ||
			       (T(c, cu->np0 - 1)->flags & ARTICLE_DIGIT))) ||
	     /* "described the NATO warning as": an object after a verb */
	     (cu->np0 > s0 && is_det(c, cu->np0) &&
	      is_lowerword(c, cu->np0 - 1) && verb_class(c, cu->np0 - 1)) ||
	     /* "Baltic states press allies": a people's or a quarter's
	      * word before it */
	     (v > s0 && (demonym_of(c, v - 1) ||
			 IN(c, v - 1, extra_demonyms) ||
			 IN(c, v - 1, compass))) ||
	     /* "despite NATO calls": a noun after a preposition */
	     (cu->np0 > s0 && (is(c, cu->np0 - 1, "despite") ||
			       is(c, cu->np0 - 1, "amid") ||
			       is(c, cu->np0 - 1, "after") ||
			       is(c, cu->np0 - 1, "over") ||
			       is(c, cu->np0 - 1, "against") ||
			       is(c, cu->np0 - 1, "following") ||
			       /* "sent by European states" */
			       is(c, cu->np0 - 1, "by") ||
			       is(c, cu->np0 - 1, "among") ||
			       is(c, cu->np0 - 1, "between") ||
			       is(c, cu->np0 - 1, "with") ||
			       is(c, cu->np0 - 1, "from") ||
			       is(c, cu->np0 - 1, "of"))) ||
	     /* "Our diplomatic editor, Patrick Wintour, reports";
	      * "Pelle Dragsted, political spokesperson for Enhedslisten,
	      * calls the line ...": a name, its apposition, the verb */
	     (cu->np1 != v &&
	      !(cu->np1 + 1 == v && T(c, cu->np1)->punct == ',') &&
	      /* (", for its part,") */
	      !(v == cu->np1 + 5 && is(c, v - 2, "part") &&
		is(c, v - 4, "for")) &&
	      !(cu->np1 < v && T(c, cu->np1)->punct == ',' &&
		T(c, v - 1)->punct == ',' && is_name_tok(c, cu->np1 - 1) &&
		v + 1 < e && is_word(c, v + 1) &&
		(is_det(c, v + 1) || (T(c, v + 1)->flags & ARTICLE_POSS) ||
		 is_he(c, v + 1) || is_it(c, v + 1) || is(c, v + 1, "for")))) ||
	     /* "The communiqué states:" a document's verb; "the
	      * Opposition leader demands": a post's word, singular, before
	      * a verb's third person */
	     !(is_cap(c, cu->np1 - 1) || is_pronoun(c, cu->np1 - 1) ||
	       (IN(c, cu->np1 - 1, roles) && !plural(c, cu->np1 - 1) &&
		cu->np1 == v && ((cu->cls & V_CLASS) == V_THAT ||
				 (cu->cls & V_CLASS) == V_CALL) &&
		T(c, v)->end - T(c, v)->start > 2 &&
		c->a->text[T(c, v)->end - 1] == 's') ||
	       (IN(c, cu->np1 - 1, docs) && v + 1 < e &&
		(T(c, v + 1)->punct == ':' || is(c, v + 1, "that")))) ||
	     (cu->np1 - cu->np0 == 1 && cu->np0 == subject_start(c, s0) &&
	      !is_pronoun(c, cu->np0) && !known_person(c, cu->np0) &&
	      !(T(c, cu->np0)->flags & ARTICLE_ACRONYM) &&
	      !IN(c, cu->np0, orgs) && !IN(c, cu->np0, countries))))
		return 0;
	if (is_cap(c, v) && !headline(c, v) && v != s0)
		return 0;
	if (cu->np0 == cu->np1 && !shares_subject(c, v)) {
		cu->speaker = SPEAKER_UNKNOWN; /* "analysts have argued" */
		cu->kind = NP_THEY;
	} else if (cu->np0 == cu->np1) {
		size_t k;

		/* "..., adding that": the subject of the cue before */
		for (k = c->ncue - 1; k-- > 0;) {
			if (c->cue[k].pos < s0)
				break;
			if (c->cue[k].type == CUE_VERB) {
				cu->from = k;
				break;
			}
		}
		if (cu->from == NONE) {
			f = head_np(c, s0);
			/* not a determiner alone ("The talks ended, with
			 * both sides saying ...") */
			if (f > s0 && f <= v &&
			    !(f == subject_start(c, s0) + 1 &&
			      is_det(c, f - 1)))
				cu->np0 = subject_start(c, s0), cu->np1 = f;
			if (f > s0 && f <= v && !is(c, f, "for") &&
			    !(is_name_tok(c, f - 1) && known_person(c, f - 1)) &&
			    (g = subject_person(c, subject_start(c, s0), v)) !=
				    NONE) {
				cu->np0 = c->men[g].t0;
				cu->np1 = c->men[g].t1;
				f = cu->np1;
			}
			/* "A spokesperson for NATO Secretary General Jens
			 * Stoltenberg declined ... but said": whom the
			 * spokesperson speaks for, as before "said" */
			if (f > s0 + 1 && f + 1 < v && is(c, f, "for") &&
			    IN(c, f - 1, roles)) {
				for (g = f + 1; g < v && is_np_word(c, g); g++)
					;
				if (g > f + 1 && g < v)
					cu->np0 = f + 1, cu->np1 = g;
				/* "A spokesman for Hegseth, Sean Parnell,
				 * declined ... but said": the spokesman,
				 * named */
				for (f = g + 1; g + 1 < v && T(c, g)->punct == ',' &&
						f < v && is_name_tok(c, f);
				     f++)
					;
				if (g + 3 <= f && f < v &&
				    T(c, f)->punct == ',')
					cu->np0 = g + 1, cu->np1 = f;
			}
			/* "The head of the committee, Andrei Kartapolov,
			 * went further, calling ...", "Her predecessor,
			 * the former president Igor Dodon, accused": the
			 * name in apposition (after its own few words) */
			while (f > s0 && f < v && f - s0 < 4 &&
			       is_lowerword(c, f) && !verb_class(c, f) &&
			       !IN(c, f, function_words))
				f++;
			if (f > s0 && f + 3 < v && T(c, f)->punct == ',') {
				size_t n0 = f + 1, n1;

				while (n0 < v && n0 - f < 5 &&
				       is_lowerword(c, n0))
					n0++;
				for (n1 = n0; n1 < v && is_name_tok(c, n1);
				     n1++)
					;
				if (n1 - n0 >= 2 && T(c, n1)->punct == ',')
					cu->np0 = n0, cu->np1 = n1;
			}
		}
	}
	return 1;
}

/* "quoted Lavrov as saying": the subject is the one quoted. */
static int quote_subject(struct ctx *c, struct cue *cu)
{
	size_t v = cu->pos, f = fwd_np(c, v + 1, 0), np0, np1;
	int comma;

	/* "Peskov was quoted as saying" */
	if (f == v + 1 && v > sent0(c, v) + 1 && v + 2 < sent1(c, v) &&
	    (is(c, v - 1, "was") || is(c, v - 1, "were")) &&
	    is(c, v + 1, "as") && is(c, v + 2, "saying")) {
		if (back_np(c, v - 1, &np0, &np1, &comma) < 0)
			return 0;
		cu->np0 = cu->first = np0;
		cu->np1 = np1;
		/* "The door remains open, Kristersson was quoted as
		 * saying (by TT).": the clause before the comma */
		cu->fronted = comma;
		return 1;
	}
	if (f == v + 1 || f + 1 >= sent1(c, v) || !is(c, f, "as") ||
	    !is(c, f + 1, "saying"))
		return 0;
	cu->np0 = v + 1;
	cu->np1 = f;
	if (back_np(c, v, &np0, &np1, &comma) >= 0)
		cu->first = np0;
	return 1;
}

/*
 * A name that labels a quotation without a verb: opening a paragraph
 * before a colon and the quote ("Stoltenberg: \"The door is open.\""), or
 * after the quote and a dash ("\"We are not there yet\" — Olaf Scholz,
 * German chancellor"). The name run starts at i; its end, or i when
 * this is no label. Titles may come before the name at a paragraph's
 * start. The name must be a person named in full somewhere, or two
 * words or more, so that "Update:" is no one.
 */
static size_t label_name(struct ctx *c, size_t i)
{
	const struct article *a = c->a;
	size_t j = i, e = sent1(c, i);
	int dash, head;

	dash = i >= 2 && T(c, i - 1)->punct == '-' &&
	       is_closing_mark(c, i - 2) && T(c, i - 2)->para == T(c, i)->para;
	if (!dash && i != a->para[T(c, i)->para].tok0)
		return i;
	/* a headline capitalises every word: only a person the article
	 * names in full ("Zelensky: \"We do not need ...\"") */
	head = headline(c, i);
	while (j < e && j - i < 8 && !is_name_tok(c, j) && is_title_word(c, j))
		j++;
	if (dash && j > i)
		return i;
	while (j < e && j - i < 8 && is_name_tok(c, j))
		j++;
	if (j == i || !is_name_tok(c, j - 1) ||
	    (!known_person(c, j - 1) &&
	     (head || !(j >= i + 2 && is_name_tok(c, j - 2)))))
		return i;
	if (dash)
		return j >= e || T(c, j)->punct == ',' || T(c, j)->punct == '.' ?
		       j : i;
	/* "Jens Stoltenberg, NATO secretary general — \"...\"": a list of
	 * reactions, the name, a description and a dash */
	if (j + 3 < e && T(c, j)->punct == ',') {
		size_t k;

		for (k = j + 1; k < e && k - j < 12 &&
				(T(c, k)->punct == '.' ||
				 (is_word(c, k) && !verb_class(c, k)));
		     k++)
			;
		if (k > j + 1 && k + 1 < a->ntok && T(c, k)->punct == '-' &&
		    T(c, k + 1)->punct == 'q' &&
		    !(T(c, k + 1)->flags & ARTICLE_CLOSE))
			return j;
	}
	/* 'Zelensky: "..."', "Lithuania's Landsbergis: '...'" */
	return j + 1 < a->ntok && T(c, j)->punct == ':' &&
	       T(c, j + 1)->punct == 'q' &&
	       (T(c, j + 1)->flags & (ARTICLE_DQ | ARTICLE_SQ)) &&
	       !(T(c, j + 1)->flags & ARTICLE_CLOSE) ? j : i;
}

/* Where "put it" follows the subject words from i on ("As Stoltenberg
 * put it"), or NONE. */
static size_t put_it(const struct ctx *c, size_t i, size_t e)
{
	size_t k;

	for (k = i; k + 1 < e && k < i + 8 && is_word(c, k); k++)
		if (k > i && is(c, k, "put") && is(c, k + 1, "it"))
			return k;
	return NONE;
}

/*
 * "made clear that", "made it clear that", "pointed out that",
 * "expressed hope that": a verb of two or three words that reports the
 * clause after "that"; 'declined to comment on "..."' the quotation.
 */
static int phrasal_say(const struct ctx *c, size_t i, size_t e)
{
	size_t k = i + 1;

	if (!IN(c, i, phrasal) || k >= e || !is_word(c, k))
		return 0;
	/* one test of the first letter, then the words that start so */
	switch (c->a->text[T(c, i)->start] | 0x20) {
	case 'n': /* "They also note that" (not "a note that") */
		return is(c, k, "that") && i > 0 && !is_det(c, i - 1) &&
		       !is_lowerword(c, i - 1) ? 1 :
		       is(c, k, "that") && i > 0 &&
		       (is_adverb(c, i - 1) || is_pronoun(c, i - 1));
	case 'm': /* "made clear that", "made it clear that", "made the
		   * case that" */
		if (k + 2 < e && is(c, k, "the") && is(c, k + 1, "case") &&
		    is(c, k + 2, "that"))
			return 1;
		if (is(c, k, "it"))
			k++;
		return k + 1 < e && is(c, k, "clear") && is(c, k + 1, "that");
	case 'p': /* "pointed out that"; 'put it plainly: "..."' */
		if (is(c, i, "put")) {
			/* 'put it bluntly in an interview with us in
			 * October: "..."' */
			if (!(k + 1 < e && is(c, k, "it")))
				return 0;
			for (k++; k < e && k < i + 14 && is_word(c, k) &&
				  !verb_class(c, k) && !is_aux(c, k);
			     k++)
				;
			return k < e && T(c, k)->punct == ':';
		}
		return k + 1 < e && is(c, k, "out") && is(c, k + 1, "that");
	case 's':
	case 'f':
		/* 'shot back within hours: "..."', 'fired back that ...'
		 * (not "troops fired back"): a reply, when a quotation or
		 * a clause follows within a few words */
		if (!is(c, k, "back"))
			return 0;
		/* ('"...," his counterpart shot back.': after a
		 * quotation and its subject) */
		if (k + 1 >= e || T(c, k + 1)->punct == '.' ||
		    T(c, k + 1)->punct == ',') {
			size_t j;

			for (j = i; j-- > 0 && i - j < 6;)
				if (T(c, j)->punct == 'q')
					return j > 0 &&
					       (T(c, j - 1)->punct == ',' ||
						T(c, j - 1)->punct == '?' ||
						T(c, j - 1)->punct == '!');
			return 0;
		}
		for (k++; k < e && k < i + 6; k++) {
			if (is(c, k, "that"))
				return 1;
			if (T(c, k)->punct == ':')
				return k + 1 < e && T(c, k + 1)->punct == 'q';
			if (!is_word(c, k))
				return 0;
		}
		return 0;
	case 'w':
	case 'g':
		/* '"...," she went on.', "he goes on to say": speech
		 * resumed (not "the war went on") */
		return is(c, k, "on") && i > 0 &&
		       (is_pronoun(c, i - 1) || is_name_tok(c, i - 1) ||
			/* '« ... », the President went on, « ... »' */
			(IN(c, i - 1, roles) && i > 1 && is(c, i - 2, "the") &&
			 k + 1 < e && T(c, k + 1)->punct == ',')) &&
		       (k + 1 >= e || !is_word(c, k + 1) ||
			(is(c, k + 1, "to") && k + 2 < e &&
			 verb_class(c, k + 2)));
	case 'r':
		/* "rules out Ukraine NATO membership 'in the foreseeable
		 * future'": a statement */
		return is(c, k, "out");
	case 'a': /* "agreed that" (not "agreed to") */
		return is(c, k, "that");
	case 'h': /* "hammered home on Thursday that" */
		if (!is(c, k, "home"))
			return 0;
		for (k++; k < e && k < i + 6 && is_word(c, k); k++)
			if (is(c, k, "that"))
				return 1;
		return 0;
	case 'd':
		/* 'declined to comment on "ongoing discussions"': words of
		 * its own, in quotation marks (no clause follows) */
		return k + 3 < e && is(c, k, "to") && is(c, k + 1, "comment") &&
		       is(c, k + 2, "on") && T(c, k + 3)->punct == 'q';
	default:
		/* "expressed hope that", "voiced confidence that" */
		return k + 1 < e &&
		       (is(c, k, "hope") || is(c, k, "confidence") ||
			is(c, k, "concern") || is(c, k, "belief")) &&
		       is(c, k + 1, "that");
	}
}

/*
 * "For Stephen Walt, ...": where a person's full name (two name words or
 * more, or one the article names in full) that starts at token i ends,
 * at its comma; NONE otherwise ("For Ukraine, ..." is no one's view).
 */
static size_t for_person(struct ctx *c, size_t i, size_t e)
{
	size_t j;

	for (j = i; j < e && j - i < 4 && is_name_tok(c, j); j++)
		;
	if (j == i || j >= e || T(c, j)->punct != ',' ||
	    (j - i < 2 && !known_person(c, j - 1)) ||
	    IN(c, j - 1, countries))
		return NONE;
	return j;
}

/*
 * "according to a survey published by ...", "according to official
 * figures": numbers, not anyone's words. Whether [np0, np1) opens with
 * such a source (after its article and up to two describing words).
 */
static int counted_source(const struct ctx *c, size_t np0, size_t np1)
{
	static const char *const w[] = { "survey",  "poll",	 "polls",
					 "study",   "data",	 "figures",
					 "census",  "estimates", "statistics" };
	size_t k, j;

	for (k = np0; k < np1 && k < np0 + 4; k++)
		for (j = 0; j < sizeof(w) / sizeof(w[0]); j++)
			if (is(c, k, w[j]))
				return 1;
	return 0;
}

/*
 * '"We are the external border of NATO," the minister showed.': a past
 * tense the lexicon does not know, right after a quotation and its
 * speaker, ending the sentence, is the speaker's verb (translations use
 * verbs an English reporter would not: "showed", "specified").
 */
static int after_quote_verb(const struct ctx *c, size_t i)
{
	size_t j = i, e;
	int p;

	if (!ed_word(c, i) || !is_lowerword(c, i) || IN(c, i, roles))
		return 0;
	e = sent1(c, i);
	if (!(i + 1 == e || (i + 1 < e && T(c, i + 1)->punct == '.')))
		return 0;
	while (j > 0 && i - j < 6 && !c->inq[j - 1] && is_word(c, j - 1) &&
	       (is_np_word(c, j - 1) || is_det(c, j - 1) || is_he(c, j - 1)))
		j--;
	if (j == i || j < 2 || !is_closing_mark(c, j - 1))
		return 0;
	p = T(c, j - 2)->punct;
	if (p != ',' && p != '?' && p != '!')
		return 0;
	return is_he(c, i - 1) || IN(c, i - 1, roles) || is_name_tok(c, i - 1);
}

/*
 * Whether verb i is a bare infinitive after "make", "made", "let" and
 * their object ("make Keir Starmer say it", "let him speak").
 */
static int made_to(const struct ctx *c, size_t i)
{
	static const char *const causers[] = { "make", "makes", "made",
					       "making", "let", "lets",
					       "letting", NULL };
	size_t j, s0 = sent0(c, i);
	const struct article_tok *t = T(c, i);

	if (i < s0 + 2 || !is_lowerword(c, i) ||
	    c->a->text[t->end - 1] == 's' || ed_word(c, i))
		return 0;
	for (j = i; j > s0 && i - j < 4 &&
		    (is_name_tok(c, j - 1) || is(c, j - 1, "him") ||
		     is(c, j - 1, "her") || is(c, j - 1, "them"));
	     j--)
		;
	return j < i && j > s0 && article_is_any(c->a, j - 1, causers);
}

/*
 * 'She laughed. "Every country thinks ..."': a sentence of a pronoun and
 * a past tense only, right before a quotation of the paragraph, gives
 * the quotation its speaker.
 */
static int gesture(const struct ctx *c, size_t i)
{
	size_t n = c->a->ntok;

	size_t s0 = i > 0 ? sent0(c, i) : 0;

	/* "The Swedish leader agreed. Stockholm would ..., he said.": a
	 * description and a past tense, then more of the paragraph, is
	 * the subject a later pronoun means */
	if (i > s0 + 1 && i - s0 <= 5 && i + 2 < n &&
	    T(c, i + 1)->punct == '.' && T(c, i + 2)->punct != 'q' &&
	    T(c, i + 2)->para == T(c, i)->para && is_lowerword(c, i) &&
	    ed_word(c, i) && IN(c, i - 1, roles) && is_lowerword(c, i - 1) &&
	    (is_det(c, s0) || IN(c, s0, poss_dets)) && !c->inq[i])
		return 1;
	/* and "Asked whether ..., Mr. Saramo laughed.", "His French
	 * counterpart nodded." */
	return i > 0 && i + 3 < n && T(c, i + 1)->punct == '.' &&
	       T(c, i + 2)->punct == 'q' && is_lowerword(c, i) &&
	       ed_word(c, i) &&
	       ((i - 1 == s0 && is_he(c, i - 1)) ||
		(i - 1 > s0 && is_name_tok(c, i - 1) &&
		 !(T(c, i - 1)->flags & ARTICLE_POSS)) ||
		(i - s0 <= 5 && i - 1 > s0 && IN(c, i - 1, roles) &&
		 is_lowerword(c, i - 1) &&
		 (is_det(c, s0) || is_indef(c, s0) ||
		  IN(c, s0, poss_dets))) ||
		/* "One EU official who deals with Hungary shrugged." */
		who_clause_subject(c, s0, i) != NONE) &&
	       !(T(c, i + 2)->flags & ARTICLE_CLOSE) && c->inq[i + 3] &&
	       T(c, i + 2)->para == T(c, i)->para;
}

/*
 * After a quotation, a sentence from token i that gives the words just
 * before to the person named next: "That was the verdict (message,
 * view, warning, reaction, response) of X", "That is (was) how X summed
 * up the mood". The cue's token ("verdict", "how"), with *name set to
 * where X's name starts; or NONE.
 */
static size_t that_was_of(const struct ctx *c, size_t i, size_t e,
			  size_t *name)
{
	if (i + 4 >= e || !(is(c, i, "that") || is(c, i, "this")))
		return NONE;
	*name = i + 3;
	if (is(c, i + 2, "how") &&
	    (is(c, i + 1, "is") || is(c, i + 1, "was")))
		return i + 2;
	*name = i + 5;
	if (i + 5 < e && is(c, i + 1, "was") && is(c, i + 2, "the") &&
	    (is(c, i + 3, "verdict") || is(c, i + 3, "message") ||
	     is(c, i + 3, "view") || is(c, i + 3, "warning") ||
	     is(c, i + 3, "reaction") || is(c, i + 3, "response")) &&
	    is(c, i + 4, "of"))
		return i + 3;
	return NONE;
}

/*
 * A view given as a phrase before its clause ("In the words of X, ...",
 * "As X has pointed out, ..."): a cue at pos whose subject is [np0,
 * np1), the phrase opening at first, the clause from c0 to its end.
 */
static void opinion_cue(struct ctx *c, size_t pos, size_t np0, size_t np1,
			size_t first, size_t c0)
{
	struct cue *cu = new_cue(c, pos, CUE_OPINION);

	cu->np0 = np0;
	cu->np1 = np1;
	cu->first = first;
	cu->c0 = c0;
	cu->c1 = trim_clause(c, c0, cut_clause(c, c0, sent1(c, c0)));
}

/*
 * After "As" at token i - 1: a subject of up to eight words that names
 * someone (a name or a post last), perhaps an auxiliary, then a verb of
 * speech ("has pointed out", "argued", "has written") and a comma; the
 * verb's token, or NONE.
 */
static size_t as_noted(const struct ctx *c, size_t i, size_t e)
{
	size_t k, v;

	for (k = i; k < e && k < i + 8 && is_word(c, k) && !verb_class(c, k) &&
		    !is_aux(c, k) &&
		    !(is(c, k, "pointed") && k + 1 < e && is(c, k + 1, "out"));
	     k++)
		;
	if (k == i || k >= e || !(is_name_tok(c, k - 1) ||
				  (k == i + 1 && is_pronoun(c, i)) ||
				  (IN(c, k - 1, roles) && !plural(c, k - 1))))
		return NONE;
	v = k;
	while (v < e && v < k + 2 && is_aux(c, v))
		v++;
	if (v >= e || !is_lowerword(c, v))
		return NONE;
	if (is(c, v, "pointed") && v + 2 < e && is(c, v + 1, "out") &&
	    T(c, v + 2)->punct == ',')
		return v;
	if (verb_class(c, v) && (verb_class(c, v) & V_CLASS) != V_CALL &&
	    (verb_class(c, v) & V_CLASS) != V_OBJ &&
	    v + 1 < e && T(c, v + 1)->punct == ',')
		return v;
	return NONE;
}

/*
 * '"...," Lee said, according to a transcript released by his office,
 * "..."': the source of a split quotation's attribution, at "according"
 * (token i, its noun phrase ending at f), between the two pieces; the
 * second piece is still the speaker's.
 */
static int source_between(const struct ctx *c, size_t i, size_t f, size_t e)
{
	size_t s0 = sent0(c, i), g, k;
	int verb = 0;

	if (i < s0 + 4 || T(c, i - 1)->punct != ',' || f + 1 >= e ||
	    T(c, f)->punct != ',' || T(c, f + 1)->punct != 'q')
		return 0;
	for (g = i - 1; g > s0 && i - g <= 7 && is_word(c, g - 1); g--)
		;
	for (k = g; k < i - 1; k++)
		verb |= is_lowerword(c, k) && verb_class(c, k) != 0;
	return verb && g > s0 + 1 &&
	       (T(c, g - 1)->punct == 'q' ||
		(T(c, g - 1)->punct == ',' && T(c, g - 2)->punct == 'q'));
}

static void find_cues(struct ctx *c)
{
	const struct article *a = c->a;
	size_t i, e, f, g, v0, n0;
	struct cue *cu;
	int cls;

	for (i = 0; i < a->ntok; i++) {
		if (c->inq[i] || !is_word(c, i))
			continue;
		e = sent1(c, i);
		f = label_name(c, i);
		if (f > i) {
			/* the colon (or, after a dash, the name) anchors it */
			cu = new_cue(c, i > 0 && T(c, i - 1)->punct == '-' ?
				     i : f, CUE_LABEL);
			cu->np0 = cu->first = i;
			cu->np1 = f;
			i = f - 1;
			continue;
		}
		/* ", per two EU diplomats": Politico's "according to" */
		if (is(c, i, "per") && i > sent0(c, i) &&
		    T(c, i - 1)->punct == ',' && i + 1 < e &&
		    (counted_people(c, i + 1, e) || is_cap(c, i + 1) ||
		     is_det(c, i + 1))) {
			f = fwd_np(c, i + 1, 0);
			if (f > i + 1) {
				cu = new_cue(c, i, CUE_ACCORDING);
				cu->np0 = i + 1;
				cu->np1 = f;
				continue;
			}
		}
		if (is(c, i, "according") && i + 1 < e && is(c, i + 1, "to")) {
			/* "Prime Minister Milojko Spajić, according to whom
			 * Ukraine \"deserves ...\",": the name before the
			 * comma */
			if (i + 2 < e && is(c, i + 2, "whom") &&
			    i >= sent0(c, i) + 2 && T(c, i - 1)->punct == ',' &&
			    is_name_tok(c, i - 2)) {
				for (f = i - 1; f > sent0(c, i) &&
						is_np_word(c, f - 1);
				     f--)
					;
				cu = new_cue(c, i, CUE_OPINION);
				cu->np0 = cu->first = f;
				cu->np1 = i - 1;
				i += 2;
				continue;
			}
			f = fwd_np(c, i + 2, 0);
			/* "according to regional governor Oleh Kiper": a
			 * word or two in lower case before the post */
			if (f == i + 2) {
				for (g = i + 2; g < e && g < i + 4 &&
						is_lowerword(c, g) &&
						!IN(c, g, function_words) &&
						!verb_class(c, g) &&
						!IN(c, g, roles);
				     g++)
					;
				if (g > i + 2 && g < e && IN(c, g, roles) &&
				    fwd_np(c, g, 0) > g)
					f = fwd_np(c, g, 0);
			}
			/* "a statement from Helsinki", "from the Kremlin" */
			if (f > i + 2 && f + 1 < e && is(c, f, "from") &&
			    (is_cap(c, f + 1) ||
			     (f + 2 < e && is(c, f + 1, "the") &&
			      is_cap(c, f + 2))))
				f = fwd_np(c, f + 1, 0) > f + 1 ?
				    fwd_np(c, f + 1, 0) : f;
			if (f == i + 2 || counted_source(c, i + 2, f) ||
			    source_between(c, i, f, e))
				continue;
			cu = new_cue(c, i, CUE_ACCORDING);
			cu->np0 = i + 2;
			cu->np1 = f;
			continue;
		}
		if (is(c, i, "in") && i + 3 < e && (is_he(c, i + 1) ||
		    (T(c, i + 1)->flags & ARTICLE_POSS)) &&
		    (is(c, i + 2, "opinion") || is(c, i + 2, "view") ||
		     is(c, i + 2, "account") || is(c, i + 2, "words") ||
		     is(c, i + 2, "telling") || is(c, i + 2, "assessment")) &&
		    T(c, i + 3)->punct == ',') {
			cu = new_cue(c, i + 2, CUE_OPINION);
			cu->np0 = i + 1;
			cu->np1 = i + 2;
			cu->first = i;
			cu->c0 = i + 4;
			cu->c1 = trim_clause(c, cu->c0,
					     cut_clause(c, cu->c0, e));
			continue;
		}
		/* '"We will never accept it." That was the verdict of
		 * Hungarian Foreign Minister Peter Szijjarto': the words
		 * just before are the person's after "of" */
		if (i == sent0(c, i) && i > 0 && is_closing_mark(c, i - 1) &&
		    (v0 = that_was_of(c, i, e, &n0)) != NONE &&
		    (f = fwd_np(c, n0, 0)) > n0) {
			cu = new_cue(c, v0, CUE_OPINION);
			cu->np0 = n0;
			cu->np1 = f;
			cu->first = i;
			i = f - 1;
			continue;
		}
		/* "For Stephen Walt, writing in Foreign Policy, enlargement
		 * was \"a mistake\"": a person's view opens the sentence */
		if (i == sent0(c, i) && is(c, i, "for") && i + 4 < e &&
		    (f = for_person(c, i + 1, e)) != NONE) {
			cu = new_cue(c, f - 1, CUE_OPINION);
			cu->np0 = i + 1;
			cu->np1 = f;
			cu->first = i;
			for (f++; f < e && T(c, f)->punct != ',' &&
				  f - cu->np1 < 10 && ing_word(c, cu->np1 + 1);
			     f++)
				; /* ", writing in Foreign Policy," */
			if (f < e && T(c, f)->punct == ',' &&
			    ing_word(c, cu->np1 + 1))
				f++;
			else
				f = cu->np1 + 1;
			/* (its view, no words: only the quotations in it
			 * are the person's, "For Pascal Sciarini, ..., the
			 * campaign will be fought ..." reports nothing) */
			cu->c0 = cu->c1 = 0;
			i = f - 1; /* past the participle, no cue of its own */
			continue;
		}
		/* "In the words of one EU diplomat, the debate \"shows
		 * ...\"": the clause after the comma is the diplomat's */
		if (i + 5 < e && T(c, i)->end - T(c, i)->start == 2 &&
		    T(c, i + 2)->end - T(c, i + 2)->start == 5 &&
		    is(c, i + 2, "words") && is(c, i, "in") &&
		    is(c, i + 1, "the") && is(c, i + 3, "of") &&
		    (f = fwd_np(c, i + 4, 0)) > i + 4 && f + 1 < e &&
		    T(c, f)->punct == ',') {
			opinion_cue(c, f - 1, i + 4, f, i, f + 1);
			i = f;
			continue;
		}
		/* "As former foreign minister Ursula Plassnik put it in an
		 * interview, Austria is ...": the clause after the comma */
		if ((i == sent0(c, i) || T(c, i - 1)->punct == ',' ||
		     T(c, i - 1)->punct == '(' ||
		     (i == sent0(c, i) + 1 && is(c, i, "as") &&
		      opening_conj(c, i - 1))) &&
		    is(c, i, "as") && (f = put_it(c, i + 1, e)) != NONE) {
			size_t k = f + 2;

			while (k < e && k < f + 10 && T(c, k)->punct != ',' &&
			       T(c, k)->punct != ':')
				k++;
			/* 'As Tusk put it to reporters: "..."': the
			 * quotation after the colon is his */
			if (k + 1 < e && T(c, k)->punct == ':') {
				cu = new_cue(c, f, CUE_OPINION);
				cu->np0 = i + 1;
				cu->np1 = f;
				cu->first = i;
				i = f + 1;
				continue;
			}
			if (k + 1 < e && T(c, k)->punct == ',') {
				cu = new_cue(c, f, CUE_OPINION);
				cu->np0 = i + 1;
				/* "As X once put it" */
				cu->np1 = f;
				while (cu->np1 > cu->np0 + 1 &&
				       is_adverb(c, cu->np1 - 1))
					cu->np1--;
				cu->first = i;
				cu->c0 = k + 1;
				cu->c1 = trim_clause(c, cu->c0,
						     cut_clause(c, cu->c0, e));
				i = f + 1;
				continue;
			}
		}
		/* "As the political scientist Ann-Sofie Dahl has pointed
		 * out, Sweden \"joined ...\"": the clause after the comma */
		if (T(c, i)->end - T(c, i)->start == 2 && is(c, i, "as") &&
		    (i == sent0(c, i) || T(c, i - 1)->punct == ',') &&
		    (f = as_noted(c, i + 1, e)) != NONE) {
			size_t v = f;

			while (T(c, f)->punct != ',')
				f++;
			while (v > i + 1 && (is_aux(c, v - 1) ||
					     is_adverb(c, v - 1)))
				v--;
			opinion_cue(c, f - 1, i + 1, v, i, f + 1);
			i = f;
			continue;
		}
		/* "X's remarks" speak for X, but not as a verb's object
		 * ("called Fico's remarks \"regrettable\"") */
		if ((T(c, i)->flags & ARTICLE_POSS) &&
		    speech_noun_after(c, i) && is_cap(c, i) &&
		    !(i > sent0(c, i) && is_lowerword(c, i - 1) &&
		      (verb_class(c, i - 1) || ed_word(c, i - 1)))) {
			cu = new_cue(c, i + 1, CUE_POSSNOUN);
			cu->np0 = cu->first = i;
			cu->np1 = i + 1;
			continue;
		}
		/* "X. That was the message from Defence Minister Y on
		 * Tuesday": the sentence before is Y's, as with "This was
		 * stated by Y" */
		if ((c->a->text[T(c, i)->start] | 0x20) == 'm' &&
		    is(c, i, "message") && i >= sent0(c, i) + 3 &&
		    i + 2 < e && sent0(c, i) == i - 3 &&
		    (is(c, i - 3, "that") || is(c, i - 3, "this")) &&
		    (is(c, i - 2, "was") || is(c, i - 2, "is")) &&
		    is(c, i - 1, "the") &&
		    (is(c, i + 1, "from") || is(c, i + 1, "of"))) {
			f = fwd_np(c, i + 2, 0);
			for (g = i + 2; g < f; g++) /* "(V)": a party */
				if (T(c, g)->punct == '(')
					f = g;
			if (f > i + 2) {
				cu = new_cue(c, i, CUE_PASSIVE);
				cu->np0 = i + 2;
				cu->np1 = f;
				continue;
			}
		}
		cls = verb_class(c, i);
		/* "tried to make Keir Starmer say it": the object of
		 * "make" or "let" is made to speak, and speaks not */
		if (cls && made_to(c, i))
			continue;
		if (!cls && phrasal_say(c, i, e))
			/* "made clear that", "pointed out that"; 'put it
			 * bluntly: "..."' and "made the case that" report
			 * no clause before their "that" */
			cls = is(c, i, "put") ||
					      (i + 1 < e && is(c, i + 1, "the")) ?
				      V_THAT : V_SAY;
		if (!cls && ed_word(c, i) &&
		    (after_quote_verb(c, i) || gesture(c, i)))
			cls = V_THAT; /* '"...," the minister showed.' */
		/* "— NATO is far, the fence is close, — he laughs.": a
		 * dashed speech's attribution by a gesture */
		if (!cls && i >= 3 && T(c, i - 2)->punct == '-' &&
		    is_lowerword(c, i) && is_he(c, i - 1) &&
		    (s_verb(c, i) || ed_word(c, i)) &&
		    (T(c, i - 3)->punct == ',' || T(c, i - 3)->punct == '?' ||
		     T(c, i - 3)->punct == '!') &&
		    T(c, c->a->para[T(c, i)->para].tok0)->punct == '-')
			cls = V_THAT;
		/* "— ..., — laughs 68-year-old Ona Stankevičienė, who
		 * ...": the gesture before its subject */
		if (!cls && i >= 3 && T(c, i - 1)->punct == '-' &&
		    is_lowerword(c, i) && s_verb(c, i) &&
		    (T(c, i - 2)->punct == ',' || T(c, i - 2)->punct == '?' ||
		     T(c, i - 2)->punct == '!') &&
		    T(c, c->a->para[T(c, i)->para].tok0)->punct == '-')
			cls = V_SAY;
		/* "Gulf states view Turkey's hosting ...": a noun after a
		 * capitalised word, no verb of speech */
		if (cls && i > 0 && i + 1 < e && is(c, i, "states") &&
		    is_cap(c, i - 1) && is_lowerword(c, i + 1) &&
		    !is(c, i + 1, "that"))
			continue;
		if (!cls)
			continue;
		/* "Moscow would respond with measures", "Moscow would
		 * respond adequately": an act, not words */
		if (T(c, i)->end - T(c, i)->start >= 7 &&
		    !strncasecmp(c->a->text + T(c, i)->start, "respond", 7) &&
		    ((i + 1 < e && is(c, i + 1, "with")) ||
		     (i > sent0(c, i) &&
		      (is(c, i - 1, "will") || is(c, i - 1, "would") ||
		       is(c, i - 1, "could") || is(c, i - 1, "might") ||
		       is(c, i - 1, "must") || is(c, i - 1, "may") ||
		       is(c, i - 1, "shall") || is(c, i - 1, "should")))))
			continue;
		/* "posted on Telegram (social media, his channel) that
		 * ...", but not "posted a video", "posted troops" or
		 * "posted on the border" */
		if (is(c, i, "posted") &&
		    !(i + 2 < e && is(c, i + 1, "on") &&
		      (is_cap(c, i + 2) || is(c, i + 2, "social") ||
		       IN(c, i + 2, poss_dets))) &&
		    !(i + 1 < e && is(c, i + 1, "that"))) /* "posted that" */
			continue;
		if (i > sent0(c, i) && i + 2 < e && is(c, i + 1, "by") &&
		    (is(c, i - 1, "was") || is(c, i - 1, "were") ||
		     is(c, i - 1, "been") || is(c, i - 1, "is"))) {
			f = fwd_np(c, i + 2, 0);
			if (f == i + 2)
				continue;
			cu = new_cue(c, i, CUE_PASSIVE);
			cu->np0 = i + 2;
			cu->np1 = f;
			continue;
		}
		/* "would see Ukraine write into its constitution that":
		 * a law's words, not speech */
		if (T(c, i)->end - T(c, i)->start >= 5 &&
		    (!strncasecmp(c->a->text + T(c, i)->start, "writ", 4) ||
		     is(c, i, "wrote")) &&
		    i + 1 < e && is(c, i + 1, "into"))
			continue;
		/* "commits not to admit Ukraine", "admitted Finland":
		 * a member let in, no words */
		if (T(c, i)->end - T(c, i)->start >= 5 &&
		    !strncasecmp(c->a->text + T(c, i)->start, "admit", 5) &&
		    i + 1 < e && (IN(c, i + 1, countries) ||
				  is(c, i + 1, "new") ||
				  is(c, i + 1, "members")))
			continue;
		/* "Europe's leaders like to say that ...": a habit, not
		 * words said; "declined to confirm the report": words not
		 * said */
		if (i >= 2 && is(c, i - 1, "to") &&
		    (is(c, i - 2, "like") || is(c, i - 2, "love") ||
		     is(c, i - 2, "tend") ||
		     ((is(c, i - 2, "declined") || is(c, i - 2, "refused") ||
		       is(c, i - 2, "declines") || is(c, i - 2, "refuses")) &&
		      !is(c, i, "comment"))))
			continue;
		/* "He did not say how much", "would not say whether":
		 * words not said (not "did not say it" in a quotation) */
		if (i >= 2 && (is(c, i - 1, "not") || is(c, i - 1, "never")) &&
		    (is(c, i - 2, "did") || is(c, i - 2, "would") ||
		     is(c, i - 2, "could") || is(c, i - 2, "does") ||
		     is(c, i - 2, "do") || is(c, i - 2, "will") ||
		     is(c, i - 2, "has") || is(c, i - 2, "have")) &&
		    (is(c, i, "say") || is(c, i, "said") ||
		     is(c, i, "specify") || is(c, i, "elaborate") ||
		     is(c, i, "explain")))
			continue;
		/* "stopping short of saying that ...", "without saying":
		 * words not said */
		if (i >= 2 && ing_word(c, i) &&
		    ((is(c, i - 1, "of") && is(c, i - 2, "short")) ||
		     is(c, i - 1, "without")))
			continue;
		/* "Mirzoyan was asked whether ...", "was told that ...":
		 * the one asked or told does not speak */
		if (i > sent0(c, i) && strchr("tauw", c->a->text[T(c, i)->start]) &&
		    (is(c, i, "told") || is(c, i, "asked") ||
		     is(c, i, "urged") || is(c, i, "warned")) &&
		    (is(c, i - 1, "was") || is(c, i - 1, "were") ||
		     is(c, i - 1, "is") || is(c, i - 1, "are") ||
		     is(c, i - 1, "be") || is(c, i - 1, "been") ||
		     is(c, i - 1, "being")) &&
		    !(i + 1 < e && T(c, i + 1)->punct == ':'))
			continue;
		/* "under which Ukraine would be declared neutral": a
		 * passive with neither agent nor "that" reports nothing */
		if (i > sent0(c, i) && ed_word(c, i) &&
		    (is(c, i - 1, "be") || is(c, i - 1, "been") ||
		     is(c, i - 1, "being")) &&
		    !(i + 1 < e && (is(c, i + 1, "that") ||
				    T(c, i + 1)->punct == ':' ||
				    T(c, i + 1)->punct == ',' ||
				    T(c, i + 1)->punct == 'q')))
			continue;
		cu = new_cue(c, i, CUE_VERB);
		cu->cls = cls;
		if ((cls & V_CLASS) == V_QUOTE ? !quote_subject(c, cu) :
		    !verb_subject(c, cu)) {
			c->ncue--;
			continue;
		}
		verb_clause(c, cu);
	}
}

/* ---- resolving subjects ---- */

/* "Analysts", "Critics", "Officials": many people, none named. */
static int unnamed_many(const struct ctx *c, size_t i)
{
	return IN(c, i, many) && !(T(c, i)->flags & ARTICLE_POSS);
}

/* The head of a noun phrase: its last word, or the last before "of". */
static size_t np_head(const struct ctx *c, size_t np0, size_t np1)
{
	size_t k;

	for (k = np0 + 1; k < np1; k++)
		if (is(c, k, "of") || is(c, k, "from") ||
		    /* "a statement released by the ministry" */
		    (k + 1 < np1 && ed_word(c, k) && IN(c, k - 1, docs) &&
		     is(c, k + 1, "by")) ||
		    ((is(c, k, "in") || is(c, k, "on")) &&
		     (IN(c, k - 1, roles) || IN(c, k - 1, many))))
			return k - 1; /* "a senior official in Ankara" */
	return np1 - 1;
}

/* Whether [k, e) holds a capitalised organisation's word. */
static int org_within(const struct ctx *c, size_t k, size_t e)
{
	for (; k < e; k++)
		if (IN(c, k, orgs) && is_cap(c, k))
			return 1;
	return 0;
}

static const char *nationality_adj(const struct ctx *c, size_t h, char *buf,
				   size_t cap);

/* Is [np0, np1) a person (its last words a name), and where is the name? */
static int np_kind(struct ctx *c, size_t np0, size_t np1,
		   size_t *run0)
{
	size_t head, k;

	if (np1 - np0 == 1 && is_he(c, np0))
		return NP_HE;
	/* "the Finn said", "the Lithuanian added": a person of that
	 * country, named before */
	{
		char buf[32];

		if (np1 - np0 == 2 && is(c, np0, "the") &&
		    nationality_adj(c, np0 + 1, buf, sizeof(buf)))
			return NP_DESC;
	}
	if (age_word(c, np1 - 1) &&
	    (np1 - np0 == 1 || (np1 - np0 == 2 && is_det(c, np0))))
		return NP_DESC; /* "the 60-year-old said" */
	if (np1 - np0 == 1 && is_it(c, np0))
		return NP_IT;
	if (np1 - np0 == 1 && (is_they(c, np0) || unnamed_many(c, np0) ||
			       is(c, np0, "others") || is(c, np0, "some") ||
			       is(c, np0, "many")))
		return NP_THEY; /* "Analysts say ...": no one in particular */
	/* "Chinese experts warn", "Western analysts say": an adjective
	 * does not name them (but "Russian officials" are a government's
	 * and "Two EU diplomats" are counted) */
	if (np1 - np0 == 2 && unnamed_many(c, np0 + 1) &&
	    !IN(c, np0 + 1, roles) && is_word(c, np0) && !is_det(c, np0) &&
	    !(T(c, np0)->flags & (ARTICLE_POSS | ARTICLE_DIGIT)) &&
	    !counted_people(c, np0, np1) && !IN(c, np0, function_words))
		return NP_THEY;
	/* "Volker's critics say", "Orban's opponents": a person's, but
	 * no one named (unlike "Russia's officials", a government's) */
	if (np1 - np0 == 2 && unnamed_many(c, np0 + 1) &&
	    !IN(c, np0 + 1, roles) && (T(c, np0)->flags & ARTICLE_POSS) &&
	    is_cap(c, np0) && !IN(c, np0, countries))
		return NP_THEY;
	/* "Some in the West say", "others in Brussels": no one named */
	if (np1 - np0 >= 3 && IN(c, np0 + 1, function_words) &&
	    (is(c, np0 + 1, "in") || is(c, np0 + 1, "from")) &&
	    (is(c, np0, "some") || is(c, np0, "others") ||
	     is(c, np0, "many")))
		return NP_THEY; /* "many in Washington now argue" too */
	/* "Analysts in Podgorica say", "Diplomatic sources in Athens
	 * said": as many and as unnamed (not "two diplomats in ...") */
	head = np_head(c, np0, np1);
	if (head + 1 < np1 && head <= np0 + 1 && unnamed_many(c, head) &&
	    !is_det(c, np0) && !counted_people(c, np0, np1) &&
	    (is(c, head + 1, "in") || is(c, head + 1, "from") ||
	     is(c, head + 1, "on")) &&
	    /* (not "Sources in the Foreign Ministry": a body's) */
	    !(is(c, head, "sources") && org_within(c, head + 2, np1)))
		return NP_THEY; /* "Republicans on the Hill" */
	/* "the Russian embassy in Stockholm", "its ambassador in Kyiv";
	 * but "ambassador to NATO Ivo Daalder" is a person */
	for (k = np0 + 1; k + 1 < np1; k++) {
		if (close_to(c, np0, k))
			return NP_DESC; /* "a source close to Erdogan" */
		/* (and "A senior official at the Government Offices") */
		if (!is(c, k, "in") && !is(c, k, "to") && !is(c, k, "at") &&
		    /* "A senior official from a Western European Ally" */
		    /* (and "the 61-year-old farmer from Orbe") */
		    !(is(c, k, "from") &&
		      (is_det(c, k + 1) || is_cap(c, k + 1)) &&
		      IN(c, k - 1, roles)))
			continue;
		if (IN(c, k - 1, orgs))
			return NP_ORG;
		/* "a French diplomat posted in the Caucasus" */
		if (k >= np0 + 2 && is(c, k, "in") && IN(c, k - 2, roles) &&
		    (is(c, k - 1, "posted") || is(c, k - 1, "based") ||
		     is(c, k - 1, "stationed")))
			return NP_DESC;
		if (IN(c, k - 1, roles) && (is_det(c, k + 1) ||
					    !is_name_tok(c, np1 - 1) ||
					    !known_person(c, np1 - 1)))
			return NP_DESC;
		break;
	}
	/* "the head of the Federal Department of Foreign Affairs": a
	 * post in lower case first, a person's, whatever body follows */
	if (head + 2 < np1 && head <= np0 + 1 && IN(c, head, roles) &&
	    is_lowerword(c, head) && is(c, head + 1, "of") &&
	    (head == np0 || is_det(c, np0)) &&
	    !(is_name_tok(c, np1 - 1) && known_person(c, np1 - 1)))
		return NP_DESC;
	/* "the Austrian Society for European Politics": a body; "the
	 * Minister of Foreign Affairs": a title, not "Affairs" */
	for (k = np0; k + 2 < np1; k++) {
		if (!is_cap(c, k) || !(IN(c, k, orgs) || IN(c, k, roles)) ||
		    !(is(c, k + 1, "of") || is(c, k + 1, "for")))
			continue;
		/* "the spokesperson of the Ministry of Foreign Affairs of
		 * Ukraine Heorhii Tykhyi": a person at the end */
		if (is_name_tok(c, np1 - 2) && known_person(c, np1 - 1))
			break;
		if (IN(c, k, orgs))
			return NP_ORG;
		if (IN(c, k, roles) && !is_name_tok(c, np1 - 2) &&
		    !known_person(c, np1 - 1))
			return NP_DESC;
	}
	/* "The mayor of the Norwegian border town of Kirkenes": a post
	 * of a place, unless it ends in a person named in full */
	if (head + 1 < np1 && IN(c, head, roles) && is_lowerword(c, head) &&
	    is(c, head + 1, "of") &&
	    (is_name_tok(c, np1 - 1) || T(c, np1 - 1)->punct == ')' ||
	     org_within(c, head + 2, np1)) &&
	    !(is_name_tok(c, np1 - 1) && known_person(c, np1 - 1)))
		return NP_DESC; /* ("the head of the Federal Department of
				 * Foreign Affairs (FDFA)") */
	/* "the Department of Foreign Affairs": a body, whatever its end
	 * (but "Party of Socialists leader Igor Dodon" is a person) */
	if (head + 1 < np1 && IN(c, head, orgs) &&
	    !(T(c, head)->flags & ARTICLE_POSS) &&
	    !(np1 - np0 >= 4 && is_name_tok(c, np1 - 2) &&
	      known_person(c, np1 - 1) &&
	      (k = run_start(c, np1 - 1, np0)) > np0 &&
	      IN(c, k - 1, roles) && is_lowerword(c, k - 1)))
		return NP_ORG;
	if (is_name_tok(c, np1 - 1)) {
		*run0 = run_start(c, np1 - 1, np0);
		return NP_PERSON;
	}
	if (IN(c, head, docs))
		return NP_DOC;
	/* "NATO leaders", "Russian officials": a body, not one person */
	if (IN(c, head, roles) && head > np0 && plural(c, head))
		return NP_ORG;
	if (IN(c, head, roles) && !(T(c, head)->flags & ARTICLE_ACRONYM))
		return NP_DESC;
	return NP_ORG;
}

static size_t skip_det(const struct ctx *c, size_t np0, size_t np1)
{
	while (np0 + 1 < np1 && is_det(c, np0))
		np0++;
	return np0;
}

static int collective(const struct ctx *c, size_t i)
{
	return is(c, i, "allies") || is(c, i, "countries") ||
	       is(c, i, "members") || is(c, i, "leaders") ||
	       is(c, i, "states") || is(c, i, "nations");
}

/*
 * A description as a speaker's name: its words [t0, t1), first letter
 * upper case as names have it ("Senior NATO diplomat").
 */
static const char *post_name(struct ctx *c, size_t t0, size_t t1)
{
	/* without a last word's possessive: "Kyiv's message" is Kyiv's */
	char *s = xstrndup(c->a->text + T(c, t0)->start,
			   ARTICLE_BASE_END(T(c, t1 - 1)) - T(c, t0)->start);

	if (*s >= 'a' && *s <= 'z')
		*s = (char)(*s - 'a' + 'A');
	return keep(c, s);
}

/* A country's adjective as a name starts ("Russian"), to sb. */
static void add_adjective(struct sbuf *sb, const char *adj)
{
	size_t at = sb->len;

	sbuf_adds(sb, adj);
	sb->buf[at] = (char)(sb->buf[at] - 'a' + 'A');
}

/*
 * "In Moscow, the foreign ministry said": a body named by lower-case
 * words alone, in a sentence that opens on a capital, is that country's
 * ("Russian foreign ministry"); NULL otherwise.
 */
static const char *capital_body(struct ctx *c, size_t np0, size_t np1)
{
	size_t s0 = sent0(c, np0), k;
	char buf[32];
	struct sbuf sb = SBUF_INIT;

	if (np0 > s0 + 3 && is(c, s0, "back"))
		s0++; /* "Back in Kyiv, the defence ministry said" */
	if (np0 < s0 + 3 || !is(c, s0, "in") || T(c, s0 + 2)->punct != ',' ||
	    !IN(c, np1 - 1, orgs))
		return NULL;
	for (k = np0; k < np1; k++)
		if (!is_lowerword(c, k))
			return NULL;
	for (k = s0 + 3; k < np0; k++)
		if (!is_det(c, k))
			return NULL; /* the body opens the clause */
	lower(c, s0 + 1, buf, sizeof(buf));
	for (k = 0; k < N(capitals); k++) {
		if (strcmp(capitals[k].country, buf))
			continue;
		add_adjective(&sb, capitals[k].adj);
		sbuf_addc(&sb, ' ');
		sbuf_add(&sb, c->a->text + T(c, np0)->start,
			 T(c, np1 - 1)->end - T(c, np0)->start);
		return keep(c, sbuf_detach(&sb));
	}
	return NULL;
}

/*
 * An organisation's name: no article; "NATO allies" is NATO; a
 * country's possessive becomes its adjective ("Russia's leadership").
 */
#define SPELL_SPAN 4000 /* tokens either side searched by spelled_out() */

/*
 * "FO says ...", then "The Foreign Office said": the body whose name
 * the acronym at token i abbreviates, capitalised words ending in a
 * body's word whose initials ("of", "and", "for" and "the" aside) are
 * its letters, the first such run within SPELL_SPAN tokens of it; NULL
 * if none.
 */
static const char *org_name(struct ctx *c, size_t np0, size_t np1);

static const char *spelled_out(struct ctx *c, size_t i)
{
	const char *a = c->a->text + T(c, i)->start;
	size_t n = ARTICLE_BASE_END(T(c, i)) - T(c, i)->start, k, j, m, lo, hi;

	if (n < 2 || n > 5)
		return NULL;
	/* within a few thousand words of the acronym, so that an article
	 * full of one acronym does not read itself once per use */
	lo = i > SPELL_SPAN ? i - SPELL_SPAN : 0;
	hi = i + SPELL_SPAN < c->a->ntok ? i + SPELL_SPAN : c->a->ntok;
	for (k = lo; k + 1 < hi; k++) {
		if (!is_cap(c, k) || c->a->text[T(c, k)->start] != a[0] ||
		    (T(c, k)->flags & ARTICLE_ACRONYM))
			continue;
		for (j = k, m = 0; j < c->a->ntok && m < n; j++) {
			if (is(c, j, "of") || is(c, j, "and") ||
			    is(c, j, "for") || is(c, j, "the"))
				continue;
			if (!is_cap(c, j) || !is_word(c, j) ||
			    c->a->text[T(c, j)->start] != a[m])
				break;
			m++;
		}
		/* ("the Ministry of External Affairs" for "MEA": a body's
		 * word first or last) */
		if (m == n && (IN(c, j - 1, orgs) || IN(c, k, orgs)))
			return keep_span(c, T(c, k)->start,
					 ARTICLE_BASE_END(T(c, j - 1)));
	}
	/* "the external affairs ministry (MEA)": a body, then the
	 * acronym it goes by in brackets */
	for (k = lo + 2; k + 1 < hi; k++) {
		if (T(c, k - 1)->punct != '(' || T(c, k + 1)->punct != ')' ||
		    !IN(c, k - 2, orgs) || k == i ||
		    ARTICLE_BASE_END(T(c, k)) - T(c, k)->start != n ||
		    memcmp(c->a->text + T(c, k)->start, a, n))
			continue;
		for (j = k - 2; j > 0 && k - 2 - j < 5 && is_word(c, j - 1) &&
				(is_cap(c, j - 1) || IN(c, j - 1, roles) ||
				 IN(c, j - 1, orgs) || demonym_of(c, j - 1));
		     j--)
			;
		return org_name(c, j, k - 1);
	}
	return NULL;
}

/*
 * The capital letters of the acronyms in [np0, np1) ("HR/VP" gives
 * "HRVP"), into buf (cap bytes); 0 unless the noun phrase is only
 * acronyms, slashes and an article.
 */
static int acronym_letters(const struct ctx *c, size_t np0, size_t np1,
			   char *buf, size_t cap)
{
	size_t k, n = 0, m;
	const char *w;

	np0 = skip_det(c, np0, np1);
	for (k = np0; k < np1; k++) {
		if (!is_word(c, k) && c->a->text[T(c, k)->start] == '/' &&
		    k > np0)
			continue;
		if (!(T(c, k)->flags & ARTICLE_ACRONYM))
			return 0;
		w = c->a->text + T(c, k)->start;
		for (m = 0; m < ARTICLE_BASE_END(T(c, k)) - T(c, k)->start;
		     m++) {
			if (n + 1 >= cap)
				return 0;
			buf[n++] = w[m];
		}
	}
	buf[n] = '\0';
	return n >= 2;
}

/*
 * Whether the capitalised words from token j on (slashes between them
 * aside; "Vice-President" gives "VP") have the initials acr, one word
 * after another, with a post among them ("High Representative/Vice-
 * President" for "HRVP", "Prime Minister" for "PM", but not "European
 * Union" for "EU"). *end is set past the last word used.
 */
static int initials_at(const struct ctx *c, size_t j, const char *acr,
		       size_t *end)
{
	size_t n = 0, len = strlen(acr), m;
	int role = 0;
	const char *w;

	for (; j < c->a->ntok && n < len; j++) {
		if (c->a->text[T(c, j)->start] == '/' && n)
			continue;
		if (!is_cap(c, j) || !is_word(c, j) || c->inq[j])
			return 0;
		w = c->a->text + T(c, j)->start;
		for (m = 0; T(c, j)->start + m < T(c, j)->end && n < len; m++)
			if (m == 0 || (w[m - 1] == '-' && w[m] >= 'A' &&
				       w[m] <= 'Z')) {
				if (w[m] != acr[n])
					return 0;
				n++;
			}
		/* a word's initials all used, or none left to match */
		for (; T(c, j)->start + m < T(c, j)->end; m++)
			if (w[m - 1] == '-' && w[m] >= 'A' && w[m] <= 'Z')
				return 0;
		role |= IN(c, j, roles);
	}
	*end = j;
	return n == len && role;
}

/*
 * "the HR/VP" after "High Representative/Vice-President Kallas", "the
 * PM" after "Prime Minister Ulf Kristersson": a run of capitalised words
 * within five paragraphs before the acronym (or, with none, after it)
 * whose words have its letters as their initials, a post among them,
 * right before a name of one or two words: that person; NULL if none.
 * Headlines and lines without a full stop count too ("Answer given by
 * High Representative/Vice-President Kallas on behalf of ...").
 */
static const char *title_initials(struct ctx *c, size_t np0, size_t np1)
{
	char acr[16];
	size_t k, j, r, lo, hi, para = T(c, np0)->para;
	int pass;

	if (!acronym_letters(c, np0, np1, acr, sizeof(acr)))
		return NULL;
	lo = c->a->para[para > 5 ? para - 5 : 0].tok0;
	hi = c->a->para[para + 5 < c->a->npara ? para + 5 : c->a->npara - 1]
		     .tok1;
	for (pass = 0; pass < 2; pass++) {
		for (k = pass ? np1 : np0; pass ? k < hi : k-- > lo;
		     k += pass) {
			if (c->a->text[T(c, k)->start] != acr[0] ||
			    !is_cap(c, k) ||
			    (T(c, k)->flags & ARTICLE_ACRONYM) ||
			    !initials_at(c, k, acr, &j))
				continue;
			for (r = j; r < c->a->ntok && r - j < 2 &&
				    is_name_tok(c, r) && !is_lexicon(c, r);
			     r++)
				;
			if (r > j)
				return canon_name(c, j, r);
		}
	}
	return NULL;
}

/* Whether the article names the EU (looked up once, when asked). */
static int eu_named(struct ctx *c)
{
	size_t i;

	if (c->eu < 0)
		for (c->eu = 0, i = 0; i < c->a->ntok && !c->eu; i++)
			c->eu = (T(c, i)->flags & ARTICLE_ACRONYM) &&
				is(c, i, "eu");
	return c->eu;
}

static const char *org_name(struct ctx *c, size_t np0, size_t np1)
{
	const struct article *a = c->a;
	struct sbuf sb = SBUF_INIT;
	size_t k, p;
	char buf[32];
	const char *name;
	const struct demonym *d;

	np0 = skip_det(c, np0, np1);
	/* "the US", "the U.S.": the United States, as it is named in full */
	if (np1 - np0 == 1 && squeeze(c, np0, np1, buf, sizeof(buf)) &&
	    (!strcmp(buf, "us") || !strcmp(buf, "usa")) &&
	    (T(c, np0)->flags & ARTICLE_ACRONYM))
		return "United States";
	/* "The main opposition People Power Party": the party's name */
	for (k = np0; k + 1 < np1 && is_lowerword(c, k) &&
		      (is(c, k, "main") || is(c, k, "opposition") ||
		       is(c, k, "ruling") || is(c, k, "governing"));
	     k++)
		;
	if (k > np0 && k < np1 && is_cap(c, k))
		np0 = k;
	if ((name = capital_body(c, np0, np1)) != NULL)
		return name;
	/* "the ruling Georgian Dream party": the party's own name */
	if (np1 - np0 >= 3 && is(c, np1 - 1, "party") &&
	    is_lowerword(c, np1 - 1) && is_cap(c, np1 - 2) &&
	    is_cap(c, np1 - 3)) {
		np1--;
		while (np0 < np1 && is_lowerword(c, np0))
			np0++; /* "ruling" */
	}
	/* "the Rybar channel": the channel's own name */
	if (np1 - np0 >= 2 && is_lowerword(c, np1 - 1) &&
	    is(c, np1 - 1, "channel") && is_cap(c, np1 - 2)) {
		np1--;
		while (np0 < np1 && !is_cap(c, np0))
			np0++;
	}
	/* (and "the Alliance", as press releases capitalise it) */
	if (c->nato && np1 - np0 == 1 && is(c, np0, "alliance") &&
	    (is_lowerword(c, np0) || (np0 > 0 && is(c, np0 - 1, "the"))))
		return "NATO";
	if (np1 - np0 == 1 && is_lowerword(c, np0) && is(c, np0, "bloc") &&
	    eu_named(c))
		return "EU";
	/* "the Russian side": the diplomats' word for their country */
	if (np1 - np0 == 2 && is(c, np0 + 1, "side") &&
	    (d = demonym_of(c, np0)) != NULL)
		return d->country;
	/* "the North Atlantic Treaty Organization", "the North Atlantic
	 * Alliance": one speaker with "NATO" */
	if (np1 - np0 >= 3 && is(c, np0, "north") &&
	    is(c, np0 + 1, "atlantic") &&
	    ((np1 - np0 == 3 && is(c, np0 + 2, "alliance")) ||
	     (np1 - np0 == 4 && is(c, np0 + 2, "treaty") &&
	      is(c, np0 + 3, "organization"))))
		return "NATO";
	/* "NATO leaders", and "Nato leaders" as the Guardian spells it */
	if (((T(c, np0)->flags & ARTICLE_ACRONYM) || is(c, np0, "nato")) &&
	    np1 - np0 >= 2) {
		for (k = np0 + 1; k < np1 && collective(c, k); k++)
			;
		if (k == np1)
			return is(c, np0, "nato") ? "NATO" :
			       keep_span(c, T(c, np0)->start,
					 ARTICLE_BASE_END(T(c, np0)));
	}
	/* "Russia's leadership": "Russian leadership"; "North Korea's
	 * foreign ministry": "North Korean foreign ministry" */
	p = np1 - np0 >= 3 && IN(c, np0, compass) && is_cap(c, np0) ? np0 + 1 :
								      np0;
	if ((T(c, p)->flags & ARTICLE_POSS) && np1 - p >= 2 &&
	    IN(c, p, countries)) {
		lower(c, p, buf, sizeof(buf));
		for (k = 0; k < N(demonyms); k++) {
			if (strcasecmp(demonyms[k].country, buf))
				continue;
			if (p > np0) {
				sbuf_add(&sb, a->text + T(c, np0)->start,
					 T(c, np0)->end - T(c, np0)->start);
				sbuf_addc(&sb, ' ');
			}
			add_adjective(&sb, demonyms[k].adj);
			sbuf_add(&sb, a->text + T(c, p)->end,
				 T(c, np1 - 1)->end - T(c, p)->end);
			return keep(c, sbuf_detach(&sb));
		}
	}
	if (np1 - np0 == 1 && (T(c, np0)->flags & ARTICLE_ACRONYM) &&
	    !is_lexicon(c, np0) && (name = spelled_out(c, np0)) != NULL)
		return name;
	/* "the defence ministry": "Defence ministry", as names start */
	return post_name(c, np0, np1);
}

/* Who issued a document: "of the NATO summit", "from Helsinki", "Kremlin
 * statement", "the Finnish statement"; NULL when it does not say. */
static const char *doc_issuer(struct ctx *c, size_t np0, size_t np1)
{
	size_t k, r0;
	const struct demonym *d;

	for (k = np0; k < np1; k++) {
		if (!is(c, k, "of") && !is(c, k, "from") && !is(c, k, "by"))
			continue;
		for (k++; k < np1; k++) {
			if (T(c, k)->flags & ARTICLE_ACRONYM)
				return keep_span(c, T(c, k)->start,
						 ARTICLE_BASE_END(T(c, k)));
			if (is_cap(c, k)) {
				r0 = k;
				while (k + 1 < np1 && is_cap(c, k + 1))
					k++;
				return keep_span(c, T(c, r0)->start,
						 ARTICLE_BASE_END(T(c, k)));
			}
		}
		break;
	}
	for (k = np0; k < np1 && !IN(c, k, docs); k++) {
		if (!is_cap(c, k) || is_det(c, k))
			continue;
		d = demonym_of(c, k);
		if (d)
			return d->country;
		/* "a White House readout": the issuer's words */
		for (r0 = k; k + 1 < np1 && is_cap(c, k + 1) &&
			     !(T(c, k)->flags & ARTICLE_POSS) &&
			     !IN(c, k + 1, docs);
		     k++)
			;
		return keep_span(c, T(c, r0)->start, ARTICLE_BASE_END(T(c, k)));
	}
	return NULL;
}

/*
 * Where the capitalised words of a body's name ending at token k start
 * ("Turkish Communications Directorate", "Constitutional Court"): at
 * most four words back, within the sentence, past no article or
 * possessive.
 */
static size_t body_name_start(const struct ctx *c, size_t k)
{
	size_t r;

	for (r = k; r > 0 && k - r < 4 && is_cap(c, r - 1) &&
		    is_word(c, r - 1) && !is_det(c, r - 1) &&
		    !(T(c, r - 1)->flags & ARTICLE_POSS) &&
		    T(c, r - 1)->sent == T(c, k)->sent;
	     r--)
		;
	return r;
}

/*
 * The court named last before token i, within two paragraphs, by its
 * capitalised words ("Constitutional Court"); NULL if none.
 */
static const char *court_before(struct ctx *c, size_t i)
{
	size_t k, r, para = T(c, i)->para;

	for (k = i; k-- > 0 && para - T(c, k)->para <= 2;) {
		if (!is_cap(c, k) || c->inq[k] ||
		    !(is(c, k, "court") || is(c, k, "tribunal")))
			continue;
		r = body_name_start(c, k);
		return keep_span(c, T(c, r)->start, ARTICLE_BASE_END(T(c, k)));
	}
	return NULL;
}

static void add_event(struct ctx *c, size_t pos, const char *name, int person)
{
	c->ev = xgrow(c->ev, &c->evcap, c->nev + 1, sizeof(*c->ev));
	c->ev[c->nev].pos = pos;
	c->ev[c->nev].name = name;
	c->ev[c->nev].person = person;
	c->nev++;
}

static int cmp_event(const void *x, const void *y)
{
	const struct event *a = x, *b = y;

	return (a->pos > b->pos) - (a->pos < b->pos);
}

/* Latest event before pos of the wanted sort, or NULL. */
static const struct event *latest(const struct ctx *c, size_t pos, int person)
{
	size_t lo = 0, hi = c->nev, mid;

	while (lo < hi) { /* first event at or after pos */
		mid = lo + (hi - lo) / 2;
		if (c->ev[mid].pos < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo-- > 0)
		if (c->ev[lo].person == person)
			return &c->ev[lo];
	return NULL;
}

/* ---- offices and governments ---- */

/*
 * A country as a speaker is its government, and a head of state's
 * statements come from their office; the gold files and news style name
 * these bodies by what the article calls them. scan_bodies() notes, once
 * per article, the countries whose government ("the Hungarian government")
 * or presidential office ("the Finnish presidential office") the text
 * names, so that "Hungary called on ..." and "the statement" can be
 * given those names.
 */
static void note_body(const struct demonym **arr, size_t *n, size_t cap,
		      const struct demonym *d)
{
	size_t k;

	for (k = 0; k < *n; k++)
		if (arr[k] == d)
			return;
	if (*n < cap)
		arr[(*n)++] = d;
}

static void scan_bodies(struct ctx *c)
{
	const struct demonym *d;
	size_t i, n = c->a->ntok;

	for (i = 0; i + 1 < n; i++) {
		/* (and "NATO's") */
		if (!c->nato && ARTICLE_BASE_END(T(c, i)) == T(c, i)->start + 4 &&
		    !strncasecmp(c->a->text + T(c, i)->start, "nato", 4))
			c->nato = 1;
		if (!IN(c, i, demonyms) || c->inq[i] || !(d = demonym_of(c, i)))
			continue;
		/* not "Special Representative of the Chinese Government":
		 * a government in someone's title speaks for no one */
		if (is(c, i + 1, "government") &&
		    !(i >= 2 && is(c, i - 1, "the") && is(c, i - 2, "of")))
			note_body(c->gov, &c->ngov, N(c->gov), d);
		else if (i + 2 < n && is(c, i + 1, "presidential") &&
			 is(c, i + 2, "office"))
			note_body(c->pres, &c->npres, N(c->pres), d);
	}
}

static const struct demonym *named_body(const struct demonym *const *arr,
					size_t n, const char *country)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (!strcmp(arr[k]->country, country))
			return arr[k];
	return NULL;
}

/* The demonym entry of country word i ("Hungary"), or NULL. */
static const struct demonym *country_entry(const struct ctx *c, size_t i)
{
	char buf[32];
	size_t k;

	if (!IN(c, i, countries) || (T(c, i)->flags & ARTICLE_POSS))
		return NULL;
	lower(c, i, buf, sizeof(buf));
	for (k = 0; k < N(demonyms); k++)
		if (!strcasecmp(demonyms[k].country, buf))
			return &demonyms[k];
	return NULL;
}

/* The country title word i names ("Finnish", "Finland"), or NULL. */
static const char *title_country(const struct ctx *c, size_t i)
{
	const struct demonym *d = demonym_of(c, i);

	if (!d)
		d = country_entry(c, i);
	return d ? d->country : NULL;
}

/* Heads of state or government: the people whose offices speak. */
static int head_role(const struct ctx *c, size_t i)
{
	return is(c, i, "president") || is(c, i, "premier") ||
	       is(c, i, "chancellor") ||
	       (is(c, i, "prime") && i + 1 < c->a->ntok &&
		is(c, i + 1, "minister"));
}

/*
 * The office of the head of state or government the title words
 * [t0, t1) describe ("The President of Finland", "Turkish President"),
 * of country cty when cty is not NULL; NULL when they describe no such
 * head. An office the article itself names ("the Finnish presidential
 * office") gives "Office of the President of Finland"; else the title is
 * kept as written, after "Office of the", its role words capitalised.
 */
static const char *office_of_title(struct ctx *c, size_t t0, size_t t1,
				   const char *cty)
{
	struct sbuf sb = SBUF_INIT;
	const char *tc = NULL, *k_tc;
	size_t k, role = NONE, pos;

	while (t0 < t1 && (is_det(c, t0) || is(c, t0, "of")))
		t0++;
	for (k = t0; k < t1; k++) {
		if (!is_word(c, k) || is(c, k, "former") ||
		    is(c, k, "acting") || is(c, k, "deputy") ||
		    is(c, k, "vice"))
			return NULL;
		if (head_role(c, k) && role == NONE)
			role = k;
		if ((k_tc = title_country(c, k)) && !tc)
			tc = k_tc;
	}
	if (role == NONE || !tc || (cty && strcmp(tc, cty)))
		return NULL;
	if (is(c, role, "president") && named_body(c->pres, c->npres, tc)) {
		sbuf_addf(&sb, "Office of the President of %s", tc);
		return keep(c, sbuf_detach(&sb));
	}
	sbuf_adds(&sb, "Office of the ");
	pos = sb.len;
	sbuf_add(&sb, c->a->text + T(c, t0)->start,
		 T(c, t1 - 1)->end - T(c, t0)->start);
	for (k = t0; k < t1; k++) {
		char *ch = sb.buf + pos + (T(c, k)->start - T(c, t0)->start);

		if (IN(c, k, roles) && *ch >= 'a' && *ch <= 'z')
			*ch = (char)(*ch - 'a' + 'A');
	}
	return keep(c, sbuf_detach(&sb));
}

/* Index of the first mention whose name starts at or after token i
 * (mentions are in text order), so look-ups stay logarithmic in long
 * articles. */
static size_t mention_from(const struct ctx *c, size_t i)
{
	size_t lo = 0, hi = c->nmen, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c->men[mid].t0 < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

#define OFFICE_PARAS 8 /* how far back a statement looks for its head */

/*
 * Who issued a statement the article does not credit to a named body:
 * "the Finnish statement" is the office of the latest Finnish head of
 * state or government mentioned before it; "The Finnish president did
 * X, according to a statement from Helsinki" the office of the
 * sentence's subject. NULL when neither applies.
 */
static const char *statement_office(struct ctx *c, const struct cue *cu)
{
	size_t k, head = NONE, s0, f, para = T(c, cu->np0)->para;
	const char *cty = NULL, *off;
	const struct mention *m;
	int from = 0;

	for (k = cu->np0; k < cu->np1; k++) {
		if (is(c, k, "statement") || is(c, k, "statements")) {
			head = k;
			break;
		}
		if (demonym_of(c, k))
			cty = demonym_of(c, k)->country;
		else if (is_cap(c, k) && !is_det(c, k))
			return NULL; /* "a Kremlin statement": named */
	}
	if (head == NONE)
		return NULL;
	for (k = head + 1; k < cu->np1; k++)
		from |= is(c, k, "from");
	for (k = mention_from(c, cu->np0); cty && k-- > 0;) {
		m = &c->men[k];
		if (para - T(c, m->t0)->para > OFFICE_PARAS)
			break;
		off = office_of_title(c, m->tt0, m->t0, cty);
		if (off)
			return off;
	}
	if (cty || !from || cu->type != CUE_ACCORDING)
		return NULL;
	s0 = sent0(c, cu->pos);
	f = head_np(c, s0);
	if (f <= s0 || f > cu->pos)
		return NULL;
	k = mention_from(c, s0);
	if (k < c->nmen && c->men[k].tt0 == s0)
		return office_of_title(c, s0, c->men[k].t0, NULL);
	return office_of_title(c, s0, f, NULL);
}

/* "Hungary" is "Hungarian government" where the article names it so. */
static const char *country_government(struct ctx *c, size_t np0, size_t np1)
{
	const struct demonym *d;
	struct sbuf sb = SBUF_INIT;

	np0 = skip_det(c, np0, np1);
	if (np1 - np0 != 1 || !(d = country_entry(c, np0)) ||
	    !named_body(c->gov, c->ngov, d->country))
		return NULL;
	add_adjective(&sb, d->adj);
	sbuf_adds(&sb, " government");
	return keep(c, sbuf_detach(&sb));
}

/*
 * The office of the titles name was last given before pos ("Estonian
 * Prime Minister Kaja Kallas ... Kallas's office"), or NULL.
 */
static const char *named_office(struct ctx *c, size_t pos, const char *name)
{
	const struct mention *m;
	size_t k, para = T(c, pos)->para;

	for (k = mention_from(c, pos); k-- > 0;) {
		m = &c->men[k];
		if (para - T(c, m->t0)->para > OFFICE_PARAS)
			break;
		if (m->tt0 < m->t0 && !strcmp(c->canon[m->canon].name, name))
			return office_of_title(c, m->tt0, m->t0, NULL);
	}
	return NULL;
}

/*
 * "his office": the office of the person "his" refers to, through the
 * titles of their latest mention before pos; NULL when those hold no
 * head of state or government.
 */
static const char *his_office(struct ctx *c, size_t pos)
{
	const struct event *ev = latest(c, pos, 1);

	return ev ? named_office(c, pos, ev->name) : NULL;
}

/*
 * "his party": the party of the person "his" refers to ("Milorad Dodik's
 * party"), or NULL when no one is.
 */
/*
 * The party a person leads, when the article says so in apposition
 * ("Marine Le Pen, the leader of the far-right National Rally,"): its
 * capitalised name after "the leader of" and any lower-case words, or
 * NULL.
 */
static const char *led_party(struct ctx *c, const char *person)
{
	size_t k, j, r, e;

	for (k = 0; k < c->nmen; k++) {
		if (strcmp(c->canon[c->men[k].canon].name, person))
			continue;
		j = c->men[k].t1;
		e = sent1(c, c->men[k].t0);
		if (j + 4 >= e || T(c, j)->punct != ',' || !is_det(c, j + 1))
			continue;
		for (j += 2; j < e && IN(c, j, roles) && !is_cap(c, j); j++)
			;
		if (j == c->men[k].t1 + 2 || j >= e || !is(c, j, "of"))
			continue;
		if (++j < e && is(c, j, "the"))
			j++;
		while (j < e && is_lowerword(c, j) &&
		       !IN(c, j, function_words))
			j++;
		for (r = j; r < e && r - j < 4 && is_word(c, r) &&
			    is_cap(c, r);
		     r++)
			;
		if (r > j)
			return keep_span(c, T(c, j)->start, T(c, r - 1)->end);
	}
	return NULL;
}

static const char *his_body(struct ctx *c, const struct cue *cu)
{
	const struct event *ev = latest(c, cu->pos, 1);
	struct sbuf sb = SBUF_INIT;
	const char *led;

	if (!ev)
		return NULL;
	/* "her party" after "Marine Le Pen, the leader of the National
	 * Rally," is the National Rally */
	if (is(c, cu->np0 + 1, "party") && (led = led_party(c, ev->name)))
		return led;
	sbuf_addf(&sb, "%s's ", ev->name);
	sbuf_add(&sb, c->a->text + T(c, cu->np0 + 1)->start,
		 T(c, cu->np0 + 1)->end - T(c, cu->np0 + 1)->start);
	return keep(c, sbuf_detach(&sb));
}

/*
 * "Kallas's office": the office of the titles the article gave Kaja
 * Kallas ("Office of the Estonian Prime Minister"), or NULL.
 */
static const char *poss_office(struct ctx *c, const struct cue *cu)
{
	size_t o = cu->np1 - 1, run0;

	if (cu->np1 - cu->np0 < 2 || !is(c, o, "office") ||
	    !(T(c, o - 1)->flags & ARTICLE_POSS) || !is_name_tok(c, o - 1))
		return NULL;
	run0 = run_start(c, o - 1, cu->np0);
	return named_office(c, cu->pos, canon_name(c, run0, o));
}

/*
 * Two people speaking together: "President Sauli Niinistö and Prime
 * Minister Sanna Marin said" is "Sauli Niinistö and Sanna Marin". The
 * second name is [run0, np1); NULL when no person's name ends right
 * before an "and" in [np0, run0).
 */
static const char *joint_names(struct ctx *c, size_t np0, size_t run0,
			       size_t np1)
{
	struct sbuf sb = SBUF_INIT;
	size_t k, r;

	for (k = run0; k > np0 + 1 && !is(c, k - 1, "and"); k--)
		;
	if (k <= np0 + 1) /* no "and" after a first word */
		return NULL;
	k--; /* the "and" */
	/* "International Relations and Cooperation Minister Ronald
	 * Lamola": a post's words after "and", not a second person */
	for (r = k + 1; r < run0; r++)
		if (is_name_tok(c, r) && !IN(c, r, roles))
			return NULL;
	k = before_aside(c, np0, k); /* "Jeanne Shaheen (D-N.H.) and" */
	/* "Irakli Kobakhidze, who ..., and" */
	if (k > np0 + 2 && (r = comma_who(c, np0, k - 1)) != NONE)
		k = r;
	if (!is_name_tok(c, k - 1))
		return NULL;
	r = run_start(c, k - 1, np0);
	if (k - r < 2 && !known_person(c, k - 1))
		return NULL; /* "Finland and ...": a place, not a person */
	sbuf_adds(&sb, canon_name(c, r, k));
	sbuf_adds(&sb, " and ");
	sbuf_adds(&sb, canon_name(c, run0, np1));
	return keep(c, sbuf_detach(&sb));
}

/* Whether rank abbreviation b stands for word w ("gen." for "general",
 * "col" for "colonel"): "the general" after "Gen. Alexus Grynkewich". */
static int rank_abbrev(const char *w, const char *b)
{
	static const char *const pairs[][2] = {
		{ "general", "gen" }, { "colonel", "col" },
		{ "sergeant", "sgt" }, { "lieutenant", "lt" },
		{ "major", "maj" }, { "admiral", "adm" },
		{ "captain", "capt" }, { "brigadier", "brig" } };
	size_t k, n = strlen(b);

	if (n && b[n - 1] == '.')
		n--;
	for (k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
		if (!strcmp(w, pairs[k][0]) && strlen(pairs[k][1]) == n &&
		    !strncmp(b, pairs[k][1], n))
			return 1;
	return 0;
}

static int same_title_word(struct ctx *c, size_t i, size_t j)
{
	struct sbuf x = SBUF_INIT;
	int r;

	article_fold(&x, c->a->text + T(c, i)->start,
		     ARTICLE_BASE_END(T(c, i)) - T(c, i)->start);
	fold_key(c, j);
	r = !strcmp(x.buf, c->key.buf) ||
	    /* (a first letter first: most pairs differ there) */
	    (x.buf[0] == c->key.buf[0] &&
	     (rank_abbrev(x.buf, c->key.buf) ||
	      rank_abbrev(c->key.buf, x.buf)));
	sbuf_release(&x);
	return r;
}

/*
 * The last two people named together before token i ("Alexander Stubb
 * and Ulf Kristersson"), within four paragraphs: the index of the second
 * one's mention (the first's is the one before it), or NONE.
 */
static size_t named_pair(const struct ctx *c, size_t i)
{
	size_t k, para = T(c, i)->para;
	const struct mention *m1, *m2;

	for (k = mention_from(c, i); k-- > 1;) {
		m2 = &c->men[k];
		m1 = &c->men[k - 1];
		if (para - T(c, m2->t0)->para > 4)
			break;
		if (m1->t1 + 1 == m2->tt0 && is(c, m1->t1, "and"))
			return k;
	}
	return NONE;
}

/*
 * The last two people named in full before token i, within four
 * paragraphs, neither in a quotation: *k1 and *k2 are set to their
 * mentions, in the text's order; 0 if there are not two.
 */
static int last_two(const struct ctx *c, size_t i, size_t *k1, size_t *k2)
{
	size_t k, second = NONE, para = T(c, i)->para;

	for (k = mention_from(c, i); k-- > 0;) {
		const struct mention *m = &c->men[k];

		if (para - T(c, m->t0)->para > 4)
			break;
		if (c->inq[m->t0] || c->canon[m->canon].ntok < 2)
			continue;
		if (second == NONE) {
			second = k;
			continue;
		}
		if (m->canon == c->men[second].canon)
			continue;
		*k1 = k;
		*k2 = second;
		return 1;
	}
	return 0;
}

/*
 * "the two leaders": the two people last named together, as one speaker
 * "Alexander Stubb and Ulf Kristersson"; NULL when there are none.
 */
static const char *two_named(struct ctx *c, struct cue *cu)
{
	size_t k, k1, h = cu->np1 - 1;
	struct sbuf sb = SBUF_INIT;

	int both;

	if (cu->np1 == cu->np0 || h == 0 || h <= sent0(c, h))
		return NULL;
	both = is(c, h - 1, "both");
	if (!(is(c, h - 1, "two") || both) ||
	    !((IN(c, h, roles) && plural(c, h)) || is(c, h, "men") ||
	      is(c, h, "women")))
		return NULL;
	/* "before both men agreed": the last two people named, when no
	 * two were named together */
	/* (and "the two leaders" after "X met Y": the last two named) */
	if ((k = named_pair(c, cu->np0)) != NONE)
		k1 = k - 1;
	else if (!last_two(c, cu->np0, &k1, &k))
		return NULL;
	/* the mention: "The two leaders" */
	h -= h - 1 > sent0(c, h) && is_det(c, h - 2) ? 2 : 1;
	cu->ms = T(c, h)->start;
	sbuf_adds(&sb, c->canon[c->men[k1].canon].name);
	sbuf_adds(&sb, " and ");
	sbuf_adds(&sb, c->canon[c->men[k].canon].name);
	return keep(c, sbuf_detach(&sb));
}

/*
 * A body opening a sentence that reports no speech ("The Kremlin
 * reacted quickly.", "NATO has not commented."): what a later "it said"
 * may be, as a person opening a sentence may be a later "he". Only a
 * noun phrase of capitalised or body words whose last word names a
 * body (the Kremlin, NATO, a country, a ministry), perhaps with its
 * place ("The U.S. Embassy in Tbilisi"), then a lower-case word, its
 * verb. body_opening() gives where that noun phrase of the
 * sentence [s0, e) ends, or NONE.
 */
static size_t body_opening(struct ctx *c, size_t s0, size_t e)
{
	size_t j, k0, run0, h;

	if (s0 >= e || headline(c, s0) || c->inq[s0])
		return NONE;
	k0 = is(c, s0, "the") ? s0 + 1 : s0;
	/* "Russia's foreign ministry was blunt.": a country's possessive
	 * first, posts' words in lower case before the body's word */
	for (j = k0; j < e && j - k0 < 5 && is_word(c, j) &&
	     (is_cap(c, j) || IN(c, j, orgs) ||
	      (is_lowerword(c, j) && IN(c, j, roles) && j > k0)) &&
	     (!(T(c, j)->flags & ARTICLE_POSS) ||
	      (j == k0 && IN(c, j, countries))); j++)
		;
	if (j == k0)
		return NONE;
	h = j - 1; /* the word that names the body */
	/* "The U.S. Embassy in Tbilisi" */
	if (j + 2 < e && is(c, j, "in") && IN(c, h, orgs) &&
	    is_cap(c, j + 1) && !(T(c, j + 1)->flags & ARTICLE_POSS) &&
	    is_lowerword(c, j + 2))
		j += 2;
	if (j >= e || !is_lowerword(c, j) ||
	    !(IN(c, h, orgs) || IN(c, h, countries) ||
	      (T(c, h)->flags & ARTICLE_ACRONYM)) ||
	    np_kind(c, s0, j, &run0) != NP_ORG)
		return NONE;
	return j;
}

/* The name of the body that body_opening() found in [s0, j). */
static const char *body_name(struct ctx *c, size_t s0, size_t j)
{
	const char *name = country_government(c, s0, j);

	return name ? name : org_name(c, s0, j);
}

/*
 * "the leaders said" after "NATO leaders said", "the ministry said"
 * after "Georgia's Ministry of Foreign Affairs said": a body taken up by
 * its plural role word or its organisation word alone, within two
 * paragraphs; the body the earlier cue named, or NULL.
 */
static const char *taken_up_body(struct ctx *c, const struct cue *cu)
{
	size_t k, j, para = T(c, cu->pos)->para, h = cu->np1 - 1, s, s0, e;
	const struct cue *o;
	int org;

	/* "the cross-party committee": one describing word between */
	if (!((cu->np1 - cu->np0 == 2 && is(c, cu->np0, "the")) ||
	      (cu->np1 - cu->np0 == 1 && cu->np0 >= 2 &&
	       is_lowerword(c, cu->np0 - 1) &&
	       !IN(c, cu->np0 - 1, function_words) &&
	       !verb_class(c, cu->np0 - 1) && is(c, cu->np0 - 2, "the"))))
		return NULL;
	org = IN(c, h, orgs) && is_lowerword(c, h);
	if (!org && !(IN(c, h, roles) && plural(c, h)))
		return NULL;
	for (k = (size_t)(cu - c->cue); k-- > 0;) {
		o = &c->cue[k];
		if (para - T(c, o->pos)->para > 2)
			break;
		if (!o->speaker || o->np1 - o->np0 < 2)
			continue;
		/* "the diplomats" after "according to two diplomats
		 * familiar with the talks": a counted group's word */
		if (!org && counted_people(c, o->np0, o->np1)) {
			for (j = o->np0 + 1; j < o->np1 && j < o->np0 + 4; j++)
				if (same_title_word(c, h, j))
					return o->speaker;
			continue;
		}
		if (o->kind != NP_ORG)
			continue;
		/* "the leaders": the last word; "the ministry": any */
		for (j = org ? o->np0 : o->np1 - 1; j < o->np1; j++)
			if (same_title_word(c, h, j))
				return o->speaker;
	}
	/* "The U.S. Embassy in Tbilisi expressed concern. ... the embassy
	 * wrote": a body that opened a sentence of its own */
	for (s = T(c, cu->pos)->sent; org && s-- > 0;) {
		s0 = c->a->sent[s].tok0;
		if (para - T(c, s0)->para > 2)
			break;
		e = body_opening(c, s0, c->a->sent[s].tok1);
		/* (and "the diplomatic mission" after "The Russian
		 * embassy in Madrid ...") */
		for (j = s0; e != NONE && j < e; j++)
			if (same_title_word(c, h, j) ||
			    (is(c, h, "mission") && is(c, j, "embassy")))
				return body_name(c, s0, e);
	}
	return NULL;
}

/*
 * "The treaty says" after "Article 5 of the North Atlantic Treaty", "the
 * Directorate" after "the Turkish Communications Directorate": "the" and
 * a body's word, taken up from a name of two or more capitalised words
 * ending in it within the two paragraphs before; NULL if none.
 */
static const char *named_body_before(struct ctx *c, const struct cue *cu)
{
	size_t k, r, h = cu->np1 - 1, para = T(c, cu->pos)->para;

	if (cu->np1 - cu->np0 != 2 || !is(c, cu->np0, "the") ||
	    !IN(c, h, orgs) || (T(c, h)->flags & ARTICLE_ACRONYM))
		return NULL;
	for (k = cu->np0; k-- > 1 && para - T(c, k)->para <= 2;) {
		if (!is_cap(c, k) || c->inq[k] || !is_cap(c, k - 1) ||
		    !is_word(c, k - 1) || !same_title_word(c, h, k))
			continue;
		r = body_name_start(c, k);
		if (r < k)
			return keep_span(c, T(c, r)->start,
					 ARTICLE_BASE_END(T(c, k)));
	}
	return NULL;
}

/* "in a statement", "in a readout" at token i */
static int in_a_document(const struct ctx *c, size_t i)
{
	return i + 2 < c->a->ntok && is(c, i, "in") && is_indef(c, i + 1) &&
	       IN(c, i + 2, docs) && T(c, i + 2)->sent == T(c, i)->sent;
}

/*
 * Letters of [t0, t1) in lower case, without full stops or spaces,
 * into buf (cap bytes): "N.Y." gives "ny", "New York" "newyork".
 * Returns 0 when they do not fit.
 */
static int squeeze(const struct ctx *c, size_t t0, size_t t1, char *buf,
		   size_t cap)
{
	size_t n = 0, k, e;
	const char *s = c->a->text;

	buf[0] = '\0';
	if (t0 >= t1)
		return 1;
	for (k = T(c, t0)->start, e = T(c, t1 - 1)->end; k < e; k++) {
		if (s[k] == '.' || s[k] == ' ')
			continue;
		if (n + 1 >= cap)
			return 0;
		buf[n++] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 :
								   s[k]);
	}
	buf[n] = '\0';
	return 1;
}

/*
 * "the Kentucky Republican", "the New York Democrat": the latest person
 * named with a party tag of that party and (when the description names
 * one) that state ("Sen. Mitch McConnell, R-Ky.,"), or NULL.
 */
static const char *party_person(struct ctx *c, const struct cue *cu)
{
	size_t np0 = skip_det(c, cu->np0, cu->np1), last = cu->np1 - 1, k, j;
	size_t para = T(c, cu->pos)->para, s;
	char party, state[32], tag[32];
	const struct mention *m;
	const char *abbr;

	if (np0 == cu->np0 || np0 > last)
		return NULL; /* "the ..." only, not a name */
	if (is(c, last, "republican"))
		party = 'r';
	else if (is(c, last, "democrat") || is(c, last, "democratic"))
		party = 'd';
	else
		return NULL;
	if (!squeeze(c, np0, last, state, sizeof(state)))
		return NULL;
	for (k = mention_from(c, cu->np0); k-- > 0;) {
		m = &c->men[k];
		if (para - T(c, m->t0)->para > 5)
			break;
		/* "Senator Jim Risch of Idaho", no party tag */
		if (state[0] && m->t1 + 1 < c->a->ntok && is(c, m->t1, "of")) {
			for (j = m->t1 + 1; j < c->a->ntok && j - m->t1 <= 3 &&
					    is_cap(c, j) && is_word(c, j);
			     j++)
				;
			if (squeeze(c, m->t1 + 1, j, tag, sizeof(tag)) &&
			    !strcmp(tag, state))
				return c->canon[m->canon].name;
		}
		/* ("Senator Roger Wicker (R., Miss.)", "Rep. Brian
		 * Fitzpatrick (R-Pa.)": a tag in brackets too) */
		if (m->t1 + 2 < c->a->ntok && T(c, m->t1)->punct == '(') {
			for (j = m->t1 + 1; j < c->a->ntok &&
					    T(c, j)->punct != ')' &&
					    j - m->t1 < 8;
			     j++)
				;
			if (j >= c->a->ntok || T(c, j)->punct != ')' ||
			    !squeeze(c, m->t1 + 1, j, tag, sizeof(tag)))
				continue;
			if (tag[0] && tag[1] == ',')
				tag[1] = '-';
		} else {
			if (m->t1 + 2 >= c->a->ntok ||
			    T(c, m->t1)->punct != ',' ||
			    !party_tag(c, m->t1 + 1))
				continue;
			for (j = m->t1 + 1; j < c->a->ntok &&
					    T(c, j)->punct != ',' &&
					    T(c, j)->sent == T(c, m->t1)->sent &&
					    j - m->t1 < 6;
			     j++)
				;
			if (!squeeze(c, m->t1 + 1, j, tag, sizeof(tag)))
				continue;
		}
		if (tag[0] != party || tag[1] != '-')
			continue;
		if (!state[0])
			return c->canon[m->canon].name;
		abbr = tag + 2;
		for (s = 0; s < sizeof(us_states) / sizeof(us_states[0]); s++)
			if (!strcmp(us_states[s].name, state))
				break;
		if (s < sizeof(us_states) / sizeof(us_states[0]) &&
		    (!strcmp(abbr, us_states[s].ap) ||
		     !strcmp(abbr, us_states[s].postal)))
			return c->canon[m->canon].name;
	}
	return NULL;
}

/*
 * "Even former Russian officials admit as much. One told me ...": the
 * last plural of people in the two sentences before the sentence of pos
 * (in its paragraph or the one before), with up to three words before
 * it, in the singular ("Former Russian official"); NULL if none.
 */
/* The describing words before the people at token i ("U.S." of "three
 * U.S. officials"), at most two, not before lo: where they start. */
static size_t group_words(const struct ctx *c, size_t lo, size_t i)
{
	size_t j;

	for (j = i; j > lo && i - j < 3 && is_word(c, j - 1) &&
		    !IN(c, j - 1, function_words) && !IN(c, j - 1, adverbs) &&
		    !IN(c, j - 1, time_words) && !verb_class(c, j - 1) &&
		    !c->inq[j - 1];
	     j--)
		;
	return j;
}

static const char *one_of_them(struct ctx *c, size_t pos)
{
	size_t s0 = sent0(c, pos), lo, i, j, k, para = T(c, pos)->para;
	char *name;

	if (s0 == 0)
		return NULL;
	lo = sent0(c, s0 - 1);
	if (lo > 0 && T(c, lo - 1)->para + 1 >= para)
		lo = sent0(c, lo - 1);
	if (para - T(c, lo)->para > 1)
		return NULL;
	for (i = s0; i-- > lo;) {
		/* "the people said ... One of the people said": people
		 * the article does not describe, no one */
		if (!c->inq[i] && is(c, i, "people"))
			return NULL;
		if (c->inq[i] || !is_lowerword(c, i) || !plural(c, i) ||
		    !(IN(c, i, many) || IN(c, i, roles)))
			continue;
		j = group_words(c, lo, i);
		/* "The officials ... said" after "three U.S. officials":
		 * the words of the group the definite one takes up */
		if (j == i && j > lo && is(c, j - 1, "the"))
			for (k = j - 1; k-- > 0 && para - T(c, k)->para <= 2 &&
					j - k < 400;)
				if (!c->inq[k] &&
				    T(c, k)->end - T(c, k)->start ==
					    T(c, i)->end - T(c, i)->start &&
				    same_title_word(c, i, k) &&
				    group_words(c, 0, k) < k) {
					j = group_words(c, 0, k);
					i = k;
					break;
				}
		name = xstrndup(c->a->text + T(c, j)->start,
				ARTICLE_BASE_END(T(c, i)) - 1 - T(c, j)->start);
		if (*name >= 'a' && *name <= 'z')
			*name = (char)(*name - 'a' + 'A');
		return keep(c, name);
	}
	return NULL;
}

/* First pass: names, organisations, documents. */
/*
 * "Kim stressed" after "Kim Tae-hyo" and before "Kim Joon-hyung": a
 * one-word name that first_word_names() left alone, because two fuller
 * names start with it, is the latest of them named before token i;
 * NULL if there is none, or the word is someone's name of its own.
 */
static const char *latest_first_word(struct ctx *c, size_t i)
{
	size_t k, n = T(c, i)->end - T(c, i)->start, f, lo;

	size_t found = NONE;

	if (known_person(c, i))
		return NULL;
	/* the latest 2000 mentions: an article of a thousand pages does
	 * not read all of them for each such word */
	for (k = mention_from(c, i), lo = k > 2000 ? k - 2000 : 0; k-- > lo;) {
		f = c->men[k].t0;
		if (c->canon[c->men[k].canon].ntok < 2 ||
		    T(c, f)->end - T(c, f)->start != n ||
		    strncasecmp(c->a->text + T(c, f)->start,
				c->a->text + T(c, i)->start, n))
			continue;
		if (found == NONE) {
			found = k;
			continue;
		}
		/* "Kim Tae-hyo met Kim Jong Un": two of them in one
		 * paragraph leave the word as it is */
		if (c->men[k].canon != c->men[found].canon)
			return T(c, f)->para == T(c, c->men[found].t0)->para ?
				       NULL : c->canon[c->men[found].canon].name;
	}
	/* "Lee says Korea will ..." over "President Lee Jae-myung said":
	 * a headline's word is the first person the text names with it */
	for (k = mention_from(c, i); found == NONE && headline(c, i) &&
				     k < c->nmen;
	     k++) {
		f = c->men[k].t0;
		if (c->canon[c->men[k].canon].ntok >= 2 &&
		    T(c, f)->end - T(c, f)->start == n &&
		    !strncasecmp(c->a->text + T(c, f)->start,
				 c->a->text + T(c, i)->start, n))
			found = k;
	}
	return found == NONE ? NULL : c->canon[c->men[found].canon].name;
}

/*
 * "Margus Tsahkna and Baiba Braže spoke ... The former said ..., while
 * the latter argued": the first (or, with latter set, the second) of
 * the named_pair() before token i; NULL if none.
 */
static const char *former_latter(struct ctx *c, size_t i, int latter)
{
	size_t k = named_pair(c, i);

	if (k == NONE)
		return NULL;
	return c->canon[c->men[latter ? k : k - 1].canon].name;
}

/*
 * "The authors find that ... They also note that": "they" (or "we" in
 * no quotation) after a group named as the subject of a cue within the
 * paragraph before or its own, with no cue between naming anyone else:
 * that group; NULL otherwise.
 */
static const char *they_before(struct ctx *c, const struct cue *cu)
{
	size_t k = (size_t)(cu - c->cue), para = T(c, cu->pos)->para, h;
	const struct cue *o;
	size_t j, n;

	/* "the diplomats said" after "according to two diplomats
	 * familiar with the talks": the counted group, taken up (the
	 * subject may have been cut to its "the") */
	h = NONE;
	if (cu->np1 == cu->np0 + 1 && cu->np0 > 0 &&
	    is(c, cu->np0 - 1, "the") && plural(c, cu->np0))
		h = cu->np0;
	else if (cu->np1 == cu->np0 + 1 && is(c, cu->np0, "the") &&
		 cu->np1 < cu->pos && is_lowerword(c, cu->np1) &&
		 plural(c, cu->np1))
		h = cu->np1;
	if (h != NONE) {
		/* (the latest 200 cues: a paragraph of thousands of "the
		 * officials said" is not read once per cue) */
		for (n = 0; k-- > 0 && n++ < 200;) {
			o = &c->cue[k];
			if (para - T(c, o->pos)->para > 2)
				break;
			if (!counted_people(c, o->np0, o->np1))
				continue;
			/* (as resolve_desc() will name it) */
			for (j = o->np0 + 1; j < o->np1 && j < o->np0 + 4; j++)
				if (same_title_word(c, h, j))
					return o->speaker ? o->speaker :
					       post_name(c, o->np0, o->np1);
		}
		return NULL;
	}
	if (cu->np1 != cu->np0 + 1 || !is(c, cu->np0, "they"))
		return NULL;
	while (k-- > 0) {
		o = &c->cue[k];
		if (para - T(c, o->pos)->para > 1)
			break;
		if (!o->speaker || o->np1 <= o->np0)
			continue;
		h = o->np1 - 1;
		/* another "they" that took the group up */
		if (o->kind == NP_THEY && strcmp(o->speaker, SPEAKER_UNKNOWN))
			return o->speaker;
		if (o->kind == NP_ORG && strcmp(o->speaker, SPEAKER_UNKNOWN) &&
		    plural(c, h) && (IN(c, h, roles) || IN(c, h, many)) &&
		    !(T(c, h)->flags & ARTICLE_ACRONYM))
			return o->speaker;
		return NULL; /* someone else spoke in between */
	}
	return NULL;
}

static const struct event *latest_person(const struct ctx *c, size_t pos);
static int named_before(const struct ctx *c, size_t pos);

static int quote_only(const struct ctx *c, size_t p);

/* "MP", "TD" or "MEP": a member for a seat or a party */
static int seat_word(const struct ctx *c, size_t i)
{
	char ch = (char)(c->a->text[T(c, i)->start] | 0x20);

	return (ch == 'm' || ch == 't') &&
	       (is(c, i, "mp") || is(c, i, "td") || is(c, i, "mep"));
}

/*
 * "Powell told Daily Maverick." then "The DA MP said ...", "The Dublin
 * Central TD said" after Mary Lou McDonald spoke: "the", a party's or a
 * seat's capitalised words and "MP", "TD" or "MEP", with no one named in
 * its paragraph before it, is the person of the latest subject, in its
 * paragraph or the one before; NULL otherwise.
 */
static const char *seat_member_at(const struct ctx *c, size_t np0,
				  size_t np1)
{
	const struct event *ev;
	size_t k;

	/* (the subject may start after its "the", or after a word in
	 * lower case: "the nationalist MP") */
	if (np0 > 1 && np1 == np0 + 1 && seat_word(c, np0) &&
	    is_lowerword(c, np0 - 1) && !IN(c, np0 - 1, function_words) &&
	    !verb_class(c, np0 - 1) && is(c, np0 - 2, "the"))
		np0--;
	if (np0 > 0 && is(c, np0 - 1, "the"))
		np0--;
	/* (and "the MEP" alone) */
	if (np1 - np0 < 2 || (np1 - np0 == 2 && !seat_word(c, np1 - 1)) ||
	    !is(c, np0, "the") ||
	    !(seat_word(c, np1 - 1) || is(c, np1 - 1, "leader")))
		return NULL;
	/* ("The Fine Gael leader": a party's, not "the Russian leader"
	 * or "the Kremlin leader", a country's; "the nationalist MP": a
	 * member's word in lower case) */
	/* (but "the Belfast South and Mid Down MP": a seat's "and") */
	for (k = np0 + 1; k < np1; k++)
		if (!is_word(c, k) ||
		    (!is_cap(c, k) && k + 1 < np1 &&
		     !(is(c, k, "and") && is_cap(c, k - 1) && is_cap(c, k + 1) &&
		       !is(c, np1 - 1, "leader")) &&
		     (is(c, np1 - 1, "leader") ||
		      IN(c, k, function_words) || verb_class(c, k))) ||
		    (is(c, np1 - 1, "leader") &&
		     (demonym_of(c, k) ||
				     IN(c, k, countries) || IN(c, k, orgs) ||
				     IN(c, k, extra_demonyms))))
			return NULL;
	ev = latest_person(c, np0);
	/* (in its paragraph or the one before, or two before when
	 * the one before is only quotation) */
	/* ("Sinn Féin leader Mary Lou McDonald said ... "...," the
	 * Dublin Central TD said": named in its paragraph, as the
	 * subject just before, the description right after a quotation;
	 * not "Minister X said ... The Labour MP said", someone else) */
	if (!ev ||
	    (named_before(c, np0) &&
	     !(T(c, ev->pos)->para == T(c, np0)->para &&
	       T(c, ev->pos)->sent + 1 >= T(c, np0)->sent && np0 >= 2 &&
	       (is_closing_mark(c, np0 - 1) ||
		is_closing_mark(c, np0 - 2)))) ||
	    (T(c, ev->pos)->para + 1 < T(c, np0)->para &&
	     !(T(c, ev->pos)->para + 2 == T(c, np0)->para &&
	       quote_only(c, T(c, np0)->para - 1))))
		return NULL;
	return ev->name;
}

static const char *seat_member(const struct ctx *c, const struct cue *cu)
{
	return seat_member_at(c, cu->np0, cu->np1);
}

/*
 * "The American and Ukrainian delegations put out a joint statement
 * claiming ...": the subject that issued the document starting at
 * token np0, named by its words (a person by their name); NULL when no
 * verb of issuing comes right before it or the subject is not a plain
 * noun phrase at the sentence's start.
 */
static const char *issuing_subject(struct ctx *c, size_t np0)
{
	size_t v, f, k, s0 = sent0(c, np0);

	/* (the document's article and adjectives: "a joint statement") */
	for (k = 0; k < 3 && np0 > s0 && is_word(c, np0 - 1) &&
		    (is_det(c, np0 - 1) ||
		     (is_lowerword(c, np0 - 1) && !verb_class(c, np0 - 1) &&
		      !IN(c, np0 - 1, function_words) &&
		      !is(c, np0 - 1, "out") && !ed_word(c, np0 - 1)));
	     k++)
		np0--;
	if (np0 >= s0 + 3 && is(c, np0 - 1, "out") &&
	    (is(c, np0 - 2, "put") || is(c, np0 - 2, "puts")))
		v = np0 - 2;
	else if (np0 >= s0 + 2 &&
		 (is(c, np0 - 1, "issued") || is(c, np0 - 1, "released") ||
		  is(c, np0 - 1, "published") || is(c, np0 - 1, "issues")))
		v = np0 - 1;
	else
		return NULL;
	f = subject_start(c, s0);
	/* (past a vocative: "Nick, the delegations ...") */
	if (f + 2 < v && is_name_tok(c, f) && T(c, f + 1)->punct == ',')
		f += 2;
	if (f >= v || v - f > 8)
		return NULL;
	for (k = f; k < v; k++)
		if (!is_word(c, k) ||
		    !(is_np_word(c, k) || is(c, k, "and") || is_det(c, k) ||
		      (is_lowerword(c, k) && !verb_class(c, k) &&
		       !is_aux(c, k) && !IN(c, k, function_words))))
			return NULL;
	k = skip_det(c, f, v);
	if (k >= v)
		return NULL;
	if (is_name_tok(c, v - 1) && known_person(c, v - 1))
		return canon_name(c, run_start(c, v - 1, k), v);
	return post_name(c, k, v);
}

/* "..., says SNP MP": the first person named in full in the four
 * paragraphs after headline cue cu whose titles or apposition hold the
 * post's last word ("Stephen Gethins, the MP for Arbroath"), or NULL. */
static const char *headline_post_holder(struct ctx *c, const struct cue *cu)
{
	size_t k, para = T(c, cu->np0)->para;
	const struct mention *m;

	if (!IN(c, cu->np1 - 1, roles))
		return NULL;
	for (k = mention_from(c, cu->np1); k < c->nmen; k++) {
		m = &c->men[k];
		if (T(c, m->t0)->para > para + 4)
			break;
		if (c->canon[m->canon].ntok >= 2 &&
		    canon_has_role(c, &c->canon[m->canon], cu->np1 - 1))
			return c->canon[m->canon].name;
	}
	return NULL;
}

/* "MP", "MEP", "MSP", "TD", "KC", "QC": letters after a British or
 * Irish name. */
static int postnominal(const struct ctx *c, size_t i)
{
	static const char *const w[] = { "mp", "mep", "msp", "td", "kc",
					 "qc", "obe", "cbe", "kcb", NULL };

	return (T(c, i)->flags & ARTICLE_ACRONYM) && article_is_any(c->a, i, w);
}

static void resolve_named(struct ctx *c, struct cue *cu)
{
	size_t run0 = 0;
	const char *iss;

	if (cu->np0 == cu->np1)
		return;
	/* "One of them described ...": the subject is "One of them" */
	if (cu->np1 - cu->np0 == 1 && cu->np0 >= 2 &&
	    is(c, cu->np0, "them") && is(c, cu->np0 - 1, "of") &&
	    is(c, cu->np0 - 2, "one"))
		cu->np0 -= 2;
	cu->ms = T(c, cu->np0)->start;
	cu->me = T(c, cu->np1 - 1)->end;
	if (is(c, cu->np0, "one") &&
	    (cu->np1 - cu->np0 == 1 ||
	     (cu->np1 - cu->np0 == 3 && is(c, cu->np0 + 2, "them")) ||
	     (cu->np1 - cu->np0 == 4 && is(c, cu->np0 + 2, "the") &&
	      IN(c, cu->np0 + 3, many)))) {
		cu->kind = NP_PERSON;
		cu->speaker = one_of_them(c, cu->pos);
		if (cu->speaker)
			add_event(c, cu->pos, cu->speaker, 1);
		return;
	}
	if (cu->np1 - cu->np0 == 2 && is(c, cu->np0, "the") &&
	    (is(c, cu->np0 + 1, "former") || is(c, cu->np0 + 1, "latter"))) {
		cu->kind = NP_PERSON;
		cu->speaker = former_latter(c, cu->np0,
					    is(c, cu->np0 + 1, "latter"));
		if (cu->speaker)
			add_event(c, cu->pos, cu->speaker, 1);
		return;
	}
	/* "before both men agreed": the two people last named */
	if (cu->np0 > 0 && is(c, cu->np0 - 1, "both") &&
	    (cu->speaker = two_named(c, cu)) != NULL) {
		cu->kind = NP_PERSON;
		cu->ms = T(c, cu->np0 - 1)->start;
		add_event(c, cu->pos, cu->speaker, 1);
		return;
	}
	/* "the HR/VP": a person's titles by their initials */
	if ((cu->speaker = title_initials(c, cu->np0, cu->np1)) != NULL) {
		cu->kind = NP_PERSON;
		add_event(c, cu->pos, cu->speaker, 1);
		return;
	}
	/* "Liberal Democrat Leader Ed Davey MP": letters after a name
	 * are no part of it */
	/* (not "the East Belfast MP": a seat's, no name) */
	if (cu->np1 - cu->np0 >= 3 && postnominal(c, cu->np1 - 1) &&
	    !is_det(c, cu->np0) && is_name_tok(c, cu->np1 - 2) &&
	    is_name_tok(c, cu->np1 - 3) && known_person(c, cu->np1 - 2))
		cu->np1--;
	cu->kind = np_kind(c, cu->np0, cu->np1, &run0);
	switch (cu->kind) {
	case NP_PERSON:
		/* "The Oakville East MP": a seat's name, not a person's */
		cu->speaker = seat_member(c, cu);
		if (!cu->speaker)
			cu->speaker = party_person(c, cu);
		if (cu->speaker) {
			add_event(c, cu->pos, cu->speaker, 1);
			break;
		}
		/* "European True says": a one-word name after a demonym,
		 * named nowhere in full, is an outlet, not a person; so is
		 * any name after "the" and a demonym ("the Finnish Border
		 * Guard") */
		if ((cu->np1 - run0 == 1 ||
		     (run0 == cu->np0 + 2 && is(c, cu->np0, "the"))) &&
		    run0 > cu->np0 &&
		    demonym_of(c, run0 - 1) && is_cap(c, run0 - 1) &&
		    !known_person(c, run0)) {
			cu->kind = NP_ORG;
			cu->speaker = org_name(c, run0 - 1, cu->np1);
			add_event(c, cu->pos, cu->speaker, 0);
			break;
		}
		cu->speaker = joint_names(c, cu->np0, run0, cu->np1);
		if (!cu->speaker && cu->np1 - run0 == 1)
			cu->speaker = latest_first_word(c, run0);
		if (!cu->speaker)
			cu->speaker = canon_name(c, run0, cu->np1);
		/* "welcomed Borrell's words": an object, no subject for a
		 * later "he" */
		if (cu->type != CUE_POSSNOUN ||
		    cu->np0 == subject_start(c, sent0(c, cu->np0)))
			add_event(c, cu->pos, cu->speaker, 1);
		break;
	case NP_ORG:
		/* "The DA MP said" after Powell spoke: hers; "..., says SNP
		 * MP" over "Stephen Gethins, the MP for Arbroath,": his */
		if ((cu->speaker = seat_member(c, cu)) != NULL ||
		    (headline(c, cu->np0) &&
		     (cu->speaker = headline_post_holder(c, cu)) != NULL)) {
			cu->kind = NP_PERSON;
			add_event(c, cu->pos, cu->speaker, 1);
			break;
		}
		if (cu->np1 - cu->np0 == 2 && is_he(c, cu->np0) &&
		    (is(c, cu->np0 + 1, "office") ||
		     IN(c, cu->np0 + 1, orgs))) {
			cu->kind = NP_HIS_OFFICE; /* needs pronouns: later */
			break;
		}
		cu->speaker = two_named(c, cu);
		if (cu->speaker) { /* "the two leaders" */
			cu->kind = NP_PERSON;
			add_event(c, cu->pos, cu->speaker, 1);
			break;
		}
		cu->speaker = country_government(c, cu->np0, cu->np1);
		if (!cu->speaker)
			cu->speaker = taken_up_body(c, cu);
		if (!cu->speaker)
			cu->speaker = named_body_before(c, cu);
		if (!cu->speaker)
			cu->speaker = poss_office(c, cu);
		if (!cu->speaker)
			cu->speaker = org_name(c, cu->np0, cu->np1);
		add_event(c, cu->pos, cu->speaker, 0);
		break;
	case NP_DOC:
		iss = statement_office(c, cu);
		if (!iss)
			iss = doc_issuer(c, cu->np0, cu->np1);
		if (!iss)
			iss = issuing_subject(c, cu->np0);
		if (iss)
			c->last_doc = iss;
		cu->speaker = iss ? iss : c->last_doc;
		/* '"...," the first post read': a post nobody issued is
		 * the latest person's, resolved as "he" is */
		if (!cu->speaker && cu->np1 > cu->np0 &&
		    (is(c, cu->np1 - 1, "post") || is(c, cu->np1 - 1, "tweet") ||
		     is(c, cu->np1 - 1, "thread"))) {
			cu->kind = NP_HE;
			break;
		}
		/* "The ruling says" after "Moldova's Constitutional Court
		 * ruled": a court's */
		if (!cu->speaker && cu->np1 > cu->np0 &&
		    (is(c, cu->np1 - 1, "ruling") ||
		     is(c, cu->np1 - 1, "verdict") ||
		     is(c, cu->np1 - 1, "judgment") ||
		     is(c, cu->np1 - 1, "judgement")))
			cu->speaker = court_before(c, cu->np0);
		/* "The communiqué states:" in a story about NATO, with no
		 * issuer named: the alliance's summit text */
		if (!cu->speaker && c->nato && cu->np1 > cu->np0 &&
		    (is(c, cu->np1 - 1, "communiqué") ||
		     is(c, cu->np1 - 1, "communique") ||
		     is(c, cu->np1 - 1, "declaration")))
			cu->speaker = "NATO";
		if (cu->speaker)
			add_event(c, cu->pos, cu->speaker, 0);
		/* "A video ... claims that NATO \"signed a treaty\"",
		 * "according to the report": a document nobody issued is
		 * no one's */
		else if (is_indef(c, cu->np0) || cu->type == CUE_ACCORDING)
			cu->speaker = SPEAKER_UNKNOWN;
		break;
	case NP_THEY:
		cu->speaker = they_before(c, cu);
		if (!cu->speaker)
			cu->speaker = SPEAKER_UNKNOWN;
		/* "..., the diplomats said": after the words they report */
		else if (!cu->fronted && cu->np0 >= 2 && cu->np1 == cu->pos &&
			 is(c, cu->np0 - 1, "the") &&
			 T(c, cu->np0 - 2)->punct == ',')
			cu->fronted = 1;
		break;
	default:
		break;
	}
	/* "The White House said in a readout that ...", "In a letter to
	 * Rubio, the senators wrote": a later "the readout said" or "the
	 * letter says" is theirs */
	if (cu->speaker && cu->kind != NP_THEY && cu->kind != NP_DOC &&
	    (in_a_document(c, cu->pos + 1) ||
	     in_a_document(c, subject_start(c, sent0(c, cu->pos)))))
		c->last_doc = cu->speaker;
}

/*
 * After the dateline that opens a paragraph ("TBILISI —", "KYIV, Ukraine
 * (AP) —", "LONDON (Reuters) -", "MINSK, 3 July (BelTA) –",
 * "(Bloomberg) --"), or a transcript's
 * speaker label in capitals ("ROB SCHMITZ, BYLINE:"): the token after
 * its dash or colon, else i.
 */
static size_t after_dateline(const struct ctx *c, size_t i, size_t end)
{
	size_t k;
	int caps = 1;

	if (i >= end || i != c->a->para[T(c, i)->para].tok0)
		return i;
	/* a list's bullet: "• The prime minister, Alexandru Munteanu,
	 * was more cautious." */
	if (bullet(c, i))
		return i + 1;
	/* a letter's "Sir, –", "Madam, –" */
	if (i + 3 < end && (is(c, i, "sir") || is(c, i, "madam")) &&
	    T(c, i + 1)->punct == ',' && T(c, i + 2)->punct == '-')
		return i + 3;
	/* "(Bloomberg) --" */
	if (i + 3 < end && T(c, i)->punct == '(' && is_cap(c, i + 1) &&
	    T(c, i + 2)->punct == ')' && T(c, i + 3)->punct == '-')
		return i + 4;
	/* "Ankara, Turkey—Mark Rutte has": a place in title case and a
	 * dash set close to it, as The Nation sets its datelines */
	if (i + 1 < end && (T(c, i + 1)->punct == ',' ||
			    T(c, i + 1)->punct == '-') &&
	    is_word(c, i) && is_cap(c, i) &&
	    !(T(c, i)->flags & ARTICLE_ACRONYM))
		for (k = i + 1; k < end && k + 1 < c->a->ntok && k < i + 6;
		     k++) {
			if (T(c, k)->punct == '-' &&
			    !(T(c, k)->flags & ARTICLE_SPACE) &&
			    is_cap(c, k + 1) && c->a->text[T(c, k)->start] != '-')
				return k + 1;
			if (!(is_cap(c, k) && is_word(c, k)) &&
			    T(c, k)->punct != ',')
				break;
		}
	if (!is_word(c, i) || !(T(c, i)->flags & ARTICLE_ACRONYM) ||
	    T(c, i)->end - T(c, i)->start < 3)
		return i;
	for (k = i + 1; k < end && k < i + 10; k++) {
		const struct article_tok *t = T(c, k);

		if (t->punct == '-')
			return k + 1;
		/* a transcript's "ROB SCHMITZ, BYLINE:" */
		if (t->punct == ':' && caps)
			return k + 1;
		if (is_word(c, k) && !(t->flags & ARTICLE_ACRONYM))
			caps = 0;
		/* "MINSK, 3 July (BelTA) –": a day's number too */
		if (!is_cap(c, k) && !(t->flags & ARTICLE_DIGIT) &&
		    t->punct != ',' && t->punct != '(' && t->punct != ')')
			return i;
	}
	return i;
}

/*
 * "The opposition leader, Nika Melia, was ...", "Her neighbour, retired
 * border guard Pekka Hyvönen, is ...": a name between commas (after at
 * most three lower-case words of its own description) right after a
 * subject of plain words that ends in a role, or that is a determiner
 * and lower-case words.
 */
static int appositive_subject(const struct ctx *c, const struct mention *m)
{
	size_t s0 = after_dateline(c, sent0(c, m->t0), m->tt0), k;
	size_t a = m->tt0;
	int role;

	/* "The fourth panellist, Hungarian political scientist Zsuzsanna
	 * Szelényi,": lower-case words and a country's adjective; "Her
	 * neighbour, a retired engineer called Mykola,": more of them
	 * before "called" or "named" */
	while (a > s0 + 2 &&
	       (m->tt0 - a < 3 ||
		(m->tt0 - a < 6 && m->t0 > 0 &&
		 (is(c, m->t0 - 1, "called") || is(c, m->t0 - 1, "named")))) &&
	       (is_lowerword(c, a - 1) || demonym_of(c, a - 1)))
		a--;
	/* "Across the Gulf of Finland, Estonia's prime minister, Kristen
	 * Michal, sounds ...": past an opening phrase */
	if (a < s0 + 2 || T(c, a - 1)->punct != ',' ||
	    m->t1 >= c->a->ntok || T(c, m->t1)->punct != ',' ||
	    T(c, m->t1)->sent != T(c, m->t0)->sent)
		return 0;
	if (IN(c, s0, function_words))
		for (k = s0 + 1; k + 2 < a; k++)
			if (T(c, k)->punct == ',') {
				s0 = k + 1;
				break;
			}
	if (a < s0 + 2 || a - s0 > 40)
		return 0; /* no apposition is so long */
	/* "The Serb member of the Presidency, Zeljka Cvijanovic,": a
	 * role word anywhere lets capitalised words describe */
	for (k = s0; k < a - 1 && !IN(c, k, roles); k++)
		;
	role = k < a - 1;
	for (k = s0; k < a - 1; k++) {
		/* "The head of the National Security Bureau (BBN),": an
		 * acronym in brackets */
		if ((T(c, k)->punct == '(' || T(c, k)->punct == ')') && role)
			continue;
		/* (no verb: "Calum Miller wrote to the Foreign
		 * Secretary, Yvette Cooper," names her as an object) */
		if (!is_word(c, k) ||
		    (k > s0 && !role && !is_lowerword(c, k)) ||
		    (is_lowerword(c, k) && (verb_class(c, k) || is_aux(c, k))))
			return 0;
	}
	/* (and "Rusu's colleague at the taxi rank, Serghei Bondarenco,":
	 * someone's, by a possessive) */
	return IN(c, a - 2, roles) ||
	       (a - 1 > s0 + 1 &&
		(is_det(c, s0) || IN(c, s0, poss_dets) ||
		 ((T(c, s0)->flags & ARTICLE_POSS) && is_cap(c, s0))));
}

/*
 * "From her flat above the river, Olga Smirnova can see Russia": a name
 * right after an opening phrase of plain words (a preposition first, no
 * other comma), or after a word or two of description ("reservist"),
 * then its verb in lower case.
 */
static int after_opening_phrase(const struct ctx *c, const struct mention *m)
{
	size_t s0 = after_dateline(c, sent0(c, m->t0), m->tt0), k;
	size_t a = m->tt0;
	int place;

	/* "..., reservist Mikko Salonen loads": a description first */
	while (a > s0 + 3 && m->tt0 - a < 2 && is_lowerword(c, a - 1) &&
	       !IN(c, a - 1, function_words))
		a--;
	/* "Back in Oslo, Red Party (Rødt) leader Marie Sneve
	 * Martinussen": a party's name and its initials first */
	if (a < m->t0 && a > s0 + 3 && IN(c, a, roles) &&
	    is_lowerword(c, a)) {
		size_t b = a;

		while (b > s0 + 3 && a - b < 6 &&
		       ((is_word(c, b - 1) && is_cap(c, b - 1)) ||
			T(c, b - 1)->punct == '(' || T(c, b - 1)->punct == ')'))
			b--;
		if (b < a && T(c, b - 1)->punct == ',')
			a = b;
	}
	if (a < s0 + 3 || T(c, a - 1)->punct != ',' ||
	    !(IN(c, s0, function_words) || is(c, s0, "asked") ||
	      ing_word(c, s0)) ||
	    m->t1 >= c->a->ntok ||
	    T(c, m->t1)->sent != T(c, m->t0)->sent || !is_lowerword(c, m->t1))
		return 0;
	/* "In the Assemblée nationale, Rassemblement National deputy
	 * Jean-Philippe Tanguy": names are the place of a preposition */
	/* "Back in Oslo,"; and "Asked about Zakharova's remarks, Dan
	 * was blunt": a participle's phrase names its objects */
	place = is(c, s0, "in") || is(c, s0, "at") || is(c, s0, "during") ||
		(s0 + 1 < a && IN(c, s0, adverbs) &&
		 (is(c, s0 + 1, "in") || is(c, s0 + 1, "at"))) ||
		is(c, s0, "asked") || ing_word(c, s0);
	for (k = s0; k < a - 1; k++)
		if (!is_word(c, k) || (is_name_tok(c, k) && !place) ||
		    c->inq[k])
			return 0;
	return 1;
}

/*
 * Whether only capitalised words come before the titles of mention m in
 * its sentence (after an opening "But"): "People Before Profit TD Paul
 * Murphy", "Opposition leader Magdalena Andersson" open their sentence,
 * and so does a description that ends in a role.
 */
static int opens_sentence(const struct ctx *c, const struct mention *m)
{
	size_t s0 = after_dateline(c, sent0(c, m->t0), m->tt0), k;
	/* "Green Party foreign policy expert Agnieszka Brugger": lower-case
	 * words too, in a description that ends in a role */
	int desc = m->t0 > s0 && m->t0 - s0 <= 7 &&
		   (IN(c, m->t0 - 1, roles) ||
		    /* "Former Kremlin speechwriter Abbas Gallyamov": a
		     * noun the lexicon does not know, after a capital */
		    (m->t0 - 1 > s0 && is_lowerword(c, m->t0 - 1) &&
		     !is_lexicon(c, m->t0 - 1) && !ing_word(c, m->t0 - 1) &&
		     !ed_word(c, m->t0 - 1) && is_cap(c, m->t0 - 2)) ||
		    /* "The blogger known as Sasha Kots" */
		    (m->t0 >= s0 + 4 && is(c, m->t0 - 1, "as") &&
		     is(c, m->t0 - 2, "known") && IN(c, m->t0 - 3, roles)));

	for (k = s0; k < m->tt0; k++)
		if ((!(is_word(c, k) && (is_cap(c, k) || desc)) &&
		     !(k == s0 && opening_conj(c, k))) ||
		    /* not "Farage has blasted Sir Keir Starmer": a verb */
		    (is_lowerword(c, k) && (IN(c, k, aux) || verb_class(c, k))))
			return 0;
	return 1;
}

/* "Ms. Kallas", "Mr Rubio", "Lord Cameron": a surname alone, but surely a
 * person's */
static int honorific_before(const struct ctx *c, const struct mention *m)
{
	return m->t0 > m->tt0 && IN(c, m->t0 - 1, honorific);
}

/* "President Macron", "Foreign Minister Sybiha": a surname after a
 * post in capitals (no possessive), surely a person's. */
static int titled_surname(const struct ctx *c, const struct mention *m)
{
	return m->t0 > m->tt0 && is_cap(c, m->t0 - 1) &&
	       IN(c, m->t0 - 1, roles) && !is_cap(c, m->t1) &&
	       !(T(c, m->t0 - 1)->flags & ARTICLE_POSS);
}

/* A titled surname (titled_surname()) whose titles open its sentence:
 * "President Macron arrived", not "The 48-year-old did not mention
 * President Trump". */
static int titled_first(const struct ctx *c, const struct mention *m)
{
	size_t s0 = after_dateline(c, sent0(c, m->t0), m->tt0);

	return titled_surname(c, m) &&
	       (m->tt0 == s0 || (m->tt0 == s0 + 1 && is_det(c, s0)));
}

/* Sentence-initial people are subjects too ("Stoltenberg made the
 * remarks ... He noted"). */
/*
 * "When I put that to Volker, he shrugged.": a sentence opening with a
 * subordinator, whose clause names one person (mention k) and whose
 * main clause's subject is "he" or "she" after the comma: the pronoun
 * is that person, a subject for the pronouns after it.
 */
static void clause_pronoun_event(struct ctx *c, size_t k)
{
	static const char *const subs[] = { "when", "after", "as", "while",
					    "once", "before", "although",
					    "though", "if", NULL };
	const struct mention *m = &c->men[k];
	size_t s0 = sent0(c, m->t0), e = sent1(c, m->t0), i;

	/* not "When I asked a senior Social Democrat ...": a party's
	 * member, not a name */
	if (c->canon[m->canon].ntok < 2 || m->t0 - s0 > 12 ||
	    c->inq[m->t0] || (k > 0 && c->men[k - 1].t0 >= s0) ||
	    !IN(c, s0, function_words) || !article_is_any(c->a, s0, subs) ||
	    (m->tt0 > s0 && is_indef(c, m->tt0 - 1)) ||
	    (m->tt0 > s0 + 1 && is_indef(c, m->tt0 - 2)))
		return;
	for (i = m->t1; i + 1 < e && i < m->t1 + 20 &&
			T(c, i)->punct != ','; i++)
		if (!is_word(c, i) && T(c, i)->punct != '.')
			return;
	if (i + 1 >= e || T(c, i)->punct != ',' ||
	    (k + 1 < c->nmen && c->men[k + 1].t0 < i) ||
	    !(is(c, i + 1, "he") || is(c, i + 1, "she")))
		return;
	add_event(c, i + 1, c->canon[m->canon].name, 1);
}

/* "Mar", "Sept", "Dec": a month cut short, without its full stop. */
static int short_month(const struct ctx *c, size_t i)
{
	static const char *const w[] = { "jan", "feb", "mar", "apr", "jun",
					 "jul", "aug", "sep", "sept", "oct",
					 "nov", "dec", NULL };

	return is_cap(c, i) && article_is_any(c->a, i, w);
}

/* Whether token i is a middle dot "·" (two bytes in UTF-8). */
static int middle_dot(const struct ctx *c, size_t i)
{
	return T(c, i)->end - T(c, i)->start == 2 &&
	       !memcmp(c->a->text + T(c, i)->start, "\xc2\xb7", 2);
}

/* "Sat", "Monday", "GMT", "CET": a day or a time zone of a byline's
 * date line ("Sat 14 Mar 2026 18.05 GMT"). */
static int date_line_word(const struct ctx *c, size_t i)
{
	static const char *const w[] = {
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
		"sat", "sun", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "gmt", "bst", "cet", "cest",
		"utc", "eet", "eest", "et", "est", "edt", "pt", "pst", "pdt",
		"am", "pm", "a.m.", "p.m.", NULL };

	return article_is_any(c->a, i, w);
}

/*
 * "Theresa Pammer\n26 October 2025, 18:30": a name that opens one of
 * the first six paragraphs, with nothing after it but a date, a time or
 * punctuation, is the writer's byline, no subject of what follows.
 */
static int byline(const struct ctx *c, const struct mention *m)
{
	size_t p = T(c, m->t0)->para, k;

	/* "As It Happens\nSheena Goodyear · CBC Radio · Posted: ...": a
	 * line of its own inside the paragraph, a name and a dot */
	if (p < 6 && m->t0 > c->a->para[p].tok0 && m->t1 < c->a->para[p].tok1 &&
	    line_break_before(c, m->t0) &&
	    middle_dot(c, m->t1))
		return 1;
	if (p >= 6 || m->t0 != c->a->para[p].tok0 || c->a->para[p].headline)
		return 0;
	/* "Mikko Hirvonen | Iltalehti": the writer and the paper */
	if (m->t1 < c->a->para[p].tok1 &&
	    (c->a->text[T(c, m->t1)->start] == '|' || middle_dot(c, m->t1)))
		return 1;
	k = m->t1;
	/* "Rita Soares Mendes, in Munich\n14 February 2026", "Elena
	 * Rusu in Chișinău": the writer's place */
	if (k + 1 < c->a->para[p].tok1 && T(c, k)->punct == ',')
		k++;
	if (k + 1 < c->a->para[p].tok1 && is(c, k, "in") && is_cap(c, k + 1))
		for (k++; k < c->a->para[p].tok1 && is_cap(c, k); k++)
			if (k + 1 < c->a->para[p].tok1 &&
			    line_break_before(c, k + 1)) {
				k++;
				break;
			}
	for (; k < c->a->para[p].tok1; k++)
		if (is_word(c, k) && !(T(c, k)->flags & ARTICLE_DIGIT) &&
		    !month_word(c, k) && !short_month(c, k) &&
		    !date_line_word(c, k))
			return 0;
	return 1;
}

/*
 * Whether mention k, a name in full, is the agent of a passive ("was
 * led by Marko Mihkelson": an auxiliary, a participle, "by") or a
 * copula's complement ("The most outspoken is X") in a sentence whose
 * subject names no one: no mention and no pronoun before it.
 */
static int agent_or_complement(const struct ctx *c, size_t k)
{
	const struct mention *m = &c->men[k];
	size_t s0 = sent0(c, m->t0), i = m->tt0;

	/* (the cheap tests first: this runs for every mention) */
	if (i < s0 + 3 || !IN(c, i - 1, function_words) ||
	    c->canon[m->canon].ntok < 2 || c->inq[m->t0] ||
	    (k > 0 && c->men[k - 1].t0 >= s0))
		return 0;
	/* "The most outspoken is Foreign Minister Beate Meinl-Reisinger":
	 * the person a copula names after a subject that names no one */
	if ((is(c, i - 1, "is") || is(c, i - 1, "was")) && is(c, s0, "the") &&
	    words_only(c, s0, i))
		return 1;
	if (i < s0 + 4 || i != m->t0 || !is(c, i - 1, "by") ||
	    !is_lowerword(c, i - 2) || IN(c, i - 2, function_words) ||
	    is_pronoun(c, s0))
		return 0;
	return is(c, i - 3, "was") || is(c, i - 3, "were") ||
	       is(c, i - 3, "is") || is(c, i - 3, "are") ||
	       is(c, i - 3, "been");
}

static void subject_events(struct ctx *c)
{
	size_t k;
	const struct mention *m;
	int app;

	for (k = 0; k < c->nmen; k++) {
		m = &c->men[k];
		if (byline(c, m))
			continue;
		/* "It was a non-answer, and Badenoch knew it.": the
		 * subject of a clause after ", and" or ", but" */
		if (m->tt0 >= 2 && m->t1 < c->a->ntok &&
		    T(c, m->tt0 - 2)->punct == ',' &&
		    (is(c, m->tt0 - 1, "and") || is(c, m->tt0 - 1, "but")) &&
		    is_lowerword(c, m->t1) &&
		    (is_aux(c, m->t1) || !IN(c, m->t1, function_words)) &&
		    c->canon[m->canon].ntok >= 2 && !c->inq[m->t0]) {
			add_event(c, m->t0, c->canon[m->canon].name, 1);
			continue;
		}
		/* "The delegation was led by Marko Mihkelson, who ...
		 * He told": the agent of a passive whose subject is no
		 * person is what the sentence is about */
		if (agent_or_complement(c, k)) {
			add_event(c, m->t0, c->canon[m->canon].name, 1);
			continue;
		}
		/* "The Oakville East MP also rejected ...": a seat's
		 * name, no one's */
		if (m->t1 < c->a->ntok && seat_word(c, m->t1))
			continue;
		app = appositive_subject(c, m);
		/* a name alone only after "Ms." or in apposition ("His
		 * daughter, Anna, disagreed") */
		/* "Russia's Lavrov went further.": a surname after its
		 * country's or body's possessive is surely a person's */
		if ((!opens_sentence(c, m) && !app &&
		     !after_opening_phrase(c, m)) ||
		    (c->canon[m->canon].ntok < 2 && !honorific_before(c, m) &&
		     !app && !titled_first(c, m) &&
		     !(m->t0 > m->tt0 &&
		       (T(c, m->t0 - 1)->flags & ARTICLE_POSS) &&
		       is_cap(c, m->t0 - 1))))
			continue;
		add_event(c, m->t0, c->canon[m->canon].name, 1);
	}
	for (k = 0; k < c->nmen; k++)
		clause_pronoun_event(c, k);
}

/* "my father", "our neighbour": a writer's kin or acquaintance. */
static int kin_word(const struct ctx *c, size_t i)
{
	static const char *const w[] = { "father", "mother", "brother",
					 "sister", "son", "daughter", "wife",
					 "husband", "grandfather",
					 "grandmother", "neighbour",
					 "neighbor", "friend", "uncle", "aunt",
					 NULL };

	return is_lowerword(c, i) && article_is_any(c->a, i, w);
}

static void body_subject_events(struct ctx *c)
{
	const struct article *a = c->a;
	size_t s, s0, j;

	for (s = 0; s < a->nsent; s++) {
		s0 = a->sent[s].tok0;
		j = body_opening(c, s0, a->sent[s].tok1);
		if (j != NONE)
			add_event(c, s0, body_name(c, s0, j), 0);
		/* "My father, 78, spent his working life ...": a column's
		 * person, named by what they are to the writer, whom a
		 * later "he" means */
		else if (s0 + 2 < a->sent[s].tok1 && is(c, s0, "my") &&
			 kin_word(c, s0 + 1) && !c->inq[s0])
			add_event(c, s0 + 1, post_name(c, s0 + 1, s0 + 2), 1);
	}
}

/*
 * Where the words of an indefinite description start ("A senior NATO
 * diplomat": "senior"), up to two lower-case words before the subject
 * the verb found; NONE when the subject has no "a", "an" or "one".
 */
static size_t indefinite(const struct ctx *c, const struct cue *cu)
{
	size_t i = cu->np0, s0 = sent0(c, cu->np0), k;

	/* the subject's own article ("according to a senior diplomat") */
	if (is_indef(c, cu->np0))
		return cu->np1 - cu->np0 >= 2 ? cu->np0 + 1 : NONE;
	for (k = 0; k < 3 && i > s0; k++) {
		if (is_indef(c, i - 1))
			return i;
		/* "A second official": an ordinal describes */
		if (!is_lowerword(c, i - 1) ||
		    (is_lexicon(c, i - 1) && !is(c, i - 1, "second") &&
		     !is(c, i - 1, "third") && !is(c, i - 1, "fourth")))
			return NONE;
		i--;
	}
	return NONE;
}

/*
 * An unnamed source the article introduced with "a" ("A senior NATO
 * diplomat said ...") and takes up again with "the" and the same head
 * noun ("the diplomat said"), within two paragraphs: that cue's index,
 * or NONE.
 */
/* The first post of [np0, np1) before a word of place or company ("A
 * Polish diplomat involved in the talks": "diplomat"), else its head. */
static size_t post_head(const struct ctx *c, size_t np0, size_t np1)
{
	size_t k;

	for (k = np0; k + 1 < np1; k++)
		if (IN(c, k, roles) && is_lowerword(c, k) &&
		    (is_lowerword(c, k + 1) && !IN(c, k + 1, roles)))
			return k;
	return np_head(c, np0, np1);
}

static size_t unnamed_source(struct ctx *c, size_t ci)
{
	const struct cue *cu = &c->cue[ci], *o;
	size_t k, para = T(c, cu->pos)->para;
	size_t head = np_head(c, cu->np0, cu->np1);
	int any = is(c, head, "interlocutor");

	for (k = ci; k-- > 0;) {
		o = &c->cue[k];
		if (para - T(c, o->pos)->para > 2)
			break;
		/* "the interlocutor of NewsMaker": the unnamed source
		 * the outlet spoke to, whatever its post */
		if (o->kind == NP_DESC && o->from == NONE &&
		    indefinite(c, o) != NONE &&
		    (any ||
		     same_title_word(c, head, post_head(c, o->np0, o->np1))))
			return k;
	}
	return NONE;
}

/*
 * Whether the person of cue p has titles of their own, anywhere in the
 * article, that share no role with description d ("The Russian leader
 * noted ... Deputy Foreign Minister Alexander Grushko": someone else). A
 * name given bare ("Nikola Dimitrov said") may be the one just described.
 */
/*
 * "the head of state": a president, whatever the words ("State
 * Secretary X" is not one); 1 when [np0, np1) says it.
 */
static int head_of_state(const struct ctx *c, size_t np0, size_t np1)
{
	size_t i;

	for (i = np0; i + 2 < np1; i++)
		if (IN(c, i, roles) && is(c, i, "head") && is(c, i + 1, "of") &&
		    is(c, i + 2, "state"))
			return 1;
	return 0;
}

/* Whether the titles [t0, t1) hold "president". */
static int titled_president(const struct ctx *c, size_t t0, size_t t1)
{
	for (; t0 < t1; t0++)
		if (is(c, t0, "president"))
			return 1;
	return 0;
}

static int other_titles(struct ctx *c, const struct cue *d,
			const struct cue *p)
{
	const struct canon *e;
	size_t i, k;

	/* the person's canonical entry: names end in their key (a person
	 * cue always has its own subject here: shared ones resolve later) */
	if (p->np1 <= p->np0)
		return 0;
	fold_key(c, p->np1 - 1);
	k = canon_named(c, canon_find(c, c->key.buf), p->speaker);
	if (k == NONE)
		return 0;
	e = &c->canon[k];
	if (head_of_state(c, d->np0, d->np1)) {
		for (i = 0; i < e->nrole; i++)
			if (!strcmp(e->role[i], "president"))
				return 0;
		return e->nrole > 0;
	}
	for (i = d->np0; i < d->np1; i++)
		if (IN(c, i, roles) &&
		    (canon_has_role(c, e, i) || is(c, i, "chief") ||
		     is(c, i, "envoy")))
			return 0; /* "NATO chief": whatever the head's title;
				   * "Russian envoy": an ambassador */
	return e->nrole > 0;
}

/*
 * Whether the person of event ev has titles in the article that share
 * no role word with description cu ("Spain's prime minister" is not
 * "the secretary general").
 */
/* Whether person e's titles hold the folded word w. */
static int has_role_word(const struct canon *e, const char *w)
{
	size_t r;

	for (r = 0; r < e->nrole; r++)
		if (!strcmp(e->role[r], w))
			return 1;
	return 0;
}

/* Whether person e was titled a spokesperson (or spokesman, -woman). */
static int has_spokes_role(const struct canon *e)
{
	size_t r;

	for (r = 0; r < e->nrole; r++)
		if (!strncmp(e->role[r], "spokes", 6))
			return 1;
	return 0;
}

static int has_word(const struct ctx *c, size_t t0, size_t t1,
		    const char *w);

static int canon_titled(struct ctx *c, size_t canon, const char *w);

static int titled_otherwise(struct ctx *c, const struct event *ev,
			    const struct cue *cu)
{
	const char *sp = strrchr(ev->name, ' ');
	const struct canon *e;
	size_t k, i;

	sp = sp ? sp + 1 : ev->name;
	sbuf_reset(&c->key);
	article_fold(&c->key, sp, strlen(sp));
	k = canon_named(c, canon_find(c, c->key.buf), ev->name);
	if (k == NONE)
		return 1; /* not one person we know: no guess */
	e = &c->canon[k];
	for (i = cu->np0; i < cu->np1; i++) {
		if (IN(c, i, roles) && canon_has_role(c, e, i))
			return 0;
		/* "the shadow minister" after "Opposition defence
		 * spokesperson Angus Taylor": the opposition's minister */
		if (is(c, i, "shadow") && has_spokes_role(e))
			return 0;
		/* "the Mitte Federal Councillor" after "Defence Minister
		 * Martin Pfister": a Swiss minister's other title */
		if (is(c, i, "councillor") && i > cu->np0 &&
		    is(c, i - 1, "federal") && has_role_word(e, "minister"))
			return 0;
		/* "the CDU leader" after "Chancellor Friedrich Merz": a
		 * party's post goes with a state's */
		if (i + 1 < cu->np1 && (T(c, i)->flags & ARTICLE_ACRONYM) &&
		    (is(c, i + 1, "leader") || is(c, i + 1, "chairman") ||
		     is(c, i + 1, "chair") || is(c, i + 1, "head")))
			return 0;
	}
	/* "the Russian diplomat" after "Russian Foreign Ministry
	 * spokeswoman Maria Zakharova": a diplomat's posts are many */
	if (has_word(c, cu->np0, cu->np1, "diplomat") &&
	    (has_role_word(e, "ambassador") || has_role_word(e, "envoy") ||
	     canon_titled(c, k, "foreign")))
		return 0;
	/* "the leader of the Socialist Party of Serbia" after "Ivica
	 * Dačić, first deputy prime minister": a party's post too */
	if (has_word(c, cu->np0, cu->np1, "party") &&
	    (has_word(c, cu->np0, cu->np1, "leader") ||
	     has_word(c, cu->np0, cu->np1, "chairman") ||
	     has_word(c, cu->np0, cu->np1, "head")))
		return 0;
	return e->nrole > 0;
}

/* Whether words [t0, t1) hold a rank below the post: deputy, vice. */
static int has_rank(const struct ctx *c, size_t t0, size_t t1)
{
	for (; t0 < t1; t0++)
		if (is(c, t0, "deputy") || is(c, t0, "vice") ||
		    is(c, t0, "assistant"))
			return 1;
	return 0;
}

/*
 * Whether token i is in the "Asked about Dodik's remarks," that opens
 * the sentence of pos: who is asked about is not who answers.
 */
static int in_asked_phrase(const struct ctx *c, size_t i, size_t pos)
{
	size_t s0 = sent0(c, pos), k;

	if (i < s0 || i >= pos || !is(c, s0, "asked"))
		return 0;
	for (k = s0; k < i; k++)
		if (T(c, k)->punct == ',')
			return 0;
	return 1;
}

/* The latest person before pos for "he" at pos (see in_asked_phrase). */
static const struct event *latest_person(const struct ctx *c, size_t pos)
{
	const struct event *ev = latest(c, pos, 1);

	/* and not "Stubb and Kristersson both said": two people are no
	 * "he", nor "the spokesman" */
	while (ev && (in_asked_phrase(c, ev->pos, pos) ||
		      strstr(ev->name, " and ")))
		ev = latest(c, ev->pos, 1);
	return ev;
}

static size_t apposed_title(const struct ctx *c, const struct mention *m);

/* Whether any mention of person canon is titled with word w ("Foreign
 * Minister Radosław Sikorski" for "foreign"). */
static int canon_titled(struct ctx *c, size_t canon, const char *w)
{
	size_t k;

	/* (the first 2,000 mentions: a description is read once per cue,
	 * and an article of thousands of cues must not read them all) */
	for (k = 0; k < c->nmen && k < 2000; k++)
		if (c->men[k].canon == canon &&
		    has_word(c, apposed_title(c, &c->men[k]), c->men[k].t0, w))
			return 1;
	return 0;
}

/*
 * "a senior NATO diplomat": an unnamed source, named by its description
 * ("senior NATO diplomat"). "the Swedish minister": the person whose
 * titles share most words with it, a role among them (the latest of
 * equals); else the unnamed source it takes up; else the latest person
 * of its own paragraph, if the article gives them no other titles; else
 * the next person named within two paragraphs ("the alliance's
 * secretary-general ... Jens Stoltenberg said"); else the latest person.
 */
/*
 * Whether descriptions a and b hold the same role words ("Tanaiste" in a
 * headline, "The Tanaiste" in the lede), and at least one.
 */
static int same_roles(struct ctx *c, const struct cue *a, const struct cue *b)
{
	size_t i, j, n = 0;

	for (i = a->np0; i < a->np1; i++) {
		if (!IN(c, i, roles))
			continue;
		for (j = b->np0; j < b->np1; j++)
			if (IN(c, j, roles) && same_title_word(c, i, j))
				break;
		if (j == b->np1)
			return 0;
		n++;
	}
	for (j = b->np0; j < b->np1; j++)
		n -= IN(c, j, roles) != 0;
	return n == 0 && a->np1 > a->np0;
}

static const char *resolve_desc_at(struct ctx *c, size_t ci, int depth);

/* Whether word w is among tokens [t0, t1). */
static int has_word(const struct ctx *c, size_t t0, size_t t1, const char *w)
{
	for (; t0 < t1; t0++)
		if (is(c, t0, w))
			return 1;
	return 0;
}

static const char *resolve_desc(struct ctx *c, size_t ci)
{
	return resolve_desc_at(c, ci, 0);
}

/*
 * The name a headline opens with before its colon ("Stoltenberg: ..."),
 * one to three name words; NULL if the headline has none.
 */
/*
 * The person whose name (up to three words, in a possessive too) opens
 * the headline holding token i ("Farage blasts ..."), when the article
 * names that person; or NULL.
 */
static const char *headline_subject(struct ctx *c, size_t i)
{
	size_t t0 = c->a->para[T(c, i)->para].tok0, k;

	for (k = t0; k < i && k - t0 < 3 && is_name_tok(c, k) &&
		     !(T(c, k)->flags & ARTICLE_POSS);
	     k++)
		;
	if (k == t0 || !known_person(c, k - 1))
		return NULL;
	return canon_name(c, t0, k);
}

static const char *headline_name(struct ctx *c)
{
	size_t t0, k;

	if (!c->a->npara || !c->a->para[0].headline)
		return NULL;
	t0 = c->a->para[0].tok0;
	for (k = t0; k < c->a->para[0].tok1 && k - t0 < 3 && is_name_tok(c, k);
	     k++)
		;
	if (k == t0 || k >= c->a->para[0].tok1 || T(c, k)->punct != ':')
		return NULL;
	return canon_name(c, t0, k);
}

/*
 * Whether description cu is a bare title, "the" and role words ("the
 * Prime Minister"), which the person of event ev may hold; with a
 * country's adjective ("the French president") only when the headline
 * names that person too. A post of somewhere ("the foreign minister of
 * the Netherlands", "the commander of U.S. Army Europe") is not bare.
 */
static int bare_title(struct ctx *c, const struct cue *cu,
		      const struct event *ev)
{
	size_t k, h0, h1, n;
	int adj = 0;
	const char *sp;

	if (cu->np1 - cu->np0 < 2 || !is(c, cu->np0, "the"))
		return 0;
	for (k = cu->np0 + 1; k < cu->np1; k++) {
		if (demonym_of(c, k))
			adj = 1;
		else if (!IN(c, k, roles))
			return 0;
	}
	if (!adj)
		return 1;
	if (!c->a->npara || !c->a->para[0].headline)
		return 0;
	sp = strrchr(ev->name, ' ');
	sp = sp ? sp + 1 : ev->name;
	n = strlen(sp);
	h0 = c->a->para[0].tok0;
	h1 = c->a->para[0].tok1;
	for (k = h0; k < h1; k++)
		if (ARTICLE_BASE_END(T(c, k)) - T(c, k)->start == n &&
		    !strncmp(c->a->text + T(c, k)->start, sp, n))
			return 1;
	return 0;
}

/* Whether the paragraph of token pos names someone in full before it,
 * not counting names after "in", "at", "from" or "to" (places). */
/* Whether a preposition of place stands before token t, perhaps past
 * one word in lower case: "in Tallinn", "at the Thales plant", "in
 * east Belfast". */
static int place_after_preposition(const struct ctx *c, size_t t)
{
	size_t k = t;

	if (k > 1 && is_lowerword(c, k - 1) && !IN(c, k - 1, function_words))
		k--;
	if (k > 1 && is(c, k - 1, "the"))
		k--;
	return k > 0 && (is(c, k - 1, "in") || is(c, k - 1, "at") ||
			 is(c, k - 1, "from") || is(c, k - 1, "to"));
}

static int named_before(const struct ctx *c, size_t pos)
{
	size_t k = mention_from(c, c->a->para[T(c, pos)->para].tok0);

	for (; k < c->nmen && c->men[k].t0 < pos; k++)
		if (c->canon[c->men[k].canon].ntok >= 2 &&
		    !place_after_preposition(c, c->men[k].tt0))
			return 1;
	return 0;
}

/* The country token i names, by its name or its adjective; NULL if
 * none ("Russia", "Russian": Russia; "United": America). */
static const char *country_of_tok(const struct ctx *c, size_t i)
{
	const struct demonym *d = demonym_of(c, i);

	if (d)
		return d->country;
	if (is(c, i, "united") || is(c, i, "us") || is(c, i, "u.s."))
		return "America";
	d = country_entry(c, i);
	return d ? d->country : NULL;
}

/*
 * Whether description [d0, d1) and the titles [t0, t1) of a mention
 * name countries, none of them the same ("The President of Russia" is
 * not "President of the United States of America Donald Trump").
 */
static int other_country(const struct ctx *c, size_t d0, size_t d1,
			 size_t t0, size_t t1)
{
	size_t i, j;
	const char *a, *b;
	int seen = 0;

	for (i = d0; i < d1; i++) {
		if (!(a = country_of_tok(c, i)))
			continue;
		for (j = t0; j < t1; j++) {
			if (!(b = country_of_tok(c, j)))
				continue;
			if (!strcmp(a, b))
				return 0;
			seen = 1;
		}
	}
	return seen;
}

/*
 * A country's president or prime minister ("The President of Russia")
 * whom no titles match: the latest person before it, within five
 * paragraphs, whose titled mentions name no other country ("Vladimir
 * Putin had a telephone conversation with President of the United
 * States of America Donald Trump ... The President of Russia noted" is
 * Putin); NULL if none.
 */
static const char *country_leader(struct ctx *c, const struct cue *cu)
{
	const struct event *ev;
	const struct mention *m;
	size_t k, para = T(c, cu->pos)->para, n;
	int leader = 0, country = 0, other;

	for (k = cu->np0; k < cu->np1; k++) {
		/* a head of state or government, not "the foreign
		 * minister of the Netherlands" */
		leader |= is(c, k, "president") || is(c, k, "chancellor") ||
			  (is(c, k, "minister") && k > cu->np0 &&
			   is(c, k - 1, "prime"));
		if (IN(c, k, roles) && !is(c, k, "president") &&
		    !is(c, k, "chancellor") && !is(c, k, "minister") &&
		    !is(c, k, "prime"))
			return NULL;
		country |= country_of_tok(c, k) != NULL;
	}
	if (!leader || !country)
		return NULL;
	for (ev = latest(c, cu->pos, 1), n = 0; ev && n < 8;
	     ev = latest(c, ev->pos, 1), n++) {
		if (para - T(c, ev->pos)->para > 5)
			return NULL;
		other = 0;
		for (k = mention_from(c, cu->pos); k-- > 0 && !other;) {
			m = &c->men[k];
			if (m->tt0 < m->t0 &&
			    !strcmp(c->canon[m->canon].name, ev->name))
				other = other_country(c, cu->np0, cu->np1,
						      m->tt0, m->t0);
		}
		if (!other)
			return ev->name;
	}
	return NULL;
}

/* Whether description cu ends in a post of any rank ("the Russian
 * official", "the diplomat"). */
static int generic_post(const struct ctx *c, const struct cue *cu)
{
	size_t h = cu->np1 - 1;

	/* and "the Latvian leader", "his Swedish counterpart", "the
	 * Estonian premier": whoever holds that country's top post */
	return is(c, h, "official") || is(c, h, "diplomat") ||
	       is(c, h, "politician") || is(c, h, "leader") ||
	       is(c, h, "counterpart") || is(c, h, "premier");
}

/*
 * Whether description cu ends in a post's word ("researcher",
 * "minister") that titles [t0, t1) lack while holding a post of their
 * own; words any post may go by ("leader", "chief", "official") never
 * are.
 */
static int spokes(const struct ctx *c, size_t i);
static int head_of_state(const struct ctx *c, size_t np0, size_t np1);

/*
 * "the representative of Pakistan", "the delegate of the United
 * Kingdom": the end of the country's name after the post, or NONE.
 */
static size_t delegate_of(const struct ctx *c, const struct cue *cu)
{
	size_t k = skip_det(c, cu->np0, cu->np1), j;

	if (k + 2 >= cu->np1 + 1 ||
	    !(is(c, k, "representative") || is(c, k, "delegate")) ||
	    !is(c, k + 1, "of"))
		return NONE;
	j = k + 2 < cu->np1 && is(c, k + 2, "the") ? k + 3 : k + 2;
	if (j >= cu->np1 || !(IN(c, j, countries) || is_cap(c, j)))
		return NONE;
	while (j < cu->np1 && is_cap(c, j) && is_word(c, j))
		j++;
	return j == cu->np1 ? j : NONE;
}

/* Whether description cu is "the" and its role words alone ("the
 * minister", "the foreign minister"). */
static int bare_desc(const struct ctx *c, const struct cue *cu)
{
	size_t k;

	if (cu->np1 - cu->np0 < 2 || !is(c, cu->np0, "the"))
		return 0;
	for (k = cu->np0 + 1; k < cu->np1; k++)
		if (!IN(c, k, roles))
			return 0;
	return 1;
}

/*
 * The post's own word of description cu that titles must hold
 * ("researcher", "minister"), or NONE when any post may go by it
 * ("leader", "chief", "official") or it names none.
 */
static size_t own_head(const struct ctx *c, const struct cue *cu)
{
	size_t h;

	if (cu->np1 <= cu->np0)
		return NONE;
	/* (the head before "of": "the head of the Federal Department of
	 * Foreign Affairs" is a head) */
	h = np_head(c, cu->np0, cu->np1);
	if (!IN(c, h, roles) || !is_lowerword(c, h) ||
	    generic_post(c, cu) || is(c, h, "chief") || is(c, h, "head") ||
	    is(c, h, "boss") || is(c, h, "envoy") || spokes(c, h) ||
	    head_of_state(c, cu->np0, cu->np1))
		return NONE;
	return h;
}

/* Whether titles [t0, t1) hold a post of their own but not the
 * description's word h (from own_head()). */
static int odd_head(struct ctx *c, size_t h, size_t t0, size_t t1)
{
	size_t k;
	int post = 0;

	if (h == NONE)
		return 0;
	for (k = t0; k < t1; k++) {
		/* ("his Russian counterpart Sergei Lavrov": the post
		 * of the one he is set against) */
		if (same_title_word(c, h, k) || is(c, k, "counterpart"))
			return 0;
		post |= IN(c, k, roles) && !demonym_of(c, k);
	}
	return post;
}

/* Whether titles [t0, t1) hold a country's top post. */
static int top_post(const struct ctx *c, size_t t0, size_t t1)
{
	static const char *const posts[] = { "president", "prime", "premier",
					     "chancellor", "king", "queen",
					     NULL };

	for (; t0 < t1; t0++)
		if (article_is_any(c->a, t0, posts))
			return 1;
	return 0;
}

/*
 * Whether the capitalised words before mention m (its titles and the
 * body they name: "Russian Security Council Secretary Sergei Shoigu")
 * hold the country the description [d0, d1) names.
 */
static int same_country_before(const struct ctx *c, size_t d0, size_t d1,
			       const struct mention *m)
{
	size_t i, k;
	const char *a, *b;

	for (i = d0; i < d1; i++) {
		if (!(a = country_of_tok(c, i)))
			continue;
		/* (past a post in lower case: "Russian Foreign Ministry
		 * spokeswoman Maria Zakharova") */
		for (k = m->t0; k > 0 && m->t0 - k < 6 && is_word(c, k - 1) &&
				(is_cap(c, k - 1) || IN(c, k - 1, roles));
		     k--)
			if ((b = country_of_tok(c, k - 1)) && !strcmp(a, b))
				return 1;
	}
	return 0;
}

/*
 * Where the titles of mention m start: its own ([tt0, t0)), or a title
 * set before it with a comma ("The Spanish Minister of Foreign Affairs,
 * José Manuel Albares"): capitalised words, "of", "for" and "the", at
 * most eight, from the start of the sentence or a dash.
 */
static size_t apposed_title(const struct ctx *c, const struct mention *m)
{
	size_t k, s0 = sent0(c, m->t0), role = 0;

	if (m->tt0 < m->t0 || m->t0 < s0 + 3 || T(c, m->t0 - 1)->punct != ',')
		return m->tt0;
	/* "The head of the National Security Bureau (BBN), Dariusz
	 * Lukowski": lower-case posts and a body's initials in brackets */
	for (k = m->t0 - 1;
	     k > s0 && m->t0 - k < 14 &&
	     ((is_word(c, k - 1) &&
	       (is_cap(c, k - 1) || is(c, k - 1, "of") ||
		is(c, k - 1, "for") || is(c, k - 1, "the") ||
		IN(c, k - 1, roles))) ||
	      T(c, k - 1)->punct == '(' || T(c, k - 1)->punct == ')');
	     k--)
		role |= IN(c, k - 1, roles);
	/* (and "with her Ukrainian counterpart, Andrii Sybiha": an
	 * object's titles after a possessive) */
	if (!role || !(k == s0 || T(c, k - 1)->punct == '-' ||
		       T(c, k - 1)->punct == ',' ||
		       ((is(c, k - 1, "his") || is(c, k - 1, "her") ||
			 is(c, k - 1, "their")) &&
			is(c, m->t0 - 2, "counterpart"))))
		return m->tt0;
	return k;
}

/* The latest person named before token before (within max mentions)
 * whose titles hold one of the role words [i0, i1), or NULL. */
static const char *titled_within(struct ctx *c, size_t before, size_t i0,
				 size_t i1, size_t max)
{
	size_t k, i, n = 0;

	for (k = mention_from(c, before); k-- > 0 && n++ < max;) {
		const struct canon *e = &c->canon[c->men[k].canon];

		if (e->ntok < 2 || !e->nrole)
			continue;
		for (i = i0; i < i1; i++)
			if (IN(c, i, roles) && !is(c, i, "former") &&
			    canon_has_role(c, e, i))
				return e->name;
	}
	return NULL;
}

/* titled_within() 2,000 mentions back: a description is read once
 * per cue, and an article of thousands of cues must not read them
 * all. */
static const char *titled_in(struct ctx *c, size_t before, size_t i0,
			     size_t i1)
{
	return titled_within(c, before, i0, i1, 2000);
}

static const char *titled_before(struct ctx *c, const struct cue *cu)
{
	return titled_in(c, cu->np0, cu->np0, cu->np1);
}

/*
 * '"...," the 64-year-old said' after "The 64-year-old prime minister,
 * Japan's first woman to hold the post, has ..." in its paragraph: the
 * person whose titles hold the post the same age was given; NULL if
 * none.
 */
static const char *aged_post_before(struct ctx *c, const struct cue *cu)
{
	size_t age = cu->np1 - 1, k, r, len;
	size_t p0 = c->a->para[T(c, cu->np0)->para].tok0;

	if (cu->np1 - cu->np0 != 2 || !is(c, cu->np0, "the") ||
	    !age_word(c, age))
		return NULL;
	len = T(c, age)->end - T(c, age)->start;
	for (k = cu->np0; k-- > p0;) {
		if (T(c, k)->end - T(c, k)->start != len ||
		    memcmp(c->a->text + T(c, k)->start,
			   c->a->text + T(c, age)->start, len))
			continue;
		for (r = k + 1; r < cu->np0 && r < k + 4 && is_word(c, r) &&
				!verb_class(c, r) && !is_aux(c, r);
		     r++)
			;
		return r > k + 1 ? titled_in(c, k, k + 1, r) : NULL;
	}
	return NULL;
}

/* Whether description cu gives an age ("the 60-year-old") or calls
 * someone a veteran: someone the article has named. */
static int known_before(const struct ctx *c, const struct cue *cu)
{
	size_t i;

	for (i = cu->np0; i < cu->np1; i++)
		if (is(c, i, "veteran") || age_word(c, i) ||
		    /* "the former Lithuanian prime minister": a past
		     * post of someone already named */
		    (is(c, i, "former") && i > cu->np0 &&
		     is(c, i - 1, "the")))
			return 1;
	return 0;
}

/*
 * "the Neos leader" after "Foreign Minister Beate Meinl-Reisinger
 * (Neos)": a party's leader, chief, head or chairman is the latest
 * person (within five paragraphs) whose name the party's name follows in
 * brackets; NULL if none.
 */
static const char *bracket_party(struct ctx *c, const struct cue *cu)
{
	size_t np0 = skip_det(c, cu->np0, cu->np1), last = cu->np1 - 1, k, j;
	size_t para = T(c, cu->pos)->para, n = 0;
	const struct mention *m;

	if (np0 == cu->np0 || last <= np0 || last - np0 > 3 ||
	    !(is(c, last, "leader") || is(c, last, "chief") ||
	      is(c, last, "head") || is(c, last, "chairman") ||
	      is(c, last, "chair")))
		return NULL;
	for (j = np0; j < last; j++)
		if (!is_cap(c, j) || !is_word(c, j))
			return NULL;
	for (k = mention_from(c, cu->np0); k-- > 0 && n++ < 100;) {
		m = &c->men[k];
		if (para - T(c, m->t0)->para > 5)
			break;
		if (m->t1 + (last - np0) + 1 >= c->a->ntok ||
		    T(c, m->t1)->punct != '(' ||
		    T(c, m->t1 + (last - np0) + 1)->punct != ')')
			continue;
		for (j = 0; j < last - np0 &&
			    same_title_word(c, np0 + j, m->t1 + 1 + j);
		     j++)
			;
		if (j == last - np0)
			return c->canon[m->canon].name;
	}
	return NULL;
}

/*
 * ", who asked not to be named,", ", who spoke on condition of
 * anonymity,": whether a relative clause that says its person goes
 * unnamed follows token i.
 */
/* "spokesman", "spokeswoman", "spokesperson": one post */
static int spokes(const struct ctx *c, size_t i)
{
	const struct article_tok *t = T(c, i);

	return t->end - t->start >= 9 &&
	       !strncasecmp(c->a->text + t->start, "spokes", 6) &&
	       (is(c, i, "spokesman") || is(c, i, "spokeswoman") ||
		is(c, i, "spokesperson"));
}

static int anonymous_after(const struct ctx *c, size_t i)
{
	size_t k, e;

	if (i + 2 >= c->a->ntok || T(c, i)->punct != ',' || !is(c, i + 1, "who"))
		return 0;
	e = sent1(c, i);
	for (k = i + 2; k < e && k < i + 12 && T(c, k)->punct != ','; k++)
		if (is(c, k, "named") || is(c, k, "anonymity") ||
		    is(c, k, "identified"))
			return 1;
	return 0;
}

/*
 * The description "a", "an" or "one" and up to three words gave,
 * outside quotation marks, ending in the head word of description cu
 * ("the diplomat"), within 400 tokens and two paragraphs before it, as a
 * name ("Western diplomat"); NULL if none.
 */
static const char *indefinite_head_before(struct ctx *c, const struct cue *cu)
{
	size_t head = np_head(c, cu->np0, cu->np1), para = T(c, cu->np0)->para;
	size_t k, j, n;
	char ch;

	if (cu->np0 == 0 || !is_det(c, cu->np0) || is_indef(c, cu->np0) ||
	    !IN(c, head, roles))
		return NULL;
	for (k = cu->np0; k-- > 0 && cu->np0 - k < 400;) {
		ch = c->a->text[T(c, k)->start];
		/* ("a", "an", "one", "another": a first byte, then words) */
		if ((ch != 'a' && ch != 'A' && ch != 'o' && ch != 'O') ||
		    T(c, k)->end - T(c, k)->start > 7)
			continue;
		if (para - T(c, k)->para > 2)
			break;
		if (c->inq[k] || !is_indef(c, k))
			continue;
		/* (describing words only: not "a conversation with
		 * President ...") */
		for (j = k + 1; j < k + 5 && j < cu->np0 && is_word(c, j) &&
				!IN(c, j, function_words) &&
				!same_title_word(c, head, j);
		     j++)
			;
		if (j < k + 5 && j < cu->np0 && j > k + 1 &&
		    same_title_word(c, head, j) && !plural(c, j)) {
			/* the speaker a cue already named from it ("A
			 * Polish diplomat involved in the talks told") */
			for (n = (size_t)(cu - c->cue);
			     n-- > 0 && c->cue[n].pos >= k;)
				if (c->cue[n].np0 == k && c->cue[n].speaker)
					return c->cue[n].speaker;
			return post_name(c, k + 1, j + 1);
		}
	}
	return NULL;
}

static int titled_so(struct ctx *c, const struct canon *en, size_t k0,
		     size_t k1);

/*
 * "identified here only by his first name, Giorgi,", "who gave his first
 * name as Oleksandr", "identified only as Nino": the first name a
 * sentence gives someone, in tokens [i, e); its token, or NONE.
 */
static size_t given_first_name(const struct ctx *c, size_t i, size_t e)
{
	size_t k;

	for (k = i; k + 2 < e; k++) {
		if (!is(c, k, "name") && !is(c, k, "identified"))
			continue;
		if (is(c, k, "name") && !(k > i && is(c, k - 1, "first")))
			continue;
		for (k++; k + 1 < e && k < i + 200 &&
			  (is(c, k, "as") || is(c, k, "only") ||
			   T(c, k)->punct == ','); k++)
			;
		if (is_name_tok(c, k) && !is_lexicon(c, k) &&
		    (k + 1 >= e || !is_name_tok(c, k + 1)))
			return k;
	}
	return NONE;
}

/*
 * "the Finn said", "the Lithuanian added" after "Finnish President
 * Alexander Stubb", "Lithuanian Foreign Minister Kestutis Budrys": a
 * nationality as the description's only word, the latest person (in
 * the twenty paragraphs before) whose titles hold its adjective; NULL
 * if none.
 */
static const char *nationality_adj(const struct ctx *c, size_t h, char *buf,
				   size_t cap)
{
	static const char *const nouns[][2] = {
		{ "finn", "finnish" },	     { "swede", "swedish" },
		{ "dane", "danish" },	     { "pole", "polish" },
		{ "briton", "british" },     { "dutchman", "dutch" },
		{ "dutchwoman", "dutch" },   { "frenchman", "french" },
		{ "frenchwoman", "french" }, { "turk", "turkish" },
		{ "spaniard", "spanish" },   { "serb", "serbian" },
		{ "croat", "croatian" },     { "icelander", "icelandic" },
		{ "scot", "scottish" },	     { "irishman", "irish" },
	};
	size_t k;

	if (!is_cap(c, h))
		return NULL;
	for (k = 0; k < sizeof(nouns) / sizeof(nouns[0]); k++)
		if (is(c, h, nouns[k][0]))
			return nouns[k][1];
	return IN(c, h, demonyms) ? lower(c, h, buf, cap) : NULL;
}

static const char *nationality_person(struct ctx *c, const struct cue *cu)
{
	size_t k, j, n, para = T(c, cu->pos)->para;
	const char *adj;
	char buf[32];
	const struct mention *m;

	if (cu->np1 - cu->np0 != 2 || !is(c, cu->np0, "the") ||
	    (adj = nationality_adj(c, cu->np1 - 1, buf, sizeof(buf))) == NULL)
		return NULL;
	n = strlen(adj);
	for (k = mention_from(c, cu->np0); k-- > 0;) {
		m = &c->men[k];
		if (para - T(c, m->t0)->para > 20)
			break;
		if (c->canon[m->canon].ntok < 2 || c->inq[m->t0])
			continue;
		for (j = m->tt0; j < m->t0; j++)
			if (T(c, j)->end - T(c, j)->start == n &&
			    !strncasecmp(c->a->text + T(c, j)->start, adj, n))
				return c->canon[m->canon].name;
	}
	return NULL;
}

static const char *resolve_desc_at(struct ctx *c, size_t ci, int depth)
{
	struct cue *cu = &c->cue[ci];
	const struct cue *prev;
	size_t k, i, j, best = NONE, adj = NONE, para = T(c, cu->pos)->para;
	size_t ta, oh;
	const struct mention *m;
	const struct event *ev;
	const char *two, *hl;
	int shared, role, most = 0, isrole, hos, generic, premier, far;
	int bare = bare_desc(c, cu);

	i = indefinite(c, cu);
	/* "A Ukrainian captain in the class, who gave his first name as
	 * Oleksandr, said": the name the relative clause gives */
	if (i != NONE && cu->pos > cu->np1 &&
	    (k = given_first_name(c, cu->np1, cu->pos)) != NONE)
		return keep_span(c, T(c, k)->start, ARTICLE_BASE_END(T(c, k)));
	if (i != NONE) {
		cu->ms = T(c, i - 1)->start; /* the mention: "A senior ..." */
		/* "A Nordic diplomat in Brussels, who ...": with its place */
		for (k = cu->np1; k < cu->pos && k < cu->np1 + 7 &&
				  is_word(c, k);
		     k++)
			;
		if (k > cu->np1 + 1 && k < cu->pos &&
		    T(c, k)->punct == ',' &&
		    post_in_place(c, sent0(c, cu->np0), k) == cu->np0) {
			cu->me = T(c, k - 1)->end;
			return post_name(c, i, k);
		}
		return post_name(c, i, cu->np1);
	}
	if ((two = two_named(c, cu)) != NULL)
		return two; /* "the two leaders" */
	if ((two = nationality_person(c, cu)) != NULL)
		return two; /* "the Finn" */
	if ((two = bracket_party(c, cu)) != NULL)
		return two; /* "the Neos leader" */
	if ((two = seat_member(c, cu)) != NULL)
		return two; /* "The DA MP said" after Powell spoke */
	/* "Presenter says Finland \"will regret\" NATO choice": a
	 * headline's post is the first person the text gives it, in its
	 * first paragraphs; further down, by its last word ("Opposition
	 * leader demands" is "Conservative Leader Pierre Poilievre" in
	 * the sixth, "Sweden's defence chief" no "Defence Minister") */
	if (headline(c, cu->np0)) {
		for (k = mention_from(c, cu->np1); k < c->nmen; k++) {
			m = &c->men[k];
			if (T(c, m->t0)->para > para + 8)
				break;
			ta = apposed_title(c, m);
			/* (not "Russia's foreign minister, Sergei Lavrov"
			 * for "Finland's foreign minister") */
			if (ta < m->t0 &&
			    other_country(c, cu->np0, cu->np1, ta, m->t0))
				continue;
			for (i = T(c, m->t0)->para > para + 3 ? cu->np1 - 1 :
								cu->np0;
			     i < cu->np1; i++)
				for (j = ta; IN(c, i, roles) && j < m->t0; j++)
					if (same_title_word(c, i, j))
						return c->canon[m->canon].name;
			/* "..., says SNP MP" over "Stephen Gethins, the MP
			 * for Arbroath,": the post in an apposition */
			if (T(c, m->t0)->para <= para + 3 &&
			    c->canon[m->canon].ntok >= 2 &&
			    IN(c, cu->np1 - 1, roles) &&
			    canon_has_role(c, &c->canon[m->canon], cu->np1 - 1))
				return c->canon[m->canon].name;
			/* "NATO chief says ...": the head of the body the
			 * description names, whatever the head's title */
			for (i = cu->np0; i + 1 < cu->np1 &&
				    (is(c, cu->np1 - 1, "chief") ||
				     is(c, cu->np1 - 1, "boss") ||
				     is(c, cu->np1 - 1, "head"));
			     i++)
				for (j = ta; (T(c, i)->flags & ARTICLE_ACRONYM) &&
					     j < m->t0; j++)
					if (same_title_word(c, i, j) &&
					    has_word(c, ta, m->t0, "general"))
						return c->canon[m->canon].name;
		}
	}
	/* "two people familiar with the discussions", "people briefed on
	 * the plans": no one named */
	if (counted_people(c, cu->np0, cu->np1))
		return post_name(c, cu->np0, cu->np1);
	for (i = cu->np0 + 2; i < cu->np1 && IN(c, cu->np0, many); i++)
		if (close_to(c, cu->np0, i))
			return post_name(c, cu->np0, cu->np1);

	/* mentions before the description, latest first */
	hos = head_of_state(c, cu->np0, cu->np1);
	premier = has_word(c, cu->np0, cu->np1, "premier");
	generic = generic_post(c, cu);
	oh = own_head(c, cu);
	for (k = mention_from(c, cu->np0); k-- > 0;) {
		m = &c->men[k];
		/* (five paragraphs back; twelve for a bare title whose
		 * post a name holds in two words or more: "Prime Minister
		 * Keir Starmer" at a readout's top, "The Prime Minister"
		 * all through it) */
		far = para - T(c, m->t0)->para > 5;
		if (para - T(c, m->t0)->para > (bare ? 12 : 5))
			break;
		/* (far back, only a title of two words or more: the cheap
		 * test first) */
		if (far && m->t0 - m->tt0 < 2)
			continue;
		/* "the foreign minister" is not "Deputy Foreign Minister X" */
		if (has_rank(c, cu->np0, cu->np1) != has_rank(c, m->tt0, m->t0))
			continue;
		/* nor "the former prime minister" "Prime Minister X" */
		if (m->tt0 < m->t0 && has_word(c, cu->np0, cu->np1, "former") !=
					      has_word(c, m->tt0, m->t0, "former"))
			continue;
		/* nor "the shadow minister" "Defence Minister X" */
		if (has_word(c, cu->np0, cu->np1, "shadow") !=
		    has_word(c, m->tt0, m->t0, "shadow"))
			continue;
		/* nor "The President of Russia" the American one */
		if (m->tt0 < m->t0 &&
		    other_country(c, cu->np0, cu->np1, m->tt0, m->t0))
			continue;
		shared = role = 0;
		ta = apposed_title(c, m);
		/* "the defence researcher" is no "Defence Minister": a
		 * post's own word that the titles lack */
		if (odd_head(c, oh, ta, m->t0))
			continue;
		if (hos) {
			if (titled_president(c, m->tt0, m->t0) && most < 1) {
				most = 1;
				best = k;
			}
			continue;
		}
		for (i = cu->np0; i < cu->np1; i++) {
			/* "the BBN chief" after "The head of the National
			 * Security Bureau (BBN), Dariusz Lukowski": a body
			 * by its initials */
			isrole = IN(c, i, roles) || IN(c, i, orgs) ||
				 ((T(c, i)->flags & ARTICLE_ACRONYM) &&
				  !IN(c, i, countries));
			if (!isrole && !demonym_of(c, i) &&
			    !IN(c, i, countries))
				continue;
			if (is(c, i, "former") || is(c, i, "top"))
				continue;
			for (j = ta; j < m->t0; j++) {
				if (same_title_word(c, i, j) ||
				    (spokes(c, i) && spokes(c, j))) {
					shared++;
					role |= isrole;
				}
			}
		}
		/* "Albares was careful. According to the minister, ...":
		 * a bare title after a mention without titles in this
		 * paragraph, of someone the article titled so before */
		if (!shared && ta == m->t0 && oh != NONE &&
		    T(c, m->t0)->para == para && bare_desc(c, cu) &&
		    c->canon[m->canon].ntok >= 2 &&
		    !has_word(c, cu->np0, cu->np1, "former") &&
		    canon_has_role(c, &c->canon[m->canon], oh)) {
			shared = 1;
			role = 1;
		}
		/* "the Armenian premier": a prime minister */
		if (premier && has_word(c, ta, m->t0, "prime") &&
		    has_word(c, ta, m->t0, "minister")) {
			shared++;
			role = 1;
		}
		/* "the head of Spanish diplomacy": the foreign minister
		 * (and "the head of Romanian diplomacy" after "Foreign
		 * Minister Oana Toiu", whose titles name no country) */
		for (i = cu->np0; i < cu->np1 && (shared || !role); i++)
			if (is(c, i, "diplomacy") &&
			    (has_word(c, ta, m->t0, "foreign") ||
			     has_word(c, ta, m->t0, "diplomat") ||
			     (ta == m->t0 &&
			      canon_titled(c, m->canon, "foreign")))) {
				shared++;
				role = 1;
				break;
			}
		/* "the Russian foreign minister" after "his Russian
		 * counterpart Sergei Lavrov": a counterpart holds the post
		 * of the one it is set against */
		if (!role && shared && has_word(c, ta, m->t0, "counterpart"))
			role = 1;
		if (far && shared < 2)
			continue;
		if (role && shared > most) {
			most = shared;
			best = k;
		}
		/* "the Russian official" after "Russian Security Council
		 * Secretary Sergei Shoigu": a generic post, the same
		 * country */
		if (!role && adj == NONE && generic &&
		    c->canon[m->canon].ntok >= 2 &&
		    same_country_before(c, cu->np0, cu->np1, m) &&
		    /* "the Latvian leader" is a president or a prime
		     * minister, not a foreign minister */
		    (!(is(c, cu->np1 - 1, "leader") ||
		       is(c, cu->np1 - 1, "premier")) ||
		     top_post(c, m->tt0, m->t0)))
			adj = k;
	}
	if (best == NONE)
		best = adj;
	if (best != NONE)
		return c->canon[c->men[best].canon].name;
	/* "The representative of Pakistan said": a country's delegate
	 * no one titled so, named by the post */
	if ((i = delegate_of(c, cu)) != NONE)
		return post_name(c, skip_det(c, cu->np0, cu->np1), i);

	k = unnamed_source(c, ci);
	if (k != NONE)
		return c->cue[k].speaker;
	/* "One Western diplomat played down expectations. ... the
	 * diplomat said": brought in by no verb of speech */
	if ((two = indefinite_head_before(c, cu)) != NULL)
		return two;
	/* "The village trustee, who asked not to be named,": the post,
	 * no one named */
	if (anonymous_after(c, cu->np1))
		return post_name(c, skip_det(c, cu->np0, cu->np1), cu->np1);
	/* "Mark Rutte has arrived. ... the secretary general said": the
	 * person the paragraph is about, whom no title contradicts */
	ev = latest_person(c, cu->pos);
	/* (not a name inside the description: "The former St Andrews
	 * academic") */
	if (ev && ev->pos >= cu->np0 && ev->pos < cu->np1)
		ev = latest_person(c, cu->np0);
	if (ev && T(c, ev->pos)->para == para && !titled_otherwise(c, ev, cu))
		return ev->name;
	/* "Sir Keir Starmer has told European leaders ... Speaking in
	 * Downing Street, the Prime Minister said:": the person of the
	 * paragraph before, when the paragraph of the description names
	 * no one before it (places aside) and the description is a bare
	 * title */
	if (ev && T(c, ev->pos)->para + 1 == para && bare_title(c, cu, ev) &&
	    !named_before(c, cu->pos) && !titled_otherwise(c, ev, cu))
		return ev->name;
	/* "the 60-year-old former envoy", "the veteran diplomat": words
	 * for someone already named, never for someone still to come;
	 * "The 57-year-old president" whom the latest person's titles
	 * belie is the latest person, however far back (2,000 mentions),
	 * whose titles hold the post */
	if (ev && known_before(c, cu) &&
	    !has_word(c, cu->np0, cu->np1, "former") &&
	    titled_otherwise(c, ev, cu) &&
	    (hl = titled_before(c, cu)) != NULL)
		return hl;
	if (ev && known_before(c, cu) &&
	    (hl = aged_post_before(c, cu)) != NULL)
		return hl;
	if (ev && known_before(c, cu))
		return ev->name;
	/* '« ... », he added. « ... », the President went on': the
	 * person the cue before took up, in this paragraph or the one
	 * before, when the description is a bare title no other title
	 * of theirs belies */
	if (ci > 0 && (prev = &c->cue[ci - 1])->speaker &&
	    (prev->kind == NP_HE || prev->kind == NP_PERSON) &&
	    para - T(c, prev->pos)->para <= 1 &&
	    strcmp(prev->speaker, SPEAKER_UNKNOWN)) {
		struct event pe;

		pe.pos = prev->pos;
		pe.name = prev->speaker;
		pe.person = 1;
		if (bare_title(c, cu, &pe) && !titled_otherwise(c, &pe, cu))
			return prev->speaker;
	}
	/* "Paulo Rangel: «...»" over "The Minister of State and Foreign
	 * Affairs says that ...", no one named before: the headline's
	 * label, not the next person the body quotes */
	if (para <= 2 && (hl = headline_name(c)) != NULL &&
	    (!(ev = latest(c, cu->pos, 1)) ||
	     (T(c, ev->pos)->para == 0 && !strcmp(ev->name, hl))))
		return hl;
	for (k = ci + 1; k < c->ncue; k++) {
		if (T(c, c->cue[k].pos)->para > para + 2)
			break;
		/* a person named after another description is that one's;
		 * the same description again ("Tanaiste says ..." over "The
		 * Tanaiste has said") is the same person */
		if (c->cue[k].kind == NP_DESC && c->cue[k].from == NONE) {
			if (!depth && same_roles(c, cu, &c->cue[k]))
				return resolve_desc_at(c, k, 1);
			break;
		}
		/* "the head of state" is no "Jordan Bardella, president
		 * of the Rassemblement national": a president by title */
		if (c->cue[k].kind == NP_PERSON &&
		    !other_titles(c, cu, &c->cue[k]) &&
		    (!hos || titled_president(c, c->cue[k].np0,
					      c->cue[k].np1)))
			return c->cue[k].speaker;
	}
	/* "The prime minister says ..." in a standfirst, then "Prime
	 * Minister Robert Fico (Smer) wants ...": the person named next,
	 * within two paragraphs, whose titles hold every role word of the
	 * description */
	if (cu->np1 - cu->np0 >= 2 && is(c, cu->np0, "the") &&
	    !known_before(c, cu) &&
	    /* (no one spoken of in this paragraph or the one before) */
	    !((ev = latest_person(c, cu->pos)) != NULL &&
	      T(c, ev->pos)->para + 1 >= para))
		for (k = mention_from(c, cu->np1), i = 0;
		     k < c->nmen && i++ < 50; k++) {
			m = &c->men[k];
			if (T(c, m->t0)->para > para + 2)
				break;
			if (m->tt0 < m->t0 &&
			    titled_so(c, &c->canon[m->canon], cu->np0 + 1,
				      cu->np1))
				return c->canon[m->canon].name;
		}
	/* "The President of Russia noted" in a readout that titles only
	 * the other president: the latest person not titled elsewhere */
	if ((hl = country_leader(c, cu)) != NULL)
		return hl;
	/* "the Russian ambassador in Stockholm", "the Russian leader",
	 * matching no one's titles: the post, not a guess */
	for (i = cu->np0; i < cu->np1; i++)
		if (((is(c, i, "in") || is(c, i, "to")) && i > cu->np0 &&
		     IN(c, i - 1, roles)) ||
		    demonym_of(c, i) || IN(c, i, countries))
			return post_name(c, skip_det(c, cu->np0, cu->np1),
					 cu->np1);
	ev = latest(c, cu->pos, 1);
	if (ev && ev->pos >= cu->np0 && ev->pos < cu->np1)
		ev = latest(c, cu->np0, 1);
	while (ev && strstr(ev->name, " and ")) /* one of two is no one */
		ev = latest(c, ev->pos, 1);
	/* '"...", the premier said' after "Defence Minister Guido
	 * Crosetto said ..." and "the line that Giorgia Meloni has
	 * defended": a bare title the latest speaker's titles belie is
	 * the person named since, in this paragraph or the one before,
	 * whom no title belies */
	if (ev && bare_title(c, cu, ev) && titled_otherwise(c, ev, cu))
		for (k = mention_from(c, cu->np0), i = 0;
		     k-- > 0 && i++ < 50;) {
			struct event pe;

			m = &c->men[k];
			if (T(c, m->t0)->para + 1 < para || m->t0 <= ev->pos)
				break;
			pe.pos = m->t0;
			pe.name = c->canon[m->canon].name;
			pe.person = 1;
			if (c->canon[m->canon].ntok >= 2 && !c->inq[m->t0] &&
			    strcmp(pe.name, ev->name) &&
			    !titled_otherwise(c, &pe, cu))
				return pe.name;
		}
	/* "Stoltenberg: NATO's door 'remains open'", then only "the
	 * alliance's secretary general said": the headline's label,
	 * when no one was named before */
	if (!ev && (hl = headline_name(c)) != NULL)
		return hl;
	/* "the host of a prime-time talk show", with no one named
	 * before: the post */
	if (!ev && cu->np1 - cu->np0 >= 3 &&
	    has_word(c, cu->np0, cu->np1, "of"))
		return post_name(c, skip_det(c, cu->np0, cu->np1), cu->np1);
	return ev ? ev->name : SPEAKER_UNKNOWN;
}

/*
 * "Helme, she said, was \"repeating ...\"": the person the sentence is
 * about, before a pronoun's aside, is not the one who speaks.
 */
static int aside_topic(const struct ctx *c, const struct cue *cu,
		       const struct event *ev)
{
	size_t s0 = sent0(c, cu->np0);

	/* not "Mette Frederiksen goes further: Europe, she says, ...",
	 * whose person is the subject of a clause before the aside */
	return cu->np0 > s0 + 1 && T(c, cu->np0 - 1)->punct == ',' &&
	       cu->pos + 1 < c->a->ntok && T(c, cu->pos + 1)->punct == ',' &&
	       ev->pos >= s0 && ev->pos < cu->np0 && cu->np0 - ev->pos <= 5;
}

/* "Democrat", "Republican", "Conservative", "Socialist": a party's
 * member, in capitals, as a post */
static int party_member(const struct ctx *c, size_t i)
{
	return is_cap(c, i) && !plural(c, i) &&
	       (is(c, i, "democrat") || is(c, i, "republican") ||
		is(c, i, "conservative") || is(c, i, "socialist")) &&
	       !(i + 1 < c->a->ntok && is_cap(c, i + 1) && is_word(c, i + 1));
}

/*
 * "I spoke with a senior official in the Presidential Office, who asked
 * not to be named ... \"...,\" he said": an unnamed person brought in
 * after the latest person named (token from) and at most a paragraph
 * before the pronoun at pos, in a sentence that names no one; that
 * person's description, or NULL.
 */
/*
 * "A senior government official, speaking on background because they
 * were not authorized to ...,": a source the article calls "they" in
 * [i, e), no "he" or "she" later; 1 if so.
 */
static int said_they(const struct ctx *c, size_t i, size_t e)
{
	size_t k;

	for (k = i; k + 2 < e && k < i + 30; k++)
		if (is(c, k, "they") && !c->inq[k] &&
		    (is(c, k + 2, "authorized") ||
		     is(c, k + 2, "authorised") ||
		     (k + 3 < e && (is(c, k + 3, "authorized") ||
				    is(c, k + 3, "authorised")))))
			return 1;
	return 0;
}

static const char *indefinite_before(struct ctx *c, size_t from, size_t pos)
{
	size_t p = T(c, pos)->para, lo, k, j, s, m;

	lo = c->a->para[p > 0 ? p - 1 : 0].tok0;
	if (from + 1 > lo)
		lo = from + 1;
	/* (and no further than 400 tokens: a paragraph of thousands of
	 * sentences is not read once per pronoun) */
	if (pos > 400 && lo < pos - 400)
		lo = pos - 400;
	for (k = sent0(c, pos); k-- > lo;) {
		if (!(is(c, k, "a") || is(c, k, "an")) || c->inq[k])
			continue;
		/* "The diplomat, a former foreign minister,": someone
		 * already there */
		if (k > 0 && T(c, k - 1)->punct == ',')
			continue;
		for (j = k + 1; j < k + 4 && j < pos && is_word(c, j) &&
				!IN(c, j, roles) && !party_member(c, j) &&
				!IN(c, j, function_words) &&
				!verb_class(c, j) && !is_aux(c, j);
		     j++)
			;
		/* "a former foreign minister": the last role word */
		while (j + 1 < pos && j < k + 6 && IN(c, j, roles) &&
		       is_lowerword(c, j + 1) && IN(c, j + 1, roles))
			j++;
		/* "a senior Social Democrat": a party's member */
		if (j < pos && party_member(c, j)) {
			s = sent0(c, k);
			for (m = mention_from(c, s); m < c->nmen &&
						     c->men[m].t0 < sent1(c, k);
			     m++)
				if (!c->inq[c->men[m].t0] &&
				    c->canon[c->men[m].canon].ntok >= 2 &&
				    (c->men[m].t0 > j || c->men[m].t1 <= k))
					break;
			if (m < c->nmen && c->men[m].t0 < sent1(c, k))
				continue;
			return post_name(c, k + 1, j + 1);
		}
		if (j >= pos || !IN(c, j, roles) || !is_lowerword(c, j) ||
		    IN(c, j, honorific) || plural(c, j))
			continue;
		/* "a foreign policy", "a national army": the post's word
		 * before a plain noun is an adjective, no one (but "a
		 * diplomat familiar with the talks") */
		if (j + 1 < pos && is_lowerword(c, j + 1) &&
		    !is_lexicon(c, j + 1) && !IN(c, j + 1, adverbs) &&
		    !is_aux(c, j + 1) && !past_word(c, j + 1) &&
		    !ing_word(c, j + 1) && !is(c, j + 1, "familiar") &&
		    !is(c, j + 1, "close"))
			continue;
		/* "a spokesperson for the EU Monitoring Mission" speaks
		 * as the body, no one of their own */
		if (j + 1 < pos && is(c, j + 1, "for"))
			continue;
		/* "... in the Presidential Office" */
		if (j + 2 < pos && (is(c, j + 1, "in") || is(c, j + 1, "at") ||
				    is(c, j + 1, "from"))) {
			m = j + 2 < pos && is_det(c, j + 2) ? j + 3 : j + 2;
			while (m < pos && m - j < 7 && is_cap(c, m) &&
			       is_word(c, m))
				m++;
			if (m > j + 2 && is_cap(c, m - 1))
				j = m - 1;
		}
		s = sent0(c, k);
		for (m = mention_from(c, s); m < c->nmen &&
					     c->men[m].t0 < sent1(c, k);
		     m++)
			if (!c->inq[c->men[m].t0] &&
			    (c->men[m].t0 < k || c->men[m].t0 > j) &&
			    c->canon[c->men[m].canon].ntok >= 2)
				return NULL; /* "Stoltenberg met a diplomat" */
		if (said_they(c, j + 1, sent1(c, k)))
			continue;
		return post_name(c, k + 1, j + 1);
	}
	return NULL;
}

static char sex_of(const struct ctx *c, const char *name)
{
	size_t k;

	for (k = 0; name && k < c->ng; k++)
		if (!strcmp(c->gname[k], name))
			return c->gsex[k];
	return 0;
}

static void note_sex(struct ctx *c, const char *name, char sex)
{
	size_t k;

	if (!name || !sex || !strcmp(name, SPEAKER_UNKNOWN))
		return;
	for (k = 0; k < c->ng; k++)
		if (!strcmp(c->gname[k], name)) {
			if (c->gsex[k] != sex)
				c->gsex[k] = 'x';
			return;
		}
	if (c->ng < sizeof(c->gname) / sizeof(c->gname[0])) {
		c->gname[c->ng] = name;
		c->gsex[c->ng++] = sex;
	}
}

/* 'm' for "he", "him", "his", 'f' for "she", "her", else 0. */
static char pronoun_sex(const struct ctx *c, size_t i)
{
	if (is(c, i, "he") || is(c, i, "him") || is(c, i, "his"))
		return 'm';
	if (is(c, i, "she") || is(c, i, "her"))
		return 'f';
	return 0;
}

/* "Mr. Rutte", "Ms. Kallas", "Sir Keir Starmer", "Baroness Ashton":
 * the courtesy title before each mention. */
static void honorific_sexes(struct ctx *c)
{
	size_t k, j;

	/* (posts the lexicon knows: a flag is tested before words) */
	static const char *const fem[] = { "spokeswoman", "chairwoman",
					   "businesswoman", "queen",
					   "princess", NULL };
	static const char *const masc[] = { "spokesman", "chairman",
					    "businessman", "king", "prince",
					    NULL };

	for (k = 0; k < c->nmen; k++)
		for (j = c->men[k].tt0; j < c->men[k].t0; j++) {
			/* "spokeswoman Maria Zakharova" (not "chairman
			 * of the Asia Pacific Initiative") */
			if (!IN(c, j, roles) ||
			    !strchr("SsCcBbQqPpKk",
				    c->a->text[T(c, j)->start]) ||
			    has_word(c, j, c->men[k].t0, "of"))
				;
			else if (article_is_any(c->a, j, fem))
				note_sex(c, c->canon[c->men[k].canon].name, 'f');
			else if (article_is_any(c->a, j, masc))
				note_sex(c, c->canon[c->men[k].canon].name, 'm');
			if (!IN(c, j, honorific))
				continue;
			if (is(c, j, "mr") || is(c, j, "mr.") ||
			    is(c, j, "sir") || is(c, j, "lord"))
				note_sex(c, c->canon[c->men[k].canon].name, 'm');
			else if (is(c, j, "ms") || is(c, j, "ms.") ||
				 is(c, j, "mrs") || is(c, j, "mrs.") ||
				 is(c, j, "madam") || is(c, j, "dame") ||
				 is(c, j, "lady") || is(c, j, "baroness"))
				note_sex(c, c->canon[c->men[k].canon].name, 'f');
		}
}

/*
 * A "she" the person found for it cannot be ("Mr. Rutte told her ...
 * \"...,\" she said"): the latest person before, within ten paragraphs,
 * whom the article does not say is of the other sex; NULL if none.
 */
static const char *same_sex_before(const struct ctx *c, const struct cue *cu,
				   char sex, const char *wrong)
{
	const struct event *e = latest(c, cu->pos, 1);
	const struct cue *o;
	size_t n, k, para = T(c, cu->pos)->para;
	char other = sex == 'm' ? 'f' : 'm';

	/* (ten paragraphs: only a person the article says is of the
	 * other sex is passed over, so the window may be wide) */
	for (n = 0; e && n < 24 && para - T(c, e->pos)->para <= 10; n++) {
		if (strcmp(e->name, wrong) && sex_of(c, e->name) != other)
			return e->name;
		e = latest(c, e->pos, 1);
	}
	/* "she said" after her surname's last subject went out of reach:
	 * whom the latest "she" took up */
	for (k = (size_t)(cu - c->cue), n = 0; k-- > 0 && n++ < 200;) {
		o = &c->cue[k];
		if (para - T(c, o->pos)->para > 10)
			break;
		if (o->kind == NP_HE && o->speaker && o->np1 > o->np0 &&
		    pronoun_sex(c, o->np0) == sex &&
		    strcmp(o->speaker, SPEAKER_UNKNOWN) &&
		    strcmp(o->speaker, wrong) &&
		    sex_of(c, o->speaker) != other)
			return o->speaker;
	}
	return NULL;
}

/*
 * "Pashinian was responding to comments by spokeswoman Maria Zakharova.
 * She warned ...": the latest person named outside quotation marks in
 * the pronoun's sentence or the one before whom the article says is of
 * the pronoun's sex, after token after (where the person found was
 * named) when that person is not known to be; NULL if none.
 */
static const char *sexed_just_before(const struct ctx *c,
				     const struct cue *cu, char sex,
				     size_t after)
{
	size_t k = mention_from(c, cu->np0), s = T(c, cu->np0)->sent;
	size_t s0 = c->a->sent[s > 0 ? s - 1 : 0].tok0, n = 0;
	const char *name;

	while (k-- > 0 && c->men[k].t0 >= s0 && c->men[k].t0 > after &&
	       n++ < 20) {
		name = c->canon[c->men[k].canon].name;
		if (!c->inq[c->men[k].t0] && sex_of(c, name) == sex)
			return name;
	}
	return NULL;
}

/*
 * A "he" with no subject before it to take up: the person last named in
 * full (two words or more) outside quotation marks, within the two
 * paragraphs before token pos ("When I met Alexander Stubb in his
 * office, ... \"...,\" he told me"); NULL if none.
 */
static const char *named_object(const struct ctx *c, size_t pos)
{
	size_t k = mention_from(c, pos), para = T(c, pos)->para;

	while (k-- > 0) {
		if (para - T(c, c->men[k].t0)->para > 2)
			break;
		if ((c->canon[c->men[k].canon].ntok >= 2 ||
		     titled_surname(c, &c->men[k])) &&
		    !c->inq[c->men[k].t0])
			return c->canon[c->men[k].canon].name;
	}
	return NULL;
}

/*
 * The person named last in paragraph p (a full name, outside quotation
 * marks), with *ms, *me the bytes of that mention; or NULL.
 */
/* The one person named in full whose first name is word i, or NULL. */
static const char *first_name_of(const struct ctx *c, size_t i)
{
	size_t k, n = T(c, i)->end - T(c, i)->start;
	const char *found = NULL, *name;

	for (k = 0; k < c->ncanon && k < 500; k++) {
		name = c->canon[k].name;
		if (c->canon[k].ntok < 2 ||
		    strncmp(name, c->a->text + T(c, i)->start, n) ||
		    name[n] != ' ')
			continue;
		if (found && strcmp(found, name))
			return NULL;
		found = name;
	}
	return found;
}

static const char *last_person_in(struct ctx *c, size_t p, size_t *ms,
				  size_t *me)
{
	size_t k = mention_from(c, c->a->para[p].tok1);
	const struct mention *m;
	const char *name;

	size_t i, j;

	while (k-- > 0) {
		m = &c->men[k];
		if (T(c, m->t0)->para != p)
			break;
		if (c->canon[m->canon].ntok >= 2 && !c->inq[m->t0]) {
			*ms = T(c, m->tt0)->start;
			*me = T(c, m->t1 - 1)->end;
			return c->canon[m->canon].name;
		}
	}
	/* a line the parser took for a heading has no mentions: its last
	 * full name (among its last 50 tokens: a heading is short, and a
	 * run of names is not read back once per name) */
	for (i = c->a->para[p].tok1;
	     i > c->a->para[p].tok0 && c->a->para[p].tok1 - i < 50; i--) {
		if (!is_name_tok(c, i - 1) || c->inq[i - 1] ||
		    is_lexicon(c, i - 1))
			continue;
		j = run_start(c, i - 1, c->a->para[p].tok0);
		if (j == c->a->para[p].tok0)
			continue;
		/* "As we leave, Nodar calls after us from the gate:": a
		 * first name of someone named in full */
		if (i - j < 2 && (name = first_name_of(c, j)) != NULL) {
			*ms = T(c, j)->start;
			*me = T(c, j)->end;
			return name;
		}
		/* "Here's what Peskov said:": a surname of someone named
		 * in full */
		if (i - j < 2 && known_person(c, j)) {
			*ms = T(c, j)->start;
			*me = T(c, j)->end;
			return canon_name(c, j, i);
		}
		if (i - j < 2)
			continue;
		*ms = T(c, j)->start;
		*me = T(c, i - 1)->end;
		return canon_name(c, j, i);
	}
	return NULL;
}

/*
 * "Zelenskyy has just arrived at the summit venue. He told reporters":
 * with no one named in full, a one-word name that opens a sentence of
 * the same or the paragraph before, its verb in lower case after it (a
 * name no lexicon knows, no country, no body's word); the latest such,
 * or NULL.
 */
static const char *lone_name_subject(struct ctx *c, size_t pos)
{
	size_t s = T(c, pos)->sent, para = T(c, pos)->para, t0, n = 0;

	while (s-- > 0 && n++ < 30) { /* the latest 30 sentences */
		t0 = c->a->sent[s].tok0;
		if (para - T(c, t0)->para > 1)
			break;
		if (t0 + 2 < c->a->sent[s].tok1 && is_cap(c, t0) &&
		    is_word(c, t0) && !c->inq[t0] && !is_lexicon(c, t0) &&
		    !(T(c, t0)->flags & (ARTICLE_ACRONYM | ARTICLE_POSS)) &&
		    !c->a->para[T(c, t0)->para].headline &&
		    is_lowerword(c, t0 + 1) &&
		    (is_aux(c, t0 + 1) || past_word(c, t0 + 1) ||
		     s_verb(c, t0 + 1)))
			return canon_name(c, t0, t0 + 1);
	}
	return NULL;
}

/*
 * "I reread the speech Stubb gave in Kyiv in March, when he said that
 * ...": the one person named in full earlier in the pronoun's own
 * sentence, outside quotation marks and not as a possessive, when the
 * pronoun opens a clause of time or place; NULL if none, or more than
 * one.
 */
static const char *sentence_person(const struct ctx *c, const struct cue *cu)
{
	size_t k = mention_from(c, cu->np0), s0 = sent0(c, cu->np0);
	size_t found = NONE, w = cu->np0 - 1;

	/* only in a clause of time or place: "when he said" */
	if (cu->np0 <= s0 || !(is(c, w, "when") || is(c, w, "where") ||
			       is(c, w, "while") || is(c, w, "after")))
		return NULL;
	while (k-- > 0 && c->men[k].t0 >= s0) {
		if (c->inq[c->men[k].t0] ||
		    c->canon[c->men[k].canon].ntok < 2 ||
		    (T(c, c->men[k].t1 - 1)->flags & ARTICLE_POSS))
			continue;
		if (found != NONE && c->men[k].canon != c->men[found].canon)
			return NULL;
		found = k;
	}
	return found == NONE ? NULL : c->canon[c->men[found].canon].name;
}

/* Second pass, in text order: shared subjects, pronouns, descriptions. */
static void resolve_rest(struct ctx *c)
{
	size_t k;
	struct cue *cu;
	const struct event *ev;
	const char *last_p = NULL, *last_t = NULL, *unnamed, *other;
	size_t last_pp = 0, last_tp = 0;
	char sex;

	honorific_sexes(c);

	for (k = 0; k < c->ncue; k++) {
		cu = &c->cue[k];
		if (cu->from != NONE) {
			const struct cue *src = &c->cue[cu->from];

			cu->speaker = src->speaker;
			cu->kind = src->kind;
			cu->ms = src->ms;
			cu->me = src->me;
		} else if (cu->kind == NP_HE || cu->kind == NP_IT) {
			int person = cu->kind == NP_HE, named;

			ev = person ? latest_person(c, cu->pos) :
				      latest(c, cu->pos, 0);
			while (ev && person && aside_topic(c, cu, ev))
				ev = latest(c, ev->pos, 1);
			cu->speaker = ev ? ev->name : NULL;
			named = person &&
				(!ev || ev->pos < sent0(c, cu->np0)) &&
				(other = sentence_person(c, cu)) != NULL;
			if (named) {
				cu->speaker = other;
				ev = NULL;
			}
			if (person &&
			    (unnamed = indefinite_before(c, ev ? ev->pos : 0,
							 cu->pos)) != NULL) {
				cu->speaker = unnamed;
				ev = NULL;
				last_p = NULL;
			}
			if (person && !named && last_p &&
			    (!ev || ev->pos < last_pp))
				cu->speaker = last_p;
			if (!person && last_t && (!ev || ev->pos < last_tp))
				cu->speaker = last_t;
			sex = person ? pronoun_sex(c, cu->np0) : 0;
			if (sex && cu->speaker &&
			    sex_of(c, cu->speaker) == (sex == 'm' ? 'f' : 'm') &&
			    (other = same_sex_before(c, cu, sex,
						     cu->speaker)) != NULL)
				cu->speaker = other;
			if (sex && cu->speaker && !named && ev &&
			    sex_of(c, cu->speaker) != sex &&
			    (other = sexed_just_before(c, cu, sex,
						       ev->pos)) != NULL)
				cu->speaker = other;
			/* "Farage blasts Starmer's pledge as he warns ...":
			 * in a headline, its subject */
			if (person && !cu->speaker && headline(c, cu->np0))
				cu->speaker = headline_subject(c, cu->np0);
			/* "When I met Alexander Stubb ... \"...,\" he told
			 * me": no subject yet, the person last named in
			 * full */
			if (person && !cu->speaker)
				cu->speaker = named_object(c, cu->pos);
			if (person && !cu->speaker)
				cu->speaker = lone_name_subject(c, cu->pos);
			note_sex(c, cu->speaker, sex);
			if (!cu->speaker)
				cu->speaker = SPEAKER_UNKNOWN;
		} else if (cu->kind == NP_DESC) {
			cu->speaker = resolve_desc(c, k);
		} else if (cu->kind == NP_HIS_OFFICE) {
			cu->speaker = is(c, cu->np0 + 1, "office") ?
				      his_office(c, cu->pos) : NULL;
			if (!cu->speaker)
				cu->speaker = his_body(c, cu);
			if (!cu->speaker)
				cu->speaker = org_name(c, cu->np0, cu->np1);
		}
		if (!cu->speaker)
			continue;
		if ((cu->kind == NP_HE || cu->kind == NP_DESC ||
		     (cu->from != NONE && cu->kind == NP_PERSON)) &&
		    /* "two officials briefed on the meeting" are no "she" */
		    !(cu->kind == NP_DESC && cu->np1 > cu->np0 &&
		      (counted_people(c, cu->np0, cu->np1) ||
		       plural(c, np_head(c, cu->np0, cu->np1)) ||
		       /* nor one the article calls "they" */
		       said_they(c, cu->np1, cu->pos)))) {
			last_p = cu->speaker;
			last_pp = cu->pos;
		} else if (cu->kind == NP_IT || cu->kind == NP_DOC ||
			   cu->kind == NP_ORG || cu->kind == NP_HIS_OFFICE) {
			last_t = cu->speaker;
			last_tp = cu->pos;
		}
	}
}

/* ---- quotes ---- */

/* Index of the last cue with pos < i, or NONE. */
static size_t cue_before(const struct ctx *c, size_t i);

/*
 * The first cue whose attribution starts at token i (its subject's first
 * word or its verb), or NULL. Cues are in order of pos and a subject is
 * in its verb's sentence, so only the cues from pos i to the end of i's
 * sentence can start there: no per-token table, which a long article
 * would pay for in memory.
 */
static const struct cue *cue_starting(const struct ctx *c, size_t i)
{
	size_t k, e;

	if (i >= c->a->ntok)
		return NULL;
	e = sent1(c, i);
	k = cue_before(c, i);
	for (k = k == NONE ? 0 : k + 1; k < c->ncue && c->cue[k].pos < e; k++)
		if (c->cue[k].first == i || c->cue[k].pos == i)
			return &c->cue[k];
	return NULL;
}

/* Index of the last cue with pos < i, or NONE. */
static size_t cue_before(const struct ctx *c, size_t i)
{
	size_t lo = 0, hi = c->ncue, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c->cue[mid].pos < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? lo - 1 : NONE;
}

/*
 * The earlier cue of its sentence whose reported clause cue k stands in
 * ("pointed out that Hungary has been asking Kyiv to ...": the asking is
 * part of what was pointed out, not words of its own), or NONE.
 */
static size_t outer_cue(const struct ctx *c, size_t k)
{
	size_t pos = c->cue[k].pos, s0 = sent0(c, pos), j;

	/* a clause ends within CLAUSE_MAX tokens of its start, which is
	 * near its verb: cues further back cannot hold this one */
	for (j = k; j-- > 0 && c->cue[j].pos >= s0 &&
		    pos - c->cue[j].pos <= 2 * CLAUSE_MAX;)
		if (c->cue[j].c1 > c->cue[j].c0 && c->cue[j].c0 <= pos &&
		    pos < c->cue[j].c1)
			return j;
	return NONE;
}

static int inside_clause(const struct ctx *c, size_t k)
{
	return outer_cue(c, k) != NONE;
}

/*
 * 'According to Zakharova, Moscow had warned Finland "many times"': in a
 * sentence that opens with "according to", a quotation is the source's,
 * unless the verb of speech after it has a person for its subject
 * ("According to the ministry, Lavrov said ..."). Cue k, or the
 * "according to" cue that opens sentence s0.
 */
static size_t according_first(const struct ctx *c, size_t k, size_t s0)
{
	size_t j;
	int kind = c->cue[k].kind;

	if (c->cue[k].type == CUE_ACCORDING || kind == NP_PERSON ||
	    kind == NP_HE || kind == NP_DESC)
		return k;
	for (j = k; j-- > 0 && c->cue[j].pos >= s0;)
		if (c->cue[j].type == CUE_ACCORDING && c->cue[j].pos == s0 &&
		    c->cue[j].speaker)
			return j;
	return k;
}

/*
 * The cue whose "that" clause holds cue k when "and that" or "but that"
 * stands between cue k and token i: the outer verb's second clause, not
 * the inner verb's words; else NONE.
 */
static size_t second_that(const struct ctx *c, size_t k, size_t i)
{
	size_t j = outer_cue(c, k), f;

	if (j == NONE || i >= c->cue[j].c1 || !c->cue[j].speaker ||
	    !(is(c, c->cue[j].c0, "that") ||
	      (c->cue[j].c0 > 0 && is(c, c->cue[j].c0 - 1, "that"))))
		return NONE;
	for (f = c->cue[k].pos + 1; f + 1 < i; f++)
		if ((is(c, f, "and") || is(c, f, "but")) &&
		    is(c, f + 1, "that"))
			return j;
	return NONE;
}

/* The cue that says who spoke quote q, or NONE. */
static size_t own_cue(const struct ctx *c, const struct quote *q)
{
	const struct article *a = c->a;
	const struct cue *cu;
	size_t k, s0, e, j;

	if (q->kind == QUOTE_PARTIAL) {
		k = cue_before(c, q->tok0);
		s0 = sent0(c, q->tok0);
		e = sent1(c, q->tok0);
		/* "said Canada would push for language in the summit
		 * declaration reaffirming that ... is \"irreversible.\"": a
		 * document's participle in the outer verb's clause, words
		 * the outer speaker wants it to hold */
		/* "responded that Albares's remarks showed that
		 * \"...\"": remarks that show something, inside the outer
		 * verb's clause, whose words are the outer speaker's */
		if (k != NONE && c->cue[k].pos >= s0 &&
		    IN(c, c->cue[k].pos, possnouns) &&
		    c->cue[k].pos + 2 < q->tok0 &&
		    is_lowerword(c, c->cue[k].pos + 1) &&
		    ((past_word(c, c->cue[k].pos + 1) &&
		      is(c, c->cue[k].pos + 2, "that")) ||
		     /* "said that Francken's remarks were \"...\"" */
		     is_aux(c, c->cue[k].pos + 1)) &&
		    (j = outer_cue(c, k)) != NONE &&
		    c->cue[j].pos < c->cue[k].pos &&
		    q->tok0 < c->cue[j].c1 && c->cue[j].speaker &&
		    strcmp(c->cue[j].speaker, SPEAKER_UNKNOWN))
			return j;
		if (k != NONE && c->cue[k].pos >= s0 &&
		    ing_word(c, c->cue[k].pos) &&
		    c->cue[k].np1 == c->cue[k].pos &&
		    c->cue[k].np1 > c->cue[k].np0 &&
		    IN(c, c->cue[k].np1 - 1, docs) &&
		    (j = outer_cue(c, k)) != NONE &&
		    q->tok0 < c->cue[j].c1 && c->cue[j].speaker &&
		    strcmp(c->cue[j].speaker, SPEAKER_UNKNOWN))
			return j;
		if (k != NONE && c->cue[k].pos >= s0 && c->cue[k].speaker) {
			/* "told reporters that the assembly had declared
			 * neutrality and that the decision \"is not up for
			 * discussion\"": the second "that" is the outer
			 * cue's */
			if ((j = second_that(c, k, q->tok0)) != NONE)
				return j;
			/* "he said that Pakistan maintained \"cordial
			 * relations\"": an inner verb of a country or body
			 * with an object, no clause, inside the outer verb's
			 * clause */
			if (c->cue[k].c1 <= c->cue[k].c0 &&
			    c->cue[k].kind != NP_HE &&
			    c->cue[k].kind != NP_PERSON &&
			    c->cue[k].kind != NP_DESC &&
			    c->cue[k].pos + 1 < e &&
			    T(c, c->cue[k].pos + 1)->punct != ':' &&
			    T(c, c->cue[k].pos + 1)->punct != ',' &&
			    !is(c, c->cue[k].pos + 1, "that") &&
			    (j = outer_cue(c, k)) != NONE &&
			    q->tok0 < c->cue[j].c1 && c->cue[j].speaker)
				return j;
			/* 'language that would describe its path as
			 * "irreversible," three diplomats told Reuters':
			 * a cue that names no one gives way to the one that
			 * attributes the whole sentence */
			/* "claimed, in a message posted on Telegram, that
			 * ... \"...\"": a cue inside the aside names no one;
			 * the clause is the verb's before it */
			if (!strcmp(c->cue[k].speaker, SPEAKER_UNKNOWN) &&
			    k > 0 && c->cue[k - 1].pos >= s0 &&
			    c->cue[k - 1].c0 <= q->tok0 &&
			    q->tok0 < c->cue[k - 1].c1 &&
			    c->cue[k - 1].speaker &&
			    strcmp(c->cue[k - 1].speaker, SPEAKER_UNKNOWN))
				return k - 1;
			if (!strcmp(c->cue[k].speaker, SPEAKER_UNKNOWN))
				for (j = k + 1; j < c->ncue &&
						c->cue[j].pos < e;
				     j++)
					if (c->cue[j].pos > q->tok1 &&
					    (c->cue[j].fronted ||
					     (q->close != QUOTE_NONE &&
					      c->cue[j].np0 > q->close &&
					      c->cue[j].np0 <= q->close + 2)) &&
					    c->cue[j].speaker &&
					    strcmp(c->cue[j].speaker,
						   SPEAKER_UNKNOWN))
						return j;
			return according_first(c, k, s0);
		}
	}
	if (q->close != QUOTE_NONE) {
		k = q->close + 1;
		while (k < a->ntok && T(c, k)->para == q->para &&
		       (T(c, k)->punct == ',' || T(c, k)->punct == ':' ||
			T(c, k)->punct == '-'))
			k++;
		if (k < a->ntok && T(c, k)->para == q->para) {
			cu = cue_starting(c, k);
			if (cu && cu->speaker)
				return (size_t)(cu - c->cue);
		}
	}
	/* 'He added: "..."', 'As X put it, "..."', 'Jens Stoltenberg, NATO
	 * secretary general — "..."' */
	if (q->open != QUOTE_NONE && q->open > a->para[q->para].tok0 &&
	    (T(c, q->open - 1)->punct == ':' ||
	     T(c, q->open - 1)->punct == ',' ||
	     T(c, q->open - 1)->punct == '-')) {
		k = cue_before(c, q->open);
		if (k != NONE && T(c, c->cue[k].pos)->sent ==
		    T(c, q->open - 1)->sent && c->cue[k].speaker &&
		    (T(c, q->open - 1)->punct != '-' ||
		     c->cue[k].type == CUE_LABEL))
			return k;
	}
	/* 'She laughed. "..."' */
	if (q->open != QUOTE_NONE && q->open >= 2 &&
	    T(c, q->open - 1)->punct == '.' &&
	    (k = cue_before(c, q->open)) != NONE &&
	    c->cue[k].pos + 2 == q->open && gesture(c, c->cue[k].pos) &&
	    c->cue[k].speaker)
		return k;
	if (q->kind != QUOTE_PARTIAL)
		return NONE;
	/* the nearest cue of the sentence, before the quote, then after */
	s0 = sent0(c, q->tok0);
	e = sent1(c, q->tok0);
	k = cue_before(c, q->tok0);

	if (k != NONE && c->cue[k].pos >= s0 && c->cue[k].speaker)
		return k;
	for (k = k == NONE ? 0 : k + 1; k < c->ncue; k++) {
		if (c->cue[k].pos >= e)
			break;
		if (c->cue[k].pos > q->tok1 && c->cue[k].speaker)
			return k;
	}
	/* the sentence before, in the same paragraph */
	if (s0 > a->para[q->para].tok0) {
		k = cue_before(c, s0);
		if (k != NONE && c->cue[k].pos >= sent0(c, s0 - 1) &&
		    c->cue[k].speaker)
			return k;
	}
	return NONE;
}

static void set_speaker(struct quote *q, const char *s, size_t ms,
			size_t me)
{
	free(q->speaker);
	q->speaker = xstrdup(s);
	q->mention_start = ms;
	q->mention_end = me;
}

static void copy_speaker(struct quote *q, const struct quote *from)
{
	set_speaker(q, from->speaker, from->mention_start, from->mention_end);
}

static int cmp_speaker_ptr(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/*
 * "The Russian Embassy called his words ..." in a standfirst, "the
 * Russian Embassy in Buenos Aires described" below: a body named
 * without its seat is the one body the article names with it. The
 * speakers with a seat are copied and sorted once, so each lookup is a
 * bisection.
 */
static void seated_bodies(struct quote_list *l)
{
	char **v = xcalloc(l->n + 1, sizeof(*v)), *t;
	size_t n = 0, k, lo, hi, mid, len;
	struct sbuf key = SBUF_INIT;

	/* (only names with a seat: most articles have none) */
	for (k = 0; k < l->n; k++)
		if (l->q[k].speaker && strstr(l->q[k].speaker, " in ") &&
		    (!n || strcmp(v[n - 1], l->q[k].speaker)))
			v[n++] = xstrdup(l->q[k].speaker);
	if (!n) {
		free(v);
		return;
	}
	qsort(v, n, sizeof(*v), cmp_speaker_ptr);
	for (k = 0; k < l->n; k++) {
		if (!l->q[k].speaker || !strcmp(l->q[k].speaker,
						SPEAKER_UNKNOWN) ||
		    !strchr(l->q[k].speaker, ' '))
			continue;
		sbuf_reset(&key);
		sbuf_add(&key, l->q[k].speaker, strlen(l->q[k].speaker));
		sbuf_add(&key, " in ", 4);
		len = strlen(key.buf);
		for (lo = 0, hi = n; lo < hi;) {
			mid = lo + (hi - lo) / 2;
			if (strcmp(v[mid], key.buf) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo >= n || strncmp(v[lo], key.buf, len))
			continue;
		t = v[lo];
		for (hi = lo + 1; hi < n && !strncmp(v[hi], key.buf, len) &&
				  !strcmp(v[hi], t);
		     hi++)
			;
		/* (one seat only: two embassies are two bodies) */
		if (hi < n && !strncmp(v[hi], key.buf, len))
			continue;
		t = xstrdup(t);
		free(l->q[k].speaker);
		l->q[k].speaker = t;
	}
	sbuf_release(&key);
	for (k = 0; k < n; k++)
		free(v[k]);
	free(v);
}

#define PULL_PARAS 8 /* paragraphs between a pull quote and its source */
/* quotations either side that a quotation may take its speaker from: a
 * paragraph of thousands of quotations is not read once per quotation */
#define NEAR_QUOTES 100

/* memmem() is a GNU extension; quotes are short, so a plain scan does. */
static int contains(const char *h, size_t hn, const char *n, size_t nn)
{
	size_t k;

	if (!nn)
		return 1;
	for (k = 0; k + nn <= hn; k++)
		if (h[k] == n[0] && !memcmp(h + k, n, nn))
			return 1;
	return 0;
}

/* contains(), ASCII letters in any case: a headline's title case */
static int contains_nocase(const char *h, size_t hn, const char *n,
			   size_t nn)
{
	size_t k, j;

	for (k = 0; k + nn <= hn; k++) {
		for (j = 0; j < nn && tolower((unsigned char)h[k + j]) ==
					      tolower((unsigned char)n[j]);
		     j++)
			;
		if (j == nn)
			return 1;
	}
	return 0;
}

/* Is quote qi's text (without its final full stop) inside another
 * quote's, a few paragraphs away at most (a pull quote)? In any case
 * when qi is in a headline ("Europe Must Stop Asking Washington"). */
static int pulled(const struct ctx *c, const struct quote_list *l,
		  size_t qi, size_t oi)
{
	const struct quote *q = &l->q[qi], *o = &l->q[oi];
	const char *s = c->a->text + q->start;
	size_t n = q->end - q->start;

	if (n && s[n - 1] == '.')
		n--;
	/* (the same words, or more of them; one word only in a heading,
	 * without a full stop: "In a poll for „Rzeczpospolita”, ..."
	 * names the paper, no one's word) */
	if (oi == qi || !o->speaker || !strcmp(o->speaker, SPEAKER_UNKNOWN) ||
	    o->end - o->start < n ||
	    (q->tok1 - q->tok0 == 1 && !headline(c, q->tok0) &&
	     T(c, c->a->para[q->para].tok1 - 1)->punct == '.'))
		return 0;
	return headline(c, q->tok0) ?
		       contains_nocase(c->a->text + o->start,
				       o->end - o->start, s, n) :
		       contains(c->a->text + o->start, o->end - o->start, s,
				n);
}

static const struct quote *pulled_from(const struct ctx *c,
				       const struct quote_list *l, size_t qi)
{
	size_t p = l->q[qi].para, k;
	/* (a title's words from anywhere in the first hundred quotes:
	 * "Borderlands, Episode 87: "A veto is not a strategy"" is the
	 * guest's last word) */
	size_t far = p == 0 ? c->a->npara : PULL_PARAS;

	for (k = qi + 1; k < l->n && k <= qi + NEAR_QUOTES &&
			 l->q[k].para <= p + far;
	     k++)
		if (pulled(c, l, qi, k))
			return &l->q[k];
	for (k = qi; k-- > 0 && qi - k <= NEAR_QUOTES &&
		     l->q[k].para + PULL_PARAS >= p;)
		if (pulled(c, l, qi, k))
			return &l->q[k];
	return NULL;
}

static int is_person_kind(int kind)
{
	return kind == NP_PERSON || kind == NP_HE || kind == NP_DESC;
}

/*
 * A lede credits a country with words a person says later ("Russia
 * threatened to \"strengthen\" its forces" ... he threatened Russia would
 * \"strengthen the grouping of ground forces\""): the quoted words are
 * the person's. Returns the quote, among those a person is the cue of
 * (kind[] from own_cue(), for the first n quotes), whose text holds the
 * words of quote qi as whole words within PULL_PARAS, or NULL.
 */
static int word_byte(char ch)
{
	return isalnum((unsigned char)ch) || (unsigned char)ch >= 0x80;
}

/* Does quote o hold the len bytes at s as whole words? */
static int holds_words(const struct ctx *c, const struct quote *o,
		       const char *s, size_t len)
{
	const char *h = c->a->text + o->start;
	size_t hn = o->end - o->start, k;

	for (k = 0; len && k + len <= hn; k++)
		if (h[k] == s[0] && !memcmp(h + k, s, len) &&
		    (k == 0 || !word_byte(h[k - 1])) &&
		    (k + len == hn || !word_byte(h[k + len])))
			return 1;
	return 0;
}

/*
 * Whether quote q's mention ends in people counted as many ("U.S.
 * officials", "NATO diplomats"): words those people say are not pulled
 * from a person's quotation that holds them, as a country's are.
 */
static int plural_people(const struct ctx *c, const struct quote *q)
{
	size_t lo = 0, hi = c->a->ntok, mid;

	if (q->mention_end <= q->mention_start)
		return 0;
	while (lo < hi) { /* the last token starting before the end */
		mid = lo + (hi - lo) / 2;
		if (T(c, mid)->start < q->mention_end)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && (IN(c, lo - 1, roles) || IN(c, lo - 1, many)) &&
	       plural(c, lo - 1);
}

static const struct quote *said_by_person(const struct ctx *c,
					  const struct quote_list *l,
					  const int *kind, size_t n, size_t qi)
{
	const struct quote *q = &l->q[qi], *o;
	const char *s = c->a->text + q->start;
	size_t len = q->end - q->start, k;

	while (len && (s[len - 1] == '.' || s[len - 1] == ','))
		len--;
	/* quotes are in text order: look a few paragraphs each way */
	for (k = qi + 1; k < n && k <= qi + NEAR_QUOTES &&
			 l->q[k].para <= q->para + PULL_PARAS;
	     k++) {
		o = &l->q[k];
		if (is_person_kind(kind[k]) && o->end - o->start > len &&
		    holds_words(c, o, s, len))
			return o;
	}
	for (k = qi; k-- > 0 && qi - k <= NEAR_QUOTES &&
		     l->q[k].para + PULL_PARAS >= q->para;) {
		o = &l->q[k];
		if (is_person_kind(kind[k]) && o->end - o->start > len &&
		    holds_words(c, o, s, len))
			return o;
	}
	return NULL;
}

/* Are all the words of paragraph p inside quotation marks? */
static int quote_only(const struct ctx *c, size_t p)
{
	size_t k;

	if (c->qonly[p])
		return c->qonly[p] == 2;
	for (k = c->a->para[p].tok0; k < c->a->para[p].tok1; k++)
		if (is_word(c, k) && !c->inq[k]) {
			c->qonly[p] = 1;
			return 0;
		}
	c->qonly[p] = 2;
	return 1;
}

/*
 * 'According to a White House readout, President Joe Biden "reaffirmed
 * the unwavering commitment ..."': a partial quote that opens with a
 * verb in the past, right after a person's name: that person, or NULL.
 */
static const char *subject_of_quoted_verb(struct ctx *c, const struct quote *q,
					  size_t *ms, size_t *me)
{
	size_t o = q->open, k;

	if (q->kind != QUOTE_PARTIAL || o == QUOTE_NONE || o == 0 ||
	    !is_name_tok(c, o - 1) || !is_lowerword(c, q->tok0) ||
	    !(ed_word(c, q->tok0) || verb_class(c, q->tok0)))
		return NULL;
	/* the mention ending right before the mark starts before it */
	k = mention_from(c, o);
	if (k == 0 || c->men[--k].t1 != o ||
	    c->canon[c->men[k].canon].ntok < 2)
		return NULL;
	*ms = T(c, c->men[k].tt0)->start;
	*me = T(c, o - 1)->end;
	return c->canon[c->men[k].canon].name;
}

/* Speaker of the last attribution in paragraph p, or NULL. */
static const char *last_in_para(const struct ctx *c,
				const struct quote_list *l, size_t from,
				size_t p, size_t *ms, size_t *me)
{
	size_t k = cue_before(c, c->a->para[p].tok1), j, lo = 0, hi = from, mid;

	/* past the quotes of the paragraphs after p (a search: a paragraph
	 * of thousands of quotations asks once per quotation), then the
	 * last NEAR_QUOTES of p's own */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (l->q[mid].para <= p)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (j = lo; j-- > 0 && l->q[j].para >= p && lo - j <= NEAR_QUOTES;) {
		if (l->q[j].para == p && l->q[j].speaker &&
		    (k == NONE || c->cue[k].pos < c->a->para[p].tok0 ||
		     l->q[j].tok1 > c->cue[k].pos)) {
			*ms = l->q[j].mention_start;
			*me = l->q[j].mention_end;
			return l->q[j].speaker;
		}
	}
	if (k == NONE || c->cue[k].pos < c->a->para[p].tok0 ||
	    !c->cue[k].speaker)
		return NULL;
	*ms = c->cue[k].ms;
	*me = c->cue[k].me;
	return c->cue[k].speaker;
}

static int ends_sentence_tok(const struct ctx *c, size_t i)
{
	char p = T(c, i)->punct;

	return p == '.' || p == '!' || p == '?';
}

/*
 * A surname alone opening a sentence as its subject ("Erdogan set three
 * conditions:"): its verb follows, and the article names it more than
 * once, so that a capitalised first word ("Sanctions followed:") is not
 * taken for a person.
 */
static int surname_subject(const struct ctx *c, const struct mention *m,
			   size_t k)
{
	return m->t0 == k && m->tt0 == k && m->t1 == k + 1 &&
	       c->canon[m->canon].count > 1 && is_lowerword(c, k + 1);
}

/*
 * A description before a colon (see blunt_description()) that no one's
 * titles match: the person a sentence of the same paragraph opened with
 * ("Kaja Kallas does not do diplomatic fog. Asked about ..., the EU's
 * foreign policy chief is blunt: \"...\""), if no one else is named
 * between.
 */
static void blunt_subject(struct ctx *c, struct quote *q, size_t d0,
			  size_t d1)
{
	const struct event *ev = latest_person(c, d0);
	size_t k;

	if (!ev || T(c, ev->pos)->para != q->para)
		return;
	for (k = mention_from(c, ev->pos + 1); k < c->nmen &&
					       c->men[k].t0 < d0; k++)
		if (strcmp(c->canon[c->men[k].canon].name, ev->name))
			return;
	set_speaker(q, ev->name, T(c, d0)->start, T(c, d1 - 1)->end);
}

/*
 * 'Asked whether ..., the Swedish prime minister was blunt: "No."': a
 * description, a form of "to be" and an adjective right before the
 * colon of quote q name the latest person before it whose titles hold
 * every role word of the description.
 */
static void blunt_description(struct ctx *c, struct quote *q)
{
	size_t v = q->open - 1, s0 = sent0(c, v), d1, d0, k, r, m;
	const struct canon *en;

	while (v > s0 && is_lowerword(c, v - 1) && !is_aux(c, v - 1) &&
	       q->open - 1 - v < 2)
		v--; /* "blunt", "more direct" */
	if (v == q->open - 1 || v <= s0 + 2 || !is_aux(c, v - 1))
		return;
	d1 = v - 1;
	/* role words, a country's adjective, a lower-case word between
	 * them ("foreign policy chief") */
	for (d0 = d1, r = 0; d0 > s0 && d1 - d0 < 5 &&
			     (IN(c, d0 - 1, roles) || demonym_of(c, d0 - 1) ||
			      (d0 < d1 && is_lowerword(c, d0 - 1) &&
			       !IN(c, d0 - 1, function_words) &&
			       !verb_class(c, d0 - 1) && !is_aux(c, d0 - 1)));
	     d0--)
		r += IN(c, d0 - 1, roles) != 0;
	/* "the EU's foreign policy chief": a body's possessive first */
	if (d0 > s0 + 1 && (T(c, d0 - 1)->flags & ARTICLE_POSS) &&
	    is_cap(c, d0 - 1))
		d0--;
	if (!r || d0 == s0 || !is(c, d0 - 1, "the") ||
	    !(d0 - 1 == s0 || T(c, d0 - 2)->punct == ','))
		return;
	for (m = mention_from(c, d0 - 1); m-- > 0;) {
		if (T(c, d0)->para - T(c, c->men[m].t0)->para > 5)
			break;
		en = &c->canon[c->men[m].canon];
		for (k = d0; k < d1; k++)
			if (IN(c, k, roles) && !canon_has_role(c, en, k))
				break;
		if (k == d1) {
			set_speaker(q, en->name, T(c, d0 - 1)->start,
				    T(c, d1 - 1)->end);
			return;
		}
	}
	blunt_subject(c, q, d0 - 1, d1);
}


/* The person of the article named in full whose surname token n is,
 * when no one else has that surname; NULL otherwise. */
static const char *sole_surname(struct ctx *c, size_t n)
{
	size_t k;

	fold_key(c, n);
	k = canon_find(c, c->key.buf);
	if (k == NONE || c->canon[k].ntok < 2 || c->canon[k].sibling ||
	    c->canon[k].next != NONE)
		return NULL;
	return c->canon[k].name;
}

/* A headline's quotation right after such a surname ("Zelensky 'not
 * here to beg' as ..."): that person. */
static void headline_name_before(struct ctx *c, struct quote *q)
{
	size_t n = q->open - 1;
	const char *name = sole_surname(c, n);

	if (name)
		set_speaker(q, name, T(c, n)->start, T(c, n)->end);
}

/* A headline's quotation after a colon whose sentence opens with such a
 * surname, then a verb in lower case ("Rutte keeps NATO door ajar for
 * Ukraine: '...'"): that person. */
static void headline_colon_subject(struct ctx *c, struct quote *q)
{
	size_t s0 = c->a->para[q->para].tok0;
	const char *name;

	if (s0 + 2 >= q->open || !is_name_tok(c, s0) ||
	    !is_lowerword(c, s0 + 1) || IN(c, s0 + 1, function_words))
		return;
	if ((name = sole_surname(c, s0)) != NULL)
		set_speaker(q, name, T(c, s0)->start, T(c, s0)->end);
}

/*
 * A quotation after a colon, with no speech verb: the person who opens
 * the colon's sentence ("Opposition leader Magdalena Andersson, a former
 * prime minister, struck a more cautious tone: \"...\"", "Erdogan set
 * three conditions:"), or the body that opens it ("The Kremlin was
 * furious:").
 */
static int has_cue(const struct ctx *c, size_t c0, size_t c1);

static void colon_subject(struct ctx *c, struct quote *q)
{
	size_t s0, lo, k, j, run0;
	const struct mention *m;

	if (q->open == QUOTE_NONE || q->open == 0 ||
	    q->open == c->a->para[q->para].tok0 ||
	    T(c, q->open - 1)->punct != ':')
		return;
	s0 = sent0(c, q->open - 1);
	k = s0 + (opening_conj(c, s0) ? 1 : 0);
	lo = mention_from(c, s0);
	if (lo < c->nmen && surname_subject(c, &c->men[lo], k) &&
	    c->men[lo].t1 < q->open) {
		m = &c->men[lo];
		set_speaker(q, c->canon[m->canon].name, T(c, k)->start,
			    T(c, k)->end);
		return;
	}
	/* past one-word runs that name no one in full ("Opposition") */
	while (lo < c->nmen && c->men[lo].t1 < q->open &&
	       c->canon[c->men[lo].canon].ntok < 2)
		lo++;
	if (lo == c->nmen || c->men[lo].t1 >= q->open) {
		/* "A third diplomat, from a Nordic country, was scathing:"
		 * an unnamed source, by its post ("Diplomat") */
		if (is_indef(c, k) && (j = desc_np(c, k)) > k + 1 &&
		    j < q->open && IN(c, j - 1, roles) &&
		    is_lowerword(c, j - 1)) {
			size_t d = k + 1;

			while (d + 1 < j && (is(c, d, "second") ||
					     is(c, d, "third") ||
					     is(c, d, "fourth")))
				d++;
			set_speaker(q, post_name(c, d, j), T(c, k)->start,
				    T(c, j - 1)->end);
			return;
		}
		j = body_opening(c, k, q->open - 1);
		/* "The Russian foreign ministry was blunt:" */
		if (j == NONE && !c->inq[k]) {
			j = head_np(c, s0);
			if (j <= k || j + 1 >= q->open ||
			    !is_lowerword(c, j) ||
			    np_kind(c, k, j, &run0) != NP_ORG)
				j = NONE;
		}
		/* (never a determiner alone: "The clause states:") */
		if (j != NONE && !(j == k + 1 && is_det(c, k)))
			set_speaker(q, body_name(c, k, j), T(c, k)->start,
				    T(c, j - 1)->end);
		else
			blunt_description(c, q);
		return;
	}
	m = &c->men[lo];
	/* or after an opening participle's phrase: "Asked whether the
	 * border could reopen, Häkkänen was blunt:" */
	if (!opens_sentence(c, m) &&
	    !(m->tt0 > k + 2 && T(c, m->tt0 - 1)->punct == ',' &&
	      (is(c, k, "asked") || is(c, k, "pressed") ||
	       ing_word(c, k) || IN(c, k, function_words)) &&
	      !has_cue(c, k + 1, m->tt0)))
		return;
	set_speaker(q, c->canon[m->canon].name, T(c, m->tt0)->start,
		    T(c, m->t1 - 1)->end);
}

/* Quotes with no cue of their own: borrow, in this order, from the
 * quote split by its attribution, the quotation it runs on from, an
 * earlier cue of the paragraph, the quote it was pulled from, and the
 * paragraph before a paragraph that is all quotation. */
/*
 * The person a label in capitals names, tokens [k0, k1) before its
 * colon ("NATO SECRETARY GENERAL JENS STOLTENBERG", "UKRAINIAN PRESIDENT
 * VOLODYMYR ZELENSKIY, ON TWITTER", "MIKKO SALONEN"): the words after
 * the last role word, up to the first comma (at most three), in the
 * spelling the article gives the person elsewhere, or in title case;
 * NULL if the label is not all capitals, or is one word the article
 * names no one by. *reporter is set when the
 * label calls the person a journalist ("ROB SCHMITZ, BYLINE", "MARY
 * LOUISE KELLY, HOST").
 */
/*
 * "SEN. PAUL:" under a hearing's header "MEMBERS PRESENT: SEN. RAND
 * PAUL (R-KY); ...": the name in capitals, in full, that ends in the
 * same word as the label's surname at token w, among the first 2000
 * tokens before the label; title-cased ("Rand Paul", "James E.
 * Risch"), or NULL.
 */
static const char *caps_full_name_scan(struct ctx *c, size_t w);

static const char *caps_full_name(struct ctx *c, size_t w)
{
	size_t n = T(c, w)->end - T(c, w)->start, k;
	const char *name;

	if (n >= sizeof(c->cfn_word[0]))
		return caps_full_name_scan(c, w);
	for (k = 0; k < c->ncfn && k < 8; k++)
		if (strlen(c->cfn_word[k]) == n &&
		    !strncasecmp(c->cfn_word[k], c->a->text + T(c, w)->start,
				 n))
			return c->cfn_name[k];
	name = caps_full_name_scan(c, w);
	k = c->ncfn++ % 8;
	memcpy(c->cfn_word[k], c->a->text + T(c, w)->start, n);
	c->cfn_word[k][n] = '\0';
	c->cfn_name[k] = name;
	return name;
}

static const char *caps_full_name_scan(struct ctx *c, size_t w)
{
	size_t n = T(c, w)->end - T(c, w)->start, e, j, k, words;
	struct sbuf sb = SBUF_INIT;

	e = c->a->para[T(c, w)->para].tok0;
	for (j = 1; j < e && j < 2000; j++) {
		if (!(T(c, j)->flags & ARTICLE_ACRONYM) ||
		    T(c, j)->end - T(c, j)->start != n ||
		    strncasecmp(c->a->text + T(c, j)->start,
				c->a->text + T(c, w)->start, n))
			continue;
		/* back over first names and initials in capitals */
		for (k = j, words = 0; k > 0 && j - k < 6; k--) {
			const struct article_tok *t = T(c, k - 1);

			if (t->end - t->start == 2 && (t->flags & ARTICLE_CAP) &&
			    c->a->text[t->start + 1] == '.')
				continue; /* "E." */
			if (!(t->flags & ARTICLE_ACRONYM) ||
			    (t->flags & ARTICLE_DIGIT) || IN(c, k - 1, roles) ||
			    IN(c, k - 1, function_words))
				break;
			words++;
		}
		if (words < 1 || T(c, k)->para != T(c, j)->para)
			continue;
		for (; k <= j; k++) {
			if (sb.len)
				sbuf_addc(&sb, ' ');
			article_title_case(&sb, c->a->text + T(c, k)->start,
					   T(c, k)->end - T(c, k)->start);
		}
		return keep(c, sbuf_detach(&sb));
	}
	return NULL;
}

static const char *caps_name(struct ctx *c, size_t k0, size_t k1,
			     int *reporter)
{
	size_t k, n0, n1 = NONE;
	struct sbuf sb = SBUF_INIT;

	*reporter = 0;
	if (k1 <= k0)
		return NULL;
	/* "ACT RUSU", "SOT BOTNARU": a radio or TV script's tag for a
	 * recorded voice (an actuality, sound on tape) */
	if (k1 > k0 + 1 && (is(c, k0, "act") || is(c, k0, "sot") ||
			    is(c, k0, "soundbite") || is(c, k0, "clip"))) {
		k0++;
		/* ("CLIP, IRAKLI KOBAKHIDZE (voice of interpreter):") */
		if (k0 + 1 < k1 && T(c, k0)->punct == ',')
			k0++;
	}
	for (k = k0; k < k1; k++) {
		/* "[CLIP] HERBERT KICKL": a tag before the name */
		if (k == k0 && T(c, k)->punct == '[') {
			while (k + 1 < k1 && T(c, k)->punct != ']')
				k++;
			continue;
		}
		/* "(RET.)", "(through translator)", "[in English]": an
		 * aside, no name */
		if (T(c, k)->punct == '(' || T(c, k)->punct == '[') {
			char close = T(c, k)->punct == '(' ? ')' : ']';

			if (n1 == NONE)
				n1 = k;
			while (k + 1 < k1 && T(c, k)->punct != close)
				k++;
			continue;
		}
		if (T(c, k)->punct == ',' && n1 == NONE)
			n1 = k;
		else if (is_word(c, k) &&
			 !(T(c, k)->flags & ARTICLE_ACRONYM) &&
			 !(T(c, k)->flags & ARTICLE_DIGIT) &&
			 /* ("ANAHIT MKRTCHYAN, student, Yerevan") */
			 !(n1 != NONE && n1 >= k0 + 2))
			return NULL; /* not all capitals */
		else if (!is_word(c, k) && T(c, k)->punct != ',' &&
			 T(c, k)->punct != '.')
			return NULL;
		if (quote_reporter_word(c->a, k))
			*reporter = 1;
	}
	if (n1 == NONE)
		n1 = k1;
	for (n0 = n1; n0 > k0 && is_word(c, n0 - 1) && !IN(c, n0 - 1, roles);
	     n0--)
		;
	if (n0 == n1 || n1 - n0 > 3)
		return NULL;
	fold_key(c, n1 - 1);
	k = canon_find(c, c->key.buf);
	/* (a title and a surname, "SEN. PAUL:", named in full only in a
	 * header in capitals) */
	if (n1 - n0 == 1 && n0 > k0 && (k == NONE || c->canon[k].ntok < 2) &&
	    (IN(c, n0 - 1, roles) ||
	     (T(c, n0 - 1)->punct == '.' && n0 - 1 > k0 &&
	      T(c, n0 - 2)->end - T(c, n0 - 2)->start <= 4))) {
		const char *full = caps_full_name(c, n0);

		if (full)
			return full;
	}
	if (k != NONE && c->canon[k].ntok >= n1 - n0)
		return c->canon[canon_at(c, k, n0, n1)].name;
	if (n1 - n0 < 2)
		return NULL; /* "UPDATE:", "SCHMITZ:": no one named in full */
	/* "BY THE NUMBERS:", "THE BIG STORY:": a rubric, not a name */
	for (k = n0; k < n1; k++)
		if (IN(c, k, function_words) && !IN(c, k, particles))
			return NULL;
	for (k = n0; k < n1; k++) {
		if (k > n0)
			sbuf_addc(&sb, ' ');
		article_title_case(&sb, c->a->text + T(c, k)->start,
				   T(c, k)->end - T(c, k)->start);
	}
	return keep(c, sbuf_detach(&sb));
}

/*
 * A paragraph that is only a label in capitals before the quotation
 * under it, as wire services list quotes ("NATO SECRETARY GENERAL JENS
 * STOLTENBERG:"): the person it names (caps_name()), or NULL. [*ms,
 * *me) are set to the label's bytes.
 */
static const char *caps_label(struct ctx *c, size_t p, size_t *ms,
			      size_t *me)
{
	const struct article_para *pa = &c->a->para[p];
	const char *name;
	int reporter;

	if (pa->tok1 < pa->tok0 + 3 || T(c, pa->tok1 - 1)->punct != ':')
		return NULL;
	name = caps_name(c, pa->tok0, pa->tok1 - 1, &reporter);
	if (!name || reporter)
		return NULL;
	*ms = T(c, pa->tok0)->start;
	*me = T(c, pa->tok1 - 2)->end;
	return name;
}

/*
 * A Reuters "Instant View" heading: paragraph p all in capitals, its
 * first line a name of two to four words ("MARK RUTTE") or a post
 * ("SENIOR EUROPEAN DIPLOMAT"), its next line who they are ("NATO
 * SECRETARY GENERAL, AT THE SUMMIT'S CLOSING NEWS CONFERENCE"): the
 * person or the post, whose words the quotations under it are; NULL if
 * paragraph p is no such heading.
 */
static const char *caps_block(struct ctx *c, size_t p, size_t *ms,
			      size_t *me)
{
	const struct article_para *pa = &c->a->para[p];
	size_t k, nl = NONE, posts = 0;
	int reporter;
	const char *name;
	struct sbuf sb = SBUF_INIT;

	/* (a heading is short: a long paragraph is read no further) */
	if (pa->headline || pa->tok1 < pa->tok0 + 4 ||
	    pa->tok1 > pa->tok0 + 60)
		return NULL;
	for (k = pa->tok0; k < pa->tok1; k++) {
		/* (all capitals: "ON X" too, a capital alone) */
		if (is_word(c, k) && !(T(c, k)->flags & ARTICLE_ACRONYM) &&
		    !(T(c, k)->flags & ARTICLE_DIGIT) &&
		    !(is_cap(c, k) && T(c, k)->end == T(c, k)->start + 1))
			return NULL;
		if (nl == NONE && k > pa->tok0 &&
		    line_break_before(c, k))
			nl = k;
	}
	if (nl == NONE || nl - pa->tok0 < 2 || nl - pa->tok0 > 4)
		return NULL;
	for (k = pa->tok0; k < nl; k++) {
		if (!is_word(c, k))
			return NULL;
		posts += IN(c, k, roles) != 0;
	}
	*ms = T(c, pa->tok0)->start;
	*me = T(c, nl - 1)->end;
	if (!posts)
		return caps_name(c, pa->tok0, nl, &reporter);
	/* a post: in lower case but for a people's adjective */
	for (k = pa->tok0; k < nl; k++) {
		size_t at = sb.len;

		if (k > pa->tok0)
			sbuf_addc(&sb, ' ');
		at = sb.len;
		if (k == pa->tok0 || demonym_of(c, k) || IN(c, k, countries))
			article_title_case(&sb, c->a->text + T(c, k)->start,
					   T(c, k)->end - T(c, k)->start);
		else
			article_fold(&sb, c->a->text + T(c, k)->start,
				     T(c, k)->end - T(c, k)->start);
		(void)at;
	}
	name = keep(c, sbuf_detach(&sb));
	return name;
}

/*
 * A roundup's heading for a post: paragraph p is a name or a body, its
 * titles after a comma, a handle in brackets and a time ("Volodymyr
 * Zelensky, President of Ukraine (@V_Zelenskiy_official), 08:41",
 * "Ministry of Foreign Affairs of Ukraine (@MFA_Ukraine), 09:30"): who
 * posted the quotation under it; NULL if paragraph p is no such line.
 */
static const char *handle_heading(struct ctx *c, size_t p, size_t *ms,
				  size_t *me)
{
	const struct article_para *pa = &c->a->para[p];
	size_t k, e = NONE, handle = NONE;

	/* (a line of its own, without a full stop: read as a heading) */
	if (p == 0 || pa->tok1 < pa->tok0 + 4 || !is_cap(c, pa->tok0))
		return NULL;
	for (k = pa->tok0; k < pa->tok1 && k < pa->tok0 + 30; k++) {
		if (is_word(c, k) && is_lowerword(c, k) && verb_class(c, k))
			return NULL;
		if (e == NONE && (T(c, k)->punct == ',' ||
				  T(c, k)->punct == '('))
			e = k;
		if (T(c, k)->punct == '(' && k + 1 < pa->tok1 &&
		    c->a->text[T(c, k + 1)->start] == '@')
			handle = k;
	}
	if (k < pa->tok1 || handle == NONE || e == NONE || e == pa->tok0)
		return NULL;
	*ms = T(c, pa->tok0)->start;
	*me = T(c, e - 1)->end;
	for (k = pa->tok0; k < e && is_name_tok(c, k); k++)
		;
	if (k == e && e - pa->tok0 >= 2 && e - pa->tok0 <= 4)
		return canon_name(c, pa->tok0, e);
	return org_name(c, pa->tok0, e);
}

/*
 * Who an interview ("Q: ... A: ...") is with: the first person the
 * article's text names in full outside quotations, as its introduction
 * does ("The EU's foreign policy chief, Kaja Kallas, spoke to ..."), or
 * else the headline; NULL if none.
 */
static int byline(const struct ctx *c, const struct mention *m);

static const char *interviewee(struct ctx *c)
{
	size_t k, j, t1;

	/* (not the writer's byline, nor a photographer's credit in
	 * brackets) */
	for (k = 0; k < c->nmen; k++)
		if (c->canon[c->men[k].canon].ntok >= 2 &&
		    !byline(c, &c->men[k]) &&
		    !(c->men[k].t0 > 0 && T(c, c->men[k].t0 - 1)->punct == '('))
			return c->canon[c->men[k].canon].name;
	/* "Doorstep by High Representative Kaja Kallas": a transcript
	 * that names its speaker in the headline only */
	if (!c->a->npara || !c->a->para[0].headline)
		return NULL;
	t1 = c->a->para[0].tok1;
	for (k = c->a->para[0].tok0; k < t1; k++) {
		for (j = k; j < t1 && j - k < 3 && is_name_tok(c, j); j++)
			;
		if (j - k >= 2 && (j == t1 || !is_name_tok(c, j)))
			return canon_name(c, k, j);
		if (j > k)
			k = j;
	}
	return NULL;
}

/*
 * A transcript's line ("MIKKO SALONEN: We prepare the same way."): the
 * speaker its label names (quote_find() leaves out journalists' lines),
 * or NULL.
 */
/* Whether tokens i and j spell the same word, in any case. */
static int same_word_any_case(const struct ctx *c, size_t i, size_t j)
{
	size_t n = T(c, i)->end - T(c, i)->start;

	return is_word(c, i) && is_word(c, j) &&
	       T(c, j)->end - T(c, j)->start == n &&
	       !strncasecmp(c->a->text + T(c, i)->start,
			    c->a->text + T(c, j)->start, n);
}

/*
 * A transcript that names its speakers in its headline only ("Joint
 * press conference with NATO Secretary General Mark Rutte, Estonian
 * Foreign Minister Margus Tsahkna and ..."): the headline's name of
 * label [k0, k1) in capitals, "MINISTER TSAHKNA" by its surname and
 * "SECRETARY GENERAL" by its title before a name; NULL if none.
 */
static const char *headline_named(struct ctx *c, size_t k0, size_t k1)
{
	size_t h0, h1, k, j, r, last = k1 - 1;
	int the = 0;

	if (!c->a->npara || !c->a->para[0].headline || k1 <= k0)
		return NULL;
	/* "THE PRESIDENT:" under "Press Gaggle by President Trump and
	 * ...": the one who holds the post, by a surname alone too */
	if (k0 + 1 < k1 && is(c, k0, "the")) {
		k0++;
		the = 1;
	}
	h0 = c->a->para[0].tok0;
	h1 = c->a->para[0].tok1;
	/* by the surname: the label's last word after a capitalised one */
	if (!IN(c, last, roles))
		for (k = h0 + 1; k < h1; k++)
			if (same_word_any_case(c, k, last) &&
			    is_name_tok(c, k - 1) && is_name_tok(c, k) &&
			    !IN(c, k - 1, roles))
				return keep_span(c, T(c, k - 1)->start,
						 T(c, k)->end);
	/* by the title: the label's words in order, then a name */
	for (k = k0; k < k1; k++)
		if (!IN(c, k, roles) && !is(c, k, "general"))
			return NULL;
	for (k = h0; k + (k1 - k0) + 1 < h1; k++) {
		for (j = 0; j < k1 - k0 && same_word_any_case(c, k + j, k0 + j);
		     j++)
			;
		if (j < k1 - k0)
			continue;
		r = k + j;
		for (j = r; j < h1 && j < r + 3 && is_name_tok(c, j) &&
			    !IN(c, j, roles);
		     j++)
			;
		if (j - r >= 2 || (the && j - r == 1))
			return keep_span(c, T(c, r)->start, T(c, j - 1)->end);
	}
	return NULL;
}

/*
 * "VALADARES:" under "THREE QUESTIONS FOR Marina Valadares, professor
 * ...": the first name and surname where quote_surname_twin() finds the
 * label's word printed so; NULL if none.
 */
static const char *surname_in_full(struct ctx *c, size_t w)
{
	size_t k = quote_surname_twin(c->a, w, T(c, w)->para);

	if (k == QUOTE_NONE || !is_name_tok(c, k - 1) || IN(c, k - 1, roles))
		return NULL;
	return keep_span(c, T(c, k - 1)->start, ARTICLE_BASE_END(T(c, k)));
}

/*
 * A digest's post (label 12): the person its header names, "Forwarded
 * from Dmitry Medvedev" when the channel passes another's post on, else
 * the channel ("Zelensky / Official": the name before the slash, in
 * full when the article names the person so); NULL if none.
 */
static const char *post_channel_speaker(struct ctx *c, const struct quote *q,
					size_t *ms, size_t *me)
{
	size_t h, k, e, n, f;

	for (h = q->para; h-- > 0 && q->para - h <= 30;)
		if ((k = quote_post_header(c->a, h)) != QUOTE_NONE)
			break;
	if (h == (size_t)-1 || q->para - h > 30)
		return NULL;
	e = c->a->para[h].tok1;
	for (f = k; f + 2 < e; f++)
		if (is(c, f, "forwarded") && is(c, f + 1, "from")) {
			k = f + 2;
			break;
		}
	for (n = k; n < e && n < k + 4 && is_word(c, n) && is_cap(c, n) &&
		    !(f + 2 < e && n == f);
	     n++)
		;
	if (n == k)
		return NULL;
	*ms = T(c, k)->start;
	*me = T(c, n - 1)->end;
	fold_key(c, n - 1);
	f = canon_find(c, c->key.buf);
	if (f != NONE && c->canon[f].ntok >= n - k)
		return c->canon[canon_at(c, f, k, n)].name;
	/* (a channel's name as printed: "Two Majors") */
	return keep_span(c, T(c, k)->start, ARTICLE_BASE_END(T(c, n - 1)));
}

static const char *transcript_speaker(struct ctx *c,
				      const struct quote_list *l,
				      const struct quote *q, size_t *ms,
				      size_t *me)
{
	size_t t0 = quote_label_start(c->a, q->para), k, e;
	size_t colon = quote_label_colon(c->a, q);
	const char *name;
	int reporter;

	name = caps_name(c, t0, colon, &reporter);
	/* "SALONEN:" after "MIKKO SALONEN:", named nowhere else: the
	 * speaker of the latest line whose label ends in the same word
	 * (quote_find() found one within 300 paragraphs); and "MIRZOYAN
	 * (in English):" */
	/* (and "STEFANOU:" after "STEFANOS STEFANOU (AKEL):" when only
	 * "Mr Stefanou" names him in the text: the fuller name) */
	/* (and "PRIME MINISTER MUNTEANU (via interpreter):" after "PRIME
	 * MINISTER ALEXANDRU MUNTEANU (...):": posts, then the surname) */
	for (e = t0; e < colon && IN(c, e, roles); e++)
		;
	for (k = (size_t)(q - l->q);
	     (!name || !strchr(name, ' ')) &&
	     (colon == e + 1 || T(c, e + 1)->punct == '(' ||
	      T(c, e + 1)->punct == '[') &&
	     k-- > 0;) {
		const struct quote *o = &l->q[k];

		if (q->para - o->para > 300)
			break;
		if (o->label == 1 && o->speaker &&
		    strchr(o->speaker, ' ') &&
		    quote_label_has(c->a, o->para,
				    quote_label_colon(c->a, o), e)) {
			name = o->speaker;
			break;
		}
	}
	/* (and "SECRETARY GENERAL:", "MINISTER TSAHKNA:" named in the
	 * headline only) */
	if (!reporter && (!name || !strchr(name, ' ')) && colon > t0) {
		const char *hl = headline_named(c, t0, colon);

		if (hl)
			name = hl;
	}
	if (!reporter && !name && colon == t0 + 1)
		name = surname_in_full(c, t0);
	if (!name || reporter)
		return NULL;
	*ms = T(c, t0)->start;
	*me = T(c, colon - 1)->end;
	return name;
}

/*
 * The person a section under a name heading (quote_name_heading()) is
 * by: the name of the latest such heading before paragraph p (at most 40 paragraphs back),
 * or NULL. [*ms, *me) are set to the name's bytes.
 */
static const char *title_cased(struct ctx *c, size_t t0, size_t t1);

static const char *expert_heading(struct ctx *c, size_t p, size_t *ms,
				  size_t *me)
{
	size_t h, e, k;
	const char *name;

	for (h = p; h-- > 0 && p - h <= 40;) {
		e = quote_name_heading(c->a, h);
		if (e == QUOTE_NONE)
			continue;
		*ms = T(c, c->a->para[h].tok0)->start;
		*me = T(c, e - 1)->end;
		name = canon_name(c, c->a->para[h].tok0, e);
		/* "OKSANA MELNYK", named nowhere else: "Oksana Melnyk" */
		for (k = 0; name[k] && !(name[k] >= 'a' && name[k] <= 'z');
		     k++)
			;
		return name[k] ? name :
				 title_cased(c, c->a->para[h].tok0, e);
	}
	return NULL;
}

/*
 * Ukrainska Pravda's layout: a line "Source: Zelensky at a press
 * conference with ...", then "Quote: \"...\"". A quotation right after a
 * "Quote:" label is the person a "Source:" line at most four paragraphs
 * before names first; NULL if none.
 */
static const char *source_line(struct ctx *c, const struct quote *q,
			       size_t *ms, size_t *me)
{
	size_t t0 = c->a->para[q->para].tok0, p, s0, k;
	const struct mention *m;

	if (q->open != t0 + 2 || !is(c, t0, "quote") ||
	    T(c, t0 + 1)->punct != ':')
		return NULL;
	for (p = q->para; p-- > 0 && q->para - p <= 4;) {
		s0 = c->a->para[p].tok0;
		if (!is(c, s0, "source") || s0 + 2 >= c->a->para[p].tok1 ||
		    T(c, s0 + 1)->punct != ':')
			continue;
		k = mention_from(c, s0 + 2); /* the name the line opens with */
		if (k == c->nmen || c->men[k].tt0 != s0 + 2)
			return NULL;
		m = &c->men[k];
		*ms = T(c, m->t0)->start;
		*me = T(c, m->t1 - 1)->end;
		return c->canon[m->canon].name;
	}
	return NULL;
}

/*
 * '"A house divided against itself cannot stand." / Abraham Lincoln,
 * born on this day in 1809': a quotation alone in its paragraph, the
 * next paragraph a short line that opens with a name in full, then a
 * comma or nothing; that person, NULL otherwise.
 */
/*
 * "Abraham Lincoln, born on this day in 1809", "Mark Rutte, NATO
 * Secretary-General": a short line [t0, t1) that opens with a name in
 * full (two to four words), then a comma or nothing, with no mark, full
 * stop or verb after; that person (the name's bytes in [*ms, *me)), or
 * NULL.
 */
static const char *name_line(struct ctx *c, size_t t0, size_t t1,
			     size_t *ms, size_t *me)
{
	size_t k;

	if (t1 <= t0 || t1 - t0 > 16)
		return NULL;
	for (k = t0; k < t1 && is_name_tok(c, k) && k - t0 < 4; k++)
		;
	if (k - t0 < 2 || (k < t1 && T(c, k)->punct != ','))
		return NULL;
	for (; k < t1; k++)
		if (T(c, k)->punct == 'q' || T(c, k)->punct == '.' ||
		    (is_lowerword(c, k) && verb_class(c, k)))
			return NULL;
	*ms = T(c, t0)->start;
	for (k = t0; k < t1 && is_name_tok(c, k) && k - t0 < 4; k++)
		;
	*me = T(c, k - 1)->end;
	return canon_name(c, t0, k);
}

/* name_line() of paragraph p. */
static const char *name_para(struct ctx *c, size_t p, size_t *ms, size_t *me)
{
	return name_line(c, c->a->para[p].tok0, c->a->para[p].tok1, ms, me);
}

/*
 * Whether the article lists quotations under name lines, the name
 * first: its first name line next to a paragraph that is only a
 * quotation has the quotation after it and none before.
 */
static int headed_list(struct ctx *c)
{
	size_t p, ms, me;

	if (c->headed >= 0)
		return c->headed;
	c->headed = 0;
	for (p = 1; p + 1 < c->a->npara; p++) {
		if (quote_only(c, p))
			break; /* a quotation before any name line */
		if (name_para(c, p, &ms, &me) && quote_only(c, p + 1)) {
			c->headed = 1;
			break;
		}
	}
	return c->headed;
}

/*
 * A quotation alone in its paragraph under a name line, or under
 * quotations under it, in a list headed so (headed_list()): that
 * person, or NULL.
 */
static const char *heading_above(struct ctx *c, const struct quote *q,
				 size_t *ms, size_t *me)
{
	size_t h;

	if (!quote_only(c, q->para) || !headed_list(c))
		return NULL;
	for (h = q->para; h-- > 0 && q->para - h <= 6 && quote_only(c, h);)
		;
	return h < q->para && q->para - h <= 6 ? name_para(c, h, ms, me) :
						  NULL;
}

/*
 * The first person named in full (not in a quotation) whose name starts
 * in tokens [from, end), or NULL; [*ms, *me) its name.
 */
static const char *first_full_name(struct ctx *c, size_t from, size_t end,
				   size_t *ms, size_t *me)
{
	size_t m;

	for (m = mention_from(c, from); m < c->nmen && c->men[m].t0 < end;
	     m++)
		if (c->canon[c->men[m].canon].ntok >= 2 &&
		    !c->inq[c->men[m].t0]) {
			*ms = T(c, c->men[m].t0)->start;
			*me = T(c, c->men[m].t1 - 1)->end;
			return c->canon[c->men[m].canon].name;
		}
	return NULL;
}

/*
 * '"Neutrality did not stop a single drone." With those words, President
 * Maia Sandu ...', '... Those were the words of Irina Vlah, ...', 'That
 * was how Beate Meinl-Reisinger put it': a quotation that is a
 * sentence, the next sentence (in its paragraph or opening the next)
 * saying whose words they were; the first person it names in full, or
 * NULL.
 */
static const char *words_of_next(struct ctx *c, const struct quote *q,
				 size_t *ms, size_t *me)
{
	size_t s, e;

	if (q->close == QUOTE_NONE || q->close + 1 >= c->a->ntok)
		return NULL;
	s = q->close + 1;
	if (T(c, s)->para != q->para &&
	    !(T(c, s)->para == q->para + 1 && quote_only(c, q->para)))
		return NULL;
	if (!is_cap(c, s) || s != sent0(c, s) || s + 4 >= c->a->ntok)
		return NULL;
	if (!((is(c, s, "with") &&
	       (is(c, s + 1, "those") || is(c, s + 1, "these")) &&
	       is(c, s + 2, "words")) ||
	      ((is(c, s, "those") || is(c, s, "these")) &&
	       is(c, s + 1, "were") && is(c, s + 2, "the") &&
	       is(c, s + 3, "words")) ||
	      ((is(c, s, "that") || is(c, s, "this")) &&
	       (is(c, s + 1, "was") || is(c, s + 1, "is")) &&
	       is(c, s + 2, "how"))))
		return NULL;
	e = sent1(c, s);
	return first_full_name(c, s + 3, e < s + 16 ? e : s + 16, ms, me);
}

/*
 * A TV script's sound bite: 'SOUNDBITE (Mark Rutte, NATO Secretary
 * General): "..."', 'SOT (Erdoğan) [TURKISH, TRANSLATED]: "..."': the
 * name in the tag's brackets (two to four words), or NULL.
 */
static const char *soundbite_name(struct ctx *c, const struct quote *q,
				  size_t *ms, size_t *me)
{
	static const char *const tags[] = { "soundbite", "sot", "clip",
					    "act", "actuality", NULL };
	size_t t0 = c->a->para[q->para].tok0, k, n;

	if (q->open == QUOTE_NONE || q->open < t0 + 5 ||
	    q->open > t0 + 24 || T(c, q->open - 1)->punct != ':' ||
	    !article_is_any(c->a, t0, tags) || T(c, t0 + 1)->punct != '(')
		return NULL;
	for (n = t0 + 2; n < q->open && n < t0 + 6 && is_name_tok(c, n); n++)
		;
	if (n - (t0 + 2) < 2 || (T(c, n)->punct != ',' &&
				 T(c, n)->punct != ')'))
		return NULL;
	for (k = n; k < q->open && T(c, k)->punct != ')'; k++)
		;
	if (k >= q->open)
		return NULL;
	*ms = T(c, t0 + 2)->start;
	*me = T(c, n - 1)->end;
	return canon_name(c, t0 + 2, n);
}

/*
 * The person named in full (not in a quotation) among the first six
 * words of the last sentence of paragraph p ("His colleague Sara
 * Ahmadi, 34, is more positive."), or NULL; [*ms, *me) its name.
 */
static const char *narration_subject(struct ctx *c, size_t p, size_t *ms,
				     size_t *me)
{
	const struct article_para *pa = &c->a->para[p];
	size_t s0;

	if (pa->tok1 <= pa->tok0)
		return NULL;
	s0 = sent0(c, pa->tok1 - 1);
	if (s0 < pa->tok0)
		s0 = pa->tok0;
	return first_full_name(c, s0, s0 + 6 < pa->tok1 ? s0 + 6 : pa->tok1,
			       ms, me);
}

static const char *epigraph_name(struct ctx *c, const struct quote *q,
				 size_t *ms, size_t *me)
{
	const struct article_para *pa = &c->a->para[q->para];
	size_t t0, t1;

	/* the name on the line under the quotation, in its paragraph or
	 * the next */
	if (q->close != QUOTE_NONE && q->open == pa->tok0 &&
	    q->close + 2 < pa->tok1 &&
	    line_break_before(c, q->close + 1)) {
		t0 = q->close + 1;
		t1 = pa->tok1;
	} else if (q->para + 1 < c->a->npara && quote_only(c, q->para)) {
		t0 = c->a->para[q->para + 1].tok0;
		t1 = c->a->para[q->para + 1].tok1;
	} else {
		return NULL;
	}
	return name_line(c, t0, t1, ms, me);
}

/*
 * A line under a name in mixed case ("Michal: Yes.", "Fiona Hill, Former
 * White House Adviser: ..."): the person the article names in full with
 * the label's last word, or the label itself when it is a full name;
 * NULL for a single word the article names no one by.
 */
/* Whether a paragraph (of the first 2,000) opens with person name and
 * a colon, a label ("Paulo Rangel: ..."). */
static int labelled(const struct ctx *c, const char *name)
{
	size_t p, n = strlen(name);
	const struct article_para *pa;

	for (p = 0; p < c->a->npara && p < 2000; p++) {
		pa = &c->a->para[p];
		if (pa->tok1 > pa->tok0 &&
		    T(c, pa->tok0)->start + n < c->a->len &&
		    !strncmp(c->a->text + T(c, pa->tok0)->start, name, n) &&
		    c->a->text[T(c, pa->tok0)->start + n] == ':')
			return 1;
	}
	return 0;
}

/*
 * A label of initials, tokens [t0, t1) ("R.A.", "J. K."): the one person
 * of the article named in full whose words have those initials, or
 * NULL (none, or two).
 */
static const char *initials_person(struct ctx *c, size_t t0, size_t t1)
{
	char ini[8];
	size_t n = 0, k, m, w;
	const char *s, *name = NULL;

	for (k = t0; k < t1; k++) {
		s = c->a->text + T(c, k)->start;
		for (m = 0; T(c, k)->start + m < T(c, k)->end; m++) {
			if (s[m] >= 'A' && s[m] <= 'Z') {
				if (n + 1 >= sizeof(ini))
					return NULL;
				ini[n++] = s[m];
			} else if (s[m] != '.') {
				return NULL; /* a word, not initials */
			}
		}
	}
	if (n < 2)
		return NULL;
	ini[n] = '\0';
	if (!strcmp(ini, c->ini_memo))
		return c->ini_name;
	for (k = 0; k < c->ncanon; k++) {
		if (c->canon[k].ntok < 2)
			continue;
		s = c->canon[k].name;
		for (m = w = 0; s[m] && w <= n; m++)
			if (m == 0 || s[m - 1] == ' ') {
				if (w == n || s[m] != ini[w])
					break;
				w++;
			}
		if (s[m] || w != n)
			continue;
		if (name && strcmp(name, s)) {
			/* two people: the one a label names in full ("Paulo
			 * Rangel:" before "P.R.:", not Paulo Raimundo),
			 * else no guess */
			if (labelled(c, name) == labelled(c, s)) {
				name = NULL;
				break;
			}
			if (labelled(c, s))
				name = s;
			continue;
		}
		name = s;
	}
	memcpy(c->ini_memo, ini, n + 1);
	c->ini_name = name;
	return name;
}

/*
 * The full name a short paragraph (a heading) gives the surname at token
 * w in the 60 paragraphs before it: a capitalised word, no post, right
 * before the same word; NULL if none.
 */
static const char *heading_full_name(struct ctx *c, size_t w)
{
	size_t p = T(c, w)->para, p2, k;

	for (p2 = p; p2-- > 0 && p - p2 <= 60;) {
		const struct article_para *pa = &c->a->para[p2];

		if (pa->tok1 - pa->tok0 > 16)
			continue;
		for (k = pa->tok0 + 1; k < pa->tok1; k++)
			if (same_word_any_case(c, k, w) && k != w &&
			    is_name_tok(c, k - 1) && !IN(c, k - 1, roles) &&
			    !(T(c, k - 1)->flags & ARTICLE_ACRONYM))
				return keep_span(c, T(c, k - 1)->start,
						 ARTICLE_BASE_END(T(c, k)));
	}
	return NULL;
}

/*
 * The person a list names with post w in brackets ("Emily Thornberry
 * (Chair)"), among the article's first 2000 tokens: a name of one to
 * three words before the bracket; NULL if none.
 */
static const char *bracket_post_holder(struct ctx *c, size_t w)
{
	size_t k, j;

	for (k = 2; k + 2 < c->a->ntok && k < 2000; k++) {
		if (T(c, k)->punct != '(' || T(c, k + 2)->punct != ')' ||
		    k + 1 == w || !same_word_any_case(c, k + 1, w) ||
		    !is_name_tok(c, k - 1))
			continue;
		for (j = k - 1; j > 0 && k - j < 3 && is_name_tok(c, j - 1) &&
				T(c, j - 1)->para == T(c, k)->para;
		     j--)
			;
		return keep_span(c, T(c, j)->start,
				 ARTICLE_BASE_END(T(c, k - 1)));
	}
	return NULL;
}

static const char *name_line_speaker(struct ctx *c, const struct quote *q,
				     size_t *ms, size_t *me)
{
	size_t t0 = quote_label_start(c->a, q->para), n1, k;
	const char *name;

	/* a verbatim report's "Name, ... ." or "President. –" too */
	for (n1 = t0; n1 < q->tok0 && T(c, n1)->punct != ',' &&
		      T(c, n1)->punct != ':' && T(c, n1)->punct != '(' &&
		      !(T(c, n1)->punct == '.' && n1 + 1 < q->tok0 &&
			T(c, n1 + 1)->punct == '-');
	     n1++)
		;
	if (n1 == t0)
		return NULL;
	/* "President. – The debate is closed.": the post that chairs */
	if (n1 == t0 + 1 && T(c, n1)->punct == '.' && IN(c, t0, roles)) {
		*ms = T(c, t0)->start;
		*me = T(c, t0)->end;
		return canon_name(c, t0, n1);
	}
	/* "The Secretary of State for Defence (John Healey):": a post,
	 * and the name in its brackets (past the commas of a post: "The
	 * Minister of State, Foreign, Commonwealth and Development Office
	 * (Baroness Chapman of Darlington)") */
	if (q->label == 4 && is(c, t0, "the")) {
		while (n1 < q->tok0 && T(c, n1)->punct == ',')
			for (n1++; n1 < q->tok0 && T(c, n1)->punct != ',' &&
				   T(c, n1)->punct != ':' &&
				   T(c, n1)->punct != '(';
			     n1++)
				;
		for (t0 = n1 + 1, n1 = t0; n1 < q->tok0 && is_word(c, n1); n1++)
			;
		if (n1 == t0)
			return NULL;
	}
	*ms = T(c, t0)->start;
	*me = T(c, n1 - 1)->end;
	/* "Lord Robertson of Port Ellen": the peer, by his name alone,
	 * as "Sir" and "Mr" are left out */
	if (n1 - t0 >= 2 && IN(c, t0, honorific) && !IN(c, t0 + 1, roles)) {
		for (k = t0 + 1; k < n1 && !is(c, k, "of"); k++)
			;
		return canon_name(c, t0 + 1, k);
	}
	fold_key(c, n1 - 1);
	k = canon_find(c, c->key.buf);
	if (k != NONE && c->canon[k].ntok >= 2)
		return c->canon[canon_at(c, k, t0, n1)].name;
	/* "Chair:" under "Members present: Emily Thornberry (Chair);
	 * ...": the one whose post the brackets give */
	if (n1 - t0 == 1 && IN(c, t0, roles) &&
	    (name = bracket_post_holder(c, t0)) != NULL)
		return name;
	/* "R.A.:" after "Gen. Rajmund Andrzejczak:": the one person
	 * whose name has those initials */
	if ((name = initials_person(c, t0, n1)) != NULL)
		return name;
	/* "Häkkänen:" under "Three questions to Defence Minister Antti
	 * Häkkänen", a heading, which names no one the parser kept */
	if (n1 - t0 == 1 && (name = heading_full_name(c, t0)) != NULL)
		return name;
	/* "Serhiy, Ukrainian Soldier (through interpreter):": a first
	 * name the article gives alone, with a post after its comma */
	if (n1 - t0 == 1 && n1 + 2 < q->tok0 && T(c, n1)->punct == ',' &&
	    is_cap(c, t0) && !is_lexicon(c, t0)) {
		for (k = n1 + 1; k < q->tok0 && is_word(c, k) &&
				 !IN(c, k, roles);
		     k++)
			;
		if (k < q->tok0 && IN(c, k, roles))
			return keep_span(c, T(c, t0)->start,
					 ARTICLE_BASE_END(T(c, t0)));
	}
	if (n1 - t0 < 2)
		return NULL;
	/* "Mr Speaker:": the post, not the courtesy */
	if (n1 - t0 == 2 && IN(c, t0, honorific) && IN(c, t0 + 1, roles))
		t0++;
	return canon_name(c, t0, n1);
}

/* Tokens [t0, t1) in title case, one space between words, none before
 * a full stop ("JAMES E. RISCH" gives "James E. Risch"). */
static const char *title_cased(struct ctx *c, size_t t0, size_t t1)
{
	struct sbuf sb = SBUF_INIT;
	size_t k;

	for (k = t0; k < t1; k++) {
		if (k > t0 && is_word(c, k))
			sbuf_addc(&sb, ' ');
		article_title_case(&sb, c->a->text + T(c, k)->start,
				   T(c, k)->end - T(c, k)->start);
	}
	return keep(c, sbuf_detach(&sb));
}

/*
 * The full name a heading in capitals gives the surname at token w
 * ("STATEMENT OF HON. JEANNE SHAHEEN, U.S. SENATOR FROM NEW HAMPSHIRE"
 * for "SHAHEEN"), up to three words and initials before it that no
 * lexicon knows, in a paragraph opening in capitals within the 300
 * before; NULL if no heading does.
 */
static const char *caps_heading_name(struct ctx *c, size_t w)
{
	size_t k, j, p, n = T(c, w)->end - T(c, w)->start;
	const char *s = c->a->text + T(c, w)->start;

	/* headings in capitals within the 300 paragraphs before: a
	 * congressional record has hundreds of labels, and a scan of
	 * the whole text for each would grow with its square */
	p = T(c, w)->para > 300 ? T(c, w)->para - 300 : 0;
	for (k = c->a->para[p].tok0 > 0 ? c->a->para[p].tok0 : 1; k < w; k++) {
		if (k == c->a->para[T(c, k)->para].tok0 &&
		    !(T(c, k)->flags & ARTICLE_ACRONYM)) {
			k = c->a->para[T(c, k)->para].tok1 - 1;
			continue; /* not a heading in capitals */
		}
		if (T(c, k)->end - T(c, k)->start != n ||
		    memcmp(c->a->text + T(c, k)->start, s, n) ||
		    k == c->a->para[T(c, k)->para].tok0)
			continue;
		for (j = k; j > c->a->para[T(c, k)->para].tok0 && k - j < 4;) {
			if ((T(c, j - 1)->flags & ARTICLE_ACRONYM) &&
			    !is_lexicon(c, j - 1) && !IN(c, j - 1, honorific) &&
			    !(T(c, j)->punct == '.' && j != k))
				j--;
			else if (T(c, j - 1)->punct == '.' && j - 1 > 0 &&
				 is_word(c, j - 2) &&
				 T(c, j - 2)->end - T(c, j - 2)->start == 1)
				j -= 2; /* "E." */
			else
				break;
		}
		if (j < k && is_word(c, j))
			return title_cased(c, j, k + 1);
	}
	return NULL;
}

/*
 * Who holds the post at token r ("CHAIRMAN"): the latest person the
 * article names before it with that post after a comma ("Hon. James E.
 * Risch, chairman of the committee, presiding") or among the titles
 * before the name, within 300 paragraphs; NULL if no one.
 */
static const char *post_holder(struct ctx *c, size_t r)
{
	size_t k, j, para = T(c, r)->para;
	const struct mention *m;

	/* the latest before, within 300 paragraphs */
	for (k = mention_from(c, r); k-- > 0;) {
		m = &c->men[k];
		if (para - T(c, m->t0)->para > 300)
			break;
		if (c->inq[m->t0])
			continue;
		for (j = m->tt0; j < m->t0; j++)
			if (same_title_word(c, r, j))
				return c->canon[m->canon].name;
		if (m->t1 + 1 >= c->a->ntok || T(c, m->t1)->punct != ',')
			continue;
		for (j = m->t1 + 1; j < m->t1 + 4 && j < c->a->ntok &&
				    is_word(c, j);
		     j++)
			if (same_title_word(c, r, j))
				return c->canon[m->canon].name;
	}
	return NULL;
}

/*
 * A congressional record's line ("Senator SHAHEEN. Thank you, Mr.
 * Chairman."): the person its name in capitals is, in full as the
 * article names that person elsewhere or as a heading in capitals does,
 * else in title case; "The CHAIRMAN." is whoever the article says holds
 * the post, else the post.
 */
static const char *record_caps_speaker(struct ctx *c, const struct quote *q,
				       size_t *ms, size_t *me)
{
	size_t t0 = c->a->para[q->para].tok0, dot = q->tok0 - 1, n0, k;
	const char *name;

	for (n0 = dot; n0 > t0 && (T(c, n0 - 1)->flags & ARTICLE_ACRONYM);
	     n0--)
		;
	if (n0 == dot)
		return NULL;
	*ms = T(c, t0)->start;
	*me = T(c, dot - 1)->end;
	if (dot - n0 == 1 && IN(c, n0, roles)) {
		name = post_holder(c, n0);
		return name ? name : title_cased(c, n0, dot);
	}
	fold_key(c, dot - 1);
	k = canon_find(c, c->key.buf);
	if (k != NONE && c->canon[k].ntok >= 2)
		return c->canon[canon_at(c, k, n0, dot)].name;
	if ((name = caps_heading_name(c, dot - 1)) != NULL)
		return name;
	return k != NONE ? c->canon[k].name : title_cased(c, n0, dot);
}

/*
 * '«Bosnia's future is in the EU. Italy will do everything.» Antonio
 * Tajani chose the press conference ... to say it': a paragraph that
 * opens with whole sentences in marks, then a sentence whose subject is
 * a person named in full (with titles or not): that person, or NULL.
 */
static const char *subject_after(struct ctx *c, const struct quote *q,
				 size_t *ms, size_t *me)
{
	size_t s, lo;
	const struct mention *m;
	char p;

	/* (after a dateline too: "SARAJEVO – «...»") */
	if (q->open == QUOTE_NONE || q->close == QUOTE_NONE ||
	    q->kind != QUOTE_DIRECT || q->close < q->open + 3 ||
	    (q->open != c->a->para[q->para].tok0 &&
	     after_dateline(c, c->a->para[q->para].tok0, q->open) !=
		     q->open))
		return NULL;
	p = T(c, q->close - 1)->punct;
	s = q->close + 1;
	if ((p != '.' && p != '!' && p != '?') ||
	    s >= c->a->para[q->para].tok1 || !is_cap(c, s))
		return NULL;
	lo = mention_from(c, s);
	if (lo >= c->nmen)
		return NULL;
	m = &c->men[lo];
	if (m->tt0 != s || c->canon[m->canon].ntok < 2 ||
	    m->t1 >= c->a->para[q->para].tok1 || !is_lowerword(c, m->t1))
		return NULL;
	*ms = T(c, m->tt0)->start;
	*me = T(c, m->t1 - 1)->end;
	return c->canon[m->canon].name;
}

/*
 * A quotation in marks right after a label in capitals that opens its
 * paragraph ('ACT BOTNARU: "Neutral, with Russian soldiers ..."', 'ION
 * BOTNARU (in Romanian): "..."'): the person the label names
 * (caps_name()), or NULL.
 */
static const char *caps_lead(struct ctx *c, const struct quote *q,
			     size_t *ms, size_t *me)
{
	size_t t0 = c->a->para[q->para].tok0, e;
	const char *name;
	int reporter;

	if (q->open == QUOTE_NONE || q->open < t0 + 2 || q->open > t0 + 16 ||
	    T(c, q->open - 1)->punct != ':')
		return NULL;
	name = caps_name(c, t0, q->open - 1, &reporter);
	if (!name || reporter)
		return NULL;
	/* (the mention ends before "(in Romanian)") */
	for (e = t0 + 1; e < q->open - 1 && T(c, e)->punct != '('; e++)
		;
	*ms = T(c, t0)->start;
	*me = T(c, e - 1)->end;
	return name;
}

/*
 * A quotation signed after a dash in its own paragraph, by a person's
 * titles and full name ('QUOTE OF THE DAY: "..." — Polish President
 * Karol Nawrocki, speaking in Warsaw'), or by a description after "a"
 * or "an" up to its comma, at most ten words with a role among them
 * ('"..." — a senior diplomat from a Western European ally, speaking on
 * condition of anonymity'): that person or that post; NULL otherwise.
 */
static const char *dash_signer(struct ctx *c, const struct quote *q,
			       size_t *ms, size_t *me)
{
	size_t d, k, e = c->a->para[q->para].tok1, role = 0;
	const struct mention *m;

	if (q->close == QUOTE_NONE || q->kind != QUOTE_DIRECT)
		return NULL;
	d = q->close + 1;
	if (d + 2 >= e || T(c, d)->punct != '-')
		return NULL;
	if (is(c, d + 1, "a") || is(c, d + 1, "an")) {
		for (k = d + 2; k < e && k - d < 12 && is_word(c, k); k++)
			role |= IN(c, k, roles) != 0;
		if (!role || k == d + 2 ||
		    (k < e && T(c, k)->punct != ',' && T(c, k)->punct != '.'))
			return NULL;
		*ms = T(c, d + 1)->start;
		*me = T(c, k - 1)->end;
		return post_name(c, d + 2, k);
	}
	k = mention_from(c, d + 1);
	if (k == c->nmen)
		return NULL;
	m = &c->men[k];
	if (m->tt0 != d + 1 || c->canon[m->canon].ntok < 2 ||
	    (m->t1 < e && T(c, m->t1)->punct != ',' &&
	     T(c, m->t1)->punct != '.'))
		return NULL;
	*ms = T(c, m->tt0)->start;
	*me = T(c, m->t1 - 1)->end;
	return c->canon[m->canon].name;
}

/*
 * An embedded post's signer: the names after the dash that follows its
 * text ("— Radosław Sikorski 🇵🇱 (@sikorskiradek) July 10, 2024").
 */
static const char *post_signer(struct ctx *c, const struct quote *q,
			       size_t *ms, size_t *me)
{
	size_t d = q->tok1, e = c->a->para[q->para].tok1, n1;

	while (d < e && T(c, d)->punct != '-')
		d++;
	for (n1 = d + 1; n1 < e && is_word(c, n1) && is_cap(c, n1); n1++)
		;
	if (d >= e || n1 == d + 1)
		return NULL;
	*ms = T(c, d + 1)->start;
	*me = T(c, n1 - 1)->end;
	return canon_name(c, d + 1, n1);
}

struct speaker_line {
	const char *speaker;
	size_t k;
};

static int cmp_speaker_line(const void *x, const void *y)
{
	const struct speaker_line *a = x, *b = y;
	int r = strcmp(a->speaker, b->speaker);

	return r ? r : (a->k > b->k) - (a->k < b->k);
}

/*
 * An interviewer's lines: among the lines under labels (transcripts and
 * interviews by name), those of a speaker at least half of whose lines
 * are questions ("DER SPIEGEL: Will Ukraine ever join NATO?", "Amna
 * Nawaz: Is an invitation realistic?") quote no one: kind[] -1.
 */
/*
 * Whether tokens [t0, t1) hold a presenter's words: "Joining me now",
 * "is with me in the studio", "is on the line", "welcome to", "welcome
 * back", "We'll have to leave it there".
 */
static int host_words(const struct ctx *c, size_t t0, size_t t1)
{
	size_t k;

	for (k = t0; k + 1 < t1; k++) {
		if (!is_word(c, k))
			continue;
		if ((is(c, k, "joining") || is(c, k, "joins")) &&
		    is(c, k + 1, "me"))
			return 1;
		if (k > t0 && (is(c, k - 1, "is") || is(c, k - 1, "are")) &&
		    ((is(c, k, "with") && is(c, k + 1, "me")) ||
		     (k + 2 < t1 && is(c, k, "on") && is(c, k + 1, "the") &&
		      is(c, k + 2, "line"))))
			return 1;
		if (is(c, k, "welcome") &&
		    (is(c, k + 1, "to") || is(c, k + 1, "back")) &&
		    !(k + 2 < t1 && is(c, k + 2, "you")))
			return 1;
		if (k + 2 < t1 && is(c, k, "leave") && is(c, k + 1, "it") &&
		    is(c, k + 2, "there"))
			return 1;
	}
	return 0;
}

/*
 * Whether tokens [t0, t1) hand the programme over, as only an anchor
 * does: "Nick Schifrin picks up the story", "has the story", "reports
 * from", "we turn to".
 */
static int handover_words(const struct ctx *c, size_t t0, size_t t1)
{
	size_t k;

	for (k = t0; k + 2 < t1; k++) {
		if (!is_word(c, k))
			continue;
		if ((is(c, k, "picks") || is(c, k, "has")) &&
		    (is(c, k + 1, "up") || is(c, k + 1, "the")) &&
		    (is(c, k + 2, "the") || is(c, k + 2, "story")))
			return 1;
		if (is(c, k, "we") && is(c, k + 1, "turn") && is(c, k + 2, "to"))
			return 1;
		if (is(c, k, "reports") && is(c, k + 1, "from") &&
		    k + 3 >= t1)
			return 1;
	}
	return 0;
}

/*
 * The names that the n first quotes of l title as journalists
 * ("Foreign affairs correspondent Nick Schifrin reports." in the
 * anchor's line): a journalist's word, then two or more name words;
 * their first tokens in names[], at most max of them, their count
 * returned. One pass over the lines, whatever the number of speakers.
 */
static size_t reporter_names(const struct ctx *c, const struct quote_list *l,
			     size_t n, size_t *names, size_t *ends, size_t max)
{
	size_t k, i, j, got = 0;
	const struct quote *q;

	for (k = 0; k < n && got < max; k++) {
		q = &l->q[k];
		if (!q->label)
			continue;
		for (i = q->tok0; i + 2 < q->tok1 && got < max; i++) {
			if (!is_lowerword(c, i) || !quote_reporter_word(c->a, i))
				continue;
			for (j = i + 1; j < q->tok1 && is_name_tok(c, j); j++)
				;
			if (j > i + 2) {
				names[got] = i + 1;
				ends[got++] = j;
			}
		}
	}
	return got;
}

/* Whether name is one of the got names reporter_names() found. */
static int reporter_titled(const struct ctx *c, const size_t *names,
			   const size_t *ends, size_t got, const char *name)
{
	size_t k, len = strlen(name);

	for (k = 0; k < got; k++)
		if (T(c, ends[k] - 1)->end - T(c, names[k])->start == len &&
		    !memcmp(c->a->text + T(c, names[k])->start, name, len))
			return 1;
	return 0;
}

/*
 * Whether the label of transcript line q carries a legislator's title
 * ("SEN. PAUL:", "CHAIRMAN RISCH:", "REP. MCCAUL:"): a hearing's
 * members, whose questions are theirs, as a plenary record's are.
 */
static int legislator_label(const struct ctx *c, const struct quote *q)
{
	static const char *const w[] = { "sen", "senator", "rep",
					 "representative", "congressman",
					 "congresswoman", "chairman",
					 "chairwoman", "chair", NULL };
	size_t k = quote_label_start(c->a, q->para);
	size_t colon = quote_label_colon(c->a, q);

	for (; k < colon && k < c->a->para[q->para].tok1; k++)
		if (article_is_any(c->a, k, w))
			return 1;
	return 0;
}

/*
 * Where the first three paragraphs call someone a programme's moderator
 * or host ("The moderators were Yekaterina Berezovskaya and Alexander
 * Shchukin.", "hosted by ..."): the tokens of such words, at most max
 * of them, their count returned (found once per article).
 */
static size_t host_intros(const struct ctx *c, size_t *at, size_t max)
{
	static const char *const w[] = { "moderator", "moderators",
					 "moderated", "host", "hosts",
					 "hosted", "presenter", "presenters",
					 NULL };
	size_t e, k, n = 0;

	if (c->a->npara == 0)
		return 0;
	e = c->a->para[c->a->npara < 3 ? c->a->npara - 1 : 2].tok1;
	for (k = 0; k < e && k < 2000 && n < max; k++)
		if (is_lowerword(c, k) && article_is_any(c->a, k, w))
			at[n++] = k;
	return n;
}

/* Whether name is named within eight tokens after one of the n host
 * words at[] (not an official who chairs a press conference, whose
 * post the article gives: "moderated by the Government's spokesperson,
 * Ana Bivol"). */
static int introduced_host(const struct ctx *c, const size_t *at, size_t n,
			   const char *name)
{
	size_t k, m;

	for (k = 0; k < n; k++)
		for (m = mention_from(c, at[k] + 1);
		     m < c->nmen && c->men[m].t0 < at[k] + 9; m++)
			if (!strcmp(c->canon[c->men[m].canon].name, name))
				return c->canon[c->men[m].canon].nrole == 0;
	return 0;
}

static void drop_interviewers(const struct ctx *c, const struct quote_list *l,
			      int *kind, size_t n)
{
	struct speaker_line *v;
	size_t m = 0, k, g, j, asks, rn[16], re[16], nrep, hw[8], nhw;
	const struct quote *q;
	int host, hands, member;

	/* in a parliamentary record (labels with brackets: label 4) a
	 * member's question is theirs: no one interviews (but a
	 * broadcast's anchor, who hands over, labels "Sen. Roger Wicker
	 * (R-MS):" so too) */
	for (k = 0; k < n; k++)
		if ((l->q[k].label == 1 || l->q[k].label == 3) &&
		    handover_words(c, l->q[k].tok0, l->q[k].tok1))
			break;
	for (j = 0; j < n && k == n; j++)
		if (l->q[j].label == 4)
			return;
	v = xcalloc(n + 1, sizeof(*v));
	for (k = 0; k < n; k++)
		if ((l->q[k].label == 1 || l->q[k].label == 3) &&
		    l->q[k].speaker && kind[k] >= 0) {
			v[m].speaker = l->q[k].speaker;
			v[m++].k = k;
		}
	if (m > 1)
		qsort(v, m, sizeof(*v), cmp_speaker_line);
	nrep = reporter_names(c, l, n, rn, re, 16);
	nhw = host_intros(c, hw, 8);
	for (k = 0; k < m; k = g) {
		asks = host = hands = member = 0;
		for (g = k; g < m && !strcmp(v[g].speaker, v[k].speaker); g++) {
			q = &l->q[v[g].k];
			/* (and a committee's numbered questions: "Q40 Mrs
			 * Brandreth: ...") */
			member = member || legislator_label(c, q) ||
				 quote_question_number(
					 c->a, c->a->para[q->para].tok0);
			/* (a question ending a long answer is rhetorical:
			 * "... Turkish officers as our allies?") */
			asks += c->a->text[q->end - 1] == '?' &&
				q->tok1 - q->tok0 <= 60;
			/* (a programme's host, who need not ask) */
			host = host || host_words(c, q->tok0, q->tok1);
			/* (an anchor, who hands over and asks nothing) */
			hands = hands || handover_words(c, q->tok0, q->tok1);
		}
		if (!member &&
		    (2 * asks >= g - k || (host && asks) || hands ||
		     reporter_titled(c, rn, re, nrep, v[k].speaker) ||
		     introduced_host(c, hw, nhw, v[k].speaker)))
			for (j = k; j < g; j++)
				kind[v[j].k] = -1;
	}
	free(v);
}

/*
 * "When I put that to Volker, he shrugged." before a paragraph that is
 * only a quotation: a short last sentence of paragraph p, with no quote
 * and no verb of speech, whose subject acts in the past tense; the person
 * of its subject (the latest event in it), or NULL. *ms, *me are set to
 * that event's word.
 */
static const char *gesture_para(struct ctx *c, size_t p, size_t *ms,
				size_t *me)
{
	const struct article_para *pa = &c->a->para[p];
	const struct event *ev;
	size_t s, s0, s1, k;
	int past = 0;

	if (pa->tok1 <= pa->tok0 || pa->headline ||
	    T(c, pa->tok1 - 1)->punct != '.')
		return NULL;
	s = T(c, pa->tok1 - 1)->sent;
	s0 = c->a->sent[s].tok0;
	s1 = c->a->sent[s].tok1;
	if (s0 < pa->tok0)
		return NULL;
	/* "Asked why he had not, Mr. Khazaradze leaned forward and spoke
	 * for several minutes.": past the question put to him */
	if ((is(c, s0, "asked") || is(c, s0, "pressed")) && is_cap(c, s0))
		for (k = s0 + 1; k < s1 && k < s0 + 12; k++)
			if (T(c, k)->punct == ',') {
				s0 = k + 1;
				break;
			}
	if (s1 - s0 > 14)
		return NULL;
	for (k = s0; k < s1; k++) {
		if (T(c, k)->punct == 'q' ||
		    (is_word(c, k) && verb_class(c, k) &&
		     /* ("spoke for several minutes") */
		     !(is(c, k, "spoke") && k + 1 < s1 && is(c, k + 1, "for"))))
			return NULL;
		past |= is_lowerword(c, k) && (ed_word(c, k) || is(c, k, "spoke"));
	}
	ev = past ? latest_person(c, s1) : NULL;
	/* ("Løkke, for his part, insisted ... Asked whether ..., he
	 * paused.": a pronoun, the person of the paragraph before it) */
	if (!ev || (ev->pos < s0 &&
		    !((is(c, s0, "he") || is(c, s0, "she")) &&
		      ev->pos >= pa->tok0)))
		return NULL;
	k = ev->pos < s0 ? s0 : ev->pos; /* (the pronoun names them) */
	*ms = T(c, k)->start;
	*me = T(c, k)->end;
	return ev->name;
}

static int label_line_in(const struct quote_list *l, size_t p);

/*
 * The person who wrote what paragraph p reads out after its colon: the
 * first named in full in its last sentence ("Dale Hoffman, a Vietnam
 * veteran from Port Clinton, wrote:"), else the last named in it
 * ("Roman Hnatiuk ... wrote to me last month. With his permission, I
 * include a portion of his letter:"); NULL if none.
 */
static const char *colon_sentence_person(struct ctx *c, size_t p, size_t *ms,
					 size_t *me)
{
	size_t t1 = c->a->para[p].tok1, s0 = sent0(c, t1 - 1);
	size_t k = mention_from(c, s0);
	const struct mention *m;

	for (; k < c->nmen && c->men[k].t0 < t1; k++) {
		m = &c->men[k];
		if (c->canon[m->canon].ntok >= 2 && !c->inq[m->t0]) {
			*ms = T(c, m->tt0)->start;
			*me = T(c, m->t1 - 1)->end;
			return c->canon[m->canon].name;
		}
	}
	return last_person_in(c, p, ms, me);
}

static void borrow(struct ctx *c, struct quote_list *l)
{
	size_t k, j, ms = 0, me = 0, pass;
	struct quote *q;
	const struct quote *o;
	const char *s;

	/* (a third pass: a headline's words pulled from a quotation whose
	 * speaker only the second found) */
	for (pass = 0; pass < 3; pass++) {
		for (k = 0; k < l->n; k++) {
			q = &l->q[k];
			if (q->speaker)
				continue;
			for (j = k; j-- > 0 && k - j <= NEAR_QUOTES &&
				    l->q[j].para == q->para;)
				if (l->q[j].speaker) {
					copy_speaker(q, &l->q[j]);
					break;
				}
			/* a later quotation's speaker, but not for a
			 * phrase of the writer's sentence before it
			 * ('Some analysts call it "strategic ambiguity."
			 * Kristi Raik disagrees. "...," she said') */
			for (j = k + 1; !q->speaker && j < l->n &&
			     j <= k + NEAR_QUOTES && l->q[j].para == q->para;
			     j++)
				if (l->q[j].speaker &&
				    !(q->kind == QUOTE_PARTIAL &&
				      l->q[j].kind != QUOTE_PARTIAL &&
				      T(c, l->q[j].tok0)->sent !=
					      T(c, q->tok0)->sent))
					copy_speaker(q, &l->q[j]);
			if (q->speaker)
				continue;
			if (q->cont_prev && k > 0 && l->q[k - 1].speaker &&
			    l->q[k - 1].cont_next) {
				copy_speaker(q, &l->q[k - 1]);
				continue;
			}
			if (q->cont_next && k + 1 < l->n &&
			    l->q[k + 1].speaker && l->q[k + 1].cont_prev) {
				copy_speaker(q, &l->q[k + 1]);
				continue;
			}
			j = q->open == QUOTE_NONE ? q->tok0 : q->open;
			j = cue_before(c, j);
			if (j != NONE && T(c, c->cue[j].pos)->para == q->para &&
			    c->cue[j].speaker) {
				set_speaker(q, c->cue[j].speaker, c->cue[j].ms,
					    c->cue[j].me);
				continue;
			}
			/* a dashed speech's paragraph with no attribution:
			 * the speech of the paragraph before */
			if (q->dash == 2 && k > 0 && l->q[k - 1].dash &&
			    l->q[k - 1].speaker &&
			    l->q[k - 1].para + 1 == q->para) {
				copy_speaker(q, &l->q[k - 1]);
				continue;
			}
			/* '(Translated: "...")': the words just quoted in
			 * their own language, the same speaker's */
			if (q->open != QUOTE_NONE && q->open >= 2 && k > 0 &&
			    T(c, q->open - 1)->punct == ':' &&
			    (is(c, q->open - 2, "translated") ||
			     is(c, q->open - 2, "translation")) &&
			    l->q[k - 1].speaker &&
			    q->para - l->q[k - 1].para <= 1) {
				copy_speaker(q, &l->q[k - 1]);
				continue;
			}
			if (pass == 0)
				continue;
			o = pulled_from(c, l, k);
			if (o) {
				copy_speaker(q, o);
				continue;
			}
			if ((s = source_line(c, q, &ms, &me)) ||
			    (s = caps_lead(c, q, &ms, &me)) ||
			    (s = subject_after(c, q, &ms, &me)) ||
			    (s = dash_signer(c, q, &ms, &me)) ||
			    (s = soundbite_name(c, q, &ms, &me)) ||
			    (s = heading_above(c, q, &ms, &me)) ||
			    (s = words_of_next(c, q, &ms, &me)) ||
			    (s = epigraph_name(c, q, &ms, &me))) {
				set_speaker(q, s, ms, me);
				continue;
			}
			if (q->para > 0 && quote_only(c, q->para)) {
				/* "Dale Hoffman, a Vietnam veteran from Port
				 * Clinton, wrote:" in a speaker's line: what
				 * the line reads out is the one it names */
				s = NULL;
				if (label_line_in(l, q->para - 1) &&
				    c->a->para[q->para - 1].tok1 >
					    c->a->para[q->para - 1].tok0 &&
				    T(c, c->a->para[q->para - 1].tok1 - 1)
						    ->punct == ':')
					s = colon_sentence_person(
						c, q->para - 1, &ms, &me);
				if (!s)
					s = last_in_para(c, l, k, q->para - 1,
							 &ms, &me);
				if (!s)
					s = caps_label(c, q->para - 1, &ms,
						       &me);
				if (!s)
					s = caps_block(c, q->para - 1, &ms,
						       &me);
				if (!s)
					s = handle_heading(c, q->para - 1, &ms,
							   &me);
				if (!s)
					s = gesture_para(c, q->para - 1, &ms,
							 &me);
				/* "Orbán also tied the issue to the
				 * election, a theme of his videos:" then the
				 * quotation: the person the line names */
				if (!s && c->a->para[q->para - 1].tok1 >
						  c->a->para[q->para - 1].tok0 &&
				    T(c, c->a->para[q->para - 1].tok1 - 1)
						    ->punct == ':')
					s = last_person_in(c, q->para - 1, &ms,
							   &me);
				if (s) {
					set_speaker(q, s, ms, me);
					continue;
				}
			}
		}
	}
}

/* Has [c0, c1) a mark of a quotation (not of a term: "UK will 'never'
 * abandon ...")? */
static int has_mark(const struct ctx *c, size_t c0, size_t c1)
{
	size_t k;

	for (k = c0; k < c1; k++)
		if (T(c, k)->punct == 'q' && c->inq[k])
			return 1;
	return 0;
}

/* Has [c0, c1) a quotation mark of any kind? */
static int has_quote_mark(const struct ctx *c, size_t c0, size_t c1)
{
	for (; c0 < c1; c0++)
		if (T(c, c0)->punct == 'q')
			return 1;
	return 0;
}

static struct quote *add_indirect(struct ctx *c, struct quote_list *l,
				  size_t c0, size_t c1, const char *speaker,
				  size_t ms, size_t me)
{
	struct quote *q;
	size_t words, quoted, k;

	if (!speaker || !strcmp(speaker, SPEAKER_UNKNOWN))
		return NULL;
	c0 = after_dateline(c, c0, c1);
	c1 = trim_clause(c, c0, c1);
	/* (and a dashed speech's dash: "– We gave them no path, says") */
	while (c0 < c1 && (T(c, c0)->punct == ',' || T(c, c0)->punct == '(' ||
			   T(c, c0)->punct == '-'))
		c0++;
	if (c1 <= c0)
		return NULL;
	/* a clause with a quotation in it is given as the partial quote */
	words = count_words(c, c0, c1, &quoted);
	/* "said she agreed": a pronoun and its past tense are a clause */
	if (quoted || (words < 3 &&
		       !(words == 2 && c1 == c0 + 2 && is_pronoun(c, c0) &&
			 is_lowerword(c, c0 + 1) && ed_word(c, c0 + 1))))
		return NULL;
	/* duplicates come from cues of one sentence, added together */
	for (k = l->n > 8 ? l->n - 8 : 0; k < l->n; k++)
		if (l->q[k].kind == QUOTE_INDIRECT &&
		    l->q[k].start == T(c, c0)->start &&
		    l->q[k].end == T(c, c1 - 1)->end)
			return NULL;
	q = quote_list_add(l);
	q->kind = QUOTE_INDIRECT;
	q->tok0 = c0;
	q->tok1 = c1;
	q->start = T(c, c0)->start;
	q->end = T(c, c1 - 1)->end;
	q->para = T(c, c0)->para;
	set_speaker(q, speaker, ms, me);
	return q;
}

static int has_cue(const struct ctx *c, size_t c0, size_t c1)
{
	size_t k = cue_before(c, c1);

	return k != NONE && c->cue[k].pos >= c0 &&
	       c->cue[k].type == CUE_VERB;
}

/* Whether a verb of speech in [c0, c1) reports words of its own (not
 * "want the text to reaffirm ...", an infinitive). */
static int has_finite_cue(const struct ctx *c, size_t c0, size_t c1)
{
	size_t k = cue_before(c, c1);

	size_t t;

	for (; k != NONE && c->cue[k].pos >= c0; k = k ? k - 1 : NONE) {
		if (c->cue[k].type != CUE_VERB)
			continue;
		/* past adverbs: "to at least reaffirm" */
		for (t = c->cue[k].pos; t > c0 && c->cue[k].pos - t < 3 &&
					(is_adverb(c, t - 1) || is(c, t - 1, "at") ||
					 is(c, t - 1, "least"));
		     t--)
			;
		if (!(t > c0 && is(c, t - 1, "to")))
			return 1;
	}
	return 0;
}

/*
 * Whether the clause from c0 opens with its own attribution ("According
 * to Reuters, a senior Turkish official said ..."; its subject may
 * start after "a senior"): then the words are that speaker's, and the
 * outer source only reports them.
 */
static int opens_with_cue(const struct ctx *c, size_t c0, size_t c1)
{
	size_t k = cue_before(c, c0);

	for (k = k == NONE ? 0 : k + 1; k < c->ncue && c->cue[k].pos < c1; k++)
		if (c->cue[k].type == CUE_VERB && c->cue[k].first >= c0 &&
		    c->cue[k].first <= c0 + 2 && words_only(c, c0,
							c->cue[k].first))
			return 1;
	return 0;
}

/*
 * "..., Medvedev threatened to deploy ...", "..., Sweden announced its
 * candidacy": a verb with its own "to", "that" or object says its words
 * after it, so the words before its comma are not what it reports (they
 * are an aside about the subject, or the time).
 */
static int own_complement(const struct ctx *c, const struct cue *cu)
{
	size_t k = cu->np0 == cu->pos + 1 ? cu->np1 : cu->pos + 1;

	if (k >= sent1(c, cu->pos))
		return 0;
	/* "X, Y denounced what ...": "called", "dismissed" take objects */
	if ((cu->cls & V_CLASS) == V_CALL)
		return 1;
	/* "..., Russia warns of 'military-technical' steps": what it
	 * warns of (but '"...," he said of the vote' reports the words) */
	/* and "When the bill comes, she insists on leaving the tip" (not
	 * "says Jaishankar on NATO outreach") */
	if ((is(c, k, "of") || is(c, k, "against") || is(c, k, "about") ||
	     (is(c, k, "on") && k + 1 < sent1(c, cu->pos) &&
	      !IN(c, k + 1, time_words) &&
	      !(T(c, k + 1)->flags & ARTICLE_DIGIT))) &&
	    !is(c, cu->pos, "said") && !is(c, cu->pos, "says") &&
	    !is(c, cu->pos, "wrote") && !is(c, cu->pos, "writes") &&
	    !is(c, cu->pos, "added") && !is(c, cu->pos, "adds"))
		return 1;
	return is(c, k, "to") || is(c, k, "that") ||
	       object_np(c, k, sent1(c, cu->pos));
}

/*
 * A live blog's time stamp before a sentence ("14:10 — Hungary will not
 * block, says Szijjarto"): where the words after it start, or s0.
 */
static size_t past_stamp(const struct ctx *c, size_t s0, size_t e)
{
	size_t k = s0;

	if (k >= e || !(T(c, k)->flags & ARTICLE_DIGIT))
		return s0;
	k++;
	if (k + 1 < e && T(c, k)->punct == ':' &&
	    (T(c, k + 1)->flags & ARTICLE_DIGIT))
		k += 2;
	return k < e && T(c, k)->punct == '-' ? k + 1 : s0;
}

/*
 * "The alliance, he said, has never been stronger", "Before Finland
 * joined Nato, she says, tourists paid her bills": a fronted cue between
 * commas inside the sentence it reports, whose words before it, [f,
 * comma), are no clause of their own: a noun phrase (no auxiliary or
 * past tense; its verb follows the aside), or an opening phrase or
 * subordinate clause (a clause follows the aside). Returns where the
 * reported words after the aside end, or 0 when the sentence does not
 * go on.
 */
static size_t aside_rest(const struct ctx *c, const struct cue *cu,
			 size_t f, size_t comma, size_t e)
{
	size_t k = cu->np0 == cu->pos + 1 ? cu->np1 : cu->pos + 1, n;
	const struct article_tok *t;
	int verb, clause;

	/* "he said on Monday," */
	if (k + 1 < e && (is(c, k, "on") || is(c, k, "last")) &&
	    IN(c, k + 1, time_words))
		k += 2;
	else if (k < e && IN(c, k, time_words))
		k++;
	n = k + 1;
	if (n >= e || T(c, k)->punct != ',' || !is_word(c, n) ||
	    ing_word(c, n))
		return 0;
	t = T(c, n);
	/* a verb: "has", "never was", "remains", "changed" */
	verb = is_aux(c, n) || past_word(c, n) ||
	       (IN(c, n, adverbs) && n + 1 < e && is_aux(c, n + 1)) ||
	       (is_lowerword(c, n) && !IN(c, n, function_words) &&
		t->end - t->start > 3 && c->a->text[t->end - 1] == 's');
	/* a clause: "tourists paid", "the mood was" */
	clause = !IN(c, n, function_words) || is_det(c, n) ||
		 IN(c, n, clause_words); /* "most days she serves" */
	if (IN(c, f, subord))
		return clause ? cut_clause(c, n, e) : 0;
	if (finite_within(c, f, comma))
		return 0;
	if (verb || (clause && IN(c, f, function_words) && !is_det(c, f)))
		return cut_clause(c, n, e);
	return 0;
}

/*
 * Whether paragraph p opens with a spaced dash and the next paragraph
 * does too, with no quotation marks in p, and the turn two back was a
 * question: a turn of a dialogue set off by dashes whose words are the
 * interviewer's ("— The Europeans say
 * that only Ukraine can decide this." before "— The Europeans say many
 * things.").
 */
static int dialogue_turn(const struct ctx *c, size_t p)
{
	const struct article *a = c->a;
	size_t k;

	if (p + 1 >= a->npara)
		return 0;
	for (k = 0; k < 2; k++)
		if (a->para[p + k].tok1 - a->para[p + k].tok0 < 2 ||
		    T(c, a->para[p + k].tok0)->punct != '-' ||
		    !(T(c, a->para[p + k].tok0 + 1)->flags & ARTICLE_SPACE))
			return 0;
	for (k = a->para[p].tok0; k < a->para[p].tok1; k++)
		if (T(c, k)->punct == 'q')
			return 0;
	/* a dialogue, not a list of bullets: a question two turns back */
	return p >= 2 && a->para[p - 2].tok1 > a->para[p - 2].tok0 + 1 &&
	       T(c, a->para[p - 2].tok0)->punct == '-' &&
	       T(c, a->para[p - 2].tok1 - 1)->punct == '?';
}

/*
 * Whether [f, comma) is a phrase of place or time, not a clause: a
 * preposition, at most five more words, none a verb ("Next to her",
 * "After the meeting").
 */
static int opening_phrase(const struct ctx *c, size_t f, size_t comma)
{
	static const char *const w[] = { "next",   "after", "before", "during",
					 "at",	   "with",  "beside", "behind",
					 "among", "despite" };
	size_t k;

	if (comma - f > 6)
		return 0;
	for (k = 0; k < sizeof(w) / sizeof(w[0]); k++)
		if (is(c, f, w[k]))
			break;
	if (k == sizeof(w) / sizeof(w[0]))
		return 0;
	for (k = f + 1; k < comma; k++)
		if (verb_class(c, k) || is_aux(c, k) ||
		    (is_lowerword(c, k) && past_word(c, k)))
			return 0;
	return 1;
}

/* Reported speech from every cue that introduces a clause. */
/*
 * "Minister of Foreign Affairs Andrii Sybiha stated this on Telegram":
 * a named subject opening sentence s0, a verb of speech in the past and
 * "this" with nothing but where or when after it, the sentence before
 * in the same paragraph (or the paragraph's last, when s0 opens its
 * own) free of quotation marks and of verbs of speech; 1 if so.
 */
static int said_this(const struct ctx *c, const struct cue *cu, size_t s0)
{
	size_t v = cu->pos, e = sent1(c, v), p0, k;

	if (s0 == 0 || v + 1 >= e || !is(c, v + 1, "this") ||
	    !(is(c, v, "stated") || is(c, v, "said") ||
	      is(c, v, "announced") || is(c, v, "wrote")) ||
	    cu->kind != NP_PERSON || cu->np0 != subject_start(c, s0) ||
	    !(v + 2 >= e || !is_word(c, v + 2) || is(c, v + 2, "on") ||
	      is(c, v + 2, "in") || is(c, v + 2, "at") ||
	      is(c, v + 2, "during") || is(c, v + 2, "after")))
		return 0;
	if (T(c, s0 - 1)->para != T(c, s0)->para &&
	    (T(c, s0 - 1)->para + 1 != T(c, s0)->para ||
	     c->a->para[T(c, s0 - 1)->para].headline))
		return 0;
	p0 = sent0(c, s0 - 1);
	for (k = p0; k < s0; k++)
		if (T(c, k)->punct == 'q' || c->inq[k] ||
		    (is_word(c, k) && verb_class(c, k)))
			return 0;
	return 1;
}

static void indirect(struct ctx *c, struct quote_list *l)
{
	size_t k, k2, s0, e, comma, f, g;
	struct cue *cu;

	for (k = 0; k < c->ncue; k++) {
		cu = &c->cue[k];
		s0 = sent0(c, cu->pos);
		e = sent1(c, cu->pos);
		/* "Will the HR/VP confirm that the EU will oppose ...?": a
		 * question asks for words, it reports none; nor does the
		 * interviewer's turn of a dialogue set off by dashes */
		if ((e > s0 + 2 && T(c, e - 1)->punct == '?' &&
		     !c->inq[e - 1] && is_aux(c, subject_start(c, s0))) ||
		    dialogue_turn(c, T(c, cu->pos)->para) ||
		    /* "Related: Zelenskyy says ...": another article's
		     * (a first letter before the line is read) */
		    (strchr("RSArsa", c->a->text[T(c, c->a->para[T(c,
			     cu->pos)->para].tok0)->start]) &&
		     quote_link_line(c->a, T(c, cu->pos)->para)))
			continue;
		switch (cu->type) {
		case CUE_VERB:
		case CUE_OPINION:
			/* "X. Foreign Minister Y stated this on Telegram":
			 * the sentence before, Y's */
			if (cu->type == CUE_VERB && said_this(c, cu, s0)) {
				add_indirect(c, l, sent0(c, s0 - 1), s0,
					     cu->speaker, cu->ms, cu->me);
				break;
			}
			if (cu->c1 > cu->c0 &&
			    (!cu->attached || cu->immediate) &&
			    !inside_clause(c, k)) {
				/* 'said X "..." and that Y' (or "but
				 * that"): when one of two clauses holds a
				 * quotation (given as the partial quote),
				 * the other alone */
				g = cu->c1;
				f = has_mark(c, cu->c0, cu->c1) ? cu->c0 + 1 :
								  cu->c1;
				for (; f + 1 < cu->c1; f++)
					if ((is(c, f, "and") ||
					     is(c, f, "but")) &&
					    is(c, f + 1, "that") &&
					    !(f + 2 < cu->c1 &&
					      is(c, f + 2, "of"))) {
						/* not "X and that of Y" */
						g = f;
						break;
					}
				add_indirect(c, l, cu->c0, g, cu->speaker,
					     cu->ms, cu->me);
				if (g < cu->c1)
					add_indirect(c, l, g + 2, cu->c1,
						     cu->speaker, cu->ms,
						     cu->me);
			}
			else if (cu->fronted &&
				 /* (or, in a headline, its quotation
				  * comes after it: "X, Marles says, but
				  * Y 'is not negotiable'") */
				 (!cu->attached ||
				  (cu->first > s0 && headline(c, cu->pos) &&
				   !has_quote_mark(c, s0, cu->first))) &&
				 !own_complement(c, cu)) {
				comma = cu->np0 > cu->pos ? cu->pos - 1 :
					cu->first - 1;
				/* "X said Y, the BBC reported": X's words;
				 * not "In a statement, the ministry said:",
				 * whose words follow */
				f = past_stamp(c, s0, comma);
				if (comma > f + CLAUSE_MAX)
					break; /* no clause runs on so long */
				k2 = cu->np0 == cu->pos + 1 ? cu->np1 :
							      cu->pos + 1;
				if (k2 < e && T(c, k2)->punct == ':')
					break;
				/* "According to a readout, Biden
				 * reaffirmed ...": a source, not words */
				if (is(c, f, "according"))
					break;
				/* "..., writes Karim Abdel-Hadi" under the
				 * headline: the writer's standfirst */
				if (standfirst_byline(c, cu))
					break;
				g = comma > f ? aside_rest(c, cu, f, comma, e) :
						0;
				if (!g)
					g = comma;
				/* "Next to her, former German diplomat
				 * Wolfgang Ischinger urged patience": a
				 * phrase, no clause */
				if (comma > f && !has_mark(c, f, g) &&
				    !has_finite_cue(c, f, comma) &&
				    (g > comma || !opening_phrase(c, f, comma)))
					add_indirect(c, l, f, g, cu->speaker,
						     cu->ms, cu->me);
			}
			break;
		case CUE_ACCORDING:
			/* "According to an official at the Finnish
			 * foreign ministry, ...": past the source's
			 * place, to its comma */
			for (g = cu->np1; cu->pos == s0 && g < e &&
					  g < cu->np1 + 8 && is_word(c, g) &&
					  !verb_class(c, g) && !is_aux(c, g);
			     g++)
				;
			if (cu->pos == s0 && g < e &&
			    T(c, g)->punct == ',') {
				const char *who = cu->speaker;

				/* whose post is named with its place */
				if (g > cu->np1 + 1 && is_indef(c, cu->np0) &&
				    (is(c, cu->np1, "in") ||
				     is(c, cu->np1, "at") ||
				     is(c, cu->np1, "from"))) {
					who = post_name(c, cu->np0 + 1, g);
					cu->me = T(c, g - 1)->end;
				}
				/* "According to the Military Academy at ETH
				 * Zurich, which publishes an annual survey,
				 * a majority ...": past the relative clause */
				if (g + 2 < e && (is(c, g + 1, "which") ||
						  is(c, g + 1, "who"))) {
					for (f = g + 2; f < e && f < g + 30 &&
							T(c, f)->punct != ',';
					     f++)
						;
					if (f + 1 < e && T(c, f)->punct == ',')
						g = f;
				}
				f = cut_clause(c, g + 1, e);
				if (!opens_with_cue(c, g + 1, f))
					add_indirect(c, l, g + 1, f, who,
						     cu->ms, cu->me);
			} else if (cu->pos > s0 + 1 &&
				   T(c, cu->pos - 1)->punct == ',' &&
				   !has_cue(c, s0, cu->pos) &&
				   /* not "At the same time, according
				    * to X, ...": a phrase, no clause */
				   !opening_phrase(c, s0, cu->pos - 1)) {
				add_indirect(c, l, s0, cu->pos - 1, cu->speaker,
					     cu->ms, cu->me);
			}
			break;
		case CUE_PASSIVE:
			if (cu->pos < s0 + 2 || s0 == 0)
				break;
			f = is(c, cu->pos, "message") ? cu->pos - 3 :
							cu->pos - 2;
			/* "X. This was stated by Y": the sentence before,
			 * in the paragraph before too when "This" opens
			 * its paragraph (Ukrinform's lede) */
			if ((is(c, f, "this") || is(c, f, "it") ||
			     is(c, f, "that")) && f == s0 &&
			    (T(c, s0 - 1)->para == T(c, s0)->para ||
			     (T(c, s0 - 1)->para + 1 == T(c, s0)->para &&
			      !c->a->para[T(c, s0 - 1)->para].headline)))
				add_indirect(c, l, sent0(c, s0 - 1), s0,
					     cu->speaker, cu->ms, cu->me);
			break;
		default:
			break;
		}
	}
}

/*
 * The speaker a headline's label names before its first colon
 * ("Orban: ...", "Kremlin: ..."): a person the article names, or a body
 * of at most three capitalised words ending in an organisation's word or
 * an acronym (whose quotation marks after it are its words, though a
 * body's label may be only the topic: "NATO: Turkey agrees ..."); NULL
 * if none. *colon is set to the colon's token.
 */
/*
 * Whether person en holds a post next to the one words [k0, k1) name
 * rather than that post: "Shadow defence secretary James Cartlidge" or
 * a former or deputy minister is not "Defence secretary:".
 */
static int other_post(const struct canon *en, const struct ctx *c,
		      size_t k0, size_t k1)
{
	static const char *const quals[] = { "shadow", "former", "deputy",
					     "vice", NULL };
	size_t r, q, k;

	for (r = 0; r < en->nrole; r++)
		for (q = 0; quals[q]; q++) {
			if (strcmp(en->role[r], quals[q]))
				continue;
			for (k = k0; k < k1 && !is(c, k, quals[q]); k++)
				;
			if (k == k1)
				return 1;
		}
	return 0;
}

/*
 * The first person named after paragraph p whose titles hold every role
 * word of [k0, k1) ("Ukraine's Foreign Minister" is "Ukraine's foreign
 * minister, Andrii Sybiha"), or NULL.
 */
/* Whether person en's titles hold every role word of [k0, k1), and no
 * post beside it ("shadow", "former"). */
static int titled_so(struct ctx *c, const struct canon *en, size_t k0,
		     size_t k1)
{
	size_t k;

	for (k = k0; k < k1; k++)
		if (IN(c, k, roles) && !canon_has_role(c, en, k))
			return 0;
	return !other_post(en, c, k0, k1);
}

static const char *person_with_roles(struct ctx *c, size_t k0, size_t k1,
				     size_t p)
{
	size_t m;
	const struct canon *en;

	for (m = mention_from(c, c->a->para[p].tok1); m < c->nmen; m++) {
		en = &c->canon[c->men[m].canon];
		if (titled_so(c, en, k0, k1))
			return en->name;
	}
	/* a label further down ("Rheinmetall CEO:" under a video): the
	 * person so titled before it, the latest first, in the ten
	 * paragraphs before */
	for (m = mention_from(c, c->a->para[p].tok0); p > 0 && m-- > 0;) {
		if (p - T(c, c->men[m].t0)->para > 10)
			break;
		en = &c->canon[c->men[m].canon];
		if (titled_so(c, en, k0, k1))
			return en->name;
	}
	return NULL;
}

/*
 * "Løkke: ...": the one person of the article whose name of three or
 * more words has word i of the text as a middle word ("Lars Løkke
 * Rasmussen"), or NULL.
 */
static const char *middle_name_person(const struct ctx *c, size_t i)
{
	const char *w = c->a->text + T(c, i)->start, *n, *sp;
	size_t len = ARTICLE_BASE_END(T(c, i)) - T(c, i)->start, k;
	const char *found = NULL;

	for (k = 0; k < c->ncanon; k++) {
		if (c->canon[k].ntok < 3)
			continue;
		n = strchr(c->canon[k].name, ' '); /* past the first word */
		for (; n && (sp = strchr(n + 1, ' ')) != NULL; n = sp)
			if ((size_t)(sp - n - 1) == len &&
			    !strncmp(n + 1, w, len)) {
				if (found && strcmp(found, c->canon[k].name))
					return NULL;
				found = c->canon[k].name;
			}
	}
	return found;
}

static int post_label(const struct ctx *c, size_t t0, size_t colon);

/*
 * "19:05\nKremlin: Nothing has changed in our position": a live blog's
 * time stamp, then on a line of its own a heading (no full stop at its
 * end, at most 20 words) — where the heading starts; else the
 * paragraph's first token.
 */
static size_t heading_tok0_at(const struct ctx *c, size_t p);

/* Where paragraph p's heading starts (heading_tok0_at()), past the
 * symbols a live page sets before it ("⚡️ Zelensky: ...", a flag). */
static size_t heading_tok0(const struct ctx *c, size_t p)
{
	size_t t0 = heading_tok0_at(c, p), k = t0;

	if (t0 == c->a->para[p].tok0)
		return t0;
	while (k < c->a->para[p].tok1 && k < t0 + 3 && !is_word(c, k) &&
	       T(c, k)->punct == 'o')
		k++;
	return k < c->a->para[p].tok1 ? k : t0;
}

static size_t heading_tok0_at(const struct ctx *c, size_t p)
{
	const struct article_para *pa = &c->a->para[p];
	size_t t0 = pa->tok0, k, words = 0;
	const char *w;

	/* "• Zelensky: We came as a partner, not a guest": a live page's
	 * key update, a heading after its bullet; "3.41pm" on a line of its
	 * own, the heading under it (without a full stop, and short) */
	if (pa->tok1 > t0 + 3 && pa->tok1 < t0 + 30 &&
	    T(c, pa->tok1 - 1)->punct != '.') {
		w = c->a->text + T(c, t0)->start;
		if (T(c, t0)->end - T(c, t0)->start == 3 &&
		    !memcmp(w, "\xe2\x80\xa2", 3))
			return t0 + 1;
		if ((T(c, t0)->flags & ARTICLE_DIGIT) &&
		    T(c, t0)->end - T(c, t0)->start >= 3 &&
		    (w[T(c, t0)->end - T(c, t0)->start - 1] | 0x20) == 'm' &&
		    strchr("ap", w[T(c, t0)->end - T(c, t0)->start - 2] | 0x20) &&
		    line_break_before(c, t0 + 1))
			return t0 + 1;
	}
	/* "10 Feb 2026 - 15:12 GMT" on a line of its own (Al Jazeera's
	 * live pages): the heading is the next line */
	for (k = t0; k + 1 < pa->tok1 && k < t0 + 9 &&
		     !line_break_before(c, k + 1);
	     k++)
		;
	if (k > t0 + 3 && k + 3 < pa->tok1 && k < t0 + 9 &&
	    (T(c, t0)->flags & ARTICLE_DIGIT) &&
	    (is(c, k, "gmt") || is(c, k, "utc") || is(c, k, "cet") ||
	     is(c, k, "bst") || is(c, k, "est")) &&
	    T(c, k - 2)->punct == ':' &&
	    T(c, pa->tok1 - 1)->punct != '.') {
		size_t nl = k + 1;

		for (k = nl; k < pa->tok1; k++)
			if ((words += is_word(c, k)) > 20)
				return t0;
		return nl;
	}
	if (pa->tok1 < t0 + 5 || !(T(c, t0)->flags & ARTICLE_DIGIT) ||
	    T(c, t0 + 1)->punct != ':' ||
	    !(T(c, t0 + 2)->flags & ARTICLE_DIGIT) ||
	    !line_break_before(c, t0 + 3) ||
	    T(c, pa->tok1 - 1)->punct == '.')
		return t0;
	for (k = t0 + 3; k < pa->tok1; k++)
		if ((words += is_word(c, k)) > 20)
			return t0;
	return t0 + 3;
}

/* "Head of BBN:", "Chief of the General Staff:": a role, "of" and a
 * body of at most four words, capitalised or its initials. */
static int body_post_label(const struct ctx *c, size_t t0, size_t colon)
{
	size_t k = t0 + 2;

	if (colon < t0 + 3 || colon > t0 + 6 || !IN(c, t0, roles) ||
	    !is_cap(c, t0) || !is(c, t0 + 1, "of"))
		return 0;
	if (is(c, k, "the"))
		k++;
	for (; k < colon; k++)
		if (!is_word(c, k) || !is_cap(c, k))
			return 0;
	return 1;
}

/*
 * The first person after paragraph p (among the next 50 mentions)
 * whose title holds the role and the body of label [t0, colon) ("The
 * head of the National Security Bureau (BBN), Dariusz Łukowski"), or
 * NULL.
 */
static const char *body_post_holder(struct ctx *c, size_t t0, size_t colon,
				    size_t p)
{
	size_t m = mention_from(c, c->a->para[p].tok1), n = 0, ta, i, j;
	const struct mention *mm;

	for (; m < c->nmen && n < 50; m++, n++) {
		mm = &c->men[m];
		ta = apposed_title(c, mm);
		for (i = t0; i < colon; i++) {
			if (i == t0 + 1 || is(c, i, "the"))
				continue;
			for (j = ta; j < mm->t0 && !same_title_word(c, i, j);
			     j++)
				;
			if (j == mm->t0)
				break;
		}
		if (i == colon)
			return c->canon[mm->canon].name;
	}
	return NULL;
}

static const char *headline_label(struct ctx *c, size_t p, size_t *colon)
{
	const struct article *a = c->a;
	size_t t0 = heading_tok0(c, p), t1 = a->para[p].tok1, k;
	const char *name;

	*colon = NONE;
	for (k = t0; k < t1; k++)
		if (T(c, k)->punct == ':' && !c->inq[k]) {
			*colon = k;
			break;
		}
	if (*colon == NONE || *colon == t0)
		return NULL;
	/* "Fico wants X. Šimečka: We are becoming ...": the label after
	 * the title's full stop */
	for (k = *colon; k > t0 + 1 && *colon - k < 3 && is_word(c, k - 1);
	     k--)
		;
	if (k > t0 + 1 && k < *colon && T(c, k - 1)->punct == '.')
		t0 = k;
	/* 'Lavrov on Ukraine and NATO: "..."': a person, then "on" and
	 * the topic */
	for (k = t0; k < *colon && k - t0 < 3 && is_name_tok(c, k); k++)
		;
	if (k > t0 && k + 1 < *colon && is(c, k, "on") && *colon - k <= 8 &&
	    known_person(c, k - 1))
		return canon_name(c, t0, k);
	/* "Tajani in Sarajevo: «...»": a person, then "in" and a place */
	if (k > t0 && k + 1 < *colon && is(c, k, "in") && *colon - k <= 4 &&
	    is_cap(c, k + 1) && known_person(c, k - 1))
		return canon_name(c, t0, k);
	if (body_post_label(c, t0, *colon))
		return body_post_holder(c, t0, *colon, p);
	if (*colon - t0 > 3)
		return NULL;
	/* capitalised words, or roles ("Finnish president:"), or the
	 * particles of a name ("Von der Leyen:") */
	for (k = t0; k < *colon && is_word(c, k) &&
		     (is_cap(c, k) || IN(c, k, roles) || IN(c, k, particles));
	     k++)
		;
	if (k < *colon)
		return NULL;
	if (known_person(c, *colon - 1))
		return canon_name(c, t0, *colon);
	if (*colon == t0 + 1 && (name = middle_name_person(c, t0)) != NULL)
		return name;
	/* "Rheinmetall CEO:": a post by its initials, its holder */
	if (IN(c, *colon - 1, roles) &&
	    (T(c, *colon - 1)->flags & ARTICLE_ACRONYM) &&
	    (name = person_with_roles(c, t0, *colon, p)) != NULL)
		return name;
	if (IN(c, *colon - 1, orgs) ||
	    (T(c, *colon - 1)->flags & ARTICLE_ACRONYM))
		return org_name(c, t0, *colon);
	/* "Ukraine's Foreign Minister: '...'": the person so titled, or
	 * when the article names no one so ("Defence secretary: ..."),
	 * the post as a description names its holder (not one word:
	 * "Source:", "Author:") */
	if (IN(c, *colon - 1, roles)) {
		name = person_with_roles(c, t0, *colon, p);
		if (!name && *colon - t0 >= 2 && post_label(c, t0, *colon))
			name = post_name(c, t0, *colon);
		return name;
	}
	return NULL;
}

/*
 * Lusa's 'Portugal supports "irreversible path" of Ukraine to NATO -
 * Rangel': a headline ending in a spaced dash and a person the article
 * names (at most three words); that person, with *dash set to the
 * dash's token, or NULL.
 */
static const char *headline_dash_name(struct ctx *c, size_t p, size_t *dash)
{
	size_t t0 = c->a->para[p].tok0, t1 = c->a->para[p].tok1, k, j;

	if (!c->a->para[p].headline)
		return NULL;
	for (k = t1; k-- > t0 + 1 && t1 - k <= 4;)
		if (T(c, k)->punct == '-')
			break;
	if (k <= t0 || t1 - k > 4 || T(c, k)->punct != '-' || c->inq[k] ||
	    !(T(c, k)->flags & ARTICLE_SPACE))
		return NULL;
	for (j = k + 1; j < t1 && is_name_tok(c, j); j++)
		;
	if (j != t1 || j == k + 1 || !known_person(c, t1 - 1))
		return NULL;
	*dash = k;
	return canon_name(c, k + 1, t1);
}

/*
 * "Sibal described the NATO warning as \"...\"", "called the NATO
 * warning \"...\"": a speech noun in the object of a verb of speech is
 * not who speaks; the verb's subject is. Cue k, or that verb's.
 */
static size_t verb_over_noun(const struct ctx *c, size_t k)
{
	const struct cue *n = &c->cue[k], *v;
	size_t j;

	if (n->type != CUE_POSSNOUN)
		return k;
	for (j = k; j-- > 0;) {
		v = &c->cue[j];
		if (T(c, v->pos)->sent != T(c, n->pos)->sent)
			break;
		if (v->type == CUE_VERB && v->speaker && v->np1 <= v->pos &&
		    v->pos < n->np0 && (v->cls & V_CLASS) == V_CALL)
			return j;
	}
	return k;
}

/*
 * Whether tokens [t0, colon) are a post: roles, perhaps after a
 * demonym or a country's possessive ("Lithuanian president", "Ukraine's
 * Foreign Minister"), ending in a singular role.
 */
static int post_label(const struct ctx *c, size_t t0, size_t colon)
{
	size_t k;

	if (colon == t0 || !IN(c, colon - 1, roles) || plural(c, colon - 1))
		return 0;
	for (k = t0; k < colon; k++)
		if (!IN(c, k, roles) && !demonym_of(c, k) &&
		    !((T(c, k)->flags & ARTICLE_POSS) && IN(c, k, countries)))
			return 0;
	return 1;
}

/*
 * "Lunch with the FT: Kristi Raik", "Interview: ...": whether the words
 * [t0, colon) before a headline's colon are a section's rubric, which
 * nobody says.
 */
static int rubric(const struct ctx *c, size_t t0, size_t colon)
{
	static const char *const words[] = {
		"lunch", "interview", "profile", "opinion", "analysis",
		"explainer", "obituary", "letter", "portrait", "podcast",
		"review", "comment", "editorial", "video", "watch", "listen",
		"pictures", "photos", "conversation", "dinner", "breakfast",
		"coffee", "meet", NULL };

	return colon - t0 <= 5 && article_is_any(c->a, t0, words);
}

/* Whether a labelled line (a transcript's, an interview's or a
 * record's) is among the quotes of paragraph p. */
static int label_line_in(const struct quote_list *l, size_t p)
{
	size_t lo = 0, hi = l->n, mid;

	while (lo < hi) { /* (l is in text order) */
		mid = lo + (hi - lo) / 2;
		if (l->q[mid].para < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < l->n && l->q[lo].para == p; lo++)
		if (l->q[lo].label)
			return 1;
	return 0;
}

/* Headlines: "Orban: Hungary on the way ...", "...: Stoltenberg" and
 * "... - Rangel". */
static void headline_forms(struct ctx *c, struct quote_list *l)
{
	const struct article *a = c->a;
	size_t p, k, t0, t1, colon, last;
	const char *hl;

	for (p = 0; p < a->npara; p++) {
		t0 = heading_tok0(c, p);
		if (!a->para[p].headline && t0 == a->para[p].tok0)
			continue;
		t1 = a->para[p].tok1;
		colon = last = NONE;
		for (k = t0; k < t1; k++) {
			if (T(c, k)->punct != ':' || c->inq[k])
				continue;
			if (colon == NONE)
				colon = k;
			last = k;
		}
		if (colon == NONE && (hl = headline_dash_name(c, p, &k))) {
			add_indirect(c, l, t0, k, hl, T(c, k + 1)->start,
				     T(c, t1 - 1)->end);
			continue;
		}
		if (colon == NONE)
			continue;
		/* not a transcript's line without a full stop ("Ivo
		 * Daalder: If I could just jump in —"): the line is the
		 * quotation */
		if (p > 0 && label_line_in(l, p))
			continue;
		/* a person only: "NATO: Turkey agrees ..." is a topic */
		hl = headline_label(c, p, &k);
		/* ("Fico wants X. Šimečka: ...": the label after the full
		 * stop, as headline_label() reads it) */
		for (k = colon; k > t0 + 1 && colon - k < 3 &&
				is_word(c, k - 1);
		     k--)
			;
		if (k > t0 + 1 && k < colon && T(c, k - 1)->punct == '.')
			t0 = k;
		/* or a person by a post ("Lithuanian president:") */
		if (hl && (known_person(c, colon - 1) ||
			   post_label(c, t0, colon) ||
			   body_post_label(c, t0, colon) ||
			   (colon == t0 + 1 && middle_name_person(c, t0)))) {
			add_indirect(c, l, colon + 1, t1, hl, T(c, t0)->start,
				     T(c, colon - 1)->end);
			continue;
		}
		for (k = last + 1; k < t1 && is_name_tok(c, k); k++)
			;
		if (k == t1 && t1 > last + 1 && t1 - last - 1 <= 3 &&
		    known_person(c, t1 - 1) && !rubric(c, t0, last))
			add_indirect(c, l, t0, last,
				     canon_name(c, last + 1, t1),
				     T(c, last + 1)->start, T(c, t1 - 1)->end);
	}
}

static void mark_quotes(struct ctx *c, const struct quote_list *l)
{
	size_t k, i, lo, hi;
	const struct quote *q;

	for (k = 0; k < l->n; k++) {
		q = &l->q[k];
		/* a speaker's line holding another's quotation: its words
		 * attribute that quotation ("he told me, "...""), as the
		 * writer's would */
		if (q->label && k + 1 < l->n && l->q[k + 1].inner &&
		    l->q[k + 1].para == q->para)
			continue;
		/* and one that ends in a colon before what it reads out
		 * ("Dale Hoffman, a Vietnam veteran, wrote:") */
		if (q->label && q->tok1 < c->a->ntok &&
		    T(c, q->tok1)->punct == ':' &&
		    q->tok1 + 1 == c->a->para[q->para].tok1)
			continue;
		lo = q->open != QUOTE_NONE ? q->open : q->tok0;
		hi = q->close != QUOTE_NONE ? q->close + 1 : q->tok1;
		for (i = lo; i < hi; i++)
			c->inq[i] = 1;
		/* which way its marks face, whatever their glyphs (the
		 * Danish »...« close with «) */
		if (q->open != QUOTE_NONE)
			c->inq[q->open] = INQ_OPEN;
		if (q->close != QUOTE_NONE)
			c->inq[q->close] = INQ_CLOSE;
	}
}

static void ctx_release(struct ctx *c)
{
	size_t k, j;

	for (k = 0; k < c->ncanon; k++) {
		free(c->canon[k].key);
		free(c->canon[k].name);
		free(c->canon[k].alt);
		for (j = 0; j < c->canon[k].nrole; j++)
			free(c->canon[k].role[j]);
		free(c->canon[k].role);
	}
	for (k = 0; k < c->nstr; k++)
		free(c->str[k]);
	free(c->canon);
	free(c->slot);
	free(c->str);
	free(c->cue);
	free(c->men);
	free(c->ev);
	free(c->inq);
	free(c->qonly);
	free(c->lx);
	free(c->cty2);
	sbuf_release(&c->key);
}

/*
 * '"We will not be a buffer zone": Moldova's foreign minister on ...': a
 * headline's quotation followed by a colon and who said it, a person
 * the article names or a description of one (the first person whose
 * titles hold its role words); NULL if none. *end is set to the byte
 * after the words that say who.
 */
static const char *headline_described(struct ctx *c, const struct quote *q,
				      size_t *end)
{
	size_t k0, k1, roles = 0, e;

	if (q->close == QUOTE_NONE || !headline(c, q->tok0) ||
	    q->close + 2 >= c->a->ntok || T(c, q->close + 1)->punct != ':' ||
	    T(c, q->close + 2)->para != q->para)
		return NULL;
	k0 = q->close + 2;
	e = c->a->para[q->para].tok1;
	/* and '"...": Sandu reopens the debate': a name, then its verb */
	for (k1 = k0; k1 < e && k1 - k0 < 6 && is_word(c, k1) &&
		      !(is_lowerword(c, k1) &&
			(IN(c, k1, function_words) ||
			 (k1 > k0 && is_name_tok(c, k1 - 1) &&
			  !IN(c, k1, roles))));
	     k1++)
		roles += IN(c, k1, roles) != 0;
	if (k1 == k0)
		return NULL;
	*end = T(c, k1 - 1)->end;
	if (is_name_tok(c, k1 - 1) && known_person(c, k1 - 1))
		return canon_name(c, run_start(c, k1 - 1, k0), k1);
	if (!roles)
		return NULL;
	return person_with_roles(c, k0, k1, q->para);
}

/* "CBS'": an apostrophe at token i, right after a capitalised word
 * ending in "s" (the tokenizer reads it as a quotation mark) */
static int s_apostrophe(const struct ctx *c, size_t i)
{
	const char *s = c->a->text;
	size_t b = T(c, i)->start;

	return i > 0 && T(c, i)->punct == 'q' &&
	       (s[b] == '\'' || !strncmp(s + b, "\xe2\x80\x99", 3)) &&
	       T(c, i - 1)->end == b && is_cap(c, i - 1) &&
	       (s[b - 1] == 's' || s[b - 1] == 'S');
}

/*
 * The words of quote q if they read as a title: at most six, the first
 * and every word longer than three letters capitalised ("Face the
 * Nation", "Bild am Sonntag", "Bericht aus Berlin"), no full stop but
 * a last one; else 0.
 */
static size_t title_words(const struct ctx *c, const struct quote *q)
{
	size_t k, words = 0;

	/* (or a number first: "24 Chasa") */
	if (!is_cap(c, q->tok0) &&
	    !((T(c, q->tok0)->flags & ARTICLE_DIGIT) && q->tok0 + 1 < q->tok1 &&
	      is_cap(c, q->tok0 + 1)))
		return 0;
	for (k = q->tok0; k < q->tok1; k++) {
		if ((T(c, k)->punct == '.' || T(c, k)->punct == '!' ||
		     T(c, k)->punct == '?') &&
		    k + 1 < q->tok1) /* 'on "State of the Union."' */
			return 0;
		if (!is_word(c, k))
			continue;
		if (!is_cap(c, k) && T(c, k)->end - T(c, k)->start > 3)
			return 0;
		words++;
	}
	return words <= 6 ? words : 0;
}

/* Whether a verb of speech comes before token p in its sentence ("said
 * the word \"never\" had no place"). */
static int speech_before(const struct ctx *c, size_t p)
{
	size_t k;

	for (k = sent0(c, p); k < p; k++)
		if (is_lowerword(c, k) && verb_class(c, k))
			return 1;
	return 0;
}

/*
 * A name in quotation marks, not anyone's words: a title after "on" or
 * "in" ('told CNN on "State of the Union"', 'wrote in "Foreign
 * Affairs"'), a broadcaster's possessive ('NBC's "Meet the Press"'),
 * "telling", "with", "told (the)" or "the" ('told the "Rheinische
 * Post"'), or in brackets after another ('"Rauhan puolesta" ("For
 * Peace")'); anything after "titled"; a call sign or nickname; and
 * words mentioned ('the phrase "not one inch"', 'the word
 * "neutrality"', 'the so-called "peace plan"'). Never in a headline.
 */
static int title_quote(const struct ctx *c, const struct quote *q)
{
	size_t p, n = q->tok1 - q->tok0;
	int titled;

	if (q->open == QUOTE_NONE || q->open == 0 || headline(c, q->tok0))
		return 0;
	p = q->open - 1;
	if (q->kind == QUOTE_PARTIAL && n <= 6 &&
	    (is(c, p, "so-called") ||
	     (p > 0 && (is(c, p, "phrase") || is(c, p, "term") ||
			is(c, p, "slogan") || is(c, p, "expression") ||
			(is(c, p, "word") && !speech_before(c, p))) &&
	      (is(c, p - 1, "the") || is(c, p - 1, "a") ||
	       is(c, p - 1, "this")))))
		return 1;
	if (is(c, p, "titled") || is(c, p, "entitled"))
		return n <= 8; /* '"Rauhan puolesta"' */
	/* 'placards reading "NATO now"': a sign's words */
	if (q->kind == QUOTE_PARTIAL && p > 0 && is(c, p, "reading") &&
	    (is(c, p - 1, "placards") || is(c, p - 1, "placard") ||
	     is(c, p - 1, "signs") || is(c, p - 1, "sign") ||
	     is(c, p - 1, "banners") || is(c, p - 1, "banner") ||
	     is(c, p - 1, "posters") || is(c, p - 1, "poster")))
		return 1;
	/* 'author of the book "Enduring Alliance,"', 'the ARD programme
	 * "Bericht aus Berlin"', 'told the newspaper "Tagesspiegel"' */
	if (p > 0 && (is_det(c, p - 1) || is(c, p - 1, "new") ||
		      (T(c, p - 1)->flags & ARTICLE_ACRONYM) ||
		      (is_cap(c, p - 1) && is_word(c, p - 1))) &&
	    (is(c, p, "book") || is(c, p, "novel") || is(c, p, "memoir") ||
	     is(c, p, "film") || is(c, p, "documentary") ||
	     is(c, p, "essay") || is(c, p, "song") || is(c, p, "album") ||
	     is(c, p, "podcast") || is(c, p, "play") ||
	     is(c, p, "programme") || is(c, p, "program") ||
	     is(c, p, "show") || is(c, p, "newspaper") ||
	     is(c, p, "magazine") || is(c, p, "daily") ||
	     is(c, p, "weekly") || is(c, p, "channel")) &&
	    title_words(c, q) > 0)
		return 1;
	/* 'the alliance's "one for all, all for one" clause': words of
	 * three or more, between a determiner and their noun, name a
	 * thing */
	if (q->kind == QUOTE_PARTIAL && n >= 3 && q->close != QUOTE_NONE &&
	    ((T(c, p)->flags & ARTICLE_POSS) || is_det(c, p)) &&
	    q->close + 1 < c->a->ntok && is_lowerword(c, q->close + 1) &&
	    !IN(c, q->close + 1, function_words) &&
	    !verb_class(c, q->close + 1) && !is_aux(c, q->close + 1) &&
	    !ed_word(c, q->close + 1) && !ing_word(c, q->close + 1) &&
	    q->close + 2 < c->a->ntok &&
	    (!is_word(c, q->close + 2) || IN(c, q->close + 2, function_words)))
		return 1;
	/* 'call sign "Bison"', 'nicknamed "the Bulldozer"' */
	if (q->kind == QUOTE_PARTIAL && n <= 3 && is_cap(c, q->tok0) &&
	    ((p > 0 && is(c, p - 1, "call") && is(c, p, "sign")) ||
	     is(c, p, "nicknamed") || is(c, p, "dubbed") ||
	     is(c, p, "codenamed")))
		return 1;
	titled = ((T(c, p)->flags & ARTICLE_POSS) && is_cap(c, p)) ||
		 s_apostrophe(c, p) || is(c, p, "telling") ||
		 (T(c, p)->punct == '(' && p > 0 && is_closing_mark(c, p - 1));
	if (q->kind == QUOTE_PARTIAL)
		titled |= is(c, p, "on") || is(c, p, "in") || is(c, p, "with") ||
			  is(c, p, "told") || is(c, p, "the") ||
			  /* 'a rush transcript of "Meet the Press"',
			   * 'welcome back to "Meet the Press."' */
			  (p > 0 && is(c, p, "of") &&
			   (is(c, p - 1, "transcript") ||
			    is(c, p - 1, "edition") ||
			    is(c, p - 1, "episode"))) ||
			  (p > 0 && is(c, p, "to") &&
			   (is(c, p - 1, "welcome") || is(c, p - 1, "back"))) ||
			  /* 'in a comment for "24 Chasa"' */
			  (p > 0 && is(c, p, "for") &&
			   (is(c, p - 1, "comment") ||
			    is(c, p - 1, "interview") ||
			    is(c, p - 1, "statement")));
	return titled && title_words(c, q) > 0;
}

/* Whether token i is a table's cell border "|". */
static int bar(const struct ctx *c, size_t i)
{
	return T(c, i)->punct == 'o' && c->a->text[T(c, i)->start] == '|';
}

/*
 * A quotation alone in a cell of a Markdown table, after a cell that
 * holds a full name ("| Poland | Paweł Wroński | \"...\" |"): that
 * person, with the mention's bytes in *ms and *me; NULL otherwise.
 */
static const char *table_cell_name(struct ctx *c, const struct quote *q,
				   size_t *ms, size_t *me)
{
	size_t b, k;

	if (q->open == QUOTE_NONE || q->open < 4 || !bar(c, q->open - 1))
		return NULL;
	b = q->open - 1;
	for (k = b; k > 0 && b - k < 6 && !bar(c, k - 1); k--)
		if (!is_name_tok(c, k - 1))
			return NULL;
	if (k == 0 || b - k < 2 || !bar(c, k - 1))
		return NULL;
	*ms = T(c, k)->start;
	*me = ARTICLE_BASE_END(T(c, b - 1));
	return canon_name(c, k, b);
}

/*
 * A headline of two quotations before its colon and two people after it,
 * in the same order ('"Never" vs "as soon as possible": Orbán and Tusk
 * clash over Ukraine'): the person of quote k, with the mention's bytes
 * in *ms and *me; NULL for any other headline.
 */
static const char *headline_pair(struct ctx *c, const struct quote_list *l,
				 size_t k, size_t *ms, size_t *me)
{
	const struct quote *q = &l->q[k];
	size_t t0 = c->a->para[q->para].tok0, t1 = c->a->para[q->para].tok1;
	size_t colon, j, r0, r1, r2, r3, nth = 0, n = 0;

	for (colon = t0; colon < t1 && (T(c, colon)->punct != ':' ||
					c->inq[colon]);
	     colon++)
		;
	if (colon >= t1 || q->tok1 > colon)
		return NULL;
	/* the quotes of the paragraph stand next to q in l, sorted */
	for (j = k; j > 0 && l->q[j - 1].para == q->para; j--)
		;
	for (; j < l->n && l->q[j].para == q->para; j++)
		if (l->q[j].tok1 <= colon) {
			nth += l->q[j].start < q->start;
			n++;
		}
	if (n != 2)
		return NULL;
	for (r0 = r1 = colon + 1; r1 < t1 && r1 - r0 < 3 && is_name_tok(c, r1);
	     r1++)
		;
	if (r1 == r0 || r1 + 1 >= t1 || !is(c, r1, "and"))
		return NULL;
	for (r2 = r3 = r1 + 1; r3 < t1 && r3 - r2 < 3 && is_name_tok(c, r3);
	     r3++)
		;
	if (r3 == r2 || !known_person(c, r1 - 1) || !known_person(c, r3 - 1))
		return NULL;
	if (nth == 1) {
		r0 = r2;
		r1 = r3;
	}
	*ms = T(c, r0)->start;
	*me = ARTICLE_BASE_END(T(c, r1 - 1));
	return canon_name(c, r0, r1);
}

/*
 * Who interjects in a record (label 11): "Jürgen Hardt [CDU/CSU]:"
 * is Jürgen Hardt, "Heckling from the AfD:" and "Heckling from
 * ALLIANCE 90/THE GREENS:" the group as printed; NULL if neither.
 */
static const char *interjection_speaker(struct ctx *c, const struct quote *q,
					size_t *ms, size_t *me)
{
	size_t colon = q->tok0 - 1, s0 = colon, k, n1;

	if (q->tok0 == 0 || T(c, colon)->punct != ':')
		return NULL;
	while (s0 > c->a->para[q->para].tok0 && T(c, s0 - 1)->punct != '(' &&
	       !(T(c, s0 - 1)->punct == '-' &&
		 (T(c, s0 - 1)->flags & ARTICLE_SPACE)))
		s0--;
	for (k = s0; k < colon && !is(c, k, "from"); k++)
		;
	if (k < colon) { /* "Heckling from the AfD" */
		k++;
		if (k < colon && is(c, k, "members") && is(c, k + 1, "of"))
			k += 2;
		if (k < colon && is(c, k, "the"))
			k++;
		if (k >= colon)
			return NULL;
		*ms = T(c, k)->start;
		*me = T(c, colon - 1)->end;
		return keep_span(c, *ms, *me);
	}
	for (n1 = s0; n1 < colon && T(c, n1)->punct != '['; n1++)
		if (!is_name_tok(c, n1))
			return NULL;
	if (n1 < s0 + 2)
		return NULL;
	*ms = T(c, s0)->start;
	*me = T(c, n1 - 1)->end;
	return canon_name(c, s0, n1);
}

/*
 * "Credlin asked Mr Abbott whether ...", "Presenter Gavin Jennings put
 * it to the Minister that ...", "pressed her on ...": the one asked,
 * named or titled before, is who the next "he" or "she" is (the one
 * who answers); an event at the object, at token o after verb i. Not
 * "asked allies to send": a request, whose asker speaks on.
 */
static void asked_event(struct ctx *c, size_t i, size_t o)
{
	size_t k, n = c->a->ntok;
	const char *name = NULL;
	const struct event *ev;

	k = mention_from(c, o);
	if (k < c->nmen && c->men[k].tt0 == o &&
	    c->canon[c->men[k].canon].ntok >= 2) {
		name = c->canon[c->men[k].canon].name;
		o = c->men[k].t1;
	} else if (o + 2 < n && is(c, o, "the") && IN(c, o + 1, roles) &&
		   is_word(c, o + 2) && !IN(c, o + 2, roles)) {
		/* (the 50 mentions before: one scan per "put it to the
		 * minister", which a long text may repeat thousands of
		 * times) */
		name = titled_within(c, o, o + 1, o + 2, 50);
		/* (or the person spoken of before the asker's sentence:
		 * "Helen McEntee said ... Presenter Gavin Jennings put it
		 * to the Minister") */
		if (!name && (ev = latest(c, sent0(c, i), 1)) != NULL &&
		    T(c, i)->para - T(c, ev->pos)->para <= 8)
			name = ev->name;
		o += 2;
	}
	if (!name || o >= n)
		return;
	/* (what was asked: a question or a claim, not a request) */
	if (is(c, o, "whether") || is(c, o, "if") || is(c, o, "what") ||
	    is(c, o, "why") || is(c, o, "how") || is(c, o, "about") ||
	    (is(c, o, "that") && !is(c, i, "asked")) ||
	    (is(c, o, "on") && is(c, i, "pressed")))
		add_event(c, o, name, 1);
}

/*
 * Events of objects, in one pass over the tokens after the subjects'
 * events are sorted (latest() bisects them): the one asked
 * (asked_event()), and a first name given alone (given_first_name()),
 * a person for the pronouns after it ("... Giorgi, because he was not
 * authorized ... "...," he said"). Returns whether any was added.
 */
static int object_events(struct ctx *c)
{
	size_t i, k, n = c->a->ntok, nev = c->nev;

	for (i = 1; i + 3 < n; i++) {
		const struct article_tok *t = T(c, i);
		size_t len = t->end - t->start;
		char ch = c->a->text[t->start];

		/* (the cheap tests first: this reads every token) */
		if (len != 3 && len != 4 && len != 5 && len != 7 && len != 10)
			continue;
		if (ch != 'a' && ch != 'p' && ch != 'n' && ch != 'i')
			continue;
		if (c->inq[i] || !is_lowerword(c, i))
			continue;
		if (is(c, i, "asked") || is(c, i, "pressed")) {
			asked_event(c, i, i + 1);
		} else if (is(c, i, "put") && is(c, i + 1, "it") &&
			   is(c, i + 2, "to")) {
			asked_event(c, i, i + 3);
		} else if (is(c, i, "name") || is(c, i, "identified")) {
			k = given_first_name(c, i - 1, sent1(c, i));
			if (k != NONE && !c->inq[k]) {
				add_event(c, k,
					  keep_span(c, T(c, k)->start,
						    ARTICLE_BASE_END(T(c, k))),
					  1);
				i = k;
			}
		}
	}
	return c->nev > nev;
}

/*
 * "THE INTERVIEW / Francesca Rinaldi (Bocconi University)" over the
 * questions and answers that end a report: the person a short heading
 * names in full, in the three paragraphs before the first question of
 * the block that answer l->q[k] is in; NULL if none.
 */
struct box_memo {
	size_t k;         /* the answer last asked about, or NONE */
	const char *name; /* what its block gave */
};

static const char *box_interviewee(struct ctx *c, const struct quote_list *l,
				   size_t k, struct box_memo *bm)
{
	size_t j = k, p0, p, m;

	/* (back to the block's first question, or to the answer asked
	 * about before in the same block: one walk per block, not per
	 * answer) */
	while (j > 0 && (l->q[j - 1].label == 2 || l->q[j - 1].label == 7) &&
	       l->q[j].para - l->q[j - 1].para <= 2) {
		if (--j == bm->k) {
			bm->k = k;
			return bm->name;
		}
	}
	bm->k = k;
	bm->name = NULL;
	p0 = l->q[j].para;
	/* (a box after the report: an interview from its top names its
	 * guest where the interviewee() finds them) */
	if (p0 < 6)
		return NULL;
	for (p = p0; p-- > 0 && p0 - p <= 3;) {
		const struct article_para *pa = &c->a->para[p];

		/* (a heading: short, no full stop at its end; not "Here
		 * is part of her conversation with Köksal.") */
		if (pa->tok1 - pa->tok0 > 16 || pa->tok1 == pa->tok0 ||
		    T(c, pa->tok1 - 1)->punct == '.')
			continue;
		for (m = mention_from(c, pa->tok0);
		     m < c->nmen && c->men[m].t0 < pa->tok1; m++)
			if (c->canon[c->men[m].canon].ntok >= 2)
				return bm->name = c->canon[c->men[m].canon].name;
		/* (a heading has no mentions: its first two or three
		 * name words in title case) */
		for (m = pa->tok0; m + 1 < pa->tok1; m++) {
			if (!is_name_tok(c, m) || is_lexicon(c, m) ||
			    (T(c, m)->flags & ARTICLE_ACRONYM))
				continue;
			for (j = m; j < pa->tok1 && j - m < 3 &&
				    is_name_tok(c, j) &&
				    !(T(c, j)->flags & ARTICLE_ACRONYM);
			     j++)
				;
			if (j - m >= 2)
				return bm->name = canon_name(c, m, j);
			m = j;
		}
	}
	return NULL;
}

/* The labelled line before l->q[k], past quotations inside a line
 * (quote.h, inner) and those the line read out after its colon: the
 * line that a continuation (label 8) goes on from. */
static size_t line_before(const struct quote_list *l, size_t k)
{
	size_t j = k > 0 ? k - 1 : 0;

	while (j > 0 && (!l->q[j].label || l->q[j].label == 11))
		j--;
	return j;
}

void speaker_attribute(const struct article *a, struct quote_list *l)
{
	struct ctx c;
	struct box_memo box = { NONE, NULL };
	size_t k, j, n0, ci;
	struct quote *q;
	const struct quote *o;
	const char *hl;
	int *kind;

	memset(&c, 0, sizeof(c));
	c.a = a;
	sbuf_init(&c.key);
	c.inq = xcalloc(a->ntok + 1, 1);
	c.eu = -1;
	c.headed = -1;
	look_up_words(&c);
	mark_two_word_countries(&c);
	mark_quotes(&c, l);
	c.qonly = xcalloc(a->npara + 1, 1);
	collect_names(&c);
	first_word_names(&c);
	canon_roles(&c);
	scan_bodies(&c);
	find_cues(&c);
	for (k = 0; k < c.ncue; k++)
		resolve_named(&c, &c.cue[k]);
	subject_events(&c);
	body_subject_events(&c);
	if (c.nev > 1)
		qsort(c.ev, c.nev, sizeof(*c.ev), cmp_event);
	if (object_events(&c) && c.nev > 1)
		qsort(c.ev, c.nev, sizeof(*c.ev), cmp_event);
	resolve_rest(&c);

	n0 = l->n;
	kind = xcalloc(n0 + 1, sizeof(*kind));
	for (k = 0; k < n0; k++) {
		q = &l->q[k];
		if (title_quote(&c, q)) {
			kind[k] = -1; /* 'on "State of the Union"' */
			continue;
		}
		if (q->label == 7) { /* a journalist's question */
			kind[k] = -1;
			continue;
		}
		if (q->label == 10) { /* an expert's section */
			hl = expert_heading(&c, q->para, &j, &ci);
			if (hl)
				set_speaker(q, hl, j, ci);
			else
				kind[k] = -1;
			continue;
		}
		if (q->label == 9) { /* a block quotation after a colon */
			hl = last_person_in(&c, q->para - 1, &j, &ci);
			if (hl)
				set_speaker(q, hl, j, ci);
			/* (its second paragraph: the first's speaker) */
			else if (k > 0 && l->q[k - 1].label == 9 &&
				 l->q[k - 1].para + 1 == q->para &&
				 l->q[k - 1].speaker && kind[k - 1] >= 0)
				copy_speaker(q, &l->q[k - 1]);
			else
				kind[k] = -1;
			continue;
		}
		if (q->label == 8) { /* goes on with the line before */
			j = line_before(l, k);
			if (k > 0 && kind[j] >= 0 && l->q[j].speaker)
				copy_speaker(q, &l->q[j]);
			else
				kind[k] = -1;
			continue;
		}
		if (q->label == 2) { /* an interview's answer */
			hl = box_interviewee(&c, l, k, &box);
			if (!hl)
				hl = interviewee(&c);
			if (hl) {
				j = c.a->para[q->para].tok0; /* "A:", "A." */
				/* a dash of a dialogue names no one, nor
				 * does an answer with no label */
				if (T(&c, j)->punct == '-' || q->tok0 == j)
					set_speaker(q, hl, 0, 0);
				else
					set_speaker(q, hl, T(&c, j)->start,
						    ARTICLE_BASE_END(T(&c, j)));
				continue;
			}
			kind[k] = -1;
			continue;
		}
		if (q->label) {
			/* an embedded post, a line under a name (or a
			 * parliamentary record's), a transcript's line */
			hl = q->label == 12 ?
				     post_channel_speaker(&c, q, &j, &ci) :
			     q->label == 11 ?
				     interjection_speaker(&c, q, &j, &ci) :
			     q->label == 5 ? post_signer(&c, q, &j, &ci) :
			     q->label == 6 ?
				     record_caps_speaker(&c, q, &j, &ci) :
			     q->label == 3 || q->label == 4 ?
				     name_line_speaker(&c, q, &j, &ci) :
				     transcript_speaker(&c, l, q, &j, &ci);
			if (hl) {
				set_speaker(q, hl, j, ci);
				continue;
			}
			kind[k] = -1; /* a label that names no one */
			continue;
		}
		/* '"Never" vs "as soon as possible": Orbán and Tusk
		 * clash': two quotations, then the two who said them */
		if (headline(&c, q->tok0) &&
		    (hl = headline_pair(&c, l, k, &j, &ci)) != NULL) {
			kind[k] = NP_PERSON;
			set_speaker(q, hl, j, ci);
			continue;
		}
		/* 'Tajani in Sarajevo: «...». Dodik: «Never while I
		 * live»': a title's second label, after its full stop, for
		 * the quotation after it */
		if (headline(&c, q->tok0) && q->open != QUOTE_NONE &&
		    q->open >= a->para[q->para].tok0 + 3 &&
		    T(&c, q->open - 1)->punct == ':' &&
		    T(&c, q->open - 3)->punct == '.' &&
		    is_name_tok(&c, q->open - 2) &&
		    (hl = sole_surname(&c, q->open - 2)) != NULL) {
			kind[k] = NP_PERSON;
			set_speaker(q, hl, T(&c, q->open - 2)->start,
				    T(&c, q->open - 2)->end);
			continue;
		}
		/* 'Albares: Spain "will not veto" Ukraine': a person's
		 * label opens the headline, whose words follow it */
		if (headline(&c, q->tok0) &&
		    (hl = headline_label(&c, q->para, &j)) != NULL &&
		    q->tok0 > j && known_person(&c, j - 1)) {
			kind[k] = NP_PERSON;
			set_speaker(q, hl, T(&c, a->para[q->para].tok0)->start,
				    T(&c, j - 1)->end);
			continue;
		}
		/* '(“Triple lock abolished ...”, News, February 12th)': a
		 * letter's citation of an article, no one's words */
		if (q->open != QUOTE_NONE && q->open > 0 &&
		    T(&c, q->open - 1)->punct == '(' &&
		    q->close != QUOTE_NONE && q->close + 2 < a->ntok &&
		    T(&c, q->close + 1)->punct == ',' &&
		    is_cap(&c, q->close + 2) && q->kind != QUOTE_PARTIAL) {
			set_speaker(q, SPEAKER_UNKNOWN, 0, 0);
			continue;
		}
		ci = own_cue(&c, q);
		if (ci != NONE && q->kind == QUOTE_PARTIAL)
			ci = verb_over_noun(&c, ci);
		/* 'President Joe Biden "reaffirmed the commitment"': the
		 * verb of speech is inside the marks, its subject before
		 * (but ', the readout said' is the readout's) */
		if (ci == NONE &&
		    (hl = subject_of_quoted_verb(&c, q, &j, &ci)) != NULL) {
			kind[k] = NP_PERSON;
			set_speaker(q, hl, j, ci);
			continue;
		}
		if (ci == NONE && (hl = table_cell_name(&c, q, &j, &ci))) {
			kind[k] = NP_PERSON; /* "| Name | \"...\" |" */
			set_speaker(q, hl, j, ci);
			/* a whole cell is a whole quotation */
			if (is_cap(&c, q->tok0) && q->close != QUOTE_NONE &&
			    bar(&c, q->close + 1))
				q->kind = QUOTE_DIRECT;
			continue;
		}
		/* "His colleague Sara Ahmadi, 34, is more positive." then
		 * "– My parents fled a war. ...": the person the narration's
		 * last sentence opens with, or no one's */
		if (ci == NONE && q->dash == 3) {
			hl = narration_subject(&c, q->para - 1, &j, &ci);
			if (hl) {
				kind[k] = NP_PERSON;
				set_speaker(q, hl, j, ci);
			} else {
				kind[k] = -1;
			}
			continue;
		}
		if (ci == NONE) {
			/* (a dashed speech's paragraph after one is more of
			 * it, for borrow() to attribute) */
			if (q->dash == 1)
				kind[k] = -1; /* a dashed list item */
			hl = headline_described(&c, q, &j);
			if (hl) {
				set_speaker(q, hl, T(&c, q->close + 2)->start,
					    j);
				continue;
			}
			/* 'Kremlin: Finland's NATO Membership "A
			 * Mistake"': the headline's label; and a label
			 * that describes ("Ukraine's Foreign Minister:
			 * 'We Need ...'") before a whole quotation */
			if (q->kind == QUOTE_PARTIAL && headline(&c, q->tok0) &&
			    (hl = headline_dash_name(&c, q->para, &j)) !=
				    NULL &&
			    q->tok1 <= j) {
				set_speaker(q, hl, T(&c, j + 1)->start,
					    T(&c, a->para[q->para].tok1 - 1)->end);
				continue;
			}
			if ((q->kind == QUOTE_PARTIAL ||
			     (q->open != QUOTE_NONE && q->open > 0 &&
			      T(&c, q->open - 1)->punct == ':')) &&
			    (headline(&c, q->tok0) ||
			     /* (and a live page's heading: "09:12 ⚡️
			      * Zelensky: ..., “not compliments”") */
			     heading_tok0(&c, q->para) !=
				     a->para[q->para].tok0) &&
			    (hl = headline_label(&c, q->para, &j)) != NULL &&
			    q->tok0 > j)
				set_speaker(q, hl,
					    T(&c, heading_tok0(&c, q->para))->start,
					    T(&c, j - 1)->end);
			/* "Rutte keeps NATO door ajar for Ukraine: 'Not now
			 * does not mean never'": a headline's subject, named
			 * by surname, before its colon */
			else if (headline(&c, q->tok0) && q->open != QUOTE_NONE &&
				 q->open > a->para[q->para].tok0 + 2 &&
				 T(&c, q->open - 1)->punct == ':' &&
				 q->kind == QUOTE_DIRECT)
				headline_colon_subject(&c, q);
			/* "Zelensky 'not here to beg' as NATO leaders
			 * gather": a headline's quotation right after the
			 * surname of someone the article names in full */
			else if (headline(&c, q->tok0) && q->open != QUOTE_NONE &&
				 q->open > a->para[q->para].tok0 &&
				 is_name_tok(&c, q->open - 1))
				headline_name_before(&c, q);
			continue;
		}
		/* "The Kremlin was furious: \"... secure.\" Moscow warned
		 * ...": a whole sentence after a colon is the colon's, not
		 * the next sentence's */
		if (c.cue[ci].pos >= q->tok1 && q->kind != QUOTE_PARTIAL &&
		    ends_sentence_tok(&c, q->tok1 - 1)) {
			colon_subject(&c, q);
			if (q->speaker)
				continue;
		}
		c.cue[ci].attached = 1;
		kind[k] = c.cue[ci].kind;
		set_speaker(q, c.cue[ci].speaker, c.cue[ci].ms, c.cue[ci].me);
	}
	drop_interviewers(&c, l, kind, n0);
	for (k = 1; k < n0; k++) /* an interviewer's line goes on */
		if (l->q[k].label == 8 && kind[line_before(l, k)] < 0)
			kind[k] = -1;
	for (k = 0; k < n0; k++)
		if (!l->q[k].speaker && l->q[k].kind != QUOTE_PARTIAL &&
		    kind[k] >= 0)
			colon_subject(&c, &l->q[k]);
	borrow(&c, l);
	for (k = 0; k < n0; k++) {
		if (kind[k] != NP_ORG || plural_people(&c, &l->q[k]))
			continue;
		o = said_by_person(&c, l, kind, n0, k);
		if (o) { /* the mention stays the lede's "Russia" */
			free(l->q[k].speaker);
			l->q[k].speaker = xstrdup(o->speaker);
		}
	}
	/* scare quotes (and dashed words nobody said) go in one pass:
	 * removing them one at a time would be quadratic in a long
	 * article */
	for (k = j = 0; k < l->n; k++) {
		q = &l->q[k];
		if (k < n0 && kind[k] < 0) {
			free(q->speaker);
			continue;
		}
		/* (a scare quote goes; a fragment after a label's colon,
		 * "Baltic ministers: 'no veto for Moscow'", stays, no one's
		 * if its label names no one) */
		if (!q->speaker && q->kind == QUOTE_PARTIAL &&
		    !(q->open != QUOTE_NONE && q->open > 0 &&
		      T(&c, q->open - 1)->punct == ':'))
			continue;
		if (!q->speaker)
			set_speaker(q, SPEAKER_UNKNOWN, 0, 0);
		l->q[j++] = *q;
	}
	l->n = j;
	free(kind);
	indirect(&c, l);
	seated_bodies(l);
	quote_list_sort(l); /* (label_line_in() bisects it) */
	headline_forms(&c, l);
	quote_list_sort(l);
	ctx_release(&c);
}

void speaker_extract(const char *text, size_t len, struct quote_list *out)
{
	struct article a = ARTICLE_INIT;
	struct quote_list l = QUOTE_LIST_INIT;
	size_t k;

	article_parse(&a, text, len);
	quote_find(&a, &l);
	speaker_attribute(&a, &l);
	for (k = 0; k < l.n; k++)
		quote_set_context(&a, &l.q[k]);
	if (!out->n) { /* hand the list over rather than copy it */
		free(out->q);
		*out = l;
		l = (struct quote_list)QUOTE_LIST_INIT;
	}
	for (k = 0; k < l.n; k++) {
		*quote_list_add(out) = l.q[k];
		l.q[k].speaker = NULL;
	}
	quote_list_release(&l);
	article_release(&a);
}
