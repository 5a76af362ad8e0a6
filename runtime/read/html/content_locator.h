// Finds the element holding the article on a portal page: a known content container (TRS_Editor,
// zoom, article, content, …) with the most plain text and few links, else the block that
// text-density scoring prefers.
#ifndef VERDICT_RUNTIME_READ_HTML_CONTENT_LOCATOR_H_
#define VERDICT_RUNTIME_READ_HTML_CONTENT_LOCATOR_H_

#include <cstdint>

#include "runtime/read/html/page_tree.h"

namespace verdict::read::html {

// Index of the article element in `tree` (chrome already marked), or kNoNode when nothing on
// the page reads like an article (too little plain text, or only links).
uint32_t LocateContent(const PageTree& tree);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_CONTENT_LOCATOR_H_
