// Every tunable and limit in one place, with its default and why.
// The CLI, the npm API and the page can override any of them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace corroborate {

enum class InputFormat { auto_detect, html, text };

struct Limits {
  // Largest input accepted per article. Real article pages are < 5 MB; 50 MB
  // leaves room for inlined images/scripts while bounding memory and time.
  std::size_t max_input_bytes = 50u * 1024u * 1024u;
  // HTML elements nested deeper than this are flattened (not an error): the
  // segmenter tracks depth with a counter, so deep nesting costs no stack.
  uint32_t max_nesting_depth = 256;
  // compare(): fewer than two sources gives a report with a warning, never a crash.
  std::size_t min_articles = 1;
  std::size_t max_articles = 1000;
};

struct ExtractOptions {
  InputFormat format = InputFormat::auto_detect;
  Limits limits;
  // Input offsets (Block::input.begin) of removed blocks the reader restored.
  std::vector<uint32_t> restore;
  // Keep every block (debugging, and "show me everything" in the page).
  bool keep_all = false;
};

struct CompareOptions {
  ExtractOptions extract;
  // Claims whose word overlap (weighted Jaccard over content terms) reaches this
  // are candidates for the same group.
  double align_threshold = 0.35;
  // Two quotes by the same speaker are the same quote worded differently when
  // their content-word overlap reaches this.
  double quote_variant_threshold = 0.5;
  // Cap on findings of each kind in the report (most important first); 0 = no cap.
  std::size_t max_findings_per_kind = 0;
  // Include `unique` findings (claims reported by a single source).
  bool include_unique = true;
};

}  // namespace corroborate
