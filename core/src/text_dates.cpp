// Calendar dates in running text → ISO 8601. A table of month names in several
// languages plus three numeric layouts; each match is range-checked.
#include "text_dates.h"

#include <bitset>
#include <cstdint>
#include <cstring>
#include <vector>

namespace corroborate {
namespace {

// Month-name prefixes (lower case, UTF-8), matched at a word start. Short
// forms cover abbreviations ("Jan.", "Sept"); longer forms come first so the
// whole word is consumed.
struct MonthName {
  std::string_view name;
  int month;
};
const MonthName kMonths[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"sept", 9}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8},
    {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"mai", 5}, {"juni", 6}, {"juli", 7},
    {"oktober", 10}, {"dezember", 12}, {"okt", 10}, {"dez", 12},
    // French
    {"janvier", 1}, {"février", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6}, {"juillet", 7}, {"août", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12},
    // Spanish / Italian / Portuguese
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"janeiro", 1}, {"fevereiro", 2}, {"março", 3},
    {"maio", 5}, {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11},
    {"dezembro", 12},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    // Russian (nominative and genitive share these stems)
    {"январ", 1}, {"феврал", 2}, {"март", 3}, {"апрел", 4}, {"мая", 5}, {"май", 5}, {"июн", 6}, {"июл", 7},
    {"август", 8}, {"сентябр", 9}, {"октябр", 10}, {"ноябр", 11}, {"декабр", 12},
    // Arabic (Gregorian month names used in news)
    {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"إبريل", 4}, {"مايو", 5}, {"يونيو", 6},
    {"يوليو", 7}, {"أغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
};

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads 1..max_digits digits at s[i]; returns -1 if none.
int read_number(std::string_view s, std::size_t& i, int max_digits) {
  int v = 0, n = 0;
  while (i < s.size() && is_digit(s[i]) && n < max_digits) v = v * 10 + (s[i++] - '0'), ++n;
  if (n == 0 || (i < s.size() && is_digit(s[i]))) return -1;
  return v;
}

}  // namespace

std::string text_lower(std::string_view s) {
  std::string out(s);
  lower_in_place(&out[0], out.size());
  return out;
}

namespace {

// Copies s (at most sizeof buf bytes) lower-cased into buf: no allocation.
template <std::size_t N>
std::string_view lower_into(std::string_view s, char (&buf)[N]) {
  std::size_t n = s.size() < N ? s.size() : N;
  std::memcpy(buf, s.data(), n);
  lower_in_place(buf, n);
  return std::string_view(buf, n);
}

}  // namespace

void lower_in_place(char* out, std::size_t size) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  for (std::size_t k = 0; k < size; ++k) {
    // Eight ASCII bytes at a time: a byte in 'A'..'Z' gets 0x20 added
    // (0x3F + byte sets the high bit from 'A' on, 0x25 + byte from '[' on).
    while (k + 8 <= size) {
      uint64_t w;
      std::memcpy(&w, out + k, 8);
      if (w & kHigh) break;
      uint64_t upper = (w + 0x3F3F3F3F3F3F3F3Full) & ~(w + 0x2525252525252525ull) & kHigh;
      w |= upper >> 2;
      std::memcpy(out + k, &w, 8);
      k += 8;
    }
    if (k >= size) break;
    unsigned char c = static_cast<unsigned char>(out[k]);
    if (c < 0x80) {  // most bytes: ASCII
      if (static_cast<unsigned>(c - 'A') < 26u) out[k] = static_cast<char>(c + 32);
      continue;
    }
    // Cyrillic capitals А..П (D0 90..9F) → а..п (D0 B0..BF); Р..Я (D0 A0..AF) → р..я (D1 80..8F).
    if (c == 0xD0 && k + 1 < size) {
      unsigned char d = static_cast<unsigned char>(out[k + 1]);
      if (d >= 0x90 && d <= 0x9F) out[k + 1] = static_cast<char>(d + 0x20);
      else if (d >= 0xA0 && d <= 0xAF) out[k] = static_cast<char>(0xD1), out[k + 1] = static_cast<char>(d - 0x20);
      ++k;
    }
    // Latin-1 capitals (C3 80..9E) → small (C3 A0..BE).
    else if (c == 0xC3 && k + 1 < size) {
      unsigned char d = static_cast<unsigned char>(out[k + 1]);
      if (d >= 0x80 && d <= 0x9E) out[k + 1] = static_cast<char>(d + 0x20);
      ++k;
    }
  }
}

namespace {

bool is_word_byte(char c) { return is_ascii_alpha(c) || (static_cast<unsigned char>(c) >= 0x80); }

// Month names by their first byte (table order kept), built once: a word is
// compared only with the names that can match it.
struct MonthIndex {
  std::vector<uint8_t> by_first[256];
  std::bitset<65536> ascii_pairs;  // first two bytes of the names that start with an ASCII letter
  MonthIndex() {
    for (std::size_t k = 0; k < sizeof(kMonths) / sizeof(kMonths[0]); ++k) {
      std::string_view n = kMonths[k].name;
      by_first[static_cast<unsigned char>(n[0])].push_back(static_cast<uint8_t>(k));
      if (static_cast<unsigned char>(n[0]) < 0x80) ascii_pairs.set(static_cast<unsigned char>(n[0]) | static_cast<unsigned char>(n[1]) << 8);
    }
  }
};

const MonthIndex& month_index() {
  static const MonthIndex index;
  return index;
}

// Month name at s[i] (at a word start): month number and end of the word.
int read_month(std::string_view s, std::size_t i, std::size_t& end) {
  if (i > 0 && is_word_byte(s[i - 1])) return 0;
  // Cheap filter before lower-casing: month names start with these letters
  // (ASCII) or with a non-ASCII lead byte (Cyrillic, Arabic, accented Latin).
  unsigned char c0 = static_cast<unsigned char>(s[i]) | 0x20;
  if (c0 < 0x80) {
    struct Leads {  // "jfmasondegl" as a table: no strchr call per word
      bool t[256] = {};
      constexpr Leads() {
        for (const char* p = "jfmasondegl"; *p; ++p) t[static_cast<unsigned char>(*p)] = true;
      }
    };
    static constexpr Leads kLeads;
    if (!kLeads.t[c0] || i + 1 >= s.size()) return 0;
    // The second byte, lower-cased if an ASCII capital, must follow c0 in some name.
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 >= 'A' && c1 <= 'Z') c1 += 32;
    if (!month_index().ascii_pairs.test(c0 | c1 << 8)) return 0;
  }
  char buf[24];
  std::string_view low = lower_into(s.substr(i, sizeof buf), buf);
  // Looked up by the lower-cased first byte: lower-casing can change it (Я D0 AF → я D1 8F).
  const std::vector<uint8_t>& candidates = month_index().by_first[static_cast<unsigned char>(low[0])];
  for (uint8_t id : candidates) {
    const MonthName& m = kMonths[id];
    std::size_t n = m.name.size();
    if (low.compare(0, n, m.name) != 0) continue;
    std::size_t j = i + n;
    // Russian entries are stems ("январ" + "я"/"ь"); every other name must be the whole word.
    bool stem = static_cast<unsigned char>(m.name[0]) == 0xD0 || static_cast<unsigned char>(m.name[0]) == 0xD1;
    while (j < s.size() && is_word_byte(s[j])) ++j;
    if (stem ? j - i > n + 8 : j != i + n) continue;
    end = j;
    if (end < s.size() && s[end] == '.') ++end;
    return m.month;
  }
  return 0;
}

bool valid(int y, int m, int d) { return y >= kMinYear && y <= kMaxYear && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

// "YYYY-MM-DD" (callers range-check the parts first).
std::string iso(int y, int m, int d) {
  char buf[10] = {static_cast<char>('0' + y / 1000), static_cast<char>('0' + y / 100 % 10),
                  static_cast<char>('0' + y / 10 % 10), static_cast<char>('0' + y % 10), '-',
                  static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10), '-',
                  static_cast<char>('0' + d / 10), static_cast<char>('0' + d % 10)};
  return std::string(buf, sizeof buf);
}

// "21st", "2nd", "3rd", "9th": skips the English ordinal suffix after a day.
void skip_ordinal(std::string_view s, std::size_t& j) {
  if (j + 2 > s.size()) return;
  for (const char* suffix : {"st", "nd", "rd", "th"})
    if (s[j] == suffix[0] && s[j + 1] == suffix[1]) {
      j += 2;
      return;
    }
}

void skip_separators(std::string_view s, std::size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '.' || s[i] == '-' || s[i] == '/')) ++i;
}

// "January 21, 2022" / "Jan. 21 2022"
bool month_day_year(std::string_view s, std::size_t i, TextDate& out) {
  std::size_t j;
  int m = read_month(s, i, j);
  if (!m) return false;
  skip_separators(s, j);
  int d = read_number(s, j, 2);
  if (d < 0) return false;
  skip_ordinal(s, j);
  skip_separators(s, j);
  int y = read_number(s, j, 4);
  if (!valid(y, m, d)) return false;
  out = {iso(y, m, d), i, j, DateForm::month_name_first, 0};
  return true;
}

// "21 January 2022" / "21. Januar 2022" / "21 января 2022 г."
bool day_month_year(std::string_view s, std::size_t i, TextDate& out) {
  std::size_t j = i;
  int d = read_number(s, j, 2);
  if (d < 0) return false;
  skip_ordinal(s, j);
  if (j < s.size() && s[j] == '.') ++j;
  std::size_t k = j;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k == j && !(j < s.size() && !is_digit(s[j]))) return false;
  if (s.compare(k, 3, "de ") == 0) k += 3;  // "21 de enero de 2022"
  int m = read_month(s, k, j);
  if (!m) return false;
  while (j < s.size() && (s[j] == ' ' || s[j] == ',')) ++j;
  if (s.compare(j, 3, "de ") == 0) j += 3;
  int y = read_number(s, j, 4);
  if (!valid(y, m, d)) return false;
  out = {iso(y, m, d), i, j, DateForm::day_name_first, 0};
  return true;
}

// "2022-01-21", "2022/01/21", "2022年1月21日", "21.01.2022", "21/01/2022", "1/21/2022"
// (a number above 12 decides the order; otherwise `order` does).
bool numeric_date(std::string_view s, std::size_t i, DateOrder order, TextDate& out) {
  std::size_t j = i;
  int a = read_number(s, j, 4);
  if (a < 0 || j >= s.size()) return false;
  std::size_t a_digits = j - i;
  if (a_digits == 4) {
    bool cjk = s.compare(j, 3, "年") == 0;
    char sep = s[j];
    if (!cjk && sep != '-' && sep != '/' && sep != '.') return false;
    j += cjk ? 3 : 1;
    int m = read_number(s, j, 2);
    if (m < 0 || j >= s.size()) return false;
    if (cjk ? s.compare(j, 3, "月") != 0 : s[j] != sep) return false;
    j += cjk ? 3 : 1;
    int d = read_number(s, j, 2);
    if (cjk && s.compare(j, 3, "日") == 0) j += 3;
    if (!valid(a, m, d)) return false;
    out = {iso(a, m, d), i, j, DateForm::year_first, cjk ? '\0' : sep};
    return true;
  }
  if (a_digits > 2) return false;
  char sep = s[j];
  if (sep != '.' && sep != '/' && sep != '-') return false;
  ++j;
  int b = read_number(s, j, 2);
  if (b < 0 || j >= s.size() || s[j] != sep) return false;
  ++j;
  int y = read_number(s, j, 4);
  if (y < 0 || j - i < 8) return false;
  DateForm form = a > 12 ? DateForm::numeric_day_first : b > 12 ? DateForm::numeric_month_first : DateForm::numeric_ambiguous;
  bool month_first = form == DateForm::numeric_month_first || (form == DateForm::numeric_ambiguous && order == DateOrder::month_first);
  int d = month_first ? b : a, m = month_first ? a : b;
  if (!valid(y, m, d)) return false;
  out = {iso(y, m, d), i, j, form, sep};
  return true;
}

}  // namespace

TextDate find_text_date(std::string_view text, std::size_t from, DateOrder order) {
  TextDate out;
  for (std::size_t i = from; i < text.size(); ++i) {
    char c = text[i];
    if (is_digit(c)) {
      if (i > 0 && is_digit(text[i - 1])) continue;
      if (numeric_date(text, i, order, out) || day_month_year(text, i, out)) return out;
    } else if (is_word_byte(c) && (i == 0 || !is_word_byte(text[i - 1]))) {
      if (month_day_year(text, i, out)) return out;
    }
  }
  return {};
}

}  // namespace corroborate
