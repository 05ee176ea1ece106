// Sorted views of the claims lexicons in core/data (built once, binary-searched).
// Internal to the claims stages.
#pragma once
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace corroborate {

using Pair = std::pair<std::string_view, std::string_view>;

struct ClaimsLexicon {
  std::vector<std::string_view> titles;        // claims_titles.inc
  std::vector<std::string_view> speech_verbs;  // claims_speech.inc
  std::vector<Pair> demonyms;                  // claims_demonyms.inc: word → country key
  std::vector<std::pair<std::string_view, char>> gazetteer;  // claims_gazetteer.inc
  std::vector<Pair> aliases;                   // claims_aliases.inc
  std::vector<Pair> hypocorisms;               // claims_hypocorisms.inc
  std::vector<Pair> events;                    // claims_events.inc: word → event lemma
  std::size_t max_title_words = 1;
  // Hash sets over the two lists probed for every word.
  std::unordered_set<std::string_view> title_set, speech_set;
  std::unordered_map<std::string_view, std::string_view> event_index;  // events, probed per token

  bool is_title(std::string_view f) const;
  bool is_speech_verb(std::string_view f) const;
  std::string_view demonym(std::string_view f) const;    // "" when absent
  char gazetteer_kind(std::string_view f) const;         // 'p', 'o' or 0
  std::string_view alias(std::string_view f) const;      // canonical or ""
  std::string_view full_first_name(std::string_view f) const;  // "joe" → "joseph", else f
  std::string_view event(std::string_view f) const;      // "met" → "meet", "" when not listed
};

const ClaimsLexicon& claims_lexicon();

// Binary search in a sorted vector of pairs by first.
template <class V>
const typename V::value_type* find_pair(const V& v, std::string_view key) {
  auto it = std::lower_bound(v.begin(), v.end(), key,
                             [](const typename V::value_type& p, std::string_view k) { return p.first < k; });
  return it != v.end() && it->first == key ? &*it : nullptr;
}

}  // namespace corroborate
