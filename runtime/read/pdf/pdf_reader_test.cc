// ReadPdf end to end on the committed fixtures (testdata/regenerate.sh builds them with
// make_pdf.py): body lines, pages of evidence, and every error code.
#include "runtime/read/pdf/pdf_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/read/pdf/pdf_test_util.h"

namespace verdict::read {
namespace {

using pdf_test::Lines;
using pdf_test::ReadBytes;
using pdf_test::TestdataDir;

// report.txt as the reader should give it back: no running header 青山区人民政府公报, no
// "- N -" footers, every paragraph that the layout wrapped on one line again (including the one
// wrapped right after a 。 and the one continued on page 2), headings on their own lines.
const std::vector<std::string> kReportLines = {
    "青山区司法局2023年度法治政府建设情况报告",
    "发布日期：2024-03-01",
    "2023年，青山区司法局在区委、区政府的坚强领导下，深入学习贯彻习近平法治思想，全面推进法治"
    "政府建设，各项工作取得新成效。现将有关情况报告如下：",
    "一、主要举措和成效",
    "（一）加强党的领导",
    "局党组把法治建设摆在重要位置，主要负责人履行推进法治建设第一责任人职责。全年召开专题会议12"
    "次，研究解决重大问题5项，ISO 9001质量管理体系运行良好，法治督察整改事项全部办结，群众满意度"
    "持续提升。",
    "（二）规范行政执法",
    "1.全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，执法案卷评查合格"
    "率达到100%。",
    "2.开展执法人员培训4期，参训人员326人次。",
    "二、存在的问题和不足",
    "一是法治宣传的针对性还不够强；二是基层法治力量较为薄弱。",
    "三、下一步工作打算",
    "2024年，我局将继续深化法治政府建设，推动各项任务落地见效。",
    "青山区司法局",
    "2024年3月1日",
};

Result<Extracted, text::ReadError> ReadFixture(const char* name) {
  return ReadPdf(ReadBytes(TestdataDir() / name), ReadOptions{});
}

// The page of the Unit holding body byte `offset`, 0 if none.
uint32_t PageAt(const Extracted& e, size_t offset) {
  for (const Unit& u : e.units) {
    if (u.begin <= offset && offset < u.end) return u.page;
  }
  return 0;
}

TEST(LooksLikePdfTest, HeaderAfterOptionalBomAndWhitespace) {
  EXPECT_TRUE(LooksLikePdf("%PDF-1.7\n"));
  EXPECT_TRUE(LooksLikePdf("\xEF\xBB\xBF%PDF-1.4"));
  EXPECT_TRUE(LooksLikePdf("\r\n  \t%PDF-2.0"));
  EXPECT_TRUE(LooksLikePdf(std::string(1000, ' ') + "%PDF-1.4"));
  EXPECT_FALSE(LooksLikePdf(std::string(1024, ' ') + "%PDF-1.4"));
  EXPECT_FALSE(LooksLikePdf("junk%PDF-1.4"));
  EXPECT_FALSE(LooksLikePdf("%PDF"));
  EXPECT_FALSE(LooksLikePdf("<html>"));
  EXPECT_FALSE(LooksLikePdf(""));
}

TEST(ReadPdfTest, ReportBodyIsTheTextWithWrapsJoinedAndChromeDropped) {
  const auto result = ReadFixture("report.pdf");
  ASSERT_TRUE(result.ok()) << result.error().code << ": " << result.error().message;
  EXPECT_EQ(Lines(result->body), kReportLines);
  EXPECT_TRUE(result->body.ends_with("\n"));
}

TEST(ReadPdfTest, ExtractedIsItsOwnOriginal) {
  const auto result = ReadFixture("report.pdf");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->format, Format::kPdf);
  EXPECT_EQ(result->original.utf8, result->body);
  EXPECT_EQ(result->original.encoding, "UTF-8");
  EXPECT_EQ(result->original.OriginalOffset(7), 7u);
  EXPECT_TRUE(result->body_to_original.empty());
  EXPECT_TRUE(result->blocks.empty());
}

TEST(ReadPdfTest, OneUnitPerPageTilingTheBody) {
  const auto result = ReadFixture("report.pdf");
  ASSERT_TRUE(result.ok());
  const Extracted& e = *result;
  ASSERT_EQ(e.units.size(), 2u);
  EXPECT_EQ(e.units[0].page, 1u);
  EXPECT_EQ(e.units[1].page, 2u);
  EXPECT_EQ(e.units[0].begin, 0u);
  EXPECT_EQ(e.units[0].end, e.units[1].begin);
  EXPECT_EQ(e.units[1].end, e.body.size());
  for (const Unit& u : e.units) {
    EXPECT_EQ(u.paragraph, 0u);
    EXPECT_EQ(u.run, 0u);
  }
  // Page 2 starts inside the joined line, right where the text wrapped onto it.
  EXPECT_EQ(e.units[1].begin, e.body.find("，执法案卷评查"));
}

TEST(ReadPdfTest, CharactersMapToTheirPages) {
  const auto result = ReadFixture("report.pdf");
  ASSERT_TRUE(result.ok());
  const Extracted& e = *result;
  EXPECT_EQ(PageAt(e, e.body.find("发布日期")), 1u);
  EXPECT_EQ(PageAt(e, e.body.find("ISO 9001")), 1u);
  EXPECT_EQ(PageAt(e, e.body.find("法制审核制度")), 1u);
  EXPECT_EQ(PageAt(e, e.body.find("合格率")), 2u);
  EXPECT_EQ(PageAt(e, e.body.find("二、存在的问题")), 2u);
  EXPECT_EQ(PageAt(e, e.body.rfind("青山区司法局")), 2u);
  EXPECT_EQ(PageAt(e, e.body.size() - 1), 2u);
}

TEST(ReadPdfTest, TruncatedFileIsCorrupt) {
  const std::string bytes = ReadBytes(TestdataDir() / "report.pdf");
  const auto result = ReadPdf(bytes.substr(0, bytes.size() / 2), ReadOptions{});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "corrupt-pdf");
  EXPECT_EQ(result.error().message.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), std::string::npos);
}

TEST(ReadPdfTest, GarbageAfterHeaderIsCorrupt) {
  std::string bytes = "%PDF-1.4\n";
  for (int i = 0; i < 4000; ++i) bytes.push_back(static_cast<char>((i * 131 + 7) % 256));
  const auto result = ReadPdf(bytes, ReadOptions{});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "corrupt-pdf");
}

TEST(ReadPdfTest, NotAPdfIsCorrupt) {
  const auto result = ReadPdf("<html><body>青山区</body></html>", ReadOptions{});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "corrupt-pdf");
  EXPECT_NE(result.error().message.find("%PDF-"), std::string::npos);
}

TEST(ReadPdfTest, ScanWithoutTextLayer) {
  const auto result = ReadFixture("scan.pdf");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "no-text-layer");
  EXPECT_NE(result.error().message.find("2 pages"), std::string::npos) << result.error().message;
  EXPECT_FALSE(result.error().message.ends_with("."));
}

TEST(ReadPdfTest, PasswordProtectedIsEncrypted) {
  const auto result = ReadFixture("encrypted.pdf");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "encrypted-pdf");
}

TEST(ReadPdfTest, NoPagesIsEmpty) {
  std::string bytes = ReadBytes(TestdataDir() / "report.pdf");
  // Same length keeps the xref offsets valid.
  const std::string kids = "/Kids [7 0 R 9 0 R] /Count 2";
  const size_t at = bytes.find(kids);
  ASSERT_NE(at, std::string::npos);
  std::string none = "/Kids [] /Count 0";
  none.resize(kids.size(), ' ');
  bytes.replace(at, kids.size(), none);
  const auto result = ReadPdf(bytes, ReadOptions{});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "empty-document");
  EXPECT_EQ(ReadPdf("", ReadOptions{}).error().code, "empty-document");
}

TEST(ReadPdfTest, TextBeyondTheLimitIsRefused) {
  ReadOptions options;
  options.max_unzipped_bytes = 100;
  const auto result = ReadPdf(ReadBytes(TestdataDir() / "report.pdf"), options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "corrupt-pdf");
}

TEST(ReadPdfTest, CommittedFixturesMatchTheGenerator) {
  if (!pdf_test::HavePython()) GTEST_SKIP() << "python3 not found; cannot regenerate fixtures";
  const std::string header = "--lines-per-page 11 ";
  const struct {
    const char* file;
    std::string args;
  } fixtures[] = {
      {"report.pdf", header + "--header 青山区人民政府公报"},
      {"scan.pdf", header + "--no-text"},
      {"encrypted.pdf", header + "--encrypt qingshan"},
  };
  for (const auto& f : fixtures) {
    SCOPED_TRACE(f.file);
    std::string error;
    const auto pdf = pdf_test::MakePdf(TestdataDir() / "report.txt", f.args, &error);
    ASSERT_TRUE(pdf.has_value()) << error;
    EXPECT_TRUE(*pdf == ReadBytes(TestdataDir() / f.file))
        << "stale fixture: run runtime/read/pdf/testdata/regenerate.sh";
  }
}

}  // namespace
}  // namespace verdict::read
