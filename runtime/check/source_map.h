// SourceMap: turns spans of the normalized text into Evidence located in the ORIGINAL file,
// chaining normalized -> decoded (NormalizedText::SourceRange) -> original bytes
// (DecodedText::OriginalOffset), with line/column from the decoded text.
#ifndef VERDICT_RUNTIME_CHECK_SOURCE_MAP_H_
#define VERDICT_RUNTIME_CHECK_SOURCE_MAP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "runtime/check/result.h"
#include "runtime/document/document.h"
#include "runtime/text/decode.h"
#include "runtime/text/line_index.h"
#include "runtime/text/normalize.h"

namespace verdict::check {

// All references must outlive the map; `normalized` is Normalize(decoded.utf8) and `document`
// was built over normalized.text.
class SourceMap {
 public:
  SourceMap(const text::DecodedText& decoded, const text::NormalizedText& normalized,
            const doc::Document& document);

  // Evidence for normalized span `span`: position, original byte range, quoted decoded text
  // and the original text of the headings of the sections around span.begin.
  Evidence Locate(doc::Span span) const;

  // An `expected` marker just after normalized byte `end - 1` (the end of the last character
  // before normalized offset `end`), with length 0.
  Evidence LocateExpected(uint32_t end) const;

  // The decoded original text behind `span`, with surrounding (Unicode) spaces trimmed.
  std::string OriginalText(doc::Span span) const;

 private:
  // Decoded-text byte range behind normalized span `span`.
  std::pair<uint32_t, uint32_t> Decoded(doc::Span span) const;

  const text::DecodedText& decoded_;
  const text::NormalizedText& normalized_;
  const doc::Document& document_;
  text::LineIndex lines_;
};

// `s` without leading and trailing ASCII whitespace, U+00A0, U+3000 and U+FEFF.
std::string_view TrimSpaces(std::string_view s);

}  // namespace verdict::check

#endif  // VERDICT_RUNTIME_CHECK_SOURCE_MAP_H_
