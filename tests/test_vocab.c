/*
 * vocab: dense ids in insertion order, copied names, values, clearing,
 * and lookups that survive many rehashes.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "vocab.h"

Test(vocab, ids_dense_in_insertion_order)
{
	struct vocab *v = vocab_new();
	int added = -1;

	cr_assert_eq(vocab_size(v), 0);
	cr_assert_eq(vocab_find(v, "nato", 4), -1);
	cr_assert_eq(vocab_add(v, "nato", 4, &added), 0);
	cr_assert_eq(added, 1);
	cr_assert_eq(vocab_add(v, "join", 4, &added), 1);
	cr_assert_eq(added, 1);
	cr_assert_eq(vocab_add(v, "nato", 4, &added), 0);
	cr_assert_eq(added, 0, "a known name is not added again");
	cr_assert_eq(vocab_add(v, "w:nato join", 11, NULL), 2);
	cr_assert_eq(vocab_size(v), 3);
	cr_assert_eq(vocab_find(v, "join", 4), 1);
	cr_assert_eq(vocab_find(v, "w:nato join", 11), 2);
	cr_assert_eq(vocab_find(v, "joi", 3), -1);
	cr_assert_eq(vocab_find(v, "joins", 5), -1);
	vocab_free(v);
}

Test(vocab, names_are_copied_and_length_delimited)
{
	struct vocab *v = vocab_new();
	char buf[16] = "alliance";
	size_t len;
	const char *s;

	vocab_add(v, buf, 8, NULL);
	vocab_add(v, "member-ship", 6, NULL); /* "member" only */
	memcpy(buf, "XXXXXXXX", 8);
	s = vocab_name(v, 0, &len);
	cr_assert_eq(len, 8);
	cr_assert_str_eq(s, "alliance", "the name was not copied");
	s = vocab_name(v, 1, &len);
	cr_assert_eq(len, 6);
	cr_assert_str_eq(s, "member");
	cr_assert_str_eq(vocab_name(v, 1, NULL), "member");
	cr_assert_eq(vocab_find(v, "member", 6), 1);
	cr_assert_eq(vocab_find(v, "member-ship", 11), -1);
	vocab_free(v);
}

Test(vocab, empty_and_binary_names)
{
	struct vocab *v = vocab_new();

	cr_assert_eq(vocab_add(v, "", 0, NULL), 0);
	cr_assert_eq(vocab_add(v, "a\0b", 3, NULL), 1);
	cr_assert_eq(vocab_add(v, "a\0c", 3, NULL), 2);
	cr_assert_eq(vocab_find(v, "", 0), 0);
	cr_assert_eq(vocab_find(v, "a\0b", 3), 1);
	cr_assert_eq(vocab_find(v, "a", 1), -1);
	vocab_free(v);
}

Test(vocab, values_default_zero_and_set)
{
	struct vocab *v = vocab_new();
	long a = vocab_add(v, "a", 1, NULL), b = vocab_add(v, "b", 1, NULL);

	cr_assert_eq(vocab_value(v, a), 0);
	vocab_set_value(v, a, 2.5);
	vocab_set_value(v, b, -1e300);
	cr_assert_eq(vocab_value(v, a), 2.5);
	cr_assert_eq(vocab_value(v, b), -1e300);
	/* adding a known name keeps its value */
	vocab_add(v, "a", 1, NULL);
	cr_assert_eq(vocab_value(v, a), 2.5);
	vocab_free(v);
}

Test(vocab, clear_forgets_everything_and_stays_usable)
{
	struct vocab *v = vocab_new();
	char name[32];
	int i, added;

	for (i = 0; i < 5000; i++) {
		snprintf(name, sizeof(name), "f%d", i);
		vocab_add(v, name, strlen(name), NULL);
	}
	vocab_clear(v);
	cr_assert_eq(vocab_size(v), 0);
	cr_assert_eq(vocab_find(v, "f1", 2), -1);
	cr_assert_eq(vocab_find(v, "f4999", 5), -1);
	cr_assert_eq(vocab_add(v, "f4999", 5, &added), 0);
	cr_assert_eq(added, 1);
	cr_assert_eq(vocab_value(v, 0), 0, "a reused entry starts at 0");
	cr_assert_eq(vocab_add(v, "new", 3, NULL), 1);
	cr_assert_str_eq(vocab_name(v, 0, NULL), "f4999");
	vocab_free(v);
}

Test(vocab, many_names_survive_rehashing)
{
	struct vocab *v = vocab_new();
	char name[32];
	long i, n = 200000;

	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "c:%ld", i * 7919);
		cr_assert_eq(vocab_add(v, name, strlen(name), NULL), i);
		vocab_set_value(v, i, (double)i / 2);
	}
	cr_assert_eq(vocab_size(v), (size_t)n);
	for (i = 0; i < n; i++) {
		long id;

		snprintf(name, sizeof(name), "c:%ld", i * 7919);
		id = vocab_find(v, name, strlen(name));
		cr_assert_eq(id, i, "'%s' has id %ld, want %ld", name, id, i);
		cr_assert_eq(vocab_value(v, id), (double)i / 2);
		cr_assert_str_eq(vocab_name(v, id, NULL), name);
	}
	cr_assert_eq(vocab_find(v, "c:1", 3), -1);
	vocab_free(v);
}

Test(vocab, hash_is_stable_and_spreads)
{
	cr_assert_eq(vocab_hash("nato", 4), vocab_hash("nato", 4));
	cr_assert_neq(vocab_hash("nato", 4), vocab_hash("natO", 4));
	cr_assert_neq(vocab_hash("ab", 2), vocab_hash("ba", 2));
	cr_assert_neq(vocab_hash("", 0), vocab_hash("\0", 1));
	cr_assert_eq(vocab_hash("nato!", 4), vocab_hash("nato", 4));
}

Test(vocab, stamp_unique_generation_counts_changes)
{
	struct vocab *a = vocab_new(), *b = vocab_new();
	uint64_t g;

	cr_assert_neq(vocab_stamp(a), vocab_stamp(b));
	g = vocab_generation(a);
	vocab_add(a, "x", 1, NULL);
	cr_assert_neq(vocab_generation(a), g);
	g = vocab_generation(a);
	vocab_add(a, "x", 1, NULL); /* already there: no change */
	cr_assert_eq(vocab_generation(a), g);
	vocab_find(a, "x", 1);
	cr_assert_eq(vocab_generation(a), g);
	vocab_set_value(a, 0, 2);
	cr_assert_neq(vocab_generation(a), g);
	g = vocab_generation(a);
	vocab_clear(a);
	cr_assert_neq(vocab_generation(a), g);
	vocab_free(a);
	vocab_free(b);
}

Test(vocab, free_null_is_noop)
{
	vocab_free(NULL);
}
