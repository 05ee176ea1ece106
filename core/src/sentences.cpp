// Paragraphs → quotation regions → sentences. One pass per paragraph for the
// quotation marks, one for the sentence ends; both linear.
#include "sentences.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "tokens.h"

namespace corroborate {

namespace {

// Abbreviations after which a period never ends a sentence (folded, no dot).
constexpr std::string_view kTitleAbbrevs[] = {
    "adm", "al", "approx", "apt", "ave", "brig", "capt", "cf", "cmdr", "co", "col", "corp", "cpl", "dept", "dr",
    "e.g", "eg", "esp", "est", "fig", "ft", "gen", "gov", "hon", "i.e", "ie", "inc", "insp", "jr", "lt", "ltd",
    "maj", "messrs", "mme", "mr", "mrs", "ms", "msgr", "mt", "pres", "prof", "pvt", "rep", "rev", "sen", "sgt",
    "sr", "st", "supt", "viz", "vs"};
// Abbreviations that do not end a sentence before a number ("Jan. 20", "No. 5").
constexpr std::string_view kNumberAbbrevs[] = {"apr", "art", "aug", "dec", "feb", "jan", "jul", "jun", "mar",
                                               "no", "nos", "nov", "oct", "p", "pp", "sep", "sept", "vol"};

bool sorted_has(const std::string_view* b, const std::string_view* e, std::string_view w) {
  return std::binary_search(b, e, w);
}

bool is_terminator(uint32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x061F || cp == 0x06D4 || cp == 0x0964;
}
bool is_cjk_terminator(uint32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E; }

// TeX/ASCII typing writes double quotes as two backticks and two apostrophes
// (``like this''); each pair is read as one mark, outside the Unicode range.
constexpr uint32_t kTexOpen = 0x110001, kTexClose = 0x110002;

bool is_double_mark(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB || cp == 0x300C ||
         cp == 0x300D || cp == 0x300E || cp == 0x300F || cp == 0x201F || cp == kTexOpen || cp == kTexClose;
}
// Single marks: 'straight', ‘curly’, German ‚low‘ and ‹single guillemets›.
bool is_single_mark(uint32_t cp) {
  return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x2039 || cp == 0x203A;
}

// What may follow a sentence terminator before the space: closing marks, brackets.
bool is_closer(uint32_t cp) {
  return cp == '"' || cp == 0x201D || cp == 0x201C || cp == 0xBB || cp == 0xAB || cp == 0x2019 || cp == '\'' ||
         cp == ')' || cp == ']' || cp == 0x300D || cp == 0x300F || cp == 0x2018 || cp == 0x203A || cp == 0x2039;
}

// The mark that closes a quotation opened with `open`.
uint32_t expected_closer(uint32_t open) {
  switch (open) {
    case 0x201C: return 0x201D;
    case 0x201E: return 0x201C;
    case 0x201F: return 0x201D;
    case 0xAB: return 0xBB;
    case 0xBB: return 0xAB;
    case 0x201D: return 0x201D;
    case 0x300C: return 0x300D;
    case 0x300E: return 0x300F;
    case 0x2018: return 0x2019;
    case 0x201A: return 0x2018;  // German ‚…‘
    case 0x2039: return 0x203A;
    case 0x203A: return 0x2039;  // German ›…‹
    case kTexOpen: return kTexClose;
    default: return open;  // straight quotes
  }
}

bool opens_context(uint32_t cp) {  // what may stand before an opening mark
  return cp == 0 || is_space_cp(cp) || cp == '(' || cp == '[' || cp == 0x2013 || cp == 0x2014 || cp == '-' ||
         cp == ':' || cp == '/' || is_double_mark(cp);
}
bool closes_context(uint32_t cp) {  // what may stand after a closing mark
  return cp == 0 || !(is_letter_cp(cp) || is_digit_cp(cp));
}

Span trim(std::string_view text, uint32_t b, uint32_t e) {
  while (b < e && is_space_cp(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && is_space_cp(static_cast<unsigned char>(text[e - 1]))) --e;
  // Multi-byte spaces (NBSP, U+3000) at the edges.
  for (bool changed = true; changed && b < e;) {
    changed = false;
    std::size_t i = b;
    if (is_space_cp(next_codepoint(text, i))) { b = static_cast<uint32_t>(i); changed = true; }
    std::size_t j = e;
    if (b < e && is_space_cp(prev_codepoint(text, j)) && j >= b) { e = static_cast<uint32_t>(j); changed = true; }
  }
  return Span{b, e};
}

struct Open {
  bool active = false;
  bool single = false;
  uint32_t mark = 0;
  uint32_t begin = 0;  // offset of the opening mark
  uint32_t content = 0;
};

// Finds quotation regions in one paragraph [pb, pe).
void find_quotes(std::string_view text, uint32_t pb, uint32_t pe, uint32_t paragraph,
                 std::vector<QuoteRegion>& out) {
  Open open;
  uint32_t prev = 0;
  auto close_region = [&](uint32_t close_begin, uint32_t close_end, bool closed) {
    if (open.single && !closed) { open.active = false; return; }  // an apostrophe, not a quotation
    QuoteRegion r;
    r.whole = Span{open.begin, close_end};
    r.content = trim(text, open.content, close_begin);
    r.paragraph = paragraph;
    r.closed = closed;
    if (!r.content.empty()) out.push_back(r);
    open.active = false;
  };
  std::size_t i = pb;
  while (i < pe) {
    const uint32_t at = static_cast<uint32_t>(i);
    uint32_t cp = next_codepoint(text, i);
    // ('' closes only a double quotation: in 'one.''Two' it ends one single quotation and opens the next.)
    if ((cp == '`' || (cp == '\'' && open.active && !open.single)) && i < pe && text[i] == static_cast<char>(cp)) {
      ++i;
      cp = cp == '`' ? kTexOpen : kTexClose;
    }
    const bool dbl = is_double_mark(cp), sgl = is_single_mark(cp);
    if (!dbl && !sgl) { prev = cp; continue; }
    std::size_t k = i;
    const uint32_t next = i < pe ? next_codepoint(text, k) : 0;
    const bool before_ok = opens_context(prev), after_ok = closes_context(next) || next == ',' || next == '.';
    if (open.active && !open.single && dbl) {
      const bool expected = cp == expected_closer(open.mark);
      if (expected || !before_ok || (after_ok && !is_space_cp(prev))) {
        close_region(at, static_cast<uint32_t>(i), true);
      } else if (cp == open.mark || cp == 0x201C || cp == 0x201E || cp == '"') {
        // A new opening mark before any close: the first quotation was never closed.
        close_region(at, at, false);
        open = Open{true, false, cp, at, static_cast<uint32_t>(i)};
      }
    } else if (open.active && open.single) {
      const bool closer = cp == expected_closer(open.mark) || (sgl && cp != 0x2018 && cp != 0x201A);
      if (sgl && closer && !before_ok && !is_letter_cp(next)) close_region(at, static_cast<uint32_t>(i), true);
      else if (dbl && before_ok) open = Open{true, false, cp, at, static_cast<uint32_t>(i)};  // was an apostrophe
    } else if (!open.active) {
      const bool can_open = before_ok && next != 0 && (!is_space_cp(next) || cp == 0xAB);  // « Non »
      if (dbl && can_open && cp != 0x300D && cp != 0x300F && cp != kTexClose) open = Open{true, false, cp, at, static_cast<uint32_t>(i)};
      else if (sgl && can_open && cp != 0x2019 && is_letter_cp(next)) open = Open{true, true, cp, at, static_cast<uint32_t>(i)};
    }
    prev = cp;
  }
  if (open.active) {
    const Span t = trim(text, pb, pe);
    close_region(t.end, t.end, false);
  }
}

// The word before a period at `dot`: letters and inner dots ("U.S", "e.g", "Mr").
std::string_view word_before(std::string_view text, uint32_t begin, uint32_t dot) {
  std::size_t i = dot;
  while (i > begin) {
    std::size_t j = i;
    const uint32_t cp = prev_codepoint(text, j);
    if (!(is_letter_cp(cp) || cp == '.')) break;
    i = j;
  }
  return text.substr(i, dot - i);
}

// The word starting at `at` (letters only).
std::string_view word_at(std::string_view text, uint32_t at, uint32_t end) {
  std::size_t i = at;
  while (i < end) {
    std::size_t j = i;
    if (!is_letter_cp(next_codepoint(text, j))) break;
    i = j;
  }
  return text.substr(at, i - at);
}

// Does a single period after `word` end the sentence, given what follows?
bool period_ends_sentence(std::string_view word, uint32_t next_cp, std::string_view next_word) {
  if (word.empty()) return true;  // after digits or punctuation: "in 2014."
  const std::string w = fold(word);
  if (sorted_has(std::begin(kTitleAbbrevs), std::end(kTitleAbbrevs), w)) return false;
  if (is_digit_cp(next_cp) && sorted_has(std::begin(kNumberAbbrevs), std::end(kNumberAbbrevs), w)) return false;
  std::size_t i = 0;
  const uint32_t first = next_codepoint(word, i);
  if (i == word.size() && is_upper_cp(first)) return false;  // an initial: "J. R. Smith"
  if (w.find('.') != std::string::npos) {
    // Dotted acronym (U.S., a.m.): a sentence ends only when a function word starts the next one.
    return !next_word.empty() && is_stopword(fold(next_word));
  }
  return true;
}

bool is_lower_letter(uint32_t cp) { return is_letter_cp(cp) && !is_upper_cp(cp) && fold_cp(cp) == cp && cp < 0x530; }

struct Splitter {
  std::string_view text;
  TextLayout& out;

  void push(uint32_t b, uint32_t e, uint32_t paragraph) {
    const Span s = trim(text, b, e);
    if (!s.empty()) out.sentences.push_back(Sentence{s, paragraph});
  }

  void paragraph(uint32_t pb, uint32_t pe, uint32_t index) {
    const std::size_t first_quote = out.quotes.size();
    find_quotes(text, pb, pe, index, out.quotes);
    const Span body = trim(text, pb, pe);
    std::size_t ri = first_quote;
    uint32_t start = pb;
    std::size_t i = pb;
    while (i < pe) {
      const uint32_t at = static_cast<uint32_t>(i);
      const uint32_t cp = next_codepoint(text, i);
      if (!is_terminator(cp) && !is_cjk_terminator(cp)) continue;
      while (ri < out.quotes.size() && out.quotes[ri].whole.end <= at) ++ri;
      const QuoteRegion* region =
          ri < out.quotes.size() && out.quotes[ri].whole.begin < at ? &out.quotes[ri] : nullptr;
      // Run of terminators, then closing marks.
      std::size_t k = i;
      uint32_t dots = cp == '.' ? 1 : 0;
      while (k < pe) {
        std::size_t j = k;
        const uint32_t c = next_codepoint(text, j);
        if (!is_terminator(c) && !is_cjk_terminator(c)) break;
        dots += c == '.';
        k = j;
      }
      while (k < pe) {
        std::size_t j = k;
        if (!is_closer(next_codepoint(text, j))) break;
        k = j;
      }
      i = k;
      if (region && k < region->whole.end && region->closed &&
          !(region->whole.begin == body.begin && region->whole.end >= body.end - 2))
        continue;  // inside a quotation that is not the whole paragraph
      std::size_t m = k;
      uint32_t next = 0;
      bool spaced = false;
      while (m < pe) {
        std::size_t j = m;
        next = next_codepoint(text, j);
        if (!is_space_cp(next)) break;
        spaced = true;
        m = j;
      }
      if (m >= pe) break;  // paragraph end closes the sentence anyway
      if (!spaced && !is_cjk_terminator(cp)) continue;  // 1.5, U.S., example.com
      if (is_lower_letter(next)) continue;
      if (cp == '.' && dots == 1 &&
          !period_ends_sentence(word_before(text, pb, at), next, word_at(text, static_cast<uint32_t>(m), pe)))
        continue;
      push(start, static_cast<uint32_t>(k), index);
      start = static_cast<uint32_t>(m);
    }
    push(start, pe, index);
  }
};

}  // namespace

void split_sentences(std::string_view text, TextLayout& out) {
  out.paragraphs.clear();
  out.sentences.clear();
  out.quotes.clear();
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  Splitter s{text, out};
  std::size_t pb = 0;
  while (pb < text.size()) {
    std::size_t pe = text.find('\n', pb);
    if (pe == std::string_view::npos) pe = text.size();
    const Span p = trim(text, static_cast<uint32_t>(pb), static_cast<uint32_t>(pe));
    if (!p.empty()) {
      const auto index = static_cast<uint32_t>(out.paragraphs.size());
      out.paragraphs.push_back(p);
      s.paragraph(p.begin, p.end, index);
    }
    pb = pe + 1;
  }
}

}  // namespace corroborate
