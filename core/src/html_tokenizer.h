// A forgiving, linear-time HTML tokenizer: tags, text runs and raw-text element
// bodies, plus entity decoding and attribute lookup. No tree, no recursion:
// the block builder (html_blocks.cpp) keeps its own bounded element stack.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace corroborate {
namespace html {

enum TagFlag : uint8_t {
  kBlock = 1,      // starts/ends a block of text
  kVoid = 2,       // never has an end tag
  kRaw = 4,        // body is raw text up to </name> (script, style, ...)
  kRcdata = 8,     // raw text with entities (title, textarea)
  kSkip = 16,      // text inside is not page text (svg, select, button, ...)
  kHeading = 32,   // h1..h6
  kStructure = 64  // article/nav/aside/...: a cue by the tag alone
};

enum class Tag : uint8_t {
  unknown = 0,
#define TAG(name, flags) name,
#define TAGX(id, name, flags) id,
#include "../data/html_tags.inc"
#undef TAG
#undef TAGX
};

Tag lookup_tag(std::string_view name);  // case-insensitive; unknown when not listed
uint8_t tag_flags(Tag tag);
inline bool has(Tag t, TagFlag f) { return (tag_flags(t) & f) != 0; }

enum class TokenKind { text, start_tag, end_tag, raw_text, end };

struct Token {
  TokenKind kind = TokenKind::end;
  uint32_t begin = 0;       // token bytes [begin, end) in the source
  uint32_t end = 0;
  Tag tag = Tag::unknown;   // tags and raw_text (the element whose body it is)
  std::string_view attrs;   // raw attribute text of a start tag
  bool self_closing = false;
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view src) : src_(src) {}
  // Next token; TokenKind::end at the end of input. Comments, doctypes and
  // processing instructions are skipped.
  Token next();
  uint32_t position() const { return pos_; }

 private:
  bool tag_at(size_t i) const;
  Token read_tag();
  Token read_raw_body();
  size_t find_raw_end(size_t from) const;
  void skip_markup_declaration();

  std::string_view src_;
  size_t pos_ = 0;
  Tag raw_tag_ = Tag::unknown;  // set after a raw-text start tag
};

// Calls f(name, value) for each attribute of raw attribute text, in order;
// stops early when f returns false. Values are raw (entities as written).
template <class F>
void for_each_attr(std::string_view a, F&& f);

// Value of attribute `name` (lowercase ASCII) in raw attribute text, entities
// left as written; empty when absent. Case-insensitive on attribute names.
std::string_view find_attr(std::string_view attrs, std::string_view name, bool* present = nullptr);

// Decodes the entity at s[0]=='&'. On success writes UTF-8 to out (≤ 8 bytes),
// sets *out_len and returns the bytes consumed; returns 0 when s is not an entity.
size_t decode_entity(std::string_view s, char* out, size_t* out_len);

// Entity-decoded, whitespace-collapsed, trimmed copy (for attributes, titles, meta).
std::string decode_text(std::string_view s);

// ASCII helpers (locale-free).
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
bool iequals(std::string_view a, std::string_view b);
bool icontains(std::string_view hay, std::string_view needle);  // needle lowercase

template <class F>
void for_each_attr(std::string_view a, F&& f) {
  size_t i = 0;
  while (i < a.size()) {
    while (i < a.size() && (is_space(a[i]) || a[i] == '/')) ++i;
    size_t n0 = i;
    while (i < a.size() && !is_space(a[i]) && a[i] != '=' && a[i] != '>' && a[i] != '/') ++i;
    if (i == n0) { ++i; continue; }  // stray byte: step over it
    std::string_view attr = a.substr(n0, i - n0);
    while (i < a.size() && is_space(a[i])) ++i;
    std::string_view value;
    if (i < a.size() && a[i] == '=') {
      ++i;
      while (i < a.size() && is_space(a[i])) ++i;
      if (i < a.size() && (a[i] == '"' || a[i] == '\'')) {
        char q = a[i++];
        size_t close = a.find(q, i);
        if (close == std::string_view::npos) close = a.size();
        value = a.substr(i, close - i);
        i = close + 1;
      } else {
        size_t v0 = i;
        while (i < a.size() && !is_space(a[i]) && a[i] != '>') ++i;
        value = a.substr(v0, i - v0);
      }
    }
    if (!f(attr, value)) return;
  }
}

}  // namespace html
}  // namespace corroborate
