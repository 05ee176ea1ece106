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

namespace {
// UTF-16 units contributed by the UTF-8 lead byte c (continuation bytes add 0;
// 4-byte sequences are surrogate pairs).
inline uint32_t utf16_units(unsigned char c) {
  if (c < 0x80) return 1;
  if (c < 0xC0) return 0;
  if (c < 0xF0) return 1;
  return 2;
}
}  // namespace

Utf16Index::Utf16Index(std::string_view utf8) : text_(utf8) {
  every64_.reserve(utf8.size() / 64 + 1);
  uint32_t units = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    if ((i & 63) == 0) every64_.push_back(units);
    units += utf16_units(static_cast<unsigned char>(utf8[i]));
  }
  if ((utf8.size() & 63) == 0) every64_.push_back(units);
}

uint32_t Utf16Index::at(uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  uint32_t block = byte_offset >> 6;
  uint32_t units = every64_[block];
  for (uint32_t i = block << 6; i < byte_offset; ++i) units += utf16_units(static_cast<unsigned char>(text_[i]));
  return units;
}

}  // namespace corroborate
