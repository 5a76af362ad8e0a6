// Tests for heading recognition: numbering styles and levels, run-on splitting, numbered
// paragraphs, and the lookalikes (一是, years, decimals, dates) that are not headings.
#include "runtime/document/headings.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "runtime/document/document.h"

namespace verdict::doc {
namespace {

int LevelOf(std::string_view line) { return MatchNumbering(line).level; }

std::string NumberingOf(std::string_view line) {
  return std::string(line.substr(0, MatchNumbering(line).length));
}

TEST(HeadingsTest, LevelsByNumberingStyle) {
  EXPECT_EQ(LevelOf("第一部分 总体情况"), kLevelPart);
  EXPECT_EQ(LevelOf("第三章 工作安排"), kLevelPart);
  EXPECT_EQ(LevelOf("一、总体情况"), kLevelChinese);
  EXPECT_EQ(LevelOf("十一、其他"), kLevelChinese);
  EXPECT_EQ(LevelOf("二十三、其他"), kLevelChinese);
  EXPECT_EQ(LevelOf("(一)健全制度"), kLevelParenChinese);
  EXPECT_EQ(LevelOf("(十二)健全制度"), kLevelParenChinese);
  EXPECT_EQ(LevelOf("1.加强培训"), kLevelArabic);
  EXPECT_EQ(LevelOf("12、加强培训"), kLevelArabic);
  EXPECT_EQ(LevelOf("(1)加强培训"), kLevelParenArabic);
  EXPECT_EQ(NumberingOf("第二部分 主要成效"), "第二部分");
  EXPECT_EQ(NumberingOf("十一、其他"), "十一、");
  EXPECT_EQ(NumberingOf("(三)深化改革"), "(三)");
  EXPECT_EQ(NumberingOf("3.深化改革"), "3.");
  EXPECT_EQ(NumberingOf("3、深化改革"), "3、");
  EXPECT_EQ(NumberingOf("(10)深化改革"), "(10)");
}

TEST(HeadingsTest, LookalikesAreNotNumberings) {
  for (std::string_view line :
       {"一是加强学习。", "二要完善制度。", "2018年,我局开展培训。", "1.5亿元用于执法装备。",
        "2018.5 完成验收", "8.16依法治市日", "100.加强", "0.加强", "(2018)第5号", "第一次会议召开",
        "一二、加强", "二〇二一年工作", "(一加强", "首先、加强"}) {
    EXPECT_EQ(LevelOf(line), -1) << line;
  }
}

TEST(HeadingsTest, ChineseNumeralValues) {
  EXPECT_EQ(ChineseNumeralValue("一"), 1);
  EXPECT_EQ(ChineseNumeralValue("十"), 10);
  EXPECT_EQ(ChineseNumeralValue("十一"), 11);
  EXPECT_EQ(ChineseNumeralValue("二十"), 20);
  EXPECT_EQ(ChineseNumeralValue("九十九"), 99);
  EXPECT_EQ(ChineseNumeralValue("一百零一"), 101);
  EXPECT_EQ(ChineseNumeralValue("一百一十"), 110);
  EXPECT_EQ(ChineseNumeralValue("一二"), -1);
  EXPECT_EQ(ChineseNumeralValue("十十"), -1);
  EXPECT_EQ(ChineseNumeralValue("百"), -1);
  EXPECT_EQ(ChineseNumeralValue("零"), -1);
}

TEST(HeadingsTest, RunOnHeadingSplitsAtFirstTerminator) {
  const auto h = MatchHeading("(一)规范执法行为。加强执法人员管理,提升执法水平。");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->level, kLevelParenChinese);
  EXPECT_EQ(h->numbering, "(一)");
  EXPECT_EQ(h->text, "(一)规范执法行为。");
  EXPECT_EQ(h->run_on, "加强执法人员管理,提升执法水平。");

  const auto colon = MatchHeading("二、存在的问题: 一是培训不足。");
  ASSERT_TRUE(colon);
  EXPECT_EQ(colon->text, "二、存在的问题:");
  EXPECT_EQ(colon->run_on, "一是培训不足。");

  const auto semicolon = MatchHeading("1.落实审查制度;全年审查文件12件。");
  ASSERT_TRUE(semicolon);
  EXPECT_EQ(semicolon->text, "1.落实审查制度;");
  EXPECT_EQ(semicolon->run_on, "全年审查文件12件。");
}

TEST(HeadingsTest, ShortLineIsWholeHeading) {
  const auto h = MatchHeading("一、加强组织领导,全面履行职责");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->text, "一、加强组织领导,全面履行职责");
  EXPECT_TRUE(h->run_on.empty());

  const auto ended = MatchHeading("(二)强化监督。");
  ASSERT_TRUE(ended);
  EXPECT_EQ(ended->text, "(二)强化监督。");
  EXPECT_TRUE(ended->run_on.empty());

  const auto spaced = MatchHeading("第一部分 主要举措和成效");
  ASSERT_TRUE(spaced);
  EXPECT_EQ(spaced->level, kLevelPart);
  EXPECT_EQ(spaced->text, "第一部分 主要举措和成效");
}

TEST(HeadingsTest, LongNumberedSentenceIsAParagraph) {
  // 41 characters after the numbering and no terminator within the first 40.
  std::string line = "1.";
  for (int i = 0; i < 41; ++i) line += "字";
  EXPECT_FALSE(MatchHeading(line));
  // Exactly 40 characters is still a heading.
  line = "1.";
  for (int i = 0; i < 40; ++i) line += "字";
  EXPECT_TRUE(MatchHeading(line));
  // A terminator after the 40th character does not rescue it.
  line = "(1)";
  for (int i = 0; i < 45; ++i) line += "字";
  line += "。后文";
  EXPECT_FALSE(MatchHeading(line));
}

TEST(HeadingsTest, DocumentHeadingTree) {
  const std::string text =
      "某某区司法局2022年度法治政府建设情况报告\n"
      "第一部分 总体情况\n"
      "一、主要举措\n"
      "(一)完善制度\n"
      "全年修订制度5项。\n"
      "1.规范审查。审查文件8件。\n"
      "(1)合法性审查\n"
      "2.强化培训\n"
      "(二)严格执法\n"
      "二、存在的不足\n"
      "一是培训不够;二是人员不足。\n"
      "2018年,曾开展试点。\n"
      "第二部分 下一步安排\n"
      "继续推进。\n";
  const Document doc = BuildDocument(text);
  struct Want {
    std::string text;
    int level;
    std::string numbering;
    int parent;
  };
  const Want want[] = {
      {"第一部分 总体情况", 0, "第一部分", -1},
      {"一、主要举措", 1, "一、", 0},
      {"(一)完善制度", 2, "(一)", 1},
      {"1.规范审查。", 3, "1.", 2},
      {"(1)合法性审查", 4, "(1)", 3},
      {"2.强化培训", 3, "2.", 2},
      {"(二)严格执法", 2, "(二)", 1},
      {"二、存在的不足", 1, "二、", 0},
      {"第二部分 下一步安排", 0, "第二部分", -1},
  };
  ASSERT_EQ(doc.headings.size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    const Heading& h = doc.headings[i];
    EXPECT_EQ(Slice(text, h.text), want[i].text) << i;
    EXPECT_EQ(h.level, want[i].level) << i;
    EXPECT_EQ(h.numbering, want[i].numbering) << i;
    EXPECT_EQ(h.parent, want[i].parent) << i;
  }
  EXPECT_EQ(
      Slice(text, doc.headings[2].section),
      "(一)完善制度\n全年修订制度5项。\n1.规范审查。审查文件8件。\n(1)合法性审查\n2.强化培训");
  EXPECT_EQ(Slice(text, doc.headings[3].section), "1.规范审查。审查文件8件。\n(1)合法性审查");
  EXPECT_EQ(Slice(text, doc.headings[7].section),
            "二、存在的不足\n一是培训不够;二是人员不足。\n2018年,曾开展试点。");
  EXPECT_EQ(Slice(text, doc.headings[8].section), "第二部分 下一步安排\n继续推进。");
  EXPECT_EQ(doc.headings[0].section.end, doc.headings[7].section.end);
}

}  // namespace
}  // namespace verdict::doc
