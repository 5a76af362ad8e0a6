// GroupIntoLines: words become lines by vertical overlap, ordered top-down and left-right,
// with spaces only where the page has them.
#include "runtime/read/pdf/text_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace verdict::read::pdf {
namespace {

WordBox Word(std::string text, double left, double top, double width, double size = 12) {
  return WordBox{std::move(text), left, top, left + width, top + size, size, false};
}

std::vector<std::string> Texts(const std::vector<TextLine>& lines) {
  std::vector<std::string> out;
  for (const TextLine& l : lines) out.push_back(l.text);
  return out;
}

TEST(GroupIntoLinesTest, SortsTopDownAndLeftToRight) {
  const auto lines = GroupIntoLines({
      Word("局", 96, 120, 12),
      Word("法治", 72, 100, 24),
      Word("司法", 108, 120.5, 24),
      Word("政府", 96, 100, 24),
      Word("青山区", 72, 121, 24),
  });
  EXPECT_EQ(Texts(lines), (std::vector<std::string>{"法治政府", "青山区局司法"}));
  EXPECT_DOUBLE_EQ(lines[0].left, 72);
  EXPECT_DOUBLE_EQ(lines[0].right, 120);
  EXPECT_DOUBLE_EQ(lines[1].em, 12);
}

TEST(GroupIntoLinesTest, SpacesOnlyBetweenSeparatedWords) {
  WordBox iso = Word("ISO", 72, 100, 18);
  iso.space_after = true;
  const auto lines = GroupIntoLines({
      iso, Word("9001", 96, 100, 24), Word("体系", 120, 100, 24),  // touching: no space
      Word("表格", 300, 100, 24),                                  // a far cell: a space
  });
  EXPECT_EQ(Texts(lines), (std::vector<std::string>{"ISO 9001体系 表格"}));
}

TEST(GroupIntoLinesTest, LetterSpacedChineseHasNoSpaces) {
  WordBox bao = Word("报", 200, 100, 12);
  bao.space_after = true;
  const auto lines = GroupIntoLines({bao, Word("告", 224, 100, 12),  // 1 em apart: one word
                                     Word("完成", 260, 100, 24),     // 2 em: still one
                                     Word("情况", 320, 100, 24)});   // 3 em: a new cell
  EXPECT_EQ(Texts(lines), (std::vector<std::string>{"报告完成 情况"}));
}

TEST(GroupIntoLinesTest, SmallerTextOnTheSameBaselineJoinsTheLine) {
  const auto lines = GroupIntoLines(
      {Word("注释", 72, 100, 24), Word("1", 96, 101, 5, 8), Word("正文", 72, 130, 24)});
  EXPECT_EQ(Texts(lines), (std::vector<std::string>{"注释1", "正文"}));
  EXPECT_DOUBLE_EQ(lines[0].em, 12);
}

TEST(GroupIntoLinesTest, CleansControlsAndBadBytes) {
  const auto lines = GroupIntoLines({Word("法\t治\x01", 72, 100, 36), Word("\xFF", 108, 100, 12),
                                     Word(" \n", 72, 130, 12), Word("\x02", 72, 150, 12)});
  EXPECT_EQ(Texts(lines), (std::vector<std::string>{"法 治\xEF\xBF\xBD"}));
}

TEST(GroupIntoLinesTest, NoWordsNoLines) { EXPECT_TRUE(GroupIntoLines({}).empty()); }

}  // namespace
}  // namespace verdict::read::pdf
