// HTML → blocks. One pass over the tokens; the element stack is a vector capped
// at Limits::max_nesting_depth (deeper elements are flattened), so any nesting
// costs no recursion and bounded memory.
#include "html_blocks.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace corroborate {
namespace html {
namespace {

struct CueWord {
  std::string_view word;
  uint32_t bits;
};
const CueWord kCueWords[] = {
#define CUE(w, bits) {w, bits},
#include "../data/html_cues.inc"
#undef CUE
};
const CueWord kCueStems[] = {
#define STEM(w, bits) {w, bits},
#include "../data/html_cue_stems.inc"
#undef STEM
};

// role="..." values (ARIA landmarks) → cue.
const CueWord kRoles[] = {
    {"navigation", kCueNav}, {"menu", kCueNav},         {"menubar", kCueNav},       {"complementary", kCueSidebar},
    {"contentinfo", kCueFooter}, {"main", kCueContent}, {"article", kCueContent},   {"banner", kCueHeader},
    {"search", kCueForm},    {"dialog", kCuePromo},     {"alertdialog", kCuePromo},
};

// Structural tags that are cues by themselves.
uint32_t tag_cues(Tag t) {
  switch (t) {
    case Tag::nav: case Tag::menu: return kCueNav;
    case Tag::aside: return kCueSidebar;
    case Tag::footer: return kCueFooter;
    case Tag::header: return kCueHeader;
    case Tag::form: return kCueForm;
    case Tag::figure: return kCueFigure;
    case Tag::figcaption: return kCueCaption;
    case Tag::article: case Tag::main: return kCueContent;
    default: return 0;
  }
}

// Which bytes a word contains, as bits: a-z → 0-25, 0-9 → 26-35, anything
// else → 63. A stem can only occur in a word holding all of the stem's bytes.
uint64_t byte_set(std::string_view s) {
  uint64_t m = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') m |= uint64_t{1} << (c - 'a');
    else if (c >= '0' && c <= '9') m |= uint64_t{1} << (26 + (c - '0'));
    else m |= uint64_t{1} << 63;
  }
  return m;
}

constexpr size_t kStemCount = sizeof(kCueStems) / sizeof(kCueStems[0]);
struct StemSets {
  uint64_t of[kStemCount];
  StemSets() {
    for (size_t i = 0; i < kStemCount; ++i) of[i] = byte_set(kCueStems[i].word);
  }
};

uint32_t word_cues(std::string_view w) {
  const CueWord* end = kCueWords + sizeof(kCueWords) / sizeof(kCueWords[0]);
  const CueWord* it = std::lower_bound(kCueWords, end, w, [](const CueWord& c, std::string_view x) { return c.word < x; });
  if (it != end && w == it->word) return it->bits;
  if (w.size() < 5) return 0;
  // Most class words contain no stem: the byte-set test rules out nearly all
  // stems without a substring search.
  static const StemSets stems;
  const uint64_t have = byte_set(w);
  for (size_t i = 0; i < kStemCount; ++i)
    if ((stems.of[i] & ~have) == 0 && w.find(kCueStems[i].word) != std::string_view::npos) return kCueStems[i].bits;
  return 0;
}

// Inline formatting elements share their parent's node.
bool makes_node(Tag t) { return t == Tag::unknown || has(t, kBlock) || t == Tag::time; }

// Elements that end an open <p> when they start (HTML's "close a p element").
bool closes_p(Tag t) { return has(t, kBlock) && t != Tag::br && t != Tag::body && t != Tag::html; }

inline bool lead_is_cjk(unsigned char c0, unsigned char c1) {
  // U+3040..U+9FFF (kana, CJK ideographs) and U+AC00..U+D7AF (Hangul).
  return (c0 == 0xE3 && c1 >= 0x81) || (c0 >= 0xE4 && c0 <= 0xE9) || (c0 >= 0xEA && c0 <= 0xED);
}

// Accumulates one block's text: whitespace collapsed, entities decoded,
// anchors recording where each run of bytes came from.
class TextBuilder {
 public:
  Block block;
  BlockFeatures f;

  bool empty() const { return block.content.empty(); }

  void append(std::string_view src, uint32_t begin, uint32_t end, bool link, bool rcdata_entities = true) {
    for (uint32_t i = begin; i < end;) {
      unsigned char c = static_cast<unsigned char>(src[i]);
      if (is_space(static_cast<char>(c))) {
        if (!pending_space_) space_at_ = i;  // the ' ' we may emit stands for this byte
        pending_space_ = true;
        ++i;
        continue;
      }
      if (c == 0xC2 && i + 1 < end && static_cast<unsigned char>(src[i + 1]) == 0xA0) {  // NBSP
        if (!pending_space_) space_at_ = i;
        pending_space_ = true;
        i += 2;
        continue;
      }
      if (c == '&' && rcdata_entities) {
        char buf[8];
        size_t n = 0;
        size_t used = decode_entity(src.substr(i, std::min<size_t>(end - i, 40)), buf, &n);
        if (used) {
          if (n == 2 && static_cast<unsigned char>(buf[0]) == 0xC2 && static_cast<unsigned char>(buf[1]) == 0xA0) {
            if (!pending_space_) space_at_ = i;
            pending_space_ = true;
          } else if (n > 0) {
            put(buf, n, i, link);
            next_input_ = UINT32_MAX;  // decoded bytes are not a copy: next byte starts a run
            last_end_ = i + static_cast<uint32_t>(used);
          }
          i += static_cast<uint32_t>(used);
          continue;
        }
      }
      // A run of ordinary bytes, copied verbatim.
      uint32_t j = i + 1;
      while (j < end) {
        unsigned char d = static_cast<unsigned char>(src[j]);
        if (is_space(static_cast<char>(d)) || d == '&' || d == 0xC2) break;
        ++j;
      }
      put(src.data() + i, j - i, i, link);
      next_input_ = j;
      last_end_ = j;
      i = j;
    }
  }

  void reset() {
    block = Block{};
    f = BlockFeatures{};
    pending_space_ = false;
    space_at_ = 0;
    next_input_ = UINT32_MAX;
  }

  void finish() {
    block.input.end = last_end_;
    f.chars = static_cast<uint32_t>(block.content.size());
  }

 private:
  void put(const char* p, size_t n, uint32_t input_at, bool link) {
    std::string& s = block.content;
    if (s.empty()) block.input.begin = input_at;
    if (pending_space_ && !s.empty()) {
      // The ' ' maps to the first byte of the whitespace it replaces; a lone
      // ' ' right after copied text just continues the run (no new anchor).
      if (space_at_ != next_input_) block.anchors.push_back({static_cast<uint32_t>(s.size()), space_at_});
      s += ' ';
      next_input_ = space_at_ + 1;
      ++f.words;
    } else if (s.empty()) {
      ++f.words;
    }
    pending_space_ = false;
    if (input_at != next_input_ || block.anchors.empty())
      block.anchors.push_back({static_cast<uint32_t>(s.size()), input_at});
    count(p, n);
    if (link) f.link_chars += static_cast<uint32_t>(n);
    s.append(p, n);
  }

  void count(const char* p, size_t n) {
    for (size_t k = 0; k < n; ++k) {
      unsigned char c = static_cast<unsigned char>(p[k]);
      if (c < 0x80) {
        if (c == '.' || c == '!' || c == '?') ++f.sentence_ends;
        else if (c == ',' || c == ';') ++f.commas;
        continue;
      }
      if (k + 2 < n && c >= 0xE0) {
        unsigned char c1 = static_cast<unsigned char>(p[k + 1]), c2 = static_cast<unsigned char>(p[k + 2]);
        if (lead_is_cjk(c, c1)) ++f.cjk;
        if (c == 0xE3 && c1 == 0x80 && c2 == 0x82) ++f.sentence_ends;                      // 。
        else if (c == 0xEF && c1 == 0xBC && (c2 == 0x81 || c2 == 0x9F)) ++f.sentence_ends;  // ！？
        else if ((c == 0xEF && c1 == 0xBC && c2 == 0x8C) || (c == 0xE3 && c1 == 0x80 && c2 == 0x81)) ++f.commas;
      } else if (k + 1 < n && c == 0xD8) {
        unsigned char c1 = static_cast<unsigned char>(p[k + 1]);
        if (c1 == 0x9F) ++f.sentence_ends;  // ؟
        else if (c1 == 0x8C) ++f.commas;    // ،
      }
    }
  }

  bool pending_space_ = false;
  uint32_t space_at_ = 0;  // input offset of the first byte of the pending whitespace
  uint32_t next_input_ = UINT32_MAX;
  uint32_t last_end_ = 0;
};

struct Frame {
  Tag tag;
  uint32_t node;         // node of this element, or of its nearest node ancestor
  uint32_t inline_cues;  // cues of inline elements since that node
  uint8_t heading;       // inside <hN>
  bool skip;             // text inside is not page text
  bool link;             // inside <a>
  bool time;             // inside <time>
};

class Builder {
 public:
  Builder(std::string_view src, const Limits& limits, std::vector<Block>& blocks, Page& page, MetaCollector& meta)
      : src_(src), limits_(limits), blocks_(blocks), page_(page), meta_(meta) {
    page_.nodes.push_back(Node{});  // the document
    stack_.push_back(Frame{Tag::unknown, 0, 0, 0, false, false, false});
    text_.reset();
  }

  void run() {
    Tokenizer tz(src_);
    for (Token t = tz.next(); t.kind != TokenKind::end; t = tz.next()) {
      switch (t.kind) {
        case TokenKind::text: on_text(t); break;
        case TokenKind::start_tag: on_start(t); break;
        case TokenKind::end_tag: on_end(t); break;
        case TokenKind::raw_text: on_raw(t); break;
        case TokenKind::end: break;
      }
    }
    flush();
  }

 private:
  const Frame& top() const { return stack_.back(); }

  void on_text(const Token& t) {
    const Frame& fr = top();
    if (fr.skip || in_head_) return;
    if (text_.empty()) {
      text_.f.node = fr.node;
      text_.f.tag = page_.nodes[fr.node].tag;
      text_.f.heading = fr.heading;
    }
    size_t before = text_.block.content.size();
    text_.append(src_, t.begin, t.end, fr.link);
    if (text_.block.content.size() != before) {
      text_.f.inline_cues |= fr.inline_cues;
      text_.f.in_time |= fr.time;
    }
  }

  void on_raw(const Token& t) {
    std::string_view body = src_.substr(t.begin, t.end - t.begin);
    if (t.tag == Tag::title && !title_seen_) {
      title_seen_ = true;
      meta_.on_title(body);
    } else if (t.tag == Tag::script && pending_json_ld_) {
      meta_.on_json_ld(body);
    }
    pending_json_ld_ = false;
  }

  void on_start(const Token& t) {
    Tag tag = t.tag;
    switch (tag) {
      case Tag::html: meta_.on_html_tag(t.attrs); return;
      case Tag::meta: meta_.on_meta(t.attrs); return;
      case Tag::link: meta_.on_link(t.attrs); return;
      case Tag::head: in_head_ = true; return;
      case Tag::body: in_head_ = false; flush(); return;
      case Tag::script:
        pending_json_ld_ = icontains(find_attr(t.attrs, "type"), "ld+json");
        return;
      default: break;
    }
    if (has(tag, kRaw) || has(tag, kRcdata)) return;  // body arrives as raw_text; no frame
    if (has(tag, kBlock)) flush();
    if (has(tag, kVoid) || (t.self_closing && tag == Tag::unknown)) return;
    if (in_head_ && tag != Tag::unknown && has(tag, kBlock)) in_head_ = false;  // body content without <body>
    close_implied(tag);
    push(tag, t.attrs);
  }

  void on_end(const Token& t) {
    Tag tag = t.tag;
    if (tag == Tag::head) { in_head_ = false; return; }
    if (has(tag, kBlock) || tag == Tag::unknown) flush();
    if (overflow_ > 0) { --overflow_; return; }
    // Pop to the matching open element; an end tag with no open element is ignored.
    for (size_t k = stack_.size(); k-- > 1;) {
      if (stack_[k].tag == tag) {
        if (tag == Tag::unknown && !same_unknown(k, t)) continue;
        stack_.resize(k);
        return;
      }
    }
  }

  // Unknown (custom) elements match by name, stored per frame in names_.
  bool same_unknown(size_t k, const Token& t) const {
    std::string_view name = end_name(t);
    return k < names_.size() && iequals(names_[k], name);
  }
  std::string_view end_name(const Token& t) const {
    size_t i = t.begin + 2, e = i;
    while (e < t.end && !is_space(src_[e]) && src_[e] != '>' && src_[e] != '/') ++e;
    return src_.substr(i, e - i);
  }
  std::string_view start_name(std::string_view tag_src) const {
    size_t e = 1;
    while (e < tag_src.size() && !is_space(tag_src[e]) && tag_src[e] != '>' && tag_src[e] != '/') ++e;
    return tag_src.substr(1, e - 1);
  }

  void close_implied(Tag tag) {
    auto pop_to = [&](Tag want, std::initializer_list<Tag> boundary) {
      for (size_t k = stack_.size(); k-- > 1;) {
        Tag s = stack_[k].tag;
        if (s == want) { stack_.resize(k); return; }
        for (Tag b : boundary)
          if (s == b) return;
      }
    };
    if (closes_p(tag) && top().tag == Tag::p) stack_.pop_back();
    if (tag == Tag::li) pop_to(Tag::li, {Tag::ul, Tag::ol, Tag::menu});
    if (tag == Tag::dt || tag == Tag::dd) { pop_to(Tag::dt, {Tag::dl}); pop_to(Tag::dd, {Tag::dl}); }
    if (tag == Tag::td || tag == Tag::th) { pop_to(Tag::td, {Tag::tr, Tag::table}); pop_to(Tag::th, {Tag::tr, Tag::table}); }
    if (tag == Tag::tr) pop_to(Tag::tr, {Tag::table});
  }

  uint32_t element_cues(Tag tag, std::string_view attrs, bool* hidden) {
    uint32_t cues = tag_cues(tag);
    if (attrs.empty()) return cues;
    const bool page_wide = tag == Tag::body || tag == Tag::html;  // their classes describe the site, not the block
    for_each_attr(attrs, [&](std::string_view name, std::string_view value) {
      if (name.size() == 5 && iequals(name, "class")) {
        if (!page_wide) cues |= cached_cues(value);
      } else if (name.size() == 2 && iequals(name, "id")) {
        if (!page_wide) cues |= cached_cues(value);
      } else if (iequals(name, "itemprop")) {
        cues |= cached_cues(value);
      } else if (iequals(name, "role")) {
        for (const CueWord& r : kRoles)
          if (iequals(value, r.word)) cues |= r.bits;
      } else if (iequals(name, "hidden")) {
        *hidden = true;
      } else if (iequals(name, "style")) {
        if (icontains(value, "display:none") || icontains(value, "display: none") || icontains(value, "visibility:hidden"))
          *hidden = true;
      }
      return true;
    });
    // A "hidden" class is a cue only (often toggled by scripts), not hiding.
    return cues;
  }

  // cues_of() once per distinct value: pages repeat the same class strings on
  // hundreds of elements. Keys view src_; the cap bounds memory on pages with
  // endless unique ids (later values are then just computed).
  uint32_t cached_cues(std::string_view value) {
    auto it = cue_cache_.find(value);
    if (it != cue_cache_.end()) return it->second;
    uint32_t cues = cues_of(value);
    if (cue_cache_.size() < kCueCacheEntries) cue_cache_.emplace(value, cues);
    return cues;
  }

  void push(Tag tag, std::string_view attrs) {
    if (stack_.size() > limits_.max_nesting_depth) {
      ++overflow_;  // flattened: its text joins the enclosing element
      return;
    }
    const Frame& parent = top();
    bool hidden = false;
    uint32_t cues = element_cues(tag, attrs, &hidden);
    Frame fr = parent;
    fr.tag = tag;
    if (makes_node(tag)) {
      Node n;
      n.parent = parent.node;
      n.tag = tag;
      n.cues = cues;
      fr.node = static_cast<uint32_t>(page_.nodes.size());
      fr.inline_cues = 0;
      page_.nodes.push_back(n);
    } else {
      fr.inline_cues |= cues;
    }
    if (has(tag, kHeading)) fr.heading = static_cast<uint8_t>(static_cast<int>(tag) - static_cast<int>(Tag::h1) + 1);
    fr.skip = parent.skip || hidden || has(tag, kSkip);
    fr.link = parent.link || tag == Tag::a;
    fr.time = parent.time || tag == Tag::time;
    stack_.push_back(fr);
    if (tag == Tag::unknown) {
      names_.resize(stack_.size());
      size_t at = static_cast<size_t>(attrs.data() - src_.data());
      size_t open = src_.rfind('<', at);
      names_[stack_.size() - 1] = start_name(src_.substr(open, at - open));
    }
  }

  void flush() {
    if (text_.empty()) return;
    text_.finish();
    blocks_.push_back(std::move(text_.block));
    page_.features.push_back(text_.f);
    text_.reset();
  }

  std::string_view src_;
  const Limits& limits_;
  std::vector<Block>& blocks_;
  Page& page_;
  MetaCollector& meta_;
  std::vector<Frame> stack_;
  std::vector<std::string_view> names_;  // names of unknown elements by stack index
  static constexpr size_t kCueCacheEntries = 4096;
  std::unordered_map<std::string_view, uint32_t> cue_cache_;
  TextBuilder text_;
  uint32_t overflow_ = 0;
  bool in_head_ = false;
  bool title_seen_ = false;
  bool pending_json_ld_ = false;
};

}  // namespace

uint32_t cues_of(std::string_view v) {
  uint32_t cues = 0;
  char buf[32];
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && !((v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= '0' && v[i] <= '9'))) ++i;
    size_t n = 0, w0 = i;
    while (i < v.size() && ((v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= '0' && v[i] <= '9'))) {
      if (n < sizeof(buf)) buf[n++] = ascii_lower(v[i]);
      ++i;
    }
    if (i > w0 && i - w0 <= sizeof(buf)) cues |= word_cues(std::string_view(buf, n));
  }
  return cues;
}

void build_blocks(std::string_view src, const Limits& limits, std::vector<Block>& blocks, Page& page,
                  MetaCollector& meta) {
  Builder b(src, limits, blocks, page, meta);
  b.run();
}

}  // namespace html
}  // namespace corroborate
