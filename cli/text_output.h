// The human-readable report of `verdict check`: per document its verdict, each rule's outcome
// with its message, and the evidence line with the matched span marked, like compiler output.
#ifndef VERDICT_CLI_TEXT_OUTPUT_H_
#define VERDICT_CLI_TEXT_OUTPUT_H_

#include <ostream>
#include <vector>

#include "cli/json_output.h"
#include "runtime/check/result.h"

namespace verdict::cli {

struct TextOptions {
  bool color = false;
  bool show_passes = true;  // passing and n/a rules get a one-line entry
};

void PrintDocument(std::ostream& out, const check::DocumentResult& doc, const TextOptions& opt);
void PrintSummary(std::ostream& out, const VerdictCounts& counts, const TextOptions& opt);

}  // namespace verdict::cli

#endif  // VERDICT_CLI_TEXT_OUTPUT_H_
