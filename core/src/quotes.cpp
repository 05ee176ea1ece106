// Quotes and speakers. Per sentence: find attribution cues outside the
// quotation marks, find each cue's speaker (a name, a pronoun or a post such
// as "the Secretary of State" right before or after the cue), give every
// quotation region the cue that attributes it, and read indirect speech
// ("X said that …") where there is no quotation. Quotes with no cue inherit
// the speaker of the quote just before (a quote continued in the next
// sentence or paragraph).
#include "quotes.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "claims_lexicon.h"
#include "tokens.h"

namespace corroborate {

namespace {

// Tunables.
constexpr std::size_t kMaxGapAfterQuote = 90;     // bytes between a closing mark and its cue ("”, the minister said")
constexpr std::size_t kInheritSentences = 3;      // a quote with no cue inherits a speaker at most this far back
constexpr std::size_t kMinIndirectWords = 3;      // shorter reported clauses are not indirect quotes
constexpr std::size_t kPartialMaxWords = 8;       // quotations this short inside a sentence are partial
constexpr std::size_t kMaxCuesPerSentence = 32;   // real sentences have a few; junk may have thousands

// Words that may stand between a speaker and the cue: "Lavrov later said", "she has repeatedly warned".
constexpr std::string_view kSkippable[] = {
    "again", "already", "also", "earlier", "finally", "first", "further", "had", "has", "have", "immediately",
    "is", "just", "later", "once", "only", "previously", "privately", "publicly", "quickly", "recently",
    "repeatedly", "reportedly", "separately", "simply", "then", "today", "tonight", "was", "will", "would",
    "yesterday"};
// Words that end an "after" attribution gap: "” while X called …" does not attribute the first quote.
constexpr std::string_view kClauseBreaks[] = {"after", "although", "and", "as", "because", "before", "but", "if",
                                              "once", "since", "that", "unless", "until", "when", "whereas", "which",
                                              "while", "who"};
constexpr std::size_t kMaxAside = 12;  // words of an aside between a speaker and the cue ("X, who spoke later, said")
// Participles whose subject is the sentence's earlier speaker: "…, adding that …".
constexpr std::string_view kParticiples[] = {"adding", "arguing", "claiming", "describing", "explaining",
                                             "insisting", "noting", "saying", "stressing", "urging", "warning"};
// Cues that report speech (used for indirect quotes without quotation marks).
constexpr std::string_view kReportVerbs[] = {
    "accused", "accuses", "acknowledged", "added", "admitted", "announced", "argued", "asserted", "believes",
    "claimed", "conceded", "confirmed", "declared", "denied", "described", "describes", "emphasised", "emphasized",
    "explained", "hopes", "insisted", "noted", "pledged", "predicted", "promised", "reiterated", "said", "says",
    "stated", "stressed", "suggested", "told", "vowed", "warned"};
// Report verbs that take a clause without "that" ("X said the talks ended");
// the others take a noun too ("X confirmed as much", "X announced a meeting"),
// so their reported clause needs "that".
constexpr std::string_view kBareClauseVerbs[] = {"added", "argued", "believes", "claimed", "hopes", "insisted",
                                                 "predicted", "said", "says", "warned"};
// Words after "told reporters" that start a circumstance, not the reported clause.
constexpr std::string_view kAfterAudience[] = {",", "after", "as", "at", "before", "during", "earlier", "following",
                                               "from", "in", "later", "on", "outside", "when", "while"};
constexpr std::size_t kLinkReach = 12;  // words between "accused"/"described" and its "of"/"as"
// Objects of "told": "X told reporters", "X told his counterpart that …".
constexpr std::string_view kAudience[] = {"journalists", "lawmakers", "media", "press", "reporters"};
constexpr std::string_view kPronouns[] = {"he", "she", "they", "we"};
// Words before a name that make it an object, not the subject a later "he" refers to.
constexpr std::string_view kObjectMarkers[] = {"about", "against", "and", "at", "by", "for", "from", "met", "of",
                                               "on", "to", "told", "with"};
// Titles that tell a person's gender (last word of the post, folded), for "he"/"she".
constexpr std::string_view kMaleTitles[] = {"chairman", "congressman", "father", "herr", "king", "lord",
                                            "monsieur", "mr", "prince", "senor", "sir", "spokesman"};
constexpr std::string_view kFemaleTitles[] = {"chairwoman", "congresswoman", "dame", "frau", "lady", "madame",
                                              "miss", "mme", "mrs", "ms", "princess", "queen", "senora",
                                              "sister", "spokeswoman"};
constexpr std::size_t kRecentPeople = 8;
// Words that open a condition: a quotation inside one describes what might be
// ("open to a summit if it was “useful”"), not what happened.
constexpr std::string_view kConditions[] = {"if", "unless", "whether"};
// Time words that may follow a cue before the reported clause: "said Friday that …".
constexpr std::string_view kWhenWords[] = {"friday", "monday", "saturday", "sunday", "thursday", "today",
                                           "tuesday", "wednesday", "yesterday"};

template <std::size_t N>
bool has(const std::string_view (&table)[N], std::string_view w) {
  return std::binary_search(std::begin(table), std::end(table), w);
}

struct Tok {
  Span span;
  std::string f;  // folded (words), the code point as UTF-8 (punctuation)
  bool word = false;
  bool in_quote = false;
};

struct Cue {
  std::size_t tok = 0;      // index of the verb token
  std::size_t end_tok = 0;  // one past the cue phrase ("told reporters", "according to")
  std::string phrase;
  std::string speaker;
  Span speaker_span;
  bool after_subject = false;  // speaker stands after the cue ("said X", "according to X")
  bool participle = false;
};

class QuoteFinder {
 public:
  QuoteFinder(std::string_view text, const TextLayout& layout, const SentenceTokens& tokens,
              const ArticleEntities& entities, std::vector<Quote>& quotes, std::vector<std::string>& speakers)
      : text_(text), layout_(layout), tokens_(tokens), ents_(entities), quotes_(quotes), speakers_(speakers) {
    for (const TitleLink& t : ents_.titles) {
      const std::size_t sp = t.title.rfind(' ');
      const std::string_view last = sp == std::string::npos ? std::string_view(t.title) : std::string_view(t.title).substr(sp + 1);
      const char g = has(kMaleTitles, last) ? 'm' : has(kFemaleTitles, last) ? 'f' : 0;
      if (!g) continue;
      auto [it, added] = gender_.emplace(t.person, g);
      if (!added && it->second != g) it->second = '?';  // namesakes or a mix-up: rule nothing out
    }
  }

  void run() {
    speakers_.assign(layout_.sentences.size(), std::string());
    std::size_t qi = 0;
    for (uint32_t s = 0; s < layout_.sentences.size(); ++s) {
      const Sentence& sent = layout_.sentences[s];
      regions_.clear();
      while (qi < layout_.quotes.size() && layout_.quotes[qi].whole.begin < sent.span.end) {
        if (layout_.quotes[qi].whole.begin >= sent.span.begin) regions_.push_back(&layout_.quotes[qi]);
        ++qi;
      }
      sentence(s);
    }
    dialogue_speakers();
  }

 private:
  void tokens_of(TokenRange raw) {
    toks_.clear();
    std::size_t r = 0;
    for (const FoldedToken& t : raw) {
      while (r < regions_.size() && regions_[r]->whole.end <= t.span.begin) ++r;
      Tok k;
      k.span = t.span;
      k.word = t.kind != Token::punct;
      k.f = t.f;
      if (k.word && k.f.size() > 2 && k.f[k.f.size() - 2] == '\'' && k.f.back() == 's') k.f.resize(k.f.size() - 2);
      k.in_quote = r < regions_.size() && regions_[r]->whole.begin <= t.span.begin;
      toks_.push_back(std::move(k));
    }
  }

  // Mention that ends at (or covers) byte `end` / starts at `begin`, within the sentence.
  const EntityMention* mention_ending(uint32_t end) const {
    auto it = std::lower_bound(ents_.mentions.begin(), ents_.mentions.end(), end,
                               [](const EntityMention& m, uint32_t e) { return m.span.end < e; });
    if (it != ents_.mentions.end() && it->span.begin < end && it->span.end >= end) return &*it;
    return nullptr;
  }
  const EntityMention* mention_starting(uint32_t begin) const {
    auto it = std::lower_bound(ents_.mentions.begin(), ents_.mentions.end(), begin,
                               [](const EntityMention& m, uint32_t b) { return m.span.begin < b; });
    if (it != ents_.mentions.end() && it->span.begin == begin) return &*it;
    return nullptr;
  }
  static bool speaker_kind(const EntityMention* m) {
    return m && (m->kind == EntityKind::person || m->kind == EntityKind::organization || m->kind == EntityKind::other);
  }

  void name_speaker(Cue& c, const EntityMention* m) {
    c.speaker = m->key;
    c.speaker_span = m->span;
    if (m->kind == EntityKind::person) note_person(m->key);
  }

  // A pronoun → the subject named earlier in the same sentence ("Kaya
  // dismissed it when he said"), else the last named person who spoke (or was
  // named) before it. A person right after a preposition or an object verb
  // ("met with Roe, he said") is not the subject.
  // "she" skips a person the article calls "Mr", "he" one it calls "Ms"
  // (gender_ from their titles); unknown gender fits either.
  void pronoun_speaker(Cue& c, const Tok& t) {
    c.speaker_span = t.span;
    if (t.f != "he" && t.f != "she") return;
    const char want = t.f == "he" ? 'm' : 'f';
    auto fits = [&](const std::string& key) {
      auto g = gender_.find(key);
      return g == gender_.end() || g->second == want || g->second == '?';
    };
    auto it = std::lower_bound(ents_.mentions.begin(), ents_.mentions.end(), sentence_.begin,
                               [](const EntityMention& m, uint32_t b) { return m.span.begin < b; });
    for (; it != ents_.mentions.end() && it->span.end <= t.span.begin; ++it) {
      if (it->kind != EntityKind::person || in_any_region(it->span.begin) || !fits(it->key)) continue;
      const Tok* before = token_before(it->span.begin);
      if (before && before->word && has(kObjectMarkers, before->f)) continue;
      c.speaker = it->key;
      return;
    }
    c.speaker = last_person_;
    for (auto r = recent_.rbegin(); r != recent_.rend(); ++r)
      if (fits(*r)) { c.speaker = *r; return; }
  }

  // The last person spoken of (a later "he"/"she" refers to them); recent_
  // keeps a few before, for a pronoun whose gender rules out the last one.
  void note_person(const std::string& key) {
    last_person_ = key;
    auto same = std::find(recent_.begin(), recent_.end(), key);
    if (same != recent_.end()) recent_.erase(same);
    recent_.push_back(key);
    if (recent_.size() > kRecentPeople) recent_.erase(recent_.begin());
  }

  // Index of the first token of the sentence that starts at or after byte `at`.
  std::size_t token_from(uint32_t at) const {
    return static_cast<std::size_t>(
        std::lower_bound(toks_.begin(), toks_.end(), at, [](const Tok& x, uint32_t a) { return x.span.begin < a; }) -
        toks_.begin());
  }

  // The token that ends right before byte `at` in the current sentence, or null.
  const Tok* token_before(uint32_t at) const {
    auto it = std::lower_bound(toks_.begin(), toks_.end(), at, [](const Tok& x, uint32_t a) { return x.span.begin < a; });
    return it == toks_.begin() ? nullptr : &*(it - 1);
  }
  bool in_any_region(uint32_t at) const {  // regions_ are in text order, never overlapping
    auto it = std::upper_bound(regions_.begin(), regions_.end(), at,
                               [](uint32_t a, const QuoteRegion* r) { return a < r->whole.begin; });
    return it != regions_.begin() && at < (*(it - 1))->whole.end;
  }

  // "the US Secretary of State", "Russia's foreign minister": from `from` to `to` tokens.
  bool description_speaker(Cue& c, std::size_t from, std::size_t to) {
    if (from >= to) return false;
    const Span span{toks_[from].span.begin, toks_[to - 1].span.end};
    const std::string key = resolve_description(text_, span, ents_.titles);
    if (key.empty()) return false;
    c.speaker = key;
    c.speaker_span = span;
    note_person(key);
    return true;
  }

  // Speaker before the cue verb: "Blinken (later) said", "he said", "the minister said",
  // "Kaya, who spoke later, said", "Kaya said … and added".
  bool speaker_before(Cue& c, const std::vector<Cue>& earlier) {
    std::size_t i = c.tok;
    while (i > 0 && toks_[i - 1].word && has(kSkippable, toks_[i - 1].f)) --i;
    if (i == 0 || toks_[i - 1].in_quote) return false;
    const Tok& prev = toks_[i - 1];
    if (prev.f == "," ) return aside_speaker(c, i - 1);
    // "X said … and added": the verbs share the subject.
    if (prev.f == "and" && !earlier.empty() && !earlier.back().speaker.empty()) {
      c.speaker = earlier.back().speaker;
      c.speaker_span = earlier.back().speaker_span;
      return true;
    }
    if (!prev.word) return false;
    if (has(kPronouns, prev.f)) { pronoun_speaker(c, prev); return true; }
    const EntityMention* m = mention_ending(prev.span.end);
    if (speaker_kind(m)) { name_speaker(c, m); return true; }
    // A description: back to "the" or a possessive, at most 6 words.
    std::size_t b = i - 1;
    while (b > 0 && i - b < 6 && toks_[b - 1].word && !toks_[b - 1].in_quote) {
      --b;
      if (toks_[b].f == "the") break;
    }
    return description_speaker(c, b, i);
  }

  // "X, speaking at his own news conference, described": a name before the
  // comma that opens the aside ending at token `comma`.
  bool aside_speaker(Cue& c, std::size_t comma) {
    std::size_t k = comma;
    while (k > 0 && comma - k < kMaxAside && toks_[k - 1].f != "," && !toks_[k - 1].in_quote) --k;
    if (k < 2 || toks_[k - 1].f != "," || comma - k < 2) return false;
    const EntityMention* m = mention_ending(toks_[k - 2].span.end);
    if (!m || m->kind != EntityKind::person) return false;
    name_speaker(c, m);
    return true;
  }

  // The person or organisation that opens the sentence (after "The"), when it
  // comes before the cue: the subject a participle ("…, stating") shares.
  void sentence_subject(Cue& c) {
    std::size_t k = 0;
    while (k < toks_.size() && !toks_[k].word) ++k;
    if (k < toks_.size() && toks_[k].f == "the") ++k;
    if (k >= toks_.size() || k >= c.tok || toks_[k].in_quote) return;
    const EntityMention* m = mention_starting(toks_[k].span.begin);
    if (!m || (m->kind != EntityKind::person && m->kind != EntityKind::organization)) return;
    const std::string_view after = text_.substr(m->span.end, 4);
    if (after.substr(0, 2) == "'s" || after == "\xE2\x80\x99s") return;  // "Ruritania's ministry": not the name itself
    c.speaker = m->key;
    c.speaker_span = m->span;
  }

  // Speaker after the cue: "said Blinken", "said the US Secretary of State", "according to X".
  bool speaker_after(Cue& c) {
    std::size_t i = c.end_tok;
    if (i >= toks_.size() || toks_[i].in_quote || !toks_[i].word) return false;
    if (has(kPronouns, toks_[i].f)) { pronoun_speaker(c, toks_[i]); return true; }
    const EntityMention* m = mention_starting(toks_[i].span.begin);
    const std::string_view after = m ? text_.substr(m->span.end, 4) : std::string_view();
    const bool possessive = after.substr(0, 2) == "'s" || after == "\xE2\x80\x99s";  // "Ruritania's minister"
    if (speaker_kind(m) && !possessive) { name_speaker(c, m); return true; }
    std::size_t e = i;
    while (e < toks_.size() && e - i < 8 && toks_[e].word && !toks_[e].in_quote) ++e;
    return description_speaker(c, i, e);
  }

  void find_cues(std::vector<Cue>& cues) {
    const ClaimsLexicon& lex = claims_lexicon();
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      const Tok& t = toks_[i];
      if (!t.word || t.in_quote) continue;
      // A capitalised verb inside a sentence is part of a name ("United States").
      if (i > 0 && is_upper_cp(static_cast<unsigned char>(text_[t.span.begin]))) continue;
      Cue c;
      c.tok = i;
      c.end_tok = i + 1;
      if (t.f == "according" && i + 1 < toks_.size() && toks_[i + 1].f == "to") {
        c.phrase = "according to";
        c.end_tok = i + 2;
        c.after_subject = true;
      } else if (lex.is_speech_verb(t.f)) {
        c.phrase = t.f;
        if ((t.f == "told" || t.f == "tells") && i + 1 < toks_.size() && has(kAudience, toks_[i + 1].f)) {
          c.phrase += ' ' + toks_[i + 1].f;
          c.end_tok = i + 2;
        }
        // "adding", and any speech verb in -ing ("accusing", "stating"): its subject is the clause's.
        c.participle = has(kParticiples, t.f) || (t.f.size() > 5 && t.f.compare(t.f.size() - 3, 3, "ing") == 0);
        // Inversion: `”, said X` or `, says X`.
        c.after_subject = i > 0 && !toks_[i - 1].word;
      } else {
        continue;
      }
      const bool found = c.after_subject ? speaker_after(c) || speaker_before(c, cues)
                                         : speaker_before(c, cues) || speaker_after(c);
      if (!found && c.participle && !cues.empty()) {
        c.speaker = cues.back().speaker;
        c.speaker_span = cues.back().speaker_span;
      } else if (!found && c.participle) {
        sentence_subject(c);  // "The Ministry has issued a statement accusing …"
      }
      cues.push_back(std::move(c));
      if (cues.size() >= kMaxCuesPerSentence) return;  // bounded work on junk input
    }
  }

  // Is `c` (after the quotation) the attribution of region r? Only a short gap
  // with no clause break between them.
  bool attributes_after(const Cue& c, const QuoteRegion& r) const {
    const uint32_t cue_begin = toks_[c.tok].span.begin;
    if (cue_begin < r.whole.end || cue_begin - r.whole.end > kMaxGapAfterQuote) return false;
    auto it = std::lower_bound(toks_.begin(), toks_.end(), r.whole.end,
                               [](const Tok& t, uint32_t at) { return t.span.begin < at; });
    for (; it != toks_.end() && it->span.begin < cue_begin; ++it)
      if (it->in_quote || has(kClauseBreaks, it->f)) return false;
    return true;
  }

  const Cue* cue_for(const QuoteRegion& r, const std::vector<Cue>& cues) const {
    const Cue* before = nullptr;
    for (const Cue& c : cues) {
      if (attributes_after(c, r)) return &c;
      if (toks_[c.tok].span.end <= r.whole.begin) before = &c;
    }
    return before;
  }

  static std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char ch : s) {
      const bool sp = ch == ' ';
      if (!sp && !in) ++n;
      in = !sp;
    }
    return n;
  }

  Quote make_quote(const QuoteRegion& r, uint32_t s) const {
    Quote q;
    q.whole = r.whole;
    q.content = r.content;
    // Drop the comma or colon that ends a quoted clause inside the marks.
    while (q.content.size() > 0) {
      const char last = text_[q.content.end - 1];
      if (last != ',' && last != ';' && last != ':' && last != ' ') break;
      --q.content.end;
    }
    q.sentence = s;
    const Span sent = layout_.sentences[s].span;
    std::size_t i = q.content.begin;
    const uint32_t first = i < text_.size() ? next_codepoint(text_, i) : 0;
    const bool starts_sentence = r.whole.begin <= sent.begin + 3;
    // After "said:" or "said," the quotation is a full utterance, not a fragment.
    std::size_t before = r.whole.begin;
    while (before > sent.begin && text_[before - 1] == ' ') --before;
    const bool introduced = before > sent.begin && (text_[before - 1] == ':' || text_[before - 1] == ',');
    q.partial = !starts_sentence && (!is_upper_cp(first) ||
                                     (!introduced && word_count(q.content.of(text_)) <= kPartialMaxWords));
    // A fragment's final period belongs to the sentence around it (“sincere.”).
    if (q.partial && q.content.size() > 1 && text_[q.content.end - 1] == '.' && text_[q.content.end - 2] != '.')
      --q.content.end;
    return q;
  }

  void attribute(Quote& q, const Cue* c) {
    if (!c) return;
    q.speaker = c->speaker;
    q.speaker_span = c->speaker_span;
    q.cue = c->phrase;
    // "described the talks as “…”": say so in the cue.
    if ((c->phrase == "described" || c->phrase == "describes") && q.whole.begin >= 3 &&
        text_.substr(q.whole.begin - 3, 3) == "as ")
      q.cue = c->phrase + " \xE2\x80\xA6 as";
  }

  // "X: “…”": a name right before the colon that opens the quotation.
  bool colon_speaker(Quote& q, std::size_t region_tok) {
    if (region_tok < 2 || toks_[region_tok - 1].f != ":") return false;
    const EntityMention* m = mention_ending(toks_[region_tok - 2].span.end);
    if (!speaker_kind(m)) return false;
    q.speaker = m->key;
    q.speaker_span = m->span;
    q.cue = ":";
    return true;
  }

  // "“…” – X" or "“…” -X": a dash then a name after the closing mark.
  bool dash_speaker(Quote& q, const QuoteRegion& r) {
    for (std::size_t i = token_from(r.whole.end); i + 1 < toks_.size(); ++i) {
      const std::string& f = toks_[i].f;
      if (f != "-" && f != "\xE2\x80\x93" && f != "\xE2\x80\x94") return false;
      const EntityMention* m = mention_starting(toks_[i + 1].span.begin);
      if (!speaker_kind(m)) return false;
      q.speaker = m->key;
      q.speaker_span = m->span;
      q.cue = "\xE2\x80\x94";
      return true;
    }
    return false;
  }

  // Does the clause that leads to token `rt` (back to a comma, a colon or a
  // speech cue) open with a condition word?
  bool in_condition(std::size_t rt) const {
    const ClaimsLexicon& lex = claims_lexicon();
    for (std::size_t k = rt; k > 0; --k) {
      const Tok& t = toks_[k - 1];
      if (t.in_quote) return false;
      if (!t.word) {
        if (t.f == "," || t.f == ";" || t.f == ":") return false;
        continue;
      }
      if (has(kConditions, t.f)) return true;
      if (lex.is_speech_verb(t.f)) return false;
    }
    return false;
  }

  void inherit(Quote& q, uint32_t s) {
    if (last_quote_ < 0) return;
    const Quote& prev = quotes_[static_cast<std::size_t>(last_quote_)];
    if (prev.speaker.empty() || s - prev.sentence > kInheritSentences) return;
    const uint32_t pp = layout_.sentences[prev.sentence].paragraph, sp = layout_.sentences[s].paragraph;
    if (sp - pp > 1) return;
    q.speaker = prev.speaker;
    q.speaker_span = prev.speaker_span;
  }

  void sentence(uint32_t s) {
    const Sentence& sent = layout_.sentences[s];
    sentence_ = sent.span;
    tokens_of(tokens_.of(s));
    std::vector<Cue> cues;
    find_cues(cues);
    const std::size_t first_quote = quotes_.size();
    for (const QuoteRegion* r : regions_) {
      Quote q = make_quote(*r, s);
      const std::size_t rt = token_from(r->whole.begin);
      q.hypothetical = in_condition(rt);
      if (!colon_speaker(q, rt) && !dash_speaker(q, *r)) attribute(q, cue_for(*r, cues));
      if (q.cue.empty()) inherit(q, s);
      quotes_.push_back(std::move(q));
      last_quote_ = static_cast<int>(quotes_.size() - 1);
    }
    if (regions_.empty()) {
      if (is_dialogue_line(sent.span)) {
        dialogue_line(s);
      } else {
        indirect(s, cues);
      }
    }
    for (std::size_t i = first_quote; i < quotes_.size(); ++i)
      if (!quotes_[i].speaker.empty()) { speakers_[s] = quotes_[i].speaker; break; }
    if (speakers_[s].empty())
      for (const Cue& c : cues)
        if (!c.speaker.empty()) { speakers_[s] = c.speaker; break; }
    // The first person named in a sentence is the likeliest referent of a later "he".
    if (speakers_[s].empty()) {
      auto it = std::lower_bound(ents_.mentions.begin(), ents_.mentions.end(), sent.span.begin,
                                 [](const EntityMention& m, uint32_t b) { return m.span.begin < b; });
      for (; it != ents_.mentions.end() && it->span.begin < sent.span.end; ++it)
        if (it->kind == EntityKind::person) { note_person(it->key); break; }
    }
  }

  bool is_dialogue_line(Span s) const {
    std::size_t i = s.begin;
    const uint32_t cp = next_codepoint(text_, i);
    if (!((cp == 0x2013 || cp == 0x2014 || cp == '-') && i < s.end && text_[i] == ' ')) return false;
    // "– A subheading? –": a dash at both ends of the paragraph frames a heading, not speech.
    std::size_t e = s.end;
    auto p = std::upper_bound(layout_.paragraphs.begin(), layout_.paragraphs.end(), s.begin,
                              [](uint32_t at, const Span& x) { return at < x.begin; });
    if (p != layout_.paragraphs.begin() && (p - 1)->end >= s.end) e = (p - 1)->end;
    while (e > s.begin && (text_[e - 1] == ' ' || text_[e - 1] == '\n')) --e;
    const uint32_t last = prev_codepoint(text_, e);
    return !(last == 0x2013 || last == 0x2014 || last == '-');
  }

  // "– We will see." : the whole line after the dash is a direct quote; its
  // speaker comes from the next attributed quote of the paragraph (dialogue_speakers).
  void dialogue_line(uint32_t s) {
    const Span sp = layout_.sentences[s].span;
    std::size_t i = sp.begin;
    next_codepoint(text_, i);
    while (i < sp.end && text_[i] == ' ') ++i;
    Quote q;
    q.whole = sp;
    q.content = Span{static_cast<uint32_t>(i), sp.end};
    q.sentence = s;
    q.cue = "\xE2\x80\x93";
    dialogue_.push_back(quotes_.size());
    quotes_.push_back(std::move(q));
    last_quote_ = static_cast<int>(quotes_.size() - 1);
  }

  void dialogue_speakers() {
    for (std::size_t d : dialogue_) {
      Quote& q = quotes_[d];
      const uint32_t para = layout_.sentences[q.sentence].paragraph;
      for (std::size_t k = d + 1; k < quotes_.size(); ++k) {
        const Quote& n = quotes_[k];
        if (layout_.sentences[n.sentence].paragraph != para) break;
        if (!n.speaker.empty()) { q.speaker = n.speaker; q.speaker_span = n.speaker_span; break; }
      }
      if (q.speaker.empty() && d > 0) {
        const Quote& p = quotes_[d - 1];
        if (para - layout_.sentences[p.sentence].paragraph <= 1) { q.speaker = p.speaker; q.speaker_span = p.speaker_span; }
      }
      if (!q.speaker.empty()) speakers_[q.sentence] = q.speaker;
    }
  }

  // Indirect speech in a sentence without quotation marks.
  void indirect(uint32_t s, const std::vector<Cue>& cues) {
    const Span sent = layout_.sentences[s].span;
    uint32_t end = sent.end;
    while (end > sent.begin && (text_[end - 1] == '.' || text_[end - 1] == '!' || text_[end - 1] == '?')) --end;
    for (const Cue& c : cues) {
      if (c.speaker.empty() || c.participle) continue;
      if (c.phrase != "according to" && !has(kReportVerbs, toks_[c.tok].f)) continue;
      Span content;
      std::string phrase = c.phrase;
      if (c.phrase == "according to") {
        // "According to X, <clause>" or "<clause>, according to X."
        std::size_t k = c.end_tok;
        while (k < toks_.size() && toks_[k].f != ",") ++k;
        if (k + 1 < toks_.size()) content = Span{toks_[k + 1].span.begin, end};
        else if (c.tok > 0) content = Span{sent.begin, toks_[c.tok - 1].word ? toks_[c.tok].span.begin : toks_[c.tok - 1].span.begin};
      } else if (c.speaker_span.begin > toks_[c.tok].span.begin ||
                 (c.tok > 0 && c.speaker_span.begin > sent.begin && c.tok + 1 >= toks_.size() - 1)) {
        // "<clause>, X said." / "<clause>, said X."
        std::size_t k = std::min(c.tok, static_cast<std::size_t>(toks_.size()));
        while (k > 0 && toks_[k - 1].span.begin >= c.speaker_span.begin) --k;
        while (k > 0 && toks_[k - 1].f != ",") --k;
        if (k > 1) content = Span{sent.begin, toks_[k - 1].span.begin};
      } else {
        // "X said (that) <clause>", "X told his counterpart that <clause>".
        std::size_t k = c.end_tok;
        // "told reporters (that) the talks …", not "told reporters after the meeting".
        const bool audience = c.end_tok > c.tok + 1;
        if (toks_[c.tok].f == "told" || toks_[c.tok].f == "tells") {
          std::size_t t = k;
          while (t < toks_.size() && t - k < 8 && toks_[t].f != "that") ++t;
          if (t < toks_.size() && toks_[t].f == "that") k = t;
          else if (!audience || (k < toks_.size() && has(kAfterAudience, toks_[k].f))) continue;
        }
        const std::string& verb = audience ? std::string("said") : toks_[c.tok].f;
        const bool accused = verb == "accused" || verb == "accuses";
        if (accused || verb == "described" || verb == "describes") {
          // "X accused Y of Z", "X described Y as Z": the whole object is what X said.
          const char* link = accused ? "of" : "as";
          std::size_t t = k;
          while (t < toks_.size() && t - k < kLinkReach && toks_[t].f != link) ++t;
          if (t >= toks_.size() || toks_[t].f != link || t == k || t + 1 >= toks_.size()) continue;
          phrase = verb + " \xE2\x80\xA6 " + link;
        } else if (!(k < toks_.size() && toks_[k].f == "that") && !has(kBareClauseVerbs, verb)) {
          continue;
        }
        if (k < toks_.size() && toks_[k].f == "that") ++k;
        // "said Friday (that) …": the date belongs to the saying, not to what was said.
        if (k < toks_.size() && (toks_[k].f == "on" || has(kWhenWords, toks_[k].f))) {
          std::size_t t = toks_[k].f == "on" ? k + 1 : k;
          if (t < toks_.size() && has(kWhenWords, toks_[t].f)) k = t + 1;
          if (k < toks_.size() && toks_[k].f == "that") ++k;
        }
        if (k < toks_.size()) content = Span{toks_[k].span.begin, end};
      }
      while (content.end > content.begin && (text_[content.end - 1] == ',' || text_[content.end - 1] == ' '))
        --content.end;
      if (content.empty() || word_count(content.of(text_)) < kMinIndirectWords) continue;
      Quote q;
      q.whole = content;
      q.content = content;
      q.direct = false;
      q.speaker = c.speaker;
      q.speaker_span = c.speaker_span;
      q.cue = phrase;
      q.sentence = s;
      quotes_.push_back(std::move(q));
      return;  // one reported clause per sentence
    }
  }

  std::string_view text_;
  const TextLayout& layout_;
  const SentenceTokens& tokens_;
  const ArticleEntities& ents_;
  std::vector<Quote>& quotes_;
  std::vector<std::string>& speakers_;
  std::vector<const QuoteRegion*> regions_;
  std::vector<Tok> toks_;
  std::vector<std::size_t> dialogue_;
  std::string last_person_;
  std::vector<std::string> recent_;                      // note_person
  std::unordered_map<std::string, char> gender_;         // person key → 'm' / 'f' when a title says so
  Span sentence_;
  int last_quote_ = -1;
};

}  // namespace

void find_quotes(std::string_view text, const TextLayout& layout, const SentenceTokens& tokens,
                 const ArticleEntities& entities, std::vector<Quote>& quotes,
                 std::vector<std::string>& sentence_speaker) {
  QuoteFinder(text, layout, tokens, entities, quotes, sentence_speaker).run();
}

}  // namespace corroborate
