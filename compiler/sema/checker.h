// Semantic analysis: resolves names, checks types, validates regexes and decision lists.
// Input: the parsed files (imports first). Output: a CheckedProgram; problems go to `diags`.
#ifndef VERDICT_COMPILER_SEMA_CHECKER_H_
#define VERDICT_COMPILER_SEMA_CHECKER_H_

#include <vector>

#include "compiler/diag/diagnostic.h"
#include "compiler/sema/checked_program.h"

namespace verdict::sema {

/// `files` are in dependency order (an imported file before its importer); the last one is the
/// main file, whose header names the rule set. Unused-name warnings are given for it only.
CheckedProgram Check(const std::vector<const ast::File*>& files,
                     const source::SourceManager& sources, diag::DiagnosticEngine& diags);

}  // namespace verdict::sema

#endif  // VERDICT_COMPILER_SEMA_CHECKER_H_
