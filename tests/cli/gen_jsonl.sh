#!/usr/bin/env bash
# Writes N JSONL lines of invented articles (HTML and text, a few broken lines
# on purpose) to stdout: the input of the batch tests and the bench.
#   bash tests/cli/gen_jsonl.sh N
N=${1:-200}
awk -v n="$N" 'BEGIN {
  srand(7);
  split("Tarsa Valley,Port Emery,Kilnmoor,Ostrava Bay,Lindqvist Hall", places, ",");
  split("Mara Velk,Joss Arendt,Ilse Korhonen,Ravi Deshmane,Tomas Orlo", people, ",");
  for (i = 1; i <= n; i++) {
    p = places[1 + i % 5]; s = people[1 + (i * 3) % 5]; k = 10 + (i * 7) % 90;
    body = "";
    for (j = 1; j <= 6; j++)
      body = body "<p>Officials in " p " said on Tuesday that " k + j " families had been moved after the river rose, and " s " told reporters the work would take about " j + 1 " weeks.</p>";
    if (i % 17 == 0) { print "{\"id\":\"bad" i "\",\"html\":"; continue }      # invalid JSON
    if (i % 23 == 0) { print "{\"html\":\"<p>no id here</p>\"}"; continue }   # missing id
    if (i % 29 == 0) { print "{\"id\":\"empty" i "\",\"text\":\"\"}"; continue } # empty input
    if (i % 2 == 0)
      printf "{\"id\":\"a%d\",\"html\":\"<html><head><title>Flood update %d</title></head><body><nav>Home | World | Sport</nav><article><h1>Flood update %d</h1>%s</article><footer>Copyright 2026 The Tarsa Courier</footer></body></html>\"}\n", i, i, i, body;
    else {
      t = body; gsub(/<\/?p>/, "\\n", t);
      printf "{\"id\":\"a%d\",\"text\":\"Flood update %d\\nShare this article\\n%s\\nRead more stories\"}\n", i, i, t;
    }
  }
}'
