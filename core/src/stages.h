// Internal interfaces between the pipeline stages behind extract(). Not public API.
//
//   normalize_input  (normalize.cpp)   bytes → valid UTF-8 + map back to input
//   extract_html     (html_*.cpp)      tokenize → blocks → classify → metadata
//   extract_text     (text_*.cpp)      lines → blocks → classify → metadata
//   assemble_text    (extract.cpp)     kept blocks → Extraction::text + input_map
#pragma once
#include <string>
#include <string_view>

#include "corroborate/extract.h"
#include "corroborate/options.h"
#include "corroborate/result.h"
#include "corroborate/span.h"

namespace corroborate {

struct Decoded {
  std::string text;         // valid UTF-8 (invalid sequences → U+FFFD), BOM removed
  OffsetMap map;            // text offsets → input offsets (empty = identity)
  std::string encoding;     // "utf-8", "utf-16le", "windows-1252", ...
  bool repaired = false;
};

// Checks limits, detects binary junk, detects the encoding (BOM, <meta charset>,
// http-equiv; else UTF-8 with repair) and converts to UTF-8.
Result<Decoded> normalize_input(std::string_view input, const ExtractOptions& options);

// Heuristic: does the decoded text look like markup rather than copied text?
bool looks_like_html(std::string_view text);

// Fill out.blocks (every block, labelled, with content/input/anchors/kept)
// and out.meta. Neither builds out.text: assemble_text does.
void extract_html(const Decoded& doc, const ExtractOptions& options, Extraction& out);
void extract_text(const Decoded& doc, const ExtractOptions& options, Extraction& out);

// Joins kept blocks with "\n\n" into out.text, sets Block::text and out.input_map.
void assemble_text(Extraction& out);

}  // namespace corroborate
