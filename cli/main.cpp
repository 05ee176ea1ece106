// corroborate: the native command-line tool. Argument parsing, then one
// function per command; the work itself is the core library's.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "batch.h"
#include "corroborate/corroborate.h"
#include "corroborate/json_input.h"
#include "corroborate/json_writer.h"
#include "embedded.h"
#include "help_text.h"
#include "io.h"

namespace corroborate_cli {
namespace {

using namespace corroborate;

// Exit codes (documented in --help).
enum Exit { kOk = 0, kInputError = 1, kUsage = 2, kPartial = 3 };

// A JSONL line may escape every byte of its content (\u00XX is 6 bytes for 1),
// so lines are allowed this many times max_input_bytes before being refused.
constexpr std::size_t kJsonlLineFactor = 6;
constexpr unsigned kMaxThreads = 256;


struct Args {
  std::string command;          // extract | compare | demo
  InputFormat format = InputFormat::auto_detect;
  bool format_given = false;
  enum class Output { text, json, md } output = Output::text;
  bool jsonl = false;
  unsigned threads = 1;
  std::string options;          // JSON text or @file
  std::string story;
  std::vector<std::string> files;
};

int usage_error(const std::string& message) {
  std::fprintf(stderr, "corroborate: error: %s\nTry 'corroborate --help'.\n", message.c_str());
  return kUsage;
}

int input_error(const Error& e, const std::string& where = {}) {
  std::fprintf(stderr, "corroborate: error: %s: %s%s\n", error_code_name(e.code),
               where.empty() ? "" : (where + ": ").c_str(), e.message.c_str());
  return kInputError;
}

void write_out(const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
  if (s.empty() || s.back() != '\n') std::fputc('\n', stdout);
}

bool parse_threads(const std::string& s, unsigned& out) {
  char* end = nullptr;
  long n = std::strtol(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || n < 0 || n > kMaxThreads) return false;
  out = n == 0 ? std::max(1u, std::thread::hardware_concurrency()) : static_cast<unsigned>(n);
  return true;
}

// Returns kOk, or an exit code for a usage error (message printed).
int parse_args(int argc, char** argv, Args& a) {
  std::vector<std::string> v(argv + 1, argv + argc);
  if (v.empty()) return usage_error("no command given");
  a.command = v[0];
  if (a.command == "--demo") a.command = "demo";
  if (a.command != "extract" && a.command != "compare" && a.command != "demo")
    return usage_error("unknown command '" + a.command + "'");
  for (std::size_t i = 1; i < v.size(); ++i) {
    const std::string& s = v[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= v.size()) return false;
      out = v[++i];
      return true;
    };
    std::string t;
    if (s == "--html" || s == "--text" || s == "--auto") {
      parse_input_format(s.substr(2), a.format);
      a.format_given = true;
    } else if (s == "--json") {
      a.output = Args::Output::json;
    } else if (s == "--md") {
      a.output = Args::Output::md;
    } else if (s == "--jsonl") {
      a.jsonl = true;
    } else if (s == "--demo" && a.command == "compare") {
      a.command = "demo";
    } else if (s == "--threads") {
      if (!value(t) || !parse_threads(t, a.threads)) return usage_error("--threads needs a number 0..256");
    } else if (s == "--options") {
      if (!value(a.options)) return usage_error("--options needs a JSON object or @FILE");
    } else if (s == "--story") {
      if (!value(a.story)) return usage_error("--story needs a file");
    } else if (s.size() > 1 && s[0] == '-' && s != "-") {
      return usage_error("unknown option '" + s + "'");
    } else {
      a.files.push_back(s);
    }
  }
  return kOk;
}

Result<CompareOptions> load_options(const Args& a) {
  std::string json = a.options;
  if (!json.empty() && json[0] == '@') {
    auto bytes = read_input(json.substr(1), 1u << 20);
    if (!bytes) return bytes.error();
    json = std::move(bytes.value());
  }
  auto o = parse_options_json(json);
  if (!o) return o;
  if (a.format_given) o->extract.format = a.format;
  return o;
}

// ---- JSONL lines ----

void write_id(JsonWriter& w, const std::string& id) {
  w.key("id");
  if (id.empty()) w.null();
  else w.value(id);
}

LineResult error_line(const std::string& id, const Error& e, uint64_t line_no) {
  JsonWriter w;
  w.begin_object();
  write_id(w, id);
  w.field("ok", false).key("error").begin_object();
  // No line number in the output: sharded runs must give the same bytes as one run.
  w.field("code", error_code_name(e.code)).field("message", e.message);
  w.end_object().end_object();
  std::string note = "line " + std::to_string(line_no) + (id.empty() ? "" : " (id " + id + ")") + ": " +
                     error_code_name(e.code) + ": " + e.message;
  return {w.take(), false, std::move(note)};
}

LineResult extract_line(std::string_view line, uint64_t no, const CompareOptions& base) {
  auto a = parse_jsonl_line(line);
  if (!a) return error_line(jsonl_line_id(line), a.error(), no);
  ExtractOptions eo = base.extract;
  if (a->format != InputFormat::auto_detect) eo.format = a->format;
  eo.restore.insert(eo.restore.end(), a->restore.begin(), a->restore.end());
  auto ex = extract(a->content, eo);
  if (!ex) return error_line(a->id, ex.error(), no);
  JsonWriter w;
  w.begin_object();
  write_id(w, a->id);
  w.field("ok", true);
  if (!a->name.empty()) w.field("name", a->name);
  write_extraction(w, ex.value());
  w.end_object();
  return {w.take(), true};
}

LineResult compare_line(std::string_view line, uint64_t no, const CompareOptions& base) {
  auto story = parse_jsonl_story(line, base);
  if (!story) return error_line(jsonl_line_id(line), story.error(), no);
  auto report = compare(story->articles, story->options);
  if (!report) return error_line(story->id, report.error(), no);
  std::string out = "{\"id\":";
  append_json_string(out, story->id);
  out += ",\"ok\":true,\"report\":";
  out += to_json(report.value());
  out += '}';
  bool all_read = true;
  for (const SourceReport& s : report->sources) all_read = all_read && s.error.empty();
  return {std::move(out), all_read, all_read ? "" : "story " + story->id + ": some articles could not be read"};
}

int run_jsonl(const Args& a, const CompareOptions& opts) {
  if (a.files.size() > 1) return usage_error("--jsonl reads one stream (a file or -)");
  std::string path = a.files.empty() ? "-" : a.files[0];
  std::FILE* in = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!in) return input_error(Error{ErrorCode::invalid_argument, "cannot open " + path});
  const std::size_t max_line = opts.extract.limits.max_input_bytes * kJsonlLineFactor;
  const bool is_compare = a.command == "compare";
  LineFn fn = [&](std::string_view line, uint64_t no) {
    return is_compare ? compare_line(line, no, opts) : extract_line(line, no, opts);
  };
  OversizeFn oversize = [&](uint64_t no) {
    return error_line({}, Error{ErrorCode::input_too_large,
                                "longer than " + std::to_string(max_line) + " bytes (max_input_bytes × 6)"},
                      no);
  };
  BatchStats st = run_ordered(in, stdout, a.threads, max_line, fn, oversize);
  if (in != stdin) std::fclose(in);
  if (st.failed) std::fprintf(stderr, "corroborate: %llu of %llu lines failed\n",
                              static_cast<unsigned long long>(st.failed), static_cast<unsigned long long>(st.lines));
  if (st.failed == 0) return kOk;
  return st.failed == st.lines ? kInputError : kPartial;
}

// ---- commands ----

int run_extract(const Args& a, const CompareOptions& opts) {
  if (a.files.size() != 1) return usage_error("extract takes one FILE (or - for stdin)");
  auto bytes = read_input(a.files[0], opts.extract.limits.max_input_bytes);
  if (!bytes) return input_error(bytes.error());
  auto ex = extract(bytes.value(), opts.extract);
  if (!ex) return input_error(ex.error(), a.files[0]);
  for (const std::string& w : ex->warnings) std::fprintf(stderr, "corroborate: warning: %s\n", w.c_str());
  write_out(a.output == Args::Output::json ? to_json(ex.value()) : ex->text);
  return kOk;
}

int print_report(const Args& a, const std::vector<ArticleInput>& articles, const CompareOptions& opts) {
  auto report = compare(articles, opts);
  if (!report) return input_error(report.error());
  int code = kOk;
  for (const SourceReport& s : report->sources) {
    if (s.error.empty()) continue;
    std::fprintf(stderr, "corroborate: error: %s: %s\n", s.name.empty() ? s.id.c_str() : s.name.c_str(), s.error.c_str());
    code = kPartial;
  }
  write_out(a.output == Args::Output::json ? to_json(report.value()) : to_markdown(report.value()));
  return code;
}

Result<std::vector<ArticleInput>> load_story(const std::string& path) {
  auto json = read_input(path, 1u << 20);
  if (!json) return json.error();
  const std::string dir = dir_name(path);
  return parse_story_json(json.value(), [&](std::string_view file) -> Result<std::string> {
    return read_input(dir + std::string(file), 50u << 20);
  });
}

Result<std::vector<ArticleInput>> load_demo() {
  auto find = [](std::string_view name) -> const EmbeddedFile* {
    for (std::size_t i = 0; i < kSampleFileCount; ++i)
      if (name == kSampleFiles[i].name) return &kSampleFiles[i];
    return nullptr;
  };
  const EmbeddedFile* story = find("story.json");
  if (!story) return Error{ErrorCode::internal, "the sample story was not compiled in"};
  return parse_story_json(std::string_view(reinterpret_cast<const char*>(story->data), story->size),
                          [&](std::string_view file) -> Result<std::string> {
                            const EmbeddedFile* f = find(file);
                            if (!f) return Error{ErrorCode::internal, "sample file missing: " + std::string(file)};
                            return std::string(reinterpret_cast<const char*>(f->data), f->size);
                          });
}

int run_compare(const Args& a, const CompareOptions& opts) {
  Result<std::vector<ArticleInput>> articles = std::vector<ArticleInput>{};
  if (a.command == "demo") {
    articles = load_demo();
  } else if (!a.story.empty()) {
    articles = load_story(a.story);
  } else {
    if (a.files.empty()) return usage_error("compare needs FILEs (or --story, --jsonl, --demo)");
    for (const std::string& f : a.files) {
      auto bytes = read_input(f, opts.extract.limits.max_input_bytes);
      if (!bytes) return input_error(bytes.error());
      ArticleInput in;
      in.name = f == "-" ? "stdin" : base_name(f);
      in.content = std::move(bytes.value());
      articles->push_back(std::move(in));
    }
  }
  if (!articles) return input_error(articles.error());
  return print_report(a, articles.value(), opts);
}

int run(int argc, char** argv) {
  if (argc >= 2) {
    std::string_view first = argv[1];
    if (first == "--help" || first == "-h" || first == "help") {
      // cli/help.txt is the one help text (js/cli.mjs prints the same file).
      std::string help(kHelpText);
      const std::string_view mark = "{version}";
      if (auto at = help.find(mark); at != std::string::npos) help.replace(at, mark.size(), kVersion);
      std::fputs(help.c_str(), stdout);
      return kOk;
    }
    if (first == "--version" || first == "-V") {
      std::printf("corroborate %s\n", kVersion);
      return kOk;
    }
  }
  Args a;
  if (int code = parse_args(argc, argv, a)) return code;
  if (a.command != "extract" && a.output == Args::Output::text) a.output = Args::Output::md;
  auto opts = load_options(a);
  if (!opts) return input_error(opts.error(), "--options");
  if (a.jsonl && a.command != "demo") return run_jsonl(a, opts.value());
  if (a.command == "extract") return run_extract(a, opts.value());
  return run_compare(a, opts.value());
}

}  // namespace
}  // namespace corroborate_cli

int main(int argc, char** argv) {
  static char out_buffer[1 << 16];
  std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
  int code = corroborate_cli::run(argc, argv);
  std::fflush(stdout);
  return code;
}
