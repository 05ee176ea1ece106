// A small streaming JSON writer: the core's only JSON output path (reports,
// extractions, CLI, WASM). Input strings must be valid UTF-8 (the normalize
// stage guarantees it); control characters are escaped.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(int64_t n);
  JsonWriter& value(uint32_t n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(uint64_t n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(double d);   // non-finite → null
  JsonWriter& null();
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) { key(k); return value(v); }

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void comma();
  std::string out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

class Utf16Index;
struct Span;
// Writes {"begin":b,"end":e,"u16_begin":..,"u16_end":..}: byte offsets into the
// text, and the same span in UTF-16 code units (what JavaScript slices with).
void write_span(JsonWriter& w, Span span, const Utf16Index& u16);
// Writes {"begin":b,"end":e}: byte offsets only (for spans into the original input).
void write_byte_span(JsonWriter& w, Span span);

// Appends s as a JSON string literal (with quotes) to out.
void append_json_string(std::string& out, std::string_view s);

}  // namespace corroborate
