// Plain-text extraction: each line kind, context rules, metadata, golden
// fixtures (tests/golden/text-*/), robustness, and a [dataset] smoke run over
// ../shared/datasets/*/text (skipped when absent).
#include <catch2/catch.hpp>

#include <chrono>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "stages.h"
#include "text_dates.h"

using namespace corroborate;

namespace {

Extraction run_text(const std::string& bytes) {
  ExtractOptions opt;
  Result<Decoded> doc = normalize_input(bytes, opt);
  REQUIRE(doc.ok());
  Extraction ex;
  extract_text(doc.value(), opt, ex);
  return ex;
}

const Block* find_block(const Extraction& ex, const std::string& content) {
  for (const Block& b : ex.blocks)
    if (b.content == content) return &b;
  return nullptr;
}

std::vector<std::string> kept(const Extraction& ex) {
  std::vector<std::string> out;
  for (const Block& b : ex.blocks)
    if (b.kept) out.push_back(b.content);
  return out;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split_lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

std::vector<std::string> list_dir(const std::string& dir, const std::string& prefix, const std::string& suffix) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.compare(0, prefix.size(), prefix) == 0 && n.size() >= suffix.size() &&
          n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0 && n != "." && n != "..")
        out.push_back(n);
    }
    closedir(d);
  }
  return out;
}

// An invented page with the shapes pasted articles have.
const char* const kPage =
    "Skip to main content\n"
    "Home\nNews\nSport\n"
    "Bridge repairs delayed until spring, council says\n"
    "By Jana Holm\n"
    "Jana Holm\n"
    "Jana Holm covers city hall.\n"
    "June 3, 2024Updated: June 4, 2024\n"
    "Share\nPrint\n"
    "The council of Norbury said on Monday that repairs to the old river bridge would not start before spring, "
    "citing a shortage of steel and a dispute with the contractor.\n"
    "\"We would rather wait and do it properly than rush it,\" said deputy mayor Otto Brenner at a press briefing.\n"
    "What happens to traffic\n"
    "Buses will keep using the eastern detour, which adds about ten minutes to the trip into the centre for most riders.\n"
    "– We have asked for a faster timetable, but nothing is decided.\n"
    "– Traffic plan? –\n"
    "The detour signs will stay up until the end of the works, the council said in a statement on its website.\n"
    "Workers inspect the bridge on Monday. (Image Credit: Lena Voss / Norbury Post)\n"
    "Related Articles\n"
    "New bus lanes open\n"
    "Tags: Norbury, Transport\n"
    "Copyright © 2024 Norbury Post\n"
    "The Norbury Post is a community newspaper owned by its readers and published every weekday.\n"
    "Back to top\n";

}  // namespace

TEST_CASE("each line of a pasted page gets its label", "[text]") {
  Extraction ex = run_text(kPage);
  auto label_of = [&](const std::string& c) {
    const Block* b = find_block(ex, c);
    INFO(c);
    REQUIRE(b != nullptr);
    return b->label;
  };
  auto reason_of = [&](const std::string& c) { return find_block(ex, c)->reason; };
  REQUIRE(reason_of("Skip to main content") == RemovalReason::navigation);
  REQUIRE(label_of("Bridge repairs delayed until spring, council says") == BlockLabel::title);
  REQUIRE(label_of("By Jana Holm") == BlockLabel::byline);
  REQUIRE(label_of("Jana Holm") == BlockLabel::byline);                    // the name repeated
  REQUIRE(label_of("Jana Holm covers city hall.") == BlockLabel::byline);  // author bio
  REQUIRE(label_of("June 3, 2024Updated: June 4, 2024") == BlockLabel::date);
  REQUIRE(reason_of("Share") == RemovalReason::share);
  REQUIRE(label_of("What happens to traffic") == BlockLabel::heading);
  REQUIRE(label_of("– We have asked for a faster timetable, but nothing is decided.") == BlockLabel::body);  // dialogue
  REQUIRE(label_of("– Traffic plan? –") == BlockLabel::heading);
  REQUIRE(label_of("Workers inspect the bridge on Monday. (Image Credit: Lena Voss / Norbury Post)") == BlockLabel::caption);
  REQUIRE(reason_of("Related Articles") == RemovalReason::related);
  REQUIRE(reason_of("Tags: Norbury, Transport") == RemovalReason::tags);
  REQUIRE(reason_of("Copyright © 2024 Norbury Post") == RemovalReason::footer);
  // The about-the-outlet paragraph after the copyright line is footer, though it is prose.
  REQUIRE(reason_of("The Norbury Post is a community newspaper owned by its readers and published every weekday.") ==
          RemovalReason::footer);
  REQUIRE(kept(ex).size() == 7);
  for (const Block& b : ex.blocks) REQUIRE(b.kept == (b.label == BlockLabel::body || b.label == BlockLabel::heading));
}

TEST_CASE("metadata comes from the title, byline, date and copyright lines", "[text]") {
  Extraction ex = run_text(kPage);
  REQUIRE(ex.meta.title == "Bridge repairs delayed until spring, council says");
  REQUIRE(ex.meta.byline == "By Jana Holm");
  REQUIRE(ex.meta.authors == std::vector<std::string>{"Jana Holm"});
  REQUIRE(ex.meta.date_published == "2024-06-03");
  REQUIRE(ex.meta.date_modified == "2024-06-04");
  REQUIRE(ex.meta.site_name == "Norbury Post");
  REQUIRE(ex.meta.language == "en");
}

TEST_CASE("block spans point at the line in the input, with anchors for collapsed spaces", "[text]") {
  std::string page = std::string("Menu\n\n  Opening   line of the   story has enough words to count as prose here.  \n") +
                     "Second paragraph continues the story with more words and a proper ending.\n";
  Extraction ex = run_text(page);
  const Block* b = find_block(ex, "Opening line of the story has enough words to count as prose here.");
  REQUIRE(b != nullptr);
  REQUIRE(b->kept);
  REQUIRE(page.substr(b->input.begin, 7) == "Opening");
  REQUIRE(b->input.end == page.find("here.") + 5);
  // content offset of "line" maps to its input offset despite the collapsed spaces
  OffsetMap m;
  for (const auto& a : b->anchors) m.add(a.derived, a.input);
  REQUIRE(m.to_input(static_cast<uint32_t>(b->content.find("line"))) == page.find("line"));
  REQUIRE(m.to_input(static_cast<uint32_t>(b->content.find("story"))) == page.find("story"));
}

TEST_CASE("a repeated title line and a breadcrumb ending with it are title repeats", "[text]") {
  std::string page =
      "Valley farmers count losses after late frost\n"
      "Valley farmers count losses after late frost\n"
      "News, Farming No Comments on Valley farmers count losses after late frost\n"
      "Farmers across the upper valley said on Tuesday that a late frost had destroyed much of the apricot blossom.\n"
      "The regional farmers' union estimated the losses at several million and asked for emergency aid from the state.\n";
  Extraction ex = run_text(page);
  REQUIRE(ex.meta.title == "Valley farmers count losses after late frost");
  int repeats = 0;
  for (const Block& b : ex.blocks) repeats += b.reason == RemovalReason::title_repeat;
  REQUIRE(repeats == 3);
  REQUIRE(kept(ex).size() == 2);
}

TEST_CASE("comment threads after the article are removed", "[text]") {
  std::string page =
      "Town opens new swimming pool\n"
      "The town of Ashford opened its new public swimming pool on Saturday after two years of construction work.\n"
      "The pool has six lanes, a learners' area and a small sauna, and it will stay open until ten in the evening.\n"
      "Entry costs four euros for adults and is free for children under six, the town council said.\n"
      "12 Comments\n"
      "Maria K\n"
      "June 2, 2024 at 10:14 am\n"
      "Finally! We have waited for this pool for years and the kids are thrilled about the slide.\n"
      "Reply\n"
      "Tom\n"
      "June 2, 2024 at 11:02 am\n"
      "Four euros is too much for a family of five, in my opinion, but the building looks great.\n"
      "Reply\n";
  Extraction ex = run_text(page);
  REQUIRE(kept(ex).size() == 3);
  REQUIRE(find_block(ex, "12 Comments")->reason == RemovalReason::comment);
}

TEST_CASE("menus and link lists stay out even when long", "[text]") {
  std::string page =
      "World | Business | Sport | Culture | Opinion\n"
      "Home > News > Local > Harbour\n"
      "HarbourNews WeatherAlerts TrafficUpdates CityGuide EventsCalendar JobsBoard\n"
      "The harbour authority confirmed on Wednesday that the northern pier will close for repairs for three weeks.\n"
      "Ferries will use the southern pier in the meantime, and the timetable stays the same, the authority said.\n";
  Extraction ex = run_text(page);
  REQUIRE(kept(ex).size() == 2);
}

TEST_CASE("dates in several languages and layouts normalise to ISO 8601", "[text]") {
  REQUIRE(find_text_date("January 21, 2022").iso == "2022-01-21");
  REQUIRE(find_text_date("Jan. 5 2021, 10:00").iso == "2021-01-05");
  REQUIRE(find_text_date("21 January 2022").iso == "2022-01-21");
  REQUIRE(find_text_date("12. März 2023").iso == "2023-03-12");
  REQUIRE(find_text_date("Publié le 8 avril 2023").iso == "2023-04-08");
  REQUIRE(find_text_date("15 мая 2023").iso == "2023-05-15");
  REQUIRE(find_text_date("2023年6月1日").iso == "2023-06-01");
  REQUIRE(find_text_date("10 يوليو 2023").iso == "2023-07-10");
  REQUIRE(find_text_date("2022-01-21T10:00").iso == "2022-01-21");
  REQUIRE(find_text_date("21.01.2022").iso == "2022-01-21");
  REQUIRE(find_text_date("21 de enero de 2022").iso == "2022-01-21");
  REQUIRE(find_text_date("Posted: 08/09/2012 9:21 am").iso == "2012-09-08");  // day first; US order is ambiguous
  REQUIRE(find_text_date("Mark 21, 2022").iso.empty());                       // not a month
  REQUIRE(find_text_date("February 30 1700").iso.empty());                    // out of range
  TextDate glued = find_text_date("January 21, 2022Updated: January 22, 2022");
  REQUIRE(glued.iso == "2022-01-21");
  REQUIRE(find_text_date("January 21, 2022Updated: January 22, 2022", glued.end).iso == "2022-01-22");
}

TEST_CASE("an ambiguous numeric date is read in the order the page's other dates use", "[text]") {
  // Day first by default; the page's cues can say month first.
  REQUIRE(find_text_date("Posted 1/2/2022").iso == "2022-02-01");
  REQUIRE(find_text_date("Posted 1/2/2022", 0, DateOrder::month_first).iso == "2022-01-02");
  REQUIRE(find_text_date("Posted 1/21/2022", 0, DateOrder::day_first).iso == "2022-01-21");  // 21 is no month
  REQUIRE(find_text_date("Posted 21/1/2022", 0, DateOrder::month_first).iso == "2022-01-21");
  REQUIRE(find_text_date("Posted 1/21/2022").form == DateForm::numeric_month_first);
  REQUIRE(find_text_date("Posted 3/4/2022").form == DateForm::numeric_ambiguous);
  REQUIRE(find_text_date("March 4, 2022").form == DateForm::month_name_first);
  REQUIRE(find_text_date("4 March 2022").form == DateForm::day_name_first);

  const std::string body =
      "Dravia and Solvenia resumed border talks in Velmar on Friday after a pause of two months, officials said.\n"
      "The delegations agreed to meet again before the end of the month to discuss the river crossings.\n";
  auto published = [&](const std::string& top, const std::string& bottom) {
    return run_text("Border talks resume in Velmar\n" + top + "\n" + body + bottom).meta.date_published;
  };
  // Another date on the page with a number above 12 in the second place: month first.
  REQUIRE(published("Posted 3/4/2022 10:15 am", "Comments\nReply posted 3/17/2022 9:00 pm\n") == "2022-03-04");
  // ... in the first place: day first.
  REQUIRE(published("Posted 3/4/2022 10:15 am", "Comments\nReply posted 17/3/2022 21:00\n") == "2022-04-03");
  // A date written with the month name first ("March 4, 2022") is US order.
  REQUIRE(published("Posted 3/4/2022 10:15 am", "Updated March 5, 2022\n") == "2022-03-04");
  REQUIRE(published("Posted 3/4/2022 10:15 am", "Updated 5 April 2022\n") == "2022-04-03");
  // No other cue: an English page with slashes is read in US order; dots stay day first.
  REQUIRE(published("Posted 3/4/2022 10:15 am", "") == "2022-03-04");
  REQUIRE(published("Posted 3.4.2022 10:15", "") == "2022-04-03");
}

TEST_CASE("a short sentence with a clock word is not a date line", "[text]") {
  Extraction ex = run_text(
      "Velmar ferry timetable changes\n"
      "Posted 2 hours ago\n"
      "The ferry company of Velmar said on Monday that it would run two extra crossings to Solvenia every weekday.\n"
      "The new timetable had been promised to commuters in the spring, after months of complaints about queues.\n"
      "It started running 3 days ago.\n"
      "What changed since then?\n"
      "2. The morning crossing now leaves at six, an hour earlier than before, and the evening one waits for the last train.\n"
      "on 2024-05-02 at 9:00 am Rima\n"
      "Finally some good news for the harbour.\n"
      "on 2024-05-02 at 9:10 am Osk\n"
      "Took them long enough to do it.\n"
      "on 2024-05-02 at 9:40 am Lev\n"
      "Let us hope the prices stay the same too.\n");
  REQUIRE(find_block(ex, "Posted 2 hours ago")->label == BlockLabel::date);
  REQUIRE(find_block(ex, "It started running 3 days ago.")->kept);
  REQUIRE(find_block(ex, "2. The morning crossing now leaves at six, an hour earlier than before, and the evening one waits for the last train.")->kept);
  REQUIRE_FALSE(find_block(ex, "Finally some good news for the harbour.")->kept);
}

TEST_CASE("a short article wins over the longer comment thread under its comments header", "[text]") {
  std::string page =
      "Velmar lantern night\n"
      "The lantern night on the Velmar quay drew a large crowd on Saturday, the organisers said.\n"
      "Watch the video above.\n"
      "12 Responses to \"Velmar lantern night\"\n";
  const char* const kComments[] = {
      "What a lovely evening it was, we walked along the whole quay twice and the children loved every single lantern.",
      "I wish the ferry from Solvenia had run later that night, because half of our group had to leave before the end.",
      "The music on the second stage was far too loud for the families sitting near the water, please fix that next year.",
      "Best night of the year in Velmar, no question about it, and the food stalls were much better than last autumn.",
      "Does anyone know whether the lantern workshop will be open again in the spring, my neighbours want to take part?"};
  for (int k = 0; k < 5; ++k)
    page += "Reader" + std::to_string(k) + " on 2024-10-0" + std::to_string(k + 3) + " at 9:00 am\n" + kComments[k] + "\nReply\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, "The lantern night on the Velmar quay drew a large crowd on Saturday, the organisers said.")->kept);
  for (const char* c : kComments) REQUIRE_FALSE(find_block(ex, c)->kept);
}

TEST_CASE("bylined comments far below a comments header do not win over the article", "[text]") {
  std::string page =
      "Ask the forum: paper maps or phone maps for the Dravian hills?\n"
      "Posted on 2024-07-24 10:23\n"
      "A reader writes that his daughter wants to hike the Dravian hills with nothing but a phone, while he swears by "
      "paper maps and a compass. He asks which one the forum would trust on a three-day walk above the tree line.\n"
      "40 Comments\n";
  for (const char* nav : {"All", "Insightful", "Informative", "Interesting", "Funny", "Newest", "Oldest", "Threshold",
                          "Login", "Search", "Close", "Options"})
    page += std::string(nav) + "\n";
  const char* const kComments[] = {
      "Paper never runs out of battery, and in the cold a phone can die within an hour even when it was full that morning.",
      "Take both, the phone for the position and the paper map for the big picture, that is what every guide I know does.",
      "The offline maps on phones are excellent now, but only if you downloaded them before you lost the signal in the valley.",
      "A compass is useless if you cannot read a map, so the real question is whether she learned that skill at all.",
      "We walked that route last summer with phones only and it was fine, though we carried a battery pack for each of us."};
  int k = 0;
  for (const char* c : kComments) page += "by Walker" + std::to_string(++k) + " (" + std::to_string(1000 + k) + ")\n" + c + "\nReply\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, "40 Comments")->reason == RemovalReason::comment);
  REQUIRE(kept(ex).size() == 1);
  REQUIRE(kept(ex)[0].compare(0, 30, "A reader writes that his daugh") == 0);
}

TEST_CASE("the article anchor is the first date line with prose soon after it", "[text]") {
  std::string page = "Monday, 3 June 2024\n";
  for (const char* nav : {"Home", "World", "Dravia", "Solvenia", "Sport", "Culture", "Weather", "Search"}) page += std::string(nav) + "\n";
  page +=
      "Velmar council delays the harbour vote\n"
      "Posted 3 June 2024, 10:15\n"
      "The council of Velmar postponed its vote on the harbour fees until July, the mayor said on Monday.\n"
      "Fishermen had asked for more time to present their own proposal for the small boats.\n";
  for (int i = 0; i < 25; ++i) page += "Valley towns in pictures, part " + std::to_string(i + 1) + "\n";
  page +=
      "The Velmar Courier has reported on the towns of the river valley since the old bridge was built, and it is still "
      "owned by the families who founded it. Our reporters live in the towns they cover and answer every letter.\n"
      "We publish every weekday morning and on Saturday, with a longer weekend edition that collects the best reports "
      "of the week, the letters of our readers and the notices of the town councils of the whole valley.\n";
  Extraction ex = run_text(page);
  std::vector<std::string> k = kept(ex);
  REQUIRE(k.size() == 2);
  REQUIRE(k[0] == "The council of Velmar postponed its vote on the harbour fees until July, the mayor said on Monday.");
}

TEST_CASE("a grid of headlines with one-sentence blurbs is not the article", "[text]") {
  std::string page =
      "Velmar council delays the harbour vote\n"
      "The council of Velmar postponed its vote on the harbour fees until July, the mayor said on Monday.\n"
      "Fishermen had asked for more time to present their own proposal for the small boats.\n"
      "Top stories\n";
  const char* const kGrid[][2] = {
      {"Solvenia opens its new border crossing", "The crossing near Orlo will be open day and night from the first of May for cars and lorries."},
      {"Dravian rail strike ends after two weeks", "Train drivers in Dravia returned to work on Tuesday after the union accepted a new offer."},
      {"Storm closes the port of Kessa", "Ships waited outside the harbour for a second day as winds reached a hundred kilometres an hour."},
      {"Velmar choir wins the valley contest", "The town choir took first place in the annual contest with a programme of old river songs."}};
  for (const auto& t : kGrid) page += std::string(t[0]) + "\n" + t[1] + "\n";
  Extraction ex = run_text(page);
  std::vector<std::string> k = kept(ex);
  REQUIRE(k.size() == 2);
  REQUIRE(k[1] == "Fishermen had asked for more time to present their own proposal for the small boats.");
  // Subheadings each followed by two paragraphs are the article's own.
  std::string article = "Velmar harbour plan explained\n";
  for (const auto& t : kGrid) article += std::string(t[0]) + "\n" + t[1] + "\n" + t[1] + " Officials confirmed the plan on Friday.\n";
  Extraction ax = run_text(article);
  int paragraphs = 0;
  for (const Block& b : ax.blocks) paragraphs += b.kept && b.label == BlockLabel::body;
  REQUIRE(paragraphs == 8);
}

TEST_CASE("the line right above the dateline is the title", "[text]") {
  std::string page = "The Velmar Courier Online\nHome\nWorld\nSport\nCulture\nWeather\nSearch\n"
                     "Velmar Council Delays The Harbour Vote Until July\n"
                     "Posted 3 June 2024, 10:15\n"
                     "The council of Velmar postponed its vote on the harbour fees until July, the mayor said on Monday.\n"
                     "Fishermen had asked for more time to present their own proposal for the small boats.\n"
                     "The Velmar Courier Online\n";
  REQUIRE(run_text(page).meta.title == "Velmar Council Delays The Harbour Vote Until July");
  // A menu row is never the title, even repeated and right above the dateline.
  std::string menu = "Velmar ferry fares rise in May\nHome| World| Sport| Culture\n"
                     "The ferry company of Velmar will raise its fares by a tenth from the first of May, it said on Monday.\n"
                     "Home| World| Sport| Culture\n";
  REQUIRE(run_text(menu).meta.title == "Velmar ferry fares rise in May");
  // The headline shares its words with the first paragraphs; a promo line does not.
  std::string promo = "Weekend Travel Picks From Our Editors\nHome\n"
                      "Harbour fees vote delayed in Velmar\n"
                      "The vote on the harbour fees in Velmar was delayed until July, the mayor said on Monday.\n"
                      "Fishermen had asked for more time to present their own proposal for the small boats.\n";
  REQUIRE(run_text(promo).meta.title == "Harbour fees vote delayed in Velmar");
}

TEST_CASE("short lines enclosed by the article's paragraphs are a list of the article", "[text]") {
  Extraction ex = run_text(
      "Velmar fish soup\n"
      "Posted 3 June 2024\n"
      "This is the soup the fishermen of Velmar cook on the quay after the morning catch, and it takes half an hour.\n"
      "2 onions, chopped\n"
      "500 g white fish\n"
      "1 litre fish stock\n"
      "Fry the onions until soft, add the stock and the fish, and let it simmer gently for twenty minutes.\n"
      "Share\nTweet\n");
  for (const char* item : {"2 onions, chopped", "500 g white fish", "1 litre fish stock"}) {
    INFO(item);
    REQUIRE(find_block(ex, item)->kept);
  }
  REQUIRE_FALSE(find_block(ex, "Tweet")->kept);
}

TEST_CASE("a subtitle between the title and the body is kept", "[text]") {
  Extraction ex = run_text(
      "Home\nWorld\n"
      "Dravia and Solvenia agree to keep talking\n"
      "Dravia and Solvenia agree to keep talking\n"
      "Both sides leave the door open to a summit in Velmar\n"
      "Dravia and Solvenia made no breakthrough at talks in Velmar on Friday but agreed to keep talking, officials said.\n"
      "The two ministers met for ninety minutes and said they would speak again next week by telephone.\n"
      "Related Articles\n");
  REQUIRE(ex.meta.title == "Dravia and Solvenia agree to keep talking");
  const Block* sub = find_block(ex, "Both sides leave the door open to a summit in Velmar");
  REQUIRE(sub != nullptr);
  REQUIRE(sub->kept);
  REQUIRE(sub->label == BlockLabel::heading);
  // A short section name above the body is not a subtitle.
  Extraction nav = run_text(
      "Dravia and Solvenia agree to keep talking\n"
      "World News\n"
      "Dravia and Solvenia made no breakthrough at talks in Velmar on Friday but agreed to keep talking, officials said.\n"
      "The two ministers met for ninety minutes and said they would speak again next week by telephone.\n");
  REQUIRE_FALSE(find_block(nav, "World News")->kept);
}

TEST_CASE("a list introduced by a colon sentence stays in the article", "[text]") {
  const std::string page =
      "Home\nNews\nSport\n\n"
      "Ferry timetable changes from May\n\n"
      "By Ola Brenn\n\n"
      "The island ferry company has published its summer timetable, with more crossings on weekdays and fewer late boats.\n\n"
      "Passengers will notice the following changes:\n"
      "Two extra morning crossings\n"
      "No departures after 22:00 on Sundays\n"
      "Bicycles carried free of charge\n\n"
      "Related Articles\n"
      "Harbour fees rise again\n"
      "Copyright © 2024 Island Courier\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, "Passengers will notice the following changes:")->kept);
  REQUIRE(find_block(ex, "Two extra morning crossings")->kept);
  REQUIRE(find_block(ex, "Bicycles carried free of charge")->kept);
  REQUIRE_FALSE(find_block(ex, "Harbour fees rise again")->kept);
}

TEST_CASE("a comment-count link under the dateline does not end the article", "[text]") {
  const std::string page =
      "Menu\n\n"
      "Orchard growers count frost damage\n"
      "posted 40 mins ago\n"
      "Comments\n"
      "Growers in the valley said on Tuesday that a late frost had damaged up to a third of the apple blossom.\n\n"
      "The cooperative will send inspectors to every farm this week and publish its estimate by Friday.\n\n"
      "Insurers said claims would be handled as quickly as possible, but warned that payments could take months.\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, "The cooperative will send inspectors to every farm this week and publish its estimate by Friday.")->kept);
  REQUIRE(find_block(ex, "Insurers said claims would be handled as quickly as possible, but warned that payments could take months.")->kept);
}

TEST_CASE("subheadings named like a comments link stay inside the article", "[text]") {
  const std::string page =
      "Five ways to work with your local paper\n\n"
      "Editors receive many press releases every day, and most of them are never read past the first line.\n\n"
      "Comment\n"
      "Offer an informed opinion on the news of the day, and reporters will call you when they need a voice.\n\n"
      "Data\n"
      "Share numbers you already collect; a good table can become a story on its own for a busy newsroom.\n\n"
      "Access\n"
      "Open the door to people and places reporters cannot usually reach, and they will remember you for it.\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, "Share numbers you already collect; a good table can become a story on its own for a busy newsroom.")->kept);
  REQUIRE(find_block(ex, "Open the door to people and places reporters cannot usually reach, and they will remember you for it.")->kept);
}

TEST_CASE("a teaser glues a headline of the page to its blurb and is not prose", "[text]") {
  const std::string page =
      "Latest\n"
      "Lighthouse keeper retires after forty years The last keeper of the northern light handed over the keys on Sunday to the coast guard.\n"
      "10 mins ago\n\n"
      "Lighthouse keeper retires after forty years\n"
      "By Mira Tell\n\n"
      "The last keeper of the northern light handed over the keys on Sunday, ending a family tradition that began in 1921.\n\n"
      "He said he would miss the storms most of all, because they were the nights when the light really mattered.\n";
  Extraction ex = run_text(page);
  REQUIRE_FALSE(find_block(ex, "Lighthouse keeper retires after forty years The last keeper of the northern light handed over the keys on Sunday to the coast guard.")->kept);
  REQUIRE(find_block(ex, "He said he would miss the storms most of all, because they were the nights when the light really mattered.")->kept);
}

TEST_CASE("comment-form lines are comments even when sentence-shaped", "[text]") {
  const std::string page =
      "Council approves new cycle lanes\n\n"
      "The city council approved three new cycle lanes on Thursday after a long debate about parking spaces in the centre.\n\n"
      "Work on the first lane will start in August and should be finished before the autumn term begins.\n\n"
      "Comments\n"
      "This is only a preview. Your comment has not yet been posted.\n"
      "Your comment has been saved. Comments are moderated and will not appear until approved by the author.\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, "This is only a preview. Your comment has not yet been posted.")->reason == RemovalReason::comment);
  REQUIRE_FALSE(find_block(ex, "Your comment has been saved. Comments are moderated and will not appear until approved by the author.")->kept);
  REQUIRE(find_block(ex, "Work on the first lane will start in August and should be finished before the autumn term begins.")->kept);
}

TEST_CASE("golden text fixtures: kept lines and metadata", "[text][golden]") {
  const std::string root = std::string(CORROBORATE_SOURCE_DIR) + "/tests/golden";
  std::vector<std::string> cases = list_dir(root, "text-", "");
  REQUIRE(cases.size() >= 6);
  for (const std::string& c : cases) {
    INFO(c);
    Extraction ex = run_text(slurp(root + "/" + c + "/input.txt"));
    REQUIRE(kept(ex) == split_lines_of(slurp(root + "/" + c + "/expected.txt")));
    for (const std::string& line : split_lines_of(slurp(root + "/" + c + "/meta.txt"))) {
      std::size_t colon = line.find(": ");
      std::string key = line.substr(0, colon), value = line.substr(colon + 2);
      INFO(key);
      if (key == "title") REQUIRE(ex.meta.title == value);
      if (key == "byline") REQUIRE(ex.meta.byline == value);
      if (key == "authors") REQUIRE(ex.meta.authors.size() == std::stoul(value));
      if (key == "published") REQUIRE(ex.meta.date_published == value);
      if (key == "modified") REQUIRE(ex.meta.date_modified == value);
      if (key == "site") REQUIRE(ex.meta.site_name == value);
      if (key == "language") REQUIRE(ex.meta.language == value);
    }
  }
}

TEST_CASE("hostile text input gives a result in bounded time", "[text][robustness]") {
  auto timed = [](const std::string& s) {
    auto t0 = std::chrono::steady_clock::now();
    Extraction ex = run_text(s);
    (void)ex;
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  };
  REQUIRE(timed(std::string(1 << 20, 'a')) < 1000);                 // a megabyte, one "word"
  std::string many_lines;
  for (int i = 0; i < 100000; ++i) many_lines += "Share\n";
  REQUIRE(timed(many_lines) < 1000);                                // 100k identical short lines
  std::string long_line;
  for (int i = 0; i < 100000; ++i) long_line += "word ";
  REQUIRE(timed(long_line) < 1000);                                 // one line of 100k words
  std::string dates;
  for (int i = 0; i < 20000; ++i) dates += "1 2 3 4 5 6 7 8 9 January 2020 March 5\n";
  REQUIRE(timed(dates) < 2000);
  Extraction one = run_text("x");
  REQUIRE(one.blocks.size() == 1);
}

TEST_CASE("dataset text renderings extract without failure", "[text][dataset]") {
  const std::string shared = CORROBORATE_SHARED_DIR;
  for (const char* ds : {"dragnet", "l3s-gn1"}) {
    std::string dir = shared + "/datasets/" + ds + "/text";
    std::vector<std::string> files = list_dir(dir, "", ".txt");
    if (files.empty()) {
      WARN("no " << dir << ": skipped");
      continue;
    }
    std::size_t with_text = 0;
    for (const std::string& f : files) {
      ExtractOptions opt;
      Result<Decoded> doc = normalize_input(slurp(dir + "/" + f), opt);
      if (!doc.ok()) continue;
      Extraction ex;
      extract_text(doc.value(), opt, ex);
      with_text += !kept(ex).empty();
    }
    INFO(ds);
    REQUIRE(with_text * 100 >= files.size() * 97);  // quality is scored by scripts/text-eval.sh
  }
}

TEST_CASE("a lone kept line far below the article is a stray, a paragraph after a short break is not", "[text]") {
  const std::string blurb =
      "Our weekend magazine visits the old harbour of Orvel, where the ferry to Solvenia still leaves twice a day in every season of the year.";
  const std::string after_break =
      "Officials from both sides said the next round would take up the disputed fishing quotas, which neither delegation wanted to discuss in public.";
  const std::string page =
      "Dravia and Solvenia resume border talks\n\n"
      "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.\n\n"
      "The meeting lasted four hours and ended with a short joint statement that promised further contacts before the end of the summer.\n\n"
      "Both foreign ministries described the atmosphere as constructive, although no agreement on the customs posts was announced.\n\n"
      "Fishing rights\n\n" +
      after_break + "\n\n"
      "Share\nPrint\nEmail\nAdvertisement\n\n" +
      blurb + "\n\n"
      "Contact\nImprint\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, after_break)->kept);
  const Block* stray = find_block(ex, blurb);
  REQUIRE(stray != nullptr);
  REQUIRE_FALSE(stray->kept);
  REQUIRE(find_block(ex, "Both foreign ministries described the atmosphere as constructive, although no agreement on the customs posts was announced.")->kept);
}

TEST_CASE("a lone first kept line far above the article is a stray", "[text]") {
  const std::string tagline =
      "The Orvel Courier has covered the lake district and its neighbours since 1921, with reporters in Dravia, Solvenia and the islands.";
  const std::string lead =
      "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.";
  const std::string page =
      tagline + "\n\n" +
      "Share\nPrint\nEmail\nAdvertisement\nSubscribe\nNewsletter\n\n" + lead + "\n\n" +
      "The meeting lasted four hours and ended with a short joint statement that promised further contacts before the end of the summer.\n\n"
      "Both foreign ministries described the atmosphere as constructive, although no agreement on the customs posts was announced.\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, lead)->kept);
  REQUIRE_FALSE(find_block(ex, tagline)->kept);
}

TEST_CASE("lines with raw HTML tags are embed data: never kept, and they do not split the article", "[text]") {
  const std::string before =
      "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.";
  const std::string embed =
      "Slide 1 of 12: The delegations arrive in Orvel <a href=\"https://example.org/gallery\">see the gallery</a> and pose for photographers before the talks begin.";
  const std::string after =
      "Both foreign ministries described the atmosphere as constructive, although no agreement on the customs posts was announced.";
  const std::string page =
      "Dravia and Solvenia resume border talks\n\n" + before + "\n\n" + embed + "\n\n" + after + "\n\n"
      "The meeting lasted four hours and ended with a short joint statement that promised further contacts before the end of the summer.\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, before)->kept);
  REQUIRE(find_block(ex, after)->kept);
  const Block* e = find_block(ex, embed);
  REQUIRE_FALSE(e->kept);
  REQUIRE(e->reason == RemovalReason::media);
  // Angle brackets without a tag are prose ("x <y", "<3").
  Extraction plain = run_text("Dravia reported that fewer than <10 trucks an hour crossed the border at Orvel during the strike last week.\n");
  REQUIRE(kept(plain).size() == 1);
}

TEST_CASE("a small group of kept lines far below the article is dropped, a large one is not", "[text]") {
  const std::string article =
      "Dravia and Solvenia resume border talks\n\n"
      "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.\n\n"
      "The meeting lasted four hours and ended with a short joint statement that promised further contacts before the end of the summer.\n\n"
      "Both foreign ministries described the atmosphere as constructive, although no agreement on the customs posts was announced.\n\n"
      "Officials from both sides said the next round would take up the disputed fishing quotas, which neither delegation wanted to discuss in public.\n\n"
      "A spokesman for the Solvenian delegation said the talks had been long overdue and that both capitals now expected a timetable by autumn.\n\n"
      "Traders on both sides of the border welcomed the meeting, saying that queues at the customs posts had grown longer every month this year.\n\n"
      "The Dravian trade minister, who did not attend, said in a radio interview that she hoped the working group would report before the harvest.\n\n"
      "Fishermen in the lakeside villages have complained for years that the quotas set by the two governments do not match the size of the catch.\n\n"
      "Environmental groups asked both delegations to include the protection of the lake's wetlands in any agreement on the border crossings.\n\n"
      "The next meeting is planned for the end of September in the Solvenian capital, according to a schedule published by both foreign ministries.\n\n"
      "Share\nPrint\nEmail\nAdvertisement\n\n";
  const std::string promo1 =
      "Orvel Video is a new service from the Courier where readers can watch our latest reports and share them with friends and family.";
  const std::string promo2 =
      "Our newsroom is open to visitors on weekdays, and guided tours of the printing press can be booked at the front desk in advance.";
  Extraction ex = run_text(article + promo1 + "\n\n" + promo2 + "\n");
  REQUIRE(find_block(ex, "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.")->kept);
  REQUIRE_FALSE(find_block(ex, promo1)->kept);
  REQUIRE_FALSE(find_block(ex, promo2)->kept);
  // Below a short article, a group of similar length is another part of the story (after a photo gallery).
  const std::string short_article =
      "Dravia and Solvenia resume border talks\n\n"
      "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.\n\n"
      "Share\nPrint\nEmail\nAdvertisement\n\n";
  Extraction ex2 = run_text(short_article + promo1 + "\n\n" + promo2 + "\n");
  REQUIRE(find_block(ex2, promo1)->kept);
  REQUIRE(find_block(ex2, promo2)->kept);
}

TEST_CASE("names under a 'Comment' site name without comment text do not end the article", "[text]") {
  const std::string later =
      "Officials from both sides said the next round would take up the disputed fishing quotas, which neither delegation wanted to discuss in public.";
  const std::string page =
      "Dravia and Solvenia resume border talks\n\n"
      "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.\n\n"
      "The meeting lasted four hours and ended with a short joint statement that promised further contacts before the end of the summer.\n\n"
      "Both foreign ministries described the atmosphere as constructive, although no agreement on the customs posts was announced.\n\n"
      "Harbour Comment\nSolvenia Today\nThe Ferry Post\nIsland Notes\nHome » Blog » Border talks\nShare this story\n\n" +
      later + "\n\n"
      "Traders on both sides of the border welcomed the meeting, saying that queues at the customs posts had grown longer every month this year.\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, later)->kept);
  // With comment text after the names, they are commenters: the thread is cut.
  const std::string thread =
      "Dravia and Solvenia resume border talks\n\n"
      "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.\n\n"
      "The meeting lasted four hours and ended with a short joint statement that promised further contacts before the end of the summer.\n\n"
      "Both foreign ministries described the atmosphere as constructive, although no agreement on the customs posts was announced.\n\n"
      "Reader Comment\nMara Holm\nI grew up in Orvel and I never thought I would see the two delegations sit at the same table again.\n"
      "Ivo Stren\nThe customs posts are the real problem and nobody in either capital wants to talk about them honestly.\n";
  Extraction ex2 = run_text(thread);
  REQUIRE_FALSE(find_block(ex2, "Ivo Stren")->kept);
  REQUIRE_FALSE(find_block(ex2, "The customs posts are the real problem and nobody in either capital wants to talk about them honestly.")->kept);
}

TEST_CASE("long story URLs between digest items are not commenters' homepages", "[text]") {
  const std::string item3 =
      "Fishermen in the lakeside villages have complained for years that the quotas set by the two governments do not match the size of the catch.";
  const std::string page =
      "Lake district digest\n\n"
      "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.\n\n"
      "The meeting lasted four hours and ended with a short joint statement that promised further contacts before the end of the summer.\n\n"
      "https://www.orvel-courier.example/region/border-talks-resume-after-two-years\n"
      "Both foreign ministries described the atmosphere as constructive, although no agreement on the customs posts was announced.\n"
      "https://www.solvenia-today.example/politics/customs-posts-remain-open-question\n"
      "Traders on both sides of the border welcomed the meeting, saying that queues at the customs posts had grown longer every month this year.\n"
      "https://www.ferry-post.example/region/fishermen-ask-for-new-quota-rules\n" +
      item3 + "\n";
  Extraction ex = run_text(page);
  REQUIRE(find_block(ex, item3)->kept);
  // Homepage-sized URLs between comments still mark a thread.
  const std::string thread =
      "Dravia and Solvenia resume border talks\n\n"
      "Negotiators from Dravia and Solvenia met in the lakeside town of Orvel on Monday for the first border talks in two years.\n\n"
      "The meeting lasted four hours and ended with a short joint statement that promised further contacts before the end of the summer.\n\n"
      "http://marasblog.example\n"
      "I grew up in Orvel and I never thought I would see the two delegations sit at the same table again, so this is good news.\n"
      "http://ivo.example\n"
      "The customs posts are the real problem and nobody in either capital wants to talk about them honestly, as usual.\n"
      "http://lakewatch.example\n"
      "My grandfather crossed that border every week for forty years and he would have laughed at this whole meeting.\n";
  Extraction ex2 = run_text(thread);
  REQUIRE_FALSE(find_block(ex2, "My grandfather crossed that border every week for forty years and he would have laughed at this whole meeting.")->kept);
}

TEST_CASE("a post right above a counted comments header wins over a comment below it", "[text]") {
  Extraction ex = run_text(
      "Harbour lights at Velmar\n"
      "The Velmar harbour lit its new lamps on Friday evening for the first time.\n"
      "9 Comments\n"
      "Ana\nOctober 2, 2024, | Permalink\nLovely!\n"
      "Petr\nOctober 2, 2024, | Permalink\n"
      "I walked past the harbour on Saturday night and the new lamps make the whole quay look warmer, although the "
      "old ones had a charm of their own that I will miss.\n"
      "Mila\nOctober 3, 2024, | Permalink\nSo pretty!\n");
  REQUIRE(kept(ex) == std::vector<std::string>{"The Velmar harbour lit its new lamps on Friday evening for the first time."});
}

TEST_CASE("a short post under its date line wins over a site notice the region reached above it", "[text]") {
  const std::string notice =
      "If you find a photo here that is yours and want it credited or taken down, please write to us and we will fix it "
      "the same day, because we want every maker to get the credit they deserve.";
  const std::string post = "Happy Monday! We love this lantern board from the Velmar market and cannot wait for the weekend.";
  Extraction ex = run_text("Lantern Notes\nSearch\nArchives\nAbout\n" + notice +
                           "\n« older post | Main\nMarch 3, 2025\nmarket lights\n" + post +
                           "\nPosted at 09:00 AM in Markets | Permalink\nComments\nName:\nEmail address:\n");
  REQUIRE(kept(ex) == std::vector<std::string>{post});
}

TEST_CASE("a counted comments header ends a short post even before much prose", "[text]") {
  const std::string post = "… a quiet harbour at dusk teaches more patience than any book on the subject, or so the old ferrymen of Velmar say.";
  Extraction ex = run_text(
      "Harbour Notes\nQuiet harbours\nby Ines on July 14, 2024\nFrom an old ferryman:\n" + post +
      "\nRelated posts:\nBoats at dawn\nNets and knots\n{ 2 comments… read them below or add one }\n1\nMarek\n"
      "I grew up in Velmar and my grandfather said exactly the same thing about the harbour, word for word.\n2\n"
      "Olga\nWhile I have no quarrel with the rest of the post, patience is learned from people far more "
      "than from any harbour, in my experience of twenty years on the boats.\n"
      "For example, the ferrymen I worked with were the least patient people on the whole quay, and they had spent their "
      "entire lives watching that harbour at dusk, every single evening, without learning a thing from it.\n"
      "What taught them patience, if anything did, was waiting for the weather to turn and for the fish to come back "
      "after a bad season, and waiting for the council to mend the pier after the storm of the previous winter.\n"
      "Leave a Comment\nName\n");
  REQUIRE(kept(ex) == std::vector<std::string>{post});
}

TEST_CASE("a dateline with a 'Published' word anchors the article before a bare date line", "[text]") {
  const std::string promo =
      "Alongside a long talk with the lantern makers of the old quarter, this issue brings a photo essay on the harbour "
      "at night and a guide to the best market stalls.";
  const std::string lead = "The lantern makers of Velmar opened their workshops to visitors on Sunday for the first time in ten years.";
  const std::string more = "About two hundred people came, and the makers said they would repeat the open day every spring.";
  std::string page = "Velmar Weekly\nHarbour film night\n3 weeks ago\n" + promo + "\n";
  for (int k = 0; k < 30; ++k) page += "Section " + std::to_string(k) + "\n";
  page += "Lantern makers open their doors\nPublished 2 hours ago\n" + lead + "\n" + more + "\nTweet\nPrevious Article\n";
  Extraction ex = run_text(page);
  REQUIRE(kept(ex) == std::vector<std::string>{lead, more});
}

TEST_CASE("a previous/next post link above the dateline is not the title", "[text]") {
  Extraction ex = run_text(
      "Velmar Notes\nThe winter timetable\n"
      "« Lantern Makers Open Their Workshop Doors To Visitors\n"
      "March 3, 2025\n"
      "Ferries between Velmar and the islands will run every two hours from Monday, the harbour office said.\n"
      "The night crossing is dropped until April because too few passengers used it last winter.\n");
  REQUIRE(ex.meta.title == "The winter timetable");
  Extraction arrow = run_text(
      "Velmar Notes\nThe winter timetable\n"
      "← Lantern Makers Open Their Workshop Doors To Visitors\n"
      "March 3, 2025\n"
      "Ferries between Velmar and the islands will run every two hours from Monday, the harbour office said.\n"
      "The night crossing is dropped until April because too few passengers used it last winter.\n");
  REQUIRE(arrow.meta.title == "The winter timetable");
  // A headline quoted in guillemets has both marks: it stays a title.
  Extraction fr = run_text(
      "Velmar Matin\n« Nous ne céderons pas », dit la maire de Velmar\n3 mars 2025\n"
      "La maire de Velmar a refusé lundi de fermer la traversée de nuit malgré le faible nombre de passagers.\n"
      "Elle a promis un nouvel horaire pour le printemps, après une réunion avec les marins du port.\n");
  REQUIRE(fr.meta.title == "« Nous ne céderons pas », dit la maire de Velmar");
}

TEST_CASE("a sentence hard-wrapped over short lines is prose", "[text]") {
  Extraction ex = run_text(
      "Velmar Crafts\nHome\nAbout\nArchives\n« Paper lanterns | Main | Clay whistles »\n"
      "Corn husk dolls\n"
      "Visit the Velmar craft blog to see\n"
      "how the old dolls are made from husks\n"
      "with nothing but string and patience.\n"
      "Comments\nView the entire comment thread.\nMost Popular Posts\nWin a copy of our book!\n");
  REQUIRE(kept(ex) == std::vector<std::string>{"Visit the Velmar craft blog to see", "how the old dolls are made from husks",
                                               "with nothing but string and patience."});
  REQUIRE(ex.meta.title == "Corn husk dolls");  // a wrapped line is never the title
}

TEST_CASE("a wrapped line that ends on a function word goes on over a capitalised line", "[text]") {
  Extraction ex = run_text(
      "Velmar Crafts\nHome\nAbout\nArchives\n« Paper lanterns | Main | Clay whistles »\n"
      "Leaf garland\n"
      "The Velmar craft blog shares a leaf garland\n"
      "that would be a lovely addition to your\n"
      "Harvest Festival table.\n"
      "Comments\nView the entire comment thread.\nMost Popular Posts\nWin a copy of our book!\n");
  REQUIRE(kept(ex) == std::vector<std::string>{"The Velmar craft blog shares a leaf garland",
                                               "that would be a lovely addition to your", "Harvest Festival table."});
}

TEST_CASE("a previous-post link shaped like a sentence is not prose", "[text]") {
  const std::string body =
      "In 2024 the harbour office of Velmar counted more ferry passengers than in any year before, and the night "
      "crossing was full on most weekends.";
  Extraction ex = run_text(
      "Velmar Ferries Blog\nSubscribe\n"
      "« Lantern makers opened their workshops to visitors on Sunday, the first time in ten years.\n"
      "September 25, 2024\n" + body + "\nPosted at 08:18 AM in Ferries | Permalink\n");
  REQUIRE(kept(ex) == std::vector<std::string>{body});
}

TEST_CASE("a first paragraph that contains the title words is not a title repeat", "[text]") {
  const std::string lead = "The Velmar lantern night drew a record crowd on Saturday.";
  Extraction ex = run_text("Velmar Post\nHome\nNews\nVelmar lantern night\nMarch 3, 2025\n" + lead +
                           "\nThe ferries ran until two in the morning to carry everyone home again.\n");
  REQUIRE(ex.meta.title == "Velmar lantern night");
  REQUIRE(find_block(ex, lead)->kept);
}

TEST_CASE("a long legal line that starts with the copyright mark is footer", "[text]") {
  const std::string legal =
      "© 2025 Velmar Media Group. All Rights Reserved. This material may not be published, broadcast, rewritten or "
      "redistributed in any form without the written permission of the publisher.";
  Extraction ex = run_text(
      "Velmar Post\nMarch 3, 2025\n"
      "Villagers near Velmar found a hoard of old coins while digging a new well, the regional museum said on Monday.\n"
      "The museum will show the coins in the spring after experts have cleaned and dated them.\n" + legal + "\n");
  REQUIRE(find_block(ex, legal)->reason == RemovalReason::footer);
  REQUIRE(kept(ex).size() == 2);
}

TEST_CASE("the blog template's 'Bookmark the permalink' line is not the article", "[text]") {
  const std::string footer = "This entry was posted in Harbour and tagged ferries, lanterns, Velmar by Ina Holm. Bookmark the permalink.";
  Extraction ex = run_text(
      "Velmar Harbour Blog\n"
      "Posted on March 3, 2025 by Ina Holm\n"
      "The new night ferry to the islands left Velmar for the first time on Friday with forty passengers on board.\n"
      "The harbour office said it would keep the crossing at least until the autumn.\n" + footer + "\nLeave a Reply\n");
  REQUIRE(find_block(ex, footer)->reason == RemovalReason::tags);
  REQUIRE(kept(ex).size() == 2);
}

TEST_CASE("a 'Send to a Friend' share link above the dateline is not the title", "[text]") {
  Extraction ex = run_text(
      "Velmar Weekly\nMarket finds of the week\nSend to a Friend\nculture - March 3, 2025\n"
      "We are delighting in your lantern picks, harbour photos and the finest handiwork from the market stalls.\n");
  REQUIRE(find_block(ex, "Send to a Friend")->reason == RemovalReason::share);
  REQUIRE(ex.meta.title == "Market finds of the week");
}
