// Characterizations. Two shapes, both read on the folded tokens of the
// quote's sentence:
//  A. a short quotation after a cue: an event word, then a describing verb
//     ("described … as", "called") or a copula ("was") right before the marks;
//  B. inside a longer quotation: EVENT [≤5 words] COPULA [not] ADJ (and ADJ),
//     or "a ADJ (and ADJ) EVENT".
#include "characterizations.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "claims_lexicon.h"

namespace corroborate {

namespace {

constexpr std::size_t kMaxShortQuoteWords = 6;  // longer quotations are read for shape B instead
constexpr std::size_t kCueReach = 6;            // describing verb at most this many words before the quotation
constexpr std::size_t kSubjectReach = 6;        // words between an event word and its copula ("the discussion today with X was")
constexpr std::size_t kMaxDescribingWords = 4;  // "frank, open and substantive"
constexpr std::size_t kPhraseReach = 8;         // words of a described thing's noun phrase either side of its head

// Function words that may open the described thing's phrase ("the talks", "a meeting", "their talks").
constexpr std::string_view kPhraseOpeners[] = {"a", "an", "any", "her", "his", "its", "last", "next", "our",
                                               "that", "the", "their", "these", "this", "those", "today's"};
// Prepositions that continue it: "talks with Kaya", "a meeting between the presidents", "the talks on Friday".
constexpr std::string_view kPhraseTails[] = {"at", "between", "in", "of", "on", "with"};
constexpr std::string_view kPhraseTimes[] = {"today", "tonight", "yesterday"};
// Function words inside the tail ("between the presidents of X and Y"); any other ends it ("… had been").
constexpr std::string_view kPhraseInner[] = {"a", "an", "and", "of", "the", "their", "two"};

constexpr std::string_view kDescribeCues[] = {"branded", "call", "called", "calling", "calls", "characterised",
                                              "characterized", "describe", "described", "describes", "describing",
                                              "dubbed", "hailed", "labeled", "labelled", "termed"};
constexpr std::string_view kCopulas[] = {"are", "as", "be", "been", "being", "is", "remain", "remained", "seemed",
                                         "was", "were"};
// Pronouns that stand for the event described just before ("Lavrov called them …").
constexpr std::string_view kEventPronouns[] = {"it", "them", "this"};

template <std::size_t N>
bool has(const std::string_view (&table)[N], std::string_view w) {
  return std::binary_search(std::begin(table), std::end(table), w);
}

bool is_event(const FoldedToken& t) { return t.kind == Token::word && claims_lexicon().event(t.f) == "meet"; }

// A word that may describe: lowercase content word, not a verb form we can
// tell ("held", "going"), not an adverb, not an event word.
bool describing_word(const FoldedToken& t) {
  if (t.kind != Token::word || t.cap || is_stopword(t.f) || is_event(t) || t.f.size() < 3) return false;
  const std::string& f = t.f;
  auto ends = [&](std::string_view s) { return f.size() > s.size() + 2 && f.compare(f.size() - s.size(), s.size(), s) == 0; };
  return !ends("ed") && !ends("ing") && !ends("ly");
}

// The describing words from token d ("frank, open and substantive"), before
// token `limit`: returns one past them and counts them in `words`.
std::size_t describing_run(TokenRange r, std::size_t d, std::size_t limit, std::size_t& words) {
  std::size_t end = d;
  while (end < limit && words < kMaxDescribingWords) {
    if (describing_word(r[end])) { ++words; ++end; continue; }
    if ((r[end].f == "and" || r[end].f == ",") && end + 1 < limit && describing_word(r[end + 1])) { ++end; continue; }
    break;
  }
  return end;
}

class Finder {
 public:
  Finder(std::string_view text, const SentenceTokens& tokens, const std::vector<Quote>& quotes,
         std::vector<Characterization>& out)
      : text_(text), tokens_(tokens), quotes_(quotes), out_(out), first_(out.size()) {}

  void run(const std::vector<std::string>& sentence_speaker) {
    std::vector<bool> quoted(sentence_speaker.size(), false);
    for (const Quote& q : quotes_)
      if (q.direct && q.sentence < quoted.size()) quoted[q.sentence] = true;
    for (std::size_t qi = 0; qi < quotes_.size(); ++qi) {
      const Quote& q = quotes_[qi];
      if (!q.direct || q.content.empty() || q.sentence + 1 >= tokens_.start.size()) continue;
      const TokenRange r = tokens_.of(q.sentence);
      const std::size_t b = index(r, q.content.begin), e = index(r, q.content.end);
      std::size_t words = 0;
      for (std::size_t k = b; k < e; ++k) words += r[k].kind == Token::word;
      if (words <= kMaxShortQuoteWords && q.partial) {
        short_quote(r, qi, b, e);
      } else {
        inside_quote(r, qi, b, e);
      }
    }
    for (std::size_t sn = 0; sn < quoted.size() && sn + 1 < tokens_.start.size(); ++sn)
      if (!quoted[sn] && !sentence_speaker[sn].empty()) unquoted(tokens_.of(sn), sn, sentence_speaker[sn]);
    std::stable_sort(out_.begin() + static_cast<std::ptrdiff_t>(first_), out_.end(),
                     [](const Characterization& a, const Characterization& b) { return a.span.begin < b.span.begin; });
  }

 private:
  static std::size_t index(TokenRange r, uint32_t at) {
    return static_cast<std::size_t>(
        std::lower_bound(r.begin(), r.end(), at, [](const FoldedToken& t, uint32_t a) { return t.span.begin < a; }) -
        r.begin());
  }

  Characterization base(std::size_t qi) const {
    const Quote& q = quotes_[qi];
    Characterization c;
    c.speaker = q.speaker;
    c.speaker_span = q.speaker_span;
    c.quote = static_cast<int32_t>(qi);
    c.hypothetical = q.hypothetical;
    c.sentence = q.sentence;
    return c;
  }

  // The noun phrase around the event word r[k]: left over its determiner,
  // possessives and modifiers ("today's", "the first"), right over a short
  // prepositional tail ("with Kaya", "between the two presidents"), never past
  // punctuation, a copula, a cue or token `stop`.
  static Span phrase_around(TokenRange r, std::size_t k, std::size_t stop) {
    std::size_t a = k;
    while (a > 0 && k - a < kPhraseReach && r[a - 1].kind == Token::word && !has(kCopulas, r[a - 1].f) &&
           !has(kDescribeCues, r[a - 1].f) && !claims_lexicon().is_speech_verb(r[a - 1].f) &&
           !is_event(r[a - 1]) && (!is_stopword(r[a - 1].f) || has(kPhraseOpeners, r[a - 1].f))) {
      --a;
      // A determiner opens the phrase: "the talks", not "her statement that the talks".
      if (is_stopword(r[a].f) && r[a].f != "last" && r[a].f != "next") break;
    }
    std::size_t e = k + 1;
    if (e < stop && has(kPhraseTimes, r[e].f)) ++e;  // "the discussion today with X"
    if (e < stop && has(kPhraseTails, r[e].f)) {
      std::size_t t = e + 1;
      while (t < stop && t - k <= kPhraseReach && r[t].kind == Token::word && !has(kCopulas, r[t].f) &&
             !has(kDescribeCues, r[t].f) && !claims_lexicon().is_speech_verb(r[t].f) &&
             (!is_stopword(r[t].f) || has(kPhraseInner, r[t].f)))
        ++t;
      if (t > e + 1) e = t;
    }
    return Span{r[a].span.begin, r[e - 1].span.end};
  }

  static void set_value(Characterization& c, TokenRange r, std::size_t b, std::size_t e) {
    c.value.clear();
    for (std::size_t k = b; k < e; ++k) {
      if (r[k].kind != Token::word) continue;
      if (!c.value.empty()) c.value += ' ';
      c.value += r[k].f;
    }
  }

  // Shape A: a short quotation after a cue, about an event named before it.
  void short_quote(TokenRange r, std::size_t qi, std::size_t b, std::size_t e) {
    const Quote& q = quotes_[qi];
    std::size_t open = index(r, q.whole.begin);
    // Words before the marks, back to the previous quotation or the sentence start.
    std::size_t from = open;
    while (from > 0 && !inside_other_quote(qi, r[from - 1].span.begin)) --from;
    std::size_t last_word = open;
    while (last_word > from && r[last_word - 1].kind != Token::word) --last_word;
    // "“candid” and “useful”": the second quotation continues the first description.
    if (!out_.empty() && out_.back().quote >= 0 && static_cast<std::size_t>(out_.back().quote) + 1 == qi &&
        quotes_[qi - 1].sentence == q.sentence && last_word > from && r[last_word - 1].f == "and" &&
        r[last_word - 1].span.begin >= quotes_[qi - 1].whole.end && last_word - 1 == from) {
      Characterization& prev = out_.back();
      prev.span.end = q.content.end;
      std::string more;
      Characterization tmp;
      set_value(tmp, r, b, e);
      prev.value += " and " + tmp.value;
      return;
    }
    if (last_word == from) return;
    bool cue = has(kCopulas, r[last_word - 1].f);
    bool negated = false;
    std::size_t cue_at = last_word - 1;
    if (!cue && r[last_word - 1].f == "not" && last_word - 1 > from && has(kCopulas, r[last_word - 2].f)) {
      cue = negated = true;
      cue_at = last_word - 2;
    }
    for (std::size_t k = last_word, n = 0; !cue && k > from && n < kCueReach; --k, ++n)
      if (has(kDescribeCues, r[k - 1].f)) { cue = true; cue_at = k - 1; }
    if (!cue) return;
    Characterization c = base(qi);
    c.negated = negated;
    // The event: the nearest event word before the quotation, else "them"/"it" right after a describing verb.
    for (std::size_t k = last_word; k > from; --k)
      if (is_event(r[k - 1])) {
        c.subject = std::string(claims_lexicon().event(r[k - 1].f));
        c.subject_span = r[k - 1].span;
        break;
      }
    if (c.subject.empty() && cue_at + 1 < open && has(kEventPronouns, r[cue_at + 1].f) && !out_.empty() &&
        out_.back().sentence + 1 >= q.sentence && !out_.back().subject.empty()) {
      c.subject = out_.back().subject;
      c.subject_span = r[cue_at + 1].span;
    }
    if (c.subject.empty()) return;
    c.subject_phrase = c.subject_span;
    for (std::size_t k = from; k < last_word; ++k)
      if (r[k].span.begin == c.subject_span.begin && is_event(r[k])) c.subject_phrase = phrase_around(r, k, last_word);
    c.span = q.content;
    set_value(c, r, b, e);
    out_.push_back(std::move(c));
  }

  bool inside_other_quote(std::size_t qi, uint32_t at) const {
    return qi > 0 && quotes_[qi - 1].direct && quotes_[qi - 1].whole.begin <= at && at < quotes_[qi - 1].whole.end;
  }

  // Shape C, without quotation marks: "X called the talks frank and useful",
  // "X described the meeting as constructive". The speaker is the sentence's.
  void unquoted(TokenRange r, std::size_t sn, const std::string& speaker) {
    for (std::size_t k = 0; k < r.size(); ++k) {
      if (r[k].kind != Token::word || r[k].cap || !has(kDescribeCues, r[k].f)) continue;
      // The described thing right after the verb: "the talks", "their meeting", "them".
      std::size_t ev = k + 1, words = 0;
      while (ev < r.size() && words < 4 && r[ev].kind == Token::word && !is_event(r[ev]) && !has(kEventPronouns, r[ev].f)) {
        ++ev;
        ++words;
      }
      if (ev >= r.size() || r[ev].kind != Token::word) continue;
      const bool pronoun = has(kEventPronouns, r[ev].f);
      if (!pronoun && !is_event(r[ev])) continue;
      if (pronoun && (out_.empty() || out_.back().subject.empty())) continue;
      Characterization c;
      c.speaker = speaker;
      c.sentence = static_cast<uint32_t>(sn);
      c.subject = pronoun ? out_.back().subject : std::string(claims_lexicon().event(r[ev].f));
      c.subject_span = r[ev].span;
      c.subject_phrase = pronoun ? r[ev].span : phrase_around(r, ev, r.size());
      std::size_t d = index(r, c.subject_phrase.end);
      if (d < r.size() && r[d].f == "as") ++d;
      if (d < r.size() && r[d].f == "not") { c.negated = true; ++d; }
      std::size_t adjectives = 0;
      const std::size_t end = describing_run(r, d, r.size(), adjectives);
      // The description ends its clause ("called the talks useful." / ", but …"), else it is a noun phrase.
      if (adjectives == 0 || (end < r.size() && r[end].kind == Token::word && !is_stopword(r[end].f))) continue;
      c.span = Span{r[d].span.begin, r[end - 1].span.end};
      set_value(c, r, d, end);
      out_.push_back(std::move(c));
    }
  }

  // Shape B: descriptions in the speaker's own words.
  void inside_quote(TokenRange r, std::size_t qi, std::size_t b, std::size_t e) {
    bool condition = false;  // an if/unless/whether earlier in the quotation (one pass, not a scan per description)
    for (std::size_t k = b; k < e; ++k) {
      if (r[k].f == "if" || r[k].f == "unless" || r[k].f == "whether") condition = true;
      if (!is_event(r[k])) continue;
      // "a candid exchange", "a frank and substantive discussion"
      std::size_t a = k;
      while (a > b && (describing_word(r[a - 1]) || r[a - 1].f == "and" || r[a - 1].f == ",") && k - a < kMaxDescribingWords + 2) --a;
      while (a < k && !describing_word(r[a])) ++a;  // never start on "and" or a comma
      if (a < k && a > b && (r[a - 1].f == "a" || r[a - 1].f == "an")) {
        emit(r, qi, a, k, k, e, a >= b + 2 && r[a - 2].f == "not", condition);
        continue;
      }
      // "the discussion (today with X) was (not) frank and substantive"
      std::size_t c = k + 1;
      while (c < e && c - k <= kSubjectReach && r[c].kind == Token::word && !has(kCopulas, r[c].f) && !is_event(r[c])) ++c;
      if (c >= e || !has(kCopulas, r[c].f) || r[c].f == "as") continue;
      std::size_t d = c + 1;
      bool negated = false;
      if (d < e && r[d].f == "not") { negated = true; ++d; }
      std::size_t words = 0;
      const std::size_t end = describing_run(r, d, e, words);
      if (words == 0) continue;
      // The description ends the clause: "was useful in that sense" keeps "useful"; "was a …" is shape B's first form.
      emit(r, qi, d, end, k, c, negated, condition);
    }
  }

  // Words [b, e) describe the event word r[event], whose phrase ends before token `stop`.
  void emit(TokenRange r, std::size_t qi, std::size_t b, std::size_t e, std::size_t event, std::size_t stop,
            bool negated, bool condition) {
    Characterization c = base(qi);
    c.in_quote = true;
    c.negated = negated;
    c.subject = std::string(claims_lexicon().event(r[event].f));
    c.subject_span = r[event].span;
    c.subject_phrase = phrase_around(r, event, stop);
    c.span = Span{r[b].span.begin, r[e - 1].span.end};
    set_value(c, r, b, e);
    // "if the talks are useful …": a condition, not a description.
    if (condition) c.hypothetical = true;
    out_.push_back(std::move(c));
  }

  std::string_view text_;
  const SentenceTokens& tokens_;
  const std::vector<Quote>& quotes_;
  std::vector<Characterization>& out_;
  std::size_t first_;
};

}  // namespace

void find_characterizations(std::string_view text, const SentenceTokens& tokens, const std::vector<Quote>& quotes,
                            const std::vector<EntityMention>& mentions, const std::vector<DateMention>& dates,
                            const std::vector<std::string>& sentence_speaker, std::vector<Characterization>& out) {
  const std::size_t first = out.size();
  Finder(text, tokens, quotes, out).run(sentence_speaker);
  // People and dates of each described thing (both lists in text order, like `out`).
  std::size_t m = 0, d = 0;
  for (std::size_t i = first; i < out.size(); ++i) {
    Characterization& c = out[i];
    const Span p = c.subject_phrase;
    while (m < mentions.size() && mentions[m].span.begin < p.begin) ++m;
    for (std::size_t k = m; k < mentions.size() && mentions[k].span.begin < p.end; ++k)
      if (mentions[k].kind == EntityKind::person &&
          std::find(c.participants.begin(), c.participants.end(), mentions[k].key) == c.participants.end())
        c.participants.push_back(mentions[k].key);
    while (d < dates.size() && dates[d].span.begin < p.begin) ++d;
    if (d < dates.size() && dates[d].span.begin < p.end) c.date = static_cast<int32_t>(d);
  }
}

}  // namespace corroborate
