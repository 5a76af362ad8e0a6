// Tests the match-list queries behind match / count / near / len on crafted spans.
#include "runtime/eval/span_queries.h"

#include <gtest/gtest.h>

namespace verdict::eval {
namespace {

using scan::Match;
using Spans = std::vector<doc::Span>;

TEST(SpanQueriesTest, MatchesInElementsAnyOrderNoDuplicates) {
  std::vector<Match> matches = {{0, 2}, {3, 5}, {6, 8}, {9, 12}, {20, 22}};
  // Elements out of order and overlapping; [4,9) holds no whole match.
  Spans elements = {{9, 30}, {0, 6}, {0, 9}, {4, 9}};
  EXPECT_EQ(MatchesInElements(elements, matches, 10),
            (std::vector<Match>{{0, 2}, {3, 5}, {6, 8}, {9, 12}, {20, 22}}));
  EXPECT_EQ(MatchesInElements(elements, matches, 2), (std::vector<Match>{{0, 2}, {3, 5}}));
  EXPECT_TRUE(MatchesInElements(Spans{{4, 9}}, {{3, 5}, {8, 10}}, 3).empty());
  EXPECT_TRUE(MatchesInElements(elements, {}, 3).empty());
}

TEST(SpanQueriesTest, UnionMergesOverlappingAndTouchingSpans) {
  EXPECT_EQ(UnionOf({{10, 20}, {0, 5}, {5, 7}, {15, 25}, {30, 30}, {40, 41}}),
            (Spans{{0, 7}, {10, 25}, {40, 41}}));
  EXPECT_TRUE(UnionOf({}).empty());
}

TEST(SpanQueriesTest, CountMatchesInUnion) {
  std::vector<Match> matches = {{0, 2}, {3, 5}, {6, 8}, {9, 12}};
  std::vector<Match> first;
  EXPECT_EQ(CountMatchesIn({{0, 5}, {7, 12}}, matches, 1, &first), 3);
  EXPECT_EQ(first, (std::vector<Match>{{0, 2}}));
}

TEST(SpanQueriesTest, CodePoints) {
  std::string text = "a法治b";  // 1 + 3 + 3 + 1 bytes
  EXPECT_EQ(CodePoints(text, {0, 8}), 4);
  EXPECT_EQ(CodePoints(text, {1, 7}), 2);
  EXPECT_EQ(CodePoints(text, {4, 4}), 0);
}

TEST(SpanQueriesTest, FindNearAcrossOverlapAndDistance) {
  // "甲乙丙丁戊": each character 3 bytes.
  std::string text = "甲乙丙丁戊";
  std::vector<Match> a = {{0, 3}};    // 甲
  std::vector<Match> b = {{12, 15}};  // 戊, 3 characters after 甲
  std::vector<Match> c = {{0, 6}};    // 甲乙, overlaps a
  EXPECT_TRUE(FindNear(text, Spans{{0, 15}}, a, b, 3).has_value());
  EXPECT_FALSE(FindNear(text, Spans{{0, 15}}, a, b, 2).has_value());
  EXPECT_FALSE(FindNear(text, Spans{{0, 15}}, a, b, -1).has_value());
  auto overlap = FindNear(text, Spans{{0, 15}}, a, c, 0);
  ASSERT_TRUE(overlap.has_value());
  EXPECT_EQ(overlap->first, (Match{0, 3}));
  EXPECT_EQ(overlap->second, (Match{0, 6}));
  // b before a works too.
  EXPECT_TRUE(FindNear(text, Spans{{0, 15}}, b, a, 3).has_value());
  // Both must be inside the same element.
  EXPECT_FALSE(FindNear(text, Spans{{0, 9}, {9, 15}}, a, b, 100).has_value());
  // One list against itself needs two distinct matches.
  std::vector<Match> one = {{0, 3}};
  EXPECT_FALSE(FindNear(text, Spans{{0, 15}}, one, one, 100).has_value());
  std::vector<Match> two = {{0, 3}, {9, 12}};
  EXPECT_TRUE(FindNear(text, Spans{{0, 15}}, two, two, 2).has_value());
  EXPECT_FALSE(FindNear(text, Spans{{0, 15}}, two, two, 1).has_value());
}

}  // namespace
}  // namespace verdict::eval
