#!/usr/bin/env bash
# Developer check of the plain-text extractor on the seed articles in
# ../shared/seeds (read at run time, never copied into the repo): prints every
# line with KEEP or its removal label/reason, then the metadata found.
# Usage: scripts/seed-check.sh [file...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seeds="${CORROBORATE_SHARED_DIR:-$root/../shared}/seeds"
out="${TMPDIR:-/tmp}/corroborate-seed-check"
# shellcheck source=scripts/text-driver.sh
. "$root/scripts/text-driver.sh"
build_text_driver "$out"
if [ $# -gt 0 ]; then files=("$@"); else
  [ -d "$seeds" ] || { echo "no $seeds: skipped"; exit 0; }
  files=("$seeds"/*.txt)
fi
"$out/text_driver" --show "${files[@]}"
