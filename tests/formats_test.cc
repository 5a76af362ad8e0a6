// One document model, many front ends: the same report as plain text, traditional script,
// Big5, HTML, DOCX and PDF must get the same verdicts, with evidence located in each original.
#include <gtest/gtest.h>

#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "tests/pack.h"
#include "tests/shared_data.h"

namespace verdict {
namespace {

namespace fs = std::filesystem;

using testing::CheckFileWithPack;
using testing::CheckWithPack;

std::map<std::string, std::string> Outcomes(const check::DocumentResult& r) {
  std::map<std::string, std::string> out;
  for (const check::RuleResult& res : r.results) out[res.rule] = check::OutcomeName(res.outcome);
  out["(verdict)"] = check::VerdictName(r.verdict);
  out["(title)"] = r.title;
  out["(published)"] = r.published.value_or("-");
  return out;
}

const char kTraditional[] =
    "青山區司法局2023年法治政府建設工作情況報告\n"
    "發布日期：2024-02-20\n"
    "一、主要舉措和成效\n"
    "（一）健全依法決策機制。重大行政決策全部經過合法性審查。\n"
    "二、黨政主要負責人履行推進法治建設第一責任人職責情況\n"
    "局主要負責人帶頭學法。\n"
    "三、存在的問題\n"
    "執法人員專業能力仍有差距。\n"
    "四、2024年工作安排\n"
    "（一）加強執法隊伍建設。\n";

TEST(FormatsTest, TraditionalScriptIsCheckedWithSimplifiedRules) {
  check::DocumentResult r = CheckWithPack("trad.txt", kTraditional);
  ASSERT_FALSE(r.error) << r.error->message;
  EXPECT_EQ(r.title, "青山區司法局2023年法治政府建設工作情況報告");  // quoted as written
  std::map<std::string, std::string> got = Outcomes(r);
  EXPECT_EQ(got["leadership_duty"], "pass");
  EXPECT_EQ(got["problems_and_causes"], "warn");  // a heading, no causes
  EXPECT_EQ(got["next_year_plans"], "pass");
  EXPECT_EQ(got["plan_year_matches"], "pass");
  EXPECT_EQ(got["published_on_time"], "pass");
  for (const check::RuleResult& res : r.results) {
    if (res.rule != "problems_and_causes") continue;
    ASSERT_FALSE(res.evidence.empty());
    EXPECT_EQ(res.evidence[0].text, "三、存在的問題");  // the original characters
    EXPECT_EQ(res.evidence[0].line, 7u);
    const std::string bytes = kTraditional;
    EXPECT_EQ(bytes.substr(res.evidence[0].offset, res.evidence[0].length), "三、存在的問題");
  }
}

TEST(FormatsTest, Big5GivesTheSameVerdicts) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string utf8 = kTraditional;
  std::string big5(utf8.size() * 2, '\0');
  int32_t n = ucnv_convert("Big5", "UTF-8", big5.data(), static_cast<int32_t>(big5.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  ASSERT_TRUE(U_SUCCESS(status));
  big5.resize(static_cast<size_t>(n));
  check::DocumentResult r = CheckWithPack("big5.txt", big5);
  ASSERT_FALSE(r.error) << r.error->message;
  EXPECT_EQ(r.encoding, "Big5");
  EXPECT_EQ(Outcomes(r), Outcomes(CheckWithPack("trad.txt", kTraditional)));
}

// Converts `txt` with one of the readers' fixture scripts; empty when python3 is missing.
std::string Convert(const fs::path& txt, const std::string& script, const std::string& ext,
                    const std::string& extra = "") {
  fs::path out = fs::path(::testing::TempDir()) / "verdict_formats" / (txt.stem().string() + ext);
  fs::create_directories(out.parent_path());
  std::string cmd = "python3 " + script + " " + txt.string() + " " + out.string() + " " + extra +
                    " >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0) return "";
  return out.string();
}

TEST(FormatsTest, SeedsGiveTheSameVerdictsInEveryFormat) {
  fs::path seeds = testing::SharedDir() / "corpus" / "seeds";
  VERDICT_REQUIRE_SHARED_PATH(seeds / "expected.json");
  if (std::system("python3 -c 'pass' >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not found";
  struct Front {
    const char* script;
    const char* ext;
    const char* extra;
    const char* format;
  };
  const Front fronts[] = {
      {"runtime/read/html/testdata/make_html.py", ".html", "--encoding gbk", "html"},
      {"runtime/read/html/testdata/make_html.py", ".u8.html", "--encoding utf-8", "html"},
      {"runtime/read/docx/testdata/make_docx.py", ".docx", "", "docx"},
      {"runtime/read/pdf/testdata/make_pdf.py", ".pdf", "", "pdf"},
  };
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    if (entry.path().extension() != ".txt") continue;
    const std::map<std::string, std::string> want = Outcomes(CheckFileWithPack(entry.path().string()));
    for (const Front& f : fronts) {
      SCOPED_TRACE(entry.path().filename().string() + " as " + f.ext);
      std::string converted = Convert(entry.path(), f.script, f.ext, f.extra);
      ASSERT_FALSE(converted.empty()) << f.script << " failed";
      check::DocumentResult r = CheckFileWithPack(converted);
      ASSERT_FALSE(r.error) << r.error->code << ": " << r.error->message;
      EXPECT_EQ(r.format, f.format);
      EXPECT_EQ(Outcomes(r), want);
      ++compared;
    }
  }
  EXPECT_EQ(compared, 20);
}

}  // namespace
}  // namespace verdict
