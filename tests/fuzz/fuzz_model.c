/*
 * The model reader on arbitrary bytes, two ways, chosen by the first byte:
 *
 * even: svmx_parse on the rest, with nr_class 2..5 and nr_feature 1..256
 *   from the next two bytes; a model it accepts must predict on vectors
 *   inside and beyond its features with probabilities that sum to 1.
 *
 * odd: a model directory. The rest is cut into files at lines
 *   "==> NAME" (NAME: letters, digits, '.', '_'; at most 8 files), written
 *   to a temporary directory; meta.txt gets a correct "file NAME SIZE
 *   HASH" line appended for every other file, so that the fuzzer gets past
 *   the checksums to the parsers. model_load must refuse or give a model
 *   that classifies a sentence.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "feat.h"
#include "fuzz.h"
#include "model.h"
#include "sbuf.h"
#include "svmx.h"

#define MAX_FILES 8

static void check_probs(const double *prob, int k, int label)
{
	double sum = 0;
	int i;

	FUZZ_CHECK(label >= 0 && label < k);
	for (i = 0; i < k; i++) {
		FUZZ_CHECK(isfinite(prob[i]) && prob[i] >= 0 && prob[i] <= 1);
		sum += prob[i];
	}
	FUZZ_CHECK(fabs(sum - 1) < 1e-6);
}

static void parse_one(const uint8_t *data, size_t n)
{
	int k = 2 + data[0] % 4;
	size_t nfeat = 1 + (size_t)data[1];
	struct feat_node x[4] = {
		{ 1, 0.5 }, { (int)nfeat, -1.0 }, { (int)nfeat + 7, 2.0 },
		{ -1, 0 },
	};
	double dec[16], prob[8];
	struct svmx_model *m;
	struct err e;

	if (nfeat == 1)
		x[1] = x[2], x[2] = x[3];
	m = svmx_parse((const char *)data + 2, n - 2, "fuzz.svm", k, nfeat,
		       &e);
	if (!m) {
		FUZZ_CHECK(!strncmp(e.msg, "fuzz.svm", 8));
		return;
	}
	FUZZ_CHECK(svmx_nr_class(m) == k);
	check_probs(prob, k, svmx_predict(m, x, dec, prob));
	svmx_free(m);
}

struct file {
	char name[64];
	const char *p;
	size_t n;
};

/* Cut data at "==> NAME" lines; returns the number of files. */
static int split(const char *s, size_t n, struct file *f)
{
	const char *end = s + n, *line = s;
	int nf = -1;

	while (line < end) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		const char *next = nl ? nl + 1 : end;
		size_t len = (size_t)((nl ? nl : end) - line), i;

		if (len > 4 && len < 4 + sizeof(f->name) &&
		    !memcmp(line, "==> ", 4)) {
			for (i = 4; i < len; i++)
				if (!line[i] ||
				    !strchr("abcdefghijklmnopqrstuvwxyz"
					    "0123456789._", line[i]))
					break;
			if (i == len && line[4] != '.' && nf + 1 < MAX_FILES) {
				nf++;
				memcpy(f[nf].name, line + 4, len - 4);
				f[nf].name[len - 4] = '\0';
				f[nf].p = next;
				f[nf].n = 0;
				line = next;
				continue;
			}
		}
		if (nf >= 0)
			f[nf].n = (size_t)(next - f[nf].p);
		line = next;
	}
	return nf + 1;
}

static unsigned long long fnv1a(const char *s, size_t n)
{
	unsigned long long h = 1469598103934665603ull;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

static void write_file(const char *dir, const char *name, const char *p,
		       size_t n)
{
	struct sbuf path = SBUF_INIT;
	FILE *fp;

	sbuf_addf(&path, "%s/%s", dir, name);
	fp = fopen(path.buf, "wb");
	FUZZ_CHECK(fp);
	FUZZ_CHECK(fwrite(p, 1, n, fp) == n);
	FUZZ_CHECK(fclose(fp) == 0);
	sbuf_release(&path);
}

static char dir[] = "/tmp/stance-fuzz-model-XXXXXX";

static void remove_dir(void)
{
	rmdir(dir);
}

static void load_dir(const uint8_t *data, size_t n)
{
	static int made;
	struct file f[MAX_FILES];
	struct sbuf meta = SBUF_INIT, path = SBUF_INIT;
	struct model_prediction pred;
	struct featurizer *fz;
	struct model *m;
	struct err e;
	int nf, i, j;

	if (!made) {
		FUZZ_CHECK(mkdtemp(dir));
		atexit(remove_dir);
		made = 1;
	}
	nf = split((const char *)data, n, f);
	for (i = 0; i < nf; i++) {
		for (j = 0; j < i; j++)
			if (!strcmp(f[i].name, f[j].name))
				break;
		if (j < i)
			continue; /* a repeated name: the first one counts */
		if (!strcmp(f[i].name, "meta.txt")) {
			sbuf_add(&meta, f[i].p, f[i].n);
			continue;
		}
		write_file(dir, f[i].name, f[i].p, f[i].n);
	}
	for (i = 0; i < nf; i++)
		if (strcmp(f[i].name, "meta.txt"))
			sbuf_addf(&meta, "file %s %zu %016llx\n", f[i].name,
				  f[i].n, fnv1a(f[i].p, f[i].n));
	write_file(dir, "meta.txt", meta.buf, meta.len);
	m = model_load(dir, &e);
	if (m) {
		fz = model_featurizer(m, &e);
		if (fz) {
			static const char q[] = "We should not join NATO.";

			model_predict(m, fz, q, sizeof(q) - 1, &pred);
			for (i = 0; i < m->ntask; i++)
				check_probs(pred.prob[i], m->task[i].nlabel,
					    pred.label[i]);
			feat_free(fz);
		}
		model_free(m);
	} else {
		FUZZ_CHECK(!strncmp(e.msg, dir, strlen(dir)));
	}
	for (i = 0; i < nf; i++) {
		sbuf_reset(&path);
		sbuf_addf(&path, "%s/%s", dir, f[i].name);
		unlink(path.buf);
	}
	sbuf_reset(&path);
	sbuf_addf(&path, "%s/meta.txt", dir);
	unlink(path.buf);
	sbuf_release(&path);
	sbuf_release(&meta);
}

int fuzz_model(const uint8_t *data, size_t n)
{
	if (n < 3)
		return 0;
	if (data[0] & 1)
		load_dir(data + 1, n - 1);
	else
		parse_one(data + 1, n - 1);
	return 0;
}

FUZZ_MAIN(fuzz_model)
