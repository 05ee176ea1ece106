#!/usr/bin/env python3
"""Prints the quality gate's table and checks its floors (issue 4).

usage: gate_table.py RESULTS_DIR DATASET...
RESULTS_DIR/<dataset>-<method>.score.json  (score.py --json output)
RESULTS_DIR/<dataset>-<method>.time.json   ({"pages", "seconds"})
methods: html (corroborate, HTML mode), text (corroborate, plain-text mode), readability.
Exit status 1 when a floor is missed.
"""
import json
import os
import sys

# Floors, shingle-4 macro F1 (the Scrapinghub headline metric).
HTML_MARGIN_OVER_READABILITY = 0.02
HTML_HIGH_FLOOR = 0.95             # where Readability itself reaches...
READABILITY_HIGH = 0.93            # ...this
TEXT_FLOOR = 0.90
TEXT_MAX_GAP_TO_HTML = 0.04


def load(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def main():
    out_dir, datasets = sys.argv[1], sys.argv[2:]
    failures = []
    print(f"{'dataset':10} {'method':12} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>9} {'MB/s':>7}")
    for ds in datasets:
        f1 = {}
        for method in ("html", "text", "readability"):
            score = load(os.path.join(out_dir, f"{ds}-{method}.score.json"))
            timing = load(os.path.join(out_dir, f"{ds}-{method}.time.json")) or {}
            if score is None:
                print(f"{ds:10} {method:12} (no result)")
                continue
            m = score["shingle4"]["macro"]
            f1[method] = m["f1"]
            secs = timing.get("seconds") or 0
            pps = timing["pages"] / secs if secs else float("nan")
            mbs = timing.get("bytes", 0) / secs / 1e6 if secs and timing.get("bytes") else float("nan")
            print(f"{ds:10} {method:12} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {pps:9.1f} {mbs:7.1f}")
        html, text, read = f1.get("html"), f1.get("text"), f1.get("readability")
        if html is None:
            failures.append(f"{ds}: no HTML result")
        elif read is not None:
            if html < read + HTML_MARGIN_OVER_READABILITY:
                failures.append(f"{ds}: HTML F1 {html:.3f} < Readability {read:.3f} + {HTML_MARGIN_OVER_READABILITY}")
            if read >= READABILITY_HIGH and html < HTML_HIGH_FLOOR:
                failures.append(f"{ds}: HTML F1 {html:.3f} < {HTML_HIGH_FLOOR} (Readability {read:.3f} >= {READABILITY_HIGH})")
        if text is None:
            failures.append(f"{ds}: no text result")
        else:
            if text < TEXT_FLOOR:
                failures.append(f"{ds}: text F1 {text:.3f} < {TEXT_FLOOR}")
            if html is not None and text < html - TEXT_MAX_GAP_TO_HTML:
                failures.append(f"{ds}: text F1 {text:.3f} more than {TEXT_MAX_GAP_TO_HTML} under HTML {html:.3f}")
    for f in failures:
        print("FAIL:", f)
    print("quality gate:", "FAILED" if failures else "passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
