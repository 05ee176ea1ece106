#include "gen.h"

namespace bench {
namespace {

const std::vector<std::string> kSubjects = {
    "The regional council", "Local officials", "The transport ministry", "A spokeswoman for the port authority",
    "Residents of the eastern district", "The company's chief executive", "Several economists", "The harbour master",
    "Union representatives", "The mayor's office", "Farmers in the valley", "A group of engineers"};
const std::vector<std::string> kVerbs = {"said", "warned", "announced", "told reporters", "confirmed",
                                         "argued", "estimated", "noted", "insisted", "suggested"};
const std::vector<std::string> kClauses = {
    "that the new bridge would open before the end of the year",
    "that repairs to the northern rail line had fallen behind schedule",
    "that about 3,400 households were still without running water",
    "that the budget for the project had risen by 12 percent since March",
    "that talks with the neighbouring province would resume next week",
    "that the flood defences had held during the storm on Saturday",
    "that freight traffic through the crossing had doubled in two years",
    "that the school would reopen once inspectors had approved the building",
    "that wages in the sector had not kept pace with prices",
    "that a second ferry would be added to the winter timetable",
    "that the dispute over fishing quotas was far from settled",
    "that the hospital expected to hire 150 nurses by the spring"};
const std::vector<std::string> kTails = {
    "according to figures published on Tuesday", "despite objections from opposition members",
    "after a meeting that lasted well into the evening", "in a statement released late on Friday",
    "citing data from the national statistics office", "although details remained unclear",
    "as crowds gathered outside the town hall", "in an interview with local radio"};
const std::vector<std::string> kMenu = {"Home", "World", "Politics", "Business", "Tech", "Science", "Health",
                                        "Sport", "Culture", "Opinion", "Travel", "Weather", "Video", "Podcasts"};

void append_script(std::string& out, Rng& r, std::size_t bytes) {
  out += "<script>window.__cfg={";
  std::size_t start = out.size();
  for (int i = 0; out.size() - start < bytes; ++i)
    out += "\"k" + std::to_string(i) + "\":\"v" + std::to_string(r.next() % 100000) + "\",";
  out += "\"end\":1};function f(a,b){return a<b?a:b}</script>\n";
}

void append_style(std::string& out, Rng& r, std::size_t bytes) {
  out += "<style>";
  std::size_t start = out.size();
  for (int i = 0; out.size() - start < bytes; ++i)
    out += ".c" + std::to_string(i) + "{margin:" + std::to_string(r.below(40)) + "px;color:#" +
           std::to_string(100000 + r.below(800000)) + "}";
  out += "</style>\n";
}

void append_links(std::string& out, Rng& r, const char* tag, int n) {
  out += std::string("<") + tag + " class=\"links\"><ul>";
  for (int i = 0; i < n; ++i)
    out += "<li><a href=\"/story/" + std::to_string(r.next() % 1000000) + "\">" + kSubjects[r.below(kSubjects.size())] +
           " " + kVerbs[r.below(kVerbs.size())] + "</a></li>";
  out += std::string("</ul></") + tag + ">\n";
}

std::string headline(Rng& r) { return "Officials " + r.pick(kVerbs) + " new plan for " + r.pick(kMenu) + " sector"; }

}  // namespace

std::string prose_sentence(Rng& r) {
  std::string s = r.pick(kSubjects) + " " + r.pick(kVerbs) + " " + r.pick(kClauses);
  if (r.below(2)) s += ", " + r.pick(kTails);
  return s + ".";
}

std::string prose_paragraph(Rng& r, int sentences) {
  std::string p;
  for (int i = 0; i < sentences; ++i) {
    if (i) p += ' ';
    p += prose_sentence(r);
  }
  return p;
}

std::string news_page_html(uint64_t seed, std::size_t target_bytes) {
  Rng r(seed);
  std::string h = headline(r);
  std::string out = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + h +
                    " | The Invented Courier</title><meta property=\"og:site_name\" content=\"The Invented Courier\">"
                    "<meta name=\"author\" content=\"Lena Marsh\"><meta property=\"article:published_time\" "
                    "content=\"2026-03-0" + std::to_string(1 + r.below(9)) + "T08:00:00Z\">\n";
  // Articles are ~1,000 words (~6.5 KB of text); the page weight is the rest.
  std::size_t filler = target_bytes > 40000 ? target_bytes - 40000 : 0;
  append_script(out, r, filler / 2);
  append_style(out, r, filler / 4);
  out += "</head><body><header><a class=\"skip\" href=\"#main\">Skip to main content</a><nav><ul>";
  for (const auto& m : kMenu) out += "<li><a href=\"/" + m + "\">" + m + "</a></li>";
  out += "</ul></nav></header>\n<main id=\"main\"><article><h1>" + h + "</h1><p class=\"byline\">By Lena Marsh</p>"
         "<time datetime=\"2026-03-02\">2 March 2026</time>\n";
  for (int i = 0; i < 16; ++i) {
    out += "<p>" + prose_paragraph(r, 3) + "</p>\n";
    if (i == 5) out += "<figure><img src=\"/i/1.jpg\" alt=\"\"><figcaption>The site on Monday. Photo: Staff</figcaption></figure>\n";
    if (i == 9) out += "<aside class=\"promo\">Subscribe to our newsletter for daily updates.</aside>\n";
  }
  out += "<div class=\"share\">Share: <a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">Email</a></div></article>\n";
  append_links(out, r, "aside", 30);
  out += "<section class=\"comments\"><h2>Comments</h2>";
  for (int i = 0; i < 6; ++i) out += "<div class=\"comment\"><b>reader" + std::to_string(i) + "</b><p>" + prose_sentence(r) + "</p></div>";
  out += "</section></main>\n";
  append_script(out, r, filler / 8);
  out += "<footer>";
  append_links(out, r, "div", 40);
  out += "<p>&copy; 2026 The Invented Courier. All rights reserved.</p></footer>\n";
  while (out.size() < target_bytes) append_links(out, r, "div", 20);  // pad to the target with hidden menus
  out += "</body></html>\n";
  return out;
}

std::string news_page_text(uint64_t seed) {
  Rng r(seed);
  std::string h = headline(r);
  std::string out = "The Invented Courier\n";
  for (const auto& m : kMenu) out += m + "\n";
  out += "\n" + h + "\n\nBy Lena Marsh\n2 March 2026\n\n";
  for (int i = 0; i < 16; ++i) out += prose_paragraph(r, 3) + "\n\n";
  out += "Share this article\nFacebook\nX\nEmail\n\nRelated\n";
  for (int i = 0; i < 10; ++i) out += r.pick(kSubjects) + " " + r.pick(kVerbs) + "\n";
  out += "\nCopyright 2026 The Invented Courier. All rights reserved.\n";
  return out;
}

std::string long_article_html(uint64_t seed, std::size_t target_bytes) {
  Rng r(seed);
  std::string out = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Long read</title></head><body>"
                    "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Long read</h1>\n";
  out.reserve(target_bytes + 1024);
  while (out.size() < target_bytes) out += "<p>" + prose_paragraph(r, 3) + "</p>\n";
  out += "</article><footer>&copy; 2026 The Invented Courier</footer></body></html>\n";
  return out;
}

std::string story_article(uint64_t index, int words) {
  Rng r(index + 1000);
  static const std::vector<std::string> outlets = {"Meridian Daily", "The Coast Post", "Northfield Herald",
                                                   "Capital Wire", "Valley Observer", "Harbor Ledger"};
  static const std::vector<std::string> ministers = {"Aurel Vantis", "Aurel Vantiss", "Aurelio Vantis", "A. Vantis"};
  static const std::vector<std::string> quotes = {
      "We came here to solve problems, not to trade accusations",
      "We are here to solve problems rather than trade accusations",
      "We came to fix problems, not to exchange accusations"};
  std::string out = outlets[index % outlets.size()] + "\nHome | World | Business | Sport\n\n";
  out += "Border talks end with promise to reopen Kestrel crossing\n\nBy Staff Reporter " + std::to_string(index) + "\n\n";
  out += "Trade minister " + ministers[index % ministers.size()] + " met his Solvenian counterpart Mira Dalen in Ostrava Bay on Tuesday for talks that lasted " +
         std::to_string(60 + 30 * (index % 3)) + " minutes, officials said.\n\n";
  out += "\"" + quotes[index % quotes.size()] + ",\" " + ministers[index % ministers.size()] + " told reporters after the meeting.\n\n";
  out += "About " + std::to_string(2000 + 500 * (index % 4)) + " trucks have been stranded at the crossing since " +
         (index % 5 ? "March 3" : "March 4") + ", according to the freight association.\n\n";
  if (index % 7 == 0) out += "The two sides also agreed to set up a joint customs office by the summer.\n\n";
  int count = 0;
  while (count < words) {
    std::string p = prose_paragraph(r, 3);
    for (char c : p) count += c == ' ';
    out += p + "\n\n";
  }
  out += "Share this article\nRead more: Border queues grow\nCopyright 2026 " + outlets[index % outlets.size()] + "\n";
  return out;
}

}  // namespace bench
