// Page metadata: <title>, <meta> (og:, article:, twitter:, dc., name=...),
// <link rel=canonical>, <html lang>, and JSON-LD articles via simdjson (DOM API
// with error codes: no exceptions). Dates are normalised to ISO 8601.
#include "metadata.h"

#include <simdjson.h>

#include <algorithm>

#include "html_tokenizer.h"
#include "text_dates.h"

namespace corroborate {
namespace {

using html::decode_text;
using html::find_attr;
using html::iequals;

constexpr size_t kMaxMetaValue = 2000;   // longer meta values are junk (inlined data)
constexpr size_t kMaxJsonLd = 1u << 20;  // JSON-LD blocks above 1 MB are skipped
constexpr int kMaxJsonLdDepth = 4;       // @graph / arrays / nested objects searched this deep

struct MetaKey {
  const char* key;  // lowercase property/name/itemprop
  MetaCollector::Field field;
  int priority;
};
// Priority 0 is reserved for JSON-LD and rel=canonical.
const MetaKey kMetaKeys[] = {
    {"og:title", MetaCollector::kTitle, 1},
    {"twitter:title", MetaCollector::kTitle, 2},
    {"dc.title", MetaCollector::kTitle, 2},
    {"headline", MetaCollector::kTitle, 2},
    {"author", MetaCollector::kAuthor, 1},
    {"article:author", MetaCollector::kAuthor, 2},
    {"dc.creator", MetaCollector::kAuthor, 2},
    {"byl", MetaCollector::kAuthor, 2},
    {"parsely-author", MetaCollector::kAuthor, 2},
    {"sailthru.author", MetaCollector::kAuthor, 3},
    {"twitter:creator", MetaCollector::kAuthor, 3},
    {"article:published_time", MetaCollector::kPublished, 1},
    {"datepublished", MetaCollector::kPublished, 1},
    {"og:published_time", MetaCollector::kPublished, 1},
    {"pubdate", MetaCollector::kPublished, 2},
    {"publishdate", MetaCollector::kPublished, 2},
    {"publish-date", MetaCollector::kPublished, 2},
    {"date", MetaCollector::kPublished, 2},
    {"dc.date", MetaCollector::kPublished, 2},
    {"dc.date.issued", MetaCollector::kPublished, 2},
    {"dcterms.created", MetaCollector::kPublished, 2},
    {"parsely-pub-date", MetaCollector::kPublished, 2},
    {"sailthru.date", MetaCollector::kPublished, 3},
    {"article:modified_time", MetaCollector::kModified, 1},
    {"datemodified", MetaCollector::kModified, 1},
    {"og:updated_time", MetaCollector::kModified, 2},
    {"last-modified", MetaCollector::kModified, 3},
    {"og:site_name", MetaCollector::kSite, 1},
    {"application-name", MetaCollector::kSite, 3},
    {"og:url", MetaCollector::kUrl, 1},
    {"description", MetaCollector::kDescription, 2},
    {"og:description", MetaCollector::kDescription, 1},
    {"twitter:description", MetaCollector::kDescription, 3},
    {"dc.language", MetaCollector::kLanguage, 2},
    {"content-language", MetaCollector::kLanguage, 2},
    {"og:locale", MetaCollector::kLanguage, 3},
    {"inlanguage", MetaCollector::kLanguage, 2},
};

// Article types whose JSON-LD we read (others, like BreadcrumbList, are skipped).
const char* const kArticleTypes[] = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                                     "BlogPosting", "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
                                     "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "en_US" / "en-us" → "en-US"; "EN" → "en".
std::string bcp47(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size() && i < 35; ++i) {
    char c = s[i];
    if (c == '_') c = '-';
    if (c == ' ' || c == ',' || c == ';') break;
    out += c;
  }
  size_t dash = out.find('-');
  for (size_t i = 0; i < out.size(); ++i) {
    char& c = out[i];
    if (dash == std::string::npos || i < dash) c = html::ascii_lower(c);
    else if (c >= 'a' && c <= 'z' && out.size() - dash == 3) c = static_cast<char>(c - 32);
  }
  return out;
}

bool looks_like_url(std::string_view s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0; }

std::string host_of(std::string_view url) {
  size_t p = url.find("//");
  if (p == std::string_view::npos) return {};
  url.remove_prefix(p + 2);
  size_t end = url.find_first_of("/?#:");
  std::string host(url.substr(0, end));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

// Strips " | Site", " - Site" ... from a <title>: keeps the longest part.
std::string strip_site_suffix(const std::string& title) {
  static const char* const kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB ", " // "};
  std::string best = title;
  for (const char* sep : kSeps) {
    std::string_view t = title;
    size_t at = t.find(sep);
    if (at == std::string_view::npos) continue;
    size_t longest = 0;
    std::string_view pick;
    size_t pos = 0;
    while (pos <= t.size()) {
      size_t next = t.find(sep, pos);
      std::string_view part = t.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos);
      if (part.size() > longest) { longest = part.size(); pick = part; }
      if (next == std::string_view::npos) break;
      pos = next + std::string_view(sep).size();
    }
    if (!pick.empty() && pick.size() < best.size()) best = std::string(pick);
  }
  return best;
}

// --- JSON-LD --------------------------------------------------------------
namespace dom = simdjson::dom;

std::string json_string(dom::element e) {
  std::string_view s;
  if (e.get_string().get(s) == simdjson::SUCCESS) return decode_text(s);
  return {};
}

// author: "Name" | {"name": "Name"} | [either, ...]
void json_names(dom::element e, std::vector<std::string>& out) {
  dom::array arr;
  if (e.get_array().get(arr) == simdjson::SUCCESS) {
    for (dom::element x : arr) json_names(x, out);
    return;
  }
  std::string s = json_string(e);
  dom::element name;
  if (s.empty() && e["name"].get(name) == simdjson::SUCCESS) s = json_string(name);
  if (!s.empty() && !looks_like_url(s) && out.size() < 20) out.push_back(s);
}

bool is_article_type(dom::element obj) {
  dom::element type;
  if (obj["@type"].get(type) != simdjson::SUCCESS) return false;
  auto matches = [](std::string_view t) {
    return std::any_of(std::begin(kArticleTypes), std::end(kArticleTypes), [&](const char* a) { return t == a; });
  };
  std::string_view t;
  if (type.get_string().get(t) == simdjson::SUCCESS) return matches(t);
  dom::array arr;
  if (type.get_array().get(arr) != simdjson::SUCCESS) return false;
  for (dom::element x : arr)
    if (x.get_string().get(t) == simdjson::SUCCESS && matches(t)) return true;
  return false;
}

class JsonLdReader {
 public:
  JsonLdReader(MetaCollector& mc, std::vector<std::string>& authors) : mc_(mc), authors_(authors) {}

  void visit(dom::element e, int depth) {
    if (depth > kMaxJsonLdDepth || found_) return;
    dom::array arr;
    if (e.get_array().get(arr) == simdjson::SUCCESS) {
      for (dom::element x : arr) visit(x, depth + 1);
      return;
    }
    dom::object obj;
    if (e.get_object().get(obj) != simdjson::SUCCESS) return;
    if (is_article_type(e)) {
      read_article(e);
      return;
    }
    dom::element graph;
    if (e["@graph"].get(graph) == simdjson::SUCCESS) visit(graph, depth + 1);
    dom::element main;
    if (e["mainEntity"].get(main) == simdjson::SUCCESS) visit(main, depth + 1);
  }

 private:
  void field(dom::element obj, const char* key, MetaCollector::Field f) {
    dom::element v;
    if (obj[key].get(v) == simdjson::SUCCESS) {
      std::string s = json_string(v);
      if (!s.empty()) mc_.offer(f, 0, s);
    }
  }

  void read_article(dom::element e) {
    found_ = true;
    field(e, "headline", MetaCollector::kTitle);
    field(e, "datePublished", MetaCollector::kPublished);
    field(e, "dateModified", MetaCollector::kModified);
    field(e, "inLanguage", MetaCollector::kLanguage);
    field(e, "url", MetaCollector::kUrl);
    field(e, "description", MetaCollector::kDescription);
    dom::element v;
    if (e["author"].get(v) == simdjson::SUCCESS) {
      authors_.clear();
      json_names(v, authors_);
    }
    dom::element pub;
    if (e["publisher"].get(pub) == simdjson::SUCCESS) {
      std::vector<std::string> names;
      json_names(pub, names);
      if (!names.empty()) mc_.offer(MetaCollector::kSite, 0, names[0]);
    }
  }

  MetaCollector& mc_;
  std::vector<std::string>& authors_;
  bool found_ = false;
};

}  // namespace

std::string normalize_date(std::string_view s) {
  while (!s.empty() && html::is_space(s.front())) s.remove_prefix(1);
  // ISO 8601 already: keep the date, and the time when it is well formed.
  if (s.size() >= 10 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
      (s[4] == '-' || s[4] == '/') && is_digit(s[5]) && is_digit(s[6]) && s[7] == s[4] && is_digit(s[8]) &&
      is_digit(s[9])) {
    int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > 31) return {};
    std::string out(s.substr(0, 10));
    out[4] = out[7] = '-';
    if (s.size() >= 16 && s[4] == '-' && s[10] == 'T') {
      size_t i = 11;
      while (i < s.size() && i < 35 && (is_digit(s[i]) || s[i] == ':' || s[i] == '.' || s[i] == '+' || s[i] == '-' || s[i] == 'Z')) ++i;
      out = std::string(s.substr(0, i));
    }
    return out;
  }
  return find_text_date(s).iso;
}

// How author lines start ("By", "Von", "Автор", "بقلم"...), shared with the classifier.
const char* const kBylinePrefixes[] = {
#include "../data/html_bylines.inc"
};

std::vector<std::string> split_authors(std::string_view byline) {
  while (!byline.empty() && html::is_space(byline.front())) byline.remove_prefix(1);
  for (const char* p : kBylinePrefixes) {
    std::string_view pv = p;
    if (byline.size() > pv.size() && iequals(byline.substr(0, pv.size()), pv)) {
      byline.remove_prefix(pv.size());
      while (!byline.empty() && (html::is_space(byline.front()) || byline.front() == ':')) byline.remove_prefix(1);
      break;
    }
  }
  static const char* const kSeps[] = {",", " and ", " & ", " und ", " et ", " y ", " \xD0\xB8 ", ";", "|"};
  std::vector<std::string> out;
  std::string_view rest = byline;
  while (!rest.empty() && out.size() < 20) {
    size_t cut = rest.size(), len = 0;
    for (const char* sep : kSeps) {
      size_t at = rest.find(sep);
      if (at < cut) { cut = at; len = std::string_view(sep).size(); }
    }
    std::string name = decode_text(rest.substr(0, cut));
    if (!name.empty() && name.size() <= 60) out.push_back(name);
    rest = cut == rest.size() ? std::string_view() : rest.substr(cut + len);
  }
  return out;
}

void MetaCollector::offer(Field f, int priority, std::string value) {
  if (value.empty() || priority < 0 || priority >= kPriorities) return;
  std::string& slot = values_[f][priority];
  if (slot.empty()) slot = std::move(value);
}

void MetaCollector::on_html_tag(std::string_view attrs) {
  std::string_view lang = find_attr(attrs, "lang");
  if (!lang.empty()) offer(kLanguage, 1, bcp47(lang));
}

void MetaCollector::on_meta(std::string_view attrs) {
  std::string_view key = find_attr(attrs, "property");
  if (key.empty()) key = find_attr(attrs, "name");
  if (key.empty()) key = find_attr(attrs, "itemprop");
  if (key.empty()) key = find_attr(attrs, "http-equiv");
  std::string_view content = find_attr(attrs, "content");
  if (key.empty() || content.empty() || content.size() > kMaxMetaValue) return;
  for (const MetaKey& k : kMetaKeys) {
    if (!iequals(key, k.key)) continue;
    std::string value = decode_text(content);
    if (k.field == kAuthor && looks_like_url(value)) return;  // article:author is often a profile URL
    if (k.field == kLanguage) value = bcp47(value);
    offer(k.field, k.priority, std::move(value));
    return;
  }
}

void MetaCollector::on_link(std::string_view attrs) {
  if (!iequals(find_attr(attrs, "rel"), "canonical")) return;
  std::string_view href = find_attr(attrs, "href");
  if (!href.empty() && href.size() <= kMaxMetaValue) offer(kUrl, 0, decode_text(href));
}

void MetaCollector::on_title(std::string_view raw) {
  if (raw.size() <= kMaxMetaValue) offer(kTitle, 3, strip_site_suffix(decode_text(raw)));
}

void MetaCollector::on_json_ld(std::string_view raw) {
  if (raw.size() > kMaxJsonLd) return;
  // Some sites wrap JSON-LD in comments or CDATA markers; step past them.
  size_t b = raw.find_first_of("{[");
  size_t e = raw.find_last_of("}]");
  if (b == std::string_view::npos || e == std::string_view::npos || e < b) return;
  raw = raw.substr(b, e - b + 1);
  static thread_local dom::parser parser;
  dom::element doc;
  if (parser.parse(raw.data(), raw.size()).get(doc) != simdjson::SUCCESS) return;  // bad JSON-LD: ignored
  JsonLdReader(*this, ld_authors_).visit(doc, 0);
}

void MetaCollector::finish(Metadata& out) const {
  auto best = [&](Field f) -> std::string {
    for (int p = 0; p < kPriorities; ++p)
      if (!values_[f][p].empty()) return values_[f][p];
    return {};
  };
  out.title = best(kTitle);
  out.date_published = normalize_date(best(kPublished));
  out.date_modified = normalize_date(best(kModified));
  out.language = best(kLanguage);
  out.url = best(kUrl);
  out.description = best(kDescription);
  out.site_name = best(kSite);
  if (out.site_name.empty()) out.site_name = host_of(out.url);
  if (!ld_authors_.empty()) {
    out.authors = ld_authors_;
  } else {
    std::string a = best(kAuthor);
    if (!a.empty()) out.authors = split_authors(a);
  }
  if (!out.authors.empty() && out.byline.empty()) {
    for (size_t i = 0; i < out.authors.size(); ++i) out.byline += (i ? ", " : "") + out.authors[i];
  }
}

}  // namespace corroborate
