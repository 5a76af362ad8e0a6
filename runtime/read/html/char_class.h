// Code point helpers for HTML text: reading one UTF-8 code point, the whitespace a browser
// collapses, and the wide (CJK) characters between which a source line break is no space.
#ifndef VERDICT_RUNTIME_READ_HTML_CHAR_CLASS_H_
#define VERDICT_RUNTIME_READ_HTML_CHAR_CLASS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace verdict::read::html {

struct CodePoint {
  uint32_t value = 0;
  uint32_t length = 1;  // bytes
};

// The multi-byte code point at s[pos]; see DecodeCodePoint.
CodePoint DecodeMultiByte(std::string_view s, size_t pos);

// The code point at s[pos] (pos < s.size()). Ill-formed bytes read as U+FFFD of length 1.
// ASCII and the three-byte characters of Chinese text are decoded inline.
inline CodePoint DecodeCodePoint(std::string_view s, size_t pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) return {lead, 1};
  if (((lead >= 0xE1 && lead <= 0xEC) || lead >= 0xEE) && lead <= 0xEF && s.size() - pos >= 3) {
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    const auto b2 = static_cast<unsigned char>(s[pos + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      return {((lead & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu), 3};
    }
  }
  return DecodeMultiByte(s, pos);
}

// Collapsible whitespace beyond ASCII; see IsCollapsibleSpace.
bool IsWideSpace(uint32_t cp);

// Whitespace that collapses to one space in rendered text: ASCII blanks, NBSP, U+3000 and the
// other Unicode space separators.
inline bool IsCollapsibleSpace(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  if (cp < 0x1680) return cp == 0xA0;
  return cp <= 0x3000 && IsWideSpace(cp);  // CJK text is above U+3000
}

// Code points in valid UTF-8: the bytes that are not continuation bytes.
inline size_t CountCodePoints(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// East Asian wide characters (CJK ideographs, kana, Hangul, fullwidth forms and punctuation).
bool IsWide(uint32_t cp);

// CJK unified ideographs (the Chinese characters that make up report text).
inline bool IsCjkIdeograph(uint32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

// Code points of `text` that are not collapsible whitespace: its visible length.
size_t CountVisibleChars(std::string_view text);

// `s` with every run of collapsible whitespace turned into one ' ' and trimmed at both ends.
std::string CollapseSpaces(std::string_view s);

// ASCII-lowercased copy.
std::string AsciiLower(std::string_view s);

// True when `haystack` contains `lower_needle` ignoring ASCII case (`lower_needle` lowercase).
bool ContainsIgnoreCase(std::string_view haystack, std::string_view lower_needle);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_CHAR_CLASS_H_
