// FormatNumber: the counter styles Chinese government reports use (一、 （一） ⑴ ①), the
// heavenly stems of ideographTraditional, letters and roman numerals, and decimal fallbacks.
#include "runtime/read/docx/number_format.h"

#include <gtest/gtest.h>

namespace verdict::read::docx {
namespace {

TEST(NumberFormatTest, ChineseCounting) {
  EXPECT_EQ(FormatNumber("chineseCounting", 1), "一");
  EXPECT_EQ(FormatNumber("chineseCounting", 9), "九");
  EXPECT_EQ(FormatNumber("chineseCounting", 10), "十");
  EXPECT_EQ(FormatNumber("chineseCounting", 11), "十一");
  EXPECT_EQ(FormatNumber("chineseCounting", 20), "二十");
  EXPECT_EQ(FormatNumber("chineseCounting", 23), "二十三");
  EXPECT_EQ(FormatNumber("chineseCounting", 100), "一百");
  EXPECT_EQ(FormatNumber("chineseCounting", 105), "一百零五");
  EXPECT_EQ(FormatNumber("chineseCounting", 110), "一百一十");
  EXPECT_EQ(FormatNumber("chineseCountingThousand", 1010), "一千零一十");
  EXPECT_EQ(FormatNumber("chineseCountingThousand", 20005), "二万零五");
  EXPECT_EQ(FormatNumber("chineseCounting", 0), "〇");
  EXPECT_EQ(FormatNumber("chineseLegalSimplified", 12), "壹拾贰");
  EXPECT_EQ(FormatNumber("ideographDigital", 2024), "二〇二四");
}

TEST(NumberFormatTest, IdeographTraditionalIsTheHeavenlyStems) {
  EXPECT_EQ(FormatNumber("ideographTraditional", 1), "甲");
  EXPECT_EQ(FormatNumber("ideographTraditional", 3), "丙");
  EXPECT_EQ(FormatNumber("ideographTraditional", 10), "癸");
  EXPECT_EQ(FormatNumber("ideographTraditional", 11), "11");
  EXPECT_EQ(FormatNumber("ideographZodiac", 2), "丑");
}

TEST(NumberFormatTest, DecimalVariants) {
  EXPECT_EQ(FormatNumber("decimal", 7), "7");
  EXPECT_EQ(FormatNumber("decimalZero", 7), "07");
  EXPECT_EQ(FormatNumber("decimalZero", 12), "12");
  EXPECT_EQ(FormatNumber("decimalFullWidth", 12), "１２");
  EXPECT_EQ(FormatNumber("decimalEnclosedParen", 1), "⑴");
  EXPECT_EQ(FormatNumber("decimalEnclosedParen", 20), "⒇");
  EXPECT_EQ(FormatNumber("decimalEnclosedParen", 21), "(21)");
  EXPECT_EQ(FormatNumber("decimalEnclosedFullstop", 2), "⒉");
  EXPECT_EQ(FormatNumber("decimalEnclosedCircle", 3), "③");
  EXPECT_EQ(FormatNumber("decimalEnclosedCircleChinese", 21), "21");
  EXPECT_EQ(FormatNumber("ideographEnclosedCircle", 1), "㊀");
  EXPECT_EQ(FormatNumber("somethingNew", 5), "5");
  EXPECT_EQ(FormatNumber("decimal", -4), "0");
}

TEST(NumberFormatTest, LettersAndRoman) {
  EXPECT_EQ(FormatNumber("upperLetter", 1), "A");
  EXPECT_EQ(FormatNumber("upperLetter", 26), "Z");
  EXPECT_EQ(FormatNumber("upperLetter", 27), "AA");
  EXPECT_EQ(FormatNumber("lowerLetter", 54), "bbb");
  EXPECT_EQ(FormatNumber("lowerLetter", 100000), "100000");
  EXPECT_EQ(FormatNumber("upperRoman", 4), "IV");
  EXPECT_EQ(FormatNumber("upperRoman", 1994), "MCMXCIV");
  EXPECT_EQ(FormatNumber("lowerRoman", 9), "ix");
  EXPECT_EQ(FormatNumber("lowerRoman", 4000), "4000");
}

TEST(NumberFormatTest, BulletAndNoneDrawNothing) {
  EXPECT_EQ(FormatNumber("bullet", 1), "");
  EXPECT_EQ(FormatNumber("none", 1), "");
}

}  // namespace
}  // namespace verdict::read::docx
