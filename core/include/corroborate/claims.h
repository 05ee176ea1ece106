// Stage outputs of split sentences → extract claims, per article, plus the
// cross-source entity table. All spans are byte offsets into Extraction::text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/extract.h"
#include "corroborate/span.h"

namespace corroborate {

struct Sentence {
  Span span;
  uint32_t paragraph = 0;  // index of the paragraph (block) it belongs to
};

enum class EntityKind { person, place, organization, other };

struct EntityMention {
  Span span;
  EntityKind kind = EntityKind::other;
  std::string surface;  // as written: "Sergei Lavrov", "Lavrov", "Kiev"
  std::string key;      // variant-folded key, equal across spellings: "lavrov", "kyiv"
  int32_t entity = -1;  // index into EntityTable::entities once linked
};

// An approximate quantity as an interval. "roughly 90 minutes" → [81, 99]
// minutes; "more than 14,000 lives" → [14000, inf). Durations are in minutes,
// money in the unit named, so compatible units compare directly.
enum class Approx { exact, about, nearly, more_than, at_least, less_than, up_to, range };

struct Quantity {
  Span span;               // the whole expression, including the approximation word
  double value = 0;        // the number as stated, converted to `unit`
  double low = 0;          // interval implied by value + approx
  double high = 0;
  Approx approx = Approx::exact;
  std::string unit;        // canonical unit: "minute", "percent", "usd", "km", "" for counts
  std::string dimension;   // "duration", "count", "money", "percent", "length", "ordinal", "year",
                           // "occurrence" ("twice", "three times"), "factor" ("3 times faster"), "age", ...
  std::string counted;     // what is counted, singular: "troop", "person", "life"; for dimension
                           // "occurrence" the event counted ("meet" in "met twice")
  // What the amount measures, for durations and counts of events: the event's
  // lemma (core/data/claims_events.inc: "meet" for met/meeting/talks/session…,
  // "call", "visit", …), "" when the sentence names none (or the duration is an
  // offset: "within two weeks", "two days ago"). Same lemma across sources for
  // the same kind of event, so "met for about two hours" and "the 90-minute
  // meeting" share a slot.
  std::string event;
  // Entity keys of the people taking part in that event: the people named in
  // the sentence, else in the sentence before it in the paragraph ("The
  // meeting lasted 90 minutes" after "X met Y"); "The two …"/"Both …": the last
  // two people named. Empty when event is empty.
  std::vector<std::string> participants;
  // Counts of events only ("met twice", and counts of contact nouns: "two phone
  // calls", "three meetings", which also get event and participants): how the participants were in contact, "in person"
  // (met, meeting, visited, summit, face to face), "remote" (by telephone,
  // phoned, called, video call, videoconference), "" when the clause says
  // neither or both. `mode_span` is the word(s) that say so ("met", "by telephone").
  std::string mode;
  Span mode_span;
};

struct DateMention {
  Span span;
  std::string iso;         // "2022-01-21", "2022-01", or "" when unresolved
  bool relative = false;   // "Friday", "next week", "last month"
  std::string expression;  // normalized: "friday", "next week"
  // The resolved interval, both ends YYYY-MM-DD ("next week" → its Monday and
  // Sunday, "January 2022" → 2022-01-01..2022-01-31, a day → that day twice);
  // "" when unresolved. Two sources disagree on a date when these do not overlap.
  std::string first_day, last_day;
  // What happened on that date: lemma of the nearest event word before it
  // ("meet" in "met in Geneva on Friday"), else after it ("On Friday, X will
  // respond") but not past "ahead of"/"before"/"after"; "" when none.
  // `participants` as in Quantity.
  std::string event;
  std::vector<std::string> participants;
  // Entity key of the team, place or body named right after the event word ("trip to
  // Manchester United tomorrow" → its key), "" when none: two trips to two places are two events.
  std::string object;
  // Resolved against a publication date the article does not give itself (compare's
  // consensus date of the other sources): shown as assumed, never the ground of a conflict.
  bool assumed = false;
};

struct Quote {
  Span whole;              // content with its quote marks (or the reported clause for indirect quotes)
  Span content;            // the words inside the marks
  bool direct = true;      // false: indirect ("X said that ...")
  bool partial = false;    // a fragment inside a sentence, not a full sentence
  bool hypothetical = false;  // inside a condition: "open to a summit if it was “useful”"
  std::string speaker;     // entity key of the speaker, "" when unknown
  Span speaker_span;       // where the speaker (or pronoun/title) is named; empty when unknown
  std::string cue;         // the attribution verb or phrase: "said", "told reporters", "according to"
  uint32_t sentence = 0;   // index into ArticleClaims::sentences
};

// How a speaker described a thing ("the talks"): "X described the talks as
// “frank”", "X called the meeting “useful”", "X said the talks were “open”",
// inside X's own quote: “The discussion was frank and substantive”, “…a
// candid exchange of ideas”, or without quotation marks: "X called the talks
// frank and useful".
struct Characterization {
  Span span;               // the describing words: "frank and substantive", "candid"
  std::string value;       // folded describing words, "and"-joined: "frank and substantive"
  std::string subject;     // event lemma of what is described (meeting-like words, "talks", "exchange",
                           // "discussion", share "meet"); "" unknown
  Span subject_span;       // the word that names it ("talks", or "them" standing for it)
  // The noun phrase around that word: "today's conversation with Kaya", "a
  // meeting between the two presidents" (= subject_span when nothing around it).
  // Its people and date tell one meeting from another.
  Span subject_phrase;
  std::vector<std::string> participants;  // entity keys of people named in subject_phrase
  int32_t date = -1;       // index into ArticleClaims::dates of a date in subject_phrase ("last month's talks")
  std::string speaker;     // entity key, "" when unknown
  Span speaker_span;       // empty for descriptions without quotation marks
  int32_t quote = -1;      // index into ArticleClaims::quotes of the quote holding the words;
                           // -1 without quotation marks ("X called the talks frank")
  bool in_quote = false;   // the words are inside the speaker's own longer quote
  bool negated = false;    // "was not polemical", "not a negotiation"
  bool hypothetical = false;  // "if it proves useful": a condition, not a description
  uint32_t sentence = 0;
};

// One checkable statement: usually a sentence, with the parts found in it.
struct Claim {
  uint32_t sentence = 0;
  Span span;
  std::string speaker;                // entity key when the sentence is attributed
  std::vector<uint32_t> quotes;       // indices into ArticleClaims::quotes
  std::vector<uint32_t> quantities;   // indices into ArticleClaims::quantities
  std::vector<uint32_t> dates;        // indices into ArticleClaims::dates
  std::vector<uint32_t> entities;     // indices into ArticleClaims::entities
  std::vector<std::string> terms;     // normalized content terms (lowercased, stemmed) for alignment
  bool negated = false;               // contains a negation of its main verb ("did not", "no")
};

struct ArticleClaims {
  std::vector<Sentence> sentences;
  std::vector<EntityMention> entities;
  std::vector<Quantity> quantities;
  std::vector<DateMention> dates;
  std::vector<Quote> quotes;
  std::vector<Characterization> characterizations;  // in text order
  std::vector<Claim> claims;
};

// Per article. `meta` gives the article date for relative dates.
ArticleClaims extract_claims(std::string_view text, const Metadata& meta);

// An entity seen across all sources, with every spelling used.
struct Entity {
  EntityKind kind = EntityKind::other;
  std::string key;                      // shared key
  std::string name;                     // display name: the most complete, most common spelling
  struct Variant {
    std::string surface;
    std::vector<uint32_t> sources;      // indices of the articles that use it
  };
  std::vector<Variant> variants;
};

struct EntityTable {
  std::vector<Entity> entities;
};

// Links mentions across articles (sets EntityMention::entity) and returns the
// table. Surname-only mentions join the full name in the same or other sources.
EntityTable link_entities(std::vector<ArticleClaims>& articles);

}  // namespace corroborate
