// Byte spans and the map from extracted-text offsets back to the original input.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace corroborate {

// Half-open byte range [begin, end).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view of(std::string_view s) const { return s.substr(begin, end - begin); }
  friend bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
};

// Maps offsets in a derived text (the main text, or decoded text) to offsets in
// the original input bytes. Stored as sorted anchors: at derived offset `to`
// the input offset is `from`, and the two advance together until the next
// anchor (runs of copied bytes). Entity decoding, whitespace collapsing and
// transcoding each start a new anchor.
class OffsetMap {
 public:
  struct Anchor {
    uint32_t derived;
    uint32_t input;
  };
  void add(uint32_t derived, uint32_t input);  // derived offsets must be non-decreasing
  uint32_t to_input(uint32_t derived) const;   // identity when empty
  Span to_input(Span derived) const { return {to_input(derived.begin), to_input_end(derived.end)}; }
  const std::vector<Anchor>& anchors() const { return anchors_; }
  bool empty() const { return anchors_.empty(); }
  void clear() { anchors_.clear(); }

 private:
  uint32_t to_input_end(uint32_t derived_end) const;
  std::vector<Anchor> anchors_;
};

// Byte offset → UTF-16 code unit offset for one text, so JSON spans can carry
// offsets a JavaScript string can slice directly. Built once per text: O(n).
class Utf16Index {
 public:
  explicit Utf16Index(std::string_view utf8);
  uint32_t at(uint32_t byte_offset) const;  // clamps past the end

 private:
  // UTF-16 offset at every 64th byte, plus a scan inside the block.
  std::string_view text_;
  std::vector<uint32_t> every64_;
};

}  // namespace corroborate
