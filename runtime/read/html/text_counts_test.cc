// Tests for the bulk text kernels: fixed cases, then random strings built from the characters
// each kernel treats specially, compared with the one-character-at-a-time definitions at every
// length and offset (so that the sixteen-byte blocks, their look-ahead and the tails all show).
#include "runtime/read/html/text_counts.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace verdict::read::html {
namespace {

// Characters on either side of every boundary the kernels test.
const std::vector<std::string>& Pieces() {
  static const std::vector<std::string> pieces = {"a",
                                                  "Z",
                                                  "1",
                                                  " ",
                                                  "\t",
                                                  "\n",
                                                  "\r",
                                                  "\f",
                                                  "\v",
                                                  "\x01",
                                                  "\x7f",
                                                  "<",
                                                  "\xc2\xa0",
                                                  "\xc2\x85",
                                                  "\xc3\xa9",
                                                  "\xe1\x9a\x80",
                                                  "\xe2\x80\x80",
                                                  "\xe2\x80\x8a",
                                                  "\xe2\x80\x8b",
                                                  "\xe2\x80\xa8",
                                                  "\xe2\x80\xaf",
                                                  "\xe2\x81\x9f",
                                                  "\xe2\x80\x9c",
                                                  "\xe3\x80\x80",
                                                  "\xe3\x80\x81",
                                                  "\xe3\x80\x82",
                                                  "\xe3\x8f\xbf",
                                                  "\xe3\x90\x80",
                                                  "\xe4\xb6\xb5",
                                                  "\xe4\xb7\x80",
                                                  "\xe4\xb8\x80",
                                                  "\xe6\xb3\x95",
                                                  "\xe9\xbe\xa5",
                                                  "\xe9\xbf\xbf",
                                                  "\xea\xb0\x80",
                                                  "\xef\xa4\x80",
                                                  "\xef\xab\xbf",
                                                  "\xef\xac\x80",
                                                  "\xef\xbc\x8c",
                                                  "\xef\xbf\xbd",
                                                  "\xf0\xa0\x80\x80",
                                                  "\xf0\xaa\x9b\x96",
                                                  "\xf0\xbf\xbf\xbd",
                                                  "\xf0\x9f\x98\x80",
                                                  "\xe6\xb2\xbb\xe6\x94\xbf\xe5\xba\x9c"};
  return pieces;
}

std::string RandomText(std::mt19937& rng, size_t pieces) {
  std::string text;
  // Long CJK stretches as in real text, broken by the special pieces.
  for (size_t k = 0; k < pieces; ++k) {
    if (rng() % 3 == 0) {
      for (int j = 0; j < 8; ++j) text += "\xe8\xa1\x8c";
    }
    text += Pieces()[rng() % Pieces().size()];
  }
  return text;
}

TEST(TextCountsTest, CountsFixedText) {
  // 法 治 (CJK), a, U+3000 (space), ䷀ U+4DC0 (not CJK), 、 (not CJK), 㐀 U+3400, 豈 U+F900,
  // 𠀀 U+20000, NBSP (space), é.
  const std::string text =
      "\xe6\xb3\x95\xe6\xb2\xbb a\xe3\x80\x80\xe4\xb7\x80\xe3\x80\x81\xe3\x90\x80"
      "\xef\xa4\x80\xf0\xa0\x80\x80\xc2\xa0\xc3\xa9";
  for (const std::string& s : {text, text + std::string(40, 'x'), std::string(40, 'x') + text}) {
    const TextCounts counts = CountText(s);
    const uint32_t extra = s.size() == text.size() ? 0 : 40;
    EXPECT_EQ(counts.chars, 9u + extra) << s;
    EXPECT_EQ(counts.cjk, 5u) << s;
  }
}

TEST(TextCountsTest, CountTextMatchesTheCharacterDefinition) {
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = RandomText(rng, 1 + rng() % 40);
    const TextCounts fast = CountText(text);
    const TextCounts slow = CountTextByCharacter(text);
    ASSERT_EQ(fast.chars, slow.chars) << text;
    ASSERT_EQ(fast.cjk, slow.cjk) << text;
  }
  // Texts long enough that the per-byte counters are folded more than once (every 255 blocks).
  for (int round = 0; round < 20; ++round) {
    const std::string text = RandomText(rng, 1500 + rng() % 3000);
    const TextCounts fast = CountText(text);
    const TextCounts slow = CountTextByCharacter(text);
    ASSERT_GT(text.size(), 255u * 16 * 2);
    ASSERT_EQ(fast.chars, slow.chars);
    ASSERT_EQ(fast.cjk, slow.cjk);
  }
}

TEST(TextCountsTest, NonSpaceRunEndMatchesTheCharacterDefinition) {
  std::mt19937 rng(12);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = RandomText(rng, 1 + rng() % 40);
    for (size_t pos = 0; pos < text.size(); ++pos) {
      if ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;
      ASSERT_EQ(NonSpaceRunEnd(text, pos), NonSpaceRunEndByCharacter(text, pos))
          << text << " from " << pos;
    }
  }
  EXPECT_EQ(NonSpaceRunEnd("\xe6\xb3\x95\xe6\xb2\xbb\xe3\x80\x80x", 0), 6u);
  EXPECT_EQ(NonSpaceRunEnd(std::string(20, 'a') + "\xe2\x80\xaf", 3), 20u);
  EXPECT_EQ(NonSpaceRunEnd(std::string(40, 'a'), 0), 40u);
}

TEST(TextCountsTest, FillCharStartsMatchesTheByteDefinition) {
  std::mt19937 rng(13);
  for (int round = 0; round < 2000; ++round) {
    const std::string text = RandomText(rng, 1 + rng() % 40);
    size_t begin = rng() % text.size();
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
    const size_t end = begin + rng() % (text.size() - begin + 1);
    const uint32_t base = rng() % 1000;
    std::vector<uint32_t> fast(end - begin + 1, 7), slow(end - begin + 1, 7);
    FillCharStarts(text, begin, end, base, fast.data());
    FillCharStartsByCharacter(text, begin, end, base, slow.data());
    ASSERT_EQ(fast, slow) << text << " [" << begin << ", " << end << ")";
  }
  // 法 is three bytes: each maps to its first.
  std::vector<uint32_t> out(4);
  FillCharStarts("a\xe6\xb3\x95", 0, 4, 10, out.data());
  EXPECT_EQ(out, (std::vector<uint32_t>{10, 11, 11, 11}));
}

}  // namespace
}  // namespace verdict::read::html
