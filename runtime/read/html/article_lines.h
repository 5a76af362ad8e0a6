// Which of the walked article lines make it into the body: not chrome, and at the article's
// head neither metadata rows (whose fields are mined instead) nor a repeat of the title.
#ifndef VERDICT_RUNTIME_READ_HTML_ARTICLE_LINES_H_
#define VERDICT_RUNTIME_READ_HTML_ARTICLE_LINES_H_

#include <cstdint>
#include <vector>

#include "runtime/read/html/block_walker.h"
#include "runtime/read/html/portal_meta.h"
#include "runtime/read/html/title_finder.h"

namespace verdict::read::html {

// One flag per line of `lines`. Metadata rows at the head go to `head`. A head line equal to
// the title is dropped; when the title came from markup (a meta tag, <title>), its offsets
// move to that line, where the title is visible in the page.
std::vector<bool> KeepLines(const LineBuffer& lines, TitleChoice& title, LabelScanner& head);

// Non-link characters of the kept lines.
uint32_t PlainChars(const LineBuffer& lines, const std::vector<bool>& keep);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_ARTICLE_LINES_H_
