// Word diff: Myers' greedy O((n+m)·D) algorithm with a bounded D, keeping the
// V vector per step so the path can be traced back (memory O(D²) ≤ max_edits²).
#include "diff.h"

#include <algorithm>

#include "align.h"
#include "tokens.h"

namespace corroborate {
namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Folded letters and digits only: "didn’t," → "didn't" → "didnt".
std::string word_key(std::string_view w) {
  std::string folded = fold(w);
  std::string key;
  key.reserve(folded.size());
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t start = i;
    uint32_t cp = next_codepoint(folded, i);
    if (is_letter_cp(cp) || is_digit_cp(cp)) key.append(folded, start, i - start);
  }
  return key;
}

void push_op(std::vector<DiffOp>& out, char op, std::string_view word) {
  if (!out.empty() && out.back().op == op) {
    out.back().text += ' ';
    out.back().text.append(word.data(), word.size());
    return;
  }
  out.push_back(DiffOp{op, std::string(word)});
}

}  // namespace

Words split_words(std::string_view s) {
  Words w;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space_byte(s[i])) ++i;
    std::size_t start = i;
    while (i < s.size() && !is_space_byte(s[i])) ++i;
    if (i == start) break;
    std::string_view chunk = s.substr(start, i - start);
    std::string key = word_key(chunk);
    if (key.empty()) continue;  // a lone dash or quote mark is not a word
    w.text.push_back(chunk);
    w.key.push_back(std::move(key));
  }
  return w;
}

bool same_wording(std::string_view a, std::string_view b) { return split_words(a).key == split_words(b).key; }

std::vector<DiffOp> word_diff(std::string_view a_text, std::string_view b_text, std::size_t max_edits) {
  Words a = split_words(a_text), b = split_words(b_text);
  const long n = static_cast<long>(a.key.size()), m = static_cast<long>(b.key.size());
  const long max_d = std::min<long>(n + m, static_cast<long>(max_edits));
  const long offset = max_d + 1;
  std::vector<long> v(2 * offset + 1, 0);
  std::vector<std::vector<long>> trace;
  long found_d = -1;
  for (long d = 0; d <= max_d && found_d < 0; ++d) {
    trace.push_back(v);
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      long y = x - k;
      while (x < n && y < m && a.key[x] == b.key[y]) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) { found_d = d; break; }
    }
  }
  std::vector<DiffOp> out;
  if (found_d < 0) {  // too different: say so plainly
    for (long i = 0; i < n; ++i) push_op(out, '-', a.text[i]);
    for (long j = 0; j < m; ++j) push_op(out, '+', b.text[j]);
    return out;
  }
  // Trace back from (n, m), collecting ops in reverse.
  struct Step { char op; long i; };
  std::vector<Step> rev;
  long x = n, y = m;
  for (long d = found_d; d > 0; --d) {
    const std::vector<long>& pv = trace[d];
    long k = x - y;
    bool down = (k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1]));
    long pk = down ? k + 1 : k - 1;
    long px = pv[offset + pk], py = px - pk;
    while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) rev.push_back({'=', --x}), --y;
    if (down) rev.push_back({'+', --y});
    else rev.push_back({'-', --x});
  }
  while (x > 0 && y > 0) rev.push_back({'=', --x}), --y;
  for (auto it = rev.rbegin(); it != rev.rend(); ++it) {
    if (it->op == '+') push_op(out, '+', b.text[it->i]);
    else push_op(out, it->op, a.text[it->i]);
  }
  return out;
}

bool differs_inside(const std::vector<DiffOp>& ops) {
  std::size_t first = ops.size(), last = 0;
  for (std::size_t i = 0; i < ops.size(); ++i)
    if (ops[i].op == '=') { first = std::min(first, i); last = i; }
  if (first == ops.size()) return !ops.empty();  // nothing in common at all
  for (std::size_t i = first; i < last; ++i)
    if (ops[i].op != '=') return true;
  // Words dropped and others added at the same end: the second half reworded ("…, and we will
  // act" / "…, but we will wait"), not one outlet quoting more of the sentence.
  auto replaced = [&](std::size_t from, std::size_t to) {
    bool minus = false, plus = false;
    for (std::size_t i = from; i < to; ++i) (ops[i].op == '-' ? minus : plus) = true;
    return minus && plus;
  };
  if (replaced(0, first) || replaced(last + 1, ops.size())) return true;
  // Edits only at the ends: more or less of the same sentence quoted, unless a
  // word dropped at one end reappears at the other (a reordered wording).
  std::vector<std::string> removed, added;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    if (i >= first && i <= last) continue;
    Words w = split_words(ops[i].text);
    std::vector<std::string>& into = ops[i].op == '-' ? removed : added;
    into.insert(into.end(), w.key.begin(), w.key.end());
  }
  // Compared as stems of adjectives: "united … swift" reworded as "unitedly, swiftly" is reordered too.
  auto base = [](const std::string& w) { return stem(adjective_of(w)); };
  std::vector<std::string> added_base;
  for (const std::string& a : added) added_base.push_back(base(a));
  for (const std::string& r : removed)
    if (std::find(added_base.begin(), added_base.end(), base(r)) != added_base.end()) return true;
  return false;
}

}  // namespace corroborate
