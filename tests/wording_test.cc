// The rule pack on wordings it was not tuned on: each case is a small report in which one part
// is written differently (heading wording, numbering style, full-width or ASCII punctuation),
// and the rule for that part must still give the expected outcome.
#include <gtest/gtest.h>

#include "tests/pack.h"

namespace verdict {
namespace {

struct Case {
  const char* rule;
  const char* part;  // replaces the {PART} line of the template
  const char* expected;
};

// A complete report whose fourth section is swapped per case; the other parts are neutral.
std::string Report(const std::string& part) {
  return "某市生态环境局关于2023年度法治政府建设情况的报告\n"
         "发布时间：2024年3月15日  来源：某市生态环境局\n"
         "一、主要举措和成效\n"
         "（一）完善依法决策机制。重大决策事项均经合法性审查。\n"
         "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
         "局主要负责人带头学法用法。\n"
         "三、存在的不足和原因\n"
         "执法力量仍显不足，究其原因在于人员培训不够。\n" +
         part + "\n";
}

class WordingTest : public ::testing::TestWithParam<Case> {};

TEST_P(WordingTest, RuleGivesTheExpectedOutcome) {
  const Case& c = GetParam();
  check::DocumentResult r = testing::CheckWithPack("t.txt", Report(c.part));
  ASSERT_FALSE(r.error);
  for (const check::RuleResult& res : r.results) {
    if (res.rule == c.rule) {
      EXPECT_EQ(check::OutcomeName(res.outcome), c.expected) << c.part << "\n" << res.message;
      return;
    }
  }
  FAIL() << "no rule " << c.rule;
}

INSTANTIATE_TEST_SUITE_P(
    NextYearPlans, WordingTest,
    ::testing::Values(Case{"next_year_plans", "四、2024年工作打算", "pass"},
                      Case{"next_year_plans", "四、下一步工作计划", "pass"},
                      Case{"next_year_plans", "四、下一年度工作安排", "pass"},
                      Case{"next_year_plans", "四、2024年度推进法治政府建设的主要安排", "pass"},
                      Case{"next_year_plans", "四、今后工作思路", "pass"},
                      Case{"next_year_plans", "第四部分 下一步工作打算", "pass"},
                      Case{"next_year_plans", "下一步，我局将继续加强执法监督。", "warn"},
                      Case{"next_year_plans", "我局将再接再厉。", "fail"},
                      Case{"plan_year_matches", "四、2024年工作打算", "pass"},
                      Case{"plan_year_matches", "四、２０２４年工作打算", "pass"},
                      Case{"plan_year_matches", "四、2025年工作打算", "fail"},
                      Case{"plan_year_matches", "四、下一步工作计划", "n/a"}),
    [](const ::testing::TestParamInfo<Case>& info) {
      return std::string(info.param.rule) + "_" + std::to_string(info.index);
    });

// The same report with the problems section replaced: the template's third section is reused,
// so these cases put their own wording after a plans section.
std::string ProblemsReport(const std::string& problems) {
  return "某市生态环境局关于2023年度法治政府建设情况的报告\n"
         "发布日期:2024-03-15\n"
         "一、主要工作及成效\n"
         "（一）完善依法决策机制。\n"
         "二、主要负责同志履行推进法治建设第一责任人职责情况\n"
         "局主要负责同志带头学法用法。\n" +
         problems +
         "\n四、2024年工作安排\n"
         "（一）加强执法队伍建设。\n";
}

struct ProblemsCase {
  const char* text;
  const char* expected;
};

TEST(ProblemsWording, OtherHeadingsAndCauses) {
  const ProblemsCase cases[] = {
      {"三、存在的不足和原因\n人员不足。原因是编制有限。", "pass"},
      {"三、存在的主要问题及原因分析\n人员不足。", "pass"},
      {"三、问题与不足\n一是执法力量薄弱。究其根源，在于投入不够。", "pass"},
      {"三、存在的主要问题\n一是执法力量薄弱。", "warn"},
      {"(三)工作中存在的困难\n执法力量薄弱。", "warn"},
      {"三、其他工作\n我局工作虽有进展，但仍存在一些不足。", "warn"},
      {"三、其他工作\n及时发现并纠正决策存在的问题，解决群众反映的突出问题。", "fail"},
  };
  for (const ProblemsCase& c : cases) {
    check::DocumentResult r = testing::CheckWithPack("p.txt", ProblemsReport(c.text));
    ASSERT_FALSE(r.error);
    for (const check::RuleResult& res : r.results) {
      if (res.rule == "problems_and_causes") {
        EXPECT_EQ(check::OutcomeName(res.outcome), c.expected) << c.text << "\n" << res.message;
      }
      bool must_pass = res.rule == "leadership_duty" || res.rule == "measures_and_results" ||
                       res.rule == "published_on_time";
      if (must_pass) {
        EXPECT_EQ(check::OutcomeName(res.outcome), "pass") << res.rule << " on " << c.text;
      }
    }
  }
}

}  // namespace
}  // namespace verdict
