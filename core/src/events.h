// What quantities and dates are about: the event they measure or date and its
// participants (internal stage of extract_claims, after entities and quotes).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/claims.h"
#include "sentences.h"
#include "tokens.h"

namespace corroborate {

// Sets Quantity::event/participants for durations and counts of events (and
// Quantity::counted for the latter: "met twice" counts "meet"), and
// DateMention::event/participants. `mentions` in text order; one pass over
// the sentences, a bounded window around each item.
void attach_events(const TextLayout& layout, const SentenceTokens& tokens, const std::vector<EntityMention>& mentions,
                   std::vector<Quantity>& quantities, std::vector<DateMention>& dates);

}  // namespace corroborate
