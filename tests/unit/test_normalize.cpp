// normalize_input and looks_like_html: every encoding path, BOMs, repair with
// exact offsets, binary detection, limits, CR LF, NULs, huge unbroken input.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "stages.h"

using namespace corroborate;
using namespace std::string_literals;

namespace {

Decoded decode_ok(const std::string& bytes, ExtractOptions opt = {}) {
  Result<Decoded> r = normalize_input(bytes, opt);
  INFO(r.error().message);
  REQUIRE(r.ok());
  return r.value();
}

ErrorCode decode_error(const std::string& bytes, ExtractOptions opt = {}) {
  Result<Decoded> r = normalize_input(bytes, opt);
  REQUIRE(!r.ok());
  REQUIRE(!r.error().message.empty());
  return r.error().code;
}

}  // namespace

TEST_CASE("empty and whitespace-only input are empty_input", "[normalize]") {
  REQUIRE(decode_error("") == ErrorCode::empty_input);
  REQUIRE(decode_error(" \n\t\r\n  ") == ErrorCode::empty_input);
  REQUIRE(decode_error("\xEF\xBB\xBF  \n") == ErrorCode::empty_input);  // BOM + blanks
}

TEST_CASE("input over the size limit is input_too_large", "[normalize]") {
  ExtractOptions opt;
  opt.limits.max_input_bytes = 10;
  REQUIRE(decode_error("0123456789A", opt) == ErrorCode::input_too_large);
  REQUIRE(decode_ok("0123456789", opt).text == "0123456789");
}

TEST_CASE("binary junk is binary_input, one stray NUL is not", "[normalize]") {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919 + 13) & 0xFF));
  REQUIRE(decode_error(junk) == ErrorCode::binary_input);
  std::string png = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1F\xF3\xFF\x61"s;
  REQUIRE(decode_error(png) == ErrorCode::binary_input);

  Decoded d = decode_ok("Hello\0 world"s);
  REQUIRE(d.text == "Hello world");  // NUL dropped
  REQUIRE(d.map.to_input(5) == 6);   // the space after it is input byte 6
  REQUIRE(d.map.to_input(2) == 2);
}

TEST_CASE("valid UTF-8 passes through unchanged with an identity map", "[normalize]") {
  std::string s = "Grüße — “quoted” 東京 😀\nline two";
  Decoded d = decode_ok(s);
  REQUIRE(d.text == s);
  REQUIRE(d.encoding == "utf-8");
  REQUIRE(d.map.empty());
  REQUIRE(!d.repaired);
}

TEST_CASE("BOMs select the encoding and are removed", "[normalize]") {
  struct Case {
    const char* name;
    std::string input;
    std::string text;
    const char* encoding;
    std::vector<std::pair<uint32_t, std::size_t>> map;  // text offset → input offset
  };
  const Case cases[] = {
      {"UTF-8", "\xEF\xBB\xBFHi", "Hi", "utf-8", {{0, 3}, {1, 4}}},
      // é starts at input byte 4; the LF after the 2-byte é at 6.
      {"UTF-16LE", "\xFF\xFEH\0\xE9\0\n\0"s, "H\xC3\xA9\n", "utf-16le", {{0, 2}, {1, 4}, {3, 6}}},
      // B after the 4-byte pair.
      {"UTF-16BE with a surrogate pair", "\xFE\xFF\0A\xD8\x3D\xDE\x00\0B"s, "A\xF0\x9F\x98\x80" "B", "utf-16be", {{5, 8}}},
      {"UTF-32LE", "\xFF\xFE\0\0H\0\0\0i\0\0\0"s, "Hi", "utf-32le", {{1, 8}}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      Decoded d = decode_ok(c.input);
      REQUIRE(d.text == c.text);
      REQUIRE(d.encoding == c.encoding);
      for (const auto& [out, in] : c.map) REQUIRE(d.map.to_input(out) == in);
    }
  }
}

TEST_CASE("BOM-less UTF-16 of ASCII text is recognised by its NUL pattern", "[normalize]") {
  std::string le;
  for (char c : std::string("Plain text saved as UTF-16 without a byte order mark.")) le += c, le += '\0';
  Decoded d = decode_ok(le);
  REQUIRE(d.encoding == "utf-16le");
  REQUIRE(d.text == "Plain text saved as UTF-16 without a byte order mark.");
}

TEST_CASE("a declared legacy charset is transcoded", "[normalize]") {
  SECTION("windows-1252 via meta charset") {
    Decoded d = decode_ok("<meta charset=\"windows-1252\"><p>caf\xE9 \x93q\x94</p>");
    REQUIRE(d.encoding == "windows-1252");
    REQUIRE(d.text == "<meta charset=\"windows-1252\"><p>caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D</p>");
    std::size_t e = d.text.find("\xC3\xA9");
    REQUIRE(d.map.to_input(static_cast<uint32_t>(e)) == e);
    REQUIRE(d.map.to_input(static_cast<uint32_t>(e + 2)) == e + 1);  // the space after é
  }
  struct Case {
    const char* name;
    const char* input;
    const char* encoding;  // nullptr: not checked
    const char* contains;  // UTF-8 the text must contain
  };
  const Case cases[] = {
      {"ISO-8859-1 via http-equiv means windows-1252",
       "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">na\xEFve", "windows-1252",
       "na\xC3\xAFve"},
      {"KOI8-R", "<meta charset=koi8-r>\xF0\xD2\xC9\xD7\xC5\xD4", "koi8-r", "Привет"},
      {"windows-1251", "<meta charset='windows-1251'>\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251", "Привет"},
      {"ISO-8859-15 has the euro sign", "<meta charset=iso-8859-15>5 \xA4", nullptr, "5 \xE2\x82\xAC"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      Decoded d = decode_ok(c.input);
      if (c.encoding) REQUIRE(d.encoding == c.encoding);
      REQUIRE(d.text.find(c.contains) != std::string::npos);
    }
  }
}

TEST_CASE("a stale legacy label on valid UTF-8 bytes is ignored", "[normalize]") {
  Decoded d = decode_ok("<meta charset=\"iso-8859-1\"><p>Grüße</p>");
  REQUIRE(d.encoding == "utf-8");
  REQUIRE(d.text.find("Grüße") != std::string::npos);
}

TEST_CASE("an unsupported declared charset falls back to UTF-8 with a note", "[normalize]") {
  Decoded d = decode_ok("<meta charset=\"shift_jis\"><p>text</p>");
  REQUIRE(d.encoding.find("shift_jis") != std::string::npos);
  REQUIRE(d.encoding.compare(0, 5, "utf-8") == 0);
}

TEST_CASE("undeclared text with isolated high bytes is windows-1252", "[normalize]") {
  Decoded d = decode_ok("It was a caf\xE9 in M\xFCnchen \x96 nice.");
  REQUIRE(d.encoding == "windows-1252");
  REQUIRE(d.text == "It was a caf\xC3\xA9 in M\xC3\xBCnchen \xE2\x80\x93 nice.");
  REQUIRE(!d.repaired);
}

TEST_CASE("invalid UTF-8 is repaired with U+FFFD at exact offsets", "[normalize]") {
  // Mostly valid UTF-8 (two multi-byte characters) with one bad byte.
  Decoded d = decode_ok("a\xC3\xA9\xFF" "b\xE2\x80\x94");
  REQUIRE(d.repaired);
  REQUIRE(d.encoding == "utf-8");
  REQUIRE(d.text == "a\xC3\xA9\xEF\xBF\xBD" "b\xE2\x80\x94");
  REQUIRE(d.map.to_input(3) == 3);  // U+FFFD ← the bad byte
  REQUIRE(d.map.to_input(6) == 4);  // b
  REQUIRE(d.map.to_input(7) == 5);  // em dash
  // A truncated 3-byte sequence is one maximal subpart → one U+FFFD.
  Decoded t = decode_ok("x\xE2\x80y \xC3\xA9 \xC3\xA9");
  REQUIRE(t.text == "x\xEF\xBF\xBDy \xC3\xA9 \xC3\xA9");
  REQUIRE(t.map.to_input(4) == 3);  // y
}

TEST_CASE("CR LF and lone CR become LF with the map kept", "[normalize]") {
  Decoded d = decode_ok("one\r\ntwo\rthree");
  REQUIRE(d.text == "one\ntwo\nthree");
  REQUIRE(d.map.to_input(4) == 5);  // t of "two"
  REQUIRE(d.map.to_input(8) == 9);  // t of "three" (lone CR kept its size)
}

TEST_CASE("a megabyte without whitespace decodes in bounded time", "[normalize]") {
  std::string big(1 << 20, 'x');
  auto t0 = std::chrono::steady_clock::now();
  Decoded d = decode_ok(big);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  REQUIRE(d.text.size() == big.size());
  REQUIRE(ms < 500);
  REQUIRE(!looks_like_html(d.text));
}

TEST_CASE("looks_like_html tells markup from pasted text", "[normalize]") {
  REQUIRE(looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>"));
  REQUIRE(looks_like_html("  \n<html lang=en><head><title>x</title></head>"));
  std::string fragment;
  for (int i = 0; i < 20; ++i) fragment += "<div class=\"row\"><a href=\"/x\">link</a></div>\n";
  REQUIRE(looks_like_html("Menu\n" + fragment));
  REQUIRE(!looks_like_html("The editor said the <b> tag was misused in the old template, and nobody noticed.\n"
                           "Second paragraph of the pasted article goes on without markup."));
  REQUIRE(!looks_like_html("Prices rose 3% <compared with> last year; a < b and c > d.\n"));
}
