// Alignment: groups claims about the same thing across sources, through
// inverted indexes over content terms, entity ids and speakers (candidate pairs
// only from shared postings; never all pairs of sentences). Internal.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/claims.h"
#include "corroborate/options.h"
#include "corroborate/span.h"

namespace corroborate {

// One readable source as the aligner sees it.
struct SourceView {
  uint32_t source = 0;            // index into Report::sources
  std::string_view text;          // Extraction::text
  const ArticleClaims* claims = nullptr;
};

// What a group is about, which decides how compare() judges it.
enum class GroupKind {
  statement,         // sentences with overlapping content (agreement / unique)
  quote,             // the same direct quote by the same speaker
  quantity,          // the same quantity slot (duration of the meeting, number of trucks)
  characterization,  // how one speaker described one thing ("X called the talks ‘…’")
  opposite,          // the same statement, negated in some sources
  date,              // when one event happened (resolved dates; low/high = first/last day as yyyymmdd)
  contact,           // how the same people were in contact N times (counts with a mode: met vs by telephone)
  denied,            // "did not describe it as X" (negated member) vs sources that assert X
  negated            // the same rare word negated by 3+ sources ("no breakthrough"): an agreement
};

struct Member {
  uint32_t source = 0;
  uint32_t claim = 0;             // index into that source's ArticleClaims::claims
  Span span;                      // the evidence (quote with marks, quantity, sentence)
  Span content;                   // quote: the words inside the marks; else = span
  std::string value;              // display value as written ("about three hours", "open and detailed")
  double low = 0, high = 0;       // quantity interval (canonical unit)
  bool vague = false;             // quantity too wide to decide a conflict ("thousands")
  bool negated = false;           // opposite: this wording carries the negation
  bool paraphrase = false;        // quote: reported speech ("X said the US would …"), not the speaker's words
  std::string mode;               // contact: "in person" / "remote" (Quantity::mode)
  bool assumed = false;           // date: resolved against an assumed publication date (DateMention::assumed)
  std::vector<uint32_t> terms;    // characterization: its words, as term ids
  double notability = 0;          // numbers, names and quotes make a claim worth showing
};

struct Group {
  GroupKind kind = GroupKind::statement;
  std::string topic;              // "duration of the meeting", "number of trucks", "talks"
  int32_t speaker = -1;           // entity index (quotes, characterizations), -1 unknown
  std::string unit;               // quantity: canonical unit
  std::vector<Member> members;    // sorted by source
  double best_other = 0;          // statement/quote with one member: best similarity to another source
};

struct Alignment {
  std::vector<Group> groups;
};

// "swiftly" → "swift": the adjective of a folded -ly adverb, else the word itself.
std::string adjective_of(const std::string& folded_word);

// Quantities of this dimension are compared across sources ("duration", "count", "money", ...;
// not "year" or "ordinal").
bool compared_dimension(std::string_view dimension);

// Groups every readable source's claims. Deterministic: same input, same groups
// in the same order. Time ~ linear in the number of claims (posting lists capped).
Alignment align(const std::vector<SourceView>& sources, const EntityTable& entities, const CompareOptions& options);

}  // namespace corroborate
