#include <catch2/catch.hpp>

#include <chrono>

#include "compare_fixture.h"

using namespace corroborate;
using fixture::Article;

namespace {

const std::vector<fixture::Name> kHarbor = {
    {"Mira Olsen", "olsen"}, {"Olsen", "olsen"}, {"Tomas Reyes", "reyes"}, {"Reyes", "reyes"},
    {"Port Avel", "port avel", EntityKind::place}};

const Group* group_with(const Alignment& a, GroupKind kind, uint32_t source, const std::string& needle,
                        const std::vector<fixture::Article>& arts) {
  for (const Group& g : a.groups) {
    if (g.kind != kind) continue;
    for (const Member& m : g.members)
      if (m.source == source && std::string(m.span.of(arts[source].text)).find(needle) != std::string::npos) return &g;
  }
  return nullptr;
}

std::vector<uint32_t> sources(const Group* g) {
  std::vector<uint32_t> s;
  if (g)
    for (const Member& m : g->members) s.push_back(m.source);
  return s;
}

}  // namespace

TEST_CASE("paraphrased and reordered statements align; unrelated ones stay apart", "[align]") {
  std::vector<Article> arts = {
      {"A", "The harbour board agreed to dredge the northern channel before the autumn storms. "
            "Fishermen protested outside the town hall.", kHarbor, {}},
      {"B", "Before the autumn storms, the northern channel will be dredged, the harbour board agreed. "
            "A new ferry timetable starts in June.", kHarbor, {}},
      {"C", "Dredging of the northern channel was agreed by the harbour board ahead of autumn storms.", kHarbor, {}}};
  fixture::Run r = fixture::run(arts);
  const Group* g = group_with(r.alignment, GroupKind::statement, 0, "dredge", arts);
  REQUIRE(g);
  REQUIRE(sources(g) == std::vector<uint32_t>{0, 1, 2});
  const Group* protest = group_with(r.alignment, GroupKind::statement, 0, "protested", arts);
  REQUIRE(protest);
  REQUIRE(protest->members.size() == 1);
  const Group* ferry = group_with(r.alignment, GroupKind::statement, 1, "ferry", arts);
  REQUIRE(ferry);
  REQUIRE(ferry->members.size() == 1);
}

TEST_CASE("quotes group by speaker and wording, not by speaker alone", "[align]") {
  std::vector<Article> arts = {
      {"A", "“We will rebuild the pier before the season opens,” Mira Olsen said. "
            "“The budget is already approved by the council,” Tomas Reyes said.", kHarbor, {}},
      {"B", "“We are going to rebuild the pier before the season opens,” Olsen told reporters. "
            "“Nobody expected the storm to hit the pier so hard,” Olsen said.", kHarbor, {}}};
  fixture::Run r = fixture::run(arts);
  const Group* pier = group_with(r.alignment, GroupKind::quote, 0, "rebuild", arts);
  REQUIRE(pier);
  REQUIRE(sources(pier) == std::vector<uint32_t>{0, 1});
  REQUIRE(pier->speaker >= 0);
  REQUIRE(r.table.entities[pier->speaker].key == "olsen");
  const Group* budget = group_with(r.alignment, GroupKind::quote, 0, "budget", arts);
  REQUIRE(budget);
  REQUIRE(budget->members.size() == 1);
  const Group* storm = group_with(r.alignment, GroupKind::quote, 1, "storm", arts);
  REQUIRE(storm);
  REQUIRE(storm->members.size() == 1);
}

TEST_CASE("the same quote by different speakers does not align", "[align]") {
  std::vector<Article> arts = {
      {"A", "“The pier must be rebuilt before the season opens,” Mira Olsen said.", kHarbor, {}},
      {"B", "“The pier must be rebuilt before the season opens,” Tomas Reyes said.", kHarbor, {}}};
  fixture::Run r = fixture::run(arts);
  const Group* g = group_with(r.alignment, GroupKind::quote, 0, "pier", arts);
  REQUIRE(g);
  REQUIRE(g->members.size() == 1);
}

TEST_CASE("quantity slots: durations of the meeting, counts of the same thing", "[align]") {
  std::vector<Article> arts = {
      {"A", "The meeting in Port Avel lasted about two hours. Some 300 boats were kept in harbour by the strike.",
       kHarbor,
       {{"about two hours", 120, 108, 132, "minute", "duration", ""},
        {"300 boats", 300, 300, 300, "", "count", "boat"}}},
      {"B", "After the 40-minute meeting, Olsen left. The strike kept 450 boats in harbour, the union said. "
            "The yard sold 12 boats last year.",
       kHarbor,
       {{"40-minute", 40, 40, 40, "minute", "duration", ""},
        {"450 boats", 450, 450, 450, "", "count", "boat"},
        {"12 boats", 12, 12, 12, "", "count", "boat"}}}};
  fixture::Run r = fixture::run(arts);
  const Group* duration = group_with(r.alignment, GroupKind::quantity, 0, "two hours", arts);
  REQUIRE(duration);
  REQUIRE(sources(duration) == std::vector<uint32_t>{0, 1});
  REQUIRE(duration->topic == "duration of the meeting");
  const Group* boats = group_with(r.alignment, GroupKind::quantity, 0, "300", arts);
  REQUIRE(boats);
  REQUIRE(sources(boats) == std::vector<uint32_t>{0, 1});  // shares "strike", "harbour" with 450
  for (const Member& m : boats->members) REQUIRE(std::string(m.span.of(arts[m.source].text)) != "12 boats");
}

TEST_CASE("characterizations: how one speaker described the talks", "[align]") {
  std::vector<Article> arts = {
      {"A", "Mira Olsen described the talks as “tough but fair,” while Tomas Reyes said the meeting had been “useful.”",
       kHarbor, {}},
      {"B", "Olsen called the meeting “calm and practical.”", kHarbor, {}}};
  fixture::Run r = fixture::run(arts);
  const Group* olsen = group_with(r.alignment, GroupKind::characterization, 0, "tough", arts);
  REQUIRE(olsen);
  REQUIRE(sources(olsen) == std::vector<uint32_t>{0, 1});
  REQUIRE(r.table.entities[olsen->speaker].key == "olsen");
  const Group* reyes = group_with(r.alignment, GroupKind::characterization, 0, "useful", arts);
  REQUIRE(reyes);
  REQUIRE(reyes != olsen);
}

TEST_CASE("alignment of many articles is near-linear and keeps one claim per source", "[align][speed]") {
  // 200 articles × 40 sentences sharing a vocabulary: candidate pairs come only
  // from capped postings, so this stays fast.
  std::vector<Article> arts;
  const char* words[] = {"harbour", "boat", "crane", "storm", "ferry", "dock", "pier", "tide", "cargo", "union",
                         "strike", "council", "budget", "season", "channel", "yard", "fuel", "net", "catch", "quay"};
  for (int a = 0; a < 200; ++a) {
    std::string t;
    for (int s = 0; s < 40; ++s) {
      for (int w = 0; w < 8; ++w) t += std::string(words[(a * 7 + s * 3 + w * w) % 20]) + " ";
      t += "item" + std::to_string(s) + ". ";
    }
    arts.push_back({"S" + std::to_string(a), t, {}, {}});
  }
  auto t0 = std::chrono::steady_clock::now();
  fixture::Run r = fixture::run(arts);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  CHECK(ms < 3000);
  for (const Group& g : r.alignment.groups) {
    std::vector<uint32_t> s = sources(&g);
    if (g.kind != GroupKind::statement) continue;
    REQUIRE(std::adjacent_find(s.begin(), s.end()) == s.end());
  }
}

TEST_CASE("long sentences align by clause: one fact inside differently built sentences", "[align]") {
  std::vector<Article> arts = {
      {"A", "Fishermen were angry on Monday when Mira Olsen held a meeting with harbour master Tomas Reyes in Port Avel "
            "about the new mooring fees.", kHarbor, {}},
      {"B", "Mira Olsen met harbour master Tomas Reyes in Port Avel about the new mooring fees, as part of an effort to "
            "end the dispute before the summer season starts.", kHarbor, {}},
      {"C", "After weeks of protests by the fishing fleet and two strikes at the fish market, Olsen met Reyes in Port "
            "Avel about the mooring fees.", kHarbor, {}},
      {"D", "The ferry timetable for the summer season was published by the port company on Tuesday.", kHarbor, {}}};
  fixture::Run r = fixture::run(arts);
  const Group* g = nullptr;  // the widest statement group holding B's sentence or clause
  for (const Group& x : r.alignment.groups)
    if (x.kind == GroupKind::statement && (!g || x.members.size() > g->members.size()))
      for (const Member& m : x.members)
        if (m.source == 1 && std::string(m.span.of(arts[1].text)).find("Olsen met harbour master") != std::string::npos) g = &x;
  REQUIRE(g);
  REQUIRE(sources(g) == std::vector<uint32_t>{0, 1, 2});
  // Evidence is the matching clause, not the whole sentence.
  for (const Member& m : g->members) {
    std::string ev(m.span.of(arts[m.source].text));
    REQUIRE(ev.find("Reyes") != std::string::npos);
    if (m.source == 0) REQUIRE(ev.find("Fishermen were angry") == std::string::npos);
  }
}

TEST_CASE("statements naming different people do not align on shared wording", "[align]") {
  std::vector<Article> arts = {
      {"A", "At his own news conference after the meeting, Mira Olsen described the harbour talks as long.", kHarbor, {}},
      {"B", "At his own news conference after the meeting, Tomas Reyes described the harbour talks as tiring.", kHarbor, {}},
      {"C", "After the meeting, at her own news conference, Olsen described the harbour talks as long.", kHarbor, {}}};
  fixture::Run r = fixture::run(arts);
  const Group* g = group_with(r.alignment, GroupKind::statement, 0, "news conference", arts);
  REQUIRE(g);
  REQUIRE(sources(g) == std::vector<uint32_t>{0, 2});  // Reyes's sentence stays apart
}

TEST_CASE("what was reported aligns apart from who reported it; written/writing, response/respond meet", "[align]") {
  std::vector<Article> arts = {
      {"A", "Tomas Reyes later called the harbour talks useful and said the port company agreed to provide written "
            "responses to the fishermen's demands on mooring fees next month.", kHarbor, {}},
      {"B", "Mira Olsen told the harbour master that the port company would provide a written response next month to "
            "the fishermen's demands that the fleet be allowed to moor for free.", kHarbor, {}},
      {"C", "Reyes declined to comment on the port company's promise to respond in writing to the fishermen's demands "
            "next month.", kHarbor, {}},
      {"D", "The ferry timetable for the summer season was published by the port company on Tuesday. Fishing boats "
            "stayed in port for a third day as storms hit the coast. The new fish market opens in the spring.", kHarbor, {}},
      {"E", "Tourist numbers on the island rose sharply last summer. A new lighthouse museum opened in the old town.",
       kHarbor, {}}};
  fixture::Run r = fixture::run(arts);
  const Group* g = nullptr;  // the widest group holding B's written response (B's whole sentence also stands alone)
  for (const Group& x : r.alignment.groups)
    if (x.kind == GroupKind::statement && (!g || x.members.size() > g->members.size()))
      for (const Member& m : x.members)
        if (m.source == 1 && std::string(m.span.of(arts[1].text)).find("written response") != std::string::npos) g = &x;
  REQUIRE(g);
  REQUIRE(sources(g) == std::vector<uint32_t>{0, 1, 2});
  // B's evidence is what the port company would do, not the whole sentence with its other clause.
  for (const Member& m : g->members)
    if (m.source == 1) REQUIRE(std::string(m.span.of(arts[1].text)).find("moor for free") == std::string::npos);
}

TEST_CASE("a sentence and its clause do not report one fact twice", "[align]") {
  std::vector<Article> arts = {
      {"A", "The two mayors agreed that a joint panel of harbour engineers will meet within two weeks to review the "
            "mooring rules.", kHarbor, {}},
      {"B", "The two mayors agreed to set up a joint panel of harbour engineers, which will meet within two weeks.",
       kHarbor, {}},
      {"C", "The two mayors agreed that a joint panel of harbour engineers will meet within two weeks.", kHarbor, {}},
      {"D", "Olsen called the meeting long and said a joint panel of harbour engineers would meet within two weeks.",
       kHarbor, {}},
      {"E", "The ferry timetable for the summer season was published by the port company on Tuesday.", kHarbor, {}},
      {"F", "Fishing boats stayed in port for a third day as storms hit the coast.", kHarbor, {}}};
  fixture::Run r = fixture::run(arts);
  std::size_t groups_with_a = 0;
  for (const Group& g : r.alignment.groups)
    if (g.kind == GroupKind::statement && g.members.size() > 1)
      for (const Member& m : g.members) groups_with_a += m.source == 0;
  REQUIRE(groups_with_a == 1);
  const Group* g = group_with(r.alignment, GroupKind::statement, 0, "joint panel", arts);
  REQUIRE(sources(g) == std::vector<uint32_t>{0, 1, 2, 3});
}

TEST_CASE("two names and one shared word are not an agreement", "[align]") {
  const std::vector<fixture::Name> names = {{"Solvenia", "solvenia", EntityKind::place},
                                            {"Harbour League", "harbour league", EntityKind::organization}};
  std::vector<Article> arts = {
      {"A", "Solvenia will join the Harbour League soon.", names, {}},
      {"B", "Solvenia will never join the Harbour League.", names, {}},
      {"C", "The ferry timetable for the summer season was published by the port company on Tuesday. Fishing boats "
            "stayed in port for a third day as storms hit the coast.", names, {}}};
  fixture::Run r = fixture::run(arts);
  for (const Group& g : r.alignment.groups)
    if (g.kind == GroupKind::statement) REQUIRE(g.members.size() == 1);
}
