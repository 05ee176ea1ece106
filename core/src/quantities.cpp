// Quantities. Per sentence, over tokens: an approximation phrase, a number
// (digits with grouping/decimals/multipliers, or number words), then a unit
// or the counted noun. One left-to-right pass.
#include "quantities.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <unordered_map>

#include "tokens.h"

namespace corroborate {

namespace {

struct NumberWord { std::string_view word; double value; };
constexpr NumberWord kNumberWords[] = {
#include "claims_numbers.inc"
};
struct Unit { std::string_view word, unit, dimension; double factor; };
constexpr Unit kUnits[] = {
#include "claims_units.inc"
};
struct Multiplier { std::string_view word; double factor; };
constexpr Multiplier kMultipliers[] = {{"b", 1e9},       {"billion", 1e9}, {"bln", 1e9},      {"bn", 1e9},
                                       {"hundred", 1e2}, {"k", 1e3},       {"m", 1e6},        {"million", 1e6},
                                       {"mln", 1e6},     {"mn", 1e6},      {"thousand", 1e3}, {"tn", 1e12},
                                       {"trillion", 1e12}};
// "tens of thousands", "hundreds", "dozens": vague amounts as ranges [low, high).
struct Vague { std::string_view word; double low, high; };
constexpr Vague kVague[] = {{"dozens", 24, 100},          {"hundreds", 200, 1000},  {"millions", 2e6, 1e7},
                            {"billions", 2e9, 1e10},      {"tens", 20, 100},        {"thousands", 2000, 10000}};
// Approximation phrases, longest first. Interval rule per Approx value.
struct ApproxPhrase { std::string_view phrase; Approx approx; };
constexpr ApproxPhrase kApprox[] = {
    {"no more than", Approx::up_to},      {"no fewer than", Approx::at_least}, {"no less than", Approx::at_least},
    {"as many as", Approx::up_to},        {"as much as", Approx::up_to},       {"more than", Approx::more_than},
    {"fewer than", Approx::less_than},    {"less than", Approx::less_than},    {"at least", Approx::at_least},
    {"up to", Approx::up_to},             {"an estimated", Approx::about},     {"close to", Approx::nearly},
    {"just over", Approx::more_than},     {"just under", Approx::nearly},      {"upwards of", Approx::more_than},
    {"some", Approx::about},              {"about", Approx::about},            {"around", Approx::about},
    {"roughly", Approx::about},           {"approximately", Approx::about},    {"estimated", Approx::about},
    {"almost", Approx::nearly},           {"nearly", Approx::nearly},          {"over", Approx::more_than},
    {"above", Approx::more_than},         {"under", Approx::less_than},        {"below", Approx::less_than},
    {"approx", Approx::about},            {"circa", Approx::about},            {"ca", Approx::about}};
// Nouns whose singular is irregular or that mean "person".
constexpr std::pair<std::string_view, std::string_view> kSingulars[] = {
    {"children", "child"}, {"individuals", "person"}, {"individual", "person"}, {"lives", "life"},
    {"men", "person"},     {"people", "person"},      {"persons", "person"},    {"women", "person"},
    {"civilians", "civilian"}};
constexpr std::size_t kMaxModifiers = 2;  // words between a number and its counted noun ("127,000 Russian troops")
constexpr std::string_view kCurrencySymbols[] = {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xE2\x82\xBD"};
constexpr std::string_view kCurrencyUnits[] = {"usd", "eur", "gbp", "jpy", "rub"};

// Tables probed for every word: indexed once by word.
template <class T, std::size_t N>
const T* find_in(const T (&table)[N], std::string_view f) {
  static const std::unordered_map<std::string_view, const T*> index = [&] {
    std::unordered_map<std::string_view, const T*> m;
    for (const T& x : table) m.emplace(x.word, &x);
    return m;
  }();
  auto it = index.find(f);
  return it == index.end() ? nullptr : it->second;
}
const NumberWord* number_word(std::string_view f) { return f.size() > 9 ? nullptr : find_in(kNumberWords, f); }
const Unit* unit_word(std::string_view f) { return find_in(kUnits, f); }
double multiplier(std::string_view f) {
  for (const Multiplier& m : kMultipliers)
    if (m.word == f) return m.factor;
  return 0;
}
const Vague* vague_word(std::string_view f) {
  for (const Vague& v : kVague)
    if (v.word == f) return &v;
  return nullptr;
}

using Tok = FoldedToken;

bool adjacent(const Tok& a, const Tok& b) { return a.span.end == b.span.begin; }

struct Parsed {
  double value = 0;
  double low = 0, high = 0;
  bool vague = false;
  std::size_t begin = 0, end = 0;  // token range of the number (with currency symbol / multiplier)
  std::string currency;
  bool digits = false;
  bool grouped = false;            // had a thousands separator (so not a year)
  bool decimal = false;
  bool occurrence = false;         // "twice", "three times": how often something happened
};

// Words after "twice" / "three times" that make it a factor, not a count of events ("twice as many").
constexpr std::string_view kFactorNext[] = {"as", "bigger", "faster", "greater", "higher", "larger", "less",
                                            "longer", "lower", "more", "over", "smaller", "that", "the"};

class Finder {
 public:
  Finder(std::string_view text, std::vector<Quantity>& out) : text_(text), out_(out) {}

  void sentence(TokenRange tokens, const std::vector<Span>& skip) {
    skip_next_ = 0;
    toks_ = tokens;
    std::size_t i = 0;
    while (i < toks_.size()) {
      Parsed p;
      if (!in_skip(toks_[i].span.begin, skip) && parse_number(i, p)) {
        i = emit(p);
      } else {
        ++i;
      }
    }
  }

 private:
  // Tokens are visited in order, so one cursor walks the sorted date spans.
  bool in_skip(uint32_t at, const std::vector<Span>& skip) {
    while (skip_next_ < skip.size() && skip[skip_next_].end <= at) ++skip_next_;
    return skip_next_ < skip.size() && skip[skip_next_].begin <= at;
  }

  bool word_at(std::size_t i, std::string_view f) const { return i < toks_.size() && toks_[i].f == f; }
  bool factor_next(std::size_t i) const {
    return i < toks_.size() && std::binary_search(std::begin(kFactorNext), std::end(kFactorNext), toks_[i].f);
  }

  // Digits: 100,000 / 14 000 / 1.5 / 3.2m / $5bn.
  bool parse_digits(std::size_t i, Parsed& p) {
    std::string digits(toks_[i].span.of(text_));
    std::size_t j = i + 1;
    const bool short_head = digits.size() <= 3;
    while (j + 1 < toks_.size() && toks_[j].f == "," && adjacent(toks_[j - 1], toks_[j]) &&
           toks_[j + 1].kind == Token::number && adjacent(toks_[j], toks_[j + 1]) && toks_[j + 1].span.size() == 3 && short_head) {
      digits += toks_[j + 1].f;
      p.grouped = true;
      j += 2;
    }
    // "14 000": a space-separated group of three after a short head.
    while (!p.grouped && short_head && j < toks_.size() && toks_[j].kind == Token::number &&
           toks_[j].span.size() == 3 && toks_[j].span.begin > toks_[j - 1].span.end &&
           toks_[j].span.begin - toks_[j - 1].span.end <= 3 && digits.size() <= 6 &&
           !(j + 1 < toks_.size() && toks_[j + 1].kind == Token::number)) {
      digits += toks_[j].f;
      ++j;
      if (j >= toks_.size() || toks_[j].kind != Token::number || toks_[j].span.size() != 3) { p.grouped = true; break; }
    }
    double value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    if (j + 1 < toks_.size() && toks_[j].f == "." && adjacent(toks_[j - 1], toks_[j]) &&
        toks_[j + 1].kind == Token::number && adjacent(toks_[j], toks_[j + 1])) {
      double scale = 0.1;
      for (char c : toks_[j + 1].f) { value += (c - '0') * scale; scale /= 10; }
      p.decimal = true;
      j += 2;
    }
    // Clock times (3.30 p.m., 10:00) are not quantities.
    if (j < toks_.size() && (toks_[j].f == "pm" || toks_[j].f == "am" || toks_[j].f == "p" || toks_[j].f == "a") &&
        j + 1 < toks_.size() && (toks_[j].f.size() == 2 || toks_[j + 1].f == "."))
      return false;
    if (j < toks_.size() && toks_[j].f == ":" && adjacent(toks_[j - 1], toks_[j])) return false;
    // Multiplier: 3.2m, 5bn, 2 million.
    if (j < toks_.size() && toks_[j].kind == Token::word) {
      const double m = multiplier(toks_[j].f);
      if (m > 0 && (adjacent(toks_[j - 1], toks_[j]) || toks_[j].f.size() > 3)) { value *= m; ++j; p.grouped = true; }
    }
    p.value = value;
    p.end = j;
    p.digits = true;
    return true;
  }

  // Number words: two, twenty-five, two hundred thousand, a dozen, an hour, half an hour.
  bool parse_words(std::size_t i, Parsed& p) {
    const std::string& f = toks_[i].f;
    std::size_t j = i;
    double value = 0;
    if (f == "a" || f == "an") {
      if (i + 1 >= toks_.size()) return false;
      const std::string& n = toks_[i + 1].f;
      if (n == "dozen") { p.value = 12; p.end = i + 2; return true; }
      if (multiplier(n) > 0 && n.size() > 3) { p.value = multiplier(n); p.end = i + 2; return true; }
      const Unit* u = unit_word(n);
      // "a second meeting" is an ordinal; "for a second" a duration.
      if (n == "second" && i + 2 < toks_.size() && toks_[i + 2].kind == Token::word && !is_stopword(toks_[i + 2].f))
        return false;
      if (u && u->dimension == "duration") { p.value = 1; p.end = i + 1; return true; }  // "an hour": unit follows
      return false;
    }
    // "met twice", "has twice warned": a count of events ("once" is too often "once it had").
    if ((f == "twice" || f == "thrice") && !factor_next(i + 1)) {
      p.value = f == "twice" ? 2 : 3;
      p.occurrence = true;
      p.end = i + 1;
      return true;
    }
    if (f == "half" && (word_at(i + 1, "an") || word_at(i + 1, "a"))) {
      const Unit* u = i + 2 < toks_.size() ? unit_word(toks_[i + 2].f) : nullptr;
      if (!u) return false;
      p.value = 0.5;
      p.end = i + 2;
      return true;
    }
    if (const Vague* v = vague_word(f)) {
      p.vague = true;
      p.low = v->low;
      p.high = v->high;
      j = i + 1;
      // "tens of thousands", "hundreds of thousands"
      if (word_at(j, "of") && j + 1 < toks_.size() && vague_word(toks_[j + 1].f) && f != toks_[j + 1].f) {
        const Vague* m = vague_word(toks_[j + 1].f);
        const double unit = m->low / 2;  // "thousands" → 1000
        p.low = (f == "tens" ? 10 : f == "hundreds" ? 100 : v->low) * unit;
        p.high = (f == "tens" ? 100 : f == "hundreds" ? 1000 : v->high) * unit;
        j += 2;
      }
      p.value = p.low;
      p.end = j;
      return true;
    }
    const NumberWord* w = number_word(f);
    if (!w || f == "couple" || f == "dozen") return false;
    value = w->value;
    j = i + 1;
    // twenty-five
    if (value >= 20 && value < 100 && j + 1 < toks_.size() && toks_[j].f == "-" && adjacent(toks_[j - 1], toks_[j])) {
      const NumberWord* u = number_word(toks_[j + 1].f);
      if (u && u->value < 10) { value += u->value; j += 2; }
    }
    while (j < toks_.size() && multiplier(toks_[j].f) > 0 && toks_[j].f.size() > 3) value *= multiplier(toks_[j++].f);
    // "one" alone is a pronoun ("no one", "one of"); keep it before a unit or "and a half".
    if (f == "one" && j == i + 1) {
      const bool unit_next = j < toks_.size() && unit_word(toks_[j].f);
      const bool half_next = word_at(j, "and") && word_at(j + 1, "a") && word_at(j + 2, "half");
      if (!unit_next && !half_next) return false;
    }
    p.value = value;
    p.end = j;
    return true;
  }

  bool parse_number(std::size_t i, Parsed& p) {
    p.begin = i;
    const Tok& t = toks_[i];
    if (t.kind == Token::number) {
      if (!parse_digits(i, p)) return false;
    } else if (t.kind == Token::word) {
      if (!parse_words(i, p)) return false;
    } else {
      // Currency symbol then digits: $5bn, €3.2m.
      for (std::size_t c = 0; c < std::size(kCurrencySymbols); ++c)
        if (t.f == kCurrencySymbols[c] && i + 1 < toks_.size() && toks_[i + 1].kind == Token::number &&
            adjacent(t, toks_[i + 1])) {
          if (!parse_digits(i + 1, p)) return false;
          p.begin = i;
          p.currency = std::string(kCurrencyUnits[c]);
          return true;
        }
      return false;
    }
    // "US$": a currency symbol glued after "US".
    if (i >= 1 && toks_[i - 1].f == "$") p.currency = "usd";
    return true;
  }

  // The approximation phrase ending right before token i; sets q.approx and returns its first token.
  std::size_t approximation(std::size_t i, Approx& approx) const {
    for (const ApproxPhrase& a : kApprox) {
      std::size_t n = 1 + static_cast<std::size_t>(std::count(a.phrase.begin(), a.phrase.end(), ' '));
      if (n > i) continue;
      std::string joined;
      for (std::size_t k = i - n; k < i; ++k) {
        if (k > i - n) joined += ' ';
        joined += toks_[k].f;
      }
      if (joined == a.phrase) { approx = a.approx; return i - n; }
    }
    return i;
  }

  static void interval(Quantity& q) {
    const double v = q.value;
    switch (q.approx) {
      case Approx::exact: q.low = q.high = v; break;
      case Approx::about: q.low = v * (1 - kAboutTolerance); q.high = v * (1 + kAboutTolerance); break;
      case Approx::nearly: q.low = v * (1 - kNearlyTolerance); q.high = v; break;
      case Approx::more_than: q.low = v; q.high = kUnbounded; break;
      case Approx::at_least: q.low = v; q.high = kUnbounded; break;
      case Approx::less_than: q.low = 0; q.high = v; break;
      case Approx::up_to: q.low = 0; q.high = v; break;
      case Approx::range: break;
    }
  }

  // Unit or counted noun after the number (tokens from p.end); returns the end token.
  std::size_t unit_after(const Parsed& p, Quantity& q) {
    std::size_t j = p.end;
    double factor = 1;
    auto set_unit = [&](const Unit& u) { q.unit = std::string(u.unit); q.dimension = std::string(u.dimension); factor = u.factor; };
    // "and a half" right after the number: "one and a half hours".
    double extra = 0;
    if (word_at(j, "and") && word_at(j + 1, "a") && word_at(j + 2, "half")) { extra = 0.5; j += 3; }
    // "90-minute", "two-hour"
    if (j + 1 < toks_.size() && toks_[j].f == "-" && adjacent(toks_[j - 1], toks_[j]) && unit_word(toks_[j + 1].f)) ++j;
    if (word_at(j, "per") && word_at(j + 1, "cent")) {
      q.unit = q.dimension = "percent";
      j += 2;
    } else if (j + 1 < toks_.size() && unit_word(toks_[j].f + ' ' + toks_[j + 1].f)) {
      set_unit(*unit_word(toks_[j].f + ' ' + toks_[j + 1].f));
      j += 2;
    } else if (j < toks_.size() && unit_word(toks_[j].f) &&
               (toks_[j].kind == Token::word || toks_[j].f == "%")) {
      set_unit(*unit_word(toks_[j].f));
      ++j;
    }
    // "spoke three times", "on four occasions" (not "three times more").
    if (!p.occurrence && p.currency.empty() && extra == 0 && !p.decimal &&
        (word_at(j, "times") || word_at(j, "occasions")) && !factor_next(j + 1)) {
      q.dimension = "occurrence";
      q.value = p.value;
      return j + 1;
    }
    // "three times faster", "3.3 times the rate": a factor, not a count of anything.
    if (!p.occurrence && p.currency.empty() && word_at(j, "times")) {
      q.dimension = "factor";
      q.value = p.value;
      return j + 1;
    }
    if (p.occurrence) {
      q.dimension = "occurrence";
      q.value = p.value;
      return j;
    }
    double value = p.value + extra;
    // "an hour and a half"
    if (!q.unit.empty() && word_at(j, "and") && word_at(j + 1, "a") && word_at(j + 2, "half")) { value += 0.5; j += 3; }
    // "an 83-year-old": an age, not a duration.
    if (q.dimension == "duration" && j + 1 < toks_.size() && toks_[j].f == "-" && toks_[j + 1].f == "old" &&
        adjacent(toks_[j - 1], toks_[j])) {
      q.dimension = "age";
      j += 2;
    }
    if (!p.currency.empty()) { q.unit = p.currency; q.dimension = "money"; }
    if (q.dimension == "money" && q.unit != p.currency && !p.currency.empty()) q.unit = p.currency;
    q.value = value * factor;
    if (p.vague) { q.low = p.low * factor; q.high = p.high * factor; }
    if (q.unit.empty()) j = counted_after(j, q, value);
    return j;
  }

  // "100,000 troops", "127,000 Russian troops", "tens of thousands of people",
  // "hundreds of Western military instructors": the first plural noun within
  // a few modifiers (a singular only after "one"/"a").
  std::size_t counted_after(std::size_t j, Quantity& q, double value) {
    q.dimension = "count";
    if (word_at(j, "of")) ++j;
    for (std::size_t k = j; k < toks_.size() && k < j + kMaxModifiers + 1; ++k) {
      const Tok& t = toks_[k];
      if (t.kind != Token::word || is_stopword(t.f)) return j;
      if (t.cap) continue;  // nationality and other proper adjectives
      const bool irregular = singular(t.f) != t.f && !(t.f.size() > 1 && t.f.back() == 's');
      const bool plural = t.f.size() > 3 && t.f.back() == 's' && t.f[t.f.size() - 2] != 's';
      if (plural || irregular || (value == 1 && k == j)) {
        q.counted = singular(t.f);
        return k + 1;
      }
    }
    return j;
  }

  std::size_t emit(const Parsed& p) {
    Quantity q;
    Approx approx = Approx::exact;
    const std::size_t first = approximation(p.begin, approx);
    q.approx = p.vague ? Approx::range : approx;
    const std::size_t end = unit_after(p, q);
    // Years (2014) and ordinals are not amounts.
    if (p.digits && !p.grouped && !p.decimal && q.unit.empty() && p.value >= 1800 && p.value <= 2100 &&
        q.dimension != "occurrence" && (q.counted.empty() || p.begin == first))
      q.dimension = "year";
    if (p.digits && p.end < toks_.size() && adjacent(toks_[p.end - 1], toks_[p.end]) &&
        (toks_[p.end].f == "st" || toks_[p.end].f == "nd" || toks_[p.end].f == "rd" || toks_[p.end].f == "th"))
      q.dimension = "ordinal";
    if (q.dimension == "year" || q.dimension == "ordinal") { q.counted.clear(); q.approx = Approx::exact; }
    if (!p.vague) interval(q);
    q.span = Span{toks_[q.approx == Approx::exact || p.vague ? p.begin : first].span.begin,
                  toks_[std::max(end, p.end) - 1].span.end};
    if (p.vague && approx != Approx::exact) q.span.begin = toks_[first].span.begin;
    out_.push_back(std::move(q));
    return std::max(end, p.end);
  }

  std::string_view text_;
  std::vector<Quantity>& out_;
  TokenRange toks_;
  std::size_t skip_next_ = 0;
};

}  // namespace

std::string singular(std::string_view f) {
  for (const auto& s : kSingulars)
    if (s.first == f) return std::string(s.second);
  std::string w(f);
  const std::size_t n = w.size();
  if (n > 4 && w.compare(n - 3, 3, "ies") == 0) return w.substr(0, n - 3) + "y";
  if (n > 4 && (w.compare(n - 4, 4, "ches") == 0 || w.compare(n - 4, 4, "shes") == 0 || w.compare(n - 3, 3, "xes") == 0 ||
                w.compare(n - 4, 4, "sses") == 0))
    return w.substr(0, n - 2);
  if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') return w.substr(0, n - 1);
  return w;
}

void find_quantities(std::string_view text, const TextLayout& layout, const SentenceTokens& tokens,
                     const std::vector<DateMention>& dates, std::vector<Quantity>& out) {
  Finder finder(text, out);
  std::vector<Span> skip;
  std::size_t d = 0;
  for (std::size_t i = 0; i < layout.sentences.size(); ++i) {
    const Sentence& s = layout.sentences[i];
    skip.clear();
    while (d < dates.size() && dates[d].span.begin < s.span.begin) ++d;
    for (std::size_t k = d; k < dates.size() && dates[k].span.begin < s.span.end; ++k) skip.push_back(dates[k].span);
    finder.sentence(tokens.of(i), skip);
  }
}

}  // namespace corroborate
