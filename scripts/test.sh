#!/usr/bin/env bash
# Every test, from nothing: setup → native build + ctest → WASM build → page
# assembly → node --test tests/js/ (package, WASM, page in Chromium) → the
# optional gates (quality, sanitizers, fuzzing) when their scripts exist.
# Stops at the first failing step; prints each step's time; ends with
# "N passed, N failed". `.ci/run` runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
started=$SECONDS

step() {
  local name="$1"; shift
  local t0=$SECONDS
  echo
  echo "=== ${name}"
  if "$@"; then
    passed=$((passed + 1))
    echo "=== ${name}: ok ($((SECONDS - t0)) s)"
  else
    local rc=$?
    failed=$((failed + 1))
    echo "=== ${name}: FAILED (exit ${rc}, $((SECONDS - t0)) s)" >&2
    echo "${passed} passed, ${failed} failed" >&2
    exit 1
  fi
}

optional() {
  local name="$1" script="$2"
  if [ -f "$script" ]; then
    step "$name" bash "$script"
  else
    echo "=== ${name}: skipped (${script} not present)"
  fi
}

native_tests() {
  bash scripts/build.sh native && ctest --test-dir build --output-on-failure -j"${JOBS:-2}"
}

step "setup" bash scripts/setup.sh
step "native build + ctest" native_tests
step "wasm build" bash scripts/build.sh wasm
step "build web" bash scripts/build-web.sh
step "node tests" node --test tests/js/
optional "quality gate" scripts/quality-gate.sh
optional "sanitizers" scripts/sanitize.sh
optional "fuzz" scripts/fuzz.sh

echo
echo "all steps in $((SECONDS - started)) s"
echo "${passed} passed, ${failed} failed"
