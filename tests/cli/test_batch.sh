#!/usr/bin/env bash
# JSONL batch: ordered output, error lines, threads and shards give
# byte-identical output to a single run.
. "$(dirname "$0")/lib.sh"
bash "$SRC/tests/cli/gen_jsonl.sh" 400 > "$TMP/in.jsonl"
LINES=$(wc -l < "$TMP/in.jsonl")

"$BIN" extract --jsonl < "$TMP/in.jsonl" > "$TMP/one.jsonl" 2>/dev/null
code=$?
[ "$code" = 3 ] && ok "bad lines give exit 3 (partial)" || fail "exit $code, wanted 3"
[ "$(wc -l < "$TMP/one.jsonl")" = "$LINES" ] && ok "one output line per input line" || fail "line count"
json_lines_valid "$TMP/one.jsonl" && ok "every output line is JSON" || fail "invalid JSON output"
# Ids come back in input order (null where the line had none).
node -e '
  const fs = require("fs");
  const inp = fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
  const out = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean).map(l => JSON.parse(l));
  let bad = 0, errs = 0;
  inp.forEach((l, i) => {
    const m = l.match(/"id":"([^"]*)"/);
    if ((m ? m[1] : null) !== out[i].id) bad++;
    if (!out[i].ok) { errs++; if (!out[i].error || !out[i].error.code) bad++; }
    if (out[i].ok && typeof out[i].text !== "string") bad++;
  });
  if (bad || errs === 0) { console.error("order/shape mismatches:", bad, "errors:", errs); process.exit(1); }
' "$TMP/in.jsonl" "$TMP/one.jsonl" && ok "ids in order, error lines well-formed" || fail "ids/order"

"$BIN" extract --jsonl --threads 2 < "$TMP/in.jsonl" > "$TMP/two.jsonl" 2>/dev/null
cmp -s "$TMP/one.jsonl" "$TMP/two.jsonl" && ok "--threads 2 == --threads 1" || fail "--threads 2 output differs"
"$BIN" extract --jsonl --threads 7 "$TMP/in.jsonl" > "$TMP/seven.jsonl" 2>/dev/null
cmp -s "$TMP/one.jsonl" "$TMP/seven.jsonl" && ok "--threads 7 (file arg) == --threads 1" || fail "--threads 7 differs"

# Shards run in parallel (what GNU parallel / Spark RDD.pipe do), concatenated in shard order.
split -n l/4 -d "$TMP/in.jsonl" "$TMP/shard."
for s in "$TMP"/shard.0?; do "$BIN" extract --jsonl < "$s" > "$s.out" 2>/dev/null & done
wait
cat "$TMP"/shard.0?.out > "$TMP/sharded.jsonl"
cmp -s "$TMP/one.jsonl" "$TMP/sharded.jsonl" && ok "4 parallel shards == single run" || fail "sharded output differs"

# compare --jsonl: stories of articles, one report line per story.
node -e '
  const fs = require("fs");
  const arts = fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean)
    .map(l => { try { return JSON.parse(l); } catch { return null; } })
    .filter(a => a && a.id && (a.html || a.text));
  const out = [];
  for (let i = 0; i + 3 <= 24; i += 3) out.push(JSON.stringify({id: "story" + i, articles: arts.slice(i, i + 3).map(a => ({id: a.id, content: a.html || a.text}))}));
  out.push("{broken");
  out.push(JSON.stringify({id: "one", articles: ["Only one article, in plain text. It says little."]}));
  fs.writeFileSync(process.argv[2], out.join("\n") + "\n");
' "$TMP/in.jsonl" "$TMP/stories.jsonl"
"$BIN" compare --jsonl < "$TMP/stories.jsonl" > "$TMP/c1.jsonl" 2>/dev/null
[ "$(wc -l < "$TMP/c1.jsonl")" = "$(wc -l < "$TMP/stories.jsonl")" ] && ok "compare --jsonl: one line per story" || fail "compare line count"
json_lines_valid "$TMP/c1.jsonl" && ok "compare --jsonl output is JSON" || fail "compare JSON"
grep -q '"id":"story0","ok":true,"report":{' "$TMP/c1.jsonl" && ok "report line shape" || fail "report line shape"
"$BIN" compare --jsonl --threads 3 < "$TMP/stories.jsonl" > "$TMP/c3.jsonl" 2>/dev/null
cmp -s "$TMP/c1.jsonl" "$TMP/c3.jsonl" && ok "compare --threads 3 == --threads 1" || fail "compare threads differ"
finish
