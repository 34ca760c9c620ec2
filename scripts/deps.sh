#!/bin/sh
# Install the Debian packages the build and tests need, only when a header
# or tool is missing, so a fresh Debian 12 machine needs no other step and
# a ready one spends no time here.
set -eu
missing=""
need() { # need HEADER-or-COMMAND PACKAGE
	case "$1" in
	/*) [ -e "$1" ] || missing="$missing $2" ;;
	*) command -v "$1" >/dev/null 2>&1 || missing="$missing $2" ;;
	esac
}
need /usr/include/libsvm/svm.h libsvm-dev
need /usr/include/libstemmer.h libstemmer-dev
need /usr/include/criterion/criterion.h libcriterion-dev
need /usr/include/utf8proc.h libutf8proc-dev
need /usr/include/libxml2/libxml/parser.h libxml2-dev
need cc gcc
need make make
need pkg-config pkg-config
for extra in "$@"; do
	case "$extra" in
	xmllint) need xmllint libxml2-utils ;;
	time) need /usr/bin/time time ;;
	sklearn) # the Python measurements of issue 8
		need /usr/bin/python3 python3
		need /usr/lib/python3/dist-packages/numpy python3-numpy
		need /usr/lib/python3/dist-packages/scipy python3-scipy
		need /usr/lib/python3/dist-packages/sklearn python3-sklearn ;;
	linkgrammar)
		need /usr/lib/python3/dist-packages/linkgrammar \
			python3-link-grammar
		need /usr/share/link-grammar/en link-grammar-dictionaries-en ;;
	fuzz) # `make fuzz`: clang and its libFuzzer runtime
		need clang clang
		ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a \
			>/dev/null 2>&1 || missing="$missing libclang-rt-14-dev" ;;
	esac
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2
