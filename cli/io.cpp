#include "io.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace corroborate_cli {

using corroborate::Error;
using corroborate::ErrorCode;
using corroborate::Result;

namespace {
constexpr std::size_t kChunk = 1 << 16;
}

Result<std::string> read_input(const std::string& path, std::size_t limit) {
  const bool is_stdin = path == "-";
  std::FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) return Error{ErrorCode::invalid_argument, "cannot open " + path + ": " + std::strerror(errno)};
  std::string out;
  const std::size_t cap = limit + 1;  // one byte over tells extract() the input is too large
  char chunk[kChunk];
  while (out.size() < cap) {
    std::size_t want = std::min(kChunk, cap - out.size());
    std::size_t got = std::fread(chunk, 1, want, f);
    out.append(chunk, got);
    if (got < want) break;
  }
  bool failed = std::ferror(f) != 0;
  if (!is_stdin) std::fclose(f);
  if (failed) return Error{ErrorCode::invalid_argument, "cannot read " + path};
  return out;
}

LineReader::LineReader(std::FILE* in, std::size_t max_line) : in_(in), max_line_(max_line), buf_(kChunk, '\0') {}

bool LineReader::refill() {
  if (eof_) return false;
  end_ = std::fread(&buf_[0], 1, buf_.size(), in_);
  pos_ = 0;
  if (end_ == 0) eof_ = true;
  return end_ > 0;
}

bool LineReader::next(std::string& line, bool& truncated) {
  line.clear();
  truncated = false;
  bool any = false;
  for (;;) {
    if (pos_ == end_ && !refill()) break;
    any = true;
    const char* start = buf_.data() + pos_;
    const void* nl = std::memchr(start, '\n', end_ - pos_);
    std::size_t n = nl ? static_cast<const char*>(nl) - start : end_ - pos_;
    if (!truncated && line.size() + n <= max_line_) {
      line.append(start, n);
    } else if (!truncated) {
      truncated = true;
      std::string().swap(line);  // give the memory back now
    }
    pos_ += n;
    if (nl) {
      ++pos_;
      break;
    }
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return any;
}

std::string base_name(std::string_view path) {
  std::size_t slash = path.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string dir_name(std::string_view path) {
  std::size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash + 1));
}

}  // namespace corroborate_cli
