// Pattern normalization: literals and regexes become what documents look like after NFKC.
#include "compiler/sema/pattern_text.h"

#include <gtest/gtest.h>

namespace verdict::sema {
namespace {

TEST(PatternTextTest, LiteralsAreNormalizedAndEscaped) {
  EXPECT_EQ(LiteralToExpression("第一责任人"), "第一责任人");
  EXPECT_EQ(LiteralToExpression("（一）"), "\\(一\\)");
  EXPECT_EQ(LiteralToExpression("问题，原因："), "问题\\,原因\\:");
  EXPECT_EQ(LiteralToExpression("２０２４年"), "2024年");
  EXPECT_EQ(LiteralToExpression("a.b*c"), "a\\.b\\*c");
  EXPECT_EQ(LiteralToExpression("  "), "");
}

TEST(PatternTextTest, RegexKeepsSyntaxAndNormalizesLiterals) {
  EXPECT_EQ(NormalizeRegex("存在的?(问题|不足)"), "存在的?(问题|不足)");
  EXPECT_EQ(NormalizeRegex("（[一二三]）"), "\\([一二三]\\)");
  EXPECT_EQ(NormalizeRegex("\\d{4}年，"), "\\d{4}年\\,");
  EXPECT_EQ(NormalizeRegex("\\（"), "\\(");
  EXPECT_EQ(NormalizeRegex("a\\.b"), "a\\.b");
  EXPECT_EQ(NormalizeRegex("１+"), "1+");
}

}  // namespace
}  // namespace verdict::sema
