// The vectorised UTF-8 scans against byte-by-byte definitions, on random text built from the
// pieces that matter: CJK ideographs on both sides of the U+4E00 boundary, punctuation, ASCII,
// broken sequences, at every alignment.
#include "runtime/text/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace verdict::text {
namespace {

// The definition: code points U+4E00..U+9FFF, three bytes each, from pos on.
size_t ReferenceCjkRunEnd(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    const Utf8Sequence seq = ClassifyUtf8(s, pos);
    if (seq.status != Utf8Status::kValid || seq.length != 3) break;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data() + pos);
    const uint32_t cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (cp < 0x4E00 || cp > 0x9FFF) break;
    pos += 3;
  }
  return pos;
}

size_t ReferenceFindInvalid(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const Utf8Sequence seq = ClassifyUtf8(s, i);
    if (seq.status != Utf8Status::kValid) return i;
    i += seq.length;
  }
  return std::string_view::npos;
}

std::string RandomText(std::mt19937& rng) {
  static const std::string pieces[] = {"法",
                                       "治",
                                       "政",
                                       "府",
                                       "一",
                                       "\xE4\xB8\x80" /* U+4E00 */,
                                       "\xE4\xB7\xBF" /* U+4DFF */,
                                       "\xE9\xBF\xBF" /* U+9FFF */,
                                       "\xEA\xB0\x80" /* U+AC00 */,
                                       "，",
                                       "。",
                                       "（",
                                       "a",
                                       " ",
                                       "\n",
                                       "\xE4\xB8" /* cut */,
                                       "\xBF" /* stray */,
                                       "\xED\xA0\x80" /* surrogate */,
                                       "é",
                                       "😀"};
  std::string s;
  const size_t count = rng() % 60;
  for (size_t k = 0; k < count; ++k) {
    // Long CJK stretches, so the five-character blocks are exercised.
    const size_t pick = rng() % 3 == 0 ? rng() % std::size(pieces) : rng() % 4;
    s += pieces[pick];
  }
  return s;
}

TEST(Utf8Test, CjkRunEndMatchesItsDefinition) {
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    const std::string s = RandomText(rng);
    for (size_t pos = 0; pos < s.size(); ++pos) {
      ASSERT_EQ(CjkRunEnd(s, pos), ReferenceCjkRunEnd(s, pos)) << round << " at " << pos;
    }
  }
}

TEST(Utf8Test, FindInvalidUtf8MatchesItsDefinition) {
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    const std::string s = RandomText(rng);
    ASSERT_EQ(FindInvalidUtf8(s), ReferenceFindInvalid(s)) << round;
  }
}

TEST(Utf8Test, LongRunsEndExactly) {
  std::string s;
  for (int k = 0; k < 100; ++k) s += "政";
  EXPECT_EQ(CjkRunEnd(s, 0), s.size());
  EXPECT_EQ(CjkRunEnd(s + "a", 0), s.size());
  EXPECT_EQ(CjkRunEnd(s + "\xE4\xB7\xBF" + s, 0), s.size());  // U+4DFF stops the run
  EXPECT_EQ(CjkRunEnd(s + "\xE4\xB8", 0), s.size());          // a cut-off character too
  EXPECT_EQ(CjkRunEnd("a" + s, 0), 0u);
}

}  // namespace
}  // namespace verdict::text
