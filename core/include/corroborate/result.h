// Errors are values: every public entry point returns Result<T>, so the core
// builds with -fno-exceptions and nothing throws across the WASM boundary.
#pragma once
#include <string>
#include <utility>

namespace corroborate {

enum class ErrorCode {
  ok = 0,
  empty_input,        // no bytes, or only whitespace after decoding
  binary_input,       // looks like binary data (NULs, control bytes), not text or HTML
  input_too_large,    // over Limits::max_input_bytes
  nesting_too_deep,   // over Limits::max_nesting_depth (HTML only)
  too_few_articles,   // compare() got fewer than Limits::min_articles
  too_many_articles,  // compare() got more than Limits::max_articles
  no_main_text,       // extraction kept nothing
  invalid_json,       // a JSON input (JSONL line, options) could not be parsed
  invalid_argument,   // an option or argument is out of range
  internal            // a bug: please report
};

// Stable snake_case name, used in JSON ("error": {"code": "empty_input"}) and CLI messages.
const char* error_code_name(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::ok;
  std::string message;  // one line a reader understands
};

template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                 // NOLINT: implicit on purpose
  Result(Error error) : error_(std::move(error)) {}            // NOLINT
  static Result failure(ErrorCode code, std::string message) { return Result(Error{code, std::move(message)}); }

  bool ok() const { return error_.code == ErrorCode::ok; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return error_; }
  T& value() { return value_; }
  const T& value() const { return value_; }
  T* operator->() { return &value_; }
  const T* operator->() const { return &value_; }

 private:
  T value_{};
  Error error_{};
};

}  // namespace corroborate
