// Entities: capitalised runs → titles stripped → classified by gazetteer,
// suffixes, prepositions and person evidence → keys that survive spelling.
#include "entities.h"

#include <algorithm>
#include <iterator>

#include "claims_lexicon.h"
#include "tokens.h"

namespace corroborate {

namespace {

// Folded words that are never entity names on their own.
constexpr std::string_view kCalendarWords[] = {
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "fri", "friday", "jan", "january",
    "jul", "july", "jun", "june", "mar", "march", "may", "mon", "monday", "nov", "november", "oct", "october",
    "sat", "saturday", "sep", "sept", "september", "sun", "sunday", "thu", "thursday", "tue", "tuesday", "wed",
    "wednesday"};
// Joiners allowed inside a name: "Bank of England", "Ursula von der Leyen".
constexpr std::string_view kConnectors[] = {"al", "bin", "da", "de", "del", "der", "di", "du", "ibn", "la", "le",
                                            "of", "van", "von"};
// Last words that make a run an organisation.
constexpr std::string_view kOrgSuffixes[] = {
    "administration", "agency", "airlines", "airways", "alliance", "army", "assembly", "association",
    "authority", "bank", "board", "broadcasting", "bureau", "cabinet", "center", "centre", "channel", "club",
    "co", "college", "command", "commission", "committee", "company", "congress", "corp", "corporation",
    "council", "court", "department", "forces", "foundation", "front", "fund", "group", "guard", "hospital",
    "inc", "institute", "league", "ltd", "magazine", "media", "ministry", "movement", "museum", "navy",
    "network", "news", "newspaper", "office", "organisation", "organization", "parliament", "party", "police",
    "post", "press", "radio", "school", "service", "services", "society", "technologies", "television", "times",
    "tribunal", "union", "university"};
// First words that make "<X> of <Y>" an organisation.
constexpr std::string_view kOrgHeads[] = {"bank", "board", "church", "council", "court", "department",
                                          "house", "institute", "league", "ministry", "office", "university"};
// Words that make a run a place.
constexpr std::string_view kGeoWords[] = {
    "bay", "central", "city", "coast", "county", "district", "east", "eastern", "europe", "gulf", "island", "islands", "lake", "mount", "mountains", "north", "northern", "oblast", "ocean", "peninsula", "province", "region", "republic", "river", "sea", "south", "southern", "square", "state", "strait", "street", "valley", "west", "western"};
// Prepositions after which a short capitalised run is a place.
constexpr std::string_view kPlacePrepositions[] = {"across", "at", "from", "in", "inside", "into", "near",
                                                   "outside", "to", "toward", "towards", "within"};
// Name suffixes dropped from a person's surname.
constexpr std::string_view kNameSuffixes[] = {"ii", "iii", "iv", "jr", "sr"};

template <std::size_t N>
bool has(const std::string_view (&table)[N], std::string_view w) {
  return std::binary_search(std::begin(table), std::end(table), w);
}

// One word of a sentence, with dotted acronyms (U.S.) and hyphenated names
// (Al-Assad) joined and a possessive 's cut off.
struct Word {
  Span span;
  std::string f;          // folded, no dots
  bool cap = false;
  bool caps = false;      // all capitals
  bool sep_before = false;  // punctuation between the previous word and this one
  bool possessive = false;
  bool quote_before = false;  // an opening quotation mark or dash right before
  bool colon_after = false;
};

bool is_quote_or_dash(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0xAB || cp == 0xBB || cp == 0x2013 || cp == 0x2014 ||
         cp == 0x2018 || cp == '\'' || cp == '(' || cp == '[';
}

uint32_t first_cp(std::string_view s) {
  std::size_t i = 0;
  return s.empty() ? 0 : next_codepoint(s, i);
}

void build_words(std::string_view text, TokenRange tokens, std::vector<Word>& words) {
  words.clear();
  bool sep = false, quote = true;  // the sentence start counts like an opening mark
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const FoldedToken& t = tokens[i];
    if (t.kind != Token::word) {
      const uint32_t cp = first_cp(t.span.of(text));
      const bool hyphen_join = cp == '-' && !words.empty() && words.back().span.end == t.span.begin &&
                               i + 1 < tokens.size() && tokens[i + 1].span.begin == t.span.end &&
                               tokens[i + 1].kind == Token::word && tokens[i + 1].cap &&
                               (words.back().cap || words.back().f == "al" || words.back().f == "el");
      if (hyphen_join) {  // Al-Assad, Rinaldi-Okafor; "Hussain al-Shahristani" is one name, not "Hussain"
        words.back().cap = true;
        const FoldedToken& n = tokens[++i];
        words.back().span.end = n.span.end;
        words.back().f += '-';
        words.back().f += n.f;
        continue;
      }
      // A dot after an initial or a title abbreviation ("J.", "Gen.") stays inside a name.
      const bool name_dot = cp == '.' && !words.empty() && words.back().span.end == t.span.begin &&
                            (words.back().span.size() == 1 || claims_lexicon().is_title(words.back().f));
      if (cp == ':' && !words.empty()) words.back().colon_after = true;
      if (!name_dot) sep = true;
      quote = is_quote_or_dash(cp) || (quote && cp == ' ');
      continue;
    }
    Word w;
    w.span = t.span;
    w.cap = t.cap;
    w.caps = t.caps;
    // Dotted acronym: U.S., U.K., E.U. (single capitals each followed by a dot).
    if (t.span.size() == 1 && t.cap && i + 2 < tokens.size() && tokens[i + 1].f == "." &&
        tokens[i + 2].kind == Token::word && tokens[i + 2].span.size() == 1 && tokens[i + 2].cap &&
        tokens[i + 1].span.end == tokens[i + 2].span.begin && tokens[i + 1].span.begin == t.span.end) {
      std::size_t j = i;
      w.f.clear();
      while (j + 1 < tokens.size() && tokens[j].span.size() == 1 && tokens[j].cap &&
             tokens[j + 1].f == "." && tokens[j + 1].span.begin == tokens[j].span.end) {
        w.f += tokens[j].f;
        w.span.end = tokens[j + 1].span.end;
        j += 2;
        if (j >= tokens.size() || tokens[j].span.begin != tokens[j - 1].span.end) break;
      }
      w.caps = true;
      i = j - 1;
    } else {
      w.f = t.f;
      const std::size_t n = w.f.size();
      if (n > 2 && w.f[n - 2] == '\'' && w.f[n - 1] == 's') {
        w.f.resize(n - 2);
        w.possessive = true;
        std::size_t e = w.span.end;
        prev_codepoint(text, e);  // s
        prev_codepoint(text, e);  // ' or ’
        w.span.end = static_cast<uint32_t>(e);
      }
    }
    w.sep_before = sep;
    w.quote_before = quote;
    sep = false;
    quote = false;
    words.push_back(std::move(w));
  }
}

bool is_calendar(std::string_view f) { return has(kCalendarWords, f); }

std::string join(const std::vector<Word>& w, std::size_t a, std::size_t b) {
  std::string s;
  for (std::size_t i = a; i < b; ++i) {
    if (i > a) s += ' ';
    s += w[i].f;
  }
  return s;
}

// A nationality word → country key: the demonym table, else a suffix rule so
// "Ruritanian" and "Ruritania" meet ("ruritan").
std::string nation_key(std::string_view f) {
  const std::string_view known = claims_lexicon().demonym(f);
  if (!known.empty()) return std::string(known);
  static constexpr std::string_view kSuffixes[] = {"ians", "ian", "ese", "ish", "ia", "an", "a", "i"};
  for (std::string_view suf : kSuffixes)
    if (f.size() > suf.size() + 3 && f.substr(f.size() - suf.size()) == suf)
      return std::string(f.substr(0, f.size() - suf.size()));
  return std::string(f);
}

// "The", "But", "We’ll": capitalised function words (not "US", which is all capitals).
bool is_function_word(const Word& w) {
  if (w.caps) return false;
  const std::size_t apos = w.f.find('\'');
  return is_stopword(apos == std::string::npos ? std::string_view(w.f) : std::string_view(w.f).substr(0, apos));
}

// A capitalised run found in pass 1.
struct Candidate {
  Span span;
  EntityKind kind = EntityKind::other;
  bool decided = false;   // kind known; else a single word to settle in pass 2
  bool initial = false;   // first word of a sentence or quotation
  bool weak = false;      // kind from context only (a preposition): a known person wins
  std::string surface;
  std::string key;
};

struct RunContext {
  std::string_view text;
  const ClaimsLexicon& lex;
  ArticleEntities& out;
  std::vector<Candidate>& cands;
  bool headline = false;  // the sentence is a Title Case headline: lone words need outside evidence
};

// Length (in words) of a title phrase starting at words[i], 0 when none.
std::size_t title_at(const ClaimsLexicon& lex, const std::vector<Word>& w, std::size_t i, std::size_t end) {
  for (std::size_t n = std::min(lex.max_title_words, end - i); n > 0; --n)
    if (lex.is_title(join(w, i, i + n))) return n;
  return 0;
}

// Length of a nationality phrase (1–2 words) at words[i] and its country key.
std::size_t nationality_at(const ClaimsLexicon& lex, const std::vector<Word>& w, std::size_t i, std::size_t end,
                           std::string& country) {
  for (std::size_t n = std::min<std::size_t>(2, end - i); n > 0; --n) {
    const std::string_view c = lex.demonym(join(w, i, i + n));
    if (!c.empty()) { country = std::string(c); return n; }
  }
  return 0;
}

bool followed_by_speech(const ClaimsLexicon& lex, const std::vector<Word>& w, std::size_t b) {
  return b < w.size() && !w[b].sep_before && lex.is_speech_verb(w[b].f);
}

void add_candidate(RunContext& c, const std::vector<Word>& w, std::size_t a, std::size_t b, EntityKind kind,
                   bool decided, bool initial) {
  Candidate cand;
  cand.span = Span{w[a].span.begin, w[b - 1].span.end};
  cand.kind = kind;
  cand.decided = decided;
  cand.initial = initial;
  cand.surface = std::string(cand.span.of(c.text));
  cand.key = kind == EntityKind::person ? person_key(cand.surface) : place_key(cand.surface);
  c.cands.push_back(std::move(cand));
}

// Classifies words[a, b) (a run without titles).
void classify_run(RunContext& c, const std::vector<Word>& w, std::size_t a, std::size_t b) {
  while (b > a && has(kNameSuffixes, w[b - 1].f) && b - a > 2) --b;
  const std::string phrase = join(w, a, b);
  const std::string_view alias = c.lex.alias(phrase);
  const char g = c.lex.gazetteer_kind(alias.empty() ? std::string_view(phrase) : alias);
  const bool initial = w[a].quote_before || c.headline;
  if (g) return add_candidate(c, w, a, b, g == 'p' ? EntityKind::place : EntityKind::organization, true, initial);
  if (has(kOrgSuffixes, w[b - 1].f) || (b - a >= 3 && has(kOrgHeads, w[a].f) && w[a + 1].f == "of"))
    return add_candidate(c, w, a, b, EntityKind::organization, true, initial);
  for (std::size_t i = a; i < b; ++i)
    if (has(kGeoWords, w[i].f) && b - a > 1) return add_candidate(c, w, a, b, EntityKind::place, true, initial);
  if (b - a == 1 && w[a].caps && w[a].f.size() <= 6)
    return add_candidate(c, w, a, b, EntityKind::organization, true, initial);
  if (a > 0 && b - a <= 2 && has(kPlacePrepositions, w[a - 1].f) && !w[a].sep_before) {
    add_candidate(c, w, a, b, EntityKind::place, true, initial);
    c.cands.back().weak = true;
    return;
  }
  if (b - a >= 2) return add_candidate(c, w, a, b, EntityKind::person, true, initial);
  if (followed_by_speech(c.lex, w, b)) return add_candidate(c, w, a, b, EntityKind::person, true, initial);
  add_candidate(c, w, a, b, EntityKind::other, false, initial);
}

// A run of capitalised words words[a, b): titles first, then the name.
void process_run(RunContext& c, const std::vector<Word>& w, std::size_t a, std::size_t b) {
  // Function words that start a sentence ("The", "But") are not names.
  while (a < b && is_function_word(w[a]) && !c.lex.gazetteer_kind(join(w, a, b))) ++a;
  if (a >= b) return;
  if (b - a == 1 && w[a].f.size() > 3 && w[a].f.back() == 's' &&
      !c.lex.demonym(std::string_view(w[a].f).substr(0, w[a].f.size() - 1)).empty())
    return;  // "Russians": people of a nation, not a named entity
  std::string nationality, title;
  std::size_t i = a;
  for (;;) {
    std::string country;
    const std::size_t n = nationality_at(c.lex, w, i, b, country);
    const std::size_t t = title_at(c.lex, w, i + n, b);
    if (t == 0) break;
    if (!country.empty()) nationality = country;
    if (!title.empty()) title += ' ';
    title += join(w, i + n, i + n + t);
    i += n + t;
    if (i >= b) break;
  }
  // Unknown nationality words before a title: "Ruritanian Foreign Minister X".
  for (std::size_t k = a + 1; title.empty() && k < b && k <= a + 2; ++k) {
    const std::size_t t = title_at(c.lex, w, k, b);
    if (t == 0 || k + t >= b) continue;
    nationality = nation_key(join(w, a, k));
    title = join(w, k, k + t);
    i = k + t;
  }
  if (!title.empty()) {
    if (i >= b) return;  // only a title ("the Secretary of State"): a description, not a name
    // "Premier League", "President's Cup Committee": a title word opening a body's name.
    if (has(kOrgSuffixes, w[b - 1].f)) return add_candidate(c, w, a, b, EntityKind::organization, true, false);
    add_candidate(c, w, i, b, EntityKind::person, true, false);
    c.out.titles.push_back(TitleLink{title, nationality, c.cands.back().key});
    return;
  }
  // An adjective of nationality before other words ("Russian Foreign Ministry").
  std::string country;
  const std::string phrase = join(w, a, b);
  const std::string_view alias = c.lex.alias(phrase);
  if (c.lex.gazetteer_kind(alias.empty() ? std::string_view(phrase) : alias)) return classify_run(c, w, a, b);
  const std::size_t n = nationality_at(c.lex, w, a, b, country);
  const bool country_name = n > 0 && c.lex.gazetteer_kind(join(w, a, a + n)) != 0;
  if (n == b - a && !country_name) return;  // "Russian" alone: an adjective
  if (n > 0 && n < b - a && !country_name) a += n;
  classify_run(c, w, a, b);
}

// Records that `person` holds the post `head` when it ends in a title ("deputy
// foreign minister", "top diplomat").
void link_post(RunContext& c, const std::string& head, const std::string& nationality, const std::string& person) {
  const std::size_t last = head.rfind(' ');
  const std::string_view last_word = last == std::string::npos ? std::string_view(head) : std::string_view(head).substr(last + 1);
  if (head.empty() || !(c.lex.is_title(head) || c.lex.is_title(last_word) || last_word == "diplomat")) return;
  c.out.titles.push_back(TitleLink{head, nationality, person});
}

// "Jane Roe, the deputy foreign minister, ..." / "Roe, the top Ruritanian
// diplomat": the post after a name (words[j] starts it) names that person later.
// Also "Ali Kaya, Ruritania's foreign minister," (a possessive opens the post).
void appositive(RunContext& c, const std::vector<Word>& w, std::size_t j) {
  if (j >= w.size() || !w[j].sep_before) return;
  const bool the = w[j].f == "the";
  if (!the && !(w[j].cap && w[j].possessive)) return;
  const std::size_t first = the ? j + 1 : j;
  std::string nationality, head;
  for (std::size_t k = first; k < w.size() && k < j + 8; ++k) {
    if (k > first && w[k].sep_before) break;
    std::string country;
    const std::size_t n = nationality_at(c.lex, w, k, w.size(), country);
    if (n) { nationality = country; k += n - 1; continue; }
    if (w[k].f == "former" || w[k].f == "late") return;  // a past post names nobody now
    if (w[k].f == "top" || w[k].f == "chief" || w[k].f == "senior") continue;
    if (w[k].cap && head.empty() && !c.lex.is_title(w[k].f)) { nationality = nation_key(w[k].f); continue; }
    if (!head.empty()) head += ' ';
    head += w[k].f;
  }
  link_post(c, head, nationality, c.cands.back().key);
}

// A post words[a, b) then a comma and the name: "Ruritania's foreign minister,
// Ali Kaya, said" / "the mayor, Piet Dahl,".
void post_before_name(RunContext& c, const std::vector<Word>& w, std::size_t a, std::size_t b) {
  std::string nationality, head;
  for (std::size_t k = a; k < b; ++k) {
    if (k > a && w[k].sep_before) return;  // one phrase, no punctuation inside
    std::string country;
    const std::size_t n = nationality_at(c.lex, w, k, b, country);
    if (n) { nationality = country; k += n - 1; continue; }
    if (w[k].f == "former" || w[k].f == "late") return;
    if (w[k].f == "the" || w[k].f == "top" || w[k].f == "chief" || w[k].f == "senior") continue;
    // "… and Roe's deputy, Ina Falk": the post starts after a function word.
    if (!w[k].cap && is_stopword(w[k].f)) { head.clear(); nationality.clear(); continue; }
    if (w[k].cap && head.empty() && !c.lex.is_title(w[k].f)) { nationality = nation_key(w[k].f); continue; }
    if (!head.empty()) head += ' ';
    head += w[k].f;
  }
  link_post(c, head, nationality, c.cands.back().key);
}

// Headlines in Title Case ("Minister Meets His Counterpart"): no lowercase
// word except short function words, so capitalised runs mean nothing.
bool title_case(const std::vector<Word>& w) {
  static constexpr std::string_view kSmall[] = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on",
                                                "or", "the", "to", "vs", "with"};
  if (w.size() < 3) return false;
  for (const Word& x : w)
    if (!x.cap && !has(kSmall, x.f) && !x.f.empty() && static_cast<unsigned char>(x.f[0]) >= 'a') return false;
  return true;
}

void find_candidates(RunContext& c, const std::vector<Word>& w) {
  c.headline = title_case(w);
  if (c.headline) {  // each word alone: gazetteer names and known people still count
    for (std::size_t i = 0; i < w.size(); ++i)
      if (w[i].cap && !is_calendar(w[i].f)) process_run(c, w, i, i + 1);
    return;
  }
  std::size_t i = 0;
  while (i < w.size()) {
    if (!w[i].cap || is_calendar(w[i].f) || w[i].f == "i") { ++i; continue; }
    std::size_t j = i + 1;
    while (j < w.size() && !w[j].sep_before && !w[j - 1].possessive && !w[j - 1].colon_after) {
      if (w[j].cap && !is_calendar(w[j].f) && w[j].f != "i") { ++j; continue; }
      // A connector joins two capitalised words: "Bank of England".
      if (has(kConnectors, w[j].f) && j + 1 < w.size() && w[j + 1].cap && !w[j + 1].sep_before &&
          !is_calendar(w[j + 1].f)) {
        j += 2;
        continue;
      }
      break;
    }
    const std::size_t before = c.cands.size();
    process_run(c, w, i, j);
    if (c.cands.size() > before && c.cands.back().kind == EntityKind::person) {
      appositive(c, w, j);
      // The post before the name, back to the previous punctuation (at most 6 words).
      if (i > 0 && w[i].sep_before) {
        std::size_t a = i - 1;
        while (a > 0 && !w[a].sep_before && i - a < 6) --a;
        if (a == 0 || w[a].sep_before) post_before_name(c, w, a, i);
      }
    }
    i = j;
  }
}

}  // namespace

// --- keys ----------------------------------------------------------------------

std::string variant_fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto at = [&](std::size_t i) { return i < s.size() ? s[i] : '\0'; };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i], n = at(i + 1);
    char emit = c;
    if (c == '.' || c == '\'') continue;
    if (c == 't' && n == 'c' && at(i + 2) == 'h') continue;          // tch → ch
    if (c == 'p' && n == 'h') { emit = 'f'; ++i; }                   // ph → f
    else if (c == 't' && n == 'h') { emit = 't'; ++i; }              // th → t
    else if (c == 'k' && n == 'h') { emit = 'h'; ++i; }              // kh → h
    else if (c == 'g' && n == 'h') { emit = 'g'; ++i; }              // gh → g (Ghaza, Kirghiz)
    else if (c == 'd' && n == 'h') { emit = 'd'; ++i; }              // dh → d (Riyadh, Kadhafi)
    else if (c == 'c' && n == 'k') { emit = 'k'; ++i; }              // ck → k
    else if (c == 'c' && n == 'h') { out += "ch"; ++i; continue; }   // keep ch
    else if (c == 'c' || c == 'q') emit = 'k';
    else if (c == 'w') emit = 'v';
    else if (c == 'y') emit = 'i';
    else if (c == 'x') { out += "ks"; continue; }
    if (!out.empty() && out.back() == emit && emit != ' ' && emit != '-') continue;  // doubled letters
    out.push_back(emit);
  }
  return out;
}

std::string place_key(std::string_view surface) {
  std::string f = fold(surface);
  const std::string_view a = claims_lexicon().alias(f);
  if (!a.empty()) f = std::string(a);
  return variant_fold(f);
}

std::string person_key(std::string_view surface) {
  const std::string f = fold(surface);
  std::size_t end = f.size();
  // Last word, skipping suffixes (Jr., III).
  for (;;) {
    while (end > 0 && (f[end - 1] == ' ' || f[end - 1] == '.' || f[end - 1] == ',')) --end;
    std::size_t b = f.rfind(' ', end == 0 ? 0 : end - 1);
    b = b == std::string::npos ? 0 : b + 1;
    std::string_view last(f.data() + b, end - b);
    std::string bare(last);
    bare.erase(std::remove(bare.begin(), bare.end(), '.'), bare.end());
    if (b > 0 && has(kNameSuffixes, bare)) { end = b; continue; }
    return variant_fold(last);
  }
}

std::string key_skeleton(std::string_view k) {
  std::string s;
  for (std::size_t i = 0; i < k.size(); ++i) {
    char c = k[i];
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == ' ' || c == '-') continue;
    // A word's last consonant is written voiced or not depending on the source
    // language (Ashgabad/Ashgabat, Belgorod/Belgorot): the skeleton drops the voicing.
    const bool word_end = i + 1 == k.size() || k[i + 1] == ' ' || k[i + 1] == '-';
    if (word_end) {
      static constexpr char kVoiced[] = "dgbzv", kVoiceless[] = "tkpsf";
      const char* v = std::char_traits<char>::find(kVoiced, 5, c);
      if (v) c = kVoiceless[v - kVoiced];
    }
    s.push_back(c);
  }
  return s;
}

bool keys_match(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() < 5 || b.size() < 5) return false;
  if (key_skeleton(a) != key_skeleton(b)) return false;
  return edit_distance(a, b, 2) <= (std::min(a.size(), b.size()) >= 7 ? 2u : 1u);
}

bool is_title_word(std::string_view f) { return claims_lexicon().is_title(f); }
std::string nationality_of(std::string_view f) { return std::string(claims_lexicon().demonym(f)); }

// --- finding -------------------------------------------------------------------

void find_entities(std::string_view text, const TextLayout& layout, const SentenceTokens& tokens,
                   ArticleEntities& out) {
  out.mentions.clear();
  out.titles.clear();
  const ClaimsLexicon& lex = claims_lexicon();
  std::vector<Candidate> cands;
  RunContext ctx{text, lex, out, cands};
  std::vector<Word> words;
  for (std::size_t s = 0; s < layout.sentences.size(); ++s) {
    build_words(text, tokens.of(s), words);
    find_candidates(ctx, words);
  }
  // Pass 2: single words are people when they are a known person's surname.
  std::vector<std::string> persons;
  for (const Candidate& c : cands)
    if (c.kind == EntityKind::person) persons.push_back(c.key);
  std::sort(persons.begin(), persons.end());
  for (Candidate& c : cands) {
    const bool known = std::binary_search(persons.begin(), persons.end(), person_key(c.surface));
    if (!c.decided || c.kind == EntityKind::other || c.weak) {
      if (known) {
        c.kind = EntityKind::person;
        c.key = person_key(c.surface);
      } else if (c.initial && !c.decided) {
        continue;  // an unknown capitalised word starting a sentence: usually not a name
      }
    }
    EntityMention m;
    m.span = c.span;
    m.kind = c.kind;
    m.surface = std::move(c.surface);
    m.key = std::move(c.key);
    out.mentions.push_back(std::move(m));
  }
}

std::string resolve_description(std::string_view text, Span span, const std::vector<TitleLink>& titles) {
  if (titles.empty()) return {};
  SentenceTokens tokens;
  tokenize_sentences(text, std::vector<Span>{span}, tokens);
  std::vector<Word> w;
  build_words(text, tokens.of(0), w);
  const ClaimsLexicon& lex = claims_lexicon();
  std::string nationality, head;
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::string country;
    const std::size_t n = nationality_at(lex, w, i, w.size(), country);
    if (n) { nationality = country; i += n - 1; continue; }
    if (w[i].possessive || (w[i].cap && head.empty() && !is_title_word(w[i].f) && w[i].f != "the")) {
      nationality = nation_key(w[i].f);  // "Ruritania's foreign minister"
      continue;
    }
    if (w[i].f == "the" || w[i].f == "top" || w[i].f == "chief" || w[i].f == "senior" || w[i].f == "his" ||
        w[i].f == "her" || w[i].f == "country" || w[i].f == "s")
      continue;
    if (!head.empty()) head += ' ';
    head += w[i].f;
  }
  if (head.empty()) return {};
  // "top diplomat" names the foreign-affairs post in any country.
  const bool diplomat = head == "diplomat";
  const TitleLink* found = nullptr;
  for (const TitleLink& t : titles) {
    const bool title_ok = t.title == head ||
                          (diplomat ? (t.title.find("secretary of state") != std::string::npos ||
                                       t.title.find("foreign") != std::string::npos)
                                    : (t.title.size() > head.size() &&
                                       t.title.compare(t.title.size() - head.size(), head.size(), head) == 0));
    if (!title_ok) continue;
    if (!nationality.empty() && !t.nationality.empty() && t.nationality != nationality) continue;
    if (found && found->person != t.person) {
      // Two people hold matching posts: only a nationality that picks one decides.
      if (nationality.empty()) return {};
      if (t.nationality == nationality && found->nationality != nationality) found = &t;
      continue;
    }
    if (!found) found = &t;
  }
  return found ? found->person : std::string();
}

}  // namespace corroborate
