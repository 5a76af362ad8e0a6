// The golden test of the flagship rule pack: every seed report in ../shared/corpus/seeds must get
// the outcomes, verdict, title, report year and publication date given in expected.json.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/pack.h"
#include "tests/shared_data.h"

namespace verdict {
namespace {

namespace fs = std::filesystem;

// `expected` is a string or a list of acceptable strings.
bool Accepts(const nlohmann::json& expected, const std::string& actual) {
  if (expected.is_array()) {
    for (const auto& e : expected) {
      if (e == actual) return true;
    }
    return false;
  }
  return expected == actual;
}

class SeedsTest : public ::testing::Test {};

TEST_F(SeedsTest, RulePackGivesTheExpectedOutcomes) {
  fs::path seeds = testing::SharedDir() / "corpus" / "seeds";
  VERDICT_REQUIRE_SHARED_PATH(seeds / "expected.json");
  nlohmann::json expected = nlohmann::json::parse(testing::ReadAll(seeds / "expected.json"));
  const check::Checker& checker = testing::Pack();
  auto scratch = checker.NewScratch();
  ASSERT_TRUE(scratch.ok());

  ASSERT_EQ(expected["documents"].size(), 5u);
  for (const auto& [file, want] : expected["documents"].items()) {
    SCOPED_TRACE(file);
    check::DocumentResult got = checker.CheckFile((seeds / file).string(), *scratch);
    ASSERT_FALSE(got.error) << got.error->code << ": " << got.error->message;
    EXPECT_EQ(got.title, want["title"].get<std::string>());
    EXPECT_EQ(got.published.value_or("(none)"), want["published"].get<std::string>());
    bool found_year = false;
    for (const auto& [name, value] : got.facts) {
      if (name != "report_year") continue;
      found_year = true;
      ASSERT_TRUE(std::holds_alternative<int64_t>(value));
      EXPECT_EQ(std::get<int64_t>(value), want["report_year"].get<int64_t>());
    }
    EXPECT_TRUE(found_year);
    EXPECT_TRUE(Accepts(want["verdict"], check::VerdictName(got.verdict)))
        << "verdict " << check::VerdictName(got.verdict) << ", expected " << want["verdict"];
    ASSERT_EQ(got.results.size(), want["outcomes"].size());
    for (const check::RuleResult& r : got.results) {
      ASSERT_TRUE(want["outcomes"].contains(r.rule)) << r.rule;
      EXPECT_TRUE(Accepts(want["outcomes"][r.rule], check::OutcomeName(r.outcome)))
          << r.rule << ": got " << check::OutcomeName(r.outcome) << " (" << r.message
          << "), expected " << want["outcomes"][r.rule];
    }
  }
}

// Evidence must point into the original file: the quoted text is found at the reported byte
// offset, and line:column is where that offset lies.
TEST_F(SeedsTest, EvidencePointsIntoTheOriginalFile) {
  fs::path seeds = testing::SharedDir() / "corpus" / "seeds";
  VERDICT_REQUIRE_SHARED_PATH(seeds / "expected.json");
  const check::Checker& checker = testing::Pack();
  auto scratch = checker.NewScratch();
  ASSERT_TRUE(scratch.ok());
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    if (entry.path().extension() != ".txt") continue;
    std::string bytes = testing::ReadAll(entry.path());
    check::DocumentResult got = checker.Check(entry.path().string(), bytes, *scratch);
    for (const check::RuleResult& r : got.results) {
      for (const check::Evidence& e : r.evidence) {
        SCOPED_TRACE(entry.path().string() + " " + r.rule);
        ASSERT_LE(e.offset + e.length, bytes.size());
        if (!e.expected) {
          EXPECT_EQ(bytes.substr(e.offset, e.length), e.text);
        }
        // line:column of the offset, counted independently here.
        uint32_t line = 1, column = 1;
        for (size_t i = 0; i < e.offset; ++i) {
          if (bytes[i] == '\n') {
            ++line;
            column = 1;
          } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
            ++column;
          }
        }
        EXPECT_EQ(e.line, line);
        EXPECT_EQ(e.column, column);
        ++checked;
      }
      if (r.outcome == ruleset::Outcome::kPass || r.outcome == ruleset::Outcome::kWarn ||
          r.outcome == ruleset::Outcome::kFail) {
        EXPECT_FALSE(r.evidence.empty()) << entry.path() << " " << r.rule;
      }
    }
  }
  EXPECT_GT(checked, 20);
}

}  // namespace
}  // namespace verdict
