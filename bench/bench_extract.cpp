// Extraction throughput on a folder of pages, single thread.
//   bench_extract --kind html|text DIR... [--min-seconds S] [--limit N]  → one JSON line
// (--limit: the first N pages of each folder in name order; wall-clock and CPU-time rates.)
//   bench_extract --generate html|text|story DIR N          → writes N generated pages
//     (story: N articles of one invented story, as bench_scaling compares)
// Pages are loaded into memory first; one warm-up pass, then whole passes
// until at least S seconds (default 2) have been measured.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "gen.h"

namespace {

std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d))
      if (e->d_name[0] != '.') names.push_back(dir + "/" + e->d_name);
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool read_file(const std::string& path, std::string& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[1 << 16];
  std::size_t n;
  out.clear();
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return true;
}

int generate(const std::string& kind, const std::string& dir, int n) {
  for (int i = 0; i < n; ++i) {
    std::string page = kind == "html"    ? bench::news_page_html(i, 100 * 1024 + (i * 7919) % (100 * 1024))
                       : kind == "story" ? bench::story_article(static_cast<uint64_t>(i))  // node_compare.mjs
                                         : bench::news_page_text(i);
    std::string path = dir + "/gen" + std::to_string(1000 + i) + (kind == "html" ? ".html" : ".txt");
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return 1;
    std::fwrite(page.data(), 1, page.size(), f);
    std::fclose(f);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using clock = std::chrono::steady_clock;
  if (argc >= 5 && std::strcmp(argv[1], "--generate") == 0) return generate(argv[2], argv[3], std::atoi(argv[4]));
  if (argc < 4 || std::strcmp(argv[1], "--kind") != 0) {
    std::fprintf(stderr, "usage: bench_extract --kind html|text DIR... [--min-seconds S]\n"
                         "       bench_extract --generate html|text|story DIR N\n");
    return 2;
  }
  const std::string kind = argv[2];
  double min_seconds = 2.0;
  std::size_t limit = SIZE_MAX;
  std::vector<std::string> pages;
  std::size_t bytes = 0;
  std::vector<std::string> dirs;
  for (int i = 3; i < argc; ++i) {  // options first: --limit applies to every folder
    if (!std::strcmp(argv[i], "--min-seconds") && i + 1 < argc) min_seconds = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--limit") && i + 1 < argc) limit = std::strtoull(argv[++i], nullptr, 10);
    else dirs.push_back(argv[i]);
  }
  for (const std::string& dir : dirs) {
    std::size_t from_dir = 0;
    for (const std::string& p : list_dir(dir)) {
      std::string s;
      if (from_dir < limit && read_file(p, s)) {
        bytes += s.size();
        pages.push_back(std::move(s));
        ++from_dir;
      }
    }
  }
  if (pages.empty()) {
    std::fprintf(stderr, "no pages found\n");
    return 1;
  }
  corroborate::ExtractOptions o;
  o.format = kind == "html" ? corroborate::InputFormat::html : corroborate::InputFormat::text;
  std::size_t failed = 0, kept = 0;
  for (const auto& p : pages) {  // warm-up, and a sanity count of what came out
    auto r = corroborate::extract(p, o);
    if (!r.ok()) ++failed;
    else kept += r->text.size();
  }
  std::size_t passes = 0;
  auto t0 = clock::now();
  std::clock_t c0 = std::clock();  // CPU time: robust when other work shares the machine
  double elapsed = 0;
  while (elapsed < min_seconds) {
    for (const auto& p : pages) {
      auto r = corroborate::extract(p, o);
      if (r.ok() && r->text.size() == 1) std::putchar(' ');  // keep the call observable
    }
    ++passes;
    elapsed = std::chrono::duration<double>(clock::now() - t0).count();
  }
  double n = static_cast<double>(pages.size() * passes);
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  std::printf("{\"engine\":\"native\",\"kind\":\"%s\",\"pages\":%zu,\"mean_kb\":%.1f,\"passes\":%zu,\"seconds\":%.3f,"
              "\"pages_per_s\":%.1f,\"mb_per_s\":%.1f,\"cpu_seconds\":%.3f,\"cpu_pages_per_s\":%.1f,\"cpu_mb_per_s\":%.1f,"
              "\"failed\":%zu,\"kept_kb\":%.1f}\n",
              kind.c_str(), pages.size(), bytes / 1024.0 / pages.size(), passes, elapsed, n / elapsed,
              bytes * passes / elapsed / 1e6, cpu, n / cpu, bytes * passes / cpu / 1e6, failed, kept / 1024.0 / pages.size());
  return 0;
}
