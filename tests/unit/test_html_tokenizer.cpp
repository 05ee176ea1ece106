#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "html_tokenizer.h"

using namespace corroborate::html;

namespace {
struct Tok {
  TokenKind kind;
  std::string text;  // source bytes of the token
  Tag tag;
};
std::vector<Tok> tokens(std::string_view s) {
  std::vector<Tok> out;
  Tokenizer tz(s);
  for (Token t = tz.next(); t.kind != TokenKind::end; t = tz.next())
    out.push_back({t.kind, std::string(s.substr(t.begin, t.end - t.begin)), t.tag});
  return out;
}
}  // namespace

TEST_CASE("tokenizer splits tags and text and skips comments", "[html][tokenizer]") {
  auto t = tokens("<P class=x>Hi <b>there</b><!-- gone --> now</p>");
  REQUIRE(t.size() == 7);
  CHECK(t[0].kind == TokenKind::start_tag);
  CHECK(t[0].tag == Tag::p);  // case-insensitive
  CHECK(t[1].text == "Hi ");
  CHECK(t[3].text == "there");
  CHECK(t[4].kind == TokenKind::end_tag);
  CHECK(t[5].text == " now");
  CHECK(t[6].tag == Tag::p);
}

TEST_CASE("tokenizer keeps stray '<' as text and survives unterminated markup", "[html][tokenizer]") {
  auto t = tokens("a < b and 3<4 <");
  REQUIRE(t.size() == 1);
  CHECK(t[0].text == "a < b and 3<4 <");
  CHECK(tokens("<p>open <!-- never closed").size() == 2);
  CHECK(tokens("<div class=\"unterminated>text").back().text == "text");  // an open quote ends at the next '>'
  CHECK(tokens("<div class=\"never closed").size() == 1);                // the tag runs to the end: no loop
  CHECK(tokens("<![CDATA[x]]>y").back().text == "y");                      // CDATA is a bogus comment in HTML
}

TEST_CASE("script, style and title bodies are raw text", "[html][tokenizer]") {
  auto t = tokens("<script>if (a<b) x='</div>';</script><title>A &amp; B</title><p>x");
  REQUIRE(t.size() >= 6);
  CHECK(t[1].kind == TokenKind::raw_text);
  CHECK(t[1].text == "if (a<b) x='</div>';");
  CHECK(t[4].kind == TokenKind::raw_text);
  CHECK(t[4].tag == Tag::title);
  // An unclosed <title> ends at the next markup instead of swallowing the page.
  auto u = tokens("<title>Broken<p>Body text</p>");
  CHECK(u[1].text == "Broken");
  CHECK(u[3].text == "Body text");
}

TEST_CASE("attributes: quoted, unquoted, valueless, any case", "[html][tokenizer]") {
  std::string_view a = " CLASS='story body' id=main hidden data-x=\"a>b\"";
  CHECK(find_attr(a, "class") == "story body");
  CHECK(find_attr(a, "id") == "main");
  bool present = false;
  CHECK(find_attr(a, "hidden", &present).empty());
  CHECK(present);
  CHECK(find_attr(a, "data-x") == "a>b");
  CHECK(find_attr(a, "style").empty());
  auto t = tokens("<a title=\"x > y\" href=/z>link</a>");
  CHECK(t[1].text == "link");
}

TEST_CASE("entities: named, numeric, windows-1252 range, invalid", "[html][entities]") {
  CHECK(decode_text("&amp;&lt;&gt;&quot;&apos;") == "&<>\"'");
  CHECK(decode_text("caf&eacute; &euro;5 &mdash; &hellip;") == "caf\xC3\xA9 \xE2\x82\xAC" "5 \xE2\x80\x94 \xE2\x80\xA6");
  CHECK(decode_text("&#65;&#x42;&#X43;") == "ABC");
  CHECK(decode_text("&#147;quoted&#148;") == "\xE2\x80\x9Cquoted\xE2\x80\x9D");  // cp1252 curly quotes
  CHECK(decode_text("&#0;&#xD800;&#99999999999;") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(decode_text("&nosuch; & &amp") == "&nosuch; & &");
  CHECK(decode_text("  many \n\t spaces  ") == "many spaces");
}
