// Scaling of extract() with page size (1 KB → 50 MB) and of compare() with the
// number of articles (2 → 1,000): time and peak memory per point, each point
// measured in a forked child so ru_maxrss is that point's own peak. Prints a
// table and the fitted exponent k of time ∝ n^k (log-log least squares).
//   bench_scaling [--pages] [--compare] [--max-articles N] [--only N]
// --only N measures the compare point n = N alone (for a profiler run).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "gen.h"

namespace {

struct Point {
  double n = 0, seconds = 0, peak_mb = 0, base_mb = 0;
};

double max_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;  // Linux: kilobytes
}

// Runs setup() then times work() in CPU seconds (repeated until ≥ 0.3 s for small inputs) in a
// child process; returns seconds per call and the child's peak RSS.
Point measure(double n, const std::function<void()>& setup, const std::function<void()>& work) {
  int fd[2];
  if (pipe(fd) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    close(fd[0]);
    setup();
    Point p;
    p.n = n;
    p.base_mb = max_rss_mb();
    int calls = 0;
    std::clock_t t0 = std::clock();  // CPU time of this child: robust on a shared machine
    double el = 0;
    do {
      work();
      ++calls;
      el = static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
    } while (el < 0.3 && calls < 1000);
    p.seconds = el / calls;
    p.peak_mb = max_rss_mb();
    (void)!write(fd[1], &p, sizeof p);
    _exit(0);
  }
  close(fd[1]);
  Point p;
  if (read(fd[0], &p, sizeof p) != sizeof p) p = {};
  close(fd[0]);
  waitpid(pid, nullptr, 0);
  return p;
}

double fit_exponent(const std::vector<Point>& pts) {
  double sx = 0, sy = 0, sxx = 0, sxy = 0, k = 0;
  for (const Point& p : pts) {
    if (p.seconds <= 0) continue;
    double x = std::log(p.n), y = std::log(p.seconds);
    sx += x; sy += y; sxx += x * x; sxy += x * y; ++k;
  }
  return (k * sxy - sx * sy) / (k * sxx - sx * sx);
}

void print(const char* title, const char* unit, const std::vector<Point>& pts, std::size_t fit_from) {
  std::printf("\n%s\n%12s %12s %12s %12s\n", title, unit, "ms/call", "peak MB", "input MB");
  for (const Point& p : pts) std::printf("%12.0f %12.3f %12.1f %12.1f\n", p.n, p.seconds * 1e3, p.peak_mb, p.base_mb);
  std::vector<Point> tail(pts.begin() + std::min(fit_from, pts.size()), pts.end());
  std::printf("fitted exponent (time ∝ n^k): k = %.2f over all points, k = %.2f from n = %.0f up\n",
              fit_exponent(pts), fit_exponent(tail), tail.empty() ? 0.0 : tail.front().n);
}

}  // namespace

int main(int argc, char** argv) {
  bool pages = argc == 1, cmp = argc == 1;
  std::size_t max_articles = 1000, only = 0;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--pages")) pages = true;
    if (!std::strcmp(argv[i], "--compare")) cmp = true;
    if (!std::strcmp(argv[i], "--max-articles") && i + 1 < argc) max_articles = std::stoul(argv[++i]);
    if (!std::strcmp(argv[i], "--only") && i + 1 < argc) cmp = true, only = std::stoul(argv[++i]);
  }
  if (pages) {
    std::vector<Point> pts;
    for (double kb : {1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0, 16384.0, 50000.0}) {
      std::string page;
      pts.push_back(measure(kb * 1024, [&] { page = bench::long_article_html(7, static_cast<std::size_t>(kb * 1024)); },
                            [&] { (void)corroborate::extract(page); }));
    }
    print("extract(): one HTML page of n bytes", "bytes", pts, 3);
  }
  if (cmp) {
    std::vector<Point> pts;
    for (std::size_t n : {2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
      if (n > max_articles) break;
      if (only && n != only) continue;
      std::vector<corroborate::ArticleInput> in;
      pts.push_back(measure(
          static_cast<double>(n),
          [&] {
            for (std::size_t i = 0; i < n; ++i) in.push_back({"", "", bench::story_article(i), {}});
          },
          [&] { (void)corroborate::compare(in); }));
    }
    print("compare(): n articles of ~1,000 words on one story", "articles", pts, 2);
  }
  return 0;
}
