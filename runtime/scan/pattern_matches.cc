// Turns the raw per-atom reports of one scan into per-pattern match lists: union of the
// pattern's atoms, reduced to non-overlapping leftmost-longest matches.
#include "runtime/scan/pattern_matches.h"

#include <algorithm>
#include <utility>

namespace verdict::scan {

void ReduceLeftmostLongest(std::vector<Match>* matches) {
  std::sort(matches->begin(), matches->end(), [](const Match& a, const Match& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  size_t kept = 0;
  uint32_t last_end = 0;
  for (const Match& m : *matches) {
    if (m.end <= m.begin) continue;                // empty reports select nothing
    if (kept > 0 && m.begin < last_end) continue;  // overlaps a longer or earlier match
    (*matches)[kept++] = m;
    last_end = m.end;
  }
  matches->resize(kept);
}

PatternMatches PatternMatches::Reduce(const std::vector<ruleset::Pattern>& patterns,
                                      uint32_t atom_count, const std::vector<RawMatch>& raw) {
  // Which patterns each atom feeds; usually one, but the compiler may share atoms.
  std::vector<std::vector<uint32_t>> owners(atom_count);
  for (uint32_t p = 0; p < patterns.size(); ++p) {
    for (uint32_t atom : patterns[p].atoms) {
      if (atom < atom_count) owners[atom].push_back(p);
    }
  }
  std::vector<std::vector<Match>> per_pattern(patterns.size());
  for (const RawMatch& r : raw) {
    if (r.atom >= atom_count) continue;
    for (uint32_t p : owners[r.atom]) per_pattern[p].push_back(Match{r.begin, r.end});
  }
  for (auto& list : per_pattern) ReduceLeftmostLongest(&list);
  return PatternMatches(std::move(per_pattern));
}

const std::vector<Match>& PatternMatches::of(uint32_t pattern) const {
  static const std::vector<Match> kNone;
  return pattern < per_pattern_.size() ? per_pattern_[pattern] : kNone;
}

}  // namespace verdict::scan
