#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "corroborate/extract.h"
#include "metadata.h"

using namespace corroborate;

namespace {
Metadata meta_of(const std::string& html) {
  auto r = extract(html, ExtractOptions{InputFormat::html});
  REQUIRE(r.ok());
  return r->meta;
}
// One expected text field of Metadata: which member, and its value.
struct Field {
  std::string Metadata::*member;
  const char* value;
};
void check_fields(const Metadata& m, std::initializer_list<Field> fields) {
  for (const Field& f : fields) CHECK(m.*f.member == f.value);
}
const std::string kBody = "<body><article><p>The council voted on Tuesday to extend the ferry service to the island for another ten years.</p></article></body>";
}  // namespace

TEST_CASE("dates normalise to ISO 8601", "[metadata][dates]") {
  struct Case {
    const char* input;
    const char* iso;  // "" = not a date
  };
  const Case cases[] = {
      {"2031-04-17T08:30:00+01:00", "2031-04-17T08:30:00+01:00"},
      {"2031-04-17", "2031-04-17"},
      {"2031/04/17", "2031-04-17"},
      {"April 17, 2031", "2031-04-17"},
      {"17 April 2031", "2031-04-17"},
      {"17. April 2031", "2031-04-17"},
      {"17 avril 2031", "2031-04-17"},
      {"Thu, 17 Apr 2031 08:30:00 GMT", "2031-04-17"},
      {"2031-13-45", ""},
      {"yesterday", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO("input: " << c.input);
    CHECK(normalize_date(c.input) == c.iso);
  }
}

TEST_CASE("meta tags: og, article, name=author, html lang, canonical", "[metadata]") {
  Metadata m = meta_of(
      "<html lang='en_gb'><head><title>Ferry deal extended - Island Post</title>"
      "<meta property='og:site_name' content='Island Post'>"
      "<meta name='author' content='Ana Ruiz and Ben Cole'>"
      "<meta property='article:published_time' content='2030-02-01T10:00:00Z'>"
      "<meta property='article:author' content='https://island.example/ana'>"
      "<link rel='canonical' href='https://island.example/ferry'></head>" + kBody);
  check_fields(m, {{&Metadata::title, "Ferry deal extended"},
                   {&Metadata::site_name, "Island Post"},
                   {&Metadata::date_published, "2030-02-01T10:00:00Z"},
                   {&Metadata::language, "en-GB"},
                   {&Metadata::url, "https://island.example/ferry"}});
  CHECK(m.authors == std::vector<std::string>{"Ana Ruiz", "Ben Cole"});
}

TEST_CASE("JSON-LD: @graph, author forms, publisher; beats meta tags", "[metadata][jsonld]") {
  Metadata m = meta_of(
      "<head><meta property='og:title' content='Meta title'>"
      "<script type='application/ld+json'>[{\"@type\":\"WebSite\",\"name\":\"x\"},"
      "{\"@graph\":[{\"@type\":[\"NewsArticle\"],\"headline\":\"Ferry deal &amp; vote\",\"author\":"
      "[\"Ana Ruiz\",{\"@type\":\"Person\",\"name\":\"Ben Cole\"}],\"datePublished\":\"2030-02-01\","
      "\"dateModified\":\"2030-02-02T09:00:00Z\",\"publisher\":{\"name\":\"Island Post\"},\"inLanguage\":\"en\"}]}]"
      "</script></head>" + kBody);
  CHECK(m.authors == std::vector<std::string>{"Ana Ruiz", "Ben Cole"});
  check_fields(m, {{&Metadata::date_published, "2030-02-01"},
                   {&Metadata::date_modified, "2030-02-02T09:00:00Z"},
                   {&Metadata::site_name, "Island Post"},
                   {&Metadata::language, "en"}});
}

TEST_CASE("JSON-LD: single author object; bad JSON-LD is ignored", "[metadata][jsonld]") {
  Metadata m = meta_of(
      "<head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"name\":\"Ana Ruiz\"}}</script>"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\": broken,,}</script>"
      "<script type=\"application/ld+json\">" + std::string(5000, '[') + "</script>"
      "<meta name='author' content='Someone Else'></head>" + kBody);
  CHECK(m.authors == std::vector<std::string>{"Ana Ruiz"});
}

TEST_CASE("site name falls back to the canonical host; byline from the page", "[metadata]") {
  Metadata m = meta_of("<head><link rel=canonical href='https://www.island.example/a/b'></head><body><article>"
                       "<h1>Ferry deal extended</h1><p class='byline'>By Ana Ruiz</p>"
                       "<p>The council voted on Tuesday to extend the ferry service to the island for another ten years.</p>"
                       "</article></body>");
  check_fields(m, {{&Metadata::site_name, "island.example"},
                   {&Metadata::title, "Ferry deal extended"},
                   {&Metadata::byline, "By Ana Ruiz"}});
  CHECK(m.authors == std::vector<std::string>{"Ana Ruiz"});
}

TEST_CASE("split_authors handles prefixes and separators in several languages", "[metadata]") {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"By Jane Roe and Ali Kaya", {"Jane Roe", "Ali Kaya"}},
      {"Von Jonas Albrecht und Eva Roth", {"Jonas Albrecht", "Eva Roth"}},
      {"Jane Roe, Ali Kaya & Li Wei", {"Jane Roe", "Ali Kaya", "Li Wei"}},
  };
  for (const auto& [byline, names] : cases) CHECK(split_authors(byline) == names);
}
