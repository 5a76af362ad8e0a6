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
inline CodePoint DecodeCodePoint(std::string_view s, size_t pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) return {lead, 1};
  return DecodeMultiByte(s, pos);
}

// Collapsible whitespace beyond ASCII; see IsCollapsibleSpace.
bool IsWideSpace(uint32_t cp);

// Whitespace that collapses to one space in rendered text: ASCII blanks, NBSP, U+3000 and the
// other Unicode space separators.
inline bool IsCollapsibleSpace(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return IsWideSpace(cp);
}

// East Asian wide characters (CJK ideographs, kana, Hangul, fullwidth forms and punctuation).
bool IsWide(uint32_t cp);

// CJK unified ideographs (the Chinese characters that make up report text).
bool IsCjkIdeograph(uint32_t cp);

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
