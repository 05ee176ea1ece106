// Quotes and speakers through extract_claims. Texts, people and places are invented.
#include <catch2/catch.hpp>

#include <string>

#include "corroborate/claims.h"
#include "entities.h"

using namespace corroborate;

namespace {
const Quote* quote_with(const ArticleClaims& a, const std::string& text, const std::string& content) {
  for (const Quote& q : a.quotes)
    if (q.content.of(text) == content) return &q;
  return nullptr;
}
}  // namespace

TEST_CASE("direct quotes: speaker after, before, inverted, told reporters, colon", "[quotes]") {
  const std::string text =
      "Ruritanian Foreign Minister Ilya Dobrenko met Trade Secretary Maria Okafor in Valdora.\n\n"
      "“The talks were long but useful,” Dobrenko said after the meeting.\n\n"
      "“We made progress,” said Okafor.\n\n"
      "Okafor told reporters: “Nothing is agreed yet.”\n\n"
      "Dobrenko: “We will meet again.”\n\n"
      "“There is work left,” Okafor told reporters in the evening.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "The talks were long but useful");
  REQUIRE(q1);
  CHECK(q1->speaker == person_key("Dobrenko"));
  CHECK(q1->cue == "said");
  CHECK(q1->speaker_span.of(text) == "Dobrenko");
  CHECK(q1->whole.of(text) == "“The talks were long but useful,”");
  CHECK(q1->direct);
  CHECK_FALSE(q1->partial);
  const Quote* q2 = quote_with(a, text, "We made progress");
  REQUIRE(q2);
  CHECK(q2->speaker == person_key("Okafor"));
  const Quote* q3 = quote_with(a, text, "Nothing is agreed yet.");
  REQUIRE(q3);
  CHECK(q3->speaker == person_key("Okafor"));
  CHECK(q3->cue == "told reporters");
  const Quote* q4 = quote_with(a, text, "We will meet again.");
  REQUIRE(q4);
  CHECK(q4->speaker == person_key("Dobrenko"));
  CHECK(q4->cue == ":");
  const Quote* q5 = quote_with(a, text, "There is work left");
  REQUIRE(q5);
  CHECK(q5->speaker == person_key("Okafor"));
  CHECK(q5->cue == "told reporters");
}

TEST_CASE("partial quotes: described … as and called, two speakers in one sentence", "[quotes]") {
  const std::string text =
      "Envoy Tomas Brevik and Minister Lena Sarrow spoke in Valdora. Brevik described the talks as "
      "“open and detailed” while Sarrow called them “a useful, honest exchange.”";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "open and detailed");
  REQUIRE(q1);
  CHECK(q1->speaker == person_key("Brevik"));
  CHECK(q1->partial);
  CHECK(q1->cue == "described \xE2\x80\xA6 as");
  const Quote* q2 = quote_with(a, text, "a useful, honest exchange");
  REQUIRE(q2);
  CHECK(q2->speaker == person_key("Sarrow"));
  CHECK(q2->cue == "called");
  CHECK(q2->partial);
  REQUIRE(a.claims.size() == 2);
  CHECK(a.claims[1].quotes.size() == 2);
}

TEST_CASE("pronouns, continued quotes, titles linked to the person", "[quotes]") {
  const std::string text =
      "Secretary of State Jane Roe met Ruritanian Foreign Minister Ali Kaya on Monday.\n\n"
      "“We listened carefully,” she said. “And we were heard.”\n\n"
      "“Both sides gained,” said the Secretary of State.\n\n"
      "“Nothing was signed,” Ruritania’s foreign minister said.\n\n"
      "“We will answer in writing.”";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "We listened carefully");
  REQUIRE(q1);
  CHECK(q1->speaker == person_key("Roe"));
  CHECK(q1->speaker_span.of(text) == "she");
  const Quote* q2 = quote_with(a, text, "And we were heard.");
  REQUIRE(q2);
  CHECK(q2->speaker == person_key("Roe"));  // no cue: continues the quote before
  CHECK(q2->cue.empty());
  const Quote* q3 = quote_with(a, text, "Both sides gained");
  REQUIRE(q3);
  CHECK(q3->speaker == person_key("Roe"));
  CHECK(q3->speaker_span.of(text) == "the Secretary of State");
  const Quote* q4 = quote_with(a, text, "Nothing was signed");
  REQUIRE(q4);
  CHECK(q4->speaker == person_key("Kaya"));
  const Quote* q5 = quote_with(a, text, "We will answer in writing.");
  REQUIRE(q5);
  CHECK(q5->speaker == person_key("Kaya"));  // a quoted paragraph after the speaker's quote
}

TEST_CASE("indirect quotes: said that, told Y that, according to", "[quotes]") {
  const std::string text =
      "Minister Ali Kaya said that the border would reopen within days. "
      "Kaya told his counterpart that no troops would move. "
      "According to Kaya, the fuel deal is finished. "
      "The weather was cold.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  REQUIRE(a.quotes.size() == 3);
  CHECK_FALSE(a.quotes[0].direct);
  CHECK(a.quotes[0].content.of(text) == "the border would reopen within days");
  CHECK(a.quotes[0].speaker == person_key("Kaya"));
  CHECK(a.quotes[1].content.of(text) == "no troops would move");
  CHECK(a.quotes[1].cue == "told");
  CHECK(a.quotes[2].content.of(text) == "the fuel deal is finished");
  CHECK(a.quotes[2].cue == "according to");
  CHECK(a.claims[3].speaker.empty());
  CHECK(a.claims[0].speaker == person_key("Kaya"));
}

TEST_CASE("dialogue dash lines take the speaker of the paragraph's quote; unusual verbs", "[quotes]") {
  const std::string text =
      "Minister Ali Kaya left early.\n\n"
      "– I cannot tell you more. “We will know next week,” Kaya sighed.\n\n"
      "“It was a long night” – Kaya";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* d = quote_with(a, text, "I cannot tell you more.");
  REQUIRE(d);
  CHECK(d->speaker == person_key("Kaya"));
  CHECK(d->direct);
  const Quote* s = quote_with(a, text, "We will know next week");
  REQUIRE(s);
  CHECK(s->cue == "sighed");
  const Quote* t = quote_with(a, text, "It was a long night");
  REQUIRE(t);
  CHECK(t->speaker == person_key("Kaya"));
}

TEST_CASE("a quote closed with an opening mark and an unclosed quote keep their speakers", "[quotes]") {
  const std::string text =
      "Minister Ali Kaya warned of a “firm and united answer“ to any attack.\n\n"
      "“We stand ready to meet them on either road,” Kaya said. “The choice is theirs.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "firm and united answer");
  REQUIRE(q1);
  CHECK(q1->speaker == person_key("Kaya"));
  CHECK(q1->partial);
  const Quote* q2 = quote_with(a, text, "The choice is theirs.");
  REQUIRE(q2);
  CHECK(q2->speaker == person_key("Kaya"));
}

TEST_CASE("a post given after a name in apposition names the speaker later", "[quotes]") {
  const std::string text =
      "Tomas Brevik, the top Ruritanian diplomat, arrived late. Jane Roe, the deputy foreign minister, waited.\n\n"
      "“We are patient,” the deputy foreign minister said. “So are we,” said Ruritania's top diplomat.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "We are patient");
  REQUIRE(q1);
  CHECK(q1->speaker == person_key("Roe"));
  const Quote* q2 = quote_with(a, text, "So are we");
  REQUIRE(q2);
  CHECK(q2->speaker == person_key("Brevik"));
}

TEST_CASE("a pronoun names the subject of its own sentence before the last speaker", "[quotes]") {
  const std::string text =
      "Envoy Tomas Brevik met Minister Lena Sarrow in Valdora.\n\n"
      "“We heard each other,” Brevik said.\n\n"
      "Sarrow seemed to wave the papers away when she said, “Not everyone wrote these.”\n\n"
      "After talks with Sarrow, Brevik said he was hopeful that the sides would meet again.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "Not everyone wrote these.");
  REQUIRE(q1);
  CHECK(q1->speaker == person_key("Sarrow"));
  CHECK(q1->speaker_span.of(text) == "she");
  const Quote* q2 = quote_with(a, text, "he was hopeful that the sides would meet again");
  REQUIRE(q2);
  CHECK_FALSE(q2->direct);
  CHECK(q2->speaker == person_key("Brevik"));
}

TEST_CASE("a quotation inside a condition is hypothetical; a dash-framed line is a heading", "[quotes]") {
  const std::string text =
      "Minister Lena Sarrow said the two leaders could meet if it was “useful and timely.”\n\n"
      "Sarrow called the talks “frank.”\n\n"
      "– A new summit? –\n\n"
      "“We will see,” Sarrow said.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "useful and timely");
  REQUIRE(q1);
  CHECK(q1->hypothetical);
  CHECK(q1->speaker == person_key("Sarrow"));
  const Quote* q2 = quote_with(a, text, "frank");
  REQUIRE(q2);
  CHECK_FALSE(q2->hypothetical);
  CHECK_FALSE(quote_with(a, text, "A new summit? –"));
  CHECK_FALSE(quote_with(a, text, "A new summit?"));
}

TEST_CASE("reported speech: accused … of, described … as, verbs that need 'that'", "[quotes]") {
  const std::string text =
      "Minister Ali Kaya accused the harbour board of hiding the accounts. "
      "Kaya described the new levy as a tax on sailors. "
      "Kaya confirmed as much in a letter. "
      "Kaya announced a new meeting with the board. "
      "Kaya confirmed that the levy would be dropped. "
      "Kaya warned the ships would wait. "
      "Kaya told reporters the board had resigned. "
      "Kaya told reporters after the vote.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  REQUIRE(a.quotes.size() == 5);
  CHECK(a.quotes[4].content.of(text) == "the board had resigned");
  CHECK(a.quotes[4].cue == "told reporters");
  CHECK(a.quotes[0].content.of(text) == "the harbour board of hiding the accounts");
  CHECK(a.quotes[0].cue == "accused \xE2\x80\xA6 of");
  CHECK(a.quotes[0].speaker == person_key("Kaya"));
  CHECK_FALSE(a.quotes[0].direct);
  CHECK(a.quotes[1].content.of(text) == "the new levy as a tax on sailors");
  CHECK(a.quotes[1].cue == "described \xE2\x80\xA6 as");
  CHECK(a.quotes[2].content.of(text) == "the levy would be dropped");  // "confirmed as much" and "announced a meeting" are not speech
  CHECK(a.quotes[3].content.of(text) == "the ships would wait");
}

TEST_CASE("posts in apposition with a possessive, or before the name, name the speaker later", "[quotes]") {
  const std::string text =
      "Secretary of State Jane Roe met Ali Kaya, Ruritania’s foreign minister, in Valdora on Monday.\n\n"
      "“We listened,” said the top US diplomat.\n\n"
      "“Nothing was signed,” the Ruritanian minister said.\n\n"
      "Ruritania’s top diplomat later said the talks were “open.”\n\n"
      "Valdora’s mayor, Piet Dahl, hosted them. “It went well,” the mayor said.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "We listened");
  REQUIRE(q1);
  CHECK(q1->speaker == person_key("Roe"));
  const Quote* q2 = quote_with(a, text, "Nothing was signed");
  REQUIRE(q2);
  CHECK(q2->speaker == person_key("Kaya"));
  CHECK(q2->speaker_span.of(text) == "the Ruritanian minister");
  const Quote* q3 = quote_with(a, text, "open");
  REQUIRE(q3);
  CHECK(q3->speaker == person_key("Kaya"));  // Ruritania's, not the US diplomat
  const Quote* q4 = quote_with(a, text, "It went well");
  REQUIRE(q4);
  CHECK(q4->speaker == person_key("Dahl"));
}

TEST_CASE("a participle cue takes the subject that opens the sentence", "[quotes]") {
  const std::string text =
      "The Harbour Authority issued a statement on Monday accusing the ferry firms of “reckless cost cutting.”\n\n"
      "Valdora’s port office put out a notice stating “all berths are closed.”";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "reckless cost cutting");
  REQUIRE(q1);
  CHECK(q1->speaker_span.of(text) == "Harbour Authority");
  CHECK(q1->cue == "accusing");
  const Quote* q2 = quote_with(a, text, "all berths are closed");
  REQUIRE(q2);
  CHECK(q2->speaker.empty());  // "Valdora's": a possessive place is not the speaker
}

TEST_CASE("he/she skip a person whose title says otherwise", "[quotes]") {
  const std::string text =
      "Ms. Ilse Marwen, the harbour master, met Mr. Piet Dahl on Monday.\n\n"
      "“We agreed on the fees,” Dahl said.\n\n"
      "“The ships can sail,” she said.\n\n"
      "Dahl and Marwen then left. “It was a long day,” he said.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q1 = quote_with(a, text, "The ships can sail");
  REQUIRE(q1);
  CHECK(q1->speaker == person_key("Marwen"));  // Dahl spoke last, but he is "Mr."
  const Quote* q2 = quote_with(a, text, "It was a long day");
  REQUIRE(q2);
  CHECK(q2->speaker == person_key("Dahl"));
}

TEST_CASE("'he said' after a broadcaster named first refers to the person, not the broadcaster", "[quotes]") {
  const std::string text =
      "Later, outside the offices of Valdoran Public Television, Mr Dobrenko addressed a message to the president.\n\n"
      "“I will not stop,” he said.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  const Quote* q = quote_with(a, text, "I will not stop");
  REQUIRE(q);
  CHECK(q->speaker == person_key("Dobrenko"));
}
