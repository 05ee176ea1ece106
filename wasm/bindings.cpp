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

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
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

std::string extract_json(std::string_view input, const std::string& options_json) {
  Result<CompareOptions> options = corroborate::parse_options_json(options_json);
  if (!options) return corroborate::error_json(options.error());
  auto extraction = corroborate::extract(input, options->extract);
  if (!extraction) return corroborate::error_json(extraction.error());
  return corroborate::to_json(extraction.value());
}

std::string extract_string(const std::string& input, const std::string& options_json) {
  return extract_json(input, options_json);
}

// ---- Byte buffers in WASM memory for js/index.js's extract(). Embind's
// std::string conversion copies a Uint8Array byte by byte in JS and returns
// text by scanning every byte for NUL before decoding it; for a 60 KB page and
// its 50 KB of JSON that cost as much as a third of the call. Instead JS writes
// the input straight into g_input (TypedArray.set / TextEncoder.encodeInto)
// and decodes g_result with one TextDecoder call.
std::string g_input;
std::string g_result;
// Buffers above this are freed (the input after the extraction, results at the
// next call) instead of kept for reuse, so one 50 MB article does not pin
// 50 MB (+ its result) for the instance's life.
constexpr size_t kKeepBufferBytes = size_t{4} << 20;

void drop_if_large(std::string& s) {
  if (s.capacity() > kKeepBufferBytes) std::string().swap(s);
}

// The extraction in packed form, which js/index.js turns into the same object
// JSON.parse(to_json(...)) gives. Building that JSON, decoding it to a JS string
// and JSON.parse-ing it was ~40% of an extract() call: the JSON is as large as
// the page, because every block's content appears in it once or twice. Packed,
// the strings cross once, as one UTF-8 run decoded by one TextDecoder call, and
// a kept block's content is a slice of the main text (no copy at all).
//   g_words: uint32 fields and the UTF-16 length of each string, in the order
//            index.js reads them (unpackExtraction);
//   g_strings: the strings themselves, concatenated in that order.
std::vector<uint32_t> g_words;
std::string g_strings;
// What extractBuffer() left: {kind, pointer, length, pointer, length}, kind 1 =
// packed (g_words, g_strings), 0 = JSON text (g_result; errors, or a string that
// is not valid UTF-8).
uint32_t g_layout[5];

// UTF-16 length of UTF-8 text, or false when it is not valid UTF-8: TextDecoder
// would then substitute U+FFFD and shift every later string, so the caller
// sends JSON instead (same result as before: JSON decoding substitutes too).
bool utf16_length(std::string_view s, uint32_t& units) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  uint32_t u = 0;
  while (i < n) {
    if (i + 8 <= n) {  // eight ASCII bytes at a time: one UTF-16 unit each
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        u += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    if (c < 0x80) { ++i; ++u; continue; }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1Fu; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0Fu; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07u; }
    else return false;
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3Fu);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid.
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    u += len == 4 ? 2 : 1;
    i += len;
  }
  units = u;
  return true;
}

class Packer {
 public:
  bool ok = true;
  void word(uint32_t w) { g_words.push_back(w); }
  void str(std::string_view s) {
    uint32_t units = 0;
    ok = ok && utf16_length(s, units);
    g_words.push_back(units);
    g_strings.append(s.data(), s.size());
  }
  // A name from a small fixed set (block labels, removal reasons): its index in
  // this extraction's table of names, followed by the name itself the first
  // time. A text page has a block per line (~150), and decoding and slicing
  // the same few names once per block cost more than the block's numbers.
  void name(const char* s) {
    uint32_t k = 0;
    while (k < names_.size() && names_[k] != s) ++k;
    word(k);
    if (k == names_.size()) {
      names_.push_back(s);
      str(s);
    }
  }

 private:
  std::vector<const char*> names_;  // the *_name() functions return static strings
};

// UTF-16 offsets of increasing byte offsets into valid UTF-8 text (the blocks'
// spans, in text order): counts on from the previous offset instead of from
// the start (what corroborate::Utf16Index does with an index built first).
// ASCII text, the common case, needs no counting at all.
class Utf16Cursor {
 public:
  Utf16Cursor(std::string_view text, uint32_t units) : text_(text), ascii_(units == text.size()) {}
  uint32_t at(uint32_t byte_offset) {
    if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());  // as Utf16Index clamps
    if (ascii_) return byte_offset;
    if (byte_offset < byte_) byte_ = units_ = 0;  // out of order: count from the start
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    for (; byte_ < byte_offset; ++byte_) {
      const unsigned char c = p[byte_];
      // A lead byte adds its UTF-16 units; continuation bytes add none.
      units_ += c < 0x80 ? 1 : c < 0xC0 ? 0 : c < 0xF0 ? 1 : 2;
    }
    return units_;
  }

 private:
  std::string_view text_;
  bool ascii_;
  uint32_t byte_ = 0;
  uint32_t units_ = 0;
};

// Mirrors write_extraction() (core/src/extract_json.cpp) field for field;
// tests/js/wasm-extract.test.mjs checks the two agree.
bool pack_extraction(const corroborate::Extraction& e) {
  g_words.clear();
  g_strings.clear();
  g_strings.reserve(e.text.size() * 2 + 256);
  g_words.reserve(16 + e.blocks.size() * 10 + e.meta.authors.size() + e.warnings.size());
  Packer p;
  const corroborate::Metadata& m = e.meta;
  p.word(e.format == corroborate::InputFormat::html ? 1 : 0);
  p.str(e.encoding);
  p.word(e.repaired ? 1 : 0);
  for (const std::string* s : {&m.title, &m.byline, &m.date_published, &m.date_modified, &m.site_name, &m.language,
                               &m.url, &m.description})
    p.str(*s);
  p.word(static_cast<uint32_t>(m.authors.size()));
  for (const std::string& a : m.authors) p.str(a);
  p.str(e.text);
  if (!p.ok) return false;
  Utf16Cursor u16(e.text, g_words.back());  // the text's UTF-16 length, just packed
  p.word(static_cast<uint32_t>(e.blocks.size()));
  uint32_t removed = 0;
  for (const corroborate::Block& b : e.blocks) {
    p.name(corroborate::block_label_name(b.label));
    p.name(b.kept ? "none" : corroborate::removal_reason_name(b.reason));
    // bit 0: kept (span present); bit 1: content is text[span] (not sent).
    const bool in_text = b.kept && b.text.end <= e.text.size() && b.text.begin <= b.text.end &&
                         std::string_view(e.text).substr(b.text.begin, b.text.size()) == b.content;
    p.word((b.kept ? 1u : 0u) | (in_text ? 2u : 0u));
    if (b.kept) {
      p.word(b.text.begin);
      p.word(b.text.end);
      p.word(u16.at(b.text.begin));
      p.word(u16.at(b.text.end));
    }
    if (!in_text) p.str(b.content);
    p.word(b.input.begin);
    p.word(b.input.end);
    if (!b.kept) ++removed;
  }
  p.word(removed);
  for (uint32_t i = 0; i < e.blocks.size(); ++i)
    if (!e.blocks[i].kept) p.word(i);
  p.word(static_cast<uint32_t>(e.warnings.size()));
  for (const std::string& w : e.warnings) p.str(w);
  return p.ok;
}

// Address of a buffer of `size` bytes for the next extractBuffer() call.
uintptr_t input_buffer(uint32_t size) {
  drop_if_large(g_result);
  drop_if_large(g_strings);
  if (g_words.capacity() * sizeof(uint32_t) > kKeepBufferBytes) std::vector<uint32_t>().swap(g_words);
  g_input.resize(size);
  return reinterpret_cast<uintptr_t>(g_input.data());
}

// Extracts the first `size` bytes of the input buffer; returns the address of
// g_layout, which says where the result is.
uintptr_t extract_buffer(uint32_t size, const std::string& options_json) {
  std::string_view input(g_input.data(), std::min<size_t>(size, g_input.size()));
  auto to_layout = [](uint32_t kind, const void* a, size_t a_len, const void* b, size_t b_len) {
    g_layout[0] = kind;
    g_layout[1] = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(a));
    g_layout[2] = static_cast<uint32_t>(a_len);
    g_layout[3] = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(b));
    g_layout[4] = static_cast<uint32_t>(b_len);
    return reinterpret_cast<uintptr_t>(g_layout);
  };
  // Callers pass the same options page after page: reuse the last parse
  // (simdjson setup and parse were ~1% of a small text page's call).
  static std::string last_json;
  static Result<CompareOptions> last = corroborate::parse_options_json("");
  if (options_json != last_json) {
    last = corroborate::parse_options_json(options_json);
    last_json = options_json;
  }
  const Result<CompareOptions>& options = last;
  if (options) {
    auto extraction = corroborate::extract(input, options->extract);
    drop_if_large(g_input);
    if (!extraction) {
      g_result = corroborate::error_json(extraction.error());
    } else if (pack_extraction(extraction.value())) {
      return to_layout(1, g_words.data(), g_words.size(), g_strings.data(), g_strings.size());
    } else {
      g_result = corroborate::to_json(extraction.value());
    }
  } else {
    g_result = corroborate::error_json(options.error());
  }
  return to_layout(0, g_result.data(), g_result.size(), nullptr, 0);
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
  emscripten::function("extract", &extract_string);
  emscripten::function("inputBuffer", &input_buffer);
  emscripten::function("extractBuffer", &extract_buffer);
  emscripten::function("compare", &compare_json);
  emscripten::function("compareContents", &compare_contents);
  emscripten::function("compareStory", &compare_story);
  emscripten::function("extractJsonlLine", &extract_line);
  emscripten::function("compareJsonlLine", &compare_line);
  emscripten::function("checkOptions", &check_options);
  emscripten::function("version", &version);
}
