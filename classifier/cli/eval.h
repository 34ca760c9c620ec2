#ifndef STANCE_CLI_EVAL_H
#define STANCE_CLI_EVAL_H

#include <stdio.h>

struct metrics;

/*
 * Print the scores of tasks m[0..n) to fp, readable or (csv) as
 * task,label,metric,value rows under one header, so that `stance eval`
 * and `stance cv` print the same thing. favor and against name the F_avg
 * labels of the stance task (NULL: the usual names); other tasks use the
 * usual names (positive, negative).
 */
void eval_print(const struct metrics *m, int n, const char *favor,
		const char *against, int csv, FILE *fp);

#endif
