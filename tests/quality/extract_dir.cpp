// Batch driver for the quality gate: extracts every file of a folder with the
// core library (HTML or text mode) and writes one prediction per page.
// Times the extraction only (files are read first), single thread, in CPU time.
//   extract_dir html|text IN_DIR OUT_DIR  → prints {"pages":N,"seconds":S,"bytes":B}
// The prediction is the reader's view: the headline, then the kept text.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"

using namespace corroborate;

static std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::fprintf(stderr, "usage: extract_dir html|text IN_DIR OUT_DIR [REPEAT]\n");
    return 2;
  }
  std::string mode = argv[1], in_dir = argv[2], out_dir = argv[3];
  std::vector<std::string> names;
  if (DIR* d = opendir(in_dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n[0] != '.') names.push_back(n);
    }
    closedir(d);
  }
  std::vector<std::string> inputs;
  size_t bytes = 0;
  for (const std::string& n : names) {
    inputs.push_back(read_file(in_dir + "/" + n));
    bytes += inputs.back().size();
  }
  ExtractOptions opt;
  opt.format = mode == "html" ? InputFormat::html : InputFormat::text;
  std::vector<std::string> preds(inputs.size());
  const bool with_meta_lines = std::getenv("EXTRACT_DIR_NO_META") == nullptr;
  const int repeat = argc == 5 ? std::max(1, std::atoi(argv[4])) : 1;  // for profiling
  const char* slow_env = std::getenv("EXTRACT_DIR_SLOW_MS");  // report pages slower than this
  const double slow_ms = slow_env ? std::atof(slow_env) : 0;
  // CPU time, not wall time: the machine is shared, and we measure the code.
  const std::clock_t c0 = std::clock();
  for (size_t i = 0; i < inputs.size() * repeat; ++i) {
    auto p0 = std::chrono::steady_clock::now();
    Result<Extraction> r = extract(inputs[i % inputs.size()], opt);
    double page_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - p0).count();
    if (slow_ms > 0 && page_ms > slow_ms) std::fprintf(stderr, "slow: %s %.1f ms\n", names[i % inputs.size()].c_str(), page_ms);
    if (!r.ok()) continue;
    std::string& p = preds[i % inputs.size()];
    p.clear();
    // The reader's view: headline, byline and date lines between the headline
    // and the end of the article, then the kept text, in page order.
    const auto& blocks = r->blocks;
    size_t first = blocks.size(), last = 0;
    for (size_t k = 0; k < blocks.size(); ++k) {
      if (blocks[k].label == BlockLabel::title && first == blocks.size()) first = k;
      if (blocks[k].kept) { last = k; first = std::min(first, k); }
    }
    for (size_t k = first; k < blocks.size() && k <= last; ++k) {
      const Block& b = blocks[k];
      bool meta_line = b.label == BlockLabel::title || (with_meta_lines && (b.label == BlockLabel::byline || b.label == BlockLabel::date));
      if (b.kept || meta_line) p += b.content + "\n";
    }
  }
  double secs = double(std::clock() - c0) / CLOCKS_PER_SEC;
  for (size_t i = 0; i < names.size(); ++i) {
    std::string id = names[i].substr(0, names[i].rfind('.'));
    std::ofstream(out_dir + "/" + id + ".txt", std::ios::binary) << preds[i] << "\n";
  }
  std::printf("{\"pages\":%zu,\"seconds\":%.4f,\"bytes\":%zu}\n", inputs.size() * repeat, secs, bytes * repeat);
  return 0;
}
