#ifndef STANCE_QSCORE_H
#define STANCE_QSCORE_H

/*
 * Scoring quote extraction against gold files (issue #3).
 *
 * Gold files are CSV with a header holding at least quote, speaker and
 * kind (the corpus's *.gold.csv: quote,speaker,mention,kind,stance,
 * sentiment); the article is the file name without directory and
 * ".gold.csv". Predictions are `stance extract` output (article, kind,
 * speaker, text columns). Only articles with a gold file are scored.
 *
 * A predicted quote matches a gold quote of the same article when the
 * words they share are at least half of the words of each (words are
 * case- and accent-folded, compared as multisets). Matching is one to
 * one, best overlap first. Per kind, only quotes of that kind are
 * matched; "all" matches regardless of kind. Speaker accuracy is over
 * matched pairs. The headline column, "speaker", wants the same string
 * up to case and accents ("Viktor Orban" = "Viktor Orbán"): the measure
 * issue #3 sets its target on. "(lenient)" is a diagnostic only: it also
 * accepts the same person spelt another way (one name is the other's
 * surname, or the surnames differ by one letter: "Zoran Zayev" ~ "Zoran
 * Zaev", "Mr Saakashvili" ~ "Mikheil Saakashvili"), to show which misses
 * are gold spellings the article never prints.
 */
struct err;
struct sbuf;
struct qscore; /* opaque: qscore.c */

struct qscore *qscore_new(void);
/* Read one gold file. -1 on failure, *e set ("path:line: ..."). */
int qscore_add_gold(struct qscore *s, const char *path, struct err *e);
/* Read an extract CSV ("-" for stdin). -1 on failure, *e set. */
int qscore_add_pred(struct qscore *s, const char *path, struct err *e);
/*
 * Append the score table to out; with verbose, first one line per
 * missed gold quote, unmatched prediction and wrong speaker.
 */
void qscore_report(struct qscore *s, struct sbuf *out, int verbose);
void qscore_free(struct qscore *s);

#endif
