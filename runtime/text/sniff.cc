// Recognises inputs that are not text at all (binary signatures, NUL and control bytes) and
// inputs with no visible content, so that Decode can reject them with a precise error code.
#include "runtime/text/sniff.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace verdict::text {
namespace {

struct Magic {
  std::string_view signature;
  std::string_view description;
};

// Binary formats the text decoder may be handed (the reader stage sends PDF and .docx to their
// own readers; these messages cover what remains, or a forced --input-format text).
constexpr std::array<Magic, 7> kMagics = {{
    {"%PDF", "looks like a PDF file"},
    {std::string_view("PK\x03\x04", 4),
     "looks like a ZIP archive (for example a DOCX or XLSX file)"},
    {"\x89PNG", "looks like a PNG image"},
    {"GIF8", "looks like a GIF image"},
    {"\xFF\xD8\xFF", "looks like a JPEG image"},
    {"\xD0\xCF\x11\xE0", "looks like a legacy Microsoft Office file (DOC, XLS or PPT)"},
    {"\x7F"
     "ELF",
     "looks like an ELF executable"},
}};

// Decodes one code point of valid UTF-8 at s[i] and advances i.
uint32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  const int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  uint32_t cp = c & (0x7F >> len);
  for (int k = 1; k < len && i + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  i += len;
  return cp;
}

bool IsBlankCodePoint(uint32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x2060:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200D;  // the typographic spaces and zero-width characters
  }
}

}  // namespace

std::optional<std::string> SniffBinaryMagic(std::string_view bytes) {
  for (const Magic& magic : kMagics) {
    if (bytes.substr(0, magic.signature.size()) == magic.signature) {
      return std::string(magic.description);
    }
  }
  return std::nullopt;
}

ControlCounts CountControlBytes(std::string_view bytes) {
  // Bit set for each C0 byte that text does not contain.
  constexpr uint32_t kBinaryMask = ~((1u << '\t') | (1u << '\n') | (1u << '\r') | (1u << '\f'));
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  ControlCounts counts;
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // Skip eight bytes at a time while none is below 0x20 (a text's line breaks stop this
    // only briefly). (w - 0x20..) & ~w & 0x80.. is non-zero iff some byte of w is < 0x20.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + i, 8);
      if (((word - 0x20 * kOnes) & ~word & kHighs) == 0) {
        i += 8;
        continue;
      }
    }
    const size_t stop = std::min(n, i + 8);
    for (; i < stop; ++i) {
      const auto c = static_cast<unsigned char>(bytes[i]);
      if (c < 0x20 && ((kBinaryMask >> c) & 1u)) {
        ++counts.controls;
        if (c == 0 && counts.first_nul == std::string_view::npos) counts.first_nul = i;
      }
    }
  }
  return counts;
}

bool LooksBinary(const ControlCounts& counts, size_t size) {
  return counts.first_nul != std::string_view::npos || counts.controls * 20 > size;
}

Gb18030Pairs CountGb18030Pairs(std::string_view bytes) {
  Gb18030Pairs counts;
  size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x81 || lead == 0xFF || i + 1 == bytes.size()) {
      ++i;
      continue;
    }
    const auto trail = static_cast<unsigned char>(bytes[i + 1]);
    if (trail >= 0x30 && trail <= 0x39) {  // four-byte sequence
      i += 4;
      continue;
    }
    ++counts.pairs;
    if (trail < 0x80) ++counts.ascii_trail;
    i += 2;
  }
  return counts;
}

bool IsBlank(std::string_view utf8) {
  size_t i = 0;
  while (i < utf8.size()) {
    if (!IsBlankCodePoint(NextCodePoint(utf8, i))) return false;
  }
  return true;
}

}  // namespace verdict::text
