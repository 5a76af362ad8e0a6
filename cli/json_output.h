// The JSON report of `verdict check --format json` (documented in docs/json-output.md).
#ifndef VERDICT_CLI_JSON_OUTPUT_H_
#define VERDICT_CLI_JSON_OUTPUT_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "runtime/check/result.h"
#include "runtime/ruleset/ruleset.h"

namespace verdict::cli {

// Appends one document's object, pretty-printed, as if nested `depth` levels deep (the first
// line carries no indent: the caller places it).
void AppendDocumentJson(std::string& out, const check::DocumentResult& doc, int depth);

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
  std::string buffer_;  // one document's JSON, reused across documents
  bool first_ = true;
};

}  // namespace verdict::cli

#endif  // VERDICT_CLI_JSON_OUTPUT_H_
