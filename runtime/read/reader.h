// The reader stage: any supported input (plain text in any Chinese encoding, HTML, DOCX, PDF)
// -> read::Extracted. The format is sniffed from the content first, the file name second.
#ifndef VERDICT_RUNTIME_READ_READER_H_
#define VERDICT_RUNTIME_READ_READER_H_

#include <optional>
#include <string_view>

#include "runtime/read/extracted.h"
#include "support/result.h"

namespace verdict::read {

/// The format of `bytes`: %PDF → pdf, a zip with word/document.xml → docx, HTML tags → html;
/// then the extension of `path` (.html/.htm/.shtml/.xhtml, .docx, .pdf); otherwise text.
Format SniffFormat(std::string_view bytes, std::string_view path);

/// Reads `bytes` as `format` (sniffed when nullopt). Errors are per document and carry a
/// stable code: decoding errors, "no-html-body", "corrupt-zip", "not-docx", "zip-bomb",
/// "encrypted-docx", "bad-xml", "corrupt-pdf", "encrypted-pdf", "no-text-layer",
/// "unsupported-format" (a binary format none of the readers handles).
Result<Extracted, text::ReadError> Read(std::string_view bytes, std::string_view path,
                                        std::optional<Format> format, const ReadOptions& options);

}  // namespace verdict::read

#endif  // VERDICT_RUNTIME_READ_READER_H_
