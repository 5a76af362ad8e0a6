// OffsetMap: per-code-point offset map for non-UTF-8 inputs, packed into one byte per code point
// with periodic absolute checkpoints, so a 10 MB GB18030 file costs a few MB instead of ~80.
#include "runtime/text/offset_map.h"

#include <algorithm>

namespace verdict::text {

void OffsetMap::AddCheckpoint(uint64_t decoded, uint64_t original) {
  if (!steps_.empty()) {
    const uint64_t dlen = decoded - last_decoded_;
    const uint64_t olen = original - last_original_;
    if (dlen - 1 < 4 && olen < 64) steps_.back() = static_cast<uint8_t>((dlen - 1) | (olen << 2));
  }
  checkpoints_.push_back({steps_.size(), decoded, original});
  steps_.push_back(0);
  last_decoded_ = decoded;
  last_original_ = original;
  since_checkpoint_ = 0;
}

uint64_t OffsetMap::Lookup(uint64_t decoded) const {
  if (checkpoints_.empty()) return 0;
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), decoded,
                             [](uint64_t d, const Checkpoint& c) { return d < c.decoded; });
  if (it == checkpoints_.begin()) return checkpoints_.front().original;
  const uint64_t stop = it == checkpoints_.end() ? steps_.size() : it->index;
  --it;
  uint64_t index = it->index;
  uint64_t at_decoded = it->decoded;
  uint64_t at_original = it->original;
  // Walk forward while the next code point still starts at or before `decoded`.
  while (index + 1 < stop) {
    const uint8_t step = steps_[index];
    const uint64_t next = at_decoded + (step & 3u) + 1;
    if (next > decoded) break;
    at_decoded = next;
    at_original += step >> 2;
    ++index;
  }
  return at_original;
}

}  // namespace verdict::text
