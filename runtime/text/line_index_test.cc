// Tests for LineIndex: CRLF/CR/LF breaks, code-point columns in Chinese text, edge offsets.
#include "runtime/text/line_index.h"

#include <gtest/gtest.h>

#include <string>

namespace verdict::text {
namespace {

void ExpectPosition(const LineIndex& index, size_t offset, uint32_t line, uint32_t column) {
  const LineIndex::Position pos = index.Locate(offset);
  EXPECT_EQ(pos.line, line) << "offset " << offset;
  EXPECT_EQ(pos.column, column) << "offset " << offset;
}

TEST(LineIndexTest, MixedBreaksAndChineseColumns) {
  // 第一行 [0,9) \r\n [9,11)  第二行 [11,20) \r [20]  第三行 [21,30) \n [30]  (empty line 4)
  const std::string text = "第一行\r\n第二行\r第三行\n";
  const LineIndex index(text);
  EXPECT_EQ(index.LineCount(), 4u);
  EXPECT_EQ(index.Line(1), "第一行");
  EXPECT_EQ(index.Line(2), "第二行");
  EXPECT_EQ(index.Line(3), "第三行");
  EXPECT_EQ(index.Line(4), "");
  ExpectPosition(index, 0, 1, 1);
  ExpectPosition(index, 3, 1, 2);   // 一
  ExpectPosition(index, 4, 1, 2);   // inside 一
  ExpectPosition(index, 9, 1, 4);   // \r of \r\n
  ExpectPosition(index, 10, 1, 5);  // \n of \r\n
  ExpectPosition(index, 11, 2, 1);
  ExpectPosition(index, 17, 2, 3);  // 行
  ExpectPosition(index, 20, 2, 4);  // lone \r
  ExpectPosition(index, 21, 3, 1);
  ExpectPosition(index, 30, 3, 4);  // \n
  ExpectPosition(index, 31, 4, 1);  // end of text
  ExpectPosition(index, 1000, 4, 1);
}

TEST(LineIndexTest, ColumnsCountCodePointsOfAnyWidth) {
  const std::string text = "a\u00E9法\U0001F600b";  // 1 + 2 + 3 + 4 + 1 bytes
  const LineIndex index(text);
  EXPECT_EQ(index.LineCount(), 1u);
  ExpectPosition(index, 1, 1, 2);
  ExpectPosition(index, 3, 1, 3);
  ExpectPosition(index, 6, 1, 4);
  ExpectPosition(index, 9, 1, 4);  // last byte of the emoji
  ExpectPosition(index, 10, 1, 5);
  EXPECT_EQ(index.Line(1), text);
}

TEST(LineIndexTest, EmptyTextAndOutOfRangeLines) {
  const LineIndex empty("");
  EXPECT_EQ(empty.LineCount(), 1u);
  EXPECT_EQ(empty.Line(1), "");
  ExpectPosition(empty, 0, 1, 1);

  const LineIndex index("x\r\ny");
  EXPECT_EQ(index.LineCount(), 2u);
  EXPECT_EQ(index.Line(0), "");
  EXPECT_EQ(index.Line(2), "y");
  EXPECT_EQ(index.Line(3), "");
}

TEST(LineIndexTest, ConsecutiveBreaks) {
  const LineIndex index("\n\r\r\n\r");
  EXPECT_EQ(index.LineCount(), 5u);
  for (uint32_t line = 1; line <= 5; ++line) EXPECT_EQ(index.Line(line), "") << line;
  ExpectPosition(index, 1, 2, 1);
  ExpectPosition(index, 2, 3, 1);
  ExpectPosition(index, 3, 3, 2);
  ExpectPosition(index, 4, 4, 1);
  ExpectPosition(index, 5, 5, 1);
}

}  // namespace
}  // namespace verdict::text
