// Assembles Extracted::body, body_to_original and the block hints: the title line, the
// metadata line (发布日期：…  来源：…) under it, then the kept article lines.
#ifndef VERDICT_RUNTIME_READ_HTML_BODY_BUILDER_H_
#define VERDICT_RUNTIME_READ_HTML_BODY_BUILDER_H_

#include <cstdint>
#include <vector>

#include "runtime/read/extracted.h"
#include "runtime/read/html/block_walker.h"
#include "runtime/read/html/portal_meta.h"

namespace verdict::read::html {

// The line "发布日期：<date>  来源：<source>" (成文日期 or 更新时间 when there is no publication
// date; either half alone when the other is missing), empty when both are. Labels map to the
// value they introduce, values to where they were written.
MetaField ComposeMetaLine(const MetaField& published, const MetaField& written,
                          const MetaField& updated, const MetaField& source);

// Writes out.body (one line per block, each ending in '\n'), out.body_to_original (the break
// after a line maps to its last character; the final entry is `page_size`) and out.blocks:
// kTitle for `title`, kHeading for <hn> lines (levelled from the top tag the article uses)
// and short all-bold lines (1 for 一、 numbering, else 2), kTableCell per data cell. Empty
// `title` or `meta_line` are left out.
void AssembleBody(const MetaField& title, const MetaField& meta_line, const LineBuffer& lines,
                  const std::vector<bool>& keep, uint32_t page_size, Extracted& out);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_BODY_BUILDER_H_
