// Evaluator: interprets the expression nodes of a compiled rule set (ruleset::Node) over one
// document, producing Values with evidence. Pattern matches are precomputed once per document
// (scan::PatternMatches), so evaluating any number of rules never rescans the text.
#ifndef VERDICT_RUNTIME_EVAL_EVALUATOR_H_
#define VERDICT_RUNTIME_EVAL_EVALUATOR_H_

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "runtime/document/document.h"
#include "runtime/eval/value.h"
#include "runtime/ruleset/ruleset.h"
#include "runtime/scan/pattern_matches.h"

namespace verdict::eval {

// Evaluates nodes of `rules` against one document. All references must outlive the evaluator;
// `text` is the normalized text `document` and `matches` were built from. Not thread-safe (it
// holds the global slots and the current section binding); use one per document.
class Evaluator {
 public:
  Evaluator(const ruleset::Ruleset& rules, const doc::Document& document, std::string_view text,
            const scan::PatternMatches& matches);

  // Evaluates Ruleset::globals in order into the global slots; call once before rules run.
  // A global read before it is evaluated (or out of range) is missing.
  void EvaluateGlobals();
  const std::vector<Value>& globals() const { return globals_; }

  // Evaluates node `node`; kLocal reads `locals` (null: every local is missing). Malformed IR
  // (a node or kid index out of range, nesting deeper than 1000) evaluates to missing.
  Value Evaluate(uint32_t node, const std::vector<Value>* locals = nullptr);

  const ruleset::Ruleset& rules() const { return rules_; }
  const doc::Document& document() const { return document_; }
  std::string_view text() const { return text_; }

 private:
  Value Eval(uint32_t node, int depth);
  Value Kid(const ruleset::Node& node, size_t k, int depth);
  Value EvalScope(const ruleset::Node& node, int depth);
  Value EvalPattern(const ruleset::Node& node, int depth);
  Value EvalFunction(const ruleset::Node& node, int depth);
  Value EvalOperator(const ruleset::Node& node, int depth);
  Value Section(const ruleset::Node& node, int depth);
  // Truthy(Eval(index)) without building values where that is cheap: `scope ~ pattern` over
  // the document's own element lists, and not/and/or of such tests. A section predicate runs
  // once per heading, so this is the evaluator's hot path.
  bool Test(uint32_t index, int depth);
  // The elements of a scope node that are one of the document's own lists (document, title,
  // paragraph, sentence, the bound heading), without copying them; nullopt for other nodes.
  std::optional<std::span<const doc::Span>> DirectElements(uint32_t index);
  std::optional<std::span<const doc::Span>> DirectElements(ruleset::Op op);
  Value HeadingOf(const Scope& scope) const;
  // Heading text scope for `indices`, evidence = the first kMaxEvidence heading texts.
  Value HeadingScope(const std::vector<int>& indices) const;

  const ruleset::Ruleset& rules_;
  const doc::Document& document_;
  std::string_view text_;
  const scan::PatternMatches& matches_;
  std::vector<Value> globals_;
  const std::vector<Value>* locals_ = nullptr;
  // Storage for the document scope's elements (title and body) that DirectElements returns.
  std::array<doc::Span, 2> document_elements_{};
  // While a kSection predicate runs: the candidate section's heading, which `heading` denotes.
  int bound_heading_ = -1;
};

}  // namespace verdict::eval

#endif  // VERDICT_RUNTIME_EVAL_EVALUATOR_H_
