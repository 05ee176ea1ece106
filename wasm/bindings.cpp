// embind bindings: convert arguments, call the core, return JSON text.
// Nothing here decides anything about articles; errors come back as values
// ({"ok":false,"error":{"code","message"}}), never as exceptions, so a failed
// call leaves the instance usable. js/index.js turns them into CorroborateError.
//
// Strings cross as std::string: embind fills it from a JS string (UTF-8
// encoded) or from a Uint8Array/ArrayBuffer (raw bytes), so the bytes of a
// dropped file reach the core's encoding detection untouched.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "corroborate/json_input.h"
#include "corroborate/json_writer.h"

namespace {

using corroborate::ArticleInput;
using corroborate::CompareOptions;
using corroborate::Error;
using corroborate::ErrorCode;
using corroborate::Result;
using emscripten::val;

std::string extract_json(const std::string& input, const std::string& options_json) {
  Result<CompareOptions> options = corroborate::parse_options_json(options_json);
  if (!options) return corroborate::error_json(options.error());
  auto extraction = corroborate::extract(input, options->extract);
  if (!extraction) return corroborate::error_json(extraction.error());
  return corroborate::to_json(extraction.value());
}

// {ok, text, sourceErrors}: text is the report ("json" schema v1 or "md"), or
// the error JSON when !ok; sourceErrors lists "name: message" of articles that
// could not be read (the CLI reports them and exits 3, like the native one).
val report_result(bool ok, std::string text, val source_errors) {
  val out = val::object();
  out.set("ok", ok);
  out.set("text", std::move(text));
  out.set("sourceErrors", std::move(source_errors));
  return out;
}

val report_error(const Error& e) { return report_result(false, corroborate::error_json(e), val::array()); }

val report_as(const Result<std::vector<ArticleInput>>& articles, const std::string& options_json,
              const std::string& format) {
  if (!articles) return report_error(articles.error());
  Result<CompareOptions> options = corroborate::parse_options_json(options_json);
  if (!options) return report_error(options.error());
  auto report = corroborate::compare(articles.value(), options.value());
  if (!report) return report_error(report.error());
  val errors = val::array();
  for (const corroborate::SourceReport& s : report->sources) {
    if (!s.error.empty()) errors.call<void>("push", (s.name.empty() ? s.id : s.name) + ": " + s.error);
  }
  return report_result(true, format == "md" ? corroborate::to_markdown(report.value()) : corroborate::to_json(report.value()),
                       errors);
}

// compare(articlesJson, optionsJson): articles as JSON (strings or
// {"id","name","content"} objects, see json_input.h); report JSON or error JSON.
std::string compare_json(const std::string& articles_json, const std::string& options_json) {
  return report_as(corroborate::parse_articles_json(articles_json), options_json, "json")["text"].as<std::string>();
}

// compareContents(metaJson, contents, optionsJson, format): the articles'
// ids/names/restore as JSON and their contents as a separate JS array of
// strings or Uint8Arrays, so raw bytes need no JSON escaping or re-encoding.
val compare_contents(const std::string& meta_json, const val& contents, const std::string& options_json,
                     const std::string& format) {
  auto articles = corroborate::parse_articles_json(meta_json);
  const unsigned count = contents["length"].as<unsigned>();
  if (articles && count != articles->size()) {
    articles = Error{ErrorCode::invalid_argument, std::to_string(articles->size()) + " articles but " +
                                                      std::to_string(count) + " contents"};
  }
  if (articles) {
    for (unsigned i = 0; i < count; ++i) articles.value()[i].content = contents[i].as<std::string>();
  }
  return report_as(articles, options_json, format);
}

// compareStory(storyJson, readFile, optionsJson, format): a story file
// {"articles":[{"id","name","file"}]}; readFile(name) returns the file's
// bytes (Uint8Array or string), or null when it cannot be read.
val compare_story(const std::string& story_json, const val& read_file, const std::string& options_json,
                  const std::string& format) {
  auto load = [&](std::string_view file) -> Result<std::string> {
    val bytes = read_file(std::string(file));
    if (bytes.isNull() || bytes.isUndefined())
      return Error{ErrorCode::invalid_argument, "cannot open " + std::string(file)};
    return bytes.as<std::string>();
  };
  return report_as(corroborate::parse_story_json(story_json, load), options_json, format);
}

// ---- JSONL lines: the same lines as the native CLI (cli/main.cpp), so
// `corroborate extract|compare --jsonl` gives byte-identical output on both
// builds (tests/js/cli.test.mjs compares them).

void write_id(corroborate::JsonWriter& w, const std::string& id) {
  w.key("id");
  if (id.empty()) w.null();
  else w.value(id);
}

// {text, ok, note}: the output line, and for a failed line the note the CLI
// prints on stderr (with the line number, which the output line leaves out so
// sharded runs give the same bytes as one run).
val line_result(std::string text, bool ok, std::string note = {}) {
  val out = val::object();
  out.set("text", std::move(text));
  out.set("ok", ok);
  out.set("note", std::move(note));
  return out;
}

val error_line(const std::string& id, const Error& e, double line_no) {
  corroborate::JsonWriter w;
  w.begin_object();
  write_id(w, id);
  w.field("ok", false).key("error").begin_object();
  w.field("code", corroborate::error_code_name(e.code)).field("message", e.message);
  w.end_object().end_object();
  std::string note = "line " + std::to_string(static_cast<uint64_t>(line_no)) + (id.empty() ? "" : " (id " + id + ")") +
                     ": " + corroborate::error_code_name(e.code) + ": " + e.message;
  return line_result(w.take(), false, std::move(note));
}

val extract_line(const std::string& line, double line_no, const std::string& options_json) {
  auto base = corroborate::parse_options_json(options_json);
  if (!base) return error_line({}, base.error(), line_no);
  auto a = corroborate::parse_jsonl_line(line);
  if (!a) return error_line(corroborate::jsonl_line_id(line), a.error(), line_no);
  corroborate::ExtractOptions eo = base->extract;
  if (a->format != corroborate::InputFormat::auto_detect) eo.format = a->format;
  eo.restore.insert(eo.restore.end(), a->restore.begin(), a->restore.end());
  auto ex = corroborate::extract(a->content, eo);
  if (!ex) return error_line(a->id, ex.error(), line_no);
  corroborate::JsonWriter w;
  w.begin_object();
  write_id(w, a->id);
  w.field("ok", true);
  if (!a->name.empty()) w.field("name", a->name);
  corroborate::write_extraction(w, ex.value());
  w.end_object();
  return line_result(w.take(), true);
}

val compare_line(const std::string& line, double line_no, const std::string& options_json) {
  auto base = corroborate::parse_options_json(options_json);
  if (!base) return error_line({}, base.error(), line_no);
  auto story = corroborate::parse_jsonl_story(line, base.value());
  if (!story) return error_line(corroborate::jsonl_line_id(line), story.error(), line_no);
  auto report = corroborate::compare(story->articles, story->options);
  if (!report) return error_line(story->id, report.error(), line_no);
  std::string out = "{\"id\":";
  corroborate::append_json_string(out, story->id);
  out += ",\"ok\":true,\"report\":";
  out += corroborate::to_json(report.value());
  out += '}';
  bool all_read = true;
  for (const corroborate::SourceReport& s : report->sources) all_read = all_read && s.error.empty();
  return line_result(std::move(out), all_read, all_read ? "" : "story " + story->id + ": some articles could not be read");
}

// "" when the options JSON is valid, else its error JSON (the CLI checks
// --options once, before reading any input, like the native one).
std::string check_options(const std::string& options_json) {
  auto options = corroborate::parse_options_json(options_json);
  return options ? std::string() : corroborate::error_json(options.error());
}

std::string version() { return corroborate::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(corroborate) {
  emscripten::function("extract", &extract_json);
  emscripten::function("compare", &compare_json);
  emscripten::function("compareContents", &compare_contents);
  emscripten::function("compareStory", &compare_story);
  emscripten::function("extractJsonlLine", &extract_line);
  emscripten::function("compareJsonlLine", &compare_line);
  emscripten::function("checkOptions", &check_options);
  emscripten::function("version", &version);
}
