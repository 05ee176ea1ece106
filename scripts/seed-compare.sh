#!/bin/sh
# Local check: compare the shared seed articles (../shared/seeds, read at run
# time only, never copied into the repo) and print the findings.
#   scripts/seed-compare.sh [--json] [BUILD_DIR]
# Builds the native CLI in BUILD_DIR (default: build) when it is missing.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
format=--md
if [ "${1:-}" = "--json" ]; then format=--json; shift; fi
build=${1:-"$root/build"}
seeds="$root/../shared/seeds"
if [ ! -d "$seeds" ]; then
  echo "seed-compare: no seeds at $seeds (they are local only); nothing to do" >&2
  exit 0
fi
cli="$build/cli/corroborate"
if [ ! -x "$cli" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j2 --target corroborate >/dev/null
fi
# shellcheck disable=SC2046
exec "$cli" compare "$format" $(ls "$seeds"/*.txt "$seeds"/*.html 2>/dev/null | sort)
