// Tests rule programs: decision-list order, skips, lets, message rendering, and the
// "expected here" location of outcomes that blame absent content.
#include "runtime/eval/program.h"

#include <gtest/gtest.h>

#include "runtime/eval/eval_test_fixture.h"
#include "runtime/eval/message.h"

namespace verdict::eval {
namespace {

using namespace testing;  // fixture, builder and pattern names
using ruleset::Outcome;
using ruleset::StmtKind;
using Spans = std::vector<doc::Span>;

ruleset::Message Text(std::string s) { return {ruleset::MessagePart{false, std::move(s)}}; }

ruleset::Statement Stmt(StmtKind kind, uint32_t expr, Outcome outcome = Outcome::kFail,
                        ruleset::Message message = {}) {
  ruleset::Statement s;
  s.kind = kind;
  s.expr = expr;
  s.outcome = outcome;
  s.message = std::move(message);
  return s;
}

ruleset::Statement Default(Outcome outcome, ruleset::Message message = {}) {
  return Stmt(StmtKind::kDefault, 0, outcome, std::move(message));
}

ruleset::Statement Let(uint32_t slot, uint32_t expr) {
  ruleset::Statement s = Stmt(StmtKind::kLet, expr);
  s.slot = slot;
  return s;
}

class ProgramTest : public ReportFixture {
 protected:
  RuleOutcome Run(std::vector<ruleset::Statement> program, uint32_t local_slots = 0) {
    ruleset::Rule rule;
    rule.id = "R1";
    rule.local_slots = local_slots;
    rule.program = std::move(program);
    Evaluator evaluator(ir_.rs, doc_, text_, matches_);
    evaluator.EvaluateGlobals();
    return RunRule(evaluator, rule);
  }
  uint32_t InDocument(uint32_t pattern) { return ir_.Match(pattern, ir_.Leaf(Op::kDocument)); }
};

TEST_F(ProgramTest, FirstTrueGuardDecides) {
  uint32_t zhifa = InDocument(kZhiFa);
  uint32_t yifa = InDocument(kYiFaXingZheng);
  RuleOutcome fail = Run({Stmt(StmtKind::kGuard, zhifa, Outcome::kFail, Text("a")),
                          Stmt(StmtKind::kGuard, yifa, Outcome::kWarn, Text("b")),
                          Default(Outcome::kPass, Text("c"))});
  EXPECT_EQ(fail.outcome, Outcome::kFail);
  EXPECT_EQ(fail.message, "a");
  EXPECT_EQ(fail.evidence, (Spans{{140, 146}, {231, 237}}));
  EXPECT_FALSE(fail.expected_at.has_value());

  RuleOutcome warn = Run({Stmt(StmtKind::kGuard, yifa, Outcome::kWarn, Text("b")),
                          Stmt(StmtKind::kGuard, zhifa, Outcome::kFail, Text("a")),
                          Default(Outcome::kPass, Text("c"))});
  EXPECT_EQ(warn.outcome, Outcome::kWarn);
  EXPECT_EQ(warn.message, "b");
  EXPECT_EQ(warn.evidence, (Spans{{113, 125}}));

  RuleOutcome pass = Run({Stmt(StmtKind::kGuard, InDocument(kAbsent), Outcome::kFail, Text("a")),
                          Default(Outcome::kPass, Text("c"))});
  EXPECT_EQ(pass.outcome, Outcome::kPass);
  EXPECT_EQ(pass.message, "c");
  EXPECT_TRUE(pass.evidence.empty());
  EXPECT_FALSE(pass.expected_at.has_value());
}

TEST_F(ProgramTest, SkipUnlessAndSkipIfGiveNotApplicable) {
  RuleOutcome unless = Run({Stmt(StmtKind::kSkipUnless, InDocument(kAbsent),
                                 Outcome::kNotApplicable, Text("无相关内容")),
                            Default(Outcome::kFail)});
  EXPECT_EQ(unless.outcome, Outcome::kNotApplicable);
  EXPECT_EQ(unless.message, "无相关内容");
  EXPECT_TRUE(unless.evidence.empty());
  EXPECT_FALSE(unless.expected_at.has_value());

  RuleOutcome skip_if =
      Run({Stmt(StmtKind::kSkipIf, InDocument(kGongShi)), Default(Outcome::kFail)});
  EXPECT_EQ(skip_if.outcome, Outcome::kNotApplicable);
  EXPECT_EQ(skip_if.evidence, (Spans{{146, 152}}));

  // Conditions that do not skip fall through to the next statement.
  RuleOutcome through =
      Run({Stmt(StmtKind::kSkipUnless, InDocument(kGongShi)),
           Stmt(StmtKind::kSkipIf, InDocument(kAbsent)), Default(Outcome::kPass)});
  EXPECT_EQ(through.outcome, Outcome::kPass);
}

TEST_F(ProgramTest, DefaultFailPointsAtTheEndOfTheBody) {
  RuleOutcome fail = Run({Stmt(StmtKind::kGuard, InDocument(kAbsent), Outcome::kPass),
                          Default(Outcome::kFail, Text("未报告"))});
  EXPECT_EQ(fail.outcome, Outcome::kFail);
  EXPECT_TRUE(fail.evidence.empty());
  ASSERT_TRUE(fail.expected_at.has_value());
  EXPECT_EQ(*fail.expected_at, 252u);  // just after 执法不够规范。, the last body character
  EXPECT_EQ(*Run({Default(Outcome::kWarn)}).expected_at, 252u);
  // A failing guard whose condition has no evidence (a negation) is located the same way.
  RuleOutcome negated =
      Run({Stmt(StmtKind::kGuard, ir_.Call(Op::kNot, {InDocument(kAbsent)}), Outcome::kFail),
           Default(Outcome::kPass)});
  EXPECT_EQ(negated.outcome, Outcome::kFail);
  EXPECT_EQ(*negated.expected_at, 252u);
  // Without a body, after the title.
  doc_.body = {};
  EXPECT_EQ(*Run({Default(Outcome::kFail)}).expected_at, 40u);
}

TEST_F(ProgramTest, LetsFeedLaterStatementsAndMessages) {
  uint32_t count = ir_.Count(kJian, ir_.Leaf(Op::kDocument));
  ir_.rs.globals = {{"published", true, ir_.Leaf(Op::kPublished)},
                    {"source", true, ir_.Leaf(Op::kSource)}};
  ruleset::Message message = {{false, "共"},        {true, "n", false, 0},
                              {false, "件,发布于"}, {true, "published", true, 0},
                              {false, ",来源"},     {true, "source", true, 1},
                              {false, ",附件"},     {true, "att", false, 1},
                              {false, ",未知"},     {true, "bad", false, 9},
                              {false, "。"}};
  RuleOutcome outcome = Run(
      {Let(0, count), Let(1, ir_.Text(kAbsent, ir_.Leaf(Op::kDocument))),
       Stmt(StmtKind::kGuard, ir_.Bin(Op::kGe, ir_.Local(0), ir_.Int(2)), Outcome::kWarn, message),
       Default(Outcome::kPass)},
      2);
  EXPECT_EQ(outcome.outcome, Outcome::kWarn);
  EXPECT_EQ(outcome.message, "共2件,发布于2024-03-01,来源某市司法局,附件?,未知?。");
  EXPECT_EQ(outcome.evidence, (Spans{{186, 190}, {203, 208}}));
}

TEST_F(ProgramTest, RulesWithoutDefaultAreNotApplicable) {
  EXPECT_EQ(Run({}).outcome, Outcome::kNotApplicable);
  EXPECT_EQ(Run({Stmt(StmtKind::kGuard, InDocument(kAbsent))}).outcome, Outcome::kNotApplicable);
}

TEST_F(ProgramTest, RenderValue) {
  EXPECT_EQ(RenderValue(Value::Missing(), text_), "?");
  EXPECT_EQ(RenderValue(Value::Bool(true), text_), "true");
  EXPECT_EQ(RenderValue(Value::Int(-12), text_), "-12");
  EXPECT_EQ(RenderValue(Value::OfDate(doc::Date{2024, 3, 1}), text_), "2024-03-01");
  EXPECT_EQ(RenderValue(Value::String("法治"), text_), "法治");
  Evaluator evaluator(ir_.rs, doc_, text_, matches_);
  Value sections = evaluator.Evaluate(ir_.Section(ir_.Bool(true)));
  EXPECT_EQ(RenderValue(sections, text_), "一、主要举措、(一)完善制度、二、存在问题");
  Value paragraphs = evaluator.Evaluate(ir_.Leaf(Op::kParagraph));
  EXPECT_EQ(RenderValue(paragraphs, text_),
            "坚持依法行政。推进行政执法公示。、制定规章3件,清理文件12件。、执法不够规范。");
}

TEST_F(ProgramTest, EvaluateDocumentRunsGlobalsThenEveryRule) {
  ir_.rs.globals = {{"year", true, ir_.Call(Op::kYearOf, {ir_.Leaf(Op::kPublished)})}};
  ruleset::Rule late;
  late.id = "late";
  late.program = {
      Stmt(StmtKind::kGuard, ir_.Bin(Op::kGt, ir_.Global(0), ir_.Int(2023)), Outcome::kWarn),
      Default(Outcome::kPass)};
  ruleset::Rule missing;
  missing.id = "missing";
  missing.program = {Stmt(StmtKind::kGuard, InDocument(kAbsent), Outcome::kPass),
                     Default(Outcome::kFail)};
  ir_.rs.rules = {late, missing};
  Evaluation evaluation = EvaluateDocument(ir_.rs, doc_, text_, matches_);
  ASSERT_EQ(evaluation.globals.size(), 1u);
  EXPECT_EQ(*evaluation.globals[0].int_value(), 2024);
  ASSERT_EQ(evaluation.outcomes.size(), 2u);
  EXPECT_EQ(evaluation.outcomes[0].outcome, Outcome::kWarn);
  EXPECT_EQ(evaluation.outcomes[0].evidence, (Spans{{54, 64}}));
  EXPECT_EQ(evaluation.outcomes[1].outcome, Outcome::kFail);
  EXPECT_EQ(evaluation.outcomes[1].expected_at, std::optional<uint32_t>(252));
}

}  // namespace
}  // namespace verdict::eval
