// Stable names of the public enums (JSON, CLI and page all use these).
#include <cstddef>

#include "corroborate/extract.h"
#include "corroborate/report.h"
#include "corroborate/result.h"

namespace corroborate {
namespace {

// Each table lists the names in the enum's declaration order (the enums count
// from 0 without gaps); the static_asserts catch a value added at the end
// without its name. A value outside the enum gets the fallback name.
template <typename Enum, std::size_t N>
const char* name_in(const char* const (&names)[N], Enum value, const char* fallback) {
  const auto i = static_cast<std::size_t>(value);
  return i < N ? names[i] : fallback;
}

template <typename Enum, std::size_t N>
constexpr bool names_every(const char* const (&)[N], Enum last) {
  return static_cast<std::size_t>(last) + 1 == N;
}

constexpr const char* kErrorCodeNames[] = {
    "ok", "empty_input", "binary_input", "input_too_large",
    "nesting_too_deep", "too_few_articles", "too_many_articles", "no_main_text",
    "invalid_json", "invalid_argument", "internal"};
static_assert(names_every(kErrorCodeNames, ErrorCode::internal), "a name per ErrorCode");

constexpr const char* kBlockLabelNames[] = {"body", "heading", "title", "byline", "date", "caption", "boilerplate"};
static_assert(names_every(kBlockLabelNames, BlockLabel::boilerplate), "a name per BlockLabel");

constexpr const char* kRemovalReasonNames[] = {
    "none", "navigation", "share", "related", "footer", "caption", "byline", "date",
    "title_repeat", "promo", "comment", "tags", "media", "short_text", "other"};
static_assert(names_every(kRemovalReasonNames, RemovalReason::other), "a name per RemovalReason");

constexpr const char* kFindingKindNames[] = {"conflict", "quote_variant", "name_variant", "agreement", "unique"};
static_assert(names_every(kFindingKindNames, FindingKind::unique), "a name per FindingKind");

}  // namespace

const char* error_code_name(ErrorCode code) { return name_in(kErrorCodeNames, code, "internal"); }

const char* block_label_name(BlockLabel label) { return name_in(kBlockLabelNames, label, "body"); }

const char* removal_reason_name(RemovalReason reason) { return name_in(kRemovalReasonNames, reason, "other"); }

const char* finding_kind_name(FindingKind kind) { return name_in(kFindingKindNames, kind, "agreement"); }

}  // namespace corroborate
