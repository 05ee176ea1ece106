// Stable names of the public enums (JSON, CLI and page all use these).
#include "corroborate/extract.h"
#include "corroborate/report.h"
#include "corroborate/result.h"

namespace corroborate {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::ok: return "ok";
    case ErrorCode::empty_input: return "empty_input";
    case ErrorCode::binary_input: return "binary_input";
    case ErrorCode::input_too_large: return "input_too_large";
    case ErrorCode::nesting_too_deep: return "nesting_too_deep";
    case ErrorCode::too_few_articles: return "too_few_articles";
    case ErrorCode::too_many_articles: return "too_many_articles";
    case ErrorCode::no_main_text: return "no_main_text";
    case ErrorCode::invalid_json: return "invalid_json";
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

const char* block_label_name(BlockLabel label) {
  switch (label) {
    case BlockLabel::body: return "body";
    case BlockLabel::heading: return "heading";
    case BlockLabel::title: return "title";
    case BlockLabel::byline: return "byline";
    case BlockLabel::date: return "date";
    case BlockLabel::caption: return "caption";
    case BlockLabel::boilerplate: return "boilerplate";
  }
  return "body";
}

const char* removal_reason_name(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::none: return "none";
    case RemovalReason::navigation: return "navigation";
    case RemovalReason::share: return "share";
    case RemovalReason::related: return "related";
    case RemovalReason::footer: return "footer";
    case RemovalReason::caption: return "caption";
    case RemovalReason::byline: return "byline";
    case RemovalReason::date: return "date";
    case RemovalReason::title_repeat: return "title_repeat";
    case RemovalReason::promo: return "promo";
    case RemovalReason::comment: return "comment";
    case RemovalReason::tags: return "tags";
    case RemovalReason::media: return "media";
    case RemovalReason::short_text: return "short_text";
    case RemovalReason::other: return "other";
  }
  return "other";
}

const char* finding_kind_name(FindingKind kind) {
  switch (kind) {
    case FindingKind::conflict: return "conflict";
    case FindingKind::quote_variant: return "quote_variant";
    case FindingKind::name_variant: return "name_variant";
    case FindingKind::agreement: return "agreement";
    case FindingKind::unique: return "unique";
  }
  return "agreement";
}

}  // namespace corroborate
