#include "corroborate/span.h"

#include <algorithm>

namespace corroborate {

void OffsetMap::add(uint32_t derived, uint32_t input) {
  if (!anchors_.empty() && anchors_.back().derived == derived) {
    anchors_.back().input = input;  // a later anchor at the same place wins
    return;
  }
  anchors_.push_back({derived, input});
}

uint32_t OffsetMap::to_input(uint32_t derived) const {
  if (anchors_.empty()) return derived;
  // Last anchor at or before `derived`.
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), derived,
                             [](uint32_t d, const Anchor& a) { return d < a.derived; });
  if (it == anchors_.begin()) return anchors_.front().input;
  --it;
  return it->input + (derived - it->derived);
}

uint32_t OffsetMap::to_input_end(uint32_t derived_end) const {
  // An end offset belongs to the run of the byte before it, so a span that
  // ends exactly at an anchor does not jump to the next run's input position.
  if (derived_end == 0) return to_input(0);
  return to_input(derived_end - 1) + 1;
}

}  // namespace corroborate
