// The overall verdict of a checked document and the report names of the result enums.
// Names are part of the output format; outcome and severity names come from the rule set.
#include "runtime/check/result.h"

#include <utility>

#include "runtime/ruleset/explain.h"

namespace verdict::check {

DocumentResult ErrorResult(std::string path, std::string code, std::string message) {
  DocumentResult result;
  result.path = std::move(path);
  result.error = text::ReadError{std::move(code), std::move(message)};
  result.verdict = Verdict::kError;
  return result;
}

nlohmann::json FactJson(const FactValue& value) {
  struct Visitor {
    nlohmann::json operator()(std::monostate) const { return nullptr; }
    nlohmann::json operator()(bool b) const { return b; }
    nlohmann::json operator()(int64_t i) const { return i; }
    nlohmann::json operator()(const std::string& s) const { return s; }
  };
  return std::visit(Visitor{}, value);
}

Verdict ComputeVerdict(const std::optional<text::ReadError>& error,
                       const std::vector<RuleResult>& results) {
  if (error) return Verdict::kError;
  bool warnings = false;
  for (const RuleResult& r : results) {
    if (r.outcome == ruleset::Outcome::kFail) {
      if (r.severity == ruleset::Severity::kError) return Verdict::kNonCompliant;
      warnings = true;
    } else if (r.outcome == ruleset::Outcome::kWarn) {
      warnings = true;
    }
  }
  return warnings ? Verdict::kWarnings : Verdict::kCompliant;
}

std::string VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kCompliant:
      return "compliant";
    case Verdict::kWarnings:
      return "warnings";
    case Verdict::kNonCompliant:
      return "non-compliant";
    case Verdict::kError:
      return "error";
  }
  return "error";
}

// The names are the rule set's own (runtime/ruleset/explain.h), so reports and --explain agree.
std::string OutcomeName(ruleset::Outcome outcome) { return ruleset::OutcomeName(outcome); }

std::string SeverityName(ruleset::Severity severity) { return ruleset::SeverityName(severity); }

}  // namespace verdict::check
