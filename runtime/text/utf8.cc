// UTF-8 well-formedness checks (Unicode Table 3-7) and small encoding helpers.
// FindInvalidUtf8 is on the path of every document, so it skips ASCII eight bytes at a time and
// checks the common 3-byte (CJK) sequences inline; everything else goes through ClassifyUtf8.
#include "runtime/text/utf8.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace verdict::text {
namespace {

// Second-byte range for a lead byte; later continuation bytes are always 80..BF.
struct LeadInfo {
  uint8_t length;  // 0: not a valid lead byte
  uint8_t lo;
  uint8_t hi;
};

constexpr LeadInfo LeadOf(unsigned char c) {
  if (c < 0x80) return {1, 0, 0};
  if (c < 0xC2) return {0, 0, 0};
  if (c < 0xE0) return {2, 0x80, 0xBF};
  if (c == 0xE0) return {3, 0xA0, 0xBF};
  if (c == 0xED) return {3, 0x80, 0x9F};  // excludes the surrogates
  if (c < 0xF0) return {3, 0x80, 0xBF};
  if (c == 0xF0) return {4, 0x90, 0xBF};
  if (c < 0xF4) return {4, 0x80, 0xBF};
  if (c == 0xF4) return {4, 0x80, 0x8F};  // nothing above U+10FFFF
  return {0, 0, 0};
}

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

Utf8Sequence ClassifyUtf8(std::string_view bytes, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t avail = bytes.size() - pos;
  const LeadInfo lead = LeadOf(p[pos]);
  if (lead.length == 0) return {Utf8Status::kInvalid, 1};
  if (lead.length == 1) return {Utf8Status::kValid, 1};
  for (uint32_t k = 1; k < lead.length; ++k) {
    if (k == avail) return {Utf8Status::kTruncated, k};
    const unsigned char c = p[pos + k];
    const bool ok = (k == 1) ? (c >= lead.lo && c <= lead.hi) : IsContinuation(c);
    if (!ok) return {Utf8Status::kInvalid, 1};
  }
  return {Utf8Status::kValid, lead.length};
}

size_t CjkRunEndFrom(std::string_view bytes, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = pos;
#if defined(__SSE2__)
  // Five characters (15 bytes) per step: leads at 0,3,6,9,12 within E4..E9 (after an E4 lead
  // the next byte must be at least B8: U+4000..U+4DFF are outside the range), continuation
  // bytes at the other positions.
  constexpr int kLeads = 0x1249;  // bits 0, 3, 6, 9, 12
  const __m128i top2 = _mm_set1_epi8(static_cast<char>(0xC0));
  const __m128i cont = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i e4 = _mm_set1_epi8(static_cast<char>(0xE4));
  const __m128i b8 = _mm_set1_epi8(static_cast<char>(0xB8));
  const __m128i five = _mm_set1_epi8(5);
  while (i + 16 <= n) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const int conts = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(x, top2), cont));
    const __m128i rel = _mm_sub_epi8(x, e4);  // lead - E4, wrapping; 0..5 for E4..E9
    const int leads = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(rel, five), rel));
    const int is_e4 = _mm_movemask_epi8(_mm_cmpeq_epi8(x, e4));
    const __m128i next = _mm_srli_si128(x, 1);  // byte k+1 at position k
    const int next_low = ~_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(next, b8), next));
    // Character k (bytes 3k..3k+2) is in the range when its lead is and both followers are
    // continuation bytes; the run ends at the first character that is not.
    const int lead_ok = leads & ~(is_e4 & next_low);
    const int ok = lead_ok & (conts >> 1) & (conts >> 2) & kLeads;
    if (ok != kLeads) return i + static_cast<size_t>(__builtin_ctz(~ok & kLeads));
    i += 15;
  }
#endif
  while (i + 2 < n) {
    const unsigned char c0 = p[i];
    const unsigned char c1 = p[i + 1];
    if (c0 < 0xE4 || c0 > 0xE9 || !IsContinuation(c1) || !IsContinuation(p[i + 2]) ||
        (c0 == 0xE4 && c1 < 0xB8)) {
      break;
    }
    i += 3;
  }
  return i;
}

size_t FindInvalidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL) break;
        i += 8;
      }
      while (i < n && p[i] < 0x80) ++i;
      continue;
    }
    if (c >= 0xE4 && c <= 0xE9) {
      const size_t end = CjkRunEnd(bytes, i);
      if (end > i) {
        i = end;
        continue;
      }
    }
    // E1..EC and EE..EF take any continuation bytes: all of CJK and full-width punctuation.
    if (c >= 0xE1 && c <= 0xEF && c != 0xED) {
      if (i + 2 < n && IsContinuation(p[i + 1]) && IsContinuation(p[i + 2])) {
        i += 3;
        continue;
      }
      return i;
    }
    const Utf8Sequence seq = ClassifyUtf8(bytes, i);
    if (seq.status != Utf8Status::kValid) return i;
    i += seq.length;
  }
  return std::string_view::npos;
}

Utf8Stats CountUtf8(std::string_view bytes, uint64_t max_invalid) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  Utf8Stats stats;
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Same shortcut as FindInvalidUtf8 for the common 3-byte sequences.
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < n && IsContinuation(p[i + 1]) &&
        IsContinuation(p[i + 2])) {
      ++stats.multibyte;
      i += 3;
      continue;
    }
    const Utf8Sequence seq = ClassifyUtf8(bytes, i);
    switch (seq.status) {
      case Utf8Status::kValid:
        ++stats.multibyte;
        i += seq.length;
        break;
      case Utf8Status::kTruncated:
        stats.invalid += seq.length;
        i += seq.length;
        break;
      case Utf8Status::kInvalid:
        ++stats.invalid;
        ++i;
        if (stats.invalid > max_invalid && stats.invalid > stats.multibyte) return stats;
        break;
    }
  }
  return stats;
}

uint64_t LineOfOffset(std::string_view bytes, size_t offset) {
  if (offset > bytes.size()) offset = bytes.size();
  uint64_t line = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
    } else if (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')) {
      ++line;
    }
  }
  return line;
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace verdict::text
