// Decodes single code points from UTF-8 for the PDF reader's heuristics (page numbers,
// numbering, sentence ends); validity comes from text::ClassifyUtf8.
#include "runtime/read/pdf/code_point.h"

#include <algorithm>

#include "runtime/text/utf8.h"

namespace verdict::read::pdf {

uint32_t NextCodePoint(std::string_view text, size_t& pos) {
  const text::Utf8Sequence seq = text::ClassifyUtf8(text, pos);
  if (seq.status != text::Utf8Status::kValid) {
    pos += std::max<uint32_t>(seq.length, 1);
    return 0xFFFD;
  }
  const auto byte = [&](size_t k) {
    return static_cast<uint32_t>(static_cast<unsigned char>(text[pos + k]));
  };
  uint32_t cp = 0;
  switch (seq.length) {
    case 1:
      cp = byte(0);
      break;
    case 2:
      cp = ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
      break;
    case 3:
      cp = ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
      break;
    default:
      cp = ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
           (byte(3) & 0x3F);
      break;
  }
  pos += seq.length;
  return cp;
}

size_t LastCodePointStart(std::string_view text) {
  if (text.empty()) return text.size();
  size_t start = text.size() - 1;
  // At most three continuation bytes precede a lead byte.
  while (start > 0 && text.size() - start < 4 &&
         !text::IsUtf8LeadByte(static_cast<unsigned char>(text[start]))) {
    --start;
  }
  return start;
}

uint32_t LastCodePoint(std::string_view text) {
  if (text.empty()) return 0;
  size_t pos = LastCodePointStart(text);
  const uint32_t cp = NextCodePoint(text, pos);
  return pos == text.size() ? cp : 0xFFFD;
}

}  // namespace verdict::read::pdf
