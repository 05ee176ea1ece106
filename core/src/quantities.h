// Quantities: numbers in digits and words, approximations → intervals, units
// and what is counted (internal stage of extract_claims).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/claims.h"
#include "sentences.h"
#include "tokens.h"

namespace corroborate {

// Interval rules for approximation words (value v → [low, high]); see Quantity.
constexpr double kAboutTolerance = 0.10;   // "about/roughly/around/some v" → [0.9v, 1.1v]
constexpr double kNearlyTolerance = 0.10;  // "nearly/almost v" → [0.9v, v]; "more than v" → [v, max]
constexpr double kUnbounded = 1.7976931348623157e308;  // high of "more than v" (DBL_MAX: stays valid JSON)

// Appends the quantities of every sentence in text order. Numbers inside the
// given date spans (dates found first) and clock times are not quantities.
void find_quantities(std::string_view text, const TextLayout& layout, const SentenceTokens& tokens,
                     const std::vector<DateMention>& dates, std::vector<Quantity>& out);

// Folded noun → singular ("troops" → "troop", "lives" → "life", "people" → "person").
std::string singular(std::string_view folded);

}  // namespace corroborate
