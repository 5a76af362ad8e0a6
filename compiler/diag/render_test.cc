// Diagnostic rendering: carets line up under wide (Chinese) characters; JSON carries positions.
#include "compiler/diag/render.h"

#include <gtest/gtest.h>

namespace verdict::diag {
namespace {

TEST(RenderTest, CaretsAreAlignedByDisplayWidth) {
  source::SourceManager sm;
  source::FileId f = sm.Add("a.rules", "x\npattern 问题 = 存在\n");
  DiagnosticEngine diags;
  // "存在" starts at byte 2 + 8 + 6 + 3 = 19 and is 6 bytes long.
  diags.Report({f, 19, 25}, Kind::kUndefinedName) << "存在";
  auto all = diags.Sorted();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(RenderText(all[0], sm),
            "a.rules:2:14: error[E0101]: undefined name '存在'\n"
            "   |\n"
            " 2 | pattern 问题 = 存在\n"
            "   |                ^^^^\n");
  nlohmann::json j = RenderJson(all[0], sm);
  EXPECT_EQ(j["code"], "E0101");
  EXPECT_EQ(j["line"], 2);
  EXPECT_EQ(j["column"], 14);
  EXPECT_EQ(j["end_column"], 16);
  EXPECT_EQ(j["severity"], "error");
}

TEST(RenderTest, SortsByPositionAndCountsErrors) {
  source::SourceManager sm;
  source::FileId f = sm.Add("a.rules", "abc def\n");
  DiagnosticEngine diags;
  diags.Report({f, 4, 7}, Kind::kUnusedPattern) << "def";
  diags.Report({f, 0, 3}, Kind::kUndefinedName) << "abc";
  auto all = diags.Sorted();
  EXPECT_EQ(all[0].code, "E0101");
  EXPECT_EQ(all[1].code, "W0001");
  EXPECT_EQ(diags.ErrorCount(), 1u);
}

TEST(RenderTest, SuggestsOnlyNearMisses) {
  EXPECT_EQ(ClosestName("problme", {"problem", "plans", "title"}), "problem");
  EXPECT_EQ(ClosestName("zzz", {"problem", "plans"}), "");
}

}  // namespace
}  // namespace verdict::diag
