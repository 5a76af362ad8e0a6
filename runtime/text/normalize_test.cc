// Tests for Normalize/NormalizeString: NFKC, whitespace folding, line breaks, zero-width removal,
// and the source map / SourceRange back to input offsets.
#include "runtime/text/normalize.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace verdict::text {
namespace {

using Range = std::pair<uint32_t, uint32_t>;

TEST(NormalizeTest, FullWidthPunctuationDigitsAndLettersBecomeAscii) {
  EXPECT_EQ(Normalize("（一）规范，１２３ＡＢ：").text, "(一)规范,123AB:");
  EXPECT_EQ(NormalizeString("；！？"), ";!?");
}

TEST(NormalizeTest, ChinesePunctuationIsKept) {
  const std::string kept = "。、《》“”";
  EXPECT_EQ(Normalize(kept).text, kept);
}

TEST(NormalizeTest, WhitespaceRunsFoldToOneSpace) {
  EXPECT_EQ(Normalize("a \t\u00A0\u3000b").text, "a b");
  EXPECT_EQ(Normalize("第一条\u3000\u3000规定").text, "第一条 规定");
  EXPECT_EQ(Normalize("\t\tx\v\fy").text, " x y");
  EXPECT_EQ(Normalize("a\u2003\u202F b").text, "a b");
}

TEST(NormalizeTest, LineBreaksAreUnifiedAndNotFolded) {
  EXPECT_EQ(Normalize("a\r\nb\rc\n\nd").text, "a\nb\nc\n\nd");
  EXPECT_EQ(Normalize("a \r\n b").text, "a \n b");
  EXPECT_EQ(Normalize("\r\r\n").text, "\n\n");
}

TEST(NormalizeTest, ZeroWidthCharactersAreDropped) {
  EXPECT_EQ(Normalize("\uFEFF法\u200B治\u200C政\u2060府\u200D").text, "法治政府");
  // Dropping them joins the whitespace around them into one run.
  EXPECT_EQ(Normalize("a \u200B b").text, "a b");
}

TEST(NormalizeTest, ExpansionsAndSupplementaryCharacters) {
  EXPECT_EQ(Normalize("第㈠条").text, "第(一)条");
  EXPECT_EQ(Normalize("⑴①").text, "(1)1");
  EXPECT_EQ(Normalize("\U0001D400\U00020000").text, "A\U00020000");  // math bold A; CJK Ext B
  // U+00A8 is NFKC " \u0308": its space folds with the one before it.
  EXPECT_EQ(Normalize("x \u00A8").text, "x \u0308");
}

TEST(NormalizeTest, SourceMapForFullWidthCharacter) {
  // 规 [0,3)  ， [3,6)  范 [6,9)  ->  "规,范": 3 + 1 + 3 bytes.
  const NormalizedText n = Normalize("规，范");
  ASSERT_EQ(n.text, "规,范");
  EXPECT_EQ(std::vector<uint32_t>(n.source.begin(), n.source.end()),
            (std::vector<uint32_t>{0, 0, 0, 3, 6, 6, 6, 9}));
  EXPECT_EQ(n.SourceRange(3, 4), Range(3, 6));  // the comma alone: three input bytes
  EXPECT_EQ(n.SourceRange(0, 4), Range(0, 6));
  EXPECT_EQ(n.SourceRange(3, 7), Range(3, 9));
  EXPECT_EQ(n.SourceRange(4, 4), Range(6, 6));
}

TEST(NormalizeTest, SourceMapForExpansion) {
  // 第 [0,3)  ㈠ [3,6) -> "(一)" (5 bytes)  条 [6,9)
  const NormalizedText n = Normalize("第㈠条");
  ASSERT_EQ(n.text, "第(一)条");
  EXPECT_EQ(std::vector<uint32_t>(n.source.begin(), n.source.end()),
            (std::vector<uint32_t>{0, 0, 0, 3, 3, 3, 3, 3, 6, 6, 6, 9}));
  EXPECT_EQ(n.SourceRange(3, 8), Range(3, 6));  // "(一)"
  EXPECT_EQ(n.SourceRange(4, 7), Range(3, 6));  // "一" inside the expansion
  EXPECT_EQ(n.SourceRange(3, 4), Range(3, 6));  // "("
  EXPECT_EQ(n.SourceRange(0, 11), Range(0, 9));
}

TEST(NormalizeTest, SourceRangeEndsAtTheCodePointNotAtDroppedInput) {
  // a [0]  ' ' [1]  \t [2]  ' ' [3]  b [4]: the folded space comes from input byte 1 only.
  const NormalizedText spaces = Normalize("a \t b");
  ASSERT_EQ(spaces.text, "a b");
  EXPECT_EQ(std::vector<uint32_t>(spaces.source.begin(), spaces.source.end()),
            (std::vector<uint32_t>{0, 1, 4, 5}));
  EXPECT_EQ(spaces.SourceRange(1, 2), Range(1, 2));
  EXPECT_EQ(spaces.SourceRange(0, 3), Range(0, 5));
  EXPECT_EQ(spaces.SourceRange(0, 1), Range(0, 1));

  // U+200B [1,4) is dropped between a and b; and trails after "ab".
  const NormalizedText zw = Normalize("a\u200Bb\u200B");
  ASSERT_EQ(zw.text, "ab");
  EXPECT_EQ(std::vector<uint32_t>(zw.source.begin(), zw.source.end()),
            (std::vector<uint32_t>{0, 4, 8}));
  EXPECT_EQ(zw.SourceRange(0, 1), Range(0, 1));
  EXPECT_EQ(zw.SourceRange(1, 2), Range(4, 5));

  // "\r\n" is one unit: its "\n" covers both bytes.
  const NormalizedText crlf = Normalize("a\r\nb");
  ASSERT_EQ(crlf.text, "a\nb");
  EXPECT_EQ(std::vector<uint32_t>(crlf.source.begin(), crlf.source.end()),
            (std::vector<uint32_t>{0, 1, 3, 4}));
  EXPECT_EQ(crlf.SourceRange(1, 2), Range(1, 3));
}

TEST(NormalizeTest, EmptyInput) {
  const NormalizedText n = Normalize("");
  EXPECT_EQ(n.text, "");
  EXPECT_EQ(std::vector<uint32_t>(n.source.begin(), n.source.end()), (std::vector<uint32_t>{0}));
  EXPECT_EQ(n.SourceRange(0, 0), Range(0, 0));
}

TEST(NormalizeTest, SourceMapInvariantsOnMixedText) {
  const std::string input =
      "\uFEFF一、主要举措\r\n（一）深入学习，全年１２次。  \u3000Ａ\u200B㈡\tend\r";
  const NormalizedText n = Normalize(input);
  EXPECT_EQ(n.text, "一、主要举措\n(一)深入学习,全年12次。 A(二) end\n");
  ASSERT_EQ(n.source.size(), n.text.size() + 1);
  EXPECT_EQ(n.source.back(), input.size());
  for (size_t i = 1; i < n.source.size(); ++i) EXPECT_LE(n.source[i - 1], n.source[i]) << i;
  EXPECT_EQ(NormalizeString(input), n.text);
}

// Length of the UTF-8 sequence that starts with `lead`.
size_t SequenceLength(unsigned char lead) {
  return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
}

TEST(NormalizeTest, RandomTextKeepsMapInvariants) {
  const std::vector<std::string> pieces = {
      "a",          "Z",          "1",      " ",      "\t",     "\r",     "\n",     "\r\n",
      "法",         "治",         "，",     "（",     "１",     "Ａ",     "\u3000", "\u00A0",
      "\u200B",     "\uFEFF",     "\u2060", "㈠",     "\u00A8", "\uFDFA", "。",     "“",
      "\U0001F600", "\U0001D400", "\u2003", "\u2028", "\uF900", "ﬁ"};
  std::mt19937 rng(2024);
  for (int round = 0; round < 3000; ++round) {
    std::string input;
    const int count = static_cast<int>(rng() % 16);
    for (int k = 0; k < count; ++k) input += pieces[rng() % pieces.size()];
    const NormalizedText n = Normalize(input);
    ASSERT_EQ(n.source.size(), n.text.size() + 1) << input;
    ASSERT_EQ(n.source.back(), input.size()) << input;
    EXPECT_EQ(NormalizeString(input), n.text) << input;
    EXPECT_EQ(Normalize(n.text).text, n.text) << "not idempotent: " << input;
    EXPECT_EQ(n.text.find("  "), std::string::npos) << input;
    for (uint32_t i = 0; i < n.text.size(); ++i) {
      if (i > 0) {
        ASSERT_LE(n.source[i - 1], n.source[i]) << input;
      }
      // Each normalized byte maps back to exactly one input code point (or one "\r\n").
      const auto [begin, end] = n.SourceRange(i, i + 1);
      ASSERT_EQ(begin, n.source[i]);
      ASSERT_LT(begin, end) << input;
      ASSERT_LE(end, input.size()) << input;
      const std::string_view unit = std::string_view(input).substr(begin, end - begin);
      if (unit != "\r\n") {
        EXPECT_EQ(unit.size(), SequenceLength(static_cast<unsigned char>(unit[0])))
            << "byte " << i << " of " << input;
      }
    }
  }
}

TEST(NormalizeTest, ConcurrentFirstUseIsConsistent) {
  // Yi syllables, Hangul compatibility jamo and half-width katakana: blocks nothing else here uses.
  const std::string input = "\uA000\uA001\u3131\u3132\uFF76\uFF9E法治\u3000x";
  const std::string expected = "\uA000\uA001\u1100\u1101\u30AB\u3099法治 x";
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] { results[t] = Normalize(input).text; });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace verdict::text
