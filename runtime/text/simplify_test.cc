// Simplify(): traditional text becomes simplified with a map back to the original characters.
#include "runtime/text/simplify.h"

#include <gtest/gtest.h>

namespace verdict::text {
namespace {

TEST(SimplifyTest, SimplifiedTextIsLeftAlone) {
  ASSERT_TRUE(SimplifierAvailable());
  EXPECT_FALSE(Simplify("存在的问题和不足\n下一年度工作安排").has_value());
  EXPECT_FALSE(Simplify("plain ASCII").has_value());
}

TEST(SimplifyTest, TraditionalBecomesSimplifiedWithAMap) {
  const std::string in = "一、存在的問題\n二、下一年度推進法治政府建設的主要安排";
  auto out = Simplify(in);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->text, "一、存在的问题\n二、下一年度推进法治政府建设的主要安排");
  ASSERT_EQ(out->source.size(), out->text.size() + 1);
  // 问 (output) comes from 問 (input), at the same character index on the first line.
  EXPECT_EQ(out->source[out->text.find("问")], in.find("問"));
  // The second line maps into the second line: 进 <- 進, 设 <- 設.
  EXPECT_EQ(out->source[out->text.find("进")], in.find("進"));
  EXPECT_EQ(out->source[out->text.find("设")], in.find("設"));
  EXPECT_EQ(out->source.back(), in.size());
}

TEST(SimplifyTest, StringsForRuleLiterals) {
  EXPECT_EQ(SimplifyString("第一責任人"), "第一责任人");
  EXPECT_EQ(SimplifyString("第一责任人"), "第一责任人");
}

}  // namespace
}  // namespace verdict::text
