// The sample story (samples/sample-story: story.json and its article files),
// compiled into the binary by cli/embed.cmake for `corroborate --demo`.
#pragma once
#include <cstddef>

namespace corroborate_cli {

struct EmbeddedFile {
  const char* name;           // file name inside samples/sample-story
  const unsigned char* data;  // its bytes
  std::size_t size;
};

extern const EmbeddedFile kSampleFiles[];
extern const std::size_t kSampleFileCount;

}  // namespace corroborate_cli
