// HTML → blocks: walks the tokens with a bounded element stack, cuts text into
// blocks at block-level elements and <br>, and records per block the features
// the classifier (html_classify.cpp) needs. Also feeds the MetaCollector.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "corroborate/extract.h"
#include "html_tokenizer.h"
#include "metadata.h"

namespace corroborate {
namespace html {

// Cues from class/id/role/itemprop words and structural tags.
enum Cue : uint32_t {
  kCueContent = 1u << 0,
  kCueNav = 1u << 1,
  kCueShare = 1u << 2,
  kCueRelated = 1u << 3,
  kCueFooter = 1u << 4,
  kCueComment = 1u << 5,
  kCuePromo = 1u << 6,
  kCueAd = 1u << 7,
  kCueCaption = 1u << 8,
  kCueByline = 1u << 9,
  kCueDate = 1u << 10,
  kCueTags = 1u << 11,
  kCueSidebar = 1u << 12,
  kCueTitle = 1u << 13,
  kCueMedia = 1u << 14,
  kCueHidden = 1u << 15,
  kCueHeader = 1u << 16,  // <header>: title/byline inside an article, masthead outside
  kCueForm = 1u << 17,
  kCueFigure = 1u << 18,
};
constexpr uint32_t kCueNegative = kCueNav | kCueShare | kCueRelated | kCueFooter | kCueComment | kCuePromo | kCueAd |
                                  kCueSidebar | kCueMedia;  // not form: ASP.NET pages wrap everything in one

// An element that can contain blocks (inline elements share their parent's node).
struct Node {
  uint32_t parent = 0;  // node 0 is the document
  Tag tag = Tag::unknown;
  uint32_t cues = 0;    // this element's own cues
  double good = 0;      // filled by the classifier: prose characters in the subtree
  double bad = 0;       // boilerplate-looking characters in the subtree
};

// Features of one block, parallel to the Extraction::blocks it describes.
struct BlockFeatures {
  uint32_t node = 0;         // innermost node holding the block's first text
  uint32_t inline_cues = 0;  // cues of inline elements around its text (<span class="byline">)
  Tag tag = Tag::unknown;    // the node's tag
  uint8_t heading = 0;       // 1..6 inside <hN>
  bool in_time = false;      // inside <time>
  uint32_t chars = 0;        // content bytes
  uint32_t link_chars = 0;   // bytes inside <a>
  uint32_t words = 0;
  uint32_t sentence_ends = 0;
  uint32_t commas = 0;
  uint32_t cjk = 0;          // CJK characters (no spaces between words)
};

struct Page {
  std::vector<Node> nodes;
  std::vector<BlockFeatures> features;
};

// Fills blocks (content, input span, anchors; not yet labelled) and page.
void build_blocks(std::string_view src, const Limits& limits, std::vector<Block>& blocks, Page& page,
                  MetaCollector& meta);

// Cues of one class/id/role value ("article-body share-bar").
uint32_t cues_of(std::string_view attr_value);

}  // namespace html
}  // namespace corroborate
