// The JSON report of `verdict check --format json` (documented in docs/json-output.md).
#ifndef VERDICT_CLI_JSON_OUTPUT_H_
#define VERDICT_CLI_JSON_OUTPUT_H_

#include <vector>

#include <nlohmann/json.hpp>

#include "runtime/check/result.h"
#include "runtime/ruleset/ruleset.h"

namespace verdict::cli {

nlohmann::json DocumentJson(const check::DocumentResult& doc);

/// One object: tool, ruleset, documents (in input order) and summary counts.
nlohmann::json ReportJson(const ruleset::Ruleset& rs, const std::vector<check::DocumentResult>& docs);

}  // namespace verdict::cli

#endif  // VERDICT_CLI_JSON_OUTPUT_H_
