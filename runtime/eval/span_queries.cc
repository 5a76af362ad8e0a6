// Binary-search queries of sorted, non-overlapping match lists against scope elements:
// matches inside elements, counts over a union of spans, proximity of two patterns, and
// code-point lengths (the language measures text in characters, not bytes).
#include "runtime/eval/span_queries.h"

#include <algorithm>

namespace verdict::eval {
namespace {

using scan::Match;
using Iter = std::vector<Match>::const_iterator;

// The matches of `list` lying fully inside `span`: [first, last). Valid because ends increase
// along the list whenever begins do.
std::pair<Iter, Iter> Inside(const std::vector<Match>& list, doc::Span span) {
  Iter first = std::partition_point(list.begin(), list.end(),
                                    [&](const Match& m) { return m.begin < span.begin; });
  Iter last =
      std::partition_point(first, list.end(), [&](const Match& m) { return m.end <= span.end; });
  return {first, last};
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// True when text[from, to) holds at most `cap` code points; stops counting past the cap so a
// far-away partner costs O(cap), not O(distance).
bool WithinCodePoints(std::string_view text, uint32_t from, uint32_t to, int64_t cap) {
  if (cap < 0) return false;
  if (to <= from) return true;
  if (static_cast<int64_t>(to - from) <= cap) return true;  // bytes bound code points
  int64_t count = 0;
  for (uint32_t i = from; i < to; ++i) {
    if (!IsContinuationByte(text[i]) && ++count > cap) return false;
  }
  return true;
}

// Whether `x` and `y` lie within max_gap code points of each other.
bool Near(std::string_view text, const Match& x, const Match& y, int64_t max_gap) {
  if (max_gap < 0) return false;
  if (x.end <= y.begin) return WithinCodePoints(text, x.end, y.begin, max_gap);
  if (y.end <= x.begin) return WithinCodePoints(text, y.end, x.begin, max_gap);
  return true;  // overlapping
}

}  // namespace

std::vector<Match> MatchesInElements(std::span<const doc::Span> elements,
                                     const std::vector<Match>& matches, size_t limit) {
  std::vector<Match> found;
  if (limit == 0 || matches.empty()) return found;
  for (const doc::Span& element : elements) {
    auto [first, last] = Inside(matches, element);
    for (size_t taken = 0; first != last && taken < limit; ++first, ++taken)
      found.push_back(*first);
  }
  std::sort(found.begin(), found.end(),
            [](const Match& x, const Match& y) { return x.begin < y.begin; });
  found.erase(std::unique(found.begin(), found.end()), found.end());
  if (found.size() > limit) found.resize(limit);
  return found;
}

bool AnyMatchInElements(std::span<const doc::Span> elements, const std::vector<Match>& matches) {
  if (matches.empty()) return false;
  for (const doc::Span& element : elements) {
    auto [first, last] = Inside(matches, element);
    if (first != last) return true;
  }
  return false;
}

std::vector<doc::Span> UnionOf(std::vector<doc::Span> spans) {
  std::erase_if(spans, [](const doc::Span& s) { return s.empty(); });
  std::sort(spans.begin(), spans.end(),
            [](const doc::Span& x, const doc::Span& y) { return x.begin < y.begin; });
  std::vector<doc::Span> merged;
  for (const doc::Span& s : spans) {
    if (!merged.empty() && s.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

int64_t CountMatchesIn(const std::vector<doc::Span>& merged, const std::vector<Match>& matches,
                       size_t limit, std::vector<Match>* first) {
  int64_t count = 0;
  for (const doc::Span& span : merged) {
    auto [begin, end] = Inside(matches, span);
    for (Iter it = begin; it != end && first->size() < limit; ++it) first->push_back(*it);
    count += end - begin;
  }
  return count;
}

int64_t CodePoints(std::string_view text, doc::Span span) {
  int64_t count = 0;
  uint32_t end = std::min<uint64_t>(span.end, text.size());
  for (uint32_t i = span.begin; i < end; ++i) count += !IsContinuationByte(text[i]);
  return count;
}

std::optional<NearPair> FindNear(std::string_view text, std::span<const doc::Span> elements,
                                 const std::vector<Match>& a, const std::vector<Match>& b,
                                 int64_t max_gap) {
  const bool same = &a == &b;
  for (const doc::Span& element : elements) {
    auto [a_first, a_last] = Inside(a, element);
    auto [b_first, b_last] = Inside(b, element);
    if (a_first == a_last || b_first == b_last) continue;
    for (Iter x = a_first; x != a_last; ++x) {
      // The closest partners of x are the last match of b ending at or before x.begin and the
      // first one ending after it (which either overlaps x or starts at or after x.end).
      Iter after = same ? x + 1 : std::partition_point(b_first, b_last, [&](const Match& m) {
        return m.end <= x->begin;
      });
      Iter before = same ? x : after;
      if (before != b_first && Near(text, *(before - 1), *x, max_gap)) {
        return NearPair{*x, *(before - 1)};
      }
      if (after != b_last && Near(text, *x, *after, max_gap)) return NearPair{*x, *after};
    }
  }
  return std::nullopt;
}

}  // namespace verdict::eval
