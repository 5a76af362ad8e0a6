// Numbering::Next over hand-written numbering.xml: label rendering, restart rules, shared
// counters between instances, overrides and caps; StyleSheet role and inheritance resolution.
#include "runtime/read/docx/numbering.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/read/docx/styles.h"

namespace verdict::read::docx {
namespace {

std::string Xml(const std::string& inner) {
  return "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
         inner + "</w:numbering>";
}

std::string Level(int ilvl, const std::string& format, const std::string& text,
                  const std::string& extra = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" +
         format + "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

const std::string kNothing = "<w:suff w:val=\"nothing\"/>";

// 一、 / （一） / 1. / （1）
const std::string kReportList =
    "<w:abstractNum w:abstractNumId=\"7\">" + Level(0, "chineseCounting", "%1、", kNothing) +
    Level(1, "chineseCounting", "（%2）", kNothing) + Level(2, "decimal", "%3.") +
    Level(3, "decimal", "（%4）", kNothing) + "</w:abstractNum>";

TEST(NumberingTest, RestartsDeeperLevelsWhenAHigherLevelAdvances) {
  Numbering numbering = Numbering::Parse(
      Xml(kReportList + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num>"),
      StyleSheet());
  EXPECT_EQ(numbering.Next(3, 0), "一、");
  EXPECT_EQ(numbering.Next(3, 1), "（一）");
  EXPECT_EQ(numbering.Next(3, 2), "1. ");
  EXPECT_EQ(numbering.Next(3, 2), "2. ");
  EXPECT_EQ(numbering.Next(3, 3), "（1）");
  EXPECT_EQ(numbering.Next(3, 1), "（二）");
  EXPECT_EQ(numbering.Next(3, 2), "1. ");
  EXPECT_EQ(numbering.Next(3, 0), "二、");
  EXPECT_EQ(numbering.Next(3, 1), "（一）");
  for (int i = 3; i <= 10; ++i) numbering.Next(3, 0);
  EXPECT_EQ(numbering.Next(3, 0), "十一、");
}

TEST(NumberingTest, InstancesShareCountersUnlessStartIsOverridden) {
  Numbering numbering = Numbering::Parse(
      Xml(kReportList +
          "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>"
          "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"7\"/></w:num>"
          "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"7\"/>"
          "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"),
      StyleSheet());
  EXPECT_EQ(numbering.Next(1, 0), "一、");
  EXPECT_EQ(numbering.Next(2, 0), "二、");
  EXPECT_EQ(numbering.Next(5, 0), "一、");  // restarted where instance 5 is first used
  EXPECT_EQ(numbering.Next(5, 0), "二、");
  EXPECT_EQ(numbering.Next(1, 0), "三、");
}

TEST(NumberingTest, LevelRestartZeroNeverRestarts) {
  Numbering numbering = Numbering::Parse(
      Xml("<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "chineseCounting", "%1、", kNothing) +
          Level(1, "decimal", "%2)", "<w:lvlRestart w:val=\"0\"/>") +
          "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"),
      StyleSheet());
  EXPECT_EQ(numbering.Next(1, 0), "一、");
  EXPECT_EQ(numbering.Next(1, 1), "1) ");
  EXPECT_EQ(numbering.Next(1, 0), "二、");
  EXPECT_EQ(numbering.Next(1, 1), "2) ");
}

TEST(NumberingTest, MultiLevelTextStartLegalAndBullets) {
  Numbering numbering = Numbering::Parse(
      Xml("<w:abstractNum w:abstractNumId=\"0\">"
          "<w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"chineseCounting\"/>"
          "<w:lvlText w:val=\"第%1部分\"/><w:suff w:val=\"space\"/></w:lvl>" +
          Level(1, "decimal", "%1.%2", "<w:isLgl/>") + Level(2, "bullet", "\xEF\x82\xB7") +
          "</w:abstractNum><w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/></w:num>"),
      StyleSheet());
  EXPECT_EQ(numbering.Next(4, 0), "第三部分");
  EXPECT_EQ(numbering.Next(4, 1), "3.1 ");  // isLgl: the chinese level shows as decimal
  EXPECT_EQ(numbering.Next(4, 2), "");
  EXPECT_EQ(numbering.Next(4, 1), "3.2 ");
  EXPECT_EQ(numbering.Next(4, 5), "");  // level not defined
  EXPECT_EQ(numbering.Next(9, 0), "");  // no such instance
  EXPECT_EQ(numbering.Next(0, 0), "");  // numId 0 switches numbering off
}

TEST(NumberingTest, FollowsNumStyleLinkThroughAStyle) {
  const StyleSheet styles = StyleSheet::Parse(
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:style w:type=\"numbering\" w:styleId=\"ReportList\"><w:name w:val=\"Report List\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>");
  Numbering numbering = Numbering::Parse(
      Xml(kReportList +
          "<w:abstractNum w:abstractNumId=\"8\"><w:numStyleLink w:val=\"ReportList\"/>"
          "</w:abstractNum>"
          "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>"
          "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"8\"/></w:num>"),
      styles);
  EXPECT_EQ(numbering.Next(2, 0), "一、");
  EXPECT_EQ(numbering.Next(1, 0), "二、");
}

TEST(NumberingTest, LabelsAreCapped) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "%1甲";
  Numbering numbering = Numbering::Parse(
      Xml("<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "chineseCounting", text) +
          "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"),
      StyleSheet());
  const std::string label = numbering.Next(1, 0);
  EXPECT_LE(label.size(), Numbering::kMaxLabelBytes);
  EXPECT_TRUE(label.starts_with("一甲一甲"));
  EXPECT_EQ(label.size() % 3, 0u);  // cut between characters
}

TEST(NumberingTest, MalformedPartGivesNoLabels) {
  Numbering numbering = Numbering::Parse("<w:numbering><w:num", StyleSheet());
  EXPECT_EQ(numbering.Next(1, 0), "");
}

constexpr const char* kStyles =
    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/>"
    "</w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
    "<w:basedOn w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"cn3\"><w:name w:val=\"标题 3\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"BigTitle\"><w:name w:val=\"标题\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"My Section\"/>"
    "<w:basedOn w:val=\"1\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"6\"/>"
    "</w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Loop1\"><w:name w:val=\"Loop 1\"/>"
    "<w:basedOn w:val=\"Loop2\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Loop2\"><w:name w:val=\"Loop 2\"/>"
    "<w:basedOn w:val=\"Loop1\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:name w:val=\"Body Text\"/>"
    "<w:basedOn w:val=\"1\"/><w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>"
    "</w:styles>";

TEST(StyleSheetTest, ResolvesRolesLevelsAndNumbering) {
  const StyleSheet styles = StyleSheet::Parse(kStyles);
  using Role = ParagraphStyle::Role;
  EXPECT_EQ(styles.Paragraph("1").role, Role::kHeading);
  EXPECT_EQ(styles.Paragraph("1").level, 1);
  EXPECT_EQ(styles.Paragraph("cn3").role, Role::kHeading);
  EXPECT_EQ(styles.Paragraph("cn3").level, 3);
  EXPECT_EQ(styles.Paragraph("BigTitle").role, Role::kTitle);
  // Outline level inherited through w:basedOn; numbering from the style itself.
  EXPECT_EQ(styles.Paragraph("Mine").role, Role::kHeading);
  EXPECT_EQ(styles.Paragraph("Mine").level, 1);
  EXPECT_EQ(styles.Paragraph("Mine").numbering.num_id, 6);
  EXPECT_EQ(styles.Paragraph("Mine").numbering.ilvl, 1);
  EXPECT_EQ(styles.Paragraph("Body").role, Role::kBody);   // outline level 9 is body text
  EXPECT_EQ(styles.Paragraph("Loop1").role, Role::kBody);  // a basedOn cycle ends
  EXPECT_EQ(styles.Paragraph("a").role, Role::kBody);
  EXPECT_EQ(styles.Paragraph("").role, Role::kBody);
  EXPECT_EQ(styles.Paragraph("missing").role, Role::kBody);
}

TEST(StyleSheetTest, MalformedPartIsEmpty) {
  const StyleSheet styles = StyleSheet::Parse("<w:styles><w:style");
  EXPECT_EQ(styles.Paragraph("Heading1").role, ParagraphStyle::Role::kBody);
}

}  // namespace
}  // namespace verdict::read::docx
