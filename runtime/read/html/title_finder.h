// Picks the report title of a portal page: the ArticleTitle meta, else the <h1>/<h2>/
// class*="title" element that best fits the article and the browser title, else the browser
// <title> without its site suffix.
#ifndef VERDICT_RUNTIME_READ_HTML_TITLE_FINDER_H_
#define VERDICT_RUNTIME_READ_HTML_TITLE_FINDER_H_

#include <cstdint>

#include "runtime/read/html/page_tree.h"
#include "runtime/read/html/portal_meta.h"

namespace verdict::read::html {

struct TitleChoice {
  MetaField text;              // the title as one line, with page offsets; empty if none
  uint32_t element = kNoNode;  // the element it was read from, if any
  int heading_level = 0;       // n when that element is an <hn>
};

// `container` is the article element; `meta` the page's <meta> fields; `browser` its <title>.
TitleChoice FindTitle(const PageTree& tree, uint32_t container, const MetaTags& meta,
                      const MetaField& browser);

// The text of element `i` as one line (its lines joined by spaces), including chrome-marked
// parts but not hidden ones.
MetaField ElementLine(const PageTree& tree, uint32_t i);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_TITLE_FINDER_H_
