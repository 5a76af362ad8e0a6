// OffsetMap: compact map from decoded UTF-8 offsets to original input offsets, per code point.
#ifndef VERDICT_RUNTIME_TEXT_OFFSET_MAP_H_
#define VERDICT_RUNTIME_TEXT_OFFSET_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace verdict::text {

// Built by appending code points in order; under 2 bytes per code point (a packed length byte
// plus a 24-byte checkpoint every 32 code points) instead of two 64-bit offsets.
class OffsetMap {
 public:
  // Appends the next code point: it starts at `decoded` in the output and at `original` in the
  // input. Both must be greater than those of the previous code point.
  void Add(uint64_t decoded, uint64_t original) {
    // Hot path (inline): finish the previous code point's packed step and append this one.
    if (!steps_.empty()) {
      const uint64_t dlen = decoded - last_decoded_;
      const uint64_t olen = original - last_original_;
      if (dlen - 1 < 4 && olen < 64 && ++since_checkpoint_ < kInterval) {
        steps_.back() = static_cast<uint8_t>((dlen - 1) | (olen << 2));
        steps_.push_back(0);
        last_decoded_ = decoded;
        last_original_ = original;
        return;
      }
    }
    AddCheckpoint(decoded, original);
  }

  // Makes room for `code_points` more code points, so Add() does not reallocate on the way.
  void Reserve(size_t code_points) {
    steps_.reserve(steps_.size() + code_points);
    checkpoints_.reserve(checkpoints_.size() + code_points / kInterval + 1);
  }

  // Original offset of the code point containing decoded offset `decoded`; offsets before the
  // first code point map to it. O(log n) plus at most 31 steps.
  uint64_t Lookup(uint64_t decoded) const;

  size_t size() const { return steps_.size(); }

 private:
  struct Checkpoint {
    uint64_t index;  // code point number
    uint64_t decoded;
    uint64_t original;
  };
  static constexpr uint64_t kInterval = 32;

  // Starts a checkpoint at the next code point (every kInterval, and after unpackable steps).
  void AddCheckpoint(uint64_t decoded, uint64_t original);

  // steps_[k] packs code point k's lengths: bits 0..1 decoded length - 1, bits 2..7 original
  // length. A step that does not fit stays 0 and code point k+1 becomes a checkpoint, so the
  // walk in Lookup never crosses it.
  std::vector<uint8_t> steps_;
  std::vector<Checkpoint> checkpoints_;
  uint64_t last_decoded_ = 0;
  uint64_t last_original_ = 0;
  uint64_t since_checkpoint_ = 0;
};

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_OFFSET_MAP_H_
