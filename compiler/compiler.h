// The compiler façade: a rule file (and what it imports) -> a compiled rule set or diagnostics.
// Pipeline: parse (ANTLR -> AST) -> sema (checked AST) -> lower (IR = ruleset::Ruleset).
#ifndef VERDICT_COMPILER_COMPILER_H_
#define VERDICT_COMPILER_COMPILER_H_

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/diag/diagnostic.h"
#include "runtime/ruleset/ruleset.h"
#include "runtime/scan/matcher_database.h"
#include "support/result.h"

namespace verdict::compiler {

/// Reads a rule file by path; tests pass an in-memory map instead of the disk.
using FileLoader = std::function<Result<std::string, std::string>(const std::string& path)>;
FileLoader DiskLoader();

struct CompileResult {
  std::optional<ruleset::Ruleset> ruleset;         // set when there were no errors
  std::vector<diag::Diagnostic> diagnostics;       // sorted; warnings may accompany a ruleset
  std::shared_ptr<source::SourceManager> sources;  // what the diagnostics point into
  std::string ast_dump;                            // filled when requested in CompileOptions
  // The rule set's matcher database, when CompileOptions::build_matcher built it: a checker
  // takes it over instead of building it again.
  std::shared_ptr<scan::MatcherDatabase> database;
  bool ok() const { return ruleset.has_value(); }
};

struct CompileOptions {
  bool dump_ast = false;
  // Build the rule set's matcher database once, as the runtime will, so that what only a full
  // build finds (a pattern too large for the matcher) is an E0106 at the regex, not a failure
  // at check time. With a cache dir the database is kept there, and the runtime's own build
  // of the same atoms is a cache hit (scan/database_cache.h).
  bool build_matcher = true;
  std::optional<std::filesystem::path> matcher_cache_dir;
};

/// Compiles `path`. Never throws on bad input: every problem is a diagnostic.
CompileResult Compile(const std::string& path, const FileLoader& loader = DiskLoader(),
                      const CompileOptions& options = {});

}  // namespace verdict::compiler

#endif  // VERDICT_COMPILER_COMPILER_H_
