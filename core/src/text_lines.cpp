// Line segmentation and per-line features for pasted plain text.
#include "text_lines.h"

#include <algorithm>
#include <cstring>

#include "text_dates.h"

namespace corroborate {
namespace {

// Decodes the (valid, normalized) UTF-8 code point at s[i]; advances i.
char32_t decode(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return s[i++], c;
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  char32_t cp = len == 4 ? c & 0x07 : len == 3 ? c & 0x0F : c & 0x1F;
  ++i;
  for (int k = 1; k < len && i < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == '\r' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool is_cjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}
bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  // General punctuation, symbols, CJK punctuation, full-width punctuation are not letters.
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF20)) return false;
  if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4) return false;  // Arabic punctuation
  return true;
}
bool is_upper(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9) ||
         (cp >= 0x400 && cp <= 0x42F);
}
bool is_closing(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0xBB ||
         cp == 0x300D || cp == 0x300F || cp == 0xFF09 || cp == 0x201C;
}
bool is_sentence_end(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
         cp == 0x061F || cp == 0x06D4;
}
bool is_soft_end(char32_t cp) {
  return cp == ',' || cp == ';' || cp == 0xFF0C || cp == 0x3001 || cp == 0x061B || cp == 0x060C;
}
bool is_dash(char32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014; }

// Last code point of s before byte `end`; moves end to its first byte.
char32_t last_cp(std::string_view s, std::size_t& end) {
  std::size_t i = end;
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  if (i > 0) --i;
  std::size_t j = i;
  char32_t cp = end > 0 ? decode(s, j) : 0;
  end = i;
  return cp;
}

void ending_features(std::string_view c, LineFeatures& f) {
  std::size_t end = c.size();
  char32_t cp = last_cp(c, end);
  std::size_t before_dash = end;
  if (is_dash(cp) && end > 0 && c[end - 1] == ' ') f.dash_end = true;
  (void)before_dash;
  while (end > 0 && is_closing(cp)) cp = last_cp(c, end);
  f.sentence_end = is_sentence_end(cp);
  f.soft_end = is_soft_end(cp);
  f.colon_end = cp == ':' || cp == 0xFF1A;
  std::size_t i = 0;
  char32_t first = c.empty() ? 0 : decode(c, i);
  f.dash_start = is_dash(first) && i < c.size() && c[i] == ' ';
}

// Separators of menus and breadcrumbs when they stand between spaces.
bool is_separator(char32_t cp) {
  return cp == '|' || cp == 0xB7 || cp == 0x2022 || cp == 0xBB || cp == '>' || cp == '/' || cp == 0x203A;
}

// Lower-case key without trailing punctuation, arrows or counters ("Comments (12)" → "comments").
std::string make_key(std::string_view content) {
  // Phrases and credits are found in the first bytes; long prose needs no more
  // for repetition counts either.
  constexpr std::size_t kKeyBytes = 512;
  std::string k = text_lower(content.substr(0, kKeyBytes));
  auto strip = [](unsigned char ch) {
    return ch == ' ' || ch == ':' || ch == '.' || ch == '!' || ch == '|' || ch == '>' || ch == '(' || ch == ')' ||
           ch == '[' || ch == ']' || (ch >= '0' && ch <= '9');
  };
  static constexpr std::string_view kTails[] = {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x80\xA6", "\xE2\x86\x92", "\xEF\xBC\x9A"};
  for (;;) {
    std::size_t n = k.size();
    while (!k.empty() && strip(static_cast<unsigned char>(k.back()))) k.pop_back();
    // » › … → (UTF-8 two/three-byte closers): only a non-ASCII last byte can end one.
    if (!k.empty() && static_cast<unsigned char>(k.back()) >= 0x80)
      for (std::string_view tail : kTails)
        if (k.size() >= tail.size() && std::memcmp(k.data() + k.size() - tail.size(), tail.data(), tail.size()) == 0)
          k.resize(k.size() - tail.size());
    if (k.size() == n) break;
  }
  std::size_t b = 0;
  while (b < k.size() && (k[b] == ' ' || k[b] == '|' || k[b] == '>')) ++b;
  if (k.size() - b >= 3 && k[b] == '\xE2' && k[b + 1] == '\x80' && k[b + 2] == '\xA2') b += 3;  // leading bullet
  while (b < k.size() && k[b] == ' ') ++b;
  k.erase(0, b);
  return k;
}

// ASCII byte classes for the per-character loop (one table lookup instead of
// a chain of comparisons on every byte of the page).
enum : uint8_t { kSpaceCls = 1, kUpperCls = 2, kLowerCls = 4, kDigitCls = 8, kMarkCls = 16 };
struct AsciiClasses {
  uint8_t c[256] = {};  // bytes >= 0x80: class 0
  constexpr AsciiClasses() {
    for (int i = 0; i < 128; ++i) {
      if (i == ' ' || i == '\t' || i == '\f' || i == '\v' || i == '\r') c[i] = kSpaceCls;
      else if (i >= 'A' && i <= 'Z') c[i] = kUpperCls;
      else if (i >= 'a' && i <= 'z') c[i] = kLowerCls;
      else if (i >= '0' && i <= '9') c[i] = kDigitCls;
      else if (i == ',' || i == '|' || i == '>' || i == '/' || i == '.') c[i] = kMarkCls;  // commas, separators, URLs
    }
  }
};
constexpr AsciiClasses kAscii;

// End of the run of ASCII lower-case letters at p[i..e), copied to out as it
// is scanned. Eight bytes at a time: a word's letters cost one load, a few
// arithmetic steps and one store instead of a loop step per byte and a memcpy
// call. Writing eight bytes is safe: out has room for the rest of the line.
std::size_t lower_run(const char* p, std::size_t i, std::size_t e, char* out) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  std::size_t run = i;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  while (run + 8 <= e) {
    uint64_t w;
    std::memcpy(&w, p + run, 8);
    std::memcpy(out + (run - i), &w, 8);
    // A byte below 0x80 is in 'a'..'z' when +0x1F sets its high bit and +0x05
    // does not; neither sum carries out of such a byte. A byte >= 0x80 is
    // flagged by its own high bit (its carry only reaches later bytes).
    uint64_t other = (w | ~(w + 0x1F1F1F1F1F1F1F1Full) | (w + 0x0505050505050505ull)) & kHigh;
    if (other) return run + (static_cast<std::size_t>(__builtin_ctzll(other)) >> 3);
    run += 8;
  }
#endif
  while (run < e && kAscii.c[static_cast<unsigned char>(p[run])] == kLowerCls) {
    out[run - i] = p[run];
    ++run;
  }
  return run;
}

// Builds one line's content (whitespace collapsed) with anchors, and its counts.
void build_line(std::string_view text, std::size_t b, std::size_t e, Line& line) {
  LineFeatures& f = line.f;
  std::size_t n = 0;  // content bytes written
  int64_t delta = -1;
  bool pending_space = false, in_token = false, token_cap = false, prev_lower = false, token_glued = false;
  std::size_t space_at = 0;
  uint32_t token_letters = 0;
  auto end_token = [&]() {
    if (!in_token) return;
    ++f.tokens;
    f.glued += token_glued;
    if (token_letters >= 4) {
      ++f.long_words;
      f.capitalized += token_cap;
    }
    in_token = false;
  };
  auto sync = [&](std::size_t decoded) {
    int64_t d = static_cast<int64_t>(decoded) - static_cast<int64_t>(n);
    if (d != delta) {
      if (line.anchors.empty()) line.anchors.reserve(2);  // the line start, and usually at most one more
      line.anchors.push_back({static_cast<uint32_t>(n), static_cast<uint32_t>(decoded)});
      delta = d;
    }
  };
  // Content is never longer than the input line: written into a buffer of
  // that size, trimmed at the end.
  line.content.resize(e - b);
  char* out = &line.content[0];
  for (std::size_t i = b; i < e;) {
    std::size_t at = i;
    unsigned char c = static_cast<unsigned char>(text[i]);
    uint8_t cls = 0;
    char32_t cp;
    if (c < 0x80) {
      ++i;
      cp = c;
      cls = kAscii.c[c];
    } else {
      cp = decode(text, i);
    }
    if (c < 0x80 ? (cls & kSpaceCls) != 0 : is_space(cp)) {
      if (!pending_space) space_at = at;
      pending_space = n > 0;
      end_token();
      continue;
    }
    bool after_space = pending_space;
    if (pending_space) {
      sync(space_at);
      out[n++] = ' ';
      pending_space = false;
    }
    // Input and content advance together inside a run of non-space characters:
    // only a run's first character can need an anchor.
    if (after_space || n == 0) sync(at);
    bool upper, letter;
    if (c < 0x80) {
      out[n++] = static_cast<char>(c);
      if (cls & kMarkCls) {
        f.commas += c == ',';
        if (after_space && c != ',' && c != '.' && i < e && text[i] == ' ') ++f.pipes;
        // "://" or "www."
        if ((c == '/' && n >= 3 && std::memcmp(out + n - 3, "://", 3) == 0) || (c == '.' && n >= 4 && std::memcmp(out + n - 4, "www.", 4) == 0))
          f.has_url = true;
      }
      upper = cls & kUpperCls;
      letter = cls & (kUpperCls | kLowerCls);
    } else {
      std::memcpy(out + n, text.data() + at, i - at);
      n += i - at;
      f.commas += cp == 0xFF0C || cp == 0x3001 || cp == 0x060C;
      if (after_space && is_separator(cp) && i < e && text[i] == ' ') ++f.pipes;
      if (is_cjk(cp)) {
        end_token();
        ++f.cjk;
        ++f.letters;
        continue;
      }
      upper = is_upper(cp);
      letter = is_letter(cp);
    }
    if (!in_token) {
      in_token = true;
      token_cap = upper;
      token_letters = 0;
      token_glued = false;
      prev_lower = false;
    }
    // A capital after 3+ letters with the one before lower-case: two words joined.
    if (upper && prev_lower && token_letters >= 3) token_glued = true;
    prev_lower = letter && !upper;
    if (letter) ++f.letters, ++token_letters;
    else if (cls & kDigitCls) ++f.digits;
    // Most bytes are lower-case letters inside a word: they only add letters.
    std::size_t run = lower_run(text.data(), i, e, out + n);
    if (run > i) {
      n += run - i;
      f.letters += static_cast<uint32_t>(run - i);
      token_letters += static_cast<uint32_t>(run - i);
      prev_lower = true;
      i = run;
    }
  }
  end_token();
  line.content.resize(n);
  f.words = f.tokens + f.cjk / 2;
}

// Next line break at or after i: LF, or U+2028/2029 (E2 80 A8/A9). Sets the
// start of the following line.
std::size_t line_end(std::string_view text, std::size_t i, std::size_t& next) {
  const char* base = text.data();
  const void* lf = std::memchr(base + i, '\n', text.size() - i);
  std::size_t e = lf ? static_cast<const char*>(lf) - base : text.size();
  next = lf ? e + 1 : text.size();
  for (std::size_t k = i; k < e;) {
    const void* p = std::memchr(base + k, '\xE2', e - k);
    if (!p) break;
    k = static_cast<const char*>(p) - base;
    if (k + 2 < text.size() && text[k + 1] == '\x80' && (text[k + 2] == '\xA8' || text[k + 2] == '\xA9')) {
      next = k + 3;
      return k;
    }
    ++k;
  }
  return e;
}

// Repetition counts by key: open addressing over key hashes (each slot holds
// the first line with that key), exact key comparison on a hash match.
void count_repeats(std::vector<Line>& lines) {
  std::size_t cap = 16;
  while (cap < lines.size() * 2) cap <<= 1;
  std::vector<uint32_t> slot(cap, UINT32_MAX);   // first line index with this key
  std::vector<uint32_t> owner(lines.size());      // line → first line with its key
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& k = lines[i].key;
    uint64_t h = k.size() * 0x9E3779B97F4A7C15ull;  // eight bytes per step
    for (std::size_t p = 0; p < k.size(); p += 8) {
      uint64_t w = 0;
      if (p + 8 <= k.size()) std::memcpy(&w, k.data() + p, 8);  // a fixed-size copy is one load
      else std::memcpy(&w, k.data() + p, k.size() - p);
      h = (h ^ w) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 32;
    }
    std::size_t s = static_cast<std::size_t>(h ^ (h >> 29)) & (cap - 1);
    for (;; s = (s + 1) & (cap - 1)) {
      if (slot[s] == UINT32_MAX) {
        slot[s] = static_cast<uint32_t>(i);
        owner[i] = static_cast<uint32_t>(i);
        lines[i].repeats = 0;
        break;
      }
      if (lines[slot[s]].key == k) {
        owner[i] = slot[s];
        break;
      }
    }
    ++lines[owner[i]].repeats;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) lines[i].repeats = lines[owner[i]].repeats;
}

}  // namespace

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 48 + 4);  // typical pasted pages: a line per ~50 bytes
  bool blank = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next;
    std::size_t e = line_end(text, i, next);
    // Built in place: no move of the line's three containers into the vector.
    lines.emplace_back();
    Line& line = lines.back();
    build_line(text, i, e, line);
    if (line.content.empty()) {
      blank = true;
      lines.pop_back();
    } else {
      line.span = {line.anchors.front().input, static_cast<uint32_t>(line.anchors.back().input + (line.content.size() - line.anchors.back().derived))};
      ending_features(line.content, line.f);
      line.key = make_key(line.content);
      line.blank_before = blank;
      blank = false;
    }
    i = next;
  }
  count_repeats(lines);
  return lines;
}

}  // namespace corroborate
