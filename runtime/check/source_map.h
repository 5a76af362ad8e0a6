// SourceMap: turns spans of the normalized text into Evidence located in the ORIGINAL file,
// chaining normalized -> simplified (NormalizedText::SourceRange) -> extracted text (the t2s map)
// -> decoded original (the reader's map) -> original bytes (DecodedText::OriginalOffset), with
// line/column from the decoded original and page/paragraph/run from the reader's units.
#ifndef VERDICT_RUNTIME_CHECK_SOURCE_MAP_H_
#define VERDICT_RUNTIME_CHECK_SOURCE_MAP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "runtime/check/result.h"
#include "runtime/document/document.h"
#include "runtime/read/extracted.h"
#include "runtime/text/line_index.h"
#include "runtime/text/normalize.h"
#include "runtime/text/simplify.h"

namespace verdict::check {

// All references must outlive the map. `simplified` is Simplify(extracted.Text()) or null when
// nothing was converted; `normalized` is Normalize() of the simplified (or extracted) text and
// `document` was built over normalized.text.
class SourceMap {
 public:
  SourceMap(const read::Extracted& extracted, const text::Simplified* simplified,
            const text::NormalizedText& normalized, const doc::Document& document);

  // Normalized span -> byte range in extracted.Text().
  std::pair<uint32_t, uint32_t> Extracted(doc::Span span) const;


  // Evidence for normalized span `span`: position, original byte range, quoted decoded text
  // and the original text of the headings of the sections around span.begin.
  Evidence Locate(doc::Span span) const;

  // An `expected` marker just after normalized byte `end - 1` (the end of the last character
  // before normalized offset `end`), with length 0.
  Evidence LocateExpected(uint32_t end) const;

  // The decoded original text behind `span`, with surrounding (Unicode) spaces trimmed.
  std::string OriginalText(doc::Span span) const;

 private:
  // Byte range in the decoded original behind normalized span `span`.
  std::pair<uint32_t, uint32_t> Decoded(doc::Span span) const;
  // Fills page/paragraph/run from the reader's units for extracted-text offset `at`.
  void AddUnit(uint32_t at, Evidence* evidence) const;

  const read::Extracted& extracted_;
  const text::DecodedText& decoded_;
  const text::Simplified* simplified_;
  const text::NormalizedText& normalized_;
  const doc::Document& document_;
  text::LineIndex lines_;
};

// Byte offset in the extracted text -> offset in the normalized text (the first normalized byte
// at or after it), through the t2s map when there is one; used to place reader hints.
uint32_t ToNormalized(const text::Simplified* simplified, const text::NormalizedText& normalized,
                      uint32_t extracted_offset);

// `s` without leading and trailing ASCII whitespace, U+00A0, U+3000 and U+FEFF.
std::string_view TrimSpaces(std::string_view s);

}  // namespace verdict::check

#endif  // VERDICT_RUNTIME_CHECK_SOURCE_MAP_H_
