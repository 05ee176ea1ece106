#!/usr/bin/env bash
# The command line: commands, formats, exit codes and error messages.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "--help" -- "$BIN" --help
grep -q "Exit codes" "$TMP/out" && ok "--help documents exit codes" || fail "--help text"
expect_exit 0 "--version" -- "$BIN" --version
grep -q "^corroborate [0-9]" "$TMP/out" || fail "--version text"
expect_exit 2 "no command" -- "$BIN"
expect_exit 2 "unknown command" -- "$BIN" frobnicate
expect_exit 2 "unknown option" -- "$BIN" extract --bogus x
expect_exit 2 "bad --threads" -- "$BIN" extract --jsonl --threads many
grep -q "^corroborate: error:" "$TMP/err" && ok "usage errors start with corroborate: error:" || fail "usage message"

cat > "$TMP/a.txt" <<'T'
Lakeside Herald
Menu | Sections | Subscribe

Ferry service to Isola Verde resumes after storm

By Pia Strand
Updated 3 March 2026

The ferry line between Port Calder and Isola Verde reopened on Monday after a storm closed it for nine days, the harbour office said.

"We checked every mooring twice before the first sailing," harbour master Oskar Lind told reporters at the pier.

About 1,200 passengers crossed on the first day, according to the operator.

Share this article
Copyright 2026 Lakeside Herald. All rights reserved.
T
cat > "$TMP/b.html" <<'H'
<!doctype html><html><head><meta charset="utf-8"><title>Isola Verde ferries sail again | The Coast Post</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Isola Verde ferries sail again</h1><p class="byline">By Ann Weir</p>
<p>Ferries between Port Calder and Isola Verde returned on Monday, ten days after a storm halted the route, the harbour authority said.</p>
<p>“We checked each mooring twice before the first departure,” said harbour master Oscar Lind.</p>
<p>Roughly 1,500 passengers travelled on the first day, the operator said.</p></article>
<footer>© 2026 The Coast Post · Privacy · Contact</footer></body></html>
H

expect_exit 0 "extract text file" -- "$BIN" extract "$TMP/a.txt"
grep -q "reopened on Monday" "$TMP/out" && ok "main text printed" || fail "main text missing"
grep -q "All rights reserved" "$TMP/out" && fail "footer not removed" || ok "footer removed"
expect_exit 0 "extract --json from stdin" -- sh -c "\"$BIN\" extract --json - < \"$TMP/b.html\""
json_lines_valid "$TMP/out" && ok "extract --json is JSON" || fail "extract --json invalid"
expect_exit 0 "extract --html" -- "$BIN" extract --html "$TMP/b.html"
grep -q "returned on Monday" "$TMP/out" && ok "HTML main text" || fail "HTML main text missing"

: > "$TMP/empty"
expect_exit 1 "empty input" -- "$BIN" extract "$TMP/empty"
grep -q "^corroborate: error: empty_input" "$TMP/err" && ok "empty_input message" || fail "empty message: $(cat "$TMP/err")"
head -c 4096 /dev/urandom > "$TMP/junk"; printf '\0\0\0' >> "$TMP/junk"
expect_exit 1 "binary junk" -- "$BIN" extract "$TMP/junk"
expect_exit 1 "missing file" -- "$BIN" extract "$TMP/nope.txt"
expect_exit 1 "too large" -- "$BIN" extract --options '{"max_input_bytes":100}' "$TMP/a.txt"
grep -q "input_too_large" "$TMP/err" && ok "input_too_large message" || fail "too-large message: $(cat "$TMP/err")"
expect_exit 1 "bad --options JSON" -- "$BIN" extract --options '{nope' "$TMP/a.txt"
expect_exit 1 "bad --options type" -- "$BIN" extract --options '{"keep_all":"yes"}' "$TMP/a.txt"
echo '{"keep_all":true}' > "$TMP/opts.json"
expect_exit 0 "--options @file" -- "$BIN" extract --json --options "@$TMP/opts.json" "$TMP/a.txt"

expect_exit 0 "compare two files (markdown)" -- "$BIN" compare "$TMP/a.txt" "$TMP/b.html"
[ -s "$TMP/out" ] && ok "markdown report written" || fail "empty markdown report"
expect_exit 0 "compare --json" -- "$BIN" compare --json "$TMP/a.txt" "$TMP/b.html"
json_lines_valid "$TMP/out" && grep -q '"schema_version":1' "$TMP/out" && ok "report JSON schema v1" || fail "report JSON"
expect_exit 3 "compare with one unreadable article is partial" -- "$BIN" compare --json "$TMP/a.txt" "$TMP/b.html" "$TMP/junk"
json_lines_valid "$TMP/out" && ok "partial report still JSON" || fail "partial report JSON"
expect_exit 0 "compare one article (report with a warning)" -- "$BIN" compare --json "$TMP/a.txt"

expect_exit 0 "--demo" -- "$BIN" --demo
[ -s "$TMP/out" ] && ok "demo report written" || fail "demo report empty"
expect_exit 0 "compare --demo --json" -- "$BIN" compare --demo --json
grep -q '"schema_version":1' "$TMP/out" && ok "demo JSON" || fail "demo JSON"
# The demo is compiled in: it must not need the samples folder at run time.
cp "$BIN" "$TMP/corroborate-copy"
(cd "$TMP" && ./corroborate-copy --demo --json > demo2.json) && cmp -s "$TMP/out" "$TMP/demo2.json" \
  && ok "demo runs from anywhere, same bytes" || fail "demo depends on files"
expect_exit 0 "compare --story" -- "$BIN" compare --json --story "$SRC/samples/sample-story/story.json"
cmp -s "$TMP/out" "$TMP/demo2.json" && ok "--story on the sample == --demo" || fail "--story differs from --demo"

printf '%s\n' '{"id":"x1","text":"A short text.\n\nIt has two paragraphs of prose in it."}' '{"id":"x2"}' 'junk' \
  | "$BIN" extract --jsonl > "$TMP/out" 2>"$TMP/err"
code=$?
[ "$code" = 3 ] && ok "jsonl partial exit 3" || fail "jsonl exit $code"
[ "$(wc -l < "$TMP/out")" = 3 ] && ok "3 lines out" || fail "jsonl line count"
sed -n 2p "$TMP/out" | grep -q '"id":"x2","ok":false,"error":{"code":"invalid_argument"' && ok "missing content line keeps its id" || fail "line 2: $(sed -n 2p "$TMP/out")"
sed -n 3p "$TMP/out" | grep -q '"id":null,"ok":false,"error":{"code":"invalid_json","message":"' && ok "junk line: id null" || fail "line 3: $(sed -n 3p "$TMP/out")"
grep -q "^corroborate: line 3: invalid_json" "$TMP/err" && ok "stderr names the failed line" || fail "stderr: $(cat "$TMP/err")"
printf '%s\n' '{"id":"cut","html":"<p>never clo' | "$BIN" extract --jsonl > "$TMP/out" 2>/dev/null
grep -q '^{"id":"cut","ok":false,"error":{"code":"invalid_json"' "$TMP/out" && ok "a line cut short keeps its id" || fail "cut line: $(cat "$TMP/out")"
finish
