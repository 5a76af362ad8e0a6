// The compiler façade: a rule file (and what it imports) -> a compiled rule set or diagnostics.
// Pipeline: parse (ANTLR -> AST) -> sema (checked AST) -> lower (IR = ruleset::Ruleset).
#ifndef VERDICT_COMPILER_COMPILER_H_
#define VERDICT_COMPILER_COMPILER_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/diag/diagnostic.h"
#include "runtime/ruleset/ruleset.h"
#include "support/result.h"

namespace verdict::compiler {

/// Reads a rule file by path; tests pass an in-memory map instead of the disk.
using FileLoader = std::function<Result<std::string, std::string>(const std::string& path)>;
FileLoader DiskLoader();

struct CompileResult {
  std::optional<ruleset::Ruleset> ruleset;  // set when there were no errors
  std::vector<diag::Diagnostic> diagnostics;  // sorted; warnings may accompany a ruleset
  std::shared_ptr<source::SourceManager> sources;  // what the diagnostics point into
  std::string ast_dump;  // filled when requested in CompileOptions
  bool ok() const { return ruleset.has_value(); }
};

struct CompileOptions {
  bool dump_ast = false;
};

/// Compiles `path`. Never throws on bad input: every problem is a diagnostic.
CompileResult Compile(const std::string& path, const FileLoader& loader = DiskLoader(),
                      const CompileOptions& options = {});

}  // namespace verdict::compiler

#endif  // VERDICT_COMPILER_COMPILER_H_
