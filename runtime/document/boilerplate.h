// Page chrome that can appear anywhere on a saved portal page: share/print/close widgets,
// QR-code prompts, font-size pickers, view counters, site footers.
#ifndef VERDICT_RUNTIME_DOCUMENT_BOILERPLATE_H_
#define VERDICT_RUNTIME_DOCUMENT_BOILERPLATE_H_

#include <string_view>

namespace verdict::doc {

// True if the trimmed `line` is portal chrome rather than report text. Only short lines without
// a sentence end qualify, so a report sentence that merely mentions 二维码 is kept.
bool IsBoilerplateLine(std::string_view line);

// True if the trimmed `line` is a standalone caption that opens the page's trailing link list
// (相关文章, 相关链接, …): nothing after it is report text.
bool IsTailMarker(std::string_view line);

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_BOILERPLATE_H_
