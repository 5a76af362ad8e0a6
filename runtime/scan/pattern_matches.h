// PatternMatches: the matches of each pattern of a rule set in one document, as the rules see
// them: per pattern, the non-overlapping leftmost-longest matches of the union of its atoms.
#ifndef VERDICT_RUNTIME_SCAN_PATTERN_MATCHES_H_
#define VERDICT_RUNTIME_SCAN_PATTERN_MATCHES_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/ruleset/ruleset.h"
#include "runtime/scan/matcher_database.h"

namespace verdict::scan {

// A byte range [begin, end) of the normalized text.
struct Match {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const Match&) const = default;
};

// Per-pattern match lists. Each list is sorted by begin and non-overlapping, so both begins and
// ends increase strictly along it; readers rely on that for binary search.
class PatternMatches {
 public:
  PatternMatches() = default;
  // Takes lists that already satisfy the invariant above (used by tests and by Reduce()).
  explicit PatternMatches(std::vector<std::vector<Match>> per_pattern)
      : per_pattern_(std::move(per_pattern)) {}

  // Groups raw reports by pattern (a pattern owns the reports of all its atoms; an atom may
  // belong to several patterns) and reduces each group: sort by begin ascending, end
  // descending, then keep a match when its begin is >= the end of the last kept match. Since
  // Hyperscan reports every end offset with the leftmost start, this yields the leftmost-
  // longest non-overlapping matches. Empty reports and atom ids >= atom_count are ignored.
  static PatternMatches Reduce(const std::vector<ruleset::Pattern>& patterns, uint32_t atom_count,
                               const std::vector<RawMatch>& raw);

  // The matches of pattern `pattern`; empty when out of range.
  const std::vector<Match>& of(uint32_t pattern) const;
  size_t size() const { return per_pattern_.size(); }

 private:
  std::vector<std::vector<Match>> per_pattern_;
};

// Keeps the leftmost-longest non-overlapping subset of `matches` (sorted in place first).
void ReduceLeftmostLongest(std::vector<Match>* matches);

}  // namespace verdict::scan

#endif  // VERDICT_RUNTIME_SCAN_PATTERN_MATCHES_H_
