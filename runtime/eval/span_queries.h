// Queries of per-pattern match lists against document scopes. Match lists are sorted and
// non-overlapping (see scan::PatternMatches), so begins and ends both increase along a list and
// every query is a binary search per scope element rather than a walk over all matches.
#ifndef VERDICT_RUNTIME_EVAL_SPAN_QUERIES_H_
#define VERDICT_RUNTIME_EVAL_SPAN_QUERIES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "runtime/document/document.h"
#include "runtime/scan/pattern_matches.h"

namespace verdict::eval {

// The first `limit` distinct matches (document order) that lie fully inside some element of
// `elements`. Elements may overlap (nested sections) and come in any order.
std::vector<scan::Match> MatchesInElements(std::span<const doc::Span> elements,
                                           const std::vector<scan::Match>& matches, size_t limit);

// Whether some match lies fully inside some element (MatchesInElements(…, 1) is non-empty),
// without allocating.
bool AnyMatchInElements(std::span<const doc::Span> elements,
                        const std::vector<scan::Match>& matches);

// The union of `spans` as sorted, disjoint spans; touching spans are merged, empty ones dropped.
std::vector<doc::Span> UnionOf(std::vector<doc::Span> spans);

// Counts the matches that lie fully inside one span of `merged` (the output of UnionOf, so each
// match counts at most once); the first `limit` counted matches go to `first`.
int64_t CountMatchesIn(const std::vector<doc::Span>& merged,
                       const std::vector<scan::Match>& matches, size_t limit,
                       std::vector<scan::Match>* first);

// Number of code points in text[span.begin, span.end).
int64_t CodePoints(std::string_view text, doc::Span span);

// A match of each pattern, found within max_gap code points of each other.
struct NearPair {
  scan::Match first, second;  // a match of the first and of the second pattern
};

// Finds, inside one element of `elements`, a match of `a` and a match of `b` whose gap (code
// points between the end of the earlier and the start of the later, 0 when they touch or
// overlap) is <= max_gap. When `a` and `b` are the same object (one pattern near itself) the
// two matches must differ.
// Prefers the element listed first and, within it, the earliest match of `a`.
std::optional<NearPair> FindNear(std::string_view text, std::span<const doc::Span> elements,
                                 const std::vector<scan::Match>& a,
                                 const std::vector<scan::Match>& b, int64_t max_gap);

}  // namespace verdict::eval

#endif  // VERDICT_RUNTIME_EVAL_SPAN_QUERIES_H_
