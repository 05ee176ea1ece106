// Limits and hostile inputs through the public entry points: every input gives
// a result or a clear error, in bounded time, never a crash.
#include <catch2/catch.hpp>

#include <ctime>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"

using namespace corroborate;

namespace {

// Time bounds are only meaningful in an optimised build without sanitizers.
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__) && !defined(__OPTIMIZE_SIZE__)
constexpr bool kTimed = true;
#else
constexpr bool kTimed = false;
#endif
constexpr double kGenerousSeconds = 5.0;

// CPU seconds: wall-clock bounds fail when other work shares the machine.
double seconds_since(std::clock_t t0) {
  return static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
}

// A result, or one of the errors a reader can act on — never internal.
void check_clear(const Result<Extraction>& r) {
  if (r.ok()) return;
  CHECK(r.error().code != ErrorCode::internal);
  CHECK(r.error().code != ErrorCode::ok);
  CHECK_FALSE(r.error().message.empty());
}

const char* kParagraph =
    "The council of Brennhaven voted on Thursday to rebuild the old grain pier, "
    "a project the mayor, Ilka Sorensen, said would cost about 4.2 million crowns. ";

std::string article_text(int variant) {
  std::string s = "Brennhaven pier to be rebuilt\n\nBy Staff Reporter\n\n";
  for (int i = 0; i < 8; ++i) {
    s += kParagraph;
    s += "Work is expected to start in " + std::to_string(3 + (variant + i) % 9) + " weeks.\n\n";
  }
  s += "\"We have waited long enough,\" Sorensen told the council.\n\nShare this article\n";
  return s;
}

}  // namespace

TEST_CASE("empty and whitespace-only input is empty_input", "[robustness]") {
  for (const char* s : {"", " ", "\n\n\t  \r\n"}) {
    auto r = extract(s);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::empty_input);
  }
  auto html = extract("<html><body>   </body></html>", {});
  check_clear(html);
}

TEST_CASE("binary junk and NUL bytes give a result or binary_input", "[robustness]") {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 100000; ++i) {
    x = x * 1103515245u + 12345u;  // deterministic noise
    junk.push_back(static_cast<char>(x >> 24));
  }
  auto r = extract(junk);
  check_clear(r);
  if (!r.ok()) CHECK(r.error().code == ErrorCode::binary_input);

  std::string with_nul = article_text(0);
  with_nul[40] = '\0';
  with_nul[200] = '\0';
  check_clear(extract(with_nul));
  check_clear(extract(std::string(5000, '\0')));
}

TEST_CASE("invalid UTF-8 is repaired or read as a legacy encoding, not rejected", "[robustness]") {
  std::string s = article_text(1);
  s.insert(60, "\xC3\x28 \xE2\x82 \xF0\x28\x8C\xBC \xFF\xFE \xC0\xAF");
  auto r = extract(s);
  REQUIRE(r.ok());
  CHECK((r->repaired || r->encoding != "utf-8"));
  CHECK(r->text.find("Brennhaven") != std::string::npos);
  // With real UTF-8 around it, the broken sequences must be repaired.
  std::string mixed = s + "\xE2\x80\x9CQuoted\xE2\x80\x9D \xE6\x97\xA5\xE6\x9C\xAC \xE2\x80\x94 ok.\n";
  for (int i = 0; i < 20; ++i) mixed += "\xC3\xA9t\xC3\xA9 \xE2\x80\x94 ";
  auto m = extract(mixed);
  REQUIRE(m.ok());
  CHECK(m->text.find("Brennhaven") != std::string::npos);
}

TEST_CASE("UTF-16 with a BOM is decoded", "[robustness]") {
  std::string u8 = article_text(2);
  std::string le = "\xFF\xFE", be = "\xFE\xFF";
  for (unsigned char c : u8) {  // the text is ASCII: one code unit per byte
    le.push_back(static_cast<char>(c));
    le.push_back('\0');
    be.push_back('\0');
    be.push_back(static_cast<char>(c));
  }
  for (const std::string& in : {le, be}) {
    auto r = extract(in);
    REQUIRE(r.ok());
    CHECK(r->encoding.find("utf-16") == 0);
    CHECK(r->text.find("grain pier") != std::string::npos);
  }
}

TEST_CASE("a declared encoding that does not match the bytes still gives text", "[robustness]") {
  // Declares windows-1252 but is UTF-8 (curly quotes, an em dash, a CJK word).
  std::string html =
      "<html><head><meta charset=\"windows-1252\"><title>Pier</title></head><body><article>"
      "<p>\xE2\x80\x9CWe have waited\xE2\x80\x9D \xE2\x80\x94 the mayor said. \xE6\x97\xA5\xE6\x9C\xAC</p>"
      "<p>" + std::string(kParagraph) + "</p></article></body></html>";
  auto r = extract(html);
  REQUIRE(r.ok());
  CHECK(r->text.find("grain pier") != std::string::npos);
  // Mixed: Latin-1 bytes inside a UTF-8 page.
  std::string mixed = article_text(3) + "Caf\xE9 on the quay, \xC3\xA9t\xC3\xA9 \xB1 2.\n";
  auto m = extract(mixed);
  REQUIRE(m.ok());
}

TEST_CASE("10,000-deep nesting is flattened in bounded time", "[robustness]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "<p>" + std::string(kParagraph) + "</p>";
  for (int i = 0; i < 10000; ++i) html += "</div>";
  html += "</body></html>";
  std::clock_t t0 = std::clock();
  auto r = extract(html);
  check_clear(r);
  if (r.ok()) CHECK(r->text.find("grain pier") != std::string::npos);
  // Unclosed and interleaved deep nesting too.
  std::string open;
  for (int i = 0; i < 10000; ++i) open += (i % 2) ? "<span><b>" : "<div><i>";
  check_clear(extract(open + "text"));
  if (kTimed) CHECK(seconds_since(t0) < kGenerousSeconds);
}

TEST_CASE("a megabyte without whitespace", "[robustness]") {
  std::string word(1 << 20, 'a');
  std::clock_t t0 = std::clock();
  check_clear(extract(word));
  check_clear(extract("<p>" + word + "</p>"));
  std::string tags;
  while (tags.size() < (1u << 20)) tags += "<b>x</b>";
  check_clear(extract(tags));
  std::string lt(1 << 20, '<');
  check_clear(extract(lt));
  if (kTimed) CHECK(seconds_since(t0) < kGenerousSeconds);
}

TEST_CASE("input size limit: over → input_too_large, within → result", "[robustness]") {
  ExtractOptions small;
  small.limits.max_input_bytes = 1000;
  std::string s = article_text(4);
  REQUIRE(s.size() > 1000);
  auto over = extract(s, small);
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().code == ErrorCode::input_too_large);
  small.limits.max_input_bytes = s.size();
  CHECK(extract(s, small).ok());
}

TEST_CASE("a 50 MB page within the default limit gives a result", "[robustness][large]") {
  const std::size_t target = 50u * 1000u * 1000u;  // under the 50 MiB default
  std::string html = "<html><head><title>Big page</title></head><body><article>";
  const std::string para = "<p>" + std::string(kParagraph) + "</p>\n";
  while (html.size() + para.size() < target) html += para;
  html += "</article></body></html>";
  std::clock_t t0 = std::clock();
  auto r = extract(html);
  REQUIRE(r.ok());
  CHECK(r->text.find("grain pier") != std::string::npos);  // repeated paragraphs may be shown once
  if (kTimed) CHECK(seconds_since(t0) < kGenerousSeconds * 2);
  html += std::string(ExtractOptions{}.limits.max_input_bytes, ' ');
  auto over = extract(html);
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().code == ErrorCode::input_too_large);
}

TEST_CASE("compare: no article, one article, a hundred, too many", "[robustness]") {
  auto none = compare({});
  if (!none.ok()) CHECK(none.error().code == ErrorCode::too_few_articles);

  auto one = compare({ArticleInput{"", "only", article_text(5), {}}});
  REQUIRE(one.ok());
  CHECK_FALSE(one->warnings.empty());

  std::vector<ArticleInput> many;
  for (int i = 0; i < 100; ++i) many.push_back({"", "outlet " + std::to_string(i), article_text(i), {}});
  std::clock_t t0 = std::clock();
  auto hundred = compare(many);
  REQUIRE(hundred.ok());
  CHECK(hundred->sources.size() == 100);
  if (kTimed) CHECK(seconds_since(t0) < kGenerousSeconds);

  CompareOptions capped;
  capped.extract.limits.max_articles = 3;
  many.resize(4);
  auto over = compare(many, capped);
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().code == ErrorCode::too_many_articles);
}

TEST_CASE("compare: unreadable articles are reported, the rest still compare", "[robustness]") {
  std::vector<ArticleInput> in = {
      {"a", "A", article_text(6), {}},
      {"b", "B", "", {}},
      {"c", "C", std::string("\x00\x01\x02\x03\x04\x05\x06\x07", 8) + std::string(3000, '\x01'), {}},
      {"d", "D", article_text(7), {}},
  };
  auto r = compare(in);
  REQUIRE(r.ok());
  REQUIRE(r->sources.size() == 4);
  CHECK(r->sources[0].error.empty());
  CHECK_FALSE(r->sources[1].error.empty());
  CHECK(r->sources[3].error.empty());
  CHECK_FALSE(to_json(r.value()).empty());
  CHECK_FALSE(to_markdown(r.value()).empty());
}

TEST_CASE("compare: hostile articles together", "[robustness]") {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<div>";
  std::vector<ArticleInput> in = {
      {"", "", deep + kParagraph, {}},
      {"", "", std::string(1 << 20, 'x'), {}},
      {"", "", "\xFF\xFE" + std::string(2000, 'a'), {}},
      {"", "", article_text(8), {}},
      {"", "", "\"\"\"\"\"\" said said said \"\"\" 1 2 3 % km million", {}},
  };
  auto r = compare(in);
  REQUIRE(r.ok());
  CHECK(r->sources.size() == in.size());
  CHECK_FALSE(to_json(r.value()).empty());
}
