// Decode: sniffs binary inputs, honours BOMs, accepts valid UTF-8 as is (no ICU on that path),
// and otherwise tries a strict GB18030 decode cross-checked with ICU's charset detector.
// Every rejection is a ReadError with a stable code; nothing is decoded "best effort".
#include "runtime/text/decode.h"

#include <optional>
#include <utility>

#include "runtime/text/icu_decode.h"
#include "runtime/text/sniff.h"
#include "runtime/text/utf8.h"

namespace verdict::text {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

// Text that is mostly well-formed multi-byte UTF-8 is UTF-8 with damage, not another encoding:
// GBK Chinese read as UTF-8 yields about one valid sequence per four invalid bytes, so a
// ratio of four valid sequences per invalid byte is far from both.
constexpr uint64_t kMostlyUtf8Ratio = 4;
// Invalid bytes after which (if they also outnumber the valid sequences) counting stops.
constexpr uint64_t kUtf8GiveUp = 256;

// The detector overrides a clean GB18030 decode only when it is sure of something else.
constexpr int32_t kDetectorMinConfidence = 30;
constexpr int32_t kDetectorMargin = 25;

// Other East Asian multi-byte encodings whose text often decodes as GB18030 without error.
bool IsCjkMultiByteCharset(std::string_view name) {
  return name == "Big5" || name == "Shift_JIS" || name == "EUC-JP" || name == "EUC-KR" ||
         name.starts_with("ISO-2022-");
}

Err<ReadError> Fail(std::string_view code, std::string message) {
  return Err(ReadError{std::string(code), std::move(message)});
}

std::string HexByte(unsigned char c) {
  constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[c >> 4] + kDigits[c & 0xF];
}

// `nul_offset` is in the original input; `decoded` says the counts come from decoded UTF-16.
std::string BinaryMessage(const ControlCounts& counts, uint64_t size, uint64_t nul_offset,
                          bool decoded) {
  if (counts.first_nul != std::string_view::npos) {
    if (decoded) {
      return "contains a NUL character at byte offset " + std::to_string(nul_offset) +
             ", so it looks like binary data";
    }
    return "contains a NUL byte at byte offset " + std::to_string(nul_offset) +
           ", so it looks like binary data (or UTF-16 text without a byte-order mark)";
  }
  return "contains " + std::to_string(counts.controls) +
         (decoded ? " control characters" : " control bytes") + " in " + std::to_string(size) +
         " bytes, so it looks like binary data";
}

Err<ReadError> EmptyError() {
  return Fail("empty-document", "document contains nothing but whitespace");
}

Err<ReadError> InvalidUtf8Error(std::string_view bytes, size_t offset) {
  return Fail("invalid-utf8", "invalid UTF-8 byte " +
                                  HexByte(static_cast<unsigned char>(bytes[offset])) +
                                  " at byte offset " + std::to_string(offset) + ", line " +
                                  std::to_string(LineOfOffset(bytes, offset)));
}

// Sanity check of a clean GB18030 decode: names the encoding the input more likely is, if any.
// Big5, Shift_JIS and EUC text decode as GB18030 garbage; ICU's detector tells them apart. Its
// single-byte (Latin, Cyrillic) verdicts mostly reflect ASCII content, which mostly-English
// Chinese documents have too, so those count only when the GB18030 reading looks like Latin
// text too: most byte pairs ending in an ASCII letter.
// True when the double-byte pairs are overwhelmingly GB2312's hanzi and punctuation rows, as in
// any mainland Chinese text. Big5 (trail bytes below 0xA1), Shift_JIS (leads 0x81-0x9F) and
// Japanese EUC (kana rows) fail it. Korean EUC-KR can pass and is then read as GB18030; it is
// outside what verdict reads. This spares the detector, which costs milliseconds per document.
bool LooksLikeGb2312(std::string_view bytes) {
  uint64_t pairs = 0, gb = 0, kana = 0;
  for (size_t i = 0; i + 1 < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x81) {
      ++i;
      continue;
    }
    const auto trail = static_cast<unsigned char>(bytes[i + 1]);
    if (trail >= 0x30 && trail <= 0x39) {  // a GB18030 four-byte sequence
      i += 4;
      continue;
    }
    ++pairs;
    if (trail >= 0xA1 && ((lead >= 0xB0 && lead <= 0xF7) || (lead >= 0xA1 && lead <= 0xA3))) ++gb;
    if (lead == 0xA4 || lead == 0xA5) ++kana;
    i += 2;
  }
  return pairs >= 8 && gb * 10 >= pairs * 9 && kana * 50 <= pairs;
}

std::optional<std::string> OtherEncoding(std::string_view bytes) {
  // Only text that reads like Latin (most pairs end in an ASCII letter) needs the single-byte
  // recognizers, which are by far the most expensive part of the detector.
  const Gb18030Pairs pairs = CountGb18030Pairs(bytes);
  const bool latin_like = pairs.ascii_trail * 2 > pairs.pairs;
  if (!latin_like && LooksLikeGb2312(bytes)) return std::nullopt;
  const CharsetGuess guess = DetectCharset(bytes, /*cjk_only=*/!latin_like);
  if (guess.best.empty() || guess.best == "GB18030" ||
      guess.best_confidence < kDetectorMinConfidence ||
      guess.best_confidence < guess.gb18030_confidence + kDetectorMargin) {
    return std::nullopt;
  }
  if (IsCjkMultiByteCharset(guess.best)) return guess.best + " text";
  if (guess.best.starts_with("UTF-")) return std::nullopt;
  if (latin_like) return guess.best + " text";
  return std::nullopt;
}

// UTF-16 with a BOM: the BOM is a declaration, so a failure is "invalid", not "unknown".
Result<DecodedText, ReadError> DecodeUtf16(std::string_view bytes, const char* charset) {
  auto decoded = DecodeStrict(bytes, 2, charset, charset);
  if (!decoded.ok()) {
    const StrictDecodeFailure& failure = decoded.error();
    const std::string where = " at byte offset " + std::to_string(failure.offset);
    switch (failure.kind) {
      case StrictDecodeFailure::Kind::kTruncated:
        return Fail("invalid-encoding",
                    "text ends in the middle of a " + std::string(charset) + " character" + where);
      case StrictDecodeFailure::Kind::kIllegal:
        return Fail("invalid-encoding", "invalid " + std::string(charset) + " sequence" + where);
      case StrictDecodeFailure::Kind::kUnavailable:
        break;
    }
    return Fail("invalid-encoding", "no ICU converter for " + std::string(charset));
  }
  DecodedText& text = decoded.value();
  // UTF-16 hides NUL and control bytes from the raw scan; check the decoded characters instead.
  const ControlCounts counts = CountControlBytes(text.utf8);
  if (LooksBinary(counts, text.utf8.size())) {
    const uint64_t nul =
        counts.first_nul == std::string_view::npos ? 0 : text.OriginalOffset(counts.first_nul);
    return Fail("binary-file", BinaryMessage(counts, bytes.size(), nul, /*decoded=*/true));
  }
  if (IsBlank(text.utf8)) return EmptyError();
  return std::move(text);
}

// Input that is not valid UTF-8 from `bad` on (an offset into the whole input).
Result<DecodedText, ReadError> DecodeNonUtf8(std::string_view bytes, size_t bom, size_t bad) {
  const std::string_view body = bytes.substr(bom);
  const Utf8Stats stats = CountUtf8(body, kUtf8GiveUp);
  // A BOM declares UTF-8, and mostly-UTF-8 text is damaged UTF-8: report the bad byte.
  if (bom != 0 || stats.multibyte >= kMostlyUtf8Ratio * stats.invalid) {
    return InvalidUtf8Error(bytes, bad);
  }
  auto gb = DecodeStrict(bytes, 0, "GB18030", "GB18030");
  if (gb.ok()) {
    if (auto other = OtherEncoding(bytes)) {
      // Big5 pairs are also valid GB18030 pairs, so only the detector can tell them apart.
      if (other->starts_with("Big5 ")) {
        auto big5 = DecodeStrict(bytes, 0, "Big5", "Big5");
        if (big5.ok()) return std::move(big5).value();
      }
      return Fail("unknown-encoding", "text decodes as GB18030 but looks like " + *other +
                                          "; only UTF-8, UTF-16, GB18030 and Big5 are supported");
    }
    if (IsBlank(gb->utf8)) return EmptyError();
    return std::move(gb).value();
  }
  if (stats.multibyte > stats.invalid) return InvalidUtf8Error(bytes, bad);
  std::string message = "text is neither UTF-8 (invalid byte at offset " + std::to_string(bad) +
                        ") nor GB18030 (invalid sequence at offset " +
                        std::to_string(gb.error().offset) + ")";
  const CharsetGuess guess = DetectCharset(bytes);
  if (!guess.best.empty() && guess.best_confidence >= kDetectorMinConfidence) {
    message += "; the charset detector suggests " + guess.best;
  }
  return Fail("unknown-encoding", std::move(message));
}

}  // namespace

DecodedText DecodedText::FromUtf8(std::string utf8, size_t bom_size) {
  DecodedText text;
  text.utf8 = std::move(utf8);
  text.encoding = "UTF-8";
  text.bom_size_ = bom_size;
  text.input_size_ = text.utf8.size() + bom_size;
  return text;
}

DecodedText DecodedText::FromMapped(std::string utf8, std::string encoding, OffsetMap map,
                                    uint64_t input_size) {
  DecodedText text;
  text.utf8 = std::move(utf8);
  text.encoding = std::move(encoding);
  text.input_size_ = input_size;
  text.map_ = std::move(map);
  return text;
}

uint64_t DecodedText::OriginalOffset(size_t decoded_offset) const {
  if (decoded_offset >= utf8.size()) return input_size_;
  if (map_.size() == 0) return decoded_offset + bom_size_;
  return map_.Lookup(decoded_offset);
}

Result<DecodedText, ReadError> Decode(std::string_view bytes) {
  if (bytes.empty()) return Fail("empty-document", "document is empty (0 bytes)");
  if (auto what = SniffBinaryMagic(bytes)) return Fail("binary-file", std::move(*what));
  if (bytes.starts_with(kUtf16LeBom)) return DecodeUtf16(bytes, "UTF-16LE");
  if (bytes.starts_with(kUtf16BeBom)) return DecodeUtf16(bytes, "UTF-16BE");

  const ControlCounts counts = CountControlBytes(bytes);
  if (LooksBinary(counts, bytes.size())) {
    return Fail("binary-file",
                BinaryMessage(counts, bytes.size(), counts.first_nul, /*decoded=*/false));
  }
  const size_t bom = bytes.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  const std::string_view body = bytes.substr(bom);
  const size_t bad_in_body = FindInvalidUtf8(body);
  if (bad_in_body == std::string_view::npos) {
    if (IsBlank(body)) return EmptyError();
    return DecodedText::FromUtf8(std::string(body), bom);
  }
  const size_t bad = bom + bad_in_body;
  // Valid UTF-8 cut off inside its last character. A pure-ASCII prefix proves nothing about
  // UTF-8 (GB18030 looks the same there), so that case goes through detection instead.
  if (ClassifyUtf8(body, bad_in_body).status == Utf8Status::kTruncated &&
      (bom != 0 || CountUtf8(body.substr(0, bad_in_body)).multibyte > 0)) {
    return Fail("truncated-utf8", "text ends with an incomplete UTF-8 character at byte offset " +
                                      std::to_string(bad));
  }
  return DecodeNonUtf8(bytes, bom, bad);
}

}  // namespace verdict::text
