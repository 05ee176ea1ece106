// extract_text: pasted plain text (select-all + copy of a web page) → labelled
// blocks (one per line) + metadata. The cascade, in order:
//   1. lines + features (text_lines.cpp)
//   2. signals per line: boilerplate phrase (one signal), date, byline, caption credit
//   3. prose lines: sentence-shaped and long enough (word-equivalents, so CJK works),
//      or a sentence hard-wrapped over short lines; teasers, teaser grids
//      (headline + one-sentence blurb) and previous/next links are not prose
//   4. tail cut: after the body, a copyright/comments line starts the footer
//      (below the anchor a counted comments header does so for a short post)
//   5. main region: the best-scoring contiguous run of lines (prose +, other −),
//      anchored after the first byline (else "Published ..." dateline, else date
//      line) followed by prose; a region of signed comments below a comments
//      header, or below a counted header with the post's prose right above
//      it, gives way to the article above
//   6. labels inside the region (body, dialogue, heading, caption, boilerplate);
//      lists after a colon sentence or enclosed by paragraphs stay; a lone
//      kept line (or a small group below the main text) far from the rest is
//      a stray and goes (unless it is a one-paragraph post under the page's
//      date line: then the paragraph above goes); lines with raw HTML tags
//      are embed data (media)
//   7. top of page: title (repeated / headline-shaped / above the dateline, never
//      a menu row, a previous/next link or a wrapped line), subtitle, byline,
//      date lines
//   8. metadata: title, byline, authors, dates (ISO; ambiguous numeric dates in
//      the page's order), site name, language
#include <algorithm>
#include <bitset>
#include <cstring>

#include "stages.h"
#include "text_dates.h"
#include "text_lines.h"

namespace corroborate {
namespace {

#include "text_boilerplate.inc"

// --- tunables -------------------------------------------------------------
constexpr uint32_t kProseMinWords = 8;       // a sentence-shaped line this long is prose
constexpr uint32_t kLongLineWords = 20;      // a line this long is prose whatever its ending
constexpr uint32_t kPhraseMaxWords = 12;     // whole/prefix phrases decide only lines this short
constexpr uint32_t kCreditMaxWords = 60;     // a credit marker decides a caption up to this long
constexpr uint32_t kHeadingMaxWords = 16;    // longest subheading
constexpr uint32_t kShortBodyMinWords = 4;   // a short sentence between prose lines is body
constexpr uint32_t kGluedMax = 3;           // this many joined words ("HouseGartner") mark a link list
constexpr uint32_t kListIntroMinWords = 5;  // "... includes the following videos:" introduces a list
constexpr std::size_t kListMaxItems = 20;
constexpr std::size_t kEnclosedRunMin = 2;  // short lines in a row between kept lines that form a list
constexpr uint32_t kListItemMaxWords = 40;
constexpr uint32_t kTeaserHeadMinWords = 4;
constexpr std::size_t kTeaserGridPairs = 3;  // headline + one-sentence blurb this many times in a row: a teaser grid  // shortest headline recognised glued to its blurb
constexpr uint32_t kPipeWords = 8;          // a long line with a separator per fewer words is a menu
constexpr uint32_t kProseScoreCap = 80;      // one line adds at most this to the region score
constexpr std::size_t kTrailingBodyLines = 2;
constexpr long kAnchorBonus = 250;           // region score bonus of the first prose line after the byline/date
constexpr std::size_t kAnchorReach = 6;      // ... found within this many lines  // short closing sentences kept after the body
constexpr std::size_t kIsolatedGapAbove = 4;  // a kept line this many lines below the kept text above it ...
constexpr std::size_t kIsolatedGapBelow = 2;  // ... with no kept line right after it is a stray
constexpr std::size_t kIsolatedFirstGap = 6;  // the first kept line this far above the next one is a stray too
constexpr uint64_t kTrailingGroupRatio = 4;  // a group below the main kept text with less than 1/this of its words is a stray
constexpr uint32_t kTitleMinWords = 3;
constexpr uint32_t kTitleMaxWords = 30;
constexpr long kTitleAboveDatelineBonus = 6;  // title score of a line directly above a date/byline line
constexpr uint32_t kTitleLookback = 30;
constexpr std::size_t kTitleLeadLines = 3;    // first prose lines whose words a title candidate should share
constexpr long kTitleSharedWordScore = 2;     // title score per shared word ...
constexpr long kTitleSharedWordsMax = 4;      // ... counted up to this many
constexpr std::size_t kMenuDashes = 3;        // " - " separators that make a line a menu, not a title      // lines above the body searched for the title
constexpr uint32_t kSubtitleMinWords = 5;    // a subtitle between the title and the body says this much
constexpr std::size_t kSubtitleReach = 4;    // ... and stands at most this many lines below the title
constexpr uint32_t kBylineMaxWords = 12;
constexpr uint32_t kDateMaxWords = 16;
constexpr uint32_t kDateSentenceMaxWords = 4;  // longer sentence-shaped lines need a calendar date to be date lines
constexpr uint32_t kMinProseBeforeTail = 40;  // prose words needed before a footer/comments trigger counts
constexpr int kNonProsePenalty = 3;          // region score of a non-prose line: −(this + words/2)
constexpr int kSectionPenalty = 30;          // extra for lines that open another section (related, comments, footer)
constexpr uint32_t kCommentHeaderMaxWords = 16;
constexpr std::size_t kCommentLookahead = 12;
constexpr std::size_t kSignatureUrlMaxBytes = 40;  // a longer URL line is a story's link, not a commenter's homepage
constexpr uint32_t kThreadSignatures = 3;  // lines after a comments header searched for signatures
constexpr std::size_t kLanguageSampleBytes = 2048;

bool has_letter_after(std::string_view key, std::size_t n) {
  if (key.size() <= n) return false;
  unsigned char c = static_cast<unsigned char>(key[n]);
  return (c >= 'a' && c <= 'z') || c >= 0x80 || (c >= '0' && c <= '9');
}

// Phrases grouped by first byte, with their lengths, built once: a line is
// compared only with the phrases that can match it.
// The first two bytes of s[i..] as one number: a cheap filter before comparing
// words ("within" phrases and WordSet words are all two bytes or longer).
uint16_t byte_pair(std::string_view s, std::size_t i) {
  return static_cast<uint16_t>(static_cast<unsigned char>(s[i]) | static_cast<unsigned char>(s[i + 1]) << 8);
}

struct PhraseIndex {
  std::vector<uint16_t> by_first[256];
  std::vector<uint16_t> within_by_first[256];
  std::bitset<65536> within_pairs;  // first two bytes of the "within" phrases
  uint8_t length[sizeof(kBoilerplatePhrases) / sizeof(kBoilerplatePhrases[0])];
  PhraseIndex() {
    for (std::size_t i = 0; i < sizeof(kBoilerplatePhrases) / sizeof(kBoilerplatePhrases[0]); ++i) {
      const BoilerplatePhrase& p = kBoilerplatePhrases[i];
      length[i] = static_cast<uint8_t>(std::strlen(p.text));
      if (p.match == PhraseMatch::within) {
        within_by_first[static_cast<unsigned char>(p.text[0])].push_back(static_cast<uint16_t>(i));
        within_pairs.set(byte_pair(p.text, 0));
      }
      else by_first[static_cast<unsigned char>(p.text[0])].push_back(static_cast<uint16_t>(i));
    }
  }
};

const PhraseIndex& phrase_index() {
  static const PhraseIndex index;
  return index;
}

// Words grouped by first byte: one pass over a line finds where any of them
// occurs (instead of one search of the line per word).
struct WordSet {
  std::vector<std::string_view> by_first[256];
  bool first[256] = {};      // a word starts with this byte: most bytes of a line start none
  std::bitset<65536> pairs;  // first two bytes of the words (all are two bytes or longer)
  template <std::size_t N>
  explicit WordSet(const std::string_view (&words)[N]) {
    for (std::string_view w : words) {
      by_first[static_cast<unsigned char>(w[0])].push_back(w);
      first[static_cast<unsigned char>(w[0])] = true;
      pairs.set(byte_pair(w, 0));
    }
  }
  // Calls hit(pos) at each occurrence, in text order, until it returns true.
  template <class Hit>
  bool any(std::string_view s, Hit&& hit) const {
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
      if (first[static_cast<unsigned char>(s[i])] && pairs.test(byte_pair(s, i)))
        for (std::string_view w : by_first[static_cast<unsigned char>(s[i])])
        if (s.size() - i >= w.size() && std::memcmp(s.data() + i, w.data(), w.size()) == 0 && hit(i)) return true;
    return false;
  }
  bool in(std::string_view s) const {
    return any(s, [](std::size_t) { return true; });
  }
};

// A short line naming comments: "{ 18 comments }", "46 Comments on “…”",
// "Show comments", "Kommentare (3)". The comment word comes first, or after a
// count or at most two words; longer lines must start with the count.
bool is_comment_header(const Line& l) {
  if (l.f.words > kCommentHeaderMaxWords || (l.f.sentence_end && l.f.digits == 0)) return false;
  static const std::string_view kWords[] = {"comment", "kommentar", "commentaire", "comentario", "commento", "reacties",
                                            "responses", "replies", "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80",
                                            "\xE8\xAF\x84\xE8\xAE\xBA", "\xD8\xAA\xD8\xB9\xD9\x84\xD9\x8A\xD9\x82"};
  static const WordSet kSet(kWords);
  const std::string& k = l.key;
  // The test only gets harder further into the line, so the first occurrence
  // of any comment word decides, as every later one would.
  return kSet.any(k, [&](std::size_t p) {
    std::size_t words_before = 0, letters_before = 0;
    for (std::size_t i = 0; i < p; ++i) {
      words_before += k[i] == ' ';
      letters_before += (k[i] >= 'a' && k[i] <= 'z') || static_cast<unsigned char>(k[i]) >= 0x80;
    }
    bool count_first = letters_before == 0 || (k[0] >= '0' && k[0] <= '9') || k[0] == '{' || k[0] == '(';
    return count_first || (words_before <= 2 && l.f.tokens <= 4);
  });
}

// A comments header that starts with its count: "57 Comments", "{ 2 comments…
// read them below }", "(3) Kommentare" (not "388COMMENTS POSTED" in an author box).
bool counted_comment_header(const Line& l) {
  const std::string& k = l.key;
  std::size_t e = std::min(k.find(' '), k.size());
  bool digit = false;
  for (std::size_t i = 0; i < e; ++i) {
    unsigned char c = static_cast<unsigned char>(k[i]);
    if ((c >= 'a' && c <= 'z') || c >= 0x80) return false;
    digit |= c >= '0' && c <= '9';
  }
  if (!digit && e + 1 < k.size()) {  // "{ 2 comments": the count is the second token
    std::size_t e2 = std::min(k.find(' ', e + 1), k.size());
    for (std::size_t i = e + 1; i < e2; ++i) digit |= k[i] >= '0' && k[i] <= '9';
    for (std::size_t i = e + 1; i < e2; ++i)
      if ((k[i] >= 'a' && k[i] <= 'z') || static_cast<unsigned char>(k[i]) >= 0x80) return false;
  }
  return digit;
}

// k contains "cookie": found by its rare 'k' (one memchr call for most lines)
// rather than by every 'c'.
bool has_cookie(std::string_view k) {
  for (std::size_t p = k.find('k', 3); p != std::string_view::npos; p = k.find('k', p + 1))
    if (k.compare(p - 3, 6, "cookie") == 0) return true;
  return false;
}

// Boilerplate phrase signal for one line (none when nothing matches or the line
// is too long for the phrase to decide it).
RemovalReason phrase_reason(const Line& l) {
  const std::string& k = l.key;
  const PhraseIndex& ix = phrase_index();
  if (k.empty()) return RemovalReason::none;
  // "© 2012 Example Media. All Rights Reserved. This material may not be
  // published, broadcast, ...": the copyright mark decides a long legal line too.
  if (k.size() >= 2 && k[0] == '\xC2' && k[1] == '\xA9' && l.f.words <= kCreditMaxWords) return RemovalReason::footer;
  for (uint16_t id : ix.by_first[static_cast<unsigned char>(k[0])]) {  // a whole-line match wins over a prefix
    const BoilerplatePhrase& p = kBoilerplatePhrases[id];
    if (p.match == PhraseMatch::whole && k.size() == ix.length[id] && std::memcmp(k.data(), p.text, k.size()) == 0 &&
        l.f.words <= kPhraseMaxWords)
      return p.reason;
  }
  for (uint16_t id : ix.by_first[static_cast<unsigned char>(k[0])]) {
    const BoilerplatePhrase& p = kBoilerplatePhrases[id];
    std::size_t n = ix.length[id];
    if (k.size() < n || (n > 1 && k[1] != p.text[1]) || std::memcmp(k.data(), p.text, n) != 0) continue;
    uint32_t max_words = p.reason == RemovalReason::caption ? kCreditMaxWords : kPhraseMaxWords;
    if (p.match == PhraseMatch::whole ? k.size() == n && l.f.words <= kPhraseMaxWords
                                      : (!has_letter_after(k, n) || p.reason == RemovalReason::caption) && l.f.words <= max_words)
      return p.reason;
  }
  // "within" phrases start a word: try them only at word starts.
  if (l.f.words <= kCreditMaxWords) {
    // One table lookup per byte: bit 0 = the next byte starts a word (after
    // ' ', '(', '['), bit 1 = this byte starts one ('(', '/').
    struct WordStarts {
      uint8_t t[256] = {};
      constexpr WordStarts() {
        t[static_cast<unsigned char>(' ')] = 1;
        t[static_cast<unsigned char>('[')] = 1;
        t[static_cast<unsigned char>('(')] = 3;
        t[static_cast<unsigned char>('/')] = 2;
      }
    };
    static constexpr WordStarts kStarts;
    const unsigned char* d = reinterpret_cast<const unsigned char*>(k.data());
    const std::size_t n = k.size();
    unsigned prev = 1;  // the line start is a word start
    for (std::size_t i = 0; i + 1 < n; ++i) {
      if (!(prev & 1)) {  // inside a word: skip to the next byte of the table
        while (i + 1 < n && kStarts.t[d[i]] == 0) ++i;
        if (i + 1 >= n) break;
      }
      const unsigned t = kStarts.t[d[i]];
      const bool word_start = ((prev | (t >> 1)) & 1) != 0;
      prev = t;
      if (!word_start || !ix.within_pairs.test(byte_pair(k, i))) continue;
      const std::vector<uint16_t>& candidates = ix.within_by_first[static_cast<unsigned char>(k[i])];
      for (uint16_t id : candidates) {
        const BoilerplatePhrase& p = kBoilerplatePhrases[id];
        if (p.reason != RemovalReason::caption && l.f.words > 2 * kPhraseMaxWords) continue;
        if (k.size() - i >= ix.length[id] && std::memcmp(k.data() + i, p.text, ix.length[id]) == 0) return p.reason;
      }
    }
  }
  if (is_comment_header(l)) return RemovalReason::comment;
  // Cookie prompts are prose-shaped: the word "cookie(s)" with consent wording decides them.
  if (l.f.words <= 80 && has_cookie(k) &&
      (k.find("accept") != std::string::npos || k.find("consent") != std::string::npos ||
       k.find("policy") != std::string::npos || k.find("akzeptieren") != std::string::npos ||
       k.find("accepter") != std::string::npos || k.find("aceptar") != std::string::npos))
    return RemovalReason::promo;
  return RemovalReason::none;
}

struct Signals {
  RemovalReason phrase = RemovalReason::none;
  bool prose = false;
  bool date = false;
  bool dateline = false;  // a date line with a dateline word ("Published", "Updated", "Posted")
  bool byline = false;
  bool markup = false;  // raw HTML tags: never kept, neutral in the region score
  bool wrapped = false;  // part of a sentence hard-wrapped over several lines (never the title)
  DateForm date_form = DateForm::none;  // of a date line's first date (decides the page's date order)
  char date_separator = 0;
};

// "By Jane Roe", "Von Max Muster", "Par Jean Dupont", "Автор: ...", "作者：", "بقلم".
const std::string_view kBylinePrefixes[] = {"by ", "von ", "par ", "por ", "di ", "door ", "av ", "af ", "written by ",
                                       "author:", "authors:", "autor:", "auteur:", "autore:", "автор:", "авторы:",
                                       "作者：", "作者:", "记者", "بقلم", "كتب:", "posted by ", "reported by ", "text:"};

bool starts_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.compare(0, p.size(), p) == 0; }

// First bytes of the byline prefixes: most lines start with none of them.
struct PrefixFirstBytes {
  bool any[256] = {};
  PrefixFirstBytes() {
    for (std::string_view p : kBylinePrefixes) any[static_cast<unsigned char>(p[0])] = true;
  }
};

bool looks_like_byline(const Line& l) {
  if (l.f.words > kBylineMaxWords || l.f.words < 2 || l.f.sentence_end) return false;
  static const PrefixFirstBytes kFirst;
  if (!kFirst.any[static_cast<unsigned char>(l.key[0])]) return false;
  for (std::string_view p : kBylinePrefixes) {
    if (p[0] != l.key[0] || !starts_with(l.key, p)) continue;
    // The word after the prefix should be a name: capitalised (or a non-cased script).
    std::size_t n = p.size();
    while (n < l.content.size() && l.content[n] == ' ') ++n;
    if (n >= l.content.size()) return false;
    unsigned char c = static_cast<unsigned char>(l.content[n]);
    return (c >= 'A' && c <= 'Z') || c >= 0xC0;
  }
  return false;
}

// Words that mark a line as a dateline ("Updated:", "Published", "aktualisiert", ...).
const std::string_view kDateWords[] = {"updated", "published", "posted", "last modified", "aktualisiert", "veröffentlicht",
                                  "stand:", "mis à jour", "publié", "actualizado", "publicado", "aggiornato",
                                  "обновлено", "опубликовано", "更新", "发布", "تحديث", "نشر"};
const std::string_view kClockWords[] = {" ago", " am", " pm", " gmt", " utc", " est", " edt", " bst", " cet", " cest",
                                   " мск", " назад", "前", " uhr"};

bool looks_like_date_line(const Line& l, TextDate& date, bool& date_word) {
  if (l.f.words > kDateMaxWords || l.f.digits == 0) return false;  // every date form has digits
  static const WordSet kDateSet(kDateWords), kClockSet(kClockWords);
  date = find_text_date(l.content);
  date_word = kDateSet.in(l.key);
  if (!date.iso.empty()) {
    // Mostly the date: few other words, or a dateline word.
    uint32_t other = l.f.words > 3 ? l.f.words - 3 : 0;
    return date_word || other <= 5 || !l.f.sentence_end;
  }
  // Without a calendar date, a clock or dateline word decides only a line that
  // is not a sentence ("3 weeks ago", not "It shipped four weeks ago.").
  if (l.f.digits == 0 || l.f.words > 8 || (l.f.sentence_end && l.f.words > kDateSentenceMaxWords)) return false;
  return date_word || kClockSet.in(l.key);
}

// Raw HTML tags in a pasted line ("<a href=", "</p>"): the page's embed or
// slideshow data copied as text, never the article as the reader saw it.
bool has_markup(const Line& l) {
  const std::string& c = l.content;
  for (std::size_t p = c.find('<'); p != std::string::npos; p = c.find('<', p + 1)) {
    std::string_view rest(c.data() + p + 1, c.size() - p - 1);
    for (std::string_view tag : {"a href=", "/a>", "br>", "br/>", "br />", "p>", "/p>", "/div>", "img src="})
      if (rest.compare(0, tag.size(), tag) == 0) return true;
  }
  return false;
}

// A previous/next link ("« Older post title", "Next story ›", "← Older") or a promo that
// ends in a link arrow ("... WATCH NOW ›") is neither the page's headline nor
// one of its paragraphs. A guillemet that opens or closes a quote (« Non », dit-il)
// has its partner in the line. (A trailing "…" is not a cue: some sites cut
// their own headline.)
bool nav_link_shaped(std::string_view c) {
  // All the marks are 2-3 byte UTF-8 sequences led by 0xC2 or 0xE2.
  if (c.size() < 2 || ((static_cast<unsigned char>(c[0]) | 0x20) != 0xE2 &&
                       (static_cast<unsigned char>(c[c.size() - 2]) | 0x20) != 0xE2 &&
                       (c.size() < 3 || static_cast<unsigned char>(c[c.size() - 3]) != 0xE2)))
    return false;
  auto starts = [&](std::string_view p) { return c.size() >= p.size() && c.compare(0, p.size(), p) == 0; };
  auto ends = [&](std::string_view p) { return c.size() >= p.size() && c.compare(c.size() - p.size(), p.size(), p) == 0; };
  auto has = [&](std::string_view p) { return c.find(p) != std::string_view::npos; };
  const std::string_view open2 = "\xC2\xAB", close2 = "\xC2\xBB", open1 = "\xE2\x80\xB9", close1 = "\xE2\x80\xBA";
  const std::string_view left = "\xE2\x86\x90", right = "\xE2\x86\x92";  // "← Older post", "Newer post →"
  return (starts(open2) && !has(close2)) || (ends(close2) && !has(open2)) || (starts(open1) && !has(close1)) ||
         (ends(close1) && !has(open1)) || (starts(left) && !has(right)) || (ends(right) && !has(left));
}

bool is_prose(const Line& l) {
  // Menus and breadcrumbs: separators between few words. A long line with a
  // few slashes (quoted verse, "and/or" lists) is still prose.
  if ((l.f.pipes >= 2 && (l.f.words < kLongLineWords || l.f.pipes * kPipeWords > l.f.words ||
                          l.content.find('|') != std::string::npos || l.content.find("\xC2\xBB") != std::string::npos)) ||
      (l.f.has_url && l.f.words < kLongLineWords))
    return false;
  if (l.f.letters < 2 * l.f.digits) return false;  // scores, tables, phone numbers
  if (l.f.glued >= kGluedMax) return false;         // link lists copied without separators
  if (nav_link_shaped(l.content)) return false;     // a previous/next post link
  if (l.repeats > 1 && l.f.words < kLongLineWords) return false;  // teasers and tooltips repeat; paragraphs do not
  if (l.f.sentence_end && l.f.words >= kProseMinWords) return true;
  return l.f.words >= kLongLineWords && !l.f.soft_end;
}

void set(Line& l, BlockLabel label, RemovalReason reason) {
  l.label = label;
  l.reason = reason;
  l.kept = label == BlockLabel::body || label == BlockLabel::heading;
}

BlockLabel label_for(RemovalReason r) {
  switch (r) {
    case RemovalReason::caption: return BlockLabel::caption;
    case RemovalReason::byline: return BlockLabel::byline;
    case RemovalReason::date: return BlockLabel::date;
    case RemovalReason::title_repeat: return BlockLabel::title;
    default: return BlockLabel::boilerplate;
  }
}

struct Region {
  std::size_t begin = 0, end = 0;  // [begin, end) line indexes
  std::size_t anchor = static_cast<std::size_t>(-1);  // first prose line after the byline/date, if inside
  bool dated_anchor = false;                          // ... found after a date line (the page has no byline anchor)
};

// A commenter's signature: a date/byline line, or a short all-capitalised name.
bool is_signature(const Line& l, const Signals& s) {
  if (s.date || s.byline || (l.f.has_url && l.f.tokens <= 4)) return true;
  return l.f.tokens >= 1 && l.f.tokens <= 4 && l.f.digits == 0 && !l.f.sentence_end && l.f.long_words > 0 &&
         l.f.capitalized == l.f.long_words;
}

// Comments follow line i: several signatures among the next lines.
// A blogroll ("Informed Comment", then more site names) has signature-shaped
// lines too: a commenter's signature counts only with comment text (prose)
// right after it or one line further.
bool signatures_follow(const std::vector<Line>& lines, const std::vector<Signals>& sig, std::size_t i) {
  uint32_t n = 0;
  for (std::size_t j = i + 1; j + 1 < lines.size() && j <= i + kCommentLookahead; ++j)
    n += is_signature(lines[j], sig[j]) && (sig[j + 1].prose || (j + 2 < lines.size() && sig[j + 2].prose));
  return n >= 2;
}

// Commenters' datelines or bylines in [b, e), each with prose right after it
// or one line further (names alone look like menu items; a "Recent comments"
// list has no prose).
uint32_t signed_comments(const std::vector<Signals>& sig, std::size_t b, std::size_t e) {
  uint32_t n = 0;
  for (std::size_t j = b; j < e && j + 1 < sig.size(); ++j)
    n += (sig[j].date || sig[j].byline) && (sig[j + 1].prose || (j + 2 < sig.size() && sig[j + 2].prose));
  return n;
}

// Comments follow line i: two signed comments among the next lines.
bool dated_signatures_follow(const std::vector<Signals>& sig, std::size_t i) {
  return signed_comments(sig, i + 1, i + 1 + kCommentLookahead) >= 2;
}

// A comment thread without a header: from line i, signatures each directly
// followed by prose, at least kThreadSignatures times within kCommentLookahead lines.
// Signatures here are strict (a date, a short URL line, a "Reply" line): names
// alone look like subheadings.
bool comment_thread_starts(const std::vector<Line>& lines, const std::vector<Signals>& sig, std::size_t i) {
  auto strict = [&](std::size_t j) {
    // A commenter's URL is a homepage; a long URL (a path to a story) is the
    // source line of an item in a news digest or a link list.
    bool homepage = lines[j].f.has_url && lines[j].f.tokens <= 4 && lines[j].content.size() <= kSignatureUrlMaxBytes;
    return !sig[j].prose && (sig[j].date || homepage || sig[j].phrase == RemovalReason::comment);
  };
  if (!strict(i)) return false;
  uint32_t n = 0;
  for (std::size_t j = i; j + 1 < lines.size() && j <= i + kCommentLookahead; ++j)
    n += strict(j) && (sig[j + 1].prose || (j + 2 < lines.size() && sig[j + 2].prose && !sig[j + 1].prose));
  return n >= kThreadSignatures;
}

// A subheading among subheadings: line i is followed by prose and then, within
// a few lines, another short unpunctuated line followed by prose ("Comment",
// "Briefing", "Access" as the headings of a list inside the article).
bool heading_run(const std::vector<Line>& lines, const std::vector<Signals>& sig, std::size_t i) {
  for (std::size_t j = i + 2; j + 1 < lines.size() && j <= i + 4; ++j)
    if (!sig[j].prose && sig[j].phrase == RemovalReason::none && !sig[j].date && lines[j].f.words <= 6 &&
        !lines[j].f.sentence_end && sig[j + 1].prose)
      return true;
  return false;
}

// Lines that open another part of the page: a copyright line; a comments
// header that says more than a count ("{ 18 comments }", "Leave a comment") or
// that commenters' signatures follow; a related-links header of two words or
// more. A bare "Comments"/"Related" is often a menu link inside the article
// page: it counts only when prose or a signature follows it directly.
std::vector<bool> section_openers(const std::vector<Line>& lines, const std::vector<Signals>& sig) {
  std::vector<bool> out(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    bool next_prose = i + 1 < lines.size() && (sig[i + 1].prose || sig[i + 1].date || sig[i + 1].byline);
    // "Posted 35 mins ago" / "Comments": the comment-count link of the article's own dateline.
    bool after_dateline = i > 0 && (sig[i - 1].date || sig[i - 1].byline);
    switch (sig[i].phrase) {
      case RemovalReason::footer: out[i] = true; break;
      case RemovalReason::comment:
        out[i] = l.f.tokens >= 3 || (l.f.tokens == 2 ? signatures_follow(lines, sig, i)
                                                      : next_prose && !heading_run(lines, sig, i) && !after_dateline);
        break;
      case RemovalReason::related: out[i] = l.f.tokens >= 2 || l.f.digits > 0 || next_prose; break;
      default: break;
    }
  }
  return out;
}

// Step 4: a footer or comment trigger after the start of the body (and enough
// prose) removes everything below it. Below the region's anchor a counted
// comments header ends a post of any length (a one-quote post, then comments
// longer than it).
std::size_t tail_cut(const std::vector<Line>& lines, const std::vector<Signals>& sig, const std::vector<bool>& opens,
                     std::size_t body_begin, std::size_t anchor) {
  uint32_t prose_seen = 0;
  for (std::size_t i = body_begin; i < lines.size(); ++i) {
    if (sig[i].prose) prose_seen += lines[i].f.words;
    bool short_post = i > anchor && prose_seen > 0 && opens[i] && sig[i].phrase == RemovalReason::comment &&
                      counted_comment_header(lines[i]);
    if (prose_seen < kMinProseBeforeTail && !short_post) continue;
    if ((opens[i] && sig[i].phrase != RemovalReason::related) || comment_thread_starts(lines, sig, i)) return i;
  }
  return lines.size();
}

// Step 5: maximum-sum run of lines (Kadane), prose lines scoring their length.
Region main_region(const std::vector<Line>& lines, const std::vector<Signals>& sig, const std::vector<bool>& opens,
                   std::size_t limit) {
  Region best;
  long best_score = 0, run = 0;
  std::size_t run_begin = 0;
  // The first prose line soon after the first byline/date line is where
  // articles usually start: it gets a bonus so a longer comment thread or
  // sidebar elsewhere does not win the region.
  // A byline is the surer marker; without one, a dateline that says so
  // ("Published 1 hours ago": a bare "4 weeks ago" is often a sidebar
  // teaser's), then any date line. The first one with prose soon after it
  // counts: a site-wide date in the header or an author box in a sidebar has none.
  std::size_t anchor = limit;
  bool dated = false;
  for (int tier : {0, 1, 2}) {  // byline, dateline ("Published ..."), any date line
    dated = tier > 0;
    for (std::size_t i = 0; i < limit && anchor == limit; ++i) {
      if (tier == 0 ? !sig[i].byline : tier == 1 ? !sig[i].dateline : !sig[i].date) continue;
      for (std::size_t j = i + 1; j < limit && j <= i + kAnchorReach; ++j)
        if (sig[j].prose) {
          anchor = j;
          break;
        }
    }
    if (anchor != limit) break;
  }
  for (std::size_t i = 0; i < limit; ++i) {
    bool section = opens[i];
    long s = sig[i].prose && sig[i].phrase == RemovalReason::none
                 ? static_cast<long>(std::min(lines[i].f.words, kProseScoreCap))
                 : -static_cast<long>(kNonProsePenalty + lines[i].f.words / 2 + (section ? kSectionPenalty : 0));
    if (sig[i].markup) s = 0;  // embed data inside an article must not split it
    if (i == anchor) s += kAnchorBonus;
    if (run <= 0) run = 0, run_begin = i;
    run += s;
    if (run > best_score) best_score = run, best = {run_begin, i + 1};
  }
  if (anchor >= best.begin && anchor < best.end) best.anchor = anchor, best.dated_anchor = dated;
  return best;
}

// Next/previous line index inside [lo, hi) or npos.
bool neighbour_prose(const std::vector<Signals>& sig, std::size_t i, int dir, std::size_t lo, std::size_t hi) {
  long j = static_cast<long>(i) + dir;
  return j >= static_cast<long>(lo) && j < static_cast<long>(hi) && sig[j].prose;
}

bool heading_shaped(const Line& l) {
  if (l.f.words == 0 || l.f.words > kHeadingMaxWords || l.f.soft_end || l.f.has_url || l.f.pipes) return false;
  if (l.f.sentence_end && !l.f.dash_end && l.content.back() == '.') return false;
  return l.f.letters > 0;
}

// Step 6: labels inside the main region.
void label_region(std::vector<Line>& lines, const std::vector<Signals>& sig, Region r) {
  for (std::size_t i = r.begin; i < r.end; ++i) {
    Line& l = lines[i];
    const Signals& s = sig[i];
    if (s.phrase != RemovalReason::none) {
      set(l, label_for(s.phrase), s.phrase);
    } else if (s.markup) {
      set(l, BlockLabel::boilerplate, RemovalReason::media);
    } else if (s.byline) {
      set(l, BlockLabel::byline, RemovalReason::byline);
    } else if (s.date) {
      set(l, BlockLabel::date, RemovalReason::date);
    } else if (s.prose) {
      set(l, BlockLabel::body, RemovalReason::none);
    } else if (l.f.dash_start && l.f.dash_end && heading_shaped(l)) {
      set(l, BlockLabel::heading, RemovalReason::none);  // "– New summit? –"
    } else if (l.f.sentence_end && l.f.words >= kShortBodyMinWords &&
               (neighbour_prose(sig, i, -1, r.begin, r.end) || neighbour_prose(sig, i, +1, r.begin, r.end))) {
      set(l, BlockLabel::body, RemovalReason::none);  // short sentence or dialogue line
    } else if (heading_shaped(l) && l.repeats == 1 && neighbour_prose(sig, i, +1, r.begin, r.end) &&
               (i == r.begin || neighbour_prose(sig, i, -1, r.begin, r.end) || lines[i - 1].kept)) {
      set(l, BlockLabel::heading, RemovalReason::none);
    } else {
      set(l, BlockLabel::boilerplate, RemovalReason::short_text);
    }
  }
}

// A menu or a link row copied as one line: several '|' or " - " separators
// ("Business Tech| Cutting Edge| Green Tech"), or more digits than letters.
bool menu_shaped(const Line& l) {
  std::size_t bars = 0, dashes = 0;
  const std::string& c = l.content;
  for (std::size_t p = 0; p < c.size(); ++p) {
    bars += c[p] == '|';
    dashes += c[p] == '-' && p > 0 && p + 1 < c.size() && c[p - 1] == ' ' && c[p + 1] == ' ';
  }
  return bars >= 2 || dashes >= kMenuDashes || l.f.letters < 2 * l.f.digits;
}

// Step 7: the title among the lines above the body (and the region's first line).
// Words of 4+ bytes of a lower-cased key (trailing punctuation dropped).
template <class F>
void each_long_word(std::string_view key, F&& f) {
  for (std::size_t b = 0; b < key.size();) {
    std::size_t e = key.find(' ', b);
    if (e == std::string_view::npos) e = key.size();
    std::size_t n = e;
    while (n > b && (key[n - 1] == ',' || key[n - 1] == '.' || key[n - 1] == ':' || key[n - 1] == '"' || key[n - 1] == '?')) --n;
    if (n - b >= 4) f(key.substr(b, n - b));
    b = e + 1;
  }
}

std::size_t find_title(const std::vector<Line>& lines, const std::vector<Signals>& sig, Region r) {
  std::size_t best = std::string::npos;
  long best_score = 0;
  // The headline's words come back in the article's first paragraphs.
  // Compared as 64-bit hashes: a sort and lookups of integers, not strings.
  auto hash = [](std::string_view w) {
    uint64_t h = 1469598103934665603ull;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  };
  std::vector<uint64_t> lead;
  for (std::size_t i = r.begin, n = 0; i < r.end && n < kTitleLeadLines; ++i)
    if (sig[i].prose) ++n, each_long_word(lines[i].key, [&](std::string_view w) { lead.push_back(hash(w)); });
  std::sort(lead.begin(), lead.end());
  std::size_t lo = r.begin > kTitleLookback ? r.begin - kTitleLookback : 0;
  std::size_t hi = std::min(lines.size(), r.begin + 1);
  for (std::size_t i = lo; i < hi; ++i) {
    const Line& l = lines[i];
    const Signals& s = sig[i];
    if (s.phrase != RemovalReason::none || s.date || s.byline || s.wrapped || l.f.words < kTitleMinWords ||
        l.f.words > kTitleMaxWords || l.f.soft_end || l.f.pipes || l.f.has_url || l.f.commas >= 3)
      continue;
    if (l.f.sentence_end && l.content.back() == '.') continue;
    if (menu_shaped(l) || nav_link_shaped(l.content)) continue;
    if (i == r.begin && s.prose && l.f.words > kHeadingMaxWords) continue;
    long score = 10 + static_cast<long>(std::min<uint32_t>(l.f.words, 15)) - static_cast<long>(r.begin - i) / 2;
    if (l.repeats > 1) score += 8;
    // Right above the article's dateline or byline: where headlines stand.
    if (i + 1 < lines.size() && (sig[i + 1].date || sig[i + 1].byline)) score += kTitleAboveDatelineBonus;
    if (l.f.long_words > 0 && l.f.capitalized * 2 >= l.f.long_words) score += 4;
    long shared = 0;
    each_long_word(l.key, [&](std::string_view w) { shared += std::binary_search(lead.begin(), lead.end(), hash(w)); });
    score += std::min(shared, kTitleSharedWordsMax) * kTitleSharedWordScore;
    if (score > best_score) best_score = score, best = i;
  }
  return best;
}

// Author names from a byline: drop the "By" word and split on and/und/et/&/,.
std::vector<std::string> split_authors(std::string_view byline) {
  std::string s(byline);
  std::string low = text_lower(s);
  for (std::string_view p : kBylinePrefixes)
    if (starts_with(low, p)) {
      s = s.substr(p.size());
      low = low.substr(p.size());
      break;
    }
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&]() {
    std::size_t b = cur.find_first_not_of(' '), e = cur.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size();) {
    bool sep = false;
    for (const char* w : {" and ", " und ", " et ", " y ", " e ", " и ", " & ", ", ", "、", " | "}) {
      std::size_t n = std::strlen(w);
      if (low.compare(i, n, w) == 0) {
        flush();
        i += n;
        sep = true;
        break;
      }
    }
    if (!sep) cur.push_back(s[i++]);
  }
  flush();
  return out;
}

void byline_metadata(std::vector<Line>& lines, const std::vector<Signals>& sig, Metadata& meta) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!sig[i].byline) continue;
    meta.byline = lines[i].content;
    meta.authors = split_authors(lines[i].content);
    break;
  }
  if (meta.authors.empty()) return;
  // The author's name repeated on its own line, or an author bio ("X covers the White House.").
  const std::string& name = meta.authors.front();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (l.kept && l.f.words > kHeadingMaxWords) continue;
    if (l.content == name || (starts_with(l.content, name) && l.f.words <= kBylineMaxWords && !l.kept))
      set(l, BlockLabel::byline, RemovalReason::byline);
    else if (starts_with(l.content, name) && l.f.words <= kHeadingMaxWords && i > 0 && lines[i - 1].label == BlockLabel::byline)
      set(l, BlockLabel::byline, RemovalReason::byline);
  }
}

// How to read the page's ambiguous numeric dates ("1/2/2022"). Cues, strongest
// first: a numeric date on the page with a number above 12 in one position;
// the order of the page's dates written with month names ("January 21, 2022"
// is US order); an English page writing dates with slashes (US usage).
// Otherwise day first, the usual order outside the US.
DateOrder page_date_order(const std::vector<Signals>& sig, std::string_view language) {
  int numeric = 0, named = 0;  // > 0: month first, < 0: day first
  bool slashes = false;
  for (const Signals& s : sig) {
    switch (s.date_form) {  // the first date of each date line
      case DateForm::numeric_month_first: ++numeric; break;
      case DateForm::numeric_day_first: --numeric; break;
      case DateForm::month_name_first: ++named; break;
      case DateForm::day_name_first: --named; break;
      case DateForm::numeric_ambiguous: slashes |= s.date_separator == '/'; break;
      default: break;
    }
  }
  if (numeric != 0) return numeric > 0 ? DateOrder::month_first : DateOrder::day_first;
  if (named != 0) return named > 0 ? DateOrder::month_first : DateOrder::day_first;
  return slashes && language == "en" ? DateOrder::month_first : DateOrder::day_first;
}

void date_metadata(const std::vector<Line>& lines, const std::vector<Signals>& sig, DateOrder order, Metadata& meta) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!sig[i].date || lines[i].label != BlockLabel::date) continue;
    TextDate d = find_text_date(lines[i].content, 0, order);
    if (d.iso.empty()) continue;
    std::string low = text_lower(lines[i].content);
    bool updated_first = low.compare(0, 7, "updated") == 0 || low.find("aktualisiert") < d.begin;
    if (updated_first && meta.date_modified.empty()) meta.date_modified = d.iso;
    else if (meta.date_published.empty()) meta.date_published = d.iso;
    TextDate second = find_text_date(lines[i].content, d.end, order);
    if (!second.iso.empty() && meta.date_modified.empty()) meta.date_modified = second.iso;
    if (!meta.date_published.empty() && !meta.date_modified.empty()) break;
  }
}

// "Copyright © 2014-2025 Example Media - tagline" → "Example Media";
// "版权所有 © 2023 某某日报" → "某某日报" (the name follows the mark and the years).
std::string site_from_copyright(std::string_view c) {
  std::string s(c);
  std::string low = text_lower(s);
  std::size_t i = std::string::npos;
  for (const char* mark : {"\xC2\xA9", "copyright", "(c)"}) {
    std::size_t p = low.find(mark);
    if (p != std::string::npos && p < i) i = p + std::strlen(mark);
  }
  if (i == std::string::npos) return {};
  for (;;) {  // skip years, a second mark, separators
    std::size_t before = i;
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '-' || (s[i] >= '0' && s[i] <= '9'))) ++i;
    for (const char* w : {"copyright", "\xC2\xA9", "(c)", "\xE2\x80\x93"})
      if (low.compare(i, std::strlen(w), w) == 0) i += std::strlen(w);
    if (i == before) break;
  }
  std::size_t e = s.size();
  for (const char* stop : {" - ", " – ", " | ", ". ", ",", " all rights", " tous droits", " alle rechte", "。"}) {
    std::size_t p = low.find(stop, i);
    if (p != std::string::npos && p < e) e = p;
  }
  while (e > i && (s[e - 1] == ' ' || s[e - 1] == '.')) --e;
  return i < e && e - i <= 80 ? s.substr(i, e - i) : std::string();
}

bool names_copyright(const Line& l) {
  return l.key.find("\xC2\xA9") != std::string::npos || starts_with(l.key, "copyright") || starts_with(l.key, "(c)");
}

// Script counts and a few stopwords → BCP 47 language.
std::string guess_language(const std::vector<Line>& lines) {
  std::size_t latin = 0, cyr = 0, arabic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0, seen = 0;
  std::string sample;
  for (const Line& l : lines) {
    if (!l.kept) continue;
    sample += ' ';
    sample += text_lower(l.content);
    sample += ' ';
    seen += l.content.size();
    if (seen > kLanguageSampleBytes) break;
  }
  for (std::size_t i = 0; i < sample.size();) {
    if (i + 8 <= sample.size()) {  // eight ASCII bytes at once: count the letters among them
      constexpr uint64_t kHigh = 0x8080808080808080ull;
      uint64_t w;
      std::memcpy(&w, sample.data() + i, 8);
      if (!(w & kHigh)) {
        // (c | 0x20) in 'a'..'z': +0x1F sets the high bit from 'a' on, +0x05
        // from '{' on; no byte below 0x80 carries into the next.
        const uint64_t w20 = w | 0x2020202020202020ull;
        const uint64_t m = (w20 + 0x1F1F1F1F1F1F1F1Full) & ~(w20 + 0x0505050505050505ull) & kHigh;
        latin += static_cast<std::size_t>(((m >> 7) * 0x0101010101010101ull) >> 56);
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(sample[i]);
    if (c < 0x80) {
      latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    char32_t cp = len == 4 ? c & 0x07 : len == 3 ? c & 0x0F : c & 0x1F;
    for (int k = 1; k < len && i + k < sample.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(sample[i + k]) & 0x3F);
    i += len;
    if (cp >= 0xC0 && cp < 0x250) ++latin;
    else if (cp >= 0x370 && cp < 0x400) ++greek;
    else if (cp >= 0x400 && cp < 0x530) ++cyr;
    else if (cp >= 0x590 && cp < 0x600) ++hebrew;
    else if (cp >= 0x600 && cp < 0x700) ++arabic;
    else if (cp >= 0x3040 && cp < 0x3100) ++kana;
    else if (cp >= 0x4E00 && cp < 0xA000) ++han;
    else if (cp >= 0xAC00 && cp < 0xD7B0) ++hangul;
  }
  struct Vote {
    const char* lang;
    std::size_t n;
  };
  if (kana * 10 > han && kana > 10) return "ja";
  Vote scripts[] = {{"ru", cyr}, {"ar", arabic}, {"zh", han}, {"ko", hangul}, {"el", greek}, {"he", hebrew}, {"", latin}};
  const Vote* top = std::max_element(std::begin(scripts), std::end(scripts), [](const Vote& a, const Vote& b) { return a.n < b.n; });
  if (top->n == 0) return {};
  if (*top->lang) return top->lang;
  // Latin script: frequent function words of each language.
  struct Words {
    const char* lang;
    std::string_view words[8];
  };
  static const Words kStop[] = {
      {"en", {" the ", " and ", " of ", " to ", " is ", " that ", " was ", " with "}},
      {"de", {" der ", " die ", " und ", " das ", " ist ", " nicht ", " mit ", " sich "}},
      {"fr", {" le ", " les ", " des ", " est ", " une ", " et ", " pour ", " dans "}},
      {"es", {" el ", " los ", " las ", " que ", " por ", " una ", " con ", " del "}},
      {"it", {" il ", " che ", " della ", " per ", " non ", " una ", " sono ", " gli "}},
      {"pt", {" os ", " que ", " não ", " uma ", " para ", " com ", " mais ", " pelo "}},
      {"nl", {" het ", " een ", " van ", " dat ", " niet ", " zijn ", " voor ", " ook "}},
  };
  // The function words by first letter, built once: each word of the sample
  // is compared only with those that start like it.
  struct StopIndex {
    std::vector<std::pair<std::string_view, uint8_t>> by_first[256];  // word without spaces, language
    StopIndex() {
      for (std::size_t k = 0; k < sizeof(kStop) / sizeof(kStop[0]); ++k)
        for (std::string_view w : kStop[k].words)
          by_first[static_cast<unsigned char>(w[1])].push_back({w.substr(1, w.size() - 2), static_cast<uint8_t>(k)});
    }
  };
  static const StopIndex kIndex;
  // One pass over the words of the sample.
  std::size_t votes[sizeof(kStop) / sizeof(kStop[0])] = {};
  for (std::size_t b = 0; b < sample.size();) {
    std::size_t e = b;  // words are short: a loop beats a find() call
    while (e < sample.size() && sample[e] != ' ') ++e;
    std::size_t len = e - b;
    if (len >= 1 && len <= 6) {
      std::string_view word(sample.data() + b, len);
      for (const auto& [w, k] : kIndex.by_first[static_cast<unsigned char>(word[0])])
        if (w == word) ++votes[k];
    }
    b = e + 1;
  }
  const char* best = "";
  std::size_t best_n = 0;
  for (std::size_t k = 0; k < sizeof(kStop) / sizeof(kStop[0]); ++k)
    if (votes[k] > best_n) best_n = votes[k], best = kStop[k].lang;
  return best_n >= 2 ? best : "";
}

// A teaser: a headline that stands on its own line elsewhere in the page,
// glued to the start of its blurb with no punctuation between them
// ("Storm closes port Ships waited ..."). Prefixes of a prose line are looked
// up among the keys of the page's headline-sized lines.
// FNV-1a over bytes, extendable one byte at a time (prefix hashes of a key).
constexpr uint64_t kFnvBasis = 1469598103934665603ull, kFnvPrime = 1099511628211ull;
uint64_t fnv(std::string_view s) {
  uint64_t h = kFnvBasis;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h;
}

// Hashes of the keys of the page's headline-sized lines, sorted.
std::vector<uint64_t> headline_hashes(const std::vector<Line>& lines) {
  std::vector<uint64_t> heads;
  for (const Line& l : lines)
    if (l.f.tokens >= kTeaserHeadMinWords && l.f.tokens <= kTitleMaxWords && !l.f.sentence_end) heads.push_back(fnv(l.key));
  std::sort(heads.begin(), heads.end());
  return heads;
}

bool is_teaser(const Line& l, const std::vector<uint64_t>& heads) {
  if (heads.empty() || l.f.tokens <= kTeaserHeadMinWords || l.f.cjk) return false;
  const std::string& k = l.key;
  uint32_t words = 0;
  uint64_t h = kFnvBasis;
  for (std::size_t p = 0; p < k.size() && words <= kTitleMaxWords; ++p) {
    if (k[p] == ' ' && ++words >= kTeaserHeadMinWords && p + 1 < l.content.size()) {
      // The key is the lower-cased content: same offsets for ASCII prefixes.
      unsigned char next = static_cast<unsigned char>(l.content[p + 1]);
      if (next >= 'A' && next <= 'Z' && std::binary_search(heads.begin(), heads.end(), h)) return true;
    }
    h = (h ^ static_cast<unsigned char>(k[p])) * kFnvPrime;
  }
  return false;
}

// One sentence: no sentence end before the line's last few bytes.
bool single_sentence(const Line& l) {
  const std::string& c = l.content;
  for (std::size_t p = c.find_first_of(".!?"); p != std::string::npos && p + 3 < c.size(); p = c.find_first_of(".!?", p + 1))
    if (c[p + 1] == ' ' && static_cast<unsigned char>(c[p + 2]) >= 'A' && c[p + 2] <= 'Z') return false;
  return true;
}

// A grid of teasers: headline, one-sentence blurb, headline, blurb... at least
// kTeaserGridPairs times in a row. An article's subheadings are followed by
// more than one sentence. The blurbs are not prose.
void unmark_teaser_grids(const std::vector<Line>& lines, std::vector<Signals>& sig) {
  auto headline = [&](std::size_t i) {
    const Line& l = lines[i];
    return !sig[i].prose && sig[i].phrase == RemovalReason::none && !sig[i].date && !sig[i].byline &&
           l.f.words >= kTeaserHeadMinWords && l.f.words <= kHeadingMaxWords && !l.f.sentence_end && !l.f.soft_end &&
           !l.f.colon_end;
  };
  auto blurb = [&](std::size_t i) { return sig[i].prose && single_sentence(lines[i]); };
  for (std::size_t i = 0; i + 1 < lines.size();) {
    std::size_t j = i;
    while (j + 1 < lines.size() && headline(j) && blurb(j + 1)) j += 2;
    if ((j - i) / 2 >= kTeaserGridPairs) {
      for (std::size_t k = i + 1; k < j; k += 2) sig[k].prose = false;
      i = j;
    } else {
      ++i;
    }
  }
}

// A sentence hard-wrapped over short lines ("Visit the market to see / how
// the lanterns are made / on the quay."): each line but the last ends without
// punctuation and the next one starts in lower case. Together they are prose.
void mark_wrapped_sentences(const std::vector<Line>& lines, std::vector<Signals>& sig) {
  auto plain = [&](std::size_t i) {
    return !sig[i].prose && sig[i].phrase == RemovalReason::none && !sig[i].date && !sig[i].byline && !sig[i].markup &&
           !lines[i].f.has_url && !lines[i].f.pipes && lines[i].repeats == 1 && lines[i].f.words > 0;
  };
  auto lower_start = [&](std::size_t i) {
    unsigned char c = static_cast<unsigned char>(lines[i].content[0]);
    return c >= 'a' && c <= 'z';
  };
  // A line that ends on a function word ("... addition to your") goes on,
  // whatever the case of the next line ("Thanksgiving decorations.").
  auto dangling = [&](std::size_t i) {
    static const std::string_view kEnds[] = {"the", "a", "an", "to", "of", "in", "on", "for", "and", "or",
                                             "your", "our", "their", "his", "her", "with", "at", "by", "from"};
    const std::string& k = lines[i].key;
    std::size_t p = k.rfind(' ');
    if (p == std::string::npos || k.size() - p > 6) return false;  // the last word, if short
    std::string_view last(k.data() + p + 1, k.size() - p - 1);
    for (std::string_view e : kEnds)
      if (last == e) return true;
    return false;
  };
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].f.sentence_end || lines[i].f.colon_end || !plain(i)) continue;
    std::size_t j = i;
    uint32_t words = lines[i].f.words;
    while (j + 1 < lines.size() && !lines[j].f.sentence_end && !lines[j].f.colon_end && plain(j + 1) &&
           (lower_start(j + 1) || dangling(j)))
      words += lines[++j].f.words;
    if (j > i && lines[j].f.sentence_end && words >= kProseMinWords)
      for (std::size_t k = i; k <= j; ++k) sig[k].prose = sig[k].wrapped = true;
    i = j;
  }
}

std::vector<Signals> line_signals(const std::vector<Line>& lines) {
  std::vector<Signals> sig(lines.size());
  std::vector<uint64_t> heads = headline_hashes(lines);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    Signals& s = sig[i];
    s.phrase = phrase_reason(l);
    TextDate d;
    s.byline = looks_like_byline(l);
    bool date_word = false;
    s.date = !s.byline && looks_like_date_line(l, d, date_word);
    s.dateline = s.date && date_word;
    if (s.date) s.date_form = d.form, s.date_separator = d.separator;
    if (s.byline) s.phrase = RemovalReason::none;
    s.markup = has_markup(l);
    s.prose = !s.byline && !s.date && !s.markup && s.phrase == RemovalReason::none && is_prose(l) && !is_teaser(l, heads);
  }
  unmark_teaser_grids(lines, sig);
  mark_wrapped_sentences(lines, sig);
  return sig;
}

// Step 7: title, bylines and date lines anywhere above the body keep their
// metadata labels; other lines outside the region are boilerplate.
void label_outside(std::vector<Line>& lines, const std::vector<Signals>& sig, const std::vector<bool>& opens, Region r,
                   std::size_t cut) {
  // Below the body, unlabelled lines take the reason of the last section opener
  // ("Copyright ©" → the about-the-outlet paragraph after it is footer).
  RemovalReason section = RemovalReason::related;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i >= r.end && (opens[i] || sig[i].phrase == RemovalReason::tags || sig[i].phrase == RemovalReason::promo))
      section = sig[i].phrase;
    if (i >= r.begin && i < r.end) continue;
    Line& l = lines[i];
    RemovalReason reason = sig[i].phrase;
    if (reason == RemovalReason::none) reason = i < r.begin ? RemovalReason::navigation : section;
    set(l, label_for(reason), reason);
  }
  (void)cut;
  // A credit or closing sentence right after the body ("The Associated Press
  // contributed to this report.") belongs to the article.
  for (std::size_t i = r.end; i < lines.size() && i < cut && i < r.end + kTrailingBodyLines && r.end > r.begin; ++i) {
    const Line& l = lines[i];
    if (sig[i].phrase != RemovalReason::none || !l.f.sentence_end || l.f.words < kShortBodyMinWords || sig[i].date) break;
    set(lines[i], BlockLabel::body, RemovalReason::none);
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kept || i >= cut) continue;
    if (sig[i].byline) set(lines[i], BlockLabel::byline, RemovalReason::byline);
    else if (sig[i].date && (i < r.begin + 3 || i >= r.end)) set(lines[i], BlockLabel::date, RemovalReason::date);
  }
}

// A sentence that ends with a colon inside the body (or right after it)
// introduces a list: its items are short lines with no signal of their own
// ("It will use the same sensor", "Rhythm & Flow") and belong to the article.
// The list ends at the first line that carries a signal (a phrase, a date, a
// URL), a long line, or the footer cut.
// Short lines enclosed by kept lines inside the region (ingredients, bullet
// points, a table's rows) belong to the article when none of them carries a
// signal of its own, a link or a repeat.
void keep_enclosed_runs(std::vector<Line>& lines, const std::vector<Signals>& sig, Region r) {
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (lines[i].kept || i == r.begin || !lines[i - 1].kept) continue;
    std::size_t j = i;
    auto plain = [&](std::size_t k) {
      const Line& l = lines[k];
      return !l.kept && l.reason == RemovalReason::short_text && sig[k].phrase == RemovalReason::none && !sig[k].date &&
             !sig[k].byline && !l.f.has_url && l.repeats == 1 && l.f.words > 0;
    };
    while (j < r.end && plain(j)) ++j;
    if (j < r.end && j > i && lines[j].kept && j - i >= kEnclosedRunMin)
      for (std::size_t k = i; k < j; ++k) set(lines[k], BlockLabel::body, RemovalReason::none);
    i = j > i ? j - 1 : i;
  }
}

// A kept line that stands alone, far below the kept text above it and not
// followed by more kept text, is a stray: a sidebar blurb, a comment or a
// promo paragraph the region reached across a run of boilerplate. So is a
// first kept line far above the rest (a site blurb above the menus). Measured
// on kept lines of both datasets: such lines are mostly outside the gold text.
// Kept text in groups split by runs of kIsolatedGapAbove+ removed lines: a
// small group below the largest one is what the region picked up across a
// sidebar or a link list (a video promo, a site blurb above the footer).
void drop_trailing_groups(std::vector<Line>& lines) {
  std::vector<std::pair<std::size_t, std::size_t>> groups;  // [begin, end) line ranges
  std::vector<uint32_t> words;
  std::size_t last = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept) continue;
    if (groups.empty() || i - last >= kIsolatedGapAbove) groups.push_back({i, i + 1}), words.push_back(0);
    groups.back().second = i + 1;
    words.back() += lines[i].f.words;
    last = i;
  }
  if (groups.size() < 2) return;
  std::size_t main = static_cast<std::size_t>(std::max_element(words.begin(), words.end()) - words.begin());
  for (std::size_t g = main + 1; g < groups.size(); ++g) {
    if (static_cast<uint64_t>(words[g]) * kTrailingGroupRatio >= words[main]) continue;
    for (std::size_t i = groups[g].first; i < groups[g].second; ++i)
      if (lines[i].kept) set(lines[i], BlockLabel::boilerplate, RemovalReason::other);
  }
}

void drop_isolated(std::vector<Line>& lines, std::size_t anchor) {
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].kept) kept.push_back(i);
  for (std::size_t k = 0; k < kept.size(); ++k) {
    std::size_t i = kept[k];
    bool far = k == 0 ? (kept.size() > 1 && kept[1] - i >= kIsolatedFirstGap) : i - kept[k - 1] >= kIsolatedGapAbove;
    bool alone_below = k + 1 == kept.size() || kept[k + 1] - i >= kIsolatedGapBelow;
    if (!far || !alone_below) continue;
    if (i == anchor && kept.size() == 2) {
      // A one-paragraph post under the page's date line is the article; the
      // one paragraph the region reached above the date line is the site's
      // (a blurb, a notice in the sidebar).
      set(lines[kept[0]], BlockLabel::boilerplate, RemovalReason::other);
      continue;
    }
    set(lines[i], BlockLabel::boilerplate, RemovalReason::other);
  }
  drop_trailing_groups(lines);
}

void keep_lists(std::vector<Line>& lines, const std::vector<Signals>& sig, Region r, std::size_t cut) {
  if (r.end <= r.begin) return;
  std::size_t last = std::min(cut, std::min(lines.size(), r.end + 1));
  for (std::size_t i = r.begin; i < last; ++i) {
    const Line& c = lines[i];
    if (!c.f.colon_end || c.f.words < kListIntroMinWords || sig[i].phrase != RemovalReason::none || sig[i].date ||
        sig[i].byline || c.f.has_url || c.f.pipes)
      continue;
    std::size_t j = i + 1, n = 0;
    for (; j < cut && n < kListMaxItems; ++j, ++n) {
      const Line& l = lines[j];
      if (sig[j].phrase != RemovalReason::none || sig[j].date || sig[j].byline || l.f.has_url || l.f.pipes ||
          l.f.words > kListItemMaxWords || l.f.words == 0 || l.repeats > 1 || (i >= r.end && sig[j].prose))
        break;
    }
    if (n < 2) continue;  // one line after a colon is a quote or a subheading, decided elsewhere
    if (i >= r.end || !c.kept) set(lines[i], BlockLabel::body, RemovalReason::none);
    for (std::size_t k = i + 1; k < j; ++k)
      if (!lines[k].kept) set(lines[k], BlockLabel::body, RemovalReason::none);
    if (j > last) last = std::min(cut, std::min(lines.size(), j + 1));
    i = j - 1;
  }
}

// A subtitle (standfirst) is the line right above the body when only the
// title, its repeats, a byline or a dateline separate it from the title:
// headline-sized, with no signal of its own and not repeated on the page.
void keep_subtitle(std::vector<Line>& lines, const std::vector<Signals>& sig, Region r, std::size_t t) {
  if (r.begin == 0 || r.begin >= r.end || t >= r.begin - 1 || r.begin - 1 - t > kSubtitleReach) return;
  std::size_t s = r.begin - 1;
  const Line& l = lines[s];
  if (l.label != BlockLabel::boilerplate || sig[s].phrase != RemovalReason::none || sig[s].date || sig[s].byline || l.repeats > 1 ||
      l.f.words < kSubtitleMinWords || l.f.words > kTitleMaxWords || l.f.has_url || l.f.pipes || l.f.colon_end || l.f.soft_end)
    return;
  for (std::size_t i = t + 1; i < s; ++i) {
    BlockLabel b = lines[i].label;
    if (b != BlockLabel::title && b != BlockLabel::byline && b != BlockLabel::date) return;
  }
  set(lines[s], BlockLabel::heading, RemovalReason::none);
}

void title_metadata(std::vector<Line>& lines, const std::vector<Signals>& sig, Region r, Metadata& meta) {
  std::size_t t = find_title(lines, sig, r);
  if (t == std::string::npos) return;
  meta.title = lines[t].content;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    bool same = l.key == lines[t].key;
    // "News, US No Comments on <title>": a breadcrumb that ends with the title
    // (a paragraph that uses the title's words is the article's lead).
    bool contains = !same && i < r.begin + 2 && !sig[i].prose && l.f.words <= lines[t].f.words + 8 &&
                    l.key.size() > lines[t].key.size() && l.key.find(lines[t].key) != std::string::npos;
    if (same || contains) set(l, BlockLabel::title, RemovalReason::title_repeat);
  }
  keep_subtitle(lines, sig, r, t);
}

}  // namespace

void extract_text(const Decoded& doc, const ExtractOptions& options, Extraction& out) {
  (void)options;
  std::vector<Line> lines = split_lines(doc.text);
  std::vector<Signals> sig = line_signals(lines);
  for (std::size_t i = 0; i < lines.size(); ++i) lines[i].reason = sig[i].phrase;

  std::vector<bool> opens = section_openers(lines, sig);
  Region first = main_region(lines, sig, opens, lines.size());
  // A region that starts below a comments header ("92 Responses to ...")
  // followed by commenters' signatures is a comment: the article is above it,
  // however short.
  // Signed comments may also stand further below the header when the region
  // itself is made of them and article prose precedes the header. A counted
  // header ("57 Comments") with prose right above it ends a post, however
  // short, even when the comments under it carry no prose of their own.
  bool thread_shaped = signed_comments(sig, first.begin, first.end) >= 2;
  uint32_t prose_above = 0;
  for (std::size_t i = 0; i < first.begin; prose_above += sig[i].prose ? lines[i].f.words : 0, ++i)
    if (opens[i] && sig[i].phrase == RemovalReason::comment &&
        ((thread_shaped && prose_above >= kMinProseBeforeTail) || dated_signatures_follow(sig, i) ||
         (i > 0 && sig[i - 1].prose && counted_comment_header(lines[i])))) {
      Region above = main_region(lines, sig, opens, i);
      if (above.end > above.begin) first = above;
      break;
    }
  std::size_t cut = tail_cut(lines, sig, opens, first.begin, first.anchor);
  Region r = cut < first.end ? main_region(lines, sig, opens, cut) : first;
  label_region(lines, sig, r);
  label_outside(lines, sig, opens, r, cut);
  keep_lists(lines, sig, r, cut);
  keep_enclosed_runs(lines, sig, r);
  drop_isolated(lines, r.dated_anchor ? r.anchor : static_cast<std::size_t>(-1));
  title_metadata(lines, sig, r, out.meta);
  byline_metadata(lines, sig, out.meta);
  out.meta.language = guess_language(lines);
  date_metadata(lines, sig, page_date_order(sig, out.meta.language), out.meta);
  for (const Line& l : lines)
    if (out.meta.site_name.empty() && l.reason == RemovalReason::footer && names_copyright(l))
      out.meta.site_name = site_from_copyright(l.content);

  out.blocks.reserve(lines.size());
  for (Line& l : lines) {
    Block b;
    b.input = l.span;
    b.content = std::move(l.content);
    b.label = l.label;
    b.reason = l.kept ? RemovalReason::none : l.reason;
    b.kept = l.kept;
    b.anchors = std::move(l.anchors);
    // Anchors are relative to the block: derived = content offset.
    out.blocks.push_back(std::move(b));
  }
}

}  // namespace corroborate
