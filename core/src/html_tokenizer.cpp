// Forgiving HTML tokenizer. Every loop advances; unterminated constructs run to
// the end of input, so any bytes give tokens in linear time.
#include "html_tokenizer.h"

#include <algorithm>
#include <cstring>

namespace corroborate {
namespace html {
namespace {

struct TagInfo {
  std::string_view name;
  uint8_t flags;
};

const TagInfo kTags[] = {
#define TAG(name, flags) {#name, static_cast<uint8_t>(flags)},
#define TAGX(id, name, flags) {name, static_cast<uint8_t>(flags)},
#include "../data/html_tags.inc"
#undef TAG
#undef TAGX
};
constexpr size_t kTagCount = sizeof(kTags) / sizeof(kTags[0]);

struct EntityInfo {
  std::string_view name;
  std::string_view utf8;
};
const EntityInfo kEntities[] = {
#include "../data/html_entities.inc"
};

constexpr size_t kMaxTagName = 16;     // longer names are unknown elements
constexpr size_t kMaxEntityName = 10;  // longest listed entity name + 2

inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

size_t encode_utf8(uint32_t cp, char* out) {
  // Surrogates, zero and out-of-range code points become U+FFFD, as HTML5 says.
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// Windows-1252 meanings of &#128;..&#159;, which pages use for curly quotes.
const uint16_t kC1[32] = {0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                          0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                          0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};

size_t decode_numeric(std::string_view s, char* out, size_t* out_len) {
  size_t i = 2;  // past "&#"
  bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  size_t digits_start = i;
  uint32_t cp = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    uint32_t d;
    if (is_digit(c)) d = static_cast<uint32_t>(c - '0');
    else if (hex && c >= 'a' && c <= 'f') d = static_cast<uint32_t>(c - 'a' + 10);
    else if (hex && c >= 'A' && c <= 'F') d = static_cast<uint32_t>(c - 'A' + 10);
    else break;
    cp = std::min<uint32_t>(cp * (hex ? 16 : 10) + d, 0x110000);  // saturate: no overflow
  }
  if (i == digits_start) return 0;
  if (i < s.size() && s[i] == ';') ++i;
  if (cp >= 0x80 && cp < 0xA0) cp = kC1[cp - 0x80];
  *out_len = encode_utf8(cp, out);
  return i;
}

// Entities that browsers decode even without the closing ';'.
bool legacy_without_semicolon(std::string_view name) {
  return name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "nbsp" || name == "copy" ||
         name == "reg";
}

size_t decode_named(std::string_view s, char* out, size_t* out_len) {
  size_t i = 1;
  while (i < s.size() && i <= kMaxEntityName && is_alnum(s[i])) ++i;
  std::string_view name = s.substr(1, i - 1);
  if (name.empty()) return 0;
  bool semicolon = i < s.size() && s[i] == ';';
  if (!semicolon && !legacy_without_semicolon(name)) return 0;
  const EntityInfo* end = kEntities + sizeof(kEntities) / sizeof(kEntities[0]);
  const EntityInfo* it = std::lower_bound(kEntities, end, name,
                                          [](const EntityInfo& e, std::string_view n) { return e.name < n; });
  if (it == end || name != it->name) return 0;
  *out_len = it->utf8.size();
  std::memcpy(out, it->utf8.data(), *out_len);
  return i + (semicolon ? 1 : 0);
}

// First '<' in [p, end), or nullptr. Natively libc's memchr (SIMD) is best;
// in WASM musl's memchr reads 4 bytes per step, and 8 at a time (SWAR on
// WASM's native 64-bit integers) is faster on long runs like script bodies.
inline const char* find_lt(const char* p, const char* end) {
#ifdef __EMSCRIPTEN__
  for (; end - p >= 8; p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t x = w ^ 0x3C3C3C3C3C3C3C3CULL;  // '<' bytes become 0
    const uint64_t zero = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
    // The lowest flagged byte is always a real zero (little-endian: the first in memory).
    if (zero) return p + (__builtin_ctzll(zero) >> 3);
  }
  for (; p < end; ++p)
    if (*p == '<') return p;
  return nullptr;
#else
  return static_cast<const char*>(std::memchr(p, '<', static_cast<size_t>(end - p)));
#endif
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

bool icontains(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  if (hay.size() < needle.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (ascii_lower(hay[i]) != needle[0]) continue;
    size_t k = 1;
    while (k < needle.size() && ascii_lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

namespace {

// Tag lookup runs for every tag of the page: an open-addressing hash of the
// lowercase name (one probe, one compare, usually) instead of a binary search
// (~7 string compares).
constexpr size_t kTagSlots = 512;  // power of two, > 4x kTagCount: short probe runs
static_assert(kTagSlots > 2 * kTagCount, "tag hash table too small");

inline uint32_t tag_hash(const char* s, size_t n) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 16777619u;
  return h;
}

struct TagTable {
  uint8_t slot[kTagSlots] = {};  // tag index + 1, 0 = empty
  TagTable() {
    for (size_t t = 0; t < kTagCount; ++t) {
      size_t h = tag_hash(kTags[t].name.data(), kTags[t].name.size()) & (kTagSlots - 1);
      while (slot[h]) h = (h + 1) & (kTagSlots - 1);
      slot[h] = static_cast<uint8_t>(t + 1);
    }
  }
};
static_assert(kTagCount < 255, "tag index must fit the table's bytes");

const TagTable& tag_table() {
  static const TagTable table;
  return table;
}

}  // namespace

Tag lookup_tag(std::string_view name) {
  if (name.empty() || name.size() > kMaxTagName) return Tag::unknown;
  char buf[kMaxTagName];
  for (size_t i = 0; i < name.size(); ++i) buf[i] = ascii_lower(name[i]);
  std::string_view lower(buf, name.size());
  const TagTable& table = tag_table();
  for (size_t h = tag_hash(buf, name.size()) & (kTagSlots - 1); table.slot[h]; h = (h + 1) & (kTagSlots - 1)) {
    size_t t = table.slot[h] - 1u;
    if (kTags[t].name == lower) return static_cast<Tag>(t + 1);
  }
  return Tag::unknown;
}

uint8_t tag_flags(Tag tag) {
  size_t i = static_cast<size_t>(tag);
  return (i == 0 || i > kTagCount) ? 0 : kTags[i - 1].flags;
}

size_t decode_entity(std::string_view s, char* out, size_t* out_len) {
  if (s.size() < 3 || s[0] != '&') return 0;
  if (s[1] == '#') return decode_numeric(s, out, out_len);
  return decode_named(s, out, out_len);
}

std::string decode_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (is_space(c)) { space = true; ++i; continue; }
    if (space && !out.empty()) out += ' ';
    space = false;
    char buf[8];
    size_t n = 0;
    size_t used = c == '&' ? decode_entity(s.substr(i), buf, &n) : 0;
    if (used) { out.append(buf, n); i += used; }
    else { out += c; ++i; }
  }
  return out;
}

std::string_view find_attr(std::string_view a, std::string_view name, bool* present) {
  if (present) *present = false;
  std::string_view found;
  for_each_attr(a, [&](std::string_view attr, std::string_view value) {
    if (!iequals(attr, name)) return true;
    if (present) *present = true;
    found = value;
    return false;
  });
  return found;
}

bool Tokenizer::tag_at(size_t i) const {
  if (i + 1 >= src_.size()) return false;
  char c = src_[i + 1];
  if (is_alpha(c) || c == '!' || c == '?') return true;
  return c == '/' && i + 2 < src_.size() && (is_alpha(src_[i + 2]) || src_[i + 2] == '>');
}

Token Tokenizer::next() {
  while (true) {
    if (raw_tag_ != Tag::unknown) return read_raw_body();
    if (pos_ >= src_.size()) return Token{};
    if (src_[pos_] == '<' && tag_at(pos_)) {
      char c = src_[pos_ + 1];
      if (c == '!' || c == '?') { skip_markup_declaration(); continue; }
      Token t = read_tag();
      if (t.kind != TokenKind::end) return t;
      continue;  // a tag without a usable name was skipped
    }
    // Text up to the next '<' that opens markup.
    Token t;
    t.kind = TokenKind::text;
    t.begin = static_cast<uint32_t>(pos_);
    size_t i = pos_ + 1;
    while (true) {
      const char* p = find_lt(src_.data() + i, src_.data() + src_.size());
      if (!p) { i = src_.size(); break; }
      i = static_cast<size_t>(static_cast<const char*>(p) - src_.data());
      if (tag_at(i)) break;
      ++i;
    }
    pos_ = i;
    t.end = static_cast<uint32_t>(i);
    return t;
  }
}

void Tokenizer::skip_markup_declaration() {
  // <!-- comment -->, <!DOCTYPE ...>, <![CDATA[...]]> (a bogus comment in HTML), <? ... >
  size_t end;
  if (src_.compare(pos_, 4, "<!--") == 0) {
    end = src_.find("-->", pos_ + 4);
    end = end == std::string_view::npos ? src_.size() : end + 3;
  } else {
    end = src_.find('>', pos_ + 2);
    end = end == std::string_view::npos ? src_.size() : end + 1;
  }
  pos_ = end;
}

Token Tokenizer::read_tag() {
  Token t;
  t.begin = static_cast<uint32_t>(pos_);
  size_t i = pos_ + 1;
  bool closing = src_[i] == '/';
  if (closing) ++i;
  size_t n0 = i;
  while (i < src_.size() && !is_space(src_[i]) && src_[i] != '>' && src_[i] != '/') ++i;
  std::string_view name = src_.substr(n0, i - n0);
  // Attributes run to the first '>' outside quotes; a quote left open ends at
  // the next '>' after it (what browsers effectively show), so no runaway.
  size_t a0 = i;
  while (i < src_.size() && src_[i] != '>') {
    char c = src_[i];
    if ((c == '"' || c == '\'') && i > a0 && (src_[i - 1] == '=' || is_space(src_[i - 1]))) {
      size_t close = src_.find(c, i + 1);
      if (close == std::string_view::npos) {
        size_t gt = src_.find('>', i + 1);
        i = gt == std::string_view::npos ? src_.size() : gt;
        break;
      }
      i = close + 1;
      continue;
    }
    ++i;
  }
  size_t attrs_end = i;
  pos_ = i < src_.size() ? i + 1 : src_.size();
  t.end = static_cast<uint32_t>(pos_);
  t.tag = lookup_tag(name);
  if (name.empty()) return Token{};  // "</>": nothing
  t.kind = closing ? TokenKind::end_tag : TokenKind::start_tag;
  if (!closing) {
    t.attrs = src_.substr(a0, attrs_end - a0);
    t.self_closing = attrs_end > a0 && src_[attrs_end - 1] == '/';
    if (has(t.tag, kRaw) || has(t.tag, kRcdata)) raw_tag_ = t.tag;
  }
  if (t.kind == TokenKind::end_tag) t.attrs = {};
  return t;
}

size_t Tokenizer::find_raw_end(size_t from) const {
  // "</name" followed by space, '/' or '>' (any case).
  std::string_view name = kTags[static_cast<size_t>(raw_tag_) - 1].name;
  size_t len = name.size();
  size_t i = from;
  while (i < src_.size()) {
    const char* p = find_lt(src_.data() + i, src_.data() + src_.size());
    if (!p) return src_.size();
    i = static_cast<size_t>(static_cast<const char*>(p) - src_.data());
    if (i + 2 + len <= src_.size() && src_[i + 1] == '/' && iequals(src_.substr(i + 2, len), name)) {
      size_t k = i + 2 + len;
      if (k == src_.size() || is_space(src_[k]) || src_[k] == '>' || src_[k] == '/') return i;
    }
    ++i;
  }
  return src_.size();
}

Token Tokenizer::read_raw_body() {
  Token t;
  t.kind = TokenKind::raw_text;
  t.tag = raw_tag_;
  t.begin = static_cast<uint32_t>(pos_);
  size_t end = find_raw_end(pos_);
  // An unclosed <title> would swallow the page (browsers then show nothing);
  // ending it at the next markup keeps the article readable.
  if (end == src_.size() && has(raw_tag_, kRcdata)) {
    size_t lt = src_.find('<', pos_);
    if (lt != std::string_view::npos) end = lt;
  }
  t.end = static_cast<uint32_t>(end);
  pos_ = end;
  raw_tag_ = Tag::unknown;  // the end tag is read as a normal token next
  return t;
}

}  // namespace html
}  // namespace corroborate
