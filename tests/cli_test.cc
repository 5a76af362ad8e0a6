// The `verdict` command as users run it: exit codes (0 ok, 1 non-compliant, 2 unreadable,
// 3 usage/rule errors), JSON shape, every input path in the output, diagnostics on stderr.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "tests/shared_data.h"

namespace verdict {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int exit_code = -1;
  std::string out, err;
};

// A scratch folder of this test's own: ctest runs the tests of this file in parallel processes.
fs::path TestDir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return fs::path(::testing::TempDir()) / ("verdict_cli_" + std::to_string(getpid())) / info->name();
}

CommandRun Verdict(const std::string& args, const std::string& stdin_file = "") {
  fs::path dir = TestDir();
  fs::create_directories(dir);
  std::string out = (dir / "out").string(), err = (dir / "err").string();
  std::string cmd = std::string(VERDICT_BINARY) + " " + args + " >" + out + " 2>" + err;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  int status = std::system(cmd.c_str());
  CommandRun r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = testing::ReadAll(out);
  r.err = testing::ReadAll(err);
  return r;
}

std::string Write(const std::string& name, const std::string& content) {
  fs::path dir = TestDir() / "docs";
  fs::create_directories((dir / name).parent_path());
  std::ofstream(dir / name, std::ios::binary) << content;
  return (dir / name).string();
}

const char kPack[] = "--rules rules/fazhi_annual_report.rules";

const char kComplete[] =
    "青山区司法局2023年法治政府建设工作情况报告\n"
    "发布日期：2024-02-20  来源：青山区司法局\n"
    "一、主要举措和成效\n"
    "（一）健全依法决策机制。重大行政决策全部经过合法性审查。\n"
    "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "局主要负责人带头学法，专题研究法治建设工作四次。\n"
    "三、存在的不足和原因\n"
    "执法人员专业能力仍有差距，究其原因，主要是培训不够系统。\n"
    "四、2024年工作安排\n"
    "（一）加强执法队伍建设。\n";

const char kMissing[] =
    "青山区司法局2023年法治政府建设工作情况报告\n"
    "发布日期：2024-06-20\n"
    "一、主要举措和成效\n"
    "（一）健全依法决策机制。重大行政决策全部经过合法性审查。\n";

TEST(CliTest, CompliantDocumentExitsZero) {
  CommandRun r = Verdict(std::string("check ") + kPack + " " + Write("ok.txt", kComplete));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("ok.txt: compliant"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 document(s): 1 compliant"), std::string::npos) << r.out;
}

TEST(CliTest, NonCompliantDocumentExitsOneAndShowsWhere) {
  CommandRun r = Verdict(std::string("check --color never ") + kPack + " " + Write("bad.txt", kMissing));
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("bad.txt: non-compliant"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("fail published_on_time"), std::string::npos) << r.out;
  // A missing part is located after the last section, not at line 1.
  EXPECT_NE(r.out.find("bad.txt:4:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(expected here)"), std::string::npos) << r.out;
}

TEST(CliTest, UnreadableDocumentExitsTwoAndTheBatchGoesOn) {
  std::string good = Write("batch/a.txt", kComplete);
  std::string empty = Write("batch/b.txt", "");
  std::string missing = (fs::path(good).parent_path() / "nope.txt").string();
  CommandRun r = Verdict(std::string("check -f json ") + kPack + " " + fs::path(good).parent_path().string() +
                  " " + missing);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["documents"].size(), 3u);
  EXPECT_EQ(j["documents"][0]["path"], good);
  EXPECT_EQ(j["documents"][0]["verdict"], "compliant");
  EXPECT_EQ(j["documents"][1]["path"], empty);
  EXPECT_EQ(j["documents"][1]["verdict"], "error");
  EXPECT_EQ(j["documents"][1]["error"]["code"], "empty-document");
  EXPECT_EQ(j["documents"][2]["path"], missing);
  EXPECT_EQ(j["documents"][2]["error"]["code"], "io-error");
  EXPECT_EQ(j["summary"]["documents"], 3);
  EXPECT_EQ(j["summary"]["error"], 2);
  EXPECT_EQ(j["summary"]["compliant"], 1);
}

TEST(CliTest, JsonHasTheDocumentedShape) {
  CommandRun r = Verdict(std::string("check --format json ") + kPack + " " + Write("ok.txt", kComplete));
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["tool"]["name"], "verdict");
  EXPECT_EQ(j["ruleset"]["id"], "fazhi_annual_report");
  const nlohmann::json& d = j["documents"][0];
  EXPECT_EQ(d["meta"]["title"], "青山区司法局2023年法治政府建设工作情况报告");
  EXPECT_EQ(d["meta"]["published"], "2024-02-20");
  EXPECT_EQ(d["facts"]["report_year"], 2023);
  EXPECT_TRUE(d["error"].is_null());
  ASSERT_EQ(d["results"].size(), 7u);
  const nlohmann::json& duty = d["results"][2];
  EXPECT_EQ(duty["rule"], "leadership_duty");
  EXPECT_EQ(duty["outcome"], "pass");
  EXPECT_EQ(duty["severity"], "error");
  ASSERT_FALSE(duty["evidence"].empty());
  EXPECT_EQ(duty["evidence"][0]["line"], 5);
  EXPECT_EQ(duty["evidence"][0]["column"], 1);
  EXPECT_FALSE(duty["basis"].get<std::string>().empty());
}

TEST(CliTest, StandardInputIsADocument) {
  CommandRun r = Verdict(std::string("check -f json ") + kPack + " -", Write("stdin.txt", kComplete));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["documents"][0]["path"], "-");
}

TEST(CliTest, MalformedRuleFileExitsThreeWithDiagnostics) {
  std::string rules = Write("bad.rules",
                            "ruleset r \"测\"\n"
                            "rule x \"名\" {\n"
                            "  pass if paragraph ~ undefined_thing\n"
                            "  fail\n"
                            "}\n");
  CommandRun r = Verdict("check --rules " + rules + " " + Write("ok.txt", kComplete));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("bad.rules:3:23: error[E0101]: undefined name 'undefined_thing'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("^^^^^^^^^^^^^^^"), std::string::npos) << r.err;
  CommandRun c = Verdict("compile " + rules);
  EXPECT_EQ(c.exit_code, 3);
  EXPECT_NE(c.err.find("error[E0101]"), std::string::npos);
}

TEST(CliTest, UsageErrorsExitThree) {
  EXPECT_EQ(Verdict("check examples").exit_code, 3);  // --rules missing
  EXPECT_EQ(Verdict("frobnicate").exit_code, 3);
  EXPECT_EQ(Verdict("--help").exit_code, 0);
}

// Every kind of unreadable input in one batch: each gets its own error record with its code, the
// good document is still checked, and the run exits 2.
TEST(CliTest, BadInputsOfEveryFormatAreReportedOneByOne) {
  if (std::system("python3 -c pass >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not found";
  const fs::path dir = TestDir() / "docs" / "bad";  // where Write("bad/...") puts files
  fs::remove_all(dir);  // a clean batch on every run
  fs::create_directories(dir);
  const std::string good = Write("bad/good.txt", kComplete);
  const std::string docx = (dir / "report.docx").string();
  ASSERT_EQ(std::system(("python3 runtime/read/docx/testdata/make_docx.py examples/compliant_2024.txt " +
                         docx).c_str()), 0);
  std::string whole = testing::ReadAll(docx);
  Write("bad/truncated.docx", whole.substr(0, whole.size() / 2));
  fs::remove(docx);
  ASSERT_EQ(std::system(("python3 runtime/read/docx/testdata/make_bad_docx.py bomb " +
                         (dir / "bomb.docx").string()).c_str()), 0);
  fs::copy_file("runtime/read/pdf/testdata/encrypted.pdf", dir / "encrypted.pdf");
  fs::copy_file("runtime/read/pdf/testdata/scan.pdf", dir / "scan.pdf");
  std::string pdf = testing::ReadAll("runtime/read/pdf/testdata/report.pdf");
  Write("bad/broken.pdf", pdf.substr(0, pdf.size() / 3));
  fs::copy_file("runtime/read/html/testdata/nav_only.html", dir / "nav_only.html");
  Write("bad/image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Write("bad/big.txt", std::string(kComplete) + std::string(200000, 'x'));

  CommandRun r = Verdict(std::string("check -f json --max-size 100000 --max-unzipped-size 100000 ") +
                         kPack + " " + dir.string());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> codes;
  for (const auto& d : j["documents"]) {
    codes[fs::path(d["path"].get<std::string>()).filename().string()] =
        d["error"].is_null() ? d["verdict"].get<std::string>() : d["error"]["code"].get<std::string>();
  }
  const std::map<std::string, std::string> want = {
      {"big.txt", "too-large"},           {"bomb.docx", "zip-bomb"},
      {"broken.pdf", "corrupt-pdf"},      {"encrypted.pdf", "encrypted-pdf"},
      {"good.txt", "compliant"},          {"image.txt", "binary-file"},
      {"nav_only.html", "no-html-body"},  {"scan.pdf", "no-text-layer"},
      {"truncated.docx", "corrupt-zip"}};
  EXPECT_EQ(codes, want);
  EXPECT_EQ(j["summary"]["documents"], 9);
  EXPECT_EQ(j["summary"]["error"], 8);
}

TEST(CliTest, CompileExplainPrintsThePlan) {
  CommandRun r = Verdict("compile --explain rules/fazhi_annual_report.rules");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ruleset fazhi_annual_report"), std::string::npos);
  EXPECT_NE(r.out.find("atoms, scanned in one pass"), std::string::npos);
  EXPECT_NE(r.out.find("rule problems_and_causes"), std::string::npos);
}

}  // namespace
}  // namespace verdict
