// Tests MatcherDatabase: compiling atoms, exact byte offsets of matches over Chinese text,
// Unicode (UCP) classes, Validate() messages and the empty database.
#include "runtime/scan/matcher_database.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace verdict::scan {
namespace {

std::vector<ruleset::Atom> Atoms(std::initializer_list<const char*> expressions) {
  std::vector<ruleset::Atom> atoms;
  for (const char* e : expressions) atoms.push_back(ruleset::Atom{e, e});
  return atoms;
}

// Scans `text` and returns the raw reports sorted by (atom, begin, end) for stable comparison.
std::vector<RawMatch> ScanAll(const MatcherDatabase& db, std::string_view text) {
  auto scratch = db.NewScratch();
  EXPECT_TRUE(scratch.ok());
  std::vector<RawMatch> out;
  db.Scan(text, *scratch, &out);
  std::sort(out.begin(), out.end(), [](const RawMatch& a, const RawMatch& b) {
    return std::tie(a.atom, a.begin, a.end) < std::tie(b.atom, b.begin, b.end);
  });
  return out;
}

TEST(MatcherDatabaseTest, LiteralAndRegexOverChineseText) {
  auto db = MatcherDatabase::Build(Atoms({"政府", "\\d+年", "报告$"}));
  ASSERT_TRUE(db.ok()) << db.error().message;
  EXPECT_EQ(db->atom_count(), 3u);
  // "2023年法治政府建设年度报告": digits 0-4, 年 4-7, 法 7, 治 10, 政 13, 府 16, ... 报 31, 告 34.
  std::vector<RawMatch> got = ScanAll(*db, "2023年法治政府建设年度报告");
  std::vector<RawMatch> want = {{0, 13, 19}, {1, 0, 7}, {2, 31, 37}};
  EXPECT_EQ(got, want);
}

// Debian 12's Vectorscan 5.4.9 finds nothing for these on AVX-512 machines once 64 bytes of text
// precede the match; this pins the matcher library to one that gets them right.
TEST(MatcherDatabaseTest, FindsRepeatsAfterTheFirst64Bytes) {
  auto db = MatcherDatabase::Build(Atoms({"b.{0,5}d", "b.*d", "第.+条"}));
  ASSERT_TRUE(db.ok());
  for (size_t lead : {10u, 63u, 64u, 70u, 200u, 5000u}) {
    std::string text = std::string(lead, 'a') + "b 2023年 bxxd 第三条";
    std::vector<RawMatch> got = ScanAll(*db, text);
    const uint32_t b = static_cast<uint32_t>(lead);
    // b.{0,5}d: only "bxxd" (the first b is 10 bytes from any d); b.*d: from the first b;
    // 第.+条: "第三条".
    std::vector<RawMatch> want = {{0, b + 10, b + 14}, {1, b, b + 14}, {2, b + 15, b + 24}};
    EXPECT_EQ(got, want) << "after " << lead << " bytes";
  }
}

TEST(MatcherDatabaseTest, ReportsEveryEndWithLeftmostStartMergedPerStart) {
  // `\d+` ends at 1, 2 and 3 with start 0: the reports for one start collapse to the longest.
  // `\d\d` ends at 2 (start 0) and 3 (start 1): different starts stay separate.
  auto db = MatcherDatabase::Build(Atoms({"\\d+", "\\d\\d"}));
  ASSERT_TRUE(db.ok());
  std::vector<RawMatch> want = {{0, 0, 3}, {1, 0, 2}, {1, 1, 3}};
  EXPECT_EQ(ScanAll(*db, "123"), want);
}

TEST(MatcherDatabaseTest, UnicodeDigitAndSpaceClasses) {
  // Under UCP, \d matches full-width digits (U+FF12, U+FF13: 3 bytes each) and \s matches the
  // ideographic space U+3000.
  auto db = MatcherDatabase::Build(Atoms({"\\d+", "年\\s度"}));
  ASSERT_TRUE(db.ok()) << db.error().message;
  std::string text =
      "ab\xEF\xBC\x92\xEF\xBC\x93"
      "cd年\xE3\x80\x80度";  // ab２３cd年　度
  std::vector<RawMatch> want = {{0, 2, 8}, {1, 10, 19}};
  EXPECT_EQ(ScanAll(*db, text), want);
}

TEST(MatcherDatabaseTest, BuildNamesTheBadAtom) {
  auto db = MatcherDatabase::Build(Atoms({"政府", "(unclosed", "报告"}));
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().atom, 1);
  EXPECT_EQ(db.error().message, "Missing close parenthesis for group started at index 0.");
}

TEST(MatcherDatabaseTest, ValidateAcceptsGoodExpressions) {
  EXPECT_EQ(MatcherDatabase::Validate("法治政府"), std::nullopt);
  EXPECT_EQ(MatcherDatabase::Validate("第[一二三四五六七八九十]+条"), std::nullopt);
}

TEST(MatcherDatabaseTest, ValidateReportsSyntaxError) {
  EXPECT_EQ(MatcherDatabase::Validate("a(b"),
            std::optional<std::string>("Missing close parenthesis for group started at index 1."));
}

TEST(MatcherDatabaseTest, ValidateRejectsEmptyMatches) {
  const std::optional<std::string> want(
      "expression can match empty text, so it would match everywhere");
  EXPECT_EQ(MatcherDatabase::Validate("a*"), want);
  EXPECT_EQ(MatcherDatabase::Validate("(甲|)"), want);
  EXPECT_EQ(MatcherDatabase::Validate("a*b"), std::nullopt);
}

TEST(MatcherDatabaseTest, ValidateRejectsNul) {
  EXPECT_EQ(MatcherDatabase::Validate(std::string("a\0b", 3)),
            std::optional<std::string>("expression contains a NUL byte"));
}

TEST(MatcherDatabaseTest, EmptyAtomListGivesEmptyDatabase) {
  auto db = MatcherDatabase::Build({});
  ASSERT_TRUE(db.ok());
  EXPECT_TRUE(db->empty());
  EXPECT_EQ(db->atom_count(), 0u);
  auto scratch = db->NewScratch();
  ASSERT_TRUE(scratch.ok());
  std::vector<RawMatch> out;
  db->Scan("法治政府", *scratch, &out);
  EXPECT_TRUE(out.empty());
}

TEST(MatcherDatabaseTest, MovedDatabaseKeepsWorkingWithItsScratch) {
  auto built = MatcherDatabase::Build(Atoms({"府"}));
  ASSERT_TRUE(built.ok());
  auto scratch = built->NewScratch();
  ASSERT_TRUE(scratch.ok());
  MatcherDatabase db = std::move(built).value();
  std::vector<RawMatch> out;
  db.Scan("政府", *scratch, &out);
  EXPECT_EQ(out, (std::vector<RawMatch>{{0, 3, 6}}));
}

TEST(MatcherDatabaseDeathTest, ForeignScratchAborts) {
  auto a = MatcherDatabase::Build(Atoms({"a"}));
  auto b = MatcherDatabase::Build(Atoms({"b"}));
  ASSERT_TRUE(a.ok() && b.ok());
  auto scratch = b->NewScratch();
  ASSERT_TRUE(scratch.ok());
  std::vector<RawMatch> out;
  EXPECT_DEATH(a->Scan("ab", *scratch, &out), "scratch of another database");
}

}  // namespace
}  // namespace verdict::scan
