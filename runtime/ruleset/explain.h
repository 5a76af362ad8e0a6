// A readable listing of a compiled rule set: atoms, patterns, globals and each rule's decision
// program. Printed by `verdict compile --explain`; deterministic, so tests can compare it.
#ifndef VERDICT_RUNTIME_RULESET_EXPLAIN_H_
#define VERDICT_RUNTIME_RULESET_EXPLAIN_H_

#include <string>

#include "runtime/ruleset/ruleset.h"

namespace verdict::ruleset {

std::string Explain(const Ruleset& rs);
std::string ExprToString(const Ruleset& rs, uint32_t node, const Rule* rule = nullptr);
const char* OutcomeName(Outcome o);    // "pass", "warn", "fail", "n/a"
const char* SeverityName(Severity s);  // "error", "warning", "info"

}  // namespace verdict::ruleset

#endif  // VERDICT_RUNTIME_RULESET_EXPLAIN_H_
