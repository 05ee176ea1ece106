// JSON inputs of the CLI and the WASM bindings: options, article lists, JSONL lines.
#include <catch2/catch.hpp>

#include <string>

#include "corroborate/json_input.h"

using namespace corroborate;

TEST_CASE("options JSON: empty gives defaults, fields override", "[json_input]") {
  auto d = parse_options_json("  \n");
  REQUIRE(d.ok());
  CHECK(d->align_threshold == CompareOptions{}.align_threshold);

  auto o = parse_options_json(R"({"format":"html","max_input_bytes":1000,"max_nesting_depth":32,
      "max_articles":7,"align_threshold":0.5,"quote_variant_threshold":0.25,
      "max_findings_per_kind":3,"include_unique":false,"keep_all":true,"restore":[4,9],
      "future_field":{"x":[1,2]}})");
  REQUIRE(o.ok());
  CHECK(o->extract.format == InputFormat::html);
  CHECK(o->extract.limits.max_input_bytes == 1000);
  CHECK(o->extract.limits.max_nesting_depth == 32);
  CHECK(o->extract.limits.max_articles == 7);
  CHECK(o->align_threshold == 0.5);
  CHECK(o->quote_variant_threshold == 0.25);
  CHECK(o->max_findings_per_kind == 3);
  CHECK_FALSE(o->include_unique);
  CHECK(o->extract.keep_all);
  CHECK(o->extract.restore == std::vector<uint32_t>{4, 9});
}

TEST_CASE("options JSON: wrong types and ranges are invalid_argument, bad JSON invalid_json", "[json_input]") {
  const char* wrong[] = {
      R"({"format":"pdf"})",           R"({"format":3})",
      R"({"max_input_bytes":-1})",     R"({"max_input_bytes":"big"})",
      R"({"max_input_bytes":1.5})",    R"({"align_threshold":1.5})",
      R"({"align_threshold":"x"})",    R"({"include_unique":1})",
      R"({"restore":[1,-2]})",         R"({"max_articles":0})",
      R"([1,2])",                      R"({"min_articles":9,"max_articles":3})",
  };
  for (const char* j : wrong) {
    INFO(j);
    auto r = parse_options_json(j);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::invalid_argument);
    CHECK_FALSE(r.error().message.empty());
  }
  for (const char* j : {"{", "{\"format\":}", "nul", "\xff\xfe{}"}) {
    auto r = parse_options_json(j);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::invalid_json);
  }
  auto whole = parse_options_json(R"({"max_input_bytes":1e6})");
  REQUIRE(whole.ok());
  CHECK(whole->extract.limits.max_input_bytes == 1000000);
}

TEST_CASE("options JSON overlays a base", "[json_input]") {
  CompareOptions base;
  base.include_unique = false;
  base.extract.format = InputFormat::text;
  auto o = parse_options_json(R"({"keep_all":true})", base);
  REQUIRE(o.ok());
  CHECK_FALSE(o->include_unique);
  CHECK(o->extract.format == InputFormat::text);
  CHECK(o->extract.keep_all);
}

TEST_CASE("articles JSON: strings, objects, story objects", "[json_input]") {
  auto a = parse_articles_json(R"(["First report.", {"id":"b","name":"The Harbor Gazette",
      "html":"<p>Second — “report”.</p>","restore":[12]}, {"text":"Third."}])");
  REQUIRE(a.ok());
  REQUIRE(a->size() == 3);
  CHECK(a.value()[0].content == "First report.");
  CHECK(a.value()[0].id.empty());
  CHECK(a.value()[1].id == "b");
  CHECK(a.value()[1].name == "The Harbor Gazette");
  CHECK(a.value()[1].content == "<p>Second \xE2\x80\x94 \xE2\x80\x9Creport\xE2\x80\x9D.</p>");
  CHECK(a.value()[1].restore == std::vector<uint32_t>{12});
  CHECK(a.value()[2].content == "Third.");

  auto story = parse_articles_json(R"({"title":"x","articles":[{"id":1,"content":"A"}]})");
  REQUIRE(story.ok());
  REQUIRE(story->size() == 1);
  CHECK(story.value()[0].id == "1");

  auto empty = parse_articles_json("[]");
  REQUIRE(empty.ok());
  CHECK(empty->empty());
}

TEST_CASE("articles JSON: errors name the article", "[json_input]") {
  auto bad = parse_articles_json(R"(["ok", 5])");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == ErrorCode::invalid_argument);
  CHECK(bad.error().message.find("article 2") != std::string::npos);
  auto none = parse_articles_json(R"([{"id":"x"}])");
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message.find("missing") != std::string::npos);
  auto two = parse_articles_json(R"([{"html":"a","text":"b"}])");
  REQUIRE_FALSE(two.ok());
  CHECK(parse_articles_json(R"({"a":1})").error().code == ErrorCode::invalid_argument);
  CHECK(parse_articles_json("[\"unterminated").error().code == ErrorCode::invalid_json);
}

TEST_CASE("JSONL line: id and content with format", "[json_input]") {
  auto h = parse_jsonl_line(R"({"id":"p1","html":"<p>x</p>","name":"n"})");
  REQUIRE(h.ok());
  CHECK(h->id == "p1");
  CHECK(h->content == "<p>x</p>");
  CHECK(h->format == InputFormat::html);
  CHECK(h->name == "n");
  auto t = parse_jsonl_line(R"({"text":"plain","id":42})");
  REQUIRE(t.ok());
  CHECK(t->id == "42");
  CHECK(t->format == InputFormat::text);
  auto c = parse_jsonl_line(R"({"id":"c","content":"either"})");
  REQUIRE(c.ok());
  CHECK(c->format == InputFormat::auto_detect);
}

TEST_CASE("JSONL line: bad lines give errors, the id is still recoverable", "[json_input]") {
  CHECK(parse_jsonl_line("").error().code == ErrorCode::invalid_json);
  CHECK(parse_jsonl_line("{\"id\":").error().code == ErrorCode::invalid_json);
  CHECK(parse_jsonl_line("[1]").error().code == ErrorCode::invalid_argument);
  auto no_id = parse_jsonl_line(R"({"html":"<p>x</p>"})");
  REQUIRE_FALSE(no_id.ok());
  CHECK(no_id.error().message.find("id") != std::string::npos);
  auto no_content = parse_jsonl_line(R"({"id":"k"})");
  REQUIRE_FALSE(no_content.ok());
  CHECK(jsonl_line_id(R"({"id":"k"})") == "k");
  CHECK(jsonl_line_id(R"({"id":7,"html":3})") == "7");
  CHECK(jsonl_line_id("not json").empty());
  // Lines cut short still give their id when it comes first.
  CHECK(jsonl_line_id(R"({"id":"cut1","html":)") == "cut1");
  CHECK(jsonl_line_id(R"({"id" : 12, "text":"x",,})") == "12");
  CHECK(jsonl_line_id(R"({"id":"a\"b","html":)").empty());
  CHECK(jsonl_line_id("{\"id\":\"\xff\xfe\",").empty());
  CHECK(jsonl_line_id(R"({"id":)").empty());
  CHECK(jsonl_line_id(R"({"id":[1]})").empty());
  // Deep nesting is a parse error, not a stack overflow.
  std::string deep(100000, '[');
  CHECK(parse_jsonl_line(deep).error().code == ErrorCode::invalid_json);
}

TEST_CASE("JSONL story line: id, articles, per-story options", "[json_input]") {
  CompareOptions base;
  base.max_findings_per_kind = 5;
  auto s = parse_jsonl_story(R"({"id":"st","articles":["a",{"id":"b","text":"b"}],
      "options":{"include_unique":false}})", base);
  REQUIRE(s.ok());
  CHECK(s->id == "st");
  CHECK(s->articles.size() == 2);
  CHECK_FALSE(s->options.include_unique);
  CHECK(s->options.max_findings_per_kind == 5);
  CHECK(parse_jsonl_story(R"({"articles":[]})").error().code == ErrorCode::invalid_argument);
  CHECK(parse_jsonl_story(R"({"id":"x"})").error().code == ErrorCode::invalid_argument);
  CHECK(parse_jsonl_story(R"({"id":"x","articles":[],"options":{"keep_all":2}})").error().code ==
        ErrorCode::invalid_argument);
}

TEST_CASE("input format names round-trip", "[json_input]") {
  for (InputFormat f : {InputFormat::auto_detect, InputFormat::html, InputFormat::text}) {
    InputFormat back = InputFormat::text;
    REQUIRE(parse_input_format(input_format_name(f), back));
    CHECK(back == f);
  }
  InputFormat x;
  CHECK_FALSE(parse_input_format("HTML5", x));
}

TEST_CASE("story JSON: files are loaded through the loader", "[json_input]") {
  std::vector<std::string> asked;
  StoryFileLoader loader = [&](std::string_view f) -> Result<std::string> {
    asked.emplace_back(f);
    if (f == "missing.txt") return Error{ErrorCode::invalid_argument, "no such file: missing.txt"};
    return "bytes of " + std::string(f);
  };
  auto s = parse_story_json(R"({"title":"t","articles":[{"id":"s1","name":"A","file":"a.txt"},
      {"id":"s2","text":"inline"}]})", loader);
  REQUIRE(s.ok());
  REQUIRE(s->size() == 2);
  CHECK(s.value()[0].content == "bytes of a.txt");
  CHECK(s.value()[0].name == "A");
  CHECK(s.value()[1].content == "inline");
  CHECK(asked == std::vector<std::string>{"a.txt"});
  auto bad = parse_story_json(R"({"articles":[{"file":"missing.txt"}]})", loader);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("missing.txt") != std::string::npos);
  // Without a loader "file" is not content.
  CHECK_FALSE(parse_articles_json(R"([{"file":"a.txt"}])").ok());
}
