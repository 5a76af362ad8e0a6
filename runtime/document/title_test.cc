// Tests for title detection: what a title looks like, the page chrome it must not be mistaken
// for, the browser-title fallback and titles split over two lines.
#include "runtime/document/title.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "runtime/document/document.h"

namespace verdict::doc {
namespace {

constexpr std::string_view kBody =
    "2021年,我局坚持依法行政,各项工作取得实效。现将有关情况报告如下:\n"
    "一、主要举措\n"
    "全年组织培训4次。\n";

std::string TitleOf(const std::string& text) {
  return std::string(Slice(text, BuildDocument(text).title));
}

std::string WithBody(std::string_view top) { return std::string(top) + std::string(kBody); }

TEST(TitleTest, FirstLineTitle) {
  EXPECT_EQ(
      TitleOf(WithBody("某某区市场监管局2021年度法治政府建设情况报告\n发布日期:2022-02-10\n")),
      "某某区市场监管局2021年度法治政府建设情况报告");
}

TEST(TitleTest, SkipsBreadcrumb) {
  EXPECT_EQ(TitleOf(WithBody("政务公开 > 某某市某某局 > 其他法定信息\n\n"
                             "某某市某某局关于2023年法治政府建设工作情况的报告\n")),
            "某某市某某局关于2023年法治政府建设工作情况的报告");
  EXPECT_EQ(
      TitleOf(WithBody("当前位置: 首页 >> 部门信息公开 [本页支持双击滚屏]\n分享到:\n字体大小:\n"
                       "2019年度依法行政工作报告(某某新区)\n")),
      "2019年度依法行政工作报告(某某新区)");
}

TEST(TitleTest, SkipsBrowserTitleWithSiteSuffix) {
  const std::string text = WithBody(
      "某某镇2020年法治政府建设情况报告_法治政府_某某区人民政府门户网站\n\n"
      "某某镇2020年法治政府建设情况报告\n信息来源: 某某镇 发布时间 2021-03-10\n");
  const Document doc = BuildDocument(text);
  EXPECT_EQ(Slice(text, doc.title), "某某镇2020年法治政府建设情况报告");
  EXPECT_EQ(doc.title.begin, text.find("\n\n") + 2);
}

TEST(TitleTest, BrowserTitleAloneGivesItsFirstSegment) {
  const std::string text =
      WithBody("某某街道2022年法治政府建设年度报告_通知公告_某某市政府网\n发布时间:2023-01-05\n");
  const Document doc = BuildDocument(text);
  EXPECT_EQ(Slice(text, doc.title), "某某街道2022年法治政府建设年度报告");
  EXPECT_EQ(doc.title.begin, 0u);
  ASSERT_TRUE(doc.meta.published);
  EXPECT_EQ(doc.meta.published->Iso(), "2023-01-05");
}

TEST(TitleTest, RejectsAddresseeBannerWidgetsAndMetadata) {
  EXPECT_EQ(TitleOf(WithBody("今天是2024年3月6日 星期三\n分享到:\n字号: 【大】 【中】 【小】\n"
                             "发布时间: 2024-03-01\n市委依法治市办:\n"
                             "某某县2023年法治政府建设工作情况报告\n")),
            "某某县2023年法治政府建设工作情况报告");
  // An addressee and a dated sentence only: no title at all.
  EXPECT_EQ(
      TitleOf("区委依法治区办:\n现将我局2021年法治政府建设工作情况报告如下。\n一、主要举措\n"), "");
}

TEST(TitleTest, RejectsNumberedHeadingsAndSentences) {
  EXPECT_EQ(TitleOf("一、2021年法治政府建设工作情况\n全年组织培训4次。\n"), "");
  EXPECT_LT(TitleScore("一、2021年法治政府建设工作情况"), 0);
  EXPECT_LT(TitleScore("现将2021年工作情况报告如下。"), 0);
  EXPECT_LT(TitleScore("报告"), 0);  // too short
  EXPECT_LT(TitleScore("各科室、各中队:"), 0);
  EXPECT_GT(TitleScore("关于2021年度法治政府建设情况的报告"),
            TitleScore("2021年,我局法治政府建设工作情况良好"));
}

TEST(TitleTest, JoinsIssuerLineAndYearLine) {
  const std::string text =
      WithBody("某某县司法局\n2017年度法治政府建设情况报告\n发布日期:2018-01-12\n");
  const Document doc = BuildDocument(text);
  EXPECT_EQ(Slice(text, doc.title), "某某县司法局\n2017年度法治政府建设情况报告");
  EXPECT_EQ(doc.title.begin, 0u);
  EXPECT_EQ(doc.dropped.size(), 1u);
}

TEST(TitleTest, JoinsTitleTailLine) {
  EXPECT_EQ(TitleOf(WithBody("某某镇人民政府2020年度法治政府建设工作\n情况报告\n")),
            "某某镇人民政府2020年度法治政府建设工作\n情况报告");
}

TEST(TitleTest, DoesNotJoinBreadcrumbOrFullTitle) {
  EXPECT_EQ(TitleOf(WithBody("首页 > 某某局\n2020年某某局法治政府建设情况报告\n")),
            "2020年某某局法治政府建设情况报告");
  EXPECT_EQ(TitleOf(WithBody("某某局2020年法治政府建设情况报告\n某某局\n")),
            "某某局2020年法治政府建设情况报告");
}

TEST(TitleTest, LabelledTitleRow) {
  EXPECT_EQ(TitleOf(WithBody("标题: 某某区2022年法治政府建设年度报告\n索引号: 11/2023-001\n")),
            "某某区2022年法治政府建设年度报告");
}

TEST(TitleTest, RepeatedTitleIsNotBody) {
  const std::string text =
      WithBody("某某局2020年法治政府建设情况报告\n某某局2020年法治政府建设情况报告\n");
  const Document doc = BuildDocument(text);
  ASSERT_FALSE(doc.paragraphs.empty());
  EXPECT_EQ(doc.body.begin, doc.paragraphs[0].begin);
  EXPECT_EQ(Slice(text, doc.paragraphs[0]).substr(0, 7), "2021年");
}

TEST(TitleTest, TitleOutsideWindowIsNotFound) {
  std::string text;
  for (int i = 0; i < 15; ++i) text += "导航栏目" + std::to_string(i) + "\n";
  text += "某某局2020年法治政府建设情况报告\n";
  EXPECT_EQ(TitleOf(text), "");
}

}  // namespace
}  // namespace verdict::doc
