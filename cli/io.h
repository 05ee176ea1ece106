// Bounded reading of files, stdin and lines: nothing here reads more than the
// caller's limit into memory, whatever the input.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "corroborate/result.h"

namespace corroborate_cli {

// Reads a whole file ("-" = stdin) but at most `limit` + 1 bytes, so an
// oversized input is detected (by extract()'s own limit) without loading it all.
corroborate::Result<std::string> read_input(const std::string& path, std::size_t limit);

// Splits a stream into lines ("\n", a trailing "\r" dropped) with a 64 KB
// buffer. A line longer than `max_line` is consumed but not kept: next() then
// reports it as truncated, so one enormous line cannot exhaust memory.
class LineReader {
 public:
  LineReader(std::FILE* in, std::size_t max_line);
  // False at end of input. `line` holds the line (empty when truncated).
  bool next(std::string& line, bool& truncated);

 private:
  bool refill();
  std::FILE* in_;
  std::size_t max_line_;
  std::string buf_;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
};

// The file name without its directories (the default display name of an article).
std::string base_name(std::string_view path);
// The directory part with a trailing slash, or "" for a bare name.
std::string dir_name(std::string_view path);

}  // namespace corroborate_cli
