// Fuzz target: extract() on plain text (forced) and auto-detection, then JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corroborate/corroborate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  corroborate::ExtractOptions o;
  o.format = corroborate::InputFormat::text;
  auto r = corroborate::extract(in, o);
  if (r.ok()) (void)corroborate::to_json(r.value());
  o.format = corroborate::InputFormat::auto_detect;
  (void)corroborate::extract(in, o);
  return 0;
}
