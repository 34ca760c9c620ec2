/*
 * Quote extraction and attribution (speaker_extract: article_parse,
 * quote_find, speaker_attribute) on arbitrary bytes, as `stance analyze`
 * reads whatever file it is given. Every quote must lie inside the text,
 * have a speaker, and a mention inside the text; the list is sorted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "quote.h"
#include "speaker.h"

int fuzz_extract(const uint8_t *data, size_t n)
{
	struct quote_list l = QUOTE_LIST_INIT;
	size_t i;

	speaker_extract((const char *)data, n, &l);
	for (i = 0; i < l.n; i++) {
		const struct quote *q = &l.q[i];

		FUZZ_CHECK(q->start <= q->end && q->end <= n);
		FUZZ_CHECK(q->ctx_start <= q->start && q->end <= q->ctx_end &&
			   q->ctx_end <= n);
		FUZZ_CHECK(q->speaker && *q->speaker);
		FUZZ_CHECK(q->mention_start <= q->mention_end &&
			   q->mention_end <= n);
		if (i)
			FUZZ_CHECK(l.q[i - 1].start <= q->start);
	}
	quote_list_release(&l);
	return 0;
}

FUZZ_MAIN(fuzz_extract)
