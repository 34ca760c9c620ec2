#ifndef STANCE_ERR_H
#define STANCE_ERR_H

/*
 * An error report filled in where a fault is found and passed up unchanged.
 * msg is "path:line: what went wrong" (or "path: ..." when line is 0).
 * The library never prints: only cli/ writes msg to stderr.
 */
#define ERR_MSG_MAX 512

struct err {
	char msg[ERR_MSG_MAX];
};

/* Fill e (may be NULL) with "path:line: fmt..." and return -1. */
int err_at(struct err *e, const char *path, long line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Fill e (may be NULL) with the formatted message and return -1. */
int err_set(struct err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

void err_clear(struct err *e);

#endif
