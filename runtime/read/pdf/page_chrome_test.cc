// Page chrome: which lines count as page numbers, and which repeated lines are running
// headers or footers.
#include "runtime/read/pdf/page_chrome.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace verdict::read::pdf {
namespace {

TEST(IsPageNumberLineTest, CommonForms) {
  for (const char* line :
       {"7", "- 7 -", "-7-", "— 12 —", "－３－", "第7页", "第 7 页 共 9 页", "第7页，共9页",
        "共9页 第7页", "7/9", "7 / 9", "Page 7", "page 7 of 9", "·7·"}) {
    EXPECT_TRUE(IsPageNumberLine(line)) << line;
  }
}

TEST(IsPageNumberLineTest, TextIsNotAPageNumber) {
  for (const char* line : {"", "一、总体情况", "(1)", "1.", "2024年", "第七页", "共计7项", "123456",
                           "7 8", "页", "第一部分", "12次"}) {
    EXPECT_FALSE(IsPageNumberLine(line)) << line;
  }
}

TextLine Line(std::string text, double em = 12) {
  TextLine l;
  l.text = std::move(text);
  l.em = em;
  return l;
}

std::vector<std::string> Texts(const std::vector<TextLine>& lines) {
  std::vector<std::string> out;
  for (const TextLine& l : lines) out.push_back(l.text);
  return out;
}

TEST(RemovePageChromeTest, DropsPageNumbersAndRunningHeaders) {
  std::vector<std::vector<TextLine>> pages = {
      {Line("青山区政务公报 2024年第3期", 9), Line("青山区2023年度法治政府建设情况报告", 16),
       Line("正文一"), Line("正文二"), Line("- 1 -", 9)},
      {Line("青山区政务公报 2024年第3期", 9), Line("正文三"), Line("正文四"), Line("- 2 -", 9)},
      {Line("正文五"), Line("第3页 共3页", 9)},
  };
  RemovePageChrome(pages);
  EXPECT_EQ(Texts(pages[0]),
            (std::vector<std::string>{"青山区2023年度法治政府建设情况报告", "正文一", "正文二"}));
  EXPECT_EQ(Texts(pages[1]), (std::vector<std::string>{"正文三", "正文四"}));
  EXPECT_EQ(Texts(pages[2]), (std::vector<std::string>{"正文五"}));
}

TEST(RemovePageChromeTest, HeaderTextAsTitleAtTitleSizeStays) {
  // The running header repeats the title; on page 1 the title is set larger and stays.
  std::vector<std::vector<TextLine>> pages = {
      {Line("青山区法治政府建设情况报告", 16), Line("正文一")},
      {Line("青山区法治政府建设情况报告", 9), Line("正文二")},
      {Line("青山区法治政府建设情况报告", 9), Line("正文三")},
  };
  RemovePageChrome(pages);
  EXPECT_EQ(Texts(pages[0]), (std::vector<std::string>{"青山区法治政府建设情况报告", "正文一"}));
  EXPECT_EQ(Texts(pages[1]), (std::vector<std::string>{"正文二"}));
}

TEST(RemovePageChromeTest, KeepsLinesRepeatedOnFewPagesOrInTheMiddle) {
  std::vector<std::vector<TextLine>> pages = {
      {Line("表头"), Line("a"), Line("b"), Line("同一句话"), Line("c"), Line("d")},
      {Line("表头"), Line("e"), Line("f"), Line("同一句话"), Line("g"), Line("h")},
      {Line("i"), Line("j"), Line("k"), Line("同一句话"), Line("l"), Line("m")},
      {Line("n"), Line("o"), Line("p"), Line("同一句话"), Line("q"), Line("r")},
  };
  RemovePageChrome(pages);
  EXPECT_EQ(pages[0].size(), 6u);  // 表头 is on 2 of 4 pages, not most
  EXPECT_EQ(pages[3].size(), 6u);  // 同一句话 is never in a header or footer position
}

TEST(RemovePageChromeTest, AlternatingRunningHeads) {
  const char* kBody[] = {"甲", "乙", "丙", "丁"};
  std::vector<std::vector<TextLine>> pages;
  for (int p = 0; p < 4; ++p) {
    const std::string body = kBody[p];
    pages.push_back({Line(p % 2 ? "2024年第3期" : "青山区人民政府公报", 9), Line(body + "一"),
                     Line(body + "二"), Line(body + "三")});
  }
  RemovePageChrome(pages);
  for (const auto& page : pages) {
    ASSERT_EQ(page.size(), 3u);
    EXPECT_TRUE(page[0].text.ends_with("一"));
  }
}

TEST(RemovePageChromeTest, SinglePageKeepsEverythingButPageNumbers) {
  std::vector<std::vector<TextLine>> pages = {{Line("标题"), Line("正文"), Line("1")}};
  RemovePageChrome(pages);
  EXPECT_EQ(Texts(pages[0]), (std::vector<std::string>{"标题", "正文"}));
}

}  // namespace
}  // namespace verdict::read::pdf
