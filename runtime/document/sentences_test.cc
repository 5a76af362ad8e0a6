// Tests for sentence splitting: terminators kept, closing quotes attached, blanks trimmed.
#include "runtime/document/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace verdict::doc {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<Span> spans;
  AppendSentences(text, text, &spans);
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(Slice(text, s));
  return out;
}

TEST(SentencesTest, SplitsAfterTerminators) {
  EXPECT_EQ(Split("完善制度。加强培训! 是否落实? 一是宣传;二是执法。"),
            (std::vector<std::string>{"完善制度。", "加强培训!", "是否落实?", "一是宣传;",
                                      "二是执法。"}));
}

TEST(SentencesTest, KeepsTrailingTextAndClosingQuotes) {
  EXPECT_EQ(Split("提出“谁执法谁普法。”随后开展培训 "),
            (std::vector<std::string>{"提出“谁执法谁普法。”", "随后开展培训"}));
}

TEST(SentencesTest, RunsOfTerminatorsEndOneSentence) {
  EXPECT_EQ(Split("真的吗?! 是的。。"), (std::vector<std::string>{"真的吗?!", "是的。。"}));
}

TEST(SentencesTest, DecimalsAndCommasDoNotSplit) {
  EXPECT_EQ(Split("投入1.5亿元,完成率98.5%。"),
            (std::vector<std::string>{"投入1.5亿元,完成率98.5%。"}));
}

TEST(SentencesTest, OffsetsPointIntoTheText) {
  const std::string text = "前文 第一句。第二句。";
  const std::string_view para = std::string_view(text).substr(7);  // "第一句。第二句。"
  std::vector<Span> spans;
  AppendSentences(text, para, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 7u);
  EXPECT_EQ(Slice(text, spans[1]), "第二句。");
  EXPECT_EQ(spans[1].end, text.size());
}

}  // namespace
}  // namespace verdict::doc
