// The claims lexicons (core/data/claims_*.inc) as sorted tables, built once.
#include "claims_lexicon.h"

#include <algorithm>

namespace corroborate {

namespace {

constexpr std::string_view kTitles[] = {
#include "claims_titles.inc"
};
constexpr std::string_view kSpeech[] = {
#include "claims_speech.inc"
};
constexpr Pair kDemonyms[] = {
#include "claims_demonyms.inc"
};
constexpr std::pair<std::string_view, char> kGazetteer[] = {
#include "claims_gazetteer.inc"
};
constexpr Pair kAliases[] = {
#include "claims_aliases.inc"
};
constexpr Pair kHypocorisms[] = {
#include "claims_hypocorisms.inc"
};
constexpr Pair kEvents[] = {
#include "claims_events.inc"
};

template <class T, std::size_t N>
std::vector<T> sorted(const T (&a)[N]) {
  std::vector<T> v(a, a + N);
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end(), [](const T& x, const T& y) { return x == y; }), v.end());
  return v;
}

ClaimsLexicon build() {
  ClaimsLexicon l;
  l.titles = sorted(kTitles);
  l.speech_verbs = sorted(kSpeech);
  l.demonyms = sorted(kDemonyms);
  l.gazetteer = sorted(kGazetteer);
  l.aliases = sorted(kAliases);
  l.hypocorisms = sorted(kHypocorisms);
  l.events = sorted(kEvents);
  l.event_index.insert(l.events.begin(), l.events.end());
  l.title_set.insert(l.titles.begin(), l.titles.end());
  l.speech_set.insert(l.speech_verbs.begin(), l.speech_verbs.end());
  for (std::string_view t : l.titles)
    l.max_title_words = std::max<std::size_t>(l.max_title_words, 1 + std::count(t.begin(), t.end(), ' '));
  return l;
}

}  // namespace

const ClaimsLexicon& claims_lexicon() {
  static const ClaimsLexicon lexicon = build();
  return lexicon;
}

bool ClaimsLexicon::is_title(std::string_view f) const { return title_set.count(f) != 0; }
bool ClaimsLexicon::is_speech_verb(std::string_view f) const { return speech_set.count(f) != 0; }
std::string_view ClaimsLexicon::demonym(std::string_view f) const {
  const Pair* p = find_pair(demonyms, f);
  return p ? p->second : std::string_view();
}
char ClaimsLexicon::gazetteer_kind(std::string_view f) const {
  const auto* p = find_pair(gazetteer, f);
  return p ? p->second : 0;
}
std::string_view ClaimsLexicon::alias(std::string_view f) const {
  const Pair* p = find_pair(aliases, f);
  return p ? p->second : std::string_view();
}
std::string_view ClaimsLexicon::full_first_name(std::string_view f) const {
  const Pair* p = find_pair(hypocorisms, f);
  return p ? p->second : f;
}

std::string_view ClaimsLexicon::event(std::string_view f) const {
  auto it = event_index.find(f);
  return it == event_index.end() ? std::string_view() : it->second;
}

}  // namespace corroborate
