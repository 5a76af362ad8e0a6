// verdict: checks reports against compiled rule sets. Subcommands: check, compile.
// Exit codes (a contract, see docs/cli.md): 0 compliant or warnings only, 1 some document
// non-compliant, 2 some document could not be read or evaluated, 3 usage or rule-file errors.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <iterator>

#include "cli/inputs.h"
#include "cli/json_output.h"
#include "cli/text_output.h"
#include "cli/version.h"
#include "compiler/compiler.h"
#include "compiler/diag/render.h"
#include "runtime/check/checker.h"
#include "runtime/ruleset/explain.h"
#include "runtime/scan/database_cache.h"

namespace verdict::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitNonCompliant = 1;
constexpr int kExitUnreadable = 2;
constexpr int kExitUsage = 3;

bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return isatty(STDOUT_FILENO) && getenv("NO_COLOR") == nullptr;
}

// Prints diagnostics to stderr; returns true when the rule set compiled.
bool ReportDiagnostics(const compiler::CompileResult& r, bool json, bool checking) {
  if (json) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& d : r.diagnostics) arr.push_back(diag::RenderJson(d, *r.sources));
    std::cerr << arr.dump(2) << "\n";
  } else {
    for (const auto& d : r.diagnostics) std::cerr << diag::RenderText(d, *r.sources);
    size_t errors = 0;
    for (const auto& d : r.diagnostics) errors += d.severity == diag::Severity::kError;
    if (errors > 0) {
      std::cerr << errors << " error(s)" << (checking ? "; nothing was checked" : "") << "\n";
    }
  }
  return r.ok();
}

struct CheckArgs {
  std::string rules;
  std::string format = "text";
  std::string color = "auto";
  bool quiet = false;
  bool all_files = false;
  uint64_t max_bytes = 64ull << 20;
  uint64_t max_unzipped_bytes = 256ull << 20;
  std::string input_format = "auto";
  std::vector<std::string> paths;
};

int RunCheck(const CheckArgs& args) {
  compiler::CompileOptions compile_options;
  compile_options.build_matcher = true;  // the checker below takes the database over
  compile_options.matcher_cache_dir = scan::DefaultCacheDir();
  compiler::CompileResult compiled =
      compiler::Compile(args.rules, compiler::DiskLoader(), compile_options);
  if (!ReportDiagnostics(compiled, false, true)) return kExitUsage;
  // The compiler built the matcher database (or read it from the cache), reporting any failure
  // as a diagnostic above; the checker takes it over.
  std::optional<check::Checker> checker;
  checker.emplace(check::Checker::Create(*compiled.ruleset, std::move(*compiled.database)));
  checker->set_max_bytes(args.max_bytes);
  if (args.input_format != "auto") checker->set_format(read::ParseFormat(args.input_format));
  read::ReadOptions read_options;
  read_options.max_unzipped_bytes = args.max_unzipped_bytes;
  checker->set_read_options(read_options);
  auto scratch_or = checker->NewScratch();
  if (!scratch_or.ok()) {
    std::cerr << "error: cannot allocate matcher scratch: " << scratch_or.error().message << "\n";
    return kExitUsage;
  }
  scan::Scratch& scratch = *scratch_or;

  bool json = args.format == "json";
  TextOptions text_opt{UseColor(args.color), !args.quiet};
  std::optional<JsonReportWriter> writer;
  if (json) writer.emplace(std::cout, *compiled.ruleset);
  VerdictCounts counts;
  for (const Input& in : ExpandInputs(args.paths, args.all_files)) {
    check::DocumentResult r;
    if (!in.problem.empty()) {
      r = check::ErrorResult(in.path, "io-error", in.problem);
    } else if (in.path == "-") {
      std::string bytes((std::istreambuf_iterator<char>(std::cin)),
                        std::istreambuf_iterator<char>());
      r = checker->Check("-", bytes, scratch);
    } else {
      r = checker->CheckFile(in.path, scratch);
    }
    if (json) {
      writer->Add(r);
    } else {
      PrintDocument(std::cout, r, text_opt);
    }
    counts.Add(r.verdict);
  }
  if (json) {
    writer->Finish(counts);
  } else {
    PrintSummary(std::cout, counts, text_opt);
  }
  std::cout.flush();
  if (counts.of(check::Verdict::kError) > 0) return kExitUnreadable;
  if (counts.of(check::Verdict::kNonCompliant) > 0) return kExitNonCompliant;
  return kExitOk;
}

struct CompileArgs {
  std::vector<std::string> files;
  bool explain = false;
  bool dump_ast = false;
  std::string format = "text";
};

int RunCompile(const CompileArgs& args) {
  int code = kExitOk;
  for (const std::string& file : args.files) {
    compiler::CompileOptions options;
    options.dump_ast = args.dump_ast;
    options.matcher_cache_dir = scan::DefaultCacheDir();
    compiler::CompileResult r = compiler::Compile(file, compiler::DiskLoader(), options);
    if (args.dump_ast) std::cout << r.ast_dump;
    if (!ReportDiagnostics(r, args.format == "json", false)) {
      code = kExitUsage;
      continue;
    }
    if (args.explain) {
      std::cout << ruleset::Explain(*r.ruleset);
    } else if (args.format != "json") {
      std::cerr << file << ": ok (" << r.ruleset->rules.size() << " rules, "
                << r.ruleset->patterns.size() << " patterns, " << r.ruleset->atoms.size()
                << " atoms in one matcher database)\n";
    }
  }
  return code;
}

int Main(int argc, char** argv) {
  CLI::App app{"verdict: checks 法治政府建设年度报告 and other reports against rule files"};
  app.set_version_flag("--version", std::string("verdict ") + kVersion);
  app.require_subcommand(1);

  CheckArgs check_args;
  CLI::App* check = app.add_subcommand("check", "check documents against a rule file");
  check->add_option("--rules,-r", check_args.rules, "rule file")
      ->required()
      ->check(CLI::ExistingFile);
  check->add_option("--format,-f", check_args.format, "output format")
      ->check(CLI::IsMember({"text", "json"}));
  check->add_option("--color", check_args.color, "colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  check->add_flag("--quiet,-q", check_args.quiet, "text output: show only warnings and failures");
  check->add_flag("--all-files", check_args.all_files,
                  "in directories, check every file, not only report extensions");
  check->add_option("--max-size", check_args.max_bytes, "largest document in bytes");
  check->add_option("--max-unzipped-size", check_args.max_unzipped_bytes,
                    "largest size a .docx may inflate to (zip-bomb guard), and the most text "
                    "read from a PDF");
  check
      ->add_option("--input-format", check_args.input_format,
                   "read every input as this format instead of sniffing it")
      ->check(CLI::IsMember({"auto", "text", "html", "docx", "pdf"}));
  check->add_option("paths", check_args.paths, "files, directories, or - for standard input")
      ->required();

  CompileArgs compile_args;
  CLI::App* compile = app.add_subcommand("compile", "check rule files and show the compiled plan");
  compile->add_option("files", compile_args.files, "rule files")->required();
  compile->add_flag("--explain", compile_args.explain, "print the compiled plan");
  compile->add_flag("--dump-ast", compile_args.dump_ast, "print the parsed AST");
  compile->add_option("--format,-f", compile_args.format, "diagnostic format")
      ->check(CLI::IsMember({"text", "json"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  if (*check) return RunCheck(check_args);
  return RunCompile(compile_args);
}

}  // namespace
}  // namespace verdict::cli

int main(int argc, char** argv) { return verdict::cli::Main(argc, argv); }
