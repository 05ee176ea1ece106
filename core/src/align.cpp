// Alignment. Every claim becomes a bag of term ids (stemmed content words,
// and one id per linked entity so "Kovalev" = "Kovalyov"); candidate pairs come
// only from shared postings of terms that are rare enough (capped lists), then
// greedy clustering joins the best pairs first, at most one claim per source in
// a group. Quotes, quantity slots and characterizations get their own keys.
#include "align.h"

#include <algorithm>
#include <map>
#include <cmath>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "tokens.h"

namespace corroborate {
namespace {

// --- tunables -------------------------------------------------------------
constexpr std::size_t kMaxPostings = 256;     // terms in more items than this say nothing about pairs
constexpr double kOppositeMinScore = 0.2;     // statements this similar are checked for negation
constexpr std::size_t kOppositeWindow = 6;    // shared terms within this many terms of the negated one
constexpr std::size_t kOppositeContext = 3;   // ... at least this many of them
constexpr std::size_t kNegationReach = 3;     // "would not suspend": negation applies up to 3 words on
constexpr std::size_t kMinStatementTerms = 3; // shorter sentences carry too little to align
constexpr std::size_t kMinClauseTerms = 5;    // a clause aligns alone from this many terms (sentences of twice that)
constexpr std::size_t kMinQuoteTerms = 2;
constexpr std::size_t kMinPartialQuoteTerms = 3;  // shorter fragments ("frank and open") are characterizations
constexpr double kUnknownSpeakerQuote = 0.75; // quotes without a known speaker need this overlap
constexpr double kParaphraseQuote = 0.5;      // reported speech and a direct quote of one speaker: this overlap
constexpr std::size_t kQuoteRunGap = 48;      // bytes between two quotes that may be one quote split in two
constexpr double kQuoteRunShare = 0.7;        // ... when this share of the second one's terms is in the longer wording
constexpr std::size_t kMaxCharacterizationWords = 6;
constexpr std::size_t kCueReach = 6;          // cue verb within this many words before the quote
constexpr std::size_t kEventReach = 6;        // event noun within this many words of a duration
constexpr double kLongestEvent = 30 * 24 * 60;  // minutes: a duration above a month is no meeting's length
constexpr double kCrossNounCount = 100;       // an exact count this large may join an equal count of another noun
constexpr double kSmallCount = 12;            // counts up to this (a dozen) are everywhere in a report
constexpr std::size_t kQuantityContext = 6;   // a quantity's context: this many terms either side of it
constexpr double kVagueRatio = 2.5;           // high/low above this: too wide to conflict
constexpr std::size_t kCommonMinClaims = 40;  // below this many claims, document frequency says little

// Nouns naming a meeting-like event: the thing durations and characterizations are about.
constexpr const char* kEventNouns[] = {
    "meeting", "meetings", "talks", "talk", "discussion", "discussions", "conversation", "conversations",
    "negotiation", "negotiations", "exchange", "exchanges", "dialogue", "dialog", "session", "sessions",
    "summit", "atmosphere", "consultations", "interview", "debate", "hearing", "visit", "encounter"};
// "met" is "held a meeting": the verb counts as the event noun.
constexpr const char* kMeetVerbs[] = {"met", "meet", "meets"};
// Verbs that introduce a description: "described the talks as", "called them".
constexpr const char* kDescribeCues[] = {"described", "describe", "describes", "describing", "called", "calls",
                                         "call", "calling", "termed", "characterized", "characterised",
                                         "labelled", "labeled", "dubbed", "branded", "hailed"};
constexpr const char* kCopulas[] = {"was", "were", "been", "is", "are", "be", "being", "as"};
// Words that negate the content word right after them ("would not suspend", "no plans").
constexpr const char* kNegations[] = {"not", "never", "cannot", "no"};
// Dimensions whose values are compared across sources.
constexpr const char* kComparedDimensions[] = {"duration", "count", "money", "percent", "length",
                                               "weight", "area", "speed", "temperature", "volume"};

template <std::size_t N>
bool in_list(const char* const (&list)[N], std::string_view w) {
  for (const char* s : list)
    if (w == s) return true;
  return false;
}

bool is_negation(std::string_view folded) {
  if (in_list(kNegations, folded)) return true;
  return folded.size() > 3 && folded.compare(folded.size() - 3, 3, "n't") == 0;
}

}  // namespace

// --- terms ----------------------------------------------------------------
// "swiftly" → "swift", "unitedly" → "united": an adverb and its adjective say the same in a
// reworded quote ("swift, severe and united" / "unitedly, swiftly and sharply").
std::string adjective_of(const std::string& w) {
  static const char* const kNotAdverbs[] = {"family", "supply", "reply", "apply", "assembly", "anomaly", "monopoly",
                                            "italy", "rally", "holy", "early", "only", "july", "ally", "belly",
                                            "bully", "jelly", "ugly", "elderly", "likely", "friendly", "lovely"};
  if (w.size() < 6 || w.compare(w.size() - 2, 2, "ly") != 0 || in_list(kNotAdverbs, w)) return w;
  if (w[w.size() - 3] == 'i') return w;  // "happily", "daily": the adjective ends in -y, leave it
  return w.substr(0, w.size() - 2);
}

namespace {

// The alignment term of a content word: stem of its adjective, with irregular participles and
// nouns made from a verb folded into that verb, so a paraphrase matches ("written response" /
// "respond in writing"). A short general list (English morphology), not story words.
std::string base_form(const std::string& w) {
  static const std::unordered_map<std::string, std::string> kIrregular = {
      {"written", "write"},   {"wrote", "write"},     {"spoken", "speak"},      {"spoke", "speak"},
      {"given", "give"},      {"gave", "give"},       {"taken", "take"},        {"took", "take"},
      {"chosen", "choose"},   {"chose", "choose"},    {"broken", "break"},      {"broke", "break"},
      {"driven", "drive"},    {"drove", "drive"},     {"shown", "show"},        {"known", "know"},
      {"knew", "know"},       {"grown", "grow"},      {"grew", "grow"},         {"thrown", "throw"},
      {"threw", "throw"},     {"drawn", "draw"},      {"drew", "draw"},         {"fallen", "fall"},
      {"fell", "fall"},       {"forgotten", "forget"}, {"begun", "begin"},      {"began", "begin"},
      {"sought", "seek"},     {"brought", "bring"},   {"bought", "buy"},        {"thought", "think"},
      {"fought", "fight"},    {"caught", "catch"},    {"taught", "teach"},      {"sent", "send"},
      {"spent", "spend"},     {"built", "build"},     {"lost", "lose"},         {"won", "win"},
      {"held", "hold"},       {"paid", "pay"},          {"told", "tell"},       {"sold", "sell"},         {"left", "leave"},
      {"response", "respond"}, {"responses", "respond"}, {"responded", "respond"}, {"responding", "respond"},
      {"decision", "decide"}, {"decisions", "decide"}, {"agreement", "agree"},   {"agreements", "agree"},
      {"proposal", "propose"}, {"proposals", "propose"}, {"refusal", "refuse"},  {"denial", "deny"},
      {"approval", "approve"}, {"withdrawal", "withdraw"}, {"arrival", "arrive"}, {"departure", "depart"},
      {"failure", "fail"},    {"promise", "promise"}, {"invasion", "invade"},    {"invasions", "invade"},
      {"expectation", "expect"}, {"expectations", "expect"}, {"attendance", "attend"}};
  auto it = kIrregular.find(w);
  return stem(it != kIrregular.end() ? it->second : adjective_of(w));
}

class TermDict {
 public:
  uint32_t id(const std::string& s) {
    auto it = ids_.find(s);
    if (it != ids_.end()) return it->second;
    uint32_t n = static_cast<uint32_t>(ids_.size());
    ids_.emplace(s, n);
    named_.push_back(!s.empty() && (s[0] == '\x01' || s[0] == '\x02'));
    return n;
  }
  std::size_t size() const { return ids_.size(); }
  int64_t find(const std::string& s) const {
    auto it = ids_.find(s);
    return it == ids_.end() ? -1 : static_cast<int64_t>(it->second);
  }
  // An entity or the event term: a name says who, not what happened.
  bool names(uint32_t term) const { return term < named_.size() && named_[term]; }

  // What a folded word is for alignment, memoised: the same few thousand words
  // recur in every article, so stemming and stopword checks run once per word.
  enum : int64_t { kSkip = -1, kNegation = -2, kEventBit = int64_t{1} << 40 };
  int64_t word(const std::string& w) {
    auto it = words_.find(w);
    if (it != words_.end()) return it->second;
    int64_t v;
    if (is_negation(w)) v = kNegation;
    else if (w.size() < 2 || is_stopword(w)) v = kSkip;
    else if (in_list(kEventNouns, w) || in_list(kMeetVerbs, w)) v = id(std::string("\x02event")) | kEventBit;
    else v = id(base_form(w));
    words_.emplace(w, v);
    return v;
  }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<bool> named_;
  std::unordered_map<std::string, int64_t> words_;
};

struct Occurrence {
  uint32_t term;
  Span span;
  bool negated;
  bool event;  // an event noun ("meeting", "talks")
};

// Per source: entity mentions sorted by position, to map words to entity ids.
struct MentionIndex {
  std::vector<const EntityMention*> sorted;
  explicit MentionIndex(const ArticleClaims& c) {
    for (const EntityMention& m : c.entities) sorted.push_back(&m);
    std::sort(sorted.begin(), sorted.end(),
              [](const EntityMention* a, const EntityMention* b) { return a->span.begin < b->span.begin; });
  }
  // The mention covering byte `at`, or null.
  const EntityMention* at(uint32_t pos) const {
    auto it = std::upper_bound(sorted.begin(), sorted.end(), pos,
                               [](uint32_t p, const EntityMention* m) { return p < m->span.begin; });
    if (it == sorted.begin()) return nullptr;
    --it;
    return pos < (*it)->span.end ? *it : nullptr;
  }
};

// Terms of text[range] in order: entity mentions become one entity term each,
// other words are folded, stemmed, stopwords dropped; words after a negation
// are marked. Numbers are left to the quantity slots.
void occurrences(std::string_view text, Span range, const MentionIndex& mentions, TermDict& dict,
                 std::vector<Token>& scratch, std::vector<Occurrence>& out) {
  scratch.clear();
  tokenize(text, range, scratch);
  std::size_t since_negation = kNegationReach + 1;
  bool noun_phrase = false;  // after "no": the negation runs over the adjacent words ("no major breakthrough")
  uint32_t last_end = 0;
  const EntityMention* last_mention = nullptr;
  std::string key;
  for (const Token& t : scratch) {
    if (t.kind != Token::word) continue;
    ++since_negation;
    if (const EntityMention* m = mentions.at(t.span.begin); m && m->entity >= 0) {
      if (m != last_mention) {
        key = "\x01" + std::to_string(m->entity);
        out.push_back({dict.id(key), m->span, false, false});
      }
      last_mention = m;
      continue;
    }
    std::string w = fold(t.span.of(text));
    if (w.size() > 2 && (w.compare(w.size() - 2, 2, "'s") == 0)) w.resize(w.size() - 2);
    int64_t kind = dict.word(w);
    if (kind == TermDict::kNegation) {
      // "No. 18", "world No 1": the abbreviation for number, not a negation.
      if (w == "no") {
        std::size_t next = t.span.end;
        while (next < text.size() && text[next] == ' ') ++next;
        if (next < text.size() && (text[next] == '.' || (text[next] >= '0' && text[next] <= '9'))) continue;
      }
      since_negation = 0;
      noun_phrase = w == "no";
      continue;
    }
    if (kind == TermDict::kSkip) continue;  // a stopword between two words also ends the run (not adjacent)
    bool event = (kind & TermDict::kEventBit) != 0;
    // Only the first content word after a negation carries it: "did not make significant progress" negates "make";
    // after "no", so do the words right next to it ("no major breakthrough" negates "breakthrough" too).
    bool run = noun_phrase && since_negation > kNegationReach && t.span.begin == last_end + 1 && text[last_end] == ' ';
    bool negated = since_negation <= kNegationReach || run;
    noun_phrase = noun_phrase && (since_negation <= kNegationReach || run);
    since_negation = kNegationReach + 1;
    last_end = t.span.end;
    out.push_back({static_cast<uint32_t>(kind & (TermDict::kEventBit - 1)), t.span, negated, event});
  }
}

// --- bags and candidate pairs ----------------------------------------------
struct Bag {
  uint32_t source = 0;
  std::vector<uint32_t> terms;  // sorted, unique
  double weight = 0;            // sum of idf over terms
};

struct Edge {
  uint32_t a, b;
  double score;
};

enum class Measure { jaccard, overlap };

void finish_bag(Bag& bag, const std::vector<double>& idf) {
  std::sort(bag.terms.begin(), bag.terms.end());
  bag.terms.erase(std::unique(bag.terms.begin(), bag.terms.end()), bag.terms.end());
  bag.weight = 0;
  for (uint32_t t : bag.terms) bag.weight += idf[t];
}

// Pairs of bags from different sources whose similarity reaches `threshold`.
// Work is bounded by the capped posting lists. best[i] gets the best score of
// bag i against any other source's bag.
std::vector<Edge> candidate_edges(const std::vector<Bag>& bags, const std::vector<double>& idf, Measure measure,
                                  double threshold, std::vector<double>& best) {
  std::unordered_map<uint32_t, std::vector<uint32_t>> postings;
  for (uint32_t i = 0; i < bags.size(); ++i)
    for (uint32_t t : bags[i].terms) postings[t].push_back(i);
  std::vector<double> acc(bags.size(), 0.0);
  std::vector<uint32_t> touched;
  std::vector<Edge> edges;
  best.assign(bags.size(), 0.0);
  for (uint32_t i = 0; i < bags.size(); ++i) {
    touched.clear();
    for (uint32_t t : bags[i].terms) {
      const std::vector<uint32_t>& list = postings[t];
      if (list.size() > kMaxPostings) continue;
      for (uint32_t j : list) {
        if (j >= i) break;  // each pair once: j < i (lists are in index order)
        if (bags[j].source == bags[i].source) continue;
        if (acc[j] == 0.0) touched.push_back(j);
        acc[j] += idf[t];
      }
    }
    std::size_t first_edge = edges.size();
    for (uint32_t j : touched) {
      double shared = acc[j];
      acc[j] = 0.0;
      double denom = measure == Measure::jaccard ? bags[i].weight + bags[j].weight - shared
                                                 : std::min(bags[i].weight, bags[j].weight);
      double score = denom > 0 ? shared / denom : 0;
      best[i] = std::max(best[i], score);
      best[j] = std::max(best[j], score);
      if (score >= threshold) edges.push_back({j, i, score});
    }
    // Edges in index order (i, then j) whatever the discovery order: sorting the few edges
    // of bag i costs less than sorting every bag it touched.
    std::sort(edges.begin() + static_cast<long>(first_edge), edges.end(),
              [](const Edge& x, const Edge& y) { return x.a < y.a; });
  }
  return edges;
}

// Greedy clustering: best pairs first; two clusters join only when they share
// no source (one claim per source per group keeps chains from swallowing a story).
std::vector<std::vector<uint32_t>> cluster(const std::vector<Bag>& bags, std::vector<Edge> edges) {
  std::stable_sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return x.score > y.score; });
  std::vector<uint32_t> parent(bags.size());
  std::iota(parent.begin(), parent.end(), 0u);
  std::vector<std::vector<uint32_t>> sources(bags.size());
  for (uint32_t i = 0; i < bags.size(); ++i) sources[i] = {bags[i].source};
  auto find = [&](uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // Per cluster, its sources as bits mod 64: disjoint masks prove disjoint sources without a
  // merge; with fewer than 64 sources an overlap proves a shared source.
  std::vector<uint64_t> mask(bags.size());
  uint32_t max_source = 0;
  for (uint32_t i = 0; i < bags.size(); ++i) {
    mask[i] = uint64_t{1} << (bags[i].source % 64);
    max_source = std::max(max_source, bags[i].source);
  }
  std::vector<uint32_t> merged;
  for (const Edge& e : edges) {
    uint32_t ra = find(e.a), rb = find(e.b);
    if (ra == rb) continue;
    if ((mask[ra] & mask[rb]) != 0 && max_source < 64) continue;  // a source would appear twice
    std::vector<uint32_t>& sa = sources[ra];
    std::vector<uint32_t>& sb = sources[rb];
    merged.clear();
    std::set_union(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(merged));
    if (merged.size() != sa.size() + sb.size()) continue;  // a source would appear twice
    if (ra > rb) std::swap(ra, rb);
    parent[rb] = ra;
    mask[ra] |= mask[rb];
    sources[ra].swap(merged);
    sources[rb].clear();
  }
  std::vector<std::vector<uint32_t>> out;
  std::vector<int32_t> slot(bags.size(), -1);
  for (uint32_t i = 0; i < bags.size(); ++i) {
    uint32_t r = find(i);
    if (slot[r] < 0) {
      slot[r] = static_cast<int32_t>(out.size());
      out.emplace_back();
    }
    out[slot[r]].push_back(i);
  }
  return out;
}

// --- the aligner ------------------------------------------------------------
class Aligner {
 public:
  Aligner(const std::vector<SourceView>& sources, const EntityTable& table, const CompareOptions& options)
      : sources_(sources), table_(table), options_(options) {
    for (std::size_t e = 0; e < table.entities.size(); ++e) entity_by_key_.emplace(table.entities[e].key, static_cast<int32_t>(e));
  }

  Alignment run() {
    index_claims();
    Alignment out;
    quote_groups(out);
    characterization_groups(out);
    quantity_groups(out);
    date_groups(out);
    contact_groups(out);
    statement_groups(out);
    denial_groups(out);
    negated_fact_groups(out);
    return out;
  }

 private:
  struct ClaimInfo {
    uint32_t view;                  // index into sources_
    uint32_t claim;
    std::vector<Occurrence> occ;    // every term of the sentence, in order
    std::vector<bool> in_quote;     // per occurrence: inside direct quote content
    // Outside quotes, not event nouns: terms negated / affirmed somewhere in the sentence (sorted).
    // An opposite pair needs a term negated in one and affirmed in the other; most pairs fail this cheap test.
    std::vector<uint32_t> negated_terms, affirmed_terms;
    double notability = 0;
  };

  const ArticleClaims& claims_of(uint32_t view) const { return *sources_[view].claims; }

  void index_claims() {
    std::vector<Token> scratch;
    for (uint32_t v = 0; v < sources_.size(); ++v) {
      const ArticleClaims& ac = claims_of(v);
      mentions_.emplace_back(ac);
      first_claim_.push_back(static_cast<uint32_t>(infos_.size()));
      for (uint32_t c = 0; c < ac.claims.size(); ++c) {
        const Claim& claim = ac.claims[c];
        ClaimInfo info{v, c, {}, {}, {}, {}, 0};
        occurrences(sources_[v].text, claim.span, mentions_.back(), dict_, scratch, info.occ);
        info.in_quote.assign(info.occ.size(), false);
        for (uint32_t q : claim.quotes) {
          if (q >= ac.quotes.size() || !ac.quotes[q].direct) continue;
          Span content = ac.quotes[q].content;
          for (std::size_t k = 0; k < info.occ.size(); ++k)
            if (info.occ[k].span.begin >= content.begin && info.occ[k].span.begin < content.end) info.in_quote[k] = true;
        }
        polarity_terms(info);
        info.notability = notability(ac, claim);
        infos_.push_back(std::move(info));
      }
    }
    // idf over claims: a term in every sentence weighs ~0, a rare name weighs most.
    std::vector<uint32_t>& df = df_;
    df.assign(dict_.size(), 0);
    std::vector<uint32_t> seen(dict_.size(), UINT32_MAX);
    for (uint32_t i = 0; i < infos_.size(); ++i)
      for (const Occurrence& o : infos_[i].occ)
        if (seen[o.term] != i) seen[o.term] = i, ++df[o.term];
    idf_.resize(dict_.size());
    double n = static_cast<double>(infos_.size()) + 1.0;
    for (std::size_t t = 0; t < df.size(); ++t) idf_[t] = std::log(n / (df[t] + 0.5));
  }

  static void polarity_terms(ClaimInfo& info) {
    for (std::size_t k = 0; k < info.occ.size(); ++k)
      if (!info.in_quote[k] && !info.occ[k].event)
        (info.occ[k].negated ? info.negated_terms : info.affirmed_terms).push_back(info.occ[k].term);
    for (std::vector<uint32_t>* v : {&info.negated_terms, &info.affirmed_terms}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
  }

  static bool intersects(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
      if (a[i] == b[j]) return true;
      a[i] < b[j] ? ++i : ++j;
    }
    return false;
  }

  static double notability(const ArticleClaims& ac, const Claim& claim) {
    double score = 0;
    for (uint32_t q : claim.quantities) {
      if (q >= ac.quantities.size()) continue;
      const std::string& dim = ac.quantities[q].dimension;
      if (dim != "year" && dim != "ordinal") score += 2;
    }
    std::vector<int32_t> ents;
    for (uint32_t m : claim.entities)
      if (m < ac.entities.size()) ents.push_back(ac.entities[m].entity);
    std::sort(ents.begin(), ents.end());
    score += static_cast<double>(std::min<std::size_t>(3, std::unique(ents.begin(), ents.end()) - ents.begin()));
    if (!claim.quotes.empty()) score += 1;
    return std::min(score, 8.0);
  }

  int32_t claim_of_sentence(uint32_t view, uint32_t sentence) const {
    const std::vector<Claim>& cs = claims_of(view).claims;
    auto it = std::lower_bound(cs.begin(), cs.end(), sentence, [](const Claim& c, uint32_t s) { return c.sentence < s; });
    if (it == cs.end() || it->sentence != sentence) return -1;
    return static_cast<int32_t>(it - cs.begin());
  }

  // The claim whose span contains byte `pos` (claims are in text order).
  int32_t claim_at(uint32_t view, uint32_t pos) const {
    const std::vector<Claim>& cs = claims_of(view).claims;
    auto it = std::upper_bound(cs.begin(), cs.end(), pos, [](uint32_t p, const Claim& c) { return p < c.span.begin; });
    if (it == cs.begin()) return cs.empty() ? -1 : 0;
    return static_cast<int32_t>(it - cs.begin() - 1);
  }

  int32_t person_entity(const EntityMention* m) const {
    if (!m || m->entity < 0 || static_cast<std::size_t>(m->entity) >= table_.entities.size()) return -1;
    return table_.entities[m->entity].kind == EntityKind::person ? m->entity : -1;
  }

  // Speaker of a quote as an entity index: the mention at its speaker span,
  // else its speaker key looked up in the table.
  int32_t quote_speaker(uint32_t view, const Quote& q) const {
    if (!q.speaker_span.empty()) {
      for (uint32_t p = q.speaker_span.begin; p < q.speaker_span.end; ++p)
        if (const EntityMention* m = mentions_[view].at(p); m && m->entity >= 0) return m->entity;
    }
    if (q.speaker.empty()) return -1;
    auto it = entity_by_key_.find(q.speaker);
    return it == entity_by_key_.end() ? -1 : it->second;
  }

  // The last person named in text[begin, end), else the last person named before `end` in the article.
  int32_t last_person(uint32_t view, uint32_t begin, uint32_t end, bool fallback_to_article) const {
    const std::vector<const EntityMention*>& ms = mentions_[view].sorted;
    for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
      const EntityMention* m = *it;
      if (m->span.end > end) continue;
      if (m->span.begin < begin && !fallback_to_article) return -1;
      if (int32_t e = person_entity(m); e >= 0) return e;
    }
    return -1;
  }

  std::string entity_name(int32_t e) const {
    return e >= 0 && static_cast<std::size_t>(e) < table_.entities.size() ? table_.entities[e].name : std::string();
  }

  // --- quotes -------------------------------------------------------------
  void quote_groups(Alignment& out) {
    std::vector<Bag> bags;
    std::vector<Member> members;
    std::vector<int32_t> speakers;
    std::vector<Token> scratch;
    std::vector<Occurrence> occ;
    std::vector<std::pair<uint32_t, uint32_t>> refs;  // per member: (view, quote index)
    for (uint32_t v = 0; v < sources_.size(); ++v) {
      const ArticleClaims& ac = claims_of(v);
      for (uint32_t qi = 0; qi < ac.quotes.size(); ++qi) {
        const Quote& q = ac.quotes[qi];
        if (q.content.empty()) continue;
        occ.clear();
        occurrences(sources_[v].text, q.content, mentions_[v], dict_, scratch, occ);
        if (occ.size() < kMinQuoteTerms || (q.partial && occ.size() < kMinPartialQuoteTerms)) continue;
        Bag bag{sources_[v].source, {}, 0};
        for (const Occurrence& o : occ) bag.terms.push_back(o.term);
        finish_bag(bag, idf_or_default());
        int32_t claim = claim_of_sentence(v, q.sentence);
        if (claim < 0) claim = claim_at(v, q.content.begin);
        Member m = span_member(v, static_cast<uint32_t>(std::max(claim, 0)), q.whole.empty() ? q.content : q.whole);
        m.content = q.content;
        m.value = std::string(q.content.of(sources_[v].text));
        m.notability = 1 + (claim >= 0 ? infos_[first_claim_[v] + claim].notability : 0);
        m.paraphrase = !q.direct;
        bags.push_back(std::move(bag));
        members.push_back(std::move(m));
        speakers.push_back(quote_speaker(v, q));
        refs.emplace_back(v, qi);
      }
    }
    std::vector<double> best;
    std::vector<Edge> edges = candidate_edges(bags, idf_or_default(), Measure::overlap, options_.quote_variant_threshold, best);
    // Same speaker, or an unknown speaker with a near-identical wording. Reported speech joins
    // only a direct quote of its known speaker (two paraphrases are statements, judged there).
    edges.erase(std::remove_if(edges.begin(), edges.end(),
                               [&](const Edge& e) {
                                 int32_t a = speakers[e.a], b = speakers[e.b];
                                 bool pa = members[e.a].paraphrase, pb = members[e.b].paraphrase;
                                 if (pa || pb) return pa == pb || a < 0 || a != b || e.score < kParaphraseQuote;
                                 if (a >= 0 && b >= 0) return a != b;
                                 return e.score < kUnknownSpeakerQuote;
                               }),
                edges.end());
    std::vector<std::vector<uint32_t>> clusters = cluster(bags, std::move(edges));
    join_split_quotes(clusters, bags, members, speakers, refs);
    for (const std::vector<uint32_t>& c : clusters) {
      if (c.size() == 1 && members[c[0]].paraphrase) continue;  // a lone paraphrase is a statement
      Group g;
      g.kind = GroupKind::quote;
      for (uint32_t i : c) {
        g.members.push_back(members[i]);
        if (g.speaker < 0) g.speaker = speakers[i];
      }
      g.topic = g.speaker >= 0 ? "quote by " + entity_name(g.speaker) : "quote";
      g.best_other = c.size() == 1 ? best[c[0]] : 1.0;
      sort_members(g);
      out.groups.push_back(std::move(g));
    }
  }

  // One outlet prints a long quote whole, another splits it over two paragraphs ("… military
  // action,” X said. / “Those types of …”). The shorter member of a group takes its source's next
  // quote when that quote follows within a few bytes, has the same (or no) speaker, stands alone
  // and shares most of its terms with the group's longest wording: the diff then compares the
  // whole quote, and a change in its second half is a variant, not a silent prefix agreement.
  void join_split_quotes(std::vector<std::vector<uint32_t>>& clusters, const std::vector<Bag>& bags,
                         std::vector<Member>& members, const std::vector<int32_t>& speakers,
                         const std::vector<std::pair<uint32_t, uint32_t>>& refs) {
    std::map<std::pair<uint32_t, uint32_t>, uint32_t> member_of;
    for (uint32_t i = 0; i < refs.size(); ++i) member_of.emplace(refs[i], i);
    std::vector<std::size_t> cluster_of(members.size(), 0);
    for (std::size_t c = 0; c < clusters.size(); ++c)
      for (uint32_t i : clusters[c]) cluster_of[i] = c;
    std::vector<bool> joined(clusters.size(), false);
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      if (clusters[c].size() < 2 || joined[c]) continue;
      uint32_t longest = clusters[c][0];
      for (uint32_t i : clusters[c])
        if (members[i].value.size() > members[longest].value.size()) longest = i;
      const std::vector<uint32_t>& whole = bags[longest].terms;
      for (uint32_t i : clusters[c]) {
        if (i == longest || members[i].paraphrase) continue;
        auto next = member_of.find({refs[i].first, refs[i].second + 1});
        if (next == member_of.end()) continue;
        uint32_t j = next->second;
        std::size_t cj = cluster_of[j];
        if (members[j].paraphrase || clusters[cj].size() != 1 || joined[cj]) continue;
        if (speakers[j] >= 0 && speakers[j] != speakers[i]) continue;
        if (members[j].span.begin < members[i].span.end || members[j].span.begin - members[i].span.end > kQuoteRunGap)
          continue;
        const std::vector<uint32_t>& part = bags[j].terms;
        std::size_t shared = 0;
        for (uint32_t t : part) shared += std::binary_search(whole.begin(), whole.end(), t) ? 1 : 0;
        if (part.empty() || static_cast<double>(shared) < kQuoteRunShare * static_cast<double>(part.size())) continue;
        members[i].span.end = members[j].span.end;
        members[i].content.end = members[j].content.end;
        members[i].value += " " + members[j].value;
        joined[cj] = true;
      }
    }
    std::size_t kept = 0;
    for (std::size_t c = 0; c < clusters.size(); ++c)
      if (!joined[c]) {
        if (kept != c) clusters[kept] = std::move(clusters[c]);  // no self-move: it empties a vector
        ++kept;
      }
    clusters.resize(kept);
  }

  const std::vector<double>& idf_or_default() {
    // Quote occurrences may add terms after the idf table was built: weigh them as rare.
    if (idf_.size() < dict_.size()) idf_.resize(dict_.size(), std::log(static_cast<double>(infos_.size()) + 2.0));
    return idf_;
  }

  static void sort_members(Group& g) {
    std::stable_sort(g.members.begin(), g.members.end(), [](const Member& a, const Member& b) {
      return a.source != b.source ? a.source < b.source : a.span.begin < b.span.begin;
    });
  }

  // --- characterizations ----------------------------------------------------
  // "X described the talks as ‘…’", "X called the meeting ‘…’", "X said the
  // discussion was ‘…’": a short quoted description of a meeting-like event.
  struct Described {
    uint32_t view;
    int32_t speaker;
    Member member;
    std::string subject = "meet";  // event lemma of what was described
  };

  bool describes_event(std::string_view text, Span window) const {
    std::vector<Token> toks;
    tokenize(text, window, toks);
    std::vector<std::string> words;
    for (const Token& t : toks)
      if (t.kind == Token::word) words.push_back(fold(t.span.of(text)));
    if (words.empty()) return false;
    bool cue = in_list(kCopulas, words.back()) || in_list(kDescribeCues, words.back());
    for (std::size_t k = words.size(); !cue && k > 0 && words.size() - k < kCueReach; --k)
      cue = in_list(kDescribeCues, words[k - 1]);
    if (!cue) return false;
    for (std::size_t k = words.size(); k > 0; --k)
      if (in_list(kEventNouns, words[k - 1])) return true;
    return false;
  }

  // The claims stage's characterizations (it checks what is described and marks conditions:
  // "if it proves useful" is not a description), plus short quotes after a cue that it did not
  // look at ("described the atmosphere as …").
  void characterization_groups(Alignment& out) {
    std::vector<Described> found = claimed_descriptions();
    std::vector<Described> quoted = quoted_descriptions();
    found.insert(found.end(), std::make_move_iterator(quoted.begin()), std::make_move_iterator(quoted.end()));
    // One group per speaker and described thing.
    std::stable_sort(found.begin(), found.end(), [](const Described& a, const Described& b) {
      return a.speaker != b.speaker ? a.speaker < b.speaker : a.subject < b.subject;
    });
    for (std::size_t i = 0; i < found.size();) {
      std::size_t j = i;
      Group g;
      g.kind = GroupKind::characterization;
      g.speaker = found[i].speaker;
      g.topic = "how " + entity_name(g.speaker) + " described the " +
                (found[i].subject == "meet" ? std::string("talks") : event_noun(found[i].subject));
      for (; j < found.size() && found[j].speaker == found[i].speaker && found[j].subject == found[i].subject; ++j) {
        std::sort(found[j].member.terms.begin(), found[j].member.terms.end());
        g.members.push_back(std::move(found[j].member));
      }
      sort_members(g);
      out.groups.push_back(std::move(g));
      i = j;
    }
  }

  std::vector<Described> claimed_descriptions() {
    std::vector<Described> found;
    std::vector<Token> scratch;
    std::vector<Occurrence> occ;
    for (uint32_t v = 0; v < sources_.size(); ++v) {
      const ArticleClaims& ac = claims_of(v);
      for (const corroborate::Characterization& ch : ac.characterizations) {
        // A condition or a denial ("not polemical") says what the talks were not: no value to compare.
        if (ch.hypothetical || ch.negated || ch.span.empty() || ch.subject.empty()) continue;
        int32_t speaker = -1;
        if (auto it = entity_by_key_.find(ch.speaker); !ch.speaker.empty() && it != entity_by_key_.end()) speaker = it->second;
        if (speaker < 0 && ch.quote >= 0 && static_cast<std::size_t>(ch.quote) < ac.quotes.size())
          speaker = quote_speaker(v, ac.quotes[ch.quote]);
        if (speaker < 0) speaker = last_person(v, 0, ch.span.begin, true);
        if (speaker < 0) continue;
        int32_t claim = claim_at(v, ch.span.begin);
        if (claim < 0) continue;
        Member m = span_member(v, static_cast<uint32_t>(claim), ch.span);
        m.value = ch.value.empty() ? m.value : ch.value;
        m.notability = 2;
        occ.clear();
        occurrences(sources_[v].text, ch.span, mentions_[v], dict_, scratch, occ);
        for (const Occurrence& o : occ) m.terms.push_back(o.term);
        found.push_back({v, speaker, std::move(m), ch.subject});
      }
    }
    return found;
  }

  std::vector<Described> quoted_descriptions() {
    std::vector<Described> found;
    std::vector<Token> scratch;
    std::vector<Occurrence> occ;
    for (uint32_t v = 0; v < sources_.size(); ++v) {
      const ArticleClaims& ac = claims_of(v);
      std::string_view text = sources_[v].text;
      std::vector<int32_t> judged;  // quotes the claims stage already read as descriptions (or not)
      for (const corroborate::Characterization& ch : ac.characterizations) judged.push_back(ch.quote);
      for (std::size_t qi = 0; qi < ac.quotes.size(); ++qi) {
        const Quote& q = ac.quotes[qi];
        if (!q.direct || q.content.empty()) continue;
        if (std::find(judged.begin(), judged.end(), static_cast<int32_t>(qi)) != judged.end()) continue;
        if (split_count(q.content.of(text)) > kMaxCharacterizationWords) continue;
        int32_t claim = claim_at(v, q.whole.begin);
        if (claim < 0) continue;
        uint32_t sentence_begin = ac.claims[claim].span.begin;
        uint32_t window_begin = sentence_begin;
        if (qi > 0 && ac.quotes[qi - 1].whole.end > window_begin && ac.quotes[qi - 1].whole.end <= q.whole.begin)
          window_begin = ac.quotes[qi - 1].whole.end;
        if (!describes_event(text, Span{sentence_begin, q.whole.begin})) continue;
        // The speaker is the person named in this clause, else the quote's speaker, else the last person named.
        int32_t speaker = last_person(v, window_begin, cue_position(text, Span{window_begin, q.whole.begin}), false);
        if (speaker < 0) speaker = last_person(v, window_begin, q.whole.begin, false);
        if (speaker < 0) speaker = quote_speaker(v, q);
        if (speaker < 0) speaker = last_person(v, 0, q.whole.begin, true);
        if (speaker < 0) continue;
        Member m = span_member(v, static_cast<uint32_t>(claim), q.whole);
        m.content = q.content;
        m.value = std::string(q.content.of(text));
        occ.clear();
        occurrences(text, q.content, mentions_[v], dict_, scratch, occ);
        for (const Occurrence& o : occ) m.terms.push_back(o.term);
        // "described the exchange as ‘candid’ and ‘useful’": one description in two quotes.
        if (!found.empty() && found.back().view == v && found.back().speaker == speaker &&
            found.back().member.span.end <= q.whole.begin && joined_by_and(text, found.back().member.span.end, q.whole.begin)) {
          Member& prev = found.back().member;
          prev.value += " and " + m.value;
          prev.span.end = q.whole.end;
          prev.content.end = q.content.end;
          prev.terms.insert(prev.terms.end(), m.terms.begin(), m.terms.end());
          continue;
        }
        m.notability = 2;
        found.push_back({v, speaker, std::move(m)});
      }
    }
    return found;
  }

  // Start of the last speech or description verb in text[window] ("Blinken said
  // the talks with Lavrov were": the speaker comes before "said"), else its end.
  static uint32_t cue_position(std::string_view text, Span window) {
    static const char* const kSpeech[] = {"said", "says", "told", "added", "stressed", "noted", "insisted"};
    std::vector<Token> toks;
    tokenize(text, window, toks);
    for (auto it = toks.rbegin(); it != toks.rend(); ++it) {
      if (it->kind != Token::word) continue;
      std::string w = fold(it->span.of(text));
      if (in_list(kSpeech, w) || in_list(kDescribeCues, w)) return it->span.begin;
    }
    return window.end;
  }

  static std::size_t split_count(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
      bool space = c == ' ' || c == '\n' || c == '\t';
      if (!space && !in) ++n;
      in = !space;
    }
    return n;
  }

  static bool joined_by_and(std::string_view text, uint32_t from, uint32_t to) {
    if (to < from || to - from > 8) return false;
    std::string gap = fold(text.substr(from, to - from));
    std::string letters;
    for (char c : gap)
      if (c >= 'a' && c <= 'z') letters += c;
    return letters == "and" || letters.empty();
  }

  // --- quantities ------------------------------------------------------------
  struct QuantityItem {
    std::string slot;
    uint32_t view;
    uint32_t claim;
    uint32_t quantity;
  };

  // Slot of a quantity: durations of a meeting-like event, or dimension + unit
  // + what is counted. Empty when the quantity is not comparable.
  std::string quantity_slot(uint32_t view, uint32_t claim, const Quantity& q, std::string& topic) const {
    if (!in_list(kComparedDimensions, q.dimension)) return {};
    // "two seasons ago", "three years ago": when something happened, not an amount.
    if (word_after(sources_[view].text, q.span.end) == "ago") return {};
    // "a 5-1 game", "a 2-0 win": the second half of a score, not an amount.
    if (q.dimension == "count" && after_score_dash(sources_[view].text, q.span.begin)) return {};
    if (q.dimension == "duration") {
      // A meeting, a visit, talks last hours or days; "after seven years of violence", "talking
      // about it for four years" measure something else.
      if (q.low > kLongestEvent) return {};
      // "will meet within two weeks", "every three months": when it happens, not how long it went on
      // ("after four hours of talks" is how long the talks went on).
      static const char* const kWhen[] = {"within", "until", "every", "next"};
      if (in_list(kWhen, word_before(sources_[view].text, q.span.begin))) return {};
      const std::vector<Occurrence>& occ = infos_[first_claim_[view] + claim].occ;
      // Event nouns within a few terms of the quantity: "the three-hour meeting", "five hours of talks".
      std::size_t pos = 0;
      while (pos < occ.size() && occ[pos].span.end <= q.span.begin) ++pos;
      std::size_t lo = pos > kEventReach ? pos - kEventReach : 0, hi = std::min(occ.size(), pos + kEventReach);
      for (std::size_t k = lo; k < hi; ++k)
        if (occ[k].event) {
          std::string word = fold(occ[k].span.of(sources_[view].text));
          topic = "duration of the " + (in_list(kMeetVerbs, word) ? std::string("meeting") : word);
          return "duration|event";
        }
      // No event noun nearby ("met for about two hours"): the event the claims stage attached,
      // when the amount is how long it went on ("for", "lasted"), not when it happens ("within two weeks").
      static const char* const kHowLong[] = {"for", "lasted", "lasting", "lasts", "last"};
      if (q.event.empty() || !in_list(kHowLong, word_before(sources_[view].text, q.span.begin))) return {};
      topic = "duration of the " + event_noun(q.event);
      return "duration|event";
    }
    if (q.counted.empty() && q.dimension == "count") return {};
    // "putts from within 5 feet", "within 10 km of the border": a bound, not a size.
    if (word_before(sources_[view].text, q.span.begin) == "within") return {};
    std::string counted = q.counted.empty() ? std::string() : stem(fold(q.counted));
    topic = q.counted.empty() ? q.dimension : "number of " + plural(q.counted);
    if (q.dimension != "count") topic = q.dimension + (q.counted.empty() ? "" : " of " + plural(q.counted));
    // "a wall 4 feet shorter than …", "10 feet ahead", "three strokes behind": a difference between
    // two things, not the size of one; it is compared only with other differences.
    // ("six games earlier this season", "20 feet below the surface": a time, a depth; not listed.)
    static const char* const kComparatives[] = {"shorter", "longer", "higher", "lower", "taller", "bigger", "smaller",
                                                "larger", "greater", "wider", "deeper", "faster", "slower", "more",
                                                "less", "fewer", "older", "younger", "ahead", "behind", "heavier",
                                                "lighter", "cheaper", "clear", "better", "worse"};
    // "cut by 96 percent", "rose by 5%": a change, not a share.
    bool change = q.dimension == "percent" && word_before(sources_[view].text, q.span.begin) == "by";
    if (change || in_list(kComparatives, word_after(sources_[view].text, q.span.end))) {
      topic = "difference in " + topic;
      return q.dimension + "|" + q.unit + "|" + counted + "|difference";
    }
    return q.dimension + "|" + q.unit + "|" + counted;
  }

  // Is `pos` right after "<digit>-" or "<digit>–" ("5-1", "2–0")?
  static bool after_score_dash(std::string_view text, uint32_t pos) {
    std::size_t dash = 0;
    if (pos >= 1 && text[pos - 1] == '-') dash = 1;
    else if (pos >= 3 && text.compare(pos - 3, 3, "\xE2\x80\x93") == 0) dash = 3;
    return dash && pos > dash && text[pos - dash - 1] >= '0' && text[pos - dash - 1] <= '9';
  }

  // The folded word starting right after byte `pos` ("" at the end or before punctuation).
  static std::string word_after(std::string_view text, uint32_t pos) {
    std::size_t begin = pos;
    while (begin < text.size() && text[begin] == ' ') ++begin;
    std::size_t end = begin;
    while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= 'A' && text[end] <= 'Z'))) ++end;
    return fold(text.substr(begin, end - begin));
  }

  // The folded word ending right before byte `pos` ("" at the start or after punctuation).
  static std::string word_before(std::string_view text, uint32_t pos) {
    std::size_t end = pos;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && ((text[begin - 1] >= 'a' && text[begin - 1] <= 'z') || (text[begin - 1] >= 'A' && text[begin - 1] <= 'Z')))
      --begin;
    return fold(text.substr(begin, end - begin));
  }

  // The noun for an event lemma in a topic: "meet" → "meeting".
  static std::string event_noun(const std::string& lemma) {
    static const char* const kNouns[][2] = {{"meet", "meeting"}, {"talk", "talks"}, {"negotiate", "negotiations"},
                                            {"discuss", "discussion"}, {"speak", "conversation"}};
    for (const auto& p : kNouns)
      if (lemma == p[0]) return p[1];
    return lemma;
  }

  // Do two quantities or dates concern the same event's people? Unknown people match anything;
  // else they share two people, or the one person a side names ("Blinken" ~ "Blinken, Lavrov").
  static bool same_participants(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return true;
    std::size_t shared = 0;
    for (const std::string& x : a) shared += std::find(b.begin(), b.end(), x) != b.end();
    return shared >= std::min<std::size_t>(2, std::min(a.size(), b.size()));
  }

  static std::string plural(const std::string& noun) {
    static const char* const kIrregular[][2] = {{"person", "people"}, {"life", "lives"}, {"child", "children"},
                                                {"man", "men"}, {"woman", "women"}};
    for (const auto& p : kIrregular)
      if (noun == p[0]) return p[1];
    if (noun.empty() || noun.back() == 's') return noun;
    if (noun.back() == 'y' && noun.size() > 1 && std::string("aeiou").find(noun[noun.size() - 2]) == std::string::npos)
      return noun.substr(0, noun.size() - 1) + "ies";
    return noun + "s";
  }

  // In a large corpus, terms in a quarter of all sentences ("said") link nothing.
  bool too_common(uint32_t term) const {
    if (term >= df_.size() || infos_.size() < kCommonMinClaims) return false;
    return df_[term] * 4 > infos_.size();
  }

  void quantity_groups(Alignment& out) {
    std::vector<QuantityItem> items;
    std::unordered_map<std::string, std::string> topics;
    for (uint32_t v = 0; v < sources_.size(); ++v) {
      const ArticleClaims& ac = claims_of(v);
      for (uint32_t c = 0; c < ac.claims.size(); ++c)
        for (uint32_t qi : ac.claims[c].quantities) {
          if (qi >= ac.quantities.size()) continue;
          std::string topic;
          std::string slot = quantity_slot(v, c, ac.quantities[qi], topic);
          if (slot.empty()) continue;
          topics.emplace(slot, topic);
          items.push_back({slot, v, c, qi});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const QuantityItem& a, const QuantityItem& b) { return a.slot < b.slot; });
    std::size_t first_group = out.groups.size();
    for (std::size_t i = 0; i < items.size();) {
      std::size_t j = i;
      while (j < items.size() && items[j].slot == items[i].slot) ++j;
      split_slot(items, i, j, topics[items[i].slot], out);
      i = j;
    }
    same_figure_other_noun(items, first_group, out);
  }

  // "will cut 4,000 jobs and close 125 stores" / "to lay off 4,000 workers, close 125 locations":
  // one figure counted with two nouns. A large exact count that no other source gives for its
  // noun joins another source's equal count of another noun when two words around them match
  // (the same figure alone is too common a coincidence; synonym lists merged soldiers with troops).
  void same_figure_other_noun(const std::vector<QuantityItem>& items, std::size_t first_group, Alignment& out) {
    std::map<std::tuple<uint32_t, uint32_t, uint32_t>, const QuantityItem*> item_at;  // (view, claim, span begin)
    for (const QuantityItem& it : items) item_at.emplace(std::make_tuple(it.view, it.claim, quantity_of(it).span.begin), &it);
    std::vector<QuantityItem> lone;
    for (std::size_t g = first_group; g < out.groups.size(); ++g) {
      const Group& grp = out.groups[g];
      if (grp.kind != GroupKind::quantity || grp.members.empty() || !grp.unit.empty() ||
          grp.members.front().source != grp.members.back().source)
        continue;
      for (const Member& m : grp.members) {
        auto found = item_at.find(std::make_tuple(m.source, m.claim, m.span.begin));
        if (found == item_at.end()) continue;
        const QuantityItem& it = *found->second;
        const Quantity& q = quantity_of(it);
        if (q.dimension == "count" && !q.counted.empty() && q.low == q.high && q.value >= kCrossNounCount &&
            q.approx == Approx::exact)
          lone.push_back({"", it.view, it.claim, it.quantity});
      }
    }
    std::stable_sort(lone.begin(), lone.end(),
                     [&](const QuantityItem& a, const QuantityItem& b) { return quantity_of(a).value < quantity_of(b).value; });
    for (std::size_t i = 0; i < lone.size();) {
      std::size_t j = i;
      std::set<uint32_t> views;
      std::set<std::string> nouns;
      while (j < lone.size() && quantity_of(lone[j]).value == quantity_of(lone[i]).value) {
        views.insert(lone[j].view);
        nouns.insert(plural(quantity_of(lone[j]).counted));
        ++j;
      }
      if (views.size() >= 2 && nouns.size() >= 2) {
        std::string topic;
        for (const std::string& n : nouns) topic += (topic.empty() ? "number of " : " / ") + n;
        std::size_t before = out.groups.size();
        split_slot(lone, i, j, topic, out, 2);
        // Only the joined figures are new; the lone ones are already there.
        out.groups.erase(std::remove_if(out.groups.begin() + static_cast<std::ptrdiff_t>(before), out.groups.end(),
                                        [](const Group& g) { return g.members.size() < 2 || g.members.front().source == g.members.back().source; }),
                         out.groups.end());
      }
      i = j;
    }
  }

  // --- dates -----------------------------------------------------------------
  // Resolved dates of one event ("met on Friday" = 2022-01-21) per event lemma, joined when the
  // people taking part match; compare() decides whether sources disagree.
  // Can this date be the day an event happened? Not a whole year ("aim for a treaty in 2008": a
  // target, too coarse to contradict a day), not the day something was said or offered ("studios
  // said on Friday they would begin talks").
  bool event_date(uint32_t view, const DateMention& d) const {
    if (d.first_day.compare(4, 6, "-01-01") == 0 && d.last_day.compare(4, 6, "-12-31") == 0) return false;
    // (Also the day of an offer or a promise: "offered on Monday to talk", "agreed Friday to meet".)
    static const char* const kSaid[] = {"said", "says", "announced", "told", "stated", "reported", "confirmed",
                                        "offered", "agreed", "pledged", "promised", "proposed", "vowed",
                                        "decided", "invited", "urged", "asked"};
    std::string_view text = sources_[view].text;
    std::string before = word_before(text, d.span.begin);
    if (before == "on") {
      uint32_t at = d.span.begin;
      while (at > 0 && text[at - 1] == ' ') --at;
      before = word_before(text, at >= 2 ? at - 2 : 0);
    }
    return !in_list(kSaid, before);
  }

  void date_groups(Alignment& out) {
    struct Item {
      uint32_t view, claim;
      const DateMention* date;
      bool since;  // "on strike since Nov. 5": when a state began, not the day of another turn in it
    };
    std::vector<Item> items;
    for (uint32_t v = 0; v < sources_.size(); ++v) {
      const ArticleClaims& ac = claims_of(v);
      for (uint32_t c = 0; c < ac.claims.size(); ++c)
        for (uint32_t d : ac.claims[c].dates)
          if (d < ac.dates.size() && !ac.dates[d].event.empty() && ac.dates[d].first_day.size() == 10 &&
              ac.dates[d].last_day.size() == 10 && event_date(v, ac.dates[d]))
            items.push_back({v, c, &ac.dates[d], word_before(sources_[v].text, ac.dates[d].span.begin) == "since"});
    }
    auto key_less = [](const Item& a, const Item& b) {
      return a.date->event != b.date->event ? a.date->event < b.date->event : a.since < b.since;
    };
    std::stable_sort(items.begin(), items.end(), key_less);
    for (std::size_t i = 0; i < items.size();) {
      std::size_t j = i;
      while (j < items.size() && items[j].date->event == items[i].date->event && items[j].since == items[i].since) ++j;
      std::vector<Group> groups;
      std::vector<const std::vector<std::string>*> people;  // first member's participants per group
      std::vector<const std::string*> objects;              // first member's named object per group
      std::unordered_map<uint32_t, std::vector<std::size_t>> groups_with;  // term around a group's first date → groups
      for (std::size_t k = i; k < j; ++k) {
        const Item& it = items[k];
        std::size_t g = 0;
        // A date of nobody's event ("the strike enters its 11th week Monday", "a conference on
        // Dec. 17") may be any event of that kind: it joins a group only when the words around it
        // match the group's first date's (two of them: "Olsen and Reyes met in Port Avel on March 3").
        std::vector<uint32_t> near = near_terms(it.view, it.claim, it.date->span);
        std::unordered_map<std::size_t, uint32_t> shared;  // group → terms in common (through the per-run index)
        for (uint32_t t : near)
          if (auto f = groups_with.find(t); f != groups_with.end())
            for (std::size_t x : f->second) ++shared[x];
        auto shares = [&](std::size_t x) {
          auto f = shared.find(x);
          return f != shared.end() && f->second >= 2;
        };
        // (Two named destinations or opponents, "trip to Manchester United tomorrow" / "visits
        // Sunderland on Sunday", are two events.)
        auto other_object = [&](std::size_t x) {
          return !objects[x]->empty() && !it.date->object.empty() && *objects[x] != it.date->object;
        };
        while (g < groups.size() && (((people[g]->empty() || it.date->participants.empty()) && !shares(g)) ||
                                     !same_participants(*people[g], it.date->participants) || other_object(g)))
          ++g;
        if (g == groups.size()) {
          groups.emplace_back();
          groups.back().kind = GroupKind::date;
          groups.back().topic = "date of the " + event_noun(it.date->event);
          people.push_back(&it.date->participants);
          objects.push_back(&it.date->object);
          for (uint32_t t : near) groups_with[t].push_back(groups.size() - 1);
        }
        Member m = span_member(it.view, it.claim, it.date->span);
        m.low = day_number(it.date->first_day);
        m.high = day_number(it.date->last_day);
        m.value = std::string(it.date->span.of(sources_[it.view].text));
        m.notability = 2;
        m.assumed = it.date->assumed;
        groups[g].members.push_back(std::move(m));
      }
      for (Group& g : groups) {
        sort_members(g);
        out.groups.push_back(std::move(g));
      }
      i = j;
    }
  }

  // --- shared negations ----------------------------------------------------
  // "made no major breakthrough", "did not expect a breakthrough", “We didn't expect any major
  // breakthroughs”: three or more sources negating the same rare word is a fact they share even
  // when the sentences are worded too differently to align. The word is the noun after "no"/
  // "without" or the object of a negated verb (never the verb itself: "did not say" is no fact),
  // rare in the story (mostly used negated), not a name; the sources must already share other
  // groups (one story, not two stories side by side).
  struct NegatedUse {
    uint32_t info;
    uint32_t term;
    Span phrase;  // negation word .. the word
    Span word;    // the negated word itself
  };

  // The negation word just before occurrence k of `ci` (between the previous occurrence and it), or an empty span.
  Span negation_before(const ClaimInfo& ci, std::size_t k, bool& noun) const {
    std::string_view text = sources_[ci.view].text;
    uint32_t from = k > 0 ? ci.occ[k - 1].span.end : claims_of(ci.view).claims[ci.claim].span.begin;
    std::vector<Token> toks;
    tokenize(text, {from, ci.occ[k].span.begin}, toks);
    for (std::size_t i = toks.size(); i-- > 0;) {
      if (toks[i].kind != Token::word) continue;
      std::string f = fold(toks[i].span.of(text));
      if (f == "no" || f == "without") {
        noun = true;
        return toks[i].span;
      }
      if (is_negation(f)) {
        noun = false;
        // "was not immediately clear", "isn't": a copula has no object to negate.
        static const char* const kCopulaForms[] = {"is", "was", "were", "are", "be", "been", "isn't", "wasn't", "weren't", "aren't"};
        std::string before = i > 0 && toks[i - 1].kind == Token::word ? fold(toks[i - 1].span.of(text)) : std::string();
        if (in_list(kCopulaForms, f) || (f == "not" && in_list(kCopulaForms, before))) return {};
        // "did not": the phrase opens at the auxiliary.
        if (f == "not" && !before.empty()) return {toks[i - 1].span.begin, toks[i].span.end};
        return toks[i].span;
      }
    }
    return {};
  }

  // Whether bytes [a, b) of a source's text end a clause (",", ";", "but", ...) between two words.
  static bool clause_gap(std::string_view text, uint32_t a, uint32_t b) {
    for (uint32_t p = a; p < b; ++p)
      if (text[p] == ',' || text[p] == ';' || text[p] == ':' || text[p] == '.' || text[p] == '(') return true;
    std::string gap = fold(text.substr(a, b - a));
    return gap.find(" but ") != std::string::npos || gap.find(" and ") != std::string::npos ||
           gap.find(" while ") != std::string::npos;
  }

  // The folded word starting after byte `pos` (past spaces and quote marks), "" when none.
  static std::string next_word(std::string_view text, uint32_t pos) {
    std::size_t b = pos;
    while (b < text.size() && (text[b] == ' ' || text[b] == '"' || static_cast<unsigned char>(text[b]) >= 0x80)) {
      if (static_cast<unsigned char>(text[b]) >= 0x80 && text.compare(b, 3, "\xE2\x80\x9D") != 0) break;
      b += static_cast<unsigned char>(text[b]) >= 0x80 ? 3 : 1;
    }
    std::size_t e = b;
    while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
    return fold(text.substr(std::min(b, text.size()), e - std::min(b, text.size())));
  }

  // Words between a verb and its object: only determiners and quote marks.
  static bool determiners_only(std::string_view text, uint32_t a, uint32_t b) {
    static const char* const kDeterminers[] = {"a", "an", "any", "the", "much", "many", "its", "his", "her", "their",
                                               "our", "such", "enough", "further", "more", "real", "serious"};
    std::vector<Token> toks;
    tokenize(text, {a, b}, toks);
    for (const Token& t : toks) {
      if (t.kind == Token::punct) {
        std::string_view p = t.span.of(text);
        if (p == "\"" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x98") continue;
        return false;
      }
      if (t.kind != Token::word || !in_list(kDeterminers, fold(t.span.of(text)))) return false;
    }
    return true;
  }

  bool in_date(uint32_t view, Span s) const {
    for (const DateMention& d : claims_of(view).dates)
      if (d.span.begin <= s.begin && s.end <= d.span.end) return true;
    return false;
  }

  // Only spaces, quote marks or a hyphen between two words: one noun phrase.
  static bool adjacent(std::string_view text, uint32_t a, uint32_t b) {
    std::string_view gap = text.substr(a, b - a);
    for (std::size_t p = 0; p < gap.size();) {
      if (gap[p] == ' ' || gap[p] == '-' || gap[p] == '"' || gap[p] == '\'') {
        ++p;
      } else if (gap.compare(p, 3, "\xE2\x80\x9C") == 0 || gap.compare(p, 3, "\xE2\x80\x9D") == 0 ||
                 gap.compare(p, 3, "\xE2\x80\x98") == 0 || gap.compare(p, 3, "\xE2\x80\x99") == 0) {
        p += 3;
      } else {
        return false;
      }
    }
    return true;
  }

  void negated_fact_groups(Alignment& out) {
    static constexpr std::size_t kObjectReach = 3;  // the negated verb's object within 3 content words
    static constexpr std::size_t kMinSources = 3;
    std::vector<NegatedUse> uses;
    for (uint32_t i = 0; i < infos_.size(); ++i) {
      const ClaimInfo& ci = infos_[i];
      std::string_view text = sources_[ci.view].text;
      for (std::size_t k = 0; k < ci.occ.size(); ++k) {
        if (!ci.occ[k].negated) continue;
        bool noun = false;
        Span neg = negation_before(ci, k, noun);
        if (neg.empty()) continue;
        // The head of the negated noun phrase: the last of the first run of adjacent content
        // words ("no major breakthrough", "expect any major breakthroughs to happen"), not its modifiers.
        // A negated verb's object follows it with at most a determiner between ("expect a
        // breakthrough", not "say when the fees …").
        std::size_t j = noun ? k : k + 1;
        if (j >= ci.occ.size() || (j > k && !determiners_only(text, ci.occ[k].span.end, ci.occ[j].span.begin))) continue;
        while (j + 1 < ci.occ.size() && j + 1 <= k + kObjectReach && adjacent(text, ci.occ[j].span.end, ci.occ[j + 1].span.begin) &&
               !in_date(ci.view, ci.occ[j + 1].span))  // "settlement today": the date is no part of the phrase
          ++j;
        const Occurrence& o = ci.occ[j];
        if (o.event || dict_.names(o.term) || too_common(o.term)) continue;
        // Idioms, not facts: "no longer", "no doubt", "no matter", "no way".
        static const char* const kIdioms[] = {"longer", "doubt", "matter", "way", "wonder", "surprise", "exception"};
        if (noun && j == k && in_list(kIdioms, fold(o.span.of(text)))) continue;
        // "No country should …", "no one can": a rule about everyone, not a fact that did not happen.
        static const char* const kModals[] = {"should", "can", "could", "will", "would", "must", "may", "might", "shall", "ought"};
        if (noun && in_list(kModals, next_word(text, o.span.end))) continue;
        uint32_t stop = o.span.end;  // a closing quote mark right after the word belongs to the phrase
        if (text.compare(stop, 3, "\xE2\x80\x9D") == 0) stop += 3;
        else if (stop < text.size() && text[stop] == '"') ++stop;
        uses.push_back({i, o.term, {neg.begin, stop}, o.span});
      }
    }
    if (uses.size() < kMinSources) return;
    // Sources already sharing a group of two or more: the same story.
    std::size_t n = 0;
    for (const SourceView& sv : sources_) n = std::max<std::size_t>(n, sv.source + 1);
    std::vector<uint8_t> linked(n * n, 0);
    for (const Group& g : out.groups) {
      // Shared wording only (a quantity slot or an opposite pair may join two stories on one word).
      if (g.kind != GroupKind::statement && g.kind != GroupKind::quote && g.kind != GroupKind::characterization) continue;
      std::vector<uint32_t> ids;
      for (const Member& m : g.members) ids.push_back(m.source);
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      if (ids.size() < 2 || ids.size() > 64) continue;
      for (uint32_t a : ids)
        for (uint32_t b : ids)
          if (a < n && b < n) linked[a * n + b] = 1;
    }
    std::stable_sort(uses.begin(), uses.end(), [](const NegatedUse& a, const NegatedUse& b) { return a.term < b.term; });
    for (std::size_t i = 0; i < uses.size();) {
      std::size_t j = i;
      while (j < uses.size() && uses[j].term == uses[i].term) ++j;
      negated_fact(uses, i, j, linked, out);
      i = j;
    }
  }

  void negated_fact(const std::vector<NegatedUse>& uses, std::size_t begin, std::size_t end,
                    const std::vector<uint8_t>& linked, Alignment& out) {
    static constexpr std::size_t kMinSources = 3;
    // One use per source: its first.
    std::vector<const NegatedUse*> first;
    std::vector<bool> view_seen(sources_.size(), false);
    for (std::size_t k = begin; k < end; ++k) {
      uint32_t view = infos_[uses[k].info].view;
      if (view < view_seen.size() && view_seen[view]) continue;
      if (view < view_seen.size()) view_seen[view] = true;
      first.push_back(&uses[k]);
    }
    if (first.size() < kMinSources) return;
    // Rare: the story uses the word mostly in these negations (df counts claims, titles included).
    const uint32_t term = uses[begin].term;
    if (term < df_.size() && df_[term] > 2 * first.size() + 2) return;
    // Keep sources that each share wording with every other one (one story): drop the least
    // linked source until every pair is linked.
    const std::size_t n = static_cast<std::size_t>(std::sqrt(static_cast<double>(linked.size())) + 0.5);
    std::vector<const NegatedUse*> kept = first;
    auto source_of = [&](const NegatedUse* u) { return sources_[infos_[u->info].view].source; };
    auto link = [&](const NegatedUse* x, const NegatedUse* y) -> std::size_t {
      uint32_t a = source_of(x), b = source_of(y);
      return a < n && b < n && linked[a * n + b];
    };
    // Link counts computed once and decremented as sources drop (quadratic, not cubic, in sources).
    std::vector<std::size_t> links(kept.size(), 0);
    for (std::size_t x = 0; x < kept.size(); ++x)
      for (std::size_t y = 0; y < kept.size(); ++y)
        if (x != y) links[x] += link(kept[x], kept[y]);
    while (kept.size() >= kMinSources) {
      std::size_t worst = 0, worst_links = SIZE_MAX;
      for (std::size_t x = 0; x < kept.size(); ++x)
        if (links[x] < worst_links) worst = x, worst_links = links[x];
      if (worst_links + 1 == kept.size()) break;
      for (std::size_t x = 0; x < kept.size(); ++x)
        if (x != worst) links[x] -= link(kept[x], kept[worst]);
      kept.erase(kept.begin() + static_cast<long>(worst));
      links.erase(links.begin() + static_cast<long>(worst));
    }
    if (kept.size() < kMinSources) return;
    Group g;
    g.kind = GroupKind::negated;
    for (const NegatedUse* u : kept) {
      const ClaimInfo& ci = infos_[u->info];
      Member m = span_member(ci.view, ci.claim, u->phrase);
      m.notability = 2;
      g.members.push_back(std::move(m));
    }
    // The shortest spelling names it ("breakthrough", not "breakthroughs").
    std::string word;
    for (const NegatedUse* u : kept) {
      std::string w = fold(u->word.of(sources_[infos_[u->info].view].text));
      if (word.empty() || w.size() < word.size()) word = std::move(w);
    }
    g.topic = "no " + word;
    sort_members(g);
    out.groups.push_back(std::move(g));
  }

  // --- denied characterisations ---------------------------------------------
  // "He did not describe it as a direct response to the proposals": the speaker
  // refuses a description other sources give ("provide written responses to the
  // demands"). The described words X split at their first preposition into a
  // head ("response") and a complement ("proposals"); a source asserts X when a
  // sentence has the head (not negated, not in a question) near a complement
  // word, near-synonyms folded (claims_near_synonyms.inc), and shares two more
  // terms with the denying sentence or the one before it (the same thing).
  struct Denial {
    Span clause;       // "did not describe it as … Moscow"
    Span described;    // X
    uint32_t head = 0;                 // synonym class of the head noun's term
    std::vector<uint32_t> complement;  // synonym classes of the complement's terms (sorted)
    std::vector<uint32_t> context;     // terms of the denying sentence outside X and of the sentence before (sorted)
  };

  uint32_t synonym_class(uint32_t term) const {
    auto it = synonyms_.find(term);
    return it == synonyms_.end() ? term : it->second;
  }

  void build_synonyms() {
    static constexpr std::pair<const char*, const char*> kNear[] = {
#include "claims_near_synonyms.inc"
    };
    for (const auto& p : kNear) {
      int64_t a = dict_.word(p.first), b = dict_.word(p.second);
      if (a < 0 || b < 0) continue;
      synonyms_[static_cast<uint32_t>(a & (TermDict::kEventBit - 1))] = static_cast<uint32_t>(b & (TermDict::kEventBit - 1));
    }
  }

  // Finds "<not> describe/call it (as) X", "stopped short of calling it X", "declined/refused to call it X".
  bool find_denial(uint32_t info_index, Denial& d) {
    static const char* const kVerbs[] = {"describe", "call", "characterise", "characterize", "label", "term", "portray",
                                         "describing", "calling", "characterising", "characterizing", "labelling",
                                         "labeling", "terming", "portraying"};
    static const char* const kObjects[] = {"it", "this", "that", "them", "these", "those"};
    static const char* const kPrepositions[] = {"to", "of", "for", "on", "about", "with", "from", "over", "against", "into"};
    static const char* const kEnds[] = {"saying", "but", "while", "because", "although", "though", "adding", "instead"};
    const ClaimInfo& info = infos_[info_index];
    std::string_view text = sources_[info.view].text;
    const Span span = claims_of(info.view).claims[info.claim].span;
    // Most sentences name none of the verbs: skip them before tokenizing.
    static const char* const kStems[] = {"describ", "call", "characteri", "label", "term", "portray"};
    std::string_view raw = span.of(text);
    bool any = false;
    for (const char* stem_text : kStems) any = any || raw.find(stem_text) != std::string_view::npos;
    if (!any) return false;
    std::vector<Token> scratch;
    tokenize(text, span, scratch);
    std::vector<std::string> w(scratch.size());
    for (std::size_t i = 0; i < scratch.size(); ++i) w[i] = scratch[i].kind == Token::word ? fold(scratch[i].span.of(text)) : std::string();
    auto word = [&](std::size_t i) -> const std::string& {
      static const std::string empty;
      return i < w.size() ? w[i] : empty;
    };
    for (std::size_t i = 0; i + 3 < w.size(); ++i) {
      std::size_t v = 0;
      if (is_negation(w[i]) && in_list(kVerbs, word(i + 1))) v = i + 1;
      else if (w[i] == "short" && word(i + 1) == "of" && in_list(kVerbs, word(i + 2))) v = i + 2;  // "stopped short of calling"
      else if ((w[i] == "declined" || w[i] == "refused") && word(i + 1) == "to" && in_list(kVerbs, word(i + 2))) v = i + 2;
      else continue;
      std::size_t x = v + 1;
      if (!in_list(kObjects, word(x))) continue;  // "did not call for …", "did not describe the talks": not a refused label
      ++x;
      if (word(x) == "as") ++x;
      std::size_t end = x, prep = 0;
      while (end < w.size() && end - x < 16 && scratch[end].kind != Token::punct && !in_list(kEnds, w[end])) {
        if (!prep && end > x && in_list(kPrepositions, w[end])) prep = end;
        ++end;
      }
      if (!prep || end <= prep + 1) return false;
      // The clause opens at the auxiliary: "did not describe …", "would not call …".
      static const char* const kAux[] = {"did", "does", "do", "would", "will", "could", "has", "had", "have"};
      std::size_t open = i > 0 && is_negation(w[i]) && w[i] == "not" && in_list(kAux, w[i - 1]) ? i - 1 : i;
      if (w[open] == "short" && open >= 1 && (w[open - 1] == "stopped" || w[open - 1] == "stops" || w[open - 1] == "stop")) --open;
      d.clause = {scratch[open].span.begin, scratch[end - 1].span.end};
      d.described = {scratch[x].span.begin, scratch[end - 1].span.end};
      std::vector<Occurrence> occ;
      occurrences(text, {scratch[x].span.begin, scratch[prep].span.begin}, mentions_[info.view], dict_, scratch_tokens_, occ);
      if (occ.empty() || dict_.names(occ.back().term)) return false;
      d.head = synonym_class(occ.back().term);
      occ.clear();
      occurrences(text, {scratch[prep].span.end, d.described.end}, mentions_[info.view], dict_, scratch_tokens_, occ);
      for (const Occurrence& o : occ)
        if (!o.event && !dict_.names(o.term)) d.complement.push_back(synonym_class(o.term));
      std::sort(d.complement.begin(), d.complement.end());
      d.complement.erase(std::unique(d.complement.begin(), d.complement.end()), d.complement.end());
      if (d.complement.empty()) return false;
      auto add_context = [&](const ClaimInfo& ci) {
        for (const Occurrence& o : ci.occ)
          if (!o.event && (o.span.end <= d.described.begin || o.span.begin >= d.described.end)) d.context.push_back(o.term);
      };
      add_context(info);
      if (info_index > 0 && infos_[info_index - 1].view == info.view) add_context(infos_[info_index - 1]);
      std::sort(d.context.begin(), d.context.end());
      d.context.erase(std::unique(d.context.begin(), d.context.end()), d.context.end());
      return true;
    }
    return false;
  }

  // The words of claim `ci` asserting the denied description ("responses … to Russia's demands"), empty when none.
  Span asserted(const ClaimInfo& ci, const Denial& d) const {
    static constexpr std::size_t kNear = 6;  // complement word within this many terms after the head
    std::string_view text = sources_[ci.view].text;
    const Span span = claims_of(ci.view).claims[ci.claim].span;
    for (std::size_t k = 0; k < ci.occ.size(); ++k) {
      const Occurrence& h = ci.occ[k];
      if (h.negated || synonym_class(h.term) != d.head) continue;
      // "whether X would provide a response": a question, not a statement that it is one.
      std::string before = fold(text.substr(span.begin, h.span.begin - span.begin));
      if (before.find("whether") != std::string::npos || before.find("if ") != std::string::npos) continue;
      for (std::size_t j = k + 1; j < ci.occ.size() && j <= k + kNear; ++j) {
        if (!std::binary_search(d.complement.begin(), d.complement.end(), synonym_class(ci.occ[j].term))) continue;
        std::size_t shared = 0;
        std::vector<uint32_t> seen;
        for (const Occurrence& o : ci.occ) {
          uint32_t c = synonym_class(o.term);
          if (c == d.head || std::binary_search(d.complement.begin(), d.complement.end(), c) || too_common(o.term)) continue;
          if (std::find(seen.begin(), seen.end(), o.term) != seen.end()) continue;
          seen.push_back(o.term);
          shared += std::binary_search(d.context.begin(), d.context.end(), o.term);
        }
        if (shared < 2) return {};
        return {h.span.begin, ci.occ[j].span.end};
      }
    }
    return {};
  }

  void denial_groups(Alignment& out) {
    // Each denial scans every claim of the other sources: a story has a handful, so a cap keeps
    // a page made of thousands of them linear.
    static constexpr std::size_t kMaxDenials = 32;
    build_synonyms();
    std::size_t denials = 0;
    for (uint32_t i = 0; i < infos_.size() && denials < kMaxDenials; ++i) {
      Denial d;
      if (!find_denial(i, d)) continue;
      ++denials;
      const ClaimInfo& info = infos_[i];
      Group g;
      g.kind = GroupKind::denied;
      g.topic = "characterisation";
      Member m = span_member(info.view, info.claim, d.clause);
      m.negated = true;
      m.notability = 2;
      g.members.push_back(std::move(m));
      for (const ClaimInfo& ci : infos_) {
        if (ci.view == info.view) continue;
        Span a = asserted(ci, d);
        if (a.empty()) continue;
        Member am = span_member(ci.view, ci.claim, a);
        am.notability = 2;
        g.members.push_back(std::move(am));
      }
      if (g.members.size() < 2) continue;
      sort_members(g);
      out.groups.push_back(std::move(g));
    }
  }

  // --- contacts --------------------------------------------------------------
  // Counts of events with a contact mode ("met twice", "twice warned him by telephone") between
  // the same two or more people, whatever the verb: compare() decides whether the modes clash.
  void contact_groups(Alignment& out) {
    std::vector<Group> groups;
    std::vector<std::vector<std::string>> people;  // per group: the people its first member names
    for (uint32_t v = 0; v < sources_.size(); ++v) {
      const ArticleClaims& ac = claims_of(v);
      for (uint32_t c = 0; c < ac.claims.size(); ++c)
        for (uint32_t qi : ac.claims[c].quantities) {
          if (qi >= ac.quantities.size()) continue;
          const Quantity& q = ac.quantities[qi];
          if ((q.dimension != "occurrence" && q.dimension != "count") || q.mode.empty() || q.participants.size() < 2) continue;
          std::size_t g = 0;
          // Contacts need two people on both sides: one shared name is not the same pair.
          while (g < groups.size() && shared_people(people[g], q.participants) < 2) ++g;
          if (g == groups.size()) {
            groups.emplace_back();
            groups.back().kind = GroupKind::contact;
            people.push_back(q.participants);
          } else {
            // Keep only the people both name: the pair, not a speaker named beside it.
            std::vector<std::string>& p = people[g];
            p.erase(std::remove_if(p.begin(), p.end(), [&](const std::string& k) {
                      return std::find(q.participants.begin(), q.participants.end(), k) == q.participants.end();
                    }), p.end());
          }
          Span phrase{std::min(q.span.begin, q.mode_span.begin), std::max(q.span.end, q.mode_span.end)};
          Member m = span_member(v, c, phrase);
          m.low = q.low;
          m.high = q.high;
          m.mode = q.mode;
          m.notability = 2;
          groups[g].members.push_back(std::move(m));
        }
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
      std::string names;
      for (std::size_t k = 0; k < people[g].size(); ++k) {
        auto it = entity_by_key_.find(people[g][k]);
        std::string name = it == entity_by_key_.end() ? people[g][k] : entity_name(it->second);
        names += (k == 0 ? "" : k + 1 == people[g].size() ? " and " : ", ") + name;
      }
      groups[g].topic = "how " + names + " were in contact";
      sort_members(groups[g]);
      out.groups.push_back(std::move(groups[g]));
    }
  }

  static std::size_t shared_people(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t n = 0;
    for (const std::string& x : a) n += std::find(b.begin(), b.end(), x) != b.end();
    return n;
  }

  // "2022-01-21" → 20220121: orders and compares like the day it names.
  static double day_number(const std::string& iso) {
    double n = 0;
    for (char c : iso)
      if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
    return n;
  }

  // Terms within kQuantityContext of `span` in a claim (sorted, unique): not event nouns, not the
  // span's own words, not terms too common to say anything.
  std::vector<uint32_t> near_terms(uint32_t view, uint32_t claim, Span span) const {
    const std::vector<Occurrence>& occ = infos_[first_claim_[view] + claim].occ;
    std::size_t pos = 0;
    while (pos < occ.size() && occ[pos].span.end <= span.begin) ++pos;
    std::size_t after = pos;
    while (after < occ.size() && occ[after].span.begin < span.end) ++after;
    std::size_t lo = pos > kQuantityContext ? pos - kQuantityContext : 0, hi = std::min(occ.size(), after + kQuantityContext);
    std::vector<uint32_t> out;
    for (std::size_t i = lo; i < hi; ++i)
      if ((i < pos || i >= after) && !occ[i].event && !too_common(occ[i].term)) out.push_back(occ[i].term);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  const Quantity& quantity_of(const QuantityItem& item) const { return claims_of(item.view).quantities[item.quantity]; }

  // The kind of event a duration measures: its nearest event noun (as quantity_slot finds it) or
  // the event the claims stage attached, with the words for a sit-down meeting folded together
  // ("talks", "meeting", "met", "session"); others ("summit", "hearing", "visit") stay apart.
  std::string event_kind(const QuantityItem& item) const {
    const Quantity& q = quantity_of(item);
    const std::vector<Occurrence>& occ = infos_[first_claim_[item.view] + item.claim].occ;
    std::size_t pos = 0;
    while (pos < occ.size() && occ[pos].span.end <= q.span.begin) ++pos;
    std::size_t lo = pos > kEventReach ? pos - kEventReach : 0, hi = std::min(occ.size(), pos + kEventReach);
    std::string word;
    for (std::size_t k = lo; k < hi && word.empty(); ++k)
      if (occ[k].event) word = fold(occ[k].span.of(sources_[item.view].text));
    if (word.empty()) word = q.event;
    static const char* const kSitDown[] = {"meeting", "meetings", "met", "meet", "meets", "talks", "talk", "discussion",
                                           "discussions", "discuss", "conversation", "conversations", "speak",
                                           "negotiation", "negotiations", "negotiate", "exchange", "exchanges",
                                           "dialogue", "dialog", "session", "sessions", "consultations", "encounter"};
    if (in_list(kSitDown, word)) return "meeting";
    return stem(word);
  }

  // Within one slot, quantities join when their sentences share context terms
  // (beyond the counted noun), so "4,000 trucks at the crossing" meets
  // "6,500 trucks stranded at the crossing" but not "trucks sold last year".
  // `need` words in common join two figures (small counts need two anyway).
  void split_slot(const std::vector<QuantityItem>& items, std::size_t begin, std::size_t end, const std::string& topic,
                  Alignment& out, uint32_t need_large = 1) {
    bool duration = items[begin].slot.compare(0, 9, "duration|") == 0;
    std::size_t n = end - begin;
    std::vector<uint32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0u);
    auto find = [&](uint32_t x) {
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    std::vector<std::vector<uint32_t>> ctx(n);
    for (std::size_t k = 0; k < n; ++k) {
      const QuantityItem& item = items[begin + k];
      const ClaimInfo& info = infos_[first_claim_[item.view] + item.claim];
      const ArticleClaims& ac = claims_of(item.view);
      const Quantity& q = ac.quantities[item.quantity];
      // Context is what surrounds the number: not the number's own words, not the counted noun,
      // and only the words near it. A whole sentence about the story shares its names with every
      // other sentence ("13 people" hurt and "152 people" aboard the same plane), and the words of
      // another number in the sentence describe that number ("nineteen injuries among the 152 people").
      uint32_t counted = q.counted.empty() ? UINT32_MAX : dict_.id(stem(fold(q.counted)));
      auto other_quantity = [&](Span s) {
        for (uint32_t qi : ac.claims[item.claim].quantities)
          if (qi != item.quantity && qi < ac.quantities.size() && s.begin < ac.quantities[qi].span.end &&
              s.end > ac.quantities[qi].span.begin)
            return true;
        return false;
      };
      std::size_t pos = 0;
      while (pos < info.occ.size() && info.occ[pos].span.end <= q.span.begin) ++pos;
      std::size_t lo = pos > kQuantityContext ? pos - kQuantityContext : 0;
      std::size_t after = pos;
      while (after < info.occ.size() && info.occ[after].span.begin < q.span.end) ++after;
      std::size_t hi = std::min(info.occ.size(), after + kQuantityContext);
      for (std::size_t i = lo; i < hi; ++i) {
        const Occurrence& o = info.occ[i];
        bool own = o.span.begin < q.span.end && o.span.end > q.span.begin;
        if (!o.event && !own && o.term != counted && !too_common(o.term) && !other_quantity(o.span)) ctx[k].push_back(o.term);
      }
      std::sort(ctx[k].begin(), ctx[k].end());
      ctx[k].erase(std::unique(ctx[k].begin(), ctx[k].end()), ctx[k].end());
    }
    if (duration) {
      // One meeting's durations join; another meeting (other people) keeps its own slot. When a
      // side names nobody, the event must be the same kind too: "15 minutes at the summit" (of a
      // mountain) is not "a two-hour meeting with the widow".
      std::vector<std::string> kinds(n);
      for (std::size_t k = 0; k < n; ++k) kinds[k] = event_kind(items[begin + k]);
      for (std::size_t k = 1; k < n; ++k)
        for (std::size_t o = 0; o < k; ++o)
          if (find(o) != find(k) && same_participants(quantity_of(items[begin + k]).participants,
                                                      quantity_of(items[begin + o]).participants) &&
              ((!quantity_of(items[begin + k]).participants.empty() && !quantity_of(items[begin + o]).participants.empty()) ||
               kinds[k] == kinds[o])) {
            parent[find(k)] = find(o);
            break;
          }
    } else {
      // Shared context through a per-slot inverted index (lists capped like the others). Small
      // counts ("two rounds", "three putts", "five guys") fill every report, so two of them need
      // two words in common; a larger figure joins on one.
      std::vector<bool> small(n);
      for (std::size_t k = 0; k < n; ++k) {
        const Quantity& q = quantity_of(items[begin + k]);
        small[k] = q.unit.empty() && q.high <= kSmallCount;
      }
      std::unordered_map<uint32_t, std::vector<uint32_t>> with;
      for (uint32_t k = 0; k < n; ++k)
        for (uint32_t t : ctx[k]) with[t].push_back(k);
      std::unordered_map<uint64_t, uint32_t> shared;
      for (const auto& entry : with) {
        const std::vector<uint32_t>& ks = entry.second;
        if (ks.size() > kMaxPostings) continue;
        for (std::size_t x = 0; x < ks.size(); ++x)
          for (std::size_t y = x + 1; y < ks.size(); ++y) {
            // Counting only matters until the two are in one set: skipping pairs already joined
            // keeps the partition and saves most of the hash work on large slots.
            uint32_t rx = find(ks[x]), ry = find(ks[y]);
            if (rx == ry) continue;
            uint32_t need = small[ks[x]] && small[ks[y]] ? 2 : need_large;
            if (need <= 1 || ++shared[(uint64_t{ks[x]} << 32) | ks[y]] == need) parent[ry] = rx;
          }
      }
    }
    std::vector<int32_t> slot(n, -1);
    std::vector<Group> groups;
    for (uint32_t k = 0; k < n; ++k) {
      uint32_t r = find(k);
      if (slot[r] < 0) {
        slot[r] = static_cast<int32_t>(groups.size());
        groups.emplace_back();
        groups.back().kind = GroupKind::quantity;
        groups.back().topic = topic;
      }
      const QuantityItem& it = items[begin + k];
      const Quantity& q = claims_of(it.view).quantities[it.quantity];
      Member m = span_member(it.view, it.claim, q.span);
      m.low = q.low;
      m.high = q.high;
      m.vague = !std::isfinite(q.high) || q.low <= 0 || q.high / std::max(q.low, 1e-9) > kVagueRatio;
      m.notability = 2;
      groups[slot[r]].unit = q.unit;
      groups[slot[r]].members.push_back(std::move(m));
    }
    for (Group& g : groups) {
      sort_members(g);
      out.groups.push_back(std::move(g));
    }
  }

  // --- statements -----------------------------------------------------------
  void statement_groups(Alignment& out) {
    std::vector<Bag> bags;
    std::vector<uint32_t> info_of;
    std::vector<Span> clause_of;  // per bag: the clause it holds, empty for a whole sentence
    for (uint32_t i = 0; i < infos_.size(); ++i) {
      const ClaimInfo& info = infos_[i];
      Bag bag{sources_[info.view].source, {}, 0};
      std::size_t quoted = 0;
      for (std::size_t k = 0; k < info.occ.size(); ++k)
        if (!info.in_quote[k]) bag.terms.push_back(info.occ[k].term);
        else ++quoted;
      if (quoted * 2 >= info.occ.size() && quoted > 0) continue;  // mostly a quote: the quote groups judge it
      finish_bag(bag, idf_);
      if (bag.terms.size() < kMinStatementTerms) continue;
      bags.push_back(std::move(bag));
      info_of.push_back(i);
      clause_of.push_back({});
    }
    const std::size_t sentences = bags.size();
    for (std::size_t b = 0; b < sentences; ++b) clause_bags(info_of[b], bags, info_of, clause_of);
    std::vector<double> best;
    double low = std::min(options_.align_threshold, kOppositeMinScore);
    std::vector<Edge> all = candidate_edges(bags, idf_, Measure::jaccard, low, best);
    std::vector<Edge> whole;  // opposite statements are judged on whole sentences
    for (const Edge& e : all)
      if (e.a < sentences && e.b < sentences) whole.push_back(e);
    opposite_groups(bags, info_of, whole, sentences, out);
    std::vector<Edge> edges;
    std::vector<bool> person = person_terms();
    for (const Edge& e : all)
      if (e.score >= options_.align_threshold && !other_people(bags[e.a], bags[e.b], person)) edges.push_back(e);
    // A sentence is as close to another source as its closest clause.
    std::unordered_map<uint32_t, std::size_t> sentence_bag;
    for (std::size_t b = 0; b < sentences; ++b) sentence_bag.emplace(info_of[b], b);
    for (std::size_t b = sentences; b < bags.size(); ++b) {
      std::size_t s = sentence_bag[info_of[b]];
      best[s] = std::max(best[s], best[b]);
    }
    std::vector<std::vector<uint32_t>> clusters = cluster(bags, std::move(edges));
    split_generic(bags, clusters);
    one_group_per_claim(info_of, clause_of, clusters);
    std::vector<bool> agreed(infos_.size(), false);  // claims in a multi-source group
    for (const std::vector<uint32_t>& c : clusters)
      if (c.size() > 1)
        for (uint32_t b : c) agreed[info_of[b]] = true;
    for (const std::vector<uint32_t>& c : clusters) {
      if (c.size() == 1 && c[0] >= sentences) continue;  // a lone clause: its sentence speaks for it
      Group g;
      g.kind = GroupKind::statement;
      for (uint32_t b : c) {
        g.members.push_back(statement_member(info_of[b]));
        if (!clause_of[b].empty()) {
          const ClaimInfo& info = infos_[info_of[b]];
          g.members.back().span = g.members.back().content = clause_of[b];
          g.members.back().value = std::string(clause_of[b].of(sources_[info.view].text));
        }
      }
      g.best_other = c.size() == 1 ? (agreed[info_of[c[0]]] ? 1.0 : best[c[0]]) : 1.0;
      sort_members(g);
      out.groups.push_back(std::move(g));
    }
  }

  // A sentence and its clauses are separate bags, so one claim can land in two groups (its clause
  // in one, the whole sentence in another): the same evidence would be counted twice. The group
  // with more sources keeps the words; another group keeps a bag of that claim only when the
  // spans do not overlap (one sentence may carry two facts). A group left with one bag splits.
  std::string_view text_of(const ClaimInfo& info, Span span) const { return span.of(sources_[info.view].text); }

  void one_group_per_claim(const std::vector<uint32_t>& info_of, const std::vector<Span>& clause_of,
                           std::vector<std::vector<uint32_t>>& clusters) const {
    auto span_of = [&](uint32_t b) {
      if (!clause_of[b].empty()) return clause_of[b];
      const ClaimInfo& info = infos_[info_of[b]];
      return Span{info.occ.front().span.begin, info.occ.back().span.end};
    };
    std::unordered_map<uint32_t, std::vector<Span>> used;  // claim → spans kept by groups
    auto free = [&](uint32_t b) {
      auto it = used.find(info_of[b]);
      if (it == used.end()) return true;
      Span s = span_of(b);
      for (const Span& u : it->second)
        if (s.begin < u.end && u.begin < s.end) return false;
      return true;
    };
    std::vector<std::size_t> order(clusters.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return clusters[x].size() > clusters[y].size(); });
    // Shared words of a group (non-name, not everywhere) inside / outside spans other groups kept.
    auto mostly_new = [&](const std::vector<uint32_t>& members) {
      std::unordered_map<uint32_t, std::pair<uint32_t, uint32_t>> seen;  // term → (members, members outside)
      for (uint32_t b : members) {
        const ClaimInfo& info = infos_[info_of[b]];
        Span s = span_of(b);
        auto it = used.find(info_of[b]);
        std::vector<uint32_t> once;
        for (std::size_t k = 0; k < info.occ.size(); ++k) {
          const Occurrence& o = info.occ[k];
          if (info.in_quote[k] || o.span.begin < s.begin || o.span.end > s.end) continue;
          if (dict_.names(o.term) || too_common(o.term)) continue;
          // Capitalised inside the sentence: a title or a name ("Foreign Minister"), says who, not what.
          char c0 = text_of(info, o.span)[0];
          if (k > 0 && c0 >= 'A' && c0 <= 'Z') continue;
          bool outside = true;
          if (it != used.end())
            for (const Span& u : it->second) outside = outside && !(o.span.begin < u.end && u.begin < o.span.end);
          if (std::find(once.begin(), once.end(), o.term) != once.end()) continue;
          once.push_back(o.term);
          auto& e = seen[o.term];
          ++e.first;
          e.second += outside;
        }
      }
      // A word is new to this group when two members share it outside what was already kept.
      std::size_t in = 0, out = 0;
      for (const auto& [term, e] : seen)
        if (e.first >= 2) ++(e.second >= 2 ? out : in);
      return out >= 1 && out >= in;
    };
    for (std::size_t c : order) {
      std::vector<uint32_t>& members = clusters[c];
      if (members.size() < 2) continue;
      std::vector<uint32_t> kept;
      bool fresh = mostly_new(members);  // one sentence, two facts: this group is about the other one
      for (uint32_t b : members)
        if (fresh || free(b)) kept.push_back(b);
      if (kept.size() >= 2)
        for (uint32_t b : kept) used[info_of[b]].push_back(span_of(b));
      members.swap(kept);  // one bag left: a single (a lone clause is skipped, its sentence stands)
    }
    clusters.erase(std::remove_if(clusters.begin(), clusters.end(), [](const std::vector<uint32_t>& c) { return c.empty(); }),
                   clusters.end());
  }

  // Per term: is it a person (entity term of a person)?
  std::vector<bool> person_terms() const {
    std::vector<bool> person(dict_.size(), false);
    for (std::size_t e = 0; e < table_.entities.size(); ++e)
      if (table_.entities[e].kind == EntityKind::person)
        if (int64_t t = dict_.find("\x01" + std::to_string(e)); t >= 0) person[static_cast<std::size_t>(t)] = true;
    return person;
  }

  // Both statements name people and none in common: "Lavrov described the talks at his own news
  // conference" is not "Kovalyov, at his own news conference, described the talks".
  static bool other_people(const Bag& a, const Bag& b, const std::vector<bool>& person) {
    bool in_a = false, in_b = false;
    for (uint32_t t : a.terms) in_a = in_a || (t < person.size() && person[t]);
    for (uint32_t t : b.terms) {
      if (t >= person.size() || !person[t]) continue;
      in_b = true;
      if (std::binary_search(a.terms.begin(), a.terms.end(), t)) return false;
    }
    return in_a && in_b;
  }

  // Statements that share only names and words found everywhere ("the two presidents met")
  // carry no checkable claim: such a cluster is split back into single statements.
  void split_generic(const std::vector<Bag>& bags, std::vector<std::vector<uint32_t>>& clusters) const {
    std::vector<std::vector<uint32_t>> singles;
    for (std::vector<uint32_t>& c : clusters) {
      if (c.size() < 2) continue;
      std::unordered_map<uint32_t, uint32_t> seen;
      for (uint32_t b : c)
        for (uint32_t t : bags[b].terms) ++seen[t];
      std::size_t words = 0, names = 0;
      for (const auto& [term, n] : seen) {
        if (n < 2) continue;
        if (dict_.names(term)) ++names;
        else if (!too_common(term)) ++words;
      }
      // One shared word beside two names ("Ukraine will join NATO") is still trivial; three names pin it down.
      if (words >= 2 || (words == 1 && names >= 3)) continue;
      for (std::size_t k = 1; k < c.size(); ++k) singles.push_back({c[k]});
      c.resize(1);
    }
    clusters.insert(clusters.end(), singles.begin(), singles.end());
  }

  // Long sentences also align by clause: "… when Blinken held a meeting with Lavrov in Geneva
  // Friday" matches "Blinken met with Lavrov in Geneva Friday as part of …" although the rest of
  // each sentence differs. Clauses end at , ; : dashes and clause words (when, while, but, …).
  void clause_bags(uint32_t info_index, std::vector<Bag>& bags, std::vector<uint32_t>& info_of,
                   std::vector<Span>& clause_of) const {
    static const char* const kClauseWords[] = {"when", "while", "but", "because", "although", "though", "after",
                                               "before", "whereas", "which", "who", "as", "saying", "adding"};
    // Reported speech: what was said also aligns apart from who said it ("Lavrov said the US agreed
    // to …" ~ "Blinken told him the US would …"), as an extra clause; the clause around it stays.
    static const char* const kReportWords[] = {"that", "said", "says", "told"};
    const ClaimInfo& info = infos_[info_index];
    if (info.occ.size() < 2 * kMinClauseTerms) return;
    std::string_view text = sources_[info.view].text;
    std::size_t start = 0;
    std::vector<std::size_t> reported;  // soft starts inside the current clause
    auto emit = [&](std::size_t from, std::size_t end) {
      std::size_t n = end - from;
      if (n < kMinClauseTerms || n >= info.occ.size()) return;
      Bag bag{sources_[info.view].source, {}, 0};
      for (std::size_t k = from; k < end; ++k)
        if (!info.in_quote[k]) bag.terms.push_back(info.occ[k].term);
      finish_bag(bag, idf_);
      if (bag.terms.size() < kMinClauseTerms) return;
      bags.push_back(std::move(bag));
      info_of.push_back(info_index);
      clause_of.push_back({info.occ[from].span.begin, info.occ[end - 1].span.end});
    };
    auto flush = [&](std::size_t end) {
      emit(start, end);
      // "told him that the US would reply next week to demands that the West withdraw": the
      // middle part alone, and the rest to the clause end.
      for (std::size_t r = 0; r < reported.size(); ++r) {
        emit(reported[r], end);
        if (r + 1 < reported.size()) emit(reported[r], reported[r + 1]);
      }
      reported.clear();
      start = end;
    };
    for (std::size_t k = 1; k < info.occ.size(); ++k) {
      Span gap{info.occ[k - 1].span.end, info.occ[k].span.begin};
      if (gap.end <= gap.begin || (info.in_quote[k - 1] && info.in_quote[k])) continue;  // not inside a quote
      std::string_view between = gap.of(text);
      bool boundary = between.find_first_of(",;:") != std::string_view::npos ||
                      between.find("\xE2\x80\x94") != std::string_view::npos ||
                      between.find("\xE2\x80\x93") != std::string_view::npos;
      bool report = false;
      if (!boundary) {
        std::vector<Token> toks;
        tokenize(text, gap, toks);
        for (const Token& t : toks) {
          if (t.kind != Token::word) continue;
          std::string w = fold(t.span.of(text));
          if (in_list(kClauseWords, w)) boundary = true;
          else if (in_list(kReportWords, w)) report = true;
        }
      }
      // "said" is a content term itself, so it is the previous occurrence rather than in the gap.
      report = report || in_list(kReportWords, fold(info.occ[k - 1].span.of(text)));
      if (boundary) flush(k);
      else if (report && k > start) reported.push_back(k);
    }
    if (start > 0 || !reported.empty()) flush(info.occ.size());
  }

  // A member whose span, content and value are `span` of a claim in one view.
  Member span_member(uint32_t view, uint32_t claim, Span span) const {
    Member m;
    m.source = sources_[view].source;
    m.claim = claim;
    m.span = span;
    m.content = span;
    m.value = std::string(span.of(sources_[view].text));
    return m;
  }

  Member statement_member(uint32_t info_index) const {
    const ClaimInfo& info = infos_[info_index];
    Member m = span_member(info.view, info.claim, claims_of(info.view).claims[info.claim].span);
    m.notability = info.notability;
    return m;
  }

  // Two similar statements where a shared term is negated in one only, with
  // enough shared terms around it: "would suspend the fees" / "would not suspend its fees".
  // Pairs about the same term are merged into one group per connected set of
  // statements, so 50 sources make one conflict, not one per pair.
  void opposite_groups(const std::vector<Bag>& bags, const std::vector<uint32_t>& info_of, const std::vector<Edge>& edges,
                       std::size_t sentences, Alignment& out) {
    struct Hit {
      uint32_t term, a, b;
      int32_t ka, kb;
    };
    std::vector<Hit> hits;
    for (const Edge& e : edges) {
      const ClaimInfo& a = infos_[info_of[e.a]];
      const ClaimInfo& b = infos_[info_of[e.b]];
      int32_t ka = -1, kb = -1;
      if (!find_opposite(a, b, bags[e.a], bags[e.b], ka, kb)) continue;
      hits.push_back({a.occ[ka].term, e.a, e.b, ka, kb});
    }
    // Same-polarity pairs about an opposed term link too, so every source that affirms (or
    // negates) joins the conflict, not only those similar enough overall to a sentence of the other
    // side: a bag holding the term links to a member when the words around the term match.
    std::map<uint32_t, std::vector<uint32_t>> members_of;  // opposed term → bags in its hits
    for (const Hit& h : hits) {
      members_of[h.term].push_back(h.a);
      members_of[h.term].push_back(h.b);
    }
    for (auto& [term, members] : members_of) {
      std::sort(members.begin(), members.end());
      members.erase(std::unique(members.begin(), members.end()), members.end());
      std::vector<uint32_t> holders;
      for (uint32_t c = 0; c < sentences && holders.size() <= kMaxPostings; ++c)
        if (std::binary_search(bags[c].terms.begin(), bags[c].terms.end(), term) &&
            !std::binary_search(members.begin(), members.end(), c))
          holders.push_back(c);
      if (holders.size() > kMaxPostings) continue;  // a term this common says nothing about one statement
      for (uint32_t c : holders)
        for (uint32_t m : members) {
          int32_t kc = -1, km = -1;
          if (bags[c].source == bags[m].source ||
              !same_polarity(infos_[info_of[c]], infos_[info_of[m]], bags[c], bags[m], term, kc, km))
            continue;
          hits.push_back({term, std::min(c, m), std::max(c, m), c < m ? kc : km, c < m ? km : kc});
          break;
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) { return x.term < y.term; });
    for (std::size_t run = 0; run < hits.size();) {
      std::size_t end = run;
      while (end < hits.size() && hits[end].term == hits[run].term) ++end;
      std::unordered_map<uint32_t, uint32_t> parent;
      std::unordered_map<uint32_t, int32_t> occ_of;  // bag → occurrence of the opposed term
      auto find = [&parent](uint32_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
      };
      for (std::size_t h = run; h < end; ++h) {
        for (auto [bag, k] : {std::pair<uint32_t, int32_t>{hits[h].a, hits[h].ka}, {hits[h].b, hits[h].kb}}) {
          if (parent.emplace(bag, bag).second) occ_of.emplace(bag, k);
        }
        uint32_t ra = find(hits[h].a), rb = find(hits[h].b);
        if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
      }
      std::map<uint32_t, std::vector<uint32_t>> components;  // ordered: deterministic output
      for (const auto& entry : parent) components[find(entry.first)].push_back(entry.first);
      for (auto& [root, members] : components) {
        std::sort(members.begin(), members.end());
        bool negated = false, affirmed = false;
        for (uint32_t bag : members) (infos_[info_of[bag]].occ[occ_of[bag]].negated ? negated : affirmed) = true;
        if (!negated || !affirmed) continue;  // linked by same-polarity pairs only
        Group g;
        g.kind = GroupKind::opposite;
        g.topic = "opposite statements";
        for (uint32_t bag : members) {
          const ClaimInfo& info = infos_[info_of[bag]];
          int32_t k = occ_of[bag];
          Member m = statement_member(info_of[bag]);
          m.negated = info.occ[k].negated;
          m.value = std::string(info.occ[k].span.of(sources_[info.view].text));
          m.notability = 3;
          g.members.push_back(std::move(m));
        }
        sort_members(g);
        out.groups.push_back(std::move(g));
      }
      run = end;
    }
  }

  bool find_opposite(const ClaimInfo& a, const ClaimInfo& b, const Bag& ba, const Bag& bb, int32_t& ka, int32_t& kb) const {
    // Every edge of the low threshold comes here (50 similar articles: ~10^5 edges), so rule out
    // pairs without a term negated on one side and affirmed on the other before the nested scan.
    if (!intersects(a.negated_terms, b.affirmed_terms) && !intersects(a.affirmed_terms, b.negated_terms)) return false;
    for (std::size_t i = 0; i < a.occ.size(); ++i) {
      if (a.in_quote[i] || a.occ[i].event || a.occ[i].term >= idf_.size()) continue;
      // The affirming side must not negate the word too: "had no contact, and I don't think there
      // will be any contact" printed by two outlets is one sentence, not two opposite ones.
      // "NJ.com", "U.S": a piece of a dotted name is no word anyone negates.
      const uint32_t at = a.occ[i].span.begin;
      if (at > 0 && sources_[a.view].text[at - 1] == '.') continue;
      const uint32_t term = a.occ[i].term;
      const std::vector<uint32_t>& other_negated = a.occ[i].negated ? b.negated_terms : a.negated_terms;
      if (std::binary_search(other_negated.begin(), other_negated.end(), term)) continue;
      for (std::size_t j = 0; j < b.occ.size(); ++j) {
        if (b.in_quote[j] || a.occ[i].term != b.occ[j].term || a.occ[i].negated == b.occ[j].negated) continue;
        if (shared_near(a, i, bb) >= kOppositeContext && shared_near(b, j, ba) >= kOppositeContext) {
          ka = static_cast<int32_t>(i);
          kb = static_cast<int32_t>(j);
          return true;
        }
      }
    }
    return false;
  }

  // Both statements carry `term` with the same polarity outside quotes, with enough shared terms around it.
  bool same_polarity(const ClaimInfo& a, const ClaimInfo& b, const Bag& ba, const Bag& bb, uint32_t term, int32_t& ka,
                     int32_t& kb) const {
    bool neg = std::binary_search(a.negated_terms.begin(), a.negated_terms.end(), term) &&
               std::binary_search(b.negated_terms.begin(), b.negated_terms.end(), term);
    bool aff = std::binary_search(a.affirmed_terms.begin(), a.affirmed_terms.end(), term) &&
               std::binary_search(b.affirmed_terms.begin(), b.affirmed_terms.end(), term);
    if (!neg && !aff) return false;
    for (std::size_t i = 0; i < a.occ.size(); ++i) {
      if (a.in_quote[i] || a.occ[i].event || a.occ[i].term != term) continue;
      for (std::size_t j = 0; j < b.occ.size(); ++j) {
        if (b.in_quote[j] || b.occ[j].term != term || a.occ[i].negated != b.occ[j].negated) continue;
        if (shared_near(a, i, bb) >= kOppositeContext && shared_near(b, j, ba) >= kOppositeContext) {
          ka = static_cast<int32_t>(i);
          kb = static_cast<int32_t>(j);
          return true;
        }
      }
    }
    return false;
  }

  // How many terms within kOppositeWindow of occurrence k also appear in `other`.
  std::size_t shared_near(const ClaimInfo& info, std::size_t k, const Bag& other) const {
    std::size_t lo = k > kOppositeWindow ? k - kOppositeWindow : 0, hi = std::min(info.occ.size(), k + kOppositeWindow + 1);
    std::size_t n = 0;
    for (std::size_t i = lo; i < hi; ++i)
      if (i != k && std::binary_search(other.terms.begin(), other.terms.end(), info.occ[i].term)) ++n;
    return n;
  }

  const std::vector<SourceView>& sources_;
  const EntityTable& table_;
  const CompareOptions& options_;
  std::unordered_map<std::string, int32_t> entity_by_key_;
  TermDict dict_;
  std::vector<MentionIndex> mentions_;
  std::vector<uint32_t> first_claim_;  // per view: index of its first ClaimInfo
  std::vector<ClaimInfo> infos_;
  std::vector<double> idf_;
  std::vector<uint32_t> df_;           // per term: number of claims containing it
  std::unordered_map<uint32_t, uint32_t> synonyms_;  // term → near-synonym class (denied characterisations only)
  std::vector<Token> scratch_tokens_;
};

}  // namespace

bool compared_dimension(std::string_view dimension) { return in_list(kComparedDimensions, dimension); }

Alignment align(const std::vector<SourceView>& sources, const EntityTable& entities, const CompareOptions& options) {
  Aligner aligner(sources, entities, options);
  return aligner.run();
}

}  // namespace corroborate
