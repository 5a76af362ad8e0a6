// The JSON report of `verdict check --format json` (documented in docs/json-output.md).
#ifndef VERDICT_CLI_JSON_OUTPUT_H_
#define VERDICT_CLI_JSON_OUTPUT_H_

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "runtime/check/result.h"
#include "runtime/ruleset/ruleset.h"

namespace verdict::cli {

nlohmann::json DocumentJson(const check::DocumentResult& doc);

/// Per-verdict document counts, indexed by check::Verdict.
struct VerdictCounts {
  int count[4] = {0, 0, 0, 0};
  int total = 0;
  void Add(check::Verdict v) {
    ++count[static_cast<int>(v)];
    ++total;
  }
  int of(check::Verdict v) const { return count[static_cast<int>(v)]; }
};

/// Writes the report — one object: tool, ruleset, documents (in input order), summary — as the
/// documents are checked, so memory stays flat however many documents a run has.
class JsonReportWriter {
 public:
  JsonReportWriter(std::ostream& out, const ruleset::Ruleset& rs);
  void Add(const check::DocumentResult& doc);
  void Finish(const VerdictCounts& counts);

 private:
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace verdict::cli

#endif  // VERDICT_CLI_JSON_OUTPUT_H_
