// Semantic analysis: each diagnostic with its code, message, position, caret and help.
#include "compiler/sema/checker.h"

#include <gtest/gtest.h>

#include "compiler/testing/memory_loader.h"

namespace verdict::sema {
namespace {

using verdict::testing::Diagnostics;

const char kHeader[] = "ruleset t \"测试\" version \"1\"\n";

std::string FirstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

TEST(CheckerTest, AcceptsAValidRuleSet) {
  EXPECT_EQ(Diagnostics(std::string(kHeader) +
                        "pattern problem = /存在的?(主要)?(问题|不足)/\n"
                        "fact y = int(text(/\\d{4}年/ in title))\n"
                        "rule r \"存在的不足\" severity error {\n"
                        "  let s = section(heading ~ problem)\n"
                        "  pass if s and s ~ \"原因\"\n"
                        "  warn if paragraph ~ problem \"{y}年只在正文中提到\"\n"
                        "  fail\n"
                        "}\n"),
            "");
}

TEST(CheckerTest, UndefinedNameSuggestsTheClosest) {
  EXPECT_EQ(Diagnostics(std::string(kHeader) +
                        "pattern problem = \"问题\"\n"
                        "rule r \"n\" {\n"
                        "  pass if paragraph ~ problme\n"
                        "  fail\n"
                        "}\n"),
            "test.rules:4:23: error[E0101]: undefined name 'problme'\n"
            "   |\n"
            " 4 |   pass if paragraph ~ problme\n"
            "   |                       ^^^^^^^\n"
            "  = help: did you mean 'problem'?\n");
}

TEST(CheckerTest, RedefinitionPointsAtThePreviousDefinition) {
  std::string out = Diagnostics(std::string(kHeader) +
                                "pattern p = \"a\"\n"
                                "let p = 1\n");
  EXPECT_EQ(FirstLine(out), "test.rules:3:5: error[E0102]: 'p' is already defined");
  EXPECT_NE(out.find("test.rules:2:9: note: previously defined here"), std::string::npos) << out;
}

TEST(CheckerTest, TypeMismatches) {
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "let x = published + 1\n")),
            "test.rules:2:9: error[E0103]: arithmetic expects int, found date");
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "let x = published < 2024\n")),
            "test.rules:2:21: error[E0103]: '<' expects date, found int");
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "let x = 3 ~ \"a\"\n")),
            "test.rules:2:9: error[E0103]: '~' expects scope, found int");
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "fact f = paragraph\n")),
            "test.rules:2:10: error[E0118]: fact 'f' must be a value (int, date, string or "
            "bool), found scope");
}

TEST(CheckerTest, FunctionsAreChecked) {
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "let x = dat(2024, 4, 1)\n")),
            "test.rules:2:9: error[E0104]: unknown function 'dat'");
  EXPECT_NE(Diagnostics(std::string(kHeader) + "let x = dat(2024, 4, 1)\n")
                .find("= help: did you mean 'date'?"),
            std::string::npos);
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "let x = date(2024, 4)\n")),
            "test.rules:2:9: error[E0105]: 'date' takes 3 argument(s), found 2");
}

TEST(CheckerTest, BadRegexIsReportedAtTheRuleFilePosition) {
  std::string out = Diagnostics(std::string(kHeader) + "pattern p = \"ok\" | /存在(问题/\n");
  EXPECT_EQ(FirstLine(out),
            "test.rules:2:20: error[E0106]: invalid regex: Missing close parenthesis for group "
            "started at index 6.");
  // The caret spans the whole regex literal: 7 characters, 11 display columns.
  EXPECT_NE(out.find("\n   |                    ^^^^^^^^^^^\n"), std::string::npos) << out;
}

TEST(CheckerTest, RegexMatchingEmptyTextIsRejected) {
  std::string out = Diagnostics(std::string(kHeader) + "pattern p = /a*/\n");
  EXPECT_NE(out.find("test.rules:2:13: error[E0106]: invalid regex"), std::string::npos) << out;
}

TEST(CheckerTest, DecisionListShape) {
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "rule r \"n\" { pass if title }\n")),
            "test.rules:2:6: error[E0109]: rule 'r' has no default outcome");
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) +
                                  "rule r \"n\" { fail \"a\" pass if title }\n")),
            "test.rules:2:23: error[E0110]: statement after the default outcome is never reached");
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "rule r \"n\" severity fatal { fail }\n")),
            "test.rules:2:21: error[E0108]: unknown severity 'fatal'");
}

TEST(CheckerTest, MessageHolesMustNameValues) {
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "rule r \"n\" { fail \"年份{yaer}不对\" }\n")),
            "test.rules:2:22: error[E0111]: undefined name 'yaer' in message");
}

TEST(CheckerTest, PatternsAndValuesAreNotInterchangeable) {
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "pattern p = \"a\"\nlet x = p\n")),
            "test.rules:3:9: error[E0114]: 'p' is a pattern; use it on the right of '~' or in "
            "count()/text()");
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "let v = 1\nlet x = title ~ v\n")),
            "test.rules:3:17: error[E0113]: 'v' is a value, not a pattern");
}

TEST(CheckerTest, PatternCyclesAreReported) {
  std::string out = Diagnostics(std::string(kHeader) + "pattern a = b | \"x\"\npattern b = a\n");
  EXPECT_EQ(FirstLine(out),
            "test.rules:3:13: error[E0117]: pattern 'a' refers to itself: 'a' -> 'b' -> 'a'");
  EXPECT_EQ(out.find("E0117", out.find("E0117") + 1), std::string::npos) << "reported once";
}

TEST(CheckerTest, DuplicateRulesAndMissingHeader) {
  std::string out = Diagnostics(std::string(kHeader) + "rule r \"a\" { fail }\nrule r \"b\" { fail }\n");
  EXPECT_EQ(FirstLine(out), "test.rules:3:6: error[E0112]: rule 'r' is already defined");
  EXPECT_EQ(FirstLine(Diagnostics("rule r \"a\" { fail }\n")),
            "test.rules:1:1: error[E0006]: missing ruleset header");
}

TEST(CheckerTest, ImportsAreResolvedRelativeToTheImporter) {
  EXPECT_EQ(Diagnostics(std::string(kHeader) +
                            "import \"lib/p.rules\"\n"
                            "rule r \"n\" { pass if title ~ shared\n fail }\n",
                        {{"lib/p.rules", "pattern shared = \"法治\"\n"}}),
            "");
  EXPECT_EQ(FirstLine(Diagnostics(std::string(kHeader) + "import \"missing.rules\"\n")),
            "test.rules:2:1: error[E0003]: cannot read rule file 'missing.rules': no such file "
            "or not readable");
  std::string cycle = Diagnostics(std::string(kHeader) + "import \"a.rules\"\n",
                                  {{"a.rules", "import \"test.rules\"\n"}});
  EXPECT_NE(cycle.find("a.rules:1:1: error[E0004]: import cycle"), std::string::npos) << cycle;
}

TEST(CheckerTest, UnusedPatternIsAWarningNotAnError) {
  compiler::CompileResult r = compiler::Compile(
      "test.rules", verdict::testing::MemoryLoader(
                        {{"test.rules", std::string(kHeader) + "pattern p = \"a\"\n"}}));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, "W0001");
}

}  // namespace
}  // namespace verdict::sema
