#include <catch2/catch.hpp>

#include "corroborate/json_writer.h"
#include "corroborate/result.h"
#include "corroborate/span.h"

using namespace corroborate;

TEST_CASE("json writer escapes and nests", "[json]") {
  JsonWriter w;
  w.begin_object().field("a", "x\"y\n\x01").key("b").begin_array().value(1).value(2.5).value(true).null().end_array().end_object();
  REQUIRE(w.str() == R"({"a":"x\"y\n\u0001","b":[1,2.5,true,null]})");
}

TEST_CASE("offset map maps runs and span ends", "[span]") {
  OffsetMap m;
  REQUIRE(m.to_input(7) == 7);
  m.add(0, 10);   // derived [0,5) = input [10,15)
  m.add(5, 40);   // derived [5,..) = input [40,..)
  REQUIRE(m.to_input(0) == 10);
  REQUIRE(m.to_input(4) == 14);
  REQUIRE(m.to_input(5) == 40);
  Span s = m.to_input(Span{2, 5});
  REQUIRE(s.begin == 12);
  REQUIRE(s.end == 15);  // the end stays in the first run
}

TEST_CASE("result carries a value or an error", "[result]") {
  Result<int> good(3);
  REQUIRE(good.ok());
  REQUIRE(good.value() == 3);
  auto bad = Result<int>::failure(ErrorCode::empty_input, "no text");
  REQUIRE_FALSE(bad.ok());
  REQUIRE(std::string(error_code_name(bad.error().code)) == "empty_input");
}

TEST_CASE("utf16 index counts code units", "[span]") {
  std::string s = "a\xE2\x80\x94" "b\xF0\x9F\x98\x80" "c";  // a — b 😀 c
  Utf16Index idx(s);
  REQUIRE(idx.at(0) == 0);
  REQUIRE(idx.at(1) == 1);
  REQUIRE(idx.at(4) == 2);   // after the em dash (3 bytes, 1 unit)
  REQUIRE(idx.at(5) == 3);
  REQUIRE(idx.at(9) == 5);   // the emoji is a surrogate pair
  REQUIRE(idx.at(10) == 6);
  REQUIRE(idx.at(99) == 6);
  std::string big(200, 'x');
  REQUIRE(Utf16Index(big).at(130) == 130);
}
