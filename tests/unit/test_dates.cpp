// Date mentions, absolute and relative to the article's date. Invented texts.
#include <catch2/catch.hpp>

#include <string>

#include "corroborate/claims.h"
#include "dates.h"
#include "entities.h"

using namespace corroborate;

namespace {
std::vector<std::pair<std::string, std::string>> dates_of(const std::string& text, const std::string& published) {
  Metadata meta;
  meta.date_published = published;
  const ArticleClaims a = extract_claims(text, meta);
  std::vector<std::pair<std::string, std::string>> out;
  for (const DateMention& d : a.dates) out.emplace_back(std::string(d.span.of(text)), d.iso);
  return out;
}
using P = std::pair<std::string, std::string>;
}  // namespace

TEST_CASE("absolute dates in several layouts", "[dates]") {
  const auto d = dates_of("Signed on January 21, 2022 and 3 March 2021, amended Jan. 20 and on 2022-02-05. "
                          "Planned since May 2019; it began in 2014.",
                          "2022-06-10");
  REQUIRE(d == std::vector<P>{{"January 21, 2022", "2022-01-21"}, {"3 March 2021", "2021-03-03"},
                              {"Jan. 20", "2022-01-20"}, {"2022-02-05", "2022-02-05"},
                              {"May 2019", "2019-05"}, {"2014", "2014"}});
}

TEST_CASE("relative dates resolve against the article date", "[dates]") {
  // 2022-01-21 is a Friday.
  const auto d = dates_of("They met Friday and on Wednesday, will meet next Monday, spoke yesterday and today. "
                          "Answers come next week; the plan dates from last month and last year.",
                          "2022-01-21T10:00:00Z");
  REQUIRE(d == std::vector<P>{{"Friday", "2022-01-21"},
                              {"Wednesday", "2022-01-19"},
                              {"next Monday", "2022-01-24"},
                              {"yesterday", "2022-01-20"},
                              {"today", "2022-01-21"},
                              {"next week", "2022-W04"},
                              {"last month", "2021-12"},
                              {"last year", "2021"}});
}

TEST_CASE("without an article date relative dates keep their expression", "[dates]") {
  Metadata meta;
  const std::string text = "The envoy arrives next week, not on Friday. You may go.";
  const ArticleClaims a = extract_claims(text, meta);
  REQUIRE(a.dates.size() == 2);
  CHECK(a.dates[0].relative);
  CHECK(a.dates[0].iso.empty());
  CHECK(a.dates[0].expression == "next week");
  CHECK(a.dates[1].expression == "friday");
}

TEST_CASE("dates resolve to intervals of days and carry what happened", "[dates]") {
  Metadata meta;
  meta.date_published = "2026-03-13";  // a Friday
  const std::string text =
      "Envoy Tomas Brevik met Minister Lena Sarrow in Valdora on Friday. Valdora will respond next week. "
      "Trade fell in January 2025 and in 2024.";
  const ArticleClaims a = extract_claims(text, meta);
  REQUIRE(a.dates.size() == 4);
  CHECK(a.dates[0].first_day == "2026-03-13");
  CHECK(a.dates[0].last_day == "2026-03-13");
  CHECK(a.dates[0].event == "meet");
  CHECK(a.dates[0].participants == std::vector<std::string>{corroborate::person_key("Brevik"), corroborate::person_key("Sarrow")});
  CHECK(a.dates[1].iso == "2026-W12");
  CHECK(a.dates[1].first_day == "2026-03-16");  // Monday
  CHECK(a.dates[1].last_day == "2026-03-22");
  CHECK(a.dates[1].event == "respond");
  CHECK(a.dates[2].first_day == "2025-01-01");
  CHECK(a.dates[2].last_day == "2025-01-31");
  CHECK(a.dates[3].first_day == "2024-01-01");
  CHECK(a.dates[3].last_day == "2024-12-31");
  // The event before the date, not one it is placed relative to.
  const std::string t2 = "Brevik met envoys from Ostria, Lenmark, and Valdora in Kelvo on March 2 ahead of his talks with Sarrow.";
  const ArticleClaims c = extract_claims(t2, meta);
  REQUIRE(c.dates.size() == 1);
  CHECK(c.dates[0].event == "meet");
  CHECK(c.dates[0].span.of(t2) == "March 2");
  const ArticleClaims d = extract_claims("On Friday, the envoys will visit Kelvo before the summit.", meta);
  REQUIRE(d.dates.size() == 1);
  CHECK(d.dates[0].event == "visit");
  // Without an article date nothing resolves.
  const ArticleClaims b = extract_claims("They met on Friday.", Metadata{});
  REQUIRE(b.dates.size() == 1);
  CHECK(b.dates[0].first_day.empty());
  CHECK(b.dates[0].event == "meet");
}

TEST_CASE("a month without a year is the nearest past one, or the coming January", "[dates]") {
  // Published in January: "on November 5" is last November, "in December" last December.
  auto d = dates_of("The strike began on November 5 and talks broke off in December. They resume on January 12.",
                    "2026-01-14");
  CHECK(d == std::vector<P>{{"November 5", "2025-11-05"}, {"December", "2025-12"}, {"January 12", "2026-01-12"}});
  // Published in December: "January 12" is the coming one; "March 3" (nine months back) stays.
  d = dates_of("Talks resume on January 12. The fees rose on March 3.", "2025-12-20");
  CHECK(d == std::vector<P>{{"January 12", "2026-01-12"}, {"March 3", "2025-03-03"}});
}

TEST_CASE("a weekday followed by its full date is one date", "[dates]") {
  // 2026-01-14 is a Wednesday; "Saturday" alone would be the Saturday before publication.
  const auto d = dates_of("Talks begin on Saturday, January 17, and Wednesday 14 January was quiet.", "2026-01-14");
  CHECK(d == std::vector<P>{{"January 17", "2026-01-17"}, {"14 January", "2026-01-14"}});
}

TEST_CASE("a weekday after a future marker is the coming one", "[dates]") {
  // 2026-01-14 is a Wednesday.
  const auto d = dates_of("The club will play on Sunday. It lost on Sunday. They are due to meet on Wednesday. "
                          "A hearing was set for Monday.",
                          "2026-01-14");
  CHECK(d == std::vector<P>{{"Sunday", "2026-01-18"}, {"Sunday", "2026-01-11"}, {"Wednesday", "2026-01-14"},
                            {"Monday", "2026-01-19"}});
}

TEST_CASE("a date and an event across 'but' belong to two clauses", "[dates]") {
  Metadata meta;
  meta.date_published = "2026-01-14";
  const std::string text = "Olsen is expected to play today but a hearing was set for Monday.";
  const ArticleClaims a = extract_claims(text, meta);
  REQUIRE(a.dates.size() == 2);
  CHECK(a.dates[0].span.of(text) == "today");
  CHECK(a.dates[0].event.empty());
  CHECK(a.dates[1].span.of(text) == "Monday");
  CHECK_FALSE(a.dates[1].event.empty());
}

TEST_CASE("consensus publication day: the latest of dates at most two days apart", "[dates]") {
  CHECK(consensus_day({"2026-03-05", "2026-03-06T09:30:00Z", "2026-03-04"}, 2) == "2026-03-06");
  CHECK(consensus_day({"2026-03-05"}, 2) == "2026-03-05");
  CHECK(consensus_day({"2026-03-01", "2026-03-06"}, 2).empty());  // days apart: no shared day
  CHECK(consensus_day({"2026-02-28", "2026-03-01"}, 2) == "2026-03-01");  // across a month end
  CHECK(consensus_day({"March 2026", "", "2026-03-05"}, 2) == "2026-03-05");  // not ISO days: skipped
  CHECK(consensus_day({}, 2).empty());
}

TEST_CASE("assumed dates: what needed the publication day, not dates with their own year", "[dates]") {
  const std::string text = "Olsen met Reyes on Friday. The pact was signed on 21 January 2026 and revised on Jan. 30.";
  Metadata meta;
  meta.date_published = "2026-02-06";
  ArticleClaims a = extract_claims(text, meta);
  mark_assumed_dates(text, a.dates);
  REQUIRE(a.dates.size() == 3);
  CHECK(a.dates[0].assumed);        // Friday
  CHECK_FALSE(a.dates[1].assumed);  // 21 January 2026
  CHECK(a.dates[2].assumed);        // Jan. 30 (its year from the publication day)
}
