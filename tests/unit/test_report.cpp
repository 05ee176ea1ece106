#include <catch2/catch.hpp>

#include <simdjson.h>

#include "compare_fixture.h"
#include "corroborate/corroborate.h"

using namespace corroborate;
using fixture::Article;

namespace {

Report fixture_report() {
  const std::vector<fixture::Name> names = {{"Mira Olsen", "olsen"}, {"Olsen", "olsen"}, {"Mira Olssen", "olsen"}};
  std::vector<Article> arts = {
      {"Coast Daily", "The meeting lasted about two hours. “We will not let the harbour close this winter,” Olsen said. Ünïcödé café.",
       names, {{"about two hours", 120, 108, 132, "minute", "duration", ""}}},
      {"Bay | Post", "After nearly four hours of talks, Mira Olssen said: “We won’t let the harbour close this winter.”", names,
       {{"nearly four hours", 240, 216, 240, "minute", "duration", ""}}}};
  fixture::Run r = fixture::run(arts);
  Report rep;
  rep.sources = std::move(r.sources);
  rep.findings = std::move(r.findings);
  rep.entities = r.table.entities;
  return rep;
}

simdjson::dom::element el(simdjson::simdjson_result<simdjson::dom::element> r) {
  simdjson::dom::element e;
  REQUIRE(r.get(e) == simdjson::SUCCESS);
  return e;
}

std::string_view str(simdjson::dom::element e, const char* key) {
  std::string_view s;
  REQUIRE(e[key].get(s) == simdjson::SUCCESS);
  return s;
}

}  // namespace

TEST_CASE("report JSON follows schema v1", "[report]") {
  Report rep = fixture_report();
  std::string json = to_json(rep);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  REQUIRE(parser.parse(json).get(doc) == simdjson::SUCCESS);
  int64_t version = 0;
  REQUIRE(doc["schema_version"].get(version) == simdjson::SUCCESS);
  REQUIRE(version == 1);
  REQUIRE(str(doc, "generator").rfind("corroborate ", 0) == 0);
  for (const char* k : {"sources", "agreements", "conflicts", "quote_variants", "name_variants", "unique"}) {
    int64_t n = -1;
    REQUIRE(doc["summary"][k].get(n) == simdjson::SUCCESS);
  }
  int64_t conflicts = 0;
  REQUIRE(doc["summary"]["conflicts"].get(conflicts) == simdjson::SUCCESS);
  REQUIRE(conflicts == 1);

  simdjson::dom::array sources;
  REQUIRE(doc["sources"].get(sources) == simdjson::SUCCESS);
  REQUIRE(sources.size() == 2);
  for (simdjson::dom::element s : sources) {
    for (const char* k : {"id", "name", "format", "text", "title", "date"}) str(s, k);
    simdjson::dom::array removed;
    REQUIRE(s["removed"].get(removed) == simdjson::SUCCESS);
    REQUIRE(s["error"].is_null());
    int64_t sentences = 0;
    REQUIRE(s["stats"]["sentences"].get(sentences) == simdjson::SUCCESS);
    REQUIRE(sentences >= 1);
  }
  simdjson::dom::array findings;
  REQUIRE(doc["findings"].get(findings) == simdjson::SUCCESS);
  REQUIRE(findings.size() >= 3);
  bool saw_diff = false;
  for (simdjson::dom::element f : findings) {
    for (const char* k : {"id", "kind", "topic", "summary"}) str(f, k);
    simdjson::dom::array ev, diff, values, ids;
    REQUIRE(f["evidence"].get(ev) == simdjson::SUCCESS);
    REQUIRE(f["diff"].get(diff) == simdjson::SUCCESS);
    REQUIRE(f["values"].get(values) == simdjson::SUCCESS);
    REQUIRE(f["sources"].get(ids) == simdjson::SUCCESS);
    saw_diff = saw_diff || diff.size() > 0;
    for (simdjson::dom::element e : ev) {
      std::string_view src = str(e, "source");
      uint64_t b = 0, end = 0, ub = 0, ue = 0;
      REQUIRE(e["span"]["begin"].get(b) == simdjson::SUCCESS);
      REQUIRE(e["span"]["end"].get(end) == simdjson::SUCCESS);
      REQUIRE(e["span"]["u16_begin"].get(ub) == simdjson::SUCCESS);
      REQUIRE(e["span"]["u16_end"].get(ue) == simdjson::SUCCESS);
      REQUIRE(e["input_span"]["begin"].get(b) == simdjson::SUCCESS);
      // The excerpt is exactly the spanned text of that source.
      std::size_t si = src == "s1" ? 0 : 1;
      REQUIRE(std::string(str(e, "excerpt")) == rep.sources[si].extraction.text.substr(b, end - b));
      str(e, "role");
      str(e, "value");
    }
  }
  REQUIRE(saw_diff);
  std::string_view first_kind = str(el(findings.at(0)), "kind");
  REQUIRE(first_kind == "conflict");
  REQUIRE(str(el(findings.at(0)), "id") == "f1");
  simdjson::dom::array entities;
  REQUIRE(doc["entities"].get(entities) == simdjson::SUCCESS);
  REQUIRE(entities.size() == 1);
  simdjson::dom::array warnings;
  REQUIRE(doc["warnings"].get(warnings) == simdjson::SUCCESS);
}

TEST_CASE("a failed source carries its error object in JSON", "[report]") {
  std::vector<ArticleInput> in = {{"a", "Good", "The harbour board approved the dredging plan on Monday.", {}},
                                  {"b", "Broken", "", {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  std::string json = to_json(r.value());
  REQUIRE(parser.parse(json).get(doc) == simdjson::SUCCESS);
  REQUIRE(doc["sources"].at(0)["error"].is_null());
  REQUIRE(str(el(doc["sources"].at(1)["error"]), "code") == "empty_input");
  REQUIRE(str(el(doc["sources"].at(1)["error"]), "message").size() > 0);
}

TEST_CASE("markdown has the title, summary table, sections and quoted evidence", "[report]") {
  Report rep = fixture_report();
  std::string md = to_markdown(rep);
  REQUIRE(md.rfind("# Comparison of 2 sources\n", 0) == 0);
  REQUIRE(md.find("| Conflicts | 1 |") != std::string::npos);
  REQUIRE(md.find("## Conflicts") != std::string::npos);
  REQUIRE(md.find("## Quote variants") != std::string::npos);
  REQUIRE(md.find("Bay \\| Post") != std::string::npos);  // table-safe names
  REQUIRE(md.find("Coast Daily (quantity): “about two hours”") != std::string::npos);
  REQUIRE(md.find("~~") != std::string::npos);  // the word diff
  REQUIRE(md == to_markdown(rep));
}
