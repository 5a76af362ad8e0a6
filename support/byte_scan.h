// Finding the next occurrence of one of a few byte values, 16 bytes at a time where SSE2 is
// available (every x86-64). The per-byte loops this replaces were a visible share of checking a
// document, since they run over every byte of every document.
#ifndef VERDICT_SUPPORT_BYTE_SCAN_H_
#define VERDICT_SUPPORT_BYTE_SCAN_H_

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace verdict {

// Offset of the first byte at or after `from` equal to a, b, c or d; s.size() when none.
inline size_t FindAnyOf4(std::string_view s, size_t from, char a, char b, char c, char d) {
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
  const __m128i vc = _mm_set1_epi8(c), vd = _mm_set1_epi8(d);
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                                     _mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd)));
    if (const int mask = _mm_movemask_epi8(hit))
      return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i) {
    if (p[i] == a || p[i] == b || p[i] == c || p[i] == d) return i;
  }
  return n;
}

}  // namespace verdict

#endif  // VERDICT_SUPPORT_BYTE_SCAN_H_
