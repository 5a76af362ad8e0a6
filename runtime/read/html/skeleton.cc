// Skeleton::Build picks the marker bytes and runs the scanner (skeleton_scanner.h); the offset
// map answers page offsets for skeleton offsets and the markers inside a range, with hints for
// the roughly ascending order a tree walk asks in.
#include "runtime/read/html/skeleton.h"

#include <algorithm>
#include <utility>

#include "runtime/read/html/skeleton_scanner.h"

namespace verdict::read::html {

using skeleton::kMarkerCandidates;
using skeleton::kNone;

Skeleton Skeleton::Build(std::string_view page, bool element_runs) {
  Skeleton skeleton;
  if (page.empty() || page.size() >= UINT32_MAX || page.find('\0') != kNone) return skeleton;
  char marker = 0;
  char element_marker = 0;
  for (char candidate : kMarkerCandidates) {
    if (page.find(candidate) != kNone) continue;
    if (marker == 0) {
      marker = candidate;
    } else {
      element_marker = candidate;
      break;
    }
  }
  if (marker == 0) return skeleton;
  if (!element_runs) element_marker = 0;
  skeleton::Scan parts = skeleton::Scanner(page, marker, element_marker).Run();
  if (parts.cuts.empty()) return skeleton;
  skeleton.text_ = std::move(parts.text);
  skeleton.markers_ = std::move(parts.markers);
  skeleton.cuts_ = std::move(parts.cuts);
  skeleton.element_runs_ =
      std::any_of(skeleton.markers_.begin(), skeleton.markers_.end(), [](const SkeletonMarker& m) {
        return m.kind == CutKind::kElements || m.kind == CutKind::kHead;
      });
  if (skeleton.element_runs_) {
    skeleton.nodes_ = std::move(parts.runs.nodes);
    skeleton.attributes_ = std::move(parts.runs.attributes);
    skeleton.decoded_ = std::move(parts.runs.decoded);
  }
  skeleton.marker_ = marker;
  skeleton.element_marker_ = element_marker;
  return skeleton;
}

namespace {

// Index of the first element of `items` whose key(item) >= value (when `strict`, > value),
// searching a few steps outward from `hint` first (updated to the answer), then by bisection.
template <typename T, typename Key>
size_t HintedBound(const std::vector<T>& items, uint32_t value, bool strict, size_t& hint,
                   Key key) {
  const auto before = [&](size_t k) {
    return strict ? key(items[k]) <= value : key(items[k]) < value;
  };
  constexpr int kSteps = 8;
  const size_t n = items.size();
  size_t k = std::min(hint, n);
  int steps = 0;
  while (k < n && before(k) && steps++ < kSteps) ++k;
  while (k > 0 && !before(k - 1) && steps++ < kSteps) --k;
  if ((k < n && before(k)) || (k > 0 && !before(k - 1))) {
    k = static_cast<size_t>(std::partition_point(items.begin(), items.end(),
                                                 [&](const T& item) {
                                                   return strict ? key(item) <= value
                                                                 : key(item) < value;
                                                 }) -
                            items.begin());
  }
  hint = k;
  return k;
}

}  // namespace

size_t Skeleton::FirstMarkerFrom(uint32_t offset) const {
  size_t hint = 0;
  return FirstMarkerFrom(offset, hint);
}

size_t Skeleton::FirstMarkerFrom(uint32_t offset, size_t& hint) const {
  return HintedBound(markers_, offset, /*strict=*/false, hint,
                     [](const SkeletonMarker& m) { return m.skeleton; });
}

uint32_t Skeleton::ToPage(uint32_t offset) const {
  size_t hint = 0;
  return ToPage(offset, hint);
}

uint32_t Skeleton::ToPage(uint32_t offset, size_t& hint) const {
  // The last cut at or before `offset` says where the page is.
  const size_t after = HintedBound(cuts_, offset, /*strict=*/true, hint,
                                   [](const SkeletonCut& c) { return c.skeleton_end; });
  if (after == 0) return offset;
  const SkeletonCut& c = cuts_[after - 1];
  return c.page_end + (offset - c.skeleton_end);
}

uint32_t Skeleton::ToPageEnd(uint32_t offset, size_t& map_hint, size_t& marker_hint) const {
  if (offset == 0) return 0;
  const size_t k = FirstMarkerFrom(offset - 1, marker_hint);
  if (k < markers_.size() && markers_[k].skeleton == offset - 1) {
    return ToPage(offset, map_hint);  // a marker: the end of its run
  }
  return ToPage(offset - 1, map_hint) + 1;
}

}  // namespace verdict::read::html
