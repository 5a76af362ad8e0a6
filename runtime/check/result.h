// The result model of checking one document: per-rule outcomes with evidence located in the
// ORIGINAL file, document facts, and the overall verdict. This is what reporters serialize.
#ifndef VERDICT_RUNTIME_CHECK_RESULT_H_
#define VERDICT_RUNTIME_CHECK_RESULT_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "runtime/ruleset/ruleset.h"
#include "runtime/text/decode.h"

namespace verdict::check {

// One place in the checked file that justifies an outcome.
struct Evidence {
  uint32_t line = 0, column = 0;     // 1-based; column in characters of the original file
  uint32_t end_line = 0, end_column = 0;  // just past the evidence, same coordinates
  uint64_t offset = 0, length = 0;   // bytes of the ORIGINAL file (before decoding)
  std::string text;                  // the evidence as it appears in the file, decoded to UTF-8
  std::vector<std::string> section;  // original text of the enclosing headings, outermost first
  std::string line_text;  // the decoded original line holding the start, without its line break
  // Paged and paragraphed originals: PDF page, DOCX paragraph and text run (1-based; 0 = n/a).
  uint32_t page = 0, paragraph = 0, run = 0;
  // True when this marks where absent content was expected (just after the last body
  // character); then length is 0 and text and section are empty.
  bool expected = false;
};

struct RuleResult {
  std::string rule, name;
  ruleset::Severity severity = ruleset::Severity::kError;
  ruleset::Outcome outcome = ruleset::Outcome::kNotApplicable;
  std::string message, basis;  // basis: the rule's, or the rule set's when the rule has none
  std::vector<Evidence> evidence;
};

enum class Verdict { kCompliant, kWarnings, kNonCompliant, kError };

// An exported global's value: null (missing), bool, int, or string. Dates are ISO strings
// (YYYY-MM-DD) and scopes are reported as whether they are non-empty.
using FactValue = std::variant<std::monostate, bool, int64_t, std::string>;

struct DocumentResult {
  std::string path;
  std::string format;                    // reader used: text, html, docx, pdf; empty if unread
  std::string encoding;                  // as detected; empty when the file could not be read
  std::string title;                     // original text of the title, trimmed; may be empty
  std::optional<std::string> published;  // YYYY-MM-DD
  std::string published_kind;            // which date it is: published, written, updated, date
  std::optional<std::string> source;     // original text of the source, trimmed
  std::vector<std::pair<std::string, FactValue>> facts;  // exported globals, in rule-set order
  Verdict verdict = Verdict::kCompliant;
  std::optional<text::ReadError> error;  // set iff verdict == kError; no results then
  std::vector<RuleResult> results;       // in rule-set order
};

// The record of a document that could not be read or checked: `error` = {code, message},
// verdict kError, no rule results.
DocumentResult ErrorResult(std::string path, std::string code, std::string message);

// A fact as JSON: null, true/false, a number or a string.
nlohmann::json FactJson(const FactValue& value);

// kError if `error` is set; kNonCompliant if a rule of severity error fails; kWarnings if any
// rule warns or a rule of lesser severity fails; else kCompliant.
Verdict ComputeVerdict(const std::optional<text::ReadError>& error,
                       const std::vector<RuleResult>& results);

// Stable lower-case names used in reports.
std::string VerdictName(Verdict verdict);              // compliant, warnings, non-compliant, error
std::string OutcomeName(ruleset::Outcome outcome);     // pass, warn, fail, n/a
std::string SeverityName(ruleset::Severity severity);  // error, warning, info

}  // namespace verdict::check

#endif  // VERDICT_RUNTIME_CHECK_RESULT_H_
