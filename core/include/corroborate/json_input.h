// JSON inputs shared by the CLI and the WASM bindings: options, article lists
// and JSONL lines, parsed with simdjson (error codes only, no exceptions).
// Every function accepts any bytes: bad JSON gives invalid_json, a field of the
// wrong type or out of range gives invalid_argument; unknown fields are ignored.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/options.h"
#include "corroborate/report.h"
#include "corroborate/result.h"

namespace corroborate {

// Options object, all fields optional:
//   {"format":"auto|html|text", "max_input_bytes":N, "max_nesting_depth":N,
//    "max_articles":N, "min_articles":N, "align_threshold":0..1,
//    "quote_variant_threshold":0..1, "max_findings_per_kind":N,
//    "include_unique":bool, "keep_all":bool, "restore":[offsets]}
// Empty or all-whitespace input gives the defaults. Fields override `base`.
Result<CompareOptions> parse_options_json(std::string_view json);
Result<CompareOptions> parse_options_json(std::string_view json, const CompareOptions& base);

// Articles for compare(): an array whose elements are strings (the content) or
// objects {"id", "name", "content"|"text"|"html", "restore":[offsets]}; or an
// object {"articles":[...]} of the same shape (a story file). Missing ids stay
// empty (compare() numbers them s1, s2, ...).
Result<std::vector<ArticleInput>> parse_articles_json(std::string_view json);

// A story file (samples/sample-story/story.json): {"articles":[...]} whose
// objects may give "file" (a name relative to the story) instead of content;
// load_file returns that file's bytes or an error. Other article shapes as above.
using StoryFileLoader = std::function<Result<std::string>(std::string_view file)>;
Result<std::vector<ArticleInput>> parse_story_json(std::string_view json, const StoryFileLoader& load_file);

// One line of `extract --jsonl`: {"id":..., "html"|"text"|"content":..., "name"?}.
// "html" and "text" force the format, "content" lets it be detected. The id may
// be a string or a number (kept as its JSON text). A missing id is an error.
struct JsonlArticle {
  std::string id;
  std::string name;
  std::string content;
  InputFormat format = InputFormat::auto_detect;
  std::vector<uint32_t> restore;
};
Result<JsonlArticle> parse_jsonl_line(std::string_view line);

// One line of `compare --jsonl`: {"id":..., "articles":[...], "options"?:{...}}.
// `options` (same shape as parse_options_json) override `base` for this story.
struct JsonlStory {
  std::string id;
  std::vector<ArticleInput> articles;
  CompareOptions options;
};
Result<JsonlStory> parse_jsonl_story(std::string_view line, const CompareOptions& base = {});

// Best effort for error lines: the "id" of a JSON object line even when the
// rest of the line is unusable; empty when there is none.
std::string jsonl_line_id(std::string_view line);

// "auto"/"html"/"text" → InputFormat; false when the name is unknown.
bool parse_input_format(std::string_view name, InputFormat& out);
const char* input_format_name(InputFormat format);

}  // namespace corroborate
