#include "corroborate/json_input.h"

#include <simdjson.h>

#include <cstdint>
#include <string>

namespace corroborate {
namespace {

namespace dom = simdjson::dom;

// One parser per thread, reused: its buffers grow to the largest document seen
// and are then recycled, so a JSONL stream costs no allocation per line.
dom::parser& thread_parser() {
  thread_local dom::parser parser;
  return parser;
}

Error invalid_json(simdjson::error_code code, std::string_view what) {
  return Error{ErrorCode::invalid_json,
               std::string(what) + " is not valid JSON: " + simdjson::error_message(code)};
}

Error bad_field(std::string_view field, std::string_view expected) {
  return Error{ErrorCode::invalid_argument,
               "\"" + std::string(field) + "\" must be " + std::string(expected)};
}

// Parses into the thread's parser; simdjson copies into a padded buffer itself.
simdjson::error_code parse_document(std::string_view json, dom::element& out) {
  return thread_parser().parse(json.data(), json.size()).get(out);
}

bool all_space(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  return true;
}

// ---- typed field readers: each returns an Error with ok code on success ----

Error read_u64(dom::element v, std::string_view name, uint64_t min, uint64_t max, uint64_t& out) {
  uint64_t n = 0;
  if (v.get_uint64().get(n) != simdjson::SUCCESS) {
    double d = 0;  // accept 1e6 and 5.0, not 5.5 or negatives
    if (v.get_double().get(d) != simdjson::SUCCESS || d < 0 || d > 1.8e19 ||
        static_cast<double>(static_cast<uint64_t>(d)) != d)
      return bad_field(name, "a non-negative integer");
    n = static_cast<uint64_t>(d);
  }
  if (n < min || n > max)
    return bad_field(name, "between " + std::to_string(min) + " and " + std::to_string(max));
  out = n;
  return {};
}

Error read_unit(dom::element v, std::string_view name, double& out) {
  double d = 0;
  if (v.get_double().get(d) != simdjson::SUCCESS) return bad_field(name, "a number");
  if (!(d >= 0.0 && d <= 1.0)) return bad_field(name, "between 0 and 1");
  out = d;
  return {};
}

Error read_bool(dom::element v, std::string_view name, bool& out) {
  if (v.get_bool().get(out) != simdjson::SUCCESS) return bad_field(name, "true or false");
  return {};
}

Error read_string(dom::element v, std::string_view name, std::string& out) {
  std::string_view s;
  if (v.get_string().get(s) != simdjson::SUCCESS) return bad_field(name, "a string");
  out.assign(s.data(), s.size());
  return {};
}

Error read_offsets(dom::element v, std::string_view name, std::vector<uint32_t>& out) {
  dom::array arr;
  if (v.get_array().get(arr) != simdjson::SUCCESS) return bad_field(name, "an array of offsets");
  for (dom::element e : arr) {
    uint64_t n = 0;
    Error err = read_u64(e, name, 0, UINT32_MAX, n);
    if (err.code != ErrorCode::ok) return err;
    out.push_back(static_cast<uint32_t>(n));
  }
  return {};
}

// Ids may be strings or numbers; numbers keep their JSON spelling.
Error read_id(dom::element v, std::string& out) {
  std::string_view s;
  if (v.get_string().get(s) == simdjson::SUCCESS) {
    out.assign(s.data(), s.size());
    return {};
  }
  if (v.is_int64() || v.is_uint64() || v.is_double()) {
    out = simdjson::minify(v);
    return {};
  }
  return bad_field("id", "a string or a number");
}

// ---- options ----

Error apply_option(std::string_view key, dom::element v, CompareOptions& o) {
  Limits& lim = o.extract.limits;
  uint64_t n = 0;
  Error err;
  if (key == "format") {
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS || !parse_input_format(s, o.extract.format))
      return bad_field(key, "\"auto\", \"html\" or \"text\"");
  } else if (key == "max_input_bytes") {
    if ((err = read_u64(v, key, 1, UINT32_MAX, n)).code == ErrorCode::ok) lim.max_input_bytes = n;
  } else if (key == "max_nesting_depth") {
    if ((err = read_u64(v, key, 1, 1u << 20, n)).code == ErrorCode::ok) lim.max_nesting_depth = static_cast<uint32_t>(n);
  } else if (key == "max_articles") {
    if ((err = read_u64(v, key, 1, 1u << 20, n)).code == ErrorCode::ok) lim.max_articles = n;
  } else if (key == "min_articles") {
    if ((err = read_u64(v, key, 0, 1u << 20, n)).code == ErrorCode::ok) lim.min_articles = n;
  } else if (key == "align_threshold") {
    err = read_unit(v, key, o.align_threshold);
  } else if (key == "quote_variant_threshold") {
    err = read_unit(v, key, o.quote_variant_threshold);
  } else if (key == "max_findings_per_kind") {
    if ((err = read_u64(v, key, 0, UINT32_MAX, n)).code == ErrorCode::ok) o.max_findings_per_kind = n;
  } else if (key == "include_unique") {
    err = read_bool(v, key, o.include_unique);
  } else if (key == "keep_all") {
    err = read_bool(v, key, o.extract.keep_all);
  } else if (key == "restore") {
    o.extract.restore.clear();
    err = read_offsets(v, key, o.extract.restore);
  }
  return err;  // unknown keys: ignored on purpose (forward compatibility)
}

Result<CompareOptions> options_from(dom::element root, const CompareOptions& base) {
  dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS)
    return Error{ErrorCode::invalid_argument, "options must be a JSON object"};
  CompareOptions o = base;
  for (dom::key_value_pair kv : obj) {
    Error err = apply_option(kv.key, kv.value, o);
    if (err.code != ErrorCode::ok) return err;
  }
  if (o.extract.limits.min_articles > o.extract.limits.max_articles)
    return Error{ErrorCode::invalid_argument, "\"min_articles\" must not exceed \"max_articles\""};
  return o;
}

// ---- articles ----

// The content keys of an article object and the format each implies.
struct ContentKey {
  std::string_view key;
  InputFormat format;
};
constexpr ContentKey kContentKeys[] = {
    {"content", InputFormat::auto_detect},
    {"html", InputFormat::html},
    {"text", InputFormat::text},
};

Error read_article_object(dom::object obj, JsonlArticle& a, bool id_required,
                          const StoryFileLoader* loader = nullptr) {
  bool has_id = false, has_content = false;
  for (dom::key_value_pair kv : obj) {
    Error err;
    if (loader && kv.key == "file") {
      std::string file;
      err = read_string(kv.value, "file", file);
      if (err.code == ErrorCode::ok && !has_content) {
        auto bytes = (*loader)(file);
        if (!bytes) return bytes.error();
        a.content = std::move(bytes.value());
        has_content = true;
      }
    } else if (kv.key == "id") {
      err = read_id(kv.value, a.id);
      has_id = true;
    } else if (kv.key == "name") {
      err = read_string(kv.value, "name", a.name);
    } else if (kv.key == "restore") {
      err = read_offsets(kv.value, "restore", a.restore);
    } else {
      for (const ContentKey& ck : kContentKeys) {
        if (kv.key != ck.key) continue;
        if (has_content)
          return Error{ErrorCode::invalid_argument, "give only one of \"content\", \"html\", \"text\""};
        err = read_string(kv.value, ck.key, a.content);
        a.format = ck.format;
        has_content = true;
      }
    }
    if (err.code != ErrorCode::ok) return err;
  }
  if (id_required && !has_id) return Error{ErrorCode::invalid_argument, "missing \"id\""};
  if (!has_content) return Error{ErrorCode::invalid_argument, "missing \"content\", \"html\" or \"text\""};
  return {};
}

Error read_article(dom::element e, ArticleInput& out, const StoryFileLoader* loader) {
  std::string_view s;
  if (e.get_string().get(s) == simdjson::SUCCESS) {
    out.content.assign(s.data(), s.size());
    return {};
  }
  dom::object obj;
  if (e.get_object().get(obj) != simdjson::SUCCESS)
    return Error{ErrorCode::invalid_argument, "each article must be a string or an object"};
  JsonlArticle a;
  Error err = read_article_object(obj, a, false, loader);
  if (err.code != ErrorCode::ok) return err;
  out.id = std::move(a.id);
  out.name = std::move(a.name);
  out.content = std::move(a.content);
  out.restore = std::move(a.restore);
  return {};
}

Result<std::vector<ArticleInput>> articles_from(dom::element root, const StoryFileLoader* loader = nullptr) {
  dom::array arr;
  if (root.get_array().get(arr) != simdjson::SUCCESS) {
    dom::element inner;
    if (root.is_object() && root.at_key("articles").get(inner) == simdjson::SUCCESS &&
        inner.get_array().get(arr) == simdjson::SUCCESS) {
      // a story object {"articles":[...]}: fall through with its array
    } else {
      return Error{ErrorCode::invalid_argument, "articles must be a JSON array (or {\"articles\":[...]})"};
    }
  }
  std::vector<ArticleInput> out;
  out.reserve(arr.size());
  size_t index = 0;
  for (dom::element e : arr) {
    ++index;
    ArticleInput a;
    Error err = read_article(e, a, loader);
    if (err.code != ErrorCode::ok) {
      err.message = "article " + std::to_string(index) + ": " + err.message;
      return err;
    }
    out.push_back(std::move(a));
  }
  return out;
}

// For a line that is not valid JSON (cut short, a stray comma): the first
// "id": "plain string" or "id": number, found by a linear scan. Ids with
// escapes or invalid UTF-8 are not guessed at.
std::string scan_id(std::string_view line) {
  constexpr std::string_view kKey = "\"id\"";
  size_t at = line.find(kKey);
  if (at == std::string_view::npos) return {};
  size_t i = at + kKey.size();
  auto skip_space = [&] {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  };
  skip_space();
  if (i >= line.size() || line[i] != ':') return {};
  ++i;
  skip_space();
  if (i >= line.size()) return {};
  size_t begin = i, end = i;
  if (line[i] == '"') {
    begin = ++i;
    end = line.find('"', begin);
    if (end == std::string_view::npos) return {};
    std::string_view id = line.substr(begin, end - begin);
    if (id.find('\\') != std::string_view::npos || !simdjson::validate_utf8(id.data(), id.size())) return {};
    for (char c : id)
      if (static_cast<unsigned char>(c) < 0x20) return {};
    return std::string(id);
  }
  while (end < line.size() && std::string_view("-+.0123456789eE").find(line[end]) != std::string_view::npos) ++end;
  return std::string(line.substr(begin, end - begin));
}

}  // namespace

bool parse_input_format(std::string_view name, InputFormat& out) {
  if (name == "auto") out = InputFormat::auto_detect;
  else if (name == "html") out = InputFormat::html;
  else if (name == "text") out = InputFormat::text;
  else return false;
  return true;
}

const char* input_format_name(InputFormat format) {
  switch (format) {
    case InputFormat::html: return "html";
    case InputFormat::text: return "text";
    default: return "auto";
  }
}

Result<CompareOptions> parse_options_json(std::string_view json) {
  return parse_options_json(json, CompareOptions{});
}

Result<CompareOptions> parse_options_json(std::string_view json, const CompareOptions& base) {
  if (all_space(json)) return base;
  dom::element root;
  auto code = parse_document(json, root);
  if (code != simdjson::SUCCESS) return invalid_json(code, "options");
  return options_from(root, base);
}

Result<std::vector<ArticleInput>> parse_articles_json(std::string_view json) {
  dom::element root;
  auto code = parse_document(json, root);
  if (code != simdjson::SUCCESS) return invalid_json(code, "articles");
  return articles_from(root);
}

Result<std::vector<ArticleInput>> parse_story_json(std::string_view json, const StoryFileLoader& load_file) {
  dom::element root;
  auto code = parse_document(json, root);
  if (code != simdjson::SUCCESS) return invalid_json(code, "story");
  return articles_from(root, &load_file);
}

Result<JsonlArticle> parse_jsonl_line(std::string_view line) {
  dom::element root;
  auto code = parse_document(line, root);
  if (code != simdjson::SUCCESS) return invalid_json(code, "line");
  dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS)
    return Error{ErrorCode::invalid_argument, "line must be a JSON object"};
  JsonlArticle a;
  Error err = read_article_object(obj, a, true);
  if (err.code != ErrorCode::ok) return err;
  return a;
}

Result<JsonlStory> parse_jsonl_story(std::string_view line, const CompareOptions& base) {
  dom::element root;
  auto code = parse_document(line, root);
  if (code != simdjson::SUCCESS) return invalid_json(code, "line");
  if (!root.is_object()) return Error{ErrorCode::invalid_argument, "line must be a JSON object"};
  JsonlStory story;
  dom::element v;
  if (root.at_key("id").get(v) != simdjson::SUCCESS)
    return Error{ErrorCode::invalid_argument, "missing \"id\""};
  Error err = read_id(v, story.id);
  if (err.code != ErrorCode::ok) return err;
  story.options = base;
  if (root.at_key("options").get(v) == simdjson::SUCCESS) {
    auto opts = options_from(v, base);
    if (!opts) return opts.error();
    story.options = std::move(opts.value());
  }
  if (root.at_key("articles").get(v) != simdjson::SUCCESS)
    return Error{ErrorCode::invalid_argument, "missing \"articles\""};
  auto articles = articles_from(v);
  if (!articles) return articles.error();
  story.articles = std::move(articles.value());
  return story;
}

std::string jsonl_line_id(std::string_view line) {
  dom::element root, v;
  if (parse_document(line, root) != simdjson::SUCCESS) return scan_id(line);
  if (!root.is_object() || root.at_key("id").get(v) != simdjson::SUCCESS) return {};
  std::string id;
  if (read_id(v, id).code != ErrorCode::ok) return {};
  return id;
}

}  // namespace corroborate
