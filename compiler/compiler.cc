// The compiler driver: loads the main file and its imports (each once, cycles reported),
// then runs sema and lowering. Each stage runs only if the one before it reported no error.
#include "compiler/compiler.h"

#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "compiler/lower/lower.h"
#include "compiler/parse/parser.h"
#include "compiler/sema/checker.h"
#include "runtime/scan/database_cache.h"

namespace verdict::compiler {
namespace {

namespace fs = std::filesystem;

class Driver {
 public:
  Driver(const FileLoader& loader) : loader_(loader) {}

  CompileResult Run(const std::string& path, const CompileOptions& options) {
    CompileResult result;
    result.sources = sources_;
    std::set<std::string> stack;
    LoadFile(fs::path(path).lexically_normal().string(), std::nullopt, &stack);
    if (!diags_.HasErrors()) {
      const ast::File& main = *order_.back();
      if (!main.header) {
        diags_.Report({main.id, 0, 0}, diag::Kind::kMissingHeader)
            .Help("start the file with: ruleset my_rules \"名称\" version \"1.0\"");
      }
    }
    if (options.dump_ast) {
      for (const ast::File* f : order_) {
        result.ast_dump += "# " + sources_->Get(f->id).path + "\n" + ast::Dump(*f);
      }
    }
    if (!diags_.HasErrors()) {
      sema::CheckedProgram checked = sema::Check(order_, *sources_, diags_);
      if (!diags_.HasErrors()) {
        ruleset::Ruleset lowered = lower::Lower(checked, *sources_);
        if (!options.build_matcher || BuildMatcher(lowered, checked, options, result)) {
          result.ruleset = std::move(lowered);
        }
      }
    }
    result.diagnostics = diags_.Sorted();
    return result;
  }

 private:
  // Builds the matcher database of `rules` into `result`; on failure reports E0106 at the regex
  // that owns the atom Hyperscan names (or at the main file when no single regex is at fault).
  bool BuildMatcher(const ruleset::Ruleset& rules, const sema::CheckedProgram& checked,
                    const CompileOptions& options, CompileResult& result) {
    auto built = scan::BuildCached(rules.atoms, options.matcher_cache_dir);
    if (built.ok()) {
      result.database = std::make_shared<scan::MatcherDatabase>(std::move(built).value());
      return true;
    }
    const scan::ScanError& error = built.error();
    source::Range at{order_.back()->id, 0, 0};
    if (error.atom >= 0 && static_cast<size_t>(error.atom) < rules.atoms.size()) {
      const std::string& expression = rules.atoms[static_cast<size_t>(error.atom)].expression;
      const ast::PatternExpr* owner = nullptr;
      for (const auto& [p, expr] : checked.atoms) {
        if (expr != expression) continue;
        // The earliest occurrence in the sources, so the report does not depend on map order.
        if (owner == nullptr || p->range.file < owner->range.file ||
            (p->range.file == owner->range.file && p->range.begin < owner->range.begin)) {
          owner = p;
        }
      }
      if (owner != nullptr) at = owner->range;
    }
    diags_.Report(at, diag::Kind::kInvalidRegex) << error.message;
    return false;
  }

  // Parses `path` and, depth first, its imports; appends files in dependency order.
  void LoadFile(const std::string& path, std::optional<source::Range> imported_at,
                std::set<std::string>* stack) {
    if (loaded_.count(path) != 0) return;
    auto text = loader_(path);
    if (!text.ok()) {
      diags_.Report(imported_at.value_or(source::Range{NoFile(path), 0, 0}),
                    diag::Kind::kCannotReadFile)
          << path << text.error();
      return;
    }
    source::FileId id = sources_->Add(path, std::move(text).value());
    files_.push_back(parse::ParseFile(sources_->Get(id), diags_));
    ast::File& file = files_.back();
    loaded_.insert(path);
    stack->insert(path);
    if (imported_at && file.header) {
      diags_.Report(file.header->range, diag::Kind::kHeaderInImport);
    }
    for (const ast::Import& imp : file.imports) {
      std::string target = (fs::path(path).parent_path() / imp.path).lexically_normal().string();
      if (stack->count(target) != 0) {
        diags_.Report(imp.range, diag::Kind::kImportCycle) << imp.path;
        continue;
      }
      LoadFile(target, imp.range, stack);
    }
    stack->erase(path);
    order_.push_back(&file);
  }

  // A placeholder source so that an unreadable main file still has a file name to report.
  source::FileId NoFile(const std::string& path) { return sources_->Add(path, ""); }

  const FileLoader& loader_;
  std::shared_ptr<source::SourceManager> sources_ = std::make_shared<source::SourceManager>();
  diag::DiagnosticEngine diags_;
  std::deque<ast::File> files_;  // stable addresses
  std::vector<const ast::File*> order_;
  std::set<std::string> loaded_;
};

}  // namespace

FileLoader DiskLoader() {
  return [](const std::string& path) -> Result<std::string, std::string> {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return Err(std::string("is a directory"));
    std::ifstream in(path, std::ios::binary);
    if (!in) return Err(std::string("no such file or not readable"));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
}

CompileResult Compile(const std::string& path, const FileLoader& loader,
                      const CompileOptions& options) {
  return Driver(loader).Run(path, options);
}

}  // namespace verdict::compiler
