// Tests for page metadata: date labels and forms, label precedence, bare dates under the title,
// 来源 values, and disclosure tables kept out of the body.
#include "runtime/document/metadata.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "runtime/document/document.h"

namespace verdict::doc {
namespace {

constexpr std::string_view kTitle = "某某区城管局2021年度法治政府建设情况报告\n";
constexpr std::string_view kBody = "一、主要工作\n全年办理案件30件。\n";

Document Build(const std::string& text) { return BuildDocument(text); }

std::string Published(std::string_view header) {
  const std::string text = std::string(kTitle) + std::string(header) + std::string(kBody);
  const Document doc = Build(text);
  if (!doc.meta.published) return "none";
  EXPECT_EQ(Slice(text, doc.meta.published_span).substr(0, 4),
            std::to_string(doc.meta.published->year));
  return doc.meta.published->Iso();
}

TEST(MetadataTest, LabelsAndForms) {
  EXPECT_EQ(Published("发布日期:2021-03-05\n"), "2021-03-05");
  EXPECT_EQ(Published("发布时间 2021-03-10\n"), "2021-03-10");
  EXPECT_EQ(Published("发布时间: 2021/3/9 08:00\n"), "2021-03-09");
  EXPECT_EQ(Published("日期:2021.03.08\n"), "2021-03-08");
  EXPECT_EQ(Published("成文日期: 2021年3月7日\n"), "2021-03-07");
  EXPECT_EQ(Published("更新时间:2021-03-06 12:00:00\n"), "2021-03-06");
  EXPECT_EQ(Published("发布于 2021-03-04\n"), "2021-03-04");
  EXPECT_EQ(Published("信息来源: 某某镇 发布时间 2021-03-03\n"), "2021-03-03");
}

TEST(MetadataTest, InvalidDatesAreIgnored) {
  EXPECT_EQ(Published("发布日期:2021-13-05\n"), "none");
  EXPECT_EQ(Published("发布日期:2021-02-30\n"), "none");
  EXPECT_EQ(Published("发布日期:2024-02-29\n"), "2024-02-29");
}

TEST(MetadataTest, LabelPrecedence) {
  EXPECT_EQ(Published("更新时间: 2021-04-01\n成文日期: 2021-03-01\n发布日期: 2021-03-05\n"),
            "2021-03-05");
  EXPECT_EQ(Published("日期: 2021-02-01\n更新时间: 2021-04-01\n成文日期: 2021-03-01\n"),
            "2021-03-01");
  EXPECT_EQ(Published("日期: 2021-02-01\n更新时间: 2021-04-01\n"), "2021-04-01");
  EXPECT_EQ(Published("2021-02-02 来源: 本站\n更新时间: 2021-04-01\n"), "2021-04-01");
  // Equal labels: the first one seen wins.
  EXPECT_EQ(Published("发布时间: 2021-03-10\n• 发布日期: 2021-03-11\n"), "2021-03-10");
}

TEST(MetadataTest, BareDateUnderTitle) {
  const std::string text = std::string(kTitle) +
                           "2024-03-06 10:40 来源: 某某市自然资源局 作者:张某\n" +
                           std::string(kBody);
  const Document doc = Build(text);
  ASSERT_TRUE(doc.meta.published);
  EXPECT_EQ(doc.meta.published->Iso(), "2024-03-06");
  EXPECT_EQ(Slice(text, doc.meta.published_span), "2024-03-06");
  EXPECT_EQ(doc.meta.source, "某某市自然资源局");
  EXPECT_EQ(Slice(text, doc.meta.source_span), "某某市自然资源局");
  EXPECT_EQ(Slice(text, doc.body).substr(0, 9), "一、主");
  EXPECT_EQ(Published("(2021年3月2日)\n"), "2021-03-02");
}

TEST(MetadataTest, BareDateAboveTitleIsNotPublished) {
  const std::string text =
      "2024-03-06\n" + std::string(kTitle) + "作者:王某 发布日期:2022-01-20\n" + std::string(kBody);
  const Document doc = Build(text);
  ASSERT_TRUE(doc.meta.published);
  EXPECT_EQ(doc.meta.published->Iso(), "2022-01-20");
  const std::string only_clock = "2024-03-06\n" + std::string(kTitle) + std::string(kBody);
  EXPECT_FALSE(Build(only_clock).meta.published);
}

TEST(MetadataTest, DatedFirstSentenceIsBodyNotMetadata) {
  const std::string text = std::string(kTitle) + "2021年3月1日,我局召开专题会议。\n";
  const Document doc = Build(text);
  EXPECT_FALSE(doc.meta.published);
  ASSERT_EQ(doc.paragraphs.size(), 1u);
  EXPECT_EQ(Slice(text, doc.paragraphs[0]), "2021年3月1日,我局召开专题会议。");
}

TEST(MetadataTest, SignatureDateInBodyIsNotPublished) {
  const std::string text =
      std::string(kTitle) + std::string(kBody) + "某某区城管局\n2022年1月10日\n";
  const Document doc = Build(text);
  EXPECT_FALSE(doc.meta.published);
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_EQ(Slice(text, doc.paragraphs[2]), "2022年1月10日");
}

TEST(MetadataTest, SourceStopsAtNextLabel) {
  const auto source = [](std::string_view header) {
    const std::string text = std::string(kTitle) + std::string(header) + std::string(kBody);
    const Document doc = Build(text);
    EXPECT_EQ(Slice(text, doc.meta.source_span), doc.meta.source);
    return doc.meta.source;
  };
  EXPECT_EQ(source("发布时间:2021-12-10 11:12 来源: 本网 字号: 【大】 【中】 【小】\n"), "本网");
  EXPECT_EQ(source("信息来源: 某某镇 发布时间 2021-03-10\n"), "某某镇");
  EXPECT_EQ(source("来源:某某区司法局 浏览次数:12\n"), "某某区司法局");
  EXPECT_EQ(source("文章来源:某某区司法局作者:李某\n"), "某某区司法局");
  EXPECT_EQ(source("来源: 某某区 司法局 2021-03-10\n"), "某某区 司法局");
  EXPECT_EQ(source("来源: 某某区司法局  张某\n"), "某某区司法局");
  // A label with nothing after it is not a source.
  EXPECT_EQ(source("发布时间: 2017-12-15 访问量:0 信息来源: 保护视力色:\n"), "");
}

TEST(MetadataTest, MetadataLines) {
  EXPECT_TRUE(IsMetadataLine("发布日期:2021-03-05", MetaScope::kBody));
  EXPECT_TRUE(IsMetadataLine("• 体 裁: 报告", MetaScope::kBody));
  EXPECT_TRUE(IsMetadataLine("索引号: 000000/2021-00012", MetaScope::kBody));
  EXPECT_TRUE(IsMetadataLine("发文字号:", MetaScope::kBody));
  EXPECT_TRUE(IsMetadataLine("2021-03-05 09:00 来源: 本网", MetaScope::kHeader));
  EXPECT_FALSE(IsMetadataLine("2021-03-05 09:00 来源: 本网", MetaScope::kBody));
  EXPECT_FALSE(IsMetadataLine("来源于群众的意见建议全部办结。", MetaScope::kBody));
  EXPECT_FALSE(IsMetadataLine("时间紧任务重,我局克服困难。", MetaScope::kBody));
  EXPECT_FALSE(IsMetadataLine("2021年3月1日,我局召开会议。", MetaScope::kHeader));
}

TEST(MetadataTest, DisclosureTableIsNotBody) {
  const std::string text = std::string(kTitle) +
                           "信息来源: 某某镇 发布时间 2021-03-10\n"
                           "【字号\n"
                           " • 所属类目: 法治政府\n"
                           " • 主题分类: 公安、安全、司法\n"
                           " • 体 裁: 报告\n"
                           " • 发布日期: 2021-03-10\n"
                           " • 发文字号:\n"
                           " • 发文日期: 2021-03-09\n"
                           " • 公开类别: 主动公开\n"
                           " • 机构名称: 某某镇\n"
                           "\n"
                           "2020年,我镇深入推进依法行政。\n" +
                           std::string(kBody);
  const Document doc = Build(text);
  ASSERT_TRUE(doc.meta.published);
  EXPECT_EQ(doc.meta.published->Iso(), "2021-03-10");
  EXPECT_EQ(doc.meta.source, "某某镇");
  EXPECT_EQ(doc.dropped.size(), 10u);
  ASSERT_FALSE(doc.paragraphs.empty());
  EXPECT_EQ(Slice(text, doc.paragraphs[0]), "2020年,我镇深入推进依法行政。");
  EXPECT_EQ(doc.body.begin, doc.paragraphs[0].begin);
}

TEST(MetadataTest, KeyedRowsInBodyAreDroppedButMined) {
  const std::string text = std::string(kTitle) + std::string(kBody) + "成文日期: 2022年1月5日\n";
  const Document doc = Build(text);
  ASSERT_TRUE(doc.meta.published);
  EXPECT_EQ(doc.meta.published->Iso(), "2022-01-05");
  ASSERT_EQ(doc.dropped.size(), 1u);
  EXPECT_EQ(Slice(text, doc.dropped[0]), "成文日期: 2022年1月5日");
}

}  // namespace
}  // namespace verdict::doc
