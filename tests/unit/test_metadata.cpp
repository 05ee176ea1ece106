#include <catch2/catch.hpp>

#include <string>

#include "corroborate/extract.h"
#include "metadata.h"

using namespace corroborate;

namespace {
Metadata meta_of(const std::string& html) {
  auto r = extract(html, ExtractOptions{InputFormat::html});
  REQUIRE(r.ok());
  return r->meta;
}
const std::string kBody = "<body><article><p>The council voted on Tuesday to extend the ferry service to the island for another ten years.</p></article></body>";
}  // namespace

TEST_CASE("dates normalise to ISO 8601", "[metadata][dates]") {
  CHECK(normalize_date("2031-04-17T08:30:00+01:00") == "2031-04-17T08:30:00+01:00");
  CHECK(normalize_date("2031-04-17") == "2031-04-17");
  CHECK(normalize_date("2031/04/17") == "2031-04-17");
  CHECK(normalize_date("April 17, 2031") == "2031-04-17");
  CHECK(normalize_date("17 April 2031") == "2031-04-17");
  CHECK(normalize_date("17. April 2031") == "2031-04-17");
  CHECK(normalize_date("17 avril 2031") == "2031-04-17");
  CHECK(normalize_date("Thu, 17 Apr 2031 08:30:00 GMT") == "2031-04-17");
  CHECK(normalize_date("2031-13-45").empty());
  CHECK(normalize_date("yesterday").empty());
  CHECK(normalize_date("").empty());
}

TEST_CASE("meta tags: og, article, name=author, html lang, canonical", "[metadata]") {
  Metadata m = meta_of(
      "<html lang='en_gb'><head><title>Ferry deal extended - Island Post</title>"
      "<meta property='og:site_name' content='Island Post'>"
      "<meta name='author' content='Ana Ruiz and Ben Cole'>"
      "<meta property='article:published_time' content='2030-02-01T10:00:00Z'>"
      "<meta property='article:author' content='https://island.example/ana'>"
      "<link rel='canonical' href='https://island.example/ferry'></head>" + kBody);
  CHECK(m.title == "Ferry deal extended");
  CHECK(m.site_name == "Island Post");
  CHECK(m.authors == std::vector<std::string>{"Ana Ruiz", "Ben Cole"});
  CHECK(m.date_published == "2030-02-01T10:00:00Z");
  CHECK(m.language == "en-GB");
  CHECK(m.url == "https://island.example/ferry");
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
  CHECK(m.date_published == "2030-02-01");
  CHECK(m.date_modified == "2030-02-02T09:00:00Z");
  CHECK(m.site_name == "Island Post");
  CHECK(m.language == "en");
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
  CHECK(m.site_name == "island.example");
  CHECK(m.title == "Ferry deal extended");
  CHECK(m.byline == "By Ana Ruiz");
  CHECK(m.authors == std::vector<std::string>{"Ana Ruiz"});
}

TEST_CASE("split_authors handles prefixes and separators in several languages", "[metadata]") {
  CHECK(split_authors("By Jane Roe and Ali Kaya") == std::vector<std::string>{"Jane Roe", "Ali Kaya"});
  CHECK(split_authors("Von Jonas Albrecht und Eva Roth") == std::vector<std::string>{"Jonas Albrecht", "Eva Roth"});
  CHECK(split_authors("Jane Roe, Ali Kaya & Li Wei") == std::vector<std::string>{"Jane Roe", "Ali Kaya", "Li Wei"});
}
