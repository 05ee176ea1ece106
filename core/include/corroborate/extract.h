// Stage outputs of normalize → segment → classify boilerplate, and the public
// extract() entry point that runs them. One article in, its main text,
// metadata and every removed block (with the reason) out.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/options.h"
#include "corroborate/result.h"
#include "corroborate/span.h"

namespace corroborate {

// What a block of the page is. body and heading are the article; the rest are
// kept as metadata or removed.
enum class BlockLabel { body, heading, title, byline, date, caption, boilerplate };

// Why a block was removed (none when kept). Shown to the reader in the page.
enum class RemovalReason {
  none,
  navigation,    // menus, "Skip to main content", breadcrumbs, "Back to top"
  share,         // "Share", "Print", social buttons
  related,       // "Related articles", "Read more", link lists to other stories
  footer,        // copyright, about-the-outlet, contact, legal
  caption,       // image captions and credits
  byline,        // author lines (kept as metadata)
  date,          // date/updated lines (kept as metadata)
  title_repeat,  // the title (kept as metadata) and its repeats
  promo,         // subscribe, newsletter, premium, cookie prompts, ads
  comment,       // comment sections, "Leave a comment"
  tags,          // "Tags:", topic lists
  media,         // "This video is no longer available", embeds, placeholders
  short_text,    // fragments too short and linky to be prose
  other
};

const char* block_label_name(BlockLabel label);
const char* removal_reason_name(RemovalReason reason);

struct Block {
  Span input;            // bytes of the original input this block came from
  Span text;             // where it sits in Extraction::text when kept; empty when removed
  std::string content;   // the block's text, decoded and whitespace-collapsed
  BlockLabel label = BlockLabel::body;
  RemovalReason reason = RemovalReason::none;
  bool kept = false;     // true for body/heading (and restored blocks)
  // content offset → input offset runs (OffsetMap anchors relative to `content`),
  // used to build Extraction::input_map; not serialised.
  std::vector<OffsetMap::Anchor> anchors;
};

struct Metadata {
  std::string title;
  std::string byline;                 // as written ("By Jane Roe and Ali Kaya")
  std::vector<std::string> authors;   // split names
  std::string date_published;         // ISO 8601 (YYYY-MM-DD or full timestamp) when known
  std::string date_modified;
  std::string site_name;              // outlet
  std::string language;               // BCP 47 when known ("en", "de")
  std::string url;
  std::string description;
};

struct Extraction {
  InputFormat format = InputFormat::text;  // what the input was read as
  std::string encoding;                    // detected source encoding ("utf-8", "windows-1252", "utf-16le")
  bool repaired = false;                   // invalid byte sequences were replaced with U+FFFD
  Metadata meta;
  std::string text;                        // the main text: kept blocks joined by "\n\n"
  std::vector<Block> blocks;               // every block in document order, kept and removed
  OffsetMap input_map;                     // Extraction::text offsets → original input offsets
  std::vector<std::string> warnings;       // partial results are marked here
};

// Decode, segment, classify and assemble. Accepts any bytes: returns an error
// for empty, binary or oversized input; never throws, never reads past input.
Result<Extraction> extract(std::string_view input, const ExtractOptions& options = {});

}  // namespace corroborate
