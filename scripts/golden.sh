#!/bin/sh
# CLI golden cases (Snowball's check_% idea): for each tests/golden/NAME.args
# run "$STANCE_BIN ARGS < NAME.in" from the repository root and compare
# stdout with NAME.out, stderr with NAME.err when it exists, and the exit
# status with NAME.code (default 0). Prints "N passed, N failed".
# UPDATE=1 rewrites the expected files from what the binary does now.
set -u
cd "$(dirname "$0")/.."
STANCE_BIN=${STANCE_BIN:-bin/stance}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
for args in tests/golden/*.args; do
	name=${args%.args}
	case_name=$(basename "$name")
	in=/dev/null
	[ -f "$name.in" ] && in="$name.in"
	# shellcheck disable=SC2046
	"$STANCE_BIN" $(cat "$args") <"$in" >"$tmp/out" 2>"$tmp/err"
	code=$?
	want_code=0
	[ -f "$name.code" ] && want_code=$(cat "$name.code")
	if [ "${UPDATE:-0}" = 1 ]; then
		cp "$tmp/out" "$name.out"
		[ -f "$name.err" ] && cp "$tmp/err" "$name.err"
		[ "$code" -ne 0 ] && echo "$code" >"$name.code"
	fi
	ok=1
	if ! diff -u "$name.out" "$tmp/out" >"$tmp/diff"; then
		ok=0
		cat "$tmp/diff"
	fi
	if [ -f "$name.err" ] && ! diff -u "$name.err" "$tmp/err"; then
		ok=0
	fi
	if [ "$code" != "$want_code" ]; then
		ok=0
		echo "$case_name: exit status $code, expected $want_code"
		cat "$tmp/err"
	fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "golden: FAIL $case_name"
	fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
