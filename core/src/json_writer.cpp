#include "corroborate/json_writer.h"

#include <cmath>
#include <cstdio>

#include "corroborate/span.h"

namespace corroborate {

void append_json_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out.push_back('"');
  size_t run = 0;  // start of the current run of bytes that need no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void JsonWriter::comma() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_.push_back(',');
    first_.back() = false;
  }
}

namespace {
// An object and an array open and close alike; only the bracket differs.
void open_container(std::string& out, std::vector<bool>& first, char bracket) {
  out.push_back(bracket);
  first.push_back(true);
}
void close_container(std::string& out, std::vector<bool>& first, char bracket) {
  out.push_back(bracket);
  first.pop_back();
}
}  // namespace

JsonWriter& JsonWriter::begin_object() { comma(); open_container(out_, first_, '{'); return *this; }
JsonWriter& JsonWriter::end_object() { close_container(out_, first_, '}'); return *this; }
JsonWriter& JsonWriter::begin_array() { comma(); open_container(out_, first_, '['); return *this; }
JsonWriter& JsonWriter::end_array() { close_container(out_, first_, ']'); return *this; }
JsonWriter& JsonWriter::key(std::string_view k) {
  comma();
  append_json_string(out_, k);
  out_.push_back(':');
  after_key_ = true;
  return *this;
}
JsonWriter& JsonWriter::value(std::string_view s) {
  comma();
  append_json_string(out_, s);
  return *this;
}
JsonWriter& JsonWriter::value(bool b) {
  comma();
  out_ += b ? "true" : "false";
  return *this;
}
JsonWriter& JsonWriter::value(int64_t n) {
  comma();
  out_ += std::to_string(n);
  return *this;
}
JsonWriter& JsonWriter::value(double d) {
  comma();
  if (!std::isfinite(d)) {
    out_ += "null";
    return *this;
  }
  char buf[32];
  // %.10g keeps integers exact and is locale-independent for our use (no thousands separators).
  std::snprintf(buf, sizeof buf, "%.10g", d);
  out_ += buf;
  return *this;
}
JsonWriter& JsonWriter::null() {
  comma();
  out_ += "null";
  return *this;
}

void write_span(JsonWriter& w, Span span, const Utf16Index& u16) {
  w.begin_object()
      .field("begin", span.begin)
      .field("end", span.end)
      .field("u16_begin", u16.at(span.begin))
      .field("u16_end", u16.at(span.end))
      .end_object();
}

void write_byte_span(JsonWriter& w, Span span) {
  w.begin_object().field("begin", span.begin).field("end", span.end).end_object();
}

}  // namespace corroborate
