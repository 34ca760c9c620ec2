#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int err_at(struct err *e, const char *path, long line, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (!e)
		return -1;
	if (path && line > 0)
		n = snprintf(e->msg, sizeof(e->msg), "%s:%ld: ", path, line);
	else if (path)
		n = snprintf(e->msg, sizeof(e->msg), "%s: ", path);
	else
		n = 0;
	if (n < 0 || (size_t)n >= sizeof(e->msg))
		return -1;
	va_start(ap, fmt);
	vsnprintf(e->msg + n, sizeof(e->msg) - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

int err_set(struct err *e, const char *fmt, ...)
{
	va_list ap;

	if (!e)
		return -1;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return -1;
}

void err_clear(struct err *e)
{
	if (e)
		e->msg[0] = '\0';
}
