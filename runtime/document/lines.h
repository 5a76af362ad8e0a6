// Splits normalized text into trimmed, non-empty lines.
#ifndef VERDICT_RUNTIME_DOCUMENT_LINES_H_
#define VERDICT_RUNTIME_DOCUMENT_LINES_H_

#include <string_view>
#include <vector>

namespace verdict::doc {

// The non-empty lines of `text`, each trimmed of blanks, as views into `text` in order.
// Blank and space-only lines are skipped.
std::vector<std::string_view> SplitLines(std::string_view text);

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_LINES_H_
