// Named entities in one article, and the keys that make spellings meet
// across articles (internal stage of extract_claims / link_entities).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/claims.h"
#include "sentences.h"
#include "tokens.h"

namespace corroborate {

// A post held by a person, as the article states it ("Secretary of State Jane
// Roe", "Ruritanian Foreign Minister Ali Kaya"): lets a later "the Secretary of
// State" or "Ruritania's foreign minister" name the same person.
struct TitleLink {
  std::string title;        // folded: "secretary of state", "foreign minister"
  std::string nationality;  // country key from a demonym ("russia", "us"), "" when none
  std::string person;       // person key
};

struct ArticleEntities {
  std::vector<EntityMention> mentions;  // in text order
  std::vector<TitleLink> titles;
};

// Finds people, places and organisations sentence by sentence.
void find_entities(std::string_view text, const TextLayout& layout, const SentenceTokens& tokens,
                   ArticleEntities& out);

// Transliteration folding of a folded name: ph→f, th→t, kh→h, w→v, c→k, y→i,
// doubled letters single... "Zelenskyy"/"Zelensky"/"Zelenskiy" → "zelenski".
std::string variant_fold(std::string_view folded);
// Key of a place/organisation name (aliases like Kiev→Kyiv, then variant folding).
std::string place_key(std::string_view surface);
// Key of a person: the variant-folded surname.
std::string person_key(std::string_view surface);
// Two keys that differ only by a spelling variant: same consonant skeleton and
// a small edit distance (names of at least 5 letters).
bool keys_match(std::string_view a, std::string_view b);
// The key without vowels, spaces and hyphens: spelling variants share it.
std::string key_skeleton(std::string_view key);

// Is the folded word a title ("minister", "gen") / a nationality word? (for speaker descriptions)
bool is_title_word(std::string_view folded);
std::string nationality_of(std::string_view folded);  // "" when not a nationality word
// A description such as "the US Secretary of State" or "Russia's foreign
// minister" (text[span]) → the person key the article linked to that post, or "".
std::string resolve_description(std::string_view text, Span span, const std::vector<TitleLink>& titles);

}  // namespace corroborate
