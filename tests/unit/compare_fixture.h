// Test fixtures for align/compare: articles written in the test, with claims
// built from marked-up facts (which names are entities, which phrases are
// quantities) so the comparison stages are tested on exact, known input,
// independently of the claim extractors' current quality.
#pragma once
#include <string>
#include <vector>

#include "align.h"
#include "compare.h"
#include "corroborate/claims.h"
#include "corroborate/report.h"

namespace fixture {

using namespace corroborate;

struct Name {
  std::string surface;
  std::string key;
  EntityKind kind = EntityKind::person;
};

struct Amount {
  std::string surface;  // as written in the text (first occurrence)
  double value, low, high;
  std::string unit, dimension, counted;
  std::string event = {};  // Quantity::event ("meet" for "met for two hours")
};

struct Article {
  std::string name;
  std::string text;
  std::vector<Name> names;
  std::vector<Amount> amounts;
};

inline bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Sentences end at . ! ? (plus closing quote marks) followed by a space or the end.
inline std::vector<Span> split(const std::string& t) {
  std::vector<Span> out;
  uint32_t begin = 0;
  for (uint32_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c != '.' && c != '!' && c != '?') continue;
    uint32_t end = i + 1;
    while (end + 2 < t.size() + 1 && t.compare(end, 3, "\xE2\x80\x9D") == 0) end += 3;  // ”
    if (end < t.size() && t[end] != ' ' && t[end] != '\n') continue;
    out.push_back({begin, end});
    begin = end;
    while (begin < t.size() && (t[begin] == ' ' || t[begin] == '\n')) ++begin;
    i = begin ? begin - 1 : 0;
  }
  if (begin < t.size()) out.push_back({begin, static_cast<uint32_t>(t.size())});
  return out;
}

inline bool inside(Span inner, Span outer) { return inner.begin >= outer.begin && inner.end <= outer.end; }

inline ArticleClaims build_claims(const Article& a) {
  ArticleClaims c;
  const std::string& t = a.text;
  for (Span s : split(t)) c.sentences.push_back({s, 0});
  for (const Name& n : a.names) {
    for (std::size_t at = t.find(n.surface); at != std::string::npos; at = t.find(n.surface, at + 1)) {
      bool left = at == 0 || !word_char(t[at - 1]);
      bool right = at + n.surface.size() >= t.size() || !word_char(t[at + n.surface.size()]);
      if (!left || !right) continue;
      EntityMention m;
      m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + n.surface.size())};
      m.kind = n.kind;
      m.surface = n.surface;
      m.key = n.key;
      c.entities.push_back(m);
    }
  }
  std::sort(c.entities.begin(), c.entities.end(),
            [](const EntityMention& x, const EntityMention& y) { return x.span.begin < y.span.begin; });
  // Drop a shorter name inside a longer one ("Kovalev" inside "Evgeny Kovalev").
  std::vector<EntityMention> kept;
  for (const EntityMention& m : c.entities)
    if (kept.empty() || m.span.begin >= kept.back().span.end) kept.push_back(m);
    else if (m.span.size() > kept.back().span.size()) kept.back() = m;
  c.entities = kept;
  for (const Amount& q : a.amounts) {
    std::size_t at = t.find(q.surface);
    if (at == std::string::npos) continue;
    Quantity x;
    x.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + q.surface.size())};
    x.value = q.value;
    x.low = q.low;
    x.high = q.high;
    x.unit = q.unit;
    x.dimension = q.dimension;
    x.counted = q.counted;
    x.event = q.event;
    c.quantities.push_back(x);
  }
  // Curly double quotes “…”.
  const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";
  for (std::size_t at = t.find(open); at != std::string::npos; at = t.find(open, at + 3)) {
    std::size_t end = t.find(close, at + 3);
    if (end == std::string::npos) break;
    Quote q;
    q.whole = {static_cast<uint32_t>(at), static_cast<uint32_t>(end + 3)};
    q.content = {static_cast<uint32_t>(at + 3), static_cast<uint32_t>(end)};
    for (uint32_t s = 0; s < c.sentences.size(); ++s)
      if (q.whole.begin >= c.sentences[s].span.begin && q.whole.begin < c.sentences[s].span.end) q.sentence = s;
    Span sentence = c.sentences[q.sentence].span;
    q.partial = q.whole.begin > sentence.begin + 2;
    // Speaker: a person named in the sentence outside the quote.
    for (const EntityMention& m : c.entities)
      if (m.kind == EntityKind::person && inside(m.span, sentence) && !inside(m.span, q.whole)) {
        q.speaker = m.key;
        q.speaker_span = m.span;
        break;
      }
    c.quotes.push_back(q);
    at = end;
  }
  for (uint32_t s = 0; s < c.sentences.size(); ++s) {
    Claim cl;
    cl.sentence = s;
    cl.span = c.sentences[s].span;
    for (uint32_t i = 0; i < c.quotes.size(); ++i)
      if (c.quotes[i].sentence == s) cl.quotes.push_back(i);
    for (uint32_t i = 0; i < c.quantities.size(); ++i)
      if (inside(c.quantities[i].span, cl.span)) cl.quantities.push_back(i);
    for (uint32_t i = 0; i < c.entities.size(); ++i)
      if (inside(c.entities[i].span, cl.span)) cl.entities.push_back(i);
    c.claims.push_back(cl);
  }
  return c;
}

// Entities linked by key (what link_entities promises), variants per source.
inline EntityTable link(std::vector<ArticleClaims>& arts) {
  EntityTable table;
  for (uint32_t a = 0; a < arts.size(); ++a)
    for (EntityMention& m : arts[a].entities) {
      int32_t e = -1;
      for (std::size_t i = 0; i < table.entities.size(); ++i)
        if (table.entities[i].key == m.key) e = static_cast<int32_t>(i);
      if (e < 0) {
        table.entities.push_back(Entity{m.kind, m.key, m.surface, {}});
        e = static_cast<int32_t>(table.entities.size() - 1);
      }
      m.entity = e;
      Entity& ent = table.entities[e];
      if (m.surface.size() > ent.name.size()) ent.name = m.surface;
      auto v = std::find_if(ent.variants.begin(), ent.variants.end(),
                            [&](const Entity::Variant& x) { return x.surface == m.surface; });
      if (v == ent.variants.end()) ent.variants.push_back({m.surface, {a}});
      else if (v->sources.back() != a) v->sources.push_back(a);
    }
  return table;
}

struct Run {
  std::vector<SourceReport> sources;
  EntityTable table;
  Alignment alignment;
  std::vector<Finding> findings;

  std::vector<const Finding*> of(FindingKind k) const {
    std::vector<const Finding*> out;
    for (const Finding& f : findings)
      if (f.kind == k) out.push_back(&f);
    return out;
  }
  std::string excerpt(const Finding& f, uint32_t source) const {
    for (const Evidence& e : f.evidence)
      if (e.source == source) return e.excerpt;
    return "";
  }
};

inline Run run(const std::vector<Article>& articles, const CompareOptions& options = {}) {
  Run r;
  std::vector<ArticleClaims> claims;
  for (const Article& a : articles) claims.push_back(build_claims(a));
  r.table = link(claims);
  for (std::size_t i = 0; i < articles.size(); ++i) {
    SourceReport s;
    s.id = "s" + std::to_string(i + 1);
    s.name = articles[i].name;
    s.extraction.text = articles[i].text;
    s.claims = std::move(claims[i]);
    r.sources.push_back(std::move(s));
  }
  std::vector<SourceView> views;
  for (uint32_t i = 0; i < r.sources.size(); ++i) views.push_back({i, r.sources[i].extraction.text, &r.sources[i].claims});
  r.alignment = align(views, r.table, options);
  r.findings = build_findings(r.alignment, r.sources, r.table, r.sources.size(), options);
  return r;
}

}  // namespace fixture
