#include <catch2/catch.hpp>

#include "diff.h"

using namespace corroborate;

namespace {
std::string render(const std::vector<DiffOp>& ops) {
  std::string s;
  for (const DiffOp& d : ops) s += std::string(1, d.op) + "[" + d.text + "]";
  return s;
}
}  // namespace

TEST_CASE("identical wordings ignore case, punctuation and quote marks", "[diff]") {
  REQUIRE(same_wording("“We didn’t come here,” he", "we didn't come here he"));
  REQUIRE(same_wording("Trucks full of fruit", "trucks, full of fruit."));
  REQUIRE_FALSE(same_wording("clear path", "clearer path"));
}

TEST_CASE("word diff marks a changed word and an added word", "[diff]") {
  auto ops = word_diff("we are now on a clearer path to understanding",
                       "we are now on a clear path, and to understanding");
  REQUIRE(render(ops) == "=[we are now on a]-[clearer]+[clear]=[path]+[and]=[to understanding]");
  REQUIRE(differs_inside(ops));
}

TEST_CASE("word diff keeps the words as written", "[diff]") {
  auto ops = word_diff("We didn’t come here expecting miracles", "We did not come here expecting a miracle");
  REQUIRE(render(ops) == "=[We]-[didn’t]+[did not]=[come here expecting]-[miracles]+[a miracle]");
}

TEST_CASE("quoting more of the same sentence is not a change inside", "[diff]") {
  auto ops = word_diff("the best way to resolve things", "if we conclude that the best way to resolve things is talking");
  REQUIRE_FALSE(differs_inside(ops));
  REQUIRE(ops.front().op == '+');
}

TEST_CASE("reordered wording diffs as moves and stays bounded", "[diff]") {
  auto ops = word_diff("within two weeks our experts will meet", "our experts will meet within two weeks");
  REQUIRE(differs_inside(ops));  // words moved from one end to the other: reordered, a real variant
  std::string a, b;
  for (int i = 0; i < 3000; ++i) a += "alpha" + std::to_string(i) + " ", b += "beta" + std::to_string(i) + " ";
  auto big = word_diff(a, b, 50);  // too different: whole delete + whole insert, fast
  REQUIRE(big.size() == 2);
  REQUIRE(big[0].op == '-');
  REQUIRE(big[1].op == '+');
}

TEST_CASE("empty wordings", "[diff]") {
  REQUIRE(word_diff("", "").empty());
  REQUIRE(render(word_diff("", "one two")) == "+[one two]");
  REQUIRE(render(word_diff("one", "")) == "-[one]");
  REQUIRE(same_wording("", " — "));
}

TEST_CASE("diff: a reworded second half is a variant, quoting more of the sentence is not", "[diff]") {
  // Same opening, different endings: both sides have their own last words.
  std::vector<DiffOp> ops = word_diff("We will reopen the crossing next week, and the fees will go",
                                      "We will reopen the crossing next week, but the fees will stay for now");
  REQUIRE(differs_inside(ops));
  // One outlet quotes the sentence further: only additions at the end.
  ops = word_diff("We will reopen the crossing next week", "We will reopen the crossing next week, and the fees will go");
  REQUIRE_FALSE(differs_inside(ops));
}
