// SSE2 kernels over blocks of sixteen bytes, with loads one and two bytes further on so that a
// lead byte can be judged by the bytes after it. Characters are counted at their first byte;
// a block whose bytes lead anything rarer than the usual Chinese text (E1/E2 spaces, four-byte
// characters) is counted one character at a time instead.
#include "runtime/read/html/text_counts.h"

#include <algorithm>
#include <cstring>

#include "runtime/read/html/char_class.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace verdict::read::html {
namespace {

inline bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Counts the character at text[i] into `counts`; returns its length.
inline size_t CountOne(std::string_view text, size_t i, TextCounts& counts) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) {
    counts.chars += !IsCollapsibleSpace(lead);
    return 1;
  }
  if (lead >= 0xE4 && lead <= 0xE9 && i + 2 < text.size()) {  // U+4000..U+9FFF
    ++counts.chars;
    // All but U+4DC0..U+4DFF (E4 B7 xx), the hexagram symbols.
    counts.cjk += lead != 0xE4 || static_cast<unsigned char>(text[i + 1]) != 0xB7;
    return 3;
  }
  const CodePoint cp = DecodeCodePoint(text, i);
  if (!IsCollapsibleSpace(cp.value)) {
    ++counts.chars;
    counts.cjk += IsCjkIdeograph(cp.value);
  }
  return cp.length;
}

#if defined(__SSE2__)
inline __m128i Load(const unsigned char* p) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
}
inline __m128i Set(int c) { return _mm_set1_epi8(static_cast<char>(c)); }
// Bytes of x in [lo, lo + span] (unsigned).
inline __m128i InRange(__m128i x, int lo, int span) {
  const __m128i d = _mm_sub_epi8(x, Set(lo));
  return _mm_cmpeq_epi8(_mm_min_epu8(d, Set(span)), d);
}
inline unsigned Mask(__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); }
#endif

}  // namespace

TextCounts CountTextByCharacter(std::string_view text) {
  TextCounts counts;
  for (size_t i = 0; i < text.size();) i += CountOne(text, i, counts);
  return counts;
}

#if defined(__SSE2__)
namespace {

// Tails shorter than this are counted character by character.
constexpr size_t kPaddedTail = 8;

// Counts of the blocks so far: per byte lane (a mask of -1 subtracted adds one) for up to 255
// blocks, then folded with SAD into two 64-bit lanes.
struct BlockSums {
  __m128i chars = _mm_setzero_si128();  // 64-bit lanes
  __m128i cjk = _mm_setzero_si128();
  __m128i chars8 = _mm_setzero_si128();  // byte lanes
  __m128i cjk8 = _mm_setzero_si128();
  unsigned pending = 0;  // blocks in the byte lanes

  void Add(__m128i counted, __m128i ideograph) {
    chars8 = _mm_sub_epi8(chars8, counted);
    cjk8 = _mm_sub_epi8(cjk8, ideograph);
    if (++pending == 255) Flush();
  }
  void Flush() {
    chars = _mm_add_epi64(chars, _mm_sad_epu8(chars8, _mm_setzero_si128()));
    cjk = _mm_add_epi64(cjk, _mm_sad_epu8(cjk8, _mm_setzero_si128()));
    chars8 = cjk8 = _mm_setzero_si128();
    pending = 0;
  }
};

inline uint32_t Total(__m128i sum) {
  return static_cast<uint32_t>(_mm_cvtsi128_si64(sum) +
                               _mm_cvtsi128_si64(_mm_unpackhi_epi64(sum, sum)));
}

// Counts the characters whose first byte is one of the 16 at q and set in `valid`; q[16] and
// q[17] must be readable (they complete characters begun at the end).
inline void CountBlock(const unsigned char* q, __m128i valid, BlockSums& sums) {
  const __m128i x = Load(q);
  const __m128i x1 = Load(q + 1);
  const __m128i x2 = Load(q + 2);
  const auto eq = [](__m128i v, int c) { return _mm_cmpeq_epi8(v, Set(c)); };
  const __m128i eq_e2 = eq(x, 0xE2);
  const __m128i eq_e3 = eq(x, 0xE3);
  // ASCII blanks; NBSP (C2 A0); U+1680 (E1 9A 80); U+2000..U+200A and U+202F (E2 80 ..);
  // U+205F (E2 81 9F); U+3000 (E3 80 80): IsCollapsibleSpace.
  const __m128i e2_80 = _mm_or_si128(InRange(x2, 0x80, 0x0A), eq(x2, 0xAF));
  const __m128i space = _mm_or_si128(
      _mm_or_si128(_mm_or_si128(eq(x, ' '), InRange(x, '\t', '\r' - '\t')),
                   _mm_and_si128(eq(x, 0xC2), eq(x1, 0xA0))),
      _mm_or_si128(_mm_and_si128(eq(x, 0xE1), _mm_and_si128(eq(x1, 0x9A), eq(x2, 0x80))),
                   _mm_or_si128(_mm_and_si128(
                                    eq_e2, _mm_or_si128(_mm_and_si128(eq(x1, 0x80), e2_80),
                                                        _mm_and_si128(eq(x1, 0x81), eq(x2, 0x9F)))),
                                _mm_and_si128(eq_e3, _mm_and_si128(eq(x1, 0x80), eq(x2, 0x80))))));
  // U+3400..U+4DBF and U+4E00..U+9FFF but U+4DC0..U+4DFF; U+F900..U+FAFF.
  const __m128i ideograph = _mm_or_si128(
      _mm_andnot_si128(_mm_and_si128(eq(x, 0xE4), eq(x1, 0xB7)), InRange(x, 0xE4, 5)),
      _mm_or_si128(_mm_and_si128(eq_e3, _mm_cmpeq_epi8(_mm_max_epu8(x1, Set(0x90)), x1)),
                   _mm_and_si128(eq(x, 0xEF), InRange(x1, 0xA4, 7))));
  const __m128i lead = _mm_andnot_si128(eq(_mm_and_si128(x, Set(0xC0)), 0x80), valid);
  // Spaces and ideographs are flagged at their lead byte only.
  sums.Add(_mm_andnot_si128(space, lead), _mm_and_si128(ideograph, valid));
}

// True when a byte of the 16 at q opens a four-byte character (left to CountOne).
inline bool HasFourByteLead(const unsigned char* q) {
  const __m128i x = Load(q);
  return Mask(_mm_cmpeq_epi8(_mm_max_epu8(x, Set(0xF0)), x)) != 0;
}

}  // namespace
#endif

TextCounts CountText(std::string_view text) {
  TextCounts counts;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
#if defined(__SSE2__)
  BlockSums sums;
  const __m128i all = _mm_cmpeq_epi8(_mm_setzero_si128(), _mm_setzero_si128());
  while (i + 18 <= n) {
    if (HasFourByteLead(p + i)) {
      // A four-byte character: this block character by character, from its first lead.
      const size_t end = i + 16;
      while (i < end && IsContinuation(p[i])) ++i;
      while (i < end) i += CountOne(text, i, counts);
      continue;
    }
    CountBlock(p + i, all, sums);
    // Characters count at their first byte, so the next block may start inside one.
    i += 16;
  }
  if (n - i >= kPaddedTail) {
    // The last bytes (many text nodes are shorter than a block) from a zero-padded copy, with
    // only the copied bytes counted; a few bytes are cheaper one by one.
    alignas(16) unsigned char tail[48] = {};
    const size_t left = n - i;
    std::memcpy(tail, p + i, left);
    if (!HasFourByteLead(tail) && !HasFourByteLead(tail + 16)) {
      const __m128i index = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
      for (size_t block = 0; block < left; block += 16) {
        const auto valid_bytes = static_cast<char>(left - block);
        CountBlock(tail + block, _mm_cmplt_epi8(index, _mm_set1_epi8(valid_bytes)), sums);
      }
      i = n;
    }
  }
  sums.Flush();
  counts.chars += Total(sums.chars);
  counts.cjk += Total(sums.cjk);
  while (i < n && IsContinuation(p[i])) ++i;  // the rest of a character counted above
#endif
  while (i < n) i += CountOne(text, i, counts);
  return counts;
}

void FillCharStartsByCharacter(std::string_view text, size_t begin, size_t end, uint32_t base,
                               uint32_t* out) {
  uint32_t at = base + static_cast<uint32_t>(begin);
  for (size_t b = begin; b < end; ++b) {
    if (!IsContinuation(static_cast<unsigned char>(text[b]))) at = base + static_cast<uint32_t>(b);
    *out++ = at;
  }
}

void FillCharStarts(std::string_view text, size_t begin, size_t end, uint32_t base, uint32_t* out) {
  size_t b = begin;
#if defined(__SSE2__)
  // out = base + b - (bytes back to the character's lead): 0 for a lead, else one more per
  // continuation byte before it, looked up with loads one and two bytes back. `begin` is a
  // character boundary, so nothing before it is ever counted.
  if (b < 2) {
    const size_t head = std::min(end, b + 2);
    FillCharStartsByCharacter(text, b, head, base, out);
    out += head - b;
    b = head;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const __m128i one = Set(1);
  const __m128i zero = _mm_setzero_si128();
  const auto cont = [&](size_t at) {
    const __m128i x = Load(p + at);
    return _mm_and_si128(_mm_cmpeq_epi8(_mm_and_si128(x, Set(0xC0)), Set(0x80)), one);
  };
  const __m128i steps = _mm_setr_epi32(0, 1, 2, 3);
  while (b + 16 <= end) {
    const __m128i c0 = cont(b);
    const __m128i c01 = _mm_and_si128(c0, cont(b - 1));
    const __m128i c012 = _mm_and_si128(c01, cont(b - 2));
    const __m128i back = _mm_add_epi8(c0, _mm_add_epi8(c01, c012));
    const __m128i lo = _mm_unpacklo_epi8(back, zero);
    const __m128i hi = _mm_unpackhi_epi8(back, zero);
    const __m128i first = _mm_set1_epi32(static_cast<int>(base + b));
    const __m128i parts[4] = {_mm_unpacklo_epi16(lo, zero), _mm_unpackhi_epi16(lo, zero),
                              _mm_unpacklo_epi16(hi, zero), _mm_unpackhi_epi16(hi, zero)};
    for (int q = 0; q < 4; ++q) {
      const __m128i index = _mm_add_epi32(first, _mm_add_epi32(steps, _mm_set1_epi32(4 * q)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 4 * q), _mm_sub_epi32(index, parts[q]));
    }
    out += 16;
    b += 16;
  }
  // The tail continues from a character boundary or inside one: back up to its lead.
  size_t lead = b;
  while (lead > begin && IsContinuation(p[lead])) --lead;
  uint32_t at = base + static_cast<uint32_t>(lead);
  for (; b < end; ++b) {
    if (!IsContinuation(p[b])) at = base + static_cast<uint32_t>(b);
    *out++ = at;
  }
#else
  FillCharStartsByCharacter(text, b, end, base, out);
#endif
}

size_t NonSpaceRunEndByCharacter(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    const CodePoint cp = DecodeCodePoint(text, pos);
    if (IsCollapsibleSpace(cp.value)) return pos;
    pos += cp.length;
  }
  return text.size();
}

size_t NonSpaceRunEnd(std::string_view text, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
#if defined(__SSE2__)
  while (pos + 16 <= n) {
    // Only ASCII blanks and the leads C2 (NBSP), E1 (U+1680), E2 (U+2000..U+205F) and E3
    // (U+3000) can start collapsible whitespace; they are always character boundaries.
    const __m128i x = Load(p + pos);
    unsigned candidates =
        Mask(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(x, Set(0x20)), x), InRange(x, 0xE1, 2))) |
        Mask(_mm_cmpeq_epi8(x, Set(0xC2)));
    while (candidates != 0) {
      const size_t at = pos + static_cast<size_t>(__builtin_ctz(candidates));
      candidates &= candidates - 1;
      if (IsCollapsibleSpace(DecodeCodePoint(text, at).value)) return at;
    }
    pos += 16;  // candidates are never continuation bytes: blocks need not start on a boundary
  }
  while (pos < n && IsContinuation(p[pos])) ++pos;
#endif
  return NonSpaceRunEndByCharacter(text, pos);
}

}  // namespace verdict::read::html
