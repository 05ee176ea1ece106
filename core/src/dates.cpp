// Dates: month names with days and years, ISO dates, years after a
// preposition, weekdays and relative words, resolved against the article date.
#include "dates.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include "tokens.h"

namespace corroborate {

namespace {

struct Named { std::string_view word; int value; };
constexpr Named kMonths[] = {
    {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},   {"march", 3},     {"mar", 3},  {"april", 4},
    {"apr", 4},     {"may", 5},  {"june", 6},     {"jun", 6},   {"july", 7},      {"jul", 7},  {"august", 8},
    {"aug", 8},     {"september", 9}, {"sept", 9}, {"sep", 9},  {"october", 10},  {"oct", 10}, {"november", 11},
    {"nov", 11},    {"december", 12}, {"dec", 12}};
// Monday = 0 (days_from_civil gives 1970-01-01, a Thursday, as 0 → weekday (d + 3) % 7).
constexpr Named kWeekdays[] = {{"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
                               {"friday", 4}, {"saturday", 5}, {"sunday", 6}};
constexpr Named kDayWords[] = {{"today", 0}, {"tonight", 0}, {"yesterday", -1}, {"tomorrow", 1}};
// Words before a bare year that make it a date: "in 2014", "since 2014".
constexpr std::string_view kYearPrepositions[] = {"after", "before", "by", "during", "early", "from", "in",
                                                  "late", "mid", "since", "until"};

int lookup(const Named* b, const Named* e, std::string_view w) {
  for (const Named* n = b; n != e; ++n)
    if (n->word == w) return n->value;
  return -1;
}
template <std::size_t N>
int lookup(const Named (&t)[N], std::string_view w) { return lookup(t, t + N, w); }

// Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's algorithm.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}
void civil_from_days(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe) + static_cast<int>(era * 400) + (m <= 2);
}

std::string ymd(int y, int m, int d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}
std::string ym(int y, int m) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}
std::string day_iso(long days) {
  int y, m, d;
  civil_from_days(days, y, m, d);
  return ymd(y, m, d);
}
// ISO 8601 week of a day: "2022-W03".
std::string week_iso(long days) {
  const long weekday = ((days + 3) % 7 + 7) % 7;  // Monday = 0
  const long thursday = days - weekday + 3;
  int y, m, d;
  civil_from_days(thursday, y, m, d);
  const long week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-W%02ld", y, week);
  return buf;
}

using Tok = FoldedToken;

int number_of(const Tok& t, int lo, int hi) {
  if (t.kind != Token::number || t.f.size() > 4) return -1;
  int v = 0;
  for (char c : t.f) v = v * 10 + (c - '0');  // at most 4 ASCII digits: no overflow
  return v >= lo && v <= hi ? v : -1;
}

class DateFinder {
 public:
  DateFinder(std::string_view text, std::string_view published, std::vector<DateMention>& out)
      : text_(text), out_(out) {
    int y = 0, m = 0, d = 0;
    if (published.size() >= 10 && std::sscanf(std::string(published.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 &&
        m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      has_pub_ = true;
      pub_year_ = y;
      pub_month_ = m;
      pub_days_ = days_from_civil(y, m, d);
    } else if (published.size() >= 4 && std::sscanf(std::string(published.substr(0, 4)).c_str(), "%4d", &y) == 1) {
      pub_year_ = y;
    }
  }

  void sentence(TokenRange tokens) {
    toks_ = tokens;
    for (std::size_t i = 0; i < toks_.size();) {
      const std::size_t next = match(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  bool is(std::size_t i, std::string_view f) const { return i < toks_.size() && toks_[i].f == f; }

  void add(std::size_t b, std::size_t e, std::string iso, bool relative, std::string expression) {
    DateMention d;
    d.span = Span{toks_[b].span.begin, toks_[e - 1].span.end};
    d.iso = std::move(iso);
    d.relative = relative;
    d.expression = std::move(expression);
    out_.push_back(std::move(d));
  }

  // Returns the token after the date matched at i, or i when none.
  std::size_t match(std::size_t i) {
    const Tok& t = toks_[i];
    if (t.kind == Token::number) return numeric(i);
    if (t.kind != Token::word) return i;
    if (t.cap) {  // month and weekday names are capitalised ("may" is a verb)
      const int month = lookup(kMonths, t.f);
      if (month > 0) return month_first(i, month);
      const int wd = lookup(kWeekdays, t.f);
      if (wd >= 0) return weekday(i, wd);
      return i;
    }
    if (t.f == "today" || t.f == "tonight" || t.f == "yesterday" || t.f == "tomorrow") {
      const int dw = lookup(kDayWords, t.f);
      add(i, i + 1, has_pub_ ? day_iso(pub_days_ + dw) : std::string(), true, t.f);
      return i + 1;
    }
    if ((t.f == "this" || t.f == "next" || t.f == "last" || t.f == "past") && i + 1 < toks_.size())
      return relative_period(i);
    return i;
  }

  // 2022-01-21 / 21 January 2022 / in 2014
  std::size_t numeric(std::size_t i) {
    if (i + 4 < toks_.size() && toks_[i].f.size() == 4 && is(i + 1, "-") && is(i + 3, "-")) {
      const int y = number_of(toks_[i], 1000, 2999), m = number_of(toks_[i + 2], 1, 12), d = number_of(toks_[i + 4], 1, 31);
      if (y > 0 && m > 0 && d > 0 && toks_[i + 2].f.size() == 2 && toks_[i + 4].f.size() == 2) {
        add(i, i + 5, ymd(y, m, d), false, ymd(y, m, d));
        return i + 5;
      }
    }
    const int day = number_of(toks_[i], 1, 31);
    if (day > 0 && i + 1 < toks_.size() && toks_[i + 1].kind == Token::word) {
      std::size_t j = i + 1;
      const int month = lookup(kMonths, toks_[j].f);
      if (month > 0 && toks_[j].cap) {
        ++j;
        if (is(j, ".")) ++j;
        const int year = j < toks_.size() ? number_of(toks_[j], 1000, 2999) : -1;
        if (year > 0) ++j;
        add(i, j, iso_day(year, month, day), false, expression_day(year, month, day));
        return j;
      }
    }
    const int year = toks_[i].f.size() == 4 ? number_of(toks_[i], 1800, 2100) : -1;
    if (year > 0 && i > 0 && std::binary_search(std::begin(kYearPrepositions), std::end(kYearPrepositions), toks_[i - 1].f) &&
        !(i + 1 < toks_.size() && toks_[i + 1].kind == Token::word && !toks_[i + 1].cap && toks_[i + 1].f.back() == 's')) {
      add(i, i + 1, std::to_string(year), false, std::to_string(year));
      return i + 1;
    }
    return i;
  }

  std::string iso_day(int year, int month, int day) const {
    if (year <= 0 && pub_year_ > 0) year = year_of(month);
    return year > 0 ? ymd(year, month, day) : std::string();
  }
  // The year of a month written without one: the publication year, unless that puts it more than
  // two months after publication (news of January that says "on November 5" means last November)
  // or more than nine before ("January 12" in a December article is the coming January).
  int year_of(int month) const {
    if (pub_month_ <= 0) return pub_year_;
    if (month > pub_month_ + 2) return pub_year_ - 1;
    if (month < pub_month_ - 9) return pub_year_ + 1;
    return pub_year_;
  }
  static std::string expression_day(int year, int month, int day) {
    char buf[48];
    if (year > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
    return buf;
  }

  // January 21, 2022 / Jan. 20 / January 2022 / in March
  std::size_t month_first(std::size_t i, int month) {
    std::size_t j = i + 1;
    if (is(j, ".")) ++j;
    const int day = j < toks_.size() && toks_[j].f.size() <= 2 ? number_of(toks_[j], 1, 31) : -1;
    if (day > 0) {
      ++j;
      if (j + 1 < toks_.size() && (toks_[j].f == "st" || toks_[j].f == "nd" || toks_[j].f == "rd" || toks_[j].f == "th")) ++j;
      std::size_t k = j;
      if (is(k, ",")) ++k;
      const int year = k < toks_.size() ? number_of(toks_[k], 1000, 2999) : -1;
      if (year > 0 && toks_[k].f.size() == 4) j = k + 1;
      add(i, j, iso_day(year > 0 && toks_[j - 1].f.size() == 4 ? year : -1, month, day), false,
          expression_day(year > 0 && toks_[j - 1].f.size() == 4 ? year : -1, month, day));
      return j;
    }
    const int year = j < toks_.size() && toks_[j].f.size() == 4 ? number_of(toks_[j], 1000, 2999) : -1;
    if (year > 0) {
      add(i, j + 1, ym(year, month), false, ym(year, month));
      return j + 1;
    }
    // A month alone only after a preposition ("in March"): "may" is usually a verb.
    if (i > 0 && (toks_[i - 1].f == "in" || toks_[i - 1].f == "since" || toks_[i - 1].f == "until") && toks_[i].f.size() > 3) {
      add(i, i + 1, pub_year_ > 0 ? ym(year_of(month), month) : std::string(), pub_year_ > 0, toks_[i].f);
      return i + 1;
    }
    return i;
  }

  // Friday / on Friday / next Friday / last Friday: the latest such day on or
  // before the article date (news reports the past), after it with "next".
  std::size_t weekday(std::size_t i, int wd) {
    // "Saturday, January 12", "Wednesday 16 January": the full date that follows names the day;
    // the weekday alone would resolve to another week.
    std::size_t j = i + 1;
    if (is(j, ",")) ++j;
    if (j < toks_.size() && toks_[j].cap && lookup(kMonths, toks_[j].f) > 0) return i + 1;
    if (j + 1 < toks_.size() && toks_[j].kind == Token::number && number_of(toks_[j], 1, 31) > 0 && toks_[j + 1].cap &&
        lookup(kMonths, toks_[j + 1].f) > 0)
      return i + 1;
    std::size_t b = i;
    long shift = 0;  // 0: most recent, +1 next, -1 last
    std::string expr = toks_[i].f;
    if (i > 0 && (toks_[i - 1].f == "next" || toks_[i - 1].f == "last" || toks_[i - 1].f == "this")) {
      b = i - 1;
      shift = toks_[i - 1].f == "next" ? 1 : toks_[i - 1].f == "last" ? -1 : 0;
      expr = toks_[i - 1].f + " " + expr;
    }
    std::string iso;
    if (has_pub_) {
      const long pub_wd = ((pub_days_ + 3) % 7 + 7) % 7;
      long diff = (wd - pub_wd + 7) % 7;  // days ahead to the next such weekday (0 = today)
      // "will play Sunderland on Sunday", "is due to meet on Friday": the coming one, not the last.
      if (shift == 0 && (future_before(i) || (i > 0 && toks_[i - 1].f == "for"))) shift = 2;  // "set for Monday"
      long day = shift > 1 ? pub_days_ + diff
                 : shift > 0 ? pub_days_ + (diff == 0 ? 7 : diff)
                             : pub_days_ - ((7 - diff) % 7);
      if (shift < 0 && day == pub_days_) day -= 7;
      iso = day_iso(day);
    }
    add(b, i + 1, iso, true, expr);
    return i + 1;
  }

  // A future marker earlier in the sentence (at most 12 words back).
  bool future_before(std::size_t i) const {
    static const char* const kFuture[] = {"will", "'ll", "shall", "scheduled", "due", "expected", "plans"};
    for (std::size_t k = i, n = 0; k-- > 0 && n < 12; ++n) {
      const std::string& f = toks_[k].f;
      if (f == "." || f == "!" || f == "?") return false;
      for (const char* w : kFuture)
        if (f == w) return true;
    }
    return false;
  }

  // this/next/last/past week|month|year
  std::size_t relative_period(std::size_t i) {
    std::string unit = toks_[i + 1].f;
    // "last month's talks": the possessive names the same period.
    if (unit.size() > 2 && unit.compare(unit.size() - 2, 2, "'s") == 0) unit.resize(unit.size() - 2);
    if (unit != "week" && unit != "month" && unit != "year" && unit != "weekend") return i;
    const std::string& which = toks_[i].f;
    const int dir = which == "next" ? 1 : (which == "last" || which == "past") ? -1 : 0;
    if (which == "past" && unit != "week") return i;  // "the past year" is a span, not a date
    std::string iso;
    if (unit == "week" && has_pub_) iso = week_iso(pub_days_ + 7 * dir);
    if (unit == "month" && pub_year_ > 0 && pub_month_ > 0) {
      int m = pub_month_ + dir, y = pub_year_;
      if (m < 1) { m = 12; --y; }
      if (m > 12) { m = 1; ++y; }
      iso = ym(y, m);
    }
    if (unit == "year" && pub_year_ > 0) iso = std::to_string(pub_year_ + dir);
    add(i, i + 2, iso, true, which + " " + unit);
    return i + 2;
  }

  std::string_view text_;
  std::vector<DateMention>& out_;
  TokenRange toks_;
  bool has_pub_ = false;
  long pub_days_ = 0;
  int pub_year_ = 0, pub_month_ = 0;
};

}  // namespace

void find_dates(std::string_view text, const SentenceTokens& tokens, std::string_view published,
                std::vector<DateMention>& out) {
  const std::size_t first = out.size();
  DateFinder finder(text, published, out);
  for (std::size_t s = 0; s + 1 < tokens.start.size(); ++s) finder.sentence(tokens.of(s));
  for (std::size_t i = first; i < out.size(); ++i) iso_interval(out[i].iso, out[i].first_day, out[i].last_day);
}

bool iso_interval(std::string_view iso, std::string& first_day, std::string& last_day) {
  first_day.clear();
  last_day.clear();
  int y = 0, m = 0, d = 0, w = 0;
  const std::string s(iso);
  char tail = 0;
  if (s.size() == 10 && std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 && m <= 12 &&
      d >= 1 && d <= 31) {
    first_day = last_day = ymd(y, m, d);
  } else if (s.size() == 8 && std::sscanf(s.c_str(), "%4d-W%2d%c", &y, &w, &tail) == 2 && w >= 1 && w <= 53) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const long jan4 = days_from_civil(y, 1, 4);
    const long monday = jan4 - ((jan4 + 3) % 7 + 7) % 7 + 7L * (w - 1);
    first_day = day_iso(monday);
    last_day = day_iso(monday + 6);
  } else if (s.size() == 7 && std::sscanf(s.c_str(), "%4d-%2d%c", &y, &m, &tail) == 2 && m >= 1 && m <= 12) {
    first_day = ymd(y, m, 1);
    const int ny = m == 12 ? y + 1 : y, nm = m == 12 ? 1 : m + 1;
    last_day = day_iso(days_from_civil(ny, nm, 1) - 1);
  } else if (s.size() == 4 && std::sscanf(s.c_str(), "%4d%c", &y, &tail) == 1) {
    first_day = ymd(y, 1, 1);
    last_day = ymd(y, 12, 31);
  } else {
    return false;
  }
  return true;
}

std::string consensus_day(const std::vector<std::string>& published, long max_spread_days) {
  long lo = 0, hi = 0;
  bool any = false;
  for (const std::string& p : published) {
    int y = 0, m = 0, d = 0;
    if (p.size() < 10 || std::sscanf(p.substr(0, 10).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 ||
        d < 1 || d > 31)
      continue;
    const long n = days_from_civil(y, m, d);
    lo = any ? std::min(lo, n) : n;
    hi = any ? std::max(hi, n) : n;
    any = true;
  }
  return any && hi - lo <= max_spread_days ? day_iso(hi) : std::string();
}

void mark_assumed_dates(std::string_view text, std::vector<DateMention>& dates) {
  for (DateMention& d : dates) {
    if (d.iso.empty()) continue;
    // A written four-digit year needs no publication date ("21 January 2022", "in 2014").
    bool year = false;
    std::string_view s = d.span.of(text);
    for (std::size_t i = 0, run = 0; i < s.size() && !year; ++i) {
      run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
      year = run == 4 && (i + 1 == s.size() || s[i + 1] < '0' || s[i + 1] > '9');
    }
    d.assumed = d.relative || !year;
  }
}

}  // namespace corroborate
