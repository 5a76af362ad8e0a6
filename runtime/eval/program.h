// Runs the decision program of each rule (ruleset::Statement lists) over one document and
// yields its outcome, rendered message and evidence spans.
#ifndef VERDICT_RUNTIME_EVAL_PROGRAM_H_
#define VERDICT_RUNTIME_EVAL_PROGRAM_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/document/document.h"
#include "runtime/eval/evaluator.h"
#include "runtime/eval/value.h"
#include "runtime/ruleset/ruleset.h"
#include "runtime/scan/pattern_matches.h"

namespace verdict::eval {

// What one rule decided for one document.
struct RuleOutcome {
  ruleset::Outcome outcome = ruleset::Outcome::kNotApplicable;
  std::string message;
  std::vector<doc::Span> evidence;  // document order, no duplicates, no empty spans
  // Set when a fail or warn outcome has no evidence of its own (typically the default
  // statement: something required is absent): the normalized-text offset where the missing
  // content was expected, just after the last body character. `evidence` is then empty.
  std::optional<uint32_t> expected_at;
};

// Runs `rule`'s statements in order: let stores a local; skip-unless gives n/a when its
// condition is false, skip-if when it is true (with the condition's evidence); a guard gives
// its outcome when true, with the condition's evidence; the default always gives its outcome.
// A program without a default that falls off its end is n/a. Globals must already be evaluated.
RuleOutcome RunRule(Evaluator& evaluator, const ruleset::Rule& rule);

// The offset where absent content is reported: the end of the body (or of the title when the
// body is empty).
uint32_t ExpectedLocation(const doc::Document& document);

// Every global and every rule of `rules` evaluated over one document.
struct Evaluation {
  std::vector<Value> globals;         // parallel to Ruleset::globals
  std::vector<RuleOutcome> outcomes;  // parallel to Ruleset::rules
};
Evaluation EvaluateDocument(const ruleset::Ruleset& rules, const doc::Document& document,
                            std::string_view text, const scan::PatternMatches& matches);

}  // namespace verdict::eval

#endif  // VERDICT_RUNTIME_EVAL_PROGRAM_H_
