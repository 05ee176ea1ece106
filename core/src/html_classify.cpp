// The HTML content classifier and extract_html().
//
// Cascade:
//  1. Each block gets local cues: its inline cues plus the class/id/tag cues of
//     its ancestors up to the nearest content-marked container (so a page-wide
//     wrapper called "has-sidebar" does not taint the article).
//  2. Prose blocks (enough words, few links, no negative cue) add their
//     characters to every ancestor's `good`; the rest add to `bad`.
//  3. The main container is the node with the best good − bad (cue-weighted);
//     ties go to the ancestor, so headings beside the body stay in.
//  4. Blocks inside it are kept unless a cue, link density, a boilerplate
//     phrase or a byline/date shape says otherwise; prose siblings of the
//     container are kept too. Title, byline and date blocks become metadata.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "html_blocks.h"
#include "metadata.h"
#include "stages.h"

namespace corroborate {
namespace html {
namespace {

// --- tunables -------------------------------------------------------------
constexpr int kCueWalkLevels = 12;              // ancestors searched for cues
constexpr uint32_t kProseMinWords = 10;         // a prose block has at least this many words
constexpr uint32_t kProseMinCjk = 25;           // ... or this many CJK characters
constexpr double kProseMaxLinkRatio = 0.33;     // share of a prose block's bytes inside links
constexpr double kShortBadWeight = 0.0;         // short non-link blocks weigh this much as boilerplate
constexpr double kContentCueBoost = 1.15;       // container marked article/content/story
constexpr double kNegativeCuePenalty = 0.4;     // container marked comment/related/...
constexpr double kLinkyRatio = 0.5;             // above: a link list, not text
constexpr uint32_t kSiblingMinChars = 150;       // prose outside the container kept when this long
constexpr double kSiblingMaxLinkRatio = 0.25;
constexpr uint32_t kPhraseMaxChars = 120;       // boilerplate phrases only mark short blocks
constexpr uint32_t kFooterPhraseMaxChars = 300;
constexpr uint32_t kBylineMaxChars = 100;
constexpr uint32_t kDateMaxWords = 8;
constexpr uint32_t kEdgeMaxWords = 5;           // short non-prose lines at the container's edges
constexpr uint32_t kRepeatMinWords = 15;         // identical kept paragraphs this long are shown once
constexpr uint32_t kTerminatorMaxWords = 12;     // "Comments", "Related stories": everything after goes
constexpr double kTerminatorMinProseShare = 0.4;  // ... once this share of the article's prose came before
constexpr double kCommentsMinProseChars = 350;    // a "Comments" heading ends it after this much prose
constexpr double kThreadMaxGapChars = 1000;       // ... with at most this much prose between two of them
constexpr int kThreadMinSignatures = 3;
constexpr double kThreadMinArticleChars = 150;    // ... after at least this much of the article's prose           // byline/date lines repeating after the article: a comment thread

struct Phrase {
  const char* text;
  RemovalReason reason;
  bool anywhere;
};
const Phrase kPhrases[] = {
#define PHRASE(t, r, a) {t, RemovalReason::r, a != 0},
#include "../data/html_phrases.inc"
#undef PHRASE
};
const char* const kBylineStarts[] = {
#include "../data/html_bylines.inc"
};

bool starts_with_ci(std::string_view s, std::string_view p) { return s.size() >= p.size() && iequals(s.substr(0, p.size()), p); }

struct Verdict {
  BlockLabel label;
  RemovalReason reason;
};

// Reason implied by cues, most specific first.
bool cue_verdict(uint32_t cues, Verdict* v) {
  struct Rule { uint32_t cue; BlockLabel label; RemovalReason reason; };
  static const Rule kRules[] = {
      {kCueComment, BlockLabel::boilerplate, RemovalReason::comment},
      {kCueShare, BlockLabel::boilerplate, RemovalReason::share},
      {kCueRelated, BlockLabel::boilerplate, RemovalReason::related},
      {kCuePromo, BlockLabel::boilerplate, RemovalReason::promo},
      {kCueAd, BlockLabel::boilerplate, RemovalReason::promo},
      {kCueNav, BlockLabel::boilerplate, RemovalReason::navigation},
      {kCueFooter, BlockLabel::boilerplate, RemovalReason::footer},
      {kCueSidebar, BlockLabel::boilerplate, RemovalReason::related},
      {kCueMedia, BlockLabel::boilerplate, RemovalReason::media},
      {kCueCaption, BlockLabel::caption, RemovalReason::caption},
      {kCueTags, BlockLabel::boilerplate, RemovalReason::tags},
  };
  for (const Rule& r : kRules)
    if (cues & r.cue) {
      *v = {r.label, r.reason};
      return true;
    }
  return false;
}

class Classifier {
 public:
  Classifier(std::vector<Block>& blocks, Page& page, Metadata& meta) : blocks_(blocks), page_(page), meta_(meta) {}

  void run() {
    const size_t n = blocks_.size();
    local_.resize(n);
    prose_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      local_[i] = local_cues(page_.features[i]);
      prose_[i] = is_prose(page_.features[i], local_[i]);
    }
    score_nodes();
    best_ = best_node();
    find_edges();
    for (size_t i = 0; i < n; ++i) decide(i);
    cut_after_terminator();
    cut_comment_thread();
    drop_repeats();
    find_title();
  }

 private:
  uint32_t local_cues(const BlockFeatures& f) const {
    uint32_t cues = f.inline_cues;
    uint32_t node = f.node;
    for (int level = 0; node != 0 && level < kCueWalkLevels; ++level) {
      const Node& nd = page_.nodes[node];
      cues |= nd.cues;
      if (nd.cues & kCueContent) break;
      node = nd.parent;
    }
    return cues;
  }

  static double link_ratio(const BlockFeatures& f) { return f.chars ? double(f.link_chars) / f.chars : 0.0; }

  static bool is_prose(const BlockFeatures& f, uint32_t cues) {
    if (f.heading || (cues & (kCueNegative | kCueCaption | kCueByline))) return false;
    if (link_ratio(f) > kProseMaxLinkRatio) return false;
    return f.words >= kProseMinWords || f.cjk >= kProseMinCjk;
  }

  void score_nodes() {
    for (size_t i = 0; i < blocks_.size(); ++i) {
      const BlockFeatures& f = page_.features[i];
      Node& nd = page_.nodes[f.node];
      double lr = link_ratio(f);
      if (prose_[i]) nd.good += f.chars * (1.0 - lr);
      else if (!f.heading) nd.bad += f.chars * (lr > kLinkyRatio ? 1.0 : kShortBadWeight);
    }
    for (size_t k = page_.nodes.size(); k-- > 1;) {
      Node& nd = page_.nodes[k];
      page_.nodes[nd.parent].good += nd.good;
      page_.nodes[nd.parent].bad += nd.bad;
    }
  }

  uint32_t best_node() const {
    uint32_t best = 0;
    double best_score = -1e300;
    for (uint32_t k = 0; k < page_.nodes.size(); ++k) {
      const Node& nd = page_.nodes[k];
      double mult = 1.0;
      if (nd.cues & kCueContent) mult = kContentCueBoost;
      if (nd.cues & kCueNegative) mult = kNegativeCuePenalty;
      double score = nd.good * mult - nd.bad;
      if (score > best_score) {
        best_score = score;
        best = k;
      }
    }
    return best;
  }

  bool within(uint32_t node, uint32_t ancestor) const {
    for (int guard = 0; guard < 100000; ++guard) {
      if (node == ancestor) return true;
      if (node == 0) return false;
      node = page_.nodes[node].parent;
    }
    return false;
  }

  void find_edges() {
    inside_.assign(blocks_.size(), false);
    first_prose_ = blocks_.size();
    last_prose_ = 0;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      inside_[i] = within(page_.features[i].node, best_);
      if (inside_[i] && prose_[i]) {
        first_prose_ = std::min(first_prose_, i);
        last_prose_ = i;
      }
    }
  }

  // The phrase table with lengths and lowercase forms computed once: it is
  // scanned for every short block.
  struct PhraseView {
    std::string_view text;
    std::string lower;
    RemovalReason reason;
    bool anywhere;
  };
  static const std::vector<PhraseView>& phrase_views() {
    static const std::vector<PhraseView> views = [] {
      std::vector<PhraseView> out;
      for (const Phrase& p : kPhrases) {
        std::string lower(p.text);
        for (char& c : lower) c = ascii_lower(c);
        out.push_back({p.text, std::move(lower), p.reason, p.anywhere});
      }
      return out;
    }();
    return views;
  }

  static bool phrase_verdict(std::string_view s, Verdict* v) {
    constexpr size_t kMax = kFooterPhraseMaxChars > kPhraseMaxChars ? kFooterPhraseMaxChars : kPhraseMaxChars;
    if (s.size() > kMax) return false;
    // Case-fold the block once, not once per phrase: icontains(s, ph) is
    // lower.find(ph) and starts_with_ci(s, ph) is a prefix compare with ph's
    // lowercase form.
    char buf[kMax];
    for (size_t k = 0; k < s.size(); ++k) buf[k] = ascii_lower(s[k]);
    const std::string_view lower(buf, s.size());
    for (const PhraseView& p : phrase_views()) {
      const bool hit = p.anywhere ? s.size() <= kFooterPhraseMaxChars && lower.find(p.text) != std::string_view::npos
                                  : s.size() <= kPhraseMaxChars && lower.substr(0, p.lower.size()) == p.lower;
      if (hit) {
        *v = {p.reason == RemovalReason::caption ? BlockLabel::caption : BlockLabel::boilerplate, p.reason};
        return true;
      }
    }
    return false;
  }

  static bool looks_like_byline(std::string_view s) {
    if (s.size() > kBylineMaxChars) return false;
    for (const char* b : kBylineStarts)
      if (starts_with_ci(s, b)) return true;
    return false;
  }

  bool looks_like_date(const BlockFeatures& f, std::string_view s) const {
    if (f.words > kDateMaxWords || f.heading) return false;
    if (std::none_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    return !normalize_date(s).empty();
  }

  void set(size_t i, BlockLabel label, RemovalReason reason, bool kept) {
    blocks_[i].label = label;
    blocks_[i].reason = kept ? RemovalReason::none : reason;
    blocks_[i].kept = kept;
  }

  void decide(size_t i) {
    const BlockFeatures& f = page_.features[i];
    std::string_view s = blocks_[i].content;
    Verdict v{BlockLabel::boilerplate, RemovalReason::other};
    uint32_t cues = local_[i];
    double lr = link_ratio(f);
    if ((cues & kCueByline) || looks_like_byline(s)) {
      if (s.size() <= kBylineMaxChars && (!prose_[i] || dated(s))) return set(i, BlockLabel::byline, RemovalReason::byline, false);
    }
    if (((cues & kCueDate) || f.in_time) && s.size() <= kBylineMaxChars && !prose_[i] && !f.heading)
      return set(i, BlockLabel::date, RemovalReason::date, false);
    if (looks_like_date(f, s)) return set(i, BlockLabel::date, RemovalReason::date, false);
    if (cue_verdict(cues & ~kCueContent, &v) && !(inside_[i] && prose_[i] && !(cues & kCueNegative)))
      return set(i, v.label, v.reason, false);
    if (phrase_verdict(s, &v)) return set(i, v.label, v.reason, false);
    if (!inside_[i]) return decide_outside(i, lr);
    if (lr > kLinkyRatio) return set(i, BlockLabel::boilerplate, f.words > 6 ? RemovalReason::related : RemovalReason::navigation, false);
    if (f.heading) return set(i, BlockLabel::heading, RemovalReason::none, true);
    bool edge = i < first_prose_ || i > last_prose_;
    if (edge && !prose_[i] && f.words <= kEdgeMaxWords && f.sentence_ends == 0)
      return set(i, BlockLabel::boilerplate, RemovalReason::short_text, false);
    set(i, BlockLabel::body, RemovalReason::none, true);
  }

  void decide_outside(size_t i, double lr) {
    const BlockFeatures& f = page_.features[i];
    uint32_t parent = page_.nodes[best_].parent;
    bool sibling = best_ != 0 && within(f.node, parent);
    if (prose_[i] && sibling && f.chars >= kSiblingMinChars && lr < kSiblingMaxLinkRatio)
      return set(i, BlockLabel::body, RemovalReason::none, true);
    // Prose between the article's first and last paragraphs belongs to it even
    // when the page nests it elsewhere (a pull quote box, a split body).
    if (prose_[i] && i > first_prose_ && i < last_prose_ && lr < kSiblingMaxLinkRatio)
      return set(i, BlockLabel::body, RemovalReason::none, true);
    if (f.heading) return set(i, BlockLabel::heading, lr > kLinkyRatio ? RemovalReason::related : RemovalReason::other, false);
    if (lr > kLinkyRatio) return set(i, BlockLabel::boilerplate, f.words > 6 ? RemovalReason::related : RemovalReason::navigation, false);
    set(i, BlockLabel::boilerplate, prose_[i] ? RemovalReason::other : RemovalReason::short_text, false);
  }

  // A short "Comments" / "Related stories" line after most of the article ends
  // it: what follows is reader comments or teasers even when they look like
  // prose, unless it continues in a container the article's prose used (an
  // inline "Comments" widget between paragraphs must not cut the story).
  uint32_t container_of(size_t i) const { return page_.nodes[page_.features[i].node].parent; }

  uint64_t kind_of(uint32_t node) const {
    return (uint64_t(page_.nodes[node].tag) << 32) | page_.nodes[node].cues;
  }
  bool body_kind(uint32_t node) const {
    const Node& nd = page_.nodes[node];
    return nd.tag == Tag::article && !(nd.cues & kCueNegative);
  }

  void cut_after_terminator() {
    double total = 0;
    for (size_t i = 0; i < blocks_.size(); ++i)
      if (blocks_[i].kept && prose_[i]) total += page_.features[i].chars;
    double seen = 0;
    std::vector<uint32_t> article_containers;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      if (b.kept && prose_[i]) {
        seen += page_.features[i].chars;
        article_containers.push_back(container_of(i));
      }
      bool marker = !b.kept && page_.features[i].words <= kTerminatorMaxWords &&
                    (b.reason == RemovalReason::comment || b.reason == RemovalReason::related) &&
                    (inside_[i] || (i > first_prose_ && i < last_prose_));
      if (!marker) continue;
      bool after_article = seen >= total * kTerminatorMinProseShare ||
                           (b.reason == RemovalReason::comment && seen >= kCommentsMinProseChars);
      if (!after_article) continue;
      std::sort(article_containers.begin(), article_containers.end());
      // A body split around an inline widget continues in a second container
      // of the same kind (<article>, class "article_body"): not a comment.
      std::vector<uint64_t> body_kinds;
      for (uint32_t c : article_containers)
        if (body_kind(c)) body_kinds.push_back(kind_of(c));
      std::sort(body_kinds.begin(), body_kinds.end());
      for (size_t j = i + 1; j < blocks_.size(); ++j) {
        if (!blocks_[j].kept || std::binary_search(article_containers.begin(), article_containers.end(), container_of(j)))
          continue;
        uint32_t c = container_of(j);
        if (body_kind(c) && std::binary_search(body_kinds.begin(), body_kinds.end(), kind_of(c))) continue;
        set(j, BlockLabel::boilerplate, b.reason, false);
      }
      return;
    }
  }

  // Comments carry a signature each ("Posted by X at <date>", "X 07.16.12 at
  // 21:35"): once the article has had its prose, a byline/date line that
  // repeats at least kThreadMinSignatures times starts a thread. Structural,
  // so it works without any "comment" class or heading.
  // A signature carries when it was written: a date or a clock time.
  static bool dated(std::string_view s) {
    for (size_t k = 1; k + 1 < s.size(); ++k)
      if (s[k] == ':' && s[k - 1] >= '0' && s[k - 1] <= '9' && s[k + 1] >= '0' && s[k + 1] <= '9') return true;
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }) && !normalize_date(s).empty();
  }

  void cut_comment_thread() {
    const size_t n = blocks_.size();
    std::vector<double> seen_before(n + 1, 0.0);
    for (size_t i = 0; i < n; ++i)
      seen_before[i + 1] = seen_before[i] + (blocks_[i].kept && prose_[i] ? page_.features[i].chars : 0);
    // Signatures of one thread share their shape: same label, same tag.
    auto key = [&](size_t i) { return static_cast<uint32_t>(blocks_[i].label) * 256u + static_cast<uint32_t>(page_.features[i].tag); };
    std::vector<std::pair<uint32_t, size_t>> sigs;
    for (size_t i = 0; i < n; ++i) {
      const Block& b = blocks_[i];
      if (!b.kept && (b.label == BlockLabel::byline || b.label == BlockLabel::date) && seen_before[i] >= kThreadMinArticleChars &&
          dated(b.content))
        sigs.push_back({key(i), i});
    }
    std::sort(sigs.begin(), sigs.end());
    size_t start = n;
    for (size_t k = 0; k < sigs.size();) {
      size_t e = k;
      while (e < sigs.size() && sigs[e].first == sigs[k].first) ++e;
      // Distinct lines only: a page repeating its own byline is no thread.
      std::vector<std::string_view> texts;
      for (size_t m = k; m < e; ++m) texts.push_back(blocks_[sigs[m].second].content);
      std::sort(texts.begin(), texts.end());
      size_t distinct = std::unique(texts.begin(), texts.end()) - texts.begin();
      // The thread starts at the first signature followed by comment-sized
      // text: a long gap is an article (a post list's own story), not a reply.
      if (distinct >= static_cast<size_t>(kThreadMinSignatures))
        for (size_t m = k; m + 1 < e; ++m)
          if (seen_before[sigs[m + 1].second] - seen_before[sigs[m].second] < kThreadMaxGapChars) {
            start = std::min(start, sigs[m].second);
            break;
          }
      k = e;
    }
    if (start == n) return;
    std::vector<uint32_t> article_containers;
    for (size_t i = 0; i < start; ++i)
      if (blocks_[i].kept && prose_[i]) article_containers.push_back(container_of(i));
    std::sort(article_containers.begin(), article_containers.end());
    for (size_t j = start + 1; j < n; ++j) {
      if (!blocks_[j].kept || std::binary_search(article_containers.begin(), article_containers.end(), container_of(j)))
        continue;
      set(j, BlockLabel::boilerplate, RemovalReason::comment, false);
    }
  }

  // A paragraph the page shows twice (print copies, hidden duplicates) is kept once.
  void drop_repeats() {
    std::vector<std::pair<uint64_t, size_t>> seen;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (!blocks_[i].kept || page_.features[i].words < kRepeatMinWords) continue;
      uint64_t h = 1469598103934665603ull;  // FNV-1a
      for (unsigned char c : blocks_[i].content) h = (h ^ c) * 1099511628211ull;
      seen.push_back({h, i});
    }
    std::sort(seen.begin(), seen.end());
    for (size_t k = 1; k < seen.size(); ++k)
      if (seen[k].first == seen[k - 1].first && blocks_[seen[k].second].content == blocks_[seen[k - 1].second].content)
        set(seen[k].second, BlockLabel::boilerplate, RemovalReason::other, false);
  }

  // The article's title: a top-level heading before the body that repeats the
  // page title (or the first <h1> when the page has none).
  void find_title() {
    size_t limit = std::min(first_prose_, blocks_.size());
    size_t pick = blocks_.size();
    for (size_t i = 0; i < limit; ++i) {
      const BlockFeatures& f = page_.features[i];
      bool titled = f.heading == 1 || f.heading == 2 || (local_[i] & kCueTitle);
      if (!titled || blocks_[i].content.size() < 4 || link_ratio(f) > kLinkyRatio) continue;
      const std::string& c = blocks_[i].content;
      bool repeats = !meta_.title.empty() && (meta_.title.find(c) != std::string::npos || c.find(meta_.title) != std::string::npos);
      if (repeats) { pick = i; break; }
      if (f.heading == 1 && pick == blocks_.size()) pick = i;
    }
    if (pick == blocks_.size()) return;
    set(pick, BlockLabel::title, RemovalReason::title_repeat, false);
    meta_.title = blocks_[pick].content;  // the headline as shown beats "<title> | Site"
  }

  std::vector<Block>& blocks_;
  Page& page_;
  Metadata& meta_;
  std::vector<uint32_t> local_;
  std::vector<char> prose_;
  std::vector<char> inside_;
  uint32_t best_ = 0;
  size_t first_prose_ = 0;
  size_t last_prose_ = 0;
};

// Byline and date text found in the body fill metadata the head did not give.
void fill_meta_from_blocks(const std::vector<Block>& blocks, Metadata& meta) {
  for (const Block& b : blocks) {
    if (b.label == BlockLabel::byline && meta.byline.empty()) meta.byline = b.content;
    if (b.label == BlockLabel::date && meta.date_published.empty()) meta.date_published = normalize_date(b.content);
  }
  if (meta.authors.empty() && !meta.byline.empty()) meta.authors = split_authors(meta.byline);
}

}  // namespace
}  // namespace html

void extract_html(const Decoded& doc, const ExtractOptions& options, Extraction& out) {
  html::Page page;
  MetaCollector collector;
  html::build_blocks(doc.text, options.limits, out.blocks, page, collector);
  collector.finish(out.meta);
  html::Classifier(out.blocks, page, out.meta).run();
  html::fill_meta_from_blocks(out.blocks, out.meta);
}

}  // namespace corroborate
