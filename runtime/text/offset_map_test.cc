// Tests for OffsetMap: lookups agree with a plain per-code-point table, including across
// checkpoints and code points whose lengths do not fit the packed byte.
#include "runtime/text/offset_map.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace verdict::text {
namespace {

TEST(OffsetMapTest, EmptyMapReturnsZero) {
  OffsetMap map;
  EXPECT_EQ(map.size(), 0u);
  EXPECT_EQ(map.Lookup(0), 0u);
}

TEST(OffsetMapTest, AgreesWithPlainTable) {
  std::mt19937 rng(7);
  OffsetMap map;
  std::vector<uint64_t> decoded_starts;
  std::vector<uint64_t> original_starts;
  uint64_t decoded = 0;
  uint64_t original = 2;  // as after a UTF-16 BOM
  for (int k = 0; k < 1000; ++k) {
    map.Add(decoded, original);
    decoded_starts.push_back(decoded);
    original_starts.push_back(original);
    decoded += 1 + rng() % 4;
    // Mostly 1, 2 or 4 input bytes; now and then a long gap that cannot be packed.
    original += k % 97 == 50 ? 1000 : (1u << (rng() % 3));
  }
  ASSERT_EQ(map.size(), 1000u);
  size_t k = 0;
  for (uint64_t d = 0; d < decoded; ++d) {
    while (k + 1 < decoded_starts.size() && decoded_starts[k + 1] <= d) ++k;
    ASSERT_EQ(map.Lookup(d), original_starts[k]) << "decoded offset " << d;
  }
}

}  // namespace
}  // namespace verdict::text
