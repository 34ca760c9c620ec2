#!/bin/sh
# Render the seed article's speaker chart (the SVG `make run` writes) to
# PNG for the README: corpus/articles/seed.speakers.png. Uses rsvg-convert
# (Debian's librsvg2-bin), installed when missing.
set -eu
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null 2>&1 || {
	apt-get update -qq && apt-get install -y -qq librsvg2-bin >/dev/null
}
make -s run >/dev/null
rsvg-convert -o corpus/articles/seed.speakers.png build/run/speakers.svg
echo corpus/articles/seed.speakers.png
