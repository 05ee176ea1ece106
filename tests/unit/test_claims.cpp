// Claims: one per sentence with its parts; terms, negation; odd inputs. Invented texts.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "corroborate/claims.h"
#include "entities.h"

using namespace corroborate;

TEST_CASE("one claim per sentence with quotes, quantities, dates, entities and terms", "[claims]") {
  const std::string text =
      "Minister Ali Kaya met Envoy Tomas Brevik in Valdora on Friday.\n\n"
      "The meeting lasted about 90 minutes, Kaya said.\n\n"
      "Brevik did not sign the accord.";
  Metadata meta;
  meta.date_published = "2022-01-21";
  const ArticleClaims a = extract_claims(text, meta);
  REQUIRE(a.claims.size() == 3);
  const Claim& c0 = a.claims[0];
  CHECK(c0.span.of(text) == "Minister Ali Kaya met Envoy Tomas Brevik in Valdora on Friday.");
  CHECK(c0.entities.size() == 3);
  REQUIRE(c0.dates.size() == 1);
  CHECK(a.dates[c0.dates[0]].iso == "2022-01-21");
  const Claim& c1 = a.claims[1];
  REQUIRE(c1.quantities.size() == 1);
  CHECK(a.quantities[c1.quantities[0]].value == 90);
  CHECK(c1.speaker == person_key("Kaya"));
  CHECK(c1.terms == std::vector<std::string>{"meet", "last", "90", "minut", "kaya", "said"});
  CHECK_FALSE(c1.negated);
  CHECK(a.claims[2].negated);
  CHECK(a.sentences[2].paragraph == 2);
}

TEST_CASE("odd inputs give a result in bounded time", "[claims]") {
  const auto t0 = std::chrono::steady_clock::now();
  CHECK(extract_claims("", Metadata{}).claims.empty());
  extract_claims("“”“”\"\"«»„“", Metadata{});
  std::string unbalanced = "“He said. “She said.\n\n“They said";
  extract_claims(unbalanced, Metadata{});
  std::string words;
  for (int i = 0; words.size() < (1u << 18); ++i) words += (i % 7 == 0) ? "Said Kaya 100,000 Friday " : "word ";
  const ArticleClaims big = extract_claims(words, Metadata{});
  CHECK(big.sentences.size() == 1);
  std::string junk;
  for (unsigned i = 0; i < 200000; ++i) junk.push_back(static_cast<char>((i * 7919u + 13u) & 0xFFu));
  extract_claims(junk, Metadata{});
  std::string quotes;
  for (int i = 0; i < 10000; ++i) quotes += "“a,” X said. ";
  extract_claims(quotes, Metadata{});
  // One huge quotation full of descriptions and conditions: no scan per description.
  std::string described = "“";
  while (described.size() < (1u << 18)) described += "if the talks were frank, a candid exchange, ";
  described += "” Kaya said.";
  const ArticleClaims d = extract_claims(described, Metadata{});
  CHECK(d.characterizations.size() > 1000);
  // One sentence with thousands of names, quotations and pronoun cues.
  std::string names = "Minister Ali Kaya met Jane Roe";
  while (names.size() < (1u << 18)) names += ", and Roe “went” when he said “x” to Kaya";
  extract_claims(names + ".", Metadata{});
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  CHECK(ms < 10000);  // generous: sanitizer builds on a loaded machine
}

TEST_CASE("characterizations: short quotations after a cue, descriptions inside quotes, conditions", "[claims]") {
  const std::string text =
      "Envoy Tomas Brevik met Minister Lena Sarrow in Valdora.\n\n"
      "Brevik described the talks as “open” and “detailed,” while Sarrow called them “a useful exchange.”\n\n"
      "“The discussion this morning with Minister Sarrow was frank and substantive,” Brevik said. "
      "“This was not a treaty, but a candid exchange of ideas.”\n\n"
      "Sarrow said the session was not “hostile.”\n\n"
      "Brevik said the leaders could meet if the talks were “useful and timely.”\n\n"
      "Sarrow accused Valdora of spreading “rumours.”";
  const ArticleClaims a = extract_claims(text, Metadata{});
  std::vector<std::string> values;
  for (const Characterization& c : a.characterizations) values.push_back(c.value);
  REQUIRE(values == std::vector<std::string>{"open and detailed", "a useful exchange", "frank and substantive",
                                             "candid", "hostile", "useful and timely"});
  const auto& cs = a.characterizations;
  CHECK(cs[0].speaker == person_key("Brevik"));
  CHECK(cs[0].subject == "meet");
  CHECK(cs[0].subject_span.of(text) == "talks");
  CHECK(cs[0].span.of(text) == "open” and “detailed");
  CHECK_FALSE(cs[0].in_quote);
  CHECK(cs[1].speaker == person_key("Sarrow"));
  CHECK(cs[1].subject_span.of(text) == "them");  // stands for the talks described just before
  CHECK(cs[2].speaker == person_key("Brevik"));
  CHECK(cs[2].in_quote);
  CHECK(cs[2].subject_span.of(text) == "discussion");
  CHECK(cs[2].span.of(text) == "frank and substantive");
  CHECK(cs[3].speaker == person_key("Brevik"));  // the quote continued in the next sentence
  CHECK(cs[3].in_quote);
  CHECK(cs[3].subject_span.of(text) == "exchange");
  CHECK(cs[4].negated);
  CHECK(cs[4].subject_span.of(text) == "session");
  CHECK(cs[5].hypothetical);
  for (std::size_t i = 0; i < 5; ++i) CHECK_FALSE(cs[i].hypothetical);
}

TEST_CASE("characterizations: the described thing's phrase, people and date; asides and shared subjects", "[claims]") {
  Metadata meta;
  meta.date_published = "2026-03-13";
  const std::string text =
      "Envoy Tomas Brevik met Minister Lena Sarrow in Valdora on Friday.\n\n"
      "“The discussion today with Minister Sarrow was frank,” Brevik said.\n\n"
      "Sarrow, speaking at her own news conference, described the talks as “calm.”\n\n"
      "Brevik said last month's meeting with Mayor Piet Dahl had been “tense.”\n\n"
      "Sarrow said the fees were fair and added that “nobody should pay twice.”";
  const ArticleClaims a = extract_claims(text, meta);
  REQUIRE(a.characterizations.size() == 3);
  const auto& cs = a.characterizations;
  CHECK(cs[0].subject_phrase.of(text) == "The discussion today with Minister Sarrow");
  CHECK(cs[0].participants == std::vector<std::string>{person_key("Sarrow")});
  REQUIRE(cs[0].date >= 0);
  CHECK(a.dates[static_cast<std::size_t>(cs[0].date)].iso == "2026-03-13");  // "today"
  CHECK(cs[1].speaker == person_key("Sarrow"));  // past the aside between the name and the verb
  CHECK(cs[1].subject_phrase.of(text) == "the talks");
  CHECK(cs[2].value == "tense");
  CHECK(cs[2].subject_phrase.of(text) == "last month's meeting with Mayor Piet Dahl");
  CHECK(cs[2].participants == std::vector<std::string>{person_key("Dahl")});
  REQUIRE(cs[2].date >= 0);
  CHECK(a.dates[static_cast<std::size_t>(cs[2].date)].iso == "2026-02");  // another meeting than Friday's
  bool shared = false;
  for (const Quote& q : a.quotes)
    if (q.content.of(text) == "nobody should pay twice") shared = q.speaker == person_key("Sarrow");
  CHECK(shared);  // "Sarrow said … and added": one subject for both verbs
}

TEST_CASE("characterizations without quotation marks", "[claims]") {
  const std::string text =
      "Envoy Tomas Brevik met Minister Lena Sarrow in Valdora.\n\n"
      "Brevik called the talks frank and useful. Sarrow described the meeting with Brevik as constructive, "
      "but warned that fees would stay. Brevik called Sarrow on Friday. Sarrow called the talks a first step.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  REQUIRE(a.characterizations.size() == 2);
  const auto& cs = a.characterizations;
  CHECK(cs[0].value == "frank and useful");
  CHECK(cs[0].speaker == person_key("Brevik"));
  CHECK(cs[0].quote == -1);
  CHECK(cs[1].value == "constructive");
  CHECK(cs[1].speaker == person_key("Sarrow"));
  CHECK(cs[1].subject_phrase.of(text) == "the meeting with Brevik");
  CHECK(cs[1].participants == std::vector<std::string>{person_key("Brevik")});
}
