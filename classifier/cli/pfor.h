#ifndef STANCE_CLI_PFOR_H
#define STANCE_CLI_PFOR_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

#define PFOR_MAX_THREADS 256

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

/*
 * The same in two steps, so that the caller can do something else while
 * threads 1..nthreads-1 work: pfor_start returns at once, pfor_wait
 * makes the caller thread 0 for what is left and returns when all is
 * done. With one thread, pfor_start does nothing and pfor_wait all.
 */
struct pfor_job {
	void (*fn)(void *arg, int t, size_t i);
	void *arg;
	size_t n;
	atomic_size_t next;
};

struct pfor_run {
	struct pfor_job job;
	pthread_t tid[PFOR_MAX_THREADS];
	struct pfor_worker {
		struct pfor_job *job;
		int t;
	} w[PFOR_MAX_THREADS];
	int started;
};

void pfor_start(struct pfor_run *r, int nthreads, size_t n,
		void (*fn)(void *arg, int t, size_t i), void *arg);
void pfor_wait(struct pfor_run *r);

/* The number of online processors, at least 1. */
int pfor_cores(void);

#endif
