#include "pfor.h"

#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

#define CHUNK 16
#define MAX_THREADS 256

struct job {
	void (*fn)(void *arg, int t, size_t i);
	void *arg;
	size_t n;
	atomic_size_t next;
};

struct worker {
	struct job *job;
	int t;
};

static void work(struct job *j, int t)
{
	for (;;) {
		size_t i = atomic_fetch_add(&j->next, CHUNK), end;

		if (i >= j->n)
			return;
		end = i + CHUNK < j->n ? i + CHUNK : j->n;
		for (; i < end; i++)
			j->fn(j->arg, t, i);
	}
}

static void *thread_main(void *p)
{
	struct worker *w = p;

	work(w->job, w->t);
	return NULL;
}

void pfor(int nthreads, size_t n, void (*fn)(void *arg, int t, size_t i),
	  void *arg)
{
	pthread_t tid[MAX_THREADS];
	struct worker w[MAX_THREADS];
	struct job j;
	int t, started = 0;

	j.fn = fn;
	j.arg = arg;
	j.n = n;
	atomic_init(&j.next, 0);
	if (nthreads > MAX_THREADS)
		nthreads = MAX_THREADS;
	if ((size_t)nthreads > (n + CHUNK - 1) / CHUNK)
		nthreads = (int)((n + CHUNK - 1) / CHUNK);
	for (t = 1; t < nthreads; t++) {
		w[t].job = &j;
		w[t].t = t;
		/* a thread that cannot start leaves its share to the others */
		if (pthread_create(&tid[t], NULL, thread_main, &w[t]) != 0)
			break;
		started = t;
	}
	work(&j, 0);
	for (t = 1; t <= started; t++)
		pthread_join(tid[t], NULL);
}

int pfor_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > MAX_THREADS ? MAX_THREADS : (int)n;
}
