// Character classes for HTML text extraction: UTF-8 decoding of one code point, collapsible
// whitespace, wide characters, and small ASCII case-folding helpers.
#include "runtime/read/html/char_class.h"

#include <algorithm>

#include "runtime/text/utf8.h"

namespace verdict::read::html {

CodePoint DecodeMultiByte(std::string_view s, size_t pos) {
  const auto byte = [&](size_t k) {
    return static_cast<uint32_t>(static_cast<unsigned char>(s[pos + k]));
  };
  const uint32_t lead = byte(0);
  // Decoded page text is valid UTF-8; the slow, checking path is for anything else.
  const size_t left = s.size() - pos;
  if (lead >= 0xC2 && lead < 0xE0 && left >= 2 && (byte(1) & 0xC0) == 0x80) {
    return {((lead & 0x1F) << 6) | (byte(1) & 0x3F), 2};
  }
  if (((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) && left >= 3 &&
      (byte(1) & 0xC0) == 0x80 && (byte(2) & 0xC0) == 0x80) {
    return {((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F), 3};
  }
  const text::Utf8Sequence seq = text::ClassifyUtf8(s, pos);
  if (seq.status != text::Utf8Status::kValid) return {0xFFFD, 1};
  if (seq.length == 3) {
    return {((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F), 3};
  }
  return {
      ((lead & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F),
      4};
}

bool IsWideSpace(uint32_t cp) {
  return cp == 0xA0 || cp == 0x3000 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x202F || cp == 0x205F;
}

bool IsWide(uint32_t cp) {
  return (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x3000) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    const CodePoint cp = DecodeCodePoint(s, i);
    if (IsCollapsibleSpace(cp.value)) {
      pending = true;
    } else {
      if (pending && !out.empty()) out.push_back(' ');
      pending = false;
      out.append(s.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ContainsIgnoreCase(std::string_view haystack, std::string_view lower_needle) {
  if (lower_needle.empty()) return true;
  const auto it = std::search(haystack.begin(), haystack.end(), lower_needle.begin(),
                              lower_needle.end(), [](char a, char b) {
                                if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
                                return a == b;
                              });
  return it != haystack.end();
}

size_t CountVisibleChars(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size();) {
    const CodePoint cp = DecodeCodePoint(text, i);
    if (!IsCollapsibleSpace(cp.value)) ++n;
    i += cp.length;
  }
  return n;
}

}  // namespace verdict::read::html
