// BuildBody on synthetic layouts: which wrapped lines are joined, which line breaks stay, and
// the per-page units. Lines are 12 pt, the text block spans x 72..528 (38 em).
#include "runtime/read/pdf/body_builder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/read/pdf/pdf_test_util.h"

namespace verdict::read::pdf {
namespace {

using pdf_test::Lines;

constexpr double kEm = 12;
constexpr double kLeft = 72;
constexpr double kFull = 38;  // em

// A line at row `row` (20 pt pitch) starting `indent` em in and `width` em wide.
TextLine At(int row, double indent, double width, std::string text) {
  TextLine l;
  l.text = std::move(text);
  l.left = kLeft + indent * kEm;
  l.right = l.left + width * kEm;
  l.top = 100 + row * 20;
  l.bottom = l.top + kEm;
  l.em = kEm;
  return l;
}

TEST(BuildBodyTest, JoinsWrappedLinesAndKeepsHeadings) {
  const std::vector<std::vector<TextLine>> pages = {{
      At(0, 8, 20, "青山区2023年度法治政府建设情况报告"),
      At(1, 0, 10, "发布日期：2024-03-01"),
      At(2, 2, 36, "一、主要举措"),  // a heading as long as the line: still its own line
      At(3, 2, 36, "局党组把法治建设摆在重要位置，主要负责人履行推进法治建设第一"),
      At(4, 0, 38, "责任人职责，全年召开专题会议12次，研究解决重大问题5项，ISO"),
      At(5, 0, 12, "9001体系运行良好。"),
      At(6, 2, 10, "（一）加强领导"),
      At(7, 0, 38, "坚持把党的领导贯穿法治政府建设全过程和各方面，定期听取工作"),
      At(8, 0, 37, "(1)召开常务会议研究法治政府建设工作，确保各项任务落实落地"),
      At(9, 0, 8, "到位。"),
  }};
  const Body body = BuildBody(pages);
  EXPECT_EQ(Lines(body.text),
            (std::vector<std::string>{
                "青山区2023年度法治政府建设情况报告",
                "发布日期：2024-03-01",
                "一、主要举措",
                "局党组把法治建设摆在重要位置，主要负责人履行推进法治建设第一责任人职责，全年召开"
                "专题会议12次，研究解决重大问题5项，ISO 9001体系运行良好。",
                "（一）加强领导",
                "坚持把党的领导贯穿法治政府建设全过程和各方面，定期听取工作",
                "(1)召开常务会议研究法治政府建设工作，确保各项任务落实落地到位。",
            }));
}

TEST(BuildBodyTest, SentenceEndAtTheMarginEndsTheLineWhenParagraphsAreUnmarked) {
  // Paragraphs start flush left with no gap: only punctuation tells them apart.
  const std::vector<std::vector<TextLine>> pages = {{
      At(0, 0, 38, "第一段第一行没有标点"),
      At(1, 0, 20, "第一段结束。"),
      At(2, 0, 38, "第二段第一行以句号结束。"),
      At(3, 0, 30, "第三段不缩进。"),
      At(4, 0, 10, "第四段。"),
      At(5, 0, 12, "第五段。"),
  }};
  EXPECT_EQ(
      Lines(BuildBody(pages).text),
      (std::vector<std::string>{"第一段第一行没有标点第一段结束。", "第二段第一行以句号结束。",
                                "第三段不缩进。", "第四段。", "第五段。"}));
}

TEST(BuildBodyTest, SentenceEndAtTheMarginIsAWrapWhenParagraphsAreIndented) {
  const std::vector<std::vector<TextLine>> pages = {{
      At(0, 2, 36, "第一段写满一行并且恰好以句号结束。"),
      At(1, 0, 20, "这是第一段的续行。"),
      At(2, 2, 36, "第二段写满一行"),
      At(3, 0, 20, "第二段的续行。"),
      At(4, 2, 20, "第三段。"),
      At(5, 2, 20, "第四段。"),
  }};
  EXPECT_EQ(Lines(BuildBody(pages).text),
            (std::vector<std::string>{"第一段写满一行并且恰好以句号结束。这是第一段的续行。",
                                      "第二段写满一行第二段的续行。", "第三段。", "第四段。"}));
}

TEST(BuildBodyTest, GapBetweenLinesEndsTheParagraph) {
  TextLine after_gap = At(3, 0, 20, "空行之后的新段落");
  const std::vector<std::vector<TextLine>> pages = {{
      At(0, 0, 38, "一行写满但没有标点"),
      At(1, 0, 38, "续行同样写满"),
      after_gap,
  }};
  EXPECT_EQ(Lines(BuildBody(pages).text),
            (std::vector<std::string>{"一行写满但没有标点续行同样写满", "空行之后的新段落"}));
}

TEST(BuildBodyTest, DifferentFontSizesAreNotJoined) {
  TextLine title = At(0, 0, 38, "很长的标题占满一行");
  title.em = 16;
  const std::vector<std::vector<TextLine>> pages = {{title, At(1, 0, 10, "正文")}};
  EXPECT_EQ(Lines(BuildBody(pages).text), (std::vector<std::string>{"很长的标题占满一行", "正文"}));
}

TEST(BuildBodyTest, UnitsFollowPagesAcrossAJoin) {
  const std::vector<std::vector<TextLine>> pages = {
      {At(0, 2, 36, "第一页的段落写到页尾"), At(1, 0, 38, "仍未结束")},
      {},
      {At(0, 0, 10, "续在第三页。"), At(1, 2, 10, "新段落。")},
  };
  const Body body = BuildBody(pages);
  EXPECT_EQ(body.text, "第一页的段落写到页尾仍未结束续在第三页。\n新段落。\n");
  ASSERT_EQ(body.units.size(), 3u);
  const size_t page3 = body.text.find("续在");
  EXPECT_EQ(body.units[0].page, 1u);
  EXPECT_EQ(body.units[0].begin, 0u);
  EXPECT_EQ(body.units[0].end, page3);
  EXPECT_EQ(body.units[1].page, 2u);
  EXPECT_EQ(body.units[1].begin, page3);
  EXPECT_EQ(body.units[1].end, page3);
  EXPECT_EQ(body.units[2].page, 3u);
  EXPECT_EQ(body.units[2].begin, page3);
  EXPECT_EQ(body.units[2].end, body.text.size());
}

TEST(BuildBodyTest, NoPagesNoBody) {
  const Body body = BuildBody({});
  EXPECT_TRUE(body.text.empty());
  EXPECT_TRUE(body.units.empty());
}

TEST(StartsWithNumberingTest, HeadingAndListNumberings) {
  for (const char* line : {"一、总体情况", "十二、其他", "(一)组织", "（二）制度", "1.执法",
                           "12、培训", "3．审查", "(1)会议", "（10）其他", "1)事项", "①第一",
                           "⑴其一", "第一部分 总体情况", "第3章", "• 要点", "·要点"}) {
    EXPECT_TRUE(StartsWithNumbering(line)) << line;
  }
  for (const char* line : {"", "1.5亿元资金", "2024年", "一是加强", "一系列措施", "(注)说明",
                           "第一责任人", "，执法", "——以习近平", "020)》", "2020)》", "2024.3.1"}) {
    EXPECT_FALSE(StartsWithNumbering(line)) << line;
  }
}

TEST(EndsSentenceTest, FinalPunctuationBeforeClosingQuotes) {
  for (const char* line : {"完成。", "好吗？", "好！", "一是；", "如下：", "as follows:", "done!",
                           "“谁执法谁普法”。", "他说：“好。”", "（见附件。）", "……"}) {
    EXPECT_TRUE(EndsSentence(line)) << line;
  }
  for (const char* line : {"", "第一", "2024年，", "《条例》", "“七五普法”", "100%"}) {
    EXPECT_FALSE(EndsSentence(line)) << line;
  }
}

}  // namespace
}  // namespace verdict::read::pdf
