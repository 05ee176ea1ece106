// normalize_input and looks_like_html: every encoding path, BOMs, repair with
// exact offsets, binary detection, limits, CR LF, NULs, huge unbroken input.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

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
  SECTION("UTF-8") {
    Decoded d = decode_ok("\xEF\xBB\xBFHi");
    REQUIRE(d.text == "Hi");
    REQUIRE(d.encoding == "utf-8");
    REQUIRE(d.map.to_input(0) == 3);
    REQUIRE(d.map.to_input(1) == 4);
  }
  SECTION("UTF-16LE") {
    Decoded d = decode_ok("\xFF\xFEH\0\xE9\0\n\0"s);
    REQUIRE(d.text == "H\xC3\xA9\n");
    REQUIRE(d.encoding == "utf-16le");
    REQUIRE(d.map.to_input(0) == 2);
    REQUIRE(d.map.to_input(1) == 4);  // é starts at input byte 4
    REQUIRE(d.map.to_input(3) == 6);  // LF after the 2-byte é
  }
  SECTION("UTF-16BE with a surrogate pair") {
    Decoded d = decode_ok("\xFE\xFF\0A\xD8\x3D\xDE\x00\0B"s);
    REQUIRE(d.text == "A\xF0\x9F\x98\x80" "B");
    REQUIRE(d.encoding == "utf-16be");
    REQUIRE(d.map.to_input(5) == 8);  // B after the 4-byte pair
  }
  SECTION("UTF-32LE") {
    Decoded d = decode_ok("\xFF\xFE\0\0H\0\0\0i\0\0\0"s);
    REQUIRE(d.text == "Hi");
    REQUIRE(d.encoding == "utf-32le");
    REQUIRE(d.map.to_input(1) == 8);
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
  SECTION("ISO-8859-1 via http-equiv means windows-1252") {
    Decoded d = decode_ok("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">na\xEFve");
    REQUIRE(d.encoding == "windows-1252");
    REQUIRE(d.text.find("na\xC3\xAFve") != std::string::npos);
  }
  SECTION("KOI8-R") {
    Decoded d = decode_ok("<meta charset=koi8-r>\xF0\xD2\xC9\xD7\xC5\xD4");
    REQUIRE(d.encoding == "koi8-r");
    REQUIRE(d.text.find("Привет") != std::string::npos);
  }
  SECTION("windows-1251") {
    Decoded d = decode_ok("<meta charset='windows-1251'>\xCF\xF0\xE8\xE2\xE5\xF2");
    REQUIRE(d.encoding == "windows-1251");
    REQUIRE(d.text.find("Привет") != std::string::npos);
  }
  SECTION("ISO-8859-15 has the euro sign") {
    Decoded d = decode_ok("<meta charset=iso-8859-15>5 \xA4");
    REQUIRE(d.text.find("5 \xE2\x82\xAC") != std::string::npos);
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
