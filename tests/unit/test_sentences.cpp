// Sentence splitting and quotation regions. Texts are invented.
#include <catch2/catch.hpp>

#include <chrono>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "sentences.h"
#include "tokens.h"

using namespace corroborate;

namespace {
std::vector<std::string> sentences_of(const std::string& text) {
  TextLayout layout;
  split_sentences(text, layout);
  std::vector<std::string> out;
  for (const Sentence& s : layout.sentences) out.emplace_back(s.span.of(text));
  return out;
}

// The text splits into `count` sentences; the listed ones (by index) read as given.
void check_sentences(const std::string& text, std::size_t count,
                     std::initializer_list<std::pair<std::size_t, const char*>> expected) {
  const auto s = sentences_of(text);
  REQUIRE(s.size() == count);
  for (const auto& [i, sentence] : expected) CHECK(s[i] == sentence);
}

std::vector<std::string> quotes_of(const std::string& text, const TextLayout& layout) {
  std::vector<std::string> q;
  for (const auto& r : layout.quotes) q.emplace_back(r.content.of(text));
  return q;
}
}  // namespace

TEST_CASE("abbreviations, initials and decimals do not end sentences", "[sentences]") {
  const std::string text =
      "Mr. Okafor met Gen. T. R. Lindqvist in the U.S. capital on Jan. 12 at 3.30 p.m. local time. "
      "Costs rose 1.5 percent, e.g. for fuel, as Dr. Haas et al. reported. It ended.";
  check_sentences(text, 3,
                  {{0, "Mr. Okafor met Gen. T. R. Lindqvist in the U.S. capital on Jan. 12 at 3.30 p.m. local time."},
                   {1, "Costs rose 1.5 percent, e.g. for fuel, as Dr. Haas et al. reported."},
                   {2, "It ended."}});
}

TEST_CASE("a dotted acronym ends a sentence only before a function word", "[sentences]") {
  check_sentences("The envoy flew to the U.S. The talks begin Monday. U.S. officials agreed.", 3,
                  {{0, "The envoy flew to the U.S."}, {2, "U.S. officials agreed."}});
}

TEST_CASE("quotations spanning sentences stay whole; .” ends after the mark", "[sentences]") {
  const std::string text =
      "“We came in good faith. We leave with hope,” the envoy said. “Nothing is settled.” Talks resume.";
  check_sentences(text, 3,
                  {{0, "“We came in good faith. We leave with hope,” the envoy said."},
                   {1, "“Nothing is settled.”"},
                   {2, "Talks resume."}});
}

TEST_CASE("a quotation that is the whole paragraph is split into its sentences", "[sentences]") {
  const std::string text = "“We came in good faith. We leave with hope.”\n\nShe left.";
  TextLayout layout;
  split_sentences(text, layout);
  REQUIRE(layout.sentences.size() == 3);
  CHECK(layout.sentences[0].span.of(text) == "“We came in good faith.");
  CHECK(layout.sentences[2].paragraph == 1);
  REQUIRE(layout.quotes.size() == 1);
  CHECK(layout.quotes[0].content.of(text) == "We came in good faith. We leave with hope.");
}

TEST_CASE("German, French and straight quotes; a closing mark written as an opening one", "[sentences]") {
  const std::string text =
      "Er sagte „Wir reden weiter. Bald.“ Dann ging er. Elle a dit « Non. Jamais. » Puis rien. "
      "He said \"No. Never.\" Then left. They vowed a “firm and united answer“ to any attack. Done.";
  TextLayout layout;
  split_sentences(text, layout);
  REQUIRE(quotes_of(text, layout) ==
          std::vector<std::string>{"Wir reden weiter. Bald.", "Non. Jamais.", "No. Never.", "firm and united answer"});
  REQUIRE(layout.sentences.size() == 7);
  CHECK(layout.sentences[0].span.of(text) == "Er sagte „Wir reden weiter. Bald.“");
  CHECK(layout.sentences[5].span.of(text) == "They vowed a “firm and united answer“ to any attack.");
}

TEST_CASE("an unclosed quotation recovers at the paragraph end", "[sentences]") {
  const std::string text = "“We stand ready. We will not wait, the minister said.\n\nNext paragraph here.";
  TextLayout layout;
  split_sentences(text, layout);
  REQUIRE(layout.quotes.size() == 1);
  CHECK_FALSE(layout.quotes[0].closed);
  CHECK(layout.quotes[0].content.of(text) == "We stand ready. We will not wait, the minister said.");
  REQUIRE(layout.sentences.size() == 3);
  CHECK(layout.sentences[2].span.of(text) == "Next paragraph here.");
  CHECK(layout.sentences[2].paragraph == 1);
}

TEST_CASE("dialogue dashes, ellipses and non-Latin terminators", "[sentences]") {
  check_sentences("– We will see. – Maybe not… Who knows? 会谈结束了。双方同意。هل انتهى؟ نعم.", 7,
                  {{0, "– We will see."}, {1, "– Maybe not…"}, {3, "会谈结束了。"}, {5, "هل انتهى؟"}});
}

TEST_CASE("odd inputs end in bounded time", "[sentences]") {
  TextLayout layout;
  split_sentences("", layout);
  CHECK(layout.sentences.empty());
  split_sentences("\"\"\"“”„«»'’", layout);
  std::string big(1 << 20, 'a');
  for (std::size_t i = 7; i < big.size(); i += 11) big[i] = ' ';
  const auto t0 = std::chrono::steady_clock::now();
  split_sentences(big, layout);
  REQUIRE(layout.sentences.size() == 1);
  std::string quotes(200000, '"');
  split_sentences(quotes, layout);
  std::string junk;
  for (unsigned i = 0; i < 300000; ++i) junk.push_back(static_cast<char>((i * 7919u) & 0xFFu));
  split_sentences(junk, layout);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  CHECK(ms < 2000);
}

TEST_CASE("tokens: folding, stemming and content terms", "[sentences]") {
  CHECK(fold("Zelenskyy ÉCOLE Straße Łódź") == "zelenskyy ecole strasse lodz");
  CHECK(stem("talks") == "talk");
  CHECK(stem("agreed") == stem("agree"));
  CHECK(stem("meeting") == "meet");
  const std::string text = "The ministers didn’t agree on Russia’s 12 demands.";
  std::vector<std::string> terms;
  content_terms(text, Span{0, static_cast<uint32_t>(text.size())}, terms);
  CHECK(terms == std::vector<std::string>{"minister", "agre", "russia", "12", "demand"});
}

TEST_CASE("single quotes: straight and curly, apostrophes inside and around them, nested in double quotes", "[sentences]") {
  const std::string text =
      "Kaya vowed a 'swift and firm answer to any attack' by Valdora. "
      "The board’s chair called the plan ‘the harbour’s last chance’ on Monday. "
      "“They told us ‘no’ twice,” Kaya said. Sailors’ wages rose. It's late.";
  TextLayout layout;
  split_sentences(text, layout);
  CHECK(quotes_of(text, layout) == std::vector<std::string>{"swift and firm answer to any attack",
                                                            "the harbour’s last chance", "They told us ‘no’ twice,"});
  REQUIRE(layout.sentences.size() == 5);
  CHECK(layout.sentences[3].span.of(text) == "Sailors’ wages rose.");
}

TEST_CASE("titles and abbreviations before names, St., No., a.m., and a sentence ending in an abbreviation", "[sentences]") {
  check_sentences(
      "Sen. Ana Ruiz and Lt. Gen. P. K. Oduya met at St. Mary's at 9 a.m. on Sept. 3. "
      "The vote was No. 4 of 12. Pay rose 2.5% vs. 2.1% in Dec. They met Prof. Li at 10 a.m. Then they left.",
      5,
      {{0, "Sen. Ana Ruiz and Lt. Gen. P. K. Oduya met at St. Mary's at 9 a.m. on Sept. 3."},
       {1, "The vote was No. 4 of 12."},
       {2, "Pay rose 2.5% vs. 2.1% in Dec."},  // an abbreviation ends the sentence before a function word
       {3, "They met Prof. Li at 10 a.m."},
       {4, "Then they left."}});
}
