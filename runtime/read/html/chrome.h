// Page chrome: the elements (navigation, footers, share bars, disclosure tables, hidden
// markup) and the text lines (breadcrumbs, widgets, copyright rows, link lists) that are part
// of a portal's template rather than of the report.
#ifndef VERDICT_RUNTIME_READ_HTML_CHROME_H_
#define VERDICT_RUNTIME_READ_HTML_CHROME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "runtime/read/html/page_tree.h"

namespace verdict::read::html {

// True when a short text holds a widget (分享到, 打印本页, 字号), breadcrumb (当前位置) or
// footer (ICP备, 版权所有, 网站地图) marker.
bool HasChromeMarker(std::string_view text);

// Sets the drop verdicts of `tree`: hidden markup, chrome tags and classes, and disclosure
// metadata blocks, whose roots it returns (in document order) so their fields can be mined.
// Leaves the tree recounted.
std::vector<uint32_t> MarkChrome(PageTree& tree);

// True when one extracted line is chrome rather than report text. `chars` and `link_chars` are
// its non-space code points and how many of them are link text.
bool IsChromeLine(std::string_view line, uint32_t chars, uint32_t link_chars);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_CHROME_H_
