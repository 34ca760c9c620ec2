#!/bin/sh
# Extraction time on inputs real news does not send but a scraper or a
# fuzzer might: about 1 MB each of one kind of trouble, in one paragraph
# or in many. Prints the CPU seconds of one `stance extract` run of each
# (best of three). Each was slower than linear once: the figures show it
# stays bounded. BIN picks the binary (default bin/stance).
#
#   sh scripts/bench-pathological.sh
set -eu
cd "$(dirname "$0")/.."
BIN=${BIN:-bin/stance}
[ -x "$BIN" ] || { echo "bench-pathological: build $BIN first (make)" >&2; exit 1; }
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench-pathological: needs $TIME (apt-get install time)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# make NAME SEP PIECE...: a title, then 20000 times the pieces joined by
# SEP (" " keeps one paragraph, a blank line makes paragraphs)
make_input() {
	name=$1 sep=$2
	shift 2
	{
		printf 'Title\n\n'
		awk -v sep="$sep" -v s="$*" 'BEGIN {
			for (i = 0; i < 20000; i++)
				printf "%s%s", s, (i < 19999 ? sep : "\n")
		}'
	} >"$tmp/$name.txt"
}
make_input runon ' ' 'When I met Mark Rutte, he said the door was open,'
make_input unclosed ' ' '"The door is open, Rutte said.'
make_input single ' ' "He said 'the door is' and 'open now' again"
make_input words ' ' 'Rutte said the door is open Kallas told NATO that he'
make_input brackets ' ' 'Rutte (NATO) said (today) that (the door) is open.'
make_input dashes ' ' '- The door is open - Rutte said.'
make_input labels '\n\n' 'RUTTE: The door is open. KALLAS: Yes it is.'
make_input pronouns ' ' 'He said it was fine.'
make_input groups ' ' 'Three officials spoke. The officials said it was fine. One said it was bad.'
make_input quotes ' ' 'a "b" c a "b" c'
# a line of 40,000 one-word names ending in a colon, then a paragraph
# in the first person (a block quotation whose speaker that line names)
{
	printf 'Title\n\n'
	awk 'BEGIN { for (i = 0; i < 40000; i++) printf "Name%d ", i }'
	printf 'said:\n\nWe are ready and I am glad.\n'
} >"$tmp/heading.txt"
# 20,000 people of one surname, each first name different ("Abcd Smith
# said ... Smith agreed."): each full name is compared with the others
# of its surname, so at most sixteen are kept apart
{
	printf 'Title\n\n'
	awk 'BEGIN {
		for (i = 0; i < 20000; i++) {
			n = i; w = sprintf("%c", 65 + n % 26); n = int(n / 26);
			for (k = 0; k < 3; k++) {
				w = w sprintf("%c", 97 + n % 26); n = int(n / 26)
			}
			printf "%s Smith said the door was open. Smith agreed. ", w
		}
		printf "\n"
	}'
} >"$tmp/surnames.txt"
# a paragraph of 40,000 quotations back to back and nothing else, then
# a line (each quotation with no speaker asks whether its paragraph is
# all quotation, and looks back through the paragraph for a speaker)
{
	printf 'Title\n\n'
	awk 'BEGIN { for (i = 0; i < 40000; i++) printf "\"w%d\" ", i }'
	printf '\n\nMore text here.\n'
} >"$tmp/allquoted.txt"
# an interview's label, then 40,000 paragraphs that go on with its
# answer (each looks back past the paragraphs before it for the label
# it continues)
{
	printf 'Title\n\nGen. Rajmund Andrzejczak: I am afraid not.\n\n'
	awk 'BEGIN { for (i = 0; i < 40000; i++)
		printf "We say more of it here, and again.\n\n" }'
} >"$tmp/answers.txt"
# 20,000 presenters who put it to "the minister" (each looks back for
# the one titled so), and 20,000 soldiers given a first name only
{
	printf 'Title\n\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++)
		printf "Presenter Anna Smith%d put it to the minister that the plan was weak. \"No,\" she replied.\n\n", i }'
} >"$tmp/asked.txt"
{
	printf 'Title\n\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++)
		printf "A soldier, identified only by his first name, Giorgi%d, said \"we wait\".\n\n", i }'
} >"$tmp/firstname.txt"
# an interview box under a heading, with 20,000 questions and answers
# (each answer looks back to its block's first question)
{
	printf 'Title\n\nx\n\nx\n\nx\n\nx\n\nx\n\nTHE INTERVIEW / Anna Smith\n\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++)
		printf "Q: What do you think of it %d?\n\nA: We think it is fine.\n\n", i }'
} >"$tmp/box.txt"
# a press conference of 20,000 short labels in capitals, a reporter's
# among every ten (each short label asks whether a reporter's label of
# the 300 paragraphs before holds its words)
{
	printf 'Title\n\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++)
		if (i % 10 == 0)
			printf "ANNA SMITH, BYLINE: We are in Chisinau today.\n\n"
		else
			printf "PRIME MINISTER MUNTEANU (via interpreter): The door is open.\n\n" }'
} >"$tmp/reporters.txt"
# a panel's header, then 20,000 one-word labels in capitals that only
# the header names, each different (each asks whether the header or the
# twenty paragraphs before print the word as a surname)
{
	printf 'Title\n\nPanelists: Nino Kapanadze, Director\n\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++)
		printf "SMITH%d: We are ready for it.\n\nKAPANADZE: Yes we are.\n\n", i }'
} >"$tmp/panel.txt"
# a digest's post header, then 20,000 paragraphs of the post (each
# looks back up to thirty paragraphs for its header)
{
	printf 'Title\n\n08:14 | Zelensky / Official\n\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++)
		printf "We have spoken with our delegation again today.\n\n" }'
} >"$tmp/posts.txt"
for f in runon unclosed single words brackets dashes labels pronouns groups quotes heading surnames allquoted answers asked firstname box reporters panel posts; do
	best=""
	for run in 1 2 3; do
		"$TIME" -f '%U %S' -o "$tmp/t" "$BIN" extract "$tmp/$f.txt" \
			>/dev/null
		read -r user sys <"$tmp/t"
		cpu=$(echo "$user + $sys" | bc -l)
		if [ -z "$best" ] || [ "$(echo "$cpu < $best" | bc -l)" = 1 ]; then
			best=$cpu
		fi
	done
	printf 'pathological %-9s %4d kB: %.2f s CPU\n' "$f" \
		$(($(wc -c <"$tmp/$f.txt") / 1000)) "$best"
done
