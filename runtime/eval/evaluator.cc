// The node interpreter's dispatch, plus the document scopes, section binding, metadata,
// variables and pattern queries. Functions and operators live in evaluator_operators.cc.
// Every value is built with its evidence here, where the justifying spans are known.
#include "runtime/eval/evaluator.h"

#include <algorithm>
#include <optional>
#include <span>
#include <utility>

#include "runtime/eval/span_queries.h"

namespace verdict::eval {
namespace {

// Deeper than any expression a rule file yields; only a cyclic (corrupt) node graph gets here.
constexpr int kMaxDepth = 1000;

std::vector<doc::Span> SpansOf(const std::vector<scan::Match>& matches) {
  std::vector<doc::Span> spans;
  spans.reserve(matches.size());
  for (const scan::Match& m : matches) spans.push_back(doc::Span{m.begin, m.end});
  return spans;
}

}  // namespace

Evaluator::Evaluator(const ruleset::Ruleset& rules, const doc::Document& document,
                     std::string_view text, const scan::PatternMatches& matches)
    : rules_(rules),
      document_(document),
      text_(text),
      matches_(matches),
      globals_(rules.globals.size()) {}

void Evaluator::EvaluateGlobals() {
  for (size_t slot = 0; slot < rules_.globals.size(); ++slot) {
    globals_[slot] = Evaluate(rules_.globals[slot].expr);
  }
}

Value Evaluator::Evaluate(uint32_t node, const std::vector<Value>* locals) {
  const std::vector<Value>* saved = locals_;
  locals_ = locals;
  Value result = Eval(node, 0);
  locals_ = saved;
  return result;
}

Value Evaluator::Kid(const ruleset::Node& node, size_t k, int depth) {
  if (k >= node.kids.size()) return Value::Missing();
  return Eval(node.kids[k], depth + 1);
}

Value Evaluator::Eval(uint32_t index, int depth) {
  if (depth > kMaxDepth || index >= rules_.nodes.size()) return Value::Missing();
  const ruleset::Node& node = rules_.nodes[index];
  using ruleset::Op;
  switch (node.op) {
    case Op::kInt:
      return Value::Int(node.ival);
    case Op::kBool:
      return Value::Bool(node.ival != 0);
    case Op::kString:
      return Value::String(node.sval);
    case Op::kDocument:
    case Op::kTitle:
    case Op::kHeading:
    case Op::kParagraph:
    case Op::kSentence:
    case Op::kSection:
    case Op::kHeadingOf:
      return EvalScope(node, depth);
    case Op::kPublished:
      if (!document_.meta.published) return Value::Missing();
      return Value::OfDate(*document_.meta.published, {document_.meta.published_span});
    case Op::kSource:
      if (document_.meta.source.empty()) return Value::Missing();
      return Value::String(document_.meta.source, {document_.meta.source_span});
    case Op::kMatch:
    case Op::kNear:
    case Op::kCount:
    case Op::kText:
      return EvalPattern(node, depth);
    case Op::kLen:
    case Op::kToInt:
    case Op::kMakeDate:
    case Op::kYearOf:
    case Op::kExists:
      return EvalFunction(node, depth);
    case Op::kGlobal:
      if (node.ival < 0 || static_cast<uint64_t>(node.ival) >= globals_.size()) {
        return Value::Missing();
      }
      return globals_[node.ival];
    case Op::kLocal:
      if (locals_ == nullptr || node.ival < 0 ||
          static_cast<uint64_t>(node.ival) >= locals_->size()) {
        return Value::Missing();
      }
      return (*locals_)[node.ival];
    default:
      return EvalOperator(node, depth);
  }
}

Value Evaluator::EvalScope(const ruleset::Node& node, int depth) {
  using ruleset::Op;
  Scope scope;
  switch (node.op) {
    case Op::kDocument:
    case Op::kParagraph:
    case Op::kSentence: {
      const std::span<const doc::Span> elements = *DirectElements(node.op);
      scope.spans.assign(elements.begin(), elements.end());
      return Value::OfScope(std::move(scope));
    }
    case Op::kTitle:
      if (document_.title.empty()) return Value::OfScope(std::move(scope));
      scope.spans.push_back(document_.title);
      return Value::OfScope(std::move(scope), {document_.title});
    case Op::kHeading: {
      if (bound_heading_ >= 0) return HeadingScope({bound_heading_});
      std::vector<int> all(document_.headings.size());
      for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
      return HeadingScope(all);
    }
    case Op::kSection:
      return Section(node, depth);
    case Op::kHeadingOf: {
      Value sections = Kid(node, 0, depth);
      const Scope* of = sections.scope_value();
      return of ? HeadingOf(*of) : Value::Missing();
    }
    default:
      return Value::Missing();
  }
}

Value Evaluator::Section(const ruleset::Node& node, int depth) {
  if (node.kids.empty()) return Value::Missing();
  Scope scope;
  const int saved = bound_heading_;
  for (size_t h = 0; h < document_.headings.size(); ++h) {
    bound_heading_ = static_cast<int>(h);
    if (Test(node.kids[0], depth + 1)) {
      scope.spans.push_back(document_.headings[h].section);
      scope.headings.push_back(static_cast<int>(h));
    }
  }
  bound_heading_ = saved;
  std::vector<doc::Span> evidence;
  for (size_t i = 0; i < scope.headings.size() && i < kMaxEvidence; ++i) {
    evidence.push_back(document_.headings[scope.headings[i]].text);
  }
  return Value::OfScope(std::move(scope), std::move(evidence));
}

std::optional<std::span<const doc::Span>> Evaluator::DirectElements(uint32_t index) {
  if (index >= rules_.nodes.size()) return std::nullopt;
  return DirectElements(rules_.nodes[index].op);
}

std::optional<std::span<const doc::Span>> Evaluator::DirectElements(ruleset::Op op) {
  using ruleset::Op;
  switch (op) {
    case Op::kDocument: {
      // Title and body as two elements, so a match may not straddle them.
      size_t count = 0;
      if (!document_.title.empty()) document_elements_[count++] = document_.title;
      if (!document_.body.empty()) document_elements_[count++] = document_.body;
      return std::span<const doc::Span>(document_elements_.data(), count);
    }
    case Op::kTitle:
      if (document_.title.empty()) return std::span<const doc::Span>();
      return std::span<const doc::Span>(&document_.title, 1);
    case Op::kHeading:
      if (bound_heading_ < 0) return std::nullopt;  // all headings: a built scope
      return std::span<const doc::Span>(
          &document_.headings[static_cast<size_t>(bound_heading_)].text, 1);
    case Op::kParagraph:
      return std::span<const doc::Span>(document_.paragraphs);
    case Op::kSentence:
      return std::span<const doc::Span>(document_.sentences);
    default:
      return std::nullopt;
  }
}

bool Evaluator::Test(uint32_t index, int depth) {
  if (depth > kMaxDepth || index >= rules_.nodes.size()) return false;
  const ruleset::Node& node = rules_.nodes[index];
  using ruleset::Op;
  switch (node.op) {
    case Op::kNot:
      if (node.kids.size() == 1) return !Test(node.kids[0], depth + 1);
      break;
    case Op::kAnd:
      if (node.kids.size() == 2)
        return Test(node.kids[0], depth + 1) && Test(node.kids[1], depth + 1);
      break;
    case Op::kOr:
      if (node.kids.size() == 2)
        return Test(node.kids[0], depth + 1) || Test(node.kids[1], depth + 1);
      break;
    case Op::kMatch:
      if (node.kids.size() != 1) break;
      if (const auto elements = DirectElements(node.kids[0])) {
        return AnyMatchInElements(*elements, matches_.of(node.pattern));
      }
      break;
    default:
      break;
  }
  return Truthy(Eval(index, depth));
}

Value Evaluator::HeadingOf(const Scope& scope) const {
  const bool owned = scope.headings.size() == scope.spans.size();
  std::vector<int> indices;
  for (size_t i = 0; i < scope.spans.size(); ++i) {
    int h = -1;
    if (owned) {
      h = scope.headings[i];
    } else {
      // Not a section scope: the innermost section containing the element's start. Nested
      // sections come after their parents, so that is the last heading whose section holds it.
      for (size_t j = document_.headings.size(); j-- > 0;) {
        if (document_.headings[j].section.Contains(scope.spans[i].begin)) {
          h = static_cast<int>(j);
          break;
        }
      }
    }
    if (h < 0 || static_cast<size_t>(h) >= document_.headings.size()) continue;
    if (std::find(indices.begin(), indices.end(), h) == indices.end()) indices.push_back(h);
  }
  return HeadingScope(indices);
}

Value Evaluator::HeadingScope(const std::vector<int>& indices) const {
  Scope scope;
  std::vector<doc::Span> evidence;
  for (int h : indices) {
    const doc::Span& text = document_.headings[h].text;
    scope.spans.push_back(text);
    scope.headings.push_back(h);
    if (evidence.size() < kMaxEvidence) evidence.push_back(text);
  }
  return Value::OfScope(std::move(scope), std::move(evidence));
}

Value Evaluator::EvalPattern(const ruleset::Node& node, int depth) {
  using ruleset::Op;
  // The document's own element lists are used in place; anything else is evaluated to a scope.
  Value operand;
  std::optional<std::span<const doc::Span>> direct;
  if (!node.kids.empty()) direct = DirectElements(node.kids[0]);
  if (!direct) {
    operand = Kid(node, 0, depth);
    if (const Scope* scope = operand.scope_value())
      direct = std::span<const doc::Span>(scope->spans);
  }
  const std::vector<scan::Match>& list = matches_.of(node.pattern);
  switch (node.op) {
    case Op::kMatch: {
      if (!direct) return Value::Bool(false);
      std::vector<scan::Match> found = MatchesInElements(*direct, list, kMaxEvidence);
      return Value::Bool(!found.empty(), SpansOf(found));
    }
    case Op::kNear: {
      if (!direct) return Value::Bool(false);
      auto pair = FindNear(text_, *direct, list, matches_.of(node.pattern2), node.ival);
      if (!pair) return Value::Bool(false);
      std::vector<doc::Span> evidence = SpansOf({pair->first, pair->second});
      SortEvidence(&evidence);
      return Value::Bool(true, std::move(evidence));
    }
    case Op::kCount: {
      if (!direct) return Value::Missing();
      std::vector<scan::Match> first;
      int64_t count =
          CountMatchesIn(UnionOf({direct->begin(), direct->end()}), list, kMaxEvidence, &first);
      return Value::Int(count, SpansOf(first));
    }
    case Op::kText: {
      if (!direct) return Value::Missing();
      std::vector<scan::Match> found = MatchesInElements(*direct, list, 1);
      if (found.empty()) return Value::Missing();
      const scan::Match& m = found.front();
      return Value::String(std::string(text_.substr(m.begin, m.end - m.begin)),
                           {doc::Span{m.begin, m.end}});
    }
    default:
      return Value::Missing();
  }
}

}  // namespace verdict::eval
