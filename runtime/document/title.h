// Finds the report title among the first lines of a page.
#ifndef VERDICT_RUNTIME_DOCUMENT_TITLE_H_
#define VERDICT_RUNTIME_DOCUMENT_TITLE_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace verdict::doc {

// Non-empty lines searched for the title; report pages put it above the fold.
inline constexpr size_t kTitleWindow = 15;

struct TitleMatch {
  bool found = false;
  size_t first_line = 0;  // indices into the lines given to FindTitle
  size_t last_line = 0;   // > first_line when the title was split over two lines
  std::string_view text;  // trimmed; spans both lines of a split title
};

// Picks the best-scoring title among the first kTitleWindow `lines` (trimmed, non-empty, views
// into one text). Breadcrumbs, browser titles, metadata, widgets, addressees, date banners,
// sentences and numbered headings never qualify; a browser title's first segment is the fallback.
TitleMatch FindTitle(const std::vector<std::string_view>& lines);

// Score of `line` as a report title, negative if it cannot be one. Exposed for tests.
int TitleScore(std::string_view line);

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_TITLE_H_
