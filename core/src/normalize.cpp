// normalize stage: bytes → valid UTF-8 with a map back to the input bytes.
//
// Steps, in order (each linear, no allocation beyond the output and its map):
//   1. limits: empty → empty_input, oversized → input_too_large
//   2. BOM (UTF-8, UTF-32LE/BE, UTF-16LE/BE) decides the encoding
//   3. binary junk (many NULs / C0 control bytes in a bounded sample) → binary_input
//   4. BOM-less UTF-16 (ASCII-heavy text with NULs in every other byte)
//   5. a charset declaration in the first bytes (<meta charset>, http-equiv, <?xml encoding>)
//   6. else: valid UTF-8 → utf-8; mostly isolated high bytes → windows-1252;
//      otherwise UTF-8 with invalid sequences repaired to U+FFFD
// While transcoding: CR LF → LF, lone CR → LF, NUL dropped. Whenever output
// and input stop advancing together an OffsetMap anchor is added.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "stages.h"
#include "tokens.h"

namespace corroborate {
namespace {

#include "text_charsets.inc"

// --- tunables -------------------------------------------------------------
// Bytes inspected for binary junk and BOM-less UTF-16; enough for a verdict,
// bounded so a 50 MB input costs nothing extra.
constexpr size_t kSampleBytes = 64 * 1024;
// Share of NUL + C0 control bytes (other than tab, LF, FF, VT, CR, ESC) above which the
// input is binary. Text has ~0; random bytes have ~11%.
constexpr double kBinaryControlRatio = 0.05;
// A single stray NUL is tolerated: at least this many control bytes are needed.
constexpr size_t kBinaryMinControls = 8;
// Where a charset declaration is looked for (HTML spec prescan uses 1024; real
// pages put long <head> scripts first, so look further).
constexpr size_t kCharsetScanBytes = 4096;

constexpr char32_t kReplacement = 0xFFFD;

bool is_control_junk(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B;
}

// Appends UTF-8 and keeps the OffsetMap in step: an anchor is added whenever
// (input - output) changes, so copied runs cost nothing.
class Emitter {
 public:
  Emitter(Decoded& out, size_t reserve) : out_(out) { out_.text.reserve(reserve); }

  // Code point cp came from input bytes starting at `in`.
  void put(char32_t cp, size_t in) {
    if (cp == '\r') {  // CR → LF; the LF of a CR LF pair is then dropped
      cp = '\n';
      pending_cr_ = true;
    } else if (cp == '\n' && pending_cr_) {
      pending_cr_ = false;
      return;
    } else {
      pending_cr_ = false;
    }
    if (cp == 0) return;  // NUL: dropped (one stray NUL must not make text unusable)
    sync(in);
    append_utf8(static_cast<uint32_t>(cp), out_.text);
  }

  // Bytes already known to be valid UTF-8 without CR or NUL, copied as is.
  void copy(std::string_view bytes, size_t in) {
    if (pending_cr_ && !bytes.empty() && bytes[0] == '\n') bytes.remove_prefix(1), ++in;  // LF of a CR LF
    if (bytes.empty()) return;
    pending_cr_ = false;
    sync(in);
    out_.text.append(bytes.data(), bytes.size());
  }

  void replacement(size_t in) {
    put(kReplacement, in);
    out_.repaired = true;
  }

 private:
  void sync(size_t in) {
    int64_t delta = static_cast<int64_t>(in) - static_cast<int64_t>(out_.text.size());
    if (delta != delta_) {
      // OffsetMap reads offsets before its first anchor as that anchor's: pin the identity start.
      if (out_.map.empty() && !out_.text.empty()) out_.map.add(0, 0);
      out_.map.add(static_cast<uint32_t>(out_.text.size()), static_cast<uint32_t>(in));
      delta_ = delta;
    }
  }
  Decoded& out_;
  int64_t delta_ = 0;
  bool pending_cr_ = false;
};

// Length of the valid UTF-8 sequence at s[i], or 0 when invalid; `consumed`
// gets the maximal invalid subpart (WHATWG: one U+FFFD per subpart).
size_t utf8_sequence(const unsigned char* s, size_t n, size_t i, size_t& consumed, char32_t& cp) {
  unsigned char c = s[i];
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    consumed = 1;
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= n) {
      consumed = k;
      return 0;
    }
    unsigned char b = s[i + k];
    if (b < lo || b > hi) {
      consumed = k;
      return 0;
    }
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
  }
  consumed = len;
  return len;
}

// SWAR: does the 8-byte word contain a byte equal to zero?
inline bool has_zero_byte(uint64_t w) { return ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0; }

// Length of the run from i of plain ASCII with no CR and no NUL.
size_t plain_ascii_run(const unsigned char* s, size_t n, size_t i) {
  size_t j = i;
  while (j + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, s + j, 8);
    if ((w & 0x8080808080808080ULL) || has_zero_byte(w) || has_zero_byte(w ^ 0x0D0D0D0D0D0D0D0DULL)) break;
    j += 8;
  }
  while (j < n && s[j] < 0x80 && s[j] != '\r' && s[j] != 0) ++j;
  return j - i;
}

void decode_utf8(std::string_view in, size_t start, Emitter& em) {
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size(), i = start;
  while (i < n) {
    size_t run_begin = i;
    // Copy runs of plain ASCII and valid multi-byte sequences in one append.
    for (;;) {
      i += plain_ascii_run(s, n, i);
      if (i >= n || s[i] < 0x80) break;
      size_t consumed;
      char32_t cp;
      if (!utf8_sequence(s, n, i, consumed, cp)) break;
      i += consumed;
    }
    em.copy(in.substr(run_begin, i - run_begin), run_begin);
    if (i >= n) break;
    if (s[i] < 0x80) {  // CR or NUL
      em.put(s[i], i);
      ++i;
      continue;
    }
    size_t consumed;
    char32_t cp;
    utf8_sequence(s, n, i, consumed, cp);
    em.replacement(i);
    i += consumed;
  }
}

void decode_single_byte(std::string_view in, size_t start, const uint16_t* upper, Emitter& em) {
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size(), i = start;
  while (i < n) {
    size_t run = plain_ascii_run(s, n, i);
    em.copy(in.substr(i, run), i);
    i += run;
    if (i >= n) break;
    unsigned char c = s[i];
    em.put(c < 0x80 ? c : upper[c - 0x80], i);
    ++i;
  }
}

void decode_utf16(std::string_view in, size_t start, bool big_endian, Emitter& em) {
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size(), i = start;
  auto unit = [&](size_t p) -> char32_t {
    return big_endian ? (char32_t(s[p]) << 8) | s[p + 1] : (char32_t(s[p + 1]) << 8) | s[p];
  };
  while (i + 1 < n) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
      char32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        em.put(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), i);
        i += 4;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      em.replacement(i);
    } else {
      em.put(u, i);
    }
    i += 2;
  }
  if (i < n) em.replacement(i);  // odd trailing byte
}

void decode_utf32(std::string_view in, size_t start, bool big_endian, Emitter& em) {
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size(), i = start;
  for (; i + 3 < n; i += 4) {
    char32_t u = big_endian ? (char32_t(s[i]) << 24) | (char32_t(s[i + 1]) << 16) | (char32_t(s[i + 2]) << 8) | s[i + 3]
                            : (char32_t(s[i + 3]) << 24) | (char32_t(s[i + 2]) << 16) | (char32_t(s[i + 1]) << 8) | s[i];
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) {
      em.replacement(i);
    } else {
      em.put(u, i);
    }
  }
  if (i < n) em.replacement(i);
}

enum class Kind { utf8, utf16le, utf16be, utf32le, utf32be, single_byte };

struct Plan {
  Kind kind = Kind::utf8;
  size_t skip = 0;                  // BOM bytes
  const uint16_t* upper = nullptr;  // single-byte table
  std::string name = "utf-8";
};

bool starts_with(std::string_view s, const char* p, size_t n) { return s.size() >= n && std::memcmp(s.data(), p, n) == 0; }

bool plan_from_bom(std::string_view in, Plan& plan) {
  struct Bom {
    const char* bytes;
    size_t len;
    Kind kind;
    const char* name;
  };
  // UTF-32LE before UTF-16LE: they share the FF FE prefix.
  static const Bom boms[] = {
      {"\xEF\xBB\xBF", 3, Kind::utf8, "utf-8"},          {"\xFF\xFE\x00\x00", 4, Kind::utf32le, "utf-32le"},
      {"\x00\x00\xFE\xFF", 4, Kind::utf32be, "utf-32be"}, {"\xFF\xFE", 2, Kind::utf16le, "utf-16le"},
      {"\xFE\xFF", 2, Kind::utf16be, "utf-16be"},
  };
  for (const Bom& b : boms) {
    if (starts_with(in, b.bytes, b.len)) {
      plan.kind = b.kind;
      plan.skip = b.len;
      plan.name = b.name;
      return true;
    }
  }
  return false;
}

// BOM-less UTF-16 of mostly ASCII text: NULs sit in every other byte.
bool plan_from_nul_pattern(std::string_view in, Plan& plan) {
  size_t n = in.size() < kSampleBytes ? in.size() : kSampleBytes;
  n &= ~size_t(1);
  if (n < 8) return false;
  size_t even = 0, odd = 0;
  size_t i = 0;
  for (; i < n; i += 2) {
    // Eight bytes without a NUL change neither count: skip them (n is even,
    // so the pairs stay aligned).
    if ((i & 7) == 0 && i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, in.data() + i, 8);
      if (!has_zero_byte(w)) {
        i += 6;  // + 2 by the loop
        continue;
      }
    }
    even += in[i] == 0;
    odd += in[i + 1] == 0;
  }
  size_t pairs = n / 2;
  if (odd * 10 >= pairs * 7 && even * 10 < pairs) {
    plan.kind = Kind::utf16le;
    plan.name = "utf-16le";
    return true;
  }
  if (even * 10 >= pairs * 7 && odd * 10 < pairs) {
    plan.kind = Kind::utf16be;
    plan.name = "utf-16be";
    return true;
  }
  return false;
}

// SWAR: does the 8-byte word contain a byte below 0x20?
inline bool has_control_byte(uint64_t w) {
  return ((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL) != 0;
}

bool looks_binary(std::string_view in) {
  size_t n = in.size() < kSampleBytes ? in.size() : kSampleBytes;
  size_t junk = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {  // words without a byte < 0x20 hold no junk
    uint64_t w;
    std::memcpy(&w, in.data() + i, 8);
    if (!has_control_byte(w)) continue;
    for (size_t k = i; k < i + 8; ++k) junk += is_control_junk(static_cast<unsigned char>(in[k]));
  }
  for (; i < n; ++i) junk += is_control_junk(static_cast<unsigned char>(in[i]));
  return junk >= kBinaryMinControls && static_cast<double>(junk) > kBinaryControlRatio * static_cast<double>(n);
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
// ascii_lower over a buffer, eight bytes at a time (the charset scan lowers
// the first 4 KB of every input). Bytes >= 0x80 are left as they are.
void ascii_lower_in_place(char* s, size_t n) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    // With the high bits cleared no byte sum carries: +0x3F sets a byte's high
    // bit from 'A' on, +0x25 from '[' on; ~w keeps only bytes below 0x80.
    uint64_t w7 = w & ~kHigh;
    uint64_t upper = (w7 + 0x3F3F3F3F3F3F3F3FULL) & ~(w7 + 0x2525252525252525ULL) & ~w & kHigh;
    w |= upper >> 2;
    std::memcpy(s + i, &w, 8);
  }
  for (; i < n; ++i) s[i] = ascii_lower(s[i]);
}
// Locale-independent, unlike std::isalnum.
bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Substring search that skips by the window's last byte (Horspool): the charset
// keys are looked for in 4 KB of every input, and a search led by memchr for
// their first letter stops at every 'c' or 'e' of the text. Finds the leftmost
// match at or after pos, like std::string::find.
struct Horspool {
  std::string_view needle;
  uint8_t skip[256];
  explicit Horspool(std::string_view n) : needle(n) {
    for (uint8_t& s : skip) s = static_cast<uint8_t>(n.size());
    for (size_t i = 0; i + 1 < n.size(); ++i) skip[static_cast<unsigned char>(n[i])] = static_cast<uint8_t>(n.size() - 1 - i);
  }
  size_t find(std::string_view hay, size_t pos) const {
    const size_t m = needle.size();
    while (pos + m <= hay.size()) {
      const unsigned char last = static_cast<unsigned char>(hay[pos + m - 1]);
      if (last == static_cast<unsigned char>(needle[m - 1]) && std::memcmp(hay.data() + pos, needle.data(), m - 1) == 0)
        return pos;
      pos += skip[last];
    }
    return std::string::npos;
  }
};

// Finds `charset=NAME` / `encoding="NAME"` in the first bytes and returns NAME lower-cased.
std::string declared_charset(std::string_view in) {
  std::string_view head = in.substr(0, kCharsetScanBytes);
  std::string lower(head);
  ascii_lower_in_place(&lower[0], lower.size());
  static const Horspool kKeys[] = {Horspool("charset"), Horspool("encoding")};
  for (const Horspool& key : kKeys) {
    size_t pos = 0;
    while ((pos = key.find(lower, pos)) != std::string::npos) {
      size_t i = pos + key.needle.size();
      pos = i;
      while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
      if (i >= lower.size() || lower[i] != '=') continue;
      ++i;
      while (i < lower.size() && (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\'')) ++i;
      size_t b = i;
      while (i < lower.size() && (ascii_alnum(lower[i]) || lower[i] == '-' || lower[i] == '_' || lower[i] == ':' || lower[i] == '.')) ++i;
      if (i > b && i - b < 40) return lower.substr(b, i - b);
    }
  }
  return {};
}

// WHATWG-style label → canonical name. ISO-8859-1 and ASCII labels mean
// windows-1252 in browsers; so does ISO-8859-9 → windows-1254.
const char* canonical_charset(const std::string& label) {
  struct Alias {
    const char* label;
    const char* name;
  };
  static const Alias aliases[] = {
      {"utf-8", "utf-8"},           {"utf8", "utf-8"},           {"unicode-1-1-utf-8", "utf-8"},
      {"utf-16", "utf-8"},          {"utf-16le", "utf-8"},       {"utf-16be", "utf-8"},  // a UTF-16 label in bytes we can read as ASCII is wrong
      {"us-ascii", "windows-1252"}, {"ascii", "windows-1252"},   {"iso-8859-1", "windows-1252"},
      {"iso8859-1", "windows-1252"}, {"latin1", "windows-1252"}, {"l1", "windows-1252"},
      {"cp1252", "windows-1252"},   {"windows-1252", "windows-1252"}, {"x-cp1252", "windows-1252"},
      {"iso-8859-15", "iso-8859-15"}, {"latin9", "iso-8859-15"}, {"iso-8859-2", "iso-8859-2"},
      {"latin2", "iso-8859-2"},     {"iso-8859-5", "iso-8859-5"}, {"iso-8859-7", "iso-8859-7"},
      {"iso-8859-9", "windows-1254"}, {"latin5", "windows-1254"},
      {"windows-1250", "windows-1250"}, {"cp1250", "windows-1250"}, {"windows-1251", "windows-1251"},
      {"cp1251", "windows-1251"},   {"x-cp1251", "windows-1251"}, {"windows-1253", "windows-1253"},
      {"windows-1254", "windows-1254"}, {"windows-1255", "windows-1255"}, {"windows-1256", "windows-1256"},
      {"windows-1257", "windows-1257"}, {"koi8-r", "koi8-r"},   {"koi8r", "koi8-r"},
      {"koi8", "koi8-r"},           {"koi8-u", "koi8-u"},        {"ibm866", "ibm866"},
      {"cp866", "ibm866"},
  };
  for (const Alias& a : aliases)
    if (label == a.label) return a.name;
  return nullptr;
}

const uint16_t* single_byte_table(const char* name) {
  for (const SingleByteCharset& c : k_single_byte_charsets)
    if (std::strcmp(c.name, name) == 0) return c.upper;
  return nullptr;
}

struct Utf8Stats {
  size_t multibyte = 0;  // valid sequences of 2-4 bytes
  size_t invalid = 0;    // invalid subparts
  bool cr_or_nul = false;
};

Utf8Stats utf8_stats(std::string_view in, size_t start) {
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  Utf8Stats st;
  size_t n = in.size(), i = start;
  while (i < n) {
    i += plain_ascii_run(s, n, i);
    if (i >= n) break;
    if (s[i] < 0x80) {  // CR or NUL stopped the run
      st.cr_or_nul = true;
      ++i;
      continue;
    }
    size_t consumed;
    char32_t cp;
    if (utf8_sequence(s, n, i, consumed, cp)) ++st.multibyte;
    else ++st.invalid;
    i += consumed;
  }
  return st;
}

// Declared or guessed encoding for input without a BOM.
void plan_without_bom(std::string_view in, Plan& plan, Utf8Stats& st) {
  st = utf8_stats(in, 0);
  std::string label = declared_charset(in);
  if (!label.empty()) {
    const char* name = canonical_charset(label);
    if (!name) {
      plan.name = "utf-8 (declared " + label + ", unsupported)";
      return;
    }
    // Bytes that are valid UTF-8 with real multi-byte sequences are UTF-8
    // whatever the label says (re-saved pages keep stale declarations).
    const uint16_t* table = single_byte_table(name);
    if (table && !(st.invalid == 0 && st.multibyte > 0)) {
      plan.kind = Kind::single_byte;
      plan.upper = table;
      plan.name = name;
    }
    return;
  }
  if (st.invalid > 0 && st.invalid > st.multibyte) {  // isolated high bytes: legacy Western text
    plan.kind = Kind::single_byte;
    plan.upper = single_byte_table("windows-1252");
    plan.name = "windows-1252";
  }
}

bool all_whitespace(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

// Tag names whose presence as `<name` or `</name` marks markup.
bool is_known_tag(std::string_view name) {
  static const char* const tags[] = {"html", "head", "body", "div", "span", "p",      "a",      "br",    "img",
                                     "script", "style", "meta", "link", "title", "table", "tr", "td", "ul",
                                     "li",     "ol",    "h1",   "h2",   "h3",    "h4",    "nav", "header", "footer",
                                     "article", "section", "iframe", "form", "input", "button", "strong", "em", "b", "i"};
  for (const char* t : tags)
    if (name == t) return true;
  return false;
}

}  // namespace

Result<Decoded> normalize_input(std::string_view input, const ExtractOptions& options) {
  if (input.empty()) return Result<Decoded>::failure(ErrorCode::empty_input, "the input is empty");
  if (input.size() > options.limits.max_input_bytes || input.size() >= 0xFFFFFFFFu)
    return Result<Decoded>::failure(ErrorCode::input_too_large,
                                    "the input is " + std::to_string(input.size()) + " bytes, over the limit of " +
                                        std::to_string(options.limits.max_input_bytes));
  Plan plan;
  Utf8Stats st;
  st.cr_or_nul = true;
  if (!plan_from_bom(input, plan) && !plan_from_nul_pattern(input, plan)) {
    if (looks_binary(input))
      return Result<Decoded>::failure(ErrorCode::binary_input, "the input looks like binary data, not text or HTML");
    plan_without_bom(input, plan, st);
  }

  Decoded out;
  out.encoding = plan.name;
  // The common case: clean UTF-8 without CR or NUL is copied as is (identity map).
  if (plan.kind == Kind::utf8 && plan.skip == 0 && st.invalid == 0 && !st.cr_or_nul) {
    out.text.assign(input.data(), input.size());
    if (all_whitespace(out.text)) return Result<Decoded>::failure(ErrorCode::empty_input, "the input has no text");
    return out;
  }
  Emitter em(out, input.size() + input.size() / 8);
  // The Emitter tracks (input - output) from zero, so a BOM gets its anchor by itself.
  Emitter* e = &em;
  switch (plan.kind) {
    case Kind::utf8: decode_utf8(input, plan.skip, *e); break;
    case Kind::single_byte: decode_single_byte(input, plan.skip, plan.upper, *e); break;
    case Kind::utf16le: decode_utf16(input, plan.skip, false, *e); break;
    case Kind::utf16be: decode_utf16(input, plan.skip, true, *e); break;
    case Kind::utf32le: decode_utf32(input, plan.skip, false, *e); break;
    case Kind::utf32be: decode_utf32(input, plan.skip, true, *e); break;
  }
  if (all_whitespace(out.text)) return Result<Decoded>::failure(ErrorCode::empty_input, "the input has no text");
  return out;
}

bool looks_like_html(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  std::string_view head = text.substr(i, 16);
  std::string lower(head.size(), ' ');
  for (size_t k = 0; k < head.size(); ++k) lower[k] = ascii_lower(head[k]);
  for (const char* p : {"<!doctype", "<html", "<?xml", "<head", "<body", "<!--", "<meta", "<div", "<title"})
    if (lower.compare(0, std::strlen(p), p) == 0) return true;
  // Otherwise count known tags in a bounded prefix: a pasted article quoting
  // "<b>" once stays text; markup has many tags, including closing ones.
  std::string_view sample = text.substr(0, kSampleBytes);
  size_t tags = 0, closing = 0;
  for (size_t p = sample.find('<'); p != std::string_view::npos; p = sample.find('<', p + 1)) {
    size_t b = p + 1;
    bool close = b < sample.size() && sample[b] == '/';
    if (close) ++b;
    size_t e = b;
    while (e < sample.size() && e - b < 10 && ascii_alnum(sample[e])) ++e;
    if (e == b || e >= sample.size() || (sample[e] != '>' && sample[e] != ' ' && sample[e] != '/' && sample[e] != '\n')) continue;
    std::string name(e - b, ' ');
    for (size_t k = b; k < e; ++k) name[k - b] = ascii_lower(sample[k]);
    if (!is_known_tag(name)) continue;
    ++tags;
    closing += close;
  }
  return tags >= 12 || (tags >= 4 && closing >= 2 && tags * 2000 >= sample.size());
}

}  // namespace corroborate
