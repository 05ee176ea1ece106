// Markdown rendering of a report: title, summary table, sources, then the
// findings by kind with the evidence quoted and attributed. Deterministic.
#include <string>

#include "corroborate/report.h"

namespace corroborate {
namespace {

constexpr std::size_t kExcerptMax = 280;  // bytes of evidence quoted per source

struct KindSection {
  FindingKind kind;
  const char* heading;
};
constexpr KindSection kSections[] = {
    {FindingKind::conflict, "Conflicts"},
    {FindingKind::quote_variant, "Quote variants"},
    {FindingKind::name_variant, "Name variants"},
    {FindingKind::agreement, "Agreements"},
    {FindingKind::unique, "Reported by one source only"},
};

// One line, table-safe, cut at a UTF-8 boundary.
std::string inline_text(std::string_view s, std::size_t max = std::string::npos) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == '|') out += '\\';
    out += c;
  }
  if (out.size() > max) {
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "…";
  }
  return out;
}

std::string source_name(const Report& r, uint32_t i) { return i < r.sources.size() ? r.sources[i].name : "?"; }

void write_diff(std::string& md, const std::vector<DiffOp>& diff) {
  md += "  - Word diff: ";
  for (const DiffOp& d : diff) {
    std::string t = inline_text(d.text);
    if (d.op == '=') md += t;
    else if (d.op == '-') md += "~~" + t + "~~";
    else md += "**" + t + "**";
    md += ' ';
  }
  md += '\n';
}

void write_finding(std::string& md, const Report& r, const Finding& f, std::size_t index) {
  md += std::to_string(index + 1) + ". **" + inline_text(f.summary) + "**\n";
  for (const Evidence& e : f.evidence) {
    md += "  - " + inline_text(source_name(r, e.source)) + " (" + e.role + "): “" + inline_text(e.excerpt, kExcerptMax) + "”";
    if (!e.value.empty() && e.value != e.excerpt) md += " — " + inline_text(e.value);
    if (e.assumed_date) md += " (date assumed: the source gives none)";
    md += '\n';
  }
  if (!f.diff.empty()) write_diff(md, f.diff);
}

}  // namespace

std::string to_markdown(const Report& r) {
  std::string md;
  std::string title = "Comparison of " + std::to_string(r.sources.size()) + " sources";
  md += "# " + title + "\n\n";
  md += "| kind | findings |\n|---|---|\n";
  for (const KindSection& k : kSections) {
    std::size_t n = 0;
    for (const Finding& f : r.findings) n += f.kind == k.kind;
    md += "| " + std::string(k.heading) + " | " + std::to_string(n) + " |\n";
  }
  md += "\n## Sources\n\n| id | name | title | date | status |\n|---|---|---|---|---|\n";
  for (const SourceReport& s : r.sources) {
    md += "| " + inline_text(s.id) + " | " + inline_text(s.name) + " | " + inline_text(s.extraction.meta.title, 120) +
          " | " + inline_text(s.extraction.meta.date_published) + " | " +
          (s.error.empty() ? std::string("read") : "error: " + inline_text(s.error)) + " |\n";
  }
  if (!r.warnings.empty()) {
    md += "\n## Warnings\n\n";
    for (const std::string& w : r.warnings) md += "- " + inline_text(w) + "\n";
  }
  for (const KindSection& k : kSections) {
    std::size_t n = 0;
    for (const Finding& f : r.findings) n += f.kind == k.kind;
    if (n == 0) continue;
    md += "\n## " + std::string(k.heading) + "\n\n";
    std::size_t i = 0;
    for (const Finding& f : r.findings)
      if (f.kind == k.kind) write_finding(md, r, f, i++);
  }
  return md;
}

}  // namespace corroborate
