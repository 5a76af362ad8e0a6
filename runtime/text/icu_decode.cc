// ICU-backed decoding for inputs that are not UTF-8 (UTF-16 with a BOM, GB18030) and ICU charset
// detection. ucnv_toUnicode reports the source offset of every UTF-16 unit it produces, which
// gives the per-code-point offset map DecodedText keeps for these encodings.
#include "runtime/text/icu_decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uenum.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include "runtime/text/utf8.h"

namespace verdict::text {
namespace {

struct ConverterCloser {
  void operator()(UConverter* cnv) const { ucnv_close(cnv); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* det) const { ucsdet_close(det); }
};

// The detector looks at statistics; a prefix is as good as the whole file and bounds the cost.
constexpr size_t kDetectPrefix = 16 * 1024;

// GB18030's two-byte codes (lead 81..FE, trail 40..7E or 80..FE) decoded once by ICU into
// UTF-8, so that text made of ASCII and two-byte codes, i.e. nearly every GBK/GB2312 report,
// is decoded by table lookup. len 0 marks a pair ICU does not decode to one BMP character.
struct GbPair {
  char utf8[3];
  uint8_t len;
};
static_assert(sizeof(GbPair) == 4, "copied as one 4-byte word");

class GbPairTable {
 public:
  GbPairTable() : pairs_(126 * 191) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open("GB18030", &status));
    if (U_FAILURE(status)) return;
    for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
      for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
        if (trail == 0x7F) continue;
        const char in[2] = {static_cast<char>(lead), static_cast<char>(trail)};
        UChar out[4];
        UErrorCode err = U_ZERO_ERROR;
        ucnv_reset(cnv.get());
        ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
        const int32_t n = ucnv_toUChars(cnv.get(), out, 4, in, 2, &err);
        if (U_FAILURE(err) || n != 1 || U16_IS_SURROGATE(out[0]) || out[0] < 0x80) continue;
        GbPair& pair = pairs_[Index(lead, trail)];
        std::string encoded;
        AppendUtf8(out[0], encoded);
        std::memcpy(pair.utf8, encoded.data(), encoded.size());
        pair.len = static_cast<uint8_t>(encoded.size());
      }
    }
    ready_ = true;
  }

  bool ready() const { return ready_; }
  // The pair at lead, trail, or nullptr when that is not a two-byte code ICU decodes.
  const GbPair* Find(unsigned lead, unsigned trail) const {
    if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE || trail == 0x7F) return nullptr;
    const GbPair& pair = pairs_[Index(lead, trail)];
    return pair.len != 0 ? &pair : nullptr;
  }

 private:
  static size_t Index(unsigned lead, unsigned trail) {
    return (lead - 0x81) * 191 + (trail - 0x40);
  }
  std::vector<GbPair> pairs_;
  bool ready_ = false;
};

const GbPairTable& GbPairs() {
  static const GbPairTable table;
  return table;
}

}  // namespace

std::optional<DecodedText> DecodeGb18030Pairs(std::string_view bytes, size_t skip,
                                              std::string_view encoding) {
  const GbPairTable& table = GbPairs();
  if (!table.ready()) return std::nullopt;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  // Every input byte yields at most 1.5 bytes; the slack takes the spare byte of the last copy.
  std::string utf8((n - skip) + (n - skip) / 2 + 8, '\0');
  char* const out = utf8.data();
  size_t o = 0;
  OffsetMap map;
  map.Reserve(n - skip);
  std::unique_ptr<UConverter, ConverterCloser> cnv;  // opened at the first four-byte code
  for (size_t i = skip; i < n;) {
    const unsigned c = p[i];
    if (c < 0x80) {
      map.Add(o, i);
      out[o++] = static_cast<char>(c);
      ++i;
      continue;
    }
    if (i + 1 >= n) return std::nullopt;
    if (c >= 0x81 && c <= 0xFE && p[i + 1] >= 0x30 && p[i + 1] <= 0x39) {
      // A four-byte code (U+00A0, U+2022, supplementary characters …): rare enough for ICU.
      if (i + 3 >= n) return std::nullopt;
      if (!cnv) {
        UErrorCode status = U_ZERO_ERROR;
        cnv.reset(ucnv_open("GB18030", &status));
        if (U_FAILURE(status)) return std::nullopt;
      }
      UChar units[4];
      UErrorCode err = U_ZERO_ERROR;
      ucnv_reset(cnv.get());
      ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
      const int32_t got = ucnv_toUChars(cnv.get(), units, 4, bytes.data() + i, 4, &err);
      uint32_t cp = 0;
      if (U_FAILURE(err) || got < 1) return std::nullopt;
      if (got == 1 && !U16_IS_SURROGATE(units[0])) {
        cp = units[0];
      } else if (got == 2 && U16_IS_LEAD(units[0]) && U16_IS_TRAIL(units[1])) {
        cp = static_cast<uint32_t>(U16_GET_SUPPLEMENTARY(units[0], units[1]));
      } else {
        return std::nullopt;
      }
      map.Add(o, i);
      std::string encoded;
      AppendUtf8(cp, encoded);
      std::memcpy(out + o, encoded.data(), encoded.size());
      o += encoded.size();
      i += 4;
      continue;
    }
    const GbPair* pair = table.Find(c, p[i + 1]);
    if (pair == nullptr) return std::nullopt;
    map.Add(o, i);
    std::memcpy(out + o, pair, sizeof(GbPair));  // 4 bytes; a spare one is overwritten next
    o += pair->len;
    i += 2;
  }
  utf8.resize(o);
  return DecodedText::FromMapped(std::move(utf8), std::string(encoding), std::move(map), n);
}

Result<DecodedText, StrictDecodeFailure> DecodeStrict(std::string_view bytes, size_t skip,
                                                      const char* charset,
                                                      std::string_view encoding) {
  using Kind = StrictDecodeFailure::Kind;
  if (std::string_view(charset) == "GB18030") {
    if (std::optional<DecodedText> fast = DecodeGb18030Pairs(bytes, skip, encoding)) {
      return std::move(*fast);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return Err(StrictDecodeFailure{Kind::kUnavailable, skip});
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return Err(StrictDecodeFailure{Kind::kUnavailable, skip});

  // Every input byte yields at most 1.5 bytes of UTF-8 (2-byte sequences -> 3 bytes; ASCII,
  // 4-byte sequences and UTF-16 pairs -> no more than their own size).
  const size_t body = bytes.size() - skip;
  std::string utf8;
  utf8.reserve(body + body / 2 + 8);
  OffsetMap map;
  auto emit = [&](uint32_t cp, uint64_t offset) {
    map.Add(utf8.size(), offset);
    AppendUtf8(cp, utf8);
  };

  // Convert in bounded slices of UTF-16 with ICU's per-unit source offsets. A surrogate pair
  // may straddle two slices, so a pending lead surrogate is carried across calls.
  constexpr int32_t kSlice = 1 << 15;
  std::vector<UChar> units(kSlice);
  std::vector<int32_t> offsets(kSlice);
  const char* const base = bytes.data();
  const char* const limit = base + bytes.size();
  const char* src = base + skip;
  bool have_lead = false;
  UChar lead = 0;
  uint64_t lead_offset = 0;
  uint64_t last_offset = skip;
  for (;;) {
    const uint64_t call_start = static_cast<uint64_t>(src - base);
    UChar* target = units.data();
    UErrorCode err = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, units.data() + kSlice, &src, limit, offsets.data(),
                   /*flush=*/true, &err);
    const size_t produced = static_cast<size_t>(target - units.data());
    for (size_t k = 0; k < produced; ++k) {
      // -1: a unit held over from the previous call, i.e. the rest of the last character.
      const uint64_t offset = offsets[k] < 0 ? last_offset : call_start + offsets[k];
      last_offset = offset;
      const UChar unit = units[k];
      if (have_lead) {
        // A lone surrogate cannot be written as UTF-8, so it counts as illegal input.
        if (!U16_IS_TRAIL(unit)) return Err(StrictDecodeFailure{Kind::kIllegal, lead_offset});
        emit(static_cast<uint32_t>(U16_GET_SUPPLEMENTARY(lead, unit)), lead_offset);
        have_lead = false;
      } else if (U16_IS_LEAD(unit)) {
        have_lead = true;
        lead = unit;
        lead_offset = offset;
      } else if (U16_IS_TRAIL(unit)) {
        return Err(StrictDecodeFailure{Kind::kIllegal, offset});
      } else {
        emit(unit, offset);
      }
    }
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(err)) {
      // The source pointer stops just past the offending bytes.
      char invalid[32];
      int8_t invalid_length = sizeof(invalid);
      UErrorCode invalid_status = U_ZERO_ERROR;
      ucnv_getInvalidChars(cnv.get(), invalid, &invalid_length, &invalid_status);
      if (U_FAILURE(invalid_status)) invalid_length = 0;
      const uint64_t offset =
          static_cast<uint64_t>(src - base) - static_cast<uint64_t>(invalid_length);
      const Kind kind = err == U_TRUNCATED_CHAR_FOUND ? Kind::kTruncated : Kind::kIllegal;
      return Err(StrictDecodeFailure{kind, offset});
    }
    break;
  }
  if (have_lead) return Err(StrictDecodeFailure{Kind::kIllegal, lead_offset});
  return DecodedText::FromMapped(std::move(utf8), std::string(encoding), std::move(map),
                                 bytes.size());
}

CharsetGuess DetectCharset(std::string_view bytes, bool cjk_only) {
  CharsetGuess guess;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
  if (U_FAILURE(status)) return guess;
  if (cjk_only) {
    UEnumeration* all = ucsdet_getAllDetectableCharsets(det.get(), &status);
    const char* name;
    while (U_SUCCESS(status) && (name = uenum_next(all, nullptr, &status)) != nullptr) {
      const std::string_view n(name);
      const bool cjk = n == "GB18030" || n == "Big5" || n == "Shift_JIS" || n == "EUC-JP" ||
                       n == "EUC-KR" || n.starts_with("ISO-2022-");
      if (!cjk) ucsdet_setDetectableCharset(det.get(), name, false, &status);
    }
    uenum_close(all);
    if (U_FAILURE(status)) return guess;
  }
  const size_t length = std::min(bytes.size(), kDetectPrefix);
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(length), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
  if (U_FAILURE(status)) return guess;
  for (int32_t i = 0; i < count; ++i) {
    UErrorCode match_status = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &match_status);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &match_status);
    if (U_FAILURE(match_status) || name == nullptr) continue;
    if (guess.best.empty()) {  // matches come sorted by confidence, best first
      guess.best = name;
      guess.best_confidence = confidence;
    }
    if (std::string_view(name) == "GB18030") {
      guess.gb18030_confidence = std::max(guess.gb18030_confidence, confidence);
    }
  }
  return guess;
}

}  // namespace verdict::text
