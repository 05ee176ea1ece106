// Developer driver for the plain-text extractor (normalize_input + extract_text),
// independent of the HTML stage so it builds alone (scripts/text-eval.sh).
//   text_driver --show FILE...          every line with its label and reason, then metadata
//   text_driver --pred IN_DIR OUT_DIR   one prediction per IN_DIR/<id>.txt (title + kept lines)
//   text_driver --bench DIR [ROUNDS]    pages/s and MB/s over DIR/*.txt, single thread
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "stages.h"

using namespace corroborate;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> list_txt(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) out.push_back(n);
    }
    closedir(d);
  }
  return out;
}

bool run(const std::string& bytes, Extraction& out) {
  ExtractOptions opt;
  Result<Decoded> doc = normalize_input(bytes, opt);
  if (!doc.ok()) return false;
  out.encoding = doc->encoding;
  extract_text(doc.value(), opt, out);
  return true;
}

int show(int argc, char** argv) {
  for (int a = 2; a < argc; ++a) {
    Extraction ex;
    if (!run(read_file(argv[a]), ex)) {
      std::printf("%s: error\n", argv[a]);
      continue;
    }
    std::printf("=== %s\n", argv[a]);
    for (const Block& b : ex.blocks)
      std::printf("%s %-11s %-12s| %.150s\n", b.kept ? "KEEP" : "    ", block_label_name(b.label),
                  b.kept ? "" : removal_reason_name(b.reason), b.content.c_str());
    const Metadata& m = ex.meta;
    std::printf("--- title: %s\n--- byline: %s (%zu authors%s%s)\n--- published: %s modified: %s\n--- site: %s  language: %s\n",
                m.title.c_str(), m.byline.c_str(), m.authors.size(), m.authors.empty() ? "" : ", first: ",
                m.authors.empty() ? "" : m.authors[0].c_str(), m.date_published.c_str(), m.date_modified.c_str(),
                m.site_name.c_str(), m.language.c_str());
  }
  return 0;
}

// Tab-separated: kept, label, reason, content (for line-level error analysis).
int lines_tsv(const std::string& in_dir, const std::string& out_dir) {
  for (const std::string& name : list_txt(in_dir)) {
    Extraction ex;
    std::string text;
    if (run(read_file(in_dir + "/" + name), ex))
      for (const Block& b : ex.blocks)
        text += std::string(b.kept ? "1\t" : "0\t") + block_label_name(b.label) + "\t" + removal_reason_name(b.reason) + "\t" + b.content + "\n";
    std::ofstream(out_dir + "/" + name, std::ios::binary) << text;
  }
  return 0;
}

int pred(const std::string& in_dir, const std::string& out_dir) {
  for (const std::string& name : list_txt(in_dir)) {
    Extraction ex;
    std::string text;
    if (run(read_file(in_dir + "/" + name), ex)) {
      // TEXT_EVAL_META=1: also the byline and date lines above the body (the
      // datasets' gold often includes them; the product's main text does not).
      bool meta_lines = std::getenv("TEXT_EVAL_META") != nullptr;
      if (!ex.meta.title.empty()) text += ex.meta.title + "\n";
      bool body_seen = false;
      for (const Block& b : ex.blocks) {
        body_seen |= b.kept;
        if (b.kept || (meta_lines && !body_seen && (b.label == BlockLabel::byline || b.label == BlockLabel::date)))
          text += b.content + "\n";
      }
    }
    std::ofstream(out_dir + "/" + name, std::ios::binary) << text;
  }
  return 0;
}

int bench(const std::string& dir, int rounds) {
  std::vector<std::string> pages;
  std::size_t bytes = 0;
  for (const std::string& name : list_txt(dir)) pages.push_back(read_file(dir + "/" + name)), bytes += pages.back().size();
  std::size_t kept = 0;
  // Thread CPU time as well as wall time: on a shared, loaded machine the wall
  // clock also counts time spent waiting for a core.
  timespec c0, c1;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
  auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r)
    for (const std::string& p : pages) {
      Extraction ex;
      if (run(p, ex)) kept += ex.blocks.size();
    }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
  double cpu = (c1.tv_sec - c0.tv_sec) + (c1.tv_nsec - c0.tv_nsec) / 1e9;
  double n = static_cast<double>(pages.size()) * rounds;
  std::printf("%s: %zu pages x %d rounds, avg %.1f KB: wall %.0f pages/s %.1f MB/s; cpu %.0f pages/s %.1f MB/s (%zu blocks)\n",
              dir.c_str(), pages.size(), rounds, bytes / 1024.0 / pages.size(), n / s, bytes * rounds / s / 1e6, n / cpu,
              bytes * rounds / cpu / 1e6, kept);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "--show") return show(argc, argv);
  if (mode == "--pred" && argc == 4) return pred(argv[2], argv[3]);
  if (mode == "--lines" && argc == 4) return lines_tsv(argv[2], argv[3]);
  if (mode == "--bench" && argc >= 3) return bench(argv[2], argc > 3 ? std::atoi(argv[3]) : 5);
  std::fprintf(stderr, "usage: text_driver --show FILE... | --pred IN OUT | --bench DIR [ROUNDS]\n");
  return 2;
}
