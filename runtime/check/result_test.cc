// Tests the overall verdict rules and the report names of the result enums.
#include "runtime/check/result.h"

#include <gtest/gtest.h>

namespace verdict::check {
namespace {

using ruleset::Outcome;
using ruleset::Severity;

RuleResult R(Severity severity, Outcome outcome) {
  RuleResult r;
  r.severity = severity;
  r.outcome = outcome;
  return r;
}

TEST(ResultTest, Verdict) {
  EXPECT_EQ(ComputeVerdict(std::nullopt, {}), Verdict::kCompliant);
  EXPECT_EQ(ComputeVerdict(std::nullopt, {R(Severity::kError, Outcome::kPass),
                                          R(Severity::kError, Outcome::kNotApplicable)}),
            Verdict::kCompliant);
  EXPECT_EQ(ComputeVerdict(std::nullopt, {R(Severity::kError, Outcome::kWarn)}),
            Verdict::kWarnings);
  EXPECT_EQ(ComputeVerdict(std::nullopt, {R(Severity::kWarning, Outcome::kFail)}),
            Verdict::kWarnings);
  EXPECT_EQ(ComputeVerdict(std::nullopt, {R(Severity::kInfo, Outcome::kFail)}), Verdict::kWarnings);
  EXPECT_EQ(ComputeVerdict(std::nullopt, {R(Severity::kInfo, Outcome::kWarn),
                                          R(Severity::kError, Outcome::kFail)}),
            Verdict::kNonCompliant);
  EXPECT_EQ(
      ComputeVerdict(text::ReadError{"binary-file", "x"}, {R(Severity::kError, Outcome::kPass)}),
      Verdict::kError);
}

TEST(ResultTest, ErrorResult) {
  DocumentResult r = ErrorResult("a.txt", "io-error", "cannot open a.txt");
  EXPECT_EQ(r.path, "a.txt");
  EXPECT_EQ(r.verdict, Verdict::kError);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->code, "io-error");
  EXPECT_EQ(r.error->message, "cannot open a.txt");
  EXPECT_TRUE(r.results.empty());
}

TEST(ResultTest, FactJson) {
  EXPECT_EQ(FactJson(std::monostate{}).dump(), "null");
  EXPECT_EQ(FactJson(true).dump(), "true");
  EXPECT_EQ(FactJson(int64_t{-3}).dump(), "-3");
  EXPECT_EQ(FactJson(std::string("2024-03-15")).dump(), "\"2024-03-15\"");
}

TEST(ResultTest, Names) {
  EXPECT_EQ(VerdictName(Verdict::kCompliant), "compliant");
  EXPECT_EQ(VerdictName(Verdict::kWarnings), "warnings");
  EXPECT_EQ(VerdictName(Verdict::kNonCompliant), "non-compliant");
  EXPECT_EQ(VerdictName(Verdict::kError), "error");
  EXPECT_EQ(OutcomeName(Outcome::kPass), "pass");
  EXPECT_EQ(OutcomeName(Outcome::kWarn), "warn");
  EXPECT_EQ(OutcomeName(Outcome::kFail), "fail");
  EXPECT_EQ(OutcomeName(Outcome::kNotApplicable), "n/a");
  EXPECT_EQ(SeverityName(Severity::kError), "error");
  EXPECT_EQ(SeverityName(Severity::kWarning), "warning");
  EXPECT_EQ(SeverityName(Severity::kInfo), "info");
}

}  // namespace
}  // namespace verdict::check
