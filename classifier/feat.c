#include "feat.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "err.h"
#include "embed.h"
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

/*
 * Family weights (feat_opts.family_weights), applied after the tf-idf
 * families are scaled to unit norm: the presence families (t, k, m) and
 * the scores (l, v) have a few features of value up to 1 each, which
 * together outweighed the n-grams; these weights were chosen by 10-fold
 * cross-validation on the NATO corpus among a handful of settings (see
 * README.md, "Family weights"). The word-vector mean (e:) weighs 3,
 * chosen the same way (README.md, "Word vectors").
 * Indexed by enum feat_family.
 */
static const double family_weight[FEAT_NFAMILY] = {
	[FEAT_WORD] = 1, [FEAT_CHAR] = 1, [FEAT_LEX] = 0.5, [FEAT_CUE] = 0.3,
	[FEAT_DOM] = 0.3, [FEAT_WIN] = 0.5, [FEAT_MOD] = 0.3, [FEAT_VAD] = 0.5,
	[FEAT_EMB] = 3,
};

/* VADER's damping of a negated word's valence. */
#define NEGATED_VALENCE (-0.74)

#define TOKEN_CACHE_MAX 32768
#define NGRAM_CACHE_MAX (1u << 17) /* 4 MB of table at the most */
#define NGRAM_BITS 21

/* Modal classes of a sentence (modality_features()). */
enum modal { MOD_OBLIG, MOD_WILL, MOD_CAN, MOD_WANT, MOD_IF, MOD_QUEST,
	     MOD_N };

/* A distinct token of the cache (struct featurizer). */
enum { ID_W, ID_WNEG, ID_X, ID_XNEG, ID_T, ID_TNEG, ID_N };
struct tentry {
	/* what every quote reads first, in one cache line */
	int32_t id[ID_N]; /* map mode: ids of w:, x:, t: (and /NEG); -2: not
			     looked up yet, -1: not in the target */
	int32_t span_n;   /* map mode: character n-gram ids; -1: not yet */
	unsigned char wc; /* WC_ class bits (words) */
	unsigned char negator; /* opens a negation scope */
	signed char modal;     /* enum modal, or -1 */
	unsigned char but;     /* "but" or "however" */
	unsigned char cue;     /* its stem is a cue word (t:) */
	unsigned char cue_first; /* longest cue phrase it starts; 0: none */
	unsigned char cue_later; /* its stem is a later word of a phrase */
	unsigned char has_lex;
	uint32_t dgen;    /* feat_dots: its sums in edot are of dgen's rows */
	size_t span_off;  /* the n-gram ids in ids[] */
	size_t stem_off, stem_len; /* in tc_stems; hashtags keep their '#' */
	double lex;       /* lexicon valence, when has_lex */
	const signed char *vec; /* its word vector, or NULL */
	int vw;                 /* the vector's weight (embed_get) */
	uint32_t egen;    /* feat_dots: its eproj is of egen's rows */
};

/* Word n-gram ids by the entries of their tokens; key 0 is empty. */
struct ngram_table {
	struct ngram_slot { uint64_t key; long id; } *slot;
	size_t n, nslot;
};

/* The features of fixed names, their ids cached in named_id. */
enum named {
	N_L_COMPOUND, N_L_POS_SHARE, N_L_NEG_SHARE, N_L_POS, N_L_NEG,
	N_L_NEGATED, N_V_COMPOUND, N_V_POS, N_V_NEG, N_V_BUT, N_V_AFTER_BUT,
	N_V_EXCL, N_V_QUEST, N_V_CAPS, N_V_BOOST, N_V_DAMP,
	/* raw_valence: the scores above that negation changes, without it */
	N_L_RAW_COMPOUND, N_L_RAW_POS_SHARE, N_L_RAW_NEG_SHARE, N_L_RAW_POS,
	N_L_RAW_NEG, N_V_RAW_COMPOUND, N_V_RAW_POS, N_V_RAW_NEG,
	N_V_RAW_AFTER_BUT, N_NAMED
};
static const char *const named_feature[N_NAMED] = {
	[N_L_COMPOUND] = "l:compound", [N_L_POS_SHARE] = "l:pos_share",
	[N_L_NEG_SHARE] = "l:neg_share", [N_L_POS] = "l:pos",
	[N_L_NEG] = "l:neg", [N_L_NEGATED] = "l:negated",
	[N_V_COMPOUND] = "v:compound", [N_V_POS] = "v:pos",
	[N_V_NEG] = "v:neg", [N_V_BUT] = "v:but",
	[N_V_AFTER_BUT] = "v:after_but", [N_V_EXCL] = "v:excl",
	[N_V_QUEST] = "v:quest", [N_V_CAPS] = "v:caps",
	[N_V_BOOST] = "v:boost", [N_V_DAMP] = "v:damp",
	[N_L_RAW_COMPOUND] = "l:raw_compound",
	[N_L_RAW_POS_SHARE] = "l:raw_pos_share",
	[N_L_RAW_NEG_SHARE] = "l:raw_neg_share", [N_L_RAW_POS] = "l:raw_pos",
	[N_L_RAW_NEG] = "l:raw_neg", [N_V_RAW_COMPOUND] = "v:raw_compound",
	[N_V_RAW_POS] = "v:raw_pos", [N_V_RAW_NEG] = "v:raw_neg",
	[N_V_RAW_AFTER_BUT] = "v:raw_after_but",
};

/* The named features that raw_valence doubles, and their raw twins. */
static const enum named negated_named[] = {
	N_L_COMPOUND, N_L_POS_SHARE, N_L_NEG_SHARE, N_L_POS, N_L_NEG,
	N_L_NEGATED, N_V_COMPOUND, N_V_POS, N_V_NEG, N_V_AFTER_BUT,
};

int feat_valence_kept(const char *name, size_t n, int raw)
{
	size_t i;

	if (n < 2 || (name[0] != 'l' && name[0] != 'v') || name[1] != ':')
		return 1;
	if (n > 6 && !memcmp(name + 2, "raw_", 4))
		return raw;
	if (!raw)
		return 1;
	for (i = 0; i < sizeof(negated_named) / sizeof(negated_named[0]); i++)
		if (strlen(named_feature[negated_named[i]]) == n &&
		    !memcmp(named_feature[negated_named[i]], name, n))
			return 0;
	return 1;
}

struct featurizer {
	struct feat_opts o;
	struct stem *stem;
	const struct lexicon *lx;
	struct vocab *cues; /* stemmed cue words */
	struct sbuf text;   /* normalised quote */
	struct tok_list toks;
	unsigned char *neg;
	size_t cap_neg;
	struct feat_node *scratch; /* feat_scratch's, for the caller */
	size_t cap_scratch;
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
	double *acc;           /* by id: count or value */
	double *idf;           /* by id: the target's values (vector()) */
	size_t cap_acc;
	double *fdot;          /* feat_dots: sums by family and pair */
	size_t cap_fdot;
	/*
	 * feat_dots: the entries whose character n-grams this quote counted
	 * (ctok; ctok_ok 0 when some n-grams went uncounted there), and per
	 * entry the sums of its n-grams' rows and squared idfs (edot, np + 1
	 * each), valid while the entry's dgen is fz's (the rows in dots_*).
	 */
	size_t *ctok;
	size_t nctok, cap_ctok;
	int ctok_ok;
	double *edot;
	size_t cap_edot;
	uint32_t dgen;
	const double *dots_rows;
	size_t dots_stride;
	int dots_np;
	long *touched;
	unsigned char *tfam;   /* family of each touched id */
	size_t ntouched;       /* room: cap_acc + 1 (count_ids) */
	double tf[64];         /* 1 + ln(count) for small counts */
	struct sbuf pad;
	struct vocab *wclass;  /* closed-list word -> WC_ class bits */
	/*
	 * The token cache: each distinct token (its text the key, its entry
	 * te[] at the same index) with all that the families ask of it, so a
	 * token seen before costs one lookup. In map mode it also keeps the
	 * ids its features have in the target (character n-grams as a span
	 * of ids[]) and, in ngrams, the ids of word n-grams keyed by their
	 * tokens' entries: a known quote builds and hashes no feature name.
	 * Emptied between quotes when full or when the target changes.
	 */
	struct vocab *tc_keys;
	struct tentry *te;
	size_t cap_te;
	struct sbuf tc_stems;  /* the entries' stems, NUL-terminated */
	size_t *tent;          /* entry of each token of the quote */
	size_t cap_tent;
	uint64_t cache_stamp, cache_gen; /* target of the ids; 0: none */
	int ngram_keys;        /* entries fit an n-gram key (NGRAM_BITS) */
	struct ngram_table ngrams;
	int32_t named_id[N_NAMED];
	long *ids;
	size_t nids, cap_ids;
	int recording;
	/* cue lexicon, stemmed: phrase -> category id */
	const struct feat_cues *cl;
	struct vocab *cue_phr;
	struct vocab *cue_first; /* a phrase's first stem -> longest length */
	struct vocab *cue_later; /* the stems of phrases after their first */
	/* map mode: ids of k: and m: features (domain_features(), flush_
	   modality()) by category and variant; -2: not yet looked up */
	int32_t dom_id[FEAT_CUE_MAX_CATS][4];
	int32_t mod_id[MOD_N][2][1 + FEAT_CUE_MAX_CATS];
	int cue_words, target_cat;
	struct tokinfo *ti; /* per token, see analyse_cues() */
	size_t cap_ti;
	/*
	 * word vectors (e:): map mode ids of e:0.. (-2: not yet), sums. In
	 * feat_dots (dots_mode) embed_features only lists the entries of the
	 * quote's words that have a vector (etok, one per occurrence) and
	 * their total weight (ewsum); feat_dots keeps per entry the products
	 * of its vector with the rows of e:0.. (eproj, np each, valid while
	 * the entry's egen is fz's dgen).
	 */
	const struct embed *em;
	int edim, erow;
	int32_t *emb_id;
	double *eacc;
	int32_t *eacc32;
	int dots_mode;
	size_t *etok;
	size_t netok, cap_etok;
	long ewsum;
	double *eproj;
	size_t cap_eproj;
};

/*
 * The small closed word lists (negators, modal verbs, boosters...) as one
 * hash set of word -> class bits, built once per featurizer: a token is
 * classified by one lookup instead of a walk through every list.
 */
enum {
	WC_NEG = 1, WC_OBLIG = 2, WC_WILL = 4, WC_CAN = 8, WC_WANT = 16,
	WC_IF = 32, WC_BOOST = 64, WC_DAMP = 128,
};

static void add_class(struct vocab *v, const char *const *list, size_t n,
		      unsigned bit)
{
	size_t i;

	for (i = 0; i < n; i++) {
		long id = vocab_add(v, list[i], strlen(list[i]), NULL);

		vocab_set_value(v, id, (double)((unsigned)vocab_value(v, id) | bit));
	}
}

#define ADD_CLASS(v, list, bit) \
	add_class(v, list, sizeof(list) / sizeof(list[0]), bit)

static struct vocab *word_classes(void);

/* What the cue pass learnt about one token. */
struct tokinfo {
	int cat;     /* category of a cue phrase starting here, or -1 */
	int len;     /* its length in tokens */
	int target;  /* inside a target mention */
	int dist;    /* tokens to the nearest target mention in the sentence */
	int sent;    /* sentence number */
};

struct feat_cues {
	struct vocab *phrases; /* normalised words joined by ' ', value: cat */
	int ncat;
	char cat[FEAT_CUE_MAX_CATS][32];
};

/* ---- the stance-cue lexicon ---- */

static int category_ok(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n >= 32)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_' || s[i] == '-'))
			return 0;
	return 1;
}

/*
 * Parse "phrase<TAB>category" into c. The phrase is normalised and
 * tokenised as quotes are, and must be words only. 0, or -1 with *e set.
 */
static int cue_entry(struct feat_cues *c, char *line, struct sbuf *norm,
		     struct tok_list *tl, const char *path, long lineno,
		     struct err *e)
{
	char *tab = strchr(line, '\t');
	size_t clen, i;
	int cat;
	long id;
	int added;
	struct sbuf key = SBUF_INIT;

	if (!tab || tab == line)
		return err_at(e, path, lineno, "expected 'phrase<TAB>category'");
	clen = strcspn(tab + 1, "\t\r\n");
	if (!category_ok(tab + 1, clen))
		return err_at(e, path, lineno, "bad category '%.*s' (letters, "
			      "digits, '_' or '-', at most 31 bytes)",
			      (int)(clen > 40 ? 40 : clen), tab + 1);
	sbuf_reset(norm);
	norm_text(norm, line, (size_t)(tab - line));
	tok_split(tl, norm->buf, norm->len);
	if (tl->n == 0 || tl->n > FEAT_CUE_MAX_WORDS)
		return err_at(e, path, lineno, "a phrase is 1 to %d words",
			      FEAT_CUE_MAX_WORDS);
	for (i = 0; i < tl->n; i++) {
		if (tl->v[i].kind != TOK_WORD) {
			sbuf_release(&key);
			return err_at(e, path, lineno, "phrase '%.*s' is not "
				      "words only", (int)(tab - line), line);
		}
		if (i)
			sbuf_addc(&key, ' ');
		sbuf_add(&key, norm->buf + tl->v[i].start, tl->v[i].len);
	}
	for (cat = 0; cat < c->ncat; cat++)
		if (strlen(c->cat[cat]) == clen &&
		    !memcmp(c->cat[cat], tab + 1, clen))
			break;
	if (cat == c->ncat) {
		if (c->ncat == FEAT_CUE_MAX_CATS) {
			sbuf_release(&key);
			return err_at(e, path, lineno, "more than %d categories",
				      FEAT_CUE_MAX_CATS);
		}
		memcpy(c->cat[c->ncat], tab + 1, clen);
		c->cat[c->ncat++][clen] = '\0';
	}
	id = vocab_add(c->phrases, key.buf, key.len, &added);
	if (!added) {
		err_at(e, path, lineno, "phrase '%s' listed twice", key.buf);
		sbuf_release(&key);
		return -1;
	}
	vocab_set_value(c->phrases, id, cat);
	sbuf_release(&key);
	return 0;
}

struct feat_cues *feat_cues_load(const char *path, struct err *e)
{
	FILE *fp = fopen(path, "r");
	struct feat_cues *c;
	struct sbuf norm = SBUF_INIT;
	struct tok_list tl = TOK_LIST_INIT;
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	int ok = 0;

	if (!fp) {
		err_at(e, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	c = xcalloc(1, sizeof(*c));
	c->phrases = vocab_new();
	while (getline(&line, &cap, fp) != -1) {
		lineno++;
		if (line[0] == '#' || line[strspn(line, " \t\r\n")] == '\0')
			continue;
		if (cue_entry(c, line, &norm, &tl, path, lineno, e) < 0)
			goto out;
	}
	if (ferror(fp))
		err_at(e, path, lineno, "read error");
	else if (vocab_size(c->phrases) == 0)
		err_at(e, path, 0, "no entries");
	else
		ok = 1;
out:
	free(line);
	sbuf_release(&norm);
	tok_list_release(&tl);
	fclose(fp);
	if (!ok) {
		feat_cues_free(c);
		return NULL;
	}
	return c;
}

int feat_cues_save(const struct feat_cues *c, const char *path,
		   struct err *e)
{
	struct afile af;
	FILE *fp = afile_open(&af, path, e);
	size_t i;

	if (!fp)
		return -1;
	for (i = 0; i < vocab_size(c->phrases); i++)
		fprintf(fp, "%s\t%s\n", vocab_name(c->phrases, (long)i, NULL),
			c->cat[(int)vocab_value(c->phrases, (long)i)]);
	return afile_commit(&af, e);
}

size_t feat_cues_size(const struct feat_cues *c)
{
	return vocab_size(c->phrases);
}

void feat_cues_free(struct feat_cues *c)
{
	if (!c)
		return;
	vocab_free(c->phrases);
	free(c);
}

/*
 * The featurizer's copy of the phrases, each word stemmed with its own
 * stemmer so that inflections match. Phrases that stem alike keep the
 * first category listed.
 */
static void stem_cues(struct featurizer *fz, const struct feat_cues *c)
{
	struct sbuf key = SBUF_INIT;
	size_t i, len;
	int cat;

	fz->cl = c;
	for (cat = 0; cat < c->ncat; cat++)
		if (!strcmp(c->cat[cat], "target"))
			fz->target_cat = cat;
	for (i = 0; i < vocab_size(c->phrases); i++) {
		const char *p = vocab_name(c->phrases, (long)i, NULL);
		int words = 0, added;
		long id;

		sbuf_reset(&key);
		while (*p) {
			size_t n = strcspn(p, " ");
			const char *s = stem_word(fz->stem, p, n, &len);

			if (words++) {
				sbuf_addc(&key, ' ');
				vocab_add(fz->cue_later, s, len, NULL);
			}
			sbuf_add(&key, s, len);
			p += n;
			p += *p == ' ';
		}
		id = vocab_add(fz->cue_phr, key.buf, key.len, &added);
		if (added)
			vocab_set_value(fz->cue_phr, id,
					vocab_value(c->phrases, (long)i));
		if (words > fz->cue_words)
			fz->cue_words = words;
		/* first word -> longest phrase it starts */
		id = vocab_add(fz->cue_first, key.buf, strcspn(key.buf, " "),
			       NULL);
		if (words > vocab_value(fz->cue_first, id))
			vocab_set_value(fz->cue_first, id, words);
	}
	sbuf_release(&key);
}

int feat_opts_need_cues(const struct feat_opts *o)
{
	return o->domain || o->window > 0 || o->modality;
}

int feat_family_tfidf(enum feat_family f)
{
	return f == FEAT_WORD || f == FEAT_CHAR || f == FEAT_WIN;
}

int feat_family_dense(enum feat_family f)
{
	return f == FEAT_LEX || f == FEAT_VAD || f == FEAT_EMB;
}

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
	o->domain = 1;
	o->window = 4;
	o->modality = 1;
	o->vader = 1;
	o->family_weights = 1;
	o->embed = 1;
}

struct featurizer *feat_new(const struct feat_opts *o,
			    const struct lexicon *lx, struct err *e)
{
	struct feat_opts plain = *o;

	plain.domain = plain.window = plain.modality = 0;
	return feat_new_with_cues(&plain, lx, NULL, e);
}

struct featurizer *feat_new_with_cues(const struct feat_opts *o,
				      const struct lexicon *lx,
				      const struct feat_cues *cues,
				      struct err *e)
{
	struct feat_opts plain = *o;

	plain.embed = 0;
	return feat_new_full(&plain, lx, cues, NULL, e);
}

struct featurizer *feat_new_full(const struct feat_opts *o,
				 const struct lexicon *lx,
				 const struct feat_cues *cues,
				 const struct embed *em, struct err *e)
{
	struct featurizer *fz;
	struct stem *st;
	struct sbuf sb = SBUF_INIT;
	size_t i, len;

	if (feat_opts_need_cues(o) && !cues) {
		err_set(e, "the domain, window and modality features need a "
			"cue lexicon");
		return NULL;
	}
	if (o->vader && o->lexicon && !lx) {
		err_set(e, "the vader features need a sentiment lexicon");
		return NULL;
	}
	if (o->embed && !em) {
		err_set(e, "the e: features need word vectors");
		return NULL;
	}
	st = stem_new(o->lang, e);
	if (!st)
		return NULL;
	fz = xcalloc(1, sizeof(*fz));
	fz->o = *o;
	fz->stem = st;
	fz->lx = o->lexicon ? lx : NULL;
	fz->cues = vocab_new();
	fz->doc = vocab_new();
	fz->tc_keys = vocab_new();
	sbuf_init(&fz->tc_stems);
	fz->wclass = word_classes();
	for (i = 1; i < 64; i++)
		fz->tf[i] = 1 + log((double)i);
	sbuf_init(&fz->text);
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
	fz->cue_phr = vocab_new();
	fz->cue_first = vocab_new();
	fz->cue_later = vocab_new();
	fz->target_cat = -1;
	if (cues && feat_opts_need_cues(o))
		stem_cues(fz, cues);
	if (o->embed) {
		fz->em = em;
		fz->edim = embed_dim(em);
		fz->erow = embed_row_len(em);
		fz->emb_id = xmalloc((size_t)fz->edim * sizeof(int32_t));
		fz->eacc = xmalloc((size_t)fz->erow * sizeof(double));
		fz->eacc32 = xmalloc((size_t)fz->erow * sizeof(int32_t));
		for (i = 0; i < (size_t)fz->edim; i++)
			fz->emb_id[i] = -2;
	}
	return fz;
}

void feat_scratch(struct featurizer *fz, struct feat_node ***buf,
		  size_t **cap)
{
	*buf = &fz->scratch;
	*cap = &fz->cap_scratch;
}

void feat_free(struct featurizer *fz)
{
	if (!fz)
		return;
	stem_free(fz->stem);
	vocab_free(fz->cues);
	vocab_free(fz->cue_phr);
	vocab_free(fz->cue_first);
	vocab_free(fz->cue_later);
	free(fz->ti);
	free(fz->emb_id);
	free(fz->eacc);
	free(fz->eacc32);
	free(fz->etok);
	free(fz->eproj);
	vocab_free(fz->doc);
	sbuf_release(&fz->text);
	sbuf_release(&fz->tc_stems);
	sbuf_release(&fz->name);
	sbuf_release(&fz->pad);
	tok_list_release(&fz->toks);
	free(fz->scratch);
	free(fz->acc);
	free(fz->idf);
	free(fz->fdot);
	free(fz->ctok);
	free(fz->edot);
	free(fz->touched);
	free(fz->tfam);
	vocab_free(fz->wclass);
	vocab_free(fz->tc_keys);
	free(fz->te);
	free(fz->tent);
	free(fz->ngrams.slot);
	free(fz->ids);
	free(fz->neg);
	free(fz->cp);
	free(fz->node);
	free(fz);
}

/* Note id as counted in this quote (map mode), with its family. */
static void touch(struct featurizer *fz, long id, enum feat_family f)
{
	/* room for every id of the target was made by vector() */
	fz->tfam[fz->ntouched] = (unsigned char)f;
	fz->touched[fz->ntouched++] = id;
}

/* Id in the target of the name made of the parts, or -1. */
static long target_id(const struct featurizer *fz,
		      const struct vocab_part *part, int nparts)
{
	uint64_t h = VOCAB_HASH_INIT;
	int k;

	for (k = 0; k < nparts; k++)
		h = vocab_hash_add(h, part[k].s, part[k].n);
	return vocab_find_parts(fz->target, vocab_hash_done(h), part, nparts);
}

/*
 * Map mode: count feature id of the target (set: replace its value); an
 * id < 0 (not in the target) or a value of 0 records nothing.
 */
static void record(struct featurizer *fz, long id, enum feat_family f,
		   double v, int set)
{
	if (id < 0 || v == 0)
		return;
	if (fz->recording) {
		fz->ids = xgrow(fz->ids, &fz->cap_ids, fz->nids + 1,
				sizeof(long));
		fz->ids[fz->nids++] = id;
	}
	if (fz->acc[id] == 0)
		touch(fz, id, f);
	fz->acc[id] = set ? v : fz->acc[id] + v;
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
		record(fz, target_id(fz, part, nparts),
		       feat_name_family(part[0].s), v, set);
		return;
	}
	sbuf_reset(&fz->name);
	for (k = 0; k < nparts; k++)
		sbuf_add(&fz->name, part[k].s, part[k].n);
	id = vocab_add(fz->doc, fz->name.buf, fz->name.len, NULL);
	vocab_set_value(fz->doc, id, set ? v : vocab_value(fz->doc, id) + v);
}

/* emit(), in map mode through the id cached at *slot (-2: not yet known). */
static void emit_cached(struct featurizer *fz, int32_t *slot,
			const struct vocab_part *part, int nparts, double v,
			int set)
{
	if (!fz->target) {
		emit(fz, part, nparts, v, set);
		return;
	}
	if (*slot == -2)
		*slot = (int32_t)target_id(fz, part, nparts);
	record(fz, *slot, feat_name_family(part[0].s), v, set);
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

static void set_named(struct featurizer *fz, enum named k, double v)
{
	struct vocab_part part = { named_feature[k], strlen(named_feature[k]) };

	emit_cached(fz, &fz->named_id[k], &part, 1, v, 1);
}

static unsigned wclass(const struct featurizer *fz, const char *w, size_t n)
{
	long id = vocab_find(fz->wclass, w, n);

	return id < 0 ? 0 : (unsigned)vocab_value(fz->wclass, id);
}

static int is_scope_end(enum tok_kind k)
{
	return k == TOK_PUNCT || k == TOK_EXCL || k == TOK_QUEST;
}

/* ---- the token cache ---- */

static void ngrams_clear(struct ngram_table *t)
{
	if (t->slot)
		memset(t->slot, 0, t->nslot * sizeof(*t->slot));
	t->n = 0;
}

static size_t ngrams_home(const struct ngram_table *t, uint64_t key)
{
	return (size_t)((key * 0x9e3779b97f4a7c15ull) >> 32) & (t->nslot - 1);
}

static size_t ngrams_find(const struct ngram_table *t, uint64_t key)
{
	size_t i = ngrams_home(t, key);

	while (t->slot[i].key && t->slot[i].key != key)
		i = (i + 1) & (t->nslot - 1);
	return i;
}

/* The id cached for key, or -2. */
static long ngrams_get(const struct ngram_table *t, uint64_t key)
{
	size_t i;

	if (!t->slot)
		return -2;
	i = ngrams_find(t, key);
	return t->slot[i].key ? t->slot[i].id : -2;
}

static void ngrams_put(struct ngram_table *t, uint64_t key, long id)
{
	size_t i;

	if ((t->n + 1) * 2 > t->nslot) {
		struct ngram_slot *old = t->slot;
		size_t on = t->nslot;

		t->nslot = on ? on * 2 : 4096;
		t->slot = xcalloc(t->nslot, sizeof(*t->slot));
		for (i = 0; i < on; i++)
			if (old[i].key)
				t->slot[ngrams_find(t, old[i].key)] = old[i];
		free(old);
	}
	i = ngrams_find(t, key);
	t->slot[i].key = key;
	t->slot[i].id = id;
	t->n++;
}

/* Empty the token cache; its ids are then for no target. */
static void cache_reset(struct featurizer *fz)
{
	size_t i;

	vocab_clear(fz->tc_keys);
	sbuf_reset(&fz->tc_stems);
	ngrams_clear(&fz->ngrams);
	fz->nids = 0;
	for (i = 0; i < N_NAMED; i++)
		fz->named_id[i] = -2;
	for (i = 0; i < sizeof(fz->dom_id) / sizeof(int32_t); i++)
		(&fz->dom_id[0][0])[i] = -2;
	for (i = 0; i < sizeof(fz->mod_id) / sizeof(int32_t); i++)
		(&fz->mod_id[0][0][0])[i] = -2;
	for (i = 0; i < (size_t)fz->edim; i++)
		fz->emb_id[i] = -2;
	fz->cache_stamp = fz->cache_gen = 0;
}

/*
 * Before a quote: empty the cache when it is full, or in map mode when
 * its ids are for another target or an older state of this one (then
 * they are looked up again, and the target's values copied to idf).
 * Collect mode reads no ids, so any target's cache serves it.
 */
static void cache_check(struct featurizer *fz)
{
	uint64_t stamp, gen;
	size_t i, n;
	int full = vocab_size(fz->tc_keys) >= TOKEN_CACHE_MAX;

	if (!fz->target) {
		if (full)
			cache_reset(fz);
		return;
	}
	stamp = vocab_stamp(fz->target);
	gen = vocab_generation(fz->target);
	if (stamp == fz->cache_stamp && gen == fz->cache_gen && !full) {
		if (fz->ngrams.n >= NGRAM_CACHE_MAX)
			ngrams_clear(&fz->ngrams);
		return;
	}
	cache_reset(fz);
	fz->cache_stamp = stamp;
	fz->cache_gen = gen;
	n = vocab_size(fz->target);
	for (i = 0; i < n; i++) /* vector() made room */
		fz->idf[i] = vocab_value(fz->target, (long)i);
}

static int modal_of(const struct featurizer *fz, const char *w, size_t n);

/*
 * The vector of word w[0..n), or of its part before an apostrophe (the
 * vectors' tokenizer split "russia's" and "don't"), or NULL.
 */
static const signed char *word_vector(const struct featurizer *fz,
				      const char *w, size_t n, int *weight)
{
	const signed char *v = embed_get(fz->em, w, n, weight);
	const char *apos;

	if (!v && (apos = memchr(w, '\'', n)) != NULL && apos > w)
		v = embed_get(fz->em, w, (size_t)(apos - w), weight);
	return v;
}

/* The entry of token t, made on its first sighting. */
static size_t token_entry(struct featurizer *fz, const struct tok *t)
{
	const char *w = fz->text.buf + t->start, *s = w;
	size_t len = t->len;
	struct tentry *e;
	int added, k;
	long id = vocab_add(fz->tc_keys, w, t->len, &added);

	/* a token's kind follows from its text (tok.h), so the text is key */
	if (!added)
		return (size_t)id;
	fz->te = xgrow(fz->te, &fz->cap_te, (size_t)id + 1, sizeof(*fz->te));
	e = &fz->te[id];
	memset(e, 0, sizeof(*e));
	e->span_n = -1;
	for (k = 0; k < ID_N; k++)
		e->id[k] = -2;
	e->modal = -1;
	e->stem_off = fz->tc_stems.len;
	if (t->kind == TOK_WORD) {
		s = stem_word(fz->stem, w, t->len, &len);
	} else if (t->kind == TOK_HASHTAG) {
		s = stem_word(fz->stem, w + 1, t->len - 1, &len);
		sbuf_addc(&fz->tc_stems, '#');
	}
	sbuf_add(&fz->tc_stems, s, len);
	e->stem_len = fz->tc_stems.len - e->stem_off;
	sbuf_addc(&fz->tc_stems, '\0');
	s = fz->tc_stems.buf + e->stem_off;
	if (fz->lx && (t->kind == TOK_WORD || t->kind == TOK_HASHTAG)) {
		size_t skip = t->kind == TOK_HASHTAG;

		e->has_lex = (unsigned char)lexicon_get(fz->lx, w + skip,
							t->len - skip, &e->lex);
	}
	if (fz->em && (t->kind == TOK_WORD || t->kind == TOK_HASHTAG))
		e->vec = word_vector(fz, w + (t->kind == TOK_HASHTAG),
				     t->len - (t->kind == TOK_HASHTAG), &e->vw);
	if (t->kind != TOK_WORD)
		return (size_t)id;
	e->wc = (unsigned char)wclass(fz, w, t->len);
	e->negator = (t->len >= 3 && !memcmp(w + t->len - 3, "n't", 3)) ||
		     (e->wc & WC_NEG);
	e->modal = (signed char)modal_of(fz, w, t->len);
	e->but = (t->len == 3 && !memcmp(w, "but", 3)) ||
		 (t->len == 7 && !memcmp(w, "however", 7));
	e->cue = vocab_find(fz->cues, s, e->stem_len) >= 0;
	if (fz->cl) {
		long f = vocab_find(fz->cue_first, s, e->stem_len);

		/* at most FEAT_CUE_MAX_WORDS */
		e->cue_first = f < 0 ? 0 :
			       (unsigned char)vocab_value(fz->cue_first, f);
		e->cue_later = vocab_find(fz->cue_later, s, e->stem_len) >= 0;
	}
	return (size_t)id;
}

static struct tentry *entry(const struct featurizer *fz, size_t i)
{
	return &fz->te[fz->tent[i]];
}

/* Each token's cache entry (stem...), and the negation scopes. */
static void analyse_tokens(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	size_t i;
	int in_scope = 0;

	fz->tent = xgrow(fz->tent, &fz->cap_tent, tl->n, sizeof(size_t));
	fz->neg = xgrow(fz->neg, &fz->cap_neg, tl->n, 1);
	for (i = 0; i < tl->n; i++)
		fz->tent[i] = token_entry(fz, &tl->v[i]);
	fz->ngram_keys = vocab_size(fz->tc_keys) < ((size_t)1 << NGRAM_BITS) - 1;
	for (i = 0; i < tl->n; i++) {
		if (is_scope_end(tl->v[i].kind)) {
			in_scope = 0;
			fz->neg[i] = 0;
		} else {
			fz->neg[i] = (unsigned char)(fz->o.negation && in_scope);
			if (fz->o.negation && entry(fz, i)->negator)
				in_scope = 1;
		}
	}
}

static const char *stem_of(const struct featurizer *fz, size_t i,
			   size_t *len)
{
	const struct tentry *e = entry(fz, i);

	*len = e->stem_len;
	return fz->tc_stems.buf + e->stem_off;
}

static void word_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	struct vocab_part part[2 * 3 + 1];
	size_t i, j, la;
	int n, np;

#ifdef __GNUC__
	/*
	 * The table is too big for the nearest caches: ask for the bigrams'
	 * slots first, so their loads overlap instead of queueing.
	 */
	if (fz->target && fz->ngram_keys && fz->ngrams.slot)
		for (i = 0; i + 1 < tl->n; i++)
			__builtin_prefetch(&fz->ngrams.slot[ngrams_home(
				&fz->ngrams, (fz->tent[i] + 1) |
				(uint64_t)(fz->tent[i + 1] + 1) << NGRAM_BITS)]);
#endif
	for (i = 0; i < tl->n; i++) {
		const struct tok *t = &tl->v[i];
		uint64_t key;

		if (t->kind == TOK_PUNCT)
			continue;
		part[0].s = "w:";
		part[0].n = 2;
		part[1].s = stem_of(fz, i, &la);
		part[1].n = la;
		part[2].s = "/NEG";
		part[2].n = 4;
		emit_cached(fz, &entry(fz, i)->id[fz->neg[i] ? ID_WNEG : ID_W],
			    part, fz->neg[i] ? 3 : 2, 1, 0);
		if (is_scope_end(t->kind))
			continue;
		/* n-grams never cross punctuation, which ends a phrase */
		np = 2;
		key = fz->tent[i] + 1;
		for (n = 2, j = i + 1; n <= fz->o.word_max && n <= 3 && j < tl->n;
		     n++, j++) {
			long id;

			if (is_scope_end(tl->v[j].kind))
				break;
			part[np].s = " ";
			part[np++].n = 1;
			part[np].s = stem_of(fz, j, &part[np].n);
			np++;
			if (!fz->target || !fz->ngram_keys) {
				emit(fz, part, np, 1, 0);
				continue;
			}
			key |= (uint64_t)(fz->tent[j] + 1) << (NGRAM_BITS * (n - 1));
			id = ngrams_get(&fz->ngrams, key);
			if (id == -2) {
				id = target_id(fz, part, np);
				ngrams_put(&fz->ngrams, key, id);
			}
			record(fz, id, FEAT_WORD, 1, 0);
		}
	}
}

/*
 * Count the character n-gram ids[0..n) of the target once more (map
 * mode). Locals, not fz's fields: a store through tfam (unsigned char *)
 * may alias anything, and would make every field be read again.
 */
static void count_ids(struct featurizer *fz, const long *ids, size_t n)
{
	double *acc = fz->acc;
	long *touched = fz->touched;
	unsigned char *tfam = fz->tfam;
	size_t k, nt = fz->ntouched;

	/*
	 * Branch-free: the slot past the list is always written, and kept
	 * only for a first sighting, which no predictor would guess
	 * (map_run makes room for one more than the target's ids).
	 */
	for (k = 0; k < n; k++) {
		long id = ids[k];
		double v = acc[id];

		tfam[nt] = FEAT_CHAR;
		touched[nt] = id;
		nt += v == 0;
		acc[id] = v + 1;
	}
	fz->ntouched = nt;
}

/* The n-grams of " word " (padded in fz->pad), through emit(). */
static void word_ngrams(struct featurizer *fz)
{
	struct sbuf *pad = &fz->pad;
	size_t j, k, ncp;
	int n;

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

/*
 * char_text: n-grams over the whole quote (white space runs made one
 * space, a space at each end), across word boundaries and punctuation, as
 * the SemEval-2016 organisers' baseline has them: in tweets they catch
 * the parts of hashtags and runs like "!!!" that words alone miss.
 */
static void text_ngrams(struct featurizer *fz)
{
	struct sbuf *pad = &fz->pad;
	size_t i;
	int space = 1;

	sbuf_reset(pad);
	sbuf_addc(pad, ' ');
	for (i = 0; i < fz->text.len; i++) {
		char ch = fz->text.buf[i];

		if (ch == ' ') {
			if (!space)
				sbuf_addc(pad, ' ');
			space = 1;
		} else {
			sbuf_addc(pad, ch);
			space = 0;
		}
	}
	if (!space)
		sbuf_addc(pad, ' ');
	word_ngrams(fz);
}

static void char_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	struct sbuf *pad = &fz->pad;
	struct tentry *e;
	size_t i;

	if (fz->o.char_text) {
		fz->ctok_ok = 0;
		text_ngrams(fz);
		return;
	}
	for (i = 0; i < tl->n; i++) {
		const struct tok *t = &tl->v[i];

		if (t->kind == TOK_PUNCT || t->kind == TOK_EXCL ||
		    t->kind == TOK_QUEST)
			continue;
		e = entry(fz, i);
		if (!fz->target || e->span_n < 0) {
			sbuf_reset(pad);
			sbuf_grow(pad, t->len + 2);
			pad->buf[0] = ' ';
			memcpy(pad->buf + 1, fz->text.buf + t->start, t->len);
			pad->buf[t->len + 1] = ' ';
			sbuf_setlen(pad, t->len + 2);
		}
		if (!fz->target) {
			word_ngrams(fz);
			continue;
		}
		if (e->span_n < 0) {
			/* record() keeps the ids for the token's next time */
			e->span_off = fz->nids;
			fz->recording = 1;
			word_ngrams(fz);
			fz->recording = 0;
			if (fz->nids - e->span_off <= INT32_MAX)
				e->span_n = (int32_t)(fz->nids - e->span_off);
			else /* a giant token: not worth keeping */
				fz->nids = e->span_off;
		} else if (e->span_n > 0) {
			/* ids may still be NULL when none is known */
			count_ids(fz, fz->ids + e->span_off, (size_t)e->span_n);
		}
		if (e->span_n < 0) {
			fz->ctok_ok = 0;
			continue;
		}
		fz->ctok = xgrow(fz->ctok, &fz->cap_ctok, fz->nctok + 1,
				 sizeof(size_t));
		fz->ctok[fz->nctok++] = fz->tent[i];
	}
}

/*
 * l:compound, l:pos_share, l:neg_share, l:pos and l:neg from the summed
 * positive and negative valence, as the five names from first on (the
 * same order in both sets).
 */
static void lexicon_scores(struct featurizer *fz, double pos, double neg,
			   enum named first)
{
	double sum = pos - neg;

	set_named(fz, first, sum / sqrt(sum * sum + 15));
	if (pos + neg > 0) {
		set_named(fz, first + 1, pos / (pos + neg));
		set_named(fz, first + 2, neg / (pos + neg));
	}
	set_named(fz, first + 3, pos / (pos + 4));
	set_named(fz, first + 4, neg / (neg + 4));
}

static void lexicon_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	double pos = 0, neg = 0, v, rpos = 0, rneg = 0;
	size_t i, negated = 0;

	for (i = 0; i < tl->n; i++) {
		const struct tentry *e = entry(fz, i);

		/* words and hashtags: others have no lexicon entry */
		if (!e->has_lex)
			continue;
		v = e->lex;
		if (v > 0)
			rpos += v;
		else
			rneg -= v;
		if (fz->neg[i]) {
			v *= NEGATED_VALENCE;
			negated++;
		}
		if (v > 0)
			pos += v;
		else
			neg -= v;
	}
	lexicon_scores(fz, pos, neg, N_L_COMPOUND);
	set_named(fz, N_L_NEGATED, negated ? 1 : 0);
	if (fz->o.raw_valence)
		lexicon_scores(fz, rpos, rneg, N_L_RAW_COMPOUND);
}

/* Weighted rows summed in int32 before a flush: |w v| <= 256 x 127. */
#define EMB_FLUSH 8192

/*
 * acc[0..row) += w x v[0..row), row a multiple of EMBED_BLOCK: fixed-size
 * blocks and restrict let the compiler use vector instructions.
 */
static void add_row(int32_t *restrict acc, const signed char *restrict v,
		    int16_t w, size_t row)
{
	size_t b, k;

	/* |w| <= EMBED_WEIGHT_ONE = 256: the product fits 16 bits */
	for (b = 0; b < row; b += EMBED_BLOCK)
		for (k = 0; k < EMBED_BLOCK; k++)
			acc[b + k] += (int16_t)(w * v[b + k]);
}

/* Map mode: the id of e:d in the target, looked up once. */
static long emb_feature_id(struct featurizer *fz, int d)
{
	char num[16];
	struct vocab_part part[2] = { { "e:", 2 }, { num, 0 } };

	if (fz->emb_id[d] == -2) {
		part[1].n = (size_t)snprintf(num, sizeof(num), "%d", d);
		fz->emb_id[d] = (int32_t)target_id(fz, part, 2);
	}
	return fz->emb_id[d];
}

/*
 * e:0, e:1, ...: the weighted mean of the unit vectors of the quote's
 * words, each occurrence weighted by its word's weight (embed_get:
 * frequent words count little). The terms are integers and the sums
 * exact, so the order of the words cannot change a bit of it; the rows
 * are summed block by block (add_row) into int32, flushed to double.
 * In feat_dots' map mode only the words are listed: feat_dots sums their
 * cached products with the rows instead (vector_sums).
 */
static void embed_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	double *acc = fz->eacc, mean;
	int32_t *part = fz->eacc32;
	size_t i, b, row = (size_t)fz->erow, pending = 0;
	int d, dim = fz->edim;
	long wsum = 0;
	char num[16];

	if (fz->target && fz->dots_mode) {
		size_t ne = 0, *etok;

		/* the ids of all e:d, for vector_sums (emptied together) */
		if (fz->emb_id[0] == -2)
			for (d = 0; d < dim; d++)
				emb_feature_id(fz, d);
		etok = fz->etok = xgrow(fz->etok, &fz->cap_etok, tl->n,
					sizeof(size_t));
		for (i = 0; i < tl->n; i++) {
			const struct tentry *e = entry(fz, i);

			if (!e->vec)
				continue;
			etok[ne++] = fz->tent[i];
			wsum += e->vw;
		}
		fz->netok = ne;
		fz->ewsum = wsum;
		return;
	}
	for (b = 0; b < row; b++) {
		acc[b] = 0;
		part[b] = 0;
	}
	for (i = 0; i < tl->n; i++) {
		const struct tentry *e = entry(fz, i);

		if (!e->vec)
			continue;
		wsum += e->vw;
		add_row(part, e->vec, (int16_t)e->vw, row);
		if (++pending == EMB_FLUSH) {
			for (b = 0; b < row; b++) {
				acc[b] += part[b];
				part[b] = 0;
			}
			pending = 0;
		}
	}
	if (wsum == 0)
		return;
	mean = (double)EMBED_UNIT * (double)wsum;
	for (d = 0; d < dim; d++) {
		struct vocab_part name[2] = { { "e:", 2 }, { num, 0 } };

		acc[d] += part[d];
		if (!acc[d])
			continue;
		if (fz->target) {
			record(fz, emb_feature_id(fz, d), FEAT_EMB, acc[d] / mean, 1);
			continue;
		}
		name[1].n = (size_t)snprintf(num, sizeof(num), "%d", d);
		emit(fz, name, 2, acc[d] / mean, 1);
	}
}

static void cue_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	size_t i, len;

	for (i = 0; i < tl->n; i++) {
		struct tentry *e = entry(fz, i);
		struct vocab_part part[3] = {
			{ "t:", 2 }, { NULL, 0 }, { "/NEG", 4 },
		};

		if (tl->v[i].kind != TOK_WORD || !e->cue)
			continue;
		part[1].s = stem_of(fz, i, &len);
		part[1].n = len;
		/* presence, not count: a cue says what the quote is about */
		emit_cached(fz, &e->id[fz->neg[i] ? ID_TNEG : ID_T], part,
			    fz->neg[i] ? 3 : 2, 1, 1);
	}
}

/* ---- cue phrases, target windows, modality, VADER's rules ---- */


/* A sentence ends at '.', ';', ':', '!' or '?' (not at a comma). */
static int ends_sentence(const struct featurizer *fz, const struct tok *t)
{
	char ch;

	if (t->kind == TOK_EXCL || t->kind == TOK_QUEST)
		return 1;
	if (t->kind != TOK_PUNCT)
		return 0;
	ch = fz->text.buf[t->start];
	return ch == '.' || ch == ';' || ch == ':';
}

/* Category of the cue phrase of len tokens at i, or -1. */
static int cue_at(const struct featurizer *fz, size_t i, int len)
{
	struct vocab_part part[2 * FEAT_CUE_MAX_WORDS];
	uint64_t h = VOCAB_HASH_INIT;
	int k, np = 0;
	long id;

	for (k = 0; k < len; k++) {
		if (fz->toks.v[i + (size_t)k].kind != TOK_WORD)
			return -1;
		if (k) {
			part[np].s = " ";
			part[np++].n = 1;
		}
		part[np].s = stem_of(fz, i + (size_t)k, &part[np].n);
		np++;
	}
	for (k = 0; k < np; k++)
		h = vocab_hash_add(h, part[k].s, part[k].n);
	id = vocab_find_parts(fz->cue_phr, vocab_hash_done(h), part, np);
	return id < 0 ? -1 : (int)vocab_value(fz->cue_phr, id);
}

/*
 * Fill fz->ti: sentences, cue phrases (longest first, not overlapping)
 * and each token's distance to the nearest target mention of its
 * sentence (INT_MAX when there is none).
 */
static void analyse_cues(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	struct tokinfo *ti;
	size_t i, j;
	int sent = 0, len, cat, last, k;

	fz->ti = xgrow(fz->ti, &fz->cap_ti, tl->n + 1, sizeof(*fz->ti));
	ti = fz->ti;
	for (i = 0; i < tl->n; i++) {
		ti[i].cat = -1;
		ti[i].len = 0;
		ti[i].target = 0;
		ti[i].dist = INT_MAX;
		ti[i].sent = sent;
		if (ends_sentence(fz, &tl->v[i]))
			sent++;
	}
	for (i = 0; i < tl->n; i++) {
		/* most words start no phrase: their entry says so */
		if (tl->v[i].kind != TOK_WORD || !entry(fz, i)->cue_first)
			continue;
		len = entry(fz, i)->cue_first;
		/* a phrase cannot reach past a word no phrase continues with */
		for (k = 1; k < len && i + (size_t)k < tl->n; k++)
			if (tl->v[i + (size_t)k].kind != TOK_WORD ||
			    !entry(fz, i + (size_t)k)->cue_later)
				break;
		len = k;
		if ((size_t)len > tl->n - i)
			len = (int)(tl->n - i);
		for (cat = -1; len > 0; len--)
			if ((cat = cue_at(fz, i, len)) >= 0)
				break;
		if (cat < 0)
			continue;
		ti[i].cat = cat;
		ti[i].len = len;
		for (j = i; j < i + (size_t)len; j++)
			ti[j].target = cat == fz->target_cat;
		i += (size_t)len - 1;
	}
	for (i = 0, last = -1; i < tl->n; i++) {
		if (i && ti[i].sent != ti[i - 1].sent)
			last = -1;
		if (ti[i].target)
			last = (int)i;
		if (last >= 0)
			ti[i].dist = (int)i - last;
	}
	for (i = tl->n, last = -1; i-- > 0;) {
		if (i + 1 < tl->n && ti[i].sent != ti[i + 1].sent)
			last = -1;
		if (ti[i].target)
			last = (int)i;
		if (last >= 0 && last - (int)i < ti[i].dist)
			ti[i].dist = last - (int)i;
	}
}

/* k:CAT, k:CAT/NEG, and k:CAT@T near a target mention. */
static void domain_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	size_t i;

	for (i = 0; i < tl->n; i++) {
		const struct tokinfo *t = &fz->ti[i];
		const char *c;
		struct vocab_part part[4] = {
			{ "k:", 2 }, { NULL, 0 }, { "@T", 2 }, { "/NEG", 4 },
		};

		if (t->cat < 0)
			continue;
		c = fz->cl->cat[t->cat];
		part[1].s = c;
		part[1].n = strlen(c);
		/* variants: k:CAT, k:CAT/NEG, k:CAT@T, k:CAT@T/NEG */
		if (fz->neg[i]) {
			part[2] = part[3];
			emit_cached(fz, &fz->dom_id[t->cat][1], part, 3, 1, 1);
			part[2].s = "@T";
			part[2].n = 2;
		} else {
			emit_cached(fz, &fz->dom_id[t->cat][0], part, 2, 1, 1);
		}
		if (fz->o.window > 0 && t->cat != fz->target_cat &&
		    t->dist <= fz->o.window)
			emit_cached(fz, &fz->dom_id[t->cat][fz->neg[i] ? 3 : 2],
				    part, fz->neg[i] ? 4 : 3, 1, 1);
	}
}

/* x:STEM for the words within the window of a target mention. */
static void window_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	size_t i, len;

	for (i = 0; i < tl->n; i++) {
		const struct tokinfo *t = &fz->ti[i];
		enum tok_kind k = tl->v[i].kind;
		struct vocab_part part[3] = {
			{ "x:", 2 }, { NULL, 0 }, { "/NEG", 4 },
		};

		if (t->target || t->dist > fz->o.window ||
		    (k != TOK_WORD && k != TOK_NUM && k != TOK_HASHTAG))
			continue;
		part[1].s = stem_of(fz, i, &len);
		part[1].n = len;
		emit_cached(fz, &entry(fz, i)->id[fz->neg[i] ? ID_XNEG : ID_X],
			    part, fz->neg[i] ? 3 : 2, 1, 0);
	}
}

static const char *const modal_name[MOD_N] = {
	"oblig", "will", "can", "want", "if", "quest",
};
static const char *const oblig_words[] = {
	"must", "should", "shall", "need", "needs", "ought", "mustn't",
	"shouldn't", "needn't",
};
static const char *const will_words[] = {
	"will", "would", "won't", "wouldn't", "going",
};
static const char *const can_words[] = {
	"can", "could", "may", "might", "cannot", "can't", "couldn't", "able",
};
static const char *const want_words[] = {
	"want", "wants", "wish", "hope", "hopes", "aspire", "aspires", "seek",
	"seeks", "strive", "intend", "intends",
};
static const char *const if_words[] = { "if", "unless", "whether" };

static int modal_of(const struct featurizer *fz, const char *w, size_t n)
{
	unsigned c = wclass(fz, w, n);

	if (c & WC_OBLIG)
		return MOD_OBLIG;
	if ((c & WC_WILL) || (n > 3 && !memcmp(w + n - 3, "'ll", 3)))
		return MOD_WILL;
	if (c & WC_CAN)
		return MOD_CAN;
	if (c & WC_WANT)
		return MOD_WANT;
	if (c & WC_IF)
		return MOD_IF;
	return -1;
}

/* One sentence's modal classes, alone and crossed with its cue categories. */
static void flush_modality(struct featurizer *fz, unsigned mods, unsigned neg,
			   uint32_t cats)
{
	/* "m:" MODAL ["/NEG"] ["+" CATEGORY]: five parts at the most */
	struct vocab_part part[5] = {
		{ "m:", 2 }, { NULL, 0 }, { "/NEG", 4 }, { NULL, 0 }, { NULL, 0 },
	};
	int32_t *ids; /* mod_id: this modal, negated or not */
	int m, c, np;

	for (m = 0; m < MOD_N; m++) {
		if (!(mods & (1u << m)))
			continue;
		part[1].s = modal_name[m];
		part[1].n = strlen(modal_name[m]);
		np = 2;
		if (neg & (1u << m))
			part[np++] = (struct vocab_part){ "/NEG", 4 };
		ids = fz->mod_id[m][np - 2];
		emit_cached(fz, &ids[0], part, np, 1, 1);
		for (c = 0; c < fz->cl->ncat; c++) {
			if (!(cats & ((uint32_t)1 << c)))
				continue;
			part[np].s = "+";
			part[np].n = 1;
			part[np + 1].s = fz->cl->cat[c];
			part[np + 1].n = strlen(fz->cl->cat[c]);
			emit_cached(fz, &ids[1 + c], part, np + 2, 1, 1);
		}
	}
}

/*
 * m: features, sentence by sentence. A modal is negated when it is a
 * negator itself ("cannot", "won't") or one of the two next words is.
 */
static void modality_features(struct featurizer *fz)
{
	const struct tok_list *tl = &fz->toks;
	unsigned mods = 0, neg = 0;
	uint32_t cats = 0;
	size_t i, j;

	for (i = 0; i < tl->n; i++) {
		const struct tok *t = &tl->v[i];
		int m;

		if (fz->ti[i].cat >= 0)
			cats |= (uint32_t)1 << fz->ti[i].cat;
		if (t->kind == TOK_QUEST)
			mods |= 1u << MOD_QUEST;
		/* only words have a modal class (and open negation scopes) */
		if ((m = entry(fz, i)->modal) >= 0) {
			mods |= 1u << m;
			if (entry(fz, i)->negator)
				neg |= 1u << m;
			for (j = i + 1; j < tl->n && j <= i + 2; j++)
				if (entry(fz, j)->negator)
					neg |= 1u << m;
		}
		if (i + 1 == tl->n || fz->ti[i + 1].sent != fz->ti[i].sent) {
			flush_modality(fz, mods, neg, cats);
			mods = neg = 0;
			cats = 0;
		}
	}
}

static const char *const boosters[] = {
	"absolutely", "completely", "deeply", "enormously", "entirely",
	"especially", "exceptionally", "extremely", "fully", "greatly",
	"highly", "hugely", "incredibly", "particularly", "really", "so",
	"strongly", "thoroughly", "totally", "tremendously", "truly",
	"utterly", "very", "most",
};
static const char *const dampeners[] = {
	"almost", "barely", "hardly", "slightly", "somewhat", "partly",
	"marginally", "scarcely", "less", "little", "occasionally",
};

static struct vocab *word_classes(void)
{
	struct vocab *v = vocab_new();

	ADD_CLASS(v, negators, WC_NEG);
	ADD_CLASS(v, oblig_words, WC_OBLIG);
	ADD_CLASS(v, will_words, WC_WILL);
	ADD_CLASS(v, can_words, WC_CAN);
	ADD_CLASS(v, want_words, WC_WANT);
	ADD_CLASS(v, if_words, WC_IF);
	ADD_CLASS(v, boosters, WC_BOOST);
	ADD_CLASS(v, dampeners, WC_DAMP);
	return v;
}

/* VADER's constants (Hutto and Gilbert 2014, vaderSentiment.py). */
#define B_INCR 0.293
#define C_INCR 0.733

static double sgn(double v)
{
	return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/*
 * Lexicon words written in ALL CAPS in the original text, when it also
 * has lower case: VADER's emphasis. Returns their summed increments and
 * counts them in *count. ASCII words only, read in place.
 */
static double caps_emphasis(const struct featurizer *fz, const char *text,
			    size_t n, int *count)
{
	size_t i = 0, j, k;
	int lower = 0;
	double sum = 0, v;
	char w[32];

	for (k = 0; k < n && !lower; k++)
		lower = text[k] >= 'a' && text[k] <= 'z';
	*count = 0;
	if (!lower)
		return 0;
	while (i < n) {
		if (!(text[i] >= 'A' && text[i] <= 'Z')) {
			i++;
			continue;
		}
		for (j = i; j < n && text[j] >= 'A' && text[j] <= 'Z'; j++)
			;
		if (j - i >= 2 && j - i < sizeof(w) &&
		    !(j < n && text[j] >= 'a' && text[j] <= 'z')) {
			for (k = i; k < j; k++)
				w[k - i] = (char)(text[k] - 'A' + 'a');
			if (lexicon_get(fz->lx, w, j - i, &v)) {
				sum += sgn(v) * C_INCR;
				(*count)++;
			}
		}
		i = j;
	}
	return sum;
}

static double vader_norm(double s)
{
	return s / sqrt(s * s + 15);
}

/*
 * v:compound, v:pos and v:neg (the three names from first on) and
 * v:after_but (after_name) from the summed valences.
 */
static void vader_scores(struct featurizer *fz, double pos, double neg,
			 double after, double caps, int nexcl, int nquest,
			 enum named first, enum named after_name)
{
	double sum = pos - neg + caps;

	if (sum != 0) {
		sum += sgn(sum) * (nexcl > 4 ? 4 : nexcl) * 0.292;
		if (nquest > 1)
			sum += sgn(sum) * (nquest > 3 ? 0.96 : nquest * 0.18);
	}
	set_named(fz, first, vader_norm(sum));
	set_named(fz, first + 1, pos / (pos + 4));
	set_named(fz, first + 2, neg / (neg + 4));
	set_named(fz, after_name, vader_norm(after));
}

/*
 * v: features, VADER's rules over the lexicon: a booster or dampener up
 * to three words before a word moves its valence by 0.293 (less with
 * distance), a negation scope flips it, "but" halves what comes before it
 * and adds half to what follows, '!' and '?' amplify, ALL CAPS
 * emphasises.
 */
static void vader_features(struct featurizer *fz, const char *text, size_t n)
{
	const struct tok_list *tl = &fz->toks;
	static const double scale[3] = { 1, 0.95, 0.9 };
	double pos = 0, neg = 0, after = 0, v, caps;
	double rpos = 0, rneg = 0, rafter = 0, rv; /* raw: negation ignored */
	size_t i, but = SIZE_MAX;
	int nexcl = 0, nquest = 0, boosted = 0, damped = 0, ncaps, k;

	for (i = 0; i < tl->n; i++) {
		const struct tok *t = &tl->v[i];

		if (t->kind == TOK_EXCL)
			nexcl++;
		else if (t->kind == TOK_QUEST)
			nquest++;
		else if (but == SIZE_MAX && entry(fz, i)->but)
			but = i;
	}
	for (i = 0; i < tl->n; i++) {
		const struct tentry *e = entry(fz, i);

		if (tl->v[i].kind != TOK_WORD || !e->has_lex)
			continue;
		v = e->lex;
		for (k = 1; k <= 3 && (size_t)k <= i; k++) {
			if (tl->v[i - (size_t)k].kind != TOK_WORD)
				break;
			unsigned bc = entry(fz, i - (size_t)k)->wc;

			if (bc & WC_BOOST) {
				v += sgn(v) * B_INCR * scale[k - 1];
				boosted = 1;
			} else if (bc & WC_DAMP) {
				v -= sgn(v) * B_INCR * scale[k - 1];
				damped = 1;
			}
		}
		rv = v;
		if (fz->neg[i])
			v *= NEGATED_VALENCE;
		if (but != SIZE_MAX) {
			v *= i < but ? 0.5 : 1.5;
			rv *= i < but ? 0.5 : 1.5;
			if (i > but) {
				after += v;
				rafter += rv;
			}
		}
		if (v > 0)
			pos += v;
		else
			neg -= v;
		if (rv > 0)
			rpos += rv;
		else
			rneg -= rv;
	}
	caps = caps_emphasis(fz, text, n, &ncaps);
	vader_scores(fz, pos, neg, after, caps, nexcl, nquest, N_V_COMPOUND,
		     N_V_AFTER_BUT);
	if (fz->o.raw_valence)
		vader_scores(fz, rpos, rneg, rafter, caps, nexcl, nquest,
			     N_V_RAW_COMPOUND, N_V_RAW_AFTER_BUT);
	set_named(fz, N_V_BUT, but != SIZE_MAX ? 1 : 0);
	set_named(fz, N_V_EXCL, (nexcl > 4 ? 4 : nexcl) / 4.0);
	set_named(fz, N_V_QUEST, (nquest > 3 ? 3 : nquest) / 3.0);
	set_named(fz, N_V_CAPS, (ncaps > 3 ? 3 : ncaps) / 3.0);
	set_named(fz, N_V_BOOST, boosted);
	set_named(fz, N_V_DAMP, damped);
}

static int is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static int is_digit_ascii(char c)
{
	return c >= '0' && c <= '9';
}

static int is_alnum(char c)
{
	return is_upper(c) || is_lower(c) || is_digit_ascii(c);
}

/*
 * hashtags: the words of a CamelCase hashtag, as word unigrams: in tweets
 * "#StopHillary2016" or "#NATOmembership" often carry the whole stance,
 * and once lower-cased it is one opaque token. Cut where a lower-case
 * letter meets an upper-case one, where letters meet digits, and before
 * the last capital of a run followed by lower case ("NATOMembers" ->
 * NATO Members). Reads the raw text: normalisation has lost the case.
 */
static void hashtag_features(struct featurizer *fz, const char *text,
			     size_t n)
{
	struct sbuf *w = &fz->pad;
	size_t i = 0, j, k, start;

	while (i < n) {
		if (text[i] != '#' || i + 1 >= n || !is_alnum(text[i + 1])) {
			i++;
			continue;
		}
		for (j = i + 1; j < n && is_alnum(text[j]); j++)
			;
		for (start = k = i + 1; k <= j; k++) {
			int cut = k == j;

			if (!cut && k > start) {
				char a = text[k - 1], b = text[k];

				cut = (is_lower(a) && is_upper(b)) ||
				      is_digit_ascii(a) != is_digit_ascii(b) ||
				      (is_upper(a) && is_upper(b) && k + 1 < j &&
				       is_lower(text[k + 1]));
			}
			if (!cut)
				continue;
			if (k - start >= 2 && k - start < j - i - 1) {
				size_t len, m;
				const char *st;

				sbuf_reset(w);
				for (m = start; m < k; m++)
					sbuf_addc(w, is_upper(text[m]) ?
						  (char)(text[m] - 'A' + 'a') :
						  text[m]);
				st = stem_word(fz->stem, w->buf, w->len, &len);
				add_feature(fz, "w:", st, len, NULL, 1);
			}
			start = k;
		}
		i = j;
	}
}

/* Tokens, stems and every feature family of text, through emit(). */
static void run(struct featurizer *fz, const char *text, size_t n)
{
	cache_check(fz);
	fz->nctok = 0;
	fz->netok = 0;
	fz->ctok_ok = 1;
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
	if (fz->lx && fz->o.vader)
		vader_features(fz, text, n);
	if (fz->o.cues)
		cue_features(fz);
	if (fz->o.hashtags && fz->o.word_max >= 1)
		hashtag_features(fz, text, n);
	if (fz->em)
		embed_features(fz);
	if (!fz->cl)
		return;
	analyse_cues(fz);
	if (fz->o.domain)
		domain_features(fz);
	if (fz->o.window > 0)
		window_features(fz);
	if (fz->o.modality)
		modality_features(fz);
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
	case 'k':
		return FEAT_DOM;
	case 'x':
		return FEAT_WIN;
	case 'm':
		return FEAT_MOD;
	case 'v':
		return FEAT_VAD;
	case 'e':
		return FEAT_EMB;
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
	double sumsq[FEAT_NFAMILY] = { 0 };
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
		if (feat_family_tfidf(f))
			w = (1 + log(raw)) * vocab_value(vocab, id);
		else
			w = raw;
		sumsq[f] += w * w;
		fz->node[k].index = (int)id + 1;
		fz->node[k].value = w;
		fam[k++] = (unsigned char)f;
	}
	for (i = 0; i < k; i++)
		if (feat_family_tfidf(fam[i]) && sumsq[fam[i]] > 0)
			fz->node[i].value /= sqrt(sumsq[fam[i]]);
	if (fz->o.family_weights)
		for (i = 0; i < k; i++)
			fz->node[i].value *= family_weight[fam[i]];
	free(fam);
	sort_nodes(fz->node, k);
	fz->node[k].index = -1;
	fz->node[k].value = 0;
	*count = k;
	return fz->node;
}

/* 1 + ln(count), from the table tf[] below 64. */
static double tf_of(const double *tf, double count)
{
	return count < 64 ? tf[(int)count] : 1 + log(count);
}

/* Map mode over text: fz->touched[0..ntouched), counts in fz->acc. */
static void map_run(struct featurizer *fz, const struct vocab *vocab,
		    const char *text, size_t n)
{
	size_t size = vocab_size(vocab);

	if (size > fz->cap_acc) {
		free(fz->acc);
		free(fz->touched);
		free(fz->tfam);
		free(fz->idf);
		fz->acc = xcalloc(size, sizeof(*fz->acc));
		fz->idf = xmalloc(size * sizeof(*fz->idf));
		fz->cache_stamp = 0; /* the idf values went with the old array */
		/* + 1: count_ids writes one past the list */
		fz->touched = xmalloc((size + 1) * sizeof(long));
		fz->tfam = xmalloc(size + 1);
		fz->cap_acc = size;
	}
	fz->target = vocab;
	fz->ntouched = 0;
	run(fz, text, n);
	fz->target = NULL;
}

/* feat_vector's work; sorted says whether the result must be in order. */
static const struct feat_node *vector(struct featurizer *fz,
				      const struct vocab *vocab,
				      const char *text, size_t n, size_t *count,
				      int sorted)
{
	size_t i, k;
	double sumsq[FEAT_NFAMILY] = { 0 }, scale[FEAT_NFAMILY];
	double sq_char = 0, sq_word = 0, sq_win = 0;
	double *acc;
	const long *touched;
	const unsigned char *tfam;
	const double *tf;
	struct feat_node *node;
	int weighted;

	map_run(fz, vocab, text, n);
	/* locals: a store through tfam's type would make fields be reread */
	acc = fz->acc;
	touched = fz->touched;
	tfam = fz->tfam;
	tf = fz->tf;
	weighted = fz->o.family_weights;
	k = fz->ntouched;
	fz->node = xgrow(fz->node, &fz->cap_node, k + 1, sizeof(*fz->node));
	/*
	 * The same weights, in the same order, as feat_vectorize. Only the
	 * tf-idf families' sums of squares are used; kept in registers, not
	 * in sumsq[f], whose store-to-load chain would serialise the loop.
	 */
	node = fz->node;
	for (i = 0; i < k; i++) {
		long id = touched[i];
		enum feat_family f = tfam[i];
		double raw = acc[id], w = raw;

		if (f == FEAT_CHAR || f == FEAT_WORD || f == FEAT_WIN) {
			w = tf_of(tf, raw) * fz->idf[id];
			if (f == FEAT_CHAR)
				sq_char += w * w;
			else if (f == FEAT_WORD)
				sq_word += w * w;
			else
				sq_win += w * w;
		}
		node[i].index = (int)id + 1;
		node[i].value = w;
		acc[id] = 0;
	}
	sumsq[FEAT_CHAR] = sq_char;
	sumsq[FEAT_WORD] = sq_word;
	sumsq[FEAT_WIN] = sq_win;
	for (i = 0; i < FEAT_NFAMILY; i++)
		scale[i] = feat_family_tfidf((enum feat_family)i) && sumsq[i] > 0 ?
			   sqrt(sumsq[i]) : 1;
	/* the two steps of feat_vectorize, in one pass */
	for (i = 0; i < k; i++) {
		unsigned f = tfam[i];
		double v = node[i].value;

		if (scale[f] != 1)
			v /= scale[f];
		if (weighted)
			v *= family_weight[f];
		node[i].value = v;
	}
	if (sorted)
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
	return vector(fz, vocab, text, n, count, 1);
}

const struct feat_node *feat_vector_unsorted(struct featurizer *fz,
					     const struct vocab *vocab,
					     const char *text, size_t n,
					     size_t *count)
{
	return vector(fz, vocab, text, n, count, 0);
}

/*
 * feat_dots' character n-grams by token: to d[0..np) and *sq, each
 * listed entry's sums of its n-grams' rows and squared idfs, made the
 * first time the entry is met with these rows. Each occurrence of an
 * n-gram is so counted once, as if its tf were its count.
 */
static void entry_sums(struct featurizer *fz, const double *rows,
		       size_t stride, int np, double *d, double *sq)
{
	size_t c, k, es = (size_t)np + 1;
	int p;

	fz->edot = xgrow(fz->edot, &fz->cap_edot, vocab_size(fz->tc_keys) * es,
			 sizeof(double));
	for (c = 0; c < fz->nctok; c++) {
		struct tentry *e = &fz->te[fz->ctok[c]];
		double *ed = fz->edot + fz->ctok[c] * es;

		if (e->dgen != fz->dgen) {
			/* an entry with no n-grams may have no ids array */
			size_t n = e->span_n > 0 ? (size_t)e->span_n : 0;
			const long *ids = n ? fz->ids + e->span_off : NULL;

			for (p = 0; p <= np; p++)
				ed[p] = 0;
			for (k = 0; k < n; k++) {
				const double *r = rows + (size_t)(ids[k] + 1) *
							 stride;

				for (p = 0; p < np; p++)
					ed[p] += r[p];
				ed[np] += r[np] * r[np];
			}
			e->dgen = fz->dgen;
		}
		for (p = 0; p < np; p++)
			d[p] += ed[p];
		*sq += ed[np];
	}
}

/*
 * The e: family's sums to d[0..np): sum over the listed words of weight x
 * (the word's vector . the rows of e:0..), over EMBED_UNIT x the total
 * weight, which is the weighted mean's dot product with the rows. Each
 * entry's products are made the first time it is met with these rows.
 */
static void vector_sums(struct featurizer *fz, const double *rows,
			size_t stride, int np, double *d)
{
	size_t c, npair = (size_t)np;
	double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
	int k, p;

	if (!fz->netok)
		return;
	fz->eproj = xgrow(fz->eproj, &fz->cap_eproj,
			  vocab_size(fz->tc_keys) * npair, sizeof(double));
	for (c = 0; c < fz->netok; c++) {
		struct tentry *e = &fz->te[fz->etok[c]];
		double *pr = fz->eproj + fz->etok[c] * npair;

		if (e->egen != fz->dgen) {
			for (p = 0; p < np; p++)
				pr[p] = 0;
			for (k = 0; k < fz->edim; k++) {
				long id = fz->emb_id[k]; /* embed_features */
				const double *r;

				if (id < 0 || !e->vec[k])
					continue;
				r = rows + (size_t)(id + 1) * stride;
				for (p = 0; p < np; p++)
					pr[p] += e->vec[k] * r[p];
			}
			e->egen = fz->dgen;
		}
		if (npair == 6) {
			a0 += e->vw * pr[0];
			a1 += e->vw * pr[1];
			a2 += e->vw * pr[2];
			a3 += e->vw * pr[3];
			a4 += e->vw * pr[4];
			a5 += e->vw * pr[5];
		} else {
			for (p = 0; p < np; p++)
				d[p] += e->vw * pr[p];
		}
	}
	if (npair == 6) {
		d[0] = a0;
		d[1] = a1;
		d[2] = a2;
		d[3] = a3;
		d[4] = a4;
		d[5] = a5;
	}
	for (p = 0; p < np; p++)
		d[p] /= (double)EMBED_UNIT * (double)fz->ewsum;
}

void feat_dots(struct featurizer *fz, const struct vocab *vocab,
	       const double *rows, size_t stride, int np, const char *text,
	       size_t n, double *dots)
{
	static const unsigned char tfidf[FEAT_NFAMILY] = {
		[FEAT_WORD] = 1, [FEAT_CHAR] = 1, [FEAT_WIN] = 1,
	};
	size_t i, j, k, npair = (size_t)np;
	double sq[FEAT_NFAMILY] = { 0 }, scale[FEAT_NFAMILY], *fd;
	double *acc;
	const long *touched;
	const unsigned char *tfam;
	const double *tf = fz->tf;
	int f, p, weighted = fz->o.family_weights, by_entry;

	fz->dots_mode = 1;
	map_run(fz, vocab, text, n);
	fz->dots_mode = 0;
	acc = fz->acc;
	touched = fz->touched;
	tfam = fz->tfam;
	k = fz->ntouched;
	fz->fdot = xgrow(fz->fdot, &fz->cap_fdot, FEAT_NFAMILY * npair,
			 sizeof(double));
	fd = fz->fdot;
	memset(fd, 0, FEAT_NFAMILY * npair * sizeof(double));
	/* the entries' cached sums (edot, eproj) are of these rows? */
	if (rows != fz->dots_rows || stride != fz->dots_stride ||
	    np != fz->dots_np) {
		if (++fz->dgen == 0) /* entries start at 0: never use it */
			fz->dgen = 1;
		fz->dots_rows = rows;
		fz->dots_stride = stride;
		fz->dots_np = np;
	}
	vector_sums(fz, rows, stride, np, fd + (size_t)FEAT_EMB * npair);
	by_entry = fz->ctok_ok;
	if (by_entry)
		entry_sums(fz, rows, stride, np, fd + (size_t)FEAT_CHAR * npair,
			   &sq[FEAT_CHAR]);
	/* features come in runs of one family: sum a run in registers */
	for (i = 0; i < k; i = j) {
		double sqf = 0, a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
		double *d;

		f = tfam[i];
		d = fd + (size_t)f * npair;
		if (f == FEAT_CHAR && by_entry) {
			/*
			 * entry_sums counted each occurrence once: only an id
			 * seen c > 1 times needs its row, for tf(c) - c more
			 */
			for (j = i; j < k && tfam[j] == f; j++) {
				long id = touched[j];
				const double *r;
				double raw = acc[id], t, extra;

				acc[id] = 0;
				if (raw == 1)
					continue;
				r = rows + (size_t)(id + 1) * stride;
				t = tf_of(tf, raw);
				extra = t - raw;
				sqf += (t * t - raw) * r[npair] * r[npair];
				for (p = 0; p < np; p++)
					d[p] += r[p] * extra;
			}
			sq[f] += sqf;
			continue;
		}
		for (j = i; j < k && tfam[j] == f; j++) {
			long id = touched[j];
			const double *r = rows + (size_t)(id + 1) * stride;
			double raw = acc[id], t = raw;

#ifdef __GNUC__
			/*
			 * Rows are spread over more than the nearer caches:
			 * ask 16 features ahead (8 and 32 did less well).
			 */
			if (j + 16 < k)
				__builtin_prefetch(rows + (size_t)(touched[j + 16] +
							   1) * stride);
#endif

			acc[id] = 0;
			if (tfidf[f]) {
				double w;

				t = tf_of(tf, raw);
				w = t * r[npair]; /* the idf */
				sqf += w * w;
			}
			if (npair == 6) {
				a0 += r[0] * t;
				a1 += r[1] * t;
				a2 += r[2] * t;
				a3 += r[3] * t;
				a4 += r[4] * t;
				a5 += r[5] * t;
			} else {
				for (p = 0; p < np; p++)
					d[p] += r[p] * t;
			}
		}
		if (npair == 6) {
			d[0] += a0;
			d[1] += a1;
			d[2] += a2;
			d[3] += a3;
			d[4] += a4;
			d[5] += a5;
		}
		sq[f] += sqf;
	}
	for (f = 0; f < FEAT_NFAMILY; f++)
		scale[f] = (tfidf[f] && sq[f] > 0 ? 1 / sqrt(sq[f]) : 1) *
			   (weighted ? family_weight[f] : 1);
	for (p = 0; p < np; p++) {
		double sum = 0;

		for (f = 0; f < FEAT_NFAMILY; f++)
			sum += fd[(size_t)f * npair + (size_t)p] * scale[f];
		dots[p] = sum;
	}
}

void feat_embed_shares(struct featurizer *fz, const char *text, size_t n,
		       const double *g,
		       void (*fn)(void *arg, const char *word, size_t len,
				  double share),
		       void *arg)
{
	const struct tok_list *tl;
	double fw, denom;
	size_t i;
	long wsum = 0;
	int d;

	if (!fz->em)
		return;
	feat_extract(fz, text, n);
	tl = &fz->toks;
	for (i = 0; i < tl->n; i++)
		if (entry(fz, i)->vec)
			wsum += entry(fz, i)->vw;
	if (wsum == 0)
		return;
	fw = fz->o.family_weights ? family_weight[FEAT_EMB] : 1;
	denom = (double)EMBED_UNIT * (double)wsum;
	for (i = 0; i < tl->n; i++) {
		const struct tentry *e = entry(fz, i);
		double dot = 0;

		if (!e->vec)
			continue;
		for (d = 0; d < fz->edim; d++)
			dot += g[d] * e->vec[d];
		fn(arg, fz->text.buf + tl->v[i].start, tl->v[i].len,
		   fw * e->vw * dot / denom);
	}
}

void feat_opts_format(const struct feat_opts *o, char *buf, size_t size)
{
	snprintf(buf, size,
		 "lang=%s word_max=%d char_min=%d char_max=%d negation=%d "
		 "lexicon=%d cues=%d min_df=%d domain=%d window=%d "
		 "modality=%d vader=%d family_weights=%d",
		 o->lang, o->word_max, o->char_min, o->char_max, o->negation,
		 o->lexicon, o->cues, o->min_df, o->domain, o->window,
		 o->modality, o->vader, o->family_weights);
	/* written only when set, so models without it keep their meta.txt */
	if (o->char_text) {
		size_t n = strlen(buf);

		snprintf(buf + n, size - n, " char_text=1");
	}
	if (o->hashtags) {
		size_t n = strlen(buf);

		snprintf(buf + n, size - n, " hashtags=1");
	}
	if (o->embed) {
		size_t n = strlen(buf);

		snprintf(buf + n, size - n, " embed=1");
	}
	if (o->raw_valence) {
		size_t n = strlen(buf);

		snprintf(buf + n, size - n, " raw_valence=1");
	}
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
	/*
	 * Families newer than a model's meta.txt did not exist when it was
	 * trained: a key that is absent means off, whatever the default.
	 */
	o->domain = o->window = o->modality = o->vader = 0;
	o->family_weights = o->embed = 0;
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
		} else if (!strcmp(kv, "domain")) {
			bad = parse_int(eq, 0, 1, &o->domain);
		} else if (!strcmp(kv, "window")) {
			bad = parse_int(eq, 0, FEAT_MAX_WINDOW, &o->window);
		} else if (!strcmp(kv, "modality")) {
			bad = parse_int(eq, 0, 1, &o->modality);
		} else if (!strcmp(kv, "vader")) {
			bad = parse_int(eq, 0, 1, &o->vader);
		} else if (!strcmp(kv, "family_weights")) {
			bad = parse_int(eq, 0, 1, &o->family_weights);
		} else if (!strcmp(kv, "char_text")) {
			bad = parse_int(eq, 0, 1, &o->char_text);
		} else if (!strcmp(kv, "hashtags")) {
			bad = parse_int(eq, 0, 1, &o->hashtags);
		} else if (!strcmp(kv, "embed")) {
			bad = parse_int(eq, 0, 1, &o->embed);
		} else if (!strcmp(kv, "raw_valence")) {
			bad = parse_int(eq, 0, 1, &o->raw_valence);
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
