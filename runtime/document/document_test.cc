// End-to-end tests of BuildDocument on a small synthetic report page: title, metadata, body,
// heading tree, paragraphs and run-on text, sentences, dropped chrome and section lookup.
#include "runtime/document/document.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace verdict::doc {
namespace {

std::vector<std::string> Texts(const std::string& text, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(Slice(text, s));
  return out;
}

// A page as a portal saver would produce it after normalization: chrome on top, indented
// paragraphs, run-on headings, decoys for the heading rules, widgets at the bottom.
const std::string kPage =
    "首页 > 政务公开 > 法治政府建设\n"
    "某某市某某区水务局2022年度法治政府建设情况报告\n"
    "发布时间:2023-02-15 09:30 来源: 区水务局 字号: 【大】 【中】 【小】\n"
    "\n"
    " 2022年,我局认真贯彻上级部署,现将有关情况报告如下:\n"
    "\n"
    " 一、主要举措和成效\n"
    " (一)规范行政执法。全面落实执法公示制度; 全年办理案件12件! \n"
    "一是加强学习,全年集中学法6次。二是完善制度。\n"
    " 1.5亿元专项资金全部用于防汛设施。\n"
    "2018.5 期间建成的泵站完成改造。\n"
    " (二)强化普法宣传\n"
    "开展“宪法宣传周”活动。\n"
    " 二、存在的不足和原因\n"
    "执法力量不足,原因是编制有限。\n"
    " 三、2023年工作安排\n"
    "1、加强队伍建设\n"
    "(1)开展培训\n"
    " \n"
    "扫一扫在手机打开当前页\n"
    "打印本页 关闭窗口\n"
    "  \n";

class DocumentTest : public ::testing::Test {
 protected:
  const Document doc_ = BuildDocument(kPage);
  std::string_view At(Span s) const { return Slice(kPage, s); }
};

TEST_F(DocumentTest, TitleAndMetadata) {
  EXPECT_EQ(At(doc_.title), "某某市某某区水务局2022年度法治政府建设情况报告");
  ASSERT_TRUE(doc_.meta.published);
  EXPECT_EQ(doc_.meta.published->Iso(), "2023-02-15");
  EXPECT_EQ(At(doc_.meta.published_span), "2023-02-15");
  EXPECT_EQ(doc_.meta.source, "区水务局");
  EXPECT_EQ(At(doc_.meta.source_span), "区水务局");
}

TEST_F(DocumentTest, BodySpan) {
  const std::string_view body = At(doc_.body);
  EXPECT_TRUE(body.starts_with("2022年,我局"));
  EXPECT_TRUE(body.ends_with("(1)开展培训"));
}

TEST_F(DocumentTest, Headings) {
  struct Want {
    std::string_view text;
    int level;
    std::string_view numbering;
    int parent;
  };
  const Want want[] = {
      {"一、主要举措和成效", 1, "一、", -1}, {"(一)规范行政执法。", 2, "(一)", 0},
      {"(二)强化普法宣传", 2, "(二)", 0},    {"二、存在的不足和原因", 1, "二、", -1},
      {"三、2023年工作安排", 1, "三、", -1}, {"1、加强队伍建设", 3, "1、", 4},
      {"(1)开展培训", 4, "(1)", 5},
  };
  ASSERT_EQ(doc_.headings.size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    EXPECT_EQ(At(doc_.headings[i].text), want[i].text) << i;
    EXPECT_EQ(doc_.headings[i].level, want[i].level) << i;
    EXPECT_EQ(doc_.headings[i].numbering, want[i].numbering) << i;
    EXPECT_EQ(doc_.headings[i].parent, want[i].parent) << i;
  }
}

TEST_F(DocumentTest, Sections) {
  EXPECT_EQ(At(doc_.headings[1].section),
            "(一)规范行政执法。全面落实执法公示制度; 全年办理案件12件! \n"
            "一是加强学习,全年集中学法6次。二是完善制度。\n"
            " 1.5亿元专项资金全部用于防汛设施。\n"
            "2018.5 期间建成的泵站完成改造。");
  EXPECT_EQ(At(doc_.headings[3].section), "二、存在的不足和原因\n执法力量不足,原因是编制有限。");
  EXPECT_EQ(At(doc_.headings[4].section), "三、2023年工作安排\n1、加强队伍建设\n(1)开展培训");
  EXPECT_EQ(doc_.headings[4].section.end, doc_.body.end);
}

TEST_F(DocumentTest, ParagraphsIncludeRunOnText) {
  EXPECT_EQ(Texts(kPage, doc_.paragraphs), (std::vector<std::string>{
                                               "2022年,我局认真贯彻上级部署,现将有关情况报告如下:",
                                               "全面落实执法公示制度; 全年办理案件12件!",
                                               "一是加强学习,全年集中学法6次。二是完善制度。",
                                               "1.5亿元专项资金全部用于防汛设施。",
                                               "2018.5 期间建成的泵站完成改造。",
                                               "开展“宪法宣传周”活动。",
                                               "执法力量不足,原因是编制有限。",
                                           }));
}

TEST_F(DocumentTest, Sentences) {
  EXPECT_EQ(Texts(kPage, doc_.sentences), (std::vector<std::string>{
                                              "2022年,我局认真贯彻上级部署,现将有关情况报告如下:",
                                              "全面落实执法公示制度;",
                                              "全年办理案件12件!",
                                              "一是加强学习,全年集中学法6次。",
                                              "二是完善制度。",
                                              "1.5亿元专项资金全部用于防汛设施。",
                                              "2018.5 期间建成的泵站完成改造。",
                                              "开展“宪法宣传周”活动。",
                                              "执法力量不足,原因是编制有限。",
                                          }));
}

TEST_F(DocumentTest, Dropped) {
  EXPECT_EQ(Texts(kPage, doc_.dropped),
            (std::vector<std::string>{
                "首页 > 政务公开 > 法治政府建设",
                "发布时间:2023-02-15 09:30 来源: 区水务局 字号: 【大】 【中】 【小】",
                "扫一扫在手机打开当前页",
                "打印本页 关闭窗口",
            }));
}

TEST_F(DocumentTest, SectionPath) {
  const auto offset_of = [](std::string_view needle) {
    return static_cast<uint32_t>(kPage.find(needle));
  };
  EXPECT_EQ(doc_.SectionPath(offset_of("全年办理案件")), (std::vector<int>{0, 1}));
  EXPECT_EQ(doc_.SectionPath(offset_of("宪法宣传周")), (std::vector<int>{0, 2}));
  EXPECT_EQ(doc_.SectionPath(offset_of("编制有限")), (std::vector<int>{3}));
  EXPECT_EQ(doc_.SectionPath(offset_of("开展培训")), (std::vector<int>{4, 5, 6}));
  EXPECT_EQ(doc_.SectionPath(offset_of("一、主要")), (std::vector<int>{0}));
  EXPECT_TRUE(doc_.SectionPath(offset_of("现将有关")).empty());
  EXPECT_TRUE(doc_.SectionPath(offset_of("扫一扫")).empty());
  EXPECT_TRUE(doc_.SectionPath(0).empty());
}

TEST(DocumentEdgeTest, EmptyAndBlankInput) {
  for (std::string_view text : {std::string_view(), std::string_view("\n \n\n")}) {
    const Document doc = BuildDocument(text);
    EXPECT_TRUE(doc.title.empty());
    EXPECT_TRUE(doc.body.empty());
    EXPECT_TRUE(doc.headings.empty());
    EXPECT_TRUE(doc.paragraphs.empty());
    EXPECT_TRUE(doc.dropped.empty());
    EXPECT_FALSE(doc.meta.published);
    EXPECT_TRUE(doc.SectionPath(0).empty());
  }
}

TEST(DocumentEdgeTest, NoTitleBodyStartsAfterChrome) {
  const std::string text = "分享到:\n发布日期:2021-05-06\n我局全年办理复议案件3件。\n";
  const Document doc = BuildDocument(text);
  EXPECT_TRUE(doc.title.empty());
  ASSERT_TRUE(doc.meta.published);
  EXPECT_EQ(doc.meta.published->Iso(), "2021-05-06");
  EXPECT_EQ(Slice(text, doc.body), "我局全年办理复议案件3件。");
  EXPECT_EQ(doc.dropped.size(), 2u);
}

TEST(DocumentEdgeTest, CrlfLeftoversAndNoTrailingNewline) {
  const std::string text = "某某局2020年法治政府建设情况报告\r\n一、总体情况\r\n完成既定任务。";
  const Document doc = BuildDocument(text);
  EXPECT_EQ(Slice(text, doc.title), "某某局2020年法治政府建设情况报告");
  ASSERT_EQ(doc.headings.size(), 1u);
  EXPECT_EQ(Slice(text, doc.headings[0].section), "一、总体情况\r\n完成既定任务。");
  EXPECT_EQ(doc.body.end, text.size());
}

}  // namespace
}  // namespace verdict::doc
