// Tests the reduction of raw atom reports to per-pattern leftmost-longest, non-overlapping
// match lists, on hand-made reports and end to end through a real scan.
#include "runtime/scan/pattern_matches.h"

#include <gtest/gtest.h>

namespace verdict::scan {
namespace {

TEST(PatternMatchesTest, LeftmostLongestNonOverlapping) {
  // Over "abcdede": atoms ab [0,2), abcd [0,4), cde [2,5), de [3,5) and [5,7).
  std::vector<ruleset::Pattern> patterns = {{"p", {0, 1, 2, 3}}};
  std::vector<RawMatch> raw = {{3, 3, 5}, {0, 0, 2}, {2, 2, 5}, {1, 0, 4}, {3, 5, 7}};
  PatternMatches m = PatternMatches::Reduce(patterns, 4, raw);
  EXPECT_EQ(m.of(0), (std::vector<Match>{{0, 4}, {5, 7}}));
}

TEST(PatternMatchesTest, AtomsSharedBetweenPatternsAndBadIds) {
  std::vector<ruleset::Pattern> patterns = {{"a", {0}}, {"ab", {0, 1}}, {"none", {}}};
  std::vector<RawMatch> raw = {{1, 2, 4}, {0, 0, 3}, {7, 0, 9}, {0, 5, 5}};
  PatternMatches m = PatternMatches::Reduce(patterns, 2, raw);
  EXPECT_EQ(m.size(), 3u);
  EXPECT_EQ(m.of(0), (std::vector<Match>{{0, 3}}));
  EXPECT_EQ(m.of(1), (std::vector<Match>{{0, 3}}));  // [2,4) overlaps the earlier match
  EXPECT_TRUE(m.of(2).empty());
  EXPECT_TRUE(m.of(99).empty());
}

TEST(PatternMatchesTest, EndToEndOverChineseText) {
  // 依法行政 [0,12) and 行政执法 [6,18) overlap on 行政: the leftmost wins, and 执法 [12,18),
  // which starts where the kept match ends, survives on its own.
  std::vector<ruleset::Atom> atoms = {{"依法行政", ""}, {"行政执法", ""}, {"执法", ""}};
  std::vector<ruleset::Pattern> patterns = {{"p", {0, 1, 2}}, {"q", {2}}};
  auto db = MatcherDatabase::Build(atoms);
  ASSERT_TRUE(db.ok());
  auto scratch = db->NewScratch();
  ASSERT_TRUE(scratch.ok());
  // 依0 法3 行6 政9 执12 法15 ，18 执21 法24
  std::string text = "依法行政执法，执法";
  std::vector<RawMatch> raw;
  db->Scan(text, *scratch, &raw);
  PatternMatches m = PatternMatches::Reduce(patterns, db->atom_count(), raw);
  EXPECT_EQ(m.of(0), (std::vector<Match>{{0, 12}, {12, 18}, {21, 27}}));
  EXPECT_EQ(m.of(1), (std::vector<Match>{{12, 18}, {21, 27}}));
}

TEST(PatternMatchesTest, EmptyRulesetReducesToNothing) {
  PatternMatches m = PatternMatches::Reduce({}, 0, {});
  EXPECT_EQ(m.size(), 0u);
  EXPECT_TRUE(m.of(0).empty());
}

}  // namespace
}  // namespace verdict::scan
