# Helpers for the CLI tests: each test script is run as
#   bash tests/cli/test_X.sh BUILD/cli/corroborate SOURCE_DIR
set -u
BIN=${1:?usage: test_X.sh path/to/corroborate [source dir]}
SRC=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILS=0

fail() { echo "FAIL: $*" >&2; FAILS=$((FAILS + 1)); }
ok() { echo "ok: $*"; }

# expect_exit CODE DESCRIPTION -- CMD...: runs CMD (stdout → $TMP/out, stderr → $TMP/err).
expect_exit() {
  local want=$1 what=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" = "$want" ]; then ok "$what (exit $got)"; else fail "$what: exit $got, wanted $want; stderr: $(head -c 300 "$TMP/err")"; fi
}

# Every line of FILE is a JSON object (checked with node, which the project needs anyway).
json_lines_valid() {
  node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
    for (const l of lines) { const o = JSON.parse(l); if (typeof o !== "object" || o === null) process.exit(1); }
  ' "$1"
}

finish() {
  if [ "$FAILS" -gt 0 ]; then echo "$FAILS check(s) failed" >&2; exit 1; fi
  echo "all checks passed"
}
