// Executes rule decision programs: a first-match decision list over let / skip / guard /
// default statements, rendering the deciding statement's message from the slot tables.
// Outcomes that blame absence point at where the missing text was expected.
#include "runtime/eval/program.h"

#include <utility>

#include "runtime/eval/message.h"

namespace verdict::eval {
namespace {

RuleOutcome Decide(ruleset::Outcome outcome, const ruleset::Statement& statement,
                   std::vector<doc::Span> evidence, const Evaluator& evaluator,
                   const std::vector<Value>& locals) {
  RuleOutcome result;
  result.outcome = outcome;
  result.message = RenderMessage(statement.message, evaluator.globals(), locals, evaluator.text());
  result.evidence = std::move(evidence);
  SortEvidence(&result.evidence);
  const bool blames = outcome == ruleset::Outcome::kFail || outcome == ruleset::Outcome::kWarn;
  if (blames && result.evidence.empty()) {
    result.expected_at = ExpectedLocation(evaluator.document());
  }
  return result;
}

}  // namespace

uint32_t ExpectedLocation(const doc::Document& document) {
  return document.body.empty() ? document.title.end : document.body.end;
}

RuleOutcome RunRule(Evaluator& evaluator, const ruleset::Rule& rule) {
  using ruleset::StmtKind;
  std::vector<Value> locals(rule.local_slots);
  for (const ruleset::Statement& statement : rule.program) {
    switch (statement.kind) {
      case StmtKind::kLet: {
        Value value = evaluator.Evaluate(statement.expr, &locals);
        if (statement.slot >= locals.size()) locals.resize(statement.slot + 1);
        locals[statement.slot] = std::move(value);
        break;
      }
      case StmtKind::kSkipUnless: {
        Value condition = evaluator.Evaluate(statement.expr, &locals);
        if (!Truthy(condition)) {
          return Decide(ruleset::Outcome::kNotApplicable, statement, {}, evaluator, locals);
        }
        break;
      }
      case StmtKind::kSkipIf: {
        Value condition = evaluator.Evaluate(statement.expr, &locals);
        if (Truthy(condition)) {
          return Decide(ruleset::Outcome::kNotApplicable, statement, std::move(condition.evidence),
                        evaluator, locals);
        }
        break;
      }
      case StmtKind::kGuard: {
        Value condition = evaluator.Evaluate(statement.expr, &locals);
        if (Truthy(condition)) {
          return Decide(statement.outcome, statement, std::move(condition.evidence), evaluator,
                        locals);
        }
        break;
      }
      case StmtKind::kDefault:
        return Decide(statement.outcome, statement, {}, evaluator, locals);
    }
  }
  return RuleOutcome{};
}

Evaluation EvaluateDocument(const ruleset::Ruleset& rules, const doc::Document& document,
                            std::string_view text, const scan::PatternMatches& matches) {
  Evaluator evaluator(rules, document, text, matches);
  evaluator.EvaluateGlobals();
  Evaluation evaluation;
  evaluation.outcomes.reserve(rules.rules.size());
  for (const ruleset::Rule& rule : rules.rules) {
    evaluation.outcomes.push_back(RunRule(evaluator, rule));
  }
  evaluation.globals = evaluator.globals();
  return evaluation;
}

}  // namespace verdict::eval
