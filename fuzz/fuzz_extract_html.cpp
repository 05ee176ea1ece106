// Fuzz target: extract() on HTML (forced), then its JSON serialisation.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corroborate/corroborate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  corroborate::ExtractOptions o;
  o.format = corroborate::InputFormat::html;
  o.limits.max_nesting_depth = 64;  // reach the flattening path with small inputs
  auto r = corroborate::extract(std::string_view(reinterpret_cast<const char*>(data), size), o);
  if (r.ok()) (void)corroborate::to_json(r.value());
  return 0;
}
