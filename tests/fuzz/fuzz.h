#ifndef STANCE_FUZZ_H
#define STANCE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/*
 * Fuzz entry points (issue #7). Each takes arbitrary bytes, runs one
 * module on them, checks what it can of the result, and abort()s on a
 * broken invariant, so that libFuzzer (built with -DSTANCE_FUZZER, see
 * `make fuzz`) and the Criterion replay of tests/fuzz/regressions/ and
 * tests/fuzz/corpus/ (tests/test_fuzz_regressions.c) run the same code.
 * They always return 0 (libFuzzer's convention for "input accepted").
 */
int fuzz_csv(const uint8_t *data, size_t n);      /* csv reader */
int fuzz_extract(const uint8_t *data, size_t n);  /* speaker_extract */
int fuzz_model(const uint8_t *data, size_t n);    /* svmx_parse, model_load */
int fuzz_feat(const uint8_t *data, size_t n);     /* feat_* */

#ifdef STANCE_FUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);
#define FUZZ_MAIN(fn)                                                   \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)       \
	{                                                               \
		return fn(data, n);                                     \
	}
#else
#define FUZZ_MAIN(fn)
#endif

/* Abort with a message: a fuzz oracle failed. */
#define FUZZ_CHECK(cond)                                                \
	do {                                                            \
		if (!(cond)) {                                          \
			fprintf(stderr, "%s:%d: fuzz check failed: %s\n", \
				__FILE__, __LINE__, #cond);             \
			abort();                                        \
		}                                                       \
	} while (0)

#endif
