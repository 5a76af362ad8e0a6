// The DOCX reader: a Word .docx (zip of OOXML parts) -> Extracted text with paragraph/run
// units, heading, title and table-cell hints, and core-properties metadata.
#ifndef VERDICT_RUNTIME_READ_DOCX_DOCX_READER_H_
#define VERDICT_RUNTIME_READ_DOCX_DOCX_READER_H_

#include <string_view>

#include "runtime/read/extracted.h"
#include "runtime/text/decode.h"
#include "support/result.h"

namespace verdict::read {

/// True when `bytes` are a zip whose entries include word/document.xml (cheap: check the
/// PK\x03\x04 magic and look for the name in the central directory).
bool LooksLikeDocx(std::string_view bytes);

/// Reads a .docx into Extracted (format kDocx; original = DecodedText::FromUtf8(body, 0),
/// encoding "UTF-8"; body_to_original empty).
///
/// body: one line per non-empty paragraph or table cell of word/document.xml in document
/// order, automatic numbering rendered in front ("一、", "（一）", "1. "). blocks: kTitle
/// (style Title/标题, or the paragraph equal to dc:title), kHeading (heading styles and outline
/// levels; level = outline level + 1), kTableCell. meta: "title", "written" (created date),
/// "updated" (modified date) from docProps/core.xml. units: paragraph and run of every run's
/// text (run 0 for a numbering label).
///
/// Error codes (ReadError): "empty-document" (no bytes), "corrupt-zip" (truncated or damaged
/// archive, CRC mismatch), "not-docx" (not a zip, or a zip without word/document.xml, or a legacy
/// OLE file), "encrypted-docx" (encrypted zip entries, or an OLE EncryptedPackage), "zip-bomb" (the
/// parts read would inflate past options.max_unzipped_bytes), "bad-xml" (word/document.xml does not
/// parse), "too-large" (text past 4 GiB).
Result<Extracted, text::ReadError> ReadDocx(std::string_view bytes, const ReadOptions& options);

}  // namespace verdict::read

#endif  // VERDICT_RUNTIME_READ_DOCX_DOCX_READER_H_
