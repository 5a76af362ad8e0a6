// Bad documents never crash and never pass: each gets its own error record with a stable code,
// and the next document is checked as usual.
#include <gtest/gtest.h>

#include <unicode/ucnv.h>

#include "compiler/compiler.h"
#include "runtime/check/checker.h"

namespace verdict {
namespace {

class BadInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    compiler::CompileResult r = compiler::Compile("rules/fazhi_annual_report.rules");
    ASSERT_TRUE(r.ok());
    auto c = check::Checker::Create(*r.ruleset);
    ASSERT_TRUE(c.ok());
    checker_.emplace(std::move(c).value());
    auto s = checker_->NewScratch();
    ASSERT_TRUE(s.ok());
    scratch_.emplace(std::move(s).value());
  }

  check::DocumentResult Check(const std::string& bytes) {
    return checker_->Check("doc.txt", bytes, *scratch_);
  }

  std::optional<check::Checker> checker_;
  std::optional<scan::Scratch> scratch_;
};

const char kReport[] =
    "某县司法局2023年法治政府建设工作情况报告\n"
    "发布日期：2024-03-01\n"
    "一、主要举措和成效\n"
    "全面推进严格规范公正文明执法。\n";

TEST_F(BadInputsTest, EmptyAndWhitespaceOnly) {
  for (const std::string& in : {std::string(""), std::string(" \n\t\n"), std::string("\xEF\xBB\xBF")}) {
    check::DocumentResult r = Check(in);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, "empty-document");
    EXPECT_EQ(r.verdict, check::Verdict::kError);
    EXPECT_TRUE(r.results.empty());
  }
}

TEST_F(BadInputsTest, BinaryFiles) {
  check::DocumentResult png = Check(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  ASSERT_TRUE(png.error);
  EXPECT_EQ(png.error->code, "binary-file");
  check::DocumentResult nul = Check(std::string("abc\0def\0ghi", 11));
  ASSERT_TRUE(nul.error);
  EXPECT_EQ(nul.error->code, "binary-file");
}

TEST_F(BadInputsTest, TruncatedUtf8) {
  std::string s = kReport;
  s.resize(s.size() - 2);  // cut the final "。\n" inside the 3-byte sequence of 。
  check::DocumentResult r = Check(s);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "truncated-utf8");
  EXPECT_EQ(r.verdict, check::Verdict::kError);
}

TEST_F(BadInputsTest, InvalidUtf8InTheMiddle) {
  std::string s = std::string(kReport) + kReport;
  s[30] = '\xFF';
  check::DocumentResult r = Check(s);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "invalid-utf8");
}

std::string ToGb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string gb(utf8.size() * 2 + 4, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", gb.data(), static_cast<int32_t>(gb.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status));
  gb.resize(static_cast<size_t>(n));
  return gb;
}

TEST_F(BadInputsTest, Gb18030IsDecodedAndChecked) {
  std::string utf8 = kReport;
  std::string gb = ToGb18030(utf8);
  ASSERT_NE(gb.size(), utf8.size());
  check::DocumentResult r = Check(gb);
  ASSERT_FALSE(r.error) << r.error->message;
  EXPECT_EQ(r.encoding, "GB18030");
  EXPECT_EQ(r.title, "某县司法局2023年法治政府建设工作情况报告");
  EXPECT_EQ(r.published.value_or(""), "2024-03-01");
  // Evidence offsets are bytes of the GB18030 file: the heading starts after two GB lines.
  for (const check::RuleResult& res : r.results) {
    if (res.rule != "measures_and_results") continue;
    ASSERT_FALSE(res.evidence.empty());
    EXPECT_EQ(res.evidence[0].line, 3u);
    EXPECT_EQ(res.evidence[0].column, 1u);
    size_t heading = utf8.find("一、");
    EXPECT_EQ(res.evidence[0].offset, ToGb18030(utf8.substr(0, heading)).size());
    EXPECT_EQ(res.evidence[0].length, ToGb18030("一、主要举措和成效").size());
    EXPECT_EQ(res.evidence[0].text, "一、主要举措和成效");
  }
}

TEST_F(BadInputsTest, UnreadablePathAndOversizeFile) {
  check::DocumentResult r = checker_->CheckFile("no/such/file.txt", *scratch_);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "io-error");
  EXPECT_EQ(r.path, "no/such/file.txt");
  checker_->set_max_bytes(10);
  check::DocumentResult big = Check(kReport);
  ASSERT_TRUE(big.error);
  EXPECT_EQ(big.error->code, "too-large");
}

}  // namespace
}  // namespace verdict
