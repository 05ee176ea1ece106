// Quotes and speakers through extract_claims. Texts, people and places are invented.
#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

#include "corroborate/claims.h"
#include "entities.h"

using namespace corroborate;

namespace {
const Quote* quote_with(const ArticleClaims& a, const std::string& text, const std::string& content) {
  for (const Quote& q : a.quotes)
    if (q.content.of(text) == content) return &q;
  return nullptr;
}

enum class Flag { any, yes, no };

// What one quote must look like; a nullptr or Flag::any field is not checked.
struct Expected {
  const char* content;
  const char* speaker = nullptr;       // the surname the speaker key is made from; "" = no speaker
  const char* speaker_span = nullptr;  // the words that name the speaker in the text
  const char* cue = nullptr;           // "" = no cue
  Flag direct = Flag::any;
  Flag partial = Flag::any;
  Flag hypothetical = Flag::any;
};

void check_flag(bool value, Flag want, const char* name) {
  INFO(name);
  if (want == Flag::yes) CHECK(value);
  if (want == Flag::no) CHECK_FALSE(value);
}

void check_quote(const Quote& q, const std::string& text, const Expected& e) {
  if (e.speaker && *e.speaker) CHECK(q.speaker == person_key(e.speaker));
  if (e.speaker && !*e.speaker) CHECK(q.speaker.empty());
  if (e.speaker_span) CHECK(q.speaker_span.of(text) == e.speaker_span);
  if (e.cue) CHECK(q.cue == e.cue);
  check_flag(q.direct, e.direct, "direct");
  check_flag(q.partial, e.partial, "partial");
  check_flag(q.hypothetical, e.hypothetical, "hypothetical");
}

// Each expected quote is found by its content, wherever it stands.
void check_quotes(const ArticleClaims& a, const std::string& text, const std::vector<Expected>& expected) {
  for (const Expected& e : expected) {
    INFO("quote: " << e.content);
    const Quote* q = quote_with(a, text, e.content);
    REQUIRE(q);
    check_quote(*q, text, e);
  }
}

// The article has exactly these quotes, in this order.
void check_quotes_in_order(const ArticleClaims& a, const std::string& text,
                           std::initializer_list<Expected> expected) {
  REQUIRE(a.quotes.size() == expected.size());
  std::size_t i = 0;
  for (const Expected& e : expected) {
    INFO("quote " << i << ": " << e.content);
    CHECK(a.quotes[i].content.of(text) == e.content);
    check_quote(a.quotes[i], text, e);
    ++i;
  }
}
}  // namespace

TEST_CASE("direct quotes: speaker after, before, inverted, told reporters, colon", "[quotes]") {
  const std::string text =
      "Ruritanian Foreign Minister Ilya Dobrenko met Trade Secretary Maria Okafor in Valdora.\n\n"
      "“The talks were long but useful,” Dobrenko said after the meeting.\n\n"
      "“We made progress,” said Okafor.\n\n"
      "Okafor told reporters: “Nothing is agreed yet.”\n\n"
      "Dobrenko: “We will meet again.”\n\n"
      "“There is work left,” Okafor told reporters in the evening.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  check_quotes(a, text,
               {{"The talks were long but useful", "Dobrenko", "Dobrenko", "said", Flag::yes, Flag::no},
                {"We made progress", "Okafor"},
                {"Nothing is agreed yet.", "Okafor", nullptr, "told reporters"},
                {"We will meet again.", "Dobrenko", nullptr, ":"},
                {"There is work left", "Okafor", nullptr, "told reporters"}});
  const Quote* q1 = quote_with(a, text, "The talks were long but useful");
  REQUIRE(q1);
  CHECK(q1->whole.of(text) == "“The talks were long but useful,”");
}

TEST_CASE("partial quotes: described … as and called, two speakers in one sentence", "[quotes]") {
  const std::string text =
      "Envoy Tomas Brevik and Minister Lena Sarrow spoke in Valdora. Brevik described the talks as "
      "“open and detailed” while Sarrow called them “a useful, honest exchange.”";
  const ArticleClaims a = extract_claims(text, Metadata{});
  check_quotes(a, text,
               {{"open and detailed", "Brevik", nullptr, "described \xE2\x80\xA6 as", Flag::any, Flag::yes},
                {"a useful, honest exchange", "Sarrow", nullptr, "called", Flag::any, Flag::yes}});
  REQUIRE(a.claims.size() == 2);
  CHECK(a.claims[1].quotes.size() == 2);
}

TEST_CASE("indirect quotes: said that, told Y that, according to", "[quotes]") {
  const std::string text =
      "Minister Ali Kaya said that the border would reopen within days. "
      "Kaya told his counterpart that no troops would move. "
      "According to Kaya, the fuel deal is finished. "
      "The weather was cold.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  check_quotes_in_order(a, text,
                        {{"the border would reopen within days", "Kaya", nullptr, nullptr, Flag::no},
                         {"no troops would move", nullptr, nullptr, "told"},
                         {"the fuel deal is finished", nullptr, nullptr, "according to"}});
  CHECK(a.claims[3].speaker.empty());
  CHECK(a.claims[0].speaker == person_key("Kaya"));
}

TEST_CASE("a quotation inside a condition is hypothetical; a dash-framed line is a heading", "[quotes]") {
  const std::string text =
      "Minister Lena Sarrow said the two leaders could meet if it was “useful and timely.”\n\n"
      "Sarrow called the talks “frank.”\n\n"
      "– A new summit? –\n\n"
      "“We will see,” Sarrow said.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  check_quotes(a, text,
               {{"useful and timely", "Sarrow", nullptr, nullptr, Flag::any, Flag::any, Flag::yes},
                {"frank", nullptr, nullptr, nullptr, Flag::any, Flag::any, Flag::no}});
  CHECK_FALSE(quote_with(a, text, "A new summit? –"));
  CHECK_FALSE(quote_with(a, text, "A new summit?"));
}

TEST_CASE("reported speech: accused … of, described … as, verbs that need 'that'", "[quotes]") {
  const std::string text =
      "Minister Ali Kaya accused the harbour board of hiding the accounts. "
      "Kaya described the new levy as a tax on sailors. "
      "Kaya confirmed as much in a letter. "
      "Kaya announced a new meeting with the board. "
      "Kaya confirmed that the levy would be dropped. "
      "Kaya warned the ships would wait. "
      "Kaya told reporters the board had resigned. "
      "Kaya told reporters after the vote.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  // "confirmed as much" and "announced a meeting" are not speech.
  check_quotes_in_order(
      a, text,
      {{"the harbour board of hiding the accounts", "Kaya", nullptr, "accused \xE2\x80\xA6 of", Flag::no},
       {"the new levy as a tax on sailors", nullptr, nullptr, "described \xE2\x80\xA6 as"},
       {"the levy would be dropped"},
       {"the ships would wait"},
       {"the board had resigned", nullptr, nullptr, "told reporters"}});
}

// Stories whose quotes need no more than the expected table: one SECTION each.
TEST_CASE("speakers of quotes: pronouns, titles, posts, dashes, continued and unclosed quotes", "[quotes]") {
  struct Story {
    const char* name;
    std::string text;
    std::vector<Expected> quotes;
  };
  const Story stories[] = {
      {"pronouns, continued quotes, titles linked to the person",
       "Secretary of State Jane Roe met Ruritanian Foreign Minister Ali Kaya on Monday.\n\n"
       "“We listened carefully,” she said. “And we were heard.”\n\n"
       "“Both sides gained,” said the Secretary of State.\n\n"
       "“Nothing was signed,” Ruritania’s foreign minister said.\n\n"
       "“We will answer in writing.”",
       {{"We listened carefully", "Roe", "she"},
        {"And we were heard.", "Roe", nullptr, ""},  // no cue: continues the quote before
        {"Both sides gained", "Roe", "the Secretary of State"},
        {"Nothing was signed", "Kaya"},
        {"We will answer in writing.", "Kaya"}}},  // a quoted paragraph after the speaker's quote
      {"dialogue dash lines take the speaker of the paragraph's quote; unusual verbs",
       "Minister Ali Kaya left early.\n\n"
       "– I cannot tell you more. “We will know next week,” Kaya sighed.\n\n"
       "“It was a long night” – Kaya",
       {{"I cannot tell you more.", "Kaya", nullptr, nullptr, Flag::yes},
        {"We will know next week", nullptr, nullptr, "sighed"},
        {"It was a long night", "Kaya"}}},
      {"a quote closed with an opening mark and an unclosed quote keep their speakers",
       "Minister Ali Kaya warned of a “firm and united answer“ to any attack.\n\n"
       "“We stand ready to meet them on either road,” Kaya said. “The choice is theirs.",
       {{"firm and united answer", "Kaya", nullptr, nullptr, Flag::any, Flag::yes},
        {"The choice is theirs.", "Kaya"}}},
      {"a post given after a name in apposition names the speaker later",
       "Tomas Brevik, the top Ruritanian diplomat, arrived late. Jane Roe, the deputy foreign minister, waited.\n\n"
       "“We are patient,” the deputy foreign minister said. “So are we,” said Ruritania's top diplomat.",
       {{"We are patient", "Roe"}, {"So are we", "Brevik"}}},
      {"a pronoun names the subject of its own sentence before the last speaker",
       "Envoy Tomas Brevik met Minister Lena Sarrow in Valdora.\n\n"
       "“We heard each other,” Brevik said.\n\n"
       "Sarrow seemed to wave the papers away when she said, “Not everyone wrote these.”\n\n"
       "After talks with Sarrow, Brevik said he was hopeful that the sides would meet again.",
       {{"Not everyone wrote these.", "Sarrow", "she"},
        {"he was hopeful that the sides would meet again", "Brevik", nullptr, nullptr, Flag::no}}},
      {"posts in apposition with a possessive, or before the name, name the speaker later",
       "Secretary of State Jane Roe met Ali Kaya, Ruritania’s foreign minister, in Valdora on Monday.\n\n"
       "“We listened,” said the top US diplomat.\n\n"
       "“Nothing was signed,” the Ruritanian minister said.\n\n"
       "Ruritania’s top diplomat later said the talks were “open.”\n\n"
       "Valdora’s mayor, Piet Dahl, hosted them. “It went well,” the mayor said.",
       {{"We listened", "Roe"},
        {"Nothing was signed", "Kaya", "the Ruritanian minister"},
        {"open", "Kaya"},  // Ruritania's, not the US diplomat
        {"It went well", "Dahl"}}},
      {"a participle cue takes the subject that opens the sentence",
       "The Harbour Authority issued a statement on Monday accusing the ferry firms of “reckless cost cutting.”\n\n"
       "Valdora’s port office put out a notice stating “all berths are closed.”",
       {{"reckless cost cutting", nullptr, "Harbour Authority", "accusing"},
        {"all berths are closed", ""}}},  // "Valdora's": a possessive place is not the speaker
      {"he/she skip a person whose title says otherwise",
       "Ms. Ilse Marwen, the harbour master, met Mr. Piet Dahl on Monday.\n\n"
       "“We agreed on the fees,” Dahl said.\n\n"
       "“The ships can sail,” she said.\n\n"
       "Dahl and Marwen then left. “It was a long day,” he said.",
       {{"The ships can sail", "Marwen"},  // Dahl spoke last, but he is "Mr."
        {"It was a long day", "Dahl"}}},
      {"'he said' after a broadcaster named first refers to the person, not the broadcaster",
       "Later, outside the offices of Valdoran Public Television, Mr Dobrenko addressed a message to the president.\n\n"
       "“I will not stop,” he said.",
       {{"I will not stop", "Dobrenko"}}},
  };
  for (const Story& story : stories) {
    SECTION(story.name) {
      const ArticleClaims a = extract_claims(story.text, Metadata{});
      check_quotes(a, story.text, story.quotes);
    }
  }
}

TEST_CASE("quotes in TeX ``pairs'', German, French, low single and CJK marks keep their speaker", "[quotes]") {
  const std::string text =
      "Minister Anton Veller of Dravia met envoy Mara Ilic in Kell on Tuesday.\n\n"
      "``We made real progress on the water treaty,'' Veller said after the meeting.\n\n"
      "Ilic said: ``Nothing is signed yet.''\n\n"
      "\xE2\x80\x9EThe border stays open\xE2\x80\x9C, said Veller.\n\n"
      "\xC2\xAB The next round is in March \xC2\xBB, Ilic told reporters.\n\n"
      "\xE2\x80\x9AWe are not there yet\xE2\x80\x98, said Ilic.\n\n"
      "\xE2\x80\xB9Talks will go on\xE2\x80\xBA, Veller said.\n\n"
      "\xE3\x80\x8CWe will meet again in Solvenia\xE3\x80\x8D, said Veller.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  check_quotes(a, text,
               {{"We made real progress on the water treaty", "Veller", nullptr, "said", Flag::yes},
                {"Nothing is signed yet.", "Ilic", nullptr, "said"},
                {"The border stays open", "Veller", nullptr, "said"},
                {"The next round is in March", "Ilic", nullptr, "told reporters"},
                {"We are not there yet", "Ilic", nullptr, "said"},
                {"Talks will go on", "Veller", nullptr, "said"},
                {"We will meet again in Solvenia", "Veller", nullptr, "said"}});
  const Quote* tex = quote_with(a, text, "We made real progress on the water treaty");
  REQUIRE(tex);
  CHECK(tex->whole.of(text) == "``We made real progress on the water treaty,''");
}

TEST_CASE("two apostrophes close a double quotation, not a single one followed by the next", "[quotes]") {
  const std::string text =
      "Minister Anton Veller spoke in Kell on Tuesday.\n\n"
      "Veller said the parties 'must respect the vote.''We will count every ballot,' he added.\n\n"
      "\"The count is fair,'' Veller said.";
  const ArticleClaims a = extract_claims(text, Metadata{});
  check_quotes(a, text, {{"must respect the vote"}, {"The count is fair", "Veller"}});
  for (const Quote& q : a.quotes) CHECK(q.content.of(text).find("count every") == std::string_view::npos);
}
