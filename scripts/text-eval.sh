#!/usr/bin/env bash
# Plain-text extractor check on ../shared/datasets (never copied into the repo):
# builds tests/text_eval/text_driver, writes predictions for each dataset's
# text/ rendering, scores them with the datasets' score.py (shingle-4 macro F1
# is the headline number) and prints the speed. Usage: scripts/text-eval.sh [dataset...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${CORROBORATE_SHARED_DIR:-$root/../shared}"
out="${TMPDIR:-/tmp}/corroborate-text-eval"
# shellcheck source=scripts/text-driver.sh
. "$root/scripts/text-driver.sh"
build_text_driver "$out"
[ -d "$shared/datasets" ] || { echo "no $shared/datasets: skipped"; exit 0; }
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(dragnet l3s-gn1)
for ds in "${sets[@]}"; do
  pred="$out/pred-$ds"
  rm -rf "$pred" && mkdir -p "$pred"
  "$out/text_driver" --pred "$shared/datasets/$ds/text" "$pred"
  echo "== $ds"
  python3 "$shared/datasets/score.py" "$shared/datasets/$ds/gold" "$pred" | grep -iE "shingle|token" || true
  "$out/text_driver" --bench "$shared/datasets/$ds/text" 3
done
