#ifndef STANCE_CLI_OUTPUTS_H
#define STANCE_CLI_OUTPUTS_H

/*
 * The report files that analyze and summarize write into an output
 * directory, each replaced atomically (afile.h).
 */
struct err;
struct report;

/* Create dir unless it exists as a directory. -1 with *e set. */
int outputs_make_dir(const char *dir, struct err *e);
/* dir/speakers.csv and dir/speakers.svg. -1 with *e set. */
int outputs_write_report(const struct report *rep, const char *dir,
			 const char *title, struct err *e);

#endif
