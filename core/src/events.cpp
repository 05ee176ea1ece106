// Events of quantities and dates. Per sentence: the people named in it (or in
// the sentence before, same paragraph), then for each duration, count of
// events and date the nearest event word (claims_events.inc, else a past-tense
// verb next to a count of events).
#include "events.h"

#include <algorithm>

#include "claims_lexicon.h"

namespace corroborate {

namespace {

constexpr std::size_t kEventReach = 6;      // tokens either side of a duration searched for its event
constexpr std::size_t kDateReach = 12;      // tokens either side of a date ("met with <long title and name> in Geneva Friday")
constexpr std::size_t kVerbReach = 3;       // tokens either side of "twice" searched for its verb
constexpr std::size_t kMaxParticipants = 6; // a sentence naming more people is a list, not an event's parties

// Words skipped between a count of events and its verb: "has twice warned him", "called him three times".
constexpr std::string_view kVerbFillers[] = {"already", "also", "had", "has", "have", "her", "him", "it", "them", "us"};

// A duration after these words, or before "ago"/"later", is a time offset or a
// deadline ("meet within two weeks", "met two days ago"), not how long the event lasted.
constexpr std::string_view kOffsetBefore[] = {"after", "before", "by", "in", "within"};
constexpr std::string_view kOffsetAfter[] = {"after", "ago", "before", "earlier", "later"};

template <std::size_t N>
bool listed(const std::string_view (&table)[N], std::string_view w) {
  return std::binary_search(std::begin(table), std::end(table), w);
}

// Words that place a date relative to another event: the event after them is not the dated one.
constexpr std::string_view kRelational[] = {"after", "ahead", "before", "since", "until"};

bool is_quote_mark(const FoldedToken& t) {
  return t.kind == Token::punct && (t.f == "\"" || t.f == "\xE2\x80\x9C" || t.f == "\xE2\x80\x9D" ||
                                    t.f == "\xC2\xAB" || t.f == "\xC2\xBB" || t.f == "\xE2\x80\x9E");
}

bool is_filler(std::string_view f) { return std::binary_search(std::begin(kVerbFillers), std::end(kVerbFillers), f); }

// Lemmas of verbs too general to say what a duration or a date is about
// ("took three hours", "gave a 10-year sentence"); they still name what a
// count of events counts ("went twice").
constexpr std::string_view kGenericLemmas[] = {"begin", "bring", "come", "fall", "give", "go", "hold", "leave",
                                               "lose", "make", "rise", "see", "seek", "send", "take", "tell",
                                               "win", "write"};

// Lemma of an event word, "" when the token names none (or only a generic verb).
std::string event_of(const FoldedToken& t) {
  if (t.kind != Token::word) return {};
  const std::string_view e = claims_lexicon().event(t.f);
  if (listed(kGenericLemmas, e)) return {};
  return std::string(e);
}

// Lemma of a verb next to a count of events: listed, else a regular past form ("warned" → "warn").
std::string verb_of(const FoldedToken& t) {
  std::string e = t.kind == Token::word ? std::string(claims_lexicon().event(t.f)) : std::string();
  if (!e.empty() || t.kind != Token::word || t.cap) return e;
  if (t.f.size() > 4 && t.f.compare(t.f.size() - 2, 2, "ed") == 0) return stem(t.f);
  return {};
}

// Index of the first token of `r` that starts at or after byte `at`.
std::size_t token_at(TokenRange r, uint32_t at) {
  return static_cast<std::size_t>(
      std::lower_bound(r.begin(), r.end(), at, [](const FoldedToken& t, uint32_t a) { return t.span.begin < a; }) -
      r.begin());
}

// The nearest event word to tokens [b, e) within `reach` tokens; ties go to the word before.
std::string nearest_event(TokenRange r, std::size_t b, std::size_t e, std::size_t reach) {
  for (std::size_t d = 1; d <= reach; ++d) {
    if (b >= d) {
      std::string ev = event_of(r[b - d]);
      if (!ev.empty()) return ev;
    }
    if (e + d - 1 < r.size()) {
      std::string ev = event_of(r[e + d - 1]);
      if (!ev.empty()) return ev;
    }
    if (b < d && e + d - 1 >= r.size()) break;
  }
  return {};
}

// The event a date belongs to: the nearest event word before it ("met … in
// Geneva on Friday"), else after it ("On Friday, X met Y"), not past a word
// that relates it to another event ("on Jan. 20 ahead of his meeting").
std::string dated_event(TokenRange r, std::size_t b, std::size_t e, std::size_t& at) {
  // "named in the side today but … with a hearing set for Monday": a date and an event on two sides
  // of "but" or ";" belong to two clauses.
  auto clause_end = [](const FoldedToken& t) { return t.f == "but" || t.f == ";"; };
  for (std::size_t k = b, n = 0; k > 0 && n < kDateReach; --k) {
    n += r[k - 1].kind == Token::word;  // words only: lists of names are full of commas
    if (clause_end(r[k - 1])) break;
    std::string ev = event_of(r[k - 1]);
    if (!ev.empty()) { at = k - 1; return ev; }
  }
  for (std::size_t k = e, n = 0; k < r.size() && n < kDateReach; ++k) {
    n += r[k].kind == Token::word;
    if (listed(kRelational, r[k].f) || is_quote_mark(r[k]) || clause_end(r[k])) break;  // nor into a quotation
    std::string ev = event_of(r[k]);
    if (!ev.empty()) { at = k; return ev; }
  }
  return {};
}

// The verb a count of events counts: right before ("met twice", "called him
// three times") or right after ("has twice warned").
std::string counted_verb(TokenRange r, std::size_t b, std::size_t e) {
  for (std::size_t k = b, n = 0; k > 0 && n < kVerbReach; --k, ++n) {
    const FoldedToken& t = r[k - 1];
    if (t.kind != Token::word) break;
    std::string v = verb_of(t);
    if (!v.empty()) return v;
    if (!is_filler(t.f)) break;
  }
  for (std::size_t k = e, n = 0; k < r.size() && n < kVerbReach; ++k, ++n) {
    const FoldedToken& t = r[k];
    if (t.kind != Token::word) break;
    std::string v = verb_of(t);
    if (!v.empty()) return v;
    if (!is_filler(t.f)) break;
  }
  return {};
}

// --- contact mode of a count of events ------------------------------------
// "met twice" is in person, "twice warned him by telephone" remote. The words are
// searched in the count's own clause only ("who met X last year and has twice
// warned him by telephone": the meeting is another clause's).
constexpr std::size_t kModeReachBefore = 4;  // words before the count ("the two met … twice")
constexpr std::size_t kModeReachAfter = 7;   // words after it ("twice warned him by telephone")
constexpr std::string_view kInPerson[] = {"meet", "meeting", "meetings", "meets", "met", "summit", "summits",
                                          "visit", "visited", "visits"};
constexpr std::string_view kRemote[] = {"call", "called", "calls", "phone", "phoned", "phones", "telephone",
                                        "telephoned", "telephones", "videoconference", "videoconferences",
                                        "videoconferencing", "virtual", "virtually"};
// Clause openers that end the search ("… and has twice warned", "… who met").
constexpr std::string_view kClauseWords[] = {"and", "but", "which", "while", "who"};

struct Mode {
  bool in_person = false, remote = false, explicit_person = false, call_only = true;
  Span span;
  void add(const FoldedToken& t) { span = span.empty() ? t.span : Span{std::min(span.begin, t.span.begin), std::max(span.end, t.span.end)}; }
};

// One token of the clause: records the mode it names. `prev`/`next` are its neighbours (or null).
void mode_word(const FoldedToken& t, const FoldedToken* prev, const FoldedToken* next, Mode& m) {
  if (t.kind != Token::word) return;
  const std::string_view f = t.f;
  if (listed(kRemote, f)) {
    // "called for talks", "called on X to": a demand, not a telephone call.
    if ((f == "called" || f == "call" || f == "calls") && next && (next->f == "for" || next->f == "on")) return;
    m.remote = true;
    m.call_only = m.call_only && (f == "called" || f == "call" || f == "calls");
    m.add(t);
    if (prev && (prev->f == "by" || prev->f == "via" || prev->f == "on")) m.add(*prev);
  } else if (f == "video" && next && (next->f == "call" || next->f == "calls" || next->f == "link" || next->f == "conference")) {
    m.remote = true;
    m.call_only = false;
    m.add(t);
  } else if (listed(kInPerson, f)) {
    m.in_person = true;
    m.add(t);
  } else if ((f == "person" && prev && prev->f == "in") || (f == "face" && next && next->f == "-")) {
    m.in_person = m.explicit_person = true;
    m.add(t);
  }
}

bool clause_break(const FoldedToken& t) {
  if (t.kind == Token::punct) return t.f != "-" && t.f != "'";
  return listed(kClauseWords, t.f);
}

// How the count of events at tokens [b, e) took place: "in person", "remote" or "".
void contact_mode(TokenRange r, std::size_t b, std::size_t e, Quantity& q) {
  Mode m;
  auto at = [&](std::size_t k) { return k < r.size() ? &r[k] : nullptr; };
  for (std::size_t k = b; k < e; ++k) mode_word(r[k], k > 0 ? &r[k - 1] : nullptr, at(k + 1), m);  // "two phone calls"
  for (std::size_t k = b, n = 0; k > 0 && n < kModeReachBefore && !clause_break(r[k - 1]); --k, ++n)
    mode_word(r[k - 1], k >= 2 ? &r[k - 2] : nullptr, at(k), m);
  for (std::size_t k = e, n = 0; k < r.size() && n < kModeReachAfter && !clause_break(r[k]); ++k, ++n)
    mode_word(r[k], k > 0 ? &r[k - 1] : nullptr, at(k + 1), m);
  // "called twice for calm": the count sits between the verb and its "for".
  if (m.remote && m.call_only && e < r.size() && r[e].f == "for") m.remote = false;
  // A remote word overrides a meeting word ("met twice by video link"), unless the clause
  // also says "in person" / "face to face": then it mixes both and says neither.
  if (m.remote && m.explicit_person) return;
  if (!m.remote && !m.in_person) return;
  q.mode = m.remote ? "remote" : "in person";
  q.mode_span = m.span;
}

class EventAttacher {
 public:
  EventAttacher(const TextLayout& layout, const SentenceTokens& tokens, const std::vector<EntityMention>& mentions)
      : layout_(layout), tokens_(tokens), mentions_(mentions) {}

  void run(std::vector<Quantity>& quantities, std::vector<DateMention>& dates) {
    std::size_t qi = 0, di = 0;
    for (std::size_t s = 0; s < layout_.sentences.size(); ++s) {
      const Span span = layout_.sentences[s].span;
      people(s);
      const TokenRange r = tokens_.of(s);
      for (; qi < quantities.size() && quantities[qi].span.begin < span.end; ++qi) {
        Quantity& q = quantities[qi];
        if (q.span.begin < span.begin) continue;
        const bool occurrence = q.dimension == "occurrence";
        const std::size_t b = token_at(r, q.span.begin), e = token_at(r, q.span.end);
        // "two phone calls", "three meetings": a count whose noun is a contact event counts
        // contacts like "met twice" does (its event, people and mode; the slot stays the count's).
        if (q.dimension == "count" && !q.counted.empty()) {
          const std::string_view lemma = claims_lexicon().event(q.counted);
          if (lemma == "meet" || lemma == "call" || lemma == "visit") {
            q.event = std::string(lemma);
            q.participants = participants();
            contact_mode(r, b, e, q);
          }
          continue;
        }
        if (!occurrence && q.dimension != "duration") continue;
        // "after five hours of talks" is how long the talks went on, not an offset.
        const bool of_event = e + 1 < r.size() && r[e].f == "of" && !event_of(r[e + 1]).empty();
        if (!occurrence && !of_event &&
            ((b > 0 && listed(kOffsetBefore, r[b - 1].f)) || (e < r.size() && listed(kOffsetAfter, r[e].f))))
          continue;
        q.event = occurrence ? counted_verb(r, b, e) : std::string();
        if (q.event.empty()) q.event = nearest_event(r, b, e, kEventReach);
        if (occurrence) {
          q.counted = q.event;
          contact_mode(r, b, e, q);
        }
        if (!q.event.empty()) q.participants = participants();
      }
      for (; di < dates.size() && dates[di].span.begin < span.end; ++di) {
        DateMention& d = dates[di];
        if (d.span.begin < span.begin) continue;
        std::size_t at = 0;
        d.event = dated_event(r, token_at(r, d.span.begin), token_at(r, d.span.end), at);
        if (!d.event.empty()) {
          d.participants = participants();
          d.object = named_object(r, at);
        }
      }
    }
  }

 private:
  // People named in sentence s, in text order, each once.
  void people(std::size_t s) {
    const Span span = layout_.sentences[s].span;
    std::vector<std::string> found;
    while (next_mention_ < mentions_.size() && mentions_[next_mention_].span.begin < span.begin) ++next_mention_;
    for (std::size_t m = next_mention_; m < mentions_.size() && mentions_[m].span.begin < span.end; ++m)
      if (mentions_[m].kind == EntityKind::person &&
          std::find(found.begin(), found.end(), mentions_[m].key) == found.end())
        found.push_back(mentions_[m].key);
    // "The meeting lasted 90 minutes." after "X met Y": the sentence before, same paragraph.
    const bool same_paragraph = s > 0 && layout_.sentences[s - 1].paragraph == layout_.sentences[s].paragraph;
    // "The two met twice" / "Both men spoke": the last two people named before.
    const TokenRange r = tokens_.of(s);
    const bool pair = r.size() > 2 && ((r[0].f == "the" && r[1].f == "two") || r[0].f == "both");
    if (pair && found.size() < 2 && !last_two_[0].empty() && !last_two_[1].empty())
      found = {last_two_[0], last_two_[1]};
    for (std::size_t m = next_mention_; m < mentions_.size() && mentions_[m].span.begin < span.end; ++m)
      if (mentions_[m].kind == EntityKind::person && mentions_[m].key != last_two_[1]) {
        last_two_[0] = std::move(last_two_[1]);
        last_two_[1] = mentions_[m].key;
      }
    previous_ = same_paragraph ? std::move(current_) : std::vector<std::string>();
    current_ = std::move(found);
  }
  // The team, place or body named right after an event word ("trip to Manchester United",
  // "visits Sunderland", "a summit in Kell"), past at most two linking words; "" when none or a
  // person (people are participants).
  std::string named_object(TokenRange r, std::size_t at) const {
    static constexpr std::string_view kLinks[] = {"against", "at", "in", "the", "to", "with"};
    for (std::size_t k = at + 1, links = 0; k < r.size() && links <= 2; ++k) {
      const auto m = std::lower_bound(mentions_.begin(), mentions_.end(), r[k].span.begin,
                                      [](const EntityMention& x, uint32_t b) { return x.span.begin < b; });
      if (m != mentions_.end() && m->span.begin == r[k].span.begin)
        return m->kind == EntityKind::person ? std::string() : m->key;
      if (r[k].kind != Token::word || !listed(kLinks, r[k].f)) return {};
      ++links;
    }
    return {};
  }

  std::vector<std::string> participants() const {
    const std::vector<std::string>& p = current_.empty() ? previous_ : current_;
    return p.size() > kMaxParticipants ? std::vector<std::string>() : p;
  }

  const TextLayout& layout_;
  const SentenceTokens& tokens_;
  const std::vector<EntityMention>& mentions_;
  std::size_t next_mention_ = 0;
  std::vector<std::string> current_, previous_;
  std::string last_two_[2];  // the last two distinct people named so far, in order
};

}  // namespace

void attach_events(const TextLayout& layout, const SentenceTokens& tokens, const std::vector<EntityMention>& mentions,
                   std::vector<Quantity>& quantities, std::vector<DateMention>& dates) {
  EventAttacher(layout, tokens, mentions).run(quantities, dates);
}

}  // namespace corroborate
