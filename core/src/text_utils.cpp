// UTF-8 iteration, folding, tokenizing and stemming shared by the claims
// stages and alignment. See tokens.h for the contracts.
#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "tokens.h"

namespace corroborate {

namespace {

// Latin-1 Supplement U+00C0..U+00FF → base letter ('*' = not a letter).
// Æ/ß/Þ/æ/þ expand to two letters in fold_append.
constexpr std::string_view kLatin1Fold = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" "aaaaaaaceeeeiiiidnooooo*ouuuuyty";
// Latin Extended-A U+0100..U+017F → base letter.
constexpr std::string_view kLatinAFold =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln"
    "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

bool in(uint32_t cp, uint32_t lo, uint32_t hi) { return cp >= lo && cp <= hi; }

// English function words, sorted (binary search).
constexpr std::string_view kStopwords[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "doing", "down", "during", "each", "either", "even", "ever", "few", "for", "from",
    "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
    "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "may", "me", "might",
    "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
    "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "shall", "she", "should",
    "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "these", "they", "this", "those", "though", "through", "to", "too", "under", "until", "up", "upon", "us",
    "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
    "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
    "yourselves"};

}  // namespace

uint32_t next_codepoint(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { ++i; return b0; }
  int len = b0 >= 0xF0 && b0 < 0xF5 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
  if (b0 >= 0xF5) len = 0;
  if (len == 0 || i + len > s.size()) { ++i; return 0xFFFD; }
  uint32_t cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += len;
  return cp;
}

uint32_t prev_codepoint(std::string_view s, std::size_t& i) {
  if (i == 0) return 0;
  std::size_t start = i - 1;
  int back = 0;
  while (start > 0 && back < 3 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) { --start; ++back; }
  std::size_t j = start;
  uint32_t cp = next_codepoint(s, j);
  if (j != i) { i = i - 1; return 0xFFFD; }  // not a clean sequence ending at i
  i = start;
  return cp;
}

bool is_space_cp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         in(cp, 0x2000, 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool is_digit_cp(uint32_t cp) { return cp >= '0' && cp <= '9'; }

bool is_cjk_cp(uint32_t cp) {
  return in(cp, 0x3040, 0x30FF) || in(cp, 0x3400, 0x4DBF) || in(cp, 0x4E00, 0x9FFF) || in(cp, 0xAC00, 0xD7AF) ||
         in(cp, 0xF900, 0xFAFF) || in(cp, 0x20000, 0x2FFFF);
}

bool is_letter_cp(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (in(cp, 0x2000, 0x2BFF) || in(cp, 0x3000, 0x303F) || in(cp, 0xFE30, 0xFE4F) || in(cp, 0xFF00, 0xFF0F) ||
      in(cp, 0xFF1A, 0xFF20) || in(cp, 0xFF3B, 0xFF40) || in(cp, 0xFF5B, 0xFF65) || in(cp, 0xFFF0, 0xFFFF) ||
      in(cp, 0x1F000, 0x1FFFF) || in(cp, 0xE000, 0xF8FF))
    return false;
  switch (cp) {
    case 0x060C: case 0x061B: case 0x061F: case 0x066A: case 0x066B: case 0x066C: case 0x066D: case 0x06D4:
    case 0x0964: case 0x0965: case 0x037E: case 0x0387: case 0x055D: case 0x0589: case 0x05BE: case 0x05C3:
      return false;
    default:
      return true;
  }
}

bool is_upper_cp(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (in(cp, 0xC0, 0xDE)) return cp != 0xD7;
  if (in(cp, 0x100, 0x137) || in(cp, 0x14A, 0x177)) return (cp & 1) == 0;
  if (in(cp, 0x139, 0x148) || in(cp, 0x179, 0x17E)) return (cp & 1) == 1;
  if (cp == 0x178) return true;
  if (in(cp, 0x391, 0x3A9)) return true;
  if (in(cp, 0x400, 0x42F)) return true;
  return false;
}

uint32_t fold_cp(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (in(cp, 0xC0, 0xFF)) {
    const char c = kLatin1Fold[cp - 0xC0];
    return c == '*' ? cp : static_cast<uint32_t>(c);
  }
  if (in(cp, 0x100, 0x17F)) return static_cast<uint32_t>(kLatinAFold[cp - 0x100]);
  if (in(cp, 0x300, 0x36F)) return 0;                     // combining marks
  if (cp == 0x218 || cp == 0x219) return 's';             // Romanian comma-below
  if (cp == 0x21A || cp == 0x21B) return 't';
  if (in(cp, 0x391, 0x3A9)) return cp + 0x20;             // Greek capitals
  if (in(cp, 0x410, 0x42F)) return cp + 0x20;             // Cyrillic capitals
  if (in(cp, 0x400, 0x40F)) return cp + 0x50;
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) return '\'';
  return cp;
}

void append_utf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void fold_append(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // fast path
      out.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : static_cast<char>(b));
      ++i;
      continue;
    }
    const uint32_t cp = next_codepoint(s, i);
    switch (cp) {  // letters that fold to two
      case 0xC6: case 0xE6: out += "ae"; continue;
      case 0xDF: out += "ss"; continue;
      case 0xDE: case 0xFE: out += "th"; continue;
      case 0x152: case 0x153: out += "oe"; continue;
      default: break;
    }
    const uint32_t f = fold_cp(cp);
    if (f) append_utf8(f, out);
  }
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  fold_append(s, out);
  return out;
}

void tokenize(std::string_view text, Span range, std::vector<Token>& out) {
  std::size_t i = std::min<std::size_t>(range.begin, text.size());
  const std::size_t end = std::min<std::size_t>(range.end, text.size());
  while (i < end) {
    const std::size_t start = i;
    const uint32_t cp = next_codepoint(text, i);
    if (is_space_cp(cp)) continue;
    Token t;
    t.span.begin = static_cast<uint32_t>(start);
    if (is_digit_cp(cp)) {
      t.kind = Token::number;
      while (i < end && is_digit_cp(static_cast<unsigned char>(text[i]))) ++i;
    } else if (is_letter_cp(cp) && !is_cjk_cp(cp)) {
      t.kind = Token::word;
      t.capitalized = is_upper_cp(cp);
      bool all_upper = t.capitalized;
      int letters = 1;
      while (i < end) {
        std::size_t j = i;
        uint32_t c = next_codepoint(text, j);
        if (c == '\'' || c == 0x2019) {  // inner apostrophe: Russia's, didn't, O'Brien
          std::size_t k = j;
          if (k >= end) break;
          const uint32_t after = next_codepoint(text, k);
          if (!is_letter_cp(after) || is_cjk_cp(after) || is_digit_cp(after)) break;
          j = k;
          c = after;
        } else if (!is_letter_cp(c) || is_cjk_cp(c)) {
          if (!is_digit_cp(c)) break;  // letters+digits stay one word: "G7", "COVID19"
        }
        if (is_letter_cp(c)) { ++letters; if (!is_upper_cp(c)) all_upper = false; }
        i = j;
      }
      t.all_caps = all_upper && letters >= 2;
    } else {
      t.kind = is_cjk_cp(cp) ? Token::word : Token::punct;
    }
    t.span.end = static_cast<uint32_t>(i);
    out.push_back(t);
  }
}

// --- stemmer (Porter step 1 and a final-e rule) ------------------------------

namespace {
bool is_cons(const std::string& w, std::size_t i) {
  switch (w[i]) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return false;
    case 'y': return i == 0 ? true : !is_cons(w, i - 1);
    default: return true;
  }
}
// Porter's m: number of VC sequences in w[0, len).
int measure(const std::string& w, std::size_t len) {
  int m = 0;
  std::size_t i = 0;
  while (i < len && is_cons(w, i)) ++i;
  while (i < len) {
    while (i < len && !is_cons(w, i)) ++i;
    if (i >= len) break;
    while (i < len && is_cons(w, i)) ++i;
    ++m;
  }
  return m;
}
bool has_vowel(const std::string& w, std::size_t len) {
  for (std::size_t i = 0; i < len; ++i)
    if (!is_cons(w, i)) return true;
  return false;
}
bool ends(const std::string& w, std::string_view suf) {
  return w.size() >= suf.size() && std::string_view(w).substr(w.size() - suf.size()) == suf;
}
bool cvc(const std::string& w) {
  const std::size_t n = w.size();
  if (n < 3 || !is_cons(w, n - 1) || is_cons(w, n - 2) || !is_cons(w, n - 3)) return false;
  const char c = w[n - 1];
  return c != 'w' && c != 'x' && c != 'y';
}
}  // namespace

std::string stem(std::string_view word) {
  std::string w(word);
  if (w.size() <= 3) return w;
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80 || !((c >= 'a' && c <= 'z') || c == '\'')) return w;
  // Step 1a: plurals.
  if (ends(w, "sses")) w.resize(w.size() - 2);
  else if (ends(w, "ies")) w.resize(w.size() - 2);
  else if (!ends(w, "ss") && !ends(w, "us") && !ends(w, "is") && ends(w, "s")) w.pop_back();
  // Step 1b: -eed, -ed, -ing.
  bool cleanup = false;
  if (ends(w, "eed")) {
    if (measure(w, w.size() - 3) > 0) w.pop_back();
  } else if (ends(w, "ed") && has_vowel(w, w.size() - 2)) {
    w.resize(w.size() - 2);
    cleanup = true;
  } else if (ends(w, "ing") && w.size() > 5 && has_vowel(w, w.size() - 3)) {
    w.resize(w.size() - 3);
    cleanup = true;
  }
  if (cleanup) {
    const std::size_t n = w.size();
    if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) {
      w.push_back('e');
    } else if (n >= 2 && w[n - 1] == w[n - 2] && is_cons(w, n - 1) && w[n - 1] != 'l' && w[n - 1] != 's' &&
               w[n - 1] != 'z') {
      w.pop_back();
    } else if (measure(w, n) == 1 && cvc(w)) {
      w.push_back('e');
    }
  }
  // Step 1c: y → i.
  if (ends(w, "y") && w.size() > 2 && has_vowel(w, w.size() - 1)) w.back() = 'i';
  // Final e: "agree"/"agreed" and "assure"/"assured" meet.
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  return w;
}

bool is_stopword(std::string_view w) {
  // Called for every word of every article: one hash probe instead of ~8 string compares.
  static const std::unordered_set<std::string_view> set(std::begin(kStopwords), std::end(kStopwords));
  return w.size() <= 10 && set.count(w) != 0;
}

void tokenize_sentences(std::string_view text, const std::vector<Span>& spans, SentenceTokens& out) {
  out.tokens.clear();
  out.start.clear();
  out.start.reserve(spans.size() + 1);
  if (!spans.empty()) out.tokens.reserve((spans.back().end - spans.front().begin) / 4 + 16);  // ~1 token per 4-5 bytes
  std::vector<Token> raw;
  for (const Span& s : spans) {
    out.start.push_back(static_cast<uint32_t>(out.tokens.size()));
    raw.clear();
    tokenize(text, s, raw);
    for (const Token& t : raw) {
      FoldedToken f;
      f.span = t.span;
      f.kind = t.kind;
      f.cap = t.capitalized;
      f.caps = t.all_caps;
      fold_append(t.span.of(text), f.f);
      out.tokens.push_back(std::move(f));
    }
  }
  out.start.push_back(static_cast<uint32_t>(out.tokens.size()));
}

void content_terms(std::string_view text, Span range, std::vector<std::string>& out) {
  std::vector<Span> one{range};
  SentenceTokens tokens;
  tokenize_sentences(text, one, tokens);
  content_terms(tokens.of(0), out);
}

void content_terms(TokenRange tokens, std::vector<std::string>& out) {
  std::string f;
  for (const FoldedToken& t : tokens) {
    if (t.kind == Token::punct) continue;
    if (t.kind == Token::number) { out.push_back(t.f); continue; }
    f = t.f;
    if (f.size() >= 2 && f[f.size() - 2] == '\'' && f.back() == 's') f.resize(f.size() - 2);
    if (f.size() >= 3 && f.compare(f.size() - 3, 3, "n't") == 0) continue;  // negation is Claim::negated
    if (f.size() < 2 && static_cast<unsigned char>(f[0]) < 0x80) continue;
    if (is_stopword(f)) continue;
    out.push_back(stem(f));
  }
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > max) return max + 1;
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > max) return max + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[b.size()], max + 1);
}

}  // namespace corroborate
