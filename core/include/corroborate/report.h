// Stage outputs of align → compare → report, and the public compare() entry
// point. The JSON form is schema v1 (docs/report-schema.md).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/claims.h"
#include "corroborate/extract.h"
#include "corroborate/options.h"
#include "corroborate/result.h"

namespace corroborate {

constexpr int kReportSchemaVersion = 1;

// One article handed to compare(): its bytes and an optional display name
// (file name or outlet). The name falls back to the detected site name.
struct ArticleInput {
  std::string id;     // stable id; "s1", "s2", ... when empty
  std::string name;
  std::string content;
  std::vector<uint32_t> restore;  // input offsets of removed blocks to keep (added to ExtractOptions::restore)
};

enum class FindingKind { conflict, quote_variant, name_variant, agreement, unique };
const char* finding_kind_name(FindingKind kind);

// One exact span of one source supporting a finding.
struct Evidence {
  uint32_t source = 0;      // index into Report::sources
  Span text;                // offsets into that source's Extraction::text
  Span input;               // offsets into that source's original input
  std::string excerpt;      // the spanned text (so a reader needs nothing else)
  std::string value;        // the compared value as normalized ("90 minutes", "frank; substantive"), may be empty
  std::string role;         // "quote", "quantity", "date", "name", "statement", "characterization"
  bool assumed_date = false;  // date: resolved against the other sources' publication day (the source gives none)
};

// A word-level diff between two wordings: "=" same, "-" only in the first, "+" only in the second.
struct DiffOp {
  char op = '=';
  std::string text;
};

struct Finding {
  FindingKind kind = FindingKind::agreement;
  std::string topic;                 // short slot label: "meeting duration", "Russian troops near Ukraine", "quote by Blinken"
  std::string summary;               // one line a reader understands
  std::vector<uint32_t> sources;     // source indices involved
  std::vector<Evidence> evidence;    // at least one per source involved
  // For conflicts: the distinct values, each with the sources that give it.
  struct Value {
    std::string value;
    std::vector<uint32_t> sources;
  };
  std::vector<Value> values;
  std::vector<DiffOp> diff;          // quote_variant: between the first two wordings
  double importance = 0;             // ordering key (higher first within the kind order)
};

struct SourceReport {
  std::string id;
  std::string name;
  Extraction extraction;
  ArticleClaims claims;
  std::string error;                 // non-empty when this article could not be read (the others still compare)
  ErrorCode error_code = ErrorCode::ok;  // the code of that error (JSON: error.code)
};

struct Report {
  int schema_version = kReportSchemaVersion;
  std::vector<SourceReport> sources;
  std::vector<Entity> entities;
  std::vector<Finding> findings;     // ordered: conflicts, quote variants, name variants, agreements (by #sources), unique
  std::vector<std::string> warnings; // e.g. "only one readable source: nothing to compare"
};

// Extract every article, extract claims, align, compare. Articles that fail to
// extract are reported with their error and left out of the comparison.
Result<Report> compare(const std::vector<ArticleInput>& articles, const CompareOptions& options = {});

// Serialisations of schema v1. Both are deterministic (same input, same bytes).
std::string to_json(const Report& report);
std::string to_markdown(const Report& report);

}  // namespace corroborate
