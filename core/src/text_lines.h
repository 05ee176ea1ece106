// Pasted plain text → lines with the features the text classifier reads.
// Internal to the text extractor (text_lines.cpp, text_extract.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/extract.h"
#include "corroborate/span.h"

namespace corroborate {

// Shape features of one non-empty line, computed once.
struct LineFeatures {
  uint32_t words = 0;           // word-equivalents: space-separated tokens, CJK characters count 1/2
  uint32_t tokens = 0;          // space-separated tokens
  uint32_t cjk = 0;             // CJK characters
  uint32_t letters = 0;         // letters in any script
  uint32_t digits = 0;
  uint32_t long_words = 0;      // tokens of 4+ letters (title-case denominator)
  uint32_t capitalized = 0;     // ... of which start with a capital
  uint32_t glued = 0;           // tokens with a lower→upper case change inside ("HouseGartner": joined links)
  uint32_t commas = 0;          // ',' (tag lists and keyword lines have many)
  uint32_t pipes = 0;           // " | " / " · " / " • " separators (menus, breadcrumbs)
  bool sentence_end = false;    // ends with . ! ? … 。 ！ ？ ؟ (after closing quotes/brackets)
  bool soft_end = false;        // ends with , ; or a letter-joining dash: a fragment
  bool colon_end = false;
  bool dash_start = false;      // starts with – — - followed by a space (dialogue or a dashed heading)
  bool dash_end = false;        // ends with a space and a dash ("– New summit? –")
  bool has_url = false;         // http://, www., or an e-mail address
};

struct Line {
  Span span;                               // trimmed line in the decoded text
  std::string content;                     // whitespace-collapsed
  std::vector<OffsetMap::Anchor> anchors;  // content offset → decoded offset
  std::string key;                         // lower-cased, trailing punctuation/counters stripped
  LineFeatures f;
  bool blank_before = false;               // an empty line precedes it
  uint32_t repeats = 1;                    // identical lines (by key) in the page
  // Classification, filled by text_extract.cpp.
  BlockLabel label = BlockLabel::boilerplate;
  RemovalReason reason = RemovalReason::other;
  bool kept = false;
};

// Splits on LF (and U+2028/2029), trims, collapses whitespace (incl. NBSP and
// other Unicode spaces), computes features and repetition counts. Linear.
std::vector<Line> split_lines(std::string_view text);

}  // namespace corroborate
