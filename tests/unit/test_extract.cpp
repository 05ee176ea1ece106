#include <catch2/catch.hpp>

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "test_files.h"
#include "corroborate/json_writer.h"

using namespace corroborate;

namespace {
using test_files::read_file;

std::vector<std::string> golden_dirs(const std::string& prefix) {
  std::vector<std::string> out;
  std::string root = std::string(CORROBORATE_SOURCE_DIR) + "/tests/golden";
  if (DIR* d = opendir(root.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.rfind(prefix, 0) == 0) out.push_back(root + "/" + n);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string field(const Metadata& m, const std::string& key) {
  if (key == "title") return m.title;
  if (key == "date") return m.date_published;
  if (key == "date_modified") return m.date_modified;
  if (key == "site_name") return m.site_name;
  if (key == "language") return m.language;
  if (key == "url") return m.url;
  if (key == "byline") return m.byline;
  if (key == "authors") {
    std::string s;
    for (size_t i = 0; i < m.authors.size(); ++i) s += (i ? "|" : "") + m.authors[i];
    return s;
  }
  return "?";
}

const char* kPage =
    "<html><head><title>Ferry deal extended</title></head><body>"
    "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
    "<article><h1>Ferry deal extended</h1>"
    "<p>The council voted on Tuesday to extend the ferry service to the island for another ten years.</p>"
    "<p>Fares will rise by &pound;1 from June, the operator said, while the timetable stays the same.</p>"
    "</article><footer>&copy; 2030 Island Post. All rights reserved.</footer></body></html>";
}  // namespace

TEST_CASE("golden HTML pages: main text and metadata", "[extract][golden]") {
  auto dirs = golden_dirs("html-");
  REQUIRE(dirs.size() >= 6);
  for (const std::string& dir : dirs) {
    INFO(dir);
    auto r = extract(read_file(dir + "/input.html"));
    REQUIRE(r.ok());
    CHECK(r->format == InputFormat::html);
    CHECK(r->text == read_file(dir + "/expected.txt"));
    std::istringstream meta(read_file(dir + "/expected-meta.txt"));
    for (std::string line; std::getline(meta, line);) {
      size_t eq = line.find('=');
      if (eq == std::string::npos) continue;
      INFO(line);
      CHECK(field(r->meta, line.substr(0, eq)) == line.substr(eq + 1));
    }
  }
}

TEST_CASE("removed blocks carry reasons; title, byline and date become metadata", "[extract]") {
  auto r = extract(read_file(std::string(CORROBORATE_SOURCE_DIR) + "/tests/golden/html-en-news/input.html"));
  REQUIRE(r.ok());
  auto reason_of = [&](const std::string& start) {
    for (const Block& b : r->blocks)
      if (b.content.rfind(start, 0) == 0) return std::string(b.kept ? "kept" : removal_reason_name(b.reason));
    return std::string("missing");
  };
  CHECK(reason_of("Skip to main content") == "navigation");
  CHECK(reason_of("Home") == "navigation");
  CHECK(reason_of("We use cookies") == "promo");
  CHECK(reason_of("Harbour bridge reopens") == "title_repeat");
  CHECK(reason_of("By Mara Ellison") == "byline");
  CHECK(reason_of("17 April 2031") == "date");
  CHECK(reason_of("The Eastgate bridge on Tuesday") == "caption");
  CHECK(reason_of("Related") == "related");
  CHECK(reason_of("Sign up for our morning") == "promo");
  CHECK(reason_of("Tags:") == "tags");
  CHECK(reason_of("Finally! My commute") == "comment");
  CHECK(reason_of("Ferry timetable changes") == "related");
  CHECK(reason_of("\xC2\xA9 2031 The Lakeside") == "footer");
  CHECK(reason_of("Traffic returns") == "kept");
}

TEST_CASE("text spans and the input map point back into the original input", "[extract][spans]") {
  std::string page = kPage;
  auto r = extract(page);
  REQUIRE(r.ok());
  REQUIRE(r->text.find("The council voted") == 0);
  for (const Block& b : r->blocks) {
    if (!b.kept) continue;
    CHECK(b.text.of(r->text) == b.content);
    Span in = r->input_map.to_input(Span{b.text.begin, b.text.begin + 10});
    CHECK(in.of(page) == b.content.substr(0, 10));
    CHECK(b.input.of(page).find(b.content.substr(0, 10)) == 0);
  }
  // "the island" inside the first paragraph maps to the same bytes of the input.
  size_t at = r->text.find("the island");
  Span in = r->input_map.to_input(Span{uint32_t(at), uint32_t(at + 10)});
  CHECK(in.of(page) == "the island");
}

TEST_CASE("restore and keep_all bring removed blocks back", "[extract]") {
  auto r = extract(kPage);
  REQUIRE(r.ok());
  const Block* footer = nullptr;
  for (const Block& b : r->blocks)
    if (!b.kept && b.content.find("Island Post") != std::string::npos) footer = &b;
  REQUIRE(footer != nullptr);
  ExtractOptions opt;
  opt.restore.push_back(footer->input.begin);
  auto restored = extract(kPage, opt);
  REQUIRE(restored.ok());
  CHECK(restored->text.find("All rights reserved") != std::string::npos);
  ExtractOptions all;
  all.keep_all = true;
  auto everything = extract(kPage, all);
  REQUIRE(everything.ok());
  CHECK(everything->text.find("Home News") != std::string::npos);
  CHECK(std::all_of(everything->blocks.begin(), everything->blocks.end(), [](const Block& b) { return b.kept; }));
}

TEST_CASE("pages without prose: low-confidence result or no_main_text", "[extract]") {
  auto r = extract("<html><body><div><a href=/a>Menu</a></div><div>Only a short line</div></body></html>",
                   ExtractOptions{InputFormat::html});
  REQUIRE(r.ok());
  CHECK_FALSE(r->text.empty());
  CHECK_FALSE(r->warnings.empty());
  auto none = extract("<html><head><title>t</title><script>var a;</script></head><body><img src=x></body></html>",
                      ExtractOptions{InputFormat::html});
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().code == ErrorCode::no_main_text);
}

TEST_CASE("extraction JSON follows the source schema", "[extract][json]") {
  auto r = extract(kPage);
  REQUIRE(r.ok());
  std::string json = to_json(r.value());
  CHECK(json.rfind("{\"format\":\"html\",\"encoding\":", 0) == 0);
  for (const char* key : {"\"title\":", "\"byline\":", "\"date\":", "\"date_modified\":", "\"site_name\":",
                          "\"language\":", "\"url\":", "\"description\":", "\"authors\":[", "\"text\":",
                          "\"blocks\":[", "\"removed\":[", "\"error\":null", "\"warnings\":[", "\"input_span\":{",
                          "\"u16_begin\":", "\"span\":null", "\"reason\":\"navigation\""})
    CHECK(json.find(key) != std::string::npos);
  CHECK(error_json(Error{ErrorCode::no_main_text, "nothing"}) ==
        "{\"ok\":false,\"error\":{\"code\":\"no_main_text\",\"message\":\"nothing\"}}");
}

TEST_CASE("dataset pages extract with a result each", "[extract][dataset]") {
  std::string root = std::string(CORROBORATE_SHARED_DIR) + "/datasets/dragnet/html";
  DIR* d = opendir(root.c_str());
  if (!d) {
    WARN("skipped: ../shared/datasets not found");
    return;
  }
  int pages = 0, with_text = 0;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() < 6 || n.compare(n.size() - 5, 5, ".html") != 0 || pages >= 60) continue;
    ++pages;
    auto r = extract(read_file(root + "/" + n), ExtractOptions{InputFormat::html});
    if (r.ok() && r->text.size() > 200) ++with_text;
  }
  closedir(d);
  CHECK(pages > 0);
  CHECK(with_text >= pages * 9 / 10);
}

namespace {
// An invented blog post; the paragraphs are long enough to be prose.
std::string blog_paragraphs() {
  return "<p>The harbour town of Vellmark opened its new ferry pier on Saturday after three years of delays and two "
         "changes of contractor, the council said in a statement.</p>"
         "<p>About four hundred residents watched the first crossing, which took eleven minutes in calm weather and "
         "carried the mayor, a brass band and a very nervous dog.</p>"
         "<p>The council expects the pier to handle twelve crossings a day by the summer, when the second boat arrives "
         "from the shipyard further up the coast.</p>";
}
std::string kept_text(const std::string& html) {
  ExtractOptions opt;
  opt.format = InputFormat::html;
  Result<Extraction> r = extract(html, opt);
  REQUIRE(r);
  return r->text;
}
}  // namespace

TEST_CASE("a comment thread without class cues is cut by its repeated dated signatures", "[extract][html]") {
  std::string html = "<html><body><div><h1>Ferry pier opens</h1>" + blog_paragraphs() +
                     "<p>Posted by mara at March 3, 2021 9:01 AM</p></div><div><div>";
  const char* names[] = {"Ann", "Bo Lindqvist of the harbour association", "Cyril", "Dee"};
  for (int k = 0; k < 4; ++k)
    html += "<div><p>Lovely to see the boat finally running, we waited long enough for it and the band was great.</p>"
            "<p>Posted by: " + std::string(names[k]) + " at March 3, 2021 1" + std::to_string(k) + ":15 AM</p></div>";
  html += "</div></div></body></html>";
  std::string text = kept_text(html);
  CHECK(text.find("very nervous dog") != std::string::npos);
  CHECK(text.find("second boat arrives") != std::string::npos);
  CHECK(text.find("waited long enough") == std::string::npos);
  CHECK(text.find("Posted by") == std::string::npos);
}

TEST_CASE("a comments widget between two <article> parts of one body does not cut the second part", "[extract][html]") {
  std::string html = "<html><body><div><article>" + blog_paragraphs() +
                     "</article></div><div class='quick-comments'><p>Comments</p><p>Weigh in</p></div>"
                     "<div><article><p>Engineers will inspect the pier again in the autumn, once the winter storms "
                     "have shown how the new breakwater copes with the swell from the north-west.</p></article></div>"
                     "</body></html>";
  std::string text = kept_text(html);
  CHECK(text.find("very nervous dog") != std::string::npos);
  CHECK(text.find("new breakwater copes") != std::string::npos);
  CHECK(text.find("Weigh in") == std::string::npos);
}
