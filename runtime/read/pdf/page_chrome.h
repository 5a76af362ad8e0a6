// Page chrome: page numbers and running headers/footers that a printed report repeats on its
// pages. They are not part of the report's text and would break paragraphs across pages.
#ifndef VERDICT_RUNTIME_READ_PDF_PAGE_CHROME_H_
#define VERDICT_RUNTIME_READ_PDF_PAGE_CHROME_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "runtime/read/pdf/text_lines.h"

namespace verdict::read::pdf {

/// How many lines at the top and at the bottom of a page may be headers or footers.
inline constexpr size_t kChromeZone = 2;

/// True for a line that is only a page number: "7", "- 7 -", "— 7 —", "第7页", "第 7 页 共 9 页",
/// "共9页 第7页", "7/9", "7 / 9", "Page 7", "Page 7 of 9" (ASCII or full-width digits, any
/// spacing, at most 5 digits per number).
bool IsPageNumberLine(std::string_view text);

/// Removes page chrome from `pages` (one vector of lines per page, top to bottom). Only the
/// first and last kChromeZone lines of a page are candidates. Such a line is dropped when it is
/// a page number, or when the same text (digits and spaces ignored) at about the same font
/// size (±20%) appears in the candidate zone of more than half of the pages, or of more than
/// half of the odd or of the even pages (books and gazettes alternate their running heads),
/// and on at least two pages.
void RemovePageChrome(std::vector<std::vector<TextLine>>& pages);

}  // namespace verdict::read::pdf

#endif  // VERDICT_RUNTIME_READ_PDF_PAGE_CHROME_H_
