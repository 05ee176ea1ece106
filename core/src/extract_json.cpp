// JSON of one extraction: the "source" object of docs/report-schema.md without
// id/name/stats (the report adds those around write_extraction's fields).
#include "corroborate/corroborate.h"
#include "corroborate/json_writer.h"

namespace corroborate {
namespace {

void write_block(JsonWriter& w, const Block& b, const Utf16Index& u16) {
  w.begin_object()
      .field("label", block_label_name(b.label))
      .field("reason", b.kept ? "none" : removal_reason_name(b.reason))
      .field("kept", b.kept)
      .field("content", b.content)
      .key("span");
  if (b.kept)
    write_span(w, b.text, u16);
  else
    w.null();
  w.key("input_span");
  write_byte_span(w, b.input);
  w.end_object();
}

void write_strings(JsonWriter& w, const std::vector<std::string>& list) {
  w.begin_array();
  for (const std::string& s : list) w.value(s);
  w.end_array();
}

}  // namespace

void write_extraction(JsonWriter& w, const Extraction& e) {
  const Metadata& m = e.meta;
  w.field("format", e.format == InputFormat::html ? "html" : "text")
      .field("encoding", e.encoding)
      .field("repaired", e.repaired)
      .field("title", m.title)
      .field("byline", m.byline)
      .field("date", m.date_published)
      .field("date_modified", m.date_modified)
      .field("site_name", m.site_name)
      .field("language", m.language)
      .field("url", m.url)
      .field("description", m.description)
      .key("authors");
  write_strings(w, m.authors);
  w.field("text", e.text);
  Utf16Index u16(e.text);
  w.key("blocks").begin_array();
  for (const Block& b : e.blocks) write_block(w, b, u16);
  w.end_array();
  w.key("removed").begin_array();
  for (const Block& b : e.blocks)
    if (!b.kept) write_block(w, b, u16);
  w.end_array();
  w.key("error").null();
  w.key("warnings");
  write_strings(w, e.warnings);
}

std::string to_json(const Extraction& extraction) {
  JsonWriter w;
  w.begin_object();
  write_extraction(w, extraction);
  w.end_object();
  return w.take();
}

std::string error_json(const Error& error) {
  JsonWriter w;
  w.begin_object().field("ok", false).key("error").begin_object();
  w.field("code", error_code_name(error.code)).field("message", error.message).end_object().end_object();
  return w.take();
}

}  // namespace corroborate
