#include <catch2/catch.hpp>

#include "compare_fixture.h"
#include "corroborate/corroborate.h"

using namespace corroborate;
using fixture::Article;

namespace {

const std::vector<fixture::Name> kNames = {
    {"Mira Olsen", "olsen"},   {"Olsen", "olsen"},   {"Tomas Reyes", "reyes"},
    {"Thomas Reyes", "reyes"}, {"Reyes", "reyes"},   {"Port Avel", "port avel", EntityKind::place},
    {"Port Awel", "port avel", EntityKind::place}};

bool has_source(const Finding& f, uint32_t s) { return std::find(f.sources.begin(), f.sources.end(), s) != f.sources.end(); }

const Finding* with_topic(const std::vector<const Finding*>& fs, const std::string& needle) {
  for (const Finding* f : fs)
    if (f->topic.find(needle) != std::string::npos || f->summary.find(needle) != std::string::npos) return f;
  return nullptr;
}

}  // namespace

TEST_CASE("duration conflict: about two hours vs nearly four hours", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "The meeting lasted about two hours, officials said.", kNames,
       {{"about two hours", 120, 108, 132, "minute", "duration", ""}}},
      {"Bay Post", "After the two-hour meeting, Olsen spoke to reporters.", kNames,
       {{"two-hour", 120, 120, 120, "minute", "duration", ""}}},
      {"Harbour FM", "Olsen spoke after nearly four hours of talks in Port Avel.", kNames,
       {{"nearly four hours", 240, 216, 240, "minute", "duration", ""}}}};
  fixture::Run r = fixture::run(arts);
  auto conflicts = r.of(FindingKind::conflict);
  const Finding* f = with_topic(conflicts, "duration");
  REQUIRE(f);
  REQUIRE(f->values.size() == 2);
  REQUIRE(f->values[0].sources == std::vector<uint32_t>{0, 1});
  REQUIRE(f->values[1].sources == std::vector<uint32_t>{2});
  REQUIRE(r.excerpt(*f, 2) == "nearly four hours");
  REQUIRE(f->summary == "Duration of the meeting: about two hours / two-hour (Coast Daily, Bay Post) vs nearly four hours (Harbour FM)");
  REQUIRE(r.findings.front().kind == FindingKind::conflict);  // conflicts come first
}

TEST_CASE("durations without an event noun: 'met for two hours' vs 'met for nearly four hours'", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Mira Olsen met Tomas Reyes for about two hours in Port Avel on Monday.", kNames,
       {{"about two hours", 120, 108, 132, "minute", "duration", "", "meet"}}},
      {"Bay Post", "Olsen met Reyes for nearly four hours in Port Avel on Monday.", kNames,
       {{"nearly four hours", 240, 216, 240, "minute", "duration", "", "meet"}}},
      // A deadline is not how long the meeting went on.
      {"Harbour FM", "Olsen and Reyes will meet within two weeks in Port Avel.", kNames,
       {{"two weeks", 20160, 20160, 20160, "minute", "duration", "", "meet"}}}};
  fixture::Run r = fixture::run(arts);
  const Finding* f = with_topic(r.of(FindingKind::conflict), "Duration of the meeting");
  REQUIRE(f);
  REQUIRE(f->sources == std::vector<uint32_t>{0, 1});
  REQUIRE(r.excerpt(*f, 1) == "nearly four hours");
  // The two sentences align as a statement, but their figures cannot both be true: no agreement.
  for (const Finding* a : r.of(FindingKind::agreement)) REQUIRE_FALSE((has_source(*a, 0) && has_source(*a, 1)));
}

TEST_CASE("an aligned statement with incompatible figures is a conflict, never an agreement", "[compare]") {
  // No quantity slot pairs these (the second has no event the claims stage could name), but
  // the statements align: the differing figure must come out as a conflict.
  std::vector<Article> arts = {
      {"Coast Daily", "Mira Olsen and Tomas Reyes talked by telephone in Port Avel for 20 minutes on Monday.", kNames,
       {{"20 minutes", 20, 20, 20, "minute", "duration", ""}}},
      {"Bay Post", "Olsen and Reyes talked by telephone in Port Avel for 45 minutes on Monday.", kNames,
       {{"45 minutes", 45, 45, 45, "minute", "duration", ""}}}};
  fixture::Run r = fixture::run(arts);
  REQUIRE(r.of(FindingKind::agreement).empty());
  const Finding* f = with_topic(r.of(FindingKind::conflict), "talked by telephone");
  REQUIRE(f);
  REQUIRE(f->sources == std::vector<uint32_t>{0, 1});
  REQUIRE(r.excerpt(*f, 0) == "20 minutes");
  REQUIRE(r.excerpt(*f, 1) == "45 minutes");
}

TEST_CASE("compatible quantities agree; vague ones never make a conflict", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "About 300 boats stayed in harbour during the strike.", kNames,
       {{"About 300 boats", 300, 270, 330, "", "count", "boat"}}},
      {"Bay Post", "The strike kept 310 boats in harbour.", kNames, {{"310 boats", 310, 310, 310, "", "count", "boat"}}},
      {"Harbour FM", "Hundreds of boats stayed in harbour during the strike.", kNames,
       {{"Hundreds of boats", 200, 200, INFINITY, "", "count", "boat"}}}};
  fixture::Run r = fixture::run(arts);
  REQUIRE(r.of(FindingKind::conflict).empty());
  const Finding* f = with_topic(r.of(FindingKind::agreement), "number of boats");
  REQUIRE(f);
  REQUIRE(f->sources.size() == 3);
}

TEST_CASE("count conflict from different authorities", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "About 300 boats stayed in harbour during the strike, according to the port authority.", kNames,
       {{"About 300 boats", 300, 270, 330, "", "count", "boat"}}},
      {"Bay Post", "The union says 520 boats stayed in harbour during the strike.", kNames,
       {{"520 boats", 520, 520, 520, "", "count", "boat"}}}};
  fixture::Run r = fixture::run(arts);
  const Finding* f = with_topic(r.of(FindingKind::conflict), "number of boats");
  REQUIRE(f);
  REQUIRE(r.excerpt(*f, 0) == "About 300 boats");
  REQUIRE(r.excerpt(*f, 1) == "520 boats");
}

TEST_CASE("characterization conflict: different adjectives for the same speaker", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Olsen described the talks as “tough but fair.”", kNames, {}},
      {"Bay Post", "Mira Olsen called the meeting “tough and fair.”", kNames, {}},
      {"Harbour FM", "Olsen said the discussion was “friendly and relaxed.”", kNames, {}}};
  fixture::Run r = fixture::run(arts);
  const Finding* f = with_topic(r.of(FindingKind::conflict), "described the talks");
  REQUIRE(f);
  REQUIRE(f->values.size() == 2);
  REQUIRE(f->values[0].sources == std::vector<uint32_t>{0, 1});
  REQUIRE(f->values[1].value == "friendly and relaxed.");
  REQUIRE(r.excerpt(*f, 2) == "“friendly and relaxed.”");
}

TEST_CASE("a quote one outlet splits over two paragraphs is compared whole", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily",
       "“The council has seen storms close the harbour before, and every time the ferries came back within "
       "a week. This time the repairs will be quick, careful and fully funded,” Olsen said.",
       kNames, {}},
      {"Bay Post",
       "“The council has seen storms close the harbour before, and every time the ferries came back within "
       "a week,” Mira Olsen said.\n\n"
       "“This time the repairs will be quick, careful and, again, fully funded.”",
       kNames, {}}};
  fixture::Run r = fixture::run(arts);
  auto variants = r.of(FindingKind::quote_variant);
  REQUIRE(variants.size() == 1);  // not an agreement on the first half only
  const Finding& v = *variants[0];
  REQUIRE(v.sources == std::vector<uint32_t>{0, 1});
  std::string added;
  for (const DiffOp& d : v.diff)
    if (d.op == '+') added += d.text + "|";
  REQUIRE(added.find("again") != std::string::npos);
  // The Bay Post evidence spans both paragraphs of the quote.
  REQUIRE(r.excerpt(v, 1).find("fully funded") != std::string::npos);
  REQUIRE(r.of(FindingKind::unique).empty());
}

TEST_CASE("quote variants carry a word diff; identical quotes agree", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily",
       "“We will not let the harbour close for a single day,” Olsen said. "
       "“Nobody wants the ferries to stop,” Tomas Reyes said.",
       kNames, {}},
      {"Bay Post",
       "“We won’t let the harbour close for even a single day,” Mira Olsen said. "
       "“Nobody wants the ferries to stop,” Reyes said.",
       kNames, {}}};
  fixture::Run r = fixture::run(arts);
  auto variants = r.of(FindingKind::quote_variant);
  REQUIRE(variants.size() == 1);
  const Finding& v = *variants[0];
  REQUIRE(v.topic == "quote by Mira Olsen");
  REQUIRE(v.sources == std::vector<uint32_t>{0, 1});
  REQUIRE_FALSE(v.diff.empty());
  std::string removed, added;
  for (const DiffOp& d : v.diff) {
    if (d.op == '-') removed += d.text + "|";
    if (d.op == '+') added += d.text + "|";
  }
  REQUIRE(removed == "will not|");
  REQUIRE(added == "won’t|even|");
  REQUIRE(r.excerpt(v, 1) == "“We won’t let the harbour close for even a single day,”");
  const Finding* same = with_topic(r.of(FindingKind::agreement), "quote by");
  REQUIRE(same);
  REQUIRE(same->summary.find("Nobody wants the ferries to stop") != std::string::npos);
}

TEST_CASE("name variants list which sources use which spelling", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Tomas Reyes opened the new quay in Port Avel. Reyes thanked the crews.", kNames, {}},
      {"Bay Post", "Thomas Reyes opened a quay in Port Awel on Monday.", kNames, {}},
      {"Harbour FM", "Reyes opened the quay.", kNames, {}}};
  fixture::Run r = fixture::run(arts);
  auto names = r.of(FindingKind::name_variant);
  REQUIRE(names.size() == 2);
  const Finding* reyes = with_topic(names, "Reyes");
  REQUIRE(reyes);
  REQUIRE(reyes->values.size() == 2);  // "Reyes" alone is a shorter form, not a spelling
  REQUIRE(reyes->values[0].value == "Tomas Reyes");
  // "Reyes" alone fits either spelling, so Harbour FM is credited to neither.
  REQUIRE(reyes->values[0].sources == std::vector<uint32_t>{0});
  REQUIRE(reyes->values[1].value == "Thomas Reyes");
  REQUIRE(reyes->values[1].sources == std::vector<uint32_t>{1});
  REQUIRE(r.excerpt(*reyes, 1) == "Thomas Reyes");
  REQUIRE(with_topic(names, "Port"));
}

TEST_CASE("spelling variants drop titles and shorter forms", "[compare]") {
  Entity e;
  e.key = "lind";
  e.variants = {{"Minister Anna Lind", {0}}, {"Anna Lind", {1}}, {"Lind", {2}}, {"Ana Lind", {3}}};
  auto v = spelling_variants(e);
  REQUIRE(v.size() == 2);
  REQUIRE(v[0].value == "Minister Anna Lind");
  REQUIRE(v[0].sources == std::vector<uint32_t>{0, 1});
  REQUIRE(v[1].value == "Ana Lind");
  REQUIRE(v[1].sources == std::vector<uint32_t>{3});  // "Lind" (source 2) fits both: neither
}

TEST_CASE("a shorter form that fits one spelling only is credited to it", "[compare]") {
  Entity e;
  e.key = "lind";
  e.variants = {{"Anna Lind", {0}}, {"Lind", {1}}, {"Anna Lindh", {2}}, {"Minister Lind", {3}}};
  // "Lind" is a shorter form of "Anna Lind" only ("Lindh" is another word).
  auto v = spelling_variants(e);
  REQUIRE(v.size() == 2);
  REQUIRE(v[0].value == "Anna Lind");
  REQUIRE(v[0].sources == std::vector<uint32_t>{0, 1, 3});
  REQUIRE(v[1].value == "Anna Lindh");
  REQUIRE(v[1].sources == std::vector<uint32_t>{2});
}

TEST_CASE("opposite statements: one source negates what another affirms", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Reyes said the council would suspend the new mooring fees for small boats.", kNames, {}},
      {"Bay Post", "The council would not suspend the new mooring fees, Reyes said on Monday.", kNames, {}},
      {"Harbour FM", "The council will review the mooring fees next year.", kNames, {}}};
  fixture::Run r = fixture::run(arts);
  const Finding* f = with_topic(r.of(FindingKind::conflict), "suspend");
  REQUIRE(f);
  REQUIRE(f->sources == std::vector<uint32_t>{0, 1});
  REQUIRE(f->values[0].value == "suspend");
  REQUIRE(f->values[1].value == "not suspend");
  REQUIRE(f->values[1].sources == std::vector<uint32_t>{1});
}

TEST_CASE("opposite statements from many sources make one conflict, not one per pair", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Reyes said the council would suspend the new mooring fees for small boats.", kNames, {}},
      {"Bay Post", "The council would not suspend the new mooring fees, Reyes said on Monday.", kNames, {}},
      {"Harbour FM", "Reyes said the council would suspend the new mooring fees for small boats soon.", kNames, {}},
      {"Pier Radio", "The council would not suspend the new mooring fees, Reyes said on Tuesday.", kNames, {}}};
  fixture::Run r = fixture::run(arts);
  std::size_t suspend_conflicts = 0;
  const Finding* f = nullptr;
  for (const Finding* c : r.of(FindingKind::conflict))
    if (c->topic == "opposite statements") {
      ++suspend_conflicts;
      f = c;
    }
  REQUIRE(suspend_conflicts == 1);
  REQUIRE(f->values.size() == 2);
  // Both negating sources join the one conflict. (A third affirming source
  // joins only when its own sentence pairs with a negating one.)
  REQUIRE(f->values[0].sources.front() == 0);
  REQUIRE(f->values[1].sources == std::vector<uint32_t>{1, 3});
}

TEST_CASE("opposite statements: every affirming source joins, not only those paired with a negation", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Reyes said the council would suspend the new mooring fees for small boats.", kNames, {}},
      {"Bay Post", "The council would not suspend the new mooring fees, Reyes said on Monday.", kNames, {}},
      // Close to Coast Daily's wording, far from Bay Post's: it pairs with the affirming side only.
      {"Harbour FM", "Fishermen in Port Avel cheered when Reyes said the council would suspend the fees for small boats "
                     "until the storm damage is repaired and the harbour reopens.", kNames, {}}};
  fixture::Run r = fixture::run(arts);
  const Finding* f = with_topic(r.of(FindingKind::conflict), "suspend");
  REQUIRE(f);
  REQUIRE(f->values[0].value == "suspend");
  REQUIRE(f->values[0].sources == std::vector<uint32_t>{0, 2});
  REQUIRE(f->values[1].sources == std::vector<uint32_t>{1});
}

TEST_CASE("agreements rank by number of sources; notable single-source claims are unique", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily",
       "The harbour board approved the dredging plan on Monday. The weather was grey. "
       "Fishermen in Port Avel lost 40 nets in the storm, Mira Olsen said.",
       kNames, {{"40 nets", 40, 40, 40, "", "count", "net"}}},
      {"Bay Post", "On Monday the harbour board approved its dredging plan.", kNames, {}},
      {"Harbour FM", "The dredging plan was approved by the harbour board on Monday. Ferries ran late.", kNames, {}}};
  fixture::Run r = fixture::run(arts);
  auto agreements = r.of(FindingKind::agreement);
  REQUIRE_FALSE(agreements.empty());
  REQUIRE(agreements[0]->sources.size() == 3);
  REQUIRE(agreements[0]->summary.rfind("Reported by 3 sources", 0) == 0);
  auto unique = r.of(FindingKind::unique);
  REQUIRE(unique.size() == 1);  // the grey weather and late ferries are filler, not findings
  REQUIRE(unique[0]->sources == std::vector<uint32_t>{0});
  REQUIRE(r.excerpt(*unique[0], 0) == "Fishermen in Port Avel lost 40 nets in the storm, Mira Olsen said.");
}

TEST_CASE("compare(): argument limits and failing articles", "[compare]") {
  std::vector<ArticleInput> none;
  REQUIRE(compare(none).error().code == ErrorCode::too_few_articles);
  CompareOptions small;
  small.extract.limits.max_articles = 2;
  std::vector<ArticleInput> three(3, ArticleInput{"", "", "Some text about the harbour board meeting.", {}});
  REQUIRE(compare(three, small).error().code == ErrorCode::too_many_articles);

  std::vector<ArticleInput> one = {{"", "Coast Daily", "The harbour board approved the dredging plan on Monday.", {}}};
  Result<Report> single = compare(one);
  REQUIRE(single.ok());
  REQUIRE(single->warnings.size() == 1);
  REQUIRE(single->warnings[0] == "only one readable source: nothing to compare");
  REQUIRE(single->sources[0].id == "s1");

  std::vector<ArticleInput> with_bad = {{"a", "Coast Daily", "The harbour board approved the dredging plan on Monday.", {}},
                                        {"b", "Empty", "", {}},
                                        {"c", "Bay Post", "On Monday the harbour board approved its dredging plan.", {}}};
  Result<Report> r = compare(with_bad);
  REQUIRE(r.ok());
  REQUIRE(r->sources.size() == 3);
  REQUIRE(r->sources[1].error.size() > 0);
  REQUIRE(r->sources[1].error_code == ErrorCode::empty_input);
  REQUIRE(r->sources[0].error.empty());
  REQUIRE(r->warnings.empty());
}

TEST_CASE("compare() survives junk and is deterministic", "[compare]") {
  std::string junk;
  for (int i = 0; i < 20000; ++i) junk += static_cast<char>((i * 7919) % 251 + 1);
  std::string nospace(200000, 'x');
  std::string quotes;
  for (int i = 0; i < 5000; ++i) quotes += "“a ” b “ ";
  std::vector<ArticleInput> in = {{"", "", junk, {}}, {"", "", nospace, {}}, {"", "", quotes, {}},
                                  {"", "", "\xff\xfe\xfd broken \xc3 utf8 “quote", {}}};
  Result<Report> a = compare(in);
  REQUIRE(a.ok());
  Result<Report> b = compare(in);
  REQUIRE(to_json(a.value()) == to_json(b.value()));
  REQUIRE(to_markdown(a.value()) == to_markdown(b.value()));
}

TEST_CASE("characterizations: a condition about another meeting does not join how the talks were described", "[compare]") {
  // End to end: the claims stage marks "if the meeting was “useful and productive”" as a condition.
  const char* a =
      "Harbour talks end without a deal\n\n"
      "Dravian minister Mira Olsen met her Solvenian counterpart Tomas Reyes in Port Avel on Monday. "
      "After the meeting, Olsen described the talks as “tough but fair.”\n\n"
      "Olsen said she would be open to a summit between the two prime ministers, if the meeting was “useful and productive.”\n";
  const char* b =
      "No deal at harbour talks\n\n"
      "Mira Olsen and Tomas Reyes met in Port Avel on Monday to discuss the harbour fees. "
      "Olsen called the meeting “calm and practical.”\n\n"
      "Reyes declined to comment on the fees after the meeting.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  const Finding* olsen = nullptr;
  for (const Finding& f : r.value().findings)
    if (f.summary.find("described the talks") != std::string::npos) olsen = &f;
  REQUIRE(olsen);
  REQUIRE(olsen->kind == FindingKind::conflict);
  REQUIRE(olsen->summary.find("tough but fair") != std::string::npos);
  REQUIRE(olsen->summary.find("calm and practical") != std::string::npos);
  REQUIRE(olsen->summary.find("useful and productive") == std::string::npos);
}

TEST_CASE("date conflict: two sources give different days for the same meeting", "[compare]") {
  const char* a =
      "Harbour talks end without a deal\n\n"
      "Dravian minister Mira Olsen met her Solvenian counterpart Tomas Reyes in Port Avel on March 3, 2026, "
      "to discuss the harbour fees.\n\nOlsen said the fees would stay in place for now.\n";
  const char* b =
      "No deal at harbour talks\n\n"
      "Mira Olsen met Tomas Reyes in Port Avel on March 5, 2026, to discuss the harbour fees.\n\n"
      "Reyes declined to comment after the meeting.\n";
  const char* c =
      "Fees stay as talks stall\n\n"
      "Olsen and Reyes met in Port Avel on March 3, 2026, and talked about the harbour fees.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}, {"", "Harbour FM", c, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  const Finding* date = nullptr;
  for (const Finding& f : r.value().findings)
    if (f.kind == FindingKind::conflict && f.topic == "date of the meeting") date = &f;
  REQUIRE(date);
  REQUIRE(date->values.size() == 2);
  REQUIRE(date->values[0].sources == std::vector<uint32_t>{0, 2});
  REQUIRE(date->values[1].sources == std::vector<uint32_t>{1});
  for (const Evidence& e : date->evidence) REQUIRE(e.role == "date");
  // The sentences with the differing dates are not listed as agreeing.
  for (const Finding& f : r.value().findings)
    if (f.kind == FindingKind::agreement) REQUIRE(f.summary.find("March") == std::string::npos);
}

TEST_CASE("quote variants: adjectives reworded as adverbs in another order", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily",
       "Mira Olsen warned of a “swift, firm and united response” if the blockade of Port Avel continued. "
       "Ferries were cancelled on Monday. The fish market stayed shut. Tomas Reyes flew home in the evening.",
       kNames, {}},
      {"Bay Post",
       "Olsen said the harbour towns would answer “unitedly, swiftly and firmly if the blockade goes on.” "
       "Queues of lorries grew near the bridge. A storm is expected later this week.",
       kNames, {}}};
  fixture::Run r = fixture::run(arts);
  auto variants = r.of(FindingKind::quote_variant);
  REQUIRE(variants.size() == 1);
  REQUIRE(variants[0]->sources == std::vector<uint32_t>{0, 1});
  REQUIRE(r.of(FindingKind::unique).empty());
  for (const Finding* a : r.of(FindingKind::agreement)) REQUIRE(a->summary.find("swift") == std::string::npos);
}

TEST_CASE("a direct quote and reported speech of the same speaker are one finding with both spans", "[compare]") {
  const char* a =
      "Crossing to reopen\n\nDravian minister Mira Olsen met Tomas Reyes in Port Avel on Monday. "
      "“We will reopen the Kestrel crossing for freight trucks next week,” Olsen told reporters after the meeting.\n\n"
      "Ferries were cancelled because of the storm.\n";
  const char* b =
      "Freight relief in sight\n\nMira Olsen and Tomas Reyes met in Port Avel on Monday. "
      "Olsen said that Dravia would reopen the Kestrel crossing to freight trucks next week.\n\n"
      "The fish market stayed shut on Monday.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  const Finding* q = nullptr;
  for (const Finding& f : r.value().findings) {
    REQUIRE(f.kind != FindingKind::unique);  // neither wording is "only in one source"
    if (f.summary.find("paraphrase") != std::string::npos) q = &f;
  }
  REQUIRE(q);
  REQUIRE(q->kind == FindingKind::agreement);
  REQUIRE(q->sources == std::vector<uint32_t>{0, 1});
  REQUIRE(q->evidence.size() == 2);
  REQUIRE(q->evidence[1].value == "paraphrase");
  REQUIRE(q->evidence[1].excerpt.find("would reopen the Kestrel crossing") != std::string::npos);
}

TEST_CASE("statements sharing only names carry no claim: not an agreement", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Mira Olsen and Tomas Reyes in Port Avel.", kNames, {}},
      {"Bay Post", "Pictured: Olsen, Reyes and Port Avel.", kNames, {}},
      {"Harbour FM", "The harbour board approved the dredging plan for Port Avel on Monday after Olsen asked.", kNames, {}},
      {"Pier Radio", "On Monday the harbour board approved its dredging plan for Port Avel, Olsen said.", kNames, {}}};
  fixture::Run r = fixture::run(arts);
  auto agreements = r.of(FindingKind::agreement);
  std::string all;
  for (const Finding* a : agreements) all += a->summary + " | ";
  INFO(all);
  REQUIRE(agreements.size() == 1);  // the dredging plan, with names and words in common
  REQUIRE(agreements[0]->sources == std::vector<uint32_t>{2, 3});
}

TEST_CASE("characterizations: a description inside the speaker's own quote counts", "[compare]") {
  const char* a =
      "Harbour talks end without a deal\n\n"
      "Dravian minister Mira Olsen met her Solvenian counterpart Tomas Reyes in Port Avel on Monday.\n\n"
      "“The discussion today with Minister Reyes was frank and substantive,” Olsen said at a news conference.\n";
  const char* b =
      "No deal at harbour talks\n\n"
      "Mira Olsen and Tomas Reyes met in Port Avel on Monday to discuss the harbour fees. "
      "Olsen called the meeting “tense and unproductive.”\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  const Finding* olsen = nullptr;
  for (const Finding& f : r.value().findings)
    if (f.summary.find("described the talks") != std::string::npos) olsen = &f;
  REQUIRE(olsen);
  REQUIRE(olsen->kind == FindingKind::conflict);
  REQUIRE(olsen->sources == std::vector<uint32_t>{0, 1});
  REQUIRE(olsen->summary.find("frank and substantive") != std::string::npos);
  for (const Evidence& e : olsen->evidence)
    if (e.source == 0) REQUIRE(e.excerpt == "frank and substantive");
}

TEST_CASE("contact mode: the same number of contacts in person in one source, by telephone in another", "[compare]") {
  const char* a =
      "Harbour talks resume\n\n"
      "The question of whether Governor Piet Dahl should see Mayor Ilse Marwen again came up on Monday. "
      "The two met twice last month.\n\nAides said the harbour fees were the main topic.\n";
  const char* b =
      "Fees on the table again\n\n"
      "Governor Piet Dahl is ready to meet Mayor Ilse Marwen again, an aide said. Dahl, who visited Marwen in "
      "Port Avel last year and has twice warned her by telephone about the fees, wants a deal first.\n";
  const char* c =
      "Governor open to harbour summit\n\n"
      "Piet Dahl and Ilse Marwen have spoken twice since the spring, aides said.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}, {"", "Harbour FM", c, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  const Finding* contact = nullptr;
  for (const Finding& f : r.value().findings)
    if (f.kind == FindingKind::conflict && f.topic.find("were in contact") != std::string::npos) contact = &f;
  REQUIRE(contact);
  CHECK(contact->topic.find("Dahl") != std::string::npos);
  CHECK(contact->topic.find("Marwen") != std::string::npos);
  REQUIRE(contact->values.size() == 2);
  CHECK(contact->values[0].value == "met twice");
  CHECK(contact->values[0].sources == std::vector<uint32_t>{0});
  CHECK(contact->values[1].value == "twice warned her by telephone");
  CHECK(contact->values[1].sources == std::vector<uint32_t>{1});  // "spoken twice" says no mode: not a side
  REQUIRE(contact->evidence.size() == 2);
  CHECK(contact->evidence[0].excerpt == "met twice");

  // Modes that agree, or counts that differ (other contacts), are no conflict.
  const char* d = "Harbour talks resume\n\nGovernor Piet Dahl and Mayor Ilse Marwen met twice in May.\n";
  const char* e = "Fees again\n\nPiet Dahl has called Ilse Marwen five times about the fees.\n";
  const char* g = "Fees again\n\nDahl visited Marwen twice in May to discuss the fees.\n";
  std::vector<ArticleInput> in2 = {{"", "Coast Daily", d, {}}, {"", "Bay Post", e, {}}, {"", "Harbour FM", g, {}}};
  Result<Report> r2 = compare(in2);
  REQUIRE(r2.ok());
  for (const Finding& f : r2.value().findings) CHECK(f.topic.find("were in contact") == std::string::npos);

  // "two phone calls" vs "met twice": a count of contact nouns clashes the same way.
  const char* h = "Fees again\n\nGovernor Piet Dahl and Mayor Ilse Marwen have held two phone calls since May.\n";
  std::vector<ArticleInput> in3 = {{"", "Coast Daily", d, {}}, {"", "Bay Post", h, {}}};
  Result<Report> r3 = compare(in3);
  REQUIRE(r3.ok());
  const Finding* calls = nullptr;
  for (const Finding& f : r3.value().findings)
    if (f.kind == FindingKind::conflict && f.topic.find("were in contact") != std::string::npos) calls = &f;
  REQUIRE(calls);
  REQUIRE(calls->values.size() == 2);
  CHECK(calls->values[1].value == "two phone calls");

  // Contacts in months that do not overlap are other contacts.
  const char* k = "Talks\n\nGovernor Piet Dahl and Mayor Ilse Marwen met twice in May 2026.\n";
  const char* l = "Talks\n\nGovernor Piet Dahl and Mayor Ilse Marwen spoke twice by phone in June 2026.\n";
  std::vector<ArticleInput> in4 = {{"", "Coast Daily", k, {}}, {"", "Bay Post", l, {}}};
  Result<Report> r4 = compare(in4);
  REQUIRE(r4.ok());
  for (const Finding& f : r4.value().findings) CHECK(f.topic.find("were in contact") == std::string::npos);
  const char* m = "Talks\n\nGovernor Piet Dahl and Mayor Ilse Marwen spoke twice by phone in May 2026.\n";
  std::vector<ArticleInput> in5 = {{"", "Coast Daily", k, {}}, {"", "Bay Post", m, {}}};
  Result<Report> r5 = compare(in5);
  REQUIRE(r5.ok());
  bool clash = false;
  for (const Finding& f : r5.value().findings) clash = clash || f.topic.find("were in contact") != std::string::npos;
  CHECK(clash);
}

TEST_CASE("denied characterisation: 'did not describe it as X' vs sources that assert X", "[compare]") {
  const char* a =
      "Dravia to answer harbour fee claims\n\n"
      "Mira Olsen said Dravia would send a written reply to Solvenia's requests on the harbour fees next month.\n";
  const char* b =
      "Fee talks go on\n\n"
      "Dravia agreed to send written answers next month to the Solvenian demands on harbour fees, Olsen said.\n";
  const char* c =
      "Olsen promises paper\n\n"
      "Olsen confirmed that Dravia will send a written paper on the fees to Solvenia next month. "
      "But she did not describe it as a reply to the sweeping proposals Port Avel made in May, saying Dravia "
      "would raise its own issues.\n";
  const char* d =
      "Harbour fees\n\n"
      "Whether Dravia would send a written reply to Solvenia's demands next month was the open question.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}, {"", "Harbour FM", c, {}},
                                  {"", "Delta News", d, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  const Finding* denied = nullptr;
  for (const Finding& f : r.value().findings)
    if (f.kind == FindingKind::conflict && f.topic == "characterisation") denied = &f;
  REQUIRE(denied);
  REQUIRE(denied->values.size() == 2);
  CHECK(denied->values[0].sources == std::vector<uint32_t>{0, 1});  // the question ("Whether …") asserts nothing
  CHECK(denied->values[1].sources == std::vector<uint32_t>{2});
  CHECK(denied->values[1].value == "did not describe it as a reply to the sweeping proposals Port Avel made in May");
  CHECK(denied->values[0].value == "reply to Solvenia's requests");
  for (const Evidence& e : denied->evidence) CHECK(e.role == "characterization");

  // A refused label about something no source asserts, or "did not describe the talks", is no conflict.
  const char* e =
      "Fee talks\n\nOlsen said Dravia would send a written reply to Solvenia's requests next month.\n";
  const char* g =
      "Fee talks\n\nOlsen did not describe it as a reply to the farmers' complaints about prices, aides said. "
      "Reyes did not describe the talks as a reply to the requests.\n";
  std::vector<ArticleInput> in2 = {{"", "Coast Daily", e, {}}, {"", "Bay Post", g, {}}};
  Result<Report> r2 = compare(in2);
  REQUIRE(r2.ok());
  for (const Finding& f : r2.value().findings) CHECK(f.topic != "characterisation");
}

TEST_CASE("a rare word negated by three sources of one story is an agreement", "[compare]") {
  // Each outlet also reports the meeting in Port Avel, so the four are one story.
  const char* a =
      "Fee talks end\n\nMira Olsen met Tomas Reyes in Port Avel on Monday to discuss the harbour fees. "
      "“We did not expect any quick settlement today,” Olsen said. No country should pay twice, Reyes said.\n";
  const char* b =
      "Harbour fees\n\nMira Olsen met Tomas Reyes in Port Avel on Monday to discuss the harbour fees. "
      "The two sides reached no settlement on the fees but agreed to meet again. No country should pay twice.\n";
  const char* c =
      "Talks in Port Avel\n\nMira Olsen met Tomas Reyes in Port Avel on Monday to discuss the harbour fees. "
      "Both ministers said beforehand they did not expect a “settlement” this week. No country should pay twice.\n";
  const char* d =
      "Port Avel meeting\n\nMira Olsen met Tomas Reyes in Port Avel on Monday to discuss the harbour fees. "
      "Olsen did not say when the fees would change.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}, {"", "Harbour FM", c, {}},
                                  {"", "Delta News", d, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  const Finding* none = nullptr;
  for (const Finding& f : r.value().findings) {
    if (f.kind == FindingKind::agreement && f.topic == "no settlement") none = &f;
    CHECK(f.topic != "no country");  // "No country should …" is a rule, not something that did not happen
    CHECK(f.topic != "no say");      // a negated verb is no shared fact
  }
  REQUIRE(none);
  CHECK(none->sources == std::vector<uint32_t>{0, 1, 2});
  REQUIRE(none->evidence.size() == 3);
  CHECK(none->evidence[0].role == "quote");
  CHECK(none->evidence[0].excerpt == "did not expect any quick settlement");
  CHECK(none->evidence[1].role == "statement");
  CHECK(none->evidence[1].excerpt == "no settlement");
  CHECK(none->evidence[2].excerpt == "did not expect a “settlement”");

  // The same words in two stories side by side (nothing else shared) are no agreement.
  const char* e = "Dock strike\n\nUnion leader Ana Kvist said there was no settlement with the port owners yet.\n";
  const char* g = "Rail dispute\n\nThe train drivers reached no settlement with Velo Rail on Tuesday.\n";
  const char* h = "Football\n\nCoach Piet Ramm said the club had no settlement offer for its striker.\n";
  std::vector<ArticleInput> in2 = {{"", "Coast Daily", e, {}}, {"", "Bay Post", g, {}}, {"", "Harbour FM", h, {}}};
  Result<Report> r2 = compare(in2);
  REQUIRE(r2.ok());
  for (const Finding& f : r2.value().findings) CHECK(f.kind != FindingKind::agreement);
}

TEST_CASE("an outlet giving both values contradicts nobody; credit lines are no agreement", "[compare]") {
  // Bay Post counts the boats at two harbours; Coast Daily gives one of its figures: no conflict,
  // and no agreement that reads "300 vs 520".
  std::vector<Article> arts = {
      {"Coast Daily", "About 300 boats stayed in the north harbour during the strike.", kNames,
       {{"About 300 boats", 300, 270, 330, "", "count", "boat"}}},
      {"Bay Post", "About 300 boats stayed in the north harbour during the strike, and 520 boats stayed in the south harbour.",
       kNames, {{"About 300 boats", 300, 270, 330, "", "count", "boat"}, {"520 boats", 520, 520, 520, "", "count", "boat"}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "number of boats") == nullptr);
  CHECK(with_topic(r.of(FindingKind::agreement), "number of boats") == nullptr);

  const char* a = "Port news\n\nThe harbour board approved the dredging plan on Monday.\n\nWire services contributed to this report.\n";
  const char* b = "Rail news\n\nThe rail board cut two night trains on Tuesday.\n\nNews agencies contributed to this report.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}};
  Result<Report> rep = compare(in);
  REQUIRE(rep.ok());
  for (const Finding& f : rep.value().findings) CHECK(f.summary.find("contributed") == std::string::npos);
}

TEST_CASE("a quote one outlet prints in part is summarised by the part both print", "[compare]") {
  const char* a =
      "Fees\n\nMira Olsen spoke after the talks. “The fees will stay for now. We will look at them again in "
      "the spring when the harvest is in,” Olsen said.\n";
  const char* b = "Fees\n\n“We will look at them again in the spring when the harvest is in,” Mira Olsen said.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  const Finding* q = nullptr;
  for (const Finding& f : r.value().findings)
    if (f.kind == FindingKind::agreement && f.summary.find("Quote by") != std::string::npos) q = &f;
  REQUIRE(q);
  CHECK(q->summary.find("We will look at them again") != std::string::npos);
  CHECK(q->summary.find("The fees will stay") == std::string::npos);
}

TEST_CASE("shared negations skip idioms and copulas", "[compare]") {
  // One story (the shared first sentence), but "no longer …" and "was not immediately clear" are no facts.
  std::string lead = "Mira Olsen met Tomas Reyes in Port Avel on Monday to discuss the harbour fees. ";
  std::string a = "Fees\n\n" + lead + "The old ferry is no longer running. It was not immediately clear when the fees would change.\n";
  std::string b = "Harbour\n\n" + lead + "Boats no longer wait at the pier. It was not immediately clear who would pay.\n";
  std::string c = "Port Avel\n\n" + lead + "Trucks no longer queue there. The date was not immediately clear.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}, {"", "Harbour FM", c, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  for (const Finding& f : r.value().findings) {
    CHECK(f.topic != "no longer");
    CHECK(f.topic != "no clear");
  }
}

TEST_CASE("a source giving several values in a slot counts several things: only one-value sources conflict", "[compare]") {
  // Bay Post counts birdies of two rounds; Coast Daily's one figure contradicts neither.
  std::vector<Article> arts = {
      {"Coast Daily", "Reyes made six birdies at Port Avel on the windy Sunday.", kNames,
       {{"six birdies", 6, 6, 6, "", "count", "birdie"}}},
      {"Bay Post", "Reyes made three straight birdies at Port Avel. Reyes made seven birdies at Port Avel in the windy final round.",
       kNames, {{"three straight birdies", 3, 3, 3, "", "count", "birdie"}, {"seven birdies", 7, 7, 7, "", "count", "birdie"}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "birdies") == nullptr);

  // A third outlet with one figure that differs from Coast Daily's: that pair still conflicts,
  // and the finding shows only the one-value outlets.
  arts.push_back({"Harbour FM", "Reyes made nine birdies at Port Avel on the windy Sunday.", kNames,
                  {{"nine birdies", 9, 9, 9, "", "count", "birdie"}}});
  r = fixture::run(arts);
  const Finding* f = with_topic(r.of(FindingKind::conflict), "birdies");
  REQUIRE(f);
  CHECK(f->sources == std::vector<uint32_t>{0, 2});
  CHECK(f->summary.find("seven") == std::string::npos);
}

TEST_CASE("quantities join on the words near them, not on the story's names", "[compare]") {
  // The same ferry, the same place: 13 people hurt and 152 people aboard are not one figure. The
  // other number's words ("nineteen injuries") describe that number, not "152 people".
  std::vector<Article> arts = {
      {"Coast Daily", "The ferry ran aground near Port Avel on Monday, causing minor injuries to 13 people and long delays.",
       kNames, {{"13 people", 13, 13, 13, "", "count", "person"}}},
      {"Bay Post", "Nineteen injuries were reported among the 152 people aboard, the coast guard said.", kNames,
       {{"Nineteen injuries", 19, 19, 19, "", "count", "injury"}, {"152 people", 152, 152, 152, "", "count", "person"}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "people") == nullptr);

  // A difference ("4 feet shorter", "10 feet ahead") is not the size of a thing.
  arts = {{"Coast Daily", "The tiger pen at Port Avel had a wall 4 feet shorter than the rule asks.", kNames,
           {{"4 feet", 1.2192, 1.2192, 1.2192, "m", "length", ""}}},
          {"Bay Post", "The tiger pen at Port Avel had a moat 33 feet across.", kNames,
           {{"33 feet", 10.06, 10.06, 10.06, "m", "length", ""}}}};
  r = fixture::run(arts);
  CHECK(r.of(FindingKind::conflict).empty());
}

TEST_CASE("durations of events of different kinds do not join when nobody is named", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "The pair spent only 15 minutes at the summit before the storm.", kNames,
       {{"15 minutes", 15, 15, 15, "minute", "duration", ""}}},
      {"Bay Post", "The funeral plans came after a two-hour meeting with the widow.", kNames,
       {{"two-hour", 120, 120, 120, "minute", "duration", ""}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "uration") == nullptr);
}

TEST_CASE("figures both sentences give are matched whatever their order; 'No. 18' is no negation", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Olsen said the harbour lost 683,000 boat visits and 202,000 ferry trips at Port Avel last year.", kNames,
       {{"683,000", 683000, 683000, 683000, "", "count", ""}, {"202,000", 202000, 202000, 202000, "", "count", ""}}},
      {"Bay Post", "The harbour lost 202,000 ferry trips and 683,000 boat visits at Port Avel last year, Olsen said.", kNames,
       {{"202,000", 202000, 202000, 202000, "", "count", ""}, {"683,000", 683000, 683000, 683000, "", "count", ""}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(r.of(FindingKind::conflict).empty());

  arts = {{"Coast Daily", "Reyes three-putted No. 18 for par from 20 feet at Port Avel on Sunday afternoon.", kNames, {}},
          {"Bay Post", "Reyes saved par from 20 feet on the 18th at Port Avel on Sunday afternoon.", kNames, {}}};
  r = fixture::run(arts);
  for (const Finding* f : r.of(FindingKind::conflict)) CHECK(f->topic != "opposite statements");
}

TEST_CASE("figures of two stories side by side do not conflict", "[compare]") {
  // Two outlets on the harbour fees, two on a rail strike: each pair shares wording, the pairs do
  // not. "two countries" and "three countries", both near "ministers" and "backed", are two stories'
  // figures. (A modifier, "three neighbouring countries", would make them two things anyway.)
  const std::string fees = "Mira Olsen met Tomas Reyes in Port Avel on Monday to settle the harbour fee dispute. ";
  const std::string rail = "The rail union called off the strike at the Vell depot after a night of talks on Tuesday. ";
  std::vector<Article> arts = {
      {"Coast Daily", fees + "Officials said ministers of the two countries would meet again.", kNames,
       {{"two countries", 2, 2, 2, "", "count", "country"}}},
      {"Bay Post", fees + "Ministers of the two countries backed the plan, officials said.", kNames,
       {{"two countries", 2, 2, 2, "", "count", "country"}}},
      {"Rail Weekly", rail + "Before the vote, transport ministers from three countries backed the union.", kNames,
       {{"three countries", 3, 3, 3, "", "count", "country"}}},
      {"Depot News", rail + "Trains will run again on Wednesday morning.", kNames, {}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "countries") == nullptr);
  // The same figures within one story still conflict.
  arts[2].text = fees + "Before the vote, transport ministers from three countries backed the union.";
  arts[3].text = fees + "Trains will run again on Wednesday morning.";
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "countries") != nullptr);
}

TEST_CASE("dates that are not the day of the event do not conflict", "[compare]") {
  // The day something was said or offered, a target year, a date of nobody's meeting that shares
  // no words with the other: none of them is the day Olsen and Reyes met.
  const char* a =
      "Harbour talks\n\nMira Olsen met Tomas Reyes in Port Avel on March 3, 2026, to discuss the harbour fees.\n\n"
      "Olsen said the fees would stay in place for now.\n";
  const char* b =
      "Fees stay\n\nMira Olsen said on March 5, 2026, that she had met Tomas Reyes to discuss the harbour fees.\n\n"
      "Tomas Reyes offered on March 9, 2026, to meet again. Both aim for a treaty in 2027.\n\n"
      "Olsen said the fees would stay in place for now.\n";
  const char* c =
      "Rail news\n\nA rail union meeting in Vell on March 12, 2026, voted for a strike. "
      "Olsen said the fees would stay in place for now.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}, {"", "Harbour FM", c, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  for (const Finding& f : r.value().findings) CHECK(f.topic.find("date of") == std::string::npos);
}

TEST_CASE("'two seasons ago' and 'seven years of violence' are no amounts to compare", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Reyes last won the Port Avel cup two seasons ago, his coach said on Monday.", kNames,
       {{"two seasons", 2, 2, 2, "", "count", "season"}}},
      {"Bay Post", "Reyes has won the Port Avel cup four seasons in a row, his coach said on Monday.", kNames,
       {{"four seasons", 4, 4, 4, "", "count", "season"}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "seasons") == nullptr);
  arts = {{"Coast Daily", "Olsen and Reyes relaunched the talks in Port Avel after seven years of violence.", kNames,
           {{"seven years", 3681720, 3681720, 3681720, "minute", "duration", ""}}},
          {"Bay Post", "Olsen and Reyes said in Port Avel that the talks had gone on for four years.", kNames,
           {{"four years", 2103840, 2103840, 2103840, "minute", "duration", ""}}}};
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "uration") == nullptr);
}

TEST_CASE("name variants are spellings of one name, not aliases or adjectives", "[compare]") {
  using V = Finding::Value;
  CHECK(spelled_alike({V{"Tomas Reyes", {0}}, V{"Thomas Reyes", {1}}}));
  CHECK(spelled_alike({V{"Port Avel", {0}}, V{"Port Awel", {1}}}));
  CHECK(spelled_alike({V{"Ashgabat", {0}}, V{"Ashkhabad", {1}}}));
  CHECK(spelled_alike({V{"Katmandu", {0}}, V{"Kathmandu", {1}}}));
  CHECK_FALSE(spelled_alike({V{"US", {0}}, V{"America", {1}}}));
  CHECK_FALSE(spelled_alike({V{"Antarctica", {0}}, V{"Antarctic", {1}}}));
  CHECK_FALSE(spelled_alike({V{"Dravia", {0}}, V{"Solvenia", {1}}}));
}

TEST_CASE("small counts join on two shared words, larger figures on one", "[compare]") {
  // "two rounds" and "three rounds" near one shared name are two players' rounds.
  std::vector<Article> arts = {
      {"Coast Daily", "Reyes led after two rounds at the windy links.", kNames,
       {{"two rounds", 2, 2, 2, "", "count", "round"}}},
      {"Bay Post", "Olsen played three rounds with Reyes last year.", kNames,
       {{"three rounds", 3, 3, 3, "", "count", "round"}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "rounds") == nullptr);
  // Two people killed in the blast at the depot vs three people killed there: a conflict.
  arts = {{"Coast Daily", "The blast killed two people at the Port Avel depot on Monday.", kNames,
           {{"two people", 2, 2, 2, "", "count", "person"}}},
          {"Bay Post", "Police said three people were killed at the Port Avel depot.", kNames,
           {{"three people", 3, 3, 3, "", "count", "person"}}}};
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "people") != nullptr);
}

TEST_CASE("bare numbers in aligned sentences count nothing to compare", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Reyes scored in the third period at Port Avel with 13 seconds left to make it 2 for the home side.", kNames,
       {{"2", 2, 2, 2, "", "count", ""}}},
      {"Bay Post", "Reyes scored in the third period at Port Avel with 13 seconds left to make it 3 for the home side.", kNames,
       {{"3", 3, 3, 3, "", "count", ""}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(r.of(FindingKind::conflict).empty());
}

TEST_CASE("one sentence printed twice is never two opposite statements", "[compare]") {
  // The same quote in two outlets, negating "contact" once and affirming it once; and a dotted site
  // name ("Avel.com") after "not an".
  const std::string quote =
      "“I spoke to the harbour board last night and it has had no contact, and I do not think there will be any "
      "contact with the ferry owners,” Mira Olsen said in Port Avel on Monday. ";
  std::string a = "Fees\n\n" + quote + "Readers can share photos with Avel.com readers if they are not an Avel.com user.\n";
  std::string b = "Harbour\n\n" + quote + "You can see all Avel.com user photos here from the harbour readers.\n";
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  for (const Finding& f : r.value().findings) CHECK(f.topic != "opposite statements");
}

TEST_CASE("a percentage after 'by' is a change, not a share", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "The new ferry schedule cut waiting times at Port Avel by 40 percent, the harbour board said.", kNames,
       {{"40 percent", 40, 40, 40, "percent", "percent", ""}}},
      {"Bay Post", "The harbour board said 55 percent of waiting times at Port Avel fell under an hour.", kNames,
       {{"55 percent", 55, 55, 55, "percent", "percent", ""}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "ercent") == nullptr);
}

TEST_CASE("one fact is one finding: a figure inside a sentence printed alike is not a second agreement", "[compare]") {
  const std::string same = "Customs at Port Avel counted 4,000 trucks waiting at the crossing on Monday, Olsen said.";
  std::vector<Article> arts = {
      {"Coast Daily", same + " The queue cleared by Tuesday night.", kNames,
       {{"4,000 trucks", 4000, 4000, 4000, "", "count", "truck"}}},
      {"Bay Post", "Traders were angry. " + same, kNames, {{"4,000 trucks", 4000, 4000, 4000, "", "count", "truck"}}}};
  fixture::Run r = fixture::run(arts);
  std::vector<const Finding*> agree = r.of(FindingKind::agreement);
  REQUIRE(agree.size() == 1);
  CHECK(agree[0]->sources == std::vector<uint32_t>{0, 1});
  CHECK(agree[0]->evidence[0].excerpt == same);
  // No sentence of an agreement comes back as a unique claim either.
  for (const Finding* u : r.of(FindingKind::unique)) CHECK(u->evidence[0].excerpt != same);
}

TEST_CASE("a total or a modified count is another thing than one event's count", "[compare]") {
  // One crash's toll vs the year's total; "18 ferry routes" vs "8 routes".
  std::vector<Article> arts = {
      {"Coast Daily", "The storm sank a Port Avel ferry in March with 41 deaths, the harbour board said.", kNames,
       {{"41 deaths", 41, 41, 41, "", "count", "death"}}},
      {"Bay Post", "The harbour board said there were 230 deaths at sea off Port Avel in 2025, a record.", kNames,
       {{"230 deaths", 230, 230, 230, "", "count", "death"}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "deaths") == nullptr);
  arts = {{"Coast Daily", "Olsen said the Port Avel harbour board opened 8 routes this spring.", kNames,
           {{"8 routes", 8, 8, 8, "", "count", "route"}}},
          {"Bay Post", "The Port Avel harbour board runs 18 ferry routes, Olsen said this spring.", kNames,
           {{"18 ferry routes", 18, 18, 18, "", "count", "route"}}}};
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "routes") == nullptr);
  // Whose things ("Dravian trucks") or a plain count on both sides: still one thing, a conflict.
  arts = {{"Coast Daily", "About 4,000 trucks waited at the Port Avel crossing on Monday, Olsen said.", kNames,
           {{"About 4,000 trucks", 4000, 3600, 4400, "", "count", "truck"}}},
          {"Bay Post", "Olsen said 6,500 Dravian trucks waited at the Port Avel crossing on Monday.", kNames,
           {{"6,500 Dravian trucks", 6500, 6500, 6500, "", "count", "truck"}}}};
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "trucks") != nullptr);
}

TEST_CASE("one large figure counted with two nouns agrees when the words around it match", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Harbor Foods will cut 4,000 jobs and close its Port Avel bakery by December, Olsen said.", kNames,
       {{"4,000 jobs", 4000, 4000, 4000, "", "count", "job"}}},
      {"Bay Post", "Olsen said Harbor Foods plans to lay off 4,000 workers and close the Port Avel bakery.", kNames,
       {{"4,000 workers", 4000, 4000, 4000, "", "count", "worker"}}}};
  fixture::Run r = fixture::run(arts);
  const Finding* f = with_topic(r.of(FindingKind::agreement), "jobs / workers");
  REQUIRE(f);
  CHECK(f->sources == std::vector<uint32_t>{0, 1});
  // The same figure of another noun with nothing else in common is a coincidence, and two
  // different figures of two nouns are never compared.
  arts[1].text = "The new mill in the south ships 4,000 workers' meals a week to Dravia.";
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::agreement), "workers") == nullptr);
  arts[1] = {"Bay Post", "Olsen said Harbor Foods plans to lay off 6,000 workers and close the Port Avel bakery.", kNames,
             {{"6,000 workers", 6000, 6000, 6000, "", "count", "worker"}}};
  r = fixture::run(arts);
  CHECK(r.of(FindingKind::conflict).empty());
}

TEST_CASE("two players' figures and the second half of a score are not one count", "[compare]") {
  const std::vector<fixture::Name> names = {{"Tomas Reyes", "reyes"}, {"Mira Olsen", "olsen"}, {"Port Avel", "port avel", EntityKind::place}};
  std::vector<Article> arts = {
      {"Coast Daily", "Port Avel won on Saturday night and Tomas Reyes made 17 saves in the win.", names,
       {{"17 saves", 17, 17, 17, "", "count", "save"}}},
      {"Bay Post", "Port Avel won on Saturday night and Mira Olsen made 26 saves in the win.", names,
       {{"26 saves", 26, 26, 26, "", "count", "save"}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "saves") == nullptr);
  // One player's figure in both: a conflict.
  arts[1].text = "Port Avel won on Saturday night and Tomas Reyes made 26 saves in the win.";
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "saves") != nullptr);
  // Someone who only reports the figure does not own it.
  arts[1].text = "Port Avel won on Saturday night, and Mira Olsen said 26 saves in the win were a club record.";
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "saves") != nullptr);
  // "a 5-1 game" counts no games.
  arts = {{"Coast Daily", "Reyes scored late at Port Avel to make it a 5-1 game before the break.", names,
           {{"1 game", 1, 1, 1, "", "count", "game"}}},
          {"Bay Post", "Port Avel beat the visitors at home in seven games this spring, Reyes said.", names,
           {{"seven games", 7, 7, 7, "", "count", "game"}}}};
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "games") == nullptr);
}

TEST_CASE("a bound after 'within' and two speakers' own words are not one figure", "[compare]") {
  const std::vector<fixture::Name> names = {{"Tomas Reyes", "reyes"}, {"Mira Olsen", "olsen"}, {"Port Avel", "port avel", EntityKind::place}};
  std::vector<Article> arts = {
      {"Coast Daily", "At Port Avel the leader missed three putts from within 5 feet on the back nine.", names,
       {{"5 feet", 0.001524, 0.001524, 0.001524, "km", "length", ""}}},
      {"Bay Post", "At Port Avel the leader hit a long iron within 6 feet on the back nine.", names,
       {{"6 feet", 0.001829, 0.001829, 0.001829, "km", "length", ""}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(r.of(FindingKind::conflict).empty());
  arts = {{"Coast Daily", "“It is like they play 12 guys on the Port Avel line,” Tomas Reyes said.", names,
           {{"12 guys", 12, 12, 12, "", "count", "guy"}}},
          {"Bay Post", "“We had to find five guys on the Port Avel line who could block,” Mira Olsen said.", names,
           {{"five guys", 5, 5, 5, "", "count", "guy"}}}};
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "guys") == nullptr);
  // The same speaker quoted with two figures: a conflict.
  arts[1].text = "“We had to find five guys on the Port Avel line who could block,” Tomas Reyes said.";
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "guys") != nullptr);
}

TEST_CASE("what is left to play is not what was played", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Reyes took a one-shot lead at Port Avel with two rounds left in the Harbour Classic.", kNames,
       {{"two rounds", 2, 2, 2, "", "count", "round"}}},
      {"Bay Post", "Reyes held a one-shot lead at Port Avel after three rounds of the Harbour Classic.", kNames,
       {{"three rounds", 3, 3, 3, "", "count", "round"}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "rounds") == nullptr);
  arts[1].text = "Reyes held a one-shot lead at Port Avel with three rounds left in the Harbour Classic.";
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "rounds") != nullptr);
}

TEST_CASE("one sentence with two ordinals is no agreement", "[compare]") {
  std::vector<Article> arts = {
      {"Coast Daily", "Port Avel defender Tomas Reyes missed his sixth straight game with a knee injury.", kNames, {}},
      {"Bay Post", "Port Avel defender Tomas Reyes missed his eighth straight game with a knee injury.", kNames, {}}};
  fixture::Run r = fixture::run(arts);
  CHECK(r.of(FindingKind::agreement).empty());
  CHECK(r.of(FindingKind::conflict).empty());
  arts[1].text = "Port Avel defender Tomas Reyes missed his sixth straight game with a knee injury.";
  r = fixture::run(arts);
  CHECK(r.of(FindingKind::agreement).size() == 1);
}

TEST_CASE("undated article: relative dates read against the dated sources' day, assumed, never a conflict alone",
          "[compare]") {
  const std::string dated_a =
      "Harbour talks end without a deal\n\nMarch 6, 2026\n\n"
      "Dravian minister Mira Olsen met her Solvenian counterpart Tomas Reyes in Port Avel on Thursday to discuss "
      "the harbour fees.\n\nOlsen said the fees would stay in place for now.\n";
  const std::string dated_b =
      "No deal at harbour talks\n\nMarch 5, 2026\n\n"
      "Mira Olsen met Tomas Reyes in Port Avel on Wednesday to discuss the harbour fees.\n\n"
      "Reyes declined to comment after the meeting.\n";
  const std::string undated =
      "Fees stay as talks stall\n\n"
      "Olsen and Reyes met in Port Avel on Tuesday and talked about the harbour fees.\n\n"
      "The ferry operators will meet the port board next week.\n";
  auto date_of = [](const Report& r, uint32_t source, const std::string& expression) -> const DateMention* {
    for (const DateMention& d : r.sources[source].claims.dates)
      if (d.expression == expression) return &d;
    return nullptr;
  };
  auto date_conflicts = [](const Report& r) {
    std::size_t n = 0;
    for (const Finding& f : r.findings) n += f.kind == FindingKind::conflict && f.topic == "date of the meeting";
    return n;
  };
  SECTION("dated sources two days apart or less: the latest day is assumed") {
    std::vector<ArticleInput> in = {{"", "Coast Daily", dated_a, {}}, {"", "Bay Post", dated_b, {}},
                                    {"", "Harbour FM", undated, {}}};
    Result<Report> r = compare(in);
    REQUIRE(r.ok());
    REQUIRE(r.value().sources[0].extraction.meta.date_published.substr(0, 10) == "2026-03-06");
    REQUIRE(r.value().sources[2].extraction.meta.date_published.empty());  // the source's own metadata is kept
    const DateMention* tuesday = date_of(r.value(), 2, "tuesday");
    REQUIRE(tuesday);
    CHECK(tuesday->iso == "2026-03-03");  // the Tuesday before Friday 2026-03-06
    CHECK(tuesday->assumed);
    const DateMention* week = date_of(r.value(), 2, "next week");
    REQUIRE(week);
    CHECK(week->assumed);
    const DateMention* own = date_of(r.value(), 0, "thursday");
    REQUIRE(own);
    CHECK(own->iso == "2026-03-05");
    CHECK_FALSE(own->assumed);
    // Thursday 03-05 (own date) vs Tuesday 03-03 (assumed): no conflict from the assumed day.
    // Bay Post's own Wednesday (published 03-05) is 2026-03-04: that one is a real disagreement.
    std::size_t conflicts = 0;
    for (const Finding& f : r.value().findings) {
      if (f.kind != FindingKind::conflict || f.topic != "date of the meeting") continue;
      ++conflicts;
      bool first = false, second = false;
      for (const Evidence& e : f.evidence) {
        first = first || (e.source == 0 && !e.assumed_date);
        second = second || (e.source == 1 && !e.assumed_date);
        if (e.source == 2) CHECK(e.assumed_date);
      }
      CHECK((first && second));
    }
    CHECK(conflicts == 1);
  }
  SECTION("only the undated source against one dated source: no date conflict") {
    std::vector<ArticleInput> in = {{"", "Coast Daily", dated_a, {}}, {"", "Harbour FM", undated, {}}};
    Result<Report> r = compare(in);
    REQUIRE(r.ok());
    const DateMention* tuesday = date_of(r.value(), 1, "tuesday");
    REQUIRE(tuesday);
    CHECK(tuesday->assumed);
    CHECK(date_conflicts(r.value()) == 0);
  }
  SECTION("dated sources more than two days apart share no day: nothing assumed") {
    std::string late = dated_b;
    late.replace(late.find("March 5"), 7, "March 9");
    std::vector<ArticleInput> in = {{"", "Coast Daily", dated_a, {}}, {"", "Bay Post", late, {}},
                                    {"", "Harbour FM", undated, {}}};
    Result<Report> r = compare(in);
    REQUIRE(r.ok());
    const DateMention* tuesday = date_of(r.value(), 2, "tuesday");
    REQUIRE(tuesday);
    CHECK(tuesday->iso.empty());
    CHECK_FALSE(tuesday->assumed);
  }
}

TEST_CASE("a figure over several games named earlier in its sentence is not one game's figure", "[compare]") {
  const std::vector<fixture::Name> names = {{"Tomas Reyes", "reyes"}, {"Port Avel", "port avel", EntityKind::place},
                                            {"Kell", "kell", EntityKind::place}, {"Dorn", "dorn", EntityKind::place}};
  std::vector<Article> arts = {
      {"Coast Daily", "Tomas Reyes threw four touchdown passes in the Port Avel win over Kell on Saturday.", names,
       {{"four touchdown passes", 4, 4, 4, "", "count", "pass"}}},
      {"Bay Post",
       "In Port Avel's season-ending victories over Kell, Dorn and Lorrin, Reyes threw seven touchdown passes against "
       "two interceptions.",
       names, {{"seven touchdown passes", 7, 7, 7, "", "count", "pass"}}}};
  fixture::Run r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "passes") == nullptr);
  // Scope after the figure too: "in his last three games".
  arts[1].text = "Tomas Reyes threw seven touchdown passes in his last three games for Port Avel against Kell.";
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "passes") == nullptr);
  // One game in both: a conflict.
  arts[1].text = "Tomas Reyes threw seven touchdown passes in the Port Avel win over Kell on Saturday.";
  r = fixture::run(arts);
  CHECK(with_topic(r.of(FindingKind::conflict), "passes") != nullptr);
}

TEST_CASE("dates of trips to two different named opponents are two events, not a date conflict", "[compare]") {
  const std::string a =
      "Harbour derby looms\n\nMarch 6, 2026\n\n"
      "The side has a league trip to Kellhaven tomorrow evening with which to contend.\n";
  const std::string b =
      "Rivals on the road\n\nMarch 6, 2026\n\n"
      "The side will be a few miles from Port Avel on Sunday when it visits Lorrin in the league.\n";
  auto date_conflicts = [](const Report& r) {
    std::size_t n = 0;
    for (const Finding& f : r.findings) n += f.kind == FindingKind::conflict && f.topic.rfind("date of", 0) == 0;
    return n;
  };
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  const DateMention* trip = nullptr;
  for (const DateMention& d : r.value().sources[0].claims.dates)
    if (d.expression == "tomorrow") trip = &d;
  REQUIRE(trip);
  CHECK(trip->event == "visit");
  CHECK_FALSE(trip->object.empty());
  CHECK(date_conflicts(r.value()) == 0);
  // The same destination in both: one trip on two days, a conflict.
  std::string b2 = b;
  b2.replace(b2.find("Lorrin"), 6, "Kellhaven");
  in[1].content = b2;
  r = compare(in);
  REQUIRE(r.ok());
  CHECK(date_conflicts(r.value()) == 1);
}

TEST_CASE("a date after 'since' is when a state began, not the day of another turn in it", "[compare]") {
  const std::string a =
      "Port strike drags on\n\nJanuary 10, 2026\n\n"
      "Harbour workers in Port Avel have been on strike since Nov. 5 over pay and hours.\n";
  const std::string b =
      "No end to port strike\n\nJanuary 10, 2026\n\n"
      "Talks to settle the Port Avel harbour strike collapsed in acrimony last month over pay and hours.\n";
  auto date_conflicts = [](const Report& r) {
    std::size_t n = 0;
    for (const Finding& f : r.findings) n += f.kind == FindingKind::conflict && f.topic.rfind("date of", 0) == 0;
    return n;
  };
  std::vector<ArticleInput> in = {{"", "Coast Daily", a, {}}, {"", "Bay Post", b, {}}};
  Result<Report> r = compare(in);
  REQUIRE(r.ok());
  CHECK(date_conflicts(r.value()) == 0);
  // Two starts of the strike: a conflict.
  in[1].content = "No end to port strike\n\nJanuary 10, 2026\n\n"
                  "Harbour workers in Port Avel have been on strike since Nov. 9 over pay and hours.\n";
  r = compare(in);
  REQUIRE(r.ok());
  CHECK(date_conflicts(r.value()) == 1);
}
