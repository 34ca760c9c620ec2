/*
 * Replays through the fuzz entry points (tests/fuzz/fuzz_*.c, the same
 * code libFuzzer runs) every input a fuzzer once crashed on, kept in
 * tests/fuzz/regressions/TARGET/, and the seed corpora in
 * tests/fuzz/corpus/TARGET/, so `make test` keeps them fixed without clang.
 * An entry point abort()s on a broken invariant, which fails the test;
 * under `make sanitize` ASan and UBSan watch them too.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/fuzz.h"
#include "testutil.h"

/* Run fn on every file of dir; returns how many there were. */
static int replay(const char *dir, int (*fn)(const uint8_t *, size_t))
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	cr_assert_not_null(d, "cannot open %s", dir);
	while ((de = readdir(d))) {
		char *path;
		char *buf;
		size_t len;

		if (de->d_name[0] == '.')
			continue;
		path = tu_path(dir, de->d_name);
		buf = tu_read(path, &len);
		cr_log_info("replaying %s", path);
		fn((const uint8_t *)buf, len);
		free(buf);
		free(path);
		n++;
	}
	closedir(d);
	return n;
}

#define REPLAY(target, fn)                                              \
	Test(fuzz_regressions, target)                                  \
	{                                                               \
		cr_assert_gt(replay("tests/fuzz/corpus/" #target, fn), 0); \
		replay("tests/fuzz/regressions/" #target, fn);          \
	}

REPLAY(csv, fuzz_csv)
REPLAY(extract, fuzz_extract)
REPLAY(feat, fuzz_feat)
REPLAY(model, fuzz_model)
