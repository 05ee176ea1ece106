// Deterministic generators of benchmark inputs: realistic news pages (HTML
// with scripts, styles, navigation, related links, comments and footer around
// a ~1,000-word article; and the plain-text copy of such a page), and
// articles about one invented story with variations between outlets.
// Everything is invented; a seed picks the variation.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace bench {

class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed * 0x9E3779B97F4A7C15ull + 1) {}
  uint64_t next() {  // xorshift64*
    s_ ^= s_ >> 12;
    s_ ^= s_ << 25;
    s_ ^= s_ >> 27;
    return s_ * 0x2545F4914F6CDD1Dull;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

 private:
  uint64_t s_;
};

// One sentence of news prose (15-30 words) from templates and word lists.
std::string prose_sentence(Rng& r);
// A paragraph of n sentences.
std::string prose_paragraph(Rng& r, int sentences);

// A news page of about `target_bytes` (the article itself stays ~1,000 words;
// the rest is head scripts/styles, menus, related links, comments, footer).
std::string news_page_html(uint64_t seed, std::size_t target_bytes = 170 * 1024);
// What select-all + copy gives for such a page: menu lines, title, byline,
// paragraphs, share/related/footer lines.
std::string news_page_text(uint64_t seed);
// An HTML page whose article alone grows to about `target_bytes` (scaling).
std::string long_article_html(uint64_t seed, std::size_t target_bytes);

// Article `index` of an invented story as written by outlet `index`: the same
// event with differing numbers, name spellings, quote wordings and unique
// facts, about `words` words, as plain text with boilerplate lines.
std::string story_article(uint64_t index, int words = 1000);

}  // namespace bench
