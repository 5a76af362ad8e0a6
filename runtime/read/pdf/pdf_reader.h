// The PDF reader: the text layer of a PDF (via poppler) as one plain-text report, one line per
// block, with the page each byte came from. Scans without a text layer are rejected.
#ifndef VERDICT_RUNTIME_READ_PDF_PDF_READER_H_
#define VERDICT_RUNTIME_READ_PDF_PDF_READER_H_

#include <string_view>

#include "runtime/read/extracted.h"
#include "runtime/text/decode.h"
#include "support/result.h"

namespace verdict::read {

/// True when `bytes` start with %PDF- (after optional whitespace/BOM, within the first 1 KB).
bool LooksLikePdf(std::string_view bytes);

/// Reads the text layer into Extracted (format kPdf; original = DecodedText::FromUtf8(body, 0),
/// encoding "UTF-8"; body_to_original empty; one Unit per page with `page` set).
///
/// Lines come top to bottom and left to right per page; page numbers and running headers and
/// footers are dropped; lines that the layout wrapped inside a paragraph are joined again (see
/// pdf::BuildBody), other PDF lines stay one body line each.
/// Errors (text::ReadError codes): "encrypted-pdf" (a password is needed), "corrupt-pdf"
/// (poppler cannot load it, e.g. truncated or not a PDF), "no-text-layer" (pages but no text:
/// a scan), "empty-document" (no bytes or no pages).
Result<Extracted, text::ReadError> ReadPdf(std::string_view bytes, const ReadOptions& options);

}  // namespace verdict::read

#endif  // VERDICT_RUNTIME_READ_PDF_PDF_READER_H_
