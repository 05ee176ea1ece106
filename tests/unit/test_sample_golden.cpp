// Golden test of the whole report on the built-in sample story: the planted
// conflicts, quote variants, name variants, agreements and single-source facts
// (tests/golden/sample-story/expected.tsv) are found with the right sources and
// spans; the JSON has the schema's fields. Not a byte-for-byte comparison.
#include <catch2/catch.hpp>

#include <fstream>
#include <simdjson.h>
#include <sstream>

#include "corroborate/corroborate.h"
#include "test_files.h"

using namespace corroborate;

namespace {

using test_files::read_file;

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) out.push_back(cur), cur.clear();
    else cur += c;
  }
  out.push_back(cur);
  return out;
}

struct Story {
  std::vector<ArticleInput> articles;
};

Story load_story() {
  const std::string dir = std::string(CORROBORATE_SOURCE_DIR) + "/samples/sample-story/";
  std::string json = read_file(dir + "story.json");
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  REQUIRE(parser.parse(json).get(doc) == simdjson::SUCCESS);
  simdjson::dom::array arts;
  REQUIRE(doc["articles"].get(arts) == simdjson::SUCCESS);
  Story story;
  for (simdjson::dom::element a : arts) {
    std::string_view id, name, file;
    REQUIRE(a["id"].get(id) == simdjson::SUCCESS);
    REQUIRE(a["name"].get(name) == simdjson::SUCCESS);
    REQUIRE(a["file"].get(file) == simdjson::SUCCESS);
    std::string content = read_file(dir + std::string(file));
    REQUIRE_FALSE(content.empty());
    story.articles.push_back({std::string(id), std::string(name), content, {}});
  }
  return story;
}

std::string ids_of(const Report& r, const std::vector<uint32_t>& s) {
  std::string out;
  for (uint32_t i : s) out += (out.empty() ? "" : ",") + r.sources[i].id;
  return out;
}

const char* const kKinds[] = {"conflict", "quote_variant", "name_variant", "agreement", "unique"};

}  // namespace

TEST_CASE("sample story: every planted finding is found with its sources and spans", "[golden][compare]") {
  Story story = load_story();
  REQUIRE(story.articles.size() == 4);
  Result<Report> result = compare(story.articles);
  REQUIRE(result.ok());
  const Report& r = result.value();
  for (const SourceReport& s : r.sources) REQUIRE(s.error.empty());

  // Every evidence span is the excerpt, in the main text and (for text input) in the input too.
  for (const Finding& f : r.findings)
    for (const Evidence& e : f.evidence) {
      const SourceReport& s = r.sources[e.source];
      REQUIRE(e.text.of(s.extraction.text) == e.excerpt);
      if (s.extraction.format == InputFormat::text)
        REQUIRE(e.input.of(story.articles[e.source].content) == e.excerpt);
      REQUIRE(e.input.end <= story.articles[e.source].content.size());
    }

  std::string expected = read_file(std::string(CORROBORATE_SOURCE_DIR) + "/tests/golden/sample-story/expected.tsv");
  int checked = 0;
  for (const std::string& line : split(expected, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> col = split(line, '\t');
    REQUIRE(col.size() == 4);
    INFO("expected: " << line);
    const Finding* hit = nullptr;
    for (const Finding& f : r.findings)
      if (kKinds[static_cast<int>(f.kind)] == col[0] && f.summary.find(col[1]) != std::string::npos) hit = &f;
    REQUIRE(hit);
    INFO("found: " << hit->summary);
    REQUIRE(ids_of(r, hit->sources) == col[2]);
    for (const std::string& check : split(col[3], ';')) {
      if (check.empty()) continue;
      std::size_t op = check.find_first_of("=~");
      REQUIRE(op != std::string::npos);
      std::string id = check.substr(0, op), want = check.substr(op + 1);
      bool ok = false;
      for (const Evidence& e : hit->evidence) {
        if (r.sources[e.source].id != id) continue;
        ok = ok || (check[op] == '=' ? e.excerpt == want : e.excerpt.find(want) != std::string::npos);
      }
      INFO("evidence check: " << check);
      REQUIRE(ok);
    }
    ++checked;
  }
  REQUIRE(checked >= 14);

  // Order: kinds in report order, most sources first among agreements.
  for (std::size_t i = 1; i < r.findings.size(); ++i)
    REQUIRE(static_cast<int>(r.findings[i - 1].kind) <= static_cast<int>(r.findings[i].kind));
}

TEST_CASE("sample story: JSON and Markdown reports", "[golden][report]") {
  Story story = load_story();
  Result<Report> result = compare(story.articles);
  REQUIRE(result.ok());
  std::string json = to_json(result.value());
  REQUIRE(json == to_json(compare(story.articles).value()));  // deterministic
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  REQUIRE(parser.parse(json).get(doc) == simdjson::SUCCESS);
  int64_t conflicts = 0, sources = 0;
  REQUIRE(doc["summary"]["conflicts"].get(conflicts) == simdjson::SUCCESS);
  REQUIRE(doc["summary"]["sources"].get(sources) == simdjson::SUCCESS);
  REQUIRE(conflicts >= 4);
  REQUIRE(sources == 4);
  simdjson::dom::array findings;
  REQUIRE(doc["findings"].get(findings) == simdjson::SUCCESS);
  for (simdjson::dom::element f : findings)
    for (const char* k : {"id", "kind", "topic", "summary", "sources", "values", "evidence", "diff", "importance"}) {
      INFO(k);
      REQUIRE(f[k].error() == simdjson::SUCCESS);
    }
  std::string md = to_markdown(result.value());
  REQUIRE(md.find("## Conflicts") != std::string::npos);
  REQUIRE(md.find("Northgate Press (quantity): “nearly five hours”") != std::string::npos);
}
