// Fuzz target: compare() of 2-3 articles split from the input at 0x1E (ASCII
// record separator), then both report serialisations.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "corroborate/corroborate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<corroborate::ArticleInput> articles;
  while (articles.size() < 2) {
    size_t cut = in.find('\x1e');
    if (cut == std::string_view::npos) break;
    articles.push_back({"", "", std::string(in.substr(0, cut)), {}});
    in.remove_prefix(cut + 1);
  }
  articles.push_back({"", "", std::string(in), {}});
  auto r = corroborate::compare(articles);
  if (r.ok()) {
    (void)corroborate::to_json(r.value());
    (void)corroborate::to_markdown(r.value());
  }
  return 0;
}
