// Dates written in a page's text lines ("January 21, 2022", "21. Januar 2022",
// "2022-01-21", "21.01.2022", "21 января 2022", "2022年1月21日") → ISO 8601.
// Used by the text extractor to recognise date lines and fill Metadata dates.
#pragma once
#include <string>
#include <string_view>

namespace corroborate {

struct TextDate {
  std::string iso;        // "YYYY-MM-DD", empty when none was found
  std::size_t begin = 0;  // byte range of the date inside the scanned text
  std::size_t end = 0;
};

// Lower-cases ASCII, Latin-1 and Cyrillic capitals of UTF-8 text (what the
// month and boilerplate lexicons need; other scripts pass through unchanged).
std::string text_lower(std::string_view s);
void lower_in_place(char* s, std::size_t size);

// First recognisable calendar date at or after `from` in `text`. Linear in the
// text length; never reads past it.
TextDate find_text_date(std::string_view text, std::size_t from = 0);

}  // namespace corroborate
