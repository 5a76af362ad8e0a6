// Tests for ReadHtml and LooksLikeHtml on portal-style fixtures (GBK TRS page, UTF-8 page
// with ArticleTitle metas, a GBK page declared UTF-8, a navigation-only page) and on small
// inline pages: exact body lines, hints, metadata, encodings, and offsets back into the file.
#include "runtime/read/html/html_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/read/html/test_util.h"
#include "runtime/text/line_index.h"

namespace verdict::read {
namespace {

using html::testing::FilePosition;
using html::testing::Lines;
using html::testing::PositionInFile;
using html::testing::ReadFixture;
using html::testing::ToGb18030;

Extracted MustRead(std::string_view bytes) {
  auto result = ReadHtml(bytes, ReadOptions{});
  EXPECT_TRUE(result.ok()) << result.error().code << ": " << result.error().message;
  if (!result.ok()) return Extracted{};
  return std::move(result).value();
}

// Body text of each hint of `kind`, with its level.
std::vector<std::pair<std::string, int>> Hints(const Extracted& x, BlockHint::Kind kind) {
  std::vector<std::pair<std::string, int>> hints;
  for (const BlockHint& h : x.blocks) {
    if (h.kind == kind) hints.emplace_back(x.body.substr(h.begin, h.end - h.begin), h.level);
  }
  return hints;
}

std::vector<std::pair<std::string, std::string>> Meta(const Extracted& x) {
  std::vector<std::pair<std::string, std::string>> meta;
  for (const MetaHint& m : x.meta) meta.emplace_back(m.key, m.value);
  return meta;
}

// Byte offset in the original file of body byte `i`.
uint64_t FileOffset(const Extracted& x, size_t i) {
  return x.original.OriginalOffset(x.body_to_original.at(i));
}

FilePosition Locate(const Extracted& x, size_t i) {
  const text::LineIndex index(x.original.utf8);
  const text::LineIndex::Position pos = index.Locate(x.body_to_original.at(i));
  return {pos.line, pos.column};
}

// The body offset of `needle`, which must occur.
size_t BodyAt(const Extracted& x, std::string_view needle) {
  const size_t at = x.body.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return at == std::string::npos ? 0 : at;
}

void ExpectMapInvariants(const Extracted& x) {
  ASSERT_EQ(x.body_to_original.size(), x.body.size() + 1);
  EXPECT_EQ(x.body_to_original.back(), x.original.utf8.size());
  for (uint32_t offset : x.body_to_original) EXPECT_LE(offset, x.original.utf8.size());
  ASSERT_FALSE(x.body.empty());
  EXPECT_EQ(x.body.back(), '\n');
}

TEST(LooksLikeHtmlTest, RecognisesPagesAfterBomAndWhitespace) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF  \n<HTML lang=zh>"));
  EXPECT_TRUE(LooksLikeHtml("<!-- saved page -->\n<head><meta charset=gbk>"));
  EXPECT_TRUE(LooksLikeHtml("<div class=\"TRS_Editor\"><p>法治</p></div>"));
  EXPECT_TRUE(LooksLikeHtml("<title>报告</title>\n<meta charset=utf-8>"));
  EXPECT_FALSE(LooksLikeHtml("青山区2023年法治政府建设年度报告\n<html>"));
  EXPECT_FALSE(LooksLikeHtml("<htmlx>"));
  EXPECT_FALSE(LooksLikeHtml("<p>only a paragraph</p>"));
  EXPECT_FALSE(LooksLikeHtml(""));
  EXPECT_FALSE(LooksLikeHtml("%PDF-1.7"));
}

TEST(ReadHtmlGbkTrsPageTest, ExtractsTheArticleWithoutChrome) {
  const std::string raw = ReadFixture("gbk_trs_page.html");
  const Extracted x = MustRead(raw);
  EXPECT_EQ(x.format, Format::kHtml);
  EXPECT_EQ(x.original.encoding, "GB18030");
  EXPECT_EQ(
      Lines(x.body),
      (std::vector<std::string>{
          "青山区司法局2023年度法治政府建设情况报告",
          "发布日期：2024-03-01 09:30  来源：青山区司法局",
          "2023年，青山区司法局在区委、区政府的坚强领导下，坚持以习近平新时代中国特色社会主"
          "义思想为指导，深入学习贯彻习近平法治思想，紧紧围绕区委、区政府中心工作，扎实推进法"
          "治政府建设各项任务落实，为全区经济社会高质量发展提供了有力法治保障。现将有关情况报"
          "告如下：",
          "一、2023年度推进法治政府建设的主要举措和成效",
          "（一）持续深化“放管服”改革",
          "全面推行证明事项告知承诺制，梳理公布告知承诺事项清单 32 项，群众办事减少提交证明材"
          "料 1200 余份。深化“互联网+政务服务”，公证、法律援助等事项全部实现网上申请、掌上办"
          "理，群众满意度进一步提升。",
          "（二）严格规范公正文明执法",
          "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度。",
          "组织开展行政执法案卷评查，评查案卷 86 卷，发现并督促整改问题 17 个。",
          "二、党政主要负责人履行推进法治建设第一责任人职责情况",
          "局党组书记、局长认真履行推进法治建设第一责任人职责，全年主持召开党组会议专题研究法"
          "治政府建设工作 4 次，带头开展述法，对重大事项亲自部署、重要环节亲自协调、重点任务亲"
          "自督办，确保各项工作落到实处。",
          "三、存在的不足和原因",
          "一是基层法治力量仍显薄弱，专业人才不足；二是普法宣传的针对性和实效性有待增强。究其"
          "原因，主要是对新形势下法治建设的规律研究不够深入，队伍建设投入不足，工作创新意识还"
          "需进一步强化。",
          "四、2024年度推进法治政府建设的主要安排",
          "2024年，我局将继续深入学习贯彻习近平法治思想，加强法治队伍建设，完善行政执法监督机"
          "制，创新普法宣传方式，推动法治政府建设再上新台阶，为建设更高水平的法治青山贡献司法"
          "行政力量。",
          "青山区司法局",
          "2024年2月26日",
      }));
  ExpectMapInvariants(x);
}

TEST(ReadHtmlGbkTrsPageTest, HintsAndMetadata) {
  const Extracted x = MustRead(ReadFixture("gbk_trs_page.html"));
  ASSERT_FALSE(x.blocks.empty());
  EXPECT_EQ(x.blocks.front().kind, BlockHint::Kind::kTitle);
  EXPECT_EQ(x.blocks.front().begin, 0u);
  EXPECT_EQ(
      Hints(x, BlockHint::Kind::kTitle),
      (std::vector<std::pair<std::string, int>>{{"青山区司法局2023年度法治政府建设情况报告", 1}}));
  EXPECT_EQ(Hints(x, BlockHint::Kind::kHeading),
            (std::vector<std::pair<std::string, int>>{
                {"一、2023年度推进法治政府建设的主要举措和成效", 1},
                {"（一）持续深化“放管服”改革", 2},
                {"（二）严格规范公正文明执法", 2},
                {"二、党政主要负责人履行推进法治建设第一责任人职责情况", 1},
                {"三、存在的不足和原因", 1},
                {"四、2024年度推进法治政府建设的主要安排", 1}}));
  EXPECT_TRUE(Hints(x, BlockHint::Kind::kTableCell).empty());  // the disclosure table is gone
  EXPECT_EQ(Meta(x),
            (std::vector<std::pair<std::string, std::string>>{{"published", "2024-03-01 09:30"},
                                                              {"written", "2024年02月26日"},
                                                              {"source", "青山区司法局"},
                                                              {"site", "青山区人民政府门户网站"},
                                                              {"column", "法治政府建设"}}));
  EXPECT_TRUE(x.units.empty());
}

TEST(ReadHtmlGbkTrsPageTest, BodyBytesMapToTheirBytesLinesAndColumnsInTheFile) {
  const std::string raw = ReadFixture("gbk_trs_page.html");
  const Extracted x = MustRead(raw);
  struct Case {
    std::string body_text;  // UTF-8 text in body
    size_t file_offset;     // where it was written in the GBK file
  };
  const std::string h1 = ToGb18030("<h1 class=\"title\">");
  const std::vector<Case> cases = {
      {"青山区司法局2023年度", raw.find(h1) + h1.size()},
      {"发布日期：", raw.find("2024-03-01 09:30")},  // the label maps to the date
      {"2024-03-01 09:30", raw.find("2024-03-01 09:30")},
      {"来源：青山区司法局", raw.find(ToGb18030("青山区司法局&nbsp;&nbsp;字号"))},
      {"梳理公布", raw.find(ToGb18030("梳理公布"))},
      {"“互联网", raw.find("&ldquo;")},               // an entity maps to its '&'
      {" 32 项", raw.find("&nbsp;32")},               // so does an &nbsp; turned space
      {"掌上办理", raw.find(ToGb18030("掌上办理"))},  // after a joined source line break
      {"组织开展", raw.find(ToGb18030("组织开展"))},  // after <br />
      {"2024年2月26日", raw.find(ToGb18030("2024年2月26日"))},
  };
  for (const Case& c : cases) {
    ASSERT_NE(c.file_offset, std::string::npos) << c.body_text;
    const size_t at = BodyAt(x, c.body_text);
    EXPECT_EQ(FileOffset(x, at), c.file_offset) << c.body_text;
    EXPECT_EQ(Locate(x, at), PositionInFile(raw, c.file_offset, "GB18030")) << c.body_text;
  }
  // Every byte of a character maps to the character; the title's line break to its last one.
  const size_t title_end = x.body.find('\n');
  EXPECT_EQ(FileOffset(x, title_end), raw.find(ToGb18030("告</h1>")));
  EXPECT_EQ(x.body_to_original[1], x.body_to_original[0]);
}

TEST(ReadHtmlUtf8MetaPageTest, ExtractsTheArticleWithTitleFromTheH1) {
  const std::string raw = ReadFixture("utf8_meta_page.html");
  const Extracted x = MustRead(raw);
  EXPECT_EQ(x.original.encoding, "UTF-8");
  EXPECT_EQ(
      Lines(x.body),
      (std::vector<std::string>{
          "柳河县2023年法治政府建设年度报告",
          "发布日期：2024-03-15  来源：柳河县人民政府办公室",
          "2023年，柳河县坚持以习近平法治思想为指导，认真贯彻落实《法治政府建设实施纲要（2021"
          "—2025年）》，全面推进严格规范公正文明执法，法治政府建设取得新成效。现将有关情况报告"
          "如下。",
          "主要举措和成效",
          "一是健全依法决策机制。严格落实重大行政决策程序规定，全年 12 项重大行政决策事项均经"
          "过公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",
          "二是加强行政复议和应诉工作。我县全年行政复议和应诉案件办理情况如下表：",
          "项目",
          "2022年",
          "2023年",
          "行政复议案件",
          "41",
          "56",
          "行政应诉案件",
          "23",
          "19",
          "党政主要负责人履行推进法治建设第一责任人职责情况",
          "县政府常务会议全年专题研究法治政府建设工作 3 次，及时解决工作中的重大问题。",
          "县政府主要负责人带头学法述法，把法治建设成效作为衡量各级领导班子工作实绩的重要内容。",
          "存在的不足和原因",
          "行政执法人员业务能力参差不齐，部分乡镇合法性审查力量不足。",
          "原因分析",
          "主要是培训的系统性不强，乡镇法治机构人员流动较大，专业化队伍建设滞后。",
          "2024年主要安排",
          "2024年，我县将持续深化法治政府建设，推进行政执法协调监督工作体系建设，加强法治宣传"
          "教育 & 法律服务，为县域高质量发展提供坚实法治保障。",
      }));
  ExpectMapInvariants(x);
}

TEST(ReadHtmlUtf8MetaPageTest, HintsAndMetadata) {
  const Extracted x = MustRead(ReadFixture("utf8_meta_page.html"));
  EXPECT_EQ(Hints(x, BlockHint::Kind::kTitle),
            (std::vector<std::pair<std::string, int>>{{"柳河县2023年法治政府建设年度报告", 1}}));
  // <h3> is the article's top heading level, <h4> the next.
  EXPECT_EQ(Hints(x, BlockHint::Kind::kHeading),
            (std::vector<std::pair<std::string, int>>{
                {"主要举措和成效", 1},
                {"党政主要负责人履行推进法治建设第一责任人职责情况", 1},
                {"存在的不足和原因", 1},
                {"原因分析", 2},
                {"2024年主要安排", 1}}));
  std::vector<std::string> cells;
  for (const auto& [text, level] : Hints(x, BlockHint::Kind::kTableCell)) cells.push_back(text);
  EXPECT_EQ(cells, (std::vector<std::string>{"项目", "2022年", "2023年", "行政复议案件", "41", "56",
                                             "行政应诉案件", "23", "19"}));
  EXPECT_EQ(Meta(x), (std::vector<std::pair<std::string, std::string>>{
                         {"title", "柳河县2023年法治政府建设年度报告"},
                         {"published", "2024-03-15"},
                         {"source", "柳河县人民政府办公室"},
                         {"site", "柳河县人民政府网"},
                         {"column", "法治政府建设年度报告"}}));
  // Hints are in body order and inside the body.
  for (size_t k = 1; k < x.blocks.size(); ++k) EXPECT_LE(x.blocks[k - 1].begin, x.blocks[k].begin);
  for (const BlockHint& h : x.blocks) EXPECT_LE(h.end, x.body.size());
}

TEST(ReadHtmlUtf8MetaPageTest, BodyBytesMapToTheFile) {
  const std::string raw = ReadFixture("utf8_meta_page.html");
  const Extracted x = MustRead(raw);
  const std::vector<std::pair<std::string, size_t>> cases = {
      {"柳河县2023年法治政府建设年度报告\n", raw.find("<h1>") + 4},
      {"2024-03-15  来源", raw.find("<span>2024-03-15</span>") + 6},
      {"柳河县人民政府办公室\n", raw.find("来源：柳河县人民政府办公室</span>") + 9},
      {"41\n", raw.find("<td>41</td>") + 4},
      {"& 法律服务", raw.find("&amp;")},
      {"原因分析", raw.find("<h4>") + 4},
  };
  for (const auto& [text, offset] : cases) {
    ASSERT_NE(offset, std::string::npos) << text;
    const size_t at = BodyAt(x, text);
    EXPECT_EQ(FileOffset(x, at), offset) << text;
    EXPECT_EQ(Locate(x, at), PositionInFile(raw, offset, "UTF-8")) << text;
  }
}

TEST(ReadHtmlMisdeclaredPageTest, AUtf8DeclarationOverGbkBytesFallsBackToGb18030) {
  const std::string raw = ReadFixture("misdeclared_gbk.html");
  const Extracted x = MustRead(raw);
  EXPECT_EQ(x.original.encoding, "GB18030");
  EXPECT_EQ(
      Lines(x.body),
      (std::vector<std::string>{
          "石桥镇人民政府2022年法治政府建设工作报告",
          "发布日期：2023-02-20",
          "2022年，石桥镇以习近平法治思想为指导，认真落实上级关于法治政府建设的各项部署要求，"
          "各项工作有序推进。现将有关情况报告如下：",
          "一、加强组织领导，压实法治建设责任",
          "镇党委、政府主要负责人切实履行推进法治建设第一责任人职责，把法治政府建设纳入全镇经济"
          "社会发展总体规划，定期听取工作汇报，研究解决重大问题。",
          "二、存在的问题",
          "少数干部运用法治思维和法治方式解决问题的能力还不强，村级法律顾问作用发挥不够充分。",
          "三、下一步工作打算",
          "2023年，我镇将进一步加强法治教育培训，规范行政执法行为，推进基层依法治理，不断提高法"
          "治政府建设水平。",
      }));
  EXPECT_EQ(Meta(x),
            (std::vector<std::pair<std::string, std::string>>{{"published", "2023-02-20"}}));
  const std::string title_div = ToGb18030("<div class=\"con_title\">");
  const std::vector<std::pair<std::string, size_t>> cases = {
      {"石桥镇人民政府2022年", raw.find(title_div) + title_div.size()},
      {"二、存在的问题", raw.find(ToGb18030("二、存在的问题"))},
      {"2023-02-20", raw.find("2023-02-20")},
  };
  for (const auto& [text, offset] : cases) {
    ASSERT_NE(offset, std::string::npos) << text;
    const size_t at = BodyAt(x, text);
    EXPECT_EQ(FileOffset(x, at), offset) << text;
    EXPECT_EQ(Locate(x, at), PositionInFile(raw, offset, "GB18030")) << text;
  }
  ExpectMapInvariants(x);
}

TEST(ReadHtmlErrorsTest, ANavigationOnlyPageHasNoBody) {
  auto result = ReadHtml(ReadFixture("nav_only.html"), ReadOptions{});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "no-html-body");
}

TEST(ReadHtmlErrorsTest, DecodingErrorsComeFromTheCharsetStep) {
  auto binary = ReadHtml(std::string("<html>\0\0\0\0", 10), ReadOptions{});
  ASSERT_FALSE(binary.ok());
  EXPECT_EQ(binary.error().code, "binary-file");
  auto empty = ReadHtml("", ReadOptions{});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, "empty-document");
  auto markup_only =
      ReadHtml("<html><head><title></title></head><body></body></html>", ReadOptions{});
  ASSERT_FALSE(markup_only.ok());
  EXPECT_EQ(markup_only.error().code, "no-html-body");
}

TEST(ReadHtmlTitleTest, AMetaTitleMissingFromThePageMapsToTheMetaTag) {
  const std::string raw =
      "<html><head><meta name=\"articletitle\" content=\"青山区2023年法治政府建设年度报告\">"
      "<META NAME=PubDate CONTENT=\"2024-03-05 08:00\"></head><body><div class=\"content\">"
      "<p>2023年，我区全面推进依法行政，法治政府建设取得新进展。</p></div></body></html>";
  const Extracted x = MustRead(raw);
  EXPECT_EQ(Lines(x.body), (std::vector<std::string>{
                               "青山区2023年法治政府建设年度报告", "发布日期：2024-03-05 08:00",
                               "2023年，我区全面推进依法行政，法治政府建设取得新进展。"}));
  EXPECT_EQ(FileOffset(x, 0), raw.find("青山区"));
  EXPECT_EQ(FileOffset(x, BodyAt(x, "发布日期")), raw.find("2024-03-05"));
  EXPECT_EQ(FileOffset(x, BodyAt(x, "08:00")), raw.find("08:00"));
  EXPECT_EQ(Hints(x, BlockHint::Kind::kTitle).size(), 1u);
  EXPECT_EQ(Meta(x),
            (std::vector<std::pair<std::string, std::string>>{
                {"title", "青山区2023年法治政府建设年度报告"}, {"published", "2024-03-05 08:00"}}));
}

TEST(ReadHtmlTitleTest, TheBrowserTitleWithoutItsSiteSuffixIsTheFallback) {
  const std::string raw =
      "<html><head><title>青山区2023年法治政府建设年度报告_政务公开_青山区人民政府门户网站</title>"
      "</head><body><div id=\"zoom\"><p>2023年，我区全面推进依法行政，法治政府建设取得新进展。"
      "</p></div></body></html>";
  const Extracted x = MustRead(raw);
  EXPECT_EQ(Lines(x.body).front(), "青山区2023年法治政府建设年度报告");
  EXPECT_EQ(FileOffset(x, 0), raw.find("青山区2023"));
}

TEST(ReadHtmlTitleTest, ATitleRepeatedAtTheTopOfTheArticleIsNotDuplicated) {
  const std::string raw =
      "<html><head><title>青山区2023年法治政府建设年度报告_青山区人民政府</title></head><body>"
      "<div class=\"TRS_Editor\"><p align=\"center\"><b>青山区2023年法治政府建设年度报告</b></p>"
      "<p>2023年，我区全面推进依法行政，法治政府建设取得新进展。</p></div></body></html>";
  const Extracted x = MustRead(raw);
  EXPECT_EQ(Lines(x.body),
            (std::vector<std::string>{"青山区2023年法治政府建设年度报告",
                                      "2023年，我区全面推进依法行政，法治政府建设取得新进展。"}));
  // Mapped to the article's copy, not to <title>.
  EXPECT_EQ(FileOffset(x, 0), raw.find("<b>青山区") + 3);
  EXPECT_TRUE(Hints(x, BlockHint::Kind::kHeading).empty());
}

TEST(ReadHtmlBlocksTest, DensityFallbackSplitsBrLinesAndDropsLayoutChrome) {
  const std::string raw =
      "<html><body><table><tr><td><a href=\"/\">首页</a> | <a href=\"/a\">政务公开</a> | "
      "<a href=\"/b\">办事服务</a></td></tr><tr><td><font size=\"3\">"
      "一、基本情况<br>我镇坚持依法行政，全年办理行政复议案件12件。<br><br>"
      "二、存在问题<br>执法队伍专业化水平有待提高。</font></td></tr>"
      "<tr><td>版权所有：石桥镇人民政府</td></tr></table></body></html>";
  const Extracted x = MustRead(raw);
  EXPECT_EQ(Lines(x.body), (std::vector<std::string>{
                               "一、基本情况", "我镇坚持依法行政，全年办理行政复议案件12件。",
                               "二、存在问题", "执法队伍专业化水平有待提高。"}));
  EXPECT_TRUE(Hints(x, BlockHint::Kind::kTableCell).empty());  // a layout cell
}

TEST(ReadHtmlBlocksTest, WhitespaceCollapsesAndCjkLineBreaksJoin) {
  const std::string raw =
      "<html><body><div class=\"article\"><p>\n  法治\n    政府 建设\nabc\ndef&nbsp;&nbsp;完成"
      "\u3000\u3000任务。</p></div></body></html>";
  const Extracted x = MustRead(raw);
  EXPECT_EQ(Lines(x.body), (std::vector<std::string>{"法治政府 建设 abc def 完成 任务。"}));
  EXPECT_EQ(FileOffset(x, BodyAt(x, "政府")), raw.find("政府"));
}

TEST(ReadHtmlBlocksTest, BoldParagraphsBecomeHeadingHints) {
  const std::string raw =
      "<html><body><div class=\"content\"><p><b>一、总体情况</b></p>"
      "<p><strong>（一）组织领导</strong></p><p><strong>1.强化学习</strong></p>"
      "<p><strong>强化</strong>学习培训，全年组织集中学法4次。</p></div></body></html>";
  const Extracted x = MustRead(raw);
  EXPECT_EQ(Hints(x, BlockHint::Kind::kHeading),
            (std::vector<std::pair<std::string, int>>{
                {"一、总体情况", 1}, {"（一）组织领导", 2}, {"1.强化学习", 2}}));
}

TEST(ReadHtmlBlocksTest, WordAnchorsAreNotLinks) {
  const std::string raw =
      "<html><body><div class=\"content\"><p class=MsoNormal><a name=\"_Toc1\"><b>"
      "<span>一、主要举措</span></b></a><o:p></o:p></p><p class=MsoNormal><span>全面推进依法"
      "行政，法治政府建设取得新进展。</span></p></div></body></html>";
  const Extracted x = MustRead(raw);
  EXPECT_EQ(Lines(x.body), (std::vector<std::string>{
                               "一、主要举措", "全面推进依法行政，法治政府建设取得新进展。"}));
  EXPECT_EQ(Hints(x, BlockHint::Kind::kHeading),
            (std::vector<std::pair<std::string, int>>{{"一、主要举措", 1}}));
}

TEST(ReadHtmlBlocksTest, HeadingTagsAreLevelledFromTheTopOneUsed) {
  const std::string raw =
      "<html><body><article><h1>青山区2023年法治政府建设年度报告</h1>"
      "<h2>一、主要举措</h2><p>全面推进依法行政，法治政府建设取得新进展。</p>"
      "<h3>（一）依法决策</h3><p>严格落实重大行政决策程序。</p></article></body></html>";
  const Extracted x = MustRead(raw);
  EXPECT_EQ(Hints(x, BlockHint::Kind::kTitle),
            (std::vector<std::pair<std::string, int>>{{"青山区2023年法治政府建设年度报告", 1}}));
  EXPECT_EQ(Hints(x, BlockHint::Kind::kHeading),
            (std::vector<std::pair<std::string, int>>{{"一、主要举措", 1}, {"（一）依法决策", 2}}));
}

TEST(ReadHtmlBlocksTest, HiddenScriptedAndWidgetBlocksAreDropped) {
  const std::string raw =
      "<html><body><div class=\"detail\"><p>全面推进依法行政，法治政府建设取得新进展。</p>"
      "<div style=\"display: none\">隐藏的统计代码文字</div><script>var a = '脚本文字';</script>"
      "<div class=\"share\">分享到：<a href=\"#\">微信</a></div>"
      "<p>字号：<a>大</a> <a>中</a> <a>小</a></p>"
      "<p>附件：<a href=\"/f.xls\">行政执法统计表.xls</a></p>"
      "<p><a href=\"/x\">相关链接：青山区司法局</a></p></div></body></html>";
  const Extracted x = MustRead(raw);
  EXPECT_EQ(Lines(x.body), (std::vector<std::string>{"全面推进依法行政，法治政府建设取得新进展。",
                                                     "附件：行政执法统计表.xls"}));
}

TEST(ReadHtmlEncodingTest, Big5AndBomPagesKeepFileOffsets) {
  const std::string big5 = html::testing::Convert(
      "<html><head><meta charset=\"big5\"></head><body><div class=\"content\"><p>全面推進依法行"
      "政，法治政府建設取得新進展。</p></div></body></html>",
      "UTF-8", "Big5");
  const Extracted b = MustRead(big5);
  EXPECT_EQ(b.original.encoding, "Big5");
  EXPECT_EQ(Lines(b.body),
            (std::vector<std::string>{"全面推進依法行政，法治政府建設取得新進展。"}));
  EXPECT_EQ(FileOffset(b, 0), big5.find("<p>") + 3);

  const std::string bom =
      "\xEF\xBB\xBF<html><body><div class=\"content\"><p>全面推进依法行政，法治政府建设取得新进展。"
      "</p></div></body></html>";
  const Extracted u = MustRead(bom);
  EXPECT_EQ(u.original.encoding, "UTF-8");
  EXPECT_EQ(FileOffset(u, 0), bom.find("<p>") + 3);
}

}  // namespace
}  // namespace verdict::read
