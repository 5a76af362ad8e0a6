// Tests for date recognition: the accepted shapes, calendar validation, and numbers that only
// look like dates.
#include "runtime/document/dates.h"

#include <gtest/gtest.h>

#include <string_view>

namespace verdict::doc {
namespace {

std::string IsoAt(std::string_view s, size_t pos = 0) {
  const auto m = ParseDateAt(s, pos);
  return m ? m->date.Iso() : "none";
}

TEST(DatesTest, AcceptsPortalShapes) {
  EXPECT_EQ(IsoAt("2021-03-05"), "2021-03-05");
  EXPECT_EQ(IsoAt("2021/3/5"), "2021-03-05");
  EXPECT_EQ(IsoAt("2021.03.05"), "2021-03-05");
  EXPECT_EQ(IsoAt("2021年3月5日"), "2021-03-05");
  EXPECT_EQ(IsoAt("2021年03月05日"), "2021-03-05");
  EXPECT_EQ(IsoAt("2021 年 3 月 5 日"), "2021-03-05");
  EXPECT_EQ(IsoAt("2021年3月5"), "2021-03-05");
}

TEST(DatesTest, SpansDateAndOptionalTime) {
  constexpr std::string_view s = "x 2021-12-10 11:12 来源";
  const auto m = ParseDateAt(s, 2);
  ASSERT_TRUE(m);
  EXPECT_EQ(s.substr(m->begin, m->end - m->begin), "2021-12-10");
  EXPECT_EQ(s.substr(m->begin, m->end_time - m->begin), "2021-12-10 11:12");
  const auto cjk = ParseDateAt("2021年3月5日 09:30:15", 0);
  ASSERT_TRUE(cjk);
  EXPECT_EQ(cjk->end, std::string_view("2021年3月5日").size());
  EXPECT_EQ(cjk->end_time, std::string_view("2021年3月5日 09:30:15").size());
}

TEST(DatesTest, ValidatesCalendar) {
  EXPECT_EQ(IsoAt("2021-13-05"), "none");
  EXPECT_EQ(IsoAt("2021-02-29"), "none");
  EXPECT_EQ(IsoAt("2024-02-29"), "2024-02-29");
  EXPECT_EQ(IsoAt("2021-04-31"), "none");
  EXPECT_EQ(IsoAt("2021-00-10"), "none");
  EXPECT_EQ(IsoAt("2021年3月0日"), "none");
}

TEST(DatesTest, RejectsNumbersThatAreNotDates) {
  EXPECT_EQ(IsoAt("2018.5"), "none");  // a year and a month
  EXPECT_EQ(IsoAt("2018年"), "none");
  EXPECT_EQ(IsoAt("2021-3/5"), "none");  // mixed separators
  EXPECT_EQ(IsoAt("20210-03-05"), "none");
  EXPECT_EQ(IsoAt("12021-03-05", 1), "none");  // inside a longer number
  EXPECT_EQ(IsoAt("2021-03-051"), "none");
  EXPECT_EQ(IsoAt("1850-03-05"), "none");
}

TEST(DatesTest, FindsYearBeforeNian) {
  EXPECT_TRUE(HasYearNian("关于2018年度法治政府建设情况的报告"));
  EXPECT_TRUE(HasYearNian("2020年工作总结"));
  EXPECT_FALSE(HasYearNian("18年工作总结"));
  EXPECT_FALSE(HasYearNian("编号12018年"));
  EXPECT_FALSE(HasYearNian("法治政府建设情况报告"));
  EXPECT_FALSE(HasYearNian("二〇二〇年工作总结"));
}

}  // namespace
}  // namespace verdict::doc
