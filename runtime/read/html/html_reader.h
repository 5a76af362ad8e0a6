// HTML reader: a government portal page (any of the usual charsets) -> the report it carries,
// as Extracted text with title, heading and table-cell hints, portal metadata, and a map from
// every extracted byte back to the page.
#ifndef VERDICT_RUNTIME_READ_HTML_HTML_READER_H_
#define VERDICT_RUNTIME_READ_HTML_HTML_READER_H_

#include <string_view>

#include "runtime/read/extracted.h"
#include "runtime/read/html/read_steps.h"
#include "runtime/text/decode.h"
#include "support/result.h"

namespace verdict::read {

/// True when `bytes` look like HTML (a doctype or <html>/<head>/<body>/<meta>/<div> tag near
/// the start, after an optional BOM/whitespace).
bool LooksLikeHtml(std::string_view bytes);

/// Reads a portal page into Extracted (format kHtml). Errors: code "no-html-body" when no
/// article text can be found; decoding errors as text::ReadError from the charset step.
Result<Extracted, text::ReadError> ReadHtml(std::string_view bytes, const ReadOptions& options);

namespace html {
/// ReadHtml with gumbo run over the page's skeleton (skeleton.h; what ReadHtml does) or over
/// the whole page. Both give the same Extracted; tests and measurements compare them. Each
/// step is reported to `steps` when given (read_steps.h).
Result<Extracted, text::ReadError> ReadHtml(std::string_view bytes, bool use_skeleton,
                                            ReadSteps* steps = nullptr);
}  // namespace html

}  // namespace verdict::read

#endif  // VERDICT_RUNTIME_READ_HTML_HTML_READER_H_
