// Renderers for diagnostics: compiler-style text with the source line and a caret, and JSON.
#ifndef VERDICT_COMPILER_DIAG_RENDER_H_
#define VERDICT_COMPILER_DIAG_RENDER_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/diag/diagnostic.h"

namespace verdict::diag {

/// "file:line:col: error[E0101]: message", then the source line with carets under the range,
/// each note the same way, and "= help: ..." when there is a suggestion.
std::string RenderText(const Diagnostic& d, const source::SourceManager& sm);

/// One JSON object per diagnostic: code, severity, message, file, line, column, end, notes, help.
nlohmann::json RenderJson(const Diagnostic& d, const source::SourceManager& sm);

}  // namespace verdict::diag

#endif  // VERDICT_COMPILER_DIAG_RENDER_H_
