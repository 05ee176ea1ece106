// Fuzz target: every JSON input parser (JSONL lines, story lines, options,
// article lists, story files with a loader).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corroborate/json_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace corroborate;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto line = parse_jsonl_line(in);
  if (!line.ok()) (void)jsonl_line_id(in);
  (void)parse_jsonl_story(in);
  (void)parse_options_json(in);
  (void)parse_articles_json(in);
  (void)parse_story_json(in, [](std::string_view f) -> Result<std::string> {
    if (f.size() > 8) return Error{ErrorCode::invalid_argument, "no such file"};
    return std::string(f);
  });
  return 0;
}
