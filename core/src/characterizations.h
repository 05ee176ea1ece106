// How speakers described things (internal stage of extract_claims, after quotes).
#pragma once
#include <string_view>
#include <vector>

#include "corroborate/claims.h"
#include "sentences.h"
#include "tokens.h"

namespace corroborate {

// Appends, in text order: short quotations that describe an event named
// before them ("described the talks as “frank”", "called them “useful”", "said
// the meeting was “open”", "“candid” and “useful”" as one), and descriptions
// inside longer direct quotes (“The discussion was frank and substantive”, “a
// candid exchange of ideas”, “the conversation was not polemical”), and the
// same without quotation marks ("X called the talks frank and useful", speaker
// from `sentence_speaker`). Each takes its quote's speaker; conditions ("if it
// proves useful") are marked hypothetical, not dropped.
void find_characterizations(std::string_view text, const SentenceTokens& tokens, const std::vector<Quote>& quotes,
                            const std::vector<EntityMention>& mentions, const std::vector<DateMention>& dates,
                            const std::vector<std::string>& sentence_speaker, std::vector<Characterization>& out);

}  // namespace corroborate
