// Checker: the runtime pipeline for one compiled rule set. bytes -> decode -> normalize ->
// document model -> one scan -> evaluate every rule -> DocumentResult with evidence located in
// the original file. Problems with a document are reported in its result, never thrown.
#ifndef VERDICT_RUNTIME_CHECK_CHECKER_H_
#define VERDICT_RUNTIME_CHECK_CHECKER_H_

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "runtime/check/result.h"
#include "runtime/read/extracted.h"
#include "runtime/ruleset/ruleset.h"
#include "runtime/scan/matcher_database.h"
#include "support/result.h"

namespace verdict::check {

// Checks documents against one rule set. Move-only (it owns the matcher database). Check() and
// CheckFile() are const and may run concurrently, each thread with its own Scratch.
class Checker {
 public:
  static constexpr uint64_t kDefaultMaxBytes = uint64_t{64} << 20;  // 64 MiB

  // Copies `rules` and compiles its atoms into the matcher database, reusing a compiled one
  // from `cache_dir` when it holds one for exactly these atoms (see scan/database_cache.h).
  static Result<Checker, scan::ScanError> Create(
      const ruleset::Ruleset& rules,
      const std::optional<std::filesystem::path>& cache_dir = std::nullopt);
  // Copies `rules` and takes over `database`, already built from exactly its atoms (e.g. by
  // the compiler: compiler::CompileResult::database).
  static Checker Create(const ruleset::Ruleset& rules, scan::MatcherDatabase database) {
    return Checker(rules, std::move(database));
  }

  // Scratch for one thread's Check() calls (fails only when memory runs out).
  Result<scan::Scratch, scan::ScanError> NewScratch() const { return database_.NewScratch(); }

  // Inputs larger than this many bytes are rejected with error code "too-large".
  void set_max_bytes(uint64_t max_bytes) { max_bytes_ = max_bytes; }
  uint64_t max_bytes() const { return max_bytes_; }

  // Reads every input as `format` instead of sniffing it (--input-format).
  void set_format(std::optional<read::Format> format) { format_ = format; }
  // Reader limits, such as the decompressed-size limit for .docx (--max-unzipped-size).
  void set_read_options(const read::ReadOptions& options) { read_options_ = options; }

  // Checks the file contents `bytes`, reported under `path`. Undecodable input (codes from
  // text::Decode: empty-document, binary-file, ...) or input over max_bytes() ("too-large")
  // gives a result with `error` set, verdict kError and no rule results.
  DocumentResult Check(std::string path, std::string_view bytes, scan::Scratch& scratch) const;

  // Reads `path` and checks it. A file that cannot be opened or read gives error code
  // "io-error"; one over max_bytes() gives "too-large" without being read.
  DocumentResult CheckFile(const std::string& path, scan::Scratch& scratch) const;

  const ruleset::Ruleset& rules() const { return rules_; }

 private:
  Checker(ruleset::Ruleset rules, scan::MatcherDatabase database)
      : rules_(std::move(rules)), database_(std::move(database)) {}

  ruleset::Ruleset rules_;
  scan::MatcherDatabase database_;
  uint64_t max_bytes_ = kDefaultMaxBytes;
  std::optional<read::Format> format_;
  read::ReadOptions read_options_;
};

}  // namespace verdict::check

#endif  // VERDICT_RUNTIME_CHECK_CHECKER_H_
