// MatcherDatabase: every atom of a rule set compiled into ONE Hyperscan block-mode database,
// so a document is scanned once, in time linear in its length, whatever the number of rules.
#ifndef VERDICT_RUNTIME_SCAN_MATCHER_DATABASE_H_
#define VERDICT_RUNTIME_SCAN_MATCHER_DATABASE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/ruleset/ruleset.h"
#include "support/result.h"

// Hyperscan's opaque handles; declared here so users of this header need not see <hs/hs.h>.
struct hs_database;
struct hs_scratch;

namespace verdict::scan {

struct ScanError {
  std::string message;  // Hyperscan's own text, or ours for problems found before compiling
  int atom = -1;        // index of the offending atom, -1 when no single atom is at fault
};

// One report from the matcher: atom index and the byte range [begin, end) in the scanned text.
struct RawMatch {
  uint32_t atom = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const RawMatch&) const = default;
};

// Per-thread working memory for scanning. Obtain one per thread from
// MatcherDatabase::NewScratch(); it may only be used with the database that made it and by one
// scan at a time. Move-only. A default-constructed Scratch fits only an empty database.
class Scratch {
 public:
  Scratch() = default;
  Scratch(Scratch&&) noexcept = default;
  Scratch& operator=(Scratch&&) noexcept = default;
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

 private:
  friend class MatcherDatabase;
  struct Free {
    void operator()(hs_scratch* scratch) const;
  };
  std::unique_ptr<hs_scratch, Free> scratch_;
  const hs_database* owner_ = nullptr;  // the database this scratch was sized for
};

// The compiled matcher. Atom i of the rule set is reported with id i. An empty atom list gives
// an empty database that matches nothing and never calls Hyperscan. Move-only; const methods
// are safe to call from several threads, each with its own Scratch.
class MatcherDatabase {
 public:
  // Hyperscan flags every atom is compiled with (and Validate() checks against).
  static const unsigned kFlags;  // HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SOM_LEFTMOST
  static const unsigned kMode;   // HS_MODE_BLOCK (SOM horizons are a streaming-mode option)

  MatcherDatabase() = default;  // empty: no atoms
  MatcherDatabase(MatcherDatabase&&) noexcept = default;
  MatcherDatabase& operator=(MatcherDatabase&&) noexcept = default;
  MatcherDatabase(const MatcherDatabase&) = delete;
  MatcherDatabase& operator=(const MatcherDatabase&) = delete;

  // Compiles all atoms with hs_compile_multi. On failure the error names the first bad atom.
  static Result<MatcherDatabase, ScanError> Build(const std::vector<ruleset::Atom>& atoms);

  // Analyses one expression with the same flags as Build() (hs_expression_info: parsed and
  // checked, no database built). Returns nullopt when it is fine, else the reason: Hyperscan's
  // message for a syntax error or unsupported construct, or that it can match empty text.
  static std::optional<std::string> Validate(const std::string& expression);

  // Hyperscan's serialized form of the database (nullopt for an empty database or on failure),
  // and the way back: Deserialize fails when the bytes are not a database for this Hyperscan
  // version and platform. Reports of ids >= `atom_count` are dropped by Scan().
  std::optional<std::string> Serialize() const;
  static Result<MatcherDatabase, ScanError> Deserialize(std::string_view bytes,
                                                        uint32_t atom_count);

  // A fresh scratch for one thread (a clone of the database's prototype scratch).
  Result<Scratch, ScanError> NewScratch() const;

  // Appends every match of every atom in `text` to `out`, in the order Hyperscan reports
  // them. Hyperscan reports each end offset at which an atom matches, with the leftmost start
  // for that end (SOM_LEFTMOST); so `\d+` over "123" yields [0,1) [0,2) [0,3). Consecutive
  // reports of one atom that share a start are merged into the longest one, which changes
  // nothing for PatternMatches (the longer match always wins) but keeps `out` small.
  // Preconditions: `text` is valid UTF-8 shorter than 4 GiB and `scratch` came from this
  // database's NewScratch(); breaking them is a programming error and aborts.
  void Scan(std::string_view text, Scratch& scratch, std::vector<RawMatch>* out) const;

  uint32_t atom_count() const { return atom_count_; }
  bool empty() const { return database_ == nullptr; }

 private:
  struct FreeDatabase {
    void operator()(hs_database* database) const;
  };

  // Takes ownership of a compiled database and sizes the prototype scratch for it.
  static Result<MatcherDatabase, ScanError> Adopt(hs_database* database, uint32_t atom_count);

  std::unique_ptr<hs_database, FreeDatabase> database_;
  Scratch prototype_;  // never scanned with; only cloned
  uint32_t atom_count_ = 0;
};

}  // namespace verdict::scan

#endif  // VERDICT_RUNTIME_SCAN_MATCHER_DATABASE_H_
