#ifndef STANCE_QSCORE_H
#define STANCE_QSCORE_H

#include <stddef.h>

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
 *
 * Labels: when the predictions carry a task's label and probabilities
 * (`stance analyze` or `classify` output: stance, stance_p_pro, ...) and
 * the gold files the task's column, the labels of the quotes matched in
 * the "all" pass are scored as `stance eval` scores a model (per-label
 * P/R/F1, macro-F1, accuracy, Brier, ECE, confusion). Quotes found in an
 * excluded corpus (the training data: the same matching rule) are left
 * out of those scores, so they measure quotes the model never saw; the
 * extraction table still counts them.
 */
struct err;
struct sbuf;
struct qscore; /* opaque: qscore.c */

struct qscore *qscore_new(void);
/* Read one gold file. -1 on failure, *e set ("path:line: ..."). */
int qscore_add_gold(struct qscore *s, const char *path, struct err *e);
/*
 * Read an extract CSV ("-" for stdin), or analyze's quotes.csv with
 * labels and probabilities. -1 on failure, *e set.
 */
int qscore_add_pred(struct qscore *s, const char *path, struct err *e);
/* Read a corpus CSV (a "text" column) whose quotes the labels skip. */
int qscore_add_exclude(struct qscore *s, const char *path, struct err *e);
/*
 * The k-th file read whose invalid UTF-8 (or NUL) bytes were replaced by
 * U+FFFD: 1 with its name, the first such line and the count; 0 past the
 * last one.
 */
int qscore_replaced(const struct qscore *s, size_t k, const char **file,
		    long *line, size_t *n);
/*
 * Append the score table (and the label scores) to out; with verbose,
 * first one line per missed gold quote, unmatched prediction, wrong
 * speaker and wrong label. -1 with *e set when a gold label is not one
 * of the predictions' labels.
 */
int qscore_report(struct qscore *s, struct sbuf *out, int verbose,
		  struct err *e);
void qscore_free(struct qscore *s);

#endif
