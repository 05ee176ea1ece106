// Dates written in a page's text lines ("January 21, 2022", "21. Januar 2022",
// "2022-01-21", "21.01.2022", "21 января 2022", "2022年1月21日") → ISO 8601.
// Used by the text extractor to recognise date lines and fill Metadata dates.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace corroborate {

// How a date was written: the page's other dates decide how to read an
// ambiguous numeric one ("1/2/2022").
enum class DateForm : uint8_t {
  none,
  year_first,           // 2022-01-21, 2022年1月21日
  month_name_first,     // January 21, 2022 (US order)
  day_name_first,       // 21 January 2022
  numeric_day_first,    // 21/01/2022: a first number above 12
  numeric_month_first,  // 01/21/2022: a second number above 12
  numeric_ambiguous,    // 01/02/2022: both orders valid
};

// Reading order of ambiguous numeric dates (dd/mm or mm/dd).
enum class DateOrder : uint8_t { day_first, month_first };

struct TextDate {
  std::string iso;        // "YYYY-MM-DD", empty when none was found
  std::size_t begin = 0;  // byte range of the date inside the scanned text
  std::size_t end = 0;
  DateForm form = DateForm::none;
  char separator = 0;  // of a numeric date: '/', '.', '-'
};

// Lower-cases ASCII, Latin-1 and Cyrillic capitals of UTF-8 text (what the
// month and boilerplate lexicons need; other scripts pass through unchanged).
std::string text_lower(std::string_view s);
void lower_in_place(char* s, std::size_t size);

// First recognisable calendar date at or after `from` in `text`. Linear in the
// text length; never reads past it.
// An ambiguous numeric date is read in `order` (day first unless the page's
// other cues say otherwise: see text_extract.cpp).
TextDate find_text_date(std::string_view text, std::size_t from = 0, DateOrder order = DateOrder::day_first);

}  // namespace corroborate
