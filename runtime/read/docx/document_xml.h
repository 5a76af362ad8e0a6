// word/document.xml -> plain text: one line per paragraph (per table cell), automatic numbering
// rendered in front, with heading/title/cell hints and the paragraph and run of every byte.
#ifndef VERDICT_RUNTIME_READ_DOCX_DOCUMENT_XML_H_
#define VERDICT_RUNTIME_READ_DOCX_DOCUMENT_XML_H_

#include <string>
#include <string_view>
#include <vector>

#include "runtime/read/docx/numbering.h"
#include "runtime/read/docx/styles.h"
#include "runtime/read/extracted.h"
#include "runtime/text/decode.h"
#include "support/result.h"

namespace verdict::read::docx {

struct DocumentText {
  /// Lines ending in '\n', trimmed (see TrimSpaces), empty paragraphs dropped. Valid UTF-8
  /// without control characters.
  std::string body;
  std::vector<BlockHint> blocks;
  std::vector<Unit> units;
};

/// Walks the w:body of `xml` (consumed: parsed in place) in document order without recursion.
///
/// Every w:p is one line, numbered 1, 2, ... in document order (empty ones included) for
/// Unit::paragraph; a table cell is one line holding its paragraphs (and nested tables)
/// separated by spaces. Text boxes (w:txbxContent) give their own lines, before the line of the
/// paragraph that anchors them. Run text is w:t, w:tab / w:ptab / w:br / w:cr as a space and
/// w:noBreakHyphen as "-"; deleted and moved-away text, field codes, hidden (w:vanish) runs,
/// w:sym and mc:Fallback copies are skipped. Each run that contributes text gets a Unit with its
/// 1-based index among the paragraph's w:r elements; a numbering label gets a Unit with run 0.
///
/// Paragraph style (through `styles`) and direct w:outlineLvl give kTitle / kHeading hints; the
/// first paragraph line equal to `core_title` (the trimmed dc:title, may be empty) gets a
/// kTitle hint too. Errors: "bad-xml" when the part does not parse or its root is not
/// w:document; "too-large" when the text would not fit 32-bit offsets.
Result<DocumentText, text::ReadError> ExtractDocumentText(std::string xml, const StyleSheet& styles,
                                                          Numbering& numbering,
                                                          std::string_view core_title);

/// `raw` as clean UTF-8 on one line: line breaks, tabs and other space-like controls become a
/// space, remaining control characters are dropped, ill-formed bytes become U+FFFD.
std::string CleanText(std::string_view raw);

/// `text` without leading and trailing spaces: ASCII space and tab, U+00A0, U+2000..U+200B,
/// U+3000 and U+FEFF.
std::string_view TrimSpaces(std::string_view text);

}  // namespace verdict::read::docx

#endif  // VERDICT_RUNTIME_READ_DOCX_DOCUMENT_XML_H_
