// Top-of-page chrome that only makes sense above a report: breadcrumbs, the browser title with
// a site suffix, date banners.
#ifndef VERDICT_RUNTIME_DOCUMENT_PAGE_CHROME_H_
#define VERDICT_RUNTIME_DOCUMENT_PAGE_CHROME_H_

#include <string_view>

namespace verdict::doc {

// True for a navigation trail: "政务公开 > 部门 > 其他", "当前位置: 首页 >> 信息公开".
bool IsBreadcrumb(std::string_view line);

// True for a browser title: "报告标题_栏目_某某区人民政府门户网站", segments split by '_' or '|'
// whose later segments name a site (网站, 门户, 政府网, 人民政府, …网).
bool IsBrowserTitle(std::string_view line);

// The first segment of a browser title (trimmed): usually the page's own title.
std::string_view BrowserTitleHead(std::string_view line);

// True for a "today is" banner: "今天是2024年3月6日 星期三".
bool IsDateBanner(std::string_view line);

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_PAGE_CHROME_H_
