// Word-level diff of two wordings (quote variants). Internal.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/report.h"

namespace corroborate {

// Words of a wording: whitespace-separated chunks as written, and each chunk's
// comparison key (folded, punctuation and quote marks dropped, ’ = ').
struct Words {
  std::vector<std::string_view> text;
  std::vector<std::string> key;
};
Words split_words(std::string_view s);

// Same words in the same order once case, punctuation and quote marks are
// ignored (Quotebank's floor for "the same quote").
bool same_wording(std::string_view a, std::string_view b);

// Myers O((n+m)·D) diff on word keys, bounded: past `max_edits` edits the
// result is the whole of `a` deleted and the whole of `b` inserted. Adjacent
// ops of the same kind are merged; texts are the words of a/b as written.
std::vector<DiffOp> word_diff(std::string_view a, std::string_view b, std::size_t max_edits = 400);

// True when the diff changes words between its first and last equal run: a
// wording that only quotes more or less of the same sentence is not a variant.
bool differs_inside(const std::vector<DiffOp>& ops);

}  // namespace corroborate
