// embind bindings: convert arguments, call the core, return JSON text.
// Nothing here decides anything about articles; errors come back as values
// ({"ok":false,"error":{"code","message"}}), never as exceptions, so a failed
// call leaves the instance usable. js/index.js turns them into CorroborateError.
//
// Strings cross as std::string: embind fills it from a JS string (UTF-8
// encoded) or from a Uint8Array/ArrayBuffer (raw bytes), so the bytes of a
// dropped file reach the core's encoding detection untouched.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "corroborate/json_input.h"

namespace {

using corroborate::ArticleInput;
using corroborate::CompareOptions;
using corroborate::Result;

std::string extract_json(const std::string& input, const std::string& options_json) {
  Result<CompareOptions> options = corroborate::parse_options_json(options_json);
  if (!options) return corroborate::error_json(options.error());
  auto extraction = corroborate::extract(input, options->extract);
  if (!extraction) return corroborate::error_json(extraction.error());
  return corroborate::to_json(extraction.value());
}

// Report as "json" (schema v1) or "md"; errors are always error JSON.
std::string report_as(const std::vector<ArticleInput>& articles, const std::string& options_json,
                      const std::string& format) {
  Result<CompareOptions> options = corroborate::parse_options_json(options_json);
  if (!options) return corroborate::error_json(options.error());
  auto report = corroborate::compare(articles, options.value());
  if (!report) return corroborate::error_json(report.error());
  return format == "md" ? corroborate::to_markdown(report.value()) : corroborate::to_json(report.value());
}

// compare(articlesJson, optionsJson): articles as JSON (strings or
// {"id","name","content"} objects, see json_input.h).
std::string compare_json(const std::string& articles_json, const std::string& options_json) {
  auto articles = corroborate::parse_articles_json(articles_json);
  if (!articles) return corroborate::error_json(articles.error());
  return report_as(articles.value(), options_json, "json");
}

// compareContents(metaJson, contents, optionsJson, format): the articles'
// ids/names/restore as JSON and their contents as a separate JS array of
// strings or Uint8Arrays, so raw bytes need no JSON escaping or re-encoding.
std::string compare_contents(const std::string& meta_json, const emscripten::val& contents,
                             const std::string& options_json, const std::string& format) {
  auto articles = corroborate::parse_articles_json(meta_json);
  if (!articles) return corroborate::error_json(articles.error());
  const unsigned count = contents["length"].as<unsigned>();
  if (count != articles->size()) {
    return corroborate::error_json({corroborate::ErrorCode::invalid_argument,
                                    "compareContents: " + std::to_string(articles->size()) + " articles but " +
                                        std::to_string(count) + " contents"});
  }
  for (unsigned i = 0; i < count; ++i) articles.value()[i].content = contents[i].as<std::string>();
  return report_as(articles.value(), options_json, format);
}

std::string version() { return corroborate::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(corroborate) {
  emscripten::function("extract", &extract_json);
  emscripten::function("compare", &compare_json);
  emscripten::function("compareContents", &compare_contents);
  emscripten::function("version", &version);
}
