// Tests for Decode: encoding detection, error codes and messages, and OriginalOffset mapping.
#include "runtime/text/decode.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <random>
#include <string>
#include <vector>

#include "runtime/text/icu_decode.h"
#include "runtime/text/utf8.h"

namespace verdict::text {
namespace {

using namespace std::string_literals;

// Encodes UTF-16 code units with the given byte order behind the matching BOM.
std::string Utf16WithBom(std::u16string_view units, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t u : units) {
    const char lo = static_cast<char>(u & 0xFF);
    const char hi = static_cast<char>(u >> 8);
    if (little_endian) {
      out += lo;
      out += hi;
    } else {
      out += hi;
      out += lo;
    }
  }
  return out;
}

// Converts UTF-8 to `charset` with ICU, independently of the code under test.
std::string ConvertWithIcu(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t length =
      ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                   static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(length));
  return out;
}

std::string Hex(std::string_view bytes) {
  std::string out;
  constexpr char kDigits[] = "0123456789abcdef";
  for (unsigned char c : bytes) {
    if (!out.empty()) out += ' ';
    out += kDigits[c >> 4];
    out += kDigits[c & 0xF];
  }
  return out;
}

void ExpectError(std::string_view bytes, const std::string& code, const std::string& message) {
  auto result = Decode(bytes);
  ASSERT_FALSE(result.ok()) << "decoded as " << result->encoding;
  EXPECT_EQ(result.error().code, code);
  EXPECT_EQ(result.error().message, message);
}

TEST(DecodeTest, Utf8WithoutBom) {
  const std::string input = "法治政府\n建设";
  auto result = Decode(input);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "UTF-8");
  EXPECT_EQ(result->utf8, input);
  EXPECT_EQ(result->OriginalOffset(0), 0u);
  EXPECT_EQ(result->OriginalOffset(13), 13u);
  EXPECT_EQ(result->OriginalOffset(input.size()), input.size());
}

TEST(DecodeTest, Utf8WithBomShiftsOffsets) {
  auto result = Decode("\xEF\xBB\xBF法治ab");
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "UTF-8");
  EXPECT_EQ(result->utf8, "法治ab");
  EXPECT_EQ(result->OriginalOffset(0), 3u);
  EXPECT_EQ(result->OriginalOffset(3), 6u);
  EXPECT_EQ(result->OriginalOffset(6), 9u);
  EXPECT_EQ(result->OriginalOffset(8), 11u);  // utf8.size() -> input size
}

TEST(DecodeTest, Utf16LittleEndianWithBom) {
  // 法 治 A \n 政 😀 (surrogate pair) x
  const std::string bytes = Utf16WithBom(u"法治A\n政\U0001F600x", /*little_endian=*/true);
  ASSERT_EQ(Hex(bytes.substr(0, 6)), "ff fe d5 6c bb 6c");
  auto result = Decode(bytes);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "UTF-16LE");
  EXPECT_EQ(result->utf8, "法治A\n政\U0001F600x");
  EXPECT_EQ(result->OriginalOffset(0), 2u);    // 法, after the BOM
  EXPECT_EQ(result->OriginalOffset(6), 6u);    // A
  EXPECT_EQ(result->OriginalOffset(8), 10u);   // 政
  EXPECT_EQ(result->OriginalOffset(9), 10u);   // inside 政 -> its start
  EXPECT_EQ(result->OriginalOffset(11), 12u);  // 😀
  EXPECT_EQ(result->OriginalOffset(15), 16u);  // x, after the 4-byte surrogate pair
  EXPECT_EQ(result->OriginalOffset(16), 18u);  // end -> input size
  EXPECT_EQ(bytes.size(), 18u);
}

TEST(DecodeTest, Utf16BigEndianWithBom) {
  const std::string bytes = Utf16WithBom(u"年度报告\r\n问题", /*little_endian=*/false);
  ASSERT_EQ(Hex(bytes.substr(0, 4)), "fe ff 5e 74");
  auto result = Decode(bytes);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "UTF-16BE");
  EXPECT_EQ(result->utf8, "年度报告\r\n问题");
  EXPECT_EQ(result->OriginalOffset(12), 10u);  // \r
  EXPECT_EQ(result->OriginalOffset(14), 14u);  // 问
  EXPECT_EQ(result->OriginalOffset(17), 16u);  // 题
  EXPECT_EQ(result->OriginalOffset(20), 18u);
}

TEST(DecodeTest, InvalidUtf16IsInvalidEncoding) {
  // A lead surrogate followed by 'A' instead of a trail surrogate.
  ExpectError("\xFF\xFE\x41\x00\x00\xD8\x41\x00"s, "invalid-encoding",
              "invalid UTF-16LE sequence at byte offset 4");
  // Odd number of bytes after the BOM.
  ExpectError("\xFE\xFF\x6C\xD5\x6C"s, "invalid-encoding",
              "text ends in the middle of a UTF-16BE character at byte offset 4");
}

TEST(DecodeTest, Gb18030DecodesAndMapsOffsetsBack) {
  const std::string text = "法治政府建设年度报告\n存在的问题";
  const std::string gb =
      "\xB7\xA8\xD6\xCE\xD5\xFE\xB8\xAE\xBD\xA8\xC9\xE8\xC4\xEA\xB6\xC8\xB1\xA8\xB8\xE6"
      "\x0A\xB4\xE6\xD4\xDA\xB5\xC4\xCE\xCA\xCC\xE2";
  ASSERT_EQ(ConvertWithIcu(text, "GB18030"), gb);  // the hard-coded bytes are right
  auto result = Decode(gb);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "GB18030");
  EXPECT_EQ(result->utf8, text);
  // Line 1: ten 2-byte characters; then '\n' (1 byte); then five 2-byte characters.
  for (size_t k = 0; k < 10; ++k) EXPECT_EQ(result->OriginalOffset(3 * k), 2 * k) << k;
  EXPECT_EQ(result->OriginalOffset(30), 20u);  // '\n'
  for (size_t k = 0; k < 5; ++k) EXPECT_EQ(result->OriginalOffset(31 + 3 * k), 21 + 2 * k) << k;
  EXPECT_EQ(result->OriginalOffset(32), 21u);  // inside 存
  EXPECT_EQ(result->OriginalOffset(text.size()), gb.size());
}

// Every two-byte GB18030 code takes the table path; each must decode, with its offset, exactly
// as ICU decodes it alone.
TEST(DecodeTest, Gb18030TwoByteCodesMatchIcu) {
  std::string gb, want;
  std::vector<size_t> decoded_at, original_at;  // where each code's character starts
  UErrorCode open_status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open("GB18030", &open_status);
  ASSERT_TRUE(U_SUCCESS(open_status));
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
    for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
      if (trail == 0x7F) continue;
      const std::string pair{static_cast<char>(lead), static_cast<char>(trail)};
      UErrorCode status = U_ZERO_ERROR;
      ucnv_reset(cnv);
      ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
      char utf8[8];
      const int32_t n =
          ucnv_toAlgorithmic(UCNV_UTF8, cnv, utf8, sizeof utf8, pair.data(), 2, &status);
      if (U_FAILURE(status) || n <= 0) continue;
      decoded_at.push_back(want.size());
      original_at.push_back(gb.size());
      want.append(utf8, static_cast<size_t>(n));
      gb += pair;
      if ((lead + trail) % 7 == 0) {  // some ASCII in between
        gb += "a\n";
        want += "a\n";
      }
    }
  }
  ucnv_close(cnv);
  ASSERT_GT(decoded_at.size(), 20000u);
  // The table path itself answers (it is not silently left to ICU) ...
  const std::optional<DecodedText> fast = DecodeGb18030Pairs(gb, 0, "GB18030");
  ASSERT_TRUE(fast.has_value());
  ASSERT_EQ(fast->utf8, want);
  for (size_t k = 0; k < decoded_at.size(); ++k) {
    ASSERT_EQ(fast->OriginalOffset(decoded_at[k]), original_at[k]) << k;
  }
  // ... and Decode, which detects the encoding first, gives the same.
  auto result = Decode(gb);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "GB18030");
  EXPECT_EQ(result->utf8, want);
}

// Random byte strings biased towards GB18030 structure: wherever ICU decodes, the table path
// gives ICU's text or declines; wherever ICU fails, it declines.
TEST(DecodeTest, Gb18030TablePathAgreesWithIcuOnRandomInput) {
  std::mt19937 rng(20261122);
  UErrorCode open_status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open("GB18030", &open_status);
  ASSERT_TRUE(U_SUCCESS(open_status));
  int answered = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string bytes;
    const int pieces = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < pieces; ++k) {
      switch (rng() % 5) {
        case 0:
          bytes += static_cast<char>(0x20 + rng() % 0x5F);
          break;
        case 1:
          bytes += {static_cast<char>(0x81 + rng() % 0x7E), static_cast<char>(0x40 + rng() % 0xBF)};
          break;
        case 2:
          bytes += {static_cast<char>(0x81 + rng() % 4), static_cast<char>(0x30 + rng() % 10),
                    static_cast<char>(0x81 + rng() % 0x7E), static_cast<char>(0x30 + rng() % 10)};
          break;
        case 3:
          bytes += static_cast<char>(rng() % 256);
          break;
        default:
          bytes += "\xB7\xA8";
          break;
      }
    }
    std::string want(bytes.size() * 4 + 8, '\0');
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(cnv);
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const int32_t n =
        ucnv_toAlgorithmic(UCNV_UTF8, cnv, want.data(), static_cast<int32_t>(want.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    const std::optional<DecodedText> fast = DecodeGb18030Pairs(bytes, 0, "GB18030");
    if (U_FAILURE(status)) {
      EXPECT_FALSE(fast.has_value()) << Hex(bytes);
      continue;
    }
    want.resize(static_cast<size_t>(n));
    if (fast) {
      ++answered;
      EXPECT_EQ(fast->utf8, want) << Hex(bytes);
    }
  }
  ucnv_close(cnv);
  EXPECT_GT(answered, 300);
}

TEST(DecodeTest, Gb18030TablePathLeavesOtherInputToIcu) {
  EXPECT_FALSE(DecodeGb18030Pairs("\xB7\xA8\x81\x30\x8B", 0, "GB18030"));  // cut-off 4-byte code
  EXPECT_FALSE(DecodeGb18030Pairs("\xB7\xA8\x81\x30\x20\x37", 0, "GB18030"));  // broken one
  EXPECT_FALSE(DecodeGb18030Pairs("\xB7\xA8\x80", 0, "GB18030"));  // 0x80 is not GB18030
  EXPECT_FALSE(DecodeGb18030Pairs("\xB7", 0, "GB18030"));          // cut off
  EXPECT_FALSE(DecodeGb18030Pairs("\x80\x80", 0, "GB18030"));      // no lead byte
  EXPECT_FALSE(DecodeGb18030Pairs("\xFF\x40", 0, "GB18030"));
  EXPECT_FALSE(DecodeGb18030Pairs("\x80\x31", 0, "GB18030"));
  EXPECT_TRUE(DecodeGb18030Pairs("ab\xB7\xA8", 0, "GB18030"));
}

TEST(DecodeTest, Gb18030FourByteSequences) {
  // U+00FF and U+20000 take 4-byte GB18030 sequences; mixed with 2-byte Chinese.
  const std::string text = "法治\u00FF报告\U00020000年度";
  const std::string gb = ConvertWithIcu(text, "GB18030");
  ASSERT_EQ(Hex(gb), "b7 a8 d6 ce 81 30 8b 37 b1 a8 b8 e6 95 32 82 36 c4 ea b6 c8");
  auto result = Decode(gb);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "GB18030");
  EXPECT_EQ(result->utf8, text);
  EXPECT_EQ(result->OriginalOffset(6), 4u);    // U+00FF
  EXPECT_EQ(result->OriginalOffset(8), 8u);    // 报
  EXPECT_EQ(result->OriginalOffset(14), 12u);  // U+20000
  EXPECT_EQ(result->OriginalOffset(18), 16u);  // 年
  // The table path decodes four-byte codes too, one at a time through ICU.
  const std::optional<DecodedText> fast = DecodeGb18030Pairs(gb, 0, "GB18030");
  ASSERT_TRUE(fast.has_value());
  EXPECT_EQ(fast->utf8, text);
  for (size_t at : {0u, 6u, 8u, 14u, 18u}) {
    EXPECT_EQ(fast->OriginalOffset(at), result->OriginalOffset(at)) << at;
  }
}

TEST(DecodeTest, EmptyAndBlankDocuments) {
  ExpectError("", "empty-document", "document is empty (0 bytes)");
  ExpectError(" \t\r\n\n ", "empty-document", "document contains nothing but whitespace");
  ExpectError("\xEF\xBB\xBF", "empty-document", "document contains nothing but whitespace");
  ExpectError("\xEF\xBB\xBF\xE3\x80\x80\r\n", "empty-document",
              "document contains nothing but whitespace");
  ExpectError(Utf16WithBom(u" \u3000\n", true), "empty-document",
              "document contains nothing but whitespace");
}

TEST(DecodeTest, BinaryInputs) {
  ExpectError("abc\0def"s, "binary-file",
              "contains a NUL byte at byte offset 3, so it looks like binary data (or UTF-16 text "
              "without a byte-order mark)");
  ExpectError("法治政府建设年度报告\n\0"s, "binary-file",
              "contains a NUL byte at byte offset 31, so it looks like binary data (or UTF-16 text "
              "without a byte-order mark)");
  ExpectError("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"s, "binary-file", "looks like a PDF file");
  ExpectError("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, "binary-file", "looks like a PNG image");
  ExpectError("PK\x03\x04\x14\0\x06\0"s, "binary-file",
              "looks like a ZIP archive (for example a DOCX or XLSX file)");
  ExpectError("GIF89a"s, "binary-file", "looks like a GIF image");
  ExpectError("\xFF\xD8\xFF\xE0"s, "binary-file", "looks like a JPEG image");
  ExpectError("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s, "binary-file",
              "looks like a legacy Microsoft Office file (DOC, XLS or PPT)");
  ExpectError(
      "\x7F"
      "ELF\x02\x01\x01"s,
      "binary-file", "looks like an ELF executable");
  ExpectError(
      "ab\x01\x02\x03\x04"
      "cdefghijklmnop"s,
      "binary-file", "contains 4 control bytes in 20 bytes, so it looks like binary data");
  // U+0000 hidden inside UTF-16 is found after decoding, at its original offset.
  ExpectError(Utf16WithBom(u"法\0治"s, true), "binary-file",
              "contains a NUL character at byte offset 4, so it looks like binary data");
}

TEST(DecodeTest, TextControlsAreNotBinary) {
  // Tabs, form feeds and a single stray control in a long line are still text.
  const std::string input = "第一条\t规定\f\n" + std::string(40, 'x') + "\x1A";
  auto result = Decode(input);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "UTF-8");
}

TEST(DecodeTest, TruncatedUtf8) {
  const std::string full = "法治政府";  // 12 bytes
  ExpectError(full.substr(0, 10), "truncated-utf8",
              "text ends with an incomplete UTF-8 character at byte offset 9");
  ExpectError("\xEF\xBB\xBF" + full.substr(0, 11), "truncated-utf8",
              "text ends with an incomplete UTF-8 character at byte offset 12");
}

TEST(DecodeTest, InvalidUtf8ByteInTheMiddle) {
  const std::string input = "第一行\n第二行法治\xFF政府建设\n第三行";
  ExpectError(input, "invalid-utf8", "invalid UTF-8 byte 0xFF at byte offset 25, line 2");
  // Lines counted with \r\n and lone \r breaks too.
  ExpectError("法治\r\n政府\r建设\xC0\x80年度报告工作"s, "invalid-utf8",
              "invalid UTF-8 byte 0xC0 at byte offset 21, line 3");
  // A BOM declares UTF-8, so even one bad byte among ASCII is invalid-utf8.
  ExpectError(
      "\xEF\xBB\xBF"
      "abc\x80"s,
      "invalid-utf8", "invalid UTF-8 byte 0x80 at byte offset 6, line 1");
}

TEST(DecodeTest, UnknownEncodings) {
  // 0x80 and 0xFF are not valid in GB18030 and the text is not UTF-8.
  auto result = Decode("abc\x80\x80\xFF def"s);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "unknown-encoding");
  EXPECT_EQ(result.error().message.rfind(
                "text is neither UTF-8 (invalid byte at offset 3) nor GB18030 (invalid sequence at "
                "offset 3)",
                0),
            0u)
      << result.error().message;
}

TEST(DecodeTest, Big5IsToldApartFromGb18030) {
  const std::string text =
      "法治政府建設年度報告。一、推進依法行政，建設法治政府的主要舉措和成效。二、存在的問題和"
      "不足。三、下一年度推進法治政府建設的主要安排。";
  const std::string big5 = ConvertWithIcu(text, "Big5");
  auto result = Decode(big5);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "Big5");
  EXPECT_EQ(result->utf8, text);
  // 建 is the 5th character; every Big5 character here is two bytes.
  EXPECT_EQ(result->OriginalOffset(text.find("建")), 8u);
}

TEST(DecodeTest, DetectorRejectsOtherEncodingsThatHappenToDecodeAsGb18030) {
  const std::string sjis = ConvertWithIcu(
      "日本語のテキストです。これはテストです。東京都渋谷区の行政手続きについて説明します。",
      "Shift_JIS");
  ExpectError(sjis, "unknown-encoding",
              "text decodes as GB18030 but looks like Shift_JIS text; only UTF-8, UTF-16, "
              "GB18030 and Big5 are supported");
  // Latin-1: every high byte is followed by an ASCII letter, a valid but absurd GBK pair.
  ExpectError(
      ConvertWithIcu("Müller und Söhne GmbH, Straße 12, Köln. Grüße aus Düsseldorf.", "ISO-8859-1"),
      "unknown-encoding",
      "text decodes as GB18030 but looks like ISO-8859-1 text; only UTF-8, UTF-16, "
      "GB18030 and Big5 are supported");
}

TEST(DecodeTest, MostlyEnglishGb18030IsStillGb18030) {
  // The detector calls this ISO-8859-1 because of the English; the GBK pairs say otherwise.
  const std::string text =
      "Annual report on the construction of law-based government for 2023. The city government "
      "has implemented the plan. 法治政府建设年度报告 Section 1: overview of the work.";
  auto result = Decode(ConvertWithIcu(text, "GB18030"));
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->encoding, "GB18030");
  EXPECT_EQ(result->utf8, text);
}

TEST(Utf8Test, FindInvalidUtf8EdgeCases) {
  EXPECT_EQ(FindInvalidUtf8(""), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("plain ascii text that is long enough"), std::string_view::npos);
  EXPECT_EQ(
      FindInvalidUtf8("\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"),
      std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xC0\x80"), 2u);          // overlong
  EXPECT_EQ(FindInvalidUtf8("ab\xE0\x80\x80"), 2u);      // overlong
  EXPECT_EQ(FindInvalidUtf8("ab\xED\xA0\x80"), 2u);      // surrogate
  EXPECT_EQ(FindInvalidUtf8("ab\xF4\x90\x80\x80"), 2u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("ab\xF5\x80\x80\x80"), 2u);
  EXPECT_EQ(FindInvalidUtf8("法治\xE6\xB3"), 6u);     // truncated at the end
  EXPECT_EQ(FindInvalidUtf8("12345678法\x80"), 11u);  // stray continuation after CJK
}

// Checks the fast validator against ICU's strict UTF-8 conversion on random byte soup.
TEST(Utf8Test, FindInvalidUtf8AgreesWithIcu) {
  std::mt19937 rng(12345);
  const std::vector<std::string> pieces = {"a",        "法",       "\xC3\xA9", "\U0001F600",
                                           "\x80",     "\xE6\xB3", "\xF0\x9F", "\xED\xA0\x80",
                                           "\xC0\xAF", "\xFF",     "\n",       "12345678"};
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int count = static_cast<int>(rng() % 12);
    for (int k = 0; k < count; ++k) {
      // Mostly valid pieces so that invalid ones land at varied positions.
      const size_t pick = rng() % 4 == 0 ? rng() % pieces.size() : rng() % 4;
      s += pieces[pick];
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
    const bool icu_valid = status == U_BUFFER_OVERFLOW_ERROR || status == U_ZERO_ERROR ||
                           status == U_STRING_NOT_TERMINATED_WARNING;
    EXPECT_EQ(FindInvalidUtf8(s) == std::string_view::npos, icu_valid) << Hex(s);
    EXPECT_EQ(CountUtf8(s).invalid == 0, icu_valid) << Hex(s);
  }
}

}  // namespace
}  // namespace verdict::text
