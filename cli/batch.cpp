#include "batch.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "io.h"

namespace corroborate_cli {
namespace {

// In-flight lines per worker: enough to keep workers busy while one slow line
// holds up the writer, small enough to bound memory.
constexpr unsigned kSlotsPerThread = 4;
// Failed lines described on stderr (the output lines carry every error anyway).
constexpr uint64_t kMaxNotes = 10;

bool blank(std::string_view s) {
  return s.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Writes one result and counts it; the first failures are noted on stderr.
void emit(std::FILE* out, const LineResult& r, BatchStats& stats) {
  std::fwrite(r.text.data(), 1, r.text.size(), out);
  std::fputc('\n', out);
  ++stats.lines;
  if (r.ok) return;
  if (++stats.failed <= kMaxNotes) std::fprintf(stderr, "corroborate: %s\n", r.note.c_str());
  if (stats.failed == kMaxNotes + 1) std::fprintf(stderr, "corroborate: (further failed lines not listed)\n");
}

struct Slot {
  std::string line;
  uint64_t line_no = 0;
  bool oversize = false;
  bool done = false;
  LineResult result;
};

// Shared state of one threaded run. Sequence numbers: read ≥ taken ≥ written.
class Pipeline {
 public:
  Pipeline(unsigned threads, const LineFn& fn, const OversizeFn& oversize)
      : slots_(threads * kSlotsPerThread), fn_(fn), oversize_(oversize) {}

  void push(std::string&& line, uint64_t line_no, bool oversize) {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [&] { return read_ - written_ < slots_.size(); });
    Slot& s = slots_[read_ % slots_.size()];
    s.line = std::move(line);
    s.line_no = line_no;
    s.oversize = oversize;
    s.done = false;
    ++read_;
    work_.notify_one();
  }

  void close() {
    std::lock_guard<std::mutex> lock(mu_);
    eof_ = true;
    work_.notify_all();
    ready_.notify_all();
  }

  void worker() {
    for (;;) {
      std::unique_lock<std::mutex> lock(mu_);
      work_.wait(lock, [&] { return taken_ < read_ || eof_; });
      if (taken_ == read_) return;
      Slot& s = slots_[taken_++ % slots_.size()];
      std::string line = std::move(s.line);
      uint64_t no = s.line_no;
      bool oversize = s.oversize;
      lock.unlock();
      LineResult r = oversize ? oversize_(no) : fn_(line, no);
      lock.lock();
      s.result = std::move(r);
      s.done = true;
      ready_.notify_all();
    }
  }

  BatchStats writer(std::FILE* out) {
    BatchStats stats;
    for (;;) {
      std::unique_lock<std::mutex> lock(mu_);
      ready_.wait(lock, [&] { return slots_[written_ % slots_.size()].done || (eof_ && written_ == read_); });
      if (written_ == read_) return stats;
      Slot& s = slots_[written_ % slots_.size()];
      LineResult r = std::move(s.result);
      s.done = false;
      lock.unlock();
      emit(out, r, stats);  // outside the lock: workers keep going
      lock.lock();
      ++written_;
      space_.notify_one();
    }
  }

 private:
  std::vector<Slot> slots_;
  const LineFn& fn_;
  const OversizeFn& oversize_;
  std::mutex mu_;
  std::condition_variable work_, ready_, space_;
  uint64_t read_ = 0, taken_ = 0, written_ = 0;
  bool eof_ = false;
};

BatchStats run_serial(LineReader& reader, std::FILE* out, const LineFn& fn, const OversizeFn& oversize) {
  BatchStats stats;
  std::string line;
  bool truncated = false;
  for (uint64_t no = 1; reader.next(line, truncated); ++no) {
    if (!truncated && blank(line)) continue;
    LineResult r = truncated ? oversize(no) : fn(line, no);
    emit(out, r, stats);
  }
  return stats;
}

}  // namespace

BatchStats run_ordered(std::FILE* in, std::FILE* out, unsigned threads, std::size_t max_line,
                       const LineFn& fn, const OversizeFn& oversize) {
  LineReader reader(in, max_line);
  if (threads <= 1) return run_serial(reader, out, fn, oversize);

  Pipeline pipe(threads, fn, oversize);
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads; ++i) workers.emplace_back([&] { pipe.worker(); });
  BatchStats stats;
  std::thread writer([&] { stats = pipe.writer(out); });
  std::string line;
  bool truncated = false;
  for (uint64_t no = 1; reader.next(line, truncated); ++no) {
    if (!truncated && blank(line)) continue;
    pipe.push(std::move(line), no, truncated);
    line = std::string();
  }
  pipe.close();
  for (auto& t : workers) t.join();
  writer.join();
  return stats;
}

}  // namespace corroborate_cli
