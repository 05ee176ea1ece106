#include <catch2/catch.hpp>

#include <chrono>
#include <initializer_list>
#include <string>
#include <vector>

#include "corroborate/extract.h"
#include "html_blocks.h"
#include "metadata.h"

using namespace corroborate;

namespace {
std::vector<Block> blocks_of(std::string_view html, html::Page* page_out = nullptr, Limits limits = {}) {
  std::vector<Block> blocks;
  html::Page page;
  MetaCollector meta;
  html::build_blocks(html, limits, blocks, page, meta);
  if (page_out) *page_out = page;
  return blocks;
}

// Exactly these blocks, in order, with these contents.
void check_contents(const std::vector<Block>& b, std::initializer_list<const char*> expected) {
  REQUIRE(b.size() == expected.size());
  std::size_t i = 0;
  for (const char* content : expected) CHECK(b[i++].content == content);
}

// Every anchor run that is a straight copy maps content bytes to equal input
// bytes (a collapsed whitespace run shows as one ' ' for its first byte).
void check_anchors_copy(const Block& b, std::string_view src) {
  for (size_t i = 0; i < b.anchors.size(); ++i) {
    uint32_t c0 = b.anchors[i].derived;
    uint32_t c1 = i + 1 < b.anchors.size() ? b.anchors[i + 1].derived : static_cast<uint32_t>(b.content.size());
    std::string_view content = std::string_view(b.content).substr(c0, c1 - c0);
    std::string_view input = src.substr(b.anchors[i].input, c1 - c0);
    if (content.find('&') != std::string_view::npos || input.find('&') != std::string_view::npos) continue;
    for (size_t k = 0; k < content.size(); ++k) {
      bool both_space = content[k] == ' ' && html::is_space(input[k]);
      CHECK((content[k] == input[k] || both_space));
    }
  }
}
}  // namespace

TEST_CASE("block elements and <br> cut blocks; whitespace collapses", "[html][blocks]") {
  check_contents(blocks_of("<div>Lead  <b>bold</b>\n text<p>Para one.</p>line a<br>line b<li>item</li></div>"),
                 {"Lead bold text", "Para one.", "line a", "line b", "item"});
}

TEST_CASE("block input spans and anchors point at the exact input bytes", "[html][blocks]") {
  std::string src = "<p class=a>The  minister\n said <a href=x>hello</a> &amp; left.</p><p>Second one.</p>";
  auto b = blocks_of(src);
  REQUIRE(b.size() == 2);
  CHECK(b[0].content == "The minister said hello & left.");
  CHECK(b[0].input.of(src) == "The  minister\n said <a href=x>hello</a> &amp; left.");
  CHECK(b[1].input.of(src) == "Second one.");
  for (const Block& x : b) check_anchors_copy(x, src);
  // A lone space continues the run: "Second one." is one anchor.
  CHECK(b[1].anchors.size() == 1);
}

TEST_CASE("scripts, styles, hidden and form controls give no text", "[html][blocks]") {
  check_contents(blocks_of("<p>keep</p><script>var x = 1;</script><style>p{}</style><div hidden>h</div>"
                           "<div style='display: none'>h2</div><select><option>o</option></select><button>b</button>"
                           "<svg><text>s</text></svg><noscript>n</noscript><p>end</p>"),
                 {"keep", "end"});
}

TEST_CASE("features: links, words, cues from class and tag", "[html][blocks]") {
  html::Page page;
  auto b = blocks_of("<nav><a href=/>Home</a></nav><div class='share-bar'><p>Share this</p></div>"
                     "<article><p>Some <a href=#>linked</a> words here.</p></article>", &page);
  REQUIRE(b.size() == 3);
  CHECK(page.features[0].link_chars == 4);
  CHECK((page.nodes[page.features[0].node].cues & html::kCueNav) != 0);
  CHECK((page.nodes[page.nodes[page.features[1].node].parent].cues & html::kCueShare) != 0);
  CHECK(page.features[2].words == 4);
  CHECK(page.features[2].link_chars == 6);
  CHECK(html::cues_of("article-body") == html::kCueContent);
  CHECK(html::cues_of("relatedPosts") == html::kCueRelated);
  CHECK(html::cues_of("shadow head") == 0);  // "ad" only as a whole word
}

TEST_CASE("10,000-deep nesting is flattened fast, without recursion", "[html][blocks][robustness]") {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<div><span>";
  deep += "<p>Deep text that still comes out.</p>";
  for (int i = 0; i < 10000; ++i) deep += "</span></div>";
  deep += "<p>After.</p>";
  auto t0 = std::chrono::steady_clock::now();
  html::Page page;
  auto b = blocks_of(deep, &page);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  check_contents(b, {"Deep text that still comes out.", "After."});
  CHECK(page.nodes.size() <= Limits{}.max_nesting_depth + 4);
  CHECK(secs < 1.0);
}

TEST_CASE("broken markup: unclosed and misnested tags still give the text", "[html][blocks]") {
  check_contents(blocks_of("<p>One <b>bold <i>both</b> italic?</i><p>Two<div><p>Three</div></span></p></td>Four"),
                 {"One bold both italic?", "Two", "Three", "Four"});
}
