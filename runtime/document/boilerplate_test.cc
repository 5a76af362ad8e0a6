// Tests for boilerplate and page-chrome recognition, alone and inside whole documents.
#include "runtime/document/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "runtime/document/document.h"
#include "runtime/document/page_chrome.h"

namespace verdict::doc {
namespace {

std::vector<std::string> Dropped(const std::string& text, const Document& doc) {
  std::vector<std::string> out;
  for (Span s : doc.dropped) out.emplace_back(Slice(text, s));
  return out;
}

std::vector<std::string> Paragraphs(const std::string& text, const Document& doc) {
  std::vector<std::string> out;
  for (Span s : doc.paragraphs) out.emplace_back(Slice(text, s));
  return out;
}

TEST(BoilerplateTest, RecognizesWidgetLines) {
  for (std::string_view line : {"扫一扫在手机打开当前页",
                                "扫描二维码收藏本页面链接",
                                "当前页二维码",
                                "字号【大】【中】【小】",
                                "字号: 【大】 【中】 【小】",
                                "【字号",
                                "打印本页 关闭本页 返回顶部",
                                "关闭窗口",
                                "分享到:",
                                "网站地图",
                                "• 文件预览",
                                "• 附件下载",
                                "• 相关文章",
                                "访问量:125",
                                "浏览次数: 88",
                                "字体大小:",
                                "【打印】 【关闭】",
                                "上一篇: 某某通知",
                                "版权所有: 某某区人民政府 网站标识码3100000000",
                                "打印"}) {
    EXPECT_TRUE(IsBoilerplateLine(line)) << line;
  }
}

TEST(BoilerplateTest, KeepsReportText) {
  for (std::string_view line :
       {"推行执法人员扫码亮证,群众可扫描二维码查询执法信息。", "一、加强组织领导",
        "全年累计浏览次数较去年增长,访问量达到十万人次,关闭违规网站两家,效果明显,群众满意度高",
        "加强法治宣传"}) {
    EXPECT_FALSE(IsBoilerplateLine(line)) << line;
  }
}

TEST(BoilerplateTest, TailMarkers) {
  EXPECT_TRUE(IsTailMarker("相关文章"));
  EXPECT_TRUE(IsTailMarker("• 相关链接:"));
  EXPECT_FALSE(IsTailMarker("相关文章显示,我局工作成效明显。"));
}

TEST(PageChromeTest, Breadcrumbs) {
  EXPECT_TRUE(IsBreadcrumb("政务公开 > 某某市某某局 > 其他法定信息"));
  EXPECT_TRUE(IsBreadcrumb("当前位置: 首页 >> 部门信息公开"));
  EXPECT_TRUE(IsBreadcrumb("首页»信息公开»法治政府"));
  EXPECT_FALSE(IsBreadcrumb("某某区2020年法治政府建设情况报告"));
  EXPECT_FALSE(IsBreadcrumb("空气质量优良率>90%的目标全面完成。"));
}

TEST(PageChromeTest, BrowserTitles) {
  constexpr std::string_view line =
      "某某镇2020年法治政府建设情况报告_法治政府_某某区人民政府门户网站";
  EXPECT_TRUE(IsBrowserTitle(line));
  EXPECT_EQ(BrowserTitleHead(line), "某某镇2020年法治政府建设情况报告");
  EXPECT_TRUE(IsBrowserTitle("某某局2021年工作总结 | 某某市政府网"));
  EXPECT_FALSE(IsBrowserTitle("某某镇2020年法治政府建设情况报告"));
  EXPECT_FALSE(IsBrowserTitle("网站_建设情况"));  // the site word must be in a later segment
}

TEST(PageChromeTest, DateBanners) {
  EXPECT_TRUE(IsDateBanner("今天是2024年3月6日 星期三"));
  EXPECT_TRUE(IsDateBanner("2024年3月6日 星期三"));
  EXPECT_FALSE(IsDateBanner("2021年3月5日"));
}

TEST(BoilerplateTest, DroppedAnywhereInDocument) {
  const std::string text =
      "某某县司法局2021年度法治政府建设工作总结\n"
      "发布日期:2022-01-20 字号:【大】【中】【小】\n"
      "【字号\n"
      "一、主要工作\n"
      "全年开展普法活动20次。\n"
      "打印本页 关闭窗口\n"
      "二、下一步打算\n"
      "继续加强执法监督。\n"
      "扫一扫在手机打开当前页\n"
      "相关文章\n"
      "某某县司法局2020年度法治政府建设工作总结\n"
      " \n"
      "   \n";
  const Document doc = BuildDocument(text);
  EXPECT_EQ(Dropped(text, doc),
            (std::vector<std::string>{"发布日期:2022-01-20 字号:【大】【中】【小】", "【字号",
                                      "打印本页 关闭窗口", "扫一扫在手机打开当前页", "相关文章",
                                      "某某县司法局2020年度法治政府建设工作总结"}));
  EXPECT_EQ(Paragraphs(text, doc),
            (std::vector<std::string>{"全年开展普法活动20次。", "继续加强执法监督。"}));
  EXPECT_EQ(Slice(text, doc.body),
            text.substr(text.find("一、"), text.find("\n扫一扫") - text.find("一、")));
  ASSERT_EQ(doc.headings.size(), 2u);
  EXPECT_EQ(Slice(text, doc.headings[1].section), "二、下一步打算\n继续加强执法监督。");
}

TEST(BoilerplateTest, TailMarkerBeforeAnyTextDoesNotCutTheReport) {
  const std::string text =
      "某某县2021年度法治政府建设工作总结\n"
      "相关文章\n"
      "一、主要工作\n"
      "全年开展普法活动20次。\n";
  const Document doc = BuildDocument(text);
  EXPECT_EQ(Dropped(text, doc), (std::vector<std::string>{"相关文章"}));
  EXPECT_EQ(doc.headings.size(), 1u);
  EXPECT_EQ(Paragraphs(text, doc), (std::vector<std::string>{"全年开展普法活动20次。"}));
}

}  // namespace
}  // namespace verdict::doc
