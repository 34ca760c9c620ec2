#!/bin/sh
# Run every libFuzzer target of tests/fuzz/ for SECONDS seconds each
# (issue #7), one after the other, and fail if any of them finds a crash,
# a leak, a timeout (an input running over 10 s) or memory over 2 GB.
#
#   sh scripts/fuzz.sh SECONDS [TARGET...]     (targets: csv extract feat model)
#
# Each target starts from its committed seeds (tests/fuzz/corpus/TARGET/,
# read only) and from what earlier runs found (build-fuzz/corpus/TARGET/,
# where new inputs go). An input that fails is saved under
# build-fuzz/artifacts/TARGET/: copy it to tests/fuzz/regressions/TARGET/,
# where `make test` replays it for good. Per target the script prints the
# seconds run and the executions, from libFuzzer's final statistics.
set -eu
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || ! [ "$1" -gt 0 ] 2>/dev/null; then
	echo "usage: sh scripts/fuzz.sh SECONDS [TARGET...]" >&2
	exit 2
fi
secs=$1
shift
targets=${*:-csv extract feat model}
make --no-print-directory fuzz >&2
fail=0
printf '%-8s %8s %12s %10s  %s\n' target seconds executions exec/s result
for t in $targets; do
	bin=build-fuzz/fuzz_$t
	[ -x "$bin" ] || { echo "fuzz.sh: no target '$t'" >&2; exit 2; }
	mkdir -p build-fuzz/corpus/$t build-fuzz/artifacts/$t
	log=build-fuzz/fuzz_$t.log
	dict=""
	[ -f tests/fuzz/$t.dict ] && dict="-dict=tests/fuzz/$t.dict"
	start=$(date +%s)
	set +e
	# shellcheck disable=SC2086
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-detect_leaks=1 -print_final_stats=1 $dict \
		-artifact_prefix=build-fuzz/artifacts/$t/ \
		build-fuzz/corpus/$t tests/fuzz/corpus/$t >"$log" 2>&1
	st=$?
	set -e
	took=$(( $(date +%s) - start ))
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
	result=ok
	if [ "$st" -ne 0 ] || grep -q 'ERROR: libFuzzer\|ERROR: AddressSanitizer\|ERROR: LeakSanitizer\|runtime error:' "$log"; then
		result="FAILED (exit $st; see $log and build-fuzz/artifacts/$t/)"
		fail=1
	fi
	printf '%-8s %8s %12s %10s  %s\n' "$t" "$took" "${runs:-?}" "${rate:-?}" "$result"
	if [ "$result" != ok ]; then
		grep -m 3 'ERROR\|runtime error\|SUMMARY\|fuzz check failed' "$log" >&2 || true
	fi
done
exit $fail
