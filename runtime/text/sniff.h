// Cheap content checks that run before decoding: binary formats, control bytes, blank text.
#ifndef VERDICT_RUNTIME_TEXT_SNIFF_H_
#define VERDICT_RUNTIME_TEXT_SNIFF_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace verdict::text {

// When `bytes` starts with the signature of a known binary format, says what it looks like
// ("looks like a PDF file"); otherwise nullopt.
std::optional<std::string> SniffBinaryMagic(std::string_view bytes);

// C0 control bytes that do not occur in text; \t \n \r \f are not counted.
struct ControlCounts {
  size_t first_nul = std::string_view::npos;  // offset of the first 0x00 byte
  uint64_t controls = 0;                      // 0x00..0x1F except \t \n \r \f
};
ControlCounts CountControlBytes(std::string_view bytes);

// True when the counts say "binary": any NUL, or control bytes above 5% of `size` bytes.
bool LooksBinary(const ControlCounts& counts, size_t size);

// Byte pairs of `bytes` read as GB18030 (lead 81..FE plus a non-digit trail), and how many of
// them have an ASCII trail byte (40..7E). Chinese text rarely has such trails, while single-byte
// Latin text that happens to decode as GB18030 ("M\xFCller") has little else.
struct Gb18030Pairs {
  uint64_t pairs = 0;
  uint64_t ascii_trail = 0;
};
Gb18030Pairs CountGb18030Pairs(std::string_view bytes);

// True when valid UTF-8 `utf8` holds nothing but whitespace, zero-width characters and BOMs.
bool IsBlank(std::string_view utf8);

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_SNIFF_H_
