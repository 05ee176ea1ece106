// Text helpers shared by the claims stages and alignment: UTF-8 iteration,
// case + diacritic folding, a script-safe word tokenizer, a light English
// stemmer and stopwords. Internal (not public API). All functions are linear in
// their input and never read past it; invalid UTF-8 bytes count as U+FFFD.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/span.h"

namespace corroborate {

// Decodes the code point at s[i] and advances i past it (1 byte on invalid input).
uint32_t next_codepoint(std::string_view s, std::size_t& i);
// The code point that ends just before s[i] (i moves back to its first byte).
uint32_t prev_codepoint(std::string_view s, std::size_t& i);

// Appends the UTF-8 encoding of cp (no validation: callers pass scalar values).
void append_utf8(uint32_t cp, std::string& out);

bool is_space_cp(uint32_t cp);    // ASCII space/tab/newline, NBSP, U+2000..200B, U+3000
bool is_letter_cp(uint32_t cp);   // a letter in any script (approximate: not punctuation/symbol/space/digit)
bool is_digit_cp(uint32_t cp);    // ASCII digits only (numbers elsewhere are normalized by extract)
bool is_upper_cp(uint32_t cp);    // uppercase Latin/Greek/Cyrillic letter
bool is_cjk_cp(uint32_t cp);      // Han, kana, hangul: one token per character

// Lowercase + strip diacritics of one code point (é→e, ß→ss handled by fold()).
// Returns 0 for combining marks (dropped).
uint32_t fold_cp(uint32_t cp);
// Folded copy of a string: lowercase, no diacritics, ’ → ', UTF-8 out.
std::string fold(std::string_view s);
void fold_append(std::string_view s, std::string& out);

struct Token {
  Span span;                 // bytes of the token in the text
  enum Kind : uint8_t { word, number, punct } kind = word;
  bool capitalized = false;  // first letter uppercase
  bool all_caps = false;     // every letter uppercase (and at least two letters)
};

// Words (letters with inner apostrophes; CJK one per character), numbers
// (digits with inner , . and spaces are NOT joined here: "1,000" is number "1",
// punct ",", number "000"; quantities.cpp reads numbers itself) and single
// punctuation code points. Spaces are skipped. Appends to `out`.
void tokenize(std::string_view text, Span range, std::vector<Token>& out);

// A token with its folded text ("Russia’s" → "russia's"), computed once per
// article and shared by the claims stages.
struct FoldedToken {
  Span span;
  Token::Kind kind = Token::word;
  bool cap = false;   // Token::capitalized
  bool caps = false;  // Token::all_caps
  std::string f;      // fold() of the token's text
};

// A read-only window on consecutive tokens (one sentence).
struct TokenRange {
  const FoldedToken* first = nullptr;
  std::size_t count = 0;
  std::size_t size() const { return count; }
  bool empty() const { return count == 0; }
  const FoldedToken& operator[](std::size_t i) const { return first[i]; }
  const FoldedToken* begin() const { return first; }
  const FoldedToken* end() const { return first + count; }
};

// Every sentence's tokens, folded: tokens of sentence s are [start[s], start[s+1]).
struct SentenceTokens {
  std::vector<FoldedToken> tokens;
  std::vector<uint32_t> start;
  TokenRange of(std::size_t sentence) const {
    return TokenRange{tokens.data() + start[sentence], start[sentence + 1] - start[sentence]};
  }
};
void tokenize_sentences(std::string_view text, const std::vector<Span>& sentence_spans, SentenceTokens& out);

// Light English stemmer for alignment (Porter step 1 + a few derivational
// suffixes): "talks"→"talk", "agreed"→"agre", "meeting"→"meet", "useful"→"use".
// Input must be folded (lowercase ASCII); non-ASCII words are returned as is.
std::string stem(std::string_view folded_word);

// English function words (folded). Content terms skip them.
bool is_stopword(std::string_view folded_word);

// Normalized content terms of text[range]: folded, possessive 's dropped,
// stemmed, stopwords and one-letter words removed. Numbers are kept as written
// digits. Appends to `out`.
void content_terms(std::string_view text, Span range, std::vector<std::string>& out);
void content_terms(TokenRange tokens, std::vector<std::string>& out);  // same, on tokens already folded

// Damerau-free Levenshtein distance, bounded: returns max+1 as soon as the
// distance exceeds `max` (O(n·max)).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max);

}  // namespace corroborate
