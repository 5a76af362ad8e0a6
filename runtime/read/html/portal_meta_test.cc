// Tests for portal metadata helpers: disclosure labels, metadata rows, the label scanner and
// the browser-title split; and for chrome lines.
#include "runtime/read/html/portal_meta.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <vector>

#include "runtime/read/html/char_class.h"
#include "runtime/read/html/chrome.h"

namespace verdict::read::html {
namespace {

std::string Core(std::string_view title) {
  const auto [begin, end] = TitleCore(title);
  return std::string(title.substr(begin, end - begin));
}

// Offsets base, base+1, ... for every byte of `text`.
std::vector<uint32_t> Offsets(std::string_view text, uint32_t base) {
  std::vector<uint32_t> offsets(text.size());
  std::iota(offsets.begin(), offsets.end(), base);
  return offsets;
}

TEST(TitleCoreTest, DropsSiteAndColumnSegments) {
  EXPECT_EQ(
      Core("宝山区大场镇2020年法治政府建设工作情况报告_法治政府_上海市宝山区人民政府门户网站"),
      "宝山区大场镇2020年法治政府建设工作情况报告");
  EXPECT_EQ(Core("柳河县2023年法治政府建设年度报告 - 柳河县人民政府网"),
            "柳河县2023年法治政府建设年度报告");
  EXPECT_EQ(Core("青山区人民政府 | 青山区2023年法治政府建设年度报告"),
            "青山区2023年法治政府建设年度报告");
  // The longest segment left wins over a column name.
  EXPECT_EQ(Core("青山区2023年法治政府建设年度报告_政务公开_青山区人民政府"),
            "青山区2023年法治政府建设年度报告");
}

TEST(TitleCoreTest, KeepsDashesInsideYearsAndBrackets) {
  EXPECT_EQ(Core("青山区法治政府建设规划(2021-2025)中期评估报告_青山区政府网"),
            "青山区法治政府建设规划(2021-2025)中期评估报告");
  EXPECT_EQ(Core("2021-2025年法治建设报告"), "2021-2025年法治建设报告");
  EXPECT_EQ(Core("青山区人民政府"), "青山区人民政府");  // nothing else left: keep it all
}

TEST(LooksLikeSiteNameTest, SitesButNotReports) {
  EXPECT_TRUE(LooksLikeSiteName("上海市宝山区人民政府门户网站"));
  EXPECT_TRUE(LooksLikeSiteName("柳河县人民政府网"));
  EXPECT_TRUE(LooksLikeSiteName("法治政府"));
  EXPECT_FALSE(LooksLikeSiteName("青山区人民政府2023年法治政府建设情况报告"));
  EXPECT_FALSE(LooksLikeSiteName("政务公开"));
}

TEST(DisclosureLabelsTest, CountsLabelsThatStandAsLabels) {
  EXPECT_EQ(CountDisclosureLabels("索\xC2\xA0引\xC2\xA0号："), 1u);
  EXPECT_EQ(CountDisclosureLabels("发布机构"), 1u);
  EXPECT_EQ(CountDisclosureLabels("信息来源: 大场镇 发布时间 2021-03-10"), 2u);
  EXPECT_EQ(CountDisclosureLabels("• 体 裁: 报告"), 1u);
  EXPECT_EQ(CountDisclosureLabels("资金来源于财政拨款，发布机构为本局"), 0u);
  EXPECT_EQ(CountDisclosureLabels("2023年，我局认真落实法治政府建设各项任务。"), 0u);
}

TEST(MetadataRowTest, RecognisesLabelledAndDateLedRows) {
  EXPECT_TRUE(IsMetadataRow("发布时间：2021-12-10 11:12 来源：本网 字号：【大】【中】【小】"));
  EXPECT_TRUE(IsMetadataRow("2024-03-06 10:40 来源: 巴中市自然资源和规划局 作者:刘玲"));
  EXPECT_TRUE(IsMetadataRow("• 所属类目: 法治政府"));
  EXPECT_TRUE(IsMetadataRow("日期：2023-02-20　　浏览次数：128"));
  EXPECT_FALSE(IsMetadataRow("2023年，我局认真落实法治政府建设各项任务。"));
  EXPECT_FALSE(IsMetadataRow("一、2023年度推进法治政府建设的主要举措和成效"));
  EXPECT_FALSE(IsMetadataRow("来源于群众的意见建议全部办结。"));
}

TEST(LabelScannerTest, ReadsDatesAndSourcesWithTheirOffsets) {
  const std::string row = "发布时间：2024-03-01 09:30  来源：青山区司法局  字号：【大】";
  const std::vector<uint32_t> offsets = Offsets(row, 1000);
  LabelScanner scanner(/*nearest_wins=*/false);
  scanner.Scan(row, offsets.data());
  const MetaField& published = scanner.field(MetaKey::kPublished);
  EXPECT_EQ(published.value, "2024-03-01 09:30");
  ASSERT_EQ(published.source.size(), published.value.size());
  EXPECT_EQ(published.source.front(), 1000 + row.find("2024"));
  const MetaField& source = scanner.field(MetaKey::kSource);
  EXPECT_EQ(source.value, "青山区司法局");
  EXPECT_EQ(source.source.front(), 1000 + row.find("青山区"));
  EXPECT_FALSE(scanner.field(MetaKey::kWritten).found());
}

TEST(LabelScannerTest, ALabelCellTakesItsValueFromTheNextCell) {
  LabelScanner scanner(/*nearest_wins=*/false);
  const std::vector<std::string> cells = {"发文字号：",     "",         "成文日期：", " ",
                                          "2024年02月26日", "更新时间", "2024-03-02"};
  for (const std::string& cell : cells) {
    const std::vector<uint32_t> offsets = Offsets(cell, 0);
    scanner.Scan(cell, offsets.data());
  }
  EXPECT_EQ(scanner.field(MetaKey::kWritten).value, "2024年02月26日");
  EXPECT_EQ(scanner.field(MetaKey::kUpdated).value, "2024-03-02");
}

TEST(LabelScannerTest, NearestWinsKeepsTheLastValue) {
  LabelScanner first(/*nearest_wins=*/false);
  LabelScanner nearest(/*nearest_wins=*/true);
  for (std::string_view row : {"发布日期：2024年03月01日", "发布时间：2024-03-01 09:30"}) {
    const std::vector<uint32_t> offsets = Offsets(row, 0);
    first.Scan(row, offsets.data());
    nearest.Scan(row, offsets.data());
  }
  EXPECT_EQ(first.field(MetaKey::kPublished).value, "2024年03月01日");
  EXPECT_EQ(nearest.field(MetaKey::kPublished).value, "2024-03-01 09:30");
}

TEST(ChromeMarkerTest, FindsWidgetBreadcrumbAndFooterMarkers) {
  EXPECT_TRUE(HasChromeMarker("分享到："));
  EXPECT_TRUE(HasChromeMarker("您现在的位置：首页"));
  EXPECT_TRUE(HasChromeMarker("鲁ICP备12345678号"));
  EXPECT_TRUE(HasChromeMarker("技术支持：某某网络公司"));
  EXPECT_TRUE(HasChromeMarker("字号：大 中 小"));
  EXPECT_FALSE(HasChromeMarker("为基层提供技术支持"));
  EXPECT_FALSE(HasChromeMarker("发文字号：青司发〔2024〕3号"));
  EXPECT_FALSE(HasChromeMarker(""));
}

TEST(ChromeLineTest, BreadcrumbsWidgetsFootersAndLinkLists) {
  const auto chrome = [](std::string_view line, uint32_t links = 0) {
    const uint32_t chars = static_cast<uint32_t>(CollapseSpaces(line).size());  // bytes suffice
    return IsChromeLine(line, chars, links);
  };
  EXPECT_TRUE(chrome("当前位置：首页 > 政务公开 > 法治政府建设"));
  EXPECT_TRUE(chrome("首页 > 政务公开 > 法治政府"));
  EXPECT_TRUE(chrome("字号：【大】【中】【小】"));
  EXPECT_TRUE(chrome("【打印本页】 【关闭窗口】"));
  EXPECT_TRUE(chrome("分享到："));
  EXPECT_TRUE(chrome("鲁ICP备12345678号-1 鲁公网安备 37010202000123号"));
  EXPECT_TRUE(chrome("上一篇：青山区2022年法治政府建设年度报告"));
  EXPECT_TRUE(chrome("青山区2022年法治政府建设年度报告", 1000));
  EXPECT_FALSE(chrome("全面落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度。"));
  EXPECT_FALSE(chrome("发文字号：青司发〔2024〕3号"));
}

}  // namespace
}  // namespace verdict::read::html
