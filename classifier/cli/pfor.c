#include "pfor.h"

#include <unistd.h>

#define CHUNK 16

static void work(struct pfor_job *j, int t)
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
	struct pfor_worker *w = p;

	work(w->job, w->t);
	return NULL;
}

void pfor_start(struct pfor_run *r, int nthreads, size_t n,
		void (*fn)(void *arg, int t, size_t i), void *arg)
{
	int t;

	r->job.fn = fn;
	r->job.arg = arg;
	r->job.n = n;
	atomic_init(&r->job.next, 0);
	r->started = 0;
	if (nthreads > PFOR_MAX_THREADS)
		nthreads = PFOR_MAX_THREADS;
	if ((size_t)nthreads > (n + CHUNK - 1) / CHUNK)
		nthreads = (int)((n + CHUNK - 1) / CHUNK);
	for (t = 1; t < nthreads; t++) {
		r->w[t].job = &r->job;
		r->w[t].t = t;
		/* a thread that cannot start leaves its share to the others */
		if (pthread_create(&r->tid[t], NULL, thread_main, &r->w[t]) != 0)
			break;
		r->started = t;
	}
}

void pfor_wait(struct pfor_run *r)
{
	int t;

	work(&r->job, 0);
	for (t = 1; t <= r->started; t++)
		pthread_join(r->tid[t], NULL);
	r->started = 0;
}

void pfor(int nthreads, size_t n, void (*fn)(void *arg, int t, size_t i),
	  void *arg)
{
	struct pfor_run r;

	pfor_start(&r, nthreads, n, fn, arg);
	pfor_wait(&r);
}

int pfor_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > PFOR_MAX_THREADS ? PFOR_MAX_THREADS : (int)n;
}
