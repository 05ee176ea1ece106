// Quantities: numbers, approximations → intervals, units, counted nouns. Invented texts.
#include <catch2/catch.hpp>

#include <string>

#include "corroborate/claims.h"
#include "entities.h"
#include "quantities.h"

using corroborate::Quantity;
using corroborate::ArticleClaims;
using corroborate::Metadata;
using corroborate::extract_claims;
using corroborate::kAboutTolerance;
using corroborate::kUnbounded;
using corroborate::singular;
using Catch::Detail::Approx;

namespace {
struct Found {
  std::string text;
  ArticleClaims a;
  explicit Found(std::string t) : text(std::move(t)), a(extract_claims(text, Metadata{})) {}
  const Quantity& at(std::size_t i) const { return a.quantities.at(i); }
  std::string span(std::size_t i) const { return std::string(at(i).span.of(text)); }
};
}  // namespace

TEST_CASE("digits with grouping, decimals, multipliers and currency", "[quantities]") {
  Found f("Officials counted 100,000 visitors, 14 000 cars, 1.5 percent growth, a 3.2m budget and $5bn in aid.");
  REQUIRE(f.a.quantities.size() == 5);
  CHECK(f.span(0) == "100,000 visitors");
  CHECK(f.at(0).value == 100000);
  CHECK(f.at(0).counted == "visitor");
  CHECK(f.at(0).dimension == "count");
  CHECK(f.span(1) == "14 000 cars");
  CHECK(f.at(1).value == 14000);
  CHECK(f.span(2) == "1.5 percent");
  CHECK(f.at(2).value == Approx(1.5));
  CHECK(f.at(2).unit == "percent");
  CHECK(f.at(3).value == Approx(3.2e6));
  CHECK(f.span(4) == "$5bn");
  CHECK(f.at(4).value == Approx(5e9));
  CHECK(f.at(4).unit == "usd");
  CHECK(f.at(4).dimension == "money");
}

TEST_CASE("approximations become intervals", "[quantities]") {
  Found f("There were roughly 90 troops, nearly 200 tanks, more than 14,000 shells, at least 12 ships, "
          "up to 30 planes and fewer than 5 drones.");
  REQUIRE(f.a.quantities.size() == 6);
  CHECK(f.span(0) == "roughly 90 troops");
  CHECK(f.at(0).approx == corroborate::Approx::about);
  CHECK(f.at(0).low == Approx(90 * (1 - kAboutTolerance)));
  CHECK(f.at(0).high == Approx(90 * (1 + kAboutTolerance)));
  CHECK(f.at(1).approx == corroborate::Approx::nearly);
  CHECK(f.at(1).low == Approx(180));
  CHECK(f.at(1).high == Approx(200));
  CHECK(f.at(2).approx == corroborate::Approx::more_than);
  CHECK(f.at(2).low == 14000);
  CHECK(f.at(2).high == kUnbounded);
  CHECK(f.at(2).counted == "shell");
  CHECK(f.at(3).approx == corroborate::Approx::at_least);
  CHECK(f.at(4).approx == corroborate::Approx::up_to);
  CHECK(f.at(4).high == 30);
  CHECK(f.at(5).approx == corroborate::Approx::less_than);
}

TEST_CASE("durations in words and digits normalise to minutes", "[quantities]") {
  Found f("The first session lasted 90 minutes. The second took an hour and a half. "
          "A 90-minute break followed, then nearly two hours of talks and half an hour of questions. "
          "One and a half hours later it ended.");
  REQUIRE(f.a.quantities.size() == 6);
  for (const Quantity& q : f.a.quantities) CHECK(q.dimension == "duration");
  CHECK(f.at(0).value == 90);
  CHECK(f.span(1) == "an hour and a half");
  CHECK(f.at(1).value == 90);
  CHECK(f.span(2) == "90-minute");
  CHECK(f.at(2).value == 90);
  CHECK(f.span(3) == "nearly two hours");
  CHECK(f.at(3).value == 120);
  CHECK(f.at(3).high == 120);
  CHECK(f.at(3).low > 90);  // "nearly two hours" is not "90 minutes"
  CHECK(f.at(4).value == 30);
  CHECK(f.at(5).value == 90);
}

TEST_CASE("number words, vague amounts and counted nouns", "[quantities]") {
  Found f("Some 127,000 Ruritanian soldiers, four individuals, a dozen ministers, tens of thousands of "
          "people and hundreds of local volunteers gathered.");
  REQUIRE(f.a.quantities.size() == 5);
  CHECK(f.span(0) == "Some 127,000 Ruritanian soldiers");
  CHECK(f.at(0).counted == "soldier");
  CHECK(f.at(0).approx == corroborate::Approx::about);
  CHECK(f.at(1).value == 4);
  CHECK(f.at(1).counted == "person");
  CHECK(f.at(2).value == 12);
  CHECK(f.at(2).counted == "minister");
  CHECK(f.at(3).approx == corroborate::Approx::range);
  CHECK(f.at(3).low == 10000);
  CHECK(f.at(3).high == 100000);
  CHECK(f.at(3).counted == "person");
  CHECK(f.at(4).counted == "volunteer");
}

TEST_CASE("years, ordinals, dates and clock times are not counts", "[quantities]") {
  Found f("The war began in 2014 and was the 3rd such war. They met on January 21, 2022 at 3.30 p.m. with no one else.");
  for (const Quantity& q : f.a.quantities) CHECK(q.dimension != "count");
  bool year = false;
  for (const Quantity& q : f.a.quantities) year |= q.dimension == "year" || q.dimension == "ordinal";
  CHECK((year || f.a.quantities.empty()));
}

TEST_CASE("singular forms", "[quantities]") {
  CHECK(singular("troops") == "troop");
  CHECK(singular("lives") == "life");
  CHECK(singular("countries") == "country");
  CHECK(singular("people") == "person");
  CHECK(singular("crisis") == "crisis");
}

TEST_CASE("durations carry the event they measure and its participants", "[quantities]") {
  const Found f(
      "Envoy Tomas Brevik met Minister Lena Sarrow in Valdora on Monday. The meeting lasted roughly 90 minutes.\n\n"
      "Brevik spoke to reporters after talking for nearly two hours with Sarrow.\n\n"
      "After the three-hour session, Sarrow left. The queue was 40 minutes long.\n\n"
      "Experts will meet within two weeks. They met three days ago and will talk again in a month.");
  REQUIRE(f.a.quantities.size() == 7);
  for (std::size_t i = 4; i < 7; ++i) {
    CHECK(f.at(i).dimension == "duration");
    CHECK(f.at(i).event.empty());  // deadlines and offsets, not how long a meeting lasted
  }
  CHECK(f.span(0) == "roughly 90 minutes");
  CHECK(f.at(0).event == "meet");
  CHECK(f.at(0).participants == std::vector<std::string>{corroborate::person_key("Brevik"), corroborate::person_key("Sarrow")});  // from the sentence before
  CHECK(f.span(1) == "nearly two hours");
  CHECK(f.at(1).event == "meet");  // "talking": meeting-like events share one lemma
  CHECK(f.at(1).participants == std::vector<std::string>{corroborate::person_key("Brevik"), corroborate::person_key("Sarrow")});
  CHECK(f.at(2).event == "meet");  // "the three-hour session"
  CHECK(f.at(2).participants == std::vector<std::string>{corroborate::person_key("Sarrow")});
  CHECK(f.at(3).dimension == "duration");
  CHECK(f.at(3).event.empty());  // a queue is no event
  CHECK(f.at(3).participants.empty());
  // "after N hours of talks" says how long the talks went on (an offset would be "after two days").
  const Found g("Speaking after nearly five hours of talks with Minister Lena Sarrow, Envoy Tomas Brevik left. "
                "Brevik left after two days.");
  REQUIRE(g.a.quantities.size() == 2);
  CHECK(g.at(0).event == "meet");
  CHECK(g.at(0).participants == std::vector<std::string>{corroborate::person_key("Sarrow"), corroborate::person_key("Brevik")});
  CHECK(g.at(1).event.empty());
}

TEST_CASE("counts of events: twice, three times, on four occasions; not factors", "[quantities]") {
  const Found f(
      "Mayor Ilse Marwen and Governor Piet Dahl met twice last month. Dahl has twice warned her by letter. "
      "Marwen called him three times. They spoke on four occasions. Prices rose three times faster. "
      "Twice as many ships came.");
  REQUIRE(f.a.quantities.size() == 5);
  CHECK(f.span(0) == "twice");
  CHECK(f.at(0).dimension == "occurrence");
  CHECK(f.at(0).value == 2);
  CHECK(f.at(0).counted == "meet");
  CHECK(f.at(0).event == "meet");
  CHECK(f.at(0).participants == std::vector<std::string>{corroborate::person_key("Marwen"), corroborate::person_key("Dahl")});
  CHECK(f.at(1).counted == "warn");
  CHECK(f.span(2) == "three times");
  CHECK(f.at(2).value == 3);
  CHECK(f.at(2).counted == "call");
  CHECK(f.span(3) == "four occasions");
  CHECK(f.at(3).dimension == "occurrence");
  CHECK(f.at(3).counted == "call");  // "spoke": a conversation
  CHECK(f.at(4).dimension == "factor");  // "three times faster"; "Twice as many" is no quantity
  const Found h(
      "Costs rose 3.3 times the rate of pay. The 83-year-old mayor left. The repairs took three hours. "
      "The ministers held talks for two hours. They will hold a second meeting and pause for a second.");
  REQUIRE(h.a.quantities.size() == 5);
  CHECK(h.span(4) == "a second");  // the pause, not "a second meeting"
  CHECK(h.at(0).dimension == "factor");
  CHECK(h.at(1).dimension == "age");
  CHECK(h.span(1) == "83-year-old");
  CHECK(h.at(2).dimension == "duration");
  CHECK(h.at(2).event.empty());  // "took": too general to name an event
  CHECK(h.at(3).event == "meet");  // "held talks": the talks, not "held"
  const Found g(
      "Envoy Tomas Brevik asked whether Mayor Ilse Marwen would see Governor Piet Dahl again. The two met twice in May.");
  REQUIRE(g.a.quantities.size() == 2);  // "The two" (a count of nothing named) and "twice"
  CHECK(g.at(1).counted == "meet");
  CHECK(g.at(1).participants == std::vector<std::string>{corroborate::person_key("Marwen"), corroborate::person_key("Dahl")});
}

TEST_CASE("counts of events carry how the people were in contact", "[quantities]") {
  const Found f(
      "Mayor Ilse Marwen and Governor Piet Dahl met twice last month. Dahl, who visited Marwen in May and has "
      "twice warned her by telephone, stayed home. Marwen called him three times. They spoke on four occasions. "
      "Dahl and Marwen met twice by video link. Marwen and Dahl called twice for calm.");
  REQUIRE(f.a.quantities.size() == 6);
  CHECK(f.at(0).mode == "in person");
  CHECK(f.span(0) == "twice");
  CHECK(std::string(f.at(0).mode_span.of(f.text)) == "met");
  CHECK(f.at(1).mode == "remote");  // the visit is another clause's
  CHECK(std::string(f.at(1).mode_span.of(f.text)) == "by telephone");
  CHECK(f.at(2).mode == "remote");  // "called him three times"
  CHECK(f.at(3).mode.empty());      // "spoke": in person or not, the sentence does not say
  CHECK(f.at(4).mode == "remote");  // a video link overrides "met"
  CHECK(f.at(5).mode.empty());      // "called for calm" is no telephone call
  // Counts of contact nouns count contacts too.
  const Found g("Mayor Ilse Marwen and Governor Piet Dahl have held two phone calls since May. "
                "Marwen and Dahl held three meetings in June. The two leaders signed two letters.");
  REQUIRE(g.a.quantities.size() == 4);
  CHECK(g.at(0).mode == "remote");
  CHECK(g.at(0).event == "call");
  CHECK(g.at(0).participants == std::vector<std::string>{corroborate::person_key("Marwen"), corroborate::person_key("Dahl")});
  CHECK(g.at(1).mode == "in person");
  CHECK(g.at(2).mode.empty());  // "two leaders": people, not contacts
  CHECK(g.at(3).mode.empty());
  CHECK(g.at(3).event.empty());
}
