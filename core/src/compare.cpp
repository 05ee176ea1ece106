// compare(): extract every article, extract claims, link entities, align, and
// turn each aligned group into findings a reader can check against the spans.
#include "compare.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <functional>
#include <numeric>
#include <set>

#include "corroborate/extract.h"
#include "dates.h"
#include "diff.h"
#include "tokens.h"

namespace corroborate {
namespace {

// --- tunables -------------------------------------------------------------
constexpr double kUniqueMaxSimilarity = 0.2;   // a claim this close to another source's is not "only one source"
constexpr double kUniqueMinNotability = 2;     // numbers, names, quotes: filler sentences are not findings
constexpr std::size_t kUniquePerSource = 3;    // most notable single-source claims per source
constexpr std::size_t kUniqueSingleSource = 20;  // when only one source is readable, show more of it
constexpr std::size_t kUniqueTotal = 30;
constexpr double kFoldCoverage = 0.6;        // share of a finding's words another must hold to be the same fact
constexpr std::size_t kAgreementTotal = 40;
constexpr std::size_t kSummaryExcerpt = 110;   // characters of an excerpt quoted in a summary
constexpr std::size_t kSummaryChanges = 3;
constexpr long kConsensusSpreadDays = 2;       // dated sources further apart share no day to assume
constexpr double kVagueFigure = 2.5;           // high/low above this: too wide to conflict (as in align)
constexpr double kTrivialCount = 2;            // counts up to this agreeing across outlets are not findings     // word changes named in a quote variant's summary

// Words that precede a name without being part of its spelling.
constexpr const char* kTitleWords[] = {"mr", "mrs", "ms", "dr", "sir", "president", "minister", "secretary", "foreign",
                                       "prime", "chancellor", "senator", "governor", "mayor", "general", "deputy",
                                       "commissioner", "trade", "defence", "defense", "the", "of", "state"};

// --- small helpers ----------------------------------------------------------
std::string join_names(const std::vector<SourceReport>& sources, const std::vector<uint32_t>& ids) {
  std::string out;
  for (uint32_t id : ids) {
    if (!out.empty()) out += ", ";
    out += id < sources.size() ? sources[id].name : "?";
  }
  return out;
}

// Cuts at a UTF-8 boundary near `max` bytes and marks the cut.
std::string shorten(std::string_view s, std::size_t max) {
  std::string flat;
  for (char c : s) flat += (c == '\n' || c == '\t') ? ' ' : c;
  if (flat.size() <= max) return flat;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;
  std::size_t space = flat.rfind(' ', cut);
  if (space != std::string::npos && space > max / 2) cut = space;
  return flat.substr(0, cut) + "…";
}

std::string quoted(std::string_view s) { return "“" + shorten(s, kSummaryExcerpt) + "”"; }

std::string format_number(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

std::string interval_text(const Member& m, const std::string& unit) {
  std::string u = unit.empty() ? "" : " " + unit;
  if (!std::isfinite(m.high)) return "≥ " + format_number(m.low) + u;
  if (m.low == m.high) return format_number(m.low) + u;
  return format_number(m.low) + "–" + format_number(m.high) + u;
}

std::vector<uint32_t> sources_of(const std::vector<Member>& members, bool skip_assumed = false) {
  std::vector<uint32_t> ids;
  for (const Member& m : members)
    if (!(skip_assumed && m.assumed)) ids.push_back(m.source);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<uint32_t> sources_of_members(const std::vector<const Member*>& members) {
  std::vector<uint32_t> ids;
  for (const Member* m : members) ids.push_back(m->source);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::string capitalize(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// Members split into classes of compatible values; each class lists its members.
using Classes = std::vector<std::vector<const Member*>>;

Finding::Value class_value(const std::vector<const Member*>& cls) {
  Finding::Value v;
  std::vector<std::string> shown;
  for (const Member* m : cls) {
    std::string folded = fold(m->value);
    bool dup = false;
    for (const std::string& s : shown) dup = dup || fold(s) == folded;
    if (!dup) shown.push_back(m->value);
    v.sources.push_back(m->source);
  }
  std::sort(v.sources.begin(), v.sources.end());
  v.sources.erase(std::unique(v.sources.begin(), v.sources.end()), v.sources.end());
  for (const std::string& s : shown) v.value += (v.value.empty() ? "" : " / ") + s;
  return v;
}

// "a (A, B) vs b (C)"
std::string values_line(const std::vector<Finding::Value>& values, const std::vector<SourceReport>& sources, bool quote) {
  std::string out;
  for (const Finding::Value& v : values) {
    if (!out.empty()) out += " vs ";
    out += (quote ? quoted(v.value) : shorten(v.value, kSummaryExcerpt)) + " (" + join_names(sources, v.sources) + ")";
  }
  return out;
}

// --- what a count counts: scope and modifiers ---------------------------------
// Folded ASCII words of a stretch of text (other bytes split words).
std::vector<std::string> ascii_words(std::string_view t) {
  std::vector<std::string> out;
  std::string w;
  for (char c : t) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ',') {
      if (c != ',') w += c;
    } else if (c >= 'A' && c <= 'Z') {
      w += static_cast<char>(c - 'A' + 'a');
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool number_like(const std::string& w) {
  static const char* const kWords[] = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                       "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundred", "hundreds",
                                       "thousand", "thousands", "million", "millions", "billion", "billions",
                                       "about", "around", "nearly", "almost", "some", "roughly", "approximately",
                                       "more", "than", "over", "under", "at", "least", "up", "to", "just", "only"};
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// "18 networking products" → "networking"; "8 products" → "": the words between the number and
// the counted noun, which say which things of that kind are counted.
// A capitalised word ("127,000 Russian troops") says whose, not which kind, and a hedge
// ("six suspected militants") says how sure: neither makes another kind of thing.
std::string count_modifier(std::string_view surface) {
  std::vector<std::string> w = ascii_words(surface), shown;
  for (std::size_t at = 0; at < surface.size();) {  // the words as written, to see capitals
    while (at < surface.size() && !std::isalnum(static_cast<unsigned char>(surface[at]))) ++at;
    std::size_t end = at;
    while (end < surface.size() && (std::isalnum(static_cast<unsigned char>(surface[end])) || surface[end] == ',')) ++end;
    if (end > at) shown.emplace_back(surface.substr(at, end - at));
    at = end;
  }
  if (shown.size() != w.size()) return {};
  static const char* const kHedges[] = {"suspected", "alleged", "reported", "estimated", "confirmed", "possible", "other"};
  std::size_t i = 0;
  while (i < w.size() && number_like(w[i])) ++i;
  if (w.size() < 2 || i + 1 >= w.size() || number_like(w.back())) return {};
  std::string out;
  for (std::size_t k = i; k + 1 < w.size(); ++k) {
    bool hedge = false;
    for (const char* h : kHedges) hedge = hedge || w[k] == h;
    if (!number_like(w[k]) && !hedge && !(shown[k][0] >= 'A' && shown[k][0] <= 'Z')) out += (out.empty() ? "" : " ") + w[k];
  }
  return out;
}

// The bytes around a span, up to `before`/`after` spaces away, never past a sentence or clause
// end (. ; ! ? or a line break): the window the scope tests below read.
std::pair<std::size_t, std::size_t> clause_window(std::string_view text, Span span, int before, int after) {
  auto stop = [](char c) { return c == '.' || c == ';' || c == '!' || c == '?' || c == '\n'; };
  std::size_t lo = span.begin, hi = span.end;
  for (int words = 0; lo > 0 && !stop(text[lo - 1]) && words < before; --lo)
    if (text[lo - 1] == ' ') ++words;
  for (int words = 0; hi < text.size() && !stop(text[hi]) && words < after; ++hi)
    if (text[hi] == ' ') ++words;
  return {lo, hi};
}

// Is the figure counted over several events named by a plural event noun after a preposition,
// earlier in its sentence or right after it ("In the victories over A, B and C, he threw seven
// touchdown passes", "seven touchdown passes in his last three games")? Then it sums those
// events and says nothing against one event's figure ("four touchdown passes in the win").
bool several_events(std::string_view text, Span span) {
  auto [lo, hi] = clause_window(text, span, 30, 8);
  static const char* const kPrepositions[] = {"in", "over", "during", "across", "through", "throughout"};
  static const char* const kEvents[] = {"appearances", "bouts", "contests", "defeats", "elections", "fights",
                                        "fixtures", "games", "losses", "matches", "meetings", "outings", "races",
                                        "rounds", "seasons", "starts", "tournaments", "victories", "wins"};
  auto in = [](const char* const* b, const char* const* e, const std::string& w) {
    return std::any_of(b, e, [&](const char* k) { return w == k; });
  };
  auto scan = [&](const std::vector<std::string>& w) {
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (!in(std::begin(kPrepositions), std::end(kPrepositions), w[i])) continue;
      for (std::size_t k = i + 1; k < w.size() && k <= i + 7; ++k)  // "in the Illini's season-ending victories"
        if (in(std::begin(kEvents), std::end(kEvents), w[k])) return true;
    }
    return false;
  };
  return scan(ascii_words(text.substr(lo, span.begin - lo))) || scan(ascii_words(text.substr(span.end, hi - span.end)));
}

// Does the clause around a figure say it is a total over a period or a rate ("965 deaths in air
// crashes in 2007", "a total of", "so far this year", "$5 million a year")? Such a figure counts
// more than one event's, and never contradicts a figure said without that scope.
bool scoped_figure(std::string_view text, Span span) {
  auto [lo, hi] = clause_window(text, span, 5, 8);
  std::vector<std::string> before = ascii_words(text.substr(lo, span.begin - lo));
  std::vector<std::string> after = ascii_words(text.substr(span.end, hi - span.end));
  static const char* const kScope[] = {"total", "totals", "overall", "combined", "annual", "annually", "altogether",
                                       "cumulative", "yearly"};
  // ("including" is not one: "127,000 troops …, including in Belarus" lists a part of the same figure.)
  static const char* const kPeriod[] = {"year", "season", "month", "week"};
  auto scope_in = [&](const std::vector<std::string>& w) {
    for (std::size_t i = 0; i < w.size(); ++i) {
      for (const char* k : kScope)
        if (w[i] == k) return true;
      std::string next = i + 1 < w.size() ? w[i + 1] : std::string();
      if (w[i] == "so" && next == "far") return true;
      if (w[i] == "all" && next == "told") return true;
      if (w[i] == "in" && next.size() == 4 && (next.compare(0, 2, "19") == 0 || next.compare(0, 2, "20") == 0) &&
          next.find_first_not_of("0123456789") == std::string::npos)
        return true;
      for (const char* p : kPeriod)
        if (next == p && (w[i] == "this" || w[i] == "a" || w[i] == "per" || w[i] == "each" || w[i] == "every" ||
                          w[i] == "last"))
          return true;
    }
    return false;
  };
  return scope_in(before) || scope_in(after) || several_events(text, span);
}

// "with two rounds left", "13 seconds remaining", "three games to play": what is still to come,
// never the same figure as what went before ("after three rounds").
bool remaining_figure(std::string_view text, Span span) {
  std::size_t hi = span.end;
  for (int spaces = 0; hi < text.size() && spaces < 3 && text[hi] != '.' && text[hi] != ','; ++hi)
    if (text[hi] == ' ') ++spaces;
  std::vector<std::string> w = ascii_words(text.substr(span.end, hi - span.end));
  if (w.empty()) return false;
  if (w[0] == "left" || w[0] == "remaining") return true;
  return w.size() >= 2 && w[0] == "to" && (w[1] == "go" || w[1] == "play");
}

// Do the classes disagree between sources (not just two values inside one source)? Two
// classes must have no source in common: an outlet giving both values ("two countries" …
// "three neighbouring countries", "frank" and "candid") is speaking of two things, and
// another outlet giving one of them does not contradict it.
// `apart` (when given) says which source pairs belong to two different stories side by side
// ("two countries" in one, "three neighbouring countries" in the other contradict nothing).
// `same_thing` (when given) says which members of two classes count the same thing (a total
// and one event's figure, "rushing touchdowns" and "touchdowns", do not).
bool classes_conflict(const Classes& classes, const std::function<bool(uint32_t, uint32_t)>& apart = nullptr,
                      const std::function<bool(const Member&, const Member&)>& same_thing = nullptr) {
  if (classes.size() < 2) return false;
  std::vector<std::set<uint32_t>> ids(classes.size());
  for (std::size_t c = 0; c < classes.size(); ++c)
    for (const Member* m : classes[c]) ids[c].insert(m->source);
  for (std::size_t x = 0; x < ids.size(); ++x)
    for (std::size_t y = x + 1; y < ids.size(); ++y) {
      bool shared = false, story = false;
      for (uint32_t s : ids[x]) shared = shared || ids[y].count(s) != 0;
      for (const Member* a : classes[x])
        for (const Member* b : classes[y])
          story = story || ((!apart || !apart(a->source, b->source)) && (!same_thing || same_thing(*a, *b)));
      if (!shared && story) return true;
    }
  return false;
}

// --- the builder ------------------------------------------------------------
class FindingBuilder {
 public:
  FindingBuilder(const std::vector<SourceReport>& sources, const EntityTable& entities, std::size_t readable,
                 const CompareOptions& options)
      : sources_(sources), entities_(entities), readable_(readable), options_(options) {}

  std::vector<Finding> run(const Alignment& alignment) {
    // Sources sharing wording (a statement, quote or characterization group) are one story.
    story_.resize(sources_.size());
    std::iota(story_.begin(), story_.end(), 0u);
    story_size_.assign(sources_.size(), 1);
    for (const Group& g : alignment.groups) {
      if (g.kind != GroupKind::statement && g.kind != GroupKind::quote && g.kind != GroupKind::characterization) continue;
      std::vector<uint32_t> ids = sources_of(g.members);
      if (ids.size() > 64) continue;
      bool credits = false;  // "X contributed to this report" in two stories links nothing
      for (const Member& m : g.members) credits = credits || (g.kind == GroupKind::statement && credit_line(excerpt(m)));
      if (credits) continue;
      for (uint32_t b : ids) {
        uint32_t ra = story_of(ids[0]), rb = story_of(b);
        if (ra == rb) continue;
        story_[rb] = ra;
        story_size_[ra] += story_size_[rb];
      }
    }
    // Claims already explained by a multi-source group are not "unique".
    // (A date read against an assumed publication day explains nothing: "on Wednesday" in two
    // undated sources may be two Wednesdays.)
    for (const Group& g : alignment.groups)
      if (g.kind != GroupKind::statement && sources_of(g.members, true).size() >= 2)
        for (const Member& m : g.members) {
          if (m.assumed) continue;
          covered_.insert({m.source, m.claim});
          if (g.kind == GroupKind::opposite) opposed_.insert({m.source, m.claim});
        }
    for (const Group& g : alignment.groups) {
      switch (g.kind) {
        case GroupKind::quote: quote_group(g); break;
        case GroupKind::quantity: quantity_group(g); break;
        case GroupKind::characterization: characterization_group(g); break;
        case GroupKind::opposite: opposite_group(g); break;
        case GroupKind::statement: statement_group(g); break;
        case GroupKind::date: date_group(g); break;
        case GroupKind::contact: contact_group(g); break;
        case GroupKind::denied: denied_group(g); break;
        case GroupKind::negated: negated_group(g); break;
      }
    }
    name_variants();
    one_finding_per_fact();
    order_and_cap();
    return std::move(out_);
  }

 private:
  Evidence evidence(const Member& m, const char* role, std::string value) const {
    const SourceReport& s = sources_[m.source];
    Evidence e;
    e.source = m.source;
    e.text = m.span;
    e.input = s.extraction.input_map.to_input(m.span);
    e.excerpt = std::string(m.span.of(s.extraction.text));
    e.value = std::move(value);
    e.role = role;
    return e;
  }

  Finding& add(FindingKind kind, std::string topic, std::string summary, double importance) {
    out_.emplace_back();
    Finding& f = out_.back();
    f.kind = kind;
    f.topic = std::move(topic);
    f.summary = std::move(summary);
    f.importance = importance;
    return f;
  }

  std::string speaker_name(int32_t e) const {
    return e >= 0 && static_cast<std::size_t>(e) < entities_.entities.size() ? entities_.entities[e].name : std::string();
  }

  // --- quotes ---
  // A direct quote that other sources report as paraphrase: the direct wordings are judged as
  // usual, and the paraphrasing sources join that finding with their sentence as evidence.
  void quote_group(const Group& g) {
    std::vector<const Member*> paraphrases;
    for (const Member& m : g.members)
      if (m.paraphrase) paraphrases.push_back(&m);
    if (paraphrases.empty()) return direct_quote_group(g);
    Group direct = g;
    direct.members.erase(std::remove_if(direct.members.begin(), direct.members.end(), [](const Member& m) { return m.paraphrase; }),
                         direct.members.end());
    if (direct.members.empty()) return;  // paraphrases alone are statements (align keeps none here)
    std::vector<uint32_t> direct_ids = sources_of(direct.members);
    std::size_t before = out_.size();
    if (direct_ids.size() >= 2) direct_quote_group(direct);
    std::vector<uint32_t> ids = sources_of(g.members);
    std::vector<uint32_t> para_ids;
    for (const Member* m : paraphrases) para_ids.push_back(m->source);
    std::sort(para_ids.begin(), para_ids.end());
    para_ids.erase(std::unique(para_ids.begin(), para_ids.end()), para_ids.end());
    std::string also = "; reported as paraphrase by " + join_names(sources_, para_ids) + ": " + quoted(paraphrases[0]->value);
    if (out_.size() > before) {
      Finding& f = out_.back();
      f.sources = ids;
      f.summary += also;
      for (const Member* m : paraphrases) f.evidence.push_back(evidence(*m, "quote", "paraphrase"));
      return;
    }
    std::string who = speaker_name(g.speaker);
    Finding& f = add(FindingKind::agreement, g.topic,
                     (who.empty() ? std::string("Quote") : "Quote by " + who) + " in " + join_names(sources_, direct_ids) + ": " +
                         quoted(direct.members[0].value) + also,
                     10.0 * ids.size() + 1);
    f.sources = ids;
    for (const Member& m : g.members) f.evidence.push_back(evidence(m, "quote", m.paraphrase ? "paraphrase" : ""));
  }

  void direct_quote_group(const Group& g) {
    std::vector<uint32_t> ids = sources_of(g.members);
    if (ids.size() < 2) {
      unique_candidate(g, "quote");
      return;
    }
    // Wordings: members identical after folding case, punctuation and quote marks.
    Classes classes;
    for (const Member& m : g.members) {
      auto it = std::find_if(classes.begin(), classes.end(),
                             [&](const auto& c) { return same_wording(c[0]->value, m.value); });
      if (it == classes.end()) classes.push_back({&m});
      else it->push_back(&m);
    }
    std::vector<DiffOp> diff;
    for (std::size_t k = 1; k < classes.size() && diff.empty(); ++k) {
      std::vector<DiffOp> d = word_diff(classes[0][0]->value, classes[k][0]->value);
      if (differs_inside(d)) diff = std::move(d);
    }
    std::string who = speaker_name(g.speaker);
    std::string label = who.empty() ? "Quote" : "Quote by " + who;
    std::vector<Finding::Value> values;
    for (const auto& c : classes) values.push_back(class_value(c));
    if (diff.empty()) {
      // Same words (or one outlet quoting more of the same sentence): the outlets agree on the quote.
      Finding& f = add(FindingKind::agreement, g.topic,
                       label + " reported by " + std::to_string(ids.size()) + " sources: " + quoted(shortest_value(g)),
                       10.0 * ids.size() + 1);
      fill(f, g, "quote", ids);
      return;
    }
    Finding& f = add(FindingKind::quote_variant, g.topic,
                     label + " worded differently (" + join_names(sources_, ids) + "): " + changes_line(diff),
                     static_cast<double>(ids.size()) + 0.1 * classes.size());
    fill(f, g, "quote", ids);
    f.values = std::move(values);
    f.diff = std::move(diff);
  }

  // The wording every source prints when one quotes more of the sentence than another.
  static const std::string& shortest_value(const Group& g) {
    const Member* best = &g.members[0];
    for (const Member& m : g.members)
      if (m.value.size() < best->value.size()) best = &m;
    return best->value;
  }

  // "“believe” vs “think”; “lie” vs “are”": the first few changes of a diff.
  static std::string changes_line(const std::vector<DiffOp>& diff) {
    std::string out;
    std::size_t shown = 0;
    for (std::size_t i = 0; i < diff.size() && shown < kSummaryChanges; ++i) {
      if (diff[i].op == '=') continue;
      // Leading/trailing extra words (quoting more of the sentence) are not changes.
      bool inner = i > 0 && i + 1 < diff.size();
      if (!inner) continue;
      std::string piece;
      if (diff[i].op == '-' && i + 1 < diff.size() && diff[i + 1].op == '+') {
        piece = quoted(diff[i].text) + " vs " + quoted(diff[i + 1].text);
        ++i;
      } else {
        piece = (diff[i].op == '-' ? "without " : "adds ") + quoted(diff[i].text);
      }
      out += (out.empty() ? "" : "; ") + piece;
      ++shown;
    }
    return out.empty() ? "different wording" : out;
  }

  void fill(Finding& f, const Group& g, const char* role, const std::vector<uint32_t>& ids) const {
    f.sources = ids;
    for (const Member& m : g.members) f.evidence.push_back(evidence(m, role, m.value));
  }

  // Overlapping [low, high] intervals are compatible: sorted by low, a sweep puts each
  // connected run of overlapping intervals in one class (quantities and dates alike).
  static Classes overlap_classes(std::vector<const Member*> members) {
    std::stable_sort(members.begin(), members.end(), [](const Member* a, const Member* b) { return a->low < b->low; });
    Classes classes;
    double reach = -INFINITY;
    for (const Member* m : members) {
      if (classes.empty() || m->low > reach) classes.emplace_back();
      classes.back().push_back(m);
      reach = std::max(reach, m->high);
    }
    return classes;
  }

  // --- quantities ---
  void quantity_group(const Group& g) {
    std::vector<const Member*> precise;
    for (const Member& m : g.members)
      if (!m.vague) precise.push_back(&m);
    std::vector<uint32_t> ids = sources_of(g.members);
    if (ids.size() < 2 || precise.empty()) return;
    Classes classes = overlap_classes(precise);  // a copy: precise is used below
    std::vector<Finding::Value> values;
    for (const auto& c : classes) values.push_back(class_value(c));
    std::string topic = capitalize(g.topic);
    // A source giving two incompatible values in the slot ("three straight birdies" … "seven
    // birdies", "500,000 subscribers" … "683,000 subscribers") counts several things; the slot is
    // not one fact for it, so only sources giving one value can contradict each other.
    std::set<uint32_t> several;
    for (std::size_t x = 0; x < classes.size(); ++x)
      for (std::size_t y = x + 1; y < classes.size(); ++y)
        for (const Member* a : classes[x])
          for (const Member* b : classes[y])
            if (a->source == b->source) several.insert(a->source);
    std::vector<const Member*> single;
    for (const Member* m : precise)
      if (several.count(m->source) == 0) single.push_back(m);
    Classes single_classes = overlap_classes(single);
    // A total or a rate and one event's figure, "18 networking products" and "8 products", one
    // player's "17 saves" and another's "26 saves": two things.
    bool counts = g.unit.empty();
    struct Frame {
      bool scoped, remaining;
      int32_t owner;
      std::string speaker, modifier;
    };
    std::vector<Frame> frames;  // per member of g, computed once
    if (classes.size() > 1)
      for (const Member& m : g.members) {
        const std::string& text = sources_[m.source].extraction.text;
        frames.push_back({scoped_figure(text, m.span), remaining_figure(text, m.span), owner(m), quote_speaker(m), counts ? count_modifier(m.span.of(text)) : ""});
      }
    auto same_thing = [&](const Member& a, const Member& b) {
      const Frame& fa = frames[static_cast<std::size_t>(&a - g.members.data())];
      const Frame& fb = frames[static_cast<std::size_t>(&b - g.members.data())];
      if (fa.scoped != fb.scoped || fa.remaining != fb.remaining) return false;
      if (fa.owner >= 0 && fb.owner >= 0 && fa.owner != fb.owner) return false;
      // Two speakers' own words ("playing 12 guys," one coach said; "find five guys up front," said another).
      if (!fa.speaker.empty() && !fb.speaker.empty() && fa.speaker != fb.speaker) return false;
      return fa.modifier == fb.modifier;
    };
    if (classes_conflict(single_classes, [this](uint32_t a, uint32_t b) { return stories_apart(a, b); }, same_thing)) {
      std::vector<Finding::Value> single_values;
      for (const auto& c : single_classes) single_values.push_back(class_value(c));
      std::vector<uint32_t> single_ids = sources_of_members(single);
      note_conflict(single_classes);
      Finding& f = add(FindingKind::conflict, g.topic, topic + ": " + values_line(single_values, sources_, false),
                       30.0 + static_cast<double>(single_ids.size()));
      f.sources = single_ids;
      for (const Member& m : g.members)
        if (several.count(m.source) == 0) f.evidence.push_back(evidence(m, "quantity", interval_text(m, g.unit)));
      f.values = std::move(single_values);
      return;
    }
    // Values apart but no contradiction (one outlet gives both: "two countries" … "three
    // neighbouring countries"): two things counted, nothing shared to report.
    if (classes.size() > 1) return;
    // A figure one outlet gives precisely and another only vaguely ("8,850 metres" … "over 20,000
    // feet") is not shown as shared: two outlets must give it.
    if (sources_of_members(precise).size() < 2) return;
    // "two ministers" in every outlet is not news; a shared figure above that is.
    bool small = true;
    for (const Member* m : precise) small = small && m->high <= kTrivialCount;
    if (small && g.unit.empty()) return;
    Finding& f = add(FindingKind::agreement, g.topic, topic + ": " + values_line(values, sources_, false),
                     10.0 * ids.size() + 2);
    f.sources = ids;
    for (const Member& m : g.members) f.evidence.push_back(evidence(m, "quantity", interval_text(m, g.unit)));
    f.values = std::move(values);
  }

  uint32_t story_of(uint32_t s) {
    while (story_[s] != s) s = story_[s] = story_[story_[s]];
    return s;
  }
  // Two sources in different stories: each shares wording with other sources, but not with the
  // other one's. A source sharing nothing with anyone (a short report) may be either.
  // Whose figure it is: the person named just before it in its clause ("Manny Olsen made 17
  // saves", "Reyes collected three assists"), not one who only says it ("Olsen said 300 boats").
  // -1 when none.
  int32_t owner(const Member& m) const {
    const ArticleClaims& ac = sources_[m.source].claims;
    const std::string& text = sources_[m.source].extraction.text;
    if (m.claim >= ac.claims.size()) return -1;
    const EntityMention* best = nullptr;
    for (uint32_t e : ac.claims[m.claim].entities)
      if (e < ac.entities.size() && ac.entities[e].kind == EntityKind::person && ac.entities[e].span.end <= m.span.begin &&
          (!best || ac.entities[e].span.end > best->span.end))
        best = &ac.entities[e];
    if (!best) return -1;
    std::string_view between(text.data() + best->span.end, m.span.begin - best->span.end);
    if (between.find_first_of(",;:\"") != std::string_view::npos) return -1;
    std::vector<std::string> w = ascii_words(between);
    static const char* const kSays[] = {"said", "says", "told", "estimated", "estimates", "reported", "added", "according", "put"};
    if (w.empty() || w.size() > 4) return -1;
    for (const char* k : kSays)
      if (w[0] == k) return -1;
    return best->entity >= 0 ? best->entity : -2 - static_cast<int32_t>(std::hash<std::string>()(best->key) & 0xffffff);
  }

  bool stories_apart(uint32_t a, uint32_t b) {
    if (a >= story_.size() || b >= story_.size()) return false;
    uint32_t ra = story_of(a), rb = story_of(b);
    return ra != rb && story_size_[ra] >= 2 && story_size_[rb] >= 2;
  }

  void note_conflict(const Classes& classes) {
    for (std::size_t c = 0; c < classes.size(); ++c)
      for (const Member* m : classes[c]) conflict_side_.emplace(std::make_pair(m->source, m->claim), std::make_pair(conflicts_noted_, c));
    ++conflicts_noted_;
  }

  // --- dates ---
  // Sources disagree on when an event happened when the days they give do not overlap. Only a
  // conflict is news (shared dates show up in the statements); a source giving two dates for the
  // event (another meeting of the same people) counts only when another source names neither.
  void date_group(const Group& g) {
    std::vector<uint32_t> ids = sources_of(g.members);
    if (ids.size() < 2) return;
    std::vector<const Member*> all;
    for (const Member& m : g.members) all.push_back(&m);
    Classes classes = overlap_classes(std::move(all));
    bool disjoint = false;
    for (std::size_t x = 0; x < classes.size() && !disjoint; ++x)
      for (std::size_t y = x + 1; y < classes.size() && !disjoint; ++y) {
        bool shared = false, story = false;
        for (const Member* a : classes[x])
          for (const Member* b : classes[y]) {
            shared = shared || a->source == b->source;
            // A date read against an assumed publication day may be off by that day: two own dates needed.
            story = story || (!a->assumed && !b->assumed && !stories_apart(a->source, b->source));
          }
        disjoint = !shared && story;
      }
    if (!disjoint) return;
    note_conflict(classes);
    std::vector<Finding::Value> values;
    for (const auto& c : classes) values.push_back(class_value(c));
    Finding& f = add(FindingKind::conflict, g.topic, capitalize(g.topic) + ": " + values_line(values, sources_, false),
                     30.0 + static_cast<double>(ids.size()));
    f.sources = ids;
    for (const Member& m : g.members) {
      f.evidence.push_back(evidence(m, "date", day_text(m)));
      f.evidence.back().assumed_date = m.assumed;
    }
    f.values = std::move(values);
  }

  // --- contacts ---
  // "The two met twice" vs "has twice warned him by telephone": the same number of contacts
  // between the same people, in person in one source and remote in another, cannot both be
  // true. Different counts may be different contacts (met twice, called five times): no conflict.
  void contact_group(const Group& g) {
    std::vector<uint32_t> ids = sources_of(g.members);
    if (ids.size() < 2) return;
    bool clash = false;
    for (const Member& a : g.members)
      for (const Member& b : g.members)
        clash = clash || (a.source != b.source && a.mode != b.mode && a.low <= b.high && b.low <= a.high &&
                          same_period(a, b));
    if (!clash) return;
    Classes classes;
    for (const Member& m : g.members) {
      auto it = std::find_if(classes.begin(), classes.end(), [&](const auto& c) { return c[0]->mode == m.mode; });
      if (it == classes.end()) classes.push_back({&m});
      else it->push_back(&m);
    }
    note_conflict(classes);
    std::vector<Finding::Value> values;
    for (const auto& c : classes) values.push_back(class_value(c));
    Finding& f = add(FindingKind::conflict, g.topic, capitalize(g.topic) + ": " + values_line(values, sources_, false),
                     30.0 + static_cast<double>(ids.size()));
    f.sources = ids;
    for (const Member& m : g.members) f.evidence.push_back(evidence(m, "quantity", format_number(m.low) + " " + m.mode));
    f.values = std::move(values);
  }

  // --- shared negations ---
  // "no major breakthrough" / "did not expect a breakthrough" in 3+ sources: an agreement on what
  // did not happen, each source's own words as evidence (a quote when inside one).
  void negated_group(const Group& g) {
    std::vector<uint32_t> ids = sources_of(g.members);
    if (ids.size() < 3) return;
    const Member* shortest = &g.members[0];
    for (const Member& m : g.members)
      if (m.span.size() < shortest->span.size()) shortest = &m;
    Finding& f = add(FindingKind::agreement, g.topic,
                     "Reported by " + std::to_string(ids.size()) + " sources (" + join_names(sources_, ids) +
                         "): " + quoted(shortest->value),
                     10.0 * ids.size() + 0.2);
    f.sources = ids;
    for (const Member& m : g.members) f.evidence.push_back(evidence(m, in_direct_quote(m) ? "quote" : "statement", ""));
  }

  // The speaker of the direct quote a member lies in ("" when none or unknown).
  std::string quote_speaker(const Member& m) const {
    for (const Quote& q : sources_[m.source].claims.quotes)
      if (q.direct && q.content.begin <= m.span.begin && m.span.end <= q.content.end) return q.speaker;
    return {};
  }

  bool in_direct_quote(const Member& m) const {
    for (const Quote& q : sources_[m.source].claims.quotes)
      if (q.direct && q.content.begin <= m.span.begin && m.span.end <= q.content.end) return true;
    return false;
  }

  // The resolved days of a member's sentence ("met twice in May"), "" when it gives none.
  std::pair<std::string, std::string> period(const Member& m) const {
    const ArticleClaims& ac = sources_[m.source].claims;
    std::pair<std::string, std::string> p;
    if (m.claim >= ac.claims.size()) return p;
    for (uint32_t d : ac.claims[m.claim].dates)
      if (d < ac.dates.size() && !ac.dates[d].assumed && ac.dates[d].first_day.size() == 10 &&
          ac.dates[d].last_day.size() == 10) {  // an assumed period may be off: unknown
        if (p.first.empty() || ac.dates[d].first_day < p.first) p.first = ac.dates[d].first_day;
        if (p.second.empty() || ac.dates[d].last_day > p.second) p.second = ac.dates[d].last_day;
      }
    return p;
  }

  // Contacts in periods that do not overlap ("met twice in May" / "spoke twice by phone in
  // June") are other contacts; unknown periods may be the same ones.
  bool same_period(const Member& a, const Member& b) const {
    auto pa = period(a), pb = period(b);
    if (pa.first.empty() || pb.first.empty()) return true;
    return pa.first <= pb.second && pb.first <= pa.second;
  }

  // --- denied characterisations ---
  // "did not describe it as a response to the proposals" (one side) vs "responses to the demands"
  // (the sources asserting it). The asserting sources keep their own agreement.
  void denied_group(const Group& g) {
    std::vector<uint32_t> ids = sources_of(g.members);
    if (ids.size() < 2) return;
    Classes classes(2);
    for (const Member& m : g.members) classes[m.negated ? 1 : 0].push_back(&m);
    if (classes[0].empty() || classes[1].empty()) return;
    note_conflict(classes);
    std::vector<Finding::Value> values;
    for (const auto& c : classes) {
      values.push_back(class_value(c));
      values.back().value = c[0]->value;  // one wording per side reads better than all of them
    }
    Finding& f = add(FindingKind::conflict, g.topic,
                     "Characterisation denied: " + quoted(values[0].value) + " (" + join_names(sources_, values[0].sources) +
                         ") vs " + quoted(values[1].value) + " (" + join_names(sources_, values[1].sources) + ")",
                     20.0 + static_cast<double>(ids.size()));
    f.sources = ids;
    for (const Member& m : g.members) f.evidence.push_back(evidence(m, "characterization", m.negated ? "denied" : "asserted"));
    f.values = std::move(values);
  }

  // 20220121 → "2022-01-21"; an interval of days as "first..last".
  static std::string day_text(const Member& m) {
    auto iso = [](double n) {
      char buf[64];  // room for any long, so the compiler sees no truncation
      long v = static_cast<long>(n);
      std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", v / 10000, v / 100 % 100, v % 100);
      return std::string(buf);
    };
    return m.low == m.high ? iso(m.low) : iso(m.low) + ".." + iso(m.high);
  }

  // --- characterizations ---
  void characterization_group(const Group& g) {
    std::vector<uint32_t> ids = sources_of(g.members);
    if (ids.size() < 2) return;
    // Descriptions sharing a word are compatible ("constructive and useful" ~ "useful, honest").
    Classes classes;
    for (const Member& m : g.members) {
      std::vector<std::size_t> hits;
      for (std::size_t c = 0; c < classes.size(); ++c)
        for (const Member* o : classes[c])
          if (shares_term(m.terms, o->terms)) {
            hits.push_back(c);
            break;
          }
      if (hits.empty()) {
        classes.push_back({&m});
        continue;
      }
      classes[hits[0]].push_back(&m);
      for (std::size_t k = hits.size(); k-- > 1;) {  // m bridges classes: merge them
        classes[hits[0]].insert(classes[hits[0]].end(), classes[hits[k]].begin(), classes[hits[k]].end());
        classes.erase(classes.begin() + static_cast<long>(hits[k]));
      }
    }
    std::vector<Finding::Value> values;
    for (const auto& c : classes) values.push_back(class_value(c));
    std::string topic = capitalize(g.topic);
    bool conflict = classes_conflict(classes);
    Finding& f = add(conflict ? FindingKind::conflict : FindingKind::agreement, g.topic,
                     topic + ": " + (conflict ? values_line(values, sources_, true) : also_line(values)),
                     conflict ? 20.0 + static_cast<double>(ids.size()) : 10.0 * ids.size() + 2);
    f.sources = ids;
    for (const Member& m : g.members) f.evidence.push_back(evidence(m, "characterization", m.value));
    f.values = std::move(values);
  }

  // Descriptions that do not contradict (one outlet gives both): "“frank” (A, B); also “candid” (B)".
  std::string also_line(const std::vector<Finding::Value>& values) const {
    std::string out;
    for (const Finding::Value& v : values)
      out += (out.empty() ? "" : "; also ") + quoted(v.value) + " (" + join_names(sources_, v.sources) + ")";
    return out;
  }

  static bool shares_term(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    for (uint32_t t : a)
      if (std::binary_search(b.begin(), b.end(), t)) return true;
    return false;
  }

  // --- opposite statements ---
  void opposite_group(const Group& g) {
    std::vector<uint32_t> ids = sources_of(g.members);
    if (ids.size() < 2) return;
    std::vector<Finding::Value> values(2);
    std::string word;
    for (const Member& m : g.members) {
      Finding::Value& v = values[m.negated ? 1 : 0];
      if (std::find(v.sources.begin(), v.sources.end(), m.source) == v.sources.end()) v.sources.push_back(m.source);
      if (!m.negated) word = m.value;
    }
    values[0].value = word;
    values[1].value = "not " + word;
    Finding& f = add(FindingKind::conflict, "opposite statements",
                     "Opposite statements on “" + word + "”: " + join_names(sources_, values[0].sources) + " says " +
                         quoted(g.members[0].negated ? g.members[1].value : g.members[0].value) + ", " +
                         join_names(sources_, values[1].sources) + " says the opposite",
                     25.0 + static_cast<double>(ids.size()));
    f.sources = ids;
    for (const Member& m : g.members)
      f.evidence.push_back(evidence(m, "statement", m.negated ? "not " + word : word));
    f.values = std::move(values);
    // The summary quotes one sentence of each side, not the single word.
    const Member* pos = nullptr;
    const Member* neg = nullptr;
    for (const Member& m : g.members) {
      if (m.negated && !neg) neg = &m;
      if (!m.negated && !pos) pos = &m;
    }
    if (!pos || !neg) return;
    f.summary = "Opposite statements about “" + word + "”: " + quoted(excerpt(*pos)) + " (" +
                join_names(sources_, f.values[0].sources) + ") vs " + quoted(excerpt(*neg)) + " (" +
                join_names(sources_, f.values[1].sources) + ")";
  }

  static bool credit_line(std::string_view text) {
    static const char* const kCredits[] = {"contributed to this report", "contributed reporting", "contributed to this story",
                                           "contributed to this article", "contributed to the report"};
    std::string f = fold(text);
    for (const char* c : kCredits)
      if (f.find(c) != std::string::npos) return true;
    return false;
  }

  std::string excerpt(const Member& m) const { return std::string(m.span.of(sources_[m.source].extraction.text)); }

  // --- statements ---
  void statement_group(const Group& g) {
    std::vector<uint32_t> ids = sources_of(g.members);
    if (ids.size() < 2) {
      unique_candidate(g, "statement");
      return;
    }
    // "Wire services contributed to this report": a newsroom credit, not a claim outlets share.
    bool credits = true;
    for (const Member& m : g.members) credits = credits && credit_line(excerpt(m));
    if (credits) return;
    std::size_t opposed = 0;  // members of an opposite-statements conflict do not also agree
    for (const Member& m : g.members) opposed += opposed_.count({m.source, m.claim});
    if (opposed >= 2) return;
    // "met for about two hours" / "met for nearly four hours": the same sentence with figures
    // that cannot both be true is a conflict, never an agreement.
    if (figures_differ(g)) return;
    if (ordinals_differ(g)) return;
    // Sentences on opposite sides of a date or figure conflict do not also "agree" as a whole.
    for (const Member& a : g.members)
      for (const Member& b : g.members) {
        auto ca = conflict_side_.find({a.source, a.claim}), cb = conflict_side_.find({b.source, b.claim});
        if (ca != conflict_side_.end() && cb != conflict_side_.end() && ca->second.first == cb->second.first &&
            ca->second.second != cb->second.second)
          return;
      }
    // The shortest wording reads best in a one-line summary, if it starts like a sentence (a
    // clause cut from a longer sentence, "meeting with … in Geneva", reads worse than a whole one).
    const Member* shortest = nullptr;
    double notability = 0;
    for (int pass = 0; pass < 2 && !shortest; ++pass)
      for (const Member& m : g.members)
        if ((pass == 1 || starts_like_sentence(m.value)) && (!shortest || m.span.size() < shortest->span.size())) shortest = &m;
    for (const Member& m : g.members) notability = std::max(notability, m.notability);
    Finding& f = add(FindingKind::agreement, "statement",
                     "Reported by " + std::to_string(ids.size()) + " sources (" + join_names(sources_, ids) + "): " +
                         quoted(excerpt(*shortest)),
                     10.0 * ids.size() + notability / 10.0);
    fill(f, g, "statement", ids);
    for (Evidence& e : f.evidence) e.value.clear();
  }

  // "missed his sixth straight game" / "missed his eighth straight game": one sentence with two
  // ordinals is no agreement. Not a conflict either: such sentences come from reports of two
  // games or days ("sixth" then, "eighth" now), which share the rest of their wording. ("first"
  // and "second" are left out: "the second period", "for the first time" are phrases.)
  static std::vector<std::string> ordinals(std::string_view text) {
    static const char* const kWords[] = {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                         "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "twentieth"};
    std::vector<std::string> out;
    // One pass over the words as written; only a word ending in "th"/"rd" (or digits + suffix) is
    // looked up, so a sentence without ordinals costs one scan.
    for (std::size_t at = 0; at < text.size();) {
      while (at < text.size() && !std::isalnum(static_cast<unsigned char>(text[at]))) ++at;
      std::size_t end = at;
      while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
      std::string_view w = text.substr(at, end - at);
      at = end;
      if (w.size() < 3) continue;
      std::string tail{static_cast<char>(std::tolower(static_cast<unsigned char>(w[w.size() - 2]))),
                       static_cast<char>(std::tolower(static_cast<unsigned char>(w[w.size() - 1])))};
      if (tail != "th" && tail != "rd" && tail != "nd" && tail != "st") continue;
      if (w.find_first_not_of("0123456789") == w.size() - 2) {
        out.emplace_back(w);
        continue;
      }
      if (tail != "th" && tail != "rd") continue;
      std::string folded;
      for (char c : w) folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const char* k : kWords)
        if (folded == k) {
          out.push_back(folded);
          break;
        }
    }
    return out;
  }
  bool ordinals_differ(const Group& g) const {
    std::string seen;  // the one ordinal of the first source that has exactly one
    uint32_t seen_source = 0;
    for (const Member& m : g.members) {
      std::string_view text = m.span.of(sources_[m.source].extraction.text);
      std::vector<std::string> o = ordinals(text);
      if (o.size() != 1) continue;
      if (seen.empty()) {
        seen = o[0];
        seen_source = m.source;
      } else if (m.source != seen_source && o[0] != seen) {
        return true;
      }
    }
    return false;
  }

  // The quantities of a member's claim that are compared across sources.
  std::vector<const Quantity*> compared_quantities(const Member& m) const {
    std::vector<const Quantity*> out;
    const ArticleClaims& ac = sources_[m.source].claims;
    if (m.claim >= ac.claims.size()) return out;
    // A bare number counts nothing a reader can check ("a 2-1 lead", "6-7 since"): as in the
    // quantity slots, a count must say what it counts.
    for (uint32_t q : ac.claims[m.claim].quantities)
      if (q < ac.quantities.size() && compared_dimension(ac.quantities[q].dimension) &&
          !(ac.quantities[q].dimension == "count" && ac.quantities[q].counted.empty()))
        out.push_back(&ac.quantities[q]);
    return out;
  }

  static bool comparable(const Quantity& a, const Quantity& b) {
    if (a.dimension != b.dimension || a.unit != b.unit) return false;
    return a.dimension != "count" || a.counted == b.counted;
  }

  static bool vague(const Quantity& q) {
    return !std::isfinite(q.high) || q.low <= 0 || q.high / std::max(q.low, 1e-9) > kVagueFigure;
  }

  // Members of an aligned statement whose figures of one kind do not overlap become a conflict
  // (unless a quantity slot already reported it). Returns true when the statement is not an agreement.
  // A figure is matched when another member's sentence gives a comparable figure that overlaps it:
  // "lost 683,000 subscribers and 202,000 users" in both sentences is no conflict, whichever
  // figure each sentence gives first.
  bool matched(const Quantity& q, const Member& self, const Group& g) const {
    for (const Member& o : g.members)
      if (o.source != self.source)
        for (const Quantity* x : compared_quantities(o))
          if (comparable(q, *x) && q.low <= x->high && x->low <= q.high) return true;
    return false;
  }

  bool figures_differ(const Group& g) {
    const Quantity* first = nullptr;
    for (const Member& a : g.members)
      for (const Quantity* qa : compared_quantities(a))
        for (const Member& b : g.members)
          if (b.source > a.source)
            for (const Quantity* qb : compared_quantities(b))
              if (!first && comparable(*qa, *qb) && !vague(*qa) && !vague(*qb) &&
                  (qa->high < qb->low || qb->high < qa->low) && !matched(*qa, a, g) && !matched(*qb, b, g)) {
                first = qa;
              }
    if (!first) return false;
    bool reported = false;
    for (const Member& m : g.members) reported = reported || conflict_side_.count({m.source, m.claim}) > 0;
    if (reported) return true;
    // One value per source: its figure of the first conflicting kind, as intervals for the classes.
    std::vector<Member> figures;
    for (const Member& m : g.members)
      for (const Quantity* q : compared_quantities(m))
        if (comparable(*q, *first) && !matched(*q, m, g)) {
          Member f = m;
          f.span = q->span;
          f.value = std::string(q->span.of(sources_[m.source].extraction.text));
          f.low = q->low;
          f.high = q->high;
          figures.push_back(std::move(f));
          break;
        }
    Group slot;
    slot.kind = GroupKind::quantity;
    slot.topic = first->dimension == "count" && !first->counted.empty() ? "number of " + first->counted : first->dimension;
    slot.unit = first->unit;
    slot.members = std::move(figures);
    std::size_t before = out_.size();
    quantity_group(slot);
    if (out_.size() > before) {
      // The sentence is the context a reader needs: show it in the summary.
      Finding& f = out_.back();
      const Member* shortest = &g.members[0];
      for (const Member& m : g.members)
        if (m.span.size() < shortest->span.size()) shortest = &m;
      f.summary += " in “" + shorten(excerpt(*shortest), kSummaryExcerpt) + "”";
    }
    return true;
  }

  static bool starts_like_sentence(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
    return i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || static_cast<unsigned char>(s[i]) >= 0x80);
  }

  void unique_candidate(const Group& g, const char* role) {
    if (!options_.include_unique || g.members.empty()) return;
    const Member& m = g.members[0];
    if (covered_.count({m.source, m.claim})) return;
    if (readable_ > 1 && (g.best_other >= kUniqueMaxSimilarity || m.notability < kUniqueMinNotability)) return;
    std::string what = std::string(role) == "quote" ? "quote" : "claim";
    Finding& f = add(FindingKind::unique, what + " only in " + sources_[m.source].name,
                     "Only " + sources_[m.source].name + " reports: " + quoted(excerpt(m)), m.notability);
    f.sources = {m.source};
    f.evidence.push_back(evidence(m, role, std::string()));
    covered_.insert({m.source, m.claim});  // one finding per sentence
  }

  // --- names ---
  void name_variants() {
    for (std::size_t e = 0; e < entities_.entities.size(); ++e) {
      const Entity& entity = entities_.entities[e];
      std::vector<Finding::Value> values = spelling_variants(entity);
      if (values.size() < 2 || !spelled_alike(values)) continue;
      std::vector<uint32_t> ids;
      for (const Finding::Value& v : values) ids.insert(ids.end(), v.sources.begin(), v.sources.end());
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      if (ids.size() < 2) continue;  // one outlet spelling a name two ways is its own business
      Finding& f = add(FindingKind::name_variant, entity.name,
                       entity.name + " spelled differently: " + values_line(values, sources_, false),
                       static_cast<double>(ids.size()) + 0.1 * values.size());
      f.sources = ids;
      f.values = values;
      for (const Finding::Value& v : values)
        for (uint32_t s : v.sources)
          if (const EntityMention* m = first_mention(s, static_cast<int32_t>(e), v.value)) {
            Member tmp;
            tmp.source = s;
            tmp.span = m->span;
            f.evidence.push_back(evidence(tmp, "name", v.value));
          }
    }
  }

  const EntityMention* first_mention(uint32_t source, int32_t entity, const std::string& surface) const {
    if (source >= sources_.size()) return nullptr;
    for (const EntityMention& m : sources_[source].claims.entities)
      if (m.entity == entity && m.surface == surface) return &m;
    return nullptr;
  }

  // --- one fact, one finding ---
  // Agreements (and unique claims) whose evidence overlaps in a source are one fact seen twice
  // (a 3-source clause agreement and a 2-source agreement on its sentence, a figure and the
  // sentence around it): the finding with more sources (then a quote, then a sentence, over a
  // figure) keeps it; one whose sources it already has goes, a quote or sentence printed by
  // another outlet too lends that outlet's evidence.
  static int role_rank(const Finding& f) {
    if (f.evidence.empty()) return 0;
    return f.evidence[0].role == "quote" ? 3 : f.evidence[0].role == "statement" ? 2 : 1;
  }
  // The same words in every source both give: b's evidence lies mostly inside a's (a clause
  // that is only part of a longer sentence leaves the rest of it, "no progress was made when
  // X met Y", a fact of its own), or a's is a quote inside b's sentence (the rest is who said it).
  static bool covers(const Finding& a, const Finding& b) {
    std::size_t shared = 0;
    for (uint32_t s : b.sources) {
      if (!std::binary_search(a.sources.begin(), a.sources.end(), s)) continue;
      ++shared;
      bool hit = false;
      for (const Evidence& x : a.evidence)
        for (const Evidence& y : b.evidence) {
          if (x.source != s || y.source != s) continue;
          uint32_t lo = std::max(x.text.begin, y.text.begin), hi = std::min(x.text.end, y.text.end);
          if (lo >= hi) continue;
          hit = hit || x.role == "quote" || (hi - lo) >= kFoldCoverage * (y.text.end - y.text.begin);
        }
      if (!hit) return false;
    }
    return shared > 0;
  }
  // "… by 2 sources (A, B): …" → "… by 3 sources (A, B, C): …" after a merge.
  std::string recount(const std::string& summary, const std::vector<uint32_t>& ids) const {
    std::size_t by = summary.find("eported by ");
    if (by == std::string::npos) return summary;
    std::size_t n = by + 11, end = summary.find(" sources", n);
    if (end == std::string::npos) return summary;
    std::string out = summary.substr(0, n) + std::to_string(ids.size()) + " sources";
    std::size_t rest = end + 8;
    if (summary.compare(rest, 2, " (") == 0) {
      std::size_t close = summary.find("):", rest);
      if (close != std::string::npos) {
        out += " (" + join_names(sources_, ids) + ")";
        rest = close + 1;
      }
    }
    return out + summary.substr(rest);
  }
  void one_finding_per_fact() {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < out_.size(); ++i)
      if (out_[i].kind == FindingKind::agreement || out_[i].kind == FindingKind::unique) order.push_back(i);
    auto rank = [&](std::size_t i) { return std::make_pair(out_[i].sources.size(), role_rank(out_[i])); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rank(a) > rank(b); });
    std::vector<bool> drop(out_.size(), false);
    // Only findings whose evidence overlaps in some source can cover each other: an index of
    // evidence spans per source (sorted by start, with the longest span to bound the look-back)
    // gives the candidates, so this stays near-linear with thousands of unique claims.
    struct Ev { uint32_t begin, end; uint32_t rank; };
    std::vector<std::vector<Ev>> by_source;
    std::vector<uint32_t> longest;
    for (std::size_t r = 0; r < order.size(); ++r)
      for (const Evidence& e : out_[order[r]].evidence) {
        if (e.source >= by_source.size()) by_source.resize(e.source + 1), longest.resize(e.source + 1, 0);
        by_source[e.source].push_back({e.text.begin, e.text.end, static_cast<uint32_t>(r)});
        longest[e.source] = std::max(longest[e.source], e.text.end - e.text.begin);
      }
    for (auto& list : by_source)
      std::sort(list.begin(), list.end(), [](const Ev& a, const Ev& b) { return a.begin < b.begin; });
    std::vector<uint32_t> seen(order.size(), UINT32_MAX);
    auto add_candidates = [&](const Evidence& e, std::size_t x, std::size_t after, std::vector<uint32_t>& heap) {
      if (e.source >= by_source.size()) return;
      const std::vector<Ev>& list = by_source[e.source];
      uint32_t from = e.text.begin > longest[e.source] ? e.text.begin - longest[e.source] : 0;
      auto it = std::lower_bound(list.begin(), list.end(), from, [](const Ev& a, uint32_t v) { return a.begin < v; });
      for (; it != list.end() && it->begin < e.text.end; ++it)
        if (it->end > e.text.begin && it->rank > after && seen[it->rank] != x) {
          seen[it->rank] = static_cast<uint32_t>(x);
          heap.push_back(it->rank);
          std::push_heap(heap.begin(), heap.end(), std::greater<uint32_t>());
        }
    };
    for (std::size_t x = 0; x < order.size(); ++x) {
      Finding& keep = out_[order[x]];
      if (drop[order[x]]) continue;
      std::vector<uint32_t> heap;  // candidates in rank order, as the plain scan would meet them
      for (const Evidence& e : keep.evidence) add_candidates(e, x, x, heap);
      while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<uint32_t>());
        std::size_t y = heap.back();
        heap.pop_back();
        Finding& other = out_[order[y]];
        if (drop[order[y]] || !covers(keep, other)) continue;
        std::vector<uint32_t> extra;
        for (uint32_t s : other.sources)
          if (!std::binary_search(keep.sources.begin(), keep.sources.end(), s)) extra.push_back(s);
        if (!extra.empty() && (keep.kind != FindingKind::agreement || role_rank(keep) < 2 || role_rank(other) < 2))
          continue;  // a figure and a sentence other outlets print: two facts, each with its own sources
        for (const Evidence& e : other.evidence)
          if (std::find(extra.begin(), extra.end(), e.source) != extra.end()) {
            keep.evidence.push_back(e);
            add_candidates(e, x, y, heap);  // the grown finding may now cover later ones too
          }
        if (!extra.empty()) {
          keep.sources.insert(keep.sources.end(), extra.begin(), extra.end());
          std::sort(keep.sources.begin(), keep.sources.end());
          keep.summary = recount(keep.summary, keep.sources);
          keep.importance += 10.0 * extra.size();
        }
        drop[order[y]] = true;
      }
    }
    std::size_t w = 0;
    for (std::size_t i = 0; i < out_.size(); ++i)
      if (!drop[i]) {
        if (w != i) out_[w] = std::move(out_[i]);  // self-move would empty it
        ++w;
      }
    out_.resize(w);
  }

  // --- order ---
  void order_and_cap() {
    auto first_pos = [](const Finding& f) {
      return f.evidence.empty() ? std::make_pair(0u, 0u) : std::make_pair(f.evidence[0].source, f.evidence[0].text.begin);
    };
    std::stable_sort(out_.begin(), out_.end(), [&](const Finding& a, const Finding& b) {
      if (a.kind != b.kind) return static_cast<int>(a.kind) < static_cast<int>(b.kind);
      if (a.importance != b.importance) return a.importance > b.importance;
      return first_pos(a) < first_pos(b);
    });
    std::vector<Finding> kept;
    std::vector<std::size_t> per_kind(5, 0), unique_per_source(sources_.size(), 0);
    for (Finding& f : out_) {
      std::size_t k = static_cast<std::size_t>(f.kind);
      std::size_t cap = options_.max_findings_per_kind;
      if (f.kind == FindingKind::agreement && (cap == 0 || cap > kAgreementTotal)) cap = kAgreementTotal;
      if (f.kind == FindingKind::unique) {
        std::size_t per_source = readable_ > 1 ? kUniquePerSource : kUniqueSingleSource;
        if (cap == 0 || cap > kUniqueTotal) cap = kUniqueTotal;
        if (f.sources.empty() || unique_per_source[f.sources[0]]++ >= per_source) continue;
      }
      if (cap != 0 && per_kind[k] >= cap) continue;
      ++per_kind[k];
      kept.push_back(std::move(f));
    }
    out_ = std::move(kept);
  }

  const std::vector<SourceReport>& sources_;
  const EntityTable& entities_;
  std::size_t readable_;
  const CompareOptions& options_;
  std::set<std::pair<uint32_t, uint32_t>> covered_;
  std::set<std::pair<uint32_t, uint32_t>> opposed_;
  // Claims in a quantity or date conflict → (conflict number, class of their value).
  std::map<std::pair<uint32_t, uint32_t>, std::pair<std::size_t, std::size_t>> conflict_side_;
  std::vector<uint32_t> story_, story_size_;  // sources joined by shared wording (union-find), component sizes
  std::size_t conflicts_noted_ = 0;
  std::vector<Finding> out_;
};

// Folded words of a name without titles: "Foreign Minister Sergei Lavrov" → sergei lavrov.
std::vector<std::string> name_words(std::string_view surface) {
  std::vector<std::string> out;
  std::string f = fold(surface);
  std::string word;
  auto flush = [&] {
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
    bool title = false;
    for (const char* t : kTitleWords) title = title || word == t;
    if (!word.empty() && !title) out.push_back(word);
    word.clear();
  };
  bool dotted = f.size() >= 4 && f[1] == '.' && f[3] == '.';  // "U.S.", "U.K.": one word
  for (char c : f) {
    if (c == '.' && dotted) continue;
    if (c == ' ' || c == '-' || c == '.' || c == ',') flush();
    else word += c;
  }
  flush();
  return out;
}

// Two words a few letters apart: "Katmandu"/"Kathmandu", "Qaida"/"Qaeda", "Norgay"/"Norgey"; not a
// name and its adjective ("Antarctica"/"Antarctic", "Iraq"/"Iraqi": one only adds a suffix).
bool words_alike(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  if (l.compare(0, s.size(), s) == 0 && l.size() - s.size() <= 3) return false;
  std::size_t cap = std::max<std::size_t>(1, l.size() / 3);  // "Ashgabat" / "Ashkhabad": three apart
  return edit_distance(a, b, cap) <= cap;
}

// "us" for "united states": an abbreviation made of b's initials.
bool initials_of(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != 1 || b.size() < 2) return false;
  std::string initials;
  for (const std::string& w : b) initials += w[0];
  return a[0] == initials;
}

// Is `a` a shorter form of `b`: its words appear in b in order, or its initials?
bool shorter_form(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (initials_of(a, b)) return true;
  if (a.size() >= b.size() && a != b) return false;
  std::size_t j = 0;
  for (const std::string& w : a) {
    while (j < b.size() && b[j] != w) ++j;
    if (j == b.size()) return false;
    ++j;
  }
  return true;
}

// Does source s write the name in a form no other surface contains (a full spelling)?
bool uses_full_spelling(const Entity& entity, const std::vector<std::vector<std::string>>& words, uint32_t s) {
  for (std::size_t i = 0; i < entity.variants.size(); ++i) {
    const std::vector<uint32_t>& src = entity.variants[i].sources;
    if (words[i].empty() || std::find(src.begin(), src.end(), s) == src.end()) continue;
    bool contained = false;
    for (std::size_t j = 0; j < entity.variants.size() && !contained; ++j)
      contained = j != i && !words[j].empty() && words[j] != words[i] && shorter_form(words[i], words[j]);
    if (!contained) return true;
  }
  return false;
}

// How many distinct full spellings (not themselves a shorter form of another)
// the surface words[j] is a shorter form of.
std::size_t fitting_spellings(const std::vector<std::vector<std::string>>& words, std::size_t j) {
  std::vector<const std::vector<std::string>*> seen;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i == j || words[i].empty() || words[i] == words[j] || !shorter_form(words[j], words[i])) continue;
    bool full = true;
    for (std::size_t k = 0; k < words.size() && full; ++k)
      full = k == i || words[k].empty() || words[k] == words[i] || !shorter_form(words[i], words[k]);
    if (!full) continue;
    bool dup = false;
    for (const auto* w : seen) dup = dup || *w == words[i];
    if (!dup) seen.push_back(&words[i]);
  }
  return seen.size();
}

}  // namespace

// Are these spellings of one name (a word in common, or words one spelling apart), not two names
// for one thing ("US" / "America") that the entity table links?
bool spelled_alike(const std::vector<Finding::Value>& values) {
  for (std::size_t x = 0; x < values.size(); ++x)
    for (std::size_t y = x + 1; y < values.size(); ++y) {
      std::vector<std::string> a = name_words(values[x].value), b = name_words(values[y].value);
      if (initials_of(a, b) || initials_of(b, a)) continue;  // "UN" / "United Nations": a short form
      bool alike = false;
      for (const std::string& u : a)
        for (const std::string& v : b) alike = alike || words_alike(u, v);
      if (!alike) return false;
    }
  return true;
}

std::vector<Finding::Value> spelling_variants(const Entity& entity) {
  std::vector<std::vector<std::string>> words;
  for (const Entity::Variant& v : entity.variants) words.push_back(name_words(v.surface));
  std::vector<Finding::Value> out;
  for (std::size_t i = 0; i < entity.variants.size(); ++i) {
    if (words[i].empty()) continue;
    bool shorter = false;
    for (std::size_t j = 0; j < entity.variants.size() && !shorter; ++j) {
      if (i == j || words[j].empty()) continue;
      bool same = words[i] == words[j];
      // Identical spellings (after titles and case) count once: the first keeps them.
      shorter = same ? j < i : shorter_form(words[i], words[j]);
    }
    if (shorter) continue;
    Finding::Value v{entity.variants[i].surface, entity.variants[i].sources};
    // Same spelling with other titles counts as this spelling; a source that
    // only ever used a shorter form ("Reyes") fits this spelling too, but only
    // when that form fits no other spelling: "President Reyes" says nothing
    // about Tomas vs Thomas, so it is credited to neither.
    for (std::size_t j = 0; j < entity.variants.size(); ++j) {
      if (j == i || words[j].empty()) continue;
      bool same = words[j] == words[i];
      if (!same && !shorter_form(words[j], words[i])) continue;
      if (!same && fitting_spellings(words, j) > 1) continue;
      for (uint32_t s : entity.variants[j].sources)
        if (same || !uses_full_spelling(entity, words, s)) v.sources.push_back(s);
    }
    std::sort(v.sources.begin(), v.sources.end());
    v.sources.erase(std::unique(v.sources.begin(), v.sources.end()), v.sources.end());
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<Finding> build_findings(const Alignment& alignment, const std::vector<SourceReport>& sources,
                                    const EntityTable& entities, std::size_t readable_sources,
                                    const CompareOptions& options) {
  FindingBuilder builder(sources, entities, readable_sources, options);
  return builder.run(alignment);
}

Result<Report> compare(const std::vector<ArticleInput>& articles, const CompareOptions& options) {
  const Limits& limits = options.extract.limits;
  if (articles.empty() || articles.size() < limits.min_articles)
    return Result<Report>::failure(ErrorCode::too_few_articles,
                                   "compare needs at least " + std::to_string(std::max<std::size_t>(1, limits.min_articles)) +
                                       " article(s), got " + std::to_string(articles.size()));
  if (articles.size() > limits.max_articles)
    return Result<Report>::failure(ErrorCode::too_many_articles,
                                   "compare accepts at most " + std::to_string(limits.max_articles) + " articles, got " +
                                       std::to_string(articles.size()));
  Report report;
  report.sources.resize(articles.size());
  std::vector<ArticleClaims> claims(articles.size());
  std::size_t readable = 0;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const ArticleInput& in = articles[i];
    SourceReport& s = report.sources[i];
    s.id = in.id.empty() ? "s" + std::to_string(i + 1) : in.id;
    ExtractOptions eo = options.extract;
    eo.restore.insert(eo.restore.end(), in.restore.begin(), in.restore.end());
    Result<Extraction> ex = extract(in.content, eo);
    if (!ex.ok()) {
      s.error = ex.error().message.empty() ? error_code_name(ex.error().code) : ex.error().message;
      s.error_code = ex.error().code;
    } else {
      s.extraction = std::move(ex.value());
      ++readable;
    }
    s.name = !in.name.empty() ? in.name : !s.extraction.meta.site_name.empty() ? s.extraction.meta.site_name : s.id;
  }
  // An article without a date of its own reads "Friday" or "last month" against the day the
  // dated sources share (pasted text rarely keeps its date); such dates are marked assumed.
  std::vector<std::string> published;
  for (const SourceReport& s : report.sources)
    if (s.error.empty() && !s.extraction.meta.date_published.empty()) published.push_back(s.extraction.meta.date_published);
  const std::string assumed_day = consensus_day(published, kConsensusSpreadDays);
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const SourceReport& s = report.sources[i];
    if (!s.error.empty()) continue;
    if (!s.extraction.meta.date_published.empty() || assumed_day.empty()) {
      claims[i] = extract_claims(s.extraction.text, s.extraction.meta);
      continue;
    }
    Metadata meta = s.extraction.meta;
    meta.date_published = assumed_day;
    claims[i] = extract_claims(s.extraction.text, meta);
    mark_assumed_dates(s.extraction.text, claims[i].dates);
  }
  EntityTable table = link_entities(claims);
  for (std::size_t i = 0; i < articles.size(); ++i) report.sources[i].claims = std::move(claims[i]);
  if (readable == 0) report.warnings.push_back("no readable source: every article failed to extract");
  else if (readable == 1) report.warnings.push_back("only one readable source: nothing to compare");
  std::vector<SourceView> views;
  for (uint32_t i = 0; i < report.sources.size(); ++i)
    if (report.sources[i].error.empty())
      views.push_back(SourceView{i, report.sources[i].extraction.text, &report.sources[i].claims});
  Alignment alignment = align(views, table, options);
  report.findings = build_findings(alignment, report.sources, table, readable, options);
  report.entities = std::move(table.entities);
  return report;
}

}  // namespace corroborate
