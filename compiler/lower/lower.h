// Lowering: checked AST -> the compiled rule set (pattern atoms + one decision program per rule).
#ifndef VERDICT_COMPILER_LOWER_LOWER_H_
#define VERDICT_COMPILER_LOWER_LOWER_H_

#include "compiler/sema/checked_program.h"
#include "runtime/ruleset/ruleset.h"

namespace verdict::lower {

/// Requires a program that checked without errors. Atoms and patterns are deduplicated, so every
/// distinct expression is scanned once per document however many rules use it.
ruleset::Ruleset Lower(const sema::CheckedProgram& program, const source::SourceManager& sources);

}  // namespace verdict::lower

#endif  // VERDICT_COMPILER_LOWER_LOWER_H_
