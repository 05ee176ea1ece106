// Page metadata from HTML head tags and JSON-LD, and date normalisation to
// ISO 8601 that any stage may call (the text engineer's date lines too).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/extract.h"

namespace corroborate {

// "2024-03-05T14:02:00Z", "March 5, 2024", "5 March 2024", "05.03.2024",
// "2024/03/05", "Tue, 05 Mar 2024 14:02:00 GMT", "5 mars 2024", "5. März 2024",
// "5 марта 2024" → "2024-03-05" (with "T14:02:00Z"-style time kept when the
// input is already ISO). Returns "" when no date is recognised.
std::string normalize_date(std::string_view s);

// Collects metadata while the HTML block builder walks the page; finish()
// resolves priorities (JSON-LD > og:/article: > twitter:/dc./name= > <title>).
class MetaCollector {
 public:
  void on_html_tag(std::string_view attrs);
  void on_meta(std::string_view attrs);
  void on_link(std::string_view attrs);
  void on_title(std::string_view raw);
  void on_json_ld(std::string_view raw);
  void finish(Metadata& out) const;

  // Candidate values by source priority (0 = best).
  enum Field { kTitle, kAuthor, kPublished, kModified, kSite, kLanguage, kUrl, kDescription, kFieldCount };
  static constexpr int kPriorities = 4;
  void offer(Field f, int priority, std::string value);

 private:
  std::string values_[kFieldCount][kPriorities];
  std::vector<std::string> ld_authors_;
};

// Splits "By Jane Roe and Ali Kaya, Reuters" into names (drops "By", outlets
// after a comma are kept as written: callers decide).
std::vector<std::string> split_authors(std::string_view byline);

}  // namespace corroborate
