// Code point access for the PDF reader's line heuristics, on top of text::ClassifyUtf8.
#ifndef VERDICT_RUNTIME_READ_PDF_CODE_POINT_H_
#define VERDICT_RUNTIME_READ_PDF_CODE_POINT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace verdict::read::pdf {

/// The code point at text[pos] (pos < text.size()); advances pos past it. Ill-formed bytes
/// read as U+FFFD, one byte at a time.
uint32_t NextCodePoint(std::string_view text, size_t& pos);

/// The last code point of `text` (0 when empty).
uint32_t LastCodePoint(std::string_view text);

/// Byte offset where the last code point of `text` starts (text.size() when empty).
size_t LastCodePointStart(std::string_view text);

}  // namespace verdict::read::pdf

#endif  // VERDICT_RUNTIME_READ_PDF_CODE_POINT_H_
