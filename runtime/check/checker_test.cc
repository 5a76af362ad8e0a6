// End-to-end tests of the runtime pipeline: a small hand-built rule set over a report with
// full-width punctuation, in UTF-8 and in GB18030, with evidence located in the ORIGINAL
// bytes; and the error records for empty, binary, oversized and unreadable inputs.
#include "runtime/check/checker.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <cstdio>
#include <fstream>

namespace verdict::check {
namespace {

using ruleset::Op;
using ruleset::Outcome;
using ruleset::Severity;
using ruleset::StmtKind;

// Line by line (UTF-8 byte ranges): 1 [0,46) title; 2 [47,105) metadata; 3 empty;
// 4 [107,131) heading 一、; 5 [132,165) heading （一）; 6 [166,229); 7 [230,260) heading 二、;
// 8 [261,300).
constexpr char kReport[] =
    "某市2023年度法治政府建设工作报告\n"
    "发布时间：2024年3月15日　来源：某市司法局\n"
    "\n"
    "一、主要工作举措\n"
    "（一）深入推进依法行政\n"
    "全市共制定规章３件，清理规范性文件１２件。\n"
    "二、存在的问题和不足\n"
    "部分单位行政执法不够规范。\n";

std::string ToGb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t size = ucnv_convert("GB18030", "UTF-8", nullptr, 0, utf8.data(),
                              static_cast<int32_t>(utf8.size()), &status);
  std::string out(static_cast<size_t>(size), '\0');
  status = U_ZERO_ERROR;
  ucnv_convert("GB18030", "UTF-8", out.data(), size, utf8.data(), static_cast<int32_t>(utf8.size()),
               &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  return out;
}

std::string FromGb18030(std::string_view gb) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t size = ucnv_convert("UTF-8", "GB18030", nullptr, 0, gb.data(),
                              static_cast<int32_t>(gb.size()), &status);
  std::string out(static_cast<size_t>(size), '\0');
  status = U_ZERO_ERROR;
  ucnv_convert("UTF-8", "GB18030", out.data(), size, gb.data(), static_cast<int32_t>(gb.size()),
               &status);
  return out;
}

// Builds the IR of a small rule set by hand, as the compiler would emit it.
class RulesetBuilder {
 public:
  uint32_t Pattern(std::string expression) {
    rs_.atoms.push_back({expression, expression});
    rs_.patterns.push_back({"", {static_cast<uint32_t>(rs_.atoms.size() - 1)}});
    return static_cast<uint32_t>(rs_.patterns.size() - 1);
  }
  uint32_t Node(Op op, std::vector<uint32_t> kids = {}, int64_t ival = 0, uint32_t pattern = 0) {
    rs_.nodes.push_back(ruleset::Node{op, ival, pattern, 0, "", std::move(kids)});
    return static_cast<uint32_t>(rs_.nodes.size() - 1);
  }
  uint32_t Match(uint32_t pattern, uint32_t scope) { return Node(Op::kMatch, {scope}, 0, pattern); }
  uint32_t Document() { return Node(Op::kDocument); }
  uint32_t Int(int64_t v) { return Node(Op::kInt, {}, v); }

  void Global(std::string name, bool exported, uint32_t expr) {
    rs_.globals.push_back({std::move(name), exported, expr});
  }
  ruleset::Rule& Rule(std::string id, std::string name, Severity severity) {
    ruleset::Rule& rule = rs_.rules.emplace_back();
    rule.id = std::move(id);
    rule.name = std::move(name);
    rule.severity = severity;
    return rule;
  }
  static ruleset::Statement Stmt(StmtKind kind, Outcome outcome, uint32_t expr,
                                 ruleset::Message message = {}) {
    ruleset::Statement s;
    s.kind = kind;
    s.outcome = outcome;
    s.expr = expr;
    s.message = std::move(message);
    return s;
  }
  ruleset::Ruleset& rs() { return rs_; }

 private:
  ruleset::Ruleset rs_;
};

ruleset::Message Text(std::string s) { return {ruleset::MessagePart{false, std::move(s)}}; }

ruleset::Ruleset ReportRules() {
  RulesetBuilder b;
  b.rs().basis = "《法治政府建设与责任落实督察工作规定》";
  uint32_t yifa = b.Pattern("依法行政");
  uint32_t guizhang = b.Pattern("规章\\d+件");
  uint32_t wenti = b.Pattern("问题");
  uint32_t absent = b.Pattern("法治督察");

  b.Global("published", true, b.Node(Op::kPublished));
  b.Global("yifa_count", true, b.Node(Op::kCount, {b.Document()}, 0, yifa));
  b.Global("hidden", false, b.Int(1));

  // R1: pass when 依法行政 is mentioned.
  ruleset::Rule& r1 = b.Rule("R1", "依法行政", Severity::kError);
  r1.basis = "第二十五条";
  r1.program = {b.Stmt(StmtKind::kGuard, Outcome::kPass, b.Match(yifa, b.Document())),
                b.Stmt(StmtKind::kDefault, Outcome::kFail, 0)};

  // R2: let n = to_int(text(规章\d+件 in document)); warn if n < 5 "制定规章{n}件".
  uint32_t n = b.Node(Op::kToInt, {b.Node(Op::kText, {b.Document()}, 0, guizhang)});
  ruleset::Rule& r2 = b.Rule("R2", "规章数量", Severity::kError);
  r2.local_slots = 1;
  ruleset::Statement let = b.Stmt(StmtKind::kLet, Outcome::kPass, n);
  let.slot = 0;
  uint32_t few = b.Node(Op::kLt, {b.Node(Op::kLocal, {}, 0), b.Int(5)});
  r2.program = {let,
                b.Stmt(StmtKind::kGuard, Outcome::kWarn, few,
                       {{false, "制定规章"}, {true, "n", false, 0}, {false, "件"}}),
                b.Stmt(StmtKind::kDefault, Outcome::kPass, 0)};

  // R3: pass if a section's heading names 问题.
  uint32_t problems = b.Node(Op::kSection, {b.Match(wenti, b.Node(Op::kHeading))});
  ruleset::Rule& r3 = b.Rule("R3", "存在问题", Severity::kWarning);
  r3.program = {b.Stmt(StmtKind::kGuard, Outcome::kPass, b.Node(Op::kExists, {problems})),
                b.Stmt(StmtKind::kDefault, Outcome::kFail, 0, Text("未说明存在的问题"))};

  // R4: 法治督察 is never mentioned: the default fails, located at the end of the body.
  ruleset::Rule& r4 = b.Rule("R4", "法治督察", Severity::kError);
  r4.program = {b.Stmt(StmtKind::kGuard, Outcome::kPass, b.Match(absent, b.Document())),
                b.Stmt(StmtKind::kDefault, Outcome::kFail, 0, Text("未报告法治督察情况"))};

  // R5: skip unless published; warn when published after 2024-03-01.
  uint32_t published = b.Node(Op::kPublished);
  uint32_t deadline = b.Node(Op::kMakeDate, {b.Int(2024), b.Int(3), b.Int(1)});
  ruleset::Rule& r5 = b.Rule("R5", "发布时间", Severity::kInfo);
  r5.program = {
      b.Stmt(StmtKind::kSkipUnless, Outcome::kNotApplicable, b.Node(Op::kExists, {published})),
      b.Stmt(StmtKind::kGuard, Outcome::kWarn, b.Node(Op::kGt, {published, deadline}),
             Text("晚于3月1日发布")),
      b.Stmt(StmtKind::kDefault, Outcome::kPass, 0)};
  return b.rs();
}

class CheckerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto checker = Checker::Create(ReportRules());
    ASSERT_TRUE(checker.ok()) << checker.error().message;
    checker_.emplace(std::move(checker).value());
    auto scratch = checker_->NewScratch();
    ASSERT_TRUE(scratch.ok());
    scratch_ = std::move(scratch).value();
  }

  std::optional<Checker> checker_;
  scan::Scratch scratch_;
};

void ExpectEvidence(const Evidence& e, uint32_t line, uint32_t column, uint64_t offset,
                    uint64_t length, const std::string& text,
                    const std::vector<std::string>& section) {
  EXPECT_EQ(e.line, line) << text;
  EXPECT_EQ(e.column, column) << text;
  EXPECT_EQ(e.offset, offset) << text;
  EXPECT_EQ(e.length, length) << text;
  EXPECT_EQ(e.text, text);
  EXPECT_EQ(e.section, section) << text;
  EXPECT_FALSE(e.expected) << text;
}

// The parts of a result that do not depend on the input encoding.
void ExpectCommon(const DocumentResult& result) {
  EXPECT_FALSE(result.error.has_value());
  EXPECT_EQ(result.title, "某市2023年度法治政府建设工作报告");
  EXPECT_EQ(result.published, std::optional<std::string>("2024-03-15"));
  EXPECT_EQ(result.source, std::optional<std::string>("某市司法局"));
  ASSERT_EQ(result.facts.size(), 2u);
  EXPECT_EQ(result.facts[0].first, "published");
  EXPECT_EQ(result.facts[0].second, FactValue(std::string("2024-03-15")));
  EXPECT_EQ(result.facts[1].first, "yifa_count");
  EXPECT_EQ(result.facts[1].second, FactValue(int64_t{1}));
  EXPECT_EQ(result.verdict, Verdict::kNonCompliant);  // R4 fails with severity error

  ASSERT_EQ(result.results.size(), 5u);
  const RuleResult& r1 = result.results[0];
  EXPECT_EQ(r1.rule, "R1");
  EXPECT_EQ(r1.name, "依法行政");
  EXPECT_EQ(r1.outcome, Outcome::kPass);
  EXPECT_EQ(r1.basis, "第二十五条");
  EXPECT_EQ(result.results[1].outcome, Outcome::kWarn);
  EXPECT_EQ(result.results[1].message, "制定规章3件");  // normalized text: ３ -> 3
  EXPECT_EQ(result.results[1].basis, "《法治政府建设与责任落实督察工作规定》");
  EXPECT_EQ(result.results[2].outcome, Outcome::kPass);
  EXPECT_EQ(result.results[2].severity, Severity::kWarning);
  EXPECT_EQ(result.results[3].outcome, Outcome::kFail);
  EXPECT_EQ(result.results[3].message, "未报告法治督察情况");
  EXPECT_EQ(result.results[4].outcome, Outcome::kWarn);
  for (const RuleResult& r : result.results) EXPECT_EQ(r.evidence.size(), 1u) << r.rule;
}

const std::vector<std::string> kInMeasures = {"一、主要工作举措", "（一）深入推进依法行政"};
const std::vector<std::string> kInProblems = {"二、存在的问题和不足"};

TEST_F(CheckerTest, Utf8ReportWithFullWidthPunctuation) {
  const std::string bytes = kReport;
  DocumentResult result = checker_->Check("report.txt", bytes, scratch_);
  EXPECT_EQ(result.path, "report.txt");
  EXPECT_EQ(result.encoding, "UTF-8");
  ExpectCommon(result);
  if (result.results.size() != 5) return;
  ExpectEvidence(result.results[0].evidence.at(0), 5, 8, 153, 12, "依法行政", kInMeasures);
  // 规章３件 in the file (normalized 规章3件): the full-width digit is 3 bytes in the original.
  ExpectEvidence(result.results[1].evidence.at(0), 6, 6, 181, 12, "规章３件", kInMeasures);
  ExpectEvidence(result.results[2].evidence.at(0), 7, 1, 230, 30, "二、存在的问题和不足",
                 kInProblems);
  const Evidence& expected = result.results[3].evidence.at(0);
  EXPECT_TRUE(expected.expected);
  EXPECT_EQ(expected.line, 8u);
  EXPECT_EQ(expected.column, 14u);  // just after 部分单位行政执法不够规范。
  EXPECT_EQ(expected.offset, 300u);
  EXPECT_EQ(expected.length, 0u);
  EXPECT_EQ(expected.text, "");
  EXPECT_EQ(expected.line_text, "部分单位行政执法不够规范。");
  EXPECT_EQ(result.results[1].evidence.at(0).line_text,
            "全市共制定规章３件，清理规范性文件１２件。");
  // The date text as written, inside the header row (outside all sections).
  ExpectEvidence(result.results[4].evidence.at(0), 2, 6, 62, 16, "2024年3月15日", {});
  // Offsets and lengths quote the original bytes exactly.
  for (const RuleResult& r : result.results) {
    for (const Evidence& e : r.evidence) EXPECT_EQ(bytes.substr(e.offset, e.length), e.text);
  }
}

TEST_F(CheckerTest, Gb18030ReportMapsToOriginalBytes) {
  const std::string bytes = ToGb18030(kReport);
  ASSERT_EQ(bytes.size(), 207u);  // CJK and full-width characters take 2 bytes in GB18030
  DocumentResult result = checker_->Check("report-gb.txt", bytes, scratch_);
  EXPECT_EQ(result.encoding, "GB18030");
  ExpectCommon(result);
  if (result.results.size() != 5) return;
  ExpectEvidence(result.results[0].evidence.at(0), 5, 8, 107, 8, "依法行政", kInMeasures);
  ExpectEvidence(result.results[1].evidence.at(0), 6, 6, 126, 8, "规章３件", kInMeasures);
  ExpectEvidence(result.results[2].evidence.at(0), 7, 1, 159, 20, "二、存在的问题和不足",
                 kInProblems);
  const Evidence& expected = result.results[3].evidence.at(0);
  EXPECT_TRUE(expected.expected);
  EXPECT_EQ(expected.line, 8u);
  EXPECT_EQ(expected.column, 14u);
  EXPECT_EQ(expected.offset, 206u);
  ExpectEvidence(result.results[4].evidence.at(0), 2, 6, 43, 13, "2024年3月15日", {});
  for (const RuleResult& r : result.results) {
    for (const Evidence& e : r.evidence) {
      EXPECT_EQ(FromGb18030(std::string_view(bytes).substr(e.offset, e.length)), e.text);
    }
  }
}

TEST_F(CheckerTest, EmptyInputIsAnErrorRecord) {
  DocumentResult result = checker_->Check("empty.txt", "", scratch_);
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->code, "empty-document");
  EXPECT_EQ(result.verdict, Verdict::kError);
  EXPECT_TRUE(result.results.empty());
  EXPECT_EQ(result.path, "empty.txt");
}

TEST_F(CheckerTest, BinaryInputIsAnErrorRecord) {
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33);
  DocumentResult result = checker_->Check("image.png", png, scratch_);
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->code, "binary-file");
  EXPECT_EQ(result.verdict, Verdict::kError);
  EXPECT_TRUE(result.results.empty());
}

TEST_F(CheckerTest, TooLargeInputIsAnErrorRecord) {
  EXPECT_EQ(checker_->max_bytes(), 64u << 20);
  checker_->set_max_bytes(100);
  DocumentResult result = checker_->Check("big.txt", kReport, scratch_);
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->code, "too-large");
  EXPECT_EQ(result.error->message, "input is 301 bytes, over the limit of 100");
  EXPECT_EQ(result.verdict, Verdict::kError);
}

TEST_F(CheckerTest, CheckFileReadsAndReportsIoErrors) {
  const std::string path = ::testing::TempDir() + "/verdict_checker_test_report.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out << kReport;
  }
  DocumentResult ok = checker_->CheckFile(path, scratch_);
  EXPECT_FALSE(ok.error.has_value());
  EXPECT_EQ(ok.path, path);
  EXPECT_EQ(ok.verdict, Verdict::kNonCompliant);

  checker_->set_max_bytes(300);
  DocumentResult big = checker_->CheckFile(path, scratch_);
  ASSERT_TRUE(big.error.has_value());
  EXPECT_EQ(big.error->code, "too-large");
  std::remove(path.c_str());

  DocumentResult missing = checker_->CheckFile(path, scratch_);
  ASSERT_TRUE(missing.error.has_value());
  EXPECT_EQ(missing.error->code, "io-error");
  EXPECT_EQ(missing.verdict, Verdict::kError);

  DocumentResult directory = checker_->CheckFile(::testing::TempDir(), scratch_);
  ASSERT_TRUE(directory.error.has_value());
  EXPECT_EQ(directory.error->code, "io-error");
}

TEST(CheckerCreateTest, EmptyRulesetIsCompliant) {
  auto checker = Checker::Create(ruleset::Ruleset{});
  ASSERT_TRUE(checker.ok());
  auto scratch = checker->NewScratch();
  ASSERT_TRUE(scratch.ok());
  DocumentResult result = checker->Check("r.txt", kReport, *scratch);
  EXPECT_FALSE(result.error.has_value());
  EXPECT_TRUE(result.results.empty());
  EXPECT_EQ(result.verdict, Verdict::kCompliant);
}

TEST(CheckerCreateTest, BadAtomIsReported) {
  ruleset::Ruleset rs;
  rs.atoms = {{"法治", ""}, {"[", ""}};
  auto checker = Checker::Create(rs);
  ASSERT_FALSE(checker.ok());
  EXPECT_EQ(checker.error().atom, 1);
}

}  // namespace
}  // namespace verdict::check
