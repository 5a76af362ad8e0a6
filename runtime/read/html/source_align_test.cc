// Tests for AlignToSource: plain text, character references, CR LF, bare ampersands.
#include "runtime/read/html/source_align.h"

#include <gtest/gtest.h>

#include <vector>

namespace verdict::read::html {
namespace {

std::vector<uint32_t> Align(std::string_view decoded, std::string_view raw, uint32_t base = 0) {
  std::vector<uint32_t> offsets;
  AlignToSource(decoded, raw, base, offsets);
  return offsets;
}

TEST(SourceAlignTest, PlainTextMapsByteForByteFromTheBase) {
  EXPECT_EQ(Align("ab", "ab", 100), (std::vector<uint32_t>{100, 101}));
  // Every byte of a CJK character maps to the character's first byte.
  EXPECT_EQ(Align("法治", "法治", 10), (std::vector<uint32_t>{10, 10, 10, 13, 13, 13}));
}

TEST(SourceAlignTest, CharacterReferencesMapToTheirAmpersand) {
  EXPECT_EQ(Align("a&b", "a&amp;b"), (std::vector<uint32_t>{0, 1, 6}));
  EXPECT_EQ(Align("\xC2\xA0x", "&nbsp;x"), (std::vector<uint32_t>{0, 0, 6}));
  EXPECT_EQ(Align("中a", "&#20013;a"), (std::vector<uint32_t>{0, 0, 0, 8}));
  EXPECT_EQ(Align("中a", "&#x4E2D;a"), (std::vector<uint32_t>{0, 0, 0, 8}));
  EXPECT_EQ(Align("“互”", "&ldquo;互&rdquo;"),
            (std::vector<uint32_t>{0, 0, 0, 7, 7, 7, 10, 10, 10}));
}

TEST(SourceAlignTest, ReferenceSpelledOutByTheDecodedTextStillCountsAsAReference) {
  // "&amp;amp;" decodes to "&amp;": the '&' comes from the reference, "amp;" from the rest.
  EXPECT_EQ(Align("&amp;", "&amp;amp;"), (std::vector<uint32_t>{0, 5, 6, 7, 8}));
}

TEST(SourceAlignTest, BareAmpersandsAndUnknownNamesStayLiteral) {
  EXPECT_EQ(Align("A & B", "A & B"), (std::vector<uint32_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(Align("&foo;x", "&foo;x"), (std::vector<uint32_t>{0, 1, 2, 3, 4, 5}));
}

TEST(SourceAlignTest, CrLfTurnedIntoLfMapsToTheCr) {
  EXPECT_EQ(Align("a\nb", "a\r\nb"), (std::vector<uint32_t>{0, 1, 3}));
  EXPECT_EQ(Align("a\nb", "a\rb"), (std::vector<uint32_t>{0, 1, 2}));
}

TEST(SourceAlignTest, MisalignedInputStillGivesOffsetsInRange) {
  const std::vector<uint32_t> offsets = Align("xyz", "abc", 5);
  ASSERT_EQ(offsets.size(), 3u);
  for (uint32_t offset : offsets) {
    EXPECT_GE(offset, 5u);
    EXPECT_LE(offset, 8u);
  }
  EXPECT_EQ(Align("ab", "", 7), (std::vector<uint32_t>{7, 7}));
}

}  // namespace
}  // namespace verdict::read::html
