// Sentence splitting and quotation-mark regions (internal stage of extract_claims).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "corroborate/claims.h"
#include "corroborate/span.h"

namespace corroborate {

// A stretch of text between quotation marks, found per paragraph.
struct QuoteRegion {
  Span whole;              // from the opening mark to after the closing mark (or paragraph end)
  Span content;            // between the marks, trimmed of spaces
  uint32_t paragraph = 0;
  bool closed = true;      // false: no closing mark before the paragraph end (recovered there)
};

struct TextLayout {
  std::vector<Span> paragraphs;      // separated by blank lines ("\n\n") or single newlines
  std::vector<Sentence> sentences;   // in text order, trimmed of spaces
  std::vector<QuoteRegion> quotes;   // in text order, never overlapping
};

// Splits text into paragraphs, quotation regions and sentences. Linear in the
// text; any bytes accepted (invalid UTF-8 counts as U+FFFD).
//  - no split after abbreviations (Mr. Gen. Jan. e.g. et al.), initials (J. R.),
//    decimals (1.5, 3.30), dotted acronyms (U.S.) unless a sentence clearly starts;
//  - no split inside a quotation unless the quotation is the whole paragraph;
//    a sentence ending `.”` ends after the closing mark;
//  - “…” „…“ «…» »…« "…" ‘…’ 「…」; a closing mark written as an opening one
//    (`word“ `) closes; an unclosed quotation ends at its paragraph's end;
//  - 。！？ and ؟ end sentences too.
void split_sentences(std::string_view text, TextLayout& out);

}  // namespace corroborate
