// Quotes and their speakers (internal stage of extract_claims).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/claims.h"
#include "entities.h"
#include "sentences.h"

namespace corroborate {

// Direct quotes (every quotation region, dialogue lines that start with a
// dash), partial quotes inside a sentence and indirect quotes ("X said that
// …", "according to X, …"), each with its speaker (entity key), the words that
// name the speaker and the cue. Appends to `quotes` in text order; fills
// `sentence_speaker` (one entry per sentence: who the sentence is attributed
// to, "" when nobody).
void find_quotes(std::string_view text, const TextLayout& layout, const SentenceTokens& tokens,
                 const ArticleEntities& entities, std::vector<Quote>& quotes,
                 std::vector<std::string>& sentence_speaker);

}  // namespace corroborate
