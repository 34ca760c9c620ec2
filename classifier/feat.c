#include "feat.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lexicon.h"
#include "norm.h"
#include "sbuf.h"
#include "stem.h"
#include "tok.h"
#include "vocab.h"
#include "xalloc.h"

/* Words that open a negation scope (besides any word ending in "n't"). */
static const char *const negators[] = {
	"not", "no", "never", "cannot", "nor", "without", "neither", "none",
	"nobody", "nothing", "nowhere", "hardly",
};

/*
 * Words about the target, NATO membership: joining, the alliance, the
 * procedure, and the vocabulary of both camps. Stemmed at start-up with
 * the model's stemmer so that every inflection counts.
 */
static const char *const cue_words[] = {
	"nato", "alliance", "bloc", "member", "membership", "join",
	"accession", "accede", "enlargement", "expansion", "neutral",
	"neutrality", "door", "ratify", "ratification", "veto", "block",
	"threat", "provocation", "provoke", "aspiration", "application",
	"apply", "invitation", "invite", "integration", "irreversible",
	"welcome", "oppose", "support", "security", "guarantee", "bid",
	"candidate", "summit", "encirclement", "buffer", "sovereign",
};

/* VADER's damping of a negated word's valence. */
#define NEGATED_VALENCE (-0.74)

struct featurizer {
	struct feat_opts o;
	struct stem *stem;
	const struct lexicon *lx;
	struct vocab *cues; /* stemmed cue words */
	struct sbuf text;   /* normalised quote */
	struct tok_list toks;
	struct sbuf stems;  /* stem of each token, NUL-separated */
	size_t *stem_off, *stem_len, cap_stem;
	unsigned char *neg;
	size_t cap_neg;
	struct vocab *doc;  /* this quote's features; value: count */
	struct sbuf name;
	size_t *cp;         /* code point offsets for char n-grams */
	size_t cap_cp;
	struct feat_node *node;
	size_t cap_node;
	/*
	 * Map mode (feat_vector): features go straight to the ids of target,
	 * counted in acc[id], first occurrences listed in touched; no name
	 * is built. Collect mode (target NULL): names go to doc.
	 */
	const struct vocab *target;
	double *acc;
	size_t cap_acc;
	long *touched;
	size_t ntouched, cap_touched;
	struct sbuf pad;
};

void feat_opts_default(struct feat_opts *o)
{
	memset(o, 0, sizeof(*o));
	snprintf(o->lang, sizeof(o->lang), "english");
	o->word_max = 2;
	o->char_min = 3;
	o->char_max = 5;
	o->negation = 1;
	o->lexicon = 1;
	o->cues = 1;
	o->min_df = 2;
}

struct featurizer *feat_new(const struct feat_opts *o,
			    const struct lexicon *lx, struct err *e)
{
	struct featurizer *fz;
	struct stem *st = stem_new(o->lang, e);
	struct sbuf sb = SBUF_INIT;
	size_t i, len;

	if (!st)
		return NULL;
	fz = xcalloc(1, sizeof(*fz));
	fz->o = *o;
	fz->stem = st;
	fz->lx = o->lexicon ? lx : NULL;
	fz->cues = vocab_new();
	fz->doc = vocab_new();
	sbuf_init(&fz->text);
	sbuf_init(&fz->stems);
	sbuf_init(&fz->name);
	sbuf_init(&fz->pad);
	for (i = 0; i < sizeof(cue_words) / sizeof(cue_words[0]); i++) {
		const char *s = stem_word(st, cue_words[i], strlen(cue_words[i]),
					  &len);

		sbuf_reset(&sb);
		sbuf_add(&sb, s, len);
		vocab_add(fz->cues, sb.buf, sb.len, NULL);
	}
	sbuf_release(&sb);
	return fz;
}

void feat_free(struct featurizer *fz)
{
	if (!fz)
		return;
	stem_free(fz->stem);
	vocab_free(fz->cues);
	vocab_free(fz->doc);
	sbuf_release(&fz->text);
	sbuf_release(&fz->stems);
	sbuf_release(&fz->name);
	sbuf_release(&fz->pad);
	tok_list_release(&fz->toks);
	free(fz->acc);
	free(fz->touched);
	free(fz->stem_off);
	free(fz->stem_len);
	free(fz->neg);
	free(fz->cp);
	free(fz->node);
	free(fz);
}

/*
 * The one way a feature is recorded: its name is the concatenation of
 * the parts. set: the value replaces (lexicon scores, cue presence);
 * otherwise it adds (n-gram counts). A value of 0 records nothing.
 */
static void emit(struct featurizer *fz, const struct vocab_part *part,
		 int nparts, double v, int set)
{
	long id;
	int k;

	if (v == 0)
		return;
	if (fz->target) {
		uint64_t h = VOCAB_HASH_INIT;

		for (k = 0; k < nparts; k++)
			h = vocab_hash_add(h, part[k].s, part[k].n);
		id = vocab_find_parts(fz->target, vocab_hash_done(h), part,
				      nparts);
		if (id < 0)
			return;
		if (fz->acc[id] == 0) {
			fz->touched = xgrow(fz->touched, &fz->cap_touched,
					    fz->ntouched + 1, sizeof(long));
			fz->touched[fz->ntouched++] = id;
		}
		fz->acc[id] = set ? v : fz->acc[id] + v;
		return;
	}
	sbuf_reset(&fz->name);
	for (k = 0; k < nparts; k++)
		sbuf_add(&fz->name, part[k].s, part[k].n);
	id = vocab_add(fz->doc, fz->name.buf, fz->name.len, NULL);
	vocab_set_value(fz->doc, id, set ? v : vocab_value(fz->doc, id) + v);
}

/* prefix + s + optional suffix, counted once. */
static void add_feature(struct featurizer *fz, const char *prefix,
			const char *s, size_t n, const char *suffix, double inc)
{
	struct vocab_part part[3] = {
		{ prefix, strlen(prefix) }, { s, n },
		{ suffix ? suffix : "", suffix ? strlen(suffix) : 0 },
	};

	emit(fz, part, suffix ? 3 : 2, inc, 0);
}

static void set_feature(struct featurizer *fz, const char *name, double v)
{
	struct vocab_part part = { name, strlen(name) };

	emit(fz, &part, 1, v, 1);
}

static int is_negator(const char *s, size_t n)
{
	size_t i;

	if (n >= 3 && !memcmp(s + n - 3, "n't", 3))
		return 1;
	for (i = 0; i < sizeof(negators) / sizeof(negators[0]); i++)
		if (strlen(negators[i]) == n && !memcmp(negators[i], s, n))
			return 1;
	return 0;
}

static int is_scope_end(enum tok_kind k)
{
	return k == TOK_PUNCT || k == TOK_EXCL || k == TOK_QUEST;
}

/* Stem every token (hashtags after their '#') and mark negation scopes. */
static void analyse_tokens(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	size_t i, len, c = fz->cap_stem;
	int in_scope = 0;

	fz->stem_off = xgrow(fz->stem_off, &c, tl->n, sizeof(size_t));
	c = fz->cap_stem;
	fz->stem_len = xgrow(fz->stem_len, &c, tl->n, sizeof(size_t));
	fz->cap_stem = c;
	fz->neg = xgrow(fz->neg, &fz->cap_neg, tl->n, 1);
	sbuf_reset(&fz->stems);
	for (i = 0; i < tl->n; i++) {
		const struct tok *t = &tl->v[i];
		const char *w = fz->text.buf + t->start;
		const char *s = w;

		len = t->len;
		if (t->kind == TOK_WORD) {
			s = stem_word(fz->stem, w, t->len, &len);
		} else if (t->kind == TOK_HASHTAG) {
			s = stem_word(fz->stem, w + 1, t->len - 1, &len);
			sbuf_addc(&fz->stems, '#');
			fz->stem_off[i] = fz->stems.len - 1;
			sbuf_add(&fz->stems, s, len);
			fz->stem_len[i] = len + 1;
			sbuf_addc(&fz->stems, '\0');
			goto scope;
		}
		fz->stem_off[i] = fz->stems.len;
		fz->stem_len[i] = len;
		sbuf_add(&fz->stems, s, len);
		sbuf_addc(&fz->stems, '\0');
scope:
		if (is_scope_end(t->kind)) {
			in_scope = 0;
			fz->neg[i] = 0;
		} else {
			fz->neg[i] = (unsigned char)(fz->o.negation && in_scope);
			if (fz->o.negation && t->kind == TOK_WORD &&
			    is_negator(w, t->len))
				in_scope = 1;
		}
	}
}

static const char *stem_of(const struct featurizer *fz, size_t i,
			   size_t *len)
{
	*len = fz->stem_len[i];
	return fz->stems.buf + fz->stem_off[i];
}

static void word_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	struct vocab_part part[2 * 3 + 1];
	size_t i, j, la;
	int n, np;

	for (i = 0; i < tl->n; i++) {
		const struct tok *t = &tl->v[i];
		const char *a;

		if (t->kind == TOK_PUNCT)
			continue;
		a = stem_of(fz, i, &la);
		add_feature(fz, "w:", a, la, fz->neg[i] ? "/NEG" : NULL, 1);
		if (is_scope_end(t->kind))
			continue;
		/* n-grams never cross punctuation, which ends a phrase */
		part[0].s = "w:";
		part[0].n = 2;
		part[1].s = a;
		part[1].n = la;
		np = 2;
		for (n = 2, j = i + 1; n <= fz->o.word_max && n <= 3 && j < tl->n;
		     n++, j++) {
			if (is_scope_end(tl->v[j].kind))
				break;
			part[np].s = " ";
			part[np++].n = 1;
			part[np].s = stem_of(fz, j, &part[np].n);
			np++;
			emit(fz, part, np, 1, 0);
		}
	}
}

static void char_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	struct sbuf *pad = &fz->pad;
	size_t i, j, k, ncp;
	int n;

	for (i = 0; i < tl->n; i++) {
		const struct tok *t = &tl->v[i];

		if (t->kind == TOK_PUNCT || t->kind == TOK_EXCL ||
		    t->kind == TOK_QUEST)
			continue;
		sbuf_reset(pad);
		sbuf_addc(pad, ' ');
		sbuf_add(pad, fz->text.buf + t->start, t->len);
		sbuf_addc(pad, ' ');
		fz->cp = xgrow(fz->cp, &fz->cap_cp, pad->len + 1, sizeof(size_t));
		for (j = 0, ncp = 0; j < pad->len; j++)
			if (((unsigned char)pad->buf[j] & 0xc0) != 0x80)
				fz->cp[ncp++] = j;
		fz->cp[ncp] = pad->len;
		for (n = fz->o.char_min; n <= fz->o.char_max; n++) {
			for (k = 0; k + (size_t)n <= ncp; k++) {
				size_t a = fz->cp[k], b = fz->cp[k + (size_t)n];

				add_feature(fz, "c:", pad->buf + a, b - a, NULL, 1);
			}
		}
	}
}

static void lexicon_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	double pos = 0, neg = 0, v, sum;
	size_t i, negated = 0;

	for (i = 0; i < tl->n; i++) {
		const struct tok *t = &tl->v[i];
		const char *w = fz->text.buf + t->start;
		size_t n = t->len;

		if (t->kind == TOK_HASHTAG) {
			w++;
			n--;
		} else if (t->kind != TOK_WORD) {
			continue;
		}
		if (!lexicon_get(fz->lx, w, n, &v))
			continue;
		if (fz->neg[i]) {
			v *= NEGATED_VALENCE;
			negated++;
		}
		if (v > 0)
			pos += v;
		else
			neg -= v;
	}
	sum = pos - neg;
	set_feature(fz, "l:compound", sum / sqrt(sum * sum + 15));
	if (pos + neg > 0) {
		set_feature(fz, "l:pos_share", pos / (pos + neg));
		set_feature(fz, "l:neg_share", neg / (pos + neg));
	}
	set_feature(fz, "l:pos", pos / (pos + 4));
	set_feature(fz, "l:neg", neg / (neg + 4));
	set_feature(fz, "l:negated", negated ? 1 : 0);
}

static void cue_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	size_t i, len;

	for (i = 0; i < tl->n; i++) {
		const char *s;
		struct vocab_part part[3] = {
			{ "t:", 2 }, { NULL, 0 }, { "/NEG", 4 },
		};

		if (tl->v[i].kind != TOK_WORD)
			continue;
		s = stem_of(fz, i, &len);
		if (vocab_find(fz->cues, s, len) < 0)
			continue;
		part[1].s = s;
		part[1].n = len;
		/* presence, not count: a cue says what the quote is about */
		emit(fz, part, fz->neg[i] ? 3 : 2, 1, 1);
	}
}

/* Tokens, stems and every feature family of text, through emit(). */
static void run(struct featurizer *fz, const char *text, size_t n)
{
	sbuf_reset(&fz->text);
	norm_text(&fz->text, text, n);
	tok_split(&fz->toks, fz->text.buf, fz->text.len);
	analyse_tokens(fz);
	if (fz->o.word_max >= 1)
		word_features(fz);
	if (fz->o.char_min >= 1 && fz->o.char_max >= fz->o.char_min)
		char_features(fz);
	if (fz->lx)
		lexicon_features(fz);
	if (fz->o.cues)
		cue_features(fz);
}

size_t feat_extract(struct featurizer *fz, const char *text, size_t n)
{
	vocab_clear(fz->doc);
	fz->target = NULL;
	run(fz, text, n);
	return vocab_size(fz->doc);
}

const char *feat_raw_name(const struct featurizer *fz, size_t i, size_t *len)
{
	return vocab_name(fz->doc, (long)i, len);
}

double feat_raw_value(const struct featurizer *fz, size_t i)
{
	return vocab_value(fz->doc, (long)i);
}

enum feat_family feat_name_family(const char *name)
{
	switch (name[0]) {
	case 'c':
		return FEAT_CHAR;
	case 'l':
		return FEAT_LEX;
	case 't':
		return FEAT_CUE;
	default:
		return FEAT_WORD;
	}
}

enum feat_family feat_raw_family(const struct featurizer *fz, size_t i)
{
	return feat_name_family(vocab_name(fz->doc, (long)i, NULL));
}

/*
 * Nodes by index. Every quote's vector is sorted, so this is on the hot
 * path; an inline comparison beats qsort's callback several times over.
 * Quicksort, median of three, insertion sort below 16, smaller side
 * first so the stack stays logarithmic.
 */
static void sort_nodes(struct feat_node *v, size_t n)
{
	while (n > 16) {
		struct feat_node t, *lo = v, *hi = v + n - 1;
		size_t i = 0, j = n - 1;
		int pivot;

		if (v[n / 2].index < lo->index) {
			t = v[n / 2]; v[n / 2] = *lo; *lo = t;
		}
		if (hi->index < lo->index) {
			t = *hi; *hi = *lo; *lo = t;
		}
		if (hi->index < v[n / 2].index) {
			t = *hi; *hi = v[n / 2]; v[n / 2] = t;
		}
		pivot = v[n / 2].index;
		for (;;) {
			while (v[i].index < pivot)
				i++;
			while (v[j].index > pivot)
				j--;
			if (i >= j)
				break;
			t = v[i]; v[i] = v[j]; v[j] = t;
			i++;
			j--;
		}
		/* [0, j] <= pivot <= [j + 1, n) */
		if (j + 1 < n - j - 1) {
			sort_nodes(v, j + 1);
			v += j + 1;
			n -= j + 1;
		} else {
			sort_nodes(v + j + 1, n - j - 1);
			n = j + 1;
		}
	}
	for (size_t i = 1; i < n; i++) {
		struct feat_node t = v[i];
		size_t j = i;

		while (j > 0 && v[j - 1].index > t.index) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = t;
	}
}

const struct feat_node *feat_vectorize(struct featurizer *fz,
				       const struct vocab *vocab,
				       size_t *count)
{
	size_t i, n = vocab_size(fz->doc), k = 0;
	double sumsq[4] = { 0, 0, 0, 0 };
	unsigned char *fam;

	fz->node = xgrow(fz->node, &fz->cap_node, n + 1, sizeof(*fz->node));
	fam = xmalloc(n + 1);
	for (i = 0; i < n; i++) {
		size_t len;
		const char *name = vocab_name(fz->doc, (long)i, &len);
		long id = vocab_find(vocab, name, len);
		double raw = vocab_value(fz->doc, (long)i), w;
		enum feat_family f = feat_name_family(name);

		if (id < 0)
			continue;
		if (f == FEAT_WORD || f == FEAT_CHAR)
			w = (1 + log(raw)) * vocab_value(vocab, id);
		else
			w = raw;
		sumsq[f] += w * w;
		fz->node[k].index = (int)id + 1;
		fz->node[k].value = w;
		fam[k++] = (unsigned char)f;
	}
	for (i = 0; i < k; i++)
		if ((fam[i] == FEAT_WORD || fam[i] == FEAT_CHAR) &&
		    sumsq[fam[i]] > 0)
			fz->node[i].value /= sqrt(sumsq[fam[i]]);
	free(fam);
	sort_nodes(fz->node, k);
	fz->node[k].index = -1;
	fz->node[k].value = 0;
	*count = k;
	return fz->node;
}

const struct feat_node *feat_vector(struct featurizer *fz,
				    const struct vocab *vocab, const char *text,
				    size_t n, size_t *count)
{
	size_t i, k = fz->ntouched, size = vocab_size(vocab);
	double sumsq[4] = { 0, 0, 0, 0 };
	unsigned char fam[4];

	if (size > fz->cap_acc) {
		free(fz->acc);
		fz->acc = xcalloc(size, sizeof(double));
		fz->cap_acc = size;
	}
	fz->target = vocab;
	fz->ntouched = 0;
	run(fz, text, n);
	fz->target = NULL;
	k = fz->ntouched;
	fz->node = xgrow(fz->node, &fz->cap_node, k + 1, sizeof(*fz->node));
	/* the same weights, in the same order, as feat_vectorize */
	for (i = 0; i < k; i++) {
		long id = fz->touched[i];
		enum feat_family f = feat_name_family(vocab_name(vocab, id, NULL));
		double raw = fz->acc[id], w;

		if (f == FEAT_WORD || f == FEAT_CHAR)
			w = (1 + log(raw)) * vocab_value(vocab, id);
		else
			w = raw;
		sumsq[f] += w * w;
		fz->node[i].index = (int)id + 1;
		fz->node[i].value = w;
		fz->acc[id] = 0;
	}
	for (i = 0; i < 4; i++)
		fam[i] = (i == FEAT_WORD || i == FEAT_CHAR) && sumsq[i] > 0;
	for (i = 0; i < k; i++) {
		enum feat_family f = feat_name_family(
			vocab_name(vocab, fz->node[i].index - 1, NULL));

		if (fam[f])
			fz->node[i].value /= sqrt(sumsq[f]);
	}
	sort_nodes(fz->node, k);
	fz->node[k].index = -1;
	fz->node[k].value = 0;
	*count = k;
	return fz->node;
}

void feat_opts_format(const struct feat_opts *o, char *buf, size_t size)
{
	snprintf(buf, size,
		 "lang=%s word_max=%d char_min=%d char_max=%d negation=%d "
		 "lexicon=%d cues=%d min_df=%d",
		 o->lang, o->word_max, o->char_min, o->char_max, o->negation,
		 o->lexicon, o->cues, o->min_df);
}

static int parse_int(const char *v, int lo, int hi, int *out)
{
	char *end;
	long x = strtol(v, &end, 10);

	if (end == v || *end || x < lo || x > hi)
		return -1;
	*out = (int)x;
	return 0;
}

int feat_opts_parse(struct feat_opts *o, const char *text, struct err *e)
{
	char *copy = xstrdup(text), *save = NULL, *kv;
	int ret = 0;

	feat_opts_default(o);
	for (kv = strtok_r(copy, " \t\n", &save); kv;
	     kv = strtok_r(NULL, " \t\n", &save)) {
		char *eq = strchr(kv, '=');
		int bad = 0;

		if (!eq) {
			ret = err_set(e, "feature option '%s' is not key=value", kv);
			break;
		}
		*eq++ = '\0';
		if (!strcmp(kv, "lang")) {
			bad = strlen(eq) >= sizeof(o->lang);
			if (!bad)
				snprintf(o->lang, sizeof(o->lang), "%s", eq);
		} else if (!strcmp(kv, "word_max")) {
			bad = parse_int(eq, 0, 3, &o->word_max);
		} else if (!strcmp(kv, "char_min")) {
			bad = parse_int(eq, 0, 8, &o->char_min);
		} else if (!strcmp(kv, "char_max")) {
			bad = parse_int(eq, 0, 8, &o->char_max);
		} else if (!strcmp(kv, "negation")) {
			bad = parse_int(eq, 0, 1, &o->negation);
		} else if (!strcmp(kv, "lexicon")) {
			bad = parse_int(eq, 0, 1, &o->lexicon);
		} else if (!strcmp(kv, "cues")) {
			bad = parse_int(eq, 0, 1, &o->cues);
		} else if (!strcmp(kv, "min_df")) {
			bad = parse_int(eq, 1, 1000000, &o->min_df);
		} else {
			ret = err_set(e, "unknown feature option '%s'", kv);
			break;
		}
		if (bad) {
			ret = err_set(e, "bad value '%s' for feature option '%s'",
				      eq, kv);
			break;
		}
	}
	free(copy);
	return ret;
}
