// extract_claims: sentences → entities → quantities, dates → quotes and
// speakers → one Claim per sentence. link_entities: one entity across sources.
#include "corroborate/claims.h"

#include <algorithm>
#include <unordered_map>

#include "characterizations.h"
#include "claims_lexicon.h"
#include "dates.h"
#include "entities.h"
#include "events.h"
#include "quantities.h"
#include "quotes.h"
#include "sentences.h"
#include "tokens.h"

namespace corroborate {

namespace {

// Largest main text read for claims (bytes). A 10,000-word article is ~60 KB.
constexpr std::size_t kMaxClaimsBytes = 4u * 1024u * 1024u;

// Words that negate a statement's main verb (folded).
constexpr std::string_view kNegations[] = {"cannot", "neither", "never", "no", "none", "nor", "not", "nothing"};

bool is_negation(const std::string& f) {
  if (f.size() > 3 && f.compare(f.size() - 3, 3, "n't") == 0) return true;
  return std::binary_search(std::begin(kNegations), std::end(kNegations), f);
}

}  // namespace

namespace {

// Indices of the items whose span starts inside `span`; `next` walks forward
// through items sorted by start (so the whole article costs one pass).
template <class T, class Begin>
void collect(const std::vector<T>& items, Span span, std::size_t& next, std::vector<uint32_t>& out, Begin begin_of) {
  while (next < items.size() && begin_of(items[next]) < span.begin) ++next;
  while (next < items.size() && begin_of(items[next]) < span.end) out.push_back(static_cast<uint32_t>(next++));
}

}  // namespace

ArticleClaims extract_claims(std::string_view text, const Metadata& meta) {
  ArticleClaims out;
  // Bounded work: real articles are far below this; beyond it claims come
  // from the first kMaxClaimsBytes only (cut at a paragraph break).
  if (text.size() > kMaxClaimsBytes) {
    const std::size_t cut = text.rfind("\n\n", kMaxClaimsBytes);
    text = text.substr(0, cut == std::string_view::npos || cut == 0 ? kMaxClaimsBytes : cut);
  }
  TextLayout layout;
  split_sentences(text, layout);
  out.sentences = layout.sentences;
  SentenceTokens tokens;  // tokenized and folded once, shared by every stage below
  {
    std::vector<Span> spans;
    spans.reserve(layout.sentences.size());
    for (const Sentence& s : layout.sentences) spans.push_back(s.span);
    tokenize_sentences(text, spans, tokens);
  }
  ArticleEntities ents;
  find_entities(text, layout, tokens, ents);
  find_dates(text, tokens, meta.date_published, out.dates);
  find_quantities(text, layout, tokens, out.dates, out.quantities);
  std::vector<std::string> speakers;
  find_quotes(text, layout, tokens, ents, out.quotes, speakers);
  attach_events(layout, tokens, ents.mentions, out.quantities, out.dates);
  find_characterizations(text, tokens, out.quotes, ents.mentions, out.dates, speakers, out.characterizations);
  out.entities = std::move(ents.mentions);

  std::size_t next_entity = 0, next_quantity = 0, next_date = 0, next_quote = 0;
  out.claims.reserve(out.sentences.size());
  for (uint32_t s = 0; s < out.sentences.size(); ++s) {
    Claim c;
    c.sentence = s;
    c.span = out.sentences[s].span;
    c.speaker = speakers[s];
    while (next_quote < out.quotes.size() && out.quotes[next_quote].sentence == s)
      c.quotes.push_back(static_cast<uint32_t>(next_quote++));
    collect(out.entities, c.span, next_entity, c.entities, [](const EntityMention& m) { return m.span.begin; });
    collect(out.quantities, c.span, next_quantity, c.quantities, [](const Quantity& q) { return q.span.begin; });
    collect(out.dates, c.span, next_date, c.dates, [](const DateMention& d) { return d.span.begin; });
    const TokenRange words = tokens.of(s);
    for (const FoldedToken& t : words)
      if (t.kind == Token::word && is_negation(t.f)) { c.negated = true; break; }
    content_terms(words, c.terms);
    out.claims.push_back(std::move(c));
  }
  return out;
}

namespace {

// Applies `rename` to every entity key held outside the mentions: speakers,
// participants of quantities and dates.
template <class F>
void rename_keys(ArticleClaims& a, F rename) {
  for (Quote& q : a.quotes) rename(q.speaker);
  for (Claim& c : a.claims) rename(c.speaker);
  for (Characterization& c : a.characterizations) {
    rename(c.speaker);
    for (std::string& p : c.participants) rename(p);
  }
  for (Quantity& q : a.quantities)
    for (std::string& p : q.participants) rename(p);
  for (DateMention& d : a.dates)
    for (std::string& p : d.participants) rename(p);
}

// Kinds that may be the same entity: equal, or one of them unsure ("other").
bool kinds_compatible(EntityKind a, EntityKind b) {
  return a == b || a == EntityKind::other || b == EntityKind::other;
}

// Word count of a surface: the display name prefers the most complete form.
std::size_t words_in(std::string_view s) { return 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')); }

// A person's first name, comparable across spellings and short forms
// ("Joe" → "joseph", "Sergey" → "sergei"); "" for surname-only mentions.
std::string first_name(const EntityMention& m) {
  const std::size_t space = m.surface.find(' ');
  if (m.kind != EntityKind::person || space == std::string::npos) return {};
  std::string f = fold(std::string_view(m.surface).substr(0, space));
  f.erase(std::remove(f.begin(), f.end(), '.'), f.end());
  return variant_fold(claims_lexicon().full_first_name(f));
}

bool first_names_match(const std::string& a, const std::string& b) {
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];  // an initial
  return keys_match(a, b);
}

// Namesakes: people who share a surname key but not a first name ("Joe Roe",
// "Jill Roe") get keys "<first> <surname>", except the most mentioned one,
// who keeps the surname key (and the surname-only mentions). In an article
// that names only one of them in full, its surname-only mentions and
// speakers follow that one.
void split_namesakes(std::vector<ArticleClaims>& articles) {
  struct Cluster { std::string first; std::size_t count = 0; };
  std::unordered_map<std::string, std::vector<Cluster>> by_key;
  for (const ArticleClaims& a : articles)
    for (const EntityMention& m : a.entities) {
      const std::string f = first_name(m);
      if (f.empty()) continue;
      std::vector<Cluster>& cs = by_key[m.key];
      auto it = std::find_if(cs.begin(), cs.end(), [&](const Cluster& c) { return first_names_match(c.first, f); });
      if (it == cs.end()) cs.push_back({f, 1});
      else ++it->count;
    }
  // Key of the cluster a first name belongs to ("" = keeps the surname key).
  auto cluster_key = [&](const std::string& key, const std::string& f) -> std::string {
    auto found = by_key.find(key);
    if (found == by_key.end() || found->second.size() < 2 || f.empty()) return {};
    const std::vector<Cluster>& cs = found->second;
    const auto top = std::max_element(cs.begin(), cs.end(), [](const Cluster& x, const Cluster& y) { return x.count < y.count; });
    for (const Cluster& c : cs)
      if (first_names_match(c.first, f)) return &c == &*top ? std::string() : c.first + ' ' + key;
    return {};
  };
  for (ArticleClaims& a : articles) {
    std::unordered_map<std::string, std::string> only;  // surname key → the one namesake named in full here
    for (EntityMention& m : a.entities) {
      const std::string k = cluster_key(m.key, first_name(m));
      if (first_name(m).empty() || by_key.count(m.key) == 0 || by_key[m.key].size() < 2) continue;
      auto it = only.find(m.key);
      if (it == only.end()) only.emplace(m.key, k);
      else if (it->second != k) it->second = "\x01";  // several namesakes here: surnames stay ambiguous
      if (!k.empty()) m.key = k;
    }
    for (const auto& entry : only) {
      // Named references, not a structured binding: clang (em++, the fuzz
      // build) rejects capturing structured bindings in the lambda below in C++17.
      const std::string& surname = entry.first;
      const std::string& full = entry.second;
      if (full.empty() || full == "\x01") continue;
      for (EntityMention& m : a.entities)
        if (m.key == surname) m.key = full;
      rename_keys(a, [&](std::string& key) {
        if (key == surname) key = full;
      });
    }
  }
}

}  // namespace

EntityTable link_entities(std::vector<ArticleClaims>& articles) {
  split_namesakes(articles);
  EntityTable table;
  // 1. Distinct keys (sorted, so linking does not depend on article order).
  std::unordered_map<std::string, std::string> renames;  // per-article key → entity key
  std::vector<std::pair<std::string, EntityKind>> keys;
  for (const ArticleClaims& a : articles)
    for (const EntityMention& m : a.entities) keys.emplace_back(m.key, m.kind);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  // Map each distinct key to an entity: exact key first, then a spelling
  // variant with the same consonant skeleton (hash-blocked: near-linear).
  struct KeyEntity { std::string key; std::size_t entity; };
  std::vector<KeyEntity> assigned;
  std::unordered_map<std::string, std::vector<std::size_t>> by_skeleton;
  for (const auto& k : keys) {
    if (k.first.empty()) continue;
    std::vector<std::size_t>& block = by_skeleton[key_skeleton(k.first)];
    std::size_t found = table.entities.size();
    for (std::size_t e : block) {
      const Entity& ent = table.entities[e];
      if (kinds_compatible(ent.kind, k.second) && keys_match(ent.key, k.first)) { found = e; break; }
    }
    if (found == table.entities.size()) {
      Entity ent;
      ent.kind = k.second;
      ent.key = k.first;
      table.entities.push_back(std::move(ent));
      block.push_back(found);
    } else if (table.entities[found].kind == EntityKind::other) {
      table.entities[found].kind = k.second;
    }
    assigned.push_back({k.first, found});
  }
  auto entity_for = [&](const std::string& key, EntityKind kind) -> std::size_t {
    // First assignment of this key with a compatible kind.
    auto it = std::lower_bound(assigned.begin(), assigned.end(), key,
                               [](const KeyEntity& x, const std::string& k) { return x.key < k; });
    for (; it != assigned.end() && it->key == key; ++it)
      if (kinds_compatible(table.entities[it->entity].kind, kind)) return it->entity;
    it = std::lower_bound(assigned.begin(), assigned.end(), key,
                          [](const KeyEntity& x, const std::string& k) { return x.key < k; });
    return it != assigned.end() && it->key == key ? it->entity : table.entities.size();
  };
  // 2. Mentions → entities, variants with their sources; keys rewritten to the entity's.
  for (uint32_t a = 0; a < articles.size(); ++a) {
    ArticleClaims& art = articles[a];
    for (EntityMention& m : art.entities) {
      const std::size_t e = entity_for(m.key, m.kind);
      if (e >= table.entities.size()) continue;
      Entity& ent = table.entities[e];
      m.entity = static_cast<int32_t>(e);
      if (m.key != ent.key) {
        renames.emplace(m.key, ent.key);
        m.key = ent.key;
      }
      auto v = std::find_if(ent.variants.begin(), ent.variants.end(),
                            [&](const Entity::Variant& x) { return x.surface == m.surface; });
      if (v == ent.variants.end()) {
        ent.variants.push_back({m.surface, {}});
        v = ent.variants.end() - 1;
      }
      if (v->sources.empty() || v->sources.back() != a) v->sources.push_back(a);
    }
  }
  // 3. Speakers use entity keys too.
  auto renamed = [&](std::string& key) {
    auto it = renames.find(key);
    if (it != renames.end()) key = it->second;
  };
  if (!renames.empty())
    for (ArticleClaims& art : articles) rename_keys(art, renamed);
  // 4. Display name: the most complete spelling, then the most widely used.
  for (Entity& ent : table.entities) {
    const Entity::Variant* best = nullptr;
    for (const Entity::Variant& v : ent.variants)
      if (!best || words_in(v.surface) > words_in(best->surface) ||
          (words_in(v.surface) == words_in(best->surface) && v.sources.size() > best->sources.size()))
        best = &v;
    if (best) ent.name = best->surface;
  }
  return table;
}

}  // namespace corroborate
