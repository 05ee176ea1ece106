// The public extract(): normalize → choose format → segment+classify →
// reader choices (restore, keep_all) → assemble the main text. Errors are values.
#include <algorithm>

#include "corroborate/extract.h"
#include "stages.h"

namespace corroborate {
namespace {

// Re-expresses a span of the decoded text in original input bytes.
Span decoded_to_input(const OffsetMap& map, Span s) { return map.to_input(s); }

// Composes a block's anchors (content → decoded) with the transcoding map
// (decoded → input): every decoded anchor inside a run splits it, so each
// resulting run is a straight copy of input bytes again.
std::vector<OffsetMap::Anchor> compose_anchors(const Block& b, const OffsetMap& map) {
  std::vector<OffsetMap::Anchor> out;
  const auto& dec = map.anchors();
  const uint32_t content_end = static_cast<uint32_t>(b.content.size());
  for (size_t i = 0; i < b.anchors.size(); ++i) {
    uint32_t c0 = b.anchors[i].derived;
    uint32_t c1 = i + 1 < b.anchors.size() ? b.anchors[i + 1].derived : content_end;
    uint32_t d0 = b.anchors[i].input;
    uint32_t d1 = d0 + (c1 - c0);
    out.push_back({c0, map.to_input(d0)});
    auto it = std::upper_bound(dec.begin(), dec.end(), d0,
                               [](uint32_t d, const OffsetMap::Anchor& a) { return d < a.derived; });
    for (; it != dec.end() && it->derived < d1; ++it) out.push_back({c0 + (it->derived - d0), it->input});
  }
  return out;
}

void remap_to_input(Extraction& out, const OffsetMap& map) {
  for (Block& b : out.blocks) {
    b.anchors = compose_anchors(b, map);
    b.input = decoded_to_input(map, b.input);
  }
}

void apply_reader_choices(Extraction& out, const ExtractOptions& options) {
  if (options.keep_all) {
    for (Block& b : out.blocks) b.kept = true;
    return;
  }
  if (options.restore.empty()) return;
  std::vector<uint32_t> wanted = options.restore;
  std::sort(wanted.begin(), wanted.end());
  for (Block& b : out.blocks)
    if (std::binary_search(wanted.begin(), wanted.end(), b.input.begin)) b.kept = true;
}

// Nothing was kept although the page has text: a low-confidence result beats an
// error, so keep the blocks that look most like prose (the longest ones).
bool keep_fallback(Extraction& out) {
  size_t longest = 0;
  for (const Block& b : out.blocks) longest = std::max(longest, b.content.size());
  if (longest == 0) return false;
  for (Block& b : out.blocks)
    if (b.content.size() * 2 >= longest) b.kept = true;
  out.warnings.push_back("no main text recognised; showing the longest blocks of the page (low confidence)");
  return true;
}

}  // namespace

void assemble_text(Extraction& out) {
  out.text.clear();
  out.input_map.clear();
  size_t text_size = 0;
  for (const Block& b : out.blocks)
    if (b.kept) text_size += b.content.size() + 2;
  out.text.reserve(text_size);
  for (Block& b : out.blocks) {
    if (!b.kept || b.content.empty()) {
      b.text = Span{};
      continue;
    }
    if (!out.text.empty()) out.text += "\n\n";
    const uint32_t start = static_cast<uint32_t>(out.text.size());
    out.text += b.content;
    b.text = Span{start, static_cast<uint32_t>(out.text.size())};
    if (b.anchors.empty()) out.input_map.add(start, b.input.begin);
    for (const OffsetMap::Anchor& a : b.anchors) out.input_map.add(start + a.derived, a.input);
  }
}

Result<Extraction> extract(std::string_view input, const ExtractOptions& options) {
  Result<Decoded> decoded = normalize_input(input, options);
  if (!decoded.ok()) return decoded.error();
  const Decoded& doc = decoded.value();

  Extraction out;
  out.encoding = doc.encoding;
  out.repaired = doc.repaired;
  InputFormat format = options.format;
  if (format == InputFormat::auto_detect) format = looks_like_html(doc.text) ? InputFormat::html : InputFormat::text;
  out.format = format;
  if (format == InputFormat::html)
    extract_html(doc, options, out);
  else
    extract_text(doc, options, out);
  if (!doc.map.empty()) remap_to_input(out, doc.map);
  if (doc.repaired) out.warnings.push_back("invalid byte sequences were replaced with U+FFFD");

  apply_reader_choices(out, options);
  bool any_kept = std::any_of(out.blocks.begin(), out.blocks.end(),
                              [](const Block& b) { return b.kept && !b.content.empty(); });
  if (!any_kept && !keep_fallback(out))
    return Result<Extraction>::failure(ErrorCode::no_main_text, "the input has no readable text");
  assemble_text(out);
  return out;
}

}  // namespace corroborate
