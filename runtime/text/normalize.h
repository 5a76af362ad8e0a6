// Normalize: decoded UTF-8 -> matching text (NFKC, folded whitespace) with a map back to the input.
#ifndef VERDICT_RUNTIME_TEXT_NORMALIZE_H_
#define VERDICT_RUNTIME_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/default_init_allocator.h"

namespace verdict::text {

// An input code point [start, end) whose successor in `source` is not at `end`, because the
// input after it produced nothing (folded whitespace, zero-width characters).
struct SourceGap {
  uint32_t start;
  uint32_t end;
};

struct NormalizedText {
  // NFKC; every run of whitespace other than line breaks -> one ' '; "\r\n" and "\r" -> "\n";
  // zero-width chars (U+200B..U+200D, U+2060, U+FEFF) dropped.
  std::string text;
  // Size text.size()+1: source[i] = byte offset in the input of the code point that produced
  // normalized byte i; source.back() = input size.
  std::vector<uint32_t, DefaultInitAllocator<uint32_t>> source;
  // Sorted by start; lets SourceRange find code point ends that `source` alone does not show.
  std::vector<SourceGap> gaps;

  // Input byte range [begin,end) covering normalized bytes [b,e): begin = source[b]; end = the
  // end of the input code point that produced byte e-1 ("\r\n" counts as one unit). b == e gives
  // an empty range at source[b].
  std::pair<uint32_t, uint32_t> SourceRange(uint32_t b, uint32_t e) const;
};

// Normalizes valid UTF-8 shorter than 4 GiB (offsets are 32-bit). Ill-formed bytes, which the
// contract excludes, become U+FFFD rather than undefined behaviour.
NormalizedText Normalize(std::string_view utf8);

// The same text transform without the offset map (used for rule-file literals).
std::string NormalizeString(std::string_view utf8);

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_NORMALIZE_H_
