// Schema v1 JSON of a report (docs/report-schema.md). The source objects carry
// write_extraction()'s fields (extract_json.cpp) with id/name/stats around them.
#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "corroborate/json_writer.h"
#include "corroborate/report.h"

namespace corroborate {
namespace {

const char* entity_kind_name(EntityKind kind) {
  switch (kind) {
    case EntityKind::person: return "person";
    case EntityKind::place: return "place";
    case EntityKind::organization: return "organization";
    case EntityKind::other: return "other";
  }
  return "other";
}

void write_source_ids(JsonWriter& w, const Report& r, const std::vector<uint32_t>& ids) {
  w.begin_array();
  for (uint32_t i : ids) w.value(i < r.sources.size() ? r.sources[i].id : std::string("?"));
  w.end_array();
}

void write_values(JsonWriter& w, const Report& r, const std::vector<Finding::Value>& values) {
  w.begin_array();
  for (const Finding::Value& v : values) {
    w.begin_object().field("value", v.value).key("sources");
    write_source_ids(w, r, v.sources);
    w.end_object();
  }
  w.end_array();
}

std::string source_json(const SourceReport& s) {
  JsonWriter w;
  w.begin_object().field("id", s.id).field("name", s.name);
  write_extraction(w, s.extraction);
  const ArticleClaims& c = s.claims;
  w.key("stats")
      .begin_object()
      .field("sentences", static_cast<uint64_t>(c.sentences.size()))
      .field("quotes", static_cast<uint64_t>(c.quotes.size()))
      .field("quantities", static_cast<uint64_t>(c.quantities.size()))
      .field("dates", static_cast<uint64_t>(c.dates.size()))
      .field("entities", static_cast<uint64_t>(c.entities.size()))
      .end_object();
  w.end_object();
  std::string out = w.take();
  if (s.error.empty()) return out;
  // write_extraction writes "error":null; a failed source says why instead.
  // (Inside JSON strings a quote is escaped, so this key can only be the field.)
  static const std::string kNull = "\"error\":null";
  std::size_t at = out.rfind(kNull);
  JsonWriter e;
  e.begin_object()
      .field("code", error_code_name(s.error_code == ErrorCode::ok ? ErrorCode::internal : s.error_code))
      .field("message", s.error)
      .end_object();
  if (at != std::string::npos) out.replace(at + 8, 4, e.str());
  return out;
}

void write_finding(JsonWriter& w, const Report& r, const Finding& f, std::size_t index,
                   const std::vector<Utf16Index>& u16) {
  w.begin_object()
      .field("id", "f" + std::to_string(index + 1))
      .field("kind", finding_kind_name(f.kind))
      .field("topic", f.topic)
      .field("summary", f.summary)
      .key("sources");
  write_source_ids(w, r, f.sources);
  w.key("values");
  write_values(w, r, f.values);
  w.key("evidence").begin_array();
  for (const Evidence& e : f.evidence) {
    if (e.source >= r.sources.size()) continue;
    w.begin_object().field("source", r.sources[e.source].id).field("role", e.role).key("span");
    write_span(w, e.text, u16[e.source]);
    w.key("input_span");
    write_byte_span(w, e.input);
    w.field("excerpt", e.excerpt).field("value", e.value);
    if (e.assumed_date) w.field("assumed_date", true);  // additive: absent when false (schema v1)
    w.end_object();
  }
  w.end_array();
  w.key("diff").begin_array();
  for (const DiffOp& d : f.diff) w.begin_object().field("op", std::string(1, d.op)).field("text", d.text).end_object();
  w.end_array();
  w.field("importance", f.importance).end_object();
}

}  // namespace

std::string to_json(const Report& r) {
  std::size_t counts[5] = {0, 0, 0, 0, 0};
  for (const Finding& f : r.findings) ++counts[static_cast<int>(f.kind)];
  JsonWriter head;
  head.begin_object()
      .field("schema_version", r.schema_version)
      .field("generator", std::string("corroborate ") + kVersion)
      .key("summary")
      .begin_object()
      .field("sources", static_cast<uint64_t>(r.sources.size()))
      .field("agreements", static_cast<uint64_t>(counts[static_cast<int>(FindingKind::agreement)]))
      .field("conflicts", static_cast<uint64_t>(counts[static_cast<int>(FindingKind::conflict)]))
      .field("quote_variants", static_cast<uint64_t>(counts[static_cast<int>(FindingKind::quote_variant)]))
      .field("name_variants", static_cast<uint64_t>(counts[static_cast<int>(FindingKind::name_variant)]))
      .field("unique", static_cast<uint64_t>(counts[static_cast<int>(FindingKind::unique)]))
      .end_object()
      .end_object();
  std::string out = head.take();
  out.pop_back();  // reopen the object: sources are spliced in as finished JSON
  out += ",\"sources\":[";
  for (std::size_t i = 0; i < r.sources.size(); ++i) {
    if (i) out += ',';
    out += source_json(r.sources[i]);
  }
  out += "],";

  std::vector<Utf16Index> u16;
  u16.reserve(r.sources.size());
  for (const SourceReport& s : r.sources) u16.emplace_back(s.extraction.text);
  JsonWriter tail;
  tail.begin_object().key("entities").begin_array();
  for (const Entity& e : r.entities) {
    tail.begin_object()
        .field("name", e.name)
        .field("kind", entity_kind_name(e.kind))
        .field("key", e.key)
        .key("variants")
        .begin_array();
    for (const Entity::Variant& v : e.variants) {
      tail.begin_object().field("surface", v.surface).key("sources");
      write_source_ids(tail, r, v.sources);
      tail.end_object();
    }
    tail.end_array().end_object();
  }
  tail.end_array().key("findings").begin_array();
  for (std::size_t i = 0; i < r.findings.size(); ++i) write_finding(tail, r, r.findings[i], i, u16);
  tail.end_array().key("warnings").begin_array();
  for (const std::string& w : r.warnings) tail.value(w);
  tail.end_array().end_object();
  out.append(tail.str(), 1, std::string::npos);  // drop the tail's opening brace
  return out;
}

}  // namespace corroborate
