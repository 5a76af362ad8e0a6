// An on-disk cache of compiled matcher databases, like a compiler cache: compiling a rule set's
// atoms with SOM takes most of verdict's start-up, and the same rule file is checked again and
// again. The key covers everything the database depends on (Hyperscan version, flags, mode,
// every atom), so a stale entry can never be picked up; a damaged or foreign entry is ignored
// and rebuilt. The cache is an optimisation only: any failure to read or write it is silent.
#ifndef VERDICT_RUNTIME_SCAN_DATABASE_CACHE_H_
#define VERDICT_RUNTIME_SCAN_DATABASE_CACHE_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "runtime/ruleset/ruleset.h"
#include "runtime/scan/matcher_database.h"
#include "support/result.h"

namespace verdict::scan {

// Where compiled databases are kept: $VERDICT_CACHE_DIR when set (set but empty turns the
// cache off), else $XDG_CACHE_HOME/verdict, else $HOME/.cache/verdict; nullopt when none.
std::optional<std::filesystem::path> DefaultCacheDir();

// The file name an atom list is cached under (a hash of all it depends on, in hex).
std::string CacheKey(const std::vector<ruleset::Atom>& atoms);

// MatcherDatabase::Build(atoms), reusing `dir`'s entry when there is a valid one and storing
// the result there otherwise. Without a dir it is exactly Build(atoms).
Result<MatcherDatabase, ScanError> BuildCached(const std::vector<ruleset::Atom>& atoms,
                                               const std::optional<std::filesystem::path>& dir);

}  // namespace verdict::scan

#endif  // VERDICT_RUNTIME_SCAN_DATABASE_CACHE_H_
