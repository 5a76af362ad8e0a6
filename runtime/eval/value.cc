// Value constructors, truthiness and evidence-list helpers for the evaluator.
// Empty spans never become evidence: they cannot be quoted or located meaningfully.
#include "runtime/eval/value.h"

#include <algorithm>
#include <utility>

namespace verdict::eval {
namespace {

Value Make(auto payload, std::vector<doc::Span> evidence) {
  Value v;
  v.data = std::move(payload);
  AddEvidence(&v.evidence, evidence);
  return v;
}

}  // namespace

Value Value::Bool(bool b, std::vector<doc::Span> evidence) { return Make(b, std::move(evidence)); }
Value Value::Int(int64_t i, std::vector<doc::Span> evidence) {
  return Make(i, std::move(evidence));
}
Value Value::OfDate(doc::Date d, std::vector<doc::Span> evidence) {
  return Make(d, std::move(evidence));
}
Value Value::String(std::string s, std::vector<doc::Span> evidence) {
  return Make(std::move(s), std::move(evidence));
}
Value Value::OfScope(Scope s, std::vector<doc::Span> evidence) {
  return Make(std::move(s), std::move(evidence));
}

bool Truthy(const Value& value) {
  struct Visitor {
    bool operator()(std::monostate) const { return false; }
    bool operator()(bool b) const { return b; }
    bool operator()(int64_t i) const { return i != 0; }
    bool operator()(const doc::Date&) const { return true; }
    bool operator()(const std::string& s) const { return !s.empty(); }
    bool operator()(const Scope& s) const { return !s.empty(); }
  };
  return std::visit(Visitor{}, value.data);
}

void AddEvidence(std::vector<doc::Span>* into, const std::vector<doc::Span>& more) {
  for (const doc::Span& span : more) {
    if (span.empty()) continue;
    if (std::find(into->begin(), into->end(), span) != into->end()) continue;
    into->push_back(span);
  }
}

void SortEvidence(std::vector<doc::Span>* evidence) {
  std::sort(evidence->begin(), evidence->end(), [](const doc::Span& a, const doc::Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  evidence->erase(std::unique(evidence->begin(), evidence->end()), evidence->end());
}

}  // namespace verdict::eval
