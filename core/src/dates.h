// Date mentions, absolute and relative to the article's date (internal stage
// of extract_claims).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/claims.h"
#include "sentences.h"
#include "tokens.h"

namespace corroborate {

// Appends date mentions in text order: "January 21, 2022", "21 January 2022",
// "Jan. 20", "2022-01-21", "January 2022", "in 2014", weekdays ("on Friday"),
// today/yesterday/tomorrow, this/next/last week|month|year. `published` is
// Metadata::date_published (ISO, may be empty): relative dates resolve
// against it to YYYY-MM-DD, YYYY-Www (weeks), YYYY-MM or YYYY; without it
// iso stays "" (or has no year) and `expression` still names the date.
void find_dates(std::string_view text, const SentenceTokens& tokens, std::string_view published,
                std::vector<DateMention>& out);

// The days an ISO date covers: YYYY-MM-DD (that day), YYYY-Www (Monday to
// Sunday), YYYY-MM, YYYY. False (both cleared) for anything else.
bool iso_interval(std::string_view iso, std::string& first_day, std::string& last_day);

// The publication day to assume for articles without one: the latest of the given
// dates (ISO, any that do not start with YYYY-MM-DD are skipped) when all of them lie
// within `max_spread_days` of each other, else "" (sources days apart are not one day).
std::string consensus_day(const std::vector<std::string>& published, long max_spread_days);

// Marks the dates that needed the publication date to resolve (relative ones, and days
// or months written without a year) as assumed.
void mark_assumed_dates(std::string_view text, std::vector<DateMention>& dates);

}  // namespace corroborate
