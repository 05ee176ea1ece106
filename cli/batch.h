// Ordered parallel map over the lines of a stream: N workers, a bounded ring
// of in-flight lines, output written strictly in input order. Memory stays
// bounded by (ring size × longest line) whatever the number of lines.
#pragma once
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

namespace corroborate_cli {

struct LineResult {
  std::string text;  // one output line, without the newline
  bool ok = true;
  std::string note;  // for a failed line: one line for stderr (with the line number)
};

// Called once per non-blank input line (line_no counts from 1); must be
// thread-safe. Blank lines are skipped: JSONL allows a trailing newline.
using LineFn = std::function<LineResult(std::string_view line, uint64_t line_no)>;
// Called for a line longer than max_line (its bytes were not kept).
using OversizeFn = std::function<LineResult(uint64_t line_no)>;

struct BatchStats {
  uint64_t lines = 0;
  uint64_t failed = 0;
};

BatchStats run_ordered(std::FILE* in, std::FILE* out, unsigned threads, std::size_t max_line,
                       const LineFn& fn, const OversizeFn& oversize);

}  // namespace corroborate_cli
