// Compare: aligned groups → findings (conflict, quote_variant, name_variant,
// agreement, unique), each with evidence spans per source. Internal; the public
// entry point is corroborate::compare() in report.h.
#pragma once
#include <vector>

#include "align.h"
#include "corroborate/report.h"

namespace corroborate {

// Findings of every group plus the name variants of the entity table, ordered
// (conflicts, quote variants, name variants, agreements by #sources, unique)
// and capped. `sources` gives the texts and input maps for the evidence.
std::vector<Finding> build_findings(const Alignment& alignment, const std::vector<SourceReport>& sources,
                                    const EntityTable& entities, std::size_t readable_sources,
                                    const CompareOptions& options);

// Spelling variants of one entity: the surfaces that are not a shorter form of
// another (surname-only, title dropped), with the sources using each.
std::vector<Finding::Value> spelling_variants(const Entity& entity);

// Are these spellings of one name (a word in common, or words a letter or two apart), not two
// names the entity table links ("US" / "America") or a name and its adjective ("Antarctica" /
// "Antarctic")? Only then is a name variant reported.
bool spelled_alike(const std::vector<Finding::Value>& values);

}  // namespace corroborate
