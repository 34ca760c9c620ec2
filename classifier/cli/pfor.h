#ifndef STANCE_CLI_PFOR_H
#define STANCE_CLI_PFOR_H

#include <stddef.h>

/*
 * A parallel for: fn(arg, t, i) for every i in [0, n), on nthreads
 * threads (the caller's among them), t being the thread's number in
 * [0, nthreads). Items are handed out in small chunks from a shared
 * counter, so uneven items still balance. Returns when all are done.
 * fn must only write what belongs to item i or to thread t: that is what
 * makes the output of -j N the same bytes as -j 1.
 */
void pfor(int nthreads, size_t n, void (*fn)(void *arg, int t, size_t i),
	  void *arg);

/* The number of online processors, at least 1. */
int pfor_cores(void);

#endif
