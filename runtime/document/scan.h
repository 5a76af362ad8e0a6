// Byte-level helpers shared by the document scanners: UTF-8 stepping, trimming and literal
// matching over views into the normalized text. All linear, none allocate.
#ifndef VERDICT_RUNTIME_DOCUMENT_SCAN_H_
#define VERDICT_RUNTIME_DOCUMENT_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "runtime/document/document.h"

namespace verdict::doc {

inline constexpr size_t kNpos = std::string_view::npos;

// ASCII digits only: NFKC has already folded full-width ones.
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Spaces the normalizer may leave (it folds runs to ' '); the rest are tolerated for robustness.
inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the UTF-8 sequence starting at s[i]; 1 for a stray byte, so scans always advance.
inline size_t CharLen(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  return i + len <= s.size() ? len : 1;
}

// The code point at s[i]; a malformed byte decodes as itself.
inline char32_t DecodeAt(std::string_view s, size_t i) {
  const size_t len = CharLen(s, i);
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (len == 1) return b0;
  char32_t cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// Number of code points (counts lead bytes).
inline size_t CharCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Trims blanks; the result is a sub-view, so its position in the text is preserved.
inline std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsBlank(s[b])) ++b;
  while (e > b && IsBlank(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// The first index at or after i that is not a blank.
inline size_t SkipBlanks(std::string_view s, size_t i) {
  while (i < s.size() && IsBlank(s[i])) ++i;
  return i;
}

// True if `lit` occurs at s[i]. A byte loop rather than memcmp: literals are a few bytes and most
// probes fail on the first one.
inline bool StartsAt(std::string_view s, size_t i, std::string_view lit) {
  if (i > s.size() || s.size() - i < lit.size()) return false;
  for (size_t k = 0; k < lit.size(); ++k) {
    if (s[i + k] != lit[k]) return false;
  }
  return true;
}

// Substring tests; std::string_view::find is linear for these short literals.
inline bool Contains(std::string_view s, std::string_view needle) {
  return s.find(needle) != kNpos;
}

inline bool ContainsAny(std::string_view s, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (s.find(n) != kNpos) return true;
  }
  return false;
}

// True if `s` opens with one of `prefixes`.
inline bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (StartsAt(s, 0, p)) return true;
  }
  return false;
}

// True if `s` certainly has more than `max_chars` code points, judged by bytes alone (a code
// point takes at most 4 bytes); lets length limits reject long lines without a counting pass.
inline bool SurelyLongerThan(std::string_view s, size_t max_chars) {
  return s.size() > 4 * max_chars;
}

// Span of `part`, which must be a view into `text`.
inline Span SpanIn(std::string_view text, std::string_view part) {
  const auto begin = static_cast<uint32_t>(part.data() - text.data());
  return {begin, static_cast<uint32_t>(begin + part.size())};
}

// The view from the start of `first` to the end of `last`; both must be views into one text.
inline std::string_view Join(std::string_view first, std::string_view last) {
  return std::string_view(first.data(),
                          static_cast<size_t>(last.data() + last.size() - first.data()));
}

// Matches `key` at s[i] allowing blanks between its code points: disclosure tables pad labels
// ("体 裁") to align columns. Returns the end of the match, or kNpos.
inline size_t MatchLoose(std::string_view s, size_t i, std::string_view key) {
  size_t k = 0;
  while (k < key.size()) {
    if (k > 0) i = SkipBlanks(s, i);
    const size_t len = CharLen(key, k);
    if (!StartsAt(s, i, key.substr(k, len))) return kNpos;
    i += len;
    k += len;
  }
  return i;
}

// True for list bullets that portals put before metadata rows and widget links. U+25CB (○) is
// left out: it doubles as the zero in dates such as 二○二一年.
inline bool IsBulletChar(char32_t c) {
  switch (c) {
    case U'\u2022':
    case U'\u00B7':
    case U'\u25CF':
    case U'\u25A0':
    case U'\u25C6':
    case U'\u25AA':
    case U'\u25C7':
    case U'\u25A1':
    case U'\u25B6':
    case U'\u25BA':
    case U'\u2605':
    case U'\u2606':
    case U'\u203B':
      return true;
    default:
      return false;
  }
}

// Skips leading bullets and blanks.
inline size_t SkipBullets(std::string_view s, size_t i = 0) {
  while (i < s.size()) {
    if (IsBlank(s[i])) {
      ++i;
    } else if (IsBulletChar(DecodeAt(s, i))) {
      i += CharLen(s, i);
    } else {
      break;
    }
  }
  return i;
}

// Letters, digits and CJK ideographs: a line without any is decoration, never text.
inline bool IsWordChar(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
         (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

inline bool HasWordChar(std::string_view s) {
  for (size_t i = 0; i < s.size(); i += CharLen(s, i)) {
    if (IsWordChar(DecodeAt(s, i))) return true;
  }
  return false;
}

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_SCAN_H_
